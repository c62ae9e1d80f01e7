"""Running one task exactly once, and reading QStash deliveries.

Every task (QStash delivery, inline run, relay) goes through :func:`run_task`:

1. claim ``hl:task:<task id>`` for the run's remaining time (same round trip:
   the call's step state, and a peek at the outbox for the relay);
2. done already → answer ``duplicate`` with the stored result; claimed by a live
   run → :class:`~chalicelib.errors.TaskBusy` (409: QStash retries later);
3. the call's step is done already → complete with ``skipped`` and the reason;
4. run the step, which commits its effects and follow-ups atomically
   (:meth:`Context.commit`); a failure releases the claim so the retry runs now;
5. hand the follow-ups on (:meth:`Outbox.flush`) and relay what the outbox held.

Adding a step: a module with ``run(ctx) -> dict``, one line in :data:`STEPS` and
its payload schema in :mod:`chalicelib.tasks`.
"""

from __future__ import annotations

import base64
import json
import logging
from typing import TYPE_CHECKING, Any, Callable, Mapping

from chalicelib.errors import HoneylineError, NonRetryableTaskError, TaskBusy
from chalicelib.faults import checkpoint
from chalicelib.idempotency import Idempotency, claim_seconds
from chalicelib.pipeline import agent, alerts, analysis, sms, transcript
from chalicelib.pipeline.context import Context, step_name, steps_key
from chalicelib.pipeline.outbox import dead_letter_commands, remove_commands
from chalicelib.redaction import redact_text
from chalicelib.store import best_effort
from chalicelib.tasks import MAX_PAYLOAD_BYTES, Task, parse_task

if TYPE_CHECKING:  # pragma: no cover
    from chalicelib.pipeline import Pipeline

logger = logging.getLogger(__name__)

STEPS: dict[str, Callable[[Context], dict[str, Any]]] = {
    "process_transcription": transcript.run,
    "process_sms": sms.run,
    "analyze_scam": analysis.run,
    "trigger_vapi_call": agent.run,
    "send_notifications": alerts.run,
}


def task_key(task: Task) -> str:
    return f"hl:task:{task.dedup_id}"


def run_task(task: Task, pipeline: "Pipeline") -> dict[str, Any]:
    """Run one task exactly once (see the module docstring)."""
    store, outbox = pipeline.store, pipeline.outbox
    step = step_name(task)
    claim = Idempotency(store).claim(
        task_key(task), ttl=claim_seconds(pipeline.lambda_context),
        commands=[("hget", steps_key(task.subject), step), outbox.peek_command()],
    )
    if claim.outcome == "done":
        logger.info("task %s already done: duplicate delivery ignored", task.dedup_id)
        # A leftover entry would be handed on again and again by the relay (rare: one write).
        best_effort("drop a done task's outbox entry", store.pipeline, remove_commands([task.dedup_id]))
        pipeline.relay_later(claim.replies[1] if len(claim.replies) > 1 else None)
        return {"status": "duplicate", "task": task.type, "result": claim.result}
    if claim.outcome == "busy":
        raise TaskBusy(f"task {task.dedup_id} is being processed by another delivery")
    state, peeked = (claim.replies + [None, None])[:2]
    ctx = Context(task, pipeline.settings, store, outbox, pipeline.deadline, claim, step_state=state)
    try:
        checkpoint("task.after_claim")
        if state == "done":
            result: dict[str, Any] = {"skipped": f"{step} already done for {task.subject}"}
            ctx.commit(result=result, step_state=None)
        else:
            result = STEPS[task.type](ctx)
            if ctx.completed is None:
                ctx.commit(result=result, step_state=None)
    except Exception as exc:
        if ctx.completed is None:
            best_effort("release task claim", Idempotency(store).release, claim)
        best_effort("publish task_failed", ctx.bus.publish, "task_failed", {
            "task": task.type, "subject": task.subject, "error": _describe(exc),
            "final": isinstance(exc, NonRetryableTaskError),
        })
        raise
    if ctx.completed is not None and not ctx.completed.ours:
        return {"status": "duplicate", "task": task.type, "result": ctx.completed.result}
    checkpoint("task.after_commit")
    outbox.flush(ctx.follow_ups)
    pipeline.relay_later(peeked, exclude=[task.dedup_id, *outbox.handed_on])
    return {"status": "done", "task": task.type, **(result or {})}


def handle_delivery(raw_body: bytes | None, query: Mapping[str, str], pipeline: "Pipeline") -> dict[str, Any]:
    """A QStash delivery (already signature-checked): a task, or a failure callback."""
    raw = raw_body or b""
    if len(raw) > MAX_PAYLOAD_BYTES:
        raise NonRetryableTaskError(f"body is {len(raw)} bytes; the limit is {MAX_PAYLOAD_BYTES}")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NonRetryableTaskError(f"body is not JSON: {exc}") from exc
    if query.get("callback") == "failure":
        return record_dead_task(body, pipeline)
    return run_task(parse_task(body), pipeline)


def record_dead_task(callback: Any, pipeline: "Pipeline") -> dict[str, Any]:
    """QStash gave up on a message: keep it for the operator and tell the dashboard (once per message)."""
    if not isinstance(callback, dict) or "sourceBody" not in callback:
        raise NonRetryableTaskError("failure callback without sourceBody")
    try:
        source = json.loads(base64.b64decode(callback["sourceBody"]).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise NonRetryableTaskError(f"failure callback with an unreadable sourceBody: {exc}") from exc
    task = source.get("task") if isinstance(source, dict) else None
    payload = source.get("payload") if isinstance(source, dict) else None
    subject = next((str(payload[k]) for k in ("call_sid", "message_sid", "subject")
                    if isinstance(payload, dict) and k in payload), "")
    dead = {
        "task": task, "subject": subject, "status": callback.get("status"),
        "retried": callback.get("retried"), "message_id": callback.get("sourceMessageId"),
        "response": redact_text(_decode_text(callback.get("body"))[:500]),
    }
    try:
        task_id: str | None = parse_task(source).dedup_id
    except NonRetryableTaskError:
        task_id = None
    key = f"hl:dead:{dead['message_id'] or subject}"
    # Once per message; its outbox entry goes too, so the relay does not bring a dead task back.
    applied = Idempotency(pipeline.store).once(key, dead_letter_commands(pipeline.store, pipeline.settings, dead, task_id))
    if applied.ours:
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
