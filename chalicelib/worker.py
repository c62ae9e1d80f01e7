"""The background worker: every task type, each with its effects exactly once.

QStash delivers at least once, and may deliver the same message twice at the
same time; the inline queue calls :func:`run_task` directly. Either way a task
first claims ``hl:task:<dedup id>`` with ``SET NX EX``:

* claimed → run the handler; on success mark the key ``done`` for a week, on
  failure delete it so QStash's retry can run it again;
* already ``done`` → a redelivery: answer 200 and do nothing;
* still ``running`` → another delivery is at work: answer 409 so QStash tries
  again later (if that one fails, the retry finds the key released).

The claim outlives one Lambda run (60 s) so a crashed run blocks only QStash's
first retry (12 s later), not the next ones.

Pipeline (seed): process_transcription → analyze_scam → trigger_vapi_call +
send_notifications (one batch); process_sms → analyze_scam → send_notifications.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from chalicelib import history
from chalicelib.calls import CallRegistry
from chalicelib.errors import DependencyError, HoneylineError, NonRetryableTaskError, TaskBusy
from chalicelib.events import EventBus
from chalicelib.redaction import mask_phone, redact_text
from chalicelib.settings import Settings
from chalicelib.store import Store, best_effort
from chalicelib.tasks import MAX_PAYLOAD_BYTES, Queue, Task, new_task, parse_task

logger = logging.getLogger(__name__)

CLAIM_SECONDS = 120
DONE_SECONDS = 7 * 86_400
DEAD_KEY = "hl:tasks:dead"
MIN_TRANSCRIPT_CHARS = 10  # the original engaged only with a transcript of 10 characters or more


@dataclass(frozen=True)
class Context:
    task: Task
    settings: Settings
    store: Store
    queue: Queue

    @property
    def registry(self) -> CallRegistry:
        return CallRegistry(self.store, self.settings)

    @property
    def bus(self) -> EventBus:
        return EventBus(self.store, self.settings)


# --------------------------------------------------------------------- dispatch
def run_task(task: Task, settings: Settings, store: Store, queue: Queue) -> dict[str, Any]:
    """Run one task exactly once (see the module docstring)."""
    key = f"hl:task:{task.dedup_id}"
    if store.execute("set", key, "running", "nx", "ex", CLAIM_SECONDS) is None:
        if store.execute("get", key) == "done":
            logger.info("task %s already done: duplicate delivery ignored", task.dedup_id)
            return {"status": "duplicate", "task": task.type}
        raise TaskBusy(f"task {task.dedup_id} is being processed by another delivery")
    context = Context(task, settings, store, queue)
    try:
        result = HANDLERS[task.type](context)
    except Exception as exc:
        best_effort("release task claim", store.execute, "del", key)
        best_effort("publish task_failed", context.bus.publish, "task_failed", {
            "task": task.type, "subject": task.subject, "error": _describe(exc), "final": False,
        })
        raise
    store.execute("set", key, "done", "ex", DONE_SECONDS)
    return {"status": "done", "task": task.type, **result}


def handle_delivery(raw_body: bytes | None, query: Mapping[str, str], settings: Settings, store: Store, queue: Queue) -> dict[str, Any]:
    """A QStash delivery (already signature-checked): a task, or a failure callback."""
    raw = raw_body or b""
    if len(raw) > MAX_PAYLOAD_BYTES:
        raise NonRetryableTaskError(f"body is {len(raw)} bytes; the limit is {MAX_PAYLOAD_BYTES}")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NonRetryableTaskError(f"body is not JSON: {exc}") from exc
    if query.get("callback") == "failure":
        return record_dead_task(body, settings, store)
    return run_task(parse_task(body), settings, store, queue)


def record_dead_task(callback: Any, settings: Settings, store: Store) -> dict[str, Any]:
    """QStash gave up on a message: keep it for the operator and tell the dashboard."""
    if not isinstance(callback, dict) or "sourceBody" not in callback:
        raise NonRetryableTaskError("failure callback without sourceBody")
    try:
        source = json.loads(base64.b64decode(callback["sourceBody"]).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise NonRetryableTaskError(f"failure callback with an unreadable sourceBody: {exc}") from exc
    task = source.get("task") if isinstance(source, dict) else None
    payload = source.get("payload") if isinstance(source, dict) else None
    subject = next((str(payload[k]) for k in ("call_sid", "message_sid", "subject") if isinstance(payload, dict) and k in payload), "")
    dead = {
        "task": task, "subject": subject, "status": callback.get("status"),
        "retried": callback.get("retried"), "message_id": callback.get("sourceMessageId"),
        "response": redact_text(_decode_text(callback.get("body"))[:500]),
    }
    bus = EventBus(store, settings)
    pending = bus.prepare("task_failed", {**dead, "final": True})
    store.pipeline([
        ("lpush", DEAD_KEY, json.dumps(dead)), ("ltrim", DEAD_KEY, 0, 99), ("expire", DEAD_KEY, 30 * 86_400),
        *pending.commands,
    ])
    logger.error("task %s for %s failed for good after %s retries", task, subject, dead["retried"])
    return {"status": "recorded", "task": task}


def _decode_text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    try:
        return base64.b64decode(value).decode("utf-8", "replace")
    except ValueError:
        return value


def _describe(exc: Exception) -> str:
    return exc.message if isinstance(exc, HoneylineError) else f"{type(exc).__name__}: {exc}"


# ---------------------------------------------------------------------- handlers
def process_transcription(ctx: Context) -> dict[str, Any]:
    """Take Twilio's transcript to analysis; a recording without one is transcribed or marked."""
    payload = ctx.task.payload
    sid = payload["call_sid"]
    text = str(payload.get("transcription_text") or "").strip()
    if text:
        return _transcribed(ctx, sid, text)
    if payload.get("transcribe_job"):
        if not ctx.settings.transcribe_bucket:
            raise NonRetryableTaskError("a Transcribe poll arrived but TRANSCRIBE_BUCKET is not configured")
        from chalicelib import transcription

        return transcription.poll(ctx, sid)
    record = ctx.registry.get_record(sid) or {}
    if record.get("transcription_status") == "completed" or "analysis" in record:
        return {"skipped": "already transcribed"}
    if ctx.settings.transcribe_bucket and payload.get("recording_url"):
        from chalicelib import transcription

        return transcription.start(ctx, sid, payload["recording_url"])
    return mark_untranscribed(ctx, sid, "no transcript from Twilio and Amazon Transcribe is not configured")


