"""The facilitator guide of a post-mortem pack, and the pieces the agenda shares with it.

The guide gives the roles (a facilitator who is not the campaign owner, a timekeeper, a
note-taker), the opening ground rules, what to say at each of the four agenda blocks and the
close, where the one change is read back with its status: *proposed* until the team agrees it
after the meeting (``debrief kb change ID --status agreed``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.change import scope_text
from debrief.postmortem.funnel import problem_meaning
from debrief.postmortem.text import label, metric_text
from debrief.results import StageResult
from debrief.synthesis.settings import owner_phrase
from debrief.wording.markdown import md_text

__all__ = [
    "AGENDA_MINUTES",
    "AGREE",
    "agenda_blocks",
    "agenda_brings",
    "change_text",
    "dates",
    "day",
    "diagnosis",
    "facilitator_guide",
    "placed",
    "proposed_change",
    "stage_events",
    "status_line",
]

#: Minutes per agenda block: 60 in all.
AGENDA_MINUTES: tuple[tuple[str, int], ...] = (
    ("Timeline: what happened, when", 15),
    ("Funnel: where the system lost momentum", 20),
    ("Insights: which segments differed, and by how much", 15),
    ("One change: owner, due date, measure", 10),
)

#: How to agree the change after the meeting (the knowledge base's status flow).
AGREE = "debrief kb change ID --status agreed"

#: Data text made inert in Markdown (no links, emphasis or HTML from a CSV cell).
_md = md_text


def day(ts: Any) -> str:
    """``Mon 29 Jun 2026``: a date people read (the ISO date stays in report.json)."""
    return f"{ts:%a} {ts.day} {ts:%b %Y}"


def dates(info: CampaignInfo) -> str:
    """``Mon 4 May 2026 to Sun 14 Jun 2026``, or ``Wed 1 Jan 2025 to date (ongoing, as of
    Sun 15 Nov 2026)`` for a campaign whose end date is blank."""
    if info.ongoing:
        return f"{day(info.start)} to date (ongoing, as of {day(info.end)})"
    return f"{day(info.start)} to {day(info.end)}"


def stage_events(stages: dict[str, StageResult]) -> list[dict[str, Any]]:
    tl = stages.get("timeline")
    return list(tl.tables.get("events", [])) if tl is not None else []


def diagnosis(stages: dict[str, StageResult]) -> dict[str, Any]:
    funnel = stages.get("funnel_review")
    return (funnel.tables.get("diagnosis") or [{}])[0] if funnel is not None else {}


def placed(stages: dict[str, StageResult]) -> bool:
    """Whether any funnel layer had a reference to be read against (a target, benchmark, plan or
    other campaigns): without one, "every layer on its references" would be a claim the data
    does not make."""
    funnel = stages.get("funnel_review")
    rows = funnel.tables.get("layer_status") or [] if funnel is not None else []
    return any(r.get("status") != "n/a" for r in rows)


def agenda_blocks(stages: dict[str, StageResult]) -> list[tuple[str, int]]:
    """The agenda's blocks for this campaign: the fixed 15/20/15/10 minutes, the funnel block
    named for what the campaign brings (a flight with no layer below its references did not
    "lose momentum")."""
    blocks = list(AGENDA_MINUTES)
    if not diagnosis(stages).get("layer"):
        blocks[1] = ("Funnel: each layer against its references", blocks[1][1])
    return blocks


def proposed_change(stages: dict[str, StageResult]) -> dict[str, Any] | None:
    change = stages.get("one_change")
    rows = change.tables.get("change") if change is not None else None
    return rows[0] if rows else None


def change_text(c: dict[str, Any], currency: str) -> str:
    """The change as it is read back: title, owner, due date, measure from baseline to target."""
    measure = label(c["measure"])
    basis = f" ({_md(c['target_basis'])})" if c.get("target_basis") else ""
    return (
        f"{_md(c['title'])}. {_md(owner_phrase(c['owner'], start=True))}, due {day(c['due'])}; "
        "measured by the "
        f"{_md(measure)} {_md(scope_text(c))}, from "
        f"{metric_text(c['measure'], c.get('baseline'), currency)} to "
        f"{metric_text(c['measure'], c.get('target'), currency)}{basis}."
    )


def status_line() -> str:
    return (
        "Status: **proposed**. It becomes a commitment only when the team agrees it after the "
        f"meeting: `{AGREE}` (`debrief postmortem` prints the ID, `debrief kb changes` lists it). "
        "Until then the next review does not measure it."
    )


def agenda_brings(stages: dict[str, StageResult], currency: str) -> list[str]:
    """What this campaign brings to each agenda block, in block order."""
    events = stage_events(stages)
    recorded = sum(e["source"] == "recorded" for e in events)
    diag = diagnosis(stages)
    ins = stages.get("insights")
    n_ins = len(ins.findings) if ins is not None else 0
    confirmed = sum(bool(e.get("data")) for e in events)
    c = proposed_change(stages)
    also = f", {confirmed} of them also seen in the data" if confirmed else ""
    read = len(events) - recorded
    more = f"; {read} more read from the data" if read else ""
    return [
        f"{len(events)} events ({recorded} recorded{also}{more})",
        (
            f"first layer below its references: {diag['layer']} "
            f"({problem_meaning(diag.get('problem'))})"
            if diag.get("layer")
            else "every layer on or above its references"
            if placed(stages)
            else "no funnel metric had a target, a benchmark or another campaign to compare with"
        ),
        (
            f"{n_ins} segment result{'s' if n_ins != 1 else ''} kept after the multiple-testing "
            "correction"
            if n_ins
            else "no segment differed by a statistically sound margin"
        ),
        f"proposed: {_md(c['title'])}" if c else "no change proposed yet",
    ]


def _facilitator(info: CampaignInfo, facilitators: Sequence[str]) -> str:
    """Who facilitates: the first name of the rotation who is not the owner (``debrief tick``
    turns the rotation meeting by meeting), else anyone who is not the owner."""
    owner = info.owner
    names = [f for f in facilitators if f != owner]
    not_owner = f"not the campaign owner{f' ({_md(owner)})' if owner else ''}"
    if names:
        others = f"; the rotation continues with {_md(', '.join(names[1:]))}" if names[1:] else ""
        return f"{_md(names[0])}, {not_owner}{others}"
    return f"a colleague who is {not_owner} (settings `facilitators:` names a rotation)"


def facilitator_guide(
    info: CampaignInfo,
    stages: dict[str, StageResult],
    facilitators: Sequence[str],
    currency: str,
) -> str:
    events = stage_events(stages)
    diag = diagnosis(stages)
    ins = stages.get("insights")
    c = proposed_change(stages)
    owner = (
        _md(info.owner) if info.owner else "none recorded for this campaign; name one beforehand"
    )
    first = [e for e in events if e["source"] == "recorded"][:1]
    out = [
        f"# Facilitator guide: {_md(info.name)} ({_md(info.campaign_id)})",
        "",
        "## Roles",
        "",
        f"- **Facilitator**: {_facilitator(info, facilitators)}. Runs the agenda, keeps the "
        "room on the system, does not present results.",
        f"- **Campaign owner**: {owner}. Walks the room through the timeline and owns the one "
        "change.",
        "- **Timekeeper**: calls time at +15, +35, +50 and +58 minutes.",
        "- **Note-taker**: writes down timeline corrections, the insights the room accepts and "
        "the one change as it is read back.",
        "",
        "## Opening (first 2 minutes of the timeline block)",
        "",
        'Say: "We have 60 minutes and we leave with one change. Three ground rules:"',
        "",
        "1. We describe what the data shows against a reference: a target, a benchmark, the "
        "prior period or the rest of the campaign.",
        "2. We discuss the system (layers, hand-offs, timing, data), not people or channels. If a "
        "comment is about a person, the facilitator asks for the measurement behind it.",
        "3. One change leaves the room, with an owner, a due date and a measure.",
        "",
        "## Step by step",
        "",
    ]
    start = 0
    brings = agenda_brings(stages, currency)
    says = [
        (
            'Say: "Before we discuss results, let us agree what happened and when." Walk the '
            f"events in the pre-read from {day(first[0]['ts'])}. Ask: which event is missing, "
            "and which one came closest to the first movement in the numbers?"
            if first
            else 'Say: "Before we discuss results, let us agree what happened and when." No '
            "event was recorded for this campaign: build the list in the room (brief, launches, "
            "changes, incidents) and the note-taker records it."
        ),
        (
            f'Say: "{_md(diag["statement"])}" Ask which hand-off into the {diag["layer"]} '
            "layer changed, and who shares the definition of a good result there."
            if diag.get("layer") and diag.get("statement")
            else 'Say: "Every layer of the funnel was on or above its references." Ask what kept '
            "it there, so the next brief can start from it."
            if placed(stages)
            else 'Say: "No funnel metric had a target, a benchmark or another campaign to be '
            'read against." Ask which targets the next brief sets before launch, so the next '
            "post-mortem can place a layer."
        ),
        (
            f'Say: "{_md(ins.findings[0].statement)}" Ask what else in the data we would '
            "expect to see if the difference is real."
            if ins is not None and ins.findings
            else 'Say: "No segment differed from the rest by a statistically sound margin." '
            "Ask which segment the team expected to differ, and why."
        ),
        (
            f'Say: "The proposal is: {_md(c["title"])}." Ask whether this is the one change '
            "the room would make; agree the owner, the due date and the measure."
            if c
            else "Ask for one change with an owner, a due date and a measure."
        ),
    ]
    for (block, minutes), what, say in zip(agenda_blocks(stages), brings, says, strict=True):
        out += [
            f"### {block} (+{start} to +{start + minutes} min)",
            "",
            f"On the table: {what}.",
            "",
            say,
            "",
        ]
        start += minutes
    out += ["## Close (last 2 minutes)", ""]
    if c:
        out += [
            "Read the one change back, word for word, and ask the owner to confirm it:",
            "",
            f"> {change_text(c, currency)}",
            "",
            status_line(),
            "",
        ]
    else:
        out += ["Read back the change the room agreed, with its owner, due date and measure.", ""]
    out += ["Thank the room; the note-taker sends the notes the same day.", ""]
    return "\n".join(out)
