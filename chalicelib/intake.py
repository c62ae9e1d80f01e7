"""What each Twilio webhook does: record, publish, queue, answer — once, within 5 s.

Every webhook costs one Redis round trip and at most one queue publish. Its
claim, its writes (call record, active call, event) and its task (into the
outbox) commit in one atomic step (:meth:`Idempotency.once`). Twilio retries a
webhook it thinks failed, and may deliver two copies at once; the second finds
the key done and does nothing but answer the same TwiML. A crash after the
commit loses nothing: the task waits in the outbox for the relay.

After the commit the task is handed on within the request budget
(:data:`~chalicelib.budget.WEBHOOK_BUDGET_SECONDS`): one QStash publish attempt,
or an inline run if it fits; the same commit peeked at the outbox, so this
request also relays what earlier ones left, if time remains.

The key is the webhook kind + SIDs + status (a status change is a new fact; a
retry is not), all of them covered by ``X-Twilio-Signature``. Twilio's
``I-Twilio-Idempotency-Token`` header is not signed: a replayed webhook with a
new token must still be the same call, so it is never part of the key. It is
built by :func:`idempotency_key` (swappable: the helper takes any key string).

Redis down: the writes are skipped and logged, the task (which carries the SMS
body or the transcript) is handed on directly, and the caller still gets valid
TwiML. If neither Redis nor the queue can take the task, a non-voice webhook
answers 503 so Twilio's retry brings it back: never a silent loss.
"""

from __future__ import annotations

import logging
from typing import Any

from chalicelib import history, twilio
from chalicelib.calls import CallRegistry
from chalicelib.errors import DependencyError
from chalicelib.events import EventBus
from chalicelib.faults import checkpoint
from chalicelib.idempotency import Idempotency
from chalicelib.redaction import mask_phone, redact_text
from chalicelib.settings import Settings
from chalicelib.store import Command, Store
from chalicelib.tasks import Task, TaskSink, new_task

logger = logging.getLogger(__name__)

IDEMPOTENCY_TTL_SECONDS = 6 * 3600


class Plan:
    """What one webhook will do: writes, the event among them, a task, the reply (filled in by :func:`_plan`)."""

    __slots__ = ("reply", "commands", "event", "task")

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.commands: list[Command] = []
        self.event: str | None = None
        self.task: Task | None = None


def idempotency_key(webhook: twilio.Webhook) -> str:
    """One key per fact Twilio reports, built from signed fields only (the URL's type and form params)."""
    p = webhook.params
    parts = [
        webhook.kind,
        webhook.subject,
        p.get("RecordingSid", ""),
        p.get("TranscriptionSid", ""),
        p.get("CallStatus") or p.get("RecordingStatus") or p.get("TranscriptionStatus") or p.get("SmsStatus", ""),
    ]
    return "hl:idem:twilio:" + ":".join(parts)


def _seconds(value: str | None) -> int:
    """A duration Twilio sends as digits; anything else counts as 0 rather than failing the webhook."""
    return int(value) if value and value.isdigit() else 0


def _caller(p: dict[str, str]) -> dict[str, Any]:
    return {"from": mask_phone(p.get("From")), "to": mask_phone(p.get("To")), "fromCountry": p.get("FromCountry", "")}


