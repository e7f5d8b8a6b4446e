"""audit303: a post's licence box outscoring a one-line text above it.

A Hugo rebuild of a WeChat account saves each text message (文本消息) as one paragraph under its
date, and closes every post with the theme's licence box (``原文作者：`` / ``原文链接：URL`` /
``版权声明：本作品采用…许可协议进行许可…``). A message of about a hundred characters or less lost the
body to that box (10 of 20 such pages in audit303's screen of unlabelled dev-side pages). The
box's labelled lines are no text: the densest text above it, past the meta line, is the body.
A longer text keeps its body, a box without a licence word or with a line that is no labelled
line is left to the old rules, and a text under its box (none above it) is not taken.

Why: docs/benchmarks.md, audit303.
"""

from __future__ import annotations

from page_shapes import run

URL = "https://club.example.org/post/wenbenxiaoxi_1436491965/"
MESSAGE = (
    "今日头条：社团14级男生从昨日起被广大女生交口称帅，这是为何？一夜通通变男神，这又是为何？"
    "——————————欢迎学弟学妹顺利从分校毕业，返回本部开启全新生活，社团给广大男同胞点个大大的赞/爱心"
)
BOX = (
    "<ul class='post-copyright'>"
    "<li><strong>原文作者：</strong><a rel='author' href='https://club.example.org/'>社团团队</a></li>"
    f"<li><strong>原文链接：</strong><a href='{URL}'>{URL}</a></li>"
    "<li><strong>版权声明：</strong>本作品采用<a rel='license' href='https://creativecommons.org/licenses/by-nc-nd/4.0/'>"
    "知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议</a>进行许可，非商业转载请注明出处（作者，原文链接），"
    "商业转载请联系作者获得授权。</li></ul>"
)
SEE_ALSO = (
    "<div class='post-archive'><h2>See Also</h2><ul class='listing'>"
    "<li><a href='/post/a/'>社团招新啦</a></li><li><a href='/post/b/'>期末考试安排</a></li></ul></div>"
)


def _page(text: str, box: str = BOX, *, box_first: bool = False) -> dict:
    head = "<title>文本消息_1436491965 | 社团文章作品集</title>"
    post = (
        "<div class='post-content'><html><head><title>文本消息_1436491965</title></head><body>"
        "<div class='rich_media'><div class='rich_media_content'>"
        "<h2 class='rich_media_title'><a href='' target='_blank'>文本消息_1436491965</a></h2>"
        "<div class='rich_media_meta_list'><em id='publish_time'>2015-07-10</em></div>"
        f"{text}</div></div></body></html></div>"
    )
    archive = f"<div class='post-archive'>{box}</div>"
    parts = (archive + post) if box_first else (post + archive)
    body = (
        "<header><a href='/'>社团文章作品集</a></header><main><article class='post'>"
        "<h1 class='post-title'>文本消息_1436491965</h1>"
        "<div class='post-meta'><span class='post-time'>2015年7月10日</span></div>"
        f"{parts}{SEE_ALSO}</article></main><footer><p>© 2020 社团</p></footer>"
    )
    return run(body, head, URL)


def test_one_line_message_beats_the_licence_box() -> None:
    out = _page(f"<p class='textMsg'>{MESSAGE}</p>")
    assert out["body"] == MESSAGE


def test_longer_message_kept_as_before() -> None:
    long = (
        MESSAGE
        + "本周六晚上七点，社团将在图书馆报告厅举办迎新晚会，届时会有精彩的节目和丰富的奖品，欢迎大家准时参加。"
    )
    out = _page(f"<p class='textMsg'>{long}</p>")
    assert out["body"] == long


def test_box_with_a_line_of_prose_is_not_a_licence_box() -> None:
    # a box holding an unlabelled sentence is not only labelled lines: the old rules decide
    prose = BOX.replace("</ul>", "<li>感谢你的阅读，欢迎在评论区留下你的想法和建议。</li></ul>")
    out = _page(f"<p class='textMsg'>{MESSAGE}</p>", prose)
    assert out["body"] != MESSAGE


def test_box_without_a_licence_word_is_not_a_licence_box() -> None:
    plain = BOX.replace("版权声明", "转载说明").replace(
        "知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议", "本站规则"
    )
    out = _page(f"<p class='textMsg'>{MESSAGE}</p>", plain)
    assert out["body"] != MESSAGE


def test_picture_only_post_takes_no_text_from_below_the_box() -> None:
    # no text above the box (a picture-only post): the rule looks only above the box, so a
    # sidebar's sentence under it is not taken as the text (what such a page gives is the
    # text-gone gate's business, follow297 / follow306)
    motto = "保持热爱，奔赴山海！"
    out = _page("<p><img src='/u/1.jpg' alt='海报'></p>", BOX + f"<aside><p>{motto}</p></aside>")
    assert out["extraction"]["body"] != "density:not-licence"
    assert motto not in (out["body"] or "")
