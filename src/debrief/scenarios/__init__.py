"""Random companies with planted truths, to prove the analyses on data the demo never planted.

``generate(seed) -> Scenario``: a company drawn by :func:`~debrief.scenarios.draw.draw_company`
and built into contract tables by :func:`~debrief.scenarios.build.build`; ``scenario.write(dir)``
writes them (and ``debrief.yaml`` with the currency) so that ``debrief ingest dir`` loads them.
``scenario.truth`` is what was planted. :mod:`debrief.scenarios.evaluate` runs the post-mortems
and the monthly review on many scenarios and scores them against the truth
(``python -m debrief.scenarios.runner -n 200``). See docs/scenarios.md.

This lives in the package, not under tests/, because both the test suite (a few dozen scenarios)
and ``make bench`` (the full run the docs quote) use it, and a team can run it against its own
settings to see how the rules behave on companies unlike its own.
"""

from __future__ import annotations

from debrief.scenarios.build import Scenario, Truth, build
from debrief.scenarios.company import Company
from debrief.scenarios.draw import draw_company

__all__ = ["Company", "Scenario", "Truth", "build", "draw_company", "generate"]


def generate(seed: int, *, spread: float = 0.03) -> Scenario:
    """The scenario of ``seed``: a random company, its tables and its planted truth."""
    return build(draw_company(seed, spread=spread))
