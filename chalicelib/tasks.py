"""Background tasks: what they look like, and the queues that carry them.

A task is ``{"task": <type>, "payload": {...}}`` (seed task types below). With
``QSTASH_TOKEN`` set, :class:`QStashQueue` publishes it to
``PUBLIC_BASE_URL/api/process-transcription`` with retries, a deduplication id per
(task, subject), a failure callback, and one batch request when a step fans out.
Without QStash — or when a publish fails — :class:`InlineQueue` runs the task
right away in this process (seed: "QStash unavailable → synchronous processing"),
and says so in the log.

Payloads stay small: ids plus what the next step needs, validated on both ends.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol

from chalicelib.errors import NonRetryableTaskError
from chalicelib.settings import PerSettings, Settings

logger = logging.getLogger(__name__)

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
}


@dataclass(frozen=True)
class Task:
    type: str
    payload: dict[str, Any]
    delay_seconds: int = 0

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


class Queue(Protocol):
    mode: str

    def enqueue(self, task: Task) -> None: ...

    def enqueue_many(self, tasks: Iterable[Task]) -> None: ...

    def close(self) -> None: ...


Runner = Callable[[Task], Any]


@dataclass
class InlineQueue:
    """Runs each task at once, in this process. Delayed tasks run on a daemon timer.

    On Lambda a timer does not outlive the response, so delayed tasks (waiting for a
    transcript) are best effort without QStash; locally they run as scheduled.
    """

    runner: Runner
    mode: str = "inline"
    ran: list[Task] = field(default_factory=list, repr=False)
    _timers: list[threading.Timer] = field(default_factory=list, repr=False)

    def enqueue(self, task: Task) -> None:
        if task.delay_seconds:
            timer = threading.Timer(task.delay_seconds, self._run, args=(task,))
            timer.daemon = True
            self._timers = [t for t in self._timers if t.is_alive()] + [timer]
            timer.start()
            logger.info("task %s for %s scheduled inline in %d s", task.type, task.subject, task.delay_seconds)
            return
        self._run(task)

    def enqueue_many(self, tasks: Iterable[Task]) -> None:
        for task in tasks:
            self.enqueue(task)

    def close(self) -> None:
        """Cancel delayed tasks that have not run (the settings they were scheduled under are gone)."""
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()

    def _run(self, task: Task) -> None:
        self.ran.append(task)
        try:
            self.runner(task)
        except Exception:  # inline: the caller (a webhook) must still answer
            logger.exception("inline task %s for %s failed", task.type, task.subject)


class QStashQueue:
    """Publishes tasks to the worker endpoint through QStash; falls back to inline."""

    mode = "qstash"

    def __init__(self, settings: Settings, fallback: InlineQueue, *, client: Any = None) -> None:
        if not settings.public_base_url:
            raise NonRetryableTaskError("PUBLIC_BASE_URL is required to publish tasks through QStash")
        self._settings = settings
        self._fallback = fallback
        self._client = client
        self.worker_url = settings.public_base_url + WORKER_PATH
        self.failure_url = self.worker_url + "?callback=failure"

    def _qstash(self) -> Any:
        """The SDK client, created on first publish (qstash costs ~250 ms to import)."""
        if self._client is None:
            import httpx
            from qstash import QStash

            # SDK defaults: 5 retries with exponential backoff and a 600 s timeout. A webhook
            # publishing under Twilio's 15 s deadline gets one quick retry and a short timeout.
            client = QStash(
                self._settings.qstash_token or "",
                retry={"retries": 1, "backoff": lambda attempt: 100},
                base_url=self._settings.qstash_url,
            )
            client.http._client.timeout = httpx.Timeout(self._settings.queue_timeout_seconds)
            self._client = client
        return self._client

    def _options(self, task: Task) -> dict[str, Any]:
        options: dict[str, Any] = {
            "url": self.worker_url,
            "body": task.to_body(),
            "retries": self._settings.qstash_retries,
            "deduplication_id": task.dedup_id,
            "failure_callback": self.failure_url,
        }
        if task.delay_seconds:
            options["delay"] = f"{task.delay_seconds}s"
        return options

    def enqueue(self, task: Task) -> None:
        self.enqueue_many([task])

    def close(self) -> None:
        self._fallback.close()

    def enqueue_many(self, tasks: Iterable[Task]) -> None:
        batch = list(tasks)
        if not batch:
            return
        try:
            if len(batch) == 1:
                self._qstash().message.publish_json(**self._options(batch[0]))
            else:
                self._qstash().message.batch_json([self._options(t) for t in batch])
        except Exception as exc:  # SDK and transport errors alike: the work must still happen
            logger.warning(
                "QStash publish failed (%s: %s); running %s inline",
                type(exc).__name__, exc, ", ".join(t.type for t in batch),
            )
            self._fallback.enqueue_many(batch)
            return
        logger.info("published %s to QStash", ", ".join(f"{t.type}({t.dedup_id})" for t in batch))


def create_queue(settings: Settings, runner: Runner) -> Queue:
    inline = InlineQueue(runner)
    if settings.queue_backend == "qstash":
        return QStashQueue(settings, inline)
    logger.info("queue: QSTASH_TOKEN unset, background tasks run inline")
    return inline


def _queue_for(settings: Settings) -> Queue:
    """The queue for ``settings``; its inline runner is the worker's dispatcher, on the same store."""
    from chalicelib.store import get_store
    from chalicelib.worker import run_task

    store = get_store()
    queue: Queue = create_queue(settings, lambda task: run_task(task, settings, store, queue))
    return queue


_queues: PerSettings[Queue] = PerSettings(_queue_for, lambda queue: queue.close())


def get_queue() -> Queue:
    """The container's queue, created on first use and rebuilt if the settings change."""
    return _queues.get()


def close_queue() -> None:
    """Forget the container's queue, cancelling its pending delayed tasks (tests, settings reloads)."""
    _queues.reset()
