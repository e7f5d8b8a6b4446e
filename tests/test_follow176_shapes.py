"""A variant break on session 30's new dev pages (issue 10), on pages of our own.

- The bare word for a website opening og:title / <title> (qilian-2019-07-23-news-company, a NexT
  notice headed ``网站 | 公司主页更新企业最新信息``): with no heading over the text the page's
  metas are all a reader has, and 网站 there is the headline's topic, not a site's name; it stays.
  A site's name before the word (``某某科技园网站 | 标题``) and a site's channel (``新闻中心 |``)
  still go.
- The info line set loose in the text's box under a headline in a plain element (tudi-237304439
  with its h1 set as ``<div class="t_1">`` or ``<div><strong>``: ``<div><span><div>标题</div></span>
  来源：X 发布时间：DATE<p>…</p>…</div>``): one short line with no full stop right over the loose
  line heads the box as the h1 did, so the line is the meta line (source, date) and the text starts
  under it, not at a mid-text heading repeating the headline. A sentence over the line is no
  headline. follow176 reverted its widening of ``meta_line._opening_run`` (it broke follow120's
  short-year negative neighbour under an h4); follow181 restored it for a plain element only.

Why: docs/benchmarks.md, follow176.
"""

from __future__ import annotations

import pytest
from page_shapes import run
from test_policy_fields import P1, P2, P3, P4, page, text

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


# -- 2: a plain-element headline over the info line loose in the text's box ---------------------
TOPIC = "区块链能做什么？智能合约给出回答"
LOOSE = "来源：某某研究院研究员 李四 &nbsp;&nbsp; 发布时间：<a href='#'>2018-02-20</a>"


# follow176 left the two plain-element cases as strict xfails (its widening dated follow120's
# short-year neighbour under an h4); follow181 keeps the widening to a headline in a plain
# element, the h4-h6 read as before, and the two pass


def _box(first: str) -> dict:
    paras = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4, P2, P3, P4))
    markup = (
        "<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻动态</a> <a href='/about'>关于</a></div>"
        f"<div class='bar'><span>位置：</span><a href='/'>首页</a> &gt; <a href='/news'>新闻动态</a> &gt; {TOPIC}</div>"
        f"<div class='show'><span class='t'>{first}</span><span class='time'>{LOOSE}</span>{paras}"
        f"<h2>{TOPIC}</h2><p>{P1}</p></div><div class='foot'>版权所有 2018</div>"
    )
    return run(
        markup, f"<title>{TOPIC} | 某某平台</title>", url="http://www.example.im/news_1.html"
    )


@pytest.mark.parametrize(
    "first",
    [
        f"<div class='t_1'>{TOPIC}</div>",
        f"<div><strong>{TOPIC}</strong></div>",
        f"<h1>{TOPIC}</h1>",
    ],
)
def test_plain_headline_over_loose_info_line(first: str) -> None:
    out = _box(first)
    assert out["title"] == TOPIC
    assert out["source"] == "某某研究院研究员 李四"
    assert out["published_at"].startswith("2018-02-20")
    assert out["body"].startswith(P1)


def test_sentence_over_loose_info_line_is_no_headline() -> None:
    # the neighbour: a notice sentence (a full stop) over the line heads nothing; as before
    notice = "本站所载文章仅供学习参考，转载请注明出处。"
    out = _box(f"<div>{notice}</div>")
    assert out["title"] != notice
    assert out["source"] is None
