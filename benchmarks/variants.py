"""Label-preserving page variants of the DEV real pages: does a field survive another CMS's markup?

For each dev page (never a test page) and field, the spot that shows the labelled value is found
(the smallest element whose visible text holds the value and, for people and source, its label
word; the date's text node; the breadcrumb trail; the heading), rewritten the way another CMS
plausibly would, the label unchanged, and the page extracted again. Kinds (one small function
each, deterministic; see ``KINDS``): colon, separators, markup, order, position, dates,
breadcrumbs, trail (the trail rebuilt as another CMS draws it: a list with CSS separators, a
``nav aria-label=breadcrumb``, schema.org microdata or JSON-LD, separator images, a location
label, a closing 正文 / 详情 / 内容 or headline item), heading, headline (a class of no meaning,
two lines, the headline only in ``<title>``), encoding. Both the page and its variants go through the same parse and
serialisation, so only the rewrite differs; pages the round trip alone changes are counted.

A "break" is a page whose field is right on the round-tripped page and wrong on the variant;
"false+" a variant giving an author, editor or source on a page labelled without one. A variant
whose visible text no longer shows the labelled value (the rewrite cut it) is dropped, and so
are the kinds in ``DROPPED`` (they would change what a reader reads).

    .venv/bin/python benchmarks/variants.py [--field author] [--kind colon] [--all]
    .venv/bin/python benchmarks/variants.py --show PAGE_ID --field author [--kind markup]

By default each (page, field, kind) tries at most ``--per-kind`` of its variants, chosen with a
seeded random draw (``--seed``); ``--all`` tries every one.
"""

from __future__ import annotations

import argparse
import copy
import logging
import random
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "real"))

import corpus  # noqa: E402

from incubator_crawler.article.encoding import decode_html  # noqa: E402
from incubator_crawler.article.page import parse_html  # noqa: E402
from incubator_crawler.crawl.process import extract_normalized  # noqa: E402

FETCHED = datetime.fromisoformat("2026-11-28T13:00:00+08:00")
FIELDS = ("author", "editor", "source", "published", "category", "title")
PEOPLE = ("author", "editor", "source")
#: Label words per field; the first of a group is never implied. Synonyms are swapped within a group.
SYNONYMS = {
    "author": (("作者", "文", "撰文", "撰稿"), ("记者", "本报记者")),
    "editor": (("责任编辑", "责编", "编辑"),),
    "source": (("来源", "稿源", "信息来源", "文章来源", "出处"),),
    "published": (("发布时间", "发布日期", "时间", "日期", "发表于"),),
    "category": (("当前位置", "您的位置", "您现在的位置", "所在位置", "現在位置", "目前位置"),),
}
#: Label words a meta line's items start with (to split ``时间：X 来源：Y`` at the single space).
ITEM_LABELS = sorted(
    {w for groups in SYNONYMS.values() for g in groups for w in g}
    | {
        "浏览",
        "浏览次数",
        "点击",
        "点击数",
        "阅读",
        "字号",
        "分享到",
        "发布者",
        "发布人",
        "通讯员",
        # a post's category and tags, and the traditional forms of the words above: labels a
        # line prints with no colon too (technews.tw's ``發布日期 DATE 分類 Apple, iPhone``)
        "分类",
        "分類",
        "标签",
        "標籤",
        "發布日期",
        "發佈日期",
        "發布時間",
        "發佈時間",
        "來源",
        "編輯",
        "責任編輯",
        "記者",
        # the other credits of a credit line (gdepc's ``编辑：杨嘉豪 摄影：高子豪``, xafa's ``编发：X``):
        # items of their own, never part of the editor's value
        "摄影",
        "攝影",
        "摄像",
        "编发",
        "图片来源",
    },
    key=len,
    reverse=True,
)
ITEM_LABEL_RE = re.compile(r"\s+(?=(?:" + "|".join(ITEM_LABELS) + r")\s*[:：])")
#: An item of people labelled with a colon (``责任编辑：X``), and a part that can be a name after it
PEOPLE_ITEM_RE = re.compile(
    r"^(?:责任编辑|責任編輯|责编|編輯|编辑|作者|撰文|撰稿|记者|記者|本报记者|通讯员|摄影|攝影)\s*[:：]\s*\S"
)
NAME_PART_RE = re.compile(r"[\u4e00-\u9fff·]{2,4}")
#: A page control's word, no name (``作者：张三  打印  关闭``)
CONTROL_WORD_RE = re.compile(
    r"(?:浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|打印|列印|关闭|關閉|收藏|分享|评论|評論|返回|下载|下載"
    r"|点赞|举报|舉報|原创|原創|转载|轉載|大|中|小)"
)
#: An item whose label has no colon, a blank after it (``作者 MoneyDJ``, ``分類 Apple, iPhone``)
BARE_LABEL_ITEM_RE = re.compile(r"^((?:" + "|".join(ITEM_LABELS) + r")\s+)(\S.*)$")
ROLE_END_RE = re.compile(r"^\S{0,8}(?:记者|通讯员|实习生)$")
ITEM_SPLIT_RE = re.compile(r"\s{2,}|\s*[|｜丨]\s*|\s+/\s+|[\u00a0\u3000]+")
#: Separators a meta line's items get (``separators`` kind); ``<br>`` is an element.
SEPARATORS = {
    "spaces": "   ", "nbsp2": "\u00a0\u00a0", "fullwidth": "\u3000", "pipe": " | ",
    "fwpipe": "｜", "gun": "丨", "slash": " / ", "br": "<br>",
}  # fmt: skip
DEFAULT_JOIN = "\u00a0\u00a0"
NOISE = {
    "views": ("浏览次数：", "123"),
    "fontsize": ("字号：大 中 小", None),
    "print": ("【打印】【关闭】", None),
    "share": ("分享到：", None),
}
CRUMB_SEPS = (">", "»", "/", "->", "＞", "-", "›", "→", ">>")
CRUMB_SEP_RE = re.compile(r"^\s*(?:>>|->|-{1,2}|>|»|/|＞|→|›|\\)\s*$")
#: Kinds left out: they change what a reader reads, so the label would change with them.
DROPPED = {
    "colon:none-before-name": "作者张三 with no colon and no space reads as one word",
    "separators:comma": "a comma between items reads as a list of names",
    "order:value-before-label": "a value before its label reads as part of the previous item",
}
#: Kinds left out where a name stands without a label word (an account line under the title):
#: moved, reordered or given noise items, a reader could no longer tell it names the writer.
UNLABELLED_DROPPED = {"position", "order", "separators"}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "option", "select"}
MAX_LINE = 120  # longer spots are paragraphs, not meta lines: only text edits apply there
DATE_FORMATS = {
    "iso": "{y}-{m:02d}-{d:02d}", "cjk": "{y}年{m}月{d}日", "slash": "{y}/{m:02d}/{d:02d}",
    "dot": "{y}.{m:02d}.{d:02d}",
    # the shapes of Taiwan's, Hong Kong's and other mainland CMSs: an unpadded slash, the
    # weekday after the day, a month name, the ROC year
    "slash-short": "{y}/{m}/{d}", "weekday": "{y}年{m}月{d}日 {wd}", "english": "{mon} {d}, {y}",
    "roc": "民國{roc}年{m}月{d}日",
    # robust52: the padded CJK day, an unpadded dot, and a two-digit year (nmgnews' 09-11-21)
    "cjk-padded": "{y}年{m:02d}月{d:02d}日", "dot-short": "{y}.{m}.{d}",
    "short-year": "{yy:02d}-{m:02d}-{d:02d}",
}  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(fmt: str, y: int, m: int, d: int) -> str:
    """One of DATE_FORMATS filled with a day (its weekday, month name and ROC year too)."""
    wd = "星期" + "一二三四五六日"[date(y, m, d).weekday()]
    return fmt.format(y=y, m=m, d=d, wd=wd, mon=MONTHS[m - 1], roc=y - 1911, yy=y % 100)


