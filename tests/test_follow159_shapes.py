"""Headlines and writers that survive another CMS's markup (issue 10, session 30, follow159).

Pages of our own words in the shapes the variant tool made of this session's new dev pages: a
blog theme's unlinked masthead h1 naming the site over a headline set in a plain block
(chengdujs), a <title> closing on the post's day (hustaa), a <title> naming the site and its
address after a bar (tudi), a writer's credit box whose name line is two links (qilian), and a
WeChat meta list rebuilt without the platform's marks (funhubu). Why each: docs/benchmarks.md,
follow159.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.page import site_name_of
from incubator_crawler.article.title import strip_site_suffix

HEADLINE = "第三次迭代的计划与分工"
SITE = "成都某某交流群-123456789"
MASTHEAD = f"<header><div><h1 class='logo-wrap'>{SITE}</h1></div><ul><li><a href='/'>首页</a></li></ul></header>"
POST = f"<article><div>{HEADLINE}</div><p>2017-04-06</p><div><p>{PROSE}</p><p>{PROSE}</p></div></article>"


def test_masthead_h1_naming_the_site_is_no_headline() -> None:
    head = f"<title>{HEADLINE} | 成都某某交流群 - 123456789</title><meta property='og:site_name' content='成都某某交流群 - 123456789'>"
    assert run(MASTHEAD + POST, head)["title"] == HEADLINE


def test_masthead_h1_still_gives_way_to_the_post_heading() -> None:
    head = f"<title>{HEADLINE} | 成都某某交流群 - 123456789</title><meta property='og:site_name' content='成都某某交流群 - 123456789'>"
    body = MASTHEAD + POST.replace(f"<div>{HEADLINE}</div>", f"<h1>{HEADLINE}</h1>")
    assert run(body, head)["title"] == HEADLINE


def test_headline_opening_with_the_site_name_is_kept() -> None:
    # neighbour: a heading holding the site's name and more is the headline, not the masthead
    headline = f"{SITE} 年会纪要"
    head = f"<title>{headline} | 成都某某交流群 - 123456789</title><meta property='og:site_name' content='成都某某交流群 - 123456789'>"
    body = MASTHEAD + POST.replace(f"<div>{HEADLINE}</div>", f"<h1>{headline}</h1>")
    assert run(body, head)["title"] == headline


DAY_TITLE = "延续传统，开启新的一年 – 20230609"


def test_closing_day_of_title_is_no_site_name() -> None:
    assert site_name_of(DAY_TITLE, {}, None, run_root()) is None
    assert site_name_of("延续传统，开启新的一年 – 2023-06-09", {}, None, run_root()) is None


def test_day_titled_post_without_heading_keeps_its_day() -> None:
    head = f"<title>{DAY_TITLE}</title><meta property='og:title' content='{DAY_TITLE}'>"
    body = f"<div class='col'></div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert run(body, head)["title"] == DAY_TITLE


def test_nine_digit_group_number_stays_a_site_name() -> None:
    # neighbour: a QQ group's number is no day
    assert site_name_of("标题一则 - 206731784", {}, None, run_root()) == "206731784"
    assert site_name_of("标题一则 - 20231309", {}, None, run_root()) == "20231309"  # month 13


def run_root():  # noqa: ANN201 - a parsed empty page for site_name_of
    from lxml import html

    return html.fromstring("<html><body><p>x</p></body></html>")


ADDRESSED = "滴滴与美团之争背后的区块链 | 聚合某某流转平台 - example.im - 某某(海南)投资有限公司"


def test_site_name_and_address_after_a_bar_go() -> None:
    assert strip_site_suffix(ADDRESSED, "某某(海南)投资有限公司") == "滴滴与美团之争背后的区块链"


def test_library_name_is_no_address() -> None:
    # neighbour: ``Node.js`` closes with no known top-level domain
    title = "从零开始的服务端入门 | 入门教程 - Node.js"
    assert strip_site_suffix(title, None) == title


def test_same_separator_keeps_the_segment_before_the_address() -> None:
    # neighbour: name and address parted by the separator that parts the headline: no pair
    title = "新一轮招商政策解读 - 园区服务 - example.com"
    assert strip_site_suffix(title, None) == title


def test_title_only_in_head_with_site_and_address() -> None:
    head = f"<title>{ADDRESSED}</title>"
    body = f"<div class='show_t'></div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert run(body, head)["title"] == "滴滴与美团之争背后的区块链"


BIO = "现就读于某大学的经济学部，先后旅居多国，就职活动中拿到了四个录用通知，擅长面试与业界分析。"


def _boxed(head_tag: str) -> str:
    return (
        f"<h1>{HEADLINE}</h1><div class='post'><p>{PROSE}</p><p>{PROSE}</p>"
        f"<{head_tag}>■ 作者介绍</{head_tag}>"
        "<p><a href='#'>Andy</a>\xa0\xa0<a href='#'>业界课程担当 模拟面试担当</a></p>"
        f"<p>{BIO}</p></div>"
    )


def test_credit_box_with_linked_name_line_names_the_writer() -> None:
    assert run(_boxed("h4"))["author"] == "Andy"


def test_credit_box_head_in_a_plain_block_names_no_one() -> None:
    # neighbour: a ``<div>作者介绍</div>`` is no credit box's heading (follow110)
    assert run(_boxed("div"))["author"] is None


WECHAT_HEAD = "<title>招募小伙伴啦</title><meta property='og:site_name' content='玩转某大'>"


def _meta_list(items: str) -> str:
    return (
        f"<div class='rich_media'><h2>招募小伙伴啦</h2>"
        f"<div class='rich_media_meta_list' id='meta_content'>{items}</div>"
        f"<div class='rich_media_content'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )


def test_rebuilt_wechat_meta_list_names_the_writer() -> None:
    items = "<em>方小文</em>\xa0\xa0<em>玩转某大</em>\xa0\xa0<em>2018-10-08</em>"
    assert run(_meta_list(items), WECHAT_HEAD)["author"] == "方小文"


def test_rebuilt_wechat_meta_list_with_linked_items() -> None:
    items = "<a href='#'>方小文</a>\xa0\xa0<a href='#'>玩转某大</a>\xa0\xa02014-05-31"
    assert run(_meta_list(items), WECHAT_HEAD)["author"] == "方小文"


def test_rebuilt_meta_list_opening_with_the_account_names_no_writer() -> None:
    # neighbour: the account's name and the day alone
    items = "<em>玩转某大</em>\xa0\xa0<em>2018-10-08</em>"
    assert run(_meta_list(items), WECHAT_HEAD)["author"] is None


def test_rebuilt_meta_list_opening_with_a_badge_names_no_writer() -> None:
    # neighbour: the 原创 badge is a mark, no writer
    items = "<em>原创</em>\xa0\xa0<em>玩转某大</em>\xa0\xa0<em>2018-10-08</em>"
    assert run(_meta_list(items), WECHAT_HEAD)["author"] is None
