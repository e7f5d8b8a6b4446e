"""Bylines: a byline line's names, bylines among meta items, staff credits, dateline names."""

from __future__ import annotations

import re

from ...calendar_words import MONTH_ABBRS, WEEKDAY_FORMS, alternatives
from ..gate import gated
from ..labels import DATE_RE, LABELS, NAMES_SEP_RE, REPORTER_ROLES, alternation
from ..meta_marks import slot_byline
from ..page import Block, Page, node_text
from ..text import HAN_RE, nfkc
from ..trailer import TRAILER_SPAN, blocks_under_text
from .credits import signature_line, text_credit
from .names import _is_placeholder
from .words import (
    _ORG_END_RE,
    _OUTLET_LEAD,
    _PLACE_NAMES,
    _PLACE_RE,
    _REPORTED,
    _STAFF_JOB_AHEAD,
    _STAFF_JOBS,
    _TITLE_ALT,
    _WRITER,
    NEWSROOM_DESK_RE,
    REPORTER_PREFIXES,
    _not_a_person,
    _signs_a_person,
    _surnamed,
    _unit_word,
    filed_under,
)

# A person's handle in Latin letters (``Sinan``, ``wlz``, ``zboygirl``): one word, a lower-case
# letter in it, so an acronym (``CCTV``, ``AI``) is no handle
LATIN_HANDLE = r"(?=[A-Za-z0-9_]*[a-z])[A-Za-z][A-Za-z0-9_]{1,19}"

# A line that is only a byline, above the body or in its trailer: ``本报记者 王乐文``,
# ``新华社记者邹多为、唐诗凝、丁乐``, ``澎湃新闻记者 贺梨萍``, ``作者︱春春`` (NFKC: ``︱`` is ``—``).
# A person's Latin name in a byline: two or three capitalised words, an initial first maybe
# (robust117: ``记者 Tom Lee``, ``澎湃新闻记者 J. Smith``), never an outlet's words (``记者 China
# Daily``, ``记者 The Paper``)
LATIN_PERSON_NAME = (
    r"(?!(?:The|News|Daily|Times|Press|Agency|China|Global)\b)(?:[A-Z][a-z]+|[A-Z]\.)"
    r"(?:\s[A-Z][a-z]+){1,2}"
)

BYLINE_LINE_RE = re.compile(
    # a bullet may lead (``□本报记者 张三``, ``■记者 X``); ``丨`` (U+4E28) is a bar NFKC keeps
    r"^[□■●◎◆▲]?\s*[(（【\[]?\s*(?:(?:采写|采访|撰稿)\s*:\s*)?"
    # the outlet and a slash or a bar may stand before the title (udn: ``【聯合晚報/記者楊正海/即
    # 時報導】``, ``北京日报客户端 | 记者 X``)
    # (a hyphen may join a portal and its channel: ``人民网-黑龙江频道``)
    rf"(?:(?P<outlet>[\u4e00-\u9fff·](?:[\u4e00-\u9fff·]|-(?=[\u4e00-\u9fff])){{1,9}})"
    rf"\s*[/|丨]\s*(?={_TITLE_ALT}))?"
    # ``文/`` may lead the outlet and the title (``【文/观察者网专栏作者 王文】``)
    # (the outlet's name may hold digits or letters: ``香港01記者``, ``36氪记者``; a magazine's
    # name stands in its title marks: ``《财经》记者 白兆东``, ``《中国经济周刊》 记者 李永华``)
    r"(?:(?:文\s*[/|丨]\s*)?(?:《[\u4e00-\u9fff·0-9A-Za-z]{1,12}》\s*)?"
    rf"[\u4e00-\u9fff·0-9A-Za-z]{{0,10}}?(?:{_TITLE_ALT})\s*[:|丨—/]?"
    # a magazine's middle dot after the label (``文·张三``); who did the text and the pictures
    # (``文图/张三``, ``文、图/张三``: LABELLING.md's 文图：X in the slash form)
    rf"|(?:{_WRITER}|文(?:、?[图圖])?)\s*[:|丨—/·]|(?:{_WRITER})\s)\s*"
    # the first name may be a two-character one padded to three columns (人民日报: ``方 敏``)
    # or an ethnic-minority name with its middle dot, longer than four (``热依拉·买买提``)
    # (either ends the line, a blank or a closing bracket: ``【记者 方 敏】``)
    r"(?P<name>(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}(?![^\s)）】\]])"
    r"|[\u4e00-\u9fff]\s{1,2}[\u4e00-\u9fff](?![^\s)）】\]])"
    # or a person's Latin handle, kept as written (labelcheck11: ``记者 Sinan``, ``作者 wlz``):
    # one word with a lower-case letter, so an acronym (``记者 CCTV``) is no name
    rf"|{LATIN_HANDLE}(?![^\s)）】\]])"
    # or a Latin name of capitalised words, an initial first maybe (robust117: ``记者 Tom Lee``,
    # ``澎湃新闻记者 J. Smith``; the handle above is one word)
    rf"|{LATIN_PERSON_NAME}(?![^\s)）】\]]))"
    # (up to eight: an agency's compiled report names each reporter, xinhuanet's ``（综合新华社
    # 记者朱东阳、刘晨、栾海、吴强、陆睿、王可佳、王丽丽报道）``)
    r"(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{1,4}){0,7})"
    # where they filed from, a long place too (misses49: ``作者 A B C 发自瑞士达沃斯``)
    r"(?:\s*(?:发自|發自)\s*[\u4e00-\u9fff]{1,8})?\s*[)）】\]]?"
    # ``中青报·中青网记者 魏其濛 来源：中国青年报``: a source label may follow on the same line
    r"(?:\s+(?:来源|來源)\s*:.{0,20})?$"
)

# ``本报记者覃剑长沙报道``, ``记者 张三 北京报道``, ``記者X／台北報導``: where it was reported, then 报道,
# closing a byline line.
_REPORTED_TAIL_RE = re.compile(
    rf"\s*[／/]?\s*(?:即时|即時|联合|聯合|综合|綜合)?{_REPORTED}\s*(?P<close>[)）】]?)$"
)
# tried only at the characters it can start with: it opens with ``\s*``, and re tried it at
# every character of the line
_REPORTED_TAIL_RE = gated(_REPORTED_TAIL_RE, each=True)


