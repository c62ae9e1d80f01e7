"""Time budgets: how long a request may still work before it must answer.

Twilio gives up on a webhook after 15 s and API Gateway after 29 s; a Lambda is
killed at its configured timeout. Every request carries a :class:`Deadline` and
every outbound call takes ``deadline.cap(its own timeout)``, so no provider can
hold a request past its budget. Work that does not fit is deferred (an outbox
entry), never dropped and never left on a thread.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from chalicelib.records import Record

WEBHOOK_BUDGET_SECONDS = 5.0  # a Twilio webhook answers within this, whatever providers do
VAPI_BUDGET_SECONDS = 10.0  # VAPI waits 20 s for a server message's answer
WORKER_BUDGET_SECONDS = 25.0  # a worker delivery without a Lambda context (local runs, tests)
LAMBDA_RESERVE_SECONDS = 2.0  # kept back from a Lambda's remaining time to answer and log


class Deadline(Record):
    """A point on the monotonic clock after which a request must stop starting work."""

    __slots__ = ("at", "clock")
    _hidden = frozenset({"clock"})
    at: float
    clock: Callable[[], float]

    def __init__(self, at: float, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(at=at, clock=clock)

    @classmethod
    def after(cls, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> "Deadline":
        return cls(clock() + max(0.0, seconds), clock)

    @classmethod
    def for_request(cls, lambda_context: Any, budget: float) -> "Deadline":
        """``budget`` seconds, or less if the Lambda has less time left (minus a reserve)."""
        remaining = remaining_lambda_seconds(lambda_context)
        if remaining is not None:
            budget = min(budget, max(0.0, remaining - LAMBDA_RESERVE_SECONDS))
        return cls.after(budget)

    def remaining(self) -> float:
        return max(0.0, self.at - self.clock())

    def cap(self, timeout: float, *, floor: float = 0.05) -> float:
        """``timeout`` cut to what is left (never below ``floor``: a zero timeout means none in httpx)."""
        return max(floor, min(timeout, self.remaining()))

    def fits(self, seconds: float) -> bool:
        return self.remaining() >= seconds


def remaining_lambda_seconds(lambda_context: Any) -> float | None:
    """The Lambda's remaining time, or ``None`` outside Lambda (``chalice local``, the CLI)."""
    getter = getattr(lambda_context, "get_remaining_time_in_millis", None)
    if getter is None:
        return None
    try:
        return max(0.0, float(getter()) / 1000.0)
    except (TypeError, ValueError):
        return None
