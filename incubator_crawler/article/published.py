"""Publish date: where the page states it, and how it is parsed to ISO 8601 at its precision.

Chain (``find_published``, the rule goes to ``rules["published"]``): the labelled date of the
meta line > meta tags > JSON-LD > a ``<time>`` marked as the publish date > an unlabelled date
on the meta line > a date kept in a script > a labelled date in the trailer > any date between
the title and the text > a bare date in the trailer > the URL's day > an update-date meta tag >
the URL's month. A yearless labelled date yields to a full date elsewhere on the page (a
same-day update date included). A structured date (meta tag, JSON-LD, a marked ``<time>``, the
URL's day) wins over a line's date more than a day away from it, unless more sources back the
line's day, or the line is labelled as the publish date (发布时间, 发布日期, 发表时间 …) and no
second source backs the structured one. Where no meta line shows a date, a date that only the
head, a ``<time>`` attribute or the address states must be shown on a Chinese page (its month
and day or its clock outside the article's paragraphs down to the text's end, or its full date
anywhere; ``3月5日，大赛举行`` in the text is its event): else it is not the reader's date, nor a
witness against a line's, and the chain goes on (misses59, dates63).

Parsing (``parse_cn_date``): the publish-date strings of Chinese news pages become ISO 8601 at
the page's precision. Rules:

* NFKC first (full-width digits and colons), whitespace collapsed.
* A labelled date (发布时间：…) wins over any other date in the string; specific
  labels (发布/公开/PublishTime) are tried before generic ones (时间/日期).
* Full dates (year, month, day) are searched anywhere; the earliest one wins.
  Partial and relative shapes (04-24, 2024年4月, 昨天, 3小时前) must start the
  (label-stripped) string, so body noise such as ``2023年以来`` never becomes a date.
* Year-only or month-only evidence keeps its precision: we never invent Jan 1.
* Everything is Asia/Shanghai; output carries ``+08:00``. Seconds precision only
  when seconds are written.
* Impossible dates and dates more than one day after ``now`` (the fetch time) are
  rejected.
* dateparser is a last resort, only with an explicit 4-digit year and fixed languages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from ..calendar_words import MONTH_ABBRS, MONTHS, alternatives, with_longer
from ..numerals import CHINESE_DIGITS, chinese_number
from .counters import READ_WORDS
from .gate import gated
from .labels import (
    AFTER_BLANK_OR_BRACKET,
    BARE_DATE_LABELS,
    CN_MONTH_FIRST,
    LABEL_RE,
    LABELS,
    LABELS_EN,
    POSTER_LABELS,
    ROC_DIGITS_DATE,
    ROC_YEAR,
    SHORT_YEAR_CLOCK,
    SHOWN_PUBLISH_LABELS,
    WEEKDAY_CN,
    WRITER_LABELS,
    ZONE_UTC8,
    alternation,
    change_dated,
    posted_on,
    short_year_written_out,
    update_label,
)
from .page import BLOCK_TAGS, first_meta, node_text
from .text import HAN_RE, NBSP_ENTITY, WHITESPACE_RUN, ZERO_WIDTH, nfkc

if TYPE_CHECKING:
    from .extract import ExtractedArticle
    from .page import Block

# --------------------------------------------------------------------------- where the date is

# A day written with dashes, underscores or slashes, as a folder or in a file name (sina
# ``/2024-04-24/doc-…``, chinanews ``/2024/04-24/…``, ``news_2024_04_24.html``, ``/2024/03/05.html``,
# ``/2024/3/5/``): htmldate's URL shape, read anywhere in the path, and in the query
# (``?date=2024-03-05``) when the path names no day.
_URL_DAY_ANYWHERE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_/](0?[1-9]|1[0-2])[-_/](0?[1-9]|[12]\d|3[01])(?!\d)"
)

# Dates in URLs: TRS ``t20240424_``, newspaper ``/2025-01/17/``, ``/20150615/``, month folder
# ``/202404/``. URL dates are a last resort (they can be the generation date or month only).
URL_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),
    # WordPress ``/2024/04/22/slug/``; Hanweb government portals ``/art/2024/3/5/art_1_2.html``
    re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/"),
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/art_"),
    # a day folder under a month folder (chinadaily ``/a/202404/24/WS…``, ``/202404/24/1.htm``)
    re.compile(r"/((?:19|20)\d{2})(\d{2})/(\d{2})/"),
    _URL_DAY_ANYWHERE,
    # eight digits of a day before a letter, a dot or a dash (qq ``/rain/a/20240424A01…``,
    # ``doc-20240424.html``)
    re.compile(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[A-Za-z._-])"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})/"),
)

META_PUBLISHED_NAMES: tuple[str, ...] = (
    "pubdate",
    "article:published_time",
    "og:release_date",
    "datepublished",
    "publishdate",
    "pubtime",
    "_pubtime",
    "publish_time",
    "og:published_time",
    "firstpublishedtime",
    # sina and weibo articles; Dublin Core and citation tags of government and journal CMSs
    "weibo:article:create_at",
    "weibo: article:create_at",
    "publish-date",
    "article:published",
    "dc.date.issued",
    "dcterms.issued",
    "citation_publication_date",
    # the rest of the publish-date names htmldate reads (its DATE_ATTRIBUTES), minus the loose
    # ones (``date``, ``created``, ``timestamp``, ``gentime``: the page's build time as often)
    "og:article:published_time",
    "article:published_date",
    "article:post_date",
    "article.published",
    "published_time",
    "published-date",
    "published_date",
    "publisheddate",
    "publish_date",
    "publication_date",
    "date_published",
    "datecreated",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "dc.date",
    "dc.date.created",
    "dc.date.publication",
    "dc.created",
    "dcterms.created",
    "dcterms.date",
    "parsely-pub-date",
    "sailthru.date",
    "rnews:datepublished",
    "originalpublicationdate",
    "release_date",
    # and the ones htmldate 1.11 added (still without ``date``, ``created``, ``timestamp``,
    # ``gentime`` and ``meta``)
    "analyticsattributes.articledate",
    "article.created",
    "article:publicationdate",
    "article_date_original",
    "bt:pubdate",
    "citation_date",
    "content_create_date",
    "cxenseparse:recs:publishtime",
    "date_created",
    "dateposted",
    "dc:created",
    "dc:date",
    "dcsext.articlefirstpublished",
    "displaydate",
    "doc_date",
    "field-name-post-date",
    "mediator_published_time",
    "og:article:published",
    "og:question:published_time",
    "og:regdate",
    "pdate",
    "ptime",
    "rbpubdate",
    "shareaholic:article_published_time",
    "twt-published-at",
    "video:release_date",
    "vr:published_time",
)

_YEAR_RE = re.compile(r"(?:19|20)\d{2}|年")

_MONTH_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[-/.月]\s*(\d{1,2})")

_FULL_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")

# the CMS's update time. htmldate's other modified names (``og:updated_time``, ``lastmod`` …) were
# tried as well (dates4): on the corpus they dated only two list pages, with their build time
_UPDATE_META_NAMES = ("dateupdate", "datemodified", "article:modified_time", "lastmodified")


def time_element_date(root: Any) -> tuple[str, bool, str] | None:
    """The ``datetime`` of the page's ``<time>`` element that dates the article, whether the
    element is marked as the publish date, and the element's own text (what the reader sees).

    One marked as the publish date (``itemprop=datePublished``, ``pubdate``, a class naming
    publish / post / entry date) wins; else the first ``<time datetime>``. A mark that several
    elements carry on different days is a list's (WordPress themes print ``<time pubdate>`` on
    every comment): it singles out nothing, and the first one is an unmarked witness; but
    ``itemprop=datePublished`` on one day alone still names the item's date beside them. Read
    through ``iter("time")``: an attribute search over the whole tree (XPath) costs a third of
    the parse.
    """
    first = marked = item = None
    several = item_several = False
    for el in root.iter("time"):
        value = (el.get("datetime") or "").strip()
        if not value or _comment_time(el):
            continue
        if first is None and not _listed_post_time(el):
            first = value, node_text(el)
        marks = f"{el.get('itemprop') or ''} {el.get('class') or ''}".lower()
        if "datepublished" in (el.get("itemprop") or "").lower():
            # the item's own schema.org mark: other marks on other days beside it are its comments'
            # (pigprogress.net: ``itemprop="datePublished"`` over the headline, ``<time pubdate>`` on
            # each comment under the text)
            if item is None:
                item = value, node_text(el)
            elif item[0][:10] != value[:10]:
                item_several = True
        if el.get("pubdate") is not None or _TIME_PUBLISHED_RE.search(marks):
            if marked is None:
                marked = value, node_text(el)
            elif marked[0][:10] != value[:10]:
                several = True
    if item is not None and not item_several:
        return item[0], True, item[1]
    if marked is not None and not several:
        return marked[0], True, marked[1]
    return (first[0], False, first[1]) if first else None


_TIME_PUBLISHED_RE = re.compile(r"datepublished|publish|post-?date|entry-date|created")


def _listed_post_time(el: Any) -> bool:
    """True for a ``<time>`` dating one item of a list of posts: its ``<li>`` holds a titled link
    (more than 4 characters, not the date's own) and another ``<li>`` of the same list holds a
    ``<time>`` too. A Hexo theme's 最新文章 sidebar (``<li>… <a>TITLE</a> <time
    itemprop=datePublished>``) on a page whose own date is no ``<time>``: the first such element is
    another post's day, no witness of the page's (distract: a sidebar list's date beat the page's
    own row). Only a ``<time>`` marked ``itemprop=datePublished`` (each post's schema.org date); a
    meta list's ``<li><time>`` with no title link beside it is still read."""
    li = next(el.iterancestors("li"), None)
    if li is None:
        return _aside_post_time(el)
    if "datepublished" not in (el.get("itemprop") or "").lower():
        # a comment's ``<time pubdate>`` row: audit109 keeps it as the unmarked witness
        return False
    if not _titled_link(li, el):
        return False
    parent = li.getparent()
    return parent is not None and any(
        other is not li and other.tag == "li" and next(other.iter("time"), None) is not None
        for other in parent
    )


# A commenter's line, ending in what the commenter said (WordPress's ``金华 on March 26, 2009 at
# 10:26 pm said:``, a Chinese theme's ``金华 2009年3月26日 说：``): its <time> dates a comment, not
# the item, wherever the comment block stands (distract119: one comment's ``<time pubdate>`` beat
# the page's own date line, or dated a page that shows none)
_COMMENTER_LINE_RE = re.compile(r"(?:\b(?:said|says|wrote)|[说說]道?)\s*[:：]\s*$", re.IGNORECASE)


def _titled_link(item: Any, el: Any) -> bool:
    """True when ``item`` holds a link with a title of more than 4 characters that is not the
    ``<time>`` ``el``'s own."""
    return any(
        a.get("href") and len(node_text(a).strip()) > 4 and el not in a.iter("time")
        for a in item.iter("a")
    )


def _aside_post_time(el: Any) -> bool:
    """True for a ``<time>`` in no ``<li>`` that dates one entry of a list of other posts: within
    three levels up, an element holding a titled link whose siblings of its tag hold a ``<time>``
    too. Hexo Butterfly's 最新文章 aside (``<div class=aside-list-item><a class=thumbnail>…<div
    class=content><a class=title>TITLE</a><time datetime>``) on a page with no date of its own (a
    club site's game rules, audit301): its first ``<time>`` is the newest post's day."""
    node = el
    for _ in range(3):
        item = node.getparent()
        parent = item.getparent() if item is not None else None
        if parent is None:
            return False
        if any(
            other is not item
            and other.tag == item.tag
            and next(other.iter("time"), None) is not None
            for other in parent
        ):
            return _titled_link(item, el)
        node = item
    return False


# WordPress's marks on a comment and the list of them (``comment_class()``: ``<li id=comment-43627
# class="comment even depth-1">``, ``<ol class=comment-list>`` in ``<div id=comments>``): a token of
# the id or the class, whole
_COMMENT_MARK_RE = re.compile(
    r"(?:^|\s)(?:(?:div-)?comment-\d+|comments?|comment-(?:list|body|meta|author)|commentlist)(?:\s|$)"
)


def _comment_time(el: Any) -> bool:
    """True for a ``<time>`` in a commenter's line (``_COMMENTER_LINE_RE``), the line its nearest
    block, or inside an element WordPress marks as a comment (``_COMMENT_MARK_RE``: a theme that
    prints ``群二少 | <time>January 5, 2018 at 3:18 pm</time> | Reply`` with no 说 after the name,
    on a post that shows no date of its own, audit301)."""
    if any(
        _COMMENT_MARK_RE.search(f"{up.get('id') or ''} {up.get('class') or ''}")
        for up in el.iterancestors()
    ):
        return True
    for up in el.iterancestors():
        if up.tag in BLOCK_TAGS:
            text = node_text(up).strip()
            return len(text) <= 120 and _COMMENTER_LINE_RE.search(text) is not None
    return False


#: The units of a relative time (``3 小時前``), in simplified and traditional characters;
#: ``REL_AGO`` reads them (and a bare 分) and ``_REL_UNITS`` counts them.
_REL_UNIT_CN = "秒|分钟|分鐘|小时|小時|个小时|個小時|天|日|周|週|星期|个月|個月|月|年"
# A relative time as a reader sees it (``3 天前``, ``1周前``, ``刚刚``, ``昨天 10:20``).
_RELATIVE_SHOWN_RE = re.compile(rf"\d+\s*(?:{_REL_UNIT_CN})\s*前|刚刚|昨天|前天|\bago\b")
#: Attributes where a template keeps the exact time behind a relative or yearless one
#: (``data-utime``: unix seconds, Facebook's and its imitators').
_TIME_ATTRS = (
    "title",
    "data-tooltip",
    "data-original-title",
    "data-time",
    "data-date",
    "data-utime",
)
#: A month and day shown without a year (``03-05 10:20``, ``3月5日``); no 4-digit year in the line.
_YEARLESS_SHOWN_RE = re.compile(
    r"(?<!\d)(?:0?[1-9]|1[0-2])\s*[-/月]\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)"
)
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
_UNIX_ATTR_RE = re.compile(r"^\s*1\d{9}\s*$")


def titled_relative_date(header: list[Any]) -> str | None:
    """The full date a template keeps behind a relative or yearless time between the title and
    the text.

    Forums and blogs show ``发表于 3 天前`` or ``创建于 1周前`` and put the exact time in the
    element's ``title`` (Discuz, timeago, learnku's tooltip): the reader sees it on hover, and
    the relative words, read long after the page was saved, name no day at all. A date shown
    without its year (``<abbr class=published title="2024-03-05T10:20">3月5日</abbr>``,
    ``<span data-utime=…>03-05 10:20</span>``) leaves the year to guessing the same way.
    ``header``: the blocks between the title and the text; the first short line with such a
    time whose element (or one inside it) holds a full date (or unix seconds) in such an
    attribute gives it.
    """
    for b in header:
        text = b.text
        if b.chars > 80:
            continue
        # literal tests first: nearly no header line holds a relative time
        if "前" in text or "刚刚" in text or "昨天" in text or "ago" in text:
            if not _RELATIVE_SHOWN_RE.search(text):
                continue
        elif not _YEARLESS_SHOWN_RE.search(text) or _FOUR_DIGITS_RE.search(text):
            continue
        for el in b.owner.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in _TIME_ATTRS:
                value = el.get(attr)
                if not value:
                    continue
                if _FULL_DATE_RE.search(value) or _UNIX_ATTR_RE.match(value):
                    if parse_cn_date(value.strip()) is not None:
                        return value.strip()
    return None


def find_published(
    art: ExtractedArticle,
    fields: dict[str, str],
    metas: dict[str, tuple[str, str]],
    ld: dict[str, Any],
    url: str,
    script_date: str | None,
    trailer: dict[str, str],
    time_el: tuple[str, bool, str] | None = None,
    shown: tuple[list[Block], int, frozenset[int]] | None = None,
    headline_lines: list[Block] | None = None,
) -> None:
    """Set ``art.published_raw`` and its rule from the first source in the chain that has one.

    ``time_el``: the ``<time>`` element's date, whether it is marked as the publish date and
    the text it shows (``time_element_date``). ``shown``: the page's blocks and the index just past
    the text's end; they must show the day of a date only the head states (``_head_day_unseen``).
    ``headline_lines``: the blocks from the headline to the text's first paragraph (the
    headline's meta line among them); None when the page shows no headline or no text."""
    time_date, marked, time_shown = time_el or (None, False, "")
    dates = _PageDates()
    dates.headline_lines = headline_lines
    if shown is not None and not fields.get("published"):
        dates.shown = shown
        dates.time_text = western_numerals(nfkc(time_shown)) if time_shown else ""
    _choose_published(art, fields, metas, ld, url, script_date, trailer, time_date, marked, dates)
    raw = art.published_raw
    if raw and (kept := _utc_day_the_url_names(raw, url, dates)) is not None:
        art.published_raw = kept
        art.rules["published"] += "(UTC day of url)"
    elif raw and (kept := _day_shown(raw, time_shown or _line_day(fields), dates)) is not None:
        art.published_raw = kept
        art.rules["published"] += "(day shown)"
    elif raw and (kept := _wall_clock_shown(raw, fields, trailer, dates)) is not None:
        art.published_raw = kept
        art.rules["published"] += "(wall clock shown)"
    elif raw and (kept := _clock_shown(raw, art.rules["published"], fields, time_shown, ld, dates)):
        art.published_raw = kept
        art.rules["published"] += "(clock shown)"
    elif raw and (kept := _short_year_clock_shown(raw, art, dates)):
        art.published_raw = kept
        art.rules["published"] += "(yy clock shown)"
    elif (
        raw
        and art.rules["published"].startswith("time-element")
        and _SHOWN_DAY_RE.match(time_shown)
    ):
        # a <time> showing only its day (``2018年9月28日``) gives the day: the hour in its
        # datetime attribute is not shown (LABELLING.md corpus28, a period of day is a day)
        day = dates.parse(time_shown)
        if day is not None and day.value == (dates.day(raw) or "")[:10]:
            art.published_raw = time_shown.strip()
            art.rules["published"] += "(day shown)"
    elif (
        raw
        and art.rules["published"].startswith("time-element")
        and (day := _day_in_other_order(time_shown, dates.day(raw) or "")) is not None
    ):
        # the same for a day written month first or with the month's name (WordPress's
        # ``<time datetime="2019-12-08T13:04:00+08:00">12-8-2019</time>``, ``Dec 8, 2019``)
        art.published_raw = day
        art.rules["published"] += "(day shown)"
    if raw and art.rules["published"].startswith("meta-line:date"):
        # an unlabelled time under the headline and a labelled publish time of the same day
        # under the text (星島日報: 17:24 under the h1, ``建立時間：16:41`` / ``更新時間：17:24`` at
        # the foot): the label says which time is the publish time (LABELLING.md corpus41)
        labelled = trailer.get("published") or ""
        day = dates.day(labelled) if labelled else None
        if day is not None and date_label(labelled) and day == dates.day(raw):
            art.published_raw, art.rules["published"] = labelled, "trailer(labelled, same day)"
    if raw and art.rules["published"].startswith("url:"):
        shown = fields.get("published") or art.byline_raw or ""
        if (line := _short_year_line(shown, dates.now, raw)) is not None:
            art.published_raw = line
            art.rules["published"] += "(yy line)"
    elif not raw and (
        line := _short_year_line(fields.get("published") or art.byline_raw or "", dates.now)
    ):
        # no other date anywhere: the meta line's own ``yy-MM-dd HH:mm`` is the date shown
        art.published_raw, art.rules["published"] = line, "meta-line:yy clock"


# A ``yy-MM-dd HH:mm`` date (labels.SHORT_YEAR_CLOCK: 内蒙古新闻网's ``09-11-21 13:34``) opening a
# line (after a bare 发布 too: DedeCMS's ``发布：21-06-11 15:11``), after a blank or glued after a
# closing bracket (gmw.cn's ``来源：光明网-《光明日报》21-07-15 16:21``, two spans run together)
_SHORT_YEAR_LINE_RE = re.compile(
    r"(?:^\s*(?:发布\s*:\s*)?|" + AFTER_BLANK_OR_BRACKET + ")" + SHORT_YEAR_CLOCK
)


# A labelled ``yy-MM-dd HH:mm`` (a 信息公开 box's ``成文日期: 18-04-19 09:53``): the clock makes the
# order year-month-day (session 26), so the label's value names its year as a full date does and
# a machine date (PubDate) on another day is no reason to drop it (the box's date is the page's)
_LABELLED_SHORT_YEAR_RE = re.compile(r":\s*" + SHORT_YEAR_CLOCK)


def _short_year_line(line: str, now: datetime, url_day: str = "") -> str | None:
    """The line's ``yy-MM-dd HH:mm[:ss]`` as a full date, when the address names that very day
    (LABELLING.md's thirteenth round reads 09-11-21 as 2009 when /2009/11/21/ agrees) or, with
    no ``url_day``, when the line is the page's only date (its clock makes the shape certain).
    ``now``: the chain's one clock reading for the page (no year after it)."""
    # (after a blank too: the outlet or the writer may come first, toutiao's ``原创 南方都市报
    # 19-09-09 16:01:46``, qbitai's ``杰西卡 25-04-21 13:09:10 来源：量子位``)
    m = _SHORT_YEAR_LINE_RE.search(nfkc(line))
    if m is None:
        return None
    full = short_year_written_out(m)
    if full[:4] > str(now.year) or url_day and full[:10] != url_day[:10]:
        return None
    return full


def _wall_clock_shown(
    raw: str, fields: dict[str, str], trailer: dict[str, str], dates: _PageDates
) -> str | None:
    """A ``Z`` time kept as written (no zone) when the page's date line shows that very wall
    clock (ltn: ``pubdate`` 2018-07-31T08:19:35Z over a shown 2018-07-31 08:19): the CMS put
    ``Z`` on its local time, and converting would move the hour (or the day) off the one shown."""
    raw = raw.strip()
    if not _ISO_Z_RE.match(raw):
        return None
    for shown in (fields.get("published"), trailer.get("published_header")):
        parsed = dates.parse(shown) if shown else None
        if parsed and parsed.precision in ("minute", "second") and parsed.value[:16] == raw[:16]:
            # at the precision shown: a line showing the minute keeps no machine's seconds
            # (頭條日報: ``2018-09-19T11:05:00Z`` under a shown ``2018-09-19 11:05``)
            return raw[:16] if parsed.precision == "minute" else raw[:-1]
    return None


def _clock_shown(
    raw: str,
    rule: str,
    fields: dict[str, str],
    time_shown: str,
    ld: dict[str, Any],
    dates: _PageDates,
) -> str | None:
    """The date line's own value when the machine date the chain took gives only its day and the
    line under the headline shows that very day with its clock (people.com.cn / gmw.cn:
    ``<meta name="publishdate" content="2019-06-15">`` over a shown ``2019年06月15日08:18``;
    digitimes: JSON-LD ``2024/09/06`` over ``<time>2024/09/06 02:50</time>``): the date a
    reader sees is the page's (LABELLING.md), at the precision shown. A shown clock on another
    day, or a machine date with its own clock, changes nothing here. Where the JSON-LD writes
    that very wall clock in another zone (Fox News: ``10:32:48-04:00`` shown as ``10:32am``), the
    clock shown is the site's own: the JSON-LD's value, zone and all."""
    day = _machine_day(raw, rule, ("meta:", "jsonld:", "time-element"), dates)
    if day is None:
        return None
    for shown in (fields.get("published"), time_shown):
        if not shown or not _DIGIT_CLOCK_RE.search(shown):
            continue
        line = dates.parse(shown)
        if line and line.precision in ("minute", "second") and line.value[:10] == day:
            ld_date = ld.get("datePublished")
            zoned = _ZONED_CLOCK_RE.search(ld_date) if isinstance(ld_date, str) else None
            if zoned and zoned["zone"] not in _SHANGHAI_ZONES and zoned["hm"] == line.value[11:16]:
                return ld_date.strip()
            return shown.strip()
    return None


def _short_year_clock_shown(raw: str, art: Any, dates: _PageDates) -> str | None:
    """The meta line's ``yy-MM-dd HH:mm`` when the machine date the chain took gives only its day
    and the line shows that very day with its clock (gmw.cn written ``22-06-28 11:56`` under a
    ``publishdate`` meta of 2022-06-28), as :func:`_clock_shown` takes a full date's clock."""
    if not art.byline_raw:
        return None
    day = _machine_day(raw, art.rules["published"], ("meta:", "jsonld:"), dates)
    return None if day is None else _short_year_line(art.byline_raw, dates.now, day)


def _machine_day(raw: str, rule: str, rule_kinds: tuple[str, ...], dates: _PageDates) -> str | None:
    """The day (``YYYY-MM-DD``) of a machine date the chain took by one of ``rule_kinds`` when it
    gives only its day, the case the two clock-shown readings above complete."""
    if not rule.startswith(rule_kinds):
        return None
    parsed = dates.parse(raw)
    return parsed.value if parsed is not None and parsed.precision == "day" else None


# an ISO time's wall clock and its zone (``T10:32:48-04:00``, ``T09:11:31.000Z``)
_ZONED_CLOCK_RE = re.compile(
    r"T(?P<hm>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?P<zone>Z|[+-]\d{2}:?\d{2})\s*$"
)
_SHANGHAI_ZONES = frozenset(("+08:00", "+0800"))


# a clock's hour and minute (``08:18``, ``下午3:12``), the cheap test before a shown line is parsed
_DIGIT_CLOCK_RE = re.compile(r"\d[:：]\d{2}")


_ISO_Z_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$")


# A <time> element's text that is a full date and nothing else (``2022-02-05``, ``2022年2月5日``)
_SHOWN_DAY_RE = re.compile(rf"^\s*{_FULL_DATE_RE.pattern}\s*日?\s*$")


# The day closing a meta line's date value, no hour after it (``發表於 2022-02-05``)
_LINE_DAY_RE = re.compile(rf"(?<![\d:]){_FULL_DATE_RE.pattern}\s*日?\s*$")


# A <time> element's text that is a day and nothing else, in any order: its numbers and at most
# a month's name (``12-8-2019``, ``8/12/2019``, ``Dec 8, 2019``, ``8 December 2019``), no clock
_OTHER_ORDER_DAY_RE = re.compile(
    r"^\s*(?:(?P<a>\d{1,4})|(?P<ma>[A-Za-z]{3,9})\.?)\s*[-/., ]\s*"
    r"(?:(?P<b>\d{1,4})|(?P<mb>[A-Za-z]{3,9})\.?)\s*[-/., ]\s*(?P<c>\d{1,4})\s*$"
)


def _day_in_other_order(shown: str, day: str) -> str | None:
    """``day`` (ISO) when ``shown`` is that very day written in another order or with the
    month's English name, and nothing more (no clock); else None. Only a day whose year, month
    and day numbers the text holds, each once, counts: the order need not be guessed."""
    m = _OTHER_ORDER_DAY_RE.match(nfkc(shown or ""))
    if m is None or len(day) < 10:
        return None
    year, month, mday = int(day[:4]), int(day[5:7]), int(day[8:10])
    numbers = [int(m[g]) for g in ("a", "b", "c") if m[g]]
    name = (m["ma"] or m["mb"] or "").lower()[:3]
    if name:
        if name not in _EN_MONTHS or _EN_MONTHS.index(name) + 1 != month:
            return None
        want = [year, mday]
    else:
        want = [year, month, mday]
    return day[:10] if sorted(numbers) == sorted(want) and year in numbers else None


def _line_day(fields: dict[str, str]) -> str:
    """The bare day the meta line shows as the publish date; "" when it shows an hour or none."""
    found = _LINE_DAY_RE.search(fields.get("published") or "")
    return found.group(0) if found else ""


def _day_shown(raw: str, shown: str, dates: _PageDates) -> str | None:
    """The day a ``<time>`` element (or a meta line) shows, kept when converting the UTC time
    behind it to Beijing time moves it to another day (Hexo NexT:
    ``datetime="2022-02-05T18:13:50+00:00"`` shown as 2022-02-05, the meta tags saying ``…Z``):
    the reader sees the page's day, and no hour is shown. Other zones, or a shown day the raw
    time does not write, change nothing."""
    raw = raw.strip()
    if not _ISO_Z_RE.match(raw) or not _SHOWN_DAY_RE.match(shown):
        return None
    day, parsed = dates.parse(shown), dates.parse(raw)
    if day is None or parsed is None or day.value != raw[:10] or parsed.value[:10] == day.value:
        return None
    return shown.strip()


def _utc_day_the_url_names(raw: str, url: str, dates: _PageDates) -> str | None:
    """A ``Z`` time kept in UTC (``+00:00``) when the page's address names its UTC day and
    converting to Beijing time would move it to the next day: the CMS wrote the address in the
    site's own day (nytimes ``/2024/05/09/`` over ``2024-05-09T21:28:48Z``, shown as 5月 9),
    so that day is the one its readers see. Without such an address ``Z`` stays converted."""
    raw = raw.strip()
    if not _ISO_Z_RE.match(raw):
        return None
    ud = url_date(url)
    if ud is None or ud[0] != raw[:10]:
        return None
    parsed = dates.parse(raw)
    if parsed is None or parsed.value[:10] == raw[:10]:
        return None
    return raw[:-1] + "+00:00"


def _choose_published(
    art: ExtractedArticle,
    fields: dict[str, str],
    metas: dict[str, tuple[str, str]],
    ld: dict[str, Any],
    url: str,
    script_date: str | None,
    trailer: dict[str, str],
    time_date: str | None,
    time_marked: bool,
    dates: _PageDates,
) -> None:
    """The chain: the first source that has a date sets ``art.published_raw`` and its rule."""
    rules = art.rules
    _day = dates.day
    # labelled line > meta tags > JSON-LD > unlabelled date on the line > script > trailer > URL
    pub = fields.get("published") or ""
    lab = _shown_label(pub) if pub else ""
    m = first_meta(metas, META_PUBLISHED_NAMES)
    if m and _is_render_stamp(m[1], metas) and (not pub or _days_apart(_day(pub), _day(m[1])) > 1):
        # a machine date equal to the page's render stamp was rewritten when the page was
        # generated again, so it is no witness against the date the reader sees (gansu.gov.cn:
        # PubDate and 页面生成时间 both 2025-03-27 09:36:38, 日期：2025-02-26 11:54 shown), nor
        # a publish date where the page shows none (csrc.gov.cn's 规章 view of a 2015 rule:
        # PubDate and 页面生成时间 both 2025-10-25 11:32:37)
        m = None
    if pub and not _YEAR_RE.search(norm := nfkc(pub)) and not _LABELLED_SHORT_YEAR_RE.search(norm):
        # ``发布时间：09-05 11:10`` leaves the year to guessing: a full date elsewhere in the
        # page (meta tags, JSON-LD, script) is the publish date with its year, and so is an
        # update date that falls on the same month and day (baijiahao's dateUpdate)
        same_day = _same_day_full_date(pub, metas)
        if same_day:
            raw = _at_shown_clock(same_day[1], pub)
            art.published_raw, rules["published"] = raw, f"meta:{same_day[0]}(same day)"
            return
        if dated := _with_url_year(pub, url):
            # the address's full day on the month and day shown: two witnesses agree, the
            # year is the address's, the precision and the clock the line's (decide92)
            art.published_raw, rules["published"] = dated, "line+url(year)"
            return
        ld_date = ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None
        if _shows_another_day(pub, (m[1] if m else None, ld_date, script_date)):
            # a month and day shown without a year and no machine date on that day: the year
            # is a guess, and a machine date on another day is not the one shown (seventh
            # round, corpus30; LABELLING.md decide76): no date
            return
        if m or ld.get("datePublished") or script_date or _year_guessed(pub):
            # (with none, a month and day alone name no year: the chain goes on without them)
            pub = lab = ""
    if (
        pub
        and _lone_box_date(pub, art.byline_raw)
        and (line := _skipped_publish_line(trailer, credited=True))
    ):
        # a 发布日期 line the picker passed over for the box's 生成日期 (moe.gov.cn): the page
        # shows a publish label, so the box's other date is no publish date (the lead's
        # session-22 decision; 生成日期 / 成文日期 / 发文日期 count only where none is shown);
        # a 日期 / 时间 line crediting the source is the page's own date line just the same
        pub, lab = line, date_label(line)
    shown_at = "label"
    if (
        lab
        and change_dated(art.byline_raw or pub, pub)
        and (line := _skipped_publish_line(trailer, english=True))
        and not _year_guessed(line)
    ):
        # the meta line shows only a change date (``更新日期：Y``, ``Update Date: Y``) and a line
        # under the text is labelled as the publish date (``发布日期：X``, ``Publish Date: X``, a
        # theme printing its rows apart): a publish date a reader sees outranks a change date,
        # as it does inside one line (LABELLING.md Fields)
        pub, lab, shown_at = line, _shown_label(line), "shown"
    elif (
        not lab
        and (line := _shown_publish_line(trailer))
        and (not pub or _day(pub) == _day(line) or _off_headline_line(pub, dates))
        and not _year_guessed(line)  # ``发布时间：08-29``: no year shown (misses75), as below
    ):
        # the page shows its publish date around the text, not on its meta line (chkaos.top's
        # Hexo theme: ``本文于 2021-03-12 发布在 代码 分类下`` under the text, article:published_time
        # ``2021-03-12T09:21:41.000Z`` in the head; ``本文于 DATE 由 X 发布`` under the title, the
        # picker keeping only its date): the shown value and its precision win, the head's time
        # counts only where no date is shown (LABELLING.md, the lead's session 23)
        # An unlabelled date on another day that is not on the headline's meta line (a header
        # calendar above the headline, a notice's signature date, a sidebar date) loses to the
        # labelled publish line closing the text (the lead's session-25 decision, follow109)
        pub, lab, shown_at = line, _shown_label(line), "shown"
    # A date the page states for machines (meta tags, JSON-LD, the URL's day) is written by the
    # CMS for this article; a date read off a line may come from the wrong line (a sidebar, a
    # related story, a print date). When both give a day and the days differ, the structured
    # date wins (trafilatura and htmldate trust it first too).
    structured = _structured_date(
        m,
        ld,
        url,
        dates,
        time_date,
        script_date,
        pub,
        time_marked,
        _word_label(pub, art.byline_raw)
        or _lone_box_date(pub, art.byline_raw)
        or lab == _POSTED_LABEL,
    )
    if structured is _LINE_BACKED or structured is _LINE_SHOWN:
        # the line's day has more witnesses than the first structured date, or is labelled
        art.published_raw = pub
        how = "agreed" if structured is _LINE_BACKED else "shown"
        rules["published"] = f"{shown_at}:{lab}({how})" if lab else f"meta-line:date({how})"
        return
    if pub and structured and _days_apart(_day(pub), _day(structured[0])) > 1:
        art.published_raw, rules["published"] = structured[0], f"{structured[1]}(over line)"
        return
    ud = url_date(url)
    url_day = ud[0] if ud and len(ud[0]) == 10 else None
    update = first_meta(metas, _UPDATE_META_NAMES)
    ld_date = ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None
    candidates = (
        (pub if pub and lab else None, f"{shown_at}:{lab}"),
        (m[1] if m else None, f"meta:{m[0]}" if m else ""),
        (ld_date.strip() if ld_date else None, "jsonld:datePublished"),
        (time_date if time_marked else None, "time-element"),
        (pub or None, "meta-line:date"),
        (script_date, "script"),
        (trailer.get("published"), "trailer"),
        (trailer.get("published_header"), _UNLABELLED_LINE + "header"),
        (trailer.get("published_bare"), _UNLABELLED_LINE + "trailer"),
        # a ``DATE OUTLET`` line closing the text, no date by the headline (the lead's
        # session-26 decision: a CMS printing its meta line under the text)
        (trailer.get("published_closing"), _UNLABELLED_LINE + "closing-line"),
        (time_date, _UNLABELLED_LINE + "time-element"),
        (trailer.get("published_titled"), "title-attr"),
        # the text's closing line dating the text itself (``以上草案：写于 DATE``, ``公布时间是
        # DATE``) on a page that shows no date line: its own date, as a signature's is
        (trailer.get("published_self"), _UNLABELLED_LINE + "self-dated"),
        (url_day, f"url:{ud[1]}" if ud else ""),
        # no publish date we can read (baijiahao's ``18-03-0823:16``): the CMS's update time;
        # not where the head states a publish date the page never shows (a Hexo Butterfly page
        # with no date of its own: its update meta's day is no more the reader's; follow304)
        (
            update[1] if update and not m and not ld_date else None,
            f"meta:{update[0]}(update)" if update else "",
        ),
        (ud[0] if ud else None, f"url:{ud[1]}" if ud else ""),
    )
    # the first that parses: a labelled value the parser cannot read does not end the chain
    for raw, rule in candidates:
        if raw and dates.parse(raw) is not None:
            if _year_guessed(raw):
                # a month and day with no year (``发布时间：08-08``): the year would be guessed
                # from the fetch date; LABELLING.md's ttplus rule: no date, nor a reject's raw
                dates.unseen.add(rule)
                continue
            if rule.lstrip(_UNLABELLED_LINE).startswith(_HEAD_RULES) and _head_day_unseen(
                raw, dates
            ):
                dates.unseen.add(rule)  # not the reader's date: nor a reject's raw value
                continue
            if rule.startswith(_UNLABELLED_LINE):
                rule = rule[1:]
                if (
                    url_day
                    and _days_apart(_day(raw), url_day) > 1
                    and not _head_day_unseen(url_day, dates)
                ):
                    # an unlabelled date between the title and the text or after it, a day
                    # away from the one the address names, yields to it as the meta line's
                    # date does (a related item's date, a header clock): the address is
                    # written with the article. An address whose day the page never shows
                    # is no date of the reader's (LABELLING.md), nor a witness against one
                    art.published_raw, rules["published"] = url_day, f"url:{ud[1]}(over line)"
                    return
            art.published_raw, rules["published"] = raw, rule
            return
    for raw, rule in candidates:
        # none parses: the first is kept as the page shows it, for the record's rejects
        if raw and rule not in dates.unseen:
            art.published_raw, rules["published"] = raw, rule.removeprefix(_UNLABELLED_LINE)
            return


def _off_headline_line(pub: str, dates: _PageDates) -> bool:
    """True when the unlabelled date ``pub`` stands on none of the lines from the headline down
    to the text (so not on the headline's meta line, under or beside it); False when it does or
    when the page shows no headline and text to tell."""
    lines = dates.headline_lines
    if not lines:
        return False
    shown = "".join(western_numerals(nfkc(pub)).split())
    return bool(shown) and not any(
        shown in "".join(western_numerals(nfkc(b.text)).split()) for b in lines
    )


def _year_guessed(raw: str) -> bool:
    """Whether ``raw`` shows a month and day but no year (``发布时间：08-08``, ``07-17 10:39``).

    Only the fetch date would give it one, and a template that drops the year drops it on its
    old items too (yqxbc shows ``发布时间：08-29`` and nothing more on every post, old or new); a
    relative age (``3小时前``) is counted back from the fetch time, which a live crawl knows."""
    text = nfkc(raw).strip()
    if _YEAR_RE.search(text):
        return False
    m = LABEL_RE.match(text)
    return DATE_MD.match(text[m.end() :].strip() if m else text) is not None


#: Marks a chain rule whose date is an unlabelled line's (it yields to the address's day).
_UNLABELLED_LINE = "~"

#: Chain rules whose date only the page's head (or a ``<time>`` attribute, or its address) states.
_HEAD_RULES = ("meta:", "jsonld:", "time-element", "url:")

_EN_MONTHS = tuple(m.lower() for m in MONTH_ABBRS)


# what follows a day that opens a span of days (``11日至15日``, ``2019-10-11 ~ 10-15``)
_SPAN_ON_RE = re.compile(r"[日号]?\s*(?:至|到|~|～|—|–|－|-)\s*\d")


def _day_not_opening_span(day_re: re.Pattern[str], text: str) -> bool:
    """True when ``day_re`` finds the day in ``text`` once at least not opening a span."""
    return any(not _SPAN_ON_RE.match(text, m.end()) for m in day_re.finditer(text))


def _head_day_unseen(raw: str, dates: _PageDates) -> bool:
    """Whether a date only the head or the address states is one the page never shows: its
    month and day (or its clock) outside the article's paragraphs down to the text's end, or its
    full date anywhere (a related list's ``09-29`` below a CSDN post is another item's; 本文于
    2021-03-04 发布 closing a Hexo post is its own; ``3月5日，大赛举行`` in the text is the text's
    event, not the page's date: LABELLING.md's eleventh round).

    The label is the date a reader sees. gov.cn's 国务院公报 pages carry ``firstpublishedtime``
    and show no date; a WordPress post shows ``2周前`` over its ``article:published_time``; a
    CSDN post shows only 最新推荐文章于 … 发布 over its JSON-LD date; a day only the address
    carries is not labelled (LABELLING.md's first rule). Pages dated right by the head show its
    month and day in a form the chain does not read (``03/31 08:37``, ``18-03-0823:16``,
    ``九月 22, 2025``, ``Apr 05, 2025``, ``二〇二五年四月二十一日``), or its clock alone (sspai:
    ``15:02`` on the day itself, ``前天 11:30`` after, as labelled on gerapy-sspai-com-98488 and
    -98495): the page renders that very time. False without the blocks (a meta line shows a
    date, or none were given).
    """
    if dates.shown is None:
        return False
    outside, inside, below = dates.text()
    text = outside + "\n" + inside
    parsed, raw = dates.parse(raw), raw.strip()
    days = {d for d in (dates.day(raw), raw[:10]) if d and _ISO_DAY_RE.match(d)}
    if any(_month_day_re(int(d[5:7]), int(d[8:10])).search(outside) for d in days):
        return False
    if dates.time_text and any(
        _full_day_re(d).search(dates.time_text)
        or _month_day_re(int(d[5:7]), int(d[8:10])).search(dates.time_text)
        for d in days
    ):
        # the ``<time>`` element shows the day itself, though its text runs into the next
        # inline element's in the block (WordPress's ``<time class=published>2021.01.10</time>``
        # and the ``<time class=updated>2022年6月12日</time>`` its theme's stylesheet hides)
        return False
    if days:
        # one string for every day: the two parts searched apart would differ, ``\s*`` may
        # span the line break between them. A day opening a span of days is a period's start
        # (wxyoume's notice ``将于2019年10月11日至15日进行调整`` on a page that shows no date, its head
        # dated that same day: hunt172), no day the page shows as its own
        whole = f"{text}\n{below}"
        if any(_day_not_opening_span(_full_day_re(d), whole) for d in days):
            return False
    if parsed is not None and parsed.precision in ("minute", "second"):
        clocks = {parsed.value[11:16]}
        if (written := _RAW_CLOCK_RE.search(raw)) is not None:
            clocks.add(written.group(1))
        if any(_clock_re(c).search(outside) for c in clocks):
            return False
    # a page in another language shows its dates in its own words and calendars (Persian,
    # Hindi, Italian pages of magic-html): no shown form can be told, the head date stays
    # (a CSDN post full of formulas is still 27 % Chinese). Asked last: it only turns a True
    # into False, and counting the Han characters costs a pass over the page's text
    return HAN_RE.subn("", text)[1] * 10 >= len(text)


@lru_cache(maxsize=64)
def _clock_re(clock: str) -> re.Pattern[str]:
    """``HH:MM`` as a page shows it, the hour's leading zero optional (``9:05`` for 09:05)."""
    return re.compile(rf"(?<![\d:])0?{int(clock[:2])}:{clock[3:]}(?!\d)")


@lru_cache(maxsize=64)
def _full_day_re(day: str) -> re.Pattern[str]:
    """``YYYY-MM-DD`` as a page writes it with its year (2021-03-04, 2021/3/4, 2021年3月4日,
    Mar 4, 2021, 4 March 2021)."""
    y, m, d = day[:4], int(day[5:7]), int(day[8:10])
    en = _EN_MONTHS[m - 1]
    return re.compile(
        rf"(?<!\d){y}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)"
        rf"|(?i:(?<![a-z]){en}[a-z]*\.?\s*0?{d},?\s*{y}|(?<!\d)0?{d}\s+{en}[a-z]*\.?,?\s*{y})"
    )


_ISO_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# the wall clock a raw ISO time writes (``2025-04-22T07:02:40.000Z``: 07:02)
_RAW_CLOCK_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})")


