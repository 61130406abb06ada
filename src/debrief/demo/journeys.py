"""The ``touchpoints`` and ``conversions`` tables: people's journeys across channels.

Inputs: a numpy ``Generator``, ``scale`` (multiplies the number of people) and the content ids
that touches may carry. Outputs: pandas frames; ``ts`` as ``datetime64[s]`` UTC; ``value`` in USD.

Each person has 1-8 touches (``1 + Binomial(7, 0.33)``) a few days apart, at business-skewed
times of day. First touches lean to display, social and organic search, last touches to search,
email and direct. Whether a person converts follows a logistic model of the distinct channels in
the path (:data:`CHANNEL_EFFECT`), so data-driven attribution has real signal to find. Everything
is vectorised: 10M touchpoints take well under a minute.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from debrief.demo import spec

PEOPLE_PER_SCALE = 30_000
#: Conversion ids sent twice by the tracking (planted data-quality warning), per unit of scale.
DUPLICATE_CONVERSIONS = 12

CHANNELS = spec.PAID_CHANNELS + spec.UNPAID_CHANNELS
# Order: paid_search, paid_social, display, email, content_syndication, video,
#        organic_search, direct, referral
_FIRST = np.array([0.08, 0.18, 0.18, 0.04, 0.08, 0.08, 0.20, 0.06, 0.10])
_MIDDLE = np.array([0.15, 0.13, 0.12, 0.15, 0.07, 0.06, 0.15, 0.10, 0.07])
_LAST = np.array([0.28, 0.07, 0.03, 0.20, 0.03, 0.03, 0.12, 0.20, 0.04])
#: Log-odds contribution of having touched each channel (in CHANNELS order).
CHANNEL_EFFECT = np.array([0.9, 0.4, 0.2, 0.8, 0.3, 0.3, 0.5, 0.6, 0.4])
INTERCEPT = -2.6
FLIGHT_SHARE = 0.3  # share of a paid channel's touches credited to a running flight


def _tod_seconds(rng: np.random.Generator, n: int) -> np.ndarray:
    """Seconds after midnight UTC: mostly working hours, some evenings."""
    evening = rng.random(n) < 0.2
    hour = np.where(evening, rng.normal(20.5, 1.5, n), rng.normal(13.0, 2.5, n))
    return (np.clip(hour, 0.0, 23.999) * 3600).astype(np.int64)


def generate_journeys(
    rng: np.random.Generator, scale: float, content_ids: dict[str, list[str]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Touchpoints and conversions; ``content_ids`` maps a channel to the items it can carry."""
    n_people = max(round(PEOPLE_PER_SCALE * scale), 1)
    length = 1 + rng.binomial(7, 0.33, n_people)
    n = int(length.sum())
    person = np.repeat(np.arange(n_people), length)
    starts = np.cumsum(length) - length
    pos = np.arange(n) - np.repeat(starts, length)
    is_last = pos == np.repeat(length - 1, length)
    is_first = pos == 0

    # Channel by position: the last (or only) touch, the first, the ones between.
    u = rng.random(n)
    ch = np.searchsorted(np.cumsum(_MIDDLE), u * _MIDDLE.sum())
    ch = np.where(is_first, np.searchsorted(np.cumsum(_FIRST), u), ch)
    ch = np.where(is_last, np.searchsorted(np.cumsum(_LAST), u), ch)
    ch = np.minimum(ch, len(CHANNELS) - 1)

    # Days: a start day per person, then gaps of a few days between touches.
    first_day = rng.integers(0, spec.N_DAYS, n_people)
    gaps = np.where(is_first, 0, rng.geometric(0.3, n) - 1)
    day_offset = np.repeat(first_day, length) + _cumsum_by_group(gaps, starts, length)
    tod = _tod_seconds(rng, n)
    # Same-day touches keep their order: sort times within a person and day.
    t0 = np.datetime64(spec.START, "s")
    ts = t0 + (day_offset * 86400 + tod).astype("timedelta64[s]")
    order = np.lexsort((ts, person))
    person, ch, ts = person[order], ch[order], ts[order]
    keep = ts < spec.DATA_END

    # Conversion: logistic in the distinct channels touched and the path length.
    touched = np.zeros((n_people, len(CHANNELS)), dtype=bool)
    touched[person[keep], ch[keep]] = True
    kept_len = np.bincount(person[keep], minlength=n_people)
    logit = INTERCEPT + touched @ CHANNEL_EFFECT + 0.1 * np.maximum(kept_len - 1, 0)
    converts = (rng.random(n_people) < 1 / (1 + np.exp(-logit))) & (kept_len > 0)

    # Strings are built as categorical codes: 10M object strings would cost minutes and GBs.
    campaigns = [spec.CHANNELS[c].campaign_id for c in spec.PAID_CHANNELS]
    campaigns += [f.campaign_id for f in spec.FLIGHTS]
    camp_code = np.where(ch < len(spec.PAID_CHANNELS), ch, -1).astype(np.int16)
    day = ts.astype("datetime64[D]")
    draw = rng.random(n)
    for k, f in enumerate(spec.FLIGHTS):
        for c in f.budgets:
            running = (
                (ch == CHANNELS.index(c))
                & (day >= np.datetime64(f.start))
                & (day <= np.datetime64(f.end))
                & (draw < FLIGHT_SHARE)
            )
            camp_code[running] = len(spec.PAID_CHANNELS) + k

    kinds = ["impression", "click", "visit", "open"]
    inter = np.full(n, 1, dtype=np.int8)
    r = rng.random(n)
    for c in ("display", "video"):
        sel = ch == CHANNELS.index(c)
        inter[sel] = np.where(r[sel] < 0.7, 0, 1)
    sel = ch == CHANNELS.index("email")
    inter[sel] = np.where(r[sel] < 0.5, 3, 1)
    for c in spec.UNPAID_CHANNELS:
        inter[ch == CHANNELS.index(c)] = 2

    all_ids = sorted({i for ids in content_ids.values() for i in ids})
    content = np.full(n, -1, dtype=np.int16)
    for c, ids in content_ids.items():
        sel = (ch == CHANNELS.index(c)) & (rng.random(n) < 0.5)
        codes = np.array([all_ids.index(i) for i in ids], dtype=np.int16)
        content[sel] = codes[rng.integers(0, len(ids), int(sel.sum()))]

    users = np.char.add("U", np.arange(n_people).astype(str))
    touch = pd.DataFrame(
        {
            "user_id": pd.Categorical.from_codes(person[keep], users),
            "ts": ts[keep],
            "channel": pd.Categorical.from_codes(ch[keep], list(CHANNELS)),
            "campaign_id": pd.Categorical.from_codes(camp_code[keep], campaigns),
            "interaction": pd.Categorical.from_codes(inter[keep], kinds),
            "content_id": pd.Categorical.from_codes(content[keep], all_ids),
        }
    )

    conv = _conversions(rng, person[keep], ts[keep], converts, scale)
    return touch, conv


