"""``GET /api/health``: which store, queue and analyzer are in use and whether they answer.

Never reveals a secret: only backend names, booleans and latencies. A store that
does not answer makes the status ``degraded`` (HTTP 503), not an error.
"""

from __future__ import annotations

import time
from typing import Any

from chalicelib.errors import HoneylineError
from chalicelib.settings import Settings
from chalicelib.store import Store


def check_store(store: Store) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        ok = store.execute("ping") == "PONG"
        error = None if ok else "unexpected PING reply"
    except HoneylineError as exc:
        ok, error = False, exc.message
    check: dict[str, Any] = {"ok": ok, "ms": round((time.perf_counter() - started) * 1000, 1)}
    if error:
        check["error"] = error
    return check


def check_queue(settings: Settings) -> dict[str, Any]:
    if settings.queue_backend == "inline":
        if settings.is_production and not settings.tasks_inline:
            return {"ok": False, "mode": "inline",
                    "error": "QSTASH_TOKEN is required in production (TASKS_INLINE=true runs tasks inline on purpose)"}
        return {"ok": True, "mode": "inline"}
    keys = bool(settings.qstash_current_signing_key and settings.qstash_next_signing_key)
    ok = keys or not settings.is_production
    check: dict[str, Any] = {"ok": ok, "mode": "qstash", "signing_keys": keys}
    if not ok:
        check["error"] = "QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY are required in production"
    return check


def check_configuration(settings: Settings) -> dict[str, Any]:
    """What production refuses to run without (PUBLIC_BASE_URL, a shared store), by variable."""
    problems = settings.production_problems()
    check: dict[str, Any] = {"ok": not problems}
    if problems:
        check["error"] = "; ".join(p.message for p in problems)
        check["missing"] = [p.variable for p in problems]
    return check


def health_report(settings: Settings, store: Store) -> dict[str, Any]:
    checks = {"configuration": check_configuration(settings), "store": check_store(store), "queue": check_queue(settings)}
    return {
        "status": "ok" if all(c["ok"] for c in checks.values()) else "degraded",
        "env": settings.app_env,
        "store": settings.store_backend,
        "queue": settings.queue_backend,
        "analyzer": settings.scam_analyzer,
        # Where the page's live updates come from: a WebSocket when the deployment has one
        # (its address comes with the ticket, POST /api/live-ticket), else SSE and polling.
        "live": "websocket" if settings.websocket_url else "sse",
        "checks": checks,
    }
