"""Distractors on the DEV real pages: another page's furniture put into a page that lacks the field.

``variants.py`` rewrites a page's own labelled spot and ``transplant.py`` moves a labelled credit
into another page; neither puts the OTHER things real pages carry into a page: a sidebar of dated
headlines, a 相关文章 list with dates and writers, a comment block's times and names, a
上一篇/下一篇 pair, a footer's 版权所有 year, ICP number and 更新时间, a search page's 当前位置 bar,
a login box, a profile card. On sites none of us has seen we give a date, a writer or a source on
pages that show none far more often than on the dev half; this measures why.

A *piece* is an element of a dev page (never a test page) outside its article: the largest box
around a text that carries a date, a credit label word (作者 / 来源 / 编辑 / 发布时间 ..., the
labels of ``labels.LABELS``), a trail label (当前位置 ...) or a reporter's role before a name, that
holds none of the page's labelled values nor our own output on the page (the label does not use
it) and no headline or body text. Its *kind* is where it sat, read from the structure around the
article's column (the smallest element holding the headline and the text):

- ``header``: above the article, in the column or at the page's level (a top bar, a nav);
- ``sidebar``: beside the column, in the row that holds it (a left or right column's box);
- ``after``: in the column, under the text (a related list, 上一篇/下一篇, a comment block, a share bar);
- ``footer``: at the page's level under the article (the last box of the page).

``--kinds new`` takes instead the boxes found only by the words of furniture (``FURNITURE_RE``,
the labels' controls, a box heading over other items: a login box, a 【字体：大 中 小】 bar, a
联系我们 footer, a 相关文章 list without dates; distract135), ``--kinds all`` both.
``--from-templates DIR`` takes the pieces from real CMS templates rendered by ``templates.py
render --out DIR`` (their sidebars, footers, 上一篇/下一篇 lines, comment forms: never the post's
own meta line, headline, trail or text), one site a repository.

Each piece goes into ``--hosts`` dev pages of other sites (a seeded draw) at the same kind of
place: a header piece as the host's page's first box, a sidebar piece right after the host's
column, an after piece under the host's text and its own credit and date lines (out of its
table, or a row of its own where the column is one), a footer piece as the host page's last
box. Counted per field: a host labelled WITHOUT the field that now gets one
("false+"), a host whose labelled value was right and now is not ("broken"), a host whose body
bigram F1 falls by more than ``BODY_DROP`` ("body broken": the piece took the text's place, body152);
by piece kind and by donor (a cause one donor makes fifty times is one cause).

    .venv/bin/python benchmarks/distractors.py [--hosts 8] [--seed 19] [--per-site 2] [-v]
    .venv/bin/python benchmarks/distractors.py --kinds new --hosts 4  # boxes of furniture words
    .venv/bin/python benchmarks/distractors.py --from-templates /tmp/x/tmpl  # template pieces
    .venv/bin/python benchmarks/distractors.py --pieces           # the pieces, no extraction
    .venv/bin/python benchmarks/distractors.py --show DONOR#N@HOST  # one case, as -v names it
"""

from __future__ import annotations

import argparse
import copy
import json
import logging
import random
import re
import sys
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

import transplant as T  # noqa: E402
import variants as V  # noqa: E402

from incubator_crawler.article import labels as L  # noqa: E402
from incubator_crawler.article.trailer import section_after_text  # noqa: E402

corpus = V.corpus
KINDS = ("header", "sidebar", "after", "footer")
#: the largest box a piece is (compact visible characters): a box, not a column of boxes
MAX_PIECE = 300
MIN_PIECE = 6
#: a list is taken whole up to this size (its items stand together on every page)
MAX_LIST = 2000
ITEM_TAGS = {"li", "dd", "dt", "tr"}
#: text outside a row that still leaves it the page's level (an old-browser warning, a skip
#: link): a site's header and footer show more (a menu, a copyright line)
OUTSIDE_ROW = 60
LIST_TAGS = {"ul", "ol", "dl", "table"}
_CREDIT_LABELS = sorted(
    {w for f in ("published", "author", "editor", "source") for w in L.LABELS[f] if len(w) >= 2},
    key=len,
    reverse=True,
)
#: a credit label as a line prints it: the word, then a colon or a blank
LABEL_RE = re.compile("(?:" + "|".join(map(re.escape, _CREDIT_LABELS)) + r")[\s\u00a0\u3000]*[:：]")
ROLE_RE = re.compile(
    "(?:" + "|".join(map(re.escape, L.REPORTER_ROLES)) + r")[\s\u00a0\u3000]*[\u4e00-\u9fff]{2,4}"
)
#: the words of a site's footer, as a reader reads them
FOOTER_WORD_RE = re.compile(
    r"版权所有|版權所有|Copyright|©|ICP|备案|備案|主办单位|主辦單位|技术支持"
)


