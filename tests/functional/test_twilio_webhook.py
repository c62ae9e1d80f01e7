"""POST /api/twilio-webhook: signed, idempotent, masked, one round trip, never a 5xx for input."""

from __future__ import annotations

import json
import re
import threading
import time
from urllib.parse import urlencode

import pytest
from twilio.request_validator import RequestValidator

from app import app
from chalicelib.calls import CallRegistry
from chalicelib.events import EventBus
from chalicelib.settings import get_settings
from chalicelib.store import get_store

TOKEN = "twilio-test-token"
BASE = "https://honeyline.example/prod"
CALLER = "+14155550123"
HONEYPOT = "+18005550100"
CALLBACK = "+18885550199"
CLEAR_NUMBERS = [CALLER, HONEYPOT, CALLBACK, "4155550123", "555-0123", "5550199"]


def sign(url: str, params: dict[str, str], token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def post(client, kind: str, params: dict[str, str], *, signature: str | None = "auto", headers=None, url_base=BASE):
    url = f"{url_base}/api/twilio-webhook?type={kind}"
    all_headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    if signature == "auto":
        signature = sign(url, params)
    if signature is not None:
        all_headers["X-Twilio-Signature"] = signature
    return client.http.post(f"/api/twilio-webhook?type={kind}", headers=all_headers, body=urlencode(params))


VOICE = {"CallSid": "CA0001", "From": CALLER, "To": HONEYPOT, "CallStatus": "ringing", "FromCountry": "US", "Digits": ""}


@pytest.fixture
def configured(make_settings, use_settings, backend, qstash_env):
    """Production-shaped: tasks go to the loopback QStash, so each webhook's own cost is visible."""
    return use_settings(make_settings(backend, TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL=BASE,
                                      SMS_REPLY="Thanks, we got your message.", **qstash_env))


def tasks(qstash) -> list[dict]:
    return [m.json() for m in qstash.messages]


def events() -> list[dict]:
    return [e.to_dict() for e in EventBus(get_store(), get_settings()).read_since(None, 1000)[0]]


def assert_masked(*texts: str) -> None:
    for text in texts:
        for number in CLEAR_NUMBERS:
            assert number not in text, f"unmasked {number} in {text[:200]}"


def test_twilio_published_vector_passes_our_verification(make_settings, use_settings) -> None:
    from chalice.app import Request

    from chalicelib.security import public_url, verify_twilio

    settings = use_settings(make_settings("embedded", TWILIO_AUTH_TOKEN="12345", PUBLIC_BASE_URL="https://mycompany.com"))
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+14158675309", "Digits": "1234", "From": "+14158675309", "To": "+18005551212"}
    event = {
        "multiValueQueryStringParameters": {"foo": ["1"], "bar": ["2"]},
        "headers": {"x-twilio-signature": "RSOYDt4T1cUTdK1PDd93/VVr8B8="},
        "pathParameters": {}, "requestContext": {"httpMethod": "POST", "resourcePath": "/myapp.php", "path": "/myapp.php"},
        "body": urlencode(params), "isBase64Encoded": False, "stageVariables": {},
    }
    request = Request(event)
    assert public_url(request, settings) == "https://mycompany.com/myapp.php?foo=1&bar=2"
    verify_twilio(request, params, settings)  # raises Forbidden on mismatch
    event["headers"]["x-twilio-signature"] = "RSOYDt4T1cUTdK1PDd93/VVr8B8X"
    with pytest.raises(Exception, match="does not match"):
        verify_twilio(Request(event), params, settings)


def test_voice_records_publishes_and_answers_twiml(client, configured, qstash, caplog) -> None:
    store = get_store()
    before = store.round_trips
    response = post(client, "voice", VOICE)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/xml")
    twiml = response.body.decode()
    assert "<Say" in twiml and "voicemail" in twiml
    assert 'maxLength="120"' in twiml and 'transcribe="true"' in twiml
    assert f'transcribeCallback="{BASE}/api/twilio-webhook?type=transcription"' in twiml
    assert f'recordingStatusCallback="{BASE}/api/twilio-webhook?type=recording-status"' in twiml
    assert store.round_trips - before == 1
    [event] = events()
    assert event["type"] == "incoming_call" and event["data"]["callSid"] == "CA0001"
    assert event["data"]["from"] == "+1******0123"
    active = CallRegistry(store, get_settings()).list_active()
    assert [c["sid"] for c in active] == ["CA0001"] and active[0]["from"] == "+1******0123"
    record = CallRegistry(store, get_settings()).get_record("CA0001", private=True)
    assert record["_from"] == CALLER and record["from"] == "+1******0123"
    assert qstash.messages == []
    assert_masked(twiml, json.dumps(events()), json.dumps(active), caplog.text)


def test_every_kind_costs_one_round_trip_and_one_task_at_most(client, configured, upstash_bridge, qstash) -> None:
    store = get_store()
    deliveries = [
        ("voice", VOICE),
        ("status", {"CallSid": "CA0001", "CallStatus": "in-progress", "From": CALLER}),
        ("recording-status", {"CallSid": "CA0001", "RecordingSid": "RE0001", "RecordingStatus": "completed",
                              "RecordingUrl": "https://api.twilio.com/rec/RE0001", "RecordingDuration": "34"}),
        ("transcription", {"CallSid": "CA0001", "RecordingSid": "RE0001", "TranscriptionSid": "TR0001",
                           "TranscriptionStatus": "completed",
                           "TranscriptionText": "this is microsoft support call us back at 888-555-0199"}),
        ("status", {"CallSid": "CA0001", "CallStatus": "completed", "CallDuration": "41"}),
        ("sms", {"MessageSid": "SM0001", "From": CALLER, "To": HONEYPOT, "Body": "Your parcel is held, pay at http://bit.ly/x or call 888-555-0199"}),
    ]
    for kind, params in deliveries:
        before, requests_before, publishes_before = store.round_trips, upstash_bridge.requests, qstash.requests
        response = post(client, kind, params)
        assert response.status_code == 200, (kind, response.body)
        assert store.round_trips - before == 1, kind
        if store.backend == "upstash":
            assert upstash_bridge.requests - requests_before == 1, kind
        assert qstash.requests - publishes_before <= 1, kind
    assert [t["task"] for t in tasks(qstash)] == ["process_transcription", "process_transcription", "process_sms"]
    transcription_task = tasks(qstash)[1]["payload"]
    assert transcription_task["transcription_text"].endswith("888-555-0199")  # the worker needs the clear text
    assert [e["type"] for e in events()] == ["incoming_call"] + ["call_status_update"] * 4 + ["incoming_sms"]
    statuses = [e["data"].get("status") for e in events()]
    assert statuses[1:5] == ["in-progress", "recording_completed", "transcription_completed", "completed"]
    registry = CallRegistry(store, get_settings())
    assert registry.list_active() == []  # completed ends the active call
    record = registry.get_record("CA0001")
    assert record["duration"] == 41 and record["recording_duration"] == 34
    assert "888-555-0199" not in record["transcript"] and "microsoft support" in record["transcript"]
    sms_event = events()[-1]
    assert sms_event["data"]["body"].startswith("Your parcel is held") and "0199" in sms_event["data"]["body"]
    assert_masked(json.dumps(events()), json.dumps(record))


def test_sms_answers_the_configured_acknowledgement_or_nothing(client, make_settings, use_settings) -> None:
    params = {"MessageSid": "SM1", "From": CALLER, "Body": "hi"}
    use_settings(make_settings("embedded", TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL=BASE, SMS_REPLY="Got it <3 & thanks"))
    assert "<Message>Got it &lt;3 &amp; thanks</Message>" in post(client, "sms", params).body.decode()
    use_settings(make_settings("embedded", TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL=BASE))
    assert post(client, "sms", {**params, "MessageSid": "SM2"}).body.decode().endswith("<Response />")


def test_retried_webhook_has_its_effects_once(client, configured, qstash) -> None:
    for _ in range(3):
        assert post(client, "voice", VOICE).status_code == 200
    rec = {"CallSid": "CA0001", "RecordingSid": "RE1", "RecordingStatus": "completed", "RecordingUrl": "u"}
    for _ in range(3):
        assert post(client, "recording-status", rec).status_code == 200
    assert [e["type"] for e in events()] == ["incoming_call", "call_status_update"]
    assert len(qstash.messages) == 1


def test_replays_with_new_idempotency_tokens_are_one_message(client, configured, qstash) -> None:
    """The key comes from signed fields only: an attacker replaying a captured webhook with a
    fresh (unsigned) I-Twilio-Idempotency-Token header must not create a second record."""
    for token in ("tok-1", "tok-1", "tok-2", "tok-3", ""):
        response = post(client, "sms", {"MessageSid": "SM1", "From": CALLER, "Body": "a"},
                        headers={"I-Twilio-Idempotency-Token": token} if token else {})
        assert response.status_code == 200
    assert [e["type"] for e in events()] == ["incoming_sms"] and qstash.requests == 1


def test_concurrent_duplicates_have_their_effects_once(client, configured, qstash) -> None:
    barrier = threading.Barrier(6)
    statuses: list[int] = []

    def deliver() -> None:
        barrier.wait()
        statuses.append(post(client, "sms", {"MessageSid": "SM9", "From": CALLER, "Body": "win a prize"}).status_code)

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200] * 6
    assert [e["type"] for e in events()] == ["incoming_sms"]
    assert len(qstash.messages) == 1


