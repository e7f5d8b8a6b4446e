"""People shapes of people203 (issue 10, session 33).

1. A blog post holding a saved WeChat page as a nested document: the post's ``<h1>``, its date
   and credit lines, then the saved page's own title heading (which the extractor takes as the
   headline) and its account line. The labelled lines between the two copies of the headline
   are the post's header: a reader sees them under the post's title.
2. A blog post that pastes a WeChat article with its meta line as text (``原创 NAME ACCOUNT
   [DATE [PLACE]]`` under the headline or opening the text): the writer it names is the author,
   the line no text; the account beside a writer names no source.
3. A signature set flush right (a name, maybe its date under it) over the text's closing
   furniture the body keeps: 附件 lines, numbered picture captions, a picture credit, links.
4. A forum reply's head (``作者：X 时间：DATE`` over its text and its ``61楼 | 回复`` controls) under
   a text whose header shows only a bare date: the replier's head, no meta line of the page's.
Pages of our own words; why each shape: docs/benchmarks.md, people203.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEADLINE = "校园服务平台上线试运行的通知"
SITE = "湖畔文集"


def _saved(credit: str, inner_title: str = HEADLINE) -> str:
    return (
        f"<div class='nav'><a href='/'>{SITE}</a> <a href='/posts/'>所有文章</a></div>"
        f"<article class='post'><header><h1 class='post-title'>{HEADLINE}</h1></header>"
        f"<div class='post-meta'>2016年9月5日</div>{credit}"
        # the theme's empty category and view-count lines, then the saved page's <title> shown
        "<div class='post-meta'><span>|</span></div><div class='post-meta'><span>| 阅读</span></div>"
        f"<div class='post-content'><div>{HEADLINE}</div>"
        "<div class='rich_media'>"
        f"<h2 class='rich_media_title'><a href='http://mp.weixin.qq.com/s?x=1'>{inner_title}</a></h2>"
        "<div class='rich_media_meta_list' id='meta_content'>"
        "<span class='rich_media_meta rich_media_meta_text'>林小舟</span> "
        "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>湖畔之声</a></span> "
        "<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2016-09-05</em></div>"
        f"<div class='rich_media_content'><p>{PROSE}</p><p>{PROSE}</p></div></div></div></article>"
    )


def _run(credit: str, **kw: str) -> dict:
    return run(_saved(credit, **kw), f"<title>{HEADLINE} | {SITE}</title>")


def test_saved_page_editor_line_under_post_headline() -> None:
    out = _run("<div class='post-meta'>责任编辑：周明远</div>")
    assert out["editor"] == "周明远"
    assert out["author"] == "林小舟"  # the saved page's writer stays the author


def test_saved_page_source_line_under_post_headline() -> None:
    assert _run("<p>来源：湖北日报</p>")["source"] == "湖北日报"


def test_saved_page_without_credit_line_gives_none() -> None:
    # negative neighbour: the same page with no labelled line between the two headlines
    out = _run("")
    assert out["editor"] is None
    assert out["source"] is None


def _side_copy(credit: str) -> str:
    # a side box's row repeating the headline as a link, its own source line under it, then
    # the site's menu, then the post's own headline with no saved page in it
    return (
        f"<div class='side'><h4><a href='/posts/2/'>{HEADLINE}</a></h4>{credit}"
        "<ul><li>首页</li><li>通知</li><li>活动</li><li>关于</li></ul></div>"
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>2016-09-05</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )


def test_linked_copy_above_headline_is_no_post_header() -> None:
    # negative neighbour: the earlier copy is a link in a side box, not the post's heading:
    # the source line under it is the side row's, not the post's
    out = run(_side_copy("<p>来源：湖北日报</p>"), f"<title>{HEADLINE} | {SITE}</title>")
    assert out["source"] is None


# 2. WeChat's meta line pasted into a blog post's text


def _pasted(inner: str) -> str:
    return (
        f"<div class='nav'><a href='/'>{SITE}</a></div><div class='post'><h1>{HEADLINE}</h1>"
        f"<div class='meta'>2023-09-12</div><div class='content'>{inner}<p>{PROSE}</p>"
        f"<p>{PROSE}</p></div></div>"
    )


def _run_pasted(inner: str) -> dict:
    return run(_pasted(inner), f"<title>{HEADLINE} | {SITE}</title>")


def test_pasted_wechat_line_names_writer() -> None:
    out = _run_pasted("<p>原创 林小舟 湖畔之声</p>")
    assert out["author"] == "林小舟"
    assert out["source"] is None
    assert not out["body"].startswith("原创")


def test_pasted_wechat_line_with_time_and_place() -> None:
    out = _run_pasted("<p>原创 比崔是只鸟 湖畔之声 2023-09-12 08:00 湖北</p>")
    assert out["author"] == "比崔是只鸟"


def test_pasted_wechat_spans_under_saved_headline() -> None:
    inner = (
        f"<h2>{HEADLINE}</h2><div><span>原创</span> <span>林小舟</span> "
        "<a href='#'>湖畔之声</a> <em>2023-09-12</em></div>"
    )
    assert _run_pasted(inner)["author"] == "林小舟"


def test_original_badge_with_sentence_is_no_byline() -> None:
    # negative neighbour: a sentence opening with 原创 (a repost notice) names no writer
    out = _run_pasted("<p>原创 不易，转载请注明出处</p>")
    assert out["author"] is None


def test_original_line_deep_in_text_is_no_byline() -> None:
    # negative neighbour: the same line past the text's first two paragraphs is not the header
    inner = f"<p>{PROSE}</p><p>{PROSE}</p><p>原创 林小舟 湖畔之声</p>"
    assert _run_pasted(inner)["author"] is None


# 3. a signature over the text's closing furniture

RIGHT = "<p style='text-align:right'>{}</p>"


def _signed(tail: str, last: str = PROSE) -> dict:
    page = (
        f"<div class='nav'><a href='/'>{SITE}</a></div><div class='post'><h1>{HEADLINE}</h1>"
        f"<div class='meta'>2023-09-12</div><div class='content'><p>{PROSE}</p><p>{last}</p>"
        f"{tail}</div></div>"
    )
    return run(page, f"<title>{HEADLINE} | {SITE}</title>")


def test_signature_over_attachment_lines() -> None:
    tail = (
        RIGHT.format("周明远")
        + RIGHT.format("2023年9月12日")
        + "<p>附件1：报名表.docx</p><p>附件2：汇总表.xlsx</p><p>附件3：说明.pdf</p>"
    )
    out = _signed(tail)
    assert out["author"] == "周明远"
    assert "附件1" in out["body"]  # the attachments stay as they were


def test_signature_over_numbered_captions_and_picture_credit() -> None:
    tail = (
        RIGHT.format("周明远")
        + "<p>图1 活动现场</p><p>图2 合影留念</p><p>图3颁奖仪式</p><p>（图片由学院提供）</p>"
    )
    assert _signed(tail)["author"] == "周明远"


def test_signature_over_furniture_after_no_sentence_is_no_signature() -> None:
    # negative neighbour: the line above the name ends no sentence (a table's last cell) and no
    # date stands under it: a name in a list, not a signature
    tail = (
        RIGHT.format("周明远")
        + "<p>附件1：报名表.docx</p><p>附件2：汇总表.xlsx</p><p>附件3：说明.pdf</p>"
    )
    assert _signed(tail, last="联系人及电话")["author"] is None


def test_signature_over_prose_lines_is_no_signature() -> None:
    # negative neighbour: the lines after the name are the writer's text, not furniture
    tail = RIGHT.format("周明远") + f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
    assert _signed(tail)["author"] is None


# 4. a forum reply's head is no meta line

_REPLY = (
    "<div><span>作者：<a href='/u/1'>杨威TY</a></span> <span>时间：2017-03-25 16:48:11</span></div>"
    "<div>谢谢</div>"
)
_CONTROLS = (
    "<div>来自 <a href='/m'>社区客户端</a> | <a>举报</a> | <span>61楼</span> | <a>打赏</a>"
    " | <a>回复</a> | <a>评论</a></div>"
)


def _bare_dated(tail: str) -> dict:
    page = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='date'>2017-01-12 10:00</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p>{tail}</div></div>"
    )
    return run(page, f"<title>{HEADLINE}</title>")


def test_reply_head_under_bare_date_page_is_no_meta_line() -> None:
    out = _bare_dated(_REPLY + _CONTROLS)
    assert out["author"] is None
    assert out["published_at"].startswith("2017-01-12")


def test_same_line_without_reply_controls_stays_read() -> None:
    # negative neighbour: no floor number and no reply button under it: read as before
    assert _bare_dated(_REPLY)["author"] == "杨威TY"
