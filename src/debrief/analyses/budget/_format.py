"""Money and ratio text for the budget stage's sentences (renderers format the tables)."""

from __future__ import annotations

from collections.abc import Callable

from debrief.metrics.formulas import format_money


def money_formatter(currency: str) -> Callable[[float], str]:
    """``f(1234.5) -> "$1,234.50"`` for USD (:func:`~debrief.metrics.formulas.format_money`)."""
    return lambda value: format_money(value, currency)


def fmt_ratio(value: float | None) -> str:
    """A ROAS-like ratio with two decimals, ``n/a`` when undefined."""
    return "n/a" if value is None else f"{value:.2f}"