@pytest.mark.parametrize(
    ("signature", "reason"),
    [(None, "missing X-Twilio-Signature"), ("bm90IGEgc2lnbmF0dXJl", "does not match")],
)
def test_unsigned_or_forged_webhook_is_refused_and_nothing_stored(client, configured, qstash, signature, reason) -> None:
    response = post(client, "voice", VOICE, signature=signature)
    assert response.status_code == 403 and reason in json.loads(response.body)["message"]
    assert events() == [] and qstash.requests == 0
    assert CallRegistry(get_store(), get_settings()).list_active() == []


def test_signature_over_other_params_is_refused(client, configured) -> None:
    good = sign(f"{BASE}/api/twilio-webhook?type=voice", VOICE)
    response = post(client, "voice", {**VOICE, "From": "+14155550999"}, signature=good)
    assert response.status_code == 403


def test_development_without_token_accepts_with_a_warning(client, make_settings, use_settings, caplog) -> None:
    use_settings(make_settings("embedded"))
    response = post(client, "voice", VOICE, signature=None)
    assert response.status_code == 200 and "TWILIO_AUTH_TOKEN unset" in caplog.text


def test_production_without_token_refuses(client, make_settings, use_settings, caplog) -> None:
    use_settings(make_settings("redis", APP_ENV="production", PUBLIC_BASE_URL=BASE))
    response = post(client, "voice", VOICE, signature=None)
    body = json.loads(response.body)
    assert response.status_code == 503 and "TWILIO_AUTH_TOKEN" in body["message"]
    assert "TWILIO_AUTH_TOKEN is not configured" in caplog.text and events() == []


