"""The next campaign's brief: what it is, how it will be judged, and what earlier campaigns taught.

``build_brief(ws, kb, campaign_id, ...)`` fills the brief from, in order of precedence: what the
caller passes (the command's options), the campaign's row in the workspace (``campaigns``,
``budgets`` and ``targets``, when the campaign is already planned there), and the campaign template
(``--template NAME``, else the template the campaign was briefed from before, else the most recently
updated template for the campaign's objective). Each field says where it came from.

It carries, each with where it came from (post-mortem report id, campaign, date):

* every **agreed** change (status agreed or done; proposed and dropped ones are not commitments)
  whose channels share one with the brief's channels, or whose campaign had the same objective or
  audience — with the result measured so far, when the loop has measured it;
* every playbook entry of the same channels, objective or audience (the change entries are left
  out: the change is carried above, with its status);
* the template's standing practices (applied template updates), and the updates still proposed.

Success criteria come with benchmark-based suggestions (:mod:`debrief.brief.plan`); the
post-mortem is dated in the one-to-two-week window after the planned end, on a business day
(:func:`debrief.cycle.schedule.postmortem_date`), with its pre-read and the public holidays of the
campaign and its window (``summary.country``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from debrief.brief.carried import campaign_rows
from debrief.brief.carried import learned as carried_items
from debrief.brief.plan import DEFAULT_CRITERIA, channel_plan, criteria_rows
from debrief.cycle import schedule
from debrief.errors import UserError
from debrief.kb.templates import get_template, template_for, templates_of
from debrief.metrics.catalogue import direction as metric_direction
from debrief.numbers import money
from debrief.period import as_date, business_days_between, public_holidays
from debrief.postmortem import with_learned
from debrief.postmortem.campaign import CampaignInfo, campaign_targets
from debrief.postmortem.measures import METRICS, canonical_metric
from debrief.postmortem.references import load_references
from debrief.query import frame
from debrief.results import jsonable
from debrief.schema import normalise_channel
from debrief.wording.language import assert_observational

if TYPE_CHECKING:
    from debrief.config import Settings
    from debrief.kb.store import KnowledgeBase
    from debrief.workspace import Workspace

__all__ = ["Brief", "build_brief"]


@dataclass(frozen=True)
class Brief:
    """A campaign brief (see the module docstring). ``sources`` says where each field came
    from; list fields hold plain dicts so the brief stores as JSON and renders again from it."""

    campaign_id: str
    name: str
    start: dt.date
    end: dt.date
    written_on: dt.date
    currency: str = "USD"
    owner: str | None = None
    objective: str | None = None
    audience: str | None = None
    offer: str | None = None
    channels: tuple[str, ...] = ()
    budget: float | None = None
    channel_budgets: dict[str, float] = field(default_factory=dict)
    template: str | None = None
    template_version: int | None = None
    sources: dict[str, str] = field(default_factory=dict)
    criteria: list[dict[str, Any]] = field(default_factory=list)
    postmortem: dict[str, Any] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)
    lessons: list[dict[str, Any]] = field(default_factory=list)
    practices: list[dict[str, Any]] = field(default_factory=list)
    pending_updates: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = jsonable(dataclasses.asdict(self))
        d["postmortem_on"] = d["postmortem"].get("on")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Brief:
        """A stored brief (:meth:`to_dict`) as a :class:`Brief`, to render it again."""
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in d.items() if k in names}
        for k in ("start", "end", "written_on"):
            values[k] = dt.date.fromisoformat(values[k])
        values["channels"] = tuple(values.get("channels") or ())
        return cls(**values)


def _planned_budgets(ws: Workspace, campaign_id: str) -> dict[str, float]:
    """Planned spend of the campaign by channel, over every month (``budgets`` rows)."""
    t = ws.optional("budgets")
    if t is None or "campaign_id" not in t.columns or "channel" not in t.columns:
        return {}
    t = t.filter((t.campaign_id == campaign_id) & t.channel.notnull())
    df = frame(t.group_by("channel").aggregate(planned=t.planned_spend.sum()))
    return {str(r["channel"]): float(r["planned"]) for r in df.to_dict("records")}


def _delivered_channels(ws: Workspace, campaign_id: str) -> list[str]:
    out: list[str] = []
    for name in ("ad_performance", "leads"):
        t = ws.optional(name)
        if t is None or "campaign_id" not in t.columns or "channel" not in t.columns:
            continue
        df = frame(t.filter(t.campaign_id == campaign_id).select("channel").distinct())
        out += [str(c) for c in df["channel"].dropna() if str(c) not in out]
    return sorted(out)


def _pick_template(
    kb: KnowledgeBase | None, wanted: str | None, campaign_id: str, objective: str | None
) -> tuple[dict[str, Any] | None, str | None]:
    """The template and why it was chosen (None when there is none to use)."""
    if kb is None:
        if wanted:
            raise UserError(
                f"No knowledge base, so no template {wanted!r}",
                fix="create it with `debrief kb template save NAME ...` (see docs/brief.md)",
            )
        return None, None
    if wanted:
        t = get_template(kb, wanted)
        if t is None:
            names = ", ".join(x["name"] for x in templates_of(kb)) or "none yet"
            raise UserError(
                f"No campaign template named {wanted!r}",
                fix=f"templates: {names}; create one with `debrief kb template save NAME ...`",
            )
        return t, "--template"
    return template_for(kb, campaign_id, objective)


def _csv(text: Any) -> list[str]:
    if text is None:
        return []
    items = text if isinstance(text, list | tuple) else str(text).split(",")
    return [s for s in (normalise_channel(str(x)) for x in items) if s]


def build_brief(
    ws: Workspace,
    kb: KnowledgeBase | None,
    campaign_id: str,
    *,
    settings: Settings,
    today: dt.date,
    template: str | None = None,
    name: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    channels: list[str] | None = None,
    budget: dict[str, float] | float | None = None,
    objective: str | None = None,
    audience: str | None = None,
    offer: str | None = None,
    owner: str | None = None,
) -> Brief:
    """The brief of ``campaign_id`` (see the module docstring). Raises :class:`UserError` when
    the campaign is neither in the workspace nor given a start date, or names an unknown
    template."""
    cur = settings.currency
    row = campaign_rows(ws).get(campaign_id, {})
    sources: dict[str, str] = {}
    notes: list[str] = []
    tpl, why = _pick_template(kb, template, campaign_id, objective or row.get("objective"))
    tpl_label = f"template {tpl['name']} v{tpl['version']}" if tpl else ""

    def pick(key: str, given: Any, from_row: Any, from_tpl: Any = None) -> Any:
        for value, src in ((given, "given"), (from_row, "campaigns table"), (from_tpl, tpl_label)):
            if value not in (None, "", [], ()):
                sources[key] = src
                return value
        return None

    objective = pick("objective", objective, row.get("objective"), (tpl or {}).get("objective"))
    audience = pick("audience", audience, row.get("audience"), (tpl or {}).get("audience"))
    offer = pick("offer", offer, row.get("offer"), (tpl or {}).get("offer"))
    owner = pick("owner", owner, row.get("owner"))
    name = pick("name", name, row.get("name")) or campaign_id

    # dates: given, else the campaign's row, else the template's length from the start
    start = pick("start", start, as_date(row["start_date"]) if row.get("start_date") else None)
    if start is None:
        raise UserError(
            f"Campaign {campaign_id!r} is not in the workspace's campaigns table",
            fix="give its dates with --start YYYY-MM-DD (and --end, or a template with a length)",
        )
    end = pick("end", end, as_date(row["end_date"]) if row.get("end_date") else None)
    if end is None and tpl and tpl.get("duration_days"):
        end = start + dt.timedelta(days=int(tpl["duration_days"]) - 1)
        sources["end"] = f"{tpl_label} ({tpl['duration_days']} days)"
    if end is None:
        raise UserError(
            f"No end date for campaign {campaign_id!r}",
            fix="give --end YYYY-MM-DD, or a template with a length (duration_days)",
        )
    if end < start:
        raise UserError(f"The campaign ends ({end}) before it starts ({start})", fix="check --end")

    # channels and budget
    planned = _planned_budgets(ws, campaign_id)
    given_split = budget if isinstance(budget, dict) else {}
    chans = _csv(channels) or sorted(given_split)
    if chans:
        sources["channels"] = "given"
    else:
        for found, src in (
            (sorted(planned), "budgets table"),
            (_delivered_channels(ws, campaign_id), "delivery rows"),
            (_csv((tpl or {}).get("channels")), tpl_label),
            (_csv(row.get("channel")), "campaigns table (main channel)"),
        ):
            if found:
                chans, sources["channels"] = list(found), src
                break
    split: dict[str, float] = {}
    if given_split:
        split = {normalise_channel(k) or k: float(v) for k, v in given_split.items()}
        sources["budget"] = "given"
    elif planned:
        split, sources["budget"] = planned, "budgets table"
    total: float | None
    if isinstance(budget, int | float):
        total, sources["budget"] = float(budget), "given"
    elif split:
        total = float(sum(split.values()))
    else:
        total = float(row["budget"]) if row.get("budget") is not None else None
        if total is not None:
            sources["budget"] = "campaigns table"
    if not split and total is not None and len(chans) == 1:
        split = {chans[0]: total}
    if total is not None and not split and len(chans) > 1:
        notes.append(
            f"The budget ({money(total, cur)}) is not split by channel, so volumes cannot be "
            "suggested: add budgets rows with this campaign_id, or --budget channel=amount,..."
        )
    extra = sorted(set(split) - set(chans))
    if extra:
        chans = sorted(set(chans) | set(extra))

    # success criteria: the workspace's pre-launch targets, the template's, else by objective
    wanted: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()

    def want(metric: str, channel: str | None, target: Any, direction: Any, src: str) -> None:
        m = canonical_metric(metric)
        key = (m, normalise_channel(channel))
        if key in seen:
            return
        seen.add(key)
        wanted.append(
            {
                "metric": m,
                "channel": key[1],
                "target": float(target) if target is not None else None,
                "target_from": src if target is not None else None,
                "direction": metric_direction(m, direction),
            }
        )

    for t in campaign_targets(ws, campaign_id) if row else []:
        want(t["metric"], t["channel"], t["target"], t["direction"], "targets table")
    for c in (tpl or {}).get("criteria") or []:
        want(c["metric"], c.get("channel"), c.get("target"), c.get("direction"), tpl_label)
    if not wanted:
        for m in DEFAULT_CRITERIA.get(objective, DEFAULT_CRITERIA[None]):
            want(m, None, None, None, "")
        notes.append(
            "No success criteria were set for this campaign or its template: the criteria listed "
            f"are the usual ones for objective {objective or 'unknown'}; a target is the team's "
            "to set."
        )

    info = CampaignInfo(
        campaign_id, name, start, end, objective, owner, audience, offer, tuple(chans)
    )
    learned = kb.benchmark_rows() if kb is not None else []
    refs = with_learned(load_references(ws, info, list(METRICS), today), learned, today)
    plans = {ch: channel_plan(ch, split[ch], refs, cur) for ch in chans if ch in split}
    criteria = criteria_rows(wanted, plans, refs, cur)

    # the post-mortem, in the window after the planned end, on a business day
    country = settings.summary.country or None
    meeting = schedule.postmortem_date(end, settings)
    window_end = end + dt.timedelta(days=settings.postmortem.window_days)
    postmortem = {
        "on": meeting,
        "pre_read": schedule.meeting_pre_read(meeting, settings),
        "window_start": end + dt.timedelta(days=1),
        "window_end": window_end,
        "days_after_end": (meeting - end).days,
        "business_days": business_days_between(start - dt.timedelta(days=1), end, country),
        "days": (end - start).days + 1,
        "holidays": [
            {"date": d, "name": n} for d, n in public_holidays(start, window_end, country)
        ],
        "country": country,
    }

    changes, lessons, practices, pending = carried_items(
        kb, ws, chans, objective, audience, tpl, campaign_id
    )
    if kb is None:
        notes.append("No knowledge base: no earlier change or lesson can be carried.")
    if tpl is not None and why:
        sources["template"] = why
    elif tpl is None and kb is not None:
        notes.append(
            "No campaign template applies: `debrief kb template save NAME --objective ...` "
            "creates one, and later post-mortems propose updates to it."
        )
    assert_observational(notes)
    return Brief(
        campaign_id=campaign_id,
        name=str(name),
        start=start,
        end=end,
        written_on=today,
        currency=cur,
        owner=owner,
        objective=objective,
        audience=audience,
        offer=offer,
        channels=tuple(chans),
        budget=total,
        channel_budgets=split,
        template=tpl["name"] if tpl else None,
        template_version=int(tpl["version"]) if tpl else None,
        sources=sources,
        criteria=criteria,
        postmortem=postmortem,
        changes=changes,
        lessons=lessons,
        practices=practices,
        pending_updates=pending,
        notes=notes,
    )
