"""follow106: list-finder errors read on lists99's first contact (docs/benchmarks.md, lists99).

1. ``Javascript:`` with a capital J is a script all the same (HTML reads a scheme in any case):
   jspn.js.cn's pager ``<a href='Javascript:goToPageURL(2)'>2</a>`` POSTs a form to the page's own
   address, so it names no next page (LABELLING lists19), and no ``javascript:`` check of the list
   finder may take such an href for a relative address.
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
