"""Step ``agent``: call the scammer back through VAPI, at most once per call.

Order matters, because the VAPI call is the one effect no Redis step can undo:

1. safety rules and the limiter's slot (its claim carries the task id as token, so
   a retry of this task finds its own slot instead of refusing "still active");
2. the call map *by subject* and the step state ``placing``, written before VAPI is
   asked: the end-of-call report can always be matched (through the metadata we
   send), and a retry that finds ``placing`` knows a call may exist;
3. the VAPI request, capped by the request's budget;
4. the outcome, the map by VAPI's call id and the ``agent_call_started`` alert
   task, committed atomically with the task's completion.

A retry that finds ``placing`` asks VAPI (List Calls) whether the call exists: if so
it records that call exactly as the first run would have; if not, it places it.
Only when the answer to the request itself was lost (a timeout after sending) is the
outcome ``unknown`` until the retry looks. VAPI unreachable (nothing placed) clears
``placing`` and gives the slot back so QStash's retry can place it.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from chalicelib import safety
from chalicelib.agents import CALL_MAP_SECONDS, call_body, call_map_key, create_call, find_call, subject_map_key
from chalicelib.errors import DependencyError, VapiRejected, VapiUncertain
from chalicelib.faults import checkpoint
from chalicelib.personas import choose_persona
from chalicelib.pipeline.context import Context, steps_key
from chalicelib.redaction import mask_phone
from chalicelib.tasks import new_task

logger = logging.getLogger(__name__)


def _failed(ctx: Context, status: str, reason: str, **extra: Any) -> dict[str, Any]:
    """Record why no call was placed (event + record) as the task's completion."""
    id_field = "callSid" if ctx.task.payload.get("channel", "call") == "call" else "messageSid"
    pending = ctx.bus.prepare("vapi_call_failed", {id_field: ctx.subject, "reason": reason, **extra})
    ctx.commit(ctx.registry.update_record_commands(ctx.subject, {"agent": {"status": status, "reason": reason, **extra}})
               + pending.commands, result={"agent": status, "reason": reason})
    logger.warning("agent call for %s not placed: %s", ctx.subject, reason)
    return {"agent": status, "reason": reason}


def run(ctx: Context) -> dict[str, Any]:
    settings, subject, payload = ctx.settings, ctx.subject, ctx.task.payload
    if not (settings.vapi_api_key and settings.vapi_phone_number_id):
        ctx.commit(ctx.registry.update_record_commands(subject, {"agent": {"status": "not_configured"}}),
                   result={"agent": "not_configured"})
        logger.info("agent call for %s skipped: VAPI_API_KEY / VAPI_PHONE_NUMBER_ID not configured", subject)
        return {"agent": "not_configured"}
    record = ctx.registry.get_record(subject, private=True) or {}
    analysis = record.get("analysis") or {}
    transcript = payload.get("text") or record.get("_transcript") or record.get("_body") or ""

    limiter = safety.CallLimiter(ctx.store, settings)
    try:
        number = safety.check_number(record.get("_callback_number"), transcript, settings)
        safety.check_operator_do_not_call(ctx.store, number)
        slot = limiter.reserve(number, token=ctx.task.dedup_id)
    except safety.Refusal as refusal:
        # agent_refused: a safety rule said no (as opposed to VAPI failing); shown with its reason.
        return _failed(ctx, "refused", refusal.reason, rule=refusal.rule, agent_refused=True)
    persona = choose_persona(analysis.get("impersonated_company"), analysis.get("scam_type"), settings.vapi_assistants)
    label = persona.name if persona.assistant_id else f"Built-in {persona.family.replace('_', ' ')} victim"
    mapping = {"subject": subject, "persona": persona.key, "persona_name": persona.name, "label": label,
               "number_tag": slot.number_tag, "channel": payload.get("channel", "call")}
    call = _earlier_call(ctx) if ctx.step_state == "placing" else None
    if call is None:
        try:
            call = _place(ctx, limiter, slot, mapping, call_body(settings, persona, number, subject, analysis))
        except VapiRejected as exc:
            return _failed(ctx, "failed", exc.message)
    return _started(ctx, call, mapping, persona, number, analysis)


def _earlier_call(ctx: Context) -> dict[str, Any] | None:
    """An earlier run asked VAPI and stopped before recording the answer: did VAPI place the call?"""
    raw = ctx.store.execute("get", subject_map_key(ctx.subject))
    asked = (json.loads(raw) if raw else {}).get("asked_at")
    if not asked:
        return None
    call = find_call(ctx.settings, ctx.subject, asked, timeout=ctx.deadline.cap(ctx.settings.vapi_timeout_seconds, floor=1.0))
    if call is not None:
        logger.info("agent call %s for %s was placed by an earlier attempt: recording it", call["id"], ctx.subject)
    return call


def _place(ctx: Context, limiter: safety.CallLimiter, slot: safety.Slot, mapping: dict[str, Any],
           body: dict[str, Any]) -> dict[str, Any]:
    """Mark ``placing`` (with the map by subject), then ask VAPI; a lost answer is looked up by the retry."""
    asked = {**mapping, "asked_at": _iso_now()}
    ctx.mark_step("placing", [("set", subject_map_key(ctx.subject), json.dumps(asked), "ex", CALL_MAP_SECONDS)])
    checkpoint("agent.before_request")
    try:
        call = create_call(ctx.settings, body, timeout=ctx.deadline.cap(ctx.settings.vapi_timeout_seconds, floor=1.0))
    except DependencyError:
        limiter.release(slot)
        ctx.store.execute("hdel", steps_key(ctx.subject), ctx.step)  # nothing placed: the retry may place it
        raise
    except VapiRejected:
        limiter.release(slot)
        raise
    except VapiUncertain as exc:  # the call may exist: ``placing`` stays, the retry asks VAPI before placing
        raise DependencyError(f"{exc.message}; the retry looks the call up before placing it") from exc
    checkpoint("agent.after_request")
    return call


def _iso_now() -> str:
    """Now minus a minute of clock skew, as VAPI's createdAt filters expect (ISO-8601, UTC, ms)."""
    moment = datetime.now(timezone.utc) - timedelta(minutes=1)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _started(ctx: Context, call: dict[str, Any], mapping: dict[str, Any], persona: Any, number: str,
             analysis: dict[str, Any]) -> dict[str, Any]:
    subject, channel = ctx.subject, mapping["channel"]
    id_field = "callSid" if channel == "call" else "messageSid"
    agent = {
        "status": "started", "call_id": call["id"], "persona": persona.key, "persona_name": persona.name,
        "assistant_id": persona.assistant_id, "target": mask_phone(number),
    }
    pending = ctx.bus.prepare("vapi_call_started", {
        id_field: subject, "agentCallId": call["id"], "persona": persona.name, "company": analysis.get("impersonated_company"),
        "target": mask_phone(number),
    })
    alert = new_task("send_notifications", {"subject": subject, "alert": "agent_call_started",
                                            "channel": channel, "variant": "started"})
    ctx.commit(ctx.registry.update_record_commands(subject, {"agent": agent})
               + [("set", call_map_key(call["id"]), json.dumps(mapping), "ex", CALL_MAP_SECONDS)]
               + pending.commands, tasks=[alert], result={"agent": "started", "call_id": call["id"]})
    logger.info("agent call %s placed for %s as %s", call["id"], subject, persona.key)
    return {"agent": "started", "call_id": call["id"]}
