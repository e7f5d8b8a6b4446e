"""Labelled slots: account lines, followed accounts, and the author marked up as one."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from ..date_lines import YEARLESS_TIME_RE
from ..labels import (
    AUTHOR_BOX_BARE_HEAD_RE,
    AUTHOR_BOX_HEAD_RE,
    CO_WRITER_LABELS,
    COUNTED_WRITERS_RE,
    DATE_RE,
    IP_PLACE_RE,
    LABEL_RE,
    LABELS,
    alternation,
    colonless_reporter,
)
from ..page import ALL_HEADING_TAGS, HEADING_TAGS, HOME_PATHS, Block, Page, node_text, squash
from ..text import nfkc, nfkc_compact
from .bylines import _NOT_NAME_WORDS_RE, _filed_from
from .names import _ROLE_ONLY_RE, _someone
from .words import (
    _CJK_LATIN_RE,
    _ORG_END_RE,
    _OUTLET_END_RE,
    _PAGE_WIDGET_RE,
    _TITLE_ALT,
    _WRITER,
    _not_a_person,
    _plain_name,
    _surnamed,
)


def link_types(el: Any) -> list[str]:
    """The link types of ``el``'s ``rel`` (``author``, ``category``, ``tag``), lower case: the
    one reading of the standard values the people rules trust."""
    return (el.get("rel") or "").lower().split()


def _standard_author_mark(el: Any) -> bool:
    """True when a standard marks ``el`` as naming the writer: a ``rel="author"`` link, an
    hCard (``vcard``) or schema.org microdata's ``itemprop="author"``; a byline class is only
    a theme's name for it (``marked_author`` trusts it less)."""
    return (
        "author" in link_types(el)
        or el.get("itemprop") == "author"
        or "vcard" in (el.get("class") or "").lower().split()
    )


def _marked_author_line(b: Block) -> str | None:
    """The name of a header line that is only an element a standard marks as the writer (a blog
    theme's ``<a rel="author">`` byline under the headline, ``<a itemprop="author">``): as high
    in the author chain as a byline line, whichever of the standard marks it wears."""
    want = nfkc_compact(b.text)
    for el in b.owner.iter(etree.Element):
        if _standard_author_mark(el) and nfkc_compact(node_text(el)) == want:
            return _plain_name(nfkc(node_text(el)).strip())
    return None


# Page controls printed near the title (follow buttons, font size, share, subscribe).
_HEADER_CONTROL_RE = re.compile(
    r"^(?:\+?\s*关注|已关注|订阅|原创|推荐|置顶|[0-9]+|[A-Za-z]?)$"
    r"|^(?:字号|字体|字體|分享|收藏|举报|舉報|反馈|纠错|评论|評論|打印|关闭|關閉|返回|点赞|阅读|閱讀|浏览|繁體|繁体|简体|大中小)"
)

# A column or channel name under the title (``国内新闻``, ``专题``) is no account.
_CHANNEL_WORD_RE = re.compile(
    r"(?:新闻|新聞|资讯|資訊|动态|動態|频道|頻道|专题|專題|要闻|头条|公告|通知|栏目|正文|视频|視頻|图片|圖片|图集|直播"
    r"|快讯|快訊|快报|快報|速递|速遞|推荐|推薦)$"
)

_FOLLOW_RE = re.compile(r"^\+?\s*(?:关注|订阅)$")
# the name and its follow button on one line (gne-toutiao-2's avatar, ``去驴行`` and ``关注`` set
# inline in one box): the button closes the line after a blank
_INLINE_FOLLOW_RE = re.compile(r"^(?P<name>\S(?:.{0,22}\S)?)\s+\+?\s*(?:关注|订阅)$")

# A poster box's follow control (ev817.com's PHPCMS box under the meta line: an avatar, the
# poster's name linking to the member page, ``加关注``, or ``已关注`` for an account followed): the
# name is read only where it links a member page with its id (``…show_memberdetail&uid=16``); the
# same box with an empty id (``uid=``) or no link at all shows the build's own account (twzb)
_POSTER_FOLLOW_RE = re.compile(r"^(?:加关注|已关注|加關注|已關注)$")
_MEMBER_ID_RE = re.compile(
    r"[?&](?:uid|userid|user_id|memberid|member_id|mid)=(?P<id>[^&#]*)", re.I
)


def _member_link(b: Block) -> bool:
    """True when the line links a member's page by a non-empty member id."""
    for a in b.owner.iter("a"):
        m = _MEMBER_ID_RE.search(a.get("href") or "")
        if m and m["id"].strip():
            return True
    return False


