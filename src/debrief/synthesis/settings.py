"""Settings of the executive_summary stage: the ``summary:`` section of the settings file."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from debrief.config import Section


class SummarySettings(Section):
    country: str = Field("US", description="Country whose public holidays shift due dates.")
    meeting_date: dt.date | None = None
    owners: dict[str, str] = Field(
        default_factory=dict, description="Owner per channel for actions without a campaign owner."
    )
    default_owner: str = "Marketing lead"
    action_business_days: int = 10
    report_business_days: int = 3
