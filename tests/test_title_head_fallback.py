"""The title chain's last steps (title._head_title): with no headline block on the page, the
title the page states for machines, in order, else a centred line over the text."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"
LD = '{"@type": "NewsArticle", "headline": " 园区召开年度工作会议 "}'


@pytest.mark.parametrize(
    ("head", "body", "title", "rule"),
    [
        (
            "<meta name='ArticleTitle' content='园区召开年度工作会议'>"
            "<meta property='og:title' content='别的标题 - 少数派'><title>首页</title>",
            TEXT,
            "园区召开年度工作会议",
            "meta:ArticleTitle",
        ),
        (
            "<meta property='og:title' content='园区召开年度工作会议 - 某某网'><title>首页</title>",
            TEXT,
            "园区召开年度工作会议",
            "meta:og:title",
        ),
        (
            f"<script type='application/ld+json'>{LD}</script><title>首页</title>",
            TEXT,
            "园区召开年度工作会议",
            "jsonld:headline",
        ),
        (
            "<title>园区召开年度工作会议 - 某某网</title>",
            TEXT,
            "园区召开年度工作会议",
            "html-title",
        ),
        (
            "<title>尼克斯擊敗塞爾提克晉級 - 尼克斯 - 體育 - 聯合新聞網</title>",
            "<ul><li><a href='/a/'>尼克斯</a></li><li><a href='/b/'>體育</a></li></ul>" + TEXT,
            "尼克斯擊敗塞爾提克晉級",
            "html-title(column dropped)",
        ),
        (
            "",
            "<p>　　　　　　园区召开年度工作会议</p>" + TEXT,
            "园区召开年度工作会议",
            "centred-line",
        ),
        ("", TEXT, None, None),
    ],
)
def test_title_from_the_head(head: str, body: str, title: str | None, rule: str | None) -> None:
    rec = run(body, head)
    assert rec["title"] == title
    assert rec["extraction"].get("title") == rule
