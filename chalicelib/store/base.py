"""The ``Store`` interface: the few Redis operations Honeyline uses, on any backend.

Code above this layer speaks plain Redis commands (``("hset", key, field, value)``)
and always gets RESP2-shaped replies with strings decoded: ``"OK"``, ints, ``None``,
``str`` and nested lists. That is what Upstash's REST API returns, so the TCP and
embedded backends switch off redis-py's reply parsing to match it exactly. Code
written against one backend therefore behaves the same on the other two.

Cost model (what Upstash bills and what a webhook waits for) is explicit:
:meth:`Store.pipeline` sends many commands in one round trip and
``round_trips`` counts those trips, so tests and benchmarks can assert it.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Iterable, Protocol, Sequence, runtime_checkable

Command = Sequence[Any]

# Commands after which a waiter on a stream may have something new to read.
WRITE_COMMANDS = frozenset({"xadd", "xtrim", "del", "expire", "pexpire"})


@runtime_checkable
class Store(Protocol):
    """What every backend provides. Replies are RESP2-shaped with ``str`` strings."""

    backend: str

    @property
    def round_trips(self) -> int:
        """Network round trips made so far (embedded: calls made)."""

    def execute(self, *command: Any) -> Any:
        """Run one command."""

    def pipeline(self, commands: Iterable[Command]) -> list[Any]:
        """Run several commands in one round trip, not atomically. Raises on the first error."""

    def transaction(self, commands: Iterable[Command]) -> list[Any]:
        """Run several commands in one round trip inside MULTI/EXEC."""

    def claim_then(self, claim_key: str, ttl: int, commands: Iterable[Command]) -> list[Any] | None:
        """Atomically ``SET claim_key NX EX ttl`` and, only if that claimed it, run ``commands``.

        One round trip. Returns the commands' replies, or ``None`` when the key was
        already claimed (a duplicate delivery: do nothing). This is how a webhook
        is made idempotent without paying a second round trip.
        """

    def wake_commands(self, stream_key: str) -> list[Command]:
        """Extra commands a publisher appends so waiters on ``stream_key`` wake up."""

    def wait_for_stream(self, stream_key: str, after_id: str, timeout: float) -> bool:
        """Block up to ``timeout`` s until ``stream_key`` may hold an entry after ``after_id``.

        ``True`` means "look now"; ``False`` means the time ran out. A spurious ``True``
        is allowed (the caller re-reads), a missed wake-up is not.
        """

    def close(self) -> None:
        """Release connections."""


def normalize_command(command: Command) -> list[Any]:
    """Lower-case the command name and turn every argument into str/int/float.

    Lower case matters on Upstash: the SDK reshapes replies of upper-case commands
    (HGETALL into dicts, SET into bools...) and leaves lower-case ones raw.
    """
    if not command:
        raise ValueError("empty Redis command")
    name, *args = command
    return [str(name).lower(), *(_argument(a) for a in args)]


def _argument(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (str, int, float)):
        return value
    if isinstance(value, bytes):
        return value.decode()
    raise TypeError(f"unsupported Redis argument type {type(value).__name__}")


# Runs where the data lives, so claim and writes are one atomic step. Arguments arrive
# as JSON strings (never numbers: Lua would print 1.7e+12 for a millisecond timestamp).
CLAIM_THEN_SCRIPT = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', tonumber(ARGV[2])) then return false end
local out = {}
for i, command in ipairs(cjson.decode(ARGV[3])) do out[i] = redis.call(unpack(command)) end
return out
"""


def claim_then_command(claim_key: str, ttl: int, commands: Iterable[Command]) -> list[Any]:
    """The EVAL command that implements :meth:`Store.claim_then` on a Redis server."""
    encoded = [[str(a) for a in normalize_command(c)] for c in commands]
    return ["eval", CLAIM_THEN_SCRIPT, 1, claim_key, "1", int(ttl), json.dumps(encoded, separators=(",", ":"))]


def decode_reply(value: Any) -> Any:
    """Turn a raw redis-py reply into the Upstash-REST shape (str, int, None, lists)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    if isinstance(value, (list, tuple)):
        return [decode_reply(v) for v in value]
    if isinstance(value, dict):  # RESP3 maps, should a server send them: flatten like Upstash
        return [decode_reply(x) for pair in value.items() for x in pair]
    return value


class RoundTripCounter:
    """A thread-safe counter mixed into backends."""

    def __init__(self) -> None:
        self._trips = 0
        self._trips_lock = threading.Lock()

    @property
    def round_trips(self) -> int:
        return self._trips

    def _count_trip(self) -> None:
        with self._trips_lock:
            self._trips += 1
