"""Which files a mapping reads: each source and lookup of a
:class:`~debrief.ingest.mapping.MappingSpec` picks its files by name, and by header where the
source declares one or the files are being recognised (:class:`Run`), and the parameters each
file fills."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from pydantic import ValidationError

from debrief.ingest.apply import missing_parameter
from debrief.ingest.convert import text
from debrief.ingest.lookups import column, resolve
from debrief.ingest.mapping import (
    PARAM,
    KnownFile,
    Lookup,
    MappingSpec,
    Source,
    fill,
)
from debrief.ingest.problems import ProblemLog
from debrief.ingest.readers import read_file
from debrief.ingest.sniff import Shape, parse_range


@dataclass
class Run:
    """One mapping and the files of an ingest it reads: per source, per lookup, and the files it
    knows but does not load (with the reason)."""

    spec: MappingSpec
    sources: dict[int, list[Shape]] = field(default_factory=dict)
    lookups: dict[tuple[int, ...], list[Shape]] = field(default_factory=dict)
    known: list[tuple[Shape, KnownFile]] = field(default_factory=list)
    #: The file that states the date range of the others (``spec.date_range``), if found.
    range_file: Shape | None = None

    @property
    def read(self) -> set[Path]:
        """The files the run reads: its sources, lookups and date-range file."""
        used = {s.path for files in self.sources.values() for s in files}
        used |= {s.path for files in self.lookups.values() for s in files}
        return used | ({self.range_file.path} if self.range_file is not None else set())

    @property
    def files(self) -> set[Path]:
        return self.read | {s.path for s, _ in self.known}


def _glob(name: str, pattern: str) -> bool:
    return fnmatchcase(name.casefold(), pattern.casefold())


def header_matches(signature: Sequence[str], shape: Shape, absent: Sequence[str] = ()) -> bool:
    """Whether ``shape``'s header has every column of ``signature`` (names or ``*`` patterns)
    and none of ``absent``."""
    names = shape.header
    return (
        bool(signature)
        and all(resolve(names, c) is not None for c in signature)
        and not any(resolve(names, c) is not None for c in absent)
    )


def source_matches(source: Source, shape: Shape, by_header: bool) -> bool:
    """Whether ``shape`` is a file of ``source``: its name fits the glob and, when the source
    declares a header (or files are being recognised), the header fits."""
    if shape.error is not None or not _glob(shape.path.name, source.file):
        return False
    if by_header or source.header is not None:
        return header_matches(source.signature, shape, source.header_absent)
    return True


def _matching_view(spec: MappingSpec, params: Mapping[str, str]) -> MappingSpec:
    """``spec`` with ``${param}`` filled in where files are matched (globs, headers), from the
    values known before any file is read (given, or defaults that do not depend on a file)."""
    if spec._raw is None or (not params and not any(p.default for p in spec.parameters.values())):
        return spec
    static: dict[str, str] = {}
    for name, p in spec.parameters.items():
        if name in params:
            static[name] = str(params[name])
        elif p.default is not None and not PARAM.search(p.default):
            static[name] = p.default
    keys = ("file", "header", "header_absent", "lookups")
    sources = [
        {**raw, **fill({k: raw[k] for k in keys if k in raw}, static, set())}
        for raw in spec._raw.get("sources", [])
    ]
    try:
        view = MappingSpec.model_validate({**spec._raw, "sources": sources})
    except ValidationError:
        return spec
    view._raw = spec._raw
    return view


def assign(
    spec: MappingSpec,
    shapes: Sequence[Shape],
    by_header: bool = False,
    params: Mapping[str, str] | None = None,
) -> Run:
    """Which of ``shapes`` each source and lookup of ``spec`` reads."""
    run = Run(spec)
    spec = _matching_view(spec, params or {})

    def find(lookups: Sequence[Lookup], path: tuple[int, ...], folders: set[Path]) -> None:
        for j, lookup in enumerate(lookups):
            fits = [
                s
                for s in shapes
                if s.error is None
                and _glob(s.path.name, lookup.file)
                and header_matches(lookup.header, s, lookup.header_absent)
            ]
            # Exports of several tools given together: a lookup reads the files beside its
            # source when any fit (Pinterest's ad-group history fits Snapchat's campaign-name
            # lookup), files elsewhere only when none there do.
            run.lookups[(*path, j)] = [s for s in fits if s.path.parent in folders] or fits
            find(lookup.lookups, (*path, j), folders)

    for i, source in enumerate(spec.sources):
        run.sources[i] = [s for s in shapes if source_matches(source, s, by_header)]
        find(source.lookups, (i,), {s.path.parent for s in run.sources[i]})
    if spec.date_range is not None:
        run.range_file = next(
            (s for s in shapes if s.error is None and header_matches(spec.date_range.header, s)),
            None,
        )
    used = run.files
    for shape in shapes:
        if shape.path in used or shape.error is not None:
            continue
        fits = [
            k
            for k in spec.not_loaded
            if _glob(shape.path.name, k.file) and header_matches(k.header, shape)
        ]
        if fits:
            run.known.append((shape, max(fits, key=lambda k: len(k.header))))
    return run


def range_values(spec: MappingSpec, shape: Shape | None, log: ProblemLog) -> dict[str, str]:
    """``_start_date``/``_end_date`` from the export's date-range file (Search Console's
    ``Filters.csv``), or nothing."""
    rf = spec.date_range
    if rf is None or shape is None:
        return {}
    raw = read_file(shape.path, log, shape.read_options())
    if raw is None:
        return {}
    value = column(raw.table, rf.value)
    if value is None:
        return {}
    keep = pa.array([True] * raw.table.num_rows, pa.bool_())
    for name, wanted in rf.where.items():
        col = column(raw.table, name)
        if col is None:
            return {}
        hit = pc.equal(pc.utf8_lower(text(col)), str(wanted).strip().casefold())
        keep = pc.and_(keep, pc.fill_null(hit, False))
    for cell in text(value).filter(keep).to_pylist():
        found = parse_range(cell or "")
        if found is not None:
            return {"_start_date": found[0].isoformat(), "_end_date": found[1].isoformat()}
    return {}


def file_values(
    spec: MappingSpec,
    params: Mapping[str, str],
    shape: Shape,
    export_values: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The value of each parameter for one file: given, else its default (which may be what the
    file states, ``${_start_date}``), plus what the file (or its export's range file) states."""
    builtins = {"_file": shape.path.name, **(export_values or {}), **shape.values}
    for source in spec.sources:
        for name, pattern in source.header_values.items():
            for header in shape.header:
                m = re.search(pattern, header)
                if m:
                    builtins.setdefault(name, m.group(1) if m.groups() else m.group(0))
                    break
    values = dict(builtins)
    for name, p in spec.parameters.items():
        if name in params:
            values[name] = str(params[name])
        elif p.default is not None:
            lacking: set[str] = set()
            v = fill(p.default, builtins, lacking)
            if not lacking:
                values[name] = v
    return values


