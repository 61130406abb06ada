"""The attribution stage end to end on small workspaces and on the demo company."""

from __future__ import annotations

import datetime as dt
import importlib
import re

import numpy as np
import pandas as pd
import pytest

from debrief.analyses.attribution import AttributionSettings, attribution_stage
from debrief.analyses.attribution.models import MODEL_NAMES
from debrief.config import Settings
from debrief.context import StageContext
from debrief.period import Period
from debrief.workspace import WorkspaceError

UTC = dt.UTC
OCT = Period.month("2026-10")
EVALUATIVE = re.compile(
    r"underperform|fail|poor|\bbad\b|weak|disappoint|blame|great|excellent|good", re.I
)


def _frames(seed: int = 0, people: int = 400):
    """Journeys in September (email closes) and October (paid_search closes)."""
    rng = np.random.default_rng(seed)
    tps, convs = [], []
    for month, closer in ((9, "email"), (10, "paid_search")):
        for u in range(people):
            uid = f"{month}-{u}"
            start = dt.datetime(2026, month, 1, tzinfo=UTC) + dt.timedelta(
                hours=int(rng.integers(0, 24 * 20))
            )
            n = int(rng.integers(1, 4))
            chans = [*list(rng.choice(["display", "paid_social", "referral"], n - 1)), closer]
            for i, ch in enumerate(chans):
                tps.append((uid, start + dt.timedelta(hours=10 * i), ch))
            if rng.random() < 0.3:
                convs.append(
                    (uid, start + dt.timedelta(hours=10 * n), float(rng.integers(10, 500)))
                )
    return (
        pd.DataFrame(tps, columns=["user_id", "ts", "channel"]),
        pd.DataFrame(convs, columns=["user_id", "ts", "value"]),
    )


def _run(ws, **settings) -> object:
    s = Settings(attribution=AttributionSettings(bootstrap=40, **settings))
    return attribution_stage(StageContext(workspace=ws, period=OCT, settings=s))


def test_stage_tables_sum_to_the_months_conversions(make_ws) -> None:
    tp, cv = _frames()
    res = _run(make_ws(touchpoints=tp, conversions=cv))
    oct_conv = cv[(cv.ts >= "2026-10-01") & (cv.ts < "2026-11-01")]
    credits = res.tables["credits"]
    assert {r["model"] for r in credits} == set(MODEL_NAMES)
    for model in MODEL_NAMES:
        rows = [r for r in credits if r["model"] == model]
        assert sum(r["conversions"] for r in rows) == pytest.approx(len(oct_conv), abs=1e-6)
        assert sum(r["value"] for r in rows) == pytest.approx(oct_conv.value.sum(), abs=0.005)
    for table in (
        "direct_assisted",
        "path_length",
        "time_to_conversion",
        "top_paths",
        "interactions",
        "intervals",
    ):
        assert table in res.tables
    assert set(res.charts) == {"models", "path_length", "time_to_conversion", "journey_trends"}
    # the trends' last month is the month reviewed, with the same conversions
    assert res.tables["journey_trends"][-1]["conversions"] == len(oct_conv)
    sh = {r["channel"]: r["conversions"] for r in credits if r["model"] == "shapley"}
    for ch, total in sh.items():
        by_pos = [r for r in res.tables["shapley_by_position"] if r["channel"] == ch]
        assert sum(r["conversions"] for r in by_pos) == pytest.approx(total)
    summary = {r["metric"]: r for r in res.tables["path_summary"]}
    assert summary["attributed_conversions"]["actual"] == len(oct_conv)
    touches = tp[tp.user_id.isin(oct_conv.user_id)].groupby("user_id").size()
    assert summary["mean_touches"]["actual"] == pytest.approx(touches.mean())
    sep = cv[(cv.ts >= "2026-09-01") & (cv.ts < "2026-10-01")]
    assert summary["attributed_conversions"]["prior"] == len(sep)
    assert res.charts["models"]["mark"] == "bar"
    # Last touch credits every October conversion to paid_search, the closer.
    lt = {r["channel"]: r["conversions"] for r in credits if r["model"] == "last_touch"}
    assert lt["paid_search"] == len(oct_conv)


