"""Golden copies of the demo's reports: the full monthly review (seed 7, October 2026) and the
FL-OFFER post-mortem, as report.md and report.json (and the post-mortem's facilitation pack).

Any change to a number or a sentence of the demo shows here as a diff. When a change is intended,
refresh the copies with ``make golden`` and say in the commit message which sentences changed and
why. ``generated_at`` is the one field that depends on the run: it is set to a fixed time before
rendering. Floats in report.json are compared to 1e-9 relative (see ``Golden`` in conftest.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from debrief.config import Settings
from debrief.engine import Request, run
from debrief.render import to_json, to_markdown
from debrief.results import Report

pytestmark = [pytest.mark.golden, pytest.mark.slow]

HERE = Path(__file__).parent
AS_OF = dt.date(2026, 11, 23)
GENERATED_AT = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _fixed(report: Report) -> Report:
    return report.replace(generated_at=GENERATED_AT)


@pytest.fixture(scope="module")
def no_kb(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A knowledge base that does not exist: the reports read no earlier commitments."""
    return f"sqlite:///{tmp_path_factory.mktemp('kb') / 'absent.sqlite'}"


@pytest.fixture(scope="module")
def monthly(demo_ws_path: str, no_kb: str) -> Report:
    request = Request(
        kind="monthly_review", workspace=demo_ws_path, month="2026-10", as_of=AS_OF, kb=no_kb
    )
    return _fixed(run(request))


@pytest.fixture(scope="module")
def postmortem(demo_ws_path: str, no_kb: str) -> Report:
    request = Request(
        kind="post_mortem", workspace=demo_ws_path, campaign_id="FL-OFFER", as_of=AS_OF, kb=no_kb
    )
    return _fixed(run(request))


def _check(report: Report, folder: Path, golden) -> None:
    currency = Settings().currency
    golden.check_json(folder / "report.json", json.loads(to_json(report)))
    golden.check(folder / "report.md", to_markdown(report, currency))
    for name, text in sorted(report.attachments.items()):
        golden.check(folder / name, text)


def test_monthly_review_of_the_demo_is_unchanged(monthly: Report, golden) -> None:
    _check(monthly, HERE / "monthly-2026-10", golden)


def test_postmortem_of_the_demo_is_unchanged(postmortem: Report, golden) -> None:
    _check(postmortem, HERE / "postmortem-FL-OFFER", golden)


def test_report_schema_is_unchanged(golden) -> None:
    """The published schema, derived from the stages' declarations: a stage that stops promising a
    table or a column shows here (the schema only grows)."""
    from debrief.render import report_schema

    golden.check_json(HERE / "report.schema.json", report_schema())


def test_every_column_of_the_demo_reports_declares_its_unit(monthly: Report, postmortem) -> None:
    """Renderers read units from the stages' declarations and never from a column's name: every
    column the demo's reports show is declared (a new column without a unit fails here)."""
    from debrief.render.format import table_units

    missing = [
        (name, table, column)
        for report in (monthly, postmortem)
        for name, stage in report.stages.items()
        for table, rows in stage.tables.items()
        for column in dict.fromkeys(c for r in rows for c in r)
        if column not in table_units(name, table, stage.units.get(table))
    ]
    assert missing == []


def _first_page(report: Report) -> str:
    pypdf = pytest.importorskip("pypdf")
    from debrief.render.pdf import to_pdf

    page = pypdf.PdfReader(io.BytesIO(to_pdf(report))).pages[0]
    return " ".join(page.extract_text().split())


def test_pdf_one_pager_fits_its_page_with_whole_words(monthly: Report) -> None:
    """The pre-read's first page is circulated alone: the tiles, key insights, action plan, its
    resources note and the focus line all sit on it, a due date is not broken across lines and a
    tile's label is not cut short."""
    text = _first_page(monthly)
    assert "Focus next month:" in text
    assert "not measurements." in text  # the resources note's last words
    assert "2026-11-19" in text
    assert "Closed-won revenue" in text


def test_pdf_one_pager_fits_with_longer_insights(monthly: Report) -> None:
    """Another team's statements run longer than the demo's: the first page still holds the focus
    line (its text is set smaller rather than spilling onto page 2)."""
    longer = tuple(
        dataclasses.replace(f, statement=f.statement + " " + f.statement)
        for f in monthly.summary.insights
    )
    report = monthly.replace(summary=dataclasses.replace(monthly.summary, insights=longer))
    assert "Focus next month:" in _first_page(report)
