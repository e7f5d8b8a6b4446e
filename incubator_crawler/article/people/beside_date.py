"""Names and outlets printed beside the date on the meta line: its source and its author."""

from __future__ import annotations

import re

from ...calendar_words import WEEKDAY_FORMS, alternatives
from ..date_lines import LATIN_NAME, YEARLESS_TIME_RE
from ..labels import (
    AS_OF_WORDS,
    DATE_RE,
    LABEL_RE,
    PUBLISH_DATE_LABELS,
    PUBLISHED_UNRANKED,
    WEEKDAY_EN,
    alternation,
    glued_label,
)
from ..text import HAN_RE, nfkc, nfkc_compact
from .accounts import _CHANNEL_WORD_RE, _within_site_name
from .bylines import _DESK_NAME_RE, INLINE_FILED_FROM
from .credits import _PHOTO_ONLY_RE
from .inline import _READING_TIME_RE
from .names import REPOST_VERBS, is_site_name
from .words import (
    _COMMON_SURNAMES,
    _ORG_END_RE,
    _OUTLET_END_RE,
    _OUTLET_WORD_RE,
    _PAGE_WIDGET_RE,
    _TITLE_ALT,
    ACTIVITY_COLUMN_RE,
    FILED_UNDER_WORDS,
    NEWSROOM_DESK_RE,
    REPORTER_TITLES,
    TOPIC_WORDS,
    _not_a_person,
    _plain_name,
    _surnamed,
)

# (the bars include 丨 and the box-drawing │ ┃ that templates print between items: ``2014/12/13
# 星期六 │加入最愛│手機版``; a name a bar closes is a middle item, which names no outlet)
# (a site's two names joined by a dash may run longer: chinahighway.com's touch template prints
# ``<i>DATE</i><i>中国高速公路网—21世纪公路网</i>`` in the slot that names other items' outlets)
_AFTER_DATE_NAME_RE = re.compile(
    r"^[\s·•|/丨│┃]*(?P<name>[^\s·•|/丨│┃\[【(（:]{2,12}(?:[—–][^\s·•|/丨│┃\[【(（:—–]{2,12})?)"
    r"(?:[\s•\[【(（]|$)"
)

# ``十三 2025-04-21``, ``原创 GameForce 2019-09-04`` (toutiao marks its own pieces 原创),
# ``Jeremy Tsheng 于 2023-03-12 13:08:03 发布`` (CSDN: "X published on DATE")
# (a theme's ``- 熱血編輯部 @ DATE``: a dash before the name, ``@`` "at" before the date)
# (the bars as after the date: toutiao's ``原创丨南方都市报丨DATE`` with its spans gone)
_BEFORE_DATE_NAME_RE = re.compile(
    r"^\s*(?:[-–—]\s+)?(?:(?:原创|原創)\s*[:|/丨│┃]?)?\s*(?P<name>[^\s·•|/丨│┃\[【(（:\d@]{2,12}"
    r"|\d{1,3}[\u4e00-\u9fff][^\s·•|/丨│┃\[【(（:]{1,10}"
    rf"|\S.{{1,28}}?(?=\s*于\s*$)|{LATIN_NAME})[\s·•|/丨│┃]*(?:于\s*|@\s*)?$"
)


# A time label and a bar before the date (``活动时间 | DATE``): the line pairs labels and values
_TIME_LABEL_BAR_RE = re.compile(r"(?:时间|時間|日期)\s*[|丨│┃]\s*$")


# Words that put the date after them into a phrase (截至 DATE, 定于 DATE): no one is named there
# (chnmedu.org: a headline's second line ``截至2016年1月10日建设应用进展情况的通报``)
_DATE_PREPOSITIONS = frozenset((*AS_OF_WORDS, *"直至 直到 自从 始于 定于 将于 拟于 预计".split()))

# An English page's weekday before the date (an RFC 2822 stamp: ``Tue, 12 Nov 2019 16:09:10 GMT``)
# or the item's kind over the headline (pigprogress's ``News Mar 5, 2020``, ``Background Mar 9,
# 2020``), or ftv's video box's ``Link`` before it: a word of the date line, no writer (audit108,
# follow110)
_LATIN_NO_WRITER_RE = re.compile(
    rf"(?i:(?:{alternatives(WEEKDAY_FORMS, lower=True)})\.?"
    r"|news|background|opinion|features?|interviews?|analysis|reviews?|blogs?|videos?|podcasts?"
    r"|columns?|editorials?|updates?|events?|reports?|research|commentary|announcements?"
    r"|articles?|stor(?:y|ies)|webinars?|insights?|breaking|latest|sponsored|gallery|photos?|links?)"
)

