"""Body: which blocks are the article text (the container, its parts, what is left out of it)."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

from ..counters import COMMENT_WORDS, either
from ..gate import gated
from ..labels import (
    AUTHOR_BOX_HEAD_RE,
    DATE_RE,
    DELETION,
    INFRINGEMENT,
    LICENCE_WORD_RE,
    ORIGINAL_LINK_LABEL,
    WEB_ADDRESS,
    WEB_ADDRESS_RE,
)
from ..page import (
    ALL_HEADING_TAGS,
    HEADING_TAGS,
    Block,
    Page,
    blocks_within,
    css_first,
    holds,
    is_leaf,
    node_classes,
)
from ..people import (
    CAPTION_MARKS,
)
from ..people.accounts import credit_box_name, photo_box_head
from ..text import nfkc, nfkc_compact
from ..trailer import post_row
from .clean import (
    BOILERPLATE_FOOTER,
    BOILERPLATE_TEASER,
    COMMENTS_HEADER,
    LOGIN_HEADING,
    MIN_FRAGMENT_BODY,
    PAGE_ADDRESS_LINE,
    PAYWALL_LINE,
    RELATED_HEADER,
    REPOST_ASK,
    SENTENCE_END,
    TIP_ASK,
    TOC_HEADINGS,
    footer_line,
    is_boilerplate,
)
from .lede import MAX_CAPTION
from .posts import FLOOR_RE, first_post

# a related-reading line in either script (LABELLING.md's first rule: related articles are left out)
_NAV_START = (
    "上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "返回", "相关", "相關", "延伸", "推荐阅读",
    "推薦閱讀", "扩展阅读", "擴展閱讀",
)  # fmt: skip


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
        chrome = _chrome_box(page, container, after) if container is not None else None
        if (
            chrome is not None
            and after
            and _all_footer(page, container)
            and not _is_notice(page, container)
        ):
            # the footer's copyright lines won: the footer step below looks past them (and may
            # take a one-link text there)
            chrome = None
        if chrome is not None:
            # a notice is chrome whatever its length, and so is the page's footer or sidebar: a
            # table right after the meta line is the body (信息公开 tables), else the densest text
            # outside the notice
            notice = page.stats[chrome]
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
                    if other is None or (more_box := _chrome_box(page, other, after)) is None:
                        break
                    more = page.stats[more_box]
                    notices.append(more)
                    rest = [b for b in rest if not more.b0 <= b.idx < more.b1]
                    other = score_containers(page, rest, anchor=after or None)
                if other is None and after and _is_closing_credit(page.blocks[after - 1].text):
                    # the meta line closes the text (a bracketed credit): the text is above it
                    other = score_containers(page, page.blocks[: after - 1])
                if other is not None:
                    container, rules["body"] = other, "density:not-notice"
                else:
                    # nothing but notices on the page (a deleted post's page keeps its licence box,
                    # the theme's credit, the site's about box): no text, no body
                    container, rules["body"] = None, "none:notices-only"
        elif after and container is not None and _licence_box(page, container):
            # a post's licence box (``原文作者：`` / ``原文链接：`` / ``版权声明：…许可协议…``)
            # outscored a one-line text (a saved WeChat text message, audit303): the densest
            # text above the box that reaches past the meta line is the body (the box closes
            # the text; a box the meta line shares is cut to its blocks after it below)
            box = page.stats[container]
            rest = page.blocks[after : box.b0]
            other = score_containers(page, rest, anchor=after)
            if (
                other is not None
                and after < page.stats[other].b1 <= box.b0
                and not _is_notice(page, other)
            ):
                container, rules["body"] = other, "density:not-licence"
        elif after and container is not None and _all_footer(page, container):
            # copyright and licence lines only (clean_body drops them all): the footer outscored
            # a short body (a one-paragraph e-paper page); the densest text after the meta line
            # outside it is the body, if it starts after the meta line
            footer = page.stats[container]
            rest = [b for b in page.blocks[after:] if not footer.b0 <= b.idx < footer.b1]
            other = score_containers(page, rest, anchor=after)
            for _ in range(_MORE_NOTICES):
                # another column's box headed by its 更多 link is no text either (cwl.gov.cn's
                # 热点视频 beside a short or picture-only text), nor a box of other posts' rows
                # (a 相关新闻 list, ``<li><a>标题</a> 来源：X DATE</li>``, under a one-line text:
                # its credits and dates the only unlinked words, source202): the densest text
                # outside it
                if other is None or not (
                    _headed_by_more_link(page, other) or _box_of_post_rows(page, other)
                ):
                    break
                box = page.stats[other]
                rest = [b for b in rest if not box.b0 <= b.idx < box.b1]
                other = score_containers(page, rest, anchor=after)
            if other is None or page.stats[other].b0 < after:
                # no unlinked text after the meta line outside the footer: a one-paragraph notice
                # whose whole text is one link (chemuasso's ``<p><a href=…/issues/new>支持使用
                # Github Issue投稿了！…</a></p>``, hunt172) is still the text when nothing else
                # is, if it reads as sentences; a related list's or a menu's box holds more links
                # than one, a pager's link no sentence
                linked = score_containers(page, rest[: _before(rest, footer.b0)], True, after)
                if linked is not None and _one_linked_text(page, linked):
                    other = linked
            # (a notice is no body either: a picture-only text leaves the exit-link prompt after
            # the footer, hongshan.gov.cn)
            if (
                other is not None
                and page.stats[other].b0 >= after
                and not _is_notice(page, other)
                and not _headed_by_more_link(page, other)
            ):
                container, rules["body"] = other, "density:not-footer"
        if container is not None and after and rules["body"] == "density":
            below = _text_below_header(page, container, after)
            if below is not None:
                container, rules["body"] = below, "density:below-header"
        if container is not None and container.tag not in ("ul", "ol"):
            whole = _sectioned_text(page, container)
            if whole is not None:
                container, rules["body"] = whole, "density:sections"
            elif (
                container.tag == "p" and (headed := _headed_paragraph(page, container)) is not None
            ):
                container, rules["body"] = headed, "density:headed-paragraph"
            elif container.tag == "p" and (whole := _excerpt_above(page, container)) is not None:
                container, rules["body"] = whole, "density:excerpt-above"
            elif (
                container.tag == "li"
                and (whole := _listed_text(page, _outer_list(container))) is not None
            ):
                container, rules["body"] = whole, "density:list-in-text"
        elif container is not None and container.tag in ("ul", "ol"):
            whole = _listed_text(page, container)
            if whole is not None:
                container, rules["body"] = whole, "density:list-in-text"
        if container is not None and rules["body"] == "density" and after:
            profile = _profile_table_text(page, container, after)
            if profile is not None:
                container, rules["body"] = profile, "density:profile-table"
        if container is not None and rules["body"] == "density":
            tabled = _tabled_text(page, container)
            if tabled is not None:
                container, rules["body"] = tabled, "density:tables-in-text"
            elif (quoted := _quoted_text(page, container)) is not None:
                container, rules["body"] = quoted, "density:quote-in-text"
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
        box = _wechat_text_box(page, container) if container is not None else None
        if box is not None:
            container, rules["body"] = box, "wechat-box"
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


# How far above the winner a saved WeChat article's wrapper (``div.rich_media``) may stand
_WECHAT_CLIMB = 24


def _wechat_text_box(page: Page, container: Any) -> Any | None:
    """A saved WeChat article's own text box (``div#js_content``, the platform's, on every article
    it serves and every save of one) when the density winner lies in the article but is not the
    box: one part of a text a 135编辑器 paste cut into sections beside paragraphs of its own
    (2016年12月大学英语四六级考试报名通知, its opening lines outside the longest section), or
    the comment dump a saver's tool appends after the box (``div.msgBox``), which outscores a
    notice of short centred lines. None elsewhere (the walk up stops at the first wrapper)."""
    el = container
    for _ in range(_WECHAT_CLIMB):
        if el is None or el.tag in ("body", "html"):
            return None
        if el.get("id") == "js_content":
            return el if el is not container and el in page.stats else None
        if "rich_media" in (el.get("class") or "").split():
            box = next((c for c in el if c.get("id") == "js_content"), None)
            return box if box is not None and box in page.stats else None
        el = el.getparent()
    return None


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

    gutters: dict[Any, bool] = {}

    def kept(blocks: list[Block], box: Any) -> list[Block]:
        return [
            b
            for b in blocks
            if b.idx not in excluded
            and not (b.text.isdigit() and _gutter_line(b, gutters))
            and (title_idx is None or b.idx > title_idx)
            and not _nav_like(page, b, box)
            and not _toc_heading(page, b)
            and not (b.text[:1] in "[{" and _data_literal(b))
            and not (b.owner.tag == "li" and _original_link_item(b))
        ]

    paras = kept(body_blocks, container)
    if not hinted and after and len(paras) > 1 and _comments_start(page, paras) == 0:
        # readers' comments out-weigh a short text (names, a short text each, 回复 / 举报 / 赞
        # rows): no text; the densest text after the meta line outside them is
        box = page.stats[container]
        rest = [b for b in page.blocks[after:] if not box.b0 <= b.idx < box.b1]
        other = score_containers(page, rest, anchor=after)
        if other is not None:
            container, rules["body"] = other, "density:not-comments"
            paras = kept(blocks_within(page, other), other)
    if not paras and not hinted and body_blocks and all(b.idx in excluded for b in body_blocks):
        # the winner is the meta line's own box, a post's licence box closing a short text
        # (Hexo Redefine: 标题 / 作者 / 创建于 / 链接 / 版权声明 under a two-sentence post, which
        # outscores it): no text; the text is the box of the line right above it. A control line
        # between them (a QR code's 扫一扫在手机打开当前页 under the text) is no line of it
        # (distract160)
        above = [
            b
            for b in page.blocks[after : body_blocks[0].idx]
            if b.idx not in excluded and b.chars - b.link >= 10 and not is_boilerplate(b.text)
        ]
        other = _score_part(page, above[-1])[1] if above else None
        if other is not None and other in page.stats:
            container, rules["body"] = other, "density:above-meta-box"
            paras = kept(blocks_within(page, other), other)
    for k in range(1, len(paras)):
        if (cut := _text_end_at(page, paras, k)) is not None:
            paras = paras[:cut]
            break
    if len(paras) > 1 and (cut := _comments_start(page, paras)) is not None:
        paras = paras[:cut]
    for k in range(min(len(paras), _MAX_BOX_START)):
        if paras[k].chars <= _MAX_BOX_HEAD and paras[k].owner.tag in ALL_HEADING_TAGS:
            if end := _opening_credit_box_end(paras, k):
                paras = paras[:k] + paras[end:]
                break
        if paras[k].chars > _MAX_HEAD_LINE or SENTENCE_END.search(paras[k].text):
            break  # the text has started: a box further down is no opening box
    paras = _without_closing_headlines(paras)
    if not paras and not hinted:
        # Nothing but links (a table of contents, a list page): take the densest block of
        # text links included rather than return an empty body.
        fallback = score_containers(page, page.blocks[after:], links_ok=True)
        if fallback is not None and _chrome_box(page, fallback, after) is None:
            # (a notice the container step looked past is no text here either: a deleted
            # post's page keeps its licence box or the theme's credit, whose few links win)
            container, rules["body"] = fallback, "density:links"
            paras = [b for b in blocks_within(page, container) if b.idx not in excluded]
    return container, paras


#: The longest credit box heading (``■ 作者简介：``) and the most lines its box may hold
_MAX_BOX_HEAD = 12
_MAX_BOX_LINES = 6
#: How far down the text an opening box may stand (under the headline set in the text, a
#: 作者 / 审核 list) and the longest line above it (no sentence)
_MAX_BOX_START = 4
_MAX_HEAD_LINE = 40


def _opening_credit_box_end(paras: list[Block], k0: int = 0) -> int:
    """Where the writer's credit box opening the text at ``paras[k0]`` ends (0 when there is
    none): a heading
    ``作者简介`` / ``关于作者`` over a few lines, up to the text's next heading (dromara's VuePress
    post: ``<h2>作者简介：</h2>`` over one bold ``<p>`` of the name, roles and repository address,
    then ``<h2>缘起</h2>``; alcbeijing's ``<h3>作者简介：</h3>`` over the bio, then ``<h2>讨论背景：
    </h2>``). Cut as the closing 作者介绍 box is (session 33's answer, hunt212); without a heading
    after it, the box's end is unknown and nothing is cut."""
    if not AUTHOR_BOX_HEAD_RE.match(nfkc_compact(paras[k0].text)):
        return 0
    for k in range(k0 + 1, min(len(paras), k0 + _MAX_BOX_LINES + 2)):
        if paras[k].owner.tag in ALL_HEADING_TAGS:
            return k if k > k0 + 1 else 0
    return 0


def _picture(page: Page, p: Block) -> Any:
    """The picture right above block ``p``, by its file's address (None when there is none)."""
    if p.img is None:
        return None
    img = page.imgs[p.img][0]
    src = img.get("src") or img.get("data-src") or img.get("data-original") or ""
    # the address without its query: npr.org's enlarge box shows the same file again at
    # another size (``…slide-049af.jpg?s=1100`` then ``?s=2600``) with the same credit
    # a picture without an address is told apart by its element (kept alive in page.imgs), not
    # by an id(), which lxml may hand to another element once a transient proxy is freed
    return src.strip().partition("?")[0].partition("#")[0] or img


def pictured_paragraphs(page: Page, paras: list[Block]) -> list[int]:
    """The indexes of ``paras`` standing right under a picture other than the last one above the
    paragraph before: a caption's place (a block doubled with its picture is no new one)."""
    out: list[int] = []
    last = None  # the last picture above the paragraphs so far, by its file's address
    for j, p in enumerate(paras):
        picture = _picture(page, p)
        if picture is None:
            continue
        if picture != last:
            out.append(j)
        last = picture
    return out


def without_picture_repeats(page: Page, paras: list[Block]) -> list[Block]:
    """``paras`` without a caption the page doubles with its picture: a block repeating the one
    before it right under the same picture file again (npr.org's enlarge box: the photo and its
    credit shown once more at another size). Any other line a page shows twice in a row is the
    text's (a notice's ``不考长跑`` three times, code's ``}`` ``}``, two tickets' ``儿童票原价：15元``;
    LABELLING.md: a paragraph that stands twice in the text is kept as shown), so clean_body
    collapses no repeat."""
    out: list[Block] = []
    last = None  # the last picture above the paragraphs so far
    for p in paras:
        picture = _picture(page, p)
        if picture is not None and picture == last and out and out[-1].text == p.text:
            continue
        if picture is not None:
            last = picture
        out.append(p)
    return out


def _text_end_at(page: Page, paras: list[Block], k: int) -> int | None:
    """Where the text ends when paragraph ``k`` opens what is no part of it (None when it does
    not): before it, or before the line above it that goes with it."""
    b = paras[k]
    # a related-stories header inside the container (为你推荐, 猜你喜欢): what follows it is
    # other articles' headlines and teasers, not this text
    if b.chars <= 12 and RELATED_HEADER.match(nfkc_compact(b.text)):
        # (but not over lines that each show the web address they link, ALC Beijing's closing
        # 相关链接 over ``CHAOSS 中所列的开源贡献类型： https://…``: the text's own references)
        rest = paras[k + 1 :]
        if not rest or not all(p.link and _written_out_addresses(p.owner) for p in rest):
            return k
    t = b.text
    if b.chars <= 14 and TIP_ASK.match(nfkc_compact(t)):
        # a tip box's ask (``「真诚赞赏，手留余香」``): its button, amounts and QR code follow
        return k
    if (
        b.chars <= 12
        and b.owner.tag in ALL_HEADING_TAGS
        and k + 2 < len(paras) <= k + 6
        and AUTHOR_BOX_HEAD_RE.match(nfkc_compact(t))
        and credit_box_name(paras[k + 1].text)
    ):
        # the writer's credit box closing the post (七联's ``■ 作者介绍`` heading, ``Andy | 商社业界
        # 课程担当`` and his bio): the writer's, no part of the text (the people step names him)
        return k
    if k + 2 < len(paras) <= k + 4 and photo_box_head(b, paras[k + 1]):
        # the same box headed by the bare word over the writer's photo and name, then the bio
        # (motss.cc: ``作者`` / a pictured ``NAME`` / the bio closing the text)
        return k
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


# A reader's comment's controls row (guancha: ``查看回复 3 举报``, ``回复 踩0 赞104 收藏``; a forum's
# ``回复 引用 举报``): nothing but buttons and their counts, a reply or report button among them
_COMMENT_BUTTON = (
    rf"(?:查看|查看全部)?(?:{either(COMMENT_WORDS)}|举报|舉報|点赞|點讚|赞|讚|踩|收藏|分享|引用)"
)
_COMMENT_CONTROLS_RE = re.compile(rf"^(?:{_COMMENT_BUTTON}\(?\d{{0,6}}\)?){{2,}}$")
_REPLY_OR_REPORT = ("回复", "回覆", "举报", "舉報")
#: A comment block shows at least this many controls rows (one reply alone is no block).
_MIN_COMMENT_ROWS = 2
#: A comment's text above its controls row, in characters outside links (its time is shorter).
_MIN_COMMENT_TEXT = 8


def _comments_start(page: Page, paras: list[Block]) -> int | None:
    """Where a block of readers' comments starts among ``paras`` (None when there is none).

    A container taken for the text may run on into the comments under it (names, one short
    text each, a time, a controls row ``回复 踩0 赞85 收藏``): the comments are no part of the text
    however long they are (distractors: guancha's comment list under a short host text). Read
    from the controls rows between the paragraphs (link-only rows, no paragraph themselves): two
    or more, the first one's comment (the smallest box around the row holding a text above it)
    starts the comments, whose start is the largest box around it that does not hold the text's
    first paragraph; 0 when the first comment holds the first paragraph (the container is the
    comments)."""
    first, rows = paras[0], []
    for b in page.blocks[paras[1].idx : paras[-1].idx]:
        if b.chars <= 30 and any(w in b.text for w in _REPLY_OR_REPORT):  # the cheap test first
            if _COMMENT_CONTROLS_RE.match(nfkc_compact(b.text)):
                rows.append(b)
                if len(rows) >= _MIN_COMMENT_ROWS:
                    break
    if len(rows) < _MIN_COMMENT_ROWS:
        return None
    box, row = None, rows[0]
    for up in row.owner.iterancestors():
        st = page.stats.get(up)
        if st is None:
            continue
        if holds(up, first.owner):
            if box is None:
                # the first comment (which does not hold the second's row) holds the first
                # paragraph: no text above the comments; a box holding all (a flat container)
                # tells nothing
                return None if holds(up, rows[1].owner) else 0
            break
        if box is None and not any(
            b.chars - b.link >= _MIN_COMMENT_TEXT for b in page.blocks[st.b0 : row.idx]
        ):
            continue  # the controls' own row, with the comment's time: not yet its comment
        box = up
    if box is None:
        return None
    start = page.stats[box].b0
    cut = next((j for j, p in enumerate(paras) if p.idx >= start), None)
    return cut if cut else None


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
        if any(not holds(_common_ancestor(el, f), text_start) for f in fields):
            return True
    return False


def _common_ancestor(a: Any, b: Any) -> Any:
    """The nearest element holding both ``a`` and ``b``."""
    # a set of the elements themselves, which keeps them alive: lxml frees an unused node's
    # Python object, and an id() of a freed one may come back as another element's
    above = {*b.iterancestors(), b}
    if a in above:
        return a
    return next(x for x in a.iterancestors() if x in above)


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
        if b.text[:1] in "[{" and _data_literal(b):
            continue  # a theme's picture data, no prose however long
        if b.text[:1] in "hHwW" and _bare_address(b):
            continue  # a page's own address written out (a licence box's), no prose however long
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


def _bare_address(b: Block) -> bool:
    """True when block ``b`` is one web address written out and nothing else, no link (a Hexo
    Fluid licence box under the text repeats the headline over the post's own address,
    ``https://site/2022/03/14/slug/``): an address is no prose, so its 50-odd characters do not
    make the box outweigh a short notice's text of list items above it (hunt265's
    sustech-2022-03-14-zhicheng-bangfu, rejected as ``missing body`` before)."""
    m = WEB_ADDRESS_RE.match(b.text)
    return m is not None and m.end() == len(b.text)


def _data_literal(b: Block) -> bool:
    """True when block ``b`` is a data literal a theme's script reads, not prose: a JSON array or
    object holding a web address and no sentence in any of its strings (Hexo Butterfly's gallery
    writes its pictures' list, ``[{"url":"https://…jpg","alt":"…jpg","title":""}]``, as the text
    of a div its script turns into a grid; where no script runs a reader sees one long line of
    data, the post's own text above it is the body: the lead's session-31 answer). A listing in
    ``pre`` / ``code`` is code the post shows, kept."""
    t = b.text
    if t[-1:] not in "]}":
        return False
    try:
        data = json.loads(t)
    except ValueError:
        return False
    if not isinstance(data, (list, dict)):
        return False
    el = b.owner
    if el.tag in ("pre", "code") or any(a.tag in ("pre", "code") for a in el.iterancestors()):
        return False
    strings = list(_json_strings(data))
    return any(WEB_ADDRESS_RE.match(x) for x in strings) and not any(
        SENTENCE_END.search(x) for x in strings
    )


def _json_strings(data: Any) -> Any:
    """Every string value inside parsed JSON ``data``."""
    stack = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)


