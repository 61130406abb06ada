"""Human text everywhere (issue 13): every sentence of the demo reports — the monthly review and
the FL-OFFER post-mortem, as stored in their golden copies, which the golden tests keep equal to a
fresh run — reads as words, not as the database behind it:

* no internal ids (``lead_quality:mql_to_sql_fall:campaign_id:AO-SYND``,
  ``budget.waste.past_floor.display``);
* no doubled words ("opportunities opportunities");
* no snake_case names, except a value the data itself holds (a channel called ``paid_social`` in
  the team's files is shown as the team wrote it: it is a cell of the report's tables);
* p- and q-values in tables and method notes, not in a headline (the summary's key insights).

Sentences: the summary's insights, focus and follow-up, every action's title, measure and
rationale, every finding of every stage and of data quality, and the post-mortem pack's
Markdown prose.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
REPORTS = ("monthly-2026-10", "postmortem-FL-OFFER")

ID = re.compile(r"\b[A-Za-z_]+[:.][a-z_]+[:.][A-Za-z_-]+(?:[:.][\w-]+)*")
DOUBLED = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)
SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
STATISTIC = re.compile(r"\b(?:stratified |adjusted )?[pq] ?[=<]|\b[pq]-value", re.IGNORECASE)


def _doc(name: str) -> dict:
    return json.loads((GOLDEN / name / "report.json").read_text(encoding="utf-8"))


def _sentences(doc: dict) -> Iterator[tuple[str, str]]:
    summary = doc.get("summary", {})
    for f in summary.get("insights", []):
        yield "key insight", f["statement"]
    for a in summary.get("actions", []):
        for key in ("title", "measure", "rationale"):
            if a.get(key):
                yield f"action {key}", a[key]
    for key in ("focus", "follow_up"):
        for s in summary.get(key, []):
            yield key, s if isinstance(s, str) else json.dumps(s)
    for f in doc.get("data_quality", []):
        yield "data quality", f["statement"]
    for name, stage in doc.get("stages", {}).items():
        for f in stage.get("findings", []):
            yield name, f["statement"]


def _pack(name: str) -> Iterator[tuple[str, str]]:
    """The post-mortem pack's prose lines (headings, bullets, paragraphs; not table rows or
    code, where a command or a column name is the point)."""
    for path in sorted((GOLDEN / name).glob("*.md")):
        if path.name == "report.md":
            continue
        text = re.sub(r"`[^`]*`", "", path.read_text(encoding="utf-8"))
        for line in text.splitlines():
            if line.strip() and not line.lstrip().startswith("|"):
                yield path.name, line


def _data_values(doc: dict) -> set[str]:
    """Every text cell of the report's tables: the names the team's data holds."""
    out: set[str] = set()
    for stage in doc.get("stages", {}).values():
        for rows in stage.get("tables", {}).values():
            for r in rows:
                out.update(v for v in r.values() if isinstance(v, str))
    return out


@pytest.mark.parametrize("name", REPORTS)
def test_no_internal_ids_doubled_words_or_snake_case(name: str) -> None:
    doc = _doc(name)
    data = _data_values(doc)
    bad = []
    for where, s in [*_sentences(doc), *_pack(name)]:
        for rx, what in ((ID, "internal id"), (DOUBLED, "doubled word")):
            if m := rx.search(s):
                bad.append(f"{what} {m.group(0)!r} in {where}: {s}")
        bad += [
            f"snake_case {w!r} in {where}: {s}"
            for w in SNAKE.findall(s)
            if w not in data and not re.fullmatch(r"[\d_]+", w)
        ]
    assert bad == []


@pytest.mark.parametrize("name", ["monthly-2026-10", "postmortem-FL-OFFER"])
def test_headlines_carry_no_p_or_q_values(name: str) -> None:
    doc = _doc(name)
    headlines = [s for where, s in _sentences(doc) if where in ("key insight", "focus")]
    assert [s for s in headlines if STATISTIC.search(s)] == []


def test_the_checks_catch_what_the_issue_saw() -> None:
    """The patterns find the defects the issue quoted (so a pass means something)."""
    assert ID.search("lead_quality:mql_to_sql_fall:campaign_id:AO-SYND")
    assert ID.search("see budget.waste.past_floor.display")
    assert not ID.search("Spend was $1.20 on 2026-10-01 at 09:00.")
    assert DOUBLED.search("96 opportunities opportunities") and DOUBLED.search("reach reach")
    assert SNAKE.findall("Diagnosis: landing_page_or_offer") == ["landing_page_or_offer"]
    assert STATISTIC.search("(q=4.6e-09)") and STATISTIC.search("adjusted p = 5e-06")
    assert not STATISTIC.search("a 95% CI of −21 to −16")
