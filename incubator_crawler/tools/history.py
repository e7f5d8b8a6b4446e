"""An article's versions, oldest first, and a readable per-field diff between consecutive versions."""

from __future__ import annotations

import difflib
from typing import Any

from sqlite_utils import Database

from ..archive.migrations import CONTENT_COLUMNS
from ..crawl.process import canonical_url

#: Fields compared between versions (content, then the raw strings most useful to an auditor).
DIFF_FIELDS = (*CONTENT_COLUMNS, "source_raw", "editor_raw", "published_raw")


def find_article(db: Database, url_or_id: str) -> dict[str, Any] | None:
    """The current article by URL (as given or canonicalised) or by numeric id."""
    candidates = [url_or_id]
    try:
        candidates.append(canonical_url(url_or_id))
    except Exception:  # not a URL: try it as given and as an id
        pass
    for url in candidates:
        row = next(db.query("SELECT * FROM articles WHERE url = ?", [url]), None)
        if row:
            return row
    if url_or_id.isdigit():
        return next(db.query("SELECT * FROM articles WHERE id = ?", [int(url_or_id)]), None)
    return None


def versions(db: Database, article: dict[str, Any]) -> list[dict[str, Any]]:
    """Every version of the article, oldest first; the last one is the current row."""
    old = list(
        db.query(
            "SELECT v.*, r.mode AS replaced_by_mode FROM article_versions v"
            " LEFT JOIN crawl_runs r ON r.id = v.replaced_by_run_id"
            " WHERE v.article_id = ? ORDER BY v.version",
            [article["id"]],
        )
    )
    return [*old, {**article, "replaced_at": None}]


def field_diff(field: str, before: str | None, after: str | None) -> list[str]:
    """Diff lines for one field: a one-line change for short values, unified diff for long text."""
    if before == after:
        return []
    before_text, after_text = before or "", after or ""
    if "\n" not in before_text + after_text and len(before_text) + len(after_text) < 160:
        return [f"  {field}: {before!r} → {after!r}"]

    # Long text: diff by sentence-ish lines (paragraphs, then 。), so a one-word edit shows up small.
    def lines(text: str) -> list[str]:
        out = []
        for para in text.split("\n"):
            out.extend(s + "。" for s in para.split("。")[:-1])
            tail = para.split("。")[-1]
            if tail:
                out.append(tail)
        return out

    diff = difflib.unified_diff(
        lines(before_text),
        lines(after_text),
        fromfile=f"{field} (before)",
        tofile=f"{field} (after)",
        lineterm="",
        n=1,
    )
    return [f"  {field}:"] + [f"    {line}" for line in diff]


def history(db: Database, url_or_id: str) -> dict[str, Any] | None:
    """The article's versions with, for each version after the first, the fields that changed."""
    article = find_article(db, url_or_id)
    if article is None:
        return None
    rows = versions(db, article)
    out = []
    for i, row in enumerate(rows):
        entry = {
            "version": row["version"],
            "fetched_at": row["fetched_at"],
            "replaced_at": row.get("replaced_at"),
            "content_hash": row["content_hash"],
            "changed": [],
            "diff": [],
        }
        if i:
            prev = rows[i - 1]
            for field in DIFF_FIELDS:
                lines = field_diff(field, prev.get(field), row.get(field))
                if lines:
                    entry["changed"].append(field)
                    entry["diff"].extend(lines)
        out.append(entry)
    return {"id": article["id"], "url": article["url"], "title": article["title"], "versions": out}