# A list item that is only the link to the reposted original (``原文链接：https://mp.weixin.qq.com/…``
# among a poll report's summary lines): cut, as a closing paragraph holding only that link is
# (LABELLING.md's twenty-second round; the lead's session-31 answer). A paragraph
# ``🔗原文链接：https://doi.org/…`` naming the paper a commentary discusses is no list item: kept.
_ORIGINAL_LINK_ITEM_RE = re.compile(rf"^{ORIGINAL_LINK_LABEL}\s*[:：]\s*{WEB_ADDRESS}$")


def _original_link_item(b: Block) -> bool:
    """True when list item ``b`` holds only ``原文链接：`` and an address."""
    return "原文" in b.text[:2] and bool(_ORIGINAL_LINK_ITEM_RE.match(nfkc(b.text).strip()))


# How far up from the winner the post's ``header`` may stand
_HEADER_CLIMB = 6


def _text_below_header(page: Page, container: Any, after: int) -> Any | None:
    """The post's text right under its header when the densest text is a summary inside that
    header (Hexo NexT's post-description box, ``网站公司页面更新; … ...``, under the meta line in
    ``header``, over a one-line text whose address is a link and so scores nothing): the header
    holds the headline's meta line, so what it shows is the post's summary, shown apart; the
    first element after it holding unlinked text is the post body (the lead's session-31 answer:
    the summary loses to the post's own text even when that is short)."""
    header, el = None, container
    for _ in range(_HEADER_CLIMB):
        if el is None:
            return None
        if el.tag == "header":
            header = el
            break
        el = el.getparent()
    st = page.stats.get(header) if header is not None else None
    if st is None or not st.b0 <= after - 1 < st.b1:
        return None
    sib = header.getnext()
    while sib is not None:
        nxt = page.stats.get(sib)
        if nxt is not None and nxt.chars:
            return sib if nxt.chars > nxt.link else None
        sib = sib.getnext()
    return None


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
    r"^[【\[]?(?:版权与免责声明|版权及免责声明|免责声明|版权声明|版权说明|联系我们|网站地图|关于我们"
    # (a sidebar's about box headed in English or traditional characters: ``About us`` / the group)
    r"|關於我們|(?i:aboutus$))"
)

