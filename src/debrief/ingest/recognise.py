"""Recognising exports: which shipped mapping reads each file, from its header alone.

``debrief ingest exports/`` needs no ``--mapping`` when the files are exports Debrief knows: every
file is sniffed (:mod:`~debrief.ingest.sniff`: preamble, encoding, header) and matched against the
header signatures of the shipped mappings' sources. A mapping is chosen when at least one of its
sources matches a file; its lookups (names from history tables) and the files it knows but does
not load (another breakdown of the same spend) are then found among the same files. A file two
mappings claim goes to the one whose signature names more of its columns. Files named after
contract tables are contract files, as always; anything else is listed as not recognised.

The result says, in plain sentences, which mapping read which file into which table, what was
left out and why: ingest prints them before loading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from debrief.ingest.assign import Run, assign
from debrief.ingest.mapping import MappingSpec, load_mapping, shipped_mappings
from debrief.ingest.parts import files_under
from debrief.ingest.readers import SUFFIXES, file_stem
from debrief.ingest.sniff import Shape, sniff
from debrief.schema import TABLES


@dataclass
class Recognition:
    """What recognition found among the files of an ingest."""

    runs: list[Run] = field(default_factory=list)
    #: Mappings that know some files only to say why they are not loaded.
    known_only: list[Run] = field(default_factory=list)
    #: (table, path) of files named after contract tables.
    contract: list[tuple[str, Path]] = field(default_factory=list)
    unrecognised: list[Shape] = field(default_factory=list)
    #: For unrecognised files that look like wide marketing-mix files: the flags that load them.
    hints: dict[str, str] = field(default_factory=dict)

    def notes(self) -> list[str]:
        """What was recognised and what was not, one sentence per line."""
        out: list[str] = []
        for run in [*self.runs, *self.known_only]:
            spec = run.spec
            out.append(f"Recognised {spec.label} (mapping {spec.name}):")
            for i, files in run.sources.items():
                table = spec.sources[i].table
                for shape in files:
                    out.append(f"  {shape.path.name} -> {table}")
            looked: dict[str, list[str]] = {}
            for path, files in run.lookups.items():
                lookup = run.spec.sources[path[0]].lookups[path[1]]
                for deeper in path[2:]:
                    lookup = lookup.lookups[deeper]
                what = lookup.description or ", ".join(lookup.take.values())
                for s in files:
                    whats = looked.setdefault(s.path.name, [])
                    if lookup.description and what not in whats:
                        whats.append(what)
            for name, whats in looked.items():
                out.append(f"  {name}: read for {'; '.join(whats) or 'the rows above'}")
            if run.range_file is not None:
                out.append(f"  {run.range_file.path.name}: read for the date range")
            for shape, known in run.known:
                out.append(f"  not loaded: {shape.path.name} ({known.what}): {known.why}")
        for shape in self.unrecognised:
            cols = ", ".join(shape.header[:8]) + (", ..." if len(shape.header) > 8 else "")
            if str(shape.path) in self.hints:
                out.append(f"Not recognised: {self.hints[str(shape.path)]}")
                continue
            why = shape.error or f"no shipped mapping knows these columns ({cols})"
            out.append(
                f"Not recognised: {shape.path.name}: {why}. Load it with --mapping (a shipped "
                "name or your YAML) or, in contract form, name it after its table."
            )
        return out


@cache
def _shipped() -> tuple[MappingSpec, ...]:
    return tuple(load_mapping(n) for n in shipped_mappings())


def candidates() -> list[MappingSpec]:
    """The shipped mappings recognition may pick."""
    return [s for s in _shipped() if s.recognise]


def _specificity(run: Run, path: Path) -> int:
    """How many header columns of ``path`` the run's signature for it names (ties: first wins)."""
    best = 0
    for i, files in run.sources.items():
        if any(s.path == path for s in files):
            best = max(best, len(run.spec.sources[i].signature))
    return best


def _settle_known(runs: list[Run]) -> None:
    """Exports of several tools loaded together: a file one mapping reads is not listed as "not
    loaded" by another, and a file several mappings know only to skip is listed once, with the
    reason of the mapping that reads files in its folder, then of the one whose pattern names
    more of its columns (a Fivetran history table matches every connector's loose patterns)."""
    read = set().union(*(r.read for r in runs))
    best: dict[Path, tuple[tuple[bool, int], Run]] = {}
    for run in runs:
        folders = {p.parent for p in run.read}
        for shape, known in run.known:
            if shape.path in read:
                continue
            score = (shape.path.parent in folders, len(known.header))
            if shape.path not in best or score > best[shape.path][0]:
                best[shape.path] = (score, run)
    for run in runs:
        run.known = [(s, k) for s, k in run.known if s.path in best and best[s.path][1] is run]


def recognise(paths: Sequence[str | Path]) -> Recognition:
    """The shipped mappings that read the files under ``paths``, and the contract files."""
    result = Recognition()
    shapes: list[Shape] = []
    for f in files_under(paths):
        if f.suffix.lower() not in SUFFIXES:
            continue
        if file_stem(f) in TABLES:
            result.contract.append((file_stem(f), f))
            continue
        shapes.append(sniff(f))
    runs = []
    for spec in candidates():
        run = assign(spec, shapes, by_header=True)
        if any(run.sources.values()):
            runs.append(run)
    # A file two mappings read as a source goes to the more specific one.
    owner: dict[Path, Run] = {}
    for run in runs:
        for files in run.sources.values():
            for s in files:
                current = owner.get(s.path)
                if current is None or _specificity(run, s.path) > _specificity(current, s.path):
                    owner[s.path] = run
    for run in runs:
        for i, files in run.sources.items():
            run.sources[i] = [s for s in files if owner.get(s.path) is run]
    result.runs = [r for r in runs if any(r.sources.values())]
    _settle_known(result.runs)
    used: set[Path] = set()
    for run in result.runs:
        used |= run.files
    # Files no chosen mapping reads may still be known to one (Search Console's Queries.csv).
    for spec in candidates():
        if any(r.spec.name == spec.name for r in result.runs):
            continue
        run = assign(spec, [s for s in shapes if s.path not in used], by_header=True)
        run.lookups, run.range_file = {}, None
        if run.known:
            result.known_only.append(run)
            used |= {s.path for s, _ in run.known}
    result.unrecognised = [s for s in shapes if s.path not in used]
    return result


__all__ = ["Recognition", "candidates", "recognise"]
