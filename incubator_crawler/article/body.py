"""Body: which blocks are the article text, and how its paragraphs are cleaned.

Chain (``find_container`` / ``body_paragraphs``, the rule goes to ``rules["body"]``): a site
hint; else readability-style scoring (paragraph text credited to parent and grandparent, scaled
by the container's non-link ratio) over the blocks after the meta line; pagers, share bars and
related-link lists nested in it are left out; a page of links only takes its densest linked
block. ``find_lede`` takes a summary above the text (labelled, or a prefix of the first
paragraph) out of the paragraphs (``rules["lede"]``).

Cleaning (``clean_body``): whitespace, boilerplate, a duplicated title and lede.

Whitespace rule (kept simple on purpose): inside a paragraph, layout padding
(``\\u3000``, nbsp, en/em space, ``&nbsp;`` remnants) sitting *between two CJK
characters* is removed, because Chinese does not separate words with spaces and
this padding is indentation or alignment. Every other whitespace run becomes one
ASCII space, so an ordinary space between CJK characters (深圳 南山) is kept as one
space. Zero-width characters are removed. A leading ``??`` (``\\u3000`` indent lost
to an encoding error) is removed.

Boilerplate is matched on a *compact* form (NFKC, no whitespace); the rules live
below. Only bracketed lines made of known control words are dropped:
``【基本案情】`` stays.

A "body" made only of short fragments with no sentence in it (the headlines of a sidebar,
what the density rule finds on a deleted-article page) is not an article body
(``looks_like_article_body``).
"""

from __future__ import annotations

import itertools
import re
from operator import itemgetter
from typing import Any

from .gate import first_chars_of_any, gated
from .helpline import follow_notice_start, helpline_notice_start
from .labels import (
    DATE_RE,
    DELETION,
    INFRINGEMENT,
    LABELS,
    PUBLISH_DATE_LABELS,
    WEB_ADDRESS_RE,
    alternation,
    run_in_credit,
    without_controls,
)
from .page import Block, Page, blocks_within, css_first, is_leaf, node_classes
from .people import (
    CAPTION_MARKS,
    EXCERPT_REPORT_LINE_RE,
    PEOPLE_LABELS,
    SUPPLIED_AFTER_RE,
    TAIL_SOURCE_RE,
    TEXT_PICTURE_CREDIT_RE,
    byline_names,
    caption_tail_start,
    closing_credit_start,
    is_reprint_credit,
    label_address_lines,
    run_in_desk_start,
)
from .text import clean_inline, compact, compact_visible, nfkc, nfkc_compact

# a related-reading line in either script (LABELLING.md's first rule: related articles are left out)
_NAV_START = (
    "上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "返回", "相关", "相關", "延伸", "推荐阅读",
    "推薦閱讀", "扩展阅读", "擴展閱讀",
)  # fmt: skip

_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

LEDE_LABEL_RE = re.compile(
    r"^\s*[【\[]?(?:导读|摘要|内容提要|内容摘要|核心提示|導讀|摘要)[】\]]?\s*:?"
)

ELLIPSIS_RE = re.compile(r"(?:\.{2,}|…+|。{3,})\s*$")
_ELLIPSIS_EACH = gated(ELLIPSIS_RE, each=True)


# ----------------------------------------------------------------------------------- extraction
def find_container(
    page: Page,
    root: Any,
    hints: dict[str, str],
    after: int,
    container0: Any | None,
    rules: dict[str, str],
) -> tuple[Any | None, list[Block], bool]:
    """The body container, its blocks after the meta line, and whether a site hint chose it."""
    hint_body = css_first(root, hints.get("body"))
    notices: list[Any] = []  # notices looked past: left out of a container that holds them
    if hint_body is not None:
        container = hint_body
        rules["body"] = "hint"
    else:
        container = (
            first_post(page, score_containers(page, page.blocks[after:], anchor=after))
            if after
            else container0
        )
        if container is None:
            container = container0
        rules["body"] = "density" if container is not None else "none"
        if container is not None and _is_notice(page, container):
            # a notice is chrome whatever its length: a table right after the meta line is the
            # body (信息公开 tables), else the densest text outside the notice
            notice = page.stats[container]
            table = _table_after(page, after, notice.b0) if after else None
            if table is not None:
                container, rules["body"] = table, "table"
            else:
                notices.append(notice)
                rest = [b for b in page.blocks[after:] if not notice.b0 <= b.idx < notice.b1]
                other = score_containers(page, rest, anchor=after or None)
                for _ in range(_MORE_NOTICES):
                    # more notices (the footer repeats the post's disclaimer, a comment form's
                    # privacy note): the densest text outside them all
                    if other is None or not _is_notice(page, other):
                        break
                    more = page.stats[other]
                    notices.append(more)
                    rest = [b for b in rest if not more.b0 <= b.idx < more.b1]
                    other = score_containers(page, rest, anchor=after or None)
                if other is None and after and _is_closing_credit(page.blocks[after - 1].text):
                    # the meta line closes the text (a bracketed credit): the text is above it
                    other = score_containers(page, page.blocks[: after - 1])
                if other is not None:
                    container, rules["body"] = other, "density:not-notice"
        elif after and container is not None and _all_footer(page, container):
            # copyright and licence lines only (clean_body drops them all): the footer outscored
            # a short body (a one-paragraph e-paper page); the densest text after the meta line
            # outside it is the body, if it starts after the meta line
            footer = page.stats[container]
            rest = [b for b in page.blocks[after:] if not footer.b0 <= b.idx < footer.b1]
            other = score_containers(page, rest, anchor=after)
            for _ in range(_MORE_NOTICES):
                # another column's box headed by its 更多 link is no text either (cwl.gov.cn's
                # 热点视频 beside a short or picture-only text): the densest text outside it
                if other is None or not _headed_by_more_link(page, other):
                    break
                box = page.stats[other]
                rest = [b for b in rest if not box.b0 <= b.idx < box.b1]
                other = score_containers(page, rest, anchor=after)
            # (a notice is no body either: a picture-only text leaves the exit-link prompt after
            # the footer, hongshan.gov.cn)
            if (
                other is not None
                and page.stats[other].b0 >= after
                and not _is_notice(page, other)
                and not _headed_by_more_link(page, other)
            ):
                container, rules["body"] = other, "density:not-footer"
        if container is not None and container.tag not in ("ul", "ol"):
            whole = _sectioned_text(page, container)
            if whole is not None:
                container, rules["body"] = whole, "density:sections"
        elif container is not None and container.tag in ("ul", "ol"):
            whole = _listed_text(page, container)
            if whole is not None:
                container, rules["body"] = whole, "density:list-in-text"
        if container is not None and (after or container.tag in _PROSE_HEADINGS):
            cell = _text_cell(page, container, after)
            if cell is not None:
                container, rules["body"] = cell, rules["body"] + "(text cell)"
        boxed = _captioned_picture_above(page, container) if container is not None else None
        if boxed is not None:
            container, rules["body"] = boxed, rules["body"] + "(caption above)"
        if after:
            caption = _picture_caption(page, after, container)
            if caption is not None:
                container, rules["body"] = caption, "caption"
    body_blocks = blocks_within(page, container) if container is not None else []
    if notices and body_blocks:
        # a post's own disclaimer closes the container the text is in (a WordPress post-note)
        body_blocks = [b for b in body_blocks if not any(n.b0 <= b.idx < n.b1 for n in notices)]
    closing = after and _is_closing_credit(page.blocks[after - 1].text)
    if closing and body_blocks and body_blocks[0].idx < after - 1:
        # a closing credit line ((本文来源：X 编辑：Y)) is below the text it credits: the
        # container's blocks above it are the text (the title is left out by body_paragraphs),
        # those below it the pager, tags and related links
        body_blocks = [b for b in body_blocks if b.idx < after - 1]
    elif after and body_blocks and body_blocks[-1].idx >= after:
        body_blocks = [b for b in body_blocks if b.idx >= after]
    if body_blocks and container is not None:
        body_blocks = body_blocks + _caption_grid_after(page, container)
    return container, body_blocks, hint_body is not None


#: How many empty siblings (a script, a comment, an ad slot) may stand between the text and its grid.
_MAX_GRID_HOPS = 3


def _caption_grid_after(page: Page, container: Any) -> list[Block]:
    """The captions of a grid of pictures standing right after the text's box, or [].

    A paper's template puts the article's pictures in their own box under the text, each with a
    ▲ caption (晴報: ``▲今冬第一波寒潮來襲，料至下周六氣溫才會稍為回升。（冼偉倫攝）``,
    hknewsbackend-skypost-2224904); LABELLING.md keeps such captions after the text. Only a box
    whose every line is a marked caption under a picture, with no link, counts: a related-news
    grid's headlines are links, and an unmarked line under a picture may be anything."""
    sib = container.getnext()
    for _ in range(_MAX_GRID_HOPS):
        if sib is None or (sib in page.stats and page.stats[sib].chars):
            break
        sib = sib.getnext()
    st = page.stats.get(sib) if sib is not None else None
    if st is None or not st.chars or st.link:
        return []
    captions = [b for b in page.blocks[st.b0 : st.b1] if b.chars]
    if all(b.img is not None and b.text.startswith(CAPTION_MARKS) for b in captions):
        return captions
    return []


def body_paragraphs(
    page: Page,
    container: Any | None,
    body_blocks: list[Block],
    hinted: bool,
    after: int,
    excluded: set[int],
    title_idx: int | None,
    rules: dict[str, str],
) -> tuple[Any | None, list[Block]]:
    """The body's paragraph blocks, excluding nav-like nested blocks (and the container)."""
    paras = [
        b
        for b in body_blocks
        if b.idx not in excluded
        and (title_idx is None or b.idx > title_idx)
        and not _nav_like(page, b, container)
        and not _toc_heading(page, b)
    ]
    for k in range(1, len(paras)):
        if (cut := _text_end_at(page, paras, k)) is not None:
            paras = paras[:cut]
            break
    paras = _without_closing_headlines(paras)
    if not paras and not hinted:
        # Nothing but links (a table of contents, a list page): take the densest block of
        # text links included rather than return an empty body.
        fallback = score_containers(page, page.blocks[after:], links_ok=True)
        if fallback is not None:
            container, rules["body"] = fallback, "density:links"
            paras = [b for b in blocks_within(page, container) if b.idx not in excluded]
    return container, paras


def pictured_paragraphs(page: Page, paras: list[Block]) -> list[int]:
    """The indexes of ``paras`` standing right under a picture other than the last one above the
    paragraph before: a caption's place (a block doubled with its picture is no new one)."""
    out: list[int] = []
    last = None  # the last picture above the paragraphs so far, by its file's address
    imgs = page.imgs
    for j, p in enumerate(paras):
        if p.img is None:
            continue
        img = imgs[p.img][0]
        src = img.get("src") or img.get("data-src") or img.get("data-original") or ""
        # the address without its query: npr.org's enlarge box shows the same file again at
        # another size (``…slide-049af.jpg?s=1100`` then ``?s=2600``) with the same credit
        picture = src.strip().partition("?")[0].partition("#")[0] or id(img)
        if picture != last:
            out.append(j)
        last = picture
    return out


