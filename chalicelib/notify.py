"""Operator alerts: Slack, Telegram, signed generic webhooks and an SMS to the operator.

An :class:`Alert` is built once from a call record (:func:`build_alert`) and sent to
every configured channel (:func:`channels_from`) by :func:`send_alert`. Channels are
independent: each is tried even when another fails, and one that already delivered
this alert (``already_sent(name)``) is skipped, so a retry through the queue never
sends twice to a channel that succeeded.

Privacy: an alert holds only masked phone numbers. ``Alert.__post_init__`` runs
every string through :func:`~chalicelib.redaction.redact_text` whoever built it, and
each channel redacts its final text again (numbers split across two fields could
join up when the lines are put together).

Wire formats (checked against the providers' documentation; the loopback look-alikes in
``tests/support/receivers.py`` enforce the same rules):

* Slack incoming webhook: ``POST <SLACK_WEBHOOK_URL>`` with JSON ``{"text", "blocks"}``;
  success is HTTP 200 with the body ``ok``; errors are a status and a short text body
  (``invalid_payload``, ``no_service``, ...). ``&``, ``<``, ``>`` are escaped in mrkdwn;
  a header block holds at most 150 characters, a section at most 10 fields of 2000.
* Telegram Bot API: ``POST {base}/bot<token>/sendMessage`` with JSON ``{"chat_id", "text",
  "parse_mode": "HTML", ...}``; the answer is ``{"ok": true, "result": ...}`` or
  ``{"ok": false, "error_code", "description"[, "parameters": {"retry_after"}]}``; text is
  at most 4096 characters after entity parsing.
* Generic webhooks: ``POST <url>`` with compact JSON ``{"type", "subject", "title", "fields",
  "url", "ts"}`` and ``X-Honeyline-Timestamp`` / ``X-Honeyline-Signature: v1=<hex>`` where
  the hex is HMAC-SHA256(WEBHOOK_SECRET, "<timestamp>.<raw body>"); any 2xx is success.
  Receivers check it with :func:`verify_webhook` (or the same dozen lines of hmac).
* Operator SMS: Twilio's Messages API through ``twilio.rest`` (``messages.create``).

Every HTTP call has an explicit timeout (:data:`DEFAULT_TIMEOUT_SECONDS`) and no
in-process retry beyond one reconnect: retries belong to the queue, which also
knows the Lambda deadline.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import logging
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Protocol, Sequence
from urllib.parse import urlsplit

import httpx

from chalicelib.errors import DependencyError
from chalicelib.redaction import redact_text
from chalicelib.settings import Settings

if TYPE_CHECKING:  # pragma: no cover - typing only; twilio.rest costs ~230 ms to import
    from twilio.rest import Client as TwilioClient

logger = logging.getLogger(__name__)

ALERT_KINDS = ("scam_detected", "agent_call_started", "agent_call_ended")
DEFAULT_TIMEOUT_SECONDS = 5.0
TELEGRAM_API_BASE = "https://api.telegram.org"
TIMESTAMP_HEADER = "X-Honeyline-Timestamp"
SIGNATURE_HEADER = "X-Honeyline-Signature"
SIGNATURE_VERSION = "v1"
SIGNATURE_TOLERANCE_SECONDS = 300
USER_AGENT = "Honeyline-Alerts/1"

_TITLE_MAX = 150  # Slack header block limit; short enough for an SMS too
_VALUE_MAX = 500  # one field value; keeps Slack (2000) and Telegram (4096) well inside limits
_TELEGRAM_MAX = 4096
_SMS_MAX = 320  # two SMS segments


# ------------------------------------------------------------------------ errors
class ChannelError(DependencyError):
    """One channel could not deliver an alert.

    ``retryable`` is False for refusals that a retry cannot fix (a revoked Slack
    webhook, a Telegram chat that does not exist, an invalid operator number);
    ``retry_after`` carries a provider's back-off hint in seconds when it gave one.
    """

    code = "notification_failed"

    def __init__(self, channel: str, detail: str, *, status: int | None = None, retryable: bool = True,
                 retry_after: float | None = None) -> None:
        detail = str(redact_text(detail))
        super().__init__(f"{channel}: {detail}")
        self.channel = channel
        self.detail = detail
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


# ------------------------------------------------------------------------- alert
def _clean(value: Any, limit: int) -> str:
    """A value as alert text: stringified, single-spaced, cut to ``limit``, phone numbers masked."""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return str(redact_text(text) or "")


@dataclass(frozen=True)
class Alert:
    """What an operator is told. Every string is redacted on construction, whoever builds it."""

    kind: str
    subject: str
    title: str
    fields: dict[str, str] = field(default_factory=dict)
    url: str | None = None
    created_at: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        if self.kind not in ALERT_KINDS:
            raise ValueError(f"unknown alert kind {self.kind!r}; expected one of {', '.join(ALERT_KINDS)}")
        fields = {}
        for label, value in (self.fields or {}).items():
            if value is None or str(value).strip() == "":
                continue
            fields[_clean(label, 40)] = _clean(value, _VALUE_MAX)
        url = self.url.strip() if self.url else None
        if url and (redact_text(url) != url or urlsplit(url).scheme not in ("http", "https")):
            # A link the redactor would alter is either a leak or would arrive broken: drop it.
            logger.warning("alert %s for %s: dropping a dashboard link that is not a plain http(s) URL",
                           self.kind, self.subject)
            url = None
        object.__setattr__(self, "subject", _clean(self.subject, 64))
        object.__setattr__(self, "title", _clean(self.title, _TITLE_MAX))
        object.__setattr__(self, "fields", fields)
        object.__setattr__(self, "url", url)

    def lines(self) -> list[str]:
        """``Label: value`` lines, in field order."""
        return [f"{label}: {value}" for label, value in self.fields.items()]

    def text(self) -> str:
        """Plain text: title, fields, link."""
        parts = [self.title, *self.lines()]
        if self.url:
            parts.append(self.url)
        return str(redact_text("\n".join(parts)))


_SCAM_TYPES = {"it_support": "IT support", "crypto_exchange": "crypto exchange", "irs": "IRS"}


def _scam_type(value: Any) -> str | None:
    if not value or value == "none":
        return None
    return _SCAM_TYPES.get(str(value), str(value).replace("_", " "))


def format_duration(seconds: Any) -> str | None:
    """``372`` → ``6m 12s``; ``None`` for anything that is not a non-negative number."""
    try:
        total = int(round(float(seconds)))
    except (TypeError, ValueError):
        return None
    if total < 0:
        return None
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def _callback(analysis: Mapping[str, Any]) -> str | None:
    callback = analysis.get("callback") or {}
    if not isinstance(callback, Mapping):
        return None
    kind = callback.get("type")
    if kind == "phone_number" and callback.get("number"):
        return str(callback["number"])
    if kind == "press_key" and callback.get("key") is not None:
        return f"press {callback['key']}"
    return None


def _first(mapping: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = mapping.get(name)
        if value not in (None, ""):
            return value
    return None


def build_alert(kind: str, subject: str, record: Mapping[str, Any] | None, extra: Mapping[str, Any] | None = None) -> Alert:
    """The alert for ``kind`` about call/message ``subject``, from its (public) call record.

    Reads ``channel``, ``from`` (masked), ``analysis`` {is_scam, confidence, scam_type,
    impersonated_company, callback {type, number (masked), key}, reasoning} and ``agent``
    {status, persona|name, duration, outcome|ended_reason|endedReason, success}. Private
    (``_``-prefixed) fields are ignored. ``extra`` adds or overrides fields; its ``url`` is
    the dashboard link, ``duration`` is seconds and ``outcome`` free text.
    """
    public = {k: v for k, v in (record or {}).items() if not str(k).startswith("_")}
    extra = dict(extra or {})
    url = extra.pop("url", None)
    analysis = public.get("analysis") if isinstance(public.get("analysis"), Mapping) else {}
    agent = public.get("agent") if isinstance(public.get("agent"), Mapping) else {}

    channel = public.get("channel") or ("sms" if str(subject).startswith(("SM", "MM")) else "call")
    what = "SMS" if channel == "sms" else "call"
    company = analysis.get("impersonated_company") or agent.get("company")
    company = None if company in (None, "", "none", "unknown") else str(company)
    confidence = analysis.get("confidence")
    seconds = extra.pop("duration") if "duration" in extra else _first(
        agent, "duration", "duration_seconds", "durationSeconds")
    duration = format_duration(seconds)
    outcome = extra.pop("outcome", None) or _first(agent, "outcome", "ended_reason", "endedReason")
    if agent.get("success") is not None and not outcome:
        outcome = "success" if agent["success"] else "ended early"

    fields: dict[str, Any] = {
        "Channel": what,
        "Company": company,
        "Scam type": _scam_type(analysis.get("scam_type")),
        "Confidence": f"{confidence}%" if isinstance(confidence, (int, float)) else None,
        "Caller": public.get("from"),
        "Callback": _callback(analysis),
    }
    if kind == "scam_detected":
        fields["Reasoning"] = _clean(analysis.get("reasoning") or "", 280) or None
    else:
        fields["Agent"] = _first(agent, "persona", "name", "assistant")
        fields["Agent status"] = agent.get("status")
        fields["Duration"] = duration
        fields["Outcome"] = outcome
    for key, value in extra.items():
        label = key if key[:1].isupper() else key.replace("_", " ").capitalize()
        fields[label] = value

    if kind == "scam_detected":
        title = f"Scam {what} detected" + (f": {company} impersonator" if company else "")
        if isinstance(confidence, (int, float)):
            title += f" ({confidence}%)"
    elif kind == "agent_call_started":
        title = f"Agent is calling back the {company} scammer" if company else "Agent call started"
    elif kind == "agent_call_ended":
        title = "Agent call ended" + (f" after {duration}" if duration else "") + (f": {outcome}" if outcome else "")
    else:
        raise ValueError(f"unknown alert kind {kind!r}; expected one of {', '.join(ALERT_KINDS)}")
    return Alert(kind=kind, subject=str(subject), title=title,
                 fields={k: str(v) for k, v in fields.items() if v not in (None, "")}, url=url)


# ------------------------------------------------------------------ HTTP plumbing
_http_lock = threading.Lock()
_http: httpx.Client | None = None


def http_client() -> httpx.Client:
    """The container's shared HTTP client for alerts, created on first use.

    Explicit timeouts; one reconnect on a failed connect (nothing was sent yet); no
    redirects (a webhook that moved is a configuration error to surface, not follow);
    Nagle off, since every request is small and latency-bound.
    """
    global _http
    with _http_lock:
        if _http is None:
            transport = httpx.HTTPTransport(
                retries=1, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
            _http = httpx.Client(transport=transport, timeout=DEFAULT_TIMEOUT_SECONDS, follow_redirects=False,
                                 headers={"User-Agent": USER_AGENT})
        return _http


def _scrub(text: str, secrets: Iterable[str | None]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _retryable_status(status: int) -> bool:
    return status in (408, 425, 429) or status >= 500


def _post(channel: str, client: httpx.Client | None, url: str, *, content: bytes, headers: Mapping[str, str],
          timeout: float, secrets: Sequence[str | None] = ()) -> httpx.Response:
    """POST once; transport failures become a retryable :class:`ChannelError` without the URL in it."""
    try:
        return (client or http_client()).post(url, content=content, headers=dict(headers), timeout=timeout)
    except httpx.TimeoutException as exc:
        raise ChannelError(channel, f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:  # refused, DNS, TLS, protocol errors
        raise ChannelError(channel, _scrub(f"could not deliver: {type(exc).__name__}: {exc}", secrets)) from exc
    except httpx.InvalidURL as exc:
        raise ChannelError(channel, "invalid URL", retryable=False) from exc


def _snippet(response: httpx.Response, secrets: Sequence[str | None] = ()) -> str:
    return _scrub(" ".join(response.text.split())[:200], secrets) or "(empty body)"


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).encode("ascii")


# ---------------------------------------------------------------------- channels
class Channel(Protocol):
    """A destination for alerts. ``name`` is unique and stable (it keys "already sent")."""

    name: str

    def send(self, alert: Alert) -> None:
        """Deliver ``alert`` or raise :class:`ChannelError`."""


def _mrkdwn(text: str) -> str:
    """Escape Slack's three control characters (and nothing else, as Slack asks)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SlackChannel:
    """A Slack incoming webhook (the URL is the secret)."""

    name = "slack"

    def __init__(self, webhook_url: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 client: httpx.Client | None = None) -> None:
        self._url = webhook_url
        self.timeout = timeout
        self._client = client

    def __repr__(self) -> str:
        return "SlackChannel(<webhook url hidden>)"

    @staticmethod
    def payload(alert: Alert) -> dict[str, Any]:
        """``text`` is the notification fallback; ``blocks`` the formatted message."""
        blocks: list[dict[str, Any]] = [
            {"type": "header", "text": {"type": "plain_text", "text": alert.title[:_TITLE_MAX], "emoji": True}},
        ]
        fields = [{"type": "mrkdwn", "text": f"*{_mrkdwn(label)}*\n{_mrkdwn(value)}"[:2000]}
                  for label, value in alert.fields.items()]
        for start in range(0, len(fields), 10):  # a section holds at most 10 fields
            blocks.append({"type": "section", "fields": fields[start:start + 10]})
        context = f"{_mrkdwn(alert.kind)} · `{_mrkdwn(alert.subject)}`"
        if alert.url:
            link = _mrkdwn(alert.url).replace("|", "%7C")
            context += f" · <{link}|Open in dashboard>"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})
        text = _mrkdwn(alert.title + "".join(f" · {line}" for line in alert.lines()[:4]))
        return {"text": str(redact_text(text)), "blocks": _redact_tree(blocks)}

    def send(self, alert: Alert) -> None:
        response = _post(self.name, self._client, self._url, content=_json_bytes(self.payload(alert)),
                         headers={"Content-Type": "application/json"}, timeout=self.timeout, secrets=[self._url])
        body = response.text.strip()
        if response.status_code == 200 and body == "ok":
            return
        raise ChannelError(self.name, f"HTTP {response.status_code}: {_snippet(response, [self._url])}",
                           status=response.status_code, retryable=_retryable_status(response.status_code))


