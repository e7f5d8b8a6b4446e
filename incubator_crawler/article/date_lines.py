"""Bare date lines that may stand in for the meta line; the dated lines that are not the item's."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from .counters import VIEW_WORDS, either
from .info_box import box_date_label
from .labels import (
    BOX_PUBLISH_LABELS,
    CONTROL_RE,
    DATE_CHAR_RE,
    DATE_RE,
    SHORT_YEAR_CLOCK,
    TRANSLATED_FROM,
    WEEKDAY_CN,
    WEEKDAY_EN,
    as_of_date,
    labels_other_date,
    split_labelled_line,
    without_controls,
)
from .page import (
    Block,
    Page,
    holds,
    node_text,
    squash,
    title_segments,
)
from .published import url_date
from .text import nfkc

# ``发布时间：10-08 12:00`` (baijiahao): month, day and time, no year
YEARLESS_TIME_RE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?!\d)")


# ``/2019/07/17/``, ``t20100106_`` in the page's address: the day it was posted
def _url_day(url: str) -> tuple[int, int] | None:
    """(month, day) of the date in the page's address, if it names a day (``url_date``)."""
    found = url_date(url)
    if found is None or len(found[0]) != 10:
        return None
    return int(found[0][5:7]), int(found[0][8:10])


def _yearless_on_url_day(norm: str, url_day: tuple[int, int] | None) -> re.Match[str] | None:
    """``07-17 10:39`` when the address says the page was posted on July 17: the line's date."""
    y = YEARLESS_TIME_RE.search(norm) if url_day and ":" in norm else None
    if y is None:
        return None
    month, day = y.group(0).split("-", 1)
    return y if (int(month), int(day[:2].rstrip(" :"))) == url_day else None


# ``20-08-13 00:00`` (星島日報), ``19-09-09 16:01:46``: a two-digit year, its day and a clock; the
# clock makes the order year-month-day (published._SHORT_YEAR_LINE_RE reads the line's date),
# no digit, dot, slash, colon or dash before it
SHORT_YEAR_CLOCK_RE = re.compile(r"(?<![\d./:-])" + SHORT_YEAR_CLOCK)


def _line_date(norm: str, url_day: tuple[int, int] | None) -> re.Match[str] | None:
    """A date line's date (NFKC text): a full date, a yearless one on the address's day, or a
    two-digit year with its clock."""
    return (
        DATE_RE.search(norm)
        or _yearless_on_url_day(norm, url_day)
        or SHORT_YEAR_CLOCK_RE.search(norm)
    )


def _headline_words(html_title: str | None) -> str:
    """The first segment of <title> without whitespace: the headline as a line may print it
    ("" when too short to tell from a word of the line)."""
    if not html_title:
        return ""
    head = "".join(nfkc(title_segments(html_title.strip())[0]).split())
    return head if len(head) >= 6 else ""


def _site_words(html_title: str | None) -> str:
    """The last segment of a <title> of several (the site's own name, ``标题_某某网``), NFKC;
    "" when there is one segment or the last is too short to tell from a word of a line."""
    if not html_title:
        return ""
    segs = title_segments(html_title.strip())
    last = nfkc(segs[-1]).strip() if len(segs) > 1 else ""
    return last if len("".join(last.split())) >= 4 else ""


def _mostly_date_but_site(norm: str, site: str) -> bool:
    """``_mostly_date`` of a line without the site's own name in it: a template's fixed mark of
    the publisher before the writer (``TCOC 台灣國際基督教會 / Mark　DATE``, LABELLING.md corpus28,
    decide76) is no word of the item's date line."""
    if not site or site not in norm:
        return False
    rest = norm.replace(site, " ", 1)
    m = DATE_RE.search(rest)
    return m is not None and _mostly_date(rest, m)


