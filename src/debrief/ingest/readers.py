"""Reading CSV, Parquet and JSON Lines files into Arrow tables, with line numbers for problems.

``read_file`` is the one entry point: it reads a file by its suffix (CSV in
:mod:`debrief.ingest.csvfile`, Parquet and JSON Lines here), then checks what its cells hold
(:mod:`debrief.ingest.cells`), so that nothing can fail later at load. A file that cannot be read
at all (truncated, not the format its suffix says, compressed, read options that make no sense) is
one problem naming the file. Parquet and JSON Lines rows are numbered from 1 (blank JSON lines
hold no row); CSV rows by the line they start on, the header being line 1.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.json as pajson
import pyarrow.parquet as pq

from debrief.ingest.cells import check_cells
from debrief.ingest.csvfile import read_csv, sniff_delimiter, unique_headers
from debrief.ingest.problems import ProblemLog
from debrief.ingest.rawfile import (
    COMPRESSED_SUFFIXES,
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    NESTED,
    PARQUET_SUFFIXES,
    SUFFIXES,
    RawFile,
    ReadOptions,
    check_options,
    file_stem,
    numbered_from_one,
    reason,
)


def read_file(path: Path, log: ProblemLog, options: ReadOptions | None = None) -> RawFile | None:
    """Read ``path`` by its suffix; problems go to ``log``; None when it cannot be read at all."""
    options = options or ReadOptions()
    label = path.name
    suffix = path.suffix.lower()
    if suffix in COMPRESSED_SUFFIXES:
        log.add(label, None, "is compressed: decompress it first", "error")
        return None
    bad_options = check_options(options)
    for problem in bad_options:
        log.add(label, None, problem, "error")
    if bad_options:
        return None
    try:
        raw: RawFile | None
        if suffix in PARQUET_SUFFIXES:
            raw = _read_parquet(path)
        elif suffix in JSONL_SUFFIXES:
            raw = _read_jsonl(path, log)
        else:
            raw = read_csv(path, log, options)
        return None if raw is None else check_cells(raw, log)
    except MemoryError:
        raise
    except Exception as exc:  # anything a broken file makes a reader raise names the file
        log.add(label, None, f"cannot be read: {reason(exc)}", "error")
        return None


def _read_parquet(path: Path) -> RawFile:
    try:
        table = pq.read_table(path)
    except pa.ArrowInvalid as exc:
        raise ValueError(
            f"not a readable Parquet file ({reason(exc)}); export it again, or check that it is "
            "not truncated"
        ) from None
    return RawFile(path.name, path, table, numbered_from_one)


def _read_jsonl(path: Path, log: ProblemLog) -> RawFile | None:
    label = path.name
    try:
        table = pajson.read_json(path)
        return RawFile(label, path, table, _jsonl_line_mapper(path))
    except (pa.ArrowInvalid, UnicodeDecodeError):
        pass  # mixed types, a bad line or bad bytes: read line by line to say which
    records: list[dict] = []
    lines: list[int] = []
    nested: dict[str, list[tuple[int, str]]] = {}
    with open(path, "rb") as fh:
        for n, data in enumerate(fh, start=1):
            if n == 1 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8) :]
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                log.add(
                    label,
                    None,
                    f"line {n} is not valid UTF-8 ({reason(exc)}); save the file as UTF-8",
                    "error",
                    [(None, data.decode("utf-8", errors="replace"))],
                )
                continue
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except (json.JSONDecodeError, RecursionError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                log.add(label, None, f"line {n} is not valid JSON ({msg})", "error", [(None, text)])
                continue
            if not isinstance(obj, dict):
                log.add(label, None, f"line {n} is not a JSON object", "error", [(None, text)])
                continue
            row = len(records)
            record: dict[str, str | None] = {}
            for k, v in obj.items():
                if isinstance(v, dict | list):
                    nested.setdefault(k, []).append((row, _as_text(v)))
                    v = None
                record[k] = None if v is None else _as_text(v)
            records.append(record)
            lines.append(n)
    if not records and not log.has_errors_in(label):
        log.add(label, None, "is empty: no JSON object on any line", "error")
    # Mixed JSON types in one field: every value is kept as text, validation types it.
    names = list(dict.fromkeys(k for r in records for k in r))
    table = pa.table({k: pa.array([r.get(k) for r in records], pa.string()) for k in names})

    def line_of(rows: Sequence[int]) -> list[int]:
        return [lines[r] for r in rows]

    failed = {}
    for column, cells in nested.items():
        log.add(label, column, NESTED, "error", cells, line_of=line_of)
        mask = np.zeros(len(records), dtype=bool)
        mask[[row for row, _ in cells]] = True
        failed[column] = pa.array(mask)
    return RawFile(label, path, table, line_of, failed)


def _jsonl_line_mapper(path: Path) -> Callable[[Sequence[int]], list[int]]:
    """Row indices to line numbers: blank lines hold no row. The file is only scanned when a
    row has a problem."""
    cache: list[list[int]] = []

    def line_of(rows: Sequence[int]) -> list[int]:
        if not cache:
            with open(path, "rb") as fh:
                cache.append([n for n, data in enumerate(fh, start=1) if data.strip()])
        lines = cache[0]
        return [lines[r] if r < len(lines) else r + 1 for r in rows]

    return line_of


def _as_text(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict | list):
        return json.dumps(v)
    return str(v)


__all__ = [
    "COMPRESSED_SUFFIXES",
    "CSV_SUFFIXES",
    "JSONL_SUFFIXES",
    "PARQUET_SUFFIXES",
    "SUFFIXES",
    "RawFile",
    "ReadOptions",
    "check_options",
    "file_stem",
    "numbered_from_one",
    "read_file",
    "sniff_delimiter",
    "unique_headers",
]