# A notice's words about this text (compact NFKC, after its heading): 本文, 本篇, 此文, this post
_OWN_NOTE_RE = re.compile(r"[】\]]?:?(?:本文|本篇|此文|(?i:this(?:post|article)))")

#: A footer box is shorter than this (characters); the body containers are longer.
_MAX_FOOTER_BOX = 500

#: A table body needs this many text cells and characters (a one-row layout table is not one).
_MIN_TABLE_CELLS, _MIN_TABLE_CHARS = 4, 40


# The same notice headed by the site's name (中国经济网版权及免责声明：, 荆楚网版权相关声明：): the
# heading is the whole line, so a paragraph that merely mentions a 版权声明 is not one.
NAMED_NOTICE_HEAD = re.compile(
    r"^[【\[]?[^,，。;；:]{0,10}?(?:版权|版權)(?:与|及|和|相关|相關)?(?:免责|免責)?(?:声明|聲明)[】\]]?:?$"
)

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
    rf"|^{REPOST_ASK}"
    r"|^(?:联系方式|聯繫方式|联系邮箱|聯繫郵箱)"
    # a blog's comment form: 您的电子邮箱地址不会被公开。必填项已用*标注 / 浏览器会保存昵称、邮箱…下次评论时使用
    r"|(?:邮箱|郵箱|邮件|郵件)(?:地址)?不会被公开|(?:邮箱|郵箱).{0,20}下次(?:评论|評論)"
    # (WordPress's cookie box under the form: 在此浏览器中保存我的名字、电邮和网站。)
    r"|^在此(?:浏览器|瀏覽器)中保存我的"
    # a newsletter's sign-up card: its consent line under the button (訂閱即同意 個資蒐集聲明 / 注册即表示
    # 同意用户协议), a sentence the form prints, no text (distract160: techorange's 會員電子報 card)
    r"|^(?:订阅|訂閱|注册|註冊|登录|登入|提交)(?:即|即表示|即代表|代表|表示)(?:您)?(?:同意|已阅读|已閱讀)"
    # a government site's prompt before an outside link, in a dialog the page hides (hongshan.gov.cn:
    # 您访问的链接即将离开“”门户网站 是否继续？ over 放弃 / 继续访问)
    r"|(?:即将|即將)(?:离开|離開)[^。]{0,20}(?:网站|網站|门户|門戶|本站|页面|頁面)[^。]{0,12}(?:继续|繼續)"
    # a blog post's licence box under the text, its licence line (``版权声明: 本博客所有文章除特别声明外，
    # 均采用 CC BY-NC-SA 4.0 许可协议。``, ``Copyright: Copyright is owned by the author.…``, ``Reprint
    # policy: All articles in this blog…``): every post prints it, what is left when the text is gone
    r"|^(?:版权声明|版權聲明|许可协议|許可協議|(?i:copyright|reprintpolicy)):"
    # a theme's credit line in the footer (``Powered by Hugo & Hosted by GitHub.``, ``Template by
    # Bootstrapious. Ported to Hugo by DevCows``, ``模板来自 Bootstrapious.``, ``由Wowchemy支持发布——
    # 免费开源网站…``) and an English rights line (``Gamersky.com All rights reserved.``)
    r"|^(?i:poweredby|templateby|themeby)|^模板来自|^由[^,。]{2,20}支持发布|(?i:allrightsreserved)"
    # a site's rights notice under every post (``版权作品，未经环球网 huanqiu.com 书面授权，严禁转载``,
    # ``※本網站之文字…非經授權，不得轉載``, ``未经许可擅自引用本网内容将面对法律行动``) and a portal footer's
    # report line and disclaimer (``违法和不良信息举报电话：…`` / ``本站郑重声明：…``); the rights notice
    # names the site or its works before the ban (a notice about a school's papers is a text)
    r"|(?:网|網|站|作品)[^。]{0,30}(?:未经|未經|非经|非經)[^。]{0,20}"
    r"(?:授权|授權|许可|許可|允许|允許)[^。]{0,12}(?:转载|轉載|引用)"
    r"|(?:未经|未經)(?:许可|許可|授权|授權)(?:擅自)?(?:引用|转载|轉載)(?:本网|本網|本站)"
    r"|^(?:违法和不良信息举报|違法和不良信息舉報)|^(?:本站|本网|本網)(?:郑重|鄭重)(?:声明|聲明)"
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


