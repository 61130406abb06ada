"""The facilitation pack: a 60-minute agenda, a pre-read and discussion prompts.

Input: the finished post-mortem stages. Output: three Markdown documents, ``agenda.md``,
``pre-read.md`` and ``prompts.md``, placed in ``Report.attachments`` and written beside the
report. The agenda is fixed at timeline 15, funnel 20, insights 15, one change 10 minutes; the
prompts ask about the system (layers, hand-offs, timing, data) and never about a channel or a
person's choices. Text from the data (campaign names, event descriptions) is Markdown-escaped.
"""

from __future__ import annotations

from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.text import label
from debrief.results import StageResult
from debrief.wording.language import assert_observational
from debrief.wording.markdown import md_text

__all__ = ["AGENDA_MINUTES", "facilitation_pack"]

#: Minutes per agenda block: 60 in all.
AGENDA_MINUTES: tuple[tuple[str, int], ...] = (
    ("Timeline: what happened, when", 15),
    ("Funnel: where the system lost momentum", 20),
    ("Insights: which segments differed, and by how much", 15),
    ("One change: owner, due date, measure", 10),
)

#: Data text made inert in Markdown (no links, emphasis or HTML from a CSV cell).
_md = md_text


def _dates(info: CampaignInfo) -> str:
    """``2026-05-04 to 2026-06-14``, or ``2025-01-01 to date (ongoing, as of 2026-11-15)``."""
    if info.ongoing:
        return f"{info.start.isoformat()} to date (ongoing, as of {info.end.isoformat()})"
    return f"{info.start.isoformat()} to {info.end.isoformat()}"


def _agenda(info: CampaignInfo) -> str:
    lines = [
        f"# Post-mortem: {_md(info.name)} ({_md(info.campaign_id)})",
        "",
        f"Campaign dates: {_dates(info)}. 60 minutes.",
        "",
        "Ground rule: we describe what the data shows against its references; we discuss the "
        "system (layers, hand-offs, timing, data), not people or channels.",
        "",
        "| # | block | minutes | starts at |",
        "| --- | --- | --- | --- |",
    ]
    start = 0
    for i, (block, minutes) in enumerate(AGENDA_MINUTES, 1):
        lines.append(f"| {i} | {block} | {minutes} | +{start} min |")
        start += minutes
    lines += ["", f"Total: {start} minutes.", ""]
    return "\n".join(lines)


def _pre_read(info: CampaignInfo, stages: dict[str, StageResult]) -> str:
    out = [f"# Pre-read: {_md(info.name)} ({_md(info.campaign_id)})", ""]
    out += [
        f"Campaign dates: {_dates(info)}; channels: {_md(', '.join(info.channels)) or 'n/a'}.",
        "",
    ]
    crit = stages.get("success_criteria")
    if crit is not None:
        out += ["## Success criteria", ""]
        out += [f"- {_md(f.statement)}" for f in crit.findings] or ["- No pre-launch targets."]
        out.append("")
    funnel = stages.get("funnel_review")
    if funnel is not None:
        diag = funnel.tables.get("diagnosis", [{}])[0]
        out += [
            "## Funnel",
            "",
            f"Diagnosis: **{diag.get('problem')}**. {_md(diag.get('statement', ''))}",
            "",
        ]
    ins = stages.get("insights")
    if ins is not None:
        out += ["## Insights", ""]
        out += [f"- {_md(f.statement)}" for f in ins.findings[:5]] or [
            "- No segment differed from the rest by a statistically sound margin."
        ]
        out.append("")
    tl = stages.get("timeline")
    if tl is not None:
        events = tl.tables.get("events", [])
        out += ["## Timeline", "", f"{len(events)} events; the ones to look at:", ""]
        for e in events:
            if e["kind"] in ("launch", "end") and e["source"] == "inferred":
                continue
            out.append(
                f"- {e['ts']:%Y-%m-%d} ({e['source']}, {e['kind']}): {_md(e['description'])}"
            )
        out.append("")
    change = stages.get("one_change")
    if change is not None and change.tables.get("change"):
        c = change.tables["change"][0]
        out += [
            "## Proposed change",
            "",
            f"{_md(c['title'])} (owner {_md(c['owner'])}, due "
            f"{c['due']}, measure {_md(c['measure'])}).",
            "",
        ]
    return "\n".join(out)


PROMPTS: tuple[tuple[str, str], ...] = (
    (
        "Timeline",
        "Which event on the timeline came closest in time to the first movement in the "
        "numbers, and what else changed that week?",
    ),
    (
        "Timeline",
        "Which decisions were made without the data we have today, and what would "
        "have shown it sooner?",
    ),
    (
        "Funnel",
        "The diagnosed layer is where the system lost momentum. What had to be true at "
        "the layer above for this one to work, and was it?",
    ),
    (
        "Funnel",
        "Which hand-off between layers (ad to page, page to form, form to sales) has no "
        "shared definition or owner today?",
    ),
    (
        "Insights",
        "Which segment result surprises us, and what would we expect to see if it were "
        "real rather than noise?",
    ),
    (
        "Insights",
        "What do the segments that moved faster have in common, and can the next brief "
        "start from them?",
    ),
    (
        "One change",
        "If we could change one thing in how the campaign is set up, which one would "
        "move the diagnosed metric most, and how will we know in the next review?",
    ),
    (
        "Ground rule",
        "If a comment is about a person or a channel, rephrase it as a measurement "
        "against a reference, or as a question about the system.",
    ),
)


def _specific(stages: dict[str, StageResult]) -> dict[str, list[str]]:
    """Prompts that quote this campaign's own findings, by agenda block."""
    out: dict[str, list[str]] = {}
    funnel = stages.get("funnel_review")
    diag = (funnel.tables.get("diagnosis") or [{}])[0] if funnel else {}
    if diag.get("layer"):
        out["Funnel"] = [
            f"{diag['statement']} Which hand-off into the {diag['layer']} layer changed, and "
            f"who shares the definition of a good result there?"
        ]
    ins = stages.get("insights")
    if ins is not None and ins.findings:
        out["Insights"] = [
            f"{ins.findings[0].statement} What would we expect to see elsewhere in the data if "
            f"this difference is real?"
        ]
    change = stages.get("one_change")
    rows = change.tables.get("change") if change is not None else None
    if rows:
        c = rows[0]
        out["One change"] = [
            f"Proposed: {c['title']}. Which number, measured when, will tell us in the next "
            f"review whether it moved the {label(c['measure'])}?"
        ]
    return out


def _prompts(stages: dict[str, StageResult]) -> str:
    out = [
        "# Discussion prompts",
        "",
        "Keep the room on the system: layers, hand-offs, timing "
        "and data, each stated as a measurement against a reference.",
        "",
    ]
    specific = _specific(stages)
    blocks: dict[str, list[str]] = {}
    for block, text in PROMPTS:
        blocks.setdefault(block, []).extend([*specific.pop(block, []), text])
    for block, texts in blocks.items():
        out += [f"## {block}", ""]
        out += [f"- {_md(t)}" for t in texts]
        out.append("")
    return "\n".join(out)


def facilitation_pack(info: CampaignInfo, stages: dict[str, StageResult]) -> dict[str, str]:
    """``{"agenda.md": ..., "pre-read.md": ..., "prompts.md": ...}``."""
    assert_observational(text for _, text in PROMPTS)
    return {
        "agenda.md": _agenda(info),
        "pre-read.md": _pre_read(info, stages),
        "prompts.md": _prompts(stages),
    }
