"""Helpers shared by CLI commands: option types, clean errors, progress lines.

**Every command reports failures the same way**: decorate it with :func:`cli_errors` (under
``@app.command(...)``). Then any failure ends in one message on stderr and a non-zero exit, never a
traceback:

* a :class:`debrief.errors.UserError` (``WorkspaceError``, ``IngestError``, ``OutputError``, ...)
  and the ``ValueError``/``KeyError``/``OSError`` Debrief raises on purpose print their message
  (what, where, the fix) and exit 1;
* anything else is a bug in Debrief: one line naming it and exit 3;
* Ctrl-C prints "interrupted" and exits 130; Typer's own usage errors exit 2;
* a closed output pipe (``debrief kb deliveries | head``) ends quietly with exit 141, like any
  Unix tool stopped by SIGPIPE.

``--debug`` (on each decorated command, or ``debrief --debug CMD``, or ``DEBRIEF_DEBUG=1``) shows
the traceback instead. ``with clean_errors():`` is the same handling as a context manager, for
code that must run after the guarded part.
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from debrief.workspace import DEFAULT_WORKSPACE

WorkspaceOpt = Annotated[
    str,
    typer.Option(
        "--workspace",
        "-w",
        help="DuckDB file, or an Ibis backend URL (duckdb://..., postgres://...).",
        envvar="DEBRIEF_WORKSPACE",
    ),
]
DEFAULT_WS = DEFAULT_WORKSPACE
KbOpt = Annotated[
    str | None,
    typer.Option(
        "--kb",
        help="Knowledge-base URL (default: debrief-kb.sqlite beside the workspace).",
        envvar="DEBRIEF_KB",
    ),
]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="As of this date, YYYY-MM-DD (default: today).")
]


def progress(text: str) -> None:
    """A progress line on stderr, so stdout stays clean for data."""
    print(f"  · {text}", file=sys.stderr, flush=True)


#: Exit codes: 1 the input or environment needs fixing, 2 usage (Typer), 3 a bug, 130 Ctrl-C,
#: 141 the reader of our output went away (``debrief kb deliveries | head``), as for any Unix tool
#: a SIGPIPE ends.
EXIT_USER, EXIT_BUG, EXIT_INTERRUPTED, EXIT_PIPE = 1, 3, 130, 141
_PACKAGE = str(Path(__file__).resolve().parents[1])
_debug = {"on": False}

F = TypeVar("F", bound=Callable[..., Any])


def debug_enabled() -> bool:
    """Whether failures show their traceback (``--debug`` or ``DEBRIEF_DEBUG=1``)."""
    return _debug["on"] or os.environ.get("DEBRIEF_DEBUG", "").strip() not in ("", "0")


def set_debug(on: bool) -> None:
    _debug["on"] = on


def _raised_by_debrief(exc: BaseException) -> bool:
    """Whether the innermost frame of ``exc`` is Debrief's own code (a deliberate ``raise``)."""
    tb = exc.__traceback__
    if tb is None:
        return True
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_filename.startswith(_PACKAGE)


def _is_cli_control(exc: BaseException) -> bool:
    """Exits and usage errors of Typer (and Click, which older Typer releases use)."""
    if isinstance(exc, typer.Exit | typer.Abort | SystemExit):
        return True
    return type(exc).__module__.split(".")[0] in ("click", "typer")


def explain(exc: BaseException) -> tuple[str, int]:
    """The one message and the exit code for ``exc``."""
    from debrief.errors import UserError
    from debrief.ingest.problems import IngestError

    if isinstance(exc, IngestError):
        return f"error: {exc}", EXIT_USER
    if isinstance(exc, UserError):
        return f"error: {exc.message()}", EXIT_USER
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted", EXIT_INTERRUPTED
    if isinstance(exc, MemoryError):
        return (
            "error: ran out of memory\n  fix: free memory or run on a machine with more, or "
            "use a warehouse workspace (--workspace postgres://...)",
            EXIT_USER,
        )
    if isinstance(exc, OSError) and exc.filename is not None and exc.strerror:
        return (
            f"error: {exc.strerror}\n  where: {exc.filename}\n"
            "  fix: check that the path exists, is of the right kind (file or folder) and that "
            "you may write there",
            EXIT_USER,
        )
    if isinstance(exc, KeyError) and _raised_by_debrief(exc):
        msg = exc.args[0] if exc.args else ""
        if isinstance(msg, str) and " " in msg:  # a sentence, not a bare key
            return f"error: {msg}", EXIT_USER
    elif isinstance(exc, ValueError | FileNotFoundError) and _raised_by_debrief(exc):
        return f"error: {exc}", EXIT_USER
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return (
        f"error: unexpected {type(exc).__name__}{': ' + detail[:300] if detail else ''}\n"
        "  This is a bug in Debrief. Run the command again with --debug to see the traceback, "
        "and report it with that output.",
        EXIT_BUG,
    )


