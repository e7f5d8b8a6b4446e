"""Name cleaning: clean_person, placeholders, is_site_name, and the patterns they strip."""

from __future__ import annotations

import re

from ...calendar_words import (
    MONTH_ABBRS,
    MONTHS,
    WEEKDAY_FORMS,
    alternatives,
    with_longer,
)
from ..counters import VIEW_WORDS_SIMPLIFIED, either
from ..labels import (
    ACCOUNT_KINDS,
    ACCOUNT_NAMES,
    CREDIT_WORDS,
    DELETION,
    INFRINGEMENT,
    LABELS,
    PHOTO_MARKS,
    PUBLISH_DATE_LABELS,
    REPORTER_ROLES,
    WEB_ADDRESS,
    WEB_ADDRESS_RE,
    WEEKDAY_CN,
    alternation,
)
from ..text import collapse_whitespace, nfkc, nfkc_compact
from .words import (
    _COUNTER,
    _ITEM_LABELS,
    _LATIN_GROUP_END_RE,
    _NOTICE_LINK,
    _ORG_END_RE,
    _OUTLET_END_RE,
    _OUTLET_MARKS,
    _PAGE_WIDGET_RE,
    _STAFF_JOB_AHEAD,
    _TITLE_ALT,
    NOTICE_LINK_RE,
    PEOPLE_LABELS,
    REPORTER_PREFIXES,
    TOPIC_WORDS,
    _surnamed,
    _unit_word,
)


def _someone(value: str) -> bool:
    """True when an author slot's ``value`` names a writer, not a placeholder (未知, 佚名)."""
    bare = _strip_brackets(value.strip(" :：,，;；|｜丨"))
    return not (_is_placeholder(bare) or _is_author_placeholder(bare))


_ROLE_ONLY_RE = re.compile(rf"(?:{_TITLE_ALT})$")
_OWN_OUTLET_MARKS = ("本报", "本報", "本刊", "本网", "本網", "本台", "本站")


def _role_without_name(value: str) -> bool:
    """True for a title with no name (``新华社评论员``, ``本报记者``): an outlet's role names no
    one (LABELLING.md, labelcheck4: a role or desk without a name gives no author)."""
    role = _ROLE_ONLY_RE.search(nfkc_compact(value))
    if role is None:
        return False
    lead = nfkc_compact(value)[: role.start()]
    return not lead or lead in _OWN_OUTLET_MARKS or _OUTLET_END_RE.search(lead) is not None


# The date line's weekday closing a credit (``来源：新华网 星期一``, ``作者：张明华 星期一``): the
# day's name, never a writer's (rules93)
_TRAILING_WEEKDAY_RE = re.compile(rf"\s+{WEEKDAY_CN}$")


# What a site's Latin account may add to the site's name (``CUAsiaWeb`` on the site CUASIA; the
# members' word ``SWUFE-ACMer`` on the association SWUFE-ACM's own site, its one shared account)
_SITE_ACCOUNT_TAIL_RE = re.compile(r"(?:web|website|site|official|team|admin|ers?)?")

# What a group's site calls its members together before its name (spaces gone, casefolded): the site
_SITE_MEMBERS_HEAD = "membersof"


def is_site_name(name: str, site_name: str | None) -> bool:
    """True when ``name`` is the site's own name (compared NFKC, spaces ignored), or that name
    short of its closing 网 (和讯 on 和讯网: ``DATE 和讯`` beside the date names the site): the
    one test for "an author that is only the site", at extraction and when the pipeline cleans.
    A Latin name is compared in any case, a web word after it allowed (``作者:CUAsiaWeb`` on
    cuasia.org, whose name reads CUASIA: the association's account, no writer; ``SWUFE-ACMer``
    on SWUFE-ACM, the members' word)."""
    value, site = nfkc_compact(name), nfkc_compact(site_name or "")
    if not site:
        return False
    if value == site or (len(value) >= 2 and site in (value + "网", value + "網")):
        return True
    value, site = value.casefold(), site.casefold()
    if (
        site.isascii()
        and value.startswith(_SITE_MEMBERS_HEAD)
        and len(value) > len(_SITE_MEMBERS_HEAD)
    ):
        # ``Members of HFI Muse`` on the site HFI MUSE (Hexo Stun's copyright box ``Author:``, the
        # club's config): the club's members together, the site itself, no writer (follow197)
        value = value[len(_SITE_MEMBERS_HEAD) :]
        value = value[3:] if value.startswith("the") and value[3:] == site else value
    # (four letters at least: a short name such as ``AI`` opens too many handles)
    return value == site or (
        len(site) >= 4
        and site.isascii()
        and value.startswith(site)
        and _SITE_ACCOUNT_TAIL_RE.fullmatch(value[len(site) :]) is not None
    )


# --------------------------------------------------------------------------- cleaning: patterns

CJK_NAME_TOKEN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·•]+$")

# Labels that may precede a person or publisher. `文`/`图` only count with a slash.
_PERSON_LABELS = alternation(PEOPLE_LABELS + LABELS["review"])

PERSON_LABEL_LEAD = re.compile(
    # ``︰`` is Hong Kong's Big5 colon (晴報: ``記者︰X``), unread by the raw value's NFKC
    rf"^\s*(?:(?:{_PERSON_LABELS})\s*(?:[:：︰]\s*|\s+|$)|文\s*[/／]\s*图\s*[:：]?\s*"
    rf"|[文{PHOTO_MARKS}]\s*[/／:：]\s*)"
)

# A later label with a colon marks the start of the next meta field (南方都市報作者: 盧韻如).
PERSON_NEXT_FIELD = re.compile(
    # ``图片编辑：`` / ``数据来源：`` credit the media: the value ends before their first word
    rf"(?:(?:图片|圖片|视频|視頻|数据|數據|资料|資料|照片)?(?:{_PERSON_LABELS})|{alternation(PUBLISH_DATE_LABELS)}|时间|日期|点击数|点击|浏览次数|浏览|阅读量|阅读|评论"
    # a hotness counter and the font-size control glued to the value (``来源：X热度：12``,
    # ``作者：X字号：大 中 小``: a CMS meta row of spans with no blank between them)
    r"|热度|字号"
    # the page's buttons labelled with a colon, glued or spaced (``来源：X分享：``, ``作者：X 收藏：``)
    r"|分享|收藏|打印|列印|关注|關注)\s*[:：]"
)

