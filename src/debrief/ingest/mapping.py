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
of the sources before it, matched on ``join.keys``. This module holds the models and loading;
:mod:`debrief.ingest.apply` runs them on files. Models are pydantic with ``extra="forbid"``: an
unknown key is an error that suggests the closest known one. See docs/mappings.md for every
transform and the shipped mappings (``src/debrief/mappings/*.yaml``).
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from debrief.ingest import transforms as tf
from debrief.schema import ColumnKind, table_schema

MAPPINGS_DIR = Path(__file__).resolve().parents[1] / "mappings"


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
