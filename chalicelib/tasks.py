"""Background tasks (seed task types).

PLACEHOLDER until the background-tasks issue lands: :class:`PlaceholderQueue`
validates and records each task and logs it, but runs nothing and publishes
nothing to QStash. That issue replaces it with the QStash queue and the inline
fallback; the interface (``enqueue(task_type, payload)``) stays.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

TASK_TYPES = frozenset({"process_transcription", "process_sms", "analyze_scam", "trigger_vapi_call", "send_notifications"})


@dataclass(frozen=True)
class Task:
    type: str
    payload: dict[str, Any]


@dataclass
class PlaceholderQueue:
    """Records tasks instead of running them (see the module docstring)."""

    sent: list[Task] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def enqueue(self, task_type: str, payload: dict[str, Any]) -> None:
        if task_type not in TASK_TYPES:
            raise ValueError(f"unknown task type {task_type!r}")
        with self._lock:
            self.sent.append(Task(task_type, dict(payload)))
        logger.info("task %s accepted by the placeholder queue (not processed yet)", task_type)


_queue = PlaceholderQueue()


def get_queue() -> PlaceholderQueue:
    return _queue
