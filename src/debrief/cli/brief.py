"""CLI: ``debrief brief`` (the next campaign's brief) and ``debrief kb template ...`` (campaign
templates and the updates post-mortems propose to them).

Thin wrappers over :mod:`debrief.brief` and :mod:`debrief.kb.templates`. ``template_app`` is added
to ``kb_app`` in ``cli/main.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from debrief.cli.common import (
    DEFAULT_WS,
    AsOfOpt,
    KbOpt,
    WorkspaceOpt,
    clean_errors,
    cli_errors,
    echo_paths,
)
from debrief.errors import UserError

__all__ = ["brief_command", "template_app"]

template_app = typer.Typer(
    help="Campaign templates: what a brief is prefilled from, and what post-mortems propose.",
    no_args_is_help=True,
)


def _day(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{option} must be a date YYYY-MM-DD, not {text!r}", where=option) from None


def _budget(text: str | None) -> dict[str, float] | float | None:
    """``40000`` (the whole campaign) or ``paid_social=30000,email=6000`` (by channel)."""
    if not text:
        return None
    try:
        if "=" not in text:
            return float(text)
        out: dict[str, float] = {}
        for part in text.split(","):
            channel, amount = part.split("=", 1)
            out[channel.strip()] = float(amount)
        return out
    except ValueError:
        raise UserError(
            f"--budget must be an amount or channel=amount,... not {text!r}",
            where="--budget",
            fix="e.g. --budget 40000 or --budget paid_social=30000,email=6000",
        ) from None


def _url(kb: str | None, workspace: str) -> str:
    from debrief.kb import default_kb_url

    return kb or default_kb_url(workspace)


def brief_command(
    campaign_id: Annotated[str, typer.Argument(help="The campaign to brief (new or planned).")],
    template: Annotated[
        str | None, typer.Option(help="Campaign template to prefill from (kb template list).")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Folder for brief.md/.html/.json.")] = None,
    start: Annotated[str | None, typer.Option(help="First day, when not in campaigns.")] = None,
    end: Annotated[
        str | None, typer.Option(help="Last day (default: the template's length).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="The campaign's name.")] = None,
    channels: Annotated[str | None, typer.Option(help="Comma-separated channels.")] = None,
    budget: Annotated[
        str | None, typer.Option(help="Total budget, or channel=amount,... by channel.")
    ] = None,
    objective: Annotated[str | None, typer.Option(help="awareness, engagement, leads...")] = None,
    audience: Annotated[str | None, typer.Option(help="Who the campaign is for.")] = None,
    offer: Annotated[str | None, typer.Option(help="What it offers.")] = None,
    owner: Annotated[str | None, typer.Option(help="Who owns it.")] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    config: Annotated[Path | None, typer.Option(help="Settings YAML.")] = None,
    as_of: AsOfOpt = None,
    kb: KbOpt = None,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Store the brief in the knowledge base.")
    ] = True,
) -> None:
    """Write the next campaign's brief: prefilled from a template, with the changes agreed in
    earlier post-mortems and the playbook entries that apply to its channels."""
    from debrief.brief import build_brief, items_of, to_html, to_markdown
    from debrief.engine import load_settings
    from debrief.kb import KnowledgeBase, save_brief
    from debrief.render import write_files
    from debrief.workspace import Workspace

    with clean_errors():
        settings = load_settings(config)
        today = _day(as_of, "--as-of") or dt.date.today()
        url = _url(kb, workspace)
        store = KnowledgeBase.open(url, create=save)
        try:
            with Workspace.open(workspace, read_only=True) as ws:
                b = build_brief(
                    ws,
                    store,
                    campaign_id,
                    settings=settings,
                    today=today,
                    template=template,
                    name=name,
                    start=_day(start, "--start"),
                    end=_day(end, "--end"),
                    channels=channels.split(",") if channels else None,
                    budget=_budget(budget),
                    objective=objective,
                    audience=audience,
                    offer=offer,
                    owner=owner,
                )
            folder = out or Path("debrief-out") / f"brief-{campaign_id}"
            doc = b.to_dict()
            written = write_files(
                folder,
                {
                    "brief.md": to_markdown(b),
                    "brief.html": to_html(b),
                    "brief.json": json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                },
            )
            bid = save_brief(store, doc, items_of(b), today) if save and store else None
        finally:
            if store is not None:
                store.close()
    typer.echo(
        f"Brief for {b.name} ({b.campaign_id}), {b.start} to {b.end}: {len(b.criteria)} "
        f"success criteria, {len(b.changes)} agreed changes and {len(b.lessons)} lessons carried; "
        f"post-mortem on {b.postmortem['on']}."
    )
    for c in b.changes:
        typer.echo(
            f"  change {c['change_id']} [{c['status']}] from post-mortem {c['source_report_id']} "
            f"of {c['source_campaign_id']} ({c['source_on']}): {c['title']}"
        )
    echo_paths(dict(written))
    if bid is not None:
        typer.echo(f"Saved to the knowledge base as brief {bid} ({url}).")


def _open(kb: str | None, workspace: str, create: bool = False):
    from debrief.kb import KnowledgeBase

    store = KnowledgeBase.open(_url(kb, workspace), create=create)
    if store is None:
        raise UserError(
            f"No knowledge base at {_url(kb, workspace)}",
            fix="run `debrief postmortem` or `debrief kb template save` first",
        )
    return store


def _show(t: dict) -> None:
    typer.echo(f"{t['name']} (version {t['version']}, updated {t['updated_on']})")
    for key in ("objective", "audience", "offer", "duration_days", "notes"):
        if t.get(key) not in (None, ""):
            typer.echo(f"  {key}: {t[key]}")
    if t.get("channels"):
        typer.echo(f"  channels: {', '.join(t['channels'])}")
    for c in t.get("criteria") or []:
        on = f" on {c['channel']}" if c.get("channel") else ""
        tgt = f" target {c['target']}" if c.get("target") is not None else ""
        typer.echo(f"  criterion: {c['metric']}{on}{tgt}")
    for p in t.get("practices") or []:
        typer.echo(
            f"  practice: {p.get('text')} (post-mortem {p.get('report_id')} of "
            f"{p.get('campaign_id')}, {p.get('on')})"
        )


@template_app.command("list")
@cli_errors
def template_list(workspace: WorkspaceOpt = DEFAULT_WS, kb: KbOpt = None) -> None:
    """Every campaign template."""
    from debrief.kb import templates_of

    with clean_errors():
        store = _open(kb, workspace)
        try:
            rows = templates_of(store)
        finally:
            store.close()
    if not rows:
        typer.echo("No campaign template yet: `debrief kb template save NAME ...` creates one.")
    for t in rows:
        typer.echo(
            f"{t['name']:<24} v{t['version']:<3} {t['objective'] or '':<11} "
            f"{', '.join(t['channels'])}"
        )


@template_app.command("show")
@cli_errors
def template_show(
    name: Annotated[str, typer.Argument(help="Template name.")],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """One template, with its practices and the updates proposed to it."""
    from debrief.kb import get_template, template_updates_of

    with clean_errors():
        store = _open(kb, workspace)
        try:
            t = get_template(store, name)
            ups = template_updates_of(store, name, "proposed")
        finally:
            store.close()
        if t is None:
            raise UserError(f"No campaign template named {name!r}", fix="see `kb template list`")
    _show(t)
    for u in ups:
        typer.echo(f"  proposed update {u['id']} ({u['field']}): {json.dumps(u['value'])}")


@template_app.command("save")
@cli_errors
def template_save(
    name: Annotated[str, typer.Argument(help="Template name (created, or edited: version + 1).")],
    from_campaign: Annotated[
        str | None,
        typer.Option(
            help="Start from a campaign: its objective, audience, offer, channels, "
            "length and success-criteria metrics."
        ),
    ] = None,
    objective: Annotated[str | None, typer.Option(help="awareness, engagement, leads...")] = None,
    audience: Annotated[str | None, typer.Option()] = None,
    offer: Annotated[str | None, typer.Option()] = None,
    channels: Annotated[str | None, typer.Option(help="Comma-separated channels.")] = None,
    days: Annotated[int | None, typer.Option(help="Typical length in days.")] = None,
    criteria: Annotated[
        str | None,
        typer.Option(help="Success criteria: metric[@channel][=target],... e.g. cpl=90,ctr@email"),
    ] = None,
    notes: Annotated[str | None, typer.Option()] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Create or edit a campaign template."""
    from debrief.kb import save_template
    from debrief.schema import OBJECTIVES

    with clean_errors():
        today = _day(as_of, "--as-of") or dt.date.today()
        fields: dict = {}
        if from_campaign:
            fields = _from_campaign(workspace, from_campaign)
        if objective is not None and objective not in OBJECTIVES:
            raise UserError(
                f"Unknown objective {objective!r}",
                where="--objective",
                fix=f"one of {', '.join(OBJECTIVES)}",
            )
        given = {
            "objective": objective,
            "audience": audience,
            "offer": offer,
            "channels": _channels(channels),
            "duration_days": days,
            "criteria": _criteria(criteria),
            "notes": notes,
        }
        fields.update({k: v for k, v in given.items() if v is not None})
        store = _open(kb, workspace, create=True)
        try:
            t = save_template(store, name, today, **fields)
        finally:
            store.close()
    _show(t)