def _text_end_at(page: Page, paras: list[Block], k: int) -> int | None:
    """Where the text ends when paragraph ``k`` opens what is no part of it (None when it does
    not): before it, or before the line above it that goes with it."""
    b = paras[k]
    # a related-stories header inside the container (为你推荐, 猜你喜欢): what follows it is
    # other articles' headlines and teasers, not this text
    if b.chars <= 12 and RELATED_HEADER.match(nfkc_compact(b.text)):
        return k
    t = b.text
    if b.chars <= 80 and COMMENTS_HEADER.match(nfkc_compact(t)):
        # the comments' heading (chinesenewsnet's blog: 《标题》已有1件评论): readers' posts
        # follow, then the comment form
        return k
    if (
        b.chars <= 80
        and ("摘要" in t or "全文" in t or "积分" in t or "時效" in t or "时效" in t)
        and PAYWALL_LINE.match(nfkc_compact(t))
    ):
        # a paywall's notice (摘要页, 登录后阅读全文): what follows is its login form and terms;
        # a page-address line just above it (百拇医药网 http://…) goes with it
        above = PAGE_ADDRESS_LINE
    elif _in_login_form(page, b.owner, paras[0].owner):
        # a login box after a paywall's teaser (digitimes: 會員登入, a form with a password
        # field, then 會員服務申請 and the member hotline): the text ends above its heading
        above = LOGIN_HEADING
    else:
        return None
    return k - 1 if above.match(nfkc_compact(paras[k - 1].text)) else k


def _in_login_form(page: Page, el: Any, text_start: Any = None) -> bool:
    """Whether ``el`` sits in a login box: with a password field of its ``<form>`` under an
    ancestor that does not also hold the text's first paragraph ``text_start``."""
    # each form's password fields once a page (perf16): an ASP.NET page wraps its whole body
    # in one <form>, whose every input was visited again for each paragraph
    for form in el.iterancestors("form"):
        seen = page.memo.setdefault("body.login_forms", {})
        fields = seen.get(form)
        if fields is None:
            fields = seen[form] = [
                f for f in form.iter("input") if (f.get("type") or "").lower() == "password"
            ]
        # the box is what the paragraph and the password field share: an ASP.NET page's one
        # <form id=form1> around the whole page, its text and a login box in the sidebar,
        # shares only the form with the text, which also holds the text's start
        if any(not _holds(_common_ancestor(el, f), text_start) for f in fields):
            return True
    return False


def _common_ancestor(a: Any, b: Any) -> Any:
    """The nearest element holding both ``a`` and ``b``."""
    above = {id(x) for x in b.iterancestors()} | {id(b)}
    if id(a) in above:
        return a
    return next(x for x in a.iterancestors() if id(x) in above)


def _holds(box: Any, el: Any) -> bool:
    """Whether ``el`` is ``box`` or inside it (False for no ``el``)."""
    return el is not None and (el is box or any(x is box for x in el.iterancestors()))


#: A date line (a date, its time, a view counter) is at most this long.
_MAX_DATE_LINE = 40
#: A picture's caption above the date line is at most this long.
_MAX_CAPTION = 120
# What a bare date line holds besides its date: separators and the time written apart
# (``2014-12-13 / 12:30``, ``12:30 2014-12-13``).
_DATE_LINE_REST = re.compile(
    r"^[/|丨｜│·\-–—,]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[/|丨｜│·\-–—,]*(?P<more>.*)$"
)


def _bare_date(b: Block) -> bool:
    """True when ``b`` is a date and nothing else a reader reads (its time, separators, the
    page's controls such as a view counter aside)."""
    if b.chars > _MAX_DATE_LINE:
        return False
    norm = nfkc(b.text)
    m = DATE_RE.search(norm)
    if m is None:
        return False
    for rest in (norm, without_controls(norm, m)):
        at = rest.find(m.group(0))
        more = _DATE_LINE_REST.match("".join((rest[:at] + rest[at + len(m.group(0)) :]).split()))
        # what is left past the time and the separators: nothing, or the page's controls
        if more is not None and (not more["more"] or CONTROL_LINE.match(more["more"])):
            return True
    return False


def split_date_line(paras: list[Block]) -> tuple[Block | None, list[Block]]:
    """A bare date opening the text (after the lead picture's captions, if any) is the page's
    date line set inside the text's box, not a paragraph (ltn: ``<div id=newstext><span>
    2014-12-13 12:30</span><p>…``; in 2018 under the photo and its caption): it and the rest."""
    for k, b in enumerate(paras[:-1]):
        if _bare_date(b):
            return b, paras[:k] + paras[k + 1 :]
        if b.img is None or b.chars > _MAX_CAPTION:
            break
    return None, paras


def find_lede(
    page: Page,
    paras: list[Block],
    after: int,
    meta_blocks: list[Block],
    title_idx: int | None,
    rules: dict[str, str],
) -> tuple[str | None, list[Block]]:
    """A short block before the body whose text is a prefix of the first paragraph (or labelled)."""
    lede_block = None
    if paras:
        lo = after if meta_blocks else (title_idx + 1 if title_idx is not None else paras[0].idx)
        between = [b for b in page.blocks[lo : paras[0].idx] if b.link * 2 <= b.chars]
        for b in between + paras[:1]:
            rest = [p for p in paras if p.idx > b.idx]
            if not rest:
                break
            if b is not paras[0] and LEDE_LABEL_RE.match(nfkc(b.text)):
                # a labelled summary apart from the text; one opening the text's own block
                # (【摘要】 as its first paragraph) is body (LABELLING.md, fifteenth round)
                lede_block, rules["lede"] = b, "label"
                break
            if b.img is not None and b is paras[0]:
                continue  # a caption under the text's picture is the text's (中青网: its words
                # open the first paragraph too, and the reader sees both)
            text = b.text
            if _ELLIPSIS_EACH.search(text) is not None:  # re tried every character for \.{2,}
                text = ELLIPSIS_RE.sub("", text)
            stem = nfkc_compact(text)
            first = nfkc(rest[0].text)
            # the text's own first paragraph may carry the label (导读：…) that a summary box
            # above it repeats without: the box is the lede, the labelled paragraph the text's
            label = LEDE_LABEL_RE.match(first) if b.idx < paras[0].idx else None
            first = nfkc_compact(first[label.end() :] if label else first)
            if len(stem) >= 8 and first.startswith(stem) and (label or len(stem) < len(first)):
                lede_block, rules["lede"] = b, "prefix"
                break
    if lede_block is None:
        return None, paras
    return lede_block.text, [p for p in paras if p is not lede_block]


# A thread's floor number as forums print it beside each reply (``1楼``, ``#2``, 沙发, 板凳).
FLOOR_RE = re.compile(r"(?:^|[\s|])(?:\d{1,5}\s*[楼樓]|#\d{1,5}|沙发|沙發|板凳|地板)(?:$|[\s|])")


def first_post(page: Page, el: Any | None) -> Any | None:
    """The opening post's element when ``el`` lies in a later post of a forum thread.

    A thread page (天涯论坛) prints its posts as sibling items of one class (``div.atl-item``),
    each floor with its own time line; density picks the longest floor, often the 楼主's own
    continuation. The thread's article is the opening post (LABELLING.md): the element at the
    same place in the first item.
    """
    if el is None:
        return el
    path: list[Any] = []
    item = el
    for _ in range(6):
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return el
        own = node_classes(item)
        if own:
            # the items carry every class of this one (the opening post may add its own:
            # ``atl-item host-item``); a shared utility class (``clearfix``) makes no series
            sibs = [c for c in parent if c.tag == item.tag and own <= node_classes(c)]
            if len(sibs) >= 3 and sibs[0] is not item:
                first = _post_at(page, sibs, item, path)
                return el if first is None else first
        path.append(item)
        item = parent
    return el


def _post_at(page: Page, sibs: list[Any], item: Any, path: list[Any]) -> Any | None:
    """The element of ``sibs[0]`` at ``path`` (the tags and classes from ``item`` down), when
    two or more of the items show a time and a floor number of their own (floors of a thread,
    not an article's sections or a list's records)."""
    dated = 0
    for s in sibs:
        st = page.stats.get(s)
        if st is None:
            continue
        short = [nfkc(b.text) for b in page.blocks[st.b0 : st.b1] if b.chars <= 60]
        if any(DATE_RE.search(t) for t in short) and any(FLOOR_RE.search(t) for t in short):
            dated += 1
    if dated < 2:
        return None
    node = sibs[0]
    for step in reversed(path):
        want = node_classes(step)
        node = next(
            (c for c in node.iter(step.tag) if c is not node and want <= node_classes(c)), None
        )
        if node is None:
            return None
    st = page.stats.get(node)
    return node if st is not None and st.b1 > st.b0 else None


#: A lead paragraph beside the headline is prose this long (characters) at least, of two
#: sentences or more: a deck under the headline is one sentence.
_MIN_LEAD_BESIDE = 100


def lead_beside_headline(
    page: Page, paras: list[Block], title_idx: int | None, excluded: set[int]
) -> list[Block]:
    """``paras`` with the story's lead paragraph first when it stands beside the headline.

    東方日報 sets the opening paragraph in a box with the h1 (``<div><h1/><div><p>lead</p></div>
    </div>``), ads and a side column between it and the text's container: one unlabelled prose
    paragraph sharing the headline's wrapper, the text's container outside it, nothing else of
    prose between them. A repeated or labelled summary is ``find_lede``'s, not this.
    """
    if title_idx is None or not paras or paras[0].idx <= title_idx + 1:
        return paras
    between = [
        b for b in page.blocks[title_idx + 1 : paras[0].idx] if b.idx not in excluded and b.chars
    ]
    if not between:
        return paras
    lead = between[0]
    if (
        lead.chars < _MIN_LEAD_BESIDE
        or lead.link
        or len(SENTENCE_END.findall(lead.text.rstrip())) < 2
        or LEDE_LABEL_RE.match(nfkc(lead.text))
        or any(b.chars - b.link >= 25 for b in between[1:])
    ):
        return paras
    box = page.blocks[title_idx].owner.getparent()
    if box is None or box.tag in ("body", "html"):
        return paras
    inside = {id(el) for el in box.iter()}
    if id(lead.owner) not in inside or id(paras[0].owner) in inside:
        return paras
    return [lead, *paras]


def score_containers(
    page: Page, blocks: list[Block], links_ok: bool = False, anchor: int | None = None
) -> Any | None:
    """Densest container: paragraph text credited to parent (1) and grandparent (0.5)."""
    # A page is scored two or three times (whole page, after the meta line, links included):
    # what does not depend on the call (punctuation, the two credited elements, an element's
    # damping) is worked out once per page and kept in page.memo.
    parts: dict[int, tuple[int, Any, Any]] = page.memo.setdefault("body.score_parts", {})
    scores: dict[Any, float] = {}
    for b in blocks:
        nonlink = b.chars if links_ok else b.chars - b.link
        if nonlink < 10 or (b.link * 2 > b.chars and not links_ok):
            continue
        part = parts.get(b.idx)
        if part is None:
            part = parts[b.idx] = _score_part(page, b)
        punct, first, second = part
        # short lines count for little: menus and lists of short items are not prose
        contrib = nonlink if nonlink >= 25 else nonlink * 0.3
        contrib += punct
        if anchor is not None:
            # after a meta line the body follows it closely; related lists and footers sit
            # far below, so text loses weight with distance (in blocks) from the meta line
            contrib /= 1.0 + (b.idx - anchor) / 30.0
        scores[first] = scores.get(first, 0.0) + contrib
        if second is not None:
            scores[second] = scores.get(second, 0.0) + contrib / 2
    damping: dict[Any, tuple[float, bool]] = page.memo.setdefault("body.damping", {})
    best, best_score = None, 0.0
    for el, sc in scores.items():
        if el.tag == "html":
            continue
        if not links_ok:
            damp = damping.get(el)
            if damp is None:
                damp = damping[el] = (1.0 - page.link_density(el), _is_teaser(page, el))
            sc *= damp[0]
            if damp[1]:
                sc *= 0.2
        if sc > best_score:
            best, best_score = el, sc
    return best