def _redact_tree(value: Any) -> Any:
    """Redact every string inside a JSON-like structure."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, list):
        return [_redact_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: _redact_tree(v) for k, v in value.items()}
    return value


class TelegramChannel:
    """A Telegram bot posting to one chat via ``sendMessage`` (HTML parse mode)."""

    name = "telegram"

    def __init__(self, bot_token: str, chat_id: str, *, base: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT_SECONDS, client: httpx.Client | None = None) -> None:
        self._token = bot_token
        self.chat_id = chat_id
        self.base = (base or TELEGRAM_API_BASE).rstrip("/")
        self.timeout = timeout
        self._client = client

    def __repr__(self) -> str:
        return f"TelegramChannel(chat_id={self.chat_id!r}, base={self.base!r})"

    @staticmethod
    def html_text(alert: Alert) -> str:
        """The message in Telegram's HTML subset; every value escaped."""
        esc = lambda s: html.escape(str(redact_text(s)), quote=True)  # noqa: E731 - local shorthand
        lines = [f"<b>{esc(alert.title)}</b>"]
        lines += [f"<b>{esc(label)}:</b> {esc(value)}" for label, value in alert.fields.items()]
        footer = f"<code>{esc(alert.subject)}</code>"
        if alert.url:
            footer += f' · <a href="{esc(alert.url)}">Open in dashboard</a>'
        lines.append(footer)
        text = "\n".join(lines)
        while len(text) > _TELEGRAM_MAX and len(lines) > 2:  # drop whole field lines, never cut a tag
            lines.pop(-2)
            text = "\n".join(lines)
        return text

    def payload(self, alert: Alert) -> dict[str, Any]:
        return {
            "chat_id": self.chat_id,
            "text": self.html_text(alert),
            "parse_mode": "HTML",
            # The parameter's name until Bot API 7.0 and still accepted; link_preview_options replaces it.
            "disable_web_page_preview": True,
            "link_preview_options": {"is_disabled": True},
        }

    def send(self, alert: Alert) -> None:
        url = f"{self.base}/bot{self._token}/sendMessage"
        response = _post(self.name, self._client, url, content=_json_bytes(self.payload(alert)),
                         headers={"Content-Type": "application/json"}, timeout=self.timeout, secrets=[self._token])
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if isinstance(answer, dict) and answer.get("ok") is True:
            return
        if isinstance(answer, dict) and "description" in answer:
            code = answer.get("error_code") if isinstance(answer.get("error_code"), int) else response.status_code
            parameters = answer.get("parameters") if isinstance(answer.get("parameters"), dict) else {}
            retry_after = parameters.get("retry_after")
            raise ChannelError(self.name, _scrub(f"Telegram error {code}: {answer['description']}", [self._token]),
                               status=code, retryable=_retryable_status(code),
                               retry_after=float(retry_after) if isinstance(retry_after, (int, float)) else None)
        raise ChannelError(self.name, f"HTTP {response.status_code}: {_snippet(response, [self._token])}",
                           status=response.status_code, retryable=_retryable_status(response.status_code))


