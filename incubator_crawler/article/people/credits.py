"""Credit lines in the text: its own credit, desks, picture, reprint, editor credits, signatures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..gate import gated
from ..labels import (
    DATE_RE,
    LABEL_RE,
    LABELS,
    REPORTER_ROLES,
    RUN_IN_SPAN,
    TRANSLATED_FROM,
    WEB_ADDRESS_RE,
    alternation,
    split_labelled_line,
)
from ..page import Block, Page
from ..text import collapse_whitespace, nfkc
from .names import _SIGNED_NAMES_RE, PLACEHOLDERS, unit_lead_name
from .words import (
    _OUTLET_WORD_RE,
    _REPORTED,
    _TITLE_ALT,
    PEOPLE_LABELS,
    TAIL_SOURCE_RE,
    _signs_a_person,
    _surnamed,
    _unit_word,
)

if TYPE_CHECKING:
    from collections.abc import Callable


# A credit line closed by 摄 (``本报记者 王大力 摄``, ``记者王大力摄``, ``（记者 X/摄）``) credits the
# photographs; ``记者 X 李四 文 张三 摄`` credits the text to the names before ``文``.
_PHOTO_ONLY_RE = re.compile(r"^\s*/?\s*(?:摄|攝)(?:影)?\s*$")
_PHOTO_CREDIT_END_RE = re.compile(r"\s*(?:[/|]\s*)?(?:摄|攝)(?:影)?\s*(?P<close>[)）]?)$")
# A photographer's title and name after the writers' (NFKC), before 报道 or a bracket closing the
# line
_PHOTOGRAPHER_NAMED_END_RE = re.compile(
    r"\s*[/|、,]?\s*(?:摄影记者|攝影記者|摄影|攝影)\s*[:/]?\s*[\u4e00-\u9fff·]{2,4}"
    r"(?P<close>\s*(?:报道|報道|報導|报导)?\s*[)）】]?)$"
)


def ends_in_photo_credit(line: str) -> bool:
    """True when ``line`` closes with a photographer's credit (``…。中新社记者张斌摄``,
    ``（摄影 王大力）``): a picture's caption by its shape."""
    return bool(_PHOTO_CREDIT_END_RE.search(line) or _PHOTOGRAPHER_NAMED_END_RE.search(line))


_TEXT_CREDIT_CUT_RE = re.compile(r"\s*[/|]?\s*(?<![\u4e00-\u9fff])文\s*[/|]?\s+(?=\S)")


# ``□本报记者 张学得／文 李剑准／图``: each name closed by its part, the text's then the pictures'
# (or the editor's: hexun's repost of 财经, ``《财经》记者 白兆东/文 李恩树/编辑``); a magazine's
# space may stand for the slash (``张三 文 李四 图``)
_SLASH_WEN_END_RE = re.compile(
    r"(?:\s*/\s*|\s+)文(?:\s+[\u4e00-\u9fff·]{2,4}(?:\s*/\s*|\s+)"
    r"(?:图|圖|摄|攝|摄影|攝影|编辑|編輯|责编|責編))?"
    r"\s*(?P<close>[)）]?)$"
)


# ``□记者 张三 文/图``, ``（东南早报记者 X 通讯员 Y 文/图）``, ``本报记者 X 文/摄``: the names wrote
# the text and took the pictures (LABELLING.md: the names are the authors)
_WEN_TU_END_RE = re.compile(
    r"\s+(?:文\s*/\s*(?:[图圖]|摄|攝)|[图圖]\s*/\s*文)\s*(?P<close>[)）]?)$"
)


