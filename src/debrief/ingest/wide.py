"""Wide marketing-mix files: one row per date (and geo), one column per channel.

The files marketing-mix tools ship and teams keep for them (Robyn's ``dt_simulated_weekly``,
Meridian's ``national_media``, PyMC-Marketing's ``mmm_example``) hold a date column, a spend column
per channel (often an impressions column too), the business outcome and some controls. No shipped
mapping can read them: the channels are the columns. :func:`read_wide` turns such a file into the
contract's long tables: ``ad_performance`` (date, channel, spend[, impressions, reach], geo, and
``date_end``/``grain`` when the dates are weeks), ``outcomes`` (date, kpi, value[, geo]) and
``controls`` (date, name, value[, geo]).

Columns are read by name when that is unambiguous (:func:`layout`):

* date: ``date``, ``time``, ``week``, ``date_week``, ``weeks``, ``wk_strt_dt``, ``ds``, ... whose
  values are dates;
* spend: ``<channel>_spend``, ``spend_<channel>``, ``<channel>_cost``, ``cost_<channel>``,
  Robyn's ``<channel>_S``, ``mdsp_<channel>``; impressions and reach of the same channel likewise
  (``_impression(s)``, ``_I``, ``mdip_``; ``_reach``);
* outcome: one of ``revenue``, ``sales``, ``conversions``, ``y``, ... (with
  ``revenue_per_conversion`` beside ``conversions`` a ``revenue`` kpi is loaded as well);
* controls: ``*_control``, ``event*``, ``promo*``, ``holiday``/``hldy_*``, ``competitor*``,
  ``price*``, Robyn's ``*_B``, ``organic*``, ``newsletter``; a text control (Robyn's ``events``:
  ``na``/``event1``/``event2``) becomes one 0/1 control per value.

Anything else (``dayofyear``, ``t``, a pandas index, true contributions of a simulation) is left
out and named. When the names do not say which column is what, the file is refused with the flags
that say it: ``--kpi COL``, ``--channels COL,COL`` (spend columns), ``--controls COL,COL``,
``--date COL``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.convert import safe_cast, text, to_number
from debrief.ingest.problems import ProblemLog
from debrief.ingest.readers import read_file
from debrief.ingest.sniff import Shape
from debrief.ingest.validate import Part

__all__ = ["WideLayout", "WideOptions", "date_column", "hint", "layout", "load_wide", "read_wide"]

DATE_NAMES = (
    "date", "time", "week", "weeks", "date_week", "week_start", "week_starting", "wk_strt_dt",
    "ds", "day", "period", "date_day",
)  # fmt: skip
OUTCOME_NAMES = (
    "revenue", "sales", "total_revenue", "total_sales", "conversions", "orders", "sign_ups",
    "signups", "leads", "bookings", "gmv", "kpi", "outcome", "y", "target", "target_var",
)  # fmt: skip
GEO_NAMES = ("geo", "region", "dma", "market", "country", "state", "geo_id")
_SPEND = (
    re.compile(r"^(?P<c>.+?)_(spend|cost)$", re.I),
    re.compile(r"^(spend|cost)_(?P<c>.+)$", re.I),
    re.compile(r"^(?P<c>.+)_S$"),
    re.compile(r"^mdsp_(?P<c>.+)$", re.I),
)
_IMPRESSIONS = (
    re.compile(r"^(?P<c>.+?)_impressions?$", re.I),
    re.compile(r"^impressions?_(?P<c>.+)$", re.I),
    re.compile(r"^(?P<c>.+)_I$"),
    re.compile(r"^mdip_(?P<c>.+)$", re.I),
)
_REACH = (re.compile(r"^(?P<c>.+?)_reach$", re.I),)
_NUMBERED_OUTCOME = re.compile(r"^(revenue|sales|conversions|y|kpi|target)_?\d+$", re.I)
_CONTROL = re.compile(
    r"control|^events?($|_)|promo|holiday|^hldy_|competitor|price|discount|organic|newsletter",
    re.I,
)
_ROBYN_BASELINE = re.compile(r"^.+_B$")
GRAIN_WORDS = {"day": "daily", "week": "weekly", "month": "monthly"}
#: A pandas index written with the data (no name, ``Unnamed: 0``, or named by position).
_INDEX = re.compile(r"^$|^unnamed: ?\d+$|^column_\d+$", re.I)
#: Text cells of a text control that mean "nothing happened".
_NOTHING = {"", "na", "n/a", "none", "null", "0", "false", "no"}


@dataclass(frozen=True)
class WideOptions:
    """What the user said about a wide file's columns (``debrief ingest --kpi ...``)."""

    kpi: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    controls: tuple[str, ...] | None = None
    date: str | None = None

    @property
    def given(self) -> bool:
        return bool(self.kpi or self.channels or self.controls is not None or self.date)


