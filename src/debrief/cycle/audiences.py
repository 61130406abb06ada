"""Each audience receives the summary and the sections it needs.

The seed shares the monthly review with marketing leadership, demand generation, content and
marketing ops. Every audience gets the summary (the dashboard, key insights, action plan and
follow-up) and the data-quality notes; ``sections`` chooses the stages after them. The defaults:

* ``leadership``: the budget and the follow-up of last month's actions;
* ``demand_gen``: campaign performance, funnel health, attribution, lead quality, budget;
* ``content``: content performance and attribution;
* ``marketing_ops``: funnel health, lead quality, budget, commitments and the follow-up.

An audience of another name gets the summary alone unless it lists ``sections``. The review is
rendered for each audience when it is made (HTML body and its text version), so the email sent at
the pre-read time shows exactly the review that was stored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from debrief.config import Settings
    from debrief.results import Report

__all__ = [
    "DEFAULT_SECTIONS",
    "audience_sections",
    "recipients",
    "render_audiences",
    "sections",
    "write_json",
    "write_text",
]


def sections() -> tuple[str, ...]:
    """Sections an audience can choose: the monthly review's declared stages, in order (the
    analyses, the executive summary, and the knowledge base's commitments and follow-up)."""
    from debrief.engine import load_plugins
    from debrief.registry import review_stages

    load_plugins()
    return tuple(s.name for s in review_stages("monthly_review"))


DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "leadership": ("budget", "follow_up"),
    "demand_gen": (
        "campaign_performance",
        "funnel_health",
        "attribution",
        "lead_quality",
        "budget",
    ),
    "content": ("content_performance", "attribution"),
    "marketing_ops": ("funnel_health", "lead_quality", "budget", "commitments", "follow_up"),
}


def audience_sections(name: str, settings: Settings) -> tuple[str, ...]:
    """The sections ``name`` receives; an unknown section name is an error that lists them."""
    chosen = settings.delivery.audiences[name].sections
    chosen_sections = tuple(chosen) if chosen is not None else DEFAULT_SECTIONS.get(name, ())
    valid = sections()
    unknown = [s for s in chosen_sections if s not in valid]
    if unknown:
        raise ValueError(
            f"delivery.audiences.{name}.sections: {', '.join(map(repr, unknown))} is not a "
            f"section of the review; choose among {', '.join(valid)}"
        )
    return chosen_sections


def _label(chosen: tuple[str, ...]) -> str:
    from debrief.registry import stage_title

    return ", ".join(["summary", *(stage_title(s).lower() for s in chosen)])


def recipients(settings: Settings) -> dict[str, tuple[str, ...]]:
    """Each address and the audiences it belongs to (in the settings' order)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, audience in settings.delivery.audiences.items():
        audience_sections(name, settings)  # an unknown section fails before anything is sent
        for addr in audience.email:
            out[addr] = (*out.get(addr, ()), name)
    return out


def render_audiences(report: Report, out: Path, settings: Settings) -> dict[str, dict[str, Any]]:
    """Render the review once per group of audiences that some address belongs to (a person in
    two audiences gets one email with the sections of both) into ``audience-<names>.html`` and
    ``.md`` in ``out``; return, per group (``leadership`` or ``leadership+content``), the paths,
    the label of its sections and its addresses."""
    from debrief.render import to_html, to_markdown

    groups: dict[tuple[str, ...], list[str]] = {}
    for addr, names in recipients(settings).items():
        groups.setdefault(names, []).append(addr)
    written: dict[str, dict[str, Any]] = {}
    for names, addrs in groups.items():
        chosen = {s for n in names for s in audience_sections(n, settings)}
        ordered = tuple(s for s in sections() if s in chosen)
        part = report.replace(stages={k: v for k, v in report.stages.items() if k in ordered})
        group = "+".join(names)
        paths = {}
        for ext, text in (
            ("html", to_html(part, settings.currency)),
            ("md", to_markdown(part, settings.currency)),
        ):
            paths[ext] = write_text(out / f"audience-{group}.{ext}", text)
        written[group] = {**paths, "sections_label": _label(ordered), "emails": addrs}
    return written


def write_text(path: Path, text: str) -> str:
    """Write ``text`` to ``path`` atomically (:func:`debrief.outputs.write_files`); return the
    absolute path."""
    from debrief.outputs import write_files

    return str(write_files(path.parent, {path.name: text})[path.name].resolve())


def write_json(path: Path, payload: dict[str, Any]) -> str:
    return write_text(path, json.dumps(payload, ensure_ascii=False))
