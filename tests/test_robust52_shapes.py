"""Credit lines as other CMSs set them apart (robust52: ``benchmarks/variants.py`` kind ``forms``).

Each page is a small page of our own in the shape a variant of a dev page showed breaking; the
values asserted are what a reader of the page takes from it.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEAD = "<h1>园区召开年度工作会议</h1><div class='date'>2019-09-26</div>"
TEXT = f"<div class='content'><p>{PROSE}</p></div>"


def test_editor_label_cell_under_the_text() -> None:
    """``责任编辑`` in a cell of its own and the name in the next cell, after the text (a
    definition list, a 信息公开 table's label and value cells, a th beside a td)."""
    for line in (
        "<dl class='info'><dt>责任编辑</dt><dd>张珺</dd></dl>",
        "<dl class='info'><dt>责任编辑：</dt><dd>张珺</dd></dl>",
        "<table><tr><td>责任编辑：</td><td>张珺</td></tr></table>",
        "<table><tr><th>责任编辑</th><td>张珺</td></tr></table>",
    ):
        out = run(HEAD + TEXT + line)
        assert (out["editor"], out["published_at"]) == ("张珺", "2019-09-26"), line


def test_source_label_cell_under_the_text() -> None:
    """``<dt>来源</dt><dd>X</dd>`` closing the text names the source."""
    out = run(HEAD + TEXT + "<dl class='info'><dt>来源</dt><dd>科普中国-科学原理</dd></dl>")
    assert out["source"] == "科普中国-科学原理"


def test_label_span_then_value_span_anywhere_in_the_line() -> None:
    """``<span class=label>责任编辑</span><span>X</span>`` after another labelled pair: the
    markup parts each label from its value, as a colon would."""
    out = run(
        HEAD + TEXT + "<div class='info'><span class='label'>发布日期</span><span>2019-03-06</span>"
        "&nbsp;&nbsp;<span class='label'>责任编辑</span><span>龙慧</span></div>"
    )
    assert out["editor"] == "龙慧"


def test_label_span_after_the_date_is_no_part_of_the_source() -> None:
    """``DATE 来源 X 作者 Y`` with each label in a span of its own: the source is X, not the
    label glued to it (``来源证券时报网``)."""
    out = run(
        "<h1>园区召开年度工作会议</h1><div class='info'><span>2019-09-26 12:11</span>&nbsp;&nbsp;"
        "<span class='label'>来源</span><span>证券时报网</span>&nbsp;&nbsp;"
        f"<span class='label'>作者</span><span>李在山</span></div>{TEXT}"
    )
    assert (out["source"], out["author"]) == ("证券时报网", "李在山")


def test_linked_outlet_after_a_label_span() -> None:
    """A source's outlet may be a link after the label's span."""
    out = run(
        "<h1>园区召开年度工作会议</h1><div class='info'><span>2019-09-26 12:11</span>&nbsp;&nbsp;"
        f"<span class='label'>来源</span><a href='/x'>证券时报网</a></div>{TEXT}"
    )
    assert out["source"] == "证券时报网"


def test_button_links_under_the_text_edit_nothing() -> None:
    """A forum's ``<a>编辑</a><a>删除</a>`` buttons name no editor."""
    out = run(HEAD + TEXT + "<div class='bar'><a href='#'>编辑</a><a href='#'>删除</a></div>")
    assert out["editor"] is None


def test_each_editor_cell_under_the_text() -> None:
    """``编辑 X 责任编辑 Y`` in label and value cells: both edited it."""
    out = run(
        HEAD + TEXT + "<table><tr><th>编辑</th><td>倪仕轩</td><th>责任编辑</th><td>杨格</td>"
        "</tr></table>"
    )
    assert out["editor"] == "倪仕轩、杨格"


def test_editor_cell_after_a_correction_button() -> None:
    """xinhua's ``【纠错】`` before the ``责任编辑：`` cell and the name's cell."""
    for line in (
        "<dl class='info'><dd>【纠错】</dd><dt>责任编辑：</dt><dd>李夏</dd></dl>",
        "<table><tr><td>【纠错】</td><td>责任编辑：</td><td>李夏</td></tr></table>",
    ):
        assert run(HEAD + TEXT + line)["editor"] == "李夏", line


def test_poster_office_in_cells_is_no_author() -> None:
    """``发布者：`` and ``团委`` in cells of their own: the posting office, as on one line;
    a person's name in the slot stays the author."""
    cells = (
        "<table><tr><td>发布者：</td><td>{}</td><td>发布时间：</td><td>2026-04-02</td></tr></table>"
    )
    out = run("<h1>园区召开年度工作会议</h1>" + cells.format("团委") + TEXT)
    assert (out["author"], out["published_at"]) == (None, "2026-04-02")
    assert run("<h1>园区召开年度工作会议</h1>" + cells.format("张科") + TEXT)["author"] == "张科"


def test_view_counter_beside_the_date_is_no_name() -> None:
    """``<th>发表于</th><td>DATE</td><th>查阅</th><td>次</td>``: 查阅 counts views."""
    out = run(
        "<h1>园区召开年度工作会议</h1><table><tr><th>发表于</th><td>2015-12-23</td><th>查阅</th>"
        f"<td>次</td></tr></table>{TEXT}"
    )
    assert (out["author"], out["published_at"]) == (None, "2015-12-23")


def test_traditional_source_labels() -> None:
    """``新聞來源：`` (a school's address as the source) and ``來源於：`` under the headline,
    as Taiwan's and Hong Kong's CMSs print the labels."""
    out = run(
        "<h1>園區召開年度工作會議</h1><p>新聞來源： http://news.buaa.edu.cn/zhxw/99920.htm</p>"
        + TEXT
    )
    assert out["source"] == "http://news.buaa.edu.cn/zhxw/99920.htm"
    out = run(
        "<h1>園區召開年度工作會議</h1><div>發佈時間：2019-09-26 來源於：東區辦事處</div>" + TEXT
    )
    assert (out["source"], out["published_at"]) == ("東區辦事處", "2019-09-26")


def test_poster_office_in_label_spans_is_no_author() -> None:
    """``<span class=label>发布者</span><span>团委</span>``: no colon, the same poster's slot."""
    out = run(
        "<h1>园区召开年度工作会议</h1><div class='info'><span class='label'>发布者</span>"
        "<span>团委</span>&nbsp;&nbsp;<span class='label'>发布时间</span><span>2026-04-02</span>"
        f"</div>{TEXT}"
    )
    assert (out["author"], out["published_at"]) == (None, "2026-04-02")
