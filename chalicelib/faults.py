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
_armed: dict[str, list[int]] = {}  # name -> [hits to let pass, crashes left]
_hits: dict[str, int] | None = None


def arm(name: str, times: int = 1, *, after: int = 0) -> None:
    """Crash at ``name`` ``times`` times, after letting ``after`` hits pass."""
    if name not in POINTS:
        raise ValueError(f"unknown fault point {name!r}")
    with _lock:
        _armed[name] = [after, times]


def count_hits() -> dict[str, int]:
    """Start counting how often each point is reached; returns the live counter."""
    global _hits
    with _lock:
        _hits = {}
        return _hits


def disarm() -> None:
    global _hits
    with _lock:
        _armed.clear()
        _hits = None


def checkpoint(name: str) -> None:
    if not _armed and _hits is None:
        return
    with _lock:
        if _hits is not None:
            _hits[name] = _hits.get(name, 0) + 1
        state = _armed.get(name)
        if not state or state[1] <= 0:
            return
        if state[0] > 0:
            state[0] -= 1
            return
        state[1] -= 1
    raise InjectedFault(f"injected crash at {name}")
