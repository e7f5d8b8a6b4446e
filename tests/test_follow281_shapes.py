"""follow281: body leftovers on dev pages (issue 10, session 36), on pages of our own.

- A ``More……`` line (the word with its dots or arrows) over a pasted WeChat post's links to the
  account's other posts heads a related box, as 更多精彩 does: the text ends above it.
- A translated repost's closing origin credits on lines of their own (``版权声明：本文英文原文来自：X``,
  ``中文翻译转载自微信公共号：Y。``) are credits, cut (on the real page the trailer still reads Y).
- A site theme's credit line closing the text (``模板来自 X. 移植到 Hugo 来自 Y.``, ``Powered by Hexo``,
  ``由 Hexo & NexT 强力驱动``) is the footer's (distractors.py seeds 19 and 37): cut, so the
  paragraph above it closes the text again.

Why: docs/benchmarks.md, follow281.
"""

from __future__ import annotations

from page_shapes import PROSE, run

P2 = "新学期开始后，社团整理了大家最常问到的问题，并请几位老成员逐条写下自己的经验和建议。" * 2
CLOSING = "欢迎大家下周一来活动现场，和我们一起度过一个愉快的下午。"


def _post(tail: str) -> dict:
    head = "<title>学术社团沙龙 | 彩虹社</title>"
    body = (
        "<main><h1>学术社团沙龙</h1><p><time datetime='2019-08-15'>2019-08-15</time></p>"
        f"<div class='post-body'><p>{PROSE}</p><p>{P2}</p><p>{CLOSING}</p>{tail}</div></main>"
    )
    return run(body, head, "https://rainbow.example.org/2019/08/15/salon/")


# 1. a More…… heading over the account's other posts


MORE_BOX = (
    "<p>{more}</p>"
    "<p><a href='https://mp.weixin.qq.com/s/a'>拯救你的考试季</a></p>"
    "<p><a href='https://mp.weixin.qq.com/s/b'>下载真题最优雅的解决方案</a></p>"
    "<p><a href='https://mp.weixin.qq.com/s/c'>About Us | 我们是谁</a></p>"
)


def test_more_dots_heading_ends_the_text() -> None:
    body = _post(MORE_BOX.format(more="More……"))["body"]
    assert body.endswith(CLOSING)
    assert "More" not in body
    assert "我们是谁" not in body


def test_more_arrows_heading_ends_the_text() -> None:
    body = _post(MORE_BOX.format(more="MORE &gt;&gt;"))["body"]
    assert body.endswith(CLOSING)


def test_neighbour_the_word_more_in_a_closing_sentence_stays() -> None:
    # the word in the text's own closing sentence: no heading
    line = "More events are coming this term, so stay tuned for our next salon."
    body = _post(f"<p>{line}</p>")["body"]
    assert body.endswith(line)


def test_neighbour_bare_more_line_is_not_a_related_heading() -> None:
    # the word alone, no dots: a text's own short line (a list of words, a slogan) is left
    body = _post(f"<p>More</p><p>{P2}</p>")["body"]
    assert body.endswith(P2)


# 2. a translated repost's closing origin credits


def _speech(tail: str) -> dict:
    head = "<title>首相就职演讲全文 | 约克生活</title>"
    body = (
        "<main><h1>首相就职演讲全文</h1><p>作者：约克生活 2016-07-14</p>"
        f"<div class='entry'><p>{PROSE}</p><p>{P2}</p><p>{CLOSING}</p>{tail}</div></main>"
    )
    return run(body, head, "https://york.example.org/2016/07/14/speech/")


def test_origin_credit_pair_closing_a_translation_is_cut() -> None:
    out = _speech(
        "<p>版权声明：本文英文原文来自： 英国政府官方声明</p>"
        "<p>中文翻译转载自微信公共号： 英文联播。</p>"
    )
    assert out["body"].endswith(CLOSING)
    assert "英文联播" not in out["body"]


def test_translation_credit_alone_is_cut() -> None:
    out = _speech("<p>译文转载自：双语日报</p>")
    assert out["body"].endswith(CLOSING)


def test_neighbour_own_rights_notice_closing_a_poem_stays() -> None:
    # a 版权声明 stating the text's own rights names no origin: the post's own line (session 34)
    line = "版权声明：此诗版权归作者所有，转发请注明出处。"
    assert _speech(f"<p>{line}</p>")["body"].endswith(line)


def test_neighbour_sentence_about_the_original_stays() -> None:
    # a sentence of the text that says where the original came from and goes on
    line = "本文原文来自一封旧信，信中写到了他们在约克的第一个冬天，也写到了第一次过年。"
    assert _speech(f"<p>{line}</p>")["body"].endswith(line)


def test_neighbour_origin_credit_mid_text_stays() -> None:
    # an origin line with the text going on under it is not a closing credit
    line = "中文翻译来自：英文联播"
    body = _speech(f"<p>{line}</p><p>{P2}</p>")["body"]
    assert line in body


# 3. a theme's credit line closing the text


def _story(tail: str) -> dict:
    head = "<title>包子店的良心生意 | 民生新闻</title>"
    body = (
        "<main><h1>包子店的良心生意</h1><p>2014-01-08 12:00</p>"
        f"<div class='story'><p>{PROSE}</p><p>{P2}</p>"
        "<p>如今店里年营业额达三百万元，证明了良心是经营生意的不二法门。（民生新闻陈韵平台北报导）</p>"
        f"{tail}</div></main>"
    )
    return run(body, head, "https://news.example.org/2014/01/08/baozi.html")


def test_theme_credit_closing_the_text_is_cut() -> None:
    out = _story(
        "<div id='copyright'><p>Copyright (c) 2019; all rights reserved.</p>"
        "<p>模板来自 Bootstrapious. 移植到 Hugo 来自 DevCows. Released: 2019-09-12 13:00:11</p></div>"
    )
    assert out["body"].endswith("证明了良心是经营生意的不二法门。")


def test_engine_credits_closing_the_text_are_cut() -> None:
    for line in (
        "Powered by Hexo | Theme — NexT.Pisces v5.1.4",
        "由 Hexo &amp; NexT.Gemini 强力驱动",
    ):
        assert "Hexo" not in _story(f"<p>{line}</p>")["body"]


def test_neighbour_sentence_about_a_template_stays() -> None:
    line = "这个模板来自一位同学的设计，我们在此基础上做了很多修改。"
    assert _story(f"<p>{line}</p>")["body"].endswith(line)


def test_neighbour_theme_credit_with_text_under_it_stays() -> None:
    # a tutorial showing the footer's line, its text going on below: a line of the text
    line = "Powered by Hexo"
    body = _story(f"<p>{line}</p><p>{P2}</p>")["body"]
    assert line in body
