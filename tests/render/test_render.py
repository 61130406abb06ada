"""Renderers: the published schema, escaping of data strings, undefined values, golden files.

Refresh the golden files after an intended change with ``make golden``.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import logging
import math
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from debrief.render import pdf as pdf_module
from debrief.render import to_html, to_json, to_markdown, validate_report_json, write_report
from debrief.render.pdf import PDF_ROWS, to_pdf
from debrief.results import Action, Finding, Report, StageResult, Summary

GOLDEN = Path(__file__).parent / "golden"
EVIL = '<script>alert("x")</script> | *bold* [link](javascript:x) & co'


def _report(name: str = "Spring Sale") -> Report:
    finding = Finding(
        id="cp-1",
        stage="campaign_performance",
        kind="below_target",
        statement=f"ROAS was 0.52 against a target of 3.00 for {name} in 2026-10.",
        subject={"campaign_id": "C1", "channel": "display"},
        metric="roas",
        actual=0.52,
        reference=3.0,
        reference_kind="target",
        severity="critical",
        evidence={"spend": 1000.0, "revenue": 520.0},
        impact=2480.0,
    )
    cp = StageResult(
        stage="campaign_performance",
        tables={
            "by_campaign": [
                {
                    "campaign_id": "C1",
                    "name": name,
                    "spend": 1000.0,
                    "impressions": 100000,
                    "clicks": 1000,
                    "conversions": 0,
                    "revenue": 520.0,
                    "roas": 0.52,
                    "cpa": None,
                    "ctr": 0.01,
                    "cvr": 0.0,
                }
            ],
            "by_channel": [
                {
                    "channel": "display",
                    "spend": 1000.0,
                    "impressions": 100000,
                    "clicks": 1000,
                    "conversions": 0,
                    "revenue": 520.0,
                    "roas": 0.52,
                    "cpa": math.nan,
                    "ctr": 0.01,
                    "cvr": 0.0,
                }
            ],
        },
        findings=(finding,),
        charts={
            "spend": {
                "title": f"Spend by campaign ({name})",
                "data": {"values": [{"campaign": name, "spend": 1000.0}]},
                "mark": "bar",
                "encoding": {
                    "x": {"field": "campaign", "type": "nominal"},
                    "y": {"field": "spend", "type": "quantitative"},
                },
            }
        },
        notes=("Revenue is conversion value reported by the ad platforms.",),
    )
    action = Action(
        id="a-1",
        title=f"Review bids and audiences of {name}",
        rationale=finding.statement,
        expected_impact={"metric": "revenue", "value": 1200.0, "unit": "USD"},
        owner="Dana",
        due=dt.date(2026, 11, 18),
        measure="roas",
        finding_ids=("cp-1",),
    )
    return Report(
        kind="monthly_review",
        period_start=dt.date(2026, 10, 1),
        period_end=dt.date(2026, 10, 31),
        generated_at=dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC),
        stages={"campaign_performance": cp},
        data_quality=(),
        summary=Summary(
            kpis={
                "table": [
                    {"metric": "spend", "actual": 1000.0, "target": 900.0, "prior_period": None}
                ]
            },
            insights=(finding,),
            actions=(action,),
            focus=(f"ROAS of {name}",),
            dates={"due": "2026-11-04"},
        ),
        title="Monthly marketing review — 2026-10",
    )


def test_json_follows_the_published_schema_and_nulls_undefined_ratios() -> None:
    doc = json.loads(to_json(_report()))
    validate_report_json(doc)
    assert doc["schema"] == "debrief.report/1"
    assert doc["period"] == {"start": "2026-10-01", "end": "2026-10-31"}
    row = doc["stages"]["campaign_performance"]["tables"]["by_channel"][0]
    assert row["cpa"] is None  # NaN is an undefined ratio: null, never 0
    assert doc["summary"]["actions"][0]["due"] == "2026-11-18"


def test_schema_rejects_a_report_missing_a_required_table() -> None:
    doc = _report().to_json_dict()
    del doc["stages"]["campaign_performance"]["tables"]["by_channel"]
    with pytest.raises(jsonschema.ValidationError):
        validate_report_json(doc)
    doc = _report().to_json_dict()
    doc["data_quality"] = [{"id": "x"}]
    with pytest.raises(jsonschema.ValidationError):
        validate_report_json(doc)


def test_html_escapes_every_string_from_data_and_is_self_contained() -> None:
    page = to_html(_report(EVIL))
    assert "<script" not in page.lower()
    assert "&lt;script&gt;" in page
    assert "javascript:x" not in re.sub(r"&[a-z#0-9]+;", "", page.split("<main>")[0])
    # no network: no external scripts, stylesheets or images
    assert not re.search(r"<(script|link)\b", page, re.I)
    assert not re.search(r'src="https?:', page)
    # the chart is an embedded SVG image that carries the escaped campaign name
    m = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', page)
    assert m, "chart not embedded"
    svg = base64.b64decode(m.group(1)).decode()
    assert "<script" not in svg.lower()


def test_markdown_escapes_data_strings() -> None:
    md = to_markdown(_report(EVIL))
    assert "<script>" not in md
    assert "&lt;script&gt;" in md
    # a pipe from data must not open a new table cell
    for line in md.splitlines():
        if line.startswith("| C1"):
            assert line.count(" | ") == line.replace("\\|", "").count(" | ")
    assert "\\[link\\]" in md


def test_undefined_values_show_as_na() -> None:
    md = to_markdown(_report())
    row = next(line for line in md.splitlines() if line.startswith("| C1"))
    assert "n/a" in row  # CPA with zero conversions


def test_write_report_writes_every_format_and_attachments(tmp_path: Path) -> None:
    rep = _report().replace(attachments={"agenda.md": "# Agenda\n"})
    written = write_report(rep, tmp_path)
    chart = "charts/campaign_performance-spend.svg"
    tables = {
        f"tables/campaign_performance-{t}.csv" for t in rep.stages["campaign_performance"].tables
    }
    assert set(written) == {
        *("report.json", "report.md", "report.html", "report.pdf", "agenda.md", chart),
        *tables,
    }
    # every stage table in full beside the report, values as data
    by_campaign = written["tables/campaign_performance-by_campaign.csv"].read_text().splitlines()
    assert by_campaign[0].startswith("campaign_id,name,spend") and len(by_campaign) == 2
    # report.md shows its charts from SVG files beside it (a wiki page takes them as uploads)
    assert f"({chart})" in written["report.md"].read_text()
    assert written[chart].read_text().startswith("<svg")
    assert written["report.pdf"].read_bytes().startswith(b"%PDF-")
    assert all(p.exists() and p.stat().st_size > 0 for p in written.values())
    assert not list(tmp_path.glob("*.tmp"))
    with pytest.raises(ValueError):
        write_report(rep.replace(attachments={"../x.md": "x"}), tmp_path)


def test_a_report_written_over_another_leaves_none_of_its_tables_or_charts(tmp_path: Path) -> None:
    """The same --out reused: last month's tables and charts must not sit beside this month's,
    where they would read as this month's; files that are not Debrief's stay."""
    rep = _report()
    first = write_report(rep, tmp_path)
    (tmp_path / "tables" / "notes.txt").write_text("mine")
    stage = rep.stages["campaign_performance"]
    fewer = rep.replace(
        stages={
            "campaign_performance": stage.replace(
                tables={t: rows if t == "by_campaign" else [] for t, rows in stage.tables.items()},
                charts={},
            )
        }
    )
    second = write_report(fewer, tmp_path)
    on_disk = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()}
    assert {n for n in on_disk if n.startswith(("tables/", "charts/"))} == {
        "tables/campaign_performance-by_campaign.csv",
        "tables/notes.txt",
    }
    assert len(first) > len(second)
    # a run without CSV leaves the tables folder alone
    write_report(fewer, tmp_path, formats=("json",))
    assert (tmp_path / "tables" / "campaign_performance-by_campaign.csv").exists()


@pytest.mark.golden
@pytest.mark.parametrize("fmt", ["md", "json"])
def test_golden(fmt: str, golden) -> None:
    """A small hand-made report with hostile strings; the demo's reports are in tests/golden."""
    text = to_markdown(_report()) if fmt == "md" else to_json(_report())
    golden.check(GOLDEN / f"report.{fmt}", text)


