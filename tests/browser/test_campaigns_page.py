"""The dashboard's campaigns panel in a real browser (Debian's Chromium through Playwright)."""

from __future__ import annotations

import json
import random
from typing import Any, Iterator

import pytest

from chalicelib import campaigns, dashboard
from chalicelib.analysis import analyze
from chalicelib.settings import Settings, get_settings, override_settings
from chalicelib.store import get_store
from tests.support.live_server import ARTIFACTS, LiveServer, browser_missing, launch_chromium, wait_until
from tests.support.scam_campaigns import CAMPAIGNS, render

MISSING = browser_missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

DASHBOARD_TOKEN = "dash-token-campaigns-page"


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    settings = Settings.from_env({"DASHBOARD_TOKEN": DASHBOARD_TOKEN, "LIVE_UPDATES_WINDOW_SECONDS": "2"})
    with LiveServer(settings) as live:
        yield live
    override_settings(None)
    dashboard.clear_cache()  # the page loaded /api/dashboard: its 30 s cache must not serve the next module


@pytest.fixture(autouse=True)
def clean_environ(server: LiveServer) -> Iterator[None]:
    """Keep this module's server settings (and its embedded store) for every test."""
    server.install_settings()
    yield


@pytest.fixture(scope="module")
def page(server: LiveServer) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    store, settings = get_store(), get_settings()
    rng = random.Random(3)
    callers = []
    for i in range(12):
        call = render(CAMPAIGNS[i % 2], rng)  # two campaigns: windows support, amazon purchase
        callers.append(call.caller)
        store.execute("hset", f"hl:call:CAPAGE{i}", "_from", json.dumps(call.caller))
        campaigns.record_detection(store, settings, f"CAPAGE{i}", "call", call.text, analyze(call.text))
    store.pipeline(campaigns.agent_report_commands(store, settings, "CAPAGE0", seconds=754, success=True,
                                                   ended_reason="customer-ended-call",
                                                   intelligence={"payment_methods": ["Google Play gift card"]}))
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        assert context.request.post(f"{server.url}/api/login", data={"token": DASHBOARD_TOKEN}).status == 204
        tab = context.new_page()
        tab.set_default_timeout(8000)
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.goto(server.url + "/")
        # Polled from Python: a plain-expression wait_for_function needs eval, which the page's CSP forbids.
        wait_until(tab, "window.honeylineCampaigns && window.honeylineCampaigns.loads > 0")
        tab.callers = callers  # type: ignore[attr-defined]
        yield tab
        browser.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


def test_top_campaigns_with_timeline_and_minutes(page: Any) -> None:
    items = page.locator("#campaigns > li")
    assert items.count() == 2
    text = page.locator(".campaigns-panel").inner_text()
    assert "12 detection(s)" in text and "12.6 min of scammer time wasted" in text
    first = items.first
    assert "6 this week" in first.inner_text() and first.locator(".spark rect").count() == 7
    assert "*" in first.locator(".numbers").inner_text()
    assert "12.6 min" in page.locator(".wasted").first.inner_text() or "12.6 min" in page.locator(".wasted").last.inner_text()
    for caller in page.callers:
        assert caller not in text and caller[2:] not in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(".campaigns-panel").screenshot(path=str(ARTIFACTS / "campaigns-panel.png"))


def test_ftc_report_opens_from_the_panel(page: Any) -> None:
    item = page.locator("#campaigns > li").first
    item.locator("summary").click()
    item.locator(".report-button").click()
    report = item.locator("pre.report")
    report.wait_for(state="visible")
    page.wait_for_function("el => el.textContent.includes('Date and time')", arg=report.element_handle())
    assert "Numbers they asked people to call back: +1" in report.inner_text()


def test_blocklist_download_carries_the_token(page: Any) -> None:
    with page.expect_download() as info:
        page.locator(".campaign-exports button[data-export='csv']").click()
    body = open(info.value.path(), encoding="utf-8").read()
    assert body.startswith("number,first_seen,last_seen,times_seen,campaign,company,scam_type,confidence")
    assert body.count("\n") >= 3
