"""Which company or agency the caller pretends to be, tolerant to speech-recognition errors.

Speech recognisers split and mishear brand names: "pay pal", "micro soft", "coin base",
"crack and" (Kraken), "geek squat".  Each brand has patterns written against normalised
text (see ``_normalize``); patterns that are also ordinary English ("crack and", "chase")
only count when the text around them is about that brand's trade (``context``).

When several brands occur, the one the caller *claims* wins: "this is", "calling from",
"thank you for calling", "your X account / subscription / order" weigh more than a bare
mention, and tools the victim is told to open ("google chrome", "microsoft edge") or pay with
("google play card") weigh less.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ._prefilter import LiteralGate

__all__ = ["Brand", "BRANDS", "find_company"]


@dataclass(frozen=True)
class Brand:
    """A company or agency scammers impersonate, and the scam type it usually implies."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None = None


def _b(name: str, kind: str, pattern: str, context: str | None = None) -> Brand:
    return Brand(name, kind, re.compile(rf"\b(?:{pattern})\b", re.ASCII),  # normalised text
                 re.compile(rf"\b(?:{context})", re.ASCII) if context else None)


_CRYPTO_CTX = r"crypto|bitcoin|btc|coin|wallet|exchange|withdraw|ethereum|usdt|tether"
_BANK_CTX = r"bank|card|account|debit|credit|transaction|fraud|zelle|checking|savings"

