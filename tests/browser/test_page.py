"""The dashboard page in a real browser (Debian's Chromium through Playwright) against a real server.

One server for the module (embedded store, ``DASHBOARD_TOKEN`` set, signed Twilio
webhooks, a 2 s live-updates window, a loopback VAPI and a loopback Twilio REST API
serving a real MP3), one browser context per test. What a user would see is checked
through the DOM; screenshots land in ``artifacts/`` (git-ignored) for a human to look
at; ``make screenshot`` copies the dashboard's into ``docs/`` for the README.
Tests that swap the server's settings come last: a new store starts empty.
"""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from chalicelib.demo import SCAM_TRANSCRIPT, SMISHING_TEXT, sign
from chalicelib.events import EventBus
from chalicelib.redaction import mask_phone
from chalicelib.settings import Settings, get_settings, override_settings
from chalicelib.store import get_store
from tests.support.live_server import ARTIFACTS, LiveServer, browser_missing, wait_until
from tests.support.twilio_api import FakeTwilioApi
from tests.support.vapi import FakeVapi

MISSING = browser_missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

DASHBOARD_TOKEN = "dash-token-4f9c2e"
TWILIO_TOKEN = "twilio-auth-token-browser-tests"
VAPI_SECRET = "vapi-secret-browser-tests"
HONEYPOT = "+14155550100"
CALLER = "+12025550147"
TEXTER = "+13055550188"
SMISHER = "+13055550199"
CALLBACK = "+18885550142"  # spoken in SCAM_TRANSCRIPT as "1 888 555 0142"
AGENT_SAID = "+18885550177"  # a number inside the agent's transcript excerpt
CLEAR_FORMS = [HONEYPOT, CALLER, TEXTER, SMISHER, CALLBACK, AGENT_SAID, "4155550100", "2025550147", "3055550188",
               "3055550199", "8885550142", "888 555 0142", "888-555-0177", "8885550177"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
MP3 = (Path(__file__).resolve().parents[1] / "events" / "twilio_recording.mp3").read_bytes()
AUDIO_PLAYS = "sel => { const a = document.querySelector(sel); return a && a.readyState >= 1 && a.duration > 0; }"


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def vapi(vapi_server: FakeVapi) -> FakeVapi:
    """The session's loopback VAPI, kept for the whole module (its calls feed several tests)."""
    return vapi_server


@pytest.fixture(scope="module")
def twilio_api() -> Iterator[FakeTwilioApi]:
    with FakeTwilioApi(auth_token=TWILIO_TOKEN) as api:
        yield api


def server_env(twilio_api: FakeTwilioApi, **extra: str) -> dict[str, str]:
    return {
        "DASHBOARD_TOKEN": DASHBOARD_TOKEN, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "TWILIO_PHONE_NUMBER": HONEYPOT,
        "TWILIO_ACCOUNT_SID": twilio_api.account_sid, "TWILIO_API_BASE": twilio_api.url,
        "LIVE_UPDATES_WINDOW_SECONDS": "2", "TRANSCRIPTION_WAIT_SECONDS": "900", **extra,
    }


@pytest.fixture(scope="module")
def server(vapi: FakeVapi, twilio_api: FakeTwilioApi) -> Iterator[LiveServer]:
    settings = Settings.from_env(server_env(
        twilio_api, VAPI_API_KEY=vapi.api_key, VAPI_BASE_URL=vapi.url, VAPI_PHONE_NUMBER_ID="pn_honeyline",
        VAPI_WEBHOOK_SECRET=VAPI_SECRET, VAPI_TIMEOUT_SECONDS="2"))
    with LiveServer(settings) as live:
        yield live
    override_settings(None)


@pytest.fixture(autouse=True)
def clean_environ(server: LiveServer) -> Iterator[None]:
    """Overrides the conftest fixture of this name, which forgets the installed settings before
    every test: this module's server keeps serving from the same settings (and store) throughout.
    The dashboard's 30 s cache is emptied too: a test that installs other settings (no VAPI, a
    dead Redis) must not be served the figures a previous test's page cached."""
    from chalicelib import dashboard

    server.install_settings()
    dashboard.clear_cache()
    yield


@pytest.fixture
def open_page(browser: Any, server: LiveServer) -> Iterator[Any]:
    """``open_page(viewport, token=...)``: a fresh context (empty storage); page errors fail the test.

    Every URL the page requests is checked afterwards: the dashboard token never travels in one
    (API Gateway's access logs keep query strings), and the CSP is never violated.
    """
    contexts, errors, urls = [], [], []

    def make(viewport: dict[str, int] = DESKTOP, *, token: str | None = DASHBOARD_TOKEN) -> Any:
        context = browser.new_context(viewport=viewport)
        if token:  # as if the operator had logged in before: the session cookie is set
            response = context.request.post(f"{server.url}/api/login", data={"token": token})
            assert response.status == 204, response.text()
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(8000)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
        page.on("request", lambda request: urls.append(request.url))
        return page

    yield make
    for context in contexts:
        context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"
    assert not [u for u in urls if DASHBOARD_TOKEN in u or "token=" in u], "the token travelled in a URL"


# ----------------------------------------------------------------------------- helpers
def _sid(prefix: str) -> str:
    return prefix + uuid.uuid4().hex


def send(server: LiveServer, kind: str, params: dict[str, str]) -> float:
    """POST a signed Twilio webhook; returns the wall-clock ms when it was sent."""
    url = f"{server.url}/api/twilio-webhook?type={kind}"
    sent = time.time() * 1000
    response = httpx.post(url, data=params, headers={"X-Twilio-Signature": sign(TWILIO_TOKEN, url, params)}, timeout=10)
    assert response.status_code == 200, response.text
    return sent


def call_params(sid: str, caller: str, status: str) -> dict[str, str]:
    return {"AccountSid": "AC" + "0" * 32, "CallSid": sid, "CallStatus": status, "Direction": "inbound",
            "From": caller, "To": HONEYPOT, "FromCountry": "US"}


def sms_params(sender: str, body: str) -> dict[str, str]:
    return {"AccountSid": "AC" + "0" * 32, "MessageSid": _sid("SM"), "From": sender, "To": HONEYPOT,
            "Body": body, "NumMedia": "0", "FromCountry": "US"}


def events(kind: str) -> list[dict[str, Any]]:
    found = EventBus(get_store(), get_settings()).read_since(None, 1000)[0]
    return [e.data for e in found if e.type == kind]


def screenshot(page: Any, name: str, *, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def voicemail(server: LiveServer, twilio_api: FakeTwilioApi, transcript: str, caller: str = CALLER) -> tuple[str, str]:
    """A whole voicemail, as Twilio sends it; its recording is on the loopback Twilio. Returns (call, recording)."""
    sid, recording = _sid("CA"), _sid("RE")
    twilio_api.recordings[recording] = MP3
    recording_url = f"https://api.twilio.com/2010-04-01/Accounts/{twilio_api.account_sid}/Recordings/{recording}"
    send(server, "voice", call_params(sid, caller, "ringing"))
    send(server, "recording-status", {"CallSid": sid, "RecordingSid": recording, "RecordingUrl": recording_url,
                                      "RecordingStatus": "completed", "RecordingDuration": "38"})
    send(server, "transcription", {"CallSid": sid, "RecordingSid": recording, "TranscriptionSid": _sid("TR"),
                                   "TranscriptionStatus": "completed", "TranscriptionText": transcript})
    send(server, "status", {**call_params(sid, caller, "completed"), "CallDuration": "47"})
    return sid, recording


def line(page: Any, sid: str) -> Any:
    return page.locator(f"#feed li[data-subject={sid}]")


# ----------------------------------------------------------------------------- tests
def test_an_empty_dashboard_says_what_to_do_next(server: LiveServer, open_page: Any) -> None:
    from playwright.sync_api import expect

    page = open_page()
    favicon = []
    page.on("response", lambda r: favicon.append((r.status, r.headers.get("content-type"))) if "favicon" in r.url else None)
    page.goto(server.url + "/")
    expect(page.locator("#feed-empty")).to_contain_text(f"No calls yet. Call {mask_phone(HONEYPOT)}")
    expect(page.locator("#feed-empty code")).to_have_text("make demo")
    expect(page.locator("#scams-empty")).to_contain_text("No scams detected yet. make demo sends a sample scam voicemail")
    expect(page.locator("#conversations-empty")).to_contain_text("the agent calls back when a scam leaves a callback number")
    expect(page.locator("#stat-rate")).to_have_text("—")  # no conversations: no rate, not 0%
    expect(page.locator("#stat-conversations")).to_have_text("0")
    expect(page.locator("#banner")).to_be_hidden()
    expect(page.locator("#chart-title")).to_have_text("Calls, SMS and scams per day")
    assert page.locator("#chart svg").get_attribute("aria-labelledby") == "chart-title chart-caption"
    expect(page.locator("#chart-caption")).to_contain_text("Last 14 days")
    assert favicon == [(200, "image/svg+xml")], favicon  # the page names its icon: no 403 for /favicon.ico


def test_asks_for_the_token_then_shows_stats_and_a_live_call_over_sse(server: LiveServer, open_page: Any) -> None:
    from playwright.sync_api import expect

    page = open_page(token=None)
    page.goto(server.url + "/")
    dialog = page.locator("#token-dialog")
    expect(dialog).to_be_visible()
    page.fill("#token-input", "not-the-token")
    page.click("#token-form button[type=submit]")
    expect(page.locator("#token-error")).to_contain_text("refused")
    page.fill("#token-input", DASHBOARD_TOKEN)
    page.click("#token-form button[type=submit]")
    expect(dialog).to_be_hidden()
    expect(page.locator("#stat-scams")).to_have_text(re.compile(r"^\d+$"))
    expect(page.locator("#stat-rate")).to_have_text(re.compile(r"^(\d+%|—)$"))
    expect(page.locator("#honeypot-number")).to_have_text(mask_phone(HONEYPOT))
    expect(page.locator("#detection")).to_contain_text("detection active")
    expect(page.locator("#mode")).to_have_text("live (SSE)")

    active_before = int(page.locator("#stat-active").inner_text())
    sid = _sid("CA")
    sent = send(server, "voice", call_params(sid, CALLER, "ringing"))
    item = page.locator("#feed .feed-item").first
    expect(item).to_contain_text(f"Call from {mask_phone(CALLER)}", timeout=4000)
    expect(item.locator(".feed-stages")).to_have_text("incoming")
    assert item.get_attribute("data-subject") == sid
    arrived = page.evaluate("sid => window.honeyline.arrivals.find(a => a.subject === sid).at", sid)
    assert arrived - sent < 3000, f"the call took {arrived - sent:.0f} ms to reach the page"
    expect(page.locator(".toast").first).to_contain_text(f"Incoming call from {mask_phone(CALLER)}")
    expect(page.locator("#stat-active")).to_have_text(str(active_before + 1))
    expect(page.locator("#active-calls")).to_contain_text(mask_phone(CALLER))
    assert page.locator("#mode").inner_text() == "live (SSE)"

    page.reload()  # the session is remembered: no second prompt
    expect(page.locator("#mode")).to_have_text("live (SSE)")
    expect(dialog).to_be_hidden()
    # The session cookie is HttpOnly and the token is kept nowhere a script (or an XSS) can read it.
    assert DASHBOARD_TOKEN not in page.evaluate("document.cookie + JSON.stringify(localStorage)")
    cookie = next(c for c in page.context.cookies() if c["name"] == "honeyline_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and DASHBOARD_TOKEN not in cookie["value"]


def test_falls_back_to_polling_when_sse_is_blocked(server: LiveServer, open_page: Any) -> None:
    from playwright.sync_api import expect

    page = open_page()
    polls: list[str] = []

    def only_polling(route: Any) -> None:
        if "mode=poll" in route.request.url:
            polls.append(route.request.url)
            route.continue_()
        else:  # what a proxy that breaks text/event-stream looks like to the browser
            route.abort()

    page.route("**/api/live-updates*", only_polling)
    page.goto(server.url + "/")
    expect(page.locator("#mode")).to_have_text("polling")
    wait_until(page, "window.honeyline.cursor !== null")

    send(server, "sms", sms_params(TEXTER, "Hey it's Sam, running 10 min late, save me a seat"))
    sms = page.locator("#feed .feed-item[data-channel=sms]", has_text=f"SMS from {mask_phone(TEXTER)}")
    expect(sms).to_have_count(1, timeout=8000)
    expect(sms.locator(".feed-quote")).to_have_text("“Hey it's Sam, running 10 min late, save me a seat”")
    expect(sms.locator(".feed-stages")).to_have_text(re.compile(r"^received → not a scam \(\d+%\)$"))
    expect(page.locator(".toast").first).to_contain_text(mask_phone(TEXTER))
    assert page.locator("#mode").inner_text() == "polling"
    assert polls and all("since=" in url for url in polls[1:]), polls


def test_a_processed_scam_is_listed_filtered_and_opened_with_masked_numbers_only(
    server: LiveServer, open_page: Any, vapi: FakeVapi, twilio_api: FakeTwilioApi
) -> None:
    from playwright.sync_api import expect

    page = open_page()
    page.goto(server.url + "/")
    expect(page.locator("#mode")).to_have_text("live (SSE)")

    sid, recording = voicemail(server, twilio_api, SCAM_TRANSCRIPT)
    send(server, "sms", sms_params(SMISHER, SMISHING_TEXT))

    # One line per call, updated in place as the pipeline moves.
    expect(line(page, sid)).to_have_count(1)
    expect(line(page, sid).locator(".feed-stages")).to_have_text(
        re.compile(r"^incoming → recorded 38 s → transcribed → scam: Microsoft, \d+% → agent calling \+1\*+0142$"))
    expect(line(page, sid).locator(".feed-text")).to_have_text(f"Call from {mask_phone(CALLER)}")
    expect(line(page, sid).locator("time")).to_have_text("just now")
    assert str(time.gmtime().tm_year) in (line(page, sid).locator("time").get_attribute("title") or "")

    # A second voicemail to the same number while the agent is still on the line: refused, and why.
    refused, _ = voicemail(server, twilio_api, SCAM_TRANSCRIPT)
    expect(line(page, refused).locator(".feed-stages")).to_contain_text("agent refused: ")
    [failure] = [e for e in events("vapi_call_failed") if e.get("callSid") == refused]
    expect(line(page, refused).locator(".feed-stages")).to_contain_text(failure["reason"].replace("_", " "))

    scam = page.locator("#scams li", has_text="Microsoft").first
    expect(scam).to_contain_text(f"callback {mask_phone(CALLBACK)}")
    expect(scam).to_contain_text("IT support")
    expect(scam.locator("time")).to_have_text("just now")
    expect(page.locator("#scams li", has_text="USPS").first).to_be_visible()

    # Filters: by channel, then by scam type.
    page.click("#filter-channel button[data-channel=sms]")
    expect(page.locator("#scams li", has_text="Microsoft")).to_have_count(0)
    assert set(page.locator("#scams li").evaluate_all("items => items.map(i => i.dataset.channel)")) == {"sms"}
    page.click("#filter-channel button[data-channel=call]")
    expect(page.locator("#scams li", has_text="USPS")).to_have_count(0)
    expect(page.locator("#scams li", has_text="Microsoft").first).to_be_visible()
    page.click("#filter-channel button[data-channel=all]")
    page.click("#filter-type button[data-type=delivery]")
    assert set(page.locator("#scams li").evaluate_all("items => items.map(i => i.dataset.scamType)")) == {"delivery"}
    page.click("#filter-type button[data-type=all]")

    # The transcript view: the agent's real status, and the voicemail plays from our own route.
    page.locator("#scams li", has_text="Microsoft").last.locator("button").click()
    dialog = page.locator("#scam-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("#scam-details")).to_contain_text("Microsoft")
    expect(dialog.locator("#scam-details")).to_contain_text(mask_phone(CALLBACK))
    expect(dialog.locator("#scam-details")).to_contain_text("Reasoning")
    expect(dialog.locator("#scam-details")).to_contain_text(re.compile(r"Agentcalling \+1\*+0142"))
    expect(dialog.locator("#scam-transcript")).to_contain_text("Microsoft Windows technical support")
    page.wait_for_function(AUDIO_PLAYS, arg="#scam-audio audio")
    assert (dialog.locator("audio").get_attribute("src") or "").startswith("blob:")  # no token, no Twilio URL
    assert any(r.path.endswith(f"/Recordings/{recording}.mp3") and r.authorized for r in twilio_api.requests)
    screenshot(page, "dashboard-transcript.png", full_page=False)
    dialog.locator("button[aria-label=Close]").click()
    expect(dialog).to_be_hidden()

    # The agent called the scammer back; its end-of-call report shows up as a conversation.
    [started] = [e for e in events("vapi_call_started") if e.get("callSid") == sid]
    recording_url = vapi.store_recording(f"{started['agentCallId']}-mono.mp3", MP3, "audio/mpeg")
    report = {"message": {
        "type": "end-of-call-report", "call": {"id": started["agentCallId"]}, "endedReason": "customer-ended-call",
        "startedAt": "2026-11-26T01:00:00.000Z", "endedAt": "2026-11-26T01:07:30.500Z",
        "analysis": {"summary": "Posed as Microsoft support, asked to install AnyDesk, then for a gift card."},
        "artifact": {"recordingUrl": recording_url,
                     "transcript": "AI: Hello? Who is this? User: Microsoft support, download AnyDesk from any desk dot com "
                                   "and buy a Google Play card, or call 888-555-0177. AI: Hold on, my cat is on the keyboard."},
    }}
    answer = httpx.post(f"{server.url}/api/vapi-webhook", json=report, headers={"X-Vapi-Secret": VAPI_SECRET}, timeout=10)
    assert answer.status_code == 200, answer.text
    expect(line(page, sid).locator(".feed-stages")).to_contain_text("→ agent call ended 7:30 — a success")
    expect(page.locator("#conversations")).to_contain_text("AnyDesk")
    # The callee's verdict and what they revealed (issue 12), the number masked.
    expect(page.locator("#conversations .verdict")).to_contain_text("the callee behaved as a scammer: posed as Microsoft")
    intel = page.locator("#conversations .intel")
    expect(intel).to_contain_text("Remote access")
    expect(intel).to_contain_text("Google Play gift card")
    expect(intel).to_contain_text("anydesk.com")
    expect(intel).to_contain_text(mask_phone("+18885550177"))
    expect(page.locator("#conversations")).not_to_contain_text("555-0177")
    expect(page.locator("#leaderboard tbody tr")).to_have_count(1)
    expect(page.locator("#stat-successful")).to_have_text("1")
    expect(page.locator("#stat-rate")).to_have_text("100%")
    page.locator("#conversations button", has_text="Play the recording").click()
    page.wait_for_function(AUDIO_PLAYS, arg="#conversations audio")

    page.evaluate("document.querySelectorAll('.toast').forEach(t => t.remove())")  # a calm screenshot
    screenshot(page, "dashboard.png")
    html, text = page.content(), page.locator("body").inner_text()
    leaked = [form for form in CLEAR_FORMS if form in html or form in text]
    assert leaked == [], f"clear numbers on the page: {leaked}"

    # Five minutes later the events have expired: the feed starts from the call records.
    store = get_store()
    store.execute("del", EventBus(store, get_settings()).key)
    later = open_page()
    later.goto(server.url + "/")
    expect(line(later, sid).locator(".feed-stages")).to_have_text(re.compile(
        r"^incoming → recorded 38 s → transcribed → scam: Microsoft, \d+% → agent calling \+1\*+0142 → "
        r"agent call ended 7:30 — a success$"))
    expect(line(later, refused).locator(".feed-stages")).to_contain_text("agent refused: ")
    assert line(later, sid).get_attribute("data-type") == "record"


def test_phone_sized_screen_has_no_horizontal_scroll(server: LiveServer, open_page: Any) -> None:
    from playwright.sync_api import expect

    page = open_page(PHONE)
    page.goto(server.url + "/")
    expect(page.locator("#mode")).to_have_text("live (SSE)")
    expect(page.locator("#stat-scams")).to_have_text(re.compile(r"^\d+$"))
    page.wait_for_selector("#chart svg")
    widths = page.evaluate("({doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: innerWidth})")
    assert widths["doc"] <= widths["view"] and widths["body"] <= widths["view"], widths
    chart = page.locator("#chart svg").bounding_box()
    assert chart and chart["x"] >= 0 and chart["x"] + chart["width"] <= PHONE["width"], chart
    expect(page.locator("#detection")).to_have_text(re.compile(r"^detection active"))
    pills = [page.locator(sel).bounding_box() for sel in ("#detection", "#mode")]
    assert all(p and p["x"] >= 0 and p["x"] + p["width"] <= PHONE["width"] for p in pills), pills
    assert pills[0]["y"] == pills[1]["y"], "the two header pills share one row on a phone"
    assert page.locator("#detection .more").is_hidden()
    screenshot(page, "dashboard-phone.png")


def test_returns_to_sse_after_polling(server: LiveServer, open_page: Any) -> None:
    from playwright.sync_api import expect

    page = open_page()
    page.clock.install()  # real time keeps flowing; fast_forward skips the page's 60 s SSE retry delay
    page.route("**/api/live-updates*", lambda route: route.continue_() if "mode=poll" in route.request.url else route.abort())
    page.goto(server.url + "/")
    expect(page.locator("#mode")).to_have_text("polling")
    wait_until(page, "window.honeyline.cursor !== null")

    page.unroute("**/api/live-updates*")  # the proxy is fixed
    page.clock.fast_forward(61_000)
    expect(page.locator("#mode")).to_have_text("live (SSE)")
    sid = _sid("CA")
    send(server, "voice", call_params(sid, CALLER, "ringing"))
    expect(page.locator(f"#feed .feed-item[data-type=incoming_call][data-subject={sid}]")).to_contain_text(
        f"Call from {mask_phone(CALLER)}", timeout=4000)
    assert page.locator("#mode").inner_text() == "live (SSE)"


def test_offline_is_a_banner_and_the_figures_are_marked_stale(server: LiveServer, open_page: Any, browser: Any) -> None:
    from playwright.sync_api import expect

    page = open_page()
    page.goto(server.url + "/")
    expect(page.locator("#mode")).to_have_text("live (SSE)")
    expect(page.locator("#stale")).to_be_hidden()
    page.context.set_offline(True)
    expect(page.locator("#banner")).to_be_visible()
    expect(page.locator("#banner-text")).to_have_text("Offline: the server cannot be reached. The page retries by itself.")
    expect(page.locator("#stale")).to_have_text(re.compile(r"^Not live: figures as of (just now|\d+ min ago)$"))
    assert "stale" in (page.locator("body").get_attribute("class") or "")
    page.context.set_offline(False)
    expect(page.locator("#banner")).to_be_hidden()
    expect(page.locator("#stale")).to_be_hidden()


# Tests below swap the server's settings (a new store starts empty): keep them last.
def test_a_failing_api_shows_its_reason_with_a_retry_not_an_empty_state(
    server: LiveServer, open_page: Any, twilio_api: FakeTwilioApi, make_settings: Any, redis_server: Any
) -> None:
    from playwright.sync_api import expect

    from chalicelib import dashboard

    override_settings(make_settings("redis", STORE_TIMEOUT_SECONDS="0.5", **server_env(twilio_api)))
    dashboard.clear_cache()
    redis_server.stop()
    try:
        page = open_page()
        page.goto(server.url + "/")
        expect(page.locator("#banner")).to_be_visible()
        expect(page.locator("#banner-text")).to_contain_text("The server answered 503: redis store unreachable")
        expect(page.locator("#scams-empty")).to_be_hidden()  # an outage is not "No scams detected yet"
        expect(page.locator("#feed-empty")).to_be_hidden()
        expect(page.locator("#stat-scams")).to_have_text("–")
    finally:
        redis_server.start()
    # The page also retries by itself (its 5 s poll): under load that can win the race to the button.
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.click("#banner-retry", timeout=3000)
    except PlaywrightTimeout:
        assert page.locator("#banner").is_hidden()  # the page's own retry got there first
    expect(page.locator("#banner")).to_be_hidden()
    # Whichever request answered first (the retry, the live stream), the figures come back.
    expect(page.locator("#stat-scams")).to_have_text("0", timeout=10_000)
    expect(page.locator("#scams-empty")).to_contain_text("No scams detected yet")


@pytest.mark.parametrize("transport, caller", [("sse", "+12025550163"), ("polling", "+12025550164")])
def test_a_scam_analysed_before_the_live_stream_answers_still_reaches_the_list(
    server: LiveServer, open_page: Any, vapi: FakeVapi, twilio_api: FakeTwilioApi, transport: str, caller: str
) -> None:
    """The race CI once lost: the figures load, the scam is analysed, then the live stream's first
    answer (a snapshot, or the first poll's backlog, holding the scam's events) arrives; the page must
    fetch the figures again. Each case's scam comes from its own caller."""
    from playwright.sync_api import expect

    held: list[Any] = []
    opened = False

    def hold(route: Any) -> None:  # the stream's first request waits until the scam has landed
        if transport == "polling" and "mode=poll" not in route.request.url:
            route.abort()  # what a proxy that breaks text/event-stream looks like: the page polls
        elif opened:
            route.continue_()
        else:
            held.append(route)

    page = open_page()
    page.route("**/api/live-updates*", hold)
    page.goto(server.url + "/")
    expect(page.locator("#stat-scams")).to_have_text(re.compile(r"^\d+$"))  # the first figures are in
    deadline = time.monotonic() + 8
    while not held:
        assert time.monotonic() < deadline, "the page never opened its live stream"
        page.evaluate("1")  # lets Playwright hand the request to the route above
        time.sleep(0.05)
    assert page.locator("#scams li", has_text=mask_phone(caller)).count() == 0
    sid, _ = voicemail(server, twilio_api, SCAM_TRANSCRIPT, caller=caller)
    opened = True
    for route in held:
        route.continue_()
    expect(line(page, sid).locator(".feed-stages")).to_contain_text("scam: Microsoft")
    expect(page.locator("#scams li", has_text=mask_phone(caller))).to_have_count(1)


def test_the_agent_is_shown_as_not_configured_when_vapi_is_not(
    server: LiveServer, open_page: Any, twilio_api: FakeTwilioApi
) -> None:
    from playwright.sync_api import expect

    override_settings(Settings.from_env(server_env(twilio_api)))  # no VAPI_API_KEY
    page = open_page()
    page.goto(server.url + "/")
    expect(page.locator("#detection")).to_contain_text("agent off")
    expect(page.locator("#conversations-empty")).to_contain_text("The agent is off: set VAPI_API_KEY and VAPI_PHONE_NUMBER_ID")
    sid, _ = voicemail(server, twilio_api, SCAM_TRANSCRIPT)
    expect(line(page, sid).locator(".feed-stages")).to_contain_text(re.compile(r"scam: Microsoft, \d+% → agent not configured$"))
    page.locator("#scams li", has_text="Microsoft").first.locator("button").click()
    expect(page.locator("#scam-details")).to_contain_text("Agentnot configured (set VAPI_API_KEY and VAPI_PHONE_NUMBER_ID)")