def text_credit(line: str) -> str | None:
    """``line`` (NFKC) without a closing photo credit; None when only photographers are named.

    Photographers are no authors (LABELLING.md): a byline line that ends in 摄 names its writers
    only when ``文`` separates them from the photographer; one that ends in 文/图 names people
    who did both.
    """
    if "文" in line and (both := _WEN_TU_END_RE.search(line)):
        line = line[: both.start()] + both["close"]
    if "/文" in line or "/ 文" in line or " 文" in line:
        wen = _SLASH_WEN_END_RE.search(line)
        if wen:
            return line[: wen.start()] + wen["close"]
    if "摄" not in line and "攝" not in line:
        return line  # the common case, without a regex scan of the whole line
    if (cut := _without_photographer(line)) != line:
        return cut
    photo = _PHOTO_CREDIT_END_RE.search(line)
    if photo is None:
        return line
    head = line[: photo.start()]
    cut = list(_TEXT_CREDIT_CUT_RE.finditer(head))
    return head[: cut[-1].start()] + photo["close"] if cut else None


def _without_photographer(line: str) -> str:
    """``line`` (NFKC) without a photographer's title and name after the writers' (``記者 張明華
    / 攝影 李曉 報導``, ``（記者X、攝影Y）``): the cameraman is no author (LABELLING.md); the
    report's close stays."""
    if "摄影" not in line and "攝影" not in line:
        return line
    named = _PHOTOGRAPHER_NAMED_END_RE.search(line)
    return line[: named.start()] + named["close"] if named and named.start() > 0 else line


def is_reprint_credit(m: re.Match[str]) -> bool:
    """True when ``TAIL_SOURCE_RE``'s match ``m`` is a repost credit glued to its outlet
    (``转载自光明日报``, ``本文来源于X``: 自 or 于 closes the label, no colon)."""
    return m.string[m.start("name") - 1] in "自于於"


# A source label alone on its line (``资料来源：``), the original's address in the next paragraph
# (LABELLING.md: that address is the source; both lines are cut from the body). 资料来源 names
# the origin here, not a data credit: its value is the address of a text.
_SOURCE_LABEL_ALONE_RE = re.compile(
    rf"^\s*(?:{alternation(LABELS['source'] + ('资料来源', '資料來源'))})\s*:\s*$"
)


def label_then_address(line: str, next_line: str) -> str | None:
    """The address of a source label alone on ``line`` followed by ``next_line``, a web address
    and nothing else; None otherwise."""
    if not line or len(line) > 12 or not _SOURCE_LABEL_ALONE_RE.match(nfkc(line)):
        return None
    m = WEB_ADDRESS_RE.fullmatch(next_line.strip())
    return m.group(0) if m else None


# The reference of the paper a report is about, between the label and the address it was taken
# from (cbblab-xwzx-405: ``资料来源:`` / ``PNAS, 2013, doi: 10.1073/…`` / ``http://news.sciencenet.cn/…``;
# LABELLING.md: one origin and the paper it discusses, the address is the source): a journal's
# Latin name, the year, then a DOI or volume(issue): pages. NFKC, blanks optional (compact keys).
_PAPER_REFERENCE_RE = re.compile(
    r"^[A-Z][A-Za-z.&\s]{1,40},\s*(?:19|20)\d{2}\s*[,;]\s*"
    r"(?:(?i:doi)\s*:?\s*10\.\d{4,9}/\S{1,60}|\d{1,4}\s*\(\d{1,4}\)\s*:\s*\d{1,6}(?:-\d{1,6})?)\.?$"
)


def label_address_lines(lines: list[str], k: int) -> tuple[str, int] | None:
    """(address, lines taken) of a source label alone on ``lines[k]`` with the original's address
    on the next line, or on the one after a single paper reference; None otherwise."""
    if k + 1 < len(lines) and (address := label_then_address(lines[k], lines[k + 1])):
        return address, 2
    if k + 2 < len(lines) and _PAPER_REFERENCE_RE.match(nfkc(lines[k + 1]).strip()):
        if address := label_then_address(lines[k], lines[k + 2]):
            return address, 3
    return None


# ``（宣传科 张明华 供稿）`` closing the text: 供稿 after its value, a 来源 label as before it
# (LABELLING.md, decide79: the supplier kept whole, no author)
SUPPLIED_AFTER_RE = re.compile(
    r"^\s*[(（]\s*(?P<name>[^()（）:：]{2,30}?)\s*(?:供稿|供稿單位|供稿单位)\s*[)）]\s*$"
)


