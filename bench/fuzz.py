"""Fuzz ``debrief ingest``: damaged files in, one clear refusal (or a clean load) out, nothing lost.

Each input is a seeded, reproducible case: one or two of a contract table's files (or a real
export from ../shared/data, recognised by its header) damaged by one to three of ~70 kinds of
damage — bad cells (non-finite or huge numbers, dates outside the storable range, nested JSON
values, invalid UTF-8, 200 KB cells, formulas...), structural damage (missing or duplicated
columns, ragged rows, unclosed quotes, header-only files, wrong delimiter, BOMs, UTF-16, gzip or
random bytes) and type damage in Parquet (lists, structs, uint64 maximum, inf, nanosecond
timestamps...) — written as CSV, Parquet or JSON Lines, and loaded into a copy of a small
workspace (replacing or ``--append``), or into a workspace the ingest must create.

Counted, per input:

* **traceback** — the ingest raised something the CLI reports as a bug (exit 3), i.e. not a
  ``UserError``/deliberate error with its message;
* **partial write** — a refused ingest changed the workspace (a table's rows or the list of
  tables, a ``_debrief_stage_*`` left behind) or left a new workspace file behind;
* **no file named** — a refusal whose message does not name the damaged file (nor, for
  whole-workspace problems, the workspace);
* **no place** — a refusal's error rows without line or column (whole-file problems: listed,
  not a failure: "cannot be read", "has no rows", a missing column...);
* accepted / refused totals.

    python bench/fuzz.py --count 10000 --jobs 2          # the slow run quoted in issue 11
    python bench/fuzz.py --count 300 --seed 1            # what tests/ingest/test_fuzz.py runs
    python bench/fuzz.py --only 4711 --seed 0 --show     # replay one case, print its message

``tests/ingest/test_fuzz.py`` imports :func:`run_cases` and asserts 0 tracebacks, 0 partial
writes and 0 unnamed refusals over a few hundred cases.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import gzip
import io
import json
import multiprocessing as mp
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DEBRIEF_SHARED_DATA") or ROOT.parent / "shared" / "data")
SEED_ROWS = 30

# Real exports read in place (never copied into the repository), recognised by their header.
REAL_SEEDS = (
    "fb_ads_kag/KAG_conversion_data.csv",
    "platform_samples/ui_google_search_console/Queries.csv",
    "platform_samples/connector_fivetran_google_ads/campaign_stats_data.csv",
)


# ----------------------------------------------------------------------------------------------
# Seeds: the demo company's tables, first rows only (small and fast), plus real exports.
@dataclass
class Seed:
    name: str  # file stem: a contract table, or a real export's stem
    header: list[str]
    rows: list[list[str]]
    real: bool = False


def demo_seeds(folder: Path) -> list[Seed]:
    seeds = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = [r for _, r in zip(range(SEED_ROWS), reader, strict=False)]
        seeds.append(Seed(path.stem, header, rows))
    return seeds


def real_seeds() -> list[Seed]:
    seeds = []
    for rel in REAL_SEEDS:
        path = SHARED / rel
        if not path.is_file():
            continue
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = [r for _, r in zip(range(SEED_ROWS), reader, strict=False)]
        seeds.append(Seed(path.stem, header, rows, real=True))
    return seeds


# ----------------------------------------------------------------------------------------------
# Damage. A case holds header + rows of strings (or typed values for Parquet/JSON), then bytes.
@dataclass
class Case:
    seed: Seed
    header: list[str]
    rows: list[list[Any]]
    fmt: str  # csv | parquet | jsonl
    kinds: list[str] = field(default_factory=list)
    # Parquet/JSON only: columns forced to a special Arrow type / JSON token.
    typed: dict[str, Any] = field(default_factory=dict)
    csv_opts: dict[str, Any] = field(default_factory=dict)
    byte_ops: list[Callable[[bytes, random.Random], bytes]] = field(default_factory=list)
    suffix: str | None = None


NUMERIC_HINTS = (
    "spend",
    "budget",
    "value",
    "target",
    "impressions",
    "clicks",
    "conversions",
    "revenue",
    "cost",
    "amount",
    "sessions",
    "views",
    "opens",
    "sends",
    "reach",
)
DATE_HINTS = ("date", "month", "ts", "_at", "time", "day", "week")

BAD_CELLS = {
    "empty": "",
    "na": "n/a",
    "text": "lots",
    "huge": "1e30",
    "overflow_float": "1e400",
    "inf": "inf",
    "neg_inf": "-Infinity",
    "nan": "NaN",
    "negative": "-5",
    "fraction": "2.5",
    "long_digits": "123456789012345678901234567890",
    "thousands": "1,234,567",
    "currency": "$12.50",
    "percent": "12%",
    "comma_decimal": "12,5",
    "bool": "true",
    "date_1600": "1600-01-01",
    "date_2300": "2300-06-01",
    "date_feb30": "2024-02-30",
    "date_slash": "01/02/2024",
    "ts_tz": "2026-10-01T25:61:00+14:00",
    "ts_far": "9999-12-31T23:59:59Z",
    "year_zero": "0000-01-01",
    "formula": '=HYPERLINK("http://x","y")',
    "dde": "=cmd|' /C calc'!A0",
    "at_sum": "@SUM(1+1)",
    "emoji": "📈 launch — “quotes”",
    "nul": "a\x00b",
    "control": "a\x07\x1bb",
    "newline": "line one\nline two",
    "cr": "line\rbreak",
    "quote": 'he said "hi"',
    "spaces": "   ",
    "padded": "  Search  ",
    "big_cell": "x" * 140_000,  # over the csv module's 128 KB default field limit
    "json_like": '{"a": [1, 2]}',
    "sql": "'); DROP TABLE campaigns; --",
    "html": "<script>alert(1)</script>",
    "zero_width": "\u200bSearch",
    "rtl": "\u202eevil",
    "surrogate_like": "\\ud800",
}


def _pick_col(case: Case, rng: random.Random, hints: tuple[str, ...] = ()) -> int | None:
    if not case.header:
        return None
    matches = [i for i, h in enumerate(case.header) if any(k in h.lower() for k in hints)]
    pool = matches if hints and matches else list(range(len(case.header)))
    return rng.choice(pool)


def cell_damage(kind: str) -> Callable[[Case, random.Random], None]:
    value = BAD_CELLS[kind]

    def apply(case: Case, rng: random.Random) -> None:
        if not case.rows:
            return
        hints = (
            NUMERIC_HINTS
            if kind
            in (
                "huge",
                "overflow_float",
                "inf",
                "neg_inf",
                "nan",
                "negative",
                "fraction",
                "long_digits",
                "thousands",
                "currency",
                "percent",
                "comma_decimal",
                "bool",
            )
            else DATE_HINTS
            if kind.startswith(("date", "ts", "year"))
            else ()
        )
        col = _pick_col(case, rng, hints)
        if col is None:
            return
        for _ in range(rng.choice((1, 1, 2, 5))):
            row = rng.choice(case.rows)
            if col < len(row):
                row[col] = value

    return apply


def drop_column(case: Case, rng: random.Random) -> None:
    if len(case.header) > 1:
        i = rng.randrange(len(case.header))
        del case.header[i]
        for r in case.rows:
            if i < len(r):
                del r[i]


def duplicate_header(case: Case, rng: random.Random) -> None:
    if len(case.header) > 1:
        i, j = rng.sample(range(len(case.header)), 2)
        case.header[j] = case.header[i]


def rename_header(case: Case, rng: random.Random) -> None:
    i = _pick_col(case, rng)
    if i is not None:
        case.header[i] = rng.choice(
            (case.header[i].upper(), f" {case.header[i]} ", case.header[i] + "_x", "", "Unnamed: 0")
        )


def extra_column(case: Case, rng: random.Random) -> None:
    case.header.append(rng.choice(("notes2", "extra", "", "spend")))
    for r in case.rows:
        r.append(rng.choice(("x", "", "1")))


def reorder_columns(case: Case, rng: random.Random) -> None:
    order = list(range(len(case.header)))
    rng.shuffle(order)
    case.header = [case.header[i] for i in order]
    case.rows = [[r[i] for i in order if i < len(r)] for r in case.rows]


def header_only(case: Case, rng: random.Random) -> None:
    case.rows = []


def ragged(case: Case, rng: random.Random) -> None:
    if case.rows:
        r = rng.choice(case.rows)
        if rng.random() < 0.5 and r:
            r.pop()
        else:
            r.extend(["surplus", "cells"])


def duplicate_rows(case: Case, rng: random.Random) -> None:
    if case.rows:
        r = rng.choice(case.rows)
        case.rows.insert(rng.randrange(len(case.rows) + 1), list(r))


def all_same_rows(case: Case, rng: random.Random) -> None:
    if case.rows:
        case.rows = [list(case.rows[0]) for _ in case.rows]


def many_rows(case: Case, rng: random.Random) -> None:
    if case.rows:
        # Copies keep at most 1 KB a cell: one big cell is damage enough, a thousand only slow.
        case.rows = [
            [c[:1000] if isinstance(c, str) else c for c in rng.choice(case.rows)]
            for _ in range(rng.choice((200, 1000)))
        ]


def blank_cells_column(case: Case, rng: random.Random) -> None:
    i = _pick_col(case, rng)
    if i is not None:
        for r in case.rows:
            if i < len(r):
                r[i] = ""


def swap_cells(case: Case, rng: random.Random) -> None:
    if len(case.header) > 1 and case.rows:
        i, j = rng.sample(range(len(case.header)), 2)
        for r in rng.sample(case.rows, min(3, len(case.rows))):
            if i < len(r) and j < len(r):
                r[i], r[j] = r[j], r[i]


STRUCTURE = {
    "drop_column": drop_column,
    "duplicate_header": duplicate_header,
    "rename_header": rename_header,
    "extra_column": extra_column,
    "reorder_columns": reorder_columns,
    "header_only": header_only,
    "ragged": ragged,
    "duplicate_rows": duplicate_rows,
    "all_same_rows": all_same_rows,
    "many_rows": many_rows,
    "blank_column": blank_cells_column,
    "swap_cells": swap_cells,
}


# CSV dialect damage (applied when writing).
def _opt(**kw: Any) -> Callable[[Case, random.Random], None]:
    def apply(case: Case, rng: random.Random) -> None:
        case.csv_opts.update(kw)

    return apply


CSV_OPTS = {
    "semicolon": _opt(delimiter=";"),
    "tab": _opt(delimiter="\t"),
    "crlf": _opt(lineterminator="\r\n"),
    "cr_only": _opt(lineterminator="\r"),
    "quote_all": _opt(quoting=csv.QUOTE_ALL),
    "bom": _opt(bom=True),
    "latin1": _opt(encoding="latin-1"),
    "utf16": _opt(encoding="utf-16"),
    "cp1252": _opt(encoding="cp1252"),
    "blank_lines": _opt(blank_lines=True),
    "no_final_newline": _opt(no_final_newline=True),
}


# Byte damage (applied to the written file, any format).
def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)] if data else data


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    b = bytearray(data)
    for _ in range(rng.choice((1, 3, 20))):
        i = rng.randrange(len(b))
        b[i] = rng.randrange(256)
    return bytes(b)


def insert_garbage(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data) + 1)
    junk = rng.choice((b"\xff\xfe\x00", b"\xc3\x28", b"\x00" * 8, b'"', b"\n\n", b"\xe9t\xe9"))
    return data[:i] + junk + data[i:]


def unclosed_quote(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    if len(lines) > 2:
        i = rng.randrange(1, len(lines) - 1)
        lines[i] = b'"' + lines[i]
    return b"\n".join(lines)


def gzip_bytes(data: bytes, rng: random.Random) -> bytes:
    return gzip.compress(data)


def random_bytes(data: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice((0, 1, 17, 4096)))


def empty_file(data: bytes, rng: random.Random) -> bytes:
    return b""


def bom_only(data: bytes, rng: random.Random) -> bytes:
    return b"\xef\xbb\xbf"


def latin1_cell(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    if len(lines) > 2:
        i = rng.randrange(1, len(lines) - 1)
        lines[i] = lines[i].replace(b",", b",\xe9", 1) if b"," in lines[i] else lines[i] + b"\xe9"
    return b"\n".join(lines)


BYTES = {
    "truncate": truncate,
    "flip_bytes": flip_bytes,
    "insert_garbage": insert_garbage,
    "unclosed_quote": unclosed_quote,
    "gzip": gzip_bytes,
    "random_bytes": random_bytes,
    "empty_file": empty_file,
    "bom_only": bom_only,
    "latin1_cell": latin1_cell,
}


# Typed damage for Parquet and JSON Lines (a column becomes a special type/token).
TYPED = (
    "list",
    "struct",
    "uint64_max",
    "float_inf",
    "float_nan",
    "int_for_text",
    "bool_col",
    "null_col",
    "binary_col",
    "ts_ns",
    "ts_tz",
    "date32",
    "decimal",
    "dictionary",
    "large_string",
    "int8_overflow",
    "json_infinity",
    "json_nested",
    "json_not_object",
    "json_bad_line",
    "json_dup_key",
)


def typed_damage(kind: str) -> Callable[[Case, random.Random], None]:
    def apply(case: Case, rng: random.Random) -> None:
        col = _pick_col(case, rng, NUMERIC_HINTS if "float" in kind or "int" in kind else ())
        if col is not None:
            case.typed[case.header[col]] = kind

    return apply


# ----------------------------------------------------------------------------------------------
# Writers.
def _number(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return int(text)
    except ValueError:
        pass
    try:
        f = float(text)
    except ValueError:
        return text
    return f if f == f and f not in (float("inf"), float("-inf")) else text


def write_csv(case: Case) -> bytes:
    opts = case.csv_opts
    buf = io.StringIO()
    w = csv.writer(
        buf,
        delimiter=opts.get("delimiter", ","),
        lineterminator=opts.get("lineterminator", "\n"),
        quoting=opts.get("quoting", csv.QUOTE_MINIMAL),
    )
    w.writerow(case.header)
    for i, r in enumerate(case.rows):
        w.writerow(r)
        if opts.get("blank_lines") and i % 7 == 3:
            buf.write(opts.get("lineterminator", "\n"))
    text = buf.getvalue()
    if opts.get("no_final_newline"):
        text = text.rstrip("\r\n")
    enc = opts.get("encoding", "utf-8")
    data = text.encode(enc, errors="replace")
    if opts.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data


def _column_values(case: Case, i: int) -> list[Any]:
    return [r[i] if i < len(r) else None for r in case.rows]


def write_parquet(case: Case) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays, names = [], []
    seen: Counter[str] = Counter()
    for i, name in enumerate(case.header):
        seen[name] += 1
        label = name if seen[name] == 1 else f"{name}"  # duplicates kept: Arrow allows them
        vals = _column_values(case, i)
        kind = case.typed.get(name)
        n = len(vals)
        if kind == "list":
            arr = pa.array([[v, v] for v in vals])
        elif kind == "struct":
            arr = pa.array([{"a": v} for v in vals])
        elif kind == "uint64_max":
            arr = pa.array([2**64 - 1] * n, pa.uint64())
        elif kind == "float_inf":
            arr = pa.array([float("inf")] * n, pa.float64())
        elif kind == "float_nan":
            arr = pa.array([float("nan")] * n, pa.float64())
        elif kind == "int_for_text":
            arr = pa.array(list(range(n)), pa.int64())
        elif kind == "bool_col":
            arr = pa.array([True] * n)
        elif kind == "null_col":
            arr = pa.nulls(n)
        elif kind == "binary_col":
            arr = pa.array([b"\xff\xfe" + str(v).encode() for v in vals], pa.binary())
        elif kind == "ts_ns":
            arr = pa.array([10**18 * 9] * n, pa.timestamp("ns"))
        elif kind == "ts_tz":
            arr = pa.array([1_700_000_000_000_000] * n, pa.timestamp("us", tz="Asia/Kolkata"))
        elif kind == "date32":
            arr = pa.array([2_000_000] * n, pa.date32())  # year ~7445
        elif kind == "decimal":
            import decimal

            arr = pa.array([decimal.Decimal("1e20")] * n, pa.decimal128(38, 2))
        elif kind == "dictionary":
            arr = pa.array([str(v) for v in vals]).dictionary_encode()
        elif kind == "large_string":
            arr = pa.array([str(v) for v in vals], pa.large_string())
        elif kind == "int8_overflow":
            arr = pa.array([127] * n, pa.int8())
        else:
            typed = [_number(v) if v != "" else None for v in vals]
            try:
                arr = pa.array(typed)
            except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
                arr = pa.array([None if v is None else str(v) for v in vals], pa.string())
        arrays.append(arr)
        names.append(label)
    table = pa.Table.from_arrays(arrays, names=names) if arrays else pa.table({})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def write_jsonl(case: Case) -> bytes:
    lines = []
    for r in case.rows:
        obj: dict[str, Any] = {}
        for i, name in enumerate(case.header):
            v = r[i] if i < len(r) else None
            kind = case.typed.get(name)
            if kind in ("list", "json_nested"):
                obj[name] = [v]
            elif kind == "struct":
                obj[name] = {"v": v}
            elif kind in ("float_inf", "json_infinity"):
                obj[name] = float("inf")
            elif kind == "float_nan":
                obj[name] = float("nan")
            elif kind == "uint64_max":
                obj[name] = 2**64 - 1
            elif kind == "bool_col":
                obj[name] = True
            elif kind == "null_col":
                obj[name] = None
            else:
                obj[name] = _number(v) if isinstance(v, str) and v != "" else v
        line = json.dumps(obj, ensure_ascii=False)  # allow_nan: writes Infinity / NaN
        if any(k == "json_dup_key" for k in case.typed.values()) and case.header:
            line = line[:-1] + f', "{case.header[0]}": "dup"}}'
        lines.append(line)
    kinds = set(case.typed.values())
    if "json_not_object" in kinds and lines:
        lines[len(lines) // 2] = "[1, 2, 3]"
    if "json_bad_line" in kinds and lines:
        lines[len(lines) // 2] = lines[len(lines) // 2][:-3]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def render(case: Case) -> bytes:
    if case.fmt == "parquet":
        data = write_parquet(case)
    elif case.fmt == "jsonl":
        data = write_jsonl(case)
    else:
        data = write_csv(case)
    return data


# ----------------------------------------------------------------------------------------------
# Generating one case from its index.
@dataclass
class Input:
    index: int
    files: dict[str, bytes]  # file name -> bytes
    damaged: list[str]  # the damaged file names
    kinds: list[str]
    append: bool
    new_workspace: bool
    allow_empty: bool


def make_input(index: int, seed: int, seeds: list[Seed]) -> Input:
    rng = random.Random(seed * 1_000_003 + index)
    src = rng.choice(seeds)
    fmt = "csv" if src.real else rng.choice(("csv", "csv", "parquet", "jsonl"))
    case = Case(src, list(src.header), [list(r) for r in src.rows], fmt)
    n_damage = rng.choice((1, 1, 2, 3))
    for _ in range(n_damage):
        family = rng.random()
        if family < 0.40:
            kind = rng.choice(sorted(BAD_CELLS))
            cell_damage(kind)(case, rng)
        elif family < 0.62:
            kind = rng.choice(sorted(STRUCTURE))
            STRUCTURE[kind](case, rng)
        elif family < 0.75 and fmt == "csv":
            kind = rng.choice(sorted(CSV_OPTS))
            CSV_OPTS[kind](case, rng)
        elif family < 0.85 and fmt != "csv":
            kind = rng.choice(TYPED)
            typed_damage(kind)(case, rng)
        else:
            kind = rng.choice(sorted(BYTES))
            case.byte_ops.append(BYTES[kind])
        case.kinds.append(kind)
    try:
        data = render(case)
    except Exception as exc:  # the generator itself could not write it: a bytes-level case
        case.kinds.append(f"unwritable:{type(exc).__name__}")
        data = write_csv(Case(src, case.header, [[str(c) for c in r] for r in case.rows], "csv"))
    for op in case.byte_ops:
        data = op(data, rng)
    suffix = {"csv": ".csv", "parquet": ".parquet", "jsonl": ".jsonl"}[fmt]
    name = src.name + suffix
    files = {name: data}
    damaged = [name]
    if not src.real and rng.random() < 0.3:  # a clean companion file: its load must not hide
        other = rng.choice([s for s in seeds if not s.real and s.name != src.name] or [src])
        if other.name != src.name:
            files[other.name + ".csv"] = write_csv(
                Case(other, list(other.header), [list(r) for r in other.rows], "csv")
            )
    return Input(
        index=index,
        files=files,
        damaged=damaged,
        kinds=case.kinds + ([fmt] if fmt != "csv" else []),
        append=(not src.real) and rng.random() < 0.2,
        new_workspace=rng.random() < 0.15,
        allow_empty=rng.random() < 0.1,
    )


# ----------------------------------------------------------------------------------------------
# Running.
def snapshot(path: Path) -> dict[str, str] | None:
    """Each table of the DuckDB file at ``path`` -> digest of its sorted rows; None if absent."""
    import duckdb

    if not path.exists():
        return None
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for (name,) in con.sql("SELECT table_name FROM duckdb_tables()").fetchall():
            n, digest = con.sql(
                f"SELECT count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' "
                f"ORDER BY CAST(t AS VARCHAR)), '')) FROM \"{name}\" t"
            ).fetchone()
            out[name] = f"{n}:{digest}"
        return out
    finally:
        con.close()


@dataclass
class Outcome:
    index: int
    kinds: list[str]
    status: str  # accepted | refused | traceback
    partial_write: bool = False
    unnamed: bool = False
    no_place: int = 0
    message: str = ""


def run_one(inp: Input, template: Path, work: Path, start: dict[str, str] | None = None) -> Outcome:
    from debrief.cli.common import EXIT_BUG, explain
    from debrief.ingest import ingest
    from debrief.ingest.problems import IngestError

    folder = work / f"in-{inp.index}"
    folder.mkdir()
    for name, data in inp.files.items():
        (folder / name).write_bytes(data)
    ws = work / ("new.duckdb" if inp.new_workspace else "ws.duckdb")
    if inp.new_workspace:
        ws.unlink(missing_ok=True)
    # The shared workspace always starts as the template (it is copied back after any change).
    before = None if inp.new_workspace else (start if start is not None else snapshot(ws))
    outcome = Outcome(inp.index, inp.kinds, "accepted")
    # An exception a library swallows ("Exception ignored in ...") still prints a traceback on
    # the user's terminal: it counts as one.
    swallowed: list[BaseException | None] = []
    hook = sys.unraisablehook
    sys.unraisablehook = lambda u: swallowed.append(u.exc_value)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            ingest([folder], str(ws), append=inp.append, allow_empty=inp.allow_empty)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        message, code = explain(exc)
        outcome.message = message
        outcome.status = "traceback" if code == EXIT_BUG else "refused"
        after = snapshot(ws)
        outcome.partial_write = after != before
        if outcome.status == "refused":
            # Named: the damaged file (or, for a workspace problem, the workspace) is in the
            # message the CLI prints.
            outcome.unnamed = not any(n in message for n in [*inp.files, str(ws)])
            if isinstance(exc, IngestError):
                outcome.no_place = sum(1 for p in exc.errors if p.line is None and p.column is None)
    finally:
        sys.unraisablehook = hook
        shutil.rmtree(folder, ignore_errors=True)
    if swallowed:
        outcome.status = "traceback"
        outcome.message = f"printed a swallowed exception: {swallowed[0]!r}"
    if outcome.status == "accepted" or outcome.partial_write:
        if inp.new_workspace:
            ws.unlink(missing_ok=True)
        else:
            shutil.copyfile(template, ws)  # the next case starts from the same workspace
    return outcome


def make_seeds(base: Path) -> Path:
    """The demo company's tables, first rows only, as CSV files in ``base/seeds``."""
    from debrief.demo import generate

    folder = base / "seeds"
    if not folder.is_dir():
        demo = base / "demo"
        generate(demo, seed=7, scale=0.05)
        tmp = base / "seeds.tmp"
        tmp.mkdir()
        for s in demo_seeds(demo):
            (tmp / f"{s.name}.csv").write_bytes(write_csv(Case(s, s.header, s.rows, "csv")))
        tmp.rename(folder)
        shutil.rmtree(demo)
    return folder