@pytest.mark.parametrize(
    ("kind", "params", "headers", "status", "reason"),
    [
        ("voice", VOICE, {"Content-Type": "application/json"}, 415, "expected application/x-www-form-urlencoded"),
        ("voice", {"From": CALLER}, None, 400, "missing CallSid"),
        ("voice", {"CallSid": "CA1"}, None, 400, "missing From"),
        ("sms", {"From": CALLER, "Body": "x"}, None, 400, "missing MessageSid"),
        ("fax", VOICE, None, 400, "unknown webhook type"),
        ("recording-status", {"CallSid": "CA1"}, None, 400, "missing RecordingSid"),
    ],
)
def test_bad_input_is_a_4xx_with_a_reason(client, configured, kind, params, headers, status, reason) -> None:
    response = post(client, kind, params, headers=headers)
    assert response.status_code == status, response.body
    assert reason in json.loads(response.body)["message"]
    assert events() == []


def test_malformed_numbers_in_params_do_not_fail_the_webhook(client, configured) -> None:
    response = post(client, "recording-status", {"CallSid": "CA1", "RecordingSid": "RE1", "RecordingDuration": "12s"})
    assert response.status_code == 200
    assert post(client, "status", {"CallSid": "CA1", "CallStatus": "completed", "CallDuration": "-3"}).status_code == 200


