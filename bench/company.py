"""The demo company at a scale that does not fit in memory at once, written as Parquet in chunks.

    .venv/bin/python bench/company.py OUT [--touch-scale 1000] [--lead-scale 470] [--chunks 20]

The small tables (campaigns, targets, benchmarks, budgets, timeline, ad performance, content) are
the demo company's (seed 7). Touchpoints, conversions and leads are drawn in ``--chunks``
independent chunks, each a demo population of ``touch-scale / chunks`` (leads: ``lead-scale /
chunks``) with its own seed and ids prefixed by the chunk (``k3-U123``), appended to one Parquet
file per table, so memory holds one chunk. Scale 1000 is about 98.5M touchpoints and 9.4M
conversions; lead scale 470 about 10M leads. Targets and benchmarks stay those of scale 1: the
review's sentences about targets differ from a real company's of that size, its work does not.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq

from debrief.demo import carried_content, generate_frames, journeys, leads, media
from debrief.demo.content import generate_content
from debrief.demo.writer import to_arrow, write_table

BIG = ("touchpoints", "conversions", "leads")
IDS = {
    "touchpoints": ("user_id",),
    "conversions": ("user_id", "conversion_id"),
    "leads": ("lead_id",),
}


def generate(
    out: Path, touch_scale: float, lead_scale: float, chunks: int, seed: int = 7
) -> dict[str, int]:
    """Write the company under ``out``; returns rows per big table."""
    out.mkdir(parents=True, exist_ok=True)
    frames = generate_frames(seed=seed, scale=1.0)
    for name, frame in frames.items():
        if name not in BIG:
            write_table(name, frame, out, "parquet")
    streams = np.random.SeedSequence(seed).spawn(4)
    m = media.generate_media(np.random.default_rng(streams[0]))
    items, _ = generate_content(np.random.default_rng(streams[2]))
    carried = carried_content(items)
    writers: dict[str, pq.ParquetWriter] = {}
    rows = dict.fromkeys(BIG, 0)
    try:
        for k in range(chunks):
            rng = np.random.default_rng(np.random.SeedSequence([seed, 1000 + k]))
            touch, conv = journeys.generate_journeys(rng, touch_scale / chunks, carried)
            lead = leads.generate_leads(rng, m.daily, lead_scale / chunks)
            for name, frame in (("touchpoints", touch), ("conversions", conv), ("leads", lead)):
                table = to_arrow(name, frame)
                for col in IDS[name]:
                    i = table.column_names.index(col)
                    prefixed = pc.binary_join_element_wise(f"k{k}-", table.column(i), "")
                    table = table.set_column(i, col, prefixed)
                if name not in writers:
                    writers[name] = pq.ParquetWriter(out / f"{name}.parquet", table.schema)
                writers[name].write_table(table, row_group_size=1 << 20)
                rows[name] += table.num_rows
            print(f"chunk {k + 1}/{chunks}: {rows}", flush=True)
    finally:
        for w in writers.values():
            w.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--touch-scale", type=float, default=1000.0)
    ap.add_argument("--lead-scale", type=float, default=470.0)
    ap.add_argument("--chunks", type=int, default=20)
    a = ap.parse_args()
    t0 = time.perf_counter()
    rows = generate(a.out, a.touch_scale, a.lead_scale, a.chunks)
    print(json.dumps({**rows, "seconds": round(time.perf_counter() - t0, 1)}))


if __name__ == "__main__":
    main()
