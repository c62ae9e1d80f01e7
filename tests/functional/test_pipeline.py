"""The idempotency helper, the outbox and relay, the request budget, alert failures sorted right."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest
from chalice.test import Client
from twilio.request_validator import RequestValidator

from app import app
from chalicelib.events import EventBus
from chalicelib.idempotency import Idempotency
from chalicelib.safety import CallLimiter
from chalicelib.settings import get_settings
from chalicelib.store import create_store, get_store
from tests.conftest import QSTASH_KEYS
from tests.support.loopback import JsonHandler, LoopbackServer
from tests.support.qstash import sign_delivery
from tests.support.receivers import Receivers
from tests.support.scenario import invoke_relay
from tests.support.twilio_webhooks import post_webhook

BASE = "https://honeyline.example/prod"
WORKER = f"{BASE}/api/process-transcription"
TOKEN = "twilio-token"
SCAM = ("hello this is the microsoft windows support department your computer is infected with a virus "
        "call us back immediately at one eight eight eight five five five zero one nine nine")


@pytest.fixture
def client():
    with Client(app) as test_client:
        yield test_client


def twilio_post(client, kind: str, params: dict[str, str]):
    return post_webhook(client, kind, params, base=BASE, token=TOKEN)


def deliver(client, task: str, payload: dict):
    body = json.dumps({"task": task, "payload": payload})
    headers = {"Content-Type": "application/json",
               "Upstash-Signature": sign_delivery(body, WORKER, QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"])}
    return client.http.post("/api/process-transcription", headers=headers, body=body)


def relay(client):
    return invoke_relay(client)


def events(types: tuple[str, ...] = ()) -> list[dict]:
    found = [e.to_dict() for e in EventBus(get_store(), get_settings()).read_since(None, 1000)[0]]
    return [e for e in found if not types or e["type"] in types]


# ------------------------------------------------------------ idempotency helper
def test_claim_complete_release_and_the_completion_fence(store) -> None:
    idem = Idempotency(store)
    first = idem.claim("k", ttl=30, commands=[("incr", "claims")])
    assert first.outcome == "claimed" and first.replies == [1]
    assert idem.claim("k", ttl=30).outcome == "busy"
    assert idem.claim("k", ttl=30, token=first.token).outcome == "own"  # a resend of the same request
    idem.release(first)
    second = idem.claim("k", ttl=30)
    assert second.outcome == "claimed"
    idem.release(first)  # not first's claim any more: kept
    assert idem.claim("k", ttl=30).outcome == "busy"
    done = idem.complete(second, {"n": 1}, [("incr", "effects")])
    assert done.outcome == "claimed" and done.ours
    # a slow run whose claim was taken over completes too late: nothing it wrote applies
    late = idem.complete(first, {"n": 2}, [("incr", "effects")])
    assert late.outcome == "done" and not late.ours and late.result == {"n": 1}
    assert idem.complete(second, {"n": 1}, [("incr", "effects")]).outcome == "own"  # a resent completion
    assert store.execute("get", "effects") == "1"
    assert idem.claim("k", ttl=30).result == {"n": 1}


def test_a_resent_eval_finds_its_own_claim_and_proceeds(make_settings, upstash_bridge) -> None:
    """Upstash applies the EVAL, answers after the client's timeout, the SDK resends it."""
    store = create_store(make_settings("upstash", STORE_TIMEOUT_SECONDS="1.0"))  # wide margins: CI may be loaded
    try:
        upstash_bridge.answer_late_next(1.8)
        before = upstash_bridge.requests
        claim = Idempotency(store).claim("task:x", ttl=30, commands=[("incr", "effects")])
        assert upstash_bridge.requests - before == 2  # the SDK did resend
        assert claim.outcome == "own" and claim.ours and claim.replies == [1]
        assert store.execute("get", "effects") == "1"
        # the agent's limiter: the resent reservation gets its own slot instead of "still active"
        upstash_bridge.answer_late_next(1.8)
        slot = CallLimiter(store, get_settings()).reserve("+18885550199", token="trigger_vapi_call.CA1")
        assert slot.number_tag
    finally:
        store.close()


