"""follow254: session 34's people leftovers, each shape in our own words with its negative
neighbours (issue 10, session 35)."""

from __future__ import annotations

from incubator_crawler.article.labels import runs_on_compact, titled_text_line
from incubator_crawler.article.people.inline import find_inline_people
from incubator_crawler.crawl.process import extract_normalized

_SENT = "社区活动中心的志愿者们每周都会组织读书会，邀请附近的居民一起分享近期读到的好书。"
_PARA = "<p>" + _SENT * 3 + "</p>"


def _run(html: str, url: str = "https://news.example.edu.cn/news/2024/03/reading/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _page(first: str, paras: int = 5) -> str:
    return (
        "<html><head><title>读书会第十期顺利举行</title></head><body>"
        "<article><h1>读书会第十期顺利举行</h1><div class='meta'><span>2024-03-14</span></div>"
        f"<div class='content'><p>{first}</p>{_PARA * paras}</div></article></body></html>"
    )


# 1. ``作者：X 大家好，我是`` with no sentence mark: the paragraph stays text, the name alone


def test_runs_on_compact_reads_a_greeting_glued_to_the_name():
    assert runs_on_compact("张三大家好,我是")
    assert runs_on_compact("林小舟你好")
    assert not runs_on_compact("张三")
    assert not runs_on_compact("张三李四")
    assert not runs_on_compact("张三今天")  # 今天 glued may be the name's own characters


def test_greeting_without_a_sentence_mark_stays_text_and_names_the_writer():
    for first in ("作者：张三 大家好，我是", "作者：张三 大家好"):
        for paras in (1, 5):
            out = _run(_page(first, paras))
            assert out["author"] == "张三"
            assert out["body"].startswith(first)


def test_inline_reader_takes_the_name_before_a_bare_greeting():
    assert find_inline_people(["作者：张三 大家好", _SENT * 2])["author"] == "张三"


def test_names_alone_stay_a_credit_line_that_is_cut():
    out = _run(_page("作者：张三 李四"))
    assert out["author"] == "张三、李四"
    assert out["body"].startswith(_SENT)
    out = _run(_page("作者：张三"))
    assert out["author"] == "张三"
    assert out["body"].startswith(_SENT)


# 2. ``文字：社区读书会的故事``: a title's phrase after 文字, no writer


def test_titled_text_line_reads_a_long_phrase_with_de():
    assert titled_text_line("文字: 社区读书会的故事")
    assert titled_text_line("文字：我们这个夏天的回忆")
    assert not titled_text_line("文字：王小明")
    assert not titled_text_line("文字：欧阳的")  # short: a name's length
    assert not titled_text_line("作者：社区读书会的故事")  # only 文字 is also the word "text"
    assert not titled_text_line("文字：张三 李四")


def test_text_label_over_a_title_phrase_gives_no_author():
    for paras in (1, 5):
        assert _run(_page("文字: 社区读书会的故事", paras))["author"] is None


def test_text_label_over_a_name_stays_the_author():
    for paras in (1, 5):
        out = _run(_page("文字: 王小明", paras))
        assert out["author"] == "王小明"
        assert out["body"].startswith(_SENT)
