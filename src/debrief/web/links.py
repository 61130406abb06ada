"""Links the report pages add after each finding: the campaign it names, earlier reviews that
reported the same metric, and the metric across months.

The links are the ``annotate`` hook of :func:`debrief.render.html.report_body`; the report itself
is the renderer's, unchanged. Every value is escaped here (attribute and text) and every path
segment percent-encoded: campaign ids come from the data.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlencode

from debrief.render.html import Annotate
from debrief.results import Finding
from debrief.web.library import FindingRef, ReportIndex, finding_scope

__all__ = ["anchor", "annotator", "campaign_href", "comparable_metrics", "compare_href"]

#: Earlier reviews listed after a finding (most recent first).
EARLIER = 3


def anchor(finding_id: str) -> str:
    """A finding's element id: stable across renders, safe whatever the id contains."""
    return "f-" + hashlib.sha1(finding_id.encode("utf-8")).hexdigest()[:12]


def campaign_href(campaign_id: str) -> str:
    return "/campaigns/" + quote(campaign_id, safe="")


def compare_href(metric: str, campaign_id: str | None = None) -> str:
    query = {"campaign": campaign_id, "metric": metric} if campaign_id else {"metric": metric}
    return "/compare?" + urlencode(query)


def comparable_metrics(indexes: Iterable[ReportIndex]) -> tuple[set[str], set[str]]:
    """Metrics a monthly review reports for the whole team (KPIs, overall row) and per campaign."""
    overall: set[str] = set()
    per_campaign: set[str] = set()
    for i in indexes:
        if i.kind != "monthly_review":
            continue
        overall |= {k for k, v in i.kpis.items() if isinstance(v, dict)}
        overall |= {k for k, v in i.overall.items() if _number(v)}
        for row in i.campaigns.values():
            per_campaign |= {k for k, v in row.items() if _number(v)}
    return overall, per_campaign


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _sort_key(i: ReportIndex) -> str:
    return i.period_start.isoformat() if i.period_start is not None else ""


def annotator(this: ReportIndex, indexes: list[ReportIndex]) -> Annotate:
    """The hook for one report page (it remembers which findings already have their anchor)."""
    earlier = sorted(
        (i for i in indexes if i.id != this.id and _sort_key(i) < _sort_key(this)),
        key=_sort_key,
        reverse=True,
    )
    overall, per_campaign = comparable_metrics(indexes)
    seen: set[str] = set()

    def previous(f: Finding) -> list[tuple[ReportIndex, FindingRef]]:
        """Earlier reports of this kind with a finding on the same metric: in a monthly review,
        about the same subject (campaign, channel, stage...); in a post-mortem, of the same step
        of the review on another campaign (what the last campaign with this problem showed)."""
        scope = finding_scope(f.subject)
        out = []
        for i in earlier:
            if i.kind != this.kind:
                continue
            if this.kind == "post_mortem":
                same = [r for r in i.findings if r.metric == f.metric and r.stage == f.stage]
            else:
                same = [r for r in i.findings if r.metric == f.metric and r.scope == scope]
            if same:
                exact = [r for r in same if r.finding_id == f.id]
                out.append((i, (exact or same)[0]))
            if len(out) == EARLIER:
                break
        return out

    def annotate(f: Finding) -> str:
        mark = ""
        if f.id not in seen:  # a finding shown twice (summary and stage) is anchored once
            seen.add(f.id)
            mark = f'<a class="anchor" id="{anchor(f.id)}"></a>'
        parts: list[str] = []
        cid = f.subject.get("campaign_id") if isinstance(f.subject, dict) else None
        cid = str(cid) if cid not in (None, "") else None
        if cid and cid != this.campaign_id:
            parts.append(
                f'<a href="{html.escape(campaign_href(cid))}">campaign {html.escape(cid)}</a>'
            )
        if f.metric:
            prev = previous(f)
            if prev:
                links = ", ".join(
                    f'<a href="/reports/{i.id}#{anchor(r.finding_id)}">{html.escape(i.label)}</a>'
                    for i, r in prev
                )
                parts.append(f"earlier: {links}")
            if cid and f.metric in per_campaign:
                href = compare_href(f.metric, cid)
                parts.append(f'<a href="{html.escape(href)}">{html.escape(cid)} by month</a>')
            elif f.metric in overall:
                parts.append(f'<a href="{html.escape(compare_href(f.metric))}">by month</a>')
        if not parts:
            return mark
        return f'{mark}<span class="links">{" · ".join(parts)}</span>'

    return annotate
