"""People written into the body (find_inline_people): lines opening or closing the text."""

from __future__ import annotations

import re
from functools import lru_cache

from ..labels import (
    DATE_RE,
    LABEL_RE,
    PHOTO_MARKS,
    REPORTER_ROLES,
    WRITER_LABELS,
    alternation,
    run_on_name,
    split_labelled_line,
)
from ..text import collapse_whitespace, nfkc
from ..trailer import CONTROLS_LEAD_RE, spoken_aside
from .bylines import (
    INLINE_DATELINE_NAMES,
    INLINE_FILED_FROM,
    LATIN_PERSON_NAME,
    _filed_name,
    byline_names,
    dateline_names,
)
from .closing import xun_signature_line
from .credits import (
    INLINE_EDITOR_LINE,
    SIGNATURE_LINE_RE,
    _credit_line,
    header_line,
    lead_desk,
    name_then_editor,
    signature_line,
    text_credit,
)
from .names import AUTHOR_SPLIT, clean_person
from .words import (
    _COMMON_SURNAMES,
    _ORG_END,
    _OUTLET_MARKS,
    _REPORTED,
    _TITLE_ALT,
    REPORTER_PREFIXES,
    TAIL_SOURCE_RE,
    _plain_name,
    _signs_a_person,
    _surnamed,
    _unit_word,
)

# Agencies print their name as the lead of a bracketed credit (``（新华社记者 张三）``); only the
# bracket rule reads it there, other rules read such a line as a byline with a free lead.
_AGENCY_LEADS: tuple[str, ...] = ("新华社", "中新社")

# Five Chinese characters in a row: longer than a name (one with a middle dot is split by it)
_LONG_RUN_RE = re.compile(r"[\u4e00-\u9fff]{5,}")


INLINE_REPORTER_PAREN = re.compile(
    # a compiled report's 综合 may lead (``（综合新华社记者A、B报道）``); a slash may part the title
    # from the name as a colon does (nyist.edu.cn: ``本网讯（特约记者/X）``, 文/X's mark)
    rf"[(（〔]\s*(?:综合|綜合)?(?:{alternation(REPORTER_PREFIXES + _AGENCY_LEADS)})?(?:{_TITLE_ALT})\s*[:：/／]?\s*"
    # ``〔記者巫其倫／台北報導〕``: where it was reported may follow the names, and 报道 alone
    # (``（新华社记者A、B报道）``: else the names kept the word)
    rf"(?P<name>[^()（）〔〕／/]+?)\s*(?:(?:[／/]\s*[\u4e00-\u9fff]{{0,6}})?{_REPORTED})?\s*[)）〕]"
)

INLINE_REPORTER_REPORT = re.compile(
    rf"(?:{_TITLE_ALT})\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{{2,4}}(?:[、\s]+[\u4e00-\u9fff·]{{2,4}})*"
    # or a Latin name (``记者J. Smith报道``: its letters end it, no place glued to it unseen)
    rf"|{LATIN_PERSON_NAME})\s*"
    # ``記者林宸誼／即時報導``, ``记者 X／北京报道``: a place or 即时 between name and 报道
    rf"(?:[／/]\s*[\u4e00-\u9fff]{{0,6}}?)?{_REPORTED}"
)


# ``中国法院网讯 (黄聪 苏娟)``: an outlet's 讯 dateline opening the lede, its writers in brackets
# with no role word (each name is checked to sign a person: ``人民网讯（据新华社）`` names none).
# A colon may follow the 讯 and 报道 the names (``工会网讯：（李东生 报道）``).
INLINE_XUN_NAMES = re.compile(
    # the mark may be bracketed with its full date, the outlet may lead the reporter's title and a
    # place close the names (大紀元: ``【大紀元2024年05月20日訊】（大紀元記者X台北報導）``)
    rf"^[【\[]?[\u4e00-\u9fff]{{2,12}}?(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)?[讯訊][】\]]?\s*[:：]?\s*[(（]\s*"
    rf"(?:[\u4e00-\u9fff]{{0,6}}?(?:{alternation(REPORTER_ROLES)})\s*)?"
    # the writer's unit before the name (school news: ``本网讯（机电工程学院 张明华）``): the person,
    # as LABELLING.md's corpus34 reads 宣传部辛欣 and labelcheck4 drops what stands beside a name
    rf"(?:(?P<unit>[\u4e00-\u9fff]{{1,10}}?{_ORG_END})\s+)?"
    rf"(?P<name>[\u4e00-\u9fff·]{{2,4}}(?:[、\s]+(?!{_REPORTED})[\u4e00-\u9fff·]{{2,4}}){{0,3}})"
    rf"\s*(?:(?P<place>[\u4e00-\u9fff]{{0,6}}?){_REPORTED})?\s*[)）]"
)

