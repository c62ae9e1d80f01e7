"""Run only the patterns that can match: a required-literal prefilter, as RE2 and Hyperscan do.

The analyzer has about a hundred regular expressions (evidence and brands); searching each
one across a transcript costs time proportional to (patterns x text length), and almost all
of them fail.  From each pattern's parse tree we derive a small set of literal strings such
that *every* match contains at least one of them, at a word boundary where the pattern says so
(``bounded_literals``, else ``required_literals``).  One pass of a single trie-shaped regex,
tried only at word boundaries (a fifth of the positions), finds which of all those literals
occur in the text, and only the patterns whose literals occur are run.  The verdict cannot
change: a pattern that was skipped had no literal present, so it could not have matched
(``tests`` check this on every labelled text we have).  A pattern with no usable literal is
always run.

A signal is one long alternation; its branches are gated one by one, and a branch that
begins with a known literal is tried only where the finder saw it (``LiteralGate``).  A
branch that begins with words most texts hold ("this is ", "press one") is also asked for
its rarest literal further on, which the same pass looks for: on the dev voicemails that
cuts the branches offered per text from about 109 to 64 (2 to 3 signals fire).

Deriving the literals parses every branch, over a second of CPU; ``make package`` does it once and
ships the result (``TABLES_FILE``), which a gate built from the same patterns, by the same version of
this module and of Python, reads instead (``tables_key``); any other gate derives its own.  The
finder is one regex of some 120,000 characters, which ``re.compile`` takes a quarter of a second to
parse and translate: the bundle also ships what that translation produces (``finder_code``), which
the regex engine loads in milliseconds (``compile_finder``).
"""

from __future__ import annotations

import _sre
import array
import binascii
import functools
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any

try:  # Python 3.11+
    from re import _compiler as _sre_compile
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["TABLES_FILE", "GatedPattern", "LazyPattern", "LiteralGate", "Regex", "bounded_literals", "branch_literals",
           "compile_finder", "dump_tables", "finder_code", "leading_literals", "required_literals", "stored_tables",
           "tables_key"]

log = logging.getLogger(__name__)

MIN_LITERAL = 3  # shorter literals ("a ", "s") occur everywhere and would not filter anything
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def required_literals(pattern: Regex | str) -> frozenset[str] | None:
    """Literals of which every match of ``pattern`` contains one, or None if none are known."""
    source = pattern if isinstance(pattern, str) else pattern.pattern
    best = _required(_sre_parse.parse(source))
    return frozenset(best) if best else None


def bounded_literals(pattern: Regex | str) -> frozenset[str] | None:
    r"""Literals of which every match of ``pattern`` contains one *at a word boundary*.

    The finder looks for literals only where a word begins or ends (``\b``), which skips
    the four positions in five inside words; a branch searched for as a whole is gated by
    these instead of ``required_literals`` (None: no such literal is known).
    """
    source = pattern if isinstance(pattern, str) else pattern.pattern
    best = _required(_sre_parse.parse(source), bounded=True)
    return frozenset(best) if best else None


def leading_literals(source: str) -> frozenset[str] | None:
    """Literals one of which *begins* every match of ``source``, or None if none are known.

    Such a branch can only match where the finder saw one of them, so it is tried there
    alone (``re.Pattern.match`` at that position) instead of being searched for.
    """
    best = _leading(list(_sre_parse.parse(source)), "")
    return frozenset(best) if best else None