#: A licence box's item line beside its licence line (compact NFKC): the post's writer or address.
_LICENCE_BOX_ITEM = re.compile(
    r"^(?:本文|文章|原文)?(?:作者|链接|鏈接|連結|地址):|^(?i:author|link):"
)


def _is_notice(page: Page, el: Any) -> bool:
    """True when a container opens with a site notice heading (版权与免责声明, 联系我们...), or
    when each of its lines is a site's notice (data sources, no investment advice, where its
    resources come from, a comment form's privacy note), a copyright line or a button's label."""
    st = page.stats.get(el)
    if st is None or st.b1 <= st.b0:
        return False
    head = nfkc_compact(page.blocks[st.b0].text)
    if m := NOTICE_HEAD.match(head):
        # a heading whose note speaks of this text (``版权声明：本文来自X的微信公众号…未经授权禁止
        # …转载。`` opening mindhacks' post, follow308) over a box longer than any notice, in
        # lines and characters: the post's own note over its text, not a site's notice
        return not (
            _OWN_NOTE_RE.match(head, m.end())
            and st.chars > _MAX_NOTICE_PROSE
            and st.b1 - st.b0 > _MAX_NOTICE_LINES
        )
    if NAMED_NOTICE_HEAD.match(head):
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
            # comment form's note; a licence box names the post's writer and its address above
            # its licence line (``文章作者: X`` / ``文章链接: URL``)
            footer_line(c)
            or (len(c) <= _MAX_BUTTON and not SENTENCE_END.search(c))
            or _LICENCE_BOX_ITEM.match(c)
        ):
            return False
    return prose


#: Page landmarks whose text is never the article's: the page's footer, a sidebar. On a deleted
#: post's page the densest text left is there (an about box, the theme's credit, a motto).
_CHROME_LANDMARKS = frozenset(("footer", "aside"))


#: What makes a ``<header>`` an article's own (its title, its meta line): it stands in one of these.
_ARTICLE_LANDMARKS = frozenset(("article", "main"))


def _page_header(page: Page, el: Any, after: int) -> Any | None:
    """The page-level ``<header>`` holding ``el`` (the site's banner, its description or motto,
    a menu's popover): in no ``article`` / ``main`` and not holding the meta line; else None."""
    header = next((x for x in (el, *el.iterancestors()) if x.tag == "header"), None)
    if header is None or any(x.tag in _ARTICLE_LANDMARKS for x in header.iterancestors()):
        return None
    st = page.stats.get(header)
    if st is None or (after and st.b0 < after <= st.b1):
        return None  # the post's title and meta line are in it: the article's header
    return header


def _chrome_box(page: Page, el: Any, after: int = 0) -> Any | None:
    """What the container step looks past when ``el`` won: the outermost ``footer`` / ``aside``
    holding it, the page's own ``<header>`` (``_page_header``), or ``el`` itself when it is a
    notice (``_is_notice``); None for a text."""
    box = None
    for x in (el, *el.iterancestors()):
        if x.tag in _CHROME_LANDMARKS:
            box = x
    if box is not None and box in page.stats:
        return box
    if (header := _page_header(page, el, after)) is not None:
        return header
    if (comments := _comment_list(page, el, after)) is not None:
        return comments
    return el if _is_notice(page, el) else None


#: A reader's comment's head: when it was written, closing a short line (``昨天 16:03``,
#: ``03/31 14:08``, ``我每天都在微笑 5小时前``, ``X on December 26, 2012 at 1:24 pm said:``).
_COMMENT_TIME_RE = re.compile(
    r"(?:\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|個月|个月)前|刚刚|剛剛|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)"
    r"(?:\s*said:)?$",
    re.IGNORECASE,
)
_MAX_COMMENT_HEAD = 60
#: What marks a list of dated items as readers' comments: a heading with the comment word over it
#: (``全部评论(13)``, ``4,060 条评论``, ``网友评论``), or a reply control / ``said:`` in the items.
_COMMENT_WORD_RE = re.compile(rf"{either(COMMENT_WORDS)}|留言|(?i:comments?\b|responses?\b)")
_MAX_COMMENT_HEADING = 20
_COMMENT_REPLY_RE = re.compile(r"^(?:回复|回覆|reply)(?:$|\s)|(?i:said:|说：|說：)$", re.IGNORECASE)
#: How far above the winner the comment list may stand; how many blocks above it its heading.
_COMMENT_LIST_CLIMB = 8
_COMMENT_HEADING_BLOCKS = 6


def _comment_list(page: Page, el: Any, after: int) -> Any | None:
    """The outermost list of readers' comments ``el`` stands in, with its heading (None when
    it is in none).

    On a deleted post's page a comment under it wins the container (sspai, toutiao, guancha,
    WordPress): the comments are items of one shape, each with a short head line closed by
    when it was written, under a heading naming them or with a reply control each; a forum's
    floors (floor numbers) and a list holding the post's meta line are no comments."""
    found, item = None, el
    for _ in range(_COMMENT_LIST_CLIMB):
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        own = node_classes(item)
        sibs = [c for c in parent if c.tag == item.tag and node_classes(c) == own]
        if len(sibs) >= 2 and (box := _comment_items(page, parent, sibs, after)) is not None:
            found = box
        item = parent
    return found


def _comment_items(page: Page, parent: Any, items: list[Any], after: int) -> Any | None:
    """The comment box when ``items`` (siblings of one shape under ``parent``) read as readers'
    comments: ``parent``, or the box holding it with its heading and the blocks between."""
    st = page.stats.get(parent)
    if st is None or (after and st.b0 < after <= st.b1):
        return None  # the post's own meta line is in the list: a thread or a feed, not comments
    headed, replies = 0, 0
    for it in items:
        ist = page.stats.get(it)
        if ist is None or ist.b1 - ist.b0 < 2:
            continue
        blocks = page.blocks[ist.b0 : ist.b1]
        short = [nfkc(b.text).strip() for b in blocks if b.chars <= 60]
        if any(FLOOR_RE.search(t) for t in short):
            return None  # a forum's floors: the first one is the thread's post
        heads = [
            b
            for b in blocks
            if b.chars <= _MAX_COMMENT_HEAD and _COMMENT_TIME_RE.search(nfkc(b.text).strip())
        ]
        if heads and any(
            # the reader's own words beside the head (a related list's item is a linked headline
            # and its date)
            b not in heads and b.chars - b.link >= _MIN_COMMENT_TEXT
            for b in blocks
        ):
            headed += 1
        if any(_COMMENT_REPLY_RE.search(t) for t in short):
            replies += 1
    if headed < 2:
        return None
    first = page.stats.get(items[0])
    lo = first.b0 if first is not None else st.b0
    top = max(after, lo - _COMMENT_HEADING_BLOCKS)
    heading = next(
        (
            b
            for b in page.blocks[top:lo]
            if b.chars <= _MAX_COMMENT_HEADING and _COMMENT_WORD_RE.search(b.text)
        ),
        None,
    )
    if heading is None:
        return parent if replies >= 2 else None
    # the heading, the sort tabs and the login prompt above the list are the comments' too,
    # when one box holds them and no more
    box = _common_ancestor(heading.owner, parent)
    bst = page.stats.get(box)
    if bst is not None and bst.b0 >= top and bst.b1 <= st.b1 + _COMMENT_HEADING_BLOCKS:
        return box
    return parent


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


