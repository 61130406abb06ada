"""The home page's headline figures read as the report's own Dashboard reads them."""

from __future__ import annotations

import datetime as dt

from debrief.web.library import ReportIndex
from debrief.web.pages import kpi_chips


def _index(kind: str, kpis: dict, currency: str | None) -> ReportIndex:
    return ReportIndex(
        id=1,
        kind=kind,
        campaign_id="FL-X" if kind == "post_mortem" else None,
        period_start=dt.date(2026, 10, 1),
        period_end=dt.date(2026, 10, 31),
        title="t",
        problem=None,
        saved_at=None,
        currency=currency,
        kpis=kpis,
    )


def test_a_review_s_chips_are_in_the_kpi_s_unit_and_currency_and_unknown_is_na() -> None:
    kpis = {
        "spend": {"label": "Spend", "unit": "money", "actual": 247622.25, "status": "not_met"},
        "roas": {"label": "ROAS", "unit": "ratio", "actual": 2.3456, "status": "met"},
        "leads": {"label": "Leads", "unit": "count", "actual": None, "status": "no_target"},
    }
    chips = kpi_chips(_index("monthly_review", kpis, "EUR"), "USD")
    assert [(c["label"], c["value"], c["status"]) for c in chips] == [
        ("Spend", "€247,622.25", "target not met"),
        ("ROAS", "2.35", "target met"),
        ("Leads", "n/a", "no target"),  # unknown is not zero
    ]
    # a review saved before its currency was kept reads in the server's
    assert kpi_chips(_index("monthly_review", kpis, None), "GBP")[0]["value"] == "£247,622.25"


def test_a_post_mortem_s_chips_name_the_metric_from_the_catalogue() -> None:
    kpis = {"spend": 96921.13, "leads": 1692, "roas": None}
    chips = kpi_chips(_index("post_mortem", kpis, "USD"), "USD")
    assert [(c["label"], c["value"]) for c in chips] == [
        ("Spend", "$96,921.13"),
        ("Leads", "1,692"),
        ("ROAS", "n/a"),
    ]


def test_the_campaign_plan_and_the_benchmarks_are_read_with_missing_values_as_none(
    make_ws,
) -> None:
    """The two workspace reads of the pages (through debrief.query): an empty cell is left out of
    the campaign's plan, not shown as "nan"; a benchmark without a channel matches the
    recalibrations of all channels (a NaN channel read as the text "nan" matched none)."""
    import pandas as pd

    from debrief.web.campaign import _campaign_plan
    from debrief.web.knowledge import _benchmark_table

    ws = make_ws(
        campaigns=pd.DataFrame(
            {
                "campaign_id": ["C1", "C2"],
                "start_date": pd.to_datetime(["2026-09-01", "2026-10-01"]),
                "budget": [1000.0, float("nan")],
                "owner": ["Ana", None],
            }
        ),
        benchmarks=pd.DataFrame(
            {
                "metric": ["ctr", "cvr"],
                "channel": [None, "email"],
                "value": [0.012, float("nan")],
                "source": ["industry", None],
            }
        ),
    )
    plan = _campaign_plan(ws, "C2")
    assert plan is not None and plan["budget"] is None and plan["owner"] is None
    assert str(plan["start_date"])[:10] == "2026-10-01"
    assert _campaign_plan(ws, "C9") is None
    assert _benchmark_table(ws) == [
        {"metric": "ctr", "channel": None, "value": 0.012, "source": "industry"},
        {"metric": "cvr", "channel": "email", "value": None, "source": None},
    ]


def test_the_compare_page_names_metrics_by_their_labels() -> None:
    """The metric picker, column and sentence read "Average deal size", not "avg_deal_size"."""
    from debrief.web.compare import compare_page

    class _Library:
        def indexes(self) -> list[ReportIndex]:
            kpis = {"avg_deal_size": {"actual": 41.5, "target": 40.0}}
            i = _index("monthly_review", kpis, "USD")
            i.overall.update({"roas": 2.1, "won_amount": 1200.0})
            return [i]

    page = compare_page(_Library(), "avg_deal_size", None, "USD")  # type: ignore[arg-type]
    assert page["choices"] == [
        ("avg_deal_size", "Average deal size"),
        ("roas", "ROAS"),
        ("won_amount", "Won amount"),
    ]
    assert page["metric_label"] == "Average deal size"
    assert [p["value_text"] for p in page["points"]] == ["$41.50"]
