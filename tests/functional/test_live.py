"""/api/live-updates (SSE long poll and polling) and /api/dashboard (cache, token, CORS)."""

from __future__ import annotations

import json
import re
import threading
import time

import pytest
from chalice.test import Client

from app import app
from chalicelib import dashboard
from chalicelib.events import EventBus
from chalicelib.settings import get_settings
from chalicelib.store import get_store

TOKEN = "dash-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client():
    dashboard.clear_cache()
    with Client(app) as test_client:
        yield test_client


@pytest.fixture
def configured(make_settings, use_settings, backend):
    return use_settings(make_settings(backend, DASHBOARD_TOKEN=TOKEN, LIVE_UPDATES_WINDOW_SECONDS="1.5"))


def parse_sse(body: str) -> tuple[int | None, list[dict]]:
    retry = None
    frames = []
    for block in body.strip().split("\n\n"):
        fields: dict[str, str] = {}
        for line in block.splitlines():
            name, _, value = line.partition(": ")
            fields[name] = value
        if "retry" in fields:
            retry = int(fields["retry"])
        if "event" in fields:
            frames.append({"id": fields["id"], "event": fields["event"], "data": json.loads(fields["data"])})
    return retry, frames


def publish(event_type: str = "incoming_call", **data) -> str:
    return EventBus(get_store(), get_settings()).publish(event_type, data).id


def sse(client, *, cursor: str | None = None, headers: dict | None = None, query: str = ""):
    all_headers = {**AUTH, **(headers or {})}
    if cursor:
        all_headers["Last-Event-ID"] = cursor
    return client.http.get("/api/live-updates" + query, headers=all_headers)


def test_first_connection_gets_a_snapshot_at_once(client, configured) -> None:
    publish(callSid="CA1", **{"from": "+1******0123"})
    started = time.monotonic()
    response = sse(client)
    assert time.monotonic() - started < 1.0
    assert response.headers["Content-Type"] == "text/event-stream"
    retry, [frame] = parse_sse(response.body.decode())
    assert retry is not None and retry <= 1000
    assert frame["event"] == "snapshot" and frame["id"] == frame["data"]["cursor"]
    assert frame["data"]["recentEvents"][0]["data"]["callSid"] == "CA1"


def test_sse_returns_early_on_publish(client, configured) -> None:
    cursor = publish(callSid="CA0")
    threading.Timer(0.3, publish, kwargs={"callSid": "CA9"}).start()
    started = time.monotonic()
    _, frames = parse_sse(sse(client, cursor=cursor).body.decode())
    elapsed = time.monotonic() - started
    assert [f["data"]["data"]["callSid"] for f in frames] == ["CA9"]
    assert frames[0]["event"] == "incoming_call" and frames[0]["id"] == frames[0]["data"]["id"]
    assert elapsed < 1.2


def test_sse_window_ends_with_connection_timeout(client, configured) -> None:
    cursor = publish()
    started = time.monotonic()
    _, [frame] = parse_sse(sse(client, cursor=cursor).body.decode())
    assert frame["event"] == "connection_timeout" and frame["id"] == cursor
    assert 1.4 <= time.monotonic() - started < 3.0


def test_since_query_works_like_last_event_id(client, configured) -> None:
    cursor = publish(callSid="CA1")
    publish(callSid="CA2")
    _, frames = parse_sse(sse(client, query=f"?since={cursor}").body.decode())
    assert [f["data"]["data"]["callSid"] for f in frames] == ["CA2"]


def test_resume_over_500_events_loses_and_repeats_nothing(client, make_settings, use_settings, backend) -> None:
    use_settings(make_settings(backend, DASHBOARD_TOKEN=TOKEN, EVENTS_MAX_LEN="1000", LIVE_UPDATES_WINDOW_SECONDS="1"))
    published: list[str] = []

    def producer() -> None:
        for i in range(500):
            published.append(publish(callSid=f"CA{i}"))
            if i % 50 == 0:
                time.sleep(0.02)

    _, [snapshot] = parse_sse(sse(client).body.decode())
    cursor = snapshot["id"]
    thread = threading.Thread(target=producer)
    thread.start()
    received: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (thread.is_alive() or len(received) < 500):
        _, frames = parse_sse(sse(client, cursor=cursor).body.decode())
        for frame in frames:
            cursor = frame["id"]  # what EventSource sends back as Last-Event-ID
            if frame["event"] != "connection_timeout":
                received.append(frame["id"])
    thread.join()
    assert received == published


def test_polling_mode(client, configured) -> None:
    first = publish(callSid="CA1")
    second = publish(callSid="CA2")
    body = json.loads(client.http.get(f"/api/live-updates?mode=poll&since={first}", headers=AUTH).body)
    assert body["mode"] == "polling" and [e["id"] for e in body["events"]] == [second]
    assert body["cursor"] == second and isinstance(body["activeCalls"], list) and body["timestamp"] > 0
    again = json.loads(client.http.get(f"/api/live-updates?mode=poll&since={body['cursor']}", headers=AUTH).body)
    assert again["events"] == [] and again["cursor"] == second
    bad = client.http.get("/api/live-updates?mode=poll&since=yesterday", headers=AUTH)
    assert bad.status_code == 400 and "invalid cursor" in json.loads(bad.body)["message"]


