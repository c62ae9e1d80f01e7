"""Scam analyzer: decide offline whether a call transcript or an SMS is a scam.

``analyze(text, channel)`` is pure Python (``phonenumbers`` is imported only when a text
holds a number) and needs no network or model download.  ``analyze_with_llm`` asks an LLM
(Amazon Bedrock or any OpenAI-compatible endpoint) for a second opinion and falls back to
the offline verdict on any failure.

Layout: ``_normalize`` (ASR-shaped text), ``_numbers`` (spoken and written callback numbers),
``_companies`` (impersonated brands), ``_signals`` / ``_signals_calls`` / ``_signals_sms`` (the
evidence; ``_signals_es`` and ``_signals_hi``: the same evidence in Spanish and in romanised
Hindi and Urdu; ``_signals_tl``, ``_signals_zh_ko``, ``_signals_vi``: in romanised Tagalog and
Taglish, in romanised Mandarin, Cantonese and Korean, and in Vietnamese; ``_signals_ht``: in Haitian
Creole, Jamaican patois and Nigerian / West African Pidgin; ``_signals_ru``: in romanised Russian and
Ukrainian and in Polish without diacritics; ``_signals_pt``: in Brazilian and European Portuguese
without accents; ``_signals_fr``: in Quebec, Canadian and European French without accents;
``_scripts``, a step of ``_normalize``: Chinese characters, Hangul, Cyrillic and Devanagari written in
those layers' romanised spellings), ``_prefilter`` (run only the patterns that can match), ``_scorer``
(the calibrated verdict), ``conversation`` (two-party calls: the callee's verdict and intelligence),
``llm`` (second opinion), ``commands`` (the analyze / eval / calibrate commands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._normalize import normalize, normalize_for
from ._result import Analysis, coarse_type
from ._scorer import analyze_normalized

if TYPE_CHECKING:  # pragma: no cover
    from .llm import analyze_with_llm as analyze_with_llm

__all__ = ["MAX_CALL_CHARS", "MAX_TEXT_CHARS", "Analysis", "analyze", "analyze_with_llm",
           "cap_text", "coarse_type", "gate_tables", "normalize", "readings"]

CHANNELS = ("call", "sms")
# The analyzer reads at most this many characters at once (a two-minute voicemail is about
# 1,500; an SMS at most 1,600).  A longer call is read in overlapping windows of this size up
# to ``MAX_CALL_CHARS`` (about half an hour of speech), plus once at its head and tail; the
# most suspicious reading wins.  So the time an analysis takes is linear in the text's length
# and bounded however long the input (see README, "The scam analyzer").
MAX_TEXT_CHARS = 4096
MAX_CALL_CHARS = 32_768


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


def readings(text: str, channel: str = "call", limit: int = MAX_TEXT_CHARS,
             longest: int = MAX_CALL_CHARS) -> list[str]:
    """The pieces of ``text`` the analyzer reads, each at most ``limit`` characters.

    A scam-baiting call runs for many minutes and its evidence (the remote-access install,
    the gift cards) often sits in the middle of long chit-chat, which the head and tail
    alone would miss.  Windows overlap by a quarter so that a phrase cut by one is whole in
    the next; each is cut at spaces.  An SMS is read once (``cap_text``).
    """
    if len(text) <= limit:
        return [text]
    pieces = [cap_text(text, limit)]
    if channel != "call":
        return pieces
    text = text[:longest]
    step = limit * 3 // 4
    for start in range(0, max(len(text) - limit // 4, 1), step):
        window = text[start:start + limit]
        if start:
            window = window[window.find(" ") + 1:]
        if start + limit < len(text) and " " in window:
            window = window[:window.rfind(" ")]
        pieces.append(window)
    return pieces


def analyze(text: str, channel: str = "call") -> Analysis:
    """The offline verdict for a call transcript (``channel="call"``) or an SMS (``"sms"``).

    A text longer than ``MAX_TEXT_CHARS`` is read in pieces (``readings``) and the verdict of
    the most suspicious piece is returned: a window holds one stretch of the call, whose
    pretext and demand belong together, rather than remarks from all over a long chat.
    """
    channel = channel if channel in CHANNELS else "call"
    verdicts = [analyze_normalized(normalize_for(piece, channel), channel)
                for piece in readings(text or "", channel)]
    return max(verdicts, key=lambda verdict: verdict.confidence)


def gate_tables() -> str:
    """The JSON of the prefilter's tables for every gate the analyzer builds, to ship beside
    ``_prefilter`` (``make package``): a new container then reads them instead of deriving them."""
    from ._companies import _gate as brand_gate
    from ._prefilter import dump_tables
    from ._scorer import _gate as signal_gate

    return dump_tables([signal_gate(), brand_gate()])


def __getattr__(name: str) -> Any:
    # The LLM path imports httpx / boto3 machinery; keep it out of the 50 ms import budget.
    if name == "analyze_with_llm":
        from .llm import analyze_with_llm

        return analyze_with_llm
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
