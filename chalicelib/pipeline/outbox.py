"""The transactional outbox, its publishers and the relay.

A step (or a webhook) never publishes a task before its writes are safe. It adds
the task to the outbox *in the same atomic step* as its writes and its claim
(:meth:`Outbox.commands`), then, after the commit, hands the task on within the
request's budget (:meth:`Outbox.flush`): one QStash publish attempt with a short
timeout, or, without QStash, an inline run if the task's worst case fits the
budget. Whatever is not handed on stays in the outbox, and :func:`relay` hands it
on later: the scheduled function ``relay_tasks`` (every minute) and the next
request that finds the outbox non-empty.

Redis layout: ``hl:outbox`` (sorted set: task id → due time, unix ms) and
``hl:outbox:tasks`` (hash: task id → ``{"task", "payload", "due", "created"}``);
``hl:outbox:attempts`` counts failed inline runs (backoff, then dead-lettered).

An entry leaves the outbox in its task's own completion (the same atomic step as
the task's effects), or with QStash's failure callback. With QStash, an entry is
written relayable only a minute after it is due (``OUTBOX_GRACE_SECONDS``), so a
successful publish costs no second Redis write: the delivered task removes its
entry long before the relay would look. A failed publish makes its entries due at
once (one write, on the failure path only); a crash between commit and publish is
caught by the relay a minute later. Duplicates are harmless: the task id is
QStash's ``deduplication_id`` (10-minute window) and the worker's claim (forever
after: a done task is not run again).
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any, Callable, Sequence

from chalicelib.budget import Deadline
from chalicelib.errors import DependencyError, NonRetryableTaskError, TaskBusy, map_exceptions
from chalicelib.faults import checkpoint
from chalicelib.settings import Settings
from chalicelib.store import Command, Store
from chalicelib.tasks import WORKER_PATH, Task, parse_task

logger = logging.getLogger(__name__)

OUTBOX_KEY = "hl:outbox"
TASKS_KEY = "hl:outbox:tasks"
ATTEMPTS_KEY = "hl:outbox:attempts"
DEAD_KEY = "hl:tasks:dead"
RELAY_BATCH = 20
INLINE_ATTEMPTS = 5  # inline runs of a failing task before it is dead-lettered
PUBLISH_TIMEOUT_SECONDS = 2.0  # one publish attempt from a webhook; the relay catches up


def _now_ms() -> int:
    return int(time.time() * 1000)


def add_commands(tasks: Sequence[Task], *, grace_ms: int = 0, now_ms: int | None = None) -> list[Command]:
    """Outbox entries for ``tasks``, relayable ``grace_ms`` after they are due."""
    now = _now_ms() if now_ms is None else now_ms
    commands: list[Command] = []
    for task in tasks:
        due = now + int(task.delay_seconds * 1000)
        entry = {**task.to_body(), "due": due, "created": now}
        commands += [("hset", TASKS_KEY, task.dedup_id, json.dumps(entry, separators=(",", ":"))),
                     ("zadd", OUTBOX_KEY, due + grace_ms, task.dedup_id)]
    return commands


def remove_commands(task_ids: Sequence[str], *, attempts: bool = True) -> list[Command]:
    """Take entries out of the outbox (``attempts``: their failed-inline-run counters too)."""
    if not task_ids:
        return []
    commands: list[Command] = [("zrem", OUTBOX_KEY, *task_ids), ("hdel", TASKS_KEY, *task_ids)]
    return commands + ([("hdel", ATTEMPTS_KEY, *task_ids)] if attempts else [])


def dead_letter_commands(store: Store, settings: Settings, dead: dict[str, Any], task_id: str | None) -> list[Command]:
    """Keep a task that failed for good (last 100, 30 days), tell the dashboard, drop its outbox entry."""
    from chalicelib.events import EventBus

    pending = EventBus(store, settings).prepare("task_failed", {**dead, "final": True})
    return [("lpush", DEAD_KEY, json.dumps(dead)), ("ltrim", DEAD_KEY, 0, 99), ("expire", DEAD_KEY, 30 * 86_400),
            *pending.commands, *remove_commands([task_id] if task_id else [])]


def _entry_task(raw: str | None, now_ms: int) -> Task | None:
    """An outbox entry as a task whose delay is what is left until it is due; ``None`` if unreadable."""
    try:
        entry = json.loads(raw or "")
        task = parse_task({"task": entry["task"], "payload": entry["payload"]})
        due = int(entry.get("due") or now_ms)
    except (ValueError, KeyError, TypeError, NonRetryableTaskError):
        return None
    return Task(task.type, task.payload, max(0, -(-(due - now_ms) // 1000)))


# ------------------------------------------------------------------ publishers
class QStashPublisher:
    """Publishes to the worker endpoint through QStash's REST API: one attempt, explicit timeout.

    The wire format is the qstash SDK's (``POST /v2/publish/<url>``, ``POST /v2/batch``,
    ``Upstash-*`` headers); speaking it directly saves the SDK's ~250 ms import and its
    in-process retries, which would break a webhook's budget.
    """

    def __init__(self, settings: Settings) -> None:
        if not settings.public_base_url:
            raise NonRetryableTaskError("PUBLIC_BASE_URL is required to publish tasks through QStash")
        self._settings = settings
        self._base = (settings.qstash_url or "https://qstash.upstash.io").rstrip("/")
        self.worker_url = settings.public_base_url + WORKER_PATH
        self.failure_url = self.worker_url + "?callback=failure"

    def _headers(self, task: Task) -> dict[str, str]:
        headers = {
            "Content-Type": "application/json",
            "Upstash-Retries": str(self._settings.qstash_retries),
            "Upstash-Deduplication-Id": task.dedup_id,
            "Upstash-Failure-Callback": self.failure_url,
        }
        if task.delay_seconds:
            headers["Upstash-Delay"] = f"{int(task.delay_seconds)}s"
        return headers

    def publish(self, tasks: Sequence[Task], timeout: float) -> None:
        """Raise :class:`DependencyError` unless QStash accepted every task."""
        import httpx

        from chalicelib.outbound import http_client

        client = http_client("qstash", reconnect=False)
        auth = {"Authorization": f"Bearer {self._settings.qstash_token or ''}"}
        with map_exceptions({httpx.HTTPError: DependencyError}, "QStash publish failed"):
            if len(tasks) == 1:
                task = tasks[0]
                response = client.post(f"{self._base}/v2/publish/{self.worker_url}", timeout=timeout,
                                       content=json.dumps(task.to_body()), headers={**auth, **self._headers(task)})
            else:
                batch = [{"destination": self.worker_url, "headers": self._headers(t), "body": json.dumps(t.to_body()),
                          "queue": None} for t in tasks]
                response = client.post(f"{self._base}/v2/batch", timeout=timeout, content=json.dumps(batch),
                                       headers={**auth, "Content-Type": "application/json"})
        if response.status_code >= 300:
            raise DependencyError(f"QStash answered HTTP {response.status_code}: {response.text[:200]}")


Runner = Callable[[Task, Deadline], Any]


class Outbox:
    """One request's view of the outbox: commit tasks with writes, then hand them on within ``deadline``."""

    def __init__(self, settings: Settings, store: Store, deadline: Deadline, runner: Runner) -> None:
        self.settings = settings
        self.store = store
        self.deadline = deadline
        self._runner = runner
        self.mode = settings.queue_backend
        self._grace_ms = settings.outbox_grace_seconds * 1000
        self._publisher = QStashPublisher(settings) if self.mode == "qstash" else None
        self.handed_on: list[str] = []  # task ids published or run by this request (tests, benchmarks)

    # -------------------------------------------------------------- committing
    def commands(self, tasks: Sequence[Task]) -> list[Command]:
        return add_commands(tasks, grace_ms=self._grace_ms if self.mode == "qstash" else 0)

    def peek_command(self) -> Command:
        """The command (batched into a commit) that lists outbox entries the relay should hand on now."""
        return ("zrangebyscore", OUTBOX_KEY, "-inf", _now_ms(), "limit", 0, 5)

    # -------------------------------------------------------------- handing on
    def flush(self, tasks: Sequence[Task]) -> bool:
        """Hand tasks just committed on: publish (one attempt) or run inline; the rest waits for the relay.

        ``False`` when some task was not handed on (it waits in the outbox, if the commit reached Redis).
        """
        if not tasks:
            return True
        if self._publisher is not None:
            return self._publish(list(tasks))
        return all([self._run_inline(task) for task in tasks])

    def _publish(self, tasks: list[Task], *, relayed: bool = False) -> bool:
        assert self._publisher is not None
        ids = [t.dedup_id for t in tasks]
        # Leave room to mark the entries due after a failed publish (one store round trip).
        room = self.deadline.remaining() - self.settings.store_timeout_seconds
        if room < 0.2:
            logger.warning("no time left to publish %s; the relay will", ", ".join(ids))
            return False
        try:
            self._publisher.publish(tasks, timeout=min(PUBLISH_TIMEOUT_SECONDS, self.settings.queue_timeout_seconds, room))
        except DependencyError as exc:
            logger.warning("%s; %s stay in the outbox for the relay", exc.message, ", ".join(ids))
            if not relayed:
                self._reschedule(ids, 0)
            return False
        checkpoint("outbox.after_publish")
        self.handed_on += ids
        if relayed:  # look again later, in case this delivery fails too (QStash's failure callback clears it)
            self._reschedule(ids, self._grace_ms + 5 * 60_000)
        logger.info("published %s to QStash", ", ".join(ids))
        return True

    def _reschedule(self, ids: Sequence[str], after_ms: int) -> None:
        at = _now_ms() + after_ms
        try:
            self.store.pipeline([("zadd", OUTBOX_KEY, "xx", at, task_id) for task_id in ids])
        except DependencyError as exc:
            logger.warning("could not reschedule %s in the outbox: %s", ", ".join(ids), exc.message)

    def inline_cost(self, task: Task) -> float:
        """A task's worst-case run time inline: what must be left in the budget to start it."""
        s = self.settings
        alerting = bool(s.slack_webhook_url or s.telegram_bot_token or s.webhook_urls or s.operator_phone_number)
        cost = {"trigger_vapi_call": s.vapi_timeout_seconds + 1 if s.vapi_api_key else 0.5,
                # channels are tried concurrently, each with a 5 s timeout
                "send_notifications": 6.0 if alerting else 0.5,
                "analyze_scam": s.llm_timeout_seconds + 1 if s.scam_analyzer != "offline" else 1.0}
        if task.type == "process_transcription" and s.transcribe_bucket:
            return 25.0
        return cost.get(task.type, 0.5)

    def _run_inline(self, task: Task) -> bool:
        if task.delay_seconds:
            logger.info("task %s waits %d s in the outbox (no QStash: the relay runs it when due)",
                        task.dedup_id, task.delay_seconds)
            return True
        if not self.deadline.fits(self.inline_cost(task)):
            logger.info("task %s deferred to the relay: it does not fit the %.1f s left", task.dedup_id,
                        self.deadline.remaining())
            return True
        self.handed_on.append(task.dedup_id)
        try:
            self._runner(task, self.deadline)
        except NonRetryableTaskError as exc:
            logger.error("inline task %s refused for good: %s", task.dedup_id, exc.message)
            self._dead(task, exc.message)
        except TaskBusy:
            logger.info("inline task %s is running elsewhere", task.dedup_id)
        except Exception as exc:  # inline: the caller (a webhook) must still answer; the relay retries
            logger.exception("inline task %s failed; the relay retries it", task.dedup_id)
            self._backoff(task, f"{type(exc).__name__}: {exc}")
            return False
        return True

    def _backoff(self, task: Task, reason: str) -> None:
        try:
            attempts = int(self.store.execute("hincrby", ATTEMPTS_KEY, task.dedup_id, 1))
            if attempts >= INLINE_ATTEMPTS:
                self._dead(task, reason)
                return
            self.store.execute("zadd", OUTBOX_KEY, _now_ms() + 12_000 * 5 ** (attempts - 1), task.dedup_id)
        except DependencyError as exc:
            logger.warning("could not reschedule %s (%s); it stays due", task.dedup_id, exc.message)

    def _dead(self, task: Task, reason: str) -> None:
        dead = {"task": task.type, "subject": task.subject, "status": None, "retried": INLINE_ATTEMPTS,
                "message_id": task.dedup_id, "response": reason[:500]}
        try:
            self.store.pipeline(dead_letter_commands(self.store, self.settings, dead, task.dedup_id))
        except DependencyError as exc:
            logger.warning("could not dead-letter %s: %s", task.dedup_id, exc.message)

    # ------------------------------------------------------------------- relay
    def relay(self, ids: Sequence[str] | None = None, *, exclude: Sequence[str] = ()) -> dict[str, int]:
        """Hand on what the outbox holds (``ids`` when a commit already peeked), within the budget."""
        now = _now_ms()
        if ids is None:
            ids = self.store.execute(*self._relay_command(now))
        ids = [i for i in (ids or []) if isinstance(i, str) and i not in exclude]
        if not ids:
            return {"relayed": 0, "pending": 0}
        raws = self.store.execute("hmget", TASKS_KEY, *ids)
        ready: list[Task] = []
        orphans: list[str] = []
        for task_id, raw in zip(ids, raws):
            task = _entry_task(raw, now)
            if task is None:
                orphans.append(task_id)
                continue
            if self.mode != "qstash" and task.delay_seconds:
                continue
            ready.append(task)
        if orphans:
            self.store.pipeline(remove_commands(orphans))
        if not ready:
            return {"relayed": 0, "pending": len(ids)}
        logger.info("relay: handing on %s", ", ".join(t.dedup_id for t in ready))
        before = len(self.handed_on)
        if self._publisher is not None:
            self._publish(ready, relayed=True)
        else:
            for task in ready:
                if not self.deadline.fits(self.inline_cost(task)):
                    break
                self._run_inline(task)
        return {"relayed": len(self.handed_on) - before, "pending": len(ids)}

    def _relay_command(self, now: int) -> Command:
        return ("zrangebyscore", OUTBOX_KEY, "-inf", now, "limit", 0, RELAY_BATCH)
