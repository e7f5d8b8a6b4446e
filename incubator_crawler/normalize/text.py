"""Small whitespace helpers shared by the normalisers."""

from __future__ import annotations

from . import patterns as P


def collapse_whitespace(text: str) -> str:
    """Drop zero-width characters and nbsp entities, collapse whitespace runs to one space."""
    text = P.ZERO_WIDTH.sub("", text)
    text = P.NBSP_ENTITY.sub(" ", text)
    return P.WHITESPACE_RUN.sub(" ", text).strip()


def clean_inline(text: str) -> str:
    """Like collapse_whitespace, but \\u3000/nbsp padding between CJK characters is removed."""
    text = P.ZERO_WIDTH.sub("", text)
    text = P.NBSP_ENTITY.sub("\u00a0", text)
    # Chinese does not separate words with spaces: this padding is layout, not a word break.
    text = P.CJK_PADDING.sub("", text)
    return P.WHITESPACE_RUN.sub(" ", text).strip()


__all__ = ["clean_inline", "collapse_whitespace"]
