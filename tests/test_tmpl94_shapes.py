"""The lead's decisions on tmpl90's template questions (tmpl94, issue 10), one page each.

LABELLING.md, "Decisions settled by the lead in session 21": shapes real CMS article templates
print, written here as pages of our own (the markup's structure, labels and separators, never a
template's text), each with its negative neighbours:

- Discuz! X's portal meta line ``DATE | 发布者: X | 查看: N | 来自: Z``: 来自 labels the article's
  source there; a device or client after it (``来自 iPhone客户端``, ``来自: 微信``) and a place in a
  forum post's user card (``来自: 北京``) name none, and 来自 in prose is a word;
- a person icon before a name on the meta line (``<i class="fa fa-user"></i> 王丽``, MetInfo's
  ``wb-user``, ``author.png``) labels the author as 作者 would; an eye, clock, calendar, folder or
  comment icon labels no person, and an account control after a person icon (登录, 已关注) is none.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_shapes import PROSE, run

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import category_leaf, names  # noqa: E402

HEADLINE = "园区举办科技成果对接会"
HEAD = f"<title>{HEADLINE}_星海科技园</title>"
PARAS = "".join(f"<p>{PROSE}</p>" for _ in range(3))


def article(meta: str, trail: str = "", after: str = "") -> str:
    """A page with a trail, the headline, a meta line, three paragraphs and what follows them."""
    return f"{trail}<div class='art'><h1>{HEADLINE}</h1><div class='info'>{meta}</div>{PARAS}</div>{after}"


def pipe(*items: str) -> str:
    """Items parted as Discuz! prints them: a ``span.pipe`` bar between them."""
    return '<span class="pipe">|</span>'.join(items)


DATE = "2023-05-17 09:30"
POSTER = "发布者: <a href='/u/7'>王丽</a>"
VIEWS = "查看: <em>128</em>"

SOURCES = [
    # --- 来自 on the portal's meta line: the article's from field ---
    (
        "discuz-from-linked",
        pipe(DATE, POSTER, VIEWS, "来自: <a href='' target='_blank'>科技日报</a>"),
        "科技日报",
    ),
    ("discuz-from-plain", pipe(DATE, POSTER, VIEWS, "评论: 0", "来自: 星海日报社"), "星海日报社"),
    ("discuz-from-full-colon", pipe(DATE, "作者：张明华", "来自：园区报"), "园区报"),
    (
        "discuz-from-after-writer",
        pipe(DATE, POSTER, VIEWS, "原作者: 张明华", "来自: 科技日报", "<a href='/edit'>编辑</a>"),
        "科技日报",
    ),
    # neighbours: a device or client in the slot, with or without its colon
    ("from-iphone-client", pipe(DATE, POSTER, "来自 iPhone客户端"), None),
    ("from-iphone-client-colon", pipe(DATE, POSTER, "来自: iPhone客户端"), None),
    ("from-phone", pipe(DATE, POSTER, "来自手机"), None),
    ("from-android", pipe(DATE, POSTER, "来自: Android"), None),
    ("from-wechat", pipe(DATE, POSTER, "来自 微信"), None),
    ("from-wechat-colon", pipe(DATE, POSTER, "来自: 微信"), None),
    # a place on the line (a forum post's member place), and a 来源 label beside 来自 wins
    ("from-place-on-line", pipe("发表于 " + DATE, "来自: 北京"), None),
    ("from-place-province-city", pipe("发表于 " + DATE, "来自: 广东省广州市"), None),
    ("from-beside-source-label", pipe(DATE, "来源：科技日报", "来自: 园区报"), "科技日报"),
]


@pytest.mark.parametrize(("name", "meta", "want"), SOURCES, ids=[c[0] for c in SOURCES])
def test_source(name: str, meta: str, want: str | None) -> None:
    out = run(article(meta), HEAD)
    assert out.get("source") == want


def test_from_in_a_user_card_is_no_source() -> None:
    # a forum post: the member's card (来自: 北京) beside the post's own date line
    card = "<div class='card'><p>王丽</p><dl><dt>积分</dt><dd>128</dd><dt>来自</dt><dd>北京</dd></dl></div>"
    body = (
        f"<h1>{HEADLINE}</h1><table><tr><td class='pls'>{card}</td><td class='plc'>"
        f"<div class='pi'>发表于 {DATE}</div>{PARAS}</td></tr></table>"
    )
    out = run(body, HEAD)
    assert out.get("source") is None


def test_from_card_line_with_colon_is_no_source() -> None:
    card = "<div class='card'><p>王丽</p><p>来自: 北京</p><p>注册时间: 2019-03-02</p></div>"
    body = f"<h1>{HEADLINE}</h1>{card}<div class='pi'>发表于 {DATE}</div>{PARAS}"
    out = run(body, HEAD)
    assert out.get("source") is None


def test_from_in_prose_is_a_word() -> None:
    # the text's ``来自高校的代表`` and a meta line with no 来自
    out = run(article(pipe(DATE, POSTER, VIEWS)) + "<p>来自高校、科研院所的代表参加。</p>", HEAD)
    assert out.get("source") is None


def icon(cls: str) -> str:
    return f'<i class="{cls}" aria-hidden="true"></i>'


def blog_line(person: str) -> str:
    """A blog theme's meta line of icon items: date, column, the person item, views, comments
    (too many words beside the date for an unlabelled name to be read as its writer)."""
    return (
        f"<span>{icon('fa fa-clock-o')} {DATE}</span> "
        f"<span>{icon('fa fa-folder-open')} <a href='/c/2'>园区动态</a></span> {person} "
        f"<span>{icon('fa fa-eye')} 128</span> <span>{icon('fa fa-comment')} 0</span>"
    )


PEOPLE = [
    # --- a person icon before a name on the meta line ---
    ("fa-user", blog_line(f"<span>{icon('fa fa-user')} 王丽</span>"), "王丽"),
    ("fa-user-o", blog_line(f"<span>{icon('fa fa-user-o')}王丽</span>"), "王丽"),
    ("fa-user-circle", blog_line(f"{icon('fa fa-user-circle')} <a href='/u/7'>王丽</a>"), "王丽"),
    ("icon-user", blog_line("<span><i class='icon-user'></i>王丽</span>"), "王丽"),
    ("icon-author", blog_line("<span><i class='iconfont icon-author'></i>王丽</span>"), "王丽"),
    (
        "icon-zuozhe",
        blog_line("<span class='iconfont icon-zuozhe'></span><span>王丽</span>"),
        "王丽",
    ),
    ("glyphicon-user", blog_line("<span class='glyphicon glyphicon-user'></span> 王丽"), "王丽"),
    ("layui-icon-username", blog_line(f"{icon('layui-icon layui-icon-username')} 王丽"), "王丽"),
    ("el-icon-user", blog_line(f"<span>{icon('el-icon-user')}王丽</span>"), "王丽"),
    ("bi-person", blog_line(f"<span>{icon('bi bi-person')} 王丽</span>"), "王丽"),
    ("metinfo-wb-user", blog_line(f"<span>{icon('icon wb-user m-r-5')}王丽</span>"), "王丽"),
    ("author-png", blog_line("<img src='/skin/images/author.png'> 王丽"), "王丽"),
    ("user-png", blog_line("<span><img src='/static/img/user.png' alt=''>王丽</span>"), "王丽"),
    ("latin-name", blog_line(f"<span>{icon('fa fa-user')} John Smith</span>"), "John Smith"),
    # the short line the date rules already read (beside the date): the same name
    (
        "short-line",
        f"<span>{DATE}</span> <span>{icon('icon wb-user')}王丽</span> <span>{icon('icon wb-eye')}128</span>",
        "王丽",
    ),
    # neighbours: the same line with no person icon (an unlabelled name there stays null), and
    # icons that label no person, each before a word that is no writer
    ("no-icon", blog_line("<span>王丽</span>"), None),
    ("eye-icon", blog_line(f"<span>{icon('fa fa-eye')} 王丽</span>"), None),
    ("clock-icon", blog_line(f"<span>{icon('fa fa-clock-o')} 王丽</span>"), None),
    ("calendar-icon", blog_line(f"<span>{icon('fa fa-calendar')} 王丽</span>"), None),
    (
        "folder-icon",
        blog_line(f"<span>{icon('fa fa-folder')} <a href='/c/3'>王丽</a></span>"),
        None,
    ),
    ("comment-icon", blog_line(f"<span>{icon('fa fa-comments')} 王丽</span>"), None),
    # an account control after a person icon, the site's name, a group and a follow button
    ("user-icon-login", blog_line(f"<span>{icon('fa fa-user')} 登录</span>"), None),
    ("user-icon-followed", blog_line(f"<span>{icon('fa fa-user')} 已关注</span>"), None),
    ("user-icon-site-name", blog_line(f"<span>{icon('fa fa-user')} 星海科技园</span>"), None),
    ("users-group-icon", blog_line(f"<span>{icon('fa fa-users')} 王丽</span>"), None),
    ("user-plus-icon", blog_line(f"<span>{icon('fa fa-user-plus')} 王丽</span>"), None),
    # a labelled writer beside a person icon keeps the label's value
    ("icon-and-label", f"{icon('fa fa-user')} 作者：张明华 {DATE}", "张明华"),
]


@pytest.mark.parametrize(("name", "meta", "want"), PEOPLE, ids=[c[0] for c in PEOPLE])
def test_author(name: str, meta: str, want: str | None) -> None:
    out = run(article(meta), HEAD)
    assert names(out.get("author")) == names(want)


def test_person_icon_in_the_header_is_no_author() -> None:
    # the site's login button: a person icon and a name-like word outside the meta line
    header = f"<div class='top'><a href='/login'>{icon('fa fa-user')} 会员王丽</a></div>"
    out = run(header + article(f"<span>{DATE}</span> <span>{icon('fa fa-eye')} 128</span>"), HEAD)
    assert out.get("author") is None


# --- tmpl90's left gaps (decision 3) ---

META_LEFT = [
    # JEECMS prints its defaults unlabelled in empty slots: ``DATE 本站编辑 本站原创 N次`` (an editor
    # naming a role, no person; 本站原创 the site itself, no source)
    (
        "jeecms-defaults-unlabelled",
        f"{DATE}:00&nbsp;&nbsp;&nbsp;&nbsp;本站编辑&nbsp;&nbsp;&nbsp;&nbsp;本站原创&nbsp;&nbsp;&nbsp;&nbsp;<span id='views'></span>次",
        {"author": None, "editor": None, "source": None},
    ),
    # a view counter's words after the writer (the count written by script): no second name
    (
        "writer-then-view-counter",
        f"<span>{DATE}:00<em><a href='#'>科技日报</a></em><i>|</i>作者：张明华</span>"
        "<span class='num'><em id='views'></em>人看过</span>",
        {"author": "张明华", "editor": None},
    ),
    (
        "writer-then-counted-views",
        f"{DATE} 作者：张明华 128人阅读",
        {"author": "张明华", "editor": None},
    ),
    # neighbours: a named editor after a colonless 编辑 keeps the name, and a site desk's own
    # editor label with its colon stays the editor slot
    (
        "colonless-editor-kept",
        f"{DATE} 来源：科技日报 编辑 李晓",
        {"editor": "李晓", "source": "科技日报"},
    ),
    ("site-editor-labelled", f"{DATE} 来源：科技日报 网站编辑：李晓", {"editor": "李晓"}),
    # an outlet after the date stays the source; a name with 人 in it stays a name
    (
        "outlet-after-date",
        f"{DATE} 科技日报社 作者：张明华",
        {"source": "科技日报社", "author": "张明华"},
    ),
    ("writer-named-with-ren", f"{DATE} 作者：任人杰", {"author": "任人杰"}),
]


@pytest.mark.parametrize(("name", "meta", "want"), META_LEFT, ids=[c[0] for c in META_LEFT])
def test_meta_line_left(name: str, meta: str, want: dict[str, str | None]) -> None:
    out = run(article(meta), HEAD)
    for key, value in want.items():
        got = out.get(key)
        assert (names(got) if key in ("author", "editor") else got) == (
            names(value) if key in ("author", "editor") else value
        ), key


MENU = (
    "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/xwzx/'>新闻中心</a></li>"
    "<li><a href='/about/'>关于我们</a></li></ul>"
)
SEARCH_FORM = (
    "<div class='side'><form action='/plus/search.php'><table>"
    "<tr><th>目的地</th><td><input name='a'></td></tr><tr><th>价格范围</th><td><select name='p'>"
    "<option>不限</option></select></td></tr><tr><th>出发日期</th><td><input name='d'></td></tr>"
    "<tr><th>出行天数</th><td><input name='n'></td></tr></table></form></div>"
)
CAROUSEL = (
    "<div class='carousel'><a class='left' href='#slides' data-slide='prev'><span>&lt;</span>"
    "<span class='sr-only'>Previous</span></a><a class='right' href='#slides' data-slide='next'>"
    "<span>&gt;</span><span class='sr-only'>Next</span></a></div>"
)
LEAF_TRAIL = (
    "<div class='pos'><a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a> &gt; "
    "<a href='/xwzx/yqdt/'>园区动态</a></div>"
)
CATEGORY_LEFT = [
    # a trail written as text in a heading, one link around it (a PHPCMS theme)
    (
        "home-text-trail-in-heading",
        "<h3 class='h3'><a href='#'><em>首页>园区动态</em></a></h3>",
        "园区动态",
    ),
    ("home-text-trail-unlinked", "<h3><em>首页 &gt; 新闻中心 &gt; 园区动态</em></h3>", "园区动态"),
    # a home link after the trail's last separator (a second copy of the trail)
    (
        "trail-then-home-link",
        "<div class='pos'><span>当前位置&gt;&gt;<a href='/xwzx/'>新闻中心</a> &gt; "
        "<a href='/xwzx/yqdt/'>园区动态</a> &gt; </span><a href='/' class='gohome'>首页</a></div>",
        "园区动态",
    ),
    # a search form's field labels between the menu's 首页 and a box heading, and a carousel's
    # arrows: no trail
    ("search-form-labels", MENU + SEARCH_FORM + "<h3>文章内容</h3>", None),
    ("carousel-arrows", CAROUSEL, None),
    # neighbours: a heading that names a column with no home item first, a trail of links whose
    # first link is a fragment's, and a linked trail beside a carousel
    ("heading-without-home", "<h3>园区动态 &gt; 活动</h3>", None),
    ("trail-beside-carousel", CAROUSEL + LEAF_TRAIL, "园区动态"),
    (
        "column-named-home-page",
        "<div class='pos'><a href='/'>首页</a> &gt; <a href='/sy/'>首页推荐</a></div>",
        "首页推荐",
    ),
]


@pytest.mark.parametrize(
    ("name", "trail", "want"), CATEGORY_LEFT, ids=[c[0] for c in CATEGORY_LEFT]
)
def test_category_left(name: str, trail: str, want: str | None) -> None:
    out = run(article(f"发布时间：{DATE} 来源：科技日报", trail), HEAD)
    if want is None:
        assert out.get("category") is None
    else:
        assert category_leaf(out.get("category")) == want


def box_page(
    box: str, title_tag: str, headline: str = f"<div class='articleTitle'>{HEADLINE}</div>"
) -> dict:
    """A column box heading over the headline, the meta line and the text under them."""
    body = (
        f"{box}<div class='con'>{headline}<div class='info'><span>来源：科技日报</span>"
        f"<span>作者：张明华</span><span>日期：2023-05-17</span></div>{PARAS}</div>"
    )
    return run(body, f"<title>{title_tag}</title>")


TITLE_LEFT = [
    # the trail's leaf as a linked box heading, <title> the site alone (a DedeCMS theme)
    (
        "box-heading-trail-leaf",
        f"{MENU}<ul><li>{LEAF_TRAIL}</li></ul><h3><a href='/xwzx/yqdt/'>园区动态</a></h3>",
        "星海科技园",
    ),
    # a banner's column heading over its trail, <title> the column alone (a PbootCMS theme)
    (
        "banner-heading-over-trail",
        f"<div class='banner'><h4>园区动态</h4>{LEAF_TRAIL}</div>",
        "园区动态-",
    ),
    # the box heading a menu item links, no trail
    ("box-heading-menu-item", f"{MENU}<h3>关于我们</h3>", "星海科技园"),
]


@pytest.mark.parametrize(("name", "box", "title_tag"), TITLE_LEFT, ids=[c[0] for c in TITLE_LEFT])
def test_title_under_box_heading(name: str, box: str, title_tag: str) -> None:
    assert box_page(box, title_tag).get("title") == HEADLINE


def test_short_headline_that_is_no_column_stays() -> None:
    # neighbour: a short heading that no trail or menu names, over a longer plain line (a deck)
    out = box_page(
        f"{MENU}",
        "园区动态-星海科技园",
        "<h3>园区动态</h3><div>科技成果对接会上十五项合作达成意向</div>",
    )
    assert out.get("title") == "园区动态"


@pytest.mark.parametrize(
    "line",
    [
        "<div>025-89683791</div>",  # a contact box's phone number under 关于我们
        "<div>新闻资讯 / 关于我们</div>",  # the column's own trail again on a list page
    ],
)
def test_line_under_a_box_heading_that_is_no_headline(line: str) -> None:
    # neighbours: the box heading a menu item links keeps its place over a line that is no
    # headline (no headline on the page but the box heading)
    out = box_page(f"{MENU}<h3>关于我们</h3>", "关于我们-星海科技园", line)
    assert out.get("title") == "关于我们"


def test_page_heading_named_whole_by_the_title_stays() -> None:
    # an about page: its heading (a menu item too) is what <title> names whole; the subtitle
    # under it is no headline
    body = (
        f"{MENU}<header><h2 class='article-title'><a href='/about/'>关于我们</a></h2>"
        "<h3 class='article-subtitle'>介绍本站与我们的团队</h3></header>"
        f"<div class='date'>2023-05-17</div>{PARAS}"
    )
    assert run(body, "<title>关于我们</title>").get("title") == "关于我们"


def test_section_heading_over_a_date_line_stays() -> None:
    # a home page's section heading that a menu links by a fragment, a date line under it
    menu = (
        "<ul><li><a href='/zh/#talks'>受邀演讲</a></li><li><a href='/zh/#news'>新闻</a></li></ul>"
    )
    body = f"{menu}<h1>受邀演讲</h1><div>最近更新于 8月 19, 2025</div><div>2025-08-19</div>{PARAS}"
    assert run(body, "<title>星海实验室</title>").get("title") == "受邀演讲"