# ----------------------------------------------------------------- outbox, relay
def test_delayed_work_waits_in_the_outbox_not_on_a_thread(client, make_settings, use_settings) -> None:
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN, TRANSCRIPTION_WAIT_SECONDS="1"))
    import threading

    twilio_post(client, "recording-status", {"CallSid": "CA1", "RecordingSid": "RE1", "RecordingStatus": "completed",
                                             "RecordingUrl": "https://api.twilio.com/RE1", "RecordingDuration": "30"})
    assert not [t for t in threading.enumerate() if isinstance(t, threading.Timer)]  # no timer left behind
    assert get_store().execute("zrange", "hl:outbox", 0, -1) == ["process_transcription.CA1.recording"]
    assert relay(client) == {"relayed": 0, "pending": 0}  # not due yet
    time.sleep(1.05)
    assert relay(client) == {"relayed": 1, "pending": 1}
    [event] = events(("call_processed",))
    assert event["data"]["status"] == "untranscribed"
    assert get_store().execute("zcard", "hl:outbox") == 0


def test_the_next_webhook_relays_what_the_outbox_holds(client, make_settings, use_settings, qstash_env, qstash) -> None:
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN, **qstash_env))
    qstash.fail_next(1, status=500)
    twilio_post(client, "sms", {"MessageSid": "SM1", "From": "+14155550123", "Body": "win a free iphone now"})
    assert qstash.messages == []
    twilio_post(client, "sms", {"MessageSid": "SM2", "From": "+14155550123", "Body": "your account is locked"})
    assert sorted(m.deduplication_id for m in qstash.messages) == ["process_sms.SM1", "process_sms.SM2"]


def test_a_hanging_qstash_costs_a_webhook_its_budget_not_more(client, make_settings, use_settings, qstash_env, qstash) -> None:
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN, **qstash_env))
    qstash.hang_next(1, seconds=4)
    started = time.monotonic()
    response = twilio_post(client, "sms", {"MessageSid": "SM3", "From": "+14155550123", "Body": "win a free iphone"})
    elapsed = time.monotonic() - started
    assert response.status_code == 200 and elapsed < 5.0, elapsed
    assert get_store().execute("zrange", "hl:outbox", 0, -1) == ["process_sms.SM3"]  # kept for the relay


def test_production_requires_qstash_unless_tasks_inline(client, make_settings, use_settings) -> None:
    env = {"APP_ENV": "production", "PUBLIC_BASE_URL": BASE, "TWILIO_AUTH_TOKEN": TOKEN, **QSTASH_KEYS}
    use_settings(make_settings("redis", **env))
    refused = twilio_post(client, "sms", {"MessageSid": "SM4", "From": "+14155550123", "Body": "hello"})
    assert refused.status_code == 503 and "QSTASH_TOKEN" in json.loads(refused.body)["message"]
    use_settings(make_settings("redis", TASKS_INLINE="true", **env))
    assert twilio_post(client, "sms", {"MessageSid": "SM4", "From": "+14155550123", "Body": "hello"}).status_code == 200


# ------------------------------------------------------------------ alert errors
@pytest.fixture(scope="module")
def receivers():
    with Receivers() as rx:
        yield rx


def test_alert_failures_are_sorted_by_what_a_retry_can_do(client, make_settings, use_settings, qstash_env, qstash,
                                                          receivers) -> None:
    receivers.reset()
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, SLACK_WEBHOOK_URL=receivers.slack_url(),
                               TELEGRAM_BOT_TOKEN=receivers.telegram_token, TELEGRAM_CHAT_ID="-100123",
                               TELEGRAM_API_BASE=receivers.url, **qstash_env))
    # Telegram says "retry after 7": the task completes and comes back through QStash in 7 s
    receivers.fail_next("/bot", 1, 429)
    waited = deliver(client, "send_notifications", {"subject": "CA1", "alert": "scam_detected", "channel": "call"})
    assert waited.status_code == 200 and json.loads(waited.body)["retry_in"] == 7
    [again] = qstash.messages
    assert again.delay == "7s" and again.json()["payload"]["retry"] == 1
    assert len(receivers.requests_to("/slack/")) == 1
    # a revoked Slack webhook (404) will never work: 489 tells QStash to stop
    receivers.fail_next("/slack/", 1, 404)
    refused = deliver(client, "send_notifications", {"subject": "CA2", "alert": "scam_detected", "channel": "call"})
    assert refused.status_code == 489 and refused.headers["Upstash-NonRetryable-Error"] == "true"
    assert events(("task_failed",))[-1]["data"]["final"] is True


# ------------------------------------------------------------------------ errors
def test_upstash_whole_batch_refusals_are_a_store_outage_not_a_crash(make_settings) -> None:
    from chalicelib.errors import StoreUnavailable

    store = create_store(make_settings("upstash", UPSTASH_REDIS_REST_TOKEN="revoked"))
    try:
        with pytest.raises(StoreUnavailable, match="whole batch"):
            store.pipeline([("set", "a", "1"), ("get", "a")])  # 401 {"error": "Unauthorized"} on /pipeline
    finally:
        store.close()
    store = create_store(make_settings("upstash"))
    try:
        with pytest.raises(StoreUnavailable, match="whole batch"):
            store.transaction([("set", "a", "1"), ("nosuchcommand", "a")])  # EXECABORT: discarded
        assert store.execute("get", "a") is None
    finally:
        store.close()


