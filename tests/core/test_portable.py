"""Portable expressions: the same numbers as numpy, on DuckDB and wherever they compile; the raw
forms that backends disagree on are not used in the analyses."""

from __future__ import annotations

import ast
from pathlib import Path

import ibis
import numpy as np
import pandas as pd
import pytest

from debrief.portable import (
    count_where,
    epoch_seconds,
    keyed_row_number,
    median_where,
    quantile_where,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "debrief"


@pytest.fixture
def frame() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    n = 400
    x = rng.gamma(2.0, 3.0, n)
    x[rng.random(n) < 0.1] = np.nan  # missing values are left out
    cond = pd.array(rng.random(n) < 0.6, dtype="boolean")
    cond[rng.random(n) < 0.1] = pd.NA  # an unknown condition counts as false
    g = rng.choice(["a", "b", "c", "empty"], n, p=[0.5, 0.3, 0.2, 0.0])
    return pd.DataFrame({"g": g, "x": x, "c": cond})


def _expected(df: pd.DataFrame, q: float) -> dict[str, tuple[int, float | None]]:
    out = {}
    for g, part in df.groupby("g"):
        kept = part[part["c"].fillna(False).astype(bool)]
        vals = kept["x"].dropna().to_numpy()
        out[g] = (len(kept), float(np.quantile(vals, q)) if len(vals) else None)
    return out


@pytest.mark.parametrize("q", [0.0, 0.1, 0.5, 0.9, 1.0])
def test_quantiles_and_counts_match_numpy(frame: pd.DataFrame, q: float) -> None:
    con = ibis.duckdb.connect()
    t = con.create_table("t", frame)
    got = (
        t.group_by("g")
        .aggregate(n=count_where(t.c), v=quantile_where(t.x, q, t.c), dq=t.x.quantile(q, where=t.c))
        .to_pandas()
        .set_index("g")
    )
    for g, (n, v) in _expected(frame, q).items():
        assert int(got.loc[g, "n"]) == n
        if v is None:
            assert pd.isna(got.loc[g, "v"])
        else:
            assert got.loc[g, "v"] == pytest.approx(v, rel=1e-12)
            # bit for bit what DuckDB's own quantile_cont gives
            assert got.loc[g, "v"] == got.loc[g, "dq"]


def test_no_rows_count_zero_and_have_no_median() -> None:
    con = ibis.duckdb.connect()
    t = con.create_table(
        "t", pd.DataFrame({"x": [1.0, 2.0], "c": pd.array([None, None], "boolean")})
    )
    row = t.aggregate(n=count_where(t.c), m=median_where(t.x, t.c)).to_pandas().iloc[0]
    assert row["n"] == 0 and pd.isna(row["m"])
    empty = t.filter(t.x > 5)
    row = empty.aggregate(n=count_where(empty.c), m=median_where(empty.x)).to_pandas().iloc[0]
    assert row["n"] == 0 and pd.isna(row["m"])


def test_keyed_row_number_needs_a_key() -> None:
    with pytest.raises(ValueError, match="needs a key"):
        keyed_row_number([], ["ts"])


def _raw_forms(path: Path) -> list[str]:
    """Calls that backends disagree on: ``.count(where=)``, ``.median(where=)``,
    ``.quantile(..., where=)``, and ``ibis.row_number().over(...)`` without ``group_by``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        kw = {k.arg for k in node.keywords}
        name = node.func.attr
        if name == "epoch_seconds":
            found.append(f"{path.name}:{node.lineno} .epoch_seconds()")
        if name in ("count", "median", "quantile") and "where" in kw:
            found.append(f"{path.name}:{node.lineno} .{name}(where=...)")
        inner = node.func.value
        if (
            name == "over"
            and isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Attribute)
            and inner.func.attr == "row_number"
            and "group_by" not in kw
            and not (node.args and not isinstance(node.args[0], ast.Constant))
        ):
            found.append(f"{path.name}:{node.lineno} row_number() over every row")
    return found


def test_analyses_use_the_portable_forms() -> None:
    offenders = [
        hit
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "portable.py"
        for hit in _raw_forms(path)
    ]
    assert not offenders, "use debrief.portable instead:\n" + "\n".join(offenders)


def test_the_ban_finds_the_raw_forms(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "a = t.count(where=t.x > 1)\nb = t.x.median(where=t.c)\nc = t.x.quantile(0.5, where=t.c)\n"
        "d = ibis.row_number().over(order_by=['user_id', 'ts'])\n"
        "e = ibis.row_number().over(group_by='user_id', order_by='ts')\n"
        "f = t.ts.epoch_seconds()\n"
    )
    assert len(_raw_forms(bad)) == 5


def test_epoch_seconds_is_ibis_epoch_on_every_timestamp() -> None:
    """The same seconds as Ibis' own ``epoch_seconds`` (fractions kept), for UTC and naive
    timestamps; DuckDB's SQL reads the instant without a cast, other dialects compile as Ibis."""
    con = ibis.duckdb.connect()
    ts = pd.to_datetime(
        ["2026-10-01 00:00:00.25", "2026-03-29 01:30:00.00", "1969-12-31 23:59:59.00"]
    )
    t = con.create_table("t", pd.DataFrame({"naive": ts, "utc": ts.tz_localize("UTC")}))
    got = t.select(
        a=epoch_seconds(t.utc),
        b=epoch_seconds(t.naive),
        c=t.naive.epoch_seconds().cast("float64"),
        d=t.utc.epoch_seconds().cast("float64"),
    ).to_pandas()
    expected = [1790812800.25, 1774747800.0, -1.0]
    for col in "abcd":
        assert got[col].tolist() == expected
    assert "CAST" not in ibis.to_sql(t.select(a=epoch_seconds(t.utc)), dialect="duckdb")
    pg = ibis.to_sql(t.select(a=epoch_seconds(t.utc)), dialect="postgres")
    assert pg == ibis.to_sql(t.select(a=t.utc.epoch_seconds().cast("float64")), dialect="postgres")
