"""Category from the breadcrumb, site name and 正文 dropped."""

from __future__ import annotations

from ...article.category import category_from_breadcrumb
from .base import StepPipeline


def normalize_category(item) -> list[str]:
    """Set ``category`` from ``breadcrumb_raw``."""
    item["category"] = category_from_breadcrumb(
        item.get("breadcrumb_raw"), site_name=item.get("site_name")
    )
    return ["category/found" if item["category"] else "category/none"]


class CategoryPipeline(StepPipeline):
    """Scrapy pipeline for :func:`normalize_category`."""

    name = "category"
    step = staticmethod(normalize_category)
