"""Rules checked before every agent call. Each refusal carries its reason.

The agent calls a number a scammer left; a wrong number means calling a real
person, an emergency line or a premium-rate trap. So, before every call:

1. the number is a valid E.164 number that occurs in the transcript;
2. never emergency or N11 numbers, short codes or premium-rate / shared-cost lines;
2b. toll fraud: only numbers whose *region* is in ``AGENT_ALLOWED_COUNTRIES`` (so ``+1 809``
    is the Dominican Republic, not the US), never ``+87x`` / ``+88x`` (satellite and
    international networks, the classic revenue-share destinations) whatever the setting,
    and only the number types a scam call centre answers on: fixed line, mobile, either,
    toll free (VoIP only with ``AGENT_ALLOW_VOIP``). Whoever owns a premium, personal,
    pager, UAN or shared-cost number is paid per minute, and our agent is built to stay
    on the line;
3. never our own Twilio, VAPI or operator numbers;
4. never a number on the do-not-call list (``AGENT_DO_NOT_CALL``: real bank lines...);
5. at most N calls per target number and M overall per day, counted in Redis;
6. never a second call to a number whose agent call is still active.

Rules 1-4 need no I/O. Rules 5-6 reserve a slot atomically in one round trip
(``claim_then``: the active-call key is the claim, the counters its writes), and
give the slot back when a limit is exceeded or the call cannot be placed.
Numbers appear in Redis keys only as a short hash.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any, Callable

from chalicelib.errors import Refusal
from chalicelib.settings import Settings
from chalicelib.store import Command, Store

ACTIVE_CALL_SECONDS = 45 * 60  # longest agent call (30 min) plus margin, cleared by the end-of-call report


def active_key(number_tag: str) -> str:
    """Set while an agent call to the number is live (rule 6)."""
    return f"hl:agent:active:{number_tag}"


def number_key(number: str) -> str:
    """A stable, non-reversible-at-a-glance tag for a number in Redis keys."""
    return hashlib.sha256(number.encode()).hexdigest()[:16]


def _transcript_numbers(transcript: str) -> set[str]:
    from chalicelib.analysis import normalize
    from chalicelib.analysis._numbers import find_phone_numbers

    return {c.e164 for c in find_phone_numbers(normalize(transcript))}


def check_number(number: str | None, transcript: str, settings: Settings) -> str:
    """Rules 1-4 (no I/O). Returns the number in E.164 or raises :class:`Refusal`."""
    import phonenumbers
    from phonenumbers import shortnumberinfo

    if not number:
        raise Refusal("no_number", "no callback number was extracted")
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        raise Refusal("invalid", "the callback number is not a valid E.164 number") from None
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    national = str(parsed.national_number)
    region = phonenumbers.region_code_for_number(parsed) or "US"
    if shortnumberinfo.is_emergency_number(national, region) or (len(national) == 3 and national.endswith("11")):
        raise Refusal("emergency", "refusing to call an emergency or N11 number")
    if len(national) < 7:
        raise Refusal("short_code", "refusing to call a short code")
    if parsed.country_code in _NEVER_CODES:
        raise Refusal("toll_fraud", f"refusing to call a +{parsed.country_code} satellite / international network number")
    if not phonenumbers.is_valid_number(parsed):
        raise Refusal("invalid", "the callback number is not a valid phone number")
    _check_destination(parsed, settings)
    own = {settings.twilio_phone_number, settings.vapi_caller_number, settings.operator_phone_number}
    if e164 in own:
        raise Refusal("own_number", "refusing to call one of our own numbers")
    if e164 in settings.agent_do_not_call:
        raise Refusal("do_not_call", "the number is on the do-not-call list")
    if e164 not in _transcript_numbers(transcript):
        raise Refusal("not_in_transcript", "the callback number does not occur in the transcript")
    return e164


# Number types a scam call centre can really be reached on. Everything else (premium rate,
# shared cost, personal numbers, pagers, UAN, voicemail access, unknown) is refused.
_CALLABLE_TYPES = {"FIXED_LINE", "MOBILE", "FIXED_LINE_OR_MOBILE", "TOLL_FREE"}
# Country calling codes +870..+889: Inmarsat, Iridium, international networks; never called.
_NEVER_CODES = range(870, 890)


def _check_destination(parsed: Any, settings: Settings) -> None:
    """Rule 2b: where the number rings, and what kind of line it is."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    region = phonenumbers.region_code_for_number(parsed)
    if region not in settings.agent_allowed_countries:
        allowed = ",".join(sorted(settings.agent_allowed_countries))
        raise Refusal("country", f"the callback number is in region {region or 'unknown'}, not in AGENT_ALLOWED_COUNTRIES ({allowed})")
    name = PhoneNumberType.to_string(phonenumbers.number_type(parsed))
    if name == "VOIP" and settings.agent_allow_voip:
        return
    if name in ("PREMIUM_RATE", "SHARED_COST"):
        raise Refusal("premium", "refusing to call a premium-rate or shared-cost number")
    if name not in _CALLABLE_TYPES:
        raise Refusal("number_type", f"refusing to call this type of line ({name.lower().replace('_', ' ')})")


