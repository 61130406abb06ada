"""Attribution benchmark: Debrief's seven models from Parquet touchpoints against the peers.

    .venv/bin/python bench/attribution.py [--sizes 1e6,5e6,1e7] [--peers 1e6,5e6] [--dir DIR]
    .venv/bin/python bench/attribution.py --sizes 1e6 --peers 1e6 --without mam --repeat 5 \\
        --baseline /tmp/debrief-main/src     # medians of 5 interleaved runs, beside main's code
    .venv/bin/python bench/attribution.py --compare ../shared/data/attribution_paths_channelattribution/path_data.csv

For each size it generates ``touchpoints.parquet`` / ``conversions.parquet`` (about 3.3 touches
per person over September-October 2026, ~2.8% of people converting, with channel effects so the
models have something to find) with a vectorised numpy generator, then measures, each in its own
subprocess so peak RSS is clean:

* ``debrief``: paths built in DuckDB through Ibis from the Parquet files, all seven models, direct
  vs assisted, path length, time to conversion, top paths, interactions (no bootstrap, no prior
  month) for 2026-10;
* ``channelattribution``: ChannelAttribution's ``markov_model`` alone, its time including the DuckDB
  query that aggregates the same paths (same lookback and previous-conversion rules);
* ``mam``: marketing-attribution-models 2.x (polars) from the same touches as sessions, its seven
  models (last, first, linear, position, time decay, Markov, Shapley).

Prints one table: wall seconds, CPU seconds (all threads), peak RSS, and Debrief's speed-up
against each peer in both. CPU seconds are reported because wall time on a shared machine measures
the neighbours as much as the code. ``--repeat N`` runs every tool N times, interleaved (run i of
each tool meets the same neighbours), and prints medians with their ranges, the speed-ups taken run
by run; ``--baseline DIR`` also runs Debrief from another checkout's ``src`` (a before/after in one
run). ``--compare`` is bench/attribution_compare.py.
Needs the ``bench`` extra (``pip install -e '.[bench]'``); peers that are not installed are
reported as such. Wall time is what a user waits; nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

CHANNELS = (
    "paid_search",
    "paid_social",
    "display",
    "email",
    "content_syndication",
    "video",
    "organic_search",
    "direct",
    "referral",
)
_PROBS = np.array([0.2, 0.18, 0.16, 0.1, 0.05, 0.06, 0.12, 0.08, 0.05])
# Log-odds effect of having touched each channel (display and video assist, search closes).
_EFFECT = np.array([0.9, 0.3, 0.2, 0.7, 0.4, 0.1, 0.6, 0.8, 0.5])
MONTH = "2026-10"
T0 = np.datetime64("2026-09-01T00:00:00", "s").astype(np.int64)
T1 = np.datetime64("2026-11-01T00:00:00", "s").astype(np.int64)


def generate(people: int, out: Path, seed: int = 0, chunk: int = 2_000_000) -> dict[str, int]:
    """Write touchpoints.parquet, conversions.parquet and mam_sessions.parquet for ``people``.

    People are drawn ``chunk`` at a time (each chunk with its own seed; one chunk draws exactly
    what earlier versions of this script drew) and appended, so memory holds one chunk. The
    sessions file for MAM is only written up to 5M people (MAM runs there at most).
    """
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    writers: dict[str, pq.ParquetWriter] = {}
    stats = {"people": people, "touches": 0, "conversions": 0}
    chunks = max(1, -(-people // chunk))
    try:
        for k in range(chunks):
            rng = np.random.default_rng(seed if chunks == 1 else [seed, k])
            lo = k * chunk
            n_people = min(chunk, people - lo) if chunks > 1 else people
            for name, table in _chunk(rng, lo, n_people, mam=people <= 5_000_000).items():
                if name not in writers:
                    writers[name] = pq.ParquetWriter(out / f"{name}.parquet", table.schema)
                writers[name].write_table(table, row_group_size=1 << 20)
                if name in ("touchpoints", "conversions"):
                    key = "touches" if name == "touchpoints" else name
                    stats[key] += table.num_rows
    finally:
        for w in writers.values():
            w.close()
    return stats


def _chunk(rng: np.random.Generator, first: int, people: int, mam: bool) -> dict[str, object]:
    """One chunk of people (ids from ``first``): their touches, conversions and MAM sessions."""
    import pyarrow as pa

    k = 1 + rng.poisson(2.3, people)
    n = int(k.sum())
    person = np.repeat(np.arange(people, dtype=np.int64), k)
    chan = rng.choice(len(CHANNELS), n, p=_PROBS / _PROBS.sum()).astype(np.int8)
    ts = rng.integers(T0, T1 - 86400, n)
    # Sorting by person then time gives each person's last touch at the end of their block.
    order = np.lexsort((ts, person))
    person, chan, ts = person[order], chan[order], ts[order]
    touched = np.zeros((people, len(CHANNELS)), dtype=bool)
    touched[person, chan] = True
    logit = -5.2 + touched @ _EFFECT
    converts = rng.random(people) < 1 / (1 + np.exp(-logit))
    ends = np.cumsum(k) - 1
    conv_people = np.nonzero(converts)[0]
    conv_ts = ts[ends[conv_people]] + rng.exponential(6 * 3600, len(conv_people)).astype(np.int64)
    value = np.round(rng.lognormal(4.0, 0.8, len(conv_people)), 2)

    uid = pa.array(np.arange(first, first + people, dtype=np.int64)).cast(pa.string())
    ts_type = pa.timestamp("s", tz="UTC")
    channel = pa.DictionaryArray.from_arrays(
        pa.array(chan.astype(np.int32)), pa.array(list(CHANNELS))
    )
    touches = pa.table(
        {
            "user_id": uid.take(pa.array(person)),
            "ts": pa.array(ts, ts_type),
            "channel": channel,
        }
    )
    out = {
        "touchpoints": touches,
        "conversions": pa.table(
            {
                "user_id": uid.take(pa.array(conv_people)),
                "ts": pa.array(conv_ts, ts_type),
                "value": pa.array(value),
            }
        ),
    }
    if mam:
        # MAM reads sessions with a conversion flag: the converting person's last touch has it.
        flag = np.zeros(n, dtype=bool)
        flag[ends[conv_people]] = True
        val = np.zeros(n)
        val[ends[conv_people]] = value
        out["mam_sessions"] = touches.append_column("has_conv", pa.array(flag)).append_column(
            "value", pa.array(val)
        )
    return out


def run_debrief(d: Path) -> dict[str, object]:
    import ibis

    from debrief.analyses.attribution import PeriodInput, analyse, build_journeys
    from debrief.analyses.attribution.models import MODEL_NAMES
    from debrief.analyses.attribution.settings import AttributionSettings
    from debrief.period import Period

    con = ibis.duckdb.connect()
    tp = con.read_parquet(d / "touchpoints.parquet", table_name="touchpoints")
    cv = con.read_parquet(d / "conversions.parquet", table_name="conversions")
    period = Period.month(MONTH)
    j = build_journeys(tp, cv, period, 30, 7.0)
    res = analyse(PeriodInput(j.paths, MONTH, j), None, AttributionSettings(), MODEL_NAMES, 0)
    markov = {
        r["channel"]: round(r["conversions"], 3)
        for r in res.tables["credits"]
        if r["model"] == "markov"
    }
    return {"paths": j.paths.n_paths, "conversions": j.total[0], "markov": markov}


_CA_SQL = """
with c as (
  select user_id, ts, value, lag(ts) over (partition by user_id order by ts) as prev_ts,
         row_number() over () as cid
  from read_parquet('{conv}') where ts < timestamptz '2026-11-01 00:00:00+00'
), cp as (select * from c where ts >= timestamptz '2026-10-01 00:00:00+00'),
t as (select user_id, ts, channel::varchar as channel from read_parquet('{tp}')),
j as (
  select cp.cid, cp.value, string_agg(t.channel, ' > ' order by t.ts, t.channel) as path
  from t join cp on t.user_id = cp.user_id and t.ts <= cp.ts
   and t.ts > cp.ts - interval 30 day and (cp.prev_ts is null or t.ts > cp.prev_ts)
  group by cp.cid, cp.value
), last as (select user_id, max(ts) as last_ts from cp group by user_id),
n as (
  select string_agg(t.channel, ' > ' order by t.ts, t.channel) as path
  from t left join last using (user_id)
  where t.ts >= timestamptz '2026-10-01 00:00:00+00' and t.ts < timestamptz '2026-11-01 00:00:00+00'
    and (last.last_ts is null or t.ts > last.last_ts)
  group by t.user_id
), u as (
  select path, 1 as conv, value, 0 as nul from j
  union all select path, 0, 0.0, 1 from n
)
select path, sum(conv)::double as total_conversions, sum(value) as total_conversion_value,
       sum(nul)::double as total_null
