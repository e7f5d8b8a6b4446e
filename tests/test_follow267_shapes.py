"""hunt265's first-contact misses (issue 10, session 35): the shapes, on pages of our own words.

- a short notice of list items under the headline, over a Hexo Fluid licence box that repeats the
  headline over the post's own address: the notice is the body (the address is no prose);
- ``转载-X`` in the 作者 slot: a repost marker, source X, no author;
- a closing link to the original (``原文链接：URL``, ``原文微信推送链接：URL``, a ``来源`` heading
  over it, a ``原文档链接`` heading over the bare address): cut, no source;
- closing ``修订人：`` / ``统筹：`` lines: editing credits, cut, no author and no editor.

Why each shape: docs/benchmarks.md, follow267.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.body import clean_body
from incubator_crawler.article.people.names import repost_marker

HEADLINE = "读书会党支部-开展互助行动，帮助留校同学"
URL = "https://news.example.org/2022/03/14/huzhu/index.html"
MENU = "<ul class='nav'>" + "".join(
    f"<li><a href='/{w}/'><span>{w}</span></a></li>" for w in ("首页", "归档", "标签", "关于")
)
MENU += "</ul>"
ITEMS = (
    "帮助取出滞留的包裹和信件",
    "帮助寄出急需的物品",
    "帮助打印证明材料",
    "帮助照看宿舍的花草",
    "其他合理的需求",
)
NOTICE = (
    "<p>读书会第一党支部开展互助行动，为暂时不能回校的同学解决困难：</p>"
    + "<ul>"
    + "".join(f"<li>{t}</li>" for t in ITEMS)
    + "</ul><p>申请方式：</p><ol><li>填写表格 <a href='https://forms.example.com/abc'>"
    "https://forms.example.com/abc</a>，登记需求，志愿者会在一天内处理。</li></ol>"
)
WECHAT_LINK = (
    "<p>原文微信推送链接：<a href='https://mp.weixin.qq.com/s/AbCdEf'>"
    "https://mp.weixin.qq.com/s/AbCdEf</a></p>"
)


def _fluid(slot: str, text: str) -> str:
    """A Hexo Fluid post: the banner's 作者 slot and date, the h1 over the Markdown text, then the
    tag chips and the licence box (the headline over the post's own address, 作者 / 发布于 / 许可协议)."""
    return (
        f"<header><nav>{MENU}</nav><div class='banner'><span class='post-meta'>{slot}</span>"
        "<span class='post-meta'><time datetime='2022-03-14 09:14'>2022年3月14日 上午</time>"
        "</span></div></header><main><article>"
        f"<h1>{HEADLINE}</h1><div class='markdown-body'>{text}</div><hr><div>"
        "<div class='post-metas'><a href='/tags/a/'>#大学</a> <a href='/tags/b/'>#志愿者</a></div>"
        f"<div class='license-box'><div class='license-title'><div>{HEADLINE}</div>"
        "<div>https://news.example.org/2022/03/14/huzhu/</div></div><div class='license-meta'>"
        f"<div><div>作者</div><div>{slot}</div></div>"
        "<div><div>发布于</div><div>2022年3月14日</div></div>"
        "<div><div>许可协议</div><div><a href='https://creativecommons.org/'>BY</a></div></div>"
        "</div></div></div></article></main>"
    )


HEAD = f"<title>{HEADLINE} - 快讯</title>"


def test_short_notice_of_list_items_over_licence_box_is_the_body() -> None:
    out = run(_fluid("李小明", NOTICE + WECHAT_LINK), HEAD, URL)
    assert out["rejected"] is None
    assert out["body"].split("\n\n") == [
        "读书会第一党支部开展互助行动，为暂时不能回校的同学解决困难：",
        *ITEMS,
        "申请方式：",
        "填写表格 https://forms.example.com/abc，登记需求，志愿者会在一天内处理。",
    ]
    assert out["published_at"] == "2022-03-14"
    assert out["author"] == "李小明"


def test_menu_and_tag_chips_alone_give_no_body() -> None:
    # the negative neighbour: no text under the headline, only the menu, the tag chips and the
    # licence box's headline and address: no body of menu words or of the address
    out = run(_fluid("李小明", ""), HEAD, URL)
    assert out["body"] is None or "首页" not in out["body"] and "归档" not in out["body"]
    assert out["body"] is None or "news.example.org" not in out["body"]


@pytest.mark.parametrize("slot", ["转载-读书会", "转载 读书会", "转载—读书会"])
def test_repost_marker_in_author_slot_is_the_source(slot: str) -> None:
    out = run(_fluid(slot, NOTICE), HEAD, URL)
    assert out["author"] is None
    assert out["source"] == "读书会"


def test_bare_repost_word_in_slot_names_no_source() -> None:
    out = run(_fluid("转载", NOTICE), HEAD, URL)
    assert out["author"] is None
    assert out["source"] is None


def test_repost_marker_shapes() -> None:
    assert repost_marker("转载-致远书院") == "致远书院"
    assert repost_marker("轉載：某某社") == "某某社"
    assert repost_marker("转载") is None
    assert repost_marker("转载自光明日报") is None  # the 转载自 credit's, read elsewhere
    assert repost_marker("张转载") is None
    assert repost_marker("转载-本文，请注明出处") is None  # a sentence, no outlet's name
    assert repost_marker(None) is None


TEXT = ["这是正文的第一段，讲了一件事。", "这是第二段，说了后来的经过。"]


@pytest.mark.parametrize(
    "closing",
    [
        ["来源", "原文链接：https://mp.weixin.qq.com/s/abc"],
        ["原文链接：https://mp.weixin.qq.com/s/abc"],
        ["原文微信推送链接：https://mp.weixin.qq.com/s/abc"],
        ["原文档链接", "https://docs.example.com/doc/xyz"],
        ["出处：", "原文地址: https://www.example.com/a/1.html"],
    ],
)
def test_closing_link_to_original_is_cut(closing: list[str]) -> None:
    assert clean_body(TEXT + closing) == "\n\n".join(TEXT)


@pytest.mark.parametrize(
    "closing",
    [
        # a 来源 heading over text of its own is a part of the text
        ["来源", "这份材料整理自三次座谈的记录，感谢各位参与。"],
        # an address with words of its own after it
        ["原文链接：https://mp.weixin.qq.com/s/abc 欢迎转发给需要的同学"],
        # a bare address under a heading that is no link's label
        ["参考资料", "https://docs.example.com/doc/xyz"],
    ],
)
def test_closing_lines_that_are_no_link_to_original_stay(closing: list[str]) -> None:
    assert clean_body(TEXT + closing) == "\n\n".join(TEXT + closing)


def test_closing_source_heading_mid_text_stays() -> None:
    paras = [TEXT[0], "来源", TEXT[1]]
    assert clean_body(paras) == "\n\n".join(paras)


OTHER = "座谈会上，与会人员围绕新学期的安排交流了意见，并提出了改进的建议。" * 2


def test_closing_revision_and_coordination_credits_cut() -> None:
    body = f"<div class='content'><p>{PROSE}</p><p>{OTHER}</p><p>修订人：Owen 张小明 丸子</p>"
    body += "<p>统筹：雨林</p></div>"
    head = "<title>新生指南</title>"
    out = run(f"<h1>新生指南</h1><p>2019-09-10</p>{body}", head)
    assert out["body"] == f"{PROSE}\n\n{OTHER}"
    assert out["author"] is None
    assert out["editor"] is None


def test_coordination_sentence_stays() -> None:
    # the word opening a sentence of the text is no credit line
    line = "统筹：全年的活动安排如下，请各小组按时提交计划。"
    assert clean_body([*TEXT, line]) == "\n\n".join([*TEXT, line])
