"""Column mappings: YAML that turns platform exports into contract tables.

A mapping lists *sources*; each picks files by name (a glob), reads them with file options
(delimiter, encoding, skip_rows) and produces rows of one contract table::

    name: my_export
    parameters:
      date: {description: "The day the export covers (YYYY-MM-DD)"}
    sources:
      - file: "report*.csv"
        table: ad_performance
        columns: {Spent: spend, Impressions: impressions}   # file column -> contract column
        constants: {channel: paid_social, date: "${date}"}  # same value on every row
        derive: {ad: "{campaign}-{ad_id}"}                  # templates over file columns
        transforms: {spend: [{number: {decimal: ",", thousands: "."}}]}
        types: {interest: string}                           # kinds of extra columns
        aggregate: {by: [date, content_id], sum: [pageviews], weighted_mean: {...}}
        join: {keys: [lead_id]}                             # add columns to earlier sources' rows

Order of work per file: rename (``columns``), ``derive``, ``constants``, ``transforms`` (keyed by
the output column), ``aggregate``; then the rows are validated like any contract file. Sources of
one table are stacked, except a ``join`` source, whose columns are added (left join) to the rows
of the sources before it, matched on ``join.keys``. Models are pydantic with ``extra="forbid"``: an unknown key is an error
that suggests the closest known one. See docs/mappings.md for every transform and the shipped
mappings (``src/debrief/mappings/*.yaml``).
"""

from __future__ import annotations

import difflib
import re
import string
import typing
from collections.abc import Mapping, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from debrief.ingest import transforms as tf
from debrief.ingest.convert import text
from debrief.ingest.problems import ProblemLog
from debrief.ingest.readers import ReadOptions, read_file
from debrief.ingest.validate import Part
from debrief.schema import ColumnKind, table_schema

MAPPINGS_DIR = Path(__file__).resolve().parents[1] / "mappings"
_PARAM = re.compile(r"\$\{(\w+)\}")


