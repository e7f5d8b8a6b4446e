"""Pagination and list discovery per CMS pattern, on small pages written as those CMSs write them."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
import wp_site
from parsel import Selector

from incubator_crawler.listing.links import (
    date_entries,
    find_article_links,
    find_js_rows,
    parse_list_date,
)
from incubator_crawler.listing.pagination import (
    PAGINATION_STRATEGIES,
    find_next_page,
    trs_page_count,
)

CST = timezone(timedelta(hours=8))


def sel(body: str) -> Selector:
    return Selector(text=f"<html><body>{body}</body></html>")


def nxt(body: str, url: str, strategy="auto"):
    found = find_next_page(sel(body), url, strategy)
    return (found.url, found.via) if found else None


# -- 下一页 / 尾页 ------------------------------------------------------------------------------
def test_next_link_and_last_page():
    body = '<div class="page"><a href="index_1.shtml">下一页</a> <a href="index_4.shtml">尾页</a></div>'
    assert nxt(body, "http://x.test/fhq/gzdt/index.shtml") == (
        "http://x.test/fhq/gzdt/index_1.shtml",
        "next-link",
    )


def test_last_page_has_no_next():
    body = '<a href="index.shtml">首页</a><a href="index_3.shtml">上一页</a><a href="index_4.shtml">尾页</a>'
    assert nxt(body, "http://x.test/c/index_4.shtml") is None


# -- TRS createPageHTML ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("script", "url", "expected"),
    [
        (
            'createPageHTML(3, 0, "index", "html");',
            "http://x.test/xwdt/",
            "http://x.test/xwdt/index_1.html",
        ),
        (
            'createPageHTML(3, 1, "index", "html");',
            "http://x.test/xwdt/index_1.html",
            "http://x.test/xwdt/index_2.html",
        ),
        ('createPageHTML(3, 2, "index", "html");', "http://x.test/xwdt/index_2.html", None),
        (
            'var countPage = 5;//共多少页\nvar currentPage = 0;\nvar prePage = "index";\n'
            'createPageHTML(countPage, currentPage, prePage, "shtml");',
            "http://x.test/2022/tz/index.shtml",
            "http://x.test/2022/tz/index_1.shtml",
        ),
    ],
)
def test_trs_create_page_html(script, url, expected):
    found = nxt(f'<div class="page"><script>{script}</script></div>', url)
    assert found == ((expected, "trs") if expected else None)


@pytest.mark.parametrize(
    ("script", "url", "expected"),
    [
        (
            "createPageHTML('page_div',8, 1,'fg','shtml',147);",
            "http://x.gov.cn/zwgk/fg.shtml",
            "http://x.gov.cn/zwgk/fg_2.shtml",
        ),
        (
            'createPageHTML("pageDiv", 8, 2, "index", "html", 147);',
            "http://x.gov.cn/zwgk/index_2.html",
            "http://x.gov.cn/zwgk/index_3.html",
        ),
        (
            "createPageHTML('page_div',8, 8,'fg','shtml',147);",
            "http://x.gov.cn/zwgk/fg_8.shtml",
            None,
        ),
        (
            "createPageHTML('page_div',1, 1,'xlist','shtml',5);",
            "http://x.gov.cn/a/xlist.shtml",
            None,
        ),
    ],
)
def test_create_page_html_with_the_pagers_id_first(script, url, expected):
    """Government portals print createPageHTML('page_div', count, current from 1, stem,
    extension, rows): page n is stem_n (page 1 the bare stem), up to the count."""
    found = nxt(f'<div id="page_div"></div><script>{script}</script>', url)
    assert found == ((expected, "trs") if expected else None)


def test_next_link_written_by_a_script():
    """A pager written by document.write holds no element the parsed page can read; its
    下一页 link is still the next page. A link built by concatenation is not taken."""
    body = (
        '<div class="page"><script>'
        "document.write('<a href=\"index_'+(p-1)+'.html\">上一页</a>');"
        "document.write('<a href=\"index_' + (p+1) + '.html\">下一页</a>');"
        'document.write(\'<a href="index_2.html" class="next">下一页</a>\');'
        "</script></div>"
    )
    assert nxt(body, "http://x.gov.cn/tzgg/index_1.html") == (
        "http://x.gov.cn/tzgg/index_2.html",
        "next-link",
    )


@pytest.mark.parametrize(
    "link",
    [
        '<a href="index_1.html">[下一页]</a>',
        '<a href="index_1.html">【下一页】</a>',
        '<a href="index_1.html"><img src="next.gif" alt="下一页"></a>',
        '<a href="index_1.html" title="下一页"><img src="next.gif"></a>',
    ],
)
def test_next_link_in_brackets_or_a_picture_button(link):
    """Old pagers print [下一页] in brackets or a picture button whose alt or tooltip says
    下一页: both are the next-page link."""
    body = f'<div class="page"><a href="index.html">[首页]</a>{link}</div>'
    assert nxt(body, "http://x.gov.cn/tzgg/index.html") == (
        "http://x.gov.cn/tzgg/index_1.html",
        "next-link",
    )


@pytest.mark.parametrize(
    ("url", "first"),
    [("http://x.gov.cn/tzgg/", "index.html"), ("http://x.gov.cn/tzgg/index.html", "./")],
)
def test_numbered_pager_whose_first_page_is_the_folder_or_its_index(url, first):
    """A numbered pager without 下一页 links page 1 as index.html on the folder's address
    (or as ./ on index.html): that link is this page, so page 2 comes next."""
    body = (
        f'<div class="page"><a href="{first}">1</a><a href="index_1.html">2</a>'
        '<a href="index_2.html">3</a></div>'
    )
    assert nxt(body, url) == ("http://x.gov.cn/tzgg/index_1.html", "numbered")


#: TRS's pager variables and the links its template writes from them, without createPageHTML
#: (the shape of hf.cas.cn's 通知公告 pager, cas-list-hfips-kyghc-tzgg).
TRS_WRITTEN_PAGER = (
    '<div class="page"><script>var currentPage = {cur};//所在页从0开始\n'
    "var prevPage = currentPage-1//上一页\nvar nextPage = currentPage+1//下一页\n"
    "var countPage = {count}//共多少页\n"
    'function select_page(page){{ window.location.href="./index_"+(page-1)+".html"; }}\n'
    "if(countPage>1&&currentPage!=(countPage-1)){{\n"
    "document.write('<a href=\"index_'+nextPage+'.html\">下一页<img src=\"r.png\" /></a>');\n"
    '}}else{{ document.write(\'<a href="javascript:;">下一页<img src="r.png" /></a>\'); }}'
    "</script></div>"
)


@pytest.mark.parametrize(
    ("cur", "count", "url", "expected"),
    [
        (0, 2, "http://x.cas.cn/kyghc/tzgg/", "http://x.cas.cn/kyghc/tzgg/index_1.html"),
        (
            1,
            3,
            "http://x.cas.cn/kyghc/tzgg/index_1.html",
            "http://x.cas.cn/kyghc/tzgg/index_2.html",
        ),
        (1, 2, "http://x.cas.cn/kyghc/tzgg/index_1.html", None),
        (0, 1, "http://x.cas.cn/kyghc/tzgg/", None),
    ],
)
def test_trs_pager_written_from_its_variables(cur, count, url, expected):
    """A TRS pager written by document.write from ``currentPage`` (0-based) and ``countPage``:
    the 下一页 link the browser shows is ``index_{currentPage+1}.html`` until the last page."""
    found = nxt(TRS_WRITTEN_PAGER.format(cur=cur, count=count), url)
    assert found == ((expected, "trs") if expected else None)


def test_trs_page_count():
    body = '<script>var countPage = 7; var currentPage = 2; createPageHTML(countPage, currentPage, "index", "htm");</script>'
    assert trs_page_count(sel(body)) == (7, 2, "index", "htm")


# -- DedeCMS list_{typeid}_{page}.html -----------------------------------------------------------
DEDE_PAGER = (
    "<ul class='pagelist'><li><a href='/a/yqdt/'>首页</a></li><li class='thisclass'>{cur}</li>"
    "{links}<li><span class='pageinfo'>共 <strong>3</strong>页<strong>12</strong>条</span></li></ul>"
)


def test_dede_from_category_index():
    body = DEDE_PAGER.format(
        cur=1,
        links="<li><a href='list_106_2.html'>2</a></li><li><a href='list_106_3.html'>3</a></li>",
    )
    assert nxt(body, "http://x.test/a/yqdt/") == ("http://x.test/a/yqdt/list_106_2.html", "dede")


def test_dede_middle_and_last_page():
    body = DEDE_PAGER.format(
        cur=2, links="<li><a href='/a/yqdt/'>1</a></li><li><a href='list_106_3.html'>3</a></li>"
    )
    assert nxt(body, "http://x.test/a/yqdt/list_106_2.html", "dede") == (
        "http://x.test/a/yqdt/list_106_3.html",
        "dede",
    )
    body = DEDE_PAGER.format(
        cur=3, links="<li><a href='/a/yqdt/'>1</a></li><li><a href='list_106_2.html'>2</a></li>"
    )
    assert nxt(body, "http://x.test/a/yqdt/list_106_3.html") is None


# -- node_N.html → node_N_2.html ---------------------------------------------------------------
def test_node_pages():
    body = '<div class="pages"><b>1</b> <a href="node_479_2.html">2</a> <a href="node_479_3.html">3</a></div>'
    assert nxt(body, "http://x.test/yaowen/node_479.html") == (
        "http://x.test/yaowen/node_479_2.html",
        "node",
    )
    body = '<div class="pages"><a href="node_479.html">1</a> <b>2</b> <a href="node_479_3.html">3</a></div>'
    assert nxt(body, "http://x.test/yaowen/node_479_2.html", "node") == (
        "http://x.test/yaowen/node_479_3.html",
        "node",
    )
    body = '<div class="pages"><a href="node_479.html">1</a> <a href="node_479_2.html">2</a> <b>3</b></div>'
    assert nxt(body, "http://x.test/yaowen/node_479_3.html") is None


# -- Hanweb ?pageNum= ------------------------------------------------------------------------
def test_hanweb_page_num():
    body = '共3页 <span>1</span> <a href="/col/col736/index.html?uid=7361&amp;pageNum=2">2</a>'
    assert nxt(body, "http://x.test/col/col736/index.html") == (
        "http://x.test/col/col736/index.html?uid=7361&pageNum=2",
        "hanweb",
    )
    # no link to page 3, but the pager says 共3页
    assert nxt("共3页", "http://x.test/col/col736/index.html?uid=7361&pageNum=2", "hanweb") == (
        "http://x.test/col/col736/index.html?uid=7361&pageNum=3",
        "hanweb",
    )
    assert nxt("共3页", "http://x.test/col/col736/index.html?uid=7361&pageNum=3") is None


# -- EasySite tagname --------------------------------------------------------------------------
def test_easysite_tagname():
    body = (
        '<a class="pagingNormal" href="javascript:void(0)" tagname="/zgc/zwgk/tzgg/index.html">首页</a>'
        '<a class="pagingNormal" href="javascript:void(0)" tagname="/zgc/zwgk/tzgg/index_3.html">下一页</a>'
    )
    assert nxt(body, "http://x.test/zgc/zwgk/tzgg/index_2.html") == (
        "http://x.test/zgc/zwgk/tzgg/index_3.html",
        "tagname",
    )
    # the last page: 下一页 with no usable tagname
    assert (
        nxt(
            '<a href="javascript:void(0)" tagname="[NEXTPAGE]">下一页</a>',
            "http://x.test/zgc/a/index_3.html",
        )
        is None
    )


def test_box_of_page_links_on_the_first_page_of_a_column():
    """A box of plain page links 第 1 页 … 第 4 页 on a column's own address (its pages are
    /column/7/page-N, page 1 linked too): this is page 1, so page 2 comes next; a number
    printed 第 2 页 on page 2's own address is that page."""
    body = "".join(f'<a href="/column/7/page-{n}">第 {n} 页</a>' for n in range(1, 5))
    assert nxt(body, "https://x.test/column/7") == ("https://x.test/column/7/page-2", "numbered")
    assert nxt(body, "https://x.test/column/7/page-2") == (
        "https://x.test/column/7/page-3",
        "numbered",
    )
    assert nxt(body, "https://x.test/other/9") is None