from u group by path
"""


def run_debrief_spark(d: Path) -> dict[str, object]:
    """The same work as :func:`run_debrief` on Spark local (all cores, 8 GB driver)."""
    import ibis
    from pyspark.sql import SparkSession

    from debrief.analyses.attribution import PeriodInput, analyse, build_journeys
    from debrief.analyses.attribution.models import MODEL_NAMES
    from debrief.analyses.attribution.settings import AttributionSettings
    from debrief.period import Period
    from debrief.spark import DEFAULTS

    builder = SparkSession.builder.master(f"local[{os.cpu_count()}]").appName("debrief-bench")
    for key, value in {**DEFAULTS, "spark.driver.memory": "8g"}.items():
        builder = builder.config(key, value)
    con = ibis.pyspark.connect(builder.getOrCreate())
    tp = con.read_parquet(str(d / "touchpoints.parquet"), table_name="touchpoints")
    cv = con.read_parquet(str(d / "conversions.parquet"), table_name="conversions")
    j = build_journeys(tp, cv, Period.month(MONTH), 30, 7.0)
    res = analyse(PeriodInput(j.paths, MONTH, j), None, AttributionSettings(), MODEL_NAMES, 0)
    markov = {
        r["channel"]: round(r["conversions"], 3)
        for r in res.tables["credits"]
        if r["model"] == "markov"
    }
    # getrusage(RUSAGE_SELF) counts this Python process only: the JVM does Spark's work.
    proc = getattr(getattr(con._session.sparkContext, "_gateway", None), "proc", None)
    jvm = _process_cpu(proc.pid) if proc is not None else None
    return {"paths": j.paths.n_paths, "conversions": j.total[0], "markov": markov, "jvm_cpu": jvm}


def _process_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) a live process has used so far, from /proc (Linux only)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_channelattribution(d: Path) -> dict[str, object]:
    import duckdb
    from ChannelAttribution import markov_model

    con = duckdb.connect()
    sql = _CA_SQL.format(conv=d / "conversions.parquet", tp=d / "touchpoints.parquet")
    df = con.sql(sql).df()
    res = markov_model(
        df,
        "path",
        "total_conversions",
        var_value="total_conversion_value",
        var_null="total_null",
        order=1,
        verbose=False,
    )
    res = res["result"] if isinstance(res, dict) else res
    return {
        "paths": len(df),
        "markov": {
            r["channel_name"]: round(float(r["total_conversions"]), 3)
            for r in res.to_dict("records")
        },
    }


def run_mam(d: Path) -> dict[str, object]:
    import polars as pl
    from mam import MAM

    df = pl.read_parquet(d / "mam_sessions.parquet").with_columns(pl.col("channel").cast(pl.String))
    m = MAM(
        df,
        "session",
        "channel",
        "has_conv",
        datetime_colname="ts",
        user_id_colname="user_id",
        create_journey_id_based_on_conversion=True,
        conversion_value_colname="value",
    )
    for fn in (
        m.run_last_click,
        m.run_first_click,
        m.run_linear,
        m.run_position_based,
        m.run_time_decay,
        m.run_markov,
        m.run_shapley,
    ):
        fn()
    return {"journeys": m.unified_df.height}


RUNNERS = {
    "debrief": run_debrief,
    "debrief-baseline": run_debrief,
    "debrief-spark": run_debrief_spark,
    "channelattribution": run_channelattribution,
    "mam": run_mam,
}


def _child(tool: str, d: Path) -> None:
    t0 = time.perf_counter()
    c0 = resource.getrusage(resource.RUSAGE_SELF)
    info = RUNNERS[tool](d)
    wall = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_SELF)
    # CPU seconds (all threads) are far less sensitive than wall time to other work on the machine.
    cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
    peak_mb = c1.ru_maxrss / 1024
    out = {"tool": tool, "seconds": wall, "cpu_seconds": cpu, "peak_mb": peak_mb, "info": info}
    print(json.dumps(out))


def measure(tool: str, d: Path, timeout: float, src: str | None = None) -> dict[str, object]:
    """Run one tool in a fresh interpreter; its wall time and peak RSS, or the reason it failed.
    ``src`` puts another checkout's ``src`` first on the child's path (``--baseline``)."""
    cmd = [sys.executable, __file__, "--child", tool, "--dir", str(d)]
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    try:
        p = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired:
        return {"tool": tool, "error": f"over {timeout:.0f} s"}
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["failed"])[-1]
        return {"tool": tool, "error": last[:120]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def _spread(values: list[float], unit: str, digits: int) -> str:
    """The median, and the range in brackets when there is more than one run."""
    med = f"{statistics.median(values):.{digits}f}{unit}"
    if len(values) == 1:
        return med
    return f"{med} [{min(values):.{digits}f}-{max(values):.{digits}f}]"


def _fmt(runs: list[dict[str, object]] | None) -> str:
    """Median wall and CPU seconds (ranges over the runs) and the largest peak RSS."""
    if not runs:
        return "-"
    failed = [r for r in runs if "error" in r]
    if failed:
        return str(failed[0]["error"])
    wall = _spread([r["seconds"] for r in runs], " s", 2)
    cpu = _spread([r["cpu_seconds"] for r in runs], " s", 2)
    return f"{wall} ({cpu} CPU) / {max(r['peak_mb'] for r in runs):,.0f} MB"


def _ratio(slow: list[dict[str, object]] | None, fast: list[dict[str, object]]) -> str:
    """How many times faster ``fast`` is than ``slow``, run by run (the runs are interleaved, so
    run i of each saw the same neighbours): medians and ranges of those ratios."""
    if not slow or any("error" in r for r in slow + fast):
        return "-"
    pairs = list(zip(slow, fast, strict=True))
    wall = _spread([s["seconds"] / f["seconds"] for s, f in pairs], "x", 2)
    cpu = _spread([s["cpu_seconds"] / f["cpu_seconds"] for s, f in pairs], "x", 2)
    return f"{wall} ({cpu} CPU)"


def _report(rows: list[tuple[dict[str, int], dict[str, list[dict[str, object]]]]]) -> None:
    print(f"{os.cpu_count()} cores, load average at the end {os.getloadavg()[0]:.1f}")
    runs = max(len(v) for _, res in rows for v in res.values())
    if runs > 1:
        print(f"{runs} runs of each, interleaved: medians, [min-max] over the runs")
    print(
        "| people | touches | conversions | debrief (7 models) | ChannelAttribution markov "
        "| MAM 2.x (7 models) | vs CA | vs MAM |"
    )
    print("| ---: | ---: | ---: | --- | --- | --- | ---: | ---: |")
    for stats, res in rows:
        d = res["debrief"]
        ca, mam = res.get("channelattribution"), res.get("mam")
        print(
            f"| {stats['people']:,} | {stats['touches']:,} | {stats['conversions']:,} "
            f"| {_fmt(d)} | {_fmt(ca)} | {_fmt(mam)} | {_ratio(ca, d)} | {_ratio(mam, d)} |"
        )
    if any("debrief-baseline" in res for _, res in rows):
        print("\n| people | debrief (baseline) | debrief | vs baseline |")
        print("| ---: | --- | --- | ---: |")
        for stats, res in rows:
            base = res.get("debrief-baseline")
            print(
                f"| {stats['people']:,} | {_fmt(base)} | {_fmt(res['debrief'])} "
                f"| {_ratio(base, res['debrief'])} |"
            )
    if any("debrief-spark" in res for _, res in rows):
        print("\n| people | debrief on DuckDB | debrief on Spark local | same Markov credits |")
        print("| ---: | --- | --- | --- |")
        for stats, res in rows:
            if "debrief-spark" in res:
                _spark_row(stats, res["debrief"], res["debrief-spark"])


def _spark_row(
    stats: dict[str, int], duck: list[dict[str, object]], spark: list[dict[str, object]]
) -> None:
    ok = [r for r in duck + spark if "error" not in r]
    same = len(ok) == len(duck + spark) and all(
        abs(v - r["info"]["markov"].get(k, float("nan"))) < 1e-6
        for r in spark
        for k, v in duck[0]["info"]["markov"].items()
    )
    jvm = [r["info"]["jvm_cpu"] for r in spark if r.get("info", {}).get("jvm_cpu") is not None]
    note = f" + {_spread(jvm, ' s', 0)} JVM CPU" if jvm else ""
    print(
        f"| {stats['people']:,} | {_fmt(duck)} | {_fmt(spark)}{note} | {'yes' if same else 'no'} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1e6,5e6,1e7", help="people per run, comma-separated")
    ap.add_argument("--peers", default="1e6,5e6", help="sizes at which peers are also run")
    ap.add_argument("--dir", default=os.environ.get("BENCH_DIR", "/tmp/debrief-bench"))
    ap.add_argument("--timeout", type=float, default=1200.0, help="seconds per peer run")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--compare", default=None, help="paths CSV: exact vs peers' removal effects")
    ap.add_argument("--quick", action="store_true", help="smoke run at 100k people")
    ap.add_argument("--spark", default="", help="sizes at which Debrief also runs on Spark local")
    ap.add_argument("--without", default="", help="peers to leave out, e.g. mam")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each tool, interleaved")
    ap.add_argument(
        "--baseline", default=None, help="another checkout's src/: its Debrief runs beside this one"
    )
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.peers = "1e5", "1e5"
    if args.compare:
        from attribution_compare import compare

        compare(Path(args.compare))
        return
    if args.child:
        _child(args.child, Path(args.dir))
        return
    peers = {int(float(s)) for s in args.peers.split(",") if s}
    spark = {int(float(s)) for s in args.spark.split(",") if s}
    rows = []
    for size in (int(float(s)) for s in args.sizes.split(",")):
        d = Path(args.dir) / f"p{size}"
        if not (d / "stats.json").exists():
            print(f"generating {size:,} people ...", file=sys.stderr, flush=True)
            stats = generate(size, d)
            (d / "stats.json").write_text(json.dumps(stats))
        stats = json.loads((d / "stats.json").read_text())
        tools = ["debrief", *(["debrief-baseline"] if args.baseline else [])]
        tools += ["debrief-spark"] if size in spark else []
        if size in peers:
            tools += [t for t in ("channelattribution", "mam") if t not in args.without.split(",")]
        res: dict[str, list[dict[str, object]]] = {t: [] for t in tools}
        for _ in range(max(args.repeat, 1)):
            for tool in tools:
                src = args.baseline if tool == "debrief-baseline" else None
                res[tool].append(measure(tool, d, args.timeout, src))
                print(f"{size:,} people: {json.dumps(res[tool][-1])}", file=sys.stderr, flush=True)
        rows.append((stats, res))
    print()
    _report(rows)


if __name__ == "__main__":
    main()
