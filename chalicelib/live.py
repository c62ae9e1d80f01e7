"""``GET /api/live-updates``: Server-Sent Events as a long poll, or plain polling.

(WebSocket push, the cheapest mode where API Gateway's WebSocket API is deployed,
lives in :mod:`chalicelib.push`; these two stay for ``chalice local`` and as fallbacks.)

API Gateway buffers responses, so a stream cannot trickle out: each request
waits for the next events (``EventBus.wait_for_events``) for up to
``LIVE_UPDATES_WINDOW_SECONDS`` (9 s, as in the seed) and then returns them as
``text/event-stream`` with ``id:`` lines and a short ``retry:``, so the browser's
EventSource reconnects at once with ``Last-Event-ID`` and nothing is lost or
repeated. A window with no event ends with a ``connection_timeout`` event that
carries the same cursor.

Redis commands per idle window: TCP Redis 1, Upstash 2, embedded 0 (see
:mod:`chalicelib.events`); per poll: 1 round trip (events + active calls).
"""

from __future__ import annotations

import json
import time
from typing import Any

from chalicelib.calls import CallRegistry
from chalicelib.events import Event, EventBus
from chalicelib.settings import Settings
from chalicelib.store import Store

RETRY_MS = 250
SNAPSHOT_EVENTS = 20


def _frame(event_id: str, event_type: str, data: Any) -> str:
    return f"id: {event_id}\nevent: {event_type}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


def _events_and_active(settings: Settings, store: Store, cursor: str | None, limit: int) -> tuple[list[Event], str, list[dict[str, Any]]]:
    """Events after ``cursor`` (latest ``limit`` without one), the next cursor and the active calls: one round trip."""
    bus = EventBus(store, settings)
    registry = CallRegistry(store, settings)
    read, start = bus.read_command(cursor, limit)
    reply, active = store.pipeline([read, *registry.list_active_commands()])
    events, next_cursor = bus.parse_read(reply, read, start)
    return events, next_cursor, registry.parse_active(active)


def sse_body(settings: Settings, store: Store, cursor: str | None, *, window: float | None = None) -> str:
    """One long-poll's worth of SSE: a snapshot, the next events, or a timeout."""
    head = f"retry: {RETRY_MS}\n\n"
    if not cursor:
        data = snapshot(settings, store)
        return head + _frame(data["cursor"], "snapshot", data)
    bus = EventBus(store, settings)
    events, next_cursor = bus.wait_for_events(cursor, settings.live_window_seconds if window is None else window)
    if not events:
        return head + _frame(next_cursor, "connection_timeout", {"cursor": next_cursor, "timestamp": int(time.time() * 1000)})
    return head + event_frames(events)


def snapshot(settings: Settings, store: Store) -> dict[str, Any]:
    """A new client's starting point (SSE's first answer, a WebSocket's ``{"resume": null}``)."""
    events, current, active = _events_and_active(settings, store, None, SNAPSHOT_EVENTS)
    return {"activeCalls": active, "recentEvents": [e.to_dict() for e in events],
            "cursor": current, "timestamp": int(time.time() * 1000)}


def poll(settings: Settings, store: Store, since: str | None) -> dict[str, Any]:
    """The polling answer: events after ``since``, active calls, the next cursor (one round trip)."""
    events, cursor, active = _events_and_active(settings, store, since, 100)
    return {
        "events": [e.to_dict() for e in events],
        "activeCalls": active,
        "cursor": cursor,
        "timestamp": int(time.time() * 1000),
        "mode": "polling",
    }


def event_frames(events: list[Event]) -> str:
    return "".join(_frame(e.id, e.type, e.to_dict()) for e in events)
