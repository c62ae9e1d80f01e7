"""Step ``alert:<kind>``: tell every configured channel once.

Each channel follows the agent step's pattern, through the idempotency helper on
``hl:notify:<subject>:<kind>:<channel>``: claimed as *sending* before the send (Redis
down: nothing is sent, the task fails and QStash retries), completed as *sent* after
it, released after a failure. A retry skips a channel that is sent (or refused); one it
finds still *sending* may have delivered while Redis could not record it, and Slack and
Telegram take no idempotency key: it is not sent again (at most once when the outcome
is unknown, like VAPI's lost answer) but recorded as *uncertain*, with the reason.
Failures are sorted by what a retry would do:

* a channel refused for good (a revoked Slack webhook, an unknown Telegram chat)
  is remembered as refused and the task answers 489 with
  ``Upstash-NonRetryable-Error`` (QStash stops; its failure callback records it);
* a channel asked us to wait (``retry_after``): the task completes and re-queues
  itself with that delay (a QStash delay, or an outbox due time);
* any other failure raises :class:`DependencyError` (503): QStash retries.
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

from chalicelib.errors import DependencyError, NonRetryableTaskError
from chalicelib.faults import checkpoint
from chalicelib.idempotency import DONE_SECONDS, Claim, Idempotency
from chalicelib.pipeline.context import Context
from chalicelib.store import best_effort
from chalicelib.tasks import new_task

SENT = "sent"
UNCERTAIN = "uncertain"
MAX_WAITS = 5  # retry_after re-queues before the failure is left to QStash's own retries
REFUSED = "refused"

logger = logging.getLogger(__name__)


def run(ctx: Context) -> dict[str, Any]:
    from chalicelib.analysis.conversation import intelligence_summary
    from chalicelib.notify import build_alert, channels_from, send_alert

    payload, subject = ctx.task.payload, ctx.subject
    kind = payload["alert"]
    channels = channels_from(ctx.settings)
    if not channels:
        return {"notified": [], "note": "no alert channels configured"}
    record = ctx.registry.get_record(subject) or {}
    result = record.get("agent_result") or {}
    extra = {"url": f"{ctx.settings.public_base_url}/" if ctx.settings.public_base_url else None}
    if kind == "agent_call_ended":
        extra.update({"duration": result.get("duration_seconds"),
                      "outcome": "success" if result.get("success") else result.get("ended_reason")})
        extra.update({"Verdict": result.get("verdict"),  # issue 12: the callee's verdict, masked intelligence
                      "Intelligence": intelligence_summary(result.get("intelligence") or {}) or None})
    alert = build_alert(kind, subject, record, extra)
    ledger = _Ledger(ctx, {c.name: f"hl:notify:{subject}:{kind}:{c.name}" for c in channels})
    outcome = send_alert(alert, channels, already_sent=ledger.settled, claim=ledger.claim,
                         mark_sent=ledger.mark_sent, release=ledger.release, deadline=ctx.deadline)
    checkpoint("alerts.after_send")
    refused = {name for name, error in outcome.errors.items() if not error.retryable}
    if refused:  # a retry cannot fix these: never try them again for this alert
        ctx.store.pipeline([("set", ledger.keys[name], REFUSED, "ex", DONE_SECONDS) for name in sorted(refused)])
    summary = {"notified": outcome.sent, "skipped": outcome.skipped}
    if ledger.uncertain:
        summary["uncertain"] = sorted(ledger.uncertain)
    if not outcome.failed:
        ctx.commit(result=summary)
        return summary
    best_effort("publish notification_failed", ctx.bus.publish, "notification_failed",
                {"subject": subject, "alert": kind, "failed": sorted(outcome.failed)})
    failures = ", ".join(f"{name} ({reason})" for name, reason in sorted(outcome.failed.items()))
    retryable = [outcome.errors[name] for name in outcome.retryable]
    if not retryable:
        raise NonRetryableTaskError(f"alert {kind} for {subject} refused for good: {failures}")
    wait = max((e.retry_after or 0) for e in retryable)
    waits = int(payload.get("retry") or 0)
    if wait > 0 and waits < MAX_WAITS:
        again = new_task("send_notifications", {**payload, "retry": waits + 1,
                                                "variant": f"{payload.get('variant') or kind}-wait{waits + 1}"},
                         delay_seconds=max(1, math.ceil(wait)))
        retry = {**summary, "retry_in": again.delay_seconds, "failed": sorted(outcome.failed)}
        ctx.commit(tasks=[again], result=retry, step_state=None)
        return retry
    raise DependencyError(f"alert {kind} for {subject} failed on {failures}")


class _Ledger:
    """Per-channel state of one alert: sending (claimed), sent, refused or uncertain."""

    def __init__(self, ctx: Context, keys: dict[str, str]) -> None:
        self.ctx, self.keys = ctx, keys
        self.guard = Idempotency(ctx.store)
        self.found = dict(zip(keys, ctx.store.execute("mget", *keys.values())))
        self.claims: dict[str, Claim] = {}
        self.uncertain: list[str] = []

    def settled(self, name: str) -> bool:
        """Sent, refused, uncertain, or left *sending* by an earlier run (now recorded as uncertain)."""
        raw = self.found.get(name)
        if not raw:
            return False
        if _in_progress(raw):
            reason = "an earlier attempt claimed the channel and its outcome was not recorded; not resent"
            self.guard.once(self.keys[name], [], result={"state": UNCERTAIN, "reason": reason})
            self.uncertain.append(name)
            logger.warning("alert %s for %s on %s: outcome unknown (%s)", self.ctx.task.payload["alert"],
                           self.ctx.subject, name, reason)
        return True

    def claim(self, name: str) -> bool:
        """Mark the channel *sending* for as long as a retry may come (a store error propagates)."""
        claim = self.guard.claim(self.keys[name], ttl=DONE_SECONDS)
        self.claims[name] = claim
        return claim.ours  # "own": an SDK resend of this very claim

    def mark_sent(self, name: str) -> None:
        self.guard.complete(self.claims[name], {"state": SENT})

    def release(self, name: str) -> None:
        self.guard.release(self.claims[name])


def _in_progress(raw: Any) -> bool:
    try:
        record = json.loads(raw)
    except (TypeError, ValueError):
        return False  # "1" (sent) or "refused", as earlier versions wrote them
    return isinstance(record, dict) and record.get("s") == "p"
