"""hunt218's first-contact misses (issue 10, session 34), on pages of our own.

- A numbered reference list in one paragraph, its heading on the first line and each entry's
  address on a line of its own (``数据来源`` / ``[1] 作者. 标题`` / ``<a>https://…</a>``): the text's
  references, kept whole.
- A wiki-style footnote line (``[1] ↑ <a>title</a>[2] ↑ <a>title</a>``, every character a link):
  kept; the theme's note on reading it above it is not.
- A one-paragraph notice whose box goes on under its own headings (an <h3> over a short list, a
  closing line): those parts are the notice's.
- ``翻译整理：NAME`` closing the text credits the translator: the author (the 译者 rule).
- A bare ``位置：`` data line of the text (a launch site) is no breadcrumb.
- ``本文转载自X，原文链接``: the credit's value ends at the comma before the link's words.

Why: docs/benchmarks.md, follow228.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEAD = "<title>发射任务月报 - 星火航天社</title>"
TOP = "<h1>发射任务月报</h1><div class='meta'>2021-02-02</div>"


def _post(text: str, head: str = HEAD, top: str = TOP) -> dict:
    return run(f"<div class='main'>{top}<div class='post'>{text}</div></div>", head)


def _lines(out: dict) -> list[str]:
    return [x for x in (out["body"] or "").split("\n") if x.strip()]


# 1. a numbered reference list, addresses on their own lines


def _refs(heading: str = "数据来源") -> str:
    return (
        f"<p>{heading}<br>[1] 航天年鉴. 本年度发射记录汇总<br>"
        "<a href='https://example.org/a'>https://example.org/a</a><br>"
        "[2] 星空论坛. 某型火箭第四次飞行<br>"
        "<a href='https://example.net/b'>https://example.net/b</a></p>"
    )


def test_reference_list_with_address_lines_is_kept() -> None:
    lines = _lines(_post(f"<p>{PROSE}</p><p>{PROSE}</p>{_refs()}"))
    assert lines[-5:] == [
        "数据来源",
        "[1] 航天年鉴. 本年度发射记录汇总",
        "https://example.org/a",
        "[2] 星空论坛. 某型火箭第四次飞行",
        "https://example.net/b",
    ]


def test_address_lines_without_entries_are_no_reference_list() -> None:
    # two bare links under a short heading: a links box, no numbered entries
    links = (
        "<p>友情链接<br><a href='https://example.org/a'>https://example.org/a</a><br>"
        "<a href='https://example.net/b'>https://example.net/b</a></p>"
    )
    body = _post(f"<p>{PROSE}</p><p>{PROSE}</p>{links}")["body"]
    assert "https://example.org/a" not in body


# 2. a footnote line of links


FOOTNOTES = (
    "<h3>注释</h3><p>点击上箭头字符可返回原位置，方括号中的数字表示引用的次序。<br>"
    "<a href='#r1'>[1]</a> <a href='#s1'>↑</a> <a href='https://example.org/1'>Rocket launches 34 more satellites</a>"
    "<a href='#r2'>[2]</a> <a href='#s2'>↑</a> <a href='https://example.org/2'>Launch kit, second edition</a></p>"
)


def test_footnote_line_of_links_is_kept_and_its_reading_note_is_not() -> None:
    lines = _lines(_post(f"<p>{PROSE}</p><p>{PROSE}</p>{FOOTNOTES}"))
    assert lines[-2:] == [
        "注释",
        "[1] ↑ Rocket launches 34 more satellites[2] ↑ Launch kit, second edition",
    ]


def test_numbered_links_without_the_arrow_are_a_pager() -> None:
    pager = (
        "<p><a href='/p/1'>[1]</a> <a href='/p/2'>[2]</a> <a href='/p/3'>[3]</a> "
        "<a href='/p/4'>[4]</a></p>"
    )
    body = _post(f"<p>{PROSE}</p><p>{PROSE}</p>{pager}")["body"]
    assert "[2]" not in body


# 3. a one-paragraph notice going on under its own headings


def _notice(tail: str) -> dict:
    # the theme's table of contents floated beside the text, inside its box
    toc = (
        "<aside><nav><h4>目录</h4><ul><li><a href='#f'>报名方式</a></li>"
        "<li><a href='#g'>附件</a></li></ul></nav></aside>"
    )
    text = (
        f"<section class='content'>{toc}"
        f"<p>亲爱的新同学：<br>{PROSE}<br>具体的报名信息，请参考文章末尾附件。</p>{tail}</section>"
    )
    return _post(text)


def test_notice_parts_under_their_headings_are_kept() -> None:
    tail = (
        "<h3>报名方式</h3><ul><li>联系电话 13800000000</li></ul><hr>"
        "<h3>附件</h3><ul><li>附件一：报名表</li></ul><hr><p><em>期待你的加入！</em></p>"
    )
    lines = _lines(_notice(tail))
    assert lines[-6] == "具体的报名信息，请参考文章末尾附件。"
    assert lines[-5:] == [
        "报名方式",
        "联系电话 13800000000",
        "附件",
        "附件一：报名表",
        "期待你的加入！",
    ]


def test_linked_list_under_a_heading_is_no_part_of_the_notice() -> None:
    tail = (
        "<h3>相关文章</h3><ul><li><a href='/n/1'>上一期招新通知</a></li>"
        "<li><a href='/n/2'>社团年度总结</a></li></ul>"
    )
    body = _notice(tail)["body"]
    assert "上一期招新通知" not in body
    assert "具体的报名信息" in body


# 4. 翻译整理 closing the text


def test_closing_translation_credit_names_the_author() -> None:
    out = _post(f"<p>{PROSE}</p><p>{PROSE}</p><p>翻译整理：林小舟</p>")
    assert out["author"] == "林小舟"
    assert "翻译整理" not in out["body"]


def test_translated_sentence_label_names_no_one() -> None:
    # 翻译： heads a translated sentence on language pages (LABELLING.md): no author
    out = _post(f"<p>{PROSE}</p><p>{PROSE}</p><p>翻译：今天的天气很好</p>")
    assert out["author"] is None


# 5. a bare 位置 data line


def _launch(line: str) -> dict:
    text = (
        f"<p>火箭制造方：中国<br>时间：2021-01-20 00:25<br>{line}<br>载具：长征三号乙</p>"
        f"<p>{PROSE}<a href='https://example.org/1'>[1]</a><a href='https://example.org/2'>[2]</a></p>"
    )
    return _post(text, top="<h1>发射任务月报</h1><div class='meta'>2021-02-02</div>")


def test_place_data_line_is_no_breadcrumb() -> None:
    assert _launch("位置：西昌卫星发射中心2号工位")["category"] is None


def test_linked_place_trail_below_title_is_a_breadcrumb() -> None:
    trail = "<div>位置：<a href='/'>首页</a> &gt; <a href='/news/'>新闻动态</a></div>"
    out = _post(
        f"<p>{PROSE}</p>", top=f"<h1>发射任务月报</h1><div class='meta'>2021-02-02</div>{trail}"
    )
    assert out["category"] == "新闻动态"


# 6. 转载自X，原文链接


def test_reprint_credit_value_ends_before_the_link_words() -> None:
    out = _post(
        f"<p>{PROSE}</p><p>{PROSE}</p><p>本文转载自星海日报，<a href='https://example.org/o'>原文链接</a></p>"
    )
    assert out["source"] == "星海日报"


def test_reprint_from_the_web_gives_no_publisher() -> None:
    out = _post(
        f"<p>{PROSE}</p><p>{PROSE}</p><p>本文转载自网络，<a href='https://example.org/o'>原文链接</a></p>"
    )
    assert out["source"] is None


def test_reprint_credit_with_other_words_after_the_comma_is_unchanged() -> None:
    # words after the comma that are no link's label stay the value's (as before)
    out = _post(f"<p>{PROSE}</p><p>{PROSE}</p><p>本文转载自星海日报，有删改</p>")
    assert out["source"] != "星海日报"
