"""follow298: transplant.py skips placings no reader takes for the article's credit (issue 10, session 37).

``benchmarks/transplant.py`` puts a donor's credit into a host's layout where real CMSs put it;
where the host's labelled first or last paragraph stands in a part of the text (a profile
table's cell, a related list's ``<li>``, a link: a tool box's author card, a references box), or
the text opens with a short line the placing stands under (``简介``), or the date line shows the
field's own slot already (``作者：<site words>``), the credit lands where no reader takes it for
the article's. ``artefact_spot`` names why; the run skips and counts such placings, the draw of
hosts unchanged. Why: docs/benchmarks.md, follow298.
"""

from __future__ import annotations

from page_shapes import PROSE, benchmark

V = benchmark("variants")
T = benchmark("transplant")

TITLE = "星海实验室简介"
LAST = "实验室欢迎对人工智能感兴趣、对自己有要求的同学加入，共同完成有意义的研究。"
LINE = T.Shape("author", "labelled:作者", "<p>作者：周明轩</p>", ["周明轩"])
SPAN = T.Shape("source", "labelled:来源", "<span>来源：星海日报</span>", "星海日报")
CLOSING = T.Shape("author", "closing:（X）", "（周明轩）", ["周明轩"], ("trailer",), "suffix")


def _why(text: str, body: list[str], shape: T.Shape, place: str, meta: str = "") -> str | None:
    page = (f"<html><body><h1>{TITLE}</h1><div class='info'>2025-01-14 {meta}</div>"
            f"<div class='text'>{text}</div></body></html>")  # fmt: skip
    host = {"title": TITLE, "body": body, "published": "2025-01-14"}
    return T.artefact_spot(V.load_tree(page.encode()), host, shape, place)


def test_first_paragraph_in_a_profile_tables_cell_is_skipped() -> None:
    text = f"<table><tr><td>研究方向</td><td><p>{PROSE}</p></td></tr></table><p>{LAST}</p>"
    assert _why(text, [PROSE, LAST], LINE, "first") == "first in td"


def test_last_paragraph_in_a_related_lists_item_or_a_link_is_skipped() -> None:
    related = f"<p>{PROSE}</p><ul><li><a href='/1'>{LAST}</a></li></ul>"
    assert _why(related, [PROSE, LAST], LINE, "trailer") == "trailer in li"
    card = f"<p>{PROSE}</p><div class='tool'><a href='/u'><img src='/a.png'><span>{LAST}</span></a></div>"
    assert _why(card, [PROSE, LAST], LINE, "trailer") == "trailer in a"
    item = f"<p>{PROSE}</p><ul><li>{LAST}</li></ul>"
    assert _why(item, [PROSE, LAST], CLOSING, "trailer") == "trailer in li"


def test_first_paragraph_under_a_short_section_heading_is_skipped() -> None:
    text = f"<h2>简介</h2><p>{PROSE}</p><p>{LAST}</p>"
    assert _why(text, ["简介", PROSE, LAST], LINE, "first") == "first under a short line"


def test_meta_beside_the_rows_own_author_slot_is_skipped() -> None:
    text = f"<p>{PROSE}</p><p>{LAST}</p>"
    assert _why(text, [PROSE, LAST], LINE, "meta", "作者：星海实验室 陕西 西安") == (
        "meta beside its own slot"
    )


def test_neighbour_text_in_one_layout_cell_or_item_is_placed() -> None:
    """A cell or a list item holding the whole text is the text's own box, not a part of it."""
    cell = f"<table><tr><td><p>{PROSE}</p><p>{LAST}</p></td></tr></table>"
    for place in ("first", "trailer"):
        assert _why(cell, [PROSE, LAST], LINE, place) is None
    item = f"<ul><li><p>{PROSE}</p><p>{LAST}</p></li></ul>"
    assert _why(item, [PROSE, LAST], LINE, "first") is None
    # a layout <p> around the whole article (its boxes inside it): a line after the text's
    # closing table stands in it, as the text does
    page = f"<p><span><table><tr><td><p>{PROSE}</p><p>{LAST}</p></td></tr></table></span></p>"
    assert _why(page, [PROSE, LAST], LINE, "trailer") is None


def test_neighbour_a_line_after_a_closing_table_or_list_is_placed_but_no_bracket_in_it() -> None:
    """A trailer line goes after a text's closing table (place_credit) and shows under its
    closing list; a closing ``（X）`` would go into the cell's or the item's text."""
    text = f"<p>{PROSE}</p><table><tr><td>联系人</td><td>{LAST}</td></tr></table>"
    assert _why(text, [PROSE, LAST], LINE, "trailer") is None
    assert _why(text, [PROSE, LAST], CLOSING, "trailer") == "trailer in td"
    item = f"<p>{PROSE}</p><ol><li>{PROSE}</li><li>{LAST}</li></ol>"
    assert _why(item, [PROSE, LAST], LINE, "trailer") is None


def test_neighbour_plain_text_and_a_meta_row_without_the_slot_are_placed() -> None:
    text = f"<p>{PROSE}</p><p>{LAST}</p>"
    for place in T.PLACES:
        assert _why(text, [PROSE, LAST], LINE, place, "浏览：12") is None
        # an inline credit is a line of its own there (``<p><span>来源：X</span></p>``)
        assert _why(text, [PROSE, LAST], SPAN, place, "浏览：12") is None
    # another field's slot is no author slot; an empty author slot shows no writer
    assert _why(text, [PROSE, LAST], LINE, "meta", "来源：星海实验室") is None
    assert _why(text, [PROSE, LAST], LINE, "meta", "来源： 作者： 点击：12次") is None


def test_neighbour_a_line_after_a_closing_url_line_is_placed_but_not_in_a_references_box() -> None:
    """A text closing with a URL line of its own: the credit stands on a line under it; put
    inside an inline box of the closing paragraph (references in ``<span>`` / ``<escape>``
    boxes) it stays in that paragraph."""
    url = "https://www.example.org/2025/01/14/lab-news-and-notes.html"
    text = f"<p>{PROSE}</p><p><a href='{url}'>{url}</a></p>"
    assert _why(text, [PROSE, url], LINE, "trailer") is None
    refs = (f"<p>{PROSE}</p><p>参考：<span><a href='/1'>[1] 第一篇</a></span> "
            f"<span><a href='{url}'>{url}</a></span></p>")  # fmt: skip
    assert _why(refs, [PROSE, url], LINE, "trailer") == "trailer in p"
