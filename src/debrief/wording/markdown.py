"""Text from data made inert in Markdown, with as few backslashes as that takes.

A report's Markdown is pasted into GitHub, Confluence and Notion, so it must read as plain text
there: a campaign called ``paid_social`` or a time ``+00:00`` is left as it is, because neither
changes how CommonMark (or GitHub's dialect) renders. Escaped is only what would: emphasis
(``*``, ``_`` at a word's edge, ``~``), code (`````), links and images (``[``, ``]``), table cells
(``|``), HTML tags and comments (``<`` before a letter, ``/``, ``!`` or ``?``), character entities
(``&`` before ``name;``), a backslash that would escape the next character, and what only acts at
the start of a line (``#``, ``>``, ``-``, ``+``, ``=``, ``1.``) — the text may open a list item, a
quote or a table cell. Line breaks become spaces, so a value never leaves its line.

Bare web addresses are left as they are: GitHub shows them as links whose text is the address
itself, so nothing is hidden behind them.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["md_text"]

_PUNCT = r"!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~"
#: ``\`` before punctuation (it would escape it), ``*``, ``~``, backticks, brackets and pipes
_ALWAYS = re.compile(rf"\\(?=[{_PUNCT}])|[*~`\[\]|]")
#: ``_`` that can open or close emphasis: not between two letters or digits (``paid_social``)
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
#: ``&`` that would start a character reference (``&amp;``, ``&#60;``)
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
#: an HTML tag, comment or autolink: ``<`` before a letter, ``/``, ``!`` or ``?``, to its ``>``
_TAG = re.compile(r"<(?=[A-Za-z/!?])([^<>]*)(>?)")
#: what acts only at the start of a line: a heading, quote, list item, rule or setext underline
_LINE_START = (
    re.compile(r"^(?=#{1,6}(\s|$))"),
    re.compile(r"^(?=>)"),
    re.compile(r"^(?=[-+](\s|$))"),
    re.compile(r"^(?=[-=][-=\s]*$)"),
)
_ORDERED = re.compile(r"^(\d{1,9})(?=[.)](\s|$))")
#: a heading's closing sequence (`` ##`` at the end) would be dropped from the text
_CLOSING_HASHES = re.compile(r"(\s)(#+)\s*$")


def md_text(text: Any) -> str:
    """``text`` as Markdown that shows exactly that text (see the module doc)."""
    s = " ".join(str(text).replace("\r", " ").split("\n")).strip()
    s = _ENTITY.sub("&amp;", s)
    s = _ALWAYS.sub(lambda m: "\\" + m.group(0), s)
    s = _UNDERSCORE.sub(r"\\_", s)
    s = _TAG.sub(lambda m: "&lt;" + m.group(1) + ("&gt;" if m.group(2) else ""), s)
    for pattern in _LINE_START:
        s = pattern.sub(r"\\", s, count=1)
    s = _ORDERED.sub(r"\1\\", s, count=1)
    return _CLOSING_HASHES.sub(lambda m: m.group(1) + "\\" + m.group(2), s)
