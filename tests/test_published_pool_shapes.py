"""Publish-date shapes found on unlabelled real pages (pool6, issue 10), as pages of our own.

A blog theme or a forum in a Chinese locale prints an English-order date with a Chinese month
(``十二月 18, 2019``, ``11月 12, 2024``, a forum's ``星期四 二月 12, 2004 2:31 am``: moment.js
and phpBB month names); the page shows no other date. Why each shape: docs/benchmarks.md, pool6.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.published import parse_cn_date

TITLE = "高新区孵化器年度工作总结"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("十二月 18, 2019", "2019-12-18"),
        ("11月 12, 2024", "2024-11-12"),
        ("五月 9, 2024", "2024-05-09"),
        ("张三 - 星期四 二月 12, 2004 2:31 pm", "2004-02-12T14:31:00+08:00"),
    ],
    ids=["cn-numeral-month", "digit-month", "one-digit-day", "forum-weekday-time"],
)
def test_an_english_order_date_with_a_chinese_month_dates_the_page(line: str, value: str) -> None:
    """``十二月 18, 2019`` under the headline is the page's date, as ``Dec 18, 2019`` is."""
    rec = run(f"<h1>{TITLE}</h1><p class='info'>{line}</p>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["published_at"] == value
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("十二月 18, 2019", "2019-12-18"),
        ("发布时间：十一月 3, 2020 10:20", "2020-11-03T10:20:00+08:00"),
        ("9月 25, 2024", "2024-09-25"),
    ],
)
def test_parse_cn_date_reads_a_chinese_month_in_english_order(raw: str, value: str) -> None:
    """The parser reads the shape the line finder finds."""
    parsed = parse_cn_date(raw)
    assert parsed is not None
    assert parsed.value == value


@pytest.mark.parametrize(
    "raw",
    [
        # prose: a month and day, then a count (no blank after 月, or 年 after the number)
        "截至11月12, 2024家企业完成申报",
        "1至10月 5, 2024年全年目标",
        # month 13 is no month
        "十三月 5, 2024",
    ],
)
def test_no_chinese_month_date_in_prose_or_out_of_range(raw: str) -> None:
    """Only the moment.js / phpBB shape (a blank after 月, a comma, a year standing alone)."""
    assert parse_cn_date(raw) is None


@pytest.mark.parametrize(
    ("line", "value", "source"),
    [
        ("最近修改日期：2024年2月21日，星期三", "2024-02-21", None),
        (
            "2024年2月21日, 星期三 10:20 来源：高新区管委会",
            "2024-02-21T10:20:00+08:00",
            "高新区管委会",
        ),
        ("发布时间：2024年2月21日，周三", "2024-02-21", None),
    ],
    ids=["fullwidth-comma", "comma-time-source", "zhou"],
)
def test_a_weekday_after_a_comma_belongs_to_the_date(
    line: str, value: str, source: str | None
) -> None:
    """``2024年2月21日，星期三``: the weekday is the date's, no source or writer after it."""
    rec = run(f"<h1>{TITLE}</h1><p>{line}</p>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["published_at"] == value
    assert rec["source"] == source
    assert rec["author"] is None
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    ("trail", "line", "author"),
    [
        (
            "<div class='crumb'><a href='/'>首頁</a> &gt; <a href='/daily/'>日報新聞</a> &gt; "
            "<a href='/daily/hk/'>港聞</a></div>",
            "2018-08-02 港聞",
            None,
        ),
        (
            "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/news/'>园区新闻</a></div>",
            "2024-05-13 张三",
            "张三",
        ),
    ],
    ids=["channel-in-trail", "writer-not-in-trail"],
)
def test_a_trail_item_beside_the_date_is_the_channel_not_a_writer(
    trail: str, line: str, author: str | None
) -> None:
    """``2018-08-02 港聞`` under a trail ending in 港聞: the word names the channel."""
    rec = run(f"{trail}<h1>{TITLE}</h1><p>{line}</p>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["author"] == author
    assert rec["published_at"] == line[:10]
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "最後更新 Oct 30, 2025 23:53",
        "最近更新 2024-05-13",
        "首次发布 2024-05-13",
        "最后修改 2024-05-13",
    ],
)
def test_the_dates_own_words_before_it_name_no_writer(line: str) -> None:
    """``最後更新 Oct 30, 2025``: the words say how the page was dated, not who wrote it."""
    rec = run(f"<h1>{TITLE}</h1><p>{line}</p>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["author"] is None
    assert rec["published_at"] is not None
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    ("sub", "author"),
    [
        ("<h3 class='subtitle'>制订我自己的梦想清单</h3>", None),
        ("<div class='account'>加拿大必读</div>", "加拿大必读"),
    ],
    ids=["subtitle-heading", "account-name"],
)
def test_a_subtitle_heading_under_the_title_is_no_account(sub: str, author: str | None) -> None:
    """A theme's subtitle (an ``<h3>`` between the headline and the date) is no account name;
    an account's name on a plain line there still is."""
    rec = run(f"<h1>{TITLE}</h1>{sub}<p>2024-05-13 10:20</p>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["author"] == author
    assert rec["published_at"] == "2024-05-13T10:20:00+08:00"
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    ("line", "author"),
    [("2018-06-04 11:07:29 和讯", None), ("2018-06-04 11:07:29 何新策", "何新策")],
    ids=["site-short-name", "writer"],
)
def test_the_sites_name_short_of_its_wang_beside_the_date_is_no_writer(
    line: str, author: str | None
) -> None:
    """On 和讯网, ``DATE 和讯`` names the site (its name without 网), not a writer."""
    rec = run(
        f"<h1>{TITLE}</h1><p>{line}</p>{TEXT}",
        f"<title>{TITLE}</title><meta property='og:site_name' content='和讯网'>",
    )
    assert rec["author"] == author
    assert rec["published_at"] == "2018-06-04T11:07:29+08:00"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者 Thomas E. Davis", "Thomas E. Davis"),
        ("Author 李小红", "李小红"),
        ("By Zhang Minghua", "Zhang Minghua"),
        ("作者 The Daily News", None),
    ],
    ids=["zuozhe-latin", "author-cjk", "by-latin", "outlet-words"],
)
def test_a_colonless_credit_word_before_a_latin_or_cjk_name(line: str, author: str | None) -> None:
    """``作者 Thomas E. Davis`` and ``Author 李小红`` on a line of their own under the headline
    credit the writer, as ``作者 张三`` and ``By X`` already did."""
    rec = run(f"<h1>{TITLE}</h1><p>{line}</p>{TEXT}", f"<title>{TITLE}</title>")
    assert rec["author"] == author
    assert rec["title"] == TITLE