def _score_part(page: Page, b: Block) -> tuple[int, Any, Any]:
    """A block's punctuation bonus and the two elements credited with its text."""
    t = b.text
    punct = 3 * (t.count("，") + t.count("。") + t.count("；") + t.count(","))
    owner = b.owner
    first = page.block_parent(owner) if is_leaf(page, owner) else owner
    if first is None:
        first = owner
    return punct, first, page.block_parent(first)


# A site-wide notice block (copyright and disclaimer, contact, site map) is boilerplate by its
# heading, however long its prose: gov portals print one under every 信息公开 page.
NOTICE_HEAD = re.compile(
    r"^[【\[]?(?:版权与免责声明|版权及免责声明|免责声明|版权声明|版权说明|联系我们|网站地图|关于我们)"
)

#: A footer box is shorter than this (characters); the body containers are longer.
_MAX_FOOTER_BOX = 500

#: A table body needs this many text cells and characters (a one-row layout table is not one).
_MIN_TABLE_CELLS, _MIN_TABLE_CHARS = 4, 40


# The same notice headed by the site's name (中国经济网版权及免责声明：, 荆楚网版权相关声明：): the
# heading is the whole line, so a paragraph that merely mentions a 版权声明 is not one.
NAMED_NOTICE_HEAD = re.compile(
    r"^[【\[]?[^,，。;；:]{0,10}?(?:版权|版權)(?:与|及|和|相关|相關)?(?:免责|免責)?(?:声明|聲明)[】\]]?:?$"
)


# The ask to credit the site when reposting (转载请保留原文链接, 转载请注明出处)
_REPOST_ASK = r"(?:转载|轉載)[请請]?(?:保留|注明|註明)[^,。]{0,8}(?:链接|鏈接|出处|出處|来源|來源)"

# A financial site's footer notice without a heading: where its quotes come from (股票及指數資料由X
# 提供) and that nothing on the site is investment advice (本網站的內容概不構成任何投資意見 ...
# 本公司概不負責). Matched on the compact NFKC form of each of the container's lines.
NOTICE_PROSE = re.compile(
    r"(?:资料|資料|报价|報價|数据|數據|行情)由[^,。]{2,30}提供"
    r"|(?:不构成|不構成)[^,。]{0,6}(?:投资|投資)(?:意见|意見|建议|建議)"
    # a resource site's notice under every post: where its posts come from (本站所有资源文章出自互联网
    # 收集整理), that they are for study only (仅供研究、学习交流之用), that it deletes what infringes, how
    # to reach it, and the ask to keep the link when reposting (转载请保留原文链接)
    r"|(?:来源于|来自|出自|收集整理于|整理自)(?:互联网|网络|網絡|網路)"
    r"|(?:仅供|僅供)[^,。]{0,6}(?:研究|学习|學習|交流|参考|參考)"
    rf"|(?:侵犯|侵害|{INFRINGEMENT})[^。]{{0,30}}(?:{DELETION}|处理|處理)"
    rf"|^{_REPOST_ASK}"
    r"|^(?:联系方式|聯繫方式|联系邮箱|聯繫郵箱)"
    # a blog's comment form: 您的电子邮箱地址不会被公开。必填项已用*标注 / 浏览器会保存昵称、邮箱…下次评论时使用
    r"|(?:邮箱|郵箱|邮件|郵件)(?:地址)?不会被公开|(?:邮箱|郵箱).{0,20}下次(?:评论|評論)"
    # a government site's prompt before an outside link, in a dialog the page hides (hongshan.gov.cn:
    # 您访问的链接即将离开“”门户网站 是否继续？ over 放弃 / 继续访问)
    r"|(?:即将|即將)(?:离开|離開)[^。]{0,20}(?:网站|網站|门户|門戶|本站|页面|頁面)[^。]{0,12}(?:继续|繼續)"
)
# tried only at the characters a notice can start with (perf20)
NOTICE_PROSE = gated(NOTICE_PROSE, each=True)
#: A headless notice is a few paragraphs (characters); an article is longer or has more of them.
_MAX_NOTICE_PROSE = 800
_MAX_NOTICE_LINES = 6
#: Notices after the first looked past (a post's disclaimer, the footer's, a comment form's note).
_MORE_NOTICES = 3
#: A button's label (插入图片, 提交) among a notice's lines, in characters.
_MAX_BUTTON = 6


def _is_notice(page: Page, el: Any) -> bool:
    """True when a container opens with a site notice heading (版权与免责声明, 联系我们...), or
    when each of its lines is a site's notice (data sources, no investment advice, where its
    resources come from, a comment form's privacy note), a copyright line or a button's label."""
    st = page.stats.get(el)
    if st is None or st.b1 <= st.b0:
        return False
    head = nfkc_compact(page.blocks[st.b0].text)
    if NOTICE_HEAD.match(head) or NAMED_NOTICE_HEAD.match(head):
        return True
    if st.chars > _MAX_NOTICE_PROSE or st.b1 - st.b0 > _MAX_NOTICE_LINES:
        return False
    prose = False
    for b in page.blocks[st.b0 : st.b1]:
        c = nfkc_compact(b.text)
        if NOTICE_PROSE.search(c):
            prose = True
        elif not (
            # the site's copyright line may close the notice (本站所有资源收集整理于网络… /
            # Copyright © 2023), and a form's button labels (插入图片) sit among the lines of a
            # comment form's note
            _footer_line(c) or (len(c) <= _MAX_BUTTON and not SENTENCE_END.search(c))
        ):
            return False
    return prose


#: A link that only sends the reader on to more of a box's column (``+ 更多 +``, ``更多>>``, ``more``).
_MORE_LINK_RE = re.compile(r"(?i)^[+\s>»›＞]*(?:更多|查看更多|more)[+\s>»›＞]*$")
#: A box's heading is within its first blocks (the 更多 link, the column's name).
_BOX_HEAD_BLOCKS = 3


def _headed_by_more_link(page: Page, el: Any) -> bool:
    """True when ``el`` is a column's box headed by a 更多 link (cwl.gov.cn's side column:
    ``+ 更多 +`` / 热点视频 / the videos): another column's teaser, never the page's text."""
    st = page.stats[el]
    return any(
        b.link == b.chars and _MORE_LINK_RE.match(b.text)
        for b in page.blocks[st.b0 : min(st.b1, st.b0 + _BOX_HEAD_BLOCKS)]
    )


def _all_footer(page: Page, el: Any) -> bool:
    """True when every text block of a container is a footer or chrome line (clean_body drops it)."""
    st = page.stats.get(el)
    if st is None or st.b1 <= st.b0 or st.chars > _MAX_FOOTER_BOX:
        return False  # a footer is a few short lines: most containers stop here, at no cost
    blocks = page.blocks[st.b0 : st.b1]
    return all(not SENTENCE_END.search(b.text) or is_boilerplate(b.text) for b in blocks) and any(
        BOILERPLATE_FOOTER.search(b.text) for b in blocks
    )


#: A credit line in brackets that closes an article: (本文来源：环球网 编辑：伍佳佳).
CLOSING_CREDIT = re.compile(
    r"^[(（](?:本文|本稿|文章)?(?:来源|來源|稿源)[:：][^()（）]{1,40}[)）]$"
)


def _is_closing_credit(text: str) -> bool:
    """True when the meta line is a bracketed source credit, written under the text."""
    return bool(CLOSING_CREDIT.match(nfkc_compact(text)))


def _picture_caption(page: Page, after: int, container: Any | None) -> Any | None:
    """The captioned picture right after the meta line, when the densest text reads as no article.

    A picture story's page (one picture of a gallery, page 6 of 8) shows the headline, the meta
    line, the picture and a caption of a sentence under it: the caption is the text the reader
    gets. Density passes it by (it is shorter than a line of a menu) and picks a footer or a
    link list; only when what it picked has no sentence and is short is the caption taken.
    """
    if after >= len(page.blocks):
        return None
    cap = page.blocks[after]
    if cap.img is None or cap.link or not SENTENCE_END.search(cap.text):
        return None
    if container is not None:
        st = page.stats[container]
        if st.b0 <= after < st.b1 or st.chars >= MIN_FRAGMENT_BODY:
            return None
        if any(SENTENCE_END.search(b.text) for b in page.blocks[st.b0 : st.b1]):
            return None
    el = page.block_parent(cap.owner) if is_leaf(page, cap.owner) else cap.owner
    # the caption's box, unless it also holds the pager and link lists below the picture
    if el is None or el not in page.stats or page.link_density(el) > 0.2:
        return cap.owner
    return el


#: A sibling section counts as a part of the text from this many characters with a sentence.
_MIN_SECTION_PART = 100
#: How many wrappers a climb from the densest box to its section (or a section's parent) passes.
_MAX_SECTION_CLIMB = 12


def _sectioned_text(page: Page, container: Any) -> Any | None:
    """The parent of a text cut into sibling wrappers (editor output, a paper's template), or None.

    Article editors (135编辑器, 秀米, Elementor) wrap each part of a text in its own nest of
    ``<section>``s, one inside the other: density credits a paragraph only to its parent and
    grandparent, so the longest part wins and the others are dropped. When the winner's nest has
    sibling sections that hold text of their own (a sentence, few links) and the parent holds
    little else, the parent is the text. The nest may be a section a part's heading shares with
    the part (a WeChat paste: 龙华全区率先进入… over its paragraphs, szwatech-news-376), or a
    section around the column wrappers of a page builder's text widget (emshu-post-556). A
    paper's template may do the same with ``<div>``s (``_repeated_parts``).
    """
    nest = _section_of(page, container)
    if nest is None:
        return _repeated_parts(page, container) if container.tag in ("div", "p") else None
    for _ in range(_MAX_SECTION_CLIMB):
        parent = nest.getparent()
        if parent is None or parent not in page.stats or parent.tag in ("body", "html"):
            return None
        if _holds_parts(page, parent, nest, same_classes=False):
            return parent
        if parent.tag != "section":
            return None
        nest = parent  # the nest's own wrapper, or a section it shares with a heading
    return None


def _section_of(page: Page, container: Any) -> Any | None:
    """The container if it is a ``<section>``, else the nearest section around it that holds
    the same text (a page builder's widget inside column wrappers), or None."""
    el = container
    for _ in range(_MAX_SECTION_CLIMB):
        if el.tag == "section":
            return el
        parent = el.getparent()
        if parent is None or parent not in page.stats:
            return None
        if page.stats[parent].chars != page.stats[el].chars:
            return None
        el = parent
    return None


