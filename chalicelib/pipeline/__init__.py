"""The background pipeline: steps, their dispatch, the outbox and its relay.

::

    Twilio webhook (intake) ─┐                        ┌─ transcript ─ analysis ─┬─ agent ── alert
    VAPI report (agents)  ───┼─ commit + outbox ──────┤                         └─ alert
                             │   (one atomic step)    └─ sms ──────── analysis ── ...
                             └─ flush: QStash publish (one try) or inline run, within the budget
                                relay: ``relay_tasks`` every minute + the next request

A :class:`Pipeline` is built per request (:func:`for_request`) with that request's
:class:`~chalicelib.budget.Deadline`. Modules below it (intake, agents, notify,
store, ...) never import it: intake and the VAPI handler get it as a
:class:`~chalicelib.tasks.TaskSink`.
"""

from __future__ import annotations

import logging
from typing import Any, Mapping, Sequence

from chalicelib.budget import Deadline
from chalicelib.events import EventBus
from chalicelib.pipeline.outbox import Outbox
from chalicelib.settings import Settings
from chalicelib.store import Command, Store, best_effort
from chalicelib.tasks import Task

logger = logging.getLogger(__name__)

__all__ = ["Pipeline", "for_request"]


class Pipeline:
    """One request's pipeline: its settings, store, budget and outbox."""

    def __init__(self, settings: Settings, store: Store, deadline: Deadline, lambda_context: Any = None) -> None:
        if settings.is_production and settings.queue_backend == "inline" and not settings.tasks_inline:
            settings.require("qstash_token")  # production runs inline only when TASKS_INLINE=true says so
        self.settings = settings
        self.store = store
        self.deadline = deadline
        self.lambda_context = lambda_context
        self.outbox = Outbox(settings, store, deadline, self._run_inline)
        self._relaying = False

    @property
    def bus(self) -> EventBus:
        return EventBus(self.store, self.settings)

    # ------------------------------------------------------------ TaskSink
    def commands(self, tasks: Sequence[Task]) -> list[Command]:
        return self.outbox.commands(tasks)

    def flush(self, tasks: Sequence[Task]) -> bool:
        return self.outbox.flush(tasks)

    def peek_command(self) -> Command:
        return self.outbox.peek_command()

    # -------------------------------------------------------------- running
    def _run_inline(self, task: Task, deadline: Deadline) -> dict[str, Any]:
        """The outbox's runner without QStash: the task, here, under this request's budget."""
        from chalicelib.pipeline.dispatch import run_task

        return run_task(task, self)

    def deliver(self, raw_body: bytes | None, query: Mapping[str, str]) -> dict[str, Any]:
        """A signed QStash delivery: a task or a failure callback."""
        from chalicelib.pipeline.dispatch import handle_delivery

        return handle_delivery(raw_body, query, self)

    def relay(self) -> dict[str, int]:
        """Hand on what the outbox holds, within the budget (the scheduled ``relay_tasks``)."""
        return self.outbox.relay()

    def relay_later(self, peeked: Any, *, exclude: Sequence[str] = ()) -> None:
        """After a request's own work: relay what a commit's peek found in the outbox, if time allows."""
        if self._relaying or not isinstance(peeked, list) or not [i for i in peeked if i not in exclude]:
            return
        self._relaying = True
        try:
            best_effort("relay the outbox", lambda: self.outbox.relay(peeked, exclude=exclude))
        finally:
            self._relaying = False


def for_request(settings: Settings, store: Store, *, budget: float, lambda_context: Any = None) -> Pipeline:
    """The pipeline for one request: ``budget`` seconds, or less if the Lambda has less left."""
    return Pipeline(settings, store, Deadline.for_request(lambda_context, budget), lambda_context)
