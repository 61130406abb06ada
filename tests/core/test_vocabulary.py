"""One metric vocabulary: every spelling resolves to one metric, every stage reads targets and
benchmarks through one reader, and a metric nobody knows is named, never dropped in silence."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from debrief.analyses.data_quality import unknown_metrics
from debrief.analyses.funnel_health import funnel_health
from debrief.analyses.lead_quality import lead_quality
from debrief.context import StageContext
from debrief.metrics import catalogue, references
from debrief.period import Period

OCT = Period.month("2026-10")


def test_every_spelling_names_one_metric() -> None:
    for m in catalogue.CATALOGUE.values():
        assert catalogue.canonical(m.name) == m.name
        for alias in m.aliases:
            assert catalogue.canonical(alias) == m.name
            assert catalogue.label(alias) == m.label
    # the funnel's, the post-mortem's and the lead-quality stage's names for MQL -> SQL
    assert {catalogue.canonical(n) for n in ("mql_to_sql", "sql_rate", "MQL to SQL rate")} == {
        "mql_to_sql"
    }
    assert catalogue.kind("mean_days_to_conversion") == "days"  # was read as a rate: 657.8%
    assert catalogue.direction("Cost per lead") == "max"


def test_one_reader_resolves_names_directions_and_channels(make_ws) -> None:
    ws = make_ws(
        targets=pd.DataFrame(
            {
                "metric": ["Cost per lead", "sql_rate", "cost_per_demo"],
                "target": [50.0, 0.3, 10.0],
                "channel": ["Paid Search", None, " "],
                "campaign_id": [None, "", "C1"],
                "month": ["2026-10", "2026-10", None],
                "direction": [None, None, "max"],
            }
        ),
        benchmarks=pd.DataFrame({"metric": ["CTR"], "value": [0.02], "channel": ["Email"]}),
    )
    t = references.targets(ws)
    assert [(r.metric, r.direction, r.channel, r.campaign_id) for r in t] == [
        ("cpl", "max", "paid_search", None),
        ("mql_to_sql", "min", None, None),
        ("cost_per_demo", "max", None, "C1"),
    ]
    assert [(b.metric, b.channel) for b in references.benchmarks(ws)] == [("ctr", "email")]
    assert references.unknown_metrics(ws) == {"targets": ["cost_per_demo"]}


def test_an_unknown_metric_is_a_warning_that_names_it(make_ws) -> None:
    ws = make_ws(
        targets=pd.DataFrame({"metric": ["cpl", "demo_requests"], "target": [50.0, 9.0]}),
        benchmarks=pd.DataFrame({"metric": ["ctr", "foo_rate"], "value": [0.02, 0.1]}),
    )
    found = unknown_metrics(StageContext(workspace=ws, period=OCT))
    assert [(f.severity, f.evidence["table"], f.evidence["metrics"]) for f in found] == [
        ("warning", "targets", ["demo_requests"]),
        ("warning", "benchmarks", ["foo_rate"]),
    ]
    assert "demo_requests" in found[0].statement


@pytest.fixture
def leads() -> pd.DataFrame:
    rows = []
    for i in range(400):
        created = pd.Timestamp(dt.datetime(2026, 10, 1 + i % 28, 10, tzinfo=dt.UTC))
        mql = created + pd.Timedelta(days=1)
        sql = mql + pd.Timedelta(days=2) if i % 3 == 0 else pd.NaT
        rows.append(
            {"lead_id": f"L{i}", "created_at": created, "channel": "email", "mql_at": mql,
             "sql_at": sql}
        )  # fmt: skip
    return pd.DataFrame(rows)


def test_a_monthly_mql_to_sql_target_reaches_every_stage_that_reads_it(make_ws, leads) -> None:
    """Written ``mql_to_sql`` (the lead-quality spelling) or ``sql_rate`` (the funnel's), it is
    one target: the funnel ignored the first and lead quality the second."""
    for name in ("mql_to_sql", "sql_rate"):
        targets = pd.DataFrame({"metric": [name], "target": [0.25], "month": ["2026-10"]})
        ws = make_ws(leads=leads, targets=targets)
        ctx = StageContext(workspace=ws, period=OCT, as_of=dt.date(2026, 12, 31))
        stages = funnel_health(ctx).tables["stages"]
        step = [r for r in stages if (r["from_stage"], r["to_stage"]) == ("mql", "sql")]
        assert step and all(r["target"] == 0.25 for r in step), name
        total = lead_quality(ctx).tables["total"][0]
        assert total["target_mql_to_sql"] == 0.25, name
