"""Reference data-quality checks: events outside their campaign's dates, campaign ids absent from
``campaigns``, and near-duplicate channel and campaign labels.

Registered with ``@check`` like the delivery checks in
:mod:`debrief.analyses.data_quality`, whose helpers they share. Each returns ``list[Finding]``.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

import ibis

from debrief.analyses.data_quality.common import examples, finding, in_period, money
from debrief.metrics import references
from debrief.period import as_date
from debrief.portable import count_where
from debrief.query import frame
from debrief.query import rows as rows_of
from debrief.registry import check

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from debrief.context import StageContext
    from debrief.results import Finding

__all__ = [
    "label_collisions",
    "near_duplicate_labels",
    "outside_campaign_dates",
    "unknown_campaigns",
]

#: (table, time column, days of grace after the campaign's end). Leads keep arriving for a while
#: from clicks made before the end (forms filled days later, sales-sourced follow-ups), so a lead
#: a few weeks after the end is ordinary; delivery and touches after the end are not.
EVENT_TABLES: tuple[tuple[str, str, int], ...] = (
    ("ad_performance", "date", 0),
    ("touchpoints", "ts", 0),
    ("leads", "created_at", 30),
)
#: Tables whose campaign ids must exist in ``campaigns``, with the column that places a row in
#: the period (``month`` for monthly plans and targets).
REFERENCING_TABLES: tuple[tuple[str, str], ...] = (
    ("ad_performance", "date"),
    ("touchpoints", "ts"),
    ("leads", "created_at"),
    ("budgets", "month"),
    ("targets", "month"),
)
#: Above this many distinct labels the pairwise typo search is skipped (quadratic); exact
#: normalised-form collisions are still reported.
MAX_PAIRWISE = 500
MAX_LISTED = 20


def _campaigns(ctx: StageContext) -> ir.Table | None:
    c = ctx.workspace.optional("campaigns")
    if c is None or not {"campaign_id", "start_date", "end_date"} <= set(c.columns):
        return None
    return c.select(campaign_id_ref="campaign_id", start_date="start_date", end_date="end_date")


def _events(ctx: StageContext, table: str, col: str) -> ir.Table | None:
    t = ctx.workspace.optional(table)
    if t is None or "campaign_id" not in t.columns or col not in t.columns:
        return None
    t = t.filter(t.month == ctx.period.label) if col == "month" else in_period(t, col, ctx)
    return t.filter(t.campaign_id.notnull())


@check("outside_campaign_dates")
def outside_campaign_dates(ctx: StageContext) -> list[Finding]:
    """Ad rows with delivery, touchpoints and leads of the period dated before their campaign's
    start or after its end (plus the table's grace days). One finding per table and campaign."""
    camps = _campaigns(ctx)
    if camps is None:
        return []
    out = []
    for table, col, grace in EVENT_TABLES:
        e = _events(ctx, table, col)
        if e is None:
            continue
        if table == "ad_performance":
            e = e.filter((e.spend > 0) | (e.impressions > 0))
        day = e[col].date() if e[col].type().is_timestamp() else e[col]
        j = e.mutate(event_day=day).inner_join(camps, [("campaign_id", "campaign_id_ref")])
        late = j.event_day > j.end_date + ibis.interval(days=grace)
        bad = j.filter((j.event_day < j.start_date) | late)
        agg = bad.group_by(["campaign_id", "start_date", "end_date"]).aggregate(
            rows=bad.count(),
            first=bad.event_day.min(),
            last=bad.event_day.max(),
            before=count_where(bad.event_day < bad.start_date),
        )
        for r in frame(agg.order_by("campaign_id")).to_dict("records"):
            cid = r["campaign_id"]
            start = as_date(r["start_date"])
            end = as_date(r["end_date"]) if r["end_date"] is not None else None
            first, last = as_date(r["first"]), as_date(r["last"])
            rows = int(r["rows"])
            where = "before its start" if int(r["before"]) == rows else "outside its dates"
            if int(r["before"]) == 0:
                where = "after its end" + (f" (beyond {grace} days of grace)" if grace else "")
            cols = [
                c
                for c in e.columns
                if c
                in (col, "campaign_id", "channel", "lead_id", "user_id", "spend", "impressions")
            ]
            out.append(
                finding(
                    "outside_campaign_dates",
                    f"{table}-{cid}",
                    f"{table} has {rows} rows for {cid} between {first.isoformat()} and "
                    f"{last.isoformat()}, {where} ({start.isoformat()} to "
                    f"{end.isoformat() if end else 'ongoing'})",
                    subject={"campaign_id": cid, "dates": [first, last]},
                    evidence={
                        "table": table,
                        "rows": rows,
                        "campaign_start": start,
                        "campaign_end": end,
                        "grace_days": grace,
                        "examples": examples(
                            bad.filter(bad.campaign_id == cid).select(*cols), [col]
                        ),
                    },
                    touches=f"{cid}'s {'delivery' if table == 'ad_performance' else table} "
                    f"figures and any post-mortem of {cid}",
                    metric="rows",
                    actual=float(rows),
                )
            )
    return out


@check("unknown_campaigns")
def unknown_campaigns(ctx: StageContext) -> list[Finding]:
    """Rows of the period whose campaign id is absent from ``campaigns``; one finding per table."""
    camps = _campaigns(ctx)
    if camps is None:
        return []
    known = camps.select("campaign_id_ref").distinct()
    out = []
    for table, col in REFERENCING_TABLES:
        e = _events(ctx, table, col)
        if e is None:
            continue
        orphan = e.anti_join(known, [("campaign_id", "campaign_id_ref")])
        metrics: dict[str, Any] = {"rows": orphan.count()}
        if "spend" in e.columns:
            metrics["spend"] = orphan.spend.sum()
        per_id = orphan.group_by("campaign_id").aggregate(**metrics)
        # Totals in the engine; only the most frequent ids come back, so the pull stays the same
        # size however many unknown ids the table holds.
        sums: dict[str, Any] = {"ids": per_id.count(), "rows": per_id.rows.sum()}
        if "spend" in metrics:
            sums["spend"] = per_id.spend.sum()
        total = rows_of(per_id.aggregate(**sums))[0]
        if not total["ids"]:
            continue
        top = per_id.order_by([ibis.desc("rows"), "campaign_id"]).limit(MAX_LISTED)
        recs = frame(top).to_dict("records")
        rows = int(total["rows"])
        spend = float(total.get("spend") or 0.0)
        listed = [r["campaign_id"] for r in recs]
        spent = f", {money(spend, ctx)} of spend" if "spend" in e.columns else ""
        out.append(
            finding(
                "unknown_campaign",
                table,
                f"{table} has {rows} rows in {ctx.period.label} with {total['ids']} campaign ids "
                f"absent from campaigns ({', '.join(map(str, listed[:5]))}{spent})",
                # One id is the subject; several are listed in the evidence only.
                subject={"campaign_id": listed[0]} if len(listed) == 1 else {},
                evidence={
                    "table": table,
                    "rows": rows,
                    "ids": [{k: v for k, v in r.items()} for r in recs],
                    "examples": examples(orphan.filter(orphan.campaign_id.isin(listed)), [col]),
                },
                touches=f"per-campaign figures, targets and post-mortems of "
                f"{', '.join(map(str, listed[:5]))}",
                metric="rows",
                actual=float(rows),
            )
        )
    return out


# --- near-duplicate labels -------------------------------------------------------------------

_SEP = re.compile(r"[\s_\-/.]+")


def normal_form(label: str) -> str:
    """Case-folded, separators collapsed to one space, trimmed: ``"Spring  Sale "`` -> ``"spring
    sale"``, ``"Paid_Social"`` -> ``"paid social"``."""
    return _SEP.sub(" ", label.casefold()).strip()


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance: edits, with a swap of neighbours counted once
    (``socail`` -> ``social`` is one typo, not two)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _typo(a: str, b: str) -> bool:
    """Two normal forms that differ in one word, by a typo: the words are at least 4 letters,
    one edit apart (two from 8 letters on; a swap of neighbours is one edit) and carry the same
    digits. ``paid socail`` / ``paid social`` is a typo; ``email guide`` / ``retail guide`` and
    ``sale 2025`` / ``sale 2026`` are different things."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    short = min(len(x), len(y))
    if short < 4 or abs(len(x) - len(y)) > 2 or re.sub(r"\D", "", x) != re.sub(r"\D", "", y):
        return False
    return _osa(x, y) <= (2 if short >= 8 else 1)


def label_collisions(labels: list[str]) -> list[tuple[str, str, str]]:
    """Pairs of distinct labels that name one thing: ``(a, b, why)`` with ``why`` = ``"same
    normalised form"`` (case, spacing and separators aside, including ``paidsocial`` /
    ``paid social``) or ``"one typing slip apart"`` (see :func:`_typo`)."""
    out: list[tuple[str, str, str]] = []
    groups: dict[str, list[str]] = {}
    for lab in sorted(set(labels)):
        groups.setdefault(normal_form(lab).replace(" ", ""), []).append(lab)
    for same in groups.values():
        out.extend((a, b, "same normalised form") for a, b in itertools.combinations(same, 2))
    forms = {key: normal_form(labs[0]) for key, labs in groups.items()}
    if len(forms) > MAX_PAIRWISE:
        return out
    for ka, kb in itertools.combinations(sorted(forms), 2):
        if _typo(forms[ka], forms[kb]):
            out.append((groups[ka][0], groups[kb][0], "one typing slip apart"))
    return out


def _distinct(ctx: StageContext, table: str, col: str) -> dict[str, int]:
    t = ctx.workspace.optional(table)
    if t is None or col not in t.columns:
        return {}
    f = t.filter(t[col].notnull())
    g = f.group_by(col).aggregate(rows=f.count())
    return {str(r[col]): int(r["rows"]) for r in frame(g).to_dict("records")}


@check("near_duplicate_labels")
def near_duplicate_labels(ctx: StageContext) -> list[Finding]:
    """Channel labels, campaign ids and campaign names that differ only by case, spacing,
    separators or a typo; each pair would be counted as two channels or campaigns."""
    sources = {
        "channel": [
            (t, "channel")
            for t in ("ad_performance", "touchpoints", "leads", "budgets", "targets", "campaigns")
        ],
        "campaign_id": [
            (t, "campaign_id")
            for t in ("campaigns", "ad_performance", "touchpoints", "leads", "budgets", "targets")
        ],
        "campaign name": [("campaigns", "name")],
    }
    out = []
    for what, cols in sources.items():
        rows: dict[str, dict[str, int]] = {}
        for table, col in cols:
            for label, n in _distinct(ctx, table, col).items():
                rows.setdefault(label, {})[table] = n
        for a, b, why in label_collisions(list(rows)):
            subject_key = "channel" if what == "channel" else "campaign_id"
            # The subject is the rarer spelling (the likely stray); both are in the evidence.
            rarer = min((a, b), key=lambda lab: (sum(rows[lab].values()), lab))
            out.append(
                finding(
                    "near_duplicate_label",
                    f"{what.replace(' ', '_')}-{a}-{b}",
                    f"The {what} labels {a!r} and {b!r} are {why}; they are counted as two",
                    subject={subject_key: rarer},
                    evidence={"labels": {a: rows[a], b: rows[b]}, "reason": why},
                    touches=f"every per-{'channel' if what == 'channel' else 'campaign'} figure "
                    f"for {a} and {b}",
                    severity="warning",
                )
            )
    return out


@check("unknown_metrics")
def unknown_metrics(ctx: StageContext) -> list[Finding]:
    """Targets and benchmarks on a metric the catalogue does not know: compared with nothing, so
    each such name is named here rather than dropped in silence."""
    out = []
    for table, names in references.unknown_metrics(ctx.workspace).items():
        listed = ", ".join(names[:MAX_LISTED])
        more = f" and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else ""
        out.append(
            finding(
                "unknown_metric",
                table,
                f"{table} has rows for {len(names)} metric name{'s' if len(names) != 1 else ''} "
                f"that the metric catalogue does not know ({listed}{more})",
                subject={},
                evidence={"table": table, "metrics": names},
                touches="no figure: those rows are compared with nothing (the metric names "
                "are in docs/metrics.md)",
            )
        )
    return out
