"""follow106: list-finder errors read on lists99's first contact (docs/benchmarks.md, lists99).

1. ``Javascript:`` with a capital J is a script all the same (HTML reads a scheme in any case):
   jspn.js.cn's pager ``<a href='Javascript:goToPageURL(2)'>2</a>`` POSTs a form to the page's own
   address, so it names no next page (LABELLING lists19), and no ``javascript:`` check of the list
   finder may take such an href for a relative address.
2. A pager's bare arrow may lead to the next block of numbers, not the next page: bonavis.cn's
   ``< 1 2 … 10 >`` points ``>`` at ``10_11.html``; the next page is the next number after the
   current one, ``10_2.html`` (the lead's decision, lists99).
"""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.hrefs import is_script, leads_nowhere
from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pagination import find_next_page

HOST = "https://www.example.cn"


def _next(html: str, url: str) -> str | None:
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None


def _links(html: str, url: str) -> list[str]:
    return [e.url for e in find_article_links_generic(Selector(text=html), url)]


# 1. ``Javascript:`` in any case ---------------------------------------------------------------

NOTICES = (
    "关于做好价格鉴证师注册核准后续工作的通知",
    "全省价格认证工作会议在南京召开",
    "关于开展价格鉴证业务培训的通知",
    "前10月全国规模以上工业企业利润同比增长",
)


def _column(pager: str, row_href: str = "articleinfo-{n}.html") -> str:
    rows = "".join(
        f"<tr><td align='left'><a class='x_title' href='{row_href.format(n=570 + i)}'>{t}</a></td>"
        f"<td align='right'><span class='x_time'>2020-11-{20 + i}</span></td></tr>"
        for i, t in enumerate(NOTICES)
    )
    return (
        "<html><body><table class='list'>"
        f"{rows}</table>"
        "<form method='post' name='pageForm' action=''><input name='currpage' type='hidden'></form>"
        f"<div class='hodePage5'>{pager}</div></body></html>"
    )


def _pager(scheme: str) -> str:
    numbers = "".join(
        f"<a href='{scheme}goToPageURL({n})' title='第{n}页'>{n}</a>" for n in range(2, 6)
    )
    return (
        f"<a href='{scheme}goToPageURL(1)' title='首页'>首页</a>"
        f"<b><span class='hodePage5_cur_page'>1</span></b>{numbers}"
        f"<a href='{scheme}goToPageURL(16)' title='末页'>末页</a>"
    )


def test_script_hrefs_in_any_case():
    assert [is_script(h) for h in ("Javascript:go(2)", "JAVASCRIPT:;", " javascript:void(0)")] == [
        True,
        True,
        True,
    ]
    assert [is_script(h) for h in ("javascript.html", "java/script:1", "list_2.html")] == [
        False,
        False,
        False,
    ]
    assert [leads_nowhere(h) for h in ("#top", "JavaScript:;", "MAILTO:a@b.cn", "2.html")] == [
        True,
        True,
        False,
        False,
    ]
    assert leads_nowhere("MAILTO:a@b.cn", mailto=True) is True
    assert leads_nowhere("mailto.html", mailto=True) is False


def test_capital_j_script_pager_names_no_next_page():
    url = f"{HOST}/col1/articlecolumn.html"
    assert _next(_column(_pager("Javascript:")), url) is None
    assert _next(_column(_pager("JAVASCRIPT:")), url) is None


def test_lower_case_script_pager_names_no_next_page():
    url = f"{HOST}/col1/articlecolumn.html"
    assert _next(_column(_pager("javascript:")), url) is None


def test_plain_numbered_pager_still_names_next_page():
    url = f"{HOST}/col1/articlecolumn.html"
    pager = (
        "<a href='articlecolumn.html' title='首页'>首页</a>"
        "<b><span class='hodePage5_cur_page'>1</span></b>"
        + "".join(f"<a href='articlecolumn_{n}.html'>{n}</a>" for n in range(2, 6))
    )
    assert _next(_column(pager), url) == f"{HOST}/col1/articlecolumn_2.html"


def test_capital_j_script_rows_give_no_link():
    url = f"{HOST}/col1/articlecolumn.html"
    assert _links(_column(_pager("Javascript:")), url) == [
        f"{HOST}/col1/articleinfo-{n}.html" for n in range(570, 574)
    ]
    assert _links(_column(_pager("Javascript:"), row_href="Javascript:show({n})"), url) == []


# 2. A block arrow --------------------------------------------------------------------------

CASES = (
    "玩心大发，看看这次哪家品牌营销更胜一筹",
    "团建回顾：一日农家乐，一起玩",
    "品牌维观：老字号如何讲新故事",
)


def _news(pager: str) -> str:
    rows = "".join(
        f'<li><div class="addtime">2021.05.{10 + i}</div>'
        f'<div class="title"><a href="{1300 + i}.html">{t}</a></div></li>'
        for i, t in enumerate(CASES)
    )
    return (
        f'<html><body><ul class="news">{rows}</ul>'
        f'<div class="page_wrap"><div class="pager">{pager}</div></div></body></html>'
    )


def _block_pager(current: int, arrow: str, arrow_href: str) -> str:
    numbers = "".join(
        f'<span class="current">{n}</span>' if n == current else f"<a href='10_{n}.html'>{n}</a>"
        for n in range(1, 11)
    )
    return f"<span class=\"disabled\">&lt;</span>{numbers}<a href='{arrow_href}'>{arrow}</a>"


def test_block_arrow_gives_the_next_number():
    url = f"{HOST}/news/index.html"
    html = _news(_block_pager(1, "&gt;", "10_11.html"))
    assert _next(html, url) == f"{HOST}/news/10_2.html"
    assert _next(_news(_block_pager(1, "»", "10_11.html")), url) == f"{HOST}/news/10_2.html"


def test_block_arrow_on_a_middle_page():
    url = f"{HOST}/news/10_4.html"
    assert _next(_news(_block_pager(4, "&gt;", "10_11.html")), url) == f"{HOST}/news/10_5.html"


def test_arrow_to_the_next_number_is_kept():
    url = f"{HOST}/news/index.html"
    assert _next(_news(_block_pager(1, "&gt;", "10_2.html")), url) == f"{HOST}/news/10_2.html"


def test_arrow_of_another_address_pattern_is_kept():
    # one page, two addresses (the arrow a query, the numbers files): no block jump to tell
    url = f"{HOST}/news/index.html"
    html = _news(_block_pager(1, "&gt;", "list.php?page=2"))
    assert _next(html, url) == f"{HOST}/news/list.php?page=2"


def test_worded_next_link_past_the_next_number_is_kept():
    # 下一页 names the next page in words; only a bare arrow may mean the next block
    url = f"{HOST}/news/index.html"
    assert _next(_news(_block_pager(1, "下一页", "10_11.html")), url) == f"{HOST}/news/10_11.html"


def test_block_arrow_on_the_last_number_of_a_block():
    # on page 10 no number 11 is printed: the arrow is the next page
    url = f"{HOST}/news/10_10.html"
    assert _next(_news(_block_pager(10, "&gt;", "10_11.html")), url) == f"{HOST}/news/10_11.html"
