"""lists282: a layui pager drawn by script, its next page named only in the laypage call.

Pages in our own words. A layui column prints an empty pager box and the script that draws it:
``laypage.render({elem, count, limit, curr, jump})`` whose jump callback sends the browser to an
address built from the page number (``location.href = '/news/list_' + obj.curr + '.html'``). The
saved page names both the number and the pattern, so by the script-pager rule (LABELLING.md,
lists19) the next page is that address; the neighbours below give null (null beats a guess).
"""

from parsel import Selector

from incubator_crawler.listing.candidates import _unbracketed
from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pager_scripts import laypage_next
from incubator_crawler.listing.pagination import find_next_page

_URL = "http://www.example.org/news/list_3.html"
_ROWS = "".join(
    f'<li><a href="/news/2024/{n:02d}.html">园区企业参加第{n}届创新创业大赛并获奖</a><span>2024-05-{n:02d}</span></li>'
    for n in range(1, 16)
)


def _page(script: str, pager: str = '<div id="page"></div>') -> Selector:
    return Selector(
        text=f"""<html><body><div class="main"><ul class="list">{_ROWS}</ul>{pager}</div>
<script src="/layui/layui.js"></script><script>{script}</script></body></html>"""
    )


def _render(options: str, jump: str = "location.href = '/news/list_' + obj.curr + '.html';") -> str:
    return (
        "layui.use(['laypage'], function(){ var laypage = layui.laypage;\n"
        f"laypage.render({{ elem: 'page', {options},\n"
        f"  jump: function (obj, first) {{ if (!first) {{ {jump} }} }} }});\n}});"
    )


def _next(sel: Selector, url: str = _URL) -> tuple[str | None, str | None]:
    found = find_next_page(sel, url)
    return (found.url, found.via) if found is not None else (None, None)


def test_laypage_render_names_the_next_page_from_count_and_limit():
    sel = _page(_render("count: 125, limit: 15, curr: 3, layout: ['prev', 'page', 'next']"))
    assert _next(sel) == ("http://www.example.org/news/list_4.html", "laypage")


def test_laypage_default_limit_is_ten_rows():
    # 25 rows at layui's default ten a page: three pages, page 2 leads to page 3
    sel = _page(_render("count: 25, curr: 2"))
    assert _next(sel, "http://www.example.org/news/list_2.html")[0] == (
        "http://www.example.org/news/list_3.html"
    )


def test_laypage_one_pages_option_and_a_query_address():
    # laypage 1.x: laypage({cont, pages, curr, jump}) and a ?page= address
    script = (
        "laypage({cont: 'page', pages: 6, curr: 1, skip: true, jump: function(e, first){"
        " if(!first){ window.location.href = '?type=2&page=' + e.curr; } }});"
    )
    assert _next(_page(script), "http://www.example.org/news/index.php?type=2")[0] == (
        "http://www.example.org/news/index.php?type=2&page=2"
    )


def test_laypage_values_from_variables_the_page_prints():
    script = "var total = 48; var page = 4;\n" + _render("count: total, limit: 12, curr: page")
    # 48 rows at 12 a page: page 4 is the last
    assert _next(_page(script), "http://www.example.org/news/list_4.html") == (None, None)
    script = "var total = 49; var page = 4;\n" + _render("count: total, limit: 12, curr: page")
    assert _next(_page(script), "http://www.example.org/news/list_4.html")[0] == (
        "http://www.example.org/news/list_5.html"
    )


def test_laypage_drawn_links_still_give_the_script_address():
    # a page saved after the script ran: the drawn 下一页 is javascript:; with data-page
    pager = (
        '<div id="page"><div class="layui-laypage"><a href="javascript:;" class="layui-laypage-prev">'
        '上一页</a><a href="javascript:;" data-page="2">2</a><span class="layui-laypage-curr"><em>3'
        '</em></span><a href="javascript:;" data-page="4">4</a><a href="javascript:;" '
        'class="layui-laypage-next" data-page="4">下一页</a></div></div>'
    )
    sel = _page(_render("count: 125, limit: 15, curr: 3"), pager)
    assert _next(sel)[0] == "http://www.example.org/news/list_4.html"


def test_laypage_on_the_last_page_gives_no_next_page():
    assert _next(_page(_render("count: 45, limit: 15, curr: 3"))) == (None, None)


def test_laypage_loading_rows_by_ajax_gives_no_next_page():
    # the callback fetches rows into the page: no page of its own to go to
    jump = "$.get('/api/news', {page: obj.curr}, function (d) { render(d); });"
    assert _next(_page(_render("count: 125, limit: 15, curr: 3", jump))) == (None, None)


def test_laypage_current_page_read_from_the_hash_gives_no_next_page():
    # curr computed in the browser (location.hash): the saved page names no number
    options = "count: 125, curr: location.hash.replace('#!p=', '')"
    assert _next(_page(_render(options))) == (None, None)


def test_laypage_address_computed_beyond_a_join_gives_nothing():
    # the callback picks the address by a branch: more than a join of the number
    jump = "if (obj.curr == 1) { location.href = 'index.html'; } else { location.href = 'index_' + obj.curr + '.html'; }"
    assert laypage_next(_render("count: 125, curr: 3", jump)) == ""


def test_laypage_address_from_a_variable_prefix_gives_nothing():
    jump = "location.href = base + '?page=' + obj.curr;"
    assert laypage_next(_render("count: 125, curr: 3", jump)) == ""


