"""The scam-baiting agent: place the VAPI call back, and take VAPI's reports in.

``place_agent_call`` is the ``trigger_vapi_call`` task: it checks the safety rules
(:mod:`chalicelib.safety`), picks a persona (:mod:`chalicelib.personas`) and asks
VAPI to call the extracted callback number — never the caller ID. Failures are
sorted by what a retry would do:

* VAPI unreachable, 429 or 5xx → the call was not placed: give the slot back and
  raise (QStash retries the task);
* VAPI refused the request (4xx) → record ``vapi_call_failed`` with its reason;
* the request timed out after it was sent → VAPI may have placed the call, so it
  is recorded as failed and *not* retried: a second call to a scammer is worse
  than a missed one.

``handle_vapi_message`` takes VAPI's server messages: ``status-update`` becomes a
``vapi_call_status`` event; ``end-of-call-report`` (sent once, but may be resent)
is applied exactly once — record, leaderboard, ``vapi_call_ended`` — in one atomic
Redis step, and frees the number for later calls.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from chalicelib import history, safety
from chalicelib.errors import DependencyError, RequestError
from chalicelib.events import EventBus
from chalicelib.personas import Persona, choose_persona
from chalicelib.recordings import remember_agent_recording
from chalicelib.redaction import mask_phone, redact_text
from chalicelib.settings import Settings
from chalicelib.store import Store
from chalicelib.tasks import Queue, new_task

if TYPE_CHECKING:  # pragma: no cover
    from chalicelib.worker import Context

logger = logging.getLogger(__name__)

STATS_KEY = "hl:agents:stats"
NAMES_KEY = "hl:agents:names"
CALL_MAP_SECONDS = 3 * 86_400
REPORT_CLAIM_SECONDS = 7 * 86_400
EXCERPT_CHARS = 500
# An end-of-call report carries the transcript and messages of a call of up to ~30 min:
# a few hundred KB at most. Anything larger is refused (413) before it is parsed.
MAX_MESSAGE_BYTES = 1024 * 1024


class VapiRejected(Exception):
    """VAPI answered 4xx: the request itself is wrong; retrying will not help."""


class VapiUncertain(Exception):
    """The request was sent but no answer came: the call may exist."""


_http_lock = threading.Lock()
_http: Any = None


def _client() -> Any:
    """One keep-alive HTTP client per container: a warm Lambda reuses VAPI's TLS connection."""
    global _http
    import httpx

    with _http_lock:
        if _http is None:
            _http = httpx.Client()
    return _http


def call_map_key(call_id: str) -> str:
    return f"hl:agent:call:{call_id}"