def _plan(webhook: twilio.Webhook, settings: Settings, registry: CallRegistry, bus: EventBus, base: str) -> Plan:
    p, sid = webhook.params, webhook.subject

    def with_event(plan: Plan, event_type: str, data: dict[str, Any]) -> Plan:
        pending = bus.prepare(event_type, data)
        plan.commands += pending.commands
        plan.event = event_type
        return plan

    if webhook.kind == "voice":
        status = p.get("CallStatus", "ringing")
        info = {**_caller(p), "status": status, "channel": "call"}
        plan = Plan(reply=twilio.voice_twiml(settings, base))
        plan.commands += registry.start_active_commands(sid, info)
        plan.commands += registry.update_record_commands(sid, {**info, "_from": p["From"]}, new=True)
        plan.commands += history.count_commands({"calls": 1})
        return with_event(plan, "incoming_call", {"callSid": sid, **info})

    if webhook.kind == "status":
        status = p["CallStatus"]
        fields: dict[str, Any] = {"status": status}
        if p.get("CallDuration"):
            fields["duration"] = _seconds(p["CallDuration"])
        plan = Plan(reply=twilio.empty_twiml())
        plan.commands += registry.update_record_commands(sid, fields)
        if status in twilio.TERMINAL_STATUSES:
            plan.commands += registry.end_active_commands(sid)
        return with_event(plan, "call_status_update", {"callSid": sid, **fields})

    if webhook.kind == "recording-status":
        completed = p.get("RecordingStatus", "completed") == "completed"
        fields = {
            "recording_sid": p["RecordingSid"],
            "recording_url": p.get("RecordingUrl", ""),
            "recording_duration": _seconds(p.get("RecordingDuration")),
            "recording_status": p.get("RecordingStatus", "completed"),
        }
        plan = Plan(reply=twilio.empty_twiml())
        plan.commands += registry.update_record_commands(sid, fields)
        if completed:
            # Twilio's own transcript usually follows within a minute: look again after a wait,
            # and only then fall back to Amazon Transcribe or "untranscribed".
            plan.task = new_task("process_transcription", {
                "call_sid": sid, "variant": "recording", "recording_sid": p["RecordingSid"],
                "recording_url": fields["recording_url"], "recording_duration": fields["recording_duration"],
            }, delay_seconds=settings.transcription_wait_seconds)
        status = "recording_completed" if completed else f"recording_{fields['recording_status']}"
        return with_event(plan, "call_status_update", {"callSid": sid, "status": status,
                                                       "recordingDuration": fields["recording_duration"]})

    if webhook.kind == "transcription":
        text = p.get("TranscriptionText", "")
        state = p.get("TranscriptionStatus", "completed" if text else "failed")
        plan = Plan(reply=twilio.empty_twiml())
        plan.commands += registry.update_record_commands(
            sid, {"transcription_status": state, "transcript": redact_text(text) or ""}
        )
        plan.task = new_task("process_transcription", {
            "call_sid": sid, "variant": "transcription", "transcription_sid": p.get("TranscriptionSid", ""),
            "recording_sid": p.get("RecordingSid", ""), "recording_url": p.get("RecordingUrl", ""),
            "transcription_text": text if state == "completed" else "",
        })
        return with_event(plan, "call_status_update", {"callSid": sid, "status": f"transcription_{state}"})

    # sms
    body = p.get("Body", "")
    info = {**_caller(p), "channel": "sms", "body": redact_text(body) or ""}
    plan = Plan(reply=twilio.sms_twiml(settings))
    plan.commands += registry.update_record_commands(
        sid, {**info, "status": "received", "_from": p["From"], "_body": body}, new=True
    )
    plan.commands += history.count_commands({"sms": 1})
    if body.strip():  # an MMS without text has nothing to analyze
        plan.task = new_task("process_sms", {"message_sid": sid, "body": body})
    return with_event(plan, "incoming_sms", {"messageSid": sid, **info})


def handle_webhook(webhook: twilio.Webhook, *, settings: Settings, store: Store, sink: TaskSink, base: str) -> str:
    """Apply one Twilio webhook exactly once and return the TwiML to answer with."""
    plan = _plan(webhook, settings, CallRegistry(store, settings), EventBus(store, settings), base)
    if webhook.is_probe:  # doctor --url: the same answer, no record, no event, no task
        logger.info("twilio %s %s: doctor probe, nothing recorded", webhook.kind, webhook.subject)
        return plan.reply
    tasks = [plan.task] if plan.task else []
    checkpoint("intake.before_commit")
    try:
        applied = Idempotency(store).once(
            idempotency_key(webhook), plan.commands + sink.commands(tasks) + [sink.peek_command()],
            ttl=IDEMPOTENCY_TTL_SECONDS)
    except DependencyError as exc:
        logger.error("twilio %s %s: store unavailable, answering without recording: %s", webhook.kind, webhook.subject, exc.message)
        if tasks and not sink.flush(tasks) and webhook.kind != "voice":
            raise DependencyError(f"neither the store nor the queue could take the {webhook.kind} task") from exc
        return plan.reply
    if not applied.ours:
        logger.info("twilio %s %s: duplicate delivery ignored", webhook.kind, webhook.subject)
        return plan.reply
    checkpoint("intake.after_commit")
    sink.flush(tasks)
    peeked = applied.replies[-1] if applied.replies else None
    sink.relay_later(peeked, exclude=[t.dedup_id for t in tasks])
    logger.info("twilio %s %s: %s", webhook.kind, webhook.subject, plan.event or "recorded")
    return plan.reply
