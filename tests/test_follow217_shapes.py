"""Variant breaks left by follow201 and follow208 (issue 10, session 33), on pages of our own.

- A blog's heading box flattened into one line (the post's tags, the headline, ``Posted by X on
  DATE``): the headline <title> names, standing whole mid-line after a few tag words, cuts the
  line; the tag words are no title, the rest is the meta line (its date and ``Posted by`` name).
- A 《》 document name a ``<br>`` breaks over two lines of its element is the headline whole, and
  its second line is no text.
- A short og:title that <title> opens with wins over an h2 right under the post's bare date line
  that shares nothing with it (the text's first section heading).

Why: docs/benchmarks.md, follow217.
"""

from __future__ import annotations

from page_shapes import PROSE, run
from test_follow208_shapes import _standalone

# 1. the flattened heading box

BLOG_HEAD = "<title>星海客栈开业介绍 - 星海博客</title><meta property='og:title' content='星海客栈开业介绍'>"
NBSP = "\xa0\xa0"


def _flat(line: str) -> dict:
    body = (
        "<nav><a href='/'>首页</a><a href='/tags/'>标签</a></nav><main>"
        f"{line}<div class='post'><p>{PROSE}</p><p>{PROSE}</p></div></main>"
    )
    return run(body, BLOG_HEAD)


def _line(before: str, headline: str = "星海客栈开业介绍") -> str:
    parts = [*before.split(), headline, "Posted by", "林小舟", "on", "Sunday, March 8, 2015"]
    return f"<div>{NBSP.join(parts)}</div>"


def test_flattened_box_one_tag_gives_name_date_and_title() -> None:
    out = _flat(_line("住宿"))
    assert out["title"] == "星海客栈开业介绍"
    assert out["author"] == "林小舟"
    assert str(out["published_at"]).startswith("2015-03-08")


def test_flattened_box_two_tags_in_spans() -> None:
    parts = [
        "住宿",
        "开业",
        "星海客栈开业介绍",
        "Posted by",
        "林小舟",
        "on",
        "Sunday, March 8, 2015",
    ]
    line = "<div>" + NBSP.join(f"<span>{p}</span>" for p in parts) + "</div>"
    out = _flat(line)
    assert out["title"] == "星海客栈开业介绍"
    assert out["author"] == "林小舟"


def test_words_before_with_a_date_are_no_tags() -> None:
    # a date before the headline: no tag words, the line is not cut mid-way
    out = _flat(_line("2015年3月8日"))
    assert out["author"] is None


def test_longer_headline_mid_line_is_not_the_title_cut() -> None:
    # the line names more than <title>'s headline: no headline stands whole in it
    out = _flat(_line("住宿", "星海客栈开业介绍续篇"))
    assert out["author"] is None


# 2. the 《》 name over two lines


def test_marked_name_over_two_lines_is_the_headline() -> None:
    out = _standalone("<p>《星海<br>工作室章程》</p>", "本章程由理事会负责解释。")
    assert out["title"] == "《星海工作室章程》"
    assert out["body"].startswith("第一章 总则")


def test_two_lines_going_on_past_the_marks_are_none() -> None:
    out = _standalone("<p>《星海<br>工作室章程》的说明</p>", "本章程由理事会负责解释。")
    assert out["title"] == "章程"


def test_two_lines_naming_another_work_are_none() -> None:
    out = _standalone("<p>《星海<br>工作室规则》</p>", "本章程由理事会负责解释。")
    assert out["title"] == "章程"


# 3. the h2 under the post's bare date line


def _post(og: str, h2: str) -> dict:
    head = f"<title>{og} | 星海社</title><meta property='og:title' content='{og}'>"
    body = (
        "<nav><a href='/'>首页</a><a href='/about/'>关于</a></nav><main><article>"
        "<div class='meta'><time datetime='2024-12-01'>2024-12-01</time></div>"
        f"<div class='entry'><h2>{h2}</h2><h2>由社长编写 起草时间2024-12-1</h2>"
        f"<p>{PROSE}</p><h3>组成人员</h3><p>{PROSE}</p></div></article></main>"
    )
    return run(body, head)


def test_text_h2_under_bare_date_gives_way_to_short_og_title() -> None:
    assert _post("社团公告", "第一版总章程")["title"] == "社团公告"


def test_h2_sharing_words_with_og_title_stays() -> None:
    assert _post("社团公告", "社团公告第一版")["title"] == "社团公告第一版"


# 4. an h1 below the text's opening lines


def _terms(heading_above: str = "") -> dict:
    head = (
        "<title>星海计划服务条款 | 星海计划</title>"
        "<meta property='og:title' content='星海计划服务条款'>"
    )
    body = (
        "<nav><a href='/'>主页</a><a href='/tags/'>标签</a></nav><main><article>"
        f"{heading_above}<div class='meta'>发表于2023-09-14</div><div class='entry'>"
        f"<p>最近修订日期：2023年9月14日</p><p>{PROSE}</p><h1>一、服务内容</h1><p>{PROSE}</p>"
        f"<h1>二、用户责任</h1><p>{PROSE}</p></div></article></main>"
    )
    return run(body, head)


def test_text_subhead_h1_gives_way_to_the_title_headline() -> None:
    assert _terms()["title"] == "星海计划服务条款"


def test_headline_h1_above_the_text_stays() -> None:
    assert _terms("<h1>星海计划服务条款</h1>")["title"] == "星海计划服务条款"
    assert _terms("<h1>服务条款总览页</h1>")["title"] == "服务条款总览页"
