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
import re
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from debrief.ingest import transforms as tf
from debrief.schema import ColumnKind, table_schema

MAPPINGS_DIR = Path(__file__).resolve().parents[1] / "mappings"


class MappingError(ValueError):
    """A mapping file that cannot be used as written."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Parameter(_Model):
    """A value the user gives when ingesting (``--param name=value``); no default = required.

    A default may name what the file itself states, e.g. ``"${_start_date}"`` (the first day of
    the date range in a report's preamble): the parameter is then asked for only when the file
    does not say.
    """

    description: str = ""
    default: str | None = None


class SumWhere(_Model):
    """A column summed over the rows where other columns take given values."""

    column: str
    where: dict[str, list[str]]


class Aggregate(_Model):
    """Rows summed to one per ``by`` (for exports broken down finer than the table's key).

    ``count`` names a new column holding the rows per group; ``count_where`` counts only rows
    whose column is one of the values (events pivoted to measures: ``opens: {type: [Opened
    Email]}``); ``sum_where`` sums a column on such rows (``conversion_value: {column:
    property_value, where: {type: [Placed Order]}}``); ``min``/``max`` keep the smallest or largest
    value (ISO times sort as text).
    """

    by: list[str]
    sum: list[str] = Field(default_factory=list)
    weighted_mean: dict[str, str] = Field(default_factory=dict)
    first: list[str] = Field(default_factory=list)
    min: list[str] = Field(default_factory=list)
    max: list[str] = Field(default_factory=list)
    count: str | None = None
    count_where: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    sum_where: dict[str, SumWhere] = Field(default_factory=dict)


class Join(_Model):
    """Add this source's columns to the rows of the earlier sources of the table, on ``keys``.

    (Not ``on``: YAML 1.1 reads a bare ``on`` key as the boolean true.)"""

    keys: list[str]


class Lookup(_Model):
    """Columns from another file of the same export, added to a source's rows by key.

    History tables give names (``campaign_history``: the newest version of each campaign), child
    tables give measures (``basic_ad_actions``: conversions per ad and day, summed over the action
    types listed in ``where``). Lookups run in order, so a later one may key on a column an
    earlier one added (ad -> campaign id -> campaign name).
    """

    file: str = "*"
    #: Columns the lookup file has (all of them); how it is found among the export's files.
    header: list[str]
    #: Columns the lookup file must not have (tells campaign_history from ad_set_history).
    header_absent: list[str] = Field(default_factory=list)
    #: This source's column -> the lookup file's column; rows match when every pair is equal.
    keys: dict[str, str]
    #: Lookup column -> the new column it becomes on the source's rows.
    take: dict[str, str]
    #: History tables: keep the newest row of each key, by this column (ISO times sort as text).
    latest: str | None = None
    #: Keep the oldest row of each key, by this column (a lead's first campaign membership).
    earliest: str | None = None
    #: Lookups of the lookup file's own rows, run first (a deal's stage, then the stage's
    #: closed-won flag), so ``where`` and ``sum`` may use their columns.
    lookups: list[Lookup] = Field(default_factory=list)
    #: A new column holding the number of lookup rows per key (after ``where``).
    count: str | None = None
    #: Keep only lookup rows whose column is one of the values (case-insensitive).
    where: dict[str, list[str]] = Field(default_factory=dict)
    #: Lookup columns summed per key (numbers); other taken columns then take the first value.
    sum: list[str] = Field(default_factory=list)
    #: Lookup columns whose smallest value per key is taken (dates, times: ISO text sorts).
    min: list[str] = Field(default_factory=list)
    #: Lookup columns whose largest value per key is taken.
    max: list[str] = Field(default_factory=list)
    #: New column -> its value on rows no lookup row matches, when the lookup file was given (a
    #: connector writes no action row for an ad-day without conversions: that is 0, not unknown).
    default: dict[str, str | int | float] = Field(default_factory=dict)
    description: str = ""


Lookup.model_rebuild()


class Compute(_Model):
    """A column computed from others, row by row: exactly one of ``sum``, ``coalesce``, ``when``.

    * ``sum: [a, b]`` - the numbers added; missing cells count as 0 unless all are missing
      (Pinterest's ``impression_1 + impression_2``).
    * ``coalesce: [a, b]`` - the first present value (``conversions_qualified``, else
      ``conversions``).
    * ``value: c`` with ``when: {column: [values]}`` - ``c`` where the column is one of the
      values (case-insensitive), missing elsewhere (an opportunity's close date only when won).
    """

    sum: list[str] | None = None
    coalesce: list[str] | None = None
    value: str | None = None
    when: dict[str, list[str]] | None = None

    @model_validator(mode="after")
    def _one_operation(self) -> Compute:
        ops = [self.sum is not None, self.coalesce is not None, self.value is not None]
        if sum(ops) != 1:
            raise ValueError("a computed column takes exactly one of sum, coalesce, value")
        if (self.value is None) != (self.when is None):
            raise ValueError("'value' and 'when' go together")
        return self

    @property
    def inputs(self) -> list[str]:
        return [*(self.sum or []), *(self.coalesce or []), *([self.value] if self.value else []),
                *(self.when or {})]  # fmt: skip


class Source(_Model):
    """One kind of file and the contract table its rows become."""

    file: str = "*"
    table: str
    description: str = ""
    optional: bool = False
    #: Columns the file must have to be this source (default: the keys of ``columns``). Files are
    #: recognised by these, whatever their name.
    header: list[str] | None = None
    #: Columns whose presence means the file is another shape (tells similar reports apart).
    header_absent: list[str] = Field(default_factory=list)
    delimiter: str | None = None
    #: None: found from the file (byte-order mark, UTF-8, or UTF-16 as Excel-friendly exports are).
    encoding: str | None = None
    #: None: lines before the header (report titles, date ranges, ``#`` comments) are found.
    skip_rows: int | None = None
    #: Raw column (``*``: any) -> regex; a matching row is dropped (report totals such as
    #: ``Total: Account``). ``null`` drops rows where the column is empty.
    drop_rows: dict[str, str | None] = Field(default_factory=dict)
    #: Raw column -> regex; only rows that match every one are kept (purchase events).
    keep_rows: dict[str, str] = Field(default_factory=dict)
    #: What the dropped rows are, for the notes (default: report totals).
    drop_note: str = "report totals, which repeat the rows above them"
    lookups: list[Lookup] = Field(default_factory=list)
    #: Values the file's header names state: ``{_currency: "^Amount spent \\((\\w{3})\\)$"}``
    #: makes ``${_currency}`` the code in Meta's ``Amount spent (USD)``.
    header_values: dict[str, str] = Field(default_factory=dict)
    #: File column -> contract (or extra) column. A file column with ``*`` is a pattern
    #: (``Amount spent (*)``), matched against the header case-insensitively.
    columns: dict[str, str] = Field(default_factory=dict)
    #: Like ``columns``, for columns an export has only sometimes (a CRM property, a report
    #: column the user may not have added): mapped when present, unknown when not.
    optional_columns: dict[str, str] = Field(default_factory=dict)
    keep_unmapped: bool = True
    compute: dict[str, Compute] = Field(default_factory=dict)
    #: Rows where any of these output columns is missing are not loaded (and counted in the
    #: notes): GA4 events without a traffic source are not touches.
    skip_missing: list[str] = Field(default_factory=list)
    #: Parts of the same table from sources with ``merge`` are put together and rows with the
    #: same ``merge`` values added up (one file per activity type, one row per campaign and day).
    merge: list[str] = Field(default_factory=list)
    constants: dict[str, str | int | float | bool] = Field(default_factory=dict)
    #: Constants for columns the file did not give (``currency: "${currency}"`` when there is no
    #: currency column): a parameter used here is asked for only when needed.
    defaults: dict[str, str | int | float | bool] = Field(default_factory=dict)
    #: Constants set when one column is not produced: ``{date: {date: "${start}", date_end:
    #: "${end}"}}`` - a report without a Day column is totals over its date range.
    when_missing: dict[str, dict[str, str | int | float | bool]] = Field(default_factory=dict)
    derive: dict[str, str] = Field(default_factory=dict)
    transforms: dict[str, list[tuple[str, Any]]] = Field(default_factory=dict)
    types: dict[str, ColumnKind] = Field(default_factory=dict)
    aggregate: Aggregate | None = None
    join: Join | None = None

    @property
    def signature(self) -> list[str]:
        """The columns that identify this source's files."""
        return list(self.header if self.header is not None else self.columns)

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
            out[col] = [tuple(s) if isinstance(s, tuple) else tf.parse_transform(s) for s in steps]
        return out


class RangeFile(_Model):
    """A file of the export that states the date range the other files cover (Search Console's
    ``Filters.csv``: ``Date,"Jun 2, 2026-Jun 8, 2026"``): it gives ``${_start_date}`` and
    ``${_end_date}`` to files that state none themselves."""

    header: list[str]
    #: The row that holds the range: column -> value (case-insensitive).
    where: dict[str, str] = Field(default_factory=dict)
    #: The column that holds the range.
    value: str


class KnownFile(_Model):
    """A file of the export the mapping knows and does not load, with the reason (said aloud)."""

    file: str = "*"
    header: list[str]
    what: str
    why: str


class MappingSpec(_Model):
    """A whole mapping: its parameters and sources."""

    name: str
    #: How the export is named in messages: "Google Ads campaign report (UI export)".
    title: str = ""
    description: str = ""
    #: ``connector`` (warehouse tables a managed connector writes), ``ui_export`` (a file
    #: downloaded from the platform), ``dataset`` (one published data set) or ``custom``.
    kind: Literal["connector", "ui_export", "dataset", "custom"] = "custom"
    #: Whether ``debrief ingest`` without ``--mapping`` may pick this mapping by the files' headers.
    recognise: bool = True
    #: The ids in this export are shared with other platforms' rows (one id space): never
    #: namespaced. Otherwise an id found under two platforms is written ``platform:id``.
    shared_ids: bool = False
    parameters: dict[str, Parameter] = Field(default_factory=dict)
    sources: list[Source]
    not_loaded: list[KnownFile] = Field(default_factory=list)
    date_range: RangeFile | None = None
    #: The mapping as written, for filling ``${param}`` anywhere in it per file.
    _raw: Any = PrivateAttr(default=None)

    @property
    def label(self) -> str:
        return self.title or self.name


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
    if not path.suffix and not path.is_file():
        # A shipped name (even when a folder of that name is in the working directory).
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
    return mapping_from_dict(data, str(path))


#: ``${name}``: a parameter, filled in wherever it appears in a mapping.
PARAM = re.compile(r"\$\{(\w+)\}")
#: Values a file states itself (its preamble's date range), usable as ``${_start_date}``.
FILE_VALUES = ("_start_date", "_end_date", "_file")


def mapping_from_dict(data: Any, where: str = "(mapping)") -> MappingSpec:
    """Validate a mapping given as data; every ``${name}`` must be a declared parameter."""
    if not isinstance(data, dict):
        raise MappingError(f"Mapping {where} must be a YAML mapping with 'name' and 'sources'")
    try:
        spec = MappingSpec.model_validate(data)
    except ValidationError as exc:
        raise _explain(exc, where) from None
    declared = set(spec.parameters) | set(FILE_VALUES)
    declared |= {name for src in spec.sources for name in src.header_values}
    used = _placeholders(data)
    undefined = sorted(n for n in used if n not in declared)
    if undefined:
        known = ", ".join(spec.parameters) or "none"
        places = "; ".join(f"${{{n}}} in {', '.join(used[n])}" for n in undefined)
        raise MappingError(
            f"Mapping {where} uses {', '.join('${' + n + '}' for n in undefined)}, which "
            f"{'is not a parameter' if len(undefined) == 1 else 'are not parameters'} of the "
            f"mapping (parameters: {known}); used at {places}. Declare it under "
            "'parameters:' or fix the name."
        )
    spec._raw = data
    return spec


def _placeholders(data: Any, path: str = "") -> dict[str, list[str]]:
    """Every ``${name}`` in ``data`` -> where it is used (``sources[0].transforms.spend``)."""
    if isinstance(data, str):
        return {name: [path or "(top)"] for name in PARAM.findall(data)}
    found: dict[str, list[str]] = {}
    if not isinstance(data, dict | list):
        return found
    for k, v in data.items() if isinstance(data, dict) else enumerate(data):
        at = f"{path}.{k}".lstrip(".") if isinstance(data, dict) else f"{path}[{k}]"
        for part in (_placeholders(k, at) if isinstance(data, dict) else {}, _placeholders(v, at)):
            for name, places in part.items():
                found.setdefault(name, []).extend(p for p in places if p not in found[name])
    return found


def fill(data: Any, values: Mapping[str, str], missing: set[str]) -> Any:
    """``data`` with every ``${name}`` replaced by ``values[name]``; names without a value are
    added to ``missing`` and left as written."""
    if isinstance(data, str):

        def one(m: re.Match[str]) -> str:
            if m.group(1) in values:
                return values[m.group(1)]
            missing.add(m.group(1))
            return m.group(0)

        return PARAM.sub(one, data)
    if isinstance(data, dict):
        return {fill(k, values, missing): fill(v, values, missing) for k, v in data.items()}
    if isinstance(data, list):
        return [fill(v, values, missing) for v in data]
    return data
