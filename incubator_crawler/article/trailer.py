"""The trailer: labelled lines right after the body and those ending it (``责任编辑：龙慧``)."""

from __future__ import annotations

import re

from .counters import COMMENT_WORDS
from .date_lines import _in_code_listing
from .gate import gated
from .label_cells import CELL_WORD_RE, LABEL_CELL_TAGS, _label_cells
from .labels import (
    CLOSERS,
    DATE_RE,
    INFRINGEMENT,
    LABEL_RE,
    LABELS,
    REPRINT_CREDIT,
    REPRINT_LINK,
    add_names,
    alternation,
    as_of_date,
    nfkc_with_map,
    posted_on,
    run_in_credit,
    run_in_credit_start,
    split_labelled_line,
    titled_text_line,
    without_controls,
)
from .meta_line import DATE_CELL_WORD_RE, META_KEYS, _event_date, reply_head
from .page import (
    ALL_HEADING_TAGS,
    Block,
    Page,
    node_text,
)
from .text import HAN_RE, nfkc

# blocks after the body read as its trailer (sspai's 本文责编 sits 13 blocks after the text,
# below share buttons and tags; prose ends the trailer anyway)
TRAILER_SPAN = 16

# A line that starts with an editor or source label (its value may be a link to a profile).
_PEOPLE_LABEL_LEAD_RE = re.compile(
    rf"^(?:{alternation(LABELS['editor'] + LABELS['source'])})\s*[:|]"
)

# A line that starts with a writer's label (``作者：X DATE``)
_AUTHOR_LABEL_LEAD_RE = re.compile(rf"^(?:{alternation(LABELS['author'])})\s*:")

_TRAILER_MAX_CHARS = 120
# bracketed buttons opening a line (``【纠错】``, ``[打印]``) before its labelled credit
_LEAD_BUTTONS_RE = re.compile(r"^(?:\s*[【\[][^【】\[\]]{1,8}[】\]])+\s*")

# Headings of what follows an article: comments, related and previous/next articles, and the
# boxes of similar items a case or product page shows under the text (zzkxqj.com's 相似推荐 box
# of dated news rows under a case: a row's date is not the case's)
_SECTION_AFTER_RE = re.compile(
    r"^(?:网友评论|網友評論|评论|評論|最新评论|热门评论|发表评论|相关(?:新闻|阅读|文章|链接|推荐|报道)|相關"
    r"|推荐阅读|推薦閱讀|热门|熱門|延伸阅读|延伸閱讀|猜你喜欢|上一篇|下一篇|上一条|下一条"
    # a box of hot posts (xinhuanet's ``热帖`` over dated headlines, distract119)
    r"|热帖|熱帖"
    r"|相似(?:推荐|推薦|文章|案例|内容|內容)|为您推荐|為您推薦|为你推荐|為你推薦)"
)


def section_after_text(text: str) -> bool:
    """True for a heading of what follows an article (相关文章, 网友评论, 上一篇): the lines under it
    are other items' (their dates and bylines are not the article's)."""
    return _SECTION_AFTER_RE.match(nfkc(text).strip()) is not None


def item_heading(b: Block) -> bool:
    """True for another item's headline under the text: a heading element holding no label (a
    related list's card, ``<h6>TITLE</h6><p>excerpt</p><span>DATE 作者：X 来源：Y</span>``, shown
    with no 相关文章 over it): the credit and date lines under it are that item's (distract119;
    a ``<h5>责任编辑：X</h5>`` is a credit line, no headline)."""
    return (
        b.owner.tag in ALL_HEADING_TAGS
        and b.chars >= 6
        and LABEL_RE.match(nfkc(b.text).lstrip("【[(（ ")) is None
    )


# A Chinese headline's length in a link's text: a name (周明远) or a button (【纠错】) is shorter
_HEADLINE_LINK_CJK = 6


