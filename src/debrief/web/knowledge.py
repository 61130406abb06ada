"""The knowledge-base page: post-mortems, findings, changes, monthly actions, playbook lessons
and benchmark recalibrations, searched by one query string."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from debrief.query import rows
from debrief.render.format import format_value
from debrief.web.commitments import action_rows, change_row
from debrief.web.library import Library, newest_first
from debrief.web.links import anchor, campaign_href
from debrief.web.workspace import WorkspaceReader
from debrief.workspace import Workspace, WorkspaceError

__all__ = ["kb_page"]


def matches(q: str, *texts: Any) -> bool:
    return not q or any(q in str(t).lower() for t in texts if t is not None)


def kb_page(lib: Library, ws: WorkspaceReader, q: str, currency: str) -> dict[str, Any]:
    kb = lib.kb()
    needle = q.strip().lower()
    indexes = lib.indexes()
    by_id = {i.id: i for i in indexes}
    postmortems = [
        i
        for i in newest_first(indexes)
        if i.kind == "post_mortem" and matches(needle, i.title, i.campaign_id, i.problem)
    ]
    findings = []
    if needle and kb is not None:
        for r in kb.search(needle):
            if r["type"] != "finding" or r["report_id"] not in by_id:
                continue
            i = by_id[r["report_id"]]
            findings.append(
                {
                    "href": f"/reports/{i.id}#{anchor(r['finding_id'])}",
                    "label": i.label,
                    "statement": r["statement"],
                }
            )
    changes = [
        change_row(c, indexes)
        for c in (kb.changes() if kb else [])
        if matches(needle, c["title"], c["campaign_id"], c["owner"], c["measure"], c["status"])
    ]
    actions = [
        a
        for a in action_rows(lib, indexes)
        if matches(needle, a["title"], a["owner"], a["measure"], a["status"], a["review_label"])
    ]
    lessons: dict[tuple[str, str], dict[str, Any]] = {}
    for r in kb.playbook_entries() if kb else []:
        if not matches(needle, r["lesson"], r["campaign_id"], r["channel"], r["problem"]):
            continue
        key = (r["campaign_id"] or "", r["lesson"])
        entry = lessons.setdefault(
            key,
            {
                **r,
                "channels": [],
                "href": campaign_href(r["campaign_id"]) if r["campaign_id"] else None,
            },
        )
        if r["channel"] and r["channel"] not in entry["channels"]:
            entry["channels"].append(r["channel"])
    return {
        "q": q,
        "kb_href": "/kb" + ("?" + urlencode({"q": q}) if q else ""),
        "kb_missing": kb is None,
        "postmortems": postmortems,
        "findings": findings,
        "changes": changes,
        "actions": actions,
        "lessons": list(lessons.values()),
        "benchmarks": _benchmarks(lib, ws, needle),
        "currency": currency,
    }


def _benchmarks(lib: Library, ws: WorkspaceReader, needle: str) -> dict[str, Any]:
    """Each recalibrated metric and channel: the workspace's own benchmark, then every
    recalibration applied, oldest first."""
    kb = lib.kb()
    rows = kb.benchmark_rows() if kb else []
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        if not matches(needle, r["metric"], r["channel"], r["method"]):
            continue
        g = groups.setdefault(
            (r["metric"], r["channel"] or ""),
            {"metric": r["metric"], "channel": r["channel"], "original": None, "history": []},
        )
        g["history"].append(
            {
                **r,
                "value_text": format_value(r["value"], r["metric"]),
                "interval": f"{format_value(r['ci_low'], r['metric'])} – "
                f"{format_value(r['ci_high'], r['metric'])}",
                "pooled_text": format_value(r["pooled"], r["metric"]),
            }
        )
    error = None
    if groups:
        try:
            base = ws.read("benchmarks", _benchmark_table)
        except WorkspaceError as exc:
            base, error = [], str(exc)
        for b in sorted(base, key=lambda b: str(b.get("as_of") or "")):  # the newest wins
            g = groups.get((str(b.get("metric")), str(b.get("channel") or "")))
            if g is not None:
                g["original"] = {
                    "value_text": format_value(b.get("value"), str(b.get("metric"))),
                    "source": b.get("source"),
                }
    return {
        "groups": sorted(groups.values(), key=lambda g: (g["metric"], g["channel"] or "")),
        "error": error,
    }


def _benchmark_table(ws: Workspace) -> list[dict[str, Any]]:
    t = ws.optional("benchmarks")
    return rows(t) if t is not None else []
