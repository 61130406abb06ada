"""The facilitation pack: an agenda, a facilitator guide, a pre-read and discussion prompts.

Input: the campaign, the finished post-mortem stages and, from the engine, the lessons the
knowledge base will keep (the proposed playbook entry) and the benchmarks recalibrated from the
team's campaigns. Output: four Markdown documents, ``agenda.md``, ``facilitator-guide.md``,
``pre-read.md`` and ``prompts.md``, placed in ``Report.attachments`` and written beside the report.

* The agenda is fixed at timeline 15, funnel 20, insights 15, one change 10 minutes; its header
  gives the campaign's dates, length in days and notes, and each block names what this campaign
  brings to it (its events, its diagnosed layer, its segment results, its proposed change). A
  flight with no layer below its references gets a funnel block "each layer against its
  references" and prompts that presume no problem; one with no reference at all is told so, not
  that every layer was on its references.
* The facilitator guide gives the roles (a facilitator who is not the campaign owner, a
  timekeeper, a note-taker), the opening ground rules, what to say at each step and the close,
  where the one change is read back. The change is *proposed* until the team agrees it after the
  meeting (``debrief kb change ID --status agreed``); the pack states that, it never agrees it.
* The pre-read carries the campaign's notes and brief, the success criteria, the diagnosis in
  words, the insights, the timeline, the proposed change, the proposed playbook entry and the
  benchmark recalibration for the campaign's channels (current against proposed, with interval and
  number of campaigns), which only ``debrief benchmarks --apply`` writes.
* The prompts ask about the system (layers, hand-offs, timing, data) and never about a channel or a
  person's choices.

Text from the data (campaign names, notes, event descriptions) is Markdown-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from debrief.numbers import fmt
from debrief.postmortem.campaign import CampaignInfo
from debrief.postmortem.guide import (
    AGENDA_MINUTES,
    agenda_blocks,
    agenda_brings,
    change_text,
    dates,
    day,
    diagnosis,
    facilitator_guide,
    proposed_change,
    stage_events,
    status_line,
)
from debrief.postmortem.text import label
from debrief.results import StageResult
from debrief.wording.language import assert_observational
from debrief.wording.markdown import md_text

__all__ = ["AGENDA_MINUTES", "facilitation_pack"]

#: Data text made inert in Markdown (no links, emphasis or HTML from a CSV cell).
_md = md_text


def _agenda(info: CampaignInfo, stages: dict[str, StageResult], currency: str) -> str:
    n_days = (info.end - info.start).days + 1
    lines = [
        f"# Post-mortem: {_md(info.name)} ({_md(info.campaign_id)})",
        "",
        f"Campaign dates: {dates(info)} ({fmt(n_days, 'count')} day{'s' if n_days != 1 else ''}"
        f"{' so far' if info.ongoing else ''}). 60 minutes.",
        "",
        *([f"Campaign notes: {_md(info.notes)}", ""] if info.notes else []),
        "Ground rule: we describe what the data shows against its references; we discuss the "
        "system (layers, hand-offs, timing, data), not people or channels.",
        "",
        "| # | block | minutes | starts at | this campaign |",
        "| --- | --- | --- | --- | --- |",
    ]
    start = 0
    brings = agenda_brings(stages, currency)
    blocks = agenda_blocks(stages)
    for i, ((block, minutes), what) in enumerate(zip(blocks, brings, strict=True), 1):
        lines.append(f"| {i} | {block} | {minutes} | +{start} min | {what} |")
        start += minutes
    lines += [
        "",
        f"Total: {start} minutes. The facilitator guide says what to say at each step.",
        "",
    ]
    return "\n".join(lines)


def _notes_and_brief(info: CampaignInfo, stages: dict[str, StageResult]) -> list[str]:
    facts = [
        f"{name}: {_md(str(value))}"
        for name, value in (
            ("Objective", info.objective),
            ("Audience", info.audience),
            ("Offer", info.offer),
            ("Owner", info.owner),
        )
        if value
    ]
    out = ["## Campaign notes and brief", ""]
    if facts:
        out += ["; ".join(facts) + ".", ""]
    if info.notes:
        out += [f"Notes: {_md(info.notes)}", ""]
    briefs = [e for e in stage_events(stages) if e["kind"] == "brief" and e["source"] == "recorded"]
    out += [f"- Brief, {day(e['ts'])}: {_md(e['description'])}" for e in briefs]
    if not (info.notes or briefs):
        out.append(
            "No notes (campaigns table, `notes`) and no brief (timeline_events, kind `brief`) "
            "were recorded for this campaign."
        )
    out.append("")
    return out


def _recalibration(
    info: CampaignInfo,
    recalibrated: Sequence[dict[str, Any]],
    current: dict[tuple[str, str | None], tuple[float, str | None]],
) -> list[str]:
    rows = [r for r in recalibrated if r["channel"] in info.channels]
    out = ["## Benchmark recalibration", ""]
    if not rows:
        return [
            *out,
            "No rate benchmark could be recalibrated for this campaign's channels (no campaign "
            "on them has the counts).",
            "",
        ]
    out += [
        "Each channel's rate benchmarks from the team's own campaigns, shrunk toward the pooled "
        "value where a channel has few campaigns. Proposed only: `debrief benchmarks --apply` "
        "writes them to the knowledge base.",
        "",
        "| metric | channel | current benchmark | proposed | 95% interval | campaigns |",
        "| --- | --- | --- | --- | --- | ---: |",
    ]
    for r in rows:
        cur = current.get((r["metric"], r["channel"]))
        cur_text = fmt(cur[0], "rate", style="brief") if cur else "none"
        out.append(
            f"| {label(r['metric'])} | {_md(r['channel'])} | {cur_text} | "
            f"{fmt(r['value'], 'rate', style='brief')} | {fmt(r['ci_low'], 'rate', style='brief')} "
            f"to {fmt(r['ci_high'], 'rate', style='brief')} | {r['n_campaigns']} |"
        )
    out.append("")
    return out


def _pre_read(
    info: CampaignInfo,
    stages: dict[str, StageResult],
    currency: str,
    lessons: Sequence[str],
    recalibrated: Sequence[dict[str, Any]] | None,
    current: dict[tuple[str, str | None], tuple[float, str | None]],
) -> str:
    out = [f"# Pre-read: {_md(info.name)} ({_md(info.campaign_id)})", ""]
    out += [
        f"Campaign dates: {dates(info)}; channels: {_md(', '.join(info.channels)) or 'n/a'}.",
        "",
    ]
    out += _notes_and_brief(info, stages)
    crit = stages.get("success_criteria")
    if crit is not None:
        out += ["## Success criteria", ""]
        out += [f"- {_md(f.statement)}" for f in crit.findings] or ["- No pre-launch targets."]
        out.append("")
    diag = diagnosis(stages)
    if stages.get("funnel_review") is not None:
        out += [
            "## Funnel",
            "",
            (
                f"Diagnosis: the {diag['layer']} layer. {_md(diag.get('statement', ''))}"
                if diag.get("layer")
                else f"Diagnosis: {_md(diag.get('statement', '')) or 'n/a'}"
            ),
            "",
        ]
    ins = stages.get("insights")
    if ins is not None:
        out += ["## Insights", ""]
        out += [f"- {_md(f.statement)}" for f in ins.findings[:5]] or [
            "- No segment differed from the rest by a statistically sound margin."
        ]
        out.append("")
    if stages.get("timeline") is not None:
        events = stage_events(stages)
        out += ["## Timeline", "", f"{len(events)} events; the ones to look at:", ""]
        for e in events:
            if e["kind"] in ("launch", "end") and e["source"] == "inferred":
                continue
            source = "recorded" if e["source"] == "recorded" else "read from the data"
            shown = str(e.get("data") or "").rstrip(".")
            seen = f" (the data shows it: {_md(shown[:1].lower() + shown[1:])})" if shown else ""
            out.append(f"- {day(e['ts'])} ({source}, {e['kind']}): {_md(e['description'])}{seen}")
        out.append("")
    c = proposed_change(stages)
    if c:
        out += ["## Proposed change", "", change_text(c, currency), "", status_line(), ""]
    if lessons:
        out += [
            "## Proposed playbook entry",
            "",
            "What the knowledge base keeps from this post-mortem when it is saved (`debrief kb "
            "playbook` finds it by channel and problem):",
            "",
        ]
        out += [f"- {_md(t)}" for t in lessons]
        out.append("")
    if recalibrated is not None:
        out += _recalibration(info, recalibrated, current)
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


#: The prompts of a flight with no layer below its references: none presumes a diagnosed problem.
_NO_SHORTFALL: tuple[tuple[str, str], ...] = tuple(
    (
        block,
        "Which layer would we read first if the next flight's numbers moved, and which "
        "reference (a target, a benchmark, the team's other campaigns) would tell us?"
        if "diagnosed layer" in text
        else "If we could change one thing in how the next campaign is set up, which one "
        "would we expect to move its numbers, and how will we know in the next review?"
        if "diagnosed metric" in text
        else text,
    )
    for block, text in PROMPTS
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
    prompts = PROMPTS if diagnosis(stages).get("layer") else _NO_SHORTFALL
    for block, text in prompts:
        blocks.setdefault(block, []).extend([*specific.pop(block, []), text])
    for block, texts in blocks.items():
        out += [f"## {block}", ""]
        out += [f"- {_md(t)}" for t in texts]
        out.append("")
    return "\n".join(out)


def facilitation_pack(
    info: CampaignInfo,
    stages: dict[str, StageResult],
    *,
    currency: str = "USD",
    facilitators: Sequence[str] = (),
    lessons: Sequence[str] = (),
    recalibrated: Sequence[dict[str, Any]] | None = None,
    benchmarks: dict[tuple[str, str | None], tuple[float, str | None]] | None = None,
) -> dict[str, str]:
    """``{"agenda.md", "facilitator-guide.md", "pre-read.md", "prompts.md"}``.

    ``facilitators``: the rotation from settings; ``lessons``: the playbook entry the knowledge
    base will keep; ``recalibrated``: rows of :func:`debrief.kb.benchmarks.recalibrate` (None: not
    computed, the section is left out); ``benchmarks``: the references in use, by (metric,
    channel)."""
    assert_observational(text for _, text in PROMPTS + _NO_SHORTFALL)
    guide = facilitator_guide(info, stages, facilitators, currency)
    assert_observational([guide])
    return {
        "agenda.md": _agenda(info, stages, currency),
        "facilitator-guide.md": guide,
        "pre-read.md": _pre_read(info, stages, currency, lessons, recalibrated, benchmarks or {}),
        "prompts.md": _prompts(stages),
    }
