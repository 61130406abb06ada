"""report.html as its readers open it: the demo's October review and FL-OFFER post-mortem in a real
browser (Debian's chromium through Selenium, the ``browser`` fixture the web app's tests use) at
1280 px (a laptop) and 390 px (a phone).

Through the DOM: the page never scrolls sideways; every KPI tile's value and target status and every
column of the action plan is on screen — inside the window and not clipped by a scrolling box — at
both widths.
Screenshots go to test-output/report/ for people to look at.

Locally the test skips when chromium or chromedriver is missing; in CI (CI=true) it fails.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from debrief.engine import Request, run
from debrief.render import write_report

pytestmark = pytest.mark.slow

AS_OF = dt.date(2026, 11, 23)

#: Why an element is not on screen, or "" when it is: zero size, outside the window, or cut off
#: by an ancestor that clips or scrolls (a wide table's box).
OFF_SCREEN_JS = """
const el = arguments[0];
const r = el.getBoundingClientRect();
if (r.width === 0 || r.height === 0) return 'no size';
if (r.left < -1 || r.right > window.innerWidth + 1) return 'outside the window';
for (let p = el.parentElement; p; p = p.parentElement) {
  const s = getComputedStyle(p);
  if (s.display === 'none' || s.visibility === 'hidden') return 'hidden';
  if (s.overflowX !== 'visible') {
    const b = p.getBoundingClientRect();
    if (r.left < b.left - 1 || r.right > b.right + 1) return 'clipped by a scrolling box';
  }
}
return '';
"""


@pytest.fixture(scope="module")
def pages(demo_ws_path: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("report-html")
    kb = f"sqlite:///{out / 'absent.sqlite'}"
    requests = {
        "monthly": Request(
            kind="monthly_review", workspace=demo_ws_path, month="2026-10", as_of=AS_OF, kb=kb
        ),
        "postmortem": Request(
            kind="post_mortem", workspace=demo_ws_path, campaign_id="FL-OFFER", as_of=AS_OF, kb=kb
        ),
    }
    return {
        name: write_report(run(req), out / name, ("html",))["report.html"]
        for name, req in requests.items()
    }


def _off_screen(driver, css: str) -> list[str]:
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.CSS_SELECTOR, css)
    assert found, f"nothing matches {css}"
    driver.execute_script("document.querySelectorAll('.tbl').forEach(b => b.scrollLeft = 0)")
    problems = []
    for el in found:
        # to the element's height only, as a reader scrolls: never sideways inside a box
        driver.execute_script(
            "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY"
            " - window.innerHeight / 2)",
            el,
        )
        why = driver.execute_script(OFF_SCREEN_JS, el)
        if why:
            problems.append(f"{el.get_attribute('data-label')}={el.text!r}: {why}")
    return problems


@pytest.mark.parametrize("name", ["monthly", "postmortem"])
def test_report_html_reads_on_a_laptop_and_a_phone(
    name: str, pages: dict[str, Path], browser, screenshots
) -> None:
    d = browser
    d.get(pages[name].as_uri())
    shots = screenshots(d, "report", name)  # also: the page never scrolls sideways
    assert all(p.stat().st_size > 10_000 for p in shots)
    for width in (1280, 390):
        d.set_window_size(width, 900)
        kpis = _off_screen(d, "#summary .kpis .tile .val, #summary .kpis .tile .st")
        assert not kpis, f"KPI values off screen at {width} px: {kpis[:5]}"
        actions = _off_screen(d, "#summary .actions td")
        assert not actions, f"action columns off screen at {width} px: {actions[:5]}"
    d.set_window_size(1280, 900)


def test_ci_run_makes_a_missing_browser_a_failure(monkeypatch) -> None:
    """Under .ci/run a missing chromium fails the browser tests instead of skipping them, whether
    or not the CI runner sets CI=true; locally it skips."""
    from tests.conftest import browser_unavailable

    ci_run = Path(__file__).resolve().parents[2] / ".ci" / "run"
    assert 'export CI="${CI:-true}"' in ci_run.read_text(encoding="utf-8")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        browser_unavailable("chromium is missing")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        browser_unavailable("chromium is missing")
