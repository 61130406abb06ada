"""Owners, resources and expected impact of the actions on a generated company (not the demo):
owners come from the campaigns that carry them, else the team's owner in settings, else "owner to
be assigned" (never a made-up role); every action says what it takes; an impact reads as a
forecast only where a finding it cites carries a model's interval."""

from __future__ import annotations

import pytest
import yaml

from debrief.engine import Request, load_settings, run
from debrief.ingest import ingest
from debrief.render.onepager import impact_words, one_pager
from debrief.scenarios import generate
from debrief.synthesis.settings import UNASSIGNED

pytestmark = pytest.mark.slow


def _review(tmp_path, owners: dict[str, str] | None, summary: dict | None = None):
    sc = generate(3)
    frames = dict(sc.frames)
    if owners is not None:
        camp = frames["campaigns"].copy()
        camp["owner"] = camp["channel"].map(owners)
        frames["campaigns"] = camp
    sc = type(sc)(company=sc.company, frames=frames, truth=sc.truth, settings=sc.settings)
    files = tmp_path / "files"
    sc.write(files)
    if summary:
        cfg = yaml.safe_load((files / "debrief.yaml").read_text()) | {"summary": summary}
        (files / "debrief.yaml").write_text(yaml.safe_dump(cfg))
    ws = str(tmp_path / "ws.duckdb")
    ingest([files], ws)
    req = Request(
        kind="monthly_review", workspace=ws, month=sc.truth.review_month,
        settings=load_settings(files / "debrief.yaml"), as_of=sc.truth.as_of,
    )  # fmt: skip
    return sc, run(req)


def test_without_owners_in_the_data_the_owner_is_to_be_assigned(tmp_path) -> None:
    _, report = _review(tmp_path, owners=None)
    actions = report.summary.actions
    assert actions and all(a.owner == UNASSIGNED for a in actions)
    for a in actions:
        r = a.resources
        assert r["team"] and r["hours"] > 0 and r["budget"] == 0
        assert r["basis"] == "default assumption"
    page = one_pager(report)
    assert all(line.resources for line in page.actions)
    assert "planning assumptions" in page.resources_note


def test_campaign_and_team_owners_are_used_and_impacts_are_forecasts_only_with_an_interval(
    tmp_path,
) -> None:
    chans = ("email", "content_syndication", "paid_search", "paid_social", "display", "video")
    owners = {ch: f"Owner of {ch}" for ch in chans}
    sc, report = _review(tmp_path, owners, {"owners": {"marketing_ops": "Ola Ops"}})
    findings = {f.id: f for f in report.all_findings()}
    for a in report.summary.actions:
        lead = findings[a.finding_ids[0]]
        cid, ch = lead.subject.get("campaign_id"), lead.subject.get("channel")
        if cid is not None:
            row = sc.frames["campaigns"].set_index("campaign_id").loc[cid]
            assert a.owner == owners[row["channel"]], a.title
        elif ch is not None:
            assert a.owner.startswith("Owner of "), a.title
        elif a.resources["team"] == "marketing_ops":
            assert a.owner == "Ola Ops", a.title
        else:
            assert a.owner == UNASSIGNED, a.title
        words = impact_words(a, findings, report.currency)
        modelled = any(
            {"low", "high"} <= set(findings[i].evidence) for i in a.finding_ids if i in findings
        )
        assert words.startswith("forecast") == modelled, (a.title, words)
        if not modelled:
            plain = words.endswith(("gap", "untracked", "no conversions recorded"))
            assert plain or words.startswith("resolves"), words
