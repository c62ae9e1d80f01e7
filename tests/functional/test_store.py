"""The Store interface behaves identically on the embedded, TCP and Upstash-REST backends."""

from __future__ import annotations

import time

import pytest

from chalicelib.errors import StoreCommandError, StoreUnavailable
from chalicelib.settings import Settings
from chalicelib.store import Store, best_effort, create_store


def test_replies_have_the_upstash_shape(store: Store) -> None:
    assert store.execute("set", "k", "v", "ex", 100) == "OK"
    assert store.execute("get", "k") == "v"
    assert store.execute("get", "missing") is None
    assert 0 < store.execute("ttl", "k") <= 100
    assert store.execute("incr", "n") == 1
    store.execute("hset", "h", "a", "1", "b", "2")
    assert store.execute("hgetall", "h") == ["a", "1", "b", "2"]
    entry_id = store.execute("xadd", "s", "*", "f", "x")
    assert store.execute("xrange", "s", "-", "+") == [[entry_id, ["f", "x"]]]


def test_unicode_survives_every_backend(store: Store) -> None:
    store.execute("set", "u", "año ☎ 電話")
    assert store.execute("get", "u") == "año ☎ 電話"


def test_pipeline_is_one_round_trip(store: Store, redis_server, upstash_bridge) -> None:
    before = store.round_trips
    upstash_bridge.reset_counts()
    replies = store.pipeline([("set", "a", "1"), ("incr", "a"), ("get", "a"), ("expire", "a", 10)])
    assert replies == ["OK", 2, "2", 1]
    assert store.round_trips - before == 1
    if store.backend == "upstash":
        assert upstash_bridge.requests == 1 and upstash_bridge.commands == 4


def test_transaction_runs_all_commands(store: Store) -> None:
    assert store.transaction([("set", "t", "1"), ("incrby", "t", 5), ("get", "t")]) == ["OK", 6, "6"]


def test_empty_batch_costs_nothing(store: Store) -> None:
    before = store.round_trips
    assert store.pipeline([]) == []
    assert store.round_trips == before


def test_command_error_is_typed(store: Store) -> None:
    store.execute("set", "str", "x")
    with pytest.raises(StoreCommandError):
        store.execute("hgetall", "str")
    with pytest.raises(StoreCommandError):
        store.pipeline([("get", "str"), ("lpush", "str", "y")])


def test_unsupported_argument_is_refused_before_sending(store: Store) -> None:
    with pytest.raises(TypeError):
        store.execute("set", "k", object())


def test_tcp_redis_down_is_a_typed_error_then_recovers(make_settings, redis_server) -> None:
    store = create_store(make_settings("redis", STORE_TIMEOUT_SECONDS="0.5"))
    store.execute("set", "k", "v")
    redis_server.stop()
    try:
        with pytest.raises(StoreUnavailable):
            store.execute("get", "k")
        with pytest.raises(StoreUnavailable):
            store.pipeline([("get", "k"), ("get", "k")])
    finally:
        redis_server.start()
    assert store.execute("ping") == "PONG"


def test_upstash_unreachable_is_a_typed_error() -> None:
    from tests.support.redis_server import free_port

    settings = Settings.from_env(
        {"UPSTASH_REDIS_REST_URL": f"http://127.0.0.1:{free_port()}", "UPSTASH_REDIS_REST_TOKEN": "t"}
    )
    store = create_store(settings)
    started = time.monotonic()
    with pytest.raises(StoreUnavailable):
        store.execute("ping")
    # The SDK's default would sleep 3 s before its retry; ours retries after 50 ms.
    assert time.monotonic() - started < 2.5


def test_upstash_timeout_is_enforced(make_settings, upstash_bridge) -> None:
    store = create_store(make_settings("upstash", STORE_TIMEOUT_SECONDS="0.3"))
    upstash_bridge.delay_next(2, seconds=1.0)
    started = time.monotonic()
    with pytest.raises(StoreUnavailable):
        store.execute("ping")
    assert time.monotonic() - started < 1.5  # two 0.3 s attempts, not the SDK's unbounded wait
    time.sleep(1.2)  # let the delayed handler threads finish before the next test


def test_upstash_wrong_token_is_unavailable_not_a_crash(make_settings, upstash_bridge) -> None:
    store = create_store(make_settings("upstash", UPSTASH_REDIS_REST_TOKEN="wrong"))
    with pytest.raises(StoreUnavailable, match="token"):
        store.execute("ping")


def test_best_effort_degrades_and_logs(make_settings, redis_server, caplog) -> None:
    store = create_store(make_settings("redis", STORE_TIMEOUT_SECONDS="0.5"))
    redis_server.stop()
    try:
        assert best_effort("store a value", store.execute, "set", "k", "v") is None
    finally:
        redis_server.start()
    assert "store a value failed" in caplog.text
    assert best_effort("store a value", store.execute, "set", "k", "v") == "OK"


def test_embedded_store_is_the_default_and_logs_it(caplog) -> None:
    store = create_store(Settings.from_env({}))
    assert store.backend == "embedded"
    assert "data lives in this process only" in caplog.text


def test_claim_then_runs_once_in_one_round_trip(store: Store) -> None:
    commands = [("xadd", "s", "*", "f", "1"), ("hset", "h", "ts", 1700000000123), ("expire", "h", 60)]
    before = store.round_trips
    first = store.claim_then("claim:1", 60, commands)
    assert store.round_trips - before == 1
    assert first is not None and first[1:] == [1, 1]
    assert store.execute("hget", "h", "ts") == "1700000000123"  # big ints survive the Lua hop intact
    assert store.claim_then("claim:1", 60, commands) is None
    assert store.execute("xlen", "s") == 1
    assert 0 < store.execute("ttl", "claim:1") <= 60


def test_claim_then_under_concurrency_runs_once(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def deliver(_: int):
        return store.claim_then("claim:c", 60, [("incr", "effects")])

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(deliver, range(16)))
    assert sum(r is not None for r in results) == 1
    assert store.execute("get", "effects") == "1"