def _channels(text: str | None) -> list[str] | None:
    from debrief.schema import normalise_channel

    if text is None:
        return None
    return [c for c in (normalise_channel(x) for x in text.split(",")) if c]


def _criteria(text: str | None) -> list[dict] | None:
    from debrief.postmortem.measures import METRICS, canonical_metric
    from debrief.schema import normalise_channel

    if text is None:
        return None
    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        head, _, target = part.partition("=")
        metric, _, channel = head.partition("@")
        m = canonical_metric(metric)
        if m not in METRICS:
            raise UserError(
                f"Unknown metric {metric!r} in --criteria",
                where="--criteria",
                fix=f"metrics: {', '.join(sorted(METRICS))}",
            )
        try:
            value = float(target) if target else None
        except ValueError:
            raise UserError(
                f"Target {target!r} of {metric} is not a number", where="--criteria"
            ) from None
        out.append({"metric": m, "channel": normalise_channel(channel or None), "target": value})
    return out


def _from_campaign(workspace: str, campaign_id: str) -> dict:
    """A template's fields from a campaign of the workspace (targets' metrics, not their values:
    volumes scale with budget, and a brief suggests values from benchmarks)."""
    from debrief.postmortem.campaign import campaign_targets, load_campaign
    from debrief.workspace import Workspace

    with Workspace.open(workspace, read_only=True) as ws:
        info = load_campaign(ws, campaign_id)
        targets = campaign_targets(ws, campaign_id)
    return {
        "objective": info.objective,
        "audience": info.audience,
        "offer": info.offer,
        "channels": list(info.channels),
        "duration_days": (info.end - info.start).days + 1,
        "criteria": [{"metric": t["metric"], "channel": t["channel"]} for t in targets],
        "notes": f"Started from campaign {campaign_id}.",
    }


