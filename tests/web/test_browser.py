"""A reader's path through ``debrief serve`` in a real browser: Debian's chromium driven by its
own chromedriver through Selenium (no downloaded browser or driver: Selenium Manager runs
offline and its cache folder must stay empty).

The server is the real command (``debrief serve --port 0``) over the demo workspace and a
knowledge base written by the real ``debrief postmortem`` and ``debrief monthly``. The reader
opens the printed address, follows to the October review (and drops one of its actions), a campaign
it names and that campaign across months, to the post-mortem, searches the knowledge base and marks
the change done — then the test reads the knowledge base to see both stored. Last, the pre-read
email's signed read-receipt link is opened without the access token (the read is recorded, no
data shown), then by the team (it opens the review). Screenshots at 1280 and 390 px wide are saved
in test-output/web/ for people to look at.

The browser and the screenshots come from tests/conftest.py (``browser``, ``screenshots``), shared
with the report's own browser test. Locally the test skips when chromium or chromedriver is
missing; in CI (CI=true) it fails.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debrief.cli.main import app as cli
from debrief.cycle.receipts import receipt_url
from debrief.kb import KnowledgeBase, actions_of, deliveries_of, receipts_of
from debrief.kb.outbox import finish, plan_delivery

SECRET = "browser-receipt-secret-0123456789"
runner = CliRunner()


@pytest.fixture(scope="module")
def history(demo_ws_path: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A knowledge base as a team leaves it: a post-mortem and two monthly reviews."""
    out = tmp_path_factory.mktemp("web-history")
    kb = f"sqlite:///{out / 'kb.sqlite'}"
    runs = [
        ("postmortem", "FL-OFFER", "--as-of", "2026-08-23", "--out", str(out / "pm")),
        ("monthly", "--month", "2026-09", "--as-of", "2026-10-04", "--out", str(out / "sep")),
        ("monthly", "--month", "2026-10", "--as-of", "2026-11-04", "--out", str(out / "oct")),
    ]
    for args in runs:
        stages = ("--stages", "campaign_performance,funnel_health") if args[0] == "monthly" else ()
        res = runner.invoke(cli, [*args, *stages, "-w", demo_ws_path, "--kb", kb])
        assert res.exit_code == 0, res.output
    # October's pre-read went out by email, as `debrief tick` sends it (the outbox's own functions)
    store = KnowledgeBase.open(kb, create=False)
    [october] = [
        r["id"]
        for r in store.list_reports()
        if r["kind"] == "monthly_review" and r["period_end"] == dt.date(2026, 10, 31)
    ]
    plan_delivery(
        store,
        key="monthly:2026-10:pre_read:email:ana@example.com",
        cycle="monthly:2026-10",
        kind="pre_read",
        channel="email",
        recipient="ana@example.com",
        due_on=dt.date(2026, 11, 4),
        subject="Pre-read: 2026-10 review",
        report_id=october,
        detail={"receipt": True},
    )
    [delivery] = deliveries_of(store)
    finish(store, delivery.id, "sent")
    store.close()
    return {"out": out, "kb": kb, "workspace": demo_ws_path, "delivery": delivery.id}


