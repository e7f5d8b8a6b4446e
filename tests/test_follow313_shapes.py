"""follow313: the credit shapes sessions 37-38 left.

1. A closing WeChat credit block ``文字/张三`` / ``图片/李四`` / ``编辑/刘曦`` (a slash for the colon):
   the writer's line is cut with the others (LABELLING.md: credit lines stay out of the body;
   文字 / 文案 / 图文 credit the text), its name read as the author.

Why: docs/benchmarks.md, follow313.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

NAV = "".join(f"<li><a href='/c/{i}/'>栏目{i}</a></li>" for i in range(12))
PARAS = [f"第{i}段。{PROSE[:70]}" for i in range(6)]


def wechat(*tail: str, paras: list[str] = PARAS) -> dict:
    """A reposted WeChat post: nav, headline, date, the text box ending in ``tail`` lines."""
    lines = "".join(f"<p>{x}</p>" for x in [*paras, *tail])
    return run(
        f"<ul>{NAV}</ul><div class='rich_media'><h1>校园开放日圆满举行</h1>"
        f"<div class='meta'>2024-03-01</div><div id='js_content'>{lines}</div></div>"
    )


@pytest.mark.parametrize(
    ("tail", "author", "editor", "last"),
    [
        (("文字/张三", "图片/李四", "编辑/刘曦"), "张三", "刘曦", PARAS[-1]),
        (("文字／张三", "图片／李四", "编辑／刘曦"), "张三", "刘曦", PARAS[-1]),
        (("图文/张三", "编辑/刘曦"), "张三", "刘曦", PARAS[-1]),
        (("文字/张三",), "张三", None, PARAS[-1]),
        # as before: the colon and the 文/ / 撰文/ forms
        (("文字：张三", "图片：李四", "编辑：刘曦"), "张三", "刘曦", PARAS[-1]),
        (("撰文/张三", "编辑/刘曦"), "张三", "刘曦", PARAS[-1]),
        # neighbours: a sentence after the slash is text; a bracketed 图文 credit closing a
        # quoted record stays (ziqiang's ``（图文：许海青 邓川川）``, LABELLING.md)
        (
            ("文字/图片的比例要协调，版面才好看。",),
            None,
            None,
            "文字/图片的比例要协调，版面才好看。",
        ),
        (("（图文：许海青 邓川川）",), None, None, "（图文：许海青 邓川川）"),
    ],
)
def test_closing_slash_writer_credit(tail, author, editor, last):
    out = wechat(*tail)
    assert (out["author"], out["editor"]) == (author, editor)
    assert out["body"].split("\n\n")[-1] == last


def test_slash_writer_credit_inside_the_text_stays():
    # a 文字/X line with the text going on under it is no closing credit
    out = wechat(paras=[*PARAS[:3], "文字/张三", *PARAS[3:]])
    assert "文字/张三" in out["body"].split("\n\n")


# 2. funhubu: a WeChat post's ``编辑/刘曦`` under its 【推荐阅读】 list of other posts, above 点个在看
RELATED = "<p>【推荐阅读】</p>" + "".join(
    f"<p><a href='http://mp.weixin.qq.com/s?i={i}'>湖大人注意，第{i}份防护指南请收好</a></p>"
    for i in range(3)
)


def funhubu(credit: str) -> dict:
    """The WeChat repost: its text, the 推荐阅读 list, ``credit``, the 点个在看 line."""
    return run(
        f"<ul>{NAV}</ul><div class='post'><h1>致全球湖大人的倡议书</h1>"
        f"<div class='meta'>2020-01-27</div><div class='content'>"
        + "".join(f"<p>{x}</p>" for x in PARAS)
        + f"{RELATED}{credit}<p>点个在看</p></div></div>"
    )


@pytest.mark.parametrize(
    ("credit", "editor"),
    [
        ("<section><span>编辑/刘曦</span></section>", "刘曦"),
        ("<p>编辑／刘曦</p>", "刘曦"),
        # as before: a full label
        ("<p>责任编辑：刘曦</p>", "刘曦"),
        # neighbours: a control's 编辑/删除, a menu link, the bare word
        ("<p>编辑/删除</p>", None),
        ("<p><a href='/u/1'>编辑/刘曦</a></p>", None),
        ("<p>编辑</p>", None),
    ],
)
def test_slashed_editor_under_a_related_list(credit, editor):
    out = funhubu(credit)
    assert out["editor"] == editor
    assert "刘曦" not in out["body"]


# 3. A writer's colonless credit as an item of its own in a dated row: thuce's Hexo row above the
# headline (the post's own date link and its category links), emshu's WordPress ``<time>`` row
# with ``by 管理员`` beside it
CATS = (
    "<div class='article-category'><a href='/categories/a/'>新闻</a>►"
    "<a href='/categories/b/'>精彩赛事</a>►<a href='/categories/c/'>通知</a></div>"
)
HEXO_URL = "http://thuce.example.cn/2021/05/17/tongzhi/"


def hexo_row(credit: str, cats: str = CATS) -> dict:
    """thuce's Hexo landscape post: the meta row (``credit`` last in it) over the headline."""
    return run(
        f"<ul>{NAV}</ul><article><div class='article-meta'>"
        "<a href='/2021/05/17/tongzhi/' class='article-date'><time>2021-05-17</time></a>"
        f"{cats}{credit}</div><div class='article-inner'><header>"
        "<h1>关于举办第四届创新设计大赛的通知</h1></header><div class='article-entry'>"
        + "".join(f"<p>{x}</p>" for x in PARAS)
        + "</div></div></article>",
        url=HEXO_URL,
    )