# ``中文翻译转载自微信公共号： 英文联播。`` over ``本文转载自网络，原文链接`` (yorkhuaren's closing
# credits): a 转载自 credit on a line of its own, what was taken maybe named before it, the value
# as written (a platform's account keeps its colon)
_REPRINT_LINE_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:转载自|轉載自|转自|轉自)\s*(?P<name>[^\s。！？!?，,][^。！？!?，,]{1,30}?)\s*[。.]?$"
)


def _nobody(name: str) -> bool:
    """A credit's value that names no outlet (``网络``, ``网络,原文链接``: the web, the link's
    words after it)."""
    return nfkc(name).split(",")[0].strip().casefold() in PLACEHOLDERS


def _reprint_line_above(lines: list[str]) -> str | None:
    """The outlet of the nearest 转载自 line among ``lines`` (the closing lines above a credit
    naming no outlet), as written; None when none names one (LABELLING.md, hunt212: of
    ``来自 A`` / ``转载自 B`` / ``网络,原文链接`` the 转载自 line names where the post was taken from)."""
    for line in reversed(lines):
        if m := _REPRINT_LINE_RE.match(line.strip()):
            if not _nobody(m["name"]):
                return m["name"].strip()
    return None


# A header line may be this long as plain text (a heading the text repeats, a date line)
_HEADER_LINE_MAX = 80
# The text's opening lines a credit line of its own may stand on: the first three, and below them
# up to this many while every line above is a header line
_HEADER_RUN_MOST = 6
# A label word, a colon and a web address, the whole line as written (NFKC splits an address's
# ``¯``, an ``&macr`` entity the page left unescaped): ``原文链接：https://…``
_ADDRESS_LINE_RE = re.compile(rf"^[^\s:：]{{1,8}}\s*[:：]\s*{WEB_ADDRESS_RE.pattern}$")


def header_line(line: str) -> bool:
    """True for a line of a text's header, no prose: short with no sentence mark, or a labelled
    credit (``译者：X``) or an address line (``原文链接：URL``) of any length with none."""
    if "。" in line:
        return False
    if len(line) <= _HEADER_LINE_MAX:
        return True
    return (
        LABEL_RE.match(nfkc(line).strip()) is not None
        or _ADDRESS_LINE_RE.match(line.strip()) is not None
    )


def opening_lines(paragraphs: list[str]) -> list[str]:
    """The text's first three non-empty lines, and the ones below them (up to six in all) while
    every line above is a header line: the lines a credit opening the text stands on, under a
    heading the text repeats and a run of other credits (``作者：X`` / ``审核：Y`` / ``来源：Z``,
    ``原文链接：URL`` / ``译者：X`` / ``校对：Y`` / ``编辑：Z``) as where the text opens with it."""
    out: list[str] = []
    for p in paragraphs:
        if not p or not p.strip():
            continue
        if len(out) >= 3 and (len(out) >= _HEADER_RUN_MOST or not all(map(header_line, out))):
            break
        out.append(p)
    return out


