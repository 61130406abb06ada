"""Stage 5 of the monthly review, lead quality: MQL volume and rates (:mod:`.volume`), sales
feedback (:mod:`.feedback`), the scoring model's ranking (:mod:`.scoring`) and calibration and
threshold (:mod:`.calibration`). Importing the package registers the stage."""

from __future__ import annotations

from debrief.analyses.lead_quality.calibration import (
    fit_calibration,
    hosmer_lemeshow,
    reliability_table,
    threshold_values,
)
from debrief.analyses.lead_quality.feedback import reason_counts, reason_shift
from debrief.analyses.lead_quality.scoring import classification_metrics, delong_auc, gains_table
from debrief.analyses.lead_quality.stage import lead_quality, matured_scores, score_evaluation
from debrief.analyses.lead_quality.volume import mql_volume

__all__ = [
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