_BY_WORD_RE = re.compile(r"^\s*(?:by|By|BY)\s+(?=\S)")

# The blog labels "posted on" (labels.PUBLISHED_UNRANKED) but a member CMS's 本站发表, which is no
# poster's "posted on" (the lead, session 27)
_POSTED_ON_LABELS = "|".join(w for w in PUBLISHED_UNRANKED if w != "本站发表")
# ``去驴行 发表于 2024-3-5 10:30`` (Discuz's post header): the poster, then "posted on"; the
# poster may be a Latin name of two or three words and carry a nickname in brackets, no part of
# the name (``PN Wu (小平) 發表於 …``); a theme may set a dash, dot or bar between the name and the
# label (a WordPress theme's ``NAME - 发布于 DATE``, tmpl166): the same poster, then "posted on"
_POSTED_ON_RE = re.compile(
    r"^\s*(?P<name>[^\s·•|/\[【(（:\d][^\s·•|/\[【(（:]{1,15}|[A-Za-z][\w.'-]*(?: [A-Za-z][\w.'-]*){1,2})"
    rf"(?:\s*\([^()]{{1,12}}\))?\s*(?:[-–—·•|]\s*)?(?:{_POSTED_ON_LABELS})\s*(?:{WEEKDAY_EN}\s*)?$"
)


# A blog theme's colon-less category label after the date (NexT's ``发表于 DATE 分类于 随笔``):
# the words after it are the post's category, no name
# (a colonless category or tag label after the date too: ``DATE 分类 新闻``, ``DATE 分類 Apple``
# name the post's section, no writer: robust109; glued to its value as a label element beside a
# value element prints it, ``<span>分类</span><span>联盟新闻</span>``: robust112)
_FILED_UNDER_RE = re.compile(
    rf"^\s*(?:{FILED_UNDER_WORDS}"
    r"|(?:分类|分類|标签|標籤)|(?:栏目|欄目)(?:\s|$))"
)


# words that say how an item came to the site, printed beside its doer (``酷勤网 收集``,
# ``游民星空 整理``): alone after the date, no name; a reposting site's words, and 转帖 / 编译
_WORK_VERBS = frozenset(REPOST_VERBS) | {"转帖", "轉帖", "编译", "編譯"}


_NAME_THEN_VERB_RE = re.compile(
    r"^(?P<name>\S{2,20})\s+\S*(?:文章|推荐|推薦|发布|發布|更新|修改|首发|首發|发表|發表|创作|創作|编辑|編輯)\S*$"
)