# ``本报讯 记者王大力 通讯员李四 近日，…``: an outlet's 讯 dateline and its titled writers with no
# bracket. Every name follows a title and the last one ends at a space or a comma, so a name
# glued to the text (``记者王大力近日``) gives none.
_ROLE_ALT = alternation(REPORTER_ROLES)
_TITLED_NAMES = rf"(?:{_ROLE_ALT})\s*[\u4e00-\u9fff·]{{2,3}}(?:、[\u4e00-\u9fff·]{{2,3}})*"
INLINE_XUN_BARE = re.compile(
    # the dateline may hold the day (``本报杭州3月5日讯``), or be a dispatch's (``新华社北京3月5日电``)
    rf"^[\u4e00-\u9fff]{{2,12}}?(?:\d{{1,2}}月\d{{1,2}}日)?(?:[讯訊]|(?<=日)[电電])\s*[:：]?\s*"
    rf"(?P<name>{_TITLED_NAMES}(?:\s*{_TITLED_NAMES})*)(?=\s|[，,。:：])"
)


INLINE_WEN_TU = re.compile(
    # a bare 文 glued to what follows is no label when it opens a word (文章目录, 文化, 文件)
    r"^\s*(?:文\s*[/／]\s*图|文\s*[/／]\s*圖|文(?![章件化字学學明本献獻物艺藝档檔稿案])|撰文)\s*[/／:：·]?\s*"
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*)"
    rf"(?=\s*(?:$|[{PHOTO_MARKS}]\s*[/／:：]|[，,。\s]))"
)
_OUTLET_MARK_LINE_RE = re.compile(rf"^[(（]\s*(?:{_OUTLET_MARKS})\s*[)）]$")

# ``文章作者：小可 大家好！…`` (NVDA中文站): a writer's label and name opening the first paragraph,
# the greeting run on after a blank with no shown break (LABELLING.md, session 33: a byline run
# into the first paragraph, author, kept in the body). The run-on is prose (a sentence mark in
# its first 40 characters) and no other label's value (``作者：X 编辑：Y`` is a meta line).
INLINE_LABELLED_RUN_IN = re.compile(
    rf"^\s*(?:文章|本文)?(?:{alternation(WRITER_LABELS)})\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{{2,4}})\s+"
    r"(?=[\u4e00-\u9fff])(?![^\s:：]{0,8}[:：])(?=[^:：]{0,40}[。！？，!?,])"
)

# `文/图` line with nothing else: the byline alone on its own paragraph.
INLINE_BYLINE_ONLY = re.compile(
    r"^\s*(?:文\s*[/／]\s*[图圖]|文|撰文)\s*[/／:：]\s*[\u4e00-\u9fff·、\s]{2,20}"
    rf"(?:\s*[{PHOTO_MARKS}]\s*[/／:：]\s*[\u4e00-\u9fff·、\s]{{2,20}})?\s*$"
)


# The blog and microblog links a portal glues after a name: ``(博客,微博)``.
_BLOG_LINKS_RE = re.compile(r"\((?:博客|微博)(?:[,、](?:博客|微博))*\)")

# An editor line below the text's first line is a short credit, not a sentence.
_OPENING_EDITOR_MAX = 30


def _head_lines(paragraphs: list[str], n: int) -> list[tuple[int, str]]:
    """(index, whitespace-collapsed line) of the first ``n`` non-empty paragraphs."""
    head: list[tuple[int, str]] = []
    for i, p in enumerate(paragraphs):
        line = collapse_whitespace(p or "")
        if line:
            head.append((i, line))
            if len(head) == n:
                break
    return head


