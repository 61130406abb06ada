"""Settings of the content_performance stage: the ``content:`` section of the settings file."""

from __future__ import annotations

from pydantic import Field

from debrief.config import Section


class ContentSettings(Section):
    min_sessions: int = Field(
        100, description="Sessions an item needs before its conversion rate is compared."
    )
    top_n: int = Field(5, description="Items listed per metric in top_content.")
    rank_z: float = Field(
        3.0, description="Position change, in units of the item's usual daily movement, to flag."
    )
    min_position_change: float = Field(
        1.0, description="Smallest position change (positions) flagged as a ranking move."
    )
    min_position_days: int = Field(
        5, description="Days with a position needed in each month for the ranking test."
    )
    alpha: float = Field(0.05, description="False discovery rate for conversion comparisons.")
    max_cvr_ratio: float = Field(
        0.5, description="Flag items converting at most this share of their stage's rest."
    )
