"""Find the callback number or key a caller asks for, in digits or in spoken words.

Scammers read the callback number aloud, so the transcript holds it in every form:
"1-800-412-5567", "one eight hundred four one two five five six seven", "triple eight",
"double five", "oh" for zero, or digits and words mixed.  We turn each maximal run of
number tokens into its digit string, then only ever cut that string at token boundaries and
ask ``phonenumbers`` whether a piece is a valid number.  A digit that is not in the text is
never added, so a number is never invented.

``phonenumbers`` is imported inside :func:`find_phone_numbers`: it costs more to import than
the rest of the package together, and a verdict without a callback does not need it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._prefilter import GatedPattern

__all__ = ["PhoneCandidate", "find_phone_numbers", "pick_callback_number", "callback_requested",
           "local_callback_requested", "find_press_key", "digits_of"]

_UNITS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
          "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9", "to": "2", "too": "2",
          # a bilingual robocall reads its number in Spanish: "llame al ocho ocho ocho cinco cinco cinco ..."
          "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
          "siete": "7", "ocho": "8", "nueve": "9"}
# Words that ASR also uses in ordinary speech: they count as digits only inside a run
# that already has a strong digit token next to them ("call one eight hundred" yes,
# "talk to you" no).
_WEAK = {"oh", "o", "for", "to", "too"}
# Of those, the ones that at a run's edge are almost always prepositions ("talk to").
_EDGE_WEAK = {"for", "to", "too", "plus"}
_TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
          "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
          "nineteen": "19"}
_TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5",
         "sixty": "6", "seventy": "7", "eighty": "8", "ninety": "9"}
_REPEAT = {"double": 2, "triple": 3, "treble": 3}
_FILLER = {"dash", "hyphen"}
_CALL_CUES = {"call", "callback", "dial", "reach", "contact", "ring", "text", "number",
              "hotline", "line", "phone", "at", "on", "us", "back", "free", "toll"}
# Verbs that ask the listener to ring a number ("call us at", "by calling", "dial").
_CALL_VERBS = {"call", "calling", "callback", "dial", "ring", "reach", "contact", "phone",
               "text", "llame", "marque", "llamar", "llamenos", "comuniquese"}
# First characters and words that can start a number token (anything else is skipped fast).
_DIGIT_START = frozenset("0123456789+")
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TEENS) | frozenset(_TENS) | frozenset(_REPEAT) | {"plus"}
# A text that needs more number checks than this is noise (a digit dump, not a voicemail):
# the extractor stops there, left to right, so its work is bounded whatever the input.
MAX_CHECKS = 128
# Words before a number searched for a sign that it is the listener's own or an identifier.
OWN_WINDOW = 12
_OWN_CUES = ("your number", "your phone number", "my number", "best number to reach you",
             "callback number to reach you", "number to reach you", "your mobile number",
             "your cell number", "your cell phone number", "number on the account",
             "number on your account", "number on the order", "number on file",
             "phone number on your", "phone number on the",
             "number youre", "number you are",
             # a desk asking for a number: what follows is the customer's own
             "can i get the", "can i have the", "may i have the", "could i get the",
             "can i get your", "can i have your", "may i have your", "could i have your",
             # digits read out as an identifier, not a number to ring
             "order number", "account number", "case number", "tracking number",
             "reference number", "confirmation number", "ticket number", "policy number",
             "member id", "serial number", "card number", "on the back", "the code is",
             "claim code", "pin is", "numbers are", "id is", "your id", "session id",
             "access code", "anydesk id", "teamviewer id", "remote id",
             # a card's digits read out: "the sixteen digits, not the access number under the strip"
             "sixteen digits", "16 digits", "access number",
             # a desk referring the customer elsewhere ("the number for the energy assistance
             # program"): a number for the listener to keep, not the speaker's callback
             "the number for the", "the number for your",
             # an opt-out line ("text STOP to 0800 555 0176"): a number to leave, not to ring
             "stop to", "stop at", "to opt out", "to unsubscribe",
             # a stranger's number passed on ("somebody called me saying they were your son ... the number was
             # 415 555 0139 if you want it for the police"): a report, not the speaker's callback
             "the number was", "called me from", "they called from", "number it came from", "number that called")


# A noun right before the digits names what they identify: "shipment 1234567890", "order
# 4412 5567 89", "USPS Tracking 9400 1118 9922 ..." are a parcel and an order, not a number to ring.
_IDENTIFIED = frozenset({"shipment", "parcel", "package", "order", "item", "consignment", "awb", "waybill",
                         "invoice", "policy", "case", "ticket", "booking", "reservation", "ref",
                         "tracking", "confirmation", "citation", "reference", "receipt",
                         "transaction", "voucher"})


@dataclass(frozen=True)
class PhoneCandidate:
    """One valid phone number found in the text, with where its digits began."""

    e164: str
    start_token: int
    spoken: bool


@dataclass
class _Run:
    chunks: list[tuple[str, int, bool]]  # (digits, token index, is a weak word)

    def strong(self) -> bool:
        return any(not weak for _, _, weak in self.chunks)


def digits_of(text: str) -> str:
    """All digits of ``text`` in order, for comparing two renderings of one number."""
    return "".join(ch for ch in text if ch.isdigit())


def _token_digits(tokens: list[str], i: int) -> tuple[str | None, int, bool]:
    """Digits spelled by tokens[i:] and how many tokens they use; None if not a number."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if tok.startswith("+") and tok[1:].isdigit():
        return tok, 1, False
    if tok == "plus" and (nxt.isdigit() or nxt in _UNITS or nxt in _REPEAT):
        return "+", 1, True  # weak: a lone "plus" is no number
    if tok.isdigit():
        if nxt in ("hundred", "thousand") and len(tok) == 1:
            return tok + ("00" if nxt == "hundred" else "000"), 2, False
        return tok, 1, False
    if tok in _REPEAT and nxt:
        inner = nxt if nxt.isdigit() and len(nxt) == 1 else _UNITS.get(nxt)
        if inner is not None and nxt not in _WEAK - {"oh", "o"}:
            return inner * _REPEAT[tok], 2, False
        return None, 0, False
    if (tok in _TENS and nxt in _TEENS) or (tok in _TEENS and nxt in _TENS):
        return None, 0, False  # a year ("twenty nineteen", "nineteen twenty"), not digits of a number to ring
    if tok in _TENS:
        if nxt in _UNITS and nxt not in _WEAK and nxt != "zero":
            return _TENS[tok] + _UNITS[nxt], 2, False
        return _TENS[tok] + "0", 1, False
    if tok in _TEENS:
        return _TEENS[tok], 1, False
    if tok in _UNITS:
        if nxt in ("hundred", "thousand") and tok not in _WEAK:
            return _UNITS[tok] + ("00" if nxt == "hundred" else "000"), 2, False
        return _UNITS[tok], 1, tok in _WEAK
    return None, 0, False


