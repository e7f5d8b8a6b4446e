"""Trail shapes no dev page shows (fields3, issue 10): lists whose separators CSS draws,
schema.org microdata and a WebPage's nested JSON-LD trail, separator images, a home item named
官网首页. Each page is our own small shape; exact values."""

from __future__ import annotations

import json

import pytest
from page_shapes import PROSE, run

TITLE = "高新区孵化器发布年度报告"
HOME, NEWS, LEAF = (
    "<a href='/'>首页</a>", "<a href='/news/'>新闻中心</a>", "<a href='/news/gq/'>园区动态</a>",
)  # fmt: skip
IMG = "<img src='/images/arrow.gif'>"
GQ = "<a href='/gq.html'>园区动态</a>"  # a page of the root, not a folder that holds the article


def li(*items: str) -> str:
    return "".join(f"<li>{i}</li>" for i in items)


def trail_page(trail: str, head: str = "") -> dict:
    """A news page whose trail is ``trail``, right above the headline, under a short menu."""
    return run(
        "<div><a href='/'>网站首页</a> <a href='/about/'>关于我们</a> <a href='/c/'>联系我们</a></div>"
        f"{trail}<h1>{TITLE}</h1><div>发布时间：2024-03-05 来源：园区管委会</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}_园区网</title>{head}",
        url="http://www.park.cn/news/gq/2024/0305/1.html",
    )


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        # a list of links, separators drawn by CSS, a class that names nothing
        (f"<div><ul class='c2'>{li(HOME, NEWS, LEAF)}</ul></div>", "新闻中心 > 园区动态"),
        (f"<div><ol>{li(HOME, LEAF)}</ol></div>", "园区动态"),
        # the leaf a section inside the item before it (not one that holds the page)
        (
            f"<ul>{li(HOME, NEWS, chr(60) + 'a href=/news/zx/>资讯</a>')}</ul>",
            "新闻中心 > 资讯",
        ),
        # the site's name first, an item of more than twelve characters
        (
            f"<ul>{li(chr(60) + 'a href=/index.html>园区网</a>', NEWS, '园区动态 ParkNews 专栏')}</ul>",
            "新闻中心 > 园区动态 ParkNews 专栏",
        ),
        # separator images: two links, the site's name first, an unlinked leaf, a closing 正文
        (f"<div>{HOME}{IMG}{LEAF}</div>", "园区动态"),
        (
            f"<div><a href='/index.html'>园区网</a>{IMG}{NEWS}{IMG}园区动态</div>",
            "新闻中心 > 园区动态",
        ),
        (
            f"<div><a href='/'>园区网</a>{IMG}{NEWS}{IMG}{LEAF}{IMG}正文</div>",
            "新闻中心 > 园区动态",
        ),
        # a label, then links parted by images (the label glued to the first link)
        (f"<h2>您的当前位置{NEWS}{IMG}{LEAF}</h2>", "新闻中心 > 园区动态"),
        (f"<p>当前位置：{IMG}{HOME}{IMG}{NEWS}{IMG}{LEAF}</p>", "新闻中心 > 园区动态"),
        # an arrow inside the first item only, the rest drawn by CSS
        (
            f"<ul>{li(HOME.replace('首页', '首页&gt;&gt;'), NEWS, LEAF, '正文')}</ul>",
            "新闻中心 > 园区动态",
        ),
        # a kicker line (引题) between the list and the headline
        (f"<ul>{li(HOME, LEAF)}</ul><h3>园区快讯</h3>", "园区动态"),
        # schema.org microdata names the list a trail
        (
            f"<ol itemscope itemtype='https://schema.org/BreadcrumbList'>{li(HOME, NEWS, LEAF)}</ol>"
            "<p>园区快讯</p>",
            "新闻中心 > 园区动态",
        ),
        # 官网首页 is the home item
        (
            f"<div>{HOME.replace('首页', '官网首页')} &gt; {NEWS} &gt; {LEAF}</div>",
            "新闻中心 > 园区动态",
        ),
    ],
)
def test_trail_shapes_of_other_cmss(trail: str, category: str) -> None:
    assert trail_page(trail)["category"] == category


