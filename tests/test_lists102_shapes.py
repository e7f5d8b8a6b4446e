"""lists102: list shapes benchmarks/list_variants.py broke on the dev list pages, in our own words.

1. A box headed 最新文章 / 最新资讯 is a side box beside the column's own list (the lead's
   session-26 decision): the list right above the pager, the list headed by the channel's name,
   the list whose stories lie in the channel's folder. Where it is the page's only list of
   stories (a blog home's 最新文章, a channel page with a sub-channel menu), it is the main list.
2. A menu of short names (a case column's category filter, three of its nine names long enough
   to be titles) is no list beside a short last page of cards; a list with a few short titles
   stays a list.
"""

from __future__ import annotations

from list_shapes import FOOT, HOST, MENU, TITLES, links

PAGER = '<div class="page"><a href="/xwdt/index_2.html">下一页</a><a href="/xwdt/index_9.html">尾页</a></div>'


def _page(body: str, title: str = "新闻动态_某某科技园") -> str:
    return f"<html><head><title>{title}</title></head><body>{MENU}{body}{FOOT}</body></html>"


def _links(html: str, url: str = f"{HOST}/xwdt/") -> list[str]:
    return links(html, url)


def _rows(start: int, stop: int, folder: str = "xwdt/2024", dated: bool = False) -> str:
    return "".join(
        f'<li><a href="/{folder}/{50101 + i}.html">{TITLES[i]}</a>'
        + (f"<span>2024-05-{20 - i:02d}</span>" if dated else "")
        + "</li>"
        for i in range(start, stop)
    )


def _urls(start: int, stop: int, folder: str = "xwdt/2024") -> list[str]:
    return [f"{HOST}/{folder}/{50101 + i}.html" for i in range(start, stop)]


def _latest(heading: str = "最新文章", folder: str = "zxwz") -> str:
    """A box of ten dated rows of the site's newest stories, headed ``heading``."""
    rows = "".join(
        f'<li><a href="/{folder}/{601 + i}.html">{TITLES[i]}（续）</a><span>2024-06-{i + 1:02d}</span></li>'
        for i in range(10)
    )
    return f'<div class="box"><h3>{heading}</h3><ul>{rows}</ul></div>'


# 1. 最新文章 beside the column's own list ---------------------------------------------------


def test_latest_box_after_the_pager_is_a_side_box() -> None:
    # a short first page of four undated rows right above its pager, the 最新文章 box after it;
    # the stories are filed outside the channel's folder (a VSB site's /info/1057/)
    html = _page(
        f'<div class="main"><ul class="list">{_rows(0, 4, "info/1057")}</ul>{PAGER}</div>'
        f"{_latest()}"
    )
    assert _links(html) == _urls(0, 4, "info/1057")


def test_latest_box_beside_a_list_headed_by_the_channels_name_is_a_side_box() -> None:
    # no pager (a paper's day page): the list's heading names the channel (<title> 要闻)
    html = _page(
        f'<div class="main"><h2>要闻</h2><ul class="list">{_rows(0, 4, "cnt/news")}</ul></div>'
        f"{_latest()}",
        title="要闻 - 某某日报",
    )
    assert _links(html, f"{HOST}/cnt/yw/index.html") == _urls(0, 4, "cnt/news")


def test_latest_box_beside_stories_in_the_channels_folder_is_a_side_box() -> None:
    # no pager, no heading: the rows lead to stories (named by their number) in /xwdt/
    html = _page(f'<div class="main"><ul class="list">{_rows(0, 4)}</ul></div>{_latest()}')
    assert _links(html) == _urls(0, 4)


def test_latest_box_is_the_main_list_of_a_blog_home() -> None:
    # negative neighbour: the 最新文章 list is the home page's only list of stories
    html = _page(_latest(folder="posts"), title="某某的博客")
    assert _links(html, f"{HOST}/") == [f"{HOST}/posts/{601 + i}.html" for i in range(10)]


