"""Source and category at first contact, by shape (issue 10, session 32).

source189's distractors (``benchmarks/distractors.py --kinds colsrc``) put the furniture real sites
print on every post into dev pages in our own words: a position bar holding only the site's name
and 正文 (``当前位置：七联·近期动态 正文``) was read as a trail naming a column (the name's own dot
read as an arrow, or the name left as the leaf once 正文 went). LABELLING.md: such a bar names no
section. Pages of our own words; why each shape: docs/benchmarks.md, source189.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.category import category_from_breadcrumb

HEADLINE = "新学期招新活动顺利举行"


def _page(site: str, bar: str) -> tuple[str, str]:
    body = (
        f"<div>{bar}</div>"
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'><span>2023-09-12</span></div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return body, f"<title>{HEADLINE} - {site}</title>"


def test_bar_of_site_name_and_zhengwen_names_no_column() -> None:
    body, head = _page("星火学社", "当前位置：星火学社 正文")
    assert run(body, head)["category"] is None


def test_bar_of_dotted_site_name_and_zhengwen_names_no_column() -> None:
    # the site's name holds a middle dot, which a trail reads as an arrow
    assert (
        category_from_breadcrumb("当前位置：七彩·新闻中心 正文", site_name="七彩·新闻中心") is None
    )
    assert (
        category_from_breadcrumb("当前位置：七彩·新闻中心 > 详情", site_name="七彩·新闻中心")
        is None
    )


def test_column_after_the_site_name_stays_the_category() -> None:
    # the nearest trail that names one: the site, a column, then 正文
    body, head = _page("星火学社", "当前位置：星火学社 &gt; 社团动态 &gt; 正文")
    assert run(body, head)["category"] == "社团动态"
    assert category_from_breadcrumb(
        "当前位置：七彩·新闻中心 > 通知公告 > 正文", site_name="七彩·新闻中心"
    ) == ("通知公告")


def test_column_with_zhengwen_and_another_site_name_stays() -> None:
    # a column's name and 正文 on a site of another name is still the column
    assert category_from_breadcrumb("当前位置：社团动态 正文", site_name="星火学社") == "社团动态"


# 2. another post's outlet and date in a related or hot box under the text

_ROWS = (
    "<div><h4>最新文章</h4><ul>"
    "<li><a href='/a/21.html'>关于开展安全检查的通知</a> 来源：新华网 2023-05-06</li>"
    "<li><a href='/a/22.html'>志愿者招募公告顺利发布</a> 来源：人民网 2023-04-28</li></ul></div>"
)
_HOT = (
    "<div><h4>推荐文章</h4><div><a href='/p/31.html'>我们的年度回顾与展望</a></div>"
    "<div>来源：学习强国</div><div><a href='/p/32.html'>走进社区的一天纪实</a></div>"
    "<div>来源：央视网</div></div>"
)


def _post(meta: str, after: str) -> str:
    return (
        f"<div class='post'><h1>{HEADLINE}</h1>{meta}"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>{after}</div>"
    )


def test_related_rows_under_text_give_no_source_or_date() -> None:
    out = run(_post("", _ROWS))
    assert out["source"] is None
    assert out["published_at"] is None


def test_hot_box_headlines_over_their_sources_give_no_source() -> None:
    out = run(_post("<div class='meta'><span>2023-09-12</span></div>", _HOT))
    assert out["source"] is None
    assert out["published_at"] == "2023-09-12"


def test_source_line_under_text_stays_the_source() -> None:
    # the nearest shape that is one: the page's own 来源 line under its text, then the box
    out = run(
        _post("<div class='meta'><span>2023-09-12</span></div>", "<p>来源：中国教育报</p>" + _HOT)
    )
    assert out["source"] == "中国教育报"


def test_linked_source_under_text_stays_the_source() -> None:
    out = run(
        _post("", "<p>来源：<a href='http://www.example.org/'>中国教育报</a>　2023-09-12</p>")
    )
    assert out["source"] == "中国教育报"
    assert out["published_at"] == "2023-09-12"


def test_meta_line_in_list_items_under_headline_stays() -> None:
    # an info line set as list items (no link opening them) is the page's own
    meta = "<ul><li>来源：中国教育报</li><li>发布时间：2023-09-12</li></ul>"
    out = run(_post(meta, _ROWS))
    assert out["source"] == "中国教育报"
    assert out["published_at"] == "2023-09-12"


def test_date_under_a_prev_next_pair_of_headline_links_stays() -> None:
    # a theme's 上一篇 / 下一篇 pair without labels: headline links with no credit of their own
    pair = (
        "<nav><div><a href='/p/1/'>去年秋天的一次社区义卖活动</a></div>"
        "<div><a href='/p/3/'>春季运动会圆满落下帷幕啦</a></div></nav>"
    )
    # (a date line right under a linked headline is that item's: LABELLING.md session 28)
    out = run(_post("", pair + "<p>阅读 128 次</p><p>2019-09-08 11:42</p>"))
    assert out["published_at"].startswith("2019-09-08")
