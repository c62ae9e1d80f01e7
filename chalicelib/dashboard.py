"""``GET /api/dashboard``: everything the page shows, in one Redis round trip, cached 30 s.

The cache (cachetools, per container) absorbs a room full of open dashboards:
at most one Redis round trip per container per 30 s; ``?nocache=true`` bypasses
and refreshes it. All numbers in the answer are masked.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from cachetools import TTLCache

from chalicelib import history
from chalicelib.agents import NAMES_KEY, STATS_KEY, leaderboard
from chalicelib.calls import CallRegistry
from chalicelib.redaction import mask_phone
from chalicelib.settings import Settings
from chalicelib.store import Store

CACHE_SECONDS = 30
CHART_DAYS = 14
LIST_LIMIT = 50

_cache: TTLCache[str, dict[str, Any]] = TTLCache(maxsize=4, ttl=CACHE_SECONDS)
_lock = threading.Lock()


def _day(offset: int, now: float) -> float:
    return now - offset * 86_400


def _ints(flat: list[Any] | None) -> dict[str, int]:
    flat = flat or []
    return {str(k): int(v) for k, v in zip(flat[::2], flat[1::2])}


def build_dashboard(settings: Settings, store: Store, *, now: float | None = None) -> dict[str, Any]:
    """Read and shape the dashboard data (one pipeline)."""
    now = time.time() if now is None else now
    registry = CallRegistry(store, settings)
    days = [_day(i, now) for i in range(CHART_DAYS - 1, -1, -1)]
    commands = [
        ("lrange", history.RECENT_SCAMS, 0, LIST_LIMIT - 1),
        ("lrange", history.RECENT_AGENT_CALLS, 0, LIST_LIMIT - 1),
        ("hgetall", STATS_KEY),
        ("hgetall", NAMES_KEY),
        *registry.list_active_commands(),
        *[("hgetall", history.day_key(day)) for day in days],
    ]
    scams, agent_calls, stats, names, active, *per_day = store.pipeline(commands)
    chart = [
        {"date": time.strftime("%Y-%m-%d", time.gmtime(day)), **{k: v.get(k, 0) for k in ("scams", "calls", "sms")}}
        for day, v in zip(days, (_ints(d) for d in per_day))
    ]
    board = leaderboard(stats, names)
    conversations = sum(r["calls"] for r in board)
    successes = sum(r["successes"] for r in board)
    active_calls = registry.parse_active(active)
    return {
        "honeypotNumber": mask_phone(settings.twilio_phone_number),
        "detection": {"status": "active", "analyzer": settings.scam_analyzer, "engageThreshold": settings.engage_threshold,
                      "agent": "configured" if settings.vapi_api_key else "not configured"},
        "stats": {
            "scamsThisWeek": sum(d["scams"] for d in chart[-7:]),
            "agentConversations": conversations,
            "successfulConversations": successes,
            "successRate": round(successes / conversations, 3) if conversations else 0.0,
            "activeCalls": len(active_calls),
            "successSeconds": settings.agent_success_seconds,
        },
        "activeCalls": active_calls,
        "recentScams": [json.loads(x) for x in scams or []],
        "agentConversations": [json.loads(x) for x in agent_calls or []],
        "leaderboard": board,
        "detectionsPerDay": chart,
        "generatedAt": int(now * 1000),
    }


def get_dashboard(settings: Settings, store: Store, *, nocache: bool = False) -> dict[str, Any]:
    """The cached dashboard (``cached`` says which)."""
    with _lock:
        hit = None if nocache else _cache.get("dashboard")
    if hit is not None:
        return {**hit, "cached": True}
    fresh = build_dashboard(settings, store)
    with _lock:
        _cache["dashboard"] = fresh
    return {**fresh, "cached": False}


def clear_cache() -> None:
    with _lock:
        _cache.clear()
