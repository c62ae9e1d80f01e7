"""Conversation mode: judge a two-party call and pull out the intelligence the scammer gave away.

The agent's own calls (the VAPI end-of-call report) and calls where the victim rang a fake
support desk have two parties.  ``judge_conversation`` decides whether the *other* party (the
callee of our agent, or the "desk") behaved as a scammer, says why in one sentence ("the
callee behaved as a scammer: asked for remote access and gift cards"), and lists what they
revealed: payment methods, websites, remote-access tools, names, phone numbers, amounts.

Speakers: VAPI's ``artifact.messages`` carry a ``role`` (``bot`` / ``assistant`` is our
agent, ``user`` / ``customer`` is the callee); its ``artifact.transcript`` is text with
``AI:`` / ``User:`` labels.  When the callee's turns can be told apart, only their words are
judged, so the persona's own lines ("I bought the gift cards!") never count against them.
Without labels the whole text is judged (what the caller and the callee said, mixed), as
real speech-recognition output arrives.

The result is a plain JSON-ready dict (``Intelligence`` is a ``TypedDict``) so that the
dashboard, the alerts and the scam-intelligence work reuse it as it is.  Phone numbers are in
full E.164 there (the blocklist needs them); ``public_view`` masks them for display.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypedDict

from . import MAX_CALL_CHARS, analyze, normalize, readings
from ._companies import find_company
from ._numbers import MAX_CHECKS, find_phone_numbers

__all__ = ["Intelligence", "MAX_CONVERSATION_CHARS", "extract_intelligence", "intelligence_summary",
           "judge_conversation", "public_view", "split_turns"]

# A ten-minute call is about 8,000 characters; the judge reads as far as the analyzer does.
MAX_CONVERSATION_CHARS = MAX_CALL_CHARS

_AGENT_ROLES = frozenset({"bot", "assistant", "ai", "agent", "system", "tool"})
_CALLEE_ROLES = frozenset({"user", "customer", "callee", "human", "caller"})
_LABEL = re.compile(r"(?im)(?:^|(?<=[\s.!?]))(ai|assistant|bot|agent|user|customer|callee|human)\s*:")


class Intelligence(TypedDict):
    """What the other party revealed; every list is de-duplicated, in order of first mention."""

    payment_methods: list[str]
    websites: list[str]
    remote_access_tools: list[str]
    phone_numbers: list[str]  # E.164, in full
    names: list[str]
    amounts: list[str]
    companies: list[str]


# (display name, pattern) on normalised text
_PAYMENTS: tuple[tuple[str, str], ...] = (
    ("Google Play gift card", r"google play"),
    ("Apple gift card", r"(?:itunes|apple) (?:gift )?cards?|apple store card"),
    ("Steam gift card", r"steam (?:gift )?cards?"),
    ("eBay gift card", r"ebay (?:gift )?cards?"),
    ("Amazon gift card", r"amazon (?:gift )?cards?"),
    ("Target gift card", r"target (?:gift )?cards?"),
    ("Walmart gift card", r"walmart (?:gift |money )?cards?"),
    ("Vanilla prepaid card", r"vanilla (?:visa|gift|cards?)"),
    ("Green Dot card", r"green ?dot"),
    ("gift card", r"gift ?cards?"),
    ("prepaid card", r"prepaid (?:card|debit|visa)"),
    ("Bitcoin ATM", r"bitcoin (?:atm|machine)|crypto(?:currency)? atm"),
    ("Bitcoin", r"bitcoin|btc"),
    ("crypto", r"crypto(?:currency)?|usdt|tether|ethereum"),
    ("wire transfer", r"wire (?:transfer|the money|money)"),
    ("Western Union", r"western union"),
    ("MoneyGram", r"money ?gram"),
    ("Zelle", r"zelle"),
    ("Venmo", r"venmo"),
    ("Cash App", r"cash ?app"),
    ("PayPal", r"pay ?pal"),
    ("money order", r"money order|cashiers? check"),
    ("cash by courier", r"courier|cash in (?:an? )?(?:envelope|box)|overnight (?:the )?cash"),
    ("bank transfer to a 'safe' account", r"safe (?:account|wallet)|secure account|sort code and "
     r"account number"),
)
_TOOLS: tuple[tuple[str, str], ...] = (
    ("AnyDesk", r"any ?desk"), ("TeamViewer", r"team ?viewer"), ("UltraViewer", r"ultra ?viewer"),
    ("Supremo", r"supremo"), ("LogMeIn", r"log ?me ?in|fast ?support"), ("Quick Assist", r"quick ?assist"),
    ("ScreenConnect", r"screen ?connect|connect ?wise"), ("RustDesk", r"rust ?desk"),
    ("Zoho Assist", r"zoho assist"), ("Splashtop", r"splashtop"), ("Ammyy Admin", r"ammyy"),
    ("GoTo Assist", r"go ?to ?assist"), ("Remote PC", r"remote ?pc"), ("ShowMyPC", r"show ?my ?pc"),
)
_PAYMENT_RES = tuple((name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in _PAYMENTS)
_TOOL_RES = tuple((name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in _TOOLS)
_TLDS = r"com|net|org|co|us|uk|info|biz|xyz|top|io|me|cc|online|site|support|help|app|live|tech"
# "support dash fix dot com" as spoken, or "support-fix.com" as typed (see _HYPHEN)
_WEBSITE = re.compile(rf"\b(?:([a-z0-9]+) )?((?:w w w dot |www dot )?(?:[a-z0-9]+ (?:dot|dash) )*"
                      rf"[a-z0-9]+ dot (?:{_TLDS}))\b")
_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])")
# Names that speech recognition splits in two ("any desk dot com" is anydesk.com).
_SPLIT_NAMES = frozenset({"anydesk", "teamviewer", "ultraviewer", "logmein", "quickassist",
                          "screenconnect", "rustdesk", "showmypc", "remotepc", "gotoassist",
                          "fastsupport", "paypal", "coinbase", "geeksquad", "cashapp"})
_TITLE = r"(?:officer|agent|detective|sergeant|inspector|deputy|mr|mrs|ms|dr|doctor)"
# A name is given as "my name is X", "ask for X", "officer X", or "this is X from/with ...".
_NAMES = (
    re.compile(rf"\b(?:my name is|ask for|speaking with|you can call me) ({_TITLE} )?([a-z]+)(?: ([a-z]+))?"),
    re.compile(rf"\b(?:this is|i am|im) ({_TITLE} )([a-z]+)(?: ([a-z]+))?"),
    re.compile(r"\bthis is ()([a-z]+)(?: ([a-z]+))?(?= (?:from|with|at|calling|in|of) )"),
)
_NOT_NAMES = frozenset("""a an the your you me my it its not calling from with here just going
very so sorry fine good great okay ok really sure glad happy there that this what who how
with microsoft amazon apple calling technical support officer agent department and back
in on at from the""".split())
_AMOUNT = re.compile(r"\b(?:dollar|pound|euro) (\d+)\b|\b(\d[\d]*) (dollars?|pounds?|euros?)\b")
# What a scammer's turn asks for, in words a person reads on the dashboard.
_BEHAVIOURS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"remote_tool", "remote_access", "remote_steps", "keyboard_steps"}), "asked for remote access"),
    (frozenset({"gift_card", "gift_card_demand"}), "asked for gift cards"),
    (frozenset({"crypto_demand"}), "asked for crypto"),
    (frozenset({"wire_cash"}), "asked for a wire, app transfer or cash"),
    (frozenset({"safe_account", "move_money"}), "told the victim to move money"),
    (frozenset({"ask_code", "code_demand"}), "asked for a one-time code"),
    (frozenset({"ask_card", "credential_demand", "ask_login"}), "asked for card, bank or login details"),
    (frozenset({"ask_ssn"}), "asked for a social security number"),
    (frozenset({"payment_demand", "support_plan", "advance_fee"}), "demanded a payment"),
    (frozenset({"legal_threat"}), "threatened arrest or legal action"),
    (frozenset({"secrecy", "told_not_to_tell"}), "demanded secrecy"),
    (frozenset({"refund_process"}), "ran a refund pretext"),
    (frozenset({"device_infected"}), "claimed the device was infected"),
)


def split_turns(transcript: str | None = None, messages: Iterable[Any] | None = None
                ) -> tuple[list[str], list[str]]:
    """(callee turns, agent turns) from VAPI messages or a labelled transcript; ([], []) if unlabelled."""
    callee: list[str] = []
    agent: list[str] = []
    if not isinstance(messages, (list, tuple)):
        messages = ()  # a report without messages, or with something else in their place
    transcript = transcript[:4 * MAX_CONVERSATION_CHARS] if isinstance(transcript, str) else None
    for item in messages:
        if not isinstance(item, dict):
            continue
        role = str(item.get("role") or "").lower()
        words = item.get("message") or item.get("content") or ""
        if not isinstance(words, str) or not words.strip():
            continue
        if role in _CALLEE_ROLES:
            callee.append(words)
        elif role in _AGENT_ROLES and role not in ("system", "tool"):
            agent.append(words)
    if callee or agent or not transcript:
        return callee, agent
    pieces = _LABEL.split(transcript)
    for role, words in zip(pieces[1::2], pieces[2::2]):
        (callee if role.lower() in _CALLEE_ROLES else agent).append(words.strip())
    return callee, agent


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def extract_intelligence(text: str) -> Intelligence:
    """Payment methods, websites, remote-access tools, names, numbers and amounts in ``text``."""
    norm = normalize(text[:MAX_CONVERSATION_CHARS])
    payments = [name for name, pattern in _PAYMENT_RES if pattern.search(norm)]
    if any(p.endswith("gift card") and p != "gift card" for p in payments):
        payments = [p for p in payments if p != "gift card"]  # the brand says more
    if "Bitcoin ATM" in payments:
        payments = [p for p in payments if p != "Bitcoin"]
    websites = []
    # a hyphen inside a typed address is part of it; normalize() would make it a space
    spelled = normalize(_HYPHEN.sub(" dash ", text[:MAX_CONVERSATION_CHARS]))
    for match in _WEBSITE.finditer(spelled):
        before, site = match.group(1), match.group(2)
        if before and (before + site.split(" ", 1)[0]) in _SPLIT_NAMES:
            site = before + site
        site = site.replace("w w w dot ", "www dot ").replace(" dot ", ".").replace(" dash ", "-")
        websites.append(site.replace(" ", ""))
    names = []
    for match in (m for pattern in _NAMES for m in pattern.finditer(norm)):
        title, first, last = match.group(1), match.group(2), match.group(3)
        if first in _NOT_NAMES or find_company(first)[0] is not None:  # "this is coinbase"
            continue
        parts = [first] + ([last] if last and last not in _NOT_NAMES and len(last) > 2 else [])
        names.append(" ".join(([title.strip()] if title else []) + parts).title())
    amounts = []
    for match in _AMOUNT.finditer(norm):
        if match.group(1):
            amounts.append(f"{match.group(1)} {match.group(0).split()[0]}s")
        else:
            unit = match.group(3) if match.group(3).endswith("s") else match.group(3) + "s"
            amounts.append(f"{match.group(2)} {unit}")
    company = find_company(norm)[0]
    numbers = [c.e164 for c in find_phone_numbers(norm, max_checks=MAX_CHECKS)]
    return Intelligence(
        payment_methods=_unique(payments),
        websites=_unique(websites),
        remote_access_tools=_unique(name for name, pattern in _TOOL_RES if pattern.search(norm)),
        phone_numbers=_unique(numbers),
        names=_unique(names),
        amounts=_unique(amounts),
        companies=[company] if company else [],
    )


def judge_conversation(transcript: str | None = None, messages: Iterable[Any] | None = None,
                       *, party: str = "callee") -> dict[str, Any]:
    """Whether the other party of a call behaved as a scammer, why, and what they revealed.

    ``transcript``: the call as text (labelled "AI:"/"User:" or not); ``messages``: VAPI's
    ``artifact.messages``.  ``party`` names the judged speaker in the verdict sentence.
    """
    callee, agent = split_turns(transcript, messages)
    labelled = bool(callee or agent)
    judged = " ".join(callee) if labelled else (transcript or "")
    judged = judged[:MAX_CONVERSATION_CHARS]
    verdicts = [analyze(piece, "call") for piece in readings(judged)]
    best = max(verdicts, key=lambda v: v.confidence)
    signals = {key for v in verdicts for key in v.signals}
    behaviours = [phrase for keys, phrase in _BEHAVIOURS if keys & signals]
    if best.impersonated_company:
        behaviours.insert(0, f"posed as {best.impersonated_company}")
    if best.is_scam:
        verdict = f"the {party} behaved as a scammer" + (f": {_join(behaviours[:4])}" if behaviours else "")
    elif behaviours:
        verdict = f"the {party} did not clearly behave as a scammer (seen: {_join(behaviours[:3])})"
    else:
        verdict = f"the {party} did not behave as a scammer"
    return {
        "is_scam": best.is_scam,
        "confidence": best.confidence,
        "scam_type": best.scam_type,
        "impersonated_company": best.impersonated_company,
        "verdict": verdict,
        "behaviours": behaviours,
        "reasoning": best.reasoning,
        "speakers": "labelled" if labelled else "mixed",
        "intelligence": dict(extract_intelligence(judged)),
    }


def public_view(judgement: dict[str, Any]) -> dict[str, Any]:
    """``judgement`` for the dashboard and alerts: numbers masked, reasoning masked."""
    from chalicelib.redaction import mask_phone, redact_text

    intel = dict(judgement.get("intelligence") or {})
    intel["phone_numbers"] = [mask_phone(n) or "" for n in intel.get("phone_numbers") or []]
    return {**judgement, "reasoning": redact_text(judgement.get("reasoning") or ""),
            "intelligence": intel}


def intelligence_summary(intel: dict[str, Any]) -> str:
    """One line for an alert: "paid with: ...; remote access: ...; websites: ..." (pass it masked)."""
    parts = []
    for label, key in (("paid with", "payment_methods"), ("remote access", "remote_access_tools"),
                       ("websites", "websites"), ("numbers", "phone_numbers"), ("names", "names"),
                       ("amounts", "amounts")):
        values = [str(v) for v in intel.get(key) or [] if v][:5]
        if values:
            parts.append(f"{label}: {', '.join(values)}")
    return "; ".join(parts)


def _join(phrases: list[str]) -> str:
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]
