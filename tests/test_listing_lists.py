"""The generic list finder on list shapes of real sites, in small pages written for the test."""

from __future__ import annotations

from urllib.parse import urljoin

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic


def urls(body: str, page_url: str) -> list[str]:
    html = Selector(text=f"<html><body>{body}</body></html>")
    return [e.url for e in find_article_links_generic(html, page_url)]


def thread(tid: int, title: str, when: str) -> str:
    """A forum thread row in a tbody of its own: icon link, title, author, tooltip date."""
    return (
        f'<tbody id="normalthread_{tid}"><tr>'
        f'<td class="icn"><a href="thread-{tid}-1-1.html" title="有新回复 - 新窗口打开">'
        '<img src="folder.gif"></a></td>'
        f'<th><em>[<a href="forum.php?typeid=1">活动讨论区</a>]</em> '
        f'<a href="thread-{tid}-1-1.html" class="xst">{title}</a></th>'
        f'<td class="by"><cite><a href="home.php?uid={tid}">用户名字很长的人</a></cite>'
        f'<em><span title="{when}">3 天前</span></em></td>'
        "</tr></tbody>"
    )


def test_forum_threads_one_tbody_each():
    """Each thread is a tbody; the table is the list, the icon links that all read
    有新回复 are buttons, and one dated link in a box does not beat the threads."""
    threads = [
        (11, "新买的机子老出现游戏卡屏", "2020-7-30"),
        (12, "电脑崩溃开不了机之经验", "2020-7-29"),
        (13, "显卡驱动更新以后黑屏了", "2020-7-28"),
        (14, "大家的主机都用什么电源", "2020-7-27"),
    ]
    body = (
        '<div class="notice"><p><a href="/thread-9-1-1.html">论坛公告：版规更新说明</a>'
        " 2020-08-01</p></div>"
        '<form><table id="threadlist"><tbody id="separatorline"><tr><td></td></tr></tbody>'
        + "".join(thread(*t) for t in threads)
        + "</table></form>"
    )
    assert urls(body, "https://bbs.x.test/forum-9-1.html") == [
        f"https://bbs.x.test/thread-{t}-1-1.html" for t, _, _ in threads
    ]


def test_pinned_threads_nested_in_the_list_and_ads_left_out():
    """Pinned threads sit in a list inside the thread list's first row; a sponsored row
    points to another host and is left out, being a small share of the list."""

    def row(href: str, title: str, extra: str = "") -> str:
        return (
            f'<li class="j_thread_list{extra} clearfix"><div class="t_con"><div class="title">'
            f'<a href="{href}">{title}</a></div><span class="date">8-1</span></div></li>'
        )

    pinned = row("/p/101", "【公告】本吧吧务招聘开始了", " thread_top") + row(
        "/p/102", "【活动】晒截图盖楼赢好礼", " thread_top"
    )
    normal = [row(f"/p/{n}", f"第{n}号帖子的标题在这里") for n in range(200, 206)]
    ad = row("https://ad.y.test/click?id=7", "游戏广告点击就送大礼包")
    body = (
        f'<ul id="thread_list"><li class="folder"><ul class="top">{pinned}</ul></li>'
        + "".join(normal[:3])
        + ad
        + "".join(normal[3:])
        + "</ul>"
    )
    assert urls(body, "https://bbs.x.test/f?kw=x") == [
        "https://bbs.x.test/p/101",
        "https://bbs.x.test/p/102",
        *(f"https://bbs.x.test/p/{n}" for n in range(200, 206)),
    ]


def test_unclosed_day_groups_of_mostly_offsite_links():
    """A digest grouped by day, each day's div left open so the next day nests in it; most
    items link to other sites, and they are the list (not only the site's own)."""
    items = [
        ("https://mp.weixin.x.test/s/aaa", "智能体平台全新版本正式发布"),
        ("https://ai.x.test/xinxiang/", "移动端通用智能体产品上线"),
        ("https://www.ithome.x.test/0/1.htm", "文生视频模型登上评测榜首"),
        ("https://36kr.x.test/p/1", "具身智能公司完成新一轮融资"),
        ("https://mp.weixin.x.test/s/bbb", "耳机公司宣布进入海外市场"),
        ("https://ai.x.test/coze/", "通用型智能体开启内测体验"),
    ]

    def item(href: str, title: str) -> str:
        return (
            f'<div class="news-item"><div class="news-content"><h2><a href="{href}">{title}</a>'
            f'</h2><p class="muted">摘要文字 <a href="https://ai.x.test/tool/">相关工具的名字</a></p>'
            "</div></div>"
        )

    days = ""
    for k, day in enumerate(("4月22日", "4月21日", "4月20日")):
        days += f'<div class="news-list"><div class="news-date">{day}</div>'
        days += "".join(item(*i) for i in items[2 * k : 2 * k + 2])
    body = (
        '<div class="menu"><ul><li><a href="https://ai.x.test/a/">人工智能写作工具</a></li>'
        '<li><a href="https://ai.x.test/b/">人工智能图像工具</a></li></ul></div>'
        f"<div class='panel'>{days}</div></div></div></div>"
    )
    assert urls(body, "https://ai.x.test/daily-ai-news/") == [u for u, _ in items]


def test_short_titles_in_rows_of_the_list():
    """A thread titled in five characters is still a row of the list; the list's 更多
    link and the pager numbers in the same shape are not."""
    titles = ["显卡驱动更新以后黑屏", "凌神峰攻略", "大家的主机都用什么电源", "求助！"]
    rows = "".join(
        f'<li><a href="/t/{n}.html">{t}</a><span>2024-05-0{n}</span></li>'
        for n, t in enumerate(titles, 1)
    )
    body = (
        f'<ul class="list">{rows}<li><a href="/t/list.html">更多</a></li>'
        '<li><a href="/t/index_2.html">2</a></li></ul>'
    )
    assert urls(body, "https://x.test/t/") == [f"https://x.test/t/{n}.html" for n in (1, 2, 3, 4)]


def test_undated_card_feed_without_its_promotion_cards():
    """Cards with picture, title, author and comment links form the list without any date;
    two promotion cards built unlike the others, and the side column, are left out."""

    def card(n: int) -> str:
        return (
            '<div><div class="card-wrapper"><div class="card article">'
            f'<div class="img_box"><a href="/post/{n}"><img src="{n}.jpg"></a></div>'
            f'<div class="card_content"><a href="/post/{n}" class="title">第{n}篇文章的标题文字</a>'
            f'<div class="bottom"><a href="/u/writer{n}">作者名字很长很长</a>'
            f'<a href="/post/{n}#comment-box"><span>{n}</span></a></div></div></div></div></div>'
        )

    def promo(href: str, title: str) -> str:
        return (
            '<div><div class="recommend-card"><div class="card adOrigin">'
            f'<div class="card_content"><a href="{href}" class="title">{title}</a></div>'
            "</div></div></div>"
        )

    feed = "".join(card(n) for n in (1, 2, 3, 4))
    feed += promo("/bullet/77", "一派投票：你用什么阅读器")
    feed += "".join(card(n) for n in (5, 6, 7))
    feed += promo("/create/focus", "成为作者一起写出好文章")
    feed += card(8)
    side = "".join(f'<li><a href="/matrix/{n}">精选专栏第{n}篇文章</a></li>' for n in (1, 2, 3))
    body = (
        f'<div class="content"><div class="feed">{feed}</div></div>'
        f'<div class="right"><ul class="matrix">{side}</ul></div>'
    )
    assert urls(body, "https://x.test/") == [f"https://x.test/post/{n}" for n in range(1, 9)]


def test_one_list_in_boxes_of_five_rows_and_a_grid_cut_by_a_box():
    """A long list cut into ``<ul>`` boxes of rows, and a grid of cards whose wrapper repeats
    after a Most-read box, are each one list; a sidebar headed 热门 built the same way is not."""

    def rows(ids) -> str:
        return "".join(
            f'<li><a href="/news/{i}.html">第{i}条高新区孵化器工作动态</a><span>2024-04-{i:02d}</span></li>'
            for i in ids
        )

    boxes = (
        '<div class="main"><ul class="list">' + rows(range(1, 6)) + "</ul><hr>"
        '<ul class="list">' + rows(range(6, 11)) + "</ul></div>"
        '<div class="side"><h3>热门文章</h3><ul class="list">' + rows(range(20, 25)) + "</ul></div>"
    )
    assert urls(boxes, "http://x.test/news/") == [
        f"http://x.test/news/{i}.html" for i in range(1, 11)
    ]

    def card(i: int) -> str:
        return f'<article class="card"><h2><a href="/2024/04/story-{i}/">Story number {i} of the day</a></h2></article>'

    def wrapper(ids, aside: str) -> str:
        grid = '<div class="grid">' + "".join(card(i) for i in ids) + "</div>"
        return f'<div class="wrap">{grid}<div class="col">{aside}</div></div>'

    grid = (
        "<main>"
        + wrapper(range(1, 5), "")
        + '<div class="interlude"><ol>'
        + "".join(
            f'<li><a href="/2024/03/old-{i}/">A most read story {i}</a></li>' for i in range(3)
        )
        + "</ol></div>"
        + wrapper(range(5, 9), "")
        + "</main>"
    )
    assert urls(grid, "http://x.test/it/") == [
        f"http://x.test/2024/04/story-{i}/" for i in range(1, 9)
    ]


TITLES = [
    "园区企业获评国家级专精特新小巨人",
    "高新区召开年度科技创新大会",
    "孵化器举办创业路演活动圆满成功",
    "管委会主任调研重点项目建设情况",
    "关于开展高新技术企业认定的通知",
    "市领导视察科技园建设进度和成效",
]
NAV = (
    '<div class="nav"><ul>'
    + "".join(f'<li><a href="/c{i}/">栏目{i}</a></li>' for i in range(6))
    + "</ul></div>"
)


