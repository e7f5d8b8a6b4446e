"""Compiled patterns shared by the extractor.

All regexes run over NFKC-normalised text: full-width ``：`` is ``:``, ``\\u3000`` and
``\\xa0`` are plain spaces and ``｜`` is ``|``. Keep label tuples longest-first so that the
alternation prefers ``责任编辑`` over ``编辑`` and ``文号`` over ``文``.
"""

from __future__ import annotations

import re

from ..normalize.patterns import BREADCRUMB_LABEL

CLOSE_DOC_RE = re.compile(r"</\s*(?:body|html)\s*>", re.IGNORECASE)

# --- labels -------------------------------------------------------------------------------------
# field key -> labels. Keys other than published/author/editor/source are recognised so that
# they END the previous value (e.g. 信息公开 tables: 文号, 索引号) and are returned as extra keys.
LABELS: dict[str, tuple[str, ...]] = {
    "published": (
        "发布日期",
        "发布时间",
        "发表于",
        "发布于",
        "发表时间",
        "发表日期",
        "发稿时间",
        "发文日期",
        "公开日期",
        "公布日期",
        "更新时间",
        "上传时间",
        "录入时间",
        "时间",
        "日期",
        "發佈時間",
        "發佈日期",
        "發布時間",
        "發布日期",
        "發表時間",
        "發表日期",
        "更新時間",
        "時間",
    ),
    "author": ("作者", "记者", "撰稿", "撰文", "发布人", "发布者", "作者", "記者", "發布人"),
    "editor": ("责任编辑", "编辑", "责编", "编审", "审核", "选稿", "責任編輯", "編輯", "責編"),
    "source": (
        "信息来源",
        "来源于",
        "本文来源",
        "文章来源",
        "稿件来源",
        "新闻来源",
        "来源",
        "稿源",
        "出处",
        "供稿",
        "來源",
        "信息來源",
        "文章來源",
        "本文來源",
        "出處",
    ),
    # extra keys: recognised so values stop here, returned under these keys
    "written": ("成文日期",),
    "publisher": ("发布机构", "发文机关", "發布機構"),
    "doc_number": ("文号", "發文字號", "发文字号"),
    "index_no": ("索引号",),
    "topic": ("主题分类", "主题词"),
    "validity": ("有效性",),
    "views": (
        "点击数",
        "点击量",
        "点击率",
        "浏览次数",
        "浏览量",
        "阅读量",
        "阅读数",
        "阅读次数",
        "人气",
    ),
}

# English labels (matched case-insensitively); kept apart so CJK labels stay case-sensitive.
LABELS_EN: dict[str, tuple[str, ...]] = {
    "published": ("PublishTime", "PublishDate", "Published", "PubDate", "Date"),
    "author": ("Author",),
    "editor": ("Editor",),
    "source": ("Source",),
}

# Published labels by preference: a page showing several dates (信息公开 tables) yields the
# first-ranked one; a bare 时间/日期 loses to 发布日期 wherever they sit in the line.
PUBLISHED_RANK: tuple[str, ...] = (
    "发布日期",
    "发布时间",
    "發佈時間",
    "發佈日期",
    "發布時間",
    "發布日期",
    "publishtime",
    "publishdate",
    "published",
    "pubdate",
    "发表时间",
    "发表日期",
    "發表時間",
    "發表日期",
    "发稿时间",
    "发文日期",
    "公开日期",
    "公布日期",
    "时间",
    "時間",
    "日期",
    "date",
    "上传时间",
    "录入时间",
    "更新时间",
    "更新時間",
)


def _label_alt(labels: tuple[str, ...]) -> str:
    # Labels may carry spaces between characters (``索 引 号``).
    uniq = sorted(set(labels), key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, lab)) for lab in uniq)


_ALL_CJK = tuple(lab for labs in LABELS.values() for lab in labs)
_ALL_EN = tuple(lab for labs in LABELS_EN.values() for lab in labs)

# A label followed by a colon; ``文/图`` / ``图/文`` / ``文/`` need no colon (``文/图 张三``).
# Two more separators real pages use: a bar after a people/source label (澎湃号 trailers
# ``编辑|禤志杰``, ``来源|广州参考``) and none at all after ``发表于`` / ``发布于`` / ``来源于``.
LABEL_RE = re.compile(
    r"(?P<label>"
    + _label_alt(_ALL_CJK)
    + r"|(?i:"
    + _label_alt(_ALL_EN)
    + r"))(?:\s*:\s*|(?<=编辑|责编|来源|作者|校对)\s*\|\s*|(?<=于)\s*)"
    + r"|(?P<slash>文\s*/\s*图|图\s*/\s*文|文\s*/\s*摄|文\s*/)\s*"
)

# Where a value ends besides the next label: separators, 【 (font/print controls) and control
# words. CJK control words count only at a word start (after space/separator/start) so that a
# value such as ``3D打印网`` survives; ``N次浏览`` view counts are stopped at their digits.
STOP_RE = re.compile(
    r"[|丨│┃【\[〖]"
    r"|\d+\s*次\s*(?:浏览|阅读|点击)"
    r"|(?:(?<=\s)|^)(?:点击|浏览|阅读|次浏览|字体|字号|调整字体|调整字号|分享到|分享|打印|关闭|放大|缩小|评论|收藏|人气)"
)

