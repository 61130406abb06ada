"""What the channel targets implied against the campaign goal (issue 13: coordination quantified),
by hand on small References; unknown inputs make the total n/a, never 0."""

from __future__ import annotations

import pytest

from debrief.postmortem.coordination import implied_goal
from debrief.postmortem.references import References


def _refs(by_channel, benchmarks=None) -> References:
    return References(benchmarks=benchmarks or {}, history={}, by_channel=by_channel)


def _crit(channel, metric, target):
    return {"channel": channel, "metric": metric, "target": target, "actual": None, "met": True}


CRITERIA = [
    _crit(None, "opportunities", 170.0),
    _crit("email", "leads", 200.0),
    _crit("email", "ctr", 0.02),  # a rate target carries nothing to a volume goal
    _crit("paid_social", "leads", 300.0),
    _crit("paid_social", "impressions", 1e6),
]


def test_leads_targets_times_each_channels_median_rate() -> None:
    refs = _refs(
        {
            ("lead_to_opportunity", "email"): [("A", 0.05), ("B", 0.07), ("C", 0.09)],
            ("lead_to_opportunity", "paid_social"): [("A", 0.10), ("B", 0.06)],
        }
    )
    rows, total, text = implied_goal(
        "opportunities", 170.0, CRITERIA, refs, ("email", "paid_social", "video")
    )
    by = {r["channel"]: r for r in rows}
    assert by["email"]["rate"] == pytest.approx(0.07)  # median of 3
    assert by["paid_social"]["rate"] == pytest.approx(0.08)  # median of 2
    assert total == pytest.approx(200 * 0.07 + 300 * 0.08)  # 38
    assert text == (
        "The channel targets for leads together imply 38 opportunities at each channel's "
        "lead-to-opportunity rate, against a campaign target of 170; video had no target toward it."
    )


def test_a_channel_without_a_rate_makes_the_total_unknown_not_zero() -> None:
    refs = _refs({("lead_to_opportunity", "email"): [("A", 0.05), ("B", 0.07)]})
    rows, total, text = implied_goal(
        "opportunities", 170.0, CRITERIA, refs, ("email", "paid_social")
    )
    assert total is None
    assert [r["implied"] for r in rows if r["channel"] == "paid_social"] == [None]
    assert "is n/a" in text and "paid_social" in text
    assert "the targets of email alone imply 12 opportunities" in text  # 200 x 0.06
    # one other campaign is not a median; a channel benchmark is a reference
    refs = _refs(
        {("lead_to_opportunity", "paid_social"): [("A", 0.5)], **refs.by_channel},
        {("lead_to_opportunity", "paid_social"): (0.1, "vendor")},
    )
    _, total, _ = implied_goal("opportunities", 170.0, CRITERIA, refs, ())
    assert total == pytest.approx(200 * 0.06 + 300 * 0.1)


def test_stage_rates_chain_when_no_direct_rate_exists_and_money_goals_are_na() -> None:
    refs = _refs(
        {
            ("lead_to_opportunity", "email"): [("A", 0.1), ("B", 0.1)],
            ("opportunity_to_won", "email"): [("A", 0.25), ("B", 0.35)],
        }
    )
    crit = [_crit("email", "leads", 400.0), _crit(None, "won", 20.0)]
    _, total, _ = implied_goal("won", 20.0, crit, refs, ("email",))
    assert total == pytest.approx(400 * 0.1 * 0.3)
    # a target on the goal itself is what the channel planned
    crit = [_crit("email", "leads", 400.0), _crit("email", "opportunities", 25.0)]
    _, total, _ = implied_goal("opportunities", 60.0, crit, refs, ("email",))
    assert total == 25.0
    _, total, text = implied_goal("revenue", 1e6, crit, refs, ("email",))
    assert total is None and "n/a" in text
