"""Category and title crossed with the markup real CMSs print, one synthetic page per shape.

tests/test_policy_fields.py (policy60, policy65) holds the shapes LABELLING.md names; this third,
generative pass (policy73) takes the same decisions (the breadcrumb's leaf, the headline shown
above the article) and prints them the ways site builders do: trails in a paragraph, a list, a
table cell or a run of spans, with every common separator and label, copies hidden or repeated,
column boxes and highlighted menu items; headlines in h1 / h2 / a div / a bold paragraph, only in
``<title>`` behind every separator style, beside og:title, broken, dated, padded, long or
English. No labelled page was opened; the page builder and checks are policy60's.
"""

from __future__ import annotations

import pytest
from test_policy_fields import HEADER, P1, SITE, TITLE, TP1, TP2, TP3, URL, page, text

from incubator_crawler.article.title import strip_site_suffix

TT = "高新區舉辦第五屆創新創業大賽總決賽"
LINKS = (("/", "首页"), ("/xwzx/", "新闻中心"), ("/xwzx/yqdt/", "园区动态"))


def a(href: str, label: str) -> str:
    """One linked trail item."""
    return f"<a href='{href}'>{label}</a>"


def joined(sep: str, *, items: tuple = LINKS, tail: str = "") -> str:
    """The trail's linked items joined by ``sep`` markup, ``tail`` after the last."""
    return sep.join(a(h, t) for h, t in items) + tail


def box(inner: str, tag: str = "div", cls: str = "position") -> str:
    """The trail's container."""
    return f"<{tag} class='{cls}'>{inner}</{tag}>"


def leaf(out: dict) -> str | None:
    """The category's last item."""
    return out["category"].split(" > ")[-1] if out["category"] else None


LI = "".join(f"<li>{a(h, t)}</li>" for h, t in LINKS)
ARROW_IMG = "<img src='/images/arrow.gif' alt=''>"
HIDDEN = "<div class='position' style='display:none'>当前位置：<a href='/'>首页</a> &gt; <a href='/old/'>旧版栏目</a></div>"

XFAIL: dict[str, str] = {}

