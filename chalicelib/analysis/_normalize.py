"""Turn any transcript or SMS into the one shape the rules are written against.

Real input is speech-recognition output: lowercase, no punctuation, both speakers mixed,
brand names split or misheard.  Curated data sets look different (speaker labels, capitals,
punctuation).  Every rule in this package is written against the output of :func:`normalize`
only, so the curated and the real forms score the same.

What normalisation does, and why:

* speaker labels ("Suspect:", "Innocent:", "Speaker 1:") are removed: real input has none,
  and keeping them would let a rule learn the data set instead of the call;
* text is lowercased, apostrophes are dropped ("don't" and ASR's "dont" become one form);
* "$" / "£" / "€" become words, so "$500" and "five hundred dollars" share a rule;
* a dot between letters (``amazon.com``) becomes " dot ", the way a caller speaks a web
  address, so links typed in an SMS and links spoken in a call share a rule;
* Chinese, Korean, Cyrillic and Devanagari text is written in the Latin letters the language
  layers read (``_scripts``: "请按一" reads "qing an yi", "нажмите" "nazhmite");
* accents are folded ("envío" reads "envio"), so Spanish and French words stay whole;
* everything else that is not a letter or digit becomes a space.
"""

from __future__ import annotations

import re
import unicodedata

from ._links import link_marks, spoken_link_marks

__all__ = ["KEYWORD_MARK", "fold_accents", "mark_sms_keywords", "normalize", "normalize_for", "strip_speaker_labels",
           "squash"]

_SPEAKER = re.compile(
    r"(?im)(?:^|(?<=[\s.!?\"']))"
    r"(?:suspect|innocent|scammer|victim|caller|callee|receiver|speaker\s*[a-z0-9]{0,3})\s*:"
)
_APOSTROPHE = re.compile(r"(?<=[a-z])['\u2019`](?=[a-z])")
_URL_DOT = re.compile(r"(?<=[a-z0-9])\.(?=[a-z]{2,}\b)")
_SCHEME = re.compile(r"\b(https?)://")
# A date written right before a time ("on 15/12/26 10:41") would read as one run of ten digits, a
# phone number to ring: an "at" between them keeps them apart, as a person would say it.
_DATE_TIME = re.compile(r"\b(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?),?\s+(?=\d{1,2}:\d{2}\b)")
# ... and so would a written date beside other digits: "date of birth and the last four? naomi
# sutter, 2/8/1990, 4412" is no 281 number.  A slash date with its year is never part of a number.
_DATE_BESIDE_DIGITS = re.compile(r"\b(\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\b,?\s+(?=\d)|"
                                 r"(?<=\d),?\s+(?=\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b)")
_CURRENCY = (("$", " dollar "), ("£", " pound "), ("€", " euro "), ("&", " and "))
_NON_WORD = re.compile(r"[^a-z0-9+]+")
_LONE_PLUS = re.compile(r"\+(?![0-9])|(?<=[a-z0-9])\+")
_SPACES = re.compile(r"\s+")
# "Reply POST", "txt HORO ARIES", "text back the keyword PICSFREE1": a reply verb written in
# ordinary case followed by a word in capitals is how premium and bulk texts name the keyword
# that subscribes or bills.  Lowercasing would erase the contrast, so SMS text gets a marker
# word first.  A verb in capitals too ("TEXT ME BACK") is someone shouting, not a keyword; and
# the words honest senders use ("reply YES or NO", "reply STOP to opt out, HELP for help")
# are not keywords either (two-letter words never are).
KEYWORD_MARK = "smskeyword"
_CAPS_KEYWORD = re.compile(
    r"\b((?:[Rr]eply|[Rr]ply|[Tt]e?xt|[Ss]end)(?:ing)?(?: back| with)?(?: the (?:word|keyword))?)"
    r"\s+[\"'\u201c]?(?!(?:ASAP|THE|AND|YOU|NOW|PLS|PLZ|MSG|SMS|NOT|YES|STOP|END|HELP|CANCEL|"
    r"QUIT|UNSUB|INFO|START|OKAY|DONE|ARRIVED)\b)([A-Z][A-Z0-9]{2,})\b")


