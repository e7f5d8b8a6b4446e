"""perf223: the walk's leaf step, its open list started with the root's parent, the counters kept
in the open block's Stat, and the non-ASCII blank search only of a text holding a blank."""

from __future__ import annotations

import random

from test_article_page_walk import _random_html, _signature, reference_walk

from incubator_crawler.article.page import ASCII_WS_RE, Page, parse_html


def _blocks(page: Page) -> list[tuple[str, int, int, str, int | None]]:
    return [(b.text, b.chars, b.link, b.owner.tag, b.img) for b in page.blocks]


def _stats(page: Page) -> dict[str, tuple[int, int, int, int, int]]:
    return {el.tag: (s.chars, s.link, s.links, s.b0, s.b1) for el, s in page.stats.items()}


def test_leaves_are_read_as_they_come():
    # a leaf link with its tail, a leaf image before the next block, a leaf break, a leaf cell
    root = parse_html(
        '<html><body><div>前<a href="#">链 接</a>后<img src="x.png"><br>下一行'
        '<table><tr><td><a href="#">单元</a></td><td>格</td></tr></table></div></body></html>'
    )
    page = Page(root.find("body"))
    assert _blocks(page) == [
        ("前链 接后", 4, 2, "div", None),
        ("下一行", 3, 0, "div", 0),
        ("单元", 2, 2, "td", None),
        ("格", 1, 0, "td", None),
    ]
    stats = _stats(page)
    assert stats["tr"] == (3, 2, 1, 2, 4)
    assert stats["div"] == (10, 4, 2, 0, 4)
    assert [el.tag for el in page.stats] == ["td", "td", "tr", "table", "div", "body"]


def test_empty_leaf_block_gets_its_empty_stat():
    root = parse_html("<html><body><p>一</p><div></div><p> \n </p></body></html>")
    page = Page(root.find("body"))
    assert _blocks(page) == [("一", 1, 0, "p", None)]
    assert [(el.tag, s.chars, s.b0, s.b1) for el, s in page.stats.items()] == [
        ("p", 1, 0, 1),
        ("div", 0, 1, 1),
        ("p", 0, 1, 1),
        ("body", 1, 0, 1),
    ]


def test_walk_of_an_inner_element_and_of_the_whole_document():
    # the root's parent (a <body>, or None above <html>) closes nothing: every element of the
    # walked root closes at the end, its tail outside
    root = parse_html("<html><body><div><p>甲<b>乙</b></p>丙</div>外</body></html>")
    div = root.find("body/div")
    page = Page(div)
    assert _blocks(page) == [("甲乙", 2, 0, "p", None), ("丙", 1, 0, "div", None)]
    assert _stats(page) == {"p": (2, 0, 0, 0, 1), "div": (3, 0, 0, 0, 2)}
    whole = Page(root)
    assert _blocks(whole)[-1] == ("外", 1, 0, "body", None)
    assert list(_stats(whole))[-1] == "html"


def test_a_lone_leaf_root():
    root = parse_html("<html><body><p>只有一段</p></body></html>")
    p = root.find("body/p")
    p.tail = "尾"
    page = Page(p)
    assert _blocks(page) == [("只有一段", 4, 0, "p", None)]
    assert _stats(page) == {"p": (4, 0, 0, 0, 1)}


def test_non_ascii_blanks_kept_only_where_they_stand():
    root = parse_html(
        "<html><body><p>\n  中文正文\n</p><p>甲\u3000乙</p><p>a\x1cb c</p><p>x\xa0 y</p>"
        "<p>\t无空白\r\n</p></body></html>"
    )
    page = Page(root.find("body"))
    assert [(b.text, b.chars) for b in page.blocks] == [
        ("中文正文", 4),
        ("甲\u3000乙", 2),
        ("a\x1cb c", 3),
        ("x\xa0 y", 2),
        ("无空白", 3),
    ]


def test_walk_of_inner_elements_matches_the_reference_walk():
    # the random pages of test_article_page_walk, walked from an inner element (its parent
    # an open element of the document) as well as from <body>
    rng = random.Random(223)
    walked = 0
    for _ in range(600):
        root = parse_html(f"<html><body><div>{_random_html(rng)}</div>尾</body></html>")
        div = root.find("body/div")
        if div is None:
            continue
        page = Page(div)
        assert _signature(root, page.blocks, page.stats, page.imgs) == _signature(
            root, *reference_walk(div)
        )
        walked += 1
    assert walked > 500


def test_flush_text_is_the_regex_squash_on_random_texts():
    rng = random.Random(2231)
    alphabet = "a中 \n\t\r\x0b\x0c\xa0\u3000\x1c\u2028"
    for _ in range(3000):
        raw = "x" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        root = parse_html(f"<html><body><p>{raw}</p></body></html>")
        parsed = root.find("body/p").text  # as libxml2 reads it (line ends made \n)
        page = Page(root.find("body"))
        assert [b.text for b in page.blocks] == [ASCII_WS_RE.sub(" ", parsed).strip()]
        assert page.blocks[0].chars == len("".join(parsed.split()))