def test_a_webpage_nested_jsonld_trail_names_the_shown_items() -> None:
    """A WebPage whose ``breadcrumb`` holds the BreadcrumbList (not a node of its own), the
    items shown as plain links in a row of spans: the JSON-LD trail is read."""
    items = [{"@type": "ListItem", "position": n, "name": name}
             for n, name in enumerate(["首页", "新闻中心", "园区动态"], 1)]  # fmt: skip
    data = {"@context": "https://schema.org", "@type": "WebPage",
            "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": items}}  # fmt: skip
    head = f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
    rec = trail_page(
        f"<div><span>{HOME}</span> <span>{NEWS}</span> <span>{LEAF}</span></div>", head
    )
    assert (rec["category"], rec["extraction"]["breadcrumb"]) == ("新闻中心 > 园区动态", "jsonld")


@pytest.mark.parametrize(
    "menu",
    [
        # a menu: more items than a trail, or links to sibling sections of the home page
        f"<div><ul>{li(HOME, NEWS, LEAF, '<a href=/a/>关于</a>', '<a href=/b/>联系</a>', '<a href=/c/>招聘</a>')}</ul></div>",
        f"<div><ul>{li(HOME, '<a href=/a/>关于</a>', '<a href=/b/>联系</a>', '<a href=/c/>招聘</a>')}</ul></div>",
        # share buttons parted by icons: no home item
        f"<div><a href='http://weibo.com/x'>微博</a>{IMG}<a href='http://weixin.qq.com'>微信</a></div>",
        # a list of links that is not the line right above the headline (nor above a kicker)
        f"<ul>{li(HOME, GQ)}</ul><p><a href='/kx/'>园区快讯</a></p>",
        f"<ul>{li(HOME, GQ)}</ul><p>园区快讯</p><p>本期导读</p>",
        # an account box right above the headline, its first link to the home page (misses39)
        f"<ul>{li(chr(60) + 'a href=/>登录</a>', chr(60) + 'a href=/reg/>注册</a>')}</ul>",
    ],
)
def test_menus_stay_menus(menu: str) -> None:
    assert trail_page(menu)["category"] is None


def test_a_headline_shown_only_in_the_title_tag() -> None:
    """No element shows the headline; a sidebar's h3 stands over the date line: the headline is
    <title> without its site suffix."""
    rec = run(
        "<div><h3>相关推荐</h3><div>发布时间：2024-03-05</div></div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}_新闻中心_园区网</title>",
    )
    assert (rec["title"], rec["extraction"]["title"]) == (TITLE, "ref-title(none shown)")


def test_an_account_name_over_the_date_line_is_no_headline_the_title_tag_names() -> None:
    """An account's name (a share button's 微信) is the plain line over the date line and the
    headline shows only in <title>: <title> without its suffix is the headline."""
    rec = run(
        "<div><span>微信公众号</span></div><div>发布时间：2024-03-05</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}_新闻中心_园区网</title>",
    )
    assert (rec["title"], rec["extraction"]["title"]) == (TITLE, "ref-title(none shown)")


def test_an_h2_over_the_date_line_stays_when_the_title_tag_names_another_post() -> None:
    """A blog's <title> may name another post than the h2 right above the date line."""
    rec = run(
        f"<h2>{TITLE}</h2><div>发布时间：2024-03-05</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>另一篇文章讲算法细节_博客_园区网</title>",
    )
    assert rec["title"] == TITLE


