"""Issue 10's scenario evaluation: post-mortem diagnoses and monthly facts on random companies.

    .venv/bin/python bench/scenarios.py [-n 200] [--jobs 2] [--log run.jsonl] [--json results.json]

Prints the confusion matrix of diagnoses (planted x reported) and the recall of every planted
fact (see debrief.scenarios.evaluate). docs/scenarios.md quotes its output.
"""

from __future__ import annotations

import sys

from debrief.scenarios.runner import main

if __name__ == "__main__":
    args = sys.argv[1:]
    if "-n" not in args:
        args = ["-n", "200", *args]
    if "--jobs" not in args:
        args = [*args, "--jobs", "2"]
    raise SystemExit(main(args))