def test_a_row_unit_decides_how_its_values_read() -> None:
    from debrief.render.format import cell_text

    metric_valued = {c: "metric" for c in ("actual", "target", "current", "trailing_3m")}

    def cell(row: dict, column: str) -> str:
        return cell_text(row, column, units=metric_valued)

    row = {"metric": "pipeline", "unit": "count", "actual": 29, "target": 40.0}
    assert cell(row, "actual") == "29"
    # without a unit, the row's metric decides: pipeline (opportunities opened) is a count
    assert cell({"metric": "pipeline", "actual": 29.0}, "actual") == "29"
    assert cell({"metric": "won_amount", "actual": 29.0}, "actual") == "$29.00"
    assert cell({"metric": "ctr", "unit": "rate", "actual": 0.0123}, "actual") == "1.2%"
    # a trend row's current and trailing values read in the row's metric
    trend = {"metric": "spend", "current": 247622.25, "trailing_3m": 329274.66}
    assert cell(trend, "current") == "$247,622.25"
    assert cell(trend, "trailing_3m") == "$329,274.66"
    assert cell({"metric": "ctr", "current": 0.00686}, "current") == "0.7%"


def test_a_metric_reads_in_its_kind_in_the_catalogue() -> None:
    """ROI is a rate in the catalogue and in the KPI table: every table shows it as one."""
    from debrief.metrics.catalogue import CATALOGUE
    from debrief.render.format import format_value, metric_unit

    assert format_value(1.3546, "roi") == "135.5%"
    assert format_value(6.58, "mean_days_to_conversion") == "6.58"  # days, not 658%
    assert all(metric_unit(name) == m.kind for name, m in CATALOGUE.items())