def test_rows_with_another_wrapper_round_the_title_are_rows_of_the_list():
    """A title in <strong> or <font> (pinned, coloured) and a headline row with picture,
    heading and summary are rows of the same list as the plain rows beside them."""
    rows = f'<li class="top"><a href="/a/0.html"><img src="0.jpg"></a><h3><a href="/a/0.html">{TITLES[0]}</a></h3><p>摘要</p></li>'
    rows += f'<li><strong><a href="/a/1.html">{TITLES[1]}</a></strong><span>2024-04-01</span></li>'
    rows += f'<li><a href="/a/2.html"><font color="red">{TITLES[2]}</font></a><span>2024-04-02</span></li>'
    rows += "".join(
        f'<li><a href="/a/{i}.html">{TITLES[i]}</a><span>2024-04-0{i}</span></li>'
        for i in (3, 4, 5)
    )
    assert urls(NAV + f'<ul class="list">{rows}</ul>', "https://x.gov.cn/xw/") == [
        f"https://x.gov.cn/a/{i}.html" for i in range(6)
    ]


def test_table_of_two_articles_a_row_is_one_list():
    """Old portals print two titles per table row: the rows, alike, make one list, which
    beats a longer side list of one title a row."""
    rows = "".join(
        f'<tr><td><a href="/a/{2 * i}.html">{TITLES[2 * i]}</a></td>'
        f'<td><a href="/a/{2 * i + 1}.html">{TITLES[2 * i + 1]}</a></td></tr>'
        for i in range(3)
    )
    side = (
        '<div class="side"><ul>'
        + "".join(f'<li><a href="/zt/{i}.html">专题专栏的标题第{i}个</a></li>' for i in range(4))
        + "</ul></div>"
    )
    assert urls(NAV + f"<table>{rows}</table>" + side, "https://x.gov.cn/xw/") == [
        f"https://x.gov.cn/a/{i}.html" for i in range(6)
    ]


def test_link_every_row_shares_is_not_an_article():
    """``[通知公告栏目] 标题`` rows: the column link repeats in every row beside the row's
    own link and is left out; a story listed twice, alone in its row, stays."""
    rows = "".join(
        f'<li><a href="/lm/tzgg/">[通知公告栏目]</a><a href="/a/{i}.html">{t}</a>'
        f"<span>2024-04-0{i}</span></li>"
        for i, t in enumerate(TITLES)
    )
    rows += f'<li><a href="/a/0.html">{TITLES[0]}</a><span>2024-04-07</span></li>'
    assert urls(NAV + f"<ul>{rows}</ul>", "https://x.gov.cn/tzgg/") == [
        f"https://x.gov.cn/a/{i}.html" for i in range(6)
    ]


def _dated_side_column(heading: str = "") -> str:
    """A side column of eight dated rows (no 热门 heading), longer than the main list."""
    rows = "".join(
        f'<li><a href="/zt/{i}.html">专题专栏的标题第{i}个</a><span>2024-03-0{i}</span></li>'
        for i in range(1, 9)
    )
    return f'<div class="side">{heading}<ul>{rows}</ul></div>'


def _main_column_with_pager(pager: str) -> str:
    """The main column: six dated rows of TITLES with ``pager`` under them."""
    rows = "".join(
        f'<li><a href="/a/{i}.html">{t}</a><span>2024-04-0{i}</span></li>'
        for i, t in enumerate(TITLES)
    )
    return f'<div class="main"><ul>{rows}</ul><div class="page">{pager}</div></div>'


def test_the_list_the_pager_pages_beats_a_longer_dated_side_list():
    """A side column of eight dated rows (no 热门 heading) and the main column's six dated
    rows with the pager under them: the pager's list is the main list."""
    side = _dated_side_column("<h3>专题专栏</h3>")
    main = _main_column_with_pager(
        '<a href="index_1.html">下一页</a><a href="index_9.html">尾页</a>'
    )
    assert urls(NAV + main + side, "https://x.gov.cn/xw/index.html") == [
        f"https://x.gov.cn/a/{i}.html" for i in range(6)
    ]


def test_side_boxes_headed_links_or_related_lose_to_the_list():
    """A 友情链接 box of long official names and a dated 相关文章 box are side boxes,
    whatever their size; the undated list of the page is the list."""
    links = (
        '<div class="box"><h3>友情链接</h3><ul>'
        + "".join(
            f'<li><a href="http://dept{i}.gov.cn/">某某省科学技术厅第{i}处</a></li>'
            for i in range(12)
        )
        + "</ul></div>"
    )
    related = (
        '<div class="box"><div class="hd">相关文章</div><ul>'
        + "".join(
            f'<li><a href="/r/{i}.html">相关的另一篇文章标题{i}</a><span>2024-01-0{i}</span></li>'
            for i in range(1, 8)
        )
        + "</ul></div>"
    )
    main = (
        '<div class="list"><ul>'
        + "".join(f'<li><a href="/a/{i}.html">{t}</a></li>' for i, t in enumerate(TITLES))
        + "</ul></div>"
    )
    assert urls(NAV + main + related + links, "https://x.gov.cn/xw/") == [
        f"https://x.gov.cn/a/{i}.html" for i in range(6)
    ]


def test_a_middle_page_pager_of_previous_and_numbers_marks_the_list():
    """On a later page the pager shows 上一页 and numbers: it still marks the list it
    pages against a longer side column of dated rows."""
    side = _dated_side_column()
    main = _main_column_with_pager(
        '<a href="index_1.html">上一页</a><a href="index_1.html">2</a><span>3</span>'
    )
    assert urls(NAV + main + side, "https://x.gov.cn/xw/index_2.html") == [
        f"https://x.gov.cn/a/{i}.html" for i in range(6)
    ]


def test_rolling_news_grouped_by_day():
    """Rolling news prints one box of rows per day under a date heading; a day with one
    story is a box too. All days are the list, each row dated by its day, and the tag
    cloud beside it (more links, no dates) is not."""

    def day(date: str, ids: list[int]) -> str:
        rows = "".join(
            f'<li><a href="/article/{n}">第{n}篇滚动新闻的标题文字</a></li>' for n in ids
        )
        return f"<dl><dt>{date}</dt><dd><ul>{rows}</ul></dd></dl>"

    tags = "".join(f'<li><a href="/tag/{n}">标签名字第{n}号</a></li>' for n in range(12))
    body = (
        '<div class="left"><div class="news_list">'
        + day("2015-05-22", [1, 2, 3])
        + day("2015-05-21", [4])
        + day("2015-05-20", [5, 6])
        + '</div><div class="pages"><a href="/roll/2">2</a><a href="/roll/2">下一页</a></div></div>'
        f'<div class="right"><ul>{tags}</ul></div>'
    )
    html = Selector(text=f"<html><body>{body}</body></html>")
    entries = find_article_links_generic(html, "https://www.x.test/roll")
    assert [(e.url, e.date_raw) for e in entries] == [
        ("https://www.x.test/article/1", "2015-05-22"),
        ("https://www.x.test/article/2", "2015-05-22"),
        ("https://www.x.test/article/3", "2015-05-22"),
        ("https://www.x.test/article/4", "2015-05-21"),
        ("https://www.x.test/article/5", "2015-05-20"),
        ("https://www.x.test/article/6", "2015-05-20"),
    ]


def test_english_day_and_month_headings_continue_the_list():
    """English lists head their boxes by day (May 22, 2015; Friday, 22 May) or month
    (May 2024, April 2024): the boxes are one list, as under 2015-05-22 or 2024年5月."""

    def box(heading: str, ids: range) -> str:
        rows = "".join(
            f'<li><a href="/a/{n}.html">Story number {n} of the day</a></li>' for n in ids
        )
        return f"<h3>{heading}</h3><ul>{rows}</ul>"

    for headings in (
        ["May 22, 2015", "May 21, 2015", "May 20, 2015"],
        ["Friday, 22 May", "Thursday, 21 May", "Wednesday, 20 May"],
        ["May 2024", "April 2024", "Mar. 2024"],
    ):
        spans = [range(0, 4), range(4, 6), range(6, 9)]
        body = '<div class="archive">' + "".join(map(box, headings, spans)) + "</div>"
        assert urls(body, "https://x.test/archive/") == [
            f"https://x.test/a/{n}.html" for n in range(9)
        ], headings


def test_a_picture_and_a_title_linking_one_story_are_one_row():
    """Each row links its story twice at the same tag path (a picture link carrying the
    title, then the title) beside its tag links; a related-tags cloud of 8 comes first. The
    two links of one story make one record, so the 10 rows are one list and beat the cloud;
    taken as 10 lists of one story each, they lost to it."""

    def row(n: int) -> str:
        return (
            f'<li><div class="line_list"><a href="/article/{n}" title="第{n}篇资讯的完整标题文字">'
            f'<img src="{n}.png"></a><a href="/article/{n}">第{n}篇资讯的完整标题文字</a>'
            f'<div class="words"><span><a href="/tag/t{n}">标签名称第{n}号</a></span></div>'
            "</div></li>"
        )

    tags = "".join(
        f'<div class="tag"><a href="/tag/x{n}">相关标签名{n}号</a></div>' for n in range(8)
    )
    body = f'<div class="tags">{tags}</div><ul class="list">{"".join(map(row, range(10)))}</ul>'
    assert urls(body, "https://www.x.test/tag/go/news") == [
        f"https://www.x.test/article/{n}" for n in range(10)
    ]


