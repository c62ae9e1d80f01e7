"""Scam analyzer: decide offline whether a call transcript or an SMS is a scam.

``analyze(text, channel)`` is pure Python (``phonenumbers`` is imported only when a text
holds a number) and needs no network or model download.  ``analyze_with_llm`` asks an LLM
(Amazon Bedrock or any OpenAI-compatible endpoint) for a second opinion and falls back to
the offline verdict on any failure.

Layout: ``_normalize`` (ASR-shaped text), ``_numbers`` (spoken and written callback numbers),
``_companies`` (impersonated brands), ``_signals`` / ``_signals_sms`` (the evidence),
``_scorer`` (the verdict), ``llm`` (second opinion), ``commands`` (the analyze / eval commands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._normalize import normalize
from ._result import Analysis, coarse_type
from ._scorer import analyze_normalized

if TYPE_CHECKING:  # pragma: no cover
    from .llm import analyze_with_llm as analyze_with_llm

__all__ = ["Analysis", "analyze", "analyze_with_llm", "coarse_type", "normalize"]

CHANNELS = ("call", "sms")


def analyze(text: str, channel: str = "call") -> Analysis:
    """The offline verdict for a call transcript (``channel="call"``) or an SMS (``"sms"``)."""
    return analyze_normalized(normalize(text or ""), channel if channel in CHANNELS else "call")


def __getattr__(name: str) -> Any:
    # The LLM path imports httpx / boto3 machinery; keep it out of the 50 ms import budget.
    if name == "analyze_with_llm":
        from .llm import analyze_with_llm

        return analyze_with_llm
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
