"""lists307: the finder reads the numbers-only pager ``find_next_page`` reads (list_variants' one_row).

Pages in our own words, built as a water company's column page prints its news: a header menu of
``ul > li > a`` entries, a featured story card over the column, the column's ``ul > li`` rows and
under them a pager of icon-font arrows, page numbers and a middle-dot ellipsis
(``‹ 1 2 3 4 5 ··· ›``), no pager word at all. ``find_next_page`` read that pager; the list finder
did not (its number pager wanted every link of the box a number), so on a last page of one row
the featured card won. Now both read one pager box (:func:`.pager_scheme.pager_box` with
:func:`.pager_links.wordless_or_furniture`), and of two lone links as near the pager the one
printed right above it is the row.
"""

from parsel import Selector

from incubator_crawler.listing.alike_rows import fold_lone_rows
from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pager_links import number_pager
from incubator_crawler.listing.pager_words import is_pager_furniture
from incubator_crawler.listing.pagination import find_next_page
from incubator_crawler.listing.row_dates import record_date

_TITLES = (
    "智慧排水项目在常州顺利通过验收并投入运行",
    "公司参加城市水务发展论坛并作主题报告",
    "水务数字化平台获评年度优秀解决方案",
)

_MENU = """<div class="Header"><ul class="menu">
<li><a href="solution.html">解决方案</a></li><li><a href="product.html">产品中心</a></li>
<li><a href="case.html">典型案例</a></li><li><a href="news.html">新闻中心</a></li>
<li><a href="about.html">关于我们</a></li></ul></div>"""

_FEATURED = """<a href="198.html" class="newsShow"><div class="img"><img src="show.jpg" alt=""></div>
<div class="con"><div class="date">2024-07-11</div>
<div class="title">公司荣获省级专精特新中小企业称号并举行授牌仪式</div></div></a>
<div class="newsSearch"><input type="text" placeholder="请输入搜索内容"><div class="btn">搜索</div></div>"""

_PAGER = """<div class="paging"><div class="paging-menu">
<a href=""><i class="icon icon-first"></i></a><a href="javascript:;"><i class="icon icon-prev"></i></a>
<a href="" class="page-num active">1</a><a href="gsdt_2.html" class="page-num">2</a>
<a href="gsdt_3.html" class="page-num">3</a><a href="gsdt_4.html" class="page-num">4</a>
<a href="gsdt_5.html" class="page-num">5</a><a class="page-num">···</a>
<a href="gsdt_2.html" class="last"><i class="icon icon-next"></i></a>
<a href="gsdt_7.html" class="last"><i class="icon icon-last"></i></a></div></div>"""


def _row(i: int) -> str:
    return (
        f'<li><a href="{490 - i}.html" class="newsItem"><div class="img"><img src="n{i}.jpg" alt="">'
        f'</div><div class="con"><div class="date">2025-07-{17 - i:02d}</div>'
        f'<div class="title">{_TITLES[i]}</div></div></a></li>'
    )


def _page(rows: int = 1, pager: str = _PAGER, featured: str = _FEATURED) -> Selector:
    items = "".join(_row(i) for i in range(rows))
    return Selector(
        text=f"""<html><head><title>公司动态</title></head><body>{_MENU}
<div class="Container"><div class="news-view"><div class="contain">{featured}
<div class="newsList"><ul class="uli">{items}</ul></div>{pager}</div></div></div>
<div class="Footer"><a href="tel:400">400-000-0000</a></div></body></html>"""
    )


def _links(sel: Selector, url: str = "") -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_the_one_row_above_a_numbers_only_pager_beats_the_featured_card():
    sel = _page(1)
    assert _links(sel) == ["490.html"]
    assert find_next_page(sel, "").url == "gsdt_2.html"


def test_the_one_row_with_an_address():
    sel = _page(1)
    assert _links(sel, "https://www.water.example.com/gsdt.html") == [
        "https://www.water.example.com/490.html"
    ]


def test_three_rows_above_the_same_pager_stay_the_list():
    assert _links(_page(3)) == ["490.html", "489.html", "488.html"]


def test_the_finder_reads_the_pager_find_next_page_reads():
    # icon-font arrows say nothing, ``···`` is an ellipsis: the box is a pager of numbers
    found = number_pager(_page(1), [])
    assert [(a.text, a.get("href")) for a in found] == [
        ("1", ""),
        ("2", "gsdt_2.html"),
        ("3", "gsdt_3.html"),
        ("4", "gsdt_4.html"),
        ("5", "gsdt_5.html"),
    ]


def test_middle_dots_are_a_pager_ellipsis():
    assert is_pager_furniture("···")
    assert is_pager_furniture("・・・")
    assert not is_pager_furniture("·")


def test_numbers_beside_a_menu_word_are_no_pager():
    # a floor menu ``1 2 3 关于我们``: a worded entry that is no pager word leaves the box out
    menu = (
        '<div class="floors"><a href="f1.html">1</a><a href="f2.html">2</a>'
        '<a href="f3.html">3</a><a href="about.html">关于我们</a></div>'
    )
    assert number_pager(_page(1, pager=menu), []) == []