def test_numbered_pager_of_unknown_scheme():
    body = '<a href="p1.htm">1</a> <span>2</span> <a href="p3.htm">3</a>'
    assert nxt(body, "http://x.test/news/p2.htm") == ("http://x.test/news/p3.htm", "numbered")


def test_select_page_picker_of_addresses():
    """A ``<select>`` of pages with no link (LABELLING lists78): the option after the selected
    one, by the ``picker`` strategy, and only when the options' values are addresses; a
    numbered link or 下一页 on the same page wins."""
    picker = (
        '<select onchange="location.href=this.value"><option value="index.html">第1页</option>'
        '<option value="index_1.html" selected>第2页</option><option value="index_2.html">第3页'
        "</option></select>"
    )
    assert nxt(picker, "http://x.test/a/index_1.html") == ("http://x.test/a/index_2.html", "picker")
    assert nxt(picker, "http://x.test/a/index_1.html", "picker")[1] == "picker"
    assert nxt(picker.replace(" selected", ""), "http://x.test/a/") == (
        "http://x.test/a/index_1.html",
        "picker",
    )
    assert nxt(picker + '<a href="index_2.html">下一页</a>', "http://x.test/a/index_1.html") == (
        "http://x.test/a/index_2.html",
        "next-link",
    )
    numbers = '<select onchange="goPage(this.value)"><option value="1" selected>1</option><option value="2">2</option></select>'
    assert nxt(numbers, "http://x.test/a/index.html") is None
    # a page number that skips (第1页, 第3页) is no pager of consecutive pages
    assert nxt(picker.replace("第2页", "第5页"), "http://x.test/a/index_1.html") is None


