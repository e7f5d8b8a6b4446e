"""hunt198's first-contact shapes (issue 10, session 33), on pages of our own.

- A standalone page's headline is the line in 《》 opening the text when the name inside ends with
  what og:title / <title> call it (``《星海工作室章程》`` over og:title ``章程``): the title as shown,
  marks kept.
- With no date line, meta or address date, the text's closing line that dates the text itself
  (``以上草案：写于 DATE``, ``公布时间是 DATE``) gives the page's date; an event's day does not.
- A short page of two lines each spoken by its people (``我们是…`` / ``我们…``) is a text.
- A list under a line ending with the label 附件 / 参考: (or a sentence introducing it, ``以下内容：``)
  is the text's own, linked or not; a ``原文链接：<address>`` run into the last line is cut.
- A code listing's gutter of line numbers is no text; an opening heading of only an emoji is the
  writer's heading, not the headline restated.
- A one-paragraph text box's own heading above it is kept; a closing ``图源：<address>`` is cut.

Why: docs/benchmarks.md, follow208.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.body.clean import clean_body, looks_like_article_body
from incubator_crawler.article.labels import self_dated

SITE = "星海工作室"
NAV = "<header><nav><a href='/'>首页</a><a href='/about/'>关于</a><a href='/archives/'>归档</a></nav></header>"


def _standalone(headline_line: str, closing: str, head_extra: str = "", meta: str = "") -> dict:
    head = (
        f"<title>章程 | {SITE}</title><meta property='og:title' content='章程'>"
        f"<meta property='og:site_name' content='{SITE}'>{head_extra}"
    )
    body = (
        f"{NAV}<main><div class='post'>{meta}<div class='post-body'>{headline_line}"
        f"<h2>第一章 总则</h2><p>{PROSE}</p><h2>第二章 会员</h2><p>{PROSE}</p>"
        f"<p>{closing}</p><p><a href='../'>返回</a></p></div></div></main>"
        "<footer><p>© 2017 星海工作室</p></footer>"
    )
    return run(body, head, url="http://www.example.cn/about/rules/index.html")


CENTRED = (
    "<h1 id='t'><a href='#t' class='headerlink'></a><p align='center'>《星海工作室章程》</p></h1>"
)


# 1. the 《》 headline


def test_centred_marked_line_is_the_headline() -> None:
    out = _standalone(CENTRED, "本章程由理事会负责解释。")
    assert out["title"] == "《星海工作室章程》"
    assert not out["body"].startswith("《")


def test_marked_line_set_plain_is_the_headline_too() -> None:
    out = _standalone("<p>《星海工作室章程》</p>", "本章程由理事会负责解释。")
    assert out["title"] == "《星海工作室章程》"


def test_marked_name_run_into_a_sentence_is_no_headline() -> None:
    line = "<p>《星海工作室章程》经全体会员大会通过</p>"
    assert _standalone(line, "本章程由理事会负责解释。")["title"] == "章程"


def test_centred_marked_line_naming_another_work_is_no_headline() -> None:
    line = "<p align='center'>《园区发展白皮书》</p>"
    assert _standalone(line, "本章程由理事会负责解释。")["title"] == "章程"


# 2. the text dating itself


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("以上草案：写于2017年3月30日", "2017年3月30日"),
        ("本章程自公布之日起生效，公布时间是2016年3月5日，并经理事会通过。", "2016年3月5日"),
        ("比赛于2017年3月30日举行。", None),  # an event's day
        ("报名时间是2017年3月30日。", None),
        ("写于2017年3月30日的信里说了这件事", None),  # 写于 DATE not closing the line
    ],
)
def test_self_dated(line: str, want: str | None) -> None:
    assert self_dated(line) == want


def test_closing_self_dated_line_is_published() -> None:
    out = _standalone(CENTRED, "以上草案：写于2017年3月30日")
    assert out["published_at"].startswith("2017-03-30")
    assert out["body"].endswith("以上草案：写于2017年3月30日")  # a line of the text, kept


def test_closing_event_day_is_no_published() -> None:
    assert _standalone(CENTRED, "首次会员大会于2017年3月30日举行。")["published_at"] is None


def test_date_line_wins_over_self_dated_line() -> None:
    meta = "<div class='post-meta'>发表于 2018-01-02</div>"
    out = _standalone(CENTRED, "以上草案：写于2017年3月30日", meta=meta)
    assert out["published_at"].startswith("2018-01-02")


# 3. a two-line about page


def test_two_first_person_lines_are_a_text() -> None:
    body = "我们是星海中学的天文社团-观星社\n\n我们社团的主要活动是观测和讨论天文现象"
    assert looks_like_article_body(body)


@pytest.mark.parametrize(
    "body",
    [
        "星海园区春季招聘会下月举行\n\n园区企业座谈会召开",  # headlines
        "我市召开园区工作会议\n\n我校举行春季运动会开幕式",  # a bare 我 opens headlines
        "我们是星海中学的天文社团-观星社",  # one line alone
    ],
)
def test_other_short_lines_are_no_text(body: str) -> None:
    assert not looks_like_article_body(body)


# 4. attachment list, run-in original link


def _notice(list_lead: str, items: str, closing: str = "") -> dict:
    body = (
        f"{NAV}<div class='post'><h1>关于举办星海桥梁设计大赛的通知</h1>"
        "<div class='post-meta'>发表于 2021-05-17</div><div class='post-body'>"
        f"<p>{PROSE}</p><p>{PROSE}</p><ol><li><p>{PROSE}<br>联系邮箱：a@example.cn。{list_lead}</p>"
        f"<ol>{items}</ol></li></ol>{closing}</div></div>"
    )
    return run(body, "<title>关于举办星海桥梁设计大赛的通知 | 星海科协</title>")


ITEMS = "".join(
    f"<li><p><a href='/files/{i}.html'>星海桥梁设计大赛{name}</a></p></li>"
    for i, name in enumerate(("实施方案", "开幕式方案", "桥址信息"))
)


def test_list_under_attachment_label_is_kept() -> None:
    out = _notice("附件", ITEMS)
    assert "星海桥梁设计大赛开幕式方案" in out["body"]


def test_linked_list_without_label_is_cut() -> None:
    out = _notice("", ITEMS)
    assert "星海桥梁设计大赛开幕式方案" not in out["body"]


def test_run_in_original_link_is_cut() -> None:
    last = (
        "<li><p><a href='/files/9.html'>星海桥梁设计大赛报名表</a>星海科技教育基金会<br>"
        "2021年5月13日原文链接：<a href='http://example.org/d/1'>http://example.org/d/1</a></p></li>"
    )
    out = _notice("附件", ITEMS + last)
    assert out["body"].endswith("星海科技教育基金会\n\n2021年5月13日")


def test_original_link_line_alone_keeps_its_cut() -> None:
    # a closing line that is the link alone: not this rule's (it has no text before the label)
    assert clean_body([PROSE, "2021年5月13日"]) == f"{PROSE}\n\n2021年5月13日"


# 5. gutters, reference list, emoji heading


def _code_post(extra: str, gutter: str = "1<br>2<br>3") -> dict:
    code = (
        "<figure class='highlight'><table><tr><td class='gutter'><pre>"
        f"{gutter}</pre></td><td class='code'><pre>int a = 1;<br>int b = 2;<br>return a + b;"
        "</pre></td></tr></table></figure>"
    )
    body = (
        f"{NAV}<div class='post'><h1>Lua 逆向总结—星海</h1><div class='post-meta'>发表于 2024-11-27"
        f"</div><div class='post-body'>{extra}<p>{PROSE}</p>{code}<p>{PROSE}</p>"
        "<blockquote><p>参考:</p><ol><li><a href='https://a.example.org/m'>Lua 手册第四部分</a></li>"
        "<li><a href='https://b.example.org/s'>C 程序调用 Lua 的一篇笔记</a></li></ol></blockquote>"
        f"<p>{PROSE}</p></div></div>"
    )
    return run(body, "<title>Lua 逆向总结—星海 | 星海</title>")


def test_gutter_numbers_are_no_text() -> None:
    lines = _code_post("")["body"].split("\n\n")
    assert "int a = 1;" in lines
    assert "1" not in lines
    assert "3" not in lines


def test_numbers_not_a_run_stay() -> None:
    lines = _code_post("", gutter="1<br>3<br>7")["body"].split("\n\n")
    assert "3" in lines
    assert "7" in lines


def test_reference_list_in_quote_is_kept() -> None:
    body = _code_post("")["body"]
    assert "参考:" in body
    assert "C 程序调用 Lua 的一篇笔记" in body


def test_emoji_heading_opens_the_text() -> None:
    out = _code_post("<h1>😋</h1><h1>Lua 逆向总结</h1>")
    assert out["body"].startswith("😋\n\nLua 逆向总结\n\n")


def test_headline_restated_in_short_lines_still_cut() -> None:
    keys = ["逆向总结入门", "Lua逆向总结"]
    assert clean_body([*keys, PROSE], title="Lua逆向总结—星海") == PROSE


# 6. a one-paragraph box's heading, a closing picture credit


def _joke(heading: str, tail: str) -> dict:
    body = (
        f"{NAV}<header><a href='/'><h1>【发电】星海社员发现了一只不存在的猫</h1></a></header>"
        "<article><div class='meta'><time datetime='2024-11-30'>2024-11-30</time></div>"
        f"<div class='entry'>{heading}<p>{PROSE}<br><img src='/a.jpg'><br>{tail}</p></div></article>"
    )
    return run(body, "<title>【发电】星海社员发现了一只不存在的猫 | 梦社</title>")


def test_box_heading_kept_picture_credit_cut() -> None:
    tail = (
        "图源：<a href='https://www.example.net/artworks/1'>https://www.example.net/artworks/1</a>"
    )
    out = _joke("<h1>无题</h1>", tail)
    assert out["body"] == f"无题\n\n{PROSE}"


def test_closing_caption_stays() -> None:
    out = _joke("<h1>无题</h1>", "图为社员画的那只猫")
    assert out["body"].endswith("图为社员画的那只猫")