def test_a_laydate_or_other_layui_module_is_no_pager():
    # laydate.render with a jump-like done callback and a value: no laypage call
    script = (
        "layui.use('laydate', function(){ layui.laydate.render({elem: '#d', value: 3,"
        " done: function(obj){ location.href = '?date=' + obj.curr; }}); });"
    )
    assert laypage_next(script) == ""
    assert _next(_page(script)) == (None, None)


# -- a DedeCMS pager of numbers only on a page saved without its address ------------------------

_CARDS = "".join(
    f'<li><a href="gongcheng/2016/{n}.html"><img src="/u/{n}.jpg"><span>深圳某某大厦装饰工程{n}</span></a></li>'
    for n in range(730, 742)
)


def _dede_page(pager: str, extra: str = "") -> Selector:
    return Selector(
        text=f"""<html><body><div class="top"><a href="list_14_2.html#">Tel: 0755-12345678</a>{extra}</div>
<ul class="cases">{_CARDS}</ul><div class="dede_pages">{pager}</div></body></html>"""
    )


def test_dede_numbers_only_read_the_pagers_printed_page():
    # page 2 of list_14 saved without its address: ``1 [2] 3 … 7`` and no 上一页 / 下一页; a
    # link to the page itself (``list_14_2.html#``) is no next page
    pager = '<a href="list_14_1.html">1</a> <span class="current">2</span> ' + " ".join(
        f'<a href="list_14_{n}.html">{n}</a>' for n in range(3, 8)
    )
    found = find_next_page(_dede_page(pager), "")
    assert (found.url, found.via) == ("list_14_3.html", "dede")


def test_dede_numbers_on_the_first_page_give_page_two():
    pager = '<span class="current">1</span> ' + " ".join(
        f'<a href="list_14_{n}.html">{n}</a>' for n in range(2, 6)
    )
    assert find_next_page(_dede_page(pager), "").url == "list_14_2.html"


def test_dede_linked_previous_still_tells_the_page():
    # 上一页 to list_14_3 on a saved page 4 of 4: the last page, no next
    pager = '<a href="list_14_3.html">上一页</a> ' + " ".join(
        f'<a href="list_14_{n}.html">{n}</a>' for n in range(1, 4)
    )
    assert find_next_page(_dede_page(pager), "") is None


def test_dede_index_without_numbers_keeps_page_one():
    # a category index with 下一页 and 共 3 页 only: page 1, next list_14_2
    pager = '<span>共 3 页</span> <a href="list_14_2.html">末页</a>'
    assert find_next_page(_dede_page(pager), "").url == "list_14_2.html"


# -- a column mark in brackets before each row's title --------------------------------------------

_INFO_URL = "http://school.example.org/Category_1/Index_2.aspx"


def _info_rows(rows: list[tuple[str, str, str, str]]) -> Selector:
    items = "".join(
        f'<li><span class="date">{date}</span><a class="node" href="/Category_{col}/Index.aspx">'
        f'{mark}</a><a href="/Item/{item}.aspx">{title}</a></li>'
        for col, mark, item, title, date in [(c, m, i, t, d) for c, m, i, t, d in rows]
    )
    return Selector(
        text=f"""<html><body><div class="path"><a href="/">首页</a> &gt; <a href="/Category_1/Index.aspx">新闻中心</a></div>
<h3>新闻中心</h3><ul class="infoList">{items}</ul><div class="page"><a href="Index.aspx">上一页</a>
<a href="Index.aspx">1</a> <b><a href="Index_2.aspx">2</a></b> <a href="Index_3.aspx">3</a>
<a href="Index_3.aspx">下一页</a></div></body></html>"""
    )


def _listed(sel: Selector, url: str) -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_a_bracketed_column_mark_of_four_characters_is_no_row():
    # three rows (a later page), two marked [党政办], one [学校新闻]: the marks are columns
    sel = _info_rows(
        [
            ("25", "[党政办]", "23493", "2025学年各项先进推优名单公示", "2026-07-13"),
            ("25", "[党政办]", "23490", "第二届育人楷模奖评选工作的通知", "2026-07-08"),
            ("37", "[学校新闻]", "23489", "教育集团开展师德师风专题培训活动", "2026-07-08"),
        ]
    )
    assert _listed(sel, _INFO_URL) == [
        "http://school.example.org/Item/23493.aspx",
        "http://school.example.org/Item/23490.aspx",
        "http://school.example.org/Item/23489.aspx",
    ]


def test_a_long_title_wholly_in_brackets_stays_a_title():
    # 【…】 round a whole title of six characters or more: a title still
    rows = [
        (
            "25",
            "[党政办]",
            str(100 + n),
            f"【关于做好第{n}批园区企业统计工作的通知】",
            f"2026-07-0{n}",
        )
        for n in range(1, 4)
    ]
    assert len(_listed(_info_rows(rows), _INFO_URL)) == 3


def test_unbracketed_measures_only_a_text_wholly_in_one_pair():
    assert _unbracketed("[学校新闻]") == "学校新闻"
    assert _unbracketed("【通知公告】") == "通知公告"
    assert _unbracketed("[转载]园区企业获奖") == "[转载]园区企业获奖"
    assert _unbracketed("[图文] [视频]") == "[图文] [视频]"
    assert _unbracketed("学校新闻") == "学校新闻"