def wordpress_row(credit: str) -> dict:
    """emshu's WordPress post: headline, the ``<time>`` row with ``by 管理员`` and ``credit``."""
    return run(
        f"<ul>{NAV}</ul><header><h1>专委会大会暨2018年学术年会在哈尔滨召开</h1></header>"
        "<article><header class='entry-header'><div class='posted-on'>"
        "<time class='entry-date published'>2018年10月26日</time>"
        "<time class='updated'>2019年4月1日</time><span class='byline'> by "
        f"<span class='author vcard'>管理员</span></span>  {credit}</div></header>"
        "<div class='entry-content'>" + "".join(f"<p>{x}</p>" for x in PARAS) + "</div></article>"
    )


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("<span>记者梁爽报道</span>", "梁爽"),
        ("<p>澎湃新闻记者 贺梨萍</p>", "贺梨萍"),
        ("<p>【文/观察者网专栏作者 王文】</p>", "王文"),
        ("<span>作者 魏星</span>", "魏星"),
        ("<span>图文 张天野 孟姣</span>", "张天野、孟姣"),
        # as before: a labelled item
        ("<span>作者：魏星</span>", "魏星"),
        # neighbours: a sentence's start, a reporter's sentence, two credits, no credit
        ("<span>作者 认为</span>", None),
        ("<span>记者从市科技局获悉</span>", None),
        ("<span>记者梁爽报道</span><span>作者 魏星</span>", None),
        ("", None),
    ],
)
def test_colonless_credit_in_a_linked_row(credit, author):
    assert hexo_row(credit)["author"] == author


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("<span>作者 魏星</span>", "魏星"),
        ("<span>记者梁爽报道</span>", "梁爽"),
        # neighbours: the row with no credit (管理员 names no writer), a sentence's start
        ("", None),
        ("<span>作者 认为</span>", None),
    ],
)
def test_colonless_credit_beside_two_dates(credit, author):
    assert wordpress_row(credit)["author"] == author


def test_headline_opening_with_a_credit_word_gives_no_author():
    # a headline that starts with 作者 / 记者, under a plain date line
    out = run(
        f"<ul>{NAV}</ul><h1>记者从市科技局获悉新政</h1><div class='meta'><span>2021-05-17</span></div>"
        "<div class='content'>" + "".join(f"<p>{x}</p>" for x in PARAS) + "</div>"
    )
    assert out["author"] is None


# thuce's closing ``图文 张天野 孟姣`` over ``审核 陈旺 陈佳荷`` (a student society's tech posts):
# the 图文 names are the writers, the review credit names no editor; both lines are cut
@pytest.mark.parametrize(
    ("tail", "author", "last"),
    [
        (("图文 张天野 孟姣", "审核 陈旺 陈佳荷"), "张天野、孟姣", PARAS[-1]),
        (("图文 孟姣 杜诚宇 甘佳友", "审核 陈旺 曹志坚"), "孟姣、杜诚宇、甘佳友", PARAS[-1]),
        (("图文 张天野",), "张天野", PARAS[-1]),
        (("审核 陈旺 陈佳荷",), None, PARAS[-1]),
        # neighbours: words that are no names stay text
        (("图文 并茂",), None, "图文 并茂"),
        (("审核 通过",), None, "审核 通过"),
    ],
)
def test_closing_colonless_text_pictures_credit(tail, author, last):
    out = wechat(*tail)
    assert (out["author"], out["editor"]) == (author, None)
    assert out["body"].split("\n\n")[-1] == last


# 4. An unnumbered paper titled for its beat after the date (``2024-03-01 每日经济报道``): the
# source, as follow310's numbered ``21世纪经济报道`` (sztnet.com's PHPCMS ``DATE  OUTLET`` row)
MARKET = [
    "格力董事长董明珠因被刘姝威点名而广受关注之后，美的集团董事长方洪波近日也被投资者频频提及。",
    "业内人士认为，家电龙头企业的治理结构与分红政策，正在成为资本市场关注的新焦点和新话题。",
    "多家机构发布研报指出，家电行业的竞争格局已经基本稳定，龙头企业的估值仍有一定修复空间。",
]


def market_page(after: str) -> dict:
    """The headline, then ``DATE  OUTLET`` beside the comment counter, then the text."""
    return run(
        f"<ul class='nav'>{NAV}</ul><h1>美的集团董事长方洪波也被关注了</h1>"
        f"<div class='headInfo'><div class='headInfoLt'>2024-03-01&nbsp;&nbsp;{after}</div>"
        "<div class='headInfoRt'>评论：<a href='#c'>0</a>&nbsp;&nbsp;点击：<span></span></div></div>"
        "<div class='content'>" + "".join(f"<p>{x}</p>" for x in MARKET) + "</div>",
        "<title>美的集团董事长方洪波也被关注了_上证通网</title>",
    )


@pytest.mark.parametrize(
    ("after", "source"),
    [
        ("每日经济报道", "每日经济报道"),
        ("中国财经报道", "中国财经报道"),
        # as before: a numbered one, a 日报
        ("21世纪经济报道", "21世纪经济报道"),
        ("经济日报", "经济日报"),
        # neighbours: credit phrases name no outlet; the beat word alone is no paper's name
        ("综合报道", None),
        ("本报经济报道", None),
        ("记者张三经济报道", None),
        ("经济报道", None),
    ],
)
def test_a_papers_beat_title_after_the_date_is_the_source(after, source):
    out = market_page(after)
    assert (out["source"], out["published_at"][:10]) == (source, "2024-03-01")
