"""Step ``transcript`` of a call: the voicemail as text, once per call.

Sources, first come first served: Twilio's transcript (the ``transcription``
webhook's task carries the text), else, after the ``recording`` wait, Amazon
Transcribe (when ``TRANSCRIBE_BUCKET`` is set: start, then poll every 15 s), else
the call is marked ``untranscribed``. Step states: ``started`` (Transcribe at
work), ``untranscribed`` (no text; a late Twilio transcript may still come) and
``done`` (analysis queued). A task without text skips when the step is
``started`` or ``untranscribed``, so the delayed ``recording`` variant never
repeats what a failed Twilio transcription already settled.
"""

from __future__ import annotations

from typing import Any

from chalicelib import transcription
from chalicelib.errors import NonRetryableTaskError
from chalicelib.pipeline.context import Context
from chalicelib.redaction import redact_text
from chalicelib.tasks import new_task

POLL_SECONDS = 15
MAX_POLLS = 40  # ten minutes of polling, far more than a 120 s voicemail needs


def run(ctx: Context) -> dict[str, Any]:
    payload = ctx.task.payload
    text = str(payload.get("transcription_text") or "").strip()
    if text:
        return transcribed(ctx, text)
    if payload.get("transcribe_job"):
        return _poll(ctx)
    if ctx.step_state in ("started", "untranscribed"):
        return {"skipped": f"transcript {ctx.step_state} already"}
    record = ctx.registry.get_record(ctx.subject) or {}
    if record.get("transcription_status") == "completed" or "analysis" in record:
        return {"skipped": "already transcribed"}
    if ctx.settings.transcribe_bucket and payload.get("recording_url"):
        return _start(ctx, str(payload["recording_url"]))
    return untranscribed(ctx, "no transcript from Twilio and Amazon Transcribe is not configured")


def transcribed(ctx: Context, text: str) -> dict[str, Any]:
    """Record the transcript and queue the analysis, atomically; the text travels in the task."""
    if not text.strip():
        return untranscribed(ctx, "empty transcript")
    # The clear transcript stays private: the agent's safety check needs to find the number in it.
    commands = ctx.registry.update_record_commands(
        ctx.subject, {"transcript": redact_text(text), "_transcript": text, "transcription_status": "completed"})
    ctx.commit(commands, tasks=[new_task("analyze_scam", {"subject": ctx.subject, "channel": "call", "text": text})],
               result={"next": "analyze_scam"})
    return {"next": "analyze_scam"}


def untranscribed(ctx: Context, reason: str) -> dict[str, Any]:
    pending = ctx.bus.prepare("call_processed", {"callSid": ctx.subject, "status": "untranscribed", "reason": reason})
    commands = ctx.registry.update_record_commands(
        ctx.subject, {"transcription_status": "untranscribed", "status": "untranscribed"}) + pending.commands
    ctx.commit(commands, result={"status_detail": "untranscribed"}, step_state="untranscribed")
    return {"status_detail": "untranscribed"}


def _poll_task(ctx: Context, name: str, attempt: int):
    return new_task("process_transcription",
                    {"call_sid": ctx.subject, "transcribe_job": name, "attempt": attempt, "variant": f"transcribe{attempt}"},
                    delay_seconds=POLL_SECONDS)


def _start(ctx: Context, recording_url: str) -> dict[str, Any]:
    name = transcription.start_job(ctx.settings, ctx.subject, recording_url,
                                   timeout=ctx.deadline.cap(transcription.DOWNLOAD_TIMEOUT))
    commands = ctx.registry.update_record_commands(ctx.subject, {"transcription_status": "transcribing"})
    ctx.commit(commands, tasks=[_poll_task(ctx, name, 1)], result={"transcribe_job": name}, step_state="started")
    return {"transcribe_job": name}


def _poll(ctx: Context) -> dict[str, Any]:
    if not ctx.settings.transcribe_bucket:
        raise NonRetryableTaskError("a Transcribe poll arrived but TRANSCRIBE_BUCKET is not configured")
    if ctx.step_state == "done":
        return {"skipped": "transcript done already"}
    payload = ctx.task.payload
    name, attempt = str(payload["transcribe_job"]), int(payload.get("attempt") or 1)
    status, reason = transcription.job_status(name)
    if status == "COMPLETED":
        return transcribed(ctx, transcription.fetch_transcript(ctx.settings, ctx.subject))
    if status == "FAILED":
        return untranscribed(ctx, f"Amazon Transcribe failed: {reason}")
    if attempt >= MAX_POLLS:
        return untranscribed(ctx, "Amazon Transcribe did not finish in time")
    result = {"transcribe_job": name, "status_detail": status.lower()}
    ctx.commit(tasks=[_poll_task(ctx, name, attempt + 1)], result=result, step_state="started")
    return result
