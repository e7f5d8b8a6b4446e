"""Closing credits: the credits that end the text and the writers they add to the byline's."""

from __future__ import annotations

import re

from ..helpline import helpline_notice_start
from ..labels import (
    LABELS,
    NAMES_SEP_RE,
    RUN_IN_SPAN,
    TRANSLATOR_WORDS,
    alternation,
    run_in_credit_start,
)
from ..text import compact, nfkc
from ..trailer import ATTRIBUTED_RE
from .bylines import byline_names, dateline_names
from .credits import (
    _EXCERPT_REPORT,
    _credit_line,
    _desk_credit,
    _without_photographer,
    caption_tail_start,
    excerpt_report_names,
    text_picture_credit,
)
from .names import AUTHOR_SPLIT
from .words import (
    _REPORTED,
    _TITLE_ALT,
    _WRITER,
    _not_a_person,
    _signs_a_person,
    _surnamed,
    _unit_word,
)

# ``……实现“多赢”“共赢”。（钟才文）`` / ``（央视记者 许骁）``: the writer signs the last paragraph
# (a space may stand before the bracket: taiwan.cn's ``……發展。 （雲鵬）``)
_SIGNATURE_RE = re.compile(
    rf"[。！？!?”」]\s*[(（]\s*(?:[\u4e00-\u9fff]{{0,4}}(?:{_TITLE_ALT})\s*)?"
    # a unit of the institution before the person (policy71: ``（机电工程学院 张明华）``; LABELLING.md
    # labelcheck4 drops what stands beside the person, corpus34's 宣传部辛欣 the department)
    r"(?:(?P<unit>[\u4e00-\u9fff]{2,10})\s+)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4}){0,3})"
    # where it was reported, after a slash (Taiwan's ``（王煌忠／台中報導）``, ``（X／綜合外電報導）``)
    rf"(?:\s*/\s*[\u4e00-\u9fff]{{0,6}}?{_REPORTED})?\s*[)）]$"
)


# ``……的咨询和建议。作者:兰西`` / ``……(文/吴江)`` / ``……(文/图 X Y)``: a writer's credit run into
# the end of the last paragraph after its last sentence (NFKC text); the body cleaner cuts it off
# that paragraph. 文/图 credits the text and the pictures to the same people (LABELLING.md: a
# closing 文／图 credit gives the authors); inside brackets a space may part the names
RUN_IN_CREDIT_RE = re.compile(
    rf"(?<=[。！？!?”」])\s*(?P<open>[(（])?\s*(?:文\s*/\s*[图圖]\s*[:/]?|(?:{_WRITER}|文)\s*[:/])\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:(?:、|(?(open)\s+|(?!)))[\u4e00-\u9fff·]{2,4}){0,3})"
    r"\s*(?(open)[)）])$"
)


def _signature(paragraphs: list[str]) -> str | None:
    """The writer credited at the end of the article's last paragraph (``CLOSING_CREDITS``: a
    run-in ``作者:X`` whose names can be a person's, a desk's ``本報X部報道``, a bracketed name or
    report credit that signs a person).

    The last paragraph of the text is the last one with a sentence in it: short lines after it
    (a gallery's ``图集``, ``+1``, a 【纠错】 link) are chrome the body kept, not the text's end."""
    for p in _closing_paragraphs(paragraphs):
        # a credit run in is short: only the paragraph's tail is searched (the span the body
        # cleaner cuts from, RUN_IN_SPAN; a bracketed signature is at most 39 characters and a
        # few spaces), the paragraph may be long
        tail = nfkc(p).strip()[-RUN_IN_SPAN:]
        for find in CLOSING_CREDITS:
            # a run-in credit's names are the author's only when they can be a person's; the
            # body cuts it whoever it names
            if (found := find(tail)) and (find is not _run_in_writer or _signs_a_person(found[1])):
                return found[1]
    return None