def _transcribed(ctx: Context, sid: str, text: str) -> dict[str, Any]:
    # The clear transcript stays private: the agent's safety check needs to find the number in it.
    ctx.registry.update_record(sid, {"transcript": redact_text(text), "_transcript": text, "transcription_status": "completed"})
    ctx.queue.enqueue(new_task("analyze_scam", {"subject": sid, "channel": "call", "text": text}))
    return {"next": "analyze_scam"}


def continue_with_transcript(ctx: Context, sid: str, text: str) -> dict[str, Any]:
    """Entry point for transcripts that arrive later (Amazon Transcribe)."""
    return _transcribed(ctx, sid, text) if text.strip() else mark_untranscribed(ctx, sid, "empty transcript")


def mark_untranscribed(ctx: Context, sid: str, reason: str) -> dict[str, Any]:
    pending = ctx.bus.prepare("call_processed", {"callSid": sid, "status": "untranscribed", "reason": reason})
    ctx.store.pipeline(
        ctx.registry.update_record_commands(sid, {"transcription_status": "untranscribed", "status": "untranscribed"})
        + pending.commands
    )
    return {"status_detail": "untranscribed"}


def process_sms(ctx: Context) -> dict[str, Any]:
    payload = ctx.task.payload
    ctx.queue.enqueue(new_task("analyze_scam", {"subject": payload["message_sid"], "channel": "sms", "text": payload["body"]}))
    return {"next": "analyze_scam"}


