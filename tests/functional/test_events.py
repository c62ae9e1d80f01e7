"""The event bus on all three backends: retention, cursors, waiting, cost, masking."""

from __future__ import annotations

import json
import threading
import time

import pytest

from chalicelib.errors import RequestError
from chalicelib.events import EventBus, parse_cursor
from chalicelib.settings import Settings
from chalicelib.store import Store, create_store


def test_publish_returns_the_design_format(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    event = bus.publish("incoming_call", {"callSid": "CA1", "from": "+1******5309"})
    body = event.to_dict()
    assert set(body) == {"id", "type", "ts", "data"}
    assert body["type"] == "incoming_call" and body["data"]["callSid"] == "CA1"
    assert abs(body["ts"] - time.time() * 1000) < 5000
    events, cursor = bus.read_since(None)
    assert [e.to_dict() for e in events] == [body] and cursor == event.id


def test_unknown_event_type_is_refused(store: Store, settings: Settings) -> None:
    with pytest.raises(ValueError):
        EventBus(store, settings).publish("made_up", {})


def test_publish_is_one_round_trip(store: Store, settings: Settings, upstash_bridge) -> None:
    bus = EventBus(store, settings)
    before = store.round_trips
    upstash_bridge.reset_counts()
    bus.publish("call_status_update", {"status": "ringing"})
    assert store.round_trips - before == 1
    if store.backend == "upstash":
        assert upstash_bridge.requests == 1


def test_trimming_keeps_at_most_100(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    published = [bus.publish("call_status_update", {"n": i}).id for i in range(150)]
    assert store.execute("xlen", bus.key) <= 100
    events, _ = bus.read_since(None, limit=1000)
    assert [e.id for e in events] == published[-100:]


def test_old_events_expire_by_age(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    # An entry written five minutes and a second ago (ids carry the server's time).
    stale_ms = int(time.time() * 1000) - 301_000
    body = json.dumps({"type": "call_status_update", "ts": stale_ms, "data": {}})
    old_id = store.execute("xadd", bus.key, f"{stale_ms}-0", "e", body)
    assert bus.read_since(None)[0] == []
    assert bus.read_since("0-0")[0] == []
    assert bus.read_since(str(stale_ms - 1))[0] == []
    # The next publish trims the stale entry away (XTRIM MINID), not only hides it,
    # and sets the stream to expire when it goes quiet.
    new = bus.publish("call_status_update", {"n": 2})
    assert store.execute("xlen", bus.key) == 1
    assert 0 < store.execute("pttl", bus.key) <= 300_000
    assert [e.id for e in bus.read_since(old_id)[0]] == [new.id]


def test_age_limit_is_configurable(make_settings, backend) -> None:
    settings = make_settings(backend, EVENTS_TTL_SECONDS=60, EVENTS_MAX_LEN=5)
    store = create_store(settings)
    bus = EventBus(store, settings)
    for i in range(8):
        bus.publish("call_status_update", {"n": i})
    assert store.execute("xlen", bus.key) == 5
    assert 0 < store.execute("pttl", bus.key) <= 60_000


def test_cursor_pages_cover_everything_exactly_once(make_settings, backend) -> None:
    settings = make_settings(backend, EVENTS_MAX_LEN=2000)
    store = create_store(settings)
    bus = EventBus(store, settings)
    published = [bus.publish("call_status_update", {"n": i}).id for i in range(1000)]
    seen: list[str] = []
    cursor = "0-0"
    while True:
        page, cursor = bus.read_since(cursor, limit=37)
        if not page:
            break
        seen += [e.id for e in page]
    assert seen == published  # none twice, none skipped, in order
    assert len(set(seen)) == 1000


def test_unix_ms_since_is_accepted(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    first = bus.publish("call_status_update", {"n": 1})
    time.sleep(0.005)
    marker = int(time.time() * 1000)
    time.sleep(0.005)
    second = bus.publish("call_status_update", {"n": 2})
    assert [e.id for e in bus.read_since(str(marker))[0]] == [second.id]
    assert [e.id for e in bus.read_since(str(first.ts - 1))[0]] == [first.id, second.id]


@pytest.mark.parametrize("bad", ["abc", "12-ab", "1-2-3", "99999999999999999999999-0", "' or 1=1"])
def test_invalid_cursor_is_a_request_error(bad: str) -> None:
    with pytest.raises(RequestError):
        parse_cursor(bad)


def test_current_cursor_then_only_newer_events(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    assert bus.current_cursor() == "0-0"
    bus.publish("call_status_update", {"n": 1})
    cursor = bus.current_cursor()
    newer = bus.publish("call_status_update", {"n": 2})
    assert [e.id for e in bus.read_since(cursor)[0]] == [newer.id]


def test_wait_returns_early_on_publish(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    cursor = bus.publish("call_status_update", {"n": 0}).id
    publisher = threading.Timer(0.3, lambda: bus.publish("incoming_call", {"callSid": "CA9"}))
    started = time.monotonic()
    publisher.start()
    events, next_cursor = bus.wait_for_events(cursor, timeout=5.0)
    elapsed = time.monotonic() - started
    publisher.join()
    assert [e.type for e in events] == ["incoming_call"]
    assert next_cursor == events[-1].id
    assert elapsed < 2.5, f"waited {elapsed:.2f} s for an event published after 0.3 s"


def test_wait_returns_at_timeout_without_events(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    cursor = bus.publish("call_status_update", {"n": 0}).id
    started = time.monotonic()
    events, next_cursor = bus.wait_for_events(cursor, timeout=0.6)
    elapsed = time.monotonic() - started
    assert events == [] and next_cursor == cursor
    assert 0.55 <= elapsed < 2.0


def test_wait_returns_at_once_when_events_already_exist(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    cursor = bus.publish("call_status_update", {"n": 0}).id
    bus.publish("call_status_update", {"n": 1})
    started = time.monotonic()
    events, _ = bus.wait_for_events(cursor, timeout=5.0)
    assert len(events) == 1 and time.monotonic() - started < 1.0


def test_phone_numbers_are_masked_in_events(store: Store, settings: Settings) -> None:
    bus = EventBus(store, settings)
    bus.publish("incoming_sms", {"from": "+14158675309", "body": "call me at (415) 867-5309", "messageSid": "SM123456789"})
    stored = store.execute("xrange", bus.key, "-", "+")[0][1][1]
    assert "8675309" not in stored and "867-5309" not in stored
    assert "5309" in stored and "SM123456789" in stored
