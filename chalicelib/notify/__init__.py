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

Layout: :mod:`.alerts` (what is said), :mod:`.channels` (where it goes),
:mod:`.signing` (webhook signatures); this module sends one alert everywhere.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Callable, Sequence

from chalicelib.errors import ChannelError
from chalicelib.notify.alerts import ALERT_KINDS, Alert, build_alert, format_duration
from chalicelib.notify.channels import (
    DEFAULT_TIMEOUT_SECONDS,
    Channel,
    SlackChannel,
    SmsChannel,
    TelegramChannel,
    WebhookChannel,
    channels_from,
    http_client,
    webhook_name,
)
from chalicelib.notify.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign_webhook, verify_webhook

__all__ = [
    "ALERT_KINDS", "Alert", "Channel", "ChannelError", "DEFAULT_TIMEOUT_SECONDS", "NotifyResult", "SIGNATURE_HEADER",
    "SlackChannel", "SmsChannel", "TIMESTAMP_HEADER", "TelegramChannel", "WebhookChannel", "build_alert",
    "channels_from", "format_duration", "http_client", "send_alert", "sign_webhook", "verify_webhook", "webhook_name",
]

logger = logging.getLogger(__name__)


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