def _prefix_end(chars: list[str], head: str) -> int:
    """How many of ``chars`` the headline ``head`` takes when it opens them (spaces aside) and
    more follows, else 0."""
    j = 0
    for i, c in enumerate(chars):
        if j == len(head):
            return i if "".join(chars[i:]).strip() else 0
        if c.isspace():
            continue
        k = "".join(nfkc(c).split())
        if not k or not head.startswith(k, j):
            return 0
        j += len(k)
    return 0  # the headline alone, or cut short


def headline_span(text: str, head: str) -> tuple[int, int] | None:
    """Where the page's headline ``head`` (:func:`_headline_words`) stands in ``text`` when it
    opens or closes it and more stands beside it (spaces aside), else None: ftv sets the
    headline and its time on one line (``「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13``);
    what stands beside it is the line's own."""
    bare = text.strip()
    if not head or not bare:
        return None
    # the ends first: nearly no line opens or closes with the headline's own characters
    if nfkc(bare[0])[:1] == head[0] and (cut := _prefix_end(list(text), head)):
        return 0, cut
    if nfkc(bare[-1])[-1:] == head[-1] and (cut := _prefix_end(list(reversed(text)), head[::-1])):
        return len(text) - cut, len(text)
    return _mid_line_span(text, head)


# the words a flattened heading box sets before the headline: a post's tags or column, short
_TAG_WORDS_MAX = 12


def _mid_line_span(text: str, head: str) -> tuple[int, int] | None:
    """The headline standing whole mid-line, set apart by spaces on both sides, after a few
    words with no digit: a blog's heading box flattened into one line (Hux Blog's tags, the
    headline, ``Posted by X on DATE``: ``家庭旅馆  馨缘阁家庭旅馆介绍  Posted by 某某 on DATE``,
    52sask's variants). The tag words before it are no headline (the caller leaves them out of
    the title); the rest of the line is the meta line."""
    start = 0
    while (i := text.find(head[0], start)) > 0:
        start = i + 1
        if not text[i - 1].isspace():
            continue
        before = "".join(text[:i].split())
        if not before or len(before) > _TAG_WORDS_MAX or any(c.isdigit() for c in before):
            return None
        cut = _prefix_end(list(text[i:]), head)
        if cut and text[i + cut].isspace():
            return i, i + cut
    return None


