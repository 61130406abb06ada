"""``debrief mmm`` on the shared marketing-mix samples (../shared/data/mmm_samples), loaded as a
team would: contract files, ingest, the command. pymc-marketing's example has a known answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debrief.cli.main import app
from debrief.ingest import ingest
from debrief.mmm.samples import SAMPLES, load_sample, pymc_example_truth
from debrief.mmm.simulate import write_contract

pytestmark = pytest.mark.realdata
ROOT = Path(__file__).resolve().parents[3] / "shared" / "data" / "mmm_samples"


@pytest.fixture(scope="module")
def root() -> Path:
    if not ROOT.exists():
        pytest.skip(f"mmm samples not present at {ROOT}")
    return ROOT


@pytest.mark.parametrize("name", SAMPLES)
def test_debrief_mmm_runs_on_each_sample(root: Path, name: str, tmp_path: Path) -> None:
    data = load_sample(name, root)
    write_contract(data, tmp_path / "files")
    ingest([tmp_path / "files"], tmp_path / "ws.duckdb")
    res = CliRunner().invoke(
        app,
        [
            "mmm",
            "-w",
            str(tmp_path / "ws.duckdb"),
            "--out",
            str(tmp_path / "out"),
            "--holdout",
            "0",
        ],
    )
    assert res.exit_code == 0, res.output
    doc = json.loads((tmp_path / "out" / "report.json").read_text())
    rows = doc["stages"]["marketing_mix"]["tables"]["channels"]
    assert sorted(r["channel"] for r in rows) == sorted(data.channels)
    for f in doc["stages"]["marketing_mix"]["findings"]:  # a warning on one channel says "its"
        if f["kind"].startswith("mmm_") and len(f["evidence"]["channels"]) == 1:
            assert "; its figures are held out" in f["statement"], f["statement"]
    if name == "pymc_example":
        truth = pymc_example_truth(root)["channels"]
        by = {r["channel"]: r for r in rows}
        # The known answer: x1's marginal ROAS is above x2's, and each interval covers its truth.
        assert by["x1"]["marginal_roas"] > by["x2"]["marginal_roas"]
        for ch in ("x1", "x2"):
            assert (
                by[ch]["marginal_roas_low"]
                <= truth[ch]["marginal_roas"]
                <= by[ch]["marginal_roas_high"]
            )