# A transcript's turn label ("speaker 3 two four eight seven ..."): its digit starts no number.
_SPEAKER_LABELS = frozenset({"speaker", "person", "participant", "spk"})


def _numberish(tok: str) -> bool:
    """Whether a number may be read from (or run through) this token: digits, a number word,
    or "dash"."""
    return tok[0] in _DIGIT_START or tok in _NUMBER_WORDS or tok in _FILLER


def _runs(tokens: list[str]) -> list[_Run]:
    """Maximal runs of number tokens; "to" / "for" at a run's edges are dropped."""
    runs: list[_Run] = []
    current: list[tuple[str, int, bool]] = []
    i = 0
    # Only the few number tokens are visited (most words are none: a run ends at the first word
    # between two of them), so a long text costs one quick test per word.
    for k in [k for k, tok in enumerate(tokens) if _numberish(tok)]:
        if k < i:
            continue  # read with the token before it ("double five", "twenty one")
        if k > i and current:
            runs.append(_Run(current))
            current = []
        i = k
        if i and tokens[i - 1] in _SPEAKER_LABELS:  # "speaker 3"
            if current:
                runs.append(_Run(current))
                current = []
            i += 1
            continue
        digits, used, weak = _token_digits(tokens, i)
        if digits is not None:
            current.append((digits, i, weak))
            i += used
            continue
        if tokens[i] in _FILLER and current:
            i += 1
            continue
        if current:
            runs.append(_Run(current))
        current = []
        i += 1
    if current:
        runs.append(_Run(current))
    trimmed = []
    for run in runs:
        chunks = run.chunks
        while chunks and chunks[0][2] and tokens[chunks[0][1]] in _EDGE_WEAK - {"plus"}:
            chunks = chunks[1:]
        while chunks and chunks[-1][2] and tokens[chunks[-1][1]] in _EDGE_WEAK:
            chunks = chunks[:-1]
        if chunks:
            trimmed.append(_Run(chunks))
    return trimmed


@functools.lru_cache(maxsize=4096)
def _valid(candidate: str, regions: tuple[str, ...]) -> str | None:
    """The E.164 form of ``candidate`` if it is a valid number in one of ``regions``, else None.

    Cached: the same digits are tried again for every cut of a run, and a campaign repeats
    its number across messages (``phonenumbers`` costs tens of microseconds a parse).
    """
    import phonenumbers  # lazy: see module docstring

    for region in regions:
        try:
            parsed = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None


