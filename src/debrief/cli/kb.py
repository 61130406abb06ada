"""CLI: ``debrief postmortem``, ``debrief due``, ``debrief benchmarks`` and ``debrief kb ...``.

Thin wrappers: parse options, call the post-mortem engine or the knowledge base, print. The lead
registers ``postmortem_command``, ``due_command``, ``benchmarks_command`` and ``kb_app`` in
``cli/main.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from debrief.cli.common import (
    DEFAULT_WS,
    AsOfOpt,
    KbOpt,
    WorkspaceOpt,
    check_outputs,
    clean_errors,
    cli_errors,
    echo_paths,
    progress,
)
from debrief.numbers import fmt

__all__ = ["benchmarks_command", "due_command", "kb_app", "postmortem_command"]

kb_app = typer.Typer(
    help="The knowledge base: past reports, changes, playbook.", no_args_is_help=True
)


def _as_of(text: str | None) -> dt.date:
    return dt.date.fromisoformat(text) if text else dt.date.today()


def _four(value: float | None) -> str:
    return fmt(value, "number", places=4)


def _kb_url(kb: str | None, workspace: str) -> str:
    from debrief.kb import default_kb_url

    return kb or default_kb_url(workspace)


@cli_errors
def postmortem_command(
    campaign_id: Annotated[str, typer.Argument(help="The campaign to review.")],
    workspace: WorkspaceOpt = DEFAULT_WS,
    out: Annotated[Path, typer.Option(help="Folder for the report and facilitation pack.")] = Path(
        "debrief-out"
    ),
    config: Annotated[Path | None, typer.Option(help="Settings YAML.")] = None,
    as_of: AsOfOpt = None,
    kb: KbOpt = None,
    keep_history: Annotated[
        bool, typer.Option("--keep-history", help="Keep earlier post-mortems of this campaign.")
    ] = False,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Store the report in the knowledge base.")
    ] = True,
) -> None:
    """Run a campaign post-mortem, write the report and facilitation pack, store it in the KB."""
    from debrief.engine import Request, load_settings, run
    from debrief.kb import KnowledgeBase, lessons_from_report, open_commitments_due
    from debrief.postmortem.campaign import load_campaign
    from debrief.render import write_report
    from debrief.workspace import Workspace

    with clean_errors():
        settings = load_settings(config)
        day = _as_of(as_of)
        request = Request(
            kind="post_mortem",
            workspace=workspace,
            campaign_id=campaign_id,
            settings=settings,
            as_of=day,
            progress=progress,
        )
        url = _kb_url(kb, workspace)
        typer.echo(f"Post-mortem {campaign_id} from {workspace}", err=True)
        with Workspace.open(workspace, read_only=True) as ws:
            check_outputs(out, url if save else None)  # before the work, not after it
            report = run(replace(request, kb=url), ws)
            info = load_campaign(ws, campaign_id)
            written = write_report(report, out, currency=settings.currency)
            if save:
                store = KnowledgeBase.open(url)
                assert store is not None
                try:
                    open_commitments_due(store, day, ws, record=True)
                    rid = store.save_report(
                        report,
                        keep_history=keep_history,
                        lessons=lessons_from_report(report, info.objective, info.audience),
                        as_of=day,
                        currency=settings.currency,
                    )
                    proposed = [c for c in store.changes("proposed") if c["report_id"] == rid]
                finally:
                    store.close()
    diag = report.stages["funnel_review"].tables["diagnosis"][0]
    typer.echo(f"Diagnosis: {diag['problem']}. {diag['statement']}")
    typer.echo("Report written:")
    shown: dict[str, object] = dict(written)
    echo_paths(shown)
    if save:
        typer.echo(f"Saved to the knowledge base as report {rid} ({url}).")
        for c in proposed:
            typer.echo(
                f"Change {c['id']} proposed: {c['title']}. Once the team agrees it in the meeting: "
                f"debrief kb change {c['id']} --status agreed"
            )


@cli_errors
def due_command(
    workspace: WorkspaceOpt = DEFAULT_WS,
    as_of: AsOfOpt = None,
    kb: KbOpt = None,
    config: Annotated[Path | None, typer.Option(help="Settings YAML.")] = None,
) -> None:
    """Campaigns that ended without a post-mortem, with the days left in the review window."""
    from debrief.engine import load_settings
    from debrief.kb import KnowledgeBase
    from debrief.kb.due import campaigns_due
    from debrief.workspace import Workspace

    with clean_errors():
        settings = load_settings(config)
        day = _as_of(as_of)
        store = KnowledgeBase.open(_kb_url(kb, workspace), create=False)
        done = store.post_mortem_campaigns() if store else set()
        if store:
            store.close()
        with Workspace.open(workspace, read_only=True) as ws:
            rows = campaigns_due(ws, day, done, settings.postmortem.window_days)
    if not rows:
        typer.echo(f"No campaign awaits a post-mortem as of {day.isoformat()}.")
        return
    for r in rows:
        left = r["days_left"]
        state = (
            f"{left} day{'s' if left != 1 else ''} left"
            if left >= 0
            else f"window closed {-left} day{'s' if left != -1 else ''} ago"
        )
        typer.echo(f"{r['campaign_id']:<16} ended {r['end_date']}  {state}  {r['name']}")


@cli_errors
def benchmarks_command(
    workspace: WorkspaceOpt = DEFAULT_WS,
    as_of: AsOfOpt = None,
    kb: KbOpt = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Write the new benchmarks to the knowledge base.")
    ] = False,
) -> None:
    """Recalibrate rate benchmarks per channel from the team's own campaigns (shrunk estimates)."""
    from debrief.kb import KnowledgeBase, recalibrate
    from debrief.workspace import Workspace

    with clean_errors():
        day = _as_of(as_of)
        with Workspace.open(workspace, read_only=True) as ws:
            rows = recalibrate(ws, day)
        typer.echo(f"{'metric':<20} {'channel':<22} {'value':>8} {'raw':>8} {'95% interval':>19} n")
        for r in rows:
            typer.echo(
                f"{r['metric']:<20} {r['channel']:<22} {_four(r['value']):>8} {_four(r['raw']):>8} "
                f"{_four(r['ci_low']):>9}-{_four(r['ci_high']):<9} {r['n_campaigns']}"
            )
        if apply:
            store = KnowledgeBase.open(_kb_url(kb, workspace))
            assert store is not None
            try:
                n = store.save_benchmarks(rows, day)
            finally:
                store.close()
            typer.echo(f"{n} benchmarks written to the knowledge base.")
        else:
            typer.echo("Dry run: add --apply to write them to the knowledge base.")