def test_named_strategy_only_uses_that_strategy():
    body = '<a href="index_1.html">下一页</a>'
    assert nxt(body, "http://x.test/a/index.html", "trs") is None
    assert nxt(body, "http://x.test/a/index.html", ["trs", "next-link"])[1] == "next-link"
    assert set(PAGINATION_STRATEGIES) >= {"next-link", "tagname", "trs", "dede", "node", "hanweb"}


# -- rows in JavaScript arrays (kw.beijing legacy) ------------------------------------------------
JS_ROWS = """<table><script type="text/javascript">
var urls=new Array();var headers=new Array();var year=new Array();var month=new Array();var day=new Array();
urls[0]='/art/2021/4/24/art_736_12345.html';headers[0]="<a title='关于开展2021年度众创空间备案工作的通知' href='/art/2021/4/24/art_736_12345.html' target='_blank'>关于开展2021年度众创...</a>";year[0]='2021';month[0]='04';day[0]='24';
urls[1]='/art/2021/4/15/art_736_12340.html';headers[1]="<a title='中关村举办孵化器开放日' href='/art/2021/4/15/art_736_12340.html'>中关村举办孵化器开放日</a>";year[1]='2021';month[1]='04';day[1]='15';
for(var i=0;i<urls.length;i++){document.write(headers[i]);}
</script></table>"""


