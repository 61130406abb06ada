"""What an action takes: its team, people-hours and budget (``Action.resources``).

An action's kind follows from the finding that leads it (see :func:`action_kind`):

* ``data_fix``       a data-quality finding (tracking gap, duplicate ids, unknown campaigns)
* ``budget_shift``   spend against the plan, a reallocation, spend past its floor or wasted
* ``content``        content performance (rankings, gaps)
* ``funnel_review``  a funnel step's rate (funnel health, lead quality)
* ``campaign_fix``   anything else: a campaign or channel short of its target or benchmark

Team and people-hours come from ``summary.resources.<kind>`` in the settings; without it, from the
documented defaults (:data:`debrief.synthesis.settings.DEFAULT_RESOURCES`). They are planning
assumptions, and ``basis`` says so ("default assumption" or "settings"). Budget is new money the
action needs: the kind's ``budget`` setting (default 0: no action the engine proposes spends more
in total). Money an action moves inside the budget is measured, not assumed: a reallocation's
``moved`` is the amount its forecast shifts between channels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.synthesis.settings import DEFAULT_RESOURCES

if TYPE_CHECKING:
    from debrief.results import Finding
    from debrief.synthesis.settings import SummarySettings

__all__ = ["PROBLEM_KINDS", "action_kind", "resources_for", "resources_of"]

_BUDGET_KINDS = frozenset(
    {
        "reallocation",
        "reallocation_move",
        "overspend",
        "underspend",
        "saturation",
        "below_floor",
        "no_conversions",
        "curve_unidentified",
    }
)
_BUDGET_METRICS = frozenset({"spend", "utilisation"})


def action_kind(lead: Finding) -> str:
    """The kind of the action that ``lead`` (the finding stating its fact) asks for."""
    if lead.stage == "data_quality":
        return "data_fix"
    if lead.kind in _BUDGET_KINDS or lead.metric in _BUDGET_METRICS or lead.stage == "budget":
        return "budget_shift"
    if lead.stage == "content_performance":
        return "content"
    if lead.stage in ("funnel_health", "lead_quality") or "_to_" in str(lead.metric or ""):
        return "funnel_review"
    return "campaign_fix"


#: A post-mortem's diagnosed problem -> the kind of its one change (else ``campaign_fix``).
PROBLEM_KINDS = {
    "messaging": "content",
    "lead_quality_or_handoff": "funnel_review",
    "revenue": "funnel_review",
}


def resources_for(lead: Finding, settings: SummarySettings) -> dict[str, Any]:
    """``{kind, team, hours, budget, moved, basis}`` of the action ``lead`` leads.

    ``moved`` is money shifted inside the budget (a reallocation's evidence), None otherwise;
    ``basis`` is ``"settings"`` when the team's own figures were given, else
    ``"default assumption"``.
    """
    moved = lead.evidence.get("moved") if lead.kind == "reallocation" else None
    return resources_of(action_kind(lead), settings, moved)


def resources_of(kind: str, settings: SummarySettings, moved: Any = None) -> dict[str, Any]:
    """The resources of an action of ``kind`` (see :func:`resources_for`)."""
    r = settings.resources[kind]
    default = DEFAULT_RESOURCES[kind]
    own = (r.team, float(r.hours), float(r.budget)) != (
        default["team"],
        float(default["hours"]),  # type: ignore[arg-type]
        float(default.get("budget", 0.0)),  # type: ignore[arg-type]
    )
    return {
        "kind": kind,
        "team": r.team,
        "hours": float(r.hours),
        "budget": float(r.budget),
        "moved": float(moved) if isinstance(moved, int | float) else None,
        "basis": "settings" if own else "default assumption",
    }