def byline_names(line: str) -> str | None:
    """The names of a line that is only a byline (NFKC text), without where it was reported.

    A place glued to the name (``覃剑长沙报道``) is cut when it is a known city or ends in 省/市/县;
    with an unknown one the split is unknown, and a run of four characters or more before 报道
    gives no name (a false writer is worse than none).
    """
    m = _byline_match(line)
    return m.group("name") if m else None


# A credit for the text and its pictures, blanks for a colon (thuce's ``图文 张三 李四``; LABELLING.md:
# 图文 | NAME credits the writer, eicscie): the names, NFKC
_TEXT_PICTURES_BARE_RE = re.compile(
    r"^(?:图文|圖文)\s+(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})$"
)


def surnamed_names(names: str | None) -> str | None:
    """``names`` when every name of it is surname-led, else None."""
    parts = [n for n in NAMES_SEP_RE.split(names or "") if n]
    return names if parts and all(_surnamed(n) for n in parts) else None


def text_pictures_names(line: str) -> str | None:
    """The names of a ``图文 X Y`` credit line (NFKC, stripped), each surname-led, else None."""
    m = _TEXT_PICTURES_BARE_RE.match(line) if line[:1] in "图圖" else None
    return surnamed_names(m["names"]) if m else None


# ``图文 科协技术部`` closing a student society's post (thuce, follow322; NFKC): the same credit
# naming a unit, no person: cut as the named one is, and no author (an organisation credited
# at the close is the post's issuer, as xmuclass5's ``…团支部 宣`` under its credit block)
_TEXT_PICTURES_UNIT_RE = re.compile(r"^(?:图文|圖文)\s+(?P<unit>[\u4e00-\u9fff]{3,12})$")


def text_pictures_unit(line: str) -> bool:
    """True for a ``图文 UNIT`` credit line (NFKC, stripped) naming a unit, not a person."""
    m = _TEXT_PICTURES_UNIT_RE.match(line) if line[:1] in "图圖" else None
    return m is not None and _unit_word(m["unit"])


def bare_writer_credit(item: str) -> str | None:
    """The names of a writer's credit with no colon that is a row's whole item (NFKC, stripped):
    a byline (``记者梁爽报道``, ``澎湃新闻记者 贺梨萍``, ``作者 魏星``) or ``图文 X Y``, every name
    surname-led (``作者 认为`` is a sentence's start, no credit), else None."""
    return surnamed_names(byline_names(item)) or text_pictures_names(item)


# ``大陸新聞中心／綜合報導``: a newsroom's desk, a slash and its credit, as a byline line
_DESK_BYLINE_RE = re.compile(
    r"^[(（【〔]?\s*(?P<name>[\u4e00-\u9fff]{2,10})\s*/\s*(?:綜合|综合|即時|即时)?"
    rf"{_REPORTED}\s*[)）】〕]?$"
)


# An outlet's name, a space and then its writers' names, as a line of its own opening the text
# (ccdi.gov.cn: ``中央纪委国家监委网站 吕佳蓉``, ``中央纪委国家监委网站 曹溢 自江西报道``; ``新华社 张三``):
# the outlet by its ending (CJK only, so never a domain), each name surname-led; ``自X报道`` /
# ``X报道`` after the names says where it was reported, no part of them. 台 after 平/舞/阳/柜/讲
# ends no outlet (``服务平台``).
_OUTLET_NAME_BYLINE_RE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{1,12}(?:网站|网|網|报|報|社|电台|電台|卫视|衛視|(?<![平舞阳陽柜櫃讲講站])台"
    r"|中心|客户端|新闻|新聞|传媒|傳媒|融媒体))"
    r"\s+(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[、\s]\s*[\u4e00-\u9fff]{2,4}){0,3})"
    # (a slash may part them: 公視's ``公視新聞網 X / 台北報導``)
    rf"(?:(?:\s*/\s*|\s+)(?:自|在|于|於)?[\u4e00-\u9fff]{{2,8}}?{_REPORTED})?$"
)


_OUTLET_LINE_ROLES = frozenset("通讯员 通訊員 实习生 實習生 记者 記者".split())


def _outlet_name_byline(line: str) -> re.Match[str] | None:
    """BYLINE_LINE_RE's match of the writers of an ``OUTLET NAME [自X报道]`` line (NFKC), or None
    when a name does not read as a person's (a heading's words after an outlet's)."""
    m = _OUTLET_NAME_BYLINE_RE.match(line)
    if m is None:
        return None
    names = [n for n in NAMES_SEP_RE.split(m["names"]) if n]
    # a role word between the names (ccdi.gov.cn: ``中央纪委国家监委网站 王生霞 通讯员 杨生军``)
    # titles the next one, as in ``记者 X 通讯员 Y`` (audit106)
    names = names[:1] + [n for n in names[1:] if n not in _OUTLET_LINE_ROLES]
    if not all(_surnamed(n) and _signs_a_person(n) for n in names):
        return None
    return BYLINE_LINE_RE.match("作者:" + "、".join(names))


# An outlet and a blank before a reporter's title (``聯合報 記者X／即時報導``): a name that ends
# like an outlet, or one holding an outlet's word before a channel or an app (pool83:
# ``新华网黑龙江频道 记者 X``, ``浙江在线 记者 X``, ``红网时刻 记者 X``, ``长江日报融媒体 记者 X``,
# and a portal and its app joined by a middle dot, ``大众网·海报新闻 记者 X``, else read as a
# writer under the headline); never the paper's own 本报 / 本台, which names no outlet
# (a portal and its channel may be joined by a hyphen too, as 人民网's channels write themselves
# in their 来源 slot: ``人民网-黑龙江频道 记者 X``, left85; NFKC makes ``－`` a hyphen)
_OUTLET_BLANK_TITLE_RE = re.compile(
    r"^(?P<outlet>(?!本)(?:[\u4e00-\u9fff]{1,10}(?:网|網|报|報|社|新闻|新聞|客户端|電視台|电视台)"
    r"|(?=[\u4e00-\u9fff·-]{0,9}(?:网|網|报|報|新闻|新聞|频道|頻道|在线|在線|融媒|电台|電台|卫视|衛視))"
    r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[·-](?=[\u4e00-\u9fff])){1,9}))"
    rf"\s+(?=(?:{_TITLE_ALT}))"
)

