"""POST /api/process-transcription: QStash signatures, exactly-once tasks, the pipeline."""

from __future__ import annotations

import json
import threading
import time
from urllib.parse import urlencode

import pytest
from twilio.request_validator import RequestValidator

from chalicelib.events import EventBus
from chalicelib.settings import get_settings
from chalicelib.store import get_store
from tests.conftest import QSTASH_KEYS
from tests.support.qstash import delivery_headers, failure_callback_body, sign_delivery
from tests.support.scenario import invoke_relay

BASE = "https://honeyline.example/prod"
WORKER = f"{BASE}/api/process-transcription"
TOKEN = "twilio-token"
SCAM = ("hello this is the microsoft windows support department your computer is infected with a virus "
        "and your license has expired call us back immediately at one eight eight eight five five five "
        "zero one nine nine or we will have to block your ip address")
CURRENT, NEXT = QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"], QSTASH_KEYS["QSTASH_NEXT_SIGNING_KEY"]


@pytest.fixture
def qstash_mode(make_settings, use_settings, qstash_env):
    return use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN, **qstash_env))


def events(types: tuple[str, ...] = ()) -> list[dict]:
    found = [e.to_dict() for e in EventBus(get_store(), get_settings()).read_since(None, 1000)[0]]
    return [e for e in found if not types or e["type"] in types]


def deliver(client, body: str, *, key: str = CURRENT, url: str = WORKER, headers: dict | None = None, path: str = ""):
    all_headers = {"Content-Type": "application/json", "Upstash-Signature": sign_delivery(body, url, key),
                   "Upstash-Message-Id": "msg_test", "Upstash-Retried": "0", **(headers or {})}
    return client.http.post("/api/process-transcription" + path, headers=all_headers, body=body)


def deliver_recorded(client, message, **kwargs):
    path = message.destination[len(WORKER):]
    return client.http.post("/api/process-transcription" + path, headers=delivery_headers(message, CURRENT, **kwargs),
                            body=message.body)


def twilio_post(client, kind: str, params: dict[str, str]):
    url = f"{BASE}/api/twilio-webhook?type={kind}"
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(url, params)}
    return client.http.post(f"/api/twilio-webhook?type={kind}", headers=headers, body=urlencode(params))


ANALYZE = json.dumps({"task": "analyze_scam", "payload": {"subject": "CA77", "channel": "call", "text": SCAM}})


# ------------------------------------------------------------------ signatures
def test_current_and_next_keys_are_accepted(client, qstash_mode) -> None:
    assert deliver(client, ANALYZE, key=CURRENT).status_code == 200
    assert deliver(client, ANALYZE.replace("CA77", "CA78"), key=NEXT).status_code == 200
    assert len(events(("scam_detected",))) == 2


@pytest.mark.parametrize(
    "signature",
    [
        lambda: sign_delivery(ANALYZE, WORKER, "wrong-key-0123456789abcdef0123456789"),
        lambda: sign_delivery(ANALYZE, WORKER, CURRENT, now=int(time.time()) - 3600),
        lambda: sign_delivery(ANALYZE + " ", WORKER, CURRENT),
        lambda: sign_delivery(ANALYZE, "https://evil.example/api/process-transcription", CURRENT),
        lambda: sign_delivery(ANALYZE, WORKER, CURRENT, omit=("body",)),
        lambda: sign_delivery(ANALYZE, WORKER, CURRENT, issuer="NotUpstash"),
        lambda: "not.a.jwt",
    ],
    ids=["wrong-key", "expired", "tampered-body", "wrong-url", "no-body-claim", "wrong-issuer", "garbage"],
)
def test_bad_signatures_are_401_and_nothing_runs(client, qstash_mode, signature) -> None:
    response = client.http.post("/api/process-transcription", body=ANALYZE,
                                headers={"Content-Type": "application/json", "Upstash-Signature": signature()})
    assert response.status_code == 401, response.body
    assert json.loads(response.body)["message"].startswith("Upstash-Signature rejected")
    assert events() == []


def test_missing_signature_is_401(client, qstash_mode) -> None:
    response = client.http.post("/api/process-transcription", body=ANALYZE, headers={"Content-Type": "application/json"})
    assert response.status_code == 401 and "missing Upstash-Signature" in json.loads(response.body)["message"]


def test_development_without_keys_accepts_with_a_warning(client, make_settings, use_settings, caplog) -> None:
    use_settings(make_settings("embedded"))
    response = client.http.post("/api/process-transcription", body=ANALYZE, headers={"Content-Type": "application/json"})
    assert response.status_code == 200 and "QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY unset" in caplog.text


