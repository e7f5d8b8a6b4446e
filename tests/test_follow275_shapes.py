"""variants255's real breaks left (issue 10, session 35), on pages of our own.

- ``日期 2018-05-12`` with no colon, an item of a barred meta row (``作者X | 归档于<a>会议</a> | 日期
  DATE | #tag``), labels the date as ``发表于 DATE`` does; ``归档于`` names the post's column, never the
  source the slot between a byline and its date would.
- A ``作者：X <a>DATE</a>`` row under the text, above the site's closing ``未经授权，严禁转载！`` / 投稿
  lines: the link is its date, the row credits the writer.
- A ``原作者：X`` line of its own opening the text (under a ``序`` heading) names the writer over the
  blog owner's name in the <title>.

Why: docs/benchmarks.md, follow275.
"""

from __future__ import annotations

from page_shapes import PROSE, run

P2 = "会议结束后，主办方整理了全部演讲资料，并在社区网站上公开，供没有到场的朋友下载学习。" * 2


# 1. a barred meta row's colon-less date label, and its filed-under slot


def _conf(row: str) -> dict:
    head = "<title>首届开源社区大会回顾</title>"
    body = (
        "<nav><a href='/'>首页</a><a href='/blog/'>博客</a><a href='/categories/huiyi'>会议</a></nav>"
        f"<article><h1>首届开源社区大会回顾</h1><p>{row}</p>"
        f"<div class='content'><p>{PROSE}</p><p>{P2}</p></div></article>"
    )
    return run(body, head, "https://conf.example.org/blog/first-meetup/")


# (the tag links outweigh the row's text, as on the theme's rows: no date of the header's lines)
TAGS = (
    "<a href='/tags/a/'>#OpenSource</a>&nbsp; <a href='/tags/b/'>#CommunityDays</a>&nbsp; "
    "<a href='/tags/c/'>#2018上海站</a>&nbsp;"
)


def _row(date_item: str) -> str:
    return f"作者组织者 | 归档于<a href='/categories/huiyi'>会议</a> | {date_item} | {TAGS}"


def test_bare_date_label_in_a_barred_row_dates_the_page() -> None:
    for label in ("日期", "发布时间", "时间"):
        out = _conf(_row(f"{label}\n 2018-05-12"))
        assert out["published_at"].startswith("2018-05-12"), label


def test_filed_under_slot_is_no_source() -> None:
    for label in ("日期", "发布日期", "日期："):
        assert _conf(_row(f"{label} 2018-05-12"))["source"] is None, label


def test_neighbour_the_blog_label_reads_as_before() -> None:
    out = _conf(_row("发表于 2018-05-12"))
    assert out["published_at"].startswith("2018-05-12")
    assert out["source"] is None


def test_neighbour_an_outlet_in_the_slot_is_still_the_source() -> None:
    out = _conf("记者 张明华 | 星海日报 | 2018-05-12")
    assert out["source"] == "星海日报"


# 2. the writer's row under the text, above the site's closing lines


def _hexo(row: str, between: str = "") -> dict:
    head = "<title>校外租房攻略 | 星海华人网</title>"
    body = (
        "<header><a href='/'>星海华人网</a></header><article><h1>校外租房攻略</h1>"
        f"<div class='article-entry'><p>{PROSE}</p><p>{P2}</p>{between}"
        f"<div class='article-subtitle'>{row}</div>"
        "<p>未经授权，严禁转载！</p><p>星海华人网欢迎大家投稿分享海外生活，邮件：editor@example.org</p>"
        "</div></article>"
    )
    return run(body, head, "https://huaren.example.org/rent-guide/")


DATED_ROW = (
    "<b>作者：林小舟 </b><a href='/rent-guide/' class='article-date'><time>2017-06-08</time></a>"
    "<ul><li><a href='/tags/liuxue/'>留学</a></li><li><a href='/tags/zufang/'>租房</a></li></ul>"
)


def test_writer_row_with_a_linked_date_above_closing_lines() -> None:
    assert _hexo(DATED_ROW)["author"] == "林小舟"


def test_neighbour_a_related_post_row_is_no_credit() -> None:
    related = (
        "<h3>相关文章</h3><h4><a href='/other/'>另一篇租房经验分享</a></h4>"
        "<p>作者：王五 <a href='/other/'>2017-01-03</a></p>"
    )
    head = "<title>校外租房攻略 | 星海华人网</title>"
    body = (
        "<header><a href='/'>星海华人网</a></header><article><h1>校外租房攻略</h1>"
        f"<div class='article-entry'><p>{PROSE}</p><p>{P2}</p></div>{related}</article>"
    )
    assert run(body, head, "https://huaren.example.org/rent-guide/")["author"] is None


# 3. a 原作者 line opening the text over the blog owner's name


# a long text: the trailer reads a labelled line among the text's last fifteen
LONG = "".join(f"<p>第{i}段：{P2}</p>" for i in range(16))


def _blog(opening: str) -> dict:
    head = "<title>【雪松】航天发射月报 | 冰河的博客 | Binghe's Blog</title>"
    body = (
        "<header><a href='/'>冰河的博客</a></header><article><h1>【雪松】航天发射月报</h1>"
        "<div class='post-meta'>发表于 2021-02-06 分类于 <a href='/categories/zz/'>转载</a></div>"
        f"<div class='post-body'><p>这篇文章来自雪松的投稿，是同名视频内容的文字版。</p>{opening}"
        f"<p>{PROSE}</p>{LONG}</div></article>"
    )
    return run(body, head, "https://binghe.example.org/2021/02/06/launches/")


def test_original_writer_line_opening_the_text_names_the_writer() -> None:
    assert _blog("<h2>序</h2><p>原作者： 雪松</p>")["author"] == "雪松"


def test_neighbour_no_credit_line_gives_the_blog_owner() -> None:
    assert _blog("<h2>序</h2>")["author"] == "冰河"


def test_neighbour_original_writer_line_deep_in_the_text_is_not_read() -> None:
    # (past the text's first six blocks, and far from its end)
    deep = "".join(f"<p>前{i}段：{P2}</p>" for i in range(7)) + "<p>原作者： 雪松</p>"
    assert _blog(deep)["author"] == "冰河"
