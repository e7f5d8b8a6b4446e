"""Labelled lines of their own by the headline and before the text; a box's publisher above it."""

from __future__ import annotations

import re

from .date_lines import (
    _AD_BADGE_RE,
    _TODAY_RE,
    SHORT_YEAR_CLOCK_RE,
    _event_label_above,
    _in_code_listing,
    _in_dated_list,
    _not_this_items_date,
)
from .label_cells import _label_cell
from .labels import (
    DATE_RE,
    LABEL_RE,
    LABELS,
    ORIGINAL_LINK_LABEL,
    PUBLISH_DATE_LABELS,
    SHORT_YEAR_CLOCK,
    WEB_ADDRESS,
    alternation,
    labels_other_date,
    posted_on,
    short_year_written_out,
    split_labelled_line,
)
from .meta_line import _DIGIT_RE, META_KEYS, _event_date, _is_meta, add_fields, post_row
from .meta_marks import byline_outlet
from .page import (
    HEADING_TAGS,
    Block,
    Page,
    node_text,
)
from .people.bylines import filed_from_cut
from .people.names import _is_placeholder
from .text import nfkc
from .trailer import _CREDIT_KEYS, _PRINTED_IN_RE, _SENTENCE_END_RE, CONTROLS_LEAD_RE

# A labelled line whose value is one web address (``新闻来源： http://news.buaa.edu.cn/…``): as
# short as a name to a reader, however long the address (NFKC text)
_URL_VALUE_LINE_RE = re.compile(rf"^\S{{1,6}}\s*:\s*{WEB_ADDRESS}$")


_PUBLISHER_LEAD_RE = re.compile(rf"^(?:{alternation(LABELS['publisher'])})\s*:?\s*")


def box_publisher(page: Page, end: int) -> str | None:
    """The publishing office a 信息公开 box names above the text (blocks before ``end``): its
    label and value on one line, or the label alone with the value in the next element (yichun:
    ``<label>发布机构：</label><div>宜春市统计局</div>``)."""
    for b in page.blocks[: max(0, end)]:
        if b.chars > 40 or ("机" not in b.text and "機" not in b.text and "部" not in b.text):
            continue  # no label of the key in it (checked raw: NFKC of every block costs)
        if not _PUBLISHER_LEAD_RE.match(nfkc(b.text).strip()):
            continue
        value = split_labelled_line(b.text).get("publisher")
        if not value and b.idx + 1 < end:
            nxt = page.blocks[b.idx + 1]
            norm = nfkc(nxt.text).strip()
            if nxt.chars <= 30 and not LABEL_RE.match(norm) and not DATE_RE.search(norm):
                value = nxt.text.strip()
        if value:
            return value
    return None


_DAY_RE = re.compile(r"^(?P<d>0?[1-9]|[12]\d|3[01])日?$")

_YEAR_MONTH_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>0?[1-9]|1[0-2])\s*月?$")

#: A calendar badge in one block: the day before the year and month (``05 2024-03``, ``052024.03``),
#: or after them with a space (``2024年03月 05``).
_BADGE_RE = re.compile(
    r"^(?:(?P<d0>0?[1-9]|[12]\d|3[01])日?\s*(?P<y0>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m0>0?[1-9]|1[0-2])月?"
    r"|(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>0?[1-9]|1[0-2])月?\s+(?P<d>0?[1-9]|[12]\d|3[01])日?)$"
)


# ``发布时间：01-18`` (yqxbc): a publish label before a month and day with no year. The line is the
# date line all the same, so its people are read; the date stays null (no year shown: misses75)
_LABELLED_MONTH_DAY_RE = re.compile(
    rf"(?:{'|'.join(PUBLISH_DATE_LABELS)})\s*:\s*\d{{1,2}}-\d{{1,2}}(?![\d-])"
)


# ``发布日期：11-10-06 17:31``: a publish label before a two-digit year with its clock (the clock
# makes the order year-month-day), read as the full date of that label is, whatever the line
# holds before it (sxlmrl: a keyword-stuffed ``作者：A，B，C，…`` the meta line takes for prose)
_LABELLED_SHORT_YEAR_RE = re.compile(
    rf"(?:{'|'.join(PUBLISH_DATE_LABELS)})\s*:\s*" + SHORT_YEAR_CLOCK
)


