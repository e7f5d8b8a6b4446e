"""Shapes found by a wide screen of session 24's unlabelled dev-side copies (audit109, issue 10):
a meta line whose links are bracketed buttons and the site's bracketed back link (the myp2c school
CMS: ``[鲁山教育网-山东省教师教育网] [手机版本] [扫描分享] 发布时间：2015年4月27日``), and its trail of
linked ``>>`` items closed by the headline."""

from __future__ import annotations

import lxml.html
import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.category import category_from_breadcrumb
from incubator_crawler.article.meta_line import _bracket_buttons
from incubator_crawler.article.published import time_element_date

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"
HEADLINE = "山东省教育考试院就自学考试相关问题答记者问"
NAV = (
    "<div class='nav'><a href='../../index.html'>网站首页</a> <a href='/a'>学院简介</a> "
    "<a href='/b'>党务工作</a> <a href='/c'>资源建设</a></div>"
)
SITE = "<a href='../../index.html'>[鲁山教育网-山东省教师教育网]</a>"
BUTTONS = (
    "<a href='javascript:void(0);'>[手机版本]</a>&nbsp;&nbsp;"
    "<a href='javascript:void(0);'>[扫描分享]</a>&nbsp;&nbsp;"
)
COUNT = "<div class='div_viewcount'>&nbsp;&nbsp;查看:<span>8221</span></div>&nbsp;&nbsp;来源:"


def _trail(last: str = HEADLINE) -> str:
    return (
        "<div class='mt_text'>&nbsp;<a href='javascript:;'>[山东师范大学鲁山教育网-山东省教师教育网]"
        "</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href='javascript:;'>&gt;&gt;招生自考办公室</a>&nbsp;&nbsp;"
        f"&nbsp;&nbsp;<a href=''>&gt;&gt;{last}</a></div>"
    )


def _page(meta: str, trail: str = "") -> dict:
    body = (
        f"{NAV}{trail}<div class='div_title'>{HEADLINE}<div class='box'><div>{meta}</div></div>"
        f"</div><div class='div_content'>{TEXT}</div>"
    )
    return run(body, head=f"<title>{HEADLINE}</title>", url="http://crjy.sicnu.edu.cn/p/16/x1.html")


# ------------------------------------------- a meta line of bracketed buttons (sicnu.edu.cn)
@pytest.mark.parametrize(
    "meta",
    [
        f"{SITE}&nbsp;&nbsp;{BUTTONS}发布时间：2015年4月27日{COUNT}",  # the myp2c line as it stands
        f"{SITE}&nbsp;&nbsp;发布时间：2015年4月27日",  # the back link alone, most of the line
        # short buttons: no menu by density (read on main too)
        "<a href='#'>【打印本页】</a><a href='#'>【关闭窗口】</a> 发布时间：2015年4月27日",
        f"{BUTTONS}发布时间：2015年4月27日{COUNT}",  # the buttons alone (read on main too)
    ],
)
def test_bracketed_buttons_leave_the_meta_line(meta: str) -> None:
    out = _page(meta)
    assert out["title"] == HEADLINE
    assert (out["published_at"], out["published_precision"]) == ("2015-04-27", "day")


def test_list_row_with_a_bracketed_column_keeps_the_line_out() -> None:
    # a bracketed column link before a linked headline: a list row, not a line of buttons
    out = _page(
        "<a href='/l/1.html'>[通知公告]</a><a href='/n/2.html'>关于开展成人高等教育报名工作的通知</a>"
        " 发布时间：2015年4月27日"
    )
    assert (out["published_at"], out["published_precision"]) == (None, None)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (f"<div>{SITE}&nbsp;&nbsp;{BUTTONS}发布时间：2015年4月27日</div>", True),
        ("<div><a>【打印】</a><a>［关闭］</a> 日期：2015-04-27</div>", True),
        ("<div><a>[通知公告]</a><a>关于报名工作的通知</a> 2015-04-27</div>", False),  # a plain link
        ("<div><a>学院新闻</a> <a>通知公告</a> 发布时间：2015年4月27日</div>", False),  # a menu
        ("<div>发布时间：2015年4月27日</div>", False),  # no link at all
        (
            "<div><a>[一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一]</a> 2015-04-27</div>",
            False,
        ),
        (
            "<div><a>[手机版本] 学院新闻</a> 发布时间：2015年4月27日</div>",
            False,
        ),  # more than the brackets
    ],
)
def test_bracket_buttons(markup: str, expected: bool) -> None:
    assert _bracket_buttons(lxml.html.fragment_fromstring(markup)) is expected


# ------------------------------------------- a trail of >> links closed by the headline
def test_trail_closed_by_the_headline() -> None:
    out = _page(f"{SITE}&nbsp;&nbsp;{BUTTONS}发布时间：2015年4月27日{COUNT}", _trail())
    assert out["category"] == "[山东师范大学鲁山教育网-山东省教师教育网] > 招生自考办公室"
    assert out["breadcrumb_raw"] == (
        "[山东师范大学鲁山教育网-山东省教师教育网]\xa0\xa0\xa0\xa0>>招生自考办公室"
    )
    assert (out["published_at"], out["title"]) == ("2015-04-27", HEADLINE)


