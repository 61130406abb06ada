"""A company whose CRM export has no ``won_at``: the monthly review runs (it used to stop with
AttributeError in lead totals) and what was won is unknown, never 0."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from debrief.engine import Request, run
from debrief.ingest import ingest
from debrief.render import to_json, to_markdown

pytestmark = pytest.mark.slow


def _without_column(src: Path, dst: Path, column: str) -> None:
    with src.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fields = [c for c in rows[0] if c != column]
    with dst.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


@pytest.fixture(scope="module")
def report(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("no_won_at")
    for path in demo_dir.glob("*.csv"):
        if path.name == "leads.csv":
            _without_column(path, data / path.name, "won_at")
        else:
            (data / path.name).write_bytes(path.read_bytes())
    ws = str(data / "ws.duckdb")
    ingest([data], ws)
    kb = f"sqlite:///{data / 'absent.sqlite'}"
    request = Request(
        kind="monthly_review", workspace=ws, month="2026-10", as_of=dt.date(2026, 11, 4), kb=kb
    )
    return run(request)


def test_the_monthly_review_runs_and_customers_are_unknown(report) -> None:
    stage = report.stages["campaign_performance"]
    for table in ("overall", "by_channel", "by_campaign"):
        rows = stage.tables[table]
        assert rows and all(r["customers"] is None and r["cac"] is None for r in rows), table
        assert all(r["won_amount"] is None for r in rows), table
        assert any(r["leads"] for r in rows), table
    doc = json.loads(to_json(report))
    kpis = doc["summary"]["kpis"]
    for name in ("customers", "cac"):
        assert kpis[name]["actual"] is None and kpis[name]["prior_period"] is None, kpis[name]
    md = to_markdown(report, "USD")
    assert "$0.00 won" not in md and " 0 customers" not in md
