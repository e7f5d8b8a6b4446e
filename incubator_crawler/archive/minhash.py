"""Near-duplicate maths for reprints, no SQLite: shingles, the MinHash fingerprint, LSH band keys,
Jaccard similarity (exact and estimated) and the figures check.

A body becomes a set of 4-character shingles (letters, digits and 汉字 only, so punctuation, spacing
and line breaks do not matter); its 32-value MinHash (one-permutation hashing, see :func:`minhash`)
is cut into 8 bands of 4 values, one key each (:func:`band_keys`). ``reprints.py`` stores and links
them. Pure functions, so the crawl's extraction workers can fingerprint a body off the reactor.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE = 4
NUM_PERM = 32
BANDS = 8
ROWS = NUM_PERM // BANDS
#: Jaccard similarity of the shingle sets from which two bodies are the same story.
THRESHOLD = 0.7
#: Candidates whose signatures agree on fewer than this share of values skip the exact check:
#: a true reprint (Jaccard >= 0.7) falls under it with probability ~1e-4 at 32 values, and the
#: exact check (load the body, shingle it) was most of the cost of writing an article.
ESTIMATE_FLOOR = 0.4
#: Bodies with fewer shingles than this are too short to call reprints (e.g. "详见附件").
MIN_SHINGLES = 40

_PRIME = (1 << 61) - 1
_MASK32 = 0xFFFFFFFF


def _mixer() -> tuple[int, int]:
    digest = hashlib.sha256(b"incubator-crawler minhash").digest()
    a = int.from_bytes(digest[:8], "big") % _PRIME or 1
    b = int.from_bytes(digest[8:16], "big") % _PRIME
    return a, b


_A, _B = _mixer()


def shingles(text: str | None) -> set[str]:
    """The set of ``SHINGLE``-character substrings of the text's letters, digits and 汉字."""
    if not text:
        return set()
    chars = "".join(ch for ch in text.lower() if ch.isalnum())
    if len(chars) < SHINGLE:
        return {chars} if chars else set()
    return {chars[i : i + SHINGLE] for i in range(len(chars) - SHINGLE + 1)}


def minhash(shingle_set: Iterable[str]) -> list[int]:
    """The 32-value MinHash signature of a shingle set (deterministic across processes).

    One-permutation hashing: each shingle is hashed once (CRC-32, then a universal hash mod a
    Mersenne prime); the low 5 bits choose one of 32 bins and the bin keeps its smallest value.
    Empty bins (short texts) borrow from the next non-empty bin, so that two near-identical
    texts still agree on them. One pass over the shingles instead of 32.
    """
    bins: list[int | None] = [None] * NUM_PERM
    for shingle in shingle_set:
        h = (_A * zlib.crc32(shingle.encode("utf-8")) + _B) % _PRIME
        slot = h & (NUM_PERM - 1)
        value = (h >> 5) & _MASK32
        current = bins[slot]
        if current is None or value < current:
            bins[slot] = value
    filled = [i for i, v in enumerate(bins) if v is not None]
    if not filled:
        return []
    out = []
    for i, value in enumerate(bins):
        if value is None:
            distance = next(
                d for d in range(1, NUM_PERM + 1) if bins[(i + d) % NUM_PERM] is not None
            )
            value = (bins[(i + distance) % NUM_PERM] + distance * 0x9E3779B1) & _MASK32
        out.append(value)
    return out


def fingerprint(body: str | None, found: set[str] | None = None) -> bytes:
    """Packed MinHash of a body (``b""`` when the body is too short to compare)."""
    found = shingles(body) if found is None else found
    if len(found) < MIN_SHINGLES:
        return b""
    return struct.pack(f">{NUM_PERM}I", *minhash(found))


def band_keys(packed: bytes) -> list[int]:
    """One signed 64-bit key per band of a packed fingerprint (band number mixed in)."""
    if not packed:
        return []
    keys = []
    step = ROWS * 4
    for band in range(BANDS):
        digest = hashlib.blake2b(
            bytes([band]) + packed[band * step : (band + 1) * step], digest_size=8
        )
        keys.append(int.from_bytes(digest.digest(), "big", signed=True))
    return keys


def estimated_jaccard(a: bytes | None, b: bytes | None) -> float:
    """Share of equal MinHash values of two packed fingerprints: an estimate of their Jaccard."""
    if not a or not b or len(a) != len(b):
        return 0.0
    mine = struct.unpack(f">{NUM_PERM}I", a)
    other = struct.unpack(f">{NUM_PERM}I", b)
    return sum(x == y for x, y in zip(mine, other, strict=True)) / NUM_PERM


def jaccard(a: set[str], b: set[str]) -> float:
    """|A ∩ B| / |A ∪ B| (0 for two empty sets)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


#: Share of their figures two bodies must have in common to be one story. Zones publish
#: the same template (园区 X 新增企业 N 家，总投资 M 亿元) with their own names and figures: the text
#: is near-identical, the facts are not. A reprint keeps the figures (an added dateline aside).
FIGURES_FLOOR = 0.5
_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?")


def figures(text: str | None) -> set[str]:
    """The numbers written in a text (``2024``, ``3.5``), as strings."""
    return set(_FIGURE_RE.findall(text or ""))


def same_figures(a: set[str], b: set[str]) -> bool:
    """True unless both texts have figures and share too few of them to report the same facts."""
    if not a or not b:
        return True
    return len(a & b) / len(a | b) >= FIGURES_FLOOR


@dataclass(frozen=True)
class BodyPrint:
    """What linking needs from a body, computed once: packed fingerprint, band keys and figures."""

    packed: bytes
    keys: tuple[int, ...]
    figures: frozenset[str]


def body_print(body: str | None) -> BodyPrint:
    """Fingerprint, band keys and figures of one body (the pure part of ``fingerprint_article``)."""
    packed = fingerprint(body)
    return BodyPrint(packed, tuple(band_keys(packed)), frozenset(figures(body)))
