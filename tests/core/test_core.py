"""The shared core: contract, settings, periods and business days, registries, result JSON."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from debrief.config import ConfigError, parse_settings
from debrief.engine import load_plugins
from debrief.metrics.catalogue import direction as target_direction
from debrief.period import Period, add_business_days, report_due_date
from debrief.registry import Registry
from debrief.results import Finding, jsonable, ratio
from debrief.schema import TABLES, normalise_channel, table_schema


@pytest.mark.parametrize(
    "label", ["Paid Search", "paid_search", "paid-search", " PAID  SEARCH ", "Paid/Search"]
)
def test_channel_labels_normalise_to_one_channel(label: str) -> None:
    assert normalise_channel(label) == "paid_search"


def test_contract_has_every_table_and_required_column_of_the_shared_contract() -> None:
    required = {
        "campaigns": {"campaign_id", "name", "start_date"},  # end_date empty: ongoing
        "targets": {"metric", "target"},
        "benchmarks": {"metric", "value"},
        "ad_performance": {"date", "channel"},  # version 2: a measure may be unknown
        "touchpoints": {"user_id", "ts", "channel"},
        "conversions": {"user_id", "ts"},
        "leads": {"lead_id", "created_at"},
        "content": {"content_id", "title"},
        "content_performance": {"date", "content_id"},
        "budgets": {"month", "planned_spend"},
        "timeline_events": {"campaign_id", "ts", "kind", "description"},
        "outcomes": {"date", "kpi", "value"},
        "controls": {"date", "name", "value"},
        "lift_tests": {"channel", "start_date", "end_date", "incremental_value"},
    }
    assert set(TABLES) == set(required)
    for name, cols in required.items():
        assert set(TABLES[name].required) == cols, name


def test_unknown_table_suggests_the_closest() -> None:
    with pytest.raises(KeyError, match="Did you mean 'leads'"):
        table_schema("lead")


def test_target_direction_defaults() -> None:
    assert target_direction("cpl") == "max"
    assert target_direction("ROAS") == "min"
    assert target_direction("roas", "max") == "max"
    assert target_direction("Cost per lead") == "max"  # a spelling of CPL: a ceiling too


def test_settings_reject_unknown_keys_with_a_hint() -> None:
    load_plugins()  # every stage declares its settings section
    with pytest.raises(
        ConfigError, match=r"budget\.move_bund: unknown key \(did you mean 'move_bound'\?\)"
    ):
        parse_settings({"budget": {"move_bund": 0.2}}, "debrief.yaml")
    with pytest.raises(ConfigError, match="did you mean 'summary'"):
        parse_settings({"sumary": {}})
    s = parse_settings({"summary": {"country": "GB", "meeting_date": "2026-11-06"}})
    assert s.summary.meeting_date == dt.date(2026, 11, 6)


def test_months_and_prior_periods() -> None:
    p = Period.month("2026-01")
    assert (p.start, p.end, p.days) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31), 31)
    assert p.prior_month() == Period.month("2025-12")
    assert p.trailing_months(3) == Period(dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert Period.month("2024-02").end == dt.date(2024, 2, 29)
    with pytest.raises(ValueError, match="YYYY-MM"):
        Period.month("2026-13")


def test_business_days_skip_weekends_and_public_holidays() -> None:
    # Thanksgiving is Thursday 2026-11-26 in the US; Friday 27th is a working day there.
    assert add_business_days(dt.date(2026, 11, 24), 3, "US") == dt.date(2026, 11, 30)
    assert add_business_days(dt.date(2026, 11, 24), 3, None) == dt.date(2026, 11, 27)
    # October 2026 ends on a Saturday: Mon 2, Tue 3, Wed 4 November.
    assert report_due_date(Period.month("2026-10"), 3, "US") == dt.date(2026, 11, 4)
    # Christmas and Boxing Day in the UK.
    assert report_due_date(Period.month("2026-12"), 3, "GB") == dt.date(2027, 1, 6)


def test_registry_lists_valid_names() -> None:
    reg: Registry[int] = Registry("model")
    reg.register("markov")(1)
    with pytest.raises(KeyError, match=r"Did you mean 'markov'.*Valid: markov"):
        reg.get("markow")
    with pytest.raises(ValueError):
        reg.register("markov")(2)


def test_undefined_ratios_are_none_never_zero_or_infinite() -> None:
    assert ratio(5, 0) is None
    assert ratio(None, 3) is None
    assert ratio(1, 4) == 0.25
    assert jsonable({"a": math.nan, "b": math.inf, "d": dt.date(2026, 1, 2)}) == {
        "a": None,
        "b": None,
        "d": "2026-01-02",
    }


def test_findings_refuse_unknown_severity() -> None:
    with pytest.raises(ValueError):
        Finding(id="x", stage="s", kind="k", statement="s", severity="urgent")  # type: ignore[arg-type]
