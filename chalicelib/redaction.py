"""Phone-number masking for everything that leaves the process.

Privacy rule: a clear phone number is used only to place the agent call. Every
event, log line, response and notification carries the masked form, which keeps
the country code and the last four digits (enough for an operator to tell calls
apart, not enough to dial). ``install_log_filter`` applies :func:`redact_text`
to every log record, so a careless ``logger.info(number)`` cannot leak either.

One source of truth for "what is a phone number here": :func:`redact_text` masks
every span the analyzer's number extractor reads as a number (``202/555/0188``,
``202_555_0147``, dashes of every width, spoken digits...), then applies the
plain digit-run and spoken-run rules on top. Anything the analyzer could pick as
a callback number therefore never survives masking.

``phonenumbers`` and the extractor load only when a text holds enough digits to
contain a number: most log lines and events never pay their import.
"""

from __future__ import annotations

import logging
import re

MASK = "*"

# A run of digits with the usual separators, at least 7 digits long, optionally "+".
_DIGITS_RUN = re.compile(r"(?<![\w+])\+?\d(?:[\s().\-]{0,2}\d){6,}(?!\w)")

# (and the Spanish digits a bilingual robocall reads its number in: "ocho cuatro cuatro cinco ...")
_SPANISH_DIGITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_SPOKEN_DIGITS = {
    "zero": 1, "oh": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1,
    "six": 1, "seven": 1, "eight": 1, "nine": 1, "hundred": 2, "thousand": 3,
    **{word: 1 for word in _SPANISH_DIGITS},
}
_SPOKEN_TOKEN = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred|thousand|"
                 rf"{'|'.join(_SPANISH_DIGITS)}|\d+)")
