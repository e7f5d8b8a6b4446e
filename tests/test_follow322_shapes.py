"""follow322: credit and meta-line leftovers of follow304 / follow310 / follow313.

1. A labelled value running on into the next colonless people label word (eastday's row
   ``选稿：许文杰 作者 石佳``): the word after a blank ends the value, as a colon label does.
2. A unit as a colonless ``图文`` credit closing a post (``图文 科协技术部``): cut as a named
   credit is, no author from it.
3. A date glued to words opening the text (gcuacm's ``2018.6.23集训内容`` under the header's
   ``<time>`` row) is the text's heading, not the meta line; an activity's linked ``<h5>`` title
   over its ``时间：`` cell (tslnedu's club page) is no account line.

Why: docs/benchmarks.md, follow322.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.labels import split_labelled_line

NAV = "".join(f"<li><a href='/c/{i}/'>栏目{i}</a></li>" for i in range(12))
PARAS = [f"第{i}段。{PROSE[:70]}" for i in range(6)]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("选稿：许文杰 作者 石佳", {"editor": "许文杰"}),
        ("来源:东方网 选稿：许文杰 作者 石佳", {"source": "东方网", "editor": "许文杰"}),
        ("作者：张三 摄影 李四", {"author": "张三"}),
        # a writer's word glued to the name (chinadevopsdays' ``作者许峰`` after a blank)
        ("选稿：许文杰 作者许峰 | 归档于分享", {"editor": "许文杰"}),
        ("来源：新华网 审核 王五 2024-01-01", {"source": "新华网", "published": "2024-01-01"}),
        # neighbours: a title inside a writer's value is the writer's; a word glued to the
        # value (no blank before it) or a sentence after it ends nothing
        ("作者：新华社 记者 张三", {"author": "新华社 记者 张三"}),
        ("来源：作者协会", {"source": "作者协会"}),
        ("来源：大众 摄影杂志", {"source": "大众 摄影杂志"}),
        ("作者：王五 摄影，李四撰文", {"author": "王五 摄影，李四撰文"}),
    ],
)
def test_colonless_people_word_ends_the_value(line, fields):
    assert split_labelled_line(line) == fields


def eastday(*items: str) -> dict:
    """eastday's ``subInfo`` row: date, 来源, 选稿 and ``items``, one span each, under the h1."""
    spans = "\n".join(f"<span>{x}</span>" for x in items)
    return run(
        f"<ul>{NAV}</ul><h1 id='ivs_title'>突发！新疆地震</h1><div class='subInfo'>"
        "<span class='date'>2024-05-20 16:25:01</span>\n"
        "<span class='source'>来源:<a href=''>上海奉贤</a></span>\n"
        f"<span class='author'>选稿：许文杰</span>\n{spans}</div>"
        "<div class='detail'>" + "".join(f"<p>{x}</p>" for x in PARAS) + "</div>"
    )


@pytest.mark.parametrize(
    ("items", "author", "editor"),
    [
        (("作者 石佳",), "石佳", "许文杰"),
        (("作者许峰",), "许峰", "许文杰"),
        ((), None, "许文杰"),
        (("责任编辑：王五",), None, "许文杰、王五"),
    ],
)
def test_eastday_row_with_a_colonless_writer(items, author, editor):
    out = eastday(*items)
    assert (out["author"], out["editor"], out["source"]) == (author, editor, "上海奉贤")


def closing(*tail: str) -> dict:
    """A society's post: nav, headline, date, the text box ending in ``tail`` lines."""
    lines = "".join(f"<p>{x}</p>" for x in [*PARAS, *tail])
    return run(
        f"<ul>{NAV}</ul><article><h1>技术帖 Office小技巧介绍</h1>"
        f"<div class='meta'>2020-07-18</div><div class='article-entry'>{lines}</div></article>"
    )


