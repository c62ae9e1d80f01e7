"""``python -m chalicelib doctor``: the seed's Redis/QStash integration test, for operators.

Checks the configured store end to end (connect, write, read, expire), publishes
and reads back an event, stores and lists an active call, and reports the queue
configuration. One line per check; a failed check makes the exit status 1. Works
on every backend, the embedded one included. Everything it writes is removed or
expires within a minute, and events go to a separate ``doctor`` channel.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Callable, TextIO

from chalicelib.calls import CallRegistry
from chalicelib.errors import HoneylineError
from chalicelib.events import EventBus
from chalicelib.settings import Settings
from chalicelib.store import Store


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _store_roundtrip(store: Store, settings: Settings) -> str:
    key = f"hl:doctor:{secrets.token_hex(4)}"
    value = secrets.token_hex(8)
    set_reply, get_reply, ttl = store.pipeline([("set", key, value, "ex", 60), ("get", key), ("ttl", key)])
    store.execute("del", key)
    if set_reply != "OK" or get_reply != value:
        raise AssertionError(f"wrote {value!r}, read back {get_reply!r}")
    if not 0 < int(ttl) <= 60:
        raise AssertionError(f"expiry not set (TTL {ttl})")
    return f"write, read and expire work (TTL {ttl} s)"


def _event_roundtrip(store: Store, settings: Settings) -> str:
    bus = EventBus(store, settings, channel="doctor")
    before = bus.current_cursor()
    event = bus.publish("call_status_update", {"status": "doctor", "note": "health check"})
    events, _ = bus.read_since(before)
    if event.id not in [e.id for e in events]:
        raise AssertionError(f"published {event.id} but read back {[e.id for e in events]}")
    return f"published and read back event {event.id}"


def _active_call_roundtrip(store: Store, settings: Settings) -> str:
    registry = CallRegistry(store, settings)
    sid = f"CAdoctor{secrets.token_hex(8)}"
    registry.start_active(sid, {"status": "doctor"})
    try:
        listed = [c["sid"] for c in registry.list_active()]
    finally:
        registry.end_active(sid)
    if sid not in listed:
        raise AssertionError("stored an active call but it was not listed")
    return f"stored and listed an active call ({len(listed)} active)"


def _queue_config(settings: Settings, check_url: bool) -> str:
    if settings.queue_backend == "inline":
        return "QSTASH_TOKEN unset: tasks run inline, synchronously"
    missing = [
        name
        for name, value in (
            ("QSTASH_CURRENT_SIGNING_KEY", settings.qstash_current_signing_key),
            ("QSTASH_NEXT_SIGNING_KEY", settings.qstash_next_signing_key),
            ("PUBLIC_BASE_URL", settings.public_base_url),
        )
        if not value
    ]
    if missing:
        raise AssertionError("QStash configured but missing " + ", ".join(missing))
    url = settings.qstash_url or "https://qstash.upstash.io"
    if check_url:
        import httpx

        response = httpx.get(url, timeout=5.0)
        return f"QStash token and both signing keys present; {url} answered HTTP {response.status_code}"
    return f"QStash token and both signing keys present (URL {url} not contacted; use --check-url)"


def run_doctor(settings: Settings, store: Store, out: TextIO, *, check_url: bool = False) -> int:
    """Run every check, print one line each, return the process exit status."""
    steps: list[tuple[str, Callable[[], str]]] = [
        ("store", lambda: f"{settings.store_backend} answered PING" if store.execute("ping") == "PONG" else "no PONG"),
        ("store round trip", lambda: _store_roundtrip(store, settings)),
        ("events", lambda: _event_roundtrip(store, settings)),
        ("active calls", lambda: _active_call_roundtrip(store, settings)),
        ("queue", lambda: _queue_config(settings, check_url)),
    ]
    results: list[Check] = []
    for name, step in steps:
        started = time.perf_counter()
        try:
            detail = step()
            ok = True
        except (HoneylineError, AssertionError, OSError) as exc:
            ok, detail = False, str(exc) or type(exc).__name__
        except Exception as exc:  # any other failure is still a failed check, reported, not a crash
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        ms = (time.perf_counter() - started) * 1000
        results.append(Check(name, ok, detail))
        print(f"{'ok  ' if ok else 'FAIL'} {name:<17} {detail} ({ms:.0f} ms)", file=out)
    failed = [c.name for c in results if not c.ok]
    print(f"doctor: {len(results) - len(failed)} passed, {len(failed)} failed", file=out)
    return 1 if failed else 0