@pytest.mark.parametrize("cursor", ["18446744073709551615", "253402300800000", "1-18446744073709551615"])
def test_cursors_out_of_range_are_a_400_on_every_backend(client, make_settings, use_settings, backend, cursor) -> None:
    use_settings(make_settings(backend))
    response = client.http.get(f"/api/live-updates?mode=poll&since={cursor}")
    assert response.status_code == 400 and "out of range" in json.loads(response.body)["message"]
    assert client.http.get("/api/live-updates?mode=poll&since=253402300799999").status_code == 200


# ------------------------------------------------------------- production facts
@pytest.mark.parametrize(("skew", "accepted"), [(3, True), (-3, True), (30, False)], ids=["ahead-3s", "expired-3s", "ahead-30s"])
def test_qstash_signatures_tolerate_a_few_seconds_of_clock_skew(client, make_settings, use_settings, skew, accepted) -> None:
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, **QSTASH_KEYS))
    body = json.dumps({"task": "process_sms", "payload": {"message_sid": "SM9", "body": "hello"}})
    now = int(time.time()) + skew if skew > 0 else int(time.time()) - 300 + skew  # nbf ahead, or exp just past
    signature = sign_delivery(body, WORKER, QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"], now=now)
    response = client.http.post("/api/process-transcription", body=body,
                                headers={"Content-Type": "application/json", "Upstash-Signature": signature})
    assert (response.status_code == 200) is accepted, response.body


def test_twilio_signatures_for_the_execute_api_url_pass_when_public_base_url_is_a_custom_domain(make_settings,
                                                                                              use_settings) -> None:
    use_settings(make_settings("redis", TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL="https://honeypot.example.org"))
    with open("tests/events/apigw_twilio_voice.json") as f:
        event = json.load(f)
    params = {"CallSid": "CA77", "From": "+14155550123", "To": "+18005550100"}
    event["body"] = urlencode(params)
    called = "https://abc123.execute-api.us-east-1.amazonaws.com/prod/api/twilio-webhook?type=voice"
    for url, status in ((called, 200), ("https://honeypot.example.org/api/twilio-webhook?type=voice", 200),
                        ("https://evil.example/prod/api/twilio-webhook?type=voice", 403)):
        event["headers"]["X-Twilio-Signature"] = RequestValidator(TOKEN).compute_signature(url, params)
        event["multiValueHeaders"] = {}
        assert app(event, None)["statusCode"] == status, url


def test_bedrock_makes_one_attempt_so_the_llm_budget_holds() -> None:
    """A loopback Bedrock answering 503: botocore must not try again (its default would, twice more)."""
    import boto3

    from chalicelib.analysis.llm import bedrock_config

    seen: list[str] = []

    class Handler(JsonHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append(self.path)
            self._send(503, {"message": "Bedrock is unavailable"}, {"x-amzn-ErrorType": "ServiceUnavailableException"})

    with _Loopback(Handler) as server:
        client = boto3.client("bedrock-runtime", region_name="us-east-1", endpoint_url=server.url,
                              aws_access_key_id="x", aws_secret_access_key="x", config=bedrock_config(2.0))
        with pytest.raises(Exception):
            client.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0",
                            messages=[{"role": "user", "content": [{"text": "hi"}]}])
    assert len(seen) == 1


class _Loopback(LoopbackServer):
    def __init__(self, handler) -> None:
        super().__init__(handler)
        self.serve_in_background()


def test_a_refusing_qstash_leaves_the_task_for_the_relay(client, make_settings, use_settings, qstash_env) -> None:
    from tests.support.redis_server import free_port

    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens: connection refused
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN,
                               **{**qstash_env, "QSTASH_URL": closed}))
    started = time.monotonic()
    response = twilio_post(client, "sms", {"MessageSid": "SM5", "From": "+14155550123", "Body": "win a free iphone"})
    assert response.status_code == 200 and time.monotonic() - started < 2.0
    assert get_store().execute("zrange", "hl:outbox", 0, -1) == ["process_sms.SM5"]


