"""Email over SMTP, with an outcome that says whether the message may have arrived.

:class:`SmtpSender` opens one connection per tick (STARTTLS or SMTPS and login when configured;
the user name and password come only from the environment variables the settings name and are
never printed or stored). :meth:`SmtpSender.send` walks the SMTP dialogue itself so that it knows
where a failure happened:

* before the message is handed over (connect, TLS, login, MAIL, RCPT, the DATA command, or while
  the message is written): ``failed`` — nothing was accepted, the next tick sends it again;
* the server answers the message with 250: ``sent``; with 4xx: ``failed``; with 5xx: ``rejected``;
* the whole message went out but no answer came (timeout, closed connection): ``unknown`` — the
  server may have accepted it, so it is not resent blindly (see :mod:`debrief.kb.outbox`).

Every message carries a Message-ID derived from its delivery key, so a copy that a person decides
to send again is recognisable as the same message.
"""

from __future__ import annotations

import contextlib
import email.policy
import hashlib
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from debrief.cycle.settings import SmtpSettings

__all__ = ["Outcome", "SmtpSender", "message_id", "new_message"]


@dataclass(frozen=True)
class Outcome:
    """How a send ended: ``sent``, ``failed`` (retry), ``rejected`` (do not retry) or ``unknown``.
    ``stop`` says the channel is unusable for the rest of this tick (connection refused, login
    refused): the remaining messages wait for the next tick instead of failing one by one."""

    status: str
    error: str | None = None
    stop: bool = False


def message_id(key: str, sender: str) -> str:
    """A Message-ID that is the same every time the delivery ``key`` is sent."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    domain = sender.rsplit("@", 1)[-1]
    return f"<debrief.{digest}@{domain}>"


def new_message(
    *, sender: str, recipient: str, subject: str, key: str, sender_name: str = "Debrief"
) -> EmailMessage:
    """An empty message with the headers every Debrief email carries."""
    msg = EmailMessage()
    msg["From"] = f"{sender_name} <{sender}>"
    msg["To"] = recipient
    msg["Subject"] = re.sub(r"[\r\n]+", " ", subject)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = message_id(key, sender)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a robot
    return msg


def _code_outcome(code: int, reply: bytes | str, what: str) -> Outcome:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    text = " ".join(text.split())[:200]
    if 500 <= code < 600:
        return Outcome("rejected", f"the SMTP server refused {what} ({code} {text})")
    return Outcome("failed", f"the SMTP server deferred {what} ({code} {text})")


def _dot_stuffed(data: bytes) -> bytes:
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


class SmtpSender:
    """Sends messages over one SMTP connection, opened at the first send."""

    def __init__(self, settings: SmtpSettings, environ: Mapping[str, str] | None = None) -> None:
        self.settings = settings
        self.environ = os.environ if environ is None else environ
        self._conn: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def _credentials(self) -> tuple[str, str] | None:
        s = self.settings
        if s.username_env is None or s.password_env is None:
            return None
        missing = [n for n in (s.username_env, s.password_env) if not self.environ.get(n)]
        if missing:
            raise _Unusable(
                "the SMTP login is configured but "
                + " and ".join(f"${n}" for n in missing)
                + " is not set: export it in the environment that runs debrief tick"
            )
        return self.environ[s.username_env], self.environ[s.password_env]

    def _connect(self) -> smtplib.SMTP:
        if self._conn is not None:
            return self._conn
        s = self.settings
        login = self._credentials()
        context = ssl.create_default_context()
        try:
            if s.ssl:
                conn: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout_seconds, context=context
                )
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
            conn.ehlo()
            if s.starttls:
                conn.starttls(context=context)
                conn.ehlo()
        except (OSError, smtplib.SMTPException) as exc:
            raise _Unusable(
                f"cannot reach the SMTP server {self.where}: {_describe(exc)}"
            ) from None
        if login is not None:
            try:
                conn.login(*login)
            except smtplib.SMTPAuthenticationError as exc:
                conn.close()
                raise _Unusable(
                    f"the SMTP server {self.where} refused the login ({exc.smtp_code}): check "
                    f"${s.username_env} and ${s.password_env}"
                ) from None
            except (OSError, smtplib.SMTPException) as exc:
                conn.close()
                raise _Unusable(
                    f"the SMTP login at {self.where} failed ({_describe(exc)}): check "
                    f"${s.username_env} and ${s.password_env}"
                ) from None
        self._conn = conn
        return conn

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = None

    def send(self, msg: EmailMessage, recipient: str) -> Outcome:
        """Send ``msg`` to ``recipient`` (the envelope address); see the module docstring."""
        try:
            conn = self._connect()
        except _Unusable as exc:
            return Outcome("failed", str(exc), stop=True)
        payload = _dot_stuffed(msg.as_bytes(policy=email.policy.SMTP))
        try:
            code, reply = conn.mail(self.settings.sender)
            if code != 250:
                conn.rset()
                return _code_outcome(code, reply, f"the sender {self.settings.sender}")
            code, reply = conn.rcpt(recipient)
            if code not in (250, 251):
                conn.rset()
                return _code_outcome(code, reply, f"the recipient {recipient}")
            conn.putcmd("data")
            code, reply = conn.getreply()
            if code != 354:
                conn.rset()
                return _code_outcome(code, reply, "the message")
            conn.send(payload)
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            return Outcome(
                "failed",
                f"the connection to {self.where} broke before the message was handed over: "
                f"{_describe(exc)}",
                stop=True,
            )
        try:
            code, reply = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            return Outcome(
                "unknown",
                f"the message went to {self.where} but no answer came ({_describe(exc)}): it may "
                "have been accepted",
                stop=True,
            )
        if code == 250:
            return Outcome("sent")
        return _code_outcome(code, reply, "the message")

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self._conn.quit()
        self._drop()


class _Unusable(Exception):
    """The SMTP channel cannot be used this tick (the message says why)."""


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError) or "timed out" in str(exc):
        return "timed out"  # smtplib reports a read timeout as a disconnection "...: timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the server closed the connection"
    if isinstance(exc, smtplib.SMTPResponseException):
        err = exc.smtp_error
        text = err.decode("utf-8", "replace") if isinstance(err, bytes) else str(err)
        return f"{exc.smtp_code} {text[:200]}"
    text = str(exc).strip()
    return text[:200] if text else type(exc).__name__
