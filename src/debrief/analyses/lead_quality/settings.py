"""Settings of the lead_quality stage: the ``lead_quality:`` section of the settings file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from debrief.config import Section


class LeadQualitySettings(Section):
    lead_value: float = Field(
        5000.0, description="Value of a lead that reaches outcome_stage (expected value)."
    )
    handling_cost: float = Field(150.0, description="Cost of handling one MQL in sales.")
    outcome_stage: Literal["auto", "mql", "sql", "opportunity", "won"] = Field(
        "auto",
        description="Stage a lead's score should predict; auto: the first of sql, opportunity, "
        "won that the leads record.",
    )
    mql_threshold: float | None = Field(
        None, description="Current MQL score threshold; inferred from the data when absent."
    )
    outcome_days: int = Field(
        30, description="Days a lead needs since creation before its outcome counts as known."
    )
    window_days: int = Field(365, description="Days of matured leads the score is evaluated on.")
    holdout_share: float = Field(
        0.3, description="Newest share of matured leads the calibration is tested on."
    )
    score_scale: Literal["auto", "probability", "points"] = Field(
        "auto", description="Whether the score is a probability (0-1) or points to be fitted."
    )
    score_bands: list[float] | None = Field(
        None, description="Score band edges of the reliability table; automatic when absent."
    )
    alpha: float = Field(0.05, description="Significance / false discovery rate of the tests.")
    min_gap: float = Field(
        0.05,
        description="Smallest |observed - predicted| rate of a band flagged for recalibration.",
    )
    min_mqls: int = Field(20, description="MQLs a segment needs in each month to be compared.")
    min_rel_change: float = Field(
        0.3, description="Smallest relative MQL -> SQL change against the prior month reported."
    )
    tolerance: float = Field(
        0.05, description="Relative gap to a monthly target below which it counts as met."
    )
