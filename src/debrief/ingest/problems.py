"""Problems found while reading and validating files: errors refuse the ingest, warnings load.

A :class:`Problem` names the file, the line a person sees in an editor (header = line 1; for
Parquet and JSON Lines, the row number counted from 1), the column, the offending value, what is
wrong and its level. :class:`ProblemLog` collects every problem of an ingest and caps the listing
per (file, column, problem) so a 10-million-row file with one systematic mistake prints a readable
table and a count of the rest, while validation itself never stops at the first problem.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from debrief.errors import UserError

Level = Literal["error", "warning"]

#: Listed problems per (file, column, problem); the rest are counted.
DEFAULT_CAP = 50


@dataclass(frozen=True)
class Problem:
    """One problem at one place. ``line`` is None for whole-file or whole-column problems."""

    file: str
    line: int | None
    column: str | None
    value: str | None
    problem: str
    level: Level

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        col = f" [{self.column}]" if self.column else ""
        val = f" {self.value!r}:" if self.value is not None else ""
        return f"{self.level}: {where}{col}{val} {self.problem}"


@dataclass
class _Group:
    """Problems of one (file, column, problem, level): the first ``cap`` listed, the rest counted."""

    file: str
    column: str | None
    problem: str
    level: Level
    #: (row index in the file's table or None, value) for the listed ones.
    rows: list[tuple[int | None, str | None]] = field(default_factory=list)
    total: int = 0
    #: Maps row indices of the file's table to line numbers, resolved once at the end.
    line_of: Callable[[Sequence[int]], list[int]] | None = None


class ProblemLog:
    """Every problem of one ingest, capped per (file, column, problem) for listing."""

    def __init__(self, cap: int = DEFAULT_CAP) -> None:
        self.cap = cap
        self._groups: dict[tuple[str, str | None, str, str], _Group] = {}

    def add(
        self,
        file: str,
        column: str | None,
        problem: str,
        level: Level,
        rows: Iterable[tuple[int | None, object]] = ((None, None),),
        *,
        total: int | None = None,
        line_of: Callable[[Sequence[int]], list[int]] | None = None,
    ) -> None:
        """Record ``problem`` at ``rows`` ((row index, value) pairs, row index 0-based in the file).

        ``total`` is the number of occurrences when ``rows`` lists only the first few (vectorised
        callers pass the first ``cap`` and the count).
        """
        key = (file, column, problem, level)
        g = self._groups.get(key)
        if g is None:
            g = self._groups[key] = _Group(file, column, problem, level, line_of=line_of)
        listed = 0
        for row, value in rows:
            listed += 1
            if len(g.rows) < self.cap:
                g.rows.append((row, None if value is None else _show(value)))
        g.total += listed if total is None else total

    def has_errors(self) -> bool:
        return any(g.level == "error" for g in self._groups.values())

    def has_errors_in(self, file: str) -> bool:
        return any(g.level == "error" and g.file == file for g in self._groups.values())

    def count(self, level: Level | None = None, file: str | None = None) -> int:
        return sum(
            g.total
            for g in self._groups.values()
            if (level is None or g.level == level) and (file is None or g.file == file)
        )

    def problems(self) -> list[Problem]:
        """The listed problems, errors first, in file and line order."""
        out: list[Problem] = []
        for g in self._groups.values():
            idx = [r for r, _ in g.rows if r is not None]
            lines: dict[int, int] = (
                dict(zip(idx, g.line_of(idx), strict=True)) if (idx and g.line_of) else {}
            )
            for row, value in g.rows:
                line = None if row is None else lines.get(row, row + 1)
                out.append(Problem(g.file, line, g.column, value, g.problem, g.level))
        out.sort(key=lambda p: (p.level != "error", p.file, p.line or 0, p.column or ""))
        return out

    def unlisted(self) -> list[tuple[str, str | None, str, Level, int]]:
        """(file, column, problem, level, how many more) for each group longer than the cap."""
        return [
            (g.file, g.column, g.problem, g.level, g.total - len(g.rows))
            for g in self._groups.values()
            if g.total > len(g.rows)
        ]

    def table(self) -> str:
        return format_problems(self.problems(), self.unlisted())


def _show(value: object, width: int = 60) -> str:
    """A value as it is shown in the problem table: one line, cut to ``width`` characters."""
    s = str(value).replace("\r", "\\r").replace("\n", "\\n")
    return s if len(s) <= width else s[: width - 1] + "…"


def format_problems(
    problems: Sequence[Problem], unlisted: Sequence[tuple[str, str | None, str, str, int]] = ()
) -> str:
    """A plain-text table: file, line, column, value, problem, level; then the counts not listed."""
    header = ("file", "line", "column", "value", "problem", "level")
    rows = [
        (
            p.file,
            "" if p.line is None else str(p.line),
            p.column or "",
            "" if p.value is None else p.value,
            p.problem,
            p.level,
        )
        for p in problems
    ]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    for file, column, problem, level, more in unlisted:
        col = f" [{column}]" if column else ""
        lines.append(f"… and {more} more {level}s in {file}{col}: {problem}")
    return "\n".join(lines)


class IngestError(UserError, ValueError):
    """The files cannot be loaded as they are; nothing was written. ``problems`` lists why."""

    def __init__(
        self,
        problems: Sequence[Problem],
        unlisted: Sequence = (),
        message: str = "",
        notes: Sequence[str] = (),
    ):
        self.problems = list(problems)
        self.unlisted = list(unlisted)
        #: What was recognised and how it was read (context for the problems).
        self.notes = list(notes)
        errors = sum(1 for p in self.problems if p.level == "error") + sum(
            u[4] for u in self.unlisted if u[3] == "error"
        )
        head = message or f"{errors} error(s) found; nothing was written to the workspace."
        context = "".join(f"{n}\n" for n in self.notes)
        super().__init__(context + head + "\n" + format_problems(self.problems, self.unlisted))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]
