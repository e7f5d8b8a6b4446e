"""The lead's session-21 decisions (tests/real/LABELLING.md, "Decisions settled by the lead in
session 21"), each shape with exact values and its negative neighbours, on synthetic pages.

The rows policy73 and decide79 left as strict xfails are plain tests in tests/test_policy_fields2.py
and tests/test_policy_institutions.py; these are the neighbours around them.
"""

from __future__ import annotations

import pytest
from test_lists88_shapes import TITLES, _links, _next, _page, _rows
from test_policy_fields import P1, SITE, TITLE, page

KICKER = "聚力创新共谋发展"
DECK = "——二十个项目同台角逐"


# -- 1-3: the title -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "head_title", "want"),
    [
        # 1. a deck in <small> that <title> leaves out goes, whatever else <title> holds
        (f"<h1>{TITLE}<small>{DECK}</small></h1>", f"{TITLE}_{SITE}", TITLE),
        (f"<h1>{TITLE}<small>{DECK}</small></h1>", SITE, TITLE),
        (f"<h2>{TITLE} <small>{DECK}</small></h2>", f"{TITLE} - {SITE}", TITLE),
        # neighbour: a <small> the <title> carries too is the headline's
        (f"<h1>{TITLE}<small>{DECK}</small></h1>", f"{TITLE}{DECK}_{SITE}", TITLE + DECK),
        # neighbour: a <small> inside the words (text after it) is no closing deck
        ("<h1>高新区举办<small>第五届</small>创新创业大赛总决赛</h1>", SITE, TITLE),
        # 2. a kicker in an element of its own above the headline, <title> joining both
        (f"<div class='tit'><p class='yt'>{KICKER}</p><h1>{TITLE}</h1></div>", KICKER + TITLE, TITLE),
        (f"<div class='tit'><h3>{KICKER}</h3><h1>{TITLE}</h1></div>", KICKER + TITLE, TITLE),
        (f"<div class='yt'>{KICKER}</div><h2>{TITLE}</h2>", f"{KICKER} {TITLE}_{SITE}", TITLE),
        # neighbour: inside one heading element the kicker line is joined (corpus43)
        (f"<h1>{KICKER}<br>{TITLE}</h1>", f"{KICKER}{TITLE}_{SITE}", KICKER + TITLE),
        (f"<h2 class='tit'><p><span style='font-family:楷体'>{KICKER}</span></p><p>{TITLE}</p></h2>",
         f"{KICKER}{TITLE}_{SITE}", KICKER + TITLE),
        # 3. a date beside the headline in an element or a line of its own, whatever <title> names
        (f"<h1>{TITLE}<span class='date'>2024-03-05</span></h1>", SITE, TITLE),
        (f"<h1>{TITLE}<span class='date'>2024-03-05</span></h1>", f"{TITLE} 2024-03-05_{SITE}", TITLE),
        (f"<h1><em>[2024-03-05]</em> {TITLE}</h1>", f"[2024-03-05] {TITLE}_{SITE}", TITLE),
        (f"<h1>{TITLE}<span>2024年3月5日 10:20</span></h1>", SITE, TITLE),
        (f"<h1>{TITLE}<br>2024-03-05</h1>", SITE, TITLE),
        # neighbour: a date written into the heading's words stays where <title> holds it too
        # (cuasia's newsletter 最新消息 2014年3月13日, a dev label) ...
        ("<h1>高新区工作简报 2024年3月5日</h1>", f"高新区工作简报 2024年3月5日_{SITE}",
         "高新区工作简报 2024年3月5日"),
        # ... and a span holding a year, not a full date, is a word of the headline
        (f"<h1>{TITLE}<span>2024</span></h1>", SITE, TITLE + "2024"),
    ],
)  # fmt: skip
def test_title(heading: str, head_title: str, want: str) -> None:
    """The headline without a closing <small> deck, a kicker above it, a date beside it."""
    out = page(heading=heading, head_title=head_title)
    assert out["title"] == want
    assert out["body"].split("\n")[0] == P1