HANWEB_DATASTORE = """<div id="4502"><script type="text/xml"><datastore><nextgroup><![CDATA[<a
href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&columnid=12&unitid=4502"></a>]]></nextgroup>
<recordset><record><![CDATA[<li><a href="/art/2024/1/5/art_12_7001.html" title="关于开展2024年度孵化器绩效评价工作的通知"
target="_blank">关于开展2024年度孵化器绩效评价…</a><span>2024-01-05</span></li>]]></record>
<record><![CDATA[<li><a href="javascript:void(0);">（已撤回）</a><span>2024-01-04</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2024/1/3/art_12_7000.html">园区举办科技金融对接会</a><span>2024-01-03</span></li>]]></record>
</recordset></datastore></script></div>"""


def test_hanweb_datastore_rows():
    """大汉 jpage columns keep their rows as CDATA records of a text/xml script."""
    entries = find_js_rows(sel(HANWEB_DATASTORE), "http://x.gov.cn/col/col12/index.html")
    assert [(e.url, e.title, e.date_raw) for e in entries] == [
        (
            "http://x.gov.cn/art/2024/1/5/art_12_7001.html",
            "关于开展2024年度孵化器绩效评价工作的通知",
            "2024-01-05",
        ),
        ("http://x.gov.cn/art/2024/1/3/art_12_7000.html", "园区举办科技金融对接会", "2024-01-03"),
    ]