def test_a_headline_broken_over_two_lines_in_a_plain_div() -> None:
    """``<div>园区召开<br>年度工作会议</div>`` over the date line: the line above the date is the
    second half; <title> holds both, so both are the headline."""
    rec = run(
        "<div>高新区孵化器<br>发布年度报告</div><div>发布时间：2024-03-05</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}_园区网</title>",
    )
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    "html_title",
    [
        f"{TITLE}-股票频道",  # a channel after a bare hyphen
        f"{TITLE}--文化-",  # doubled and trailing hyphens
        f"{TITLE}_政务",  # a section's common word alone
        f"{TITLE} | 政治 | 园区网",
        f"{TITLE}- 园区日报網頁",  # the site's name glued to a hyphen, ending in 網頁
        f"园区新闻 - 財經 - {TITLE} - park.cn",  # the site and its channel before the headline
    ],
)
def test_a_title_tag_channel_suffix_goes_when_the_headline_is_only_there(html_title: str) -> None:
    rec = run(f"<div>发布时间：2024-03-05</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
              f"<title>{html_title}</title>")  # fmt: skip
    assert rec["title"] == TITLE


def _story_page(title_tag: str, leaf: str = "") -> dict:
    """A school site's story page (cdjzzyzzx-cn edu/jb, misses39): the heading a link to
    nowhere, the trail under it ending in a link to the page itself, <title> the headline."""
    return run(
        "<div class='rtop'><h5><a href='javascript:'>建中学子严夏云</a></h5><span><em>您的位置：</em>"
        "<a href='/'>首页</a>&nbsp;>&nbsp;<a href='/edu/'>教学成果</a>&nbsp;>&nbsp;"
        "<a href='/edu/jb/'>优秀学子</a>"
        + (f" > <a href='/edu/jb/22.html'>{leaf}</a>" if leaf else "")
        + " </span></div>"
        f"<div class='story'><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{title_tag}</title>",
        url="http://cdjzz.example.cn/edu/jb/22.html",
    )


def test_a_trail_ending_in_the_headline_only_the_title_tag_names() -> None:
    """No heading the title rules take; the trail's leaf is <title>'s headline: the page itself,
    not its column."""
    rec = _story_page("建中学子严夏云", "建中学子严夏云")
    assert (rec["title"], rec["category"]) == ("建中学子严夏云", "教学成果 > 优秀学子")


def test_a_short_title_tag_equal_to_the_leaf_is_the_page_itself() -> None:
    """A <title> as short as a column's name (优秀学子), the trail's leaf, no heading shown: the
    leaf is the page's own item whatever its length (the lead's session-21 decision on single-page
    columns, decide92; it stayed as the column before): the item before it is the category."""
    rec = _story_page("优秀学子")
    assert rec["category"] == "教学成果"


def test_a_trail_ending_in_an_arrow_stops_at_the_headline_of_a_short_page() -> None:
    """``当前位置: 主页 > 联系我们 >`` alone in its list, the headline, the meta line and a text of
    a picture and three lines in the same small box (a DedeCMS page, gongjunwei/justformme
    lianxiwomen/98, misses39): the trail ends before the headline."""
    rec = run(
        "<div class='introdutoggle'><ul class='ui-tab'>当前位置: <a href='/'>主页</a> > "
        "<a href='/lianxiwomen/'>联系我们</a> > </ul><div class='ui-sub'>"
        "<div align='center'><h1>部分年青教师</h1></div><div><i><strong><div align='right'>"
        "<small>来源:</small>家教中心 <small>作者:</small>在职教师 <small>时间:</small>"
        "2012-11-20 17:59</div></strong></i><hs><img alt='教师' src='/uploads/1.jpg'><br>"
        "为您提供一对一上门家教服务。<br>所有老师都是一线在职教师！<br>第一次课半价</hs></div>"
        "</div></div>",
        "<title>部分年青教师_双高教育</title>",
        url="http://www.example.cn/lianxiwomen/98.html",
    )
    assert (rec["title"], rec["category"]) == ("部分年青教师", "联系我们")
