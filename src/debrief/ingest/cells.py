"""What cells hold, checked before validation so that nothing can fail later at load.

Text that is not valid UTF-8 (cell by cell, at its line and column), a list or an object in a
cell (a list/struct/map Parquet column), and column types that are not plain values are problems
naming the file; the offending cells become missing (listed in ``RawFile.failed``, so validation
does not call them missing again) and validation goes on to list the other files' problems too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from debrief.ingest.problems import ProblemLog
from debrief.ingest.rawfile import NESTED, RawFile


def _bad_text(arr: pa.Array) -> pa.Array | None:
    """True where a string/binary cell is not valid UTF-8; None when every cell is.

    One full validation of the column; only a column with bad cells is split in halves to find
    them, so the cost grows with the number of bad cells, not the rows.
    """
    binary = arr.cast(pa.large_binary()) if pa.types.is_string(arr.type) else arr
    binary = binary.cast(pa.large_binary())

    def valid(a: pa.Array) -> bool:
        try:
            a.cast(pa.large_string())
            return True
        except (pa.ArrowInvalid, UnicodeDecodeError):
            return False

    if valid(binary):
        return None
    bad = np.zeros(len(binary), dtype=bool)

    def find(a: pa.Array, offset: int) -> None:
        if len(a) <= 64:
            for i, v in enumerate(a.to_pylist()):
                if v is not None:
                    try:
                        v.decode("utf-8")
                    except UnicodeDecodeError:
                        bad[offset + i] = True
            return
        mid = len(a) // 2
        for part, start in ((a[:mid], offset), (a[mid:], offset + mid)):
            if not valid(part):
                find(part, start)

    find(binary, 0)
    return pa.array(bad)


def _shown_bytes(arr: pa.Array, mask: pa.Array, cap: int) -> list[tuple[int, str]]:
    idx = pc.indices_nonzero(mask)[:cap].to_pylist()
    binary = arr.cast(pa.large_binary()) if not pa.types.is_large_binary(arr.type) else arr
    return [(i, binary[i].as_py().decode("utf-8", errors="replace")) for i in idx]


#: Column types read as text (checked to be UTF-8).
_TEXT_TYPES = (
    pa.types.is_string,
    pa.types.is_large_string,
    pa.types.is_binary,
    pa.types.is_large_binary,
    pa.types.is_fixed_size_binary,
)
#: Other types validation reads as they are: numbers, booleans, dates and times, null.
_PLAIN_TYPES = (
    pa.types.is_integer,
    pa.types.is_floating,
    pa.types.is_decimal,
    pa.types.is_boolean,
    pa.types.is_date,
    pa.types.is_timestamp,
    pa.types.is_null,
)


def _is(t: pa.DataType, kinds: Sequence[Callable[[pa.DataType], bool]]) -> bool:
    return any(kind(t) for kind in kinds)


def check_cells(raw: RawFile, log: ProblemLog) -> RawFile:
    """``raw`` with every column in a type validation can read, reporting what cannot be.

    Text is checked to be valid UTF-8 cell by cell (a bad cell is reported at its line and
    becomes missing); a nested value (list, struct, map) is reported at its row and becomes
    missing; a dictionary column is decoded; binary is read as UTF-8 text; any other type (time
    of day, duration...) is read as text when it can be, else reported and dropped. The cells
    reported here are in ``RawFile.failed``, so validation does not call them missing again.
    """
    table = raw.table
    columns: dict[str, pa.Array] = {}
    failed = dict(raw.failed)
    changed = False
    for name in table.column_names:
        arr = table.column(name).combine_chunks()
        t = arr.type
        if pa.types.is_dictionary(t):
            arr = arr.dictionary_decode()
            t = arr.type
            changed = True
        if pa.types.is_nested(t):
            present = pc.is_valid(arr)
            if pc.any(present).as_py():
                _report(log, raw, name, NESTED, present)
                failed[name] = present
            columns[name] = pa.nulls(len(arr), pa.string())
            changed = True
            continue
        if _is(t, _TEXT_TYPES):
            bad = _bad_text(arr)
            if bad is not None:
                log.add(
                    raw.label,
                    name,
                    "not valid UTF-8 text; save the file as UTF-8, or give its encoding "
                    "(debrief ingest --encoding latin-1, or encoding: in a mapping)",
                    "error",
                    _shown_bytes(arr, bad, log.cap),
                    total=int(pc.sum(bad).as_py() or 0),
                    line_of=raw.line_of,
                )
                failed[name] = bad
                binary = arr.cast(pa.large_binary())
                arr = pc.if_else(bad, pa.scalar(None, pa.large_binary()), binary)
            if not pa.types.is_string(arr.type):
                arr = arr.cast(pa.large_binary()).cast(pa.string())
                changed = True
            elif bad is not None:
                changed = True
            columns[name] = arr
            continue
        if _is(t, _PLAIN_TYPES):
            columns[name] = arr
            continue
        changed = True
        try:
            columns[name] = arr.cast(pa.string())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            log.add(
                raw.label,
                name,
                f"column of type {t} cannot be read; export it as text or a number",
                "error",
            )
    if not changed:
        return raw
    return replace(raw, table=pa.table(columns) if columns else pa.table({}), failed=failed)


def _report(log: ProblemLog, raw: RawFile, column: str, problem: str, mask: pa.Array) -> None:
    idx = pc.indices_nonzero(pc.fill_null(mask, False))
    first = idx[: log.cap].to_pylist()
    log.add(
        raw.label,
        column,
        problem,
        "error",
        [(i, None) for i in first],
        total=len(idx),
        line_of=raw.line_of,
    )
