"""Words of a pager's links: next, previous, first and last page, furniture, current marks."""

from __future__ import annotations

import re

#: The Chinese words of a next-page link, both scripts (one list for the two sets below).
#: 次頁 / 次页 (Taiwan's Jekyll theme on archlinux.tw: 前頁 第 2 頁，共 6 頁 次頁, lists98).
_NEXT_PAGE_CN = (
    "下一页",
    "下页",
    "后一页",
    "后页",
    "下一頁",
    "下頁",
    "後一頁",
    "後頁",
    "次页",
    "次頁",
)
#: Text of a link to the next listing page. The fullwidth ``＞`` / ``＞＞`` a Chinese pager types is
#: the same sign to a reader as ``>`` (lists164's question, the lead's session-31 answer); a lone
#: ``→`` is left out: a row's "read on" arrow prints the same.
NEXT_PAGE_TEXTS = frozenset((*_NEXT_PAGE_CN, ">", ">>", "＞", "＞＞", "›", "»", "next", "Next"))
#: Words of a next-page link once arrows, spaces and case are dropped (``Next »``, ``Load more``,
#: WordPress's ``« Older posts`` and its Chinese wordings, LABELLING lists78: ``较早文章``).
#: ``Older →`` / ``更旧 →`` alone: Hugo Universal's ``ul.pager`` prints its older-posts link so,
#: English and Chinese builds (lists252: chinadevopsdays.org, socrateslab); a blog list runs
#: newest first, so the older page is the next one (lists272).
_NEXT_PAGE_WORDS = frozenset(
    (
        *_NEXT_PAGE_CN,
        "next",
        "nextpage",
        "loadmore",
        "加载更多",
        "载入更多",
        "older",
        "更旧",
        "olderposts",
        "olderentries",
        "较早文章",
        "更早的文章",
        "较旧文章",
        "旧文章",
        "較早文章",
        "較舊文章",
        "舊文章",
    )
)
#: An icon font's glyph: a character of Unicode's private-use area (Alibaba's iconfont as Chinese
#: themes print their pager arrows, ``<i class="iconfont">&#xe601;</i>``; Font Awesome 4's
#: ``&#xf105;``), which draws a picture and says no word.
_GLYPHS_RE = re.compile("[\ue000-\uf8ff]+")


def without_glyphs(text: str) -> str:
    """``text`` with its icon-font glyphs dropped (a link holding only one says nothing)."""
    return " ".join(_GLYPHS_RE.sub(" ", text).split()) if _GLYPHS_RE.search(text) else text


#: Arrows, spaces and the brackets old pagers print round their words ([下一页], 【下一页】).
ARROWS_RE = re.compile(r"[\s«»‹›<>＜＞←→\[\]【】()（）]+")


def is_next_page_text(text: str) -> bool:
    """True when a link text says "next page" (下一页, [下一页], >, », Next », Load more, 点击加载更多,
    Older posts)."""
    if text in NEXT_PAGE_TEXTS:
        return True
    # 点击 (click) opens a button's words: 点击加载更多 is 加载更多
    return ARROWS_RE.sub("", text).lower().removeprefix("点击") in _NEXT_PAGE_WORDS


#: Link texts of a pager's previous-page link (a middle page of the list shows one), once
#: arrows, spaces and case are dropped (``« Previous``, ``Prev Page``; the newer-posts words
#: facing the next-page words' older posts: Hugo Universal's ``← Newer``, WordPress's ``Newer
#: posts →``, Stellar's 较新文章, lists272). Hugo Universal's Chinese ``← 更新`` is not here:
#: 更新 alone is "update" (a 更新 link of a site's menu, 更新日志), no pager word.
_PREV_PAGE_TEXTS = frozenset(
    {"上一页", "上页", "前一页", "上一頁", "上頁", "前页", "前頁", "prev", "previous", "prevpage"}
    | {"previouspage", "newer", "newerposts", "newerentries", "较新文章", "較新文章"}
)
#: Text of a link to the last listing page.
LAST_PAGE_TEXTS = frozenset({"尾页", "末页", "最后一页", "尾頁", "末頁"})
#: English words of a pager on a Chinese page once arrows, spaces and case are dropped
#: (LABELLING lists88: guangshanban.com's DedeCMS pager ``2 Next Last Page`` reads Last Page
#: as 尾页, First as 首页); never a record's title.
_LAST_PAGE_WORDS = frozenset({"last", "lastpage"})
_FIRST_PAGE_WORDS = frozenset({"first", "firstpage"})


def is_last_page_text(text: str) -> bool:
    """True when a link text says "last page" (尾页, 末页, Last, Last Page »)."""
    return text in LAST_PAGE_TEXTS or ARROWS_RE.sub("", text).lower() in _LAST_PAGE_WORDS


def is_prev_page_text(text: str) -> bool:
    """True when a link text says "previous page" (上一页, « Previous, Prev Page)."""
    return ARROWS_RE.sub("", text).lower() in _PREV_PAGE_TEXTS


def turns_page(text: str) -> bool:
    """True when a link text says next, last or previous page: a pager's words that turn it."""
    return is_next_page_text(text) or is_last_page_text(text) or is_prev_page_text(text)


def is_pager_word(text: str) -> bool:
    """True when a link text is a pager's word: next, last, previous or (English) first page."""
    return turns_page(text) or ARROWS_RE.sub("", text).lower() in _FIRST_PAGE_WORDS


#: What else a box of page numbers holds beside them (lists95): an ellipsis (``...``, ``…``, or
#: middle dots ``···``, lists307), 首页, a count of pages or records (共7页, 共120条), a jump box's
#: button (跳转, GO, 确定), a bare arrow.
_PAGER_FURNITURE_RE = re.compile(
    r"(?i)(?:\.{2,3}|…+|[·・]{2,3}|首[页頁]|共\s*\d+\s*[页頁条條]|第?\s*\d+\s*/\s*\d+\s*[页頁]?"
    r"|跳转|跳轉|转到|go|确定|確定)?"
)


def is_pager_furniture(text: str) -> bool:
    """True when a link's text is a pager word or pager furniture (``…``, 共7页, 跳转, ``«``)."""
    return is_pager_word(text) or _PAGER_FURNITURE_RE.fullmatch(ARROWS_RE.sub("", text)) is not None


#: Class names a pager marks its current number with (lists88: Element UI's ``li.number.active``,
#: Bootstrap's ``li.active``); pagination.py and pager_icons.py read these, some with more.
CURRENT_MARKS = frozenset({"active", "current", "cur", "on"})
#: ... and an unlinked current page beside a bare arrow (``span.current``, DedeCMS ``thisclass``).
CURRENT_CLASSES = CURRENT_MARKS | {"thisclass", "selected"}