def test_production_without_keys_refuses(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded", APP_ENV="production", QSTASH_CURRENT_SIGNING_KEY="only-one"))
    response = client.http.post("/api/process-transcription", body=ANALYZE, headers={"Content-Type": "application/json"})
    assert response.status_code == 503 and "QSTASH_NEXT_SIGNING_KEY" in json.loads(response.body)["message"]


# ------------------------------------------------------------------ bad payloads
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("not json", "not JSON"),
        ('["task"]', "expected"),
        ('{"task": "mine_bitcoin", "payload": {}}', "unknown task"),
        ('{"task": "analyze_scam", "payload": {"subject": "CA1"}}', "missing channel, text"),
        ('{"task": "process_sms", "payload": "x"}', "must be an object"),
        ('{"task": "process_sms", "payload": {"message_sid": "SM1", "body": "x"}, "extra": 1}', "expected"),
    ],
)
def test_bad_payload_is_489_non_retryable(client, qstash_mode, body, reason) -> None:
    response = deliver(client, body)
    assert response.status_code == 489
    assert response.headers["Upstash-NonRetryable-Error"] == "true"
    assert reason in json.loads(response.body)["message"]


# ------------------------------------------------------------------ exactly once
def test_redelivery_has_its_effects_once(client, qstash_mode, qstash) -> None:
    first = deliver(client, ANALYZE)
    again = deliver(client, ANALYZE, headers={"Upstash-Retried": "1"})
    assert first.status_code == again.status_code == 200
    assert json.loads(again.body)["status"] == "duplicate"
    assert len(events(("scam_detected",))) == 1 and len(events(("call_processed",))) == 1
    assert len(qstash.messages) == 2  # one agent call + one notification task, once


def test_concurrent_deliveries_have_their_effects_once(client, qstash_mode, qstash) -> None:
    barrier = threading.Barrier(6)
    statuses: list[int] = []

    def run() -> None:
        barrier.wait()
        statuses.append(deliver(client, ANALYZE).status_code)

    threads = [threading.Thread(target=run) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 200 in statuses and set(statuses) <= {200, 409}
    assert len(events(("scam_detected",))) == 1
    assert len(qstash.messages) == 2


# ------------------------------------------------------------------ the pipeline
def test_inline_mode_end_to_end_from_a_signed_twilio_webhook(client, make_settings, use_settings) -> None:
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN))
    assert twilio_post(client, "voice", {"CallSid": "CA1", "From": "+14155550123", "To": "+18005550100"}).status_code == 200
    response = twilio_post(client, "transcription", {"CallSid": "CA1", "TranscriptionSid": "TR1",
                                                     "TranscriptionStatus": "completed", "TranscriptionText": SCAM})
    assert response.status_code == 200
    types = [e["type"] for e in events()]
    assert types == ["incoming_call", "call_status_update", "scam_detected", "call_processed"]
    detected = events(("scam_detected",))[0]["data"]
    assert detected["company"] == "Microsoft" and detected["confidence"] >= 70 and detected["engage"] is True
    assert detected["callback"]["number"] == "+1******0199"
    from chalicelib.calls import CallRegistry

    record = CallRegistry(get_store(), get_settings()).get_record("CA1", private=True)
    assert record["_callback_number"] == "+18885550199" and record["analysis"]["callback"]["number"] == "+1******0199"
    assert record["agent"] == {"status": "not_configured"}
    assert "+1******0199" in record["transcript"] and "one eight eight eight" not in record["transcript"]


def test_legitimate_voicemail_is_processed_without_alerts(client, qstash_mode, qstash) -> None:
    body = json.dumps({"task": "analyze_scam", "payload": {"subject": "CA5", "channel": "call",
                       "text": "hi mom it's me just calling to say i'll be home for dinner around six love you bye"}})
    assert deliver(client, body).status_code == 200
    assert events(("scam_detected",)) == [] and len(events(("call_processed",))) == 1
    assert qstash.messages == []


