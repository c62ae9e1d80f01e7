"""Store backend for any Redis over TCP/TLS, through redis-py.

:class:`RedisPyStore` is shared with the embedded backend (fakeredis speaks the
same client API); they differ in where the connection goes and in how a waiter
learns about a new stream entry (``XREAD BLOCK`` here, a condition variable there).
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Iterable

from chalicelib.errors import StoreCommandError, StoreUnavailable
from chalicelib.store.base import (
    Command, GuardedMixin, RoundTripCounter, decode_reply, guard_command, normalize_command, parse_guard_reply,
)

logger = logging.getLogger(__name__)


def _raw_client(client: Any) -> Any:
    """Switch off redis-py's reply callbacks so replies are RESP2 as Upstash sends them."""
    client.response_callbacks.clear()
    return client


class RedisPyStore(GuardedMixin, RoundTripCounter):
    """Shared implementation over a redis-py client (real server or fakeredis)."""

    backend = "redis"

    def __init__(self, client: Any) -> None:
        super().__init__()
        self._client = _raw_client(client)

    # -------------------------------------------------------------- commands
    def execute(self, *command: Any) -> Any:
        return self._run(lambda: self._client.execute_command(*normalize_command(command)), [command])

    def pipeline(self, commands: Iterable[Command]) -> list[Any]:
        commands = list(commands)
        return self._observed(commands, self._batch(commands, transaction=False))

    def transaction(self, commands: Iterable[Command]) -> list[Any]:
        commands = list(commands)
        return self._observed(commands, self._batch(commands, transaction=True))

    def _batch(self, commands: Iterable[Command], *, transaction: bool, count: bool = True) -> list[Any]:
        normalized = [normalize_command(c) for c in commands]
        if not normalized:
            return []

        def run() -> list[Any]:
            pipe = self._client.pipeline(transaction=transaction)
            for command in normalized:
                pipe.execute_command(*command)
            return pipe.execute()

        return self._run(run, normalized, count=count)

    def guarded(self, key: str, token: str, mode: str, ttl: int, commands: Iterable[Command],
                result: str = "") -> tuple[str, dict[str, Any] | None]:
        commands = list(commands)
        command = guard_command(key, token, mode, ttl, commands, result)
        answer = parse_guard_reply(self._run(lambda: self._client.execute_command(*command), [command]))
        return self._observed_guard(commands, answer)

    def _run(self, call: Any, commands: list[Command], *, count: bool = True) -> Any:
        import redis  # already imported by the client; local to keep module import cheap

        if count:
            self._count_trip()
        try:
            reply = call()
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise StoreUnavailable(f"{self.backend} store unreachable: {exc}") from exc
        except redis.ResponseError as exc:
            raise StoreCommandError(f"{self.backend} store refused {commands[0][0]!r}: {exc}") from exc
        self._after_commands(commands)
        return decode_reply(reply)

    def _after_commands(self, commands: list[Command]) -> None:
        """Hook for the embedded backend's wake-ups."""

    # ---------------------------------------------------------------- waiting
    def wake_commands(self, stream_key: str) -> list[Command]:
        return []  # XREAD BLOCK wakes by itself on XADD

    def wait_for_stream(self, stream_key: str, after_id: str, timeout: float) -> bool:
        """One ``XREAD BLOCK`` on a connection whose socket timeout outlasts the block."""
        import redis

        block_ms = max(1, int(timeout * 1000))
        self._count_trip()
        try:
            reply = self._blocking_client().execute_command(
                "xread", "count", 1, "block", block_ms, "streams", stream_key, after_id
            )
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise StoreUnavailable(f"{self.backend} store unreachable: {exc}") from exc
        return bool(reply)

    def _blocking_client(self) -> Any:
        return self._client

    def ping(self) -> bool:
        return self.execute("ping") == "PONG"

    def close(self) -> None:
        self._client.close()


class TcpRedisStore(RedisPyStore):
    """Any Redis reachable over TCP/TLS (``REDIS_URL``): self-hosted, ElastiCache."""

    backend = "redis"

    def __init__(self, url: str, *, timeout: float) -> None:
        import redis

        self._url = url
        self._timeout = timeout
        super().__init__(
            redis.Redis.from_url(
                url, socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=30
            )
        )
        self._blocking: Any = None
        self._blocking_lock = threading.Lock()

    def _blocking_client(self) -> Any:
        """A second client without a read timeout, so a long ``BLOCK`` is not cut short."""
        import redis

        with self._blocking_lock:
            if self._blocking is None:
                self._blocking = _raw_client(
                    redis.Redis.from_url(self._url, socket_timeout=None, socket_connect_timeout=self._timeout)
                )
        return self._blocking

    def close(self) -> None:
        super().close()
        if self._blocking is not None:
            self._blocking.close()
