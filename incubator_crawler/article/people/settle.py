"""The three people fields settled against each other and the site once found: split, trim, drop."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..back_links import BACK, COLUMN_WORDS
from ..labels import (
    DATE_RE,
    LABEL_RE,
    LABELS,
    NAMES_SEP_RE,
    alternation,
)
from ..page import Block, node_text, squash, title_parts
from ..text import HAN_RE, nfkc, nfkc_compact
from .bylines import byline_names
from .facts import _PeopleContext, _trail_items
from .names import AUTHOR_SPLIT, _is_placeholder, _someone, is_site_name
from .words import (
    _ORG_END_RE,
    _OUTLET_END_RE,
    _REPORTED,
    _TITLE_ALT,
    _WEEKDAY_RE,
    ACTIVITY_COLUMN_RE,
    REPORTER_PREFIXES,
    _plain_name,
    site_group,
)

if TYPE_CHECKING:
    from ..extract import ExtractedArticle


def _settle_people(art: ExtractedArticle, ctx: _PeopleContext) -> None:
    """Settle the three fields against each other and the site (split, trim, drop)."""
    rules = art.rules
    root, site_name, meta_blocks, owner = ctx.root, ctx.site_name, ctx.meta_blocks, ctx.owner
    _split_source_writer(art, ctx.trailer.get("source"))
    if art.source_raw and rules.get("source") in ("label", "trailer"):
        art.source_raw = _source_item(art.source_raw)  # after the split: a writer may follow
        if m := _EDITION_STAMP_RE.match(art.source_raw):
            art.source_raw = m.group("name")
    if (
        meta_blocks
        and art.source_raw
        and rules.get("source") == "label"
        and _own_column(root, meta_blocks, art.source_raw, art.breadcrumb_raw)
    ):
        art.source_raw, rules["source"] = None, "label:own-column"
    if (
        art.source_raw
        and rules.get("source") in ("label", "trailer")
        and (
            _column_named(art)
            or _back_list_column(root, art.source_raw)
            # the column's link lost (``来源：年会活动`` printed as text): its name tells it
            or ACTIVITY_COLUMN_RE.match(nfkc_compact(art.source_raw))
        )
    ):
        # under the text too: the date line moved below the text keeps its 来源 slot
        art.source_raw, rules["source"] = None, "label:own-column"
    if art.source_raw and rules.get("source") in ("label", "trailer") and _own_headline(art):
        art.source_raw, rules["source"] = None, "label:own-headline"
    _writers_out_of_editors(art)
    if owner and art.author_raw and rules["author"] != LICENCE_BOX:
        if nfkc_compact(owner) == nfkc_compact(art.author_raw):
            rules["author"] += "+" + LICENCE_BOX  # the licence box labels the name a writer's
    if not licence_vouched(rules.get("author")) and rules.get("author") != IP_ROW_SIGNED:
        # a blog named after its owner: the licence box labels the name a writer's (the
        # normalisation's people step reads the same rule)
        _drop_site_name(art, site_name, root)
    if art.source_raw and site_name and art.source_raw.endswith(" " + site_name):
        # the site's own name printed after the 来源 value (``央视新闻客户端 中国青年网``)
        art.source_raw = art.source_raw[: -len(site_name)].rstrip()
    _platform_people(art, root, site_name)


# The page's link back to the list of the item's column (``返回列表 >>``); a 来源 value that links
# where it goes names the column the template files the item under, not an origin (LABELLING.md,
# labelcheck9: 来源：<a href="alfx/">案例分析</a> beside 返回列表 to alfx/). An outlet's desk linked
# to its channel (来源：人民网-文化频道, the menu's 文化 linking there too) has no such link: a source.
_BACK_TO_LIST_XPATH = etree.XPath(
    "//a[@href]["
    + " or ".join(f"starts-with(normalize-space(.), '{BACK}{w}')" for w in COLUMN_WORDS)
    + "]"
)
# the link is the 来源 slot's value (``来源：<a>``), not a menu entry of the same name
_SLOT_BEFORE_RE = re.compile(rf"(?:{alternation(LABELS['source'])})\s*[:：]?\s*$")
# both links stand on one page: any one base resolves them alike (``alfx/`` and ``./alfx/``)
_SAME_BASE = "http://page.invalid/dir/page.html"


def _own_column(root: Any, meta_blocks: list[Block], source: str, trail: str | None = None) -> bool:
    """True when the meta line's 来源 slot links ``source``, relatively, where 返回列表 goes, or
    where the trail's leaf (the item's own column, named alike) goes."""
    slot = set()
    for owner in {b.owner for b in meta_blocks}:
        for a in owner.iter("a"):
            href = (a.get("href") or "").strip()
            parts = urlsplit(href)
            # a relative link, to a page of the site itself; an outlet links its own host
            if (
                href
                and not parts.scheme
                and not parts.netloc
                and squash(node_text(a)) == source
                and _SLOT_BEFORE_RE.search(_text_before(a))
            ):
                slot.add(urljoin(_SAME_BASE, href))
    # the whole page is searched only for such a slot (a scan of every link costs ~1%)
    if not slot:
        return False
    if any(urljoin(_SAME_BASE, a.get("href").strip()) in slot for a in _BACK_TO_LIST_XPATH(root)):
        return True
    # policy59: the trail's leaf, the item's own column, is the same link under the same name
    # (labelcheck9: ``来源：<a href="alfx/">案例分析</a>``, the item's own column)
    return _trail_items(trail)[-1:] == [nfkc_compact(source)] and any(
        a.get("href")
        and squash(node_text(a)) == source
        and urljoin(_SAME_BASE, a.get("href").strip()) in slot
        and not _SLOT_BEFORE_RE.search(_text_before(a))
        for a in root.iter("a")
    )


def _back_list_column(root: Any, source: str) -> bool:
    """True when ``source``, named like no outlet or unit, is the name a link on the page gives
    the column 返回列表 goes back to: the 来源 slot prints the item's own column unlinked
    (labelcheck9's ``来源：案例分析`` on xingduqiao, its menu's ``<a href="alfx/">案例分析</a>``
    and ``<a href="alfx/">返回列表</a>``), as ``_own_column`` reads it linked."""
    source = squash(source)
    if _OUTLET_END_RE.search(source) or _ORG_END_RE.search(source):
        return False
    back = {urljoin(_SAME_BASE, a.get("href").strip()) for a in _BACK_TO_LIST_XPATH(root)}
    return bool(back) and any(
        a.get("href")
        and squash(node_text(a)) == source
        and urljoin(_SAME_BASE, a.get("href").strip()) in back
        for a in root.iter("a")
    )


def _column_named(art: ExtractedArticle) -> bool:
    """True when the 来源 slot prints, unlinked, the trail's leaf (the item's own column) and the
    column is not named like an outlet or a unit.

    DedeCMS's paper samples on baywatch.cn print ``来源：管理相关`` under the trail ``… > 管理论文 >
    管理相关 > 正文``: where the item is filed, not an origin (labelcheck9). gmw.cn files a paper's
    pages under a column named after it (``来源：生活时报`` in 生活时报): that column is an outlet;
    a column named after an office (党委宣传部) may as well be the office that wrote the item."""
    source = nfkc(art.source_raw or "").strip()
    key = nfkc_compact(source)
    # the trail read only when it holds the value (reading it costs 0.5% of an extraction)
    if not key or key not in nfkc_compact(art.breadcrumb_raw or ""):
        return False
    return (
        _trail_items(art.breadcrumb_raw)[-1:] == [key]
        and _OUTLET_END_RE.search(source) is None
        and _ORG_END_RE.search(source) is None
    )


# A ``YY.M`` / ``YY.MM`` / ``YYYY.M`` issue stamp glued to the outlet's name closing the value
# (tssqjy.com: ``来源：河北新闻网16.12``, ``中国远程教育16-2``): the edition note, cut as the seventh
# round's are (the lead's session-25 decision). Glued to a Han character only: a name that ends
# in digits of its own (``新闻110``) has no month after a dot.
_EDITION_STAMP_RE = re.compile(
    r"^(?P<name>\S{1,30}[\u4e00-\u9fff])(?:\d{2}|\d{4})[.\-](?:1[0-2]|0?[1-9])$"
)


def _own_headline(art: ExtractedArticle) -> bool:
    """True when the 来源 slot holds the item's own headline, whole (the headline found or
    <title>'s headline part): where the item sits, no publisher (visitxm.com's venue pages,
    ``来源：厦门美仑皓晖酒店`` on the hotel's page; the lead's session-25 decision, as labelcheck9's
    column). A value that only shares words with the headline is no such slot."""
    key = nfkc_compact(art.source_raw or "")
    if not key:
        return False
    if key == nfkc_compact(art.title_raw or ""):
        return True
    title = nfkc_compact(art.html_title or "")
    if not title or (art.title_raw and nfkc_compact(art.title_raw) in title):
        # <title> holding the headline shown names the headline already: its first segment may
        # be a brand opening it (bonavis.cn: ``海右博纳品牌 | 互联网经济下…``, 来源：海右博纳品牌)
        return False
    # ``headline_site``: the headline part of a <title> that writes the headline otherwise
    segments = title_parts(art.html_title)[0::2]
    return len(segments) == 2 and key == nfkc_compact(segments[0])


def _text_before(el: Any) -> str:
    """The text printed right before ``el`` inside its parent."""
    prev = el.getprevious()
    if prev is not None:
        return prev.tail or ""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


# The author's rule when a post's licence box names the writer, alone or after another rule
# that found the same name
LICENCE_BOX = "licence-box"
# The poster's row's name that the <title>'s tail, read as the site's name, signs the headline
# with (a yuque doc's ``读《X》—Madlife``): the writer, kept from the site-name drops
IP_ROW_SIGNED = "ip-row:signed-headline"


def licence_vouched(author_rule: str | None) -> bool:
    """True when the author's rule says a licence box labels the name a writer's: a blog named
    after its owner keeps the owner as the author, site's name or not."""
    return LICENCE_BOX in (author_rule or "")