def test_js_array_rows():
    entries = find_js_rows(sel(JS_ROWS), "http://x.test/col/col736/index.html")
    assert [(e.url, e.title, e.date_raw) for e in entries] == [
        (
            "http://x.test/art/2021/4/24/art_736_12345.html",
            "关于开展2021年度众创空间备案工作的通知",
            "2021-04-24",
        ),
        ("http://x.test/art/2021/4/15/art_736_12340.html", "中关村举办孵化器开放日", "2021-04-15"),
    ]
    # the named-site finder and the generic one both fall back to them
    assert (
        len(
            find_article_links(
                sel(JS_ROWS), "http://x.test/col/col736/", re.compile(r"/art_\d+_\d+\.html$")
            )
        )
        == 2
    )
    assert len(find_article_links(sel(JS_ROWS), "http://x.test/col/col736/")) == 2


# -- list dates and titles -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "now", "expected"),
    [
        ("[2024-04-24]", datetime(2025, 6, 1, tzinfo=CST), "2024-04-24"),
        ("(2024-04-24)", datetime(2025, 6, 1, tzinfo=CST), "2024-04-24"),
        ("2024年4月24日", datetime(2025, 6, 1, tzinfo=CST), "2024-04-24"),
        ("04-24", datetime(2025, 6, 1, tzinfo=CST), "2025-04-24"),
        # across the year boundary: seen in January, December is last year's
        ("12-28", datetime(2026, 1, 10, tzinfo=CST), "2025-12-28"),
        ("01-05", datetime(2026, 1, 10, tzinfo=CST), "2026-01-05"),
        ("[12-31]", datetime(2026, 1, 1, 8, tzinfo=CST), "2025-12-31"),
        ("", datetime(2026, 1, 1, tzinfo=CST), None),
    ],
)
def test_list_dates(raw, now, expected):
    assert parse_list_date(raw, now) == expected


def test_easysite_list_mm_dd_and_full_titles():
    body = (
        '<div class="w_ul_list"><ul>'
        '<li><span><a href="/zgc/zwgk/tzgg/10870021/index.html" title="关于征集2026年中关村前沿技术企业的通知">关于征集2026年中关村...</a></span><span class="fr">01-12</span></li>'
        '<li><span><a href="/zgc/zwgk/tzgg/10870008/index.html" title="中关村科技园区年度孵化载体评价结果公示">中关村科技园区年度孵化...</a></span><span class="fr">12-30</span></li>'
        "</ul></div>"
    )
    entries = date_entries(
        find_article_links(
            sel(body), "http://x.test/zgc/zwgk/tzgg/index.html", re.compile(r"/\d{6,}/")
        ),
        datetime(2026, 1, 20, tzinfo=CST),
    )
    assert [(e.title, e.published) for e in entries] == [
        ("关于征集2026年中关村前沿技术企业的通知", "2026-01-12"),
        ("中关村科技园区年度孵化载体评价结果公示", "2025-12-30"),
    ]


def test_div_rows_form_one_list():
    """``.list-main .no-img``: each row is a div holding one link; the list is their parent."""
    rows = "".join(
        f'<div class="no-img"><h3><a href="/yaowen/2025-01/{d:02d}/content_{d}.html" title="标题{d}号新闻稿件">标题{d}</a></h3><span>(2025-01-{d:02d})</span></div>'
        for d in (17, 13, 9)
    )
    body = f'<div class="list-main">{rows}</div><div class="side"><a href="/yaowen/2025-01/01/content_1.html">侧栏推荐新闻一篇</a></div>'
    entries = find_article_links(
        sel(body), "http://x.test/yaowen/node_479.html", re.compile(r"content_\d+")
    )
    assert [e.date_raw for e in entries] == ["(2025-01-17)", "(2025-01-13)", "(2025-01-09)"]