def test_latest_box_beside_a_sub_channel_menu_is_the_main_list() -> None:
    # negative neighbour: the sub-channel menu's entries lie in the channel's folder but lead
    # to folders, not stories: the 最新资讯 box is the page's only list of stories
    menu = "".join(
        f'<li><a href="/xwdt/{sub}/">{name}</a></li>'
        for sub, name in (
            ("yqxw", "园区新闻要闻"),
            ("qydt", "企业动态新闻"),
            ("mtbd", "媒体报道集锦"),
        )
    )
    html = _page(f'<ul class="sub">{menu}</ul>{_latest("最新资讯", "xwdt/2024")}')
    assert _links(html) == [f"{HOST}/xwdt/2024/{601 + i}.html" for i in range(10)]


def test_hot_box_stays_a_side_box_beside_a_short_list() -> None:
    # negative neighbour: a 热门文章 box is a side box whatever stands beside it (unchanged)
    html = _page(
        f'<div class="main"><ul class="list">{_rows(0, 4)}</ul>{PAGER}</div>{_latest("热门文章")}'
    )
    assert _links(html) == _urls(0, 4)


# 2. A menu of short names against a short list of cards --------------------------------------

CATEGORIES = (
    ("223", "餐饮连锁"),
    ("216", "食品快消"),
    ("218", "科技数码"),
    ("222", "健康教育"),
    ("281", "服饰美妆"),
    ("217", "地产金融建筑"),
    ("258", "工业机械制造"),
    ("268", "交通能源环保"),
    ("269", "超级IP"),
)
CASES = ("磁瑞品牌全案策划", "优享八点品牌全案策划", "蜂乜水品牌全案策划", "和润品牌全案策划")


def _case_page(cards: int) -> str:
    menu = "".join(f'<li><a href="/case/{n}_1.html">{name}</a></li>' for n, name in CATEGORIES)
    rows = "".join(
        f'<li><a href="/case/{1305 - i}.html"><img src="/img/{i}.jpg">'
        f"<p>{CASES[i]}</p><span>品牌策划 品牌设计 logo设计</span></a></li>"
        for i in range(cards)
    )
    return _page(
        f'<ul class="cate">{menu}</ul><ul class="cases">{rows}</ul>', title="案例_品牌全案"
    )


def test_cards_beat_a_menu_of_short_names_with_three_long_ones() -> None:
    # bonavis-list-case cut to three cards: the category filter's three long names
    # (地产金融建筑 …) weighed as much as the three cards and came first on the page
    assert _links(_case_page(3), f"{HOST}/case/") == [
        f"{HOST}/case/{1305 - i}.html" for i in range(3)
    ]


def test_a_list_with_a_few_short_titles_is_no_menu() -> None:
    # negative neighbour: two short titles among eight rows do not make the list a menu
    rows = _rows(0, 6) + '<li><a href="/xwdt/2024/50201.html">通知</a></li>'
    rows += '<li><a href="/xwdt/2024/50202.html">公告</a></li>'
    html = _page(f'<ul class="list">{rows}</ul>')
    assert _links(html) == [
        *_urls(0, 6),
        f"{HOST}/xwdt/2024/50201.html",
        f"{HOST}/xwdt/2024/50202.html",
    ]


def test_a_menu_of_short_names_beside_no_other_list_is_left_alone() -> None:
    # negative neighbour: the rule only lets another list win; the filter's long names are
    # still what a page without cards offers (unchanged)
    menu = "".join(f'<li><a href="/case/{n}_1.html">{name}</a></li>' for n, name in CATEGORIES)
    html = _page(f'<ul class="cate">{menu}</ul>', title="案例_品牌全案")
    assert _links(html, f"{HOST}/case/") == [f"{HOST}/case/{n}_1.html" for n, _ in CATEGORIES]


# 3. A lone row's read-more button is no menu entry -------------------------------------------