# ``……法門。（民視新聞陳韻平、郭文海台北報導）``: the outlet, the writers and where they reported
_CLOSING_REPORT_RE = re.compile(
    rf"[。！？!?”」]\s*[(（]\s*(?P<credit>[^()（）:/]{{3,40}}?{_REPORTED})\s*[)）]$"
)
_OUTLET_LEAD_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,6}?(?:新聞|新闻|電視|电视|日報|日报|晚報|晚报|時報|时报|網|网|社)(?=[\u4e00-\u9fff]{2})"
)


def _report_credit(tail: str) -> tuple[int, str] | None:
    """``…。（民視新聞X台北報導）``: a bracketed report credit closing the text, from after the
    sentence's mark, and its writers: an outlet maybe before them and a place after them (read
    as the byline ``記者<names><place>報導`` would be)."""
    m = _CLOSING_REPORT_RE.search(tail) if ("报" in tail or "報" in tail) else None
    if m is None:
        return None
    credit = _OUTLET_LEAD_RE.sub("", m["credit"].strip())
    names = byline_names("记者" + credit)
    if names and all(_signs_a_person(n) for n in NAMES_SEP_RE.split(names) if n):
        return m.start() + 1, names
    return None


def _run_in_writer(tail: str) -> tuple[int, str] | None:
    """``…建议。作者:兰西`` / ``…。(文/X)``: RUN_IN_CREDIT_RE's start and names."""
    m = RUN_IN_CREDIT_RE.search(tail)
    return (m.start(), m["names"]) if m else None


def _signed_names(tail: str) -> tuple[int, str] | None:
    """``…。（钟才文）``: a bracketed signature of a person, from after the sentence's mark."""
    m = _SIGNATURE_RE.search(tail)
    if m is None:
        return None
    names = m["names"]
    if m["unit"] in ("作者", "撰文"):
        return None  # a colonless writer's label, no unit: _bare_writer_bracket reads it
    if m["unit"] and not _unit_word(m["unit"]):
        # no unit: the first of several names (``（周明轩 李晓）``, ``（王文科 李晓）``)
        if len(m["unit"]) > 4:
            return None
        names = f"{m['unit']} {names}"
    words = names.split()
    if len(words) > 1:
        # names parted by blanks alone in the bracket (``（李晟 韦鑫）``): each reads as a person's
        # name, led by a surname and no topic or channel word (``（施工 安全）``), as the same
        # bracket on a line of its own (credits.signature_line; LABELLING.md, session 27); a name
        # that only ends like a unit stays a name (``（王文科 李晓）``, labelcheck4)
        ok = all(_surnamed(w, unit_like=True) for w in words)
        return (m.start() + 1, names) if ok else None
    return (m.start() + 1, names) if _signs_a_person(names) else None


# ``…。（编译：韩笑）`` / ``（翻译：X）`` (NFKC): a translator's or compiler's bracket closing the
# text, run into its last sentence (LABELLING.md, sixth and eleventh rounds, labelcheck4)
_TRANSLATOR_CREDIT_RE = re.compile(
    rf"(?<=[。！？!?”」])\s*\(\s*(?:编译|編譯|{TRANSLATOR_WORDS})\s*[/:]\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}){0,2})\s*\)$"
)


def _translator_credit(tail: str) -> tuple[int, str] | None:
    """``…。（编译：韩笑）``: where the translator's closing bracket starts, and the names."""
    m = _TRANSLATOR_CREDIT_RE.search(tail) if tail.endswith(")") else None
    return (m.start(), m["names"]) if m else None


# ``…。（作者 张明华，王小红）``: a colonless 作者 / 撰文 credit in a bracket closing the text (NFKC),
# read as the byline line it holds (people81: the names as after ``作者：``, two of them, a dotted
# or padded name, a role word, a Latin handle)
_BARE_WRITER_BRACKET_RE = re.compile(
    rf"(?<=[。！？!?”」])\s*(?P<credit>\(\s*(?:{_WRITER})\s+[^()]{{1,30}}\))$"
)