def _cn_numeral(n: int) -> str:
    """1 .. 31 in Chinese numerals (十 for 10, 二十三 for 23), as 二〇二五年四月二十一日 writes them."""
    tens, ones = divmod(n, 10)
    head = ("" if tens == 1 else "〇一二三四五六七八九"[tens]) + "十" if tens else ""
    return head + ("〇一二三四五六七八九"[ones] if ones else "")


@lru_cache(maxsize=64)
def _month_day_re(month: int, day: int) -> re.Pattern[str]:
    """A month and day in the shapes pages show them: numeric month first (an hour may be glued
    to the day, baijiahao's ``10-0812:00``), day first before a year, an English or a Chinese
    month name."""
    m, d = f"0?{month}", f"0?{day}"
    en, cm, cd = _EN_MONTHS[month - 1], _cn_numeral(month), _cn_numeral(day)
    return re.compile(
        rf"(?<!\d){m}\s*[-/.月]\s*{d}(?:(?!\d)|(?=\d{{1,2}}:\d{{2}}))"
        rf"|(?<!\d){d}\s*[-/.]\s*{m}\s*[-/.]\s*(?:19|20)\d{{2}}"
        rf"|(?i:(?<![a-z]){en}[a-z]*\.?\s*{d}(?!\d)|(?<!\d){d}(?:st|nd|rd|th)?\s+{en})"
        rf"|(?<![一二三四五六七八九十]){cm}\s*月\s*(?:{cd}(?![一二三四五六七八九十])|{d}(?!\d))"
    )


