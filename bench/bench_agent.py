"""Time from ``scam_detected`` to the VAPI create-call request, inline mode, real Redis.

Run: ``python -m bench.bench_agent [--n 100]``

Each round delivers one ``process_transcription`` task (no QStash: analysis and
the agent task run inline right after) and measures, on the loopback VAPI server's clock, the time
from the ``scam_detected`` event's timestamp to the arrival of ``POST /call``.
Medians and p99 from one run on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import time

from chalice.test import Client

from app import app
from chalicelib.events import EventBus
from chalicelib.settings import Settings, get_settings, override_settings
from chalicelib.store import get_store
from tests.support.redis_server import RedisServer
from tests.support.vapi import FakeVapi

TEXT = ("hello this is the microsoft windows support department your computer is infected with a virus "
        "call us back immediately at one eight eight eight five five five zero {}")
WORDS = "zero one two three four five six seven eight nine".split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    arrivals: list[float] = []
    with RedisServer() as server, FakeVapi() as vapi:
        original = vapi.RequestHandlerClass.do_POST

        def timed(handler) -> None:  # the server's own clock, as the request arrives
            arrivals.append(time.time())
            original(handler)

        vapi.RequestHandlerClass.do_POST = timed
        override_settings(Settings.from_env({
            "REDIS_URL": server.url, "VAPI_API_KEY": vapi.api_key, "VAPI_BASE_URL": vapi.url,
            "VAPI_PHONE_NUMBER_ID": "pn_bench", "AGENT_MAX_CALLS_PER_DAY": "10000",
        }))
        samples = []
        with Client(app) as client:
            for i in range(args.n):
                last_digits = " ".join(WORDS[int(d)] for d in f"{i % 1000:03d}")  # a new number each time
                payload = {"call_sid": f"CA{i:06d}", "transcription_text": TEXT.format(last_digits)}
                before = len(arrivals)
                response = client.http.post("/api/process-transcription", headers={"Content-Type": "application/json"},
                                            body=json.dumps({"task": "process_transcription", "payload": payload}))
                assert response.status_code == 200 and len(arrivals) == before + 1, response.body
                detected = [e for e in EventBus(get_store(), get_settings()).read_since(None, 5)[0] if e.type == "scam_detected"][-1]
                samples.append(arrivals[-1] - detected.ts / 1000)
        override_settings(None)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(f"scam_detected -> VAPI POST /call, inline mode, real Redis, {args.n} scams (one run)")
    print(f"median {statistics.median(samples) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")


if __name__ == "__main__":
    main()