def followed_account_lines(paras: list[Block], title_idx: int | None) -> int:
    """2 when the text opens, right under the headline, with a short name line and a follow
    button (toutiao's gallery, gne-toutiao-2: ``去驴行`` / ``关注``): header lines, not text; 1
    when the name and its button share the line."""
    if title_idx is None or len(paras) < 2 or paras[0].idx != title_idx + 1:
        return 0
    name, button = paras[0], paras[1]
    own = _INLINE_FOLLOW_RE.match(nfkc(name.text).strip())
    if own and name.chars <= 24 and _ACCOUNT_LINE_RE.match(own["name"]):
        return 1  # the name and its button on one line (``去驴行 关注``)
    if len(paras) < 3 or button.idx != name.idx + 1:
        return 0
    if not _FOLLOW_RE.match(nfkc(button.text).strip()):
        return 0
    text = nfkc(name.text).strip()
    return 2 if name.chars <= 16 and _ACCOUNT_LINE_RE.match(text) else 0


# WeChat's meta line copied with the article into a blog post's text box (a post that pastes a
# WeChat article: ``原创 林小舟 湖畔之声 2023-09-12 08:00 湖北``): the 原创 badge, the writer, the
# account, maybe the time and the place; on the platform these are separate spans
_WECHAT_COPY_RE = re.compile(
    r"^原创\s+(?P<name>[^\s\d:|/,，。]{2,12})\s+(?P<account>[^\s\d:|/,，。]{2,16})"
    r"(?:\s+(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2})?"
    r"(?:\s+[\u4e00-\u9fff]{2,4})?)?$"
)


def wechat_copy_line(
    page: Page, paras: list[Block], title_idx: int | None
) -> tuple[Block, str] | None:
    """(line, writer) of WeChat's meta line copied as a line of its own between the headline
    and the text or opening the text: ``原创 NAME ACCOUNT [DATE [PLACE]]``. The writer the line
    names is the author, as the platform's own meta line gives it (LABELLING.md: the WeChat meta
    line's writers of funhubu stay authors); the account beside a writer names no source there.
    None where the line is anything else, or the text is that line alone."""
    if title_idx is None or len(paras) < 2:
        return None
    # (the saved page's own copy of the headline may open the text above it)
    for b in page.blocks[title_idx + 1 : paras[1].idx + 1]:
        if b.chars > 50 or "原创" not in b.text or b is paras[-1]:
            continue
        m = _WECHAT_COPY_RE.match(nfkc(b.text).strip())
        if m is None:
            continue
        name = m["name"]
        if name == m["account"] or LABEL_RE.match(name) or _not_a_person(name):
            return None
        return b, name
    return None


# A member level badge after the poster's name in a blog's post header (Hexo Keep's avatar box:
# ``<span>NAME</span><span>Lv1</span>``): the site's rank of the account, no part of the name
# (LABELLING.md, session 28: the name beside the avatar is the author, without the badge)
_LEVEL_BADGE_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff])|\s+)(?:Lv|LV|lv)\.?\s?\d{1,3}$")

_GLUED_AUTHOR_LABEL_RE = re.compile(r"^(?:文章作者|本文作者|作者)(?=[\w\u4e00-\u9fff])")

# A header line that is only a name: an account (``加拿大必读``, ``AIbase基地``) or a writer and
# their outlet (``石佳/中国青年报``)
_ACCOUNT_LINE_RE = re.compile(r"^[\w\u4e00-\u9fff·._-]{2,16}(?:\s*/\s*[\u4e00-\u9fff]{2,12})?$")


# An editor's or source's label alone in its cell (``<td>责任编辑：</td><td>X</td>``, ``<dt>来源</dt>``):
# the next block is that label's value, not an account's name (people81's cross test).
_OTHER_LABEL_ALONE_RE = re.compile(
    rf"^(?:{alternation(LABELS['editor'] + LABELS['source'])})\s*[:丨|]?$"
)


# A field's label alone in its cell, with or without a colon (a 信息公开 table's colonless
# ``<td>发布机构</td><td>市科技局</td>``, ``<dt>发文日期</dt>``): the label word heads the next
# cell and names no one (rules93: other people's spiders read such tables by the label cell).
_FIELD_LABEL_ALONE_RE = re.compile(
    rf"^(?:{alternation(tuple(w for k, ws in LABELS.items() if k != 'author' for w in ws))})"
    r"\s*[:丨|]?$"
)


def _other_label_before(page: Page, idx: int) -> bool:
    """Whether the block before ``idx`` is an editor's or source's label alone."""
    return idx > 0 and bool(_OTHER_LABEL_ALONE_RE.match(nfkc_compact(page.blocks[idx - 1].text)))