def test_missing_type_and_oversized_body_are_refused(client, configured) -> None:
    response = client.http.post(
        "/api/twilio-webhook", headers={"Content-Type": "application/x-www-form-urlencoded"}, body=urlencode(VOICE)
    )
    assert response.status_code in (400, 403)
    big = {**VOICE, "Body": "x" * 70_000}
    response = post(client, "voice", big)
    assert response.status_code == 413 and "limit is 65536" in json.loads(response.body)["message"]


def test_redis_down_still_answers_twiml_fast(client, make_settings, use_settings, redis_server, qstash, qstash_env, caplog) -> None:
    use_settings(make_settings("redis", TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL=BASE, STORE_TIMEOUT_SECONDS="1", **qstash_env))
    redis_server.stop()
    try:
        started = time.monotonic()
        voice = post(client, "voice", VOICE)
        transcription = post(client, "transcription", {"CallSid": "CA0001", "TranscriptionText": "call 888-555-0199", "TranscriptionStatus": "completed"})
        elapsed = time.monotonic() - started
    finally:
        redis_server.start()
    assert voice.status_code == 200 and "<Record" in voice.body.decode()
    assert transcription.status_code == 200
    assert elapsed < 5
    assert [t["task"] for t in tasks(qstash)] == ["process_transcription"]  # the work goes on
    assert "store unavailable" in caplog.text
    assert_masked(caplog.text)


def test_raw_api_gateway_event_verifies_against_the_stage_url(make_settings, use_settings) -> None:
    """No PUBLIC_BASE_URL: the URL is rebuilt from X-Forwarded-Proto, Host and requestContext.path."""
    use_settings(make_settings("embedded", TWILIO_AUTH_TOKEN=TOKEN))
    with open("tests/events/apigw_twilio_voice.json") as f:
        template = json.load(f)
    params = dict(VOICE)
    template["body"] = urlencode(params)
    public = "https://abc123.execute-api.us-east-1.amazonaws.com/prod/api/twilio-webhook?type=voice"
    template["headers"]["X-Twilio-Signature"] = sign(public, params)
    response = app(template, None)
    assert response["statusCode"] == 200, response["body"]
    assert "https://abc123.execute-api.us-east-1.amazonaws.com/prod/api/twilio-webhook?type=transcription" in response["body"]
    # The same request signed for the URL without the stage must fail: the stage is part of the URL.
    template["headers"]["X-Twilio-Signature"] = sign(public.replace("/prod", ""), params)
    template["multiValueHeaders"] = {}
    assert app(template, None)["statusCode"] == 403


def test_local_server_url_is_rebuilt_from_host_header(client, make_settings, use_settings) -> None:
    """chalice local / the test client: no stage, plain http, the Host header."""
    use_settings(make_settings("embedded", TWILIO_AUTH_TOKEN=TOKEN))
    url_base = "http://127.0.0.1:8000"
    response = post(client, "sms", {"MessageSid": "SM5", "From": CALLER, "Body": "hi"}, url_base=url_base,
                    headers={"Host": "127.0.0.1:8000"})
    assert response.status_code == 200, response.body


def test_no_unmasked_number_in_logs_of_a_full_call(client, configured, caplog) -> None:
    caplog.set_level("DEBUG")
    post(client, "voice", VOICE)
    post(client, "transcription", {"CallSid": "CA0001", "TranscriptionText": "call me back on 888 555 0199", "TranscriptionStatus": "completed"})
    post(client, "sms", {"MessageSid": "SM1", "From": CALLER, "Body": "call +1 888 555 0199"})
    formatted = "\n".join(r.getMessage() for r in caplog.records)
    assert formatted and re.search(r"twilio (voice|sms)", formatted)
    assert_masked(formatted, json.dumps(events()))
