"""Ranking findings into insights, one per fact.

Inputs: every stage's findings and the data-quality findings. Outputs: 3-5 insights (the findings
themselves, ranked) and the facts (:func:`fact_groups`) that :mod:`.actions` turns into actions.

Ranking: money at stake (``Finding.impact``, workspace currency), severity, stage order, id (a
stable order); one insight per fact (:func:`fact_groups`); the largest data caveat
(:data:`CAVEATS`) first: it qualifies the others' figures. ``info`` findings (context such as a
month-over-month change) are used only when fewer than three warnings or criticals exist.
The reason for each choice: docs/stages/executive_summary.md and docs/scenarios.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from debrief.metrics.catalogue import in_sentence
from debrief.registry import STAGES
from debrief.results import Finding
from debrief.wording.labels import step_label, subject_label

__all__ = [
    "CAVEATS",
    "area_label",
    "fact_groups",
    "is_caveat",
    "metric_words",
    "rank_findings",
    "select_insights",
    "sources",
    "stated_first",
    "subject_key",
    "subject_label",
    "undated",
    "who",
]

_SEVERITY = {"critical": 2, "warning": 1, "info": 0}
_LAST = 1_000  # a stage nobody declared ranks after the declared ones


def _stage_rank(f: Finding) -> int:
    """Data quality first, then the stages in their declared order."""
    if f.stage == "data_quality":
        return 0
    return STAGES.get(f.stage).order if f.stage in STAGES else _LAST


def rank_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by money at stake (desc, to the cent), severity (desc), stage order and id.

    Money is compared in cents: two stages that sum the same spend in a different order differ
    in the last bits of a float (18,865.00999999998 against 18,865.01), and backends sum in
    different orders, so an unrounded comparison would let the backend pick the insight.
    """
    return sorted(
        findings,
        key=lambda f: (-round(f.impact or 0.0, 2), -_SEVERITY[f.severity], _stage_rank(f), f.id),
    )


def subject_key(subject: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(k), repr(v)) for k, v in subject.items()))


def _is_step_rate(metric: str | None) -> bool:
    return bool(metric) and "_to_" in str(metric)


def metric_words(metric: str) -> str:
    """A metric inside a sentence: ``ROAS``, ``spend``, ``MQL → SQL rate``."""
    return f"{step_label(metric)} rate" if _is_step_rate(metric) else in_sentence(metric)


def who(f: Finding) -> str:
    """The finding's subject; the funnel step is left out where the metric already names it."""
    subject = f.subject
    if _is_step_rate(f.metric):
        subject = {k: v for k, v in subject.items() if k != "stage"}
    return subject_label(subject)


def area_label(f: Finding) -> str:
    """What a finding is about, as a focus area: ``MQL → SQL rate for AO-SYND``; a data-quality
    finding by its kind (``Tracking gap for video``: the spend it counts is not what to watch)."""
    dq = f.stage == "data_quality"
    what = metric_words(f.metric) if f.metric and not dq else f.kind.replace("_", " ")
    return f"{what[:1].upper()}{what[1:]} for {who(f)}"


def select_insights(
    findings: Iterable[Finding],
    n_min: int = 3,
    n_max: int = 5,
    channels_of: Mapping[str, Iterable[str]] | None = None,
) -> list[Finding]:
    """The top ``n_min``-``n_max`` facts, one finding for each (:func:`fact_groups`): a data
    caveat, then warnings and criticals by rank; info findings only fill up to ``n_min``."""
    major: list[Finding] = []
    minor: list[Finding] = []
    for group in fact_groups(findings, channels_of):
        lead = group[0]
        (minor if all(f.severity == "info" for f in group) else major).append(lead)
    caveat = [f for f in major if is_caveat(f)][:1]
    major = caveat + [f for f in major if f not in caveat]
    out = major[:n_max]
    if len(out) < n_min:
        out.extend(minor[: n_min - len(out)])
    return out


#: Data-quality findings that leave figures unrecorded (spend with no delivery, days without rows):
#: the largest is the first key insight whatever its money; others rank by money like any fact.
CAVEATS = ("tracking_gap", "missing_days")


def is_caveat(f: Finding) -> bool:
    """Whether ``f`` is a data caveat (:data:`CAVEATS`, warning or critical)."""
    return f.stage == "data_quality" and f.kind in CAVEATS and f.severity != "info"