def test_channel_boxes_headed_by_words_stay_apart():
    """Boxes built alike but headed by channel names are not one list printed by day."""

    def box(name: str, ids: list[int]) -> str:
        rows = "".join(
            f'<li><a href="/{name}/{n}.html">{name}频道的第{n}条新闻</a></li>' for n in ids
        )
        return f'<div class="box"><h3>{name}</h3><div class="bd"><ul>{rows}</ul></div></div>'

    body = f'<div class="main">{box("tzgg", [1, 2, 3, 4])}{box("xwdt", [5, 6, 7])}</div>'
    assert urls(body, "https://x.test/") == [f"https://x.test/tzgg/{n}.html" for n in (1, 2, 3, 4)]


def test_rows_on_the_sites_other_hosts_are_its_own():
    """A list on www. with rows on the same site's other hosts keeps them all; a row on
    another site, a small share of the list, is an advert and is left out."""
    hrefs = [
        "https://www.x.com.cn/a/1.html",
        "https://g.x.com.cn/2",
        "https://www.x.com.cn/a/3.html",
        "https://geek.x.com.cn/news/4",
        "https://ads.other.test/click?7",
        "https://www.x.com.cn/a/5.html",
    ]
    rows = "".join(
        f'<li><a href="{h}">第{n}条新闻的标题写在这里</a><span>2024-05-0{n}</span></li>'
        for n, h in enumerate(hrefs, 1)
    )
    assert urls(f"<ul>{rows}</ul>", "https://www.x.com.cn/list/") == [
        h for h in hrefs if "other" not in h
    ]


def test_a_forwarded_notice_on_the_issuers_site_stays_in_the_notice_list():
    """A graduate office's 通知公告 rows link to its own pages, but a row that forwards a
    partner university's notice (转发…的通知) links to that university's site: a row of the
    list, not an advert, though it is a small share of it."""
    hrefs = [
        ("https://yjs.x.ac.cn/tzgg/202606/t1.html", "关于研究生毕业典礼举办安排的通知"),
        ("https://yjs.x.ac.cn/xw/202606/t2.html", "关于秋季学位工作安排的通知"),
        ("https://grad.y.edu.cn/article/3480", "转发某某大学关于学科交叉人才专项申报的通知"),
        ("https://yjs.x.ac.cn/tzgg/202605/t4.html", "关于评选优秀研究生干部的通知"),
        ("https://yjs.x.ac.cn/tzgg/202605/t5.html", "关于导师招生资格审查的通知"),
        ("https://yjs.x.ac.cn/tzgg/202605/t6.html", "关于夏季科研训练营报名的通知"),
        ("https://ads.z.test/click?9", "名校硕士在职报名入口点此了解"),
        ("https://yjs.x.ac.cn/tzgg/202605/t8.html", "关于开展硕转博工作的通知"),
    ]
    rows = "".join(
        f'<div class="item"><div class="t"><a href="{h}">{t}</a></div>'
        f'<div class="d">2026-06-0{n}</div></div>'
        for n, (h, t) in enumerate(hrefs, 1)
    )
    assert urls(f'<div class="list">{rows}</div>', "https://yjs.x.ac.cn/tzgg/") == [
        h for h, _ in hrefs if "ads" not in h
    ]


def test_a_pinned_row_linking_another_host_stays_in_the_news_list():
    """A lab's news table (xmusmartdsp-list-news) pins 置顶：欢迎报考… above its run, linking a
    recruit PDF on a teacher's own host: a row of the list, though it is the only row leaving
    the site; an unmarked row to another host is still an advert."""
    hrefs = [
        ("https://files.y.test/recruit.pdf", "置顶：欢迎报考本实验室研究生！"),
        ("https://lab.x.edu.cn/news/news20220414.html", "祝贺教授入选高被引学者榜单"),
        ("https://lab.x.edu.cn/news/news20220110.html", "实验室开展年终团建活动"),
        ("https://lab.x.edu.cn/news/news20210930.html", "祝贺实验室在国际挑战赛中夺冠"),
        ("https://ads.z.test/click?9", "名校硕士在职报名入口点此了解"),
        ("https://lab.x.edu.cn/news/news20210608.html", "硕士研究生毕业论文答辩圆满完成"),
        ("https://lab.x.edu.cn/news/news20210503.html", "实验室开展春日团建活动"),
        ("https://lab.x.edu.cn/news/news20190702.html", "研究生论文被国际会议接收"),
    ]
    rows = "".join(
        f'<tr><td class="time">2022/0{n}/01</td><td class="news"><a href="{h}" title="{t}">{t}</a>'
        "</td></tr>"
        for n, (h, t) in enumerate(hrefs, 1)
    )
    assert urls(f"<table><tbody>{rows}</tbody></table>", "https://lab.x.edu.cn/news.html") == [
        "https://files.y.test/recruit.pdf",
        "https://lab.x.edu.cn/news/news20220414.html",
        "https://lab.x.edu.cn/news/news20220110.html",
        "https://lab.x.edu.cn/news/news20210930.html",
        "https://lab.x.edu.cn/news/news20210608.html",
        "https://lab.x.edu.cn/news/news20210503.html",
        "https://lab.x.edu.cn/news/news20190702.html",
    ]


def test_a_story_listed_twice_with_a_query_added_is_one():
    """The same title at the same path with ?reload=1 added is one story; the same title at
    other query values (?id=1, ?id=2) is two."""
    links = [
        ("/a/1", "同一篇文章的标题在此"),
        ("/a/2", "另一篇文章的标题在此"),
        ("/a/1?reload=1", "同一篇文章的标题在此"),
        ("/view?id=8", "求助帖子的标题在此"),
        ("/view?id=9", "求助帖子的标题在此"),
    ]
    rows = "".join(f'<li><a href="{h}">{t}</a><span>2024-05-01</span></li>' for h, t in links)
    assert urls(f"<ul>{rows}</ul>", "https://x.test/list/") == [
        "https://x.test/a/1",
        "https://x.test/a/2",
        "https://x.test/view?id=8",
        "https://x.test/view?id=9",
    ]


def test_the_rows_titles_not_their_author_links():
    """Each row prints its author's page link and the date above the title; the author
    links are as many and as dated as the titles and come first, but the titles (much
    longer) are the list."""

    def row(n: int) -> str:
        return (
            f'<li><div class="meta"><a href="/user/writer{n}">作者账号{n}号</a>'
            f'<span>2015-05-2{n}</span></div><h3><a href="/article/{n}">第{n}篇资讯文章的完整'
            "标题写在这里</a></h3></li>"
        )

    body = f'<ul class="list">{"".join(row(n) for n in range(1, 6))}</ul>'
    assert urls(body, "https://x.test/news/") == [
        f"https://x.test/article/{n}" for n in range(1, 6)
    ]


def test_unwrapped_records_dated_after_their_title():
    """Records not wrapped in a row element: a heading with the title, then a block with
    summary and date. The date after the title dates the record, so the main column's
    list beats a short dated box beside it."""
    records = "".join(
        f'<h3><a href="/article/{n}">专区第{n}篇文章的标题</a></h3>'
        f"<dl><dd>这是第{n}篇文章的摘要文字。</dd><dd><ul><li>2015年05月2{n}日</li></ul></dd></dl>"
        for n in range(1, 5)
    )
    side = "".join(
        f'<li><h4>活动回顾</h4><a href="/event/{n}">线下活动第{n}期报名</a> 2014-0{n}-01</li>'
        for n in range(1, 4)
    )
    body = (
        f'<div class="left">{records}<div class="pages"><a href="?page=2">2</a>'
        f'<a href="?page=2">&gt;</a></div></div><div class="right"><ul>{side}</ul></div>'
    )
    assert urls(body, "https://x.test/zone/") == [
        f"https://x.test/article/{n}" for n in range(1, 5)
    ]


def test_questions_with_vote_bars_between_them():
    """A Q&A list: each question block (time, asker, title, tags) is followed by a vote
    bar of its own; the askers, tags and vote buttons outnumber the titles, yet the
    titles are the list, and the vote bars are no rows of it."""

    def question(n: int) -> str:
        return (
            f'<div class="q"><div class="when"><span>2015.05.2{n} 00:26来自</span>'
            f'<a href="https://my.x.test/asker{n}">提问的用户{n}号</a></div>'
            f'<dl><dt><a href="/questions/{n}">第{n}个问题：程序为什么会报这个错误</a></dt>'
            f"<dd>问题的描述文字</dd></dl>"
            f'<div class="tags"><a href="/tags/lang-{n}">编程语言{n}号</a></div></div>'
            f'<div class="bar"><a href="/questions/{n}/votes?up=1" title="好问题，顶！">0</a>'
            "</div>"
        )

    body = f'<div class="main">{"".join(question(n) for n in range(1, 6))}</div>'
    assert urls(body, "https://x.test/questions") == [
        f"https://x.test/questions/{n}" for n in range(1, 6)
    ]


def test_job_rows_take_the_job_link_read_first_not_the_company():
    """A job board's row: the job link, then its company's link, as long and as dated.
    Several jobs share a title (大数据开发工程师), no company repeats; the job, read
    first in the row, is the record."""
    jobs = [
        "大数据开发工程师",
        "大数据开发工程师",
        "数据分析师（双休）",
        "大数据开发工程师",
        "数据仓库架构师",
    ]
    rows = "".join(
        f'<div class="el"><p class="t1"><a href="/chengdu/{n}.html">{job}</a></p>'
        f'<span class="t2"><a href="/all/co{n}.html">成都第{n}号信息科技有限公司</a></span>'
        f'<span class="t3">成都</span><span class="t5">04-1{n}</span></div>'
        for n, job in enumerate(jobs)
    )
    assert urls(f'<div class="table">{rows}</div>', "https://jobs.x.test/list/") == [
        f"https://jobs.x.test/chengdu/{n}.html" for n in range(len(jobs))
    ]