# ``本报 记者 X`` (and ``本 报 记者 X``): the paper's own mark set apart from the title by a blank
# is the one title ``本报记者`` (left85: under the headline it was read as a writer, 本报)
_OWN_MARK_GAP_RE = re.compile(
    r"^(\W{0,2})本\s*([报報网網台臺刊站])\s+(?=[\u4e00-\u9fff]{0,2}(?:记者|記者))"
)


# ``新頭殼newtalk2014.10.24 金名/高雄報導``: a byline line typed into the text, the outlet glued
# to a dotted date, then the writer, a slash and where the report was filed (LABELLING.md
# labelcheck5: the outlet is the source, the person the author; settled in decide76). The outlet
# and the date may be left out (``金名/高雄報導``, as the closing ``（張明華／台北報導）`` is read).
_OUTLET_DATE_FILED_RE = re.compile(
    r"^(?:(?P<outlet>[^\s\d:|/]{2,20}?)\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\s+)?"
    rf"(?P<name>[\u4e00-\u9fff]{{2,4}})\s*/\s*[\u4e00-\u9fff]{{2,4}}?{_REPORTED}$"
)


_COHORT_BYLINE_RE = re.compile(
    r"^(?:19|20)\d{2}(?:级|級|届|屆)?[\u4e00-\u9fff]{1,6}\s*:\s*(?P<name>[\u4e00-\u9fff]{2,3})$"
)


def _byline_match(line: str) -> re.Match[str] | None:
    """BYLINE_LINE_RE's match of a line that is only a byline, where it was reported cut off
    (or _DESK_BYLINE_RE's, a desk's byline)."""
    if "口述" in line and (told := _TOLD_TO_RE.match(line)):
        # the narrator and who wrote the account down are both its writers (LABELLING.md)
        return BYLINE_LINE_RE.match(f"作者:{told['a']}、{told['b']}")
    if line[:2] in ("By", "BY") or line[:6] in ("Author", "AUTHOR") or line[:10] == "Posted by ":
        by = _ENGLISH_BYLINE_RE.match(line)
        if (
            by is None
            and (by := _ENGLISH_DATED_BYLINE_RE.match(line))
            and HAN_RE.search(by["name"])
        ):
            # CJK names before a date: each a person's, surname first (``By 新华社 DATE`` is an
            # outlet's line, ``by 市科技局 DATE`` an office's)
            names = [n for n in re.split(r"\s*[,，、]\s*", by["name"]) if n]
            by = by if all(map(_surnamed, names)) else None
        return by if by and not _NOT_NAME_WORDS_RE.search(by["name"]) else None
    if line[:2] in ("作者", "撰文") and (by := _ENGLISH_BYLINE_RE.match(line)):
        return None if _NOT_NAME_WORDS_RE.search(by["name"]) else by
    if (
        line[:1] in "12"
        and (cohort := _COHORT_BYLINE_RE.match(line))
        and _signs_a_person(cohort["name"])
    ):
        # ``2001法理：代颖``: a student's cohort and major before the writer (LABELLING.md, eighth
        # round: a byline with a cohort prefix)
        return BYLINE_LINE_RE.match("作者:" + cohort["name"])
    # ``本版撰文 X Y``: the page's writers (LABELLING.md, eleventh round)
    line = line.removeprefix("本版") if line.startswith("本版撰") else line
    if "本" in line[:3]:
        line = _OWN_MARK_GAP_RE.sub(r"\1本\2", line, count=1)
    # the staff credited after the reporters (``每经记者 X 每经编辑 Y``): no writers
    line = staff_credits(line)[0]
    if " " in line and (outlet := _outlet_name_byline(line)):
        return outlet
    if (
        " " in line
        and (lead := _OUTLET_BLANK_TITLE_RE.match(line))
        # a unit holding an outlet's word (``新闻中心 记者 X``, a school's news office) is the
        # writer's unit, no outlet
        and not _ORG_END_RE.search(lead["outlet"])
    ):
        # ``聯合報 記者張明華／即時報導`` under udn's headline: the outlet and a blank stand for
        # the slash of ``聯合晚報/記者…`` (LABELLING.md, labelcheck5: an outlet inside the
        # byline is the source, the reporter the author)
        inner = _byline_match(line[lead.end() :])
        if inner is not None and not inner.groupdict().get("outlet"):
            return BYLINE_LINE_RE.match(f"{lead['outlet']}/记者{inner['name']}")
    if (
        "/" in line
        and (filed := _OUTLET_DATE_FILED_RE.match(line))
        and _surnamed(filed["name"])
        and _signs_a_person(filed["name"])
    ):
        return filed
    credit = text_credit(line.replace("╱", "/"))  # udn's box-drawing slash: NFKC keeps it
    if credit is None:
        return None
    if credit != line and (bare := _CREDITED_NAMES_RE.match(credit)):
        # ``张学得／文``, ``张学得 文/图``: the 文 closing the names is their credit's label, so
        # no title need stand before them (a place or an office is no writer)
        names = [n for n in NAMES_SEP_RE.split(bare["name"]) if n]
        part = line[len(credit) - 1 :]
        # a bare space before 文 (``张三 文``) vouches less than a slash: ``校园 文`` is no
        # credit, so each name must read as a person's (surname-led)
        signs = _signs_a_person if "/" in part else _surnamed
        if "文" in part and all(map(signs, names)):
            return bare
    line = credit
    if (
        line[-1:] in "电電)）"
        and (filed := INLINE_FILED_FROM.match(line))
        and filed.end() == len(line)
    ):
        # ``中央社記者張明華台北5日電``: a dispatch's credit as a line of its own
        name = _filed_name(filed)
        return BYLINE_LINE_RE.match("记者" + name) if name else None
    desk = _DESK_BYLINE_RE.match(line) if "/" in line else None
    if desk and NEWSROOM_DESK_RE.match(desk["name"]):
        return desk
    if desk and _surnamed(desk["name"]) and _signs_a_person(desk["name"]):
        # ``楊智家／綜合報導`` under a digitimes headline: a writer in the desk's place (the
        # page's JSON-LD names him too, dmsscrape-digitimes-4; a page without it has the line)
        return BYLINE_LINE_RE.match("作者:" + desk["name"])
    if (
        "/" in line
        and (named := _DESK_NAME_RE.match(line))
        and not _not_a_person(named["name"])
        and not _FILED_FROM_RE.fullmatch(named["name"])  # ``…中心／綜合報導``: a report's kind
    ):
        # ``上報快訊／范姜佳鈺`` opening the text: the person after the site's desk (labelcheck5)
        return BYLINE_LINE_RE.match("作者:" + named["name"])
    tail = _REPORTED_TAIL_RE.search(line) if ("报" in line or "報" in line) else None
    if tail is None:
        m = BYLINE_LINE_RE.match(line)
        if m is None and " " in line:
            # a later name's title too long for a name's place (``本报通讯员 王小红``)
            m = BYLINE_LINE_RE.match(inner := _INNER_TITLE_RE.sub(" ", line))
            if m is None and inner != line:
                m = _untitled_first(inner)
        return m if m and not _is_placeholder(m.group("name")) else None
    head, close = line[: tail.start()].rstrip(" /"), tail["close"]
    # ``记者 张三 李四 自上海报道``: 自 and the place after the names say where, no name's part
    head = _FROM_PLACE_END_RE.sub("", head)
    # each name may carry its own title (``记者王小明 通讯员李华 武汉报道``)
    head = _INNER_TITLE_RE.sub(" ", head)
    # the place a reader cuts (_place_cuts) that leaves a byline whose last name has two
    # characters or more (``覃剑长沙市``: 长沙市, not 剑长沙市 or 沙市)
    for k in _place_cuts(head, 5):
        rest = _earlier_places_cut(head[:-k])
        m = _report_byline(rest + close)
        if m is None and (region := _glued_region(rest)):
            # ``記者張明華台灣台北報導``: the region glued before the city is a place too
            m = _report_byline(rest[:-region] + close)
        if m:
            return m
    m = _report_byline(head + close)
    # no known place: four characters or more may be a name and an unknown place; a Latin name
    # of two words or more ends where its letters do (``记者J. Smith报道``: no place can be glued
    # to it unseen; one word, ``记者 Reuters报道``, may be an agency's)
    if m is None:
        return None
    name = m.group("name").strip()
    latin = name.isascii() and " " in name
    return None if len(_last_name(name)) >= 4 and not latin else m