def _box_of_post_rows(page: Page, el: Any) -> bool:
    """True when ``el`` holds two rows of other posts or more (``trailer.post_row``: a headline
    link with its credit or date) and besides them short lines only (the box's heading, a row's
    ``来源：X`` line): a related or latest-posts box, never the page's text."""
    st = page.stats[el]
    blocks = page.blocks[st.b0 : st.b1]
    rows = [b for b in blocks if post_row(page, b)]
    return len(rows) >= 2 and all(
        b in rows or (b.chars <= _MAX_ROW_LINE and not SENTENCE_END.search(b.text)) for b in blocks
    )


#: How long a line beside a box's post rows may be (a heading, a ``来源：光明日报`` line)
_MAX_ROW_LINE = 30


#: Characters a one-link paragraph needs to be the text (a pager's or a button's link is shorter)
_MIN_LINKED_TEXT = 40


def _one_linked_text(page: Page, el: Any) -> bool:
    """True when ``el`` holds one link and its text is a sentence of some length."""
    st = page.stats[el]
    if st.links != 1 or st.chars < _MIN_LINKED_TEXT:
        return False
    return any(SENTENCE_END.search(b.text) for b in page.blocks[st.b0 : st.b1])


def _before(blocks: list[Block], idx: int) -> int:
    """How many of ``blocks`` (in page order) stand before block ``idx``."""
    return next((k for k, b in enumerate(blocks) if b.idx >= idx), len(blocks))


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


#: A licence box's line: a short label and its colon (原文作者：, 文章链接：, 版权声明：, Author:)
_BOX_LABEL_RE = re.compile(r"^[^\s:：,，。；;]{1,8}\s*[:：]")
#: A licence box holds at most this many lines (NexT / Butterfly: 作者, 链接, 版权声明)
_MAX_LICENCE_LINES = 5


def _licence_box(page: Page, el: Any) -> bool:
    """True when ``el`` is a post's licence box: a few labelled lines (``原文作者：X``,
    ``文章链接：URL``) one of which names the licence (``版权声明：…许可协议…``), and nothing else."""
    st = page.stats.get(el)
    if st is None or not 0 < st.b1 - st.b0 <= _MAX_LICENCE_LINES or st.chars > _MAX_FOOTER_BOX:
        return False
    lines = [nfkc_compact(b.text) for b in page.blocks[st.b0 : st.b1]]
    return all(_BOX_LABEL_RE.match(c) for c in lines) and any(
        LICENCE_WORD_RE.search(c) for c in lines
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


def _headed_paragraph(page: Page, container: Any) -> Any | None:
    """The parent of a one-paragraph text whose box holds only that paragraph and its own short
    unlinked heading above it (梦雾社's post box: ``<h1>无题</h1><p>…</p>``, the paragraph's lines
    broken by ``<br>``, so density credits the paragraph itself): the heading is the text's, as a
    reader sees it at the top of the text box. None when the box holds anything else."""
    parent = container.getparent()
    st, own = page.stats.get(parent), page.stats.get(container)
    if st is None or own is None or (st.b0, st.b1) == (own.b0, own.b1):
        return None
    heads = 0
    for b in page.blocks[st.b0 : own.b0]:
        if b.owner.tag in ALL_HEADING_TAGS and 0 < b.chars <= _MAX_OWN_HEADING and not b.link:
            heads += 1
        elif not (b.chars and b.link == b.chars and _in_page_anchor_only(b.owner)):
            return None  # (a theme's table of contents beside the text: its links stay on the page)
    tail = page.blocks[own.b1 : st.b1]
    if not tail:
        return parent if 0 < heads <= 2 else None
    # the text going on under its own headings below the paragraph (a notice's ``联系我们`` and
    # ``附件`` parts, each an <h3> over a short list, then a closing line: nyistcips's Jekyll
    # post): unlinked, shorter than the paragraph, a heading among them
    if heads > 2 or sum(b.chars for b in tail) > own.chars:
        return None
    if not any(b.owner.tag in ALL_HEADING_TAGS for b in tail):
        return None
    if all(not b.link and b.owner.tag in _TEXT_PART_TAGS for b in tail):
        return parent
    return None


# The longest heading of its own a one-paragraph text box may open with
_MAX_OWN_HEADING = 30
# The elements of the text's parts below a one-paragraph text (headings, list items, paragraphs)
_TEXT_PART_TAGS = ALL_HEADING_TAGS | frozenset(("li", "p"))


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
    if cap.img is None or cap.link or cap.chars > MAX_CAPTION or not SENTENCE_END.search(cap.text):
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


def _excerpt_above(page: Page, container: Any) -> Any | None:
    """The text box of a won ``<p>`` that stands under a blog's read-more mark (Hexo's empty
    ``<a id="more"></a>``, NexT's ``<span id="more">``) with the post's excerpt paragraph above
    the mark (信科五班's Hexo hiker post: the opening sentence and a picture in one ``<p>``, the
    rest of the text in one ``<p>`` of ``<br>``-broken lines that density credits alone; hunt278):
    the excerpt is the text's opening, the box (text elements only, ``_prose_box``) the text.
    None without the mark between them (a lone paragraph's siblings are left as before)."""
    parent = container.getparent()
    if parent is None:
        return None
    excerpt = marked = False
    for child in parent:
        if child is container:
            break
        if child.tag == "p" and child in page.stats:
            excerpt = True
        elif (
            excerpt
            and child.tag in ("a", "span")
            and child.get("id") == "more"
            and len(child) == 0
            and not (child.text or "").strip()
        ):
            marked = True
    if not marked:
        return None
    return _prose_box(page, parent, container, _LISTED_PROSE_TAGS)


def _listed_text(page: Page, container: Any) -> Any | None:
    """The text box around a bulleted list that won the density count, or None.

    Density credits a ``<li><p>`` item's text to the ``<li>`` and the list: a post whose items
    are its longest lines (a Markdown text: a paragraph, a list, a closing paragraph) lets the
    list outscore the box that holds it, and the paragraphs around the list are lost. When
    every child of the list's parent is a text element (or the headline's ``<h1>``) and one
    beside the list is a sentence, the parent is the text.
    """
    parent = container.getparent()
    # `is not None`, not `or`: lxml warns that an element's truth will stop meaning "has children"
    box = _prose_box(page, parent, container, _LISTED_PROSE_TAGS)
    return box if box is not None else _tables_and_list(page, parent, container)


#: Rows of unlinked cells a table beside a won list needs to be a part of the text
_MIN_DATA_ROWS = 2


def _tables_and_list(page: Page, parent: Any, won: Any) -> Any | None:
    """``parent`` when it is a Markdown text of headed tables and the won list only: a resource
    post whose parts are tables of unlinked cells (NYIST-CIPS planet's CTF 资料下载: ``资料名称 /
    类型 / 链接 / 关键信息`` rows under each ``<h2>``, then a 资料使用建议 list), the list's items
    sentences. Density credits the list (its items are the longest lines), the tables' short
    cells are lost; a reader reads the tables as the text. None unless a table of two rows or more
    of unlinked cells stands beside the list (a nav table's cells are links)."""
    if parent is None or parent.tag not in ("div", "section", "article"):
        return None
    st = page.stats.get(won)
    if st is None or not any(SENTENCE_END.search(b.text) for b in page.blocks[st.b0 : st.b1]):
        return None
    tables = [c for c in parent if c.tag == "table" and c in page.stats]
    if not any(_data_table(page, t) for t in tables):
        return None
    return _prose_box(page, parent, won, frozenset(), tables=True)


def _row_cells(tr: Any) -> list[Any]:
    """The cells of table row ``tr`` (its ``td`` / ``th`` children), in order."""
    return [c for c in tr if c.tag in ("td", "th")]


def _text_rows(page: Page, table: Any) -> Iterator[tuple[Any, Any]]:
    """The rows of ``table`` that hold text, each with its stats, in order."""
    for tr in table.iter("tr"):
        st = page.stats.get(tr)
        if st is not None and st.chars:
            yield tr, st


def _data_table(page: Page, table: Any) -> bool:
    """True when ``table`` has two rows or more of two cells or more with unlinked text."""
    st = page.stats[table]
    if st.link * 3 > st.chars:
        return False
    rows = 0
    for tr in table.iter("tr"):
        cells = _row_cells(tr)
        if len(cells) >= 2 and tr in page.stats and page.stats[tr].chars > page.stats[tr].link:
            rows += 1
    return rows >= _MIN_DATA_ROWS


def _outer_list(el: Any) -> Any:
    """The outermost list ``el`` sits in through list items and lists (``el`` itself when it is
    in none): a nested item that won the density count (a Hexo post's ``<ol><li><p>数学专业组</p>
    <ul><li><p>…</p><p>…</p></li></ul></li></ol>``, its two longest paragraphs in one inner item;
    hdusciast, hunt199) stands for the list the text holds, as a won list does."""
    node = el
    while (parent := node.getparent()) is not None and parent.tag in ("ul", "ol", "li"):
        node = parent
    return node if node.tag in ("ul", "ol") else el


#: The elements whose sentence beside a won list makes its parent the text.
_LISTED_PROSE_TAGS = frozenset(("p",))


def _prose_box(
    page: Page, parent: Any, skip: Any, prose_tags: frozenset[str], *, tables: bool = False
) -> Any | None:
    """``parent`` when it holds only text elements and one of ``prose_tags`` (not ``skip``, the
    won list or table) has a sentence: the text box a density winner inside it stood for
    (``tables``: the caller found a data table beside it, which stands for the sentence). A
    table of contents of in-page links set in the box (a Jekyll theme's ``<aside><nav
    class=toc>``) is looked past: its lines are cut as navigation (``_nav_like``)."""
    if parent is None or parent not in page.stats or parent.tag in ("body", "html"):
        return None
    whole = page.stats[parent]
    if whole.link * 3 > whole.chars:
        return None
    prose = False
    for child in parent:
        if not isinstance(child.tag, str):
            continue  # a comment
        if child.tag in ("a", "span") and len(child) == 0 and not (child.text or "").strip():
            # an empty anchor, a place mark (Hexo's ``<a id="more"></a>`` after the lead, NexT's
            # ``<span id="more"></span>``)
            continue
        if child.tag in ("aside", "nav") and _in_page_links_only(child):
            continue
        if child.tag not in _TEXT_FLOW_TAGS and child.tag != "h1":
            # (an <h1> is the headline set in the text's own box, aka.org.cn's magazine cell:
            # the body leaves it out as the title)
            return None
        st = page.stats.get(child)
        if child is skip or st is None or child.tag not in prose_tags:
            continue
        prose = prose or any(SENTENCE_END.search(b.text) for b in page.blocks[st.b0 : st.b1])
    return parent if prose or tables else None


def _in_page_links_only(el: Any) -> bool:
    """True when ``el`` has links and every one leads to a place on this page (a table of
    contents)."""
    hrefs = [a.get("href") or "" for a in el.iter("a")]
    return bool(hrefs) and all(h.startswith("#") and len(h) > 1 for h in hrefs)


#: The table parts a density winner may sit in, climbing to its table (td, tr, tbody, table).
_TABLE_PARTS = frozenset(("td", "th", "tr", "tbody", "thead", "table"))


def _enclosing_table(el: Any) -> Any | None:
    """The ``<table>`` that ``el`` (a table, row, cell or a cell's child) stands in, at most four
    levels up through table parts, or None."""
    for _ in range(4):
        if el is None or el.tag not in _TABLE_PARTS:
            return None
        if el.tag == "table":
            return el
        el = el.getparent()
    return None


def _tabled_text(page: Page, container: Any) -> Any | None:
    """The text box around a table whose longest cell won the density count, or None.

    A Markdown post may set its text as tables among headings and a list (七联's event report: a
    bullet list of the programme, then one ``项目 / 内容`` table a speaker under each ``<h2>``):
    density credits a cell's text to its row, so the longest cell wins and the rest is lost, as a
    list's item does (``_listed_text``). When the table's parent holds only text elements and
    one of them besides the tables (a paragraph, a quote, a list) has a sentence, the parent is
    the text: a reader reads all of it."""
    table = _enclosing_table(container)
    if table is None:
        return None
    box = _prose_box(page, table.getparent(), table, _TABLED_PROSE_TAGS)
    if box is None and _record_table(page, table):
        # a record of labelled field rows (``Title:`` / ``Author(s):`` / ``Source:`` /
        # ``Abstract:``, one cell a row): the record is the text, its box too when it holds only
        # text elements (a ``Download:`` line under it)
        box = _prose_box(page, table.getparent(), table, _TABLED_PROSE_TAGS, tables=True)
        box = table if box is None else box
    return box


# A record's field row: one cell opened by a short label and its colon (``Title:``, ``Author(s):``,
# ``Document Type:``, ``摘要：``); a record holds this many such rows at least
_FIELD_ROW_RE = re.compile(
    r"^\s*(?:[A-Za-z][\w()-]*(?: [A-Za-z][\w()-]*){0,2}|[\u4e00-\u9fff]{2,6})\s*[:：]"
)
_MIN_FIELD_ROWS = 4


def _record_table(page: Page, table: Any) -> bool:
    """True when ``table`` is a record of labelled fields, one cell a row, each row's text opened
    by its field's label and colon, few links (a research group's post of its paper's record,
    ``Title:`` / ``Author(s):`` / ``Source:`` / ``Abstract:`` / ``Keywords:`` rows; lab7402,
    hunt250): density credits the longest row (the abstract) and the other fields are lost,
    though a reader reads the whole record as the post's text. A 信息公开 table sets label and
    value in cells of their own (two cells a row): not this shape."""
    if table not in page.stats or page.stats[table].link * 3 > page.stats[table].chars:
        return False
    rows = fielded = 0
    for tr, st in _text_rows(page, table):
        rows += 1
        if len(_row_cells(tr)) != 1:
            return False
        fielded += bool(_FIELD_ROW_RE.match(nfkc(page.blocks[st.b0].text)))
    return fielded >= _MIN_FIELD_ROWS and fielded * 3 >= rows * 2


def record_text(page: Page, container: Any) -> Any | None:
    """The record's text box when the density winner ``container`` is a row (or its cell) of a
    record table (``_record_table``), else None: the meta line is then looked for above the
    record, and a field row inside it (``Source: JOURNAL … Published Date: 2025 MAY``) is the
    record's data, not the post's meta line."""
    table = _enclosing_table(container)
    if table is None:
        return None
    if not _record_table(page, table):
        return None
    box = _prose_box(page, table.getparent(), table, _TABLED_PROSE_TAGS, tables=True)
    return table if box is None else box


# A label cell of a profile table: a field's name alone (``姓名``, ``研究方向``, ``个人简介``)
_LABEL_CELL_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]?$")
_MIN_LABEL_ROWS = 4
#: How far above the winner its table may stand (a list or paragraph in a cell: ol, td, tr, tbody)
_MAX_CELL_CLIMB = 6


