"""Money and ratio text for the budget stage's sentences (renderers format the tables)."""

from __future__ import annotations

from collections.abc import Callable

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "AUD": "A$", "CAD": "C$"}


def money_formatter(currency: str) -> Callable[[float], str]:
    """``f(1234.5) -> "$1,234.50"`` for USD; unknown codes are written before the amount."""
    symbol = _SYMBOLS.get(currency.upper())

    def fmt(value: float) -> str:
        sign = "-" if value < 0 else ""
        body = f"{abs(value):,.2f}"
        return f"{sign}{symbol}{body}" if symbol else f"{sign}{currency} {body}"

    return fmt


def fmt_ratio(value: float | None) -> str:
    """A ROAS-like ratio with two decimals, ``n/a`` when undefined."""
    return "n/a" if value is None else f"{value:.2f}"
