"""``chalicelib.demo`` against the app on a real local HTTP server (the ``chalice local`` stack).

The webhooks are signed with a real ``TWILIO_AUTH_TOKEN``, so this also proves the
demo signs exactly the URL the server rebuilds: from the Host header, or from
``PUBLIC_BASE_URL`` when the server has one.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from typing import Iterator

import httpx
import pytest

from chalicelib.demo import demo_steps, run_demo
from chalicelib.events import EventBus
from chalicelib.settings import Settings, get_settings
from chalicelib.store import get_store
from tests.support.live_server import LiveServer

TOKEN = "demo-auth-token-0123456789"
CLEAR_NUMBERS = ("+12025550147", "+16175550123", "+13055550188", "+14155550100", "+18885550142")


@contextmanager
def running(extra: dict[str, str]) -> Iterator[LiveServer]:
    """The app on a loopback port with signature checks on (and no delayed transcript re-check)."""
    settings = Settings.from_env({"TWILIO_AUTH_TOKEN": TOKEN, "TRANSCRIPTION_WAIT_SECONDS": "900", **extra})
    with LiveServer(settings) as server:
        yield server


@pytest.fixture
def server() -> Iterator[LiveServer]:
    with running({}) as live:
        yield live


def _events() -> list:
    events, _ = EventBus(get_store(), get_settings()).read_since(None, 1000)
    return events


def test_demo_delivers_a_scam_a_legitimate_call_and_a_smishing_sms(server: LiveServer) -> None:
    out = io.StringIO()
    code = run_demo(server.url, token=TOKEN, public_base=None, out=out, pause=0)

    assert code == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert len(lines) == len(demo_steps()) + 2  # header, one per webhook, summary
    assert all("HTTP 200" in line for line in lines[1:-1]), out.getvalue()
    assert not any(number in out.getvalue() for number in CLEAR_NUMBERS), "the demo prints masked numbers only"

    events = _events()
    types = [e.type for e in events]
    assert {"incoming_call", "scam_detected", "incoming_sms", "call_processed", "sms_processed"} <= set(types)
    assert types.count("incoming_call") == 2
    scams = [e.data for e in events if e.type == "scam_detected"]
    by_channel = {s["channel"]: s for s in scams}
    assert set(by_channel) == {"call", "sms"}, "the doctor's reminder is not a scam"
    call = by_channel["call"]
    assert call["company"] == "Microsoft" and call["scamType"] == "it_support"
    assert call["callback"]["type"] == "phone_number" and call["callback"]["number"].endswith("0142")
    assert call["callback"]["number"] != "+18885550142", "events carry the masked callback"
    assert by_channel["sms"]["company"] == "USPS"
    legit = [e.data for e in events if e.type == "call_processed" and e.data.get("isScam") is False]
    assert len(legit) == 1


def test_demo_signs_against_the_public_base_url() -> None:
    public = "https://honeyline.example.com/prod"
    with running({"PUBLIC_BASE_URL": public}) as server:
        out = io.StringIO()
        assert run_demo(server.url, token=TOKEN, public_base=public, out=out, pause=0) == 0, out.getvalue()
        assert "incoming_sms" in {e.type for e in _events()}


def test_demo_reports_refused_webhooks(server: LiveServer) -> None:
    out = io.StringIO()
    code = run_demo(server.url, token="not-the-servers-token", public_base=None, out=out, pause=0)
    assert code == 1
    assert "HTTP 403" in out.getvalue() and "does not match" in out.getvalue()
    assert _events() == []


def test_demo_reports_an_unreachable_server() -> None:
    out = io.StringIO()
    transport = httpx.MockTransport(lambda request: (_ for _ in ()).throw(httpx.ConnectError("refused", request=request)))
    with httpx.Client(transport=transport) as client:
        code = run_demo("http://127.0.0.1:9", token=None, public_base=None, out=out, pause=0, client=client)
    assert code == 2
    assert "cannot reach http://127.0.0.1:9" in out.getvalue()
