"""Credit shapes of other CMSs that the variants of session 25 showed breaking (robust109).

Each page is a small page of our own in the shape a variant of a dev page showed breaking; the
values asserted are what a reader of the page takes from it, and the near shapes beside them
must stay null.
"""

from __future__ import annotations

from page_shapes import PROSE, run

TITLE = "<h1>韓日面板廠大洗牌</h1>"
TEXT = f"<div class='content'><p>{PROSE}</p></div>"
# technews.tw's WordPress header row: each label in a span of its own, no colon, its value in
# the next span, the items parted by bars (45 characters: over the 40 of a label cell's line)
ROW = (
    "<table><tr><td><span class='head'>{label}</span> <span class='body'>"
    "<a href='/author/x/'>{name}</a></span> | <span class='head'>發布日期</span> "
    "<span class='body'>2015 年 11 月 26 日 8:15</span> | <span class='head'>分類</span> "
    "<span class='body'><a href='/c/a/'>Apple</a>, <a href='/c/i/'>iPhone</a>, "
    "<a href='/c/d/'>面板</a></span></td></tr></table>"
)


def test_label_span_beside_its_value_span_in_a_longer_meta_line() -> None:
    """``<span>作者</span><span>X</span>`` opening a meta line of 45 characters names the writer,
    under every writer's label word (it read only in lines of 40 characters before)."""
    for label in ("作者", "撰文", "撰稿"):
        out = run(TITLE + ROW.format(label=label, name="鍾榮峰") + TEXT)
        assert (out["author"], out["published_at"]) == ("鍾榮峰", "2015-11-26T08:15:00+08:00")


def test_source_and_editor_label_spans_in_a_longer_meta_line() -> None:
    """The same pair for the source and the editor, in a line of 60 characters."""
    line = (
        "<div class='info'><span>2019-09-26 12:11</span> <span class='label'>来源</span>"
        "<span>证券时报网</span> <span class='label'>责任编辑</span><span>龙慧</span> "
        "<span>浏览次数：1234</span> <span>字号：大 中 小</span> <span>打印本页</span></div>"
    )
    out = run(TITLE + line + TEXT)
    assert (out["source"], out["editor"]) == ("证券时报网", "龙慧")


def test_no_credit_from_label_words_that_are_no_label_element() -> None:
    """Near shapes stay null: a label pair opening a sentence of over 40 characters, and a line
    over 80 characters."""
    sentence = (
        "<div><span>作者</span><span>鍾榮峰</span>認為，面板產業的未來格局將由韓日兩國廠商的"
        "投資節奏決定，台灣廠商需要提早布局新一代顯示技術。</div>"
    )
    long_line = (
        "<div><span>作者</span><span>鍾榮峰</span> "
        + "相關報導與延伸閱讀的推薦文章列表" * 5
        + "</div>"
    )
    for line in (sentence, long_line):
        out = run(TITLE + line + TEXT)
        assert out["author"] is None, line


def test_colonless_meta_line_of_a_writer_a_publish_date_and_categories() -> None:
    """technews.tw's header row printed as text: ``作者 X``, a publish label with no colon right
    before the date, then ``分類`` and the post's categories, the items parted by blanks, bars or
    slashes. The line is the meta line (the date labelled), and its 作者 names the writer."""
    for sep in ("\xa0\xa0", " | ", "｜", " / "):
        line = sep.join(
            ("作者 MoneyDJ", "發布日期 2015 年 11 月 26 日 8:15", "分類 Apple, iPhone, 面板")
        )
        out = run(TITLE + f"<div>{line}</div>" + TEXT)
        assert (out["author"], out["published_at"]) == ("MoneyDJ", "2015-11-26T08:15:00+08:00"), sep
    out = run(TITLE + "<div>作者 王小明 / 发布时间 2015-11-26 / 分类 新闻</div>" + TEXT)
    assert (out["author"], out["published_at"]) == ("王小明", "2015-11-26")


def test_colonless_neighbours_stay_null() -> None:
    """``作者 张三 / 李四`` is two names, not one name and an item: no half of it is taken; a
    publish label with no date after it labels nothing."""
    out = run(TITLE + "<div>作者 张三 / 李四\xa0\xa02015-11-26</div>" + TEXT)
    assert (out["author"], out["published_at"]) == (None, "2015-11-26")
    out = run(TITLE + "<div>发布时间 未知\xa0\xa0分類 Apple, iPhone</div>" + TEXT)
    assert (out["author"], out["published_at"]) == (None, None)


HEAD = TITLE + "<div class='date'>2012-09-12 10:16</div>"


