"""Signature checks, run over the raw request and the exact public URL before any work.

Twilio signs ``URL + sorted(form params)`` with the auth token. The URL must be
the one Twilio called, character for character: behind API Gateway that is
``X-Forwarded-Proto://Host`` + ``requestContext.path`` (which carries the stage,
or a custom domain's base path, that Chalice's ``request.path`` drops) + query.
``PUBLIC_BASE_URL``, when set, is trusted over the headers.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from typing import Mapping
from urllib.parse import urlencode

from chalice.app import Request

from chalicelib.errors import Forbidden, RequestError, Unauthorized
from chalicelib.settings import Settings

logger = logging.getLogger(__name__)


def _query_string(request: Request) -> str:
    params = request.query_params or {}
    pairs = [(name, value) for name in params for value in params.getlist(name)]
    return ("?" + urlencode(pairs)) if pairs else ""


def public_base(request: Request, settings: Settings) -> str:
    """Origin + base path the outside world uses to reach this app (no trailing slash).

    Production never trusts ``Host`` / ``X-Forwarded-Proto`` for this: they are the
    caller's to choose, and callback URLs and signature checks are built from it.
    """
    if settings.public_base_url:
        return settings.public_base_url
    if settings.is_production:
        settings.require("public_base_url")
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


def _secrets_or_open(
    settings: Settings, *attributes: str, accepting: str | None, refuse: type[RequestError] | None = None
) -> bool:
    """True when the route's secrets are all configured; else open in development, refused in production.

    Production never runs open: a missing secret raises :class:`MissingSecretError`
    (503, logged). Development runs open only while the route's effects stay local:
    ``refuse`` names the error for a route that can reach the outside world (place an
    agent call, send an alert), raised as soon as any outbound integration is
    configured, whatever ``APP_ENV`` says. ``accepting`` names what gets through.
    """
    missing = [name for name in attributes if not getattr(settings, name)]
    if not missing:
        return True
    if settings.is_production:
        settings.require(missing[0])
    variables = " and ".join(m.upper() for m in missing)
    if refuse is not None and settings.outbound_integrations:
        raise refuse(
            f"{variables} unset while {', '.join(settings.outbound_integrations)} is configured: "
            f"refusing {accepting or 'this request'}, which could place calls or send alerts"
        )
    if accepting:
        logger.warning("%s unset: accepting %s (development only)", variables, accepting)
    return False


def _bearer(request: Request) -> str:
    authorization = (request.headers or {}).get("authorization") or ""
    return authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""


def verify_twilio(request: Request, params: Mapping[str, str], settings: Settings) -> None:
    """Raise :class:`Forbidden` unless ``X-Twilio-Signature`` matches; refuse in production without a token."""
    if not _secrets_or_open(settings, "twilio_auth_token", accepting="an unsigned Twilio webhook", refuse=Forbidden):
        return
    signature = (request.headers or {}).get("x-twilio-signature")
    if not signature:
        raise Forbidden("missing X-Twilio-Signature header")
    from twilio.request_validator import RequestValidator

    validator = RequestValidator(settings.twilio_auth_token)
    urls = [public_url(request, settings)]
    called = called_url(request)
    if called and called not in urls:
        urls.append(called)
    if not any(validator.validate(url, dict(params), signature) for url in urls):
        logger.warning("rejected Twilio webhook: signature does not match %s", " nor ".join(urls))
        raise Forbidden("X-Twilio-Signature does not match this request")


def called_url(request: Request) -> str | None:
    """The URL API Gateway was actually called on: ``https://`` + requestContext.domainName + path.

    A number configured with the execute-api URL (stage in the path) keeps working after
    ``PUBLIC_BASE_URL`` moves to a custom domain, and the reverse. Both values come from
    API Gateway's request context, not from headers the caller chooses.
    """
    context = request.context or {}
    domain, path = context.get("domainName"), context.get("path")
    if not (isinstance(domain, str) and domain and isinstance(path, str) and path.startswith("/")):
        return None
    return f"https://{domain}{path}{_query_string(request)}"


QSTASH_CLOCK_TOLERANCE_SECONDS = 5  # QStash's clock and ours may disagree by a few seconds


def verify_qstash(request: Request, body: bytes | None, settings: Settings) -> None:
    """Raise :class:`Unauthorized` unless ``Upstash-Signature`` is a valid QStash JWT for this URL and body.

    The checks of qstash's ``Receiver.verify`` (HS256, iss ``Upstash``, sub = this URL,
    exp/nbf, body claim = base64url(sha256(body)), current key then next), done with
    PyJWT directly because the SDK drops its ``clock_tolerance`` (it passes ``leeway``
    inside ``options``, which PyJWT ignores): here exp/nbf get
    :data:`QSTASH_CLOCK_TOLERANCE_SECONDS` of leeway. Every failure is a 401, never a 500.
    """
    keys = ("qstash_current_signing_key", "qstash_next_signing_key")
    if not _secrets_or_open(settings, *keys, accepting="an unsigned task delivery", refuse=Unauthorized):
        return
    signature = (request.headers or {}).get("upstash-signature")
    if not signature:
        raise Unauthorized("missing Upstash-Signature header")
    url = public_url(request, settings)
    reasons = []
    for key in (settings.qstash_current_signing_key, settings.qstash_next_signing_key):
        try:
            _verify_qstash_token(signature, key or "", body or b"", url)
            return
        except Exception as exc:  # jwt errors, KeyError (missing claim), bad claims...
            reasons.append(_reason(exc))
    logger.warning("rejected QStash delivery for %s: %s", url, reasons[-1])
    raise Unauthorized(f"Upstash-Signature rejected: {reasons[-1]}")


def _verify_qstash_token(token: str, key: str, body: bytes, url: str) -> None:
    import base64
    import hashlib

    import jwt

    claims = jwt.decode(token, key, algorithms=["HS256"], issuer="Upstash", leeway=QSTASH_CLOCK_TOLERANCE_SECONDS,
                        options={"require": ["iss", "sub", "exp", "nbf"]})
    if claims["sub"] != url:
        raise ValueError(f"Invalid subject: {claims['sub']}, want: {url}")
    digest = base64.urlsafe_b64encode(hashlib.sha256(body).digest()).decode().rstrip("=")
    if str(claims["body"]).rstrip("=") != digest:
        raise ValueError("Invalid body hash")


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"token lacks the {exc.args[0]!r} claim"
    return str(exc) or type(exc).__name__


def verify_vapi(request: Request, settings: Settings) -> None:
    """VAPI server messages carry our shared secret in ``X-Vapi-Secret`` or as a bearer token."""
    if not _secrets_or_open(settings, "vapi_webhook_secret", accepting="an unauthenticated VAPI message", refuse=Unauthorized):
        return
    secret = settings.vapi_webhook_secret or ""
    offered = (request.headers or {}).get("x-vapi-secret") or _bearer(request)
    if not offered:
        raise Unauthorized("missing X-Vapi-Secret header or bearer token")
    if not hmac.compare_digest(offered.encode(), secret.encode()):
        raise Unauthorized("the VAPI secret does not match")


TOKEN_COOKIE = "honeyline_session"
COOKIE_MAX_AGE = 30 * 86_400


def session_value(settings: Settings) -> str:
    """What the login cookie holds: derived from DASHBOARD_TOKEN, never the token itself.

    Changing the token logs every browser out; a copied cookie does not reveal the token.
    """
    token = settings.dashboard_token or ""
    return hmac.new(token.encode(), b"honeyline-dashboard-session-v1", "sha256").hexdigest()


def _cookie(request: Request, name: str) -> str:
    for part in ((request.headers or {}).get("cookie") or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return ""


def _matches(offered: str, expected: str) -> bool:
    return hmac.compare_digest(offered.encode(), expected.encode())


def verify_dashboard(request: Request, settings: Settings) -> None:
    """``DASHBOARD_TOKEN`` as a bearer header, or the session cookie set by :func:`login`.

    ``?token=`` (kept in API Gateway's access logs) is refused in production and
    accepted in development only for old bookmarks; the page never sends it.
    """
    if not _secrets_or_open(settings, "dashboard_token", accepting=None):
        return  # development without a token: the local dashboard is open (read-only, local effects)
    token = settings.dashboard_token or ""
    query_token = (request.query_params or {}).get("token")
    if query_token and settings.is_production:
        raise RequestError("?token= is refused: send the dashboard token as a bearer header or log in (POST /api/login)")
    if bearer := _bearer(request):
        if not _matches(bearer, token):
            raise Unauthorized("dashboard token does not match")
        return
    if cookie := _cookie(request, TOKEN_COOKIE):
        if not _matches(cookie, session_value(settings)):
            raise Unauthorized("the dashboard session has expired: log in again")
        return
    if query_token:
        logger.warning("dashboard token passed as ?token= (development only; refused in production)")
        if _matches(query_token, token):
            return
        raise Unauthorized("dashboard token does not match")
    raise Unauthorized("dashboard token required (Authorization: Bearer, or log in: POST /api/login)")


def login(request: Request, body: object, settings: Settings) -> str:
    """Check the token an operator typed; return the ``Set-Cookie`` value for the session.

    The cookie is HttpOnly (page scripts never hold the token), SameSite=Strict (no
    cross-site request carries it) and Secure whenever the page is served over HTTPS.
    """
    token = settings.require("dashboard_token") if settings.is_production else settings.dashboard_token
    if not token:
        raise RequestError("DASHBOARD_TOKEN is not set: the dashboard is open, there is nothing to log in to")
    offered = body.get("token") if isinstance(body, dict) else None
    if not isinstance(offered, str) or not offered:
        raise RequestError('expected a JSON body {"token": "<dashboard token>"}')
    if not _matches(offered, token):
        logger.warning("dashboard login refused: wrong token")
        raise Unauthorized("dashboard token does not match")
    return _set_cookie(request, settings, session_value(settings), COOKIE_MAX_AGE)


def logout(request: Request, settings: Settings) -> str:
    """The ``Set-Cookie`` value that ends the session."""
    return _set_cookie(request, settings, "", 0)


def _set_cookie(request: Request, settings: Settings, value: str, max_age: int) -> str:
    https = (request.headers or {}).get("x-forwarded-proto", "").startswith("https")
    secure = "; Secure" if https or settings.is_production else ""
    return f"{TOKEN_COOKIE}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}"


# ------------------------------------------------------------------ live tickets
def _ticket_key(token: str) -> bytes:
    # A key of its own, derived from the dashboard token: a ticket reveals nothing about the token.
    return hmac.new(token.encode(), b"honeyline live ticket v1", hashlib.sha256).digest()


def _ticket_signature(key: bytes, payload: str) -> str:
    return hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()[:32]


def issue_live_ticket(settings: Settings, lifetime: int, *, now: float | None = None) -> str:
    """A short-lived ticket ``v1.<expiry>.<nonce>.<signature>`` for a WebSocket connect.

    Browsers cannot set headers on a WebSocket, so whatever authenticates the connect
    travels in its URL, and URLs end up in logs: a ticket that expires in seconds and
    is accepted once keeps the dashboard token out of them. Call it only after
    :func:`verify_dashboard` has accepted the request.
    """
    expires = int((time.time() if now is None else now) + lifetime)
    payload = f"v1.{expires}.{secrets.token_urlsafe(12)}"
    return f"{payload}.{_ticket_signature(_ticket_key(settings.dashboard_token or ''), payload)}"


def verify_live_ticket(ticket: str, settings: Settings, *, now: float | None = None) -> str | None:
    """The ticket's nonce (to claim it once) if it is genuine and unexpired; :class:`Unauthorized` otherwise.

    ``None`` when development runs without ``DASHBOARD_TOKEN`` (the dashboard is open, so
    is the socket); production without the token refuses (503), as every protected route.
    """
    if not _secrets_or_open(settings, "dashboard_token", accepting=None):
        return None
    parts = ticket.split(".")
    if len(parts) != 4 or parts[0] != "v1" or not parts[1].isdigit():
        raise Unauthorized("a live ticket is required (POST /api/live-ticket, then connect with ?ticket=)")
    payload, signature = ".".join(parts[:3]), parts[3]
    expected = _ticket_signature(_ticket_key(settings.dashboard_token or ""), payload)
    if not _matches(signature, expected):
        raise Unauthorized("the live ticket does not match")
    if int(parts[1]) < (time.time() if now is None else now):
        raise Unauthorized("the live ticket has expired: ask for a new one")
    return parts[2]
