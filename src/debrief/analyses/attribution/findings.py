"""Attribution findings, in observation language (a measurement against a reference).

* ``attribution_shift``: a channel's share of data-driven (Markov) credit moved by at least
  ``shift_threshold`` (absolute, 0-1) against the prior month.
* ``attribution_model_gap``: the channel whose data-driven (Markov) share differs most from its
  last-touch share, when the gap is at least ``shift_threshold``.
"""

from __future__ import annotations

from collections.abc import Mapping

from debrief.numbers import fmt
from debrief.results import Finding

STAGE = "attribution"
_NAMES = {
    "markov": "Markov",
    "shapley": "Shapley",
    "last_touch": "last-touch",
    "first_touch": "first-touch",
    "linear": "linear",
    "time_decay": "time-decay",
    "position_based": "position-based",
}


def _name(model: str) -> str:
    return _NAMES.get(model, model.replace("_", " "))


def _shares(rows: list[dict[str, object]], model: str) -> dict[str, float]:
    sel = [r for r in rows if r["model"] == model and r["channel"] != "unattributed"]
    conv = {str(r["channel"]): float(r["conversions"]) for r in sel}  # type: ignore[arg-type]
    total = sum(conv.values())
    if total <= 0:
        return {}
    return {ch: c / total for ch, c in conv.items()}


def shift_findings(
    credits: list[dict[str, object]],
    prior_credits: list[dict[str, object]],
    label: str,
    prior_label: str,
    threshold: float,
    total_value: float,
    model: str = "markov",
    same: Mapping[str, set[str]] | None = None,
) -> list[Finding]:
    """Channels whose ``model`` credit share moved by ``threshold`` or more against the prior
    month. ``total_value`` (workspace currency) sizes the impact; ``same`` is the bootstrap's
    indistinguishable-channel map, quoted as evidence."""
    cur, pri = _shares(credits, model), _shares(prior_credits, model)
    if not cur or not pri:
        return []
    out = []
    for ch in sorted(cur):
        a, b = cur[ch], pri.get(ch, 0.0)
        if abs(a - b) < threshold:
            continue
        direction = "up from" if a > b else "down from"
        out.append(
            Finding(
                id=f"{STAGE}.shift.{ch}",
                stage=STAGE,
                kind="attribution_shift",
                statement=(
                    f"{ch} received {fmt(a, 'rate', places=1)} of {_name(model)}-attributed conversions "
                    f"in {label}, {direction} {fmt(b, 'rate', places=1)} in {prior_label}."
                ),
                subject={"channel": ch},
                metric=f"{model}_credit_share",
                actual=a,
                reference=b,
                reference_kind="prior_period",
                severity="warning" if abs(a - b) >= 2 * threshold else "info",
                evidence={
                    "model": model,
                    "share": a,
                    "prior_share": b,
                    "change": a - b,
                    "indistinguishable_from": sorted((same or {}).get(ch, ())),
                },
                impact=abs(a - b) * total_value,
            )
        )
    return out


def model_gap_findings(
    credits: list[dict[str, object]],
    threshold: float,
    total_value: float,
    model: str = "markov",
    baseline: str = "last_touch",
) -> list[Finding]:
    """The channel whose ``model`` share differs most from its ``baseline`` share (one finding,
    or none when the largest gap is below ``threshold``)."""
    cur, base = _shares(credits, model), _shares(credits, baseline)
    if not cur or not base:
        return []
    ch = max(sorted(cur), key=lambda c: abs(cur[c] - base.get(c, 0.0)))
    a, b = cur[ch], base.get(ch, 0.0)
    if abs(a - b) < threshold:
        return []
    return [
        Finding(
            id=f"{STAGE}.model_gap.{ch}",
            stage=STAGE,
            kind="attribution_model_gap",
            statement=(
                f"Under the {_name(model)} model {ch} received {fmt(a, 'rate', places=1)} of attributed "
                f"conversions, against {fmt(b, 'rate', places=1)} under the {_name(baseline)} model."
            ),
            subject={"channel": ch},
            metric=f"{model}_credit_share",
            actual=a,
            reference=b,
            reference_kind=None,
            severity="info",
            evidence={"model": model, "baseline": baseline, "share": a, "baseline_share": b},
            impact=abs(a - b) * total_value,
        )
    ]
