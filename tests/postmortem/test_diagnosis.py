"""Each planted shortfall gets its diagnosis; a healthy campaign gets none."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from debrief.engine import Request, run

AS_OF = dt.date(2027, 1, 1)


def _run(ws, tmp_path):
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=AS_OF)
    return run(replace(req, kb=f"sqlite:///{tmp_path / 'none.sqlite'}"), ws)


@pytest.mark.parametrize(
    "knobs, layer, problem",
    [
        ({}, None, "none"),
        ({"impressions": 4_000}, "awareness", "reach"),
        ({"ctr": 0.008}, "engagement", "messaging"),
        ({"cvr": 0.04}, "conversion", "landing_page_or_offer"),
        ({"lead_to_sql": 0.10}, "pipeline", "lead_quality_or_handoff"),
    ],
)
def test_planted_diagnosis(pm_ws, tmp_path, knobs, layer, problem) -> None:
    report = _run(pm_ws(**knobs), tmp_path)
    diag = report.stages["funnel_review"].tables["diagnosis"]
    assert len(diag) == 1
    assert diag[0]["problem"] == problem
    assert diag[0]["layer"] == layer
    change = report.stages["one_change"].tables["change"]
    assert len(change) == 1


def test_coordination_when_every_channel_met_its_own_target(pm_ws, tmp_path) -> None:
    targets = [
        {"metric": "clicks", "target": 3_000.0, "campaign_id": "C1", "channel": "paid_search"},
        {"metric": "clicks", "target": 3_000.0, "campaign_id": "C1", "channel": "paid_social"},
        {"metric": "ctr", "target": 0.02, "campaign_id": "C1", "channel": None},
        {"metric": "opportunities", "target": 500.0, "campaign_id": "C1", "channel": None},
    ]
    report = _run(pm_ws(targets=targets), tmp_path)
    crit = report.stages["success_criteria"].tables["criteria"]
    assert all(r["met"] for r in crit if r["channel"])
    diag = report.stages["funnel_review"].tables["diagnosis"][0]
    assert diag["problem"] == "coordination"
    assert diag["layer"] == "pipeline"
    chain = report.stages["root_cause"].tables["chain"]
    assert {r["subject"] for r in chain if r["level"] == "channel"} >= {
        "paid_search",
        "paid_social",
    }


def test_same_shortfall_without_channel_targets_is_handoff(pm_ws, tmp_path) -> None:
    targets = [
        {"metric": "ctr", "target": 0.02, "campaign_id": "C1", "channel": None},
        {"metric": "opportunities", "target": 500.0, "campaign_id": "C1", "channel": None},
    ]
    report = _run(pm_ws(targets=targets), tmp_path)
    assert report.stages["funnel_review"].tables["diagnosis"][0]["problem"] == (
        "lead_quality_or_handoff"
    )


def test_criteria_actuals_and_met(pm_ws, pm_frames, tmp_path) -> None:
    frames = pm_frames(ctr=0.008)
    report = _run(pm_ws(ctr=0.008), tmp_path)
    rows = {r["metric"]: r for r in report.stages["success_criteria"].tables["criteria"]}
    ad = frames["ad_performance"]
    ad = ad[ad.campaign_id == "C1"]
    assert rows["ctr"]["actual"] == pytest.approx(ad.clicks.sum() / ad.impressions.sum())
    assert rows["ctr"]["met"] is False
    assert rows["ctr"]["benchmark"] == 0.02
    assert rows["ctr"]["benchmark_status"] == "below"
    assert rows["impressions"]["met"] is True


def test_root_cause_ranks_the_channel_with_the_larger_shortfall(pm_ws, tmp_path) -> None:
    report = _run(pm_ws(cvr=0.04), tmp_path)
    chain = report.stages["root_cause"].tables["chain"]
    assert chain[0]["level"] == "layer"
    channels = [r for r in chain if r["level"] == "channel"]
    assert channels and channels[0]["missing"] >= channels[-1]["missing"]
    # missing conversions = reference rate x clicks - conversions, summed over channels
    total = sum(r["missing"] for r in channels)
    layer = chain[0]
    c = report.stages["funnel_review"].findings[0].evidence["short_metrics"][0]
    assert c["metric"] == "cvr"
    assert total > 0 and layer["actual"] < layer["reference"]


def test_history_compares_campaigns_of_similar_length(pm_frames, make_ws) -> None:
    import datetime as dt_

    import pandas as pd

    from debrief.postmortem.campaign import load_campaign
    from debrief.postmortem.references import load_references

    frames = pm_frames()
    ad, camps = frames["ad_performance"], frames["campaigns"]
    ao = ad[ad.campaign_id == "C2"].assign(campaign_id="AO")
    ao["clicks"] = ao["impressions"] // 2  # a CTR of 50%: nothing like the flights
    long_run = {
        "campaign_id": "AO",
        "name": "Always on",
        "start_date": dt_.date(2025, 1, 1),
        "end_date": dt_.date(2026, 12, 31),
        "objective": "pipeline",
    }
    c4 = ad[ad.campaign_id == "C3"].assign(campaign_id="C4")
    c4_row = {**camps[camps.campaign_id == "C3"].iloc[0].to_dict(), "campaign_id": "C4"}

    def history(with_c4: bool) -> tuple[list[float], tuple[str, ...]]:
        f = dict(frames)
        f["ad_performance"] = pd.concat([ad, ao, *([c4] if with_c4 else [])])
        f["campaigns"] = pd.concat(
            [camps, pd.DataFrame([long_run, *([c4_row] if with_c4 else [])])]
        )
        ws = make_ws(**f)
        refs = load_references(ws, load_campaign(ws, "C1"), ["ctr"], AS_OF)
        return sorted(v for _, v in refs.history["ctr"]), refs.history_campaigns

    values, used = history(with_c4=True)
    assert used == ("C2", "C3", "C4") and max(values) < 0.1  # the always-on run is left out
    values, used = history(with_c4=False)
    assert "AO" in used and max(values) > 0.4  # too few similar campaigns: everyone counts


def test_a_channel_with_one_comparable_campaign_reads_every_campaign_on_it(
    pm_frames, make_ws, tmp_path
) -> None:
    """Comparable (similar-length) campaigns are preferred, but per channel: three of them on
    paid search must not leave paid social, where only one is comparable, without the always-on
    programme that also ran there. Before, the CTR planted low had no mix reference (one channel
    of two had a single campaign) and the flight was read as ``none``."""
    import datetime as dt_

    import pandas as pd

    from debrief.postmortem.campaign import load_campaign
    from debrief.postmortem.references import load_references

    frames = pm_frames(ctr=0.008)
    ad, camps = frames["ad_performance"], frames["campaigns"]
    # C3 and its copy C4 run on paid search only: paid social has one comparable campaign (C2)
    ad = ad[~((ad.campaign_id == "C3") & (ad.channel == "paid_social"))]
    c4 = ad[ad.campaign_id == "C3"].assign(campaign_id="C4")
    ao = ad[(ad.campaign_id == "C2") & (ad.channel == "paid_social")].assign(campaign_id="AO")
    rows = [
        {**camps[camps.campaign_id == "C3"].iloc[0].to_dict(), "campaign_id": "C4"},
        {
            "campaign_id": "AO",
            "name": "Always on",
            "start_date": dt_.date(2025, 1, 1),
            "end_date": dt_.date(2026, 12, 31),
            "objective": "pipeline",
        },
    ]
    f = {k: v for k, v in frames.items() if k not in ("targets", "benchmarks")}
    f["ad_performance"] = pd.concat([ad, c4, ao])
    f["campaigns"] = pd.concat([camps, pd.DataFrame(rows)])
    ws = make_ws(**f)

    refs = load_references(ws, load_campaign(ws, "C1"), ["ctr"], AS_OF)
    assert [c for c, _ in refs.by_channel[("ctr", "paid_search")]] == ["C2", "C3", "C4"]
    assert sorted(c for c, _ in refs.by_channel[("ctr", "paid_social")]) == ["AO", "C2"]
    assert refs.history_reference("ctr", {"paid_search": 1.0, "paid_social": 1.0}) is not None

    diag = _run(ws, tmp_path).stages["funnel_review"].tables["diagnosis"][0]
    assert diag["problem"] == "messaging"