def account_line(
    page: Page,
    title_idx: int | None,
    meta_blocks: list[Block],
    paras: list[Block],
    skip: set[int],
    base: str | None = None,
    title: str | None = None,
) -> tuple[str | None, str | None]:
    """(author, source) from a name on a line of its own in the article's header.

    Two shapes: a short name line between the title and the date line (baijiahao, aibase,
    thepaper's ``石佳/中国青年报``), and a name followed by a follow button (``中国广州发布`` /
    ``关注``). An outlet-like name there is the source, a writer/outlet pair gives both.
    """
    if title_idx is None or not paras:
        return None, None
    first = paras[0].idx
    meta_lo = meta_blocks[0].idx if meta_blocks and meta_blocks[0].idx > title_idx else None
    if meta_lo is not None and meta_lo - title_idx > 5:
        meta_lo = None  # far apart: the lines between are a list, not the header
    window = page.blocks[title_idx + 1 : min(first, title_idx + 9)]
    over = _name_over_meta_above_title(page, title_idx, meta_blocks)
    if over is not None:
        # Halo's Earth theme prints its post header over the headline: the account's name in a
        # link of its own right over ``发布于 DATE / N 阅读`` beside the avatar, one box: the
        # name beside the post's date is the author (LABELLING.md, session 28)
        window = [over, *window]
    headline = nfkc_compact(page.blocks[title_idx].text)
    for i, b in enumerate(window):
        if b.idx in skip or b.chars > 24:
            continue
        if nfkc_compact(b.text) == headline:
            continue  # the headline printed again over the text (a theme's entry title)
        if b.owner.tag in HEADING_TAGS:
            continue  # a heading under the headline is its subtitle (a blog theme's h3), no name
        if b.owner.tag in ALL_HEADING_TAGS and b.link == b.chars:
            # a minor heading that is one link (``<h5><a href=T-38.html>推动全民健身…</a></h5>``
            # over an activity row's ``时间：`` cell, tslnedu's club page): another post's
            # headline in a list, no account's name (follow322)
            continue
        if title and nfkc_compact(title) == headline + nfkc_compact(b.text):
            # the headline's second line: a headline split over two <p>s (ccdi.gov.cn's 楷体
            # kicker, then ``小切口发力深化作风建设``), joined by the title rule
            continue
        if b.link and (name := _marked_author_line(b)):
            return name, None
        if _other_label_before(page, b.idx):
            continue  # the value cell of a ``<td>责任编辑：</td><td>X</td>`` pair: that label's
        if _FIELD_LABEL_ALONE_RE.match(nfkc_compact(b.text)):
            continue  # a label cell itself (``<td>发布机构</td>``): no account's name
        text = nfkc(b.text).strip()
        if own_button := _INLINE_FOLLOW_RE.match(text):
            text = own_button["name"]
        if "v" in text or "V" in text:
            text = _LEVEL_BADGE_RE.sub("", text)
        if glued := _GLUED_AUTHOR_LABEL_RE.match(text):
            # a 作者 label glued to the name (two spans, ``<span>作者</span><span>X</span>``, as
            # a forum's post header prints them) is no part of it; ``作者简介`` heads a box
            text = text[glued.end() :]
            if not (_surnamed(text) or re.fullmatch(r"[A-Za-z][\w.-]{2,15}", text)):
                continue
        if (
            any(_HEADER_CONTROL_RE.match(part.strip()) for part in text.split("/"))
            or not _ACCOUNT_LINE_RE.match(text)
            or LABEL_RE.search(text)
            or DATE_RE.search(text)
            or not re.search(r"[\u4e00-\u9fff]|[A-Za-z]{3}", text)
            or _CHANNEL_WORD_RE.search(text)
            or _not_a_person(text)
            or _PAGE_WIDGET_RE.search(text)
            # ``新华社记者`` / ``本报评论员`` alone: a role without a name (LABELLING.md, labelcheck4)
            or _ROLE_ONLY_RE.search(text)
        ):
            continue
        nxt = [nfkc(x.text).strip() for x in window[i + 1 : i + 3]]
        followed = (
            own_button is not None
            or any(_FOLLOW_RE.match(t) for t in nxt)
            or (any(_POSTER_FOLLOW_RE.match(t) for t in nxt) and _member_link(b))
        )
        # right above the date line, or above a labelled line the meta-line rule could not
        # read (baijiahao's ``发布时间：18-03-0823:16``), right under the title or under its
        # labelled credit lines (``来源：X``, ``责任编辑：Y``)
        # A bare date line the meta-line rule did not take (Hexo Keep's post header: the poster's
        # name beside the avatar, then ``2023-05-17 09:30:00`` on the next line) stands where
        # the meta line stands
        before_meta = (
            b is over
            or (meta_lo is not None and b.idx < meta_lo)
            or bool(
                nxt
                and (LABEL_RE.match(nxt[0]) or _bare_date_line(nxt[0]))
                and all(
                    LABEL_RE.match(nfkc(x.text).strip()) for x in page.blocks[title_idx + 1 : b.idx]
                )
            )
        )
        if not (followed or before_meta) or (b is not over and _menu_item(page, b, title_idx)):
            continue
        if _tag_item(b):
            continue
        if base is not None and _home_link(b, text, base):
            continue  # the site's own name, linked to its home page beside the date: no writer
        name, _, outlet = (x.strip() for x in text.partition("/"))
        if outlet and _filed_from(outlet):
            return name, None  # ``劉憲杰/台北``: where the writer filed from, no outlet
        if outlet:
            return name, outlet
        if not followed and _OUTLET_END_RE.search(name):
            return None, name
        if not followed and _ORG_END_RE.search(name) and not _CJK_LATIN_RE.search(name):
            continue  # an office's name over the date line (``科技局``): no account, no writer
        return name, None
    return None, None


