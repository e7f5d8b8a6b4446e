"""lists310: posts that each stand alone, one set out with a picture (list_variants' picture_rows).

Pages in our own words, built as a lab's blog prints a tag page of two posts: each post a
``div.row`` with its ``h2 > a`` title, a meta line and a Read more link to the same page; the
second post set out with a thumbnail (its title wrapped twice more) and no date shown. The two
titles have tag paths of their own, so each post was a group of its own and the dated one won
alone. :func:`.alike_rows.fold_sibling_posts` reads them as one list: children alike of one
element, each holding one post's links, with addresses of one shape, a date shown or a day
in every address. And an archive's short-titled plain row among rows set out with a picture is
a row of the list (:func:`.rows.sibling_rows` reads it as the plain rows it took stand). And
hotel cards set out in a table, each card the one cell of its row (list_variants'
rows_as_table): the cards stand side by side by their rows, so each card's tabs are its tabs
(:func:`.record_tabs.drop_record_tabs`).
"""

from parsel import Selector

from incubator_crawler.listing.alike_rows import post_shape
from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.record_tabs import drop_record_tabs

_SIDE = """<div class="side"><h3>友情链接</h3><a href="https://www.example.org/">示例开源社区官方网站</a>
<p><a href="https://github.com/example-lab">实验室代码仓库主页</a></p></div>"""


def _post(slug: str, title: str, day: str, picture: bool = False, cls: str = "row") -> str:
    meta = f'<ul class="blog-info"><li><time>{day}</time></li></ul>' if day else ""
    inner = (
        f'<h2><a href="/{slug}/">{title}</a></h2>{meta}'
        f"<div class='blog-item'><p>这是一段文章摘要，介绍本文的主要内容和背景。</p></div>"
        f'<a class="more" href="/{slug}/">Read more</a>'
    )
    if picture:
        inner = f'<div class="pic"><div class="thumb"><img src="t.jpg"></div><div class="txt">{inner}</div></div>'
    return f'<div class="{cls}">{inner}</div><hr>'


def _page(posts: str, box: str = "archives", side: str = _SIDE) -> Selector:
    return Selector(
        text=f"""<html><head><title>标签：竞赛</title></head><body>
<div class="main"><section><div class="{box}">{posts}</div></section>{side}</div></body></html>"""
    )


_URL = "https://lab.example.cn/tags/contest/index.html"


def _urls(sel: Selector, url: str = _URL) -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_post_shape_stands_for_the_last_name():
    assert post_shape("https://a.cn/2023/10/28/hexo/") == ("a.cn", "/#/#/#/*/", frozenset())
    assert post_shape("https://a.cn/news/12.html") == ("a.cn", "/news/*.html", frozenset())
    assert post_shape("https://a.cn/show?id=3") == ("a.cn", "/*", frozenset({"id"}))


def test_two_posts_one_with_a_picture_are_one_list():
    posts = _post("2023/04/11/hexo", "使用静态站点生成器建立信息发布平台", "2023/04/11")
    posts += _post("2023/04/09/markdown", "轻量标记语言的语法说明", "", picture=True)
    assert _urls(_page(posts)) == [
        "https://lab.example.cn/2023/04/11/hexo/",
        "https://lab.example.cn/2023/04/09/markdown/",
    ]


def test_two_undated_items_whose_addresses_name_a_day():
    rows = (
        '<ul><li><a href="/2023/10/28/prize/">实验室学生在省级信息安全竞赛中荣获佳绩</a></li>'
        '<li><div class="pic"><img src="t.jpg"><div class="txt"><a href="/2022/12/10/prize/">'
        "实验室学生在全国信息安全竞赛中再获佳绩</a></div></div></li></ul>"
    )
    assert _urls(_page(rows)) == [
        "https://lab.example.cn/2023/10/28/prize/",
        "https://lab.example.cn/2022/12/10/prize/",
    ]


def test_undated_items_of_plain_addresses_stay_apart():
    # no date shown and no day in the addresses: nothing says these are posts (one is kept)
    rows = (
        '<ul><li><a href="/about/team/">实验室团队成员与研究方向介绍</a></li>'
        '<li><div class="pic"><img src="t.jpg"><div class="txt"><a href="/about/history/">'
        "实验室的发展历程与主要成果</a></div></div></li></ul>"
    )
    assert len(_urls(_page(rows))) == 1


def test_home_boxes_headed_by_their_names_stay_apart():
    # a home page's boxes, each named by a heading that links nowhere over one story
    boxes = (
        '<div class="box"><h3>通知公告</h3><p><a href="/2024/05/02/notice/">关于举办学术讲座的通知安排</a>'
        "<span>2024-05-02</span></p></div>"
        '<div class="box"><h3>新闻动态</h3><div class="pic"><img src="t.jpg"><p>'
        '<a href="/2024/04/28/news/">实验室召开年度学术交流会议</a></p></div></div>'
    )
    assert _urls(_page(boxes)) == ["https://lab.example.cn/2024/05/02/notice/"]