def _find_date_blocks(
    page: Page,
    url_day: tuple[int, int] | None = None,
    head: str = "",
    site: str = "",
    own_path: str = "",
) -> list[tuple[Any, dict[str, str]]]:
    """Second tier: short blocks that are mostly a bare date (``2014-01-30 04:43``), or a
    yearless time on the day the page's address names (ttplus's ``韋人匕07-17 10:39 体坛+原创``).
    The page's headline opening the block (``head``, :func:`_headline_words`) is no word of it,
    nor is the site's own name (``site``, :func:`_site_words`)."""
    out = []
    boxed: set[int] = set()  # entries labelled by a box's publish-date cell
    other: dict[int, str] = {}  # entries under a box's other date cells, with their label
    for b in page.blocks:
        if b.chars > _DATE_LINE_MAX or DATE_CHAR_RE.search(nfkc(b.text)) is None:
            # a block kept below needs a date (DATE_RE or a yearless time) in its text, and most
            # short blocks (menus, sidebar titles) have no digit: this spares them the rest
            continue
        # the page's own headline opening the line links to itself, not to a list's story
        cut = headline_span(b.text, head)
        text = (b.text[: cut[0]] + " " + b.text[cut[1] :]).strip() if cut else b.text
        if cut and 0 < cut[0] and cut[1] < len(b.text):
            text = b.text[cut[1] :].strip()  # the tag words before a mid-line headline aside
        norm = nfkc(text)
        m = _line_date(norm, url_day)
        if m:
            # the page's controls after the date (阅读量1.3w 收藏 点赞数, 字号：大 中 小, 【打印】)
            # are no words of the line
            norm = without_controls(norm, m)
            m = _line_date(norm, url_day)
            if m is None or len("".join(norm.split())) > 40:
                continue
        elif b.chars > 40:
            continue
        # the date's own parts may link to their archives (nownews: 2014年 12月 05日); asked only
        # once a date is found, as menus are most of the short blocks and have none
        calendar = bool(b.link and m and _calendar_links(b.owner))
        # a date a template wraps in a link that goes nowhere (XunRuiCMS's mobile show page:
        # ``<i class="fa fa-calendar"></i><a href="javascript:;">DATE</a>``) is the line's own
        # text, not a nav link: the same reading as the calendar's linked parts
        calendar = calendar or bool(b.link and m and _dead_date_link(b.owner, m.group(0)))
        # the post's date linked to the post itself (Hexo Reimu / landscape: ``<a href="/2024/
        # 12/21/slug/"><time>2024-12-21</time></a>`` under the headline) leads nowhere else
        # either: the line's own date, no list row's (``own_path``: the page's address path)
        own = bool(b.link and m and own_path and _self_date_link(b.owner, m.group(0), own_path))
        calendar = calendar or own
        if b.link * 2 > b.chars and b.chars - b.link < 6 and not calendar:
            continue  # a date outside the links needs 6 characters (nav links have none)
        # a calendar's linked date parts are the date's own words: the text stays as it is
        if not calendar:
            if b.link and m and (b.link * 2 > b.chars or not _mostly_date(norm, m)):
                # short links beside the date (the site's name, 评论, 大 中 小) are not its words
                norm = _unlinked_text(b.owner, head)
                m = DATE_RE.search(norm)
                if m:
                    norm = without_controls(norm, m)
                    m = DATE_RE.search(norm)
            elif b.link * 2 > b.chars:
                continue
        if m and (_mostly_date(norm, m) or _mostly_date_but_site(norm, site)):
            if _in_code_listing(b.owner):
                continue  # a program's header comment's date (``* @date: 2016年1月2日``)
            if _ends_date_span(norm, m):
                continue  # an event's days (``2024.4.18-20`` under a heading in the text)
            if _TAKES_EFFECT_RE.match(norm[m.end() :]):
                continue  # a rule's start in a headline (``新政策 2019年7月1日起执行``)
            if _VERSION_LABEL_RE.match(norm[: m.start()]):
                continue  # a policy's version line opening its text (``版本：2020 年 1 月 1 日``)
            if _TRANSLATED_FROM_RE.match(norm[: m.start()]):
                # a translated text's opening ``译自 New Republic Dec. 15, 2014``: the original's
                # day, not the page's; taken for the meta line it hid the page's own ``<time>DATE
                # </time>| NAME`` row above it and its byline (motss.cc, hunt268)
                continue
            if _TODAY_RE.search(norm[: m.start()]) or _AD_BADGE_RE.search(nfkc(b.text)):
                continue  # a header calendar's today, an ad's or a comment's date
            if _lunar_calendar(page, b, norm, m):
                continue  # a header calendar's day
            if _calendar_over_headline(page, b, norm, m, head):
                continue  # a header calendar's day: the visit's, not the article's
            if _OTHER_ITEM_DATE_RE.search(norm[: m.start()]) or as_of_date(norm, m.start()):
                # another article's date on the post's meta line (CSDN's header), a report's
                # as-of day in a headline's second line (chnmedu.org: ``截至2016年1月10日建设应用
                # 进展情况的通报`` under ``关于全国中小学生学籍信息管理系统``): the line stays where
                # the meta line is (the writer's name opens it; the headline's lines end above
                # it), without its date
                fields = split_labelled_line(text)
                fields.pop("published", None)
                out.append((b.owner, fields))
                continue
            if _event_label_above(page, b):
                continue  # a form's value: a job posting's 截止时间： over 2014年4月11日
            if (
                not cut
                and not own  # a list's rows link other pages, never the page itself
                and (b.link or next(b.owner.iter("a"), None) is not None)
                and _in_dated_list(b.owner, 1 if b.link >= 8 else 2)
            ):
                # a row of a list of dated headlines (a sidebar, related news); an outlet's
                # link beside the article's date (``2021-01-20 04:29 39健康网``) is shorter, so
                # a short link's row needs two dated rows beside it (pj-hospital's list of
                # ``<li><span>2019-11-04</span><a>骨质疏松门诊</a></li>``), as does a row whose
                # headline is a block of its own (``<li><font>2015-08-18</font><div><a>…``)
                continue
            label = box_date_label(page, b)
            if label is not None:
                value = norm[m.start() :].strip() if m else text
                if label in BOX_PUBLISH_LABELS:
                    # a 信息公开 box's value cell under its label cell (gsj.wuhan.gov.cn's TRS box:
                    # ``<td><strong>公开日期</strong></td><td>2018-01-01</td>``): the date is
                    # labelled as the page shows it, and so beats a hidden PubDate (decide76 (c))
                    out.append((b.owner, split_labelled_line(f"{label}：{value}")))
                    boxed.add(len(out) - 1)
                    continue
                # 成文日期, 生成日期, 发文日期: the box's other dates, labelled as the cell shows
                # them when the box shows no publish date (below)
                other[len(out)] = f"{label}：{value}"
            fields = split_labelled_line(text)
            if not fields.get("published") and m.re is SHORT_YEAR_CLOCK_RE:
                # the line's two-digit year written out (the clock makes it the year): the
                # chain reads it as any date line's, against the head's dates too
                fields["published"] = "20" + m.group(0).strip()
            out.append((b.owner, fields))
    if boxed and other:
        # the box's 成文日期 is not used when it shows a 发布日期 / 公开日期 (LABELLING.md)
        out = [o for i, o in enumerate(out) if i not in other]
    elif other:
        # the box's only date (a 生成日期 / 发文日期 / 成文日期 cell, no 发布日期 / 公开日期 cell) is
        # a date the page shows, labelled: it beats a hidden PubDate (LABELLING.md gaps98)
        out = [(o[0], {"published": other[i]}) if i in other else o for i, o in enumerate(out)]
    return out


