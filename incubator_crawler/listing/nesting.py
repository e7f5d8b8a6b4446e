"""Records a parser nested that a browser reads flat: an unclosed ``div`` inside each ``<article>``.

A Typecho theme (spiritree/typecho-theme-amaze's ``index.php``) opens a ``div`` in each post's
``<article>`` and never closes it. A browser's HTML5 parser closes it at ``</article>``, so the
posts stand side by side; libxml2 ignores that end tag, so each following ``<article>`` opens
inside the unclosed ``div`` of the one before, every record one level deeper than the last, and
the list finder sees one post (the lead's session-22 decision: keep the browser's flat reading).
"""

from __future__ import annotations

import copy

from .rows import row_kind


def _outer_alike(article):
    """The nearest ``<article>`` above ``article`` when it is built alike (same classes), else None.

    An article inside another of the same kind is a record a browser would have put after it;
    an article of another kind inside a post (a comment's ``<article class="comment">``) is
    written there on purpose and stays."""
    outer = next(article.iterancestors("article"), None)
    return outer if outer is not None and row_kind(outer) == row_kind(article) else None


def has_nested_records(root) -> bool:
    """True when an ``<article>`` stands inside another built alike (see the module's note)."""
    return any(_outer_alike(a) is not None for a in root.iter("article"))


def flatten_records(root):
    """A copy of the document whose alike ``<article>`` elements nested by the parser stand one
    after another, as a browser reads them; the copy's ``<html>`` element.

    Each nested article and what follows it in its parent (the source's next records) move to
    right after the article it was nested in. What follows the last record (a pager) stays inside
    it: where its ``</article>`` stood is lost with the unclosed ``div``."""
    copied = copy.deepcopy(root)
    for article in list(copied.iter("article")):
        outer = _outer_alike(article)
        if outer is None:
            continue
        moving = [article, *article.itersiblings()]
        anchor = outer
        for node in moving:
            anchor.addnext(node)
            anchor = node
    return copied
