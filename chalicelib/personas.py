"""Who answers the scammer: the agent persona for an impersonated company.

Operators can map companies to their own VAPI assistants (``VAPI_ASSISTANTS``, a
JSON object such as ``{"Coinbase": "asst_123", "Microsoft": "asst_456"}``); the
company the analyzer found is matched to those names fuzzily ("coin base",
"Microsoft Support" → Microsoft). Otherwise a built-in transient assistant for the
scam family plays a confused, cooperative victim who is slow to follow
instructions and never gives real data, with a random first name, city and a
voice of matching gender (as the original system did).
"""

from __future__ import annotations

import difflib
import random
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

FAMILIES = ("crypto", "it_support", "bank", "government", "generic")

_FAMILY_OF_TYPE = {
    "crypto_exchange": "crypto", "romance_investment": "crypto",
    "it_support": "it_support", "refund": "it_support",
    "banking": "bank", "loan_debt": "bank",
    "government": "government", "utility": "government",
}

_NAMES = {
    "female": ("Margaret", "Dorothy", "Linda", "Barbara", "Patricia", "Carol", "Joan", "Shirley", "Betty", "Ruth"),
    "male": ("Harold", "Walter", "Frank", "Gerald", "Richard", "Eugene", "Raymond", "Howard", "Stanley", "Donald"),
}
_VOICES = {  # Azure neural voices VAPI offers without a separate voice-provider key
    "female": ("en-US-JennyNeural", "en-US-AriaNeural", "en-US-SaraNeural"),
    "male": ("en-US-GuyNeural", "en-US-DavisNeural", "en-US-TonyNeural"),
}
_CITIES = ("Tulsa", "Dayton", "Spokane", "Boise", "Toledo", "Wichita", "Fresno", "Lubbock", "Akron", "Peoria")

_SITUATION = {
    "crypto": "You have a little money in a cryptocurrency account your grandson set up for you and you barely understand it.",
    "it_support": "You are not good with computers; your old laptop is slow and you are worried about viruses.",
    "bank": "You are anxious about your savings and confused about which of your bank cards is which.",
    "government": "You are frightened of being in trouble with the authorities and want to sort it out.",
    "generic": "You got a message asking you to call this number back and you want to know what it is about.",
}

_RULES = """Rules you never break:
- You are a real person, never an AI; never mention honeypots, scams or recordings.
- Never give real personal data: invent a plausible name spelling, a wrong date of birth, card or account numbers that do not work, and read them slowly with mistakes.
- Never install software, never buy gift cards or crypto for real, never transfer money; pretend to try and have trouble.
- Be cooperative, polite and confused: ask them to repeat things, mishear numbers, go looking for your glasses, get interrupted by your cat or the kettle.
- Keep the caller talking as long as possible; never hang up first unless they become abusive.
- Never threaten the caller or reveal you know it is a scam."""


@dataclass(frozen=True)
class Persona:
    key: str  # stable name for the leaderboard
    name: str
    family: str
    assistant_id: str | None = None
    gender: str = "female"
    city: str = ""
    voice: str = ""
    overrides: dict[str, Any] = field(default_factory=dict)

    def assistant(self, company: str | None) -> dict[str, Any]:
        """The transient VAPI assistant for this persona (built-in personas only)."""
        who = f"You are {self.name}, a retired {'woman' if self.gender == 'female' else 'man'} from {self.city}, aged 74."
        topic = f" The caller claims to be from {company}." if company else ""
        return {
            "name": f"Honeyline {self.name}"[:40],
            "firstMessage": "Hello? Yes, hello, I had a message to call this number back... who am I speaking to?",
            "model": {
                "provider": "openai",
                "model": "gpt-4o-mini",
                "messages": [{"role": "system", "content": f"{who} {_SITUATION[self.family]}{topic}\n\n{_RULES}"}],
            },
            "voice": {"provider": "azure", "voiceId": self.voice},
            "maxDurationSeconds": 1800,
            "silenceTimeoutSeconds": 60,
        }


def family_for(scam_type: str | None) -> str:
    return _FAMILY_OF_TYPE.get(scam_type or "", "generic")


def _normalize(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def match_assistant(company: str | None, assistants: Mapping[str, str]) -> tuple[str, str] | None:
    """The configured (company, assistant id) closest to ``company``, if close enough."""
    if not company or not assistants:
        return None
    wanted = _normalize(company)
    best: tuple[float, str] | None = None
    for configured in assistants:
        candidate = _normalize(configured)
        if not candidate:
            continue
        if candidate in wanted or wanted in candidate:
            score = 1.0
        else:
            score = difflib.SequenceMatcher(None, wanted, candidate).ratio()
        if score >= 0.8 and (best is None or score > best[0]):
            best = (score, configured)
    return (best[1], assistants[best[1]]) if best else None


def choose_persona(company: str | None, scam_type: str | None, assistants: Mapping[str, str], rng: random.Random | None = None) -> Persona:
    """A configured assistant for the company, else a randomized built-in victim for the family."""
    rng = rng or random.Random()
    configured = match_assistant(company, assistants)
    if configured:
        name, assistant_id = configured
        return Persona(key=f"assistant:{name}", name=name, family=family_for(scam_type), assistant_id=assistant_id)
    family = family_for(scam_type)
    gender = rng.choice(("female", "male"))
    return Persona(
        key=f"builtin:{family}",
        name=rng.choice(_NAMES[gender]),
        family=family,
        gender=gender,
        city=rng.choice(_CITIES),
        voice=rng.choice(_VOICES[gender]),
    )