# A date that a span's end follows, and nothing more on the line (``2024.4.18-20``, ``2024年4月18日至
# 20日``, ``2024.04.18-2024.04.20``): the days an event runs, set in the text under its heading
# (sz-watech's WeChat-style post: ``三款新品 首次亮相`` / ``2024.4.18-20``), not a date the item was
# posted on; a time after the date (``2024-04-18 10:20``) is no span
_DATE_SPAN_END_RE = re.compile(
    r"^\s*(?:-|~|～|—|–|至|到)\s*(?:(?:19|20)\d{2}\s*[./年-]\s*)?(?:\d{1,2}\s*[./月-]\s*)?"
    r"\d{1,2}\s*日?\s*$"
)


# A date a rule takes effect on, written into a sentence (hnwanqian's headline ``2019光伏补贴新政策
# 2019年7月1日起执行``, a notice's ``自2024年1月1日起施行``): the date is the rule's, not the page's
_TAKES_EFFECT_RE = re.compile(r"^\s*(?:起|开始|以后)\s*(?:正式)?\s*(?:执行|施行|实施|生效|启用)")

# A translation's credit before the date (``译自 OUTLET DATE``): the date is the original's
_TRANSLATED_FROM_RE = re.compile(rf"^\s*{TRANSLATED_FROM}")

# A version label before the date (a site's terms of service opening with ``版本：2020 年 1 月 1 日``,
# ``Version: Jan 1, 2020``, herearoma's notice): the date names the text's version, a line of the
# text itself, not the line the page was posted under (follow154)
_VERSION_LABEL_RE = re.compile(
    r"^\s*(?:版本|版本日期|修订版|修訂版|(?i:version|ver\.?)(?:\s+date)?)\s*[:：]?\s*$"
)


def _ends_date_span(norm: str, m: re.Match[str]) -> bool:
    """True when the line is a date and a span's end after it, nothing else (an event's days)."""
    return ":" not in m.group(0) and _DATE_SPAN_END_RE.match(norm[m.end() :]) is not None


