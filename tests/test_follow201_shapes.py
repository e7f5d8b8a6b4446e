"""follow201: variant breaks on session 32's new dev pages, each shape in our own words with its
negative neighbours (issue 10, session 33)."""

from __future__ import annotations

from incubator_crawler.crawl.process import extract_normalized

_PARA = "<p>" + "这家小店开在湖边，房间干净明亮，老板每天早上都会准备热腾腾的早餐。" * 3 + "</p>"


def _run(html: str, url: str = "https://example.org/2016/05/02/hotel/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


# 1. a heading of the text that <title> holds only a part of, under the post's meta line


def _hux(headline_html: str, *, title: str = "湖畔家庭旅馆介绍(北区) | 小镇", og: str = "湖畔家庭旅馆介绍(北区)",
         heading: str = "旅馆介绍") -> str:  # fmt: skip
    # a Hux-like heading box: tags, the headline, ``Posted by X on DATE``; the Markdown text
    # opens with its own h2 that the headline holds a part of
    og_meta = f"<meta property='og:title' content='{og}'>" if og else ""
    return (
        f"<html><head><title>{title}</title>{og_meta}</head><body>"
        "<header><div class='post-heading'><div class='tags'><a href='/tags/a'>住宿</a></div>"
        f"{headline_html}<span class='meta'>Posted by 林晓 on Monday, May 2, 2016</span></div>"
        f"</header><article><div class='post-container'><h2>{heading}</h2>{_PARA}"
        f"<h2>交通</h2>{_PARA}</div></article></body></html>"
    )


def test_whole_headline_in_a_plain_line_beats_a_heading_it_holds_in_part():
    for shown in (
        "<p>湖畔家庭旅馆介绍(北区)</p>",
        "<div><strong>湖畔家庭旅馆介绍(北区)</strong></div>",
    ):
        out = _run(_hux(shown))
        assert out["title"] == "湖畔家庭旅馆介绍(北区)"
        assert out["author"] == "林晓"


def test_headline_only_in_title_beats_a_heading_it_holds_in_part():
    out = _run(_hux(""))
    assert out["title"] == "湖畔家庭旅馆介绍(北区)"


def test_heading_stating_the_headline_whole_stays_the_title():
    # neighbour: the text's heading is the headline itself (<title> states it whole)
    html = _hux("", title="旅馆介绍 | 小镇", og="旅馆介绍")
    assert _run(html)["title"] == "旅馆介绍"


def test_h1_under_the_date_line_stays_the_title_when_og_title_adds_a_name():
    # neighbour: an h1 under the date line that og:title holds with the paper's name before it
    # (信報's ``今日信報-- 标题``) is the headline, not a heading of the text
    html = (
        "<html><head><title>今日晚报-- 湖边新开一家旅馆</title>"
        "<meta property='og:title' content='今日晚报-- 湖边新开一家旅馆'></head><body>"
        "<div class='date'>2020年3月4日</div><h1>湖边新开一家旅馆</h1>"
        f"<div class='text'>{_PARA * 2}</div></body></html>"
    )
    assert _run(html, "https://example.org/news/1234")["title"] == "湖边新开一家旅馆"
    # set as an h2 it is still the headline, the paper's name set off in og:title
    shown = html.replace("<h1>湖边新开一家旅馆</h1>", "<h2>湖边新开一家旅馆</h2>")
    assert _run(shown, "https://example.org/news/1234")["title"] == "湖边新开一家旅馆"


# 2. a heading under the post's own date line starts the text, whatever tag sets the headline


def _reimu(headline_html: str) -> str:
    # the headline (here not a heading: a <p> in the home link, a bold <div>) over the post's
    # date, then a charter's own headings, one with its drafting date
    return (
        "<html><head><title>社团公告 | 星空社</title><meta property='og:title' content='社团公告'>"
        "<meta property='og:site_name' content='星空社'></head><body>"
        f"<header><a href='/' id='logo'>{headline_html}</a></header>"
        "<article><div class='meta'><time>2024-03-02</time></div><div class='entry'>"
        "<h2>第一版章程</h2><h2>由会长编写 起草时间2024-3-1</h2>"
        f"{_PARA * 2}</div></article></body></html>"
    )


def test_plain_headline_over_the_date_line_keeps_the_charter_headings_text():
    for shown in ("<p>社团公告</p>", "<div><strong>社团公告</strong></div>"):
        out = _run(_reimu(shown), "https://example.github.io/2024/03/02/notice/")
        assert out["title"] == "社团公告"
        assert out["body"].startswith("第一版章程\n\n由会长编写 起草时间2024-3-1\n\n这家小店")


def test_line_above_the_date_naming_another_title_keeps_the_old_reading():
    # neighbour: the line over the date is not <title>'s first segment (a slogan in the home
    # link): the later date line is not read as inside the text by this rule
    out = _run(_reimu("<p>读书与绘画</p>"), "https://example.github.io/2024/03/02/notice/")
    # the headline shown nowhere: <title> and og:title name it, the charter's h2 right under the
    # bare date line is the text's (follow217, dreammagic's title-only variant)
    assert out["title"] == "社团公告"
    assert out["body"].startswith("这家小店")


# 3. a tag row opening with two writers' ``Auth:NAME`` tags, in any markup


def _tagged(row: str) -> str:
    return (
        "<html><head><title>配平的方法 | 化学小站</title></head><body><article>"
        "<h1>配平的方法</h1><div class='meta'><time>2023-05-06</time></div>"
        f"<div class='text'>{_PARA * 2}</div><section class='tags'>{row}</section>"
        "</article></body></html>"
    )


def test_two_auth_tags_unlinked_name_both_writers():
    gap = "\xa0\xa0"
    for row in (
        f"<span>Auth:氯化钠NaCl</span>{gap}<span>Auth:Lin42</span>{gap}<span>方程式</span>",
        f"Auth:氯化钠NaCl{gap}Auth:Lin42{gap}<a href='#'>方程式</a>",
        f"<div>Auth:氯化钠NaCl{gap}Auth:Lin42{gap}方程式</div>",
    ):
        assert _run(_tagged(row), "https://example.github.io/p/equations/")["author"] == (
            "氯化钠NaCl、Lin42"
        )


def test_auth_tags_followed_by_a_sentence_name_no_writer():
    # neighbour: a sentence after the tags is no tag row
    gap = "\xa0\xa0"
    row = f"<div>Auth:氯化钠NaCl{gap}Auth:Lin42{gap}欢迎大家在评论区交流，谢谢！</div>"
    assert _run(_tagged(row), "https://example.github.io/p/equations/")["author"] is None


# 4. a licence / copyright box (or the config's article:author) naming a group's site


def _boxed(site: str, boxed: str, holder: str) -> str:
    # Butterfly's shape: the site's name in <title>, og:site_name and the header, the config's
    # author in article:author and the post's licence box, the footer's holder line
    return (
        f"<html><head><title>第三次例会 | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:author' content='{boxed}'></head><body>"
        f"<header><a href='/'>{site}</a></header>"
        "<h1>第三次例会</h1><div class='meta'>发表于 2024-03-02</div>"
        f"<article>{_PARA * 3}</article>"
        "<div class='post-copyright'><div><span>第三次例会</span></div>"
        f"<div><div><h>作者</h><div><h>{boxed}</h></div></div>"
        "<div><h>许可协议</h><div><a href='/licence/'>CC BY-NC-SA 4.0</a></div></div></div>"
        f"</div><footer>©2020-2024 By {holder}</footer></body></html>"
    )


_GROUP_SITES = (
    ("向前1！2！3！", "向前1！2！3！", "向前1！2！3！"),  # a society's cheer, full-width marks
    ("加油,向前!", "加油,向前!", "加油,向前!"),  # the same call in half-width marks
    ("星空社", "星空社", "星空社"),  # a club's name
    ("晨光读书会", "晨光读书会", "晨光读书会"),
    ("Aurora Lab", "Aurora Lab", "Aurora Lab"),  # a lab's, in Latin letters
    ("星空社", "StarClub", "StarClub"),  # the club's Latin account the footer holds
)


def test_box_naming_a_groups_site_names_no_writer():
    for site, boxed, holder in _GROUP_SITES:
        assert _run(_boxed(site, boxed, holder))["author"] is None, site


def test_box_naming_a_persons_site_keeps_the_owner():
    # neighbours: a blog named after its owner (the box vouches for the site's name), a site
    # named as someone's with the owner's handle in the box and footer, a person in a club's box
    for site, boxed, holder, author in (
        ("林小河", "林小河", "林小河", "林小河"),
        ("Kovacs", "Kovacs", "Kovacs", "Kovacs"),
        ("林小河的小站", "Lin42", "Lin42", "Lin42"),
        ("星空社", "林小河", "星空社", "林小河"),
    ):
        assert _run(_boxed(site, boxed, holder))["author"] == author, site
