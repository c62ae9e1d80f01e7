"""Phone-number masking: single numbers, free text, spoken digits, log records."""

from __future__ import annotations

import logging

import pytest

from chalicelib.logs import JsonFormatter
from chalicelib.redaction import RedactingFilter, mask_phone, redact_text


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("+14158675309", "+1******5309"),
        ("+447911123456", "+44******3456"),
        ("+33612345678", "+33*****5678"),
        ("+4930123456", "+49****3456"),
        ("+8613800138000", "+86*******8000"),
        ("12345", "***45"),
        ("1234", "****"),
        ("", ""),
        (None, None),
    ],
)
def test_mask_phone(number, masked) -> None:
    assert mask_phone(number) == masked


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("call us back at (415) 867-5309 today", "867-5309"),
        ("call us back at 415.867.5309 today", "867.5309"),
        ("call +44 7911 123456 now", "7911 123456"),
        ("my number is 1-800-555-0199", "555-0199"),
        ("dial 18005550199", "5550199"),
        ("please call one eight hundred five five five zero one nine nine", "five five five zero"),
        ("call 1 800 five five five 0199", "five five five"),
    ],
)
def test_redact_text_removes_numbers(text: str, leak: str) -> None:
    redacted = redact_text(text)
    assert leak not in redacted
    assert redacted.split()[0] == text.split()[0]  # the prose around it survives


def test_redact_text_keeps_ids_times_and_amounts() -> None:
    text = "CallSid CA1234567890abcdef1234 charged $299.99 at 10:45 on 2024-05-01, order 12345"
    assert redact_text(text) == text


def test_log_records_are_masked() -> None:
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "caller %s left a message", ("+14158675309",), None)
    assert RedactingFilter().filter(record)
    line = JsonFormatter().format(record)
    assert "8675309" not in line and "+1******5309" in line
