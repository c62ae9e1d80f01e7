"""Step ``analysis``: decide, record, publish, then fan out to the agent and the alerts.

The decision is computed first (no writes), then the record, the events, the
history and both follow-up tasks commit in one atomic step: a crash before it
changes nothing, a crash after it finds the task done; the scam is counted once.
"""

from __future__ import annotations

import time
from typing import Any

from chalicelib import campaigns, history
from chalicelib.pipeline.context import Context
from chalicelib.redaction import mask_phone, redact_text
from chalicelib.tasks import new_task

MIN_TRANSCRIPT_CHARS = 10  # the original engaged only with a transcript of 10 characters or more


def run(ctx: Context) -> dict[str, Any]:
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
        commands += campaigns.detection_commands(ctx.store, ctx.settings, subject, channel, text, analysis)[0]
    commands += ctx.bus.prepare("call_processed" if channel == "call" else "sms_processed", summary).commands
    follow_ups = []
    if engage:  # the text travels with the task: the agent's safety check needs it even if Redis lost the record
        follow_ups.append(new_task("trigger_vapi_call", {"subject": subject, "channel": channel, "text": text}))
    if analysis.is_scam:
        follow_ups.append(new_task("send_notifications", {"subject": subject, "channel": channel, "alert": "scam_detected"}))
    result = {"is_scam": analysis.is_scam, "confidence": analysis.confidence, "engage": engage,
              "next": [t.type for t in follow_ups]}
    ctx.commit(commands, tasks=follow_ups, result=result)
    return result