# Where a labelled source's item ends inside a longer value: a wide gap (two spaces of any kind,
# an ideographic space) or a spaced slash; the writer, a collector's note or font controls follow
# (``来源：量子位&nbsp;&nbsp;衡宇``, ``来源：生活时报 / 本报特约记者``). One space stays: 人民网 文化频道.
_SOURCE_ITEM_END_RE = re.compile(r"[\s\xa0]{2,}|\u3000|\s+/(?:\s|$)")


def _source_item(value: str) -> str:
    """``value`` up to the end of its first item (as written)."""
    m = _SOURCE_ITEM_END_RE.search(value.strip())
    return value.strip()[: m.start()] if m and m.start() >= 2 else value


_SOURCE_THEN_NAME_RE = re.compile(r"^(?P<src>\S{2,20}?)\s+(?P<name>[\u4e00-\u9fff]{2,3})$")


# ``生活时报　本报特约记者　北方``: an outlet, a reporter's title (with up to two of the words the
# role list puts before one) and the reporter's names; the title makes the names writers.
# The reporter may stand in brackets after the outlet (``来源：科技日报（记者 X）``; the value may
# have lost its closing bracket), or be glued to an outlet's name (``来源：某某日报记者 张明华``, decide79).
_SOURCE_THEN_REPORTER_RE = re.compile(
    r"^(?P<src>\S{2,20}?)(?:\s+|\s*(?P<open>[(（])\s*|(?<=[报報社台网網刊]))"
    rf"(?:{alternation(REPORTER_PREFIXES)}){{0,2}}(?:{_TITLE_ALT})\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?:[\s、,，]+[\u4e00-\u9fff]{2,4})*)(?(open)\s*[)）]?)$"
)