def _end_lines(
    paragraphs: list[str], n: int, head: list[tuple[int, str]] | None = None
) -> list[tuple[int, str]]:
    """(index, whitespace-collapsed line) of the first ``n`` and the last ``n`` non-empty
    paragraphs, in order: what slicing every non-empty line ``[:n]`` / ``[-n:]`` gives, without
    collapsing the paragraphs in between (the whole body, on a long article). ``head``: the
    first ``n`` lines when the caller has them."""
    head = _head_lines(paragraphs, n) if head is None else head
    last = head[-1][0] if head else -1
    tail: list[tuple[int, str]] = []
    for i in range(len(paragraphs) - 1, last, -1):
        line = collapse_whitespace(paragraphs[i] or "")
        if line:
            tail.append((i, line))
            if len(tail) == n:
                break
    return head + tail[::-1]


def find_inline_people(paragraphs: list[str]) -> dict:
    """Find an editor line near the end and a reporter byline near the start of the body.

    The ``*_index`` keys tell the body cleaner what to cut: the lines that only credit the
    editor or the author, and the lead paragraph a desk credit is run into (``lead_desk``)."""
    # The extractor asks about a page's paragraphs (find_people), then the normalisation's
    # people step asks about the same ones again (the item's copy of the list): the last few
    # answers are kept. Each caller gets its own dict; the values are strings, ints or None.
    return dict(_remembered_inline_people(tuple(paragraphs)))


@lru_cache(maxsize=64)
def _remembered_inline_people(paragraphs: tuple[str, ...]) -> dict:
    return _find_inline_people(list(paragraphs))


def _find_inline_people(paragraphs: list[str]) -> dict:
    """``find_inline_people``, worked out."""
    lead = lead_desk(paragraphs)
    result: dict = {
        "editor": None,
        "author": None,
        "editor_line_index": None,
        "author_line_index": None,
        # the label's own line of a ``LABEL`` / ``NAME`` pair read as the credit (cut with it)
        "author_label_index": None,
        "desk_line_index": lead[0] if lead else None,
    }
    head = _head_lines(paragraphs, 3)
    indexed = _end_lines(paragraphs, 3, head)
    # the fourth and fifth lines only when the first three may be a header (no prose in them)
    # or hold a date or 来源 line the body kept: collapsing long paragraphs costs
    more = len(head) == 3 and (
        any(_kept_meta_line(x) for _, x in head) or all(header_line(x) for _, x in head)
    )
    head5 = _head_lines(paragraphs, 5) if more else head

    _inline_editor(result, indexed, head5)
    _head_author(result, head5)
    _later_author(result, paragraphs, indexed, lead)
    return result


def _inline_editor(
    result: dict, indexed: list[tuple[int, str]], head5: list[tuple[int, str]]
) -> None:
    """Set ``result``'s editor from a line closing the text, else from one opening it."""
    # Editor: the last three non-empty paragraphs, scanning from the end.
    for i, line in reversed(indexed[-3:]):
        if name := name_then_editor(nfkc(line).strip()):
            result["editor"], result["editor_line_index"] = name, i
            break
        match = INLINE_EDITOR_LINE.search(line)
        if match and spoken_aside(match["name"]):
            continue  # ``小编：等等，…你是不是买了一辆假的电动车？？``: 小编 speaks, no credit
        if match:
            result["editor"] = clean_person(match["name"], role="editor")
            if match["mid"] is None:  # a note ending a real paragraph keeps its line
                result["editor_line_index"] = i
            break
    # a line of its own opening the text (``责任编辑：X`` printed above the article, where other
    # templates print it below), maybe under the writer's and the source's lines (``文 | X`` /
    # ``来源：Y`` / ``编辑：Z``): only a whole short line, never a note inside prose. Below the
    # third line only under header lines (qbitai: a deck, ``允中 发自 凹非寺``, the account's line),
    # no paragraph of prose
    opening = head5 if result["editor"] is None else []
    for k, (i, line) in enumerate(opening):
        if k >= 3 and not all(header_line(x) for _, x in opening[:k]):
            break  # (a run of credits may hold a long one: ``原文链接：URL`` / ``译者：X``)
        if k and len(line) > _OPENING_EDITOR_MAX:
            continue  # below the first line only a short credit line
        if line[:1] in "【[":
            line = CONTROLS_LEAD_RE.sub(
                "", line
            )  # ``【纠错】 [责任编辑：X]`` (xinhuanet's, moved up)
        match = INLINE_EDITOR_LINE.search(line)
        # the value as a meta line's (``编辑： 王巍 纠错：…`` stops at the control), and no other
        # label left in it (``编辑：X 标签： 美国``)
        name = (
            match
            and match["mid"] is None
            and not spoken_aside(match["name"])
            and split_labelled_line(line).get("editor")
        )
        name = name and clean_person(name, role="editor")
        if name and ":" not in nfkc(name):
            result["editor"], result["editor_line_index"] = name, i
            break


