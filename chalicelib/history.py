"""What the dashboard reads: short recent lists and per-day counters, kept as they happen.

The dashboard must cost one Redis round trip, so instead of walking call records
(one read per call) every writer also appends a small, already-masked summary to
a capped list and bumps a per-day counter, in the same pipeline as its other
writes. Reading is then a handful of LRANGE/HGETALL commands in one pipeline.

Keys: ``hl:recent:scams`` and ``hl:recent:agent_calls`` (newest first, at most
100 entries, expiring with the call-record retention) and ``hl:stats:day:<YYYYMMDD>``
hashes (``calls``, ``sms``, ``scams``, ``agent_calls``, ``agent_successes``,
``agent_seconds``; kept 40 days for the weekly figures and the chart).
"""

from __future__ import annotations

import json
import time
from typing import Any

from chalicelib.store import Command

RECENT_SCAMS = "hl:recent:scams"
RECENT_AGENT_CALLS = "hl:recent:agent_calls"
RECENT_MAX = 100
DAY_STATS_SECONDS = 40 * 86_400


def day_key(ts: float) -> str:
    return "hl:stats:day:" + time.strftime("%Y%m%d", time.gmtime(ts))


def count_commands(counts: dict[str, int], *, now: float | None = None) -> list[Command]:
    key = day_key(time.time() if now is None else now)
    commands: list[Command] = [("hincrby", key, name, int(value)) for name, value in counts.items() if value]
    return commands + [("expire", key, DAY_STATS_SECONDS)] if commands else []


def append_commands(list_key: str, entry: dict[str, Any], retention_seconds: int) -> list[Command]:
    return [
        ("lpush", list_key, json.dumps(entry, separators=(",", ":"))),
        ("ltrim", list_key, 0, RECENT_MAX - 1),
        ("expire", list_key, retention_seconds),
    ]