def _kept_meta_people(b: Block, out: dict[str, str]) -> None:
    """The people of a date line with labelled items that has no element of its own, so no
    meta line was found: an inline element in the text's container (ltn's ``<div class=text>
    <span>DATE 来源：X</span><p>…``, sina's ``<h1>…</h1><cite>OUTLET (DATE) 责编：X</cite>``)."""
    if b.chars > 80 or _DIGIT_RE.search(b.text) is None:
        return  # a date needs a digit (most header lines have none: no NFKC, no regex)
    if "source" in out and "editor" in out and "author" in out:
        return
    norm = nfkc(b.text)
    if (
        DATE_RE.search(norm) is None and _LABELLED_MONTH_DAY_RE.search(norm) is None
    ) or LABEL_RE.search(norm) is None:
        return
    fields = split_labelled_line(b.text)
    if _is_meta(fields, b.text):
        for key in ("author", "editor", "source"):
            if fields.get(key):
                out.setdefault(key, fields[key])


# A labelled item closing a line after a wide gap (NFKC text: two spaces or more)
_GAPPED_ITEM_RE = re.compile(r"\s{2,}(?P<item>\S[^\s]{0,8}\s*[:|]\s*\S{2,20})\s*$")


def _gapped_item(norm: str) -> str | None:
    """The labelled item after a wide gap that closes a line with no sentence in it."""
    if "  " not in norm or _SENTENCE_END_RE.search(norm):
        return None
    m = _GAPPED_ITEM_RE.search(norm)
    return m["item"] if m and LABEL_RE.match(m["item"]) else None


# How many short lines above the headline may hold its editor or source line.
_ABOVE_TITLE_SPAN = 3


def _short_line(b: Block, norm: str) -> bool:
    """True for a line short enough to be a labelled line of its own (a long web address after
    its label counts as short: ``新闻来源： http://…``)."""
    return b.chars <= 60 or (b.chars <= 300 and _URL_VALUE_LINE_RE.match(norm) is not None)


def opening_lines_start(page: Page, paras: list[Block], excluded: set[int]) -> int | None:
    """Where the labelled lines of their own right above the text's first paragraph start (the
    index of the block before them, as a headline's would be), when the page shows no headline
    block: a Hexo Fluid post hides its ``<h1>`` (``display: none``) and types the title into its
    banner by script, so ``来源：X`` / ``责任编辑：Y`` opening the text have no headline over them,
    and the body leaves them out all the same (people182's transplants). At most four lines,
    each short and led by a label; None where the block right above the text is no such line."""
    start = None
    for i in range(paras[0].idx - 1, max(-1, paras[0].idx - 5), -1):
        b = page.blocks[i]
        if i in excluded or b.chars > 40 or not LABEL_RE.match(nfkc(b.text).strip()):
            break
        start = i - 1
    return start


# A translated post's translators in its opening credit run (``翻译：孙振华 田凌侠``): names only,
# blank- or 、-parted. 翻译 is no author label elsewhere (a language page's ``翻译：`` heads a
# translated sentence): it credits writers only inside a run that holds a 作者 line.
_TRANSLATOR_LINE_RE = re.compile(
    r"^(?:翻译|翻譯)\s*[:：]\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,3})$"
)
# The line of a translated text's original in its opening credit run (``原文：请查看原文链接``,
# ``原文链接：URL``)
_ORIGINAL_LINE_RE = re.compile(rf"^(?:原文|{ORIGINAL_LINK_LABEL})\s*[:：]\s*\S")
# lines a credit run opening the text holds at most, and each line's characters at most
_CREDIT_RUN_LINES = 5
_CREDIT_RUN_CHARS = 60