# Trailing junk after the value: separators (a bar, a bullet set apart by spaces: ``编辑：X •
# DATE • 游戏梗``), view counts, share prompts, a trailing date, and bare numbers set apart at
# the end (a comment counter closing the meta line: ``文/X 1``; ``X 0 34``, two counters). A date glued to an outlet's
# name (``中央社113/05/13``) ends the value where the line is split (labels.GLUED_DATE_RE).
# A bullet symbol between the items of a credit line ends the value too (a geometric shape, a
# star or an emoji: htmlsucai's ``来源：山临所办公室🔸时间：2024年5月9日🔸著作权归作者所有``).
# A counter word before its number ends the value too, glued or spaced (``来源：X热度12``,
# ``编辑：X浏览12次``, ``作者：X阅读 12``: the counter's span follows the value's with no blank);
# an ordinal's number is the name's (``来源：第1阅读``, an outlet, was cut to ``第``).
# A call-to-action link glued after the value ends it too (whltyy.com: ``来源：admin<a
# href="tel:…">点击电话咨询</a>``).
PERSON_TRAILING_JUNK = re.compile(
    # (not a bar before the kind of account the source is: ``园区发布|微信公众号``, labels.py)
    rf"\s*(?:[|｜丨](?!\s*{ACCOUNT_KINDS}\s*$)|[\u25a0-\u25ff\u2605\u2606\U0001f300-\U0001faff]"
    rf"|(?<=\s)[•·](?=\s|$)|(?<!第)\d+\s*次?(?:{either(VIEW_WORDS_SIMPLIFIED)})|分享到|【字体|字体[:：]"
    r"|(?:点击|點擊)(?:电话|電話|在线|在線|免费|免費)?(?:咨询|諮詢)$|(?:电话|電話|在线|在線)(?:咨询|諮詢)$"
    rf"|{_COUNTER}"
    # a close or back-to-top button glued to the value or after it (``来源：X关闭窗口``): no
    # outlet's or person's name holds these words
    r"|关闭窗口|關閉窗口|关闭本页|關閉本頁|返回顶部|返回頂部"
    # the next credit's label after a blank, its colon left out where a label element sets it
    # apart (``（编辑：肖振龙  <span>摄影</span><span>王靖雯）</span>``): no name opens with it
    r"|(?<=\s)(?:摄影|攝影|摄像|攝像|编发|編發|图片来源|圖片來源)"
    # a date's label after a blank, glued to its date with no colon (a CMS row ``编辑：王某
    # &nbsp;时间2022-05-09``: the line's date was cut off already, the bare 时间 closed the
    # value): the label ends the value where the date or the value's end follows it; set apart
    # only (``来源：北京时间`` names the outlet 北京时间)
    rf"|(?<=\s)(?:{alternation(PUBLISH_DATE_LABELS)}|时间|時間|日期)(?=\s*(?:\d{{4}}\s*[-/.年]|$))"
    # the link to the site's copyright notice after a blank (cjddsb's ``作者：X  版权声明``)
    rf"|(?<=\s)(?:{_NOTICE_LINK})"
    # the writer's profile glued after the name (``作者：X作者简介：某某大学教授``, ``X简介：…``)
    r"|(?:作者|个人|個人)(?:简介|簡介|介绍|介紹)|(?:简介|簡介)\s*[:：]"
    # (several bare numbers too: a comment and a view counter drawn as icons, ev817.com's
    # ``来源： 环球商用车 <i class="repeat">0</i> <i class="seen">34</i>``)
    # (a journal's issue stamp too: ``中国优生与遗传杂志2002年第10卷第3期``, the paper's edition
    # note of decide79's ``某某日报（2024年05月20日 第03版）``)
    r"|(?<!\d)\d{4}\s*[-/.年]\s*(?:\d|第\s*\d)|(?<=\S\s)\d{1,6}(?:\s+\d{1,6})*$"
    r").*$"
)


# A value led by a reporter's title (``记者梁爽报道``, after a 作者 label maybe), and a name with
# 报道 glued to it
_REPORTER_LED_RE = re.compile(
    rf"^\s*(?:(?:作者|撰文)\s*[:：]\s*)?[(（【\[]?\s*(?:{alternation(REPORTER_ROLES)})"
)
_GLUED_REPORTED_RE = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:报道|報道|報導|报导)")
# ``郑州报道`` / ``自江西报道`` after a writer's name and a blank: where it was reported from
_PLACE_REPORTED_END_RE = re.compile(
    r"(?<=[\u4e00-\u9fff·A-Za-z])\s+(?:发自|發自|自)?[\u4e00-\u9fff]{2,6}?(?:报道|報道|報導|报导)$"
)


# A staff code after a CJK name: ``_NE0011``, `` SN240``, ``（NN1234）``; after each name of a
# joined credit too (policy59: ``责任编辑：张小花 TT1000　版面编辑：刘潇`` joins as ``张小花 TT1000、刘潇``).
# After a Latin name or handle set apart by a blank too (hexun's ``（责任编辑：Tom Lee HN002）``:
# the code is the desk's, whatever script the editor's name is in); glued to one it is the
# handle's own (``weixin_3928``, ``lee2024``)
STAFF_CODE_RE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff])\s*|(?<=[A-Za-z.])\s+)(?:[_＿]\s*)?[(（]?[A-Z]{1,4}\d{2,6}[)）]?"
    r"(?=$|\s*[、，,；;])"
)

# A bracketed role after a person's name: ``王五（实习生）``, ``张三(本报记者``.
PERSON_ROLE_SUFFIX = re.compile(
    # a lead alone (``（实习）``) is a role too; 编辑 and the photo marks are no reporter's titles nor credits
    r"(?<=[\u4e00-\u9fff])\s*[(（]\s*"
    rf"(?:{alternation(REPORTER_ROLES + REPORTER_PREFIXES + CREDIT_WORDS)}|编辑|[{PHOTO_MARKS}])\s*[)）]?$"
)

# Two or more web addresses and nothing else (a 来源 filled with the links of a reprint list).
# One address stays: ``出所：http://j.people.com.cn`` names the publisher's site as written.
_URLS_ONLY_RE = re.compile(rf"^(?:{WEB_ADDRESS}[\s,，;；、]*){{2,}}$")

# A bibliographic reference under 来源 (a section's quotation in a multi-section page cites its
# paper: ``来源: A: Title (A. "Title." Journal (1970).)``): a document-type mark (``[J]``), a
# year in brackets or closing an item (``Mind, 1950.``), ``et al``; with a long value only
_CITATION_RE = re.compile(
    r"\[[JMDCR]\]|\((?:1[89]|20)\d{2}\)|[,，.]\s*(?:1[89]|20)\d{2}[.)]|\bet al\b"
)
_CITATION_MIN = 40

# The words a reposting site writes after its name (``酷勤网收集``, ``游民星空 整理``)
REPOST_VERBS = ("收集", "整理", "转载", "轉載", "转贴", "轉貼", "摘编", "摘編", "搜集")
_REPOST_VERB = "|".join(REPOST_VERBS)
# A reposting site's credit written after the publisher: a word, then 收集 / 整理 / 转载 / 摘编.
_REPOST_CREDIT_RE = re.compile(
    rf"(?<=\S)\s+\S{{2,12}}?\s*(?:{_REPOST_VERB})$"
    # or in brackets, the reposting site's name maybe left out (``科技日报 （转载）``)
    rf"|(?<=\S)\s*[(（]\s*\S{{0,12}}?(?:{_REPOST_VERB})\s*[)）]?$"
)

# A rights note in brackets after the outlet (``吱咕爱游 （图片源于网络，如有侵权请联系作者删除）``,
# ``(版权归原作者所有)``): about the pictures or the copyright, no part of the publisher's name.
_RIGHTS_NOTE_RE = re.compile(
    rf"(?<=\S)\s*[(（][^()（）]*(?:{INFRINGEMENT}|侵删|侵刪|版权|版權|{DELETION}|图片|圖片)[^()（）]*[)）]?$"
)

