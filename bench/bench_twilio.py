"""Twilio webhook handler time per type, in-process against a real redis-server.

Run: ``python -m bench.bench_twilio [--n 300]``

Each request goes through the whole Chalice route (form parsing, signature check
with twilio's RequestValidator, idempotent write, TwiML) via ``chalice.test.Client``,
configured as in production: tasks are published to QStash (a loopback look-alike),
so the figures are the webhook's own. Every delivery is a new call/message, so none
is a duplicate. Prints the median and p99 time per type, the Redis round trips,
commands (``INFO commandstats``; those inside the EVAL counted one by one) and
QStash publishes per webhook. Medians from one run on a shared machine.
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
from chalicelib.settings import Settings, override_settings
from chalicelib.store import get_store
from tests.support.qstash import FakeQStash
from tests.support.redis_server import RedisServer

TOKEN = "bench-token"
BASE = "https://bench.example/prod"


def params_for(kind: str, i: int) -> dict[str, str]:
    sid = f"CA{i:032d}"
    return {
        "voice": {"CallSid": sid, "From": "+14155550123", "To": "+18005550100", "CallStatus": "ringing"},
        "status": {"CallSid": sid, "CallStatus": "completed", "CallDuration": "42"},
        "recording-status": {"CallSid": sid, "RecordingSid": f"RE{i:032d}", "RecordingStatus": "completed",
                             "RecordingUrl": "https://api.twilio.com/x", "RecordingDuration": "40"},
        "transcription": {"CallSid": sid, "TranscriptionSid": f"TR{i:032d}", "TranscriptionStatus": "completed",
                          "TranscriptionText": "this is amazon your order of an iphone call 888 555 0199"},
        "sms": {"MessageSid": f"SM{i:032d}", "From": "+14155550123", "Body": "USPS: parcel held, pay at http://bit.ly/x"},
    }[kind]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="deliveries per webhook type")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    validator = RequestValidator(TOKEN)
    with RedisServer() as server, FakeQStash() as qstash:
        override_settings(Settings.from_env({"REDIS_URL": server.url, "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": BASE,
                                             "QSTASH_TOKEN": qstash.token, "QSTASH_URL": qstash.url}))
        store = get_store()
        print(f"Twilio webhooks through the Chalice route, real Redis, loopback QStash, {args.n} deliveries per type (one run)")
        print(f"{'type':<17} {'median ms':>10} {'p99 ms':>8} {'round trips':>12} {'commands':>9} {'publishes':>10}")
        with Client(app) as client:
            for kind in ("voice", "status", "recording-status", "transcription", "sms"):
                times, trips = [], []
                server.reset_stats()
                publishes_before = qstash.requests
                for i in range(args.n):
                    params = params_for(kind, i)
                    url = f"{BASE}/api/twilio-webhook?type={kind}"
                    headers = {"Content-Type": "application/x-www-form-urlencoded",
                               "X-Twilio-Signature": validator.compute_signature(url, params)}
                    before = store.round_trips
                    started = time.perf_counter()
                    response = client.http.post(f"/api/twilio-webhook?type={kind}", headers=headers, body=urlencode(params))
                    times.append(time.perf_counter() - started)
                    trips.append(store.round_trips - before)
                    assert response.status_code == 200, response.body
                stats = server.command_stats()
                commands = sum(v for k, v in stats.items() if not k.startswith(("config", "client|", "info")))
                times.sort()
                p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
                print(f"{kind:<17} {statistics.median(times) * 1000:>10.2f} {p99 * 1000:>8.2f} "
                      f"{statistics.mean(trips):>12.2f} {commands / args.n:>9.1f} {(qstash.requests - publishes_before) / args.n:>10.2f}")
        override_settings(None)


if __name__ == "__main__":
    main()