def _worker(args: tuple[list[int], int, str, str]) -> list[Outcome]:
    indices, seed, base, seed_dir = args
    from debrief.ingest import ingest

    work = Path(tempfile.mkdtemp(prefix="fuzz-", dir=base))
    try:
        seeds = demo_seeds(Path(seed_dir)) + real_seeds()
        template = work / "template.duckdb"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            ingest([Path(seed_dir)], str(template))
        shutil.copyfile(template, work / "ws.duckdb")
        start = snapshot(template)
        return [run_one(make_input(i, seed, seeds), template, work, start) for i in indices]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_cases(
    indices: list[int],
    seed: int = 0,
    jobs: int = 1,
    tmp: str | None = None,
    chunk: int = 100,
    sink: Callable[[list[Outcome]], None] | None = None,
) -> list[Outcome]:
    """Run the cases ``indices``; ``jobs`` processes, a fresh interpreter per ``chunk``;
    ``sink`` gets each chunk's outcomes as soon as it is done."""
    base = Path(tempfile.mkdtemp(prefix="debrief-fuzz-", dir=tmp))
    out: list[Outcome] = []
    try:
        seed_dir = str(make_seeds(base))
        chunks = [indices[i : i + chunk] for i in range(0, len(indices), chunk)]
        work = [(c, seed, str(base), seed_dir) for c in chunks]
        if jobs <= 1:
            parts: Iterator[list[Outcome]] = map(_worker, work)
            for part in parts:
                out += part
                if sink:
                    sink(part)
            return out
        ctx = mp.get_context("spawn")
        with ctx.Pool(jobs, maxtasksperchild=1) as pool:
            for part in pool.imap_unordered(_worker, work):
                out += part
                if sink:
                    sink(part)
        return out
    finally:
        shutil.rmtree(base, ignore_errors=True)


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    status = Counter(o.status for o in outcomes)
    kinds = Counter(k for o in outcomes for k in o.kinds)
    return {
        "inputs": len(outcomes),
        "accepted": status["accepted"],
        "refused": status["refused"],
        "tracebacks": status["traceback"],
        "partial_writes": sum(o.partial_write for o in outcomes),
        "refusals_naming_no_file": sum(o.unnamed for o in outcomes),
        "refusals_with_whole_file_errors": sum(1 for o in outcomes if o.no_place),
        "kinds_of_damage": len(kinds),
        "failures": [
            {
                "index": o.index,
                "kinds": o.kinds,
                "status": o.status,
                "partial_write": o.partial_write,
                "unnamed": o.unnamed,
                "message": o.message[:400],
            }
            for o in outcomes
            if o.status == "traceback" or o.partial_write or o.unnamed
        ][:50],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, default=None, help="replay one case")
    ap.add_argument("--show", action="store_true", help="print each case's message")
    ap.add_argument("--json", type=Path, default=None, help="write the summary here")
    ap.add_argument(
        "--log",
        type=Path,
        default=None,
        help="append each case's outcome here as it is done (JSON Lines; a long run can be "
        "read while it runs with --summarise)",
    )
    ap.add_argument("--summarise", type=Path, default=None, help="summarise a --log file")
    args = ap.parse_args(argv)
    if args.summarise:
        outcomes = [
            Outcome(**json.loads(line))
            for line in args.summarise.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        print(json.dumps(summarise(outcomes), indent=2))
        return 0
    indices = (
        [args.only] if args.only is not None else list(range(args.start, args.start + args.count))
    )
    t0 = time.perf_counter()

    def sink(part: list[Outcome]) -> None:
        if args.log:
            with args.log.open("a", encoding="utf-8") as fh:
                for o in part:
                    fh.write(json.dumps(dataclasses.asdict(o)) + "\n")

    outcomes = run_cases(indices, args.seed, args.jobs, sink=sink)
    wall = time.perf_counter() - t0
    if args.show:
        for o in outcomes:
            print(f"--- case {o.index} {o.kinds} {o.status}\n{o.message}")
    summary = summarise(outcomes)
    summary["seed"] = args.seed
    summary["wall_seconds"] = round(wall, 1)
    summary["load_average"] = os.getloadavg()
    text = json.dumps(summary, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    bad = summary["tracebacks"] + summary["partial_writes"] + summary["refusals_naming_no_file"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