def _head_author(result: dict, head5: list[tuple[int, str]]) -> None:
    """Set ``result``'s author from a byline or reporter credit in the text's first lines."""
    # Author: the first three non-empty paragraphs, past a date line or a 来源 line that the
    # text's container opens with (a meta line the body kept is no line of the text)
    prose_seen = False
    lines, labels_at = _label_pairs([x for x in head5 if not _kept_meta_line(x[1])])
    for i, line in lines[:3]:
        whole_line = nfkc(line).strip()
        if "博" in whole_line:
            # a portal's links to a writer's or a paper's blog and microblog, glued after the
            # name they belong to (``每日经济新闻(博客,微博)记者 X``): link words, no part of it
            line = whole_line = _BLOG_LINKS_RE.sub("", whole_line)
        credit = text_credit(whole_line)
        if credit is None:
            continue  # a photo credit (``（本报记者 X 摄）``) names no writer
        if len(credit) < len(line.strip()):
            line = credit
        filed_at = INLINE_FILED_FROM.search(nfkc(line))
        filed = _filed_name(filed_at)
        if filed_at and filed:
            result["author"] = filed
            if filed_at.end() == len(whole_line) and filed_at.group(0)[:1] not in "(（":
                result["author_line_index"] = i  # the dispatch's credit is the whole line
            break
        # ``作者：张三 大家好，我是``: a greeting run on after the name, no more names (the run-in
        # pattern below takes the name alone)
        run_on = ":" in whole_line[:8] and run_on_name(
            split_labelled_line(whole_line).get("author", "")
        )
        if (
            run_on
            and len(whole_line) <= _OPENING_CREDIT_MAX
            and (author := clean_person(run_on, role="author"))
        ):
            # a short line, the name alone, the line kept as the text's (no sentence mark needed
            # after the greeting: ``作者：张三 大家好`` names 张三, not 大家好); a long run with no
            # sentence mark in reach is no such paragraph (follow211's neighbour)
            result["author"] = author
            break
        whole = None if run_on else byline_names(whole_line)
        if whole:
            # a line that is only a byline (``文 | 张三``, ``□本报记者 张三``, ``本报记者X长沙报道``):
            # the body drops it
            author = clean_person(whole, role="author")
            if author:
                result["author"], result["author_line_index"] = author, i
                break
        # only above the text's first line of prose: on a short text the first lines may be
        # its closing credits (``文字：X`` / ``排版：Y`` under one paragraph), the trailer's
        if not prose_seen and (author := _opening_credit_author(whole_line)):
            result["author"], result["author_line_index"] = author, i
            break
        prose_seen = prose_seen or len(whole_line) > _OPENING_CREDIT_MAX
        _pattern_author(result, i, line)
        if result["author"]:
            break
    if (at := result["author_line_index"]) is not None and at in labels_at:
        result["author_label_index"] = labels_at[at]  # the label's line goes with the name's


# A bare writer's label on a line of its own (``作者``, ``原作者：``, ``文章作者``: a definition
# list's ``<dt>`` or a label cell the body reader parts from its value): the name under it is
# the credit's value when it is short and holds no label of its own
_PAIR_NAME_MAX = 16