def _profile_table_text(page: Page, container: Any, after: int) -> Any | None:
    """The post's text box when the density winner sits in a value cell of a label / value table
    standing wholly below the meta line (a teacher's profile pasted into a lab's introduction:
    ``姓名 | X | 性别 | 女``, ``研究方向 | …``, ``个人简介 | <paragraphs>``, ``近5年主要科研项目 |
    <list>``; lab7402, hunt250): density credits the longest cell, and the other cells, the
    headings and paragraphs around the table are lost, though a reader reads them all as the
    post. The text is the outermost box holding the table that starts below the meta line, when
    few of its words are links. A table holding the meta line itself (a 信息公开 table with a 内容
    row) is not this shape."""
    table, cell = container, None
    for _ in range(_MAX_CELL_CLIMB):
        if table is None or table.tag == "table":
            break
        if table.tag in ("td", "th"):
            cell = table
        table = table.getparent()
    if table is None or table.tag != "table" or cell is None or table not in page.stats:
        return None
    if page.stats[table].b0 < after or not _label_value_table(page, table):
        return None
    row = cell.getparent()
    if row is not None and _row_cells(row)[:1] == [cell]:
        return None  # the winner is a row's label cell: no value of a profile
    box = table
    while (
        (parent := box.getparent()) is not None
        and parent in page.stats
        and parent.tag not in ("body", "html")
        and page.stats[parent].b0 >= after
    ):
        box = parent
    whole = page.stats[box]
    return box if whole.link * 5 <= whole.chars else None


def _label_value_table(page: Page, table: Any) -> bool:
    """True when most of ``table``'s rows open with a short label cell (a field's name, no digit
    or mark) beside cells of their values, four rows at least."""
    rows = labelled = 0
    for tr, st in _text_rows(page, table):
        rows += 1
        cells = _row_cells(tr)
        if len(cells) < 2 or cells[0] not in page.stats:
            continue
        first = page.stats[cells[0]]
        if first.chars and not first.link and first.chars < st.chars:
            labelled += bool(_LABEL_CELL_RE.match(nfkc_compact(page.text_of(cells[0]))))
    return labelled >= _MIN_LABEL_ROWS and labelled * 3 >= rows * 2


def _quoted_text(page: Page, container: Any) -> Any | None:
    """The text box around a quote whose lines won the density count, or None.

    A Markdown post may quote a long piece in one ``<blockquote>`` (hfi-muse's song post: the
    lyrics' eighty ``<br>`` lines in one quote, then the interview's headed Q&A in paragraphs and
    lists): density credits the quote's lines to it, the quote wins and the rest of the text is
    lost, as a won list's is (``_listed_text``). When the quote's parent holds only text elements
    and a paragraph beside the quote has a sentence, the parent is the text."""
    quote = container
    for _ in range(2):
        if quote.tag == "blockquote":
            break
        parent = quote.getparent()
        if (
            parent is None
            or parent not in page.stats
            or page.stats[parent].chars != page.stats[quote].chars
        ):
            return None
        quote = parent
    else:
        return None
    if quote.tag != "blockquote":
        return None
    parent = quote.getparent()
    box = _prose_box(page, parent, quote, _LISTED_PROSE_TAGS)
    if box is None and _headed_quotes(page, parent):
        return parent
    return box


