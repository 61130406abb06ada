"""Settings of the post-mortem review: the ``postmortem:`` section of the settings file."""

from __future__ import annotations

from pydantic import Field

from debrief.config import Section


class PostmortemSettings(Section):
    min_segment_size: int = 200
    fdr: float = 0.05
    change_business_days: int = 20
    window_days: int = 14
    tolerance: float = Field(
        0.10, description="Relative gap to a reference within which a metric counts as on it."
    )
    spike_z: float = Field(3.5, description="Robust z-score above which a day's spend is a spike.")
    spike_ratio: float = Field(
        1.5, description="...and the multiple of the median daily spend it must also exceed."
    )
    min_effect: float = Field(
        0.10, description="Smallest segment rate ratio change (|ratio - 1|) worth reporting."
    )
