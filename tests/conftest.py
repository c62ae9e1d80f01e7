"""Shared fixtures: a clean environment, a real redis-server, an Upstash-REST bridge.

Only ``chalicelib.settings`` reads the environment, so tests build ``Settings``
from plain dicts (``make_settings``) and install them with ``use_settings``; the
autouse fixture makes sure nothing from the developer's shell leaks in.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any, Callable, Iterator

import pytest

from chalicelib.settings import Settings, override_settings
from chalicelib.store import Store, create_store
from chalicelib import faults
from tests.support.qstash import FakeQStash
from tests.support.redis_server import RedisServer
from tests.support.upstash_bridge import UpstashBridge
from tests.support.vapi import FakeVapi

BACKENDS = ("embedded", "redis", "upstash")


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No variable from the outside world reaches Settings.from_env() in a test."""
    for name in list(os.environ):
        if name.isupper() and not name.startswith(("PATH", "HOME", "LANG", "LC_", "PYTHON", "TMP", "TEMP")):
            monkeypatch.delenv(name, raising=False)
    override_settings(None)
    yield
    faults.disarm()  # a fault armed by this test must not fire in the next one
    override_settings(None)


# A clear phone number: E.164, or North American digits with separators. Masked ones have '*'.
_CLEAR_NUMBER = re.compile(r"\+\d{8,15}\b|\b\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")


@pytest.fixture(autouse=True)
def no_clear_number_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Privacy, checked on every test: no log line carries an unmasked phone number."""
    caplog.set_level(logging.INFO)
    yield
    records = caplog.get_records("setup") + caplog.get_records("call")
    leaks = [r.getMessage() for r in records if _CLEAR_NUMBER.search(r.getMessage())]
    assert not leaks, f"unmasked phone number in log lines: {leaks[:3]}"


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def upstash_bridge(redis_server: RedisServer) -> Iterator[UpstashBridge]:
    with UpstashBridge(redis_server.url) as bridge:
        yield bridge


@pytest.fixture(scope="session")
def qstash_server() -> Iterator[FakeQStash]:
    with FakeQStash() as server:
        yield server


@pytest.fixture
def qstash(qstash_server: FakeQStash) -> FakeQStash:
    """The loopback QStash, emptied for this test."""
    qstash_server.reset()
    return qstash_server


@pytest.fixture(scope="session")
def vapi_server() -> Iterator[FakeVapi]:
    with FakeVapi() as server:
        yield server


@pytest.fixture
def vapi(vapi_server: FakeVapi) -> FakeVapi:
    """The loopback VAPI, emptied for this test."""
    vapi_server.reset()
    return vapi_server


QSTASH_KEYS = {  # 32+ bytes, like real keys (PyJWT warns about shorter HMAC keys)
    "QSTASH_CURRENT_SIGNING_KEY": "sig_current_0123456789abcdef0123456789",
    "QSTASH_NEXT_SIGNING_KEY": "sig_next_0123456789abcdef0123456789abcd",
}


@pytest.fixture
def qstash_env(qstash: FakeQStash) -> dict[str, str]:
    """Variables that route tasks through the loopback QStash."""
    return {"QSTASH_TOKEN": qstash.token, "QSTASH_URL": qstash.url, **QSTASH_KEYS}


@pytest.fixture
def make_settings(redis_server: RedisServer, upstash_bridge: UpstashBridge) -> Callable[..., Settings]:
    """Settings for a backend name plus extra variables; the backing Redis starts empty."""

    def build(backend: str = "embedded", **env: Any) -> Settings:
        if not redis_server.running:
            redis_server.start()
        redis_server.client().flushall()
        variables = {k: str(v) for k, v in env.items()}
        if backend == "redis":
            variables.setdefault("REDIS_URL", redis_server.url)
        elif backend == "upstash":
            variables.setdefault("UPSTASH_REDIS_REST_URL", upstash_bridge.url)
            variables.setdefault("UPSTASH_REDIS_REST_TOKEN", upstash_bridge.token)
        return Settings.from_env(variables)

    return build


@pytest.fixture
def use_settings() -> Callable[[Settings], Settings]:
    """Install settings process-wide (what get_settings() and get_store() will see)."""

    def install(settings: Settings) -> Settings:
        override_settings(settings)
        return settings

    return install


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings(backend: str, make_settings: Callable[..., Settings]) -> Settings:
    return make_settings(backend)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    created = create_store(settings)
    yield created
    created.close()