#: what a box of furniture shows with no date and no credit label (distract135), as a reader
#: knows it: the page's controls (``【字体：大 中 小】``, 打印 / 关闭, 扫一扫, view counters: the
#: labels' ``CONTROL_RE``), a box heading over other items (相关文章, 热门, 上一篇: the trailer's
#: ``section_after_text``), and the words of a login box, a 投稿 / contact box, a weather or
#: calendar box, a 专题 banner, a video's 时长 and a subscription card
FURNITURE_RE = re.compile(
    r"用户名|用戶名|密\s*码|密\s*碼|登录|登錄|注册|註冊|投稿|联系我们|聯繫我們|联系电话|电话|電話"
    r"|邮箱|郵箱|传真|傳真|天气|天氣|农历|農曆|" + L.WEEKDAY_CN + r"|专题|專題|时长|時長|订阅|訂閱"
    r"|关注我们|關注我們|二维码|二維碼"
)
#: the kinds of what a piece carries that distract119 took (a piece with one of them is "old")
OLD_WHAT = ("date", "label", "trail", "role")


@dataclass(frozen=True)
class Piece:
    """A box of furniture: its donor page, where it sat, what it carries and its HTML."""

    donor: str
    n: int
    kind: str
    what: str
    html: str

    @property
    def name(self) -> str:
        return f"{self.donor}#{self.n}"


@dataclass
class Layout:
    """A page's article: headline, first and last text holders, the text's box and the column."""

    head: Any
    first: Any
    last: Any
    text: Any
    column: Any


def lca(a: Any, b: Any) -> Any:
    """The smallest element holding both ``a`` and ``b`` (either one itself)."""
    ups = {a, *a.iterancestors()}
    for up in [b, *b.iterancestors()]:
        if up in ups:
            return up
    return a.getroottree().getroot()


def layout(root: Any, page: dict[str, Any]) -> Layout | None:
    """The page's article as ``transplant`` finds it (its headline and its text's two ends)."""
    head = T._headline(root, page)
    first, last = T._body_ends(root, page)
    if head is None or first is None or last is None:
        return None
    text = lca(first, last)
    return Layout(head, first, last, text, lca(head, text))


def _contains(up: Any, el: Any) -> bool:
    return up is el or up in el.iterancestors()


def what_of(text: str, furniture: bool = True) -> list[str]:
    """What a piece's text carries: a date, a credit label, a trail label, a role and a name;
    with ``furniture`` the words of a control bar, a login box, a box heading ... too."""
    out = []
    if L.DATE_RE.search(text):
        out.append("date")
    if LABEL_RE.search(text):
        out.append("label")
    if V.TRAIL_LABEL_RE.search(text):
        out.append("trail")
    if ROLE_RE.search(text):
        out.append("role")
    if furniture and (
        FURNITURE_RE.search(text)
        or L.CONTROL_RE.search(text)
        or any(section_after_text(line) for line in text.splitlines() if line.strip())
    ):
        out.append("furniture")
    return out


def is_old(what: str) -> bool:
    """True for a piece distract119's tool took (a date, a credit label, a trail, a role)."""
    return any(w in OLD_WHAT for w in what.split("+"))