def _repeated_parts(page: Page, container: Any) -> Any | None:
    """The parent of a text a paper's template cut into ``<div>`` nests of the same classes.

    Each part (the intro, then each sub-heading's paragraphs) sits in one nest of the same
    classes, picture boxes between them (蘋果日報's paper items, hknewsbackend-appledaily-20502187):
    the parent is the text when the winner's nest has such siblings with text of their own."""
    nest, parent = _repeated_wrapper(container)
    if parent is None or parent not in page.stats or parent.tag in ("body", "html"):
        return None
    return parent if _holds_parts(page, parent, nest, same_classes=True) else None


def _holds_parts(page: Page, parent: Any, nest: Any, *, same_classes: bool) -> bool:
    """True when ``parent`` is (nearly) all wrappers of ``nest``'s tag (and classes, for a
    template's divs), one besides ``nest`` a part of the text; False too when the wrappers are
    dated records (comments, a list's items)."""
    whole = page.stats[parent]
    if whole.link * 10 > whole.chars:
        return False
    shape = node_classes(nest)
    parts = 0
    in_parts = 0
    for child in parent:
        st = page.stats.get(child)
        if st is None or child.tag != nest.tag or (same_classes and node_classes(child) != shape):
            continue
        blocks = page.blocks[st.b0 : st.b1]
        if same_classes and any(b.chars <= 60 and DATE_RE.search(nfkc(b.text)) for b in blocks):
            return False  # dated wrappers are records (comments, a list's items), not parts
        in_parts += st.chars
        if child is not nest and st.chars >= _MIN_SECTION_PART and st.link * 10 <= st.chars:
            if any(SENTENCE_END.search(b.text) for b in blocks):
                parts += 1
    # the wrappers are (nearly) all the parent holds: headings between them, not a sidebar
    return parts > 0 and in_parts * 10 >= whole.chars * 9


def _captioned_picture_above(page: Page, container: Any) -> Any | None:
    """The text box's parent when it holds nothing but a captioned picture above the box.

    A template may set the head picture and its caption in the article's body box, above the
    text's own box (Joomla K2's ``div.itemBody``: the slideshow with its caption line, then
    ``div.itemFullText``; RTHK, hknews-rthk-1542567): the caption stands inside the article,
    so it is the text's first paragraph (LABELLING.md). A caption is one line of a sentence
    under a picture, no link in it; anything else beside the box leaves the box alone.
    """
    parent = container.getparent()
    if parent is None or parent not in page.stats or parent.tag in ("body", "html"):
        return None
    st, whole = page.stats[container], page.stats[parent]
    if whole.b0 != st.b0 - 1 or whole.b1 != st.b1:
        return None
    cap = page.blocks[whole.b0]
    if cap.img is None or cap.link or cap.chars > _MAX_CAPTION or not SENTENCE_END.search(cap.text):
        return None
    return parent


#: How far up from the densest element a repeated part's wrapper is looked for.
_MAX_PART_DEPTH = 4


def _repeated_wrapper(el: Any) -> tuple[Any, Any | None]:
    """The first of ``el`` and its ancestors with a sibling of its own tag and classes, and its
    parent (``el`` and None when none is near)."""
    node = el
    for _ in range(_MAX_PART_DEPTH):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        shape = node_classes(node)
        if any(c is not node and c.tag == node.tag and node_classes(c) == shape for c in parent):
            return node, parent
        node = parent
    return el, None


