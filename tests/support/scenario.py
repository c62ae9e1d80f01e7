"""One whole scam call driven the way the providers drive it, for the fault-injection suite and bench.

Twilio posts the webhooks (signed) and retries one that failed; QStash delivers each
published message (signed), redelivers on any answer but 2xx and 489, and posts the
failure callback when it gives up; the scheduled ``relay_tasks`` runs whenever the
queue runs dry; VAPI posts one end-of-call report for the call it placed.
:func:`end_state` is what must come out the same whatever crashed on the way.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

from chalicelib.calls import CallRegistry
from chalicelib.events import EventBus
from chalicelib.history import RECENT_AGENT_CALLS, RECENT_SCAMS, day_key
from chalicelib.pipeline.outbox import OUTBOX_KEY
from chalicelib.settings import get_settings
from chalicelib.store import get_store
from tests.support.qstash import FakeQStash, delivery_headers, failure_callback_body, sign_delivery

BASE = "https://honeyline.example/prod"
WORKER = f"{BASE}/api/process-transcription"
TWILIO_TOKEN = "twilio-token-scenario"
VAPI_SECRET = "vapi-secret-scenario"
CALLER = "+14155550123"
SCAM = ("hello this is the microsoft windows support department your computer is infected with a virus "
        "and your license has expired call us back immediately at one eight eight eight five five five "
        "zero one nine nine or we will have to block your ip address")
QSTASH_MAX_RETRIES = 3
DIAGNOSTIC_EVENTS = {"task_failed", "notification_failed"}  # how a fault shows itself, not an effect


def environment(*, qstash: FakeQStash, vapi: Any, receivers: Any, keys: dict[str, str]) -> dict[str, str]:
    """Variables for a production-like deployment against the loopback providers."""
    return {
        "PUBLIC_BASE_URL": BASE, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "QSTASH_TOKEN": qstash.token,
        "QSTASH_URL": qstash.url, **keys, "VAPI_API_KEY": vapi.api_key, "VAPI_BASE_URL": vapi.url,
        "VAPI_PHONE_NUMBER_ID": "pn_scenario", "VAPI_WEBHOOK_SECRET": VAPI_SECRET, "VAPI_TIMEOUT_SECONDS": "2",
        "SLACK_WEBHOOK_URL": receivers.slack_url(), "TELEGRAM_BOT_TOKEN": receivers.telegram_token,
        "TELEGRAM_CHAT_ID": "-100123", "TELEGRAM_API_BASE": receivers.url, "OUTBOX_GRACE_SECONDS": "0",
        "TRANSCRIPTION_WAIT_SECONDS": "0",
    }


@dataclass
class Run:
    """What the providers saw: crashes answered (5xx), retries made, the slowest webhook."""

    client: Any
    qstash: FakeQStash
    key: str
    errors: int = 0
    retries: int = 0
    max_webhook_seconds: float = 0.0
    acknowledged: set[str] = field(default_factory=set)
    attempts: Counter = field(default_factory=Counter)

    # ---------------------------------------------------------------- Twilio
    def twilio(self, kind: str, params: dict[str, str]) -> None:
        url = f"{BASE}/api/twilio-webhook?type={kind}"
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "X-Twilio-Signature": RequestValidator(TWILIO_TOKEN).compute_signature(url, params)}
        for attempt in range(2):  # Twilio retries a webhook that failed, once
            started = time.monotonic()
            response = self.client.http.post(f"/api/twilio-webhook?type={kind}", headers=headers, body=urlencode(params))
            self.max_webhook_seconds = max(self.max_webhook_seconds, time.monotonic() - started)
            if response.status_code < 500:
                return
            self.errors += 1
            self.retries += attempt == 0

    # ---------------------------------------------------------------- QStash
    def drain(self, rounds: int = 40) -> None:
        """Deliver until nothing is left: QStash's redeliveries, then the relay when the queue is dry."""
        for _ in range(rounds):
            pending = [m for m in self.qstash.messages if m.message_id not in self.acknowledged]
            if not pending:
                before = len(self.qstash.messages)
                self.relay()
                if len(self.qstash.messages) == before:
                    return
                continue
            for message in pending:
                self._deliver(message)

    def _deliver(self, message: Any) -> None:
        retried = self.attempts[message.message_id]
        response = self.client.http.post("/api/process-transcription",
                                         headers=delivery_headers(message, self.key, retried=retried), body=message.body)
        if 200 <= response.status_code < 300 or response.status_code == 489:
            self.acknowledged.add(message.message_id)
            if response.status_code == 489:
                self._failure_callback(message, 489)
            return
        self.errors += 1
        self.attempts[message.message_id] += 1
        self.retries += 1
        if self.attempts[message.message_id] > QSTASH_MAX_RETRIES:
            self.acknowledged.add(message.message_id)
            self._failure_callback(message, response.status_code)

    def _failure_callback(self, message: Any, status: int) -> None:
        body = failure_callback_body(message, status=status)
        url = message.failure_callback
        self.client.http.post("/api/process-transcription?callback=failure", body=body, headers={
            "Content-Type": "application/json", "Upstash-Signature": sign_delivery(body, url, self.key)})

    def relay(self) -> None:
        invoke_relay(self.client)

    # ------------------------------------------------------------------ VAPI
    def end_of_call(self, call_id: str, seconds: float = 420) -> None:
        message = {"type": "end-of-call-report", "endedReason": "customer-ended-call", "durationSeconds": seconds,
                   "call": {"id": call_id}}
        response = self.client.http.post("/api/vapi-webhook", body=json.dumps({"message": message}),
                                         headers={"Content-Type": "application/json", "X-Vapi-Secret": VAPI_SECRET})
        if response.status_code >= 500:
            self.errors += 1


