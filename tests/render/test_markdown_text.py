"""Data text in Markdown: shown exactly as written wherever it lands (paragraph, list item, quote,
heading, table cell), never markup or a link, and with no backslash or entity that a reader would
see as clutter when nothing needed escaping.

Checked by rendering with markdown-it-py, a CommonMark parser, with GitHub's table and
strikethrough extensions on.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from debrief.wording.markdown import md_text

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])

#: where report.md and the facilitation pack put data text
CONTEXTS = {
    "paragraph": "{}",
    "list item": "- {}",
    "quote": "> {}",
    "heading": "## {}",
    "table cell": "| a | b |\n| --- | --- |\n| {} | x |",
    "after text": "Owner {} (due soon)",
}
#: the block tags each context makes by itself; anything else came from the data
FRAME = {"p", "ul", "li", "blockquote", "h2", "table", "thead", "tbody", "tr", "th", "td"}


def _shown(text: str, context: str) -> tuple[str, set[str]]:
    out = MD.render(CONTEXTS[context].format(md_text(text)))
    tags = set(re.findall(r"<([a-z0-9]+)", out)) - FRAME
    if context == "table cell":
        cells = re.findall(r"<td>(.*?)</td>", out, flags=re.S)
        out = cells[0] if cells else ""
    shown = html.unescape(re.sub(r"<[^>]+>", "", out)).strip()
    if context == "after text":
        shown = shown.removeprefix("Owner ").removesuffix(" (due soon)")
    return shown, tags


def _expected(text: str) -> str:
    return " ".join(text.replace("\r", " ").split("\n")).strip()


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](http://e.com/x.png)",
    "<http://e.com>",
    "<!-- hidden -->",
    "*bold* _em_ __strong__ ~~gone~~ `code`",
    "a | b | c",
    "# heading",
    "> quote",
    "- item",
    "1. first",
    "---",
    "===",
    "Title ##",
    "&lt;b&gt; &amp; &#60;",
    "back\\*slash",
    "two\nlines",
    "[a]: http://e.com",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("context", list(CONTEXTS))
def test_hostile_text_shows_as_itself_in_every_context(text: str, context: str) -> None:
    shown, tags = _shown(text, context)
    assert not tags, f"{text!r} made {tags} in a {context}"
    assert shown == _expected(text)


@pytest.mark.parametrize(
    "text",
    [
        "paid_social",
        "content_syndication spent $72,765.01",
        "2026-11-23T09:00:00+00:00",
        "MQL → SQL was 2.3% (q=4.6e-09)",
        "+12.8 pts",
        "-14.7%",
        "5 < 6 and 7 > 4",
        "AT&T",
        "Tomás Ortega",
        "3.5x the rate",
        "ROAS 2.35 (target 2.28)",
    ],
)
def test_plain_text_is_left_as_it_is(text: str) -> None:
    """Nothing in these changes rendering, so nothing is escaped: no ``\\(``, ``\\+00:00``,
    ``paid\\_social`` or ``&lt;`` for a reader to see in the pasted text."""
    assert md_text(text) == text
    for context in CONTEXTS:
        assert _shown(text, context) == (text, set())


ALPHABET = st.sampled_from([*list("ab_ *`[]()<>|!#&;-+=~\\.1:/\n"), "http://", "www.", "&amp;"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=24).map("".join))
def test_any_text_shows_as_itself(text: str) -> None:
    for context in CONTEXTS:
        shown, tags = _shown(text, context)
        assert not tags, (text, context, tags)
        assert shown == _expected(text), (text, context)