# ------------------------------------------------------------- webhook signature
def sign_webhook(secret: str, timestamp: int | str, body: bytes | str) -> str:
    """The ``X-Honeyline-Signature`` value: ``v1=`` + hex HMAC-SHA256(secret, "<timestamp>.<body>")."""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    message = str(int(timestamp)).encode("ascii") + b"." + raw
    return f"{SIGNATURE_VERSION}=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify_webhook(secret: str | Sequence[str], headers: Mapping[str, str], body: bytes | str, *,
                   now: float | None = None, tolerance: int = SIGNATURE_TOLERANCE_SECONDS) -> bool:
    """True if ``body`` carries a valid, fresh Honeyline signature.

    ``headers`` is any mapping (looked up case-insensitively). Rejects a missing or
    malformed timestamp, one more than ``tolerance`` seconds old or in the future, and
    a signature that matches none of ``secret`` (a list allows rotating the secret).
    The signature header may hold several comma-separated ``v1=`` values.
    """
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    stamp = lowered.get(TIMESTAMP_HEADER.lower(), "").strip()
    offered = lowered.get(SIGNATURE_HEADER.lower(), "")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12) or not offered:
        return False
    current = time.time() if now is None else now
    if abs(current - int(stamp)) > tolerance:
        return False
    secrets = [secret] if isinstance(secret, str) else list(secret)
    candidates = [part.strip() for part in offered.split(",") if part.strip().startswith(f"{SIGNATURE_VERSION}=")]
    valid = False
    for key in secrets:
        if not key:
            continue
        expected = sign_webhook(key, stamp, body)
        for candidate in candidates:
            # compare every pair (no early exit) so timing says nothing about which one matched
            valid |= hmac.compare_digest(expected.encode("ascii"), candidate.encode("ascii", "replace"))
    return valid