def _fact(f: Finding) -> tuple[Any, str]:
    """The measured fact behind a finding (None when it has no evidence) and its level."""
    level = "campaign" if f.subject.get("campaign_id") else "channel"
    if not f.evidence or f.actual is None:
        return None, level
    return (f.stage, f.metric, f.subject.get("stage"), round(float(f.actual), 9)), level


def _family(f: Finding) -> tuple[str, str] | None:
    """What a finding measures and which way it moved (``down``/``up``), across stages and
    levels: the MQL -> SQL rate falling for a campaign, its channel and all leads is one family.
    None when the finding has no metric or no direction (a data-quality record, a forecast)."""
    if not f.metric or f.kind in ("reallocation", "reallocation_move"):
        return None
    what = str(f.subject.get("stage") or f.metric).removesuffix("_rate")
    # the budget's utilisation of the plan is the channel's spend against its plan: one fact with
    # campaign performance's spend against the channel's spend target
    what = _SAME_AS.get(what, what)
    if f.actual is not None and f.reference is not None and f.actual != f.reference:
        return what, "down" if f.actual < f.reference else "up"
    kind = f.kind
    if any(w in kind for w in ("below", "drop", "fall", "under", "bottleneck")):
        return what, "down"
    if any(w in kind for w in ("above", "over")):
        return what, "up"
    return None


#: Metrics that measure the same thing under another name (see :func:`_family`).
_SAME_AS = {"utilisation": "spend"}


def _level(subject: Mapping[str, Any]) -> int:
    """0: all channels, 1: a channel, 2: a campaign (or a campaign on a channel)."""
    if subject.get("campaign_id"):
        return 2
    return 1 if subject.get("channel") else 0


def _nested(a: Finding, b: Finding, channels_of: Mapping[str, set[str]]) -> bool:
    """Whether one subject encloses the other: all channels encloses every subject; a channel
    encloses its campaigns (``channels_of``: campaign -> its channels) and itself."""
    sa, sb = a.subject, b.subject
    la, lb = _level(sa), _level(sb)
    if la == 0 or lb == 0:
        return True
    ca, cb = sa.get("campaign_id"), sb.get("campaign_id")
    if ca and cb:
        return ca == cb
    if la == 1 and lb == 1:
        return sa.get("channel") == sb.get("channel")
    chan, camp = (sa, sb) if la == 1 else (sb, sa)
    return chan.get("channel") == camp.get("channel") or chan.get("channel") in channels_of.get(
        str(camp.get("campaign_id")), set()
    )


def _gap(f: Finding) -> float:
    if f.actual is None or not f.reference:
        return 0.0
    return abs(f.actual - f.reference) / abs(f.reference)


#: A broader level explains a fact when its gap is at least this share of the median gap of the
#: narrower subjects (the fact is everywhere); otherwise the narrower subjects explain it.
BROAD_ENOUGH = 0.8


def sources(fs: Iterable[Finding]) -> set[str]:  # the channels money is moved out of
    return {str(f.subject["from_channel"]) for f in fs if f.kind == "reallocation_move"}