# ``自江西`` after a byline's names and a space, before 报道 (NFKC text)
_FROM_PLACE_END_RE = re.compile(r"(?<=[\u4e00-\u9fff·])\s+(?:发自|發自|自)[\u4e00-\u9fff]{1,8}$")


def _untitled_first(inner: str) -> re.Match[str] | None:
    """The byline of ``inner`` (a line whose inner titles were cut) whose first name has no
    title (a hospital's closing ``辛欣 本报记者冯海鹰``: its own writer, then the paper's):
    every name must read as a person's, so a sentence (``李明 记者了解到``) is none."""
    names = [n for n in NAMES_SEP_RE.split(inner.strip()) if n]
    if not 2 <= len(names) <= 4 or not all(map(_surnamed, names)):
        return None
    return BYLINE_LINE_RE.match("作者:" + "、".join(names))


# ``口述：张三 整理：李四`` (an account told to a writer; NFKC text), a title maybe before the
# writer (``整理：本报记者 李四``)
_TOLD_TO_RE = re.compile(
    r"^[(（【\[]?\s*口述\s*[:/|丨]?\s*(?P<a>[\u4e00-\u9fff·]{2,4})\s*[\s/|丨]\s*整理\s*[:/|丨]?\s*"
    rf"(?:{alternation(REPORTER_ROLES)})?\s*(?P<b>[\u4e00-\u9fff·]{{2,4}})\s*[)）】\]]?$"
)