class WebhookChannel:
    """One generic webhook URL: signed compact JSON, any 2xx is success."""

    def __init__(self, url: str, secret: str, *, name: str | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 client: httpx.Client | None = None, clock: Callable[[], float] = time.time) -> None:
        if not secret:
            raise ValueError("a webhook channel needs WEBHOOK_SECRET: every delivery is signed")
        self._url = url
        self._secret = secret
        self.name = name or webhook_name(url)
        self.timeout = timeout
        self._client = client
        self._clock = clock

    def __repr__(self) -> str:
        return f"WebhookChannel(name={self.name!r})"

    @staticmethod
    def body(alert: Alert) -> bytes:
        """The exact bytes sent and signed."""
        return _json_bytes({
            "type": alert.kind, "subject": alert.subject, "title": alert.title,
            "fields": alert.fields, "url": alert.url, "ts": int(alert.created_at * 1000),
        })

    def send(self, alert: Alert) -> None:
        body = self.body(alert)
        timestamp = int(self._clock())
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign_webhook(self._secret, timestamp, body),
        }
        response = _post(self.name, self._client, self._url, content=body, headers=headers,
                         timeout=self.timeout, secrets=[self._url])
        if 200 <= response.status_code < 300:
            return
        raise ChannelError(self.name, f"HTTP {response.status_code}: {_snippet(response, [self._url])}",
                           status=response.status_code, retryable=_retryable_status(response.status_code))