def source_for_file(
    spec: MappingSpec, index: int, values: Mapping[str, str], label: str, log: ProblemLog
) -> tuple[Source, dict[str, set[str]]] | None:
    """The source with every ``${name}`` filled for this file; parameters still lacking in
    ``constants``/``defaults`` are returned (an error only if that value is used)."""
    raw = spec._raw["sources"][index] if spec._raw is not None else None
    if raw is None:
        return spec.sources[index], {}
    lacking: set[str] = set()
    head = {k: v for k, v in raw.items() if k not in ("constants", "defaults", "when_missing")}
    filled = fill(head, values, lacking)
    help_ = {n: p.description for n, p in spec.parameters.items()}
    if lacking:
        for name in sorted(lacking):
            log.add(label, None, missing_parameter(name, help_.get(name, "")), "error")
        return None
    missing: dict[str, set[str]] = {}
    for section in ("constants", "defaults"):
        out = {}
        for key, value in (raw.get(section) or {}).items():
            need: set[str] = set()
            out[key] = fill(value, values, need)
            if need:
                missing[f"{section}.{key}"] = need
                if section == "constants":  # used on every row: say so before anything else
                    for name in sorted(need):
                        log.add(label, key, missing_parameter(name, help_.get(name, "")), "error")
        filled[section] = out
    filled["when_missing"] = {}
    for trigger, values_ in (raw.get("when_missing") or {}).items():
        out = {}
        for key, value in (values_ or {}).items():
            need = set()
            out[key] = fill(value, values, need)
            if need:
                missing[f"when_missing.{trigger}.{key}"] = need
        filled["when_missing"][trigger] = out
    if any(k.startswith("constants.") for k in missing):
        return None  # every row needs it: nothing more to say about this file until it is given
    try:
        return Source.model_validate(filled), missing
    except ValidationError as exc:
        log.add(label, None, f"mapping {spec.name}: {exc.errors()[0]['msg']}", "error")
        return None


def check_params(specs: Sequence[MappingSpec], params: Mapping[str, str], log: ProblemLog) -> None:
    known = {n for spec in specs for n in spec.parameters}
    for name in params:
        if name not in known:
            hint = difflib.get_close_matches(name, known, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            where = ", ".join(f"mapping {s.name}" for s in specs) or "the mapping"
            log.add(where, None, f"unknown parameter {name!r}{extra}", "error")
