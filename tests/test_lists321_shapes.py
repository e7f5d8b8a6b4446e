"""lists321: the shapes list_variants left after lists316 and lists317.

Pages in our own words. A resort search of one result shows one card over the pager: a cover
picture and an ``h2`` title to the resort, a summary to its rooms, a side link to its meeting
rooms. The title and summary group as a two-link list, the side link (grouped at the card)
stands nearer the pager and won; the card's cover names the row (:func:`.last_page.covered_card`).
"""

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic

_SITE = "https://resort.example.cn"
_PAGE = f"{_SITE}/search-spring.html"


def _card(n: int, name: str, cover: bool = True) -> str:
    picture = (
        f'<div class="pic"><a href="resort-{n}.html"><img src="up/{n}.jpg" alt="{name}"></a></div>'
        if cover
        else ""
    )
    return f"""<div class="card">{picture}<div class="info">
<h2><a href="resort-{n}.html" class="b">{name}</a></h2>
<h2 class="tabs"><a href="room-{n}.html">房型(6)</a><a href="food-{n}.html">餐厅(2)</a>
<a href="map-{n}.html">位置</a></h2>
<h2><a href="room-{n}.html">依山傍水的温泉度假村，拥有三十六个露天泡池和森林木屋别墅群落…</a></h2></div>
<div class="side"><h2><a href="meet-{n}.html"><strong>会场 (4) 间</strong></a></h2>
<h2>最大容纳 (200) 人</h2></div></div>"""


def _search(cards: str, pager: bool = True) -> Selector:
    pages = (
        '<span id="label"></span><div class="pager"><a href="search-spring.html">首页</a> <a href="search-spring_2.html">'
        '下一页</a> <a href="search-spring_2.html">尾页</a></div>'
        if pager
        else ""
    )
    return Selector(
        text=f"""<html><head><title>温泉 - 度假搜索</title></head><body>
<div id="head"><a href="index.html"><img src="logo.png"></a><h1>度假会议一站式服务</h1></div>
<div id="main"><div id="list">{cards}{pages}</div></div></body></html>"""
    )


def _links(sel: Selector, url: str = _PAGE) -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_a_search_of_one_card_lists_the_cards_title():
    sel = _search(_card(378, "龙门山谷生态温泉度假村"))
    assert _links(sel) == [f"{_SITE}/resort-378.html"]


def test_three_cards_stay_the_list():
    names = ("龙门山谷生态温泉度假村", "从化溪畔森林温泉酒店", "清远峡谷漂流度假山庄")
    sel = _search("".join(_card(300 + i, name) for i, name in enumerate(names)))
    assert _links(sel) == [f"{_SITE}/resort-{300 + i}.html" for i in range(3)]


def test_two_cards_by_the_pager_are_not_read_as_one_card():
    # both cards stand as near the pager: the rule leaves the page to the written weights
    sel = _search(_card(378, "龙门山谷生态温泉度假村") + _card(627, "从化溪畔森林温泉酒店"))
    assert _links(sel) != [f"{_SITE}/resort-378.html"]


def test_a_card_without_a_cover_is_left_as_it_was():
    sel = _search(_card(378, "龙门山谷生态温泉度假村", cover=False))
    assert _links(sel) != [f"{_SITE}/resort-378.html"]


def _article(pager: str) -> Selector:
    body = "<p>" + "度假村的温泉水来自地下一千二百米，富含偏硅酸等多种矿物质。" * 8 + "</p>"
    return Selector(
        text=f"""<html><head><title>温泉攻略</title></head><body><article><h1>冬季泡温泉的五个建议</h1>
<div class="content">{body}</div>{pager}</article>
<div class="related"><h4>相关推荐</h4><div class="item"><a href="/post/88.html"><img src="p.jpg"></a>
<h3><a href="/post/88.html">山谷温泉度假村周末游记全攻略</a></h3>
<p><a href="/tag/spa/">温泉度假酒店频道推荐</a></p></div></div></body></html>"""
    )


def test_an_articles_related_card_with_a_cover_stays_as_it_was():
    # the related card's title, with a pager of the article's pages or none (as on main)
    for pager in ("", '<div class="pages"><a href="/post/77_2.html">下一页</a></div>'):
        assert _links(_article(pager), f"{_SITE}/post/77.html") == [f"{_SITE}/post/88.html"]


# A job search of one result: the job named in two characters (no candidate) beside its
# company's long name; the header row, printed as a table of its own above the rows, names
# the title column (:func:`.last_page.headed_title`).
_JOBS = "https://jobs.example.cn"


def _job(n: int, name: str, company: str) -> str:
    return f"""<table class="rows"><tr><td class="name"><input type="checkbox" value="{n}">
<div><a href="{_JOBS}/job/{n}.htm" target="_blank"><b>{name}</b></a></div></td>
<td class="rate"><span>80%</span></td>
<td class="firm"><a href="{_JOBS}/company/{n}00/index.html">{company}</a></td>
<td class="pay">面议</td><td class="city">成都</td><td class="day"><span>04-15</span></td></tr>
<tr class="detail" style="display: none"><td colspan="6"><div>岗位职责：负责凭证审核与报表编制。</div></td></tr>
</table>"""