# ------------------------------------------------------------------------- VAPI
def create_call(settings: Settings, body: dict[str, Any]) -> dict[str, Any]:
    """``POST {VAPI_BASE_URL}/call``; returns VAPI's call object."""
    import httpx

    timeout = httpx.Timeout(settings.vapi_timeout_seconds, connect=min(5.0, settings.vapi_timeout_seconds))
    try:
        response = _client().post(
            f"{settings.vapi_base_url}/call",
            json=body,
            headers={"Authorization": f"Bearer {settings.vapi_api_key}"},
            timeout=timeout,
        )
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise DependencyError(f"VAPI unreachable: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise VapiUncertain(f"VAPI did not answer within {settings.vapi_timeout_seconds:g} s") from exc
    except httpx.HTTPError as exc:
        raise DependencyError(f"VAPI request failed: {exc}") from exc
    if response.status_code == 429 or response.status_code >= 500:
        raise DependencyError(f"VAPI answered HTTP {response.status_code}")
    if response.status_code >= 400:
        raise VapiRejected(f"VAPI refused the call: HTTP {response.status_code} {response.text[:200]}")
    try:
        call = response.json()
    except ValueError:
        call = {}
    if not isinstance(call, dict) or not call.get("id"):
        raise VapiUncertain("VAPI answered without a call id")
    return call


def call_body(settings: Settings, persona: Persona, number: str, subject: str, analysis: dict[str, Any]) -> dict[str, Any]:
    """The CreateCall request: our number, the scammer's number, the persona, our metadata."""
    metadata = {
        "honeyline": True,
        "subject": subject,
        "scamType": analysis.get("scam_type"),
        "confidence": analysis.get("confidence"),
        "company": analysis.get("impersonated_company"),
        "persona": persona.key,
    }
    overrides: dict[str, Any] = {"metadata": metadata}
    if settings.public_base_url:
        server: dict[str, Any] = {"url": f"{settings.public_base_url}/api/vapi-webhook"}
        if settings.vapi_webhook_secret:
            server["headers"] = {"X-Vapi-Secret": settings.vapi_webhook_secret}
        overrides["server"] = server
    body: dict[str, Any] = {
        "name": f"Honeyline {subject}"[:40],
        "phoneNumberId": settings.vapi_phone_number_id,
        "customer": {"number": number},
        "assistantOverrides": overrides,
    }
    if persona.assistant_id:
        body["assistantId"] = persona.assistant_id
    else:
        body["assistant"] = persona.assistant(analysis.get("impersonated_company"))
    return body


# ------------------------------------------------------------------ the task
def place_agent_call(ctx: "Context") -> dict[str, Any]:
    settings, store, subject = ctx.settings, ctx.store, ctx.task.payload["subject"]
    registry, bus = ctx.registry, ctx.bus
    id_field = "callSid" if ctx.task.payload.get("channel", "call") == "call" else "messageSid"
    if not (settings.vapi_api_key and settings.vapi_phone_number_id):
        registry.update_record(subject, {"agent": {"status": "not_configured"}})
        logger.info("agent call for %s skipped: VAPI_API_KEY / VAPI_PHONE_NUMBER_ID not configured", subject)
        return {"agent": "not_configured"}
    record = registry.get_record(subject, private=True) or {}
    analysis = record.get("analysis") or {}
    transcript = record.get("_transcript") or record.get("_body") or ""

    def failed(status: str, reason: str, **extra: Any) -> dict[str, Any]:
        pending = bus.prepare("vapi_call_failed", {id_field: subject, "reason": reason, **extra})
        store.pipeline(registry.update_record_commands(subject, {"agent": {"status": status, "reason": reason, **extra}}) + pending.commands)
        logger.warning("agent call for %s not placed: %s", subject, reason)
        return {"agent": status, "reason": reason}

    limiter = safety.CallLimiter(store, settings)
    try:
        number = safety.check_number(record.get("_callback_number"), transcript, settings)
        slot = limiter.reserve(number)
    except safety.Refusal as refusal:
        # agent_refused: a safety rule said no (as opposed to VAPI failing); shown with its reason.
        return failed("refused", refusal.reason, rule=refusal.rule, agent_refused=True)
    persona = choose_persona(analysis.get("impersonated_company"), analysis.get("scam_type"), settings.vapi_assistants)
    try:
        call = create_call(settings, call_body(settings, persona, number, subject, analysis))
    except DependencyError:
        limiter.release(slot)
        raise
    except VapiRejected as exc:
        limiter.release(slot)
        return failed("failed", str(exc))
    except VapiUncertain as exc:
        return failed("unknown", f"{exc}; not retried to avoid calling twice")
    agent = {
        "status": "started", "call_id": call["id"], "persona": persona.key, "persona_name": persona.name,
        "assistant_id": persona.assistant_id, "target": mask_phone(number),
    }
    pending = bus.prepare("vapi_call_started", {
        id_field: subject, "agentCallId": call["id"], "persona": persona.name, "company": analysis.get("impersonated_company"),
        "target": mask_phone(number),
    })
    label = persona.name if persona.assistant_id else f"Built-in {persona.family.replace('_', ' ')} victim"
    mapping = {"subject": subject, "persona": persona.key, "persona_name": persona.name, "label": label,
               "number_tag": slot.number_tag, "channel": ctx.task.payload.get("channel", "call")}
    store.pipeline(
        registry.update_record_commands(subject, {"agent": agent})
        + [("set", call_map_key(call["id"]), json.dumps(mapping), "ex", CALL_MAP_SECONDS)]
        + pending.commands
    )
    ctx.queue.enqueue(new_task("send_notifications", {"subject": subject, "alert": "agent_call_started",
                                                      "channel": mapping["channel"], "variant": "started"}))
    logger.info("agent call %s placed for %s as %s", call["id"], subject, persona.key)
    return {"agent": "started", "call_id": call["id"]}


# ------------------------------------------------------------ VAPI messages
def _seconds(message: dict[str, Any]) -> float:
    for holder in (message, message.get("call") or {}):
        if isinstance(holder.get("durationSeconds"), (int, float)):
            return float(holder["durationSeconds"])
    started, ended = message.get("startedAt"), message.get("endedAt")
    try:
        span = datetime.fromisoformat(str(ended).replace("Z", "+00:00")) - datetime.fromisoformat(str(started).replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    return max(0.0, span.total_seconds())


def handle_vapi_message(body: Any, settings: Settings, store: Store, queue: Queue) -> dict[str, Any]:
    """Apply one VAPI server message; unknown types and calls are acknowledged and ignored."""
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise RequestError('expected {"message": {"type": ...}}')
    kind = message["type"]
    if kind not in ("status-update", "end-of-call-report"):
        return {"ignored": kind}
    call = message.get("call")
    if not isinstance(call, dict) or not isinstance(call.get("id"), str):
        raise RequestError(f"{kind} without call.id")
    raw = store.execute("get", call_map_key(call["id"]))
    if raw is None:
        return {"ignored": "not a Honeyline agent call"}
    mapping = json.loads(raw)
    bus = EventBus(store, settings)
    from chalicelib.calls import CallRegistry

    registry = CallRegistry(store, settings)
    subject = mapping["subject"]
    id_field = "callSid" if mapping.get("channel", "call") == "call" else "messageSid"
    if kind == "status-update":
        status = str(message.get("status") or "unknown")
        pending = bus.prepare("vapi_call_status", {id_field: subject, "agentCallId": call["id"], "status": status})
        store.pipeline(registry.update_record_commands(subject, {"agent_status": status}) + pending.commands)
        return {"status": status}

    seconds = _seconds(message)
    success = seconds >= settings.agent_success_seconds
    analysis = message.get("analysis") if isinstance(message.get("analysis"), dict) else {}
    artifact = message.get("artifact") if isinstance(message.get("artifact"), dict) else {}
    transcript = artifact.get("transcript") or message.get("transcript") or ""
    result = {
        "duration_seconds": round(seconds), "ended_reason": str(message.get("endedReason") or call.get("endedReason") or "unknown"),
        "success": success, "summary": redact_text(str(analysis.get("summary") or message.get("summary") or ""))[:1000],
        "transcript_excerpt": redact_text(str(transcript))[:EXCERPT_CHARS],
    }
    persona = mapping["persona"]
    pending = bus.prepare("vapi_call_ended", {id_field: subject, "agentCallId": call["id"], "persona": mapping.get("persona_name"),
                                              "duration": result["duration_seconds"], "endedReason": result["ended_reason"],
                                              "success": success, "summary": result["summary"],
                                              "transcriptExcerpt": result["transcript_excerpt"]})
    entry = {"subject": subject, "channel": mapping.get("channel", "call"), "agentCallId": call["id"],
             "agent": mapping.get("label"), "persona": mapping.get("persona_name"), "ts": int(time.time() * 1000),
             "duration": result["duration_seconds"], "success": success, "endedReason": result["ended_reason"],
             "summary": result["summary"], "transcriptExcerpt": result["transcript_excerpt"],
             "recording": bool(remember_agent_recording(call["id"], message, settings))}
    applied = store.claim_then(f"hl:vapi:report:{call['id']}", REPORT_CLAIM_SECONDS, [
        *history.append_commands(history.RECENT_AGENT_CALLS, entry, settings.call_retention_days * 86_400),
        *history.count_commands({"agent_calls": 1, "agent_successes": int(success), "agent_seconds": round(seconds)}),
        *registry.update_record_commands(subject, {"agent_result": result, "agent_status": "ended"}),
        ("hincrby", STATS_KEY, f"{persona}|calls", 1),
        ("hincrby", STATS_KEY, f"{persona}|seconds", round(seconds)),
        ("hincrby", STATS_KEY, f"{persona}|successes", int(success)),
        ("hset", NAMES_KEY, persona, mapping.get("label") or persona),
        *safety.CallLimiter.call_ended_commands(mapping["number_tag"]),
        *remember_agent_recording(call["id"], message, settings),
        *pending.commands,
    ])
    if applied is None:
        return {"duplicate": True}
    queue.enqueue(new_task("send_notifications", {"subject": subject, "alert": "agent_call_ended",
                                                  "channel": mapping.get("channel", "call"), "variant": "ended"}))
    return {"recorded": True, "success": success}


def leaderboard(stats: list[Any] | None, names: list[Any] | None) -> list[dict[str, Any]]:
    """Per-agent calls, minutes, successes, average duration and success rate from two HGETALLs."""
    flat = stats or []
    totals: dict[str, dict[str, int]] = {}
    for field_name, value in zip(flat[::2], flat[1::2]):
        persona, _, metric = str(field_name).rpartition("|")
        totals.setdefault(persona, {})[metric] = int(value)
    display = dict(zip((names or [])[::2], (names or [])[1::2]))
    rows = []
    for persona, t in totals.items():
        calls, seconds, successes = t.get("calls", 0), t.get("seconds", 0), t.get("successes", 0)
        rows.append({
            "agent": persona, "name": display.get(persona, persona), "calls": calls, "minutes": round(seconds / 60, 1),
            "successes": successes, "avg_duration_seconds": round(seconds / calls) if calls else 0,
            "success_rate": round(successes / calls, 3) if calls else 0.0,
        })
    return sorted(rows, key=lambda r: (r["successes"], r["minutes"]), reverse=True)