def _bare_writer_bracket(tail: str) -> tuple[int, str] | None:
    """``…。（作者 X）``: where the bracket starts and its names, when each signs a person (a
    place or an office in the bracket is none)."""
    m = _BARE_WRITER_BRACKET_RE.search(tail) if tail.endswith(")") else None
    if m is None or (names := byline_names(m["credit"])) is None:
        return None
    return (m.start(), names) if all(map(_signs_a_person, NAMES_SEP_RE.split(names))) else None


# ``…。（记者 买买提·艾力）`` / ``（记者 Tom Lee）`` / ``（记者 段思远，郑雅琴）`` / ``（记者 周洁 实习生 邢默）``
# (NFKC): a reporter's title, set apart, before names ``_signed_names`` leaves (a dotted name
# longer than four characters, a Latin name, names parted by commas, a role word between names):
# read as the byline line ``记者 X`` it holds, as ``_bare_writer_bracket`` reads ``（作者 X）``
# (robust134: mhxqwer-lysc's closing ``<span>（记者 X）</span>`` under other names)
_TITLED_BRACKET_RE = re.compile(
    rf"(?<=[。！？!?”」])\s*(?P<credit>\(\s*[\u4e00-\u9fff]{{0,4}}(?:{_TITLE_ALT})\s+[^()]{{1,30}}\))$"
)


def _titled_bracket(tail: str) -> tuple[int, str] | None:
    """``…。（记者 X）``: where the bracket starts and its names, when each signs a person (an
    office, a place or a topic word in the bracket is none)."""
    m = _TITLED_BRACKET_RE.search(tail) if tail.endswith(")") else None
    if m is None or (names := byline_names(m["credit"])) is None:
        return None
    parts = [n for n in NAMES_SEP_RE.split(names) if n]
    return (m.start(), names) if parts and all(map(_signs_a_person, parts)) else None


# ``…需求。白云时事讯（全碧芳）`` (by.gov.cn): an outlet's 讯 credit with the writer in brackets run
# into the end of the last paragraph (NFKC text; LABELLING.md, hunt103: a credit closing the
# text, cut, the bracketed person the author); a title may stand before the name
_XUN_SIGNED_RE = re.compile(
    r"(?<=[。！？!?”」])\s*[\u4e00-\u9fff]{1,10}?[讯訊]\s*\(\s*"
    rf"(?:{_TITLE_ALT})?\s*(?P<names>[\u4e00-\u9fff·]{{2,4}}(?:[、\s][\u4e00-\u9fff·]{{2,4}}){{0,3}})\s*\)$"
)


def _xun_signed(tail: str) -> tuple[int, str] | None:
    """``…。白云时事讯（全碧芳）``: where the outlet's credit starts, and the bracketed names when
    each signs a person (a unit in the bracket is none)."""
    m = _XUN_SIGNED_RE.search(tail) if tail.endswith(")") else None
    if m is None or not all(_signs_a_person(n) for n in NAMES_SEP_RE.split(m["names"]) if n):
        return None
    return m.start(), m["names"]


_TITLE_ONLY_RE = re.compile(rf"^(?:{_TITLE_ALT})$")


def xun_signature_line(line: str) -> str | None:
    """The names of ``白云时事讯（全碧芳）`` set on a line of its own under the text's last sentence
    (NFKC, stripped): the credit ``_xun_signed`` reads run into that sentence, parted by a line
    break (mhxqwer-wyxby's run-in span rebuilt as a block)."""
    found = _xun_signed("。" + line) if line.endswith(")") else None
    if found is None or found[0] != 1:
        return None
    # a reporter's title alone in the bracket (``本报讯（通讯员）``, the name left out) names no one
    names = [n for n in NAMES_SEP_RE.split(found[1]) if n]
    return None if all(_TITLE_ONLY_RE.match(n) for n in names) else found[1]


_EXCERPT_REPORT_END_RE = re.compile(rf"(?<=[。！？!?”」])\s*{_EXCERPT_REPORT}$")


