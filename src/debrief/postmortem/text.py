"""Numbers in sentences: rates as percentages, money with the currency, volumes with separators.

Renderers format tables; these helpers only format the figures inside generated sentences, so a
statement reads "CTR was 0.42% against a target of 1.20%". Money reads as
:func:`debrief.metrics.formulas.format_value` writes it ("1,234.50 USD"); the format follows the
catalogue's kind, which that function does not know (``mqls`` is a count, ``cost_per_sql`` money).
"""

from __future__ import annotations

from debrief.postmortem.measures import METRICS, canonical_metric

__all__ = ["fmt", "fmt_ratio", "label", "sentence", "was"]


def label(metric: str) -> str:
    """A metric's display name (``ctr`` -> ``CTR``); unknown metrics keep their own name."""
    d = METRICS.get(canonical_metric(metric))
    return d.label if d is not None and d.label else metric.replace("_", " ")


def fmt(metric: str, value: float | None, currency: str = "USD") -> str:
    """``value`` formatted for ``metric``; ``n/a`` when undefined."""
    if value is None:
        return "n/a"
    d = METRICS.get(canonical_metric(metric))
    kind = d.kind if d is not None else "number"
    if kind == "rate":
        pct = value * 100
        return f"{pct:.2f}%" if abs(pct) < 10 else f"{pct:.1f}%"
    if kind == "ratio" and d is not None and d.name == "roas":
        return f"{value:.2f}"
    if kind in ("money", "ratio"):  # every other ratio is a cost: CPM, CPC, CPL, cost per SQL
        return f"{value:,.2f} {currency}"
    if kind == "volume":
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def fmt_ratio(value: float | None) -> str:
    """A rate ratio: ``2.6x``; ``n/a`` when undefined."""
    return "n/a" if value is None else f"{value:.2f}x" if value < 1 else f"{value:.1f}x"


def sentence(text: str) -> str:
    """``text`` with its first letter in upper case (labels like "lead-to-SQL rate" start
    sentences)."""
    return text[:1].upper() + text[1:] if text else text


def was(metric: str) -> str:
    """The verb after a metric's label: counts are plural ("leads were"), rates singular."""
    m = canonical_metric(metric)
    d = METRICS.get(m)
    return "were" if d is not None and d.kind == "volume" and m not in _MASS_NOUNS else "was"


#: Volumes named by a mass noun: "reach was", not "reach were".
_MASS_NOUNS = frozenset({"reach"})
