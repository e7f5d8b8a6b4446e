"""Credit shapes the lead settled in session 27 (robust115, issue 10).

Each page is a small page of our own; the values asserted are what a reader of the page takes
from it, and the near shapes beside them must stay as they are.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article import meta_marks
from incubator_crawler.article.people.beside_date import _LATIN_NO_WRITER_RE
from incubator_crawler.article.people.names import _DATE_WORD_RE
from incubator_crawler.calendar_words import WEEKDAY_FORMS
from incubator_crawler.listing.row_dates import EN_DAY_RE

HEAD = "<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30</div>"
LAST = "园区将继续优化孵化服务，推动更多科技成果在园区落地转化。"
FOOT = "<div class='foot'>版权所有 园区管委会</div>"


def _run_in(bracket: str) -> dict:
    """The bracket run into the text's last sentence."""
    return run(f"{HEAD}<div class='text'><p>{PROSE}</p><p>{LAST}{bracket}</p></div>{FOOT}")


def _own_line(bracket: str) -> dict:
    """The bracket on a line of its own under the text's last sentence."""
    return run(f"{HEAD}<div class='text'><p>{PROSE}</p><p>{LAST}</p><p>{bracket}</p></div>{FOOT}")


@pytest.mark.parametrize("shape", [_run_in, _own_line])
@pytest.mark.parametrize(
    ("bracket", "author"),
    [
        # two short names, each led by a surname: the text's writers (mhxqwer-lfygxzf)
        ("（李晟 韦鑫）", "李晟、韦鑫"),
        ("（周明轩 李晓）", "周明轩、李晓"),
        # a topic's words, a zone, an excerpt's outlet: no one in either place
        ("（施工 安全）", None),
        ("（周明轩 高新区）", None),
        ("（摘自 人民日报）", None),
    ],
)
def test_two_words_alone_in_a_closing_bracket(shape, bracket: str, author: str | None) -> None:
    """Two names alone in a bracket closing the text sign it when each reads as a person's
    name (a surname first, no common word), run in or on a line of their own alike."""
    assert shape(bracket)["author"] == author


def test_one_name_in_a_closing_bracket_stays() -> None:
    """A single bracketed name run into the last sentence is still its writer."""
    assert _run_in("（钟才文）")["author"] == "钟才文"


@pytest.mark.parametrize(
    "line",
    [
        "发布者: 张三 | 来自: 人民网",
        "發布者: 张三 | 来自: 人民网",
        "發佈於 昨天 | 来自: 人民网",
        "時間: 昨天 | 来自: 人民网",
    ],
)
def test_a_forum_meta_word_in_either_script(line: str) -> None:
    """A Discuz meta line's poster or publish label marks the line in either script."""
    assert meta_marks.from_source(line) == "人民网"


@pytest.mark.parametrize("label", ["发布日期", "發佈日期", "發布時間", "發布日期"])
def test_a_slot_byline_publish_label_in_either_script(label: str) -> None:
    """``记者 X | 人民网 | LABEL：DATE``: every publish-date label in both scripts."""
    line = f"记者 周明轩 | 人民网 | {label}：2024-03-05 10:30"
    assert (meta_marks.slot_byline(line), meta_marks.byline_outlet(line)) == (
        "记者 周明轩",
        "人民网",
    )


def _meta(line: str) -> dict:
    return run(
        f"{HEAD[: HEAD.index('<div')]}<div class='m'>{line}</div><div><p>{PROSE}</p><p>{LAST}</p></div>"
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # 發布於 is a publish label as 發佈於 is: it ends the writer's item
        ("作者：周明轩 發布於：2024-03-05 10:30", "周明轩"),
        ("作者：周明轩 發佈於：2024-03-05 10:30", "周明轩"),
        # the poster before "posted on"
        ("张三 發布於 2024-03-05 10:30", "张三"),
    ],
)
def test_published_on_in_traditional_script(line: str, author: str) -> None:
    """``發布於`` reads as the shared posted-on labels do."""
    out = _meta(line)
    assert (out["author"], out["published_at"]) == (author, "2024-03-05T10:30:00+08:00")


def test_one_weekday_set() -> None:
    """Every English weekday rule reads the same forms (calendar_words.WEEKDAY_FORMS)."""
    assert WEEKDAY_FORMS == (
        "Monday", "Mon", "Tuesday", "Tues", "Tue", "Wednesday", "Wednes", "Wed",
        "Thursday", "Thurs", "Thur", "Thu", "Friday", "Fri", "Saturday", "Satur", "Sat",
        "Sunday", "Sun",
    )  # fmt: skip
    for form in WEEKDAY_FORMS:
        assert _DATE_WORD_RE.match(form) is not None, form
        assert _DATE_WORD_RE.match(f"{form}, 3 May") is not None, form
        assert EN_DAY_RE.fullmatch(f"{form}, May 22") is not None, form
        assert _LATIN_NO_WRITER_RE.fullmatch(form) is not None, form
    assert _DATE_WORD_RE.match("Wedne") is None


@pytest.mark.parametrize(
    "line",
    [
        "作者 周明轩 12次点击 2024-03-05 10:30",
        "作者：周明轩 12人点击 发布时间：2024-03-05 10:30",
        "2024-03-05 10:30 作者 周明轩 12 次点击",
        "2024-03-05 10:30 作者 周明轩 热度 12",
    ],
)
def test_a_click_count_after_the_writer(line: str) -> None:
    """A count of clicks (``12次点击``) or a hotness (``热度 12``) ends the writer's name."""
    out = _meta(line)
    assert (out["author"], out["published_at"]) == ("周明轩", "2024-03-05T10:30:00+08:00")
