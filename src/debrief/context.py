"""What a stage receives: the workspace, the period, the settings and earlier stages' results."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from debrief.config import Settings
from debrief.period import Period

if TYPE_CHECKING:
    from debrief.results import Finding, StageResult
    from debrief.workspace import Workspace


@dataclass(frozen=True)
class StageContext:
    """Inputs of one stage run.

    ``as_of`` is "today" for the review: it decides which cohorts are censored, what is overdue and
    whether the period is still in progress. ``results`` holds the stages that ran before this one
    (the executive summary reads them); ``data_quality`` the findings of the checks that ran first.
    """

    workspace: Workspace
    period: Period
    settings: Settings = field(default_factory=Settings)
    as_of: dt.date = field(default_factory=dt.date.today)
    campaign_id: str | None = None
    results: dict[str, StageResult] = field(default_factory=dict)
    data_quality: tuple[Finding, ...] = ()
