"""Active calls and call records: the state the dashboard and the pipeline share.

Active calls (seed: ``active_call:{sid}``, 1 h TTL) live as fields of one hash,
``hl:calls:active``, each value carrying its own ``expires_at``. Listing them is
one ``HGETALL`` — never ``KEYS``/``SCAN`` as the original did — and stale fields
are dropped lazily; the whole hash also expires an hour after the last call.

Call records are the durable history (masked caller, transcript, analysis, agent
outcome): one hash per call, ``hl:call:{sid}``, whose field values are JSON,
expiring after ``CALL_RETENTION_DAYS`` (30); ``hl:calls:index`` (a sorted set
scored by creation time) lists them newest first and is trimmed to the same age.
Fields whose name starts with ``_`` are private (the clear numbers the agent call
needs) and are removed by :func:`public_view` from anything shown or published.

Methods named ``*_commands`` only build commands so a webhook can batch them with
its other writes into a single round trip.
"""

from __future__ import annotations

import json
import time
from typing import Any, Callable

from chalicelib.settings import Settings
from chalicelib.store import Command, Store

ACTIVE_KEY = "hl:calls:active"
INDEX_KEY = "hl:calls:index"


def record_key(sid: str) -> str:
    return f"hl:call:{sid}"


def public_view(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its private (``_``-prefixed) fields."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def decode_record(flat: list[Any] | None) -> dict[str, Any]:
    """A call record (or the active-call hash) from its ``HGETALL`` reply (field values are JSON)."""
    flat = flat or []
    return {name: json.loads(value) for name, value in zip(flat[::2], flat[1::2])}


class CallRegistry:
    def __init__(self, store: Store, settings: Settings, *, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self._active_ttl = settings.active_call_ttl_seconds
        self._retention = settings.call_retention_days * 86_400
        self._clock = clock

    # ----------------------------------------------------------- active calls
    def start_active_commands(self, sid: str, info: dict[str, Any]) -> list[Command]:
        now = self._clock()
        value = {**public_view(info), "sid": sid, "started_at": int(now * 1000), "expires_at": now + self._active_ttl}
        return [
            ("hset", ACTIVE_KEY, sid, json.dumps(value, separators=(",", ":"))),
            ("expire", ACTIVE_KEY, self._active_ttl),
        ]

    def end_active_commands(self, sid: str) -> list[Command]:
        return [("hdel", ACTIVE_KEY, sid)]

    def start_active(self, sid: str, info: dict[str, Any]) -> None:
        self.store.pipeline(self.start_active_commands(sid, info))

    def end_active(self, sid: str) -> None:
        self.store.pipeline(self.end_active_commands(sid))

    def list_active_commands(self) -> list[Command]:
        return [("hgetall", ACTIVE_KEY)]

    def parse_active(self, reply: list[Any] | None) -> list[dict[str, Any]]:
        """Decode an ``HGETALL`` of active calls, newest first, dropping expired ones."""
        now = self._clock()
        calls = [c for c in decode_record(reply).values() if c.get("expires_at", 0) > now]
        return sorted(calls, key=lambda c: c.get("started_at", 0), reverse=True)

    def list_active(self) -> list[dict[str, Any]]:
        """Active calls in one round trip; expired leftovers are removed in a second, rarely."""
        reply = self.store.execute(*self.list_active_commands()[0])
        now = self._clock()
        stale = [sid for sid, c in decode_record(reply).items() if c.get("expires_at", 0) <= now]
        if stale:
            self.store.execute("hdel", ACTIVE_KEY, *stale)
        return self.parse_active(reply)

    # ----------------------------------------------------------- call records
    def update_record_commands(self, sid: str, fields: dict[str, Any], *, new: bool = False) -> list[Command]:
        """Set fields of a call record, index it and renew its retention.

        ``new`` (the first webhook of a call or message) also trims expired entries
        from the index: once per call is enough, and it saves a command on every update.
        """
        now = self._clock()
        flat: list[Any] = []
        for name, value in fields.items():
            flat += [name, json.dumps(value, separators=(",", ":"))]
        commands: list[Command] = []
        if flat:
            commands.append(("hset", record_key(sid), *flat))
        commands += [
            ("expire", record_key(sid), self._retention),
            # NX: the index keeps the creation time, later updates don't reorder history.
            ("zadd", INDEX_KEY, "nx", int(now * 1000), sid),
        ]
        if new:
            commands.append(("zremrangebyscore", INDEX_KEY, "-inf", int((now - self._retention) * 1000)))
        return commands

    def update_record(self, sid: str, fields: dict[str, Any], *, new: bool = False) -> None:
        self.store.pipeline(self.update_record_commands(sid, fields, new=new))

    def get_record(self, sid: str, *, private: bool = False) -> dict[str, Any] | None:
        record = decode_record(self.store.execute("hgetall", record_key(sid)))
        if not record:
            return None
        return record if private else public_view(record)

    def recent_records(self, limit: int = 50) -> list[dict[str, Any]]:
        """Newest call records (public view): two round trips however many there are."""
        sids = self.store.execute("zrevrange", INDEX_KEY, 0, max(0, limit - 1))
        if not sids:
            return []
        replies = self.store.pipeline([("hgetall", record_key(sid)) for sid in sids])
        records = []
        for sid, reply in zip(sids, replies):
            record = decode_record(reply)
            if record:
                records.append({"sid": sid, **public_view(record)})
        return records
