"""Synthetic scam campaigns for the campaign-grouping tests and benchmark.

Written for this project (no public transcript is copied). Each campaign is a
script with a few interchangeable phrasings per sentence, as real operations reword
their robocalls; every call picks one phrasing per sentence, may skip an optional
one, gets a different agent name, one of the campaign's rotating callback numbers
(spoken as digits or as words), a spoofed caller ID, and speech-recognition noise
(lowercase, no punctuation, dropped words, split brand names). Legitimate
voicemails (the hard negatives: reminders, a bank's own fraud alert, a pharmacy)
come along and must stay out of every campaign.

``generate()`` is deterministic for a seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

NAMES = ["john", "steve", "mark", "kevin", "daniel", "emily", "sarah", "jessica", "david", "peter", "linda", "ryan"]


@dataclass(frozen=True)
class Campaign:
    label: str
    channel: str
    numbers: tuple[str, ...]  # the rotating callback numbers, E.164
    slots: tuple[tuple[str, ...], ...]  # alternatives per sentence; a leading "?" marks an optional sentence
    asr_splits: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SyntheticCall:
    label: str  # the campaign, or "legit-<n>" for a legitimate call
    channel: str  # "call" | "sms"
    text: str
    caller: str  # the (spoofed) caller ID, E.164
    callback: str | None


CAMPAIGNS = (
    Campaign("windows-support", "call", ("+18885550142", "+18775550163", "+18665550118"), (
        ("hello this is {name} from the microsoft windows technical department",
         "hi my name is {name} calling from microsoft windows support",
         "this is {name} with the windows security center at microsoft"),
        ("we have detected that your computer is infected with a dangerous virus",
         "our servers detected a serious virus infection on your computer",
         "your windows computer has been sending us error messages and it is infected with malware"),
        ("?hackers may be stealing your banking passwords and personal files right now",
         "?your personal information and bank details are at risk from hackers"),
        ("your windows license will be suspended and your ip address blocked within twenty four hours",
         "if you do not act today we will have to block your ip address and suspend your windows license"),
        ("please call our certified technicians immediately at {number}",
         "call us back right away on our toll free number {number}",
         "to fix this problem call the technical support line at {number}"),
        ("?do not turn off your computer until you speak to a technician",
         "?please keep your computer switched on and call us now"),
    ), (("microsoft", "micro soft"), ("windows", "window")),
    ),
    Campaign("amazon-purchase", "call", ("+18445550177", "+18555550124", "+12135550190", "+18005550131"), (
        ("hello this is an important message from amazon customer service",
         "hi this is {name} from the amazon fraud prevention team",
         "this call is from amazon security regarding your account"),
        ("an order of an apple iphone for nine hundred ninety nine dollars was placed on your amazon account",
         "we noticed a suspicious purchase of an iphone fourteen pro worth nine hundred and ninety nine dollars on your account",
         "your amazon account was used to buy an iphone for nine ninety nine dollars"),
        ("the order will be shipped to an address in another state",
         "?this item will be delivered today to an address that is not yours",
         "?the package is going to ship to a different address"),
        ("if you did not authorize this purchase press one to speak to an amazon representative",
         "if you did not make this purchase please call our amazon support team",
         "to cancel this order and get a refund speak with our amazon department"),
        ("you can reach us at {number}", "call us back at {number} to cancel the order",
         "our toll free number is {number}"),
        ("?otherwise your card will be charged today", "?your card will be charged if you do not respond"),
    ), (("amazon", "amazing"),),
    ),
    Campaign("ssa-suspension", "call", ("+12025550147", "+12025550183", "+18885550199"), (
        ("this is officer {name} from the social security administration",
         "this call is from the department of social security",
         "hello this is {name} with the office of the inspector general social security administration"),
        ("your social security number has been suspended because of suspicious criminal activity",
         "we have suspended your social security number due to fraudulent activity in texas",
         "your social security number was found at a crime scene and has been flagged for illegal activity"),
        ("?a legal case has been filed against you and an arrest warrant will be issued",
         "?before we issue an arrest warrant in your name we are giving you one chance",
         "?if we do not hear from you the local police will come to arrest you"),
        ("to avoid legal action call us immediately at {number}",
         "press one or call the department back at {number} to speak with an officer",
         "call back on {number} right now to resolve this case"),
        ("?this is your final notice", "?do not ignore this message it is your final warning"),
    )),
    Campaign("coinbase-withdrawal", "call", ("+18335550106", "+18885550120", "+14155550166"), (
        ("hello this is {name} from the coinbase security team",
         "hi this is {name} calling from coinbase customer support",
         "this is an urgent message from coinbase account security"),
        ("we received a request to withdraw two point five bitcoin from your coinbase account to an unknown wallet",
         "someone is trying to transfer your bitcoin out of your coinbase wallet",
         "a withdrawal of your crypto to a new external wallet was requested from a device in russia"),
        ("?if this was not you your account may be compromised",
         "?we believe your account was compromised by a hacker"),
        ("to stop the transfer and secure your funds call our security desk at {number}",
         "please call us back immediately at {number} to cancel the withdrawal",
         "you must verify your identity by calling {number} before the transfer goes through"),
        ("?we will need the verification code we send you",
         "?have your two factor code ready when you call"),
    ), (("coinbase", "coin base"), ("bitcoin", "bit coin")),
    ),
    Campaign("prime-renewal", "call", ("+18775550158", "+18665550193", "+18445550111"), (
        ("hello this is {name} from amazon prime membership services",
         "this is a message from amazon prime billing department",
         "hi this is {name} calling about your amazon prime subscription"),
        ("your prime membership will be automatically renewed today for three hundred ninety nine dollars",
         "we are about to charge three ninety nine dollars to your card for the annual prime renewal",
         "your amazon prime subscription is set to auto renew at a cost of three hundred and ninety nine dollars"),
        ("?this charge will appear on your bank statement within twenty four hours",
         "?the amount will be deducted from your account today"),
        ("if you want to cancel the renewal and get a full refund call our billing team at {number}",
         "to cancel and receive your refund please call us back at {number}",
         "press one or call {number} to cancel the subscription and claim your refund"),
        ("?our agents will help you with the refund process over the phone",
         "?a refund specialist will guide you through the process"),
    ), (("amazon", "amazing"), ("prime", "prime")),
    ),
    Campaign("usps-parcel-sms", "sms", ("+18885550175", "+18005550188"), (
        ("USPS: your package could not be delivered due to an incomplete address",
         "USPS notice: we were unable to deliver your parcel because the address is incomplete",
         "US postal service: your shipment is on hold because of an address problem"),
        ("please update your details and pay the redelivery fee of 1.99 at usps-redelivery-help.com",
         "confirm your address and pay a small redelivery fee of $1.99 at usps-redelivery-help.com",
         "to schedule redelivery pay the 1.99 fee at usps-redelivery-help.com"),
        ("within 12 hours or the package will be returned to the sender",
         "otherwise your parcel will be returned within 24 hours",
         "?the package will be returned if you do not act today"),
        ("?questions call {number}", "?or call us at {number}"),
    )),
)

LEGITIMATE = (
    "hi this is jenny from doctor patel's office calling to remind you of your dental appointment on thursday at "
    "two thirty please call us at 415 555 0122 if you need to reschedule thank you",
    "hello this is the walgreens pharmacy your prescription is ready for pickup at the store on main street our "
    "hours are nine to nine have a great day",
    "hi it's mike from the soccer club practice is moved to saturday morning at ten see you there call me back "
    "when you get a chance",
    "this is chase fraud monitoring we noticed an unusual transaction on your card ending in four four one two "
    "please call the number on the back of your card or log in to the chase app to review it",
    "hello this is lincoln elementary school calling to let you know that school will close early tomorrow at "
    "noon because of the storm please check the school website for updates",
    "hi this is carla from the dealership your car is ready for pickup the service is complete and the total "
    "was two hundred and ten dollars we are open until six",
    "hey it's your brother just calling to see how you're doing give me a call back when you can love you",
    "this is pacific gas and electric calling with a planned outage notice power in your area will be off on "
    "tuesday from nine am to one pm for maintenance no action is needed",
    "hello this is the public library the book you placed on hold is now available and will be held for seven days",
    "hi this is tom returning your call about the apartment on elm street it's still available call me back at "
    "415 555 0109",
)

_SPOKEN = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
           "8": "eight", "9": "nine"}


def _say(number: str, rng: random.Random) -> str:
    """A US number as a caller says it: grouped digits, dashes or words."""
    digits = number[2:]
    area, exchange, line = digits[:3], digits[3:6], digits[6:]
    style = rng.choice(("digits", "dashes", "words", "one-words"))
    if style == "digits":
        return f"{area} {exchange} {line}"
    if style == "dashes":
        return f"1-{area}-{exchange}-{line}"
    words = " ".join(_SPOKEN[d] for d in digits)
    return ("one " + words) if style == "one-words" else words


def _asr(text: str, rng: random.Random, splits: tuple[tuple[str, str], ...]) -> str:
    """Speech-recognition noise: lowercase, a few dropped words, brand names heard as two words."""
    words = []
    for word in text.lower().split():
        if rng.random() < 0.04 and not any(c.isdigit() for c in word):
            continue
        words.append(word)
    out = " ".join(words)
    for brand, heard in splits:
        if rng.random() < 0.3:
            out = out.replace(brand, heard)
    return out


def _fake_caller(rng: random.Random) -> str:
    """A spoofed caller ID: a random valid-looking US number (never reused on purpose)."""
    return f"+1{rng.choice(['213', '305', '312', '646', '702', '917', '303', '206'])}555{rng.randint(100, 199):04d}"


def render(campaign: Campaign, rng: random.Random) -> SyntheticCall:
    number = rng.choice(campaign.numbers)
    sentences = []
    for slot in campaign.slots:
        optional = all(s.startswith("?") for s in slot)
        if optional and rng.random() < 0.4:
            continue
        sentences.append(rng.choice(slot).lstrip("?"))
    spoken = number if campaign.channel == "sms" else _say(number, rng)
    text = " ".join(sentences).format(name=rng.choice(NAMES), number=spoken)
    if campaign.channel == "call":
        text = _asr(text, rng, campaign.asr_splits)
    callback = number if campaign.channel == "call" or number in text else None
    return SyntheticCall(campaign.label, campaign.channel, text, _fake_caller(rng), callback)


def generate(seed: int = 15, sizes: tuple[int, ...] = (10, 9, 8, 8, 8, 7), legitimate: int = 10) -> list[SyntheticCall]:
    """``sum(sizes)`` scam calls and texts from the campaigns plus legitimate calls, shuffled."""
    rng = random.Random(seed)
    calls = [render(campaign, rng) for campaign, size in zip(CAMPAIGNS, sizes) for _ in range(size)]
    calls += [SyntheticCall(f"legit-{i}", "call", LEGITIMATE[i % len(LEGITIMATE)], _fake_caller(rng), None)
              for i in range(legitimate)]
    rng.shuffle(calls)
    return calls


# ----------------------------------------------------------------- driving the app
HONEYPOT = "+14155550100"
ACCOUNT = "AC" + "0" * 32


def webhooks(call: SyntheticCall, sid: str) -> list[tuple[str, dict[str, str]]]:
    """The Twilio webhooks one synthetic call or text arrives as (voice + transcription, or sms)."""
    if call.channel == "sms":
        return [("sms", {"AccountSid": ACCOUNT, "MessageSid": sid, "SmsSid": sid, "From": call.caller, "To": HONEYPOT,
                         "Body": call.text, "NumMedia": "0", "SmsStatus": "received"})]
    return [
        ("voice", {"AccountSid": ACCOUNT, "CallSid": sid, "From": call.caller, "To": HONEYPOT, "CallStatus": "ringing",
                   "Direction": "inbound"}),
        ("transcription", {"AccountSid": ACCOUNT, "CallSid": sid, "TranscriptionSid": "TR" + sid[2:],
                           "TranscriptionText": call.text, "TranscriptionStatus": "completed",
                           "RecordingSid": "RE" + sid[2:], "RecordingUrl": f"https://api.twilio.com/recordings/RE{sid[2:]}"}),
    ]


def drive(post: Any, calls: list[SyntheticCall], *, prefix: str = "") -> dict[str, SyntheticCall]:
    """Send every call through ``post(kind, params)`` (a signed Twilio webhook); returns subject → call."""
    sent = {}
    for i, call in enumerate(calls):
        sid = ("SM" if call.channel == "sms" else "CA") + f"{prefix}{i:030d}"[-32:]
        for kind, params in webhooks(call, sid):
            response = post(kind, params)
            assert response.status_code == 200, response.body
        sent[sid] = call
    return sent


def pairwise(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering (every subject in ``truth`` is an item)."""
    import itertools

    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(truth), 2):
        same_truth = truth[a] == truth[b]
        same_pred = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