def test_declared_units_decide_and_names_do_not() -> None:
    from debrief.render.format import cell_text

    row = {"q_value": 4.6e-09, "relative_gap": -0.0373, "mean_touches": 3.6539, "n": 2050.0}
    units = {"q_value": "p", "relative_gap": "rate", "mean_touches": "count", "n": "count"}
    # p- and q-values keep their magnitude; a percentage would show 4.6e-09 as 0.0%
    assert cell_text(row, "q_value", units=units) == "4.6e-09"
    assert cell_text(row, "relative_gap", units=units) == "-3.7%"
    # a mean of counts keeps three significant digits; whole counts none
    assert cell_text(row, "mean_touches", units=units) == "3.65"
    assert cell_text(row, "n", units=units) == "2,050"
    # a column nobody declared is a plain number, whatever its name says
    assert cell_text({"spend_share": 0.25}, "spend_share") == "0.25"


def test_units_declared_by_a_stage_decide_the_format() -> None:
    stage = StageResult(
        stage="budget",
        tables={"reallocation": [{"channel": "email", "change": 1234.5, "low": -10.0}]},
        units={"reallocation": {"change": "money", "low": "money"}},
    )
    rep = _report().replace(stages={"budget": stage})
    md = to_markdown(rep)
    assert "$1,234.50" in md and "-$10.00" in md
    assert "$1,234.50" in to_html(rep)


