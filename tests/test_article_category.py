"""Table-driven tests for incubator_crawler.article.category."""

from __future__ import annotations

import pytest

from incubator_crawler.article.category import category_from_breadcrumb

SITE = "中国孵化器网"

CASES = [
    # The seed breadcrumb (SITES.md §1/§5.8, verbatim).
    ("当前位置:中国孵化器网 > 新闻动态 > 园区动态 >  正文", SITE, "新闻动态 > 园区动态"),
    ("当前位置:中国孵化器网 > 新闻动态 > 园区动态 > 正文", None, "新闻动态 > 园区动态"),
    ("当前位置：中国孵化器网 ＞ 新闻动态 ＞ 园区动态 ＞ 正文", SITE, "新闻动态 > 园区动态"),
    ("您的位置：首页 > 通知公告", None, "通知公告"),
    ("您现在的位置：网站首页 >> 新闻中心 >> 内容", None, "新闻中心"),
    ("您现在的位置是：首页 > 新闻 > 详情", None, "新闻"),
    ("所在位置：首页 › 政务公开 › 政策文件 › 详细内容", None, "政务公开 > 政策文件"),
    ("您现在的位置：首页 > 通知公告 > 详细信息", None, "通知公告"),
    ("当前位置：首页 > 新闻动态 > 内容页", None, "新闻动态"),
    ("当前位置：首页 > 新闻中心 > 工作动态 > 新闻内容", None, "新闻中心 > 工作动态"),
    ("首页 » 新闻 » 阅读文章", None, "新闻"),
    ("首页 → 孵化器 → 文章", None, "孵化器"),
    ("首页&gt;新闻&gt;正文", None, "新闻"),
    ("首页/新闻/要闻", None, "新闻 > 要闻"),
    ("首页 / 新闻 / 要闻", None, "新闻 > 要闻"),
    ("主页 > 中国孵化器网 > 政策", SITE, "政策"),
    # a site's name before 主页 is its home, as before 首页 (zixia/aka.org.cn, misses39)
    ("AKA主页 > AKA安全 > 大沙龙活动", None, "AKA安全 > 大沙龙活动"),
    ("园区网主页 > 新闻 > 正文", None, "新闻"),
    # a mobile menu's toggle printed after the trail (bl890923/junhuabz-com, misses39)
    ("当前位置 主页 > 新闻资讯 > 公司新闻 > 展开更多菜单", None, "新闻资讯 > 公司新闻"),
    # a column printed twice (guigai/guigai.github.io download/, misses39)
    ("首页 > 厂区设备 > 厂区设备", None, "厂区设备"),
    (
        "当前位置：首页 > 产品与服务 > 产品分类 > 玻化砖>玻化砖",
        None,
        "产品与服务 > 产品分类 > 玻化砖",
    ),
    # '/' inside an item stays when arrows separate the items.
    ("首页 > 政策/法规 > 正文", None, "政策/法规"),
    # Whitespace variants and empty items.
    ("当前位置:\xa0首页\u3000>\u3000新闻动态 > > 正文", None, "新闻动态"),
    ("当前位置：首页", None, None),
    ("首页 > 正文", None, None),
    ("", None, None),
    (None, None, None),
    # The bare word 位置 is a label only with a colon.
    ("位置：首页 > 新闻", None, "新闻"),
    ("位置服务 > 导航", None, "位置服务 > 导航"),
    # A first item that is a category, not the site, is kept.
    ("新闻动态 > 园区动态", SITE, "新闻动态 > 园区动态"),
    # Government portals' longer labels.
    ("您当前所在位置：首页 > 光谷新闻 > 通知公告", None, "光谷新闻 > 通知公告"),
    ("您所在位置：首页 > 政务公开", None, "政务公开"),
]


@pytest.mark.parametrize(("raw", "site_name", "expected"), CASES)
def test_category_from_breadcrumb(raw, site_name, expected):
    assert category_from_breadcrumb(raw, site_name=site_name) == expected


def test_image_items_split_at_separator_images():
    """A trail parted by images gives its items, links whole; a wide element whose text runs
    on past the images (an article's container) gives none."""
    from lxml import etree

    from incubator_crawler.article.category import _image_items

    el = etree.fromstring(
        '<div>当前位置：<a href="/">首页</a><img src="/a.gif"/><span><a href="/n/">新闻</a>'
        '</span><img src="/a.gif"/> 园区<b>动态</b> </div>'
    )
    assert _image_items(el) == ["当前位置：首页", "新闻", "园区动态"]
    paragraph = "<p>正文一段，" + "文字" * 40 + "。</p>"
    wide = etree.fromstring("<div><p>导语</p><img src='/t.jpg'/>" + paragraph * 3 + "</div>")
    assert _image_items(wide) is None
    assert _image_items(etree.fromstring("<div><a>首页</a> <a>新闻</a></div>")) is None


