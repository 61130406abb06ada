"""docs/data-contract.md's table reference is the contract in ``debrief.schema``, word for word.

The page says its tables are generated from the schema: this test renders them from
``schema.TABLES`` and compares with the page, so a column added to the code without the docs (or
the other way round) fails here. To update the page, paste ``render_tables()``'s output under
``## Tables``.
"""

from __future__ import annotations

from pathlib import Path

from debrief.schema import TABLES, TableSchema

DOC = Path(__file__).resolve().parents[2] / "docs" / "data-contract.md"
INTRO = (
    "Required columns are marked **yes**; any other column may be absent. Columns not listed are "
    "kept:\nin `ad_performance` and `leads`, further text columns are segment dimensions (`age`, "
    "`territory`,\n...) and further numeric columns extra metrics (`approved_conversions`, ...)."
)


def _key_line(t: TableSchema) -> str:
    key = ", ".join(f"`{c}`" for c in t.key)
    if t.extra_columns == "segment" and len(t.key) > 1:
        key += (
            " and every further text column (a segment such as `age` is a breakdown: one row per"
            " day and age band is not a repeat)"
        )
    rule = "must be unique (a repeat is an error)" if t.key_unique else "repeats are warnings"
    extra = (
        "Further string columns are segment dimensions, further numeric columns extra metrics."
        if t.extra_columns == "segment"
        else "Further columns are kept as read."
    )
    return f"Key: {key} — {rule}. {extra}"


def render_tables() -> str:
    out = ["## Tables", "", INTRO]
    for t in TABLES.values():
        out += ["", f"### {t.name}", "", t.description, ""]
        out += ["| column | kind | required | notes |", "| --- | --- | --- | --- |"]
        for c in t.columns:
            notes = [f"one of: {', '.join(f'`{x}`' for x in c.choices)}"] if c.choices else []
            notes += [c.description] if c.description else []
            required = "**yes**" if c.required else ""
            out.append(f"| `{c.name}` | {c.kind} | {required} | {'; '.join(notes)} |")
        out += ["", _key_line(t)]
    return "\n".join(out) + "\n"


def test_contract_page_lists_every_table_and_column_as_the_schema_does() -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Tables\n") :]
    assert section.rstrip() == render_tables().rstrip()