# Shorthand of a transcript typed by a person or a carrier's voicemail-to-text ("ur acct",
# "pls call", "svc dept"): spelled out, so the rules read one spelling.  Calls only (the SMS
# rules read text-speak as it comes), and only words with no other common meaning.
_SHORTHAND = {"ur": "your", "acct": "account", "pls": "please", "plz": "please",
              "svc": "service", "svcs": "services", "msg": "message", "b4": "before",
              "dept": "department", "ofc": "office", "sgt": "sergeant", "atty": "attorney",
              "intl": "international", "govt": "government", "lic": "license",
              "warr": "warranty", "hosp": "hospital", "addr": "address", "bal": "balance",
              "amt": "amount", "mil": "million", "cust": "customer", "mgr": "manager",
              "immed": "immediately", "re": "regarding", "tmrw": "tomorrow", "wk": "week",
              "ctr": "center", "pkg": "package", "amzn": "amazon",
              "reqd": "required", "2day": "today"}
_SHORTHAND_WORD = re.compile(r"\b(?:" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b")
_WORD_RUN = re.compile(r"\w+")  # a whole word, as ``_SHORTHAND_WORD``'s \b...\b reads one


# "re-enter", "re-send": a prefix, not the "re:" of a typed subject line
_RE_PREFIX = re.compile(r"\b([Rr][Ee])-(?=[a-z])")
# Speech recognition splits a prefix off its word ("dis connected", "un authorized"): joined,
# so the rules read one spelling.
# Each stem the prefix was cut from, with what its pattern adds after it.
_SPLIT_STEMS = {"connect": "", "continu": "", "authori": "[sz]", "activat": "", "able": r"d?\b", "schedul": "",
                "verif": "", "instat": "", "deliver": ""}
_SPLIT_PREFIX = re.compile(r"\b(dis|un|de|re) (?=(?:"
                           + "|".join(stem + tail for stem, tail in _SPLIT_STEMS.items()) + r")\w*)")
# ... and hears a word as two ("a count", "fed ex", "par sell", "past do").
_HEARD_AS_TWO = {"a count": "account", "a counts": "accounts", "fed ex": "fedex", "tele gram": "telegram",
                 "par sell": "parcel", "in route": "en route", "past do": "past due", "passed due": "past due",
                 "pass due": "past due", "pass do": "past due", "war and tea": "warranty",
                 "war and tee": "warranty", "war anti": "warranty", "edit card": "credit card",
                 "edit cards": "credit cards", "war ranty": "warranty", "mort gauge": "mortgage",
                 "acts ident": "accident", "press won": "press one"}
_HEARD_AS_TWO_WORDS = re.compile(r"\b(?:" + "|".join(_HEARD_AS_TWO) + r")\b")
# What every ``_SPLIT_PREFIX`` match holds (a space, then the start of the word the prefix was cut
# from): a text holding none of these has no split prefix, and skips the substitution.
_SPLIT_NEEDS = tuple(f" {stem}" for stem in _SPLIT_STEMS)


# A conversational robocall's spoken key: "say yes to speak with a benefits advisor", "just say yes and we'll
# continue" reads as the keypad's "press one ...".  Not "say yes to confirm": the directory scam's recorded
# assent ("say yes to confirm you're the person authorised", ``listing_threat``) and an honest bot's booking
# read alike, and the other signals tell them apart.
_SAY_YES = re.compile(r"\b(?:just |please )?say (?:yes|yeah)(?: now| clearly)?(?= (?:to|and|if|so)\b)(?! to confirm\b)")


def spell_out(norm: str) -> str:
    """Normalised text with transcription shorthand written in full ("ur acct" -> "your
    account"), split prefixes joined ("dis connect" -> "disconnect") and words heard as two
    made one ("a count" -> "account")."""
    # Each substitution runs only when the text holds what it needs: most hold none of it, and
    # tests of substrings or words cost less than a substitution's scan (the result is the same).
    if any(stem in norm for stem in _SPLIT_NEEDS):
        norm = _SPLIT_PREFIX.sub(r"\1", norm)
    if any(pair in norm for pair in _HEARD_AS_TWO):
        norm = _HEARD_AS_TWO_WORDS.sub(lambda match: _HEARD_AS_TWO[match.group(0)], norm)
    if _SHORTHAND.keys().isdisjoint(_WORD_RUN.findall(norm)):
        return norm
    return _SHORTHAND_WORD.sub(lambda match: _SHORTHAND[match.group(0)], norm)


def strip_speaker_labels(text: str) -> str:
    """Remove dialogue speaker labels, which real speech-recognition output never has."""
    return _SPEAKER.sub(" ", text)


def normalize(text: str) -> str:
    """Return lowercase words and digits separated by single spaces (see module docstring).

    A "+" is kept only directly before digits, because "+44 20..." carries a country code.
    """
    # Each substitution runs only when its trigger character occurs: most transcripts have
    # no colon, apostrophe, dot or plus, and these lookbehind patterns cost more than the rest.
    text = text or ""
    if ":" in text:
        text = strip_speaker_labels(text)
        if "/" in text or "." in text or "-" in text:
            text = _DATE_TIME.sub(r"\1 at ", text)
    if "/" in text:
        text = _DATE_BESIDE_DIGITS.sub(lambda m: f"{m.group(1)} at " if m.group(1) else " on ", text)
    text = text.lower()
    if "'" in text or "\u2019" in text or "`" in text:
        text = _APOSTROPHE.sub("", text)
    if "://" in text:
        text = _SCHEME.sub(r" \1 ", text)
    if "." in text:
        text = _URL_DOT.sub(" dot ", text)
    for symbol, word in _CURRENCY:
        if symbol in text:
            text = text.replace(symbol, word)
    if not text.isascii():
        # Chinese, Korean, Cyrillic and Devanagari in Latin letters, then accents folded
        # (``_scripts`` is imported by the first text that is not ASCII, not by a cold start)
        from ._scripts import romanize

        text = fold_accents(romanize(text))
    text = _NON_WORD.sub(" ", text)
    if "+" in text:  # removing a lone "+" can leave two spaces side by side
        text = _SPACES.sub(" ", _LONE_PLUS.sub(" ", text))
    return text.strip()


def fold_accents(text: str) -> str:
    """"envío retenido", "está": the letters without their accents, so a Spanish robocall
    keeps its words whole instead of losing every accented letter to a space."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def mark_sms_keywords(text: str) -> str:
    """Put ``KEYWORD_MARK`` before a capitalised keyword that follows a reply verb."""
    return _CAPS_KEYWORD.sub(rf"\1 {KEYWORD_MARK} \2", text) if text else ""


# A card alert's merchant, printed in capitals as the statement shows it: "a $312.45 purchase at
# BESTBUY.COM", "$59.99 at NETFLIX.COM/BILL".  It names where the card was used, not a link to open.
_MERCHANT = re.compile(r"\b(at|AT) ([A-Z0-9][A-Z0-9-]*)\.(?:COM|CA|NET|CO\.UK|COM\.AU|IN)(?:/[A-Z0-9/]*)?(?![\w.])")


def normalize_for(text: str, channel: str) -> str:
    """``normalize``, with SMS keywords marked first and the shape of an SMS's links appended
    as marker words (``_links``): what the analyzer's rules read."""
    if channel != "sms":
        marks = spoken_link_marks(text)
        # a typed transcript's "call the # on your bill" (a hashtag means nothing in a call)
        if "e-" in text:
            text = _RE_PREFIX.sub(r"\1", text)
        norm = spell_out(normalize(text.replace("#", " number ") if "#" in text else text))
        if "say y" in norm:
            norm = _SAY_YES.sub("press one", norm)
        return f"{norm} {' '.join(marks)}" if marks else norm
    if "." in text:
        text = _MERCHANT.sub(r"\1 \2", text)
    marks = link_marks(text)
    norm = normalize(mark_sms_keywords(text))
    return f"{norm} {' '.join(marks)}" if marks else norm


def squash(norm: str) -> str:
    """The normalised text without spaces, for brand names that ASR splits ("pay pal")."""
    return norm.replace(" ", "")
