"""Publish dates kept where htmldate looks and we did not (issue 10, dates4).

Each case is a minimal page of our own: a Chinese article whose date sits only in one such
place, with the noise real pages carry (a header clock, a dated related list, a comment's date,
a copyright line), and the exact value the extractor must give. Each failed before its rule.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.published import parse_cn_date

TITLE = "园区举办创新创业大赛决赛"
BODY = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
NOISE = (
    "<div class='comments'><h3>网友评论</h3><div><span>网友甲</span> "
    "<span class='time'>2024-06-01 09:00</span><p>写得很好，支持园区发展。</p></div></div>"
    "<div class='footer'>Copyright © 2005-2026 某某科技园 版权所有</div>"
)
DATED_URL = "http://www.example.cn/2024/03/05/abc.html"
# The day the head or the address names, shown in a sentence under the text (LABELLING.md takes
# no date a page does not show).
SHOWN_DAY = "<p>据了解，园区于2024年3月5日举行了年度总结会，各企业代表参加。</p>"


def _page(
    under: str = "", head: str = "", url: str = "http://www.example.cn/a/1.html", after: str = ""
) -> dict:
    body = f"<h1>{TITLE}</h1>{under}{BODY}{after}{NOISE}"
    return run(body, f"<title>{TITLE}</title>{head}", url=url)


@pytest.mark.parametrize(
    "under",
    [
        # a header calendar set right under the title
        "<div class='clock'>今天是2026年11月28日 星期六</div>",
        # related news with their dates between the title and the text
        "<ul class='rel'><li><a href='/1'>相关新闻一则标题</a> 2024-05-20</li>"
        "<li><a href='/2'>相关新闻二则标题</a> 2024-05-21</li></ul>",
        # a header calendar whose day stands beside a lunar date, on its line or the next
        # (dugushici.com: <li>2024年05月28日</li><li>农历：甲辰年 四月 廿一</li>)
        "<ul class='cal'><li>2024年05月28日</li><li>农历：甲辰年 四月 廿一</li></ul>",
        "<div class='cal'>2024年05月28日 农历四月廿一</div>",
        # the newest recommended article's time where the post's date would be (CSDN)
        "<div class='up-time'>最新推荐文章于&nbsp;2024-02-02 22:51:05&nbsp;发布</div>",
    ],
)
def test_a_header_clock_or_a_related_row_does_not_date_the_article(under: str) -> None:
    """The meta line's refusals hold for any date between the title and the text too; the
    address's day then dates the page only where the page shows that day (LABELLING.md: a day
    only the URL carries is not labelled)."""
    assert _page(under)["published_at"] is None
    rec = _page(under, url=DATED_URL, after=SHOWN_DAY)
    assert rec["published_at"] == "2024-03-05"
    assert rec["extraction"]["published"] == "url:2024/03/05"
    assert _page(under, url=DATED_URL)["published_at"] is None


def test_a_recommended_articles_date_on_the_meta_line_is_no_date() -> None:
    """CSDN's header: the writer's name, then ``最新推荐文章于 DATE 发布``, the time of the newest
    recommended article (webkit-code-18-csdn keeps its writer from that line, as before)."""
    rec = _page(
        "<div class='up-time'>最新推荐文章于&nbsp;2024-02-02 22:51:05&nbsp;发布</div>"
        "<div class='bar'><a class='follow-nickName' href='https://blog.example.cn/u1'>Xiao____Q</a>"
        " <span class='time'>最新推荐文章于&nbsp;2024-02-02 22:51:05&nbsp;发布</span>"
        " <span class='read-count'>阅读量545</span> <a>收藏</a></div>"
    )
    assert (rec["published_at"], rec["extraction"].get("published")) == (None, None)


@pytest.mark.parametrize(
    ("under", "after"),
    [
        ("", "<p>2024-05-20</p>"),
        ("<div class='x'><time datetime='2024-05-20'>5月20日</time></div>", ""),
    ],
)
def test_the_address_day_outranks_an_unlabelled_line_more_than_a_day_away(
    under: str, after: str
) -> None:
    """htmldate reads the address first; an unlabelled date under the title or on a line of
    its own after the text (a ``<time>`` without a publish mark), days away from the day the
    address names, yields to it as the meta line's date does, where the page shows the
    address's day (its text does here). An address whose day the page never shows is no
    witness (LABELLING.md: a day only the URL carries is not labelled): the line's date stands,
    as on a page without a dated address."""
    rec = _page(under, url=DATED_URL, after=SHOWN_DAY + after)
    assert rec["published_at"] == "2024-03-05"
    assert rec["extraction"]["published"] == "url:2024/03/05(over line)"
    assert _page(under, url=DATED_URL, after=after)["published_at"] == "2024-05-20"
    assert _page(under, after=after)["published_at"] == "2024-05-20"


def test_an_unlabelled_line_on_the_address_day_keeps_its_time() -> None:
    rec = _page("<div class='x'>2024-03-05 10:20 某某网</div>", url=DATED_URL)
    assert rec["published_at"] == "2024-03-05T10:20:00+08:00"


@pytest.mark.parametrize(
    "badge",
    [
        "<div class='date'><span class='d'>05</span><span class='ym'>2024-03</span></div>",
        "<div class='time'><em>05</em><span>2024.03</span></div>",
        "<div class='time'><span>2024年03月</span> <em>05</em></div>",
    ],
)
def test_a_calendar_badge_in_one_line(badge: str) -> None:
    """The day and the year-month in two inline elements read as one line (``052024-03``)."""
    rec = _page(badge)
    assert rec["published_at"] == "2024-03-05"
    assert rec["extraction"]["published"] == "header"


@pytest.mark.parametrize(
    "shown",
    [
        "<abbr class='published' title='2024-03-05T10:20:00+08:00'>3月5日</abbr>",
        "<span title='2024-03-05 10:20'>03-05 10:20</span> <span>浏览：12</span>",
        "<abbr data-utime='1709605200'>3月5日</abbr>",
    ],
)
def test_a_yearless_shown_date_with_the_full_one_in_an_attribute(shown: str) -> None:
    """The shown date lacks its year; the element keeps the whole time in ``title`` (abbr's
    ``published``) or unix seconds (``data-utime``)."""
    rec = _page(f"<div class='info'>{shown}</div>")
    assert rec["published_at"] == "2024-03-05T10:20:00+08:00"
    assert rec["extraction"]["published"] == "title-attr"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("20240305", "2024-03-05"),
        ("20240305102000", "2024-03-05T10:20:00+08:00"),
        ("20240305 10:20", "2024-03-05T10:20:00+08:00"),
        ("发布时间：20240305", "2024-03-05"),
        ("20241305", None),
        ("20240305号文件", None),
        ("2024030512", None),
    ],
)
def test_a_compact_day(raw: str, value: str | None) -> None:
    """Eight digits alone are a day (``<meta name=pubdate content=20240305>``); never inside
    a line."""
    parsed = parse_cn_date(raw)
    assert (parsed.value if parsed else None) == value


def test_a_compact_day_in_a_meta_tag() -> None:
    rec = _page(head="<meta name='pubdate' content='20240305'>", after="<div>2024-03-05</div>")
    assert rec["published_at"] == "2024-03-05"
    assert rec["extraction"]["published"] == "meta:pubdate"


@pytest.mark.parametrize(
    "script",
    [
        '<script>showDate("2024/03/05 10:20:09")</script>',
        "<script>document.write('2024-03-05 10:20:09');</script>",
    ],
)
def test_a_date_a_script_writes_where_it_stands(script: str) -> None:
    """udn's blogs print the post's time with ``showDate(…)`` inside the meta row."""
    rec = _page(f"<div class='info'>{script}　瀏覽<strong>7</strong>｜回應<strong>0</strong></div>")
    assert rec["published_at"] == "2024-03-05T10:20:09+08:00"


def test_a_script_call_with_a_date_for_something_else_writes_nothing() -> None:
    rec = _page("<div class='info'><script>countdown('2024-03-05')</script></div>")
    assert rec["published_at"] is None


@pytest.mark.parametrize(
    ("line", "source", "published"),
    [
        ("来源：人民日报May 13, 2024", "人民日报", "May 13, 2024"),
        ("来源：人民日报民國113年5月13日", "人民日报", "民國113年5月13日"),
        ("来源：人民日报2024-05-13", "人民日报", "2024-05-13"),
    ],
)
def test_a_date_glued_to_a_source_ends_it(line: str, source: str, published: str) -> None:
    """A month-name, ROC or numeric date glued to the outlet's name is the line's date."""
    from incubator_crawler.article.labels import split_labelled_line

    assert split_labelled_line(line) == {"source": source, "published": published}


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://www.example.cn/news/2024/03/05.html", "2024-03-05"),
        ("http://www.example.cn/n/2024/3/5/123.htm", "2024-03-05"),
        ("http://www.example.cn/a/2024-3-5/1.html", "2024-03-05"),
        ("http://www.example.cn/show.php?id=1&date=2024-03-05", "2024-03-05"),
        ("http://www.example.cn/2024/10/1234.html", None),
    ],
)
def test_the_address_day_in_htmldate_s_shapes(url: str, day: str | None) -> None:
    """A day with one-digit month or day, a day as the file's name, a day in the query."""
    from incubator_crawler.article.published import url_date

    got = url_date(url)
    assert (got[0] if got else None) == day
    assert _page(url=url, after=SHOWN_DAY)["published_at"] == day


