"""The generic list finder on list shapes the dev pages lack, in small pages written for the test.

Each shape is one that ``benchmarks/list_variants.py`` made of a dev page and the finder broke
on: a short last page, a list cut into boxes or round a banner, rows pinned in a 置顶 box,
a column link beside every title, paid rows and promotion cards among the rows.
"""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic


def _found(body: str, page_url: str) -> list[str]:
    page = f"<html><head><title>列表</title></head><body>{body}</body></html>"
    return [e.url for e in find_article_links_generic(Selector(text=page), page_url)]


def test_two_rows_off_site_beat_a_lone_link_of_the_site():
    """Two rows linking to another host weigh as much as one link of the site: a list
    repeats, so the two rows are the list, not the lone link before them."""
    body = (
        '<p class="intro"><a href="/about/team.html">关于我们团队的介绍说明</a></p>'
        '<div class="news-list">'
        '<div class="item"><h2><a href="https://mp.other.test/s/a1">园区企业发布年度创新成果报告</a>'
        "</h2></div>"
        '<div class="item"><h2><a href="https://mp.other.test/s/a2">孵化器举办创业导师见面会活动</a>'
        "</h2></div></div>"
    )
    assert _found(body, "https://x.test/daily-news/") == [
        "https://mp.other.test/s/a1",
        "https://mp.other.test/s/a2",
    ]


def _job(i: int, title: str) -> str:
    """A job board's record: a table of one row, the job (its keyword in bold), the company
    and the date."""
    return (
        f'<table class="job"><tr><td class="name"><div><a href="/job/{i}.htm">{title}</a></div></td>'
        f'<td class="company"><a href="/company/CC{i}.htm">四川第{i}号商务服务有限公司</a></td>'
        "<td>04-15</td></tr></table>"
    )


def test_a_long_job_title_among_short_ones_is_the_rows_title_not_its_company():
    """Three jobs, two named in two characters (会计): the long title of the middle one is in
    no group with the others, yet it stands where the titles stand; the company beside it is
    the longest link of the row but no title."""
    titles = ["<b>会计</b>", "<b>会计</b>主管（房地产）", "记账<b>会计</b>"]
    body = f'<div class="jobs">{"".join(_job(i, t) for i, t in enumerate(titles))}</div>'
    assert _found(body, "https://x.test/jobs/search.html") == [
        f"https://x.test/job/{i}.htm" for i in range(3)
    ]


def test_job_tables_in_boxes_of_five_give_the_jobs_not_the_companies():
    """Fifteen job tables in three boxes of five: each box is a row of the folded list, so a
    column is judged record by record. 会计 names most jobs, but once per record beside
    other names, which makes it no button; the jobs, bold, are the titles."""
    titles = ["<b>会计</b>主管（房地产）" if i % 3 == 0 else "<b>会计</b>" for i in range(15)]
    boxes = "".join(
        '<div class="box">' + "".join(_job(i, titles[i]) for i in range(k, k + 5)) + "</div>"
        '<div class="line"></div>'
        for k in (0, 5, 10)
    )
    body = f'<div class="jobs">{boxes}</div>'
    assert _found(body, "https://x.test/jobs/search.html") == [
        f"https://x.test/job/{i}.htm" for i in range(15)
    ]


def test_pinned_jobs_whose_titles_are_in_no_group_join_the_list():
    """Two jobs pinned in a 置顶 box above the list, built like it: one named 会计, one with
    a long title alone at its tag path; both are the list's first rows."""
    pinned = _job(90, "<b>会计</b>") + _job(91, "<b>会计</b>主管（房地产）")
    rows = "".join(_job(i, "<b>会计</b>" if i % 2 else "财务<b>会计</b>专员岗位") for i in range(6))
    body = (
        f'<div class="top"><h3>置顶</h3><div class="jobs">{pinned}</div></div>'
        f'<div class="jobs">{rows}</div>'
    )
    assert _found(body, "https://x.test/jobs/search.html") == [
        f"https://x.test/job/{i}.htm" for i in (90, 91, *range(6))
    ]


def _thread(href: str, title: str, cls: str, tail: str, beside: str = "") -> str:
    """A forum's thread row, its title four wrappers deep (``beside`` follows the title)."""
    return (
        f'<li class="{cls} clearfix"><div class="t_con"><div class="col2"><div class="lz">'
        f'<div class="title"><a href="{href}">{title}</a>{beside}</div></div></div></div>'
        f"{tail}</li>"
    )


def test_rows_labelled_advert_are_left_out_of_a_short_page():
    """A last page of three threads and three paid rows built alike, each marked 广告: the
    paid rows point elsewhere for half the list, yet the label says what they are."""
    threads = "".join(
        _thread(
            f"/p/{i}", f"本吧第{i}期活动讨论帖汇总", "thread", f'<span class="date">8-{i}</span>'
        )
        for i in range(1, 4)
    )
    ads = "".join(
        _thread(
            f"https://ad.other.test/click?u={i}",
            f"网页游戏第{i}区新服开启全线爆满",
            f"q{i}e0569",
            '<span class="label">广告</span>',
        )
        for i in range(3)
    )
    body = f'<ul class="threadlist">{threads}{ads}</ul>'
    assert _found(body, "https://tieba.x.test/f?kw=test") == [
        f"https://tieba.x.test/p/{i}" for i in range(1, 4)
    ]


