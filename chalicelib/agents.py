"""The scam-baiting agent's VAPI side: the CreateCall request, and VAPI's reports.

Placing the call is the pipeline's ``agent`` step (:mod:`chalicelib.pipeline.agent`);
this module speaks VAPI. :func:`create_call` sorts failures by what a retry would do:

* VAPI unreachable, 429 or 5xx → :class:`DependencyError`: the call was not placed;
* VAPI refused the request (4xx) → :class:`VapiRejected`;
* the request timed out after it was sent → :class:`VapiUncertain`: VAPI may have
  placed the call; a second call to a scammer is worse than a missed one.

``handle_vapi_message`` takes VAPI's server messages: ``status-update`` becomes a
``vapi_call_status`` event; ``end-of-call-report`` (sent once, but may be resent)
is validated first, then applied exactly once — record, leaderboard,
``vapi_call_ended``, the alert task — in one atomic Redis step, and frees the
number for later calls. A report is matched to its call by VAPI's call id, or by
the ``metadata.subject`` we sent (the map by subject is written before VAPI is
asked, so a report always finds its call even if Redis failed after VAPI placed it).
"""

from __future__ import annotations

import json
import logging
import math
import time
from datetime import datetime, timezone
from typing import Any

from chalicelib import campaigns, history, safety
from chalicelib.errors import DependencyError, RequestError, VapiRejected, VapiUncertain
from chalicelib.events import EventBus
from chalicelib.idempotency import Idempotency
from chalicelib.personas import Persona
from chalicelib.recordings import remember_agent_recording
from chalicelib.redaction import redact_text
from chalicelib.settings import Settings
from chalicelib.store import Store
from chalicelib.tasks import TaskSink, new_task

logger = logging.getLogger(__name__)

STATS_KEY = "hl:agents:stats"
NAMES_KEY = "hl:agents:names"
CALL_MAP_SECONDS = 3 * 86_400
REPORT_CLAIM_SECONDS = 7 * 86_400
EXCERPT_CHARS = 500
# An end-of-call report carries the transcript and messages of a call of up to ~30 min:
# a few hundred KB at most. Anything larger is refused (413) before it is parsed.
MAX_MESSAGE_BYTES = 1024 * 1024
MAX_CALL_SECONDS = 86_400  # a report's duration is clamped to 0..one day
# The only server messages we handle: VAPI sends nothing else (each message is a request to us).
SERVER_MESSAGES = ["status-update", "end-of-call-report"]


def call_map_key(call_id: str) -> str:
    return f"hl:agent:call:{call_id}"


def subject_map_key(subject: str) -> str:
    """The agent call of a call/message, written before VAPI is asked."""
    return f"hl:agent:subject:{subject}"