def test_image_items_stop_at_the_first_item_that_rules_them_out(monkeypatch):
    """A wide element with pictures (a page's body) is read only up to the item that shows it
    holds no trail: a blank item between two shown ones, a ninth item, a long one after the
    first. The first item may be long (a label and a home link, or text before the trail)."""
    from lxml import etree

    from incubator_crawler.article import category

    read: list[str] = []
    node_text = category.node_text
    monkeypatch.setattr(category, "node_text", lambda el: read.append(el.text) or node_text(el))

    def items(html: str) -> list[str] | None:
        read.clear()
        return category._image_items(etree.fromstring(html))

    img = "<img src='/s.gif'/>"
    after = "<a href='/x/'>后面的链接</a>"
    long_item = "<p>" + "正文" * 20 + "</p>"
    assert items(f"<div><p>导语{'文字' * 20}</p>{img}<a>新闻</a>{img}<a>园区</a></div>") == [
        "导语" + "文字" * 20,
        "新闻",
        "园区",
    ]
    assert read == ["新闻", "园区"]
    assert items(f"<div><a>首页</a>{img}{long_item}{img}{after}</div>") is None
    assert read == ["首页"]  # the long second item closed: the link after it is never read
    assert items(f"<div><a>首页</a>{img}{img}<a>新闻</a>{img}{after}</div>") is None
    assert read == ["首页", "新闻"]  # a blank item between two shown ones
    nine = img.join(f"<a>项{k}</a>" for k in range(9))
    assert items(f"<div>{nine}{img}{after}</div>") is None
    assert read == [f"项{k}" for k in range(9)]
    # blank items before the first and after the last are no separators' business
    assert items(f"<div>{img}<a>首页</a>{img}<a>新闻</a>{img}{img}</div>") == ["首页", "新闻"]


def test_a_trail_below_the_text_skips_related_lines_before_reading_their_links(monkeypatch):
    """Below the text, a short linked line with fewer than three links, or whose first link is
    no home item (a related headline), is passed over before its other links' texts are read;
    the trail under them is found as before."""
    from page_shapes import PROSE, run

    from incubator_crawler.article import category

    read: list[str] = []
    node_text = category.node_text
    monkeypatch.setattr(category, "node_text", lambda el: read.append(el.text) or node_text(el))
    rec = run(
        f"<h1>标题一个</h1><div>2009-11-09</div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div><a href='/a/1.html'>一则</a> <a href='/a/2.html'>两则</a></div>"
        "<div><a href='/b/1.html'>相关</a> <a href='/b/2.html'>其二</a>"
        " <a href='/b/3.html'>其三</a></div>"
        "<div><a href='/'>人民网</a>&gt;&gt;<a href='/gb/1.html'>时政</a>&gt;&gt;"
        "<a href='/gb/2.html'>各地要闻</a></div><div>Copyright © 1997-2009</div>"
    )
    assert rec["category"] == "时政 > 各地要闻"
    assert {t for t in read if t in ("一则", "两则", "相关", "其二", "其三")} == {"相关"}


@pytest.mark.parametrize(
    "mark",
    ["breadcrumb", "BreadCrumb nav", "site-MBX", "Position", "position_relative", "pos-Location",
     "weiZhi", "DQWZ", "curPos", "currentPosition", "position-absolute top", "nav main", ""],
)  # fmt: skip
def test_the_lowercased_mark_patterns_match_where_the_case_insensitive_ones_do(mark):
    """``_marked`` searches an ASCII mark lowercased with the patterns' case-sensitive twins:
    the same answer, as long as the patterns' texts are lowercase."""
    from incubator_crawler.article import category

    for rx, low in (
        (category._CRUMB_MARK_RE, category._CRUMB_MARK_LOWER),
        (category._POSITION_MARK_RE, category._POSITION_MARK_LOWER),
    ):
        assert rx.pattern == rx.pattern.lower() == low.pattern
        assert (rx.search(mark) is None) == (low.search(mark.lower()) is None)


@pytest.mark.parametrize(
    ("walk", "html"),
    [
        ("_image_items", "<div>首页<img src='s.gif'/>新闻<img src='s.gif'/>园区动态</div>"),
        # a long item after the first ends the walk by an exception, from inside the recursion
        (
            "_image_items",
            "<div>首页<img src='s.gif'/><p><b>" + "很长" * 20 + "</b><img/></p></div>",
        ),
        (
            "_link_parted",
            "<div><a href='/'>首页</a> / <span><a href='/k'>科技</a></span> / 正文</div>",
        ),
        ("_trail_items", "<div><a href='/'>首页</a> &gt; <span>科技 &gt; <b>正文</b></span></div>"),
    ],
)
def test_the_breadcrumb_walks_leave_no_reference_cycle(walk, html):
    """The trail walks recurse through the element: written as closures that call themselves,
    each call left a cycle holding the element, which kept the page's whole tree alive until the
    cyclic collector ran (docs/benchmarks.md, extraction, tenth pass). Now the tree goes with
    its last reference."""
    import gc

    from lxml import etree

    from incubator_crawler.article import category

    gc.collect()
    gc.disable()
    try:
        category.__dict__[walk](etree.fromstring(html))
        assert gc.collect() == 0
    finally:
        gc.enable()
