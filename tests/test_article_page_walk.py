"""The block walk (article/page.py) against a plainly written recursive walk, on random pages."""

from __future__ import annotations

import random
from typing import Any

from incubator_crawler.article.page import (
    BLOCK_TAGS,
    Block,
    Page,
    Stat,
    parse_html,
    squash,
    style_hides,
    walk,
)


def reference_walk(root: Any) -> tuple[list[Block], dict[Any, Stat], list[tuple[Any, int]]]:
    """What ``Page`` computes, one element at a time by recursion (slow, obviously right)."""
    blocks: list[Block] = []
    stats: dict[Any, Stat] = {}
    imgs: list[tuple[Any, int]] = []
    pieces: list[str] = []
    owners: list[Any] = []
    st = {"link": 0, "a": 0, "img": None, "chars": 0, "links": 0, "anchors": 0}

    def add(text: str | None) -> None:
        if text:
            pieces.append(text)
            if st["a"]:
                st["link"] += len("".join(text.split()))

    def flush() -> None:
        raw = "".join(pieces)
        pieces.clear()
        if raw.strip():
            text = squash(raw)
            chars = len("".join(text.split()))
            st["chars"] += chars
            st["links"] += st["link"]
            blocks.append(Block(owners[-1], text, chars, st["link"], len(blocks), st["img"]))
            st["img"] = None
        st["link"] = 0

    def visit(el: Any) -> None:
        style = el.get("style")
        if (style and style_hides(style)) or el.get("hidden") is not None:
            return
        tag = el.tag
        start = None
        if tag in BLOCK_TAGS:
            flush()
            owners.append(el)
            start = (st["chars"], st["links"], st["anchors"], len(blocks))
        elif tag in ("br", "img"):
            flush()
            if tag == "img":
                imgs.append((el, len(blocks)))
                st["img"] = len(imgs) - 1
        elif tag == "a":
            st["a"] += 1
            st["anchors"] += 1
        add(el.text)
        for child in el:
            visit(child)
            add(child.tail)
        if start is not None:
            flush()
            c0, l0, a0, b0 = start
            stats[el] = Stat(
                st["chars"] - c0, st["links"] - l0, st["anchors"] - a0, b0, len(blocks)
            )
            owners.pop()
        elif tag == "a":
            st["a"] -= 1

    visit(root)
    flush()
    return blocks, stats, imgs


_TAGS = ["div", "p", "span", "a", "br", "img", "b", "li", "ul", "td", "font", "h1", "section"]
_TEXTS = [
    "",
    " ",
    "\n  ",
    "\xa0",
    "\u3000",
    "x y",
    "中文",
    " 来源：新华网 ",
    "\t2024-01-02\n",
    "a\x1cb",
]
_ATTRS = [
    "",
    "",
    "",
    ' style="display:none"',
    ' style="color:red"',
    " hidden",
    ' style="display: none;x"',
    # the walk reads the attribute names once (``el.keys()``) before any value: other
    # attributes beside them, empty values and look-alike names read as ``get`` reads them
    ' class="c" style="display:none"',
    ' style=""',
    ' hidden=""',
    ' data-hidden="1" title="style"',
    ' x:hidden="1"',
    ' STYLE="display:none"',
]


def _random_html(rng: random.Random, depth: int = 0) -> str:
    out = [rng.choice(_TEXTS)]
    for _ in range(rng.randint(0, 4 if depth < 5 else 0)):
        tag = rng.choice(_TAGS)
        attrs = rng.choice(_ATTRS)
        if tag in ("br", "img"):
            out.append(f"<{tag}{attrs}>")
        else:
            out.append(f"<{tag}{attrs}>{_random_html(rng, depth + 1)}</{tag}>")
        out.append(rng.choice(_TEXTS))
    return "".join(out)


def _signature(root: Any, blocks: list[Block], stats: dict[Any, Stat], imgs: list) -> Any:
    path = root.getroottree().getpath
    return (
        [(path(b.owner), b.text, b.chars, b.link, b.idx, b.img) for b in blocks],
        {path(el): (s.chars, s.link, s.links, s.b0, s.b1) for el, s in stats.items()},
        [(path(el), i) for el, i in imgs],
    )


def test_walk_matches_the_reference_walk_on_random_pages():
    rng = random.Random(14)
    walked = 0
    for _ in range(1500):
        root = parse_html(f"<html><body>{_random_html(rng)}</body></html>")
        page = walk(root)
        body = root.find("body")
        assert _signature(root, page.blocks, page.stats, page.imgs) == _signature(
            root, *reference_walk(body)
        )
        walked += bool(page.blocks)
    assert walked > 1000  # most random pages have text to walk


def test_walk_keeps_inner_whitespace_and_drops_hidden_text():
    root = parse_html(
        "<html><body><div>\n <span>发布</span> <b>日期</b>"
        '<span style="display:none">隐藏</span>\xa0x<a href="#">链 接</a><br>尾</div></body></html>'
    )
    page = Page(root.find("body"))
    assert [(b.text, b.chars, b.link) for b in page.blocks] == [
        ("发布 日期\xa0x链 接", 7, 2),
        ("尾", 1, 0),
    ]


def test_walk_closes_every_open_element_at_the_page_end():
    # a hidden element ends the page: the walk skips to the end, where the div and the body
    # still open close with their counts; text after </body> lies outside the walked root
    root = parse_html(
        '<html><body><div><p>正文<a href="#">一</a>二</p>尾 <span hidden>隐<i>藏</i></span>'
        "</div></body></html>"
    )
    body = root.find("body")
    body.tail = "页外"
    page = Page(body)
    assert [(b.text, b.chars, b.link, b.owner.tag) for b in page.blocks] == [
        ("正文一二", 4, 1, "p"),
        ("尾", 1, 0, "div"),
    ]
    assert {el.tag: (s.chars, s.link, s.links, s.b0, s.b1) for el, s in page.stats.items()} == {
        "p": (4, 1, 1, 0, 1),
        "div": (5, 1, 1, 0, 2),
        "body": (5, 1, 1, 0, 2),
    }