@pytest.fixture(scope="module")
def server(history: dict) -> Iterator[dict]:
    """``debrief serve`` as a user starts it; yields the address it printed."""
    exe = Path(sys.executable).with_name("debrief")
    env = {k: v for k, v in os.environ.items() if k != "DEBRIEF_SERVE_TOKEN"}
    env["DEBRIEF_RECEIPT_SECRET"] = SECRET
    proc = subprocess.Popen(
        [str(exe), "serve", "-w", history["workspace"], "--kb", history["kb"], "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    address, seen = None, []
    deadline = time.monotonic() + 60
    while address is None and time.monotonic() < deadline and proc.poll() is None:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        seen.append(line)
        m = re.match(r"Open (http://127\.0\.0\.1:\d+/\?token=\S+)", line)
        address = m.group(1) if m else None
    if address is None:
        proc.kill()
        pytest.fail("debrief serve printed no address:\n" + "".join(seen))
    base = address.split("/?")[0]
    try:
        yield {"address": address, "base": base, "token": address.rsplit("=", 1)[1]}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _get(server: dict, path: str) -> bytes:
    req = urllib.request.Request(
        server["base"] + path, headers={"Authorization": f"Bearer {server['token']}"}
    )
    with urllib.request.urlopen(req, timeout=30) as res:
        return res.read()


def test_a_reader_finds_the_reviews_the_post_mortem_and_changes_a_status(
    server: dict, browser, screenshots, history: dict
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    d = browser
    out = history["out"]
    october = json.loads((out / "oct" / "report.json").read_text())
    postmortem = json.loads((out / "pm" / "report.json").read_text())

    # Home, from the address the command printed; the token leaves the address bar
    d.get(server["address"])
    assert "token=" not in d.current_url
    assert d.find_element(By.TAG_NAME, "h1").text == "Reviews and post-mortems"
    reviews = [a.text for a in d.find_elements(By.CSS_SELECTOR, "#reviews h3 a")]
    assert reviews == ["2026-10 review", "2026-09 review"]  # newest first
    assert [a.text for a in d.find_elements(By.CSS_SELECTOR, "#post-mortems h3 a")] == [
        "FL-OFFER post-mortem"
    ]
    due = d.find_element(By.ID, "due").text
    assert "FL-REACH" in due and "FL-OFFER" not in due  # reviewed campaigns are not due
    shots = screenshots(d, "web", "home")

    # The October review: the report itself, every sentence of report.json on the page
    d.find_element(By.LINK_TEXT, "2026-10 review").click()
    assert d.find_element(By.TAG_NAME, "h1").text == "Monthly marketing review — 2026-10"
    page = d.find_element(By.CSS_SELECTOR, "article.report").text
    statements = [f["statement"] for s in october["stages"].values() for f in s["findings"]]
    assert statements and all(s in page for s in statements)
    rid = int(d.current_url.rstrip("/").rsplit("/", 1)[1].split("#")[0])
    html = _get(server, f"/reports/{rid}/report.html").decode()
    assert html == (out / "oct" / "report.html").read_text()  # the delivered file, byte for byte
    shots += screenshots(d, "web", "review")

    # The review's actions are tracked: drop the first one from the page
    row = d.find_element(By.CSS_SELECTOR, "#actions tr[id^=action-]")
    action_id = int(row.get_attribute("id").split("-")[1])
    assert row.find_element(By.CSS_SELECTOR, ".badge").text == "open"
    Select(row.find_element(By.NAME, "status")).select_by_value("dropped")
    row.find_element(By.ID, f"save-actions-{action_id}").click()
    WebDriverWait(d, 20).until(
        lambda d: d.current_url.endswith(f"/reports/{rid}#action-{action_id}")
    )
    row = d.find_element(By.ID, f"action-{action_id}")
    assert row.find_element(By.CSS_SELECTOR, ".badge").text == "dropped"
    kb = KnowledgeBase.open(history["kb"], create=False)
    assert {a["id"]: a["status"] for a in actions_of(kb)}[action_id] == "dropped"
    kb.close()

    # A finding names a campaign: follow it, then the campaign across months (a chart)
    d.find_element(By.PARTIAL_LINK_TEXT, "campaign AO-DISPLAY").click()
    assert d.find_element(By.TAG_NAME, "h1").text == "AO-DISPLAY"
    assert "2026-09 review" in d.find_element(By.TAG_NAME, "main").text
    shots += screenshots(d, "web", "campaign")
    d.find_element(By.LINK_TEXT, "This campaign across months").click()
    chart = d.find_element(By.ID, "compare-chart")
    assert d.execute_script("return arguments[0].naturalWidth", chart) > 0  # drawn under the CSP
    rows = d.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    assert [r.text.split()[0] for r in rows] == ["2026-09", "2026-10"]
    shots += screenshots(d, "web", "compare")

    # The post-mortem, from home
    d.find_element(By.LINK_TEXT, "Home").click()
    d.find_element(By.LINK_TEXT, "FL-OFFER post-mortem").click()
    assert "FL-OFFER" in d.find_element(By.TAG_NAME, "h1").text
    page = d.find_element(By.CSS_SELECTOR, "article.report").text
    assert postmortem["summary"]["insights"][0]["statement"] in page
    notice = d.find_element(By.CSS_SELECTOR, "div.notice[id^=change-]").text
    assert "Proposed change" in notice and "proposed" in notice  # agreed after the meeting
    shots += screenshots(d, "web", "postmortem")

    # The knowledge base: search, then mark the change done from the page
    d.find_element(By.LINK_TEXT, "Knowledge base").click()
    box = d.find_element(By.NAME, "q")
    box.send_keys("mobile")
    box.submit()
    found = d.find_element(By.ID, "findings").text
    assert "mobile devices" in found and "FL-OFFER post-mortem" in found
    d.find_element(By.LINK_TEXT, "clear").click()
    kb = KnowledgeBase.open(history["kb"], create=False)
    [change] = kb.changes()
    kb.close()
    row = d.find_element(By.ID, f"change-{change['id']}")
    assert row.find_element(By.CSS_SELECTOR, ".badge").text == "proposed"
    Select(row.find_element(By.NAME, "status")).select_by_value("done")
    row.find_element(By.ID, f"save-changes-{change['id']}").click()
    WebDriverWait(d, 20).until(lambda d: d.current_url.endswith(f"/kb#change-{change['id']}"))
    row = d.find_element(By.ID, f"change-{change['id']}")
    assert row.find_element(By.CSS_SELECTOR, ".badge").text == "done"
    kb = KnowledgeBase.open(history["kb"], create=False)
    assert kb.changes()[0]["status"] == "done"  # stored, through the CLI's own function
    kb.close()
    shots += screenshots(d, "web", "kb")

    # The pre-read's signed link, opened by its recipient (no access token: a fresh browser
    # session), records the read and shows no data; a reader of the team lands on the review
    link = receipt_url(server["base"], history["delivery"], SECRET)
    d.delete_all_cookies()
    d.get(link)
    assert d.find_element(By.TAG_NAME, "h1").text == "Thank you"
    body = d.find_element(By.TAG_NAME, "body").text
    assert "Monthly marketing review" not in body and history["workspace"] not in body
    assert not d.find_elements(By.LINK_TEXT, "Knowledge base")
    shots += screenshots(d, "web", "read-receipt")
    kb = KnowledgeBase.open(history["kb"], create=False)
    assert [(r["recipient"], r["reads"]) for r in receipts_of(kb, "monthly:2026-10")] == [
        ("ana@example.com", 1)
    ]
    kb.close()
    d.get(server["address"])  # signed in again
    d.get(link)
    assert d.find_element(By.TAG_NAME, "h1").text == "Monthly marketing review — 2026-10"
    d.find_element(By.LINK_TEXT, "Home").click()
    assert "read 1 of 1" in d.find_element(By.ID, "reviews").text

    errors = [e for e in d.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors  # no blocked resource, no failed request
    assert all(p.stat().st_size > 10_000 for p in shots)