def webhook_name(url: str) -> str:
    """``webhook:<host[:port]>``: host only, so credentials in the URL never reach logs or keys."""
    parts = urlsplit(url)
    host = parts.hostname or "unknown"
    return f"webhook:{host}:{parts.port}" if parts.port else f"webhook:{host}"


# ---------------------------------------------------------------------- SMS
class SmsChannel:
    """A text message to the operator through Twilio's Messages API."""

    name = "sms"

    def __init__(self, account_sid: str, auth_token: str, from_number: str, to_number: str, *,
                 api_base: str | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 client: "TwilioClient | None" = None) -> None:
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._from = from_number
        self._to = to_number
        self._api_base = api_base
        self.timeout = timeout
        self._client = client
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "SmsChannel(<operator number hidden>)"

    @staticmethod
    def message(alert: Alert) -> str:
        """Title, the most useful fields, the link: at most two SMS segments."""
        text = alert.text()
        if len(text) > _SMS_MAX:
            tail = f"\n{alert.url}" if alert.url else ""
            text = text[: _SMS_MAX - len(tail) - 1].rstrip() + "…" + tail
        return str(redact_text(text))

    def _twilio(self) -> "TwilioClient":
        with self._lock:
            if self._client is None:
                from chalicelib.twilio_numbers import make_client  # twilio.rest: heavy, only when texting

                self._client = make_client(self._account_sid, self._auth_token, api_base=self._api_base,
                                           timeout=self.timeout)
            return self._client

    def send(self, alert: Alert) -> None:
        from requests import RequestException  # loaded with twilio.rest anyway
        from twilio.base.exceptions import TwilioException, TwilioRestException

        client = self._twilio()
        secrets = [self._auth_token]
        try:
            client.messages.create(to=self._to, from_=self._from, body=self.message(alert))
        except TwilioRestException as exc:
            status = int(exc.status) if exc.status else None
            raise ChannelError(self.name, _scrub(f"Twilio refused the SMS (HTTP {status}, error {exc.code}): {exc.msg}",
                                                 secrets), status=status,
                               retryable=status is None or _retryable_status(status)) from exc
        except RequestException as exc:
            raise ChannelError(self.name, _scrub(f"could not reach Twilio: {type(exc).__name__}: {exc}", secrets)) from exc
        except TwilioException as exc:
            raise ChannelError(self.name, _scrub(f"Twilio error: {exc}", secrets)) from exc