def test_job_rows_with_short_titles_and_companies_hiring_twice():
    """Each job its own table: a short job title (会计), then the company's page, longer,
    and the same company in several rows. Pages that rows share are not their titles; the
    short job titles are the list."""
    jobs = [
        ("会计", 1),
        ("会计主管（房地产）", 2),
        ("出纳", 3),
        ("记账会计", 3),
        ("财务经理", 3),
        ("招会计实习生", 4),
        ("成本会计", 5),
        ("税务专员", 5),
    ]
    rows = "".join(
        f'<table class="newlist"><tr><td class="zwmc"><div><a href="http://jobs.x.test/{n}.htm">'
        f'<b>{job}</b></a></div></td><td class="gsmc"><a href="http://company.x.test/CC{c}.htm">'
        f'四川第{c}号置业有限公司</a></td><td class="gxsj"><span>04-15</span></td></tr></table>'
        for n, (job, c) in enumerate(jobs)
    )
    assert urls(f'<div class="content">{rows}</div>', "https://sou.x.test/jobs?kw=1") == [
        f"http://jobs.x.test/{n}.htm" for n in range(len(jobs))
    ]


def test_a_category_link_before_each_title_is_no_title():
    """A news list whose rows lead with their column's link ([通知公告] then the title):
    the columns repeat over the rows, the titles do not, and the titles are the list."""
    cats = [("notice", "通知公告栏目"), ("news", "园区新闻栏目"), ("notice", "通知公告栏目")]
    rows = "".join(
        f'<li><a href="/{c}/">[{name}]</a><a href="/{c}/{n}.html">第{n}篇文章的标题</a>'
        f"<span>2024-05-0{n}</span></li>"
        for n, (c, name) in enumerate(cats * 2)
    )
    assert urls(f"<ul>{rows}</ul>", "https://x.test/list/") == [
        f"https://x.test/{c}/{n}.html" for n, (c, _) in enumerate(cats * 2)
    ]


def test_channel_boxes_built_like_the_list_stay_out_of_it():
    """A channel page: its list, then two boxes of other channels built the same way,
    each under its own heading. A box headed by words is another list; the page's list
    is the longest."""

    def box(channel: str, count: int) -> str:
        rows = "".join(
            f'<li><a href="/{channel}/{n}.html">{channel}频道第{n}篇文章标题</a>'
            f"<span>2024-05-{n + 10}</span></li>"
            for n in range(count)
        )
        return f'<ul class="list">{rows}</ul>'

    body = (
        f'<div class="main"><h2>园区动态</h2>{box("park", 8)}'
        f"<h2>国际新闻</h2>{box('world', 4)}<h2>财经新闻</h2>{box('money', 4)}</div>"
    )
    assert urls(body, "https://x.test/park/") == [f"https://x.test/park/{n}.html" for n in range(8)]


def test_an_archive_in_boxes_by_month_is_one_list():
    """An archive prints a box per month under its month (2024年5月): one list."""
    months = [(5, range(0, 4)), (4, range(4, 7))]
    body = (
        '<div class="archive">'
        + "".join(
            f"<h3>2024年{m}月</h3><ul>"
            + "".join(f'<li><a href="/a/{n}.html">归档的第{n}篇文章标题</a></li>' for n in ns)
            + "</ul>"
            for m, ns in months
        )
        + "</div>"
    )
    assert urls(body, "https://x.test/archive/") == [f"https://x.test/a/{n}.html" for n in range(7)]


def test_a_section_hub_of_its_sub_channels_boxes_is_one_list():
    """A section's page (新闻动态 at /xwdt/) shows a box per sub-channel, each headed by
    its name: every box's rows lead into a sub-channel below the page. The page lists the
    section, so all its boxes are the list; a home page's boxes stay apart."""

    def box(channel: str, name: str) -> str:
        rows = "".join(
            f'<li><a href="{channel}/{n}.htm"><span>2022-06-{n + 10}</span>'
            f"{name}栏目的第{n}篇文章标题</a></li>"
            for n in range(5)
        )
        return f'<div class="list"><div class="title"><span>共99条</span>{name}</div><ul>{rows}</ul></div>'

    boxes = [("jtxw", "集团新闻"), ("bmdt", "部门动态"), ("tzgg", "通知公告")]
    body = '<div class="col-9">' + "".join(box(c, n) for c, n in boxes) + "</div>"
    assert urls(body, "http://hq.x.test/xwdt/index.htm") == [
        f"http://hq.x.test/xwdt/{c}/{n}.htm" for c, _ in boxes for n in range(5)
    ]
    assert urls(body, "http://hq.x.test/xwdt/") == [
        f"http://hq.x.test/xwdt/{c}/{n}.htm" for c, _ in boxes for n in range(5)
    ]
    assert urls(body, "http://hq.x.test/index.htm") == [
        f"http://hq.x.test/jtxw/{n}.htm" for n in range(5)
    ]


def _job_table(jobs: list[str]) -> str:
    """A job-search result table: the job link, then a company named five times as long."""
    rows = "".join(
        f'<div class="el"><p class="t1"><a href="/chengdu/{n}.html" title="{job}">{job}</a></p>'
        f'<span class="t2"><a href="/all/co{n}.html">四川第{n}号生物科技发展股份有限公司</a>'
        f'</span><span class="t5">04-0{n + 1}</span></div>'
        for n, job in enumerate(jobs)
    )
    return f'<div class="table">{rows}</div>'


def test_job_rows_named_in_two_characters_beside_long_company_names():
    """Jobs named 会计 or 出纳 beside company names five times as long, no company twice:
    the job, read first in the row, is the record; length says nothing."""
    jobs = ["会计", "出纳", "会计主管", "成本会计", "会计", "财务"]
    assert urls(_job_table(jobs), "https://jobs.x.test/list/") == [
        f"https://jobs.x.test/chengdu/{n}.html" for n in range(len(jobs))
    ]


def test_job_rows_where_one_name_repeats_in_many_rows_are_no_button():
    """A search for 会计 names half its jobs 会计: the names repeat, the pages do not.
    A button says the same in nearly every row; this column names other jobs too."""
    jobs = ["会计", "主办会计", "会计", "出纳", "会计", "主办会计"]
    assert urls(_job_table(jobs), "https://jobs.x.test/list/") == [
        f"https://jobs.x.test/chengdu/{n}.html" for n in range(len(jobs))
    ]


def test_job_rows_the_parser_moved_out_of_the_list_are_still_rows_of_it():
    """A saved result page with broken markup (a stray </html> in the middle of the list)
    makes the parser put the later job tables directly under <html>. They are the same
    rows: the list is all of them, in page order, short job names (会计) included."""

    def row(n: int, job: str) -> str:
        return (
            f'<table class="newlist"><tr><td class="zwmc"><div><a href="/job/{n}.htm">{job}</a>'
            f'</div></td><td class="gsmc"><a href="/co/{n}.htm">四川某某第{n}号科技有限公司</a>'
            f'</td><td class="gxsj"><span>04-1{n}</span></td></tr></table>'
        )

    jobs = ["会计", "成本会计主管", "出纳", "财务会计助理", "会计", "总账会计（房地产）"]
    html = (
        '<html><body><form><div class="wrap"><div class="list">'
        + "".join(row(n, j) for n, j in enumerate(jobs[:2]))
        + "</html>"
        + "".join(row(n, j) for n, j in enumerate(jobs[2:], 2))
        + "</div></div></form></body></html>"
    )
    entries = find_article_links_generic(Selector(text=html), "https://jobs.x.test/list")
    assert [e.url for e in entries] == [f"https://jobs.x.test/job/{n}.htm" for n in range(6)]


def test_a_headline_with_its_category_inside_beats_the_tags_below():
    """A blog feed: each heading holds the post's category link ([Web前端], shared by
    many posts) and its title; the tags and the author follow. The heading's links are
    the rows' own, and the titles are the list, not the tags read before the author."""

    def post(n: int, cat: str) -> str:
        return (
            f'<div class="post"><h1><a href="/cat/{cat}">[{cat}]</a>'
            f'<a href="/u{n}/article/details/{n}">第{n}篇博文：题目写在这里</a></h1>'
            f'<p><a href="/tag?t=tag{n}">标签第{n}号名称</a></p>'
            f'<span><a href="/u{n}">博主名字{n}号</a><a href="/u{n}/article/details/{n}#c">'
            f"阅读({n}0)</a></span></div>"
        )

    cats = ["Web前端", "数据库", "Web前端", "数据库", "Web前端"]
    body = f'<div class="main">{"".join(post(n, c) for n, c in enumerate(cats))}</div>'
    assert urls(body, "https://blog.x.test/") == [
        f"https://blog.x.test/u{n}/article/details/{n}" for n in range(len(cats))
    ]


def test_forum_rows_are_titled_by_the_thread_not_the_icon_tooltip():
    """The icon before each thread leads to the thread too, with the same tooltip in every
    row (有新回复 - 新窗口打开): a button, read first but no title."""
    threads = [(21, "主板换了以后不认硬盘", "2020-7-30"), (22, "求推荐一款静音机箱", "2020-7-29")]
    body = '<table id="threadlist">' + "".join(thread(*t) for t in threads) + "</table>"
    html = Selector(text=f"<html><body>{body}</body></html>")
    entries = find_article_links_generic(html, "https://bbs.x.test/forum-9-1.html")
    assert [(e.url, e.title) for e in entries] == [
        (f"https://bbs.x.test/thread-{t}-1-1.html", title) for t, title, _ in threads
    ]