# Two or more number words / digit groups in a row; masked when they add up to a phone-length number.
_SPOKEN_RUN = re.compile(rf"\b{_SPOKEN_TOKEN}(?:[\s,.\-]+{_SPOKEN_TOKEN})+\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _spoken_digit_count(run: str) -> int:
    """How many digits a spoken run stands for ("double five" is 2, "hundred" is 2 zeros)."""
    count, repeat = 0, 1
    for token in re.split(r"[\s,.\-]+", run.lower()):
        if token in ("double", "triple"):
            repeat = 2 if token == "double" else 3
            continue
        count += (len(token) if token.isdigit() else _SPOKEN_DIGITS.get(token, 0)) * repeat
        repeat = 1
    return count


def _mask_spoken(match: re.Match[str]) -> str:
    run = match.group(0)
    has_words = not re.fullmatch(r"[\d\s,.\-]+", run)
    return "[number withheld]" if has_words and _spoken_digit_count(run) >= 7 else run


def mask_phone(number: str | None) -> str | None:
    """Mask one phone number: ``+14158675309`` → ``+1******5309``.

    International numbers keep their real country code (from phonenumbers), so
    ``+447911123456`` becomes ``+44******3456``. Anything unparseable keeps only
    its last two digits.
    """
    if not number:
        return number
    digits = re.sub(r"\D", "", number)
    if len(digits) < 5:
        return MASK * len(digits) if digits else number
    import phonenumbers  # lazy: ~350 ms of cold start, needed only once a number is seen

    try:
        parsed = phonenumbers.parse(number if number.strip().startswith("+") else "+" + digits, None)
        country = str(parsed.country_code)
        national = str(parsed.national_number)
        if phonenumbers.is_possible_number(parsed) and len(national) > 4:
            return f"+{country}{MASK * (len(national) - 4)}{national[-4:]}"
    except phonenumbers.NumberParseException:
        pass
    return MASK * (len(digits) - 2) + digits[-2:]


def _mask_match(match: re.Match[str]) -> str:
    text = match.group(0)
    if _ISO_DATE.match(text):
        return text
    digits = re.sub(r"\D", "", text)
    if text.startswith("+") or len(digits) >= 10:
        return mask_phone(text if text.startswith("+") else _guess_e164(digits)) or text
    return MASK * (len(digits) - 2) + digits[-2:]


def _guess_e164(digits: str) -> str:
    """Digits without a '+' are read as North American when they look like it."""
    if len(digits) == 10:
        return "+1" + digits
    if len(digits) == 11 and digits.startswith("1"):
        return "+" + digits
    return "+" + digits


# Tokens as the analyzer's normalize() cuts them: letters and digits, apostrophes inside
# words dropped, "+" kept only directly before digits and not glued to a word. Compiled on
# first use (re's cache): only a text that may hold a number is ever cut into tokens.
_TOKEN = r"(?:(?<![A-Za-z0-9])\+(?=[0-9]))?[A-Za-z0-9]+(?:['\u2019`][A-Za-z]+)*"
# Tokens as the precheck counts them: an underscore separates ("eighty_00000000" is two tokens
# to the extractor), so neither ``\w`` nor ``\b`` may be used here or in ``_NUMBER_WORD``.
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
# Compiled on first use (re's cache): a short text (a log line, a masked number) is settled by
# counting its tokens, without it.
_NUMBER_WORD = (
    r"(?i)(?<![A-Za-z0-9])(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|double|triple|treble|"
    r"cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(?![A-Za-z0-9])"
)
_EXTRACTOR_MIN_DIGITS = 10  # the extractor never returns a number of fewer digits
# The tokens the extractor reads digits from: a token of digits alone (a "+" before it aside),
# and the words below, each of which stands for at most 3 digits ("eleven", "twenty", "triple
# five", the "000" that "thousand" adds to the digit before it). Nothing else: digits glued to
# letters ("CA5f0e...", "1st") are skipped. tests/unit/test_redaction.py checks this list
# against the extractor's vocabulary.
_EXTRACTOR_WORDS = frozenset(
    "zero oh o one two three four for to too five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety "
    "hundred thousand double triple treble".split()
) | frozenset(_SPANISH_DIGITS)
_DIGITS_PER_WORD = 3


def _may_hold_number(text: str) -> bool:
    """Cheap tests before the extractor, each necessary for it to find a number.

    Enough digits, written or spoken, for one number; and enough of them in tokens the
    extractor reads at all. A log line naming a call (``CA`` and 32 hex digits) fails the
    second, so answering a webhook does not load the analyzer (~65 ms of a cold start).
    """
    digits = sum(ch.isdigit() for ch in text)
    tokens = _ALNUM_RUN.findall(text)
    # a word stands for up to _DIGITS_PER_WORD digits ("eighteen" is two), not one
    most = _EXTRACTOR_MIN_DIGITS - digits
    if most > 0 and (len(tokens) * _DIGITS_PER_WORD < most
                     or len(re.findall(_NUMBER_WORD, text)) * _DIGITS_PER_WORD < most):
        return False
    readable = 0
    for token in tokens:
        if token.isdigit():
            readable += len(token)
        elif token.lower() in _EXTRACTOR_WORDS:
            readable += _DIGITS_PER_WORD
        if readable >= _EXTRACTOR_MIN_DIGITS:
            return True
    return False


def number_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, e164)`` of every run of ``text`` the analyzer's extractor reads as a number.

    The extractor works on normalised tokens; here the same tokens keep their offsets in
    the original text, so a whole run (``202 - 555 - 0166``, ``two oh two ...``) is masked.
    """
    if not _may_hold_number(text):
        return []
    from chalicelib.analysis._numbers import _runs, _token_digits, find_phone_numbers

    matches = list(re.finditer(_TOKEN, text))
    tokens = [re.sub(r"['\u2019`]", "", m.group(0)).lower() for m in matches]
    starts: dict[int, list[str]] = {}
    for candidate in find_phone_numbers(" ".join(tokens)):
        starts.setdefault(candidate.start_token, []).append(candidate.e164)
    spans = []
    for run in _runs(tokens):
        found = [e164 for _, index, _ in run.chunks for e164 in starts.get(index, [])]
        if found:
            last = run.chunks[-1][1]
            last += max(_token_digits(tokens, last)[1], 1) - 1
            spans.append((matches[run.chunks[0][1]].start(), matches[last].end(), found[0]))
    return spans


def _mask_extracted(text: str) -> str:
    pieces, position = [], 0
    for start, end, e164 in number_spans(text):
        pieces += [text[position:start], mask_phone(e164) or MASK]
        position = end
    return "".join(pieces) + text[position:] if pieces else text


def redact_text(text: str | None) -> str | None:
    """Mask every phone number found in free text, written in digits or spoken as words."""
    if not text:
        return text
    text = _mask_extracted(text)
    text = _DIGITS_RUN.sub(_mask_match, text)
    return _SPOKEN_RUN.sub(_mask_spoken, text)


class RedactingFilter(logging.Filter):
    """Log filter that masks phone numbers in the final message of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def install_log_filter(logger: logging.Logger | None = None) -> None:
    """Attach the redacting filter to the handlers of ``logger`` (default: root)."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
