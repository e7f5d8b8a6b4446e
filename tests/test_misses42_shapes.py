"""Shapes of corpus37's untuned dev pages (misses42), as pages of our own.

Why each shape: docs/benchmarks.md, misses42; the labels' reasons: tests/real/LABELLING.md,
the twenty-eighth collection round (corpus37).
"""

from __future__ import annotations

from page_shapes import PROSE, run

NAV = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/news/'>最新资讯</a></li></ul>"


def test_the_heading_under_a_column_box_heading_is_the_headline() -> None:
    """A header box's ``<h1>最新资讯</h1>`` that <title> repeats, the item's own ``<h2>`` under it
    over the date line: the h2 is the title (a lab's news pages)."""
    rec = run(
        f"{NAV}<header class='secondary'><div class='row'><h1>最新资讯</h1></div></header>"
        "<div class='container'><h2 align='center'>今天你马拉松了吗？ </h2>"
        "<div align='right'><span>2017-01-12 10:00</span></div>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>最新资讯|厦门大学智能数据分析与处理实验室</title>",
    )
    assert rec["title"] == "今天你马拉松了吗？"
    assert rec["published_at"] == "2017-01-12T10:00:00+08:00"
    assert rec["category"] == "最新资讯"


def test_a_column_heading_with_no_date_line_under_it_stays_the_title() -> None:
    """A column's h1 over a box's h2 with no date line below it: nothing says the h2 is an
    item's headline, the h1 stays."""
    rec = run(
        f"{NAV}<h1>最新资讯</h1><h2>不错过全球AI革新的每一个时刻</h2><p>{PROSE}</p><p>{PROSE}</p>",
        "<title>最新资讯|某某实验室</title>",
    )
    assert rec["title"] == "最新资讯"


def test_a_columns_name_heading_the_box_of_the_headline_is_the_category() -> None:
    """``<p>新闻中心</p>`` heading the box the headline opens, no trail on the page: the column the
    item is filed under (a DedeCMS company site's news pages)."""
    title = "上海迅捷设计中国重汽豪瀚重卡品鉴会走进聊城"
    rec = run(
        "<ul><li><a href='/'>首页</a></li><li><a href='/xinwenzhongxin/'>新闻中心</a></li></ul>"
        "<div class='pctitle'><p><img src='/t.jpg'/></p><p style='color:#125452;'>新闻中心</p>"
        f"</div><div><p class='dnewsTitle'> {title}</p>"
        "<p class='dnewsTime'><span>时间：2015-04-16 23:01 </span></p>"
        f"<div>{PROSE}<br /><br />{PROSE}</div></div>",
        f"<title>{title}_上海迅捷汽车科技有限公司</title>",
    )
    assert rec["title"] == title
    assert rec["category"] == "新闻中心"


def test_a_linked_or_unlike_column_line_above_the_headline_is_no_category() -> None:
    """A menu's link (``<a>新闻中心</a>``) or a box line that names no column (联系我们) right above
    the headline is no category."""
    title = "上海迅捷设计中国重汽豪瀚重卡品鉴会走进聊城"
    for above in ("<p><a href='/xinwenzhongxin/'>新闻中心</a></p>", "<p>联系我们</p>"):
        rec = run(
            f"{above}<h1>{title}</h1><p>时间：2015-04-16 23:01</p><div>{PROSE}{PROSE}</div>",
            f"<title>{title}_上海迅捷汽车科技有限公司</title>",
        )
        assert rec["title"] == title
        assert rec["category"] is None


def test_an_exchanges_short_name_after_the_date_is_the_source() -> None:
    """``2018-11-02 上交所`` under the headline, the slot other items fill with 证券日报: a body's
    name (an organisation's ending) is the outlet, the source."""
    title = "上交所关于发布沪伦通存托凭证业务配套业务规则的答记者问"
    rec = run(
        "<div class='crumb'><a href='/regulation/'>监管</a> &gt; <a href='/regulation/sse/'>"
        f"上交所</a> &gt; 正文</div><h1>{title}</h1>"
        "<div class='info'><span>2018-11-02</span> <span>上交所</span></div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{title} - 上交所 - 上证通网</title>",
    )
    assert rec["source"] == "上交所"
    assert rec["author"] is None


def _hugo_post(author_link: str, title: str = "GMT中文社区第二次线下聚餐") -> dict:
    """A Hugo theme's post: the meta row under the headline holds category, tag and author links."""
    return run(
        f"<article><header><h1 class='article-title'>{title}</h1><div class='article-meta'>"
        "<div class='article-category'><i class='fa fa-folder'></i> <a class='article-category-link'"
        " href='http://gmt-china.org/categories/%E6%96%B0%E9%97%BB%E5%8A%A8%E6%80%81/'>新闻动态</a>"
        "</div><div class='article-category'><i class='fa fa-tags'></i> <a class="
        "'article-category-link' href='http://gmt-china.org/tags/%E8%81%9A%E9%A4%90/'>聚餐</a>"
        f"</div><div class='article-category'><i class='fa fa-user'></i> {author_link}</div>"
        "<time class='article-date' datetime='2016-09-27 00:00:00 +0000 UTC'>2016年09月27日</time>"
        f"</div></header><div class='article-body'><p>{PROSE}</p><p>{PROSE}</p></div></article>",
        f"<title>{title} | GMT 中文社区</title><meta property='og:site_name' content='GMT 中文社区'>",
        url="http://gmt-china.org/blog/gud-20160921/",
    )


def test_a_link_to_the_writers_own_archive_is_the_author() -> None:
    """``<a href=…/authors/罗娜/>罗娜</a>`` in the meta row: its address names the writer's
    archive, the byline (a Hugo theme's user icon beside it)."""
    rec = _hugo_post(
        "<a class='article-category-link' "
        "href='http://gmt-china.org/authors/%E7%BD%97%E5%A8%9C/'>罗娜</a>"
    )
    assert rec["author"] == "罗娜"
    assert rec["category"] is None


def test_an_author_archive_link_naming_the_sites_desk_is_no_author() -> None:
    """An archive link whose name opens with the site's own name (``GMT 中文社区官方``) is the
    site's desk, no writer: no author."""
    link = "<a href='http://gmt-china.org/authors/gmt中文社区官方/'>GMT 中文社区官方</a>"
    assert _hugo_post(link)["author"] is None
