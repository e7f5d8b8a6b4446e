"""The screens' left meta-line, source and date shapes (follow304, issue 10, session 38): other
posts' cards and a timeline's days read as the page's meta line, an info card's cells read as
an account line, a subtitle glued to its day read as an outlet, an infographic page's minor
headline over its source line, and a head's update date on a page that shows no date."""

from __future__ import annotations

import pytest
from lxml import html
from page_shapes import PROSE, run

from incubator_crawler.article.meta_line import _cut_headline
from incubator_crawler.article.people.beside_date import _names_around_date

HEADLINE = "园区举办第三届创新创业大赛决赛"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


# 1. a sidebar's <div> post cards (Hexo Butterfly's 最新文章 aside)
def _card(title: str, day: str) -> str:
    return (
        "<div class='aside-list-item'><a class='thumbnail' href='/p/1/' title='x'><img src='/a.png'"
        f" alt='x'></a><div class='content'><a class='title' href='/p/1/' title='{title}'>{title}"
        f"</a><time datetime='{day}T12:38:46.000Z'>{day}</time></div></div>"
    )


ASIDE = (
    "<div class='card-widget card-recent-post'><div class='item-headline'><span>最新文章</span>"
    "</div><div class='aside-list'>"
    + _card("No Flesh Within Chest（暂译名：脆骨症）", "2024-06-01")
    + _card("新增服务器状态监控", "2024-05-21")
    + _card("橘子服开服公告", "2024-04-06")
    + "</div></div>"
)


# a gallery page's pictures as the theme writes them: a JSON list in a hidden-data <div>
GALLERY = (
    "["
    + ",".join(
        f'{{"url":"https://pic1.zhimg.com/80/v2-{i}_1440w.png","alt":""}}' for i in range(10)
    )
    + "]"
)


def _butterfly(meta: str = "", head: str = "", text: str = "") -> dict:
    # a gallery page: its pictures only, no text of its own (unless ``text``)
    body = (
        f"<header><div id='page-site-info'><h1 id='site-title'>{HEADLINE}</h1></div></header>"
        f"<main class='layout'><div id='page'>{meta}<div id='article-container'>"
        f"<div class='gallery-container'><div class='gallery-data'>{GALLERY}</div></div>{text}"
        "<p><a href='/Gallery'>返回相册</a></p></div></div>"
        f"<div class='aside-content'>{ASIDE}</div></main><footer id='footer'><div class='copyright'>"
        "©2023 - 2024 By ECUSTMC</div><div class='footer_custom_text'>ECUST Computer Information"
        " Communication &amp; VR Club<br/><a href='https://beian.miit.gov.cn/'>苏ICP备2023000758号-2</a>"
        " | <a href='http://www.beian.gov.cn/'>沪公网安备31012102000135号</a></div></footer>"
    )
    return run(body, f"<title>{HEADLINE} | 方块乐享部</title>{head}")


def test_a_sidebars_post_cards_are_no_meta_line() -> None:
    """ecustvr.top's gallery pages: ``新增服务器状态监控2024-05-21`` was read as ``NAME DATE``."""
    out = _butterfly()
    assert out["author"] is None
    assert out["published_at"] is None


def test_the_posts_own_meta_row_beside_the_cards_is_read() -> None:
    """Negative neighbour: the post's own ``NAME DATE`` row under its headline, the cards beside."""
    out = _butterfly(
        "<div class='post-meta'><span>王丽华</span> <span>2024-03-05</span></div>", text=TEXT
    )
    assert out["author"] == "王丽华"
    assert out["published_at"] == "2024-03-05"


def test_a_lone_dated_link_line_is_still_a_meta_line() -> None:
    """Negative neighbour: one ``<div>`` of a link and a date, no sibling of its kind dated: the
    page's own line (its linked name and date)."""
    body = (
        f"<h1>{HEADLINE}</h1><div class='meta'><a href='/u/wlh/'>王丽华</a> 2024-03-05</div>"
        f"<div class='related'><div>园区动态</div></div>{TEXT}"
    )
    out = run(body, f"<title>{HEADLINE}</title>")
    assert out["author"] == "王丽华"
    assert out["published_at"] == "2024-03-05"