def post_row(page: Page, b: Block) -> bool:
    """True for a line under the text that opens with another post's headline as a link and
    carries that post's credit or date: a related or hot box's row (``<li><a>标题</a><span>稿源：X
    </span><span>DATE</span></li>``) or its headline line right over a ``来源：X`` / DATE line, under
    any box heading or none (source189's distractors: 相关新闻, 最新文章, 推荐文章, 热点推荐 alike).
    Its credits and date are that post's, as under a heading (``item_heading``). A headline link
    with no credit beside or under it (a Hexo 上一篇 / 下一篇 pair) leaves the lines below it be."""
    el = b.owner
    if len(el) == 0 or el[0].tag != "a" or (el.text or "").strip():
        return False
    text = nfkc(node_text(el[0])).strip()
    if (
        len(HAN_RE.findall(text)) < _HEADLINE_LINK_CJK
        or LABEL_RE.match(text.lstrip("【[(（ ")) is not None
        # a tag link with its own label word (chemuasso's ``Auth:一坨过氧化氢`` credits a writer)
        or _LINK_LABEL_RE.match(text) is not None
    ):
        return False
    rest = nfkc(b.text)[len(nfkc(node_text(el[0]))) :]
    if LABEL_RE.search(rest) or DATE_RE.search(rest):
        return True
    nxt = page.blocks[b.idx + 1] if b.idx + 1 < len(page.blocks) else None
    if nxt is None or nxt.chars > 40:
        return False
    return bool(LABEL_RE.match(nfkc(nxt.text).lstrip("【[(（ ")) or DATE_RE.search(nxt.text))


# A word and a colon opening a link's text: a labelled tag or credit (``Auth:X``, ``作者：X``)
_LINK_LABEL_RE = re.compile(r"^[A-Za-z\u4e00-\u9fff]{1,8}\s*:")


# A reader's message's time under the text (nfra's 政务咨询 box: a question, then
# ``留言时间：2025-04-27``; a comment's ``评论时间：``): the date labels when a reader wrote, not
# when the page was published (distract135)
_MESSAGE_TIME_RE = re.compile(
    rf"(?:留言|提问|提問|咨询|諮詢|回帖|{'|'.join(COMMENT_WORDS)})\s*(?:时间|時間|日期)\s*:"
)


def blocks_under_text(page: Page, last: int, span: int) -> list[Block]:
    """The blocks right under the text's last paragraph (block ``last``), at most ``span`` of them,
    down to the heading of what follows the article (``section_after_text``), which is left out."""
    under = page.blocks[last + 1 : last + 1 + span]
    cut = next(
        (
            i
            for i, b in enumerate(under)
            if section_after_text(b.text) or item_heading(b) or post_row(page, b)
        ),
        None,
    )
    return under[:cut]


_COPYRIGHT_NOTICE_RE = re.compile(
    # a quote may stand between 注明 and the label (ydl.com: ``凡注明”来源：XXX“的作品，均转载自…``)
    # and a colon before the quote, the article's 文章 / 稿件 before the label (nfra's notice:
    # ``转载使用时必须注明：“文章来源：国家金融监督管理总局网站”``, distract119)
    r"注明[:：]?[\"'“”「」‘’]?(?:文章|稿件)?(?:出处|來源|来源|出處)|未经.{0,8}授权"
    # the owner a notice names (``其版权属于X所有``, ``版权归X所有``)
    r"|版权归|版權歸|版权属于|版權屬於|均转载自|均轉載自"
    # a takedown notice (``网站部分图文来源于网络，如有侵权请联系删除``): the 来源 before it is
    # the notice's, no publisher of the page
    rf"|(?:如有|若有)(?:{INFRINGEMENT})|(?:{INFRINGEMENT})[请請]"
    # a disclaimer that the site's content comes from the web, a clause after it (fangtan007.com's
    # ``房产信息皆来源于互联网，本站不对信息内容的真实可靠性作任何保证…``): the web is no publisher, and
    # the glued 来源于 must not take the rest of the sentence as one (audit108)
    r"|(?P<web>(?:来源于|來源於|来自|來自|源于|源於)\s*(?:互联网|互聯網|網際網路|网络|網絡|網路)\s*[，,；;])"
)
_COPYRIGHT_NOTICE_RE = gated(_COPYRIGHT_NOTICE_RE)  # searched from a first character it needs

# The notice's own clause before it: where its pictures came from (ferrosilicon.cn's footer
# ``声明：本网站部分图片来源于网络，产品以实物为准，如有侵权请联系我们删除``), no 来源 of the page;
# the clause runs from the last blank, colon or sentence end (NFKC text)
_NOTICE_CLAUSE_RE = re.compile(
    r"[^\s:;。！？!?]*(?:来源于|來源於|来自|來自|源于|源於)\s*(?:互联网|網際網路|网络|網絡|網路)[^\s:;。！？!?]*$"
)


# The words of a clause closing a line, back to a blank, colon or sentence end (NFKC text)
_CLAUSE_LEAD_RE = re.compile(r"[^\s:;。！？!?]*$")


