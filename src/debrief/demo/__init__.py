"""The demo company, Northwind Analytics, in contract form (docs/demo-data.md).

``generate(out, seed=7, scale=1.0, fmt="csv")`` writes one file per canonical table and returns
``{table: path}``. ``scale`` multiplies people and leads (not days, campaigns or content). The
planted facts and their sizes are documented in docs/demo-data.md and named in
:mod:`debrief.demo.spec`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from debrief.demo import content, journeys, leads, media, outcomes, plan
from debrief.demo.writer import FORMATS, write_table
from debrief.numbers import fmt as fmt_number

__all__ = ["FORMATS", "carried_content", "generate", "generate_frames"]


def carried_content(items: pd.DataFrame) -> dict[str, list[str]]:
    """The content items each channel's touches can carry, by content type."""
    by_type = items.groupby("type")["content_id"].apply(list).to_dict()
    return {
        "organic_search": by_type["blog"] + by_type["landing_page"],
        "referral": by_type["blog"] + by_type["case_study"],
        "content_syndication": by_type["ebook"],
        "email": by_type["webinar"] + by_type["case_study"],
    }


def generate_frames(
    *, seed: int = 7, scale: float = 1.0, progress: Callable[[str], None] | None = None
) -> dict[str, pd.DataFrame]:
    """Every canonical table of the demo company as pandas frames (not written)."""
    if scale <= 0:
        raise ValueError(f"scale must be positive, not {scale}")
    say = progress or (lambda _msg: None)
    # One independent stream per part, so changing one part leaves the others' numbers alone.
    # A fifth stream (outcomes) leaves the first four as they were: spawn keys are per child.
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(5)]
    say("media: budgets and daily ad performance")
    m = media.generate_media(streams[0])
    say("leads")
    lead_frame = leads.generate_leads(streams[1], m.daily, scale)
    say("content")
    items, perf = content.generate_content(streams[2])
    say("journeys: touchpoints and conversions")
    touch, conv = journeys.generate_journeys(streams[3], scale, carried_content(items))
    say("plan: campaigns, targets, benchmarks, timeline")
    say("outcomes: daily revenue, promotions, a lift test")
    mix = outcomes.generate_outcomes(streams[4], m.ad_performance)
    return {
        "campaigns": plan.campaigns(m.budgets),
        "targets": plan.targets(m.budgets, m.ad_performance, lead_frame),
        "benchmarks": plan.benchmarks(lead_frame),
        "budgets": m.budgets,
        "timeline_events": plan.timeline_events(),
        "ad_performance": m.ad_performance,
        "leads": lead_frame,
        "content": items,
        "content_performance": perf,
        "touchpoints": touch,
        "conversions": conv,
        **mix,
    }


def generate(
    out: Path,
    *,
    seed: int = 7,
    scale: float = 1.0,
    fmt: str = "csv",
    progress: Callable[[str], None] | None = None,
) -> dict[str, Path]:
    """Write the demo company to ``out`` (created if missing): one file per canonical table.

    ``fmt`` is ``csv`` (default) or ``parquet`` (use it for big scales). Deterministic per seed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    frames = generate_frames(seed=seed, scale=scale, progress=progress)
    written = {}
    for name, frame in frames.items():
        if progress:
            progress(f"writing {name} ({fmt_number(len(frame), 'count')} rows)")
        written[name] = write_table(name, frame, out, fmt)
    return written
