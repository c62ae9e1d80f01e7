"""Scam analyzer: decide offline whether a call transcript or an SMS is a scam.

``analyze(text, channel)`` is pure Python (``phonenumbers`` is imported only when a text
holds a number) and needs no network or model download.  ``analyze_with_llm`` asks an LLM
(Amazon Bedrock or any OpenAI-compatible endpoint) for a second opinion and falls back to
the offline verdict on any failure.

Layout: ``_normalize`` (ASR-shaped text), ``_numbers`` (spoken and written callback numbers),
``_companies`` (impersonated brands), ``_signals`` / ``_signals_calls`` / ``_signals_sms`` (the
evidence), ``_prefilter`` (run only the patterns that can match), ``_scorer`` (the calibrated
verdict), ``conversation`` (two-party calls: the callee's verdict and intelligence), ``llm``
(second opinion), ``commands`` (the analyze / eval / calibrate commands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._normalize import normalize, normalize_for
from ._result import Analysis, coarse_type
from ._scorer import analyze_normalized

if TYPE_CHECKING:  # pragma: no cover
    from .llm import analyze_with_llm as analyze_with_llm

__all__ = ["MAX_TEXT_CHARS", "Analysis", "analyze", "analyze_with_llm", "cap_text", "coarse_type",
           "normalize"]

CHANNELS = ("call", "sms")
# The analyzer reads at most this many characters of a text (a two-minute voicemail is about
# 1,500; an SMS at most 1,600); of a longer one, its head and its tail.  The time an
# analysis takes is bounded however long the input (see README, "The scam analyzer").
MAX_TEXT_CHARS = 4096


def cap_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """At most ``limit`` characters of ``text``: all of it, or its head and its tail.

    A long call's demand (the payment, the code, the install) comes late, after the rapport;
    its pretext comes first.  So a long text keeps its first and last ``limit // 2``
    characters, each cut at a space, joined by a space: the analyzer reads both ends.
    """
    if len(text) <= limit:
        return text
    half = limit // 2 - 1
    head, tail = text[:half], text[-half:]
    cut = head.rfind(" ", half // 2)
    head = head[:cut] if cut > 0 else head
    cut = tail.find(" ", 0, half // 2)
    tail = tail[cut + 1:] if cut >= 0 else tail
    return head + " " + tail


def analyze(text: str, channel: str = "call") -> Analysis:
    """The offline verdict for a call transcript (``channel="call"``) or an SMS (``"sms"``).

    At most ``MAX_TEXT_CHARS`` characters are read (``cap_text``: a long text's two ends).
    """
    channel = channel if channel in CHANNELS else "call"
    return analyze_normalized(normalize_for(cap_text(text or ""), channel), channel)


def __getattr__(name: str) -> Any:
    # The LLM path imports httpx / boto3 machinery; keep it out of the 50 ms import budget.
    if name == "analyze_with_llm":
        from .llm import analyze_with_llm

        return analyze_with_llm
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