def test_numbers_in_a_calendar_table_are_no_pager():
    calendar = (
        '<table class="calendar"><tr><td><a href="/2025/07/01/">1</a></td>'
        '<td><a href="/2025/07/02/">2</a></td><td><i class="icon"></i><a href="/2025/07/">'
        "<i></i></a></td></tr></table>"
    )
    assert number_pager(_page(1, pager=calendar), []) == []


def test_a_lone_number_with_icons_is_no_pager():
    # one page number among icon links (a slider's counter) names no pager of pages
    slider = '<div class="swiper"><a href="s1.html"><i></i></a><a href="p2.html">2</a></div>'
    assert number_pager(_page(1, pager=slider), []) == []


def test_without_a_pager_the_featured_card_is_not_preferred_by_the_pager():
    # no pager at all: the lone-row reading does not fire; the page reads as it did (the card
    # and the row each a lone dated link, the first on the page wins)
    assert _links(_page(1, pager="")) == ["198.html"]


def test_a_worded_pager_still_finds_the_one_row():
    worded = (
        '<div class="paging"><a href="gsdt_2.html">下一页</a> <a href="gsdt_7.html">尾页</a></div>'
    )
    sel = _page(1, pager=worded)
    assert _links(sel) == ["490.html"]
    assert find_next_page(sel, "").url == "gsdt_2.html"


# -- rows a template nests by closing tags it never opened (few_rows: jspn) ---------------------

_NOTICES = (
    "置顶：关于欢迎加入本会网站会员服务的公告",
    "置顶：关于做好年度价格鉴证工作后续管理的通知",
    "全省规模以上工业企业利润同比增长情况分析",
    "关于召开年度理事会议的通知",
)


def _notice(i: int, closes: bool) -> str:
    # a pinned row of this template closes the table and cell round it, which it never opened
    tail = "</table></td></tr>" if closes else ""
    return (
        f"<tr><td></td><td width='15'><img src='../pic/dot.jpg'></td><td align='left'>"
        f"<a class='x_title' href='articleinfo-{460 + i}.html'>{_NOTICES[i]}</a></td>"
        f"<td align='right'><span class='x_time'>2020-06-{i + 10:02d}</span></td></tr>{tail}"
    )


def _nested_page(rows: str) -> Selector:
    return Selector(
        text=f"""<html><head><title>通知公告</title></head><body>
<table width="100%"><tr><td><a href="/">首页</a> <a href="/col1/">通知公告</a>
<a href="/col2/">政策法规</a> <a href="/col3/">联系我们</a></td></tr></table>
<table width="100%"><tr><td valign="top">
<table width="98%"><tr><td align="left"><table width='100%'></table></td></tr>{rows}</table>
</td></tr></table>
<table><tr><td>版权所有 本会</td></tr></table></body></html>"""
    )


def test_rows_nested_by_a_template_closing_tags_it_never_opened_are_one_list():
    sel = _nested_page(_notice(0, True) + _notice(1, True) + _notice(2, False))
    assert _links(sel) == ["articleinfo-460.html", "articleinfo-461.html", "articleinfo-462.html"]


def test_one_pinned_row_over_one_row():
    sel = _nested_page(_notice(0, True) + _notice(2, False))
    assert _links(sel) == ["articleinfo-460.html", "articleinfo-462.html"]


def test_the_rows_unbroken_are_read_as_before():
    sel = _nested_page(_notice(0, False) + _notice(1, False) + _notice(2, False))
    assert _links(sel) == ["articleinfo-460.html", "articleinfo-461.html", "articleinfo-462.html"]


def _lone_groups(sel: Selector) -> dict:
    return {
        (f"path{i}", None): [(link, link.attrib["href"], None)]
        for i, link in enumerate(sel.xpath("//a[starts-with(@href, '/news/')]"))
    }


def test_boxes_side_by_side_each_with_one_dated_row_stay_apart():
    # a home page's boxes, each with one dated lead row built alike (each a lone link: the boxes
    # nest differently): rows side by side are no list, only rows nested one in another's box
    def box(i: int, wrap: int) -> str:
        row = f"<ul><li><a href='/news/{i}.html'>{_NOTICES[i]}</a><span>2024-05-0{i + 1}</span></li></ul>"
        return f"<div class='box'><h3>栏目{i}</h3>{'<div>' * wrap}{row}{'</div>' * wrap}</div>"

    sel = Selector(text=f"<html><body><div class='home'>{box(0, 0)}{box(1, 1)}</div></body></html>")
    groups = _lone_groups(sel)
    assert fold_lone_rows(groups, record_date) == groups


def test_nested_lone_rows_fold():
    # the second row's box holds the first row deeper down (a box the template left open)
    row = "<li><a href='/news/{}.html'>{}</a><span>2024-05-0{}</span></li>"
    first, second = row.format(0, _NOTICES[2], 1), row.format(1, _NOTICES[3], 2)
    sel = Selector(
        text=f"<html><body><ul class='outer'><div><ul>{first}</ul></div>{second}</ul></body></html>"
    )
    ((key, members),) = fold_lone_rows(_lone_groups(sel), record_date).items()
    assert key == ("path0", sel.xpath("//ul[@class='outer']")[0].root)
    assert [url for _, url, _ in members] == ["/news/0.html", "/news/1.html"]
