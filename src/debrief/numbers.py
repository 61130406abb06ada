"""Every number Debrief writes, in sentences, table cells and messages, goes through :func:`fmt`.

A value is written in its unit (the units of :data:`debrief.registry.UNITS`, plus ``points``
for a difference of two rates, written as percentage points without a suffix, and ``multiple``
for a rate ratio, ``0.40x``): money in the report's currency, rates as percentages, counts with
thousands separators; a moment as ``2026-06-08 10:00 UTC`` (:func:`when`). What is unknown is
``n/a``, never 0.

Three styles set the default precision; a call that needs another precision says so (``places``
decimals or ``sig`` significant digits):

* ``cell``: table cells (``12.3%``, ``$1,234.50``, ``1.23``, p-values ``4.6e-09``);
* ``sentence``: the monthly review's statements (``12.34%``, ``$1,234.50``);
* ``brief``: the post-mortem's statements (``1.37%`` below 10%, ``56.5%`` above; other numbers
  to three significant digits).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Literal

__all__ = ["SYMBOLS", "Style", "fmt", "money", "when"]

Style = Literal["cell", "sentence", "brief"]
#: Currencies written with a symbol; any other is written with its code after the amount.
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "BRL": "R$", "JPY": "¥", "AUD": "A$", "CAD": "C$"}


def money(value: float, currency: str = "USD", *, symbol: bool = True, places: int = 2) -> str:
    """``-$1,234.50`` (a currency with a symbol), ``1,234.50 CHF`` (one without), or with the
    code, ``1,234.50 USD``, when ``symbol`` is False."""
    sign = "-" if value < 0 else ""
    body = f"{abs(value):,.{places}f}"
    sym = SYMBOLS.get(currency.upper()) if symbol else None
    return f"{sign}{sym}{body}" if sym else f"{sign}{body} {currency}"


def when(value: dt.datetime) -> str:
    """A moment people read: ``2026-06-08 10:00 UTC`` (an aware time in UTC, a naive one as
    given); midnight, a day-level event read from daily data, as the day (``2026-06-08``)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    if value.time() == dt.time():
        return value.date().isoformat()
    return value.strftime("%Y-%m-%d %H:%M") + (" UTC" if value.tzinfo is not None else "")


def _moment(text: str) -> Any:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return text


def fmt(
    value: Any,
    unit: str = "number",
    *,
    style: Style = "sentence",
    places: int | None = None,
    sig: int | None = None,
    signed: bool = False,
    currency: str = "USD",
    symbol: bool | None = None,
    minus: str = "-",
) -> str:
    """``value`` written in ``unit`` (see the module docstring); None and NaN are ``n/a``.

    ``places``: decimals; ``sig``: significant digits instead; ``signed``: a leading ``+`` on
    positive values; ``symbol``: money with its currency's symbol (the default, in every style:
    one report writes one amount one way; a currency without a symbol gets its code after the
    amount); ``minus``:
    the minus sign (``−`` in the funnel's differences).
    """
    text = _fmt(value, unit, style, places, sig, signed, currency, symbol)
    return text if minus == "-" else text.replace("-", minus)


def _fmt(
    value: Any,
    unit: str,
    style: Style,
    places: int | None,
    sig: int | None,
    signed: bool,
    currency: str,
    symbol: bool | None,
) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if unit == "date" and isinstance(value, str) and "T" in value:
        value = _moment(value)  # a timestamp that came back from report.json as text
    if isinstance(value, dt.datetime):
        return when(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "n/a"
    plus = "+" if signed else ""
    if unit == "money":
        text = money(value, currency, symbol=True if symbol is None else symbol)
        return f"+{text}" if signed and value > 0 else text
    if unit in ("rate", "points"):
        pct = value * 100
        if places is None and sig is None:
            places = {"cell": 1, "sentence": 2}.get(style, 2 if abs(pct) < 10 else 1)
        body = f"{pct:{plus},.{sig}g}" if sig is not None else f"{pct:{plus}.{places}f}"
        return body + ("%" if unit == "rate" else "")
    if unit == "multiple":
        return f"{value:.{places if places is not None else (2 if value < 1 else 1)}f}x"
    if unit == "p":
        return f"{value:.{sig or 2}g}"
    if places is not None:
        return f"{value:{plus},.{places}f}"
    if sig is not None:
        return f"{value:{plus},.{sig}g}"
    if unit == "count" and style != "cell":
        return f"{value:{plus},.0f}"
    if unit == "ratio" or (style == "sentence" and unit != "count"):
        return f"{value:{plus},.2f}"
    if isinstance(value, int) or float(value).is_integer():
        return f"{value:{plus},.0f}"
    # a mean of counts (3.65 touches) or a plain number: three significant digits
    return f"{value:{plus},.3g}" if abs(value) < 1000 else f"{value:{plus},.0f}"
