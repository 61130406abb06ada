"""Stage 5 of the monthly review, lead quality: MQL volume and rates (:mod:`.volume`), sales
feedback (:mod:`.feedback`), the scoring model's ranking (:mod:`.scoring`) and calibration and
threshold (:mod:`.calibration`). The stage is declared below."""

from __future__ import annotations

from debrief.analyses.lead_quality.calibration import (
    fit_calibration,
    hosmer_lemeshow,
    reliability_table,
    threshold_values,
)
from debrief.analyses.lead_quality.feedback import reason_counts, reason_shift
from debrief.analyses.lead_quality.scoring import classification_metrics, delong_auc, gains_table
from debrief.analyses.lead_quality.settings import LeadQualitySettings
from debrief.analyses.lead_quality.stage import lead_quality, matured_scores, score_evaluation
from debrief.analyses.lead_quality.volume import mql_volume
from debrief.registry import Stage, Table, declare

__all__ = [
    "STAGE",
    "LeadQualitySettings",
    "classification_metrics",
    "delong_auc",
    "fit_calibration",
    "gains_table",
    "hosmer_lemeshow",
    "lead_quality",
    "matured_scores",
    "mql_volume",
    "reason_counts",
    "reason_shift",
    "reliability_table",
    "score_evaluation",
    "threshold_values",
]

#: MQL volume and rates of a segment, against the prior month and the month's targets.
_VOLUME = {"leads": "count", "cohort_mqls": "count", "mqls": "count", "sqls": "count"}
_VOLUME |= {f"prior_{c}": u for c, u in _VOLUME.items()}
_VOLUME |= {"mql_rate": "rate", "mql_to_sql": "rate", "prior_mql_rate": "rate"}
_VOLUME |= {"prior_mql_to_sql": "rate", "p_value": "p", "q_value": "p"}
_VOLUME |= {"target_leads": "count", "target_mqls": "count", "target_mql_rate": "rate"}
_VOLUME |= {"target_sqls": "count", "target_mql_to_sql": "rate"}
#: What a reader of report.md / report.html needs of a volume table (every column is in the CSV).
_VOLUME_SHOWN = ("leads", "mqls", "sqls", "mql_rate", "mql_to_sql", "prior_mql_rate")
_VOLUME_SHOWN += ("prior_mql_to_sql", "q_value", "target_mql_to_sql")
_THRESHOLD = {"threshold": "number", "leads": "count", "positives": "count"}
_THRESHOLD |= {"expected_value": "money", "precision": "rate", "recall": "rate"}

STAGE = declare(
    Stage(
        name="lead_quality",
        title="Lead quality and MQL",
        review="monthly_review",
        order=5,
        run=lead_quality,
        section="lead_quality",
        settings=LeadQualitySettings,
        reads=("leads",),
        uses=("targets",),
        tables={
            "total": Table({"segment": "text", **_VOLUME}, shown=("segment", *_VOLUME_SHOWN)),
            "by_channel": Table(
                {"channel": "text", **_VOLUME, "matched_mqls": "count"}
                | {"matched_mql_to_sql": "rate", "mix_prior_mql_to_sql": "rate"},
                shown=("channel", *_VOLUME_SHOWN[:-2], "mix_prior_mql_to_sql", "q_value"),
            ),
            "by_campaign": Table(
                {"campaign_id": "text", **_VOLUME}, shown=("campaign_id", *_VOLUME_SHOWN)
            ),
            "disqualification": Table(
                {"reason": "text", "count": "count", "share": "rate", "prior_count": "count"}
                | {"prior_share": "rate", "share_change": "rate", "p_value": "p", "q_value": "p"}
            ),
            "disqualification_test": Table(
                {"disqualified": "count", "prior_disqualified": "count", "chi2": "number"}
                | {"chi2_df": "count", "chi2_p": "p"}
            ),
            "score_performance": Table(
                {
                    **{"n": "count", "positives": "count", "base_rate": "rate", "auc": "ratio"},
                    **{"auc_low": "ratio", "auc_high": "ratio", "ap": "number", "brier": "ratio"},
                    **{"scale": "text", "n_holdout": "count", "split_day": "date"},
                    **{"brier_recalibrated": "ratio", "hl_stat": "number", "hl_df": "count"},
                    **{"hl_p": "p", "platt_intercept": "number", "platt_slope": "number"},
                },
                required=("auc", "brier", "n"),
                always=True,
                shown=(
                    "n",
                    "positives",
                    "base_rate",
                    "auc",
                    "auc_low",
                    "auc_high",
                    "brier",
                    "brier_recalibrated",
                    "hl_p",
                    "n_holdout",
                ),
            ),
            "gains": Table(
                {"decile": "count", "leads": "count", "positives": "count", "rate": "rate"}
                | {"lift": "ratio", "cumulative_leads": "count", "cumulative_share": "rate"}
                | {"cumulative_positives": "count", "cumulative_gain": "rate"}
                | {"cumulative_lift": "ratio"}
            ),
            "reliability": Table(
                {
                    **{"bin": "text", "lo": "number", "hi": "number", "n": "count"},
                    **{"positives": "count", "mean_score_prob": "rate", "observed_rate": "rate"},
                    **{"pred_low": "rate", "pred_high": "rate", "expected_positives": "number"},
                    **{"z": "number", "p_value": "p", "recalibrated_prob": "rate"},
                    **{"step_observed": "rate", "step_predicted": "rate", "step_z": "number"},
                    **{"step_p": "p", "flagged": "flag"},
                },
                shown=(
                    "bin",
                    "lo",
                    "hi",
                    "n",
                    "positives",
                    "mean_score_prob",
                    "observed_rate",
                    "recalibrated_prob",
                    "p_value",
                    "flagged",
                ),
            ),
            "threshold": Table({"kind": "text", **_THRESHOLD}),
            "threshold_curve": Table(_THRESHOLD),
            "recommendations": Table(
                {"finding_id": "text", "kind": "text", "recommendation": "text"}
            ),
        },
    )
)
