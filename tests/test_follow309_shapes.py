"""follow309: a page-level ``<header>`` is chrome to the container, like the footer and a sidebar.

On a deleted post's page (benchmarks/text_gone.py) the densest text left may be in the page's own
``<header>``, standing in no ``article`` / ``main`` and not holding the post's meta line: the site's
description under its name (``介绍 Apache 之道，推广开源项目…``), a menu's popover (``无需申请，自由写作 /
任何用户都可使用写作功能。…``). The container step looks past it as past a footer; with nothing else
left there is no body. A short text beside such a header keeps its body; a header inside the
article, or one holding the post's title and meta line with its text, is the article's own. A
WordPress comment form's cookie line (``在此浏览器中保存我的名字、电邮和网站。``) is a notice.

Why: docs/benchmarks.md, follow309.
"""

from __future__ import annotations

from page_shapes import run

TEXT = [
    "本周六下午，社区在图书馆三楼报告厅举办了开源交流会，三十多位开发者参加。",
    "交流会上，几位项目维护者分享了参与开源基金会孵化的经验，并回答了大家的提问。",
]
SITE_HEADER = (
    "<header><a href='/'><img src='/logo.png' alt='开源社区博客'></a>"
    "<div class='site-title'><a href='/'>开源社区博客</a></div>"
    "<div id='title-description'>介绍开源之道，推广开源项目，传播开源精神，让更多的本土开发者"
    "近距离了解基金会以及开源文化！</div>"
    "<nav><a href='/blog/'>博客</a><a href='/tags/'>标签</a><a href='/about/'>关于</a></nav>"
    "</header>"
)
POPOVER_HEADER = (
    "<header id='app-head'><div class='head'><div class='right'><div class='write'><a>写文章</a>"
    "<div class='popover'><div class='popover-inner'><h4>无需申请，自由写作</h4>"
    "<p>任何用户都可使用写作功能。成功发布 3 篇符合基本规则的内容，可成为正式作者。<a>了解更多</a></p>"
    "</div></div></div></div></div></header>"
)
COOKIE_FORM = (
    "<div id='respond'><h3>发表回复</h3><form><p>电子邮件地址不会被公开。 必填项已用*标注</p>"
    "<p><label>评论 *</label><textarea></textarea></p>"
    "<p><input type='checkbox'><label>在此浏览器中保存我的名字、电邮和网站。</label></p>"
    "<p><input type='submit' value='发表评论'></p></form></div>"
)


def _page(paras: list[str], header: str = SITE_HEADER, after_text: str = "") -> dict:
    # (no meta line under the title, as on the real pages: the container is chosen page-wide)
    head = "<title>开源交流会 | 开源社区博客</title>"
    text = "".join(f"<p>{p}</p>" for p in paras)
    body = (
        f"{header}<div class='wrap'><h1>开源交流会</h1>"
        f"<div class='post-content'>{text}</div>{after_text}</div>"
        "<div class='foot'><p>© 2020 开源社区博客</p></div>"
    )
    return run(body, head, "https://blog.example.org/2020/08/30/jiaoliu/")


def test_site_description_in_the_page_header_is_no_body() -> None:
    out = _page([])
    assert out["body"] is None
    assert out["rejected"] == "missing body"


def test_menu_popover_in_the_page_header_is_no_body() -> None:
    assert _page([], POPOVER_HEADER)["body"] is None


def test_neighbour_short_text_below_the_page_header_keeps_it() -> None:
    assert _page(TEXT)["body"] == "\n\n".join(TEXT)
    assert _page(TEXT, POPOVER_HEADER)["body"] == "\n\n".join(TEXT)


def test_neighbour_one_line_text_below_the_page_header_keeps_it() -> None:
    line = "本周六图书馆闭馆一天，请同学们合理安排时间。"
    assert _page([line])["body"] == line


def test_neighbour_text_inside_an_article_header_is_the_body() -> None:
    # an article's own <header> holds the whole short post: it is the text, not chrome
    line = (
        "本周六下午，社区在图书馆三楼报告厅举办了开源交流会，三十多位开发者参加，交流了孵化经验。"
    )
    body = (
        SITE_HEADER + "<main><article><header><h1>开源交流会</h1>"
        f"<p class='meta'>30 Aug 2020 · 社区</p><p>{line}</p></header></article></main>"
    )
    out = run(body, "<title>开源交流会</title>", "https://blog.example.org/2020/08/30/jiaoliu/")
    assert out["body"] == line


def test_neighbour_page_header_holding_the_meta_line_keeps_its_text() -> None:
    # a theme that prints the post's title, date and text in a page-level <header> (no article
    # landmark): the header holds the meta line, so it is the post's, not chrome
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    body = (
        "<div class='top'><a href='/'>开源社区博客</a></div><header><h1>开源交流会</h1>"
        f"<p class='meta'>30 Aug 2020 · 社区</p><div class='post-content'>{text}</div></header>"
    )
    out = run(body, "<title>开源交流会</title>", "https://blog.example.org/2020/08/30/jiaoliu/")
    assert out["body"] == "\n\n".join(TEXT)


def test_comment_form_with_its_cookie_line_is_no_body() -> None:
    assert _page([], after_text=COOKIE_FORM)["body"] is None


def test_neighbour_short_text_above_the_comment_form_keeps_it() -> None:
    assert _page(TEXT, after_text=COOKIE_FORM)["body"] == "\n\n".join(TEXT)