def test_findings_are_observations(make_ws) -> None:
    tp, cv = _frames()
    res = _run(make_ws(touchpoints=tp, conversions=cv))
    kinds = {f.kind for f in res.findings}
    # September's Markov credit went to email, October's to paid_search: a shift both ways.
    assert "attribution_shift" in kinds
    shifts = {f.subject["channel"]: f for f in res.findings if f.kind == "attribution_shift"}
    assert shifts["email"].actual == 0.0 and shifts["email"].reference > 0.05
    assert shifts["email"].reference_kind == "prior_period"
    for f in res.findings:
        assert not EVALUATIVE.search(f.statement), f.statement
        assert f.statement.endswith(".")


def test_unattributed_conversions_keep_the_totals(make_ws) -> None:
    tp, cv = _frames()
    extra = pd.DataFrame(
        [("nobody", dt.datetime(2026, 10, 9, tzinfo=UTC), 99.0)], columns=["user_id", "ts", "value"]
    )
    res = _run(make_ws(touchpoints=tp, conversions=pd.concat([cv, extra])))
    rows = [r for r in res.tables["credits"] if r["channel"] == "unattributed"]
    assert len(rows) == len(MODEL_NAMES) and all(r["conversions"] == 1 for r in rows)
    assert any("unattributed" in n for n in res.notes)


def test_period_inputs_drop_an_empty_prior_month(make_ws) -> None:
    from debrief.analyses.attribution.stage import period_inputs

    tp, cv = _frames()
    ws = make_ws(touchpoints=tp, conversions=cv)
    args = (ws.table("touchpoints"), ws.table("conversions"))
    cur, pri = period_inputs(*args, OCT, AttributionSettings())
    assert (cur.label, pri.label) == ("2026-10", "2026-09")
    assert pri.paths.total_conversions > 0
    cur, pri = period_inputs(*args, Period.month("2026-09"), AttributionSettings())
    assert cur.paths.total_conversions > 0 and pri is None  # nothing in August


def test_missing_table_raises_workspace_error(make_ws) -> None:
    tp, _ = _frames()
    with pytest.raises(WorkspaceError):
        _run(make_ws(touchpoints=tp))


def _demo_available() -> bool:
    try:
        demo = importlib.import_module("debrief.demo")
        ingest = importlib.import_module("debrief.ingest")
    except ImportError:
        return False
    return hasattr(demo, "generate") and hasattr(ingest, "ingest")


@pytest.mark.slow
@pytest.mark.skipif(not _demo_available(), reason="demo generator or ingest not available")
def test_demo_month_credits_sum_to_conversions(demo_ws) -> None:
    res = attribution_stage(
        StageContext(
            workspace=demo_ws,
            period=OCT,
            settings=Settings(attribution=AttributionSettings(bootstrap=20)),
        )
    )
    conv = demo_ws.table("conversions")
    start = dt.datetime(2026, 10, 1)
    end = dt.datetime(2026, 11, 1)
    typ = conv.ts.type()
    import ibis

    month = conv.filter(
        conv.ts >= ibis.literal(start).cast(typ), conv.ts < ibis.literal(end).cast(typ)
    )
    # each conversion id once: the demo sends 5 of October's ids twice (docs/demo-data.md)
    n = month.conversion_id.nunique().execute()
    rows = month.count().execute()
    assert n > 0 and rows - n == 5
    assert any("5 conversion rows repeat a conversion id" in x for x in res.notes)
    for model in MODEL_NAMES:
        total = sum(r["conversions"] for r in res.tables["credits"] if r["model"] == model)
        assert total == pytest.approx(n, abs=1e-6)