def test_undated_promotion_cards_among_a_few_dated_rows_are_left_out():
    """Three dated article cards and two promotion cards at the same tag path, wrapped in
    elements classed otherwise and without a date: too few rows for the usual-shape rule,
    but the dated rows say which shape the list's rows have."""

    def card(i: int) -> str:
        return (
            f'<div><div class="card article"><div class="body"><a href="/post/{i}">'
            f'城市漫步指南第{i}篇：在昆明感受季节</a><span class="time">15:0{i}</span>'
            "</div></div></div>"
        )

    def promo(i: int) -> str:
        return (
            f'<div><div class="promo-card"><div class="promo-body"><a href="/bullet/{i}">'
            f"中午吃什么？聊聊你的工作日备餐{i}</a></div></div></div>"
        )

    body = f'<div class="feed">{card(1)}{promo(1)}{card(2)}{card(3)}{promo(2)}</div>'
    assert _found(body, "https://x.test/index") == [f"https://x.test/post/{i}" for i in (1, 2, 3)]


def test_day_boxes_nested_unclosed_with_a_column_link_beside_each_title():
    """A day's box left unclosed holds the next day's box; each title has a [通知公告栏目]
    link beside it in its heading and a tool link in its summary. The heading's pairs fold
    into one list per day box, and the nested day boxes into one list."""
    days = [(f"4月{22 - d}日", [f"/n/{d}{k}.html" for k in range(3)]) for d in range(3)]
    body = "</div>"
    for day, paths in reversed(days):
        items = "".join(
            f'<div class="item"><div class="content"><h2><a href="{p}">园区企业发布新产品第{p[3:5]}号'
            '</a> <a href="/channel/tzgg/">[通知公告栏目]</a></h2>'
            f'<p class="summary">产品介绍与使用说明 <a href="/tool/{p[3:5]}">工具页面链接名</a></p>'
            "</div></div>"
            for p in paths
        )
        body = f'<div class="news-list"><div class="date">{day}</div>{items}{body}'
    assert _found(body, "https://x.test/daily-news/") == [
        f"https://x.test{p}" for _, paths in days for p in paths
    ]


def test_deep_thread_rows_with_a_column_link_keep_their_pinned_threads():
    """Thread rows four wrappers deep, a [通知公告栏目] link beside each title, a paid row
    first and two threads pinned in a folder row: the pairs fold at the rows of the list,
    and the pinned rows, classed like the threads, join it."""
    col = ' <a href="/channel/tzgg/">[通知公告栏目]</a>'

    def row(href: str, title: str, cls: str, tail: str = '<span class="date">8-1</span>') -> str:
        return _thread(href, title, cls, tail, col)

    pinned = row("/p/1", "【公告】本吧吧务招聘开始了", "thread top") + row(
        "/p/2", "【活动】晒新版截图盖楼赢好礼", "thread top"
    )
    body = (
        '<ul class="threadlist">'
        + row(
            "https://ad.other.test/c?u=1", "网页游戏新服开启全线爆满", "x9f3", "<span>广告</span>"
        )
        + f'<li class="folder"><ul class="top-list">{pinned}</ul></li>'
        + "".join(row(f"/p/{i}", f"本吧第{i}期讨论帖汇总整理", "thread") for i in range(3, 8))
        + "</ul>"
    )
    assert _found(body, "https://tieba.x.test/f?kw=test") == [
        f"https://tieba.x.test/p/{i}" for i in range(1, 8)
    ]


def test_pinned_threads_join_the_list_whose_first_row_is_an_advert():
    """The list's first row is a paid row classed apart (x9f3), then a folder row of two
    pinned threads, then the threads: the pinned rows are classed like the threads, which
    is enough, whatever the first row's classes."""
    pinned = _thread("/p/1", "【公告】本吧吧务招聘开始了", "thread top", "") + _thread(
        "/p/2", "【活动】晒新版截图盖楼赢好礼", "thread top", ""
    )
    body = (
        '<ul class="threadlist">'
        + _thread(
            "https://ad.other.test/c?u=1", "网页游戏新服开启全线爆满", "x9f3", "<span>广告</span>"
        )
        + f'<li class="folder"><ul class="top-list">{pinned}</ul></li>'
        + "".join(
            _thread(f"/p/{i}", f"本吧第{i}期讨论帖汇总整理", "thread", f"<span>8-{i}</span>")
            for i in range(3, 8)
        )
        + "</ul>"
    )
    assert _found(body, "https://tieba.x.test/f?kw=test") == [
        f"https://tieba.x.test/p/{i}" for i in range(1, 8)
    ]


def _story(i: int, numbered: str, picture: bool) -> str:
    """A news row, numbered by class; set out with a thumbnail and no date when ``picture``."""
    title = f'<span class="news_title"><a href="/2024/c{i}/page.htm">园区第{i}期创新创业活动报道</a></span>'
    if picture:
        body = f'<div class="pic-row"><div class="thumb"><img src="/t{i}.jpg"></div><div class="txt">{title}</div></div>'
    else:
        body = f'{title}<span class="news_meta">2024-05-{i + 1:02d}</span>'
    return f'<li class="news {numbered} clearfix">{body}</li>'


def test_rows_set_out_with_a_picture_and_numbered_apart_join_the_list():
    """Every other row is set out with a thumbnail (its title two wrappers deeper) and no
    date, and each row is numbered by class (n1, n2): the picture rows are rows of the
    list all the same, and a story in the list's section is no promotion."""
    rows = "".join(_story(i, f"n{i + 1}", i % 2 == 1) for i in range(6))
    body = f'<ul class="news_list">{rows}</ul>'
    assert _found(body, "https://x.test/2024/list.htm") == [
        f"https://x.test/2024/c{i}/page.htm" for i in range(6)
    ]