def test_a_metric_unit_reads_each_row_in_its_own_metric() -> None:
    rows = [
        {"metric": "journey_conversion_rate", "actual": 0.276, "change": 0.0146},
        {"metric": "spend", "actual": 10.0, "change": 2.5},
    ]
    stage = StageResult(stage="attribution", tables={"path_summary": rows})
    report = _report().replace(stages={"attribution": stage})
    md = to_markdown(report)
    # the reader sees each metric by its label; the report's rows (report.json, CSV) keep the name
    assert "| Journey conversion rate | 27.6% | 1.5% |" in md
    assert "| Spend | $10.00 | $2.50 |" in md
    assert report.stages["attribution"].tables["path_summary"][0]["metric"] == rows[0]["metric"]
    assert rows[0]["metric"] == "journey_conversion_rate"


def test_expected_impact_reads_as_money_or_points() -> None:
    from debrief.render.format import impact_text

    money = {"metric": "money_at_stake", "value": 189916.32, "unit": "USD"}
    assert impact_text(money) == "$189,916.32 at stake"
    assert impact_text({"metric": "revenue", "value": 75.5, "unit": "USD"}) == "$75.50 revenue"
    # the change of a rate is in percentage points, not a percentage
    assert impact_text({"metric": "cvr", "value": 0.0137, "unit": "rate"}) == "+1.4 pts CVR"


def test_a_mass_noun_takes_a_singular_verb() -> None:
    from debrief.postmortem.text import was

    assert (was("leads"), was("impressions"), was("reach"), was("ctr")) == (
        "were",
        "were",
        "was",
        "was",
    )


def test_charts_take_the_report_width_unless_they_set_their_own() -> None:
    from debrief.render.charts import _house_style, chart_svg

    bars = {"data": {"values": [{"c": "a", "v": 1}]}, "mark": "bar",
            "encoding": {"x": {"field": "c", "type": "nominal"},
                         "y": {"field": "v", "type": "quantitative"}}}  # fmt: skip
    assert _house_style(bars)["width"] == 640
    assert _house_style({**bars, "width": {"step": 110}})["width"] == {"step": 110}
    assert "width" not in _house_style({"facet": {"field": "c"}, "spec": bars})
    # a spec's own config wins over the house style, key by key
    own = _house_style({**bars, "config": {"axisXDiscrete": {"labelAngle": 0}}})
    assert own["config"]["axisXDiscrete"] == {"labelAngle": 0, "labelLimit": 180}
    svg = chart_svg(bars)
    assert svg is not None and 'width="6' in svg[:400]


