"""An action's resources: kind from the finding that leads it, team and hours from settings (or
the documented defaults, said to be assumptions), moved money from the reallocation's evidence."""

from __future__ import annotations

import pytest

from debrief.config import ConfigError, parse_settings
from debrief.render.onepager import resources_words
from debrief.results import Finding
from debrief.synthesis.resources import action_kind, resources_for
from debrief.synthesis.settings import DEFAULT_RESOURCES


def _f(stage: str, kind: str, metric: str | None, **evidence) -> Finding:
    return Finding(
        id=f"{stage}-{kind}", stage=stage, kind=kind, subject={}, metric=metric, actual=1.0,
        reference=2.0, reference_kind="target" if metric else None, severity="warning",
        statement="s", evidence=evidence,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("finding", "kind"),
    [
        (_f("data_quality", "tracking_gap", "spend"), "data_fix"),
        (_f("data_quality", "duplicate_conversion_ids", "extra_rows"), "data_fix"),
        (_f("budget", "reallocation", "expected_revenue_change"), "budget_shift"),
        (_f("budget", "below_floor", "marginal_roas"), "budget_shift"),
        (_f("campaign_performance", "above_target", "spend"), "budget_shift"),
        (_f("campaign_performance", "below_target", "roas"), "campaign_fix"),
        (_f("funnel_health", "bottleneck", "sql_to_opportunity_rate"), "funnel_review"),
        (_f("lead_quality", "below_prior_period", "mql_to_sql"), "funnel_review"),
        (_f("content_performance", "ranking_drop", "avg_position"), "content"),
    ],
)
def test_the_kind_follows_the_lead_finding(finding: Finding, kind: str) -> None:
    assert action_kind(finding) == kind


def test_defaults_are_said_to_be_assumptions_and_moved_money_is_measured() -> None:
    s = parse_settings({}).summary
    r = resources_for(_f("budget", "reallocation", "expected_revenue_change", moved=23225.11), s)
    assert r == {
        "kind": "budget_shift", "team": "demand_gen", "hours": 4.0, "budget": 0.0,
        "moved": 23225.11, "basis": "default assumption",
    }  # fmt: skip
    assert resources_words(r, "USD") == (
        "Demand gen, 4 h, no new budget ($23,225.11 moved between channels)"
    )
    # a below-floor move has no measured amount: none is invented
    assert resources_for(_f("budget", "below_floor", "marginal_roas"), s)["moved"] is None


def test_a_team_s_own_figures_replace_one_kind_and_keep_the_others() -> None:
    own = {"data_fix": {"team": "analytics", "hours": 2.5, "budget": 500}}
    s = parse_settings({"summary": {"resources": own}}).summary
    r = resources_for(_f("data_quality", "tracking_gap", "spend"), s)
    assert (r["team"], r["hours"], r["budget"], r["basis"]) == ("analytics", 2.5, 500.0, "settings")
    assert resources_words(r, "EUR").startswith("Analytics, 2.5 h, €500.00 new budget")
    other = resources_for(_f("content_performance", "content_gap", "pageviews"), s)
    assert other["hours"] == DEFAULT_RESOURCES["content"]["hours"]
    assert other["basis"] == "default assumption"


def test_an_unknown_action_kind_is_refused() -> None:
    with pytest.raises(ConfigError, match="unknown action kind"):
        parse_settings({"summary": {"resources": {"data_fixes": {"team": "x", "hours": 1}}}})
