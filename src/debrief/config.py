"""User settings: thresholds, owners, dates. Parsed with pydantic, ``extra="forbid"``.

Settings come from a YAML file (``--config debrief.yaml``) or the defaults below. An unknown key is
an error with a "did you mean" hint, so a typo never silently falls back to a default.
Each stage owns one section; add a field to your stage's section with a default and a docstring.
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CampaignPerformanceSettings(_Section):
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


class FunnelSettings(_Section):
    maturity_days: int = Field(
        45, description="Days a cohort needs before its stage rates count as mature (uncensored)."
    )
    alpha: float = 0.05


class AttributionSettings(_Section):
    lookback_days: int = 30
    half_life_days: float = 7.0
    first_weight: float = 0.4
    last_weight: float = 0.4
    markov_order: int = 1
    bootstrap: int = Field(200, description="Bootstrap resamples for Markov and Shapley intervals.")
    seed: int = 0


class ContentSettings(_Section):
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


class LeadQualitySettings(_Section):
    lead_value: float = Field(
        5000.0, description="Value of a lead that reaches outcome_stage (expected value)."
    )
    handling_cost: float = Field(150.0, description="Cost of handling one MQL in sales.")
    outcome_stage: Literal["mql", "sql", "opportunity", "won"] = "sql"
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


class BudgetSettings(_Section):
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


class SummarySettings(_Section):
    country: str = Field("US", description="Country whose public holidays shift due dates.")
    meeting_date: dt.date | None = None
    owners: dict[str, str] = Field(
        default_factory=dict, description="Owner per channel for actions without a campaign owner."
    )
    default_owner: str = "Marketing lead"
    action_business_days: int = 10
    report_business_days: int = 3


class PostmortemSettings(_Section):
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


class Settings(_Section):
    currency: str = "USD"
    campaign_performance: CampaignPerformanceSettings = CampaignPerformanceSettings()
    funnel: FunnelSettings = FunnelSettings()
    attribution: AttributionSettings = AttributionSettings()
    content: ContentSettings = ContentSettings()
    lead_quality: LeadQualitySettings = LeadQualitySettings()
    budget: BudgetSettings = BudgetSettings()
    summary: SummarySettings = SummarySettings()
    postmortem: PostmortemSettings = PostmortemSettings()


class ConfigError(ValueError):
    """A settings file that cannot be used; the message names the file, key and problem."""


def _did_you_mean(model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    node: Any = model
    for part in loc[:-1]:
        field = node.model_fields.get(part) if isinstance(node, type) else None
        if field is None or not isinstance(field.annotation, type):
            return ""
        node = field.annotation
    if not (isinstance(node, type) and issubclass(node, BaseModel)):
        return ""
    close = difflib.get_close_matches(str(loc[-1]), list(node.model_fields), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def parse_settings(data: dict[str, Any] | None, source: str = "settings") -> Settings:
    """Settings from a mapping, with errors that name the key and suggest the right one."""
    try:
        return Settings.model_validate(data or {})
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"])
            hint = _did_you_mean(Settings, err["loc"]) if err["type"] == "extra_forbidden" else ""
            msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            lines.append(f"{source}: {loc}: {msg}{hint}")
        raise ConfigError("\n".join(lines)) from None


def load_settings(path: str | Path | None) -> Settings:
    """Settings from a YAML file, or the defaults when ``path`` is None."""
    if path is None:
        return Settings()
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{p}: cannot read settings: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: settings must be a mapping of keys to values")
    return parse_settings(data, str(p))
