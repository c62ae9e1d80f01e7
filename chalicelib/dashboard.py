"""``GET /api/dashboard``: everything the page shows, in two Redis round trips, cached 30 s.

The first round trip reads the lists, counters, active calls and the newest call
ids; the second their call records, which seed the page's live feed (events expire
after 5 minutes, records after ``CALL_RETENTION_DAYS``): one line per call, in the
same shape the page builds from live events (:func:`feed_entry`).

The cache (cachetools, per container) absorbs a room full of open dashboards:
at most two Redis round trips per container per 30 s; ``?nocache=true`` bypasses
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
from chalicelib.calls import INDEX_KEY, CallRegistry, decode_record, public_view, record_key
from chalicelib.redaction import mask_phone
from chalicelib.settings import Settings
from chalicelib.store import Store

CACHE_SECONDS = 30
CHART_DAYS = 14
LIST_LIMIT = 50
FEED_SEED = 20  # call records that seed the live feed

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
        ("zrevrange", INDEX_KEY, 0, FEED_SEED - 1),
        *registry.list_active_commands(),
        *[("hgetall", history.day_key(day)) for day in days],
    ]
    scams, agent_calls, stats, names, newest, active, *per_day = store.pipeline(commands)
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
            "successRate": round(successes / conversations, 3) if conversations else None,  # "—", not 0%
            "activeCalls": len(active_calls),
            "successSeconds": settings.agent_success_seconds,
        },
        "activeCalls": active_calls,
        "recentScams": [json.loads(x) for x in scams or []],
        "agentConversations": [json.loads(x) for x in agent_calls or []],
        "leaderboard": board,
        "detectionsPerDay": chart,
        "recentCalls": recent_calls(store, list(newest or [])),
        "generatedAt": int(now * 1000),
    }


def recent_calls(store: Store, sids: list[str]) -> list[dict[str, Any]]:
    """The feed's seed: one entry per call or SMS, newest first (one round trip)."""
    if not sids:
        return []
    replies = store.pipeline([c for sid in sids for c in (("hgetall", record_key(sid)), ("zscore", INDEX_KEY, sid))])
    entries = []
    for sid, flat, score in zip(sids, replies[::2], replies[1::2]):
        record = public_view(decode_record(flat))
        if record:
            entries.append(feed_entry(sid, int(float(score or 0)), record))
    return entries


def feed_entry(sid: str, created_ms: int, record: dict[str, Any]) -> dict[str, Any]:
    """What the feed line of one call shows: where it got to, all numbers masked already."""
    analysis = record.get("analysis") or {}
    agent = {**(record.get("agent") or {})}
    result = record.get("agent_result") or {}
    if record.get("agent_status"):
        agent["callStatus"] = record["agent_status"]
    if result:
        agent.update({"duration": result.get("duration_seconds"), "success": result.get("success"),
                      "endedReason": result.get("ended_reason")})
    return {
        "subject": sid, "ts": created_ms, "channel": record.get("channel", "call"), "from": record.get("from"),
        "status": record.get("status"), "duration": record.get("duration"),
        "recordingSid": record.get("recording_sid"), "recordingDuration": record.get("recording_duration"),
        "transcription": record.get("transcription_status"),
        "analysis": {"isScam": analysis.get("is_scam"), "confidence": analysis.get("confidence"),
                     "company": analysis.get("impersonated_company"), "scamType": analysis.get("scam_type")}
        if analysis else None,
        "engage": record.get("engage"),
        "agent": {k: agent.get(k) for k in ("status", "reason", "target", "persona_name", "call_id", "callStatus",
                                            "duration", "success", "endedReason") if agent.get(k) is not None} or None,
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