def _names_around_date(byline: str | None) -> tuple[str | None, str | None]:
    """Unlabelled names beside the date of a short date line: (before, after).

    ``十三 2025-04-21 00:41:40 来源：量子位`` has 十三 before; ``2024-05-20 14:33·新华社``,
    ``2019-09-05 11:10 游民星空[整理]`` and ``2020-06-05 20:35 叨叨姐 胡一刀`` have a name after
    (sina, 163, toutiao and many CMS themes print the outlet or the writer there, unlabelled)."""
    if not byline or len(byline) > 80:
        return None, None
    norm = nfkc(byline)
    m = DATE_RE.search(norm)
    if m is None and LABEL_RE.search(norm) is None:
        # an unlabelled line's yearless time (``07-17 10:39``) was chosen as its date; after a
        # label (baijiahao's ``发布时间：10-08 12:00优质原创作者``) a badge or an account follows
        m = YEARLESS_TIME_RE.search(norm)
    if m is None:
        return None, None
    posted = _POSTED_ON_RE.match(norm[: m.start()]) if "于" in norm or "於" in norm else None
    if posted:
        return _plain_name(posted["name"]), None  # a forum post's ``X 发表于 DATE``
    before = _BEFORE_DATE_NAME_RE.match(norm[: m.start()])
    if before is None:
        # page controls, then the name (china.org.cn: ``打印 E-mail 沈阳晚报　2014-05-27``): the
        # word right before the date, when every word before it is a control
        words = norm[: m.start()].split()
        if 1 < len(words) <= 4 and all(_PAGE_WIDGET_RE.search(w) for w in words[:-1]):
            before = _BEFORE_DATE_NAME_RE.match(words[-1])
    if before and "于" in norm[: m.start()] and not norm[m.end() :].lstrip().startswith("发布"):
        before = None  # ``X 于 DATE`` only as ``X 于 DATE 发布``
    if before and norm.isascii() and " " in before.group("name"):
        # a Latin name is read beside a Chinese date line only (``Philip Elmer-DeWitt
        # 2011年04月21日``); an English page's list rows carry their own writers and dates
        before = None
    if before and len(before.group("name")) >= 4 and before.group("name").endswith(("于", "於")):
        # ``最新推荐文章于 DATE 发布`` alone (a recommendation's line): words glued to 于 say what
        # happened; no name is that long with 于 closing it
        before = None
    if before and _LATIN_NO_WRITER_RE.fullmatch(before.group("name").strip(" ,.")):
        before = None
    if before and nfkc_compact(before.group("name")) in _DATE_PREPOSITIONS:
        # ``截至2016年1月10日建设应用进展情况的通报``: the date is the phrase's (audit106)
        before = None
    if before:
        # ``Xiao____Q 最新推荐文章于 DATE 发布``: the words glued to 于 say what happened, the
        # name is before them
        verb = _NAME_THEN_VERB_RE.match(before.group("name"))
        if verb:
            return _plain_name(verb["name"]), None
    after = None
    rest = norm[m.end() :]
    if re.match(r":\d{2}\d", rest):
        # ``04:29:4439健康网``: the seconds glued to an outlet whose name has digits
        rest = rest[3:]
    if norm[m.end() - 1] in "日号" and HAN_RE.match(rest):
        # ``2009年7月21日过期的域名``: words glued to a written-out date carry on a sentence
        rest = ""
    elif (
        HAN_RE.match(rest)
        and rest[0] != "丨"  # (a bar, ``DATE丨证券时报网``, though a Han character)
        and ":" not in m.group(0)
        and len(rest.split()) == 1
    ):
        # ``2018.6.23集训内容`` (a post's subtitle opening its text, gcuacm): words glued to a day
        # with no clock, the line's whole rest, are one phrase with it (what was taught that
        # day), no outlet; an outlet stands apart from the date (``DATE 新华社``, ``DATE·新华社``)
        rest = ""
    if "b" in rest[:6].lower():
        rest = _BY_WORD_RE.sub("", rest)  # a theme's ``DATE by X``: the word says X wrote it
    if not LABEL_RE.match(rest.lstrip(" ·|/")) and not _FILED_UNDER_RE.match(rest):
        n = _AFTER_DATE_NAME_RE.match(rest)
        after = n.group("name") if n else None
    if (
        after
        and _TIME_LABEL_BAR_RE.search(norm[: m.start()])
        and re.match(rf"[\s·•|/丨│┃]*{re.escape(after)}\s*[|丨│┃]\s*\S", rest)
    ):
        # ``活动时间 | 2026.1.3 活动地点 | 12舍活动室`` (an event's facts opening a club's report):
        # a bar parts each label from its value, so the word a bar follows after the date labels
        # the next value (the venue), no outlet (follow315)
        after = None
    if after and _READING_TIME_RE.match(rest.strip(" ·|/")):
        # ``August 6, 2022 少于 1 分钟阅读``: the reading time after the date, whose word before
        # the number (少于, 约) is no name (Minimal Mistakes' meta row; hunt175)
        after = None
    if after and glued_label(after):
        after = None  # ``DATE 信息发布人管理员``: a poster's item with its colon lost, no name
    if after and nfkc_compact(after) in _WORK_VERBS:
        # ``DATE 收集 酷勤网 来源：新浪科技``: a word saying how the item came (collected,
        # compiled, reprinted) names nobody; its doer, if any, is the next word (follow110)
        after = None
    if after and after[0] in "「『“":
        # ``DATE 「良心包子」重視食安 …``: a quoted phrase after the date opens a headline (ftv's
        # video box), no outlet's name (follow110)
        after = None
    if after and after.rstrip().endswith(("。", "！", "？")):
        # the date opens a sentence (a novel chapter's ``2020年8月7日，星期五，立秋。``): its words
        # after the date are the sentence's (a day's solar term), no outlet and no writer (audit108)
        after = None
    if after and _NUMBERED_REPORT_RE.match(after):
        # a paper titled as a report after the date (sztnet's ``2019-02-19 21世纪经济报道``):
        # its 报道 is the outlet's name, no credit word (``综合报道``) the name check drops
        return _plain_name(before.group("name") if before else None), after
    return _plain_name(before.group("name") if before else None), _plain_name(after)


