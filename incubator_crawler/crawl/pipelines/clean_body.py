"""Body: paragraphs joined by blank lines, boilerplate, lede and byline lines removed.

A "body" made only of short fragments with no sentence in it (``article.body.looks_like_article_body``)
is set to null so the item is rejected and recorded rather than archived as an article. The gate is
told which paragraphs the page shows as links (``body_linked``): a short record of headed items
passes only when none of its lines is one.

Caption rule: an image caption stays in the body as its own paragraph where it stands
(it is text the reader sees); the image itself is listed in ``images`` with that caption.
"""

from __future__ import annotations

from ...article.body import clean_body, looks_like_article_body
from ...article.text import compact
from .base import StepPipeline, inline_people


def normalize_body(item) -> list[str]:
    """Set ``body`` from ``body_paragraphs``."""
    paragraphs = item.get("body_paragraphs") or []
    inline = inline_people(item)
    marks = ("editor_line_index", "author_line_index", "author_label_index")
    drop = {i for i in (inline[k] for k in marks) if i is not None}
    body = clean_body(
        paragraphs,
        lede=item.get("lede_raw"),
        title=item.get("title"),
        drop_indexes=drop,
        desk_index=inline["desk_line_index"],
        pictured=set(item.get("body_pictured") or ()),
    )
    linked = {compact(paragraphs[i]) for i in item.get("body_linked") or () if i < len(paragraphs)}
    if body and not looks_like_article_body(body, linked):
        item["body"] = None
        return ["body/fragments"]
    item["body"] = body
    return ["body/found" if body else "body/empty"]


class CleanBodyPipeline(StepPipeline):
    """Scrapy pipeline for :func:`normalize_body`."""

    name = "clean_body"
    step = staticmethod(normalize_body)
