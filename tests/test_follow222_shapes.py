"""follow222: session 33's people and source leftovers, each shape in our own words with its
negative neighbours (issue 10, session 34)."""

from __future__ import annotations

from incubator_crawler.article.labels import run_on_name
from incubator_crawler.article.people.inline import find_inline_people
from incubator_crawler.crawl.process import extract_normalized

_SENT = "社区活动中心的志愿者们每周都会组织读书会，邀请附近的居民一起分享近期读到的好书。"
_PARA = "<p>" + _SENT * 3 + "</p>"


def _run(html: str, url: str = "https://news.example.edu.cn/news/2024/03/reading/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _page(text_html: str, meta_html: str = "<span class='date'>2024-03-14</span>") -> str:
    return (
        "<html><head><title>读书会第十期顺利举行</title></head><body>"
        f"<article><h1>读书会第十期顺利举行</h1><div class='meta'>{meta_html}</div>"
        f"<div class='content'>{text_html}</div></article></body></html>"
    )


# 1. a short first paragraph ``作者：X 大家好，我是…``: the name alone, the paragraph stays text


def test_run_on_name_ends_at_a_greeting_or_a_sentence():
    assert run_on_name("张三 大家好，我是") == "张三"
    assert run_on_name("林小舟　你好！") == "林小舟"
    assert run_on_name("张三 今天天气很好。") == "张三"
    # names alone run on into nothing
    assert run_on_name("张三 李四") is None
    assert run_on_name("张三 李四。") is None
    assert run_on_name("张三") is None


def test_short_first_paragraph_byline_with_a_greeting_is_text():
    html = _page(f"<p>作者：林小舟 大家好！我是读书会的组织者。</p>{_PARA}")
    out = _run(html)
    assert out["author"] == "林小舟"
    assert out["body"].startswith("作者：林小舟 大家好！我是读书会的组织者。")


def test_short_first_paragraph_byline_with_a_sentence_is_text():
    out = _run(_page(f"<p>作者：张三 今天我们去了公园。</p>{_PARA}"))
    assert out["author"] == "张三"
    assert out["body"].startswith("作者：张三 今天我们去了公园。")


def test_inline_people_take_the_name_before_a_greeting_alone():
    assert find_inline_people(["作者：张三 大家好，我是", _SENT * 2])["author"] == "张三"


def test_two_names_after_the_label_stay_two_names_and_the_line_is_cut():
    assert find_inline_people(["作者：张三 李四", _SENT * 2])["author"] == "张三、李四"
    out = _run(_page(f"<p>作者：张三 李四</p>{_PARA}"))
    assert out["author"] == "张三、李四"
    assert out["body"].startswith(_SENT)


def test_writer_and_photographer_line_stays_a_credit_line():
    out = _run(_page(f"<p>作者：张三 摄影：李四</p>{_PARA}"))
    assert out["author"] == "张三"
    assert out["body"].startswith(_SENT)


# 2. a column's name after the date, unlinked (``DATE | 新闻热点``): where it is filed, no source


def test_column_words_after_the_date_name_no_source():
    for column in ("新闻热点", "新闻", "园区动态", "新闻►精彩赛事►通知"):
        for sep in (" | ", "<br>"):
            out = _run(_page(_PARA, f"<span>2024-03-14{sep}{column}</span>"))
            assert out["source"] is None, column
            assert out["author"] is None, column


def test_outlet_after_the_date_stays_the_source():
    out = _run(_page(_PARA, "<span>2024-03-14 | 游民星空</span>"))
    assert out["source"] == "游民星空"
    out = _run(_page(_PARA, "<span>2024-03-14 | 澎湃新闻</span>"))
    assert out["source"] == "澎湃新闻"


# 3. the opening credits: the header's run and the inline line reader, each its own shape


def test_one_opening_credit_line_names_the_writer_and_is_cut():
    for meta in ("", "<span class='date'>2024-03-14</span>"):
        out = _run(_page(f"<p>文字：王海燕 图片：林晓峰</p>{_PARA * 2}", meta_html=meta))
        assert out["author"] == "王海燕"
        assert out["editor"] is None
        assert out["body"].startswith("社区活动中心")


def test_a_credit_line_under_a_short_deck_names_the_writer():
    # the inline reader's shape (gcuacm's ``撰稿：X`` under the text's one-line deck), which the
    # header's run, read only from the text's top, does not see
    out = _run(_page(f"<p>读书会招新考核</p><p>撰稿：王海燕</p>{_PARA * 2}"))
    assert out["author"] == "王海燕"


def test_closing_credit_lines_under_a_short_text_stay_the_trailers():
    # people148's neighbour: a short text's closing 文字 / 排版 lines under its one paragraph
    out = _run(_page(f"{_PARA}<p>文字：王海燕</p><p>排版：林晓峰</p>"))
    assert out["author"] == "王海燕"
    assert out["body"] == _SENT * 3


# 4. one filling rule for a header's and a date block's credit lines


def test_a_credit_line_fills_an_empty_value_and_keeps_a_shown_one():
    from incubator_crawler.article.meta_line import add_fields

    fields = {"source": ""}
    add_fields(fields, "来源：新华网")
    assert fields == {"source": "新华网"}
    fields = {"source": "人民网"}
    add_fields(fields, "来源：新华网 编辑：王海")
    assert fields == {"source": "人民网", "editor": "王海"}
    fields = {}
    add_fields(fields, "来源：新华网 编辑：王海", ("source",))
    assert fields == {"source": "新华网"}
    # a writer's name with a greeting run on: the name alone
    fields = {}
    add_fields(fields, "作者：张三 大家好，我是小张")
    assert fields == {"author": "张三"}
    fields = {}
    add_fields(fields, "作者：张三 李四")
    assert fields == {"author": "张三 李四"}
