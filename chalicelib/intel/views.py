"""``GET /api/campaigns`` and ``GET /api/campaigns/{id}``: campaigns as the dashboard shows them.

Everything here is masked: callback numbers and caller IDs alike (the blocklist export is
the one place callback numbers appear in full). A period's top campaigns cost two round
trips (one ``ZUNION`` of the per-day counters, then six reads per campaign in one pipeline)
plus one per alias hop when campaigns were merged.
"""

from __future__ import annotations

import json
import time
from typing import Any

from chalicelib import campaigns
from chalicelib.calls import public_view, record_key
from chalicelib.errors import RequestError
from chalicelib.redaction import mask_phone
from chalicelib.settings import Settings
from chalicelib.store import Command, Store

DAY_MS = 86_400_000
MAX_LIMIT = 100
CALLS_SHOWN = 50


def int_param(value: str | None, name: str, default: int, low: int, high: int) -> int:
    """A query parameter as an int in range, or a 400 that names it."""
    if value in (None, ""):
        return default
    try:
        number = int(str(value))
    except ValueError:
        raise RequestError(f"{name} must be an integer, got {str(value)[:40]!r}") from None
    if not low <= number <= high:
        raise RequestError(f"{name} must be between {low} and {high}, got {number}")
    return number


def _day_starts(days: int, now_ms: int) -> list[int]:
    """Midnight UTC of each of the last ``days`` days, oldest first."""
    today = now_ms - now_ms % DAY_MS
    return [today - i * DAY_MS for i in range(days - 1, -1, -1)]


def _pairs(reply: list[Any] | None) -> list[tuple[str, float]]:
    """A WITHSCORES reply: flat ``[member, score, ...]`` (RESP2, Upstash) or ``[[member, score], ...]``."""
    reply = reply or []
    if reply and isinstance(reply[0], list):
        return [(str(k), float(v)) for k, v in reply]
    return [(str(k), float(v)) for k, v in zip(reply[::2], reply[1::2])]


def _summary_commands(cid: str, since_ms: int) -> list[Command]:
    return [
        ("hgetall", campaigns.camp_key(cid)),
        ("pfcount", campaigns.camp_key(cid, "callers")),
        ("lrange", campaigns.camp_key(cid, "masked"), 0, -1),
        ("zrevrange", campaigns.camp_key(cid, "numbers"), 0, -1),
        ("zrangebyscore", campaigns.camp_key(cid, "calls"), since_ms, "+inf", "withscores"),
        ("zrevrange", campaigns.camp_key(cid, "sites"), 0, -1),
    ]


def _summary(cid: str, replies: list[Any], days: list[int]) -> dict[str, Any] | None:
    fields_raw, callers, masked, numbers, calls, sites = replies
    fields = dict(zip((fields_raw or [])[::2], (fields_raw or [])[1::2]))
    if not fields:
        return None
    per_day = {start: 0 for start in days}
    for _, ms in _pairs(calls):
        start = int(ms) - int(ms) % DAY_MS
        if start in per_day:
            per_day[start] += 1
    intel: dict[str, list[str]] = {"paymentMethods": [], "remoteAccessTools": []}
    for name in sorted(fields):
        kind, _, value = name.removeprefix("intel:").partition(":")
        if name.startswith("intel:"):
            intel["paymentMethods" if kind == "payment_methods" else "remoteAccessTools"].append(value)
    seconds = int(fields.get("agent_seconds", 0))
    company, scam_type = fields.get("company"), fields.get("scam_type") or "other"
    return {
        "id": cid,
        "name": f"{company or 'Unknown sender'} · {scam_type.replace('_', ' ')}",
        "company": company, "scamType": scam_type,
        "firstSeen": int(fields.get("first_seen", 0)), "lastSeen": int(fields.get("last_seen", 0)),
        "calls": int(fields.get("calls", 0)), "texts": int(fields.get("texts", 0)),
        "confidence": int(fields.get("confidence", 0)),
        "callerIds": {"count": int(callers or 0), "sample": list(masked or [])},
        "callbackNumbers": [mask_phone(n) for n in numbers or []],
        "agent": {"calls": int(fields.get("agent_calls", 0)), "minutes": round(seconds / 60, 1),
                  "successes": int(fields.get("agent_successes", 0)),
                  "outcomes": {k.removeprefix("outcome:"): int(v) for k, v in fields.items() if k.startswith("outcome:")}},
        "intelligence": {**intel, "websites": list(sites or [])},
        "timeline": [{"date": time.strftime("%Y-%m-%d", time.gmtime(s / 1000)), "detections": per_day[s]} for s in days],
        "transcript": fields.get("transcript", ""),
    }


def top_campaigns(store: Store, settings: Settings, *, days: int = 7, limit: int = 10,
                  now_ms: int | None = None) -> dict[str, Any]:
    """The campaigns with the most detections in the last ``days`` days, each with its timeline."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    starts = _day_starts(days, now_ms)
    keys = [campaigns.day_key(s) for s in starts]
    counts: dict[str, int] = {}
    raw = _pairs(store.execute("zunion", len(keys), *keys, "withscores"))
    mapping = campaigns.resolve(store, [cid for cid, _ in raw])
    for cid, count in raw:
        counts[mapping[cid]] = counts.get(mapping[cid], 0) + int(count)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    replies = store.pipeline([c for cid, _ in ranked for c in _summary_commands(cid, starts[0])])
    rows = []
    for i, (cid, count) in enumerate(ranked):
        summary = _summary(cid, replies[6 * i:6 * i + 6], starts)
        if summary:
            rows.append({**summary, "detectionsInPeriod": count})
    return {
        "period": {"days": days, "from": starts[0], "to": now_ms},
        "totals": {"campaigns": len(counts), "detections": sum(counts.values()),
                   "agentMinutes": round(sum(r["agent"]["minutes"] for r in rows), 1)},
        "campaigns": rows,
        "generatedAt": now_ms,
    }


def campaign_detail(store: Store, settings: Settings, cid: str, *, days: int = 30,
                    now_ms: int | None = None) -> dict[str, Any] | None:
    """One campaign (merged ids resolve to the survivor) with its most recent calls, masked."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    if not cid or len(cid) > 64:
        return None
    cid = campaigns.resolve(store, [cid])[cid]
    starts = _day_starts(days, now_ms)
    replies = store.pipeline(_summary_commands(cid, starts[0])
                             + [("zrevrange", campaigns.camp_key(cid, "calls"), 0, CALLS_SHOWN - 1, "withscores")])
    summary = _summary(cid, replies[:6], starts)
    if summary is None:
        return None
    subjects = _pairs(replies[6])
    records = store.pipeline([("hgetall", record_key(sid)) for sid, _ in subjects]) if subjects else []
    calls = []
    for (sid, ms), flat in zip(subjects, records):
        record = public_view({k: json.loads(v) for k, v in zip((flat or [])[::2], (flat or [])[1::2])})
        analysis = record.get("analysis") or {}
        agent = record.get("agent_result") or {}
        calls.append({
            "subject": sid, "ts": int(ms), "channel": record.get("channel") or ("sms" if sid.startswith(("SM", "MM")) else "call"),
            "from": record.get("from"), "confidence": analysis.get("confidence"),
            "callback": (analysis.get("callback") or {}).get("number"),
            "agentSeconds": agent.get("duration_seconds"), "agentOutcome": agent.get("ended_reason"),
            "expired": not record,
        })
    return {**summary, "recentCalls": calls, "generatedAt": now_ms}
