"""follow196: hunt194's first-contact misses, each shape in our own words with its neighbours
(issue 10, session 32)."""

from __future__ import annotations

from incubator_crawler.article.body.clean import is_boilerplate
from incubator_crawler.crawl.process import extract_normalized

_URL = "https://example.github.io/2024/03/02/%E7%A4%BE%E5%9B%A2%E7%AE%80%E4%BB%8B/"
_PARA = "<p>" + "本社成立于去年春天，成员们每周聚会一次，交流读书与绘画的心得。" * 3 + "</p>"


def _run(html: str, url: str = _URL) -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _post(text: str, *, author: str = "", holder: str = "", site: str = "星空社",
          date_href: str = "/2024/03/02/%E7%A4%BE%E5%9B%A2%E7%AE%80%E4%BB%8B/") -> str:  # fmt: skip
    # Hexo Reimu's shape: the headline over the post's date linked to the post itself, the
    # Markdown text in its box, the sidebar card and the footer's holder line with an icon
    head = f"<meta property='article:author' content='{author}'>" if author else ""
    card = (
        f"<aside><div class='card'><div>{author}</div><div>一个读书会的文章站</div></div></aside>"
        if author
        else ""
    )
    foot = (
        f"<footer><div><span class='icon'></span>2021-2024 {holder}</div></footer>"
        if holder
        else ""
    )
    return (
        f"<html><head><title>社团简介 | {site}</title>"
        f"<meta property='og:title' content='社团简介'><meta property='og:site_name' content='{site}'>"
        f"<meta name='generator' content='Hexo 7.3.0'>{head}</head><body>"
        "<header><h1>社团简介</h1></header>"
        f"<article><div class='meta'><a href='{date_href}'><time>2024-03-02</time></a></div>"
        f"<div class='entry'>{text}</div></article>{card}{foot}</body></html>"
    )


_OPENING = (
    "<h1>关于本站的一些说明</h1><h2>近期更新</h2>"
    "<p><strong>2024/03/01</strong><br>+新增了<a href='https://example.org/'>留言</a>页面<br>"
    "-删去了旧的相册</p><h2>活动</h2>" + _PARA * 2
)


# 1. a date line inside the text, under the post's own date linked to the post itself


def test_text_opening_headings_and_dated_change_line_are_text():
    body = _run(_post(_OPENING))["body"]
    assert body.startswith("关于本站的一些说明\n\n近期更新\n\n2024/03/01\n\n+新增了留言页面")


def test_date_linked_elsewhere_leaves_the_date_line_inside_the_text():
    # the neighbour: a date linked to another page is a list row's, no meta line of the post;
    # the bare date inside the text is then the nearest date line, and the text starts below it
    body = _run(_post(_OPENING, date_href="/2024/02/01/other/"))["body"]
    assert not body.startswith("关于本站的一些说明")


def test_role_and_date_heading_opening_a_charter_is_text():
    text = "<h2>第一版章程</h2><h2>由会长编写 起草时间2024-3-1</h2>" + _PARA * 2
    out = _run(_post(text))
    assert out["title"] == "社团简介"
    assert out["body"].startswith("第一版章程\n\n由会长编写 起草时间2024-3-1\n\n本社成立于")


def test_heading_under_the_date_is_the_title_when_the_line_above_is_not():
    # the neighbour: a masthead (the site's name alone, no og:title) over the post's date and
    # its heading: the heading under the date is the headline
    html = (
        "<html><head><title>星空社</title></head><body><header><h1>星空社</h1></header>"
        "<article><div class='meta'><time>2024-03-02</time></div><h2>春季读书会顺利举行</h2>"
        f"<div class='entry'>{_PARA * 2}</div></article></body></html>"
    )
    assert _run(html, "https://example.github.io/p/7/")["title"] == "春季读书会顺利举行"


# 2. a club site's account in article:author, the footer's holder


def test_club_account_named_as_the_footer_holder_is_no_writer():
    html = _post(_PARA * 2, author="StarrySkyClub", holder="StarrySkyClub")
    assert _run(html)["author"] is None


def test_blog_owner_named_as_the_footer_holder_stays_the_writer():
    # the neighbour: a personal blog (no group's name) whose owner the footer names
    html = _post(_PARA * 2, author="李明远", holder="李明远", site="李明远的博客")
    assert _run(html)["author"] == "李明远"


def test_club_site_with_another_footer_holder_keeps_the_writer():
    # the neighbour: the club's site whose footer names someone else: the card's person writes
    html = _post(_PARA * 2, author="李明远", holder="星空社")
    assert _run(html)["author"] == "李明远"


# 3. a language switch opening a post


def test_language_switch_line_is_a_control():
    text = (
        "<blockquote><p>This article is also available in <a href='https://example.org/en/'>"
        "English</a>.<br>This map was originally created by Someone</p></blockquote>" + _PARA * 2
    )
    body = _run(_post(text))["body"]
    assert body.startswith("This map was originally created by Someone\n\n本社成立于")


def test_language_switch_shapes():
    assert is_boilerplate("This article is also available in English.")
    assert is_boilerplate("本文亦有英文版。")
    # neighbours: a sentence of the text that speaks of availability or of English
    assert not is_boilerplate("The book is also available in English and French bookshops.")
    assert not is_boilerplate("This map was originally created by Someone")