def test_a_publish_mark_on_every_comment_singles_out_nothing() -> None:
    """Old WordPress themes print ``<time pubdate>`` on each comment; the post's own date is
    the line under the title (``<abbr class=published>``, read by htmldate first)."""
    comments = "".join(
        f"<li><cite>网友{n}</cite> <time pubdate datetime='{d}T22:12:02+00:00'>{d}</time>"
        "<p>写得很好。</p></li>"
        for n, d in enumerate(("2014-11-02", "2015-05-25", "2016-05-12"))
    )
    rec = _page(
        "<div class='meta'>刘未鹏 – <abbr class='published' title='2008-03-03T15:42:00+00:00'>"
        "March 3, 2008</abbr></div>",
        after=f"<h3>评论</h3><ol class='commentlist'>{comments}</ol>",
    )
    assert rec["published_at"] == "2008-03-03"
    assert rec["extraction"]["published"] == "meta-line:date"


def test_a_linked_category_line_beside_a_text_with_a_dated_link_is_no_list_row() -> None:
    """A blog's 分类 line (category links, the date, the view count) above a text that itself
    holds a link and a date is the post's date line, not a row of a dated list."""
    text = f"<p>{PROSE}参见<a href='/x'>旧文</a>，写于2009-01-01。</p><p>{PROSE}</p>"
    rec = run(
        f"<div class='details'><h1>{TITLE}</h1><div class='manage'>分类： <a href='/c/1'>搜索引擎</a> "
        "<a href='/c/2'>业界新闻</a> 2010-07-15 09:29 1403人阅读</div>"
        f"<div class='content'>{text}</div></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == "2010-07-15T09:29:00+08:00"
