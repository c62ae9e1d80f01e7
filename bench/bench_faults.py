"""The fault matrix: crash or stall each part, let the providers retry, count what was lost or doubled.

Run: ``python -m bench.bench_faults``

Each row plays one whole scam call (tests/support/scenario.py: four signed Twilio
webhooks, every QStash delivery signed and redelivered on failure, the scheduled
relay when the queue runs dry, one VAPI end-of-call report) against a real
redis-server and the loopback QStash, VAPI, Slack and Telegram, and compares the
end state with a fault-free run: effects lost (events, agent calls, alerts short of
the fault-free count) and duplicated (beyond it), and the slowest Twilio webhook.

Rows: a crash (an exception, as if the Lambda died) at each named fault point, once
at every place the call passes it; then provider faults: QStash hanging or refusing
while the webhooks run, VAPI answering after the client gave up, Slack hanging, and
redis-server stopped (SIGSTOP) for 3 s in the middle of a webhook,
and Redis refusing writes from the moment Slack takes an alert until that delivery
failed (the alert delivered, its outcome unrecorded: counted as *uncertain*).
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from typing import Any, Callable

from chalice.test import Client

from app import app
from chalicelib import faults
from chalicelib.settings import Settings, override_settings
from tests.support.qstash import FakeQStash
from tests.support.receivers import Receivers
from tests.support.redis_server import RedisServer
from tests.support.scenario import Run, end_state, environment, play_call, redis_refuses_writes_once, uncertain_alerts
from tests.support.vapi import FakeVapi

KEYS = {"QSTASH_CURRENT_SIGNING_KEY": "bench_current_0123456789abcdef012345",
        "QSTASH_NEXT_SIGNING_KEY": "bench_next_0123456789abcdef0123456789"}


def effects(state: dict[str, Any]) -> dict[str, int]:
    counted = {f"event:{name}": n for name, n in state["events"]}
    counted["vapi_calls"] = state["vapi_calls"]
    counted.update({f"alert:{k}": v for k, v in state["alerts"].items()})
    counted["outbox_left"] = state["outbox"]
    counted["uncertain"] = uncertain_alerts()
    return counted


def compare(base: dict[str, int], got: dict[str, int]) -> tuple[int, int]:
    names = set(base) | set(got)
    counts = names - {"outbox_left", "uncertain"}
    lost = sum(max(0, base.get(n, 0) - got.get(n, 0)) for n in counts) + got.get("outbox_left", 0)
    duplicated = sum(max(0, got.get(n, 0) - base.get(n, 0)) for n in counts)
    return lost, duplicated, got.get("uncertain", 0)


class Bench:
    def __init__(self, redis: RedisServer, qstash: FakeQStash, vapi: FakeVapi, receivers: Receivers) -> None:
        self.redis, self.qstash, self.vapi, self.receivers = redis, qstash, vapi, receivers

    def fresh(self) -> Run:
        faults.disarm()
        self.qstash.reset()
        self.vapi.reset()
        self.receivers.reset()
        self.redis.client().flushall()
        env = {"REDIS_URL": self.redis.url, **environment(qstash=self.qstash, vapi=self.vapi, receivers=self.receivers, keys=KEYS)}
        override_settings(Settings.from_env(env))
        return Run(Client(app), self.qstash, KEYS["QSTASH_CURRENT_SIGNING_KEY"])

    def play(self, arrange: Callable[[Run], None] | None = None, between: Callable[[Run], None] | None = None,
             settle: float = 0.0) -> tuple[Run, dict[str, int]]:
        run = self.fresh()
        if arrange:
            arrange(run)
        play_call(run, self.vapi, between=between)
        faults.disarm()
        time.sleep(settle)  # a request a receiver still holds is counted in this row, not the next
        return run, effects(end_state(self.vapi, self.receivers))


def main() -> None:
    logging.disable(logging.CRITICAL)
    rows: list[tuple[str, int, int, int, int, float]] = []
    with RedisServer() as redis, FakeQStash() as qstash, FakeVapi() as vapi, Receivers() as receivers:
        bench = Bench(redis, qstash, vapi, receivers)
        counting: dict[str, dict[str, int]] = {}
        base_run, base = bench.play(lambda run: counting.setdefault("hits", faults.count_hits()))
        hits = dict(counting["hits"])
        rows.append(("no fault", 0, *compare(base, base), base_run.max_webhook_seconds))

        for point in faults.POINTS:
            injected = lost = duplicated = uncertain = 0
            slowest = 0.0
            for occurrence in range(hits.get(point, 0)):
                run, got = bench.play(lambda r, p=point, k=occurrence: faults.arm(p, after=k))
                injected += 1
                lo, du, un = compare(base, got)
                lost, duplicated, uncertain = lost + lo, duplicated + du, uncertain + un
                slowest = max(slowest, run.max_webhook_seconds)
            rows.append((f"crash at {point}", injected, lost, duplicated, uncertain, slowest))

        def qstash_down_until_drain(status: int | None) -> Callable[[Run], None]:
            def arrange(run: Run) -> None:
                if status is None:
                    qstash.hang_next(4, seconds=8.0)
                else:
                    qstash.fail_next(4, status=status)
            return arrange

        admin = redis.client()
        for label, arrange, settle in (
                ("QStash hangs (4 publishes)", qstash_down_until_drain(None), 0.0),
                ("QStash answers 503 (4 publishes)", qstash_down_until_drain(503), 0.0),
                ("VAPI answers after the client gave up", lambda r: vapi.drop_answer_next(3.0), 0.0),
                ("Slack hangs 8 s (once)", lambda r: receivers.delay_next("/slack/", 8.0), 3.5),
                ("Redis refuses writes once Slack took an alert", lambda r: redis_refuses_writes_once(r, receivers, admin), 0.0)):
            run, got = bench.play(arrange, settle=settle)
            rows.append((label, 1, *compare(base, got), run.max_webhook_seconds))

        pid = redis.pid

        def pause_redis(run: Run) -> None:  # in the middle of the next webhook: SIGSTOP for 3 s
            def stop_then_resume() -> None:
                time.sleep(0.002)
                os.kill(pid, signal.SIGSTOP)
                time.sleep(3.0)
                os.kill(pid, signal.SIGCONT)
            threading.Thread(target=stop_then_resume, daemon=True).start()

        run, got = bench.play(between=lambda r, kind: pause_redis(r) if kind == "transcription" else None)
        if os.environ.get("BENCH_VERBOSE"):  # noqa: SIM112 - a benchmark switch, not configuration
            print("redis stopped:", {k: (base.get(k), got.get(k)) for k in set(base) | set(got) if base.get(k) != got.get(k)})
        rows.append(("redis-server stopped 3 s mid-webhook", 1, *compare(base, got), run.max_webhook_seconds))

    print(f"{'fault':48} {'injected':>8} {'lost':>5} {'duplicated':>10} {'uncertain':>9} {'max webhook s':>14}")
    for label, injected, lost, duplicated, uncertain, slowest in rows:
        print(f"{label:48} {injected:>8} {lost:>5} {duplicated:>10} {uncertain:>9} {slowest:>14.2f}")
    print("lost/duplicated: effects (events, agent calls, alerts per channel) short of / beyond the fault-free run, "
          "plus tasks left in the outbox; the Twilio webhook budget is 5 s. uncertain: alert channels claimed "
          "('sending') whose outcome is unknown (Redis could not record it, or the provider took the request and never answered); the retry does not resend them (Slack and Telegram "
          "take no idempotency key). BENCH_VERBOSE=1 prints what differs.")


if __name__ == "__main__":
    main()