# ------------------------------------------------------------------ configuration
def channels_from(settings: Settings, *, telegram_base: str | None = None, twilio_api_base: str | None = None,
                  operator_phone_number: str | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                  client: httpx.Client | None = None) -> list[Channel]:
    """Every channel the settings configure, in a stable order (none configured: ``[]``).

    Slack needs SLACK_WEBHOOK_URL; Telegram needs TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID;
    each WEBHOOK_URLS entry is its own channel (so one failing URL does not hold back the
    others); the operator SMS needs OPERATOR_PHONE_NUMBER (or ``operator_phone_number``)
    plus TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER. A half-configured
    channel is logged and left out rather than failing every alert.
    """
    channels: list[Channel] = []
    if settings.slack_webhook_url:
        channels.append(SlackChannel(settings.slack_webhook_url, timeout=timeout, client=client))
    if settings.telegram_bot_token and settings.telegram_chat_id:
        channels.append(TelegramChannel(settings.telegram_bot_token, settings.telegram_chat_id,
                                        base=telegram_base, timeout=timeout, client=client))
    elif settings.telegram_bot_token or settings.telegram_chat_id:
        logger.warning("Telegram alerts disabled: TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID are both required")

    names = [webhook_name(url) for url in settings.webhook_urls]
    for url, name in zip(settings.webhook_urls, names):
        if names.count(name) > 1:  # several URLs on one host: tell them apart, stably, without the path
            name = f"{name}/{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}"
        channels.append(WebhookChannel(url, settings.webhook_secret or "", name=name, timeout=timeout, client=client))

    operator = operator_phone_number or getattr(settings, "operator_phone_number", None)
    if operator:
        if settings.twilio_account_sid and settings.twilio_auth_token and settings.twilio_phone_number:
            channels.append(SmsChannel(settings.twilio_account_sid, settings.twilio_auth_token,
                                       settings.twilio_phone_number, operator, api_base=twilio_api_base,
                                       timeout=timeout))
        else:
            logger.warning("operator SMS disabled: OPERATOR_PHONE_NUMBER needs TWILIO_ACCOUNT_SID, "
                           "TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER")
    return channels