def _body_line_source(paragraphs: list[str]) -> tuple[str, str] | None:
    """(source, rule) of a 来源 line of its own ending the body (WeChat reposts), or opening it
    under the writer's credit (jiemian's reposts: ``文 | X`` then ``来源：Mtime时光网 查看原文``;
    the link's words after the outlet are cut as on a meta line), or of a label alone above the
    original's address closing the text."""
    tail = paragraphs[-4:]
    for k in range(len(tail) - 1):
        if found := label_address_lines(tail, k):
            return found[0], "body-tail"
    for k in range(len(tail) - 1, -1, -1):
        p = tail[k]
        r = TAIL_SOURCE_RE.match(nfkc(p)) or SUPPLIED_AFTER_RE.match(nfkc(p))
        if r:
            name = r.group("name").strip()
            if _nobody(name) and (outlet := _reprint_line_above(tail[:k])):
                return outlet, "body-tail"
            return name, "body-tail"
    for p in opening_lines(paragraphs):
        if not (r := TAIL_SOURCE_RE.match(nfkc(p))):
            continue
        if value := split_labelled_line(p).get("source"):
            return value, "body-head"
        if is_reprint_credit(r):
            return r["name"].strip(), "body-head"  # ``转载自光明日报``: no colon to split at
    for p in paragraphs[:3]:
        if "摘" in p and (r := _EXCERPTED_FROM_RE.match(nfkc(p))):
            return r["name"], "body-head"
        if ("译" in p or "譯" in p) and (outlet := translated_from_outlet(p)):
            return outlet, "body-head"
    # a repost's credit glued to its origin on a line of its own where the reposted text ends and
    # the poster's afterword begins (52sask: ``转自微博：神圣午睡``, then ``最后的话`` and a page of
    # the poster's words): the origin, when the text holds one such line only (the tail's four
    # lines and the head's three are read above)
    mids = [
        r
        for p in paragraphs[3:-4]
        if len(p) <= 40
        and ("转" in p or "轉" in p)
        and (r := TAIL_SOURCE_RE.match(nfkc(p)))
        and is_reprint_credit(r)
    ]
    if len(mids) == 1:
        return mids[0]["name"].strip(), "body-mid"
    return None


# ``注：本文摘自9月15日CNN News`` opening the text (NFKC): the outlet the text was taken from,
# the day it printed it dropped (LABELLING.md, thirteenth round: 摘自, like 出处, gives CNN News)
_EXCERPTED_FROM_RE = re.compile(
    r"^\s*(?:注\s*:\s*)?(?:本文|此文)(?:摘自|摘编自|摘編自)\s*(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日)?\s*"
    r"(?P<name>[^\s,，。;；:]{2,20}(?: [A-Za-z][A-Za-z.&-]{1,15}){0,2})\s*[。.]?$"
)


# ``译自 New Republic Dec. 15, 2014`` opening a translated text (motss.cc, NFKC, its date cut
# first): the outlet the text is translated from, named in words, is the source, the original's
# day dropped (the lead, session 35: the 转载自 / 来源 reading); a sentence (a comma, a 的 phrase)
# names no outlet
_TRANSLATED_FROM_LINE_RE = re.compile(
    rf"^\s*{TRANSLATED_FROM}\s*:?\s*"
    r"(?P<name>[^\s,，。;；:、的]{2,20}(?: [A-Za-z][A-Za-z.&'-]{0,15}){0,3})\s*[,，]?\s*[。.]?$"
)
#: A translated-from line is this short at most (the credit, the outlet and the original's date)
_TRANSLATED_FROM_MAX = 60


def translated_from_outlet(line: str) -> str | None:
    """The outlet a line of its own ``译自 OUTLET [DATE]`` names, or None."""
    norm = nfkc(line).strip()
    if len(norm) > _TRANSLATED_FROM_MAX:
        return None
    d = DATE_RE.search(norm)
    head = norm[: d.start()] if d and not norm[d.end() :].strip(" 。.") else norm
    m = _TRANSLATED_FROM_LINE_RE.match(head)
    return m["name"] if m else None


# ``…幅度卻達60毫米。 本報港聞部報道``: the paper's desk credited with the report, run into the end of a
# paragraph after its last sentence (LABELLING.md: a desk credit closing the lead paragraph gives the
# desk as the author, 本報 and 報道 being role words, and is cut); a desk's name ends in 部 / 組 /
# 中心, so ``本報訊`` and ``本報記者報道`` name no one (NFKC text)
_RUN_IN_DESK_RE = re.compile(
    rf"(?<=[。！？!?”」])\s*本[报報](?P<desk>[\u4e00-\u9fff]{{1,6}}?(?:部|組|组|中心))"
    rf"(?:{_REPORTED[3:-1]}|讯|訊)$"
)


def run_in_desk(tail: str) -> re.Match[str] | None:
    """The desk credit (``本報港聞部報道``) run into the end of ``tail`` (NFKC), or None."""
    return _RUN_IN_DESK_RE.search(tail) if "本" in tail else None


