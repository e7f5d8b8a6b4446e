"""audit300's classes (a wide screen of author and editor over unlabelled pages of the dev-side
corpus repositories added since session 23), each with exact values and its negative neighbours,
on synthetic pages of the real shapes."""

from __future__ import annotations

import pytest
from test_blog_post_shapes import blog_post, licence_box
from test_policy_fields import P1, P2, P3, page, text

from incubator_crawler.article.people.names import clean_person

NO_META = "<div class='info'>发布时间：2024-03-05 10:20 浏览次数：128</div>"
LICENCE = "<p>版权声明：本作品采用知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议进行许可。</p>"
# the box credits the site's own team (高新区管委会, the <title>'s tail of test_policy_fields' page)
ORIGINAL_BOX = (
    "<div><ul><li><strong>原文作者：</strong><a rel='author' href='/'>高新区管委会</a></li>"
    "<li><strong>原文链接：</strong><a href='/post/a/'>https://funhubu.example.com/post/a/</a></li>"
    "<li><strong>版权声明：</strong>本作品采用知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议进行许可。"
    "</li></ul></div>"
)
HEAD_IMG = "<div><img src='/img/default_head.png'></div>"


def comments(reply: str) -> str:
    """A WeChat copy's comment thread: readers' comments, the writer's reply under a lone
    ``作者`` badge (fangd123.com's copies)."""
    return (
        f"<div class='msgBox'><div>{HEAD_IMG}<div><p>未知用户<span>2017-03-07 08:38:21</span></p>"
        "<p>春天的到来果然是穿一条单裤不冷呢~</p>"
        f"<div><p><em></em>作者</p><p>{reply}</p></div></div></div>"
        f"<div>{HEAD_IMG}<div><p>未知用户<span>2017-03-12 10:36:34</span></p>"
        "<p>麻烦翻译一下第三个</p></div></div></div>"
    )


# -- 1: a comment's 作者 badge over the writer's reply, a licence box under it ----------------------
@pytest.mark.parametrize(
    ("after", "author"),
    [
        # fangd123.com's copies: the badge and the reply, then the box's own 原文作者 line naming the
        # site's team: no writer (the reply was read as the box's 作者 cell)
        (comments("秋裤终于可以脱掉啦～") + ORIGINAL_BOX, None),
        (comments("万事开头难，改变也是/玫瑰/玫瑰") + ORIGINAL_BOX, None),
        # neighbour: the thread with no box under it names no one
        (comments("秋裤终于可以脱掉啦～"), None),
    ],
)  # fmt: skip
def test_comment_badge_over_a_licence_box(after: str, author: str | None) -> None:
    """A lone 作者 above a licence box whose own credit is a colon line is a comment's badge."""
    out = page(meta=NO_META, body=text(P1, P2, P3), after=after, sidebar="")
    assert out["author"] == author


def test_box_cells_still_name_the_writer() -> None:
    """Neighbour: the Fluid box's own 作者 / name cells over 发布于 and 许可协议 still name him."""
    assert blog_post(licence_box("许可协议"))["author"] == "Marlow"


# -- 2: the original's address after the writer's name -------------------------------------------
@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # devopschina's translated posts: ``原文作者：MULESOFT RESEARCH, https://www.mulesoft.com/lp/…``
        ("MULESOFT RESEARCH, https://www.mulesoft.com/lp/reports/top-digital-transformation-trends-2021",
         "MULESOFT RESEARCH"),
        ("Gustavo Franco https://sre.example.com/posts/a", "Gustavo Franco"),
        ("张明华，www.example.com/a/b", "张明华"),
        # neighbours: a bracketed site (the earlier rule) and a plain name stay as they were
        ("落叶人生(http://www.18cms.com)", "落叶人生"),
        ("Gustavo Franco", "Gustavo Franco"),
    ],
)  # fmt: skip
def test_address_after_a_writers_name_is_cut(raw: str, value: str) -> None:
    """A web address after a comma or a blank closing a writer's value is where the text stands."""
    assert clean_person(raw, role="author") == value


def test_source_keeps_its_address() -> None:
    """Neighbour: a 来源 value that is an outlet and its address keeps its own rules."""
    assert clean_person("https://www.mulesoft.com/lp/reports/a", role="source") is not None
