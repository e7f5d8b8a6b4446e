"""distract160: a piece of another page's furniture under a host's text took the body (issue 10,
session 30).

Pages in our own words with the shapes ``benchmarks/distractors.py --kinds new`` put under real
texts: a box of the newest stories (最新文章), a mood poll (您此时的心情), a portal's comment box
(我来说两句(0)), a folded text's button (阅读剩余全文（）), a newsletter card's consent line, a QR code's
line between a short post and its licence box. Each with its negative neighbour.
"""

from __future__ import annotations

from page_shapes import run
from test_follow138_shapes import _LICENCE, _ONE, _REDEFINE_HEAD, _TWO

from incubator_crawler.article.body.container import NOTICE_PROSE
from incubator_crawler.article.text import nfkc_compact

PROSE = "商会的会员们一起参加了首届山海音乐节，现场有多支乐队演出，大家玩得非常开心，活动圆满结束。"


def _body(after: str) -> str:
    return run(
        "<h1>会员参加音乐节</h1><div>2014-06-01 10:00 来源：商会秘书处</div>"
        f"<div class='content'><p>{PROSE}</p>{after}</div>"
    )["body"]


def test_a_box_of_the_newest_stories_ends_the_text() -> None:
    """晴報's 最新文章 box under a one-paragraph text: other stories' headlines, no part of it."""
    links = "".join(
        f"<li><a href='/a/{i}.html'>【生活】第{i}条别的新闻的标题在这里写得比较长一些</a></li>"
        for i in range(6)
    )
    assert _body(f"<h3>最新文章</h3><ul>{links}</ul>") == PROSE
    assert _body(f"<h3>熱門文章</h3><ul>{links}</ul>") == PROSE


def test_a_sentence_naming_the_newest_stories_stays() -> None:
    """Negative neighbour: 最新文章 inside a sentence of the text is text."""
    line = "最新文章请在商会网站的新闻栏目查看，每周一更新。"
    assert _body(f"<p>{line}</p>") == f"{PROSE}\n\n{line}"


def test_a_mood_poll_ends_the_text() -> None:
    """A portal's mood poll under the text: its heading, faces and counts."""
    poll = "<div><p>您此时的心情</p><p>新闻表情排行 日/周</p>" + "".join(
        f"<span>{w}</span><span>0</span>" for w in ("开心", "难过", "点赞", "飘过")
    )
    assert _body(poll + "</div>") == PROSE


def test_a_portal_comment_box_ends_the_text() -> None:
    """搜狐's comment box: 我来说两句(0), its ask to register, 设为辩论话题."""
    box = (
        "<div><p>我来说两句(0)</p><p>*发表评论前请先注册成为本站用户，请点击右上角进行注册！</p>"
        "<p><a href='#'>设为辩论话题</a></p></div>"
    )
    assert _body(box) == PROSE


def test_a_sentence_opening_with_the_comment_ask_stays() -> None:
    """Negative neighbour: a paragraph that opens with 我来说两句 and goes on is text."""
    line = "我来说两句：这次活动组织得很好，希望明年继续举办。"
    assert _body(f"<p>{line}</p>") == f"{PROSE}\n\n{line}"


def test_a_folded_texts_button_is_no_line() -> None:
    """阅读剩余全文（） (the count left empty by the script) under the text: a button."""
    assert _body("<p><a href='#'>阅读剩余全文（）</a></p>") == PROSE


def test_a_sentence_about_the_rest_of_the_text_stays() -> None:
    """Negative neighbour: a sentence that names 阅读剩余全文 is text."""
    line = "阅读剩余全文之前，请先登录会员账号。"
    assert _body(f"<p>{line}</p>") == f"{PROSE}\n\n{line}"


def test_a_newsletter_cards_consent_line_is_a_notice() -> None:
    """科技報橘's 會員電子報 card closes with its consent line: a notice, whatever follows."""
    for line in (
        "訂閱即同意 個資蒐集聲明，並允許本站使用您的個人資料，及接收不定期活動資訊。",
        "注册即表示同意用户协议和隐私政策。",
    ):
        assert NOTICE_PROSE.search(nfkc_compact(line)), line


def test_a_sentence_about_subscribing_is_no_notice() -> None:
    """Negative neighbour: a text's sentence about subscribing, not opening with the form's
    订阅即同意, is no notice."""
    for line in ("读者订阅后都同意这本杂志办得好。", "大家一致同意订阅这份报纸。"):
        assert not NOTICE_PROSE.search(nfkc_compact(line)), line


def test_a_qr_code_line_above_the_licence_box_is_skipped() -> None:
    """A short post over a Hexo Redefine licence box, a QR code's line between them: the text
    is the post, not the box holding the QR line (and the header, tags and prev link)."""
    body = (
        "<div class='article-content-container'><div class='article-title'><h1>某某大学程序设计协会成立，本站正式上线</h1></div>"
        f"<div class='article-content markdown-body'><p>{_ONE}</p><p>{_TWO}</p></div>"
        f"<div class='qrcode'>扫一扫在手机打开当前页</div>{_LICENCE}"
        "<ul class='post-tags-box'><li><a href='/tags/bm/'>#部门通知</a></li></ul></div>"
    )
    out = run(body, _REDEFINE_HEAD)
    assert out["body"] == f"{_ONE}\n\n{_TWO}"
    assert out["extraction"]["body"] == "density:above-meta-box"
