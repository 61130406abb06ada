"""The canonical data contract, version 2: one schema per table.

Every analysis reads these tables and nothing else. Users write files against these names, so the
contract is only ever extended (new optional columns, new tables), never broken. The user-facing
description lives in ``docs/data-contract.md``; this module is what the code enforces.

Column kinds (``Column.kind``):

* ``string``     free text; segment dimensions are strings
* ``channel``    a channel label, normalised by :func:`normalise_channel`
* ``date``       ISO ``YYYY-MM-DD``
* ``timestamp``  ISO 8601 with an offset, or UTC when it has none
* ``month``      ``YYYY-MM``
* ``count``      non-negative integer
* ``quantity``   non-negative decimal: a count a platform may report fractionally (Google Ads'
  data-driven conversions, ``4.416667``)
* ``money``      non-negative decimal in the workspace currency
* ``number``     any decimal (scores, positions, rates)
* ``bool``       true/false
* ``enum``       a string from ``Column.choices``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

ColumnKind = Literal[
    "string",
    "channel",
    "date",
    "timestamp",
    "month",
    "count",
    "quantity",
    "money",
    "number",
    "bool",
    "enum",
]

#: The Ibis type each column kind is stored as in a workspace.
IBIS_TYPES: dict[str, str] = {
    "string": "string",
    "channel": "string",
    "enum": "string",
    "date": "date",
    "timestamp": "timestamp('UTC')",
    "month": "string",
    "count": "int64",
    "quantity": "float64",
    "money": "float64",
    "number": "float64",
    "bool": "boolean",
}


@dataclass(frozen=True)
class Column:
    """One column of a canonical table."""

    name: str
    kind: ColumnKind
    required: bool = False
    choices: tuple[str, ...] = ()
    description: str = ""

    @property
    def ibis_type(self) -> str:
        return IBIS_TYPES[self.kind]


@dataclass(frozen=True)
class TableSchema:
    """One canonical table: its columns, its natural key and what extra columns mean."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    description: str = ""
    #: Whether the key must be unique (an error) or duplicates are only warned about.
    key_unique: bool = True
    #: How further columns are typed: "segment" (strings are segment dimensions, numbers extra
    #: metrics) or "keep" (kept as read).
    extra_columns: Literal["segment", "keep"] = "keep"
    tags: dict[str, str] = field(default_factory=dict)
    #: Optional columns a workspace table always has: empty (null) where the files lack them, so
    #: an analysis reads "unknown", never a missing column and never 0.
    always: tuple[str, ...] = ()

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name} has no column {name!r}; columns: {', '.join(self.names)}")


def _c(name: str, kind: ColumnKind, required: bool = False, *choices: str, doc: str = "") -> Column:
    return Column(name, kind, required, tuple(choices), doc)


OBJECTIVES = ("awareness", "engagement", "leads", "pipeline", "revenue")
INTERACTIONS = ("impression", "click", "visit", "open", "other")
EVENT_KINDS = ("brief", "launch", "change", "pause", "resume", "incident", "end", "other")
FUNNEL_STAGES = ("awareness", "consideration", "decision")
GRAINS = ("day", "week", "month", "range", "lifetime")
LEAD_STAGES = ("created", "mql", "sql", "opportunity", "won")
#: The timestamp column of each lead stage.
LEAD_STAGE_COLUMNS = {
    "created": "created_at",
    "mql": "mql_at",
    "sql": "sql_at",
    "opportunity": "opportunity_at",
    "won": "won_at",
}

#: How rows that are not one day say so (ad_performance, content_performance).
PERIOD_COLUMNS = (
    _c(
        "date_end",
        "date",
        doc="last day the row's totals cover when they cover more than `date` (weekly, monthly "
        "or whole-range rows, an export over a date range); empty for a daily row",
    ),
    _c(
        "grain",
        "enum",
        False,
        *GRAINS,
        doc="what the row's totals cover: `lifetime` for totals over an unstated period (a "
        "campaign's totals since launch) recorded on one day; empty: read from `date_end` and "
        "the spacing of the dates",
    ),
)

