"""follow191: hunt188's first-contact misses on the new dev pages, each shape in our own words with
its nearest neighbours (issue 10, session 32)."""

from __future__ import annotations

from incubator_crawler.crawl.process import extract_normalized

_PARA = (
    "<p>" + "社团这学期组织了多次志愿活动，同学们积极参加，交流很多，大家都很有收获。" * 4 + "</p>"
)


def _run(html: str, url: str = "http://example.org/2024/03/02/post/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


# 1. the site's own name in a Butterfly licence box: a society's cheer names no writer


def _butterfly(site: str, boxed: str) -> str:
    # Butterfly: the site's name in <title>, og:site_name and the header; the post's licence box
    # under the text: 作者 / the name, 链接 / the address, 版权声明 / the licence
    return (
        f"<html><head><title>第三次例会 | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:author' content='{site}'></head><body>"
        f"<header><a href='/'>{site}</a></header>"
        "<h1>第三次例会</h1><div class='meta'>发表于 2024-03-02</div>"
        f"<article>{_PARA * 3}</article>"
        "<div class='post-copyright'><div><span>第三次例会</span></div>"
        "<div><span><a href='/2024/03/02/post/'>http://example.org/2024/03/02/post/</a></span></div>"
        f"<div><div><h>作者</h><div><h>{boxed}</h></div></div>"
        "<div><h>发布于</h><div><h>2024-03-02</h></div></div>"
        "<div><h>许可协议</h><div><a href='/licence/'>CC BY-NC-SA 4.0</a></div></div></div>"
        f"</div><footer>©2020-2024 By {site}</footer></body></html>"
    )


def test_cheer_as_the_sites_name_in_the_licence_box_names_no_writer():
    assert _run(_butterfly("向前1！2！3！", "向前1！2！3！"))["author"] is None


def test_blog_named_after_its_owner_keeps_the_owner():
    # the neighbour: the site bears a person's name, the box vouches for it
    assert _run(_butterfly("林小河", "林小河"))["author"] == "林小河"


# 2. a date among a paragraph's lines of text, under the page's own date line


_COUNCILS = (
    "<p>第一届理事会（共4人）(2013.1.1-2016.5.1)<br>会长：王大明（UCD）<br>副会长：李小华 （DCU）<br>"
    "秘书长：张三丰（UCC）<br>副秘书长：周五常(DCU，至2015.07.01)，<br>"
    "       陈一平（MU，自2015.07.02 – 至2016.05.01）</p>"
    "<p>2016.5.2<br>The president was re-elected for a second term at the annual general meeting."
    "<br>Two new members joined the board and the chair welcomed them warmly at the meeting.</p>"
    "<p>第二届理事会（共4人）(2016.5.2-2019.5.1)<br>会长：王大明（UCD）<br>秘书长：吴六安(UCD)</p>"
)


def _fluid(top_date: bool) -> str:
    # Fluid: the headline hidden, the banner's date line, the text's <p>s parted by <br>, the
    # licence box's Author / 编辑：NAME under the text
    banner = (
        "<div class='banner'><span>历届理事会</span><div><time>March 2, 2024 pm</time></div></div>"
    )
    return (
        "<html><head><title>历届理事会 - 某学会</title><meta name='generator' content='Hexo 5.4.0'>"
        "<meta property='article:author' content='编辑：王小明'></head><body>"
        + (banner if top_date else "")
        + "<article><h1 style='display: none'>历届理事会</h1>"
        f"<div class='markdown-body'>{_COUNCILS}</div></article><hr/>"
        "<div class='license-box'><div>历届理事会</div>"
        "<div><div>Author</div><div>编辑：王小明</div></div>"
        "<div><div>Posted on</div><div>March 2, 2024</div></div>"
        "<div><div>Licensed under</div><div>CC BY 4.0</div></div></div></body></html>"
    )


def test_dated_paragraph_under_the_pages_date_line_stays_text():
    out = _run(_fluid(top_date=True))
    assert out["body"].startswith("第一届理事会（共4人）(2013.1.1-2016.5.1)\n\n会长：王大明（UCD）")
    assert "The president was re-elected" in out["body"]
    assert out["body"].endswith("秘书长：吴六安(UCD)")
    assert out["editor"] == "王小明"
    assert out["author"] is None


def test_dated_paragraph_with_no_date_line_above_still_dates_the_page():
    # the neighbour: no date line of the page's own above the text; the paragraph's date is
    # read as before (the page's date, the text after it)
    out = _run(_fluid(top_date=False), url="http://example.org/post/")
    assert out["published_at"] == "2016-05-02"