# A photographer's credit among the names: the names after it are no writers
# (``记者 张三 摄影 李四``, ``文/张三 摄/李四``; LABELLING.md: 摄 / 图 credit no author).
_PHOTO_CREDIT_RE = re.compile(
    rf"^(?:{alternation(LABELS['photo'] + ('图片', '圖片'))}|[{PHOTO_MARKS}])(?:[:：/／]|$)"
)

# A value without CJK made mostly of a long digit run: a generated id, not a name.
JUNK_ID_VALUE = re.compile(r"^[A-Za-z_-]{0,4}\d{6,}[A-Za-z_-]{0,4}$")

PERSON_BRACKET_PAIRS = {"【": "】", "[": "]", "(": ")", "（": "）", "〔": "〕", "「": "」"}

# Separators between several author names.
AUTHOR_SPLIT = re.compile(r"\s*[、，,;；/／]\s*")

# Role words that sometimes sit between names: 记者 张三 通讯员 李四.
AUTHOR_ROLE_WORD = re.compile(
    rf"^(?:{alternation(REPORTER_ROLES + CREDIT_WORDS)}|[{PHOTO_MARKS}])$"
)

# A job title or description standing where a name should (dropped when a name is beside it);
# a reporter's title after the outlet too (``作者：新华社记者 张三``)
AUTHOR_TITLE_END = re.compile(
    r"(?:作者|作家|研究员|教授|部长|主任|院长|所长|博士|社长|总编辑|主编|专家|学者|处长|科长|局长|厅长"
    r"|校长|书记|主席|经理|总监|总裁|董事长|干部|教师|老师"
    # clinicians and counsellors (``中级心理治疗师 林淄``)
    rf"|治疗师|咨询师|医师|心理师|{_TITLE_ALT})$"
)

# A role word glued to the name: ``（记者张三 通讯员李四）`` gives ``通讯员李四``; the outlet may
# lead the role (``南都记者林子沛``, ``新华社记者 张三`` after a 作者 label)
# (robust117: the name after the role may be a dotted one, ``特约记者阿依古丽·吐尔逊``, or a Latin one,
# ``记者Tom Lee``, ``南都见习记者 J. Smith``: the role goes whatever script the name is in)
_LATIN_PERSON = r"[A-Za-z][A-Za-z.'-]*(?:\s+[A-Za-z][A-Za-z.'-]*){0,3}"
_ROLE_LED_NAME = rf"[\u4e00-\u9fff·]{{2,4}}$|[\u4e00-\u9fff]{{1,8}}(?:·[\u4e00-\u9fff]{{1,8}}){{1,3}}$|{_LATIN_PERSON}$"
AUTHOR_ROLE_LEAD = re.compile(
    rf"^[\u4e00-\u9fff·]{{0,10}}?(?:{alternation(REPORTER_ROLES)})\s*(?={_ROLE_LED_NAME})"
)
# A writer's title set apart before a Latin name (``观察者网专栏作者 Lucy Wang``): CJK names are
# parted at the blank and the title dropped as a name of its own (AUTHOR_TITLE_END); a Latin
# name is no CJK token, so the title is cut here
_TITLE_BEFORE_LATIN_RE = re.compile(rf"^(?P<title>[\u4e00-\u9fff]{{2,12}})\s+(?={_LATIN_PERSON}$)")
# A credit word set apart after a Latin name (``记者 Lucy Wang 整合``): the compiling credit, as
# after a CJK name, where it is a token of its own
_CREDIT_AFTER_LATIN_RE = re.compile(rf"(?<=[A-Za-z0-9_.])\s+(?:{alternation(CREDIT_WORDS)})$")

# An institution written right before the name: ``武汉大学历史学院郭伦``.
AUTHOR_AFFILIATION_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,16}?(?:大学|大學|学院|學院|研究院|研究所|研究中心|医院|醫院|报社|報社|杂志社)\s*"
    r"(?=[\u4e00-\u9fff]{2,3}$)"
)

# The writer's unit in brackets after the name: ``张三（计算机学院）``, ``X（科技处）`` (an office's
# name ends it, so ``（记者 X）`` or ``（实习）`` stays for the other rules)
# (a trailer's value may come with its closer cut off: ``张三（计算机学院``)
AUTHOR_UNIT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff·]{2})\s*[(（](?P<unit>[^()（）]{2,24})[)）]?$")

# 图 (pictures) glued before a name of two or three characters; 图门 is a surname
_PHOTO_MARK_LEAD = re.compile(r"^[图圖](?=[^门門][\u4e00-\u9fff]{1,2}$)")

# A job title written right before the name: ``研究员徐占忱``, ``教授 张三``.
AUTHOR_TITLE_LEAD = re.compile(r"^(?:副?研究员|副?教授|博士)\s*(?=[\u4e00-\u9fff]{2,4}$)")
_OUTLET_MARK_NAME_RE = re.compile(_OUTLET_MARKS)


# --------------------------------------------------------------------------- cleaning
ROLES = frozenset({"author", "editor", "source"})

# A CMS account's name (labels.ACCOUNT_NAMES): in an editor slot it is who posted the page, kept as
# written (LABELLING.md: ``责任编辑：admin``, like a staff code alone); in the author and source
# slots it names no one.
# Compared after casefold(); values that carry no information about a person or publisher.
PLACEHOLDERS = frozenset(
    {
        *ACCOUNT_NAMES,
        "",
        "-",
        "--",
        "—",
        "——",
        "/",
        "佚名",
        "未知",
        "不详",
        "不詳",
        # "not found yet" (devopschina.org's ``原作者：暂未发现`` in a translation's credit box)
        "暂未发现",
        "暫未發現",
        "匿名",
        "未署名",
        "本站",
        "本网",
        "本網",
        "本站原创",
        "本站原創",
        "本网原创",
        "本網原創",
        "原创",
        "原創",
        "网络",
        "網絡",
        "網路",
        "互联网",
        "互聯網",
        # a lone generic word a template prints in the 来源 slot (LABELLING.md, labelcheck5:
        # scjchc.cn's ``来源： 网``, scored as no source like 本网)
        "网",
        "網",
        "暂无",
        "暫無",
        "无",
        "無",
        "null",
        "none",
        "undefined",
        "n/a",
    }
)


# Only in the author slot (an editor line keeps what follows its label, LABELLING.md): a CMS
# account or a repost note in the 作者 / 发布人 slot names no writer.
AUTHOR_PLACEHOLDERS = frozenset(
    {
        "系统管理员",
        "系統管理員",
        "超级管理员",
        "超級管理員",
        "站长",
        "站長",
        "webmaster",
        "root",
        "默认",
        "默認",
        "信息员",
        "信息員",
        "发布员",
        "發布員",
        "本站编辑",
        "本网编辑",
        "本網編輯",
        "网友",
        "網友",
        # a role standing for the people behind the site (chinadevopsdays.org's meta row glues
        # its 作者 label to ``组织者``, the organisers): no one named (the owner rule, session 29)
        "组织者",
        "組織者",
        # the role word itself in the slot (chinadevopsdays.org's theme prints ``作者wirter``, its
        # misspelt placeholder for "writer"): a role, no one named (LABELLING.md, session 34)
        "writer",
        "wirter",
        # ``作者:网友整理`` (qqtn.com's copy, 221 screened pages): "compiled by netizens", no one
        # named, as the site's own 沃保整理 names no writer (LABELLING.md, thirteenth round; audit108)
        "网友整理",
        "網友整理",
        "网络整理",
        "網絡整理",
        # the name a forum shows for a visitor who is not logged in (kaskus's reply box)
        "guest",
        "游客",
        "遊客",
        "访客",
        "訪客",
        "转载",
        "轉載",
        "网络转载",
        "網絡轉載",
        "来源网络",
        "來源網絡",
        "来自网络",
        "來自網絡",
    }
)