@dataclass
class WideLayout:
    """Which column of a wide file is what."""

    date: str
    geo: str | None = None
    #: channel -> spend column (impressions / reach of the same channel where present).
    spend: dict[str, str] = field(default_factory=dict)
    impressions: dict[str, str] = field(default_factory=dict)
    reach: dict[str, str] = field(default_factory=dict)
    #: kpi -> outcome column (``revenue`` from conversions x revenue_per_conversion: "a*b").
    outcomes: dict[str, str] = field(default_factory=dict)
    controls: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    #: Why the layout is not complete (then the file is refused with the flags to give).
    missing: list[str] = field(default_factory=list)


def _channel(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", name.strip()).strip("_").lower() or "channel"


def _match(patterns: Sequence[re.Pattern[str]], name: str) -> str | None:
    for p in patterns:
        m = p.match(name)
        if m:
            return _channel(m.group("c"))
    return None


def date_column(header: Sequence[str], given: str | None = None) -> str | None:
    """The date column of a header by name (``given`` wins), or None."""
    if given is not None:
        return next((h for h in header if h.lower() == given.lower()), None)
    by_name = {h.lower(): h for h in header}
    return next((by_name[n] for n in DATE_NAMES if n in by_name), None)


def _find(header: Sequence[str], name: str) -> str | None:
    return next((h for h in header if h.lower() == name.strip().lower()), None)


def layout(header: Sequence[str], opts: WideOptions = WideOptions()) -> WideLayout | None:
    """What each column of a wide file is, from its names and ``opts``; None without a date
    column (then the file is not a wide marketing-mix file)."""
    date = date_column(header, opts.date)
    if date is None:
        return None
    out = WideLayout(date=date)
    out.geo = next((h for h in header if h.lower() in GEO_NAMES and h != date), None)
    rest = [h for h in header if h not in (date, out.geo)]
    unknown = [c for c in (*opts.kpi, *opts.channels, *(opts.controls or ())) if not _find(rest, c)]
    if unknown:
        out.missing.append(f"no column named {', '.join(unknown)}")
        return out
    if opts.channels:
        for c in opts.channels:
            col = _find(rest, c)
            out.spend[_match(_SPEND, col) or _channel(col)] = col  # type: ignore[arg-type]
    else:
        for h in rest:
            ch = _match(_SPEND, h)
            if ch is not None:
                out.spend.setdefault(ch, h)
    for h in rest:
        ch = _match(_IMPRESSIONS, h)
        if ch in out.spend:
            out.impressions.setdefault(ch, h)
        ch = _match(_REACH, h)
        if ch in out.spend:
            out.reach.setdefault(ch, h)
    if opts.kpi:
        for k in opts.kpi:
            col = _find(rest, k)
            out.outcomes[_channel(col)] = col  # type: ignore[arg-type]
    else:
        lower = {h.lower(): h for h in rest}
        named = [lower[n] for n in OUTCOME_NAMES if n in lower]
        numbered = [h for h in rest if _NUMBERED_OUTCOME.match(h)]
        if not named and len(numbered) > 1:
            out.missing.append(f"several outcome columns ({', '.join(numbered)})")
        elif not named:
            named = numbered
        if named:
            out.outcomes[_channel(named[0])] = named[0]
            rpc = lower.get("revenue_per_conversion")
            if named[0].lower() == "conversions" and rpc is not None and "revenue" not in lower:
                out.outcomes["revenue"] = f"{named[0]}*{rpc}"
    used = set(out.spend.values()) | set(out.impressions.values()) | set(out.reach.values())
    used |= {p for v in out.outcomes.values() for p in v.split("*")}
    if opts.controls is not None:
        out.controls = [_find(rest, c) for c in opts.controls]  # type: ignore[misc]
    else:
        out.controls = [h for h in rest if h not in used and _auto_control(h)]
    used |= set(out.controls)
    out.left_out = [h for h in rest if h not in used]
    if not out.spend:
        out.missing.append("no spend column (named <channel>_spend, spend_<channel>, ...)")
    if not out.outcomes and not numbered_missing(out):
        out.missing.append("no outcome column (revenue, sales, conversions, y, ...)")
    return out


def numbered_missing(lay: WideLayout) -> bool:
    return any(m.startswith("several outcome") for m in lay.missing)


def looks_wide(lay: WideLayout) -> bool:
    """Some column is named like a channel's spend or an outcome: worth the flags' hint."""
    return bool(lay.spend or lay.outcomes or numbered_missing(lay))


def _auto_control(name: str) -> bool:
    if name.lower().startswith("organic"):
        return True  # organic media (Meridian's Organic_channel0_impression) moves outcomes too
    if _match(_IMPRESSIONS, name) or _match(_SPEND, name):
        return False
    return bool(_CONTROL.search(name) or _ROBYN_BASELINE.match(name))


def hint(lay: WideLayout, label: str) -> str:
    """The flags that would load a wide file whose layout is incomplete."""
    shown = [c for c in lay.left_out if not _INDEX.match(c)]
    numeric = ", ".join(shown[:12]) + (", ..." if len(shown) > 12 else "")
    return (
        f"{label} looks like a wide marketing-mix file (date column {lay.date!r}, one column per "
        f"channel) but {' and '.join(lay.missing)}; name its columns: debrief ingest {label} "
        "--kpi OUTCOME_COLUMN --channels SPEND_COLUMN,SPEND_COLUMN [--controls COLUMN,COLUMN]"
        + (f" (columns not read: {numeric})" if numeric else "")
    )


def _dates(arr: pa.Array) -> pa.Array:
    t = text(arr)
    d = safe_cast(t, pa.date32())
    if d.null_count > t.null_count:
        d = safe_cast(safe_cast(t, pa.timestamp("s")), pa.date32())
    return d


def _grain(dates: pa.Array) -> str:
    """``week`` (distinct dates a multiple of 7 days apart), ``month`` (every date the 1st, months
    apart), else ``day``."""
    days = sorted({d for d in dates.to_pylist() if d is not None})
    gaps = {(b - a).days for a, b in itertools.pairwise(days)}
    if gaps and min(gaps) >= 7 and all(g % 7 == 0 for g in gaps):
        return "week"
    if gaps and min(gaps) >= 28 and all(d.day == 1 for d in days):
        return "month"
    return "day"


def _ends(dates: pa.Array, grain: str) -> pa.Array:
    """The last day each row covers: date + 6 for weeks, the month's last day for months."""
    if grain == "week":
        return pc.add(dates, pa.scalar(dt.timedelta(days=6)))
    ends = []
    for d in dates.to_pylist():
        if d is None:
            ends.append(None)
            continue
        first_next = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        ends.append(first_next - dt.timedelta(days=1))
    return pa.array(ends, pa.date32())


def _whole(values: pa.Array) -> bool:
    present = pc.drop_null(values)
    return len(present) == 0 or bool(pc.all(pc.equal(pc.floor(present), present)).as_py())


def _number(table: pa.Table, spec: str) -> pa.Array:
    parts = [to_number(table.column(c).combine_chunks())[0] for c in spec.split("*")]
    out = parts[0]
    for p in parts[1:]:
        out = pc.multiply(out, p)
    return out


def read_wide(shape: Shape, lay: WideLayout, log: ProblemLog, notes: list[str]) -> list[Part]:
    """The ``ad_performance``, ``outcomes`` and ``controls`` parts of a wide file."""
    raw = read_file(shape.path, log, shape.read_options())
    if raw is None:
        return []
    t, n = raw.table, raw.table.num_rows
    dates = _dates(t.column(lay.date).combine_chunks())
    grain = _grain(dates)
    geo = text(t.column(lay.geo).combine_chunks()) if lay.geo else None
    rows = pa.array(range(n), pa.int64())

    def base(extra: dict[str, pa.Array]) -> dict[str, pa.Array]:
        cols = {"date": t.column(lay.date).combine_chunks(), **extra, "_row": rows}
        if geo is not None:
            cols["geo"] = geo
        return cols

    ads, outs, ctrls = [], [], []
    fractional: list[str] = []
    for ch, col in lay.spend.items():
        cols = base({"channel": pa.array([ch] * n, pa.string()), "spend": t.column(col)})
        if ch in lay.impressions:
            imp = to_number(t.column(lay.impressions[ch]).combine_chunks())[0]
            if _whole(imp):
                cols["impressions"] = imp
            else:  # modelled exposure (Robyn's facebook_I): not a count of impressions
                fractional.append(lay.impressions[ch])
        if ch in lay.reach:
            cols["reach"] = t.column(lay.reach[ch])
        if grain != "day":
            cols["date_end"] = _ends(dates, grain)
            cols["grain"] = pa.array([grain] * n, pa.string())
        ads.append(pa.table({k: v.combine_chunks() if isinstance(v, pa.ChunkedArray) else v
                             for k, v in cols.items()}))  # fmt: skip
    for kpi, spec in lay.outcomes.items():
        outs.append(pa.table(base({"kpi": pa.array([kpi] * n, pa.string()),
                                   "value": _number(t, spec)})))  # fmt: skip
    for col in lay.controls:
        arr = t.column(col).combine_chunks()
        values, bad = to_number(arr)
        if pc.any(bad).as_py():  # a text control: one 0/1 control per value
            labels = pc.utf8_lower(text(arr))
            for v in sorted({x for x in labels.to_pylist() if (x or "") not in _NOTHING}):
                flag = pc.cast(pc.fill_null(pc.equal(labels, v), False), pa.float64())
                ctrls.append(pa.table(base({"name": pa.array([_channel(v)] * n, pa.string()),
                                            "value": flag})))  # fmt: skip
            continue
        ctrls.append(pa.table(base({"name": pa.array([_channel(col)] * n, pa.string()),
                                    "value": values})))  # fmt: skip
    parts = []
    for table, pieces in (("ad_performance", ads), ("outcomes", outs), ("controls", ctrls)):
        if not pieces:
            continue
        stacked = pa.concat_tables(pieces, promote_options="permissive")
        src = stacked.column("_row").to_pylist()
        data = stacked.drop_columns(["_row"])

        def line_of(idx: Sequence[int], _src: list[int] = src) -> list[int]:
            return raw.line_of([_src[i] for i in idx])

        parts.append(Part(table, raw.label, data, line_of))
    lay.impressions = {c: v for c, v in lay.impressions.items() if v not in fractional}
    lay.left_out += fractional
    notes.extend(_note(raw.label, lay, grain))
    return parts


def _note(label: str, lay: WideLayout, grain: str) -> list[str]:
    chans = ", ".join(f"{c} ({col})" for c, col in lay.spend.items())
    kpis = ", ".join(f"{k} ({col.replace('*', ' x ')})" for k, col in lay.outcomes.items())
    lines = [
        f"Read {label} as a wide marketing-mix file ({GRAIN_WORDS[grain]} rows by "
        f"{lay.date!r}{', per ' + repr(lay.geo) if lay.geo else ''}):",
        f"  outcomes: {kpis}",
        f"  ad_performance spend per channel: {chans}",
    ]
    if lay.impressions:
        lines.append(f"  impressions: {', '.join(lay.impressions.values())}")
    lines.append(f"  controls: {', '.join(lay.controls) or 'none'}")
    shown = [c for c in lay.left_out if not _INDEX.match(c)]
    if shown:
        lines.append(f"  not loaded: {', '.join(shown)} (name them with --controls to use them)")
    return lines


def load_wide(
    shapes: Sequence[Shape],
    opts: WideOptions,
    log: ProblemLog,
    notes: list[str],
    parts: list[Part],
) -> tuple[list[Shape], dict[str, str]]:
    """Read every wide marketing-mix file among ``shapes`` (files no mapping recognised) into
    ``parts``; the shapes left, and for those that look wide but are incomplete, the flags to
    give (by file path). With ``opts`` given, an incomplete file is an error."""
    left: list[Shape] = []
    hints: dict[str, str] = {}
    for shape in shapes:
        lay = None if shape.error else layout(shape.header, opts)
        if lay is None:
            if opts.given and not shape.error:
                log.add(shape.path.name, opts.date, "no date column (date, time, week, "
                        "date_week, ...): name it with --date COLUMN", "error")  # fmt: skip
            left.append(shape)
            continue
        if lay.missing:
            if not (opts.given or looks_wide(lay)):
                left.append(shape)
                continue
            hints[str(shape.path)] = hint(lay, shape.path.name)
            if opts.given:
                log.add(shape.path.name, None, hints[str(shape.path)], "error")
            left.append(shape)
            continue
        parts.extend(read_wide(shape, lay, log, notes))
    return left, hints
