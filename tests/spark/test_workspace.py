"""Spark workspaces: a persistent local catalog, Arrow written as Arrow, checked after writing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from debrief.cli.main import app
from debrief.ingest import ingest
from debrief.ingest.writer import WriteCheckError
from debrief.workspace import Workspace

pytestmark = pytest.mark.spark
runner = CliRunner()
CLI = "from debrief.cli.main import app; app()"

# Missing text, a missing amount, a missing score and a lead that never reached a stage: the
# cells that a pandas round trip turned into 'NaN' or lost.
LEADS = (
    "lead_id,created_at,channel,campaign_id,score,mql_at,amount,industry,company_size\n"
    "L1,2026-10-01T06:53:14Z,paid_social,C1,69.5,2026-10-02T08:00:00,,software,\n"
    "L2,2026-10-02 09:18:37,email,,,,1200.50,,51-200\n"
    "L3,2026-10-03T10:00:00+02:00,paid_search,C2,12,,0,finance,1-50\n"
)


def _rows(ws: Workspace, name: str) -> list[dict]:
    t = ws.table(name)
    return sorted(t.to_pyarrow().to_pylist(), key=lambda r: json.dumps(r, default=str))


def test_ingest_writes_every_value_and_every_gap(spark_url: str, tmp_path: Path) -> None:
    (tmp_path / "leads.csv").write_text(LEADS)
    ingest([tmp_path], spark_url)
    ingest([tmp_path], tmp_path / "duck.duckdb")
    with Workspace.open(spark_url) as spark, Workspace.open(tmp_path / "duck.duckdb") as duck:
        assert spark.backend_name == "pyspark"
        assert str(spark.table("leads").schema()["created_at"]) == "timestamp('UTC')"
        got, want = _rows(spark, "leads"), _rows(duck, "leads")
    assert got == want
    l2 = next(r for r in got if r["lead_id"] == "L2")
    assert l2["campaign_id"] is None and l2["industry"] is None and l2["score"] is None
    l3 = next(r for r in got if r["lead_id"] == "L3")
    assert l3["created_at"].isoformat() == "2026-10-03T08:00:00+00:00"
    assert l3["amount"] == 0.0


def test_a_write_that_loses_values_changes_nothing(
    spark_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "leads.csv").write_text(LEADS)
    ingest([tmp_path], spark_url)
    with Workspace.open(spark_url) as ws:
        before = _rows(ws, "leads")
    import debrief.ingest.writer as writer

    def lossy(data: pa.Table) -> pa.Table:  # a backend that drops the scores
        return data.set_column(
            data.column_names.index("score"), "score", pa.nulls(data.num_rows, pa.float64())
        )

    monkeypatch.setattr(writer, "spark_arrow", lossy)
    (tmp_path / "leads.csv").write_text(LEADS.replace("L1,", "L9,"))
    with pytest.raises(WriteCheckError, match=r"score: 2 expected, 0 written"):
        ingest([tmp_path], spark_url)
    with Workspace.open(spark_url) as ws:
        assert _rows(ws, "leads") == before
        assert not [t for t in ws.con.list_tables() if t.startswith("_debrief")]


def test_a_swap_that_fails_part_way_restores_the_old_tables(
    spark_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "leads.csv").write_text(LEADS)
    (tmp_path / "campaigns.csv").write_text(
        "campaign_id,name,start_date,end_date\nC1,One,2026-10-01,2026-10-31\n"
    )
    ingest([tmp_path], spark_url)
    with Workspace.open(spark_url) as ws:
        before = {n: _rows(ws, n) for n in ("campaigns", "leads")}
        con = ws.con
        real = type(con).rename_table
        calls = []

        def flaky(self, old: str, new: str) -> None:
            calls.append((old, new))
            if new == "leads" and not old.endswith("_old"):  # campaigns swapped in, leads not
                raise RuntimeError("disk full")
            real(self, old, new)

        monkeypatch.setattr(type(con), "rename_table", flaky)
        (tmp_path / "campaigns.csv").write_text(
            "campaign_id,name,start_date,end_date\nC2,Two,2026-11-01,2026-11-30\n"
        )
        with pytest.raises(RuntimeError, match="disk full"):
            ingest([tmp_path], ws)
        monkeypatch.undo()
        assert {n: _rows(ws, n) for n in ("campaigns", "leads")} == before
        assert not [t for t in ws.con.list_tables() if t.startswith("_debrief")]
    assert any(new == "campaigns" for _, new in calls)


def test_tables_outlive_the_process(spark_root: Path, tmp_path: Path) -> None:
    """What one command writes, the next command (a new process, a new Spark) reads."""
    (tmp_path / "leads.csv").write_text(LEADS)
    url = f"pyspark://{spark_root / 'other'}"
    res = subprocess.run(
        [sys.executable, "-c", CLI, "ingest", str(tmp_path), "-w", url],
        capture_output=True,
        text=True,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    read = (
        "import sys; from debrief.workspace import Workspace\n"
        "with Workspace.open(sys.argv[1]) as ws: print(ws.tables(), ws.table('leads').count().execute())"
    )
    res = subprocess.run(
        [sys.executable, "-c", read, url], capture_output=True, text=True, check=False
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] == "['leads'] 3"
    assert not list(Path.cwd().glob("derby.log"))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("pyspark://", "names no directory"),
        ("pyspark://host/dir", "three slashes"),
        ("spark://", "spark://host:port"),
        ("pyspark:///nonexistent/debrief-ws", "no Spark workspace"),
    ],
)
def test_a_spark_url_without_a_place_is_refused(url: str, message: str) -> None:
    res = runner.invoke(app, ["monthly", "--month", "2026-10", "-w", url])
    assert res.exit_code == 1
    assert message in res.output
    assert "Traceback" not in res.output


def test_attach_checks_in_spark_and_creates_a_persistent_view(
    spark_url: str, tmp_path: Path
) -> None:
    from debrief.attach import attach
    from debrief.ingest.writer import create

    with Workspace.open(spark_url, create=True) as ws:
        for name in ("crm_leads", "leads"):  # leads: a table loaded by the tests above
            if ws.has(name):
                ws.con.drop_table(name)
        create(
            ws,
            "crm_leads",
            pa.table(
                {
                    "id": ["L1", "L2", "L2"],
                    "created": pa.array([1, 2, 3], pa.timestamp("us", "UTC")),
                    "amount": [1.0, None, -2.0],
                }
            ),
        )
    (tmp_path / "map.yaml").write_text(
        "tables:\n  leads:\n    table: crm_leads\n    columns: {lead_id: id, created_at: created}\n"
    )
    from debrief.ingest import IngestError

    with pytest.raises(IngestError) as exc:
        attach(spark_url, tmp_path / "map.yaml")
    assert {(p.column, p.value, p.problem) for p in exc.value.problems} == {
        ("lead_id", "L2", "same key (lead_id) on more than one row"),
        ("amount", "-2.0", "negative amount"),
    }
    with Workspace.open(spark_url) as ws:
        ws.con.raw_sql("DROP TABLE crm_leads")
        create(
            ws,
            "crm_leads",
            pa.table({"id": ["L1", "L2"], "created": pa.array([1, 2], pa.timestamp("us", "UTC"))}),
        )
    assert attach(spark_url, tmp_path / "map.yaml") == {"leads": 2}
    with Workspace.open(spark_url) as ws:
        assert ws.con._session.catalog.getTable("leads").tableType == "VIEW"
        assert sorted(ws.table("leads").lead_id.to_pyarrow().to_pylist()) == ["L1", "L2"]