def test_long_trail_not_closed_by_the_headline_is_none() -> None:
    # the same links ending in another long item: 40 characters of items count whole
    out = _page(
        f"{SITE}&nbsp;&nbsp;{BUTTONS}发布时间：2015年4月27日{COUNT}",
        _trail("成人高等教育函授站点年度工作安排一览"),
    )
    assert out["category"] is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("[鲁山教育网-山东省教师教育网] >> 通知公告", "[鲁山教育网-山东省教师教育网] > 通知公告"),
        ("首页 > [党建-工会] > 工作动态", "[党建-工会] > 工作动态"),
        # dashes still part unbracketed items beside an arrow
        ("东南网-福建频道-福州 > 正文", "福建频道 > 福州"),
        ("鲁山教育网-通知公告 >> 招生", "通知公告 > 招生"),
    ],
)
def test_bracketed_item_is_one_name(raw: str, expected: str) -> None:
    assert category_from_breadcrumb(raw) == expected


# ------------------------------------------- a QR code's share caption closing the text
SECOND = (
    "培训班邀请省内外专家授课，内容涵盖政策解读、案例分析和现场教学，学员普遍反映收获很大。" * 2
)


def _closed_by(line: str) -> str:
    page = run(
        f"<h1>{HEADLINE}</h1><div class='info'>发布时间：2015年4月27日</div>"
        f"<div class='content'><p>{PROSE}</p><p>{SECOND}</p><p>{line}</p></div>"
    )
    return page["body"]


@pytest.mark.parametrize("caption", ["（微信扫描分享）", "微信扫码分享", "【扫描分享】"])
def test_share_caption_closing_the_text_is_no_body(caption: str) -> None:
    assert _closed_by(caption) == f"{PROSE}\n\n{SECOND}"


@pytest.mark.parametrize(
    "line",
    [
        "请用微信扫描分享给身边的朋友。",  # a sentence that names the buttons
        "（扫描二维码报名）",  # a QR code's ask of another kind
    ],
)
def test_lines_that_are_no_share_caption_stay(line: str) -> None:
    assert _closed_by(line) == f"{PROSE}\n\n{SECOND}\n\n{line}"


# ------------------------------------------- the item's datePublished beside its comments' times
ITEM_TIME = '<time itemprop="datePublished" datetime="2018-06-13T09:00+00:00">Jun 13, 2018</time>'


def _comment(day: str) -> str:
    return (
        f'<li class="comment"><a href="javascript:;">ssempa nelson</a><div class="meta">'
        f'<time pubdate="" datetime="2018-06-{day}T13:40+00:00">{day} Jun 2018 13:40</time></div>'
        "<div class='comment__body'>Good article. It is sweeping out pigs here.</div></li>"
    )


ENGLISH = (
    "Where possible, depending on the pig production system, isolation of a farm can be "
    "obtained by maintaining adequate distances between farms and other pig holdings. "
) * 3


def _pig_page(head_time: str, comments: str) -> dict:
    body = (
        f"<div class='post-content'><p class='meta'><span>Background</span> {head_time} "
        "<a href='#comments'>3 comments</a></p><h1 itemprop='headline'>How to prevent ASFv "
        f"getting onto pig farms</h1><div class='article'><p>{ENGLISH}</p><p>{ENGLISH[::-1]}</p>"
        f"</div></div><div class='comments'><h2>3 comments</h2><ul>{comments}</ul></div>"
    )
    return run(body, url="https://www.pigprogress.net/35415_22.html")


@pytest.mark.parametrize("comments", [_comment("14"), _comment("14") + _comment("15"), ""])
def test_item_date_published_beats_its_comments_times(comments: str) -> None:
    out = _pig_page(ITEM_TIME, comments)
    assert (out["published_at"], out["published_precision"]) == ("2018-06-13", "day")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the item's mark over comments' pubdate marks on other days: the item's
        (
            ITEM_TIME + _comment("14") + _comment("15"),
            ("2018-06-13T09:00+00:00", True, "Jun 13, 2018"),
        ),
        # the item's mark twice on its day (a header and a footer copy)
        (ITEM_TIME + _comment("14") + ITEM_TIME, ("2018-06-13T09:00+00:00", True, "Jun 13, 2018")),
        # a list's rows, each its own datePublished: no mark singles one out, the first unmarked
        (
            ITEM_TIME + ITEM_TIME.replace("06-13", "06-20").replace("Jun 13", "Jun 20"),
            ("2018-06-13T09:00+00:00", False, "Jun 13, 2018"),
        ),
        # WordPress comments' pubdate alone, on two days or one: a comment's date is no item's
        # (LABELLING.md); audit301 reads ``<li class="comment">`` as the comment it marks (these
        # two rows gave the first comment's time, unmarked and marked, before)
        (_comment("14") + _comment("15"), None),
        (_comment("14"), None),
        # the same times outside a comment's mark: the first unmarked, one alone the mark
        (
            _comment("14").replace("comment", "row") + _comment("15").replace("comment", "row"),
            ("2018-06-14T13:40+00:00", False, "14 Jun 2018 13:40"),
        ),
        (
            _comment("14").replace("comment", "row"),
            ("2018-06-14T13:40+00:00", True, "14 Jun 2018 13:40"),
        ),
    ],
)
def test_time_element_date_marks(markup: str, expected: tuple[str, bool, str] | None) -> None:
    root = lxml.html.fragment_fromstring(f"<div>{markup}</div>")
    assert time_element_date(root) == expected