# A repost marker in a name slot: the 转载 placeholder joined to the outlet the text was taken
# from by a dash, a colon or a blank (Hexo front matter ``author: 转载-致诚书院`` printed in the
# Fluid banner's and licence box's 作者 slot, hunt265): where the text comes from, as ``转载自X``
# says it, no writer (LABELLING.md, session 35: source X, no author). The bare word alone stays a
# placeholder (AUTHOR_PLACEHOLDERS); ``转载自X`` is the 转载自 credit's (credits.py).
_REPOST_MARKER_RE = re.compile(
    r"^(?:转载|轉載)(?:自|于|於)?\s*[-‐‑–—－~～:：|｜/／\s]\s*(?P<name>[^\s:：,，;；。]{2,30})$"
)


def repost_marker(value: str | None) -> str | None:
    """The outlet of a ``转载-X`` / ``转载：X`` / ``转载 X`` name slot (``value``), else None."""
    if not value or "载" not in value and "載" not in value:
        return None
    m = _REPOST_MARKER_RE.match(nfkc(value).strip())
    return m["name"] if m is not None else None


def _is_author_placeholder(value: str) -> bool:
    """True for a CMS account or a repost note standing in the author slot (系统管理员, 转载)."""
    return nfkc(value).strip().casefold() in AUTHOR_PLACEHOLDERS


def _strip_brackets(text: str) -> str:
    """Remove one surrounding bracket pair, and a dangling opener or closer."""
    text = text.strip()
    if len(text) >= 2 and PERSON_BRACKET_PAIRS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    if text and text[0] in PERSON_BRACKET_PAIRS and PERSON_BRACKET_PAIRS[text[0]] not in text:
        text = text[1:].strip()
    closers = set(PERSON_BRACKET_PAIRS.values())
    if text and text[-1] in closers:
        opener = next(o for o, c in PERSON_BRACKET_PAIRS.items() if c == text[-1])
        if opener not in text:
            text = text[:-1].strip()
    return text


def _strip_labels(text: str) -> str:
    """Remove leading labels (责任编辑：, 记者, 文/图 ...), repeatedly."""
    while True:
        match = PERSON_LABEL_LEAD.match(text)
        if not match or match.end() == 0:
            return text
        text = text[match.end() :].strip()


def _cut_trailing(text: str) -> str:
    """Cut the value at the next labelled field, separator, view count or date."""
    # a value that is a web address (``新闻来源： http://news.buaa.edu.cn/…``, LABELLING.md): the
    # address is the value whole; a date in its path is no date of the line
    if (url := WEB_ADDRESS_RE.match(text)) and not WEB_ADDRESS_RE.match(text[url.end() :].lstrip()):
        return url.group(0)  # (a list of addresses is left whole: it names no publisher)
    match = PERSON_NEXT_FIELD.search(text)
    if match and match.start() > 0:
        text = text[: match.start()]
    # (a bracket the cut left open: ``人民日报（2024年05月20日 04 版）`` ends at its date)
    return PERSON_TRAILING_JUNK.sub("", text).strip().rstrip("（(【[ ")


# A print, bookmark or share button glued to the value with no colon (``来源：科技日报收藏``,
# ``作者：周明轩打印``: the button's span follows the value's with no blank).
_GLUED_BUTTON_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:收藏|打印|列印|分享)$")


def _drop_glued_button(text: str, role: str) -> str:
    """``text`` without a button's word glued to its end; an outlet's only after an outlet's end."""
    m = _GLUED_BUTTON_RE.search(text)
    if m is None:
        return text
    rest = text[: m.start()]
    # an outlet may end in the word (``中国收藏``, ``3D打印``): cut only after a name that ends
    # as an outlet or a body does (``科技日报收藏``, ``某某市科学技术局打印``)
    if role == "source" and not (_OUTLET_END_RE.search(rest) or _ORG_END_RE.search(rest)):
        return text
    return rest


# A bracketed page control closing a name (``焦鹏 【纠错】``, its closer maybe cut already).
_TRAILING_CONTROL_RE = re.compile(r"(?<=\S)\s+[【\[][^】\]\s]{1,6}[】\]]?$")

# the person's mail address after the name (wufazhuce: ``责任编辑：金子棋 jinziqi@wufazhuce.com``)
_TRAILING_EMAIL_RE = re.compile(r"(?<=\S)\s+[(（<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)）>]?$")

# A page control printed beside an empty people slot (``责任编辑：`` then a 举报 link): the
# control's word is read as the value, and it names no one.
_CONTROL_VALUE_RE = re.compile(
    r"^(?:我要)?(?:举报|舉報|纠错|糾錯|打印(?:本页|本頁)?|关闭(?:窗口)?|關閉(?:窗口)?|分享(?:到)?|收藏"
    r"|返回(?:顶部|頂部|首页|首頁)?|评论|評論|点赞|點讚|复制链接|複製鏈接)$"
)


# The site's own word in the editor slot (``编辑：本站``): kept as written too (LABELLING.md, Fields:
# "a site name is kept if that is what follows the label"; policy71)
_EDITOR_SITE_WORDS = frozenset({"本站", "本网", "本網"})


def _editor_account(value: str, role: str) -> bool:
    """True for a CMS account's name (admin, 管理员) or the site's own word in the editor slot."""
    norm = nfkc(value).strip().casefold()
    return role == "editor" and (norm in ACCOUNT_NAMES or norm in _EDITOR_SITE_WORDS)


def _is_placeholder(value: str) -> bool:
    """True for 佚名 / admin / 本站原创 / empty / a page control's word and similar."""
    # the package's cached NFKC: it differs only in reading ``︰`` as ``:``, which neither a
    # placeholder nor a control's word holds
    norm = nfkc(value).strip().casefold()
    return norm in PLACEHOLDERS or _CONTROL_VALUE_RE.match(norm) is not None


# Two names joined by a conjunction (``张明华和李建国``, ``张明华 与 李建国``); both must read as
# names led by a surname, so ``张和平`` stays one name
_AND_NAMES_RE = re.compile(
    r"^(?P<a>[\u4e00-\u9fff]{2,3})\s*(?:和|与|與|及)\s*(?P<b>[\u4e00-\u9fff]{2,3})$"
)


# A school's or an institute's name standing before its writers (a society or a desk credited
# beside a reporter, ``中西医学会、周婷玉``, stays: LABELLING.md keeps it as written)
_UNIT_END_RE = re.compile(r"(?:大学|大學|学院|學院|研究院|研究所|研究中心|医院|醫院|学校|學校)$")