def test_a_picture_row_of_a_job_list_gives_its_job_not_its_company():
    """A job board's row holds the job and its company, whose name is longer; the row set
    out with a picture gives the link that stands where the jobs stand."""

    def row(i: int, picture: bool) -> str:
        cells = (
            f'<p class="t1"><span><a href="/jobs/{i}.html">数据分析师（第{i}组）</a></span></p>'
            f'<span class="t2"><a href="/company/co{i}.html">成都第{i}号数据科技股份有限公司</a></span>'
            '<span class="t5">04-19</span>'
        )
        if picture:
            cells = f'<div class="pic-row"><div class="thumb"><img src="/logo{i}.png"></div><div class="txt">{cells}</div></div>'
        return f'<div class="el">{cells}</div>'

    body = f'<div class="dw_table">{"".join(row(i, i == 2) for i in range(5))}</div>'
    assert _found(body, "https://x.test/list/search.html") == [
        f"https://x.test/jobs/{i}.html" for i in range(5)
    ]


def test_each_box_of_a_list_keeps_its_rows_set_out_with_a_picture():
    """A list cut into two boxes with a rule between them, a picture row in the second box:
    the second box joins the list with its picture row."""
    boxes = "".join(
        '<ul class="news_list">'
        + "".join(_story(i, "", i == 4) for i in range(k, k + 3))
        + '</ul><div class="line"></div>'
        for k in (0, 3)
    )
    assert _found(f"<div>{boxes}</div>", "https://x.test/2024/list.htm") == [
        f"https://x.test/2024/c{i}/page.htm" for i in range(6)
    ]


def test_a_saved_page_without_its_address_keeps_its_relative_links_as_written():
    """A page read from a file (page_url "") lists its records by root-relative links: they
    are the list as written, not dropped for want of a host to resolve them against."""
    rows = "".join(
        f'<li><a href="/news/company/{i}.html"><span>2024-05-0{i}</span>'
        f"园区第{i}期创业沙龙活动顺利举行</a></li>"
        for i in range(1, 5)
    )
    body = (
        '<div class="menu"><a href="/about/">关于我们</a><a href="/news/">新闻中心</a></div>'
        f'<ul class="news">{rows}</ul>'
        '<div class="pages"><a href="/news/index_2.html">下一页</a></div>'
    )
    assert _found(body, "") == [f"/news/company/{i}.html" for i in range(1, 5)]


def _year_box(year: int, posts: list[tuple[str, str]], heading: str = "") -> str:
    """A year's box of a blog archive: its heading (the year unless given) and dated rows."""
    rows = "".join(
        f'<li><span class="date">{year}/0{n + 1}/10</span> <a href="/post/{slug}/">{title}</a></li>'
        for n, (slug, title) in enumerate(posts)
    )
    return f'<h2>{heading or year}</h2><ul class="listing">{rows}</ul>'


def test_an_archive_split_under_year_headings_is_one_list():
    """A blog's archive prints a year heading (2023, 2022) over each year's box: the heading
    is a period, like a month's, so every year's rows are the list, not the longest year."""
    body = (
        '<div class="post-archive">'
        + "".join(
            [
                _year_box(
                    2023, [("a1", "项目负责人的自我修养"), ("a2", "如何写一个任务管理客户端")]
                ),
                _year_box(
                    2022,
                    [
                        ("b1", "几个小设置让电脑更好用"),
                        ("b2", "映射竟然也会发生内存泄漏"),
                        ("b3", "你说的下游是上游吧"),
                    ],
                ),
            ]
        )
        + "</div>"
    )
    assert _found(body, "https://blog.x.test/archives/") == [
        f"https://blog.x.test/post/{s}/" for s in ("a1", "a2", "b1", "b2", "b3")
    ]


def test_a_short_title_in_a_later_box_of_the_list_joins_it():
    """A title shorter than a candidate's (聊聊 g0) in the second box of a list cut into boxes
    (under month headings) is that box's row, as it would be in the first box."""
    body = (
        '<div class="post-archive">'
        + "".join(
            [
                _year_box(
                    2021,
                    [
                        ("c1", "深度解密协程调度器"),
                        ("c2", "图解内存分配的过程"),
                        ("c3", "变量去哪儿了呢"),
                    ],
                    "2021年5月",
                ),
                _year_box(
                    2020,
                    [("d1", "深度解密对象池"), ("d2", "聊聊 g0"), ("d3", "延迟链表如何被遍历")],
                    "2021年4月",
                ),
            ]
        )
        + "</div>"
    )
    assert _found(body, "https://blog.x.test/archives/") == [
        f"https://blog.x.test/post/{s}/" for s in ("c1", "c2", "c3", "d1", "d2", "d3")
    ]


def test_a_year_box_of_one_post_continues_the_archive():
    """An archive whose second year holds one post: that row shares no box with another link
    at its path, yet its box is built like the first year's and headed by a year."""
    body = (
        '<div class="post-archive">'
        + _year_box(2023, [("e1", "项目负责人的自我修养"), ("e2", "如何写一个任务管理客户端")])
        + _year_box(2022, [("f1", "几个小设置让电脑更好用")])
        + "</div>"
    )
    assert _found(body, "https://blog.x.test/archives/") == [
        f"https://blog.x.test/post/{s}/" for s in ("e1", "e2", "f1")
    ]


