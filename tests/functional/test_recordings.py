"""The recording players' routes against a real local server, a loopback Twilio REST API and a
loopback VAPI recording store, with a real MP3 (tests/events/twilio_recording.mp3: espeak-ng
speech encoded by lame, 16 kbps mono, 5 KB)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from chalicelib.agents import call_map_key
from chalicelib.settings import Settings
from chalicelib.store import get_store
from tests.support.live_server import LiveServer
from tests.support.twilio_api import FakeTwilioApi
from tests.support.vapi import FakeVapi

MP3 = (Path(__file__).resolve().parents[1] / "events" / "twilio_recording.mp3").read_bytes()
RECORDING = "RE" + "a1" * 16
TOKEN = "dash-token-recordings"
AUDIO = {"Accept": "audio/mpeg", "Authorization": f"Bearer {TOKEN}"}
VAPI_SECRET = "vapi-secret-recordings"


@pytest.fixture(scope="module")
def twilio() -> Iterator[FakeTwilioApi]:
    with FakeTwilioApi() as api:
        api.recordings[RECORDING] = MP3
        yield api


@pytest.fixture
def server(twilio: FakeTwilioApi, vapi: FakeVapi) -> Iterator[LiveServer]:
    settings = Settings.from_env({
        "DASHBOARD_TOKEN": TOKEN, "TWILIO_ACCOUNT_SID": twilio.account_sid, "TWILIO_AUTH_TOKEN": twilio.auth_token,
        "TWILIO_API_BASE": twilio.url, "VAPI_BASE_URL": vapi.url, "VAPI_WEBHOOK_SECRET": VAPI_SECRET,
    })
    with LiveServer(settings) as live:
        yield live


def test_a_voicemail_is_served_from_twilio_with_the_account_credentials(server: LiveServer, twilio: FakeTwilioApi) -> None:
    response = httpx.get(f"{server.url}/api/recordings/{RECORDING}", headers=AUDIO, timeout=10)
    assert response.status_code == 200, response.text
    assert response.content == MP3 and response.content[:2] in (b"\xff\xf3", b"\xff\xfb", b"ID")
    assert response.headers["content-type"] == "audio/mpeg"
    assert response.headers["content-length"] == str(len(MP3))
    assert response.headers["cache-control"] == "private, max-age=300"
    fetched = [r for r in twilio.requests if r.path.endswith(f"/Recordings/{RECORDING}.mp3")]
    assert fetched and fetched[-1].authorized and fetched[-1].path.startswith(f"/2010-04-01/Accounts/{twilio.account_sid}/")


def test_the_recording_needs_the_dashboard_token(server: LiveServer) -> None:
    response = httpx.get(f"{server.url}/api/recordings/{RECORDING}", headers={"Accept": "audio/mpeg"}, timeout=10)
    assert response.status_code == 401


@pytest.mark.parametrize("sid, status, reason", [
    ("RE" + "0" * 32, 404, "Twilio has no recording"),
    ("not-a-recording", 400, "RE followed by 32 hexadecimal digits"),
    ("RE..%2F..%2Fetc", 400, "RE followed by 32"),
])
def test_unknown_or_malformed_recordings_are_a_clear_4xx(server: LiveServer, sid: str, status: int, reason: str) -> None:
    response = httpx.get(f"{server.url}/api/recordings/{sid}", headers=AUDIO, timeout=10)
    assert response.status_code == status and reason in response.json()["message"]


def test_wrong_twilio_credentials_are_named(twilio: FakeTwilioApi, vapi: FakeVapi) -> None:
    settings = Settings.from_env({"TWILIO_ACCOUNT_SID": twilio.account_sid, "TWILIO_AUTH_TOKEN": "wrong",
                                  "TWILIO_API_BASE": twilio.url})
    with LiveServer(settings) as live:
        response = httpx.get(f"{live.url}/api/recordings/{RECORDING}", headers={"Accept": "audio/mpeg"}, timeout=10)
    assert response.status_code == 502
    assert "check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN" in response.json()["message"]


def test_without_twilio_credentials_the_route_says_what_is_missing() -> None:
    with LiveServer(Settings.from_env({})) as live:
        response = httpx.get(f"{live.url}/api/recordings/{RECORDING}", headers={"Accept": "audio/mpeg"}, timeout=10)
    assert response.status_code == 503 and "TWILIO_ACCOUNT_SID" in response.json()["message"]


def _end_of_call(server: LiveServer, call_id: str, **artifact: str) -> None:
    """An agent call Honeyline placed, then VAPI's end-of-call report for it."""
    get_store().execute("set", call_map_key(call_id), json.dumps({
        "subject": "CA" + "5" * 32, "persona": "it_support", "persona_name": "Edna", "label": "Edna",
        "number_tag": "t" * 16, "channel": "call"}), "ex", 600)
    report = {"message": {  # VAPI's end-of-call-report; artifact.recordingUrl per VAPI's Artifact schema
        "type": "end-of-call-report", "call": {"id": call_id}, "endedReason": "customer-ended-call",
        "startedAt": "2026-11-26T01:00:00.000Z", "endedAt": "2026-11-26T01:02:00.000Z", "artifact": artifact}}
    answer = httpx.post(f"{server.url}/api/vapi-webhook", json=report, headers={"X-Vapi-Secret": VAPI_SECRET}, timeout=10)
    assert answer.status_code == 200, answer.text


def test_an_agent_call_recording_is_served_from_the_url_vapi_reported(server: LiveServer, vapi: FakeVapi) -> None:
    url = vapi.store_recording("0b1c-call-mono.mp3", MP3, "audio/mpeg")
    _end_of_call(server, "call_rec_1", recordingUrl=url)
    response = httpx.get(f"{server.url}/api/agent-recordings/call_rec_1", headers=AUDIO, timeout=10)
    assert response.status_code == 200 and response.content == MP3
    assert response.headers["content-type"] == "audio/mpeg"
    conversations = httpx.get(f"{server.url}/api/dashboard?nocache=true", headers=AUDIO, timeout=10).json()
    assert conversations["agentConversations"][0]["recording"] is True


def test_an_agent_call_without_a_recording_or_with_a_foreign_url_is_404(server: LiveServer) -> None:
    _end_of_call(server, "call_rec_2")
    _end_of_call(server, "call_rec_3", recordingUrl="http://169.254.169.254/latest/meta-data/")  # never fetched
    for call_id in ("call_rec_2", "call_rec_3", "call_unknown"):
        response = httpx.get(f"{server.url}/api/agent-recordings/{call_id}", headers=AUDIO, timeout=10)
        assert response.status_code == 404 and "end-of-call report" in response.json()["message"]


def test_an_oversized_agent_recording_is_refused_with_the_reason(server: LiveServer, vapi: FakeVapi) -> None:
    from chalicelib.recordings import MAX_BYTES

    url = vapi.store_recording("long-call.wav", b"RIFF" + b"\0" * (MAX_BYTES + 10), "audio/wav")
    _end_of_call(server, "call_rec_4", recordingUrl=url)
    response = httpx.get(f"{server.url}/api/agent-recordings/call_rec_4", headers=AUDIO, timeout=10)
    assert response.status_code == 502 and "more than a Lambda response can carry" in response.json()["message"]