def test_rolling_rows_printed_with_the_time_alone_beat_a_larger_channel_box():
    """A rolling list prints today's rows with the time alone (10:05); a box of fourteen
    channel links beside it is larger and undated, but the timed rows are the list."""
    rows = "".join(
        f'<li><a href="/2024/0520/{90 + i}.shtml">{t}</a><span class="t">10:{10 + i}</span></li>'
        for i, t in enumerate(TITLES)
    )
    channels = (
        '<div class="box"><ul>'
        + "".join(f'<li><a href="/ch{i}/">第{i}频道新闻汇总页面</a></li>' for i in range(14))
        + "</ul></div>"
    )
    body = NAV + f'<div class="main"><ul>{rows}</ul></div>' + channels
    assert urls(body, "https://news.x.test/roll/index.shtml") == [
        f"https://news.x.test/2024/0520/{90 + i}.shtml" for i in range(6)
    ]


JOBS = [f"https://jobs.x.test/{n}.htm" for n in range(1, 7)]


def _jobs_with_badge(names: list[str], badge_row: int) -> str:
    """zhaopin's job tables, one per job, with a 顶 badge (a picture link to an advert, its
    tooltip long) nested in the job link of row ``badge_row``."""
    return "".join(
        f'<table class="newlist"><tr><td class="zwmc"><div><a href="{href}">{name}'
        + (
            '<a href="https://e.x.test/products/1/detail.do" title="点击“顶”字，了解更多">'
            '<img src="top.png"></a>'
            if n == badge_row
            else ""
        )
        + f'</a></div></td><td class="gsmc"><a href="https://company.x.test/c{n}.htm">'
        f"某某科技有限公司第{n}分公司</a></td><td>04-15</td></tr></table>"
        for n, (href, name) in enumerate(zip(JOBS, names, strict=True))
    )


def test_a_badge_nested_in_the_title_link_is_not_a_row():
    """A 顶 badge nested in a job's link (the parser makes it the link's sibling) leads to
    an advert and says only its tooltip: the row's job is the list's entry, not the badge."""
    rows = _jobs_with_badge(TITLES, badge_row=2)
    assert urls(f'<div id="list">{rows}</div>', "https://sou.x.test/jobs/search") == JOBS


def test_a_hubs_boxes_in_wrappers_classed_apart_are_one_list():
    """A 政务公开 hub lays its sub-channels' boxes out in two rows of two, the left and the
    right box classed apart: each box's rows lead into its own sub-channel below the page,
    so all four are the list; on the site's home page they stay apart."""

    def box(side: str, channel: str, name: str) -> str:
        rows = "".join(
            f'<li><a href="{channel}/202405/t2024052{n}_{n}.html">{name}栏目的第{n}篇文件标题</a>'
            f"<span>2024-05-2{n}</span></li>"
            for n in range(5)
        )
        return (
            f'<div class="box box-{side}"><div class="hd"><h3>{name}</h3>'
            f'<a href="{channel}/">更多</a></div><ul>{rows}</ul></div>'
        )

    boxes = (
        [("l", "tzgg", "通知公告"), ("r", "gzdt", "工作动态")],
        [
            ("l", "zcwj", "政策文件"),
            ("r", "ghjh", "规划计划"),
        ],
    )
    body = (
        NAV
        + '<div class="main">'
        + "".join('<div class="row">' + "".join(box(*b) for b in row) + "</div>" for row in boxes)
        + "</div>"
    )
    channels = [c for row in boxes for _, c, _ in row]
    assert urls(body, "http://kjj.x.gov.cn/zwgk/index.html") == [
        f"http://kjj.x.gov.cn/zwgk/{c}/202405/t2024052{n}_{n}.html"
        for c in channels
        for n in range(5)
    ]
    assert urls(body, "http://kjj.x.gov.cn/index.html") == [
        f"http://kjj.x.gov.cn/tzgg/202405/t2024052{n}_{n}.html" for n in range(5)
    ]


def test_a_hubs_box_of_one_row_joins_the_other_boxes():
    """A school's 党建引领 hub (广州二中's djgz, a site copy in ChenXin-2009/gdgzez): headed
    boxes of its sub-channels, one of them (组织架构) holding a single row. A lone row is grouped
    at the wrapper the boxes share, not in a box of its own; it leads into another sub-channel
    of the section, so it is the hub's row like the others, in page order."""

    def box(channel: str, name: str, rows: int) -> str:
        items = "".join(
            f'<li><a href="https://www.x.com.cn/djgz/{channel}/content_{n}">'
            f"{name}栏目的第{n}篇文章标题</a></li>"
            for n in range(rows)
        )
        return (
            f'<div class="mainBox"><div class="mHd"><h3 class="title">'
            f'<a href="djgz/{channel}.html">{name}</a></h3></div><div class="mBd">'
            f'<ul class="infoList">{items}</ul><a href="djgz/{channel}.html">查看更多>></a>'
            "</div></div>"
        )

    boxes = [("dwgk", "党务公开", 6), ("xxdy", "组织架构", 1), ("zzsh", "组织生活", 6)]
    body = (
        NAV
        + '<div id="content"><div class="boxLoop">'
        + "".join(box(*b) for b in boxes)
        + "</div></div>"
    )
    assert urls(body, "https://www.x.com.cn/djgz") == [
        f"https://www.x.com.cn/djgz/{channel}/content_{n}"
        for channel, _, rows in boxes
        for n in range(rows)
    ]


def test_a_badge_in_a_row_whose_job_has_a_short_name():
    """The 顶 badge's tooltip is long, the job beside it is named in four characters while
    the other jobs have long names: the badge does not take the row's place, the job is the
    row's entry."""
    names = ["低柜柜员"] + [
        f"{t}（急聘）" for t in ("出纳会计", "财务主管", "审计专员", "税务会计", "成本会计")
    ]
    rows = _jobs_with_badge(names, badge_row=0)
    assert urls(f'<div id="list">{rows}</div>', "https://sou.x.test/jobs/search") == JOBS


def _rows(paths: list[str], dated: bool = True, tag: str = "li") -> str:
    """Rows of a list: a title link each, with a date when ``dated``."""
    return "".join(
        f'<{tag}><a href="{p}">园区新闻标题第{i}条的内容说明</a>'
        + (f"<span>2024-03-{i + 1:02d}</span>" if dated else "")
        + f"</{tag}>"
        for i, p in enumerate(paths)
    )


def _page(body: str, title: str = "") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _found(page: str, page_url: str) -> list[str]:
    return [e.url for e in find_article_links_generic(Selector(text=page), page_url)]


LAST_PAGE = [f"/info/2024/a{i}.html" for i in range(3)]
SIDE_BOX = [f"/info/2023/s{i}.html" for i in range(8)]


def test_last_page_beside_a_longer_sidebar_column():
    """A last page of three rows beside a sidebar of eight dated rows: the list in the
    column classed as the page's side column is not the main one, whatever its size."""
    body = (
        f'<div class="wrap"><div class="con"><ul class="list">{_rows(LAST_PAGE)}</ul></div>'
        f'<div class="sidebar-r"><div class="box"><ul>{_rows(SIDE_BOX)}</ul></div></div></div>'
    )
    assert _found(_page(body), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in LAST_PAGE
    ]


def test_a_layout_classed_with_sidebar_marks_no_list():
    """A wrapper classed ``has-sidebar`` around every list says the page has a sidebar; it
    does not make the main list a side one."""
    body = (
        f'<div class="layout has-sidebar"><div class="con"><ul>{_rows(SIDE_BOX)}</ul></div>'
        f'<div class="extra"><ul>{_rows(LAST_PAGE)}</ul></div></div>'
    )
    assert _found(_page(body), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in SIDE_BOX
    ]


def test_site_menu_classed_as_a_menu_loses_to_a_short_list():
    """An undated site menu outside ``<nav>`` (``ul.sub-menu`` of ``li.menu-item``) is
    longer than a last page of three undated rows; the menu's words mark it."""
    menu = "".join(
        f'<li class="menu-item"><a href="/c{i}/">栏目名称第{i}个频道</a></li>' for i in range(9)
    )
    body = (
        f'<div id="top"><ul class="sub-menu">{menu}</ul></div>'
        f'<div class="con"><ul>{_rows(LAST_PAGE, dated=False)}</ul></div>'
    )
    assert _found(_page(body), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in LAST_PAGE
    ]


def test_page_header_links_are_not_the_main_list():
    """Links in the page's own ``<header>`` (a hidden mobile menu of long labels) are the
    site's navigation, while an article's ``<header>`` still holds its title."""
    menu = "".join(f'<a href="/cases/t{i}">变现案例合集第{i}类分享</a>' for i in range(5))
    rows = "".join(
        f'<article><header><h2><a href="{p}">园区新闻标题第{i}条的内容说明</a></h2></header>'
        "</article>"
        for i, p in enumerate(LAST_PAGE)
    )
    body = f'<header><div class="m"><div class="g">{menu}</div></div></header><main>{rows}</main>'
    assert _found(_page(body), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in LAST_PAGE
    ]


def test_list_headed_by_the_channel_name_beats_a_longer_box():
    """The heading over the list repeats the channel's name in ``<title>``: that list is the
    page's, though another headed box of eight dated rows is longer."""
    body = (
        f'<div class="a"><h2>通知公告</h2><ul>{_rows(LAST_PAGE)}</ul></div>'
        f'<div class="b"><h2>园区动态</h2><ul>{_rows(SIDE_BOX)}</ul></div>'
    )
    assert _found(_page(body, "通知公告 - 某高新区管委会"), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in LAST_PAGE
    ]


def test_box_headed_latest_loses_to_the_list():
    """A 最新文章 box of five dated rows is a side box: it loses to a list of three."""
    box = [f"/info/2023/n{i}.html" for i in range(5)]
    body = (
        f'<div class="a"><h2>工作动态</h2><ul>{_rows(LAST_PAGE)}</ul></div>'
        f'<div class="b"><h3>最新文章</h3><ul>{_rows(box)}</ul></div>'
    )
    assert _found(_page(body), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in LAST_PAGE
    ]