# ------------------------------------------------------------------------------ text
HIDDEN_RE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def hidden(el: Any) -> bool:
    """True for an element a browser does not show: a script or style, or ``display:none``
    in its inline style (a closed dialog's 举报文章问题 / 取消 / 确认 buttons), a screen-reader
    text or a theme-hidden update time."""
    if not isinstance(el.tag, str):
        return False
    if el.tag.lower() in SKIP_TAGS or HIDDEN_RE.search(el.get("style") or ""):
        return True
    return bool(SCREEN_READER_RE.search(el.get("class") or "")) or _theme_hidden_update(el)


#: WordPress themes' visually hidden text (``.screen-reader-text``, ``.sr-only``): read aloud,
#: never shown, so no word of the line a rewrite may print.
SCREEN_READER_RE = re.compile(r"(?<![\w-])(?:screen-reader-text|sr-only)(?![\w-])")


def _theme_hidden_update(el: Any) -> bool:
    """A WordPress ``<time class="updated">`` right after the ``<time class="published">``:
    every theme's stylesheet hides it (``.updated:not(.published){display:none}``), so the reader
    sees the published day alone; flattened into text it would glue two dates into one word."""
    if el.tag != "time" or "updated" not in (el.get("class") or "").split():
        return False
    prev = el.getprevious()
    return (
        prev is not None and prev.tag == "time" and "published" in (prev.get("class") or "").split()
    )


def visible(el: Any) -> str:
    """The element's visible text (scripts, styles and hidden elements left out, their tails
    kept)."""
    parts: list[str] = []

    def rec(e: Any) -> None:
        if hidden(e):
            return
        if isinstance(e.tag, str) and e.text:
            parts.append(e.text)
        for child in e:
            rec(child)
            if child.tail:
                parts.append(child.tail)

    rec(el)
    return "".join(parts)


def compact(text: str) -> str:
    """Text without any whitespace (values are matched this way)."""
    return re.sub(r"[\s\u00a0\u3000]+", "", text)


def elements(root: Any) -> Iterator[Any]:
    """Elements of ``<body>`` a reader sees."""
    body = root.find(".//body")
    for el in (body if body is not None else root).iter():
        if isinstance(el.tag, str) and not hidden(el):
            if not any(hidden(a) for a in el.iterancestors()):
                yield el


def minimal_holders(root: Any, value: str) -> list[Any]:
    """The smallest elements whose visible text holds ``value`` (whitespace ignored), page order."""
    want = compact(value)
    if not want:
        return []
    holders = [el for el in elements(root) if want in compact(visible(el))]
    held = set(holders)
    return [el for el in holders if not any(child in held for child in el)]


# ------------------------------------------------------------------------------ the spot
@dataclass
class Spot:
    """Where a field's value is shown: the element, its label word (or None) and the value."""

    el: Any
    label: str | None
    value: str
    line: Any = None
    #: the markup rebuilds keep the line's ``<br>``s (``items_of(lines=True)``)
    lines: bool = False

    def __post_init__(self) -> None:
        if self.line is None:
            self.line = meta_line(self.el)


BLOCKS = {"p", "div", "td", "th", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
          "section", "header", "footer", "article", "center", "blockquote", "form", "body"}  # fmt: skip


def meta_line(el: Any) -> Any:
    """The line holding the spot: its nearest block (itself included), if that is short."""
    for up in [el, *el.iterancestors()]:
        if isinstance(up.tag, str) and up.tag.lower() in BLOCKS:
            return up if len(compact(visible(up))) <= MAX_LINE and up.tag != "body" else el
    return el


def _label_words(field: str) -> list[str]:
    return sorted({w for g in SYNONYMS.get(field, ()) for w in g}, key=len, reverse=True)


def _label_before(text: str, value: str, field: str) -> str | None:
    """The label word right before ``value`` in ``text`` (at most a colon, slash or blanks between)."""
    words = _label_words(field)
    if not words:
        return None
    pattern = (
        "(" + "|".join(map(re.escape, words)) + r")[\s\u00a0\u3000]*[:：/]?[\s\u00a0\u3000]*"
        + re.escape(value[:1])
    )  # fmt: skip
    pos = text.find(value)
    while pos >= 0:
        # twelve characters back, blanks not counted: a template's indent between the label
        # and its value (cwl.gov.cn's ``来源：<span>\n            中国社会报``) is no distance
        start = pos
        while start > 0 and len(compact(text[start - 1 : pos])) < 12:
            start -= 1
        found = list(re.finditer(pattern, text[start : pos + 1]))
        if found:
            return found[-1].group(1)
        pos = text.find(value, pos + 1)
    return None


def first_value(label: dict[str, Any], field: str) -> str | None:
    """The labelled value searched for on the page (the first name of a list)."""
    value = label.get(field)
    if isinstance(value, list):
        value = value[0] if value else None
    if field == "category" and value:
        value = corpus.category_leaf(value)
    return value or None


def find_spot(root: Any, label: dict[str, Any], field: str) -> Spot | None:
    """The spot of ``field`` on the page, or None where the page does not show it in a line."""
    if field == "published":
        return _date_spot(root, label)
    value = first_value(label, field)
    if not value:
        return None
    holders = minimal_holders(root, value)
    if field == "title":
        # the headline is the whole of its element: a longer line holding it (a sidebar link
        # to the same item with its document number) is not the heading
        return next((Spot(el, None, value) for el in holders if el.tag in HEADINGS
                     and compact(visible(el)) == compact(value)), None)  # fmt: skip
    if field == "category":
        for el in holders:
            for up in [el, *el.iterancestors()]:
                text = visible(up)
                if len(compact(text)) > 200:
                    break
                seps = any(CRUMB_SEP_RE.match(getattr(o, a)) for o, a in _text_nodes(up))
                # a trail its markup names (setn's ``<nav class=breadcrumb>`` of two links, its
                # separators drawn by CSS) is the trail, not the box around it with a player
                named = up.tag == "nav" or "crumb" in (up.get("class") or "").lower()
                if up.findall(".//a") and (seps or named or TRAIL_LABEL_RE.search(text)):
                    return Spot(up, _trail_label(up), value)
        return None
    fallback = None
    for el in holders:
        for up in [el, *el.iterancestors()]:
            text = visible(up)
            if len(compact(text)) > 300:
                break
            word = _label_before(text, value, field)
            if word:
                return Spot(up, word, value)
        if fallback is None and len(compact(visible(el))) <= 300:
            fallback = Spot(el, None, value)
    return fallback


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "td", "span", "strong", "b", "font"}
TRAIL_LABEL_RE = re.compile("(" + "|".join(_label_words("category")) + ")")


def _trail_label(el: Any) -> str | None:
    """The trail's label word (当前位置, …) in the trail or in the text just before it."""
    for up in [el, el.getparent()]:
        if up is None:
            continue
        m = TRAIL_LABEL_RE.search(visible(up))
        if m:
            return m.group(1)
    return None


def _date_re(label: dict[str, Any]) -> re.Pattern[str] | None:
    gold = label.get("published")
    if not gold or len(gold) < 10:
        return None
    y, m, d = int(gold[:4]), int(gold[5:7]), int(gold[8:10])
    return re.compile(
        rf"{y}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)日?"
        # the day as the ``english`` and ``roc`` date variants write it
        rf"|{MONTHS[m - 1]} {d}, {y}|民國{y - 1911}年{m}月{d}日"
        rf"|(?<![\d-]){y % 100:02d}-{m:02d}-{d:02d}(?![\d-])"
    )


def _date_spot(root: Any, label: dict[str, Any]) -> Spot | None:
    rx = _date_re(label)
    if rx is None:
        return None
    found = []
    for el in elements(root):
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            m = rx.search(text or "")
            if m and owner is not None:
                found.append(Spot(owner, _label_before(text, m.group(0), "published"), m.group(0)))
    labelled = [s for s in found if s.label]
    return (labelled or found or [None])[0]