def _stdout_closed() -> bool:
    """Whether the reader of stdout has gone away (True when it cannot be told)."""
    try:
        import select

        poll = select.poll()
        poll.register(sys.stdout.fileno(), select.POLLOUT)
        return any(ev & (select.POLLERR | select.POLLHUP) for _, ev in poll.poll(0))
    except (OSError, ValueError, AttributeError):
        return True


def _stdout_to_devnull() -> None:
    """The reader of stdout is gone (``| head`` has what it wanted): stop quietly. Point stdout
    at /dev/null so that Python's final flush does not complain about the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests capture it)
        pass


@contextmanager
def clean_errors() -> Iterator[None]:
    """Turn any failure into one clear message and a non-zero exit, not a traceback (see the
    module docstring); with ``--debug`` the exception propagates with its traceback."""
    try:
        yield
        sys.stdout.flush()  # a closed pipe shows here, not in Python's exit handler
    except BrokenPipeError as exc:
        if not _stdout_closed():  # a socket or child process, not our reader: report it
            if debug_enabled():
                raise
            message, code = explain(exc)
            typer.secho(message, fg=typer.colors.RED, err=True)
            raise typer.Exit(code) from None
        _stdout_to_devnull()
        raise typer.Exit(EXIT_PIPE) from None
    except BaseException as exc:
        if _is_cli_control(exc) or debug_enabled():
            raise
        message, code = explain(exc)
        typer.secho(message, fg=typer.colors.RED, err=True)
        raise typer.Exit(code) from None


DebugOpt = Annotated[
    bool,
    typer.Option("--debug", help="Show the traceback of a failure instead of one message."),
]


def cli_errors(fn: F) -> F:
    """Decorate a Typer command so every failure ends in one message and a non-zero exit, and
    give it a ``--debug`` option that shows the traceback instead. Put it under
    ``@app.command(...)``::

        @app.command("mmm")
        @cli_errors
        def mmm(month: str, workspace: WorkspaceOpt = DEFAULT_WS) -> None: ...
    """
    if getattr(fn, "__debrief_cli_errors__", False):
        return fn
    sig = inspect.signature(fn, eval_str=True)

    @functools.wraps(fn)
    def wrapper(*args: Any, debug: bool = False, **kwargs: Any) -> Any:
        before = _debug["on"]
        _debug["on"] = before or debug
        try:
            with clean_errors():
                return fn(*args, **kwargs)
        finally:
            _debug["on"] = before

    debug = inspect.Parameter(
        "debug", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=DebugOpt
    )
    params = [p for p in sig.parameters.values() if p.kind is not p.VAR_KEYWORD]
    wrapper.__signature__ = sig.replace(parameters=[*params, debug])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {
        **{p.name: p.annotation for p in params if p.annotation is not p.empty},
        "debug": DebugOpt,
    }
    wrapper.__debrief_cli_errors__ = True  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def check_outputs(out: str | Path | None = None, kb_url: str | None = None) -> None:
    """Before a long run: the report folder ``out`` can be written (it is not a file, no report
    file name in it is a folder) and the knowledge base at ``kb_url`` can be reached and
    written. Creates nothing; raises a UserError naming the path or URL and the fix."""
    if out is not None:
        from debrief.outputs import check_out_dir
        from debrief.render import FORMATS

        check_out_dir(out, [f"report.{f}" for f in FORMATS])
    if kb_url is not None:
        from debrief.kb import KnowledgeBase

        KnowledgeBase.check(kb_url)


def echo_paths(written: dict[str, object], say: Callable[[str], None] = typer.echo) -> None:
    """One line per file written; the files of a folder beside the report (charts/, tables/) as
    one line with their count."""
    folders: dict[str, list[object]] = {}
    for name, path in written.items():
        if "/" in name:
            folders.setdefault(name.split("/")[0] + "/", []).append(path)
        else:
            say(f"  {name:<14} {path}")
    for folder, paths in folders.items():
        say(f"  {folder:<14} {Path(str(paths[0])).parent} ({len(paths)} files)")