def test_health_names_the_missing_queue_in_production(client, make_settings, use_settings) -> None:
    env = {"APP_ENV": "production", "PUBLIC_BASE_URL": BASE, "TWILIO_AUTH_TOKEN": TOKEN}
    use_settings(make_settings("redis", **env))
    report = json.loads(client.http.get("/api/health").body)
    assert report["checks"]["queue"] == {"ok": False, "mode": "inline", "error": report["checks"]["queue"]["error"]}
    assert "QSTASH_TOKEN" in report["checks"]["queue"]["error"]
    use_settings(make_settings("redis", TASKS_INLINE="true", **env))
    assert json.loads(client.http.get("/api/health").body)["checks"]["queue"]["ok"] is True


def test_the_transcript_travels_with_the_task_when_redis_lost_the_webhook_writes(client, make_settings, use_settings,
                                                                                  vapi) -> None:
    """No call record at all (the webhook's writes were lost to a Redis blip): the agent still calls."""
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, VAPI_API_KEY=vapi.api_key, VAPI_BASE_URL=vapi.url,
                               VAPI_PHONE_NUMBER_ID="pn_1", VAPI_WEBHOOK_SECRET="s", VAPI_TIMEOUT_SECONDS="2",
                               **QSTASH_KEYS))
    text = ("hello this is the microsoft windows support department your computer is infected with a virus "
            "call us back immediately at one eight eight eight five five five zero one nine nine")
    assert deliver(client, "analyze_scam", {"subject": "CA8", "channel": "call", "text": text}).status_code == 200
    assert len(vapi.calls) == 1 and vapi.calls[0]["customer"]["number"] == "+18885550199"


def test_redis_stopped_for_3_s_mid_webhook_the_webhook_answers_in_time_and_nothing_is_lost(
        client, make_settings, use_settings, qstash_env, qstash, redis_server) -> None:
    import os
    import signal
    import threading

    from tests.support.qstash import delivery_headers

    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, TWILIO_AUTH_TOKEN=TOKEN, **qstash_env))
    get_store().execute("ping")  # connected before the pause
    os.kill(redis_server.pid, signal.SIGSTOP)
    resume = threading.Timer(3.0, os.kill, args=(redis_server.pid, signal.SIGCONT))
    resume.start()
    try:
        started = time.monotonic()
        response = twilio_post(client, "sms", {"MessageSid": "SM6", "From": "+14155550123",
                                               "Body": "USPS: your parcel is held, pay the fee at https://usps-fee.top/pay"})
        elapsed = time.monotonic() - started
    finally:
        resume.join()
        os.kill(redis_server.pid, signal.SIGCONT)
    assert response.status_code == 200 and elapsed < 5.0, (response.status_code, elapsed)
    [message] = qstash.messages  # the commit could not reach Redis: the task went to QStash directly, body inside
    assert message.json()["payload"]["body"].startswith("USPS")
    delivered = client.http.post("/api/process-transcription", body=message.body,
                                 headers=delivery_headers(message, QSTASH_KEYS["QSTASH_CURRENT_SIGNING_KEY"]))
    assert delivered.status_code == 200, delivered.body
    assert any(m.json()["task"] == "analyze_scam" for m in qstash.messages)


def test_inline_a_failed_alert_is_retried_by_the_relay_then_dead_lettered(client, make_settings, use_settings,
                                                                          receivers) -> None:
    """Without QStash a failed task backs off in the outbox (12 s, 1 min, ...) and is dead-lettered after 5 runs."""
    receivers.reset()
    use_settings(make_settings("redis", PUBLIC_BASE_URL=BASE, SLACK_WEBHOOK_URL=receivers.slack_url(), **QSTASH_KEYS))
    store = get_store()
    receivers.fail_next("/slack/", 5, 500)
    assert deliver(client, "analyze_scam", {"subject": "SM1", "channel": "sms", "text":
                   "USPS: your parcel is held for an unpaid fee, pay now at https://usps-fee.top/pay"}).status_code == 200
    [(task_id, due)] = store.execute("zrange", "hl:outbox", 0, -1, "withscores")
    assert task_id == "send_notifications.SM1" and float(due) > time.time() * 1000 + 10_000  # backed off
    assert events(("task_failed",))[-1]["data"]["final"] is False
    for attempt in range(2, 6):  # each time it comes due, the relay runs it again
        store.execute("zadd", "hl:outbox", 0, task_id)
        relay(client)
        assert len(receivers.requests_to("/slack/")) == attempt
    assert store.execute("zcard", "hl:outbox") == 0
    assert events(("task_failed",))[-1]["data"]["final"] is True
    assert json.loads(store.execute("lindex", "hl:tasks:dead", 0))["task"] == "send_notifications"
