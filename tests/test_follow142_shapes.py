"""Two readings left by session 29's rounds (issue 10, session 29).

- The info line set loose in the text's box under the headline, parted by ``<br>``
  (``<span>来源：X<br>发布时间：DATE</span>``): its labelled lines are one meta line, as
  ``来源：X 发布时间：DATE`` on one line is (follow141).
- A block its own ``style`` squeezes to nothing (``height:0`` or ``max-height:0`` with its
  overflow hidden) is not shown, as ``display:none`` is not: its text is no date, meta line or body.

Pages of our own; why each shape: docs/benchmarks.md, follow142.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.page import style_hides

HEADLINE = "关于推进土地节约集约利用的意见"
SECOND = "会议要求，各单位要按照部署抓好落实，确保各项任务按时完成，并定期报告工作进展。"
TEXT = f"<p>{PROSE}</p><p>{SECOND}</p><p>{PROSE}</p>"


def _box(info: str, text: str = TEXT) -> str:
    return (
        "<div class='crumb'>位置：<a href='/'>首页</a> > <a href='/news'>新闻动态</a></div>"
        f"<div class='show'><span><h1>{HEADLINE}</h1></span>{info}{text}</div>"
    )


def test_br_parted_info_line_is_one_meta_line() -> None:
    out = run(_box("<span>来源：某某网<br>发布时间：2018-03-05 10:20</span>"))
    assert out["source"] == "某某网"
    assert out["published_at"] == "2018-03-05T10:20:00+08:00"
    assert out["body"].split("\n\n")[0] == PROSE


def test_br_parted_info_line_with_a_linked_date() -> None:
    info = (
        "<span>来源：某某网<br>发布时间：<a href='/a/1.html'><time datetime='2018-03-05'>"
        "2018-03-05</time></a></span>"
    )
    out = run(_box(info))
    assert out["source"] == "某某网"
    assert out["published_at"] == "2018-03-05"
    assert out["body"].split("\n\n")[0] == PROSE


def test_br_parted_info_line_date_first() -> None:
    out = run(_box("<span>发布时间：2018-03-05<br>来源：某某网</span>"))
    assert out["source"] == "某某网"
    assert out["published_at"] == "2018-03-05"
    assert out["body"].split("\n\n")[0] == PROSE


def test_unlabelled_line_after_the_info_line_stays_text() -> None:
    # the line the <br> parts off names no label: it is the text's first line, not the meta line's
    first = "园区近日召开土地利用工作会议"
    out = run(_box(f"<span>来源：某某网 发布时间：2018-03-05<br>{first}</span>"))
    assert out["source"] == "某某网"
    assert out["body"].split("\n\n")[0] == first


DATE_LINE = "<div class='info'>发布时间：2021-06-08 09:58</div>"


def _hidden_copy(style: str) -> str:
    # a news portal's header: the shown date line, then a copy for search engines squeezed away
    return (
        f"<h1>{HEADLINE}</h1><div><span>2021-06-08 09:58</span>　<span>来源：某某网</span></div>"
        f"<div style='{style}'><span>2021-06-08 09:58:03</span><span>来源：某某网</span></div>"
        f"<div>{TEXT}</div>"
    )


def test_zero_height_hidden_copy_of_the_date_line_is_not_read() -> None:
    out = run(_hidden_copy("height:0px; line-height:0px; font-size:0; overflow:hidden;"))
    assert out["published_at"] == "2021-06-08T09:58:00+08:00"


def test_max_height_zero_hidden_copy_is_not_read() -> None:
    out = run(_hidden_copy("max-height: 0; overflow: hidden"))
    assert out["published_at"] == "2021-06-08T09:58:00+08:00"


def test_zero_height_box_hides_its_text_from_the_body() -> None:
    hidden = "<div style='height:0;overflow:hidden'>关键词：土地 集约 利用 园区 会议</div>"
    out = run(f"<h1>{HEADLINE}</h1>{DATE_LINE}<div>{hidden}{TEXT}</div>")
    assert "关键词" not in out["body"]
    assert out["body"].split("\n\n")[0] == PROSE


def test_style_hides_exact_shapes() -> None:
    assert style_hides("display:none")
    assert style_hides("height: 0px; overflow: hidden;")
    assert style_hides("width:0;height:0;overflow:hidden")
    assert style_hides("max-height:0 !important; overflow-y: hidden")
    # negative neighbours: a zero height alone lets its text overflow into view (a clearing
    # div); a clipped box with a real height shows; line-height or min-height is no height
    assert not style_hides("clear: both; width: 0px; height: 0px;")
    assert not style_hides("height: 200px; overflow: hidden")
    assert not style_hides("height: 0.5em; overflow: hidden")
    assert not style_hides("line-height: 0; overflow: hidden")
    assert not style_hides("min-height: 0; overflow: hidden")
    assert not style_hides("height: 0; overflow: visible")
    # not visibility:hidden: a saved WeChat article's text box ships with it, shown by a script
    assert not style_hides("visibility: hidden;")


def test_zero_height_without_overflow_hidden_is_read() -> None:
    out = run(_hidden_copy("height:0; clear:both"))
    assert out["published_at"] == "2021-06-08T09:58:03+08:00"


def test_zero_height_box_without_overflow_hidden_stays_in_the_body() -> None:
    shown = "<div style='height:0;clear:both'>关键词：土地 集约 利用 园区 会议</div>"
    out = run(f"<h1>{HEADLINE}</h1>{DATE_LINE}<div>{shown}{TEXT}</div>")
    assert "关键词" in out["body"]


def test_clipped_box_with_a_height_is_read() -> None:
    shown = "<div style='height:300px;overflow:hidden'>关键词：土地 集约 利用 园区 会议</div>"
    out = run(f"<h1>{HEADLINE}</h1>{DATE_LINE}<div>{shown}{TEXT}</div>")
    assert "关键词" in out["body"]
