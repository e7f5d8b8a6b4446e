"""Clean article titles and strip site suffixes from ``<title>``.

Column-prefix rule: a leading ``【X】`` / ``[X]`` is removed only when X is a short
column word (1–6 characters, letters/CJK only: no digits, spaces or punctuation)
and real title text follows. So ``【新闻】青岛市…`` loses the prefix, while
``【2024】…`` (a number), ``【关于开展科技企业孵化器评价工作的通知】`` (the whole title
bracketed) and ``【新闻】`` alone are kept as written.

Suffix rule: ``<title>`` is split on `` - ``, ``_``, ``|``, ``－``, ``—``; trailing
segments are dropped while they are the site name, look like a site (end in
网/官网/门户/政府/首页/信息公开 ...) or a short channel name (…动态, …新闻, 通知公告 ...).
A leading segment equal to the site name is dropped too. The first remaining
segments are kept with their original separators; at least one segment always stays.
"""

from __future__ import annotations

from ..article.text import clean_inline
from . import patterns as P


def _is_site_segment(segment: str, site_name: str | None) -> bool:
    """True when a <title> segment names the site rather than the article."""
    segment = segment.strip()
    if site_name and segment == site_name.strip():
        return True
    return bool(P.TITLE_SITE_SEGMENT.search(segment))


def _is_channel_segment(segment: str) -> bool:
    """True for short channel names such as 园区动态 / 新闻中心 / 通知公告."""
    return bool(P.TITLE_CHANNEL_SEGMENT.match(segment.strip()))


def strip_site_suffix(html_title: str | None, site_name: str | None = None) -> str:
    """Remove trailing site/channel segments (and a leading site name) from a <title>."""
    if not html_title:
        return ""
    text = clean_inline(html_title)
    if site_name:
        # A bare hyphen before the known site name ("标题-中国孵化器网") is a separator too;
        # elsewhere a bare hyphen is part of the title (dates, model numbers).
        for sep in ("-", "－", "—", "_"):
            if text.endswith(sep + site_name.strip()) and len(text) > len(site_name) + 1:
                text = text[: -len(site_name.strip()) - 1].rstrip()
                break
    # re.split with a capturing group keeps the separators at odd positions.
    parts = P.TITLE_SPLIT.split(text)
    segments = parts[0::2]
    separators = parts[1::2]
    while len(segments) > 1 and (
        _is_site_segment(segments[-1], site_name) or _is_channel_segment(segments[-1])
    ):
        segments.pop()
        separators.pop()
    if len(segments) > 1 and site_name and segments[0].strip() == site_name.strip():
        segments.pop(0)
        separators.pop(0)
    out = segments[0]
    for sep, seg in zip(separators, segments[1:], strict=True):
        out += sep + seg
    return out.strip()


def _strip_column_prefix(title: str) -> str:
    """Remove a leading 【栏目】 / [栏目] column word when real title text follows."""
    match = P.TITLE_COLUMN_PREFIX.match(title)
    if not match:
        return title
    rest = match["rest"].strip()
    # Keep when what follows is too short to be a title on its own.
    if len(rest) < 4:
        return title
    return rest


def clean_title(
    raw: str | None, *, html_title: str | None = None, site_name: str | None = None
) -> str | None:
    """Normalise a title; fall back to the <title> text without its site suffix."""
    title = clean_inline(raw) if raw else ""
    if not title and html_title:
        title = strip_site_suffix(html_title, site_name)
    if not title:
        return None
    title = _strip_column_prefix(title)
    return title or None


__all__ = ["clean_title", "strip_site_suffix"]