# An outlet's name opening with a number and closing in 报道 (``21世纪经济报道``): no credit reads
# so (``综合报道``, ``记者X报道``, a dateline's ``北京3月5日报道`` opens with a place); nor does a
# paper titled for its beat with a name before it (``每日经济报道``, ``中国财经报道``, follow313):
# a credit's 报道 follows a person, a desk or a manner (综合, 联合, 独家), never 经济 / 财经
_NUMBERED_REPORT_RE = re.compile(
    r"^(?:\d{1,3}(?![月日号號時时])[\u4e00-\u9fff]{3,8}"
    r"|(?!.*?(?:记者|記者|本报|本報|综合|綜合))[\u4e00-\u9fff]{2,6}(?:经济|經濟|财经|財經))"
    r"(?:报道|報道|報導|报导)$"
)


# A Latin given name glued to one Chinese character (``DATE | Owen旭``, motss.cc's translator):
# a person's nickname the way Chinese writers sign, four characters or more but one of them Han;
# an outlet's Chinese name has two or more (``IT之家``), or ends in an outlet's word (``CCTV网``)
_LATIN_HAN_NAME_RE = re.compile(r"^[A-Z][a-z]{1,11}[\u4e00-\u9fff]$")


def _source_after_date(byline: str | None, site_name: str | None = None) -> str | None:
    """The outlet named right after the date (see :func:`_names_around_date`); a short name
    there that is the site's own (hexun's ``DATE 和讯`` on 和讯网) is the outlet too, no writer."""
    after = _names_around_date(byline)[1]
    if after and (_column_words(after) or _TRAIL_ARROW_RE.search(after)):
        # a column's name after the date, unlinked (a Hexo theme's ``DATE 新闻热点`` with its
        # category link lost to a copy), or its path of columns (``新闻►精彩赛事►通知``): where
        # the item is filed, no outlet
        return None
    if after and NEWSROOM_DESK_RE.match(after):
        return None  # a newsroom's desk (社會中心) wrote the item: the writer, no outlet
    if after and after.endswith(REPORTER_TITLES):
        return None  # a reporter's title led by the paper's name (``每经记者 X``): no outlet
    if after and after.endswith(("编辑", "編輯")):
        # an editor's role word in the slot (JEECMS prints ``本站编辑`` where the editor is left
        # empty): it names a role, no outlet and no person (LABELLING.md)
        return None
    # an outlet's ending, or four Chinese characters or more (``游民星空``); a Latin handle
    # after the date (``zboygirl``) may be a person as well as an outlet: neither is guessed
    if after and (
        _OUTLET_END_RE.search(after)
        or (len(after) >= 4 and HAN_RE.search(after) and not _LATIN_HAN_NAME_RE.match(after))
    ):
        return after
    if after and len(after) == 3 and HAN_RE.search(after) and _ORG_END_RE.search(after):
        # a body's short name (上证通网's ``2018-11-02 上交所``, the slot that names 证券日报 on
        # other items): an organisation's ending names no person, so it is the outlet
        return after
    if after is None and byline and ("电" in byline or "電" in byline):
        return _wire_outlet_after_date(byline)
    return after if after and site_name and is_site_name(after, site_name) else None


# an arrow between two words: a path of columns (a theme's ``新闻►赛事►通知``), which no outlet's
# name holds
_TRAIL_ARROW_RE = re.compile(r"\S\s*[►▶›»>→]\s*\S")


def _column_words(name: str) -> bool:
    """True for a column's name: one topic word (``新闻``), two glued (``新闻热点``) or a column of
    activities (``班级活动``)."""
    joined = nfkc_compact(name)
    return (
        joined in TOPIC_WORDS
        or bool(ACTIVITY_COLUMN_RE.match(joined))
        or any(
            joined[:i] in TOPIC_WORDS and joined[i:] in TOPIC_WORDS
            for i in range(2, len(joined) - 1)
        )
    )


