"""lists257: a one-card category page beside a social widget; a pager's lone ``→`` next link.

Pages in our own words. The card page has the shapes of a blog theme's category page of one
post (a dated meta line over a long h1 title link, an excerpt, a 阅读更多 link) beside a profile
widget of icon links, each to another outside site. The pagers print a right arrow and no word.
"""

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pagination import find_next_page

_SOCIAL = """<div class="social"><a title="Weibo" href="https://weibo.com/u/1"><i></i></a>
<a title="Facebook" href="https://www.facebook.com/p1"><i></i></a>
<a title="Twitter" href="https://twitter.com/x1"><i></i></a>
<a title="Bilibili" href="https://space.bilibili.com/9"><i></i></a>
<a title="Linkedin" href="https://www.linkedin.com/company/x1"><i></i></a></div>"""
_SITE = "http://club.example.org/categories/club/"
_POST = "/2021/07/20/about-our-club/"
_TITLE = "我们社团的介绍与这一年的活动回顾"


def _card(href: str, title: str, date: str) -> str:
    stamp = f"<span><time>{date}</time>发表</span>" if date else ""
    return f"""<div class="card"><article><div class="meta">{stamp}
<span><a href="/categories/club/">club</a></span></div><h1><a href="{href}">{title}</a></h1>
<div class="content"><p>这是一段足够长的摘要文字，讲述了社团这一次活动的经过和大家的收获。</p></div>
<a href="{href}#more">阅读更多</a></article></div>"""


def _page(cards: str, widget: str = _SOCIAL) -> Selector:
    return Selector(
        text=f"""<html><body><section><div class="columns"><div class="main">
{cards}</div><div class="side"><div class="card widget">{widget}</div></div></div>
</section></body></html>"""
    )


def _links(sel: Selector, url: str) -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_one_dated_card_beats_the_social_widget_with_the_address():
    sel = _page(_card(_POST, _TITLE, "2021-07-20"))
    assert _links(sel, _SITE) == ["http://club.example.org/2021/07/20/about-our-club/"]


def test_one_dated_card_beats_the_social_widget_without_the_address():
    assert _links(_page(_card(_POST, _TITLE, "2021-07-20")), "") == [_POST]


def test_an_undated_card_leaves_the_widget():
    # no date in the card: nothing tells the card from a button; the heavier group stays
    sel = _page(_card(_POST, _TITLE, ""))
    assert _POST not in " ".join(_links(sel, ""))


def test_a_card_on_another_host_leaves_the_widget():
    # the post is on another site: it is no post of the site's own
    sel = _page(_card("https://blog.other.net/2021/07/20/x/", _TITLE, "2021-07-20"))
    assert "https://blog.other.net/2021/07/20/x/" not in _links(sel, _SITE)


def test_links_to_one_outside_host_are_no_widget():
    # four rows all on one outside host (an aggregator's column) are a list, not buttons
    rows = "".join(
        f'<li><a href="https://news.other.net/a/{i}.html">外站报道第{i}篇的完整标题</a></li>'
        for i in range(1, 5)
    )
    sel = _page(_card(_POST, _TITLE, "2021-07-20"), widget=f"<ul>{rows}</ul>")
    assert "http://club.example.org/2021/07/20/about-our-club/" not in _links(sel, _SITE)


def _rows() -> str:
    return "".join(
        f'<li><a href="/news/2024/{i}.html">第{i}篇关于园区企业发展的报道标题</a>'
        f"<span>2024-03-{i:02d}</span></li>"
        for i in range(1, 7)
    )


def _list_page(pager: str) -> Selector:
    return Selector(
        text=f'<html><body><div class="main"><ul class="list">{_rows()}</ul>{pager}</div>'
        "</body></html>"
    )


_URL = "http://www.example.org/news/index.html"


def test_a_lone_arrow_to_page_two_is_the_next_page():
    pager = '<div class="pages"><span class="cur">1</span> <a href="/news/index_2.html">→</a></div>'
    found = find_next_page(_list_page(pager), _URL)
    assert found is not None
    assert found.url == "http://www.example.org/news/index_2.html"


def test_an_arrow_among_page_numbers_is_the_next_page_without_the_address():
    pager = (
        '<div class="pages"><span>1</span><a href="/news/p/2.html">2</a>'
        '<a href="/news/p/3.html">3</a><a href="/news/p/2.html">→</a></div>'
    )
    found = find_next_page(_list_page(pager), "")
    assert found is not None
    assert found.url == "/news/p/2.html"


def test_an_arrow_marked_rel_next_is_the_next_page():
    pager = '<nav><a class="next" rel="next" href="/news/page/2/">→</a></nav>'
    found = find_next_page(_list_page(pager), "")
    assert found is not None
    assert found.url == "/news/page/2/"


def test_a_read_on_arrow_after_a_lone_story_is_no_next_page():
    # the arrow after a story's summary leads to the story: no pager, no page two
    page = Selector(
        text='<html><body><div class="main"><div class="post"><h2>园区的一个故事</h2>'
        '<p>摘要文字。 <a href="/news/2024/story-7.html">→</a></p></div></div></body></html>'
    )
    assert find_next_page(page, _URL) is None


def test_a_left_arrow_is_no_next_page():
    pager = '<div class="pages"><a href="/news/index_2.html">←</a><span class="cur">3</span></div>'
    assert find_next_page(_list_page(pager), "http://www.example.org/news/index_3.html") is None


def test_the_vsb_pager_words_give_the_next_page():
    # 共N条 1/M 首页 上页 下页 尾页: 下页 is linked, the first two are not on page 1
    pager = (
        '<div class="pb"><span>共36条&nbsp;&nbsp;1/4&nbsp;</span><span>首页</span>'
        '<span>上页</span><span><a href="index/3.htm">下页</a></span>'
        '<span><a href="index/1.htm">尾页</a></span></div>'
    )
    found = find_next_page(_list_page(pager), _URL)
    assert found is not None
    assert found.url == "http://www.example.org/news/index/3.htm"


def test_a_laypage_pager_with_addresses_gives_the_next_page():
    pager = (
        '<div class="layui-laypage"><a href="/news/list_2.html">上一页</a>'
        '<a href="/news/list_2.html">2</a><span><em>3</em></span>'
        '<a href="/news/list_4.html">4</a><span>…</span><a href="/news/list_9.html">9</a>'
        '<a href="/news/list_4.html">下一页</a><span>到第<input value="4">页'
        "<button>确定</button></span></div>"
    )
    found = find_next_page(_list_page(pager), "http://www.example.org/news/list_3.html")
    assert found is not None
    assert found.url == "http://www.example.org/news/list_4.html"


def test_a_laypage_pager_drawn_by_script_links_nowhere():
    # every link is ``javascript:;``: the address is the script's, no page a reader reaches
    pager = (
        '<div class="layui-laypage"><a href="javascript:;">上一页</a><span><em>1</em></span>'
        '<a href="javascript:;">2</a><a href="javascript:;">下一页</a></div>'
    )
    assert find_next_page(_list_page(pager), _URL) is None