# A reprint credit as a sentence of its own (wufazhuce: ``本文经授权转载自做書。``): the outlet it
# was taken from is the source; the whole line must be the credit, so prose never matches
_REPRINT_LINE_RE = re.compile(
    rf"^{REPRINT_CREDIT}\s*"
    r"(?P<src>[^\s，,。；;:：]{2,20}?)\s*" + REPRINT_LINK + r"[。.]?$"
)


# ``本文由「工商時報」授權轉載``: the outlet that granted the reprint, between 由 and 授权转载; the head
# picture's credit may follow after a semicolon in the same bracket (technews.tw: ``（本文由
# MoneyDJ新聞 授權轉載；首圖來源：Flickr/Kārlis Dambrāns CC BY 2.0）``)
_GRANTED_LINE_RE = re.compile(
    r"^本文由\s*[「“\"《]?(?P<src>[^\s，,。；;:：「」“”\"《》]{2,20}?)[」”\"》]?\s*"
    r"(?:授权|授權)(?:转载|轉載)\s*"
    r"(?:[;；]\s*(?:首图|首圖|封面图|封面圖|图片|圖片|配图|配圖)(?:来源|來源)\s*[:：][^;；]{1,80}?)?[。.]?$"
)


def _granted_line(text: str) -> re.Match[str] | None:
    """The match of a granted reprint's line (``本文由 X 授權轉載``, bracketed or not), else None."""
    if "轉" not in text and "转" not in text:
        return None
    return _GRANTED_LINE_RE.match(nfkc(text).strip("【】[]()（） "))


def _reprint_source(text: str) -> str | None:
    """The outlet a reprint credit with no colon names, the line whole or run into its end after
    the last sentence (misses49: ``…。本文转载自科技日报``), in the page's own characters."""
    norm = nfkc(text).strip("【】[]()（） ")
    if not (r := _REPRINT_LINE_RE.match(norm) or _GRANTED_LINE_RE.match(norm)):
        start = run_in_credit_start(norm)
        run = norm[start:].strip("【】[]()（） ") if start is not None else ""
        if not (r := _REPRINT_LINE_RE.match(run)):
            return None
    return _original(text, r["src"])


def _original(text: str, part: str) -> str:
    """``part`` of NFKC-normalised ``text`` in the page's own characters."""
    full, omap = nfkc_with_map(text)
    at = full.find(part)
    return text[omap[at] : omap[at + len(part)]] if at >= 0 else part


def strip_credit_brackets(value: str) -> str:
    """``value`` without the brackets around a credit line (``【编辑:田博群】``, ``(来源：X)``), but
    with a closer whose opener the value holds: its own (``来源：力扣（LeetCode）``)."""
    value = value.lstrip(" 【】[]()（）")
    end = len(value)
    while end and value[end - 1] in " 【】[]()（）":
        ch = value[end - 1]
        opener = CLOSERS.get(ch)
        if opener and value.count(opener, 0, end) >= value.count(ch, 0, end):
            break  # the value's own bracket closes here
        end -= 1
    return value[:end]


# A publish label with no colon before a trailer line's date, bracketed or followed by a blank
# (the line's opening 【 is stripped before it is read)
_PUBLISH_LABEL_LEAD_RE = re.compile(
    r"[【\[(（]?\s*(?:发布|發布|發佈|发表|發表)(?:时间|日期|時間|日期)\s*(?:[】\])）]\s*|\s+)"
)


def _date_label_cell_before(page: Page, b: Block) -> str | None:
    """The publish label of the cell right before block ``b``'s element (``<dt>发布日期</dt>``,
    ``<th>时间</th>``, ``<span>发布日期：</span>``), when that cell holds the label alone."""
    if b.idx == 0:
        return None
    prev = page.blocks[b.idx - 1]
    if prev.chars > 8 or prev.owner.getnext() is not b.owner:
        return None
    word = nfkc(prev.text).strip().rstrip(":：").strip()
    return word if DATE_CELL_WORD_RE.match(word) else None


# A list of several people's names a credit gives, spaced apart (``文案：王安歌Rex 纪无非Erica``,
# ``Keeney Cici Eleanore``): each a Chinese name, with an English one glued after it or not, or an
# English one alone
_NAME_LIST_RE = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,4}[A-Za-z]{0,12}|[A-Z][a-z]{1,12})"
    r"(?:\s+(?:[\u4e00-\u9fff·]{2,4}[A-Za-z]{0,12}|[A-Z][a-z]{1,12})){1,5}$"
)