BRANDS: tuple[Brand, ...] = (
    # crypto exchanges
    _b("Coinbase", "crypto_exchange", r"coin ?base|coin bass|coinbass|coin bays"),
    _b("Kraken", "crypto_exchange", r"kraken|cracken|craken"),
    _b("Kraken", "crypto_exchange", r"crack and|crack in|crack an|crack end", _CRYPTO_CTX),
    _b("Binance", "crypto_exchange", r"binance|by nance|bi nance|buy nance|bye nance|binanse"),
    _b("Crypto.com", "crypto_exchange", r"crypto dot com"),
    _b("Gemini", "crypto_exchange", r"gemini", _CRYPTO_CTX),
    _b("Blockchain.com", "crypto_exchange", r"blockchain dot com|blockchain wallet"),
    _b("Trust Wallet", "crypto_exchange", r"trust wallet"),
    _b("MetaMask", "crypto_exchange", r"meta ?mask"),
    _b("Ledger", "crypto_exchange", r"ledger (?:live|wallet|support)"),
    # tech support and subscriptions
    _b("Microsoft", "it_support", r"micro ?soft|microsoft s|windows (?:support|technical|"
       r"defender|security|help ?desk|technician|department)|micro sof"),
    _b("Apple", "it_support", r"apple(?! gift| card| pay\b| store card)|i ?cloud|icloud|"
       r"apple care|applecare|i ?tunes support"),
    # "Apple Pay" as a caller ("this is apple pay", "your apple pay was used"), not as the
    # way to pay ("pay with apple pay").
    _b("Apple", "it_support", r"(?<!with )(?<!using )(?<!via )(?<!through )(?<!by )(?<!or )"
       r"apple pay"),
    _b("Google", "it_support", r"google(?! chrome| play| search| maps)|gmail"),
    _b("Norton", "it_support", r"norton|nor ton|norten"),
    _b("McAfee", "it_support", r"mcafee|mc afee|mac afee|mcafe|mack afee"),
    _b("Geek Squad", "it_support", r"geek ?squad|geek squat|geeks squad|geek squared"),
    _b("Best Buy", "it_support", r"best ?buy"),
    _b("Dell", "it_support", r"dell(?= (?:support|technical|computer|laptop))"),
    _b("HP", "it_support", r"hewlett packard|hp (?:support|printer|technical)"),
    _b("Facebook", "it_support", r"facebook|meta support"),
    _b("Netflix", "it_support", r"netflix|net flix"),
    _b("Amazon", "refund", r"amazon|amazon prime|amazn|amaz on"),
    _b("eBay", "refund", r"ebay|e bay"),
    _b("Walmart", "prize", r"walmart|wal mart"),
    _b("Target", "prize", r"target(?= (?:gift|store|card|reward))"),
    _b("Costco", "prize", r"costco"),
    _b("Publishers Clearing House", "prize",
       r"publishers? (?:in )?clearing ?house|pch|clearing house"),
    _b("Mega Millions", "prize", r"mega millions|powerball"),
    # payments and banks
    _b("PayPal", "banking", r"pay ?pal|pay pale|paypall"),
    _b("Venmo", "banking", r"venmo|ven mo"),
    _b("Cash App", "banking", r"cash ?app"),
    _b("Zelle", "banking", r"zelle|zel(?= (?:payment|transfer|account))"),
    _b("Western Union", "banking", r"western union"),
    _b("MoneyGram", "banking", r"money ?gram"),
    _b("Bank of America", "banking", r"bank of america|boa(?= (?:account|fraud|card))"),
    _b("Chase", "banking", r"chase(?= (?:bank|fraud|card|account|security|debit|credit|"
       r"visa|sapphire|online|customer|department))|jp ?morgan"),
    _b("Wells Fargo", "banking", r"wells ?fargo|wells far go"),
    _b("Citibank", "banking", r"citi ?bank|citi(?= (?:card|fraud|account))"),
    _b("Capital One", "banking", r"capital (?:one|1)"),
    _b("US Bank", "banking", r"us bank"),
    _b("TD Bank", "banking", r"td bank"),
    _b("American Express", "banking", r"american express|amex"),
    _b("Visa", "banking", r"visa(?= (?:card|fraud|security|department|debit|credit))"),
    _b("Mastercard", "banking", r"master ?card"),
    _b("Discover", "banking", r"discover(?= (?:card|bank|fraud|account))"),
    _b("HSBC", "banking", r"hsbc"),
    _b("Barclays", "banking", r"barclays?|barclay card|barclaycard"),
    _b("Lloyds", "banking", r"lloyds?(?= (?:bank|fraud|account|card))"),
    _b("NatWest", "banking", r"nat ?west"),
    _b("Santander", "banking", r"santander"),
    # government
    _b("Social Security Administration", "government",
       r"social security (?:administration|office|department|adminstration)|ssa|so shall security|"
       r"security administration|social security(?! (?:number|numbers|no|card|benefits))|"
       # in Spanish, the office and not "su numero de seguro social"
       r"(?:administracion|oficina) del seguro social"),
    _b("IRS", "government", r"irs|i r s|internal revenue(?: service)?|servicio de impuestos internos"),
    _b("Census Bureau", "government", r"census bureau|census office"),
    _b("HMRC", "government", r"hmrc|h m r c|hm revenue|her majestys revenue|"
       r"his majestys revenue"),
    _b("Inland Revenue", "government", r"inland revenue|ird"),
    _b("Australian Taxation Office", "government", r"australian tax(?:ation)? office|ato"),
    _b("Canada Revenue Agency", "government", r"canada revenue(?: agency)?|cra"),
    _b("Chinese Embassy", "government",
       r"chinese (?:embassy|consulate)|embassy of china|(?:zhong guo )?da shi guan"),
    _b("Home Office", "government", r"home office|uk visas|border force|department of home affairs|"
       r"immigration (?:department|office|services)|biometric residence|"
       r"(?:oficina|departamento|servicios?) de (?:ciudadania e )?inmigracion"),
    _b("Treasury", "government", r"(?:department of the |us )?treasury(?: department)?"),
    _b("FTC", "government", r"federal trade commission|ftc"),
    _b("FBI", "government", r"fbi|f b i|federal bureau"),
    _b("US Marshals", "government", r"us marshals?|united states marshals?"),
    _b("DEA", "government", r"drug enforcement(?: administration)?|dea"),
    _b("Department of Justice", "government", r"department of justice|doj"),
    _b("Medicare", "government", r"medicare"),
    _b("US Customs", "government", r"customs and border|border protection|us customs|"
       r"customs department|customs office"),
    _b("National Crime Agency", "government", r"national crime agency|nca"),
    _b("Police", "police", r"police department|metropolitan police|sheriffs? (?:office|"
       r"department)"),
    _b("DMV", "government", r"dmv|department of motor vehicles"),
    _b("Embassy", "government", r"(?:chinese |china )?(?:embassy|consulate)"),
    # delivery
    _b("USPS", "delivery", r"usps|us postal|postal service|u s p s"),
    _b("UPS", "delivery", r"ups(?= (?:delivery|package|parcel|driver|store))"),
    _b("FedEx", "delivery", r"fed ?ex"),
    _b("DHL", "delivery", r"dhl|d h l"),
    _b("Royal Mail", "delivery", r"royal mail"),
    _b("Evri", "delivery", r"evri|hermes(?= (?:parcel|delivery))"),
    # utilities and telecom
    _b("PG&E", "utility", r"pg and e|pge|pacific gas"),
    _b("Con Edison", "utility", r"con ?edison|con ed"),
    _b("Duke Energy", "utility", r"duke energy"),
    _b("Comcast", "utility", r"comcast|xfinity"),
    _b("AT&T", "utility", r"at and t|att(?= (?:account|bill|wireless))"),
    _b("Verizon", "utility", r"verizon"),
    _b("T-Mobile", "utility", r"t ?mobile"),
    _b("Spectrum", "utility", r"spectrum(?= (?:account|bill|internet|cable))"),
)

