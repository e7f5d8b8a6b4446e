"""Validation: an item without url, title or body is rejected, with its reason recorded."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from .base import adapt

REQUIRED = ("url", "title", "body")


def missing_fields(item) -> list[str]:
    """Names of the required fields that are empty."""
    return [name for name in REQUIRED if not item.get(name)]


class RequireFieldsPipeline:
    """Drops an incomplete item; the archive pipeline records the drop in ``rejects``."""

    def process_item(self, item):
        """Raise DropItem naming the missing fields, else pass the item on."""
        missing = missing_fields(adapt(item))
        if missing:
            raise DropItem("missing " + ", ".join(missing))
        return item