def analyze_scam(ctx: Context) -> dict[str, Any]:
    """Decide, record, publish, then fan out to the agent and the alerts in one batch."""
    from chalicelib.detection import analyze_text  # imports the analyzer only when needed

    payload = ctx.task.payload
    subject, channel, text = payload["subject"], payload["channel"], payload["text"]
    analysis = analyze_text(text, channel, ctx.settings)
    engage = analysis.should_engage(ctx.settings.engage_threshold) and len(text.strip()) >= MIN_TRANSCRIPT_CHARS
    public = analysis.to_dict()
    public["callback"]["number"] = mask_phone(public["callback"]["number"])
    public["reasoning"] = redact_text(public["reasoning"])
    id_field = "callSid" if channel == "call" else "messageSid"
    summary = {
        id_field: subject, "channel": channel, "isScam": analysis.is_scam, "confidence": analysis.confidence,
        "scamType": analysis.scam_type, "company": analysis.impersonated_company,
        "callback": public["callback"], "engage": engage,
    }
    commands = ctx.registry.update_record_commands(subject, {
        "analysis": public, "status": "processed", "engage": engage, "_callback_number": analysis.callback_number,
    })
    if analysis.is_scam:
        commands += ctx.bus.prepare("scam_detected", {**summary, "reasoning": public["reasoning"]}).commands
        record = ctx.registry.get_record(subject) or {}
        masked_text = redact_text(text) or ""
        entry = {**summary, "subject": subject, "from": record.get("from"), "ts": int(time.time() * 1000),
                 "preview": masked_text[:240], "transcript": masked_text[:4000],
                 "recordingUrl": record.get("recording_url") or None}
        commands += history.append_commands(history.RECENT_SCAMS, entry, ctx.settings.call_retention_days * 86_400)
        commands += history.count_commands({"scams": 1})
    commands += ctx.bus.prepare("call_processed" if channel == "call" else "sms_processed", summary).commands
    ctx.store.pipeline(commands)
    follow_ups = []
    if engage:
        follow_ups.append(new_task("trigger_vapi_call", {"subject": subject, "channel": channel}))
    if analysis.is_scam:
        follow_ups.append(new_task("send_notifications", {"subject": subject, "channel": channel, "alert": "scam_detected"}))
    ctx.queue.enqueue_many(follow_ups)
    return {"is_scam": analysis.is_scam, "confidence": analysis.confidence, "engage": engage,
            "next": [t.type for t in follow_ups]}


def trigger_vapi_call(ctx: Context) -> dict[str, Any]:
    from chalicelib.agents import place_agent_call

    return place_agent_call(ctx)


def send_notifications(ctx: Context) -> dict[str, Any]:
    """Alert every configured channel once; a failed channel fails the task so the queue retries it.

    Channels that already delivered this alert are remembered in Redis
    (``hl:notify:<subject>:<alert>:<channel>``) and skipped on the retry.
    """
    from chalicelib.notify import build_alert, channels_from, send_alert

    payload = ctx.task.payload
    subject, kind = payload["subject"], payload["alert"]
    channels = channels_from(ctx.settings)
    if not channels:
        return {"notified": [], "note": "no alert channels configured"}
    record = ctx.registry.get_record(subject) or {}
    result = record.get("agent_result") or {}
    extra = {"url": f"{ctx.settings.public_base_url}/" if ctx.settings.public_base_url else None}
    if kind == "agent_call_ended":
        extra.update({"duration": result.get("duration_seconds"),
                      "outcome": "success" if result.get("success") else result.get("ended_reason")})
    alert = build_alert(kind, subject, record, extra)
    keys = {c.name: f"hl:notify:{subject}:{kind}:{c.name}" for c in channels}
    done = {name for name, value in zip(keys, ctx.store.execute("mget", *keys.values())) if value}
    outcome = send_alert(
        alert, channels,
        already_sent=lambda name: name in done,
        mark_sent=lambda name: ctx.store.execute("set", keys[name], "1", "ex", DONE_SECONDS),
    )
    if outcome.failed:
        best_effort("publish notification_failed", ctx.bus.publish, "notification_failed",
                    {"subject": subject, "alert": kind, "failed": sorted(outcome.failed)})
        raise DependencyError(f"alert {kind} for {subject} failed on {', '.join(sorted(outcome.failed))}")
    return {"notified": outcome.sent, "skipped": outcome.skipped}


HANDLERS: dict[str, Callable[[Context], dict[str, Any]]] = {
    "process_transcription": process_transcription,
    "process_sms": process_sms,
    "analyze_scam": analyze_scam,
    "trigger_vapi_call": trigger_vapi_call,
    "send_notifications": send_notifications,
}
