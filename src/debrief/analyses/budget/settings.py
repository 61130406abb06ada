"""Settings of the budget stage: the ``budget:`` section of the settings file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from debrief.config import Section


class BudgetSettings(Section):
    method: Literal["auto", "curves"] = Field(
        "auto",
        description="auto: the marketing-mix model when outcomes hold a money KPI, else "
        "per-channel curves; curves: per-channel curves always.",
    )
    move_bound: float = Field(0.30, description="Per-channel bound on a move, share of spend.")
    bootstrap: int = 100
    seed: int = 0
    roas_floor: float = Field(1.0, description="Marginal ROAS below which spend counts as waste.")
    pacing_tolerance: float = Field(
        0.10, description="Forecast utilisation within 1 ± this share counts as on plan."
    )
    interval: float = Field(0.90, description="Central share of the bootstrap for intervals.")
    min_days: int = Field(56, description="Days with spend a channel needs for a response curve.")
    min_spend_cv: float = Field(
        0.10, description="Coefficient of variation of daily spend below which no curve is fitted."
    )
    min_r2: float = Field(0.15, description="R² below which a fitted curve counts as flat.")
    max_interval_ratio: float = Field(
        10.0, description="Marginal-ROAS interval high/low above which a curve is unidentified..."
    )
    max_interval_width: float = Field(
        1.0, description="...when the interval is also wider than this (ROAS units)."
    )
    min_waste_spend: float = Field(
        100.0, description="Spend without conversions below this is not reported as waste."
    )