# ``中央社記者張明華台北5日電`` after the time (NFKC): an outlet glued to its reporter's dispatch
# credit, as udn prints ``中央社 澎湖縣28日電`` there with a blank
_OUTLET_FILED_RE = re.compile(
    rf"^\s*(?P<outlet>[\u4e00-\u9fff]{{2,6}}?)(?={_TITLE_ALT})(?P<credit>\S{{4,20}})\s*$"
)


def _wire_outlet_after_date(byline: str) -> str | None:
    """The outlet of a dispatch credit glued after the date (LABELLING.md, corpus23: an outlet
    inside the byline is the source, the reporter the author, the dateline no person)."""
    if len(byline) > 80:
        return None
    norm = nfkc(byline)
    m = DATE_RE.search(norm)
    w = _OUTLET_FILED_RE.match(norm[m.end() :]) if m else None
    if w is None or not _OUTLET_END_RE.search(w["outlet"]):
        return None
    filed = INLINE_FILED_FROM.match(w["credit"])
    return w["outlet"] if filed and filed.end() == len(w["credit"]) else None


def _source_before_date(byline: str | None) -> str | None:
    """An outlet named right before the date (toutiao's ``中国网 2019-11-25 10:37:31``)."""
    before = _names_around_date(byline)[0]
    if before is None and (pair := _outlet_and_name_before_date(byline)):
        return pair[0]
    if before and NEWSROOM_DESK_RE.match(before):
        return None  # a newsroom's desk (編譯中心) wrote the item: the writer, no outlet
    # a paper in book-title brackets (LABELLING.md, twelfth round: ``《家庭医生报》``, kept so)
    return before if before and _OUTLET_END_RE.search(before.strip("《》")) else None


# ``新浪娱乐 孟卿 · 2021-11-23 20:34:22`` (NFKC): an outlet and its writer in one unlabelled span
# before the date (LABELLING.md, thirteenth round: read apart, the outlet the source and the
# person the author), as an outlet and a name after the time are
_OUTLET_NAME_BEFORE_DATE_RE = re.compile(
    r"^\s*(?P<outlet>[\u4e00-\u9fff]{2,12})\s+(?P<name>[\u4e00-\u9fff]{2,3})[\s·•|]*$"
)


def _outlet_and_name_before_date(byline: str | None) -> tuple[str, str] | None:
    """(outlet, writer) of an ``OUTLET NAME ·`` span before the date, or None."""
    if not byline or len(byline) > 80:
        return None
    norm = nfkc(byline)
    d = DATE_RE.search(norm)
    m = _OUTLET_NAME_BEFORE_DATE_RE.match(norm, 0, d.start()) if d and d.start() else None
    if m is None:
        return None
    outlet, name = m["outlet"], m["name"]
    # an outlet by its ending or four characters or more (as after the time); the writer
    # surname-led and no channel's word (``人民网 文化``)
    if not (_OUTLET_END_RE.search(outlet) or len(outlet) >= 4) or _PAGE_WIDGET_RE.search(outlet):
        return None
    if _ORG_END_RE.search(outlet) and not _OUTLET_END_RE.search(outlet):
        return None  # an office and its clerk (``园区管委会 张三``): no outlet read here
    if not _surnamed(name) or name in TOPIC_WORDS or _CHANNEL_WORD_RE.search(name):
        return None
    return outlet, name


# ``TCOC 台灣國際基督教會 / Mark``: an institution, a spaced slash and one person, before the date
_ORG_SLASH_NAME_RE = re.compile(
    r"^\s*(?P<org>\S[^/]{0,28}?)\s+/\s+"
    r"(?P<name>[A-Z][A-Za-z'-]{1,20}(?:[ .-][A-Z][A-Za-z'-]+){0,2}|[\u4e00-\u9fff·]{2,4})\s*$"
)


