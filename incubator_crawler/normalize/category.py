"""Turn a breadcrumb (当前位置：首页 > 新闻动态 > 正文) into a category path."""

from __future__ import annotations

from ..article.text import collapse_whitespace
from . import patterns as P


def _split(text: str) -> list[str]:
    """Split on arrow-like separators; '/' only when spaced or when no arrow exists."""
    parts = P.BREADCRUMB_SEP.split(text)
    if len(parts) > 1:
        # An item may legitimately contain '/', e.g. 政策/法规; split only " / ".
        parts = [p for part in parts for p in P.BREADCRUMB_SLASH_SPACED.split(part)]
    else:
        parts = P.BREADCRUMB_SLASH.split(text)
    return [p.strip(" :：") for p in parts if p.strip(" :：")]


def _is_home(item: str, site_name: str | None, n_items: int) -> bool:
    """True for 首页 / the site name / a 'xx网' site-like first item."""
    compact = item.replace(" ", "")
    if P.BREADCRUMB_HOME.match(compact):
        return True
    if site_name and compact == site_name.replace(" ", ""):
        return True
    # Without a known site name, a first item ending in 网 is the site (中国孵化器网).
    return n_items > 1 and bool(P.BREADCRUMB_SITE_LIKE.search(compact))


def category_from_breadcrumb(raw: str | None, *, site_name: str | None = None) -> str | None:
    """Return 'A > B' from a breadcrumb, without label, home/site item and trailing 正文."""
    if not raw:
        return None
    text = P.BREADCRUMB_LABEL.sub("", collapse_whitespace(raw), count=1)
    items = _split(text)
    while items and _is_home(items[0], site_name, len(items)):
        items.pop(0)
    while items and P.BREADCRUMB_TAIL.match(items[-1].replace(" ", "")):
        items.pop()
    return " > ".join(items) or None


__all__ = ["category_from_breadcrumb"]
