"""The user's path through the CLI: demo data -> ingest -> monthly review -> three report files.

Also: a bad file is rejected with every problem named and the workspace unchanged, and every
sentence of the monthly report is in observation language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debrief.cli.main import app
from debrief.engine import load_plugins
from debrief.registry import review_stages
from debrief.render import validate_report_json
from debrief.wording.language import evaluative_phrases

runner = CliRunner()


@pytest.fixture(scope="module")
def monthly_out(demo_ws_path: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review")
    res = runner.invoke(
        app,
        [
            "monthly",
            "--month",
            "2026-10",
            "--workspace",
            demo_ws_path,
            "--out",
            str(out),
            "--as-of",
            "2026-11-23",
            "--kb",
            f"sqlite:///{out / 'kb.sqlite'}",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "report.html" in res.output
    return out


def test_monthly_review_writes_three_valid_formats(monthly_out: Path) -> None:
    doc = json.loads((monthly_out / "report.json").read_text())
    validate_report_json(doc)
    assert doc["kind"] == "monthly_review"
    assert doc["period"] == {"start": "2026-10-01", "end": "2026-10-31"}
    load_plugins()
    expected = {s.name for s in review_stages("monthly_review") if s.run is not None}
    assert expected <= set(doc["stages"])
    assert not [s for s in expected if doc["stages"][s].get("skipped")]
    assert 3 <= len(doc["summary"]["insights"]) <= 5
    assert 1 <= len(doc["summary"]["actions"]) <= 5
    html = (monthly_out / "report.html").read_text()
    assert html.count("data:image/svg+xml;base64,") >= 3  # charts are embedded
    assert "<script" not in html.lower()
    assert (monthly_out / "report.md").read_text().startswith("# Monthly marketing review")


def test_the_review_is_stored_and_renders_as_the_delivered_html(monthly_out: Path) -> None:
    from debrief.kb import KnowledgeBase
    from debrief.render import to_html

    kb = KnowledgeBase.open(f"sqlite:///{monthly_out / 'kb.sqlite'}", create=False)
    assert kb is not None
    [row] = kb.list_reports()
    assert row["kind"] == "monthly_review" and row["period_start"].isoformat() == "2026-10-01"
    report, currency = kb.stored_report(row["id"])
    kb.close()
    assert to_html(report, currency) == (monthly_out / "report.html").read_text()


def _sentences(doc: dict) -> list[str]:
    out: list[str] = [f["statement"] for f in doc["data_quality"]]
    for stage in doc["stages"].values():
        out += [f["statement"] for f in stage.get("findings", [])]
        out += stage.get("notes", [])
    out += [f["statement"] for f in doc["summary"]["insights"]]
    for a in doc["summary"]["actions"]:
        out += [a["title"], a["rationale"]]
    out += doc["summary"].get("focus", [])
    return out


def test_every_generated_sentence_is_an_observation(monthly_out: Path) -> None:
    doc = json.loads((monthly_out / "report.json").read_text())
    sentences = _sentences(doc)
    assert len(sentences) > 10
    verdicts = {s: evaluative_phrases(s) for s in sentences if evaluative_phrases(s)}
    assert not verdicts


def test_bad_file_is_rejected_with_every_problem_and_the_workspace_is_unchanged(
    tmp_path: Path,
) -> None:
    ws = str(tmp_path / "ws.duckdb")
    good = tmp_path / "good"
    good.mkdir()
    (good / "ad_performance.csv").write_text(
        "date,channel,spend,impressions,clicks,conversions\n2026-10-01,Paid Search,10.50,100,5,1\n"
    )
    assert runner.invoke(app, ["ingest", str(good), "-w", ws]).exit_code == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "ad_performance.csv").write_text(
        "date,channel,spend,impressions,clicks,conversions\n"
        "2026-10-02,Paid Search,-3,100,5,1\n"
        "2026-13-45,Display,4,lots,5,1\n"
    )
    res = runner.invoke(app, ["ingest", str(bad), "-w", ws])
    assert res.exit_code == 1
    for needle in ("ad_performance.csv", "spend", "date", "impressions", "2", "3"):
        assert needle in res.output
    import ibis

    con = ibis.duckdb.connect(ws, read_only=True)
    rows = con.table("ad_performance").to_pandas()
    assert len(rows) == 1 and rows["spend"].iloc[0] == 10.5
    assert rows["channel"].iloc[0] == "paid_search"


def test_unknown_stage_and_bad_month_are_clear_errors(demo_ws_path: str, tmp_path: Path) -> None:
    res = runner.invoke(
        app, ["monthly", "--month", "2026-13", "-w", demo_ws_path, "--out", str(tmp_path)]
    )
    assert res.exit_code == 1 and "YYYY-MM" in res.output
    res = runner.invoke(
        app,
        [
            "monthly",
            "--month",
            "2026-10",
            "-w",
            demo_ws_path,
            "--stages",
            "budjet",
            "--out",
            str(tmp_path),
        ],
    )
    assert res.exit_code == 1 and "Did you mean 'budget'" in res.output
    # Before any work: no data-quality check ran and nothing was written.
    assert "data quality" not in res.output and not (tmp_path / "report.json").exists()
    help_text = runner.invoke(app, ["monthly", "--help"], terminal_width=200).output
    assert "Stages (for --stages, in the order they run): campaign_performance," in help_text


@pytest.mark.parametrize(
    ("as_of", "month"),
    # the demo's activity runs to 2026-10-31: the latest month that has ended by --as-of
    [("2026-11-04", "2026-10"), ("2026-10-31", "2026-09"), ("2026-11-01", "2026-10")],
)
def test_monthly_without_month_reviews_the_latest_month_that_has_ended(
    demo_ws_path: str, tmp_path: Path, as_of: str, month: str
) -> None:
    res = runner.invoke(
        app,
        [
            *("monthly", "-w", demo_ws_path, "--as-of", as_of),
            *("--stages", "campaign_performance", "--no-save", "--out", str(tmp_path)),
        ],
    )
    assert res.exit_code == 0, res.output
    assert f"No --month given: reviewing {month}, the latest month" in res.output
    doc = json.loads((tmp_path / "report.json").read_text())
    assert doc["period"]["start"] == f"{month}-01"


def test_monthly_without_month_on_an_empty_workspace_is_a_clear_error(tmp_path: Path) -> None:
    import duckdb

    ws = tmp_path / "empty.duckdb"
    duckdb.connect(str(ws)).close()
    res = runner.invoke(app, ["monthly", "-w", str(ws), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert "holds no dated rows" in res.output and "debrief ingest" in res.output
    assert "Traceback" not in res.output and not (tmp_path / "out").exists()