# ``王丽 发布时间：2023-05-17 09:30`` (iCMS's post header: the account's link, then the date under its
# own label, tmpl132): the name alone before the date's label is the name beside the date
# (LABELLING.md, session 28); a blank parts them, the label's colon closes the line before the date
_NAME_THEN_DATE_LABEL_RE = re.compile(
    r"^\s*(?P<name>[^\s·•|/丨│┃\[【(（:：\d]{2,12})\s+"
    rf"(?:{alternation(PUBLISH_DATE_LABELS)})\s*[:：]\s*$"
)

# ``Posted by 王丽 on May 17, 2023`` (Huxpro's Jekyll theme and its many Chinese clones), ``by 王丽
# 2023-05-17``: the word "by" says the name before the date wrote the post, as it does after the
# date (``DATE by X``, _BY_WORD_RE); "on" joins the date (tmpl132), and the weekday may
# open the date (Hugo CleanWhite on 52sask.com: ``Posted by 张兴礼 on Monday, August 14, 2017``, read
# here when its line is no line of its own: the headline before it, follow181); a slash may part
# the name from "on" and a few blank-parted Chinese names may share the "by" (devopschina.org's
# ``by 刘晓玲 谭峤 陈思宇/ on 23 Jul 2020``, three translators, follow225); a Chinese theme
# writes "by" as 由 (``由 jackie 2022-09-20 17:45:06``, a blank after it; follow280; the firm's
# own account there, ``由 赢海小云``, is kept out where the row is read: ``_house_account``)
_BY_NAME_BEFORE_DATE_RE = re.compile(
    r"^\s*(?:(?:(?i:posted|written)\s+)?(?i:by)|由)\s+"
    rf"(?P<name>[^\s·•|/丨│┃\[【(（:：\d@,，]{{2,12}}|{LATIN_NAME}"
    r"|[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){1,3})"
    r"\s*/?\s*(?i:on)?\s*[|·•,，]?\s*"
    rf"(?i:(?:{alternatives(WEEKDAY_FORMS, lower=True)})\.?,?\s*)?$"
)


# ``DATE by Will``, ``DATE by Will Liu``: the word "by", then a Latin name closing the line (matched
# from the date's end)
_BY_LATIN_AFTER_DATE_RE = re.compile(
    r"\s*[|·•,]?\s*(?i:by)\s+(?P<name>[A-Z][a-z]+(?:[ .-][A-Z][A-Za-z'-]+){0,2})\s*$"
)


def _by_latin_after_date(byline: str | None) -> str | None:
    """The Latin name after ``DATE by`` closing a short date line, or None (not a desk's word)."""
    norm = nfkc(byline or "")
    d = DATE_RE.search(norm)
    m = _BY_LATIN_AFTER_DATE_RE.match(norm, d.end()) if d else None
    if m is None or _LATIN_NO_WRITER_RE.fullmatch(m["name"]) or _not_a_person(m["name"]):
        return None
    return m["name"]


def by_row_name(byline: str | None) -> str | None:
    """The name a meta row credits with the word "by" before its date (``by NAME/ on DATE``).

    "by" says who wrote the post: a short line of its own above that row (devopschina.org's
    thumbnail badge, the post's kind ``文档`` / ``工作会议`` over ``by 刘征/ on 07 Jul 2020``,
    an open set of words) is no account line beside it (follow241)."""
    if not byline or len(byline) > 80 or not (d := DATE_RE.search(norm := nfkc(byline))):
        return None
    m = _BY_NAME_BEFORE_DATE_RE.match(norm[: d.start()])
    return m["name"] if m and not _not_a_person(m["name"]) else None


def writer_before_account(byline: str | None, site_name: str | None) -> str | None:
    """The name before the site's own account on a ``NAME ACCOUNT DATE`` line (a WeChat post's
    header as a plain line: ``方文达  玩转湖大  2014-05-31`` on 玩转湖大文章作品集), or None."""
    if not byline or len(byline) > 80 or (d := DATE_RE.search(norm := nfkc(byline))) is None:
        return None
    words = norm[: d.start()].split()
    if len(words) != 2 or not (
        is_site_name(words[1], site_name) or _within_site_name(words[1], site_name)
    ):
        return None
    if _within_site_name(words[0], site_name) or _within_site_name("".join(words), site_name):
        return None  # the site's name in two words (``TCOC 台灣國際基督教會``): no writer
    name = _BEFORE_DATE_NAME_RE.fullmatch(words[0])
    if name is None or _PAGE_WIDGET_RE.search(words[0]) or _ORG_END_RE.search(words[0]):
        return None  # (a control's word, an office: no writer)
    return _plain_name(name["name"])


