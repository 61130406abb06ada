"""Settings of the campaign_performance stage: the ``campaign_performance:`` section of the settings file."""

from __future__ import annotations

from pydantic import Field

from debrief.config import Section


class CampaignPerformanceSettings(Section):
    min_spend: float = Field(500.0, description="Minimum spend for top/bottom performer lists.")
    min_spend_share: float = Field(
        0.02, description="...or this share of the month's total spend, whichever is larger."
    )
    top_n: int = 3
    tolerance: float = Field(
        0.05, description="Relative gap to a target below which a metric counts as on target."
    )
    benchmark_tolerance: float = Field(
        0.10,
        description="Relative gap to a benchmark below which a metric counts as on it "
        "(benchmarks are external and uncertain, so wider than the target tolerance).",
    )
    critical_gap: float = Field(
        0.5, description="Relative gap to a reference from which a finding is critical."
    )
    min_z: float = Field(
        3.0,
        description="Standard errors a gap to a benchmark or the prior month needs to be noted "
        "(one-sided p = 0.00135: about a 5% family-wise rate over 40 comparisons, the demo's "
        "6 channels x 7 benchmarked metrics).",
    )
    prior_change: float = Field(
        0.3,
        description="Adverse relative change of ROAS or CPA against the prior month that is noted.",
    )