def _names_continued(page: Page, b: Block, value: str, skip: set[int]) -> str | None:
    """The names on the line under a credit whose names fill its line, when that line holds
    only names too: the list goes on there (EIC's closing WeChat credits ``文案：A B`` over a
    line ``C D E``, the lead's hunt199 answer: the same credit). A line of one name, or of
    words other than names, is the next item, not the list's rest."""
    if not _NAME_LIST_RE.match(nfkc(value).strip()) or b.idx + 1 >= len(page.blocks):
        return None
    nxt = page.blocks[b.idx + 1]
    text = nfkc(nxt.text).strip()
    if nxt.idx in skip or nxt.link or LABEL_RE.search(text) or not _NAME_LIST_RE.match(text):
        return None
    return text


# Names parted by slashes on a line of their own (``Emma Wang / Eleanore Yang``): each a Chinese
# name (an English one glued after it or not) or an English given name and surname (one Latin
# word alone may be a button: no name)
_SLASHED_NAMES_RE = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,4}[A-Za-z]{0,12}|[A-Z][a-z]{1,12} [A-Z][a-z]{1,12})"
    r"(?:\s*/\s*(?:[\u4e00-\u9fff·]{2,4}[A-Za-z]{0,12}|[A-Z][a-z]{1,12} [A-Z][a-z]{1,12})){0,5}$"
)


def _names_under_empty_slot(page: Page, b: Block, skip: set[int]) -> str | None:
    """The names on the line under a writer's credit label left alone on its line, when that
    line holds only names: EIC's closing WeChat credits printed as ``文案：`` over ``Emma Wang /
    Eleanore Yang`` (a Markdown code line), the slot's value on the next line as a meta row's
    ``编辑：`` over ``张三`` is (follow241). Several names, slash-parted, one credit."""
    if b.idx + 1 >= len(page.blocks):
        return None
    nxt = page.blocks[b.idx + 1]
    text = nfkc(nxt.text).strip()
    if nxt.idx in skip or nxt.link or nxt.chars > 60 or LABEL_RE.search(text):
        return None
    if _SLASHED_NAMES_RE.match(text) or _NAME_LIST_RE.match(text):
        return "、".join(x.strip() for x in re.split(r"\s*/\s*", text))
    return None


def credit_line(b: Block) -> bool:
    """True for a short line opening with a label (``编辑：X``, ``【责任编辑：X】``, ``来源|Z``):
    a credit line among the text's closing lines."""
    return b.chars <= 40 and LABEL_RE.match(nfkc(b.text).lstrip("【[(（ ")) is not None


