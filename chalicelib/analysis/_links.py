"""The shape of the web links in an SMS: whose address is it, really?

Normalisation spells a link out as words ("usps redelivery fee dot com"), which keeps the
words but loses the address's structure, and the structure is the evidence: a smishing link
borrows a name it does not own (``usps-redelivery-fee.com``, ``paypal.com-resolve.info``,
``uspsa.top``) or has no name at all (``http://45.77.120.19/ups``), while an honest sender
links to its own plain address (``Target: ... target.com``, ``PG&E: ... pge.com``).  So the
raw SMS is read here, before normalisation, and what its links are is written as marker
words that the SMS signals of ``_signals_sms`` match:

* ``smslinkdisguised``: a host that pretends to end earlier than it does (a ``com-`` or
  ``gov-`` label, or ``.com.`` in the middle: ``dmv-ca.gov-pay.top``);
* ``smslinklookalike``: the registered name contains a word the text uses for its sender
  but is not that word (``USPS ... uspsa.top``, ``E-ZPass ... ezpass-tollpay.com``), or it
  is hyphenated around a bait word (pay, verify, secure, refund ...);
* ``smslinkip``: the host is a bare IPv4 address;
* ``smslinkown``: every link is a plain name (no hyphen, a common top-level domain) that the
  text itself names outside the link: the sender's own address.

The markers are appended at the end of the normalised text, so no phrase pattern is split.
A call's transcript gets one marker of its own, ``calllinklookalike`` (``spoken_link_marks``):
an address read out that hyphenates a name around a bait word ("fedex-redelivery-us dot com").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["link_marks", "spoken_link_marks"]

_HOST = re.compile(
    r"(?i)(?<![\w@.-])(?:https?://)?((?:\d{1,3}\.){3}\d{1,3}|"
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12})(?![\w-])(?::\d+)?(/[^\s]*)?")
# A dot between two characters: the only place a link can be.
_MAYBE_LINK = re.compile(r"[A-Za-z0-9]\.[A-Za-z0-9]")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# A host that pretends to end earlier than it does: ".com." inside it, or a "com-" label.
_TLD_WORDS = frozenset("com gov govt org net co".split())
_DISGUISE = re.compile(r"(?:com|gov|org|co)-")
_WORD = re.compile(r"[a-z0-9]+")
_CAPITALISED = re.compile(r"\b[A-Z][A-Z0-9-]{2,}\b")
# Top-level domains an honest sender's own address ends in (checked only for "own").
# (and Spain's, Portugal's and Latin America's: "elcorteingles.es", "bancolombia.com.co", "correos.es")
_COMMON_TLDS = frozenset("com org net gov edu us uk ca au ie nz in mil io co es pt mx ar cl br pe".split())
# What a brand's own plain address may put before its name ("goindigo.in", "thetrainline.com").
_OWN_PREFIXES = ("go", "the", "fly", "my", "get")
# ... and what a city's own address may put after its name ("denvergov.org", "sfgov.org").
_OWN_SUFFIXES = ("gov",)
# Second-level labels under a country code ("bbc.co.uk", "gov.uk").
_SECOND_LEVEL = frozenset("co com org gov govt gob gouv ac net nhs".split())
# The zones only a government (or its health service) can register under: "gov.uk", "govt.nz", "gc.ca".
_GOVERNMENT_ZONES = frozenset("gov govt gob gouv gc nhs".split())
# Words that follow a full stop typed without a space ("home.See you") more often than a TLD.
_NOT_TLDS = frozenset("""the and you see can will are but not was its what when then this that
for have just get got all too now how thanks thank pls please lol okay yes call text""".split())
# Words a phishing host is built around when it borrows no name at all.
_BAIT = re.compile(r"pay|bill|verif|secure|login|signin|update|unlock|refund|claim|reward|prize|"
                   r"toll|fee|deliver|resched|redo|track|help|support|renew|kyc|account|acct|transfer|"
                   r"wallet|gift|winner|bonus|cancel|rebate|fine|ticket|citation|invoice|"
                   r"confirm|reactivat|restore|auth|relief|forgiv|discharge|"
                   # the same bait in Spanish: "wmt-regalos.com", "peaje-pago.com"
                   r"regalo|premio|multa|peaje|paquete|entrega|reembolso|"
                   # ... in French and Portuguese: "impots-remboursement-gouv.fr", "avis-radar.fr",
                   # "ca-securipass-renouv.fr"; "gouv" or "gov" in a hyphenated name is no government's address
                   # (theirs end in gouv.fr or gov.au: "agecheck-au-gov.com")
                   r"rembours|amende|radar|paiement|frais|colis|livr|renouv|droits|vignette|gouv|gov|pagamento|"
                   r"taxa|cobranca")
# What a brand's own regional address adds to its name ("e-zpassny.com", "brand-uk.com").
_REGIONS = frozenset(["", *"ny nj pa ma ca tx fl uk us usa au nz ie in eu de fr india canada australia".split(),
                      *"bayarea nyc socal norcal".split()])
# ... and the plain words a brand's own address adds to its name ("LBC": lbcexpress.com, "Cebu
# Pacific": cebupacificair.com, "Lloyds": lloydsbank.com, "Disney+": disneyplus.com); no bait word
# of ``_BAIT`` is among them.
_BRAND_SUFFIXES = frozenset("express air airlines airways group online global world mobile telecom energy "
                            "insurance direct rail bus ferries ferry hq bank plus max tv video music".split())
_OWN_ADDITIONS = _REGIONS | _BRAND_SUFFIXES
# Words too common to be a sender's name.
_COMMON_WORDS = frozenset("""the and you your our for with from this that www http https com net
org now here new get pay bill help app info""".split())


def _registered(labels: list[str]) -> list[str]:
    """The labels of the registered domain: ``a.b.example.co.uk`` -> ``[example, co, uk]``."""
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return labels[-3:]
    return labels[-2:]


def _is_link(host: str, path: str | None, scheme: bool) -> bool:
    """A real link, not "p.m." or a sentence without a space after its full stop."""
    if scheme or path or host.startswith("www.") or _IPV4.fullmatch(host):
        return True
    name, tld = host.rsplit(".", 1)
    if len(tld) == 2:  # a country code after a real name ("appeal.ru"), not "p.m." or "e.g."
        return tld in _COMMON_TLDS or len(name.rsplit(".", 1)[-1]) >= 4
    return tld in _COMMON_TLDS or tld not in _NOT_TLDS


def _words(text: str) -> list[str]:
    """Lowercase words, an apostrophe kept inside its word ("Papa John's" -> "johns"), accents
    folded ("El Corte Inglés" -> "ingles", as its address spells it)."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    if not text.isascii():
        from ._normalize import fold_accents  # (``_normalize`` imports this module: no cycle at import time)

        text = fold_accents(text)
    return _WORD.findall(text)