def _structured_date(
    m: tuple[str, str] | None,
    ld: dict[str, Any],
    url: str,
    dates: _PageDates,
    time_date: str | None = None,
    script_date: str | None = None,
    line: str | None = None,
    time_marked: bool = False,
    word_label: bool = False,
) -> tuple[str, str] | None:
    """The machine-written publish date that the most independent sources agree on.

    Sources: meta tag > JSON-LD > a ``<time>`` marked as the publish date (WordPress's
    ``<time class="entry-date published" datetime=…>`` beside its ``class="updated"`` one, or a
    body's dated signature, on the line) > a full date in the URL (the first of them that
    exists is the candidate, as before). A second source agreeing with the line's date (the ``<time>``
    element, a script's date, another of the three, the URL's month folder when only the
    line falls in it) outvotes a lone candidate: two independent
    sources on one day beat one (a meta tag left at the template's date, a URL's upload
    folder). None when no machine-written date exists; ``_LINE_BACKED`` when the vote favours
    the line.
    """
    cands: list[tuple[str, str]] = []
    if m:
        cands.append((m[1], f"meta:{m[0]}"))
    if isinstance(ld.get("datePublished"), str) and ld["datePublished"].strip():
        cands.append((ld["datePublished"].strip(), "jsonld:datePublished"))
    if time_marked and time_date:
        cands.append((time_date, "time-element"))
        time_date = None  # a candidate, not a witness besides
    ud = url_date(url)
    if ud and len(ud[0]) == 10:
        cands.append((ud[0], f"url:{ud[1]}"))
    if not cands:
        return None
    first = cands[0]
    if not line:
        return first
    _day = dates.day
    line_day, first_day = _day(line), _day(first[0])
    if not line_day or not first_day or _days_apart(line_day, first_day) <= 1:
        return first
    # the line disagrees with the first structured date: count who backs each side
    witnesses = [raw for raw, _ in cands[1:]] + [d for d in (time_date, script_date) if d]
    days = [_day(w) for w in witnesses]
    for_line = sum(1 for d in days if d and _days_apart(d, line_day) <= 1)
    for_first = sum(1 for d in days if d and _days_apart(d, first_day) <= 1)
    if ud and len(ud[0]) == 7 and line_day[:7] == ud[0] != first_day[:7]:
        # the address's month folder (TRS ``/202305/``) is made with the item: a machine date
        # in another month was written later (wanzai.gov.cn: 生成日期 2023-05-11 shown under
        # /202305/, PubDate 2023-08-16), and the folder backs the shown day. A folder in the
        # machine date's month is no second witness: it and PubDate come from one publishing act.
        for_line += 1
    if (
        DATE_LABEL_SPECIFIC.match(nfkc(line))
        or word_label
        or (for_first == 0 and first[1].startswith("url:"))
    ):
        # a line the reader sees labelled 发布时间 / 发布日期 (not a bare date that may be a
        # sidebar's) against one unbacked machine date: the shown date is the article's
        # (baoding.gov.cn: 发布时间：2021-04-07 over a TRS PubDate of 04-09). Against the
        # address's day alone the meta line's date will do, labelled or not: a CMS files the
        # item under the day it was created (``/2018/0805/135.html``) and shows the publish
        # date its editor set (时间:2018-06-29 18:35), so the address is no witness of the date
        # shown (LABELLING.md decide76: a date the page shows beats one only the URL holds).
        # A 发布时间 / 发布日期 line beats the head's dates however many agree (corpus22: a hidden
        # PubDate that differs from the shown date is not used; corpus33: nor the path's day).
        # A bare 日期 does too where the line shows it as a word of its own (gansu.gov.cn's
        # ``日期：2025-02-26 11:54``; ``word_label``); glued to a word (a 信息公开 box's 生成日期
        # beside the 发布日期 line: moe.gov.cn, the value keeps only 日期) it still counts
        # witnesses, and so does ``date:`` (a code listing's)
        return _LINE_SHOWN
    return _LINE_BACKED if for_line > for_first else first