def test_heading_date_still_dates_the_page() -> None:
    """The date cut from the title still stands as the page shows it (the meta line's day)."""
    out = page(heading=f"<h1>{TITLE}<span class='date'>2024-03-05</span></h1>", head_title=SITE)
    assert (out["title"], out["published_at"], out["published_precision"]) == (
        TITLE,
        "2024-03-05T10:20:00+08:00",
        "minute",
    )
    # no date line: the address's day, as before the cut (the heading's date agrees with it)
    out = page(
        heading=f"<h1>{TITLE}<span class='date'>2024-03-05</span></h1>", head_title=SITE, meta=""
    )
    assert (out["title"], out["published_at"], out["published_precision"]) == (
        TITLE,
        "2024-03-05",
        "day",
    )


# -- 4: hidden source metas give a source only where the 来源 slot shows the value ----------------
CS = "<meta name='ContentSource' content='北京日报'>"
LAIYUAN = "<script>var laiyuan = '北京日报'; if (laiyuan == '') { laiyuan = '本网'; } document.write(laiyuan);</script>"
COUNTER = "<script>document.write(128)</script>"


@pytest.mark.parametrize(
    ("meta", "head", "source"),
    [
        # the TRS slot a script fills from the meta: shown, and the value is the meta's
        (f"<div class='info'>发布时间：2024-03-05 10:20 <span>来源：{LAIYUAN}</span></div>", CS, "北京日报"),
        (f"<div class='info'>发布时间：2024-03-05 10:20 <span>来源：</span>{LAIYUAN}</div>", CS, "北京日报"),
        # an empty slot: nothing shown there, though the text names the same paper
        ("<div class='info'>发布时间：2024-03-05 10:20 来源： 浏览次数：128</div>", CS, None),
        # the script after the slot writes a counter, not the slot's value
        (f"<div class='info'>发布时间：2024-03-05 10:20 来源： 浏览次数：{COUNTER}</div>", CS, None),
        # no 来源 shown at all: the meta is hidden
        ("<div class='info'>发布时间：2024-03-05 10:20 浏览次数：128</div>", CS, None),
        # a shown 来源 value is the source, whatever the meta says
        ("<div class='info'>发布时间：2024-03-05 10:20 来源：高新区科技局</div>", CS, "高新区科技局"),
    ],
)  # fmt: skip
def test_hidden_source_meta(meta: str, head: str, source: str | None) -> None:
    """ContentSource gives the source only through the 来源 slot the page shows."""
    body = "<div class='content'>" + f"<p>北京日报报道，{P1}</p>" * 2 + "</div>"
    out = page(meta=meta, body=body, head=head)
    assert out["source"] == source
    assert out["published_at"] == "2024-03-05T10:20:00+08:00"


@pytest.mark.parametrize(
    ("site", "unit", "source"),
    [
        # 发布单位 is read as 发布机构: the body that runs the site alone is no source ...
        (SITE, SITE, None),
        ("某某市人民政府", "某某市人民政府", None),
        # ... another body is
        (SITE, "某某市财政局", "某某市财政局"),
        # ... and so is the office whose sub-site the page is on (session 20, vac.gov.tw)
        ("退除役官兵輔導委員會 臺北市服務處", "臺北市服務處", "臺北市服務處"),
    ],
)
def test_issuing_unit(site: str, unit: str, source: str | None) -> None:
    """发布单位 naming the site's own body gives no source; another body, or a sub-office, does."""
    meta = f"<div class='info'>发布时间：2024-03-05 10:20　发布单位：{unit}</div>"
    out = page(meta=meta, head_title=f"{TITLE} - {site}")
    assert out["source"] == source


# -- 5: a single-page column's own item closes its trail -------------------------------------------
ABOUT = (
    "<p>学校创办于一九八五年，是一所以建筑类专业为主的全日制中等职业学校，现有在校生三千余人。</p>"
)


