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

The maths (shingles, MinHash, band keys, Jaccard, figures) are in ``minhash.py``, without SQLite;
this module stores fingerprints and bands and links the stories.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .db import write_transaction
from .minhash import (  # noqa: F401 - the maths, re-exported for existing callers
    BANDS,
    ESTIMATE_FLOOR,
    FIGURES_FLOOR,
    MIN_SHINGLES,
    NUM_PERM,
    ROWS,
    SHINGLE,
    THRESHOLD,
    BodyPrint,
    band_keys,
    body_print,
    estimated_jaccard,
    figures,
    fingerprint,
    jaccard,
    minhash,
    same_figures,
    shingles,
)


def _order_key(row: dict[str, Any]) -> tuple:
    # Undated articles sort last; ties by id (the earlier stored).
    return (row["published_at"] is None, row["published_at"] or "", row["id"])


def fingerprint_article(
    db: Database,
    article_id: int,
    body: str | None,
    prepared: BodyPrint | None = None,
    *,
    fresh: bool = False,
) -> int | None:
    """Store the fingerprint of one article, link it to its story's earliest article.

    Called by the archive writer inside its transaction on insert and on a body change.
    ``prepared`` is :func:`body_print` of ``body`` when it was computed elsewhere (an extraction
    worker); ``fresh`` says the row was just inserted with its fingerprint and no bands or
    ``duplicate_of`` yet, so there is nothing to clear. Returns the ``duplicate_of`` id set (or None).
    """
    prepared = prepared or body_print(body)
    if not fresh:
        db.execute("DELETE FROM reprint_bands WHERE article_id = ?", [article_id])
        db.execute(
            "UPDATE articles SET fingerprint = ? WHERE id = ?", [prepared.packed, article_id]
        )
    if not prepared.keys:
        if not fresh:
            _set_duplicate(db, article_id, None)
        return None
    db.conn.executemany(
        "INSERT OR IGNORE INTO reprint_bands (key, article_id) VALUES (?, ?)",
        [(key, article_id) for key in prepared.keys],
    )
    return _link(db, article_id, body, prepared, fresh=fresh)


def _candidates(db: Database, article_id: int) -> list[int]:
    rows = db.execute(
        "SELECT DISTINCT other.article_id FROM reprint_bands mine"
        " JOIN reprint_bands other ON other.key = mine.key"
        " WHERE mine.article_id = ? AND other.article_id != ?",
        [article_id, article_id],
    )
    return [row[0] for row in rows]


def _link(
    db: Database, article_id: int, body: str | None, prepared: BodyPrint, *, fresh: bool = False
) -> int | None:
    """Point ``article_id`` (and its matches) at the earliest article of the story."""
    matches = []
    own: set[str] | None = None  # the shingles, only needed for the rare exact check
    for other_id in _candidates(db, article_id):
        row = db.execute("SELECT fingerprint FROM articles WHERE id = ?", [other_id]).fetchone()
        if not row or estimated_jaccard(prepared.packed, row[0]) < ESTIMATE_FLOOR:
            continue
        other = db.execute("SELECT body FROM articles WHERE id = ?", [other_id]).fetchone()
        if own is None:
            own = shingles(body)
        if (
            other
            and jaccard(own, shingles(other[0])) >= THRESHOLD
            and same_figures(set(prepared.figures), figures(other[0]))
        ):
            matches.append(other_id)
    if not matches:
        if not fresh:
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
        with write_transaction(db):
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
        with write_transaction(db):
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