def _name_over_meta_above_title(
    page: Page, title_idx: int, meta_blocks: list[Block]
) -> Block | None:
    """The line right over the meta line when both stand above the headline in one small box
    (their owners share a parent or grandparent, nothing between), the meta line opens with its
    label and the line is one link alone: a post header's account name over its date line."""
    if not meta_blocks or not 0 < meta_blocks[0].idx < title_idx:
        return None
    meta = meta_blocks[0]
    b = page.blocks[meta.idx - 1]
    if (
        not b.chars
        or b.link != b.chars
        or b.chars > 16
        or not LABEL_RE.match(nfkc(meta.text).strip())
    ):
        return None  # (a labelled date line: ``发布于 DATE``)
    # (sets of the elements, not of their id()s: lxml makes a node's Python object on demand and
    # frees it when unused, so an id() taken from a freed one may be a later element's, and the
    # answer would hang on memory layout -- halo2-02's author came and went with PYTHONHASHSEED)
    inside_meta = set(meta.owner.iter())
    links = [a for a in b.owner.iter("a") if a not in inside_meta and squash(node_text(a))]
    if len(links) != 1 or nfkc_compact(node_text(links[0])) != nfkc_compact(b.text):
        return None  # a row of links (a menu), or a name with words beside its link
    ups = set(islice(meta.owner.iterancestors(), 3))
    box = next((x for x in islice(b.owner.iterancestors(), 2) if x in ups), None)
    if box is None or (
        b.idx and any(x is box for x in islice(page.blocks[b.idx - 1].owner.iterancestors(), 6))
    ):
        return None  # another line in the box above the name: a menu or a list, no header
    return b


def _bare_date_line(text: str) -> bool:
    """True for a line of dates and clocks only (Keep's ``2023-05-17 09:30:00  2023-05-17 09:30:00``,
    the post's date and its update); a date before a headline or a word is no such line."""
    if len(text) > 48 or not DATE_RE.match(text):
        return False
    rest = _CLOCK_RE.sub("", DATE_RE.sub("", text))
    return not rest.strip(" \xa0|·-/")


_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _home_link(b: Block, text: str, base: str) -> bool:
    """True when the line ``text`` is a link to the home page of the site at ``base``.

    szonline.net prints ``<a href="/">深圳热线</a>`` before the date where other sites print an
    account: a name that leads to the site's own front page names the site, not a writer."""
    host = urlsplit(base).hostname
    for a in b.owner.iter("a"):
        if nfkc(squash(node_text(a))).strip() != text:
            continue
        url = urlsplit(urljoin(base, a.get("href") or "#"))
        if url.hostname == host and url.path.lower() in HOME_PATHS and not url.query:
            return True
    return False


# Markup that names the writer: a microformats hCard (WordPress's ``By <span class="author vcard">
# <a class="url fn n">X</a>``), a ``rel="author"`` link, schema.org's ``itemprop="author"`` (its
# ``itemprop="name"`` inside) and a theme's byline class. <meta name=author> is no part of it:
# it is not shown (LABELLING.md) and find_people leaves it out.
_AUTHOR_CLASSES = frozenset(
    {"author", "byline", "author-name", "entry-author", "post-author", "article-author"}
)
# What those classes also mark: a comment's writer (``comment-author vcard`` in ``#comments``),
# the writers of related posts, a sidebar's author box, the site owner's card in the footer.
_NOT_THE_POST_RE = re.compile(
    r"comment|related|sidebar|widget|recommend|^(?:(?:site|page|global)[-_]?)?foot(?:er)?$|copyright",
    re.IGNORECASE,
)
# ``By X`` (WordPress), ``作者：X``, ``文/X`` before the name in the marked element
_MARKED_LEAD_RE = re.compile(rf"^(?:(?i:by)\s+|(?:{_WRITER})\s*[:：]?\s*|文\s*[/／|]\s*)")
# a name: CJK or Latin words, no digits (an account id), no label or second item
_MARKED_NAME_RE = re.compile(r"^[A-Za-z\u4e00-\u9fff·.' -]{2,24}$")