def opening_credit_run(paras: list[Block]) -> int:
    """How many of the text's first blocks are a run of credit lines of their own (ALC Beijing's
    translated posts: ``发布时间：2024 年 1 月`` / ``作者：NAME，affiliation`` / ``翻译：A B`` /
    ``校对：C`` opening the text): each short and led by a label (or a translators' line), two
    at least, one a 作者 line. The run is the post's header, as lines between the headline and
    the text are; 0 where the text opens otherwise."""
    n, author, translator, original = 0, False, False, False
    for b in paras[:_CREDIT_RUN_LINES]:
        if b.chars > _CREDIT_RUN_CHARS:
            break
        text = nfkc(b.text).strip()
        if _TRANSLATOR_LINE_RE.match(text):
            n, translator = n + 1, True
            continue
        if _ORIGINAL_LINE_RE.match(text):
            n, original = n + 1, True
            continue
        if not LABEL_RE.match(text):
            break
        fields = split_labelled_line(text)
        if not fields:
            break
        author = author or "author" in fields
        n += 1
    # (a translator's line over the original's line is a translated post's credit box too,
    # no 作者 line in it: motss.cc's ``翻译：NAME`` / ``原文：请查看原文链接`` opening the text)
    credited = author or (translator and original)
    return n if n >= 2 and credited and n < len(paras) else 0


# ``NAME，Apache软件基金会公共事务副总裁``: the writer's title after a comma, a run of CJK words
# longer than a name (a second name after the comma is two to four characters)
_TITLE_AFTER_COMMA_RE = re.compile(r"^(?P<name>[^，,]{2,40}?)\s*[，,]\s*(?=.*[\u4e00-\u9fff]{6})")


def run_writer(value: str) -> str:
    """The writer's name of a credit run's ``作者：`` value, the title after a comma left out."""
    m = _TITLE_AFTER_COMMA_RE.match(value)
    return m["name"] if m else value


def run_writers(blocks: list[Block]) -> list[str]:
    """Each writer a credit run's author-labelled lines name, in page order: a translated text's
    box credits its translator and the original's writer on lines of their own (devopschina.org:
    ``社区译者：A-北京`` / ``审校：B`` / ``原作者： C``), and both wrote what the reader reads (the
    译者 rule and the 原作者 rule; a 审校 review credits no writer)."""
    out: list[str] = []
    for b in blocks:
        text = nfkc(b.text).strip()
        if b.chars > _CREDIT_RUN_CHARS or not LABEL_RE.match(text):
            continue
        value = split_labelled_line(text).get("author")
        if not value or _is_placeholder(value):
            continue  # (``原作者：暂未发现``, "not found yet": no one)
        # (``A-北京``: where the translator lives, no part of the name)
        if (name := filed_from_cut(run_writer(value)) or value) not in out:
            out.append(name)
    return out


def run_translators(blocks: list[Block]) -> list[str]:
    """The translators a header's ``翻译：A B`` line names (``opening_credit_run``'s lines)."""
    for b in blocks:
        if b.chars <= _CREDIT_RUN_CHARS and (m := _TRANSLATOR_LINE_RE.match(nfkc(b.text).strip())):
            return re.split(r"[\s、，,]+", m["names"])
    return []


#: The meta line's keys but its date (an event's line gives its credits, not its day)
_NO_DATE_KEYS = tuple(k for k in META_KEYS if k != "published")


def _button_row(b: Block, label: str) -> bool:
    """True for a row of links whose label word is one of them, no colon after it: the page's
    buttons under a headline (an encyclopedia's ``编辑 锁定 讨论 上传视频``), no credit line; a
    credit's label stands unlinked or takes a colon (``作者：<a>X</a>``)."""
    return b.link >= b.chars and not label.rstrip().endswith((":", "|", "/", "丨"))