# ------------------------------------------------------------------------------ line items
def items_of(el: Any, icons: bool = False, lines: bool = False) -> list[str]:
    """The meta line's items: ``时间：X 来源：Y 作者：Z`` -> three, a label kept with its value.

    Items part at blank runs, at | ｜ 丨 and " / ", before a label word after a blank, and where
    one child element ends and the next begins; a piece ending or starting with a colon, or a
    bare label word, is joined to its neighbour. With ``icons``, an icon (a picture standing for
    a label: ``<i class="fa fa-user"></i>老鲫鱼``) stays in the item it opens as a token that
    ``_esc`` writes back as the icon's element. With ``lines``, each ``<br>`` is an item
    ``LINE_BREAK`` of its own (a name set on a line of its own under the headline keeps it).
    """
    cut = "\x00"
    pieces = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            pieces.append(child.tail or "")
            continue
        if icons and _is_icon(child):
            pieces += [cut, _icon_token(child) + (child.tail or "")]
            continue
        if lines and child.tag == "br":
            pieces += [cut, LINE_BREAK, cut, child.tail or ""]
            continue
        text = "  " if child.tag == "br" else _item_text(child, icons, lines)
        pieces += [cut, text, cut, child.tail or ""]
    text = "".join(pieces).strip()
    parts = [
        p.strip()
        for chunk in text.split(cut)
        for sub in ITEM_SPLIT_RE.split(chunk)
        for p in ITEM_LABEL_RE.split(sub)
    ]
    items: list[str] = []
    listed = False  # the last item ends in a list's comma: the next part is its next entry
    for part in parts:
        if not part:
            continue
        last = ICON_TOKENS_RE.sub("", items[-1]) if items else None  # its words, icons aside
        if LINE_BREAK in (part, last):
            items.append(part)  # a line break joins nothing
            listed = False
        elif last and last.count("【") > last.count("】"):
            # a page control's brackets hold its options (chinapolicy's ``作者: 【大 中 小】``, each
            # a link): one item, as a reader sees it, never parted inside its brackets
            items[-1] += ("" if last.endswith("【") or part.startswith("】") else " ") + part
        elif items and (listed or re.fullmatch(r"[,，、]", part)):
            # ``Apple, iPhone, 面板``: a list's comma is no item of its own, nor are the entries
            # it parts (the links of a post's categories)
            items[-1] += part if not listed else " " + part
            listed = not listed
        elif last == "":
            items[-1] += part  # an icon opens the item after it
        elif last and (last.endswith((":", "：")) or part.startswith((":", "："))):
            items[-1] += part
        elif (
            last
            and PEOPLE_ITEM_RE.match(last)
            and NAME_PART_RE.fullmatch(part)
            and part not in ITEM_LABELS
            and not CONTROL_WORD_RE.match(part)
        ):
            # ``责任编辑：李春燕   柯建林``: a name after a person's labelled item is its next name
            # (tssqjy's two editors parted by a wide gap), no item of its own
            items[-1] += " " + part
        elif last and (last in ITEM_LABELS or ROLE_END_RE.search(last)):
            # a label without a colon (``来源 CSDN``) or a title (``本报特约记者 北方``) keeps its value
            items[-1] += " " + part
        elif items and re.fullmatch(r"[\u4e00-\u9fff]", part):
            # one character apart is part of a name (``王乐文 方<span>&nbsp;</span>敏``): glued
            # to a one-character piece before it, after a space otherwise
            gap = "" if len(items[-1].split()[-1]) == 1 else " "
            items[-1] += gap + part
        else:
            items.append(part)
    return items


INLINE = {"span", "em", "a", "i", "b", "font", "strong", "label", "small", "cite"}
BOXES = {"div", "p", "ul", "ol", "table", "dl", "form", "h1", "h2", "h3", "h4", "h5", "h6"}


def _item_text(el: Any, icons: bool = False, lines: bool = False) -> str:
    """An item's visible text; the boxes inside an inline item are a widget's popup that CSS
    shows on hover (ccdi's ``<em><div class=share_box>分享…<h4>微信扫一扫：分享</h4>…``): no
    text of the line, so flattened into it they would make the line a sentence no reader sees.
    With ``icons``, the icons inside as ``_icon_token``s; with ``lines``, its ``<br>``s cut.
    A list's items stay apart (a post's tag list ``<ul><li>HiTALK</li><li>利兹大学</li></ul>``
    shows two tags, each its own box or chip; glued they would be one word no reader sees)."""
    popup = el.tag in INLINE and any(d.tag in BOXES for d in el.iterdescendants())
    listed = any(True for _ in el.iterdescendants("li"))
    if not popup and not icons and not lines and not listed:
        return visible(el)
    parts: list[str] = []

    def rec(e: Any) -> None:
        if hidden(e) or (popup and e is not el and e.tag in BOXES):
            return
        if icons and e is not el and _is_icon(e):
            parts.append(_icon_token(e))
            return
        if lines and e.tag == "br":
            parts.append(f"\x00{LINE_BREAK}\x00")  # the cut items_of parts items at
            return
        if e.tag == "li":
            parts.append("\x00")  # the cut items_of parts items at: one item a list item
        if e.text:
            parts.append(e.text)
        for child in e:
            if isinstance(child.tag, str):
                rec(child)
            if child.tail:
                parts.append(child.tail)
        if e.tag == "li":
            parts.append("\x00")

    rec(el)
    return "".join(parts)


def _set_content(el: Any, html: str) -> None:
    """Replace ``el``'s children and text by the fragment ``html`` (tail and attributes kept)."""
    tail = el.tail
    for child in list(el):
        el.remove(child)
    frag = etree.fromstring(f"<x>{html}</x>", etree.HTMLParser()).find(".//x")
    el.text = frag.text
    for child in frag:
        el.append(child)
    el.tail = tail


def _esc(text: str) -> str:
    """``text`` as HTML: escaped, its icon tokens written back as the icons' elements."""
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ICON_TOKENS_RE.sub(lambda m: "".join(_ICON_HTML[c] for c in m[0]), out)


# ------------------------------------------------------------------------------ icons
#: Tags an icon is drawn with: a font icon's empty ``<i>`` / ``<span>``, a picture, an svg.
ICON_TAGS = {"i", "span", "em", "b", "img", "svg"}
#: Icons met so far, each as a private-use character standing for its element's HTML.
_ICON_TOKEN: dict[str, str] = {}
_ICON_HTML: dict[str, str] = {}
ICON_TOKENS_RE = re.compile("[\ue000-\ue8ff]+")
#: A ``<br>`` kept as an item of its own (``items_of(lines=True)``)
LINE_BREAK = "\ue900"


def _is_icon(el: Any) -> bool:
    """True for an icon: an element with no text that a class, a picture or an svg draws (a
    person icon is the label of the name after it: meta_marks, LABELLING.md session 21)."""
    if not isinstance(el.tag, str) or el.tag.lower() not in ICON_TAGS or hidden(el):
        return False
    if compact(visible(el)) or el.tag == "img" and not el.get("src"):
        return False
    return el.tag in ("img", "svg") or bool((el.get("class") or "").strip())


def _icon_token(el: Any) -> str:
    """The private-use character that stands for icon ``el`` in an item's text."""
    html = etree.tostring(el, method="html", encoding="unicode", with_tail=False)
    if html not in _ICON_TOKEN:
        token = chr(0xE000 + len(_ICON_TOKEN))
        _ICON_TOKEN[html], _ICON_HTML[token] = token, html
    return _ICON_TOKEN[html]


def _replace(el: Any, html: str) -> Any:
    """Put the fragment ``html`` (one element) where ``el`` was, keeping ``el``'s tail."""
    frag = etree.fromstring(f"<x>{html}</x>", etree.HTMLParser()).find(".//x")
    new = frag[0]
    new.tail = el.tail
    el.getparent().replace(el, new)
    return new


# ------------------------------------------------------------------------------ kinds
Variant = tuple[str, Callable[[Spot], bool]]


def _text_nodes(el: Any) -> Iterator[tuple[Any, str]]:
    """(owner, "text"|"tail") for every text node inside ``el``."""
    for e in el.iter():
        if not isinstance(e.tag, str):
            continue
        if e.text:
            yield e, "text"
        if e is not el and e.tail:
            yield e, "tail"