# A note in brackets beside a writer's name: the unit, a job title or the country
# (a trailer's value may come with the last closer cut off)
_NAME_NOTE_RE = re.compile(
    r"[(（\[【〔]\s*(?P<unit>[^()（）\[\]【】〔〕]{1,24}?)\s*(?:[)）\]】〕]|$)"
)
# A country in brackets (``[美]``, ``（美国）``): one or two characters, or a name ending in 国
_COUNTRY_NOTE_RE = re.compile(r"^(?:[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,4}[国國])$")
# An organisation's acronym in brackets after the name (``HansB （AKA）``, ``张三（IBM）``): the unit
_ACRONYM_NOTE_RE = re.compile(r"^[A-Z]{2,6}$")
# ``等`` / ``等人`` closing a list of writers (``作者：张三 李四 等``, ``张三、李四等``): "and
# others", no name; set apart, or after a list of two names or more (a lone ``X等`` may be a name)
_AND_OTHERS_END_RE = re.compile(
    r"(?:\s+|(?<=[、，,\s][\u4e00-\u9fff·]{2})|(?<=[、，,\s][\u4e00-\u9fff·]{3}))等人?$"
)
# Footnote digits glued after a name (``张三1，李四2``; NFKC turns ``¹`` into ``1``)
_FOOTNOTE_MARK_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?:,[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})*(?=[\s、，,;；]|$)"
)


def _footnoted(value: str) -> bool:
    """True when the digits glued after names are footnote marks: a paper's list marks every
    writer (``张三1 李四2``), a lone writer's mark is one too; one digit among three names or more
    is a handle's own (sspai's co-writer ``化学心情下2`` beside ``Snow``, ``克莱德``)."""
    marks = len(_FOOTNOTE_MARK_RE.findall(value))
    return marks != 1 or len(AUTHOR_SPLIT.split(value)) < 3


def _drop_unit(m: re.Match[str]) -> str:
    """A bracketed note that is a unit, a job title or a country: gone; another note stays."""
    unit = m["unit"]
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
        # brackets glued inside a Latin token on both sides (a pen name written as a formula,
        # chemuasso's ``Auth:雷酸汞Hg(CNO)2``): the name as written, no note after it
        return m.group(0)
    if _ORG_END_RE.search(unit) or AUTHOR_TITLE_END.search(unit) or _COUNTRY_NOTE_RE.match(unit):
        return " " if m.start() else ""
    if m.start() and _ACRONYM_NOTE_RE.match(unit):
        return " "
    if (
        m.start()
        and _CJK_NICKNAME_RE.fullmatch(unit)
        and m.string[: m.start()].rstrip()[-1:].isascii()
    ):
        return " "  # ``PN Wu (小平)``: a Latin name's Chinese nickname (LABELLING.md, corpus28)
    return m.group(0)


# (up to eight: a PTT account's nickname, ``TyuzuChou (子瑜我老婆)``, left85)
_CJK_NICKNAME_RE = re.compile(r"[\u4e00-\u9fff]{1,8}")


# Latin words with a slash between two of them and nothing else (``IT/Social Media Team``)
_LATIN_SLASHED_GROUP_RE = re.compile(r"^[A-Za-z][A-Za-z&.' -]*(?:/[A-Za-z][A-Za-z&.' -]*)+$")


def _join_padded(tokens: list[str]) -> list[str]:
    """CJK name tokens with single characters in a row joined: ``方 汉`` is one padded name."""
    merged: list[str] = []
    for t in tokens:
        if len(t) == 1 and merged and len(merged[-1]) == 1:
            merged[-1] += t
        else:
            merged.append(t)
    return merged


# A Latin byline's word before the name, kept in a value a schema or an author element gives
# (``by Mike Sula``, ``Von Moritz Wichmann``, ``von Autor: Georg Holzer``), and a theme's author
# link beside the byline (``More by Logan C. Ritchie``): the role word, no part of the name, as
# 记者 is none (audit110: chicagoreader.com, neues-deutschland.de, futurezone.at, autozeitung.de,
# two piratenpartei sites, roughdraftatlanta.com)
_LATIN_BYLINE_LEAD_RE = re.compile(
    r"^(?:(?:More|View all|All)(?:\s+(?:[Ss]tories|[Aa]rticles|[Pp]osts))?\s+"
    r"|(?:Written|Posted|Reported|Story|Words|Text)\s+)?"
    r"(?:by|By|BY|von|Von|VON)\s+(?:(?:Autor|Author|AUTHOR)\s*[:：]\s*)?(?=\S)"
)
# A date's or a date stamp's word where a writer's name should be: a weekday or a stamp word
# alone (``Modified March 9, 2017`` and ``Montag, 12.10.2020`` read as NAME DATE, a bare
# ``Announced`` over the date), or a month or weekday before the day's number (``November 2``,
# ``Thursday 2 Nov 2023 10``). A month alone may be a first name (April, June) and stays.
# (a theme's English meta label in its own span before the date or a counter, Hexo Stun's
# ``Created 2019-08-22``, ``Views``, ``Words``: the row's word, no writer; hunt175's hfimuse pages)
# Alone or before the day's number, a weekday's name or abbreviation (calendar_words.WEEKDAY_FORMS,
# the one set); before the day's number, a month's abbreviation but May (``May.`` with a dot is
# not read here), ``Sept`` or a month's name too.
_WEEKDAY_WORDS = alternatives(WEEKDAY_FORMS)
_MONTH_ABBRS_BUT_MAY = alternatives(a for a in with_longer(MONTH_ABBRS) if a != "May")
_DATE_WORD_RE = re.compile(
    rf"^(?:{_WEEKDAY_WORDS}"
    r"|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
    r"|Modified|Updated|Published|Posted|Announced|Released|Last updated"
    r"|Created|Edited|Last modified|Last edited|Views|Words|Reading time|Read time"
    r"|Veröffentlicht|Aktualisiert|Geändert|公開|更新)\.?$"
    rf"|^(?:(?:{_MONTH_ABBRS_BUT_MAY})\.?|{alternatives(MONTHS)}"
    r"|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
    rf"|{_WEEKDAY_WORDS})(?:,)?\s+\d"
)
# An academic or professional title after a comma closing a Latin name (``Grant Tinsley, PhD``):
# the name's suffix, no second writer
_CREDENTIAL_RE = re.compile(
    r"^(?:Ph\.?\s?D|M\.?D|MPH|MBA|MSc|BSc|RN|RD|RDN|DDS|DVM|PharmD|CPA|Esq|Jr|Sr)\.?$"
)


