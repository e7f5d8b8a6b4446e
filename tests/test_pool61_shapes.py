"""Shapes read on pool61, a pool of sites no rule was tuned on, as pages of our own.
Why each shape and the page it came from: docs/benchmarks.md, pool61."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "西北工业大学艺术教育中心来西安美院调研交流"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"


@pytest.mark.parametrize(
    ("trailer", "editor"),
    [
        ("（责任编辑：邢书磊 / 编发：问帼倩 / 图片来源：科研创作处）", "邢书磊"),
        ("责任编辑：邢书磊 编发：问帼倩", "邢书磊"),
        ("责任编辑：邢书磊 / 校稿：问帼倩", "邢书磊"),
        # names alone, spaced or slashed, stay the editors
        ("编辑：邢书磊 问帼倩", "邢书磊 问帼倩"),
        ("编辑：邢书磊 / 问帼倩", "邢书磊 / 问帼倩"),
    ],
    ids=["slashed-trailer", "spaced", "proofreader", "two-names", "slashed-names"],
)
def test_an_editor_ends_before_the_next_item_under_a_label_we_do_not_know(
    trailer: str, editor: str
) -> None:
    """xafa.edu.cn: ``（责任编辑：X / 编发：Y / 图片来源：Z）``: 编发 is no label of ours, but a word
    and a colon after a blank start another item; a name holds no colon."""
    body = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{trailer}</p></div>"
    rec = run(f"<h1>{TITLE}</h1>{body}", f"<title>{TITLE}</title>")
    assert rec["editor"] == editor


# hongshan.gov.cn: a picture is the whole text; the footer, then the exit-link dialog the page
# hides until a reader follows an outside link
EXIT_DIALOG = (
    "<div class='modal'><div class='modal-body'><p>您访问的链接即将离开“<span></span>”门户网站"
    " 是否继续？</p></div><div class='modal-footer'><button>放弃</button>"
    "<button>继续访问</button></div></div>"
)
PICTURE_ONLY = (
    "<div>当前位置：<a href='/'>首页</a> &gt; <a href='/hsyw/'>洪山要闻</a></div>"
    "<h1>武钢云谷开园 首批企业签约入驻</h1><div>日期：2023-06-08 17:21 来源：区融媒体中心</div>"
    "<div class='text'><p><img src='w020230608.png'></p></div>"
    "<div class='foot'><p>版权所有：武汉市洪山区人民政府 | 鄂ICP备05009168号</p>"
    "<p>主办单位：武汉市洪山区政府办公室 | 承办单位：洪山区大数据中心</p></div>"
)


def test_an_exit_link_prompt_is_no_body_of_a_picture_only_page() -> None:
    """The prompt before an outside link (``即将离开…门户网站 是否继续``) is a site notice: a page
    whose text is one picture has no body, not the prompt's line."""
    rec = run(PICTURE_ONLY + EXIT_DIALOG, "<title>武钢云谷开园 首批企业签约入驻</title>")
    assert rec["body"] is None
    assert rec["rejected"] == "missing body"
    assert rec["source"] == "区融媒体中心"


def test_an_exit_link_prompt_after_the_text_is_left_out() -> None:
    """Under a text, the prompt is no part of it."""
    second = "首批十二家企业现场签约入驻，涵盖工业互联网、智能制造和数字创意等领域。"
    text = f"<div class='text'><p>{PROSE}</p><p>{second}</p></div>"
    page = PICTURE_ONLY.replace("<div class='text'><p><img src='w020230608.png'></p></div>", text)
    rec = run(page + EXIT_DIALOG, "<title>武钢云谷开园 首批企业签约入驻</title>")
    assert rec["body"] == f"{PROSE}\n\n{second}"


@pytest.mark.parametrize("heading", ["发表评论", "發表評論", "发表回复"])
def test_a_comment_forms_heading_inside_the_text_box_ends_the_text(heading: str) -> None:
    """chinesenewsnet's blog: the comment form sits in the post's box under the text, its
    heading over the name and e-mail fields and the tags a comment may use."""
    second = "学者认为，播客平台让个体声音得到释放，也要求播客们有一定程度的道德自律。"
    form = (
        f"<p>{heading}</p><p>发表名</p><p>E-mail (不显示在评论中)</p><p>个人主页</p>"
        "<p>(评论中可使用以下tags: &lt;a href=&quot;&quot;&gt; &lt;strong&gt;)</p>"
    )
    rec = run(
        f"<h1>播客热潮迅速蔓延</h1><div>2006-12-27</div>"
        f"<div class='post'><p>{PROSE}</p><p>{second}</p>{form}</div>",
        "<title>播客热潮迅速蔓延</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{second}"
