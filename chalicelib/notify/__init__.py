"""Operator alerts: Slack, Telegram, signed generic webhooks and an SMS to the operator.

An :class:`Alert` is built once from a call record (:func:`build_alert`) and sent to
every configured channel (:func:`channels_from`) by :func:`send_alert`, one after the
other on the request's thread, each within what is left of the request's budget.
Channels are independent: each is tried even when another fails, and one that already
delivered this alert (``already_sent(name)``) is skipped; the caller's ``claim`` marks a
channel as being sent before the send, so a retry never sends twice to a channel whose
outcome it cannot know (Slack and Telegram take no idempotency key).

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
from dataclasses import dataclass, field
from typing import Callable, Sequence

from chalicelib.budget import Deadline
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
    "ALERT_KINDS", "Alert", "Channel", "ChannelError", "DEFAULT_TIMEOUT_SECONDS", "MIN_SEND_SECONDS", "NotifyResult",
    "SIGNATURE_HEADER", "SlackChannel", "SmsChannel", "TIMESTAMP_HEADER", "TelegramChannel", "WebhookChannel", "build_alert",
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


MIN_SEND_SECONDS = 0.5  # a channel is not started with less of the request's budget left


def _attempt(channel: Channel, alert: Alert, timeout: float) -> ChannelError | None:
    try:
        channel.send(alert, timeout=timeout)
    except ChannelError as exc:
        return exc
    except Exception as exc:  # a bug in one channel must not cost the others their alert
        logger.exception("alert channel %s crashed", channel.name)
        return ChannelError(channel.name, f"unexpected {type(exc).__name__}: {exc}")
    return None


def _quietly(what: str, callback: Callable[[str], None] | None, name: str, alert: Alert) -> None:
    if callback is None:
        return
    try:
        callback(name)
    except Exception:  # the store is down: a retry finds the channel's claim and does not resend
        logger.exception("alert %s/%s: could not %s %s", alert.kind, alert.subject, what, name)


def send_alert(alert: Alert, channels: Sequence[Channel], *,
               already_sent: Callable[[str], bool] | None = None,
               claim: Callable[[str], bool] | None = None,
               mark_sent: Callable[[str], None] | None = None,
               release: Callable[[str], None] | None = None,
               deadline: Deadline | None = None) -> NotifyResult:
    """Send ``alert`` to every channel, one after the other, on the calling thread.

    No thread outlives (or serves) the request: each channel gets its own timeout cut to
    what is left of ``deadline`` (:meth:`Deadline.cap`), and a channel that no longer
    fits (less than :data:`MIN_SEND_SECONDS` left) is not started: it fails as
    retryable ("deferred") for the queue's retry.

    A channel for which ``already_sent(name)`` is true is skipped (if it raises, the
    channel is treated as not sent). ``claim(name)`` runs right before the send: false
    skips the channel (another run holds it), an exception stops the whole send (the
    store is down: nothing more is sent, the caller's task fails and is retried). After
    a success ``mark_sent(name)``, after a failure ``release(name)`` unless the outcome is
    uncertain (sent, no answer); both are best effort (an unrecorded outcome stays claimed,
    and the retry does not resend it). Never
    raises for a channel failure; see :attr:`NotifyResult.failed`.
    """
    names = [channel.name for channel in channels]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"channel names must be unique, repeated: {', '.join(sorted(duplicates))}")
    result = NotifyResult()
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
            continue
        timeout = float(getattr(channel, "timeout", DEFAULT_TIMEOUT_SECONDS))
        if deadline is not None and not deadline.fits(MIN_SEND_SECONDS):
            error: ChannelError | None = ChannelError(channel.name, "deferred: the request's time budget is spent")
        else:
            if claim is not None and not claim(channel.name):
                result.skipped.append(channel.name)
                continue
            error = _attempt(channel, alert, round(deadline.cap(timeout), 2) if deadline is not None else timeout)
            if error is None:
                _quietly("mark sent", mark_sent, channel.name, alert)
            elif not error.uncertain:
                _quietly("release", release, channel.name, alert)
            # uncertain (sent, no answer): the claim stays *sending*, so a retry records the
            # channel as uncertain instead of sending the alert a second time

        if error is None:
            result.sent.append(channel.name)
        else:
            result.failed[channel.name] = error.detail
            result.errors[channel.name] = error
            logger.warning("alert %s/%s not delivered to %s: %s", alert.kind, alert.subject, channel.name,
                           error.detail)
    return result
