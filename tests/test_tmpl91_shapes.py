"""tmpl91: list shapes the real CMS templates print, on pages written in our own words.

1. A card whose only link is its picture, an icon or a 查看详情 button, its title plain text
   (PHPCMS v9's default picture column, PbootCMS's default job column, DedeCMS teacher cards):
   the card is a record, by that link (LABELLING lists88: a record without a title link gives
   its own other link). Negative neighbours: an icon menu of channel folders, a box heading's
   查看更多 to a column page, rows that have a title link of their own.
2. A pager that prints the current page unlinked beside its number links (Discuz's
   ``<strong>10</strong>`` on a last page whose first link reads ``1 ...``): that is the page,
   so a last page has no next page.
"""

from __future__ import annotations

from list_shapes import links as _links
from list_shapes import next_url as _next

HOST = "https://www.xiaoyuan.example.cn"
MENU = (
    '<div class="menu"><a href="/">网站首页</a><a href="/xxgk/">学校概况</a>'
    '<a href="/tpxw/">图片新闻</a><a href="/zpxx/">招聘信息</a><a href="/lxwm/">联系我们</a></div>'
)
FOOT = (
    '<div class="copy">版权所有 某某职业学校 <a href="https://beian.miit.gov.cn/">备案号</a></div>'
)
TITLES = (
    "春季运动会开幕式精彩瞬间",
    "校园文化艺术节合唱比赛现场",
    "新生入学教育系列活动掠影",
    "教职工趣味运动会圆满举行",
    "毕业典礼暨学位授予仪式",
    "图书馆读书月主题活动剪影",
)


def _page(body: str, title: str = "图片新闻") -> str:
    return f"<html><head><title>{title}</title></head><body>{MENU}{body}{FOOT}</body></html>"


def _pager(current: int, last: int, stem: str) -> str:
    cells = "".join(
        f"<span>{n}</span>" if n == current else f'<a href="{stem}{n}.html">{n}</a>'
        for n in range(1, last + 1)
    )
    return f'<div class="pages"><a class="a1">共{last * 6}条</a> {cells}</div>'


# 1. Cards whose only link is a picture, an icon or a button --------------------------------

PHOTO_URLS = [f"{HOST}/tpxw/2025/0{3 + i % 2}1{i}/88{i}.html" for i in range(6)]


def _photo_cards(urls=PHOTO_URLS) -> str:
    return "".join(
        f'<li><div class="thumb"><a href="{u}"><img src="/upload/2025/88{i}.jpg" alt=""></a></div>'
        f'<span class="name">{TITLES[i]}</span></li>'
        for i, u in enumerate(urls)
    )


def test_photo_cards_titled_in_plain_text_are_the_list():
    html = _page(
        f'<h2>图片新闻</h2><ul class="photos">{_photo_cards()}</ul>{_pager(1, 3, "/tpxw/")}'
    )
    assert _links(html, f"{HOST}/tpxw/") == PHOTO_URLS
    assert _next(html, f"{HOST}/tpxw/") == f"{HOST}/tpxw/2.html"


JOB_URLS = [f"{HOST}/zpxx/{51 + i}.html" for i in range(5)]
JOBS = (
    "数学学科专任教师",
    "学生宿舍生活管理老师",
    "校医室专职护士岗位",
    "信息中心网络管理员",
    "食堂后勤服务人员",
)


def _job_cards(button: str = "查看详情") -> str:
    return "".join(
        f'<div class="job"><div class="job-head">岗位名称：{JOBS[i]}</div>'
        f'<div class="job-body"><p>要求：本科及以上学历，热爱教育事业。</p>'
        f'<a class="btn" href="{u}">{button}</a></div>'
        f'<div class="job-foot">发布日期：2025-03-0{i + 1}</div></div>'
        for i, u in enumerate(JOB_URLS)
    )


def test_job_cards_opened_by_a_details_button_are_the_list():
    html = _page(f'<div class="jobs">{_job_cards()}</div>', "招聘信息")
    assert _links(html, f"{HOST}/zpxx/") == JOB_URLS


def test_a_learn_more_button_with_an_arrow_reads_as_a_button_too():
    html = _page(f'<div class="jobs">{_job_cards("了解更多 》")}</div>', "招聘信息")
    assert _links(html, f"{HOST}/zpxx/") == JOB_URLS


COURSE_URLS = [f"{HOST}/kcsz/view.php?aid={300 + i}" for i in range(4)]
COURSES = ("少儿武术基础训练课程", "青少年散打专项提高班", "传统太极拳养生课程", "暑期封闭式集训营")