# A reporter's title as a later word of a line whose first word is no title (``高新区-管委会 记者
# 张明华``; ``记者 张三 通讯员 李四`` opens with one)
_TITLE_WORD_RE = re.compile(
    rf"^(?!\S*(?:{_TITLE_ALT})(?:\s|$))\S+\s.*?\S*(?:{_TITLE_ALT})(?:\s+|$)"
)


def _names_no_writer(name: str, site_name: str | None) -> bool:
    """True when a name that markup or an icon marks as the writer names none: a placeholder,
    the site or its desk, an outlet or an organisation, a role without a name."""
    key = nfkc_compact(name)
    return (
        not _someone(name)
        or key.endswith(("小编", "小編"))
        or _within_site_name(name, site_name)
        or _site_desk(name, site_name)
        or _abbreviates(name, site_name)
        or bool(_OUTLET_END_RE.search(key))
        or bool(_ORG_END_RE.search(key) and not _CJK_LATIN_RE.search(key))
        # ``By China Daily`` in a byline element: an outlet or a desk, no person (people3);
        # ``新华社记者`` alone: a role without a name (labelcheck4)
        or bool(_NOT_NAME_WORDS_RE.search(name))
        or bool(_ROLE_ONLY_RE.search(key))
    )


def marked_author(
    page: Page, root: Any, title_idx: int | None, paras: list[Block], site_name: str | None
) -> str | None:
    """The writer named by markup in the article's header or right after its text.

    Between the headline and the text's first line, in the two lines right over the headline
    or in the three lines after the text's last, an element marked as the author (hCard,
    ``rel="author"``, ``itemprop="author"``, a byline class) showing only a name. Not inside
    comments, related posts, a sidebar or the site's footer; not a placeholder (admin, 管理员,
    小编), the site's own name or an outlet.
    """
    if root is None or not paras:
        return None
    first, last = paras[0].idx, paras[-1].idx
    lo = max(title_idx if title_idx is not None else -1, first - 12)
    # the two lines right over the headline too: an info line printed above it (信報: the date,
    # then ``<span class="author">`` and the column's name, then the h1)
    above = range(max(lo - 2, 0), lo) if title_idx is not None and title_idx == lo else range(0)

    def placed(i: int) -> bool:
        return i in above or lo < i < first or last < i <= last + 3

    names: dict[str, str] = {}
    for el in _window_elements(
        page,
        page.blocks[above.start : above.stop]
        + page.blocks[lo + 1 : first]
        + page.blocks[last + 1 : last + 4],
    ):
        archive = _author_archive_link(el)
        if (
            el.get("class") is None
            and el.get("rel") is None
            and el.get("itemprop") is None
            and not archive
        ):
            continue
        classes = set((el.get("class") or "").lower().split())
        # hCard, rel=author and microdata say "the author" as a standard; a class only as a name;
        # a link to the writer's own archive (``/authors/罗娜/``) by its address
        strong = _standard_author_mark(el) or archive
        if not (strong or classes & _AUTHOR_CLASSES):
            continue
        if any(
            _NOT_THE_POST_RE.search(token)
            for a in el.iterancestors()
            if a.tag not in ("body", "html")  # a theme's page classes (``has-sidebar``)
            for token in (a.get("class") or "").split() + [a.get("id") or ""]
        ) or any(_NOT_THE_POST_RE.search(token) for token in classes):
            continue
        whole = _MARKED_LEAD_RE.sub("", nfkc(squash(node_text(el))).strip(), count=1)
        if any(not colonless_reporter(m) for m in LABEL_RE.finditer(whole)):
            # a labelled meta line (来源：X 编辑：Y): the meta-line rules read it; a colonless
            # 记者 title is no such label here (``新闻中心 记者 张明华`` in a byline element)
            continue
        # the name: hCard's ``fn`` or microdata's ``name``, else the first link naming someone
        # (a columnist's box: ``<a>王文</a><span>研究院执行院长</span>``), else the whole text
        inner = el.xpath(
            ".//*[@itemprop='name' or contains(concat(' ', normalize-space(@class), ' '), ' fn ')]"
        )
        strong = strong or bool(inner)
        texts = [node_text(x) for x in inner[:1] or el.iter("a")] + [whole]
        for text in texts:
            name = _MARKED_LEAD_RE.sub("", nfkc(squash(text)).strip(), count=1).strip(" :：|/")
            if _MARKED_NAME_RE.match(name) and _plain_name(name) is not None:
                break
        else:
            continue
        owner = el if el in page.stats else page.block_parent(el)
        st = page.stats.get(owner)
        if st is None:
            continue
        want = nfkc_compact(name)
        at = next((b.idx for b in page.blocks[st.b0 : st.b1] if want in nfkc_compact(b.text)), None)
        if at is None or not placed(at):
            continue  # hidden, or outside the article's header and trailer
        if at > last and not strong:
            continue  # after the text a bare ``author`` class also heads lists (相关文章)
        names.setdefault(want, name)
    if not names or len(names) > 3:
        return None  # more than three writers: a list of posts, not a byline
    if any(
        _names_no_writer(name, site_name) or _house_account(page, name, site_name)
        for name in names.values()
    ):
        return None
    # ``高新区-管委会 记者 张明华`` in a byline element: the words before the title are the writer's
    # unit, no part of a name, as the cleaner drops ``新闻中心`` before ``记者 X`` (left85: a hyphen
    # kept the whole line a name)
    out = [
        n[t.end() :] if " " in n and (t := _TITLE_WORD_RE.match(n)) else n for n in names.values()
    ]
    return "、".join(out) if all(out) else None


