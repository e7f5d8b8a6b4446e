"""Author, editor and source as separate fields; placeholders become null."""

from __future__ import annotations

from ...article.labels import WEB_ADDRESS_RE
from ...article.people import clean_person, licence_vouched
from ...listing.domains import host_of
from .base import StepPipeline, inline_people


def normalize_people(item) -> list[str]:
    """Set ``author``, ``editor`` and ``source`` from their raw values, then from inline bylines.

    An editor written at the end of the body (【编辑：田博群】) or a reporter named at its
    start ((记者 刘育英)) fills the field only when the meta line did not.
    """
    site_name = item.get("site_name")
    outcomes = []
    # a blog named after its owner: the post's licence box labels that name the writer's (the
    # extraction's author rule says so)
    owned = licence_vouched((item.get("extraction") or {}).get("author"))
    for role in ("author", "editor", "source"):
        name = None if owned and role == "author" else site_name
        item[role] = clean_person(item.get(f"{role}_raw"), role=role, site_name=name)
    if own_address(item.get("source"), item.get("url")):
        item["source"] = None
    inline = inline_people(item)
    for role in ("author", "editor"):
        if not item.get(role) and inline.get(role):
            item[role] = inline[role]
            item.setdefault("extraction", {})[role] = "body"
    for role in ("author", "editor", "source"):
        outcomes.append(f"{role}/{'found' if item.get(role) else 'none'}")
    return outcomes


def own_address(source: str | None, url: str | None) -> bool:
    """True when ``source`` is only a web address on the page's own host."""
    # a template that prints the item's own URL in its 来源 slot (来源：http://www.ferrosilicon.cn/
    # news/4.html on that very page) names where the item sits, not a publisher it came from
    # (LABELLING.md, corpus37); another site's address stays the source (新闻来源： http://news.buaa…)
    if not source or not url or not WEB_ADDRESS_RE.fullmatch(source):
        return False
    host = host_of(source if "://" in source else "http://" + source)
    return host != "" and host == host_of(url)


class SplitPeoplePipeline(StepPipeline):
    """Scrapy pipeline for :func:`normalize_people`."""

    name = "split_people"
    step = staticmethod(normalize_people)
