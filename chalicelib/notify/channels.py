"""Where alerts go: Slack, Telegram, signed generic webhooks and an SMS to the operator.

Every HTTP call has an explicit timeout and no in-process retry beyond one
reconnect: retries belong to the queue, which also knows the Lambda deadline.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Protocol, Sequence
from urllib.parse import urlsplit

import httpx

from chalicelib.errors import ChannelError
from chalicelib.notify.alerts import _TITLE_MAX, Alert
from chalicelib.notify.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign_webhook
from chalicelib.redaction import redact_text
from chalicelib.settings import Settings

if TYPE_CHECKING:  # pragma: no cover - typing only; twilio.rest costs ~230 ms to import
    from twilio.rest import Client as TwilioClient

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 5.0
TELEGRAM_API_BASE = "https://api.telegram.org"
USER_AGENT = "Honeyline-Alerts/1"
_TELEGRAM_MAX = 4096
_SMS_MAX = 320  # two SMS segments

def http_client() -> httpx.Client:
    """The container's shared HTTP client for alerts (:func:`chalicelib.outbound.http_client`).

    Explicit timeouts; one reconnect on a failed connect (nothing was sent yet); no
    redirects (a webhook that moved is a configuration error to surface, not follow);
    Nagle off, since every request is small and latency-bound.
    """
    from chalicelib.outbound import http_client as outbound_client

    return outbound_client("alerts", timeout=DEFAULT_TIMEOUT_SECONDS, headers={"User-Agent": USER_AGENT})


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
    except (httpx.ReadTimeout, httpx.WriteTimeout) as exc:  # the request left: it may have been delivered
        raise ChannelError(channel, f"no answer within {timeout:g} s ({type(exc).__name__}): may have been delivered",
                           uncertain=True) from exc
    except httpx.TimeoutException as exc:  # connect / pool: nothing was sent
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

    def send(self, alert: Alert, *, timeout: float | None = None) -> None:
        """Deliver ``alert`` within ``timeout`` s (default: the channel's own) or raise :class:`ChannelError`."""


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

    def send(self, alert: Alert, *, timeout: float | None = None) -> None:
        response = _post(self.name, self._client, self._url, content=_json_bytes(self.payload(alert)),
                         headers={"Content-Type": "application/json"}, timeout=timeout or self.timeout, secrets=[self._url])
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

    def send(self, alert: Alert, *, timeout: float | None = None) -> None:
        url = f"{self.base}/bot{self._token}/sendMessage"
        response = _post(self.name, self._client, url, content=_json_bytes(self.payload(alert)),
                         headers={"Content-Type": "application/json"}, timeout=timeout or self.timeout, secrets=[self._token])
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

    def send(self, alert: Alert, *, timeout: float | None = None) -> None:
        body = self.body(alert)
        timestamp = int(self._clock())
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign_webhook(self._secret, timestamp, body),
        }
        response = _post(self.name, self._client, self._url, content=body, headers=headers,
                         timeout=timeout or self.timeout, secrets=[self._url])
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

    def send(self, alert: Alert, *, timeout: float | None = None) -> None:
        from requests import RequestException  # loaded with twilio.rest anyway
        from twilio.base.exceptions import TwilioException, TwilioRestException

        client = self._twilio()
        client.http_client.timeout = timeout or self.timeout  # TwilioHttpClient reads it on every request
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
                                        base=telegram_base or settings.telegram_api_base, timeout=timeout, client=client))
    elif settings.telegram_bot_token or settings.telegram_chat_id:
        logger.warning("Telegram alerts disabled: TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID are both required")

    names = [webhook_name(url) for url in settings.webhook_urls]
    for url, name in zip(settings.webhook_urls, names):
        if names.count(name) > 1:  # several URLs on one host: tell them apart, stably, without the path
            name = f"{name}/{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}"
        channels.append(WebhookChannel(url, settings.webhook_secret or "", name=name, timeout=timeout, client=client))

    operator = operator_phone_number or settings.operator_phone_number
    if operator:
        if settings.twilio_account_sid and settings.twilio_auth_token and settings.twilio_phone_number:
            channels.append(SmsChannel(settings.twilio_account_sid, settings.twilio_auth_token,
                                       settings.twilio_phone_number, operator, api_base=twilio_api_base or settings.twilio_api_base,
                                       timeout=timeout))
        else:
            logger.warning("operator SMS disabled: OPERATOR_PHONE_NUMBER needs TWILIO_ACCOUNT_SID, "
                           "TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER")
    return channels