def test_a_chart_with_nothing_to_show_is_not_drawn() -> None:
    """Empty axes read like zeros: a chart whose rows hold no number in the field it plots (no
    spend in the month, ROAS n/a on every channel) is left out; its table says n/a."""
    from debrief.render.charts import chart_png, chart_svg

    enc = {"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}
    bars = {"mark": "bar", "encoding": enc}
    assert chart_svg({**bars, "data": {"values": []}}) is None
    assert chart_svg({**bars, "data": {"values": [{"c": "a", "v": None}]}}) is None
    assert chart_png({**bars, "data": {"values": [{"c": "a", "v": float("nan")}]}}) is None
    assert chart_svg({**bars, "data": {"values": [{"c": "a", "v": None}, {"c": "b", "v": 0}]}})
    # a layered chart is read by its first layer: targets alone are not a ROAS chart
    tick = {"mark": "tick", "encoding": {**enc, "y": {"field": "t", "type": "quantitative"}}}
    layered = {"layer": [bars, tick]}
    assert chart_svg({**layered, "data": {"values": [{"c": "a", "v": None, "t": 3.0}]}}) is None
    assert chart_svg({**layered, "data": {"values": [{"c": "a", "v": 2.5, "t": 3.0}]}})
    # a field a fold makes is read as the folded fields
    fold = {"transform": [{"fold": ["s", "r"], "as": ["k", "v"]}], **bars}
    assert chart_svg({**fold, "data": {"values": [{"c": "a", "s": None, "r": None}]}}) is None
    assert chart_svg({**fold, "data": {"values": [{"c": "a", "s": 5.0, "r": None}]}})


# --- report.pdf: the text a reader sees, read back with pypdf (an independent PDF parser) -------


def _pdf_text(data: bytes) -> str:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    # pypdf breaks lines where the PDF does: compare on single-spaced text
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_pdf_carries_summary_findings_and_tables() -> None:
    """The pre-read's appendix: a stage's findings and its chart; its detail tables are named
    with the CSV files beside the report that hold them (and a stage without a chart shows its
    first table instead: see the wide-table test)."""
    data = to_pdf(_report())
    assert data.startswith(b"%PDF-")
    text = _pdf_text(data)
    assert "ROAS was 0.52 against a target of 3.00 for Spring Sale in 2026-10." in text
    assert "Campaign performance" in text
    assert "By campaign (tables/campaign_performance-by_campaign.csv)" in text


def test_data_strings_print_literally_with_unicode() -> None:
    name = EVIL + " → ≥ −5 Zürich 東京"
    text = _pdf_text(to_pdf(_report(name)))
    for part in ('<script>alert("x")</script>', "*bold*", "[link](javascript:x)", "→ ≥ −5"):
        assert part in text, part
    assert "Zürich" in text


def test_wide_tables_split_instead_of_dropping_columns() -> None:
    """A table wider than the page is split into column groups led by its first column; none is
    dropped, and the rows left out are counted and found in the CSV beside the report."""
    row = {
        "campaign_name": "A long campaign name",
        **{f"column_{i}": 123456.789 for i in range(24)},
    }
    stage = StageResult(stage="campaign_performance", tables={"wide": [row] * 30})
    text = _pdf_text(to_pdf(_report().replace(stages={"campaign_performance": stage})))
    for i in range(24):
        assert f"Column {i} " in text + " ", i
    assert "continued (2 of" in text
    assert text.count("Campaign name") >= 2  # every group repeats the row's name
    assert f"{30 - PDF_ROWS} more rows (30 in all) in report.json and " in text
    assert "tables/campaign_performance-wide.csv" in text
    assert "more columns" not in text and "…" not in text


def test_without_a_unicode_font_the_pdf_still_prints(monkeypatch, caplog) -> None:
    monkeypatch.setattr(pdf_module, "_font_files", lambda: None)
    with caplog.at_level(logging.WARNING):
        data = to_pdf(_report("Café → Köln"))
    assert "no DejaVu Sans font" in caplog.text
    assert "Café -> Köln" in _pdf_text(data)


def test_charts_are_drawn_into_the_pdf() -> None:
    spec = {
        "data": {"values": [{"c": "a", "v": 1}, {"c": "b", "v": 2}]},
        "mark": "bar",
        "encoding": {
            "x": {"field": "c", "type": "nominal"},
            "y": {"field": "v", "type": "quantitative"},
        },
    }
    stage = StageResult(stage="campaign_performance", charts={"bars": spec})
    data = to_pdf(_report().replace(stages={"campaign_performance": stage}))
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert sum(len(p.images) for p in reader.pages) == 1


def test_a_direction_reads_as_words_not_min_or_max() -> None:
    """A VP reads "at most $234,100.00" and "−14.7% (better)", not ``max`` and ``not_met``."""
    from debrief.render.format import reader_rows

    rows = [
        {
            "metric": "spend",
            "label": "Spend",
            "unit": "money",
            "actual": 247622.25,
            "target": 234100.0,
            "direction": "max",
            "status": "not_met",
            "change": -0.147,
        },
        {
            "metric": "roas",
            "label": "ROAS",
            "unit": "ratio",
            "actual": 2.35,
            "target": 2.28,
            "direction": "min",
            "status": "met",
            "change": -0.034,
        },
        {
            "metric": "leads",
            "label": "Leads",
            "unit": "count",
            "actual": 1394,
            "target": None,
            "direction": "min",
            "status": "no_target",
            "change": None,
        },
    ]
    units = {"actual": "metric", "target": "metric", "change": "rate", "status": "text"}
    out, out_units = reader_rows(rows, units, "USD")
    assert [list(r) for r in out] == [["label", "actual", "target", "status", "change"]] * 3
    assert out[0]["target"] == "at most $234,100.00" and out[0]["status"] == "not met"
    assert out[0]["change"].endswith("(better)")  # spend fell and lower is better
    assert out[1]["target"] == "at least 2.28" and out[1]["change"].endswith("(worse)")
    assert out[2]["target"] == "n/a" and out[2]["status"] == "no target set"
    assert out[2]["change"] == "n/a"
    assert set(out_units.values()) == {"text"}
    plain = [{"campaign_id": "A", "spend": 1.0}]
    assert reader_rows(plain, {"spend": "money"}) == (plain, {"spend": "money"})


def test_a_summarised_table_shows_the_rows_to_act_on_first() -> None:
    """A detail table longer than the summary shows its rows not met (then within tolerance)
    first, each in its own order, and says so; a table that fits keeps its order."""
    from debrief.render.format import MAX_ROWS, summary_rows
    from debrief.render.markdown import md_table

    rows = [{"id": i, "status": "met"} for i in range(30)]
    rows[20]["status"] = "not_met"
    rows[3]["status"] = "within tolerance"
    rows[25]["status"] = "not met"
    shown, first = summary_rows(rows)
    assert [r["id"] for r in shown] == [20, 25, 3, 0, 1, 2, 4, 5, 6, 7][:MAX_ROWS]
    assert first == "not met or within tolerance"
    assert summary_rows(rows[:MAX_ROWS]) == (rows[:MAX_ROWS], "")
    plain = [{"id": i} for i in range(30)]
    assert summary_rows(plain) == (plain[:MAX_ROWS], "")
    md = md_table(rows, source="tables/x.csv")
    assert "Rows not met or within tolerance first; 20 more rows (30 in all)" in md
    assert "tables/x.csv" in md


def test_timestamps_read_as_people_write_them() -> None:
    """A moment in a table or the header is ``2026-06-08 10:00 UTC``, not ISO 8601 with ``T`` and
    ``+00:00`` (the post-mortem's events table showed ``2026-06-08T10:00:00+00:00``); report.json
    keeps ISO 8601."""
    from debrief.render.format import cell_text, column_title, header_meta

    units = {"ts": "date", "description": "text"}
    aware = dt.datetime(2026, 6, 8, 10, 0, tzinfo=dt.UTC)
    for ts in (aware, aware.isoformat(), "2026-06-08T12:00:00+02:00"):
        assert cell_text({"ts": ts}, "ts", units=units) == "2026-06-08 10:00 UTC"
    # a day-level event (read from daily data, at midnight) is its day; a date is a date
    assert cell_text({"ts": "2026-06-08T00:00:00+00:00"}, "ts", units=units) == "2026-06-08"
    assert cell_text({"ts": dt.date(2026, 6, 8)}, "ts", units=units) == "2026-06-08"
    # text that only looks like a timestamp in a text column stays as written
    assert cell_text({"description": "T+1"}, "description", units=units) == "T+1"
    assert cell_text({"ts": "not a time"}, "ts", units=units) == "not a time"
    r = _report()
    meta = header_meta(replace(r, summary=replace(r.summary, dates={"pre_read": "2026-11-04"})))
    assert "generated 2026-11-02 09:00 UTC" in meta
    assert "pre-read: 2026-11-04" in meta and not any("T09:00" in m for m in meta)
    assert json.loads(to_json(_report()))["generated_at"] == "2026-11-02T09:00:00+00:00"
    assert column_title("ts") == "When"
    assert column_title("rate_change_ci_low") == "Rate change CI low"  # not "Ci low"


def test_a_detail_table_shows_its_declared_columns_and_says_where_the_rest_are() -> None:
    """report.md and report.html show the columns a table's declaration names for a reader
    (``Table.shown``); every column stays in report.json and the CSV, and a note says how many
    are left out (the demo's content table had 31 columns in report.md)."""
    from debrief.registry import Table
    from debrief.render.format import shown_columns

    rows = [{"campaign_id": "C1", "name": "Spring", "spend": 1.0, "impressions": 10, "cpm": 0.1}]
    shown, hidden = shown_columns(rows, "campaign_performance", "by_campaign")
    assert list(shown[0]) == ["campaign_id", "name", "spend"] and hidden == 2
    assert shown_columns(rows, "no_such_stage", "t") == (rows, 0)  # undeclared: every column
    md = to_markdown(_report())
    assert "| Campaign id | Name | Spend | Revenue | ROAS | CPA |" in md
    assert "5 more columns in report.json and tables/campaign_performance-by_campaign.csv" in md
    assert "Impressions" not in md.split("### By campaign")[1].split("###")[0].split("_5 more")[0]
    page = to_html(_report())
    assert "5 more columns in report.json" in page
    assert (
        json.loads(to_json(_report()))["stages"]["campaign_performance"]["tables"]["by_campaign"][
            0
        ]["impressions"]
        == 100_000
    )
    with pytest.raises(ValueError, match="shown columns"):
        Table({"a": "text"}, shown=("b",))


def test_no_demo_table_in_report_md_is_wider_than_a_reader_reads() -> None:
    """The issue saw 31-column tables in report.md: every table of the demo reports now shows
    at most 11 columns (the rest are in report.json and the CSV)."""
    for name in ("monthly-2026-10", "postmortem-FL-OFFER"):
        text = (GOLDEN.parent.parent / "golden" / name / "report.md").read_text(encoding="utf-8")
        widths = [line.count("|") - 1 for line in text.splitlines() if line.startswith("| ---")]
        assert widths and max(widths) <= 11, (name, max(widths))


def test_a_count_target_reads_whole_as_the_sentences_write_it() -> None:
    """The FL-OFFER tile said "target not met (at least 37.1)" opportunities and its tables 37.1
    where its sentence says 37; a mean of counts keeps its decimals."""
    from debrief.render.format import cell_text
    from debrief.render.onepager import one_pager

    units = {"target": "metric", "reference": "metric", "actual": "metric"}
    row = {"metric": "opportunities", "actual": 17, "target": 37.1, "reference": 37.1}
    assert cell_text(row, "target", units=units) == "37"
    assert cell_text(row, "reference", units=units) == "37"
    assert cell_text({"mean_touches": 3.6539}, "mean_touches", units={"mean_touches": "count"}) == (
        "3.65"
    )
    kpi = {"label": "Opportunities", "unit": "count", "actual": 17.0, "target": 37.1}
    kpi |= {"direction": "min", "status": "not_met", "prior_period": None, "change": None}
    r = _report()
    page = one_pager(replace(r, summary=replace(r.summary, kpis={"opportunities": kpi})))
    assert page.tiles[0].status_text == "target not met (at least 37)"


def test_every_declared_table_wider_than_a_reader_reads_names_its_shown_columns() -> None:
    """A table of more than 11 columns declares the ones report.md and report.html show
    (``Table.shown``, at most 10): the demo's commitments table ("Due", 20 columns) appeared only
    in a review with agreed changes, which the golden review has none of."""
    from debrief.engine import load_plugins
    from debrief.registry import STAGES

    load_plugins()
    wide = {
        (stage.name, name): len(table.shown)
        for _, stage in STAGES.items()
        for name, table in stage.tables.items()
        if len(table.columns) > 11
    }
    assert wide and {k: n for k, n in wide.items() if not 0 < n <= 10} == {}
