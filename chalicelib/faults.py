"""Named fault points: where the fault-injection suite crashes the pipeline on purpose.

``checkpoint("intake.after_commit")`` does nothing unless a test armed that name with
:func:`arm`; then it raises :class:`~chalicelib.errors.InjectedFault` (a plain crash, as
if the Lambda died there). One set lookup per point: free in production. The names
are listed in :data:`POINTS` so the suite and the benchmark can walk every boundary.
"""

from __future__ import annotations

import threading

from chalicelib.errors import InjectedFault

POINTS = (
    "intake.before_commit",      # webhook parsed, nothing written
    "intake.after_commit",       # claim + writes + outbox committed, nothing published
    "outbox.after_publish",      # QStash accepted, outbox entry not yet removed
    "task.after_claim",          # worker claimed the task, step not run
    "task.before_commit",        # step computed its effects, nothing committed
    "task.after_commit",         # step committed (done), follow-ups not handed on
    "agent.before_request",      # call map written, VAPI not asked
    "agent.after_request",       # VAPI placed the call, nothing recorded
    "alerts.after_send",         # a channel delivered, the task not completed
)

_lock = threading.Lock()
_armed: dict[str, int] = {}


def arm(name: str, times: int = 1) -> None:
    if name not in POINTS:
        raise ValueError(f"unknown fault point {name!r}")
    with _lock:
        _armed[name] = times


def disarm() -> None:
    with _lock:
        _armed.clear()


def checkpoint(name: str) -> None:
    if not _armed:
        return
    with _lock:
        left = _armed.get(name, 0)
        if left <= 0:
            return
        _armed[name] = left - 1
    raise InjectedFault(f"injected crash at {name}")
