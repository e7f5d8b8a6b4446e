"""audit103's classes (author and editor on unlabelled dev-side real pages, session 23), each
with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run
from test_policy_fields import page

from incubator_crawler.article.meta_marks import byline_outlet, slot_byline
from incubator_crawler.article.people import is_site_name

NO_META = "<div class='info'>发布时间：2024-03-05 10:20 浏览次数：128</div>"
RELATED_ROW = (
    "<li><h6>园区召开安全生产工作会议</h6><p>园区召开安全生产工作会议，部署下一阶段工作。"
    "<a href='/xwzx/2.html'>[详细]</a></p><div class='timebox'><span class='time'>2024-02-26 18:46</span>"
    "<span class='user'> 作者：黄小叶</span><span class='from'> 来源： 环球商用车 </span>"
    "<i>0</i><i>14</i></div></li>"
)


# -- 1: a related row's byline is another item's -----------------------------------------------------
@pytest.mark.parametrize(
    ("after", "author"),
    [
        # ev817.com (phpcms): each row under 相关文章 prints the related item's 作者 and 来源
        (f"<div class='relate'><h5>相关文章</h5><ul>{RELATED_ROW}</ul></div>", None),
        # ... and so under 相关阅读, 推荐阅读 or the comments' heading
        (f"<div class='relate'><h5>相关阅读</h5><ul>{RELATED_ROW}</ul></div>", None),
        (f"<div class='relate'><h5>网友评论</h5><ul>{RELATED_ROW}</ul></div>", None),
        # neighbour: the article's own byline line right under its text, no heading between
        ("<p class='author'>本报记者 张明华</p>", "张明华"),
        # neighbour: the byline line under the text, then a related list with a byline of its own
        (f"<p class='author'>本报记者 张明华</p><div class='relate'><h5>相关文章</h5><ul>{RELATED_ROW}</ul></div>",
         "张明华"),
    ],
)  # fmt: skip
def test_related_rows_bylines_are_not_the_articles(after: str, author: str | None) -> None:
    """The byline line after the text is looked for up to a related list's heading, as the
    trailer's labelled lines are: a row under 相关文章 names another item's writer."""
    out = page(meta=NO_META, after=after, sidebar="")
    assert (out["author"], out["published_at"][:10]) == (author, "2024-03-05")


def test_a_signature_past_a_related_list_still_credits() -> None:
    """chinadaily's outlet signature below the related links is read as before (a bracketed
    credit, not a byline line)."""
    after = (
        "<div class='relate'><h5>相关阅读</h5><ul><li><a href='/a/2.html'>园区召开安全生产工作会议</a></li>"
        "</ul></div><p>（中国日报网英语点津 Helen ）</p>"
    )
    out = page(meta=NO_META, after=after, sidebar="")
    assert out["author"] == "Helen"


# -- 2: the site's Latin account in the 作者 slot -----------------------------------------------------
CUASIA_HEADER = "<div class='top'><span>CUASIA</span></div>"


def cuasia(meta: str, trailer: str = "") -> dict:
    """A DedeCMS item of an association's site whose <title> and header name it CUASIA."""
    body = f"<h2>“打工皇帝”唐骏作客哥大</h2>{meta}<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    return run(
        CUASIA_HEADER + f"<div class='main'>{body}{trailer}</div>",
        "<title>“打工皇帝”唐骏作客哥大-CUASIA</title>",
        url="http://www.cuasia.org/a/ca_events/2014/0422/173.html",
    )


@pytest.mark.parametrize(
    ("writer", "author"),
    [
        # cuasia.org: the association's account, its name in another case with Web after it
        ("CUAsiaWeb", None),
        ("cuasia", None),
        ("CUASIA Admin", None),
        # neighbour: a member's name typed into the slot (cuasia's 作者:Frank Yao)
        ("Frank Yao", "Frank Yao"),
        # neighbour: the site's name with another word after it is someone's handle
        ("CUAsiaFan", "CUAsiaFan"),
    ],
)
def test_the_sites_latin_account_is_no_writer(writer: str, author: str | None) -> None:
    """作者:<the site's name in any case, maybe with Web> names the site's account (LABELLING.md,
    labelcheck11: an organisation's own account gives no author); the 责任编辑 slot keeps it."""
    meta = f"<div class='info'>时间:2014-04-22 09:42来源:未知 作者:{writer} 点击: 次</div>"
    out = cuasia(meta, f"<p>(责任编辑：{writer})</p>")
    assert (out["author"], out["editor"]) == (author, writer)


@pytest.mark.parametrize(
    ("name", "site", "same"),
    [
        ("CUAsiaWeb", "CUASIA", True),
        ("cuasia", "CUASIA", True),
        ("Eurkon", "eurkon", True),
        ("和讯", "和讯网", True),
        # a short Latin name opens too many handles: only an exact match counts
        ("Kai", "AI", False),
        ("AIweb", "AI", False),
        ("ai", "AI", True),
        ("CUAsiaFan", "CUASIA", False),
        ("CUAsiaWeb", None, False),
    ],
)
def test_is_site_name_latin_case(name: str, site: str | None, same: bool) -> None:
    """Latin names compare in any case; an account word may follow a name of four letters or more."""
    assert is_site_name(name, site) is same


# -- 3: the byline slot's titles are the byline line's (session 22's review) --------------------------
@pytest.mark.parametrize(
    ("line", "byline", "outlet"),
    [
        ("记者 张明华 | 人民网 | 2024-03-05", "记者 张明华", "人民网"),
        ("作者：张明华 ｜ 人民网 ｜ 发布时间：2024-03-05", "作者:张明华", "人民网"),
        ("文/张明华 | 人民网 | 2024-03-05", "文/张明华", "人民网"),
        # every title a byline line takes (labels.REPORTER_ROLES), not four of them
        ("通讯员 张明华 | 人民网 | 2024-03-05", "通讯员 张明华", "人民网"),
        ("本报评论员 张明华 | 人民网 | 2024-03-05", "本报评论员 张明华", "人民网"),
        # neighbours: an editor's credit is no byline; no date after the slot
        ("编辑 张明华 | 人民网 | 2024-03-05", None, None),
        ("记者 张明华 | 人民网 | 分享", None, None),
    ],
)
def test_slot_titles_are_the_byline_lines(
    line: str, byline: str | None, outlet: str | None
) -> None:
    """``_SLOT_BYLINE_RE`` builds its CJK titles from labels.REPORTER_ROLES and WRITER_LABELS,
    the words people.py's byline rules read, instead of a list of its own."""
    assert (slot_byline(line), byline_outlet(line)) == (byline, outlet)
