"""follow187: hunt179's and hunt180's first-contact misses, each shape in our own words with its
neighbours (issue 10, session 32)."""

from __future__ import annotations

from incubator_crawler.crawl.process import extract_normalized

_PARA = "<p>" + "学会今年组织了多场学术活动，会员们踊跃参加，交流很多，大家收获颇丰。" * 4 + "</p>"


def _run(html: str, url: str = "http://example.org/2022/01/14/post/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


# 1. a role label inside a Hexo theme's author slot decides the role


def _fluid(slot: str) -> str:
    # Fluid's licence box under the text: Author / the slot's value, Posted on / the date,
    # Licensed under / the licence; article:author the slot's value
    return (
        "<html><head><title>理事会会议成功举办 - 某学会</title>"
        "<meta name='generator' content='Hexo 5.4.0'>"
        f"<meta property='article:author' content='{slot}'></head><body>"
        "<h1>理事会会议成功举办</h1><div class='meta'>January 14, 2022 pm</div>"
        f"<article>{_PARA * 3}</article>"
        "<div class='license-box'><div>理事会会议成功举办</div>"
        f"<div><div>Author</div><div>{slot}</div></div>"
        "<div><div>Posted on</div><div>January 14, 2022</div></div>"
        "<div><div>Licensed under</div><div>CC BY 4.0</div></div></div>"
        "</body></html>"
    )


def test_editor_label_in_author_slot_names_no_writer():
    out = _run(_fluid("编辑：王小明"))
    assert out["author"] is None
    assert out["editor"] == "王小明"


def test_review_label_in_author_slot_names_no_writer():
    assert _run(_fluid("审核：王小明"))["author"] is None


def test_bare_name_in_author_slot_is_the_writer():
    # the neighbour: the owner's bare name in the same slot is the writer
    assert _run(_fluid("王小明"))["author"] == "王小明"


def test_writer_label_in_author_slot_still_a_writer():
    # the neighbour: a writer's label there keeps the name the author
    assert _run(_fluid("作者：王小明"))["author"] == "王小明"
