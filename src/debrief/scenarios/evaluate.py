"""Run the reviews on generated scenarios and score them against what was planted.

Run many with :mod:`debrief.scenarios.runner` (``python -m debrief.scenarios.runner -n 200``).

Per scenario (:func:`run_scenario`): write the tables, ``debrief ingest`` them (a refusal of the
blank ``end_date`` cells is recorded, then the cells are filled with a date a year after the data
so the rest can be measured), run the post-mortem of every flight and the monthly review of the
review month through :func:`debrief.engine.run`, and compare. :func:`summarise` aggregates:

* the confusion matrix of post-mortem diagnoses (planted x reported), accuracy, and the share of
  healthy flights given a problem;
* for each planted monthly fact (bottom campaign, overspend, tracking gap, funnel bottleneck), the
  share of scenarios where it is found at all (any finding), in the key insights (the summary's
  top five) and in the actions, and how often two key insights state it;
* duplicate conversions: attribution credits each conversion id once (credited conversions equal
  the distinct ids of the month); blank end dates refused at ingest; an action to cut spend on
  the overspending channel beside a reallocation that moves money into it.

Facts are matched on a finding's structured fields (kind, subject, metric), never its wording.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from debrief.scenarios import Scenario, generate

__all__ = ["FACTS", "OTHER", "ScenarioResult", "run_scenario", "summarise"]

FACTS = ("bottom_campaign", "overspend", "tracking_gap", "bottleneck")
#: Reported diagnoses that are not planted (shown as columns of the confusion matrix).
OTHER = ("revenue", "error")


@dataclass
class ScenarioResult:
    seed: int
    seconds: float = 0.0
    #: flight -> (planted, reported)
    diagnoses: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: fact -> {"found": bool, "insight": bool, "action": bool, "insights": n matching}
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)
    refused_blank_end_date: bool = False
    blank_end_dates: int = 0
    due_lists_ongoing: bool | None = None
    duplicate_ids: int = 0
    duplicates_reported: bool = False
    credited_conversions: float | None = None
    distinct_conversions: int = 0
    contradiction: bool = False
    key_insights: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    gap_hidden: bool = False
    bottom_target_form: str = ""


# --- matching findings to planted facts ---------------------------------------------------------


def _f(x: Any) -> dict[str, Any]:
    """A finding as a plain dict (Finding dataclass or a report.json entry)."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return dataclasses.asdict(x)
    return dict(x)


def _stage_of(f: dict[str, Any]) -> str:
    s = f.get("subject") or {}
    return str(s.get("stage") or f.get("metric") or "")


def matches(fact: str, f: dict[str, Any], sc: Scenario, *, nested: bool = False) -> bool:
    """Whether finding ``f`` states planted ``fact`` (``nested``: also at an enclosing or
    enclosed level, e.g. the bottleneck of one campaign, the overspend of all channels)."""
    t = sc.truth
    s = f.get("subject") or {}
    kind, metric = str(f.get("kind") or ""), str(f.get("metric") or "")
    if fact == "bottom_campaign":
        roas_like = metric in ("roas", "roi", "revenue", "return_on_ad_spend")
        if s.get("campaign_id") == t.bottom_campaign:
            return roas_like or kind in ("below_target", "bottom_performer")
        return (
            nested
            and roas_like
            and s.get("channel") in t.bottom_channels
            and "campaign_id" not in s
        )
    if fact == "overspend":
        spendy = kind in ("overspend", "over_pace") or (
            metric in ("spend", "utilisation", "pacing") and kind in ("above_target", "overspend")
        )
        if not spendy:
            return False
        if s.get("channel") == t.overspend_channel and "campaign_id" not in s:
            return True
        return nested and ("channel" not in s or s.get("channel") == t.overspend_channel)
    if fact == "tracking_gap":
        if kind != "tracking_gap":
            return False
        if s.get("campaign_id") == t.gap_campaign:
            return True
        if s.get("channel") != t.gap_channel or s.get("campaign_id"):
            return False
        dates = [str(d)[:10] for d in (s.get("dates") or [])]
        days = [d.isoformat() for d in t.gap_days]
        return bool(dates) and dates[0] <= days[-1] and dates[-1] >= days[0]
    if fact == "bottleneck":
        if t.bottleneck_stage not in _stage_of(f):
            return False
        if kind in ("calibration_gap", "score_ranking", "feedback_shift", "target_met"):
            return False
        if "campaign_id" in s or "channel" in s:
            return nested
        return True
    raise ValueError(fact)