def _sub_first(el: Any, pattern: str, repl: Callable[[re.Match[str]], str]) -> bool:
    """Rewrite the first match of ``pattern`` in one of ``el``'s text nodes; False if none."""
    for owner, attr in _text_nodes(el):
        text = getattr(owner, attr)
        m = re.search(pattern, text)
        if m:
            setattr(owner, attr, text[: m.start()] + repl(m) + text[m.end() :])
            return True
    return False


def kind_colon(field: str, spot: Spot) -> list[Variant]:
    """Colon forms after the label (：<->:, a space or none after it) and the label's synonyms."""
    if not spot.label:
        return []
    word = re.escape(spot.label)
    colon = rf"(?<![\u4e00-\u9fff]){word}([\s\u00a0]*)([:：])([\s\u00a0]*)"
    out: list[Variant] = []
    for name, new in (("ascii", ":"), ("fullwidth", "："), ("ascii-space", ": "),
                      ("fullwidth-space", "： "), ("fullwidth-none", "：")):  # fmt: skip
        out.append(
            (f"colon:{name}", lambda s, new=new: _sub_first(s.el, colon, lambda m: s.label + new))
        )
    # a label with no colon or slash after it, only the markup between it and the name
    # (CSDN's ``作者<span>魏星</span>``): 文 in its place reads as the name's first character
    # (``文魏星``), as ``作者张三`` reads as one word; 文 labels a name only with ``:`` or ``/``
    marked = re.search(rf"{word}[\s\u00a0]*[:：/／]", visible(spot.el)) is not None
    for group in SYNONYMS.get(field, ()):
        if spot.label in group:
            for other in group:
                if other == "文" and not marked:
                    continue
                if other != spot.label:
                    out.append((f"colon:label={other}", lambda s, o=other: _sub_first(
                        s.el, rf"(?<![\u4e00-\u9fff]){word}", lambda m: o)))  # fmt: skip
    return out


def _rebuild(spot: Spot, join: str, wrap: str | None = None, items: list[str] | None = None,
             ) -> bool:  # fmt: skip
    if items is None:
        items = items_of(spot.line, icons=True, lines=spot.lines)
    if len(compact(visible(spot.line))) > MAX_LINE or not items:
        return False
    cells = [f"<{wrap}>{_esc(i)}</{wrap}>" if wrap else _esc(i) for i in items]
    if wrap == "a":
        cells = [_linked(i) for i in items]
    cells = [LINE_BREAK if i == LINE_BREAK else c for i, c in zip(items, cells, strict=True)]
    _set_content(spot.line, _join_cells(cells, join))
    return True


def _join_cells(cells: list[str], join: str) -> str:
    """``cells`` joined by ``join``; a ``LINE_BREAK`` item stays the ``<br>`` it was."""
    out = ""
    for i, cell in enumerate(cells):
        if cell == LINE_BREAK:
            out += "<br>"
        else:
            out += (join if i and cells[i - 1] != LINE_BREAK else "") + cell
    return out


def _linked(item: str) -> str:
    """An item as a CMS links it: the value after a label (a profile, an outlet), a bare name
    whole; an item with digits (a date, a counter) stays text."""
    m = re.match(r"^(\S{1,6}?[:：]\s*)(.+)$", item) or BARE_LABEL_ITEM_RE.match(item)
    if m and not re.search(r"\d", m.group(2)):
        return _esc(m.group(1)) + f'<a href="#">{_esc(m.group(2))}</a>'
    if re.search(r"\d", item):
        return _esc(item)
    return f'<a href="#">{_esc(item)}</a>'


_LABELLED_ITEM_RE = re.compile(r"^([\u4e00-\u9fff]{1,6})\s*([:：])\s*(.+)$")
#: A labelled item's label apart from its value, as CMS templates print it.
LABEL_MARKUP = {
    "strong": "<strong>{label}{colon}</strong>{value}",
    "span-colon-out": "<span>{label}</span>{colon}{value}",
    "value-span": '{label}{colon}<span class="v">{value}</span>',
}


def _rebuild_labels(spot: Spot, form: str) -> bool:
    """The line with each labelled item's label and value in their own elements (``form``)."""
    items = items_of(spot.line, icons=True)
    if len(compact(visible(spot.line))) > MAX_LINE or not items:
        return False
    cells = []
    for item in items:
        m = _LABELLED_ITEM_RE.match(item)
        cells.append(form.format(label=_esc(m[1]), colon=m[2], value=_esc(m[3])) if m
                     else _esc(item))  # fmt: skip
    _set_content(spot.line, DEFAULT_JOIN.join(cells))
    return True


def kind_separators(field: str, spot: Spot) -> list[Variant]:
    """The meta line's items parted by spaces, two nbsp, a full-width space, |, ｜, 丨, / or <br>."""
    if len(items_of(spot.line)) < 2:
        return []
    return [(f"separators:{n}", lambda s, j=j: _rebuild(s, j)) for n, j in SEPARATORS.items()]


def kind_markup(field: str, spot: Spot) -> list[Variant]:
    """Each item in its own span/em/a; the line as a p, div, one-row table cell or li."""
    out: list[Variant] = []
    if len(items_of(spot.line)) >= 2:
        out += [(f"markup:item-{t}", lambda s, t=t: _rebuild(s, DEFAULT_JOIN, t)) for t in
                ("span", "em", "a")]  # fmt: skip
    if spot.label and any(_LABELLED_ITEM_RE.match(i) for i in items_of(spot.line)):
        out += [(f"markup:label-{n}", lambda s, f=f: _rebuild_labels(s, f)) for n, f in
                LABEL_MARKUP.items()]  # fmt: skip
    if spot.line.tag == "body":
        return out
    if field == "published" and _labelled_cell(spot.line):
        # a 信息公开 box's date cell beside the row's other cells (chairmenfrog's ``<td>成文日期:
        # 2020-02-21</td>``): retagged as a line of its own it leaves the box, and out of a box
        # 成文日期 names no publish date (LABELLING.md, the lead's session-26 decision)
        return out
    for tag, before, after in (("p", "<p>", "</p>"), ("div", "<div>", "</div>"),
                               ("td", "<table><tr><td>", "</td></tr></table>"),
                               ("li", "<ul><li>", "</li></ul>")):  # fmt: skip

        def line(s: Spot, before: str = before, after: str = after) -> bool:
            items = items_of(s.line, icons=True, lines=s.lines)
            if len(compact(visible(s.line))) > MAX_LINE or not items:
                return False
            body = _join_cells([_esc(i) for i in items], DEFAULT_JOIN)
            if s.label is None:
                # a name without a label word set flush right (pjhospital's signature ``<p
                # style="text-align: right;">宣传部辛欣</p>``): the alignment is the content's
                # own formatting, which a CMS's new template keeps; dropped, nothing on the line
                # tells a reader it signs the text (a centred line keeps no alignment: no mark)
                before = before[:-1] + _alignment(s.line) + ">"
            s.line = s.el = _replace(s.line, before + body + after)
            return True

        out.append((f"markup:line-{tag}", line))
    return out


_FLUSH_RIGHT_RE = re.compile(r"text-align\s*:\s*(?:right|end)\b", re.IGNORECASE)


def _alignment(el: Any) -> str:
    """``el``'s own flush-right alignment as an attribute (its style's or its align's), or ''."""
    m = _FLUSH_RIGHT_RE.search(el.get("style") or "")
    if m:
        return f' style="{m.group(0)}"'
    return ' align="right"' if (el.get("align") or "").lower() == "right" else ""


def kind_order(field: str, spot: Spot) -> list[Variant]:
    """The items permuted (reversed, rotated) and noise items added (views, font size, print, share)."""
    items = items_of(spot.line, icons=True)
    out: list[Variant] = []
    if len(items) >= 2:
        out.append(("order:reversed", lambda s: _rebuild(s, DEFAULT_JOIN, items=items[::-1])))
        out.append(
            ("order:rotated", lambda s: _rebuild(s, DEFAULT_JOIN, items=items[1:] + items[:1]))
        )
    if len(items) >= 2 and len(compact(visible(spot.line))) <= MAX_LINE:
        # noise items join a meta line of several items, never a byline or a sentence alone
        for name, (text, number) in NOISE.items():

            def noise(s: Spot, text: str = text, number: str | None = number) -> bool:
                extra = _esc(text) + (f"<span>{number}</span>" if number else "")
                body = DEFAULT_JOIN.join(_esc(i) for i in items_of(s.line, icons=True))
                _set_content(s.line, body + DEFAULT_JOIN + extra)
                return True

            out.append((f"order:noise-{name}", noise))
    return out