def test_poll_is_one_round_trip(client, configured, upstash_bridge) -> None:
    store = get_store()
    before = store.round_trips
    client.http.get("/api/live-updates?mode=poll&since=0-0", headers=AUTH)
    assert store.round_trips - before == 1


@pytest.mark.parametrize("how", ["header", "cookie", "query"])
def test_token_by_header_session_cookie_or_query_in_development(client, make_settings, use_settings, how) -> None:
    use_settings(make_settings("embedded", DASHBOARD_TOKEN=TOKEN))
    headers, query = {}, "?mode=poll"
    if how == "header":
        headers = AUTH
    elif how == "cookie":
        login = client.http.post("/api/login", headers={"Content-Type": "application/json"}, body=json.dumps({"token": TOKEN}))
        session = login.headers["Set-Cookie"].split(";")[0]
        headers = {"Cookie": f"theme=dark; {session}"}
    else:
        query += f"&token={TOKEN}"
    assert client.http.get("/api/live-updates" + query, headers=headers).status_code == 200
    assert client.http.get("/api/dashboard" + query.replace("?mode=poll", "?x=1"), headers=headers).status_code == 200


@pytest.mark.parametrize("path", ["/api/dashboard", "/api/live-updates?mode=poll", "/api/live-updates"])
def test_missing_or_wrong_token_is_401(client, make_settings, use_settings, path) -> None:
    use_settings(make_settings("embedded", DASHBOARD_TOKEN=TOKEN))
    assert client.http.get(path).status_code == 401
    assert client.http.get(path, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_production_without_dashboard_token_refuses(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded", APP_ENV="production"))
    response = client.http.get("/api/dashboard")
    assert response.status_code == 503 and "DASHBOARD_TOKEN" in json.loads(response.body)["message"]


def test_page_is_public_even_with_a_token(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded", DASHBOARD_TOKEN=TOKEN, APP_ENV="production"))
    assert client.http.get("/").status_code == 200


def test_cors_follows_the_configured_origin_and_is_closed_by_default(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded"))
    closed = client.http.get("/api/dashboard", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in closed.headers
    use_settings(make_settings("embedded", CORS_ALLOWED_ORIGIN="https://ops.example"))
    allowed = client.http.get("/api/dashboard", headers={"Origin": "https://ops.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://ops.example"
    other = client.http.get("/api/dashboard", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    preflight = client.http.request("OPTIONS", "/api/live-updates", headers={"Origin": "https://ops.example"})
    assert preflight.status_code == 204 and "Last-Event-ID" in preflight.headers["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Origin" not in client.http.get("/api/health", headers={"Origin": "https://ops.example"}).headers


def test_dashboard_cache_and_nocache(client, configured) -> None:
    first = json.loads(client.http.get("/api/dashboard", headers=AUTH).body)
    assert first["cached"] is False
    second = json.loads(client.http.get("/api/dashboard", headers=AUTH).body)
    assert second["cached"] is True and second["generatedAt"] == first["generatedAt"]
    time.sleep(0.01)
    fresh = json.loads(client.http.get("/api/dashboard?nocache=true", headers=AUTH).body)
    assert fresh["cached"] is False and fresh["generatedAt"] > first["generatedAt"]


def test_dashboard_is_two_round_trips_and_shows_the_pipeline(client, make_settings, use_settings, backend) -> None:
    use_settings(make_settings(backend, DASHBOARD_TOKEN=TOKEN, TWILIO_PHONE_NUMBER="+18005550100"))
    store = get_store()
    before = store.round_trips
    empty = json.loads(client.http.get("/api/dashboard?nocache=true", headers=AUTH).body)
    assert store.round_trips - before == 1 and empty["recentCalls"] == []  # no call records: nothing more to read
    assert empty["stats"]["successRate"] is None  # no conversations: the page shows "—", not 0%
    scam = ("this is the social security administration your social security number has been suspended "
            "call us back at 1 800 555 0134 immediately or a warrant will be issued for your arrest")
    client.http.post("/api/process-transcription", headers={"Content-Type": "application/json"},
                     body=json.dumps({"task": "process_transcription", "payload": {"call_sid": "CA1", "transcription_text": scam}}))
    before = store.round_trips
    body = json.loads(client.http.get("/api/dashboard?nocache=true", headers=AUTH).body)
    assert store.round_trips - before == 2  # the lists and counters, then the records that seed the feed
    [line] = body["recentCalls"]  # the feed's seed: one line per call, from its record
    assert line["subject"] == "CA1" and line["channel"] == "call" and line["ts"] > 0
    assert line["analysis"]["isScam"] is True and line["analysis"]["confidence"] >= 70
    assert line["engage"] is True and line["agent"] == {"status": "not_configured"}
    assert body["honeypotNumber"] == "+1******0100" and body["stats"]["scamsThisWeek"] == 1
    [scam_row] = body["recentScams"]
    assert scam_row["callSid"] == "CA1" and scam_row["callback"]["number"] == "+1******0134"
    assert body["detectionsPerDay"][-1]["scams"] == 1 and len(body["detectionsPerDay"]) == 14
    assert not re.search(r"555.?0134", json.dumps(body))
