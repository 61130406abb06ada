"""The one place where queries execute: an Ibis expression in, plain Python values out.

Analyses build lazy Ibis expressions on the workspace's tables; only their small results come into
Python, through these functions. Every missing value comes back as None (a NULL, a NaN or NaT),
never as NaN in one place and None in another.

* :func:`rows` — a table expression as a list of dicts;
* :func:`frame` — the same as a pandas DataFrame, for the analyses that compute on frames (missing
  values as pandas gives them: NaN / NaT / None by dtype);
* :func:`value` — one scalar;
* :func:`plain` — one value with every kind of missing value as None;
* :func:`arrow` — the result as Arrow (a ``pyarrow.Table``, or a ``pyarrow.Scalar`` for a scalar),
  for code that reads columns or converts on its own terms.

Analyses, the post-mortem, synthesis, the follow-up and the marketing-mix model call these rather
than ``.to_pandas()`` / ``.to_pyarrow()`` / ``.execute()`` on an expression
(``tests/core/test_architecture.py`` checks it), so every query runs here.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pandas as pd

__all__ = ["arrow", "frame", "plain", "rows", "value"]


def plain(v: Any) -> Any:
    """``v``, or None when it is a missing value: None, NaN, or pandas' NaT / NA (as a frame's
    records hold them). The one place that decides what "missing" is, for :func:`rows`,
    :func:`value` and code that reads a frame's records."""
    if isinstance(v, float):
        return None if math.isnan(v) else v
    if v is None or type(v).__name__ in ("NaTType", "NAType"):
        return None
    return v


def rows(expr: ir.Table) -> list[dict[str, Any]]:
    """The rows of ``expr`` as dicts; missing values are None."""
    return [{k: plain(v) for k, v in r.items()} for r in expr.to_pyarrow().to_pylist()]


def frame(expr: ir.Table) -> pd.DataFrame:
    """The rows of ``expr`` as a pandas DataFrame."""
    return expr.to_pandas()


def value(expr: ir.Scalar) -> Any:
    """The one value of a scalar expression; None when missing."""
    return plain(expr.to_pyarrow().as_py())


def arrow(expr: ir.Expr) -> Any:
    """The result of ``expr`` as Arrow, as the backend returns it."""
    return expr.to_pyarrow()