def _label_pairs(
    head: list[tuple[int, str]],
) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """``head`` with a writer's label line and the short name line under it read as one
    ``LABEL：NAME`` line (at the name's index) above any line of prose, and a map name index
    -> label index."""
    out: list[tuple[int, str]] = []
    labels_at: dict[int, int] = {}
    k = 0
    while k < len(head):
        i, line = head[k]
        label = nfkc(line).strip().rstrip(": ").strip()
        # (only above the text's first line of prose: a label cell pair among the text's
        # paragraphs is a record's, a book's details, no credit of the page; people182)
        if (
            k + 1 < len(head)
            and label
            and _writer_label(label)
            and all(header_line(x) for _, x in head[:k])
        ):
            j, name = head[k + 1]
            name = nfkc(name).strip()
            joined = f"{label}：{name}"
            if (
                len(name) <= _PAIR_NAME_MAX
                and ":" not in name
                and not LABEL_RE.match(name)
                and split_labelled_line(joined).get("author") == name
            ):
                out.append((j, joined))
                labels_at[j] = i
                k += 2
                continue
        out.append((i, line))
        k += 1
    return out, labels_at


def _writer_label(label: str) -> bool:
    """True when ``label`` (NFKC, no colon) is all of a writer's label (``作者``, ``原作者``)."""
    m = LABEL_RE.fullmatch(label + ":")
    return m is not None and "author" in split_labelled_line(f"{label}:张三")


# A production credit line opening the text, the text's writer among the roles (a podcast's notes
# under an empty meta row: ``音频编辑: X`` over ``文案: Y``; ``文字：X 图片：Y``): short, every item
# labelled, and the writer's value a person's name; the line is a credit, cut from the body
_OPENING_CREDIT_MAX = 30
_OPENING_CREDIT_KEYS = frozenset(("author", "editor", "media", "photo"))


def _opening_credit_author(line: str) -> str | None:
    """The writer named by a short line of labelled credits (``文字：X``), or None."""
    if len(line) > _OPENING_CREDIT_MAX or ":" not in (norm := nfkc(line)):
        return None
    fields = split_labelled_line(norm)
    name = fields.get("author")
    if not name or not set(fields) <= _OPENING_CREDIT_KEYS or not LABEL_RE.match(norm):
        return None
    # each a surname-led name of two to four characters (``文字：开源社区的故事`` is a title's
    # words; ``作者：X 大家好，…`` a greeting run on) or a Latin one
    parts = [p.strip() for p in re.split(r"[、，,;；/]", name) if p.strip()]
    names = [n for p in parts for n in ([p] if LATIN_NAME_RE.match(p) else p.split())]
    if not names or not all(
        (LATIN_NAME_RE.match(n) or (_NAME_2_4_RE.match(n) and _surnamed(n))) and _signs_a_person(n)
        for n in names
    ):
        return _labelled_writer(norm, fields)
    return clean_person(name, role="author")


_NAME_2_4_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
LATIN_NAME_RE = re.compile(rf"^(?:{LATIN_PERSON_NAME})$")
# The writer's whole label alone on the line (``作者：X``, ``本文作者：X``, ``文章作者：X``): it says
# the value is who wrote the text, as a role word (文字, 文案) or a greeting's opening does not
_FULL_WRITER_LINE_RE = re.compile(r"^(?:本文|文章)?作者\s*:")


def _labelled_writer(norm: str, fields: dict[str, str]) -> str | None:
    """The writer of a line that is the writer's whole label and one value (NFKC): a handle of
    two to four CJK characters that is no surname-led name (``本文作者：杨浦老苏``), or a reporter's
    title glued before the name (``作者：特约记者徐立生``: the byline's name); else None."""
    if set(fields) != {"author"} or not _FULL_WRITER_LINE_RE.match(norm):
        return None
    value = fields["author"].strip()
    if (named := byline_names(value)) and named != value:
        return clean_person(named, role="author")  # the role words cut, as a byline line's
    if _NAME_2_4_RE.match(value) and _signs_a_person(value):
        return clean_person(value, role="author")
    return None


