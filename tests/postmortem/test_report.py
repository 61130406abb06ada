"""The finished post-mortem: contract tables, JSON, observation language, facilitation pack."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pandas as pd

from debrief.config import Settings
from debrief.engine import Request, run
from debrief.period import add_business_days
from debrief.postmortem.facilitation import AGENDA_MINUTES
from debrief.postmortem.guide import agenda_blocks
from debrief.wording.language import evaluative_phrases, report_sentences

AS_OF = dt.date(2027, 1, 1)
REQUIRED = {
    ("timeline", "events"): {"ts", "kind", "channel", "description", "source"},
    ("success_criteria", "criteria"): {"metric", "target", "actual", "direction", "met"},
    ("funnel_review", "layers"): {
        "layer",
        "metric",
        "actual",
        "reference",
        "reference_kind",
        "status",
    },
    ("funnel_review", "diagnosis"): {"layer", "problem", "statement"},
    ("insights", "segments"): {
        "dimension",
        "value",
        "metric",
        "segment_rate",
        "rest_rate",
        "ratio",
        "ci_low",
        "ci_high",
        "q_value",
    },
    ("one_change", "change"): {"title", "owner", "due", "measure", "baseline", "target"},
}


def test_report_contract_language_and_pack(pm_ws, tmp_path) -> None:
    ws = pm_ws(lead_to_sql=0.1, big_segment_opp=0.9)
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=AS_OF)
    report = run(replace(req, kb=f"sqlite:///{tmp_path / 'x.sqlite'}"), ws)
    assert report.kind == "post_mortem" and report.campaign_id == "C1"
    assert (report.period_start, report.period_end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 21))
    for (stage, table), cols in REQUIRED.items():
        rows = report.stages[stage].tables[table]
        for r in rows:
            assert cols <= set(r), (stage, table)
    assert report.stages["insights"].tables["segments"]
    doc = json.loads(json.dumps(report.to_json_dict()))
    assert doc["campaign_id"] == "C1"
    # every generated sentence is an observation (the recorded event says "failed": not ours)
    pack = [
        line
        for text in report.attachments.values()
        for line in text.splitlines()
        if "(recorded," not in line  # the team's own event descriptions are quoted as written
    ]
    sentences = report_sentences(doc) + pack
    assert sentences
    assert [s for s in sentences if evaluative_phrases(s)] == []
    events = report.stages["timeline"].tables["events"]
    assert {e["source"] for e in events} == {"recorded", "inferred"}
    assert [e["ts"] for e in events] == sorted(e["ts"] for e in events)
    change = report.stages["one_change"].tables["change"][0]
    assert change["owner"] == "Dana"
    assert change["due"] == add_business_days(AS_OF, 20, "US")
    assert change["measure"] == "lead_to_sql"
    assert change["target"] == report.stages["funnel_review"].findings[0].reference
    assert set(report.attachments) == {
        "agenda.md",
        "facilitator-guide.md",
        "pre-read.md",
        "prompts.md",
    }
    assert sum(m for _, m in AGENDA_MINUTES) == 60
    agenda = report.attachments["agenda.md"]
    for minutes in ("| 15 |", "| 20 |", "| 15 |", "| 10 |"):
        assert minutes in agenda
    assert len(report.summary.actions) == 1


def test_markdown_escapes_data_text(pm_ws, pm_frames, make_ws, tmp_path) -> None:
    frames = pm_frames()
    frames["campaigns"].loc[0, "name"] = "<script>x</script> [link](http://e)"
    ws = make_ws(**frames)
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=AS_OF)
    report = run(replace(req, kb=f"sqlite:///{tmp_path / 'x.sqlite'}"), ws)
    assert "<script>" not in report.attachments["agenda.md"]
    assert "[link]" not in report.attachments["pre-read.md"]


def test_pack_guide_notes_playbook_and_recalibration(pm_frames, make_ws, tmp_path) -> None:
    """The facilitator is never the owner; the campaign's notes and brief, the proposed change
    (status proposed), the playbook entry and the recalibrated benchmarks are inside the pack."""
    frames = pm_frames()
    frames["campaigns"]["notes"] = pd.Series(
        ["Budget moved *late* <b>x</b>", None, None], dtype="string"
    )
    brief = {
        "campaign_id": "C1",
        "ts": pd.Timestamp(dt.date(2026, 2, 20), tz="UTC"),
        "kind": "brief",
        "description": "Brief approved: spring pipeline",
        "channel": pd.NA,
    }
    frames["timeline_events"] = pd.concat(
        [frames["timeline_events"], pd.DataFrame([brief])], ignore_index=True
    )
    frames["timeline_events"]["channel"] = frames["timeline_events"]["channel"].astype("string")
    ws = make_ws(**frames)
    settings = Settings(facilitators=["Dana", "Lee", "Kim"])
    req = Request(
        kind="post_mortem",
        workspace=":memory:",
        campaign_id="C1",
        as_of=AS_OF,
        settings=settings,
        kb=f"sqlite:///{tmp_path / 'x.sqlite'}",
    )
    report = run(req, ws)
    pack = report.attachments
    guide = pack["facilitator-guide.md"]
    assert "**Facilitator**: Lee, not the campaign owner (Dana)" in guide
    for role in ("Timekeeper", "Note-taker", "Campaign owner"):
        assert f"**{role}**" in guide
    # the fixed blocks, the funnel block named for what this flight brings
    for block, _ in agenda_blocks(report.stages):
        assert block in guide and block in pack["agenda.md"]
    assert "Read the one change back" in guide and "Status: **proposed**" in guide
    pre = pack["pre-read.md"]
    assert "Notes: Budget moved \\*late\\* &lt;b&gt;x&lt;/b&gt;" in pre  # the team's words, inert
    assert "Brief approved: spring pipeline" in pre
    assert "## Proposed playbook entry" in pre and "## Benchmark recalibration" in pre
    assert "`debrief kb change ID --status agreed`" in pre
    assert "landing_page_or_offer" not in pre and "lead_quality_or_handoff" not in pre
    # every recalibrated row of the campaign's channels, with its interval and n
    rows = [x for x in pre.splitlines() if x.startswith("| CTR | ")]
    assert {r.split(" | ")[1] for r in rows} == {"paid_search", "paid_social"}
    assert all(" to " in r and r.rstrip(" |").split(" | ")[-1] == "3" for r in rows)


def test_a_campaign_without_an_owner_reads_without_a_doubled_owner(
    pm_frames, make_ws, tmp_path
) -> None:
    """A generated company's flights have no owner: the change's owner is "owner to be
    assigned", and the sentences said "Owner owner to be assigned" / "owner owner to be
    assigned"; the guide asked the room's "Campaign owner: the campaign owner"."""
    frames = pm_frames()
    frames["campaigns"]["owner"] = pd.Series([None] * len(frames["campaigns"]), dtype="string")
    ws = make_ws(**frames)
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=AS_OF)
    report = run(replace(req, kb=f"sqlite:///{tmp_path / 'x.sqlite'}"), ws)
    assert report.stages["one_change"].tables["change"][0]["owner"] == "owner to be assigned"
    doc = json.dumps(report.to_json_dict())
    texts = [doc, *report.attachments.values()]
    assert not [t for t in texts if "owner owner" in t.lower()]
    assert "Owner to be assigned, due" in report.attachments["pre-read.md"]
    guide = report.attachments["facilitator-guide.md"]
    assert "**Campaign owner**: none recorded for this campaign; name one beforehand." in guide


def test_the_change_table_reads_baseline_and_target_in_the_measures_unit(pm_ws, tmp_path) -> None:
    """The issue saw "cvr | 0.0137 | 0.0274" in the change table: a rate reads as a percentage."""
    from debrief.render import to_markdown

    ws = pm_ws(lead_to_sql=0.1, big_segment_opp=0.9)
    req = Request(kind="post_mortem", workspace=":memory:", campaign_id="C1", as_of=AS_OF)
    report = run(replace(req, kb=f"sqlite:///{tmp_path / 'x.sqlite'}"), ws)
    change = report.stages["one_change"]
    assert change.units["change"] == {"baseline": "rate", "target": "rate"}
    row = change.tables["change"][0]
    md = to_markdown(report).split("### Change")[1]
    assert f"{row['target'] * 100:.1f}%" in md and str(row["target"]) not in md
