"""audit302's classes (a people / published screen of the session-23 corpus repositories and of
the history of the HTML-less ones), each with exact values and its negative neighbours, on
synthetic pages of the real shapes."""

from __future__ import annotations

import pytest

from incubator_crawler.crawl.process import extract_normalized

TEXT = (
    "<p>随着新能源客车技术的提升，在东北寒冷天气的适应性越来越成熟稳定，从而带动新能源客车产品的应用。</p>"
    "<p>2017年市场销售数据显示，近一年来，东北新能源客车应用数量在加大，宇通在东北地区销量同比增长82%。</p>"
    "<p>市场占有率则同比增长了近6个百分点，达到了近38%，宇通新能源客车在东北市场的优势地位进一步巩固。</p>"
)


def _extract(body: str, title: str = "占比超三成 宇通新能源客车抢眼东北市场") -> dict:
    html = (
        f"<html><head><meta charset='utf-8'><title>{title}_环球商用车网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/kc/'>客车要闻</a> <a href='/kc/qy/'>企业快报</a></div>"
        f"<div class='article'>{body}</div><div class='foot'>版权所有 环球商用车网</div></body></html>"
    )
    return extract_normalized(
        html.encode(), "http://www.ev817.com/html/busnews/qiye/2017/1023/118.html"
    )


# -- 1: badge words run together before the labelled publish time (ev817's DedeCMS copy) ----------
@pytest.mark.parametrize(
    ("lead", "author"),
    [
        ("头条热门", None),  # two badges glued: no writer (was 头条热门)
        ("置顶精选", None),
        ("热门", None),  # one badge, as before
        ("黄小叶", "黄小叶"),  # neighbour: a name before the time is still the writer
        ("头条君", "头条君"),  # neighbour: a badge word opening a handle is not a badge run
    ],
)
def test_badge_run_before_publish_time(lead: str, author: str | None) -> None:
    rec = _extract(
        "<h1>占比超三成 宇通新能源客车抢眼东北市场</h1>"
        f"<div class='info'><span>{lead}</span> 发布时间：2017-10-23 10:04:54 <span>0</span></div>"
        f"<div class='source'>来源： 环球商用车</div><div class='content'>{TEXT}</div>"
    )
    assert rec["author"] == author
    assert rec["published_at"].startswith("2017-10-23")
    assert rec["source"] == "环球商用车"


# -- 2: a table of contents box's title under the headline (Minimal Mistakes' toc aside over a
# post whose text is empty: the box's title was the one short line over the taxonomy lines) -----
def _toc_page(box: str) -> dict:
    html = (
        "<html><head><meta charset='utf-8'><title>南科大创新实践项目汇总 - SUSTech Open Source</title>"
        "</head><body><div class='masthead'><nav><a href='/'>SUSTech Open Source</a><ul>"
        "<li><a href='/news/'>新闻</a></li><li><a href='/project/'>项目</a></li></ul></nav></div>"
        "<div id='main' role='main'><article class='page'><div class='page__inner-wrap'>"
        "<header><h1 class='page__title'>南科大创新实践项目汇总</h1></header>"
        f"<section class='page__content'>{box}</section>"
        "<footer class='page__meta'><p><strong>标签: </strong><a href='/tags/md' rel='tag'>Markdown</a></p>"
        "<p><strong>分类: </strong><a href='/categories/x' rel='tag'>开源文档开发</a></p>"
        "<p><strong>更新时间:</strong> <time datetime='2022-08-20T00:00:00+08:00'>August 20, 2022</time>"
        "</p></footer><nav class='pagination'><a href='/p/a/'>上一页</a><a href='/p/b/'>下一页</a></nav>"
        "</div></article></div><div class='foot'>© 2022 SUSTech Open Source</div></body></html>"
    )
    return extract_normalized(
        html.encode(), "https://sustech-opensource.github.io/project/2022/08/x/"
    )


def _toc(title: str) -> str:
    return (
        "<aside class='sidebar__right sticky'><nav class='toc'><header>"
        f"<h4 class='nav__title'><i class='fas fa-file-alt'></i> {title}</h4></header></nav></aside>"
    )


@pytest.mark.parametrize("title", ["目录", "文章目录", "目錄", "本文目录"])
def test_toc_title_under_headline_is_no_writer(title: str) -> None:
    assert _toc_page(_toc(title))["author"] is None  # was the box's title (account-line)


@pytest.mark.parametrize("name", ["李明轩", "目录君"])
def test_name_line_over_the_taxonomy_lines_stays_the_writer(name: str) -> None:
    """Neighbours: a name on its line where the box stood is still read (a handle that opens
    with the word too)."""
    assert _toc_page(f"<p>{name}</p>")["author"] == name