# A theme's archive of one writer's posts: ``…/author/<slug>/`` (WordPress), ``…/authors/<name>/``
# (Hugo's taxonomy), the last segment of the path.
_AUTHOR_ARCHIVE_RE = re.compile(r"/authors?/(?P<name>[^/]+)/?(?:index\.html?)?$", re.IGNORECASE)


def _author_archive_link(el: Any) -> bool:
    """True for a link to the archive of the writer it names (gmt-china's Hugo meta row:
    ``<i class="fa fa-user"></i> <a href="…/authors/罗娜/">罗娜</a>``): its address says "author"."""
    if el.tag != "a":
        return False
    m = _AUTHOR_ARCHIVE_RE.search(urlsplit(el.get("href") or "").path)
    return m is not None and nfkc_compact(unquote(m["name"])) == nfkc_compact(node_text(el))


def _site_desk(name: str, site_name: str | None) -> bool:
    """True for the site's own account (:func:`_site_account`, a site name of any length) or a
    name that opens with a site name of three or more characters, case aside: the site's desk
    (``By <a href=…/author/REDIFF CRICKET>`` on Rediff's cricket pages), no writer."""
    site = nfkc_compact(site_name or "").casefold()
    return _site_account(name, site_name) or (
        len(site) >= 3 and nfkc_compact(name).casefold().startswith(site)
    )


def _window_elements(page: Page, blocks: list[Block]) -> list[Any]:
    """The elements that can mark a name shown in ``blocks``: each block's element, what it
    holds, and the small block elements around it (``<ul class="author"><li><p>``); walking
    only these, not the page, keeps the look-up cheap."""
    out: dict[Any, None] = {}
    for b in blocks:
        if b.owner in out:
            continue
        st = page.stats.get(b.owner)
        if st is not None and st.b1 - st.b0 > 6:
            # text loose in a big container: only its inline children can mark it
            out[b.owner] = None
            for child in b.owner.iterchildren(etree.Element):
                if child not in page.stats:
                    out.update(dict.fromkeys(child.iter(etree.Element)))
            continue
        out.update(dict.fromkeys(b.owner.iter(etree.Element)))
        for up in b.owner.iterancestors():
            st = page.stats.get(up)
            if st is not None and st.b1 - st.b0 > 6:
                break  # a container of the page, not a byline's box
            out[up] = None
    return list(out)


def _tag_item(b: Block) -> bool:
    """True for an item of a list whose every item is a short link: a section's or the tags'
    list under the headline (晴報's ``<ul class=article-tag><li><a>港聞</a></li></ul>``), where a
    single link stands with no other link beside it for ``_menu_item`` to see."""
    li = b.owner
    if getattr(li, "tag", None) != "li" or b.link * 2 <= b.chars:
        return False
    items = [x for x in li.getparent() if x.tag == "li"]
    return all(
        len(links := x.findall(".//a")) == 1 and 0 < len(node_text(links[0]).strip()) <= 12
        for x in items
    )


def _menu_item(page: Page, b: Block, title_idx: int) -> bool:
    """True for a short link beside another short link: a menu's or a tab row's entry.

    An account's name is a link too, but the lines around it are the title, the date line or a
    follow button, never another short link.
    """

    def short_link(x: Block) -> bool:
        return (
            x.idx != title_idx
            and 0 < x.chars <= 12
            and x.link * 2 > x.chars
            and not _FOLLOW_RE.match(nfkc(x.text).strip())
            and not _POSTER_FOLLOW_RE.match(nfkc(x.text).strip())
            # a credit whose outlet is a link (``来源：<a>央视新闻客户端</a>``) is no menu entry
            and LABEL_RE.match(nfkc(x.text).strip()) is None
        )

    around = page.blocks[max(b.idx - 1, 0) : b.idx + 2]
    return short_link(b) and any(short_link(x) for x in around if x is not b)


