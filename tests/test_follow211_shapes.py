"""follow211: hunt209's and hunt212's first-contact misses on the new dev pages, each shape in our
own words with its negative neighbours (issue 10, session 33)."""

from __future__ import annotations

from incubator_crawler.article.labels import split_labelled_line
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


# 1. a run-in bracket byline with a slash between the role and the name; a closing 校对 bracket


def test_slash_between_reporter_title_and_name_in_run_in_bracket():
    html = _page(f"<p>本网讯（特约记者/林晓峰）3 月 13 日下午，{_SENT}</p>{_PARA}")
    assert _run(html)["author"] == "林晓峰"


def test_colon_form_of_the_run_in_bracket_still_reads():
    html = _page(f"<p>本网讯（记者：林晓峰）3 月 13 日下午，{_SENT}</p>{_PARA}")
    assert _run(html)["author"] == "林晓峰"


def test_slash_bracket_with_a_sentence_names_no_one():
    # neighbour: words after the slash that are no name (a sentence in the brackets)
    html = _page(f"<p>本网讯（记者/从市科技局获悉的消息）3 月 13 日下午，{_SENT}</p>{_PARA}")
    assert _run(html)["author"] is None


def test_closing_proofreader_bracket_is_cut_and_no_editor():
    html = _page(f"{_PARA}<p>{_SENT}（校对/王海燕）</p>")
    out = _run(html)
    assert out["editor"] is None
    assert out["author"] is None
    assert "校对" not in out["body"]
    assert out["body"].endswith("好书。")


def test_closing_bracket_of_a_phrase_is_kept():
    # neighbour: a bracket closing the text that is no credit stays
    html = _page(f"{_PARA}<p>{_SENT}（详见附件）</p>")
    assert _run(html)["body"].endswith("（详见附件）")


# 2. 文章作者：NAME run into the first paragraph


def test_writer_label_run_into_the_first_paragraph():
    # (a paragraph of prose: a short first line is read as a meta line, another rule's shape)
    html = _page(f"<p>文章作者：小林 大家好！今天给大家推荐一本书，{_SENT * 2}</p>{_PARA}")
    out = _run(html)
    assert out["author"] == "小林"
    assert out["body"].startswith("文章作者：小林 大家好！")


def test_writer_label_run_on_by_another_label_is_no_run_in():
    paras = ["作者：小林 编辑：王海", _SENT * 2]
    assert find_inline_people(paras)["author"] != "小林 编辑"
    # a greeting with no sentence mark in reach is no run-in either
    paras = ["作者：小林 大家好" + "读书" * 30, _SENT * 2]
    assert find_inline_people(paras)["author"] is None


# 3. a category link beside the date is no source


def test_category_folder_link_beside_date_is_no_source():
    meta = "<span>2018-01-02</span> <a href='/site/categories/%E5%8A%A8%E6%80%81/'>最新动态通报</a>"
    out = _run(_page(_PARA * 2, meta))
    assert out["source"] is None


def test_outlet_beside_date_without_folder_link_stays_the_source():
    # neighbour: the same slot naming an outlet, no link into a categories folder
    meta = "<span>2018-01-02</span> <span>中国教育报</span>"
    assert _run(_page(_PARA * 2, meta))["source"] == "中国教育报"


# 4. credit lines opening the text: 音频编辑 is a production role, the writer's line the author


def test_audio_editor_label_is_no_editor():
    assert split_labelled_line("音频编辑: 林晓峰") == {"media": "林晓峰"}
    assert split_labelled_line("编辑: 林晓峰") == {"editor": "林晓峰"}


def test_opening_credit_lines_name_the_writer_and_are_cut():
    html = _page(f"<p>音频编辑: 林晓峰</p><p>文字: 王海燕</p>{_PARA * 2}", meta_html="")
    out = _run(html)
    assert out["author"] == "王海燕"
    assert out["editor"] is None
    assert out["body"].startswith("社区活动中心")


def test_opening_labelled_line_of_title_words_names_no_writer():
    # neighbour: 文字 over words that are no name (a heading of the notes)
    paras = ["文字: 社区读书会的故事", _SENT * 2]
    assert find_inline_people(paras)["author"] is None


# 5. closing credit lines: the 转载自 line names the outlet, not a last 网络 credit


def test_reprint_line_above_a_web_credit_is_the_source():
    html = _page(
        f"{_PARA * 2}<p>版权声明：本文原文来自：城市日报</p><p>中文翻译转载自微信公众号：读书笔记。</p>"
        "<p>本文转载自网络，原文链接</p>"
    )
    assert _run(html)["source"] == "微信公众号：读书笔记"


def test_last_credit_naming_an_outlet_stays_the_source():
    # neighbour: the last credit names an outlet: it stands
    html = _page(f"{_PARA * 2}<p>中文翻译转载自微信公众号：读书笔记。</p><p>本文转载自城市日报</p>")
    assert _run(html)["source"] == "城市日报"
