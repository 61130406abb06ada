"""Settings of the review cycle: the ``delivery:`` and ``cycle:`` sections of the settings file.

``delivery`` says how the reviews reach people (SMTP, a Slack webhook, the audiences and their
sections, the web app's address for links and read receipts); ``cycle`` says when each step
happens (``debrief tick``). Who people are — ``people`` (name -> address) and ``facilitators`` (the
rotation) — are core keys of :class:`debrief.config.Settings`, shared with the reviews' owners.
Secrets are never values here: the settings name the environment variables that hold them.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field, field_validator, model_validator

from debrief.config import Section, email_address
from debrief.registry import add_section

__all__ = [
    "DEFAULT_AUDIENCES",
    "AudienceSettings",
    "CycleSettings",
    "DeliverySettings",
    "SmtpSettings",
]

_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _env_name(value: str | None) -> str | None:
    if value is not None and not _ENV_NAME.match(value):
        # The value is not echoed: it may be the secret itself, written here by mistake.
        raise ValueError(
            "this is not an environment variable name (letters, digits, _): name the variable "
            "that holds the secret, never the secret itself"
        )
    return value


class SmtpSettings(Section):
    """The mail server. Credentials are never written here: name the environment variables."""

    host: str
    port: int = 587
    sender: str = Field(description="From address of every email.")
    starttls: bool = Field(True, description="Upgrade the connection with STARTTLS.")
    ssl: bool = Field(False, description="Connect over TLS from the start (SMTPS, port 465).")
    username_env: str | None = None
    password_env: str | None = None
    timeout_seconds: float = 30.0

    _sender = field_validator("sender")(email_address)
    _envs = field_validator("username_env", "password_env")(_env_name)

    @model_validator(mode="after")
    def _one_tls(self) -> SmtpSettings:
        if self.ssl and self.starttls:
            raise ValueError("choose ssl (SMTPS) or starttls, not both")
        if (self.username_env is None) != (self.password_env is None):
            raise ValueError("username_env and password_env go together")
        return self


class AudienceSettings(Section):
    email: list[str] = Field(default_factory=list)
    slack: bool = Field(False, description="Post the review to the Slack webhook too.")
    sections: list[str] | None = Field(
        None,
        description="Review sections this audience receives after the summary (stage names); "
        "default: the audience's usual ones (cycle.DEFAULT_SECTIONS), the summary alone for a "
        "name of your own.",
    )
    attach_pdf: bool = True

    @field_validator("email")
    @classmethod
    def _emails(cls, v: list[str]) -> list[str]:
        return [email_address(x) for x in v]


#: The seed's four audiences of the monthly review.
DEFAULT_AUDIENCES = ("leadership", "demand_gen", "content", "marketing_ops")


class DeliverySettings(Section):
    smtp: SmtpSettings | None = None
    slack_webhook: str | None = Field(
        None, description="Incoming-webhook URL (a secret: prefer slack_webhook_env)."
    )
    slack_webhook_env: str | None = None
    audiences: dict[str, AudienceSettings] = Field(
        default_factory=lambda: {n: AudienceSettings.model_validate({}) for n in DEFAULT_AUDIENCES}
    )
    base_url: str | None = Field(
        None, description="Address of `debrief serve`, for report links and read receipts."
    )
    receipt_secret_env: str = "DEBRIEF_RECEIPT_SECRET"
    timeout_seconds: float = Field(20.0, description="Slack webhook timeout.")

    _envs = field_validator("slack_webhook_env", "receipt_secret_env")(_env_name)

    @field_validator("slack_webhook", "base_url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not re.match(r"^https?://[^\s/]+", v):
            raise ValueError(f"{v!r} is not an http(s) URL")
        return v

    @model_validator(mode="after")
    def _one_webhook(self) -> DeliverySettings:
        if self.slack_webhook and self.slack_webhook_env:
            raise ValueError("give slack_webhook or slack_webhook_env, not both")
        return self


class CycleSettings(Section):
    """``debrief tick``: when each step of the review cycle happens."""

    required_sources: list[str] | None = Field(
        None,
        description="Tables that must have data up to the month's last day before the review "
        "runs; default: every dated table the workspace holds.",
    )
    grace_business_days: int = Field(
        2, description="Business days after month end the review waits for late sources."
    )
    timezone: str = Field("UTC", description="IANA time zone of the meetings (Europe/Paris).")
    meeting_time: dt.time = Field(dt.time(10, 0), description="Start of each meeting.")
    meeting_minutes: int = 60
    review_owner: str | None = Field(
        None, description="Who owns the monthly meeting (a name in people); default_owner else."
    )
    postmortem_after_days: int = Field(
        7, description="A post-mortem is held on the first business day this long after the end."
    )
    no_postmortem: list[str] = Field(
        default_factory=list,
        description="Campaign ids (shell patterns such as AO-*) that get no post-mortem: "
        "always-on programs.",
    )
    reminder_business_days: int = Field(
        2,
        description="Business days before a change or action falls due that its owner is reminded.",
    )
    implemented_target: int = Field(
        3, description="Recommendations of a review to implement by the next (the seed: 3)."
    )

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r} (use an IANA name: Europe/Paris)") from None
        return v


add_section("delivery", DeliverySettings)  # the cycle's own section is the follow_up stage's
