"""The peers every extraction benchmark runs, on text we decoded, in one shape: field dicts.

Their date strings go through our ``parse_cn_date`` (in their favour); a field a peer does not
have is absent from its dict. Used by ``extraction.py`` (gold, magic-html) and ``real.py``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from incubator_crawler.article.published import parse_cn_date


def peer_date(raw: Any, fetched: datetime) -> str | None:
    """A peer's raw date string as our ISO value, or None."""
    if not raw:
        return None
    parsed = parse_cn_date(str(raw), fetched)
    return parsed.value if parsed else None


def trafilatura_fields(text: str, url: str | None, fetched: datetime) -> dict[str, Any]:
    """trafilatura.bare_extraction with metadata; categories as one ``a > b`` path."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, url=url, with_metadata=True)
    if doc is None:
        return {}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    cats = d.get("categories")
    return {
        "title": d.get("title"),
        "published_at": peer_date(d.get("date"), fetched),
        "author": d.get("author"),
        "category": " > ".join(cats) if isinstance(cats, list) and cats else None,
        "body": d.get("text"),
    }


_GNE: Any = None


def gne_fields(text: str, fetched: datetime) -> dict[str, Any]:
    """GNE's GeneralNewsExtractor; an exception counts as an empty result."""
    global _GNE
    if _GNE is None:
        from gne import GeneralNewsExtractor

        _GNE = GeneralNewsExtractor()
    try:
        d = _GNE.extract(text)
    except Exception:  # GNE raises on some pages
        return {}
    return {
        "title": d.get("title"),
        "published_at": peer_date(d.get("publish_time"), fetched),
        "author": d.get("author"),
        "body": d.get("content"),
    }


def htmldate_fields(text: str, url: str | None) -> dict[str, Any]:
    """htmldate's find_date: the original (publish) date, extensive search."""
    from htmldate import find_date

    try:
        return {"published_at": find_date(text, url=url, original_date=True)}
    except Exception:  # htmldate raises on some malformed pages
        return {}