def _sender(text: str) -> tuple[list[str], set[str]]:
    """The sender's name before an early colon, in order ("australia", "post"; empty without
    one), and the words that name the sender: that prefix (else the first three words) and
    words written in capitals ("USPS", "DMV"), joined pairs too ("royalmail")."""
    head, colon, _ = text[:48].partition(":")
    named = _words(head) if colon else []
    names = (named if colon else _words(text)[:3]) + [
        w for caps in _CAPITALISED.findall(text) for w in _words(caps)]
    pairs = {a + b for a, b in zip(names, names[1:])}
    words = {w for w in names if len(w) >= 3 and w not in _COMMON_WORDS and not w.isdigit()}
    return named, words | pairs


def link_marks(text: str) -> list[str]:
    """The marker words for the links of ``text`` (raw SMS text), at most one of each."""
    if "." not in text:
        return []
    hosts: list[str] = []
    outside = text
    searched = -1
    for dot in _MAYBE_LINK.finditer(text):  # a link is the word around a dot between two chars
        if dot.start() < searched:
            continue  # a later dot of a word already searched
        start = max(text.rfind(" ", 0, dot.start()), text.rfind("\n", 0, dot.start())) + 1
        end = min((i for i in (text.find(" ", dot.end()), text.find("\n", dot.end())) if i >= 0),
                  default=len(text))
        searched = end
        for match in _HOST.finditer(text, start, end):
            host = match.group(1).lower()
            if _is_link(host, match.group(2), match.group(0)[:4].lower() == "http"):
                hosts.append(host)
                outside = outside.replace(match.group(0), " ", 1)
    if not hosts:
        return []
    found = _words(outside)
    words = set(found) | {a + b for a, b in zip(found, found[1:])}
    names, sender = _sender(outside)
    marks = {_shape(host, words, sender, names) for host in hosts}
    if marks == {"smslinkown"}:
        return ["smslinkown"]
    return sorted(marks - {"smslinkown", ""})


def _abbreviates(plain: str, names: Sequence[str]) -> bool:
    """Whether ``plain`` is the start of two or more of the sender's words run together, the
    way brands shorten their names for an address: "auspost" (Australia Post), "coned" (Con
    Edison).  Every piece is at least two letters and each next word is used in turn."""
    def fits(rest: str, index: int, pieces: int) -> bool:
        if not rest:
            return pieces >= 2
        if index >= len(names):
            return False
        word = names[index]
        return any(rest.startswith(word[:size]) and fits(rest[size:], index + 1, pieces + 1)
                   for size in range(min(len(word), len(rest)), 1, -1))
    return any(fits(plain, start, 0) for start in range(len(names)))