#: Label words as Taiwan's and Hong Kong's CMSs print them (the 發佈 of Taiwan's government sites).
TRADITIONAL = {
    "责任编辑": "責任編輯", "责编": "責編", "编辑": "編輯", "本报记者": "本報記者", "记者": "記者",
    "文章来源": "文章來源", "信息来源": "資訊來源", "新闻来源": "新聞來源", "稿件来源": "稿件來源",
    "来源": "來源", "发布时间": "發佈時間",
    "发布日期": "發佈日期", "时间": "時間", "发表于": "發表於", "发布者": "發佈者", "发布人": "發佈人",
    "浏览次数": "瀏覽次數", "浏览": "瀏覽", "点击": "點擊", "阅读": "閱讀", "字号": "字號",
    "通讯员": "通訊員",
}  # fmt: skip
_TRADITIONAL_RE = re.compile("|".join(sorted(TRADITIONAL, key=len, reverse=True)))
#: A labelled item as other CMSs set its label and value apart: a definition list, table cells
#: (a 信息公开 box's label cell beside its value cell), a label element and a value element, and
#: brackets around the item. ``{l}`` label, ``{c}`` its colon, ``{v}`` the value.
FORMS = {
    "dl": ("<dl class='info'>", "<dt>{l}</dt><dd>{v}</dd>", "<dd>{i}</dd>", "", "</dl>"),
    "dl-colon": ("<dl class='info'>", "<dt>{l}{c}</dt><dd>{v}</dd>", "<dd>{i}</dd>", "", "</dl>"),
    "td-items": ("<table><tr>", "<td>{l}{c}{v}</td>", "<td>{i}</td>", "", "</tr></table>"),
    "td-label-value": ("<table><tr>", "<td>{l}{c}</td><td>{v}</td>", "<td>{i}</td>", "",
                       "</tr></table>"),
    "th-label": ("<table><tr>", "<th>{l}</th><td>{v}</td>", "<td>{i}</td>", "", "</tr></table>"),
    "span-label": ("<div class='info'>", "<span class='label'>{l}</span><span>{v}</span>",
                   "<span>{i}</span>", "  ", "</div>"),
    "label-tag": ("<div class='info'>", "<label>{l}{c}</label><span>{v}</span>",
                  "<span>{i}</span>", "  ", "</div>"),
    "brackets": ("<div class='info'>", "[{l}:{v}]", "{i}", " ", "</div>"),
    "lenticular": ("<div class='info'>", "【{l}{c}{v}】", "{i}", " ", "</div>"),
}  # fmt: skip


def _rebuild_form(spot: Spot, form: str) -> bool:
    """The meta line as ``FORMS[form]`` sets it, in place of the line's element."""
    items = items_of(spot.line, icons=True)
    if len(compact(visible(spot.line))) > MAX_LINE or not items or spot.line.tag == "body":
        return False
    start, labelled, plain, join, end = FORMS[form]
    cells = []
    for item in items:
        m = _LABELLED_ITEM_RE.match(item)
        cells.append(labelled.format(l=_esc(m[1]), c=m[2], v=_esc(m[3])) if m
                     else plain.format(i=_esc(item)))  # fmt: skip
    spot.line = spot.el = _replace(spot.line, start + join.join(cells) + end)
    return True


def _traditional(spot: Spot) -> bool:
    """Every label word of the line in its traditional form (values as they are)."""
    changed = False
    for owner, attr in _text_nodes(spot.line):
        text = getattr(owner, attr)
        new = _TRADITIONAL_RE.sub(lambda m: TRADITIONAL[m[0]], text)
        if new != text:
            setattr(owner, attr, new)
            changed = True
    return changed


def kind_forms(field: str, spot: Spot) -> list[Variant]:
    """The labelled line as CMSs of other places print it (robust52): its label words in
    traditional characters, and its labelled items as ``FORMS`` sets them apart."""
    if not spot.label:
        return []
    out: list[Variant] = []
    if _TRADITIONAL_RE.search(spot.label):
        out.append(("forms:traditional", _traditional))
    if any(_LABELLED_ITEM_RE.match(i) for i in items_of(spot.line)):
        out += [(f"forms:{n}", lambda s, n=n: _rebuild_form(s, n)) for n in FORMS]
    return out


def _body_anchor(root: Any, label: dict[str, Any], last: bool) -> Any | None:
    body = [p for p in label.get("body") or [] if len(compact(p)) >= 8]
    if not body:
        return None
    para = body[-1] if last else body[0]
    piece = compact(para)[-20:] if last else compact(para)[:20]
    holders = minimal_holders(root, piece)
    return (holders[-1] if last else holders[0]) if holders else None


def kind_position(field: str, spot: Spot, label: dict[str, Any] | None = None) -> list[Variant]:
    """A trailer line moved before the text, a line above the text moved after it (the date
    line too: a 发布时间 printed under the text)."""
    if field not in (*PEOPLE, "published") or len(compact(visible(spot.line))) > MAX_LINE:
        return []
    if label is None or field == "published" and _holds_headline(spot.line, label):
        return []
    if _labelled_cell(spot.line):
        # a value cell whose row holds its label cell (wuhan-gsj's 信息公开 box: ``<td>公开日期
        # </td><td>2018-01-01</td>``): moved alone, the value loses the label that names it
        return []

    def move(s: Spot) -> bool:
        line = s.line
        root = line.getroottree().getroot()
        first, last = _body_anchor(root, label, False), _body_anchor(root, label, True)
        if first is None or last is None:
            return False
        order = {el: i for i, el in enumerate(root.iter())}
        if (
            line in (first, last)
            or any(a is line for a in first.iterancestors())
            or any(a is line for a in last.iterancestors())
        ):
            return False
        if order[line] > order[last]:
            target, before = first, True
        elif order[line] < order[first]:
            target, before = _out_of_table(last, first), False
        else:
            return False
        _detach(line)
        line.tail = None
        if line.tag in INLINE or line.tag == "time":
            # the line stood on a line of its own (nangongst's ``<span class=date>`` between the
            # headline's div and the text's): moved into the text's flow it keeps its own line,
            # as a CMS printing it there does, not glued to the text's last words
            box = etree.Element("div")
            box.append(line)
            line = box
        if before:
            target.addprevious(line)
        elif not _put_after_text(target, line, label):
            target.addnext(line)
        return True

    return [("position:moved", move)]


def _labelled_cell(el: Any) -> bool:
    """True when ``el`` is a table cell beside another cell of its row that shows text."""
    if el.tag not in ("td", "th"):
        return False
    row = el.getparent()
    return row is not None and any(
        c is not el and c.tag in ("td", "th") and compact(visible(c)) for c in row
    )


def _out_of_table(last: Any, first: Any) -> Any:
    """The table the text's last words stand in (an agenda's last cell), when the text's first
    words stand outside it: the date line goes under the table, not into its last cell. A layout
    table holding the whole text stays the place."""
    table = next(last.iterancestors("table"), None)
    if table is None or first is table or any(a is table for a in first.iterancestors()):
        return last
    return table


def _put_after_text(box: Any, line: Any, label: dict[str, Any]) -> bool:
    """Put ``line`` right after the text's last words when the element holding them goes on
    past them (a text box whose own text is the article, then a 客服 box, a pager and related
    links, as ncoe's): a CMS prints the date line under the text, not under the related links.
    False when the text ends the element (``line`` then goes after it)."""
    body = [p for p in label.get("body") or [] if len(compact(p)) >= 8]
    piece = compact(body[-1])[-20:] if body else ""
    shown = compact(visible(box))
    end = shown.rfind(piece)
    if not piece or end < 0 or not shown[end + len(piece) :]:
        return False
    if piece in compact(box.text or ""):
        box.insert(0, line)
        return True
    for child in box:
        if piece in compact(child.tail or ""):
            child.addnext(line)
            return True
    return False


