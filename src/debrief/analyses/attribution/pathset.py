"""Aggregated conversion paths as flat numpy arrays: the one input every attribution model reads.

A :class:`PathSet` holds P distinct paths. Path ``p`` is the channel codes
``codes[offsets[p]:offsets[p + 1]]`` in touch order; ``conversions[p]`` journeys along it ended in a
conversion (worth ``value[p]`` in total, workspace currency) and ``nulls[p]`` ended without one.
Channel code ``k`` is ``channels[k]``. Flat arrays (instead of Python tuples) let every model run
as a handful of vectorised numpy operations over the touches.
"""

from __future__ import annotations

import csv
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from debrief.errors import UserError

#: The separator of ChannelAttribution's aggregated path files (``a > b > c``).
CA_SEPARATOR = ">"


@dataclass(frozen=True)
class PathSet:
    """Distinct paths with their conversion, value and null counts (see module docstring)."""

    channels: tuple[str, ...]
    offsets: np.ndarray  # int64, length P + 1
    codes: np.ndarray  # int64, length offsets[-1]
    conversions: np.ndarray  # float64, length P
    value: np.ndarray  # float64, length P, workspace currency
    nulls: np.ndarray  # float64, length P

    @property
    def n_paths(self) -> int:
        return len(self.conversions)

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)

    @property
    def path_of_touch(self) -> np.ndarray:
        """For every touch in ``codes``, the index of its path."""
        return np.repeat(np.arange(self.n_paths), self.lengths)

    @property
    def position(self) -> np.ndarray:
        """For every touch, its 0-based position in its path."""
        return np.arange(len(self.codes)) - self.offsets[self.path_of_touch]

    @property
    def total_conversions(self) -> float:
        return float(self.conversions.sum())

    @property
    def total_value(self) -> float:
        return float(self.value.sum())

    def sequences(self) -> list[tuple[str, ...]]:
        """The paths as tuples of channel names (for tests and small tables)."""
        names = np.asarray(self.channels, dtype=object)
        return [
            tuple(names[self.codes[a:b]])
            for a, b in zip(self.offsets[:-1], self.offsets[1:], strict=True)
        ]

    def with_counts(self, conversions: np.ndarray, value: np.ndarray, nulls: np.ndarray) -> PathSet:
        """The same paths with other counts (bootstrap replicates)."""
        return PathSet(self.channels, self.offsets, self.codes, conversions, value, nulls)

    @classmethod
    def from_sequences(
        cls,
        paths: Sequence[Sequence[str]],
        conversions: Sequence[float],
        value: Sequence[float] | None = None,
        nulls: Sequence[float] | None = None,
    ) -> PathSet:
        """A path set from channel-name sequences. Equal sequences are merged (counts summed);
        empty sequences are dropped (they cannot credit any channel)."""
        n = len(paths)
        value = [0.0] * n if value is None else value
        nulls = [0.0] * n if nulls is None else nulls
        merged: dict[tuple[str, ...], list[float]] = {}
        for p, c, v, z in zip(paths, conversions, value, nulls, strict=True):
            key = tuple(p)
            if not key:
                continue
            acc = merged.setdefault(key, [0.0, 0.0, 0.0])
            acc[0] += float(c)
            acc[1] += float(v)
            acc[2] += float(z)
        channels = tuple(sorted({ch for key in merged for ch in key}))
        index = {ch: i for i, ch in enumerate(channels)}
        keys = list(merged)
        lengths = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
        offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        codes = np.fromiter(
            (index[ch] for k in keys for ch in k), dtype=np.int64, count=int(offsets[-1])
        )
        counts = np.asarray([merged[k] for k in keys], dtype=np.float64).reshape(-1, 3)
        return cls(channels, offsets, codes, counts[:, 0], counts[:, 1], counts[:, 2])


def pathset_from_codes(
    channels: Sequence[str],
    path_strings: Iterable[str],
    conversions: np.ndarray,
    value: np.ndarray,
    nulls: np.ndarray,
    sep: str = " ",
) -> PathSet:
    """A path set from strings of integer channel codes (``"3 0 3"``), as the engine builds them.

    Parsing is one pyarrow split and one integer cast over all paths at once.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(list(path_strings) if not isinstance(path_strings, pa.Array) else path_strings)
    arr = arr.cast(pa.string())
    parts = pc.split_pattern(arr, sep)
    offsets = np.asarray(parts.offsets, dtype=np.int64)
    flat = parts.flatten()
    codes = np.asarray(flat.cast(pa.int64()), dtype=np.int64)
    keep = np.diff(offsets) > 0
    if not keep.all():  # cannot happen from the engine (a path has a touch); defensive
        return PathSet.from_sequences(
            [tuple(channels[int(c)] for c in codes[a:b]) for a, b in itertools.pairwise(offsets)],
            list(conversions),
            list(value),
            list(nulls),
        )
    return PathSet(
        tuple(channels),
        offsets,
        codes,
        np.asarray(conversions, dtype=np.float64),
        np.asarray(value, dtype=np.float64),
        np.asarray(nulls, dtype=np.float64),
    )


def read_paths_csv(path: str | Path, sep: str = CA_SEPARATOR) -> PathSet:
    """ChannelAttribution's aggregated form: columns ``path`` (channels separated by ``>``),
    ``total_conversions``, and optionally ``total_conversion_value`` and ``total_null``.

    Channel labels are stripped of surrounding spaces; rows with an empty path are dropped.
    """
    seqs: list[tuple[str, ...]] = []
    conv: list[float] = []
    val: list[float] = []
    nul: list[float] = []

    def number(row: dict[str, str | None], col: str, line: int) -> float:
        text = (row.get(col) or "").strip()
        try:
            value = float(text) if text else 0.0
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or value < 0:
            raise UserError(
                f"{col} must be a number of 0 or more, not {text!r}",
                where=f"{path}, line {line}, column {col}",
                fix="correct that cell (counts and values in plain digits, e.g. 12 or 3.5)",
            )
        return value

    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = {"path", "total_conversions"} - set(reader.fieldnames or ())
            if missing:
                raise UserError(
                    f"the paths file lacks the column(s) {', '.join(sorted(missing))}",
                    where=str(path),
                    fix="give ChannelAttribution's aggregated form: path, total_conversions "
                    "(and optionally total_conversion_value, total_null)",
                )
            for row in reader:
                line = reader.line_num
                seqs.append(tuple(s.strip() for s in (row["path"] or "").split(sep) if s.strip()))
                conv.append(number(row, "total_conversions", line))
                val.append(number(row, "total_conversion_value", line))
                nul.append(number(row, "total_null", line))
    except UnicodeDecodeError as exc:
        raise UserError(
            f"the paths file is not UTF-8 text (byte {exc.start})",
            where=str(path),
            fix="save it as UTF-8 (CSV UTF-8 in Excel)",
        ) from None
    except csv.Error as exc:
        raise UserError(
            f"the paths file is not readable CSV: {exc}",
            where=str(path),
            fix="save it as comma-separated CSV",
        ) from None
    return PathSet.from_sequences(seqs, conv, val, nul)