def trailer_fields(page: Page, paras: list[Block], skip: set[int]) -> dict[str, str]:
    """Fields of the labelled lines right after the body and of those ending it.

    The trailer of TRS and government pages (``发布日期：2019-03-06`` / ``责任编辑：龙慧`` /
    ``(责编：郝帅、杨迪)``). Only labelled values count, a bare date only on a line of its own.
    """
    out: dict[str, str] = {}
    last = paras[-1].idx
    # inside the body: short lines that start with a label (澎湃号 ``编辑|X`` / ``责编|Y`` /
    # ``来源|Z`` before a WeChat footer); the last three paragraphs may be any labelled line
    tail = [
        b
        for i, b in enumerate(paras[-15:], start=-len(paras[-15:]))
        if b.chars <= _TRAILER_MAX_CHARS
        and (
            i >= -3
            or credit_line(b)
            # a reprint credit above a 延伸閱讀 list the body keeps (dmsscrape-wealth-58979cfd)
            or (b.chars <= 40 and ("轉" in b.text or "转" in b.text) and _reprint_source(b.text))
        )
    ]
    # labelled lines the body cleaner left out, among its last paragraphs (sspai's
    # ``本文责编：@X`` above two promotion lines)
    in_body = {b.idx for b in tail}
    tail += [
        b
        for b in page.blocks[paras[-15:][0].idx : last]
        if b.idx not in in_body and b.idx not in skip
        and (
            credit_line(b)
            # a granted reprint's notice the body cleaner left out (technews.tw)
            or _granted_line(b.text)
        )
    ]  # fmt: skip
    tail += [b for b in page.blocks[last + 1 : last + 1 + TRAILER_SPAN] if b.idx not in skip]
    far_from = last + 1 + TRAILER_SPAN
    card = False  # under another item's headline (``item_heading``)
    linked_card = False  # ... and that headline links to the item's own page
    for b in tail:
        if b.chars > _TRAILER_MAX_CHARS:
            if b.idx > last:
                break  # prose again: a related article or a comment, not the trailer
            continue
        if _in_code_listing(b.owner):
            continue  # a program's printed output or header comment, no credit of the page
        if granted := _granted_line(b.text):
            # a granted reprint whose bracket goes on with the head picture's credit (technews.tw:
            # ``（本文由 MoneyDJ新聞 授權轉載；首圖來源：Flickr/…）``, a sentence's stop in it): the
            # picture's 來源 label names no source of the text; the outlet that granted it does
            out.setdefault("source", _original(b.text, granted["src"]))
            continue
        if (
            b.idx < last
            and _SENTENCE_END_RE.search(b.text)
            and not LABEL_RE.match(nfkc(b.text).lstrip("【[(（ "))
            and not _bracketed_run_in(nfkc(b.text))
        ):
            # a sentence with a label after it above the last paragraph: a caption's picture
            # credit (``图为园区一角。来源：视觉中国``) or prose, no credit of the page; a credit in
            # brackets closing a paragraph is one (cna: ``…。（編輯：X）``)
            continue
        if b.idx > last and (item_heading(b) or post_row(page, b)):
            # another item's headline: the labelled lines under it are its credits; a 责任编辑
            # line closing the page below the item is looked for as below a related list's
            # heading (``_far_editor``). A headline linking to the item's page (a related card's
            # ``<h3><a>TITLE</a></h3>`` over its excerpt and ``2018-04-14``) makes the dates
            # under it that item's too, box heading or not (LABELLING.md session 28); a heading
            # with no link (a subheading of the text, 结语, 案例详情) leaves a closing date line
            # the page's
            if not card:
                far_from = b.idx + 1
            card = True
            linked_card = linked_card or b.link * 2 > b.chars
            continue
        if b.idx > last and (section_after_text(b.text) or reply_head(page, b)):
            # comments, related or previous/next articles: their dates are not ours; a 责任编辑
            # line may still close the page below a related list (TRS: ``[ 责任编辑：X ]``)
            far_from = b.idx + 1
            break
        norm = nfkc(b.text).strip("【】[]()（） ")
        line = b.text
        notice = _COPYRIGHT_NOTICE_RE.search(norm) if norm else None
        if notice:
            # ``如若转载，请注明出处：URL`` asks for a credit; it names no source. Credits may
            # stand before such a notice (jfdaily: ``栏目主编：X 文字编辑：Y 未经正式授权严禁转载``)
            line = norm = norm[: notice.start()].strip()
            if notice["web"]:
                # the disclaimer's own clause before its 来源于 goes with it (``部分图片``)
                line = norm = _CLAUSE_LEAD_RE.sub("", norm).strip()
            elif clause := _NOTICE_CLAUSE_RE.search(norm):
                line = norm = norm[: clause.start()].strip()
            if not LABEL_RE.search(norm):
                continue
        if not norm:
            continue
        if (
            b.link * 2 > b.chars
            and not _PEOPLE_LABEL_LEAD_RE.match(norm)
            and not _PEOPLE_LABEL_LEAD_RE.match(_LEAD_BUTTONS_RE.sub("", nfkc(b.text)))
            and not _linked_date_credit(b, norm)
        ):
            # a link list; but ``本文责编：<a>@waychane</a>`` links only the name, and xinhua's
            # ``<a>【纠错】</a> 责任编辑：<a>李夏</a>`` a button before it
            continue
        if card and LABEL_RE.search(norm) is not None:
            continue
        if LABEL_RE.search(norm) is None:
            if ("转" in norm or "轉" in norm) and (src := _reprint_source(b.text)):
                out.setdefault("source", src)
                continue
            if linked_card:
                continue  # another item's date under its linked headline (above)
            m = DATE_RE.search(norm)
            # a bare date on a line of its own, the page's controls after it aside (举报, 分享到)
            bare = without_controls(norm, m) if m else ""
            if m and (posted := posted_on(norm)):
                # ``本文于 2021-03-12 发布在 代码 分类下`` (a Hexo theme's line under the text):
                # the page's publish date shown in a sentence (LABELLING.md session 23)
                out.setdefault("published_posted", posted)
            elif m and _PUBLISH_LABEL_LEAD_RE.fullmatch(norm[: m.start()]):
                # ``【发布时间】2024-05-20`` or ``发布时间 2024-05-20``: a publish label LABEL_RE
                # does not read (no colon), the date labelled all the same (dates80)
                out.setdefault("published", m.group(0))
            elif (
                m
                and len("".join(bare.split())) - len("".join(m.group(0).split())) <= 4
                and not as_of_date(norm, m.start())
            ):
                if word := _date_label_cell_before(page, b):
                    # ``<dt>发布日期</dt><dd>2024-06-13</dd>`` under the text: the label's cell
                    # labels the date, as ``发布日期：2024-06-13`` would (robust113)
                    out.setdefault("published", f"{word}：{m.group(0)}")
                else:
                    out.setdefault("published_bare", m.group(0))
            elif "刊" in norm and (printed := _PRINTED_IN_RE.match(norm)):
                out.setdefault("published_bare", printed["year"])
            continue
        if b.idx <= last and reply_head(page, b):
            # a reader's reply the body kept its head line of (a 天涯 reply's ``作者：X 时间：DATE``
            # over its floor's controls, set under the text): the replier's name and time, as
            # under the text (distractors, people182)
            continue
        fields = split_labelled_line(line)
        if "published" in fields and b.idx > last and _MESSAGE_TIME_RE.search(norm):
            fields.pop("published")  # a reader's message's time (``留言时间：DATE``)
        if "published" in fields and b.idx < last and _event_date(page, fields, b.idx + 1):
            # an event's 时间 line in the text (a meeting notice's ``时间：2017年4月24日（周一）
            # 全天`` over ``地点：…``): the event's day, not the page's
            fields.pop("published")
        for key, value in fields.items():
            value = strip_credit_brackets(value)  # a bracketed line: 【编辑:田博群】
            if key == "author" and not value and "author" not in out:
                value = _names_under_empty_slot(page, b, skip) or ""
            if key not in META_KEYS or not value:
                continue
            if key == "author" and titled_text_line(line):
                continue  # ``文字：社区读书会的故事`` opening a short text: a title's phrase
            if key == "editor" and spoken_aside(value):
                continue  # ``小编：等等，…你是不是买了一辆假的电动车？？``: 小编 speaks, no credit
            if key == "published" and "published" not in out:
                out["dateline"] = b.text  # names beside a trailer's date (``posted @ DATE X``)
            if key not in out:
                out[key] = value
                if key == "author" and (more := _names_continued(page, b, value, skip)):
                    out[key] = f"{value} {more}"
            elif key == "editor":
                out[key] = add_names(out[key], value)  # 编辑|X then 责编|Y: both edited it
    last_text = paras[-1].text
    if paras[-1].chars > _TRAILER_MAX_CHARS and (run_in := run_in_credit(last_text)) is not None:
        # a 来源 or 编辑 credit run into the end of a long last paragraph (LABELLING.md: ``…看过
        # 人妖表演吗？来源：吱咕爱游``); the body cleaner cuts it off the paragraph
        # (the source under a key of its own: an outlet the date line names goes first, the
        # credit may close a commentary appended to the item, hexun's ``（来源：X 评论员 Y）``)
        for key, value in split_labelled_line(last_text[run_in:]).items():
            if key in ("source", "editor") and value:
                out.setdefault("run_in_" * (key == "source") + key, strip_credit_brackets(value))
        if src := _reprint_source(last_text[run_in:]):
            out.setdefault("run_in_source", src)  # ``…。本文转载自科技日报``: no colon
    if src := _attributed_source(last_text):
        out.setdefault("run_in_source", src)
    # an editor's or a source label set apart by the markup under the text or closing it, as
    # under the title (``<dt>责任编辑</dt><dd>X</dd>``, ``<td>责任编辑：</td><td>X</td>``;
    # robust52's variants); each editor's slot names one (``编辑 X 责任编辑 Y``)
    after = [b for b in page.blocks[paras[-3:][0].idx : far_from] if b.idx not in skip]
    # a label cell and its value cell among the text's last lines, above a box the text runs on
    # into (52sask's ``<td>来源：</td><td>X</td>`` over its 真诚赞赏 donation box, as its ``来源：X``
    # line is read there; follow181)
    after[:0] = [
        page.blocks[c]
        for b in paras[-15:-3]
        if b.chars <= 8
        and b.owner.tag in LABEL_CELL_TAGS
        and any(CELL_WORD_RE[key].match(nfkc(b.text).strip()) for key in _CREDIT_KEYS)
        for c in (b.idx, b.idx + 1)
    ]
    for key in _CREDIT_KEYS:
        if key not in out and (cells := list(_label_cells(after, key))):
            out[key] = cells[0]
            for cell in cells[1 : len(cells) if key == "editor" else 1]:
                out[key] = add_names(out[key], cell)
    if "editor" not in out:
        _far_editor(page, far_from, last + 1 + 2 * TRAILER_SPAN, skip, out)
    return out