# name -> (page parts, expected category leaf)
CATEGORY: dict[str, tuple[dict, str | None]] = {
    # -- containers ------------------------------------------------------------------------------
    "p-trail": ({"trail": box("您的位置：" + joined(" &gt; "), "p", "location")}, "园区动态"),
    "ol-li-active-leaf": (
        {
            "trail": "<ol class='breadcrumb'><li><a href='/'>首页</a></li><li><a href='/xwzx/'>新闻中心</a>"
            "</li><li class='active'>园区动态</li></ol>"
        },
        "园区动态",
    ),
    "ul-li-separator-spans": (
        {
            "trail": "<ul class='crumbs'>"
            + "<li><span>&gt;</span></li>".join(f"<li>{a(h, t)}</li>" for h, t in LINKS)
            + "</ul>"
        },
        "园区动态",
    ),
    "ul-li-labelled": ({"trail": box("<span>当前位置：</span><ul>" + LI + "</ul>")}, "园区动态"),
    "table-cell": (
        {
            "trail": "<table width='100%'><tr><td width='20'><img src='/images/dot.gif'></td>"
            "<td class='wz'>当前位置：" + joined(" &gt;&gt; ") + "</td></tr></table>"
        },
        "园区动态",
    ),
    "span-run": (
        {
            "trail": box(
                "<span>当前位置：</span>"
                + "<span>&gt;</span>".join(f"<span>{a(h, t)}</span>" for h, t in LINKS)
            )
        },
        "园区动态",
    ),
    "nav-aria-breadcrumb-no-label": (
        {"trail": "<nav aria-label='breadcrumb'><ol>" + LI + "</ol></nav>"},
        "园区动态",
    ),
    # -- separators ------------------------------------------------------------------------------
    "sep-raw-gt": ({"trail": box("当前位置：" + joined(" > "))}, "园区动态"),
    "sep-gt-no-spaces": ({"trail": box("当前位置：" + joined("&gt;"))}, "园区动态"),
    "sep-double-gt-raw": ({"trail": box("当前位置：" + joined(" >> "))}, "园区动态"),
    "sep-raquo-entity": ({"trail": box("当前位置：" + joined(" &raquo; "))}, "园区动态"),
    "sep-rsaquo": ({"trail": box("当前位置：" + joined(" › "))}, "园区动态"),
    "sep-slash": ({"trail": box("当前位置：" + joined(" / "))}, "园区动态"),
    "sep-dash": ({"trail": box("当前位置：" + joined(" - "))}, "园区动态"),
    "sep-arrow-entity": ({"trail": box("当前位置：" + joined(" &rarr; "))}, "园区动态"),
    "sep-fullwidth-gt": ({"trail": box("当前位置：" + joined("＞"))}, "园区动态"),
    "sep-arrow-image": ({"trail": box("当前位置：" + joined(ARROW_IMG))}, "园区动态"),
    "sep-none-links-side-by-side": ({"trail": box("当前位置：" + joined(" "))}, "园区动态"),
    "sep-em-wrapped": ({"trail": box("当前位置：" + joined("<em>›</em>"))}, "园区动态"),
    "sep-icon-font": (
        {"trail": box("当前位置：" + joined("<i class='iconfont icon-right'></i>"))},
        "园区动态",
    ),
    "sep-trailing-gt": ({"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt;"))}, "园区动态"),
    # -- labels ----------------------------------------------------------------------------------
    "label-ninde-weizhi": ({"trail": box("您的位置：" + joined(" &gt; "))}, "园区动态"),
    "label-nin-xianzai": ({"trail": box("您现在的位置：" + joined(" &gt; "))}, "园区动态"),
    "label-nin-xianzai-shi": ({"trail": box("您现在的位置是：" + joined(" &gt; "))}, "园区动态"),
    "label-suozai": ({"trail": box("所在位置：" + joined(" &gt; "))}, "园区动态"),
    "label-weizhi": ({"trail": box("位置：" + joined(" &gt; "))}, "园区动态"),
    "label-dangqian-nin": ({"trail": box("您当前的位置：" + joined(" &gt; "))}, "园区动态"),
    "label-home-alone-starts": ({"trail": box(joined(" &gt; "))}, "园区动态"),
    "label-traditional": (
        {
            "trail": box(
                "現在位置："
                + joined(
                    " &gt; ",
                    items=(("/", "首頁"), ("/xwzx/", "新聞中心"), ("/xwzx/yqdt/", "園區動態")),
                )
            ),
            "heading": f"<h1>{TT}</h1>",
            "head_title": TT,
            "body": text(TP1, TP2, TP3),
        },
        "園區動態",
    ),
    "label-no-colon": ({"trail": box("当前位置 " + joined(" &gt; "))}, "园区动态"),
    "label-icon-before": (
        {"trail": box("<img src='/images/home.png'>当前位置：" + joined(" &gt; "))},
        "园区动态",
    ),
    # -- leaves ----------------------------------------------------------------------------------
    "leaf-zhengwen": (
        {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 正文"))},
        "园区动态",
    ),
    "leaf-xiangqing": (
        {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 详情"))},
        "园区动态",
    ),
    "leaf-neirong": (
        {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 内容"))},
        "园区动态",
    ),
    "leaf-wenzhang": (
        {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 文章"))},
        "园区动态",
    ),
    "leaf-liulan-wenzhang": (
        {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 浏览文章"))},
        "园区动态",
    ),
    "leaf-headline": (
        {"trail": box("当前位置：" + joined(" &gt; ", tail=f" &gt; {TITLE}"))},
        "园区动态",
    ),
    "leaf-headline-in-span": (
        {"trail": box("当前位置：" + joined(" &gt; ", tail=f" &gt; <span>{TITLE}</span>"))},
        "园区动态",
    ),
    "leaf-zhengwen-slash": (
        {"trail": box("当前位置：" + joined(" / ", tail=" / 正文"))},
        "园区动态",
    ),
    "leaf-home-then-zhengwen": (
        {"trail": box("当前位置：" + a("/", "首页") + " &gt; 正文")},
        None,
    ),
    "leaf-home-then-headline": (
        {"trail": box("当前位置：" + a("/", "首页") + f" &gt; {TITLE}")},
        None,
    ),
    # -- places ----------------------------------------------------------------------------------
    "place-hidden-copy-first": (
        {"trail": HIDDEN + box("当前位置：" + joined(" &gt; "))},
        "园区动态",
    ),
    "place-top-and-bottom": (
        {
            "trail": box("当前位置：" + joined(" &gt; ")),
            "after": box("当前位置：" + joined(" &gt; ")),
        },
        "园区动态",
    ),
    "place-above-nav": (
        {"header": box("当前位置：" + joined(" &gt; ")) + HEADER, "trail": ""},
        "园区动态",
    ),
    "place-inside-article-box": (
        {"trail": "", "heading": box("当前位置：" + joined(" &gt; ")) + f"<h1>{TITLE}</h1>"},
        "园区动态",
    ),
    "place-mobile-and-desktop": (
        {
            "trail": box(
                a("/", "首页") + " &gt; " + a("/xwzx/yqdt/", "园区动态"),
                cls="m-position visible-xs",
            )
            + box("当前位置：" + joined(" &gt; "), cls="position hidden-xs")
        },
        "园区动态",
    ),
    "place-trail-with-site-name-first": (
        {
            "trail": box(
                "当前位置："
                + joined(
                    " &gt; ",
                    items=(("/", SITE), ("/xwzx/", "新闻中心"), ("/xwzx/yqdt/", "园区动态")),
                )
            )
        },
        "园区动态",
    ),
    # -- column boxes, highlighted menus, <title> (LABELLING.md) -----------------------------------
    # ninth round: a column name in a box heading with no trail is the category
    "column-box-h2-no-trail": (
        {"trail": "<div class='lmtitle'><h2>新闻动态</h2></div>"},
        "新闻动态",
    ),
    "column-box-span-more-no-trail": (
        {"trail": "<div class='lm'><span class='lmname'>新闻动态</span></div>"},
        "新闻动态",
    ),
    # a trail and a column heading that repeats its leaf: one leaf
    "column-box-with-trail": (
        {
            "trail": "<div class='lmtitle'><h2>园区动态</h2></div>"
            + box("当前位置：" + joined(" &gt; "))
        },
        "园区动态",
    ),
    # sixth round (ctdsb.net 世相): a highlighted top-navigation item is not a breadcrumb
    "nav-class-on": (
        {
            "trail": "",
            "header": HEADER.replace("<li><a href='/xwzx/'>", "<li class='on'><a href='/xwzx/'>"),
        },
        None,
    ),
    "nav-a-class-active": (
        {
            "trail": "",
            "header": HEADER.replace("<a href='/xwzx/'>", "<a class='active' href='/xwzx/'>"),
        },
        None,
    ),
    "nav-li-current": (
        {
            "trail": "",
            "header": HEADER.replace(
                "<li><a href='/xwzx/'>", "<li class='current'><a href='/xwzx/'>"
            ),
        },
        None,
    ),
    # corpus43: a column named only in <title> (正文_column_site) is no trail
    "title-tag-zhengwen-column-site": (
        {"trail": "", "head_title": f"正文_新闻动态_{SITE}"},
        None,
    ),
    "title-tag-title-column-site": (
        {"trail": "", "head_title": f"{TITLE}_新闻动态_{SITE}"},
        None,
    ),
}


CATEGORY.update(
    {
        # -- the bar around the trail ------------------------------------------------------------
        "label-in-own-cell": (
            {
                "trail": "<table><tr><td class='wz'>当前位置：</td><td>"
                + joined(" &gt; ")
                + "</td></tr></table>"
            },
            "园区动态",
        ),
        "bar-with-clock": (
            {
                "trail": box(
                    "<span class='fr'>2024年3月5日 星期二</span>当前位置：" + joined(" &gt; ")
                )
            },
            "园区动态",
        ),
        "bar-with-search-form": (
            {
                "trail": box(
                    "当前位置："
                    + joined(" &gt; ")
                    + "<form><input name='q'><button>搜索</button></form>"
                )
            },
            "园区动态",
        ),
        "column-box-heading-with-trail-right": (
            {
                "trail": "<div class='lmbt'><h2>园区动态</h2><span class='wz'>当前位置："
                + joined(" &gt; ")
                + "</span></div>"
            },
            "园区动态",
        ),
        "column-box-parent-heading-trail-leaf": (
            {
                "trail": "<div class='lmbt'><h2>新闻中心</h2><span class='wz'>当前位置："
                + joined(" &gt; ")
                + "</span></div>"
            },
            "园区动态",
        ),
        "trail-in-h3": ({"trail": box("当前位置：" + joined(" &gt; "), "h3", "crumb")}, "园区动态"),
        "home-as-image-link": (
            {
                "trail": box(
                    "<a href='/'><img src='/images/home.gif' alt='首页'></a> &gt; "
                    + joined(" &gt; ", items=LINKS[1:])
                )
            },
            "园区动态",
        ),
        "no-home-item": (
            {"trail": box("当前位置：" + joined(" &gt; ", items=LINKS[1:]))},
            "园区动态",
        ),
        "english-home": (
            {"trail": box(joined(" &gt; ", items=(("/", "Home"), *LINKS[1:])))},
            "园区动态",
        ),
        "below-headline": (
            {"trail": "", "heading": f"<h1>{TITLE}</h1>" + box("当前位置：" + joined(" &gt; "))},
            "园区动态",
        ),
        "hidden-attribute-copy": (
            {
                "trail": "<div class='position' hidden>当前位置：<a href='/'>首页</a> &gt; "
                "<a href='/old/'>旧版栏目</a></div>" + box("当前位置：" + joined(" &gt; "))
            },
            "园区动态",
        ),
        # -- more separators and labels -------------------------------------------------------------
        "sep-ascii-arrow": ({"trail": box("当前位置：" + joined("-&gt;"))}, "园区动态"),
        "sep-double-gt-tight": ({"trail": box("当前位置：" + joined("&gt;&gt;"))}, "园区动态"),
        "sep-nbsp-gt": ({"trail": box("当前位置：" + joined("&nbsp;&gt;&nbsp;"))}, "园区动态"),
        "sep-cjk-double-angle": ({"trail": box("当前位置：" + joined("》"))}, "园区动态"),
        "sep-pipe": ({"trail": box("当前位置：" + joined(" | "))}, "园区动态"),
        "sep-span-slash": (
            {"trail": box("当前位置：" + joined("<span class='sep'>/</span>"))},
            "园区动态",
        ),
        "label-nin-suozai": ({"trail": box("您所在的位置：" + joined(" &gt; "))}, "园区动态"),
        "label-dangqian-suozai": ({"trail": box("当前所在位置：" + joined(" &gt; "))}, "园区动态"),
        "traditional-fullwidth-gt": (
            {
                "trail": box(
                    "您的位置：" + joined("＞", items=(("/", "首頁"), ("/news/", "最新消息")))
                ),
                "heading": f"<h1>{TT}</h1>",
                "head_title": TT,
                "body": text(TP1, TP2, TP3),
            },
            "最新消息",
        ),
        # -- more leaves ----------------------------------------------------------------------------
        "leaf-news-detail-marker": (
            {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 新闻详情"))},
            "园区动态",
        ),
        "leaf-info-detail-marker": (
            {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 信息详情"))},
            "园区动态",
        ),
        "leaf-zhengwen-neirong": (
            {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 正文内容"))},
            "园区动态",
        ),
        "leaf-unlinked-column-then-headline-span": (
            {
                "trail": box(
                    "当前位置："
                    + joined(" &gt; ", items=LINKS[:2])
                    + f" &gt; <span>园区动态</span> &gt; <span>{TITLE}</span>"
                )
            },
            "园区动态",
        ),
        "ol-active-zhengwen": (
            {"trail": "<ol class='breadcrumb'>" + LI + "<li class='active'>正文</li></ol>"},
            "园区动态",
        ),
    }
)


CATEGORY.update(
    {
        "css-drawn-no-label": (
            {"trail": box("".join(a(h, t) for h, t in LINKS), cls="breadcrumbs")},
            "园区动态",
        ),
        "arrow-images-no-label": ({"trail": box(joined(ARROW_IMG), cls="dh")}, "园区动态"),
        "label-as-image-alt": (
            {"trail": box("<img src='/images/wz.gif' alt='当前位置'>" + joined(" &gt; "))},
            "园区动态",
        ),
        "mixed-separators-then-zhengwen": (
            {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt;&gt; 正文"))},
            "园区动态",
        ),
        "column-box-and-highlighted-nav": (
            {
                "trail": "<div class='lmtitle'><h2>园区动态</h2></div>",
                "header": HEADER.replace(
                    "<li><a href='/xwzx/'>", "<li class='on'><a href='/xwzx/'>"
                ),
            },
            "园区动态",
        ),
        "trail-leaf-repeated-by-column-heading": (
            {
                "trail": box("当前位置：" + joined(" &gt; "))
                + "<div class='lmtitle'><h2>园区动态</h2></div>",
            },
            "园区动态",
        ),
    }
)


NAV_PIPES = (
    "<div class='nav'><a href='/'>首页</a> | <a href='/xwzx/'>新闻中心</a> | "
    "<a href='/tzgg/'>通知公告</a> | <a href='/zcfg/'>政策法规</a></div>"
)
NESTED_MENU = (
    "<ul class='menu'><li><a href='/'>首页</a></li><li class='on'><a href='/xwzx/'>新闻中心</a>"
    "<ul><li><a href='/xwzx/yqdt/'>园区动态</a></li><li><a href='/xwzx/mtbd/'>媒体报道</a></li></ul>"
    "</li><li><a href='/tzgg/'>通知公告</a></li></ul>"
)
MORE_BOX = (
    "<div class='side'><div class='hd'><span>园区动态</span><a href='/xwzx/yqdt/'>更多&gt;&gt;</a></div>"
    "<ul><li><a href='/xwzx/yqdt/1.html'>园区召开安全生产工作会议</a></li>"
    "<li><a href='/xwzx/yqdt/2.html'>科技金融对接会成功举办</a></li></ul></div>"
)

# what is no trail (LABELLING.md's Category rule: the site's top navigation is none)
CATEGORY.update(
    {
        "hidden-only": (
            {
                "trail": "<div class='position' style='display:none'>当前位置："
                + joined(" &gt; ")
                + "</div>"
            },
            None,
        ),
        "hidden-copy-last-differs": (
            {"trail": box("当前位置：" + joined(" &gt; ")) + HIDDEN},
            "园区动态",
        ),
        "nav-pipes-no-trail": ({"header": HEADER + NAV_PIPES, "trail": ""}, None),
        "nav-nested-submenu-no-trail": ({"header": NESTED_MENU, "trail": ""}, None),
        "sidebar-more-box-no-trail": ({"trail": "", "sidebar": MORE_BOX}, None),
        "sidebar-more-box-with-trail": ({"sidebar": MORE_BOX}, "园区动态"),
        "footer-links-no-trail": (
            {
                "trail": "",
                "footer": "<div class='flink'><a href='/gywm/'>关于我们</a> | <a href='/lxwm/'>联系我们</a>"
                " | <a href='/wzdt/'>网站地图</a></div>",
            },
            None,
        ),
    }
)


LD_TRAIL = (
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": "BreadcrumbList",'
    ' "itemListElement": [{"@type": "ListItem", "position": 1, "name": "首页", "item": "/"},'
    ' {"@type": "ListItem", "position": 2, "name": "园区动态", "item": "/xwzx/yqdt/"}]}</script>'
)

# the trails common Chinese CMS templates print (markup as their templates write it)
CATEGORY.update(
    {
        "cms-dede-place-trailing-gt": (
            {
                "trail": "<div class='place'><strong>当前位置:</strong> <a href='/'>主页</a> &gt; "
                "<a href='/a/xwzx/'>新闻中心</a> &gt; <a href='/a/xwzx/yqdt/'>园区动态</a> &gt; </div>"
            },
            "园区动态",
        ),
        "cms-phpcms-crumbs-zhengwen": (
            {
                "trail": "<div class='crumbs'><a href='/'>首页</a><span> &gt; </span>"
                "<a href='/xwzx/'>新闻中心</a> &gt; <a href='/xwzx/yqdt/'>园区动态</a> &gt;  正文</div>"
            },
            "园区动态",
        ),
        "cms-empire-xianzai-de-weizhi": (
            {
                "trail": "<div class='position'>现在的位置：<a href='/'>首页</a>&nbsp;&gt;&nbsp;"
                "<a href='/xwzx/'>新闻中心</a>&nbsp;&gt;&nbsp;<a href='/xwzx/yqdt/'>园区动态</a></div>"
            },
            "园区动态",
        ),
        "cms-trs-currchnl-links": (
            {
                "trail": "<div class='position'>当前位置："
                + "&nbsp;&gt;&nbsp;".join(
                    f"<a href='{h}' title='{t}' class='CurrChnlCls'>{t}</a>" for h, t in LINKS
                )
                + "</div>"
            },
            "园区动态",
        ),
        "cms-vsb-dqwz-zhengwen": (
            {
                "trail": "<div class='dqwz'>当前位置: <a href='../index.htm'>首页</a> &gt;&gt; "
                "<a href='../xwzx.htm'>新闻中心</a> &gt;&gt; <a href='../yqdt.htm'>园区动态</a> &gt;&gt; 正文</div>"
            },
            "园区动态",
        ),
        "cms-webplus-possplit-spans": (
            {
                "trail": "<div class='col_path'><span class='possplit'>当前位置:</span> "
                + "<span class='possplit'>&nbsp;&nbsp;</span>".join(
                    f"<a href='{h}' target='_self'>{t}</a>" for h, t in LINKS
                )
                + "</div>"
            },
            "园区动态",
        ),
        "cms-discuz-pt-em-rsaquo": (
            {
                "trail": "<div id='pt' class='bm cl'><div class='z'><a href='./' class='nvhm' title='首页'>"
                f"{SITE}</a> <em>&rsaquo;</em> <a href='forum.php'>论坛</a> <em>&rsaquo;</em> "
                "<a href='forum-2-1.html'>园区动态</a> <em>&rsaquo;</em> "
                f"<a href='thread-1-1-1.html'>{TITLE}</a></div></div>"
            },
            "园区动态",
        ),
        "cms-wordpress-yoast": (
            {
                "trail": "<p id='breadcrumbs'><span><span><a href='/'>首页</a> » <span>"
                "<a href='/category/yqdt/'>园区动态</a> » <span class='breadcrumb_last' "
                f"aria-current='page'>{TITLE}</span></span></span></span></p>"
            },
            "园区动态",
        ),
        "cms-rank-math-dash": (
            {
                "trail": "<nav aria-label='breadcrumbs' class='rank-math-breadcrumb'><p><a href='/'>首页</a>"
                "<span class='separator'> - </span><a href='/category/yqdt/'>园区动态</a>"
                f"<span class='separator'> - </span><span class='last'>{TITLE}</span></p></nav>"
            },
            "园区动态",
        ),
        "cms-schema-microdata-list": (
            {
                "trail": "<ol itemscope itemtype='http://schema.org/BreadcrumbList'>"
                + " › ".join(
                    "<li itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>"
                    f"<a itemprop='item' href='{h}'><span itemprop='name'>{t}</span></a>"
                    f"<meta itemprop='position' content='{n}'></li>"
                    for n, (h, t) in enumerate(LINKS, 1)
                )
                + "</ol>"
            },
            "园区动态",
        ),
        "cms-hanweb-table-double-gt": (
            {
                "trail": "<table width='100%' class='bt-position'><tr><td>您当前的位置："
                "<a href='/'>首页</a>&gt;&gt;<a href='/col/col1/'>新闻中心</a>&gt;&gt;"
                "<a href='/col/col2/'>园区动态</a></td></tr></table>"
            },
            "园区动态",
        ),
        "cms-site-home-wangzhan-shouye-zhengwen": (
            {
                "trail": box(
                    "当前位置："
                    + joined(" &gt; ", items=(("/", "网站首页"), *LINKS[1:]), tail=" &gt; 正文")
                )
            },
            "园区动态",
        ),
        # fourth round: hidden data (a JSON-LD BreadcrumbList no reader sees) is no shown trail
        "jsonld-only-no-shown-trail": ({"trail": "", "head": LD_TRAIL}, None),
        "jsonld-and-shown-trail": ({"head": LD_TRAIL}, "园区动态"),
    }
)


# Decisions: a leaf that names the page's kind (reading or browsing the item) is like 正文 / 详情
CATEGORY.update(
    {
        f"leaf-marker-{word}": (
            {"trail": box("当前位置：" + joined(" &gt; ", tail=f" &gt; {word}"))},
            "园区动态",
        )
        for word in (
            "文章內容",
            "正文內容",
            "內文",
            "文章阅读",
            "阅读全文",
            "信息浏览",
            "新闻浏览",
            "正文浏览",
            "新聞瀏覽",
            "资讯正文",
            "信息详情",
            "内容页",
            "详细信息",
        )
    }
)
# a column whose name ends like a marker stays (雅思阅读 is a column, 阅读 alone is not cut)
CATEGORY.update(
    {
        "leaf-column-ending-yuedu": (
            {
                "trail": box(
                    "当前位置：" + joined(" &gt; ", items=(("/", "首页"), ("/ys/", "雅思阅读")))
                )
            },
            "雅思阅读",
        ),
    }
)


CATEGORY.update(
    {
        "whitespace-heavy-template": (
            {
                "trail": "<div class='position'>\r\n\t\t\t当前位置：\r\n\t\t\t"
                + "\r\n\t\t\t&gt;\r\n\t\t\t".join(a(h, t) for h, t in LINKS)
                + "\r\n\t\t</div>"
            },
            "园区动态",
        ),
        "font-wrapped-items": (
            {
                "trail": box(
                    "当前位置："
                    + " &gt; ".join(
                        f"<a href='{h}'><font color='#333'>{t}</font></a>" for h, t in LINKS
                    )
                )
            },
            "园区动态",
        ),
        "leaf-repeated-column": (
            {"trail": box("当前位置：" + joined(" &gt; ", tail=" &gt; 园区动态"))},
            "园区动态",
        ),
        "home-then-cut-headline": (
            {"trail": box("当前位置：" + a("/", "首页") + " &gt; 高新区举办第五届创新...")},
            None,
        ),
        "leaf-headline-prefix": (
            {
                "trail": box(
                    "当前位置：" + joined(" &gt; ", tail=" &gt; 高新区举办第五届创新创业大赛")
                )
            },
            "园区动态",
        ),
        "bar-with-back-button": (
            {
                "trail": box(
                    "当前位置："
                    + joined(" &gt; ")
                    + " <a href='javascript:history.back()'>[返回]</a>"
                )
            },
            "园区动态",
        ),
        "bar-with-print-close": (
            {
                "trail": box(
                    "当前位置："
                    + joined(" &gt; ")
                    + "<span class='r'><a href='javascript:print()'>【打印】</a>"
                    "<a href='javascript:close()'>【关闭】</a></span>"
                )
            },
            "园区动态",
        ),
        "bar-with-today-line": (
            {
                "trail": box(
                    "当前位置：" + joined(" &gt; ") + "&nbsp;&nbsp;今天是：2024年3月5日 星期二"
                )
            },
            "园区动态",
        ),
        "traditional-fullwidth-slash": (
            {
                "trail": box(
                    joined(
                        " ／ ",
                        items=(("/", "首頁"), ("/news/", "新聞中心"), ("/news/p/", "園區動態")),
                    )
                ),
                "heading": f"<h1>{TT}</h1>",
                "head_title": TT,
                "body": text(TP1, TP2, TP3),
            },
            "園區動態",
        ),
        "sidebar-before-article-with-trail": (
            {
                "trail": "<div class='left'><h2>新闻中心</h2><ul><li class='on'><a href='/xwzx/yqdt/'>园区动态</a>"
                "</li><li><a href='/xwzx/mtbd/'>媒体报道</a></li></ul></div>"
                + box("当前位置：" + joined(" &gt; "))
            },
            "园区动态",
        ),
    }
)


# the same trails in a container whose class names nothing (no crumb / position mark to go by)
CATEGORY.update(
    {
        "neutral-dashed-theme-trail-to-headline": (
            {
                "trail": "<nav class='c1'><p><a href='/'>首页</a><span class='s'> - </span>"
                "<a href='/category/yqdt/'>园区动态</a><span class='s'> - </span>"
                f"<span class='l'>{TITLE}</span></p></nav>"
            },
            "园区动态",
        ),
        "neutral-li-separator-items": (
            {
                "trail": "<ul class='c1'>"
                + "<li><span>&gt;</span></li>".join(f"<li>{a(h, t)}</li>" for h, t in LINKS)
                + "</ul>"
            },
            "园区动态",
        ),
        "neutral-li-trailing-separators": (
            {
                "trail": "<ul class='c1'>"
                + "".join(f"<li>{a(h, t)}&gt;</li>" for h, t in LINKS[:2])
                + f"<li>{a(*LINKS[2])}</li></ul>"
            },
            "园区动态",
        ),
        "neutral-span-separators-zhengwen": (
            {
                "trail": box(
                    joined("<span>&gt;</span>", tail="<span>&gt;</span><span>正文</span>"), cls="c1"
                )
            },
            "园区动态",
        ),
        "neutral-labelled-slash": (
            {"trail": box("当前位置：" + joined(" / "), cls="c1")},
            "园区动态",
        ),
    }
)


# policy73's fixes, named: an unlinked last item after side-by-side links, unlabelled bars closed
# by the page's kind (LABELLING.md: VSB's 网站首页 | 博士后 | 新闻动态 | 正文 is a trail)
CATEGORY.update(
    {
        "labelled-spaced-links-then-zhengwen": (
            {"trail": box("当前位置：" + joined(" ", tail=" 正文"), cls="c1")},
            "园区动态",
        ),
        "labelled-spaced-links-then-headline": (
            {"trail": box("您的位置：" + joined(" ", tail=f" {TITLE}"), cls="c1")},
            "园区动态",
        ),
        "unlabelled-pipes-then-zhengwen": (
            {"trail": box(joined(" | ", tail=" | 正文"), cls="c1")},
            "园区动态",
        ),
        "unlabelled-spaced-links-then-xiangqing": (
            {"trail": box(joined("&nbsp;&nbsp;", tail="&nbsp;&nbsp;详情"), cls="c1")},
            "园区动态",
        ),
        "unlabelled-pipes-menu-no-tail": ({"trail": box(joined(" | "), cls="c1")}, None),
    }
)

# the generative cross: every separator x label x leaf x container, in a container whose class
# names nothing; an unlabelled line of links parted only by blanks or bars and closed by no
# page-kind word is a menu's shape (left out: the policy names no such trail)
SEPARATORS = {
    "gt": " &gt; ", "gtgt": " &gt;&gt; ", "raw-gt": ">", "raquo": " » ", "rsaquo": " › ",
    "slash": " / ", "dash": " - ", "arrow": " → ", "image": ARROW_IMG, "blank": " ",
    "em": "<em>&gt;</em>", "span": "<span class='s'>&gt;</span>", "nbsp": "&nbsp;&gt;&nbsp;",
    "pipe": " | ", "fullwidth-gt": "＞", "ascii-arrow": "-&gt;",
}  # fmt: skip
LABELS = (
    "",
    "当前位置：",
    "您的位置：",
    "您现在的位置：",
    "所在位置：",
    "位置：",
    "現在位置：",
    "当前位置: ",
)
LEAVES = ("", "正文", "详情", "内容", "文章", "浏览文章", TITLE)
CONTAINERS = (
    "<div class='c1'>{}</div>",
    "<table><tr><td class='c1'>{}</td></tr></table>",
    "<div class='c1'><span>{}</span></div>",
)


@pytest.mark.parametrize("sep", sorted(SEPARATORS))
def test_category_cross(sep: str) -> None:
    """Each separator with every label, leaf and container gives the column as the leaf."""
    wrong = []
    for label in LABELS:
        for tail in LEAVES:
            if not label and not tail and sep in ("blank", "pipe"):
                continue
            for cont in CONTAINERS:
                trail = cont.format(
                    label + joined(SEPARATORS[sep], tail=SEPARATORS[sep] + tail if tail else "")
                )
                got = leaf(page(trail=trail))
                if got != "园区动态":
                    wrong.append((label, tail, cont, got))
    assert not wrong, wrong[:5]


# ninth round: a column name in a box heading with no trail is the category (户政, no channel word)
CATEGORY["column-box-non-channel-word-in-menu"] = (
    {
        "trail": "<div class='lmtitle'><h2>媒体报道</h2></div>",
        "sidebar": "<div class='side'><ul><li><a href='/mtbd/'>媒体报道</a></li>"
        "<li><a href='/yqdt/'>园区动态</a></li></ul></div>",
    },
    "媒体报道",
)
# gaps89's neighbours: a table of contents' heading is no column, though its list links it on
# the page; a side box over article links (not column names) right above the headline gives none
CATEGORY["column-box-toc-heading-in-menu"] = (
    {
        "trail": "<div class='lmtitle'><h2>目录</h2></div>",
        "sidebar": "<div class='side'><ul><li><a href='#toc'>目录</a></li>"
        "<li><a href='#s1'>园区动态</a></li></ul></div>",
    },
    None,
)
CATEGORY["side-box-over-article-links"] = (
    {
        "trail": "<div class='left'><h2>相关新闻</h2><ul>"
        "<li><a href='/xwzx/yqdt/1.html'>园区召开安全生产工作会议</a></li>"
        "<li><a href='/xwzx/yqdt/2.html'>高新区企业获评专精特新称号</a></li></ul></div>",
    },
    None,
)
CATEGORY["no-trail-site-menu-only"] = ({"trail": ""}, None)


QH = "“科创中国”高新区行：二十个项目同台角逐"
# Decisions: the leaf is not the article's title, however the trail prints it
CATEGORY.update(
    {
        "leaf-headline-ascii-quotes": (
            {
                "trail": box(
                    "当前位置："
                    + joined(" &gt; ", tail=' &gt; "科创中国"高新区行：二十个项目同台角逐')
                ),
                "heading": f"<h1>{QH}</h1>",
                "head_title": f"{QH}_{SITE}",
            },
            "园区动态",
        ),
        "leaf-headline-with-photo-tag": (
            {
                "trail": box("当前位置：" + joined(" &gt; ", tail=f" &gt; {TITLE}（组图）")),
            },
            "园区动态",
        ),
    }
)


def _head(title: str, og: str) -> dict:
    return {"head": f"<meta property='og:title' content='{og}'>", "head_title": title}


LONG = (
    "关于公布2024年度高新区科技企业孵化器、众创空间、大学科技园及星创天地绩效评价结果"
    "并给予相应资金奖励支持的通知"
)
EN = "Hi-tech Zone Hosts the Final of the Fifth Innovation and Entrepreneurship Contest"

# name -> (page parts, expected title)
TITLES: dict[str, tuple[dict, str]] = {
    # -- which element ---------------------------------------------------------------------------
    "h2-headline": ({"heading": f"<h2>{TITLE}</h2>"}, TITLE),
    "h3-headline": ({"heading": f"<h3>{TITLE}</h3>"}, TITLE),
    "div-class-title": ({"heading": f"<div class='title'>{TITLE}</div>"}, TITLE),
    "td-title-cell": (
        {"heading": f"<table><tr><td class='bt' align='center'>{TITLE}</td></tr></table>"},
        TITLE,
    ),
    "bold-p-centred": (
        {"heading": f"<p align='center'><strong>{TITLE}</strong></p>"},
        TITLE,
    ),
    "font-bold-in-td": (
        {
            "heading": f"<table><tr><td align='center'><font size='4'><b>{TITLE}</b></font></td></tr></table>"
        },
        TITLE,
    ),
    "h1-logo-and-h1-headline": (
        {
            "header": f"<div class='top'><h1><a href='/'><img src='/logo.png' alt='{SITE}'></a></h1></div>"
            + HEADER,
        },
        TITLE,
    ),
    "h1-site-name-text-h2-headline": (
        {
            "header": f"<div class='top'><h1><a href='/'>{SITE}</a></h1></div>" + HEADER,
            "heading": f"<h2>{TITLE}</h2>",
        },
        TITLE,
    ),
    "h1-column-h3-headline": (
        {"trail": "", "heading": f"<h1>园区动态</h1><h3>{TITLE}</h3>", "head_title": TITLE},
        TITLE,
    ),
    # -- only in <title>: every separator style ---------------------------------------------------
    "only-title-underscore": ({"heading": "", "head_title": f"{TITLE}_{SITE}"}, TITLE),
    "only-title-spaced-dash": ({"heading": "", "head_title": f"{TITLE} - {SITE}"}, TITLE),
    "only-title-tight-dash": ({"heading": "", "head_title": f"{TITLE}-{SITE}"}, TITLE),
    "only-title-pipe": ({"heading": "", "head_title": f"{TITLE}|{SITE}"}, TITLE),
    "only-title-fullwidth-pipe": ({"heading": "", "head_title": f"{TITLE}｜{SITE}"}, TITLE),
    "only-title-em-dash": ({"heading": "", "head_title": f"{TITLE}—{SITE}"}, TITLE),
    "only-title-double-em-dash": ({"heading": "", "head_title": f"{TITLE}——{SITE}"}, TITLE),
    "only-title-double-colon": ({"heading": "", "head_title": f"{TITLE}::{SITE}"}, TITLE),
    "only-title-spaced-double-colon": ({"heading": "", "head_title": f"{TITLE} :: {SITE}"}, TITLE),
    "only-title-column-and-site-dash": (
        {"heading": "", "head_title": f"{TITLE}-园区动态-{SITE}"},
        TITLE,
    ),
    "only-title-column-and-site-em-dash": (
        {"heading": "", "head_title": f"{TITLE}——园区动态——{SITE}"},
        TITLE,
    ),
    # -- og:title and <title> --------------------------------------------------------------------
    "og-title-agrees-title-tag-site-only": ({**_head(SITE, TITLE)}, TITLE),
    "og-title-shorter-than-h1": ({**_head(f"{TITLE}_{SITE}", "创新创业大赛总决赛")}, TITLE),
    "og-title-other-title-tag": (
        {**_head(f"园区动态_{SITE}", TITLE), "heading": ""},
        TITLE,
    ),
    "title-tag-cut-with-dots": ({"head_title": "高新区举办第五届创新创业...-" + SITE}, TITLE),
    "title-tag-cut-with-ellipsis": ({"head_title": "高新区举办第五届创新…_" + SITE}, TITLE),
    # -- shapes of the heading ---------------------------------------------------------------------
    "two-spans": (
        {"heading": "<h1><span>高新区举办第五届</span><span>创新创业大赛总决赛</span></h1>"},
        TITLE,
    ),
    "br-in-div-title": (
        {"heading": "<div class='title'>高新区举办第五届<br/>创新创业大赛总决赛</div>"},
        TITLE,
    ),
    "trailing-date-span": (
        {"heading": f"<h1>{TITLE}<span class='date'>2024-03-05</span></h1>"},
        TITLE,
    ),
    "trailing-date-bracketed": (
        {"heading": f"<h1>{TITLE}（2024-03-05）</h1>"},
        TITLE,
    ),
    "box-kicker-and-deck": (
        {
            "heading": "<div class='article-title'><p class='yt'>聚力创新 共谋发展</p>"
            f"<h1>{TITLE}</h1><p class='ft'>——二十个项目同台角逐</p></div>"
        },
        TITLE,
    ),
    "box-deck-h2": (
        {"heading": f"<div class='tit'><h1>{TITLE}</h1><h2>二十个项目同台角逐</h2></div>"},
        TITLE,
    ),
    "very-long": ({"heading": f"<h1>{LONG}</h1>", "head_title": f"{LONG}_{SITE}"}, LONG),
    "very-long-title-tag-cut": (
        {"heading": f"<h1>{LONG}</h1>", "head_title": LONG[:30] + "..._" + SITE},
        LONG,
    ),
    "english-on-chinese-page": ({"heading": f"<h1>{EN}</h1>", "head_title": f"{EN}_{SITE}"}, EN),
    "english-only-in-title-tag": ({"heading": "", "head_title": f"{EN} - {SITE}"}, EN),
    "nbsp-padding": ({"heading": f"<h1>&nbsp;&nbsp;{TITLE}&nbsp;</h1>"}, TITLE),
    "ideographic-padding": ({"heading": f"<h1>\u3000\u3000{TITLE}\u3000</h1>"}, TITLE),
    "nbsp-in-latin-words": (
        {
            "heading": "<h1>高新区5G&nbsp;Lab正式揭牌</h1>",
            "head_title": f"高新区5G Lab正式揭牌_{SITE}",
        },
        "高新区5G Lab正式揭牌",
    ),
    "traditional-h1": (
        {
            "heading": f"<h1>{TT}</h1>",
            "head_title": f"{TT}｜科學園區管理局",
            "body": text(TP1, TP2, TP3),
        },
        TT,
    ),
    "headline-with-quotes-and-colon": (
        {
            "heading": "<h1>“科创中国”高新区行：二十个项目同台角逐</h1>",
            "head_title": f"“科创中国”高新区行：二十个项目同台角逐_{SITE}",
        },
        "“科创中国”高新区行：二十个项目同台角逐",
    ),
    "headline-with-dash-inside": (
        {
            "heading": "<h1>高新区—浙大合作研究院揭牌</h1>",
            "head_title": f"高新区—浙大合作研究院揭牌_{SITE}",
        },
        "高新区—浙大合作研究院揭牌",
    ),
}


TITLES.update(
    {
        "linked-h1": ({"heading": f"<h1><a href='{URL}'>{TITLE}</a></h1>"}, TITLE),
        "coloured-font-part": (
            {"heading": "<h1><font color='red'>高新区</font>举办第五届创新创业大赛总决赛</h1>"},
            TITLE,
        ),
        "curly-quote-entities": (
            {
                "heading": "<h1>&ldquo;科创中国&rdquo;高新区行：二十个项目同台角逐</h1>",
                "head_title": f"“科创中国”高新区行：二十个项目同台角逐_{SITE}",
            },
            "“科创中国”高新区行：二十个项目同台角逐",
        ),
        "hidden-span-inside": (
            {"heading": f"<h1>{TITLE}<span style='display:none'>高新区新闻</span></h1>"},
            TITLE,
        ),
        "title-tag-site-only-div-title": (
            {"heading": f"<div class='title'>{TITLE}</div>", "head_title": SITE},
            TITLE,
        ),
        "title-tag-empty-h1": ({"head_title": ""}, TITLE),
        "title-tag-column-td-title": (
            {
                "heading": f"<table><tr><td class='title'>{TITLE}</td></tr></table>",
                "head_title": f"园区动态_{SITE}",
            },
            TITLE,
        ),
        "title-tag-column-bold-p": (
            {"heading": f"<p><b>{TITLE}</b></p>", "head_title": f"园区动态 - {SITE}"},
            TITLE,
        ),
        "only-title-site-first-underscore": (
            {"heading": "", "head_title": f"{SITE}_{TITLE}"},
            TITLE,
        ),
        "only-title-site-first-pipe": ({"heading": "", "head_title": f"{SITE} | {TITLE}"}, TITLE),
        "only-title-three-suffixes": (
            {"heading": "", "head_title": f"{TITLE} - 园区动态 - 新闻中心 - {SITE}"},
            TITLE,
        ),
        "english-pipe-suffix": ({"heading": f"<h1>{EN}</h1>", "head_title": f"{EN} | {SITE}"}, EN),
        "spaced-dash-inside-headline": (
            {
                "heading": "<h1>高新区举办第五届创新创业大赛 - 二十个项目同台角逐</h1>",
                "head_title": f"高新区举办第五届创新创业大赛 - 二十个项目同台角逐_{SITE}",
            },
            "高新区举办第五届创新创业大赛 - 二十个项目同台角逐",
        ),
        "og-title-site-h1-headline": ({**_head(f"{TITLE}_{SITE}", SITE)}, TITLE),
        "headline-then-date-line-br": (
            {"heading": f"<h2>{TITLE}<br><span class='time'>2024-03-05</span></h2>"},
            TITLE,
        ),
        "trailing-chinese-date": (
            {"heading": f"<h1>{TITLE} 2024年3月5日</h1>"},
            TITLE,
        ),
    }
)


TITLES.update(
    {
        "logo-h1-text-div-title": (
            {
                "header": f"<div class='logo'><h1>{SITE}</h1></div>" + HEADER,
                "heading": f"<div class='title'>{TITLE}</div>",
            },
            TITLE,
        ),
        "kicker-span-br-in-h1": (
            {"heading": f"<h1><span class='yt'>聚力创新 共谋发展</span><br>{TITLE}</h1>"},
            TITLE,
        ),
        "column-h1-div-title-og": (
            {
                "trail": "",
                "heading": f"<h1>园区动态</h1><div class='title'>{TITLE}</div>",
                **_head(f"园区动态_{SITE}", TITLE),
            },
            TITLE,
        ),
        "bold-td-title-tag-cut": (
            {
                "heading": f"<table><tr><td align='center'><strong>{TITLE}</strong></td></tr></table>",
                "head_title": "高新区举办第五届创新创业...",
            },
            TITLE,
        ),
        "trail-leaf-headline-then-h1": (
            {"trail": box("当前位置：" + joined(" &gt; ", tail=f" &gt; {TITLE}"))},
            TITLE,
        ),
        "title-tag-site-prefix-h2": (
            {"heading": f"<h2>{TITLE}</h2>", "head_title": f"{SITE}-{TITLE}"},
            TITLE,
        ),
    }
)


TITLES.update(
    {
        "group-photo-tag-kept": (
            {"heading": f"<h1>{TITLE}（组图）</h1>", "head_title": f"{TITLE}（组图）_{SITE}"},
            f"{TITLE}（组图）",
        ),
        "ampersand-entity": (
            {
                "heading": "<h1>高新区R&amp;D投入突破百亿元</h1>",
                "head_title": f"高新区R&amp;D投入突破百亿元_{SITE}",
            },
            "高新区R&D投入突破百亿元",
        ),
        "subscript-inside": (
            {
                "heading": "<h1>园区企业CO<sub>2</sub>减排技术获突破</h1>",
                "head_title": f"园区企业CO2减排技术获突破_{SITE}",
            },
            "园区企业CO2减排技术获突破",
        ),
        "two-h1-column-then-headline": (
            {"trail": "", "heading": f"<h1>园区动态</h1><h1>{TITLE}</h1>"},
            TITLE,
        ),
        "sidebar-headings-before-article": (
            {
                "trail": "<div class='left'><h2>新闻中心</h2><ul><li><a href='/xwzx/yqdt/'>园区动态</a></li>"
                "<li><a href='/xwzx/mtbd/'>媒体报道</a></li></ul><h2>联系我们</h2><p>电话：0571-88888888</p></div>"
                + box("当前位置：" + joined(" &gt; "))
            },
            TITLE,
        ),
        "p-class-title-not-bold": ({"heading": f"<p class='title'>{TITLE}</p>"}, TITLE),
        "title-label-in-box": ({"heading": f"<div class='bt'>标题：{TITLE}</div>"}, TITLE),
        "title-and-meta-in-one-div": (
            {
                "heading": f"<div class='title'>{TITLE}<br>发布时间：2024-03-05 来源：高新区科技局</div>",
                "meta": "",
            },
            TITLE,
        ),
        "td-title-tag-site-only": (
            {
                "heading": f"<table><tr><td height='40' align='center'>{TITLE}</td></tr></table>",
                "head_title": SITE,
            },
            TITLE,
        ),
        "h1-shorter-than-og-title": (
            {
                "heading": "<h1>高新区举办创新创业大赛总决赛</h1>",
                **_head(f"{TITLE}_{SITE}", TITLE),
            },
            "高新区举办创新创业大赛总决赛",
        ),
    }
)


TITLES.update(
    {
        # policy73: a plain element's <br> lines are one headline, as a heading's are (corpus38)
        "br-in-div-title-tag-site-only": (
            {
                "heading": "<div class='bt'>高新区举办第五届<br>创新创业大赛总决赛</div>",
                "head_title": SITE,
            },
            TITLE,
        ),
        "br-in-td-title-tag-column": (
            {
                "heading": "<table><tr><td align='center'>高新区举办第五届<br>创新创业大赛总决赛</td></tr></table>",
                "head_title": f"园区动态_{SITE}",
            },
            TITLE,
        ),
        "br-in-bold-p-title-tag-cut": (
            {
                "heading": "<p><strong>高新区举办第五届<br>创新创业大赛总决赛</strong></p>",
                "head_title": "高新区举办第五届创新...",
            },
            TITLE,
        ),
        # <title> names one line: the other is a deck (fifth round's bilingual heading, in a div)
        "br-in-div-title-tag-names-one-line": (
            {"heading": f"<div class='bt'>{TITLE}<br>二十个项目同台角逐</div>"},
            TITLE,
        ),
        # an og:title that is only the site's name names no article: <title>'s headline
        "og-title-site-name-only-no-heading": (
            {"heading": "", **_head(f"{TITLE}_{SITE}", SITE)},
            TITLE,
        ),
        # a date in an element of its own beside the headline is no part of the title, whatever
        # <title> names (decide92, session 21)
        "trailing-date-span-title-tag-site-only": (
            {
                "heading": f"<h1>{TITLE}<span class='date'>2024-03-05</span></h1>",
                "head_title": SITE,
            },
            TITLE,
        ),
    }
)

# the generative cross: every heading element x inner markup x <title> style x og:title
ELEMENTS = (
    "<h1>{}</h1>", "<h2>{}</h2>", "<h3>{}</h3>", "<div class='c2'>{}</div>", "<p><strong>{}</strong></p>",
    "<table><tr><td align='center'>{}</td></tr></table>", "<table><tr><td><b>{}</b></td></tr></table>",
    "<div><span class='c3'>{}</span></div>",
)  # fmt: skip
INNERS = (
    TITLE, "高新区举办第五届<br>创新创业大赛总决赛", "<span>高新区举办第五届</span><span>创新创业大赛总决赛</span>",
    f"&nbsp;{TITLE}&nbsp;", f"\u3000\u3000{TITLE}", f"<font color='red'>{TITLE}</font>",
)  # fmt: skip
HEAD_TITLES = (
    f"{TITLE}_{SITE}", f"{TITLE} - {SITE}", f"{TITLE}-{SITE}", f"{TITLE}|{SITE}", f"{TITLE}—{SITE}",
    f"{TITLE}——{SITE}", f"{TITLE}::{SITE}", f"{TITLE}_园区动态_{SITE}", SITE, f"园区动态_{SITE}",
    "高新区举办第五届创新...", TITLE, "",
)  # fmt: skip


@pytest.mark.parametrize("element", range(len(ELEMENTS)))
def test_title_cross(element: int) -> None:
    """Each heading element with every inner markup, <title> style and og:title gives the headline."""
    wrong = []
    for inner in INNERS:
        for head_title in HEAD_TITLES:
            for og in ("", TITLE, SITE):
                head = f"<meta property='og:title' content='{og}'>" if og else ""
                got = page(
                    heading=ELEMENTS[element].format(inner), head_title=head_title, head=head
                )
                if got["title"] != TITLE:
                    wrong.append((inner, head_title, og, got["title"]))
    assert not wrong, wrong[:5]


# the questions policy73 left open, settled by the lead in session 21 (decide92)
TITLES.update(
    {
        # a kicker in an element of its own above the h1 is no part of the title, though <title>
        # joins both (corpus43's join holds only inside one heading element)
        "kicker-element-joined-by-title-tag": (
            {
                "heading": f"<div class='tit'><p class='yt'>聚力创新共谋发展</p><h1>{TITLE}</h1></div>",
                "head_title": f"聚力创新共谋发展{TITLE}_{SITE}",
            },
            TITLE,
        ),
        # a deck in <small> inside the h1 that <title> leaves out is a subordinate line
        "deck-in-small-inside-h1": (
            {"heading": f"<h1>{TITLE}<small>——二十个项目同台角逐</small></h1>"},
            TITLE,
        ),
        "only-title-blog-owner-suffix": (
            {"heading": "", "head_title": f"{TITLE} - 张三 - 博客园"},
            TITLE,
        ),
        # gaps89's neighbour: off a blog platform the segment before the site is the headline's
        "only-title-last-part-before-site": (
            {"heading": "", "head_title": "高新区举办第五届创新创业大赛 - 总决赛 - 高新区管委会"},
            "高新区举办第五届创新创业大赛 - 总决赛",
        ),
        # and a personal blog's own name is no platform: the headline's last part stays
        "only-title-last-part-before-own-blog": (
            {"heading": "", "head_title": "高新区举办第五届创新创业大赛 - 总决赛 - 张三的博客"},
            "高新区举办第五届创新创业大赛 - 总决赛",
        ),
    }
)


def _cat_case(name: str) -> None:
    parts, want = CATEGORY[name]
    out = page(**parts)
    assert leaf(out) == want, out["category"]


def _title_case(name: str) -> None:
    parts, want = TITLES[name]
    out = page(**parts)
    assert out["title"] == want, out["title"]
    assert out["body"].split("\n")[0].strip() in (P1, TP1), out["body"][:120]


@pytest.mark.parametrize("name", sorted(CATEGORY))
def test_category_shape(name: str) -> None:
    """Each trail markup gives the leaf LABELLING.md labels."""
    if f"cat-{name}" in XFAIL:
        pytest.xfail(XFAIL[f"cat-{name}"])
    _cat_case(name)


@pytest.mark.parametrize("name", sorted(TITLES))
def test_title_shape(name: str) -> None:
    """Each headline markup gives the title LABELLING.md labels."""
    if f"title-{name}" in XFAIL:
        pytest.xfail(XFAIL[f"title-{name}"])
    _title_case(name)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (f"{TITLE}_{SITE}", TITLE),
        (f"{TITLE}——{SITE}", TITLE),
        (f"{TITLE}::{SITE}", TITLE),
        (f"{TITLE} | 园区动态 | {SITE}", TITLE),
    ],
)
def test_strip_site_suffix_separators(raw: str, want: str) -> None:
    """The suffix rule drops the site behind each separator style."""
    assert strip_site_suffix(raw, SITE) == want


@pytest.mark.parametrize(
    "label", ["You are here: ", "Location: ", "导航：", "当前栏目：", "【当前位置】", "[当前位置]"]
)
def test_unknown_label_goes_with_home(label: str) -> None:
    """A label the label list does not know, before the home item, is no part of the trail."""
    out = page(trail=box(label + joined(" &gt; "), cls="c1"))
    assert out["category"] == "新闻中心 > 园区动态"


def test_unknown_label_and_home_alone_is_no_trail() -> None:
    """``Location: 首页`` alone names no section (fourteenth round: 首页 alone): category null."""
    assert (
        page(trail=box("Location: " + a("/", "首页") + " &gt; " + TITLE, cls="c1"))["category"]
        is None
    )