# --------------------------------------------------------------------- delivery
@dataclass
class NotifyResult:
    """Per-channel outcome of one :func:`send_alert`. ``failed`` maps name → reason."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    errors: dict[str, ChannelError] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def retryable(self) -> list[str]:
        """Failed channels a later retry may fix (transport errors, 429, 5xx)."""
        return [name for name, error in self.errors.items() if error.retryable]


def _attempt(channel: Channel, alert: Alert) -> ChannelError | None:
    try:
        channel.send(alert)
    except ChannelError as exc:
        return exc
    except Exception as exc:  # a bug in one channel must not cost the others their alert
        logger.exception("alert channel %s crashed", channel.name)
        return ChannelError(channel.name, f"unexpected {type(exc).__name__}: {exc}")
    return None


def send_alert(alert: Alert, channels: Sequence[Channel], *,
               already_sent: Callable[[str], bool] | None = None,
               mark_sent: Callable[[str], None] | None = None,
               max_workers: int = 8) -> NotifyResult:
    """Send ``alert`` to every channel, independently and concurrently.

    A channel for which ``already_sent(name)`` is true is skipped; each success is
    recorded with ``mark_sent(name)`` as soon as it completes. Both callbacks run on the
    calling thread (a store client need not be thread-safe). If ``already_sent`` raises,
    the channel is treated as not sent: a duplicate alert beats a lost one. Never raises
    for a channel failure; see :attr:`NotifyResult.failed`.
    """
    names = [channel.name for channel in channels]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"channel names must be unique, repeated: {', '.join(sorted(duplicates))}")
    result = NotifyResult()
    pending: list[Channel] = []
    for channel in channels:
        done = False
        if already_sent is not None:
            try:
                done = bool(already_sent(channel.name))
            except Exception:
                logger.exception("could not tell whether %s already has alert %s/%s; sending",
                                 channel.name, alert.kind, alert.subject)
        if done:
            result.skipped.append(channel.name)
        else:
            pending.append(channel)

    outcomes: dict[str, ChannelError | None] = {}

    def record(channel: Channel, error: ChannelError | None) -> None:
        outcomes[channel.name] = error
        if error is None and mark_sent is not None:
            try:
                mark_sent(channel.name)
            except Exception:  # delivered but unrecorded: a retry may repeat it (at least once)
                logger.exception("alert %s/%s reached %s but could not be marked sent",
                                 alert.kind, alert.subject, channel.name)

    if len(pending) == 1:
        record(pending[0], _attempt(pending[0], alert))
    elif pending:
        with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(pending))),
                                thread_name_prefix="notify") as pool:
            futures = {pool.submit(_attempt, channel, alert): channel for channel in pending}
            for future in as_completed(futures):
                record(futures[future], future.result())

    for channel in pending:
        error = outcomes[channel.name]
        if error is None:
            result.sent.append(channel.name)
        else:
            result.failed[channel.name] = error.detail
            result.errors[channel.name] = error
            logger.warning("alert %s/%s not delivered to %s: %s", alert.kind, alert.subject, channel.name,
                           error.detail)
    return result
