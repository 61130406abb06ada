"""The knowledge base's tables (SQLAlchemy Core), one definition for SQLite and Postgres.

See :mod:`debrief.kb.store` for what each table holds and how it is written.
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = ["benchmark_history", "changes", "findings", "metadata", "playbook", "reports"]

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
    sa.Column("status", sa.String(16), nullable=False, default="open"),
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