def branch_literals(part: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    r"""(``leading_literals``, ``bounded_literals``) of the branch ``part`` of ``\b(?:...)\b``,
    the second only when the first is missing or common (``COMMON_LEAD``), as no other is used.

    One parse serves both: parsing is most of the cost of building a gate, which the first
    analysis in a Lambda container pays.
    """
    items = list(_sre_parse.parse(part))
    found = _leading(items, "")
    leading = frozenset(found) if found else None
    if leading and min(map(_rarity, leading)) > COMMON_LEAD:
        return leading, None
    bounded = _required([(_c.AT, _c.AT_BOUNDARY), *items, (_c.AT, _c.AT_BOUNDARY)], bounded=True)
    return leading, frozenset(bounded) if bounded else None


# A leading literal stops growing at this many characters: as selective as a longer one in
# practice, and the finder's trie stays small (compiling it is a good part of building the gate).
LEADING_CHARS = 8
MAX_LEADING = 32  # "(?:a|b) (?:c|d) ..." multiplies: beyond this many, keep the shorter run


def _leading(items: list[Any], run: str) -> set[str] | None:
    """The literals every match of ``run`` + ``items`` starts with (at least MIN_LITERAL long)."""
    for index, (op, av) in enumerate(items):
        if len(run) >= LEADING_CHARS:
            break  # long enough to be rare; longer ones only grow the finder
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals on either side stay contiguous
        rest = items[index + 1:]
        if op is _c.SUBPATTERN:
            return _leading(list(av[-1]) + rest, run)
        if op is _c.BRANCH:
            alternatives = [list(alt) for alt in av[1]]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and (av[0], av[1]) == (0, 1):
            alternatives = [list(av[2]), []]  # an optional part: with it or without it
        else:
            break
        found: set[str] = set()
        for alternative in alternatives:
            lits = _leading(alternative + rest, run)
            if lits is None or len(found | lits) > MAX_LEADING:
                found = set()
                break
            found |= lits
        if found:
            return found
        break
    return {run} if len(run) >= MIN_LITERAL else None


def _required(items: Iterable[Any], bounded: bool = False, ready: bool = False
              ) -> set[str] | None:
    r"""The most selective necessary literal set of a sequence of parsed items.

    ``bounded``: keep only literals that begin at a word boundary in every match (a run that
    does not is cut after its first boundary), so the finder looks at boundaries only.
    ``ready``: a word character next would begin a word (after ``\b``, ``^`` or a non-word
    character; not at the start of a pattern, whose match may begin inside a word).
    """
    candidates: list[set[str]] = []
    run: list[str] = []
    run_ready = ready  # whether the run's first character follows a ready position

    def flush() -> None:
        literal = _from_boundary("".join(run), run_ready) if bounded else "".join(run)
        if literal is not None and len(literal) >= MIN_LITERAL:
            candidates.append({literal})
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            if not run:
                run_ready = ready
            run.append(chr(av))
            ready = not _word(chr(av))
            continue
        if op in _ZERO_WIDTH:
            ready = _ready_after([(op, av)], ready)
            continue  # consumes nothing: the literals on either side stay contiguous
        # The parser factors common prefixes out of alternations ("irs|i r s" -> "i(?:rs|
        # r s)"): glue the literal run before a group back onto each of its branches.
        prefix = [(_c.LITERAL, ord(ch)) for ch in run]
        start = run_ready if run else ready
        found: set[str] | None = None
        if op is _c.SUBPATTERN:
            found = _required(prefix + list(av[-1]), bounded, start)
        elif op is _c.BRANCH:
            branches = [_required(prefix + list(alt), bounded, start) for alt in av[1]]
            if all(branches):
                found = set().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2], bounded, ready)  # the first repetition always runs
        flush()
        ready = _ready_after([(op, av)], ready)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda lits: (min(map(_rarity, lits)), -len(lits)))


# A leading literal this rare or less ("this is ", "press on", "need to ") begins a branch in
# most texts; such a branch is also asked for its rarest literal further on (``_rarer``).
COMMON_LEAD = 5


def _rarer(literals: frozenset[str] | None, gate: frozenset[str] | None) -> frozenset[str] | None:
    """``literals`` cut to ``LEADING_CHARS`` (as rare in practice, and a small trie) when one of
    them must occur and they are all rarer than the ``gate``'s, else None."""
    if not literals or not gate:
        return None
    cut = frozenset(lit[:LEADING_CHARS] for lit in literals)
    return cut if cut != gate and min(map(_rarity, cut)) > min(map(_rarity, gate)) else None


def _prefixes(literal: str) -> Iterator[str]:
    """``literal`` and its shorter prefixes: what a finder hit on ``literal`` also stands for."""
    return (literal[:end] for end in range(1, len(literal) + 1))


def _word(char: str) -> bool:
    r"""A character ``\b`` counts as part of a word (as ``re`` does for str patterns)."""
    return char.isalnum() or char == "_"


def _from_boundary(literal: str, ready: bool) -> str | None:
    """The part of ``literal`` that begins at a word boundary wherever the literal occurs."""
    if literal and ready and _word(literal[0]):
        return literal
    for index in range(1, len(literal)):
        if _word(literal[index - 1]) != _word(literal[index]):
            return literal[index:]
    return None