# A label alone on its line (a form's cell: ``截止时间：``), no value after its colon
_LONE_LABEL_MAX = 12


def _event_label_above(page: Page, b: Block) -> bool:
    """True when the line right above the date line ``b`` is an event's date label alone
    (``截止时间：``, ``活动日期：``): the date is that form cell's value (hudson's job postings set
    ``截止时间：`` and ``2014年4月11日`` in two cells), not a date the page was posted on. The label
    may stand as a small heading with no colon (a WeChat-styled meeting notice's bold ``会议时间``
    over ``2024年12月20日`` and ``会议地点``, sz-watech.com)."""
    if b.idx == 0:
        return False
    above = page.blocks[b.idx - 1]
    label = nfkc(above.text).strip()
    if above.chars > _LONE_LABEL_MAX or not label:
        return False
    if not label.endswith(":"):
        if not _LONE_WORD_RE.fullmatch(label):
            return False
        label += ":"
    return labels_other_date(label + nfkc(b.text), len(label))


# A label word set alone as a small heading, no colon (``会议时间``)
_LONE_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")


# A date line with the page's controls after the date (CSDN's ``X 于 2024-05-06 15:47:53 发布
# 阅读量1.3w 收藏 98 点赞数 40``): longer than a bare date line, which is 40 characters at most
_DATE_LINE_MAX = 80


# A writer's Latin name beside the date (``Philip Elmer-DeWitt 2011年04月21日``): two or three
# capitalised words, counted as short as a Chinese name is
LATIN_NAME = r"[A-Z][a-z]+(?:[ .-][A-Z][A-Za-z'-]+){1,2}"
_LATIN_NAME_RE = re.compile(rf"\b{LATIN_NAME}\b")


# An RFC 2822 date's weekday before it and zone offset after it (Jekyll's ``Thu, 02 Aug 2018
# 20:00:00 +0800``) are parts of the date, no words beside it.
_WEEKDAY_BEFORE_RE = re.compile(rf"{WEEKDAY_EN}\s*$")
_OFFSET_AFTER_RE = re.compile(r"^\s*(?:GMT|UTC)?[+-]\d{2}:?\d{2}(?!\d)")
# The relative age a theme prints after the date (熱血時報's ``@ 05-19-2013 / 2 years ago``): no
# date and no word of the line (LABELLING.md, eighteenth round; decide76)
_AGE_AFTER_RE = re.compile(
    r"^\s*[/|·(（]?\s*\d{1,3}\s*(?:(?:year|month|week|day|hour|minute|min)s?\s+ago"
    r"|(?:年|个月|個月|周|週|天|小时|小時|分钟|分鐘)前)[)）]?",
    re.I,
)


def _mostly_date(norm: str, m: re.Match[str]) -> bool:
    """At most 16 characters besides the date (a Latin name counts as 4)."""
    extra = len("".join(norm.split())) - len("".join(m.group(0).split()))
    for part in (
        _WEEKDAY_BEFORE_RE.search(norm, 0, m.start()),
        _OFFSET_AFTER_RE.match(norm[m.end() :]),
        _AGE_AFTER_RE.match(norm[m.end() :]),
    ):
        extra -= len("".join(part.group(0).split())) if part else 0
    if 16 < extra <= 40 and not norm.isascii():
        for n in _LATIN_NAME_RE.finditer(norm):
            extra -= len("".join(n.group(0).split())) - 4
    return extra <= 16


# A link that is a piece of a date: a year, a month or a day, as an archive links it.
_DATE_PART_RE = re.compile(r"^(?:(?:19|20)\d{2}|\d{1,2})\s*[年月日号/.-]?$")


def _calendar_links(el: Any) -> bool:
    """True when every link of a date line is a piece of the date (``<a href=/n/2014>2014年</a>
    <a href=/n/2014/12>12月</a> <a>05日</a> 19:21``): the date is the line's, not a list's."""
    links = list(el.iter("a"))
    return bool(links) and all(_DATE_PART_RE.match(nfkc(node_text(a)).strip()) for a in links)