def _cumsum_by_group(values: np.ndarray, starts: np.ndarray, length: np.ndarray) -> np.ndarray:
    total = np.cumsum(values)
    before = np.where(starts > 0, total[np.maximum(starts - 1, 0)], 0)
    return total - np.repeat(before, length)


def _conversions(
    rng: np.random.Generator,
    person: np.ndarray,
    ts: np.ndarray,
    converts: np.ndarray,
    scale: float,
) -> pd.DataFrame:
    """One conversion per converting person, a few hours after their last touch."""
    # person is sorted, so the last row of each person is their last touch.
    last = np.r_[person[1:] != person[:-1], True]
    who, when = person[last], ts[last]
    sel = converts[who]
    who, when = who[sel], when[sel]
    delay = (600 + rng.exponential(4 * 3600, len(who))).astype(np.int64)
    when = when + delay.astype("timedelta64[s]")
    ok = when < spec.DATA_END
    who, when = who[ok], when[ok]
    m = len(who)
    kind = np.where(rng.random(m) < 0.7, "purchase", "upgrade")
    value = np.round(np.where(kind == "purchase", 1.0, 2.5) * rng.lognormal(np.log(120), 0.5, m), 2)
    conv = pd.DataFrame(
        {
            "user_id": np.char.add("U", who.astype(str)),
            "ts": when,
            "value": value,
            "conversion_id": np.char.add("CV", np.arange(1, m + 1).astype(str)),
            "kind": kind,
        }
    )
    # Planted: a handful of conversions reported twice (same id, same person, seconds apart).
    # A third of them fall in the review month, so the monthly review meets the warning.
    k = min(max(round(DUPLICATE_CONVERSIONS * scale), 1), m)
    in_oct = np.flatnonzero(when >= spec.OCT_START)
    k_oct = min(max(k // 3, 1), len(in_oct))
    pick_oct = rng.choice(in_oct, k_oct, replace=False)
    rest = np.setdiff1d(np.arange(m), pick_oct)
    pick = np.concatenate([pick_oct, rng.choice(rest, min(k - k_oct, len(rest)), replace=False)])
    k = len(pick)
    dup = conv.iloc[np.sort(pick)].copy()
    dup["ts"] = dup["ts"] + pd.to_timedelta(rng.integers(0, 4, k), unit="s")
    conv = pd.concat([conv, dup]).sort_values(["ts", "conversion_id"], kind="stable")
    return conv.reset_index(drop=True)
