"""Calibration with lift tests: a measured experiment pulls the channel's curve toward it.

A lift test says that the channel's spend from ``start`` to ``end`` added ``incremental_value``
to the outcome in that window (a geo holdout or a conversion-lift study measures exactly that).
The model's prediction of the same quantity is::

    lift = Σ_{t in window} beta [h(a_t) - h(a'_t)] × outcome scale

where ``a`` is the channel's adstock as spent and ``a'`` its adstock with the window's spend set
to zero (periods whose first day falls in the window). Each test adds one residual
``(predicted - measured) / standard_error`` to the fit: a test with a small standard error binds
the curve, a vague one barely moves it. A test without a standard error is given 20% of its value.
Tests on channels the model does not have, or outside the data's dates, are left out (the caller
says which).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from debrief.mmm.data import MMMData
from debrief.mmm.model import Layout, channel_values
from debrief.mmm.transforms import adstock, hill, logistic

__all__ = ["DEFAULT_RELATIVE_SE", "LiftRows", "lift_rows", "usable_tests"]

DEFAULT_RELATIVE_SE = 0.2


@dataclass(frozen=True)
class _Row:
    channel: int
    mask: np.ndarray  # periods in the window
    value: float  # measured, scaled
    se: float  # scaled


def _response(layout: Layout, theta: np.ndarray, c: int, x: np.ndarray) -> np.ndarray:
    v = channel_values(layout, theta, c)
    a = adstock(x, v["decay"])
    h = hill(a, v["half_sat"], v["shape"]) if layout.saturation == "hill" else logistic(a, v["lam"])
    return v["beta"] * h


@dataclass(frozen=True)
class LiftRows:
    """The lift-test residuals of a fit."""

    rows: tuple[_Row, ...]

    def predicted(self, layout: Layout, theta: np.ndarray, xs: np.ndarray) -> np.ndarray:
        """Predicted lift of each test, scaled units."""
        out = []
        for r in self.rows:
            x = xs[:, r.channel]
            off = np.where(r.mask, 0.0, x)
            diff = _response(layout, theta, r.channel, x) - _response(layout, theta, r.channel, off)
            out.append(float(diff[r.mask].sum()))
        return np.array(out)

    def residuals(self, layout: Layout, theta: np.ndarray, xs: np.ndarray) -> np.ndarray:
        pred = self.predicted(layout, theta, xs)
        return np.array([(p - r.value) / r.se for p, r in zip(pred, self.rows, strict=True)])

    def jacobian(self, layout: Layout, theta: np.ndarray, xs: np.ndarray) -> np.ndarray:
        """Central differences over each test's channel block (a few rows: cheap)."""
        jac = np.zeros((len(self.rows), layout.size))
        for i, r in enumerate(self.rows):
            one = LiftRows((r,))
            blk = layout.block(r.channel)
            for j in range(blk.start, blk.stop):
                step = 1e-5
                up, down = theta.copy(), theta.copy()
                up[j] += step
                down[j] -= step
                jac[i, j] = (
                    one.residuals(layout, up, xs)[0] - one.residuals(layout, down, xs)[0]
                ) / (2 * step)
        return jac


def usable_tests(data: MMMData) -> tuple[list[int], list[str]]:
    """Indices of the lift tests the model can use, and why each other one is left out."""
    keep, skipped = [], []
    first, last = data.dates[0].date(), data.dates[-1].date()
    for i, t in enumerate(data.lift_tests):
        if t.channel not in data.channels:
            skipped.append(f"{t.channel} {t.start}..{t.end}: no spend for this channel")
        elif t.end < first or t.start > last:
            skipped.append(f"{t.channel} {t.start}..{t.end}: outside the data ({first}..{last})")
        elif t.end < t.start:
            skipped.append(f"{t.channel} {t.start}..{t.end}: ends before it starts")
        else:
            keep.append(i)
    return keep, skipped


def lift_rows(data: MMMData, scale_y: float) -> LiftRows | None:
    """The residual rows of the usable lift tests (None when there is none)."""
    keep, _ = usable_tests(data)
    days = data.dates.date
    rows = []
    for i in keep:
        t = data.lift_tests[i]
        mask = np.array([(t.start <= d <= t.end) for d in days])
        if not mask.any():
            continue
        se = t.standard_error
        if se is None or not np.isfinite(se) or se <= 0:
            se = DEFAULT_RELATIVE_SE * max(abs(t.incremental_value), 1e-9)
        rows.append(
            _Row(data.channels.index(t.channel), mask, t.incremental_value / scale_y, se / scale_y)
        )
    return LiftRows(tuple(rows)) if rows else None