def _pattern_author(result: dict, i: int, line: str) -> None:
    """Set ``result``'s author from the first reporter pattern naming someone in ``line``."""
    for pattern in (
        INLINE_REPORTER_PAREN, INLINE_REPORTER_REPORT, INLINE_DATELINE_NAMES, INLINE_WEN_TU,
        INLINE_XUN_NAMES, INLINE_XUN_BARE, INLINE_LABELLED_RUN_IN,
    ):  # fmt: skip
        if pattern is INLINE_XUN_BARE and not any(c in line[:20] for c in "讯訊电電"):
            continue  # no 讯 or 电 dateline: spare the scan
        match = pattern.search(line)
        if match:
            name = match["name"]
            if pattern is INLINE_XUN_BARE:
                name = " ".join(re.sub(_ROLE_ALT, " ", name).split())
            if pattern is INLINE_XUN_NAMES and match["place"]:
                # the place glued after the names, cut as a byline line's is (``X台北報導``)
                name = byline_names(nfkc(f"记者{name}{match['place']}报道")) or ""
            if pattern is INLINE_XUN_NAMES and match["unit"] and not _unit_word(match["unit"]):
                name = f"{match['unit']} {name}"  # a writer whose name ends like a unit (王文科)
            if pattern is INLINE_DATELINE_NAMES and dateline_names(line) is None:
                continue  # a column's name in the dateline's brackets
            if pattern is INLINE_REPORTER_PAREN and _LONG_RUN_RE.search(
                re.sub(_ROLE_ALT, " ", name)
            ):
                continue  # ``（记者从市科技局获悉）``: a sentence in the brackets, no names
            if pattern in (INLINE_XUN_NAMES, INLINE_XUN_BARE, INLINE_LABELLED_RUN_IN) and not all(
                _signs_a_person(n) for n in AUTHOR_SPLIT.split(name.replace(" ", "、")) if n
            ):
                continue
            if pattern is INLINE_REPORTER_REPORT and _CITED_REPORT_RE.search(line[: match.start()]):
                # ``据北京日报记者宋翔报道``: the cited report's writer, not this item's (the
                # lead's session-25 decision; the outlet is the source where a rule reads it)
                continue
            if pattern is INLINE_REPORTER_REPORT:
                # the same place cut as a byline line's (``记者X长沙报道`` inside a line)
                name = byline_names(nfkc(match.group(0))) or ""
                near = line[max(0, match.start() - 9) : match.start()]
                if name and ("驻" in near or "駐" in near):
                    name = _other_post_reporters(line[: match.start()], name)
            author = clean_person(name, role="author")
            if author:
                result["author"] = author
                if INLINE_BYLINE_ONLY.match(line):
                    result["author_line_index"] = i
                break


# The clause before a reporter's byline opening with 据 (``12月23日，据国内知名记者宋翔报道``):
# the byline is a cited report's
_CITED_REPORT_RE = re.compile(r"(?:^|[，。；：,;:\s(（])\s*(?:据|據)[^，。；：,;:\s]{0,16}$")


def _later_author(
    result: dict,
    paragraphs: list[str],
    indexed: list[tuple[int, str]],
    lead: tuple[int, str] | None,
) -> None:
    """Set ``result``'s author, when the first lines name none, from the fallbacks below them."""
    if not result["author"] and lead:
        # a desk credit run into the end of the lead (``…。 本報港聞部報道``): the body cleaner
        # cuts it (clean_body's desk_index)
        result["author"] = clean_person(lead[1], role="author")
    if not result["author"]:
        # a whole byline line as the fourth line (people.com.cn's repost of a paper's page: the
        # photo's caption and the paper's two headline lines, then ``本报记者 卢泽华``): the body
        # drops it, as it drops one opening the text
        closing = {j for j, _ in indexed}  # a trailer's credit line is the trailer's
        for i, line in _head_lines(paragraphs, 4)[3:]:
            if i in closing:
                break
            whole = byline_names(nfkc(line).strip()) if len(line) <= 40 else None
            if whole and (author := clean_person(whole, role="author")):
                result["author"], result["author_line_index"] = author, i
    if not result["author"]:
        # ``新华网北京1月4日电（记者 黄玥）`` opening the lede below photo captions (xinhuanet):
        # a dateline starts its paragraph, so the next three are read for it alone
        after = indexed[2][0] + 1 if len(indexed) >= 3 else len(paragraphs)
        later = [p for p in paragraphs[after : after + 6] if p and not p.isspace()][:3]
        for line in later:
            head = line.lstrip()[:40]  # the 电 of a dateline is within its first characters
            if "电" not in head and "電" not in head:
                continue
            names = dateline_names(collapse_whitespace(line))
            if names and (author := clean_person(names, role="author")):
                result["author"] = author
                break
    if not result["author"] and len(indexed) >= 2:
        # ``李永君`` alone above the text (a repost that kept the byline as a bare line)
        (i, first), (_, second) = indexed[0], indexed[1]
        if _bare_name_line(first, second) and not any(
            first.strip() in p for p in paragraphs[i + 1 :]
        ):
            result["author"], result["author_line_index"] = first.strip(), i
    if not result["author"]:
        # ``（羅森）`` on a line of its own closing the text: the writer's credit
        for i, line in reversed(indexed[-2:]):
            if name_then_editor(nfkc(line).strip()):
                break  # ``（王勋编辑）``: the editor's credit, no writer's signature
            name = signature_line(nfkc(line).strip()) or xun_signature_line(nfkc(line).strip())
            if name:
                result["author"], result["author_line_index"] = name, i
                break
            if _OUTLET_MARK_LINE_RE.match(nfkc(line).strip()):
                # ``（搜狐）``: the portal a reprint came from names no writer, and is no text
                result["author_line_index"] = i
                break
    if not result["author"] and indexed:
        # ``（机电工程学院 张明华）`` opening the text: the unit-and-person credit read as it is
        # closing the text (decide79; a bracketed byline at the start of the body counts)
        i, first = indexed[0]
        m = SIGNATURE_LINE_RE.match(nfkc(first).strip())
        if m and m["outlet"] and _unit_word(m["outlet"]) and _surnamed(m["name"]):
            result["author"], result["author_line_index"] = m["name"], i


