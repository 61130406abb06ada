"""Each conversion counted once: the ``conversions`` table with repeated ids collapsed.

Tracking sends some conversions twice (the same ``conversion_id``, seconds apart); ingest warns,
data quality reports them, and every stage that counts conversions reads them through
:func:`distinct_conversions`, so a repeat is neither a second conversion nor an "unattributed" one
(the copy has no touch after the first). Lazy Ibis expressions; nothing here executes a query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ibis

if TYPE_CHECKING:
    import ibis.expr.types as ir

__all__ = ["distinct_conversions"]


def distinct_conversions(conversions: ir.Table) -> ir.Table:
    """One row per ``conversion_id``: the earliest (by ``ts``, then value), the rest dropped.

    Rows without an id cannot be matched and are all kept; a table without the column is
    returned as it is."""
    if "conversion_id" not in conversions.columns:
        return conversions
    cols = conversions.columns
    has_id = conversions.filter(conversions.conversion_id.notnull())
    order = [has_id.ts] + ([has_id.value] if "value" in cols else [])
    w = ibis.window(group_by=has_id.conversion_id, order_by=order)
    first = has_id.mutate(_copy=ibis.row_number().over(w))
    first = first.filter(first._copy == 0).select(*cols)
    return first.union(conversions.filter(conversions.conversion_id.isnull()).select(*cols))