MAX_E164_DIGITS = 15  # the longest phone number, country code included (ITU-T E.164)


def find_phone_numbers(norm: str, regions: tuple[str, ...] = ("US", "GB"),
                       max_checks: int | None = None, skip_identifiers: bool = False) -> list[PhoneCandidate]:
    """Every valid phone number in normalised text, longest reading first within a run.

    Pieces are cut from a run only at token boundaries and must hold 10 to 15 digits (an
    E.164 number without a country code for the region tried has at least 10 in the US and
    GB), so "my badge number is 321512" never becomes a phone number.  With ``max_checks``
    (the analyzer passes ``MAX_CHECKS``) at most that many pieces are validated, left to
    right, so a digit dump costs a bounded time; without it every piece is (masking needs all).
    With ``skip_identifiers`` a run of written digit groups longer than any phone number ("usps
    9400 1118 9922 3174 4455 12", a card's sixteen digits) yields at most the number that opens
    it, never one cut from its middle or read with a country code it lacks: the analyzer's
    reading (no agent may ring digits off a card), while masking still hides every piece.
    """
    tokens = norm.split()
    found: list[PhoneCandidate] = []
    budget = max_checks
    for run in _runs(tokens):
        if not run.strong():
            continue
        chunks = run.chunks
        spoken = any(not tokens[idx].lstrip("+").isdigit() for _, idx, _ in chunks)
        # written digits longer than any phone number: a card or a tracking number, or a number said twice
        identifier = (skip_identifiers and not spoken
                      and sum(len(d.lstrip("+")) for d, _, _ in chunks) > MAX_E164_DIGITS)
        i = 0
        while i < len(chunks):
            best: tuple[str, int] | None = None
            acc = ""
            for j in range(i, len(chunks)):
                acc += chunks[j][0]
                plain = acc.lstrip("+")
                if len(plain) > MAX_E164_DIGITS:
                    break
                if len(plain) < 10:
                    continue
                if budget is not None:
                    budget -= 1
                    if budget < 0:
                        return found
                e164 = _valid(acc, regions)
                if e164 is None and not identifier and not acc.startswith("+") and len(plain) >= 11:
                    e164 = _valid("+" + acc, regions)
                if e164 is not None:
                    best = (e164, j)
            if best is not None:
                found.append(PhoneCandidate(best[0], chunks[i][1], spoken))
                i = best[1] + 1
            else:
                i += 1
            if identifier:
                break  # only a number that opens the run ("689 555 0131 689 555 0131"), none cut from its middle
    return found


# Words before a number searched for call cues ("call us at", "dial").
CUE_WINDOW = 8
# A desk's question for an identifier, further back ("can you give me the medicare card number if you've got
# it anywhere ... i've got a photo of the card on my phone, yeah it's four one two three ..."): the digits that
# answer it, with no call verb just before them, are the customer's card, not a number to ring.
ID_QUESTION_WINDOW = 30
# (the call verbs that are no noun too: "a photo of the card on my phone, yeah it's ..." asks for no call)
_DIAL_VERBS = _CALL_VERBS - {"phone", "text"}
# the identifiers a desk asks for beyond those a noun before the digits names
_ASKED_IDENTIFIERS = frozenset({"account", "claim", "member", "membership", "serial", "customer"})
_ID_QUESTION = re.compile(r"\b(?:can|could|may) (?:you (?:give|read|tell) me|i (?:have|get|take)) (?:the|your) "
                          r"(?:\w+ ){0,3}(?:number|id)\b|"
                          # "sure, whats the waybill number", "have you got the reference on the card"
                          r"\b(?:whats|what is|have you got) (?:the|your) (?:(?:"
                          + "|".join(sorted(_IDENTIFIED | _ASKED_IDENTIFIERS)) +
                          r") (?:number|id|reference)\b|reference\b)|"
                          # "have you got the reference on the card ... lovely, read it all out for me"
                          r"\bread (?:it|that|them|those) (?:all )?(?:out|back)\b", re.ASCII)


def _introduced_as_own(tokens: list[str], start: int, reach: int = CUE_WINDOW) -> bool:
    """Whether the words before ``tokens[start]`` introduce the number as the listener's own
    or as an identifier ("your number is", "the order number", "card number")."""
    window = " ".join(tokens[max(0, start - reach):start])
    # "your item 9400 1118 9922 3344 5566 77": a tracking number's tail is no phone number
    # either, so the noun is looked for before the whole run of digit groups
    first = start
    while first > 0 and tokens[first - 1].isdigit():
        first -= 1
    if any(cue in window for cue in _OWN_CUES) or (first > 0 and tokens[first - 1] in _IDENTIFIED):
        return True
    asked = " ".join(tokens[max(0, start - ID_QUESTION_WINDOW):start])
    return (_ID_QUESTION.search(asked) is not None
            and not any(tok in _DIAL_VERBS for tok in tokens[max(0, start - CUE_WINDOW):start]))