def _split_authors(value: str) -> list[str]:
    """Split several author names; whitespace splits only between CJK-only tokens."""
    names: list[str] = []
    # ``·江　流·``: dots set around a centred byline for typography (LABELLING.md: 江流)
    value = value.strip(" ·•・")
    if "(" in value or "（" in value or "[" in value:
        # each writer's unit or country in brackets (``张三（浙江大学） 李四（复旦大学）``, ``[美] X``)
        value = _NAME_NOTE_RE.sub(_drop_unit, value).strip()
    if "等" in value:
        value = _AND_OTHERS_END_RE.sub("", value)
    if any(c.isdigit() for c in value) and _footnoted(value):
        value = _FOOTNOTE_MARK_RE.sub("", value)  # ``张三1 李四2``: an affiliation's footnote mark
    if "/" in value and _LATIN_SLASHED_GROUP_RE.match(value) and _LATIN_GROUP_END_RE.search(value):
        # ``作者:IT/Social Media Team`` (cuasia.org): one team whose name holds a slash, kept as
        # written (LABELLING.md, seventh round: a team in the 作者 slot), no two writers
        return [value]
    for part in AUTHOR_SPLIT.split(value):
        pair = _AND_NAMES_RE.match(part) if len(part) <= 9 else None
        if pair and _surnamed(pair["a"]) and _surnamed(pair["b"]):
            names.extend((pair["a"], pair["b"]))  # ``张三和李四``: two writers joined by 和
            continue
        tokens = part.split()
        if len(tokens) > 1 and all(CJK_NAME_TOKEN.match(t) for t in tokens):
            # 张  三 / 方 敏: a two-character name padded to three columns; single characters
            # in a row are one name (``王乐文 方 敏`` is two people)
            merged = _join_padded(tokens)
            if _unit_word(merged[0]):
                # a department before the name (``作者：心血管内科 张明华``, decide79), as a school's
                # unit is dropped (``作者：计算机学院 张三``)
                merged = merged[1:] or merged
            names.extend(merged)
        elif part:
            names.append(part)
    # ``观察者网专栏作者 王文``, ``…研究部部长、研究员徐占忱``: job titles around the name; a
    # unit before the names (``作者：计算机学院 张三``)
    if len(names) > 1:
        kept = [
            n
            for n in names
            if not AUTHOR_TITLE_END.search(n)
            and not _UNIT_END_RE.search(n)
            # ``文｜财新 余聪``: the outlet's mark before the writer is no name (LABELLING.md, corpus30)
            and not _OUTLET_MARK_NAME_RE.fullmatch(n)
        ]
        names = kept or names
    cleaned: list[str] = []
    for name in names:
        if _PHOTO_CREDIT_RE.match(name):
            break
        name = _strip_brackets(_strip_labels(name))
        name = AUTHOR_ROLE_LEAD.sub("", name)
        name = AUTHOR_AFFILIATION_LEAD.sub("", name)
        if name[-1:].isascii() and (lead := _TITLE_BEFORE_LATIN_RE.match(name)):
            if AUTHOR_TITLE_END.search(lead["title"]):
                name = name[lead.end() :]
        if " " in name:
            name = _CREDIT_AFTER_LATIN_RE.sub("", name)
        if len(name) >= 4 and (person := unit_lead_name(name)):
            name = person  # ``作者：党办郭彤阳``: the office glued before the writer goes
        if ("（" in name or "(" in name) and (unit := AUTHOR_UNIT_TAIL.search(name)):
            cut = _ORG_END_RE.search(unit["unit"]) or AUTHOR_TITLE_END.search(unit["unit"])
            name = name[: unit.start()] if cut else name
        if len(names) > 1 and name[:1] in "图圖":
            # ``作者：图曹杰 汪仁洪``: the pictures' credit glued to the first of several names
            name = _PHOTO_MARK_LEAD.sub("", name)
        t = AUTHOR_TITLE_LEAD.match(name)
        if t and len(name) > len(t.group(0)) + 1:
            name = name[t.end() :]
        if name[:1].isascii():
            name = _LATIN_BYLINE_LEAD_RE.sub("", name)
        if (
            not name
            or AUTHOR_ROLE_WORD.match(name)
            # a topic or column word in the writer's slot (``作者：要闻``, ``本报记者 安全``): no
            # one's name, as beside the date or in a closing bracket (words.TOPIC_WORDS)
            or name in TOPIC_WORDS
            or _is_placeholder(name)
            or _is_author_placeholder(name)
            or _DATE_WORD_RE.match(name)
            or (cleaned and _CREDENTIAL_RE.match(name))
        ):
            continue
        if name not in cleaned:
            cleaned.append(name)
    return cleaned


# A sentence where an editor's name should be: its closing stop, or ten Chinese characters in a
# row (names are four at most, a desk with a title ``编辑部主任刘小明`` eight)
_SENTENCE_RE = re.compile(r"[。！？!?]|[\u4e00-\u9fff]{10}")
# One name of a list split at full-width commas: Chinese (a desk's four characters or a
# bracketed note kept) or Latin words
_NAME_PART_RE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff·]{2,8}(?:\s*[(（][^()（）]{1,12}[)）])?|[A-Za-z][A-Za-z .'-]{1,30})\s*$"
)
# A web address in brackets after a person's name: the writer's site, no part of the name
_NAME_SITE_NOTE_RE = re.compile(r"(?<=\S)\s*[(（]\s*(?i:https?://|www\.)[^\s()（）]+\s*[)）]?$")
# A web address after a comma or a blank closing a person's value (``原文作者：MULESOFT RESEARCH,
# https://www.mulesoft.com/lp/…``): where the original stands, no writer (its slashes made names)
_NAME_ADDRESS_TAIL_RE = re.compile(rf"(?<=[^\s,，;；])[\s,，;；]+{WEB_ADDRESS}$")
_NAMES_BEFORE_COMMA_RE = re.compile(
    r"^(?P<names>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)\s*[，,]"
)

# A page control's own label where a value should start: the slot before it was empty
_WIDGET_LABEL_RE = re.compile(
    r"^(?:调整)?(?:字号|字號|字体|字體|分享到|浏览次数|瀏覽次數|阅读数|閱讀數)\s*:"
)

# A question of five or more CJK characters: what a speaker label in an interview introduces
_QUESTION_RE = re.compile(r"[\u4e00-\u9fff](?:[^?？]*?[\u4e00-\u9fff]){4}[^?？]*[?？]")

# A sentence's stop inside a value, not only closing it: names hold none
_INNER_STOP_RE = re.compile(
    r"[。！!？?](?=.*[\u4e00-\u9fff])|[\u4e00-\u9fff]{2}[，,][^，,]*[。！!]$"
)

