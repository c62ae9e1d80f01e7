"""Active calls and call records on all three backends."""

from __future__ import annotations

import time

from chalicelib.calls import ACTIVE_KEY, INDEX_KEY, CallRegistry, record_key
from chalicelib.settings import Settings
from chalicelib.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def test_active_calls_listed_without_keys_or_scan(store: Store, settings: Settings, redis_server) -> None:
    registry = CallRegistry(store, settings)
    registry.start_active("CA1", {"from": "+1******5309", "status": "ringing"})
    registry.start_active("CA2", {"from": "+44******3456", "status": "in-progress"})
    redis_server.reset_stats()
    before = store.round_trips
    active = registry.list_active()
    assert {c["sid"] for c in active} == {"CA1", "CA2"}
    assert store.round_trips - before == 1
    if store.backend == "redis":
        stats = redis_server.command_stats()
        assert "keys" not in stats and "scan" not in stats
    registry.end_active("CA1")
    assert [c["sid"] for c in registry.list_active()] == ["CA2"]


def test_active_calls_expire_after_an_hour(store: Store, settings: Settings) -> None:
    clock = Clock()
    registry = CallRegistry(store, settings, clock=clock)
    registry.start_active("CA1", {"status": "ringing"})
    assert 3500 < store.execute("ttl", ACTIVE_KEY) <= 3600
    clock.now += 3601
    assert registry.list_active() == []
    assert store.execute("hlen", ACTIVE_KEY) == 0  # the stale entry was removed, not just hidden


def test_private_fields_stay_private(store: Store, settings: Settings) -> None:
    registry = CallRegistry(store, settings)
    registry.start_active("CA1", {"from": "+1******5309", "_from_clear": "+14158675309"})
    assert "_from_clear" not in registry.list_active()[0]
    registry.update_record("CA1", {"from": "+1******5309", "_callback_clear": "+18005550199"})
    assert registry.get_record("CA1") == {"from": "+1******5309"}
    assert registry.get_record("CA1", private=True)["_callback_clear"] == "+18005550199"


def test_records_update_field_by_field_and_list_newest_first(store: Store, settings: Settings) -> None:
    clock = Clock()
    registry = CallRegistry(store, settings, clock=clock)
    registry.update_record("CA1", {"status": "ringing"})
    clock.now += 1
    registry.update_record("CA2", {"status": "ringing"})
    clock.now += 1
    registry.update_record("CA1", {"transcript": "hello", "analysis": {"is_scam": True, "confidence": 91}})
    assert registry.get_record("CA1") == {
        "status": "ringing",
        "transcript": "hello",
        "analysis": {"is_scam": True, "confidence": 91},
    }
    # Index order is by creation, not by last update.
    assert [r["sid"] for r in registry.recent_records()] == ["CA2", "CA1"]
    assert registry.get_record("nope") is None


def test_records_are_retained_30_days_by_default(store: Store, settings: Settings) -> None:
    clock = Clock()
    registry = CallRegistry(store, settings, clock=clock)
    registry.update_record("CA1", {"status": "done"})
    assert 29 * 86400 < store.execute("ttl", record_key("CA1")) <= 30 * 86400
    clock.now += 31 * 86400
    registry.update_record("CA2", {"status": "new"}, new=True)  # a new call trims the index
    assert store.execute("zrange", INDEX_KEY, 0, -1) == ["CA2"]


def test_retention_is_configurable(make_settings, backend) -> None:
    from chalicelib.store import create_store

    settings = make_settings(backend, CALL_RETENTION_DAYS=2, ACTIVE_CALL_TTL_SECONDS=600)
    store = create_store(settings)
    registry = CallRegistry(store, settings)
    registry.update_record("CA1", {"status": "x"})
    registry.start_active("CA1", {})
    assert 86400 < store.execute("ttl", record_key("CA1")) <= 2 * 86400
    assert 500 < store.execute("ttl", ACTIVE_KEY) <= 600