def _excerpt_report(tail: str) -> tuple[int, str] | None:
    """``…。(文章信息摘自运输人 时坤报道)``: where the repost's credit starts, and its reporters."""
    m = _EXCERPT_REPORT_END_RE.search(tail) if tail.endswith(")") else None
    if m is None or not all(_signs_a_person(n) for n in m["names"].split("、")):
        return None
    return m.start(), m["names"]


# The writer's credits run into the end of the text's last paragraph after its last sentence
# (NFKC tail), each as (where it starts, the names): ``_signature`` reads the names as the
# author, ``closing_credit_start`` cuts the body there. One table, so that the body never keeps
# a credit the author was read from. Their shapes do not overlap (each ends the tail
# differently), so the order is only the cheapest first.
_PERSON_CREDITS = (
    _run_in_writer, _desk_credit, _signed_names, _report_credit, text_picture_credit,
    _translator_credit, _bare_writer_bracket, _xun_signed, _excerpt_report, _titled_bracket,
)  # fmt: skip

# An agency's kind mark closing a wire story (NFKC): ``（新华社专特稿）``, ``【新华社微特稿】``
_KIND_MARK_END_RE = re.compile(r"[(【]\s*[\u4e00-\u9fff]{0,5}(?:特稿|专稿|專稿|通稿)\s*[)】]$")


def _before_kind_mark(tail: str) -> tuple[int, str] | None:
    """``…。（闫洁）（新华社专特稿）``: the writer's credit before an agency's kind mark, which names
    no one (LABELLING.md, labelcheck4: a bare outlet bracket gives nothing, a person's the
    author); the credit and the mark are cut together."""
    mark = _KIND_MARK_END_RE.search(tail) if tail.endswith((")", "】")) else None
    if mark is None:
        return None
    head = tail[: mark.start()].rstrip()
    for find in _PERSON_CREDITS:
        if found := find(head):
            return found
    return None


CLOSING_CREDITS = (*_PERSON_CREDITS, _before_kind_mark)


def closing_credit_start(tail: str) -> int | None:
    """Where a writer's credit run into the end of a paragraph starts in ``tail`` (NFKC), or
    None: ``作者:X`` / ``(文/X)`` or a 来源 / 编辑 credit after the last sentence, or a bracketed
    report credit that signs a person (``（王煌忠／台中報導）``, ``（民視新聞X台北報導）``), or a bare
    bracketed name, a title maybe before it (``（钟才文）``, ``（央视记者 许骁）``). LABELLING.md
    ("Credits in brackets closing the text"): the writer's credit, author, and cut from the body;
    a 来源 run in (``…看过人妖表演吗？来源：吱咕爱游``) is a credit line, cut too; so is a desk's
    (``…。 本報港聞部報道``, ``run_in_desk``)."""
    if not (
        tail.endswith((")", "】"))
        or "作者" in tail
        or "文" in tail
        or "报" in tail
        or "報" in tail
        or "源" in tail
        or "编" in tail
        or "編" in tail
        or "处" in tail
    ):
        # most paragraphs: no regex; a repost's credit may hold none of those words
        # (follow101: ``…。本条新闻转发自X``), 自 closing its label: the 来源 finder alone
        return run_in_credit_start(tail) if "自" in tail else None
    for find in CLOSING_CREDITS:
        if found := find(tail):
            return found[0]
    # a 来源 / 编辑 credit names no writer: cut, not read as the author
    start = run_in_credit_start(tail)
    if start is None and (m := ATTRIBUTED_RE.search(tail)) is not None:
        start = m.start() + 1  # ``…。（据新华社）``: the source's credit, cut after the sentence
    if start is None and (m := _BARE_OUTLET_BRACKET_RE.search(tail)) is not None:
        start = m.start() + 1  # ``…。（朝阳报）``: an outlet's credit, cut after the sentence
    if start is None and (m := _REVIEW_BRACKET_RE.search(tail)) is not None:
        start = m.start() + 1  # ``…。（校对/X）``: a proofreader's credit, cut, no editor
    return start


