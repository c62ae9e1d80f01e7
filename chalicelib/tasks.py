"""Background tasks: what they look like, validated on both ends.

A task is ``{"task": <type>, "payload": {...}}`` (seed task types below) with a
deterministic id (:attr:`Task.dedup_id`): QStash's deduplication id, the worker's
claim and the outbox entry are all that one id, so a task published twice, relayed
twice or delivered twice has its effects once. How tasks travel (outbox, QStash,
inline, relay) is :mod:`chalicelib.pipeline`'s business.

Payloads stay small: ids plus what the next step needs (the SMS body and the
transcript travel in the task, so a Redis blip cannot lose them).
"""

from __future__ import annotations

from typing import Any, Protocol, Sequence

from chalicelib.errors import NonRetryableTaskError
from chalicelib.records import Record
from chalicelib.store.base import Command

WORKER_PATH = "/api/process-transcription"
MAX_PAYLOAD_BYTES = 32 * 1024

# Required payload fields per task type, and the field naming the task's subject.
_SCHEMA: dict[str, tuple[tuple[str, ...], str]] = {
    "process_transcription": (("call_sid",), "call_sid"),
    "process_sms": (("message_sid", "body"), "message_sid"),
    "analyze_scam": (("subject", "channel", "text"), "subject"),
    "trigger_vapi_call": (("subject",), "subject"),
    "send_notifications": (("subject", "alert"), "subject"),
}
TASK_TYPES = frozenset(_SCHEMA)
CHANNELS = ("call", "sms")
# Optional payload fields and their types, checked on every delivery.
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "variant": str, "attempt": int, "transcribe_job": str, "transcription_text": str, "recording_url": str,
    "recording_sid": str, "transcription_sid": str, "recording_duration": int, "channel": str,
    "text": str, "retry": int,
}


class Task(Record):
    """One task: its type, its payload, and how long to wait before running it."""

    __slots__ = ("type", "payload", "delay_seconds")
    type: str
    payload: dict[str, Any]
    delay_seconds: int

    def __init__(self, type: str, payload: dict[str, Any], delay_seconds: int = 0) -> None:
        super().__init__(type=type, payload=payload, delay_seconds=delay_seconds)

    @property
    def subject(self) -> str:
        return str(self.payload[_SCHEMA[self.type][1]])

    @property
    def dedup_id(self) -> str:
        """One id per (task, subject, variant): a redelivery or a retried publish collapses onto it."""
        variant = self.payload.get("variant")
        parts = [self.type, self.subject] + ([str(variant)] if variant else [])
        # QStash accepts [A-Za-z0-9_.-] in deduplication ids.
        return ".".join(parts).replace(":", "_")

    def to_body(self) -> dict[str, Any]:
        return {"task": self.type, "payload": self.payload}


def parse_task(body: Any) -> Task:
    """Validate a delivery body; anything malformed is non-retryable (489)."""
    if not isinstance(body, dict) or set(body) - {"task", "payload"}:
        raise NonRetryableTaskError('expected {"task": <type>, "payload": {...}}')
    task_type, payload = body.get("task"), body.get("payload")
    if task_type not in TASK_TYPES:
        raise NonRetryableTaskError(f"unknown task {str(task_type)[:40]!r}")
    if not isinstance(payload, dict):
        raise NonRetryableTaskError(f"{task_type}: payload must be an object")
    required, _ = _SCHEMA[task_type]
    missing = [name for name in required if not isinstance(payload.get(name), str) or not payload[name]]
    if missing:
        raise NonRetryableTaskError(f"{task_type}: payload is missing {', '.join(missing)}")
    wrong = [name for name, kind in _OPTIONAL.items()
             if name in payload and (not isinstance(payload[name], kind) or isinstance(payload[name], bool))]
    if wrong:
        raise NonRetryableTaskError(f"{task_type}: payload has malformed {', '.join(wrong)}")
    if "channel" in payload and payload["channel"] not in CHANNELS:
        raise NonRetryableTaskError(f"{task_type}: unknown channel {str(payload['channel'])[:20]!r} (expected call or sms)")
    return Task(task_type, payload)


def new_task(task_type: str, payload: dict[str, Any], *, delay_seconds: int = 0) -> Task:
    """Build and validate a task on the sending side (a bad task is a bug: fail loudly here)."""
    task = parse_task({"task": task_type, "payload": payload})
    return Task(task.type, task.payload, delay_seconds)


class TaskSink(Protocol):
    """Where a step's follow-up tasks go: the pipeline's outbox (:mod:`chalicelib.pipeline.outbox`).

    ``commands`` are the outbox writes a caller commits atomically with its own writes;
    ``flush`` then hands the tasks on (QStash, or inline) within the request's budget.
    Whatever ``flush`` cannot hand on stays in the outbox for the relay.
    """

    def commands(self, tasks: Sequence[Task]) -> list[Command]: ...

    def flush(self, tasks: Sequence[Task]) -> bool:
        """Hand ``tasks`` on now; ``False`` when some could not be (they wait in the outbox)."""

    def peek_command(self) -> Command:
        """A command, batched into the caller's commit, whose reply lists outbox entries to relay."""

    def relay_later(self, peeked: Any, *, exclude: Sequence[str] = ()) -> None:
        """Relay what ``peeked`` found, if the request's budget allows."""