# A bare 日期 label standing as a word of its own on the meta line (NFKC): not the end of 生成日期,
# 成文日期, 打印日期 or any other word glued before it
_WORD_DATE_LABEL_RE = re.compile(r"(?<![\u4e00-\u9fff])日期\s*:")
# A bare 时间 standing as a word of its own (not 更新时间, 访问时间, 发布时间 …), NFKC
_WORD_TIME_LABEL_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:时间|時間)\s*:")
# Another slot of the article's credits on the same line (the lead's session-27 decision): a
# bare 时间 beside one is the article's own date, a lone 时间 line may be an event's time
# (either script: a traditional page's 來源 / 編輯 / 點擊 is the same slot; LABELLING.md, session 27).
# The slots' words are labels.py's and counters.py's: the poster's (信息发布人 ends in 发布人), the
# writer's, the source's and the editor's labels and the view counters' words
_CREDIT_SLOT_WORDS = (
    *POSTER_LABELS,
    *WRITER_LABELS,
    *LABELS["source"],
    *LABELS["editor"],
    *READ_WORDS,
)
_CREDIT_SLOT_RE = re.compile(rf"(?:{alternation(_CREDIT_SLOT_WORDS)})[^:]{{0,3}}:")


def _word_label(pub: str, byline: str | None) -> bool:
    """True when the line's date is labelled by a bare 日期 that the meta line shows standing
    alone, or a bare 时间 beside another credit slot (corpus22: a hidden PubDate that differs
    from the shown date is not used; baoding.gov.cn's ``时间：2021-04-07 信息发布人：管理员``)."""
    if not pub or not byline:
        return False
    head, norm = nfkc(pub), nfkc(byline)
    if head.startswith("日期"):
        return "日期" in norm and len(_WORD_DATE_LABEL_RE.findall(norm)) == norm.count("日期")
    if not head.startswith(("时间", "時間")):
        return False
    alone = _WORD_TIME_LABEL_RE.findall(norm)
    words = norm.count("时间") + norm.count("時間")
    return bool(alone) and len(alone) == words and bool(_CREDIT_SLOT_RE.search(norm))