# An English byline on a Chinese page (``By Zhang Minghua``, ``BY 张明华``, ``Author 张明华``), or a
# Latin name after a colon-less 作者 (``作者 Thomas E. Davis``: BYLINE_LINE_RE reads CJK names
# only): a name of two or three capitalised words (an initial among them), or of CJK characters;
# words of an outlet or a desk are no name
_ENGLISH_BYLINE_RE = re.compile(
    rf"^(?:(?:By|BY|Author|AUTHOR)\s*[:：]?\s+|(?:{_WRITER})\s+(?=[A-Z]))"
    r"(?P<name>[A-Z][a-z]+(?:[ -](?:[A-Z]\.|[A-Z][a-z]+)){1,2}|[\u4e00-\u9fff·]{2,4})$"
)
# An English page's byline with the date after the writers (``By Nicole Gallucci on December 13,
# 2016``, ``By Keith Noonan - Jan 9, 2017 at 10:05AM``, ``By Sage Lazzaro • 12/16/16``, ``By
# ANDREW DALTON``, ``By Lisa de Moraes``, ``By Howard Schneider, Lindsay Dunsmuir``): each name two
# to four capitalised words (an initial, a surname's particle among them), the date from a month's
# name or a number on (audit110: mashable, observer, fool, thoughtcatalog, deadline, dailyherald …)
_EN_MONTH = rf"(?:{alternatives(MONTH_ABBRS)})[a-z]*\.?"
# one word of a name: a capitalised word (``O'Callaghan``, ``McDonald``, ``Jarvis-Gibson``), an
# initial (``T.C.``) or a word in capitals; a month before the day's number starts the date
_EN_NAME_WORD = (
    rf"(?!{_EN_MONTH}\s*\d)(?:(?:[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
    r"|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,}(?:-[A-Z]{2,})?)"
)
_EN_PARTICLE = r"(?:de|van|von|der|den|da|di|du|del|della|la|le)"
_EN_NAME = rf"{_EN_NAME_WORD}(?:\s+(?:{_EN_PARTICLE}\s+)*{_EN_NAME_WORD}){{1,3}}"
# a body after the writer's comma (``By Joe Matazzoni, Wikimedia Foundation``) is no second writer
_EN_BODY = (
    r"(?:[A-Z][\w.&-]*\s+){0,3}(?:Foundation|Institute|University|College|Association|Society"
    r"|Council|Group|Company|Corporation|Inc|Ltd|Media|Magazine|Center|Centre|Agency)\b"
)
# CJK writers after an English ``By`` (zyclab's Hugo theme: ``By 郑礼东, 朱起峰 October 25, 2024``,
# each name its author page's link; written as a plain line the same names and date)
_EN_HAN_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:\s*[,，、]\s*[\u4e00-\u9fff·]{2,4}){0,3}"
# a blog theme's meta line opens ``Posted by`` and names the weekday before the date (Hugo
# CleanWhite on 52sask.com: ``Posted by 张兴礼 on Monday, August 14, 2017``; hunt172)
_EN_WEEKDAY = rf"(?:{alternatives(WEEKDAY_FORMS)})\.?,?\s*"
_ENGLISH_DATED_BYLINE_RE = re.compile(
    r"^(?:By\s*|BY\s+|Posted by\s+)"
    rf"(?P<name>{_EN_NAME}(?:\s*,\s*(?!{_EN_BODY}){_EN_NAME}){{0,2}}|{_EN_HAN_NAMES})"
    r"(?:(?:\s*(?:[,|•·-]|on|last updated|[Uu]pdated|[Pp]ublished)\s*|\s+)"
    rf"(?:{_EN_WEEKDAY})?(?:{_EN_MONTH}\s*\d|\d).*)?$"
)
_NOT_NAME_WORDS_RE = re.compile(
    r"\b(?:The|Our|Staff|Reporter|Reporters|Editor|Editors|News|Agency|Agencies|Daily|Times|Press"
    r"|Post|Online|Team|Desk|Network|China|Chinese|Global)\b"
)

# The names alone, without a title, once text_credit has cut the ``/文`` closing them
_CREDITED_NAMES_RE = re.compile(
    r"^[□■●◎◆▲]?\s*[(（【\[]?\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*[)）】\]]?$"
)

# A title between two names of one byline (``王小明 通讯员李华``).
_INNER_TITLE_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff·])\s+{_OUTLET_LEAD}(?:{alternation(REPORTER_PREFIXES)})?(?:{_TITLE_ALT})"
    r"\s*:?\s*"
    r"(?=[\u4e00-\u9fff])"
)
# The staff credits closing a byline line after its reporters (NFKC text): ``每经编辑 Z``,
# ``编辑:Z 校对:W``, each title maybe led by the paper's short name; a name is no title's lead
_STAFF_NAMES = (
    rf"[\u4e00-\u9fff·]{{2,4}}(?:(?:、|\s+(?!{_STAFF_JOB_AHEAD}))[\u4e00-\u9fff·]{{2,4}})*"
)
_STAFF_CREDIT_RE = re.compile(
    rf"\s+{_OUTLET_LEAD}(?P<job>{_STAFF_JOBS})(?:\s*[:|丨/]\s*|\s+)(?P<names>{_STAFF_NAMES})"
)
_STAFF_TAIL_RE = re.compile(
    # (after a Latin name too: ``每经记者 Lucy Wang 每经编辑 陈旭``)
    rf"(?<=[\u4e00-\u9fff·A-Za-z])(?:{_STAFF_CREDIT_RE.pattern})+\s*(?P<close>[)）】\]]?)$"
)
# searched from the line's first blank (a credit opens with one; a Chinese line often has none,
# and re tried the opening lookbehind at every character)
_STAFF_TAIL_RE = gated(_STAFF_TAIL_RE)


def staff_credits(line: str) -> tuple[str, str | None]:
    """``line`` (NFKC) without the staff credits closing it, and the editors they name.

    ``每经记者 X 每经编辑 Y 每经校对 Z`` gives (``每经记者 X``, ``Y``): the reporters' byline,
    and the editor it credits beside the trailer's (a reviewer is no editor, LABELLING.md).
    """
    tail = _STAFF_TAIL_RE.search(line)
    if tail is None:
        return line, None
    editors = [
        "、".join(c["names"].split())
        for c in _STAFF_CREDIT_RE.finditer(line, tail.start())
        if c["job"] in LABELS["editor"]
    ]
    return line[: tail.start()] + tail["close"], "、".join(editors) or None


# Words between 记者 and 报道 that name no one (``本台记者现场报道``).
_REPORT_NOT_NAME_RE = re.compile(
    r"(?:现场|現場|前方|一线|一線|连线|連線|联合|聯合|综合|綜合|专题|專題)$"
)


def _report_byline(line: str) -> re.Match[str] | None:
    m = BYLINE_LINE_RE.match(line)
    if m is None or _is_placeholder(m.group("name")):
        return None
    last = _last_name(m.group("name"))
    return None if len(last) < 2 or _REPORT_NOT_NAME_RE.match(last) else m


def _last_name(names: str) -> str:
    """The last of a byline's names (split on 、, commas and spaces)."""
    return NAMES_SEP_RE.split(names)[-1]


# ``劉憲杰／台北``, ``楊智家／綜合報導`` (digitimes' byline and its JSON-LD author, dmsscrape-
# digitimes-3/-4): after the slash where the writer filed from or the report's kind, neither a
# second writer nor an outlet
_FILED_FROM_RE = re.compile(rf"(?:即时|即時|联合|聯合|综合|綜合)?{_REPORTED}")
# (a hyphen after a Chinese name too: devopschina.org's ``社区译者：王英伟-北京``, where the
# translator lives, the meta row naming him 王英伟)
_FILED_TAIL_RE = re.compile(r"\s*(?:[／/]|(?<=[\u4e00-\u9fff])\s*-)\s*(?P<where>[^／/\s-]{2,8})$")