def test_latin_name_of_two_words_in_a_value_cell() -> None:
    """A Latin name of two or three capitalised words in the cell after a writer's label cell
    names the writer, as it does after ``作者：`` (cuasia's DedeCMS line as a definition list or
    label spans, a blog's ``本文作者`` cell)."""
    for line in (
        "<dl class='info'><dt>来源</dt><dd>未知</dd><dt>作者</dt><dd>Frank Yao</dd>"
        "<dt>点击</dt><dd>次</dd></dl>",
        "<div class='info'><span class='label'>作者</span><span>Frank Yao</span></div>",
        "<table><tr><th>本文作者</th><td>Gongshan He</td></tr></table>",
    ):
        out = run(HEAD + line + TEXT)
        assert out["author"] == ("Gongshan He" if "Gongshan" in line else "Frank Yao"), line


def test_latin_words_that_are_no_name_stay_out_of_the_cell() -> None:
    """Lower-case words, four words, or a name with no label cell before it name no writer."""
    for line in (
        "<div class='info'><span class='label'>作者</span><span>read more</span></div>",
        "<div class='info'><span class='label'>作者</span><span>Frank Yao Ming Li</span></div>",
        "<div class='info'><span class='label'>点击</span><span>Frank Yao</span></div>",
    ):
        assert run(HEAD + line + TEXT)["author"] is None, line


DATED = TITLE + "<div class='date'>2021-03-24 10:00</div>"


def test_label_cell_and_value_cell_under_the_date_line() -> None:
    """A 来源 line set as a label cell and a value cell right under the date line, opening the
    text (talentzyt's and jspn's 来源 lines as other CMSs print them): the value cell is the
    slot's; a 作者 pair beside it too."""
    for cells in (
        "<dl class='info'><dt>来源</dt><dd>中国网</dd></dl>",
        "<dl class='info'><dt>来源：</dt><dd>中国网</dd></dl>",
        "<table><tr><td>来源：</td><td>中国网</td></tr></table>",
        "<table><tr><th>来源</th><td>中国网</td></tr></table>",
    ):
        out = run(DATED + f"<div class='content'>{cells}<p>{PROSE}</p></div>")
        assert (out["source"], out["published_at"]) == ("中国网", "2021-03-24T10:00:00+08:00")
    cells = "<table><tr><th>来源</th><td>中国网</td><th>作者</th><td>王小明</td></tr></table>"
    out = run(DATED + f"<div class='content'>{cells}<p>{PROSE}</p></div>")
    assert (out["source"], out["author"]) == ("中国网", "王小明")


def test_label_cell_without_its_value_cell_gives_no_value() -> None:
    """An empty 来源 cell before a cell that holds a date or a sentence names no source."""
    for cells in (
        "<table><tr><td>来源：</td><td>2021年3月24日</td></tr></table>",
        "<table><tr><th>来源</th><td>园区企业在本次大会上签约，项目总投资超过十亿元。</td></tr></table>",
    ):
        out = run(DATED + f"<div class='content'>{cells}<p>{PROSE}</p></div>")
        assert out["source"] is None, cells


def test_byline_beside_a_bracketed_or_linked_source_item() -> None:
    """``中青网记者 魏其濛`` sharing its line with a 来源 item in brackets, or with each value
    linked (the profile, the outlet): the byline names the writer as beside a plain item."""
    for line in (
        "<p>中青报·中青网记者 魏其濛 [来源:中国青年报]</p>",
        "<p>中青报·中青网记者 魏其濛 【来源：中国青年报】</p>",
        "<p><a href='/a/'>中青报·中青网记者 魏其濛</a>  来源：<a href='/s/'>中国青年报</a></p>",
    ):
        out = run(DATED + line + TEXT)
        assert out["author"] == "魏其濛", line


def test_linked_lines_that_are_no_byline_stay_null() -> None:
    """A menu of links holding a reporter's title, and a byline link alone, name no writer."""
    for line in (
        "<p><a href='/'>首页</a>  <a href='/n/'>本报记者 王小明</a>  <a href='/x/'>新闻中心</a></p>",
        "<p><a href='/n/'>本报记者 王小明</a></p>",
    ):
        assert run(DATED + line + TEXT)["author"] is None, line


def test_a_box_row_of_a_bare_publish_label_is_no_meta_line() -> None:
    """The colonless publish label makes a meta line only beside a colonless credit: a 信息公开
    box's ``发布日期`` row (label cell, date cell) stays the box's cell, read as before."""
    out = run(TITLE + "<div>发布日期 2015-11-26\xa0\xa0分类 新闻\xa0\xa0浏览 12</div>" + TEXT)
    assert (out["author"], out["source"]) == (None, None)
