"""The registries and the declarations they hold: stages, data-quality checks, settings sections.

A stage is declared once, in its own package, with :class:`Stage`: its name, the review it belongs
to and its place there, its title, its settings section, the tables it reads and the unit of every
column it returns. Everything else is derived from these declarations: the order of a review
(:func:`review_stages`), the report's section titles, the settings file's sections
(:mod:`debrief.config`) and the report's JSON Schema (:mod:`debrief.render.json`).

An unknown name raises an error that lists the valid ones, with a "did you mean".
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

    from debrief.context import StageContext
    from debrief.results import Finding, StageResult

T = TypeVar("T")

Review = Literal["monthly_review", "post_mortem"]
#: How a column's values read. ``money`` (workspace currency), ``rate`` (a fraction shown as a
#: percentage), ``ratio`` (a plain multiple such as ROAS), ``count``, ``days``, ``position``
#: (a search rank), ``p`` (a p- or q-value), ``number`` (any other quantity), ``metric`` (each
#: row's ``metric`` or ``unit`` says), and the non-numbers ``text``, ``date``, ``flag``.
UNITS: tuple[str, ...] = (
    "money",
    "rate",
    "ratio",
    "count",
    "days",
    "position",
    "p",
    "number",
    "metric",
    "text",
    "date",
    "flag",
)


class Registry(Generic[T]):
    def __init__(self, what: str) -> None:
        self.what = what
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            self.add(name, obj)
            return obj

        return deco

    def add(self, name: str, obj: T) -> T:
        if name in self._items:
            raise ValueError(f"{self.what} {name!r} is registered twice")
        self._items[name] = obj
        return obj

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            close = difflib.get_close_matches(name, self._items, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise KeyError(
                f"Unknown {self.what} {name!r}.{hint} Valid: {', '.join(sorted(self._items))}"
            ) from None

    def names(self) -> list[str]:
        return list(self._items)

    def items(self) -> list[tuple[str, T]]:
        return list(self._items.items())

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class Table:
    """One table a stage returns: the unit of each column, and which columns (``required``) the
    report's JSON Schema promises whenever the table is there; ``always``: the table itself is
    promised whenever the stage ran; ``rows``: it always has exactly this many rows; ``choices``:
    the only values a column takes; ``shown``: the columns a reader of report.md and report.html
    needs (all when empty); report.json and the table's CSV keep every column."""

    columns: Mapping[str, str]
    required: tuple[str, ...] = ()
    always: bool = False
    rows: int | None = None
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    shown: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        bad = {c: u for c, u in self.columns.items() if u not in UNITS}
        if bad:
            raise ValueError(f"unknown units {bad}; units are {', '.join(UNITS)}")
        missing = [c for c in self.required if c not in self.columns]
        if missing:
            raise ValueError(f"required columns {missing} are not declared")
        unknown = [c for c in self.shown if c not in self.columns]
        if unknown:
            raise ValueError(f"shown columns {unknown} are not declared")


@dataclass(frozen=True)
class Stage:
    """A stage of a review, declared once in its package and registered with :func:`declare`.

    ``order`` places it in its review; ``section`` names its settings section (the key of the
    settings file) and ``settings`` is that section's model; ``reads`` are the contract tables it
    needs and ``uses`` those it reads when present; ``tables`` declares every table it returns.
    ``run`` is the function a monthly review calls; the post-mortem's stages are run by the
    post-mortem itself and declare ``run=None``.
    """

    name: str
    title: str
    review: Review
    order: int
    run: Callable[[StageContext], StageResult] | None = None
    section: str | None = None
    settings: type[BaseModel] | None = None
    reads: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    tables: Mapping[str, Table] = field(default_factory=dict)

    def units(self) -> dict[str, dict[str, str]]:
        """``{table: {column: unit}}`` of every declared table."""
        return {name: dict(t.columns) for name, t in self.tables.items()}


#: Every stage of both reviews by name.
STAGES: Registry[Stage] = Registry("stage")
#: Data-quality checks, run before any stage in the order they are declared; each returns
#: findings of stage ``data_quality``.
CHECKS: Registry[Callable[[StageContext], list[Finding]]] = Registry("data-quality check")
#: Settings sections by their key in the settings file: the stages' and the reviews' own.
SECTIONS: Registry[type[BaseModel]] = Registry("settings section")


def declare(stage: Stage) -> Stage:
    """Register ``stage`` (and its settings section) and return it."""
    STAGES.add(stage.name, stage)
    if stage.section and stage.settings is not None:
        add_section(stage.section, stage.settings)
    return stage


def add_section(key: str, model: type[BaseModel]) -> None:
    """Register a settings section that no stage declares (the summary's, the post-mortem's)."""
    if key in SECTIONS:
        if SECTIONS.get(key) is not model:
            raise ValueError(f"settings section {key!r} is declared twice")
        return
    SECTIONS.add(key, model)


def check(name: str) -> Callable[[Callable[[StageContext], list[Finding]]], Any]:
    """Decorator: register a data-quality check under ``name``."""

    def deco(
        fn: Callable[[StageContext], list[Finding]],
    ) -> Callable[[StageContext], list[Finding]]:
        return CHECKS.add(name, fn)

    return deco


def review_stages(review: Review) -> list[Stage]:
    """The declared stages of ``review`` in their order."""
    return sorted((s for _, s in STAGES.items() if s.review == review), key=lambda s: s.order)


def stage_title(name: str) -> str:
    """A stage's declared title; a name nobody declared reads as words."""
    if name in STAGES:
        return STAGES.get(name).title
    return name.replace("_", " ").capitalize()