TABLES: dict[str, TableSchema] = {
    t.name: t
    for t in (
        TableSchema(
            "campaigns",
            (
                _c("campaign_id", "string", True),
                _c("name", "string", True),
                _c("start_date", "date", True),
                _c("end_date", "date", doc="blank: still running (an always-on programme)"),
                _c("objective", "enum", False, *OBJECTIVES),
                _c("budget", "money"),
                _c("owner", "string"),
                _c("audience", "string"),
                _c("offer", "string"),
                _c("notes", "string"),
                _c("channel", "channel", doc="main channel, where a campaign has one"),
            ),
            key=("campaign_id",),
            description="One row per campaign.",
        ),
        TableSchema(
            "targets",
            (
                _c("metric", "string", True),
                _c("target", "number", True),
                _c("campaign_id", "string"),
                _c("channel", "channel"),
                _c("month", "month"),
                _c("direction", "enum", False, "min", "max"),
            ),
            key=("metric", "campaign_id", "channel", "month"),
            description="Success criteria (with campaign_id) and monthly targets (with month).",
        ),
        TableSchema(
            "benchmarks",
            (
                _c("metric", "string", True),
                _c("value", "number", True),
                _c("channel", "channel"),
                _c("source", "string"),
                _c("as_of", "date"),
            ),
            key=("metric", "channel", "source", "as_of"),
            description="External or historical references.",
        ),
        TableSchema(
            "ad_performance",
            (
                _c("date", "date", True),
                _c("channel", "channel", True),
                _c("spend", "money"),
                _c("impressions", "count"),
                _c("clicks", "count"),
                _c("conversions", "quantity"),
                _c("campaign_id", "string"),
                _c("platform", "string"),
                _c("ad_group", "string"),
                _c("ad", "string"),
                _c("audience", "string"),
                _c("geo", "string"),
                _c("device", "string"),
                _c("creative", "string"),
                _c("placement", "string"),
                _c("reach", "count"),
                _c("sessions", "count"),
                _c("engaged_sessions", "count"),
                _c("conversion_value", "money"),
                _c("deliveries", "count"),
                _c("opens", "count"),
                _c("unsubscribes", "count"),
                _c("video_views", "count"),
                _c("engagements", "count"),
                *PERIOD_COLUMNS,
                _c("campaign_name", "string", doc="the campaign's name where the export has it"),
                _c("account", "string", doc="ad account, where one platform has several"),
                _c("currency", "string", doc="ISO 4217 code of spend and conversion_value"),
            ),
            key=(
                "date",
                "channel",
                "campaign_id",
                "platform",
                "account",
                "ad_group",
                "ad",
                "audience",
                "geo",
                "device",
                "creative",
                "placement",
            ),
            description="Delivery and results per channel and campaign, by day (or by week, month or "
            "date range: see `date_end`).",
            extra_columns="segment",
            always=("spend", "impressions", "clicks", "conversions"),
        ),
        TableSchema(
            "touchpoints",
            (
                _c("user_id", "string", True),
                _c("ts", "timestamp", True),
                _c("channel", "channel", True),
                _c("campaign_id", "string"),
                _c("interaction", "enum", False, *INTERACTIONS),
                _c("content_id", "string", doc="content item touched, where known"),
            ),
            key=("user_id", "ts", "channel", "campaign_id", "interaction"),
            key_unique=False,
            description="One row per marketing touch of a person.",
        ),
        TableSchema(
            "conversions",
            (
                _c("user_id", "string", True),
                _c("ts", "timestamp", True),
                _c("value", "money"),
                _c("conversion_id", "string"),
                _c("kind", "string"),
            ),
            key=("conversion_id",),
            # A conversion id sent twice is what real tracking does: a warning, reported by the
            # data-quality checks, not a reason to refuse the file.
            key_unique=False,
            description="One row per conversion of a person.",
        ),
        TableSchema(
            "leads",
            (
                _c("lead_id", "string", True),
                _c("created_at", "timestamp", True),
                _c("channel", "channel"),
                _c("campaign_id", "string"),
                _c("score", "number"),
                _c("mql_at", "timestamp"),
                _c("sql_at", "timestamp"),
                _c("opportunity_at", "timestamp"),
                _c("won_at", "timestamp"),
                _c("lost_at", "timestamp"),
                _c("amount", "money"),
                _c("disqualified_reason", "string"),
                _c("company_size", "string"),
                _c("industry", "string"),
                _c("country", "string"),
                _c("lead_type", "string"),
                _c(
                    "funnel_record",
                    "enum",
                    False,
                    "lead",
                    "mql",
                    "sql",
                    "opportunity",
                    "won",
                    doc="for a funnel exported one file per stage with no shared lead id: the "
                    "stage this row records; only `lead` rows (and rows without it) are leads",
                ),
            ),
            key=("lead_id",),
            description="One row per lead, with the time it reached each funnel stage.",
            extra_columns="segment",
        ),
        TableSchema(
            "content",
            (
                _c("content_id", "string", True),
                _c("title", "string", True),
                _c("url", "string"),
                _c("type", "string"),
                _c("topic", "string"),
                _c("funnel_stage", "enum", False, *FUNNEL_STAGES),
                _c("published_at", "date"),
                _c("promoted", "bool"),
            ),
            key=("content_id",),
            description="One row per content item.",
        ),
        TableSchema(
            "content_performance",
            (
                _c("date", "date", True),
                _c("content_id", "string", True),
                _c("pageviews", "count"),
                _c("sessions", "count"),
                _c("avg_engagement_seconds", "number"),
                _c("downloads", "count"),
                _c("conversions", "count"),
                _c("organic_clicks", "count"),
                _c("organic_impressions", "count"),
                _c("avg_position", "number"),
                _c("backlinks", "count"),
                *PERIOD_COLUMNS,
            ),
            key=("date", "content_id"),
            description="Results per content item, by day (or over a date range: see `date_end`).",
        ),
        TableSchema(
            "budgets",
            (
                _c("month", "month", True),
                _c("planned_spend", "money", True),
                _c("channel", "channel"),
                _c("campaign_id", "string"),
            ),
            key=("month", "channel", "campaign_id"),
            description="Planned spend.",
        ),
        TableSchema(
            "timeline_events",
            (
                _c("campaign_id", "string", True),
                _c("ts", "timestamp", True),
                _c("kind", "enum", True, *EVENT_KINDS),
                _c("description", "string", True),
                _c("channel", "channel"),
                _c("author", "string"),
            ),
            key=("campaign_id", "ts", "kind", "description"),
            description="What happened, when.",
        ),
        TableSchema(
            "outcomes",
            (
                _c("date", "date", True, doc="the day, or the first day of the week, it covers"),
                _c("kpi", "string", True, doc="revenue, conversions, sign_ups, ..."),
                _c("value", "number", True),
                _c("geo", "string"),
            ),
            key=("date", "kpi", "geo"),
            description=(
                "Business outcomes by day or week, not tied to a channel (version 2). The grain "
                "(daily or weekly) is detected from the dates."
            ),
        ),
        TableSchema(
            "controls",
            (
                _c("date", "date", True, doc="the day, or the first day of the week, it covers"),
                _c("name", "string", True, doc="price, promotion, event, competitor_spend, ..."),
                _c("value", "number", True),
                _c("geo", "string"),
            ),
            key=("date", "name", "geo"),
            description="What moves outcomes besides marketing (version 2).",
        ),
        TableSchema(
            "lift_tests",
            (
                _c("channel", "channel", True),
                _c("start_date", "date", True),
                _c("end_date", "date", True),
                _c(
                    "incremental_value",
                    "number",
                    True,
                    doc="the outcome the channel's spend in the test window added in that window",
                ),
                _c("standard_error", "number"),
                _c("kpi", "string", doc="the outcomes kpi it measures (default: the one modelled)"),
                _c("geo", "string"),
                _c("notes", "string"),
            ),
            key=("channel", "start_date", "end_date", "kpi", "geo"),
            description=(
                "Incrementality experiments, for calibrating the marketing-mix model (version 2)."
            ),
        ),
    )
}

CONTRACT_VERSION = 2

_SEPARATORS = re.compile(r"[\s_\-/.]+")


def normalise_channel(label: str | None) -> str | None:
    """One spelling per channel: ``Paid Search``, ``paid_search`` and ``paid-search`` are one.

    Lower case, runs of spaces, underscores, hyphens, slashes and dots become one underscore.
    """
    if label is None:
        return None
    s = _SEPARATORS.sub("_", str(label).strip().lower()).strip("_")
    return s or None


def table_hint(name: str) -> str:
    """What to say about a name that is not a table: the closest table, then every table."""
    import difflib

    hint = difflib.get_close_matches(name, TABLES, n=1)
    extra = f"Did you mean {hint[0]!r}? " if hint else ""
    return f"{extra}Tables: {', '.join(sorted(TABLES))}"


def table_schema(name: str) -> TableSchema:
    """The schema of a canonical table; an unknown name lists the valid ones."""
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"Unknown table {name!r}. {table_hint(name)}") from None
