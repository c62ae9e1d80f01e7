"""Run only the patterns that can match: a required-literal prefilter, as RE2 and Hyperscan do.

The analyzer has about a hundred regular expressions (evidence and brands); searching each
one across a transcript costs time proportional to (patterns x text length), and almost all
of them fail.  From each pattern's parse tree we derive a small set of literal strings such
that *every* match contains at least one of them (``required_literals``).  One pass of a
single trie-shaped regex finds which of all those literals occur in the text, and only the
patterns whose literals occur are run.  The verdict cannot change: a pattern that was
skipped had no literal present, so it could not have matched (``tests`` check this on every
labelled text we have).  A pattern with no usable literal is always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["LiteralGate", "required_literals"]

MIN_LITERAL = 3  # shorter literals ("a ", "s") occur everywhere and would not filter anything
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def required_literals(pattern: re.Pattern[str] | str) -> frozenset[str] | None:
    """Literals of which every match of ``pattern`` contains one, or None if none are known."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    best = _required(_sre_parse.parse(source))
    return frozenset(best) if best else None


def _required(items: Iterable[Any]) -> set[str] | None:
    """The most selective necessary literal set of a sequence of parsed items."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_LITERAL:
            candidates.append({"".join(run)})
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals on either side stay contiguous
        # The parser factors common prefixes out of alternations ("irs|i r s" -> "i(?:rs|
        # r s)"): glue the literal run before a group back onto each of its branches.
        prefix = [(_c.LITERAL, ord(ch)) for ch in run]
        found: set[str] | None = None
        if op is _c.SUBPATTERN:
            found = _required(prefix + list(av[-1]))
        elif op is _c.BRANCH:
            branches = [_required(prefix + list(alt)) for alt in av[1]]
            if all(branches):
                found = set().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        flush()
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda lits: (min(map(_rarity, lits)), -len(lits)))


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


class LiteralGate:
    r"""Which of ``patterns`` may match a text, found with one pass over it.

    With ``split``, a pattern written as one alternation (``\b(?:A|B|C)\b``, as every signal
    is) is gated branch by branch: a text runs only the branches whose own literals occur in
    it, joined into one smaller regex (``narrowed``).  A skipped branch cannot match anywhere
    in the text, so it cannot win at any position either: search and finditer return what
    the whole pattern returns.  Most texts touch a few branches of a long signal; running
    those alone costs about a third of running the whole alternation (``bench_analysis``).
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]], split: bool = False) -> None:
        self.patterns = list(patterns)
        self._entries: list[tuple[int, int]] = []  # entry -> (pattern index, branch index)
        self._branches: list[list[str] | None] = []  # pattern index -> its alternatives
        sources: list[str] = []
        for owner, pattern in enumerate(self.patterns):
            parts = split_alternatives(pattern.pattern) if split else None
            self._branches.append(parts)
            for branch, part in enumerate(parts or [pattern.pattern]):
                self._entries.append((owner, branch))
                sources.append(rf"\b(?:{part})\b" if parts else part)
        self.required = [required_literals(source) for source in sources]
        self._always = frozenset(i for i, lits in enumerate(self.required) if lits is None)
        by_literal: dict[str, set[int]] = {}
        for index, lits in enumerate(self.required):
            for lit in lits or ():
                by_literal.setdefault(lit, set()).add(index)
        self._finder = (re.compile(f"(?=({_trie_regex(sorted(by_literal))}))")
                        if by_literal else None)
        # The trie reports the longest literal at a position; the shorter ones there are its
        # prefixes, so a hit stands for the entries of the literal and of all its prefixes.
        self._entries_of = {
            lit: frozenset().union(*(by_literal.get(lit[:end], ()) for end in range(1, len(lit) + 1)))
            for lit in by_literal}
        self._narrowed: dict[tuple[int, tuple[int, ...]], re.Pattern[str]] = {}

    def _hits(self, text: str) -> set[int]:
        hit = set(self._always)
        if self._finder is not None:
            for match in self._finder.finditer(text):
                hit |= self._entries_of[match.group(1)]
        return hit

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that may match ``text``, in order (all others cannot)."""
        return sorted({self._entries[entry][0] for entry in self._hits(text)})

    def narrowed(self, text: str) -> list[tuple[int, re.Pattern[str]]]:
        """(index, regex) of each pattern that may match ``text``, in order: the pattern
        itself, or the alternation of just its branches whose literals occur."""
        hits: dict[int, list[int]] = {}
        for entry in sorted(self._hits(text)):
            owner, branch = self._entries[entry]
            hits.setdefault(owner, []).append(branch)
        return [(owner, self._pattern(owner, tuple(branches))) for owner, branches in hits.items()]

    def _pattern(self, owner: int, branches: tuple[int, ...]) -> re.Pattern[str]:
        parts = self._branches[owner]
        if parts is None or len(branches) == len(parts):
            return self.patterns[owner]
        key = (owner, branches)
        pattern = self._narrowed.get(key)
        if pattern is None:
            if len(self._narrowed) >= MAX_NARROWED:
                self._narrowed.clear()  # bounded memory however varied the texts
            source = "|".join(parts[branch] for branch in branches)
            pattern = re.compile(rf"\b(?:{source})\b", self.patterns[owner].flags)
            self._narrowed[key] = pattern
        return pattern


# Compiled narrowed patterns kept (a few hundred occur over thousands of texts).
MAX_NARROWED = 4096
