"""The demo files exist, match the contract and are deterministic per seed."""

from __future__ import annotations

import filecmp
import itertools
import re
from pathlib import Path

import pandas as pd
import pytest

from debrief.demo import generate, generate_frames
from debrief.schema import TABLES

_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def _read(demo_dir: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(demo_dir / f"{table}.csv", dtype=str, keep_default_na=False)


def test_one_file_per_canonical_table(demo_dir: Path) -> None:
    assert sorted(p.stem for p in demo_dir.glob("*.csv")) == sorted(TABLES)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_columns_and_kinds_follow_the_contract(demo_dir: Path, table: str) -> None:
    schema = TABLES[table]
    df = _read(demo_dir, table)
    assert len(df) > 0
    assert set(schema.required) <= set(df.columns)
    assert set(df.columns) <= set(schema.names)
    for col in df.columns:
        column = schema.column(col)
        values = df[col][df[col] != ""]
        if column.required:
            assert len(values) == len(df), f"{table}.{col} has empty required cells"
        if values.empty:
            continue
        kind = column.kind
        if kind == "date":
            assert values.str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
            pd.to_datetime(values, format="%Y-%m-%d")
        elif kind == "timestamp":
            assert values.map(lambda v: bool(_TS.match(v))).all(), f"{table}.{col}"
        elif kind == "month":
            assert values.str.fullmatch(r"\d{4}-(0[1-9]|1[0-2])").all()
        elif kind == "count":
            assert values.str.fullmatch(r"\d+").all(), f"{table}.{col} is not a count"
        elif kind == "money":
            nums = pd.to_numeric(values)
            assert (nums >= 0).all()
            # Money is written to the cent.
            assert ((nums * 100).round(6) % 1 == 0).all(), f"{table}.{col} has sub-cent values"
        elif kind == "number":
            pd.to_numeric(values)
        elif kind == "bool":
            assert set(values) <= {"True", "False"}
        elif kind == "enum":
            assert set(values) <= set(column.choices), f"{table}.{col}"
        elif kind == "channel":
            assert values.str.fullmatch(r"[a-z_]+").all()


def test_keys_are_unique_where_the_contract_says_so(demo_dir: Path) -> None:
    for name, schema in TABLES.items():
        if not schema.key_unique:
            continue
        df = _read(demo_dir, name)
        key = [c for c in schema.key if c in df.columns]
        assert not df.duplicated(key).any(), f"{name} has duplicate keys {key}"


def test_covers_thirteen_months(demo_dir: Path) -> None:
    ad = _read(demo_dir, "ad_performance")
    assert ad["date"].min() == "2025-10-01"
    assert ad["date"].max() == "2026-10-31"
    assert ad["date"].nunique() == 396
    tp = _read(demo_dir, "touchpoints")
    assert tp["ts"].min() >= "2025-10-01" and tp["ts"].max() < "2026-11-01"


def test_lead_stages_are_monotonic(demo_dir: Path) -> None:
    leads = pd.read_csv(demo_dir / "leads.csv")
    stages = ["created_at", "mql_at", "sql_at", "opportunity_at", "won_at"]
    ts = {c: pd.to_datetime(leads[c], utc=True) for c in [*stages, "lost_at"]}
    for a, b in itertools.pairwise(stages):
        both = ts[a].notna() & ts[b].notna()
        assert (ts[a][both] <= ts[b][both]).all(), f"{b} before {a}"
        # A later stage is never reached without the earlier one.
        assert not (ts[b].notna() & ts[a].isna()).any(), f"{b} without {a}"
    assert not (ts["won_at"].notna() & ts["lost_at"].notna()).any()
    assert (leads["amount"].notna() == ts["won_at"].notna()).all()
    assert leads["score"].between(0, 100).all()


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", seed=3, scale=0.2)
    b = generate(tmp_path / "b", seed=3, scale=0.2)
    c = generate(tmp_path / "c", seed=4, scale=0.2)
    for table in TABLES:
        assert filecmp.cmp(a[table], b[table], shallow=False), table
    assert not filecmp.cmp(a["touchpoints"], c["touchpoints"], shallow=False)
    assert not filecmp.cmp(a["ad_performance"], c["ad_performance"], shallow=False)


def test_parquet_is_typed_after_the_contract(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    written = generate(tmp_path, seed=1, scale=0.05, fmt="parquet")
    leads = pq.read_table(written["leads"]).schema
    created = leads.field("created_at").type
    assert pa.types.is_timestamp(created) and created.tz == "UTC"
    assert leads.field("amount").type == pa.float64()
    ad = pq.read_table(written["ad_performance"]).schema
    assert ad.field("date").type == pa.date32()
    assert ad.field("clicks").type == pa.int64()


def test_rejects_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="fmt"):
        generate(tmp_path, fmt="xlsx")


def test_scale_multiplies_people_and_leads_not_days(tmp_path: Path) -> None:
    n = {k: len(v) for k, v in generate_frames(seed=2, scale=0.1).items()}
    m = {k: len(v) for k, v in generate_frames(seed=2, scale=0.3).items()}
    assert 2.5 < m["touchpoints"] / n["touchpoints"] < 3.5
    assert 2.5 < m["leads"] / n["leads"] < 3.5
    assert m["ad_performance"] == n["ad_performance"]
    assert m["content_performance"] == n["content_performance"]
