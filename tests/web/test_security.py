"""The web app's security rules, over plain HTTP (Starlette's TestClient, and a real uvicorn
server for raw request paths and Host headers).

* 127.0.0.1 by default; any other host needs a token from the environment or refuses to start;
* every page needs the token (given once in the printed address, then a cookie);
* a write needs the token, the form's CSRF value and an Origin of this server;
* every value from the data is escaped on every page; pages carry no script;
* no directory traversal through report paths or campaign ids;
* a signed read-receipt link records the read without the token and shows no data without it;
* the workspace is opened read-only: serving it changes no byte of it.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import socket
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debrief.cli.main import app as cli
from debrief.kb import KnowledgeBase
from debrief.web.links import campaign_href
from debrief.web.security import MIN_TOKEN_LENGTH, Access, TokenError, resolve_token

from .conftest import CID, PORT, SECRET, TOKEN

runner = CliRunner()


def _pages(h) -> list[str]:
    return [
        "/",
        f"/reports/{h.postmortem_id}",
        f"/reports/{h.review_id}",
        "/kb",
        "/kb?q=" + "%3Cscript%3E",
        "/compare",
        "/compare?campaign=" + campaign_href(CID).rsplit("/", 1)[1] + "&metric=roas",
        campaign_href(CID),
        "/campaigns/C2",
    ]


# -- starting -------------------------------------------------------------------------------
def test_off_loopback_the_server_refuses_to_start_without_a_token(hostile, monkeypatch) -> None:
    monkeypatch.delenv("DEBRIEF_SERVE_TOKEN", raising=False)
    res = runner.invoke(cli, ["serve", "-w", hostile.workspace, "--host", "0.0.0.0"])
    assert res.exit_code == 1
    assert "refusing to serve on 0.0.0.0 without an access token" in res.output
    assert "DEBRIEF_SERVE_TOKEN" in res.output and "Traceback" not in res.output
    monkeypatch.setenv("DEBRIEF_SERVE_TOKEN", "short")
    res = runner.invoke(cli, ["serve", "-w", hostile.workspace, "--host", "0.0.0.0"])
    assert res.exit_code == 1 and f"at least {MIN_TOKEN_LENGTH}" in res.output
    # a variable asked for by name must be set, even on 127.0.0.1
    monkeypatch.delenv("MY_TOKEN", raising=False)
    res = runner.invoke(cli, ["serve", "-w", hostile.workspace, "--token-env", "MY_TOKEN"])
    assert res.exit_code == 1 and "MY_TOKEN" in res.output


def test_a_short_read_receipt_secret_is_refused_under_the_name_the_settings_give(
    hostile, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("DEBRIEF_RECEIPT_SECRET", "short")
    res = runner.invoke(cli, ["serve", "-w", hostile.workspace])
    assert res.exit_code == 1 and "$DEBRIEF_RECEIPT_SECRET is 5 characters long" in res.output
    # `debrief tick` signs with the variable named by delivery.receipt_secret_env: so does serve
    config = tmp_path / "settings.yml"
    config.write_text("delivery:\n  receipt_secret_env: TEAM_RECEIPTS\n")
    monkeypatch.setenv("TEAM_RECEIPTS", "tiny")
    res = runner.invoke(cli, ["serve", "-w", hostile.workspace, "--config", str(config)])
    assert res.exit_code == 1 and "$TEAM_RECEIPTS is 4 characters long" in res.output
    assert "Traceback" not in res.output


def test_a_missing_workspace_or_a_taken_port_is_a_clear_error(hostile, tmp_path) -> None:
    res = runner.invoke(cli, ["serve", "-w", str(tmp_path / "nope.duckdb")])
    assert res.exit_code == 1 and "no workspace to serve" in res.output
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        res = runner.invoke(cli, ["serve", "-w", hostile.workspace, "--port", str(port)])
    assert res.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in res.output
    assert "--port" in res.output
    assert "Traceback" not in res.output


def test_token_rules() -> None:
    a = resolve_token("127.0.0.1", "T", {}, explicit=False)
    b = resolve_token("127.0.0.1", "T", {}, explicit=False)
    assert a != b and len(a) >= MIN_TOKEN_LENGTH  # random for each run on loopback
    assert resolve_token("0.0.0.0", "T", {"T": TOKEN}, explicit=False) == TOKEN
    assert resolve_token("::1", "T", {}, explicit=False)  # IPv6 loopback too
    for host in ("0.0.0.0", "192.168.1.10", "example.org", "::"):
        with pytest.raises(TokenError):
            resolve_token(host, "T", {}, explicit=False)


# -- reading --------------------------------------------------------------------------------
def test_every_page_needs_the_token(client, hostile) -> None:
    for path in [*_pages(hostile), f"/reports/{hostile.review_id}/report.json"]:
        res = client.get(path)
        assert res.status_code == 401, path
        assert "Access token needed" in res.text and "Monthly review" not in res.text
    assert client.get("/?token=wrong-token-but-long-enough").status_code == 401
    res = client.get("/", headers={"Authorization": "Bearer not-the-token"})
    assert res.status_code == 401


def test_the_printed_address_sets_a_cookie_and_drops_the_token_from_the_url(client) -> None:
    res = client.get(f"/kb?q=x&token={TOKEN}")
    assert res.status_code == 303 and res.headers["location"] == "/kb?q=x"
    cookie = res.headers["set-cookie"]
    assert f"debrief_{PORT}=" in cookie and TOKEN not in cookie
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert client.get("/kb?q=x").status_code == 200
    client.cookies.clear()
    assert client.get("/", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_every_value_from_the_data_is_escaped_and_pages_carry_no_script(signed_in, hostile):
    for path in _pages(hostile):
        res = signed_in.get(path)
        assert res.status_code == 200, (path, res.text[:500])
        text = res.text
        assert "<script" not in text.lower(), path
        assert "<img src=x" not in text, path
        assert "onerror=alert(1)>" not in text, path  # only ever inside an escaped string
        assert "&lt;script&gt;" in text or path in ("/compare",), path
        csp = res.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
        assert res.headers["x-frame-options"] == "DENY"
    # the campaign id is one path segment, percent-encoded, in every link
    page = signed_in.get(f"/reports/{hostile.review_id}").text
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert campaign_href(CID) in hrefs
    assert not [h for h in hrefs if "/../" in h or "<" in h or " " in h]


def test_no_directory_traversal_through_report_paths(signed_in, hostile) -> None:
    for path in (
        f"/reports/{hostile.review_id}/report.pdf",
        f"/reports/{hostile.review_id}/..%2F..%2F..%2Fpyproject.toml",
        "/reports/..%2F..%2Fetc%2Fpasswd",
        "/campaigns/..%2F..%2Fetc%2Fpasswd",
        "/static/..%2Fpyproject.toml",
    ):
        res = signed_in.get(path)
        assert res.status_code == 404, path
        assert "root:" not in res.text and "[project]" not in res.text
    doc = signed_in.get(f"/reports/{hostile.review_id}/report.json").json()
    assert doc["kind"] == "monthly_review"


# -- writing --------------------------------------------------------------------------------
def _status(hostile) -> str:
    kb = KnowledgeBase.open(hostile.kb_url, create=False)
    try:
        return next(c["status"] for c in kb.changes() if c["id"] == hostile.change_id)
    finally:
        kb.close()


def test_a_write_needs_the_token_the_csrf_value_and_this_origin(client, hostile) -> None:
    url = f"/changes/{hostile.change_id}/status"
    csrf = Access.for_server(TOKEN, "127.0.0.1", PORT).csrf
    good = {"status": "done", "csrf": csrf}
    assert client.post(url, data=good).status_code == 401  # no token
    client.get(f"/?token={TOKEN}")
    assert client.post(url, data={"status": "done"}).status_code == 403  # no CSRF value
    assert client.post(url, data={**good, "csrf": "0" * 64}).status_code == 403
    other = {"Origin": "http://evil.example"}
    assert client.post(url, data=good, headers=other).status_code == 403
    assert client.post(url, data=good, headers={"Origin": "null"}).status_code == 403
    cross = {"Sec-Fetch-Site": "cross-site"}
    assert client.post(url, data=good, headers=cross).status_code == 403
    assert client.post(url, json=good).status_code == 415
    assert _status(hostile) == "proposed"  # nothing above changed it
    res = client.post(
        url,
        data={**good, "next": "//evil.example/x"},
        headers={"Origin": f"http://127.0.0.1:{PORT}", "Sec-Fetch-Site": "same-origin"},
    )
    assert res.status_code == 303 and res.headers["location"] == f"/kb#change-{hostile.change_id}"
    assert _status(hostile) == "done"
    res = client.post(url, data={**good, "status": "dropped", "next": "/kb?q=a#change-1"})
    assert res.headers["location"] == "/kb?q=a#change-1" and _status(hostile) == "dropped"
    assert client.post(url, data={**good, "status": "finished"}).status_code == 400
    assert client.post("/changes/999/status", data=good).status_code == 404
    assert client.get(url).status_code == 405  # reads never write


def test_a_monthly_action_status_is_set_the_same_way(client, hostile) -> None:
    from debrief.kb import actions_of

    url = f"/actions/{hostile.action_id}/status"
    good = {"status": "done", "csrf": Access.for_server(TOKEN, "127.0.0.1", PORT).csrf}
    assert client.post(url, data=good).status_code == 401
    client.get(f"/?token={TOKEN}")
    assert client.post(url, data={"status": "done", "csrf": "x"}).status_code == 403
    res = client.post(url, data=good)
    assert res.status_code == 303 and res.headers["location"] == f"/kb#action-{hostile.action_id}"
    kb = KnowledgeBase.open(hostile.kb_url, create=False)
    assert actions_of(kb)[0]["status"] == "done"  # through kb.set_action_status
    kb.close()
    page = client.get("/").text
    assert "1 done" in page and "pre-read delivered 1 of 1" in page and "read 0 of 1" in page


def test_a_signed_read_receipt_link_records_the_read_and_shows_nothing_without_the_token(
    client, hostile
) -> None:
    from debrief.cycle.receipts import receipt_token
    from debrief.kb import receipts_of

    good = receipt_token(hostile.delivery_id, SECRET)
    forged = receipt_token(hostile.delivery_id, "another-secret-0123456789")
    other = receipt_token(hostile.delivery_id + 1, SECRET)  # signed, but no such delivery
    for token in (forged, other, good[:-1] + ("A" if good[-1] != "A" else "B"), "1.x", "..%2Fkb"):
        assert client.get(f"/read/{token}").status_code == 404, token

    def reads() -> list[dict]:
        kb = KnowledgeBase.open(hostile.kb_url, create=False)
        try:
            return receipts_of(kb, "monthly:2026-07")
        finally:
            kb.close()

    assert reads() == []  # nothing above was recorded
    res = client.get(f"/read/{good}")  # the recipient, who has no access token
    assert res.status_code == 200 and "Thank you" in res.text
    assert "Monthly review" not in res.text and "&lt;script" not in res.text  # no data shown
    assert "ws.duckdb" not in res.text and 'href="/kb"' not in res.text
    assert [r["reads"] for r in reads()] == [1]
    client.get(f"/?token={TOKEN}")  # someone of the team: the link opens the review
    res = client.get(f"/read/{good}")
    assert res.status_code == 303 and res.headers["location"] == f"/reports/{hostile.review_id}"
    assert [r["reads"] for r in reads()] == [2]
    assert "read 1 of 1" in client.get("/").text


def test_read_receipts_are_off_without_a_secret(hostile) -> None:
    from starlette.testclient import TestClient

    from debrief.cycle.receipts import receipt_token
    from debrief.web import ServeConfig, create_app

    app = create_app(
        ServeConfig(
            workspace=hostile.workspace,
            kb_url=hostile.kb_url,
            access=Access.for_server(TOKEN, "127.0.0.1", PORT),
            warm=False,
        )
    )
    with TestClient(app, base_url=f"http://127.0.0.1:{PORT}") as c:
        assert c.get(f"/read/{receipt_token(hostile.delivery_id, SECRET)}").status_code == 404


# -- a real server: raw paths and Host headers as a browser or an attacker sends them ----------
@pytest.fixture
def server(app):
    import uvicorn

    from debrief.cli.serve import bind

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield port
    srv.should_exit = True
    thread.join(10)
    sock.close()


def _raw(port: int, path: str, host: str, token: str | None = TOKEN) -> tuple[int, str]:
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    con.putrequest("GET", path, skip_host=True)
    con.putheader("Host", host)
    if token:
        con.putheader("Authorization", f"Bearer {token}")
    con.endheaders()
    res = con.getresponse()
    body = res.read().decode("utf-8", "replace")
    con.close()
    return res.status, body


def test_raw_traversal_paths_and_foreign_host_headers_are_refused(server, hostile) -> None:
    # the app was built for port 8765 on loopback: any other Host header is refused (DNS
    # rebinding), so these requests name that address
    host = f"127.0.0.1:{PORT}"
    for path in (
        "/reports/1/../../../../etc/passwd",
        "/reports/../../pyproject.toml",
        "/campaigns/../../../etc/passwd",
        "/reports/1/%2e%2e/%2e%2e/pyproject.toml",
        "/../../etc/passwd",
    ):
        status, body = _raw(server, path, host)
        assert status in (400, 404), (path, status)
        assert "root:" not in body and "[project]" not in body
    # the receipt route needs no token: no path through it reaches another page
    for path in ("/read/../kb", "/read/..%2Fkb", "/read/1.x/../../kb", "/read/%2e%2e/kb"):
        status, body = _raw(server, path, host, token=None)
        assert status == 404, (path, status)
        assert "Lesson" not in body and "ws.duckdb" not in body
    assert _raw(server, "/", host)[0] == 200
    for evil in ("evil.example", f"evil.example:{PORT}", f"127.0.0.1.evil.example:{PORT}"):
        status, body = _raw(server, "/", evil)
        assert status == 400 and "Monthly review" not in body


def test_serving_changes_no_byte_of_the_workspace(signed_in, hostile) -> None:
    before = hashlib.sha256(Path(hostile.workspace).read_bytes()).hexdigest()
    for path in _pages(hostile):
        assert signed_in.get(path).status_code == 200
    assert hashlib.sha256(Path(hostile.workspace).read_bytes()).hexdigest() == before