def _filed_from(part: str) -> bool:
    """True for a place (``台北``, ``台北報導``) or a report's kind (``綜合報導``)."""
    place = re.sub(rf"{_REPORTED}$", "", part)
    return bool(_FILED_FROM_RE.fullmatch(part) or (place and _PLACE_RE.match(place)))


def filed_from_cut(name: str | None) -> str | None:
    """``name`` without a ``／place`` tail (``劉憲杰／台北`` -> ``劉憲杰``)."""
    m = _FILED_TAIL_RE.search(name) if name else None
    return name[: m.start()] if m and m.start() >= 2 and _filed_from(m["where"]) else name


# ``上報快訊／范姜佳鈺 2020年03月12日``: a desk, a slash and the writer before the date
_DESK_NAME_RE = re.compile(
    r"^\s*(?P<desk>[\u4e00-\u9fff]{2,8}?(?:快讯|快訊|新闻|新聞|报|報|网|網|社|台|中心|编辑部|編輯部))"
    r"\s*/\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*$"
)


def byline_line(
    page: Page, paras: list[Block], title_idx: int | None, skip: set[int]
) -> tuple[str | None, str | None, str | None]:
    """(names, outlet, editors) of a line of its own that is only a byline (``本报记者 王乐文``;
    the outlet when the line names one before the reporter: ``【聯合晚報╱記者楊正海╱即時報導】``;
    the editors it credits after the reporters: ``每经记者 X 每经编辑 Y``).

    Looked for right under the title, between the title and the first paragraph, as the first
    paragraph, or among the trailer lines after the last one.
    """
    first, last = paras[0].idx, paras[-1].idx
    lo = max(title_idx + 1 if title_idx is not None else first - 6, first - 6)
    # right under the title too, when the text starts further down (a channel's link row and a
    # date line between them)
    under = page.blocks[title_idx + 1 : min(title_idx + 3, lo)] if title_idx is not None else []
    # (the fourth paragraph too: people.com.cn's repost of a paper's page opens its text with
    # the photo's caption and the paper's two headline lines, then ``本报记者 卢泽华``)
    # the trailer ends at a related list's or the comments' heading: a row under 相关文章 carries
    # another item's byline (ev817.com's ``DATE 作者：X 来源：Y`` under each related headline)
    trailer = [page.blocks[last], *blocks_under_text(page, last, TRAILER_SPAN)]
    near = (
        under + page.blocks[lo : first + 1] + paras[1:4] + paras[-4:-1] + trailer
    )  # fmt: skip
    for b in near:
        if b.chars > 80:
            continue
        linked = b.link * 2 > b.chars
        text = nfkc(b.text).strip()
        if b.idx >= last and (tagged := _tag_credits(b, linked)):
            return tagged, None, None
        # a writer linked to an author page counts over the text only: under it, such a line is
        # a related item's (mashable's ``Recommended For You``, dmagazine's ``Most Popular``)
        if linked and not (
            (":" in text and _linked_items_line(b)) or (b.idx <= first and _linked_writers_line(b))
        ):
            continue
        # an English byline may carry its date and time (``By X - Jan 9, 2017 at 10:05AM``)
        english = text[:2] in ("By", "BY") or text[:10] == "Posted by "
        whole = _byline_match(text) if b.chars <= (60 if english else 40) else None
        if whole and b.idx > first and _ENGLISH_DATED_BYLINE_RE.match(text):
            # ``By X Feb 18, 2020 4 min read`` under the text: a related item's row (gaijinpot);
            # the post's own dated byline stands over its text
            whole = None if not _ENGLISH_BYLINE_RE.match(text) else whole
        if whole and filed_under(whole.group("name")):
            # ``作者 收录于 园区动态``: the author slot left empty and the next item's filed-under
            # label after it (LoveIt, DoIt on a site that set no author; tmpl129): no byline
            whole = None
        if whole:
            return whole.group("name"), whole.groupdict().get("outlet"), staff_credits(text)[1]
        if b.chars <= 20 and (pictured := text_pictures_names(text)):
            # ``图文 张天野 孟姣`` over ``审核 X Y`` closing a student society's post (thuce): who
            # did the text and pictures, the writers (LABELLING.md: 图文 credits the writer)
            return pictured, None, None
        # an ideographic space parts two items as a wide gap does (NFKC makes it one blank),
        # or stands between a title and its name (``记者　张三``)
        name = byline_among_items(text)
        if name is None and "\u3000" in b.text:
            name = byline_among_items(nfkc(b.text.replace("\u3000", "  ")).strip())
        if name:
            return name, None, None
    # an outlet's signature below the text, past related links and a credit line
    # (chinadaily: ``（中国日报网英语点津 Helen ）`` after 相关阅读 and ``(Agencies)``)
    for b in page.blocks[last + 1 : last + 1 + TRAILER_SPAN]:
        if b.chars > 120:
            break  # prose again: another article or a comment
        if b.chars <= 40 and b.text.endswith((")", "）", ") ", "） ")):
            name = signature_line(nfkc(b.text).strip(), outlet=True)
            if name:
                return name, None, None
    return None, None, None


# A tag whose own text carries a writer's label (Hugo Stack on chemuasso-cn.github.io: ``<a
# href=/tags/…>Auth:一坨过氧化氢</a>`` in the tag row under the text, hunt172; the lead's session-31
# answer: the writers): a credit. Plain tags (``标签 1``, ``普鲁士蓝``) stay tags.
_TAG_CREDIT_RE = re.compile(r"^(?:Auth|Author|AUTHOR|作者)\s*[:：]\s*(?P<name>\S(?:.{0,18}\S)?)$")


