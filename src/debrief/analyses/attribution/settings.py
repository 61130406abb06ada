"""Settings of the attribution stage: the ``attribution:`` section of the settings file."""

from __future__ import annotations

from pydantic import Field

from debrief.config import Section


class AttributionSettings(Section):
    lookback_days: int = 30
    half_life_days: float = 7.0
    first_weight: float = 0.4
    last_weight: float = 0.4
    markov_order: int = 1
    bootstrap: int = Field(200, description="Bootstrap resamples for Markov and Shapley intervals.")
    seed: int = 0
