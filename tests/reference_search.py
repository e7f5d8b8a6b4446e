"""The reference that search is checked against: a full ``LIKE`` scan (tests and benchmarks only)."""

from __future__ import annotations

from sqlite_utils import Database


def like_search_ids(db: Database, term: str) -> set[int]:
    """Ids of articles whose title or body contain ``term``, by a full ``LIKE`` scan (the reference)."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = db.execute(
        "SELECT id FROM articles WHERE title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\'",
        [pattern, pattern],
    )
    return {row[0] for row in rows}
