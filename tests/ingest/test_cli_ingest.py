"""debrief ingest: problem table and exit 1 on errors, one summary line per table on success."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from debrief.cli.ingest import ingest_command

app = typer.Typer()
app.command()(ingest_command)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_cli_success_and_errors(tmp_path: Path) -> None:
    (tmp_path / "campaigns.csv").write_text(
        "campaign_id,name,start_date,end_date\nC1,a,2024-01-01,2024-01-31\n"
    )
    ws = str(tmp_path / "ws.duckdb")
    ok = run(str(tmp_path), "--workspace", ws)
    assert ok.exit_code == 0, ok.output
    assert (
        "campaigns: 1 rows read from campaigns.csv; 1 rows in workspace; 0 warning(s)" in ok.output
    )

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "campaigns.csv").write_text(
        "campaign_id,name,start_date,end_date\nC1,a,2024-01-01,soon\n"
    )
    res = run(str(bad), "--workspace", ws)
    assert res.exit_code == 1
    assert "campaigns.csv  2     end_date" in res.output
    assert "nothing was written" in res.output


def test_cli_table_option_and_mapping_params(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    f.write_text("metric,value\nctr,0.012\n")
    ws = str(tmp_path / "ws.duckdb")
    res = run("--table", f"benchmarks={f}", "--workspace", ws)
    assert res.exit_code == 0, res.output
    assert "benchmarks: 1 rows read" in res.output
    (tmp_path / "KAG_conversion_data.csv").write_text(
        "ad_id,xyz_campaign_id,fb_campaign_id,age,gender,interest,Impressions,Clicks,Spent,Total_Conversion,Approved_Conversion\n"
        "1,916,103916,30-34,M,15,7350,1,1.43,2,1\n"
    )
    res = run(
        str(tmp_path / "KAG_conversion_data.csv"), "--mapping", "fb_ads_kag", "--workspace", ws
    )
    assert res.exit_code == 1 and "needs parameter 'date'" in res.output
    res = run(
        str(tmp_path / "KAG_conversion_data.csv"),
        "--mapping",
        "fb_ads_kag",
        "-p",
        "date=2024-01-01",
        "--workspace",
        ws,
    )
    assert res.exit_code == 0, res.output
    assert "ad_performance: 1 rows read" in res.output
    res = run(str(f), "--mapping", "fb_ads_kg", "--workspace", ws)
    assert res.exit_code == 1 and "Did you mean 'fb_ads_kag'" in res.output
