"""Item pipelines, one normalisation step each; :func:`normalize_item` runs them all in order."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter

from .category import normalize_category
from .clean_body import normalize_body
from .clean_title import normalize_title
from .normalize_dates import normalize_published
from .split_people import normalize_people

#: The normalisation steps in pipeline order (title before body: the body drops a repeated title).
STEPS = (normalize_title, normalize_published, normalize_people, normalize_category, normalize_body)


def normalize_item(item: Any) -> Any:
    """Apply every normalisation step to ``item`` in place, as the Scrapy pipelines would."""
    adapter = ItemAdapter(item)
    for step in STEPS:
        step(adapter)
    return item