# A 信息公开 box's other date labels, as the box-cell rule writes them (meta_line) or a colon line
# shows them; and the labels of a shown publish date that keep them out (LABELLING.md gaps98)
_BOX_OTHER_DATE_RE = re.compile(r"(?:生成日期|成文日期|发文日期)\s*:")
_SHOWN_PUBLISH_LABEL_RE = re.compile(alternation(tuple(SHOWN_PUBLISH_LABELS)))
#: The English labels that name the publish date itself (``PublishDate``, ``Published``: the
#: rank's English words but the bare ``Date``), lower case, blanks dropped as ``date_label`` does
_EN_PUBLISH_LABELS = frozenset(lab.lower() for lab in LABELS_EN["published"] if lab != "Date")


def _lone_box_date(pub: str, byline: str | None) -> bool:
    """True when the line's date is a 信息公开 box's only date (a 生成日期 / 发文日期 / 成文日期 cell
    or ``生成日期：`` line, no 发布日期 / 公开日期 shown on the line): shown, so it beats a hidden
    PubDate that differs (LABELLING.md gaps98, decide76 (c))."""
    if not pub:
        return False
    norm = nfkc(pub)
    if _BOX_OTHER_DATE_RE.match(norm):
        return True
    if not norm.startswith("日期") or not byline:
        return False
    line = nfkc(byline)
    # ``生成日期：`` keeps only ``日期`` in the value: the meta line shows which label it was
    return "生成日期" in line and _SHOWN_PUBLISH_LABEL_RE.search(line) is None


def _skipped_publish_line(
    trailer: dict[str, str], credited: bool = False, english: bool = False
) -> str | None:
    """The labelled publish date of a line around the text the meta-line picker passed over
    (``发布日期：2018-01-02`` under the text), or None. ``credited``: a bare 日期 / 时间 label
    counts too where the lines around the text credit a source (the page's own credit line,
    ``日期：2024-06-13　来源：教育部`` under moe.gov.cn's text). ``english``: the English publish
    labels count too (``Publish Date:``; never the bare ``Date``)."""
    line = trailer.get("published")
    if not line:
        return None
    label = date_label(line)
    if (
        _SHOWN_PUBLISH_LABEL_RE.fullmatch(label)
        or (credited and label in BARE_DATE_LABELS and trailer.get("source"))
        or (english and label.lower() in _EN_PUBLISH_LABELS)
    ):
        return line
    return None


def _shown_publish_line(trailer: dict[str, str]) -> str | None:
    """The publish date the page shows around the text, not on its meta line: a
    ``本文于 DATE 发布`` sentence (under the title or the text) or a line labelled as the publish
    date under the text (``发布时间：…``, ``发布于 …``); None when it shows none."""
    return trailer.get("published_posted") or _skipped_publish_line(trailer)


#: The label a ``本文于 DATE 发布`` sentence counts as (``labels.posted_on``).
_POSTED_LABEL = "本文于"


def _shown_label(pub: str) -> str:
    """The label of a shown date line: its colon label, or 本文于 for a ``本文于 DATE 发布``
    sentence; "" for a bare date."""
    return date_label(pub) or (_POSTED_LABEL if posted_on(nfkc(pub)) else "")


#: ``_structured_date``'s answer when independent sources back the line's date over it.
_LINE_BACKED = ("", "line")
#: ... and when the line is labelled as the publish date and nothing backs the machine date.
_LINE_SHOWN = ("", "shown")


#: The render stamp of TRS-style templates: ``<meta name="others" content="页面生成时间 …">``.
_RENDER_STAMP_RE = re.compile(r"页面生成时间\s*([0-9][0-9\-/:. ]*[0-9])")


def _is_render_stamp(raw: str, metas: dict[str, tuple[str, str]]) -> bool:
    """Whether a meta date is the page's own render time (the ``页面生成时间`` stamp)."""
    others = metas.get("others")
    stamp = _RENDER_STAMP_RE.search(others[1]) if others else None
    return bool(stamp) and "".join(stamp.group(1).split()) == "".join(raw.split())


