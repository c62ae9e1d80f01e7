"""Task validation: both ends refuse a malformed task."""

from __future__ import annotations

import pytest

from chalicelib.errors import NonRetryableTaskError
from chalicelib.tasks import new_task, parse_task


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
