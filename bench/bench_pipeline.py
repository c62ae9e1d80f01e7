"""The processing pipeline: latency to ``scam_detected`` and what one call costs.

Run: ``python -m bench.bench_pipeline [--n 100]``

* inline mode (no QStash): time from the signed transcription webhook to the
  ``scam_detected`` event being readable, real Redis; median and p99.
* QStash mode: one whole call (voice, recording-status, transcription, status
  webhooks, then every task QStash would deliver, delivered back signed) against
  the loopback QStash; QStash messages and Redis commands per processed call
  (commands from ``INFO commandstats``).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from urllib.parse import urlencode

from chalice.test import Client
from twilio.request_validator import RequestValidator

from app import app
from chalicelib.events import EventBus
from chalicelib.settings import Settings, override_settings
from chalicelib.store import get_store
from tests.support.qstash import FakeQStash, delivery_headers
from tests.support.redis_server import RedisServer

TOKEN = "bench-token"
BASE = "https://bench.example/prod"
KEYS = {"QSTASH_CURRENT_SIGNING_KEY": "bench_current_0123456789abcdef012345", "QSTASH_NEXT_SIGNING_KEY": "bench_next_0123456789abcdef0123456789"}
SCAM = ("hello this is the microsoft windows support department your computer is infected with a virus "
        "call us back immediately at one eight eight eight five five five zero one nine nine")


def post(client, kind: str, params: dict[str, str]) -> None:
    url = f"{BASE}/api/twilio-webhook?type={kind}"
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(url, params)}
    response = client.http.post(f"/api/twilio-webhook?type={kind}", headers=headers, body=urlencode(params))
    assert response.status_code == 200, response.body


def call_webhooks(sid: str) -> list[tuple[str, dict[str, str]]]:
    return [
        ("voice", {"CallSid": sid, "From": "+14155550123", "To": "+18005550100"}),
        ("recording-status", {"CallSid": sid, "RecordingSid": "RE" + sid, "RecordingStatus": "completed",
                              "RecordingUrl": "https://api.twilio.com/x", "RecordingDuration": "30"}),
        ("transcription", {"CallSid": sid, "TranscriptionSid": "TR" + sid, "TranscriptionStatus": "completed",
                           "TranscriptionText": SCAM}),
        ("status", {"CallSid": sid, "CallStatus": "completed", "CallDuration": "35"}),
    ]


def inline_latency(server: RedisServer, n: int) -> list[float]:
    override_settings(Settings.from_env({"REDIS_URL": server.url, "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": BASE}))
    bus = EventBus(get_store(), Settings.from_env({}))
    samples = []
    with Client(app) as client:
        for i in range(n):
            sid = f"CAinline{i:06d}"
            post(client, "voice", call_webhooks(sid)[0][1])
            cursor = bus.current_cursor()
            started = time.perf_counter()
            post(client, "transcription", call_webhooks(sid)[2][1])
            events, _ = bus.read_since(cursor)
            samples.append(time.perf_counter() - started)
            assert any(e.type == "scam_detected" for e in events)
    return samples


def qstash_costs(server: RedisServer, n: int) -> tuple[float, float, float]:
    with FakeQStash() as qstash:
        override_settings(Settings.from_env({"REDIS_URL": server.url, "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": BASE,
                                             "QSTASH_TOKEN": qstash.token, "QSTASH_URL": qstash.url, **KEYS}))
        server.reset_stats()
        trips_before = get_store().round_trips
        delivered = 0
        with Client(app) as client:
            for i in range(n):
                for kind, params in call_webhooks(f"CAq{i:06d}"):
                    post(client, kind, params)
                while delivered < len(qstash.messages):  # deliver every message, including those tasks publish
                    message = qstash.messages[delivered]
                    response = client.http.post("/api/process-transcription", body=message.body,
                                                headers=delivery_headers(message, KEYS["QSTASH_CURRENT_SIGNING_KEY"]))
                    assert response.status_code == 200, response.body
                    delivered += 1
        messages_total = len(qstash.messages)
        stats = server.command_stats()
        commands = sum(v for k, v in stats.items() if not k.startswith(("config", "client|", "info")))
        trips = get_store().round_trips - trips_before
        return messages_total / n, qstash.requests / n, commands / n, trips / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="calls per measurement")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with RedisServer() as server:
        samples = sorted(inline_latency(server, args.n))
        server.client().flushall()
        messages, requests, commands, trips = qstash_costs(server, args.n)
    override_settings(None)
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(f"pipeline, {args.n} calls, real Redis (one run)")
    print(f"inline: transcription webhook -> scam_detected readable: median {statistics.median(samples) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms")
    print(f"qstash: {messages:.1f} QStash messages in {requests:.1f} publish requests per processed call")
    print(f"qstash: {commands:.1f} Redis commands in {trips:.1f} round trips per processed call "
          "(4 webhooks + every task; commands from INFO commandstats, those inside EVAL counted one by one)")


if __name__ == "__main__":
    main()
