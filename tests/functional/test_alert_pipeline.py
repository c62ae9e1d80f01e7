"""Alerts from the pipeline: scam detected, agent call started and ended, once per channel."""

from __future__ import annotations

import json
import re

import pytest
from chalice.test import Client

from app import app
from tests.conftest import QSTASH_KEYS
from tests.support.qstash import post_task
from tests.support.receivers import Receivers

BASE = "https://honeyline.example/prod"
VAPI_SECRET = "vapi-secret-alert-pipeline"

SCAM = ("hello this is the microsoft windows support department your computer is infected with a virus "
        "call us back immediately at one eight eight eight five five five zero one nine nine")
CHANNEL_PATHS = ("/slack/", "/bot", "/signed-hook/ops", "/2010-04-01/")


@pytest.fixture(scope="module")
def receivers():
    with Receivers() as rx:
        yield rx


@pytest.fixture
def client(make_settings, use_settings, receivers, vapi_server):
    receivers.reset()
    vapi_server.reset()
    use_settings(make_settings(
        "redis",
        SLACK_WEBHOOK_URL=receivers.slack_url(), TELEGRAM_BOT_TOKEN=receivers.telegram_token, TELEGRAM_CHAT_ID="-100123",
        TELEGRAM_API_BASE=receivers.url, WEBHOOK_URLS=receivers.signed_hook_url("ops"), WEBHOOK_SECRET=receivers.webhook_secret,
        TWILIO_ACCOUNT_SID=receivers.twilio_account_sid, TWILIO_AUTH_TOKEN=receivers.twilio_auth_token,
        TWILIO_PHONE_NUMBER="+18005550100", TWILIO_API_BASE=receivers.url, OPERATOR_PHONE_NUMBER="+14155550111",
        VAPI_API_KEY=vapi_server.api_key, VAPI_BASE_URL=vapi_server.url, VAPI_PHONE_NUMBER_ID="pn_1",
        PUBLIC_BASE_URL=BASE, VAPI_WEBHOOK_SECRET=VAPI_SECRET, **QSTASH_KEYS,
    ))
    with Client(app) as test_client:
        yield test_client


def deliver(client, task: str, payload: dict):
    return post_task(client, task, payload, public_base=BASE, key=QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"])


def bodies(rx: Receivers) -> str:
    """What each channel was told (for the operator SMS: the message, not its To/From routing)."""
    return "\n".join(r.form()["Body"] if r.path.startswith("/2010-04-01/") else r.text for r in rx.requests)


def test_scam_and_agent_alerts_reach_every_channel_once(client, receivers) -> None:
    deliver(client, "process_transcription", {"call_sid": "CA1", "transcription_text": SCAM})
    # scam_detected + agent_call_started, on each of the four channels
    for path in CHANNEL_PATHS:
        assert len(receivers.requests_to(path)) == 2, path
    client.http.post("/api/vapi-webhook", headers={"Content-Type": "application/json", "X-Vapi-Secret": VAPI_SECRET}, body=json.dumps(
        {"message": {"type": "end-of-call-report", "call": {"id": "call_0001"}, "endedReason": "customer-ended-call",
                     "durationSeconds": 420}}))
    for path in CHANNEL_PATHS:
        assert len(receivers.requests_to(path)) == 3, path
    assert "Agent call ended after 7m" in receivers.requests_to("/slack/")[-1].text
    # a redelivered alert task sends nothing again
    assert deliver(client, "send_notifications", {"subject": "CA1", "alert": "scam_detected"}).status_code == 200
    assert len(receivers.requests) == 12
    text = bodies(receivers)
    assert "Microsoft" in text
    assert not re.search(r"888.?555.?0199|5550199|4155550123|4155550111", text)


def test_a_failed_channel_is_retried_alone(client, receivers) -> None:
    deliver(client, "analyze_scam", {"subject": "SM1", "channel": "sms", "text":
            "USPS: your parcel is held for an unpaid fee, pay now at https://usps-fee.top/pay or it is returned"})
    receivers.reset()
    receivers.fail_next("/slack/", 1, 500)
    first = deliver(client, "send_notifications", {"subject": "SM2", "alert": "scam_detected", "variant": "t"})
    assert first.status_code == 503 and "slack" in json.loads(first.body)["message"]
    assert len(receivers.requests_to("/bot")) == 1
    retry = deliver(client, "send_notifications", {"subject": "SM2", "alert": "scam_detected", "variant": "t"})
    assert retry.status_code == 200
    assert len(receivers.requests_to("/slack/")) == 2  # the failed attempt and the retry
    for path in CHANNEL_PATHS[1:]:
        assert len(receivers.requests_to(path)) == 1, path  # no second alert where it already arrived


# VAPI's end-of-call report: ``artifact.messages`` items carry ``role`` ("system", "bot" for
# our assistant, "user" for the callee) and ``message`` (VAPI Artifact schema, "messages":
# the messages spoken during the call; docs.vapi.ai/server-url/end-of-call-report).
AGENT_CALL_MESSAGES = [
    {"role": "system", "message": "You are a confused retiree. Never give real data.", "time": 1764118800000},
    {"role": "bot", "message": "Hello? Is this the computer people?", "time": 1764118801000, "secondsFromStart": 1.2},
    {"role": "user", "message": "Yes maam, this is Kevin from Microsoft technical support. Go to any desk dot com "
                                "and download AnyDesk, then buy two Google Play cards of 500 dollars and read me "
                                "the numbers on the back. If we get cut off call me at 888 555 0199.",
     "time": 1764118805000, "secondsFromStart": 5.0},
    {"role": "bot", "message": "Oh my, let me find my reading glasses and my gift cards.", "time": 1764118820000},
]


def test_the_end_of_call_report_judges_the_callee_and_alerts_the_intelligence(client, receivers) -> None:
    from chalicelib.calls import CallRegistry
    from chalicelib.events import EventBus
    from chalicelib.settings import get_settings
    from chalicelib.store import get_store

    deliver(client, "process_transcription", {"call_sid": "CA1", "transcription_text": SCAM})
    client.http.post("/api/vapi-webhook", headers={"Content-Type": "application/json", "X-Vapi-Secret": VAPI_SECRET}, body=json.dumps(
        {"message": {"type": "end-of-call-report", "call": {"id": "call_0001"}, "endedReason": "customer-ended-call",
                     "durationSeconds": 420, "artifact": {"messages": AGENT_CALL_MESSAGES}}}))
    slack = receivers.requests_to("/slack/")[-1].text
    assert "the callee behaved as a scammer: posed as Microsoft" in slack and "asked for remote access" in slack
    assert "AnyDesk" in slack and "Google Play gift card" in slack and "anydesk.com" in slack
    [ended] = [e.to_dict() for e in EventBus(get_store(), get_settings()).read_since(None, 1000)[0]
               if e.type == "vapi_call_ended"]
    intel = ended["data"]["intelligence"]
    assert ended["data"]["verdict"].startswith("the callee behaved as a scammer")
    assert intel["remote_access_tools"] == ["AnyDesk"] and intel["names"] == ["Kevin"]
    assert intel["phone_numbers"] == ["+1******0199"]  # masked wherever it is shown
    registry = CallRegistry(get_store(), get_settings())
    assert registry.get_record("CA1")["agent_result"]["intelligence"]["phone_numbers"] == ["+1******0199"]
    # the clear number is kept only in the private part of the record (the blocklist reads it)
    assert registry.get_record("CA1", private=True)["_agent_intelligence"]["phone_numbers"] == ["+18885550199"]
    assert not re.search(r"888.?555.?0199|5550199", bodies(receivers))
