"""HTTP glue shared by every route: error mapping and request logging, once.

Routes raise :class:`~chalicelib.errors.HoneylineError` subclasses; the middleware
turns them into ``{"error": code, "message": reason}`` with the error's status,
so no route carries its own try/except. Anything else stays a 500 from Chalice
(logged with its traceback) because it is a bug, not a caller's mistake.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from chalice.app import Request, Response

from chalicelib.errors import HoneylineError
from chalicelib.logs import configure_logging
from chalicelib.settings import get_settings

logger = logging.getLogger(__name__)  # not "honeyline.*": Chalice sets its app logger to ERROR


def error_response(error: HoneylineError) -> Response:
    return Response(
        body={"error": error.code, "message": error.message},
        status_code=error.status_code,
        headers=error.headers(),
    )


# The dashboard's data routes may be called from another origin (CORS_ALLOWED_ORIGIN); nothing else.
CORS_PATHS = ("/api/dashboard", "/api/live-updates")


def cors_headers(request: Request, allowed: str | None) -> dict[str, str]:
    origin = (request.headers or {}).get("origin")
    if not allowed or request.path not in CORS_PATHS or origin != allowed:
        return {}
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Headers": "Authorization, Last-Event-ID, Content-Type",
        "Access-Control-Allow-Methods": "GET, OPTIONS",
        "Access-Control-Max-Age": "600",
        "Vary": "Origin",
    }


def http_middleware(request: Request, get_response: Callable[[Request], Response]) -> Response:
    """Map typed errors to responses, answer CORS, and write one JSON log line per request."""
    started = time.perf_counter()
    request_id = (request.context or {}).get("requestId", "-")
    cors: dict[str, str] = {}
    try:
        settings = get_settings()
        configure_logging(settings.log_level)
        cors = cors_headers(request, settings.cors_allowed_origin)
        if request.method == "OPTIONS" and request.path in CORS_PATHS:
            response = Response(body="", status_code=204 if cors else 403)
        else:
            response = get_response(request)
    except HoneylineError as error:
        level = logging.WARNING if error.status_code < 500 else logging.ERROR
        logger.log(level, "%s %s refused: %s", request.method, request.path, error.message)
        response = error_response(error)
    elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    fields: dict[str, Any] = {
        "method": request.method,
        "path": request.path,
        "status": response.status_code,
        "ms": elapsed_ms,
        "request_id": request_id,
    }
    logger.info("%s %s %s", request.method, request.path, response.status_code, extra={"fields": fields})
    response.headers.update(cors)
    response.headers["X-Request-Id"] = request_id
    return response
