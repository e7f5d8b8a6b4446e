"""A short government 公告 whose only prose is one sentence (issue 10, follow171).

中国福彩网's yearly sales 公告 (cwl-c-437583, dev) has one paragraph ending ``…公告如下：``, its figures
a picture, then ``特此公告``, the issuer and the date: no full stop anywhere and under 200
characters, so the fragments check read it as a sidebar's headlines and the page kept no body. A
notice's closing formula on its own line after the text makes it a text. Pages of our own; why:
docs/benchmarks.md, follow171.
"""

from __future__ import annotations

import pytest
from page_shapes import run

from incubator_crawler.article.body import looks_like_article_body

SENTENCE = (
    "根据《园区管理条例》(第12号)和《园区管理条例实施细则》(第34号)的有关规定，"
    "现将2020年园区企业入驻情况公告如下："
)
PICTURE = "<p style='text-align:center'><img src='/upload/2021/table.png' alt='入驻情况'></p>"
CLOSING = (
    "<p>特此公告</p><p style='text-align:right'>某某高新区管理委员会</p>"
    "<p style='text-align:right'>2021年5月24日</p>"
)
SIDEBAR = (
    "<div class='side'><h4>相关阅读：</h4><ul>"
    "<li><a href='/c/1.html'>2019年园区企业入驻情况公告</a></li>"
    "<li><a href='/c/2.html'>2018年园区企业入驻情况公告</a></li></ul></div>"
)


def _page(text: str) -> str:
    return (
        "<div class='main'><h4>2020年园区企业入驻情况公告</h4>"
        "<small>来源：某某高新区 2021-05-24 11:37</small>"
        f"<div class='article'>{text}</div>{SIDEBAR}</div>"
    )


def test_one_sentence_notice_closed_by_its_formula_is_the_body() -> None:
    item = run(_page(f"<p>{SENTENCE}</p>{PICTURE}{CLOSING}"))
    assert item["body"] == "\n\n".join(
        [SENTENCE, "特此公告", "某某高新区管理委员会", "2021年5月24日"]
    )


@pytest.mark.parametrize("closing", ["特此通知", "特此公示", "特此公告！"])
def test_other_closing_formulas(closing: str) -> None:
    body = f"{SENTENCE}\n\n{closing}\n\n某某高新区管理委员会"
    assert looks_like_article_body(body)


def test_negative_same_notice_without_its_formula_stays_fragments() -> None:
    # the sentence alone, with no closing formula, is still too short to tell from a sidebar
    # (worded without 如下：, which follow169 reads as a clause announcing what follows)
    line = SENTENCE.replace("公告如下：", "予以公布")
    item = run(_page(f"<p>{line}</p>{PICTURE}<p>某某高新区管理委员会</p>"))
    assert item["body"] is None


def test_negative_headlines_naming_a_notice_are_no_text() -> None:
    # a list of headlines with 公告 in them, and the formula only inside a headline
    body = "2019年园区企业入驻情况公告\n\n关于特此公告格式的说明\n\n2018年园区企业入驻情况公告"
    assert not looks_like_article_body(body)


def test_negative_formula_alone_is_no_text() -> None:
    # the formula with nothing before it closes nothing
    assert not looks_like_article_body("特此公告")
    assert not looks_like_article_body("特此公告\n\n某某高新区管理委员会")
