"""Outputs are checked before the work and written all or nothing; knowledge-base URLs are
checked before the work; CSV output cannot run formulas; a closed pipe ends quietly; a month
with no data is a short report that says so (issue 11)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debrief.cli.common import EXIT_PIPE
from debrief.cli.main import app
from debrief.errors import KnowledgeBaseError, OutputError
from debrief.kb import KnowledgeBase
from debrief.outputs import check_out_dir, csv_cell, csv_text, write_files

runner = CliRunner()


def refused(*args: object) -> str:
    res = runner.invoke(app, [str(a) for a in args])
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output and "bug" not in res.output, res.output
    return res.output


def tree(root: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*"))


# --- output folders -----------------------------------------------------------------------------
def test_out_that_is_a_file_is_refused_before_the_work(tmp_path: Path, demo_ws_path: str) -> None:
    out = tmp_path / "report.txt"
    out.write_text("keep me")
    for cmd in (
        ("monthly", "--month", "2026-10", "--no-save"),
        ("postmortem", "FL-OFFER", "--no-save"),
        ("tick", "--kb", f"sqlite:///{tmp_path / 'kb.sqlite'}"),
    ):
        output = refused(*cmd, "-w", demo_ws_path, "--out", out)
        assert "it is a file, not a folder" in output and str(out) in output
        assert "fix:" in output
    assert out.read_text() == "keep me"


def test_report_name_taken_by_a_folder_writes_nothing(tmp_path: Path, demo_ws_path: str) -> None:
    out = tmp_path / "out"
    (out / "report.html").mkdir(parents=True)
    (out / "report.json").write_text("old")
    before = tree(tmp_path)
    output = refused("monthly", "--month", "2026-10", "-w", demo_ws_path, "--out", out, "--no-save")
    assert "report.html" in output and "a folder of that name is in the way" in output
    assert tree(tmp_path) == before  # no report.json/md/pdf, no stray temporary file


def test_out_below_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="is a file"):
        check_out_dir(tmp_path / "file" / "sub" / "out")


def _check_as(uid: int | None, out: Path) -> str:
    """check_out_dir(out) as user ``uid`` (None: as we are): 'ok' or the OutputError's text.

    Root writes into any folder, so as root the check runs in a forked child that has become
    ``nobody`` first (the same code, the permissions an ordinary user has)."""
    if uid is None:
        try:
            check_out_dir(out)
            return "ok"
        except OutputError as exc:
            return str(exc)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            os.write(write, _check_as(None, out).encode())
        except BaseException as exc:
            os.write(write, ("child failed: " + repr(exc)).encode())
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        said = fh.read().decode()
    os.waitpid(pid, 0)
    return said


def test_read_only_out_is_refused(tmp_path: Path) -> None:
    uid = 65534 if os.geteuid() == 0 else None  # nobody
    base = tmp_path
    if uid is not None:  # nobody must reach the folders: pytest's tmp_path is root's alone
        base = Path(tempfile.mkdtemp(dir="/tmp", prefix="debrief-ro-"))
        base.chmod(0o755)
    ro = base / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    rw = base / "rw"
    rw.mkdir()
    rw.chmod(0o777)
    try:
        assert _check_as(uid, rw / "out") == "ok"  # the same user may write where it is allowed
        assert "not writable" in _check_as(uid, ro / "out")
        assert "not writable" in _check_as(uid, ro)
    finally:
        ro.chmod(0o700)
        if uid is not None:
            shutil.rmtree(base)


class Boom(str):
    """Text whose writing fails half way through a set of files."""

    def encode(self, *args: object, **kwargs: object) -> bytes:
        raise OSError(28, "No space left on device")


def test_write_files_is_all_or_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    written = write_files(out, {"a.txt": "one", "b.bin": b"two"})
    assert written == {"a.txt": out / "a.txt", "b.bin": out / "b.bin"}
    before = tree(out)
    with pytest.raises(OutputError, match="No space left on device"):
        write_files(out, {"a.txt": "new", "b.bin": Boom("new"), "c.txt": "new"})
    assert tree(out) == before
    assert (out / "a.txt").read_text() == "one"
    assert oct((out / "a.txt").stat().st_mode & 0o777) != oct(0o600)  # not mkstemp's mode
    with pytest.raises(ValueError, match="plain file name"):
        write_files(out, {"../x.txt": "no"})


# --- knowledge base URLs ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("notaurl", "is not a knowledge-base URL"),
        ("mysql://u@127.0.0.1/db", "needs a database driver that is not installed"),
        ("postgresql://u:secret@127.0.0.1:1/db", "cannot open the knowledge base"),
    ],
)
def test_bad_kb_is_refused_before_the_work(
    tmp_path: Path, demo_ws_path: str, url: str, says: str
) -> None:
    out = tmp_path / "out"
    output = refused("monthly", "--month", "2026-10", "-w", demo_ws_path, "--out", out, "--kb", url)
    assert says in output and "fix:" in output
    assert "secret" not in output  # the password is not printed
    assert not out.exists()  # refused before the review ran and wrote anything


def test_kb_that_is_a_folder_or_not_sqlite(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    with pytest.raises(KnowledgeBaseError, match="names a folder"):
        KnowledgeBase.check(f"sqlite:///{tmp_path / 'kb'}")
    (tmp_path / "notes.sqlite").write_text("not a database, " * 100)
    with pytest.raises(KnowledgeBaseError, match="cannot open the knowledge base"):
        KnowledgeBase.check(f"sqlite:///{tmp_path / 'notes.sqlite'}")
    (tmp_path / "file").write_text("x")
    with pytest.raises(KnowledgeBaseError, match="is a file"):
        KnowledgeBase.check(f"sqlite:///{tmp_path / 'file' / 'kb.sqlite'}")
    KnowledgeBase.check(f"sqlite:///{tmp_path / 'new' / 'kb.sqlite'}")
    assert not (tmp_path / "new").exists()  # checking creates nothing


# --- CSV formula injection ------------------------------------------------------------------------
def test_csv_cells_that_start_a_formula_are_escaped() -> None:
    for payload in (
        '=HYPERLINK("http://x","y")',
        "@SUM(1+1)",
        "=cmd|' /C calc'!A0",
        "+1",
        "-2+3",
        "\tx",
        "\rx",
    ):
        assert csv_cell(payload) == "'" + payload
    assert csv_cell("Search") == "Search"
    assert csv_cell(-3.5) == -3.5  # numbers stay numbers
    text = csv_text([{"channel": "=1+1", "value": -2}])
    assert text == "channel,value\r\n'=1+1,-2\r\n"


def test_csv_line_breaks_inside_a_cell_stay_in_the_cell() -> None:
    # a bare CR went out unquoted when rows ended in LF, and every CSV reader split the row there
    rows = [{"note": "first\rsecond", "n": 1}, {"note": "a\r\nb\nc", "n": 2}]
    back = list(csv.DictReader(io.StringIO(csv_text(rows), newline="")))
    assert [r["note"] for r in back] == ["first\rsecond", "a\r\nb\nc"]
    assert [r["n"] for r in back] == ["1", "2"]


def test_attribution_csv_escapes_channel_names(tmp_path: Path) -> None:
    paths = tmp_path / "paths.csv"
    paths.write_text(
        "path,total_conversions,total_conversion_value,total_null\n"
        '"=HYPERLINK(""http://x"",""y"") > Search",3,30,10\n'
        "\"@SUM(1+1) > =cmd|' /C calc'!A0\",2,20,5\n"
        "Search,4,40,8\n",
        encoding="utf-8",
    )
    res = runner.invoke(
        app,
        ["attribution", "--paths", str(paths), "--format", "csv", "--models", "last_touch,linear"],
    )
    assert res.exit_code == 0, res.output
    cells = [c for line in res.stdout.splitlines()[1:] for c in line.split(",")]
    assert not any(c.startswith(("=", "@", "+", '"=', '"@')) for c in cells), res.stdout
    assert "'=HYPERLINK" in res.stdout or "\"'=HYPERLINK" in res.stdout


def test_attribution_paths_file_errors_name_the_line(tmp_path: Path) -> None:
    paths = tmp_path / "paths.csv"
    paths.write_text("path,total_conversions\nSearch,3\nSocial,lots\n", encoding="utf-8")
    output = refused("attribution", "--paths", paths)
    assert "line 3" in output and "total_conversions" in output and "fix:" in output
    paths.write_bytes(b"path,total_conversions\n\xe9t\xe9,3\n")
    assert "not UTF-8" in refused("attribution", "--paths", paths)


# --- a closed pipe --------------------------------------------------------------------------------
def test_closed_pipe_ends_quietly() -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before we write: `debrief schema | head -0`
    try:
        proc = subprocess.run(
            [sys.executable, "-c", "from debrief.cli.main import app; app()", "schema"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    finally:
        os.close(write)
    assert proc.returncode == EXIT_PIPE
    assert proc.stderr == ""


# --- a month with no data ---------------------------------------------------------------------------
def test_month_with_leads_and_no_spend_is_a_valid_report(tmp_path: Path) -> None:
    """Every stage runs on a month that holds leads but no ad rows (a CRM export reaching past
    the ad platforms'): report.json keeps every table it promises (the budget stage's reallocation
    was missing and the review ended in 'This is a bug in Debrief')."""
    from debrief.ingest import ingest

    files = tmp_path / "files"
    files.mkdir()
    ad = ["date,channel,campaign_id,spend,impressions,clicks"]
    ad += [f"2021-03-{d:02d},paid_social,C1,{100 + d}.50,{1000 + d},{20 + d}" for d in range(1, 32)]
    (files / "ad_performance.csv").write_text("\n".join(ad) + "\n")
    leads = ["lead_id,created_at,channel,campaign_id"]
    leads += [f"L{i},2021-0{3 + i % 2}-0{1 + i % 9}T10:00:00,paid_social,C1" for i in range(40)]
    (files / "leads.csv").write_text("\n".join(leads) + "\n")
    ws = tmp_path / "ws.duckdb"
    ingest([files], ws)
    out = tmp_path / "out"
    res = runner.invoke(
        app, ["monthly", "--month", "2021-04", "-w", str(ws), "--out", str(out), "--no-save"]
    )
    assert res.exit_code == 0, res.output
    doc = json.loads((out / "report.json").read_text())
    assert doc["stages"]["budget"]["tables"]["reallocation"] == []
    assert "ad_performance has no rows in 2021-04" in " ".join(doc["stages"]["budget"]["notes"])


def test_month_without_data_is_a_short_report(tmp_path: Path, demo_ws_path: str) -> None:
    from debrief.render import validate_report_json

    for extra in ((), ("--stages", "campaign_performance,funnel_health")):
        out = tmp_path / f"out{len(extra)}"
        res = runner.invoke(
            app,
            [
                "monthly",
                "--month",
                "2024-01",
                "-w",
                demo_ws_path,
                "--out",
                str(out),
                "--no-save",
                *extra,
            ],
        )
        assert res.exit_code == 0, res.output
        doc = json.loads((out / "report.json").read_text())
        validate_report_json(doc)
        assert doc["stages"], doc
        for stage in doc["stages"].values():
            assert stage["skipped"].startswith("no data for 2024-01"), stage
            assert "2025-10-01" in stage["skipped"]  # where the workspace's data does run
        assert doc["data_quality"] == []
        md = (out / "report.md").read_text()
        assert "No data for 2024-01" in md and "debrief ingest" in md
        assert sorted(p.name for p in out.iterdir()) == [
            "report.html",
            "report.json",
            "report.md",
            "report.pdf",
        ]