# An outlet, a blank and a reporter's byline that ends in 报道 (``中央社 記者周明軒台北報導``).
_SOURCE_THEN_BYLINE_RE = re.compile(
    rf"^(?P<src>\S{{2,20}}?)\s+(?P<byline>(?:{_TITLE_ALT})\s*[\u4e00-\u9fff]{{2,12}}{_REPORTED})$"
)


def _no_writer(art: ExtractedArticle) -> bool:
    """True when the author slot names no writer: empty, or holding only a placeholder kept for
    want of a writer (``发布人：admin`` under the text: the chain's ``held`` value, people167's
    distractors), which a writer after the outlet (``来源：中国新闻网 王帆``) replaces."""
    return not art.author_raw or not _someone(art.author_raw)


def _split_source_writer(art: ExtractedArticle, trailer_source: str | None = None) -> None:
    """``来源：中国新闻网 王帆``: an outlet, then the writer's name with no label (southcn prints
    the author right after the source). The trailer's 来源 counts too when its outlet is the
    source already found (chinadaily: ``来源：中国日报网`` under the title, ``（来源：中国日报网 信莲
    编辑：玉洁）`` closing the text). A reporter's title before the name splits it the same way."""
    if not art.source_raw:
        return
    r = _SOURCE_THEN_REPORTER_RE.match(nfkc(art.source_raw).strip())
    if r is not None:
        art.source_raw = r.group("src")
        if _no_writer(art):
            art.author_raw, art.rules["author"] = r.group("name"), "after-source:reporter"
        return
    b = _SOURCE_THEN_BYLINE_RE.match(nfkc(art.source_raw).strip())
    if b is not None and (names := byline_names(b.group("byline"))):
        # ``來源：中央社 記者周明軒台北報導``: the outlet, then its reporter's byline with the place
        # and 報導 (LABELLING.md: an outlet inside the byline is the source, the reporter the author)
        art.source_raw = b.group("src")
        if _no_writer(art):
            art.author_raw, art.rules["author"] = names, "after-source:byline"
        return
    m = _SOURCE_THEN_NAME_RE.match(nfkc(art.source_raw).strip())
    if m is None or not _OUTLET_END_RE.search(m.group("src")):
        if not _no_writer(art) or not trailer_source:
            return
        m = _SOURCE_THEN_NAME_RE.match(nfkc(trailer_source).strip())
        if m and nfkc_compact(m.group("src")) == nfkc_compact(art.source_raw):
            if _plain_name(m.group("name")):
                art.author_raw, art.rules["author"] = m.group("name"), "after-source:trailer"
        return
    art.source_raw = m.group("src")
    if _no_writer(art) and not _WEEKDAY_RE.match(m.group("name")):
        art.author_raw, art.rules["author"] = m.group("name"), "after-source"


