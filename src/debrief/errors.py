"""Errors a user can fix: the message is the whole story (what, where, the fix).

Raise :class:`UserError` (or a subclass: ``WorkspaceError``, ``ConfigError``, ``IngestError``,
``MappingError``, ``OutputError``, ``KnowledgeBaseError``) for anything the person running Debrief
can act on: a bad file, a path that cannot be written, a URL that cannot be reached, a lock held by
another process. The CLI prints it as one message and exits 1, never as a traceback
(:func:`debrief.cli.common.cli_errors`). Any other exception is a bug in Debrief: the CLI says so in
one line and ``--debug`` shows the traceback.

    raise OutputError(
        "cannot write the report: report.html is a folder",
        where="/reports/2026-10/report.html",
        fix="remove or rename that folder, or choose another --out",
    )
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix. ``str(exc)`` is what went wrong; ``where`` names the file
    (with line and column), path or URL; ``fix`` says what to do."""

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.where = where
        self.fix = fix

    def message(self) -> str:
        """The message as the CLI prints it: what, then where and the fix on their own lines."""
        lines = [str(self)]
        if self.where:
            lines.append(f"  where: {self.where}")
        if self.fix:
            lines.append(f"  fix: {self.fix}")
        return "\n".join(lines)


class OutputError(UserError):
    """An output (report folder, file) that cannot be written where it was asked for."""


class KnowledgeBaseError(UserError):
    """A knowledge-base URL that cannot be parsed, reached, opened or written."""


__all__ = ["KnowledgeBaseError", "OutputError", "UserError"]
