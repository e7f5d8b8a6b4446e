"""A variant break on session 30's new dev pages (issue 10), on pages of our own.

- The bare word for a website opening og:title / <title> (qilian-2019-07-23-news-company, a NexT
  notice headed ``网站 | 公司主页更新企业最新信息``): with no heading over the text the page's
  metas are all a reader has, and 网站 there is the headline's topic, not a site's name; it stays.
  A site's name before the word (``某某科技园网站 | 标题``) and a site's channel (``新闻中心 |``)
  still go.

Why: docs/benchmarks.md, follow176.
"""

from __future__ import annotations

import pytest
from test_policy_fields import P1, P2, P3, page, text

from incubator_crawler.article.title import strip_site_suffix

HEAD = "公司主页更新企业最新信息"
SITE = "七星近期动态"
META = "<div class='info'>发表于 2019-07-23</div>"


def _no_heading(og_title: str, html_title: str) -> str | None:
    """The title of a page with no heading over its text, only <title> and og:title."""
    head = f"<meta property='og:title' content='{og_title}'><meta property='og:site_name' content='{SITE}'>"
    out = page(heading="", meta=META, body=text(P1, P2, P3), head_title=html_title, head=head)
    return out["title"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (f"网站 | {HEAD}", f"网站 | {HEAD}"),
        (f"網站 | {HEAD}", f"網站 | {HEAD}"),
        (f"网页 | {HEAD} | {SITE}", f"网页 | {HEAD}"),
        # negative neighbours: a site's name ending in 网站, and a channel, open the title and go
        (f"某某科技园网站 | {HEAD}", HEAD),
        (f"新闻中心 | {HEAD}", HEAD),
        (f"中国孵化器网 | {HEAD}", HEAD),
    ],
)
def test_bare_web_word_opening_title(raw: str, value: str) -> None:
    assert strip_site_suffix(raw, SITE) == value


def test_bare_web_word_og_title_whole_page() -> None:
    assert _no_heading(f"网站 | {HEAD}", f"网站 | {HEAD} | {SITE}") == f"网站 | {HEAD}"


def test_site_name_og_title_whole_page_still_cut() -> None:
    # the neighbour: a named site before 网站 is the site, the headline alone is the title
    assert _no_heading(f"某某科技园网站 | {HEAD}", f"某某科技园网站 | {HEAD} | {SITE}") == HEAD
