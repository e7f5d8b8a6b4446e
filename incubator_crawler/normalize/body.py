"""Clean the body paragraphs: whitespace, boilerplate, duplicated title and lede.

Whitespace rule (kept simple on purpose): inside a paragraph, layout padding
(``\\u3000``, nbsp, en/em space, ``&nbsp;`` remnants) sitting *between two CJK
characters* is removed, because Chinese does not separate words with spaces and
this padding is indentation or alignment. Every other whitespace run becomes one
ASCII space, so an ordinary space between CJK characters (深圳 南山) is kept as one
space. Zero-width characters are removed. A leading ``??`` (``\\u3000`` indent lost
to an encoding error) is removed.

Boilerplate is matched on a *compact* form (NFKC, no whitespace); the rules live in
``patterns.py``. Only bracketed lines made of known control words are dropped:
``【基本案情】`` stays.
"""

from __future__ import annotations

from ..article.text import NBSP_ENTITY, WHITESPACE_RUN, ZERO_WIDTH, clean_inline, nfkc
from . import patterns as P

# Footer/meta lines are short; a long paragraph that mentions 版权所有 is content.
_MAX_FOOTER_LEN = 120
_MAX_META_LEN = 120
# A truncated lede shorter than this is not trusted as a duplicate (e.g. "第一条").
_MIN_PREFIX_LEN = 6


def clean_paragraph(text: str) -> str:
    """Normalise whitespace and invisible characters of one paragraph."""
    return P.LEADING_QMARKS.sub("", clean_inline(text)).strip()


def compact(text: str) -> str:
    """NFKC and remove all whitespace: the form used for boilerplate and equality checks."""
    text = nfkc(ZERO_WIDTH.sub("", text))
    return WHITESPACE_RUN.sub("", NBSP_ENTITY.sub("", text))


def is_boilerplate(line: str) -> bool:
    """True when a line is page chrome (font controls, share, nav, footer, sidebar)."""
    c = compact(line)
    if not c:
        return True
    if P.CONTROL_LINE.match(c) or P.BOILERPLATE_LEAD.match(c):
        return True
    if P.BOILERPLATE_HEADER.match(c) or P.BOILERPLATE_TEASER.search(c):
        return True
    if P.BOILERPLATE_COUNTER.match(c) or P.META_ONLY_LINE.match(c):
        return True
    if len(c) <= _MAX_FOOTER_LEN and P.BOILERPLATE_FOOTER.search(c):
        return True
    # 发布日期:… 编辑:… 来源:… pasted into the body container.
    return bool(
        len(c) <= _MAX_META_LEN and P.META_DATE_LEAD.match(c) and P.META_OTHER_FIELD.search(c)
    )


def _key(text: str) -> str:
    """Comparison key: compact form without a trailing ellipsis."""
    return P.TRAILING_ELLIPSIS.sub("", compact(text))


def _is_truncated_prefix(text: str, following: str, *, first: bool) -> bool:
    """True when ``text`` is ``following`` cut short (the lede repeated above the body)."""
    has_ellipsis = bool(P.TRAILING_ELLIPSIS.search(compact(text)))
    if not (first or has_ellipsis):
        return False
    key, next_key = _key(text), compact(following)
    return len(key) >= _MIN_PREFIX_LEN and len(key) < len(next_key) and next_key.startswith(key)


def clean_body(
    paragraphs: list[str],
    *,
    lede: str | None = None,
    title: str | None = None,
    drop_indexes: set[int] | None = None,
) -> str | None:
    """Join cleaned body paragraphs with blank lines; None when nothing is left."""
    drop_indexes = drop_indexes or set()
    title_key = compact(title) if title else None
    lede_key = _key(lede) if lede else None

    kept: list[str] = []
    for i, raw in enumerate(paragraphs):
        if i in drop_indexes or raw is None:
            continue
        text = clean_paragraph(raw)
        if not text or is_boilerplate(text):
            continue
        key = compact(text)
        if title_key and key == title_key:
            continue
        if lede_key and _key(text) == lede_key:
            continue
        if kept and compact(kept[-1]) == key:
            continue  # consecutive duplicate
        kept.append(text)

    # Second pass: a paragraph that is the next one cut short (only the first
    # paragraph, or any paragraph ending in an ellipsis) is a repeated lede.
    result: list[str] = []
    for j, text in enumerate(kept):
        if j + 1 < len(kept) and _is_truncated_prefix(text, kept[j + 1], first=not result):
            continue
        result.append(text)
    return "\n\n".join(result) or None


__all__ = ["clean_body", "clean_paragraph", "compact", "is_boilerplate"]