#: A box of headed quotes holds at least this many (a form's items: 时间范围, 活动级别, 报名人数)
_MIN_HEADED_QUOTES = 3


def _headed_quotes(page: Page, parent: Any) -> bool:
    """True when ``parent`` is a text of items, each a heading over a quote of its value and no
    other text beside them: a Hexo notice written as ``## 时间范围`` over ``> 报名时间 `DATE``` and so
    on (ahcme, hunt199), where no line is a sentence and the first quote wins the density count.
    Three such items at least; a lone quote under a heading is a citation in a text."""
    if parent is None or parent not in page.stats or parent.tag in ("body", "html"):
        return False
    whole = page.stats[parent]
    if whole.link * 3 > whole.chars:
        return False
    quotes = 0
    prev = None
    for child in parent:
        if not isinstance(child.tag, str):
            continue  # a comment
        if child.tag not in _TEXT_FLOW_TAGS and child.tag != "h1":
            return False
        if child.tag == "blockquote":
            if prev is None or prev.tag not in _QUOTE_HEADS:
                return False
            quotes += 1
        prev = child
    return quotes >= _MIN_HEADED_QUOTES


#: The headings that head a quote of a headed-quotes text (``_headed_quotes``)
_QUOTE_HEADS = frozenset(("h2", "h3", "h4", "h5", "h6"))


#: The elements beside a won table whose sentence says the box is a text: a paragraph, a quote or
#: a list, not another table (a news list set as one table an item, rules between them, is no text)
_TABLED_PROSE_TAGS = frozenset(("p", "blockquote", "ul", "ol"))


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
    if whole.link * 10 > whole.chars or whole.chars == st.chars:
        return None
    if whole.b0 < after and not _opened_by_headline(page, parent, whole.b0, after):
        return None
    for child in parent:
        cs = page.stats.get(child) if isinstance(child.tag, str) else None
        if child is container or cs is None or not cs.chars:
            continue  # a comment, a script, an empty ad slot
        if cs.b0 >= st.b1 and cs.link == cs.chars:
            continue  # the 上一篇 / 下一篇 links under the text: body_paragraphs leaves them
        if child.tag not in _CELL_PART_TAGS or (child.tag == "div" and child.get("class")):
            return None
    return parent


def _opened_by_headline(page: Page, parent: Any, b0: int, after: int) -> bool:
    """True when the cell's lines above the text are the headline's heading and the meta line
    set loose in the cell itself (tudi.im's Hexo theme: ``<div><h1>标题</h1><span>来源：X 发布时间：
    DATE</span><h1>文件 letterhead</h1><p>…</p></div>``, a reposted document's letterhead, number
    and signature beside the ``<br>``-parted text): the cell is still the text's."""
    lines = page.blocks[b0:after]
    return (
        len(lines) >= 2
        and lines[-1].owner is parent
        and all(b.owner.tag in HEADING_TAGS for b in lines[:-1])
    )


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
    """A list item: a headline and one excerpt, the headline linked (``你可能还想看`` streams,
    sidebars) or the excerpt closed by a linked read-more mark (``[详细]``)."""
    st = page.stats[el]
    if st.chars > 1200 or st.b1 - st.b0 > 6:
        return False
    blocks = page.blocks[st.b0 : st.b1]
    heads = [b for b in blocks if b.owner.tag in ALL_HEADING_TAGS]
    if any(b.link == b.chars for b in heads):
        return True
    # a news column's item, ``<h6>TITLE</h6><p>EXCERPT…<a>[详细]</a></p>`` over its date and
    # writer: the headline is plain text and the item's one link is the mark closing the excerpt.
    # A short text beside a column of them outscored it by the excerpts' sentences (follow297)
    return bool(heads) and any(_read_more_end(b) for b in blocks)


#: Characters of a read-more mark's link (``[详细]``, ``详情>>``)
_MAX_MORE_MARK = 6


def _read_more_end(b: Block) -> bool:
    """True when block ``b`` is an excerpt closed by a linked read-more mark and linked nowhere else."""
    return (
        0 < b.link <= _MAX_MORE_MARK < b.chars
        and b.text[-1:] in "]】>"
        and BOILERPLATE_TEASER.search(nfkc_compact(b.text)) is not None
    )


def _toc_heading(page: Page, b: Block) -> bool:
    """A 目录 line over entries that link to places on this page: a table of contents written
    into the text (LABELLING.md corpus28), navigation like its entries, which ``_nav_like`` cuts."""
    if b.chars > 6 or b.text.strip() not in TOC_HEADINGS or b.idx + 1 >= len(page.blocks):
        return False
    nxt = page.blocks[b.idx + 1]
    return bool(nxt.chars) and nxt.link == nxt.chars and _in_page_anchor_only(nxt.owner)


# What a post's prev/next row shows where there is no post on that side (motss.cc's Hugo theme:
# ``← <a>PREVIOUS TITLE</a> 没有更多了 →``): the placeholder stands in for the missing link, so
# the row holds one link where a full row holds two
_NO_MORE_POST = ("没有更多了", "沒有更多了", "没有更多", "沒有更多", "没有了", "沒有了")
_NO_MORE_POST_RE = re.compile("|".join(_NO_MORE_POST))
# the arrows a prev/next row points with
_POST_NAV_ARROWS_RE = re.compile(r"[←→«»‹›]")
#: A prev/next row is this long at most (two arrows, the placeholder and one post's title)
_POST_NAV_CHARS = 120


def _no_more_nav_row(b: Block) -> bool:
    """True when ``b`` is a post's prev/next row with one side's placeholder: arrows, the
    ``没有更多了`` placeholder and the other side's linked title, nothing else."""
    if not b.link or b.chars > _POST_NAV_CHARS or "没" not in b.text and "沒" not in b.text:
        return False
    if _NO_MORE_POST_RE.search(b.text) is None or _POST_NAV_ARROWS_RE.search(b.text) is None:
        return False
    rest = _POST_NAV_ARROWS_RE.sub("", _NO_MORE_POST_RE.sub("", b.text))
    return len("".join(rest.split())) == b.link  # every other word is the link's


def _nav_like(page: Page, b: Block, container: Any) -> bool:
    """Pager, share bar, related-links list nested in the body container."""
    if _no_more_nav_row(b):
        return True
    if (
        b.link * 2 > b.chars
        and b.text.lstrip("【[").startswith(_NAV_START)
        and not _in_page_anchor_only(b.owner)
    ):
        return True
    if b.link < b.chars and b.text[:1] in "hHwW" and _address_led_line(b):
        return False
    el = b.owner
    while el is not None and el is not container:
        st = page.stats.get(el)
        if st is not None and st.links >= 2 and st.chars and st.link / st.chars > 0.5:
            if _list_between_paragraphs(page, el, container):
                return False
            if _attachment_list(page, el):
                # a list the line above labels 附件 (a reposted notice's ``…。附件`` over its
                # four linked attachment names, the signature and date run into the last item):
                # the notice's own attachment lines
                return False
            if (
                _CITATION_RE.match(b.text)
                or b.link == b.chars
                or (b.link == 0 and b.chars <= _LIST_HEADING_CHARS)
            ) and _citation_list(page, el):
                # a numbered reference list closing the text (``[1] Reuters. Title. <a>URL</a>``
                # a line, under its own heading: 冰灵制作组's 文案引用与视频素材来源): the text's
                # references, kept as a 参考资料 list is (LABELLING.md), though its URLs are links;
                # its heading and its address lines with it (a 数据来源 list, each address a line)
                return False
            if _written_out_addresses(el) and not _friend_links_box(el):
                # a list whose links show the web addresses themselves (ALC Beijing's closing
                # 相关链接: ``CHAOSS 中所列的开源贡献类型： <a>https://chaoss…</a>`` a line;
                # 约克华人网's ``…推荐两个：`` over two addresses): the text naming where to go,
                # read as written; a menu's or a related list's links show titles
                return False
            if _file_links_only(el):
                # a box of file downloads inside the text (pjhospital-notice-1731's 附件下载
                # fieldset between the last paragraph and the signature): its links are the
                # notice's attachment lines, its label (the legend) a widget's
                return b.link == 0
            return not _mail_links_only(el)
        el = el.getparent()
    return False


#: A site's links box of partner sites (友情链接, 友情連結, 友链): its addresses are a menu of other
#: sites, cut even where each link shows its address (follow228's neighbour)
_FRIEND_LINKS_RE = re.compile(r"友情(?:链接|鏈接|連結)|友链|友鏈")


def _friend_links_box(el: Any) -> bool:
    """True when ``el`` or the element just before it names a partner-links box (友情链接)."""
    prev = el.getprevious()
    text = "".join(el.itertext()) + ("".join(prev.itertext()) if prev is not None else "")
    return _FRIEND_LINKS_RE.search(text) is not None


