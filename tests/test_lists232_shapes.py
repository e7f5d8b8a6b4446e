"""lists232: a category page of two post cards beside a profile widget (lists221's one miss).

Pages in our own words with the shapes of a Hexo theme's category page: post cards (a dated meta
line over an h1 title link, an excerpt, a 阅读更多 link), a breadcrumb 分类 > club, and a profile
widget of section counts (文章 3 / 分类 2 / 标签 3) and outside social links.
"""

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pagination import find_next_page

_COUNTS = """<div class="counts"><div><p>文章</p><a href="/archives"><p>3</p></a></div>
<div><p>分类</p><a href="/categories"><p>2</p></a></div>
<div><p>标签</p><a href="/tags"><p>3</p></a></div></div>"""
_SOCIAL = """<div class="social"><a title="Weibo" href="https://weibo.com/u/1"><i></i></a>
<a title="Facebook" href="https://www.facebook.com/p1"><i></i></a>
<a title="Twitter" href="https://twitter.com/x1"><i></i></a>
<a title="Linkedin" href="https://www.linkedin.com/company/x1"><i></i></a></div>"""
_TRAIL = """<div class="card"><nav class="breadcrumb"><ul><li><a href="/categories">分类</a></li>
<li class="is-active"><a href="#">club</a></li></ul></nav></div>"""
_SITE = "http://club.example.org/categories/club/"


def _card(href: str, title: str, date: str) -> str:
    stamp = f"<span><time>{date}</time>发表</span>" if date else ""
    return f"""<div class="card"><article><div class="meta">{stamp}
<span><a href="/categories/club/">club</a></span></div><h1><a href="{href}">{title}</a></h1>
<div class="content"><p>这是一段足够长的摘要文字，讲述了社团这一次活动的经过和大家的收获。</p></div>
<a href="{href}#more">阅读更多</a></article></div>"""


def _page(cards: str, pager: str = "", widget: str = _COUNTS + _SOCIAL) -> Selector:
    return Selector(
        text=f"""<html><body><section><div class="columns"><div class="main">{_TRAIL}
{cards}{pager}</div><div class="side"><div class="card widget">{widget}</div></div></div>
</section></body></html>"""
    )


_TWO = _card("/2021/08/18/join/", "招新", "2021-08-18") + _card(
    "/2021/07/20/about-our-club/", "我们社团的介绍", "2021-07-20"
)


def _links(sel: Selector, url: str) -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_two_cards_one_titled_short_are_the_list_without_the_address():
    assert _links(_page(_TWO), "") == ["/2021/08/18/join/", "/2021/07/20/about-our-club/"]


def test_two_cards_one_titled_short_are_the_list_with_the_address():
    assert _links(_page(_TWO), _SITE) == [
        "http://club.example.org/2021/08/18/join/",
        "http://club.example.org/2021/07/20/about-our-club/",
    ]


def test_an_undated_short_title_does_not_join_a_dated_card():
    # the short link at the title's path is no card of the list when it shows no date
    cards = _card("/2021/08/18/join/", "招新", "") + _card(
        "/2021/07/20/about-our-club/", "我们社团的介绍", "2021-07-20"
    )
    assert "/2021/08/18/join/" not in _links(_page(cards, widget=""), "")


def test_a_page_of_outside_links_only_keeps_them():
    # a links page whose only rows are other sites' addresses is still their list
    sel = _page("", widget=_SOCIAL)
    assert _links(sel, "") == [
        "https://weibo.com/u/1",
        "https://www.facebook.com/p1",
        "https://twitter.com/x1",
        "https://www.linkedin.com/company/x1",
    ]


def test_profile_counts_and_trail_are_no_pager():
    sel = _page(_TWO)
    assert find_next_page(sel, "") is None
    assert find_next_page(sel, _SITE) is None


def test_a_real_pager_beside_the_counts_and_trail():
    pager = """<nav class="pagination"><ul><li><a class="is-current" href="/categories/club/">1</a></li>
<li><a href="/categories/club/page/2/">2</a></li></ul></nav>"""
    found = find_next_page(_page(_TWO, pager), _SITE)
    assert found is not None
    assert found.url == "http://club.example.org/categories/club/page/2/"


def test_a_number_between_page_words_is_a_page():
    # 第 <a>2</a> 页: the words around the number are a pager's, not a count's label
    pager = '<div class="pages"><span>第</span><a href="/categories/club/page/2/">2</a><span>页</span></div>'
    found = find_next_page(_page(_TWO, pager, widget=_SOCIAL), "")
    assert found is not None
    assert found.url == "/categories/club/page/2/"
