"""Publish date: labels stripped, Chinese and relative shapes parsed at the page's precision."""

from __future__ import annotations

from ...article.published import parse_cn_date
from .base import StepPipeline, fetch_time


def normalize_published(item) -> list[str]:
    """Set ``published_at``/``published_precision`` from the page date, else the listing date."""
    now = fetch_time(item)
    for field, outcome in (("published_raw", "page"), ("list_date_raw", "list")):
        parsed = parse_cn_date(item.get(field), now)
        if parsed:
            item["published_at"] = parsed.value
            item["published_precision"] = parsed.precision
            if outcome == "list":
                item.setdefault("extraction", {})["published"] = "list"
            return [f"published_at/{outcome}"]
    item["published_at"] = None
    item["published_precision"] = None
    return ["published_at/unparsed" if item.get("published_raw") else "published_at/missing"]


class NormalizeDatesPipeline(StepPipeline):
    """Scrapy pipeline for :func:`normalize_published`."""

    name = "normalize_dates"
    step = staticmethod(normalize_published)