def _shape(host: str, words: set[str], sender: set[str], names: Sequence[str] = ()) -> str:
    """The marker for one host ("" for an address that shows nothing either way)."""
    if _IPV4.fullmatch(host):
        return "smslinkip"
    labels = host.split(".")
    if labels[0] == "www":
        labels = labels[1:]
    registered = _registered(labels)
    name, before = registered[0], labels[:-len(registered)]
    inner = before + [name]
    if (any(label in _TLD_WORDS for label in before)
            or any(_DISGUISE.match(label) for label in inner)):
        return "smslinkdisguised"  # "paypal.com-resolve.info", "dmv-ca.gov-pay.top"
    plain, body = name.replace("-", ""), "".join(inner).replace("-", "")
    if (len(registered) > 1 and registered[-2] in _GOVERNMENT_ZONES and len(registered[-1]) == 2) or (
            registered[-1] == "gov" and "-" not in name):
        return "smslinkown"  # a government's own address: nobody else can register under it
    if "-" not in name and registered[-1] in _COMMON_TLDS and (
            plain in words or (not before and _abbreviates(plain, names))
            or any(plain.startswith(p) and plain[len(p):] in words for p in _OWN_PREFIXES)
            or any(plain.endswith(s) and plain[:-len(s)] in words for s in _OWN_SUFFIXES)
            or any(plain.endswith(s) and plain[:-len(s)] in sender for s in _BRAND_SUFFIXES)):
        return "smslinkown"  # "Target: ... target.com", "Lloyds: ... lloydsbank.com"
    if (not before and registered[-1] in _COMMON_TLDS and not _BAIT.search(plain)
            and (plain == "".join(names)
                 or ("-" in name and plain not in "".join(names) and _abbreviates(plain, names)))):
        # the sender's whole name as it signs, hyphen and all ("E-ZPass NY"), or its words
        # shortened ("Seguridad Social: ... seg-social.es"; some words of the name spelled out in
        # full, "UK Homeless Xmas Appeal: ... homelessxmas-appeal.org.uk", are anyone's to register)
        return "smslinkown"
    borrowed = [word for word in sender if word in body]
    regional = any(body.replace(word, "", 1) in _OWN_ADDITIONS for word in borrowed)
    if ((borrowed and not regional)
            or any("-" in label and _BAIT.search(label) for label in inner)):
        return "smslinklookalike"  # "USPS: ... usps-redelivery.com", "card-unblock-now.com"
    return ""


# A web address read out in a call: "fedex-redelivery-us dot com", "www.support-fix-now.com".
_SPOKEN_HOST = re.compile(r"(?i)(?<![\w@.-])((?:[a-z0-9]+-)+[a-z0-9]+)(?:\.| dot )(?:[a-z]{2,6})\b")
_SPOKEN_HYPHEN = re.compile(r"(?<=[A-Za-z0-9]) (?:dash|hyphen) (?=[A-Za-z0-9])")
# Bait words of a caller's own site: what it pretends to settle (``_BAIT``), and the desk,
# release or payout it pretends to run.  No word of a local firm's plain name ("riverside-
# dental-care.com", "joes-auto-service.com") is here, nor a brand's own ("duke-energy.com").
_SPOKEN_BAIT = re.compile(rf"{_BAIT.pattern}|release|clearance|customs|desk|settle|redirect|"
                          r"recover|portal|assist|onboard|payout|ledger|rescue|fix|linecheck|linetest|sync|diagnos")

# What follows an address read out to warn about it, not to send anyone there.
_DISOWNED = re.compile(r"(?i)\b(?:that|it|this)(?:(?:'|\u2019)?s| is) not\b|\bnot (?:us|ours|"
                       r"theirs|them|the real)\b|phishing|\bscam|\bfake\b")


def spoken_link_marks(text: str) -> list[str]:
    """``["calllinklookalike"]`` when a call reads out a hyphenated address built around a
    bait word: a brand's own address is its name ("duke-energy.com", "t-mobile.com"), a
    caller's page wears the brand beside what it pretends to do ("aviva-claims-settle dot co").
    Letters spelled one by one ("h-e-l-p dot com") are a dictation, not a hyphenated name."""
    if " dash " in text or " hyphen " in text:  # "refund hyphen secure dot net"
        text = _SPOKEN_HYPHEN.sub("-", text)
    if "-" not in text:
        return []
    for match in _SPOKEN_HOST.finditer(text):
        if _DISOWNED.search(text, match.end(), match.end() + 60):
            continue  # read out to be turned away: "paypal-support-center dot info. that's not paypal"
        labels = [label.lower() for label in match.group(1).split("-") if len(label) >= 3]
        if any(_SPOKEN_BAIT.search(label) for label in labels):
            return ["calllinklookalike"]
    return []