def invoke_relay(client: Any) -> Any:
    """The scheduled ``relay_tasks`` as Lambda runs it: a scheduled event and a context with the stage's
    60 s timeout (Chalice's test ``lambda_.invoke`` gives every function 3 s, whatever the config says)."""
    from chalice.local import LambdaContext

    from app import app

    event = client.events.generate_cw_event(source="aws.events", detail_type="Scheduled Event", detail={}, resources=[])
    return app.handler_map["relay_tasks"](event, LambdaContext("relay_tasks", memory_size=512, max_runtime_ms=60_000))


def play_call(run: Run, vapi: Any, sid: str = "CA1", *, between: Any = None) -> None:
    """voice → recording-status → transcription → status, every task delivered, the agent's report.

    ``between(run, kind)`` runs before each webhook (a benchmark stalls a provider there).
    """
    webhooks = [
        ("voice", {"CallSid": sid, "From": CALLER, "To": "+18005550100"}),
        ("recording-status", {"CallSid": sid, "RecordingSid": "RE" + sid, "RecordingStatus": "completed",
                              "RecordingUrl": f"https://api.twilio.com/RE{sid}", "RecordingDuration": "31"}),
        ("transcription", {"CallSid": sid, "RecordingSid": "RE" + sid, "TranscriptionSid": "TR" + sid,
                           "TranscriptionStatus": "completed", "TranscriptionText": SCAM}),
        ("status", {"CallSid": sid, "CallStatus": "completed", "CallDuration": "45"}),
    ]
    for kind, params in webhooks:
        if between is not None:
            between(run, kind)
        run.twilio(kind, params)
    run.drain()
    placed = {c["id"] for c in vapi._created}
    for call_id in sorted(placed):
        run.end_of_call(call_id)
    run.drain()


def end_state(vapi: Any, receivers: Any, sid: str = "CA1") -> dict[str, Any]:
    """Everything a fault must not change: effects, counts, the record, an empty outbox."""
    store, settings = get_store(), get_settings()
    events = EventBus(store, settings).read_since(None, 1000)[0]
    record = CallRegistry(store, settings).get_record(sid) or {}
    agent = record.get("agent") or {}
    return {
        "events": sorted(Counter(e.type for e in events if e.type not in DIAGNOSTIC_EVENTS).items()),
        "vapi_calls": len(vapi.calls),
        "alerts": {"slack": len(receivers.requests_to("/slack/")), "telegram": len(receivers.requests_to("/bot"))},
        "record": {"status": record.get("status"), "transcription": record.get("transcription_status"),
                   "scam": (record.get("analysis") or {}).get("is_scam"), "agent": agent.get("status"),
                   "agent_result": (record.get("agent_result") or {}).get("duration_seconds")},
        "counters": dict(sorted(zip(*[iter(store.execute("hgetall", day_key(time.time())) or [])] * 2))),
        "recent": [store.execute("llen", RECENT_SCAMS), store.execute("llen", RECENT_AGENT_CALLS)],
        "outbox": store.execute("zcard", OUTBOX_KEY),
        "campaign": campaign_state(sid),
    }


def campaign_state(sid: str) -> dict[str, Any]:
    """The call's campaign and blocklist entry: counted once whatever crashed (issue 15)."""
    from chalicelib import campaigns

    store = get_store()
    cid = store.execute("get", campaigns.of_key(sid))
    if not cid:
        return {}
    fields = dict(zip(*[iter(store.execute("hgetall", campaigns.camp_key(cid)) or [])] * 2))
    numbers = store.execute("zrange", campaigns.NUMBERS_KEY, 0, -1) or []
    return {
        "campaigns": store.execute("zcard", campaigns.INDEX_KEY),
        "counts": {k: fields.get(k) for k in ("calls", "texts", "agent_calls", "agent_seconds", "agent_successes")},
        "callers": store.execute("pfcount", campaigns.camp_key(cid, "callers")),
        "numbers": {n: store.execute("hget", campaigns.number_record_key(n), "times_seen") for n in numbers},
    }


def redis_refuses_writes_once(run: Run, receivers: Any, admin: Any, path: str = "/slack/") -> None:
    """When the next request reaches ``path`` (a provider took an alert), Redis refuses every write
    (``min-replicas-to-write``: NOREPLICAS) until that QStash delivery has failed.

    QStash's redelivery comes after a backoff (seconds to minutes) that outlasts the failed run's
    claim; the loopback QStash redelivers at once, so the claim the failed run could not release
    is let go here. ``admin`` is a redis-py client to the same server.
    """
    receivers.on_next(path, lambda: admin.config_set("min-replicas-to-write", 1))
    deliver = run._deliver

    def deliver_then_recover(message: Any) -> None:
        try:
            deliver(message)
        finally:
            if admin.config_get("min-replicas-to-write")["min-replicas-to-write"] != "0":
                admin.config_set("min-replicas-to-write", 0)
                for key in admin.scan_iter("hl:task:*"):
                    if json.loads(admin.get(key)).get("s") == "p":
                        admin.delete(key)

    run._deliver = deliver_then_recover  # type: ignore[method-assign]


def uncertain_alerts() -> int:
    """Alert channels recorded as uncertain (delivered or not: a retry found them claimed, unrecorded)."""
    store, count = get_store(), 0
    cursor = "0"
    while True:
        cursor, keys = store.execute("scan", cursor, "match", "hl:notify:*", "count", 500)
        for raw in store.execute("mget", *keys) if keys else []:
            try:
                count += json.loads(json.loads(raw).get("v") or "{}").get("state") == "uncertain"
            except (AttributeError, TypeError, ValueError):
                continue
        if str(cursor) == "0":
            return count
