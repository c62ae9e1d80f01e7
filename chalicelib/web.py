"""HTTP glue shared by every route: error mapping and request logging, once.

Routes raise :class:`~chalicelib.errors.HoneylineError` subclasses; the middleware
turns them into ``{"error": code, "message": reason}`` with the error's status,
so no route carries its own try/except. Anything else stays a 500 from Chalice
(logged with its traceback) because it is a bug, not a caller's mistake.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any, Callable

from chalice.app import Request, Response

from chalicelib.errors import HoneylineError, PayloadTooLarge, RequestError, SettingsError
from chalicelib.logs import configure_logging
from chalicelib.settings import get_settings

logger = logging.getLogger(__name__)  # not "honeyline.*": Chalice sets its app logger to ERROR


def error_response(error: HoneylineError) -> Response:
    return Response(
        body={"error": error.code, "message": error.message},
        status_code=error.status_code,
        headers=error.headers(),
    )


def json_body(request: Request, *, limit: int) -> Any:
    """The request's JSON body, refused with a reason when too large (413) or malformed (400)."""
    raw = request.raw_body or b""
    if len(raw) > limit:
        raise PayloadTooLarge(f"body is {len(raw)} bytes; the limit is {limit}")
    try:
        return json.loads(raw.decode("utf-8")) if raw else None
    except (UnicodeDecodeError, ValueError) as exc:
        raise RequestError(f"body is not valid JSON: {exc}") from exc


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


def _caller_still_hears_the_greeting(request: Request, error: HoneylineError) -> Response | None:
    """Configuration that cannot be loaded (SSM unreachable...) must not cost a voicemail: the
    voice webhook answers the greeting. A secret known to be missing stays a 503 (never open)."""
    voice = request.path == "/api/twilio-webhook" and (request.query_params or {}).get("type") == "voice"
    if not (voice and isinstance(error, SettingsError)):
        return None
    from chalicelib.twilio import fallback_voice_twiml

    return Response(fallback_voice_twiml(), headers={"Content-Type": "text/xml; charset=utf-8"})


def _in_our_shape(response: Response) -> None:
    """Chalice answers some requests itself (415, 405, bad JSON, an unhandled 500) as
    ``{"Code": ..., "Message": ...}``; every error leaves in ``{"error", "message"}``."""
    body = response.body
    if response.status_code >= 400 and isinstance(body, dict) and set(body) == {"Code", "Message"}:
        code = re.sub(r"(?<!^)(?=[A-Z])", "_", str(body["Code"])).lower().removesuffix("_error")
        response.body = {"error": {"internal_server": "internal_error"}.get(code, code), "message": body["Message"]}


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
        response = _caller_still_hears_the_greeting(request, error) or error_response(error)
    _in_our_shape(response)
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


def websocket_middleware(event: Any, get_response: Callable[[Any], Any]) -> Any:
    """The same for WebSocket routes: a typed error becomes the status API Gateway sees
    (on ``$connect`` a non-2xx refuses the upgrade), and one JSON log line per event."""
    started = time.perf_counter()
    context = event.to_dict().get("requestContext") or {}
    try:
        configure_logging(get_settings().log_level)
        response = get_response(event)
    except HoneylineError as error:
        level = logging.WARNING if error.status_code < 500 else logging.ERROR
        logger.log(level, "websocket %s refused: %s", context.get("routeKey"), error.message)
        response = {"statusCode": error.status_code, "body": json.dumps({"error": error.code, "message": error.message})}
    status = response.get("statusCode", 200) if isinstance(response, dict) else 200
    fields = {"route": context.get("routeKey"), "connection": context.get("connectionId"), "status": status,
              "ms": round((time.perf_counter() - started) * 1000, 1), "request_id": context.get("requestId", "-")}
    logger.info("websocket %s %s", context.get("routeKey"), status, extra={"fields": fields})
    return response
