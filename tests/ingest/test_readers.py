"""Real-world CSV quirks: BOM, CRLF, ';' delimiters, multi-line quoted fields, repeated headers."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debrief.ingest import IngestError, ingest
from debrief.ingest.convert import convert, normalise_channels
from debrief.ingest.problems import ProblemLog
from debrief.ingest.readers import read_file, sniff_delimiter, unique_headers
from debrief.schema import IBIS_TYPES, Column, normalise_channel
from debrief.workspace import Workspace


def test_bom_crlf_semicolon_multiline_and_header_spaces(tmp_path: Path) -> None:
    body = (
        "\ufeff campaign_id ;name;start_date ;end_date\r\n"
        'C1;"two\r\nlines; and a ; delimiter";2024-01-01;2024-01-31\r\n'
        "C2;plain;2024-02-01;2024-02-30\r\n"
    )
    (tmp_path / "campaigns.csv").write_bytes(body.encode("utf-8"))
    with pytest.raises(IngestError) as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    # The bad date is on line 4: the quoted field of row 1 spans lines 2-3.
    assert [(p.line, p.column) for p in exc.value.problems] == [(4, "end_date")]
    (tmp_path / "campaigns.csv").write_bytes(body.replace("02-30", "02-28").encode("utf-8"))
    ingest([tmp_path], tmp_path / "ws.duckdb")
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        df = ws.table("campaigns").to_pandas()
    assert list(df.columns) == ["campaign_id", "name", "start_date", "end_date"]
    assert df.name.tolist() == ["two\r\nlines; and a ; delimiter", "plain"]


def test_repeated_headers_are_renamed_and_warned(tmp_path: Path) -> None:
    (tmp_path / "leads.csv").write_text("lead_id,created_at,tag,tag\nL1,2024-01-01T00:00:00Z,a,b\n")
    result = ingest([tmp_path], tmp_path / "ws.duckdb")
    assert any(p.column == "tag" and "repeated header" in p.problem for p in result.problems)
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        df = ws.table("leads").to_pandas()
    assert (df.tag.iloc[0], df.tag_2.iloc[0]) == ("a", "b")


def test_ragged_rows_are_errors(tmp_path: Path) -> None:
    (tmp_path / "benchmarks.csv").write_text('metric,value\nctr,0.01\n"c\npc",1,extra\ncpm,2\n')
    with pytest.raises(IngestError, match="has 3 fields where the header has 2") as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    assert [p.line for p in exc.value.problems] == [3]


def test_ragged_row_with_bytes_that_are_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyarrow decodes a ragged row's text before calling the invalid-row handler; with a byte
    that is not UTF-8 that fails inside pyarrow, which printed "Exception ignored in ..." and a
    traceback on stderr, and the file was refused with no line (fuzz case 5085, seed 11)."""
    printed: list[BaseException] = []
    monkeypatch.setattr("sys.unraisablehook", lambda u: printed.append(u.exc_value))
    body = b"month,channel,campaign_id,amount\n2026-01,email,AO-MAIL,100\n2026-02\xf691700.0,paid_search,AO-SEARCH\n"
    (tmp_path / "budgets.csv").write_bytes(body)
    with pytest.raises(IngestError, match="has 3 fields where the header has 4") as exc:
        ingest([tmp_path], tmp_path / "ws.duckdb")
    assert [p.line for p in exc.value.problems] == [3]
    assert printed == []


def test_latin1_encoding_by_mapping(tmp_path: Path) -> None:
    (tmp_path / "export.csv").write_bytes("Métrica;Valor\r\nctr;0,5\r\n".encode("latin-1"))
    m = tmp_path / "m.yaml"
    m.write_text(
        "name: t\nsources:\n  - file: export.csv\n    table: benchmarks\n    encoding: latin-1\n"
        "    columns: {Métrica: metric, Valor: value}\n"
        "    transforms: {value: [{number: {decimal: ','}}]}\n",
        encoding="utf-8",
    )
    ingest([tmp_path], tmp_path / "ws.duckdb", mapping=m)
    with Workspace.open(tmp_path / "ws.duckdb") as ws:
        assert ws.table("benchmarks").to_pandas().value.tolist() == [0.5]


def test_sniff_and_unique_headers() -> None:
    assert sniff_delimiter("a;b;c") == ";"
    assert sniff_delimiter("a\tb") == "\t"
    assert sniff_delimiter('"a;b",c') == ","
    names, repeated, empty = unique_headers(["a", " a ", "", "a"])
    assert names == ["a", "a_2", "column_3", "a_3"]
    assert repeated == ["a", "a"] and empty == ["column_3"]


def test_trailing_empty_columns_dropped(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("Channel;Spend;;;\r\nSearch;10;;;\r\n")
    raw = read_file(p, ProblemLog())
    assert raw is not None and raw.table.column_names == ["Channel", "Spend"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=" _-/.aBc\t\u00a0Zé", max_size=12), min_size=1, max_size=20))
def test_vectorised_channel_normalisation_matches_schema(labels: list[str]) -> None:
    got = normalise_channels(pa.array(labels)).to_pylist()
    assert got == [normalise_channel(s) for s in labels]


SAMPLE = {
    "string": "x",
    "channel": "Paid Search",
    "enum": "a",
    "month": "2024-03",
    "date": "2024-03-01",
    "timestamp": "2024-03-01T10:00Z",
    "count": "3",
    "money": "1.5",
    "quantity": "4.416667",
    "number": "-2",
    "bool": "yes",
}


@pytest.mark.parametrize("kind", sorted(IBIS_TYPES))
def test_each_kind_converts_to_its_workspace_type(kind: str) -> None:
    import ibis

    column = Column("c", kind, choices=("a",))  # type: ignore[arg-type]
    typed, issues = convert(pa.array([SAMPLE[kind], None]), column)
    assert typed.type == ibis.dtype(IBIS_TYPES[kind]).to_pyarrow()
    assert not any(i.mask.to_pylist()[0] for i in issues)
