"""Shared shape of the normalisation pipelines: a plain function wrapped as a Scrapy component."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from itemadapter import ItemAdapter

from ...article.people import find_inline_people
from ...article.published import SHANGHAI
from ...items import ArticleItem

#: A step takes the item as a dict-like adapter and returns ``{stat_suffix: count}`` outcomes.
Step = Callable[[Any], list[str]]


def fetch_time(item: Any) -> datetime:
    """The item's fetch time (the anchor for relative dates), now if it was not recorded."""
    raw = item.get("fetched_at")
    if raw:
        return datetime.fromisoformat(raw)
    return datetime.now(SHANGHAI)


@dataclass
class Prepared:
    """What an extraction worker (``crawl/pool.py``) did for an item besides filling its fields."""

    outcomes: dict[str, list[str]] | None
    """Each normalisation step's outcomes by pipeline name (None: the item is not normalised)."""
    archive: dict[str, Any] | None = None
    """``archive.writer.prepare_article`` of the normalised item."""
    attachment_links: list[dict[str, str]] | None = None
    """``attachments.find_attachment_links`` of the page."""


#: The instance attribute that carries an item's Prepared; not a field, so never stored.
_PREPARED = "_prepared"


def prepared(item: Any) -> Prepared | None:
    """The Prepared an extraction worker attached to ``item``, if any."""
    return getattr(item, _PREPARED, None)


def attach_prepared(item: Any, value: Prepared) -> Any:
    """Attach ``value`` to ``item`` (an ArticleItem) so the pipelines use it instead of redoing it."""
    setattr(item, _PREPARED, value)
    return item


_ARTICLE_FIELDS = frozenset(f.name for f in fields(ArticleItem))


class ArticleFields:
    """An ArticleItem's fields by name, as ``ItemAdapter`` gives them (get, [], [] =, setdefault).

    Building an ``ItemAdapter`` costs ~17 µs (it asks each adapter class whether it knows the
    item); the pipelines that read an item on the reactor thread do it for every page.
    """

    __slots__ = ("item",)

    def __init__(self, item: ArticleItem):
        self.item = item

    def get(self, name: str, default: Any = None) -> Any:
        """The field's value, ``default`` when ``name`` is not a field."""
        return getattr(self.item, name) if name in _ARTICLE_FIELDS else default

    def __getitem__(self, name: str) -> Any:
        if name not in _ARTICLE_FIELDS:
            raise KeyError(name)
        return getattr(self.item, name)

    def __setitem__(self, name: str, value: Any) -> None:
        if name not in _ARTICLE_FIELDS:
            raise KeyError(f"ArticleItem does not support field: {name}")
        setattr(self.item, name, value)

    def setdefault(self, name: str, default: Any = None) -> Any:
        """The field's value: a field always has one, as ``ItemAdapter.setdefault`` finds."""
        return self[name]


def adapt(item: Any) -> Any:
    """A dict-like view of ``item``: :class:`ArticleFields` for an ArticleItem, else ItemAdapter."""
    return ArticleFields(item) if type(item) is ArticleItem else ItemAdapter(item)


def inline_people(item: Any) -> dict:
    """``find_inline_people`` of the item's body paragraphs (a fresh dict). The people and body
    steps both need it, as the extractor did: ``find_inline_people`` keeps its last answers."""
    return find_inline_people(list(item.get("body_paragraphs") or ()))


class StepPipeline:
    """Runs one normalisation step and counts its outcomes as ``incubator/<name>/<outcome>``."""

    name = "step"
    step: Step

    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        """Build the pipeline with the crawler's stats collector."""
        return cls(stats=crawler.stats)

    def process_item(self, item):
        """Apply the step to ``item`` in place and count what happened.

        An item an extraction worker normalised already only has the worker's outcomes counted.
        """
        done = prepared(item)
        if done is not None and done.outcomes is not None and self.name in done.outcomes:
            outcomes = done.outcomes[self.name]
        else:
            outcomes = type(self).step(adapt(item))
        if self.stats is not None:
            for outcome in outcomes:
                self.stats.inc_value(f"incubator/{self.name}/{outcome}")
        return item