def fact_groups(
    findings: Iterable[Finding],
    channels_of: Mapping[str, Iterable[str]] | None = None,
    moved_from: Iterable[str] | None = None,
) -> list[list[Finding]]:
    """Findings grouped into facts, largest money at stake first; the finding that states each
    fact first, its evidence after it.

    One fact: the same (subject, metric); the same measured value seen at two levels (a channel
    with a single campaign); and the same metric moving the same way on nested subjects (a
    campaign, its channel, all channels: ``channels_of`` maps a campaign to its channels), or
    across stages (funnel health's MQL -> SQL rate and lead quality's). A fact is stated at the
    level that explains it: the broadest one whose gap to its reference is at least
    :data:`BROAD_ENOUGH` of the narrower subjects' median gap (a fall for every lead is stated for
    all leads), else the broadest of the subjects near that median (one campaign's ROAS far below
    its target, not the channel it dragged down), unless one narrower subject of the same stage
    carries all of its money at stake (:func:`_accounted_for`). A fact's money at stake is its
    largest finding's, never a sum. A marginal ROAS
    below its floor (or saturated) on a channel a reallocation moves money out of (``moved_from``,
    default: from the ``reallocation_move`` findings) is the reallocation's reason: one fact.
    """
    ranked = rank_findings(findings)
    chans = {str(k): set(v) for k, v in (channels_of or {}).items()}
    parent = list(range(len(ranked)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)  # the higher-ranked finding stays the root

    first: dict[Any, int] = {}
    realloc = next((i for i, f in enumerate(ranked) if f.kind == "reallocation"), None)
    out_of = sources(ranked) if moved_from is None else set(moved_from)
    for i, f in enumerate(ranked):
        if realloc is not None and f.kind in _MODEL_REASONS and f.subject.get("channel") in out_of:
            join(realloc, i)
    fams = [_family(f) for f in ranked]
    for i, f in enumerate(ranked):
        key = (subject_key(f.subject), f.metric, f.kind if f.metric is None else "")
        if f.stage == "data_quality":
            # one record problem on one subject in one review is one fact, whichever days it hit
            # (four runs of missing days on paid_search are one thing to correct, not four)
            key = (subject_key(undated(f.subject)), f.kind, "data_quality")
        fact, _ = _fact(f)
        for k in (("key", key), ("fact", fact) if fact is not None else None):
            if k is None:
                continue
            if k in first:
                join(first[k], i)
            else:
                first[k] = i
        if fams[i] is not None:
            for j in range(i):
                if fams[j] == fams[i] and _nested(ranked[j], f, chans):
                    join(j, i)
    groups: dict[int, list[Finding]] = {}
    for i, f in enumerate(ranked):
        groups.setdefault(root(i), []).append(f)
    out = []
    for members in groups.values():
        out.append(stated_first(members))
    return out


_MODEL_REASONS = ("below_floor", "saturation")  # the curves' reason to move money out


def undated(subject: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in subject.items() if k != "dates"}


def stated_first(members: list[Finding]) -> list[Finding]:
    """``members`` (ranked) with the finding that states the fact first (see fact_groups); a
    reallocation states the floors that are its reasons."""
    if len(members) == 1:
        return members
    realloc = next((f for f in members if f.kind == "reallocation"), None)
    if realloc is not None:
        return [realloc, *(f for f in members if f is not realloc)]
    measured = [f for f in members if f.severity != "info"] or members
    # the typical gap below the broadest level, not the largest: the largest of many small
    # subjects is partly noise
    broadest = min(_level(f.subject) for f in measured)
    narrow = [f for f in measured if _level(f.subject) > broadest] or measured
    gaps = sorted(g for g in map(_gap, narrow) if g > 0)
    top = gaps[len(gaps) // 2] if gaps else 0.0
    if top > 0:
        broad = [f for f in measured if _gap(f) >= BROAD_ENOUGH * top]
        lead = min(broad, key=lambda f: (_level(f.subject), members.index(f)))
        # the same measured value at two levels (a channel with one campaign) is one set of rows:
        # the higher-ranked finding states it
        same = [f for f in broad if f.actual is not None and f.actual == lead.actual]
        lead = min(same or [lead], key=members.index)
    else:
        lead = measured[0]
    lead = _accounted_for(lead, measured)
    return [lead, *(f for f in members if f is not lead)]


def _accounted_for(lead: Finding, measured: list[Finding]) -> Finding:
    """``lead``, or the narrower finding of the same stage and family that carries at least all
    of its money at stake: the broader figure is then that one subject's gap seen from above, and
    the subject is what explains it. Paid social 410,169 over its spend target and all channels
    404,046 over theirs: the other channels were on target, and "spend for all channels" would
    not say where the money went; a campaign 37,160 short of its ROAS target inside a channel
    35,265 short is that campaign. A fact on many subjects is unaffected: none of them carries
    the whole of the broader figure."""
    while True:
        money = round(lead.impact or 0.0, 2)
        inner = [
            f
            for f in measured
            if _level(f.subject) > _level(lead.subject)
            and f.stage == lead.stage
            and _family(f) == _family(lead)
            and money > 0
            and round(f.impact or 0.0, 2) >= money
            and f.actual != lead.actual  # the same rows at two levels: see _stated_first
        ]
        if not inner:
            return lead
        lead = min(inner, key=lambda f: (_level(f.subject), -(f.impact or 0.0), measured.index(f)))