def _open_kb(kb: str | None, workspace: str):
    from debrief.kb import KnowledgeBase

    store = KnowledgeBase.open(_kb_url(kb, workspace), create=False)
    if store is None:
        raise FileNotFoundError(
            f"No knowledge base at {_kb_url(kb, workspace)}: run `debrief postmortem` first."
        )
    return store


@kb_app.command("list")
@cli_errors
def kb_list(workspace: WorkspaceOpt = DEFAULT_WS, kb: KbOpt = None) -> None:
    """Every stored report."""
    with clean_errors():
        store = _open_kb(kb, workspace)
        rows = store.list_reports()
        store.close()
    for r in rows:
        typer.echo(
            f"{r['id']:>4}  {r['kind']:<14} {r['campaign_id'] or '':<16} "
            f"{r['period_start']}..{r['period_end']}  {r['problem'] or ''}"
        )


@kb_app.command("show")
@cli_errors
def kb_show(
    report_id: Annotated[int, typer.Argument(help="Report id (from `kb list`).")],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """One stored report as JSON."""
    with clean_errors():
        store = _open_kb(kb, workspace)
        r = store.get_report(report_id)
        store.close()
        if r is None:
            raise KeyError(f"no report with id {report_id}")
    typer.echo(json.dumps(r["document"], indent=2))


@kb_app.command("search")
@cli_errors
def kb_search(
    text: Annotated[str, typer.Argument(help="Text to look for.")],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Findings, changes and lessons containing TEXT."""
    with clean_errors():
        store = _open_kb(kb, workspace)
        rows = store.search(text)
        store.close()
    for r in rows:
        body = r.get("statement") or r.get("title") or r.get("lesson")
        typer.echo(f"[{r['type']}] report {r['report_id']}: {body}")


@kb_app.command("playbook")
@cli_errors
def kb_playbook(
    channel: Annotated[str | None, typer.Option(help="Only lessons from this channel.")] = None,
    problem: Annotated[str | None, typer.Option(help="Only this problem class.")] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Playbook entries: what past campaigns teach."""
    from debrief.schema import normalise_channel

    with clean_errors():
        store = _open_kb(kb, workspace)
        rows = store.playbook_entries(normalise_channel(channel), problem)
        store.close()
    seen: set[tuple[str, str]] = set()
    for r in rows:
        key = (r["campaign_id"] or "", r["lesson"])
        if channel is None and key in seen:
            continue  # one line per lesson when not filtering by channel
        seen.add(key)
        typer.echo(f"{r['campaign_id'] or '':<16} [{r['problem'] or ''}] {r['lesson']}")


@kb_app.command("change")
@cli_errors
def kb_change(
    change_id: Annotated[int, typer.Argument(help="Change id (from `kb changes`).")],
    status: Annotated[
        str, typer.Option(help="agreed (after the meeting), done, dropped or proposed.")
    ],
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Agree a proposed change after the meeting, or mark it done or dropped."""
    with clean_errors():
        store = _open_kb(kb, workspace)
        try:
            store.set_change_status(change_id, status)
        finally:
            store.close()
    typer.echo(f"Change {change_id}: {status}.")


@kb_app.command("changes")
@cli_errors
def kb_changes(
    status: Annotated[
        str | None, typer.Option(help="Only proposed, agreed, done or dropped changes.")
    ] = None,
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
) -> None:
    """Every post-mortem's change with its status (proposed until agreed) and measured result."""
    with clean_errors():
        store = _open_kb(kb, workspace)
        rows = store.changes(status)
        store.close()
    for r in rows:
        res = r["result"]["statement"] if r["result"] else "not measured yet"
        typer.echo(f"{r['id']:>4} [{r['status']}] due {r['due']} {r['campaign_id']}: {r['title']}")
        typer.echo(f"       {res}")