# The next staff credit after a writer's or an editor's names, written without a colon and maybe
# led by the paper's short name (``记者 X 每经编辑 Y``, ``编辑 Y 每经校对 Z``)
_NEXT_STAFF_RE = re.compile(rf"\s+(?={_STAFF_JOB_AHEAD}\s+\S)")
# A reporter's title after a blank ending an editor's value, maybe with the reporter's names
_NEXT_REPORTER_RE = re.compile(
    rf"\s+(?:[/／|丨]\s*)?[\u4e00-\u9fff]{{0,4}}?(?:{_TITLE_ALT})(?:\s+\S.*)?$"
)
# A person's contact details after the name under a Latin label (chinahighway.com's desktop
# template: ``【编辑：王珏 QQ：1485994861；TEL：13810405128/010-84990788—1369】``): a blank, the
# label and its colon start them; the name is what stands before. A Chinese label (电话：) is
# another item already (_NEXT_LABELLED_RE, _NEXT_ITEM_RE).
_CONTACT_TAIL_RE = re.compile(r"\s+(?i:qq|tel|fax|e-?mail|msn|wechat|phone|mobile)\s*[:：︰].*$")
# An ellipsis closing a value the template cut short: three dots or more, or the ellipsis sign
_CUT_SHORT_RE = re.compile(r"\s*(?:\.{3,}|…+|⋯+)$")
# A labelled item after a blank, maybe after a slash: a word of one to six characters and a colon
_NEXT_LABELLED_RE = re.compile(r"\s+(?=(?:[/／]\s*)?[\u4e00-\u9fff]{1,6}\s*[:：︰])")
# The next item of a meta line after an author's name: a word and a colon, or a source's, an
# editor's or a date's label written without one before its value (``作者 张三 来源 科技日报``),
# or such a label glued to the name where the page sets its items in bare spans (``<span>作者
# </span><span>张三</span><span>发布时间</span>…``: the text reads 作者张三发布时间…;
# _ITEM_LABELS, with the colon-less labels above)
_NEXT_ITEM_RE = re.compile(
    # where the writer filed from (``记者 张明华 发自北京``, qbitai's ``发自 凹非寺``)
    r"\s+(?=[\u4e00-\u9fff]{1,6}\s*[:：]|发自|發自"
    rf"|(?:{_ITEM_LABELS}|时间|日期)\s+\S"
    # the book or paper the text is taken from, its name bracketed (263.net's book excerpts:
    # ``作者： 赵婕 出自[人民文学出版社]``, the value maybe cut at the bracket): 出自 is no writer
    r"|(?:出自|选自|選自|摘自|引自)\s*(?:[\[【《「]|$))"
    # a staff credit of the byline line, its title maybe led by the paper's name (``每经编辑 X``)
    rf"|{_NEXT_STAFF_RE.pattern}"
    rf"|(?<=[\u4e00-\u9fff]{{2}})(?=(?:{_ITEM_LABELS})(?:[:：\s\d]|$)|(?:来源|來源)[\u4e00-\u9fff]{{2,}}$)"
)


# Where a writer of a Latin-lettered name lives, bracketed after the name as city and country
# (ubuntuguide.org's 作者 : Chua Wen Kiat (吉隆坡, 馬來西亞)): a place note, not more names
_LATIN_NAME_PLACE_RE = re.compile(
    r"(?<=[A-Za-z.])\s*[(（]\s*[\u4e00-\u9fff]{2,8}(?:\s*[,，、]\s*[\u4e00-\u9fff]{2,8}){1,2}\s*[)）]?$"
)


def _outlet_after_names(text: str) -> str:
    """The writers' names without an outlet closing their list (chinahighway's ``作者：阿旺扎西 张伟
    国青年网 2019-02-24``, the items' gaps squashed): no person is named like an outlet (网, 报,
    社 …); an outlet alone in the slot stays (the ninth round)."""
    words = text.split()
    if (
        len(words) >= 2
        and len(words[-1]) >= 3
        and _OUTLET_END_RE.search(words[-1])
        and all(CJK_NAME_TOKEN.match(w) and 2 <= len(w) <= 4 for w in words[:-1])
    ):
        return " ".join(words[:-1])
    return text


# A writer set between a title longer than a name and an honorific, each apart by a blank
# (chinadevopsdays.org's closing ``本文原作者：DevOpsDays中国站联合发起人 孙振鹏 先生``): the name,
# as a title before a name is left out (LABELLING.md), and the courtesy word after it too
_TITLED_HONOURED_RE = re.compile(
    r"^\S{5,}\s+(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3})\s+(?:先生|女士)$"
)