class _PageDates:
    """The publish-date chain's parses of one page, each raw string parsed once and all at one
    clock reading: the chain asks for the line's and the meta tag's day up to four times (196
    of the 365 parses on the 116 benchmark pages were repeats). ``shown``: the page's blocks and
    the index past the text's end when no meta line shows a date (a date only the head states
    must then be seen in them); ``unseen``: the chain's rules whose head date they do not show."""

    __slots__ = ("now", "_parsed", "shown", "unseen", "_text", "time_text", "headline_lines")

    def __init__(self) -> None:
        self.now = datetime.now(SHANGHAI)
        self._parsed: dict[str, ParsedDate | None] = {}
        self.shown: tuple[list[Block], int, frozenset[int]] | None = None
        self.unseen: set[str] = set()
        self._text: tuple[str, str, str] | None = None
        # the page's dating ``<time>`` element's own text (NFKC, Western numerals), "" if none
        self.time_text = ""
        # the blocks from the headline down to the text (``find_published``'s headline_lines)
        self.headline_lines: list[Block] | None = None

    def text(self) -> tuple[str, str, str]:
        """The page's text down to the text's end outside the article's paragraphs, in them, and
        after the text's end, NFKC and Western numerals, read once."""
        if self._text is None:
            blocks, end, paras = self.shown or ([], 0, frozenset())

            def shown(part: list[Block]) -> str:
                return western_numerals(nfkc("\n".join(b.text for b in part)))

            outside = shown([b for b in blocks[:end] if b.idx not in paras])
            inside = shown([b for b in blocks[:end] if b.idx in paras])
            self._text = outside, inside, shown(blocks[end:])
        return self._text

    def parse(self, raw: str) -> ParsedDate | None:
        """``parse_cn_date(raw)`` at the page's clock reading."""
        parsed = self._parsed
        if raw not in parsed:
            parsed[raw] = parse_cn_date(raw, self.now)
        return parsed[raw]

    def day(self, raw: str) -> str | None:
        """The day a raw date string names (``YYYY-MM-DD``), None without a full date."""
        parsed = self.parse(raw)
        return parsed.value[:10] if parsed and parsed.precision not in ("year", "month") else None


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two ``YYYY-MM-DD`` strings, 0 when either is missing.

    One day apart is not a disagreement: a meta time written in UTC without its zone falls on
    the day before the line's Beijing date."""
    if not a or not b:
        return 0
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def date_label(raw: str) -> str:
    """The label in front of a date (``发表于``, spaces dropped), "" when the date is bare."""
    m = LABEL_RE.match(nfkc(raw))
    return "".join((m.group("label") or "").split()) if m else ""


def _same_day_full_date(pub: str, metas: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """A meta date with a year on the month and day that the yearless ``pub`` shows."""
    md = _MONTH_DAY_RE.search(nfkc(pub).split(":", 1)[-1])
    if md is None:
        return None
    want = (int(md.group(1)), int(md.group(2)))
    for name in META_PUBLISHED_NAMES + _UPDATE_META_NAMES:
        if name in metas:
            full = _FULL_DATE_RE.search(metas[name][1])
            if full and (int(full.group(2)), int(full.group(3))) == want:
                return metas[name]
    return None


_SHOWN_CLOCK_RE = re.compile(r"(?<!\d)(\d{1,2}:\d{2}(?::\d{2})?)(?!\d)")


def _with_url_year(pub: str, url: str) -> str | None:
    """The yearless ``pub`` (``发布时间：03-05 10:20``) dated in the year of the address's full
    day when that day falls on the month and day shown (``t20240305_1234.html``): ``2024-03-05
    10:20``, the clock kept as shown. None when the address names no full day or another one."""
    ud = url_date(url)
    if ud is None or len(ud[0]) != 10:
        return None
    text = nfkc(pub).strip()
    lab = LABEL_RE.match(text)
    text = text[lab.end() :] if lab else text
    md = _MONTH_DAY_RE.search(text)
    if md is None or _THREE_PART_DATE_RE.search(text):
        return None
    year, month, day = (int(x) for x in ud[0].split("-"))
    if (int(md.group(1)), int(md.group(2))) != (month, day):
        return None
    clock = _SHOWN_CLOCK_RE.search(text, md.end())
    return f"{year}-{month:02d}-{day:02d}" + (f" {clock.group(1)}" if clock else "")


def _shows_another_day(pub: str, machine: tuple[str | None, ...]) -> bool:
    """True when the yearless ``pub`` shows a month and day that no ``machine`` date falls on
    (a relative age, ``前天 11:30``, shows none: the machine date may give it its day)."""
    norm = nfkc(pub)
    md = _MONTH_DAY_RE.search(norm)
    if md is None or _THREE_PART_DATE_RE.search(norm):
        return False  # a short year (24-3-5, ROC 113-03-27) is a year the parser reads
    want = (int(md.group(1)), int(md.group(2)))
    for raw in machine:
        full = _FULL_DATE_RE.search(raw) if raw else None
        if full and (int(full.group(2)), int(full.group(3))) == want:
            return False
    return True


_THREE_PART_DATE_RE = re.compile(r"\d+\s*[-/.]\s*\d+\s*[-/.]\s*\d+")

# A clock shown to the minute (``10:20``, no seconds after it)
_MINUTE_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}(?!\s*:\s*\d)\s*$")


def _at_shown_clock(raw: str, pub: str) -> str:
    """The machine date ``raw`` cut to the minute when ``pub`` shows the clock to the minute
    (baijiahao: 发布时间：10-08 12:00 shown, dateUpdate 2019-10-08 12:00:57; the label is what
    the reader sees, to the minute)."""
    full = re.match(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", raw)
    return full.group(0).strip() if full and _MINUTE_CLOCK_RE.search(nfkc(pub)) else raw


# kept for the last few addresses: a page asks three times (the meta line, the structured date
# and the chain), each time splitting the URL and trying the date patterns
@lru_cache(maxsize=16)
def url_date(url: str) -> tuple[str, str] | None:
    """The date the page's address names (``YYYY-MM-DD``, or ``YYYY-MM`` for a month folder)
    and the piece of the path that names it; None when the address names none."""
    parts = urlsplit(url)
    path = parts.path
    for rx in URL_DATE_RES:
        m = rx.search(path)
        if m:
            break
    else:
        m = _URL_DAY_ANYWHERE.search(parts.query) if parts.query else None
        if m is None:
            return None
    year, *rest = m.groups()
    return "-".join([year, *(f"{int(x):02d}" for x in rest)]), m.group(0).strip("/_")


# --------------------------------------------------------------------------- parsing: patterns

# Labels in front of a publish date. Specific ones are searched first so that
# 成文日期 (contains 日期) does not beat 公开日期 on a 信息公开 page.
# These are the shown publish labels (labels.SHOWN_PUBLISH_LABELS) and two more of the rank,
# 发文日期 and 发稿时间; no label of them is another's prefix, so their order does not change a match.
DATE_LABEL_SPECIFIC = re.compile(
    rf"(?:{alternation((*SHOWN_PUBLISH_LABELS, '发文日期', '发稿时间'))}"
    r"|publish(?:ed)?[ _-]?(?:time|date|at|on)?|pub[ _-]?date|post(?:ed)?[ _-]?(?:on|at)?)"
    r"\s*[:]?\s*",
    re.IGNORECASE,
)

DATE_LABEL_GENERIC = re.compile(
    r"(?:更新时间|更新日期|更新時間|时间|日期|時間|date|time)\s*[:]?\s*", re.IGNORECASE
)

# Wrappers around list dates: [2024-04-24], (2024-04-24), 【2024-04-24】.
DATE_WRAPPER_LEAD = re.compile(r"^[\s\[(【〔<]+")

# Latin letters (month names): the fallback is only for shapes our regexes do not cover.
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")

# A 4-digit year somewhere: the minimum evidence for the dateparser fallback.
FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:1[89]|20|21)\d{2}(?!\d)")

UNIX_SECONDS = re.compile(r"^\d{10}(?:\.\d+)?$")

UNIX_MILLIS = re.compile(r"^\d{13}$")

# HH:MM[:SS] / HH时MM分[SS秒] right after a date, plus optional fraction and ISO offset.
_TIME = (
    rf"(?:\s*{WEEKDAY_CN})?"
    # a zone word of UTC+8 before the time (``2014-12-25 HKT 22:40``), the time in brackets
    # (``2014-12-17 (16:31)``): labels.py's date span reads the same
    rf"(?:\s*{ZONE_UTC8})?"
    r"(?:\s*(?:T|\s)\s*|\s*)(?P<OB>[(（]\s*)?(?P<AP>上午|下午|中午|晚上|凌晨|早上)?\s*"
    # an unpadded minute (``2006-6-1 8:6``, LABELLING.md's eighth round) is a minute too
    r"(?P<H>\d{1,2})\s*[:时時点點]\s*(?P<M>\d{2}|\d(?!\d))"
    r"(?:\s*[:分]\s*(?P<S>\d{2})(?:\.\d+)?\s*秒?|\s*分)?"
    # a 12-hour clock's marker after the time (udn: ``2014.12.13 01:06 pm``)
    r"(?:\s?(?P<LP>(?i:[ap])\.?(?i:m)\.?)(?![A-Za-z]))?"
    r"(?:\s*(?P<TZ>Z|[+-]\d{2}:?\d{2}))?"
    r"(?(OB)\s*[)）])"
)

_OPT_TIME = rf"(?:{_TIME})?"

# A clock time anywhere (used to grade dateparser results).
TIME_ANYWHERE = re.compile(r"(?<!\d)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)")

# YYYY-MM-DD / YYYY/M/D / YYYY.MM.DD (same separator twice) or YYYY年M月D日 (spaces allowed).
DATE_YMD = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*"
    # spaces may pad the separators (``2024 - 03 - 05``, ``2024. 3. 5``), as DATE_RE allows
    r"(?:(?P<sep>[-/.])\s*(?P<m1>\d{1,2})\s*(?P=sep)\s*(?P<d1>\d{1,2})(?!\d)"
    r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})(?:\s*[日号]|(?!\d)))"
    rf"{_OPT_TIME}(?!\d)"
)

# YY年MM月DD日: two-digit year, only with all three Chinese markers (unambiguous).
DATE_YY_CN = re.compile(
    r"(?<!\d)(?P<y>\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
    rf"{_OPT_TIME}(?!\d)"
)

# DD.MM.YYYY [HH:MM] (European order, seen on baogaosu.com).
DATE_DMY = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" rf"(?!\d){_OPT_TIME}(?!\d)"
)

# MM/DD/YYYY or DD/MM/YYYY [HH:MM], or with dashes (a Jekyll meta line's ``23-10-2024``,
# LABELLING.md corpus28): read only when one of the two cannot be a month (``_full_date``).
DATE_SLASHED_YEAR_LAST = re.compile(
    r"(?<![\d/-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?<=/\d{4}|[-/](?:19|20)\d\d)"
    rf"(?!\d){_OPT_TIME}(?!\d)"
)

# Month and day without a year, anchored at the start: 04-24, 4月24日, 4月24日 10:30.
DATE_MD = re.compile(
    r"^(?P<m>\d{1,2})\s*(?:-|月\s*)(?P<d>\d{1,2})(?:\s*[日号]|(?![\d-]))" rf"{_OPT_TIME}(?!\d)"
)

# Year and month only, anchored at the start: 2024年4月, 2024-04, 2024/4, 2024.04.
DATE_YM = re.compile(
    r"^(?P<y>\d{4})\s*(?:年\s*(?P<m1>\d{1,2})\s*月|[-/.](?P<m2>\d{1,2}))(?!\s*[\d日号]|[-/.]\d)"
)

