"""Store backend for Upstash Redis over its REST API (the upstash-redis SDK).

Two SDK defaults would hurt a webhook that must answer Twilio within 15 s: its
httpx client has no timeout, and a failed call sleeps 3 s before its retry. We
set a request timeout (``STORE_TIMEOUT_SECONDS``, default 2 s) and one quick
retry, so the worst case of a dead Upstash is about two timeouts.

REST has no blocking commands, so :meth:`UpstashStore.wait_for_stream` uses
Upstash's ``POST /subscribe/<channel>`` (Pub/Sub as Server-Sent Events), which
the SDK does not wrap: publishers append a ``PUBLISH`` (see ``wake_commands``).
An idle wait costs two commands whatever its length (SUBSCRIBE + one XRANGE);
if the subscribe endpoint is refused, it falls back to one XRANGE per second.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any, Iterable

from chalicelib.errors import StoreCommandError, StoreUnavailable, SubscribeRefused, map_exceptions
from chalicelib.store.base import (
    Command, GuardedMixin, RoundTripCounter, guard_command, normalize_command, parse_guard_reply,
)

logger = logging.getLogger(__name__)

RETRY_INTERVAL_SECONDS = 0.05
POLL_INTERVAL_SECONDS = 1.0


class UpstashStore(GuardedMixin, RoundTripCounter):
    backend = "upstash"

    def __init__(self, url: str, token: str, *, timeout: float, retries: int = 1) -> None:
        super().__init__()
        import httpx
        from upstash_redis import Redis

        self._url = url.rstrip("/")
        self._token = token
        self._timeout = timeout
        self._client = Redis(
            url=self._url,
            token=token,
            rest_retries=retries,
            rest_retry_interval=RETRY_INTERVAL_SECONDS,
            allow_telemetry=False,
        )
        # The SDK builds httpx.Client(timeout=None); give it a deadline it can't outlive.
        self._client._http._client.timeout = httpx.Timeout(timeout)
        self._subscribe_supported = True

    # -------------------------------------------------------------- commands
    def execute(self, *command: Any) -> Any:
        return self._run(lambda: self._client.execute(normalize_command(command)), command)

    def pipeline(self, commands: Iterable[Command]) -> list[Any]:
        commands = list(commands)
        return self._observed(commands, self._batch(self._client.pipeline, commands))

    def transaction(self, commands: Iterable[Command]) -> list[Any]:
        commands = list(commands)
        return self._observed(commands, self._batch(self._client.multi, commands))

    def guarded(self, key: str, token: str, mode: str, ttl: int, commands: Iterable[Command],
                result: str = "") -> tuple[str, dict[str, Any] | None]:
        commands = list(commands)
        command = guard_command(key, token, mode, ttl, commands, result)
        answer = parse_guard_reply(self._run(lambda: self._client.execute(command), command))
        return self._observed_guard(commands, answer)

    def _batch(self, make: Any, commands: Iterable[Command]) -> list[Any]:
        normalized = [normalize_command(c) for c in commands]
        if not normalized:
            return []

        def run() -> list[Any]:
            batch = make()
            for command in normalized:
                batch.execute(command)
            # /pipeline and /multi-exec answer a whole-batch refusal (bad token, a discarded
            # transaction) with one {"error": ...} object where the SDK expects a list: it then
            # iterates the object's keys and fails with AttributeError / TypeError.
            with map_exceptions({AttributeError: StoreUnavailable, TypeError: StoreUnavailable},
                                "upstash refused the whole batch (unauthorized or transaction discarded)"):
                return batch.exec()

        return self._run(run, normalized[0])

    def _run(self, call: Any, first_command: Command) -> Any:
        import httpx
        from upstash_redis.errors import UpstashError

        self._count_trip()
        try:
            return call()
        except StoreUnavailable:
            raise
        except (httpx.HTTPError, json.JSONDecodeError, OSError) as exc:
            raise StoreUnavailable(f"upstash store unreachable: {type(exc).__name__}: {exc}") from exc
        except UpstashError as exc:
            if "unauthorized" in str(exc).lower():
                raise StoreUnavailable(f"upstash refused the token: {exc}") from exc
            raise StoreCommandError(f"upstash refused {first_command[0]!r}: {exc}") from exc

    def ping(self) -> bool:
        return self.execute("ping") == "PONG"

    def close(self) -> None:
        self._client.close()

    # ---------------------------------------------------------------- waiting
    def wake_commands(self, stream_key: str) -> list[Command]:
        return [("publish", _channel(stream_key), "1")]

    def wait_for_stream(self, stream_key: str, after_id: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        if self._subscribe_supported:
            try:
                return self._wait_subscribed(stream_key, after_id, deadline)
            except SubscribeRefused as exc:
                self._subscribe_supported = False
                logger.warning("upstash /subscribe unavailable (%s); falling back to 1 s polling", exc)
        return self._wait_polling(stream_key, after_id, deadline)

    def _has_entry_after(self, stream_key: str, after_id: str) -> bool:
        return bool(self.execute("xrange", stream_key, "(" + after_id, "+", "count", 1))

    def _wait_subscribed(self, stream_key: str, after_id: str, deadline: float) -> bool:
        """Subscribe first, then check the stream once: no entry can slip between the two."""
        import httpx

        url = f"{self._url}/subscribe/{_channel(stream_key)}"
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "text/event-stream"}
        remaining = max(0.05, deadline - time.monotonic())
        timeout = httpx.Timeout(self._timeout, read=remaining)
        self._count_trip()
        try:
            with httpx.stream("POST", url, headers=headers, timeout=timeout) as response:
                if response.status_code != 200:
                    raise SubscribeRefused(f"HTTP {response.status_code}")
                for line in response.iter_lines():
                    kind = _event_kind(line)
                    if kind == "subscribe" and self._has_entry_after(stream_key, after_id):
                        return True
                    if kind == "message":
                        return True
                    if time.monotonic() >= deadline:
                        return False
        except httpx.ReadTimeout:
            return False
        except httpx.HTTPError as exc:
            raise StoreUnavailable(f"upstash subscribe failed: {exc}") from exc
        return False

    def _wait_polling(self, stream_key: str, after_id: str, deadline: float) -> bool:
        while True:
            if self._has_entry_after(stream_key, after_id):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(POLL_INTERVAL_SECONDS, remaining))


def _channel(stream_key: str) -> str:
    return f"{stream_key}:wake"


def _event_kind(line: str) -> str | None:
    """``data: message,<channel>,<payload>`` → ``"message"`` (Upstash's SSE framing)."""
    if not line.startswith("data:"):
        return None
    return line[5:].strip().split(",", 1)[0] or None