def _linked_date_credit(b: Block, norm: str) -> bool:
    """True for a writer's row whose date is its link (a Hexo theme's ``作者：X <a>DATE</a>``
    row, the date linking to the post itself, printed under the text above the site's closing
    lines: 约克华人网's ``未经授权，严禁转载！`` / 投稿 lines): the link is the date, no menu's item,
    and the row credits the writer as it does under the headline."""
    if _AUTHOR_LABEL_LEAD_RE.match(norm) is None or (m := DATE_RE.search(norm)) is None:
        return False
    return (b.link - len("".join(m.group(0).split()))) * 2 <= b.chars


# ``…。（据新华社）`` / ``（据新华社客户端报道）`` closing the text: an attribution naming one outlet
# (LABELLING.md, labelcheck4: source, as a run-in 據中國青年報…消息 gives one), by an outlet's
# ending or a Latin name (``（据统计）``, ``（据了解）`` name none); several outlets or a compilation
# (``（据新华社、央视报道）``, ``（据综合报道）``) name none, nor does a bracket inside a sentence
ATTRIBUTED_RE = re.compile(
    r"[。！？!?”」]\s*[(（]\s*(?:据|據)\s*"
    r"(?P<src>[^\s()（）、，,;；等]{1,14}?(?:社|报|報|网|網|台|客户端|客戶端|新闻|新聞|频道|頻道)"
    r"|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?)"
    r"\s*(?:报道|報道|報導|报导|消息|电|電)?\s*[)）]\s*$"
)


