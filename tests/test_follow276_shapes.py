"""follow276: variant breaks on session 35's new dev pages (issue 10, session 35), on pages of our own.

- A masthead logo linked home (``<a href=/><h2>站名 | SITE</h2></a>``) that is <title>'s suffix
  (``标题 | 站名 | SITE``) names the site: with the post's own heading gone, <title>'s head is the
  headline, not the logo.
- A ``原作者：X`` opening one line of several labelled credits at the text's opening (``原作者：X
  修订人：A B 排版：C``, gaps or pipes between) names the writer as the line of its own does.

Why: docs/benchmarks.md, follow276.
"""

from __future__ import annotations

from page_shapes import PROSE, run

P2 = "新学期开始后，社团整理了大家最常问到的问题，并请几位老成员逐条写下自己的经验和建议。" * 2


# 1. a home-linked logo that is <title>'s suffix


def _guide(logo: str, heading: str = "") -> dict:
    # (the theme's og:title holds the post's headline alone, as Hugo's does)
    head = (
        "<title>校园生活小贴士 | 彩虹社 | RAINBOW</title>"
        "<meta property='og:title' content='校园生活小贴士'>"
    )
    body = (
        f"<header>{logo}<nav><a href='/news/'>新闻</a><a href='/post/'>文章</a></nav></header>"
        f"<main>{heading}<p><time datetime='2020-03-01'>Mar 01, 2020</time>| 小明</p>"
        f"<div class='content'><p>{PROSE}</p><p>{P2}</p></div></main>"
    )
    return run(body, head, "https://rainbow.example.org/post/tips/")


def test_home_logo_that_is_title_suffix_gives_title_head() -> None:
    logo = "<a href='/' class='title'><h2>彩虹社 | RAINBOW</h2></a>"
    assert _guide(logo)["title"] == "校园生活小贴士"


def test_neighbour_post_heading_still_wins_over_logo() -> None:
    logo = "<a href='/' class='title'><h2>彩虹社 | RAINBOW</h2></a>"
    assert _guide(logo, "<h1>校园生活小贴士</h1>")["title"] == "校园生活小贴士"


def test_neighbour_unlinked_heading_of_the_suffix_is_kept() -> None:
    # no home link: a heading set in the page, not a masthead logo (the rule leaves it)
    assert _guide("<h2>彩虹社 | RAINBOW</h2>")["title"] == "彩虹社 | RAINBOW"


# 2. 原作者 opening a line of several labelled credits


# a long text: the trailer's window (the text's last lines) does not reach its opening
LONG = "".join(f"<p>第{i}段：{P2}</p>" for i in range(16))


def _credits(line: str) -> dict:
    head = "<title>新生入学问答 | 彩虹社</title>"
    body = (
        "<main><h1>新生入学问答</h1><p><time datetime='2019-09-10'>Sep 10, 2019</time>| 小明</p>"
        f"<div class='content'><blockquote><p>{P2}</p></blockquote><hr>{line}"
        f"<p>{PROSE}</p>{LONG}</div></main>"
    )
    return run(body, head, "https://rainbow.example.org/post/qa/")


def test_original_writer_opening_a_credits_line_with_gaps() -> None:
    line = (
        "<p>原作者：青山 alpha\u3000修订人：小明 阿木 Bob\u3000排版：小红 Cat\u3000统筹：大林</p>"
    )
    assert _credits(line)["author"] == "青山 alpha"


def test_original_writer_opening_a_credits_line_with_pipes() -> None:
    line = (
        "<p><strong>原作者：</strong>青山 alpha｜<strong>修订人：</strong>小明 阿木｜"
        "<strong>排版：</strong>小红</p>"
    )
    assert _credits(line)["author"] == "青山 alpha"


def test_neighbour_line_broken_credits_unchanged() -> None:
    line = "<p>原作者：青山 alpha<br>修订人：小明 阿木 Bob<br>排版：小红 Cat</p>"
    assert _credits(line)["author"] == "青山 alpha"


def test_neighbour_revisers_line_names_no_writer() -> None:
    # a line opened by another credit (修订人) is no writer's line: the poster beside the date stays
    line = "<p>修订人：小明 阿木 Bob\u3000排版：小红 Cat\u3000统筹：大林</p>"
    assert _credits(line)["author"] == "小明"


def test_neighbour_original_writer_in_prose_is_not_read() -> None:
    line = f"<p>原作者：这一段是正文里引用别人的话，后面还有很长的一段叙述。{PROSE}</p>"
    assert _credits(line)["author"] == "小明"