def _holds_headline(el: Any, label: dict[str, Any]) -> bool:
    """True when ``el`` shows the headline too (a header block): moved, the title would go with it."""
    title = compact(label.get("title") or "")
    return bool(title) and title[:10] in compact(visible(el))


def _detach(el: Any) -> None:
    """Take ``el`` out of the tree, its tail left where it was."""
    parent, tail = el.getparent(), el.tail or ""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def kind_dates(field: str, spot: Spot) -> list[Variant]:
    """The date written 2024-03-05, 2024年3月5日, 2024/03/05, 2024.03.05, 2024/3/5,
    2024年3月5日 星期二, Mar 5, 2024 or 民國113年3月5日, the time kept."""
    if field != "published":
        return []
    m = re.match(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", spot.value)
    if m is None:
        return []  # the page writes its date in words (Nov 9, 2009): no numeric day to rewrite
    y, mo, d = (int(g) for g in m.groups())
    # a two-digit year reads as a date only with its clock (``09-11-21 13:34``): without one
    # the order is uncertain (yy-MM-dd or dd-MM-yy) and the labels read no date there
    # (LABELLING.md, robust111 and session 26), so the short year is tried on a timed day only
    timed = re.search(re.escape(spot.value) + r"\s*\d{1,2}:\d{2}", visible(spot.el))
    out: list[Variant] = []
    for name, fmt in DATE_FORMATS.items():
        new = format_date(fmt, y, mo, d)
        if compact(new) == compact(spot.value) or name == "short-year" and not timed:
            continue
        # a time glued to 日 (``2009年11月09日00:00``) gets a space: ``2009-11-0900:00`` would
        # read as another day
        out.append((f"dates:{name}", lambda s, new=new: _sub_first(
            s.el, re.escape(s.value) + r"(\d?)", lambda mt: new + (" " if mt[1] else "") + mt[1])))  # fmt: skip
    return out


def kind_breadcrumbs(field: str, spot: Spot) -> list[Variant]:
    """The trail's separators as > » / -> ＞ - (and &gt;), with and without spaces around them."""
    if field != "category":
        return []
    nodes = [(o, a) for o, a in _text_nodes(spot.el) if CRUMB_SEP_RE.match(getattr(o, a))]
    if not nodes:
        return []
    out: list[Variant] = []
    for sep in CRUMB_SEPS:
        for spaced in (True, False):
            new = f" {sep} " if spaced else sep

            def swap(s: Spot, new: str = new) -> bool:
                hits = [(o, a) for o, a in _text_nodes(s.el) if CRUMB_SEP_RE.match(getattr(o, a))]
                for o, a in hits:
                    setattr(o, a, new)
                return bool(hits)

            out.append((f"breadcrumbs:{sep}{'-spaced' if spaced else ''}", swap))
    return out


#: Kinds that apply to each field: a heading only changes its tag (items or noise added to it
#: would change the title a reader reads); a trail keeps its links (rebuilt as text it is no trail).
FIELD_KINDS = {
    "author": ("colon", "separators", "markup", "order", "position", "forms"),
    "editor": ("colon", "separators", "markup", "order", "position", "forms"),
    "source": ("colon", "separators", "markup", "order", "position", "forms"),
    "published": ("colon", "separators", "markup", "order", "dates", "forms", "position"),
    "category": ("colon", "breadcrumbs", "trail"),
    "title": ("heading", "headline", "encoding"),
}


def _trail_parts(el: Any) -> tuple[str, list[tuple[str, str | None]]] | None:
    """The trail's label (with its colon, or "") and its items as (text, href or None), read
    from ``el``'s links and the text between them; None unless 2-8 short items."""
    label = ""
    items: list[tuple[str, str | None]] = []

    def text(chunk: str) -> None:
        nonlocal label
        for part in re.split(r"\s*(?:>>|->|>|»|›|→|＞|/|-{1,2}|\\)\s*", chunk):
            part = " ".join(part.split())
            if not part:
                continue
            m = TRAIL_LABEL_RE.search(part) if not items and not label else None
            if m and m.start() <= 2:
                label = part[: m.end()] + "："  # its colon (if any) goes with the rest
                part = part[m.end() :].lstrip(":： ")
                if not part:
                    continue
            items.append((part, None))

    def rec(e: Any) -> None:
        if hidden(e):
            return
        if e.tag == "a":
            t = " ".join(visible(e).split())
            if t:
                items.append((t, e.get("href") or "#"))
            return
        if e.text:
            text(e.text)
        for child in e:
            if isinstance(child.tag, str):
                rec(child)
            if child.tail:
                text(child.tail)

    rec(el)
    if not 2 <= len(items) <= 8 or any(len(compact(t)) > 24 for t, _ in items):
        return None
    if any(re.fullmatch(r"[|｜·丨]", t) for t, _ in items):
        return None  # a bar of links (登录 | 注册) beside a channel name: no trail to rebuild
    return label, items


def _item_html(text: str, href: str | None, name: str = "") -> str:
    inner = f'<span itemprop="name">{_esc(text)}</span>' if name else _esc(text)
    attr = ' itemprop="item"' if name else ""
    return f'<a href="{_esc(href)}"{attr}>{inner}</a>' if href else inner


def kind_trail(field: str, spot: Spot, label: dict[str, Any] | None = None) -> list[Variant]:
    """The trail rebuilt as other CMSs draw it, its items and links kept: a ``ul``/``ol`` whose
    separators CSS draws (a class of no meaning), ``nav aria-label=breadcrumb``, schema.org
    microdata, the list plus a JSON-LD BreadcrumbList, separator images, a location label in
    front, and a closing 正文 / 详情 / 内容 or headline item after the leaf."""
    if field != "category":
        return []
    parts = _trail_parts(spot.el)
    if parts is None:
        return []
    out: list[Variant] = []
    headline = (label or {}).get("title") or ""

    def lis(items: list[tuple[str, str | None]], micro: bool = False) -> str:
        if not micro:
            return "".join(f"<li>{_item_html(t, h)}</li>" for t, h in items)
        return "".join(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f"{_item_html(t, h, 'name') if h else f'<span itemprop=name>{_esc(t)}</span>'}"
            f'<meta itemprop="position" content="{n}"></li>'
            for n, (t, h) in enumerate(items, 1)
        )

    def rebuild(make: Callable[[str, list[tuple[str, str | None]]], str]) -> Callable[[Spot], bool]:
        def apply(s: Spot) -> bool:
            got = _trail_parts(s.el)
            if got is None:
                return False
            _set_content(s.el, make(*got))
            return True

        return apply

    out.append(
        ("trail:ul-css", rebuild(lambda lab, it: f'{_esc(lab)}<ul class="c2">{lis(it)}</ul>'))
    )
    out.append(("trail:ol-aria", rebuild(
        lambda lab, it: f'<nav aria-label="breadcrumb"><ol>{lis(it)}</ol></nav>')))  # fmt: skip
    out.append(("trail:microdata", rebuild(lambda lab, it: (
        f'{_esc(lab)}<ol itemscope itemtype="https://schema.org/BreadcrumbList">'
        f"{lis(it, True)}</ol>"))))  # fmt: skip

    def jsonld(lab: str, it: list[tuple[str, str | None]]) -> str:
        import json

        data = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": n, "name": t, **({"item": h} if h else {})}
            for n, (t, h) in enumerate(it, 1)]}  # fmt: skip
        script = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
        return (f'<script type="application/ld+json">{script}</script>'
                f'<ul class="c2">{lis(it)}</ul>')  # fmt: skip

    out.append(("trail:jsonld-list", rebuild(jsonld)))
    # robust52: an ``<ol>`` whose items carry the separator as text (``<span>›</span>``)
    out.append(("trail:ol-sep", rebuild(lambda lab, it: f'{_esc(lab)}<ol class="c2">' + "".join(
        f"<li>{_item_html(t, h)}{'<span>›</span>' if n < len(it) else ''}</li>"
        for n, (t, h) in enumerate(it, 1)) + "</ol>")))  # fmt: skip
    out.append(("trail:img-sep", rebuild(lambda lab, it: _esc(lab) + '<img src="/images/arrow.gif">'.join(
        _item_html(t, h) for t, h in it))))  # fmt: skip
    if not parts[0]:
        for word in ("您现在的位置：", "所在位置：", "現在位置："):
            out.append((f"trail:label={word[:-1]}", rebuild(lambda lab, it, w=word: w + " &gt; ".join(
                _item_html(t, h) for t, h in it))))  # fmt: skip
    leaf = compact(first_value(label or {}, "category") or "")
    alone = compact(visible(spot.line)) == compact(visible(spot.el))
    if alone and parts[1] and compact(parts[1][-1][0]) == leaf:
        # a closing item after the leaf (the trail ends at the leaf and is its line's whole
        # text: a headline glued after the trail would read as part of the new item)
        for tail in ("正文", "详情", "内容", headline):
            if not tail:
                continue
            name = "headline" if tail == headline else tail
            out.append((f"trail:tail={name}", rebuild(lambda lab, it, t=tail: _esc(lab) + " &gt; ".join(
                [_item_html(x, h) for x, h in it] + [_esc(t)]))))  # fmt: skip
    return out