# The elements a Markdown text is written in: a box holding only these is the text's own.
_TEXT_FLOW_TAGS = frozenset(
    ("p", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table", "hr")
)


def _listed_text(page: Page, container: Any) -> Any | None:
    """The text box around a bulleted list that won the density count, or None.

    Density credits a ``<li><p>`` item's text to the ``<li>`` and the list: a post whose items
    are its longest lines (a Markdown text: a paragraph, a list, a closing paragraph) lets the
    list outscore the box that holds it, and the paragraphs around the list are lost. When
    every child of the list's parent is a text element (or the headline's ``<h1>``) and one
    beside the list is a sentence, the parent is the text.
    """
    parent = container.getparent()
    if parent is None or parent not in page.stats or parent.tag in ("body", "html"):
        return None
    whole = page.stats[parent]
    if whole.link * 3 > whole.chars:
        return None
    prose = False
    for child in parent:
        if not isinstance(child.tag, str):
            continue  # a comment
        if child.tag not in _TEXT_FLOW_TAGS and child.tag != "h1":
            # (an <h1> is the headline set in the text's own box, aka.org.cn's magazine cell:
            # the body leaves it out as the title)
            return None
        st = page.stats.get(child)
        if child is not container and child.tag == "p" and st is not None:
            prose = prose or any(SENTENCE_END.search(b.text) for b in page.blocks[st.b0 : st.b1])
    return parent if prose else None


# A minor heading an old page editor typed a text's lines into (aka.org.cn's 1999 magazine: a
# greeting's paragraphs in one ``<h5>``, its poem in the next): with no meta line above, the
# cell around it is still the text's when it holds nothing but such parts (``_text_cell``)
_PROSE_HEADINGS = frozenset(("h5", "h6"))

# What an editor types a text cell's lines into: paragraphs, headings, line wrappers, tables
_CELL_PART_TAGS = _TEXT_FLOW_TAGS | frozenset(
    ("div", "h1", "center", "span", "font", "strong", "b")
)


def _text_cell(page: Page, container: Any, after: int) -> Any | None:
    """The cell around a text typed as ``<br>``-parted lines, when the cell holds the rest of it.

    A WYSIWYG editor may set a whole report in one ``<p>`` (or ``<div>``), a ``<br>`` between its
    paragraphs: density credits those lines to that element itself, so it wins, and the lines the
    editor set in sibling elements of the same cell are lost: the photo captions under the
    report (gdepc-stx-xshd-141: 学生作品《花旦》 in the next ``<p>``), a notice's time and venue
    lines above it and its agenda table below (cuasia-career-41). When every line of the winner
    is its own (no paragraph inside it) and its parent, below the meta line, holds nothing but
    such elements with text, none of them a template's box (a ``<div>`` with a class), and few
    links, the parent is the text; LABELLING.md keeps captions standing in the text (check84).
    """
    if container.tag not in ("p", "div") and container.tag not in _PROSE_HEADINGS:
        return None
    st = page.stats[container]
    if st.b1 - st.b0 < 2 or any(b.owner is not container for b in page.blocks[st.b0 : st.b1]):
        return None
    parent = container.getparent()
    if parent is None or parent not in page.stats or parent.tag in ("body", "html"):
        return None
    whole = page.stats[parent]
    if whole.b0 < after or whole.link * 10 > whole.chars or whole.chars == st.chars:
        return None
    for child in parent:
        cs = page.stats.get(child) if isinstance(child.tag, str) else None
        if child is container or cs is None or not cs.chars:
            continue  # a comment, a script, an empty ad slot
        if child.tag not in _CELL_PART_TAGS or (child.tag == "div" and child.get("class")):
            return None
    return parent


# The label of a line that links the original a translated post translates (``原文：``)
_ORIGINAL_LABEL_RE = re.compile(r"^(?:英文)?原文(?:标题|標題)?\s*[:：]\s*")


def original_title_line(paras: list[Block]) -> Block | None:
    """A line opening the text that is ``原文：`` and the original's title, linked (a translated
    news post: ``原文：<a>Changes to default password hashing algorithm</a>``): an attribution,
    no text. A linked address after the label (``原文链接：https://doi.org/…``, the paper a
    commentary discusses) is a reference the text keeps."""
    for b in paras[:2]:
        norm = nfkc(b.text).strip()
        m = _ORIGINAL_LABEL_RE.match(norm)
        if m and b.link * 4 >= b.chars * 3 and not WEB_ADDRESS_RE.match(norm, m.end()):
            return b
    return None


def _table_after(page: Page, lo: int, hi: int) -> Any | None:
    """The first text table (not links) between the meta line and ``hi``: a 信息公开 table body."""
    seen: set[Any] = set()
    for b in page.blocks[lo:hi]:
        table = b.owner
        while table is not None and table.tag != "table":
            table = table.getparent()
        if table is None or table in seen or table not in page.stats:
            continue
        seen.add(table)
        st = page.stats[table]
        cells = page.blocks[st.b0 : st.b1]
        if (
            st.b1 <= hi
            and len(cells) >= _MIN_TABLE_CELLS
            and st.chars >= _MIN_TABLE_CHARS
            and st.link * 10 <= st.chars
        ):
            return table
    return None


def _is_teaser(page: Page, el: Any) -> bool:
    """A list item: a linked headline and one excerpt (``你可能还想看`` streams, sidebars)."""
    st = page.stats[el]
    if st.chars > 1200 or st.b1 - st.b0 > 6:
        return False
    return any(
        b.owner.tag in _HEADLINE_TAGS and b.link == b.chars for b in page.blocks[st.b0 : st.b1]
    )


_TOC_HEADINGS = frozenset(("目录", "目錄", "文章目录", "文章目錄", "本文目录", "本文目錄"))


def _toc_heading(page: Page, b: Block) -> bool:
    """A 目录 line over entries that link to places on this page: a table of contents written
    into the text (LABELLING.md corpus28), navigation like its entries, which ``_nav_like`` cuts."""
    if b.chars > 6 or b.text.strip() not in _TOC_HEADINGS or b.idx + 1 >= len(page.blocks):
        return False
    nxt = page.blocks[b.idx + 1]
    return bool(nxt.chars) and nxt.link == nxt.chars and _in_page_anchor_only(nxt.owner)


def _nav_like(page: Page, b: Block, container: Any) -> bool:
    """Pager, share bar, related-links list nested in the body container."""
    if (
        b.link * 2 > b.chars
        and b.text.lstrip("【[").startswith(_NAV_START)
        and not _in_page_anchor_only(b.owner)
    ):
        return True
    el = b.owner
    while el is not None and el is not container:
        st = page.stats.get(el)
        if st is not None and st.links >= 2 and st.chars and st.link / st.chars > 0.5:
            if _file_links_only(el):
                # a box of file downloads inside the text (pjhospital-notice-1731's 附件下载
                # fieldset between the last paragraph and the signature): its links are the
                # notice's attachment lines, its label (the legend) a widget's
                return b.link == 0
            return not _mail_links_only(el)
        el = el.getparent()
    return False


# A file's name as a link's whole text (an attachment the text offers: ``实施细则.pdf``)
_FILE_NAME_RE = re.compile(r"\.(?:docx?|xlsx?|pptx?|pdf|wps|zip|rar|7z|txt|ofd)$", re.IGNORECASE)


def _headline_link(b: Block) -> bool:
    """A line that is one other story's headline as a link and nothing else."""
    return (
        6 <= b.chars <= 60
        and b.link == b.chars
        and "。" not in b.text  # a headline may ask or exclaim, it holds no full stop
        and not b.text.startswith(("附件", "附:", "附："))
        and not _FILE_NAME_RE.search(b.text)
    )


def _without_closing_headlines(paras: list[Block]) -> list[Block]:
    """``paras`` without a run of three or more linked headlines closing the text under its
    prose, with no header over them (人民网's old pages: other stories' bold links set in the
    text's own box under its last paragraph): a related list, no part of the text."""
    k = len(paras)
    while k and _headline_link(paras[k - 1]):
        k -= 1
    if len(paras) - k < 3 or not k or paras[k - 1].link * 2 > paras[k - 1].chars:
        return paras
    return paras[:k]


def _in_page_anchor_only(el: Any) -> bool:
    """True when the one link under ``el`` leads to a named place on this page (``相关学院网址
    链接目录：<a href="#tips">…</a>``): a line of the text that starts like a related-links
    header (相关…) but leads to no other page."""
    links = list(itertools.islice(el.iter("a"), 2))
    href = (links[0].get("href") or "") if len(links) == 1 else ""
    return len(href) > 1 and href.startswith("#")


def _mail_links_only(el: Any) -> bool:
    """True when every link under ``el`` writes to an address (``mailto:``): a line of contact
    addresses (``分支机构邮箱: <a href=mailto:…>a@x.cn</a>, <a …>b@x.cn</a>``) is text, no menu."""
    return all((a.get("href") or "").lower().startswith("mailto:") for a in el.iter("a"))


def _file_links_only(el: Any) -> bool:
    """True when every link under ``el`` fetches a document (``/d/file/….docx``): attachments."""
    return all(
        _FILE_NAME_RE.search((a.get("href") or "").split("?")[0].split("#")[0].strip())
        for a in el.iter("a")
    )


# Text a page's <style> colours transparent is never seen: a note editor lays a picture's OCR
# text over it so (``.ocr-text { color: transparent }``), for selection and search only. Only
# the <style> blocks that hold the word are read, once a body is found, and the rule looks at
# the classes of the body's own paragraphs, never at the whole tree (a pass over every element
# of every page cost a sixth of the extraction loop).
_COLOUR_BEFORE_RE = re.compile(r"(?<![-\w])color\s*:\s*$")
# glyphs painted some other way are seen: a gradient clipped to the text, a fill colour, a
# shadow, a stroke
_PAINTED_TEXT_RE = re.compile(r"clip|fill-color|shadow|stroke")
_ONE_CLASS_RE = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
#: How far before a rule's ``{`` its selector is looked for (characters).
_MAX_SELECTOR = 200


def transparent_classes(styles: list[Any]) -> set[str]:
    """Class names a rule of that one class colours transparent in the page's <style> blocks."""
    found: set[str] = set()
    for style in styles:
        css = style.text
        if not css or "transparent" not in css:
            continue
        i = css.find("transparent")
        while i >= 0:
            if _COLOUR_BEFORE_RE.search(css, max(0, i - 24), i):
                start = css.rfind("{", 0, i)
                end = css.find("}", i)
                if (
                    start >= 0
                    and css.find("}", start, i) < 0
                    and not _PAINTED_TEXT_RE.search(css, start, end if end >= 0 else len(css))
                ):
                    head = css[max(0, start - _MAX_SELECTOR) : start]
                    cut = max(head.rfind("}"), head.rfind("{"), head.rfind("/"))
                    for sel in head[cut + 1 :].split(","):
                        one = _ONE_CLASS_RE.fullmatch(sel.strip())
                        if one:
                            found.add(one.group(1))
            i = css.find("transparent", i + 11)
    return found


def without_transparent(
    paras: list[Block], container: Any | None, styles: list[Any]
) -> list[Block]:
    """``paras`` without the lines in an element whose class the page colours transparent (an
    element holding a picture is seen: Next.js colours pictures transparent to hide alt text)."""
    if not paras or not styles:
        return paras
    classes = transparent_classes(styles)
    if not classes:
        return paras
    kept = []
    for b in paras:
        el = b.owner
        while el is not None and el is not container:
            cls = el.get("class")
            if cls and not classes.isdisjoint(cls.split()) and next(el.iter("img"), None) is None:
                break  # hidden
            el = el.getparent()
        else:
            kept.append(b)
    return kept


# --------------------------------------------------------------------------- cleaning: patterns

# Encoding damage: a paragraph whose leading \u3000 indent became "??" (szcydr.com).
LEADING_QMARKS = re.compile(r"^\?{2,}(?=\S)")

# Control tokens (matched on the compact form). A line made only of these and of
# separators is page chrome. Bracketed words that are not here (【基本案情】) stay.
_CONTROL_TOKEN = (
    r"字(?:体|號|号|体大小|體)[:]?[【\[〖(]?(?:[大中小]|默认|默認|放大|缩小|縮小|[/|、,·])+[】\]〗)]?"
    r"|[大中小]{3}"
    r"|打印本页|打印此页|打印本文|打印文章|打印|列印|关闭窗口|关闭本页|关闭|關閉窗口|關閉"
    r"|我要纠错|纠错|收藏本页|收藏|返回顶部|返回首页|返回列表|返回|顶部|设为首页|加入收藏|网站地图|联系我们"
    r"|放大|缩小|默认|默認|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|手机扫一扫|是否打开信息无障碍浏览"
    r"|网站无障碍|信息无障碍|无障碍|关怀版|长者模式|登录|注册|繁体|繁體|简体|简体版|English|\+?我们微信|微信|微博"
    r"|QQ空间|分享"
    # a QR code's caption beside the share buttons (the myp2c school CMS closes each text with
    # ``（微信扫描分享）``; ``微信扫码分享`` elsewhere)
    r"|扫描分享|扫码分享|掃描分享|掃碼分享"
    # 新华网's like button (``+1``) and the 图集 tab over its script-filled slideshow, both inside
    # the text box
    r"|\+\d{1,3}|图集|圖集"
    # an encyclopedia entry's buttons under its headline (``编辑 锁定 讨论 上传视频``): 编辑 and 讨论
    # alone may be a credit's label or a section's heading, so only as a row
    r"|编辑(?:锁定|讨论|上传视频)+"
    # a video player's controls printed as text (1905.com, news portals' embedded players)
    r"|展开|收起|倍速|循环播放|跳过片头|设置成功|直播|高清|超清|标清|流畅|蓝光|\d(?:\.\d{1,2})?X"
    r"|\d{2}:\d{2}/\d{2}:\d{2}"
)

CONTROL_LINE = re.compile(
    rf"^(?:[【\[〖(<]?(?:{_CONTROL_TOKEN})[】\]〗)>]?|[|丨/·•\-:：,，;；]|\d{{1,2}}(?=上|下))+$"
)

# Lines that start with these words are chrome whatever follows.
BOILERPLATE_LEAD = re.compile(
    r"^(?:\d{0,2}(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)"
    r"|分享到|分享至|扫一扫|您好[,!]?欢迎(?:来到|访问|光临)|欢迎(?:访问|光临)本站"
    r"|当前位置[:]|您的位置[:]|您现在的位置|所在位置[:]"
    r"|【?打印本页|【?关闭窗口"
    r"|正在为您切换到|很抱歉,?当前视频播放失败|错误代码:|播放速度:)"
)

# Template lines of a blog post (matched on the compact form, only when the line starts with 本, 文
# or 目): the post's own address under a label (WordPress: 本文链接：https://x.com/37715/) and a
# table of contents' heading with its show / hide toggle (文章目录 显示), the entries hidden.
TEMPLATE_LINE = re.compile(
    r"(?:本文|文章)(?:永久)?(?:链接|地址|网址|網址|連結)[:]https?://"
    r"|(?:文章|本文)?目[录錄][\[【(]?(?:显示|隐藏|顯示|隱藏|展开|收起)[\]】)]?$"
)

# An app's promotion under the text (storm: 立即下載風傳媒APP，世界脈動在你手中！), compact form.
APP_PROMO = re.compile(
    r"^(?:立即|马上|馬上|即刻|现在|現在|欢迎|歡迎)?(?:下载|下載)[^,。!]{0,16}(?:APP|App|app|客户端|客戶端)"
)
# The same after a short lead (on.cc: ``第一手消息請下載on.cc東網…``, LABELLING.md corpus29).
APP_PROMO_LEAD = re.compile(r"^[^。!]{1,12}?(?:請|请)" + APP_PROMO.pattern[1:])
_MAX_PROMO_LEN = 60

# A WeChat paste's follow promo opening or closing the text (compact form; LABELLING.md corpus33:
# ``↑点击蓝字 / 关注我们``, ``扫码关注我们``): an app promo, not text.
WECHAT_PROMO = re.compile(
    r"^[↑▲☝👆]?(?:点击|點擊)(?:上方)?(?:蓝字|藍字)(?:关注|關注)?(?:我们|我們)?$"
    r"|^(?:关注|關注)(?:我们|我們)[!！]?$"
    # the account's name under it (``微信公众号 | 上邻``)
    r"|^(?:微信公众号|微信公眾號)[|｜]\S{1,12}$"
    r"|^(?:长按|長按|扫码|掃碼|扫描二维码|掃描二維碼)(?:识别二维码|識別二維碼)?(?:关注|關注)(?:我们|我們)?[!！]?$"
    # the same ask naming the account (长按识别二维码，关注X官方微信公众号)
    r"|^(?:长按|長按|扫描|掃描)(?:识别|識別)?(?:上方|下方)?(?:二维码|二維碼),?(?:关注|關注)"
    r"[^,。!]{0,12}(?:公众号|公眾號|微信号|微信號|微信|视频号|視頻號)[!！]?$"
    # a like box's ask over the site's social buttons (technews.tw: ``如果你喜歡我們的分享和文章，
    # 請幫我們按個讚``): the site's promo, no text (LABELLING.md, hunt107)
    r"|^(?:如果|若)?(?:你|您)(?:喜欢|喜歡)(?:我们|我們)?的?(?:分享|文章)(?:(?:和|与|與)(?:文章|分享))?"
    r",?(?:请|請)?(?:帮|幫)?(?:我们|我們)?(?:按|点|點)(?:个|個)?(?:赞|讚)[!！。]?$"
)

# Whole-line headers of sidebar blocks.
BOILERPLATE_HEADER = re.compile(
    r"^[【\[]?(?:图片新闻推荐|图片新闻|相关新闻|相关阅读|推荐阅读|相关文章|延伸阅读|热点新闻|热门文章|热门推荐"
    r"|猜你喜欢|最新文章|最新新闻|精彩推荐|更多>*|更多新闻)[】\]]?[:>]*$"
)

# The header of a related-stories list; the body ends before it.
RELATED_HEADER = re.compile(
    r"^[【\[]?(?:为你推荐|為你推薦|相关推荐|相關推薦|推荐阅读|推薦閱讀|相关阅读|相關閱讀|猜你喜欢|猜你喜歡|热门推荐|熱門推薦"
    r"|相关新闻|相關新聞|相关文章|相關文章|精彩推荐|精彩推薦|热点推荐|熱點推薦|更多精彩"
    # a bold 相关链接 line inside the text box, over a run of other stories' headlines
    r"|相关链接|相關鏈接|相關連結"
    r"|关联阅读|關聯閱讀|热门点阅|熱門點閱"
    # a comment form's heading inside the text box, over its name and e-mail fields
    # (chinesenewsnet's blog: 发表评论 / 发表名 / E-mail (不显示在评论中) / 个人主页)
    r"|发表评论|發表評論|发表回复|發表回覆)[】\]]?[:>]*$"
)

# The heading over readers' comments, their count after the post's title or alone (``《标题》已有1件
# 评论``, ``共有3条评论``); compact form.
COMMENTS_HEADER = re.compile(
    r"^(?:《[^》]{1,60}》)?(?:已有|共有?)\d+(?:件|条|條|则|則|个|個)(?:评论|評論|留言|回复|回覆|回应|回應)$"
)

# A paywall's notice under a teaser: the full text is for members (the body ends there).
PAYWALL_LINE = re.compile(
    r"^(?:您|你)?(?:现在|目前)?(?:查看|看到|阅读)的?(?:是|为)?摘要页"
    r"|^(?:登录|登入|注册|免费注册)后(?:方可|即可|才能|可)?(?:查看|阅读|浏览)全文"
    r"|^(?:此|本)(?:信息|文章|文)需要\d+积分"
    # an archive past its free period (cna: 您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員…)
    r"|^(?:您|你)所?(?:瀏覽|浏览|查看|閱讀|阅读)的(?:新聞|新闻|文章|內容|内容)已(?:過|过|超過|超过)"
    r"(?:查詢|查询|免費|免费)?(?:時效|时效|期限)"
)

# A login box's heading (會員登入, 用户登录, Sign in) just above its form.
LOGIN_HEADING = re.compile(
    r"^(?:會員|会员|用戶|用户)?(?:登入|登录|登錄)$|^(?i:log\s*in|sign\s*in)$"
)

# A CMS page-break marker printed as text (``[page]``, ``[NextPage]``): furniture.
PAGE_BREAK_LINE = re.compile(r"^\[(?:page|nextpage|pagebreak)\]$", re.IGNORECASE)

# A rights notice at the head or foot of the text (compact form; LABELLING.md's eleventh round:
# ``节选裁判说理部分，仅为个人学习、研究，如有侵权，立即删除。``): boilerplate, not text.
RIGHTS_NOTICE = re.compile(
    rf"如有(?:{INFRINGEMENT})[,，]?(?:请|請|立即|即)?(?:联系|聯繫|告知)?[^。]{{0,8}}(?:{DELETION})"
)
_MAX_RIGHTS_NOTICE = 80

# What closes a text without being text (compact form): a bulletin's issue stamp under a notice
# (``2022年第12期(2022/4/25)``, thirteenth round) and a keyword tail that opens with a comma and
# ends no sentence (``，光栅立体画`` under a DedeCMS company item, corpus33).
CLOSING_STAMP_LINE = re.compile(
    r"^\d{4}年第\d{1,3}期(?:[(（]\d{4}[/-]\d{1,2}[/-]\d{1,2}[)）])?$|^[,，、][^。!?！？,，]{1,12}$"
)

# A picture credit opening the text box (compact form: （图片来源：全景视觉）, or unbracketed under the
# head pictures, cbblab-xwzx-398's 图片来源：NASA网站), crediting the head picture shown above it; one
# between paragraphs under a picture is a caption and stays.
_PICTURE_CREDIT_LABEL = r"(?:图片来源|圖片來源|图源|圖源|题图|題圖|头图|頭圖)[:][^()]{1,20}"
OPENING_PICTURE_CREDIT = re.compile(rf"^(?:\({_PICTURE_CREDIT_LABEL}\)|{_PICTURE_CREDIT_LABEL})$")

# An end mark on a line of its own under the text (compact form): ``（完）``, ``-完-``, ``（全文完）``.
END_MARK_LINE = re.compile(r"^[(\[【<〔-]?-?(?:全文完|本文完|完|END|End|end)-?[)\]】>〕-]?$")

# A line that is only a site's name and this page's address (百拇医药网 http://www.x.com/a.htm).
PAGE_ADDRESS_LINE = re.compile(r"^[^\s,，。:：]{2,12}https?://\S+$")

# A publisher's disclaimer closing the text (``声明：…仅供参考，不构成投资建议…``); the heading may
# be bracketed instead of followed by a colon (``[免责声明]本文仅代表作者个人观点…``).
DISCLAIMER_LINE = re.compile(
    r"^(?:(?:免责声明|免責聲明|声明|聲明)[:]|[【\[](?:免责声明|免責聲明)[】\]])"
    r".{0,150}(?:仅供参考|僅供參考|仅作参考|僅作參考|不构成|不構成|风险自担|風險自擔"
    # a portal's reprint disclaimer (本文仅代表作者个人观点，与本网无关)
    r"|仅代表作者|僅代表作者)"
)

# A site's repost notice under the text (matched on the compact form): 特别声明：以上文章内容仅代表作者本人
# 观点，不代表新浪网观点或立场…; 凡注明"来源：XXX"的作品，均转载自其他媒体…; a WordPress theme's
# 原创文章，作者：X，如若转载，请注明出处：URL. The site prints it under every item: furniture.
REPOST_NOTICE = re.compile(
    # (a platform's statement too: 以上内容…为自媒体平台"网易号"用户上传并发布，本平台仅提供信息存储服务)
    r"^(?:(?:特别|特別|郑重|鄭重|版权|版權)(?:声明|聲明)[:].{0,60}"
    r"(?:仅代表|僅代表|不代表|不意味着|不意味著|仅提供信息存储服务|僅提供信息存儲服務)"
    r"|凡(?:本网|本站)?注明.{0,20}(?:来源|來源).{0,30}转载"
    r"|原创文章,作者[:].{1,30},如若转载,请注明出处"
    # *本文为量子位获授权转载; 转载本文请联系原作者获取授权，同时请注明本文来自X博客
    r"|\*?本文(?:为|系|经).{1,15}获授权转载[。.]?$"
    # （本文由「工商時報」授權轉載）: a reprint granted by the outlet, closing a magazine's item
    # (dmsscrape-wealth-58979cfd); the trailer reads the outlet as the source
    r"|[(]?本文由.{1,15}(?:授权|授權)(?:转载|轉載)"
    # the head picture's credit after a semicolon in the same bracket (technews.tw)
    r"(?:;(?:首图|首圖|封面图|封面圖|图片|圖片|配图|配圖)(?:来源|來源):[^;]{1,80}?)?[)]?[。.]?$"
    r"|转载本文请(?:联系|与).{0,10}(?:获取|获得)?授权"
    # 本文版权归X所有，未经授权不得转载 (the eleventh round's copyright boilerplate)
    r"|(?:本文|本稿)?(?:版权|版權)(?:归|歸)[^。]{1,20}所有,?(?:未经|未經)[^。]{0,10}(?:不得|禁止)(?:转载|轉載)"
    # the ask alone on a line closing the text, the site's address after it (转载请注明出处http://…)
    # (in brackets too: ``（转载请注明来源：X）`` names no source, policy71)
    rf"|[(]?{_REPOST_ASK}[^。]{{0,60}}[。.]?$)"
)
_MAX_NOTICE_LEN = 300

# A portal's own statement under the text, headed by its name (compact form): 新浪声明：此消息系转载自新浪
# 合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点…; a repost notice, as REPOST_NOTICE's
# 特别声明 (LABELLING.md, eighth and eleventh rounds). Outside the start-character gate: any name heads it.
PORTAL_STATEMENT = re.compile(
    r"^[\u4e00-\u9fff]{2}(?:声明|聲明)[:].{0,60}(?:转载|轉載).{0,60}(?:不意味着|不意味著|不代表|仅代表|僅代表)"
)

# Sidebar teasers end with [详情] / 【详情】 / [更多].
BOILERPLATE_TEASER = re.compile(r"(?:\[详情\]|【详情】|\[更多\]|【更多】|详情>>|更多>>)$")

# Empty or filled view counters: 点击数：次 / 点击数:<js>次 / 363次浏览 / 阅读量:12.
BOILERPLATE_COUNTER = re.compile(
    r"^(?:(?:点击数|点击量|点击|浏览次数|浏览量|浏览|阅读量|阅读数|阅读|访问量|人气)[:]?\d*次?|\d+次(?:浏览|阅读|点击))$"
)

# Footer lines: copyright, ICP licence, public-security filing (short lines only, see body.py).
BOILERPLATE_FOOTER = re.compile(
    r"版权所有|版權所有|copyright|©|ICP备|ICP證|ICP证|ICP備|公网安备|公網安備", re.IGNORECASE
)

# A meta line (date + other labelled field) pasted into the body container.
META_DATE_LEAD = re.compile(
    rf"^(?:(?:{alternation(PUBLISH_DATE_LABELS + ('发表时间', 'publishtime'))})[:]"
    r"|\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))",
    re.IGNORECASE,
)

META_OTHER_FIELD = re.compile(rf"(?:{alternation(PEOPLE_LABELS)}|浏览|点击|阅读)[:]|字体|字號|字号")

# Ellipses that mark a truncated lede.
TRAILING_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|。{3,}|⋯+)$")