_ACCOUNT_ROLE_RE = re.compile(r"^(?:律师|律師|編輯|编辑|小编|小編|记者|記者)?$")


# The site's copyright line (``© 2012 - 2024 NAME``, ``Copyright © X 版权所有``): a theme prints the
# config's owner there on every page, the organisation's or the webmaster's, which says who runs
# the site, not who wrote a post
_SITE_COPYRIGHT_RE = re.compile(r"©|\(c\)|copyright|版权所有|版權所有|all rights reserved", re.I)


# A firm's house account: its brand word and a 小-nickname (``赢海小云``, ``X小助手``), the way
# companies name the account that posts their notices
_HOUSE_ACCOUNT_RE = re.compile(r"^(?P<brand>[\u4e00-\u9fff]{2,6}?)小[\u4e00-\u9fff]{1,2}$")


def _house_account(page: Page, name: str, site_name: str | None) -> bool:
    """True for a firm's own account named with the site's name word: ``由 赢海小云`` under a
    notice on 大连海大赢海科技's help site (its footer ``Copyright © 大连海大赢海科技有限公司版权所有``),
    the company itself, no writer (LABELLING.md, session 29: the owning organisation; hunt146)."""
    m = _HOUSE_ACCOUNT_RE.match(nfkc_compact(name))
    if m is None:
        return False
    brand = m["brand"]
    return brand in nfkc_compact(site_name or "") or any(
        brand in (text := nfkc_compact(b.text)) and _SITE_COPYRIGHT_RE.search(text)
        for b in page.blocks
    )


# The name line under a closing 作者介绍 heading: a name alone, or a name before a bar or a slash
# and the writer's roles (``Andy | 商社业界课程担当 模拟面试担当``); a Latin name before Chinese roles
# needs no bar (``Andy  商社业界课程担当``); a Latin name takes its roles after a comma too (ALC
# Beijing's translated ASF posts: ``Dirk-Willem van Gulik, VP Public Affairs, Apache Software
# Foundation。`` under 关于作者)
_BOX_NAME_LINE_RE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,5}|[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,2})"
    r"\s*(?:(?:[|｜/／]|(?<=[A-Za-z.]),|(?<=[A-Za-z.])\s+(?=[\u4e00-\u9fff]))\s*\S.*)?$"
)


def credit_box_name(line: str) -> str | None:
    """The writer a credit box's name line names (the line under ``■ 作者介绍``), or None."""
    m = _BOX_NAME_LINE_RE.match(nfkc(squash(line)).strip())
    name = _plain_name(m["name"]) if m else None
    return name if name and _someone(name) else None


def photo_box_head(head: Block, name_line: Block) -> bool:
    """True for the bare ``作者`` line of a credit box over the writer's photo, captioned with the
    name (motss.cc's closing box: ``作者``, a picture and ``NAME`` under it, then the bio): the
    picture and the name line under the word make it the box's heading, as 作者介绍 is."""
    return (
        head.chars <= 3
        and name_line.img is not None
        and AUTHOR_BOX_BARE_HEAD_RE.match(nfkc_compact(head.text)) is not None
        and credit_box_name(name_line.text) is not None
    )


def author_box_writer(page: Page, last: int) -> str | None:
    """The writer a credit box right after the text names: a 作者介绍 heading (a heading element:
    a ``<div>作者简介</div>`` over a name is no credit, follow110) among the three lines after the
    text's last (the body leaves the box out), its name line under it and the bio under that; or
    the box closing the text itself, its heading two lines above the text's last (a name line
    set as links, ``<p><a>Andy</a>  <a>商社业界课程担当</a></p>``, is left out of a text that
    keeps the heading and the bio: the box is the text's end, the bio its last line)."""
    for b in page.blocks[max(0, last - 2) : last + 4]:
        if b.idx + 2 < len(page.blocks) and photo_box_head(b, page.blocks[b.idx + 1]):
            return credit_box_name(page.blocks[b.idx + 1].text)
        if b.chars <= 12 and AUTHOR_BOX_HEAD_RE.match(nfkc_compact(b.text)):
            if b.owner.tag not in ALL_HEADING_TAGS or b.idx + 2 >= len(page.blocks):
                return None
            return credit_box_name(page.blocks[b.idx + 1].text)
    return None


def _site_account(name: str, site_name: str | None) -> bool:
    """True for the site's own name, alone or with a role word (``110网 律师``, ``X网小编``)."""
    if not site_name:
        return False
    site, text = nfkc_compact(site_name), nfkc_compact(name)
    return bool(site) and text.startswith(site) and bool(_ACCOUNT_ROLE_RE.match(text[len(site) :]))


