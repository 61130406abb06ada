"""The demo company's fixed description: calendar, channels, campaigns and planted effects.

Everything the generator plants is a named constant here, so docs/demo-data.md and the tests can
point at one place. Money is in USD; rates are fractions in [0, 1]; spend levels are per day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

START = dt.date(2025, 10, 1)
END = dt.date(2026, 10, 31)
#: The moment the export was taken: no timestamp in the data is later (later stages are "not yet").
DATA_END = np.datetime64("2026-11-01T00:00:00")
REVIEW_MONTH = "2026-10"
OCT_START = np.datetime64("2026-10-01T00:00:00")

DAYS = np.arange(np.datetime64(START), np.datetime64(END) + 1)
N_DAYS = len(DAYS)
MONTHS = sorted({str(d)[:7] for d in DAYS})

PAID_CHANNELS = (
    "paid_search",
    "paid_social",
    "display",
    "email",
    "content_syndication",
    "video",
)
UNPAID_CHANNELS = ("organic_search", "direct", "referral")

# Segment dimensions of ad_performance rows (every campaign-day is split over all of them).
DEVICES = ("desktop", "mobile")
GEOS = ("US", "EMEA")
CREATIVES = ("A", "B")


@dataclass(frozen=True)
class ChannelSpec:
    """One paid channel's economics at its typical daily spend ``s0`` (USD/day).

    Response: expected daily revenue of the always-on campaign is ``V * x / (K + x)`` (Hill with
    shape 1) of the geometrically adstocked spend ``x_t = (1 - decay) * s_t + decay * x_{t-1}``,
    with ``K = k_ratio * s0`` and ``V`` chosen so that ROAS at ``s0`` is ``roas0``. ``roas0`` is
    the product of the funnel rates: ``1000 / cpm * ctr * cvr * aov``.
    """

    name: str
    platform: str
    campaign_id: str
    s0: float
    cpm: float
    ctr: float
    cvr: float
    aov: float
    k_ratio: float
    decay: float
    lead_share: float
    owner: str
    #: Share of the day's sessions that are engaged; open rate and frequency for reach.
    engaged: float = 0.55
    frequency: float = 2.4
    open_rate: float = 0.0

    @property
    def roas0(self) -> float:
        return 1000.0 / self.cpm * self.ctr * self.cvr * self.aov

    @property
    def half_saturation(self) -> float:
        return self.k_ratio * self.s0

    @property
    def vmax(self) -> float:
        k = self.half_saturation
        return self.roas0 * self.s0 * (k + self.s0) / self.s0


CHANNELS: dict[str, ChannelSpec] = {
    c.name: c
    for c in (
        # Search: high intent, already bought to saturation (K well below the spend).
        ChannelSpec(
            "paid_search", "Google Ads", "AO-SEARCH", 3000, 200, 0.05, 0.06, 160, 0.35, 0.1,
            0.22, "Priya Raman",
        ),
        ChannelSpec(
            "paid_social", "LinkedIn Ads", "AO-SOCIAL", 1500, 12, 0.009, 0.025, 160, 3.0, 0.2,
            0.4, "Tomás Ortega",
        ),
        # Display: low return at every spend level (far from saturation, but a low ceiling).
        ChannelSpec(
            "display", "DV360", "AO-DISPLAY", 1000, 4, 0.0025, 0.008, 100, 3.0, 0.3, 0.45,
            "Tomás Ortega",
        ),
        ChannelSpec(
            "email", "HubSpot", "AO-EMAIL", 250, 16.7, 0.03, 0.04, 140, 3.0, 0.0, 0.3,
            "Dana Whitfield", open_rate=0.25, frequency=1.0,
        ),
        ChannelSpec(
            "content_syndication", "NetLine", "AO-SYND", 800, 20, 0.004, 0.12, 70, 4.0, 0.1,
            0.6, "Dana Whitfield",
        ),
        ChannelSpec(
            "video", "YouTube", "AO-VIDEO", 700, 10, 0.004, 0.015, 360, 6.0, 0.2, 0.45,
            "Kenji Mori",
        ),
    )
}  # fmt: skip

#: Monthly plan factor shared by channels (seasonality: December and August are quiet).
SEASON = np.array([1.0, 1.1, 0.75, 0.9, 1.0, 1.05, 1.0, 0.95, 0.9, 0.8, 1.0, 1.1, 1.05])


@dataclass(frozen=True)
class Flight:
    """A flight campaign: dates, channel budgets (USD, whole flight) and planted multipliers.

    Multipliers scale the benchmark rates: ``cpm`` (above 1 buys fewer impressions), ``ctr``,
    ``cvr`` (desktop; mobile gets ``cvr * mobile_cvr``), ``sql`` (MQL -> SQL) and ``opp``
    (SQL -> opportunity). ``opp_target_factor`` inflates the campaign's opportunity target over
    what its channel targets imply (the coordination fact).
    """

    campaign_id: str
    name: str
    start: dt.date
    end: dt.date
    budgets: dict[str, float]
    objective: str
    owner: str
    audience: str
    offer: str
    diagnosis: str
    cpm: float = 1.0
    ctr: float = 1.0
    cvr: float = 1.0
    mobile_cvr: float = 1.0
    sql: float = 1.0
    opp: float = 1.0
    opp_target_factor: float = 1.0
    notes: str = ""
    pauses: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)


D = dt.date
FLIGHTS: tuple[Flight, ...] = (
    Flight(
        "FL-REACH", "Spring awareness push", D(2026, 5, 4), D(2026, 6, 14),
        {"display": 30000, "paid_social": 30000, "video": 20000}, "awareness", "Kenji Mori",
        "Operations leaders, mid-market", "Benchmark report", "reach",
        cpm=2.6, ctr=1.08, cvr=1.1,
        notes="Programmatic deals bought on premium inventory at launch.",
    ),
    Flight(
        "FL-MESSAGE", "Forecasting launch", D(2026, 6, 1), D(2026, 7, 12),
        {"paid_social": 40000, "display": 20000, "email": 6000}, "engagement", "Tomás Ortega",
        "Data teams, all sizes", "Product tour", "messaging",
        cpm=0.95, ctr=0.42, cvr=1.1,
        pauses={"display": (D(2026, 6, 22), D(2026, 6, 24))},
    ),
    Flight(
        "FL-OFFER", "Free trial offer", D(2026, 6, 29), D(2026, 8, 9),
        {"paid_search": 45000, "paid_social": 30000, "display": 15000}, "leads", "Priya Raman",
        "Analysts at SMBs", "14-day free trial", "landing_page_or_offer",
        cpm=0.95, ctr=1.08, cvr=0.6, mobile_cvr=0.4,
    ),
    Flight(
        "FL-HANDOFF", "Ebook: the analytics maturity model", D(2026, 7, 13), D(2026, 8, 23),
        {"content_syndication": 40000, "paid_social": 30000, "email": 6000}, "pipeline",
        "Dana Whitfield", "VPs of data, enterprise", "Gated ebook", "lead_quality_or_handoff",
        cpm=0.95, ctr=1.1, cvr=1.1, sql=0.25, opp=0.7,
    ),
    Flight(
        "FL-COORD", "Q3 pipeline sprint", D(2026, 7, 27), D(2026, 9, 6),
        {"paid_social": 35000, "email": 6000, "video": 25000, "content_syndication": 20000}, "pipeline",
        "Priya Raman", "Mid-market finance teams", "Demo with ROI calculator", "coordination",
        cpm=0.92, ctr=1.1, cvr=1.1, opp_target_factor=3.5,
        notes="Channel teams planned their own targets; the pipeline goal was set separately.",
    ),
    Flight(
        "FL-HEALTHY", "Customer story series", D(2026, 8, 3), D(2026, 9, 13),
        {"paid_social": 45000, "email": 8000, "video": 15000, "paid_search": 30000}, "pipeline",
        "Kenji Mori", "Mid-market operations and finance", "Case-study webinar", "none",
        cpm=0.9, ctr=1.15, cvr=1.2, sql=1.1, opp=1.1,
    ),
)  # fmt: skip
FLIGHT_BY_ID = {f.campaign_id: f for f in FLIGHTS}
#: Share of a flight's platform conversions that are new leads (the rest are known contacts).
FLIGHT_LEAD_SHARE = 0.6

# Funnel (leads table). Rates are fractions.
MQL_THRESHOLD = 50.0
SQL_BASE = 0.36  # MQL -> SQL for a fully qualified score (see score_fit)
OPP_BASE = 0.40  # SQL -> opportunity
WIN_RATE = 0.30  # opportunity -> won
#: From 2026-10-01 always-on SQLs reach opportunity at this multiple of the usual rate.
AO_OCT_OPP_FACTOR = 0.45
#: From 2026-10-01 content_syndication MQLs reach SQL at this multiple of the usual rate.
SYND_OCT_SQL_FACTOR = 0.05
#: FL-HEALTHY leads of this company size: SQL and opportunity multipliers (product 2.5).
HEALTHY_SEGMENT = "201-500"
HEALTHY_SQL_UPLIFT = 1.6
HEALTHY_OPP_UPLIFT = 1.5625

COMPANY_SIZES = ("1-50", "51-200", "201-500", "501-1000", "1000+")
COMPANY_SIZE_P = (0.28, 0.30, 0.20, 0.12, 0.10)
INDUSTRIES = (
    "software",
    "finance",
    "healthcare",
    "retail",
    "manufacturing",
    "education",
    "public_sector",
)
INDUSTRY_P = (0.24, 0.18, 0.14, 0.15, 0.15, 0.08, 0.06)
COUNTRIES = ("US", "GB", "DE", "FR", "CA", "AU", "NL")
COUNTRY_P = (0.46, 0.14, 0.1, 0.07, 0.1, 0.06, 0.07)
DISQUALIFIED_REASONS = ("no budget", "wrong persona", "competitor", "no response", "student")