def _author_beside_date(byline: str | None) -> str | None:
    """A writer or account named beside the date: before it, or a short name after it."""
    if byline and len(byline) <= 80:
        norm = nfkc(byline)
        d = DATE_RE.search(norm)
        desk = _DESK_NAME_RE.match(norm[: d.start()]) if d else None
        if desk and not _not_a_person(desk.group("name")):
            return desk.group("name")
        org = _ORG_SLASH_NAME_RE.match(norm, 0, d.start()) if d and " / " in norm else None
        if org and (_ORG_END_RE.search(org["org"]) or _OUTLET_END_RE.search(org["org"])):
            # ``TCOC 台灣國際基督教會 / Mark DATE``: the institution's fixed mark, then the writer
            # (LABELLING.md, corpus28 and labelcheck5: the person is the author)
            if not _not_a_person(org["name"]):
                return org["name"]
    before, after = _names_around_date(byline)
    if before is None and (pair := _outlet_and_name_before_date(byline)):
        return pair[1]
    if before is None and byline and len(byline) <= 80 and (d := DATE_RE.search(nfkc(byline))):
        head = nfkc(byline)[: d.start()]
        labelled = _NAME_THEN_DATE_LABEL_RE.match(head) or _BY_NAME_BEFORE_DATE_RE.match(head)
        if labelled and not _not_a_person(labelled["name"]):
            before = _plain_name(labelled["name"])
    if before is None and after and after.isascii() and (by := _by_latin_after_date(byline)):
        # ``Jan 01, 2020 by Will`` (a Hugo theme's meta row, herearoma): "by" says the Latin name
        # after the date wrote the post, one word or three; a Latin word alone after the date
        # (``2024-05-20 Reuters``) is read no writer (follow154)
        return by
    if before and not _OUTLET_WORD_RE.search(before):  # 上海证券报网络版 is an outlet, no writer
        # an office signs notices (``市科技局 2024-05-01``), a newsroom's desk writes the item
        # (storm's ``編譯中心 2014年12月13日``); CSDN's ``X 于 DATE 发布`` names the blogger
        # whatever the handle ends with
        if (
            not _ORG_END_RE.search(before)
            or NEWSROOM_DESK_RE.match(before)
            or "于" in nfkc(byline or "")
        ):
            return before
    if after and _source_after_date(byline):
        # ``2024-03-05 10:30 中時新聞網 周明轩``: the outlet, then its writer, read apart as an outlet
        # and a name before the date are (LABELLING.md: 新浪娱乐 孟卿 · DATE); a channel's or a
        # tag's word after the outlet (人民网 文化, 新华网 高考) is none: three characters led by a
        # common surname only
        # (a bar may part them as a blank does: ``DATE | 中央社 | 張明華``)
        rest = nfkc(byline or "").split(after, 1)[1].strip().lstrip("|丨·/ ")
        if (
            len(rest) == 3
            and rest[0] in _COMMON_SURNAMES
            and _surnamed(rest)
            and rest not in TOPIC_WORDS
            and not _CHANNEL_WORD_RE.search(rest)
        ):
            return rest
    elif (
        after
        and HAN_RE.search(after)
        and not _ORG_END_RE.search(after)
        and not _column_words(after)  # ``DATE 新闻热点``: where it is filed, no writer either
    ):
        # the rest of the line may hold more names (``叨叨姐 胡一刀 李小飞刀``)
        rest = nfkc(byline).split(after, 1)[1]
        if _PHOTO_ONLY_RE.match(rest):
            return None  # ``2024-03-05 张三 摄``: the photographer, no writer (LABELLING.md)
        more = re.match(r"^((?:\s+[\u4e00-\u9fff]{2,4})*)\s*$", rest)
        extra = more.group(1) if more else ""
        column = next(
            (w for w in extra.split() if _CHANNEL_WORD_RE.search(w) or w in TOPIC_WORDS), None
        )
        if column:
            # the post's column linked after its writer (an emlog theme's ``DATE 王丽 园区动态``,
            # tmpl129): the names end before it, a column is no one
            extra = extra[: extra.index(column)].rstrip()
        return after + extra
    return None