def _board(
    rows: str, header: str = "职位名称|反馈率|公司名称|职位月薪|工作地点|发布日期"
) -> Selector:
    cells = "".join(f"<th>{name}</th>" for name in header.split("|"))
    search = f"{_JOBS}/search?kw=kuaiji&p="
    return Selector(
        text=f"""<html><head><title>成都会计招聘</title></head><body>
<div class="top"><a href="{_JOBS}/help/guide.html">求职指南与简历技巧</a></div>
<div class="main"><div class="wrap"><div class="list"><table class="rows"><tr>{cells}</tr></table>
{rows}</div><div class="pages"><ul><li><a href="{search}4">上一页</a></li><li><a href="{search}1">1</a>
</li><li><a href="{search}6">下一页</a></li></ul></div></div></div></body></html>"""
    )


def _jobs(sel: Selector) -> list[str]:
    return _links(sel, f"{_JOBS}/search?kw=kuaiji&p=5")


def test_a_job_search_of_one_result_lists_the_job_its_header_names():
    assert _jobs(_board(_job(1, "会计", "四川蜀都信息技术有限公司"))) == [f"{_JOBS}/job/1.htm"]


def test_three_jobs_stay_the_jobs():
    rows = (
        _job(1, "会计", "四川蜀都信息技术有限公司")
        + _job(2, "出纳", "成都锦江商贸发展有限公司")
        + _job(3, "会计", "成都天府物流服务有限公司")
    )
    assert _jobs(_board(rows)) == [f"{_JOBS}/job/{n}.htm" for n in (1, 2, 3)]


def test_a_header_naming_no_title_column_leaves_the_row():
    sel = _board(_job(1, "会计", "四川蜀都信息技术有限公司"), "编号|反馈率|公司名称|月薪|地点|日期")
    assert _jobs(sel) == [f"{_JOBS}/company/100/index.html"]


def test_a_header_naming_the_rows_own_column_leaves_it():
    sel = _board(_job(1, "会计", "四川蜀都信息技术有限公司"), "编号|反馈率|岗位名称|月薪|地点|日期")
    assert _jobs(sel) == [f"{_JOBS}/company/100/index.html"]


# A company's news column: a dated hero card over an undated grid of cards, the pager under the
# grid; the header's and the footer's links to one product page group only at the body, which
# holds every pager: that group made no list the pager's own, and the lone dated hero (9.0)
# outweighed the undated grid of nine (8.5). A group at the body stands by no pager.
_NEWS = "https://water.example.cn"
_GRID = (
    "智慧排水平台在常州投入运行",
    "智能曝气系统开启节能新阶段",
    "水厂深度处理工程通过验收",
    "公司参加城市水务数字化论坛",
    "管网监测项目完成一期建设",
    "水务科技研发中心正式揭牌",
    "智慧水厂运维平台上线试运行",
    "公司获评年度数字化转型案例",
    "污水处理提标改造工程开工",
)


def _news_page(grid: int = 9, hero: bool = True, wide: bool = True) -> Selector:
    # a header's menu link and a footer's link to another page at one tag path meet only at
    # the body
    menu = (
        f'<div class="nav"><ul><li><a href="{_NEWS}/hardware">智能硬件产品中心</a></li></ul></div>'
    )
    foot = (
        f'<div class="nav"><ul><li><a href="{_NEWS}/contact">联系我们与服务网点</a></li></ul></div>'
    )
    cards = "".join(
        f"""<li><a href="{_NEWS}/{400 + i}.html" class="item"><div class="img"><img src="{i}.jpg">
</div><div class="con"><div class="date"></div><div class="title">{title}</div></div></a></li>"""
        for i, title in enumerate(_GRID[:grid])
    )
    lead = (
        f"""<a href="{_NEWS}/198.html" class="show"><div class="img"><img src="show.jpg"></div>
<div class="con"><div class="date">2024-07-11</div><div class="title">双料奖项：智慧水厂建设项目获评优秀案例</div>
<div class="text">七月三日，全域智慧城市专题论坛在北京召开，会上公布了优秀案例评选结果。</div></div></a>"""
        if hero
        else ""
    )
    return Selector(
        text=f"""<html><head><title>公司动态</title></head><body>
<div class="header">{menu if wide else ""}</div>
<div class="container"><div class="view"><div class="contain">{lead}
<div class="list"><ul class="grid">{cards}</ul></div>
<div class="pages"><a href="{_NEWS}/gsdt_2.html">下一页</a> <a href="{_NEWS}/gsdt_5.html">尾页</a></div>
</div></div></div><div class="footer">{foot if wide else ""}</div></body></html>"""
    )


def test_an_undated_grid_under_a_dated_hero_card_is_the_list():
    want = [f"{_NEWS}/{400 + i}.html" for i in range(9)]
    assert _links(_news_page(), f"{_NEWS}/gsdt.html") == want


def test_the_grid_without_the_page_wide_group_was_the_list_already():
    want = [f"{_NEWS}/{400 + i}.html" for i in range(9)]
    assert _links(_news_page(wide=False), f"{_NEWS}/gsdt.html") == want


def test_a_last_page_of_one_dated_hero_still_lists_it():
    # the grid gone: the hero is the page's one story, not the page-wide product link
    assert _links(_news_page(grid=0), f"{_NEWS}/gsdt.html") == [f"{_NEWS}/198.html"]
