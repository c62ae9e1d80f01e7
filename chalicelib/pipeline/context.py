"""What a step gets: its task, the clients, the budget, and one way to commit.

A step computes its effects, then calls :meth:`Context.commit` once: its writes,
its follow-up tasks (into the outbox), the call's step state and the task's
completion go to Redis in one atomic step. Before that nothing is visible; after
it, a redelivery finds the task done. Effects outside Redis (a VAPI call, an
alert) guard themselves before they happen (see :mod:`.agent`, :mod:`.alerts`).

Per call, each step (``transcript`` → ``analysis`` → ``agent`` → ``alert:<kind>``)
has a state in ``hl:steps:<subject>``: missing, an in-progress word the step
chose (``started``, ``placing``) or ``done``. The dispatcher reads it with the
claim (same round trip) and skips a step that is done, with the reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from chalicelib.budget import Deadline
from chalicelib.calls import CallRegistry
from chalicelib.events import EventBus
from chalicelib.faults import checkpoint
from chalicelib.idempotency import Claim, Idempotency
from chalicelib.settings import Settings
from chalicelib.store import Command, Store
from chalicelib.tasks import Task

if TYPE_CHECKING:  # pragma: no cover
    from chalicelib.pipeline.outbox import Outbox

logger = logging.getLogger(__name__)

STEP_STATE_SECONDS = 30 * 86_400


def steps_key(subject: str) -> str:
    return f"hl:steps:{subject}"


def step_name(task: Task) -> str:
    """The per-call step a task performs."""
    if task.type in ("process_transcription", "process_sms"):
        return "transcript"
    if task.type == "send_notifications":
        return f"alert:{task.payload['alert']}"
    return {"analyze_scam": "analysis", "trigger_vapi_call": "agent"}.get(task.type, task.type)


def step_commands(subject: str, step: str, state: str) -> list[Command]:
    return [("hset", steps_key(subject), step, state), ("expire", steps_key(subject), STEP_STATE_SECONDS)]


@dataclass
class Context:
    task: Task
    settings: Settings
    store: Store
    outbox: "Outbox"
    deadline: Deadline
    claim: Claim
    step_state: str | None = None
    completed: Claim | None = None
    follow_ups: list[Task] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return self.task.subject

    @property
    def step(self) -> str:
        return step_name(self.task)

    @property
    def registry(self) -> CallRegistry:
        return CallRegistry(self.store, self.settings)

    @property
    def bus(self) -> EventBus:
        return EventBus(self.store, self.settings)

    def commit(self, commands: Iterable[Command] = (), *, tasks: Sequence[Task] = (), result: Any = None,
               step_state: str | None = "done") -> bool:
        """Writes + follow-up tasks + step state + completion, atomically. False: another run completed first."""
        from chalicelib.pipeline.outbox import remove_commands

        checkpoint("task.before_commit")
        batch = list(commands) + self.outbox.commands(tasks)
        if step_state:
            batch += step_commands(self.subject, self.step, step_state)
        # The task consumes its outbox entry; only inline runs count failed attempts.
        batch += remove_commands([self.task.dedup_id], attempts=self.outbox.mode == "inline")
        self.completed = Idempotency(self.store).complete(self.claim, result, batch)
        if self.completed.ours:
            self.follow_ups += list(tasks)
        else:
            logger.info("task %s: another delivery completed it first; nothing written", self.task.dedup_id)
        return self.completed.ours

    def mark_step(self, state: str, commands: Iterable[Command] = ()) -> None:
        """Record an in-progress state (and writes that must precede an outside effect) now."""
        self.store.pipeline(list(commands) + step_commands(self.subject, self.step, state))