def _trail(*items: str) -> str:
    links = "".join(f" &gt; <a href='/c{i}/'>{t}</a>" for i, t in enumerate(items[1:]))
    return f"<div class='position'>您的位置：<a href='/'>{items[0]}</a>{links}</div>"


@pytest.mark.parametrize(
    ("trail", "heading", "head_title", "category"),
    [
        # the <title>'s headline only, no heading shown: the leaf equal to it is the page's own
        (_trail("首页", "关于我们", "学校简介"), "", f"学校简介-{SITE}", "关于我们"),
        (_trail("首页", "教学项目", "土木水利"), "", f"土木水利-{SITE}", "教学项目"),
        (_trail("首页", "兴盛社区", "公共卫生"), "", f"公共卫生-{SITE}", "兴盛社区"),
        # the same shown in a heading
        (_trail("首页", "关于我们", "学校简介"), "<h1>学校简介</h1>", f"学校简介-{SITE}", "关于我们"),
        # only the home root before it: null
        (_trail("首页", "公司概况"), "", f"公司概况-{SITE}", None),
        (_trail("网站首页", "公司概况"), "", f"公司概况_{SITE}", None),
        (_trail("主页", "公司概况"), "<h2>公司概况</h2>", f"公司概况_{SITE}", None),
        # neighbour: a leaf that is not the page's headline is the column holding the page
        (_trail("首页", "关于我们", "学校简介"), "", f"办学理念-{SITE}", "关于我们 > 学校简介"),
        (_trail("首页", "公司概况"), "", f"企业文化-{SITE}", "公司概况"),
    ],
)  # fmt: skip
def test_single_page_column(trail: str, heading: str, head_title: str, category) -> None:
    """The trail's item before the page's own is its category; the home root alone is none."""
    out = page(trail=trail, heading=heading, head_title=head_title, meta="", body=ABOUT * 3)
    assert out["category"] == category


# -- 6: the page-number reader takes a marked current number -------------------------------------
SAVED = "https://www.example.cn/zhinan/list-6/x"  # a saved page: its address names no number


def _linked(marks: dict[int, str], *, li: bool = True, n: int = 5) -> str:
    """A pager whose every number is linked, then 尾页; ``marks``: number -> the attribute that
    marks it, set on its ``<li>`` (``li``) or on the link itself."""
    items = []
    for k in range(1, n + 1):
        mark = f" {marks[k]}" if k in marks else ""
        link = f'<a href="/zhinan/list-6/p{k}"{"" if li else mark}>{k}</a>'
        items.append(f"<li{mark}>{link}</li>" if li else link)
    last = f'<a href="/zhinan/list-6/p{n}">尾页</a>'
    if li:
        return f'<ul class="pagination">{"".join(items)}<li>{last}</li></ul>'
    return f'<div class="pages">{"".join(items)}{last}</div>'


@pytest.mark.parametrize(
    ("pager", "want"),
    [
        # the mark on the <li> (Element UI, Bootstrap) or on the link itself
        (_linked({1: 'class="number active"'}), "p2"),
        (_linked({3: 'class="page-item active"'}), "p4"),
        (_linked({2: 'aria-current="page"'}), "p3"),
        (_linked({2: 'class="selected"'}, li=False), "p3"),
        (_linked({4: 'class="cur"'}, li=False), "p5"),
        (_linked({1: 'class="on"'}, li=False), "p2"),
        # the last number marked: no next number
        (_linked({5: 'class="active"'}), None),
        # neighbours: none marked, or two marked (null beats a guess)
        (_linked({}), None),
        (_linked({1: 'class="active"', 3: 'class="active"'}), None),
    ],
)  # fmt: skip
def test_marked_current_number(pager: str, want: str | None) -> None:
    """Every number linked: the marked one is the current page, the next number the next."""
    html = _page(f"<ul>{_rows()}</ul>{pager}")
    assert _next(html, SAVED) == (f"https://www.example.cn/zhinan/list-6/{want}" if want else None)