@dataclass(frozen=True)
class Slot:
    """A reserved agent call: released if the call cannot be placed."""

    number_tag: str
    day: str


class CallLimiter:
    """Rules 5-6 in Redis: per-number and global daily counters plus an active-call lock."""

    def __init__(self, store: Store, settings: Settings, *, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.per_number = settings.agent_max_calls_per_number
        self.per_day = settings.agent_max_calls_per_day
        self._clock = clock

    def _keys(self, tag: str, day: str) -> tuple[str, str, str]:
        return active_key(tag), f"hl:agent:count:{day}", f"hl:agent:count:{day}:{tag}"

    def reserve(self, number: str, *, token: str | None = None) -> Slot:
        """Take the number's slot. ``token`` (the task id): a retry of the same task gets its own slot back."""
        tag, day = number_key(number), time.strftime("%Y%m%d", time.gmtime(self._clock()))
        active, total, per_number = self._keys(tag, day)
        replies = self.store.claim_then(active, ACTIVE_CALL_SECONDS, [
            ("incr", total), ("expire", total, 2 * 86_400), ("incr", per_number), ("expire", per_number, 2 * 86_400),
        ], token=token)
        if replies is None:
            raise Refusal("active", "an agent call to this number is still active")
        slot = Slot(tag, day)
        if int(replies[2]) > self.per_number:
            self.release(slot)
            raise Refusal("number_limit", f"already {self.per_number} agent call(s) to this number today")
        if int(replies[0]) > self.per_day:
            self.release(slot)
            raise Refusal("daily_limit", f"the daily limit of {self.per_day} agent calls is reached")
        return slot

    def release(self, slot: Slot) -> None:
        """Give back a reservation whose call did not happen."""
        active, total, per_number = self._keys(slot.number_tag, slot.day)
        self.store.pipeline([("decr", total), ("decr", per_number), ("del", active)])

    @staticmethod
    def call_ended_commands(number_tag: str) -> list[Command]:
        """The call is over: the number may be called again (within the daily limits)."""
        return [("del", active_key(number_tag))]


# ------------------------------------------------------ operator do-not-call list
# Rule 4b (issue 15, scam intelligence): numbers an operator marked as false positives
# (``python -m chalicelib intel false-positive``, ``POST /api/intel/false-positives``) join the
# do-not-call list at run time. Kept in Redis as number tags only; written by chalicelib.intel.
OPERATOR_DNC_KEY = "hl:intel:fp"


def check_operator_do_not_call(store: Store, number: str) -> None:
    """Refuse a number the operator marked as a false positive (one HEXISTS)."""
    if store.execute("hexists", OPERATOR_DNC_KEY, number_key(number)):
        raise Refusal("do_not_call", "an operator marked this number as a false positive")
