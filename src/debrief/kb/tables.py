"""The knowledge base's tables (SQLAlchemy Core), one definition for SQLite and Postgres.

See :mod:`debrief.kb.store` for what each table holds and how it is written.
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = [
    "benchmark_history",
    "brief_items",
    "briefs",
    "campaign_templates",
    "changes",
    "cycle_events",
    "deliveries",
    "findings",
    "metadata",
    "monthly_actions",
    "playbook",
    "read_receipts",
    "report_display",
    "reports",
    "template_updates",
]

metadata = sa.MetaData()
reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("campaign_id", sa.String(200), index=True),
    sa.Column("period_start", sa.Date),
    sa.Column("period_end", sa.Date),
    sa.Column("generated_at", sa.String(40)),
    sa.Column("saved_at", sa.DateTime, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("problem", sa.String(40)),
    sa.Column("document", sa.Text, nullable=False),
    # Ids are never reused: a report id printed yesterday must not name another report today.
    sqlite_autoincrement=True,
)
# What report.json leaves out but report.html shows: the chart specifications, the column units
# and the currency, so a stored report renders as the same HTML it was delivered as.
report_display = sa.Table(
    "report_display",
    metadata,
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), primary_key=True),
    sa.Column("currency", sa.String(8), nullable=False),
    sa.Column("charts", sa.Text, nullable=False),  # JSON {stage: {chart name: Vega-Lite spec}}
    sa.Column("units", sa.Text, nullable=False),  # JSON {stage: {table: {column: unit}}}
)
findings = sa.Table(
    "findings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), index=True, nullable=False),
    sa.Column("finding_id", sa.String(200)),
    sa.Column("stage", sa.String(60)),
    sa.Column("kind", sa.String(60)),
    sa.Column("metric", sa.String(60)),
    sa.Column("actual", sa.Float),
    sa.Column("reference", sa.Float),
    sa.Column("statement", sa.Text),
)
changes = sa.Table(
    "changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), index=True, nullable=False),
    sa.Column("campaign_id", sa.String(200)),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("owner", sa.String(200)),
    sa.Column("due", sa.Date),
    sa.Column("measure", sa.String(60)),
    sa.Column("baseline", sa.Float),
    sa.Column("target", sa.Float),
    sa.Column("channels", sa.Text),
    sa.Column("period_start", sa.Date),
    sa.Column("period_end", sa.Date),
    # proposed (by the post-mortem) -> agreed (by the team after the meeting) -> done | dropped;
    # rows written before the agreement step read "open", which means agreed.
    sa.Column("status", sa.String(16), nullable=False, default="proposed"),
    sa.Column("created_on", sa.Date, nullable=False),
    sa.Column("result", sa.Text),
    sa.Column("measured_on", sa.Date),
    sqlite_autoincrement=True,
)
playbook = sa.Table(
    "playbook",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), index=True, nullable=False),
    sa.Column("campaign_id", sa.String(200)),
    sa.Column("lesson", sa.Text, nullable=False),
    sa.Column("channel", sa.String(100)),
    sa.Column("objective", sa.String(40)),
    sa.Column("audience", sa.String(200)),
    sa.Column("problem", sa.String(40)),
)
benchmark_history = sa.Table(
    "benchmark_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("metric", sa.String(60), nullable=False),
    sa.Column("channel", sa.String(100)),
    sa.Column("value", sa.Float),
    sa.Column("pooled", sa.Float),
    sa.Column("n_campaigns", sa.Integer),
    sa.Column("ci_low", sa.Float),
    sa.Column("ci_high", sa.Float),
    sa.Column("method", sa.String(60)),
    sa.Column("as_of", sa.Date),
    sa.Column("saved_at", sa.DateTime, nullable=False),
)

# The actions of a monthly review, kept like a post-mortem's change: who, by when, how it is
# measured, and whether the team did it. ``report_id`` is the review that recommends the action
# (None once that review is replaced and the action is no longer recommended but was acted on).
monthly_actions = sa.Table(
    "monthly_actions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), index=True),
    sa.Column("period_start", sa.Date, nullable=False),
    sa.Column("period_end", sa.Date, nullable=False),
    sa.Column("rank", sa.Integer),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("owner", sa.String(200)),
    sa.Column("due", sa.Date),
    sa.Column("measure", sa.Text),  # the sentence: what will show whether it worked
    sa.Column("metric", sa.String(60)),  # the lead finding's metric
    sa.Column("subject", sa.Text),  # JSON: the lead finding's subject (campaign_id, channel...)
    sa.Column("baseline", sa.Float),  # the metric in the reviewed month
    sa.Column("target", sa.Float),  # the reference the finding compared it with
    sa.Column("reference_kind", sa.String(32)),
    sa.Column("finding_ids", sa.Text),  # JSON list
    sa.Column("status", sa.String(16), nullable=False, default="open"),
    sa.Column("created_on", sa.Date, nullable=False),
    sa.Column("status_on", sa.Date),
    sa.Column("result", sa.Text),  # JSON: measured in the next month
    sa.Column("measured_on", sa.Date),
    sqlite_autoincrement=True,
)
# The outbox of ``debrief tick``: one row per message to one recipient, written before it is
# sent (see debrief.kb.outbox for the statuses and why an unknown outcome is never resent alone).
deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(400), nullable=False, unique=True),
    sa.Column("cycle", sa.String(200), nullable=False, index=True),  # monthly:2026-10, ...
    sa.Column("kind", sa.String(32), nullable=False),  # pre_read, invitation, reminder
    sa.Column("channel", sa.String(16), nullable=False),  # email, slack
    sa.Column("recipient", sa.String(320), nullable=False),  # address, or slack:<audiences>
    sa.Column("audience", sa.String(200)),
    sa.Column("subject", sa.Text),
    sa.Column("due_on", sa.Date, nullable=False),
    sa.Column("expires_on", sa.Date),  # not sent after this day (the meeting has passed)
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("attempted_at", sa.DateTime),
    sa.Column("sent_at", sa.DateTime),
    sa.Column("error", sa.Text),
    sa.Column("message_id", sa.String(300)),
    sa.Column("report_id", sa.Integer),  # no foreign key: a rerun may replace the report
    sa.Column("detail", sa.Text),  # JSON: what the message needs to be built again
    sqlite_autoincrement=True,
)
# Who opened the signed link of a delivered review (or acknowledged it with `debrief kb ack`).
read_receipts = sa.Table(
    "read_receipts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "delivery_id", sa.Integer, sa.ForeignKey("deliveries.id"), nullable=False, unique=True
    ),
    sa.Column("cycle", sa.String(200), nullable=False, index=True),
    sa.Column("recipient", sa.String(320), nullable=False),
    sa.Column("audience", sa.String(200)),
    sa.Column("first_read_at", sa.DateTime, nullable=False),
    sa.Column("last_read_at", sa.DateTime, nullable=False),
    sa.Column("reads", sa.Integer, nullable=False, default=1),
    sa.Column("via", sa.String(16), nullable=False),  # link, cli
)
# What ``debrief tick`` did besides sending: a review run, a post-mortem scheduled, the cycle's
# start. ``key`` makes each step happen once; ``status`` running/done lets a crashed run resume.
cycle_events = sa.Table(
    "cycle_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(400), nullable=False, unique=True),
    sa.Column("cycle", sa.String(200), nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("on_date", sa.Date, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("finished_at", sa.DateTime),
    sa.Column("detail", sa.Text),  # JSON
)

# Campaign templates: what a new campaign's brief is prefilled from. A template is edited in place
# (``version`` counts the edits); ``practices`` are the standing instructions it gained from
# post-mortems (applied template updates), each with where it came from.
campaign_templates = sa.Table(
    "campaign_templates",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("objective", sa.String(40)),
    sa.Column("audience", sa.Text),
    sa.Column("offer", sa.Text),
    sa.Column("channels", sa.Text),  # JSON list
    sa.Column("duration_days", sa.Integer),
    sa.Column("criteria", sa.Text),  # JSON list of {metric, channel, target, direction}
    sa.Column("practices", sa.Text),  # JSON list of {text, report_id, campaign_id, on}
    sa.Column("notes", sa.Text),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    sa.Column("created_on", sa.Date, nullable=False),
    sa.Column("updated_on", sa.Date, nullable=False),
    sqlite_autoincrement=True,
)
# What a post-mortem proposes to change in a template; a person applies or dismisses it
# (``debrief kb template apply|dismiss``). ``report_id`` is None once the post-mortem that proposed
# an applied update is replaced by a rerun (the update stays, like an acted-on monthly action).
template_updates = sa.Table(
    "template_updates",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("template", sa.String(200), nullable=False, index=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), index=True),
    sa.Column("campaign_id", sa.String(200)),
    sa.Column("field", sa.String(40), nullable=False),  # practices, criteria
    sa.Column("value", sa.Text, nullable=False),  # JSON: the item added
    sa.Column("reason", sa.Text),
    sa.Column("status", sa.String(16), nullable=False, default="proposed"),  # applied, dismissed
    sa.Column("proposed_on", sa.Date, nullable=False),
    sa.Column("decided_on", sa.Date),
    sa.Column("version", sa.Integer),  # the template's version once applied
    sqlite_autoincrement=True,
)
# The next campaign's brief (``debrief brief``): the document as written (JSON) and, in
# ``brief_items``, each agreed change and playbook entry it carried with where it came from, so the
# campaign's own post-mortem can check them. A new brief of the same campaign replaces the old one.
briefs = sa.Table(
    "briefs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("campaign_id", sa.String(200), nullable=False, index=True),
    sa.Column("template", sa.String(200)),
    sa.Column("template_version", sa.Integer),
    sa.Column("start_date", sa.Date),
    sa.Column("end_date", sa.Date),
    sa.Column("postmortem_on", sa.Date),
    sa.Column("created_on", sa.Date, nullable=False),
    sa.Column("saved_at", sa.DateTime, nullable=False),
    sa.Column("document", sa.Text, nullable=False),  # JSON
    sqlite_autoincrement=True,
)
brief_items = sa.Table(
    "brief_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("brief_id", sa.Integer, sa.ForeignKey("briefs.id"), index=True, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # change, lesson, practice
    # No foreign keys: a post-mortem rerun replaces its change and lessons, the brief keeps what it
    # carried (``detail`` holds the change's measure, baseline, target, channels and period).
    sa.Column("change_id", sa.Integer),
    sa.Column("playbook_id", sa.Integer),
    sa.Column("source_report_id", sa.Integer),
    sa.Column("source_campaign_id", sa.String(200)),
    sa.Column("source_on", sa.Date),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("detail", sa.Text),  # JSON
    sa.Column("check_result", sa.Text),  # JSON: what the campaign's post-mortem measured
    sa.Column("checked_on", sa.Date),
)