def test_a_posts_own_date_link_beside_its_text_is_no_card() -> None:
    """Negative neighbour (dreammagic's Hexo theme): the meta row's date is a permalink
    (``<a><time>DATE</time></a>``) and the text's box beside it holds links and dates: the row
    is the page's meta line (taken for a card, the text's dated subtitle became the meta line
    and cut the text's opening lines off the body)."""
    body = (
        f"<h1>社团公告</h1><article><div class='article-inner'><div class='article-meta'>"
        "<div class='article-date'><a href='/2024/12/01/a/'><time datetime='2024-12-01T07:42:41Z'>"
        "2024-12-01</time></a></div></div><div class='hr-line'></div><div class='e-content'>"
        "<h2>第一版总章程</h2><h2>由社长编写 起草时间2024-12-1</h2>"
        f"<p>{PROSE}<a href='/about/'>关于我们</a></p><p>{PROSE}</p></div></div></article>"
    )
    out = run(body, "<title>社团公告 | 梦雾社</title>")
    assert out["extraction"]["published"] == "meta-line:date"
    assert out["published_at"] == "2024-12-01"


# 1b. a list row whose headline is cut short, its title attribute whole (one row alone)
def _profile(row: str) -> dict:
    body = (
        "<div class='left'><h3>活动播报</h3><ul class='tn-list'>"
        f"<li class='tn-list-item'>{row}</li></ul></div>"
        f"<div class='main'><h1>广场街道</h1><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    return run(body, "<title>广场街道</title>")


def test_a_cut_headline_row_alone_is_no_meta_line() -> None:
    """tslnedu's profile pages: ``推动全民健... 2012/10/20 11:38:32`` in a one-row box."""
    out = _profile(
        "<a href='T-38.html' title='推动全民健身活动的广泛开展'>推动全民健...</a>"
        "&nbsp;&nbsp;2012/10/20 11:38:32"
    )
    assert out["author"] is None
    assert out["published_at"] is None


@pytest.mark.parametrize(
    "link",
    [
        "<a href='/u/1' title='推动全民健身活动的广泛开展'>推动全民健身活动的广泛开展</a>",
        "<a href='/u/1'>推动全民健...</a>",  # no title attribute holding the whole
    ],
)
def test_an_uncut_or_untitled_row_alone_is_read_as_before(link: str) -> None:
    """Negative neighbours: the link's text whole, or no title holding more: not cut."""
    assert _cut_headline(html.fromstring(link)) is False


# 2. a timeline's dated entries (a 历史上的今天 box) under the post's own row
def _timeline(items: int) -> dict:
    rows = "".join(
        f"<li><div class='item-date'> {2015 - 7 * i}.12.10 </div><div class='item-title'>"
        f" {t} </div></li>"
        for i, t in enumerate(
            ["2015世俱杯开战", "美国NASA哈勃望远镜发现太阳系外行星大气层含二氧化碳", "赵薇事件"][
                :items
            ]
        )
    )
    body = (
        f"<h1>历史上的今天：铭记历史砥砺前行！</h1><div class='article-meta'>"
        "<span><i class='fa fa-clock-o'></i> 2020年04月04日 17:02:59</span> <span><i"
        " class='fa fa-comment-o'></i><a href='#c'>0</a></span> <span><i class='fa fa-user'></i>"
        "老鲫鱼</span>"
        f"</div><article><div class='tt_today'><ul class='timeline'>{rows}</ul></div>"
        f"<p>{PROSE}</p></article>"
    )
    return run(body, "<title>历史上的今天：铭记历史砥砺前行！ - 国外网赚</title>")


def test_a_timelines_days_are_no_meta_line() -> None:
    """43626.com: ``2015.12.10`` over ``2015世俱杯开战`` was read as an account line over the
    page's own ``DATE 0 老鲫鱼`` row, and an entry's day dated the page."""
    out = _timeline(3)
    assert out["author"] == "老鲫鱼"
    assert out["published_at"] == "2020-04-04T17:02:59+08:00"


def test_a_meta_list_of_one_dated_item_is_still_read() -> None:
    """Negative neighbour: the page's own meta line set as a list, one item dated (the others a
    name and a count): no timeline."""
    body = (
        f"<h1>{HEADLINE}</h1><ul class='meta'><li>2024-03-05</li><li>王丽华</li><li>阅读 35</li>"
        f"</ul>{TEXT}"
    )
    assert run(body, f"<title>{HEADLINE}</title>")["published_at"] == "2024-03-05"


# 3. an event page's info card: label / value cells side by side
def _event(cells: list[tuple[str, str]]) -> dict:
    row = "".join(
        f"<div class='col-md-3'><div class='ml-4'><h5>{k}</h5><span>{v}</span></div></div>"
        for k, v in cells
    )
    body = (
        "<section><div class='col-lg-8'><h2>2019中国DevOps社区年会</h2>"
        f"<img src='/e.png' alt='project image'><div class='row'>{row}</div>"
        f"<div class='content'><h3>大会简介</h3><p>{PROSE}</p></div></div></section>"
    )
    return run(body, "<title>2019中国DevOps社区年会 - 中国 DevOps 社区</title>")


def test_an_info_cards_cells_name_no_account() -> None:
    """devopschina.org's event pages: the 类型 cell's label was read as the account line."""
    out = _event([("城市", "杭州"), ("类型", "年会"), ("日期", "01 Sep 2019"), ("状态", "已结束")])
    assert out["author"] is None
    assert out["published_at"] == "2019-09-01"


def test_a_name_line_over_a_labelled_date_is_still_the_account() -> None:
    """Negative neighbour: a name on a line of its own between the headline and a labelled date
    line (iCMS / baijiahao's header), no cells: the account line as before."""
    body = (
        f"<h1>{HEADLINE}</h1><div class='author'>王丽华</div>"
        f"<div class='time'>发布时间：2023-05-17 09:30</div>{TEXT}"
    )
    out = run(body, f"<title>{HEADLINE}</title>")
    assert out["author"] == "王丽华"


# 4. a subtitle glued to its day
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2018.6.23集训内容", (None, None)),
        ("2018-06-23集训内容", (None, None)),
        # neighbours: an outlet apart from the day, a clock's glued outlet, a verb then a name
        ("2018.6.23 集训内容", (None, "集训内容")),
        ("2024-05-20 14:33·新华社", (None, "新华社")),
        ("2018-11-03丨证券时报网", (None, "证券时报网")),  # the bar a Han character
    ],
)
def test_words_glued_to_a_day_are_no_outlet(line: str, want: tuple) -> None:
    assert _names_around_date(line) == want