# Year only, the whole string: 2024年 / 2024.
DATE_Y = re.compile(r"^(?P<y>\d{4})\s*年?$")

# Relative dates anchored at the start (weibo-search style).
REL_JUST_NOW = re.compile(r"^(?:刚刚|刚才|just now)")

REL_AGO = re.compile(
    rf"^(?P<n>\d+)\s*(?P<unit>{_REL_UNIT_CN}|分)\s*(?:之)?前"
    # Hong Kong and Taiwan sites in English: ``3 hours ago``
    r"|^(?P<en_n>\d+)\s*(?P<en>sec|min|hour|hr|day|week|month|year)(?:ute|ond)?s?\s+ago\b",
    re.IGNORECASE,
)

#: A relative time's unit as ``_relative`` counts it: traditional characters and English too.
_REL_UNITS = {
    "分鐘": "分钟", "小時": "小时", "个小时": "小时", "個小時": "小时", "週": "周",
    "星期": "周", "個月": "个月", "sec": "秒", "min": "分钟", "hour": "小时", "hr": "小时",
    "day": "天", "week": "周", "month": "个月", "year": "年",
}  # fmt: skip

REL_DAY_WORD = re.compile(r"^(?P<word>今天|今日|昨天|昨日|前天)" rf"{_OPT_TIME}(?!\d)")

# Dates written in Chinese numerals (二〇二四年三月五日, 二〇二四年十二月三十一日) and with the ROC
# year (民國113年3月5日, 113年3月5日: Taiwan's calendar, year + 1911).
CN_NUMERAL_DATE = re.compile(
    r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
)

# labels.CN_MONTH_FIRST (``十二月 18, 2019``), no numeral before its month
CN_MONTH_FIRST_DATE = re.compile(rf"(?<![\d一二三四五六七八九十]){CN_MONTH_FIRST}")

# labels.ROC_YEAR before a month: the year, to rewrite as a Western one
ROC_DATE = re.compile(rf"(?<!\d){ROC_YEAR}\s*年(?=\s*\d{{1,2}}\s*月)")
_YEAR_DIGITS = re.compile(r"\d+")

# labels.ROC_DIGITS_DATE right after a label's colon (Taiwan's government CMS:
# ``發布日期：113-03-27``) or a 於 / 于 label (``發表於 113-05-20``, as labels.py reads it): its year
ROC_NUMERIC_DATE = re.compile(rf"(?<=[:於于])(?P<sp>\s*)(?={ROC_DIGITS_DATE})(?P<y>\d{{3}})")


# --------------------------------------------------------------------------- parsing
SHANGHAI = ZoneInfo("Asia/Shanghai")

# Slack for "not in the future": clocks and time zones of the sites are sloppy.
_FUTURE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date: ISO 8601 value at the page's precision, plus that precision."""

    value: str
    precision: str


def _anchor(now: datetime | None) -> datetime:
    """Return ``now`` as an aware Asia/Shanghai datetime (naive means Shanghai)."""
    if now is None:
        return datetime.now(SHANGHAI)
    if now.tzinfo is None:
        return now.replace(tzinfo=SHANGHAI)
    return now.astimezone(SHANGHAI)


def infer_year(month: int, day: int, now: datetime) -> int:
    """Return the latest year in which month-day is a real date not after now (+1 day slack)."""
    now = _anchor(now)
    limit = (now + _FUTURE_SLACK).date()
    # Start one year ahead only so that 01-01 seen on Dec 31 (within the slack) works;
    # walk back far enough to reach a leap year for 02-29.
    for year in range(limit.year, limit.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return year
    raise ValueError(f"no year makes {month:02d}-{day:02d} a valid past date")


def _western_date(m: re.Match) -> str:
    year = "".join(str(CHINESE_DIGITS[c]) for c in m["y"])
    return f"{year}年{chinese_number(m['m'])}月{chinese_number(m['d'])}日"


def _month_first_date(m: re.Match) -> str:
    month, _, rest = m[0].partition("月")  # ``十二月 18, 2019``
    day, _, year = rest.partition(",")
    number = int(month) if month.isdigit() else chinese_number(month)
    return f"{year.strip()}年{number}月{int(day)}日"


# What each rewrite of western_numerals needs, looked for first: the rewrites run over a page's
# whole text (the publish-date chain's shown-day check), and three of the four patterns open with
# a lookbehind, which re tried at every character (55M instructions a pass of the benchmark pages
# for no match at all; perf20). The two gated ones are tried at the characters they can start
# with; CN_MONTH_FIRST_DATE can start at any digit, but its only path holds ``月`` and a blank;
# ROC_NUMERIC_DATE's lookbehind, its blanks and ROC_DIGITS_DATE's year are one search with a
# class first (tests/test_published_western_numerals.py checks both against the patterns).
_CN_NUMERAL_DATE_EACH = gated(CN_NUMERAL_DATE, each=True)
_ROC_DATE_EACH = gated(ROC_DATE, each=True)
_MONTH_FIRST_NEEDS = re.compile(r"月\s")
_ROC_NUMERIC_NEEDS = re.compile(r"[:於于]\s*1[01]\d")


def western_numerals(text: str) -> str:
    """Chinese-numeral dates and ROC years rewritten as Western dates (2024年3月5日).

    二〇二四年三月五日, 民國113年 / 113年 and a Chinese month in English order (十二月 18, 2019)
    become Western, so one set of date shapes serves them all.
    """
    if _CN_NUMERAL_DATE_EACH.search(text) is not None:
        text = CN_NUMERAL_DATE.sub(_western_date, text)
    if _MONTH_FIRST_NEEDS.search(text) is not None:
        text = CN_MONTH_FIRST_DATE.sub(_month_first_date, text)
    if _ROC_NUMERIC_NEEDS.search(text) is not None:
        text = ROC_NUMERIC_DATE.sub(lambda m: f"{m['sp']}{int(m['y']) + 1911}", text)
    if _ROC_DATE_EACH.search(text) is None:
        return text
    return ROC_DATE.sub(lambda m: f"{int(_YEAR_DIGITS.search(m[0])[0]) + 1911}年", text)


def _normalise(raw: str) -> str:
    """NFKC, Western numerals, drop zero-width characters and collapse whitespace."""
    text = western_numerals(unicodedata.normalize("NFKC", raw))
    text = ZERO_WIDTH.sub("", text)
    text = NBSP_ENTITY.sub(" ", text)
    text = WHITESPACE_RUN.sub(" ", text).strip()
    if "/" in text and " " in text:
        # ``2024 01/05 10:20:35`` (新华网's year, month/day and clock spans): one slashed date
        text = _YEAR_APART_RE.sub(r"\1/\2", text)
    return text


# A year set apart by a blank from a slashed month/day and a clock (DATE_RE reads the same)
_YEAR_APART_RE = re.compile(r"(?<!\d)((?:19|20)\d{2}) (\d{1,2}/\d{1,2})(?= \d{1,2}:\d\d)")


def _fmt(dt: datetime, precision: str, zone: tzinfo = SHANGHAI) -> ParsedDate:
    """Format an aware datetime (or its date part) at the given precision, in ``zone``."""
    dt = dt.astimezone(zone)
    if precision == "second":
        value = dt.replace(microsecond=0).isoformat()
    elif precision == "minute":
        value = dt.replace(second=0, microsecond=0).isoformat()
    elif precision == "day":
        value = dt.date().isoformat()
    elif precision == "month":
        value = f"{dt.year:04d}-{dt.month:02d}"
    else:
        value = f"{dt.year:04d}"
    return ParsedDate(value, precision)


def _not_future(dt: datetime, precision: str, now: datetime) -> bool:
    """True when the date, at its precision, does not start after now + slack."""
    limit = now + _FUTURE_SLACK
    if precision in ("minute", "second"):
        return dt <= limit
    if precision == "day":
        return dt.date() <= limit.date()
    if precision == "month":
        return (dt.year, dt.month) <= (limit.year, limit.month)
    return dt.year <= limit.year


def _tz_from(text: str | None) -> tzinfo:
    """Return a tzinfo for an ISO offset string, Shanghai when absent."""
    if not text:
        return SHANGHAI
    if text == "Z":
        return UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _build(
    year: int, month: int, day: int, match: re.Match[str], now: datetime
) -> ParsedDate | None:
    """Build a ParsedDate from date parts plus the optional time groups of ``match``."""
    groups = match.groupdict()
    hour, minute, second = groups.get("H"), groups.get("M"), groups.get("S")
    try:
        if hour is None:
            dt = datetime(year, month, day, tzinfo=SHANGHAI)
            precision = "day"
        else:
            hour_24 = int(hour)
            # 下午2:30 / 晚上8点30分: a 12-hour clock with a Chinese period word.
            if groups.get("AP") in ("下午", "晚上") and hour_24 < 12:
                hour_24 += 12
            elif groups.get("AP") == "中午" and hour_24 < 11:
                hour_24 += 12
            elif (lp := (groups.get("LP") or "")[:1].lower()) and hour_24 <= 12:
                # ``01:06 pm`` is 13:06, ``12:30 am`` is 00:30
                hour_24 = hour_24 % 12 + (12 if lp == "p" else 0)
            dt = datetime(
                year,
                month,
                day,
                hour_24,
                int(minute),
                int(second or 0),
                tzinfo=_tz_from(groups.get("TZ")),
            )
            precision = "second" if second is not None else "minute"
            if (hour_24, dt.minute, dt.second) == (0, 0, 0) and groups.get("TZ") != "Z":
                # a midnight written without a zone is a CMS filling the time of a date-only
                # field (LABELLING.md: ``2016/4/19 0:00:00`` and a paper's ``00:00`` are days);
                # so is one in the page's own offset, which is the wall clock kept (Hugo's
                # ``2024-11-12T00:00:00+00:00`` over a shown ``Nov 12, 2024``). ``Z`` is
                # converted to Beijing time (08:00), a time the site did not write as midnight
                precision = "day"
    except ValueError:
        return None  # month 13, Feb 30, 25:61 ...
    if not _not_future(dt, precision, now):
        return None
    return _fmt(dt, precision, _page_zone(groups.get("TZ"), dt))


# Asia/Shanghai's offset: a time written with it is already the archive's zone.
_SHANGHAI_OFFSET = timedelta(hours=8)


def _page_zone(offset: str | None, dt: datetime) -> tzinfo:
    """The zone a time is kept in: the page's own numeric offset, else Asia/Shanghai.

    A site that prints its own offset (``2024-05-21T16:41:55-04:00``, WordPress's
    ``+00:00``) shows its readers that wall clock and day (read on unlabelled foreign pages:
    the day shown was the offset's on every one of 8 whose Shanghai day differs); converting
    moved the day. ``Z`` is a serialiser's UTC, not the site's zone: a Chinese site shows it
    in Beijing time (sspai, a dev label), so it stays converted, as does a time with no offset.
    """
    if offset is None or offset == "Z" or dt.utcoffset() == _SHANGHAI_OFFSET:
        return SHANGHAI
    return dt.tzinfo or SHANGHAI


def _full_date(text: str, now: datetime, *, anchored: bool) -> ParsedDate | None:
    """Find the earliest valid full (Y-M-D) date in ``text``; anchored means at position 0."""
    candidates: list[tuple[int, int, re.Match[str], str]] = []
    for order, (kind, pattern) in enumerate(
        (
            ("ymd", DATE_YMD),
            ("dmy", DATE_DMY),
            ("yy", DATE_YY_CN),
            ("slash", DATE_SLASHED_YEAR_LAST),
        )
    ):
        for match in pattern.finditer(text):
            if anchored and match.start() != 0:
                break
            candidates.append((match.start(), order, match, kind))
    for _start, _order, match, kind in sorted(candidates, key=lambda c: (c[0], c[1])):
        if kind == "ymd":
            year = int(match["y"])
            month = int(match["m1"] or match["m2"])
            day = int(match["d1"] or match["d2"])
        elif kind == "dmy":
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        elif kind == "slash":
            a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
            if (a > 12) == (b > 12):
                continue  # both could be the month (or neither): the page's order is unknown
            month, day = (b, a) if a > 12 else (a, b)
        else:
            # Two-digit years: this century unless that lands in the future.
            yy = int(match["y"])
            year = 2000 + yy if 2000 + yy <= now.year else 1900 + yy
            month, day = int(match["m"]), int(match["d"])
        parsed = _build(year, month, day, match, now)
        if parsed is not None:
            return parsed
    return None


def _relative(text: str, now: datetime) -> ParsedDate | None:
    """Parse 刚刚 / N分钟前 / 昨天 14:20 style dates anchored at ``now``."""
    if REL_JUST_NOW.match(text):
        return _fmt(now, "minute")
    match = REL_AGO.match(text)
    if match:
        n = int(match["n"] or match["en_n"])
        unit = match["unit"] or match["en"].lower()
        unit = _REL_UNITS.get(unit, unit)
        if unit == "秒":
            return _fmt(now - timedelta(seconds=n), "second")
        if unit in ("分钟", "分"):
            return _fmt(now - timedelta(minutes=n), "minute")
        if unit == "小时":
            # Hour-level evidence; "minute" is the closest precision we have.
            return _fmt(now - timedelta(hours=n), "minute")
        if unit in ("天", "日"):
            return _fmt(now - timedelta(days=n), "day")
        if unit == "周":
            return _fmt(now - timedelta(weeks=n), "day")
        if unit in ("个月", "月"):
            months = now.year * 12 + now.month - 1 - n
            return ParsedDate(f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
        return ParsedDate(f"{now.year - n:04d}", "year")
    match = REL_DAY_WORD.match(text)
    if match:
        back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[match["word"]]
        day = (now - timedelta(days=back)).date()
        return _build(day.year, day.month, day.day, match, now)
    return None


def _partial(text: str, now: datetime) -> ParsedDate | None:
    """Parse yearless (04-24), month-only (2024年4月) and year-only (2024年) shapes."""
    match = DATE_MD.match(text)
    if match:
        month, day = int(match["m"]), int(match["d"])
        try:
            year = infer_year(month, day, now)
        except ValueError:
            return None
        return _build(year, month, day, match, now)
    match = DATE_YM.match(text)
    if match:
        year, month = int(match["y"]), int(match["m1"] or match["m2"])
        if not 1 <= month <= 12:
            return None
        dt = datetime(year, month, 1, tzinfo=SHANGHAI)
        return _fmt(dt, "month") if _not_future(dt, "month", now) else None
    match = DATE_Y.match(text)
    if match:
        dt = datetime(int(match["y"]), 1, 1, tzinfo=SHANGHAI)
        return _fmt(dt, "year") if _not_future(dt, "year", now) else None
    return None


# A day written as eight digits, alone, with its time as six more or after a space (meta tags
# ``pubdate=20240305``, ``20240305102000``, ``20240305 10:20``); never read inside a line.
_COMPACT_DAY = re.compile(
    r"^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
    r"(?:(\d{2})(\d{2})(\d{2})|[T ]\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def _unix(text: str, now: datetime) -> ParsedDate | None:
    """Parse unix seconds (10 digits), milliseconds (13 digits) or a compact day (8 digits)."""
    if UNIX_SECONDS.match(text):
        seconds = float(text)
    elif UNIX_MILLIS.match(text):
        seconds = int(text) / 1000
    elif compact := _COMPACT_DAY.match(text):
        y, m, d, hh, mm, ss = compact.groups()
        written = f"{y}-{m}-{d}" + (f" {hh}:{mm}:{ss}" if hh else text[8:])
        return _full_date(written, now, anchored=True)
    else:
        return None
    dt = datetime.fromtimestamp(int(seconds), SHANGHAI)
    return _fmt(dt, "second") if _not_future(dt, "second", now) else None


@lru_cache(maxsize=1)
def _dateparser_module():
    """Import dateparser lazily: it costs a few hundred ms and is rarely needed."""
    from dateparser.date import DateDataParser

    return DateDataParser


def _fallback(text: str, now: datetime) -> ParsedDate | None:
    """Ask dateparser, only for Latin-script dates that carry a 4-digit year."""
    if not (FOUR_DIGIT_YEAR.search(text) and LATIN_WORD.search(text)):
        return None
    # A numeric shape that our regexes rejected (2024-13-01, future) must stay rejected:
    # dateparser would happily swap day and month.
    if any(p.search(text) for p in (DATE_YMD, DATE_DMY, DATE_YY_CN, DATE_SLASHED_YEAR_LAST)):
        return None
    parser = _dateparser_module()(
        languages=["zh", "en"],
        settings={
            "TIMEZONE": "Asia/Shanghai",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": now.replace(tzinfo=None),
        },
    )
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError):
        return None
    dt = data.date_obj
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=SHANGHAI)
    period = data.period or "day"
    if period == "year":
        precision = "year"
    elif period == "month":
        precision = "month"
    else:
        # dateparser reports "day" even with a time; look at the text itself.
        time_match = TIME_ANYWHERE.search(text)
        if time_match is None:
            precision = "day"
        else:
            precision = "second" if time_match["S"] is not None else "minute"
    if not _not_future(dt, precision, now):
        return None
    return _fmt(dt, precision)


def _parse_segment(text: str, now: datetime, *, anchored: bool) -> ParsedDate | None:
    """Try every shape on one segment (after a label, or the whole string)."""
    text = DATE_WRAPPER_LEAD.sub("", text)
    if not text:
        return None
    return (
        _unix(text.rstrip("])】〕> "), now)
        or _full_date(text, now, anchored=anchored)
        or _relative(text, now)
        or _partial(text.rstrip("])】〕> "), now)
    )


# A date in words right after a label (``時間：Wed Jul 12 00:32:12 2017`` on PTT, ``发布时间：March
# 5, 2024``): the Latin run up to the next CJK character, for dateparser.
_LATIN_HEAD_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ,.:+\-]*")