def clean_person(raw: str | None, *, role: str, site_name: str | None = None) -> str | None:
    """Clean an author/editor/source value; None for placeholders and empty values."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {sorted(ROLES)}, got {role!r}")
    if raw is None:
        return None
    text = collapse_whitespace(raw)
    if role == "author" and text[:1].isascii() and _DATE_WORD_RE.match(text):
        return None  # ``November 2``: a date's words, read before the day's digits are cut
    # Brackets may wrap the label (【编辑:田博群】) or the value (编辑：【田博群】).
    text = _strip_brackets(text)
    text = _strip_labels(text)
    text = _drop_glued_button(_cut_trailing(text), role)
    text = _strip_brackets(text)
    text = _strip_labels(text)
    text = text.strip(" :：︰,，;；|｜丨")
    if role == "source":
        # a dash between the label and the outlet (``来源——科技日报``, ``来源－科技日报``)
        text = text.lstrip("-－—–")
        # the template cuts a long value short with an ellipsis (sctcm.sc.gov.cn's ``【来源：
        # 综合自学习强国、川观新闻、成都体育学院附属体...】``): the value is what it shows before
        # the dots (the lead's session-24 decision, LABELLING.md hunt105)
        text = _CUT_SHORT_RE.sub("", text)
    if role != "author":
        # a slash closing the item before the next label (``来源：网络 / 编辑：X / 浏览：98``);
        # an author's slash may stand between two writers, and that rule is the author's
        text = text.rstrip(" /／")
    if role == "editor":
        # a bracketed page control after the name (``责任编辑：焦鹏&nbsp;&nbsp;【纠错】``)
        text = _TRAILING_CONTROL_RE.sub("", text)
        if " " in text:
            text = _NEXT_STAFF_RE.split(text, maxsplit=1)[0]  # ``Y 每经校对 Z``: Z proofread it
            # the trailer's next item under a label we do not know, after a blank or a slash
            # (xafa.edu.cn: ``责任编辑：邢书磊 / 编发：问帼倩``): a name holds no colon
            text = _NEXT_LABELLED_RE.split(text, maxsplit=1)[0].rstrip(" /／")
            # the line's next credit under a colonless role (``责任编辑：李晓　记者 张明华``,
            # people81's cross test): the reporter's title starts another item
            text = _NEXT_REPORTER_RE.sub("", text)
    # ``@name`` (sspai's 本文责编：@Lotta) and a closer glued to a trailing code (``蘇龍麒）1120221``)
    text = text.removeprefix("@").strip()
    closer = next((i for i, ch in enumerate(text) if ch in "）)】]"), -1)
    if closer > 0 and not any(o in text[:closer] for o in "（(【["):
        text = text[:closer].strip()
    if role != "source":
        text = _CONTACT_TAIL_RE.sub("", text)
    if role != "source" and "@" in text:
        text = _TRAILING_EMAIL_RE.sub("", text)
    # Portals append the editor's staff code (163: ``王晓易_NE0011``, sina: ``刘光博 SN240``)
    text = STAFF_CODE_RE.sub("", text)
    if role != "source":
        # a role in brackets after the name (``王五（实习生）``, its closer maybe cut already)
        text = PERSON_ROLE_SUFFIX.sub("", text)
        # the date line's weekday closing the line after the last credit (``作者：张明华
        # 星期一``): the day's name, no second person (rules93)
        text = _TRAILING_WEEKDAY_RE.sub("", text)
    # Mirror sites put generated ids where the publisher should be (来源: sp20241105).
    if (_is_placeholder(text) and not _editor_account(text, role)) or JUNK_ID_VALUE.match(text):
        return None
    if text.isdigit():
        return None  # a template's unset slot printed as a count (yqxbc: ``来源：0 浏览：0次``)
    if role != "source":
        # the writer's own site in brackets after the name (yqxbc: ``作者：落叶人生(http://www.18cms.com)``)
        text = _NAME_SITE_NOTE_RE.sub("", text)
        text = _NAME_ADDRESS_TAIL_RE.sub("", text)
    if role == "author":
        # the next item of the meta line, whatever its label (``yaowenxin 查看:13141``,
        # ``张三 人气:88``): a word and a colon after a blank start another field
        text = _NEXT_ITEM_RE.split(text, maxsplit=1)[0].strip()
        text = _LATIN_NAME_PLACE_RE.sub("", text)
        # where the writer reported from, after a blank (LABELLING.md, corpus36: ``作者:张兴军
        # 郑州报道`` is 张兴军, the dateline dropped as in ``本报记者覃剑长沙报道``)
        text = _PLACE_REPORTED_END_RE.sub("", text)
        text = _outlet_after_names(text)
        if text.endswith(("先生", "女士")) and (titled := _TITLED_HONOURED_RE.match(text)):
            text = titled["name"]
    if role == "author" and _role_without_name(text):
        return None
    if role == "author" and _is_author_placeholder(text):
        return None
    if role == "author" and ("?" in text or "？" in text) and _QUESTION_RE.search(text):
        return None  # an interviewer's question after a 记者： speaker label (hkwb), no writer
    if role == "author" and _INNER_STOP_RE.search(text):
        return None  # a sentence after the label (``楼主：说得很好，支持！``), no one's name
    if role in ("author", "source"):
        # ``作者：张三。``, ``本文转自X公众号。``: the stop closes the line, not the name
        text = text.rstrip("。")
    if role == "editor" and _SENTENCE_RE.search(text):
        # ``编辑：<a sentence>`` closing a text: prose after the word, no editor; names before a
        # comma and the reprint note after it (``编辑：董雨晴，36氪经授权发布。``) keep the names
        head = _NAMES_BEFORE_COMMA_RE.match(text)
        if head is None:
            return None
        text = head["names"]
    elif role == "editor" and "，" in text and not all(map(_NAME_PART_RE.match, text.split("，"))):
        # the verb 编辑 in a text's step (yqxbc: ``编辑/etc/my.cnf文件，在[mysqld]下面添加…``):
        # a clause after a comma, no list of names
        return None
    if _WIDGET_LABEL_RE.match(text) or NOTICE_LINK_RE.match(text):
        # an empty slot, then the font-size control (``來源：字號:小 中大``) or the link to the
        # site's copyright notice (``作者：  版权声明``)
        return None
    if " " in text and all(_PAGE_WIDGET_RE.search(w) for w in text.split()):
        # a row of page buttons after the word 编辑 (an encyclopedia's ``编辑 锁定 讨论 上传视频``
        # under the headline, its links gone in the text): button words, no names
        return None
    if role == "source" and _URLS_ONLY_RE.match(text):
        return None  # a 来源 holding a list of addresses names no publisher
    if role == "source" and len(text) > _CITATION_MIN and _CITATION_RE.search(text):
        return None  # a 来源 citing a paper (its authors, title, journal, year): no publisher
    if role == "source":
        # ``新浪科技 酷勤网收集``: the reposting site's credit after the publisher is not part of it
        text = _REPOST_CREDIT_RE.sub("", _RIGHTS_NOTE_RE.sub("", text))
        # the outlet's address after its name (``科技日报 http://www.stdaily.com``): a trailing
        # link, dropped as LABELLING.md's Source decision says; an address alone stays
        text = _OUTLET_ADDRESS_END_RE.sub("", text)
        # a WeChat account's id after its name (``园区发布（ID：yqfb）``, ``微信号：yqfb``)
        text = _ACCOUNT_ID_RE.sub("", text) if "号" in text or "ID" in text.upper() else text
    if role == "editor" and text in TOPIC_WORDS:
        return None  # ``责任编辑：要闻``: a column's word in the slot, no editor
    if role == "editor" and " " in text and all(CJK_NAME_TOKEN.match(t) for t in text.split()):
        # ``责任编辑：方 汉``: a two-character name padded for layout is one name (LABELLING.md,
        # the twenty-first round's Names decision), as in the author slot
        text = " ".join(_join_padded(text.split()))
    if role == "author":
        names = _split_authors(text)
        if _REPORTER_LED_RE.match(raw):
            # ``记者梁爽报道`` in a 作者 slot: the reporter's title, the name, then 报道 glued, as
            # the byline ``记者X报道`` reads on a line of its own: the name (people182's transplant)
            names = [m["name"] if (m := _GLUED_REPORTED_RE.fullmatch(n)) else n for n in names]
        # An "author" that is just the site is not a person (the editor field keeps it); name
        # by name, with the crawl's site name (_drop_site_name says why extraction drops too)
        names = [n for n in names if not is_site_name(n, site_name)]
        return "、".join(names) or None
    return text


# A web address after an outlet's name in a 来源 value, set apart by a blank
_OUTLET_ADDRESS_END_RE = re.compile(rf"(?<=[\u4e00-\u9fff》])\s+{WEB_ADDRESS}$")


# A WeChat account's id after the account's name in a 来源 value
_ACCOUNT_ID_RE = re.compile(
    r"(?<=\S)\s*[(（]?\s*(?:ID|id|微信号|微信ID|公众号ID|微信公众号)\s*[:：]\s*[A-Za-z][\w-]{2,30}\s*[)）]?$"
)


# A line that is only a name or two (``曹磊``, ``王乐文 方敏``): the writer's signature, when the
# page sets it right under the text's last sentence
_SIGNED_NAMES_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2}$")


# A department's name and a writer's after it (``宣传部辛欣``, ``党委宣传部 周明轩``): the shape
# ``unit_lead_name`` splits with ``_ORG_END_RE``
_UNIT_AND_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s?[\u4e00-\u9fff·]{2,4}$")
# A ministry's department (高新司, 金融司) or a bureau (署) ends a body's name, not a person's:
# ``科技部高新司`` is one body, no department before a writer
_DEPARTMENT_END_RE = re.compile(r"[司署]$")


def unit_lead_name(text: str) -> str | None:
    """The writer's name after the department written before it, glued or spaced (``宣传部辛欣``,
    ``党办郭彤阳``), or None. LABELLING.md: the person writes and the department goes (the
    twenty-fifth round's 宣传部辛欣, corpus46's 作者：党办郭彤阳, as people2's 武汉大学历史学院郭伦)."""
    if not _UNIT_AND_NAME_RE.match(text):
        return None
    for end in range(2, len(text) - 1):
        # the department ends where an office's word does (部, 办, 办公室, 中心), the name follows
        rest = text[end:].strip()
        if (
            _ORG_END_RE.search(text, 0, end)
            and _SIGNED_NAMES_RE.match(rest)
            and _surnamed(rest)
            and not _DEPARTMENT_END_RE.search(rest)
        ):
            return rest
    return None
