"""Real local servers for the delivery tests: an SMTP server (aiosmtpd) and an HTTP server that
stands in for a Slack incoming webhook. Both listen on 127.0.0.1 on a free port and record what
they receive; ``mode`` makes them accept, defer, refuse or hang."""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import sqlalchemy as sa


def require(module: str) -> Any:
    """Import a test dependency: skip locally when it is missing, fail in CI."""
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{module} is required in CI (pip install -e '.[dev]')")
        pytest.skip(f"{module} is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    at: float


@dataclass
class SmtpServer:
    port: int
    messages: list[Received] = field(default_factory=list)
    #: ok | defer (451 to the message) | reject (554 to the message) | hang (keep the message,
    #: answer after ``hang_seconds``)
    mode: str = "ok"
    hang_seconds: float = 3.0
    logins: list[tuple[str, str]] = field(default_factory=list)

    def by_recipient(self) -> dict[str, list[EmailMessage]]:
        out: dict[str, list[EmailMessage]] = {}
        for r in self.messages:
            for to in r.rcpt_tos:
                out.setdefault(to, []).append(r.message)
        return out


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        s = self.server
        if s.mode == "defer":
            return "451 4.3.0 try again later"
        if s.mode == "reject":
            return "554 5.7.1 message refused"
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        s.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), msg, time.time()))
        if s.mode == "hang":
            await asyncio.sleep(s.hang_seconds)
        return "250 OK"


def _authenticator(server: SmtpServer):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def check(_server, _session, _envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode()
            password = auth_data.password.decode()
            server.logins.append((user, password))
            return AuthResult(success=user == "robot" and password == "s3cret-pass")
        return AuthResult(success=False, handled=False)

    return check


def start_smtp(auth: bool = False):
    """Start aiosmtpd on 127.0.0.1; returns (server record, controller)."""
    require("aiosmtpd")
    from aiosmtpd.controller import Controller

    record = SmtpServer(port=free_port())
    kwargs: dict[str, Any] = {}
    if auth:
        kwargs = {
            "authenticator": _authenticator(record),
            "auth_require_tls": False,  # the test speaks plain SMTP on loopback
        }
    controller = Controller(_Handler(record), hostname="127.0.0.1", port=record.port, **kwargs)
    controller.start()
    return record, controller


@dataclass
class WebhookServer:
    port: int
    posts: list[dict[str, Any]] = field(default_factory=list)
    #: ok | error (500) | invalid (400 invalid_payload) | hang (keep the post, answer late)
    mode: str = "ok"
    hang_seconds: float = 3.0
    path: str = "/services/T000/B000/XXXX"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"


def start_webhook():
    record = WebhookServer(port=free_port())

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if record.mode == "error":
                self._answer(500, b"internal_error")
                return
            if record.mode == "invalid":
                self._answer(400, b"invalid_payload")
                return
            record.posts.append({"path": self.path, "json": json.loads(body)})
            if record.mode == "hang":
                time.sleep(record.hang_seconds)
            self._answer(200, b"ok")

        def _answer(self, code: int, body: bytes) -> None:
            try:
                self.send_response(code)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass

    httpd = ThreadingHTTPServer(("127.0.0.1", record.port), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return record, httpd


class SilentServer:
    """Accepts TCP connections and never says a word: a server that times out."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def close(self) -> None:
        self.sock.close()


@contextmanager
def postgres_database() -> Iterator[str]:
    """A throwaway database on the Postgres server of ``$DEBRIEF_TEST_POSTGRES_URL`` (other tests
    and xdist workers use the server's default database); its SQLAlchemy URL. Skips locally
    without a server, fails in CI."""
    pg = os.environ.get("DEBRIEF_TEST_POSTGRES_URL")
    if not pg:
        if os.environ.get("CI") == "true":
            pytest.fail("DEBRIEF_TEST_POSTGRES_URL is not set in CI")
        pytest.skip("DEBRIEF_TEST_POSTGRES_URL is not set")
    pytest.importorskip("psycopg")
    server = "postgresql+psycopg://" + pg.split("://", 1)[1]
    name = f"debrief_kb_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()
