"""Body: which blocks are the article text, and how its paragraphs are cleaned.

Modules: ``container`` (which blocks are the text), ``lede`` (a date line, a lede or a lead
paragraph at the text's start), ``posts`` (a forum thread's opening post), ``clean`` (the
cleaning and its boilerplate patterns).

Chain (``find_container`` / ``body_paragraphs``, the rule goes to ``rules["body"]``): a site
hint; else readability-style scoring (paragraph text credited to parent and grandparent, scaled
by the container's non-link ratio) over the blocks after the meta line; pagers, share bars and
related-link lists nested in it are left out; a page of links only takes its densest linked
block. ``find_lede`` takes a summary above the text (labelled, or a prefix of the first
paragraph) out of the paragraphs (``rules["lede"]``).

Cleaning (``clean_body``): whitespace, boilerplate, a duplicated title and lede.

Whitespace rule (kept simple on purpose): inside a paragraph, layout padding
(``\\u3000``, nbsp, en/em space, ``&nbsp;`` remnants) sitting *between two CJK
characters* is removed, because Chinese does not separate words with spaces and
this padding is indentation or alignment. Every other whitespace run becomes one
ASCII space, so an ordinary space between CJK characters (深圳 南山) is kept as one
space. Zero-width characters are removed. A leading ``??`` (``\\u3000`` indent lost
to an encoding error) is removed.

Boilerplate is matched on a *compact* form (NFKC, no whitespace); the rules live
below. Only bracketed lines made of known control words are dropped:
``【基本案情】`` stays.

A "body" made only of short fragments with no sentence in it (the headlines of a sidebar,
what the density rule finds on a deleted-article page) is not an article body
(``looks_like_article_body``), unless it is a short record of headed items none of whose lines
is a link (``时间范围`` / ``报名时间 …`` / ``活动级别`` / ``当前活动级别为 校级`` …).
"""

from __future__ import annotations

from .clean import (
    CONTROL_LINE,
    clean_body,
    clean_paragraph,
    is_boilerplate,
    looks_like_article_body,
)
from .container import (
    body_paragraphs,
    find_container,
    pictured_paragraphs,
    record_text,
    score_containers,
    without_picture_repeats,
    without_transparent,
)
from .lede import find_lede, lead_beside_headline, original_title_line, split_date_line
from .posts import first_post

__all__ = [
    "body_paragraphs",
    "find_container",
    "pictured_paragraphs",
    "record_text",
    "score_containers",
    "without_picture_repeats",
    "without_transparent",
    "find_lede",
    "lead_beside_headline",
    "original_title_line",
    "split_date_line",
    "first_post",
    "CONTROL_LINE",
    "clean_body",
    "clean_paragraph",
    "is_boilerplate",
    "looks_like_article_body",
]
