"""SMTP delivery against a real server (aiosmtpd on 127.0.0.1): each way a send can end, and the
login from environment variables that are never printed."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import pytest

from debrief.cycle.mail import SmtpSender, message_id, new_message
from debrief.cycle.settings import SmtpSettings

from .servers import SilentServer, free_port, require

PASSWORD = "s3cret-pass"


def _msg(to: str = "vp@example.com", key: str = "k1"):
    msg = new_message(sender="reviews@example.com", recipient=to, subject="Hello", key=key)
    msg.set_content("line one\n.line starting with a dot\n")
    return msg


def _settings(port: int, **kw) -> SmtpSettings:
    args = {
        "host": "127.0.0.1",
        "port": port,
        "sender": "reviews@example.com",
        "starttls": False,
        "timeout_seconds": 1.0,
    }
    args.update(kw)
    return SmtpSettings(**args)


def test_sent_with_a_stable_message_id_and_dots_intact(smtp_server) -> None:
    sender = SmtpSender(_settings(smtp_server.port))
    out = sender.send(_msg(), "vp@example.com")
    out2 = sender.send(_msg("dg@example.com", key="k2"), "dg@example.com")  # same connection
    sender.close()
    assert out.status == "sent" and out2.status == "sent"
    first = smtp_server.messages[0]
    assert first.mail_from == "reviews@example.com" and first.rcpt_tos == ["vp@example.com"]
    assert ".line starting with a dot" in first.message.get_content()
    assert first.message["Message-ID"] == message_id("k1", "reviews@example.com")
    assert message_id("k1", "reviews@example.com") == message_id("k1", "reviews@example.com")
    assert first.message["Auto-Submitted"] == "auto-generated"


@pytest.mark.parametrize(("mode", "status"), [("defer", "failed"), ("reject", "rejected")])
def test_a_refused_message_is_failed_or_rejected(smtp_server, mode, status) -> None:
    smtp_server.mode = mode
    sender = SmtpSender(_settings(smtp_server.port))
    out = sender.send(_msg(), "vp@example.com")
    sender.close()
    assert out.status == status and not out.stop
    assert ("451" if mode == "defer" else "554") in out.error


def test_no_answer_after_the_message_is_unknown_not_failed(smtp_server) -> None:
    smtp_server.mode = "hang"  # keeps the message, answers after 3 s; the client waits 1 s
    out = SmtpSender(_settings(smtp_server.port)).send(_msg(), "vp@example.com")
    assert out.status == "unknown" and out.stop
    assert "may have been accepted" in out.error
    assert len(smtp_server.messages) == 1  # it did arrive: sending again would duplicate it


def test_a_closed_port_and_a_silent_server_fail_with_a_clear_message() -> None:
    port = free_port()  # nothing listens there
    out = SmtpSender(_settings(port)).send(_msg(), "vp@example.com")
    assert out.status == "failed" and out.stop
    assert out.error == f"cannot reach the SMTP server 127.0.0.1:{port}: connection refused"
    silent = SilentServer()
    try:
        out = SmtpSender(_settings(silent.port)).send(_msg(), "vp@example.com")
    finally:
        silent.close()
    assert out.status == "failed" and out.stop
    assert out.error == f"cannot reach the SMTP server 127.0.0.1:{silent.port}: timed out"


def test_login_comes_from_the_environment_and_is_never_shown(smtp_auth_server) -> None:
    s = _settings(smtp_auth_server.port, username_env="SMTP_U", password_env="SMTP_P")
    out = SmtpSender(s, {"SMTP_U": "robot", "SMTP_P": PASSWORD}).send(_msg(), "vp@example.com")
    assert out.status == "sent" and smtp_auth_server.logins == [("robot", PASSWORD)]
    wrong = SmtpSender(s, {"SMTP_U": "robot", "SMTP_P": "wrong-" + PASSWORD}).send(
        _msg(), "vp@example.com"
    )
    assert wrong.status == "failed" and wrong.stop
    # a server answers 535, or (aiosmtpd, after trying each mechanism) closes the connection
    assert "login" in wrong.error and "check $SMTP_U and $SMTP_P" in wrong.error
    assert PASSWORD not in wrong.error and "wrong-" not in wrong.error
    missing = SmtpSender(s, {"SMTP_U": "robot"}).send(_msg(), "vp@example.com")
    assert missing.status == "failed" and "$SMTP_P is not set" in missing.error
    assert len(smtp_auth_server.messages) == 1


def _certificate(tmp_path):
    if shutil.which("openssl") is None:
        require("an_openssl_binary_for_a_test_certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return key, cert


def test_starttls_then_login(tmp_path, monkeypatch) -> None:
    require("aiosmtpd")
    from aiosmtpd.controller import Controller

    from .servers import SmtpServer, _authenticator, _Handler

    key, cert = _certificate(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    record = SmtpServer(port=free_port())
    controller = Controller(
        _Handler(record),
        hostname="127.0.0.1",
        port=record.port,
        tls_context=server_ctx,
        require_starttls=True,
        authenticator=_authenticator(record),
        auth_require_tls=True,
    )
    controller.start()
    real = ssl.create_default_context
    # The client verifies the server's certificate as in production, against our test CA.
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: real(cafile=str(cert)))
    try:
        s = _settings(record.port, starttls=True, username_env="U", password_env="P")
        out = SmtpSender(s, {"U": "robot", "P": PASSWORD}).send(_msg(), "vp@example.com")
        plain = SmtpSender(_settings(record.port)).send(_msg(), "vp@example.com")
    finally:
        controller.stop()
    assert out.status == "sent" and record.logins == [("robot", PASSWORD)]
    assert plain.status in ("failed", "rejected")  # the server requires STARTTLS first
    assert len(record.messages) == 1
