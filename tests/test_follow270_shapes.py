"""follow270: hunt268's first-contact misses, each shape in our own words with its negative
neighbours (issue 10, session 35)."""

from __future__ import annotations

from incubator_crawler.article.body import clean_body
from incubator_crawler.article.people.beside_date import _source_after_date
from incubator_crawler.article.people.credits import translated_from_outlet
from incubator_crawler.crawl.process import extract_normalized

_SENT = "城市里的年轻人越来越喜欢在周末去郊外徒步，这种风气近几年明显地流行了起来。"
_PARA = "<p>" + _SENT * 3 + "</p>"
_URL = "https://club.example.org/academic/hiking-trend/"


def _run(html: str, url: str = _URL) -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _hugo(meta: str, opening: str = "", tags: str = "", nav: str = "") -> str:
    """A Hugo theme's post: the h1, a ``<time>DATE</time>| NAME`` row, a tag row, the text, a
    prev/next row under it."""
    return (
        "<html><head><title>周末徒步为何流行 | 山野社</title></head><body><header><a href=/>山野社</a>"
        "<nav><a href=/news/>新闻</a> <a href=/academic/>学术</a></nav></header><main>"
        f"<h1>周末徒步为何流行</h1><p>{meta}</p><p>{tags}</p>"
        f"<content>{opening}{_PARA * 5}</content>{nav}</main>"
        "<footer><a href=/>山野社</a></footer></body></html>"
    )


_TIME = "<time datetime=2016-04-02 pubdate>Apr 02, 2016\n</time>"
_QUOTE = "<blockquote><p>译自 Outdoor Weekly Mar. 20, 2016</p></blockquote>"


# 1. and 2. ``<time>DATE</time>| NAME`` under the headline, the text opening with ``译自 OUTLET DATE``


def test_translated_from_line_gives_the_source_and_leaves_the_byline_to_the_date_row():
    out = _run(_hugo(f"{_TIME}| Lucas林", _QUOTE))
    assert out["author"] == "Lucas林"
    assert out["source"] == "Outdoor Weekly"
    assert out["published_at"] == "2016-04-02"
    assert out["body"].startswith(_SENT)
    assert "译自" not in out["body"]


def test_date_row_name_without_a_translated_from_line():
    out = _run(_hugo(f"{_TIME}| 周小川"))
    assert out["author"] == "周小川"
    assert out["source"] is None


def test_translated_from_outlet_reads_the_words_before_the_date():
    assert translated_from_outlet("译自 New Yorker Dec. 15, 2014") == "New Yorker"
    assert translated_from_outlet("译自《卫报》2019年3月2日") == "《卫报》"
    assert translated_from_outlet("本文编译自 Outdoor Weekly") == "Outdoor Weekly"
    # a sentence that says something was translated names no outlet
    assert translated_from_outlet("译自英文原版，由社团志愿者校对完成。") is None
    assert translated_from_outlet("这本书译自法文的版本很受欢迎") is None


def test_sentence_with_translated_from_stays_text():
    line = "这篇文章译自一本旅行杂志，我们删去了其中的广告。"
    out = _run(_hugo(f"{_TIME}| 周小川", f"<p>{line}</p>"))
    assert out["body"].startswith(line)
    assert out["source"] is None


def test_latin_name_glued_to_one_han_character_is_no_outlet():
    assert _source_after_date("Apr 02, 2016 | Lucas林") is None
    # an outlet's Chinese name of two characters or more, an outlet's ending: still the outlet
    assert _source_after_date("2016-04-02 IT之家") == "IT之家"
    assert _source_after_date("2016-04-02 Tech网") == "Tech网"


def test_category_link_after_the_date_is_no_author():
    meta = f"{_TIME}| <a href=/categories/学术/ rel=category>学术</a>"
    out = _run(_hugo(meta))
    assert out["author"] is None


# the tag row under the date row


def test_hashtag_row_under_the_date_row_is_no_text():
    out = _run(_hugo(f"{_TIME}| 周小川", tags="<a href=/tags/outdoor/>#户外徒步</a>"))
    assert out["body"].startswith(_SENT)
    assert "#户外徒步" not in out["body"]


def test_hashtag_words_in_a_sentence_stay_text():
    line = "大家可以在微博上用 #周末徒步# 话题分享自己的路线和照片，我们会挑选优秀的作品。"
    out = _run(_hugo(f"{_TIME}| 周小川", f"<p>{line}</p>"))
    assert out["body"].startswith(line)


# 4. ``← TITLE 没有更多了 →`` closing the text


def _nav(prev: str, nxt: str) -> str:
    return f"<nav><span class=prev>&larr;\n{prev}\n</span><span class=next>{nxt}&nbsp;&rarr;</span></nav>"


def test_prev_next_row_with_a_no_more_placeholder_is_cut():
    for nav in (
        _nav("<a href=/academic/older/ rel=prev>城市绿道的设计与使用</a>", "没有更多了"),
        _nav("没有了", "<a href=/academic/newer/ rel=next>城市绿道的设计与使用</a>"),
    ):
        out = _run(_hugo(f"{_TIME}| 周小川", nav=nav))
        assert out["body"].endswith(_SENT), nav
        assert "没有" not in out["body"]


def test_no_more_words_in_the_text_stay():
    line = "走到山顶的时候，水已经没有了，我们只好→沿着小路下山去找补给。"
    out = _run(_hugo(f"{_TIME}| 周小川", f"<p>{line}</p>"))
    assert line in out["body"]


# 3. ``文章链接：URL`` inside a meeting record


_TALK1 = "王同学讲解了一篇关于新型催化剂的论文，并介绍了相关的表征方法。"
_TALK2 = "赵同学介绍了光谱分析中的一个重要理论，并讨论了它在实验设计中的应用。"


def test_paper_link_line_between_two_talks_is_text():
    link = "文章链接: https://journal.example.org/content/12/345"
    body = clean_body([_TALK1, link, _TALK2])
    assert body == "\n\n".join([_TALK1, link, _TALK2])


def test_permalink_line_in_the_licence_box_is_cut():
    box = [
        "本文作者: 周小川",
        "本文链接: https://club.example.org/2016/04/02/hiking/",
        "版权声明: 本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明出处！",
    ]
    body = clean_body([_TALK1, _TALK2, *box]) or ""
    assert "本文链接" not in body
    # under the text's last paragraph, nothing of the text after it: still the permalink
    body = clean_body([_TALK1, _TALK2, "文章链接: https://club.example.org/2016/04/02/hiking/"])
    assert body == "\n\n".join([_TALK1, _TALK2])