def lead_desk(paragraphs: list[str]) -> tuple[int, str] | None:
    """(index, desk) of a desk credit run into the end of one of the text's first eight
    paragraphs (the lead; slideshow captions may stand above it), or None."""
    for i, p in enumerate(paragraphs[:8]):
        tail = (p or "").rstrip()[-RUN_IN_SPAN:]
        if "本" in tail and (m := run_in_desk(nfkc(tail))):
            return i, m["desk"]
    return None


def run_in_desk_start(tail: str) -> int | None:
    """Where ``run_in_desk``'s credit starts in ``tail``, or None (``run_in_credit``'s finder)."""
    found = _desk_credit(tail)
    return found[0] if found else None


def _desk_credit(tail: str) -> tuple[int, str] | None:
    """``…。 本報港聞部報道``: the desk credited with the report."""
    m = run_in_desk(tail)
    return (m.start(), m["desk"]) if m else None


# ``…献礼中国共产党成立一百周年！（文/党委组织部 图/轻院新闻社）`` (gdqy-rq-pagedetail): the text's credit,
# the pictures' maybe beside it, in one bracket after the last sentence (NFKC text). LABELLING.md
# (labelcheck15): 文/X credits the writing, so X is the author whether a person or a unit of the
# institution (as 作者：医技药剂党支部); 图/Y credits the pictures only, nobody.
# 作者/ and 撰稿/ as 文/ (a CMS that prints the writer's label word: ``（作者/党委组织部 图/轻院新闻社）``)
_CREDIT_ROLE = r"(?:文|撰文|文字|作者|撰稿|图|圖|图片|圖片|摄影|攝影|摄|攝)"
_TEXT_ROLE = r"(?:文|撰文|文字|作者|撰稿)"
_CREDIT_NAME = r"[^()/\s]{2,12}"
# ``（文/图 周明轩）``: one credit for text and pictures, a space for its slash (policy71)
_CREDIT_ITEM = rf"(?:文\s*/\s*[图圖]\s*[/:]?\s*|{_CREDIT_ROLE}\s*/\s*){_CREDIT_NAME}"
TEXT_PICTURE_CREDIT_RE = re.compile(
    rf"\((?=[^()]*(?:文|作者|撰稿)\s*/)\s*{_CREDIT_ITEM}(?:\s+{_CREDIT_ITEM}){{0,2}}\s*\)$"
)
_TEXT_CREDIT_RE = re.compile(rf"(?<![\u4e00-\u9fff]){_TEXT_ROLE}\s*/\s*(?P<names>{_CREDIT_NAME})")


def text_picture_credit(tail: str) -> tuple[int, str] | None:
    """``…！（文/X 图/Y）``: where the closing bracket of text and picture credits starts after
    the last sentence, and the writer its 文/ names (person or unit), or None."""
    if not tail.endswith(")") or "/" not in tail:
        return None
    m = TEXT_PICTURE_CREDIT_RE.search(tail)
    if m is None or not m.start() or tail[: m.start()].rstrip()[-1:] not in "。！？!?”」":
        return None
    writer = _TEXT_CREDIT_RE.search(m.group())
    return (m.start(), writer["names"]) if writer else None


# ``(文章信息摘自运输人 时坤报道)`` (ev817-club-story-148): a repost's bracketed credit naming the
# outlet it was taken from and the person who reported it (NFKC text; LABELLING.md, hunt103: the
# person is the author, the bracket is cut; the outlet is the 来源 slot's business). On a line of
# its own closing the text (``EXCERPT_REPORT_LINE_RE``) or run into the last sentence.
_EXCERPT_REPORT = (
    r"\(\s*(?:文章信息|文章|信息|本文)?\s*(?:摘自|摘编自|摘編自|转自|轉自|选自|選自)\s*"
    r"[^\s()]{2,16}\s+"
    rf"(?:{_TITLE_ALT})?\s*(?P<names>[\u4e00-\u9fff·]{{2,4}}(?:、[\u4e00-\u9fff·]{{2,4}}){{0,2}})"
    rf"\s*{_REPORTED}\s*\)"
)
EXCERPT_REPORT_LINE_RE = re.compile(rf"^{_EXCERPT_REPORT}$")