def _attributed_source(text: str) -> str | None:
    """The one outlet of a ``（据X）`` attribution closing the text, in the page's characters."""
    m = ATTRIBUTED_RE.search(nfkc(text))
    if m is None or m["src"].startswith(("综合", "綜合")):
        return None
    return _original(text, m["src"])


_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_CLAUSE_SEP_RE = re.compile(r"[，,]")


def spoken_aside(value: str) -> bool:
    """True when an editor label's value is a sentence, not names: the writer's aside in the
    text's flow where 小编 speaks (52sask: ``小编：等等，6X360=2160，你是不是买了一辆假的电动车？？``,
    hunt172), clauses parted by commas, one longer than any name, closed by a question's or an
    exclamation's mark. ``编辑：张三，李四`` (names parted by a comma, no stop) and ``编辑：董雨晴，
    36氪经授权发布。`` (a note after the name, a statement's stop) stay credits."""
    value = value.strip()
    if not value or value[-1] not in "！？!?":
        return False
    clauses = _CLAUSE_SEP_RE.split(value)
    return len(clauses) > 1 and any(len("".join(c.split())) > 8 for c in clauses[1:])


def _bracketed_run_in(norm: str) -> bool:
    """True when ``norm`` ends with a 来源 / 编辑 credit in brackets after its last sentence."""
    run = run_in_credit_start(norm)
    return run is not None and norm[run:].lstrip()[:1] in "(（【["


# ``刊登在 2004 华夏快递 kd040308.`` under the text: the year the issue printed it, no day shown
# (an issue code is no day); the year alone, at year precision
_PRINTED_IN_RE = re.compile(
    r"^(?:刊登在|刊登于|刊登於|刊于|刊於)\s*(?P<year>(?:19|20)\d{2})\s*年?(?:\s|$)"
)