# An address that leads nowhere: no page of its own (``javascript:;``, ``javascript:void(0)``, ``#``).
_DEAD_HREF_RE = re.compile(r"^\s*(?:javascript:|#\s*$|$)", re.I)


def _dead_date_link(el: Any, date: str) -> bool:
    """True when every link of a line leads nowhere and one holds the line's date: the template
    dressed the date as a link, no list row links another page."""
    links = list(el.iter("a"))
    return (
        bool(links)
        and all(_DEAD_HREF_RE.match(a.get("href") or "") for a in links)
        and any(date in nfkc(node_text(a)) for a in links)
    )


def own_path_of(url: str) -> str:
    """The page's address path as a self link writes it: unquoted, without ``index.html`` and the
    closing slash ("" for a site's root, which many lines link to)."""
    path = unquote(urlsplit(url).path)
    path = path.removesuffix("index.html").removesuffix("index.htm").rstrip("/")
    return path


def _self_date_link(el: Any, date: str, own_path: str) -> bool:
    """True when every link of a line leads to the page itself and one holds the line's date."""
    links = list(el.iter("a"))
    return (
        bool(links)
        and all(own_path_of(a.get("href") or "") == own_path for a in links)
        and any(date in nfkc(node_text(a)) for a in links)
    )


# Links on a date line that are furniture: the site's name, 评论, 打印, 大 中 小 (a headline is longer).
_MAX_SHORT_LINK = 8


def _unlinked_text(el: Any, head: str = "") -> str:
    """A link-heavy line's text outside its links, when every link is short (``<a>青岛新闻网</a>
    2009-08-13 08:58:41 环球娱乐 <a>现有新闻评论</a>``); "" when one is a headline's, unless it is
    the page's own headline (``head``: a list row links another story)."""
    links = list(el.iter("a"))
    if any(
        len(words := "".join(nfkc(node_text(a)).split())) > _MAX_SHORT_LINK
        and not _LATIN_NAME_RE.fullmatch(squash(node_text(a)))
        and words != head
        and CONTROL_RE.fullmatch(nfkc(squash(node_text(a)))) is None
        for a in links
    ):
        # a writer's Latin name is a long link that is no headline, nor is a comment link
        # naming the post (a WordPress theme's ``<a>0 Feedbacks on “headline”</a>``)
        return ""
    kept = [el.text or ""]
    for child in el.iterdescendants():
        if child.tag == "a" or next(child.iterancestors("a"), None) is not None:
            if child.tag == "a":
                kept.append(child.tail or "")
            continue
        kept.append(child.text or "")
        kept.append(child.tail or "")
    return nfkc(squash(" ".join(kept)))


def _in_dated_list(el: Any, rows: int = 1) -> bool:
    """True when ``rows`` siblings of ``el`` with its tag also hold a link and a date: a list
    row."""
    parent = el.getparent()
    if parent is None:
        return False
    seen = 0
    for sib in parent:
        if sib is el or sib.tag != el.tag:
            continue
        if next(sib.iter("a"), None) is not None and DATE_RE.search(nfkc(node_text(sib))):
            seen += 1
            if seen >= rows:
                return True
    return False


# A calendar in the page header (``今天是：2026年11月28日 星期六``): today's date, not the article's.
_TODAY_RE = re.compile(r"今天是|今日是|今天日期|当前时间|當前時間|现在时间|現在時間")

# A date said to be another article's (CSDN's header ``最新推荐文章于 2024-02-02 22:51:05 发布``:
# the newest recommended article's time, shown where the post's own date would be)
_OTHER_ITEM_DATE_RE = re.compile(r"(?:推荐|推薦)文章\s*(?:于|於)\s*$")

# A lunar date (农历：甲辰年 四月 廿一) printed beside a day: a header calendar's today
_LUNAR_RE = re.compile(r"^\W*(?:农历|農曆|阴历|陰曆)")