def test_list_in_the_channel_folder_beats_a_longer_box_elsewhere():
    """On ``/xwzx/tzgg/``, rows leading into that folder are the channel's own; a box of
    four dated rows elsewhere on the site is not."""
    mine = [f"/xwzx/tzgg/2024/t{i}.html" for i in range(3)]
    other = [f"/zwgk/2023/o{i}.html" for i in range(4)]
    body = (
        f'<div class="a"><ul>{_rows(mine)}</ul></div><div class="b"><ul>{_rows(other)}</ul></div>'
    )
    assert _found(_page(body), "https://x.test/xwzx/tzgg/") == [f"https://x.test{p}" for p in mine]


def test_a_flat_site_folder_tells_no_list_from_another():
    """On a site kept flat under ``/front/``, the menu links there are no more the channel's
    than the list's files under ``/upload/``: the folder is no evidence."""
    files = [f"/upload/2020-7-{i}/{i}.pdf" for i in range(3)]
    menus = "".join(
        f'<div class="m{i}"><p><a href="/front/left_{i}.jhtml">栏目菜单第{i}个名称</a></p></div>'
        for i in range(3)
    )
    body = f'{menus}<div class="list">{_rows(files, tag="p")}</div>'
    assert _found(_page(body), "https://x.test/front/left_100.jhtml") == [
        f"https://x.test{p}" for p in files
    ]


def test_badges_inside_one_row_borrow_its_date_and_are_no_dated_list():
    """A thread's row holds its poster's three badge links (long tooltips) and the row's
    date: the badges borrow that one date, so they are no list of three dated rows beside
    a last page of two threads."""
    badges = "".join(
        f'<a class="icon" href="/badge/{i}" title="核心吧主认证徽章{i}"><img src="b.png"></a>'
        for i in range(3)
    )
    rows = (
        f'<li class="t"><div class="title"><a href="/p/101">【公告】本吧吧务招聘开始了</a></div>'
        f'<div class="author"><span class="icons">{badges}</span></div><span>8-1</span></li>'
        '<li class="t"><div class="title"><a href="/p/102">独家采访：江苏男子订铁笼的故事</a></div>'
        '<div class="author"></div><span>8-1</span></li>'
    )
    body = f'<ul class="threads">{rows}</ul>'
    assert _found(_page(body), "https://bbs.x.test/f?kw=1") == [
        "https://bbs.x.test/p/101",
        "https://bbs.x.test/p/102",
    ]


def test_boxes_folded_into_their_wrapper_still_join_the_next_wrappers():
    """A card grid cut into boxes: the first wrapper holds two boxes (folded into one list
    by the wrapper), each later wrapper one box built like them; every card is the list."""
    paths = [f"/ai/2025/04/story-{i}/" for i in range(16)]

    def cards(part: list[str]) -> str:
        return "".join(
            f'<article class="card"><h2><a href="{p}">Story number {p[-3:-1]} of the week</a>'
            "</h2><p>A summary of the story.</p></article>"
            for p in part
        )

    body = (
        f'<div class="wrap"><div class="grid">{cards(paths[:5])}</div><div class="line"></div>'
        f'<div class="grid">{cards(paths[5:8])}</div></div><div class="ad"></div>'
        f'<div class="wrap"><div class="grid">{cards(paths[8:12])}</div></div>'
        f'<div class="wrap"><div class="grid">{cards(paths[12:])}</div></div>'
    )
    assert _found(_page(body), "https://x.test/ai/") == [f"https://x.test{p}" for p in paths]


def test_a_column_link_beside_each_title_in_numbered_rows():
    """Each row's heading holds its title and a link to the column ([通知公告栏目]), the rows
    numbered by class (n1, n2, …): the rows are one list, the column link is no article."""
    paths = [f"/tzgg/2024/c{i}/page.htm" for i in range(5)]
    rows = "".join(
        f'<li class="news n{i + 1}"><div class="inner"><h2><a href="{p}">'
        f'园区通知公告第{i}号文件的标题</a> <a href="/channel/tzgg/">[通知公告栏目]</a></h2>'
        f"<i>2024-03-0{i + 1}</i></div></li>"
        for i, p in enumerate(paths)
    )
    body = f'<ul class="news_list">{rows}</ul>'
    assert _found(_page(body), "https://x.test/list.htm") == [f"https://x.test{p}" for p in paths]


def test_pinned_rows_in_a_box_of_their_own_above_the_list():
    """Two rows pinned in a 置顶 box above the list, a wrapper deeper, built like the list:
    they are the list's own rows, first."""
    pinned = [f"/tzgg/2024/p{i}.html" for i in range(2)]
    rest = [f"/tzgg/2024/r{i}.html" for i in range(4)]
    body = (
        f'<div class="col"><div class="top"><h3>置顶</h3><ul class="list">{_rows(pinned)}</ul>'
        f'</div><ul class="list">{_rows(rest)}</ul></div>'
    )
    assert _found(_page(body), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in pinned + rest
    ]


def test_card_links_as_rows_in_a_pinned_box_are_not_odd_rows():
    """Rows that are the card links themselves (``div.grid > a.card``): a pinned box a
    wrapper deeper holds the same cards, so its rows are not built unlike the rest."""
    pinned = [f"/zh/news/{i}" for i in range(2)]
    rest = [f"/zh/news/{i}" for i in range(10, 16)]

    def cards(part: list[str]) -> str:
        return "".join(
            f'<a class="card" href="{p}"><h3>新闻标题第{p[-2:]}号写在这里</h3></a>' for p in part
        )

    body = (
        f'<div class="col"><div class="top"><h3>置顶</h3><div class="grid">{cards(pinned)}</div>'
        f'</div><div class="grid">{cards(rest)}</div></div>'
    )
    assert _found(_page(body), "https://x.test/zh/news") == [
        f"https://x.test{p}" for p in pinned + rest
    ]


def test_a_date_inside_the_title_link_marks_the_row_dated():
    """Rows print the date inside the link (``<a><span>2022-06-30</span> 标题</a>``): the
    list is dated, and a longer undated box of the channel's other links loses to it."""
    rows = "".join(
        f'<li><a href="/jtxw/n{i}.htm"><span>2022-06-{30 - i}</span> 后勤集团开展第{i}次学习活动</a></li>'
        for i in range(4)
    )
    box = "".join(
        f'<li><a href="/jtxw/o{i}.htm">集团其他栏目链接第{i}条</a></li>' for i in range(8)
    )
    body = f'<div class="a"><ul>{rows}</ul></div><div class="b"><ul>{box}</ul></div>'
    entries = find_article_links_generic(Selector(text=_page(body)), "https://x.test/jtxw/")
    assert [(e.url, e.date_raw) for e in entries] == [
        (f"https://x.test/jtxw/n{i}.htm", f"2022-06-{30 - i}") for i in range(4)
    ]


def test_a_main_column_named_left_side_is_no_sidebar():
    """A layout of ``left-side`` (the list) and ``right-side`` (a box): a bare "side" marks
    no column (another channel of the same site lists in its ``right-side``)."""
    box = [f"/info/2023/b{i}.html" for i in range(3)]
    body = (
        f'<div class="left-side"><div class="list-wrap"><ul>{_rows(SIDE_BOX)}</ul></div></div>'
        f'<div class="right-side"><ul>{_rows(box)}</ul></div>'
    )
    assert _found(_page(body), "https://x.test/list.html") == [
        f"https://x.test{p}" for p in SIDE_BOX
    ]


def test_a_short_list_of_summaries_beats_a_dated_box_of_bare_titles():
    """Four undated rows, each with a summary, beside a 最新文章 box of ten dated rows that
    show a title and a date alone: the rows that show more are the list the page is for."""
    rows = [f"/news/2024/n{i}.html" for i in range(4)]
    cards = "".join(
        f'<div class="item"><h2><a href="{p}">园区企业第{i}季度发展情况通报</a></h2>'
        f"<p>本季度园区企业营收稳步增长，新增入驻企业{i + 3}家。</p></div>"
        for i, p in enumerate(rows)
    )
    box = [f"/news/2024/new{i}.html" for i in range(10)]
    body = (
        f'<div class="main"><div class="list">{cards}</div></div>'
        f'<div class="box"><h3>最新文章</h3><ul>{_rows(box)}</ul></div>'
    )
    assert _found(_page(body), "https://x.test/news/") == [f"https://x.test{p}" for p in rows]


def test_a_dated_box_of_bare_titles_stays_the_list_when_nothing_shows_more():
    """A page whose only list is headed 最新动态 (title and date per row) keeps it: a bare
    box loses only to rows that show more."""
    rows = [f"/news/2024/n{i}.html" for i in range(6)]
    body = f'<div class="box"><h3>最新动态</h3><ul>{_rows(rows)}</ul></div>'
    assert _found(_page(body), "https://x.test/news/") == [f"https://x.test{p}" for p in rows]


def test_a_column_link_in_every_row_does_not_make_the_titles_a_button():
    """Each row's heading holds its title and the same [通知公告栏目] link, and a tag link
    below: the heading's links say a title of their own in every row, so they are the
    titles, not a button repeated in every row that leaves the tags as the list."""
    paths = [f"/2024/04/{270 + i}.html" for i in range(5)]
    rows = "".join(
        f'<div class="row"><h4><a href="{p}">园区企业发布第{i}款新产品的消息</a> '
        f'<a href="/channel/tzgg/">[通知公告栏目]</a></h4>'
        f'<div class="tags"><a href="/tag/t{i}">人工智能标签{i}号</a></div></div>'
        for i, p in enumerate(paths)
    )
    body = f'<div class="article_list">{rows}</div>'
    assert _found(_page(body), "https://x.test/list.html") == [f"https://x.test{p}" for p in paths]


