"""Title: whitespace collapsed, <title> site suffix and 【栏目】 prefix removed."""

from __future__ import annotations

from ...article.title import clean_title
from .base import StepPipeline


def normalize_title(item) -> list[str]:
    """Set ``title`` from ``title_raw``, falling back to ``<title>`` then to the listing's title.

    A "title" that is only the site's name (an error page's heading or ``<title>``) is no title.
    """
    site_name = item.get("site_name")
    # each candidate cleaned only when the ones before it gave no title (most pages: the first)
    candidates = (
        (
            "heading",
            lambda: clean_title(
                item.get("title_raw"), site_name=site_name, shown_in=item.get("html_title")
            ),
        ),
        (
            "html_title",
            lambda: clean_title(None, html_title=item.get("html_title"), site_name=site_name),
        ),
        ("list_title", lambda: clean_title(item.get("list_title"), site_name=site_name)),
    )
    for outcome, cleaned in candidates:
        title = cleaned()
        if title and title != site_name:
            item["title"] = title
            return [f"title/{outcome}"]
    item["title"] = None
    return ["title/missing"]


class CleanTitlePipeline(StepPipeline):
    """Scrapy pipeline for :func:`normalize_title`."""

    name = "clean_title"
    step = staticmethod(normalize_title)