def test_a_marked_number_in_a_nav_menu_is_no_pager() -> None:
    """A menu's highlighted item that reads as a number stands among the site's sections."""
    menu = (
        '<ul class="nav"><li><a href="/">首页</a></li><li class="active"><a href="/zhinan/list-6/p1">1</a>'
        '</li><li><a href="/zhinan/list-6/p2">2</a></li><li><a href="/about/">关于我们</a></li></ul>'
    )
    html = _page(f"{menu}<ul>{_rows()}</ul>")
    assert _next(html, SAVED) is None


# -- 7a: a yearless shown date takes the year of the address's full day on that month and day ----
TRS_URL = "http://www.hitech.example.cn/xwzx/yqdt/202403/t20240305_1234.html"


@pytest.mark.parametrize(
    ("line", "url", "published"),
    [
        ("发布时间：03-05 10:20", TRS_URL, ("2024-03-05T10:20:00+08:00", "minute")),
        ("发布时间：03-05", TRS_URL, ("2024-03-05", "day")),
        ("发布时间：3月5日 10:20:31", TRS_URL, ("2024-03-05T10:20:31+08:00", "second")),
        ("发布时间：03-05 10:20", "http://www.hitech.example.cn/art/2024/3/5/art_1_99.html",
         ("2024-03-05T10:20:00+08:00", "minute")),
        # neighbours: the address names another day, or only a month, or nothing: no year shown
        ("发布时间：03-06 10:20", TRS_URL, (None, None)),
        ("发布时间：03-05 10:20", "http://www.hitech.example.cn/xwzx/yqdt/202403/1234.html", (None, None)),
        ("发布时间：03-05 10:20", "http://www.hitech.example.cn/xwzx/yqdt/1234.html", (None, None)),
    ],
)  # fmt: skip
def test_yearless_date_with_the_address_year(line: str, url: str, published: tuple) -> None:
    """Two witnesses agree on the month and day: the address's year, the line's precision."""
    out = page(meta=f"<div class='info'>{line} 来源：高新区科技局</div>", url=url)
    assert (out["published_at"], out["published_precision"]) == published


# -- 7b: a row whose title opens its story by script counts where the page names the address ------
def _script_rows(link: str) -> str:
    """Four dated rows, each title linked as ``link`` (``{n}`` the story's number, ``{t}`` its title)."""
    return "".join(
        f"<li>{link.format(n=100 + i, t=t)}<span>2025-04-{20 + i}</span></li>"
        for i, t in enumerate(TITLES)
    )


STORIES = [f"https://www.example.cn/zhinan/{100 + i}.html" for i in range(4)]


@pytest.mark.parametrize(
    ("link", "want"),
    [
        # the address in the onclick, whatever the call, or in data-url
        ('<a href="#" onclick="window.open(\'/zhinan/{n}.html\')">{t}</a>', STORIES),
        ('<a href="#" onclick="goDetail(\'/zhinan/{n}.html\');return false;">{t}</a>', STORIES),
        ('<a href="javascript:void(0)" onclick="openArticle(\'../{n}.html\')">{t}</a>', STORIES),
        # a page's file name, made absolute as an href is
        (
            '<a href="#" onclick="openArticle(\'{n}.html\')">{t}</a>',
            [u.replace("/zhinan/", "/zhinan/list-6/") for u in STORIES],
        ),
        ('<a href="#" data-url="/zhinan/{n}.html">{t}</a>', STORIES),
        ("<a href=\"javascript:goDetail('/zhinan/{n}.html')\">{t}</a>", STORIES),
        # neighbours: an id only a script turns into an address gives no record
        ('<a href="#" onclick="showInfo({n})">{t}</a>', []),
        ('<a href="#" onclick="showInfo(\'{n}\')">{t}</a>', []),
        ('<a href="#" data-id="{n}">{t}</a>', []),
    ],
)
def test_script_rows(link: str, want: list[str]) -> None:
    """A ``#`` or ``javascript:`` row is a record where the page itself names the story's address."""
    html = _page(f"<ul class='list'>{_script_rows(link)}</ul>")
    assert _links(html) == want
