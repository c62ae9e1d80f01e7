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
        # a bilingual robocall's number read in Spanish digits (the analyzer reads them too)
        ("llame al ocho cuatro cuatro cinco cinco cinco cero uno seis dos hoy", "cinco cinco cinco cero"),
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


# ------------------------------------------------------------ one source of truth
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st  # noqa: E402

from chalicelib.analysis import normalize  # noqa: E402
from chalicelib.analysis._numbers import find_phone_numbers  # noqa: E402


def extracted(text: str) -> set[str]:
    """What the analyzer would read as phone numbers in ``text``."""
    return {c.e164 for c in find_phone_numbers(normalize(text))}


@pytest.mark.parametrize("written", [
    "202/555/0188", "202 - 555 - 0166", "202_555_0147", "202\u2013555\u20130147", "202\u2014555\u20130147",
    "202,555,0147", "202 ... 555 ... 0147", "202*555*0147", "(202) 555 - 0147", "202 555 0147",
    "two oh two five five five zero one four seven", "2 0 2 5 5 5 0 1 4 7", "+1 202.555.0147",
])
def test_every_format_the_extractor_reads_is_masked(written: str) -> None:
    text = f"Please call me back at {written} as soon as you can."
    assert extracted(text), "the extractor must read this as a number (else the case tests nothing)"
    masked = redact_text(text)
    assert not extracted(masked), masked
    assert "0147" in masked or "0166" in masked or "0188" in masked  # the last four stay, for operators


_SEPARATORS = st.sampled_from(["", " ", "-", " - ", "/", "_", ".", "...", " ... ", ",", "*", "\u2013", "\u2014", ") ", "  "])
_AREA = st.sampled_from(["202", "415", "212", "646", "888", "800", "305", "713"])
_FILLER = st.text(alphabet=st.sampled_from(list("abcdefghij klmnop,.:;!?")), max_size=30)


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_FILLER, _AREA, st.integers(200, 999), st.integers(0, 9999), _SEPARATORS, _SEPARATORS, _FILLER)
def test_property_no_extracted_number_survives_masking(before, area, exchange, line, sep1, sep2, after) -> None:
    text = f"{before} {area}{sep1}{exchange}{sep2}{line:04d} {after}"
    found = extracted(text)
    assert not (found & extracted(redact_text(text) or "")), (text, redact_text(text))


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -./_,*()+\u2013ab")), max_size=60))
def test_property_arbitrary_digit_soup(text: str) -> None:
    assert not (extracted(text) & extracted(redact_text(text) or "")), (text, redact_text(text))


def test_dates_timestamps_and_short_ids_are_left_alone() -> None:
    assert redact_text("order 2024-11-29, ref 12345") == "order 2024-11-29, ref 12345"


def test_traceback_in_a_json_log_line_is_masked() -> None:
    formatter = JsonFormatter()
    try:
        raise ValueError("cannot reach 202/555/0188")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed for %s", ("202_555_0147",), sys.exc_info())
    line = formatter.format(record)
    assert "0188" in line and "555/0188" not in line and "202_555" not in line


# ------------------------------------------------------- the extractor's cheap pre-check
from chalicelib.analysis import _numbers  # noqa: E402
from chalicelib.redaction import _EXTRACTOR_WORDS, _TOKEN, _may_hold_number  # noqa: E402


def test_the_precheck_knows_every_word_the_extractor_reads_as_digits() -> None:
    """A word missing here would let masking skip a number spelled with it."""
    words = set(_numbers._UNITS) | set(_numbers._TEENS) | set(_numbers._TENS) | set(_numbers._REPEAT)
    assert words | {"hundred", "thousand"} <= _EXTRACTOR_WORDS


def _found_over_redaction_tokens(text: str) -> list[str]:
    """What ``number_spans`` would hand the extractor, and what it finds there."""
    import re

    tokens = [re.sub(r"['\u2019`]", "", m.group(0)).lower() for m in re.finditer(_TOKEN, text)]
    return [c.e164 for c in find_phone_numbers(" ".join(tokens))]


_PIECES = st.one_of(
    st.from_regex(r"[0-9]{1,12}", fullmatch=True),
    st.from_regex(r"(?:CA|SM|RE)[0-9a-f]{32}", fullmatch=True),  # Twilio SIDs: digits glued to letters
    st.from_regex(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", fullmatch=True),  # request ids
    st.sampled_from(sorted(_EXTRACTOR_WORDS | {"plus", "dash", "call", "me", "at", "1st", "5th", "o'clock"})),
    st.from_regex(r"\+[0-9]{1,4}", fullmatch=True),
)


@pytest.mark.parametrize("spoken", [
    "eight hundred five five five zero one four seven",  # "hundred": 2 words, 3 digits
    "two oh two triple five zero one four seven",  # "triple five": 2 words, 3 digits
    "two oh two five five five zero one forty seven",  # "forty seven": 2 words, 2 digits
    "1 800 555 double 0 1 9",
    "8 hundred 555 0199",
])
def test_the_precheck_passes_numbers_spoken_in_fewer_words_than_digits(spoken: str) -> None:
    """Next to a SID (whose glued digits pass the digit count), only the token count decides."""
    text = f"call CA5f0e1d2c3b4a59687766554433221100 back on {spoken} thanks"
    assert _found_over_redaction_tokens(text), "the extractor must read a number here (else the case tests nothing)"
    assert _may_hold_number(text)
    assert not _found_over_redaction_tokens(redact_text(text) or "")


def test_the_precheck_splits_words_where_the_extractor_does() -> None:
    """Found by the property below: an underscore separates tokens for the extractor, so the
    precheck must not read "eighty_00000000" as one word (it holds 0800 000 0000)."""
    text = "eighty_00000000 "
    assert _found_over_redaction_tokens(text) == ["+448000000000"]
    assert _may_hold_number(text)
    assert not _found_over_redaction_tokens(redact_text(text) or "")


def test_the_precheck_counts_a_number_word_as_up_to_three_digits() -> None:
    """Found by the property below: "forty" is two digits, so eight more make a number."""
    text = "forty 12000000 "
    assert _found_over_redaction_tokens(text) == ["+14012000000"]
    assert _may_hold_number(text)


@hsettings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=14), st.lists(st.sampled_from([" ", "-", "_", ". ", "/", "'s ", ", "]), min_size=14, max_size=14))
def test_property_the_precheck_never_skips_a_number(pieces: list[str], separators: list[str]) -> None:
    text = "".join(piece + sep for piece, sep in zip(pieces, separators))
    if not _may_hold_number(text):
        assert _found_over_redaction_tokens(text) == [], text


def test_a_log_line_naming_a_call_does_not_load_the_analyzer() -> None:
    """Every webhook logs its SID: that alone must not import the analyzer on a cold start."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; from chalicelib.redaction import redact_text; "
            "line = 'twilio voice CA5f0e1d2c3b4a59687766554433221100: incoming_call, request 6f1c8d52-4c8b-5a57-9d5f-1f0f6c2b9a15'; "
            "assert redact_text(line) == line; print('chalicelib.analysis' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "False"
    assert _may_hold_number("call me back at 202 555 0147") and _may_hold_number("two oh two five five five zero one four seven")