class MappingError(ValueError):
    """A mapping file that cannot be used as written."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Parameter(_Model):
    """A value the user gives when ingesting (``--param name=value``); no default = required."""

    description: str = ""
    default: str | None = None


class Aggregate(_Model):
    """Rows summed to one per ``by`` (for exports broken down finer than the table's key)."""

    by: list[str]
    sum: list[str] = Field(default_factory=list)
    weighted_mean: dict[str, str] = Field(default_factory=dict)
    first: list[str] = Field(default_factory=list)


class Join(_Model):
    """Add this source's columns to the rows of the earlier sources of the table, on ``keys``.

    (Not ``on``: YAML 1.1 reads a bare ``on`` key as the boolean true.)"""

    keys: list[str]


class Source(_Model):
    """One kind of file and the contract table its rows become."""

    file: str
    table: str
    description: str = ""
    optional: bool = False
    delimiter: str | None = None
    encoding: str = "utf-8"
    skip_rows: int = 0
    columns: dict[str, str] = Field(default_factory=dict)
    keep_unmapped: bool = True
    constants: dict[str, str | int | float | bool] = Field(default_factory=dict)
    derive: dict[str, str] = Field(default_factory=dict)
    transforms: dict[str, list[tuple[str, Any]]] = Field(default_factory=dict)
    types: dict[str, ColumnKind] = Field(default_factory=dict)
    aggregate: Aggregate | None = None
    join: Join | None = None

    @field_validator("table")
    @classmethod
    def _known_table(cls, v: str) -> str:
        try:
            table_schema(v)
        except KeyError as exc:
            raise ValueError(exc.args[0]) from None
        return v

    @field_validator("transforms", mode="before")
    @classmethod
    def _parse_transforms(cls, v: Any) -> Any:
        if not isinstance(v, dict):
            return v
        out = {}
        for col, steps in v.items():
            steps = steps if isinstance(steps, list) else [steps]
            out[col] = [tf.parse_transform(s) for s in steps]
        return out


class MappingSpec(_Model):
    """A whole mapping: its parameters and sources."""

    name: str
    description: str = ""
    parameters: dict[str, Parameter] = Field(default_factory=dict)
    sources: list[Source]


# --- loading with "did you mean" ------------------------------------------------------------------


def _fields_at(loc: Sequence[Any]) -> list[str]:
    """The known keys of the model at ``loc`` (the path of an unknown key, without the key)."""
    ann: Any = MappingSpec
    for part in loc:
        origin = typing.get_origin(ann)
        if origin in (list, dict):
            ann = typing.get_args(ann)[-1]
            continue
        if origin is typing.Union or (origin is not None and type(None) in typing.get_args(ann)):
            ann = next(a for a in typing.get_args(ann) if a is not type(None))
        if isinstance(ann, type) and issubclass(ann, BaseModel) and part in ann.model_fields:
            ann = ann.model_fields[part].annotation
            origin = typing.get_origin(ann)
            if origin is typing.Union or (
                origin is not None and type(None) in typing.get_args(ann)
            ):
                ann = next(a for a in typing.get_args(ann) if a is not type(None))
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return list(ann.model_fields)
    return []


def _explain(exc: ValidationError, where: str) -> MappingError:
    lines = []
    for err in exc.errors():
        loc = err["loc"]
        path = ".".join(str(p) for p in loc)
        if err["type"] == "extra_forbidden":
            known = _fields_at(loc[:-1])
            hint = difflib.get_close_matches(str(loc[-1]), known, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            lines.append(f"  {path}: unknown key{extra} (known: {', '.join(known)})")
        else:
            msg = err["msg"].removeprefix("Value error, ")
            lines.append(f"  {path}: {msg}")
    return MappingError(f"Mapping {where} is not valid:\n" + "\n".join(lines))


def shipped_mappings() -> list[str]:
    """Names of the mappings shipped with debrief."""
    return sorted(p.stem for p in MAPPINGS_DIR.glob("*.yaml"))


def load_mapping(ref: str | Path | MappingSpec) -> MappingSpec:
    """A mapping by shipped name (``fb_ads_kag``) or YAML path; MappingError says what is wrong."""
    if isinstance(ref, MappingSpec):
        return ref
    path = Path(ref)
    if not path.suffix and not path.exists():
        path = MAPPINGS_DIR / f"{ref}.yaml"
        if not path.exists():
            hint = difflib.get_close_matches(str(ref), shipped_mappings(), n=1)
            extra = f" Did you mean {hint[0]!r}?" if hint else ""
            raise MappingError(
                f"No mapping {str(ref)!r}.{extra} Shipped: {', '.join(shipped_mappings())}"
            )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(f"Cannot read mapping {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise MappingError(f"Mapping {path} must be a YAML mapping with 'name' and 'sources'")
    try:
        return MappingSpec.model_validate(data)
    except ValidationError as exc:
        raise _explain(exc, str(path)) from None


# --- applying -------------------------------------------------------------------------------------


def snake(name: str) -> str:
    """``Unique Page Views`` -> ``unique_page_views``; ``Avg. Time on Page`` -> ``avg_time_on_page``."""
    s = re.sub(r"[^0-9a-zA-Z]+", "_", name.strip()).strip("_").lower()
    return s or "column"


def _resolve_params(
    spec: MappingSpec, params: Mapping[str, str], log: ProblemLog
) -> dict[str, str]:
    values: dict[str, str] = {}
    for name in params:
        if name not in spec.parameters:
            hint = difflib.get_close_matches(name, spec.parameters, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            log.add(f"mapping {spec.name}", None, f"unknown parameter {name!r}{extra}", "error")
    for name, p in spec.parameters.items():
        if name in params:
            values[name] = str(params[name])
        elif p.default is not None:
            values[name] = p.default
        else:
            log.add(
                f"mapping {spec.name}",
                None,
                f"needs parameter {name!r} (--param {name}=...): {p.description}",
                "error",
            )
    return values


def _files(paths: Sequence[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        elif p.is_file():
            out.append(p)
    return out


def _template(tmpl: str, raw: pa.Table, lines: pa.Array | None, label: str) -> pa.Array:
    pieces: list[pa.Array | str] = []
    n = raw.num_rows
    for literal, field, _, _ in string.Formatter().parse(tmpl):
        if literal:
            pieces.append(literal)
        if field is None:
            continue
        if field == "_line":
            pieces.append(lines.cast(pa.string()))  # type: ignore[union-attr]
        elif field == "_file":
            pieces.append(label)
        elif field in raw.column_names:
            pieces.append(text(raw.column(field).combine_chunks()))
        else:
            raise KeyError(field)
    if not pieces:
        return pa.array([tmpl] * n, pa.string())
    arrays = [p if isinstance(p, pa.Array) else pa.array([p] * n, pa.string()) for p in pieces]
    if len(arrays) == 1:
        return arrays[0]
    return pc.binary_join_element_wise(*arrays, "")


def apply_source(
    source: Source,
    raw_table: pa.Table,
    label: str,
    line_of: Any,
    params: Mapping[str, str],
    log: ProblemLog,
    failed: dict[str, pa.Array] | None = None,
) -> pa.Table | None:
    """The file's rows under contract names, transformed; None when a mapped column is missing.

    ``failed`` collects, per output column, the cells a transform could not read (reported here).
    """
    n = raw_table.num_rows
    missing = [c for c in source.columns if c not in raw_table.column_names]
    for c in missing:
        hint = difflib.get_close_matches(c, raw_table.column_names, n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else ""
        log.add(label, c, f"column named in the mapping is not in the file{extra}", "error")
    if missing:
        return None
    cols: dict[str, pa.Array] = {}
    for src, dst in source.columns.items():
        cols[dst] = raw_table.column(src).combine_chunks()
    if source.keep_unmapped:
        for src in raw_table.column_names:
            if src not in source.columns:
                name = snake(src)
                if name not in cols:
                    cols[name] = raw_table.column(src).combine_chunks()
    lines = None
    if any("{_line}" in t for t in source.derive.values()):
        lines = pa.array(line_of(range(n)), pa.int64())
    for dst, tmpl in source.derive.items():
        try:
            cols[dst] = _template(tmpl, raw_table, lines, label)
        except KeyError as exc:
            log.add(
                label,
                dst,
                f"derive template names a column not in the file: {exc.args[0]}",
                "error",
            )
            return None
    for dst, value in source.constants.items():
        v = _PARAM.sub(lambda m: params.get(m.group(1), m.group(0)), str(value))
        if isinstance(value, bool):
            v = "true" if value else "false"
        cols[dst] = pa.array([v] * n, pa.string())
    for dst, steps in source.transforms.items():
        if dst not in cols:
            log.add(label, dst, "transform on a column the mapping does not produce", "error")
            continue
        before = text(cols[dst])
        out, failures = tf.apply(cols[dst], steps)
        for step, bad in failures:
            if failed is not None:
                failed[dst] = pc.or_(failed[dst], bad) if dst in failed else bad
            idx = pc.indices_nonzero(bad)
            first = idx[: log.cap]
            log.add(
                label,
                dst,
                f"cannot apply transform {step!r}"
                + (" (ambiguous: set decimal and thousands)" if step == "number" else ""),
                "error",
                list(zip(first.to_pylist(), before.take(first).to_pylist(), strict=True)),
                total=len(idx),
                line_of=line_of,
            )
        cols[dst] = out
    table = pa.table(cols)
    if source.aggregate is not None:
        table = _aggregate(table, source.aggregate, label, log)
    return table


def _aggregate(table: pa.Table, agg: Aggregate, label: str, log: ProblemLog) -> pa.Table:
    """One row per ``agg.by``: sums, weighted means (weight column summed too) and first values."""
    needed = [*agg.by, *agg.sum, *agg.weighted_mean, *agg.weighted_mean.values(), *agg.first]
    absent = [c for c in dict.fromkeys(needed) if c not in table.column_names]
    if absent:
        log.add(
            label,
            ", ".join(absent),
            "aggregate names columns the mapping does not produce",
            "error",
        )
        return table
    work = {c: table.column(c) for c in agg.by}
    specs: list[tuple[str, str]] = []
    for c in agg.sum:
        work[c] = table.column(c).cast(pa.float64())
        specs.append((c, "sum"))
    for c, w in agg.weighted_mean.items():
        x = table.column(c).cast(pa.float64())
        wt = table.column(w).cast(pa.float64())
        both = pc.and_(pc.is_valid(x), pc.is_valid(wt))
        work[f"__wx_{c}"] = pc.if_else(both, pc.multiply(x, wt), pa.scalar(None, pa.float64()))
        work[f"__w_{c}"] = pc.if_else(both, wt, pa.scalar(None, pa.float64()))
        specs += [(f"__wx_{c}", "sum"), (f"__w_{c}", "sum")]
    for c in agg.first:
        work[c] = table.column(c)
        specs.append((c, "first"))
    grouped = pa.table(work).group_by(agg.by, use_threads=False).aggregate(specs)
    out = {c: grouped.column(c) for c in agg.by}
    for c in agg.sum:
        out[c] = grouped.column(f"{c}_sum")
    for c in agg.weighted_mean:
        wsum = grouped.column(f"__w_{c}_sum")
        mean = pc.divide(grouped.column(f"__wx_{c}_sum"), wsum)
        # A weighted mean over zero weight is undefined, not 0.
        out[c] = pc.if_else(
            pc.fill_null(pc.greater(wsum, 0), False), mean, pa.scalar(None, pa.float64())
        )
    for c in agg.first:
        out[c] = grouped.column(f"{c}_first")
    return pa.table(out)


def mapped_parts(
    spec: MappingSpec, paths: Sequence[str | Path], log: ProblemLog, params: Mapping[str, str]
) -> list[Part]:
    """The parts (file -> table rows) a mapping makes of the files under ``paths``."""
    values = _resolve_params(spec, params, log)
    if log.has_errors():
        return []
    files = _files(paths)
    parts: list[Part] = []
    for source in spec.sources:
        matched = [f for f in files if fnmatch(f.name, source.file)]
        if not matched:
            if not source.optional:
                log.add(
                    source.file,
                    None,
                    f"no file matches (mapping {spec.name}, table {source.table})",
                    "error",
                )
            continue
        for path in matched:
            opts = ReadOptions(source.delimiter, source.encoding, source.skip_rows)
            raw = read_file(path, log, opts)
            if raw is None:
                continue
            failed: dict[str, pa.Array] = {}
            table = apply_source(source, raw.table, raw.label, raw.line_of, values, log, failed)
            if table is None:
                continue
            line_of = raw.line_of
            if source.aggregate is not None:
                line_of = _plus_one  # rows are groups now: numbered from 1 in the aggregated order
            if source.join is not None:
                _join(parts, source, table, raw.label, log)
                continue
            if source.aggregate is not None:
                failed = {}  # rows are groups now; the failures were reported per file line
            parts.append(Part(source.table, raw.label, table, line_of, dict(source.types), failed))
    return parts


def _plus_one(rows: Sequence[int]) -> list[int]:
    return [r + 1 for r in rows]


def _join(parts: list[Part], source: Source, table: pa.Table, label: str, log: ProblemLog) -> None:
    """Left-join ``table`` onto the earlier parts of the same table (in place)."""
    targets = [i for i, p in enumerate(parts) if p.table == source.table]
    on = source.join.keys  # type: ignore[union-attr]
    absent = [c for c in on if c not in table.column_names]
    if not targets or absent:
        log.add(
            label,
            ", ".join(absent) or None,
            "join needs an earlier source of the table and the join columns",
            "error",
        )
        return
    keys = table.select(on)
    from debrief.ingest.validate import duplicate_mask

    dup = duplicate_mask(keys, on)
    if pc.any(dup).as_py():
        idx = pc.indices_nonzero(dup)
        log.add(label, ", ".join(on), "join key repeated: a row would match twice", "error",
                [(i, None) for i in idx[: log.cap].to_pylist()], total=len(idx))  # fmt: skip
        return
    right = table.append_column("__joined", pa.array([True] * table.num_rows))
    matched = pa.array([], pa.string())
    for i in targets:
        p = parts[i]
        left_cols = [c for c in p.data.column_names if c not in table.column_names or c in on]
        left = p.data.select(left_cols).append_column("__order", pa.array(range(p.data.num_rows)))
        joined = left.join(right, keys=on, join_type="left outer").sort_by("__order")
        hit = pc.fill_null(joined.column("__joined"), False)
        matched = pa.concat_arrays(
            [matched, text(joined.filter(hit).column(on[0]).combine_chunks())]
        )
        data = joined.drop_columns(["__order", "__joined"])
        parts[i] = Part(
            p.table, f"{p.label} + {label}", data, p.line_of, {**p.extra_types, **source.types}
        )
    unmatched = pc.invert(pc.is_in(text(table.column(on[0]).combine_chunks()), value_set=matched))
    idx = pc.indices_nonzero(pc.fill_null(unmatched, True))
    if len(idx):
        log.add(label, on[0], "row matches no row of the earlier sources; not loaded", "warning",
                [(None, v) for v in table.column(on[0]).take(idx[: log.cap]).to_pylist()], total=len(idx))  # fmt: skip