def excerpt_report_names(line: str) -> str | None:
    """The reporters of a repost's credit line ``(文章信息摘自运输人 时坤报道)`` (NFKC, stripped),
    when each signs a person, or None."""
    m = EXCERPT_REPORT_LINE_RE.match(line) if line.endswith(")") else None
    if m is None or not all(_signs_a_person(n) for n in m["names"].split("、")):
        return None
    return m["names"]


#: The marks that open a picture's caption in a paper's layout (▲ under the picture, △ ▼ rarer):
#: a marked caption after the text is no paragraph of it (晴報's picture grid, skypost pages).
CAPTION_MARKS = ("▲", "△", "▼")


def caption_tail_start(items: list, key: Callable[[Any], str] = str.lstrip) -> int:
    """Where the run of marked captions (``CAPTION_MARKS``) closing ``items`` starts, ``key``
    giving each item's text; the first item is never counted in it (``len(items)``: no run)."""
    end = len(items)
    while end > 1 and key(items[end - 1]).startswith(CAPTION_MARKS):
        end -= 1
    return end


def _credit_line(line: str) -> bool:
    """True for a short line of its own that is only an editor's or a 来源 credit."""
    if len(line) > 40 or ("编" not in line and "編" not in line and "源" not in line):
        return False  # most lines: no regex
    text = collapse_whitespace(line)
    m = INLINE_EDITOR_LINE.search(text)
    return (m is not None and m["mid"] is None) or TAIL_SOURCE_RE.match(nfkc(text)) is not None


# Inline people inside the body.
# The editor note that closes a text, one rule for both shapes: a line of its own (``责任编辑：X``,
# ``【编辑:X】``, ``编辑丨X``; the body drops it) or a bracketed note ending the last paragraph
# (``……。（编辑：小何）``; the paragraph stays). ``mid`` is set for the second.
INLINE_EDITOR_LINE = re.compile(
    r"(?:^\s*[【\[(（]?|(?P<mid>[【\[(（]))\s*"
    # setn: ``（整理：實習編輯劉彥璇）``, the editor who compiled it, their role glued to the name
    r"(?:整理\s*[:：]\s*)?"
    rf"(?P<role>值班|实习|實習|见习|見習|网络|網絡|文字|本期|本文|执行|執行)?(?:{alternation(LABELS['editor'])})"
    # a colon, a bar or slash (``编辑丨X``, ``责编/X``), or only a space before a name or two;
    # after a role (實習編輯) the name may be glued
    r"(?:\s*[:：|｜丨/／]\s*|\s+(?=[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*\s*[】\])）]?\s*$)"
    r"|(?(role)(?=[\u4e00-\u9fff·]{2,4}\s*[】\])）]\s*$)|(?!)))"
    r"(?P<name>[^】\])）]+?)\s*(?(mid)[】\])）]|[】\])）]?)"
    # a platform's link may follow the note (sohu: ``（编辑：小何）返回搜狐，查看更多``)
    r"\s*(?:返回\S{1,12})?$"
)
# tried only where a note can start (a bracket, a blank, a label's first character)
INLINE_EDITOR_LINE = gated(INLINE_EDITOR_LINE, each=True)

# ``（王勋编辑，作者已审阅）`` on a line of its own closing the text (NFKC): a name written before
# 编辑 in a closing credit bracket, a note maybe after a comma, names the editor as ``编辑：X`` does
# (the lead's session-23 decision, chnmedu.org); cut from the body as a credit
NAME_THEN_EDITOR_LINE = re.compile(
    r"^\(\s*(?P<name>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}){0,2})\s*(?:编辑|編輯)"
    r"\s*(?:[,;]\s*[^()]{1,12})?\)$"
)
# what stands before 编辑 in a role's name (责任编辑, 美术编辑, 实习编辑 ...), no person
_EDITOR_ROLE_LEADS = frozenset(
    (
        "责任", "責任", "美术", "美術", "图片", "圖片", "视频", "視頻", "文字", "网络", "網絡",
        "实习", "實習", "见习", "見習", "值班", "本期", "本文", "执行", "執行", "技术", "技術",
    )
)  # fmt: skip