def _values(page: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    """The page's labelled values and our output on it, compact: a piece holds none of them."""
    out = [page.get("title") or "", pred.get("title") or ""]
    for src in (page, pred):
        for field in ("author", "editor"):
            value = src.get(field) or []
            out += [value] if isinstance(value, str) else list(value)
        out.append(src.get("source") or "")
    out.append(V.first_value(page, "category") or "")
    out.append(corpus.category_leaf(pred.get("category")))
    body = [p for p in T._paragraphs(page) if len(V.compact(p)) >= 8]
    out += [V.compact(p)[:20] for p in body]
    return [v for v in (V.compact(x) for x in out) if len(v) >= 2]


def _dates(page: dict[str, Any], pred: dict[str, Any]) -> list[re.Pattern[str]]:
    out = []
    for day in (page.get("published"), pred.get("published_at")):
        rx = V._date_re({"published": day}) if day else None
        if rx is not None:
            out.append(rx)
    return out


def kind_of(box: Any, lay: Layout, order: dict[Any, int]) -> str | None:
    """Where ``box`` sits against the article (``KINDS``), None inside the article's own header
    or text (between the headline and the text's end: the page's meta lines, its text)."""
    col = lay.column
    if _contains(col, box):
        if order[box] < order[lay.head] and not _contains(box, lay.head):
            return "header"
        if order[box] > order[lay.last] and not _contains(lay.text, box):
            return "after"
        return None
    up = lca(box, col)
    kids = [k for k in up if isinstance(k.tag, str) and V.compact(V.visible(k))]
    branch_b = next((k for k in kids if _contains(k, box)), None)
    branch_c = next((k for k in kids if _contains(k, col)), None)
    if branch_b is None or branch_c is None:
        return None
    ib, ic = kids.index(branch_b), kids.index(branch_c)
    body = box.getroottree().getroot().find(".//body")
    # the page's level: nothing a reader reads stands outside ``up`` (a header, a footer); else
    # ``up`` is a row of the page, the column and the boxes beside it
    page_level = body is None or _size(body) - _size(up) <= OUTSIDE_ROW
    if ib > ic:
        # the last box of the page's level, or a box reading as a footer: the page's footer;
        # else a box beside the column
        if page_level and ib == len(kids) - 1 or FOOTER_WORD_RE.search(V.visible(box)):
            return "footer"
        return "sidebar"
    # above the column at the page's level: the page's header; in a row, a line of its own (a
    # trail, a title bar) is above the column too, a box of several lines (a list) beside it
    if page_level or up.tag != "tr" and not _lines(branch_b):
        return "header"
    return "sidebar"


def _size(el: Any) -> int:
    return len(V.compact(V.visible(el)))


def _lines(el: Any) -> bool:
    """True when ``el`` shows several lines: blocks or line breaks inside it."""
    return sum(1 for d in el.iterdescendants() if d.tag in V.BLOCKS or d.tag in ("br", "ul")) > 1


def harvest(page: dict[str, Any], root: Any, pred: dict[str, Any], furniture: bool = False,
            ) -> list[Piece]:  # fmt: skip
    """The furniture pieces of one dev page (page order); with ``furniture`` a box is also found
    by the words of a control bar, a login box, a box heading ... (``FURNITURE_RE``)."""
    lay = layout(root, page)
    if lay is None:
        return []
    values, dates = _values(page, pred), _dates(page, pred)
    order = {el: i for i, el in enumerate(root.iter())}
    sizes: dict[Any, int] = {}

    def size(el: Any) -> int:
        if el not in sizes:
            sizes[el] = len(V.compact(V.visible(el)))
        return sizes[el]

    article = (lay.head, lay.first, lay.last)
    boxes = []
    for el in V.elements(root):
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        if not own.strip():
            continue
        seen = what_of(own)
        if not (seen if furniture else is_old("+".join(seen))):
            continue
        box = None
        for up in [el, *el.iterancestors()]:
            if up.tag in ("body", "html") or any(_contains(up, a) for a in article):
                break
            if size(up) > MAX_PIECE:
                break
            box = up
        if box is None or size(box) < MIN_PIECE:
            continue
        if box.tag in ITEM_TAGS:
            # one card of a list (a related list's ``<li>`` with its own heading, excerpt and
            # credit line) is shown among its siblings: cut out alone, it would read as a box of
            # its own; the piece is the whole list
            lst = next((a for a in box.iterancestors() if a.tag in LIST_TAGS), None)
            if lst is None or any(_contains(lst, a) for a in article) or size(lst) > MAX_LIST:
                continue
            box = lst
        boxes.append(box)
    held = set(boxes)  # a box inside another box is part of that one
    chosen = [b for b in dict.fromkeys(boxes) if not any(a in held for a in b.iterancestors())]
    out = []
    for box in sorted(chosen, key=order.get):
        text = V.visible(box)
        flat = V.compact(text)
        html = etree.tostring(box, method="html", encoding="unicode", with_tail=False)
        if any(v in flat for v in values) or any(rx.search(text) for rx in dates):
            continue  # the label or our output uses it: the page's own
        if any(rx.search(html) for rx in dates):
            continue  # its markup dates the page (a template's JSON-LD in the box): the page's own
        kind = kind_of(box, lay, order)
        if kind is None:
            continue
        if page.get("template") and "trail" in what_of(text):
            # a template's location bar is the post's own trail (``当前位置：首页 > 文章列表 >
            # 详情`` written into the template, or its column's levels): never another's
            continue
        out.append(Piece(page["id"], len(out), kind, "+".join(what_of(text, furniture)), html))
    return out


# ------------------------------------------------------------------------------ the host
def _credits_under(root: Any, lay: Layout, anchor: Any, host: dict[str, Any]) -> Any:
    """``anchor``, or the box in the host's column after it holding the last of the host's own
    labelled credits and date under the text (``责任编辑：X``, ``时间：DATE 分享到``): a related
    list, a 上一篇/下一篇 pair or a comment block stands under those on a real page, not between
    the text and its credits. Out of a table's rows: under the table holding them."""
    wanted = []
    for field in ("author", "editor"):
        value = host.get(field) or []
        wanted += [value] if isinstance(value, str) else list(value)
    wanted.append(host.get("source") or "")
    order = {el: i for i, el in enumerate(root.iter())}
    last = anchor
    for value in filter(None, wanted):
        for el in V.minimal_holders(root, value):
            if order[el] > order[last] and _contains(lay.column, el):
                last = el
    rx = _dates(host, {})
    if rx:
        for el in lay.column.iter():
            if order[el] > order[last] and isinstance(el.tag, str) and rx[0].search(el.text or ""):
                last = el
    if last is anchor or _contains(anchor, last):
        return anchor
    up = lca(anchor, last)
    while last.getparent() is not up:
        last = last.getparent()
    if last.tag not in _ROW_TAGS:
        return last
    table = next(last.iterancestors("table"), None)
    if table is not None and not _contains(table, lay.head):
        return table
    # the column is the table (a headline row, a text row, a credits row): a row of its own
    return next((r for r in [last, *last.iterancestors()] if r.tag == "tr"), anchor)


_ROW_TAGS = {"tr", "td", "th", "tbody", "thead", "tfoot"}


def place(root: Any, lay: Layout, piece: Piece, host: dict[str, Any] | None = None) -> bool:
    """Put ``piece`` into the host tree at its kind's place; False where the host has none."""
    frag = T._fragment(piece.html)
    els = list(frag)
    if len(els) != 1:
        return False
    el = els[0]
    if el.tag not in V.BLOCKS and el.tag not in ("ul", "ol", "dl", "table", "aside", "nav", "main"):
        el = T._fragment(f"<div>{piece.html}</div>")[0]
    body = root.find(".//body")
    if body is None:
        return False
    if piece.kind == "header":
        body.insert(0, el)
    elif piece.kind == "footer":
        body.append(el)
    elif piece.kind == "sidebar":
        if lay.column is body or lay.column.getparent() is None:
            body.append(el)
        else:
            el.tail, lay.column.tail = lay.column.tail, None
            lay.column.addnext(el)
    else:  # after: right after the text's box, out of its table (a 信息公开 table's last cell)
        anchor = lay.last if _contains(lay.text, lay.head) or lay.text is lay.column else lay.text
        tables = [up for up in anchor.iterancestors() if up.tag == "table"
                  and not _contains(up, lay.head)]  # fmt: skip
        anchor = tables[-1] if tables else anchor
        if host is not None:
            anchor = _credits_under(root, lay, anchor, host)
            if anchor.tag == "tr":
                row = etree.SubElement(etree.Element("tr"), "td")
                row.append(el)
                el = row.getparent()
        el.tail, anchor.tail = anchor.tail, None
        anchor.addnext(el)
    return True


def placed(host: dict[str, Any], root: Any, piece: Piece) -> bytes | None:
    """The host page's bytes with ``piece`` at its place (None where the host has no layout)."""
    tree = copy.deepcopy(root)
    lay = layout(tree, host)
    if lay is None or not place(tree, lay, piece, host):
        return None
    if piece.what == "meta-owner":  # the head's author meta naming the owner the footer shows
        head = tree.find(".//head")
        owner = _OWNER.get(piece.html)
        if head is None or not owner:
            return None
        etree.SubElement(head, "meta", name="author", content=owner)
    return V.serialise(tree)


# ------------------------------------------------------------------------------ main
def _pieces(pages: list[dict[str, Any]], trees: dict[str, Any], bases: dict[str, Any],
            per_site: int, seed: int, kinds: str = "old") -> list[Piece]:  # fmt: skip
    """Every page's pieces, at most ``per_site`` of each kind a site (a seeded draw): a site
    repeats its template, so its pages' furniture is one cause, not ten. ``kinds``: ``old`` the
    pieces distract119 took (a date, a credit label, a trail, a role), ``new`` the boxes only
    the furniture words find, ``all`` both."""
    by_site: dict[tuple[str, str], list[Piece]] = defaultdict(list)
    for page in pages:
        if page["id"] not in trees:
            continue
        for piece in harvest(page, trees[page["id"]], bases[page["id"]], kinds != "old"):
            if kinds == "new" and is_old(piece.what):
                continue
            by_site[(page["site"], piece.kind)].append(piece)
    out = []
    for key in sorted(by_site):
        found, seen = [], set()
        for piece in by_site[key]:
            flat = re.sub(r"\d", "", V.compact(V.visible(T._fragment(piece.html))))
            if flat not in seen:  # the same box on two pages of a site (digits aside) is one
                seen.add(flat)
                found.append(piece)
        rng = random.Random(f"{seed}:{key[0]}:{key[1]}")
        out += sorted(rng.sample(found, min(per_site, len(found))), key=found.index)
    return sorted(out, key=lambda p: (p.donor, p.n))


# ------------------------------------------------------------------------------ people shapes
#: The shapes that named a writer where a reader sees none at first contact on new sites
#: (people167: hunt131 / hunt146 / hunt147's dev pages), written in our own words, several
#: wordings a shape. ``{O}`` is the host site's own name made an owner's (the site itself, its
#: team, its account: no writer, LABELLING.md sessions 25-29), ``{P}`` / ``{Q}`` made-up people
#: who are no writer of the post (a reader's comment, another post's byline). ``what`` names the
#: shape; a ``meta-owner`` piece also puts ``<meta name="author" content="{O}">`` into the head.
PEOPLE_SHAPES: tuple[tuple[str, str, str], ...] = (
    (
        "licence",
        "after",
        "<div><p>本文作者：{O}</p><p>本文链接：https://example.org/posts/a1.html</p>"
        "<p>版权声明：本站所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明出处！</p></div>",
    ),
    (
        "licence",
        "after",
        "<ul><li>文章作者: {O}</li><li>文章链接: https://example.org/2021/05/x/</li>"
        "<li>版权声明: 本博客所有文章除特别声明外，均采用 CC BY 4.0 许可协议。</li></ul>",
    ),
    (
        "licence",
        "after",
        "<div><div>Author: {O}</div><div>Link: https://example.org/p/7/</div>"
        "<div>License: 转载请保留本文链接及作者信息</div></div>",
    ),
    (
        "copyright",
        "after",
        "<div><p>原文作者：{O}</p><p>原文链接：https://example.org/a/3</p>"
        "<p>著作权归{O}所有，未经许可不得转载。</p></div>",
    ),
    ("copyright", "after", "<div>作者：{O}　|　转载请注明来源并保留本声明</div>"),
    ("meta-owner", "footer", "<div>© 2019 - 2024 {O}</div>"),
    (
        "meta-owner",
        "footer",
        "<div><p>Copyright © 2022 {O} All rights reserved.</p>"
        "<p>Powered by Hexo | Theme NexT</p></div>",
    ),
    ("meta-owner", "footer", "<div>{O} 版权所有 ©2021　备案号：京ICP备00000000号</div>"),
    (
        "profile",
        "sidebar",
        '<div><img src="/img/avatar.png" alt="avatar"><div>{O}</div>'
        "<div>记录我们的每一次活动</div><div>文章 42 分类 6 标签 18</div></div>",
    ),
    (
        "profile",
        "sidebar",
        "<aside><h4>关于我们</h4><p>{O}</p><p>一个爱分享的集体</p>"
        '<p><a href="/archives/">归档</a> <a href="/tags/">标签</a></p></aside>',
    ),
    ("poster", "after", "<div>发布者：管理员　浏览次数：128</div>"),
    ("poster", "after", "<div>发布人：admin　点击：56 次</div>"),
    ("poster", "after", "<div>本文由{O}官方发布</div>"),
    (
        "comment",
        "after",
        "<div><h3>评论（2）</h3><div><span>{P}</span> 说：写得真好，学习了！</div>"
        "<div>2023-04-05 10:12 回复</div><div><span>{Q}</span>：感谢分享</div></div>",
    ),
    (
        "comment",
        "after",
        "<div><h4>网友评论</h4><p>{P}：支持！期待下一期。</p><p>{Q}：已转发给同学。</p></div>",
    ),
    (
        "related",
        "after",
        '<div><h3>相关文章</h3><ul><li><a href="/p/2.html">另一篇活动报道</a> 作者：{P}</li>'
        '<li><a href="/p/3.html">往期回顾</a> 作者：{Q}</li></ul></div>',
    ),
    (
        "related",
        "after",
        '<div><h3>推荐阅读</h3><p><a href="/p/9.html">新学期的第一次例会</a></p>'
        "<p>文 / {P}</p></div>",
    ),
    ("account", "footer", "<div>微信公众号：{O}　扫码关注我们</div>"),
    ("account", "footer", "<div><p>关注“{O}”公众号，获取更多资讯</p></div>"),
)
#: how an owner's name is made of the site's own name (the site, its team, its account): the
#: forms hunt131 / hunt146 / hunt147 showed and their nearest kin (``{seg}``: the whole name
#: where it has one segment)
OWNER_FORMS = (
    *("{site}", "{site}团队", "{site}工作室", "{site}官方", "{site}管理员", "{site}小编"),
    "{seg}",  # the site name's first segment (上塘城西中学2020级一班 on 上塘城西中学2020级一班-新闻)
)
#: made-up names for ``{P}`` / ``{Q}`` (no dev page's)
PEOPLE_NAMES = ("周明远", "林晓雯", "陈思齐", "王可欣", "赵一鸣", "Tom Lee")


def people_pieces() -> list[Piece]:
    """The people shapes as pieces, their donor ``people:SHAPE`` (placeholders filled per host)."""
    return [Piece(f"people:{what}", n, kind, what, html)
            for n, (what, kind, html) in enumerate(PEOPLE_SHAPES)]  # fmt: skip


_SITE_NAMES: dict[str, str | None] = {}
#: the owner's name a filled piece's HTML shows (the head meta of ``meta-owner`` names it)
_OWNER: dict[str, str] = {}


def _site_name(host: dict[str, Any]) -> str | None:
    """The host page's own site name as we read it (og:site_name, <title>'s tail ...)."""
    if host["id"] not in _SITE_NAMES:
        from incubator_crawler.crawl.process import extract_page

        try:
            item = extract_page(host["html"], host.get("url") or "http://example.invalid/")
            _SITE_NAMES[host["id"]] = item.site_name
        except Exception:  # noqa: BLE001 - a host we cannot read is simply skipped
            _SITE_NAMES[host["id"]] = None
    return _SITE_NAMES[host["id"]]


def filled(piece: Piece, host: dict[str, Any], seed: int) -> Piece | None:
    """``piece`` with its placeholders filled for ``host`` (None: the host names no site)."""
    html = piece.html
    if "{O}" in html:
        site = _site_name(host)
        if not site or len(site) > 30:
            return None
        rng = random.Random(f"{seed}:{piece.name}:{host['id']}:owner")
        segs = [x for x in re.split(r"\s*[-_|｜·–—]\s*", site) if x]
        owner = rng.choice(OWNER_FORMS).format(site=site, seg=segs[0])
        html = html.replace("{O}", owner)
        _OWNER[html] = owner
    rng = random.Random(f"{seed}:{piece.name}:{host['id']}")
    p, q = rng.sample(PEOPLE_NAMES, 2)
    return Piece(
        piece.donor, piece.n, piece.kind, piece.what, html.replace("{P}", p).replace("{Q}", q)
    )


# ------------------------------------------------------------------------------ column and source shapes
#: The shapes that give a source or a category where a reader sees none (source189, issue 10):
#: furniture real sites print on every post, written in our own words, several wordings a shape.
#: LABELLING.md: only a real trail (or a column's box heading over the text) gives the category,
#: never a tag row, a highlighted menu item, one category link, a 栏目导航 box or a bar holding only
#: the site and 正文 / the headline; a repost or picture disclaimer, the footer's 版权所有 /
#: 主办单位, a 转载 notice and another post's outlet in a related list name no source of the page.
#: ``{S}`` is the host's own site name as we read it, ``{H}`` the host's headline.
COLSRC_SHAPES: tuple[tuple[str, str, str], ...] = (
    (
        "src-disclaimer",
        "after",
        "<div><p>声明：凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，"
        "并不代表本网赞同其观点和对其真实性负责。</p></div>",
    ),
    (
        "src-disclaimer",
        "after",
        "<div>免责声明：本站部分内容来源于网络，版权归原作者所有，如有侵权请联系我们删除。</div>",
    ),
    ("src-picture", "after", "<p>（图片来源：网络）</p>"),
    ("src-picture", "after", "<div>注：文中图片来源于网络，如涉及版权问题请与本站联系。</div>"),
    ("src-repost", "after", "<div>转载请注明来源：{S}</div>"),
    ("src-repost", "after", "<div><p>本文为原创稿件，如需转载请注明出处及原文链接。</p></div>"),
    (
        "src-footer",
        "footer",
        "<div><p>主办单位：{S}　承办单位：信息中心</p><p>版权所有：{S}　地址：北京市东城区某路1号</p></div>",
    ),
    ("src-footer", "footer", "<div>Copyright © 2008-2024 {S} 版权所有　技术支持：某某网络</div>"),
    (
        "src-related",
        "after",
        '<div><h3>相关新闻</h3><ul><li><a href="/n/2.html">省里召开年度工作会议</a> 来源：新华网 2023-05-06</li>'
        '<li><a href="/n/3.html">新一批项目签约落地</a> 来源：人民网 2023-04-28</li></ul></div>',
    ),
    (
        "src-related",
        "sidebar",
        '<div><h4>热点推荐</h4><p><a href="/n/8.html">城市更新的新探索</a></p><p>来源：光明日报</p>'
        '<p><a href="/n/9.html">春季招聘会举行</a></p><p>来源：中国青年报</p></div>',
    ),
    (
        "src-related",
        "after",
        '<div><h4>最新文章</h4><ul><li><a href="/a/21.html">关于开展安全检查的通知</a><span>稿源：市应急局</span>'
        '<span>2022-11-03</span></li><li><a href="/a/22.html">志愿者招募公告</a><span>稿源：团市委</span>'
        "<span>2022-10-30</span></li></ul></div>",
    ),
    (
        "src-related",
        "sidebar",
        '<div><h4>推荐文章</h4><div><a href="/p/31.html">我们的年度回顾与展望</a></div><div>来源：学习强国</div>'
        '<div><a href="/p/32.html">走进社区的一天</a></div><div>来源：央视网</div></div>',
    ),
    (
        "cat-tags",
        "after",
        '<div>标签：<a href="/tag/1">志愿服务</a> <a href="/tag/2">校园</a> <a href="/tag/3">活动</a></div>',
    ),
    (
        "cat-tags",
        "after",
        '<p>Tags: <a href="/tags/a/">年度总结</a>, <a href="/tags/b/">会议</a></p>',
    ),
    ("cat-tags", "after", "<div>关键词：创新创业　孵化器　政策</div>"),
    (
        "cat-nav",
        "header",
        '<ul><li><a href="/">首页</a></li><li class="active"><a href="/news/">新闻中心</a></li>'
        '<li><a href="/about/">关于我们</a></li><li><a href="/contact/">联系我们</a></li></ul>',
    ),
    ("cat-pill", "after", '<div>分类：<a href="/category/huodong/">活动通知</a></div>'),
    ("cat-pill", "after", '<p>Posted in <a href="/category/news/">News</a></p>'),
    (
        "cat-pill",
        "after",
        '<div><a href="/categories/xw/">新闻动态</a> › <a href="/categories/gs/">公司新闻</a> ›'
        ' <a href="/categories/hy/">行业新闻</a></div>',
    ),
    ("cat-bar", "header", "<div>当前位置：{S} 正文</div>"),
    ("cat-bar", "header", '<div>您的位置：<a href="/">首页</a> &gt; {H}</div>'),
    (
        "cat-box",
        "sidebar",
        '<div><h3>栏目导航</h3><ul><li><a href="/tzgg/">通知公告</a></li><li><a href="/xwdt/">新闻动态</a></li>'
        '<li><a href="/zcfg/">政策法规</a></li></ul></div>',
    ),
)


def colsrc_pieces() -> list[Piece]:
    """The column and source shapes as pieces, their donor ``colsrc:SHAPE``."""
    return [Piece(f"colsrc:{what}", n, kind, what, html)
            for n, (what, kind, html) in enumerate(COLSRC_SHAPES)]  # fmt: skip


def colsrc_filled(piece: Piece, host: dict[str, Any]) -> Piece | None:
    """``piece`` with the host's site name and headline (None: the host names no site)."""
    html = piece.html
    if "{S}" in html:
        site = _site_name(host)
        if not site or len(site) > 30:
            return None
        html = html.replace("{S}", site)
    html = html.replace("{H}", host.get("title") or "")
    return Piece(piece.donor, piece.n, piece.kind, piece.what, html)


# ------------------------------------------------------------------------------ templates
def template_pages(folder: Path) -> list[dict[str, Any]]:
    """The rendered real CMS templates (``templates.py render``, the ``filled`` variant) as donor
    pages: the post's own values (headline, text, credits, column, date) are the labelled ones, so
    its meta line, trail, headline and text are never pieces; its sidebars, footer, 上一篇/下一篇
    line, 相关文章 and 热门 boxes are (the markup real sites ship). A repository is one site."""
    import templates as TM

    out = []
    for path in sorted(folder.glob("*-filled.html")):
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        out.append({
            "id": "tmpl:" + path.stem.removesuffix("-filled"),
            "site": "tmpl:" + (meta.get("repo") or path.stem),
            "title": TM.TITLE,
            "body": list(TM.BODY_PARAS),
            "published": TM.FULL_DATE,
            "author": [TM.AUTHOR, TM.POSTER],
            "editor": [TM.EDITOR],
            "source": TM.SOURCE,
            # the column and its parent: the post's own trail and column line
            "category": f"{TM.PARENT} > {TM.COLUMN}",
            "html": path.read_bytes(),
            "template": True,
        })  # fmt: skip
    return out


def _value(pred: dict[str, Any], field: str) -> Any:
    value = pred.get(V.PRED_KEY.get(field, field))
    if field == "body" and value:  # the text's opening words only
        return " ".join(value.split())[:40] + "…"
    return value


def outcome(host: dict[str, Any], base: dict[str, Any], pred: dict[str, Any],
            ) -> tuple[set[str], list[str]]:  # fmt: skip
    """(fields given on the host labelled without them that the round-tripped host did not give,
    fields right on the round-tripped host and wrong with the piece)."""
    was, now = corpus.score(base, host), corpus.score(pred, host)
    made = V.false_fields(now) - V.false_fields(was)
    lost = [f for f in V.FIELDS if V.right(was, f) and V.right(now, f) is False]
    if (was.get("body") or 0.0) - (now.get("body") or 0.0) > BODY_DROP:
        lost.append("body")  # the piece took the text's place or ran into it
    return made, lost


#: How far the host's body bigram F1 may fall with a piece in it before the body counts as broken
#: (a piece's few words joining the text's last lines cost less; taking the text's place, more)
BODY_DROP = 0.1


def run(args: argparse.Namespace) -> int:
    """Put every piece into its seeded hosts and print the tables."""
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    if args.show:  # one case: the donor's and the host's pages alone
        donor_n, _, host_id = args.show.partition("@")
        pages = [p for p in pages if p["id"] in (donor_n.partition("#")[0], host_id)]
    elif args.pieces and args.from_templates:
        pages = []  # the template pieces alone: no host is read
    t0 = time.perf_counter()
    trees, bases = {}, {}
    for page in pages:
        root = V.load_tree(page["html"])
        if root is None or layout(root, page) is None:
            continue
        trees[page["id"]] = root
        bases[page["id"]] = V.extract(V.serialise(copy.deepcopy(root)), page)
    by_id = {p["id"]: p for p in pages}
    donor_trees, donor_bases, kinds = trees, bases, args.kinds
    if args.from_templates:  # the donors are rendered templates, the hosts the dev pages
        donor_trees, donor_bases, kinds = {}, {}, "all"
        for page in template_pages(Path(args.from_templates)):
            root = V.load_tree(page["html"])
            if root is not None and layout(root, page) is not None:
                by_id[page["id"]] = page
                donor_trees[page["id"]], donor_bases[page["id"]] = root, {}
    if args.kinds == "people":
        pieces = people_pieces()
    elif args.kinds == "colsrc":
        pieces = colsrc_pieces()
    elif args.show:
        donor = donor_n.partition("#")[0]
        pieces = [p for p in harvest(by_id[donor], donor_trees[donor], donor_bases[donor],
                                     kinds != "old") if p.name == donor_n]  # fmt: skip
    else:
        donor_pages = [by_id[d] for d in donor_trees]
        pieces = _pieces(donor_pages, donor_trees, donor_bases, args.per_site, args.seed, kinds)
    if args.pieces:
        for piece in pieces:
            text = " ".join(V.visible(T._fragment(piece.html)).split())[:100]
            print(f"{piece.name} {piece.kind} {piece.what}: {text}")
        print(f"{len(pieces)} pieces from {len({p.donor for p in pieces})} donors"
              f" ({len(donor_trees)} donor pages with a headline and a text)")  # fmt: skip
        return 0
    cases = 0
    false_pos: dict[tuple[str, str], int] = defaultdict(int)
    broken: dict[tuple[str, str], int] = defaultdict(int)
    tried: dict[str, int] = defaultdict(int)
    donors: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for piece in pieces:
        site = by_id[piece.donor]["site"] if piece.donor in by_id else None
        hosts = sorted(pid for pid in trees if by_id[pid]["site"] != site)
        rng = random.Random(f"{args.seed}:{piece.name}")
        chosen = [host_id] if args.show else rng.sample(hosts, min(args.hosts, len(hosts)))
        for pid in chosen:
            host = by_id[pid]
            shown = filled(piece, host, args.seed) if args.kinds == "people" else piece
            if args.kinds == "colsrc":
                shown = colsrc_filled(piece, host)
            html = None if shown is None else placed(host, trees[pid], shown)
            if html is None:
                continue
            cases += 1
            tried[piece.kind] += 1
            pred = V.extract(html, host)
            made, lost = outcome(host, bases[pid], pred)
            for f in made:
                false_pos[(f, piece.kind)] += 1
                donors[("false+", f)][piece.donor] += 1
            for f in lost:
                broken[(f, piece.kind)] += 1
                donors[("broken", f)][piece.donor] += 1
            if args.show or (args.verbose and (made or lost)):
                rules = pred.get("extraction") or {}
                said = [f"false+ {f}={_value(pred, f)!r} [{rules.get(f)}]" for f in sorted(made)]
                said += [f"broke {f}: {_value(bases[pid], f)!r} -> {_value(pred, f)!r} [{rules.get(f)}]"
                         for f in lost]  # fmt: skip
                text = " ".join(V.visible(T._fragment(shown.html)).split())[:80]
                print(f"{piece.name}@{pid} {piece.kind} {piece.what}: " + "; ".join(said or ["-"])
                      + f"  | {text}")  # fmt: skip
                if args.show:
                    print(f"   piece: {shown.html[:1500]}")
                    for f in (*V.FIELDS, "body"):
                        print(f"   {f}: {_value(bases[pid], f)!r} -> {_value(pred, f)!r}"
                              f" [{rules.get(f)}]")  # fmt: skip
    if args.show:
        return 0
    source = f"templates {args.from_templates}" if args.from_templates else f"dev, {kinds} kinds"
    print(f"pieces from {source}: {len(donor_trees)} donor pages with a headline and a text")
    print(f"{len(trees)} dev pages with a headline and a text, {len(pieces)} pieces from"
          f" {len({p.donor for p in pieces})} donors, {cases} cases in"
          f" {time.perf_counter() - t0:.0f} s (seed {args.seed}, {args.hosts} hosts a piece,"
          f" at most {args.per_site} a site and kind)")  # fmt: skip
    print("| field | " + " | ".join(KINDS) + " | all | donors |")
    print("|---|" + "---|" * (len(KINDS) + 2))
    print("| cases | " + " | ".join(str(tried[k]) for k in KINDS) + f" | {cases} | |")
    for what, table in (("false+", false_pos), ("broken", broken)):
        fields = V.FALSE_FIELDS if what == "false+" else (*V.FIELDS, "body")
        for f in fields:
            row = [table[(f, k)] for k in KINDS]
            n = len(donors[(what, f)])
            print(f"| {f} {what} | " + " | ".join(map(str, row)) + f" | {sum(row)} | {n} |")
    for (what, f), per in sorted(donors.items()):
        if not per:
            continue
        top = sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        print(f"{f} {what} by donor: " + ", ".join(f"{d} {n}" for d, n in top))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the options and run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hosts", type=int, default=8)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument(
        "--per-site", type=int, default=2, help="pieces of each kind a donor site gives"
    )
    ap.add_argument("--pieces", action="store_true", help="list the pieces, extract nothing")
    ap.add_argument("--show", metavar="DONOR#N@HOST", help="one case, with the piece's HTML")
    ap.add_argument(
        "--kinds",
        choices=("old", "new", "all", "people", "colsrc"),
        default="old",
        help="dev pieces: old (a date, a credit label, a trail, a role: distract119's),"
        " new (found only by furniture words: controls, login, box headings ...), all,"
        " people (people167: the shapes that named a writer at first contact, in our words),"
        " colsrc (source189: furniture that names no source or column, in our words)",
    )
    ap.add_argument(
        "--from-templates",
        metavar="DIR",
        help="take the pieces from rendered templates (templates.py render --out DIR)",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="print every false+ and break")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
