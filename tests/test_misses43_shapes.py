"""A firm's or a lab's site posting under its own name (misses43): no author.

Why: docs/benchmarks.md, misses43; the labels' reasons: tests/real/LABELLING.md (posting
accounts; corpus37).
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

HEADLINE = "生活服务类APP纠纷不少 预订家政保洁成投诉热点"


def _info_line_page(author: str, title_tail: str) -> dict:
    """A DedeCMS item page: h3 headline, an info line with 作者, <title> ``headline_tail``."""
    return run(
        f"<div class='detail'><h3>{HEADLINE}</h3><div class='desc'><span>所属分类：<em>媒体报道</em>"
        f"     作者：{author}     时间：2018-04-14     浏览量：109</span></div>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{HEADLINE}_{title_tail}</title>",
    )


@pytest.mark.parametrize(
    ("author", "title_tail"),
    [
        # the company's brand in the <title>'s site name (zzkxqj: 郑州保洁公司【开祥清洁】...)
        ("开祥清洁", "郑州保洁公司【开祥清洁】河南清洗保洁行业标准的倡导者"),
        # the company's name short of its place and its 有限公司 (byhfdd: 济宁海润丰有限公司)
        ("海润丰", "济宁海润丰有限公司"),
        ("智能感知", "智能感知实验室"),
    ],
)
def test_the_firms_own_name_in_the_author_slot_is_no_author(author: str, title_tail: str) -> None:
    rec = _info_line_page(author, title_tail)
    assert rec["title"] == HEADLINE
    assert rec["published_at"] == "2018-04-14"
    assert rec["author"] is None


@pytest.mark.parametrize(
    ("author", "title_tail", "expected"),
    [
        # a blogger named in the blog's title keeps his name: 博客 is no firm's word
        ("张三", "张三的博客", "张三"),
        ("李明", "李明个人网站", "李明"),
        # a writer on a firm's site, the name not the firm's
        ("王小红", "济宁海润丰有限公司", "王小红"),
    ],
)
def test_a_persons_name_keeps_the_author_slot(author: str, title_tail: str, expected: str) -> None:
    assert _info_line_page(author, title_tail)["author"] == expected


def test_a_wordpress_byline_naming_the_lab_of_the_title_is_no_author() -> None:
    """``by iiau`` on a lab's WordPress site whose <title> ends ``– IIAU-LAB`` (iiaulab: the
    site name read from the title is only ``LAB``, the title's tail holds the lab's whole name)."""
    head = "<title>大连理工大学蝉联国际视觉跟踪竞赛冠军桂冠 &#8211; IIAU-LAB</title>"
    body = (
        "<article><header class='entry-header'><h1 class='entry-title'>大连理工大学蝉联国际视觉"
        "跟踪竞赛冠军桂冠</h1><div class='entry-meta'><span class='posted-on'><time class='entry-date"
        " published' datetime='2018-09-28T10:00:00+08:00'>2018年9月28日</time></span>"
        "<span class='byline'> by <span class='author vcard'><a class='url fn n' href='/author/{h}/'>"
        "{h}</a></span></span></div></header>"
        f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p></div></article>"
    )
    assert run(body.format(h="iiau"), head)["author"] is None
    # a member's handle, not the lab's name, stays the author
    assert run(body.format(h="qinyao"), head)["author"] == "qinyao"


def test_a_json_ld_author_that_is_the_companys_short_name_is_no_author() -> None:
    """A Hexo theme's JSON-LD author set to the company's short name, og:site_name its full one
    (byhfdd: 海润丰 on 济宁海润丰有限公司)."""
    title = "《企业安全生产应急管理九条规定》解读"
    head = (
        f"<title>{title} | 济宁海润丰有限公司</title>"
        "<meta property='og:site_name' content='济宁海润丰有限公司'>"
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org",'
        f'"@type":"BlogPosting","headline":"{title}","datePublished":'
        '"2025-04-04T10:00:00.000Z","author":[{"@type":"Person","name":"海润丰"}]}'
        "</script>"
    )
    body = (
        f"<h1>{title}</h1><article><p>{PROSE}</p><p>{PROSE}</p></article>"
        "<aside><div class='author-info-name'>{n}</div><div>济宁海润丰有限公司</div></aside>"
    )
    rec = run(body.replace("{n}", "海润丰"), head)
    assert rec["title"] == title
    assert rec["author"] is None
    # a person's name there stays the author
    person = run(body.replace("{n}", "王小红"), head.replace('海润丰"', '王小红"'))
    assert person["author"] == "王小红"