def header_fields(
    page: Page, title_idx: int, paras: list[Block], excluded: set[int], out: dict[str, str]
) -> None:
    """Add to ``out`` the fields of labelled lines of their own between the title and the text."""
    header = page.blocks[title_idx + 1 : paras[0].idx]
    # the cells of a byline sit right under the title
    if "author" not in out and (cell := _label_cell(header[:12], "author")):
        out["author"] = cell
    # a labelled line of its own between the title and the text (``来源于：东区办事处``)
    for b in header:
        if _in_code_listing(b.owner):
            continue  # a program's lines (eurkon.com's Markdown front matter ``date: …``)
        # page controls may lead the line (xinhuanet's ``【纠错】 [责任编辑：X]``, moved above)
        text = CONTROLS_LEAD_RE.sub("", b.text) if b.text[:1] in "【[" else b.text
        norm = nfkc(text).lstrip("【[(（ ")
        event = False
        if _short_line(b, norm) and b.idx not in excluded and (label := LABEL_RE.match(norm)):
            if not _button_row(b, label.group(0)):
                # an event's bare 时间 over its 地点 line, or a timetable (cuasia's DedeCMS event
                # page: ``时间：2012年2月14日15:00-18:30`` / ``地点：纽约…`` under the headline when the
                # page's own line went under the text): the event's day, no date of the page's,
                # as the meta line leaves it out (``meta_line._text_item_date``)
                event = _event_date(page, split_labelled_line(text), b.idx + 1)
                add_fields(out, text, _NO_DATE_KEYS if event else META_KEYS)
        elif b.idx not in excluded:
            _kept_meta_people(b, out)
            if b.chars <= 160 and "|" in norm and (outlet := byline_outlet(b.text)):
                out.setdefault("slot_outlet", outlet)  # ``By X | China Daily | Updated: DATE``
            if b.chars <= 120 and (item := _gapped_item(norm)):
                # a line that repeats or extends the headline, a labelled item after a wide gap
                # (zsnews: ``<subtitle>&nbsp;&nbsp;来源于：东区办事处``)
                add_fields(out, item, _CREDIT_KEYS)
        if b.chars <= 200 and "published_posted" not in out and (posted := posted_on(norm)):
            # ``本文于 2019-09-05 10:12 由 X 发布`` under the title: the publish date shown
            out["published_posted"] = posted
        # any date written between the title and the text, even inside a longer line (``本文于
        # 2019-09-05 10:12 由…发布``): the published chain's last resort before the URL
        if (
            b.chars <= 200
            and "published_header" not in out
            and not event
            and (
                b.link * 2 <= b.chars
                or (DATE_RE.search(norm) is not None and _permalink_date(page, b, title_idx))
            )
        ):
            m = DATE_RE.search(norm)
            if (
                m
                and not labels_other_date(norm, m.start())
                and not _event_label_above(page, b)
                and not _AD_BADGE_RE.search(norm)
                # the meta line's refusals: a calendar's today (``今天是2026年11月28日``) and a
                # row of a dated headline list (related news under the title; a list item, as
                # the block beside a post's text is not: CSDN's 分类 line above its text)
                and not _TODAY_RE.search(norm[: m.start()])
                and not _not_this_items_date(page, b, norm, m)
                and not (b.link and b.owner.tag == "li" and _in_dated_list(b.owner))
                and not (b.link and post_row(page, b.owner))
                # the day in a source address's path is no date the line shows
                and not _URL_VALUE_LINE_RE.match(norm)
            ):
                out["published_header"] = m.group(0)
            elif m is None and (short := _short_year_alone(b, norm) or _labelled_short_year(norm)):
                out["published_header"] = short
        if (
            "published_header" not in out
            and "刊" in norm
            and (printed := _PRINTED_IN_RE.match(norm))
        ):
            # the year under the title as under the text (one rule for the shape,
            # LABELLING.md decide76): ``刊登在 2004 华夏快递 kd040308.``
            out["published_header"] = printed["year"]
    # an editor's or a source label set apart by the markup, no colon (``<dt>来源</dt><dd>X</dd>``)
    for key in _CREDIT_KEYS:
        if key not in out and (cell := _label_cell(header[:12], key)):
            out[key] = cell
    # an editor's or a source line of its own right above the headline (a template that sets
    # ``责任编辑：X`` or ``来源：X`` over the title): the nearest short lines, no prose between
    for b in reversed(page.blocks[max(0, title_idx - _ABOVE_TITLE_SPAN) : title_idx]):
        norm = nfkc(b.text).lstrip("【[(（ ")
        if not _short_line(b, norm):
            break
        if b.idx not in excluded and LABEL_RE.match(norm):
            add_fields(out, b.text, _CREDIT_KEYS)
    # a saved page under the post's own headline (funhubu's Hugo rebuild holds each WeChat
    # article as a nested document: the post's ``<h1>``, its date and credit lines, then the
    # saved page's own title heading, which the extractor takes): a reader sees the lines
    # between the two copies of the headline as the post's header
    outer = _outer_headline(page, title_idx)
    if outer is not None:
        for b in page.blocks[outer + 1 : title_idx]:
            norm = nfkc(b.text).lstrip("【[(（ ")
            if (
                b.idx not in excluded
                and _short_line(b, norm)
                and (label := LABEL_RE.match(norm))
                and not _button_row(b, label.group(0))
            ):
                add_fields(out, b.text, _NO_DATE_KEYS)
    # a bracketed label opening the text, its value after it (gztz: ``(作者或来源) 品味`` in a
    # span right under the h1): a slot of the template the body kept, not a sentence
    first = paras[0]
    if first.chars <= 40 and first.idx > title_idx and first.text.lstrip()[:1] in "【[(（":
        norm = nfkc(first.text).lstrip("【[(（ ")
        label = LABEL_RE.match(norm)
        if label and ")" in label.group(0):  # the label's own bracket closes it
            add_fields(out, first.text)
    _kept_meta_people(first, out)
    if "published_header" not in out:
        # a calendar badge: the day in one block, the year and month in the next (``21`` /
        # ``2024年02月``), in either order, or both in one block when the template sets them in
        # two inline elements (``<span>05</span><span>2024-03</span>`` reads ``052024-03``)
        header = page.blocks[title_idx + 1 : paras[0].idx]
        for b in header:
            if b.chars <= 16 and (one := _BADGE_RE.match(nfkc(b.text).strip())):
                y, mo, d = (one[k] or one[f"{k}0"] for k in "ymd")
                out["published_header"] = f"{y}-{int(mo):02d}-{int(d):02d}"
                return
        for a, b in zip(header, header[1:], strict=False):
            for day, ym in ((a, b), (b, a)):
                d = _DAY_RE.match(nfkc(day.text).strip())
                y = _YEAR_MONTH_RE.match(nfkc(ym.text).strip())
                if d and y:
                    out["published_header"] = f"{y['y']}-{int(y['m']):02d}-{int(d['d']):02d}"
                    return


