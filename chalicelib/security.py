"""Signature checks, run over the raw request and the exact public URL before any work.

Twilio signs ``URL + sorted(form params)`` with the auth token. The URL must be
the one Twilio called, character for character: behind API Gateway that is
``X-Forwarded-Proto://Host`` + ``requestContext.path`` (which carries the stage,
or a custom domain's base path, that Chalice's ``request.path`` drops) + query.
``PUBLIC_BASE_URL``, when set, is trusted over the headers.
"""

from __future__ import annotations

import hmac
import logging
from typing import Mapping
from urllib.parse import urlencode

from chalice.app import Request

from chalicelib.errors import Forbidden, Unauthorized
from chalicelib.settings import Settings

logger = logging.getLogger(__name__)


def _query_string(request: Request) -> str:
    params = request.query_params or {}
    pairs = [(name, value) for name in params for value in params.getlist(name)]
    return ("?" + urlencode(pairs)) if pairs else ""


def public_base(request: Request, settings: Settings) -> str:
    """Origin + base path the outside world uses to reach this app (no trailing slash)."""
    if settings.public_base_url:
        return settings.public_base_url
    headers = request.headers or {}
    proto = headers.get("x-forwarded-proto", "http").split(",")[0].strip()
    host = headers.get("host", "localhost")
    full_path = (request.context or {}).get("path") or request.path
    # requestContext.path = <stage or base path> + request.path; keep the prefix.
    prefix = full_path[: -len(request.path)] if full_path.endswith(request.path) else ""
    return f"{proto}://{host}{prefix.rstrip('/')}"


def public_url(request: Request, settings: Settings) -> str:
    """The exact URL the caller requested, as Twilio and QStash sign it."""
    return f"{public_base(request, settings)}{request.path}{_query_string(request)}"


def _secrets_or_open(settings: Settings, *attributes: str, accepting: str | None) -> bool:
    """True when the route's secrets are all configured; else open in development, refused in production.

    Production never runs open: a missing secret raises :class:`MissingSecretError`
    (503, logged). In development the request is accepted, with a warning when
    ``accepting`` names what gets through unchecked.
    """
    missing = [name for name in attributes if not getattr(settings, name)]
    if not missing:
        return True
    if settings.is_production:
        settings.require(missing[0])
    if accepting:
        logger.warning("%s unset: accepting %s (development only)", " and ".join(m.upper() for m in missing), accepting)
    return False


def _bearer(request: Request) -> str:
    authorization = (request.headers or {}).get("authorization") or ""
    return authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""


def verify_twilio(request: Request, params: Mapping[str, str], settings: Settings) -> None:
    """Raise :class:`Forbidden` unless ``X-Twilio-Signature`` matches; refuse in production without a token."""
    if not _secrets_or_open(settings, "twilio_auth_token", accepting="an unsigned Twilio webhook"):
        return
    signature = (request.headers or {}).get("x-twilio-signature")
    if not signature:
        raise Forbidden("missing X-Twilio-Signature header")
    from twilio.request_validator import RequestValidator

    url = public_url(request, settings)
    if not RequestValidator(settings.twilio_auth_token).validate(url, dict(params), signature):
        logger.warning("rejected Twilio webhook: signature does not match %s", url)
        raise Forbidden("X-Twilio-Signature does not match this request")


def verify_qstash(request: Request, body: bytes | None, settings: Settings) -> None:
    """Raise :class:`Unauthorized` unless ``Upstash-Signature`` is a valid QStash JWT for this URL and body.

    Both signing keys are tried (rotation). The SDK needs the body as ``str`` (bytes
    raise AttributeError) and raises KeyError for a token without a ``body`` claim:
    both are mapped to 401 here, never a 500.
    """
    keys = ("qstash_current_signing_key", "qstash_next_signing_key")
    if not _secrets_or_open(settings, *keys, accepting="an unsigned task delivery"):
        return
    current, following = settings.qstash_current_signing_key, settings.qstash_next_signing_key
    signature = (request.headers or {}).get("upstash-signature")
    if not signature:
        raise Unauthorized("missing Upstash-Signature header")
    from qstash import Receiver

    url = public_url(request, settings)
    try:
        text = (body or b"").decode("utf-8")
        Receiver(current_signing_key=current, next_signing_key=following).verify(signature=signature, body=text, url=url)
    except Exception as exc:  # SignatureError, KeyError (missing claim), UnicodeDecodeError...
        logger.warning("rejected QStash delivery for %s: %s", url, type(exc).__name__)
        raise Unauthorized(f"Upstash-Signature rejected: {_reason(exc)}") from exc


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"token lacks the {exc.args[0]!r} claim"
    return str(exc) or type(exc).__name__


def verify_vapi(request: Request, settings: Settings) -> None:
    """VAPI server messages carry our shared secret in ``X-Vapi-Secret`` or as a bearer token."""
    if not _secrets_or_open(settings, "vapi_webhook_secret", accepting="an unauthenticated VAPI message"):
        return
    secret = settings.vapi_webhook_secret or ""
    offered = (request.headers or {}).get("x-vapi-secret") or _bearer(request)
    if not offered:
        raise Unauthorized("missing X-Vapi-Secret header or bearer token")
    if not hmac.compare_digest(offered.encode(), secret.encode()):
        raise Unauthorized("the VAPI secret does not match")


TOKEN_COOKIE = "honeyline_token"


def _offered_dashboard_token(request: Request) -> str:
    if _bearer(request):
        return _bearer(request)
    for part in ((request.headers or {}).get("cookie") or "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == TOKEN_COOKIE and value:
            return value
    # EventSource cannot send headers: it may carry the token in the query string.
    return (request.query_params or {}).get("token") or ""


def verify_dashboard(request: Request, settings: Settings) -> None:
    """``DASHBOARD_TOKEN`` as a bearer header, the ``honeyline_token`` cookie, or ``?token=``."""
    if not _secrets_or_open(settings, "dashboard_token", accepting=None):
        return  # development without a token: the local dashboard is open
    token = settings.dashboard_token or ""
    offered = _offered_dashboard_token(request)
    if not offered:
        raise Unauthorized("dashboard token required (Authorization: Bearer, cookie or ?token=)")
    if not hmac.compare_digest(offered.encode(), token.encode()):
        raise Unauthorized("dashboard token does not match")