def _news_page(rows: str) -> str:
    cate = (
        '<ul class="newscate"><li><a href="">全部新闻</a></li><li><a href="224_1.html">'
        '海右博纳动态</a></li><li><a href="225_1.html">品牌资讯</a></li><li><a href="251_1.html">'
        "品牌维观专栏</a></li></ul>"
    )
    pager = (
        '<div class="pager"><span class="current">1</span><a href="10_2.html">2</a>'
        '<a href="10_3.html">3</a><a href="10_2.html">&gt;</a></div>'
    )
    return _page(f'<div class="wrap">{cate}</div><div class="wrap">{rows}</div>{pager}')


def test_a_lone_row_with_its_read_more_button_is_the_list() -> None:
    # bonavis-list-news cut to its first row: the title and its 详细新闻 button both sit in a
    # div of div.cons, so the button read as a menu peer of the title and the row lost to
    # the category menu above it
    row = (
        '<ul class="news"><li><div class="pic"><a href="1309.html" class="pcover"></a></div>'
        '<div class="cons"><div class="addtime">2021.06.03</div><div class="title">'
        '<a href="1309.html">玩心大发，看看这次哪家品牌营销更胜一筹</a></div>'
        '<div class="content">六月的初夏，各大品牌方们都开始卖萌了。</div>'
        '<div class="casemore"><a href="1309.html">详细新闻</a></div></div></li></ul>'
    )
    assert _links(_news_page(row), f"{HOST}/news/") == [f"{HOST}/news/1309.html"]


def test_a_lone_link_among_a_menus_entries_stays_an_entry() -> None:
    # negative neighbour: peers leading elsewhere still make the long entry a menu's entry;
    # the dated row below is the list
    menu = (
        '<div class="side"><div><a href="/about/">关于我们</a></div><div>'
        '<a href="/base/">生产加工基地介绍</a></div><div><a href="/contact/">联系我们</a></div></div>'
    )
    row = '<p><a href="/news/50101.html">园区召开科技企业座谈会</a> 2024-05-20</p>'
    assert _links(_page(menu + row), f"{HOST}/news/") == [f"{HOST}/news/50101.html"]


# 4. A feed's subscribe link is no row --------------------------------------------------------


def test_a_lone_row_beats_the_feed_link_above_it() -> None:
    # mini-csdn-list-149 cut to one row: 订阅本页RSS (to rss_rollingnews.html) tied with the
    # lone row as a lone link and came first on the page (the row's address names no story
    # by its number here, so no lone-story rule picks it either)
    html = _page(
        '<div class="head"><h3>滚动新闻<a href="/rss_rollingnews.html">订阅本页RSS</a></h3></div>'
        '<div class="list"><ul><li><a href="/article/storage-vs-backup.html">6分钟彻底掌握存储和备份区别</a>'
        "</li></ul></div>"
    )
    assert _links(html, f"{HOST}/rollingnews.html") == [f"{HOST}/article/storage-vs-backup.html"]


def test_stories_about_rss_stay_rows() -> None:
    # negative neighbours: a title ending in RSS to a story's address, a title about RSS
    # readers whose address names rss
    html = _page(
        '<ul class="list"><li><a href="/xwdt/2024/50101.html">园区信息平台上线RSS</a></li>'
        '<li><a href="/xwdt/2024/rss-reader.html">RSS 阅读器使用指南发布</a></li></ul>'
    )
    assert _links(html) == [f"{HOST}/xwdt/2024/50101.html", f"{HOST}/xwdt/2024/rss-reader.html"]


# 5. A blog's 最近文章 widget is a box of the newest stories like 最新文章 --------------------


def _recent_widget() -> str:
    rows = "".join(f'<li><a href="/post/recent-{i}/">{TITLES[i]}</a></li>' for i in range(10))
    return f'<div class="widget"><h3>最近文章</h3><ul class="widget-list">{rows}</ul></div>'


