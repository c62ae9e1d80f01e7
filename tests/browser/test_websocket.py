"""The dashboard on WebSocket push, in real Chromium, through the loopback API Gateway stand-in.

One app server (the ``make run`` stack) and one :class:`~chalicelib.local_gateway.LocalWebsocketGateway`
for the module, wired as a deployment is: ``WEBSOCKET_URL`` is the gateway's socket address
and ``WEBSOCKET_MANAGEMENT_URL`` its Management API. The page finds the socket through
``POST /api/live-ticket``; nothing here touches the page's internals except to read
``window.honeyline`` (what reached the DOM) and to flip Page Visibility.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any, Iterator

import httpx
import pytest

import app as app_module
from chalicelib.demo import sign
from chalicelib.events import EventBus
from chalicelib.local_gateway import LocalWebsocketGateway
from chalicelib.redaction import mask_phone
from chalicelib.settings import Settings, get_settings, override_settings
from chalicelib.store import get_store
from tests.support.live_server import LiveServer, browser_missing, wait_until

MISSING = browser_missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

DASHBOARD_TOKEN = "dash-token-ws-browser"
TWILIO_TOKEN = "twilio-auth-token-ws-browser"
HONEYPOT = "+14155550100"
CALLER = "+12025550163"

HIDE = """() => {
  Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
  Object.defineProperty(document, "hidden", { value: true, configurable: true });
  document.dispatchEvent(new Event("visibilitychange"));
}"""
SHOW = """() => {
  Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
  Object.defineProperty(document, "hidden", { value: false, configurable: true });
  document.dispatchEvent(new Event("visibilitychange"));
}"""


@pytest.fixture(scope="module")
def gateway() -> Iterator[LocalWebsocketGateway]:
    with LocalWebsocketGateway(app_module) as running:
        yield running


@pytest.fixture(scope="module")
def server(gateway: LocalWebsocketGateway) -> Iterator[LiveServer]:
    settings = Settings.from_env({
        "DASHBOARD_TOKEN": DASHBOARD_TOKEN, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "TWILIO_PHONE_NUMBER": HONEYPOT,
        "TRANSCRIPTION_WAIT_SECONDS": "900", "EVENTS_MAX_LEN": "1000", "LIVE_UPDATES_WINDOW_SECONDS": "2",
        "WEBSOCKET_URL": gateway.ws_url, "WEBSOCKET_MANAGEMENT_URL": gateway.management_url,
    })
    with LiveServer(settings) as live:
        yield live
    override_settings(None)


@pytest.fixture(autouse=True)
def clean_environ(server: LiveServer) -> Iterator[None]:
    """Keep this module's settings (and its store) for every test (see tests/browser/test_page.py)."""
    server.install_settings()
    yield