def _not_this_items_date(page: Page, b: Block, norm: str, m: re.Match[str]) -> bool:
    """Whether the date ``m`` of block ``b`` is said to be another article's or is a header
    calendar's day."""
    return bool(_OTHER_ITEM_DATE_RE.search(norm[: m.start()])) or _lunar_calendar(page, b, norm, m)


def _lunar_calendar(page: Page, b: Block, norm: str, m: re.Match[str]) -> bool:
    """Whether a lunar date follows the date ``m`` on its line or opens the next block: a
    header calendar (dugushici.com: ``<li>2024年05月28日</li><li>农历：甲辰年 四月 廿一</li>``)."""
    if _LUNAR_RE.search(norm[m.end() :]):
        return True
    nxt = page.blocks[b.idx + 1] if b.idx + 1 < len(page.blocks) else None
    return nxt is not None and _LUNAR_RE.search(nfkc(nxt.text)) is not None


# A day with its weekday and no clock (``2021年10月7日 星期四``): how a header calendar prints today
_WEEKDAY_CN_RE = re.compile(WEEKDAY_CN)
# Link rows (a nav, a hot list) between a calendar and the headline below it that put it in the
# page's header or top bar, not in the headline's box
_CALENDAR_LINK_ROWS = 3


def _calendar_over_headline(page: Page, b: Block, norm: str, m: re.Match[str], head: str) -> bool:
    """Whether the date ``m`` of block ``b`` is a header calendar's day: a date with its weekday
    and no clock standing over the headline with a nav or a list of links between them
    (mydrivers' top bar ``2021年10月7日 星期四`` over a hot list, ten lines above the headline;
    the lead's session-27 decision: the day of the visit, never the publish date). A weekday
    date by the headline, in its box, is the article's (mingpao's print edition's
    ``2018年12月17日星期一`` over the column's heading and the story menu above the ``<h1>``)."""
    if ":" in m.group(0) or _WEEKDAY_CN_RE.search(norm[m.start() :]) is None:
        return False
    rows = 0
    for nxt in page.blocks[b.idx + 1 :]:
        if nxt.owner.tag == "h1" or (head and "".join(nfkc(nxt.text).split()) == head):
            return rows >= _CALENDAR_LINK_ROWS
        rows += nxt.link * 2 > nxt.chars
    return False


# An ad's badge printed beside its date in a feed or a forum thread, and a comment's reply
# button after its date (``2023-3-8 13:30回复``)
_AD_BADGE_RE = re.compile(r"广告|廣告|推广|推廣|回复$|回覆$|(?i:reply)$")


# A code listing's class (Hexo's ``figure.highlight`` > ``td.code`` > ``pre``, Hugo's
# ``div.highlight``, Prism's ``language-c``)
_CODE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:highlight|code|language|lang)(?:$|[\s_-])")


def _code_listing(el: Any) -> bool:
    """Whether ``el`` is a ``<pre>`` of a code listing: one holding ``<code>`` or inside a
    highlighter's box (hegongshan's C lesson prints ``作者：谭浩强，书名：C程序设计`` below the
    text: a program's output, not the post's credit)."""
    if el.tag != "pre":
        return False
    if el.find(".//code") is not None:
        return True
    for _ in range(3):  # the pre, its cell or box, the figure around them
        if _CODE_CLASS_RE.search(el.get("class") or ""):
            return True
        el = el.getparent()
        if el is None:
            return False
    return False


def _in_code_listing(el: Any) -> bool:
    """Whether ``el`` is a code listing's ``<pre>`` or inside one (a highlighter's line span)."""
    for _ in range(4):
        if el is None:
            return False
        if el.tag == "pre":
            return _code_listing(el)
        el = el.getparent()
    return False


