"""A brief as Markdown and HTML, with the reports' conventions: every string from data or from the
knowledge base is escaped (:func:`debrief.render.markdown.md_escape`, :func:`html.escape`), the
HTML is one self-contained page in the reports' style (:data:`debrief.render.html.REPORT_CSS`).

:func:`brief_body` is the brief as an HTML fragment (what a web page can embed), :func:`to_html`
the whole page, :func:`to_markdown` the Markdown. They compute nothing: a stored brief
(``Brief.from_dict``) renders as the brief that was written.
"""

from __future__ import annotations

import html
from typing import Any

from debrief.brief.build import Brief
from debrief.postmortem.text import label, metric_text
from debrief.render.html import REPORT_CSS
from debrief.render.markdown import md_escape

__all__ = ["brief_body", "brief_sections", "to_html", "to_markdown"]

#: A section: its title, an introduction, table rows (column -> text) and a list of lines.
Section = dict[str, Any]


def _money(value: float | None, currency: str) -> str:
    return metric_text("spend", value, currency)


def _source(item: dict[str, Any]) -> str:
    """Where an earlier item came from: the post-mortem report, its campaign and date."""
    parts = []
    if item.get("source_report_id") is not None:
        parts.append(f"post-mortem {item['source_report_id']}")
    if item.get("source_campaign_id"):
        parts.append(f"of {item['source_campaign_id']}")
    if item.get("source_on"):
        parts.append(f"({item['source_on']})")
    return " ".join(parts) or "not recorded"


def _target(row: dict[str, Any], currency: str) -> str:
    if row.get("target") is None:
        return "to set"
    bound = "at most" if row.get("direction") == "max" else "at least"
    return f"{bound} {metric_text(row['metric'], row['target'], currency)}"


def brief_sections(b: Brief) -> list[Section]:
    """The brief's content, in reading order, as plain text (escaped by the renderers)."""
    cur = b.currency
    src = b.sources
    split = ", ".join(f"{ch} {_money(v, cur)}" for ch, v in sorted(b.channel_budgets.items()))
    campaign = [
        ("Objective", b.objective or "not set", src.get("objective")),
        ("Audience", b.audience or "not set", src.get("audience")),
        ("Offer", b.offer or "not set", src.get("offer")),
        ("Channels", ", ".join(b.channels) or "not set", src.get("channels")),
        (
            "Dates",
            f"{b.start} to {b.end} ({b.postmortem.get('days')} days, "
            f"{b.postmortem.get('business_days')} business days)",
            src.get("end") if src.get("end") != src.get("start") else src.get("start"),
        ),
        (
            "Budget",
            (_money(b.budget, cur) if b.budget is not None else "not set")
            + (f" ({split})" if split and len(b.channel_budgets) > 1 else ""),
            src.get("budget"),
        ),
        ("Owner", b.owner or "not recorded", src.get("owner")),
    ]
    if b.template:
        campaign.append(
            ("Template", f"{b.template} (version {b.template_version})", src.get("template"))
        )
    sections: list[Section] = [
        {
            "title": "The campaign",
            "rows": [{"": k, "value": v, "from": s or "—"} for k, v, s in campaign],
        }
    ]
    crit = [
        {
            "metric": r["label"],
            "channel": r.get("channel") or "campaign",
            "target": _target(r, cur),
            "target from": r.get("target_from") or "—",
            "suggested": metric_text(r["metric"], r.get("suggested"), cur),
            "suggestion basis": r.get("basis") or "—",
        }
        for r in b.criteria
    ]
    sections.append(
        {
            "title": "Success criteria",
            "intro": "Suggestions are what the plan reaches at the references: each channel's "
            "budget followed down the funnel at its benchmark rates and costs (n/a: a reference "
            "or the budget is missing).",
            "rows": crit,
        }
    )
    pm = b.postmortem
    hol = pm.get("holidays") or []
    lines = [
        f"Post-mortem on {pm.get('on')}, {pm.get('days_after_end')} days after the planned end "
        f"(window {pm.get('window_start')} to {pm.get('window_end')}); pre-read sent on "
        f"{pm.get('pre_read')}.",
        "Put it in the calendar now, with a facilitator who is not the campaign's owner.",
    ]
    if hol:
        days = "; ".join(f"{h['date']} {h['name']}" for h in hol)
        lines.append(
            f"Public holidays ({pm.get('country')}) in the campaign and its window: {days}."
        )
    elif pm.get("country"):
        lines.append(f"No public holiday ({pm.get('country')}) in the campaign or its window.")
    sections.append({"title": "Post-mortem", "lines": lines})
    sections.append(
        {
            "title": "Changes agreed in earlier post-mortems",
            "intro": "Each agreed change that applies to this campaign's channels, objective or "
            "audience. The campaign's own post-mortem measures each one again.",
            "rows": [
                {
                    "change": c["title"],
                    "status": c["status"],
                    "measure": (
                        f"{label(c['measure'])}: {metric_text(c['measure'], c.get('baseline'), cur)} → "
                        f"{metric_text(c['measure'], c.get('target'), cur)}"
                        if c.get("measure")
                        else "n/a"
                    ),
                    "owner": c.get("owner") or "n/a",
                    "from": _source(c),
                    "applies": "; ".join(c.get("applies") or []),
                    "measured so far": c.get("measured") or "not measured yet",
                }
                for c in b.changes
            ],
            "empty": "No agreed change applies to this campaign's channels, objective or audience.",
        }
    )
    sections.append(
        {
            "title": "Lessons from the playbook",
            "rows": [
                {
                    "lesson": x["lesson"],
                    "problem": x.get("problem") or "—",
                    "from": _source(x),
                    "applies": "; ".join(x.get("applies") or []),
                }
                for x in b.lessons
            ],
            "empty": "No playbook entry applies to this campaign's channels, objective or "
            "audience.",
        }
    )
    if b.template:
        sections.append(
            {
                "title": f"Standing practices of template {b.template}",
                "rows": [
                    {"practice": p.get("text", ""), "from": _source(_as_source(p))}
                    for p in b.practices
                ],
                "empty": "The template has no standing practice yet.",
                "lines": [
                    f"Proposed to the template, not applied yet (update {u['id']}): "
                    f"{_update_text(u)} — debrief kb template apply {u['id']}"
                    for u in b.pending_updates
                ],
            }
        )
    if b.notes:
        sections.append({"title": "Notes", "lines": list(b.notes)})
    return sections