@pytest.fixture
def page(browser: Any, server: LiveServer) -> Iterator[Any]:
    """A fresh context, logged in (session cookie); HTTP requests recorded; page errors and CSP violations fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    assert context.request.post(f"{server.url}/api/login", data={"token": DASHBOARD_TOKEN}).status == 204
    opened = context.new_page()
    opened.set_default_timeout(8000)
    errors: list[str] = []
    opened.requests = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    opened.on("request", lambda request: opened.requests.append(request.url))
    yield opened
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"
    assert not [u for u in opened.requests if DASHBOARD_TOKEN in u or "token=" in u], "the token travelled in a URL"


def publish(**data: Any) -> str:
    return EventBus(get_store(), get_settings()).publish("incoming_call", data).id


def socket_open(page: Any) -> None:
    from playwright.sync_api import expect

    expect(page.locator("#mode")).to_have_text("live (WebSocket)")
    wait_until(page, "window.honeyline.cursor !== null")


def arrived(page: Any) -> list[str]:
    return page.evaluate("window.honeyline.arrivals.map(a => a.id)")


def wait_for_arrivals(page: Any, ids: list[str], timeout: float = 15) -> list[str]:
    wanted = set(ids)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = arrived(page)
        if wanted <= set(got):
            return got
        time.sleep(0.1)
    return arrived(page)


def test_a_webhook_reaches_the_page_over_the_websocket(server: LiveServer, gateway: LocalWebsocketGateway, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(server.url + "/")
    socket_open(page)
    sid = "CA" + uuid.uuid4().hex
    params = {"AccountSid": "AC" + "0" * 32, "CallSid": sid, "CallStatus": "ringing", "Direction": "inbound",
              "From": CALLER, "To": HONEYPOT}
    url = f"{server.url}/api/twilio-webhook?type=voice"
    posts = gateway.stats["post"]
    sent = time.time() * 1000
    response = httpx.post(url, data=params, headers={"X-Twilio-Signature": sign(TWILIO_TOKEN, url, params)}, timeout=10)
    assert response.status_code == 200
    item = page.locator(f"#feed .feed-item[data-subject={sid}]")
    expect(item).to_contain_text(f"Call from {mask_phone(CALLER)}", timeout=4000)
    took = page.evaluate("sid => window.honeyline.arrivals.find(a => a.subject === sid).at", sid) - sent
    assert took < 2000, f"{took:.0f} ms from webhook to page"
    assert gateway.stats["post"] > posts  # pushed through the Management API, not polled
    assert not [u for u in page.requests if "live-updates" in u], "the page used SSE or polling"
    assert [u for u in page.requests if u.endswith("/api/live-ticket")]
    assert page.locator("#mode").inner_text() == "live (WebSocket)"


def test_sockets_dropped_mid_stream_lose_and_repeat_nothing_over_200_events(
    server: LiveServer, gateway: LocalWebsocketGateway, page: Any
) -> None:
    page.goto(server.url + "/")
    socket_open(page)
    start = len(arrived(page))
    published: list[str] = []
    drops = 0
    for i in range(200):
        published.append(publish(callSid=f"CA{uuid.uuid4().hex[:8]}{i:03d}"))
        if i in (60, 140):  # cut the socket as a lost network does; the page reconnects and resumes
            deadline = time.monotonic() + 10
            while not gateway.connections and time.monotonic() < deadline:  # the page reconnects after a drop
                time.sleep(0.02)
            [connection_id] = list(gateway.connections)
            gateway.drop(connection_id)
            drops += 1
        if i % 10 == 0:
            time.sleep(0.02)
    got = wait_for_arrivals(page, published)
    shown = [event_id for event_id in got[start:] if event_id in set(published)]
    assert drops == 2 and gateway.stats["$disconnect"] >= 2
    assert shown == published, f"{len(set(published) - set(shown))} lost, {len(shown) - len(set(shown))} repeated"
    socket_open(page)


def test_a_wrong_ticket_is_refused_and_the_page_falls_back_to_sse(server: LiveServer, gateway: LocalWebsocketGateway, page: Any) -> None:
    from playwright.sync_api import expect

    def forged(route: Any) -> None:
        answer = route.fetch()
        body = answer.json()
        body["ticket"] = body["ticket"][:-6] + "000000"  # a signature that does not match
        route.fulfill(response=answer, body=json.dumps(body))

    page.route("**/api/live-ticket", forged)
    refused = gateway.stats["refused"]
    page.goto(server.url + "/")
    expect(page.locator("#mode")).to_have_text("live (SSE)", timeout=15000)
    assert gateway.stats["refused"] - refused == 2  # two refused connects, then SSE
    assert page.evaluate("window.honeyline.socket") is None
    sid = publish(callSid="CA" + uuid.uuid4().hex)
    assert sid in wait_for_arrivals(page, [sid])


def test_a_hidden_tab_sends_nothing_and_catches_up_when_shown(server: LiveServer, gateway: LocalWebsocketGateway, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(server.url + "/")
    socket_open(page)
    page.evaluate(HIDE)
    expect(page.locator("#mode")).to_have_text("paused (tab hidden)")
    deadline = time.monotonic() + 5
    while gateway.connections and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gateway.connections == {}, "the hidden tab kept its socket"
    requests, stats = len(page.requests), dict(gateway.stats)
    received = len(gateway.received)
    while_hidden = [publish(callSid=f"CAhidden{i}") for i in range(5)]
    time.sleep(2.5)  # longer than SSE's reconnect and any backoff: a busy page would have said something
    assert page.requests[requests:] == [], f"a hidden tab made requests: {page.requests[requests:]}"
    assert gateway.received[received:] == [] and gateway.stats["$connect"] == stats["$connect"]
    assert gateway.stats["post"] == stats["post"]  # no socket to push to: nothing sent
    page.evaluate(SHOW)
    socket_open(page)
    got = wait_for_arrivals(page, while_hidden)
    assert [i for i in got if i in while_hidden] == while_hidden