# 5. an infographic page: a minor heading over the source line, the figures in a table
def _infographic(line: str) -> dict:
    rows = "".join(
        f"<tr><td><p>{i}.目前我国彩票公益金提取比例</p><p>返奖：不得超过75%</p></td></tr>"
        for i in range(1, 4)
    )
    body = (
        "<ol class='breadcrumb'><span>当前位置：</span><a href='/'>首页</a> &gt; "
        "<a href='/fczsb/sz/'>数字</a></ol><div class='row'><div class='text_content'>"
        f"<h4>数据透视福彩——公益篇 </h4>{line}<div class='dropdown'><a class='share'></a></div>"
        f"<div class='article'><table><tbody>{rows}<tr><td><p>{PROSE}</p><p>{PROSE}</p></td></tr>"
        "</tbody></table></div></div></div>"
    )
    return run(body, "<title>数据透视福彩——公益篇</title>", url="http://www.cwl.gov.cn/c/a.shtml")


def test_a_minor_headline_over_a_source_and_date_line() -> None:
    """cwl.gov.cn c/2017-11-16/419206: headline, source and date were missed."""
    out = _infographic(
        "<small>来源：<span> 中国福彩网 </span></small>"
        "<small class='sj-zh'>&nbsp;&nbsp;2017-11-16&#32;16:59</small>"
    )
    assert out["title"] == "数据透视福彩——公益篇"
    assert out["source"] == "中国福彩网"
    assert out["published_at"] == "2017-11-16T16:59:00+08:00"


def test_a_short_year_run_into_the_source_line_still_dates_nothing() -> None:
    """Negative neighbour (follow120): the short year run into the source's text: no date."""
    out = _infographic("<small>来源：<span> 中国福彩网 </span></small> 17-11-16 16:59")
    assert out["published_at"] is None


# 6. the head's update date on a page that shows no date of its own
def test_an_update_meta_dates_no_page_whose_publish_meta_is_unshown() -> None:
    """A Butterfly page with article:published_time and article:modified_time, showing neither
    (an aside card shows the update's day): no date (LABELLING.md)."""
    head = (
        "<meta property='article:published_time' content='2025-08-02T03:08:08.000Z'>"
        "<meta property='article:modified_time' content='2024-05-21T03:03:29.000Z'>"
    )
    assert _butterfly(head=head, text=TEXT)["published_at"] is None


def test_an_update_meta_alone_still_dates_a_page_that_shows_its_day() -> None:
    """Negative neighbour (baijiahao's ``dateUpdate``): no publish meta, the day shown."""
    head = "<meta property='article:modified_time' content='2024-03-05T09:30:00+08:00'>"
    body = f"<h1>{HEADLINE}</h1><div class='meta'>发布时间：24-03-0509:30</div>{TEXT}"
    out = run(body, f"<title>{HEADLINE}</title>{head}")
    assert (out["published_at"] or "")[:10] == "2024-03-05"