def _within_site_name(name: str, site_name: str | None) -> bool:
    """True when ``name`` is the site's own name or a part of it (科学技术部 in 中华人民共和国科学技术部)."""
    value, site = nfkc_compact(name), nfkc_compact(site_name or "")
    return bool(site) and len(value) >= 3 and value in site


def _abbreviates(name: str, site_name: str | None) -> bool:
    """True when ``name`` is the short form of the site's name: its characters in order, the
    same first and last (中国证监会 for 中国证券监督管理委员会; 科技部 for 中华人民共和国科学技术部,
    the state's name before a ministry's left out), as Chinese bodies shorten their names."""
    value, site = nfkc_compact(name), nfkc_compact(site_name or "")
    for full in (site, site.removeprefix("中华人民共和国")):
        if len(value) < 3 or len(full) <= len(value) or value[0] != full[0]:
            continue
        if value[-1] == full[-1]:
            rest = iter(full)
            if all(ch in rest for ch in value):
                return True
    return False


# A count in the poster's row (views, likes, comments): a number alone, or a count word after it
_ROW_COUNT_RE = re.compile(
    r"\d+(?:\.\d+)?\s*[万萬wWkK]?\s*(?:阅读|閱讀|浏览|瀏覽|赞|讚|评论|評論|次)?"
)


def ip_place_writer(rows: list[list[Block]]) -> str | None:
    """The poster's name in the first row that prints the writer's IP place (``IP_PLACE_RE``):
    the Chinese platforms set it beside the name and the time, ``NAME`` / ``01-20 02:55`` /
    counts / ``IP属地浙江``. ``rows``: the header's lines and those right under the text down to
    the next section's heading, so a comment's row (the same shape, in a list under 评论) is never
    read; only the first such row is, the poster's. The name is the item right before the time
    (a year-less ``01-20 02:55`` or a date), the counts between the time and the place skipped."""
    for blocks in rows:
        for i, b in enumerate(blocks):
            if "IP" not in b.text:
                continue
            text = nfkc(b.text).strip()
            place = IP_PLACE_RE.search(text)
            if place is None:
                continue
            items = [nfkc(x.text).strip() for x in blocks[max(0, i - 5) : i] if x.chars <= 30]
            return _row_poster([*items, text[: place.start()].strip(" ·•|丨・")])
    return None


def _row_poster(items: list[str]) -> str | None:
    """The name right before the row's time (``_ROW_COUNT_RE`` items after it skipped)."""
    items = [t for t in items if t]
    while items and _ROW_COUNT_RE.fullmatch(items[-1]):
        items.pop()
    if not items:
        return None
    last = items[-1]
    time = YEARLESS_TIME_RE.search(last) or DATE_RE.search(last)
    if time is None or last[time.end() :].strip(" ·•|丨・"):
        return None
    name = last[: time.start()].strip(" ·•|丨・") or (items[-2] if len(items) > 1 else "")
    if (
        not name
        or len(name) > 20
        or not _plain_name(name)
        or not _someone(name)
        or _not_a_person(name)
        or LABEL_RE.search(name)
        or DATE_RE.search(name)
        or _PAGE_WIDGET_RE.search(name)
    ):
        return None
    return name


# How far up from the counted writers line its pop-up card list is looked for (sspai: 4 levels)
_CO_WRITER_DEPTH = 6


def co_writer_cards(blocks: list[Block]) -> tuple[str, list[str]] | None:
    """(the lead writer, the co-writers) of a header line that counts its writers (``X 等 7 位
    作者``) whose pop-up lists them as cards (sspai: ``主作者`` X's card, then ``联合作者`` and one
    card a writer, each card's avatar named by its ``alt``). Read only when the cards after the
    联合作者 label are as many as the line counts past the lead writer: the reader's hover shows
    exactly those (LABELLING: every co-writer a byline credits is an author)."""
    for b in blocks:
        if b.chars > 40 or "作者" not in b.text:
            continue
        m = COUNTED_WRITERS_RE.fullmatch(nfkc(b.text).strip())
        if m is None:
            continue
        el = b.owner
        for _ in range(_CO_WRITER_DEPTH):
            el = el.getparent()
            if el is None:
                return None
            label = next(
                (
                    x
                    for x in el.iter(etree.Element)
                    if (x.text or "").strip() in CO_WRITER_LABELS and len(x) == 0
                ),
                None,
            )
            if label is not None:
                break
        else:
            return None
        names = []
        for card in label.itersiblings():
            alt = next(
                (i.get("alt") for i in card.iter("img") if (i.get("alt") or "").strip()), None
            )
            if alt is None:
                break
            names.append(alt.strip())
        if len(names) != int(m["n"]) - 1:
            return None
        return m["name"].strip(), names
    return None