# --- one scenario -------------------------------------------------------------------------------


def _ingest(sc: Scenario, files: Path, ws: str, res: ScenarioResult) -> None:
    from debrief.ingest import IngestError, ingest

    try:
        ingest([files], ws)
        return
    except IngestError as exc:
        about_end = [p for p in exc.problems if getattr(p, "column", None) == "end_date"]
        if not about_end or len(about_end) != len([p for p in exc.problems if p.level == "error"]):
            raise
        res.refused_blank_end_date = True
    # The workaround a team would use: a far end date on the ongoing programmes.
    camp = sc.frames["campaigns"].copy()
    far = (sc.company.end + dt.timedelta(days=400)).isoformat()
    camp["end_date"] = camp["end_date"].fillna(far)
    from debrief.demo.writer import write_table

    write_table("campaigns", camp, files, "csv")
    ingest([files], ws)


def _report_findings(report: Any) -> list[dict[str, Any]]:
    return [_f(x) for x in report.all_findings()]


def _score_monthly(sc: Scenario, report: Any, res: ScenarioResult) -> None:
    t = sc.truth
    allf = _report_findings(report)
    insights = [_f(x) for x in report.summary.insights]
    by_id = {f["id"]: f for f in allf}
    actions = report.summary.actions
    res.key_insights = [
        {k: f.get(k) for k in ("stage", "kind", "subject", "metric", "impact")} for f in insights
    ]
    for fact in FACTS:
        in_actions = False
        for a in actions:
            cited = [by_id.get(i) for i in a.finding_ids]
            if any(c is not None and matches(fact, c, sc) for c in cited[:1]):
                in_actions = True
        res.facts[fact] = {
            "found": any(matches(fact, f, sc) for f in allf),
            "insight": any(matches(fact, f, sc) for f in insights),
            "action": in_actions,
            "insights": sum(1 for f in insights if matches(fact, f, sc, nested=True)),
        }
    # duplicates: reported, and counted once by attribution
    res.duplicate_ids = t.duplicate_ids
    res.distinct_conversions = t.conversions_in_month
    res.duplicates_reported = any(
        f["kind"] == "duplicate_conversion_ids" for f in _report_findings(report)
    )
    attr = report.stages.get("attribution")
    if attr is not None and not attr.skipped:
        credits = [r for r in attr.tables.get("credits", []) if r.get("model") == "last_touch"]
        if credits:
            res.credited_conversions = float(sum(r["conversions"] for r in credits))
    # contradiction: an action cuts spend on the overspending channel while the reallocation the
    # actions carry moves money into it
    budget = report.stages.get("budget")
    into = False
    if budget is not None and not budget.skipped:
        for r in budget.tables.get("reallocation", []):
            if r.get("channel") == t.overspend_channel and (r.get("change") or 0) > 0:
                into = True
    cuts = reallocates = False
    for a in actions:
        cited = [by_id.get(i) for i in a.finding_ids]
        if any(c is not None and matches("overspend", c, sc, nested=True) for c in cited):
            cuts = True
        if any(c is not None and c["kind"] == "reallocation" for c in cited):
            reallocates = True
    res.contradiction = into and cuts and reallocates


def run_scenario(
    seed: int,
    workdir: Path | None = None,
    *,
    postmortems: bool = True,
    monthly: bool = True,
) -> ScenarioResult:
    """Generate, ingest, run and score scenario ``seed`` (see the module docstring)."""
    from debrief.engine import Request, load_settings, run

    t0 = time.perf_counter()
    sc = generate(seed)
    res = ScenarioResult(seed=seed)
    res.gap_hidden = sc.truth.gap_hidden
    res.bottom_target_form = sc.truth.bottom_target_form
    res.blank_end_dates = len(sc.truth.blank_end_dates)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        files = Path(tmp) / "files"
        sc.write(files)
        ws = str(Path(tmp) / "ws.duckdb")
        try:
            _ingest(sc, files, ws, res)
        except Exception as exc:  # a refused scenario is a result, not a crash of the run
            res.errors.append(f"ingest: {exc!s}"[:500])
            res.seconds = time.perf_counter() - t0
            return res
        settings = load_settings(files / "debrief.yaml")
        if postmortems:
            for cid, planted in sc.truth.diagnoses.items():
                try:
                    rep = run(
                        Request(
                            kind="post_mortem",
                            workspace=ws,
                            campaign_id=cid,
                            settings=settings,
                            as_of=sc.truth.as_of,
                        )
                    )
                    got = str(rep.summary.kpis.get("diagnosis"))
                except Exception:
                    res.errors.append(f"post-mortem {cid}: {traceback.format_exc(limit=3)}"[:800])
                    got = "error"
                res.diagnoses[cid] = (planted, got)
        if monthly:
            try:
                rep = run(
                    Request(
                        kind="monthly_review",
                        workspace=ws,
                        month=sc.truth.review_month,
                        settings=settings,
                        as_of=sc.truth.as_of,
                    )
                )
                _score_monthly(sc, rep, res)
            except Exception:
                res.errors.append(f"monthly: {traceback.format_exc(limit=3)}"[:800])
        if not res.refused_blank_end_date and sc.truth.blank_end_dates:
            res.due_lists_ongoing = _due_lists(ws, sc)
    res.seconds = time.perf_counter() - t0
    return res