def test_posts_of_unlike_boxes_stay_apart():
    # a previous / next pair under an article: two boxes classed apart, not rows of a list
    posts = _post("2023/04/11/hexo", "使用静态站点生成器建立信息发布平台", "2023/04/11", cls="prev")
    posts += _post("2023/04/09/markdown", "轻量标记语言的语法说明", "", picture=True, cls="next")
    assert _urls(_page(posts)) == ["https://lab.example.cn/2023/04/11/hexo/"]


def test_slides_of_a_carousel_stay_apart():
    posts = _post("2023/04/11/hexo", "使用静态站点生成器建立信息发布平台", "2023/04/11")
    posts += _post("2023/04/09/markdown", "轻量标记语言的语法说明", "", picture=True)
    assert _urls(_page(posts, box="swiper-wrapper")) == ["https://lab.example.cn/2023/04/11/hexo/"]


def _archive_row(slug: str, title: str, day: str, picture: bool) -> str:
    head = f'<header><h2><a href="/2018/{slug}/">{title}</a></h2><div><time>{day}</time></div></header>'
    if picture:
        head = f'<div class="pic"><div class="thumb"><img src="t.jpg"></div><div class="txt">{head}</div></div>'
    return f'<article class="post">{head}</article>'


def test_a_short_plain_title_among_picture_rows():
    rows = _archive_row("party", "元旦茶话会", "12-27", False)
    titles = ("全国大学生数学竞赛介绍", "全国大学生数学建模竞赛", "美国数学建模与交叉学科竞赛")
    titles += ("全国大学生光电设计竞赛", "浙江省大学生物理创新竞赛", "大学生创新创业训练计划")
    for i, title in enumerate(titles):  # more rows with a picture than without: theirs wins
        rows += _archive_row(f"c{i}", title, f"11-{20 - i}", i % 3 != 0)
    urls = _urls(_page(rows, box="posts-collapse"), "https://lab.example.cn/archives/2018/")
    assert urls[0] == "https://lab.example.cn/2018/party/"
    assert len(urls) == 7


def test_a_short_link_built_unlike_the_titles_stays_out():
    # a row whose only short link is a tag in its meta line, not its title
    rows = '<article class="post"><header><div><a href="/tags/x/">竞赛</a></div></header></article>'
    titles = ("全国大学生数学竞赛介绍", "全国大学生数学建模竞赛", "美国数学建模与交叉学科竞赛")
    for i, title in enumerate(titles):
        rows += _archive_row(f"c{i}", title, f"11-{20 - i}", i % 3 != 0)
    urls = _urls(_page(rows, box="posts-collapse"), "https://lab.example.cn/archives/2018/")
    assert "https://lab.example.cn/tags/x/" not in urls
    assert len(urls) == 3


# rows_as_table: a card set out in a table, one cell a row -----------------------------------

_HOTELS = ((378, "龙门生态温泉度假村"), (341, "芙蓉会议中心酒店"), (203, "七星湖畔度假酒店"))


def _hotel(n: int, name: str) -> str:
    tabs = "".join(
        f'<a href="{page}-{n}.html">{word}</a>'
        for page, word in (("room", "房型(12)"), ("food", "餐厅(2)"), ("map", "位置"))
    )
    return (
        f'<div id="pic"><a href="hotel-{n}.html"><img src="{n}.jpg" alt="{name}"></a></div>'
        f'<div id="name"><h2><a href="hotel-{n}.html" class="b">{name}</a></h2><h2>{tabs}</h2>'
        f'<h2><a href="room-{n}.html">{name}是一家会议、度假型酒店，坐落于风景秀丽的湖畔 ...</a></h2>'
        f'</div><div id="biz"><h2><a href="biz-{n}.html"><strong>会场 (5) 间</strong></a></h2></div>'
    )


def _hotel_table(hotels=_HOTELS, cells: str = "") -> Selector:
    rows = "".join(f"<tr><td>{_hotel(n, name)}</td>{cells}</tr>" for n, name in hotels)
    return Selector(
        text=f'<html><body><form><div id="list"><table>{rows}</table></div>'
        '<div class="pager"><a href="hotellist-A_2.html">下一页</a></div></form></body></html>'
    )


def test_hotel_cards_one_a_table_row_give_their_names():
    assert _urls(_hotel_table(), "") == ["hotel-378.html", "hotel-341.html", "hotel-203.html"]


def test_two_hotel_rows_are_no_list_of_cards():
    # two records linked at several pages each tell no cards (record_tabs' floor of three)
    matching = [
        (a, a.attrib["href"])
        for a in _hotel_table(_HOTELS[:2]).xpath("//a[@href]")
        if len(a.xpath("string()").get().strip()) >= 6
    ]
    assert drop_record_tabs(matching, []) == (matching, [])
