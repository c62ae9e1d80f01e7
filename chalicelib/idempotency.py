"""Exactly-once work, Powertools-style: claim, complete with the result, release on failure.

One helper for every entry point (Twilio webhooks, worker tasks, VAPI reports, the
agent's call limiter), on one Redis script (:data:`~chalicelib.store.base.GUARD_SCRIPT`)
so each step is a single round trip:

* :meth:`Idempotency.claim` marks a key *in progress* for as long as the claiming run
  can live (its Lambda's remaining time plus a margin, :func:`claim_seconds`): a run
  that dies frees the key soon after its deadline, not after a fixed two minutes.
* :meth:`Idempotency.complete` runs the step's writes and marks the key *done* with
  the step's result, atomically. Completion is the fence: if another run already
  completed, nothing is written, so a slow run whose claim expired cannot apply its
  effects a second time.
* :meth:`Idempotency.release` gives back an in-progress claim after a failure so the
  provider's retry can run at once.
* :meth:`Idempotency.once` claims and completes in one step (a webhook whose whole
  effect is its writes: the outbox holds its tasks).

Every claim carries a random request token. The Upstash SDK resends a request
after a read timeout even when Redis applied the first one; a resent script finds
its *own* token and answers ``own`` (with the first run's replies), so the resend
proceeds instead of answering "duplicate" and dropping the work.

Keys are built by the callers (``intake.idempotency_key``, ``Task.dedup_id``...): the
key function is theirs to swap, the helper only needs a string.
"""

from __future__ import annotations

import json
import secrets
from typing import Any, Iterable

from chalicelib.budget import remaining_lambda_seconds
from chalicelib.records import Record
from chalicelib.store import Command, Store

DONE_SECONDS = 7 * 86_400  # a redelivery within a week finds the stored result
CLAIM_MARGIN_SECONDS = 5
DEFAULT_CLAIM_SECONDS = 60  # outside Lambda: a local run, the CLI


def new_token() -> str:
    """A random request token: 128 bits as 32 hex digits (``uuid`` would import ``platform``)."""
    return secrets.token_hex(16)


def claim_seconds(lambda_context: Any = None, *, default: int = DEFAULT_CLAIM_SECONDS) -> int:
    """How long an in-progress claim may live: the run's remaining time plus a margin."""
    remaining = remaining_lambda_seconds(lambda_context)
    if remaining is None:
        return default
    return int(remaining) + CLAIM_MARGIN_SECONDS


class Claim(Record):
    """The outcome of a claim or completion.

    ``outcome``: ``claimed`` (this call ran the writes), ``own`` (this token already ran
    them: a resent request), ``busy`` (another run holds the key), ``done`` (another run
    finished; its result is in ``result``).
    """

    __slots__ = ("key", "token", "outcome", "record")
    key: str
    token: str
    outcome: str
    record: dict[str, Any] | None

    def __init__(self, key: str, token: str, outcome: str, record: dict[str, Any] | None = None) -> None:
        super().__init__(key=key, token=token, outcome=outcome, record=record)

    @property
    def ours(self) -> bool:
        """True when the writes are applied by this token (now, or by an earlier resend)."""
        return self.outcome in ("claimed", "own")

    @property
    def replies(self) -> list[Any]:
        return list((self.record or {}).get("r") or [])

    @property
    def result(self) -> Any:
        raw = (self.record or {}).get("v")
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return None


class Idempotency:
    """Claims on one store. Stateless: construct one wherever needed."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def claim(self, key: str, *, ttl: int, commands: Iterable[Command] = (), token: str | None = None) -> Claim:
        """Mark ``key`` in progress (running ``commands`` with it) unless someone holds or finished it."""
        token = token or new_token()
        outcome, record = self.store.guarded(key, token, "claim", ttl, list(commands))
        return Claim(key, token, outcome, record)

    def complete(self, claim: Claim, result: Any = None, commands: Iterable[Command] = (), *,
                 ttl: int = DONE_SECONDS) -> Claim:
        """Run ``commands`` and mark the key done with ``result``, unless another run already completed."""
        outcome, record = self.store.guarded(claim.key, claim.token, "complete", ttl, list(commands), _encode(result))
        return Claim(claim.key, claim.token, outcome, record)

    def once(self, key: str, commands: Iterable[Command], *, ttl: int = DONE_SECONDS, result: Any = None,
             token: str | None = None) -> Claim:
        """Claim and complete in one atomic step: ``commands`` run only for the first token."""
        token = token or new_token()
        outcome, record = self.store.guarded(key, token, "complete", ttl, list(commands), _encode(result))
        return Claim(key, token, outcome, record)

    def release(self, claim: Claim) -> None:
        """Give an in-progress claim back (after a failure) so a retry can run at once."""
        self.store.guarded(claim.key, claim.token, "release", 1, [])


def _encode(result: Any) -> str:
    return "" if result is None else json.dumps(result, separators=(",", ":"), default=str)