@template_app.command("updates")
@cli_errors
def template_updates(
    status: Annotated[
        str | None, typer.Option(help="Only proposed, applied or dismissed updates.")
    ] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """What post-mortems proposed to change in the templates."""
    from debrief.kb import template_updates_of

    with clean_errors():
        store = _open(kb, workspace)
        try:
            rows = template_updates_of(store, status=status)
        finally:
            store.close()
    for u in rows:
        typer.echo(
            f"{u['id']:>4} [{u['status']}] {u['template']}: {u['field']} "
            f"{json.dumps(u['value'], ensure_ascii=False)} (post-mortem {u['report_id']} of "
            f"{u['campaign_id']}, {u['proposed_on']})"
        )
        if u.get("reason"):
            typer.echo(f"       {u['reason']}")


def _decide(update_id: int, status: str, workspace: str, kb: str | None, as_of: str | None):
    from debrief.kb import decide_update

    with clean_errors():
        today = _day(as_of, "--as-of") or dt.date.today()
        store = _open(kb, workspace)
        try:
            t = decide_update(store, update_id, status, today)
        finally:
            store.close()
    typer.echo(f"Update {update_id} {status}.")
    _show(t)


@template_app.command("apply")
@cli_errors
def template_apply(
    update_id: Annotated[int, typer.Argument(help="Update id (kb template updates).")],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Apply an update a post-mortem proposed (the template's version goes up by one)."""
    _decide(update_id, "applied", workspace, kb, as_of)


@template_app.command("dismiss")
@cli_errors
def template_dismiss(
    update_id: Annotated[int, typer.Argument(help="Update id (kb template updates).")],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Dismiss an update a post-mortem proposed."""
    _decide(update_id, "dismissed", workspace, kb, as_of)