# Far below the text a bare 编辑 may be a menu's or a form's word: only the labels that say
# "editor of this article" count there.
FAR_EDITOR_LABELS: tuple[str, ...] = tuple(
    lab for lab in LABELS["editor"] if lab not in ("编辑", "編輯")
)
_EDITOR_LEAD_RE = re.compile(rf"^(?:{alternation(FAR_EDITOR_LABELS)})\s*[:|]")
# A character every label of FAR_EDITOR_LABELS has.
_FAR_EDITOR_HINT_RE = re.compile(r"[编編稿]")
# A bare 编辑 label, and the label of an article's tag list (NFKC text).
_BARE_EDITOR_LEAD_RE = re.compile(r"^(?:编辑|編輯)\s*:\s*\S")
_BARE_EDITOR_AFTER_RE = re.compile(r"(?<=\s)(?:编辑|編輯)\s*:\s*\S")
_TAGS_LABEL_RE = re.compile(r"(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|(?i:tags?))\s*:")
# A bare 编辑 with a slash and one name, the whole line (NFKC text): a WeChat post's closing
# ``编辑/刘曦`` under its 推荐阅读 list (funhubu, audit303); a menu's 编辑 stands alone or as a link,
# a control's ``编辑/删除`` names no one (the name must be surname-led)
_SLASHED_EDITOR_RE = re.compile(r"^(?:编辑|編輯)\s*/\s*(?P<name>[\u4e00-\u9fff·]{2,4})$")

# Bracketed page controls leading a line: ``【关闭】【打印】 【纠错】``, or set apart by bars
# (``【关闭】 | 【打印】 | 【纠错】 | [责任编辑：X]``).
CONTROLS_LEAD_RE = re.compile(r"^(?:\s*[【\[][^】\]]{1,4}[】\]]\s*[|丨｜]?)+\s*")


def _slashed_editor_name(name: str) -> bool:
    """True when the name after a bare ``编辑/`` reads as a person's (surname-led)."""
    from .people.words import _surnamed  # people imports this module: read when first asked

    return _surnamed(name)


def _far_editor(page: Page, start: int, end: int, skip: set[int], out: dict[str, str]) -> None:
    """A 责编 line further below the text, past a table of contents or a tag strip (sspai's
    ``本文责编：@X`` under the digest's item list) or a related list (taiwan.cn): blocks
    ``start`` to ``end``, only through short lines, no prose between."""
    for b in page.blocks[start:end]:
        if b.chars > _TRAILER_MAX_CHARS:
            return  # prose again: another article or a comment
        if b.idx in skip or b.chars > 60 or not _FAR_EDITOR_HINT_RE.search(b.text):
            continue  # no editor label in it (checked raw: NFKC of every block costs)
        # page controls may lead the line (xinhuanet: ``【关闭】【打印】 【纠错】 [责任编辑： X ]``)
        text = CONTROLS_LEAD_RE.sub("", b.text)
        norm = nfkc(text).strip("【】[]()（） ")
        if b.idx not in skip and len(norm) <= 30 and _EDITOR_LEAD_RE.match(norm):
            value = strip_credit_brackets(split_labelled_line(text).get("editor", ""))
            if value:
                out["editor"] = value
            return
        if (
            not b.link
            and (slashed := _SLASHED_EDITOR_RE.match(norm))
            and _slashed_editor_name(slashed["name"])
        ):
            out["editor"] = slashed["name"]
            return
        # the article's tag line below a related list, its editor before the tags (chinadaily:
        # ``<span>编辑：X</span> 标签： 美国``) or after them (``标签：美国&nbsp;&nbsp;编辑：X``):
        # a menu's bare 编辑 has no tag label beside it
        if tags := _TAGS_LABEL_RE.search(norm):
            after = _BARE_EDITOR_AFTER_RE.search(norm, tags.end())
            parts = [norm[: tags.start()]] if _BARE_EDITOR_LEAD_RE.match(norm) else []
            parts += [norm[after.start() :]] if after else []
            for part in parts:
                if value := split_labelled_line(part).get("editor", "").strip():
                    out["editor"] = value
                    return
        # the whole trailer below a related list, a 来源 with the 编辑 (hkwb.net: ``[来源：
        # 中国新闻网 ] [作者：] [编辑：X]``): a menu's bare 编辑 stands with no 来源 beside it
        if "来源" in norm and LABEL_RE.match(norm):
            fields = split_labelled_line(text)
            editor, source = fields.get("editor"), fields.get("source")
            if editor and source:
                out["editor"] = editor
                out.setdefault("source", source)
                return
        # or the credits' pair opening the line, its 作者 slot maybe empty (cnhubei: ``（作者：
        # &nbsp;编辑：X）``): a menu's bare 编辑 has no 作者 label before it either
        if norm.startswith("作者") and "编辑" in norm and LABEL_RE.match(norm):
            fields = split_labelled_line(text)
            editor = strip_credit_brackets(fields.get("editor") or "")
            if editor and "author" in fields:
                out["editor"] = editor
                return


_CREDIT_KEYS = ("editor", "source")