def test_a_last_archive_row_beats_the_recent_posts_widget() -> None:
    # qcrao-list-archives cut to one row: ten undated widget rows outweighed the dated row
    row = '<ul class="listing"><li><span>2023-06-01</span><a href="/post/how-to-be-a-to/">项目负责人的自我修养</a></li></ul>'
    html = _page(f'<div class="archive"><h2>2023</h2>{row}</div>{_recent_widget()}', "归档 | 博客")
    assert _links(html, f"{HOST}/archives/") == [f"{HOST}/post/how-to-be-a-to/"]


def test_a_recent_posts_box_alone_is_the_main_list() -> None:
    # negative neighbour: the widget's box is the page's only list of stories
    html = _page(_recent_widget(), "某某的博客")
    assert _links(html, f"{HOST}/") == [f"{HOST}/post/recent-{i}/" for i in range(10)]


# 6. A row blanked to javascript:; is no menu peer ----------------------------------------------


def test_a_lone_row_beside_a_blanked_row_is_the_list() -> None:
    # cwl-list-djgz-djdt cut to one row: the copier blanked the list's last row (href
    # javascript:;), which stayed as the lone row's peer and made it a menu's entry; the
    # undated rows of a 热点 tab then won (eight here, so the dated row outweighs them)
    rows = (
        '<li><span class="badge">2020-12-23</span><a href="../../c/2020-12-23/478627.html">'
        "• 党建引领促发展 开拓创新谋新篇</a></li>"
        '<li><span class="badge">2020-07-01</span><a href="javascript:;">'
        "• 甘肃省福彩中心召开庆祝建党九十九周年党课辅导</a></li>"
    )
    hot = "".join(
        f'<li><a href="../../c/2020-12-0{i}/47{i}000.html">{TITLES[i]}</a></li>' for i in range(8)
    )
    html = _page(
        f'<div class="main"><ul class="list-group">{rows}</ul></div>'
        f'<div class="tabs"><div class="tab-pane"><ul class="list-group days_list">{hot}</ul></div></div>'
    )
    assert _links(html, "") == ["../../c/2020-12-23/478627.html"]


def test_names_of_one_address_in_a_search_strip_stay_menu_entries() -> None:
    # negative neighbour (sxlmrl.com's 他们都在搜 strip: three product names, all to /cpzx/):
    # a peer to the same address is the row's button only when it reads as one (详细新闻)
    strip = (
        '<div class="search"><p><b>他们都在搜：</b><span><a href="/cpzx/">板式换热器</a> 丨 '
        '<a href="/cpzx/">管壳式换热器</a> 丨 <a href="/cpzx/">换热机组</a></span></p></div>'
    )
    row = (
        '<ul class="news"><li><div class="txt"><h2><a href="/41.html"><b>'
        "陕西鲁明年度总结大会暨表彰大会</b></a></h2></div></li></ul>"
    )
    assert _links(_page(strip + row), f"{HOST}/xwzx/gsdt/") == [f"{HOST}/41.html"]


def test_latest_box_beside_an_archives_year_lists_is_a_side_box() -> None:
    # qcrao-list-archives cut to four rows under two year headings: the year lists are the
    # column's own (no pager, stories outside the archive's folder), the 最新文章 box a side box
    years = "".join(
        f'<h2>{year}</h2><ul class="listing">'
        + "".join(
            f'<li><span>{year}-0{m}-01</span><a href="/post/p{year}{m}/">{TITLES[m]}</a></li>'
            for m in (1, 2)
        )
        + "</ul>"
        for year in (2023, 2022)
    )
    html = _page(f'<div class="archive">{years}</div>{_latest(folder="post")}', "归档 | 博客")
    assert _links(html, f"{HOST}/archives/") == [
        f"{HOST}/post/p{year}{m}/" for year in (2023, 2022) for m in (1, 2)
    ]
