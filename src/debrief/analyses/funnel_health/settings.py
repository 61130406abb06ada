"""Settings of the funnel_health stage: the ``funnel:`` section of the settings file."""

from __future__ import annotations

from pydantic import Field

from debrief.config import Section


class FunnelSettings(Section):
    maturity_days: int = Field(
        45, description="Days a cohort needs before its stage rates count as mature (uncensored)."
    )
    alpha: float = 0.05