# A short body line that is only a labelled source/editor/author (the tail of WeChat posts), or
# several such credits on one line, a school's ``文：X / 图：Y / 编辑：Z / 审核：W`` or ``文/图：X``
# (policy71; LABELLING.md: the 责任编辑 / 来源 trailer lines and credit lines are left out), a 来源
# maybe followed by the outlet's address (``本文转载自：X http://…``)
_CREDIT_LINE_LABEL = alternation(
    PEOPLE_LABELS + LABELS["review"] + LABELS["photo"] + ("文/图", "文/圖", "图/文", "圖/文", "文")
)
_CREDIT_LINE_VALUE = r"[^:]{1,30}(?:https?:[^:\s]{1,80})?"
META_ONLY_LINE = re.compile(
    # 新华网's ``【纠错】 责任编辑： X``: the correction link's bracket may lead the label
    rf"^(?:【(?:纠错|糾錯|我要纠错)】)?[【\[(]?(?:{_CREDIT_LINE_LABEL})[:]({_CREDIT_LINE_VALUE})"
    rf"(?:(?:{_CREDIT_LINE_LABEL}|图|圖)[:]{_CREDIT_LINE_VALUE})*$"
)

#: A value longer than a name that ends a sentence: an interview's 记者：…吗？ question, not a credit.
_MIN_SENTENCE_VALUE = 7


def _is_sentence_value(value: str) -> bool:
    """True when what follows a 记者： label is a sentence (a question or a statement), not a name."""
    return len(value) >= _MIN_SENTENCE_VALUE and value[-1] in "。?!"


# A credit line with a bar for a colon (编辑|X, 责编|Y, 校对|Z, 来源|W: 澎湃号 and WeChat tails).
BAR_CREDIT_LINE = re.compile(
    rf"^(?:{alternation(PEOPLE_LABELS + LABELS['review'])})[|丨｜][^|丨｜:]{{1,30}}$"
)

# Replacement characters only: emoji lost to an encoding error (������).
REPLACEMENT_ONLY = re.compile(r"^\ufffd+$")


# --------------------------------------------------------------------------- cleaning
# Footer/meta lines are short; a long paragraph that mentions 版权所有 is content.
_MAX_FOOTER_LEN = 120
_MAX_META_LEN = 120
# A truncated lede shorter than this is not trusted as a duplicate (e.g. "第一条").
_MIN_PREFIX_LEN = 6
#: Clause marks (compact form, NFKC) that end a whole phrase.
_CLAUSE_MARKS = frozenset(",.;:!?、。")