def test_generic_list_prefers_dated_rows_over_same_shaped_sidebar():
    main = "".join(
        f'<li><a href="/a/yqdt/{n}.html" title="园区动态第{n}号新闻标题">园区动态第{n}号...</a><span>2024-03-0{n % 9 + 1}</span></li>'
        for n in (31, 32)
    )
    side = "".join(
        f'<li><a href="/a/yqdt/{n}.html">热门文章第{n}号标题</a></li>' for n in (40, 41, 42)
    )
    nav = '<a href="/a/yqdt/">园区动态</a><a href="list_106_2.html">2</a>'
    body = f"{nav}<ul class='main'>{main}</ul><ul class='hot'>{side}</ul>"
    entries = find_article_links(sel(body), "http://x.test/a/yqdt/")
    assert [e.url for e in entries] == [
        "http://x.test/a/yqdt/31.html",
        "http://x.test/a/yqdt/32.html",
    ]


def test_generic_list_by_record_structure_not_url_shape():
    """A WordPress category page: five posts whose slugs share no shape, all found, in order,
    with their dates; the 推荐阅读 box (dated), the 热门 widget, nav and footer left out."""
    base = "http://127.0.0.1:8001"
    entries = find_article_links(sel(wp_site.list_page(base)), base + wp_site.LIST_PATH)
    assert [(e.url, e.title, e.date_raw) for e in entries] == [
        (
            base + "/wp/2024/04/24/private-incubator-ten-years/",
            "民营孵化器十年：从孵化空间到产业生态",
            "2024年4月24日",
        ),
        (
            base + "/wp/2024/04/22/fhgc-505/",
            "高新区孵化工场第五批入驻企业名单公布",
            "2024年4月22日",
        ),
        (
            base + "/wp/2024/04/18/众创空间绩效评价/",
            "市级众创空间年度绩效评价结果出炉",
            "2024年4月18日",
        ),
        (base + "/wp/2024/04/15/3021/", "科技企业孵化器专场招聘会举办", "2024年4月15日"),
        (base + "/wp/?p=3007", "园区举办知识产权质押融资政策解读会", "2024年4月10日"),
    ]


def test_generic_list_mixed_slugs_in_plain_rows():
    rows = [
        ("/a/yqdt/334332.html", "2024-03-05"),
        ("/a/yqdt/zhuanti-fuhuaqi.html", "2024-03-04"),
        ("/special/2024/report.shtml", "2024-03-01"),
    ]
    main = "".join(
        f'<li><a href="{p}">园区动态新闻标题{i}号</a><span>{d}</span></li>'
        for i, (p, d) in enumerate(rows)
    )
    body = (
        f'<ul class="list">{main}</ul><div class="pager"><a href="list_106_2.html">下一页</a></div>'
    )
    entries = find_article_links(sel(body), "http://x.test/a/yqdt/")
    assert [e.url for e in entries] == ["http://x.test" + p for p, _ in rows]


def test_generic_list_dated_recommended_box_loses_to_the_main_list():
    """A 推荐/排行 box is a side list even with dates and more rows than the main list."""
    main = "".join(
        f'<li><a href="/news/{n}.html">园区新闻第{n}号稿件标题</a>(2024-04-0{n})</li>'
        for n in (1, 2)
    )
    side = "".join(
        f'<li><a href="/news/9{n}.html">排行文章第{n}号稿件标题</a>(2024-03-0{n})</li>'
        for n in (1, 2, 3)
    )
    body = (
        f"<div class='l'><h2>园区新闻</h2><ul>{main}</ul></div>"
        f"<div class='r'><div class='t'>点击排行</div><div class='c'><ul>{side}</ul></div></div>"
    )
    entries = find_article_links(sel(body), "http://x.test/news/")
    assert [e.url for e in entries] == ["http://x.test/news/1.html", "http://x.test/news/2.html"]