def test_a_last_page_of_one_card_beats_a_menu_entry_of_the_same_length():
    """A case page left with one picture card: the menu's 生产加工基地 and its drop-down's
    生产车间及设备 are as long as a title and as alone in their groups, but each stands among
    short entries built like it (关于我们, 检测设备); the card is the list."""
    body = (
        '<div class="top"><ul class="clearfix">'
        '<li><a href="/gywm/">关于我们</a></li>'
        '<li><a href="/scjgjd/">生产加工基地</a>'
        '<ul class="nav-zi"><li><a href="/scjgjd/jcsb/">检测设备</a></li>'
        '<li><a href="/scjgjd/sccjjsb/">生产车间及设备</a></li></ul></li>'
        '<li><a href="/lxwm/">联系我们</a></li></ul></div>'
        '<div class="show"><div class="row"><div class="col"><a href="/gcal/hghb/87.html">'
        '<img src="/d/87.jpg"/><div class="tou">江西某某炭黑股份有限公司</div></a></div></div></div>'
    )
    assert _found(body, "https://x.test/anli.html") == ["https://x.test/gcal/hghb/87.html"]


def test_a_base_href_resolves_the_rows_of_a_page_in_a_folder():
    """``<base href="/">`` makes ``xmzx/162.html`` on ``/xmzx/`` the site's ``/xmzx/162.html``,
    as a browser reads it, not ``/xmzx/xmzx/162.html``."""
    rows = "".join(
        f'<li><a href="xmzx/{i}.html">园区第{i}期创业沙龙活动顺利举行</a><span>2021-10-1{i}</span></li>'
        for i in range(1, 4)
    )
    page = (
        '<html><head><base href="/"><title>项目资讯</title></head><body>'
        f'<ul class="news">{rows}</ul></body></html>'
    )
    found = find_article_links_generic(Selector(text=page), "https://x.test/xmzx/")
    assert [e.url for e in found] == [f"https://x.test/xmzx/{i}.html" for i in range(1, 4)]


def _overlay_card(i: int) -> str:
    """A card clickable through one empty link laid over it: picture, heading, date, summary."""
    return (
        f'<li><div class="pic"><img src="/d/{i}.png" alt="合作{i}"/></div>'
        f"<h2>物业公司第{i}家上线云服务平台</h2><span>2021-10-1{i}</span>"
        f'<p>双方将充分利用互联网技术</p><a href="/xmzx/{i}.html" class="linkA"></a></li>'
    )


def test_cards_clicked_through_an_empty_link_are_the_list_under_their_headings():
    """Cards whose only link is an empty one over the card are the list, titled by their
    headings, not the menu's sub-menu beside them."""
    body = (
        '<ul class="nav"><li><a href="/team/">团队阵容</a><div><p><a href="/zjlfc/">总经理风采展示</a></p>'
        '<p><a href="/zfgw/">政府顾问团队成员</a></p><p><a href="/zdls/">指导老师团队成员</a></p>'
        "</div></li></ul>"
        f'<ul class="news2-list">{"".join(_overlay_card(i) for i in range(1, 4))}</ul>'
    )
    page = f"<html><head><title>项目资讯</title></head><body>{body}</body></html>"
    found = find_article_links_generic(Selector(text=page), "https://x.test/xmzx/")
    assert [(e.url, e.title) for e in found] == [
        (f"https://x.test/xmzx/{i}.html", f"物业公司第{i}家上线云服务平台") for i in range(1, 4)
    ]


def _year_panel(year: int, posts: list[tuple[str, str]]) -> str:
    """A theme's collapsible year panel: the year in the panel's heading, the rows three
    wrappers down (panel > collapse > body > collection of links)."""
    rows = "".join(
        f'<a href="/{year}/{slug}/"><time>{year}-03-18</time> {title}</a>' for slug, title in posts
    )
    return (
        f'<section class="panel"><div class="panel-heading"><h3><a href="#c{year}">{year}</a></h3>'
        f'</div><div class="panel-collapse"><div class="panel-body"><div class="collection">{rows}'
        "</div></div></div></section>"
    )


def test_year_panels_of_an_archive_three_wrappers_deep_are_one_list():
    """An archive's year panels hold their rows a few wrappers below the panel that carries
    the year: each panel is a box of the one list, not the longest year alone."""
    body = (
        '<div class="article-body">'
        + _year_panel(2024, [("a1", "使用脚本处理记录"), ("a2", "自定义扩展文档说明")])
        + _year_panel(
            2023,
            [
                ("b1", "无状态的数据流服务"),
                ("b2", "身份验证与授权验证"),
                ("b3", "服务的注册与发现"),
            ],
        )
        + "</div>"
    )
    assert _found(body, "https://blog.x.test/archives/page/2/") == [
        "https://blog.x.test/2024/a1/",
        "https://blog.x.test/2024/a2/",
        "https://blog.x.test/2023/b1/",
        "https://blog.x.test/2023/b2/",
        "https://blog.x.test/2023/b3/",
    ]


def test_panels_headed_by_words_stay_apart():
    """The same panels headed by channel names (国内, 国际) are two lists: the longer wins."""
    body = (
        '<div class="article-body">'
        + _year_panel(2024, [("a1", "使用脚本处理记录"), ("a2", "自定义扩展文档说明")]).replace(
            ">2024</a></h3>", ">国内新闻</a></h3>"
        )
        + _year_panel(
            2023,
            [
                ("b1", "无状态的数据流服务"),
                ("b2", "身份验证与授权验证"),
                ("b3", "服务的注册与发现"),
            ],
        ).replace(">2023</a></h3>", ">国际新闻</a></h3>")
        + "</div>"
    )
    assert _found(body, "https://x.test/news/") == [
        "https://x.test/2023/b1/",
        "https://x.test/2023/b2/",
        "https://x.test/2023/b3/",
    ]