# --- dates --------------------------------------------------------------------------------------
_TIME = r"(?:\s*T?\s*\d{1,2}\s*[:时]\s*\d{1,2}(?:\s*[:分]\s*\d{1,2}\s*秒?)?(?:分)?)?"
DATE_RE = re.compile(
    r"(?<!\d)(?:"
    r"(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
    r"|(?:(?:19|20)?\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}"
    # Chinese numerals (二〇二四年三月五日) and ROC years (民國113年3月5日)
    r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日"
    r"|(?:民國|民国)?1[01]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    # English month names (``Apr 22, 2025``, ``22 April 2025``), as on bilingual CMS themes
    r"|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2})"
    r"|(?i:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2})"
    r")" + _TIME + r"(?!\d)"
)

# Dates in URLs: TRS ``t20240424_``, newspaper ``/2025-01/17/``, ``/20150615/``, month folder
# ``/202404/``. URL dates are a last resort (they can be the generation date or month only).
URL_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})/"),
)

# --- breadcrumb, lede, byline -------------------------------------------------------------------
BREADCRUMB_LABEL_RE = BREADCRUMB_LABEL  # one list, kept in normalize.patterns
LEDE_LABEL_RE = re.compile(
    r"^\s*[【\[]?(?:导读|摘要|内容提要|内容摘要|核心提示|導讀|摘要)[】\]]?\s*:?"
)
ELLIPSIS_RE = re.compile(r"(?:\.{2,}|…+|。{3,})\s*$")
# A line that is only a byline, above the body or in its trailer: ``本报记者 王乐文``,
# ``新华社记者邹多为、唐诗凝、丁乐``, ``澎湃新闻记者 贺梨萍``, ``作者︱春春`` (NFKC: ``︱`` is ``—``).
BYLINE_LINE_RE = re.compile(
    r"^[(（]?\s*(?:[\u4e00-\u9fff]{0,8}?(?:记者|記者|通讯员|通訊員)\s*[:|—/]?|(?:作者|撰文|文)\s*[:|—/]|(?:作者|撰文)\s)\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{1,4}){0,5})\s*[)）]?$"
)
CAPTION_START_RE = re.compile(r"^\s*(?:图为|圖為|图\s*[:：]|图片|▲|△|↑|上图|下图|\(图|（图)")

# --- structured data ----------------------------------------------------------------------------
# Lower-cased meta name/property/itemprop -> field; first match in tuple order wins.
META_TITLE_NAMES: tuple[str, ...] = ("articletitle", "og:title", "twitter:title")
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
)
META_SOURCE_NAMES: tuple[str, ...] = ("contentsource", "source")

# --- tags ---------------------------------------------------------------------------------------
BLOCK_TAGS: frozenset[str] = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody "
    "thead tfoot tr td th ul caption summary".split()
)
DROP_TAGS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "select",
    "textarea",
    "button",
    "object",
    "embed",
    "svg",
    "canvas",
    "map",
    "head",
)
HEADING_TAGS: frozenset[str] = frozenset(("h1", "h2", "h3"))
BOLD_TAGS: frozenset[str] = frozenset(("b", "strong", "font", "big"))
ASCII_WS_RE = re.compile(r"[ \t\n\r\f\v]+")
# Only display:none. WeChat (mp.weixin.qq.com) ships #js_content with visibility:hidden and
# reveals it by JS, so visibility is not a reliable "hidden" signal.
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none")
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")

# --- scripts, platforms, tails ------------------------------------------------------------------
# Publish dates that pages keep only in JS variables (WeChat ``var ct = "1713942000"``,
# ``publish_time``, ``createTime``); read before <script> is dropped, used after visible evidence.
SCRIPT_DATE_RE = re.compile(
    r"""\b(?:ct|publish_time|publishTime|createTime|create_time|pubtime|pubTime|pubDate)\s*=\s*"""
    r"""["'](?P<v>\d{10}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^"']{0,12})["']"""
)
# The publishing account / site named in a script (WeChat ``var nickname = htmlDecode("…")``).
SCRIPT_NICKNAME_RE = re.compile(
    r"""\bnickname\s*=\s*(?:htmlDecode\()?\s*["'](?P<v>[^"']{1,40})["']"""
)
# Meta names that carry the site's own name.
META_SITE_NAMES: tuple[str, ...] = ("og:site_name", "sitename", "application-name")
# Split a <title> into segments to find the trailing site name.
TITLE_SEG_RE = re.compile(r"\s*(?:-{1,2}|_|\||｜|—{1,2}|–|－)\s*")
# A line at the end of the body that only names the source: ``来源：科技日报``, ``（来源：新华社）``.
TAIL_SOURCE_RE = re.compile(
    r"^\s*[【\[(（]?\s*(?:信息来源|本文来源|文章来源|稿件来源|来源|稿源|來源)\s*:\s*"
    r"(?P<name>[^】\])）:]{1,40}?)\s*[】\])）]?\s*$"
)
# Breadcrumb separators, captured so a split keeps them (NFKC text: ``＞`` is ``>``).
BREADCRUMB_ARROW_RE = re.compile(r"(\s*(?:>>|>|»|›|→|&gt;)\s*)")
