"""The parsed page: one lxml parse and one walk that cuts the page into blocks.

This module owns everything before any field is looked for: the fixes that let libxml2 see the
whole page (an XML declaration, a stray ``</html>`` mid-page, the nesting cap of ``depth.py``
with ``huge_tree`` on the retry), the ``<head>`` and inline scripts (``<title>``, meta tags,
JSON-LD, the site's own name), and the block walk. The walk cuts the page into *blocks* (runs of
text between block-level tag boundaries and ``<br>``), each remembering its innermost block
element, its non-space character count and how many of those characters sit inside links; every
field module decides over that block list.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from lxml import etree
from lxml.cssselect import CSSSelector

from .depth import flatten_nesting, too_deep
from .gate import gated
from .gate import split as gate_split
from .meta_marks import svg_person_mark
from .script_copy import apply_script_copies

CLOSE_DOC_RE = re.compile(r"</\s*(?:body|html)\s*>", re.IGNORECASE)

XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")

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
    # the fallback text inside a media element (``Your browser does not support the audio
    # element.``) is shown only by a browser that cannot play it
    "audio",
    "video",
)

HEADING_TAGS: frozenset[str] = frozenset(("h1", "h2", "h3"))
#: Every heading element, whatever its rank (a Markdown ``####`` section head, a credit box's).
ALL_HEADING_TAGS: frozenset[str] = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

#: A site's home page: its root or an index file there (URL paths, lower case).
HOME_PATHS = frozenset(
    ("", "/", "/index.html", "/index.htm", "/index.shtml", "/index.aspx", "/default.aspx")
    + ("/index.php", "/index.jsp", "/default.htm", "/default.html", "/index.jhtml")
)

# ``[ \t\n\r\f\v]+`` written as a class and its repeat: a pattern that opens with a class is
# scanned by re's character-set loop, one that opens with a repeat is tried at every character
# (twice as slow over a text with no blank; the walk's flush runs it on every text holding a
# non-ASCII blank; perf20)
ASCII_WS_RE = re.compile(r"[ \t\n\r\f\v][ \t\n\r\f\v]*")

# The characters str.split() and str.strip() take for whitespace besides ASCII_WS_RE's (checked
# against str.isspace over all of Unicode). Text without them squashes to the same string by
# ``" ".join(text.split())``, which costs a fifth of ASCII_WS_RE.sub plus strip.
OTHER_WS_RE = re.compile("[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")

# display:none, or a box squeezed to nothing: ``height:0`` (or ``max-height:0``) with its overflow
# hidden. Sites keep a second copy of a line that way (readability-gmw: a hidden date line says
# 09:58:03 where the shown one says 09:58; search keywords, share texts); a reader sees neither.
# A zero height alone shows its overflowing text (clearing divs, arrows), and overflow:hidden with a
# real height is a clipped box that shows. Not visibility:hidden: WeChat (mp.weixin.qq.com) ships
# #js_content with visibility:hidden and reveals it by JS, so a saved page's reader sees it.
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none")
ZERO_HEIGHT_RE = re.compile(
    r"(?<![\w-])(?:max-)?height\s*:\s*0(?:px|em|rem|%)?\s*(?:!\s*important\s*)?(?:;|$)"
)
OVERFLOW_HIDDEN_RE = re.compile(r"overflow(?:-y)?\s*:\s*hidden")


def style_hides(style: str) -> bool:
    """Whether an element's own ``style`` keeps its text from the reader (HIDDEN_STYLE_RE's note)."""
    if "display" in style and HIDDEN_STYLE_RE.search(style):
        return True
    # cheap word tests first: most styles hold neither
    return (
        "height" in style
        and "hidden" in style
        and ZERO_HEIGHT_RE.search(style) is not None
        and OVERFLOW_HIDDEN_RE.search(style) is not None
    )


# --- scripts, platforms, tails ------------------------------------------------------------------
# Publish dates that pages keep only in JS variables (WeChat ``var ct = "1713942000"``,
# ``publish_time``, ``createTime``); read before <script> is dropped, used after visible evidence.
# Each name is ``\bNAME`` written as ``NAME(?<!\wNAME)``: a pattern that starts with a word
# boundary makes re try every position of every inline script (0.4x the parse time of a page),
# one that starts with a literal lets it skip to the candidates; the match is the same.
_SCRIPT_DATE_NAMES = (
    "ct", "publish_time", "publishTime", "createTime", "create_time", "pubtime", "pubTime", "pubDate"
)  # fmt: skip
SCRIPT_DATE_RE = re.compile(
    "(?:" + "|".join(rf"{n}(?<!\w{n})" for n in _SCRIPT_DATE_NAMES) + r")\s*=\s*"
    r"""["'](?P<v>\d{10}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^"']{0,12})["']"""
)

# What SCRIPT_DATE_RE needs after its name: checked first, as a script without it (nearly all)
# is then passed over at the speed of a literal search for "=" (a fifth of SCRIPT_DATE_RE's).
SCRIPT_DATE_HINT_RE = re.compile(r"""=(?=\s*["'](?:\d{10}["']|(?:19|20)\d{2}[-/.]))""")

# A script that writes a date where it stands (udn: ``<script>showDate("2020/04/17 01:43:09")
# </script>　瀏覽7``; ``document.write('2024-03-05')``): the call of a writer whose name says
# date, time or write, with the date as its only argument. The reader sees the date there.
SCRIPT_WRITES_DATE_RE = re.compile(
    r"""^\s*(?i:[\w$.]*(?:date|time|write)[\w$]*)\s*\(\s*(["'])"""
    r"(?P<v>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}[^\"'<>]{0,40})"
    r"\1\s*\)\s*;?\s*$"
)

# A 来源 label and its colon as a template prints it in its source slot (written by a script, or
# left empty for a script to fill: ``script_fills_source_slot``)
_SOURCE_SLOT_LABEL = r"(?:信息|文章|新闻|新聞|稿件)?(?:来源|來源|稿源|出处|出處)\s*[:：]\s*"
# A script that writes a labelled source where it stands (``<script>document.write('来源：科技日报')
# </script>``, a template filling its 来源 slot): the reader sees the line, so it counts (LABELLING.md,
# decide79); the label and its value must be the whole literal, no markup, no other statement.
SCRIPT_WRITES_SOURCE_RE = re.compile(
    r"""^\s*document\.write(?:ln)?\s*\(\s*(["'])"""
    rf"(?P<v>{_SOURCE_SLOT_LABEL}[^\"'<>\\]{{1,40}})"
    r"\1\s*\)\s*;?\s*$"
)

# The publishing account / site named in a script (WeChat ``var nickname = htmlDecode("…")``).
SCRIPT_NICKNAME_RE = re.compile(
    r"""nickname(?<!\wnickname)\s*=\s*(?:htmlDecode\()?\s*["'](?P<v>[^"']{1,40})["']"""
)

# Meta names that carry the site's own name.
META_SITE_NAMES: tuple[str, ...] = ("og:site_name", "sitename", "application-name")

# Split a <title> into segments to find the trailing site name. A lone hyphen inside a Latin or
# numeric word (``GPT-4-turbo 发布``, ``2024-03-05``) joins it and parts nothing, unless one
# Latin token closes the <title> after it (``…ZoomEye-CSDN.NET``: the site's name).
TITLE_SEG_RE = re.compile(
    r"\s*(?:--|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])|-(?=[A-Za-z0-9.]*[A-Za-z][!-~]*$)"
    r"|_|\||｜|│|—{1,2}|–|－)\s*"
)

_TITLE_SEG_EACH = gated(TITLE_SEG_RE, each=True)


@lru_cache(maxsize=64)
def title_segments(text: str) -> tuple[str, ...]:
    """``TITLE_SEG_RE.split(text)``: a <title>'s segments (the separators dropped), kept for the
    few <title> forms of a page, which the site-name, meta-line and people rules split again
    (354 splits of 119 texts a pass of the benchmark pages), and tried only where a separator
    can start (perf20)."""
    return tuple(gate_split(_TITLE_SEG_EACH, text))


# Separators in <title>: " - ", "_", "|", "－", "—", plus common variants (a box-drawing bar:
# setn's ``标题│三立新聞網 SETN.COM``; a CMS's ``标题::网站``, spaced or between CJK only, so
# that ``std::vector`` stays whole).
TITLE_SPLIT = re.compile(
    r"(\s+-{1,2}\s+|\s*_\s*|\s*[|｜│]\s*|\s*－\s*|\s*—{1,2}\s*|\s+–\s+"
    r"|\s+::\s+|(?<=[^\x00-\x7f])::(?=[^\x00-\x7f]))"
)

_TITLE_SPLIT_EACH = gated(TITLE_SPLIT, each=True)


@lru_cache(maxsize=64)
def title_parts(text: str) -> tuple[str, ...]:
    """``TITLE_SPLIT.split(text)``: the title rules' segments, the separators at odd positions.

    A page's title rules split its few <title> forms up to seven times (703 splits of 230 texts
    a pass of the benchmark pages), and the pattern, whose alternatives open with ``\\s*``, was
    tried at every character: kept, and tried only where a separator can start (perf20)."""
    return tuple(gate_split(_TITLE_SPLIT_EACH, text))


# A <title> segment that names a site (its last word: 网, 政府, 管委会...), not an article.
TITLE_SITE_SEGMENT = re.compile(
    r"(?:网|網|官网|官網|网站|網站|网页|網頁|门户|門戶|门户网站|政府|首页|首頁|主页|信息公开|政务公开|政府网|人民政府"
    r"|管委会|管委會|委员会|委員會|科技局|科学技术局|高新区|高新區)$"
)


@dataclass(slots=True)
class Block:
    """A run of text between block boundaries, with its owner element and character counts."""

    owner: Any  # innermost block-level lxml element
    text: str  # ASCII whitespace collapsed, stripped
    chars: int  # non-space characters
    link: int  # non-space characters inside <a>
    idx: int
    img: int | None  # index in Page.imgs of an <img> immediately before this block


@dataclass(slots=True)
class Stat:
    """Character, link and block-range counts of one block-level element."""

    chars: int
    link: int
    links: int  # number of <a>
    b0: int  # first block index inside the element
    b1: int  # one past the last block index


class _PageEnd:
    """The walk's last element, after the page's own: its parent is the root's (outside the
    walked page), so every open element ends."""

    __slots__ = ("parent",)

    def __init__(self, parent: Any) -> None:
        self.parent = parent

    def getparent(self) -> Any:
        """The root's parent: no element of the page is open at the end."""
        return self.parent


class Page:
    """The walked page: blocks, per-block-element stats and images."""

    def __init__(self, root: Any) -> None:
        self.blocks: list[Block] = []
        self.stats: dict[Any, Stat] = {}
        self.imgs: list[tuple[Any, int]] = []  # (img element, index of the next block)
        # per-page results a field module reuses across its calls, keyed "module.what"
        self.memo: dict[str, Any] = {}
        self._walk(root)

    def _walk(self, root: Any) -> None:
        # One pass over the elements in document order; the hottest loop of extraction, hence
        # written flat. ``root.iter()`` with a stack of open elements (an element's end comes
        # when the next element's parent is an outer one) costs about half of lxml's iterwalk,
        # which builds an (event, element) tuple for two events per element.
        # Character counts are taken per block at flush (the non-space count of the joined
        # pieces is the sum of theirs); only text inside links is counted as it comes.
        blocks, stats, imgs = self.blocks, self.stats, self.imgs
        block_tags = BLOCK_TAGS
        hidden_style = style_hides
        collapse = ASCII_WS_RE.sub
        other_ws = OTHER_WS_RE.search
        # Blocks and Stats are made by object.__new__ and five or six slot stores, not by calling
        # the class: Python 3.11 calls a dataclass __init__ through slot_tp_init with an argument
        # tuple and a frame of its own. A page makes ~300 of them (34,000 on the 116 benchmark
        # pages); callgrind over their walks: 632M instructions -> 607M.
        new = object.__new__
        pieces: list[str] = []
        piece_link = 0
        a_depth = 0
        cum_chars = cum_link = cum_a = 0
        stack: list[Any] = []  # open block elements
        starts: list[Stat] = []  # theirs, counting from the start
        pending_img: int | None = None
        # every open element, innermost last, after the root's parent (None for <html>), which
        # never closes: the close loop needs no test for an empty list
        outside = root.getparent()
        opened: list[Any] = [outside]
        kinds: list[int] = []  # the page's open ones': 0 inline, 1 block, 2 link, 3 hidden
        skipping = False  # inside a hidden element, until ``resume``
        inside = False  # the element met is the first child of the one met before
        end = _PageEnd(outside)
        resume: Any = end

        def flush() -> None:
            # called only with pieces to flush
            nonlocal piece_link, pending_img, cum_chars, cum_link
            raw = "".join(pieces)
            pieces.clear()
            # most flushes are layout whitespace between tags: nothing left after squashing
            if not raw.isspace():
                parts = raw.split()
                text = " ".join(parts)
                chars = len(text) - len(parts) + 1
                # see squash(): ``text`` is its squash unless a blank that split dropped is a
                # non-ASCII one, which squash keeps; a text with no blank at all (three in five:
                # Chinese prose, a link's words) is not searched for one (perf223). ``chars``
                # is the same either way: neither counts a blank.
                if len(raw) != chars and other_ws(raw) is not None:
                    text = collapse(" ", raw).strip()
                cum_chars += chars
                cum_link += piece_link
                # Block(stack[-1], text, chars, piece_link, len(blocks), pending_img)
                b = new(Block)
                b.owner = stack[-1]
                b.text = text
                b.chars = chars
                b.link = piece_link
                b.idx = len(blocks)
                b.img = pending_img
                blocks.append(b)
                pending_img = None
            piece_link = 0

        # The page's end is one more element, whose parent (the root's) is no open element of
        # the page: at it the closing steps below close every element still open, the root
        # last, so they are written once.
        for el in chain(root.iter(), (end,)):
            if inside:
                # the first child of the element before, which is open: nothing closes
                inside = False
            else:
                if skipping:
                    if el is not resume:
                        continue
                    skipping = False
                parent = el.getparent()
                while opened[-1] is not parent:
                    # ``ended`` and what it holds are done
                    ended = opened.pop()
                    kind = kinds.pop()
                    if kind == 1:
                        if pieces:
                            flush()
                        # its Stat, made at its start holding the counters then
                        st = stats[ended] = starts.pop()
                        st.chars = cum_chars - st.chars
                        st.link = cum_link - st.link
                        st.links = cum_a - st.links
                        st.b1 = len(blocks)
                        stack.pop()
                    elif kind == 2:
                        a_depth -= 1
                    text = ended.tail
                    # whitespace that would start a block is left out (squashing drops it, and
                    # most flushes were only that)
                    if text and (pieces or not text.isspace()):
                        pieces.append(text)
                        if a_depth:
                            piece_link += len("".join(text.split()))
                if el is end:
                    break
            # one call for the attribute names (most elements have neither): two ``get``s cost
            # twice as much, each parsing its key into a namespace and a name
            names = el.keys()
            if names and (
                ("style" in names and (style := el.get("style")) and hidden_style(style))
                or "hidden" in names
            ):
                opened.append(el)
                kinds.append(3)
                # skip to the first element after this one's subtree (the page's end if none)
                skipping = True
                node = el
                resume = end
                while node is not root:
                    after = node.getnext()
                    if after is not None:
                        resume = after
                        break
                    node = node.getparent()
                continue
            tag = el.tag
            if not len(el):
                # A leaf (half the elements: an <img>, a link's or a cell's text): opened and
                # closed here, as the steps above and below would, without the open lists.
                if tag in block_tags:
                    if pieces:
                        flush()
                    stack.append(el)
                    c0 = cum_chars
                    l0 = cum_link
                    b0 = len(blocks)
                    text = el.text
                    if text and not text.isspace():
                        pieces.append(text)
                        if a_depth:
                            piece_link += len("".join(text.split()))
                        flush()
                    st = stats[el] = new(Stat)
                    st.chars = cum_chars - c0
                    st.link = cum_link - l0
                    st.links = 0
                    st.b0 = b0
                    st.b1 = len(blocks)
                    stack.pop()
                else:
                    if tag == "a":
                        cum_a += 1
                        text = el.text
                        if text and (pieces or not text.isspace()):
                            pieces.append(text)
                            piece_link += len("".join(text.split()))
                    else:
                        if tag == "br":
                            if pieces:
                                flush()
                        elif tag == "img":
                            if pieces:
                                flush()
                            imgs.append((el, len(blocks)))
                            pending_img = len(imgs) - 1
                        text = el.text
                        if text and (pieces or not text.isspace()):
                            pieces.append(text)
                            if a_depth:
                                piece_link += len("".join(text.split()))
                text = el.tail
                if text and (pieces or not text.isspace()):
                    pieces.append(text)
                    if a_depth:
                        piece_link += len("".join(text.split()))
                continue
            kind = 0
            if tag in block_tags:
                if pieces:
                    flush()
                stack.append(el)
                # Stat(chars, link, links, b0, b1) as above, holding the counters at the start
                # until the close (a tuple of them cost its making and unpacking)
                st = new(Stat)
                st.chars = cum_chars
                st.link = cum_link
                st.links = cum_a
                st.b0 = len(blocks)
                starts.append(st)
                kind = 1
            elif tag == "br":
                if pieces:
                    flush()
            elif tag == "img":
                if pieces:
                    flush()
                imgs.append((el, len(blocks)))
                pending_img = len(imgs) - 1
            elif tag == "a":
                a_depth += 1
                cum_a += 1
                kind = 2
            opened.append(el)
            kinds.append(kind)
            inside = True  # the next element is its first child
            text = el.text
            if text and (pieces or not text.isspace()):
                pieces.append(text)
                if a_depth:
                    piece_link += len("".join(text.split()))
        # Left in ``pieces`` is the root's tail, read as the root closed (the root, <body> or
        # <html>, is a block: its close flushed all before): text after </body> (counters,
        # banners) lies outside the page walked, no block.

    def block_parent(self, el: Any) -> Any | None:
        """Nearest block-level ancestor of ``el``."""
        p = el.getparent()
        while p is not None and p not in self.stats:
            p = p.getparent()
        return p

    def link_density(self, el: Any) -> float:
        """Share of an element's characters that sit inside links."""
        st = self.stats[el]
        return st.link / st.chars if st.chars else 0.0

    def text_of(self, el: Any) -> str:
        """Text of a block element: its blocks joined by a space."""
        st = self.stats.get(el)
        if st is None:
            return squash(node_text(el))
        return " ".join(b.text for b in self.blocks[st.b0 : st.b1])

    def lines_of(self, el: Any) -> str:
        """Text of a block element, its blocks joined by a wide gap (two spaces): a value
        read from it ends at its own line (``来源: 长江网`` above an account line)."""
        st = self.stats.get(el)
        if st is None:
            return squash(node_text(el))
        return "  ".join(b.text for b in self.blocks[st.b0 : st.b1])


def node_text(el: Any) -> str:
    """All text inside an element, as is."""
    return "".join(el.itertext())


def node_classes(el: Any) -> set[str]:
    """The element's class names (the article's rules and the list finder's)."""
    return set((el.get("class") or "").split())


def squash(s: str | None) -> str:
    """ASCII whitespace runs collapsed to one space, stripped."""
    if not s:
        return ""
    # A text of one word (a Chinese link, a title: no blank inside) squashes to that word either
    # way, its blank ends stripped whatever they are: the non-ASCII blank search, a class re
    # tries at every character, is for texts of two words or more.
    words = s.split()
    if len(words) < 2:
        return words[0] if words else ""
    if OTHER_WS_RE.search(s) is None:
        return " ".join(words)
    return ASCII_WS_RE.sub(" ", s).strip()


def holds(box: Any, el: Any) -> bool:
    """Whether ``el`` is ``box`` or inside it (False for no ``el``)."""
    return el is not None and (el is box or any(x is box for x in el.iterancestors()))


def is_leaf(page: Page, el: Any) -> bool:
    """True when the element holds exactly one block, its own."""
    st = page.stats.get(el)
    return st is not None and st.b1 - st.b0 == 1 and page.blocks[st.b0].owner is el


def blocks_within(page: Page, el: Any) -> list[Block]:
    """The blocks inside an element (also one the walk did not record, such as an inline hint)."""
    st = page.stats.get(el)
    if st is not None:
        return page.blocks[st.b0 : st.b1]
    out = []
    for b in page.blocks:
        node = b.owner
        while node is not None and node is not el:
            node = node.getparent()
        if node is el:
            out.append(b)
    return out


def css_first(root: Any, selector: str | None) -> Any | None:
    """The first element a site hint's CSS selector matches, or None."""
    if not selector:
        return None
    try:
        found = CSSSelector(selector)(root)
    except Exception:  # bad selector in a site config: fall back silently
        return None
    return found[0] if found else None


def first_meta(metas: dict[str, tuple[str, str]], names: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of ``names`` among the page's meta tags, as (name as written, content)."""
    for n in names:
        if n in metas:
            return metas[n]
    return None


# ------------------------------------------------------------------------------------- parsing

_STRAY_CLOSE_MIN_TAIL = 2000  # bytes of markup after a close tag that make it a stray one
_OPEN_BODY_RE = re.compile(r"<body[\s>]", re.IGNORECASE)


# ``<wbr>`` (a line-break opportunity) is void, but libxml2's HTML parser does not know it: it
# opens an element that holds everything up to a ``</wbr>`` or the parent's end. A rich-text
# editor's ``<wbr>`` runs (cuasia's DedeCMS notices: ``<p><wbr><p><wbr></wbr></p><wbr>…``) then
# nest the rest of the text dozens of levels down, where the density count finds a container
# apart from the text's opening lines. Both tags carry no text: a page whose tree holds one is
# parsed again without them (found in the tree, not by scanning the text: a tag name the
# document never interned is ruled out at once, where two substring scans cost +2.8% Ir).
_WBR_RE = re.compile(r"</?wbr\b[^<>]*>", re.IGNORECASE)


def _drop_stray_document_close(html: str) -> str:
    """Remove a ``</html>`` / ``</body>`` that a page's bulk follows.

    A server-side include that closes the document mid-page (gov.cn's 国务院公报 pages) makes
    libxml2 drop everything after it, while a browser goes on rendering. The usual tail after
    the real end (a counter, an analytics script) is short and stays outside the body."""
    # A stray close ends at least _STRAY_CLOSE_MIN_TAIL before the end: when the text up to
    # there holds no close at all (nearly every page), the page's last stretch and the list of
    # its closes are not scanned (-25% of this function's instructions; perf18). The pattern
    # ends at its ">", so a match in the cut text is one in the whole. A close in the last
    # stretch is stray only when a ``<body>`` follows it (robust77), so that stretch is
    # searched for one.
    cut = len(html) - _STRAY_CLOSE_MIN_TAIL
    if (
        CLOSE_DOC_RE.search(html, 0, cut) is None
        and _OPEN_BODY_RE.search(html, max(cut, 0)) is None
    ):
        return html
    matches = list(CLOSE_DOC_RE.finditer(html))
    # a close that another ``<body>`` follows is stray however short the rest (a header
    # template printed as a whole document, then the page's own ``<body>``)
    reopen = _OPEN_BODY_RE.search(html, matches[0].end()) if matches else None
    stray = [
        m
        for m in matches
        if len(html) - m.end() >= _STRAY_CLOSE_MIN_TAIL or reopen and m.end() <= reopen.start()
    ]
    if not stray:
        return html
    cut = stray[-1].end()
    return CLOSE_DOC_RE.sub("", html[:cut]) + html[cut:]


_PARSERS = threading.local()


def _parser() -> Any:
    """This thread's HTML parser, made once: making one costs about a hundredth of a parse.

    lxml.html keeps one module-level parser too. Each parse starts with an empty error log, so
    ``too_deep`` reads the last parse's; one per thread, as a parser serves one parse at a time.
    """
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = etree.HTMLParser(
            remove_comments=True, remove_pis=True, encoding="utf-8", collect_ids=False
        )
    return parser


def parse_html(html: str, utf8: bytes | None = None) -> Any | None:
    """The page's lxml root, or None when there is nothing to parse.

    ``utf8``, when given, is ``html`` encoded as UTF-8 (the page's own bytes, when it was
    decoded from them): parsed as is when the fixes below leave the text alone.
    """
    size = len(html)
    html = XML_DECL_RE.sub("", html, count=1)
    html = _drop_stray_document_close(html)
    if not html or html.isspace():  # not html.strip(), which copies the whole page
        return None
    if utf8 is None or len(html) != size:  # the fixes only ever remove text
        utf8 = html.encode("utf-8", "surrogatepass")
    # plain etree parser: lxml.html's HtmlElement class lookup costs ~30% of the walk.
    # libxml2 is fed UTF-8 bytes, not the str: given a str, lxml hands it over as UTF-16/32
    # and libxml2 converts it back to UTF-8, which made parsing 1.4x as slow as lxml on the
    # page's bytes; encoding first costs a twentieth of that (nothing for a UTF-8 page).
    parser = _parser()
    try:
        root = etree.fromstring(utf8, parser=parser)
        if root is not None and next(root.iter("wbr"), None) is not None:
            html = _WBR_RE.sub("", html)
            root = etree.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
        if too_deep(parser):
            # libxml2 dropped everything past 256 nested tags (old pages leave hundreds of
            # <font> open): parse again with the nesting capped, huge_tree as a safety margin
            parser = etree.HTMLParser(
                remove_comments=True,
                remove_pis=True,
                huge_tree=True,
                encoding="utf-8",
                collect_ids=False,
            )
            root = etree.fromstring(
                flatten_nesting(html).encode("utf-8", "surrogatepass"), parser=parser
            )
    except (etree.ParserError, ValueError):
        return None
    return root


def walk(root: Any, svgs: list[Any] | None = None, buttons: list[Any] | None = None) -> Page:
    """Drop scripts, styles and other invisible elements, then walk ``<body>`` into blocks.

    ``svgs``, ``buttons``: the page's ``<svg>`` and ``<button>`` elements when
    :func:`head_elements` found them already."""
    for svg in root.iter("svg") if svgs is None else svgs:
        # an inline svg person icon labels the author as an ``<i class="fa-user">`` does
        # (LABELLING.md gaps98): kept as an empty ``<i>`` with its mark, as the svg goes
        if (mark := svg_person_mark(svg)) is not None and (parent := svg.getparent()) is not None:
            icon = etree.Element("i", {"class": mark})
            icon.tail = svg.tail
            parent.replace(svg, icon)
    for button in list(root.iter("button")) if buttons is None else buttons:
        if _in_sentence(button):
            _unwrap(button)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    body_root = root.find("body")
    return Page(body_root if body_root is not None else root)


# What a button's lone neighbour may be and still leave it a control, not words of a sentence: a
# label (``分享到：``) or a count (``赞 12``)
_CONTROL_NEIGHBOUR_RE = re.compile(r"^\s*(?:\S*[:：]\s*|[\d.,()（）+]+\s*)$")


def _in_sentence(button: Any) -> bool:
    """True when ``button`` stands in a sentence's flow: text right before it or right after it
    in its parent (43626.com: ``高佣联盟app（<button>点此注册</button>）里推广``), the text not a
    label or a count beside a control. A button alone, among buttons or in a form is none."""
    parent = button.getparent()
    if parent is None:
        return False
    prev = button.getprevious()
    before = (prev.tail if prev is not None else parent.text) or ""
    after = button.tail or ""
    sides = [side for side in (before, after) if side.strip()]
    if not sides or not "".join(button.itertext()).strip():
        return False
    return len(sides) == 2 or _CONTROL_NEIGHBOUR_RE.match(sides[0]) is None


def _unwrap(el: Any) -> None:
    """Put ``el``'s text in its place, as words of the text around it; ``el`` goes."""
    parent = el.getparent()
    text = "".join(el.itertext()) + (el.tail or "")
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(el)


# --------------------------------------------------------------------------------- structured data


@dataclass(slots=True)
class HeadElements:
    """What read_head and read_scripts read, found in one pass over the tree."""

    title: Any | None  # the first <title> below the root
    metas: list[Any]  # every <meta>
    scripts: list[Any]  # every <script>
    base: Any | None  # the first <base href> below the root
    styles: list[Any]  # every <style> (the walk drops them; their text stays readable)
    svgs: list[Any]  # every <svg> (the walk reads a person icon's mark before it drops them)
    buttons: list[Any]  # every <button> (the walk keeps one inside a sentence before it drops them)
    # the <script>s whose code calls document.write, noted by read_scripts as it reads each
    # script's text (script_fills_source_slot reads only these: a script's text is made anew
    # at each read, 1.2M characters a pass on the benchmark pages)
    writers: list[Any] = field(default_factory=list)


def head_elements(root: Any) -> HeadElements:
    """One pass for <title>, <meta>, <script>, <base>, <style>, <svg> and <button>: each pass over a
    page's tree costs about a twentieth of parsing it, and there were six."""
    title = base = None
    metas: list[Any] = []
    scripts: list[Any] = []
    styles: list[Any] = []
    svgs: list[Any] = []
    buttons: list[Any] = []
    for el in root.iter("title", "meta", "script", "base", "style", "svg", "button"):
        tag = el.tag
        if tag == "meta":
            metas.append(el)
        elif tag == "script":
            scripts.append(el)
        elif tag == "style":
            styles.append(el)
        elif tag == "svg":
            svgs.append(el)
        elif tag == "button":
            buttons.append(el)
        elif el is root:
            continue  # title and base were looked for below the root (.//title)
        elif tag == "title":
            if title is None:
                title = el
        elif base is None and el.get("href") is not None:
            base = el
    return HeadElements(title, metas, scripts, base, styles, svgs, buttons)


# A JSON-LD block that does not parse (a raw line break inside a string, a trailing comma, an
# HTML comment around it, two objects run together) still states its publish date: read by its
# key, as htmldate and trafilatura do. Only the date: the rest of a broken block stays unread.
_LD_DATE_PUBLISHED_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def read_head(
    root: Any, head: HeadElements | None = None
) -> tuple[str | None, dict[str, tuple[str, str]], dict[str, Any], str]:
    """Return (<title>, meta name(lower) -> (name, content), JSON-LD fields, base href)."""
    if head is None:
        head = head_elements(root)
    title_el = head.title
    html_title = squash(node_text(title_el)) if title_el is not None else None
    metas: dict[str, tuple[str, str]] = {}
    for m in head.metas:
        name = m.get("name") or m.get("property") or m.get("itemprop")
        content = m.get("content")
        if name and content and content.strip():
            metas.setdefault(name.strip().lower(), (name.strip(), content.strip()))
    ld: dict[str, Any] = {}
    for s in head.scripts:
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text)
        except ValueError:
            m = _LD_DATE_PUBLISHED_RE.search(s.text)
            if m and "datePublished" not in ld:
                ld["datePublished"] = m.group(1)
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            d = stack.pop(0)
            if not isinstance(d, dict):
                continue
            stack.extend(d.get("@graph") or [])
            # a WebPage whose mainEntity is the article (its headline and datePublished)
            main = d.get("mainEntity")
            stack.extend(main if isinstance(main, list) else [main] if main else [])
            for k in ("headline", "datePublished", "author"):
                if k in d and k not in ld:
                    ld[k] = d[k]
            # a WebPage's trail nested under its ``breadcrumb`` key (not a node of the graph)
            crumb = d.get("breadcrumb")
            if isinstance(crumb, dict):
                stack.append(crumb)
            if d.get("@type") == "BreadcrumbList" and "breadcrumb" not in ld:
                ld["breadcrumb"] = d.get("itemListElement")
    base = ""
    b = head.base
    if b is not None:
        base = b.get("href", "")
    return html_title or None, metas, ld, base


def read_scripts(root: Any, head: HeadElements | None = None) -> tuple[str | None, str | None]:
    """A publish date and a site/account name kept in inline scripts (WeChat ``var ct``)."""
    date = nick = None
    head = head or head_elements(root)
    writers = head.writers
    writers.clear()
    for s in head.scripts:
        text = s.text
        if not text:
            continue
        if "document.write" in text:
            writers.append(s)
        if s.get("src"):
            continue
        if ".html(" in text or "innerHTML" in text:
            # ``$(".position").html($("#pos_hide").html())``: the page's own script puts one
            # element's markup into another; the tree shows what the reader sees (check106)
            apply_script_copies(root, text)
        if len(text) <= 120 and "(" in text and (w := SCRIPT_WRITES_DATE_RE.match(text)):
            # the written date stays in the page as text where the script stood (``walk``
            # drops the script but keeps its tail)
            s.tail = f" {w.group('v').strip()} {s.tail or ''}"
            continue
        if len(text) <= 120 and "write" in text and (w := SCRIPT_WRITES_SOURCE_RE.match(text)):
            s.tail = f" {w.group('v').strip()} {s.tail or ''}"  # as the written date above
            continue
        if date is None and SCRIPT_DATE_HINT_RE.search(text) is not None:
            m = SCRIPT_DATE_RE.search(text)
            if m:
                date = m.group("v")
        # the pattern opens with the word: str's search skips through a script for it about
        # nine times as fast as re's (1.2M characters of inline scripts on the benchmark pages)
        if nick is None and "nickname" in text:
            m = SCRIPT_NICKNAME_RE.search(text)
            if m:
                nick = m.group("v").strip()
    return date, nick


# a 来源 label with nothing after it but the script that writes its value (TRS templates)
_SOURCE_SLOT_END_RE = re.compile(_SOURCE_SLOT_LABEL + "$")


def script_fills_source_slot(scripts: list[Any]) -> bool:
    """True when a ``<script>`` that calls ``document.write`` stands right after a 来源 label
    with no value of its own (``来源：<script>var laiyuan = "…"; document.write(laiyuan);</script>``):
    the slot a TRS template fills from the ContentSource meta, which a reader sees filled
    (decide92). Read before ``walk`` drops the scripts; ``scripts`` may be all of them or only
    the writers ``read_scripts`` noted (``HeadElements.writers``)."""
    for script in scripts:
        code = script.text or ""
        if "document.write" not in code:
            continue
        prev, parent = script.getprevious(), script.getparent()
        before = (
            prev.tail if prev is not None else parent.text if parent is not None else ""
        ) or ""
        if prev is not None and not before.strip():
            before = "".join(prev.itertext())  # ``<span>来源：</span><script>…</script>``
        if _SOURCE_SLOT_END_RE.search(before[-40:]):
            return True
    return False


def _shown_as_headline(root: Any, text: str, tags: tuple[str, ...] = ("h1",)) -> bool:
    """True when an h1 (or one of ``tags``) with no link shows ``text``: the page's headline, not a
    logo's site name (jz.0427qy.com: <title> ``如何创建一个吸引人的网站-锦州千羽网络|网站建设|…|Tel:…``,
    its first segment ending in 网站 and the post's <h1 class="entry-title"> the same words)."""
    key = "".join(text.split())
    return any(
        "".join(node_text(h).split()) == key and next(h.iter("a"), None) is None
        for h in root.iter(*tags)
    )


# A subtitle after the headline's dash is longer than most site names that close a <title>
_MAX_DASHED_SITE = 12


def _subtitle_after_dash(html_title: str, last: str) -> bool:
    """True when ``last`` follows a double dash (``主题——副题``, the Chinese subtitle's dash) and
    reads as no site: a long phrase without a site word (yqfk's <title> ``互动交流 共同成长——日本
    甲府市教育交流代表团赴成华区访问交流`` is the headline alone, its subtitle no site name)."""
    if len(last) <= _MAX_DASHED_SITE or TITLE_SITE_SEGMENT.search(last):
        return False
    return bool(re.search(r"——\s*" + re.escape(last) + r"\s*$", html_title))


def site_name_of(
    html_title: str | None,
    metas: dict[str, tuple[str, str]],
    nick: str | None,
    root: Any,
    html: str | None = None,
) -> str | None:
    """The site's own name: og:site_name / SiteName meta, a WeChat account, else <title>'s tail.

    ``html``: the text ``root`` was parsed from; no longer read (see below), kept for callers."""
    headline = "".join((metas.get("og:title", ("", ""))[1] or "").split())
    for n in META_SITE_NAMES:
        if n in metas:
            # a CMS that fills og:site_name with the article's own title (vac.gov.tw) names no site
            if headline and "".join(metas[n][1].split()) == headline:
                continue
            return metas[n][1]
    if nick:
        return nick
    # WeChat account name: the first <a>/<span>/<strong> id="js_name" with text. Every page is
    # visited: the visit costs about a twelfth of the parse in instructions, while the test that
    # skipped it (the page text searched for "js_name" and for a character reference "&#" that
    # could spell it, two whole-page scans) cost more than the visit on the benchmark pages
    # (callgrind, 116 pages: 84M instructions for the scans, 49M for visiting all; perf18).
    # (The parser does not index ids: that made parsing 9% slower for this one lookup.)
    for el in root.iter("a", "span", "strong"):
        if el.get("id") == "js_name":
            name = squash(node_text(el))
            if name:
                return name
    if html_title:
        segs = [x.strip() for x in title_segments(html_title) if x.strip()]
        if len(segs) >= 2:
            first, last = segs[0], segs[-1]
            # TRS government portals put the site first (``凯里市人民政府-标题``): the end that
            # reads as a site's name, when only one does; else the usual trailing name
            if (
                TITLE_SITE_SEGMENT.search(first)
                and not TITLE_SITE_SEGMENT.search(last)
                and not _shown_as_headline(root, first)
            ):
                return first
            if (
                2 <= len(first) < len(last)
                and _shown_as_headline(root, last, ("h1", "h2"))
                and not _shown_as_headline(root, first, ("h1", "h2"))
            ):
                # a blog theme's ``<title>SITE-HEADLINE</title>`` (Z-Blog's default theme) over
                # an unlinked heading that is the headline, the site's name (the shorter) a
                # linked logo: the first segment is the site
                return first
            if (
                2 <= len(last) <= 30
                and not _subtitle_after_dash(html_title, last)
                and not _DAY_SEGMENT_RE.fullmatch(last)
            ):
                return last
    return None


# A closing <title> segment that is a day (``标题 – 20230609``, hustaa's Hugo posts dated in
# their <title>; ``2023-06-09``): the post's date, part of its headline, never the site's name
# (a QQ group's nine digits, ``交流群 - 206731784``, are no day and stay a name)
_DAY_SEGMENT_RE = re.compile(r"(?:19|20)\d{2}([-/.]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])")