def clean_paragraph(text: str) -> str:
    """Normalise whitespace and invisible characters of one paragraph."""
    text = clean_inline(text)
    if "[被屏蔽广告]" in text:
        # iwms' placeholder for a blocked advert, also at a paragraph's end (LABELLING.md's
        # eleventh round cuts it)
        text = text.replace("[被屏蔽广告]", "").strip()
    return LEADING_QMARKS.sub("", text).strip() if text.startswith("??") else text


def is_boilerplate(line: str) -> bool:
    """True when a line is page chrome (font controls, share, nav, footer, sidebar)."""
    return _is_boilerplate_compact(compact(line))


def _is_boilerplate_compact(c: str) -> bool:
    """``is_boilerplate`` on the line's compact form."""
    if not c:
        return True
    # the end-anchored patterns are searched only when the last character can end a match:
    # a search tries every position of the line
    if c[-1] in "]】>" and BOILERPLATE_TEASER.search(c):
        return True
    if _footer_line(c):
        return True
    if len(c) <= _MAX_PROMO_LEN and ("下載" in c or "下载" in c) and APP_PROMO_LEAD.match(c):
        return True
    if c[0] == "[" and PAGE_BREAK_LINE.match(c):
        return True
    if len(c) <= _MAX_RIGHTS_NOTICE and ("侵权" in c or "侵權" in c) and RIGHTS_NOTICE.search(c):
        return True
    if c[2:4] in ("声明", "聲明") and len(c) <= _MAX_NOTICE_LEN and PORTAL_STATEMENT.match(c):
        return True
    # every other pattern matches at the line's start: one class test tells that a line opens
    # with a character none of them can start with (two paragraphs in three), not nine tries
    return _LINE_START_CHARS.match(c) is not None and _starts_as_boilerplate(c)


def _footer_line(c: str) -> bool:
    """True when compact ``c`` is a short copyright or licence line (a long paragraph that
    mentions 版权所有 is text)."""
    return len(c) <= _MAX_FOOTER_LEN and BOILERPLATE_FOOTER.search(c) is not None


def _starts_as_boilerplate(c: str) -> bool:
    """The patterns of ``_is_boilerplate_compact`` that match at the start of compact ``c``."""
    if CONTROL_LINE.match(c) or BOILERPLATE_LEAD.match(c) or BOILERPLATE_HEADER.match(c):
        return True
    if BOILERPLATE_COUNTER.match(c):
        return True
    if c[0] in "本文目" and TEMPLATE_LINE.match(c):
        return True
    if len(c) <= _MAX_PROMO_LEN and c[0] in "立马馬即现現欢歡下" and APP_PROMO.match(c):
        return True
    if len(c) <= 32 and WECHAT_PROMO.match(c):
        return True
    meta = META_ONLY_LINE.match(c)
    if meta and not _is_sentence_value(meta.group(1)):
        return True
    if len(c) <= 200 and c[0] in "免声聲[【" and DISCLAIMER_LINE.match(c):
        return True
    if len(c) <= _MAX_NOTICE_LEN and c[0] in "特郑鄭版凡原*本转轉(" and REPOST_NOTICE.match(c):
        return True
    # 发布日期:… 编辑:… 来源:… pasted into the body container.
    return bool(len(c) <= _MAX_META_LEN and META_DATE_LEAD.match(c) and META_OTHER_FIELD.search(c))


# Every character a match of ``_starts_as_boilerplate``'s patterns can open with, read from
# their parse trees (gate.py), so it follows their edits; any character if one cannot be read.
_LINE_START_CHARS = first_chars_of_any(
    CONTROL_LINE,
    BOILERPLATE_LEAD,
    BOILERPLATE_HEADER,
    BOILERPLATE_COUNTER,
    APP_PROMO,
    WECHAT_PROMO,
    META_ONLY_LINE,
    DISCLAIMER_LINE,
    REPOST_NOTICE,
    META_DATE_LEAD,
) or re.compile("(?s:.)")


# The characters TRAILING_ELLIPSIS is made of. Its match is a run of them that ends the text, so
# it lies in the text's closing run of these characters, and is looked for there only: a paragraph
# ending in 。 (nearly all) was scanned whole, by the search's gate and again by ``sub``.
_ELLIPSIS_CHARS = ".…。⋯"


def _has_ellipsis(c: str) -> bool:
    """TRAILING_ELLIPSIS.search on a compact form, run over its closing ellipsis characters."""
    start = len(c.rstrip(_ELLIPSIS_CHARS))
    return start < len(c) and TRAILING_ELLIPSIS.search(c, start) is not None


def _strip_ellipsis(c: str) -> str:
    """A compact form without its trailing ellipsis."""
    start = len(c.rstrip(_ELLIPSIS_CHARS))
    return c[:start] + TRAILING_ELLIPSIS.sub("", c[start:]) if start < len(c) else c


def _key(text: str) -> str:
    """Comparison key: compact form without a trailing ellipsis."""
    return _strip_ellipsis(compact(text))


def _is_truncated_prefix(c: str, next_c: str, *, first: bool) -> bool:
    """True when compact ``c`` is ``next_c`` cut short (the lede repeated above the body)."""
    ellipsis = _has_ellipsis(c)
    if not (first or ellipsis):
        return False
    key = _strip_ellipsis(c)
    if not (len(key) >= _MIN_PREFIX_LEN and len(key) < len(next_c) and next_c.startswith(key)):
        return False
    # without an ellipsis, a first line that stops where the next one has a clause mark is a
    # whole phrase (a photo caption repeating the text's opening words), not a cut-short lede
    return ellipsis or next_c[len(key)] not in _CLAUSE_MARKS


def _reprint_credit(key: str) -> bool:
    """True when compact ``key`` is a repost credit glued to its outlet (``转载自光明日报``), the
    line people.py reads as the source (LABELLING.md: a credit opening the text is cut)."""
    r = TAIL_SOURCE_RE.match(key)
    return r is not None and is_reprint_credit(r)


# A line that is only a figure (``0.0``, ``105.8``, ``1,234``, ``-3.5%``): a data cell, which a table may
# repeat in the next cell; never collapsed as a duplicated paragraph
_FIGURE_CELL_RE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")


# A credit in brackets run into the start of a paragraph opening the text (cqdd.cq.cn's VSB
# items: ``【供稿/开放教育学院】12月8日上午，…``, ``【供稿/管理学院 黄翔】面对…`` under a 开栏语 and
# a heading): a credit label, a slash or a colon, the value; cut as a credit line opening the text
# is (LABELLING.md, hunt106). A bracketed tag (``【视频】``) or one with no text after it is none.
_OPENING_CREDIT_RE = re.compile(
    r"^[【\[]\s*(?:供稿|稿源|来源|來源|撰稿|作者|记者|記者|通讯员|通訊員)\s*[/／:：]\s*"
    r"[^【】\[\]/／:：]{1,30}?\s*[】\]]\s*(?=\S)"
)


def clean_body(
    paragraphs: list[str],
    *,
    lede: str | None = None,
    title: str | None = None,
    drop_indexes: set[int] | None = None,
    desk_index: int | None = None,
    pictured: set[int] | None = None,
) -> str | None:
    """Join cleaned body paragraphs with blank lines; None when nothing is left.

    ``drop_indexes`` and ``desk_index`` are ``find_inline_people``'s: the lines that only credit
    people, and the lead paragraph whose run-in desk credit (``…。 本報港聞部報道``) is cut.
    ``pictured``: the indexes of paragraphs standing under a picture of their own
    (``pictured_paragraphs``), whose repeats are captions, each kept where it stands."""
    drop_indexes = drop_indexes or set()
    pictured = pictured or set()
    title_key = compact(title) if title else None
    lede_key = _key(lede) if lede else None

    # each kept paragraph with its compact form, computed once
    kept: list[tuple[str, str]] = []
    bar_credit = False  # the last line was a 编辑|X credit
    reprint = False  # a repost credit opened the text
    for i, raw in enumerate(paragraphs):
        if i in drop_indexes or raw is None:
            continue
        text = clean_paragraph(raw)
        if i == desk_index and (start := run_in_credit(text, run_in_desk_start)) is not None:
            text = text[:start].rstrip()
        if len(kept) < 3 and text[:1] in "【[" and (opening := _OPENING_CREDIT_RE.match(text)):
            text = text[opening.end() :]  # a bracketed credit run into the text's start
        if not text:
            continue
        key = compact_visible(text)  # clean_paragraph left no zero-width character
        if "|" in key or "丨" in key:
            if BAR_CREDIT_LINE.match(key):
                if bar_credit and 2 * i >= len(paragraphs):
                    # two credit lines in the back half close the text: below them an
                    # account's menu and promos (扫描下方二维码, 回复【X】查看)
                    kept.pop()
                    break
                bar_credit = True
                kept.append((text, key))
                continue
        bar_credit = False
        if key[:1] == "\ufffd" and REPLACEMENT_ONLY.match(key):
            continue
        if _is_boilerplate_compact(key):
            continue
        if title_key and key == title_key:
            continue
        if (
            not kept
            and title_key
            and (_headline_in_full(key, title_key) or _headline_near_equal(key, title_key))
        ):
            continue
        if lede_key and _strip_ellipsis(key) == lede_key:
            continue
        if kept and kept[-1][1] == key and not _FIGURE_CELL_RE.match(key) and i not in pictured:
            # consecutive duplicate; a bare figure repeated is a table's cells holding the same
            # value (hnwanqian's 国家能源局 statistics: ``0.0`` ``0.0`` in one province's row);
            # a caption repeated under another picture is the page's own (LABELLING.md, hunt108:
            # visitxm's 送王船阵头表演。中新社记者张斌摄 under five pictures in a row)
            continue
        if not kept and OPENING_PICTURE_CREDIT.match(key):
            continue  # the head picture's credit above the text (LABELLING.md's nineteenth round)
        if len(kept) < 3 and _reprint_credit(key):
            reprint = True
            continue
        kept.append((text, key))
    if reprint and len(kept) > 1 and WEB_ADDRESS_RE.fullmatch(kept[-1][1]):
        kept.pop()  # the original story's address closing a repost goes with its credit
    # ``资料来源：`` and the original's address below it, a paper's reference maybe between
    # (cbblab-xwzx-405): the source, cut
    closing = [key for _, key in kept[-3:]]
    for k in range(len(closing) - 1):
        if (found := label_address_lines(closing, k)) and k + found[1] == len(closing):
            del kept[k - len(closing) :]
            break

    kept = _without_closing_credit_lines(kept)
    keys = [key for _, key in kept]
    if title_key and (opening := _heading_block_end(keys, title_key)):
        kept, keys = kept[opening:], keys[opening:]
    while len(kept) > 1 and (END_MARK_LINE.match(keys[-1]) or CLOSING_STAMP_LINE.match(keys[-1])):
        kept.pop()  # LABELLING.md: an end mark (（完）), an issue stamp, a keyword tail
        keys.pop()
    kept = kept[: min(helpline_notice_start(keys), follow_notice_start(keys))]
    # Second pass: a paragraph that is the next one cut short (only the first
    # paragraph, or any paragraph ending in an ellipsis) is a repeated lede.
    result: list[str] = []
    for j, (text, key) in enumerate(kept):
        if j + 1 < len(kept) and _is_truncated_prefix(key, kept[j + 1][1], first=not result):
            continue
        result.append(text)
    # the last paragraph's credit, which people.py's signature reads (above a picture grid's
    # marked captions, which it skips too)
    last = caption_tail_start(result, key=compact) - 1
    if result:
        result[last] = _cut_run_in_credit(result[last])
    return "\n\n".join(result) or None


