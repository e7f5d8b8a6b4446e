"""Publish-date shapes of the lead's session-23 answers (follow104, issue 10): a publish date the
page shows beats a ``<head>`` time, at the precision shown."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.labels import posted_on

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


def _published(out: dict) -> tuple[str | None, str | None]:
    return out["published_at"], out["published_precision"]


# ------------------------------- a shown publish date over a head time (chkaos.top's Hexo theme)
_META = "<meta property='article:published_time' content='{}'>"


def _hexo(trailer: str, meta: str = "2021-03-12T09:21:41.000Z") -> dict:
    return run(
        f"<h1>事件循环及异步编程</h1><div class='content'>{TEXT}</div>"
        f"<ul class='article-post-copyright'><li>{trailer}</li>"
        "<li><strong>相关标签 : </strong><a href='/tags/js/'>JavaScript</a></li></ul>",
        head=_META.format(meta),
        url="http://chkaos.top/posts/efa9d1a1.html",
    )


@pytest.mark.parametrize(
    ("trailer", "expected"),
    [
        # the day shown under the text: the head's clock is not taken beyond it
        (
            "本文于 2021-03-12 发布在 <span>代码</span> 分类下，当前已有 0 人围观",
            ("2021-03-12", "day"),
        ),
        ("发布时间：2021-03-12", ("2021-03-12", "day")),
        ("发布于 2021-03-12", ("2021-03-12", "day")),
        ("发表于 2021-03-12 17:21", ("2021-03-12T17:21:00+08:00", "minute")),
        # another day shown: the shown one
        ("本文于 2021-03-10 发布在 代码 分类下", ("2021-03-10", "day")),
        ("发布时间：2021-03-10", ("2021-03-10", "day")),
        # no publish date shown: as before, the head's day is shown nowhere, so none (a date
        # only the head states is no reader's date); a bare 时间 line is the trailer's date
        ("该文件于2021-03-10发布，自发布之日起施行。", (None, None)),
        ("本文于 2021-03-10 更新", (None, None)),
        ("本文链接：http://chkaos.top/posts/efa9d1a1.html", (None, None)),
        ("时间：2021-03-10", ("2021-03-10", "day")),
        # a shown publish line without its year names no day (misses75): as before
        ("发布时间：03-12 17:21", (None, None)),
    ],
)
def test_shown_publish_date_over_head_time(trailer: str, expected: tuple[str, str]) -> None:
    assert _published(_hexo(trailer)) == expected


def test_head_time_where_the_day_is_shown_unlabelled() -> None:
    # the day shown in a sentence of the trailer, no publish line: the head's time stays
    out = _hexo("本页于 2021-03-12 更新")
    assert _published(out) == ("2021-03-12T17:21:41+08:00", "second")


def test_posted_sentence_under_the_title() -> None:
    out = run(
        "<h1>事件循环及异步编程</h1><div class='info'>本文于 2019-09-05 10:12 由 张三 发布</div>"
        f"<div class='content'>{TEXT}</div>",
        head=_META.format("2019-09-05T10:12:37+08:00"),
    )
    assert _published(out) == ("2019-09-05T10:12:00+08:00", "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本文于 2021-03-03 发布在 代码 分类下", "本文于 2021-03-03 发布"),
        ("本文于 2019-09-05 10:12 由 张三 发布", "本文于 2019-09-05 10:12 由 张三 发布"),
        ("本文于2019-09-05由张三发布", "本文于2019-09-05由张三发布"),
        ("文章于2020年1月2日发表", "文章于2020年1月2日发表"),
        ("该政策于2021-03-03发布", None),  # no 本文 / 文章 opening the line
        ("本文于2021-03-03更新", None),  # an update, not the publish date
        ("本文于 2021-03-03 在北京召开的会议上发布", None),  # words between: a sentence's
    ],
)
def test_posted_on(text: str, expected: str | None) -> None:
    assert posted_on(text) == expected


# ---------------- a case record's bare 时间 row under the page's own 发布时间 line (dfco.cn mobile)
def _case(own: str, record_time: str = "时间：2016年5月20日", inside: bool = True) -> dict:
    record = (
        "<p>客户：广州嘉域酒店<br/>地址：广东省广州市天河区珠江新城<br/>产品：汉白玉板材一批</p>"
        f"<p>{record_time}</p><p>用途：墙体和地面装饰</p>"
    )
    box = f"<div class='content'>{record if inside else ''}{TEXT}</div>"
    return run(
        f"<div class='crumb'>成功案例</div><h1>酒店板材装饰</h1><p>{own}</p>"
        + ("" if inside else record)
        + box
    )


@pytest.mark.parametrize(
    ("own", "record_time", "inside", "expected"),
    [
        # the page's own publish line over the record's 时间 row inside the text box
        ("发布时间：2022-03-28 15:02:03", "时间：2016年5月20日", True,
         ("2022-03-28T15:02:03+08:00", "second")),
        ("发布日期：2022-03-28", "日期：2016年5月20日", True, ("2022-03-28", "day")),
        # neighbours: the page's line a bare 时间 / 日期 of one slot (which line dates the page
        # is not told by the label: the last before the text, as before); the record outside
        # the text box (a line of the page's own)
        ("时间：2022-03-28 15:02:03", "时间：2016年5月20日", True, ("2016-05-20", "day")),
        ("日期：2022-03-28", "时间：2016年5月20日", True, ("2016-05-20", "day")),
        ("发布时间：2022-03-28 15:02:03", "时间：2016年5月20日", False, ("2016-05-20", "day")),
    ],
)  # fmt: skip
def test_own_publish_line_over_a_records_time_row(
    own: str, record_time: str, inside: bool, expected: tuple[str, str]
) -> None:
    assert _published(_case(own, record_time, inside)) == expected


# --------------------------- a report's as-of day is no publish date (chnmedu.org's 通报 page 122)
def _report(headline: str, under: str = "", closing: str = "2016年1月28日") -> dict:
    return run(
        f"<h2>2016年</h2><div class='main'><h1>{headline}</h1>{under}"
        f"<div class='content'>{TEXT}<p>教育部基础教育一司</p><p>{closing}</p></div></div>",
        head=f"<title>{headline.replace('<br/>', ' ')[:22]}_中国现代基础教育研究院</title>",
        url="http://www.chnmedu.org/a/huodongyugao/2016nian/2017/0502/122.html",
    )


_TWO_LINES = "关于全国中小学生学籍信息管理系统<br/>{}建设应用进展情况的通报"


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the headline's second line opens with the as-of day: the signature's day dates it
        ("截至2016年1月10日", ("2016-01-28", "day")),
        ("截止2016年1月10日", ("2016-01-28", "day")),
        ("截至 2016年1月10日", ("2016-01-28", "day")),
        # neighbours: a second line with a day and no as-of word stays the date line
        ("2016年1月10日", ("2016-01-10", "day")),
    ],
)
def test_as_of_day_in_a_headline_line(second: str, expected: tuple[str, str]) -> None:
    out = _report(_TWO_LINES.format(second))
    assert out["title"] == _TWO_LINES.format(second).replace("<br/>", "")
    assert _published(out) == expected


@pytest.mark.parametrize(
    ("under", "closing", "expected"),
    [
        # an as-of line of its own under the headline, or closing the text: no date of the page
        ("<p>截至2016年1月10日</p>", "2016年1月28日", ("2016-01-28", "day")),
        # (closing the text with no other date: the address's day is shown nowhere, so none)
        ("", "截止2016年1月10日", (None, None)),
        # neighbours: a bare date line under the headline, one closing the text
        ("<p>2016年1月29日</p>", "2016年1月28日", ("2016-01-29", "day")),
        ("", "2016年1月28日", ("2016-01-28", "day")),
    ],
)
def test_as_of_line_of_its_own(under: str, closing: str, expected: tuple[str, str]) -> None:
    assert _published(_report("学籍系统建设应用进展情况的通报", under, closing)) == expected


# ------------------------- a code listing's header comment is no date line (mritd.com's Hexo post)
_JAVA = (
    "<figure class='highlight java'><table><tr><td class='gutter'><pre><span class='line'>1</span>"
    "<br/><span class='line'>2</span></pre></td><td class='code'><pre>"
    "<span class='line'>package me.mritd.beans;</span><br/><span class='line'>/**</span><br/>"
    "<span class='line'> * @author: 漠然</span><br/>"
    "<span class='line'> * {}</span><br/><span class='line'> */</span></pre></td></tr></table>"
    "</figure>"
)


def _post(comment: str, listing: str = _JAVA) -> dict:
    return run(
        "<h1>Spring4 学习笔记</h1><div class='post-meta'>Kovacs</div>"
        f"<div class='markdown-body'><p>{PROSE}</p>{listing.format(comment)}<p>{PROSE}</p></div>",
        head=_META.format("2016-01-02T07:11:20.000Z"),
        url="https://mritd.com/2016/01/02/spring4-note/",
    )


@pytest.mark.parametrize(
    ("comment", "listing", "expected"),
    [
        # the listing's @date is the code's: the head's time (its day in the code's text)
        ("@date: 2016年1月2日 上午1:11:21", _JAVA, ("2016-01-02T15:11:20+08:00", "second")),
        ("@date: 2016-01-02 01:11", _JAVA, ("2016-01-02T15:11:20+08:00", "second")),
        # (the head's day shown nowhere but in the address: none, as for any head-only date)
        ("@date 2015年12月30日", _JAVA, (None, None)),
        ("@date: 2016-01-02 01:11", "<pre><code>{}</code></pre>",
         ("2016-01-02T15:11:20+08:00", "second")),
        # neighbour: the same line in a plain <pre> (no code, no highlighter) stays a date line
        ("date: 2016-01-02 01:11", "<pre>{}</pre>", ("2016-01-02T01:11:00+08:00", "minute")),
    ],
)  # fmt: skip
def test_code_listing_date_is_no_date_line(
    comment: str, listing: str, expected: tuple[str, str]
) -> None:
    assert _published(_post(comment, listing)) == expected


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        # a listing right under the title (eurkon.com: Markdown front matter opening a how-to):
        # its ``date:`` line is no header line, and the page shows no other date
        ("<figure class='highlight markdown'><table><tr><td class='code'><pre>"
         "<span class='line'>title: 文章统计</span><br/>"
         "<span class='line'>date: 2020-03-01 08:00:00</span></pre></td></tr></table></figure>",
         (None, None)),
        # neighbour: the same lines in a plain box are the page's header lines
        ("<div class='info'>title: 文章统计<br/>date: 2020-03-01 08:00:00</div>",
         ("2020-03-01T08:00:00+08:00", "second")),
    ],
)  # fmt: skip
def test_code_listing_under_the_title(listing: str, expected: tuple[str, str]) -> None:
    out = run(f"<h1>Hexo 博客文章统计图</h1>{listing}<div class='post'>{TEXT}</div>")
    assert _published(out) == expected