_READY_AT = {_c.AT_BOUNDARY: True, _c.AT_BEGINNING: True, _c.AT_BEGINNING_STRING: True,
             _c.AT_NON_BOUNDARY: False}


def _ready_after(items: Iterable[Any], ready: bool) -> bool:
    """Whether a word character after ``items`` surely begins a word (``ready`` before them)."""
    for op, av in items:
        if op is _c.LITERAL:
            ready = not _word(chr(av))
        elif op is _c.AT:
            ready = _READY_AT.get(av, ready)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # looks around, consumes nothing
        elif op is _c.SUBPATTERN:
            ready = _ready_after(av[-1], ready)
        elif op is _c.BRANCH:
            ready = all(_ready_after(alt, ready) for alt in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            # after a later repetition the state is at least what any body leaves behind
            repeated = _ready_after(body, ready if high == 1 else False)
            ready = repeated if low >= 1 else ready and repeated
        else:
            ready = False  # a class, a wildcard, a group reference: anything may precede
    return ready


# Words so common in speech that a literal made of one of them filters nothing.
_COMMON = frozenset("""a an and are as at be been but by call calling can for from get has have
he her his i if in is it its me my no not of on or our out please she so that the their them
then there they this to up us was we were what when will with you your year years""".split())


def _rarity(literal: str) -> int:
    """How selective a literal is: the length of its words that are not common ones.

    Summed, so that "friends phone" beats "friends": several uncommon words together are
    rarer than any one of them (measured: about 9% more transcripts per second).
    """
    return sum(len(word) for word in literal.split() if word not in _COMMON)


def _trie_regex(words: Sequence[str]) -> str:
    """One regex matching the longest of ``words`` at a position (a trie, so one branch a char)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def split_alternatives(source: str) -> list[str] | None:
    r"""The top-level alternatives of a pattern written ``\b(?:A|B|C)\b``, else None.

    Scans the source once, counting parentheses outside character classes and escapes, so
    "A" keeps its own groups and alternations whole.
    """
    if not (source.startswith(r"\b(?:") and source.endswith(r")\b")):
        return None
    body, parts, depth, start, index = source[5:-3], [], 0, 0, 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = body.index("]", index + 2)  # a class: "]" right after "[" is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None  # the group closed early: not one alternation
        elif char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
        index += 1
    parts.append(body[start:])
    return parts if depth == 0 else None


class LazyPattern:
    """A regular expression compiled the first time it is searched, not when it is defined.

    The gate runs a signal's branches one by one and the whole alternation only when every
    branch may match, which almost never happens; compiling the hundred long alternations at
    import cost a fifth of a second of every cold start for patterns that are mostly never run
    whole.  Same ``pattern``, ``flags``, ``search``, ``match``, ``finditer`` and ``sub`` as
    ``re.Pattern``.
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled().search(text, *span)

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled().match(text, *span)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, *span)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled().sub(repl, text, count)


Regex = re.Pattern[str] | LazyPattern


class GatedPattern:
    """A compiled pattern that a ``LiteralGate`` also reads, answering "no match" at once on the
    text the gate last read when the gate found none of its literals there.

    The scorer runs a few dozen phrase patterns of its own on every text ("is this a broadcast",
    "does it name a scam") besides the signals; most of them fail, each after a scan of the whole
    text (a pattern that begins with ``\\b`` gets no literal-prefix search from ``re``).  Listed
    after the signals in the signal gate, they cost the finder pass nothing more, and a pattern
    whose literals are absent cannot match anywhere, nor in any span of the text (``pos`` and
    ``endpos`` only cut the text: every match still holds a literal that begins inside the span, at
    a word boundary the full text has too).  Any other text is searched as ``re`` would.  Same
    ``pattern``, ``flags``, ``search``, ``match``, ``fullmatch``, ``findall`` and ``finditer`` as
    ``re.Pattern``.
    """

    __slots__ = ("compiled", "_gate", "_index")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self._gate: LiteralGate | None = None
        self._index = -1

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def bind(self, gate: LiteralGate, index: int) -> None:
        """Read the findings of ``gate``, where this is pattern ``index``."""
        self._gate, self._index = gate, index

    def _hopeless(self, text: str) -> bool:
        return self._gate is not None and not self._gate.offers(self._index, text)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return None if self._hopeless(text) else self.compiled.search(text, *span)

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return None if self._hopeless(text) else self.compiled.match(text, *span)

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return None if self._hopeless(text) else self.compiled.fullmatch(text, *span)

    def findall(self, text: str, *span: int) -> list[Any]:
        return [] if self._hopeless(text) else self.compiled.findall(text, *span)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return iter(()) if self._hopeless(text) else self.compiled.finditer(text, *span)