def kind_headline(field: str, spot: Spot, label: dict[str, Any] | None = None) -> list[Variant]:
    """The headline as CMS templates print it apart from a heading tag: an h2 or a div with a
    class of no meaning, a strong in a p, the headline over two lines (``<br>`` at a space or
    halfway), and the headline shown only in ``<title>`` (``标题_频道_站名``, its element gone)."""
    if field != "title":
        return []
    out: list[Variant] = []
    for name, html in (("h2-class", '<h2 class="c3 fl">{}</h2>'),
                       ("div-class", '<div class="t_1">{}</div>'),
                       ("p-strong", "<p><strong>{}</strong></p>")):  # fmt: skip

        def retag(s: Spot, html: str = html) -> bool:
            if _in_heading(s.el):
                return False
            s.el = s.line = _replace(s.el, html.format(_esc(" ".join(visible(s.el).split()))))
            return True

        out.append((f"headline:{name}", retag))

    def two_lines(s: Spot) -> bool:
        text = " ".join(visible(s.el).split())
        cut = text.find(" ") if " " in text.strip() else len(text) // 2
        if not 2 <= cut <= len(text) - 2:
            return False
        head, tail = text[:cut].strip(), text[cut:].strip()
        s.el = s.line = _replace(s.el, f"<{s.el.tag}>{_esc(head)}<br>{_esc(tail)}</{s.el.tag}>")
        return True

    out.append(("headline:two-lines", two_lines))

    def title_only(s: Spot) -> bool:
        if _in_heading(s.el):
            return False
        root = s.el.getroottree().getroot()
        title = root.find(".//title")
        if title is None:
            title = etree.SubElement(root.find(".//head"), "title")
        if compact(s.value) not in compact(title.text or ""):
            # the site's own <title> kept where it names the headline, its suffix and all
            title.text = f"{s.value}_新闻中心_示例网"
        parent = s.el.getparent()
        _detach(s.el)
        s.el = s.line = parent
        return True

    out.append(("headline:title-only", title_only))
    return out


def _in_heading(el: Any) -> bool:
    """True when ``el`` stands inside a heading element that shows more lines than it (aka.org.cn's
    ``<h1><em><u>标题</u></em><br><font>HansB<br><a>[返回]</a></font></h1>``): retagged, the
    headline would be a block nested in the heading, which HTML forbids and no template prints,
    the heading kept around it; taken away, the heading would show the byline alone."""
    own = compact(visible(el))
    return any(
        a.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and compact(visible(a)) != own
        for a in el.iterancestors()
    )


def kind_heading(field: str, spot: Spot) -> list[Variant]:
    """The headline's element as another tag (h1, h2, div, p, strong in a div), its content
    kept as it is: a badge or a ``<br>`` inside the heading stays an element (flattened to text,
    ``<span>原创</span>标题`` would read as one word and two lines as one, another headline)."""
    if field != "title":
        return []
    out: list[Variant] = []
    for tag, inner in (("h1", None), ("h2", None), ("div", None), ("p", None),
                       ("div", "strong")):  # fmt: skip

        def retag(s: Spot, tag: str = tag, inner: str | None = inner) -> bool:
            if _in_heading(s.el):
                return False
            new = etree.Element(tag)
            holder = etree.SubElement(new, inner) if inner else new
            holder.text = s.el.text
            for child in s.el:
                holder.append(copy.deepcopy(child))
            new.tail = s.el.tail
            s.el.getparent().replace(s.el, new)
            s.line = s.el = new
            return True

        out.append((f"heading:{inner or tag}", retag))
    return out


KINDS: dict[str, Callable[..., list[Variant]]] = {
    "heading": kind_heading,
    "headline": kind_headline,
    "trail": kind_trail,
    "colon": kind_colon,
    "separators": kind_separators,
    "markup": kind_markup,
    "order": kind_order,
    "position": kind_position,
    "dates": kind_dates,
    "breadcrumbs": kind_breadcrumbs,
    "forms": kind_forms,
}


# ------------------------------------------------------------------------------ pages
def set_charset(root: Any, charset: str) -> None:
    """Declare ``charset`` in the page's meta tags (one added to ``<head>`` when there is none)."""
    found = False
    for meta in root.iter("meta"):
        if meta.get("charset") is not None:
            meta.set("charset", charset)
            found = True
        elif (meta.get("http-equiv") or "").lower() == "content-type":
            meta.set("content", f"text/html; charset={charset}")
            found = True
    if not found:
        head = root.find(".//head")
        if head is None:
            head = etree.Element("head")
            root.insert(0, head)
        meta = etree.SubElement(head, "meta")
        meta.set("charset", charset)
        head.insert(0, meta)


def serialise(root: Any, charset: str = "utf-8") -> bytes:
    """The tree as page bytes in ``charset``, declared in its meta tags."""
    set_charset(root, charset)
    text = etree.tostring(root, method="html", encoding="unicode")
    # characters the charset lacks (nbsp, emoji in GBK) as references, as such a page writes them
    return ("<!DOCTYPE html>\n" + text).encode(charset, "xmlcharrefreplace")


def load_tree(html: bytes) -> Any | None:
    """The page parsed as the extractor parses it."""
    text, _ = decode_html(html)
    return parse_html(text)


def variants(label: dict[str, Any], root: Any, field: str, kind: str, spot: Spot | None = None,
             ) -> Iterator[tuple[str, bytes, Spot]]:  # fmt: skip
    """(name, page bytes, spot) of each variant of ``kind`` for ``field`` on the page."""
    if kind == "encoding":
        if field != "title":
            return  # one per page, counted under the title (any other field it breaks too)
        tree = copy.deepcopy(root)
        yield "encoding:gbk", serialise(tree, "gbk"), Spot(tree, None, "")
        return
    spot = spot or find_spot(root, label, field)
    if spot is None:
        return
    if kind not in FIELD_KINDS[field]:
        return
    if spot.label is None and field in PEOPLE and kind in UNLABELLED_DROPPED:
        return  # an unlabelled name is told by its place and its line alone: keep both
    fn = KINDS[kind]
    made = fn(field, spot, label) if kind in ("position", "trail", "headline") else fn(field, spot)
    paths = [root.getroottree().getpath(e) for e in (spot.el, spot.line)]
    original = etree.tostring(root, method="html", encoding="unicode")
    for name, apply in made:
        tree = copy.deepcopy(root)
        found = [tree.getroottree().xpath(p) for p in paths]
        if not all(found):
            continue
        # a people field's line keeps its line breaks in the markup rebuilds where they set the
        # value apart: an unlabelled name's own line, or a credit under the headline in the
        # headline's element (zsnews' ``<div><span>TITLE</span><br><font>来源于：X</font>``)
        lines = field in PEOPLE and (spot.label is None or _holds_headline(spot.line, label))
        moved = Spot(found[0][0], spot.label, spot.value, found[1][0], lines)
        if not apply(moved) or etree.tostring(tree, method="html", encoding="unicode") == original:
            continue  # the rewrite found nothing to change
        shown = visible(tree)
        if name == "headline:title-only":
            shown = tree.find(".//title").text or ""  # the one place the variant shows it
        rx = _date_re(label) if field == "published" else None
        if not (rx.search(shown) if rx else compact(spot.value) in compact(shown)):
            continue  # the reader no longer sees the value: the label would change, dropped
        yield name, serialise(tree), moved