def test_a_hot_box_headed_in_traditional_characters_loses_to_the_list():
    """A Taiwan paper's page: eight rows of the day's section, then a 熱門新聞 box of twenty
    rows (a heading in traditional characters, as 热门 is in simplified): the section's rows
    are the list, however long the hot box."""
    main = (
        '<div class="list"><ul id="rows">'
        + "".join(
            f'<li><span>焦點新聞</span><a href="/news/focus/paper/{n}">今日焦點新聞第{n}則標題</a></li>'
            for n in range(100, 108)
        )
        + "</ul></div>"
    )
    hot = (
        '<div class="hot"><div class="tit">熱門新聞</div><ul class="p1">'
        + "".join(
            f'<li><a href="/news/life/breakingnews/{n}">大家都在點閱的新聞第{n}則</a></li>'
            for n in range(500, 520)
        )
        + "</ul></div>"
    )
    assert urls(main + hot, "http://news.example.com.tw/newspaper") == [
        f"http://news.example.com.tw/news/focus/paper/{n}" for n in range(100, 108)
    ]


def test_a_calendar_arrow_is_no_pager_for_the_box_beside_it():
    """A paper's page: eight undated rows, then a box of six rows in the right column beside a
    calendar whose » turns the month (javascript, no page numbers): the arrow pages no list,
    so the box beside it does not outweigh the list."""
    main = (
        '<div id="main"><div class="content"><div class="list"><ul id="rows">'
        + "".join(
            f'<li><a href="/news/focus/paper/{n}">今日焦點新聞第{n}則標題</a></li>'
            for n in range(100, 108)
        )
        + "</ul></div></div></div>"
    )
    side = (
        '<div class="right"><div class="col"><div class="tit">專題報導</div><ul>'
        + "".join(
            f'<li><a href="/special/read.php?no={n}">專題系列報導第{n}篇內容</a></li>'
            for n in range(1, 7)
        )
        + "</ul></div>"
        '<table class="calendar"><thead><tr><th><a href="javascript:void(0);">«</a>'
        '<select><option>2014</option></select><a href="javascript:void(0);">»</a>'
        "</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>"
    )
    assert urls(main + side, "http://news.example.com.tw/newspaper") == [
        f"http://news.example.com.tw/news/focus/paper/{n}" for n in range(100, 108)
    ]


def test_boxes_headed_with_a_more_link_lose_to_a_short_list():
    """A paper page's last three rows, and below them a section's portal box in two columns,
    each headed by the section's name and a 更多 link (英語學習 … 更多專題 »), six rows in all
    on another host of the site: the box sends the reader on to its own section, so the
    channel's three rows are the list."""
    main = (
        '<div id="main"><ul class="list">'
        + "".join(
            f'<li><a href="/news/focus/paper/{n}">今日焦點新聞第{n}則標題</a></li>'
            for n in range(100, 103)
        )
        + "</ul></div>"
    )
    col = (
        '<div class="col"><div class="subjtit"><a href="http://learn.example.com.tw/english/">'
        '英語學習讀新聞</a><div class="more"><a href="http://learn.example.com.tw/special/">'
        '更多專題 »</a></div></div><ul class="colsubj">{rows}</ul></div>'
    )
    rows = [
        "".join(
            f'<a href="http://learn.example.com.tw/english/read.php?no={n}">'
            f'<li class="lia">Reading the news in English lesson {n}</li></a>'
            for n in range(first, first + 3)
        )
        for first in (1, 4)
    ]
    box = '<div class="manPrt">' + "".join(col.format(rows=r) for r in rows) + "</div>"
    assert urls(main + box, "http://news.example.com.tw/newspaper/focus/20141213") == [
        f"http://news.example.com.tw/news/focus/paper/{n}" for n in range(100, 103)
    ]


def _portal_box(folder: str, name: str, lead_tag: str, rows: int, day: int) -> str:
    """A front-page box: its name and a 更多 link, a lead story with its picture, dated rows."""
    items = "".join(
        f'<li><a href="./xwdt/{folder}/202606/t{day}{n}.html">{name}栏目的第{n}条新闻标题</a>'
        f"<span>06-{day - n:02d}</span></li>"
        for n in range(1, rows + 1)
    )
    return (
        f'<div class="item"><div class="hd"><h2>{name}</h2>'
        f'<p class="more"><a href="./xwdt/{folder}/">更多</a></p></div>'
        f'<div class="bd"><div class="hot"><img src="p.jpg"><{lead_tag}>'
        f'<a href="./xwdt/{folder}/202606/t{day}0.html">{name}栏目的头条新闻标题</a>'
        f"</{lead_tag}></div><ul>{items}</ul></div></div>"
    )


def test_a_front_page_of_portal_boxes_is_for_its_top_box_and_its_lead_story():
    """An institute's front page: a picture carousel, then a 头条新闻 box (lead story in a
    heading, five rows), then channel boxes of six rows each, every box headed by its name
    and 更多. The page's list is the top box, lead story first; a box lower down does not
    win by a row more, and the carousel beside the box is not its lead."""
    carousel = "".join(
        f'<li><a href="./xwdt/tpxw/202606/t9{n}.html"><img src="c{n}.jpg">'
        f"<p>图片新闻的第{n}条标题</p></a></li>"
        for n in range(1, 5)
    )
    body = (
        f'<div class="focus"><ul>{carousel}</ul></div>'
        + _portal_box("ttxw", "头条新闻", "h2", 5, 20)
        + _portal_box("kydt", "科研动态", "h4", 6, 18)
        + _portal_box("zhxw", "综合新闻", "h4", 6, 16)
        + _portal_box("tzgg", "通知公告", "h4", 6, 14)
    )
    site = "http://www.inst.x.ac.cn/"
    assert urls(body, site) == [f"{site}xwdt/ttxw/202606/t20{n}.html" for n in range(6)]


def test_a_front_page_lead_link_standing_in_the_box_itself_is_read():
    """The lead story's link may be a child of the box itself (no wrapper of its own)."""
    rows = "".join(
        f'<li><a href="/xwdt/ttxw/2026/t{n}.html">头条新闻栏目的第{n}条新闻标题</a><span>06-0{n}</span></li>'
        for n in range(1, 6)
    )
    box = (
        '<div class="hd"><h2>头条新闻</h2><a href="/xwdt/ttxw/">更多</a></div>'
        f'<div class="bd"><a href="/xwdt/ttxw/2026/t0.html">头条新闻栏目的头条新闻标题</a><ul>{rows}</ul></div>'
    )
    assert urls(box, "https://www.x.ac.cn/") == [
        f"https://www.x.ac.cn/xwdt/ttxw/2026/t{n}.html" for n in range(6)
    ]


def test_a_channel_overview_in_headed_boxes_of_its_own_rows_is_one_list():
    """A paper's section page (要聞港聞總覽 at /cnt/news/20240509/index.html) splits the day's
    rows into boxes headed 要聞, 港聞, 社評 and 專欄, every row in the page's own folder: one
    list. A box headed as a side box (熱門) and another channel's box stay out."""

    def box(name: str, ids: range, folder: str = "news") -> str:
        rows = "".join(
            f'<li><a href="/cnt/{folder}/20240509/00{n:03d}_001.html">{name}欄目第{n}篇報道標題</a></li>'
            for n in ids
        )
        return f'<h2>{name}</h2><ul class="big">{rows}</ul>'

    body = (
        '<div id="list"><h1>要聞港聞總覽</h1>'
        + box("要聞", range(0, 6))
        + box("港聞", range(6, 14))
        + box("社評", range(14, 15))
        + box("專欄", range(15, 17))
        + box("熱門", range(17, 20))
        + box("財經", range(20, 24), "finance")
        + "</div>"
    )
    assert urls(body, "https://daily.x.test/cnt/news/20240509/index.html") == [
        f"https://daily.x.test/cnt/news/20240509/00{n:03d}_001.html" for n in range(17)
    ]


def test_lead_cards_in_a_box_opening_the_lists_wrapper_are_its_rows():
    """A channel's grid sets its two newest stories out as larger cards in a box of their own
    (``row lead``) just before the box of smaller cards (``row items``), in one wrapper: one
    list, in page order. A box of other channels' cards under its own heading stays out."""

    def card(n: int, width: str) -> str:
        return (
            f'<div class="col {width}"><div class="card"><a href="/article/{n}">'
            f'<img src="/i/{n}.jpg" alt=""></a><div class="card-body"><h5 class="title">'
            f'<a href="/article/{n}">第{n}篇港聞報道的標題寫在這裏</a></h5>'
            "<span>2024/05/09</span></div></div></div>"
        )

    body = (
        '<section class="listing"><div class="contentbox">'
        f'<div class="row lead">{card(0, "wide")}{card(1, "wide")}</div>'
        f'<div class="row items">{"".join(card(n, "narrow") for n in range(2, 10))}</div>'
        '</div></section><section class="latest"><h2>最新焦點</h2><div class="row">'
        + "".join(card(n, "narrow").replace("/article/", "/life/") for n in range(20, 24))
        + "</div></section>"
    )
    assert urls(body, "https://paper.x.test/news1") == [
        f"https://paper.x.test/article/{n}" for n in range(10)
    ]