def name_then_editor(line: str) -> str | None:
    """The editor of a closing ``（王勋编辑，作者已审阅）`` line (NFKC, stripped), or None."""
    m = NAME_THEN_EDITOR_LINE.match(line) if "编" in line or "編" in line else None
    if m is None:
        return None
    names = m["name"].split("、")
    if any(n in _EDITOR_ROLE_LEADS or not _signs_a_person(n) for n in names):
        return None
    return m["name"]


# A name alone in brackets on the text's last line: ``（羅森）``, ``（记者 张三）``.
SIGNATURE_LINE_RE = re.compile(
    rf"^[(（]\s*(?:(?:{alternation(REPORTER_ROLES)})\s*)?"
    # the outlet may sign with the name (chinadaily: ``（中国日报网英语点津 Helen ）``); a Latin
    # given name only after such an outlet (``(Agencies)`` alone names no one)
    r"(?:(?P<outlet>[\u4e00-\u9fff]{2,12})\s+)?"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}|(?(outlet)[A-Z][a-z]{1,15}|(?!)))\s*[)）]$"
)


def signature_line(line: str, outlet: bool = False) -> str | None:
    """The name of a line that is only a writer's bracket (``（羅森）``, ``（中国日报网英语点津
    Helen ）``); with ``outlet``, only the second shape, an outlet signing with the name."""
    m = SIGNATURE_LINE_RE.match(line)
    if m is None or (outlet and not m["outlet"]):
        return None
    if m["outlet"] and _unit_word(m["outlet"]) and not outlet:
        # a unit of the institution and the person (``（机电工程学院 张明华）``): the person, as
        # LABELLING.md's corpus34 reads 宣传部辛欣 (the department goes)
        return m["name"] if _surnamed(m["name"]) else None
    if m["outlet"] and not _OUTLET_WORD_RE.search(m["outlet"]):
        # two words in brackets that are not an outlet and a name: two writers sign
        # (``（周明轩 李晓）``, ``（李晟 韦鑫）``) when each reads as a person's name, led by a
        # surname and no common word (``（施工 安全）``, ``（周明轩 高新区）``), else no one; the
        # same bracket run into the last sentence is read alike (LABELLING.md, session 27); a
        # name that only ends like a unit (``（王文科 李晓）``) is a name in both places
        pair = (m["outlet"], m["name"])
        if not outlet and all(_surnamed(n, unit_like=True) for n in pair):
            return "、".join(pair)
        return None
    name = m["name"]
    if name in PEOPLE_LABELS or not _signs_a_person(name):
        return None  # ``（中国日报网 编辑）``: a role; a place, an office, an outlet
    return name


_TEXT_ALIGN_RE = re.compile(r"text-align\s*:\s*(?P<side>[a-z-]+)", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[。！？!?”」）)]$")


def _right_aligned(el: Any, levels: int = 3) -> bool:
    """True when ``el`` (or one of its nearest ancestors) is set flush right, the nearest
    alignment deciding: ``style="text-align:right"`` or ``align="right"``."""
    for up in [el, *el.iterancestors()][: levels + 1]:
        m = _TEXT_ALIGN_RE.search(up.get("style") or "")
        side = m["side"].lower() if m else (up.get("align") or "").lower()
        if side:
            return side in ("right", "end")
    return False


def _dated_below(page: Page, b: Block) -> bool:
    """True when the line under ``b`` is only a date, set flush right as well."""
    below = page.blocks[b.idx + 1] if b.idx + 1 < len(page.blocks) else None
    if below is None or below.chars > 16 or not _right_aligned(below.owner):
        return False
    text = nfkc(below.text).strip()
    m = DATE_RE.search(text)
    return m is not None and len(text) - len(m.group(0)) <= 2