#: How many characters a CMS's title length may cut off a headline the text repeats in full
_MAX_CUT_TAIL = 4
_MIN_CUT_TITLE = 10


def _headline_in_full(key: str, title_key: str) -> bool:
    """True when compact ``key``, opening the text, is the headline shown again with a few
    characters more and no sentence mark: the headline the CMS cut short, in full
    (cuasia-career-41: the h2 ``…回国创业恳谈``, the text's h1 ``…回国创业恳谈会``), or with its
    footnote mark (job-yichun-jiangxi-tjgb-2022's ``…统计公报[1]``). LABELLING.md leaves the
    headline shown again out of the body (the sixteenth round's 统计公报 heading, labelcheck13,
    corpus46)."""
    tail = key[len(title_key) :]
    return (
        len(title_key) >= _MIN_CUT_TITLE
        and 0 < len(tail) <= _MAX_CUT_TAIL
        and key.startswith(title_key)
        and not _SENTENCE_MARKS_RE.search(tail)
    )


#: How many characters a headline shown again may leave out or add (jspn.js.cn: 第 left out)
_MAX_NEAR_EDIT = 2


def _headline_near_equal(key: str, title_key: str) -> bool:
    """True when compact ``key``, opening the text, is the headline shown again with one or two
    characters left out or added and no sentence mark (jspn.js.cn's 预期调查 reports: the centred
    ``2019年二季度居民消费价格预期调查报告`` under the title cell's ``2019年第二季度…``); the
    shorter one is the longer with those characters dropped, in order."""
    if len(title_key) < _MIN_CUT_TITLE or not 0 < abs(len(key) - len(title_key)) <= _MAX_NEAR_EDIT:
        return False
    if _SENTENCE_MARKS_RE.search(key):
        return False
    short, long_ = (key, title_key) if len(key) < len(title_key) else (title_key, key)
    chars = iter(long_)
    return all(ch in chars for ch in short)


def _heading_block_end(keys: list[str], title_key: str) -> int:
    """How many opening lines are the headline shown again in other words: two to four short
    lines without a sentence mark, one of them the title's start or end (ccdi.gov.cn's text box opens
    with 江西专项整治违规收送高档烟酒 / 小切口发力深化作风建设 / “…”系列报道之一 under the h2
    贯彻落实中央纪委三次全会精神 / 小切口发力深化作风建设: ccdi-pachong-t20240617-355104). The
    title itself opening the text is dropped alone: the lines under it may be text (a 统计公报's
    issuing offices and day, job-yichun-tjgb-2022)."""
    run = 0
    for key in keys[:_MAX_HEADING_BLOCK]:
        if len(key) > _MAX_HEADING_LINE or _SENTENCE_MARKS_RE.search(key):
            break
        if DOCUMENT_NUMBER_LINE.match(key):
            break  # the notice's document number under the headline opens its text (moe.gov.cn)
        run += 1
    if run < 2 or run == len(keys):
        return 0
    # the headline's first or last line (a penalty table's cell holding the document number
    # that the title closes with in brackets is no line of it)
    pieces = [
        k
        for k in keys[:run]
        if len(k) >= 6 and k != title_key and (title_key.startswith(k) or title_key.endswith(k))
    ]
    return run if pieces else 0


# A notice's document number on a line of its own (compact NFKC: ``教思政厅函〔2024〕10号``,
# ``国办发[2024]3号``): the text's first line under the headline (LABELLING.md: the body opens at it)
DOCUMENT_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,16}[〔\[(【]\d{4}[〕\])】]第?\d{1,5}号$")

_MAX_HEADING_BLOCK = 4
_MAX_HEADING_LINE = 30
_SENTENCE_MARKS_RE = re.compile(r"[。！？；，,;!?:：]")


# The design and picture credits of a paper's page, each a line of its own closing the text
# (晴報: 記者︰X / 編輯：Y / 美術：陳超雄 / 攝影：冼偉倫, hknewsbackend-skypost-2333915): LABELLING.md cuts
# them and reads nobody from them (美術 and 攝影 credit no writer; a 美编 is no 编辑). Compact key,
# where NFKC writes the vertical colon ︰ as ``..``.
_DESIGN_CREDITS = (
    # ``图文来源：区委网信办、区融媒体中心`` closing a xa.gov.cn item under a meta line with its own 来源:
    # the suppliers of words and pictures, a trailer credit (LABELLING.md, hunt103)
    "图文来源",
    "圖文來源",
    "美術",
    "美术",
    "设计",
    "設計",
    "排版",
    "制图",
    "製圖",
    "插画",
    "插畫",
    "视觉",
    "視覺",
)
DESIGN_CREDIT_LINE = re.compile(
    # (a slash may stand for the colon: ``制图/高岳`` under a people.com.cn repost)
    rf"^(?:{alternation(LABELS['media'] + LABELS['photo'] + _DESIGN_CREDITS)})(?::|\.\.|/)"
    r"[^:。！？!?,，；;]{1,20}$"
)


# A bracket of reporters' credits on a line of its own (compact form: （记者 张明 通讯员 李强）): the
# writers' credit, read by people.py as the authors; LABELLING.md cuts it from the body.
# A school's student reporters (``（学生记者 张明华 李晓）``, policy71) name several without a 、.
_REPORTER_ROLE = (
    r"(?:本报|本報|学生|學生)?(?:记者|記者|通讯员|通訊員|实习生|實習生|见习记者|見習記者)"
)
REPORTER_BRACKET_LINE = re.compile(
    rf"^\((?:{_REPORTER_ROLE}[\u4e00-\u9fff·]{{2,4}}(?:、?[\u4e00-\u9fff·]{{2,4}})*)+\)$"
)


_MAX_CLOSING_BYLINE = 30


def _closing_byline(key: str, text: str) -> bool:
    """True for a reporter's byline on a line of its own (``记者 张明华 深圳报道``, ``川观新闻记者 X
    摄影 Y``): LABELLING.md's nineteenth round reads it as the bracketed credits and cuts it."""
    return len(key) <= _MAX_CLOSING_BYLINE and byline_names(nfkc(text).strip()) is not None


# ``（转合肥市蜀山区政府网站信息）`` closing a hfss.gov.cn item (compact NFKC key): a repost note naming
# where the text was taken from, a credit closing the text (LABELLING.md, hunt103 and labelcheck4)
REPOST_NOTE_LINE = re.compile(r"^\((?:转|轉)(?:自|载自|載自)?[^()]{2,30}\)$")

# A compilation's credit on a line of its own closing the text (sctcm.sc.gov.cn's
# ``文章综合自：学习强国、川观新闻、…、健康富顺等`` under a report gathered from several outlets,
# compact form): the outlets it was compiled from, a trailer credit cut as 图文来源's is (LABELLING.md,
# hunt105); a sentence, or a label with more after it, is none.
COMPILED_FROM_LINE = re.compile(
    r"^(?:文章|本文|内容|信息|资料|資料)?(?:综合自|綜合自):?[^。！？!?:]{2,160}$"
)

# An attachment box's heading with no attachment under it, closing the text (liaoyang.gov.cn's
# ``附件：`` over an empty list, gz.gov.cn's ``相关附件``): furniture; a heading with lines under it
# is no last line
EMPTY_ATTACHMENT_HEADING = re.compile(r"^(?:相关|相關)?附件(?:下载|下載)?:?$")


def _without_closing_credit_lines(kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``kept`` without the credit lines of their own that close the text: design and picture
    credits, and a bracket of 文/X 图/Y credits (people.py's trailer reads its writer). The text
    before them stays, and so do the marked captions of a picture grid after them
    (``_caption_grid_after``)."""
    captions = caption_tail_start(kept, key=itemgetter(1))
    end = captions
    while end > 1:
        text, key = kept[end - 1]
        if not (
            DESIGN_CREDIT_LINE.match(key)
            or TEXT_PICTURE_CREDIT_RE.fullmatch(nfkc(text).strip())
            or REPORTER_BRACKET_LINE.match(key)
            or _closing_byline(key, text)
            # a repost credit glued to its outlet (``本文来源于“X”微信公众号``, decide79), and a
            # supplier's credit with 供稿 after the value (``（宣传科 张明华 供稿）``)
            or _reprint_credit(key)
            or SUPPLIED_AFTER_RE.match(nfkc(text))
            # a repost's credit naming the outlet and the reporter (ev817's
            # ``(文章信息摘自运输人 时坤报道)``): people.py reads the reporter as the author
            or EXCERPT_REPORT_LINE_RE.match(nfkc(text).strip())
            or REPOST_NOTE_LINE.match(key)
            or COMPILED_FROM_LINE.match(key)
            or (end == captions and EMPTY_ATTACHMENT_HEADING.match(key))
        ):
            break
        end -= 1
    return kept if end == captions else kept[:end] + kept[captions:]


def _cut_run_in_credit(text: str) -> str:
    """The last paragraph without a credit run into its end (``…建议。作者:兰西``,
    ``…。（王煌忠／台中報導）``, ``…。（钟才文）``, ``…表演吗？来源：吱咕爱游``)."""
    start = run_in_credit(text, closing_credit_start)
    return text if start is None else text[:start].rstrip()


SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?:\s|$)")

#: Shorter than this, a body needs at least one sentence to count as an article.
MIN_FRAGMENT_BODY = 200

#: A paragraph this long with this many clause commas is a sentence, its full stop left off
#: (hneia-xinwen-2014-4: a one-sentence item of ~110 characters ending ``…并共进晚餐``).
_MIN_CLAUSE_RUN, _MIN_CLAUSES = 60, 3

#: A clause comma: full-width, or a half-width one a Chinese clause follows (text typed with an
#: ASCII comma, ``…召开,湖南省…``); not an English list's ``a, b, c`` (a tag line, a menu).
_CLAUSE_COMMA = re.compile(r"，|,\s?(?=[\u4e00-\u9fff])")


def looks_like_article_body(body: str | None) -> bool:
    """True when the text reads like an article: long, or with one sentence (a full stop or a
    long run of clauses)."""
    if not body:
        return False
    if len(body) >= MIN_FRAGMENT_BODY or SENTENCE_END.search(body):
        return True
    return any(
        len(p) >= _MIN_CLAUSE_RUN and len(_CLAUSE_COMMA.findall(p)) >= _MIN_CLAUSES
        for p in body.split("\n\n")
    )


# Searched from the first character a match can start with (gate.py): the same matches, the
# patterns tried at each of those characters only (a footer word's initial, an ellipsis).
BOILERPLATE_FOOTER = gated(BOILERPLATE_FOOTER, each=True)
TRAILING_ELLIPSIS = gated(TRAILING_ELLIPSIS, each=True)
