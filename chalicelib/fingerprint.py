"""Script fingerprints: near-duplicate scam transcripts, robust to ASR noise and changed details.

A scam operation reads the same script into thousands of voicemails, changing the
callback number, the agent's name and a few words; speech recognition then adds
its own noise. Two transcripts of one script share most of their *word pairs*
once the details that change are taken out, and transcripts of different scripts
share almost none. So:

1. :func:`script_tokens` normalises like the analyzer (lowercase words and digits),
   then drops what varies between calls of one script: numbers (in digits or in
   words: "one eight hundred", "double five"), the name after "my name is" /
   "this is ... from", fillers ("um", "uh") and short function words ("the",
   "your"), which ASR drops and inserts at will;
2. :func:`shingles` are the overlapping word pairs of what is left;
3. :func:`signature` is a MinHash of those shingles (``HASHES`` values): the share
   of equal values between two signatures estimates the Jaccard similarity of the
   two shingle sets (:func:`similarity`);
4. :func:`bands` cuts a signature into LSH bands (``ROWS`` values each), so that
   similar scripts very probably share a band: an index of bands finds candidate
   campaigns in a few hash lookups instead of comparing with every campaign.

Pure Python, no I/O; a voicemail-length transcript takes well under a millisecond
(``python -m bench.bench_campaigns`` prints it).
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import struct

__all__ = ["HASHES", "ROWS", "BANDS", "MIN_TOKENS", "script_tokens", "shingles", "signature", "similarity", "bands",
           "encode", "decode"]

HASHES = 128  # the estimate's standard error at similarity 0.1 is 0.027
ROWS = 2  # values per LSH band
BANDS = 48  # bands of the first 96 values: scripts with similarity 0.15 share one with p ≈ 0.67, 0.25 with p ≈ 0.95
MIN_TOKENS = 8  # shorter texts say too little to be matched on wording alone

_PRIME = (1 << 61) - 1
_MASK32 = 0xFFFFFFFF
# Fixed seeds: signatures must compare across containers, deploys and years.
_rng = random.Random(0x5CA3)
_PERMUTATIONS = tuple((_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(HASHES))

_NUMBER_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand double "
    "triple treble dash plus".split()
)
_FILLERS = frozenset("um umm uh uhh ah er erm hmm mm hm okay ok like yeah so well".split())
_FUNCTION_WORDS = frozenset(
    "a an the is are was were be been being am to of and or but if on in at by for from with as it its this that "
    "these those there here we our us you your yours i me my he she his her they them their will would shall "
    "should can could may might must do does did has have had not no please just also very now all any".split()
)
# The caller's name changes from one voicemail to the next ("this is john from", "my name is steve").
_NAME_AFTER = re.compile(r"\bmy name is [a-z]+|\bmy name s [a-z]+|\b(?:this is|i am|im) [a-z]+(?= from| with| calling)")


def script_tokens(text: str) -> list[str]:
    """The words of a transcript that stay the same across calls of one script."""
    from chalicelib.analysis import normalize

    norm = _NAME_AFTER.sub(" ", normalize(text or ""))
    return [
        word for word in norm.split()
        if not any(c.isdigit() for c in word)
        and word not in _NUMBER_WORDS and word not in _FILLERS and word not in _FUNCTION_WORDS
    ]


def shingles(tokens: list[str]) -> set[str]:
    """Overlapping word pairs (a one-word text is its own shingle)."""
    if len(tokens) < 2:
        return set(tokens)
    return {f"{a} {b}" for a, b in zip(tokens, tokens[1:])}


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of a transcript, or ``None`` when it is too short to fingerprint."""
    tokens = script_tokens(text)
    if len(tokens) < MIN_TOKENS:
        return None
    hashed = [_hash64(s) for s in shingles(tokens)]
    return tuple(min((a * h + b) % _PRIME for h in hashed) & _MASK32 for a, b in _PERMUTATIONS)


def similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two shingle sets (share of equal MinHash values)."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(1 for x, y in zip(first, second) if x == y) / len(first)


def bands(sig: tuple[int, ...]) -> list[str]:
    """LSH band keys (``"<band>:<hash>"``): similar signatures very probably share one."""
    keys = []
    for band in range(min(BANDS, len(sig) // ROWS)):
        chunk = struct.pack(f">{ROWS}I", *sig[band * ROWS:(band + 1) * ROWS])
        keys.append(f"{band}:{hashlib.blake2b(chunk, digest_size=5).hexdigest()}")
    return keys


def encode(sig: tuple[int, ...]) -> str:
    """A signature as compact text for Redis (684 characters for 128 values)."""
    return base64.b64encode(struct.pack(f">{len(sig)}I", *sig)).decode()


def decode(text: str) -> tuple[int, ...] | None:
    """Inverse of :func:`encode`; ``None`` for anything that is not a signature."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, TypeError):
        return None
    if len(raw) != HASHES * 4:
        return None
    return struct.unpack(f">{HASHES}I", raw)
