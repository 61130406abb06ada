"""The executive one-pager: KPI tiles (status in words, change read by the metric's direction,
unknown as n/a), expected impact as forecast-with-interval or gap, the post-mortem's tiles and
headline, and human text in the demo reports' one-pagers (no snake_case labels, no internal ids,
no doubled words)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from debrief.kb.stored import report_from_document
from debrief.render.markdown import one_pager_markdown, sparkline
from debrief.render.onepager import impact_words, one_pager, spark_points
from debrief.results import Action, Finding, Report, StageResult, Summary

GOLDEN = Path(__file__).parents[1] / "golden"
DAY = dt.date(2026, 10, 31)


def _kpi(label: str, actual, target, direction, status, change, unit) -> dict:
    return {
        "label": label,
        "unit": unit,
        "actual": actual,
        "target": target,
        "direction": direction,
        "status": status,
        "prior_period": None,
        "change": change,
    }


def _monthly(actions=(), findings=()) -> Report:
    kpis = {
        "spend": _kpi("Spend", 1200.0, 1000.0, "max", "not_met", -0.10, "money"),
        "leads": _kpi("Leads", 40.0, 30.0, "min", "met", -0.25, "count"),
        "cac": _kpi("CAC", None, None, "max", "no_target", None, "money"),
    }
    stage = StageResult(
        stage="executive_summary",
        tables={
            "trend": [
                {"month": f"2026-0{m}", "spend": s, "revenue": None, "roas": None, "leads": n}
                for m, s, n in zip(
                    range(5, 10), (10.0, None, 30.0, 20.0, 40.0), (5, 6, 7, 8, 40), strict=True
                )
            ]
        },
        findings=tuple(findings),
    )
    return Report(
        kind="monthly_review",
        period_start=dt.date(2026, 10, 1),
        period_end=DAY,
        generated_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
        stages={"executive_summary": stage},
        summary=Summary(kpis=kpis, actions=tuple(actions), focus=("Spend",)),
    )


def test_a_change_is_favourable_by_the_metrics_direction_except_spend() -> None:
    from debrief.metrics.catalogue import favourable_change

    assert favourable_change("cac", -0.2) is True  # a cost: down is favourable
    assert favourable_change("cac", -0.2, "min") is False  # unless the team's target is a floor
    assert favourable_change("leads", -0.1) is False
    assert favourable_change("spend", -0.2) is None and favourable_change("spend", 0.3) is None
    assert favourable_change("leads", 0.0) is None and favourable_change("leads", None) is None


def test_tiles_say_the_status_and_read_the_change_by_direction() -> None:
    tiles = {t.metric: t for t in one_pager(_monthly()).tiles}
    spend, leads, cac = tiles["spend"], tiles["leads"], tiles["cac"]
    assert (spend.value, spend.status) == ("$1,200.00", "bad")
    assert spend.status_text == "target not met (at most $1,000.00)"
    # spend is what went in: less of it is not better in itself (its target says met or not)
    assert (spend.change, spend.cue) == ("−10.0% vs prior month", "none")
    assert (leads.value, leads.status, leads.cue) == ("40", "good", "bad")  # a count: integer
    assert leads.status_text == "target met (at least 30)"
    assert (cac.value, cac.status_text, cac.change, cac.cue) == ("n/a", "no target set", "", "none")
    # the trend: a month without data breaks the line, it is not drawn at zero
    assert spend.trend == (10.0, None, 30.0, 20.0, 40.0)
    runs = spark_points(spend.trend, 100, 10)
    assert [len(r) for r in runs] == [3]  # 30, 20, 40; the lone 10 has no neighbour
    assert sparkline(spend.trend) == "▁ ▆▃█"
    assert sparkline((None, 1.0)) == ""
    # every KPI the trend table carries has its sparkline, not only spend, revenue and ROAS;
    # a KPI the months do not carry (or know) has none
    assert leads.trend == (5, 6, 7, 8, 40) and cac.trend == ()


def test_impact_is_a_forecast_with_interval_or_a_gap() -> None:
    forecast = Finding(
        id="budget.reallocation",
        stage="budget",
        kind="reallocation",
        statement="Moving budget is forecast to change revenue.",
        metric="expected_revenue_change",
        actual=4000.0,
        evidence={"low": 3500.0, "high": 4400.0},
    )

    def action(ids, impact) -> Action:
        return Action("a", "Do it", "why", impact, "Dana", DAY, "Spend", ids)

    found = {forecast.id: forecast}
    money = {"metric": "money_at_stake", "value": 1234.5, "unit": "USD"}
    assert impact_words(action(("budget.reallocation",), money), found) == (
        "forecast +$4,000.00 revenue (90% interval $3,500.00 to $4,400.00)"
    )
    assert impact_words(action((), money), found) == "$1,234.50 gap"
    revenue = {"metric": "revenue", "value": 99.0, "unit": "USD"}
    assert impact_words(action((), revenue), found) == "$99.00 revenue gap"
    rate = {"metric": "ctr", "value": -0.012, "unit": "rate"}
    assert impact_words(action((), rate), found) == "1.2 pts CTR gap"
    assert impact_words(action((), {"metric": "ctr", "value": None}), found) == "n/a"
    fixes = {"metric": "findings_addressed", "value": 1, "unit": "count"}
    assert impact_words(action((), fixes), found) == "resolves 1 finding"  # not "1 findings gap"


def _golden(name: str) -> Report:
    return report_from_document(json.loads((GOLDEN / name / "report.json").read_text()))


def test_postmortem_one_pager_has_criteria_status_and_a_diagnosis_in_words() -> None:
    page = one_pager(_golden("postmortem-FL-OFFER"))
    assert page.headline is not None and "_" not in page.headline
    tiles = {t.metric: t for t in page.tiles}
    assert "diagnosis" not in tiles
    assert tiles["cpl"].status_text.startswith("target not met (at most $")
    assert tiles["ctr"].status == "good"
    assert tiles["clicks"].status_text == "no target set"
    assert len(page.actions) == 1 and page.actions[0].owner == "Priya Raman"


#: A generated word joined by underscores (a column or metric name leaking into text).
_SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
#: An internal id: stage:kind:... or action-N.
_ID = re.compile(r"\b[a-z_]+:[a-z_]+:|\baction-\d+\b")
_DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


def test_demo_one_pagers_read_as_human_text() -> None:
    """Every generated label, status, change, impact and headline of the demo's one-pagers; the
    statements quoted from the stages are checked for ids and doubled words (channel names such as
    paid_social are data, and stay as the data writes them)."""
    for name in ("monthly-2026-10", "postmortem-FL-OFFER"):
        report = _golden(name)
        page = one_pager(report)
        ours = [page.headline or ""]
        ours += [x for t in page.tiles for x in (t.label, t.value, t.status_text, t.change)]
        ours += [a.impact for a in page.actions]
        for text in ours:
            assert not _SNAKE.search(text), (name, text)
        text = "\n".join(one_pager_markdown(report, report.currency))
        assert not _ID.search(text), name
        assert not _DOUBLED.search(text), (name, _DOUBLED.search(text))
        assert len(page.actions) <= 5 and all(a.owner and a.due for a in page.actions)