def test_a_caption_naming_the_channel_marks_picture_records_under_a_static_box():
    """A school's 教学项目 page (title 教学项目): a menu of eight long mixed entries, then in
    one box a static feature strip, the caption 教学项目 (no heading element) and six
    ``<dl>`` records of picture and title, some titles short (土木水利). The captioned
    records are the list."""
    menu = "".join(
        f'<li><a href="/{p}/">{t}</a></li>'
        for p, t in (
            ("tese", "学校特色Our Feature"),
            ("jiaoxue", "热门专业Popular professional"),
            ("edu/jb", "教学成果Offers"),
            ("edu/xs", "家长心声Parents"),
            ("news", "新闻中心NEWS"),
            ("remen", "报名攻略Key to Application"),
            ("about/td", "教学团队Our Team"),
            ("about/jj", "关于学校About US"),
        )
    )
    records = "".join(
        f'<dl class="item"><dt><a href="/jiaoxue/{n}.html" title="{t}"><img src="/d/{n}.jpg"/></a>'
        f'</dt><dd><a href="/jiaoxue/{n}.html" title="{t}">{t}</a></dd></dl>'
        for n, t in (
            (12, "新专业预留"),
            (11, "土木水利"),
            (10, "建筑工程施工"),
            (9, "工程造价专业"),
            (8, "建筑装饰专业"),
            (7, "建筑设备安装专业"),
        )
    )
    body = (
        f'<div class="header"><ul class="container">{menu}</ul></div>'
        '<div class="box"><h3>高中服务项目</h3><ul><li><a href="/jiaoxue/10.html">了解更多</a></li>'
        '<li><a href="/jiaoxue/9.html">了解更多</a></li></ul>'
        f"<div><span>教学项目</span></div>{records}"
        '<div><div class="pages"><a href="/jiaoxue/index_2.html">下一页</a></div></div></div>'
    )
    page = f"<html><head><title>教学项目</title></head><body>{body}</body></html>"
    found = find_article_links_generic(Selector(text=page), "")
    assert [e.url for e in found] == [f"/jiaoxue/{n}.html" for n in (12, 11, 10, 9, 8, 7)]


def test_a_last_page_of_one_row_by_its_pager_beats_the_menu():
    """A column's last page left with one undated row: the menu's eight entries weigh more,
    but the row stands in the pager's box (上一页 under it), where the menu does not reach."""
    menu = "".join(
        f'<li><a href="/{p}/">{t}</a></li>'
        for p, t in (
            ("aboutus", "公司简介Company Profile"),
            ("rd", "研发中心R & D Center"),
            ("news", "新闻资讯News"),
            ("knowledge", "妇科知识Gynecological"),
        )
    )
    body = (
        f'<div id="head"><ul class="navigation">{menu}</ul></div>'
        '<div class="main"><div class="right">'
        '<ul class="newsList"><li><a href="/gsxw/2015/0523/177.html">武大教授进行学术报告</a>'
        "</li></ul>"
        '<div class="pages"><a href="list_13_1.html">首页</a><a href="list_13_3.html">上一页</a>'
        '<a href="list_13_3.html">3</a></div></div></div>'
    )
    assert _found(body, "https://x.test/gsxw/list_13_4.html") == [
        "https://x.test/gsxw/2015/0523/177.html"
    ]


def test_a_load_more_button_is_no_row_by_the_pager():
    """A 'Load more' link is the pager itself, not a last page's one row."""
    rows = "".join(
        f'<li><a href="/it/2025/04/story-{i}/">A long enough story title number {i}</a></li>'
        for i in range(1, 4)
    )
    body = (
        f'<div class="main"><ul class="river">{rows}</ul></div>'
        '<div class="more"><div><a href="/it/page/2/">Load more</a></div></div>'
    )
    assert _found(body, "https://x.test/it/") == [
        f"https://x.test/it/2025/04/story-{i}/" for i in range(1, 4)
    ]


def test_a_last_page_of_one_dated_row_by_its_pager_beats_a_side_menu_of_equal_weight():
    """A last page's one dated row (1 + 2 dated, tripled, doubled by the pager) ties the side
    menu of sub-channels under a heading naming the channel (3 rows, x3 heading, x2 folder):
    the list the pager pages wins the tie, not the first list on the page."""

    def links(pairs: tuple) -> str:
        return "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in pairs)

    nav = links(
        (
            ("../zsjz/bsyjszsjz.htm", "博士研究生招生简章"),
            ("../zsjz/ssyjszsjz.htm", "硕士研究生招生简章"),
            ("../zsjz/gatyjszsjz.htm", "港澳台研究生招生简章"),
            ("../zsjz/tjmszyxwzsjz.htm", "推荐免试专业学位招生简章"),
        )
    )
    menu = links(
        (
            ("tzgg.htm", "通知公告"),
            ("bsyjszs.htm", "博士研究生招生"),
            ("ssyjszs.htm", "硕士研究生招生"),
            ("tjms.htm", "推荐免试"),
            ("gatyjszs.htm", "港澳台研究生招生"),
        )
    )
    page = (
        "<html><head><title>通知公告-研究生招生网</title></head><body><table>"
        f'<tr><td><ul class="mainMenu"><li><a href="../zsjz/bsyjszsjz.htm">招生简章</a>'
        f'<ul class="subMenu">{nav}</ul></li></ul></td></tr><tr><td><table><tr>'
        '<td><table><tr><td><div class="leftMenu"><h3>通知公告 </h3>'
        f"<ul>{menu}</ul></div></td></tr></table></td>"
        '<td><table><tr><td><div class="list01"><ul class="newsList"><li><span>2024-04-06</span>'
        '<a href="../info/1018/2227.htm">扬州大学2024年硕士研究生招生拟调剂专业信息公告</a>'
        '</li></ul><div class="pb"><span>首页</span><span>上页</span><span>1</span>'
        '<span><a href="tzgg/11.htm">2</a></span><span><a href="tzgg/1.htm">12</a></span>'
        '<span><a href="tzgg/11.htm">下页</a></span><span><a href="tzgg/1.htm">尾页</a></span>'
        "</div></div></td></tr></table></td></tr></table></td></tr></table></body></html>"
    )
    found = find_article_links_generic(Selector(text=page), "https://x.test/tzgg/tzgg.htm")
    assert [(e.url, e.date_raw) for e in found] == [
        ("https://x.test/info/1018/2227.htm", "2024-04-06")
    ]