def test_qstash_chain_from_webhook_to_agent_and_alerts(client, qstash_mode, qstash) -> None:
    """Every hop goes through the loopback QStash and is delivered back signed like QStash."""
    twilio_post(client, "voice", {"CallSid": "CA9", "From": "+14155550123", "To": "+18005550100"})
    twilio_post(client, "recording-status", {"CallSid": "CA9", "RecordingSid": "RE9", "RecordingStatus": "completed",
                                             "RecordingUrl": "https://api.twilio.com/RE9", "RecordingDuration": "30"})
    twilio_post(client, "transcription", {"CallSid": "CA9", "TranscriptionSid": "TR9", "RecordingSid": "RE9",
                                          "TranscriptionStatus": "completed", "TranscriptionText": SCAM})
    waited, transcribed = qstash.messages
    for message in (waited, transcribed):
        assert message.destination == WORKER and message.retries == 3
        assert message.failure_callback == WORKER + "?callback=failure"
    assert waited.delay == "90s" and waited.deduplication_id == "process_transcription.CA9.recording"
    assert transcribed.delay is None and transcribed.deduplication_id == "process_transcription.CA9.transcription"

    assert deliver_recorded(client, transcribed).status_code == 200
    analyze = qstash.messages[2]
    assert analyze.json()["task"] == "analyze_scam" and analyze.deduplication_id == "analyze_scam.CA9"
    requests_before = qstash.requests
    assert deliver_recorded(client, analyze).status_code == 200
    fan_out = qstash.messages[3:]
    assert qstash.requests - requests_before == 1  # agent call + alert in one batch request
    assert [m.json()["task"] for m in fan_out] == ["trigger_vapi_call", "send_notifications"]
    assert all(m.batch for m in fan_out)
    for message in fan_out:
        assert deliver_recorded(client, message).status_code == 200
    # The delayed look at the recording finds the transcript already there and does nothing.
    late = deliver_recorded(client, waited)
    assert late.status_code == 200 and json.loads(late.body)["skipped"] == "transcript already done for CA9"
    assert [e["type"] for e in events(("scam_detected", "call_processed"))] == ["scam_detected", "call_processed"]
    # Redelivering the whole chain changes nothing.
    before = len(events())
    for message in list(qstash.messages):
        assert deliver_recorded(client, message, retried=1).status_code == 200
    assert len(events()) == before


def test_recording_without_transcript_is_marked_untranscribed(client, qstash_mode) -> None:
    body = json.dumps({"task": "process_transcription",
                       "payload": {"call_sid": "CA3", "variant": "recording", "recording_url": "https://api.twilio.com/x"}})
    assert deliver(client, body).status_code == 200
    [event] = events(("call_processed",))
    assert event["data"]["status"] == "untranscribed" and "not configured" in event["data"]["reason"]


def test_sms_pipeline_in_inline_mode(client, make_settings, use_settings) -> None:
    use_settings(make_settings("embedded", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN))
    body = "USPS: your package is on hold due to an unpaid shipping fee. Pay $1.99 now at https://usps-redeliver.top/pay"
    assert twilio_post(client, "sms", {"MessageSid": "SM1", "From": "+14155550123", "Body": body}).status_code == 200
    assert [e["type"] for e in events()] == ["incoming_sms", "scam_detected", "sms_processed"]


def test_qstash_down_leaves_the_task_for_the_relay(client, qstash_mode, qstash, caplog) -> None:
    qstash.fail_next(1, status=503)
    assert twilio_post(client, "transcription", {"CallSid": "CA4", "TranscriptionStatus": "completed",
                                                 "TranscriptionText": SCAM}).status_code == 200
    assert "QStash answered HTTP 503" in caplog.text and qstash.messages == []
    assert get_store().execute("zrange", "hl:outbox", 0, -1) == ["process_transcription.CA4.transcription"]
    assert invoke_relay(client) == {"relayed": 1, "pending": 1}
    [message] = qstash.messages
    assert message.deduplication_id == "process_transcription.CA4.transcription"
    assert deliver_recorded(client, message).status_code == 200
    # the delivered task removed its entry; its follow-up, published, waits for its own delivery
    assert get_store().execute("zrange", "hl:outbox", 0, -1) == ["analyze_scam.CA4"]
    assert qstash.messages[-1].json()["task"] == "analyze_scam"
    assert deliver_recorded(client, qstash.messages[-1]).status_code == 200
    assert len(events(("scam_detected",))) == 1


def test_failure_callback_records_the_dead_task(client, qstash_mode, qstash) -> None:
    twilio_post(client, "sms", {"MessageSid": "SM7", "From": "+14155550123", "Body": "win a free iphone now"})
    [message] = qstash.messages
    body = failure_callback_body(message, status=500)
    url = message.failure_callback
    response = deliver(client, body, url=url, path="?callback=failure")
    assert response.status_code == 200, response.body
    [event] = events(("task_failed",))
    assert event["data"]["task"] == "process_sms" and event["data"]["subject"] == "SM7" and event["data"]["final"] is True
    dead = json.loads(get_store().execute("lrange", "hl:tasks:dead", 0, -1)[0])
    assert dead["message_id"] == message.message_id and dead["status"] == 500


def test_transient_failure_releases_the_claim_for_the_retry(client, make_settings, use_settings, redis_server) -> None:
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, **QSTASH_KEYS))
    store = get_store()
    store.execute("set", "hl:call:CA6", "not-a-hash")  # the record write will fail: WRONGTYPE
    body = json.dumps({"task": "process_transcription", "payload": {"call_sid": "CA6", "transcription_text": SCAM}})
    failed = deliver(client, body)
    assert failed.status_code == 500
    assert store.execute("get", "hl:task:process_transcription.CA6") is None  # released
    assert events(("task_failed",))[0]["data"]["final"] is False
    store.execute("del", "hl:call:CA6")
    assert deliver(client, body, headers={"Upstash-Retried": "1"}).status_code == 200
    assert len(events(("scam_detected",))) == 1