def test_cards_opened_by_a_picture_button_under_a_bold_title():
    cards = "".join(
        f'<li><div class="photo"><img src="/img/k{i}.jpg"></div><div class="txt"><b>{COURSES[i]}</b>'
        f'<p>课程简介：由专业教练授课，循序渐进。</p><a class="more" href="{u}">'
        f'<img src="/img/more.png"></a></div></li>'
        for i, u in enumerate(COURSE_URLS)
    )
    html = _page(f'<ul class="courses">{cards}</ul>', "课程设置")
    assert _links(html, f"{HOST}/kcsz/") == COURSE_URLS


DATED = [f"{HOST}/tzgg/2025/0305/7{i}.html" for i in range(4)]


def _dated_rows() -> str:
    return "".join(
        f'<li><a href="{u}">{t}</a><span>2025-03-0{5 - i}</span></li>'
        for i, (u, t) in enumerate(zip(DATED, TITLES, strict=False))
    )


def test_an_icon_menu_of_channel_folders_stays_out():
    icons = "".join(
        f'<li><a href="/{slug}/"><img src="/img/{slug}.png"></a><p>{name}</p></li>'
        for slug, name in (
            ("zwgk", "政务信息公开栏目"),
            ("bszn", "办事指南服务栏目"),
            ("zcfg", "政策法规文件栏目"),
            ("hdjl", "互动交流留言栏目"),
        )
    )
    html = _page(
        f'<ul class="icons">{icons}</ul><h2>通知公告</h2><ul class="list">{_dated_rows()}</ul>'
    )
    assert _links(html, f"{HOST}/tzgg/") == DATED


def test_a_box_headings_see_more_link_to_a_column_page_stays_out():
    box = (
        '<div class="box"><div class="box-tit"><span>学校通知公告栏目</span>'
        '<a href="/tzgg/index_1.html">查看更多</a></div></div>'
    )
    html = _page(f'{box}<h2>通知公告</h2><ul class="list">{_dated_rows()}</ul>')
    assert _links(html, f"{HOST}/tzgg/") == DATED


def test_rows_with_a_title_link_give_it_once_beside_their_picture_and_button():
    rows = "".join(
        f'<li><a href="{u}"><img src="/img/{i}.jpg"></a><h3><a href="{u}">{TITLES[i]}</a></h3>'
        f'<p>摘要内容一段。</p><a class="more" href="{u}">查看详情</a><span>2025-03-0{5 - i}</span></li>'
        for i, u in enumerate(DATED)
    )
    html = _page(f'<h2>通知公告</h2><ul class="list">{rows}</ul>')
    assert _links(html, f"{HOST}/tzgg/") == DATED


def test_a_card_holding_a_link_elsewhere_is_no_card():
    # the button's box also links the channel: the box is a row of a list of channels, the
    # button names nothing of its own
    cards = "".join(
        f'<div class="item"><span>{JOBS[i]}</span><a href="/zpxx/">招聘信息</a>'
        f'<a class="btn" href="{u}">查看详情</a></div>'
        for i, u in enumerate(JOB_URLS)
    )
    html = _page(f'<div class="jobs">{cards}</div><ul class="list">{_dated_rows()}</ul>')
    assert _links(html, f"{HOST}/tzgg/") == DATED


# 2. A pager printing the current page unlinked -----------------------------------------------

FORUM = f"{HOST}/bbs/"


def _forum_pager(current: int, last: int = 10) -> str:
    first = '<a href="forum-2-1.html" class="first">1 ...</a>' if current > 5 else ""
    prev = (
        f'<a href="forum-2-{current - 1}.html" class="prev">&nbsp;&nbsp;</a>' if current > 1 else ""
    )
    start = max(1, min(current - 4, last - 8))
    numbers = "".join(
        f"<strong>{n}</strong>" if n == current else f'<a href="forum-2-{n}.html">{n}</a>'
        for n in range(start, min(last, start + 8) + 1)
    )
    nxt = f'<a href="forum-2-{current + 1}.html" class="nxt">下一页</a>' if current < last else ""
    return f'<div class="pg">{first}{prev}{numbers}<label> / {last} 页</label>{nxt}</div>'


def _forum(current: int) -> str:
    rows = "".join(
        f'<tr><th><a href="thread-{900 + i}-1-1.html">{t}</a></th><td><em>2025-03-0{i + 1}</em></td></tr>'
        for i, t in enumerate(TITLES)
    )
    return _page(f'<table id="threadlist">{rows}</table>{_forum_pager(current)}', "讨论区")


def test_a_last_page_whose_pager_prints_it_in_bold_has_no_next_page():
    assert _next(_forum(10), f"{FORUM}forum-2-10.html") is None


