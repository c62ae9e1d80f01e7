"""The prefilter's tables shipped in the bundle (``_prefilter.TABLES_FILE``): used only when they
are the ones the gate would derive, ignored (with a warning when broken) otherwise.

A new Lambda container reads them instead of parsing every signal's branches (about a second of
CPU; ``python -m bench.bench_coldstart --bundle``). A gate built from stored tables must be the
very gate derived from its patterns: same tables, same candidates and matches on real texts.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from pathlib import Path

import pytest

from chalicelib.analysis import gate_tables, normalize
from chalicelib.analysis._companies import BRANDS
from chalicelib.analysis._prefilter import (TABLES_FILE, LiteralGate, compile_finder, dump_tables, finder_code,
                                           tables_key)
from chalicelib.analysis._scorer import _FIRST_GATED, _GATED
from chalicelib.analysis._signals import SIGNALS
from chalicelib.analysis.commands import dev_dir, load_devset

SIGNAL_AND_BRAND_PATTERNS = [sig.pattern for sig in SIGNALS] + [brand.pattern for brand in BRANDS]
# the analyzer's gate: the signals and brands branch by branch, then the scorer's own patterns whole
ANALYZER_PATTERNS = SIGNAL_AND_BRAND_PATTERNS + [pattern.compiled for pattern in _GATED]


def _write(tmp_path: Path, gates: list[LiteralGate], name: str = "gate_tables.json") -> str:
    path = tmp_path / name
    path.write_text(dump_tables(gates), encoding="utf-8")
    return str(path)


def _matches(gate: LiteralGate, text: str) -> list[tuple[int, list[tuple[int, int]]]]:
    return [(index, [m.span() for m in matcher.finditer(text)]) for index, matcher in gate.narrowed(text)]


def test_a_checkout_has_no_stored_tables_and_derives_them() -> None:
    assert not Path(TABLES_FILE).exists()  # written into the bundle by `make package`, never committed
    gate = LiteralGate([re.compile(r"\bwarrant\b")])
    assert gate.source == "derived"


def test_stored_tables_rebuild_the_analyzer_gate_exactly(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    derived = LiteralGate(ANALYZER_PATTERNS, split=_FIRST_GATED, stored=None)
    brands = LiteralGate([brand.pattern for brand in BRANDS], stored=None)
    path = _write(tmp_path, [derived, brands])
    assert all(gate["finder_code"] for gate in json.loads(Path(path).read_text())["gates"].values())
    with caplog.at_level(logging.WARNING, logger="chalicelib.analysis._prefilter"):
        stored = LiteralGate(ANALYZER_PATTERNS, split=_FIRST_GATED, stored=path)
        stored_brands = LiteralGate([brand.pattern for brand in BRANDS], stored=path)
    assert not caplog.text  # the finders were loaded from their stored code, none of it refused
    assert (stored.source, stored_brands.source, derived.source) == ("stored", "stored", "derived")
    assert stored.tables() == derived.tables() and stored_brands.tables() == brands.tables()
    texts = [normalize(text) for name in ("scam_voicemails.txt", "legit_voicemails.txt", "scam_sms.txt")
             for _, text in itertools.islice(load_devset(dev_dir() / name), 150)]
    offered = 0
    for text in texts:
        assert _matches(stored, text) == _matches(derived, text), text[:100]
        assert stored_brands.candidates(text) == brands.candidates(text)
        offered += len(stored.narrowed(text))
    assert offered > len(texts)  # the texts do reach signals: the comparison is not vacuous


def test_the_shipped_json_is_what_gate_tables_writes(tmp_path: Path) -> None:
    shipped = json.loads(gate_tables())
    assert shipped["format"] == 1
    assert set(shipped["gates"]) == {tables_key(ANALYZER_PATTERNS, _FIRST_GATED),
                                     tables_key([brand.pattern for brand in BRANDS], False)}


def test_tables_of_other_patterns_or_another_split_are_not_used(tmp_path: Path) -> None:
    old = [re.compile(r"\b(?:gift cards?|wire transfer)\b"), re.compile(r"\bwarrant\b")]
    path = _write(tmp_path, [LiteralGate(old, split=True, stored=None)])
    assert LiteralGate(old, split=True, stored=path).source == "stored"
    edited = [re.compile(r"\b(?:gift cards?|bitcoin atm)\b"), old[1]]  # a reading changed since the build
    gate = LiteralGate(edited, split=True, stored=path)
    assert gate.source == "derived"
    assert gate.candidates("go to the bitcoin atm now") == [0]  # the new branch is offered, not the old one
    assert LiteralGate(old, split=False, stored=path).source == "derived"
    flagged = [re.compile(old[0].pattern, re.ASCII), old[1]]
    assert LiteralGate(flagged, split=True, stored=path).source == "derived"


@pytest.mark.parametrize("content, why", [
    ('{"format": 1, "gates": {', "Expecting"),  # cut short (a failed write)
    ('{"format": 0, "gates": {}}', "not format 1"),
    ('["not", "tables"]', "not format 1"),
    (b"\xff\xfe binary", "codec"),
])
def test_a_broken_file_is_ignored_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                 content: str | bytes, why: str) -> None:
    path = tmp_path / "gate_tables.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with caplog.at_level(logging.WARNING, logger="chalicelib.analysis._prefilter"):
        gate = LiteralGate([re.compile(r"\bwarrant\b")], stored=str(path))
    assert gate.source == "derived" and gate.candidates("a warrant for your arrest") == [0]
    assert f"ignoring the gate tables at {path}" in caplog.text and why in caplog.text


FINDER = r"\b(?=(gift card|warrant|wire))"


def test_a_finder_is_loaded_from_its_stored_code_not_parsed_again() -> None:
    # the code of another regex under this source: what matches shows which one was run
    other = finder_code(r"\b(?=(bitcoin))")
    loaded = compile_finder(FINDER, other)
    assert loaded.pattern == FINDER and loaded.groups == 1
    assert [m.group(1) for m in loaded.finditer("a warrant, pay in bitcoin")] == ["bitcoin"]
    same = compile_finder(FINDER, finder_code(FINDER))
    text = "buy a gift card or a wire today, there is a warrant"
    assert [m.span(1) for m in same.finditer(text)] == [m.span(1) for m in re.compile(FINDER).finditer(text)]
    assert [m.group(1) for m in same.finditer(text)] == ["gift card", "wire", "warrant"]


def test_code_of_another_regex_engine_is_not_used(caplog: pytest.LogCaptureFixture) -> None:
    code = finder_code(r"\b(?=(bitcoin))")
    assert code is not None
    with caplog.at_level(logging.WARNING, logger="chalicelib.analysis._prefilter"):
        loaded = compile_finder(FINDER, {**code, "engine": [code["engine"][0] - 1, code["engine"][1]]})
    assert [m.group(1) for m in loaded.finditer("a warrant, pay in bitcoin")] == ["warrant"]  # compiled from source
    assert not caplog.text  # another Python's bundle: expected, not a fault


@pytest.mark.parametrize("broken, why", [
    ({"code": "AAAAAAEAAAACAAAA"}, "RuntimeError"),  # words the engine refuses (it checks every program)
    ({"code": "not base64!"}, "Error"),
    ({"code": "AAAA"}, "ValueError"),  # three bytes: not a whole number of code words
    ({"groups": "two"}, "ValueError"),
    ({"code": None}, "TypeError"),
])
def test_broken_stored_code_is_ignored_with_a_warning(caplog: pytest.LogCaptureFixture,
                                                      broken: dict[str, object], why: str) -> None:
    code = finder_code(FINDER)
    assert code is not None
    with caplog.at_level(logging.WARNING, logger="chalicelib.analysis._prefilter"):
        loaded = compile_finder(FINDER, {**code, **broken})
    assert [m.group(1) for m in loaded.finditer("a warrant by wire")] == ["warrant", "wire"]
    assert "ignoring the stored code of a finder" in caplog.text and why in caplog.text
