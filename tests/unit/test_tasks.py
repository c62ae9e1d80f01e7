"""Task validation and the inline queue."""

from __future__ import annotations

import time

import pytest

from chalicelib.errors import NonRetryableTaskError
from chalicelib.tasks import InlineQueue, Task, new_task, parse_task


def test_dedup_id_is_per_task_subject_and_variant() -> None:
    plain = new_task("analyze_scam", {"subject": "CA1", "channel": "call", "text": "x"})
    assert plain.dedup_id == "analyze_scam.CA1"
    variant = new_task("process_transcription", {"call_sid": "CA1", "variant": "recording"})
    assert variant.dedup_id == "process_transcription.CA1.recording"


def test_sending_side_refuses_a_malformed_task() -> None:
    with pytest.raises(NonRetryableTaskError):
        new_task("process_sms", {"message_sid": "SM1"})
    with pytest.raises(NonRetryableTaskError):
        parse_task({"task": "process_sms", "payload": {"message_sid": 5, "body": "x"}})


def test_inline_queue_runs_now_and_survives_a_failing_task(caplog) -> None:
    ran: list[str] = []

    def runner(task: Task) -> None:
        ran.append(task.subject)
        if task.subject == "boom":
            raise RuntimeError("handler failed")

    queue = InlineQueue(runner)
    queue.enqueue_many([new_task("trigger_vapi_call", {"subject": s}) for s in ("a", "boom", "b")])
    assert ran == ["a", "boom", "b"] and "inline task trigger_vapi_call for boom failed" in caplog.text


def test_delayed_inline_tasks_run_later_unless_the_queue_is_closed() -> None:
    ran: list[str] = []
    queue = InlineQueue(lambda task: ran.append(task.subject))
    queue.enqueue(Task("trigger_vapi_call", {"subject": "later"}, delay_seconds=0.2))
    queue.enqueue(Task("trigger_vapi_call", {"subject": "cancelled"}, delay_seconds=0.3))
    assert ran == []
    time.sleep(0.25)
    queue.close()
    time.sleep(0.2)
    assert ran == ["later"]