def extract(html: bytes, label: dict[str, Any]) -> dict[str, Any]:
    """Our normalised fields of one page."""
    return extract_normalized(html, label.get("url") or "http://example.invalid/",
                              fetched_at=FETCHED)  # fmt: skip


PRED_KEY = {"published": "published_at"}


def right(score: dict[str, Any], field: str) -> bool | None:
    """Whether ``field`` is right (None where the page has no such field)."""
    value = score.get(field)
    return None if value is None else value >= 1.0


#: Fields whose ``*_false`` count the scorer keeps: a value given on a page labelled without one.
FALSE_FIELDS = (*PEOPLE, "published", "category")


def false_fields(score: dict[str, Any]) -> set[str]:
    """Fields given on a page labelled without them (people, source, a date, a category)."""
    return {f for f in FALSE_FIELDS if score.get(f + "_false") == 1.0}


# ------------------------------------------------------------------------------ main
def run(args: argparse.Namespace) -> int:
    """Try the variants and print the table (or one page's variants with ``--show``)."""
    fields = [args.field] if args.field else list(FIELDS)
    kinds = [args.kind] if args.kind else [*KINDS, "encoding"]
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    if args.show:
        pages = [p for p in pages if p["id"] == args.show]
        if not pages:
            print(f"error: no dev page {args.show!r} on this machine", file=sys.stderr)
            return 2
    table: dict[tuple[str, str], list[int]] = {}
    moved_by_roundtrip = 0
    tried = 0
    t0 = time.perf_counter()
    for page in pages:
        root = load_tree(page["html"])
        if root is None:
            continue
        base_html = serialise(copy.deepcopy(root))
        base = extract(base_html, page)
        base_score = corpus.score(base, page)
        orig_score = corpus.score(extract(page["html"], page), page)
        if any(right(orig_score, f) != right(base_score, f) for f in FIELDS):
            moved_by_roundtrip += 1
        base_false = false_fields(base_score)
        for field in fields:
            if first_value(page, field) is None and field != "published":
                continue
            if field == "published" and not page.get("published"):
                continue
            found = find_spot(root, page, field)
            for kind in kinds:
                if found is None and kind != "encoding":
                    continue
                made = list(variants(page, root, field, kind, found))
                if not args.all and not args.show and len(made) > args.per_kind:
                    rng = random.Random(f"{args.seed}:{page['id']}:{field}:{kind}")
                    made = sorted(rng.sample(made, args.per_kind), key=made.index)
                row = table.setdefault((field, kind), [0, 0, 0, 0, 0])
                for name, html, spot in made:
                    tried += 1
                    pred = extract(html, page)
                    score = corpus.score(pred, page)
                    was, now = right(base_score, field), right(score, field)
                    created = false_fields(score) - base_false
                    row[0] += 1
                    row[1] += bool(was and not now)
                    row[2] += bool(now and not was)
                    row[3] += bool(created)
                    others = [f for f in FIELDS if f != field and right(base_score, f)
                              and right(score, f) is False]  # fmt: skip
                    row[4] += bool(others)
                    if args.show or (args.verbose and (was and not now or created or others)):
                        _print_variant(page, field, name, spot, base, pred, was, now, created,
                                       others)  # fmt: skip
    if args.show:
        return 0
    print(f"{len(pages)} dev pages, {tried} variants in {time.perf_counter() - t0:.0f} s"
          f" (seed {args.seed}, {'all' if args.all else f'at most {args.per_kind}'} per page,"
          f" field and kind); {moved_by_roundtrip} pages scored differently after the parse"
          " round trip alone")  # fmt: skip
    print("| field | kind | variants | breaks | fixes | false+ | other fields broken |")
    print("|---|---|---|---|---|---|---|")
    for (field, kind), row in table.items():
        if row[0]:
            print(f"| {field} | {kind} | " + " | ".join(map(str, row)) + " |")
    return 0


def spot_html(spot: Spot) -> str:
    """The rewritten line (or spot) as HTML, for ``--show`` and the tests."""
    shown = spot.line if spot.line.getparent() is not None else spot.el
    return etree.tostring(shown, method="html", encoding="unicode", with_tail=False)


def where(root: Any, label: dict[str, Any], el: Any) -> str:
    """Where ``el`` sits against the labelled text: above, inside or below it."""
    first, last = _body_anchor(root, label, False), _body_anchor(root, label, True)
    if first is None or last is None:
        return "?"
    order = {e: i for i, e in enumerate(root.iter())}
    if order[el] < order[first] and el not in first.iterancestors():
        return "above"
    if order[el] > order[last] and not any(a is el for a in last.iterancestors()):
        return "below"
    return "inside"


def inventory(field: str) -> int:
    """For each dev page with ``field``: the line that shows it, its label word and its place."""
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    print("| page | label | place | line | ours | rule |")
    print("|---|---|---|---|---|---|")
    for page in pages:
        if first_value(page, field) is None:
            continue
        root = load_tree(page["html"])
        spot = find_spot(root, page, field) if root is not None else None
        pred = extract(page["html"], page)
        rule = (pred.get("extraction") or {}).get(field)
        if spot is None:
            print(f"| {page['id']} | | | (not found as text) | {pred.get(field)} | {rule} |")
            continue
        text = " ".join(visible(spot.line).split())[:70].replace("|", "¦")
        print(f"| {page['id']} | {spot.label or ''} | {where(root, page, spot.line)} | {text} |"
              f" {pred.get(field)} | {rule} |")  # fmt: skip
    return 0


def _print_variant(page: dict[str, Any], field: str, name: str, spot: Spot, base: dict[str, Any],
                   pred: dict[str, Any], was: bool | None, now: bool | None,
                   created: set[str], others: list[str] | None = None) -> None:  # fmt: skip
    key = PRED_KEY.get(field, field)
    status = "BREAK" if was and not now else "fix" if now and not was else "same"
    print(f"{page['id']} {field} {name}: {status}"
          + (f", false+ {sorted(created)}" if created else "")
          + (f", other broken {others}" if others else ""))  # fmt: skip
    print(f"   spot: {spot_html(spot)[:300]!r}")
    print(f"   before: {base.get(key)!r} [{(base.get('extraction') or {}).get(field)}]")
    print(f"   after:  {pred.get(key)!r} [{(pred.get('extraction') or {}).get(field)}]")
    for f in sorted(created):
        print(f"   false {f}: {pred.get(PRED_KEY.get(f, f))!r}")
    for f in others or ():
        k = PRED_KEY.get(f, f)
        print(f"   {f} broken: {base.get(k)!r} -> {pred.get(k)!r}"
              f" [{(pred.get('extraction') or {}).get(f)}]")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Parse the options and run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--field", choices=FIELDS)
    ap.add_argument("--kind", help=f"one of {[*KINDS, 'encoding']} (or a shape with --values)")
    ap.add_argument("--show", metavar="ID", help="print each variant of one dev page")
    ap.add_argument("--all", action="store_true", help="every variant, not a seeded sample")
    ap.add_argument("--per-kind", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every break and false+")
    ap.add_argument("--values", action="store_true",
                    help="other dates, trails and headlines at the labelled spots (benchmarks/values.py;"
                    " --kind names a shape there)")  # fmt: skip
    ap.add_argument("--inventory", action="store_true",
                    help="the line showing --field (default author) on each dev page, its place")  # fmt: skip
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    if args.inventory:
        return inventory(args.field or "author")
    if args.values:
        sys.modules.setdefault("variants", sys.modules[__name__])
        import values

        return values.run_values(args)
    if args.kind and args.kind not in (*KINDS, "encoding"):
        ap.error(f"--kind: no such kind {args.kind!r}")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
