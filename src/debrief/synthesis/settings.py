"""Settings of the executive_summary stage: the ``summary:`` section of the settings file."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, field_validator

from debrief.config import Section

#: The owner an action gets when no campaign, channel or team owner is known: said as it is,
#: never a made-up role.
UNASSIGNED = "owner to be assigned"


def owner_phrase(owner: str, *, start: bool = False) -> str:
    """``owner Priya Raman``, or :data:`UNASSIGNED` as it is (not "owner owner to be
    assigned"); capitalised at the start of a sentence (``start``)."""
    text = owner if owner == UNASSIGNED else f"owner {owner}"
    return text[:1].upper() + text[1:] if start else text


class ActionResources(Section):
    """What one kind of action takes: planning assumptions a team replaces with its own."""

    team: str = Field(description="The team that does it (an audience: demand_gen, content, ...).")
    hours: float = Field(ge=0, description="People-hours to carry it out, an assumption.")
    budget: float = Field(0.0, ge=0, description="New budget it needs (workspace currency).")


#: Documented defaults (docs/stages/executive_summary.md): rough planning figures, not measured.
DEFAULT_RESOURCES: dict[str, dict[str, object]] = {
    "data_fix": {"team": "marketing_ops", "hours": 6},
    "budget_shift": {"team": "demand_gen", "hours": 4},
    "campaign_fix": {"team": "demand_gen", "hours": 12},
    "funnel_review": {"team": "marketing_ops", "hours": 16},
    "content": {"team": "content", "hours": 24},
}


class SummarySettings(Section):
    country: str = Field("US", description="Country whose public holidays shift due dates.")
    meeting_date: dt.date | None = None
    owners: dict[str, str] = Field(
        default_factory=dict,
        description="Owner per channel, or per team (demand_gen, content, marketing_ops, "
        "leadership) for actions about every channel; names as in people.",
    )
    default_owner: str | None = Field(
        None, description="Owner of actions nobody else owns; else 'owner to be assigned'."
    )
    resources: dict[str, ActionResources] = Field(
        default_factory=lambda: {k: ActionResources(**v) for k, v in DEFAULT_RESOURCES.items()},
        description="Team, people-hours and new budget per action kind (planning assumptions).",
    )
    action_business_days: int = 10
    report_business_days: int = 3

    @field_validator("resources", mode="before")
    @classmethod
    def _every_kind(cls, v: object) -> object:
        """A kind the file leaves out keeps its default; a kind it names is replaced whole."""
        if not isinstance(v, dict):
            return v
        unknown = sorted(set(v) - set(DEFAULT_RESOURCES))
        if unknown:
            raise ValueError(
                f"unknown action kind(s) {', '.join(map(str, unknown))}; "
                f"the kinds are {', '.join(DEFAULT_RESOURCES)}"
            )
        return {**DEFAULT_RESOURCES, **v}
