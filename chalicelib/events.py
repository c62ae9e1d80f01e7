"""The live event bus (the seed's "Redis events") on a Redis Stream per channel.

An event is ``{"id": <cursor>, "type": ..., "ts": <unix ms>, "data": {...}}``. The
cursor is the stream entry id: opaque to clients, strictly increasing, and
``read_since(cursor)`` returns exactly the entries after it. A plain unix-ms
timestamp (the seed's ``since=``) is accepted too and means "after that millisecond".

Retention (seed): the last ``EVENTS_MAX_LEN`` (100) entries and nothing older than
``EVENTS_TTL_SECONDS`` (300): ``XADD MAXLEN =`` trims by count, ``XTRIM MINID`` by
age, ``PEXPIRE`` drops an idle stream, and reads skip anything past the age
cutoff that a quiet stream has not trimmed yet.

Redis commands per operation (all in one round trip each):

* publish: 3 (XADD, XTRIM, PEXPIRE) + 1 PUBLISH on Upstash to wake waiters; with
  WebSocket push on (``WEBSOCKET_URL``) + 2 in the same round trip (XREVRANGE for the
  previous event's id, HGETALL of the open connections), which
  :mod:`chalicelib.push` reads from the replies to send the event on
* read_since: 1 (XRANGE, or XREVRANGE without a cursor)
* wait_for_events, idle for the whole window: TCP Redis 1 (XREAD BLOCK);
  Upstash 2 (SUBSCRIBE over SSE + one XRANGE), i.e. 2/window, not per second;
  embedded 0 network commands. Plus 1 XRANGE to read what woke it.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any, Callable

from chalicelib.errors import RequestError
from chalicelib.records import Record
from chalicelib.redaction import redact_text
from chalicelib.settings import Settings
from chalicelib.store import Command, Store

EVENT_TYPES = frozenset(
    {
        # the seed's seven
        "incoming_call",
        "call_status_update",
        "scam_detected",
        "call_processed",
        "vapi_call_started",
        "vapi_call_ended",
        "vapi_call_failed",
        # what the product adds
        "incoming_sms",
        "sms_processed",
        "vapi_call_status",
        "task_failed",
        "notification_failed",
    }
)

MAX_SEQ = 2**64 - 1
MAX_CURSOR_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z
_CURSOR = re.compile(r"^(\d{1,20})(?:-(\d{1,20}))?$")
# Keys whose string values are identifiers, not prose: never run the number masker on them.
_ID_KEYS = re.compile(r"(?:^|_)(?:id|sid|cursor)$|Sid$|Id$")


class Event(Record):
    """One published event: its cursor, type, time (unix ms) and masked data."""

    __slots__ = ("id", "type", "ts", "data")
    id: str
    type: str
    ts: int
    data: dict[str, Any]

    def __init__(self, id: str, type: str, ts: int, data: dict[str, Any] | None = None) -> None:
        super().__init__(id=id, type=type, ts=ts, data={} if data is None else data)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "ts": self.ts, "data": self.data}


class PendingEvent(Record):
    """An event whose commands a caller batches into its own pipeline.

    ``resolve`` takes the XADD reply (the new entry id) and returns the stored event.
    """

    __slots__ = ("type", "ts", "data", "commands")
    type: str
    ts: int
    data: dict[str, Any]
    commands: list[Command]

    def __init__(self, type: str, ts: int, data: dict[str, Any], commands: list[Command]) -> None:
        super().__init__(type=type, ts=ts, data=data, commands=commands)

    def resolve(self, xadd_reply: str) -> Event:
        return Event(id=str(xadd_reply), type=self.type, ts=self.ts, data=self.data)


def mask_data(value: Any, key: str = "") -> Any:
    """Mask phone numbers in every string of an event payload (ids excepted)."""
    if isinstance(value, str):
        return value if _ID_KEYS.search(key) else redact_text(value)
    if isinstance(value, dict):
        return {k: mask_data(v, str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_data(v, key) for v in value]
    return value


def parse_cursor(raw: str | None) -> str | None:
    """Validate a client cursor: a stream id ``ms-seq`` or a unix-ms timestamp."""
    if raw is None or raw == "":
        return None
    match = _CURSOR.match(raw.strip())
    if not match:
        raise RequestError(f"invalid cursor {raw[:40]!r}: expected an event id or a unix-ms timestamp")
    ms, seq = match.groups()
    # Every backend must agree: Redis refuses an exclusive start at the very last id ("(" + max),
    # so a cursor must leave room after it. No event is stamped after year 9999 anyway.
    if int(ms) > MAX_CURSOR_MS or (seq is not None and int(seq) >= MAX_SEQ):
        raise RequestError(f"invalid cursor {raw[:40]!r}: out of range")
    # A bare timestamp means "everything after this millisecond".
    return f"{int(ms)}-{int(seq) if seq is not None else MAX_SEQ - 1}"


def _id_key(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


class EventBus:
    """Publish, read and wait for events on one channel."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        channel: str = "live",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.key = f"hl:events:{channel}"
        self._max_len = settings.events_max_len
        self._ttl_ms = settings.events_ttl_seconds * 1000
        self._clock = clock
        # Only the live channel is pushed; its publishes carry what the fan-out needs.
        self._push = bool(settings.websocket_url) and channel == "live"

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def _cutoff_id(self) -> str:
        return f"{self._now_ms() - self._ttl_ms}-0"

    # ------------------------------------------------------------- publishing
    def prepare(self, event_type: str, data: dict[str, Any] | None = None) -> PendingEvent:
        """Build (but do not send) the commands that publish one event."""
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {event_type!r}")
        ts = self._now_ms()
        masked = mask_data(dict(data or {}))
        body = json.dumps({"type": event_type, "ts": ts, "data": masked}, separators=(",", ":"))
        commands: list[Command] = [
            ("xadd", self.key, "maxlen", "=", self._max_len, "*", "e", body),
            *(push_commands(self.key) if self._push else []),
            ("xtrim", self.key, "minid", f"{ts - self._ttl_ms}-0"),
            ("pexpire", self.key, self._ttl_ms),
            *self.store.wake_commands(self.key),
        ]
        return PendingEvent(type=event_type, ts=ts, data=masked, commands=commands)

    def publish(self, event_type: str, data: dict[str, Any] | None = None) -> Event:
        """Publish one event in one round trip and return it with its cursor."""
        pending = self.prepare(event_type, data)
        replies = self.store.pipeline(pending.commands)
        return pending.resolve(replies[0])

    # ---------------------------------------------------------------- reading
    def read_command(self, cursor: str | None, limit: int = 100) -> tuple[Command, str | None]:
        """The command that reads events after ``cursor`` (for batching), and the parsed start."""
        limit = max(1, min(int(limit), 1000))
        start = parse_cursor(cursor)
        cutoff = self._cutoff_id()
        if start is None:
            return ("xrevrange", self.key, "+", cutoff, "count", limit), None
        bound = "(" + start if _id_key(start) >= _id_key(cutoff) else cutoff
        return ("xrange", self.key, bound, "+", "count", limit), start

    @staticmethod
    def parse_read(reply: list[Any] | None, command: Command, start: str | None) -> tuple[list[Event], str]:
        """Events (oldest first) and the next cursor from a :meth:`read_command` reply."""
        entries = list(reply or [])
        if command[0] == "xrevrange":
            entries.reverse()
        events = [decode_entry(entry) for entry in entries]
        return events, (events[-1].id if events else (start or "0-0"))

    def read_since(self, cursor: str | None, limit: int = 100) -> tuple[list[Event], str]:
        """Events after ``cursor`` (oldest first) and the cursor to use next time.

        Without a cursor: the latest ``limit`` events. Never returns anything older
        than the retention age.
        """
        command, start = self.read_command(cursor, limit)
        return self.parse_read(self.store.execute(*command), command, start)

    def current_cursor(self) -> str:
        """The id of the newest event ("0-0" for an empty stream): 'now' for a new client."""
        latest = self.store.execute("xrevrange", self.key, "+", "-", "count", 1)
        return latest[0][0] if latest else "0-0"

    def wait_for_events(self, cursor: str | None, timeout: float, limit: int = 100) -> tuple[list[Event], str]:
        """Return as soon as an event after ``cursor`` exists, or ``([], cursor)`` at the timeout."""
        start = parse_cursor(cursor) or self.current_cursor()
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return [], start
            after = max(start, self._cutoff_id(), key=_id_key)
            if not self.store.wait_for_stream(self.key, after, remaining):
                return [], start
            events, next_cursor = self.read_since(start, limit)
            if events:
                return events, next_cursor


# The open WebSocket connections, one hash field each (written by chalicelib.push); read with
# every live publish so the fan-out needs no second round trip.
CONNECTIONS_KEY = "hl:live:connections"

def push_commands(stream_key: str) -> list[Command]:
    """Read right after an XADD, in the same round trip: the two newest ids (ours and the one
    before it, so a client can tell it missed nothing) and the open WebSocket connections."""
    return [("xrevrange", stream_key, "+", "-", "count", 2), ("hgetall", CONNECTIONS_KEY)]


def decode_entry(entry: list[Any]) -> Event:
    """An event from one stream entry ``[id, ["e", body]]``."""
    entry_id, fields = entry[0], entry[1]
    values = dict(zip(fields[::2], fields[1::2]))
    body = json.loads(values.get("e", "{}"))
    return Event(id=entry_id, type=body.get("type", "unknown"), ts=int(body.get("ts", 0)), data=body.get("data", {}))