def test_sort_tabs_hot_and_newest_over_the_list_are_no_side_heading():
    """A channel's list under its own sort tabs (热门 | 最新 | 热榜, three links) is the main
    list: a strip of links is no 热门 heading, so a lone link in a dialog does not win."""
    rows = "".join(
        f'<li class="item"><a href="/user/{n}">作者{n}</a>'
        f'<a class="title" href="/post/{n}">前端频道第{n}篇文章的标题</a></li>'
        for n in range(8)
    )
    body = (
        '<div class="modal"><h2><a href="http://law.x.test/2016/c_1.htm">《网络安全法》实名要求'
        "</a></h2></div>"
        '<div class="list"><nav><a href="?sort=popular">热门</a><a href="?sort=newest">最新</a>'
        f'<a href="?sort=hot">热榜</a></nav><ul class="entries">{rows}</ul></div>'
    )
    assert urls(body, "https://x.test/frontend") == [f"https://x.test/post/{n}" for n in range(8)]


def test_a_hub_box_with_a_row_filed_elsewhere_stays_and_a_download_box_does_not():
    """A platform's front page lays out its sub-channels' boxes two by two, each headed by
    its name and 更多+: a 政策法规 box files one of its documents in the ministry's 信息公开
    folder, outside the platform's, and is still that sub-channel's box; a 相关下载 box of
    one form beside it is a box of files, not a sub-channel's list."""

    def box(side: str, channel: str, name: str, hrefs: list[str]) -> str:
        rows = "".join(
            f'<li><a href="{h}" title="{name}的第{n}条公告标题">{name}的第{n}条公告...</a>'
            f"<span>2026-06-{n + 10}</span></li>"
            for n, h in enumerate(hrefs)
        )
        return (
            f'<div class="{channel} {side}"><div class="{channel}_title"><span>{name}</span>'
            f'<a href="./{channel}/">更多+</a></div><ul>{rows}</ul></div>'
        )

    def own(channel: str, count: int) -> list[str]:
        return [f"./{channel}/202606/t2026061{n}_57{n}.html" for n in range(count)]

    policy = own("xgzc", 5)
    policy[1] = "../../xxgk/zcfg/202409/t20240905_525231.html"
    body = (
        '<div class="container"><div class="pair">'
        + box("fl", "zpgg", "招聘公告", own("zpgg", 5))
        + box("fr", "bcgg", "补充公告", own("bcgg", 5))
        + '</div><div class="pair">'
        + box("fl", "xgzc", "政策法规", policy)
        + box("fr", "xgxz", "相关下载", own("xgxz", 1))
        + "</div></div>"
    )
    page = "http://www.x.gov.cn/fwyd/ksxx/zpfw/"
    found = urls(body, page)
    expected = [urljoin(page, h) for h in own("zpgg", 5) + own("bcgg", 5) + policy]
    assert found == expected


def test_a_page_read_without_its_address_finds_its_year_boxes_by_its_trail():
    """A column page saved without its address shows its rows in a box per year, each
    headed by the year and more >; the trail's link named as the channel (工作动态, as the
    page's title names it) gives the column's folder, so both years' boxes are its list."""

    def year(y: int, ids: list[int]) -> str:
        rows = "".join(
            f'<li><div class="caption"><h4><a href="/a/gzdt/{y}nian/2017/0502/{n}.html">'
            f"第{n}号工作动态的标题写在这里</a></h4><span>02-1{n % 10}</span></div></li>"
            for n in ids
        )
        return (
            f'<div class="smalltitle"><h4>{y}年<span><a href="/a/gzdt/{y}nian/">more ></a>'
            f'</span></h4></div><ul class="captions">{rows}</ul>'
        )

    body = (
        '<ul class="crumb"><li><a href="http://www.x.org/">首页</a></li>'
        '<li><a href="/a/gzdt/">工作动态</a></li></ul>'
        f'<div class="main"><h2>工作动态</h2>{year(2017, [160, 159, 158])}{year(2016, [155, 154])}</div>'
    )
    html = Selector(
        text=f"<html><head><title>工作动态_某研究院</title></head><body>{body}</body></html>"
    )
    found = [e.url for e in find_article_links_generic(html, "")]
    assert found == [
        f"/a/gzdt/{y}nian/2017/0502/{n}.html"
        for y, n in [(2017, 160), (2017, 159), (2017, 158), (2016, 155), (2016, 154)]
    ]


def test_a_story_on_the_sites_wechat_account_is_a_row_of_its_list():
    """A firm's 公司动态 cards link to its own pages, and one card to the story it published
    on its WeChat account (mp.weixin.qq.com/s/…): a row of the list, though another site's."""
    hrefs = [f"{n}.html" for n in (490, 456, 451)]
    hrefs += ["https://mp.weixin.qq.com/s/AbCdEf123"] + [f"{n}.html" for n in (378, 376, 370)]
    rows = "".join(
        f'<li><a href="{h}" class="item"><div class="date">2025-0{9 - n}-19</div>'
        f'<div class="title">公司第{n}条动态的标题写在这里</div></a></li>'
        for n, h in enumerate(hrefs)
    )
    assert urls(f'<div class="newsList"><ul>{rows}</ul></div>', "https://www.x.com/gsdt.html") == [
        urljoin("https://www.x.com/gsdt.html", h) for h in hrefs
    ]


def test_hub_boxes_whose_rows_each_link_their_column_are_one_list():
    """A section hub's sub-channel boxes print a [栏目] link after every title, all to one
    column page elsewhere on the site: one place the rows lead to, not a row in every
    row, so each box still leads into its own sub-channel and the boxes are one list."""

    def box(channel: str, name: str, ids: list[int]) -> str:
        rows = "".join(
            f'<li><a href="/zx/{channel}/{n}.html">{name}第{n}条动态的标题写在这里</a> '
            f'<a href="/lanmu/index.html">[{name}栏目页]</a><span>2024-05-1{n % 10}</span></li>'
            for n in ids
        )
        return f'<h4>{name}<a href="/zx/{channel}/">more</a></h4><ul class="captions">{rows}</ul>'

    body = f'<div class="main">{box("gzdt", "工作动态", [1, 2, 3, 4])}{box("tzgg", "通知公告", [5, 6, 7])}</div>'
    assert urls(body, "https://www.x.org/zx/") == [
        f"https://www.x.org/zx/{c}/{n}.html"
        for c, ns in [("gzdt", [1, 2, 3, 4]), ("tzgg", [5, 6, 7])]
        for n in ns
    ]


def test_one_pass_sets_the_short_links_aside_for_the_short_titles() -> None:
    """``candidate_links`` hands back the links too short for a candidate in the same pass (their
    order kept, 更多 buttons, pager numbers and menu links left out), for the short titles."""
    from incubator_crawler.listing.links import candidate_links

    html = Selector(
        text="<html><body><nav><a href='/about/'>关于</a></nav><ul>"
        "<li><a href='/a/1.html'>高新区召开年度工作会议</a></li>"
        "<li><a href='/a/2.html'>会计</a></li>"
        "<li><a href='/a/3.html'>孵化器入驻企业名单公布</a></li>"
        "<li><a href='/a/4.html'>龙吟大砍？</a></li>"
        "</ul><a href='/news/'>更多&gt;&gt;</a><a href='/list_2.html'>2</a></body></html>"
    )
    short: list[tuple] = []
    found = candidate_links(html, "https://x.cn/list/", "https://x.cn/list/", short)
    assert [url for _, url in found] == ["https://x.cn/a/1.html", "https://x.cn/a/3.html"]
    assert [url for _, url in short] == ["https://x.cn/a/2.html", "https://x.cn/a/4.html"]
    assert [
        url for _, url in candidate_links(html, "https://x.cn/list/", "https://x.cn/list/")
    ] == [
        "https://x.cn/a/1.html",
        "https://x.cn/a/3.html",
    ]


def test_the_lone_link_box_is_the_one_the_xpath_names() -> None:
    """``lone_link_box`` answers as ``ancestor::*[self::div or self::section or self::article]
    [count(.//a[@href]) = 1][1]`` did, on boxes of one link, of two, a link without href and
    nested sections."""
    from incubator_crawler.listing.links import lone_link_box

    xpath = "ancestor::*[self::div or self::section or self::article][count(.//a[@href]) = 1][1]"
    html = Selector(
        text="<html><body><div id='page'>"
        "<div id='one'><h3><a href='/a/1.html'>一</a></h3><span>2024-05-01</span></div>"
        "<div id='two'><a href='/a/2.html'>二</a><a href='/a/3.html'>三</a></div>"
        "<section id='s'><article id='art'><p><a href='/a/4.html'>四</a></p><a>无链接</a>"
        "</article><a href='/a/5.html'>五</a></section>"
        "<p><a href='/a/6.html'>六</a></p></div></body></html>"
    )
    got = {}
    for link in html.xpath("//a"):
        box = lone_link_box(link.root)
        want = link.xpath(xpath)
        assert box is (want[0].root if want else None)
        got[link.xpath("string()").get()] = box.get("id") if box is not None else None
    assert got == {
        "一": "one",
        "二": None,
        "三": None,
        "四": "art",
        "无链接": "art",
        "五": None,
        "六": None,
    }


def test_a_links_text_is_its_text_nodes_joined_by_a_space() -> None:
    """``selector_text`` joins the text nodes below a selector with a space and squashes whitespace, as
    parsel's ``.//text()`` did (a date split over two nodes keeps the space between them)."""
    from incubator_crawler.listing.links import selector_text

    html = Selector(
        text="<html><body><li><a href='/a/1.html'> 高新区<b>年度</b>\n 会议 </a>"
        "<span>2024</span><span>-05-01</span><!-- 注释 --></li></body></html>"
    )
    li, link = html.xpath("//li")[0], html.xpath("//a")[0]
    assert selector_text(link) == "高新区 年度 会议"
    assert selector_text(li) == "高新区 年度 会议 2024 -05-01"
    assert selector_text(li) == " ".join(" ".join(li.xpath(".//text()").getall()).split())