# ------------------------------------------------------------------------- VAPI
def create_call(settings: Settings, body: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
    """``POST {VAPI_BASE_URL}/call``; returns VAPI's call object. ``timeout``: the caller's budget."""
    import httpx

    from chalicelib.outbound import http_client

    seconds = min(settings.vapi_timeout_seconds, timeout or settings.vapi_timeout_seconds)
    timeout_config = httpx.Timeout(seconds, connect=min(5.0, seconds))
    try:
        response = http_client("vapi", reconnect=False).post(
            f"{settings.vapi_base_url}/call",
            json=body,
            headers={"Authorization": f"Bearer {settings.vapi_api_key}"},
            timeout=timeout_config,
        )
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise DependencyError(f"VAPI unreachable: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise VapiUncertain(f"VAPI did not answer within {seconds:g} s") from exc
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


def find_call(settings: Settings, subject: str, since: str, *, timeout: float) -> dict[str, Any] | None:
    """The call we asked VAPI to place for ``subject`` since ``since`` (ISO-8601), if VAPI has it.

    ``GET {VAPI_BASE_URL}/call?phoneNumberId=&createdAtGe=&limit=`` (VAPI's List Calls, as in
    VapiAI's server SDKs); each Call carries the ``assistantOverrides.metadata`` we sent.
    """
    import httpx

    from chalicelib.outbound import http_client

    try:
        response = http_client("vapi", reconnect=False).get(
            f"{settings.vapi_base_url}/call",
            params={"phoneNumberId": settings.vapi_phone_number_id or "", "createdAtGe": since, "limit": 100},
            headers={"Authorization": f"Bearer {settings.vapi_api_key}"}, timeout=timeout)
    except httpx.HTTPError as exc:
        raise DependencyError(f"VAPI unreachable while looking for an earlier call: {exc}") from exc
    if response.status_code >= 300:
        raise DependencyError(f"VAPI answered HTTP {response.status_code} to List Calls")
    try:
        calls = response.json()
    except ValueError:
        calls = None
    if not isinstance(calls, list):
        raise DependencyError("VAPI's List Calls answer is not a list")
    for call in calls:
        if isinstance(call, dict) and isinstance(call.get("id"), str) and _metadata_subject(call) == subject:
            return call
    return None


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
    # MP3 (VAPI's default is WAV, ~1 MB a minute): a half-hour call still fits the 4.4 MB the
    # dashboard's /api/agent-recordings can relay through Lambda. Source: VAPI's ArtifactPlan
    # schema ("recordingFormat": "wav;l16" | "mp3") and its call-recording docs.
    overrides: dict[str, Any] = {"metadata": metadata, "serverMessages": SERVER_MESSAGES,
                                 "artifactPlan": {"recordingEnabled": True, "recordingFormat": "mp3"}}
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


# ------------------------------------------------------------ VAPI messages
def _finite_seconds(value: Any) -> float | None:
    """A duration VAPI sent, if it is a real number; clamped to 0..one day (NaN, inf, 1e300 handled)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    if math.isnan(value):
        return None
    return min(float(MAX_CALL_SECONDS), max(0.0, value))


def _timestamp(value: Any) -> datetime | None:
    """An ISO-8601 timestamp; a naive one is taken as UTC; anything else is ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def call_seconds(message: dict[str, Any]) -> float:
    """The call's length from ``durationSeconds`` (report or call), else ``endedAt - startedAt``; 0 if unknown."""
    call = message.get("call") if isinstance(message.get("call"), dict) else {}
    for holder in (message, call):
        seconds = _finite_seconds(holder.get("durationSeconds"))
        if seconds is not None:
            return seconds
    for holder in (message, call):
        started, ended = _timestamp(holder.get("startedAt")), _timestamp(holder.get("endedAt"))
        if started and ended:
            return min(float(MAX_CALL_SECONDS), max(0.0, (ended - started).total_seconds()))
    return 0.0


def _metadata_subject(call: dict[str, Any]) -> str | None:
    """The ``subject`` of the metadata we sent with the call (VAPI echoes the call object back)."""
    for holder in (call.get("assistantOverrides"), call):
        metadata = holder.get("metadata") if isinstance(holder, dict) else None
        if isinstance(metadata, dict) and metadata.get("honeyline") and isinstance(metadata.get("subject"), str):
            return metadata["subject"]
    return None


def _call_mapping(store: Store, call: dict[str, Any]) -> dict[str, Any] | None:
    """Our record of an agent call: by VAPI's id, else by the subject in the metadata we sent."""
    subject = _metadata_subject(call)
    keys = [call_map_key(call["id"])] + ([subject_map_key(subject)] if subject else [])
    for raw in store.execute("mget", *keys):
        if raw:
            try:
                mapping = json.loads(raw)
            except ValueError:
                continue
            if isinstance(mapping, dict) and isinstance(mapping.get("subject"), str):
                return mapping
    return None


def handle_vapi_message(body: Any, settings: Settings, store: Store, sink: TaskSink) -> dict[str, Any]:
    """Apply one VAPI server message; unknown types and calls are acknowledged and ignored."""
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise RequestError('expected {"message": {"type": ...}}')
    kind = message["type"]
    if kind not in SERVER_MESSAGES:
        return {"ignored": kind}
    call = message.get("call")
    if not isinstance(call, dict) or not isinstance(call.get("id"), str) or not call["id"]:
        raise RequestError(f"{kind} without call.id")
    mapping = _call_mapping(store, call)
    if mapping is None:
        return {"ignored": "not a Honeyline agent call"}
    bus = EventBus(store, settings)
    from chalicelib.calls import CallRegistry

    registry = CallRegistry(store, settings)
    subject = mapping["subject"]
    id_field = "callSid" if mapping.get("channel", "call") == "call" else "messageSid"
    if kind == "status-update":
        status = str(message.get("status") or "unknown")[:40]
        pending = bus.prepare("vapi_call_status", {id_field: subject, "agentCallId": call["id"], "status": status})
        store.pipeline(registry.update_record_commands(subject, {"agent_status": status}) + pending.commands)
        return {"status": status}

    # Everything is validated and computed before the one atomic write below.
    seconds = call_seconds(message)
    success = seconds >= settings.agent_success_seconds
    analysis = message.get("analysis") if isinstance(message.get("analysis"), dict) else {}
    artifact = message.get("artifact") if isinstance(message.get("artifact"), dict) else {}
    transcript = artifact.get("transcript") or message.get("transcript") or ""
    # Issue 12: judge the callee on their own words; the full intelligence stays private.
    # The analyzer compiles its patterns at import (over 100 ms): load it only for a report.
    from chalicelib.analysis.conversation import judge_conversation, public_view

    judged = judge_conversation(str(transcript), artifact.get("messages"))
    shown = public_view(judged)
    result = {
        "duration_seconds": round(seconds),
        "ended_reason": str(message.get("endedReason") or call.get("endedReason") or "unknown")[:100],
        "success": success, "summary": redact_text(str(analysis.get("summary") or message.get("summary") or ""))[:1000],
        "transcript_excerpt": redact_text(str(transcript))[:EXCERPT_CHARS],
        "verdict": shown["verdict"], "scam_confidence": shown["confidence"], "intelligence": shown["intelligence"],
    }
    persona = mapping["persona"]
    pending = bus.prepare("vapi_call_ended", {id_field: subject, "agentCallId": call["id"], "persona": mapping.get("persona_name"),
                                              "duration": result["duration_seconds"], "endedReason": result["ended_reason"],
                                              "success": success, "summary": result["summary"],
                                              "transcriptExcerpt": result["transcript_excerpt"],
                                              "verdict": result["verdict"], "intelligence": result["intelligence"]})
    entry = {"subject": subject, "channel": mapping.get("channel", "call"), "agentCallId": call["id"],
             "agent": mapping.get("label"), "persona": mapping.get("persona_name"), "ts": int(time.time() * 1000),
             "duration": result["duration_seconds"], "success": success, "endedReason": result["ended_reason"],
             "summary": result["summary"], "transcriptExcerpt": result["transcript_excerpt"],
             "verdict": result["verdict"], "intelligence": result["intelligence"],
             "recording": bool(remember_agent_recording(call["id"], message, settings))}
    alert = new_task("send_notifications", {"subject": subject, "alert": "agent_call_ended",
                                            "channel": mapping.get("channel", "call"), "variant": "ended"})
    applied = Idempotency(store).once(f"hl:vapi:report:{call['id']}", [
        *history.append_commands(history.RECENT_AGENT_CALLS, entry, settings.call_retention_days * 86_400),
        *history.count_commands({"agent_calls": 1, "agent_successes": int(success), "agent_seconds": round(seconds)}),
        *registry.update_record_commands(subject, {"agent_result": result, "agent_status": "ended",
                                                   "_agent_intelligence": judged["intelligence"]}),
        ("hincrby", STATS_KEY, f"{persona}|calls", 1),
        ("hincrby", STATS_KEY, f"{persona}|seconds", round(seconds)),
        ("hincrby", STATS_KEY, f"{persona}|successes", int(success)),
        ("hset", NAMES_KEY, persona, mapping.get("label") or persona),
        *safety.CallLimiter.call_ended_commands(mapping["number_tag"]),
        *remember_agent_recording(call["id"], message, settings),
        *campaigns.agent_report_commands(store, settings, subject, seconds=seconds, success=success,
                                         ended_reason=result["ended_reason"], intelligence=judged["intelligence"]),
        *pending.commands,
        *sink.commands([alert]),
    ], ttl=REPORT_CLAIM_SECONDS)
    if not applied.ours:
        return {"duplicate": True}
    sink.flush([alert])
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
