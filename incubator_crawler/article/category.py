"""Category: the breadcrumb trail on the page, and the category path cleaned from it.

Chain (``find_breadcrumb``, the rule goes to ``rules["breadcrumb"]``): a site hint; a line that
starts with a breadcrumb label (当前位置：…); else a linked trail with separators above the title
that starts at the home page, or a short one right above the title that starts at a channel;
when none is above the title, a labelled line of links a few lines below it (a banner headline).
A slash or a dash alone between two links parts the items whatever the text around it reads
(``首页-资讯-5G园区``); such a trail is then written with `` > ``. The raw trail loses a last item
that is the title and a first item that is the site's name, its items parted as the cleaning
parts them.

Cleaning (``category_from_breadcrumb``): the breadcrumb (当前位置：首页 > 新闻动态 > 正文) becomes a
category path without its label, home or site item and trailing 正文.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from ..hrefs import leads_nowhere
from .back_links import BACK, COLUMN_WORDS, UP_WORDS
from .page import HEADING_TAGS, HOME_PATHS, Block, Page, css_first, node_text, squash
from .text import collapse_whitespace, nfkc, nfkc_compact

# Breadcrumb labels; the bare word 位置 only counts with a colon (位置服务 is a category).
# The one list of breadcrumb labels (find_breadcrumb and the title chain find trails by it,
# category_from_breadcrumb strips it): 当前位置：, 您现在的位置是：, 现在位置：, 位置：, …
BREADCRUMB_LABEL = re.compile(
    r"^\s*(?:(?:您当前所在位置|您所在位置|当前所在位置|当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置|您当前的位置|当前的位置"
    r"|现在的位置|现在位置|當前位置|您現在的位置|你現在的位置|現在位置|現在的位置|目前位置|目前的位置|當前的位置"
    r"|您在这里|你在这里|您在這裡|当前页面|您的当前位置"
    # any other 您/当前/所在 + 位置 wording: 您现在所在的位置, 你当前所在位置, 所处位置, 您当前位置
    r"|[您你]?(?:当前|现在|目前|當前|現在)?(?:所在|所处|所處)的?位置"
    # 您当前位置 (DedeCMS templates): 您 and a 当前-like word, no 所在
    r"|[您你](?:当前|现在|目前|當前|現在)的?位置)"
    r"\s*(?:是)?\s*[:：>]?|位置\s*[:：]"
    # an English label before the home item (PublicCMS's English site: ``Position：<a>Home</a> >
    # <a>园区动态</a>``; ``You are here: Home``): only there, so ``Location: 深圳`` stays a venue
    r"|(?i:you\s+are\s+here|(?:your\s+|current\s+)?(?:position|location))\s*[:：]"
    r"(?=\s*(?i:home|homepage|首页|首頁)(?![a-z])))\s*"
)

# ``-&gt;`` / ``=>`` / ``-->``: an ASCII arrow drawn with a shaft; the shaft is part of the separator
BREADCRUMB_SEP = re.compile(r"\s*(?:[-=]{1,2}(?:&gt;|>)|&gt;|>>|>|＞＞|＞|›|»|→|〉)\s*")

BREADCRUMB_SLASH_SPACED = re.compile(r"\s+[/／]\s+")

BREADCRUMB_SLASH = re.compile(r"\s*[/／]\s*")

# A dash between two Chinese items of a trail (``首页 - 通知公告``, ``网站首页-通知公告``).
_DASH_SEP_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[-－–—]\s*(?=[\u4e00-\u9fff])")

BREADCRUMB_HOME = re.compile(
    r"^(?:首页|首頁|网站首页|網站首頁|官网首页|官網首頁|主页|主頁|返回首页|home|homepage"
    # a site's name before 首页 or 主页 (``CSDN首页``, ``园区网首页``, ``AKA主页``); not a
    # channel's (新闻首页)
    r"|[a-z0-9]{2,12}(?:首页|首頁|主页|主頁)|[\u4e00-\u9fff]{1,8}[网網](?:首页|首頁|主页|主頁))$",
    re.IGNORECASE,
)

BREADCRUMB_SITE_LIKE = re.compile(r"(?:网|網|官网|官網|门户|門戶)$")

BREADCRUMB_TAIL = re.compile(
    r"^(?:正文|正文内容|详情|詳情|详情页|内容|內容|文章|阅读文章|閱讀文章|详细内容|詳細內容|浏览文章|查看文章|文章内容|文章详情|文章詳情|新闻详情|新聞詳情|正文页|详细页"
    # Discuz! portal's last item (``门户 › 资讯 › 查看内容``)
    r"|查看内容|查看內容|查看详情|查看詳情"
    # a portal's ``新闻频道 > 正文阅读`` (LABELLING.md's eleventh round: read like 正文)
    r"|正文阅读|正文閱讀"
    # the page's kind, not a column (``通知公告 > 详细信息``, ``新闻动态 > 内容页``)
    r"|详细信息|詳細信息|内容页|內容頁|文章页|文章頁|新闻内容|新聞內容|信息内容|信息內容"
    # the same in other words and scripts (policy73's generated trails): reading or browsing
    # the item (``新闻动态 > 信息浏览``, ``最新消息 > 內文``), never a column's name
    r"|文章內容|正文內容|內文|文章阅读|文章閱讀|阅读全文|閱讀全文"
    r"|(?:信息|资讯|新闻|内容|正文|文章)浏览|(?:資訊|新聞|內容|正文|文章)瀏覽"
    # ``资讯正文``, ``新闻正文``, ``信息详情``: a word or two, then 正文 / 详情
    r"|[\u4e00-\u9fff]{1,4}(?:正文|详情|詳情))$"
)

# A page control drawn at the trail's end (qingdaonews' mobile header: ``首页 新闻中心 导航``, its
# 导航 a menu button), or a pair of them over the headline (登录 - 注册, 简体 - 繁體, 上一篇 -
# 下一篇): a word of the page's furniture, never a category
BREADCRUMB_CONTROL = re.compile(
    r"^(?:导航|導航|菜单|菜單|设置|設置|搜索|搜尋|分享|返回|返回列表|更多|登录|登錄|注册|註冊|退出|打印|关闭|收藏"
    # a back link beside the trail (a DedeCMS theme's ``主页 > 新闻中心 > 园区动态 > 返回首页``,
    # its ``div.submark`` link in the trail's box)
    r"|返回首页|返回首頁|回首页|回首頁|返回上页|返回上頁|返回上一页|返回上一頁|返回上级|返回上級"
    r"|上一篇|下一篇|上一页|下一页|简体|簡體|繁体|繁體|中文|english|en|cn"
    # a mobile menu's toggle after the trail (junhuabz: ``… > 公司新闻 > 展开更多菜单``)
    r"|展开|展開|收起|展开菜单|展開菜單|展开更多|展開更多|展开更多菜单|展開更多菜單|更多菜单|更多菜單)$",
    re.IGNORECASE,
)

# Breadcrumb separators, captured so a split keeps them (NFKC text: ``＞`` is ``>``; the full
# width one too for the raw text some callers split, tianya's ``天涯论坛＞<a>情感天地</a>``).
BREADCRUMB_ARROW_RE = re.compile(r"(\s*(?:[-=]{1,2}(?:&gt;|>)|>>|>|＞|»|›|→|&gt;)\s*)")

# Separators a labelled trail may use when it has no arrow (``当前位置：首页 | 新闻 | 动态``,
# ``首页 · 新闻``, ``首页 》 新闻``, ``首页 :: 新闻``); unlabelled, a line of them is a menu.
_PLAIN_SEP_RE = re.compile(r"\s*(?:[|｜·》]|::)\s*")


# ----------------------------------------------------------------------------------- extraction
def find_breadcrumb(
    page: Page,
    root: Any,
    hints: dict[str, str],
    limit: int,
    base: str,
    title_raw: str | None,
    site_name: str | None,
    rules: dict[str, str],
    ld_trail: Any = None,
    headline: str | None = None,
    title_first: str | None = None,
) -> str | None:
    """The raw breadcrumb among the blocks before ``limit`` (the title or the meta line).

    ``headline``: <title>'s headline when the page shows none (``title_raw`` is None), cut off
    the leaf it is glued to. ``title_first``: <title>'s first segment, compacted (a banner's
    column heading, :func:`banner_heading`)."""
    hint_bc = css_first(root, hints.get("breadcrumb"))
    if hint_bc is not None:
        rules["breadcrumb"] = "hint"
        return squash(node_text(hint_bc))
    title_key = nfkc_compact(title_raw) if title_raw else ""
    raw, rule = _find_breadcrumb(page, page.blocks[:limit], base, title_key, site_name)
    if rule and rule.startswith("label:") and _names_no_column(raw or "", title_key, site_name):
        # a labelled bar naming no column (``您的位置：首页 > HEADLINE`` a portal puts above the
        # host's ``<ul class=breadcrumb>`` of plain items, source202): the host's marked or
        # structured trail naming one is the page's
        for alt in (_marked_trail(page, root, limit, base), _ld_trail(page, ld_trail, limit)):
            if alt[1] and not _names_no_column(alt[0] or "", title_key, site_name):
                raw, rule = alt
                break
    if not rule:
        raw, rule = _marked_trail(page, root, limit, base)
    if not rule:
        raw, rule = _ld_trail(page, ld_trail, limit)
    if not rule:
        raw, rule = _labelled_below(page, limit)
    if not rule:
        raw, rule = _bottom_trail(page, limit, base, title_key)
    if not rule and title_key:
        raw, rule = _box_heading(page, limit, title_first)
    if rule and raw and _TAXONOMY_WORD_RE.match(nfkc_compact(_split_kept(nfkc(raw))[-1])):
        # a blog's menu read as a trail (Keep's ``首页 归档`` list above the post, tmpl129): the
        # taxonomy's index names no column of the post
        return None
    if rule:
        rules["breadcrumb"] = rule
        raw = _trim_breadcrumb(raw, title_raw, site_name, headline)
    return raw


# A column's name (a <title> segment, a box's heading): a channel word closing up to eight
# characters. ``stem``: what stands before the channel word, as short as can be (通知公告 -> 通知).
# Here, not in title.py, which imports this module: both read it.
TITLE_CHANNEL_SEGMENT = re.compile(
    r"^(?P<stem>.{0,8}?)(?:动态|動態|新闻|新聞|要闻|要聞|资讯|資訊|公告|通知|频道|頻道|栏目|欄目|专题|專題"
    r"|政策法规|新闻中心|新聞中心|信息|快讯|快訊|头条|頭條)$"
)

_MAX_BOX_HEADING = 10

# A blog's taxonomy index named by its kind (a sidebar widget's ``<h3>分类</h3>`` over the category
# list, the menu's 分类 / 标签 / 归档 items; Hexo's Pure theme, tmpl129): the word for categories, never
# the name of the one the post is filed under
_TAXONOMY_WORD_RE = re.compile(
    r"^(?:(?:文章|全部|所有)?(?:分类|分類|标签|標籤|归档|歸檔)(?:目录|目錄|列表)?|categories|category|tags|archives?)$",
    re.IGNORECASE,
)


def banner_heading(page: Page, b: Block, title_first: str | None) -> bool:
    """True when block ``b`` is the one heading of the page's banner, an HTML5 ``<header>`` outside
    any ``<article>`` that holds no other text, and <title> opens with its words (``title_first``:
    <title>'s first segment, compacted): the column the page sits under, printed over the item's
    own headline (xmusmartdsp's ``<header><h1>团队建设</h1></header>`` under ``团队建设|实验室``,
    the item's ``<h2>`` below), no headline (LABELLING.md, tmpl94: a banner's heading that <title>
    names is no title; decide79: a box heading over the item with no trail is its category)."""
    if b.owner.tag not in HEADING_TAGS or not 2 <= b.chars <= _MAX_BOX_HEADING or b.link:
        return False
    if not title_first or nfkc_compact(b.text) != title_first:
        return False
    banner = None
    for el in b.owner.iterancestors():
        if el.tag == "article":
            return False  # an article's own header holds its headline
        if banner is None and el.tag == "header":
            banner = el
    st = page.stats.get(banner) if banner is not None else None
    return st is not None and st.b1 - st.b0 == 1


def _box_heading(
    page: Page, limit: int, title_first: str | None = None
) -> tuple[str | None, str | None]:
    """With no trail: a column's name heading the box the headline opens (``<p>新闻中心</p>`` or
    ``<h1>最新资讯</h1>`` right above the item's own headline, xjtec's and xmusmartdsp's news
    pages), the column the item is filed under (LABELLING.md, the ninth round's 户政)."""
    if limit < 1 or limit > len(page.blocks):
        return None, None
    b: Block | None = page.blocks[limit - 1]
    rule = "box-heading"
    if b is not None and b.link:
        # a side box right above the headline: its heading over the sub-column menu (a VSB
        # university's ``<h2>新闻中心</h2><ul><li>学校要闻</li>…</ul>``, decide79)
        b, rule = _heading_over_menu(page, b), "box-heading(over menu)"
    if b is None:
        return None, None
    st = page.stats.get(b.owner)
    if b.link or not 2 <= b.chars <= _MAX_BOX_HEADING or st is None or st.b1 - st.b0 != 1:
        return None, None  # a link is a menu's; a line of a longer element is text
    text = nfkc_compact(b.text)
    if _TAXONOMY_WORD_RE.match(text):
        return None, None
    if TITLE_CHANNEL_SEGMENT.match(text):
        return text, rule
    if rule == "box-heading" and banner_heading(page, b, title_first):
        # no channel word (团队建设), but the page's banner holds only it and <title> opens with it
        return text, "box-heading(banner)"
    if rule == "box-heading" and b.owner.tag in HEADING_TAGS and _menu_item(page, text, limit):
        # no channel word (户政, 媒体报道), but a menu on the page links a column by that name
        return text, "box-heading(menu item)"
    return None, None


# The longest a sub-column's name in a side box's menu may be (学校要闻, 媒体聚焦); a box of
# longer links lists articles (相关新闻), no columns
_MAX_MENU_ITEM = 8


def _heading_over_menu(page: Page, last: Block) -> Block | None:
    """The heading of the box whose menu of short column links ends at block ``last``."""
    li = last.owner
    lst = li.getparent() if li.tag == "li" else None
    st = page.stats.get(lst) if lst is not None and lst.tag in ("ul", "ol") else None
    if st is None or st.b1 != last.idx + 1 or st.b1 - st.b0 < 2 or st.b0 < 1:
        return None
    items = page.blocks[st.b0 : st.b1]
    if any(x.link != x.chars or x.chars > _MAX_MENU_ITEM for x in items):
        return None
    head = page.blocks[st.b0 - 1]
    box = lst.getparent()
    # the heading must open the same box (``div.left > div.lm_title > h2`` beside the ``ul``)
    own = page.stats.get(box) if box is not None else None
    return head if own is not None and own.b0 == head.idx and _contains(box, head.owner) else None


def _contains(el: Any, node: Any) -> bool:
    """True when ``node`` is ``el`` or inside it."""
    while node is not None:
        if node is el:
            return True
        node = node.getparent()
    return False


def _menu_item(page: Page, text: str, limit: int) -> bool:
    """True when a list item outside the headline's box links a column named ``text``: another
    page, not a place on this one (a table of contents' ``<h2>目录</h2>`` over ``#`` links)."""
    for x in page.blocks:
        if x.idx == limit - 1 or x.owner.tag != "li" or x.link != x.chars:
            continue
        if nfkc_compact(x.text) != text:
            continue
        hrefs = [(a.get("href") or "").strip() for a in x.owner.iter("a")]
        if hrefs and all(h and not leads_nowhere(h) for h in hrefs):
            return True
    return False


def _whole_trail(page: Page, b: Block, stop: int | None = None) -> tuple[str, Any]:
    """The trail a block starts, and its element: the parent's when the items sit in blocks
    of their own (``<li>首页></li><li>时政频道></li>…``, or ``当前位置：`` alone before the links).
    ``stop``: the headline's block (or the meta line's) when the trail is looked for above it."""
    norm = nfkc(b.text).rstrip()
    label = BREADCRUMB_LABEL.match(norm)
    rest = norm[label.end() :].strip() if label else ""
    # ``<li>当前位置：首页</li><li>政务信息</li>…``: the label's item is only the home page
    if not (
        norm.endswith((">", "»", "›", "→")) or (label and (not rest or BREADCRUMB_HOME.match(rest)))
    ):
        return b.text, b.owner
    own = page.stats.get(b.owner)
    if own is not None and own.b1 - own.b0 > 1 and own.chars <= 150:
        # an <img> cut the trail into two blocks (gmw); a label before a list of its items,
        # separators drawn by CSS (``当前位置：<ul><li>首页</li><li>新闻</li></ul>``)
        start = _trail_start(page, b, own.b0, label is not None)
        text = page.text_of(b.owner) if start == own.b0 else _joined(page, start, own.b1)
        if label and not _has_separator(nfkc(text)[label.end() :]):
            text = " > ".join(x.text for x in page.blocks[start : own.b1])
        return text, b.owner
    parent = page.block_parent(b.owner)
    if parent is None or parent not in page.stats or page.stats[parent].chars > 150:
        return b.text, b.owner
    st = page.stats[parent]
    start = _trail_start(page, b, st.b0, label is not None)
    end = _trail_end(page, b.idx, st.b1 if stop is None else min(st.b1, stop))
    text = page.text_of(parent) if (start, end) == (st.b0, st.b1) else _joined(page, start, end)
    raw = [x.text.strip() for x in page.blocks[start:end] if x.text.strip()]
    parts = [nfkc(x) for x in raw]
    # items in blocks of their own, separators drawn by CSS where a gap between two blocks
    # shows none (``<li>首页>></li><li>新闻</li><li>国际</li>``): one item a block
    if any(
        not (_SEP_END_RE.search(a) or _SEP_START_RE.match(b) or BREADCRUMB_LABEL.fullmatch(a))
        for a, b in itertools.pairwise(parts)
    ):
        text = " > ".join(_SEP_END_RE.sub("", x) for x in raw)
    return text, parent


def _trail_start(page: Page, b: Block, first: int, labelled: bool) -> int:
    """The first block of the trail that block ``b`` holds or ends, in an element whose blocks
    start at ``first``: a labelled trail starts at its label, and a heading before it is the
    channel's name over the box (``<h2>公司新闻</h2> | 主页 > 新闻资讯 > 公司新闻``,
    ``新闻动态 位置：主页 > 新闻动态``), no item of the trail."""
    if labelled:
        return b.idx
    start = first
    while start < b.idx and page.blocks[start].owner.tag in HEADING_TAGS:
        start += 1
    return start


def _trail_end(page: Page, idx: int, last: int) -> int:
    """Where a trail whose element ends at block ``last`` stops: at the first heading after
    block ``idx``. A short page's box holds the trail, then the headline, the meta line and
    the text (``当前位置: 主页 > 联系我们 >`` over ``<h1>``, a DedeCMS page whose text is a
    picture and three lines, gongjunwei/justformme lianxiwomen/98): no heading is an item. The
    caller caps ``last`` at the headline's block, which need not be a heading tag (a DedeCMS
    ``div.page_tit`` under ``主页 >> 隐藏分类 >> 二维码 >>`` on a page whose text is one
    picture, blackstoneblackstone/website-xaxqfzyjy yincangfenlei/erweima/2016/1212/25)."""
    return next((i for i in range(idx + 1, last) if page.blocks[i].owner.tag in HEADING_TAGS), last)


def _joined(page: Page, start: int, end: int) -> str:
    """The text of blocks ``start`` to ``end``, joined as ``Page.text_of`` joins them; a
    separator left opening it (the ``|`` after a dropped heading) goes."""
    return _SEP_START_RE.sub("", " ".join(x.text for x in page.blocks[start:end])).strip()


# Every separator the chain loop of ``_find_breadcrumb`` reads in a line's NFKC text holds one of
# these: BREADCRUMB_ARROW_RE's arrows (``&gt;`` too; its full-width ``＞``, which NFKC text never
# holds, is listed so the test below holds), _DASH_SEP_RE's dashes, the spaced slash.
# A test checks each of those patterns needs one.
_PARTING_CHAR_RE = re.compile(r"[>＞»›→&/\-－–—]")

# A separator closing or opening a block of a trail whose items are blocks of their own.
_BLOCK_SEP = "(?:>>|>|»|›|→|＞|[-－–—/／|｜·])"
_SEP_END_RE = re.compile(rf"\s*{_BLOCK_SEP}\s*$")
_SEP_START_RE = re.compile(rf"^\s*{_BLOCK_SEP}")


def _has_separator(text: str) -> bool:
    """True when a trail's text parts its items with any separator the cleaning splits on."""
    return bool(
        BREADCRUMB_ARROW_RE.search(text)
        or BREADCRUMB_SLASH.search(text)
        or _DASH_SEP_RE.search(text)
        or _PLAIN_SEP_RE.search(text)
    )


def _items_by_links(text: str, el: Any, label: re.Match[str]) -> str:
    """A labelled trail whose links stand side by side with no separator between them
    (``您的位置：<span><a>首页</a></span><span><a>新闻</a></span>``, drawn by CSS): one item a
    link, when the links are the whole text after the label."""
    norm = nfkc(text)
    rest = norm[label.end() :]
    anchors = [squash(node_text(a)) for a in _text_anchors(el)]
    if len(anchors) < 2 or _has_separator(rest):
        return text
    if nfkc_compact("".join(anchors)) == nfkc_compact(rest):
        return norm[: label.end()] + " > ".join(anchors)
    # the links, then one unlinked item (``当前位置：首页 新闻中心 园区动态 正文``, the page's kind
    # or its headline after the links, policy73): that text is the last item
    pos = 0
    for t in map(nfkc, anchors):
        at = rest.find(t, pos)
        if at < 0 or rest[pos:at].strip():
            return text
        pos = at + len(t)
    extra = rest[pos:].strip()
    if not extra or len(extra) > 60 or _CLOCK_TAIL_RE.fullmatch(" " + extra):
        return text
    return norm[: label.end()] + " > ".join([*anchors, extra])


def _slashes_between_links(text: str, el: Any, label: re.Match[str]) -> str:
    """A labelled trail whose links a bare ``/`` parts beside an arrow (``当前位置：<a>中文期刊网</a>/
    <a>论文资料</a>/<a>教育相关</a> > 正文``, where the cleaning splits only a spaced slash): the
    slashes stand between the links, none inside one, so each parts two items as the arrow does
    (a slash inside one item's text, ``政策/法规``, stays)."""
    norm = nfkc(text)
    rest = norm[label.end() :]
    if "/" not in rest or BREADCRUMB_ARROW_RE.search(rest) is None:
        return text  # with no arrow the cleaning parts the items at every slash already
    anchors = [nfkc(squash(node_text(a))) for a in _text_anchors(el)]
    if len(anchors) < 2 or any("/" in a for a in anchors):
        return text
    joined = "/".join(nfkc_compact(a) for a in anchors)
    flat = nfkc_compact(rest)
    if not flat.startswith(joined):
        return text
    tail = flat[len(joined) :]
    return norm[: label.end()] + " > ".join(anchors) + (f" {tail}" if tail else "")


# How many blocks from the title a trail counts as near it, above (a trail with no separator
# further up is skipped, ``chain:near-title``) or below (a labelled trail under a banner
# headline): room for the lines a template sets between them (the meta line, a share bar, a
# column's banner). Set with those rules, not tuned: on the dev pages the trails they find
# stand 0 to 4 blocks from the title.
_NEAR_TITLE = 6


def _labelled_below(page: Page, limit: int) -> tuple[str | None, str | None]:
    """A labelled trail of links a few lines below the title, when none is above it: a theme
    shows the headline in a banner and ``当前位置：首页 福利 趣站 正文`` under it. Two links or
    more after the label, so a line of text (``位置：北京市海淀区``) is none."""
    text, rule, b = _labelled_trail(page, page.blocks[limit + 1 : limit + 1 + _NEAR_TITLE])
    if b is None or text is None:
        return None, None
    anchors = _text_anchors(b.owner)
    if len(anchors) >= 2:
        return text, rule
    if rule == "label:位置" and not anchors and not _has_separator(nfkc(text)):
        # a data line of a text's table with the bare 位置 label (bingling's launch lists:
        # ``位置：卡角太空军基地SLC-40``, a launch site): one unlinked place, no chain of columns;
        # the links around it are the text's own
        return None, None
    el = page.block_parent(b.owner)
    if el is None or len(_text_anchors(el)) < 2:
        return None, None
    return text, rule


def _labelled_trail(
    page: Page,
    blocks: list[Block],
    stop: int | None = None,
    title_key: str = "",
    site_name: str | None = None,
) -> tuple[str | None, str | None, Block | None]:
    """The first line among ``blocks`` that starts with a breadcrumb label, as a trail (its
    items parted however the page parts them), its rule and its block (``stop``: as for
    ``_whole_trail``). A trail naming no column (home, the site's name, the page's kind or
    the headline only: ``_names_no_column``) gives way to a later labelled one that names one:
    an outer ``您现在的位置：网站首页 > 详情页`` bar above the host's own ``当前位置：首页 > 理论学习``
    (distractors.py, follow145); a reader takes the column from the trail that names it."""
    first: tuple[str | None, str | None, Block | None] = (None, None, None)
    for b in blocks:
        # a long block is no trail: its text is not normalised and searched
        m = BREADCRUMB_LABEL.match(nfkc(b.text)) if b.chars <= 150 else None
        if m:
            text, el = _whole_trail(page, b, stop)
            text = _without_box_heading(text, b.owner)
            imaged = None if _has_separator(nfkc(text)[m.end() :]) else _image_items(b.owner)
            if imaged and BREADCRUMB_LABEL.match(nfkc(imaged[0])):
                # ``您的位置<a>新闻中心</a><img><a>武汉</a>``: separator images part the items
                text, el = " > ".join(imaged), b.owner
            text = _items_by_links(_slashes_between_links(text, el, m), el, m)
            parted = None if BREADCRUMB_ARROW_RE.search(nfkc(text)) else _link_parted(el)
            if parted is not None:
                text = _parted_text(text, parted, BREADCRUMB_LABEL.match(nfkc(text)))
            found = text, "label:" + "".join(m.group(0).split()).rstrip(":>"), b
            if not _names_no_column(text, title_key, site_name):
                if (
                    first[2] is not None
                    and _same_home(first[2], b)
                    and _names_no_column(first[0] or "")
                ):
                    # one site's template printing both (the bar of home and 详情页 and its
                    # stylesheet-hidden ``#pos_hide`` copy, follow103): the reader sees the bar
                    # only; a bar of home and the headline over the column's is no such copy
                    continue
                return found
            if first[2] is None:
                first = found
    return first


def _same_home(a: Block, b: Block) -> bool:
    """True when two trails' first links go to one address (one site's home)."""
    la, lb = _text_anchors(a.owner), _text_anchors(b.owner)
    return bool(la and lb) and (la[0].get("href") or "") == (lb[0].get("href") or "") != ""


def _names_no_column(text: str, title_key: str = "", site_name: str | None = None) -> bool:
    """True when a labelled trail's items are only home and page-kind words (``网站首页 >
    详情页``), the site's own name (``当前位置：SITE 正文``, LABELLING.md: such a bar names no
    section) or the page's headline (``您的位置：首页 > HEADLINE``): it names no column. A
    portal's or a column's bar of that kind above the host's own trail (source202) gives way."""
    label = BREADCRUMB_LABEL.match(nfkc(text))
    rest = nfkc(text)[label.end() :] if label else nfkc(text)
    if site_name and _site_and_page_kind(rest, site_name):
        return True
    site = nfkc_compact(site_name) if site_name else ""
    return all(
        BREADCRUMB_HOME.match(key)
        or BREADCRUMB_TAIL.match(key)
        or (site and key == site)
        or (title_key and _is_title_leaf(key, title_key))
        for key in map(nfkc_compact, _split(rest))
    )


def _without_box_heading(text: str, owner: Any) -> str:
    """A labelled trail without the column's heading its box prints right after the trail's
    element (``<p><span>当前位置：…<a>边坡防护</a></span>边坡防护</p>``, the heading floated
    apart by CSS, glued to the leaf in the text): LABELLING.md, a trail followed by the
    column's own heading has the item before it as leaf. Only a heading that repeats the
    trail's last link goes."""
    for child in owner:
        if not isinstance(child.tag, str) or child.tag == "a":
            continue
        anchors = _text_anchors(child)
        if len(anchors) < 2 or not BREADCRUMB_LABEL.match(nfkc(node_text(child)).lstrip()):
            continue
        after = (child.tail or "") + "".join(
            node_text(x) + (x.tail or "") for x in child.itersiblings() if isinstance(x.tag, str)
        )
        heading = nfkc_compact(after)
        # the heading glued to the leaf in the trail's own text (a heading of its own, an <h2>
        # in a block after the trail's, is no part of the text: the leaf stays whole)
        if not heading or heading != nfkc_compact(node_text(anchors[-1])):
            return text
        flat, tail = text.rstrip(), after.strip()
        if not nfkc_compact(flat).endswith(heading * 2) or not flat.endswith(tail):
            return text
        return flat[: -len(tail)].rstrip()
    return text


def _find_breadcrumb(
    page: Page, blocks: list[Block], base: str, title_key: str = "", site_name: str | None = None
) -> tuple[str | None, str | None]:
    # the trail ends above the headline (or the meta line) that ``blocks`` stop at
    stop = blocks[-1].idx + 1 if blocks else None
    text, rule, lab = _labelled_trail(page, blocks, stop, title_key, site_name)
    if rule and lab is not None and _names_no_column(text or "", title_key, site_name):
        # a labelled bar naming no column above the page's own unlabelled trail (a portal's
        # ``您现在的位置：网站首页 > 详情页`` over a host's ``首页 > 工作动态``): the one naming it
        after = blocks[blocks.index(lab) + 1 :]
        # (a labelled trail below that did not win above is the bar's own template's: left)
        later, later_rule = None, None
        if after and _labelled_trail(page, after, stop, title_key, site_name)[2] is None:
            later, later_rule = _find_breadcrumb(page, after, base, title_key, site_name)
        if later_rule and not _names_no_column(later or "", title_key, site_name):
            return later, later_rule
    if rule:
        return text, rule
    run = _item_run(blocks)
    if run:
        return run, "items"
    run = _list_above_title(page, blocks, base)
    if run:
        return run, "list"
    for b in blocks:
        if b.chars > 150:
            continue
        if (
            blocks[-1].idx - b.idx > _NEAR_TITLE
            and _PARTING_CHAR_RE.search(nfkc(b.text)) is None
            and b.owner.tag not in HEADING_TAGS
            and _image_items_of(page, b.owner) is None
        ):
            # far above the title, a line is a trail only through its separators (an arrow, a
            # slash, a dash) or separator images; the menu items and the lines with none of
            # them (most blocks here) would come to nothing below, at a dozen steps each
            continue
        text, el = _whole_trail(page, b, stop)
        imaged = _image_items_of(page, b.owner)
        anchors = _text_anchors(b.owner) if imaged else []
        k = _home_index(anchors, base) if len(anchors) == len(imaged or ()) else None
        if k and imaged:
            imaged, anchors = imaged[k:], anchors[k:]  # an RSS link before the home item
        if imaged and len(imaged) > _MAX_IMAGE_TRAIL_ITEMS and not _folder_path(anchors, base):
            # ``首页<img>唐诗<img>宋词<img>…`` seven sections parted by split-line images in a
            # site's header (distract135): a menu of sibling sections, no path to the page
            imaged = None
        if imaged and (
            _starts_at_home(imaged[0], anchors, base)
            or _folder_path(anchors, base)
            or (blocks[-1] is b and len(imaged) == 2 and _two_sections(anchors, base))
            # links closed by an unlinked 正文 (``<a>监管</a><img><a>上交所</a><img>正文``):
            # a menu's items all link, and none closes with the page's kind
            or (
                len(anchors) == len(imaged) - 1
                and BREADCRUMB_TAIL.match(nfkc_compact(imaged[-1])) is not None
            )
        ):
            # ``首页<img>新闻<img>园区动态``: separator images part the items as arrows do
            text, el = " > ".join(imaged), b.owner
        norm = nfkc(text)
        items = BREADCRUMB_ARROW_RE.split(norm)[0::2]
        if len(items) >= 2 and len(norm) <= 60 and BREADCRUMB_TAIL.match(nfkc_compact(items[-1])):
            # ``时事看点>正文``: a trail ending in 正文 is one, linked or not
            if short_items(items):
                return text, "chain:tail"
        if len(items) == 1 and "/" in norm and len(norm) <= 60:
            # the same parted by slashes (a Discuz portal's ``首页 / 活动资讯 / 正文`` with each
            # ``/`` in an ``<em>``): no menu closes with the page's kind
            parts = [p for p in BREADCRUMB_SLASH.split(norm) if p.strip()]
            if (
                len(parts) >= 2
                and BREADCRUMB_TAIL.match(nfkc_compact(parts[-1]))
                and short_items(parts)
            ):
                return " > ".join(p.strip() for p in parts), "chain:tail"
        if _home_text_trail(page, b, blocks, items):
            # ``<h3><a href="#"><em>首页>园区动态</em></a></h3>`` (a PHPCMS theme): the trail written
            # as text, one link or none around it; from 首页, arrows between short items
            return text, "chain:home-text"
        # links make most of a breadcrumb, unless its last (unlinked) item is the title itself
        # the split's last part (a split by a one-group pattern is odd-length); with no arrow,
        # the last item the cleaning parts (``首页 - 园区动态 - 标题``: a theme's dashed trail)
        last = items[-1] if len(items) > 1 else (_split(norm) or [norm])[-1]
        # (the element's links when the trail is the parent's: a separator in a block of its own,
        # ``<li><a>首页</a></li><li><span>&gt;</span></li><li><a>新闻</a></li>``, links nothing)
        alone = el is not b.owner and _SEPARATOR_ONLY_RE.match(b.text) is not None
        own = page.stats.get(el) if alone else None
        linked, chars = (own.link, own.chars) if own is not None else (b.link, b.chars)
        if (
            linked * 3 < chars
            and not (title_key and nfkc_compact(last) == title_key)
            # (its items as the cleaning parts them where no arrow does: udn's ``<a>udn</a> /
            # <a>新闻</a> / <b>LEAF</b>``)
            and not _linked_but_leaf(items if len(items) > 1 else _split(norm), last, linked, chars)
        ):
            continue
        # separators between items: a ``更多>>`` on a menu is none, trailing or inside the
        # menu's drop-down that the trail's parent element brings in (chengdu.cn's header:
        # ``全搜索首页 新闻 视频 图片网 更多» 健康亲子 专题``)
        inner = _MORE_ARROW_RE.sub(" ", norm).rstrip(">»›→ ")
        arrows = any(s in inner for s in (">", "»", "›", "→"))
        dashes = _DASH_SEP_RE.search(inner) is not None  # ``首页 - 通知公告``: from home only
        # far above the title, links a bare slash parts may be a top bar's (中文/English); asked
        # only where it would count (the links' walk is the costly part, el may be the page's body)
        parted = None
        if not arrows and (" / " in inner or dashes or blocks[-1].idx - b.idx <= _NEAR_TITLE):
            parted = _link_parted(el)
        if parted is not None:
            # a slash or a dash alone between the links: those part the items
            text = _parted_text(text, parted)
            norm = inner = nfkc(text)
        if not arrows and " / " not in inner and not dashes and parted is None:
            # ``首页  学术前沿  社会理论  经典理论``: links parted by blank spans, right above the
            # title, from the home page; a nav bar starting at 首页 has more items or stands higher
            # two links do when a separator image stands between them (``首页<img>园区动态``)
            # (only the line right above the title can be one: the images are looked at there)
            spaced = None
            if blocks[-1] is b and b.chars <= 60:
                least = 2 if _parted_by_elements(el, images=True) else 3
                spaced = _links_above_title(page, b, el, blocks, least)
            if spaced and _parted_by_elements(el):
                anchors = _text_anchors(el)
                if BREADCRUMB_HOME.match(nfkc_compact(spaced[0])) or (
                    least == 2 and _is_home_link(anchors[0], base)
                ):
                    return " > ".join(spaced), "chain:spaced"
            if (
                not spaced
                and blocks[-1] is b
                and _links_above_title(page, b, el, blocks, 2) is not None
                and (pair := _led_back_to(el, base)) is not None
            ):
                return pair, "chain:back-link"
            closed = _closed_by_kind(norm, el, base, title_key)
            if closed is not None:
                return closed, "chain:closed"
            heading = _heading_bar(page, b, base)
            if heading is not None and _folder_path(heading, base):
                # the separator drawn by the style sheet (頭條日報 即時新聞: ``<h3><a
                # href=/news/realtime/>即時新聞</a><span><a href=/news/realtime/hk/>港聞</a>``)
                return " > ".join(squash(node_text(a)) for a in heading), "chain:heading"
            continue
        if len(_NAV_SPLIT_RE.split(inner)) > _MAX_TRAIL_ITEMS:
            continue  # ``新闻-体育-娱乐-财经-…``: a portal's nav bar, not a trail
        if parted is not None and len(parted.items) > _MAX_TRAIL_ITEMS:
            # the same counted by its links where the glyph hugs the word before it (a lottery
            # centre's header ``首页/ 新闻/ 专题/ 阳光开奖/ …`` of nine sections, no blank before
            # each ``<i>/</i>``): the text alone splits into one item
            continue
        if _sentence_item(inner, title_key):
            continue  # ``网站首页>> 请登录，我要注册！``: a login bar's greeting, not a trail
        # a parted trail's own links: a link floated before it (CSDN's RSS link) is no item
        anchors = parted.anchors if parted is not None else _text_anchors(el)
        if len(anchors) < 2 or all(len(nfkc_compact(node_text(a))) <= 1 for a in anchors):
            continue  # one character a link: a script switch (``正 / 簡``), no trail
        if all(_in_page_control(a) for a in anchors):
            # a carousel's arrows (``<a href="#slides" data-slide="prev">‹ Previous</a>``): links
            # that move the page's own slides lead to no column
            continue
        if all(BREADCRUMB_CONTROL.match(nfkc_compact(node_text(a))) for a in anchors):
            # a pager in angle brackets (aka.org.cn's ``<上一页>　　<下一页>`` over each page of a
            # lecture): its brackets read as arrows, but its links turn pages, no column
            continue
        text, anchors = _cut_links_before_home(text, anchors, base)
        if dashes and not arrows and nfkc_compact(text) == nfkc_compact(node_text(anchors[0])):
            # the dash inside one link's words: a site's name (Hexo Butterfly's site-name link
            # ``<a id=site-name href=/>上塘城西中学2020级一班-新闻</a>`` atop the nav), no items
            continue
        if _is_home_link(anchors[0], base) or (
            # a linked 首页 first, arrows after it: TRS's relative ``../../`` may lead to a
            # channel's index rather than the root, the arrows and the word tell the trail
            arrows and BREADCRUMB_HOME.match(nfkc_compact(node_text(anchors[0])))
        ):
            if len(anchors) >= _MANY_LEVELS and _side_by_side(anchors[-2], anchors[-1], base):
                # a header's bar of sections ending in two games of one section (cwl.gov.cn:
                # ``首页/ 新闻/ … 双色球/ 3D/ 七乐彩``, ``kjxx/fc3d/`` then ``kjxx/qlc/``): no path down
                continue
            return _cut_glued_tail(_cut_links_after_leaf(text, anchors), anchors), "chain"
        if (dashes or parted is not None) and not arrows:
            # ``专栏 - 苹果2_0``: links and dashes only, the line right above the title, from a
            # section that holds the page (a dashed menu's first link leads elsewhere); slashes
            # between links (``澎湃号/中国广州发布``) part a trail's items as arrows do
            if _links_above_title(page, b, el, blocks, 2) and (
                _holds_page(anchors[0], base)
                or (parted is not None and parted.glyph in ("/", "／"))
            ):
                return text, "chain:dash-near-title"
            if _folder_path(anchors, base):
                return text, "chain:folders"
            continue
        if arrows and _heading_bar(page, b, base) is not None:
            # a section's heading bar of its levels, however far above the title (頭條日報:
            # ``<h3>日報新聞 &gt; 港聞</h3>`` over a dropdown of sections and one of stories)
            return text, "chain:heading"
        # a linked trail right above the title that starts at a channel, not the home page
        # (``澎湃号 > 中国广州发布``, ``评论 > 海外观察``)
        # the headline closing the trail is no item of it and does not count towards its length
        # (``[山东师范大学鲁山教育网-山东省教师教育网] >>招生自考办公室 >>HEADLINE``, the myp2c school
        # CMS's trail, every item a link to ``javascript:;``)
        shown = norm
        if title_key and len(items) > 2 and nfkc_compact(items[-1]) == title_key:
            shown = "".join(items[:-1])
        if (
            arrows
            and len("".join(shown.split())) <= 40
            and blocks
            and blocks[-1].idx - b.idx <= _NEAR_TITLE
        ):
            return text, "chain:near-title"
    return None, None


def _linked_but_leaf(items: list[str], last: str, linked: int, chars: int) -> bool:
    """True when every item but the last is a link and the last is the page's own column
    written as text, however long (``<a>官網首頁</a> &gt; <a>综合服务</a> &gt; 科技成果转化与
    知识产权服务专栏``, udn's ``<a>udn</a> / <a>新闻中心</a> / <b>LEAF</b>``): the leaf is no link
    on its own page, so a long one outweighs the links without making the line less a trail.
    Three items at least; the leaf a column's name (no sentence mark, 20 characters at most)."""
    leaf = nfkc_compact(last)
    if len(items) < 3 or not _long_column_name(leaf):
        return False
    # what the links leave is the leaf and the separators between the items (one or two
    # characters each: ``>``, ``/``, ``>>``)
    return chars - linked - len(leaf) <= 2 * (len(items) - 1)


def _long_column_name(leaf: str) -> bool:
    """True for a trail's leaf (compacted) a column may be named: 20 characters at most, no
    sentence mark (``科技成果转化与知识产权服务专栏``)."""
    return 0 < len(leaf) <= 20 and not _SENTENCE_ITEM_RE.search(leaf)


def _in_page_control(anchor: Any) -> bool:
    """True for a link that leads nowhere but a spot or a script of the page itself."""
    return anchor.get("data-slide") is not None or leads_nowhere(anchor.get("href") or "")


def short_items(items: list[str]) -> bool:
    """True when each item of a trail written as text holds 1 to 12 characters (compacted)."""
    return all(0 < len(nfkc_compact(i)) <= _TRAIL_ITEM_MAX for i in items)


def from_home(items: list[str]) -> bool:
    """True when a trail written as text opens with the home item (``首页``, ``CSDN首页``) and
    each item after it is short (``首页 > 要闻``): title.py's trail line and the category's."""
    return BREADCRUMB_HOME.match(nfkc_compact(items[0])) is not None and short_items(items[1:])


def _home_text_trail(page: Page, b: Block, blocks: list[Block], items: list[str]) -> bool:
    """True when ``b`` is a trail written as text from the home item (``首页>园区动态``) with at
    most one link around it, in a heading or right above the title."""
    if not 2 <= len(items) <= _MAX_TRAIL_ITEMS or len(nfkc_compact(b.text)) > 40:
        return False
    if not from_home(items):
        return False
    if b.owner.tag not in HEADING_TAGS and blocks[-1].idx - b.idx > _NEAR_TITLE:
        return False
    if 0 < b.link < b.chars:
        return False  # linked items beside unlinked ones: the link rules read the trail
    st = page.stats.get(b.owner)
    return st is None or st.links <= 1


# A sentence's marks inside or closing an item, in NFKC text (，！？； are ASCII there): between
# Chinese characters only, so an English item (``Business, Finance``) is not one.
_SENTENCE_ITEM_RE = re.compile(r"。|[\u4e00-\u9fff][,!?;][\u4e00-\u9fff]|[\u4e00-\u9fff][!?]$")


def _sentence_item(inner: str, title_key: str) -> bool:
    """True when an item of an arrow trail is a sentence (a greeting, a notice) that is not the
    page's title (a trail may end in the title, commas and all)."""
    for item in BREADCRUMB_ARROW_RE.split(inner)[0::2]:
        key = nfkc_compact(item)
        if not _SENTENCE_ITEM_RE.search(key):
            continue
        if title_key and (title_key.startswith(key.rstrip(".…")) or key.startswith(title_key)):
            continue
        return True
    return False


# A menu's "more" link with its arrow (``更多>>``): the arrow separates no trail's items
# (listing/evidence.py's more words lead a box heading's link, arrow or not).
_MORE_ARROW_RE = re.compile(r"(?:更多|更多内容|更多內容|(?i:more))\s*(?:>>|>|»|›|→)")

# A trail is a short path; a line of more items is a nav bar (portals draw theirs with dashes).
_MAX_TRAIL_ITEMS = 8
# A trail parted by images holds the home page and four levels at most, unless its links walk
# down the page's folders: a longer run of image-parted links is a header's menu of sections.
_MAX_IMAGE_TRAIL_ITEMS = 5
# An item of a trail written as text is short; a longer run is a sentence or a headline.
_TRAIL_ITEM_MAX = 12
_NAV_SPLIT_RE = re.compile(r"\s*(?:>>|>|»|›|→|\s/\s|[-－–—|])\s*")


# The page's own link up a level (``【返回上一级】``, ``返回列表``): it leads to the column the page
# is in.
_BACK_LINK_RE = re.compile(rf"^[【\[]?(?:{BACK})?(?:{'|'.join(UP_WORDS + COLUMN_WORDS)})[】\]]?$")


def _led_back_to(el: Any, base: str) -> str | None:
    """``首页 > COLUMN`` when ``el`` holds two links, the first to the home page, and the page's own
    back link (``【返回上一级】``) leads where the second does; else None. chinahighway.com's touch
    template draws the ``>`` between ``<a>首页</a><a>要闻</a>`` with its style sheet
    (``.sjxqA a:first-child:after``): the bar is the trail, and the back link under the text
    says so; a bare pair of links with no such witness stays a menu."""
    anchors = _text_anchors(el)
    if len(anchors) != 2:
        return None
    home, leaf = anchors
    if not (_is_home_link(home, base) or BREADCRUMB_HOME.match(nfkc_compact(node_text(home)))):
        return None
    href = (leaf.get("href") or "").strip()
    if not href or leads_nowhere(href):
        return None
    target = urljoin(base, href)
    if urlsplit(target).path.lower() in HOME_PATHS:
        return None
    for a in el.getroottree().getroot().iter("a"):
        if a is leaf or a is home or not _BACK_LINK_RE.match(nfkc_compact(node_text(a))):
            continue
        if urljoin(base, (a.get("href") or "").strip()) == target:
            return f"{squash(node_text(home))} > {squash(node_text(leaf))}"
    return None


def _links_above_title(
    page: Page, b: Block, el: Any, blocks: list[Block], least: int
) -> list[str] | None:
    """The link texts of ``b`` when it is the line right above the title and holds only links
    (``least`` to five, short) and separators: a trail's shape, not a paragraph's or a menu's."""
    if not blocks or blocks[-1] is not b or b.chars > 60:
        return None
    texts = [squash(node_text(a)) for a in _text_anchors(el)]
    if not least <= len(texts) <= 5 or any(len(nfkc_compact(t)) > 12 for t in texts):
        return None
    own = page.stats.get(b.owner)
    # the line is the element's text when the element is wider than the block, or when
    # separator images cut the trail into blocks of one link each (``首页<img>新闻中心<img>园区动态``)
    whole = el is not b.owner or (own is not None and own.b1 - own.b0 > 1)
    rest = nfkc_compact(page.text_of(el) if whole else b.text)
    for t in texts:
        head, found, rest = rest.partition(nfkc_compact(t))
        if not found or not _SEPARATOR_ONLY_RE.match(head):
            return None
    return texts if _SEPARATOR_ONLY_RE.match(rest) else None


_LEADING_SEP_RE = re.compile(r"^[\s|｜·]+")


def _closed_by_kind(norm: str, el: Any, base: str, title_key: str) -> str | None:
    """Links from the home page parted by blanks or bars and closed by an unlinked 正文 / 详情 or
    the headline (``首页 | 新闻中心 | 园区动态 | 正文``, no label, policy73): a trail, as ``a > b``;
    a menu's items all link and none names the page's kind or its headline."""
    anchors = _text_anchors(el)
    if not 2 <= len(anchors) <= _MAX_TRAIL_ITEMS:
        return None
    texts = [squash(node_text(a)) for a in anchors]
    if not (_is_home_link(anchors[0], base) or BREADCRUMB_HOME.match(nfkc_compact(texts[0]))):
        return None
    pos = 0
    for t in map(nfkc, texts):
        at = norm.find(t, pos)
        if at < 0 or not _SEPARATOR_ONLY_RE.match(norm[pos:at]):
            return None
        pos = at + len(t)
    extra = _LEADING_SEP_RE.sub("", norm[pos:]).strip()
    key = nfkc_compact(extra)
    if key and (BREADCRUMB_TAIL.match(key) or key == title_key):
        return " > ".join([*texts, extra])
    return None


def _cut_links_after_leaf(text: str, anchors: list[Any]) -> str:
    """The trail without the links printed after its leaf with no separator (ptt's top bar:
    ``批踢踢實業坊 › 看板 Beauty 關於我們 聯絡資訊``, the last two floated right): the leaf
    is the first link after the last separator."""
    parts = BREADCRUMB_ARROW_RE.split(text)
    if len(parts) < 3:
        return text
    last = nfkc_compact(parts[-1])
    texts = [nfkc_compact(squash(node_text(a))) for a in anchors]
    for i in range(1, len(texts) - 1):
        if last == "".join(texts[i:]):
            # the last item is several links in a row: the first is the leaf
            return "".join(parts[:-1]) + squash(node_text(anchors[i]))
    return text


def _cut_glued_tail(text: str, anchors: list[Any]) -> str:
    """The trail without the page's own name glued to its last link with no separator
    (EmpireCMS's ``<?=$grurl?><?=$title?>`` in one bold line: ``首页 > 新闻中心 > <a>园区动态</a>标题``):
    unlinked words right after the leaf's link are the current page, no part of the leaf (the
    title, when found, is cut off the same way later). Six characters or more with no separator
    in them, so a link's own suffix (``<a>新闻</a>中心``) stays."""
    last = anchors[-1]
    tail = squash(last.tail or "")
    if len(nfkc_compact(tail)) < 6 or _PARTING_CHAR_RE.search(nfkc(tail)):
        return text
    stripped = text.rstrip()
    if not stripped.endswith(tail):
        return text
    rest = stripped[: -len(tail)].rstrip()
    return rest if nfkc_compact(rest).endswith(nfkc_compact(node_text(last))) else text


def _cut_links_before_home(text: str, anchors: list[Any], base: str) -> tuple[str, list[Any]]:
    """The trail from its home item on, without the one or two links printed before it (CSDN's
    ``订阅RSS`` link left of ``首页 > 业界``, glued to it or parted by an arrow): a later link
    leads home or reads 首页, and only those links and separators stand before it."""
    k = _home_index(anchors, base)
    if not k:
        return text, anchors
    home = squash(node_text(anchors[k]))
    at = text.find(home)
    if at < 0:
        return text, anchors
    head = nfkc_compact(BREADCRUMB_LABEL.sub("", nfkc(text[:at]), count=1))
    for a in anchors[:k]:
        head = head.replace(nfkc_compact(node_text(a)), "", 1)
    if not _SEPARATOR_ONLY_RE.match(head):
        return text, anchors
    return text[at:], anchors[k:]


def _home_index(anchors: list[Any], base: str) -> int | None:
    """The place of the home link among a trail's first three links when it is not the first
    (a link that leads to the site's root, or reads 首页 / CSDN首页), else None."""
    if len(anchors) < 3 or _is_home_link(anchors[0], base):
        return None
    for k in (1, 2):
        if k < len(anchors) - 1 and (
            _is_home_link(anchors[k], base)
            or BREADCRUMB_HOME.match(nfkc_compact(node_text(anchors[k])))
        ):
            return k
    return None


# Runs of digits in a path: ``/a/2024/123.html`` and ``/a/2024/124.html`` are pages alike.
_DIGITS_RE = re.compile(r"\d+")


def _two_sections(anchors: list[Any], base: str) -> bool:
    """True for exactly two short links, right above the headline, that both lead to sections
    of this site (not home, not a page like this one, no controls): a two-level trail not from
    home when a separator image parts them as an arrow does (``澎湃号<img>中国广州发布``); parted
    by a dash or drawn as a list, such a pair stays a menu (``科技 - 通知公告``)."""
    if len(anchors) != 2:
        return False
    page = urlsplit(base)
    for a in anchors:
        href = (a.get("href") or "").strip()
        text = nfkc_compact(node_text(a))
        if not 2 <= len(text) <= 8 or BREADCRUMB_CONTROL.match(text):
            return False
        if not href or leads_nowhere(href):
            return False
        target = urlsplit(urljoin(base, href))
        if target.netloc != page.netloc or target.path.lower() in HOME_PATHS:
            return False
        if _DIGITS_RE.sub("0", target.path) == _DIGITS_RE.sub("0", page.path):
            return False  # the page itself, or one like it (a pager's previous and next entry)
    return True


def _heading_bar(page: Page, b: Block, base: str) -> list[Any] | None:
    """The links of a heading (h1-h3) that holds two to four short section links and nothing
    but separators between them, the last one leading to a section that holds the page (a
    section's heading bar drawn as its path); else None. A box's heading of tabs or a 更多 link
    leads elsewhere."""
    el = b.owner
    if el.tag not in HEADING_TAGS or b.link * 2 < b.chars:
        return None
    anchors = _text_anchors(el)
    if not 2 <= len(anchors) <= 4:
        return None
    texts = [nfkc_compact(node_text(a)) for a in anchors]
    if any(not 2 <= len(t) <= 12 or BREADCRUMB_CONTROL.match(t) for t in texts):
        return None
    rest = nfkc_compact(page.text_of(el))
    for t in texts:
        head, found, rest = rest.partition(t)
        if not found or not _SEPARATOR_ONLY_RE.match(head):
            return None
    if not _SEPARATOR_ONLY_RE.match(rest) or not _holds_page(anchors[-1], base):
        return None
    return anchors


def _holds_page(anchor: Any, base: str) -> bool:
    """True when ``anchor`` leads to a section whose folder holds the page at ``base``
    (``/column/index.htm`` for ``/column/c/2011-04/21/content_55062.htm``)."""
    target = urlsplit(urljoin(base, anchor.get("href") or ""))
    page = urlsplit(base)
    folder = target.path.rsplit("/", 1)[0] + "/"
    return target.netloc == page.netloc and folder != "/" and page.path.startswith(folder)


def _folder_path(anchors: list[Any], base: str) -> bool:
    """True when the links walk down the folders that hold the page, one deeper each (udn:
    ``<a href=../../index.shtml>udn</a> / <a href=../index.shtml>即時新聞</a> / <a
    href=index.shtml>要聞</a>`` on ``/NEWS/BREAKINGNEWS/BREAKINGNEWS1/…``): the page's own
    path, a trail wherever it stands; a menu's links lead to sibling sections."""
    if len(anchors) < 2:
        return False
    page = urlsplit(base)
    last = ""
    for a in anchors:
        target = urlsplit(urljoin(base, a.get("href") or ""))
        folder, _, leaf = target.path.rpartition("/")
        folder += "/"
        if target.netloc != page.netloc or not page.path.startswith(folder):
            return False
        if not _FOLDER_INDEX_RE.match(leaf):
            return False  # a page of the folder (``/a``), not the folder itself
        if len(folder) <= len(last) or not folder.startswith(last):
            return False
        last = folder
    return True


# The folder itself or its index page (``/news/``, ``index.shtml``, ``default.aspx``).
_FOLDER_INDEX_RE = re.compile(r"^(?:$|(?:index|default|main|list)(?:[._-]|$))", re.IGNORECASE)


def _parted_by_elements(el: Any, images: bool = False) -> bool:
    """True when a blank element (``<span>&nbsp;&nbsp;</span>``, an ``<img>``) stands between
    every two links: a trail's drawn separator; a menu's links follow each other.
    ``images``: only an ``<img>`` counts."""
    anchors = _text_anchors(el)
    for a in anchors[1:]:
        prev = a.getprevious()
        if prev is None or prev.tag == "a":
            return False
        if images and prev.tag != "img":
            return False
        if prev.tag != "img" and not _SEPARATOR_ONLY_RE.match(node_text(prev) or ""):
            return False
    return True


def _text_anchors(el: Any) -> list[Any]:
    """The links under ``el`` that show text."""
    return [a for a in el.iter("a") if squash(node_text(a))]


# The last path segments of HOME_PATHS ("" for the root).
_HOME_SEGMENTS = frozenset(p.rsplit("/", 1)[-1] for p in HOME_PATHS)


def _is_home_link(anchor: Any, base: str) -> bool:
    """True when ``anchor`` leads to the site's home page (``/``, ``/index.html`` …)."""
    href = anchor.get("href") or ""
    # The trail tests ask this of ~200 links a page; most are decided without the join. An
    # absolute http(s) or "//host" link's joined path is the path after its host; a rooted
    # path with no "." segment and no "//" is its own joined path; any other relative path's
    # joined path ends with its last segment when that is neither empty nor "." / "..", and
    # one that ends no home path decides. Left to the join: a blank or control character
    # urlsplit drops, a ";" urlparse splits off, another scheme, no path, and a host (the
    # link's or the base's) urlsplit may refuse (non-ASCII, IPv6 brackets).
    if (
        not href
        or href[0] <= " "
        or "\t" in href
        or "\n" in href
        or "\r" in href
        or ";" in href
        or not base.isascii()
        or "[" in base
        or "]" in base
    ):
        return urlsplit(urljoin(base, href)).path.lower() in HOME_PATHS
    path = href.split("#", 1)[0].split("?", 1)[0]
    head = path[:8].lower()
    if head[:2] == "//" or head == "https://" or head[:7] == "http://":
        rest = path[path.index("//") + 2 :]
        cut = rest.find("/")
        host = rest[:cut]
        if cut > 0 and host.isascii() and "[" not in host and "]" not in host:
            return rest[cut:].lower() in HOME_PATHS
    elif ":" not in path and path:
        if path[0] == "/" and "//" not in path and "/." not in path:
            return path.lower() in HOME_PATHS
        last = path.rsplit("/", 1)[-1]
        if last not in ("", ".", "..") and last.lower() not in _HOME_SEGMENTS:
            return False
    return urlsplit(urljoin(base, href)).path.lower() in HOME_PATHS


def _bottom_trail(
    page: Page, limit: int, base: str, title_key: str = ""
) -> tuple[str | None, str | None]:
    """A trail printed below the text (old portal templates put ``人民网>>时政>>各地要闻`` under
    the bottom banner), when none is above the title: linked, three to eight short items,
    starting at the home page (a home word, the site's name or a link to ``/``). Arrows part
    its items (the headline may close it); else slashes or dashes between the links, separator
    images or a list's items, when its last link goes down into the folder of the one before
    (a footer's 首页 - 关于我们 - 联系我们 stands side by side)."""
    seen: set[Any] = set()
    for b in page.blocks[limit:]:
        if not b.link or (b.link * 2 < b.chars and b.chars - len(title_key) > 60):
            continue
        norm = nfkc(b.text).strip()
        if any(a in norm for a in (">", "»", "›", "→")):
            items = [i for i in BREADCRUMB_ARROW_RE.split(norm)[0::2] if i.strip()]
            if items and title_key and nfkc_compact(items[-1]) == title_key:
                # the trail closes with the headline: the links are the rest
                if b.link * 2 < b.chars - len(title_key):
                    continue
                shown = items[:-1]
            elif b.chars > 60 or b.link * 2 < b.chars:
                continue
            else:
                shown = items
            if len(shown) > 1 and _bottom_items(items, _text_anchors(b.owner), base, title_key):
                return b.text, "chain:below"
            continue
        if b.chars > 60 or b.link * 2 < b.chars:
            continue
        el = b.owner
        if el.tag == "li" and (up := el.getparent()) is not None and up.tag in ("ul", "ol"):
            el = up
        if el in seen:
            continue
        seen.add(el)
        # a cheap look first: most short linked lines below the text are related headlines.
        # Fewer than three links of any kind, or a first link that shows text and is no home
        # item, rule the line out before every link's text is read (865 lines a page set)
        if next(itertools.islice(el.iter("a"), 2, None), None) is None:
            continue
        first = next(((a, t) for a in el.iter("a") if (t := squash(node_text(a)))), None)
        if first is None or not _starts_at_home(first[1], [first[0]], base):
            continue
        anchors = _text_anchors(el)
        if len(anchors) < 3:
            continue
        if el is not b.owner:
            lis = [c for c in el if isinstance(c.tag, str)]
            items = [squash(node_text(c)) for c in lis]
            if any(c.tag != "li" for c in lis) or len(anchors) != len(items):
                continue
        elif (parted := _link_parted(el)) is not None:
            items, anchors = parted.items, parted.anchors
        else:
            items = _image_items_of(page, el) or []
        if len(items) == len(anchors) and _goes_down(anchors[-2], anchors[-1], base):
            if _bottom_items(items, anchors, base):
                return " > ".join(items), "chain:below"
    return None, None


def _bottom_items(items: list[str], anchors: list[Any], base: str, title_key: str = "") -> bool:
    """True for a foot trail's items: three to eight short ones (or the headline) from the home
    page."""
    if not 3 <= len(items) <= _MAX_TRAIL_ITEMS:
        return False
    # the last item a link of its own may be a long column's name (``人民网>>政务>>科技成果转化
    # 与知识产权服务专栏``, ``Press Releases``): a link leads to a column, the headline is no link
    leaf = nfkc_compact(items[-1])
    linked_leaf = bool(anchors) and nfkc_compact(node_text(anchors[-1])) == leaf
    if any(
        len(key := nfkc_compact(i)) > _TRAIL_ITEM_MAX
        and key != title_key
        and not (k == len(items) - 1 and linked_leaf and _long_column_name(key))
        for k, i in enumerate(items)
    ):
        return False
    first = nfkc_compact(items[0])
    home = bool(anchors) and _is_home_link(anchors[0], base)
    return bool(BREADCRUMB_HOME.match(first) or BREADCRUMB_SITE_LIKE.search(first) or home)


def _goes_down(parent: Any, child: Any, base: str) -> bool:
    """True when link ``child`` leads into a deeper folder inside the (non-root) folder of link
    ``parent`` on the same host (``/GB/index.html`` then ``/GB/14562/index.html``): a trail's
    last step; a footer's links (``/about/index.html``, ``/about/contact.html``) stand side by
    side."""
    up = urlsplit(urljoin(base, parent.get("href") or ""))
    down = urlsplit(urljoin(base, child.get("href") or ""))
    top = up.path.rsplit("/", 1)[0] + "/"
    low = down.path.rsplit("/", 1)[0] + "/"
    return up.netloc == down.netloc and top != "/" and low != top and low.startswith(top)


# Markup that names a breadcrumb (Bootstrap's ``.breadcrumb``, ``aria-label=breadcrumb``, 面包屑 as
# ``mbx``, schema.org's ``BreadcrumbList`` itemtype) whatever draws its separators;
# ``position`` / ``location`` / ``dqwz`` (当前位置) also name other boxes, so a trail marked so
# must start at the home page.
_CRUMB_MARK_RE = re.compile(r"crumb|bread|mbx", re.IGNORECASE)
_POSITION_MARK_RE = re.compile(
    # not a CSS utility class (``position_relative``, ``position-absolute``)
    r"position(?![-_]?(?:relative|absolute|fixed|static|sticky))|location|weizhi|dqwz|curpos"
    r"|currentpos"
    # an ``aria-label`` a screen reader reads out in Chinese (a Hanweb box's ``栏目路径``)
    r"|栏目路径|欄目路徑|当前位置|當前位置|所在位置|您的位置|导航路径|導航路徑|面包屑|麵包屑",
    re.IGNORECASE,
)
# The two patterns case-sensitive, for a lowercased ASCII mark (class and id names nearly always
# are ASCII): re's case-insensitive search lowercases each character it tries, ~2.5x the cost.
# Their texts are all lowercase (a test checks), so on ASCII text these match where those do.
_CRUMB_MARK_LOWER, _POSITION_MARK_LOWER = (
    re.compile(rx.pattern) for rx in (_CRUMB_MARK_RE, _POSITION_MARK_RE)
)
_SEPARATOR_ONLY_RE = re.compile(r"^[\s>»›→/|\\\-–—·:：＞]*$")


def _marked_trail(page: Page, root: Any, limit: int, base: str) -> tuple[str | None, str | None]:
    """A trail in an element its markup names a breadcrumb, above the title: its items joined."""
    seen: set[Any] = set()
    for b in page.blocks[:limit]:
        # the trail holds blocks above the title: their owners and a few ancestors, not the tree
        el, up = b.owner, 0
        while el is not None and up < 4 and el not in seen:
            seen.add(el)
            found = _marked(page, el, limit, base)
            if found:
                return found, "marked"
            el, up = el.getparent(), up + 1
    return None, None


def _marked(page: Page, el: Any, limit: int, base: str) -> str | None:
    """The trail ``el`` holds when its markup names it a breadcrumb."""
    # a short block element above the title first: most of the ancestors asked about are wide
    st = page.stats.get(el)
    if st is None or st.b0 >= limit or st.chars > 150:
        return None
    attrib = el.attrib
    if not attrib and el.tag not in ("ol", "ul"):
        return None
    # schema.org microdata names it too (``itemtype=https://schema.org/BreadcrumbList``)
    mark = (
        f"{attrib.get('class', '')} {attrib.get('id', '')} {attrib.get('aria-label', '')}"
        f" {attrib.get('itemtype', '')}"
    )
    crumb_re, position_re = _CRUMB_MARK_RE, _POSITION_MARK_RE
    if mark.isascii():
        mark, crumb_re, position_re = mark.lower(), _CRUMB_MARK_LOWER, _POSITION_MARK_LOWER
    crumb = crumb_re.search(mark) is not None or _crumb_items(el)
    if not crumb and position_re.search(mark) is None:
        return None
    items = _trail_items(el)
    if items and items[0] in items[1:]:
        # the trail printed twice in one box (a page-top copy and a page-bottom copy): the first
        items = items[: items.index(items[0], 1)]
    anchors = _text_anchors(el)
    if not 2 <= len(items) <= _MAX_TRAIL_ITEMS or not anchors:
        # more items than any trail: the site's menu in a box its markup calls a breadcrumb
        # (a news portal's ``トップ > 速報 > … > 統計`` of twelve), or the trail printed twice
        return None
    home = _is_home_link(anchors[0], base)
    if crumb or home or BREADCRUMB_HOME.match(nfkc_compact(items[0])):
        return " > ".join(items)
    return None


def _crumb_items(el: Any) -> bool:
    """True for a list whose items, two or more, are each marked a breadcrumb's item.

    香港01 marks the ``<li class="breadcrumb__item">`` entries, not their ``<ol>``: the list is
    the trail (its separators drawn by CSS)."""
    if el.tag not in ("ol", "ul"):
        return False
    items = [c for c in el if c.tag == "li"]
    return len(items) >= 2 and all(_CRUMB_MARK_RE.search(c.get("class") or "") for c in items)


def _ld_trail(page: Page, items: Any, limit: int) -> tuple[str | None, str | None]:
    """JSON-LD's BreadcrumbList, when the page shows its items in order on a few short lines
    above the title (a trail our other rules cannot read): schema.org alone is no visible trail."""
    if not isinstance(items, list):
        return None, None
    ranked = sorted(
        (d for d in items if isinstance(d, dict)),
        key=lambda d: d.get("position") if isinstance(d.get("position"), int) else 0,
    )
    names = []
    for d in ranked:
        name = d.get("name")
        if name is None and isinstance(d.get("item"), dict):
            name = d["item"].get("name")
        if isinstance(name, str) and squash(name):
            names.append(squash(name))
    if len(names) < 2:
        return None, None
    keys = [nfkc_compact(n) for n in names if not BREADCRUMB_HOME.match(nfkc_compact(n))]
    blocks = page.blocks[:limit]
    for i in range(len(blocks)):
        window = nfkc_compact("".join(b.text for b in blocks[i : i + 6]))[:200]
        pos = 0
        for k in keys:
            pos = window.find(k, pos)
            if pos < 0:
                break
            pos += len(k)
        else:
            return " > ".join(names), "jsonld"
    return None, None


# A slash or a dash standing alone between two links parts a trail's items (``首页/科技/正文``,
# ``首页-资讯-39深呼吸``): there it joins no words, as it may in text (``政策/法规``, ``资讯-39``).
_LINK_GLYPH_RE = re.compile(r"^(?:[/／\\]|-{1,2}|[－–—])$")
# Any character of those glyphs: an element whose text holds none has no such run of links.
_ANY_LINK_GLYPH_RE = re.compile(r"[/／\\\-－–—]")
_NO_TEXT_TAGS = frozenset(("script", "style", "select", "option", "noscript", "template"))


class _Parted(NamedTuple):
    """A trail read from its links: the items, the run's links and the glyph between them."""

    items: list[str]
    anchors: list[Any]
    glyph: str


def _link_parted(el: Any) -> _Parted | None:
    """The trail whose links one slash or dash glyph parts, read from the links: the longest
    run of two or more links with that glyph alone between each two, and an unlinked last item
    after it (``<a>首页</a>/<a>科技</a>/<span>正文</span>``); None if ``el`` holds no such run."""
    if _ANY_LINK_GLYPH_RE.search(node_text(el)) is None:
        # no glyph anywhere in the element's text, so none between two of its links: most
        # elements asked about are menus, and this spares the token walk below on 98 % of them
        return None
    tokens: list[tuple[Any, str]] = []  # (link or None, text); text between links merged
    _link_tokens(el, tokens)
    best: list[int] = []
    run: list[int] = []
    glyph = None
    for k, (link, _) in enumerate(tokens):
        if link is None:
            continue
        gap = squash(tokens[k - 1][1]) if run and k == run[-1] + 2 else None
        if gap is not None and _LINK_GLYPH_RE.match(gap) and glyph in (None, gap):
            run.append(k)
            glyph = gap
        else:
            run, glyph = [k], None
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return None
    items = [tokens[k][1] for k in best]
    sep = squash(tokens[best[1] - 1][1])
    after = best[-1] + 1
    if after < len(tokens):
        # the leaf printed after the last glyph without a link (正文, the title itself)
        tail = squash(tokens[after][1])
        leaf = tail[len(sep) :].removesuffix(sep).strip()  # ``／討論區／``: a glyph closing it too
        if tail.startswith(sep) and 0 < len(nfkc_compact(leaf)) <= 40:
            items.append(leaf)
    return _Parted(items, [tokens[k][0] for k in best], sep)


# The recursive walks below are module functions, not closures of their callers: a nested
# function that calls itself refers to itself through its cell, a cycle that holds the element
# and with it the page's whole tree until the cyclic collector finds it (docs/benchmarks.md,
# extraction, tenth pass); without the cycle the tree is freed with the page.


def _add_token(tokens: list[tuple[Any, str]], link: Any, text: str) -> None:
    """Append a link's text, or text between links (merged with the text before it)."""
    if link is None and tokens and tokens[-1][0] is None:
        tokens[-1] = (None, tokens[-1][1] + text)
    else:
        tokens.append((link, text))


def _link_tokens(node: Any, tokens: list[tuple[Any, str]]) -> None:
    """``_link_parted``'s tokens of ``node``: each link with its text, the text between them."""
    _add_token(tokens, None, node.text or "")
    for child in node:
        if isinstance(child.tag, str) and child.tag not in _NO_TEXT_TAGS:
            text = squash(node_text(child)) if child.tag == "a" else ""
            if text:
                _add_token(tokens, child, text)
            elif child.tag != "a":
                _link_tokens(child, tokens)
        _add_token(tokens, None, child.tail or "")


def _parted_text(text: str, parted: _Parted, label: re.Match[str] | None = None) -> str:
    """The trail joined by `` > `` when its text alone would part its items otherwise than the
    glyph between its links does (``首页-资讯-39深呼吸``), else ``text`` as on the page.
    ``label``: the trail's label in ``nfkc(text)``, kept in front."""
    norm = nfkc(text)
    head = norm[: label.end()] if label else ""
    if [nfkc_compact(i) for i in _split(norm[len(head) :])] == [
        nfkc_compact(i) for i in parted.items
    ]:
        return text
    return head + " > ".join(parted.items)


def _trail_items(el: Any) -> list[str]:
    """The items of a trail element: each link's text, and text between links split on
    separators."""
    items: list[str] = []
    _trail_visit(el, el, items)
    return items


def _add_trail_parts(items: list[str], text: str | None) -> None:
    """Append the parts of text between a trail's links, split on separators."""
    for part in re.split(r"\s*(?:>>|>|»|›|→|＞|/|\||-{1,2}|–|—)\s*", text or ""):
        part = squash(part)
        if part and not _SEPARATOR_ONLY_RE.match(part):
            items.append(part)


# A box set inside a trail's list beside its <li> items is none of them: digitimes floats an
# advert link right inside its ul.breadcrumb (dmsscrape-digitimes-3/-4), the trail ends before it.
_BOX_TAGS = frozenset(("div", "section", "aside", "form", "iframe"))


def _trail_visit(node: Any, el: Any, items: list[str]) -> None:
    """``_trail_items``' walk of ``node`` inside the trail element ``el`` (whose tail is no part)."""
    if node.tag == "a":
        text = squash(node_text(node))
        if text:
            items.append(text)
    elif isinstance(node.tag, str) and node.tag not in ("script", "style"):
        _add_trail_parts(items, node.text)
        listed = node.tag in ("ul", "ol") and any(c.tag == "li" for c in node)
        for child in node:
            if listed and child.tag in _BOX_TAGS:
                _add_trail_parts(items, child.tail)
                continue
            _trail_visit(child, el, items)
    if node is not el:
        _add_trail_parts(items, node.tail)


def _item_run(blocks: list[Block]) -> str | None:
    """A trail whose items are blocks of their own with no separator between them
    (``<li>首页</li><li>基金资讯</li><li>资讯正文</li>``, separators drawn by CSS): from a home
    item to an item ending in 正文 / 详情, short items in a row; or a whole list of links closed
    by an unlinked 正文 (``<li><a>资讯</a></li><li><a>上市公司</a></li><li>正文</li>``)."""
    # each block's reading as a following item, made once: a menu's <li> links each look at
    # the six blocks after them, so a block was normalised and matched up to six times (5,600
    # searches a pass of the benchmark pages for ~650 blocks). 0: no item, 1: an item, 2: the tail
    kinds: dict[int, int] = {}
    for i, b in enumerate(blocks):
        home = BREADCRUMB_HOME.match(nfkc_compact(b.text)) is not None
        if not home and (b.owner.tag != "li" or not b.link):
            continue
        run = [b]
        for j in range(i + 1, min(i + 7, len(blocks))):
            kind = kinds.get(j)
            if kind is None:
                word = nfkc_compact(blocks[j].text)
                if not 0 < len(word) <= 12 or BREADCRUMB_ARROW_RE.search(word):
                    kind = 0
                elif word.isdigit():
                    # a count (a blog theme's drawer after its 首页 item: ``0 标签 1 分类 0 文章``,
                    # Redefine, tmpl129): a number is a counter or a pager's page, never a column
                    kind = 0
                elif next(blocks[j].owner.iterancestors("form"), None) is not None:
                    # a search form's field labels (a travel theme's ``<th>目的地</th>``,
                    # ``价格范围``) between the menu's 首页 and a box heading: no trail's items
                    kind = 0
                else:
                    kind = 2 if BREADCRUMB_TAIL.match(word) else 1
                kinds[j] = kind
            if not kind:
                break
            run.append(blocks[j])
            if kind == 2:
                if home:
                    return " > ".join(r.text for r in run) if len(run) >= 3 else None
                if len(run) >= 3 and _linked_list_to_tail(run):
                    return " > ".join(r.text for r in run)
                break
    return None


def _linked_list_to_tail(run: list[Block]) -> bool:
    """True when ``run`` is every item of one list, each a link but the last (the unlinked
    正文): a menu's items all link, and its list does not close with the page's kind."""
    lst = run[0].owner.getparent()
    lis = [c for c in lst if isinstance(c.tag, str)] if lst is not None else []
    if [r.owner for r in run] != lis or any(c.tag != "li" for c in lis):
        return False
    return not run[-1].link and all(r.link * 2 > r.chars for r in run[:-1])


def _image_items_of(page: Page, el: Any) -> list[str] | None:
    """``_image_items(el)``, once a page for each element: the short lines of one wide element
    (a page-wide container with ``<br>`` lines) would each walk all of it again."""
    memo = page.memo.setdefault("category.image_items", {})
    if el not in memo:
        memo[el] = _image_items(el)
    return memo[el]


class _NotImageItems(Exception):
    """Raised inside ``_image_items``' walk once an item closed shows the element gives none."""


def _image_items(el: Any) -> list[str] | None:
    """The items of a trail whose separators are images (``首页<img>新闻<img>园区动态``): the
    text between each two ``<img>`` in ``el``, links whole; None unless two to eight short
    items and only images between them (a blank image before the first is no separator)."""
    # ``el.find(".//img")`` without the ElementPath layer (the same descendant search)
    if next(el.iterdescendants("img"), None) is None:
        return None
    # each item's pieces are joined once at the end: adding each piece to a growing string
    # copied the item again for every piece, and an item can be a wide element's whole text
    # (the article's container, an image at its top)
    items: list[list[str]] = [[]]
    parts: list[str] = []  # the items an <img> closed, squashed
    # What the result asks of every item but the first non-empty one and the last, checked
    # as each is closed: a wide element with pictures (a page's body, 93 of them) stops at its
    # second long item instead of being read whole. The checks at the end decide as before.
    shown = 0  # non-empty items closed so far
    gap = False  # an empty item closed after a non-empty one

    def close() -> None:
        nonlocal shown, gap
        part = squash("".join(items[-1]))
        parts.append(part)
        items.append([])
        if not part:
            gap = gap or shown > 0
            return
        # a blank item between two shown ones, a ninth item, a long one after the first
        if gap or shown == _MAX_TRAIL_ITEMS or (shown and len(nfkc_compact(part)) > 24):
            raise _NotImageItems
        shown += 1

    try:
        _image_visit(el, items, close)
    except _NotImageItems:
        return None
    parts.append(squash("".join(items[-1])))
    while parts and not parts[0]:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    if not 2 <= len(parts) <= _MAX_TRAIL_ITEMS or not all(parts):
        return None
    if any(len(nfkc_compact(p)) > 24 for p in parts[1:]):
        return None
    return parts


def _image_visit(node: Any, items: list[list[str]], close: Callable[[], None]) -> None:
    """``_image_items``' walk of ``node``: its text into the open item, each ``<img>`` closing
    it (``close``), a link's text whole."""
    items[-1].append(node.text or "")
    for child in node:
        if isinstance(child.tag, str) and child.tag not in _NO_TEXT_TAGS:
            if child.tag == "img":
                close()
            elif child.tag == "a":
                items[-1].append(node_text(child))
            else:
                _image_visit(child, items, close)
        items[-1].append(child.tail or "")


def _starts_at_home(item: str, anchors: list[Any], base: str) -> bool:
    """True when a trail's first item is the home page: a home word, a site's name (…网), or
    a first link to the site's root."""
    key = nfkc_compact(item)
    if BREADCRUMB_HOME.match(key) or BREADCRUMB_SITE_LIKE.search(key):
        return True
    # a section's name linking to the root of another host is that host's home, not this
    # site's (a school's dropdown menu: ``<a href=http://jwc.X.edu.cn/>教育教学</a>`` over a
    # picture and the office's links; distract135): the home word or our own host tells it
    return (
        bool(anchors)
        and nfkc_compact(node_text(anchors[0])) == key
        and _is_home_link(anchors[0], base)
        and _same_host(anchors[0], base)
    )


def _same_host(anchor: Any, base: str) -> bool:
    """True when ``anchor`` leads to the page's own host (a relative link does)."""
    return urlsplit(urljoin(base, anchor.get("href") or "")).netloc == urlsplit(base).netloc


def _list_above_title(page: Page, blocks: list[Block], base: str) -> str | None:
    """A list of links whose separators CSS draws (``<ul><li><a>首页</a></li><li><a>新闻</a>
    </li></ul>``) ending right above the title (or above a kicker line over it): a trail when it
    starts at the home page and has two items, or its leaf is unlinked, a section that holds
    the page or one inside the item before it; a menu has more items, or links to sibling
    sections (首页 新闻 财经). A list that walks down the folders holding the page is a trail
    a line or two higher too."""
    back = next((k for k, b in enumerate(reversed(blocks[-3:])) if b.owner.tag == "li"), None)
    if back is None:
        return None
    b = blocks[-1 - back]
    lst = b.owner.getparent()
    st = page.stats.get(lst)
    if lst is None or lst.tag not in ("ul", "ol") or st is None or st.chars > 80:
        return None
    if st.b1 - 1 != b.idx:
        return None
    lis = [c for c in lst if isinstance(c.tag, str)]
    if not 2 <= len(lis) <= 5 or any(c.tag != "li" for c in lis):
        return None
    items = [squash(node_text(c)) for c in lis]
    links = [_text_anchors(c) for c in lis]
    if any(
        not 0 < len(nfkc_compact(t)) <= 20 or BREADCRUMB_ARROW_RE.search(nfkc(t)) for t in items
    ):
        return None  # an item holding an arrow (``>当前位置…``) is no CSS-drawn trail's
    if all(BREADCRUMB_CONTROL.match(nfkc_compact(t)) for t in items):
        return None  # the account box over a banner headline (登录 注册, qingkt's template)
    if any(len(a) != 1 for a in links[:-1]) or len(links[-1]) > 1:
        return None
    k = _home_index([a for row in links for a in row], base)
    if k:
        items, links = items[k:], links[k:]  # an RSS link listed before the home item
    # down the folders that hold the page (udn's ../../index.shtml): a trail wherever it stands
    if _folder_path([a for row in links for a in row], base):
        return " > ".join(items)
    kicker = blocks[-1]
    if back > 1 or (back == 1 and (kicker.owner.tag not in HEADING_TAGS or kicker.link)):
        return None  # a kicker heading (引题) between the list and the title, or nothing
    if not _starts_at_home(items[0], links[0], base):
        return None
    if len(items) > 2 and links[-1] and not _holds_page(links[-1][0], base):
        if not _under(links[-2][0], links[-1][0], base):
            return None  # the leaf a sibling of the item before it: a menu's sections
    if _in_masthead(page, lst, blocks[-1].idx):
        return None
    return " > ".join(items)


def _in_masthead(page: Page, el: Any, last: int) -> bool:
    """True when ``el`` sits in a ``<header>`` that ends above the title (its last block at most
    ``last``) and holds a heading: the site's masthead with its name (a blog theme's ``<header>
    <h1>owner</h1><nav><ul><li>主页</li><li>随笔</li></ul></nav>``), whose list is its menu;
    a trail in the article's own header holds the title below it."""
    header = next(el.iterancestors("header"), None)
    if header is None:
        return False
    st = page.stats.get(header)
    if st is None or st.b1 > last + 1:
        return False
    return next(header.iter("h1", "h2", "h3"), None) is not None


#: links enough that a trail would be six levels deep: a bar that long is read for a menu's shape
_MANY_LEVELS = 6


def _side_by_side(a: Any, b: Any, base: str) -> bool:
    """True when links ``a`` and ``b`` lead into two folders side by side inside one section
    below the root (``/kjxx/fc3d/`` then ``/kjxx/qlc/``): a menu's items, where a trail's next
    item goes down into the one before (``_under``). Two root folders (``/xwzx/`` then ``/gzdt/``,
    a flat site's trail) are not."""
    pa, pb = (urlsplit(urljoin(base, x.get("href") or "")) for x in (a, b))
    fa, fb = (p.path.rsplit("/", 1)[0] for p in (pa, pb))
    if pa.netloc != pb.netloc or fa == fb:
        return False
    up = fa.rsplit("/", 1)[0]
    return bool(up) and up == fb.rsplit("/", 1)[0]


def _under(parent: Any, child: Any, base: str) -> bool:
    """True when link ``child`` leads into the folder of link ``parent`` on the same host
    (``/news/`` then ``/news/zixun/``): a trail goes down, a menu's links stand side by side."""
    up = urlsplit(urljoin(base, parent.get("href") or ""))
    down = urlsplit(urljoin(base, child.get("href") or ""))
    folder = up.path.rsplit("/", 1)[0] + "/"
    return up.netloc == down.netloc and down.path != up.path and down.path.startswith(folder)


def _is_title_leaf(item: str, title: str) -> bool:
    """The trail's last item is the article's title: whole, with a bracketed tag behind it, or
    cut short (with an ellipsis, or without one when long)."""
    # quote marks aside (the trail prints ``"科创中国"…`` where the heading has “科创中国”…), and
    # a bracketed tag the trail adds behind the headline (``标题（组图）``), policy73
    leaf, key = (_QUOTES_RE.sub("", nfkc_compact(x)) for x in (item, title))
    if leaf == key or (key and leaf.startswith(key) and _TAG_TAIL_RE.fullmatch(leaf[len(key) :])):
        return True
    cut = leaf.rstrip(".…⋯")
    if cut != leaf:
        return len(cut) >= 6 and key.startswith(cut)
    # cut by the CMS's item length with no ellipsis (``… > 园区动态 > 高新区举办第五届创新创业大赛``
    # over the headline 高新区举办第五届创新创业大赛总决赛, policy73): a column's name is shorter
    return len(leaf) >= _MIN_CUT_TITLE and key.startswith(leaf)


_QUOTES_RE = re.compile("[\"'“”‘’「」『』]")
_TAG_TAIL_RE = re.compile(r"[(（\[【][^()（）\[\]【】]{1,4}[)）\]】]")

# A headline's start this long, cut with no ellipsis, is the headline (a column's name is a word
# or two: 工作动态, 通知公告, 国际合作与交流)
_MIN_CUT_TITLE = 10


def _is_headline_leaf(item: str, headline: str | None) -> bool:
    """The trail's last item is <title>'s headline, when the page shows no heading of its own:
    the page's own item whatever its length (decide92: a single-page column such as
    ``首页 > 关于我们 > 学校简介`` under the <title> ``学校简介``, as a story page's ``… > 优秀学子 >
    建中学子严夏云``), so the item before it is the category."""
    key = nfkc_compact(headline) if headline else ""
    return bool(key) and nfkc_compact(item) == key


def _trim_breadcrumb(
    raw: str | None, title: str | None, site_name: str | None, headline: str | None = None
) -> str | None:
    """Drop a trailing item that is the article's own title, and a leading site-name item (the
    items as the cleaning parts them: ``首页 / 诗 / 夜雨`` ends in the title as ``首页 › 诗 › 夜雨``)."""
    if not raw:
        return raw
    parts = _split_kept(raw)
    items = parts[0::2]
    end = len(parts)
    if title or headline:
        # the title may hold a separator of its own (``〈专栏〉标题``): the items after some
        # separator, joined, are the title (none to look for when only the headline is known)
        steps = range(len(parts) - 1, 1, -2) if title else ()
        j = next((j for j in steps if _is_title_leaf("".join(parts[j:]), title or "")), None)
        if j is None and not title and len(parts) > 2 and _is_headline_leaf(parts[-1], headline):
            j = len(parts) - 1
        if j is not None:
            end = j - 1
            raw = "".join(parts[:end])
        else:
            # the headline glued to the leaf with no separator (``… > 园区动态标题``)
            leaf, head = parts[-1].rstrip(), (title or headline or "").strip()
            if len(parts) > 2 and len(head) >= 6 and leaf.endswith(head) and leaf != head:
                parts[-1] = leaf[: -len(head)].rstrip()
                raw = "".join(parts)
    if site_name and len(items) > 2:
        lab = BREADCRUMB_LABEL.match(nfkc(items[0]))
        head = items[0][lab.end() :] if lab else items[0]
        # only what category_from_breadcrumb cannot tell from a category itself (it already
        # drops 首页 and names ending in 网); breadcrumb_raw otherwise stays as on the page
        if nfkc_compact(head) == nfkc_compact(site_name) and not (
            BREADCRUMB_HOME.match(nfkc_compact(head))
            or BREADCRUMB_SITE_LIKE.search(nfkc_compact(head))
        ):
            raw = (items[0][: lab.end()] if lab else "") + "".join(parts[2:end])
    return raw


# ------------------------------------------------------------------------------------- cleaning
def _kept(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` as one capturing group: a split by it keeps the separators at odd positions."""
    return re.compile(f"({rx.pattern})")


_SEP_KEPT, _SLASH_SPACED_KEPT, _SLASH_KEPT, _DASH_KEPT, _PLAIN_KEPT = map(
    _kept, (BREADCRUMB_SEP, BREADCRUMB_SLASH_SPACED, BREADCRUMB_SLASH, _DASH_SEP_RE, _PLAIN_SEP_RE)
)


def _split_kept(text: str) -> list[str]:
    """Split on arrow-like separators; '/' only when spaced or when no arrow exists; a dash
    between Chinese items only when neither exists (``网站首页-通知公告``); then ``|``, ``·``,
    ``》`` or ``::`` (``当前位置：首页 | 通知公告``; 》 not in a trail that names a 《title》).
    Items at even positions, the separators between them at odd ones."""
    parts = _SEP_KEPT.split(text)
    if len(parts) > 1:
        # An item may legitimately contain '/', e.g. 政策/法规; split only " / ".
        parts = _split_items(parts, _SLASH_SPACED_KEPT)
        # dashes part the items and an arrow only leads to the tail (``东南网-福建频道-福州 > 正文``);
        # an item whole in square brackets is one name (``[鲁山教育网-山东省教师教育网] >>通知公告``)
        return _split_items(parts, _DASH_KEPT, _BRACKETED_ITEM_RE)
    parts = _SLASH_KEPT.split(text)
    if len(parts) == 1:
        parts = _DASH_KEPT.split(text)
    if len(parts) == 1 and "《" not in text:
        parts = _PLAIN_KEPT.split(text)
    return parts


_BRACKETED_ITEM_RE = re.compile(r"\s*\[[^\[\]]+\]\s*")


def _split_items(
    parts: list[str], rx: re.Pattern[str], whole: re.Pattern[str] | None = None
) -> list[str]:
    """``parts`` (items and separators) with each item split again by ``rx`` (an item ``whole``
    matches stays one)."""
    out: list[str] = []
    for i, part in enumerate(parts):
        kept = i % 2 or (whole is not None and whole.fullmatch(part) is not None)
        out += [part] if kept else rx.split(part)
    return out


def _split(text: str) -> list[str]:
    """The trail's items, as ``_split_kept`` parts them, without blanks and colons around."""
    return [p.strip(" :：") for p in _split_kept(text)[0::2] if p.strip(" :：")]


def _site_and_page_kind(text: str, site_name: str) -> bool:
    """True when ``text`` (a trail without its label) is the site's name and a 正文 / 详情 word."""
    compact, site = nfkc_compact(text), nfkc_compact(site_name)
    rest = compact[len(site) :]
    return (
        bool(site)
        and compact.startswith(site)
        and bool(rest)
        and bool(BREADCRUMB_TAIL.match(rest.lstrip(">›»/|-")))
    )


def _is_home(item: str, site_name: str | None, n_items: int, first: bool = True) -> bool:
    """True for 首页 / the site name / a 'xx网' site-like first item (``first``: no home item
    stood before it)."""
    compact = item.replace(" ", "")
    if BREADCRUMB_HOME.match(compact):
        return True
    if site_name and compact == site_name.replace(" ", ""):
        return True
    # Without a known site name, a first item ending in 网 is the site (中国孵化器网); after the
    # home item it is a column (a fence maker's ``首页 > 边坡防护网 > 钛克网``, audit111)
    return first and n_items > 1 and bool(BREADCRUMB_SITE_LIKE.search(compact))


# What a position bar prints after its last item without a separator (policy73's generated
# trails): bracketed page controls (``[返回]``, ``【打印】【关闭】``) and the day's clock
# (``今天是：2024年3月5日 星期二``); they are the bar's, not the leaf's.
_BRACKETED_TAIL_RE = re.compile(r"(?:\s*[\[【(（]\s*([^\[\]【】()（）]{1,6})\s*[\]】)）])+\s*$")
_BRACKET_WORD_RE = re.compile(r"[\[【(（]\s*([^\[\]【】()（）]{1,6})\s*[\]】)）]")
_BAR_CONTROLS = frozenset(
    ("打印本页", "打印此页", "关闭窗口", "返回顶部", "返回首页", "加入收藏", "关闭本页")
)
_CLOCK_TAIL_RE = re.compile(
    r"\s+(?:今天是|今日是|今天|今日)?\s*[:：]?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"(?:\s*(?:星期|礼拜|周)[一二三四五六日天])?\s*$"
)


def _without_bar_furniture(item: str) -> str:
    """The trail's last item without the bar's controls or clock printed after it."""
    cut = _CLOCK_TAIL_RE.sub("", item)
    m = _BRACKETED_TAIL_RE.search(cut)
    if m and m.start() > 0:
        words = [w.replace(" ", "") for w in _BRACKET_WORD_RE.findall(m.group(0))]
        if all(BREADCRUMB_CONTROL.match(w) or w in _BAR_CONTROLS for w in words):
            cut = cut[: m.start()]
    return cut.strip() or item


_LABEL_PREFIX_RE = re.compile(
    r"^(?:[^:：【】\[\]]{1,16}[:：]|[【\[][^【】\[\]]{1,8}[】\]])\s*(?P<rest>\S.*)$"
)


def category_from_breadcrumb(raw: str | None, *, site_name: str | None = None) -> str | None:
    """Return 'A > B' from a breadcrumb, without label, home/site item and trailing 正文."""
    if not raw:
        return None
    text = collapse_whitespace(raw)
    # the label twice: a hidden copy of it over the trail (a pool page of bjxch.gov.cn, pool61:
    # a Bootstrap-hidden 当前位置 above 当前位置：西城服务 > 社会服务); no item is a trail label
    while (label := BREADCRUMB_LABEL.match(text)) and label.end():
        text = text[label.end() :]
    if site_name and _site_and_page_kind(text, site_name):
        # a position bar holding only the site's name and 正文 (``当前位置：七联·近期动态 正文``,
        # the name's own dot read as an arrow; LABELLING.md: such a bar names no section)
        return None
    items = _split(text)
    if items and (m := _LABEL_PREFIX_RE.match(items[0])):
        # a label BREADCRUMB_LABEL does not know before the home item (``You are here: 首页``,
        # ``导航：首页``, ``【当前位置】首页``): the label goes with the home item
        if BREADCRUMB_HOME.match(m["rest"].replace(" ", "")):
            items[0] = m["rest"]
    if len(items) > 2 and BREADCRUMB_HOME.match(items[1].replace(" ", "")):
        # ``泰国世界日报 › 首頁 › 旅遊美食``: the site's name before the home item is no category
        items.pop(0)
    n_items = len(items)
    first = True
    while items and _is_home(items[0], site_name, len(items), first):
        home = BREADCRUMB_HOME.match(items.pop(0).replace(" ", "")) is not None
        first = first and not home
    if (
        len(items) > 1
        and len(items) < n_items
        and BREADCRUMB_CONTROL.match(items[-1].replace(" ", ""))
    ):
        # only after a home item: ``位置服务 > 导航`` alone may be a map product's section
        items.pop()
    if len(items) > 1 and BREADCRUMB_HOME.match(items[-1].replace(" ", "")):
        # a home link after the trail's last separator (a PHPCMS theme's second copy of the
        # trail, ``当前位置>>新闻中心 > 园区动态 > <a class="gohome">首页</a>``): no trail ends at
        # the home page, the item is the bar's link back to it
        items.pop()
    if items:
        items[-1] = _without_bar_furniture(items[-1])
    while items and BREADCRUMB_TAIL.match(items[-1].replace(" ", "")):
        # ``社会 > 社会广角 正文``: the page's 正文 printed after the leaf without an arrow; only
        # the word goes (a glued ``资讯正文`` is one item, and goes whole)
        head, _, word = items[-1].rpartition(" ")
        if head.strip() and BREADCRUMB_TAIL.match(word) and not BREADCRUMB_TAIL.match(head):
            items[-1] = head.strip()
            break
        items.pop()
    # a column printed twice, its link then its name as the leaf (``首页 > 厂区设备 > 厂区设备``,
    # a DedeCMS list template): one item
    items = [
        x for i, x in enumerate(items) if i == 0 or nfkc_compact(x) != nfkc_compact(items[i - 1])
    ]
    return " > ".join(items) or None