def _tag_credits(b: Block, linked: bool = True) -> str | None:
    """The writers a row of tag links under the text names by their ``Auth:NAME`` tags, parted
    by 、; None when no tag of the row carries a writer's label or text stands outside its links.

    The same row in another theme's markup (its tags as plain words or ``<em>``s parted by wide
    gaps, the label outside the first link: ``Auth:<a>X</a>  <a>标签</a>``) is read from its text:
    the first items ``Auth:NAME``, every other a bare tag word (no label, no sentence; follow181,
    follow201).
    """
    if ":" not in b.text and "：" not in b.text:
        return None  # the cheap test first
    if not linked or _outside_links(b).strip():
        items = [i for i in _LINE_ITEM_SPLIT_RE.split(nfkc(b.text).strip()) if i]
        # (the theme's own ``Auth`` only: a plain ``作者：X`` line is read as a byline is, and a
        # copyright box's ``Author: <a>X</a>`` as the box is, the site's own name no writer)
        # the row may open with several ``Auth:NAME`` items, one a writer (chemuasso's two
        # writers' tags, unlinked in another theme's markup), then the bare tag words
        names = []
        for item in items:
            if not _AUTH_RE.match(item):
                break
            if (m := _TAG_CREDIT_RE.match(item)) is None:
                return None
            names.append(m["name"])
        if not names or not all(map(_TAG_WORD_RE.fullmatch, items[len(names) :])):
            return None
        return "、".join(names)
    names = []
    for a in b.owner.iter("a"):
        if m := _TAG_CREDIT_RE.match(nfkc(node_text(a)).strip()):
            names.append(m["name"])
    return "、".join(names) or None


_AUTH_RE = re.compile(r"Auth\s*[:：]")
# A bare tag of a tag row: a word or two, no label's colon, no sentence's stop
_TAG_WORD_RE = re.compile(r"[^\s:，,。；;！？!?]{1,12}(?: [^\s:，,。；;！？!?]{1,12})?")


def _linked_items_line(b: Block) -> bool:
    """True when a link-heavy line's text outside its links is only labels and blanks: each
    item's value is linked (``<a>中青网记者 魏其濛</a>  来源：<a>中国青年报</a>``, a profile and an
    outlet), which a menu's or a related list's links never are."""
    outside = _outside_links(b)
    return bool(outside.strip()) and _LINK_LABELS_RE.fullmatch(nfkc(outside).strip()) is not None


# Text between a line's links that is only item labels (``来源:``, ``作者:``) and blanks
_LINK_LABELS_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}\s*:\s*)+")


def _outside_links(b: Block) -> str:
    """A line's text with each of its links' words taken out."""
    outside = b.text
    for a in b.owner.iter("a"):
        words = node_text(a).strip()
        if words:
            outside = outside.replace(words, " ", 1)
    return outside


def _linked_writers_line(b: Block) -> bool:
    """True when a link-heavy line's text outside its links is only a byline's role word and
    blanks: each writer linked to an author page (``By <a>Emily Kirkpatrick</a>``, ``记者 <a>X</a>
    <a>Y</a>``), which no menu or related list prints (audit110: people.com, theatlantic.com)."""
    outside = nfkc(_outside_links(b)).strip()
    return bool(outside) and _LINK_ROLES_RE.fullmatch(outside) is not None


# The role words a byline prints before its linked writers (``By``, 记者, 作者, 撰文)
_LINK_ROLES_RE = re.compile(
    rf"(?:(?:By|BY|by|{_WRITER}|{alternation(REPORTER_ROLES)})\s*(?:[,、和]\s*)?)+"
)


# The items of a meta line (NFKC): parted by a bar, a slash between blanks or two blanks or more.
_LINE_ITEM_SPLIT_RE = re.compile(r"\s*[|丨]\s*|\s+/\s+|\s{2,}")
# An item beside a byline that names no one else: a labelled value (``来源:中国青年报``,
# ``浏览次数:123``, ``字号:大 中 小``), a date, a counter, or page controls (``【打印】【关闭】``).
_OTHER_ITEM_RE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}\s*:.*|(?:【[^】]{1,6}】\s*)+|分享到\s*:?|\d+\s*次?(?:浏览|阅读|点击|评论)"
    r"|(?:浏览|阅读|点击|评论)\s*\d+|我有话说|我要评论|发表评论|打印(?:本页)?|关闭(?:窗口)?|收藏|纠错)$"
)


_SQUARE_ITEM_RE = re.compile(r"[\[【]\s*([\u4e00-\u9fff]{1,6}\s*:[^\[\]【】]{1,30}?)\s*[\]】]")
_AUTHOR_ITEM_RE = re.compile(rf"^(?:{alternation(LABELS['author'])})\s*:")


def byline_among_items(line: str) -> str | None:
    """The names of a byline that shares its line with other meta items (NFKC text).

    ``中青报·中青网记者 魏其濛 / 来源:中国青年报``, ``来源:X  本报记者 张三``, ``澎湃新闻记者 贺梨萍
    浏览次数:123``: exactly one item is a byline, and every other item is a labelled value, a
    date, a counter or a page control (a sentence beside it leaves the line alone).
    """
    if "【" in line and "】" in line:
        # an item in 【】 glued to the date (``2024-05-20 10:00【记者 张明华】``, people81's cross
        # test): the corner brackets part it from its neighbours as a gap does
        line = line.replace("【", "  【").replace("】", "】  ").strip()
    if ("[" in line and "]" in line) or ("【" in line and "】" in line):
        # a labelled item in square or corner brackets (``记者 魏其濛 [来源:中国青年报]``): the item as it
        # stands, the brackets parting it from the byline
        line = _SQUARE_ITEM_RE.sub(r"  \1  ", line).strip()
    if "|" in line and (byline := slot_byline(line)):
        # ``记者 X | 人民网 | DATE``, ``By X | China Daily | Updated: DATE``: the slot is the
        # source (decide100), the byline names the writer as alone on its line (follow101)
        return byline_names(byline)
    if "  " not in line and "|" not in line and "丨" not in line and " / " not in line:
        line = _date_item_apart(line)
        if "  " not in line:
            return None  # one item (most short lines): no regex run
    items = [i for i in _LINE_ITEM_SPLIT_RE.split(line) if i]
    if len(items) < 2:
        return None
    names = [(i, byline_names(i)) for i in items if len(i) <= 40]
    found = [(i, n) for i, n in names if n]
    if len(found) != 1:
        return None
    others = [i for i in items if i is not found[0][0]]
    if any(_AUTHOR_ITEM_RE.match(o) for o in others):
        return None  # ``作者:X  譯者:Y``: a second writer's credit, read with the labels
    if all(_OTHER_ITEM_RE.match(o) or _date_item(o) for o in others):
        return found[0][1]
    return None


