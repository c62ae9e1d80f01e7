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

A retry that finds ``placing`` records ``unknown`` and never calls again: a second
call to a scammer is worse than a missed one. VAPI unreachable (nothing placed)
clears ``placing`` and gives the slot back so QStash's retry can place it.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from chalicelib import safety
from chalicelib.agents import CALL_MAP_SECONDS, call_body, call_map_key, create_call, subject_map_key
from chalicelib.errors import DependencyError, VapiRejected, VapiUncertain
from chalicelib.faults import checkpoint
from chalicelib.personas import choose_persona
from chalicelib.pipeline.context import Context, steps_key
from chalicelib.redaction import mask_phone
from chalicelib.tasks import new_task

logger = logging.getLogger(__name__)


def run(ctx: Context) -> dict[str, Any]:
    settings, subject, payload = ctx.settings, ctx.subject, ctx.task.payload
    registry, bus = ctx.registry, ctx.bus
    channel = payload.get("channel", "call")
    id_field = "callSid" if channel == "call" else "messageSid"

    def failed(status: str, reason: str, **extra: Any) -> dict[str, Any]:
        pending = bus.prepare("vapi_call_failed", {id_field: subject, "reason": reason, **extra})
        ctx.commit(registry.update_record_commands(subject, {"agent": {"status": status, "reason": reason, **extra}})
                   + pending.commands, result={"agent": status, "reason": reason})
        logger.warning("agent call for %s not placed: %s", subject, reason)
        return {"agent": status, "reason": reason}

    if not (settings.vapi_api_key and settings.vapi_phone_number_id):
        ctx.commit(registry.update_record_commands(subject, {"agent": {"status": "not_configured"}}),
                   result={"agent": "not_configured"})
        logger.info("agent call for %s skipped: VAPI_API_KEY / VAPI_PHONE_NUMBER_ID not configured", subject)
        return {"agent": "not_configured"}
    if ctx.step_state == "placing":
        return failed("unknown", "an earlier attempt asked VAPI and stopped before the answer; not retried to avoid calling twice")
    record = registry.get_record(subject, private=True) or {}
    analysis = record.get("analysis") or {}
    transcript = payload.get("text") or record.get("_transcript") or record.get("_body") or ""

    limiter = safety.CallLimiter(ctx.store, settings)
    try:
        number = safety.check_number(record.get("_callback_number"), transcript, settings)
        slot = limiter.reserve(number, token=ctx.task.dedup_id)
    except safety.Refusal as refusal:
        return failed("refused", refusal.reason, rule=refusal.rule)
    persona = choose_persona(analysis.get("impersonated_company"), analysis.get("scam_type"), settings.vapi_assistants)
    label = persona.name if persona.assistant_id else f"Built-in {persona.family.replace('_', ' ')} victim"
    mapping = {"subject": subject, "persona": persona.key, "persona_name": persona.name, "label": label,
               "number_tag": slot.number_tag, "channel": channel}
    ctx.mark_step("placing", [("set", subject_map_key(subject), json.dumps(mapping), "ex", CALL_MAP_SECONDS)])
    checkpoint("agent.before_request")
    try:
        call = create_call(settings, call_body(settings, persona, number, subject, analysis),
                           timeout=ctx.deadline.cap(settings.vapi_timeout_seconds, floor=1.0))
    except DependencyError:
        limiter.release(slot)
        ctx.store.execute("hdel", steps_key(subject), ctx.step)  # nothing placed: the retry may place it
        raise
    except VapiRejected as exc:
        limiter.release(slot)
        return failed("failed", exc.message)
    except VapiUncertain as exc:
        return failed("unknown", f"{exc.message}; not retried to avoid calling twice")
    checkpoint("agent.after_request")
    agent = {
        "status": "started", "call_id": call["id"], "persona": persona.key, "persona_name": persona.name,
        "assistant_id": persona.assistant_id, "target": mask_phone(number),
    }
    pending = bus.prepare("vapi_call_started", {
        id_field: subject, "agentCallId": call["id"], "persona": persona.name, "company": analysis.get("impersonated_company"),
        "target": mask_phone(number),
    })
    alert = new_task("send_notifications", {"subject": subject, "alert": "agent_call_started",
                                            "channel": channel, "variant": "started"})
    ctx.commit(registry.update_record_commands(subject, {"agent": agent})
               + [("set", call_map_key(call["id"]), json.dumps(mapping), "ex", CALL_MAP_SECONDS)]
               + pending.commands, tasks=[alert], result={"agent": "started", "call_id": call["id"]})
    logger.info("agent call %s placed for %s as %s", call["id"], subject, persona.key)
    return {"agent": "started", "call_id": call["id"]}