# ``…的策略与路径。（朝阳报）`` (bj.wenming.cn): an outlet's bare name in brackets run into the end of
# the last paragraph (NFKC): a credit closing the text, cut (LABELLING.md, labelcheck4 and
# hunt105); not read as the source, which the page's 来源 slot gives. An outlet's ending closes
# the name; a bracket of a person's or a place's name is another rule's or none.
_BARE_OUTLET_BRACKET_RE = re.compile(
    r"[。！？!?”」]\s*\(\s*[\u4e00-\u9fff]{1,10}?(?:日报|日報|晚报|晚報|时报|時報|报|報|社|网|網|电视台|電視台)"
    r"\s*\)\s*$"
)


# ``…的贡献。（校对/徐扬）`` (nyist.edu.cn school news): a reviewer's or proofreader's credit in a
# bracket closing the text (NFKC): a credit line, cut; no editor (LABELLING.md: 责任编辑 / 责编 /
# 编辑 only), no writer
_REVIEW_BRACKET_RE = re.compile(
    rf"[。！？!?”」]\s*\(\s*(?:{alternation(LABELS['review'])})\s*[/:]\s*[^()]{{1,20}}\)\s*$"
)


def _closing_paragraphs(paragraphs: list[str]) -> list[str]:
    """The text's last two paragraphs, from the end, past up to four short chrome lines; an
    editor's or a 来源 line of its own among them is no paragraph of the text (sina: the text,
    ``责任编辑：X``, then a long disclaimer), nor is a helpline notice's box (Taiwan's papers
    under a suicide's story: the body cleaner drops it later, the credit closes the text above)."""
    last = paragraphs[-12:]
    if last and len(last[-1]) <= 40 and ("線" in last[-1] or "线" in last[-1]):
        cut = helpline_notice_start([compact(p) for p in last])
        paragraphs = paragraphs[: len(paragraphs) - len(last) + cut]
    paragraphs = paragraphs[: caption_tail_start(paragraphs)]
    tail = [p for p in reversed(paragraphs[-8:]) if not _credit_line(p)][:8]
    skip = 0
    while skip < min(6, len(tail) - 1) and _chrome_line(tail[skip].strip(), skip):
        skip += 1
    return tail[skip : skip + 2]


# A sentence's stop: a line of the text has one, a related story's headline has none
_SENTENCE_STOP_RE = re.compile(r"[。；;]")


def _chrome_line(line: str, skip: int) -> bool:
    """True for a short line after the text: up to four of 20 characters (``+1``, ``【纠错】``),
    or up to six of 40 without a sentence's stop (xinhuanet's related stories' headlines above
    its ``+1`` and ``【纠错】 责任编辑：X``, the text's ``（记者：A、B；编辑：C）`` above them); a line
    a bracket closes may be the credit itself (``…城！（评论员 罗博 萧海川）``)."""
    if len(line) <= 20 and skip < 4:
        return True
    return (
        len(line) <= 40
        and _SENTENCE_STOP_RE.search(line) is None
        and not line.endswith((")", "）"))
    )


# ``允中 发自 凹非寺`` / ``梦晨 鱼羊 发自 凹非寺``: reporters, 发自, where they filed from
_DISPATCH_LINE_RE = re.compile(
    r"^(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})\s*(?:发自|發自)\s*\S{2,12}$"
)

# ``……最新努力。（央视记者 许骁）``: the reporter credited at the close of the text; the title may
# take a colon and name two or three, and the editor may follow (xinhuanet: ``（记者：陈静、闫洁；
# 编辑：王丰丰）``, the editor read from the trailer's lines, not here)
_CLOSING_CREDIT_RE = re.compile(
    rf"[(（]\s*[\u4e00-\u9fff]{{0,6}}?(?:{_TITLE_ALT}|(?:编译|編譯)\s*[/／:：])"
    # a translator-compiler signs the text as its writer (``（编译/龙君）``; LABELLING.md)
    r"\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{2,4}?(?:、[\u4e00-\u9fff·]{2,4}?){0,2})"
    # 报道 after the names is no part of the last (``（新华社记者A、B报道）`` gave ``B报道``)
    rf"(?:{_REPORTED})?"
    r"(?:\s*[;；]\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*[\u4e00-\u9fff·]{2,4})?\s*[)）]\s*$"
)


