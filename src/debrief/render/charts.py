"""Chart specifications (Vega-Lite dicts, built by the analyses) rendered to SVG.

vl-convert renders offline, so the HTML report needs no network. The SVG is embedded as a base64
``<img>``: an image cannot run script, whatever text from the data it contains.
"""

from __future__ import annotations

import base64
import logging
from typing import Any

log = logging.getLogger(__name__)

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def chart_svg(spec: dict[str, Any]) -> str | None:
    """The chart as SVG text, or None when it cannot be drawn (the tables still carry the data)."""
    import vl_convert as vlc

    spec = {"$schema": _SCHEMA, **spec}
    try:
        return str(vlc.vegalite_to_svg(spec))
    except Exception as exc:  # a broken spec must not cost the user the whole report
        log.warning("chart not drawn: %s", exc)
        return None


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