# The gate's tables, derived from the patterns when ``make package`` builds the bundle (see
# ``chalicelib.bytecode``) so that a new Lambda container reads them instead of parsing five
# thousand branches (about 1.3 s of CPU here); absent in a checkout, where they are derived.
# (os.path, not pathlib: importing pathlib would cost a cold start about 10 ms.)
TABLES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gate_tables.json")
TABLES_FORMAT = 1


@functools.cache
def _derivation_digest() -> str:
    """This module's source: tables derived by another version of it are not used."""
    try:
        with open(__file__, "rb") as source:
            return hashlib.sha256(source.read()).hexdigest()
    except OSError:  # pragma: no cover - no source beside the bytecode
        return ""


def tables_key(patterns: Sequence[Regex], split: bool | int) -> str:
    """What the tables of a gate depend on: its patterns and flags, ``split``, this module
    (the derivation) and the Python version (whose regex parser the derivation reads)."""
    digest = hashlib.sha256(f"{TABLES_FORMAT} {sys.version_info[:2]} {split} {_derivation_digest()}".encode())
    for pattern in patterns:
        digest.update(f"\0{pattern.flags}\0{pattern.pattern}".encode())
    return digest.hexdigest()


@functools.cache
def stored_tables(path: str) -> dict[str, dict[str, Any]]:
    """The tables shipped at ``path``, by key; none when there is no file or it is unreadable
    (the gate then derives its own: slower to start, same verdicts)."""
    try:
        with open(path, encoding="utf-8") as stored:
            data = json.load(stored)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("prefilter: ignoring the gate tables at %s (%s); deriving them", path, exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != TABLES_FORMAT or not isinstance(data.get("gates"), dict):
        log.warning("prefilter: ignoring the gate tables at %s (not format %s); deriving them", path, TABLES_FORMAT)
        return {}
    return data["gates"]


def dump_tables(gates: Iterable[LiteralGate]) -> str:
    """The JSON of ``TABLES_FILE`` for ``gates``: each one's tables under its key, with its finder
    as the regex engine's code (``finder_code``)."""
    return json.dumps({"format": TABLES_FORMAT, "gates": {gate.key: _shipped(gate.tables()) for gate in gates}},
                      separators=(",", ":"), sort_keys=True)


def _shipped(tables: dict[str, Any]) -> dict[str, Any]:
    """A gate's tables as the bundle ships them: its finder's compiled program added."""
    return {**tables, "finder_code": finder_code(tables["finder"])}


# The regex engine's code words, as the array type of their size (``_sre.CODESIZE``: 4 bytes).
_CODE_TYPE = next((kind for kind in "IL" if array.array(kind).itemsize == _sre.CODESIZE), None)


def finder_code(source: str | None) -> dict[str, Any] | None:
    """What ``re.compile(source)`` hands the regex engine (``_sre.compile``), as JSON-ready data:
    the program ``re``'s parser and translator write, which are Python and take a quarter of a
    second on the finder, against milliseconds for the engine to load it.  The program belongs to
    one engine (``_sre.MAGIC``, ``CODESIZE``: ``compile_finder`` checks them); None when there is
    no finder, or it has named groups (a finder has one plain group)."""
    if source is None or _CODE_TYPE is None:
        return None
    parsed = _sre_parse.parse(source, 0)
    if parsed.state.groupdict:
        return None
    code = array.array(_CODE_TYPE, _sre_compile._code(parsed, 0))
    return {"engine": [_sre.MAGIC, _sre.CODESIZE], "flags": parsed.state.flags, "groups": parsed.state.groups,
            "code": binascii.b2a_base64(code.tobytes(), newline=False).decode("ascii")}


def compile_finder(source: str, stored: Any = None) -> re.Pattern[str]:
    """``re.compile(source)``, loaded from ``stored`` (``finder_code``'s) when it was written for
    this regex engine: the same pattern object, without the parse.  Stored code of another engine
    is not used; code the engine rejects (it checks every program it loads) is ignored with a
    warning and ``source`` compiled."""
    if isinstance(stored, dict) and stored.get("engine") == [_sre.MAGIC, _sre.CODESIZE] and _CODE_TYPE:
        try:
            code = array.array(_CODE_TYPE, binascii.a2b_base64(stored["code"]))
            groups = int(stored["groups"])
            return _sre.compile(source, int(stored["flags"]), code.tolist(), groups - 1, {}, (None,) * groups)
        except (KeyError, TypeError, ValueError, RuntimeError, binascii.Error) as exc:
            log.warning("prefilter: ignoring the stored code of a finder (%s: %s); compiling it",
                        type(exc).__name__, exc)
    return re.compile(source)


def _entry_sources(patterns: Sequence[Regex], branches: list[list[str] | None]) -> list[str]:
    """Each entry's regex: a branch bounded as its alternation is, or the whole pattern."""
    return [rf"\b(?:{part})\b" if parts else part
            for pattern, parts in zip(patterns, branches) for part in parts or [pattern.pattern]]


def _splits(split: bool | int, index: int) -> bool:
    """Whether the gate's pattern ``index`` is gated branch by branch: ``split`` is True or False
    for all of them, or the number of leading patterns that are (the rest, which a caller only
    asks whether they may match at all, are gated whole: fewer entries to offer)."""
    return split if isinstance(split, bool) else index < split


def _derive(patterns: Sequence[Regex], split: bool | int) -> dict[str, Any]:
    """The gate's tables from its patterns' parse trees (what ``LiteralGate`` documents)."""
    owners: list[int] = []  # entry -> pattern index
    branches: list[list[str] | None] = []  # pattern index -> its alternatives
    leading: list[frozenset[str] | None] = []  # a split branch is found where it starts
    within: list[frozenset[str] | None] = []  # and holds one of these at a word boundary
    for owner, pattern in enumerate(patterns):
        parts = split_alternatives(pattern.pattern) if _splits(split, owner) else None
        branches.append(parts)
        for part in parts or [pattern.pattern]:
            owners.append(owner)
            lead, lits = branch_literals(part) if parts else (None, bounded_literals(part))
            leading.append(lead)
            within.append(lits)
    # A split branch begins at \b, so its leading literals are seen at word boundaries;
    # so are the bounded literals of most others.  The few left are looked up as strings.
    bounded = [lead or lits for lead, lits in zip(leading, within)]
    required = [lits or required_literals(source)
                for lits, source in zip(bounded, _entry_sources(patterns, branches))]
    by_literal: dict[str, set[int]] = {}
    anywhere: dict[str, set[int]] = {}
    for index, lits in enumerate(required):
        for lit in lits or ():
            (by_literal if bounded[index] else anywhere).setdefault(lit, set()).add(index)
    # A branch found where its leading literal begins ("this is ") often holds a rarer one
    # further on ("final notice"): it is kept only if the finder sees that one too.
    also = [_rarer(lits, lead) for lead, lits in zip(leading, within)]
    marks = frozenset().union(*(lits for lits in also if lits))
    literals = sorted(set(by_literal) | marks)
    # The trie reports the longest literal at a position; the shorter ones there are its
    # prefixes, so a hit stands for the entries (and marks) of the literal and its prefixes.
    return {
        "branches": branches, "owner": owners,
        "anchored": [lits is not None for lits in leading],
        "always": [index for index, lits in enumerate(required) if lits is None],
        "also": [None if lits is None else sorted(lits) for lits in also],
        "finder": rf"\b(?=({_trie_regex(literals)}))" if literals else None,
        "entries_of": {lit: sorted(frozenset().union(*(by_literal.get(prefix, ()) for prefix in _prefixes(lit))))
                       for lit in literals},
        "marks_of": {lit: sorted(prefix for prefix in _prefixes(lit) if prefix in marks) for lit in literals},
        "anywhere": {lit: sorted(entries) for lit, entries in anywhere.items()},
    }


class LiteralGate:
    r"""Which of ``patterns`` may match a text, found with one pass over it.

    With ``split``, a pattern written as one alternation (``\b(?:A|B|C)\b``, as every signal
    is) is gated branch by branch: a text runs only the branches whose own literals occur in
    it (``narrowed``).  A branch whose every match *begins* with one of its literals
    (``leading_literals``: most do) is tried only where the one-pass finder saw that literal,
    with ``match`` at that position; the others are searched.  When those leading literals are
    common (``COMMON_LEAD``), the branch is offered only if one of its rarer literals is seen
    too (``_also``, cut to ``LEADING_CHARS``, found by the same pass).  Each branch is compiled once,
    on first use, so a text with a combination of branches never seen before compiles
    nothing new (joining the branches a text touches into one regex did: on fresh texts the
    compiling cost three times the searching).  A skipped branch cannot match anywhere in the
    text, so it cannot win at any position either: ``_Branches`` returns the matches the
    whole pattern returns, leftmost first, the earlier branch winning a tie.
    """

    def __init__(self, patterns: Sequence[Regex], split: bool | int = False,
                 stored: str | None = TABLES_FILE) -> None:
        self.patterns = list(patterns)
        self.key = tables_key(self.patterns, split)
        tables = stored_tables(stored).get(self.key) if stored is not None else None
        self.source = "stored" if tables is not None else "derived"  # what the bench and tests read
        self._adopt(tables if tables is not None else _derive(self.patterns, split))
        code = tables.get("finder_code") if tables is not None else None
        self._finder = compile_finder(self._finder_source, code) if self._finder_source else None
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._owner)
        # the text ``narrowed`` last read and the patterns it offered there (``offers``): one slot
        self._read: tuple[str | None, frozenset[int]] = (None, frozenset())

    def _adopt(self, tables: dict[str, Any]) -> None:
        """Take the gate's tables (``_derive``'s, or the bundle's JSON of them) as attributes."""
        self._branches: list[list[str] | None] = tables["branches"]  # pattern index -> its alternatives
        self._sources = _entry_sources(self.patterns, self._branches)  # entry -> the regex tried for it
        self._owner: list[int] = tables["owner"]  # entry -> pattern index
        self.anchored: list[bool] = tables["anchored"]  # entry -> tried only where its literals begin
        self._always = frozenset(tables["always"])  # entries with no usable literal
        self._also = [None if lits is None else frozenset(lits) for lits in tables["also"]]
        self._guarded = frozenset(entry for entry, lits in enumerate(self._also) if lits is not None)
        self._finder_source: str | None = tables["finder"]
        self._entries_of = {lit: tuple(entries) for lit, entries in tables["entries_of"].items()}
        self._marks_of = {lit: frozenset(marks) for lit, marks in tables["marks_of"].items()}
        self._anywhere = {lit: tuple(entries) for lit, entries in tables["anywhere"].items()}

    def tables(self) -> dict[str, Any]:
        """What ``_derive`` found, as JSON-ready data: ``make package`` ships it (``TABLES_FILE``)."""
        return {"branches": self._branches, "owner": self._owner,
                "anchored": self.anchored, "always": sorted(self._always),
                "also": [None if lits is None else sorted(lits) for lits in self._also],
                "finder": self._finder_source,
                "entries_of": {lit: list(entries) for lit, entries in self._entries_of.items()},
                "marks_of": {lit: sorted(marks) for lit, marks in self._marks_of.items()},
                "anywhere": {lit: list(entries) for lit, entries in self._anywhere.items()}}

    def _starts(self, text: str) -> dict[int, list[int]]:
        """Each entry that may match ``text``, with where its literals begin (in order; an
        entry gated by a literal looked up anywhere, or by none, is searched: no positions).

        One pass of the finder; a hit appends its position to each entry it stands for, so
        every list comes out sorted and no entry is listed twice at one place.
        """
        starts: dict[int, list[int]] = {entry: [] for entry in self._always}
        for lit, entries in self._anywhere.items():
            if lit in text:
                for entry in entries:
                    starts.setdefault(entry, [])
        seen: set[str] = set()  # the marks found
        if self._finder is not None:
            entries_of, marks_of, get = self._entries_of, self._marks_of, starts.get
            for match in self._finder.finditer(text):
                position, literal = match.start(), match.group(1)
                if marks_of[literal]:
                    seen |= marks_of[literal]
                for entry in entries_of[literal]:
                    positions = get(entry)
                    if positions is None:
                        starts[entry] = [position]
                    else:
                        positions.append(position)
        also = self._also
        for entry in self._guarded.intersection(starts):  # (a fraction of the entries: test those only)
            if also[entry].isdisjoint(seen):
                del starts[entry]
        return starts

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that may match ``text``, in order (all others cannot)."""
        owner = self._owner
        return sorted({owner[entry] for entry in self._starts(text)})

    def narrowed(self, text: str) -> list[tuple[int, Regex | _Branches]]:
        """(index, matcher) of each pattern that may match ``text``, in order: the pattern
        itself, or just its branches whose literals occur (same ``search`` and ``finditer``)."""
        starts = self._starts(text)
        # an owner's entries are numbered one after the other: in entry order, they come grouped
        offered = [(owner, self._matcher(owner, list(entries), starts))
                   for owner, entries in groupby(sorted(starts), self._owner.__getitem__)]
        self._read = (text, frozenset(owner for owner, _ in offered))
        return offered

    def offers(self, index: int, text: str) -> bool:
        """False when ``text`` is the very text ``narrowed`` last read and pattern ``index`` cannot
        match it (none of its literals occur there, so no part of it can match either); True
        otherwise (another text: unknown)."""
        read, offered = self._read
        return text is not read or index in offered

    def _matcher(self, owner: int, entries: list[int], starts: dict[int, list[int]]
                 ) -> Regex | _Branches:
        """The whole pattern when every branch may match (one scan in C), else the branches."""
        parts = self._branches[owner]
        if parts is None or len(entries) == len(parts):
            return self.patterns[owner]
        return _Branches(self, entries, starts)

    def branch(self, entry: int) -> re.Pattern[str]:
        """The branch ``entry`` alone, compiled on first use (at most once per branch)."""
        pattern = self._compiled[entry]
        if pattern is None:
            pattern = re.compile(self._sources[entry], self.patterns[self._owner[entry]].flags)
            self._compiled[entry] = pattern
        return pattern


class _Branches:
    r"""Some branches of one alternation, matched as the alternation would match them.

    Each branch is tried only where one of its leading literals was seen (``match`` there),
    or searched when it has none.  The next match is the leftmost of the branches' next
    matches, the earlier branch winning a tie: what ``\b(?:A|B)\b`` returns.  Built for
    every candidate signal of every text and mostly asked only ``search``, so it holds the
    gate's findings and compiles or tries nothing until asked.
    """

    __slots__ = ("_gate", "_entries", "_starts")

    def __init__(self, gate: LiteralGate, entries: list[int], starts: dict[int, list[int]]) -> None:
        self._gate, self._entries, self._starts = gate, entries, starts

    def _tried(self) -> list[tuple[re.Pattern[str], list[int] | None]]:
        """Each branch with the positions where it may start, or None where it is searched."""
        gate, starts = self._gate, self._starts
        return [(gate.branch(entry), starts[entry] if gate.anchored[entry] else None)
                for entry in self._entries]

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match: a later branch is tried only before the best start so far.

        (The one call every candidate signal of every text gets: written out rather than
        through ``_tried``, with the best start kept as a number.)
        """
        gate, starts = self._gate, self._starts
        compiled, anchored = gate._compiled, gate.anchored
        best: re.Match[str] | None = None
        limit = len(text) + 1  # where the best match so far starts (none yet: past the end)
        for entry in self._entries:
            pattern = compiled[entry] or gate.branch(entry)
            if not anchored[entry]:
                match = pattern.search(text)  # (an endpos would move where \b and $ hold)
                if match is not None and match.start() < limit:
                    best, limit = match, match.start()
                continue
            for start in starts[entry]:
                if start >= limit:
                    break
                match = pattern.match(text, start)
                if match is not None:
                    best, limit = match, start
                    break
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        branches = self._tried()
        heads = [_next_match(pattern, starts, text, 0) for pattern, starts in branches]
        while True:
            best = None
            for match in heads:
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            resume = best.end() if best.end() > best.start() else best.end() + 1
            heads = [match if match is None or match.start() >= resume
                     else _next_match(pattern, starts, text, resume)
                     for match, (pattern, starts) in zip(heads, branches)]


def _next_match(pattern: re.Pattern[str], starts: list[int] | None, text: str, pos: int
                ) -> re.Match[str] | None:
    """The first match of ``pattern`` at or after ``pos``, trying only ``starts`` if given."""
    if starts is None:
        return pattern.search(text, pos)
    for start in starts:
        if start >= pos:
            match = pattern.match(text, start)
            if match is not None:
                return match
    return None