def _asked_to_call(tokens: list[str], start: int) -> bool:
    """Whether a call verb shortly before ``tokens[start]`` asks for that number to be rung."""
    before = tokens[max(0, start - CUE_WINDOW):start]
    return (not _introduced_as_own(tokens, start)
            and any(tok in _CALL_VERBS for tok in before))


def pick_callback_number(norm: str, candidates: list[PhoneCandidate]) -> str | None:
    """The number the caller most wants called back: cue words before it, then repetition.

    A number introduced as the listener's own ("what is your number") loses points, because
    in a mixed two-party transcript the victim may read out their own number; when only such
    numbers remain there is no callback number at all: the agent must never ring the listener.
    """
    if not candidates:
        return None
    tokens = norm.split()
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    for cand in candidates:
        before = tokens[max(0, cand.start_token - CUE_WINDOW):cand.start_token]
        score = 1.0 + sum(0.5 for tok in before if tok in _CALL_CUES)
        # a little further back for whose number it is: "the order number it starts with
        # nine zero two uh yes nine zero two one one ..."
        if _introduced_as_own(tokens, cand.start_token, OWN_WINDOW):
            score = -1.0  # however many "phone number"s the desk's question held
        scores[cand.e164] = scores.get(cand.e164, 0.0) + score
        first.setdefault(cand.e164, cand.start_token)
    best = max(scores, key=lambda num: (scores[num], -first[num]))
    return best if scores[best] > 0 else None


def callback_requested(norm: str, candidates: list[PhoneCandidate], number: str | None) -> bool:
    """Whether the speaker asks for ``number`` to be called: a call verb shortly before it.

    "call my lawyer mr brown at 415..." and "by calling 1 888..." ask for a call back; a
    number read out as the listener's own ("your number is ...") does not.
    """
    if number is None:
        return False
    tokens = norm.split()
    return any(cand.e164 == number and (_asked_to_call(tokens, cand.start_token)
                                        or _signs_off_with(tokens, cand.start_token))
               for cand in candidates)


# What may follow the number that ends a message ("... 866 555 0158 thanks bye").
_SIGN_OFF = frozenset({"thanks", "thank", "you", "thx", "bye", "again", "cheers", "ty"})
SIGN_OFF_TOKENS = 16


def _signs_off_with(tokens: list[str], start: int) -> bool:
    """Whether the number starting at ``tokens[start]`` is the message's last words: a
    voicemail that ends on a number leaves it to be rung, call verb or not."""
    rest = tokens[start:]
    return (len(rest) <= SIGN_OFF_TOKENS and not _introduced_as_own(tokens, start)
            and all(_numberish(tok) or tok in _SIGN_OFF for tok in rest))


def local_callback_requested(norm: str) -> bool:
    """Whether the speaker asks to be rung on a seven-digit local number ("call 555 0174").

    A robocall read for one area code often gives the number without it.  Such a number
    cannot be dialled (the agent never calls it), but the request is the same evidence as a
    full number's: a problem or an offer to be settled by calling the caller.
    """
    tokens = norm.split()
    for run in _runs(tokens):
        digits = "".join(chunk[0] for chunk in run.chunks)
        if len(digits) != 7 or digits[0] in "01" or not run.strong():
            continue  # a North American local number: seven digits, no leading 0 or 1
        if _asked_to_call(tokens, run.chunks[0][1]):
            return True
    return False


_KEY_WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
              "six": "6", "seven": "7", "eight": "8", "nine": "9", "star": "*",
              "pound": "#", "hash": "#"}
# (gated by the scorer's signal gate, which has read the same text first: ``GatedPattern``)
_PRESS = GatedPattern(re.compile(
    r"\b(?:press|push|dial|hit)\s+(?:the\s+)?(?:number\s+|key\s+|button\s+)?"
    r"(zero|one|two|three|four|five|six|seven|eight|nine|star|pound|hash|[0-9])\b"
    r"(?!\s+(?:eight\s+hundred|hundred|[0-9]{2,}))"
))


def find_press_key(norm: str) -> str | None:
    """The key a robocall asks the listener to press ("press one to speak to an agent")."""
    match = _PRESS.search(norm)
    if match is None:
        return None
    word = match.group(1)
    return _KEY_WORDS.get(word, word)
