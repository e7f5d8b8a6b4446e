"""Category and source shapes found by a wide screen of unlabelled dev-side pages (audit301,
issue 10): a header's slash-parted bar of nine sections read as a trail."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"
NINE = ["首页", "新闻", "专题", "阳光开奖", "刮刮乐", "双色球", "快乐8", "3D", "七乐彩"]


def _slash_bar(items: list[str]) -> str:
    # the video template of a lottery centre's site: its sections in the header, each link
    # followed by an ``<i>/</i>``, then the headline and the 来源 line
    links = "<i>/</i>\n".join(
        f'<a href="../../{f"s{n}/" if n else ""}index.html" target="_blank">{t}</a>'
        for n, t in enumerate(items)
    )
    return (
        f'<header><div class="nav"><a href="../../index.html"><img src="logo.png" alt="logo"></a>'
        f'<p class="m_n_2">{links}</p></div></header>'
        "<div class='main'><h2>《为幸福喝彩》20201103期</h2>"
        f"<p class='src'>来源：中国福彩网 2020-11-05 14:44</p>{TEXT}</div>"
    )


def test_nine_sections_parted_by_slashes_are_a_menu() -> None:
    out = run(_slash_bar(NINE), url="http://www.example.cn/c/2020-11-05/476493.html")
    assert out["category"] is None
    assert out["extraction"].get("breadcrumb") is None
    assert out["title"] == "《为幸福喝彩》20201103期"
    assert out["source"] == "中国福彩网"
    assert out["published_at"] == "2020-11-05T14:44:00+08:00"


@pytest.mark.parametrize(
    ("items", "trail"),
    [
        (["首页", "新闻", "福彩要闻"], "新闻 > 福彩要闻"),  # three levels parted the same way
        (NINE[:8], " > ".join(NINE[1:8])),
    ],
)
def test_a_short_slash_parted_trail_stays(items: list[str], trail: str) -> None:
    # the bar's length is what tells a menu: eight items are the most a trail may hold (the
    # negative neighbours: the rule counts the links, it does not drop slash-parted trails)
    out = run(_slash_bar(items), url="http://www.example.cn/c/2020-11-05/476493.html")
    assert out["category"] == trail


def test_nine_sections_parted_by_spaced_slashes_were_a_menu_already() -> None:
    # ``首页 / 新闻 / …`` with a blank each side of the glyph: the text's own split counted nine
    bar = _slash_bar(NINE).replace("<i>/</i>", " <i>/</i> ")
    assert run(bar, url="http://www.example.cn/c/2020-11-05/476493.html")["category"] is None


# ------------------------------------------------ dates of other posts and of comments
def _aside(items: int = 3) -> str:
    # Hexo Butterfly's 最新文章 card: each entry a thumbnail link, then the title link and its time
    rows = "".join(
        f'<div class="aside-list-item"><a class="thumbnail" href="/posts/{n}.html">'
        f'<img src="/{n}.jpg" alt="t"></a><div class="content"><a class="title" '
        f'href="/posts/{n}.html" title="分社第{n}次翻转例会">【扬帆分社】分社第{n}次翻转例会</a>'
        f'<time datetime="2026-04-{24 - n}T16:00:00.000Z" title="发表于">2026-04-{25 - n}</time>'
        "</div></div>"
        for n in range(items)
    )
    return f'<div class="card-widget card-recent-post"><div class="item-headline">最新文章</div><div class="aside-list">{rows}</div></div>'


def _rules_page(own: str = "") -> str:
    return (
        f"<div id='page'><h1 class='page-title'>躲避球轻量版</h1>{own}"
        f"<div class='article-container'>{TEXT}</div></div><aside>{_aside()}</aside>"
    )


def test_recent_posts_aside_dates_no_page() -> None:
    out = run(_rules_page(), url="https://www.example.cn/games/51.html")
    assert out["title"] == "躲避球轻量版"
    assert out["published_at"] is None


def test_the_pages_own_time_beside_the_aside_stays() -> None:
    own = (
        '<div id="post-meta"><span class="post-meta-date">发表于 <time class="post-meta-date-created" '
        'datetime="2025-03-01T02:00:00.000Z" title="发表于 2025-03-01 10:00:00">2025-03-01</time>'
        '</span><span class="post-meta-date">更新于 <time class="post-meta-date-updated" '
        'datetime="2025-03-02T02:00:00.000Z">2025-03-02</time></span></div>'
    )
    out = run(_rules_page(own), url="https://www.example.cn/posts/1.html")
    assert out["published_at"][:10] == "2025-03-01"


def test_an_unmarked_time_in_a_meta_row_stays() -> None:
    # a meta row of spans, one a category link: no sibling entry holds a time, the time is the page's
    own = (
        "<div class='meta'><span><a href='/categories/games/'>团建游戏合集</a></span>"
        "<span><time datetime='2025-03-01T10:00:00+08:00'>2025-03-01</time></span></div>"
    )
    body = f"<h1>躲避球轻量版</h1>{own}<div class='article-container'>{TEXT}</div>"
    assert run(body, url="https://www.example.cn/posts/1.html")["published_at"][:10] == "2025-03-01"


def _wp_comment(n: int, day: int) -> str:
    # a WordPress theme's comment: name | time | Reply, no 说 / said after the name
    return (
        f'<li id="comment-{n}" class="comment even thread-even depth-1"><article id="div-comment-{n}" '
        'class="comment-wrapper"><div class="comment-body"><div class="comment-author vcard">'
        '<cite class="fn"><a href="http://x.example.com/" class="url">群二少</a></cite> | '
        f'<time datetime="2018-01-0{day}T15:18:04+00:00">January {day}, 2018 at 3:18 pm</time> | '
        '<span class="reply"><a href="#respond">Reply</a></span></div><div class="comment-content">'
        f"<p>作为一个读者，我想说说我自己的看法，第{n}条。</p></div></div></article></li>"
    )


def _post_with_comments(own: str = "") -> str:
    return (
        f"<article class='post'><h1 class='entry-title'>心智探寻（一）：父母，和我们自己</h1>{own}"
        f"<div class='entry-content'>{TEXT}</div></article><div id='comments' class='comments-area'>"
        f"<h2 class='comments-title'>2 thoughts</h2><ol class='comment-list'>{_wp_comment(1, 5)}"
        f"{_wp_comment(2, 1)}</ol></div>"
    )


def test_a_comments_time_dates_no_post() -> None:
    out = run(_post_with_comments(), url="https://www.example.cn/2017/04/29/maze-1/")
    assert out["published_at"] is None


def test_the_posts_own_time_over_its_comments_stays() -> None:
    own = '<div class="entry-meta"><time class="entry-date" datetime="2017-04-29T09:00:00+00:00">April 29, 2017</time></div>'
    out = run(_post_with_comments(own), url="https://www.example.cn/2017/04/29/maze-1/")
    assert out["published_at"][:10] == "2017-04-29"


def _game_bar(hrefs: list[str]) -> str:
    links = "<i>/</i>\n".join(
        f'<a href="{h}" target="_blank">{t}</a>'
        for h, t in zip(hrefs, NINE[: len(hrefs)], strict=False)
    )
    return (
        f'<header><div class="nav"><p class="m_n_2">{links}</p></div></header>'
        "<div class='main'><h2>点球大战-百发百中</h2>"
        f"<p class='src'>来源：中国福彩网 2020-11-05 14:44</p>{TEXT}</div>"
    )


SECTIONS = ["/index.html", "/xwzx/", "/ztbd/", "/kjxx/", "/ggl/", "/kjxx/ssq/"]


def test_eight_sections_ending_in_two_side_by_side_folders_are_a_menu() -> None:
    # eight links (at the ceiling), the last two ``kjxx/fc3d/`` and ``kjxx/qlc/``: one section's games
    bar = _game_bar([*SECTIONS, "/kjxx/fc3d/index.html", "/kjxx/qlc/index.html"])
    assert run(bar, url="http://www.example.cn/h5/ggl/ggl_bfbz.html")["category"] is None


@pytest.mark.parametrize(
    "last",
    [
        "/kjxx/fc3d/qlc/index.html",  # down into the item before: a path
        "/qlc/index.html",  # a root folder beside a section's: no section holds both
    ],
)
def test_a_long_bar_going_down_or_back_to_the_root_is_unchanged(last: str) -> None:
    bar = _game_bar([*SECTIONS, "/kjxx/fc3d/index.html", last])
    assert run(bar, url="http://www.example.cn/h5/ggl/ggl_bfbz.html")["category"] is not None


def test_a_short_trail_into_side_by_side_folders_stays() -> None:
    # five links: below the six levels a bar must have to be read for a menu's shape
    bar = _game_bar(
        ["/index.html", "/xwzx/", "/kjxx/", "/kjxx/fc3d/index.html", "/kjxx/qlc/index.html"]
    )
    assert run(bar, url="http://www.example.cn/h5/ggl/ggl_bfbz.html")["category"] is not None
