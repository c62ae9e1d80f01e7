"""The analyzer's bounds: the prefilter never changes a verdict, and input is capped.

The prefilter (``_prefilter.LiteralGate``) skips a pattern, or a branch of a signal's
alternation, only when none of its required literals occurs; these tests compare it with
running every whole pattern on the labelled texts we have (every brand on every text, every
signal on a fixed sample of them), so a literal derived wrongly or a branch split wrongly fails
here.  The cap keeps the time of one analysis
bounded: a long call is read in windows up to ``MAX_CALL_CHARS``, a 60 KB digit dump only up to
``MAX_TEXT_CHARS`` and number validation stops
after ``MAX_CHECKS`` pieces (the time itself is measured in ``bench/bench_analysis.py``).
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chalicelib.analysis import MAX_CALL_CHARS, MAX_TEXT_CHARS, analyze, cap_text, normalize, readings
from chalicelib.analysis import _numbers, _scorer
from chalicelib.analysis._companies import BRANDS
from chalicelib.analysis._prefilter import (COMMON_LEAD, LazyPattern, LiteralGate, _rarity, branch_literals,
                                            bounded_literals, leading_literals, required_literals,
                                            split_alternatives)
from chalicelib.analysis._signals import SIGNALS
from chalicelib.analysis.commands import default_data_dir, dev_dir, load_dataset, load_devset

DATA = default_data_dir()


# The branch-by-branch comparison runs every whole signal pattern on every text it reads: on all
# ~95,000 labelled texts that is most of the unit suite's time (over 20 minutes on the CI machine),
# so it reads every 12th row of each file, a fixed sample that changes only when the data does.
# Each new reading is also tested through ``analyze``, which runs the gate, so a literal derived
# wrongly for it fails its own test first.  Set this to 1 to sweep every row.
NARROWED_EVERY = 12


def _texts(every: int = 1) -> list[str]:
    """The labelled texts, normalised as the analyzer reads them: every ``every``-th row of each file."""
    rows = [[text for _, text in load_devset(path)] for path in sorted(dev_dir().glob("*.txt"))]
    for name in ("calls/bothbosu-single-agent-test.csv", "calls/bothbosu-youtube-real-scams.csv",
                 "sms/uci-sms-spam-collection.tsv"):
        if (DATA / name).exists():
            rows.append([text for text, _ in load_dataset(DATA / name)][:1500])
    return [normalize(cap_text(text)) for texts in rows for text in texts[::every]]


def test_the_prefilter_skips_only_brands_that_cannot_match() -> None:
    """Brands are gated whole (signals branch by branch: the test below covers them)."""
    patterns = [brand.pattern for brand in BRANDS]
    gate = LiteralGate(patterns)
    skipped = 0
    for text in _texts():
        candidates = set(gate.candidates(text))
        skipped += len(patterns) - len(candidates)
        for index, pattern in enumerate(patterns):
            if index not in candidates:
                assert pattern.search(text) is None, (pattern.pattern[:80], text[:120])
    assert skipped > 0  # the gate does filter


def test_a_narrowed_signal_finds_exactly_what_the_whole_one_finds() -> None:
    """Gated branch by branch, a signal runs only the alternatives whose literals occur: on
    the labelled texts (a fixed sample, ``NARROWED_EVERY``) each signal must match at the same
    places as the whole pattern."""
    gate = LiteralGate([sig.pattern for sig in SIGNALS], split=True)
    narrowed = 0
    for text in _texts(NARROWED_EVERY):
        offered = dict(gate.narrowed(text))
        for index, sig in enumerate(SIGNALS):
            whole = [match.span() for match in sig.pattern.finditer(text)]
            if index not in offered:
                assert not whole, (sig.key, text[:120])
                continue
            narrowed += offered[index] is not sig.pattern
            assert [match.span() for match in offered[index].finditer(text)] == whole, sig.key
    assert narrowed > 0  # the split does narrow


def test_a_gated_scorer_pattern_is_skipped_only_where_it_cannot_match() -> None:
    """The scorer's own phrase patterns (``_scorer._GATED``) answer "no match" at once on the text
    the signal gate last read when the gate offers them nothing: there the pattern itself must find
    nothing, in the whole text or in a span of it (as ``_denied`` and ``_recounted`` search); on
    any other text they search as ``re`` does."""
    gate = _scorer._gate()
    skipped = 0
    for text in _texts(NARROWED_EVERY):
        gate.narrowed(text)
        for gated in _scorer._GATED:
            whole = gated.compiled.search(text)
            if not gate.offers(gated._index, text):
                skipped += 1
                assert whole is None, (gated.pattern[:80], text[:120])
                assert gated.compiled.search(text, len(text) // 3, 2 * len(text) // 3) is None
                assert gated.search(text) is None and gated.findall(text) == []
            else:
                assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.compiled.finditer(text)]
            other = (text + " ")[:-1]  # the same words, another string: not the text the gate read
            found = gated.search(other)
            assert other is not text and (found and found.span()) == (whole and whole.span())
    assert skipped > 0  # the gate does skip them


@pytest.mark.parametrize("source, text, spans", [
    # two branches match at the same place: the earlier one wins, as in the whole alternation
    (r"\b(?:press one|press one now|warrant)\b", "press one now", [(0, 9)]),
    # leftmost first, whichever branch it is; then on from the end of that match
    (r"\b(?:warrant|arrest|xyzzy)\b", "an arrest warrant", [(3, 9), (10, 17)]),
    # a branch found only by what it holds (no leading literal) is searched for
    (r"\b(?:\w+ gift cards|xyzzy|refund)\b", "buy gift cards for the refund", [(0, 14), (23, 29)]),
    # a literal seen mid-word is no place for a branch that starts at a word
    (r"\b(?:card|xyzzy|qwerty)\b", "discard the card", [(12, 16)]),
])
def test_some_branches_match_as_the_whole_alternation(source: str, text: str,
                                                        spans: list[tuple[int, int]]) -> None:
    pattern = re.compile(source)
    (index, narrowed), = LiteralGate([pattern], split=True).narrowed(text)
    assert narrowed is not pattern  # only some branches run
    assert [match.span() for match in narrowed.finditer(text)] == spans
    assert [match.span() for match in pattern.finditer(text)] == spans
    assert narrowed.search(text).span() == spans[0]


@pytest.mark.parametrize("source, literals", [
    ("final notice", {"final no"}),  # long enough to be rare: the finder stays small
    ("(?:the )?fin(?:al|e)", {"the fina", "the fine", "final", "fine"}),
    ("i(?:rs| r s)", {"irs", "i r s"}),
    (r"press (?:one|1)\b", {"press on", "press 1"}),
    (r"\w+ dollars", None),  # no literal starts every match: searched, not anchored
    ("(?:a|an) (?:\\w+ )?offer", None),  # "a " is shorter than a literal the finder keeps
])
def test_leading_literals(source: str, literals: set[str] | None) -> None:
    assert leading_literals(source) == (frozenset(literals) if literals else None)


@pytest.mark.parametrize("source, parts", [
    (r"\b(?:a|b(?:c|d)|[|]e)\b", ["a", "b(?:c|d)", "[|]e"]),
    (r"\b(?:a\|b|c)\b", ["a\\|b", "c"]),
    (r"\bab\b", None),
    (r"\b(?:a)|(?:b)\b", None),
])
def test_alternatives_split_at_the_top_level_only(source: str, parts: list[str] | None) -> None:
    assert split_alternatives(source) == parts


@pytest.mark.parametrize("pattern, literals", [
    # the parser factors "i" out of the alternation; the literals are glued back together
    (r"\b(?:irs|i r s|internal revenue)\b", {"irs", "i r s", "internal revenue"}),
    # two uncommon words are rarer than one: "press one" / "press two" rather than "press "
    (r"\bpress (?:one|two) now\b", {"press one", "press two"}),
    (r"\b(?:gift ?cards?|prepaid (?:card|visa))\b", {"gift", "prepaid card", "prepaid visa"}),
    # "this is" is too common to filter anything: the rarer words are chosen
    (r"\bsupport (?:desk|line) (?:this is|speaking)\b", {"support desk", "support line"}),
    (r"\b(?:\d+|one) dollars?\b", {" dollar"}),
])
def test_required_literals(pattern: str, literals: set[str]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern, literals", [
    (r"\b(?:\d+|one) dollars?\b", {"dollar"}),  # after a space: where a word begins
    (r"\w+ment plan", {" plan"}),  # a match may begin inside a word: cut at its first boundary
    (r"(?:press|hit) one", {"one"}),  # no \b before "press": it may be the end of "impress"
    (r"\bsend\w* money\b", {"money"}),
    (r"\b(?:\w+ )?(?:a |per )?day\b", {"day"}),  # after optional words that end in a space
    (r"(?:\w+ )?(?:a |per )?day\b", None),  # without \b it matches the end of "today"
    (r"ab\w+ing", None),  # no literal surely at a boundary
])
def test_bounded_literals_begin_at_a_word_boundary(pattern: str, literals: set[str] | None) -> None:
    assert bounded_literals(pattern) == (frozenset(literals) if literals else None)


def test_a_literal_inside_a_word_is_found_where_the_pattern_needs_it() -> None:
    """The finder looks at word boundaries only; a pattern that can match inside a word is
    gated by the part of its literal after a boundary, or by a plain substring test."""
    gate = LiteralGate([re.compile("ard fraud"), re.compile(r"ab\w+ing"), re.compile(r"\bcard\b")])
    assert gate.candidates("discard fraud alert") == [0]
    assert gate.candidates("abducting the card") == [1, 2]
    assert gate.candidates("abc discarded") == []


def test_one_parse_of_a_branch_gives_what_two_did() -> None:
    """``branch_literals`` reads a branch once for the gate's two literal sets: on every branch
    of every signal it must agree with ``leading_literals`` and with ``bounded_literals`` of
    the branch as the gate searches it (asked only where the leading literal is common)."""
    parts = [part for sig in SIGNALS for part in split_alternatives(sig.pattern.pattern) or ()]
    assert len(parts) > len(SIGNALS)
    for part in parts:
        leading = leading_literals(part)
        common = leading is None or min(map(_rarity, leading)) <= COMMON_LEAD
        expected = (leading, bounded_literals(rf"\b(?:{part})\b") if common else None)
        assert branch_literals(part) == expected, part[:80]


@pytest.mark.parametrize("text, offered", [
    ("this is a reminder of your appointment", []),  # "this is" begins it, "final no" is absent
    ("this is your final notice", [0]),
    ("final notice this is it", [0]),  # both literals seen: tried where "this is" begins, no match
])
def test_a_branch_with_a_common_start_needs_its_rarer_literal_too(text: str, offered: list[int]) -> None:
    """A branch that begins with words found in most texts ("this is ") is kept only when
    the finder also sees its rarer literal ("final notice", cut to "final no")."""
    pattern = re.compile(r"\b(?:this is (?:your |a )?final notice|xyzzy)\b")
    gate = LiteralGate([pattern], split=True)
    assert gate.candidates(text) == offered
    assert [match.span() for _, narrowed in gate.narrowed(text) for match in narrowed.finditer(text)] \
        == [match.span() for match in pattern.finditer(text)]


def test_a_pattern_without_a_literal_is_always_run() -> None:
    assert required_literals(r"\b\d{5}\b") is None
    gate = LiteralGate([re.compile(r"\b\d{5}\b"), re.compile(r"\bwarrant\b")])
    assert gate.candidates("code 12345") == [0]
    assert gate.candidates("a warrant for 12345") == [0, 1]


def test_a_lazy_pattern_compiles_on_first_search_and_matches_as_re_does() -> None:
    lazy = LazyPattern(r"\b(?:gift ?cards?|wire)\b", re.ASCII)
    assert lazy._compiled is None
    text = "buy two giftcards then wire it"
    assert [m.span() for m in lazy.finditer(text)] == [(8, 17), (23, 27)]
    assert lazy.search(text, 10).group() == "wire" and lazy.match(text) is None
    assert lazy.sub(lambda m: m.group().upper(), text) == "buy two GIFTCARDS then WIRE it"
    assert lazy._compiled is lazy.compiled()  # once, then reused
    gate = LiteralGate([lazy], split=True)
    assert gate.candidates("a wire today") == [0]


def test_importing_the_analyzer_compiles_no_signal_until_a_text_is_read() -> None:
    """The signals' long alternations are compiled on first search (a cold start's import pays
    nothing for the ones the gate never runs whole)."""
    code = ("import chalicelib.analysis as a; from chalicelib.analysis._signals import SIGNALS as S; "
            "before = sum(s.pattern._compiled is not None for s in S); "
            "a.analyze('this is the irs, there is a warrant for your arrest, press 1'); "
            "print(before, sum(s.pattern._compiled is not None for s in S), len(S))")
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                         capture_output=True, text=True, check=True).stdout.split()
    before, after, total = map(int, out)
    assert before == 0 and after < total / 2


def test_a_long_text_is_read_at_both_ends_up_to_the_cap() -> None:
    scam = "this is the irs there is a warrant for your arrest call 202 555 0147 now "
    chat = "and then we talked about the weather " * 400
    demand = " so buy gift cards and read me the codes"
    capped = cap_text(scam + chat + demand)
    assert len(capped) <= MAX_TEXT_CHARS
    assert capped.startswith(scam) and capped.endswith(demand)
    assert "gift_card_demand" in analyze(scam + chat + demand).signals  # the tail is read
    assert "gift_card_demand" in analyze(capped).signals
    assert cap_text("short text") == "short text"


def test_a_long_call_is_read_in_windows_up_to_its_limit() -> None:
    demand = "buy gift cards and read me the codes "
    pad = "hello " * (MAX_TEXT_CHARS // 3)
    # In the middle of a long call (a scam-baiting recording), within MAX_CALL_CHARS: read.
    middle = pad * 3 + demand + pad * 3
    assert len(middle) > 2 * MAX_TEXT_CHARS
    assert "gift_card_demand" in analyze(middle).signals
    assert all(len(piece) <= MAX_TEXT_CHARS for piece in readings(middle))
    # Beyond MAX_CALL_CHARS (and not in the tail): not read, so the time stays bounded.
    far = "hello " * (MAX_CALL_CHARS // 6) + demand + "hello " * MAX_TEXT_CHARS
    assert "gift_card_demand" not in analyze(far).signals
    assert len(readings(far * 10)) == len(readings(far))
    # A phrase cut by one window is whole in the next: every window start is tried.
    for shift in range(0, MAX_TEXT_CHARS, 97):
        text = "x " * shift + pad * 2 + demand + pad * 2
        assert "gift_card_demand" in analyze(text).signals, shift
    # An SMS is read at both ends only, as before.
    assert "gift_card_demand" not in analyze(middle, "sms").signals
    assert readings(middle, "sms") == [cap_text(middle)]
    assert readings("short text") == ["short text"]


def test_a_60_kb_digit_heavy_sms_is_bounded() -> None:
    rng = random.Random(7)
    sms = " ".join(str(rng.randint(0, 99_999_999)) for _ in range(8_000))[:60_000]
    assert len(sms) == 60_000
    assert analyze(sms, "sms") == analyze(cap_text(sms), "sms")
    _numbers._valid.cache_clear()
    found = _numbers.find_phone_numbers(normalize(cap_text(sms)), max_checks=_numbers.MAX_CHECKS)
    info = _numbers._valid.cache_info()
    # Each budgeted piece is validated once, and once more with a "+" in front at most.
    assert 0 < info.hits + info.misses <= 2 * _numbers.MAX_CHECKS
    assert all(cand.e164.lstrip("+")[-4:] in sms.replace(" ", "") for cand in found)