def _one_story_page(footer: str) -> str:
    """A news site's column page on its last page of one undated row: a breaking-news banner
    above the column links another channel's story, the footer its links."""
    return (
        '<div class="superbanner"><a href="/local/548c02176db28c9a4d000006">'
        "警方：下周一早上開通銅鑼灣道路</a></div>"
        '<div class="dailyNews"><div class="listRow"><div class="title">'
        '<a href="/world/548bfe2e6db28c954d000004/">印尼中爪哇暴雨致山泥傾瀉多人失蹤</a>'
        f"</div></div></div>{footer}"
    )


def test_a_lone_undated_story_of_the_channel_beats_a_footer_of_two_site_pages():
    """The footer's two pages of the site (no date, no story number in their addresses) would
    outweigh the lone row; the row leads to a story filed under the page's channel (/world/ on
    /list/world/), the ticker's story to another channel."""
    footer = (
        '<div class="footer-small"><div class="footerInfo">'
        '<a href="/terms.php">條款及細則</a> <a href="/terms.php?lang=en">Terms of Use</a> '
        '<a href="/code_of_ethics.php">準則及守則</a> '
        '<a href="/code_of_ethics.php?lang=en">Code of ethics</a> '
        '<a href="/faq.php">常見問題</a> <a href="/faq.php?lang=en">FAQ</a></div></div>'
    )
    assert _found(_one_story_page(footer), "https://x.test/list/world/") == [
        "https://x.test/world/548bfe2e6db28c954d000004/"
    ]


def test_two_promotions_elsewhere_among_the_channel_tabs_lose_to_the_lone_story():
    """Two links to another host (bit.ly promotions) standing in the sub-menu among the channel
    tabs 國內 國際 政治 are the menu's entries, not an aggregator's last page of two: the lone row
    of the site's story wins (stormmediagroup.com's 國內 column cut to one row)."""
    page = (
        '<div class="subHead"><div class="submenuBlk">'
        '<a href="/opencms/news/news-1/index.html" class="link sel"><span>國內</span></a>'
        '<a href="/opencms/news/news-2/index.html" class="link"><span>國際</span></a>'
        '<a href="/opencms/news/news-3/index.html" class="link"><span>政治</span></a>'
        '<a target="_blank" href="http://bit.ly/1D6qMwO" class="link"><span>阿扁監獄自述</span></a>'
        '<a target="_blank" href="http://bit.ly/1wcviEZ" class="link"><span>風傳媒網址票選中</span></a>'
        '</div></div><ul class="newsHistoryLister"><li class="item"><div class="title">'
        '<a href="/opencms/news/detail/63039112-829a-11e4-b7fe-ef2804cba5a1/'
        '?uuid=63039112-829a-11e4-b7fe-ef2804cba5a1">花150萬當選市議員 陸生蔡博藝：新媒體力量</a>'
        "</div></li></ul>"
    )
    assert _found(page, "https://x.test/opencms/news/news-1/more.html") == [
        "https://x.test/opencms/news/detail/63039112-829a-11e4-b7fe-ef2804cba5a1/"
        "?uuid=63039112-829a-11e4-b7fe-ef2804cba5a1"
    ]


def test_two_rows_on_another_host_stay_the_list_beside_a_lone_story():
    """Two rows elsewhere (an aggregator's last page of two) are a list, whatever the lone
    story of the site weighs."""
    rows = (
        '<div class="news"><div class="item"><h2><a href="https://mp.other.test/s/a1">'
        '园区企业发布年度创新成果报告</a></h2></div><div class="item"><h2>'
        '<a href="https://mp.other.test/s/a2">孵化器举办创业导师见面会活动</a></h2></div></div>'
    )
    assert _found(_one_story_page(rows), "https://x.test/list/world/") == [
        "https://mp.other.test/s/a1",
        "https://mp.other.test/s/a2",
    ]