def _written_out_addresses(el: Any) -> bool:
    """True when every link in ``el`` shows a web address written out as its whole text."""
    anchors = list(el.iter("a"))
    return bool(anchors) and all(
        WEB_ADDRESS_RE.fullmatch("".join(a.itertext()).strip()) for a in anchors
    )


#: Unlinked characters after a written-out address that make its line a line of the text
_ADDRESS_LINE_WORDS = 6


def _address_led_line(b: Block) -> bool:
    """True when ``b`` opens with a web address written out as its link and goes on in words of
    its own (devopschina's minutes: ``<li><a>https://gitlab.com/x/</a> 2019年主要使用代码库，半
    私有。</li>`` among three such items, hunt233): a line of the text saying what the address
    is, no menu's link, however many such lines stand together."""
    m = WEB_ADDRESS_RE.match(b.text)
    return m is not None and len(m.group()) == b.link and b.chars - b.link >= _ADDRESS_LINE_WORDS


# A reference entry's number opening its line: ``[1]``, ``［12］``
_CITATION_RE = re.compile(r"\s*[\[［]\d{1,3}[\]］]")
# unlinked characters past the number an entry needs: the cited work's source or title written
# out (a pager's ``[1] [2]`` or a footnote's back-link arrow has none)
_CITATION_WORDS = 8


# A footnote's entry as a wiki-style theme prints it (bingling's 注释: ``[1] ↑ <a>title</a>``, the
# number and the arrow links back to the text, the title the link out): the arrow marks it a
# footnote, so its words may be a link; a pager's ``[1] [2]`` has no arrow
_FOOTNOTE_ENTRY_RE = re.compile(r"\s*[\[［]\d{1,3}[\]］]\s*↑\s*")
# a reference list's own heading on its first line (``数据来源``, ``徽章来源``): short, unlinked, kept;
# a longer unlinked first line is the theme's note on reading the list (the arrows' use): cut
_LIST_HEADING_CHARS = 8


def _footnote_entries(text: str) -> int:
    """How many footnote entries (``[n] ↑ title``) line ``text`` holds, all of it entries; else 0."""
    parts = _FOOTNOTE_ENTRY_RE.split(text)
    if len(parts) < 2 or parts[0].strip():
        return 0
    return len(parts) - 1 if all(len(p.strip()) >= 2 for p in parts[1:]) else 0


def _citation_list(page: Page, el: Any) -> bool:
    """True when ``el``'s lines are two numbered reference entries or more and nothing else: each
    ``[n]`` then the cited work in words, its address the link, or the address on the entry's
    next line (a 数据来源 list: ``[1] Wikipedia. Title`` / ``<a>https://…</a>``), maybe under a
    short heading line; or footnote entries (``[n] ↑ title``), several on one line."""
    st = page.stats.get(el)
    if st is None:
        return False
    entries, after_entry = 0, False
    for i, b in enumerate(b for b in page.blocks[st.b0 : st.b1] if b.chars):
        if (m := _CITATION_RE.match(b.text)) is not None:
            if b.chars - b.link - len(m.group().strip()) >= _CITATION_WORDS:
                entries, after_entry = entries + 1, True
                continue
            if n := _footnote_entries(b.text):
                entries, after_entry = entries + n, False
                continue
            return False
        if after_entry and b.link == b.chars and WEB_ADDRESS_RE.fullmatch(b.text.strip()):
            after_entry = False  # the entry's address, a line of its own
            continue
        if i == 0 and b.link == 0:
            continue  # the list's heading, or the theme's note on reading it (``点击上箭头字符可返回原位置…``)
        return False
    return entries >= 2


#: Unlinked characters a line needs to be a paragraph of the text around a list
_PARAGRAPH_CHARS = 20


def _list_between_paragraphs(page: Page, el: Any, container: Any) -> bool:
    """True when ``el`` is a list set in the text's own box between its paragraphs: text above
    it and a sentence below it (chengdujs's posts: a ``涉及相关技术`` heading over a list of linked
    tools, then ``再次感谢大家的支持。``). Its items are the text's even when each is a link; a list
    under the text (related posts, tags) has no sentence after it, or a related list's header
    (相关文章) over it (follow154)."""
    if el.tag == "li":  # an item of two links (``<li><a>X</a>，另外推荐 <a>Y</a></li>``)
        el = el.getparent()
    if el is None or el.tag not in ("ul", "ol") or el.getparent() is not container:
        return False
    cst, st = page.stats.get(container), page.stats.get(el)
    if cst is None or st is None or st.b0 == cst.b0:
        return False
    if all((a.get("href") or "").startswith("#") for a in el.iter("a")):
        return False  # a table of contents (links to places on this page): navigation
    above = page.blocks[st.b0 - 1]
    if RELATED_HEADER.match(above.text.strip()) or _NAV_HEADING_RE.match(above.text.strip()):
        return False
    if not any(b.chars - b.link >= _PARAGRAPH_CHARS for b in page.blocks[cst.b0 : st.b0]):
        return False
    return any(
        b.chars - b.link >= _PARAGRAPH_CHARS
        or (b.link == 0 and SENTENCE_END.search(b.text[-1:] or " ") is not None)
        for b in page.blocks[st.b1 : cst.b1]
    )


# A related list's heading in the text's box (``相关文章``, ``延伸阅读``, ``Related posts``)
_NAV_HEADING_RE = re.compile(
    r"^[【\[]?(?:相关|相關|延伸|推荐|推薦|扩展|擴展)(?:文章|阅读|閱讀|新闻|新聞|链接|鏈接|连结|連結|内容|內容)"
    r"|(?i:related|see also|further reading|read more|you may also like)"
)


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
    above = paras[k - 1].text.rstrip()
    if "附件" in above[-12:] and _OWN_LIST_LEAD_RE.search(above):
        return paras  # the line above labels them the text's attachments (``…。附件``): a header
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


def _gutter_line(b: Block, seen: dict[Any, bool]) -> bool:
    """True when the number ``b`` is a line of a code listing's gutter: a table cell holding only
    the run of line numbers (1 2 3 …) beside a cell holding the code's ``<pre>`` (Hexo's
    highlight tables: ``<td class=gutter><pre>1<br>2…</pre></td><td class=code>``). A reader
    reads the numbers as the listing's margin, no text (hunt198's iSEAL write-up). ``seen``:
    the verdict per cell, each gutter read once."""
    cell = b.owner
    for _ in range(4):
        if cell is None or cell.tag in ("td", "th"):
            break
        cell = cell.getparent()
    if cell is None or cell.tag not in ("td", "th"):
        return False
    if cell not in seen:
        nums = " ".join(cell.itertext()).split()  # one number a line, each its own text
        run = (
            all(n.isdigit() for n in nums)
            and [int(n) for n in nums] == list(range(int(nums[0]), int(nums[0]) + len(nums)))
            if nums
            else False
        )
        row = cell.getparent()
        seen[cell] = (
            bool(run)
            and row is not None
            and any(td is not cell and td.find(".//pre") is not None for td in row)
        )
    return seen[cell]


# The label closing the line above a list that makes the list the text's own: its attachments
# (``…mysgyq2021@163.com。附件``, ``附件：``), its references (``参考:``, ``参考资料：``), or the
# text's sentence introducing it (``本文件档主要包含以下内容：`` over three links to its own
# sections: the lead's session-33 answer, growinware-2018-05-12-pingtai-weihu)
_OWN_LIST_LEAD_RE = re.compile(
    r"(?:^|[。；;：:\s])(?:(?:相关|相關)?附件(?:下载|下載)?\s*[:：]?"
    r"|参考(?:资料|資料|文献|文獻|链接|鏈接)?\s*[:：])\s*$"
    r"|(?:以下|如下)[^。！？!?：:]{0,8}[:：]\s*$"
)


def _attachment_list(page: Page, el: Any) -> bool:
    """True when ``el`` is a list (or a part of its item) right under a line that ends with the
    label 附件 or 参考: (the text's attachment names or references, linked or not), or a box (a
    blockquote) holding such a label line alone over its list."""
    box = el
    for _ in range(3):  # an item's ``<p>`` or ``<li>`` up to its list
        if el is None or el.tag in ("ul", "ol"):
            break
        el = el.getparent()
    if el is not None and el.tag in ("ul", "ol"):
        st = page.stats.get(el)
        if st is None or st.b0 == 0:
            return False
        above = page.blocks[st.b0 - 1].text.rstrip()
    else:
        st = page.stats.get(box)
        if (
            st is None
            or st.b1 - st.b0 < 2
            or box.find(".//ol") is None
            and box.find(".//ul") is None
        ):
            return False
        above = page.blocks[st.b0].text.strip()  # the box's own label line
        if len(above) > 8:
            return False
    tail = above[-12:]
    return ("附件" in tail or "参考" in tail or "下" in tail) and bool(
        _OWN_LIST_LEAD_RE.search(above)
    )


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