_CLAIM_BEFORE = re.compile(
    r"(?:this is|calling from|calling you from|call from|you have reached|youve reached|"
    r"thank you for calling|thanks for calling|welcome to|on behalf of|department of|"
    r"from the|from|with the|representing|your|im with|we are|were|(?:department|team|"
    r"services|office|desk|center|centre) at) (?:the )?(?:\w+ )?$"
)
_CLAIM_AFTER = re.compile(
    r"^(?:\w+ )?(?:support|department|account|subscription|order|security|team|"
    r"technical|technician|fraud|customer|billing|refund|membership|prime|officer|agent|"
    r"help|service|administration|investigation|legal|protection|card services)\b"
)
_PAYMENT_AFTER = re.compile(r"^(?:play |store )?(?:gift )?(?:card|cards|voucher)\b")
_SPELLING_BEFORE = re.compile(r"(?:as in|like in|like|for) $")
_TOOL_AFTER = re.compile(r"^(?:chrome|edge|search|play store|maps|browser|windows logo)\b")


@functools.cache
def _gate() -> LiteralGate:
    """Which brands can occur in a text, in one pass (built on first use)."""
    return LiteralGate([brand.pattern for brand in BRANDS])


def find_company(norm: str, candidates: Iterable[int] | None = None
                 ) -> tuple[str | None, str | None, bool]:
    """Return (brand, its usual scam type, whether the speaker claims to be it).

    (None, None, False) when no brand is named.  ``candidates``: indexes into ``BRANDS`` that
    may occur (a caller that already ran a prefilter over the text passes them in).
    """
    scores: dict[str, float] = {}
    kinds: dict[str, str] = {}
    claimed: set[str] = set()
    for index in _gate().candidates(norm) if candidates is None else candidates:
        brand = BRANDS[index]
        mentions = list(brand.pattern.finditer(norm))
        if not mentions or (brand.context is not None and not brand.context.search(norm)):
            continue
        for match in mentions:
            _score_mention(norm, brand, match, scores, kinds, claimed)
    if not scores:
        return None, None, False
    best = max(scores, key=lambda name: scores[name])
    return best, kinds[best], best in claimed


def _score_mention(norm: str, brand: Brand, match: re.Match[str], scores: dict[str, float],
                   kinds: dict[str, str], claimed: set[str]) -> None:
    """Weigh one mention: a claim counts double, a tool or a payment card barely counts."""
    before = norm[max(0, match.start() - 40):match.start()]
    after = norm[match.end():match.end() + 30].lstrip()
    if _SPELLING_BEFORE.search(before):
        return  # "a as in apple": spelling a word out, not naming a brand
    if _TOOL_AFTER.match(after):
        weight = 0.1
    elif _PAYMENT_AFTER.match(after):
        weight = 0.4
    elif _CLAIM_BEFORE.search(before) or _CLAIM_AFTER.match(after):
        weight = 2.0
        claimed.add(brand.name)
    else:
        weight = 1.0
    scores[brand.name] = scores.get(brand.name, 0.0) + weight
    kinds.setdefault(brand.name, brand.kind)