def _as_source(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "source_report_id": p.get("report_id"),
        "source_campaign_id": p.get("campaign_id"),
        "source_on": p.get("on"),
    }


def _update_text(u: dict[str, Any]) -> str:
    v = u.get("value") or {}
    if u.get("field") == "criteria":
        on = f" on {v['channel']}" if v.get("channel") else ""
        return f"add a success criterion on {label(v.get('metric', ''))}{on}"
    return f"add the practice “{v.get('text', '')}”"


def _title(b: Brief) -> str:
    return f"Campaign brief — {b.name} ({b.campaign_id})"


def _meta(b: Brief) -> str:
    return f"Written {b.written_on} · {b.start} to {b.end}"


def to_markdown(b: Brief) -> str:
    """The brief as Markdown; every string is escaped."""
    out = [f"# {md_escape(_title(b))}", "", md_escape(_meta(b)), ""]
    for s in brief_sections(b):
        out += [f"## {md_escape(s['title'])}", ""]
        if s.get("intro"):
            out += [md_escape(s["intro"]), ""]
        rows = s.get("rows")
        if rows:
            cols = list(rows[0])
            out.append("| " + " | ".join(md_escape(c) for c in cols) + " |")
            out.append("|" + "|".join(" --- " for _ in cols) + "|")
            out += ["| " + " | ".join(md_escape(r[c]) for c in cols) + " |" for r in rows]
            out.append("")
        elif rows is not None and s.get("empty"):
            out += [f"_{md_escape(s['empty'])}_", ""]
        out += [f"- {md_escape(x)}" for x in s.get("lines") or []]
        if s.get("lines"):
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def brief_body(b: Brief) -> str:
    """The brief as an HTML fragment, title to last section; every string is escaped."""
    parts = [f"<h1>{_e(_title(b))}</h1>", f'<p class="meta">{_e(_meta(b))}</p>']
    for s in brief_sections(b):
        parts.append(f"<section><h2>{_e(s['title'])}</h2>")
        if s.get("intro"):
            parts.append(f'<p class="note">{_e(s["intro"])}</p>')
        rows = s.get("rows")
        if rows:
            cols = list(rows[0])
            head = "".join(f"<th>{_e(c)}</th>" for c in cols)
            body = "".join(
                "<tr>" + "".join(f"<td>{_e(r[c])}</td>" for c in cols) + "</tr>" for r in rows
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif rows is not None and s.get("empty"):
            parts.append(f'<p class="note">{_e(s["empty"])}</p>')
        if s.get("lines"):
            parts.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in s["lines"]) + "</ul>")
        parts.append("</section>")
    return "".join(parts)


def to_html(b: Brief) -> str:
    """The brief as one self-contained HTML page in the reports' style."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(_title(b))}</title><style>{REPORT_CSS}"
        "td{white-space:normal;vertical-align:top}</style></head>"
        f"<body><main>{brief_body(b)}</main></body></html>\n"
    )
