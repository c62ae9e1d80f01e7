"""The embedded store: an in-process Redis (fakeredis) for running with nothing set up."""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any, Iterable

from chalicelib.store.base import WRITE_COMMANDS, Command, decode_reply, parse_guard_reply
from chalicelib.store.tcp import RedisPyStore

logger = logging.getLogger(__name__)


class EmbeddedStore(RedisPyStore):
    """An in-process Redis (fakeredis): data lives and dies with this process.

    Lets ``chalice local`` and the CLI run with no account and no server. Waiters
    sleep on a condition variable that every write through this store notifies.
    """

    backend = "embedded"

    def __init__(self) -> None:
        import fakeredis

        super().__init__(fakeredis.FakeRedis(server=fakeredis.FakeServer()))
        self._changed = threading.Condition()
        self._claim_lock = threading.Lock()
        logger.warning("store: embedded in-process Redis; data lives in this process only and is lost on exit")

    def guarded(self, key: str, token: str, mode: str, ttl: int, commands: Iterable[Command],
                result: str = "") -> tuple[str, dict[str, Any] | None]:
        """:data:`~chalicelib.store.base.GUARD_SCRIPT`, step for step, under a lock (no Lua in-process)."""
        commands = list(commands)
        return self._observed_guard(commands, self._guarded(key, token, mode, ttl, commands, result))

    def _guarded(self, key: str, token: str, mode: str, ttl: int, commands: list[Command],
                 result: str) -> tuple[str, dict[str, Any] | None]:
        with self._claim_lock:
            self._count_trip()
            current = self._client.execute_command("get", key)
            current = decode_reply(current) if current is not None else None
            if current is not None:
                try:
                    found = json.loads(current)
                except ValueError:
                    found = None
                if not isinstance(found, dict):
                    found = {"s": "d", "t": ""}
                if mode == "release":
                    if found.get("t") == token and found.get("s") == "p":
                        self._client.execute_command("del", key)
                        return parse_guard_reply(["released", current])
                    return parse_guard_reply(["kept", current])
                if found.get("t") == token and (mode == "claim" or found.get("s") == "d"):
                    return parse_guard_reply(["own", current])
                if found.get("s") == "d":
                    return parse_guard_reply(["done", current])
                if mode == "claim":
                    return parse_guard_reply(["busy", current])
            elif mode == "release":
                return "kept", None
            replies = self._batch(commands, transaction=False, count=False)  # same trip as the claim
            record = json.dumps({"s": "p" if mode == "claim" else "d", "t": token, "r": replies, "v": result},
                                separators=(",", ":"))
            self._run(lambda: self._client.execute_command("set", key, record, "ex", int(max(1, ttl))),
                      [("set", key)], count=False)
            return parse_guard_reply(["claimed", record])

    def _after_commands(self, commands: list[Command]) -> None:
        if any(str(c[0]).lower() in WRITE_COMMANDS for c in commands):
            with self._changed:
                self._changed.notify_all()

    def wait_for_stream(self, stream_key: str, after_id: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                if self._client.execute_command("xrange", stream_key, "(" + after_id, "+", "count", 1):
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)


class RefusingStore:
    """Production without a shared store: every command fails as an outage naming the variables.

    A per-container embedded store in production would look healthy while each Lambda
    container kept its own calls, limits and events (the agent's daily caps included).
    Failing like an unreachable Redis instead keeps every degradation path (the caller
    still gets the voicemail TwiML) and makes ``/api/health`` and ``doctor`` say why.
    """

    backend = "embedded"

    def __init__(self, reason: str) -> None:
        self.reason = reason

    @property
    def round_trips(self) -> int:
        return 0

    def _refuse(self, *_: Any, **__: Any) -> Any:
        from chalicelib.errors import StoreUnavailable

        raise StoreUnavailable(self.reason)

    execute = pipeline = transaction = claim_then = guarded = wait_for_stream = _refuse

    def wake_commands(self, stream_key: str) -> list[Command]:
        return []

    def add_observer(self, observer: Any) -> None:
        return None  # nothing ever runs here, so there is nothing to observe

    def close(self) -> None:
        return None