#: How many short lines may stand between a post's headline and the saved page's copy of it
_OUTER_HEADLINE_SPAN = 8


def _outer_headline(page: Page, title_idx: int) -> int | None:
    """The index of a heading above the headline block that shows the same headline, only short
    lines between (a blog post's ``<h1>`` over the saved page it holds, whose own title heading
    repeats it); None where there is none."""
    head = page.blocks[title_idx]
    want = nfkc(head.text).strip()
    if not want:
        return None
    for i in range(title_idx - 1, max(-1, title_idx - 1 - _OUTER_HEADLINE_SPAN), -1):
        b = page.blocks[i]
        if nfkc(b.text).strip() == want:
            if b.owner.tag in HEADING_TAGS and not b.link:
                return i
            continue  # the nested document's own <title> shown as text repeats it too
        if not _short_line(b, nfkc(b.text)):
            return None
    return None


def _labelled_short_year(norm: str) -> str | None:
    """A publish label's ``yy-MM-dd HH:mm`` in ``norm`` (NFKC), written out with its century."""
    if ":" not in norm or (m := _LABELLED_SHORT_YEAR_RE.search(norm)) is None:
        return None
    return short_year_written_out(m)


def _short_year_alone(b: Block, norm: str) -> str | None:
    """A two-digit year with its clock standing alone under the headline, its own line or the
    whole text of an element of its own (cwl.gov.cn: ``<h4>TITLE</h4><small>来源：X</small>
    <small>13-10-12 11:18</small>``), written out with its century: where the meta line stands a
    date line is read as one, and the clock makes the order yy-MM-dd (LABELLING.md sessions 26
    and 28). Without the clock a two-digit year gives no date."""
    m = SHORT_YEAR_CLOCK_RE.search(norm)
    if m is None:
        return None
    shown = "".join(m.group(0).split())
    if "".join(norm.split()) != shown and not any(
        # asked only once the rare shape is found: an element whose whole text is the date
        isinstance(el.tag, str) and "".join(nfkc(node_text(el)).split()) == shown
        for el in b.owner.iter()
    ):
        return None
    return "20" + m.group(0).strip()


def _permalink_date(page: Page, b: Block, title_idx: int) -> bool:
    """True when a date in ``b`` links to where the headline links: the entry's permalink, as
    blogs print the date (goo blog: ``<a href=post>2020年07月03日</a> | <a>category</a>``), not
    a related item's date, which links elsewhere."""
    heads = {a.get("href") for a in page.blocks[title_idx].owner.iter("a") if a.get("href")}
    return bool(heads) and any(
        a.get("href") in heads and DATE_RE.search(nfkc(node_text(a))) for a in b.owner.iter("a")
    )