def test_three_rows_under_a_whole_list_heading_beat_footer_columns_of_four():
    """A column's last page of three undated rows under 全部文章 (the page's whole list,
    whatever the column is called) beats the footer's columns of four links each: the
    heading marks the main list as the channel's name would."""

    def column(heading: str, pairs: tuple) -> str:
        items = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in pairs)
        return f'<div class="col"><h3>{heading}</h3><ul class="links">{items}</ul></div>'

    rows = "".join(
        f'<div class="item"><h3><a href="/developer/article/{n}">{t}</a></h3>'
        f"<p>{t}，本文介绍实践经验与总结。</p></div>"
        for n, t in (
            (1650008, "基于git的测试用例管理实践"),
            (1668550, "关于持续交付中Git分支的思考"),
            (1676232, "研发效能认证体系介绍与解读"),
        )
    )
    footer = column(
        "活动",
        (
            ("/developer/original-sharing", "原创分享计划介绍"),
            ("/developer/support-plan", "自媒体分享计划说明"),
            ("/developer/support-plan-invitation", "邀请作者入驻社区"),
            ("/developer/ecological-cooperation", "生态合作伙伴计划"),
        ),
    ) + column(
        "归档",
        (
            ("/developer/column/archive", "专栏文章归档目录"),
            ("/developer/news/archive", "快讯文章归档目录"),
            ("/developer/doc/archive", "开发者手册归档目录"),
            ("/developer/ask/archive", "问答内容归档目录"),
        ),
    )
    body = (
        '<div class="main"><div class="tabs"><h2>全部文章</h2></div>'
        f'<div class="article-list">{rows}</div></div><div class="footer">{footer}</div>'
    )
    assert _found(body, "https://x.test/developer/column/1088") == [
        "https://x.test/developer/article/1650008",
        "https://x.test/developer/article/1668550",
        "https://x.test/developer/article/1676232",
    ]


def test_a_last_pages_lone_row_is_no_list_with_the_side_menus_entry_at_its_tag_path():
    """A last page's one row (div.right > ul > li > a) and the left menu's 学院新闻
    (div.left > ul > li > a, beside 通知公告, the page itself) share a tag path and make a
    "list" of two held by the layout: the menu's entry stands among its menu's entries, the
    row alone in its box, so the row is the list (cst.nuc.edu.cn's 通知公告 cut to one row)."""
    page = (
        "<html><head><title>通知公告-计算机科学与技术学院</title></head><body>"
        '<div class="list"><div class="left"><h2>新闻中心</h2><ul>'
        '<li><a href="xyxw.htm">学院新闻<span>&gt;</span></a></li>'
        '<li class="cursor"><a href="tzgg.htm">通知公告<span>&gt;</span></a></li></ul></div>'
        '<div class="right"><ul><li id="line_u5_0"><a href="../info/1039/5355.htm">'
        "2021级新生硕士加入QQ群通知</a><span>2021年04月08日</span></li></ul>"
        '<div class="pb"><span>共36条&nbsp;&nbsp;1/4&nbsp;</span>'
        '<span>首页</span><span>上页</span><a href="tzgg/3.htm">下页</a>'
        '<a href="tzgg/1.htm">尾页</a></div></div></div></body></html>'
    )
    found = find_article_links_generic(Selector(text=page), "http://x.edu.cn/xwzx/tzgg.htm")
    assert [(e.url, e.date_raw) for e in found] == [
        ("http://x.edu.cn/info/1039/5355.htm", "2021年04月08日")
    ]


def test_a_side_column_headed_by_a_picture_of_its_words_loses_to_a_short_list():
    """A right column of eight stories headed by a picture (``<img alt="今日熱門新聞">``, no text)
    is a hot box, as if its heading were written out: the channel's three undated rows are
    the list (hkej.com's 評論 column cut to three rows)."""
    rows = "".join(
        f'<div class="news"><h2><a href="/dailynews/views/article/25517{i}/x">{t}</a></h2>'
        f'<p class="recap">摘要 <a href="/dailynews/views/article/25517{i}/x">全文</a></p></div>'
        for i, t in (
            (93, "內地客經港轉機恢復 空服員憂播毒"),
            (94, "長興單位負責人親屬確診"),
            (95, "北上司機申粵康碼排長龍"),
        )
    )
    side = "".join(
        f'<li class="top"><p class="detail"><a href="/dailynews/{s}/article/25516{i}/y">'
        f"{s}版今日要聞第{i}則</a></p></li>"
        for i, s in enumerate(("headline", "investment", "finnews", "commentary") * 2, start=10)
    )
    page = (
        '<div id="contentWrap"><div id="leftCol"><div id="news-listing-wrapper">'
        f'{rows}</div></div><div id="rightCol"><div id="top_news">'
        '<li id="hi_news_tab"><img src="t.png" alt="今日熱門新聞" title="今日熱門新聞"> </li>'
        f'<ul class="top_news_right">{side}</ul></div></div></div>'
    )
    assert _found(page, "https://x.test/dailynews/views") == [
        f"https://x.test/dailynews/views/article/25517{i}/x" for i in (93, 94, 95)
    ]


def _table_row(href: str, title: str, day: int) -> str:
    return (
        '<table width="100%"><tbody><tr><td width="15"></td><td height="22">'
        f'<font class="newslist_style"><a href="{href}" target="_blank" title="{title}">{title}</a>'
        ' <a href="/channel/tzgg/">[通知公告栏目]</a></font>'
        f'<span class="hui12">2026-02-{day:02d}</span></td></tr></tbody></table>'
    )