def _writers_out_of_editors(art: ExtractedArticle) -> None:
    """``编辑：何勇 王英占`` where the text closes with ``记者 王英占``: a template's author slot
    printed after the editor's; of two or more editor names, one credited as the writer is
    the author only (a lone editor who also wrote stays both)."""
    if not art.editor_raw or not art.author_raw:
        return
    names = [n for n in NAMES_SEP_RE.split(nfkc(art.editor_raw).strip()) if n]
    writers = {nfkc_compact(n) for n in AUTHOR_SPLIT.split(nfkc(art.author_raw)) if n}
    kept = [n for n in names if nfkc_compact(n) not in writers]
    if len(names) >= 2 and kept and len(kept) < len(names):
        art.editor_raw = " ".join(kept)


def _drop_site_name(art: ExtractedArticle, site_name: str | None, root: Any = None) -> None:
    """An author that is only the site's own name is no person (the editor field keeps it:
    ``编辑:中国孵化器网`` names who posted it).

    One of two drops, both by ``is_site_name``: this one, at extraction, empties the raw slot
    (shown as ``author_raw``) so the WeChat account rule after it may still fill it, and knows
    only the page's own name; ``clean_person`` drops each name of a list (``张三、X网``) against
    the crawl's configured site name, which may differ from the page's."""
    if not site_name or not art.author_raw:
        return
    norm = nfkc(art.author_raw)
    lab = LABEL_RE.match(norm)
    name = norm[lab.end() :] if lab else norm
    if site_itself(name, art, site_name, root):
        art.author_raw, art.rules["author"] = None, "site-name"