def test_generic_list_leaves_out_nav_aside_and_footer_links():
    dated = "".join(
        f'<li><a href="/n/{n}.html">导航里的长链接文字{n}</a> 2024-01-0{n}</li>' for n in (1, 2, 3)
    )
    body = (
        f"<nav><ul>{dated}</ul></nav><aside><ul>{dated}</ul></aside><footer><ul>{dated}</ul></footer>"
        '<ul><li><a href="/n/8.html">真正列表里的文章标题</a> 2024-02-02</li></ul>'
    )
    assert [e.url for e in find_article_links(sel(body), "http://x.test/n/")] == [
        "http://x.test/n/8.html"
    ]


#: lists21's catalogue of pager families (SITES.md's pagination patterns, LABELLING's list
#: sections), each under ten dated rows: (page address, pager HTML, next page).
_PAGER_ROWS = "".join(
    f'<li><a href="/tzgg/2024/t{n}.html">园区召开年度工作会议第{n}次</a><span>2024-05-{n + 1:02d}</span></li>'
    for n in range(10)
)
_PAGERS = {
    "下一页 and ?page numbers": (
        "https://x.gov.cn/tzgg/list?page=2",
        '<a href="?page=1">上一页</a> <a href="?page=1">1</a> <span>2</span> '
        '<a href="?page=3">3</a> <a href="?page=3">下一页</a> <a href="?page=9">尾页</a>',
        "https://x.gov.cn/tzgg/list?page=3",
    ),
    "?page numbers, page 1 without a query": (
        "https://x.gov.cn/tzgg/list",
        '<span class="cur">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a>',
        "https://x.gov.cn/tzgg/list?page=2",
    ),
    "_N.html numbers": (
        "https://x.gov.cn/tzgg/list_2.html",
        '<a href="list.html">1</a> <span>2</span> <a href="list_3.html">3</a>',
        "https://x.gov.cn/tzgg/list_3.html",
    ),
    "index_N.html numbers on the folder": (
        "https://x.gov.cn/tzgg/",
        '<span>1</span> <a href="index_2.html">2</a> <a href="index_3.html">3</a>',
        "https://x.gov.cn/tzgg/index_2.html",
    ),
    "TRS createPageHTML": (
        "https://x.gov.cn/tzgg/index.html",
        '<script>createPageHTML(5, 0, "index", "html");</script>',
        "https://x.gov.cn/tzgg/index_1.html",
    ),
    "TRS createPageHTML on its last page": (
        "https://x.gov.cn/tzgg/index_4.html",
        '<script>createPageHTML(5, 4, "index", "html");</script>',
        None,
    ),
    "上一页 only, on the last page": (
        "https://x.gov.cn/tzgg/list?page=3",
        '<a href="?page=1">首页</a> <a href="?page=2">上一页</a> <a href="?page=1">1</a> '
        '<a href="?page=2">2</a> <span>3</span> <span>下一页</span> <span>尾页</span>',
        None,
    ),
    "a last page's 下一页 to its own address": (
        "https://x.gov.cn/tzgg/list_3.html",
        '<a href="list_2.html">上一页</a> <a href="list_3.html">下一页</a> <a href="list_3.html">尾页</a>',
        None,
    ),
    # the folder and its index file are one page: no next page, not the page again
    "a last page's 下一页 to the folder's index file": (
        "https://x.gov.cn/tzgg/",
        '<a href="index.html">首页</a> <a href="index.html">上一页</a> '
        '<a href="index.html">下一页</a> <a href="index.html">尾页</a> 共1页',
        None,
    ),
    "后页 (douban's 前页 / 后页)": (
        "https://x.com/news/",
        '<a href="/news/?start=0">&lt;前页</a> <a href="/news/?start=20">后页&gt;</a>',
        "https://x.com/news/?start=20",
    ),
    "後頁 in traditional characters": (
        "https://x.com.tw/news/",
        '<a href="?p=2">後頁</a>',
        "https://x.com.tw/news/?p=2",
    ),
    "numbers in Chinese words, 第二页": (
        "https://x.gov.cn/tzgg/",
        '<span>第一页</span> <a href="index_2.html">第二页</a> <a href="index_3.html">第三页</a>',
        "https://x.gov.cn/tzgg/index_2.html",
    ),
    "第十一页 after 第十页": (
        "https://x.gov.cn/tzgg/index_10.html",
        '<a href="index_9.html">第九页</a> <span>第十页</span> <a href="index_11.html">第十一页</a>',
        "https://x.gov.cn/tzgg/index_11.html",
    ),
    "bracketed numbers [1] [2] [3]": (
        "https://x.gov.cn/tzgg/",
        '<span>[1]</span> <a href="index_2.html">[2]</a> <a href="index_3.html">[3]</a>',
        "https://x.gov.cn/tzgg/index_2.html",
    ),
    "an icon link marked rel=next (Hexo's a.extend.next)": (
        "https://x.com/blog/page/2/",
        '<a class="extend prev" rel="prev" href="/blog/"><i class="fa fa-left"></i></a>'
        '<a class="extend next" rel="next" href="/blog/page/3/"><i class="fa fa-right"></i></a>',
        "https://x.com/blog/page/3/",
    ),
    "an icon link named by its aria-label": (
        "https://x.gov.tw/news/",
        '<a class="next" aria-label="下一頁" href="/news/?Page=2"><span class="icon"></span></a>',
        "https://x.gov.tw/news/?Page=2",
    ),
    "a window of numbers on page 10 (1 … 9 10 11 … 20)": (
        "https://x.gov.cn/tzgg/list.jsp?pn=10",
        '<a href="?pn=1">1</a> … <a href="?pn=9">9</a> <b>10</b> <a href="?pn=11">11</a> … '
        '<a href="?pn=20">20</a>',
        "https://x.gov.cn/tzgg/list.jsp?pn=11",
    ),
    "a window of numbers on its last page (18 19 20)": (
        "https://x.gov.cn/tzgg/list.jsp?pn=20",
        '<a href="?pn=18">18</a> <a href="?pn=19">19</a> <b>20</b>',
        None,
    ),
    "a lone Chinese numeral is no page number": (
        "https://x.gov.cn/tzgg/",
        '<a href="/tzgg/yi.html">一</a> <a href="/tzgg/er.html">二</a>',
        None,
    ),
    # lists19: the 下一页 element's own script names the page it opens
    "下一页 opening its page by window.open in a javascript: href": (
        "https://x.gov.cn/tzgg/list.jsp",
        "<a href=\"javascript:window.open('list.jsp?page=2','_self')\">下一页</a>",
        "https://x.gov.cn/tzgg/list.jsp?page=2",
    ),
    "下一页 by window.location = in onclick": (
        "https://x.gov.cn/tzgg/",
        '<a href="#" onclick="window.location = \'/tzgg/index_2.html\'; return false;">下一页</a>',
        "https://x.gov.cn/tzgg/index_2.html",
    ),
    # lists19 null cases: a number posted by a script, rows loaded into the page
    "下一页 calling goPage(2) stays null": (
        "https://x.gov.cn/tzgg/",
        '<a href="javascript:;" onclick="goPage(2)">下一页</a>',
        None,
    ),
    "下一页 loading rows from an address stays null": (
        "https://x.gov.cn/tzgg/",
        "<a href=\"javascript:goPub('/tzgg/index_2603340_15.html')\">下一页</a>",
        None,
    ),
    "a picture named prev alone is no next page": (
        "https://x.gov.cn/tzgg/index_3.html",
        '<a href="index_2.html"><img src="/images/btn_prev.gif"></a>',
        None,
    ),
    "a picture named nextpage": (
        "https://x.gov.cn/tzgg/",
        '<a href="index_1.html"><img src="/images/nextpage.png"></a>',
        "https://x.gov.cn/tzgg/index_1.html",
    ),
}


@pytest.mark.parametrize("name", list(_PAGERS))
def test_pager_catalogue(name):
    page_url, pager, want = _PAGERS[name]
    html = Selector(
        text=f"<html><body><ul class='list'>{_PAGER_ROWS}</ul><div class='pager'>{pager}</div>"
        "</body></html>"
    )
    found = find_next_page(html, page_url)
    assert (found.url if found else None) == want
