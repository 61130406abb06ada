"""A review prints nothing a user cannot act on: scipy's trust-region solver overflowed in a
bootstrap refit of the budget stage's response curves (generated scenarios 240, 256 and 289) and
printed "RuntimeWarning: overflow encountered in power" on stderr; the solver rejects that step
itself and the fit is unaffected."""

from __future__ import annotations

import warnings

from debrief.scenarios.evaluate import run_scenario


def test_the_budget_curves_fit_without_a_solver_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = run_scenario(289, postmortems=False)
    assert result.errors == []
    solver = [w for w in caught if w.category is RuntimeWarning and "_lsq" in w.filename]
    assert solver == []