_TIME_OF_DAY_RE = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?")
_DATE_LABEL_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}\s*:\s*)?")


def _date_item_apart(line: str) -> str:
    """``line`` with a wide gap after the (labelled) date opening it and one blank.

    policy59: ``发布时间：2024-05-20 10:00 记者 张明华`` parts its date from the byline with one
    blank (an ideographic space before NFKC); the date is an item of its own all the same.
    """
    m = DATE_RE.search(line, 0, 24)
    if m is None or not _DATE_LABEL_RE.fullmatch(line, 0, m.start()):
        return line
    end = m.end()
    t = _TIME_OF_DAY_RE.match(line, end)
    end = t.end() if t else end
    rest = line[end:].lstrip()
    if line[end : end + 1] != " " or _OUTLET_NAME_BYLINE_RE.match(rest):
        # ``DATE 新华网 高考``: an outlet and a channel's word after the date, read beside the
        # date (``_author_beside_date``), not as a byline line
        return line
    return f"{line[:end]}  {rest}"


def _date_item(item: str) -> bool:
    """True for an item that is a date, a time of day at most after it (``2024-03-05 10:30``)."""
    m = DATE_RE.match(item)
    return m is not None and re.fullmatch(r"[\d\s:]*", item[m.end() :]) is not None


INLINE_DATELINE_NAMES = re.compile(
    # the outlet may lead the title (``（中青报·中青网记者 X）``)
    rf"^[\u4e00-\u9fff]{{2,12}}?\d{{1,2}}月\d{{1,2}}日[电電]\s*[(（]\s*"
    rf"(?:[\u4e00-\u9fff·]{{0,10}}?(?P<role>{alternation(REPORTER_ROLES)})\s*)?"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*)\s*[)）]"
)


def dateline_names(line: str) -> str | None:
    """The writers in brackets after a dispatch's dateline (INLINE_DATELINE_NAMES); without a
    title each must read as a surname-led name: ``新华社北京6月11日电（全球热点）`` is a column's name."""
    m = INLINE_DATELINE_NAMES.search(line)
    if m is None:
        return None
    if m["role"] is None and not all(_surnamed(n) for n in re.split(r"[、\s]+", m["name"]) if n):
        return None
    return m["name"]


# ``（中央社記者溫貴香台北21日電）``: the reporter, then where and when it was filed; a reprint may
# drop the brackets when the dispatch opens the line (``中央社記者溫貴香台北21日電 …``)
INLINE_FILED_FROM = re.compile(
    rf"(?:[(（]|^)\s*[\u4e00-\u9fff]{{0,6}}?(?:{_TITLE_ALT})\s*(?P<np>[\u4e00-\u9fff]{{4,9}})\s*\d{{1,2}}\s*日\s*(?:专|專)?[电電]"
    r"\s*(?:[)）]|$|(?=\s))"
)

# Where a dispatch is filed from, written after the reporter's name in INLINE_FILED_FROM.
# Cities a dispatch is filed from (Taiwan's and abroad besides the dateline places).
_DISPATCH_CITIES: tuple[str, ...] = tuple(
    "北京 上海 天津 重庆 重慶 广州 廣州 深圳 香港 澳门 澳門 台北 臺北 新北 台中 臺中 台南 臺南 高雄 桃园 桃園 "
    "华盛顿 華盛頓 纽约 紐約 东京 東京 伦敦 倫敦 巴黎 柏林 莫斯科 首尔 首爾 新加坡 曼谷 日内瓦 日內瓦".split()
)
# A place glued after a reporter's name (``盧太城台東縣``, ``覃剑长沙``): a known one, with or
# without 省/市/县, or any one to three characters and 省/市/县
_KNOWN_PLACE_RE = re.compile(rf"(?:{alternation(_PLACE_NAMES + _DISPATCH_CITIES)})(?:省|市|县|縣)?")
_SUFFIX_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,3}(?:省|市|县|縣)")


def _filed_name(filed: re.Match[str] | None) -> str | None:
    """The reporter of an INLINE_FILED_FROM match: the name before the place it was filed from."""
    np = filed["np"] if filed else ""
    cut = next((k for k in _place_cuts(np, 5) if 2 <= len(np) - k <= 4), None) if np else None
    return np[:-cut] if cut else None


def _earlier_places_cut(head: str) -> str:
    """``head`` without the known places, each a word of its own, that end it.

    A report from two places names both before 报道 (经济参考报: ``记者 梁倩 班娟娟 北京 青岛报道``):
    once the last place is cut, 北京 is a place too, not a third reporter.
    """
    head = head.rstrip(" /、")
    while (sep := max(head.rfind(" "), head.rfind("、"))) > 0 and _KNOWN_PLACE_RE.fullmatch(
        head[sep + 1 :]
    ):
        head = head[:sep].rstrip(" /、")
    return head


def _glued_region(head: str) -> int:
    """The length of a known place glued to the end of ``head`` (a region before a city already
    cut: 台灣 of ``張明華台灣台北``), 0 when none; three characters or more stay before it."""
    for k in (3, 2):
        if len(head) - k >= 3 and _KNOWN_PLACE_RE.fullmatch(head[-k:]):
            return k
    return 0


def _place_cuts(head: str, longest: int) -> list[int]:
    """Lengths of the places ``head`` may end with, the split a reader makes first.

    A known place first (longest first: 石家庄市, not 家庄市); then an unknown one of two
    characters and 省/市/县, as most counties and cities are named (``盧太城台東縣``: 台東縣,
    not 城台東縣); then the other unknown lengths, longest first. Each cut leaves one character
    or more before it.
    """
    ks = range(min(longest, len(head) - 1), 1, -1)
    known = [k for k in ks if _KNOWN_PLACE_RE.fullmatch(head[-k:])]
    suffixed = [k for k in ks if k not in known and _SUFFIX_PLACE_RE.fullmatch(head[-k:])]
    return known + sorted(suffixed, key=lambda k: (k != 3, -k))