def test_rows_each_in_a_table_of_its_own_with_a_column_link_beside_each_title():
    """A central bank's list of notices (pbc.gov.cn's rows: each row a table of its own) with
    a [通知公告栏目] link after each title: the column link, repeated between the titles,
    is no story, and each title with it is no record of two; the rows are the list."""
    rows = "".join(
        _table_row(f"/gkscy/2026/{n:03d}/index.html", f"公开市场业务交易公告 [2026]第{n}号", n)
        for n in range(20, 0, -1)
    )
    side = (
        '<div class="left"><span><a href="/hbzc/">货币政策工具箱</a></span>'
        '<span><a href="/gkscy/">公开市场业务板块</a></span></div>'
    )
    body = f'{side}<div class="main"><td colspan="2">{rows}</td></div>'
    assert _found(body, "https://www.x.gov.cn/gkscy/index.html") == [
        f"https://www.x.gov.cn/gkscy/2026/{n:03d}/index.html" for n in range(20, 0, -1)
    ]


def test_a_column_link_beside_titles_some_of_them_short_is_no_story():
    """Picture cards (a title of four characters among long ones, 营销网络) each followed
    by the [通知公告栏目] link: the short title stands between two copies of the column link,
    so the column link is still the rows' shared link, and the short-titled card stays."""
    titles = [
        "石材如何保养维护的十个方法",
        "营销网络",
        "汉白玉安全之说与检测标准",
        "石雕文化产业基地建设",
    ]
    items = "".join(
        f'<li><a href="/xwzx/{n}.html" title="{t}"><div class="m"><img src="/d/{n}.png" alt="{t}">'
        f'</div><div class="text"><h4><span>2022-03-{21 - n}</span>{t}</h4><p>摘要文字</p></div>'
        '</a> <a href="/channel/tzgg/">[通知公告栏目]</a></li>'
        for n, t in enumerate(titles)
    )
    body = f'<ul class="list-5">{items}</ul>'
    assert _found(body, "https://www.x.com/xwzx/") == [
        f"https://www.x.com/xwzx/{n}.html" for n in range(len(titles))
    ]


def test_a_story_listed_again_in_two_side_boxes_stays_in_the_list():
    """A story of the list is also in the 热门 and 推荐 boxes beside it, at the same tag path:
    three copies, each between other stories' links, but sparse among the links from the
    first to the last, so it is no column link and stays the list's row."""

    def box(cls: str, heading: str, ns: list[int], dated: bool) -> str:
        items = "".join(
            f'<li><a href="/n/{n}.html">园区企业发布新产品第{n}号公告</a>'
            + (f"<span>2024-05-{n + 1:02d}</span>" if dated else "")
            + "</li>"
            for n in ns
        )
        return f'<div class="{cls}"><h3>{heading}</h3><ul>{items}</ul></div>'

    body = (
        box("main", "新闻动态", list(range(10)), True)
        + box("side", "热门文章", [2, 11, 12], False)
        + box("side", "推荐阅读", [13, 2, 14], False)
    )
    assert _found(body, "https://x.test/news/") == [f"https://x.test/n/{n}.html" for n in range(10)]


def test_picture_rows_of_a_category_no_plain_row_is_of_join_the_list():
    """A realtime list (蘋果日報's li.rtddt rows, classed by category: life, sports) with every
    other row set out with a picture and classed even: the picture rows of a category no
    plain row is of (property, forum) carry the class every row carries and join the list."""
    cats = ["life", "property", "life", "sports", "polit", "forum", "life", "polit"]
    items = ""
    for n, cat in enumerate(cats):
        link = (
            f'<a href="/realtimenews/article/{cat}/2014121{n}/52330{n}/" target="_blank">'
            f"<time>20:5{n}</time><h2>分類</h2><h1>即時新聞第{n}則標題文字內容</h1></a>"
        )
        if n % 2:
            link = (
                '<div class="pic-row"><div class="thumb"><img src="/t.jpg"></div>'
                f'<div class="txt">{link}</div></div>'
            )
        items += f'<li class="rtddt {cat}{" even" if n % 2 else ""}">{link}</li>'
    body = f'<ul class="rtddd slvl">{items}</ul>'
    assert _found(body, "http://www.x.com.tw/realtimenews/section/new/2") == [
        f"http://www.x.com.tw/realtimenews/article/{cat}/2014121{n}/52330{n}/"
        for n, cat in enumerate(cats)
    ]


def test_a_feeds_last_rows_give_their_stories_not_their_authors_read_first():
    """A feed's last page of three rows (掘金's entries): each row names its author (a short
    name, no author twice) and tags above the title, and links the story again by its
    comment count. The column whose page the row links again is the row's story; the
    authors, read first, are not."""
    rows = [("魔王哪吒", 101, "一个合格的初级前端工程师需要掌握的模块笔记"),
            ("JowayYoung", 102, "尤雨溪 3 天 10 更的 Vite 到底香在哪里"),
            ("小道", 103, "备战2021：Vite2项目最佳实践")]  # fmt: skip
    items = "".join(
        f'<li class="item"><div class="entry"><div class="meta-row"><ul class="meta-list">'
        f'<li class="item username"><a href="/user/{n}0000">{who}</a></li><li>1天前</li>'
        f'<li class="item tag"><a href="/tag/Vue.js">Vue.js</a></li></ul></div>'
        f'<div class="title-row"><span><a href="/post/69250{n}" class="title">{title}</a></span>'
        f'</div><div class="action-row"><ul><li class="item comment">'
        f'<a href="/post/69250{n}#comment">{n - 90}</a></li></ul></div></div></li>'
        for who, n, title in rows
    )
    body = f'<div class="entry-list"><ul>{items}</ul></div>'
    assert _found(body, "https://x.cn/frontend") == [
        f"https://x.cn/post/69250{n}" for _, n, _ in rows
    ]