# The words a closing ``DATE OUTLET`` line may set before its outlet (``原创 南方都市报 DATE``,
# ``DATE | 来自:厦门日报``): where the item came from, no word of a sentence
_OUTLET_LEAD_RE = re.compile(
    r"(?:原创|原創|来源|來源|来自|來自|出处|出處|稿源|转载|轉載)\s*[:：]?\s*"
)
# What parts the items of such a line (blanks and bars)
_ITEM_SPLIT_RE = re.compile(r"[\s|丨｜│/·]+")
# A sentence's marks: an item holding one is prose, no outlet's or writer's name
_PROSE_MARK_RE = re.compile(r"[。，,；;！？!?：:、“”\"《》]")
# A view counter with its count before the word (風傳媒's ``237 點擊數``), which the controls'
# pattern (the word first) leaves its count of
_COUNT_FIRST_RE = re.compile(rf"(?<!\S)\d+\s*(?:{either(VIEW_WORDS)})(?:数|數|量|次)?(?!\S)")
#: An outlet's or a writer's name on such a line is short; the line holds at most three of them.
_OUTLET_ITEM_MAX = 14
_OUTLET_ITEMS_MAX = 3
#: The text's last paragraphs searched for the line, and the blocks right under it.
_CLOSING_PARAS = 3
CLOSING_AFTER = 4


def _outlet_items(words: str) -> list[str] | None:
    """The names a closing date line sets beside its date (``游民星空[整理]``, ``国土资源部网站 吴启华``),
    its source labels aside; None when a word is no name (prose, a long run, a number)."""
    words = _OUTLET_LEAD_RE.sub(" ", words)
    items = [w for w in _ITEM_SPLIT_RE.split(words) if w]
    if any(
        len(w) > _OUTLET_ITEM_MAX or _PROSE_MARK_RE.search(w) or not re.search(r"[^\W\d_]", w)
        for w in items
    ):
        return None
    return items


def _date_outlet_line(b: Block) -> str | None:
    """The date of ``b`` when the block is a date and the outlet (and writers) it came from,
    nothing more: ``2019-09-05 11:10 游民星空[整理]``, ``2018-10-31  中国证券报``, ``原创 南方都市报
    2019-09-09 16:01:46``. Names before the date need its clock: a notice's signature (a unit's
    name over the day it was signed) shows none."""
    if b.chars > 60:
        return None
    norm = _COUNT_FIRST_RE.sub(" ", nfkc(b.text))
    m = DATE_RE.search(norm)
    if m is None:
        return None
    norm = without_controls(norm, m)
    m = DATE_RE.search(norm)
    if m is None or DATE_RE.search(norm, m.end()) is not None:
        return None
    before, after = _outlet_items(norm[: m.start()]), _outlet_items(norm[m.end() :])
    if before is None or after is None or not 1 <= len(before) + len(after) <= _OUTLET_ITEMS_MAX:
        return None
    if before and (after or ":" not in m.group(0)):
        return None
    if any(len("".join(nfkc(node_text(a)).split())) > _MAX_SHORT_LINK for a in b.owner.iter("a")):
        return None  # a linked headline: a related item's row
    return m.group(0).strip()


def closing_date_line(paras: list[Block], after: list[Block], container: Any | None) -> str | None:
    """The date of the one unlabelled ``DATE OUTLET`` line closing the text (among its last
    paragraphs or right under them, ``after``: at most ``CLOSING_AFTER`` blocks, down to the
    next section's heading), in the text's own container and in no list (the lead's session-26
    decision on robust110's ``position`` variants: a CMS printing its meta line under the text). Only read where no date
    stands by the headline (the chain's later tiers). None when two such lines stand there (a
    list of dated rows) or none."""
    if container is None:
        return None
    found = []
    for b in paras[-_CLOSING_PARAS:] + after:
        if DATE_CHAR_RE.search(b.text) is None:
            continue
        day = _date_outlet_line(b)
        if day is None:
            continue
        inside = holds(container, b.owner)
        listed = b.owner.tag == "li" or next(b.owner.iterancestors("li"), None) is not None
        if not inside or listed:
            return None
        found.append(day)
    return found[0] if len(found) == 1 else None