@pytest.mark.parametrize(
    ("tail", "author", "last"),
    [
        (("图文 科协技术部", "审核 陈旺、曹志坚"), None, PARAS[-1]),
        (("图文 科协技术部",), None, PARAS[-1]),
        (("图文 校学生会宣传中心",), None, PARAS[-1]),
        # neighbours: a person's credit gives the writer (follow313); a person whose name ends
        # like a unit is no unit; words that are neither stay text
        (("图文 张天野", "审核 陈旺、曹志坚"), "张天野", PARAS[-1]),
        (("图文 王文科",), None, "图文 王文科"),
        (("图文 并茂",), None, "图文 并茂"),
        (("图文 内容丰富多彩",), None, "图文 内容丰富多彩"),
    ],
)
def test_closing_text_pictures_credit_of_a_unit(tail, author, last):
    out = closing(*tail)
    assert (out["author"], out["editor"]) == (author, None)
    assert out["body"].split("\n\n")[-1] == last


def hexo(first: str, meta: str = "2018-06-23 19:36:59") -> dict:
    """A Hexo post: header with the ``<time>`` row (and a category link), the text opening with
    ``first``, a rule and the 作者 line."""
    row = f"<time datetime='2018-06-23T19:36:59+08:00'>{meta}</time>" if meta else ""
    return run(
        f"<ul>{NAV}</ul><article><header class='post-header'><h1 class='post-title'>队列与BFS</h1>"
        f"<div class='post-meta'><span class='post-date'><span>{row}</span></span>"
        "<span class='divider'>|</span><span><a href='/categories/jx/'>教学</a></span></div>"
        f"</header><main class='post-main'><p>{first}</p><hr><p>作者：吴兆恒</p>"
        + "".join(f"<p>{x}</p>" for x in PARAS)
        + "</main></article>"
    )


@pytest.mark.parametrize(
    ("first", "published", "kept"),
    [
        ("2018.6.23集训内容", "2018-06-23 19:36:59", True),
        ("2018-06-23算法讲座", "2018-06-23 19:36:59", True),
        # neighbours: a weekday or a posting word glued to the day is a date line's own word:
        # the line in the text stays the meta line, as before
        ("2018.6.23星期六", "2018.6.23星期六", False),
        ("2018.6.23发布", "2018.6.23", False),
    ],
)
def test_date_glued_to_words_opens_the_text(first, published, kept):
    out = hexo(first)
    assert out["author"] == "吴兆恒"
    assert out["published_raw"] == published
    assert (out["body"].split("\n\n")[0] == first) is kept


def test_date_glued_to_words_alone_still_dates_the_page():
    # no other date line: the glued day is the only one, read as before
    out = hexo("2018.6.23集训内容", meta="")
    assert out["published_raw"] == "2018.6.23"


# the rows' days, newest first, as the club page lists them
CLUB_DAYS = ("15年05月1日 周五", "15年04月10日 周五", "12年10月20日 周六")


def club(heading: str) -> dict:
    """A club page's activity rows: a picture, a title heading, 时间 / 地点 / 发起人 cells."""
    rows = "".join(
        f"<li><div class='left'><a href='T-{i}.html'><img alt='活动{i}' src='{i}.jpg'></a></div>"
        f"<div class='main'><div class='heading'>{heading.format(i=i)}</div><dl><dt>时间：</dt>"
        f"<dd><span>{day} 08:00 - 15年10月1日 周四 18:00</span></dd></dl>"
        "<dl><dt>地点：</dt><dd><a href='/s'>河北省,唐山市</a> 路北区,河北路街道</dd></dl>"
        f"<dl><dt>发起人：</dt><dd><a href='hbl.html'>hbl</a></dd></dl></div>"
        f"<div>23{i}9次浏览 1人参加 0人关注 1张照片 0条留言</div></li>"
        for i, day in enumerate(CLUB_DAYS)
    )
    return run(f"<ul>{NAV}</ul><h2>社区活动</h2><ul class='list'>{rows}</ul>")


@pytest.mark.parametrize(
    ("heading", "author"),
    [
        ("<h5><a href='T-{i}.html' title='推动全民健身'>推动全民健身活动的广泛开展</a></h5>", None),
        ("<h6><a href='T-{i}.html'>社区读书会</a></h6>", None),
        # neighbours: a name line that is no heading, linked or not, is read as before
        ("<span><a href='u-{i}.html'>张明华</a></span>", "张明华"),
        ("<span>张明华</span>", "张明华"),
    ],
)
def test_linked_minor_heading_over_a_date_cell_is_no_account(heading, author):
    assert club(heading)["author"] == author
