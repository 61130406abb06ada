"""Lead quality sets itself up from what the leads record: the outcome stage is the first of SQL,
opportunity, won that some lead reached; each reason the score is not evaluated is its own note;
an empty calibration says why. On the planted fixture with columns taken away or moved."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest

from debrief.analyses.lead_quality import lead_quality
from debrief.config import Settings
from debrief.context import StageContext
from debrief.period import Period
from debrief.workspace import Workspace

sys.path.insert(0, str(Path(__file__).parent))
from lq_fixture import make_leads

AS_OF = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def leads() -> pd.DataFrame:
    return make_leads(per_day=8)


def run(df: pd.DataFrame, as_of: dt.date = AS_OF, **settings):  # type: ignore[no-untyped-def]
    ws = Workspace.in_memory()
    ws.con.create_table("leads", df)
    s = Settings.model_validate({"lead_quality": settings}) if settings else Settings()
    ctx = StageContext(workspace=ws, period=Period.month("2026-10"), settings=s, as_of=as_of)
    return lead_quality(ctx)


def score_note(result) -> str:  # type: ignore[no-untyped-def]
    (note,) = [n for n in result.notes if "scor" in n.lower() and "MQL →" not in n]
    return note


def test_crm_without_sql_dates_scores_against_opportunities(leads: pd.DataFrame) -> None:
    crm = leads.rename(columns={"sql_at": "opportunity_at"})
    got = run(crm)
    note = score_note(got)
    assert "outcome: reached opportunity (no lead has reached SQL" in note
    # Same figures as naming the stage by hand.
    by_hand = run(crm, outcome_stage="opportunity").tables["score_performance"][0]
    assert got.tables["score_performance"][0]["auc"] == by_hand["auc"]
    # A stage named in the settings is used as named, even when the data lacks it.
    assert "No scored lead has reached opportunity" in score_note(
        run(leads, outcome_stage="opportunity")
    )


def test_each_reason_for_no_score_evaluation_is_its_own_note(leads: pd.DataFrame) -> None:
    no_score = score_note(run(leads.drop(columns=["score"])))
    assert no_score.startswith("Leads have no score column")
    no_outcome = score_note(run(leads.drop(columns=["sql_at"])))
    assert "No scored lead has reached sql (sql_at is empty or absent)" in no_outcome
    # Leads far older than the window before as_of: say when the scored leads were created.
    too_old = score_note(run(leads, as_of=dt.date(2026, 11, 20), window_days=10, outcome_days=400))
    assert "No scored lead was created from 2025-10-06 to 2025-10-16" in too_old
    assert "created 2026-03-01 to 2026-10-31" in too_old and "--month" in too_old
    assert len({no_score, no_outcome, too_old}) == 3


def test_empty_calibration_says_why_instead_of_claiming_a_fit(leads: pd.DataFrame) -> None:
    fitted = score_note(run(leads))
    assert "calibration fitted on leads before" in fitted
    # Before the holdout split nobody reached SQL: one outcome, nothing to fit.
    late = leads.copy()
    late.loc[late.created_at < pd.Timestamp("2026-08-15", tz="UTC"), "sql_at"] = None
    note = score_note(run(late))
    assert "calibration not fitted: every lead created before" in note
    assert "calibration fitted" not in note
    assert not run(late).tables["reliability"]


def test_an_old_export_counts_outcomes_as_of_its_last_day(leads: pd.DataFrame) -> None:
    """Leads end in October 2026; reviewed in 2030, a lead "without SQL by 2030" was only followed
    to the export's end: outcomes are counted as of that day, as if --as-of named it."""
    last = max(leads[c].max() for c in ("created_at", "mql_at", "sql_at")).date()
    late = run(leads, as_of=dt.date(2030, 1, 1))
    assert any(f"outcomes are counted as of {last}" in n for n in late.notes)
    same = run(leads, as_of=last)
    assert late.tables["score_performance"] == same.tables["score_performance"]
    assert late.tables["total"] == same.tables["total"]
    # Within outcome_days of the data's end as_of is kept as given, without a note.
    assert not any("counted as of" in n for n in run(leads).notes)