def site_itself(name: str, art: ExtractedArticle, site_name: str | None, root: Any = None) -> bool:
    """True when ``name`` is the site itself: its own name, or its team, its account or its
    group as a segment of its name (``_names_the_firm``), no writer."""
    return bool(site_name) and (
        is_site_name(name, site_name)
        or _names_the_firm(name, _own_names(art, site_name), root)
        or _home_of(name, site_name)
    )


def _home_of(name: str, site_name: str | None) -> bool:
    """True when ``name`` is the site's own name after whose site it is (``X的Y``: Y): a class's
    ``二班同学的快乐老家`` calls itself 快乐老家 in its licence box's ``Author:`` and its footer's ©
    line (hunt278). The owner before 的 (``林小河的小站``'s 林小河) is a person and stays."""
    site, value = nfkc_compact(site_name or ""), nfkc_compact(name)
    head, sep, tail = site.rpartition("的")
    return bool(sep and head) and len(value) >= 2 and value == tail


# An organisation word left in the site's name around the credited name: the site is a firm's or
# a lab's, and the name is its own (海润丰 on 济宁海润丰有限公司, ``by iiau`` on IIAU-LAB, 开祥清洁 on
# 郑州保洁公司【开祥清洁】...). A blog's title (张三的博客) holds no such word, so a blogger keeps his name.
_FIRM_WORD_RE = re.compile(
    r"公司|集团|集團|实验室|實驗室|研究所|研究院|(?<![a-z])(?:lab|labs|laboratory|inc|ltd|llc)(?![a-z])"
)


# The words that make a name a team's (``玩转湖大团队``, ``X小组``, ``X Team``) or the site's own
# account's (``X官方``, ``X管理员``, ``X Official``, ``X Admin``: the account the organisation posts
# under, in a licence box's 本文作者 or a copyright box's 原文作者 as often as its team; people167's
# distractors put them under dev pages' texts); a newsroom's desk writes its items (少数派编辑部 on
# sspai, labelled the author), so 编辑部 is none of them
_TEAM_END_RE = re.compile(
    r"(?:团队|團隊|小组|小組|工作室|官方|管理员|管理員|(?<=[a-z0-9])\s*(?:team|official|admin))$"
)


def _own_names(art: ExtractedArticle, site_name: str | None) -> list[str]:
    """The site's names a reader sees: its name, and the <title> past the headline (``IIAU-LAB``
    where the name read from the title is only its last segment, ``LAB``)."""
    names = [nfkc_compact(site_name or "").casefold()]  # first: ``_names_the_firm`` reads it
    title, head = (nfkc_compact(x or "").casefold() for x in (art.html_title, art.title_raw))
    if head and head in title and title != head:
        names.append(title.replace(head, "", 1))
    return names  # the site's name first, empty where the page names none


# Where a site's name parts its segments (``上塘城西中学2020级一班-新闻``, ``IIAU-LAB``, ``X【Y】``)
_SITE_SEGMENT_SEP_RE = re.compile(r"[-_|｜丨–—·:：/【】\[\]()（）《》「」]+")


