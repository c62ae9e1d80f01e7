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
import logging
import secrets
import threading
from typing import Any, Callable, Iterable, Protocol, Sequence, runtime_checkable

Command = Sequence[Any]
BatchObserver = Callable[[Sequence[Command], Sequence[Any]], None]
logger = logging.getLogger(__name__)

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

    def guarded(self, key: str, token: str, mode: str, ttl: int, commands: Iterable[Command],
                result: str = "") -> tuple[str, dict[str, Any] | None]:
        """Run ``commands`` and set ``key`` to a claim record, atomically, in one round trip.

        The primitive under :mod:`chalicelib.idempotency` (see :data:`GUARD_SCRIPT` for the
        rules). Returns ``(outcome, record)``: ``claimed`` (ran, record is ours), ``own``
        (this very token already ran: a resent request), ``busy`` or ``done`` (someone
        else holds or finished it: nothing ran), with the record found or written.
        """

    def claim_then(self, claim_key: str, ttl: int, commands: Iterable[Command], *,
                   token: str | None = None) -> list[Any] | None:
        """Atomically claim ``claim_key`` for ``ttl`` s and, only if that claimed it, run ``commands``.

        One round trip. Returns the commands' replies, or ``None`` when another token
        holds the key (a duplicate: do nothing). A request resent with the same
        ``token`` (an SDK retry of a script that did run) gets the first run's replies.
        """

    def wake_commands(self, stream_key: str) -> list[Command]:
        """Extra commands a publisher appends so waiters on ``stream_key`` wake up."""

    def add_observer(self, observer: BatchObserver) -> None:
        """Call ``observer(commands, replies)`` after every batch that ran (pipeline, transaction, or
        guarded commands that ran now). How a published event reaches open WebSockets without a
        second round trip (:mod:`chalicelib.push`)."""

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


# Runs where the data lives, so the claim record and the writes are one atomic step.
# KEYS[1] claim key; ARGV: token, mode ("claim" | "complete" | "release"), ttl, commands
# (JSON array of string arrays: never numbers, Lua would print 1.7e+12 for a millisecond
# timestamp), result (a JSON text kept in the record). The record is JSON {s: "p"
# (in progress) | "d" (done), t: token, r: the commands' replies, v: result}.
#   claim:    free -> run, record "p"; same token -> "own"; else "done" or "busy".
#   complete: done by this token -> "own"; done by another -> "done" (nothing runs);
#             free or in progress (ours, or a claim that outlived its owner) -> run, record "d".
#   release:  delete the record if it is this token's claim in progress.
GUARD_SCRIPT = """
local current = redis.call('GET', KEYS[1])
local mode = ARGV[2]
if current then
  local ok, found = pcall(cjson.decode, current)
  if not ok or type(found) ~= 'table' then found = {s = 'd', t = ''} end
  if mode == 'release' then
    if found.t == ARGV[1] and found.s == 'p' then redis.call('DEL', KEYS[1]) return {'released', current} end
    return {'kept', current}
  end
  if found.t == ARGV[1] and (mode == 'claim' or found.s == 'd') then return {'own', current} end
  if found.s == 'd' then return {'done', current} end
  if mode == 'claim' then return {'busy', current} end
elseif mode == 'release' then
  return {'kept', false}
end
local out = {}
for i, command in ipairs(cjson.decode(ARGV[4])) do out[i] = redis.call(unpack(command)) end
local record = cjson.encode({s = (mode == 'claim') and 'p' or 'd', t = ARGV[1], r = out, v = ARGV[5]})
redis.call('SET', KEYS[1], record, 'EX', tonumber(ARGV[3]))
return {'claimed', record}
"""


def encode_commands(commands: Iterable[Command]) -> str:
    return json.dumps([[str(a) for a in normalize_command(c)] for c in commands], separators=(",", ":"))


def guard_command(key: str, token: str, mode: str, ttl: int, commands: Iterable[Command], result: str = "") -> list[Any]:
    """The EVAL command that implements :meth:`Store.guarded` on a Redis server."""
    return ["eval", GUARD_SCRIPT, 1, key, token, mode, int(max(1, ttl)), encode_commands(commands), result]


def parse_guard_reply(reply: Any) -> tuple[str, dict[str, Any] | None]:
    """``[outcome, record JSON]`` from the script into ``(outcome, record)``; Lua's empty table is ``{}``."""
    outcome, raw = reply[0], reply[1] if len(reply) > 1 else None
    if not raw:
        return str(outcome), None
    try:
        record = json.loads(raw)
    except ValueError:
        record = {"s": "d", "t": "", "r": [], "v": ""}
    if not isinstance(record, dict):
        record = {"s": "d", "t": "", "r": [], "v": ""}
    replies = record.get("r")
    # cjson encodes an empty Lua table as {} and a status reply as {"ok": "OK"}.
    record["r"] = [_status(r) for r in replies] if isinstance(replies, list) else []
    return str(outcome), record


def _status(reply: Any) -> Any:
    if isinstance(reply, dict) and set(reply) == {"ok"}:
        return reply["ok"]
    return None if reply is False else reply


class GuardedMixin:
    """``claim_then`` on top of a backend's ``guarded``."""

    def guarded(self, key: str, token: str, mode: str, ttl: int, commands: Iterable[Command],
                result: str = "") -> tuple[str, dict[str, Any] | None]:  # pragma: no cover - overridden
        raise NotImplementedError

    def claim_then(self, claim_key: str, ttl: int, commands: Iterable[Command], *,
                   token: str | None = None) -> list[Any] | None:
        outcome, record = self.guarded(claim_key, token or secrets.token_hex(16), "claim", ttl, commands)
        if outcome in ("claimed", "own") and record is not None:
            return list(record["r"])
        return None


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
    """What every backend shares: a thread-safe round-trip counter and the batch observers."""

    def __init__(self) -> None:
        self._trips = 0
        self._trips_lock = threading.Lock()
        self._observers: list[BatchObserver] = []

    def add_observer(self, observer: BatchObserver) -> None:
        self._observers.append(observer)

    def _observed(self, commands: Sequence[Command], replies: Any) -> Any:
        """Show a batch and its replies to the observers; an observer's failure never fails the batch."""
        if replies:
            for observer in self._observers:
                try:
                    observer(commands, replies)
                except Exception:  # a push that fails must not fail the webhook that published
                    logger.exception("store observer %r failed", observer)
        return replies

    def _observed_guard(self, commands: Sequence[Command], answer: tuple[str, dict[str, Any] | None]) -> tuple[str, dict[str, Any] | None]:
        """Observe guarded commands only when they ran now (``claimed``), never a stored replay."""
        outcome, record = answer
        if outcome == "claimed" and record is not None:
            self._observed(commands, record.get("r") or [])
        return answer

    @property
    def round_trips(self) -> int:
        return self._trips

    def _count_trip(self) -> None:
        with self._trips_lock:
            self._trips += 1