def _labelled_latin(segment: str, now: datetime) -> ParsedDate | None:
    """A month-name date opening a labelled segment; the label's other text stays out."""
    head = _LATIN_HEAD_RE.match(segment)
    return _fallback(head.group(0).strip(), now) if head else None


# ``发布时间：24-03-05 10:20``: a two-digit year in the order a Chinese label's date is written
# (year, month, day); unlabelled, ``05-03-24`` could be any order and stays unread.
_SHORT_YEAR_YMD = re.compile(
    r"^(?P<y>\d{2})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?!\d|[-/.]\d)"
    rf"{_OPT_TIME}(?!\d)"
)


def _labelled_short_year(segment: str, now: datetime) -> ParsedDate | None:
    """A labelled date with a two-digit year: this century unless that is in the future."""
    m = _SHORT_YEAR_YMD.match(segment.strip())
    if m is None:
        return None
    year = 2000 + int(m["y"])
    if year > now.year:
        year -= 100
        if year < 1990:  # no web page dates from before the web (``27-01-01`` is no 1927)
            return None
    return _build(year, int(m["m"]), int(m["d"]), m, now)


def parse_cn_date(raw: str | None, now: datetime | None = None) -> ParsedDate | None:
    """Parse a Chinese/ISO/relative publish-date string into a ParsedDate, or None.

    A day in the Unix clock's first weeks is None: the zero of a timestamp left empty
    (``1970-01-01``) or a count of seconds read as milliseconds (a 2017 item's ``发布时间：
    1970-01-18``) is a broken CMS date, no day the item was published."""
    parsed = _parse_cn_date(raw, now)
    if parsed is not None and parsed.precision not in ("year", "month"):
        if _EPOCH_START <= parsed.value[:10] < _EPOCH_END:
            return None
    return parsed


# the days a zero or a seconds-as-milliseconds timestamp falls on, in any zone (a count of up
# to 2.6e9 seconds read as milliseconds stays within January 1970)
_EPOCH_START, _EPOCH_END = "1969-12-31", "1970-02-01"


# ``10:20 2024/01/05 中時新聞網``: a line that opens with the clock, then the day (中時's date line)
_CLOCK_FIRST_RE = re.compile(
    r"^(\d{1,2}:\d{2}(?::\d{2})?)\s+((?:19|20)\d{2}\s*([-/.])\s*\d{1,2}\s*\3\s*\d{1,2})(?![\d:]|\s+\d{1,2}:)"
)


def _parse_cn_date(raw: str | None, now: datetime | None = None) -> ParsedDate | None:
    if not raw:
        return None
    now = _anchor(now)
    text = _normalise(raw)
    if not text:
        return None
    if text[0].isdigit() and text[1:3].find(":") >= 0:
        # the clock before the day is the day's time, as a reader takes it (LABELLING.md: the
        # date and time shown)
        text = _CLOCK_FIRST_RE.sub(r"\2 \1", text, count=1)
    # A date right after a label wins; specific labels before generic ones, and among generic
    # ones an update date's last (Taiwan's government CMS: ``異動日期：… 上稿日期：…``)
    for label in (DATE_LABEL_SPECIFIC, DATE_LABEL_GENERIC):
        matches = list(label.finditer(text))
        if len(matches) > 1:
            matches.sort(key=lambda m: update_label(text, m.start(), m.group(0)))
        for match in matches:
            segment = text[match.end() :]
            parsed = (
                _parse_segment(segment, now, anchored=True)
                or _labelled_latin(segment, now)
                or _labelled_short_year(segment, now)
            )
            if parsed is not None:
                return parsed
    parsed = _parse_segment(text, now, anchored=False)
    if parsed is not None:
        return parsed
    parsed = _fallback(text, now)
    if parsed is None and (latin := _LATIN_DATE_RE.search(text)) and latin.group(0) != text:
        # a month-name date inside a line of Chinese words (DedeCMS's ``发布：Jun 11, 2021 15:11
        # 点击：``, a label the chain's label words do not name): the date alone, as a numeric one
        # is found anywhere in the line; dateparser reads no line with the other words in it
        parsed = _fallback(latin.group(0), now)
    return parsed


# ``Jun 11, 2021 15:11``, ``June 11th, 2021``, ``11 June 2021 3:11 PM``: a month name with its day
# and four-digit year, the clock after it if any
_EN_MONTH_NAME = rf"(?:{alternatives(MONTHS)}|{alternatives(with_longer(MONTH_ABBRS))})(?![a-z])\.?"
_LATIN_DATE_RE = re.compile(
    rf"(?<![A-Za-z])(?:{_EN_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}\s+{_EN_MONTH_NAME},?)"
    r"\s+(?:19|20)\d{2}(?!\d)(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?!\d))?"
)