# A news agency's joint dispatch names each post's reporters (``综合驻斯科普里记者A、B，驻雅典记者C
# 报道``): the words before the last post's ``记者C报道`` end in that post's place (NFKC text)
_OTHER_POST_RE = re.compile(
    r"记者\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)\s*,\s*[驻駐][\u4e00-\u9fff]{1,8}$"
)


def _other_post_reporters(before: str, names: str) -> str:
    """``names`` after the reporters the dispatch credits at an earlier post, if ``before`` (the
    line up to the last post's ``记者``) ends in one (``驻X记者A、B，驻Y``)."""
    m = _OTHER_POST_RE.search(nfkc(before[-40:]))
    if m is None or not all(_signs_a_person(n) for n in m["names"].split("、")):
        return names
    return f"{m['names']}、{names}"


# A WeChat article's reading-time note over its text (``本文4831个字，大概8分钟读完。``,
# ``全文约3000字，阅读需要8分钟``, ``阅读时长：5分钟``), NFKC text: the header's, no line of the text
# (a theme's meta row too: Minimal Mistakes' Chinese ``少于 1 分钟阅读``, ``3 分钟阅读`` beside the
# date, whose 少于 "less than" is no name: hunt175's sustechos page)
_READING_TIME_RE = re.compile(
    r"^(?:(?:本文|全文)[^。]{0,4}?\d[\d,]*\s*个?字.{0,10}?"
    r"|(?:预计)?阅读(?:时间|时长|需要|约需|需)\s*:?\s*(?:大?约)?\s*)\d+\s*分钟"
    r"|^(?:少于|不到|大约|约)?\s*\d+\s*分钟(?:阅读|读完)$"
)


def _kept_meta_line(line: str) -> bool:
    """True for a short line that is only a date, only a 来源 credit or only an editor's
    (``2020-04-01 10:29``, ``【编辑：X】`` set above the text), or a reading-time note."""
    if len(line) > 60:
        return False  # most lines: prose (no NFKC)
    norm = nfkc(line).strip()
    if len(norm) > 40:
        return False
    if TAIL_SOURCE_RE.match(norm) or _credit_line(norm) or _READING_TIME_RE.match(norm):
        return True
    m = DATE_RE.search(norm)
    return m is not None and len("".join(norm.split())) - len("".join(m.group(0).split())) <= 4


# three characters only: two-character lines are as often a heading's word (周末, 金融)
_BARE_NAME_RE = re.compile(r"^\s*[\u4e00-\u9fff]{3}\s*$")


def _bare_name_line(line: str, after: str) -> bool:
    """True when ``line``, the first of the text, is a three-character name led by a common
    surname over a paragraph of prose: a byline, not a heading (the caller also checks that
    the text never repeats it, as it repeats a heading's topic)."""
    name = line.strip()
    return (
        _BARE_NAME_RE.match(line) is not None
        and name[0] in _COMMON_SURNAMES
        and len(after) >= 60
        and name not in after
        and _signs_a_person(name)
        and _plain_name(name) is not None
    )
