"""The page facts the people chains read: the context gathered once a page, and what the page shows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..category import category_from_breadcrumb
from ..page import Block, Page, node_text
from ..text import nfkc, nfkc_compact
from .accounts import link_types


@dataclass(frozen=True)
class _PeopleContext:
    """The page facts the source, author and editor chains (and their settling) read, gathered
    once per page."""

    fields: dict[str, str]
    metas: dict[str, tuple[str, str]]
    ld: dict[str, Any]
    trailer: dict[str, str]
    root: Any
    site_name: str | None
    page: Page | None
    window: tuple[int | None, list[Block]] | None
    inline: dict
    owner: str | None
    meta_blocks: list[Block] | None
    script_slot: bool  # a script writes the 来源 slot's value (``script_fills_source_slot``)


def _shown(page: Page, names: str) -> bool:
    """True when every name of ``names`` (``、``-joined) is in the page's visible text."""
    text = _visible(page)
    return all(nfkc_compact(n) in text for n in names.split("、") if n.strip())


def _visible(page: Page) -> str:
    """The page's visible text, compact NFKC, joined once a page."""
    text = page.memo.get("people.visible")
    if text is None:
        text = page.memo["people.visible"] = nfkc_compact("".join(b.text for b in page.blocks))
    return text


def _part_of(short: str, long: str) -> bool:
    """True when ``short`` is a part of ``long`` and not all of it (NFKC, spaces ignored)."""
    a, b = nfkc_compact(short), nfkc_compact(long)
    return bool(a) and a in b and a != b


def _rel_category_link(root: Any, name: str) -> bool:
    """True when ``name`` is the text of a link marked ``rel="category"`` or ``rel="tag"``.

    A blog theme prints the post's category beside its date (``心理健康 · 11/29/2021``); the
    link's standard rel value says it names a category, not the writer. So does its address
    when the blog engines' folder of categories or tags holds it (Hugo's ``DATE <a
    href="/categories/最新情报/">最新情报</a>``, NVDA中文站): a column, neither writer nor outlet.
    """
    if root is None:
        return False
    want = nfkc_compact(name)
    for a in root.iter("a"):
        rel = link_types(a)
        if ("category" in rel or "tag" in rel or _FOLDER_HREF_RE.search(a.get("href") or "")) and (
            nfkc_compact(node_text(a)) == want
        ):
            return True
    return False


# a link's address inside the categories or tags folder of a blog engine (Hugo, Hexo, WordPress's
# ``/category/<slug>/``): the link names where the post is filed
_FOLDER_HREF_RE = re.compile(r"(?i)/(?:categories|category|tags|tag)/[^/?#]")


def _trail_item(trail: str | None, name: str) -> bool:
    """True when ``name`` is an item of the page's trail: the channel printed beside the date
    (``2018-08-02 港聞`` under ``首頁 > 日報新聞 > 港聞``), as a rel=category link is."""
    return nfkc_compact(name) in _trail_items(trail)


def _trail_items(trail: str | None) -> list[str]:
    """The items of the page's trail as its category reads them (label, home and 正文 aside),
    compacted; empty without a trail."""
    category = category_from_breadcrumb(trail) if trail else None
    return [nfkc_compact(item) for item in category.split(" > ")] if category else []


def _headline_words(name: str, title: str | None) -> bool:
    """``name`` (5+ characters) repeats the headline: a picture's caption beside the date
    (fjsen: ``泰国人妖皇后亲密私照  2010-08-25 08:56  来源：东南网``), no writer."""
    short = nfkc_compact(name)
    return bool(title) and len(short) >= 5 and short in nfkc_compact(title or "")


def _names_outlet(name: str, source: str | None) -> bool:
    """True when an account ``name`` is the source's own (``上海证券报网络版`` for 上海证券报)."""
    if not source:
        return False
    a, b = nfkc_compact(name), nfkc_compact(source).strip("()（）")
    return bool(a and b) and (b in a or a in b)


def _in_writer_slot(page: Page, window: tuple[int | None, list[Block]], name: str) -> bool:
    """True when a line between the headline and the text shows ``name`` right after a writer's
    label (technews.tw: ``<span>作者</span><span><a rel=author>MoneyDJ</a></span> | 發布日期 …``):
    the page labels the name a writer's, an outlet's name or not (LABELLING.md: an outlet alone in
    a labelled author slot is the author, even when a reprint notice also names it)."""
    title_idx, paras = window
    if title_idx is None or not paras:
        return False
    slot = re.compile(
        rf"(?:^|[\s|｜])(?:作者|作\s+者|記者|记者)\s*[:：]?\s*{re.escape(nfkc(name))}(?=$|[\s|｜,，])"
    )
    return any(slot.search(nfkc(b.text)) for b in page.blocks[title_idx + 1 : paras[0].idx])


def _ld_author(v: Any) -> str | None:
    if isinstance(v, list):
        names = [n for n in (_ld_author(x) for x in v) if n]
        return "、".join(names) or None
    if isinstance(v, dict):
        if v.get("@type") == "Organization":
            return None  # a news agency credited as author is the source (新华社, 法新社)
        v = v.get("name")
    return v.strip() if isinstance(v, str) and v.strip() else None


def _ld_organisation(v: Any) -> str | None:
    """The name of a JSON-LD author that is an Organization (an agency: 法新社, 新华社)."""
    for d in v if isinstance(v, list) else [v]:
        if isinstance(d, dict) and d.get("@type") == "Organization":
            name = d.get("name")
            if isinstance(name, str) and name.strip():
                return name.strip()
    return None