def signature_block(
    page: Page, paras: list[Block], vouched: frozenset[str] = frozenset()
) -> tuple[Block, str] | None:
    """(block, names) of a writer's signature set flush right under the text: a line of its
    own that is only a person's name or two (``曹磊``, each led by a common surname), among the
    last three paragraphs or right after the last one, below the text's last sentence. A notice's signing office, a date or a
    place is no person's name (LABELLING.md: the office's signature stays in the text). A pen
    name led by no surname (``去驴行``) signs when the page's author meta or JSON-LD names it
    (``vouched``): hidden, they say only that the word is a person's."""
    if not paras:
        return None
    found = _signature_in(page, paras, paras[-3:], vouched)
    if found is None and (end := _before_closing_furniture(paras)) < len(paras):
        # the signature over the text's closing furniture: picture credits, numbered captions,
        # 附件 lines or a list of links the body kept under it (people203: the signed name
        # is then no longer among the text's last three lines)
        found = _signature_in(page, paras, paras[max(0, end - 3) : end], vouched)
    return found


# A short line closing a text under its signature that is no text of the writer's: a picture's
# credit (``图片来源：X``, ``摄影：X``, ``（图片由学院提供）``), a numbered caption (``图1 活动现场``),
# an attachment (``附件2：汇总表.xlsx``) (NFKC)
_CLOSING_FURNITURE_RE = re.compile(
    rf"^[(（]?(?:(?:{alternation(LABELS['media'])}|摄影|攝影|附件\s*\d{{0,2}})\s*[:]"
    r"|[图圖]\s*\d{1,2}(?!\d)|图片由|圖片由)"
)
_CLOSING_FURNITURE_SPAN = 6


def _before_closing_furniture(paras: list[Block]) -> int:
    """The index in ``paras`` past the text's last line of its own: the short furniture lines
    closing it (``_CLOSING_FURNITURE_RE``, or a line all link) stepped over, at most six."""
    end = len(paras)
    while end > 1 and len(paras) - end < _CLOSING_FURNITURE_SPAN:
        b = paras[end - 1]
        if b.chars > 40 or not (
            _CLOSING_FURNITURE_RE.match(nfkc(b.text).strip()) or (b.link and b.link >= b.chars)
        ):
            break
        end -= 1
    return end


def _signature_in(
    page: Page, paras: list[Block], near: list[Block], vouched: frozenset[str]
) -> tuple[Block, str] | None:
    """``signature_block``'s reading of the lines ``near`` the text's end (and up to three short
    blocks right after the last paragraph)."""
    last = paras[-1].idx
    tail = near + [b for b in page.blocks[last + 1 : last + 4] if b.chars <= 12]
    for b in tail:
        if b.chars > 12 or b.link:
            continue
        # a name or two, or a department's name before them
        names = _signing_names(nfkc(b.text).strip(), vouched)
        if not names or not _right_aligned(b.owner):
            continue
        above = page.blocks[b.idx - 1] if b.idx else None
        if (
            above is None or not _SENTENCE_END_RE.search(nfkc(above.text).strip())
        ) and not _dated_below(page, b):
            # a signature closes a text: right below its last sentence, or over its date set
            # flush right too when the text ends in no sentence (a caption, a table)
            continue
        return b, "、".join(names)
    return None


def _signing_names(text: str, vouched: frozenset[str]) -> list[str] | None:
    """The writers a signature line ``text`` (NFKC) names: a name or two, each led by a surname
    (a right-aligned phrase, ``欢迎转发``, is no signature), or named by the page's author meta;
    a department may stand before the name (``宣传部辛欣``, LABELLING.md twenty-fifth round: the
    person signs, the department goes); a department alone is the office's signature."""
    if _SIGNED_NAMES_RE.match(text):
        names = re.split(r"[\s、]+", text)
        if all(_surnamed(n) or n in vouched and _signs_a_person(n) for n in names):
            return names
    person = unit_lead_name(text)
    return [person] if person else None