def _due_lists(ws: str, sc: Scenario) -> bool:
    """Whether ``debrief due`` lists an ongoing (blank end date) campaign as due."""
    from debrief.kb.due import campaigns_due
    from debrief.workspace import Workspace

    with Workspace.open(ws, read_only=True) as w:
        rows = campaigns_due(w, sc.truth.as_of, set())
    return any(r["campaign_id"] in sc.truth.blank_end_dates for r in rows)


def summarise(results: list[ScenarioResult]) -> dict[str, Any]:
    """Aggregate figures (see the module docstring)."""
    pairs = [p for r in results for p in r.diagnoses.values()]
    cm: Counter[tuple[str, str]] = Counter(pairs)
    n = len(pairs)
    correct = sum(1 for a, b in pairs if a == b)
    healthy = [b for a, b in pairs if a == "none"]
    monthly = [r for r in results if r.facts]
    facts = {}
    for fact in FACTS:
        rows = [r.facts[fact] for r in monthly]
        m = len(rows) or 1
        facts[fact] = {
            "found": sum(x["found"] for x in rows) / m,
            "key_insight": sum(x["insight"] for x in rows) / m,
            "action": sum(x["action"] for x in rows) / m,
            "repeated": sum(x["insights"] > 1 for x in rows) / m,
        }
    hidden = [r.facts["tracking_gap"] for r in monthly if r.gap_hidden]
    crit = [r.facts["bottom_campaign"] for r in monthly if r.bottom_target_form == "criterion"]
    credited = [r for r in monthly if r.credited_conversions is not None]
    blank = [r for r in results if r.blank_end_dates]
    due = [r for r in results if r.due_lists_ongoing is not None]
    all_facts = [r.facts[f]["insight"] for r in monthly for f in FACTS]
    return {
        "scenarios": len(results),
        "flights": n,
        "seconds_per_scenario": sum(r.seconds for r in results) / max(len(results), 1),
        "confusion": {f"{a} -> {b}": k for (a, b), k in sorted(cm.items())},
        "accuracy": correct / n if n else None,
        "healthy_flights": len(healthy),
        "healthy_flagged": sum(1 for b in healthy if b != "none") / len(healthy)
        if healthy
        else None,
        "facts": facts,
        "facts_in_key_insights": sum(all_facts) / len(all_facts) if all_facts else None,
        "hidden_tracking_gap_found": sum(x["found"] for x in hidden) / len(hidden)
        if hidden
        else None,
        "criterion_bottom_campaign_found": sum(x["found"] for x in crit) / len(crit)
        if crit
        else None,
        "attribution_counts_ids_once": sum(
            abs((r.credited_conversions or 0.0) - r.distinct_conversions) < 0.5 for r in credited
        )
        / len(credited)
        if credited
        else None,
        "duplicates_reported": sum(r.duplicates_reported for r in monthly if r.duplicate_ids)
        / max(sum(1 for r in monthly if r.duplicate_ids), 1),
        "blank_end_date_refused": sum(r.refused_blank_end_date for r in blank) / len(blank)
        if blank
        else None,
        "due_lists_ongoing": sum(bool(r.due_lists_ongoing) for r in due) / len(due)
        if due
        else None,
        "contradictions": sum(r.contradiction for r in monthly) / len(monthly) if monthly else None,
        "errors": sum(bool(r.errors) for r in results),
    }
