"""Chart specifications (Vega-Lite dicts, built by the analyses) rendered to SVG.

vl-convert renders offline, so the HTML report needs no network. The SVG is embedded as a base64
``<img>``: an image cannot run script, whatever text from the data it contains.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import re
import threading
from collections import OrderedDict
from typing import Any

log = logging.getLogger(__name__)

_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


#: SVGs already drawn, by spec: ``debrief serve`` shows the same stored reports again and again,
#: and drawing is most of a report page's time (~50 ms a chart). Bounded, least recent out.
_SVG_CACHE: OrderedDict[str, str | None] = OrderedDict()
_SVG_CACHE_SIZE = 512
_SVG_LOCK = threading.Lock()


def chart_svg(spec: dict[str, Any]) -> str | None:
    """The chart as SVG text, or None when it cannot be drawn or has nothing to show (the tables
    still carry the data)."""
    key = json.dumps(spec, sort_keys=True, default=str)
    with _SVG_LOCK:
        if key in _SVG_CACHE:
            _SVG_CACHE.move_to_end(key)
            return _SVG_CACHE[key]
    out = _draw(spec, "svg")
    svg = None if out is None else str(out)
    with _SVG_LOCK:
        _SVG_CACHE[key] = svg
        while len(_SVG_CACHE) > _SVG_CACHE_SIZE:
            _SVG_CACHE.popitem(last=False)
    return svg


def chart_png(spec: dict[str, Any]) -> bytes | None:
    """The chart as PNG at twice its size (for print), or None when it cannot be drawn."""
    out = _draw(spec, "png")
    return None if out is None else bytes(out)


def _measures(spec: dict[str, Any]) -> set[str]:
    """The fields of the rows that the chart plots first: the quantitative fields of its own
    encoding, or of its first layer's; a field a ``fold`` makes stands for the folded fields."""
    first = (spec.get("layer") or [spec])[0]
    encoding = (first.get("encoding") or {}) if isinstance(first, dict) else {}
    fields = {
        str(e["field"])
        for e in encoding.values()
        if isinstance(e, dict) and e.get("type") == "quantitative" and "field" in e
    }
    for t in spec.get("transform") or []:
        if isinstance(t, dict) and "fold" in t:
            value = (t.get("as") or ["key", "value"])[1]
            if value in fields:
                fields = (fields - {value}) | {str(f) for f in t["fold"]}
    return fields


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _has_values(spec: dict[str, Any]) -> bool:
    """Whether the chart has anything to show: a chart over inline rows none of which holds a
    number in the field it plots (no spend in the month, ROAS n/a on every channel) would draw
    empty axes, which read like zeros; it is left out (its table says n/a)."""
    values = (spec.get("data") or {}).get("values")
    if not isinstance(values, list):
        return True  # data from elsewhere (or none inline): left to the chart
    rows = [r for r in values if isinstance(r, dict)]
    fields = {f for f in _measures(spec) if any(f in r for r in rows)}
    if not fields:
        return bool(values)  # no field of the rows is plotted as such: left to the chart
    return any(_number(r.get(f)) for r in rows for f in fields)


def _draw(spec: dict[str, Any], fmt: str) -> Any:
    import vl_convert as vlc

    if not _has_values(spec):
        return None

    spec = {"$schema": _SCHEMA, **_house_style(spec)}
    try:
        if fmt == "png":
            return vlc.vegalite_to_png(spec, scale=2)
        return vlc.vegalite_to_svg(spec)
    except Exception as exc:  # a broken spec must not cost the user the whole report
        log.warning("chart not drawn: %s", exc)
        return None


#: A report is read on a laptop at about 900 px: single charts take most of that width, instead
#: of Vega-Lite's default of 20 px per bar (a six-bar chart 120 px wide).
_WIDTH = 640
_CONFIG = {
    "axisXDiscrete": {"labelAngle": -30, "labelLimit": 180},  # category names; numbers stay level
    "axis": {"labelFontSize": 11, "titleFontSize": 12},
    "title": {"fontSize": 14, "anchor": "start"},
}


def _house_style(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with the report's width and type sizes where it does not set its own."""
    out = dict(spec)
    single = not any(k in spec for k in ("facet", "hconcat", "vconcat", "concat", "repeat"))
    if single and "width" not in spec:
        out["width"] = _WIDTH
    config = dict(spec.get("config") or {})
    for key, value in _CONFIG.items():
        config[key] = {**value, **(config.get(key) or {})}
    out["config"] = config
    return out


def chart_title(name: str, spec: dict[str, Any]) -> str:
    """The chart's title as plain text (its spec's ``title``, else its name)."""
    title = spec.get("title") or name.replace("_", " ").capitalize()
    if isinstance(title, dict):
        title = title.get("text") or name
    if isinstance(title, list):  # a title over several lines
        title = " ".join(str(t) for t in title)
    return str(title)


#: The folder, beside report.md, that holds the report's charts as SVG files.
CHART_DIR = "charts"


def chart_path(stage: str, name: str) -> str:
    """Where a stage's chart is written, relative to the report's folder."""
    return f"{CHART_DIR}/{_SAFE.sub('-', stage)}-{_SAFE.sub('-', name)}.svg"


_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def chart_files(report: Any) -> dict[str, str]:
    """Every chart of ``report`` that can be drawn, as ``{relative path: SVG text}``."""
    out: dict[str, str] = {}
    for stage, result in report.stages.items():
        for name, spec in result.charts.items():
            svg = chart_svg(spec)
            if svg is not None:
                out[chart_path(stage, name)] = svg
    return out


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
