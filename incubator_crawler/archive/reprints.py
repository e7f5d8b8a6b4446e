"""Reprints: the same story republished on several sites, found by near-duplicate body text.

Each article body becomes a set of 4-character shingles (letters, digits and 汉字 only, so
punctuation, spacing and line breaks do not matter). A 32-value MinHash of that set (one-permutation
hashing, see :func:`minhash`) is stored in
``articles.fingerprint`` and cut into 8 bands of 4 values; each band is one row of
``reprint_bands``. Two bodies that share a band are candidates, and a candidate is a reprint when
the exact Jaccard similarity of the two shingle sets is at least :data:`THRESHOLD`.
(With 8 bands of 4, a pair at Jaccard 0.8 becomes a candidate with probability 0.985, at 0.9
with 0.9998; unrelated articles share a band with probability near 0.)

``articles.duplicate_of`` points every reprint at the earliest article of its story (earliest
``published_at``, then lowest id); the original has ``duplicate_of`` NULL, so
``WHERE duplicate_of IS NULL`` is one row per story.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

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


def _order_key(row: dict[str, Any]) -> tuple:
    # Undated articles sort last; ties by id (the earlier stored).
    return (row["published_at"] is None, row["published_at"] or "", row["id"])


def fingerprint_article(db: Database, article_id: int, body: str | None) -> int | None:
    """Store the fingerprint of one article, link it to its story's earliest article.

    Called by the archive writer inside its transaction on insert and on a body change.
    Returns the ``duplicate_of`` id that was set (or None).
    """
    own = shingles(body)
    packed = fingerprint(body, own)
    db.execute("DELETE FROM reprint_bands WHERE article_id = ?", [article_id])
    db.execute("UPDATE articles SET fingerprint = ? WHERE id = ?", [packed, article_id])
    keys = band_keys(packed)
    if not keys:
        _set_duplicate(db, article_id, None)
        return None
    db.conn.executemany(
        "INSERT OR IGNORE INTO reprint_bands (key, article_id) VALUES (?, ?)",
        [(key, article_id) for key in keys],
    )
    return _link(db, article_id, own, packed, figures(body))


def _candidates(db: Database, article_id: int) -> list[int]:
    rows = db.execute(
        "SELECT DISTINCT other.article_id FROM reprint_bands mine"
        " JOIN reprint_bands other ON other.key = mine.key"
        " WHERE mine.article_id = ? AND other.article_id != ?",
        [article_id, article_id],
    )
    return [row[0] for row in rows]


def _link(
    db: Database, article_id: int, own: set[str], packed: bytes, own_figures: set[str]
) -> int | None:
    """Point ``article_id`` (and its matches) at the earliest article of the story."""
    matches = []
    for other_id in _candidates(db, article_id):
        row = db.execute("SELECT fingerprint FROM articles WHERE id = ?", [other_id]).fetchone()
        if not row or estimated_jaccard(packed, row[0]) < ESTIMATE_FLOOR:
            continue
        body = db.execute("SELECT body FROM articles WHERE id = ?", [other_id]).fetchone()
        if (
            body
            and jaccard(own, shingles(body[0])) >= THRESHOLD
            and same_figures(own_figures, figures(body[0]))
        ):
            matches.append(other_id)
    if not matches:
        _set_duplicate(db, article_id, None)
        return None
    # The story: the matches, what they point at, and everything pointing at those.
    roots = set(matches)
    for other_id in matches:
        row = db.execute("SELECT duplicate_of FROM articles WHERE id = ?", [other_id]).fetchone()
        if row and row[0] is not None:
            roots.add(row[0])
    members = set(roots) | {article_id}
    placeholders = ",".join("?" * len(roots))
    members.update(
        row[0]
        for row in db.execute(
            f"SELECT id FROM articles WHERE duplicate_of IN ({placeholders})", list(roots)
        )
    )
    placeholders = ",".join("?" * len(members))
    rows = [
        {"id": r[0], "published_at": r[1]}
        for r in db.execute(
            f"SELECT id, published_at FROM articles WHERE id IN ({placeholders})", list(members)
        )
    ]
    root = min(rows, key=_order_key)["id"]
    for member in members:
        _set_duplicate(db, member, None if member == root else root)
    return None if article_id == root else root


def _set_duplicate(db: Database, article_id: int, duplicate_of: int | None) -> None:
    db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", [duplicate_of, article_id])


def backfill(db: Database, *, rebuild: bool = False, batch: int = 500) -> dict[str, int]:
    """Fingerprint the articles that have none (all of them with ``rebuild``) and link reprints.

    Returns ``{"fingerprinted": n, "reprints": m}`` (m: articles with ``duplicate_of`` set).
    """
    if rebuild:
        with db.atomic():
            db.execute("DELETE FROM reprint_bands")
            db.execute("UPDATE articles SET fingerprint = NULL, duplicate_of = NULL")
    done = 0
    while True:
        ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM articles WHERE fingerprint IS NULL ORDER BY published_at, id LIMIT ?",
                [batch],
            )
        ]
        if not ids:
            break
        with db.atomic():
            for article_id in ids:
                body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
                fingerprint_article(db, article_id, body[0] if body else None)
                done += 1
    reprints = db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()
    return {"fingerprinted": done, "reprints": reprints[0]}


def story_groups(db: Database) -> list[dict[str, Any]]:
    """Every story with reprints: the original and its reprints (id, site, source, url, title)."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for row in db.query(
        "SELECT id, duplicate_of, site, source, published_at, title, url FROM articles"
        " WHERE duplicate_of IS NOT NULL OR id IN"
        " (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL)"
        " ORDER BY published_at, id"
    ):
        groups.setdefault(row["duplicate_of"] or row["id"], []).append(row)
    return [{"original": root, "articles": rows} for root, rows in groups.items()]
