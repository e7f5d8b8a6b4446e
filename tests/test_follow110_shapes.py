"""Credit shapes robust109's transplants and variants left (follow110, issue 10).

Each page is a small page of our own in the shape a transplant or a variant of a dev page showed
breaking; the values asserted are what a reader of the page takes from it, and the near shapes
beside them must stay null.
"""

from __future__ import annotations

from page_shapes import PROSE, run

TITLE = "<h1>寥寥浮生，莫问前程</h1>"
DATE = "<div class='meta'>2021-06-04 21:41</div>"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
# Hexo Fluid's licence-box item: the label block and its value block, alone in their element
PAIR = "<div class='item'><div>{label}</div><div>{name}</div></div>"


def test_label_block_beside_its_value_block_under_the_title() -> None:
    """``<div><div>作者</div><div>Kovacs</div></div>`` under the headline names the writer, as a
    ``<td>`` or ``<dt>`` pair does; the same pair for the source."""
    out = run(TITLE + DATE + PAIR.format(label="作者", name="Kovacs") + TEXT)
    assert (out["author"], out["published_at"]) == ("Kovacs", "2021-06-04T21:41:00+08:00")
    out = run(TITLE + PAIR.format(label="作者", name="李春燕") + DATE + TEXT)
    assert out["author"] == "李春燕"
    out = run(TITLE + DATE + PAIR.format(label="来源", name="中国社会报") + TEXT)
    assert (out["source"], out["author"]) == ("中国社会报", None)


def test_label_words_that_make_no_block_pair_stay_no_credit() -> None:
    """A menu item, a heading over a list, a label word in a longer block or more blocks beside
    the pair name nobody."""
    menu = "<ul class='nav'><li><a href='/a/'>作者</a></li><li><a href='/b/'>张三</a></li></ul>"
    heading = "<div><div>作者专栏</div><div>张三</div></div>"
    intro = "<div><div>作者简介</div><div>李四</div></div>"
    listed = "<div><div>作者</div><div>张三</div><div>李四</div><div>王五</div></div>"
    linked = "<div><a href='/authors/'>作者</a><div>张三</div></div>"
    for shape in (menu, heading, intro, listed, linked):
        out = run(TITLE + DATE + shape + TEXT)
        assert (out["author"], out["source"]) == (None, None), shape


PAGE = "<h1>园区召开产业发展座谈会</h1><div class='meta'>{line}</div>" + TEXT


def test_a_role_word_alone_in_brackets_names_nobody() -> None:
    """``本报讯（通讯员）`` or ``（记者）`` with the name left out, opening or closing the text, names
    no writer; with the name it does."""
    for credit in (
        "本报讯（通讯员）",
        "（通讯员）",
        "本站讯（通讯员）",
        "（记者）",
        "（本报通讯员）",
    ):
        for body in (
            f"<p>{PROSE}{credit}</p>",
            f"<p>{PROSE}</p><p>{credit}</p>",
            f"<p>{credit}{PROSE}</p>",
        ):
            out = run(f"<h1>园区召开产业发展座谈会</h1><div class='content'>{body}</div>")
            assert out["author"] is None, (credit, body)
    out = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='content'><p>{PROSE}</p><p>（通讯员 张三）</p></div>"
    )
    assert out["author"] == "张三"


def test_a_word_of_how_the_item_came_after_the_date_names_nobody() -> None:
    """``DATE 收集 酷勤网 来源：新浪科技`` (cx-demo-kuqin's line reversed): 收集 is no writer; a
    name in the slot still is one."""
    nbsp = "\xa0\xa0"
    for verb in ("收集", "转载", "摘编"):
        out = run(PAGE.format(line=nbsp.join(("2009-11-01", verb, "酷勤网", "来源：新浪科技"))))
        assert (out["author"], out["source"]) == (None, "新浪科技"), verb
    out = run(PAGE.format(line=nbsp.join(("2009-11-01", "张三", "来源：新浪科技"))))
    assert (out["author"], out["source"]) == ("张三", "新浪科技")


def test_a_quoted_headline_after_the_date_is_no_outlet() -> None:
    """ftv's video box reversed, ``Link DATE 「良心包子」重視食安 虧損2年出頭天``: the quoted phrase
    opens a headline and Link is the box's word; the outlet after a date still reads."""
    nbsp = "\xa0\xa0"
    line = nbsp.join(
        ("Link<img src='/v.jpg' alt=''>", "2014/12/1 18:13", "「良心包子」重視食安 虧損2年出頭天")
    )
    out = run(PAGE.format(line=line))
    assert (out["author"], out["source"]) == (None, None)
    out = run(PAGE.format(line=nbsp.join(("Link", "2014/12/1 18:13", "民視新聞"))))
    assert (out["author"], out["source"]) == (None, "民視新聞")


def test_label_block_beside_its_value_block_under_the_text() -> None:
    """The pair after the text names the writer with no licence word near it; a 作者简介 heading
    over a name and a pair among more blocks stay no credit."""
    out = run(TITLE + DATE + TEXT + PAIR.format(label="作者", name="Kovacs"))
    assert out["author"] == "Kovacs"
    out = run(TITLE + DATE + TEXT + PAIR.format(label="作者：", name="李春燕"))
    assert out["author"] == "李春燕"
    for shape in (
        "<div><div>作者简介</div><div>张三</div></div>",
        "<div><div>作者</div><div>张三</div><div>李四</div></div>",
        "<ul><li><a href='/a/'>作者</a></li><li><a href='/b/'>张三</a></li></ul>",
    ):
        assert run(TITLE + DATE + TEXT + shape)["author"] is None, shape
