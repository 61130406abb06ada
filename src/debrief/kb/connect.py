"""Where a knowledge base is and how it is opened: its default URL beside the workspace, and one
clear :class:`~debrief.errors.KnowledgeBaseError` (naming the URL and the fix) for a URL that
cannot be parsed, a missing driver, a folder or read-only place, or a database that cannot be
reached."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa

from debrief.errors import KnowledgeBaseError

__all__ = [
    "KB_FILENAME",
    "check_sqlite_target",
    "default_kb_url",
    "engine_for",
    "kb_error",
    "sqlite_path",
]

KB_FILENAME = "debrief-kb.sqlite"


def default_kb_url(workspace: str) -> str:
    """``sqlite:///<dir>/debrief-kb.sqlite`` beside a DuckDB workspace file; in the current
    folder for a workspace URL that is not a local file (a warehouse)."""
    target = workspace
    if target.startswith("duckdb://"):
        target = target[len("duckdb://") :]
    if "://" in target or target in ("", ":memory:"):
        return f"sqlite:///{KB_FILENAME}"
    return f"sqlite:///{Path(target).resolve().parent / KB_FILENAME}"


def sqlite_path(url: str) -> str | None:
    """The file of a ``sqlite:///`` URL; None for other URLs and in-memory SQLite."""
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///") :].split("?", 1)[0]
    return path if path and path != ":memory:" else None


def check_sqlite_target(url: str, path: Path) -> None:
    """Say clearly why a SQLite KB at ``path`` could not be created or written; create nothing."""
    if path.is_dir():
        raise KnowledgeBaseError(
            f"the knowledge base {url} names a folder, not a file",
            where=str(path),
            fix="give a file name, e.g. sqlite:///reviews/debrief-kb.sqlite",
        )
    target = path.absolute()
    while not target.exists() and target.parent != target:
        target = target.parent
    if target != path.absolute() and not target.is_dir():
        raise KnowledgeBaseError(
            f"cannot create the knowledge base's folder: {target} is a file",
            where=str(path),
            fix="choose another --kb location",
        )
    need = os.W_OK | (os.X_OK if target.is_dir() else 0)
    if not os.access(target, need):
        raise KnowledgeBaseError(
            f"the knowledge base cannot be written: {target} is read-only",
            where=str(path),
            fix="choose a --kb location you may write to, or change its permissions",
        )


def engine_for(url: str) -> sa.Engine:
    """An engine for ``url``; a malformed URL or a missing driver is one clear message."""
    try:
        parsed = sa.engine.make_url(url)
    except (sa.exc.ArgumentError, ValueError):
        raise KnowledgeBaseError(
            f"{url!r} is not a knowledge-base URL",
            where=url,
            fix="give a database URL such as sqlite:///path/debrief-kb.sqlite or "
            "postgresql://user@host/db (or leave --kb out: the KB then sits beside the workspace)",
        ) from None
    try:
        return sa.create_engine(parsed, future=True)
    except (sa.exc.NoSuchModuleError, ModuleNotFoundError, ImportError) as exc:
        name = getattr(exc, "name", None) or str(exc).strip().splitlines()[0]
        raise KnowledgeBaseError(
            f"the knowledge base {parsed.render_as_string(hide_password=True)} needs a database "
            f"driver that is not installed ({name})",
            where=parsed.render_as_string(hide_password=True),
            fix="install the driver (for PostgreSQL: pip install 'debrief[postgres]', which "
            "brings psycopg) or use a sqlite:/// URL",
        ) from None
    except sa.exc.ArgumentError as exc:
        raise KnowledgeBaseError(
            f"cannot use the knowledge-base URL {url!r}: {str(exc).splitlines()[0]}",
            where=url,
            fix="check the URL's options",
        ) from None


def kb_error(url: str, exc: Exception) -> KnowledgeBaseError:
    """A database failure while opening the KB at ``url`` as one message."""
    shown = shown_url(url)
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    local = sqlite_path(url) is not None
    return KnowledgeBaseError(
        f"cannot open the knowledge base {shown}: {first}",
        where=shown,
        fix=(
            "check that the file is a Debrief knowledge base (SQLite) and that you may write it"
            if local
            else "check the URL, that the server is running and reachable, and the credentials"
        ),
    )


def shown_url(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