def _names_the_firm(name: str, own_names: list[str], root: Any = None) -> bool:
    """True when ``name`` is a part of one of the site's names whose rest holds a firm's or a lab's
    word: the organisation that runs the site posting under its own name, no writer."""
    value = nfkc_compact(name).casefold()
    if len(value) < (2 if HAN_RE.search(value) else 3):
        return False
    if any(value in own and _FIRM_WORD_RE.search(own.replace(value, "|", 1)) for own in own_names):
        return True
    team = _TEAM_END_RE.search(value)
    if team and len(stem := value[: team.start()]) >= 2 and any(stem in own for own in own_names):
        # a team named with the site's name (玩转湖大's copyright box: ``原文作者：玩转湖大团队`` on
        # 玩转湖大文章作品集): the site's own group, no writer (LABELLING.md, session 29; follow154)
        return True
    # a group's own name as a segment of the site's name (the class 上塘城西中学2020级一班 on its
    # site 上塘城西中学2020级一班-新闻, named by the head's author meta): the site itself, as a
    # firm's (LABELLING.md, session 29); a person's name there, a blog's owner, stays the author.
    # The whole segment, never a word inside one (中国某科学院 is not the site 中国某科学院大学, 一班
    # not the class's site), of the site's name or of the link to the site's home page a reader
    # sees atop it; <title>'s rest is not read here: its middle segment is the item's column
    # (``标题_党政办公室_某学院``, an office of the school that wrote it)
    if not value or not site_group(name):
        return False
    if value in _SITE_SEGMENT_SEP_RE.split(own_names[0]):
        return True
    return root is not None and any(
        value in _SITE_SEGMENT_SEP_RE.split(nfkc_compact(node_text(a)).casefold())
        for a in root.iter("a")
        if _home_link(a.get("href"))
    )


def _home_link(href: str | None) -> bool:
    """True when ``href`` goes to the site's home page (``/``, ``./``, ``index.html``, a host)."""
    href = (href or "").strip()
    if href in ("/", "./", "../", "index.html", "/index.html", "index.htm", "/index.htm"):
        return True
    parts = urlsplit(href)
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query


def _platform_people(art: ExtractedArticle, root: Any, site_name: str | None = None) -> None:
    """WeChat: the author written beside the account name (``rich_media_meta_text``). The
    article's own byline beats a copyright box under it: a site that rebuilds an account's
    articles (玩转湖大's, each saved whole inside a Hugo post) credits its team there
    (``原文作者：玩转湖大团队``), the meta line the writer (比崔是只鸟). A closing byline inside the
    article's own box (``div.rich_media``: ``文字：X`` ending the text of a saved WeChat page) is
    the writer's credit a reader reads in the text, and stands."""
    trailer = art.author_raw and art.rules.get("author") == "trailer"
    if art.author_raw and not trailer:
        return
    meta_list = next((el for el in root.iter("div") if el.get("id") == "meta_content"), None)
    if meta_list is None:
        return
    if trailer:
        box = next(
            (
                up
                for up in meta_list.iterancestors()
                if "rich_media" in (up.get("class") or "").split()
            ),
            None,
        )
        if box is None or nfkc_compact(art.author_raw) in nfkc_compact(node_text(box)):
            return
    for el in meta_list.iter("span"):
        cls = el.get("class") or ""
        # the platform's place line (``js_ip_wording_wrapper``: 江苏, the poster's province since
        # 2022) is a meta_text span too, and names no one
        if (
            "rich_media_meta_text" in cls
            and el.get("id") != "publish_time"
            and not (el.get("id") or "").startswith("js_ip_wording")
        ):
            name = squash(node_text(el))
            # the 原创 badge is a meta_text span too; the account's own name there (the site's
            # name, ``js_name``) is the account, no writer (LABELLING.md: WeChat)
            if name and not _is_placeholder(name) and not is_site_name(name, site_name):
                art.author_raw, art.rules["author"] = name, "wechat:meta_text"
                return
    if any("rich_media_meta" in (el.get("class") or "") for el in meta_list.iterdescendants()):
        return
    # the meta list rebuilt without the platform's marks (a site saving an account's article
    # with its own markup: ``<div id=meta_content><em>方小达</em>  <em>玩转湖大</em>
    # <em>2018-10-08</em></div>``): its first item is the writer, the account's name and the day
    # after it, as a reader of the platform reads the line
    items = [squash(node_text(el)) for el in meta_list if isinstance(el.tag, str)]
    first = next((t for t in items if t), "")
    if (
        first
        and first != items[-1]
        and _someone(first)
        and not _is_placeholder(first)
        and not is_site_name(first, site_name)
        and not DATE_RE.search(first)
    ):
        art.author_raw, art.rules["author"] = first, "wechat:meta_list"