# ``（翻译：郑蓉）`` on a line of its own near the close: the translator is credited as a writer
# (LABELLING.md); the whole line must be the credit, so prose that mentions 翻译 never matches
_TRANSLATOR_LINE_RE = re.compile(
    rf"^[(（]\s*{TRANSLATOR_WORDS}\s*[/／:：]\s*(?P<name>[\u4e00-\u9fff·]{{2,4}})\s*[)）]$"
)


def _translator(kept: list[str]) -> str | None:
    """The translator of a bracketed credit standing alone among the last six lines."""
    for raw in reversed(kept[-6:]):
        if "译" not in raw and "譯" not in raw:
            continue  # a literal test spares the regex on almost every page
        m = _TRANSLATOR_LINE_RE.match(nfkc(raw).strip())
        if m and _signs_a_person(m["name"]):
            return m["name"]
    return None


def _more_writers(paragraphs: list[str]) -> list[tuple[str, str]]:
    """Writers named in the body's own lines: a dispatch line near the top, a closing credit."""
    found: list[tuple[str, str]] = []
    kept = [p for p in paragraphs if p and not p.isspace()]
    # only the opening and closing lines can hold these (normalising every paragraph costs)
    head = [nfkc(p).strip() for p in kept[:3]]
    dotted = _DOTTED_NAME_RE.match(head[0]) if head and head[0][:1] in "·•" else None
    if dotted:
        # ``·江　流·`` centred under the headline of a plain-text post: the writer, spaced out
        return [("".join(dotted["name"].split()), "dotted-name")]
    for line in head:
        m = _DISPATCH_LINE_RE.match(line)
        if m and len(line) <= 40:
            found.extend((n, "dispatch") for n in m["names"].split())
            break
        # a repost's lede keeps the agency's credit (``新华网北京6月16日电（记者 周婷玉）``) under
        # the reposting site's own 作者 (chinazxymr.com): the reporter wrote it too
        d = dateline_names(line)
        if d:
            found.extend((n, "dateline") for n in AUTHOR_SPLIT.split(d) if n)
            break
    # ``(文章信息摘自运输人 时坤报道)`` on a line of its own among the last four (a short line
    # there is chrome to _closing_paragraphs, so it is looked for first)
    excerpt = next(
        (
            names
            for raw in reversed(kept[-4:])
            if raw.rstrip().endswith((")", "）"))
            and (names := excerpt_report_names(nfkc(raw).strip()))
        ),
        None,
    )
    if excerpt:
        found.extend((n, "excerpt-report") for n in excerpt.split("、"))
    for k, raw in enumerate([] if excerpt else _closing_paragraphs(kept)):
        line = _without_photographer(nfkc(raw).strip())
        m = _CLOSING_CREDIT_RE.search(line)
        if m and not any(_not_a_person(n) for n in m["name"].split("、")):
            found.extend((n, "closing-credit") for n in m["name"].split("、"))
            break
        # unbracketed, after the last sentence of the text (``…。成都商报记者 王英占``)
        m = _CLOSING_REPORTER_RE.search(line) if k == 0 and "记者" in line[-16:] else None
        if m and all(_signs_a_person(n) for n in m["names"].split()):
            found.extend((n, "closing-reporter") for n in m["names"].split())
            break
    if translator := _translator(kept):
        found.append((translator, "translator"))
    return found


# A name alone between two middle dots, its characters maybe spaced (``·江　流·``)
_DOTTED_NAME_RE = re.compile(
    r"^[·•]\s*(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s*[·•]$"
)

_CLOSING_REPORTER_RE = re.compile(
    r"[。！？!?”」]\s*[\u4e00-\u9fff]{0,8}?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2})\s*$"
)
