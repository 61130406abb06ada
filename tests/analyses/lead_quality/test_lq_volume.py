"""MQL volume, rates, MQL → SQL and sales feedback against plain Python over the rows."""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path

import pandas as pd
import pytest

from debrief.analyses.lead_quality import mql_volume, reason_counts, reason_shift
from debrief.analyses.lead_quality.volume import like_for_like
from debrief.period import Period
from debrief.stats import stratified_difference, two_proportion_p_value

sys.path.insert(0, str(Path(__file__).parent))
from lq_fixture import make_leads

OCT, SEP = Period.month("2026-10"), Period.month("2026-09")
AS_OF = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def leads() -> pd.DataFrame:
    return make_leads(per_day=12)


@pytest.fixture
def ws(make_ws, leads):
    return make_ws(leads=leads)


def _in(ts, p: Period) -> bool:
    return ts is not None and not pd.isna(ts) and p.start <= ts.date() <= p.end


def _done(ts, as_of: dt.date = AS_OF) -> bool:
    return ts is not None and not pd.isna(ts) and ts.date() <= as_of


@pytest.mark.parametrize("by", ["channel", "campaign_id", None])
def test_mql_volume_matches_plain_counts(ws, leads, by) -> None:
    got = mql_volume(ws.table("leads"), OCT, SEP, AS_OF, by).set_index("segment")
    rows = leads.to_dict(orient="records")
    segs = sorted({r[by] for r in rows}) if by else ["all"]
    assert sorted(got.index) == segs
    for seg in segs:
        mine = [r for r in rows if by is None or r[by] == seg]
        # the prior month is followed for as long after its end: 20 days, to 2026-10-20
        for p, pre, upto in ((OCT, "", AS_OF), (SEP, "prior_", dt.date(2026, 10, 20))):
            created = [r for r in mine if _in(r["created_at"], p)]
            mqls = [r for r in mine if _in(r["mql_at"], p)]
            sqls = [r for r in mqls if _done(r["sql_at"], upto)]
            cohort = [r for r in created if _done(r["mql_at"], upto)]
            g = got.loc[seg]
            assert g[f"{pre}leads"] == len(created)
            assert g[f"{pre}mqls"] == len(mqls)
            assert g[f"{pre}sqls"] == len(sqls)
            assert g[f"{pre}mql_rate"] == pytest.approx(len(cohort) / len(created))
            assert g[f"{pre}mql_to_sql"] == pytest.approx(len(sqls) / len(mqls))


def test_rate_change_p_value_is_the_pooled_z_test() -> None:
    x1, n1, x0, n0 = 3, 120, 40, 130
    pool = (x1 + x0) / (n1 + n0)
    z = (x1 / n1 - x0 / n0) / math.sqrt(pool * (1 - pool) * (1 / n1 + 1 / n0))
    p = math.erfc(abs(z) / math.sqrt(2))
    assert two_proportion_p_value(x1, n1, x0, n0) == pytest.approx(p, rel=1e-9)
    assert two_proportion_p_value(0, 0, 1, 5) is None
    assert two_proportion_p_value(0, 10, 0, 5) is None


def test_reason_shift_counts_shares_and_chi_square(ws, leads) -> None:
    cur = reason_counts(ws.table("leads"), OCT)
    pri = reason_counts(ws.table("leads"), SEP)
    rows, overall = reason_shift(cur, pri)
    by_reason = {r["reason"]: r for r in rows}
    counts = {}
    for p, key in ((OCT, "count"), (SEP, "prior_count")):
        sub = [
            r
            for r in leads.to_dict(orient="records")
            if _in(r["mql_at"], p) and isinstance(r["disqualified_reason"], str)
        ]
        for r in sub:
            counts.setdefault(r["disqualified_reason"], {"count": 0, "prior_count": 0})[key] += 1
    assert {
        k: {"count": v["count"], "prior_count": v["prior_count"]} for k, v in by_reason.items()
    } == counts
    n1 = sum(v["count"] for v in counts.values())
    n0 = sum(v["prior_count"] for v in counts.values())
    assert overall["disqualified"] == n1 and overall["prior_disqualified"] == n0
    # chi-square by hand: sum (O - E)^2 / E over the 2 x k table
    stat = 0.0
    for v in counts.values():
        col = v["count"] + v["prior_count"]
        for o, n in ((v["count"], n1), (v["prior_count"], n0)):
            e = col * n / (n1 + n0)
            stat += (o - e) ** 2 / e
    assert overall["chi2"] == pytest.approx(stat)
    assert overall["chi2_df"] == len(counts) - 1
    assert by_reason["no budget"]["share"] == pytest.approx(counts["no budget"]["count"] / n1)
    assert overall["chi2_p"] < 0.05  # the planted shift is detected at the default alpha


def test_reason_shift_without_prior_month() -> None:
    cur = pd.DataFrame({"reason": ["a", "b"], "count": [3, 1]})
    rows, overall = reason_shift(cur, pd.DataFrame({"reason": [], "count": []}))
    assert overall["chi2"] is None
    assert [r["prior_share"] for r in rows] == [None, None]
    assert [r["share"] for r in rows] == [0.75, 0.25]


def test_cmh_p_value_matches_statsmodels() -> None:
    from statsmodels.stats.contingency_tables import StratifiedTable

    strata = [(3, 40, 12, 45), (10, 60, 15, 50), (1, 9, 4, 11)]
    tables = [[[x1, n1 - x1], [x0, n0 - x0]] for x1, n1, x0, n0 in strata]
    want = StratifiedTable(tables).test_null_odds(correction=False).pvalue
    assert stratified_difference(strata).p_value == pytest.approx(want, rel=1e-9)
    assert stratified_difference([(0, 0, 3, 10)]) is None


def test_like_for_like_weights_prior_rates_by_this_months_mix(ws, leads) -> None:
    cells = mql_volume(ws.table("leads"), OCT, SEP, AS_OF, ("channel", "campaign_id"))
    got = like_for_like(cells, "channel").set_index("channel")
    rows = leads.to_dict(orient="records")
    upto = {"": AS_OF, "prior_": dt.date(2026, 10, 20)}
    for ch in sorted({r["channel"] for r in rows}):
        n1 = x1 = 0
        ref = 0.0
        for camp in sorted({r["campaign_id"] for r in rows if r["channel"] == ch}):
            mine = [r for r in rows if r["channel"] == ch and r["campaign_id"] == camp]
            cur = [r for r in mine if _in(r["mql_at"], OCT)]
            pri = [r for r in mine if _in(r["mql_at"], SEP)]
            if not cur or not pri:
                continue
            n1 += len(cur)
            x1 += sum(_done(r["sql_at"], upto[""]) for r in cur)
            ref += len(cur) * sum(_done(r["sql_at"], upto["prior_"]) for r in pri) / len(pri)
        assert got.loc[ch, "matched_mqls"] == n1
        assert got.loc[ch, "matched_mql_to_sql"] == pytest.approx(x1 / n1)
        assert got.loc[ch, "mix_prior_mql_to_sql"] == pytest.approx(ref / n1)
