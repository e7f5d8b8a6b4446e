"""First-contact shapes of hunt199's organisation sites (issue 10, session 33), on pages of our own.

- A licence box, a meta row and article:author giving the site's name in another letter case
  (``Club-Nova`` on the site ``CLUB-NOVA``): the site, no writer; the name as the site writes it
  (a blog named after its owner) and a person's name stay the writer.
- Closing WeChat credits: ``图文 | NAME`` (a bar after the label) and ``文案：NAMES`` name the
  writers (文案 beside 文字 in labels.py), a name list continued on the next line is the same
  credit; ``图文 | <a title>`` and a next line of prose are not.
- A nested list item that wins the density count stands for its outermost list: the text box
  around it is the body. A text of three headed quotes is the text box, not its first quote.

Why: docs/benchmarks.md, follow205.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.extract import extract_article
from incubator_crawler.article.labels import LABEL_RE, split_labelled_line
from incubator_crawler.article.people.owners import site_respelt

HEADLINE = "星海园区春季招聘会下月举行"
TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


# 1. the site's name in another letter case


def _icarus(author: str, site: str = "CLUB-NOVA") -> dict:
    head = (
        f"<title>{HEADLINE} - {site}</title><meta name='generator' content='Hexo 5.4.0'>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:author' content='{author}'>"
    )
    body = (
        f"<header><p>{site}</p></header><article><div>2024-03-04发表 {author}</div>"
        f"<h1>{HEADLINE}</h1>{TEXT}"
        "<div class='license'><div><h6>作者</h6><p>"
        f"{author}</p></div><div><h6>发布于</h6><p>2024-03-04</p></div>"
        "<div><h6>许可协议</h6><p>CC BY-NC-SA 4.0</p></div></div></article>"
        f"<aside><p>{site}</p><p>文章 12</p></aside>"
    )
    return run(body, head, url="https://club-nova.github.io/2024/03/04/a/")


def test_site_name_in_another_case_in_the_licence_box_names_no_writer() -> None:
    assert _icarus("Club-Nova")["author"] is None


def test_a_person_in_the_licence_box_is_the_writer() -> None:
    # the neighbour: a person's name in the same box, meta row and meta
    assert _icarus("Lin Yifan")["author"] == "Lin Yifan"


@pytest.mark.parametrize(
    ("name", "site", "want"),
    [
        ("Club-Nova", "CLUB-NOVA", True),
        ("CLUB-NOVA", "CLUB-NOVA", False),  # as the site writes it: the box vouches for it
        ("Lin Yifan", "CLUB-NOVA", False),
        ("Club-Nova", None, False),
    ],
)
def test_site_respelt(name: str, site: str | None, want: bool) -> None:
    assert site_respelt(name, site) is want


# 2. closing WeChat credits


def _credits(*lines: str) -> dict:
    tail = "".join(f"<p>{line}</p>" for line in lines)
    body = (
        f"<h1>{HEADLINE}</h1><p>发表于 2019-11-26</p>{TEXT}{tail}"
        "<div>欢迎关注我的其它发布渠道</div>"
    )
    return run(body, f"<title>{HEADLINE}</title>")


def test_picture_and_text_credit_after_a_bar_names_the_writer() -> None:
    assert _credits("图文 | Raymond", "排版 | AlanJin")["author"] == "Raymond"


def test_picture_and_text_bar_before_a_title_names_no_writer() -> None:
    # the neighbour: ``图文 |`` heading a photo story's title in a list is no credit
    assert not LABEL_RE.match("图文 | 园区举办第三届创新大赛颁奖典礼现场直击")
    assert LABEL_RE.match("图文 | Raymond")


def test_wording_credit_is_a_writer_label() -> None:
    assert split_labelled_line("文案：林一帆") == {"author": "林一帆"}


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (("文案：Keeney Cici Eleanore", "排版：Emma"), "Keeney Cici Eleanore"),
        (
            ("文案：王一帆Rex 陈思Erica", "林可Jojo 谢云Julia", "排版：谢云Julia"),
            "王一帆Rex 陈思Erica 林可Jojo 谢云Julia",
        ),
        # the neighbours: the next line is prose, or the credit holds one name
        (("文案：王一帆Rex 陈思Erica", "下周一见", "排版：谢云Julia"), "王一帆Rex 陈思Erica"),
        (("文案：王一帆", "林可 谢云", "排版：谢云"), "王一帆"),
    ],
)
def test_wording_credit_names_the_writers_continued_on_the_next_line(
    lines: tuple[str, ...], want: str
) -> None:
    assert _credits(*lines)["author"] == want


# 3. body: a won nested list item, headed quotes


def test_nested_list_item_that_wins_stands_for_the_list_in_the_text() -> None:
    long = "大三及以上年级学生在大二考试内容的基础上，增加实变函数、复变函数等内容，由考生选做。"
    body = (
        f"<h1>{HEADLINE}</h1><p>发表于 2018-12-05</p><div class='post'>"
        "<h2>简介</h2><p>参赛对象为本科二年级以上的在校大学生，竞赛分为两组。</p>"
        "<ol><li><p>数学专业组</p><ul><li><p>初赛考试内容：数学分析</p></li>"
        f"<li><p>决赛试卷分为两类：</p><p>{long}</p><p>{long}</p></li></ul></li></ol>"
        "<h2>参赛时间</h2><p>初赛一般于十月底举行。</p></div>"
        "<footer><p>© 2018 某某学院科协</p></footer>"
    )
    out = run(body, f"<title>{HEADLINE}</title>")
    assert out["body"].startswith("简介\n\n参赛对象")
    assert out["body"].endswith("初赛一般于十月底举行。")


def _quotes(n: int) -> str:
    items = [("时间范围", "报名时间 2018.09.20 - 2018.09.22"), ("活动级别", "当前活动级别为 校级"),
             ("报名人数", "500"), ("活动标签", "当前活动标签为 招新选拔")]  # fmt: skip
    parts = "".join(f"<h2>{h}</h2><blockquote><p>{v}</p></blockquote>" for h, v in items[:n])
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
        f"<div>Posted on 2018-09-21</div><div class='post'>{parts}</div>"
        "<footer><p>© 2018 计算机协会</p></footer></body></html>"
    )
    return extract_article(page, "http://www.example.cn/a/1.html")


def test_three_headed_quotes_are_the_text() -> None:
    art = _quotes(4)
    assert art.rules["body"] == "density:quote-in-text"
    assert art.body_paragraphs[0] == "时间范围"
    assert art.body_paragraphs[-1] == "当前活动标签为 招新选拔"


def test_two_headed_quotes_are_no_text_of_items() -> None:
    # the neighbour: two items are a citation or two in a text, not a form of items
    assert _quotes(2).rules["body"] != "density:quote-in-text"
