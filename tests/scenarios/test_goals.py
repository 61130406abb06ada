"""Issue 10's goals on generated scenarios (``make test`` runs a few dozen, ``make bench`` 200).

The goals: post-mortem diagnosis accuracy >= 95%, no healthy flight given a problem, planted
monthly facts in the key insights >= 90%; every conversion id credited once; no action cutting a
channel's spend beside a reallocation moving money into it; blank end dates read as ongoing.
``DEBRIEF_SCENARIOS=N`` changes the number of scenarios (seeds 0..N-1).
"""

from __future__ import annotations

import os

import pytest

from debrief.scenarios.evaluate import summarise
from debrief.scenarios.runner import confusion_table, format_summary, run_many

N = int(os.environ.get("DEBRIEF_SCENARIOS", "24"))


def goals(s: dict) -> list[str]:
    """The goals not met by summary ``s`` (empty when every goal is met)."""
    missed = []
    if s["errors"]:
        missed.append(f"{s['errors']} scenarios raised an error")
    if (s["accuracy"] or 0) < 0.95:
        missed.append(f"diagnosis accuracy {s['accuracy']:.1%} < 95%")
    if s["healthy_flagged"]:
        missed.append(f"healthy flights given a problem: {s['healthy_flagged']:.1%}")
    if (s["facts_in_key_insights"] or 0) < 0.9:
        missed.append(f"planted facts in key insights {s['facts_in_key_insights']:.1%} < 90%")
    if s["attribution_counts_ids_once"] != 1.0:
        missed.append(f"conversion ids credited once in {s['attribution_counts_ids_once']:.1%}")
    if s["contradictions"]:
        missed.append(f"overspend cut beside a reallocation into it: {s['contradictions']:.1%}")
    if s["blank_end_date_refused"]:
        missed.append(f"blank end_date refused in {s['blank_end_date_refused']:.1%}")
    if s["due_lists_ongoing"]:
        missed.append("debrief due lists ongoing campaigns")
    return missed


@pytest.mark.slow
def test_goals_on_scenarios():
    results = run_many(range(N), jobs=2)
    s = summarise(results)
    print(confusion_table(results))
    print(format_summary(s))
    missed = goals(s)
    assert not missed, "\n".join(missed) + "\n\n" + format_summary(s)