def test_a_middle_page_of_the_same_pager_keeps_its_next_link():
    assert _next(_forum(5), f"{FORUM}forum-2-5.html") == f"{FORUM}forum-2-6.html"


def test_the_last_pages_numbers_without_a_bold_current_keep_the_first_missing_number():
    # nothing printed unlinked: the page before the first number missing is the page
    html = _page(
        '<div class="pg"><a href="forum-2-2.html">2</a><a href="forum-2-3.html">3</a></div>',
        "讨论区",
    )
    assert _next(html, f"{FORUM}forum-2-1.html") == f"{FORUM}forum-2-2.html"


def test_a_count_printed_apart_from_the_numbers_is_no_current_page():
    # a total of 12 printed beside numbers 2-4 is not beside a number one off: not the page
    html = _page(
        '<div class="pg"><span>12</span><a href="forum-2-2.html">2</a>'
        '<a href="forum-2-3.html">3</a><a href="forum-2-4.html">4</a></div>',
        "讨论区",
    )
    assert _next(html, f"{FORUM}forum-2-1.html") == f"{FORUM}forum-2-2.html"


def test_a_like_counter_beside_a_cards_linked_comment_count_is_no_pager():
    # each card links its comment count (21, 23) and prints its likes unlinked (22): no pager
    cards = "".join(
        f'<div class="card"><a href="/post/{700 + i}">{t}</a><div class="meta">'
        f'<span class="likes">{22 + 2 * i}</span><a href="/post/{700 + i}#comments">{21 + 2 * i}</a>'
        "</div></div>"
        for i, t in enumerate(TITLES)
    )
    assert _next(_page(cards, "首页"), f"{HOST}/") is None


def _news_last_page_pager(last: int = 12) -> str:
    # a CMS pager on its last page: 1 then a jump, a window of numbers, the page printed as a
    # span, and 下一页 leading to the page itself
    window = "".join(f' <a href="/xwdt/{n}.html">{n}</a>' for n in range(last - 9, last))
    return (
        f'<div id="pages"><a class="a1">{last * 5}条</a> <a href="/xwdt/{last - 1}.html" class="a1">上一页</a>'
        f' <a href="/xwdt/index.html">1</a>..{window} <span>{last}</span>'
        f' <a href="/xwdt/{last}.html" class="a1">下一页</a></div>'
    )


def test_a_last_page_after_a_jump_from_page_one_has_no_next_page():
    rows = f'<ul class="list">{_dated_rows()}</ul>'
    html = _page(rows + _news_last_page_pager(), "新闻动态")
    assert _next(html, f"{HOST}/xwdt/12.html") is None


BLOG = "https://blog.example.cn"


def _blog_pager(current: int, mark: str = 'li class="current"', last: int = 7) -> str:
    # a blog's box pager linking every number, the current one too (/page/1/ on a first page
    # served at /), marked by a class on its li
    items = "".join(
        (f"<{mark}>" if n == current else "<li>") + f'<a href="{BLOG}/page/{n}/">{n}</a></li>'
        for n in range(1, 4)
    )
    return f'<ol class="page-navigator">{items}<li><span>...</span></li><li><a href="{BLOG}/page/{last}/">{last}</a></li></ol>'


def _blog(pager: str) -> str:
    posts = "".join(
        f'<article class="post"><h2 class="post-title"><a href="{BLOG}/archives/{40 + i}/">{t}</a></h2>'
        f'<ul class="post-meta"><li>时间: 2025-03-0{i + 1}</li></ul></article>'
        for i, t in enumerate(TITLES)
    )
    return _page(f'<div id="main">{posts}{pager}</div>', "某人的博客")


def test_a_first_page_served_at_the_root_reads_the_number_marked_current():
    assert _next(_blog(_blog_pager(1)), f"{BLOG}/") == f"{BLOG}/page/2/"


def test_a_current_mark_on_the_link_itself_reads_the_same():
    pager = (
        f'<nav class="nav-links"><a href="{BLOG}/page/1/" class="page-numbers current">1</a>'
        f'<a href="{BLOG}/page/2/">2</a><span>...</span><a href="{BLOG}/page/7/">7</a></nav>'
    )
    assert _next(_blog(pager), f"{BLOG}/") == f"{BLOG}/page/2/"


def test_two_numbers_marked_current_mark_none():
    # a box marking two numbers says nothing of the page (null beats a guess)
    items = "".join(f'<li class="on"><a href="{BLOG}/page/{n}/">{n}</a></li>' for n in (1, 2))
    pager = f'<ul class="pages">{items}<li><span>...</span></li><li><a href="{BLOG}/page/7/">7</a></li></ul>'
    assert _next(_blog(pager), f"{BLOG}/") is None
