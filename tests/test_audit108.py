"""audit108's classes (a wide screen of author, editor and source over session 24's unlabelled
dev-side copies, session 25), each with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import pytest
from test_policy_fields import page, text

EN_TITLE = "Moderate optimism about a new swine fever vaccine"
EN_TEXT = text(
    "Earlier this week, a research institute reported that a safe and effective live vaccine was developed.",
    "Experts around the globe have responded with a mixed bag of comments on the news from the institute.",
    "A real breakthrough could accelerate the process strongly in a very short space of time, one of them said.",
    "A setback, however, could mean years of delay before any vaccine reaches the farms, he added.",
)
EN_HEADER = "<div class='top'><span>Pig Progress</span></div><ul class='nav'><li><a href='/'>Home</a></li></ul>"
EN_FOOTER = "<div class='footer'>Copyright 2020 Pig Progress</div>"


def _en_page(meta: str) -> dict:
    return page(
        header=EN_HEADER, trail="", heading=f"<h1>{EN_TITLE}</h1>", meta=meta, body=EN_TEXT,
        sidebar="", footer=EN_FOOTER, head_title=EN_TITLE + " - Pig Progress",
        url="http://www.pigprogress.example.net/a/321ebaa0b1.html",
    )  # fmt: skip


# -- 1: an English weekday or the item's kind before the date, read as the writer ----------------
@pytest.mark.parametrize(
    ("meta", "author", "day"),
    [
        # pigprogress.net's copy: the item's kind over the headline, beside the date
        ("<p class='meta'>News Mar 5, 2020</p>", None, "2020-03-05"),
        ("<p class='meta'>Background Mar 9, 2020</p>", None, "2020-03-09"),
        ("<p class='meta'>Opinion Mar 9, 2020</p>", None, "2020-03-09"),
        # brookes.ac.uk's copy: an RFC 2822 stamp opens with the weekday
        ("<p class='meta'>Tue, 12 Nov 2019 16:09:10 GMT</p>", None, "2019-11-12"),
        ("<p class='meta'>Wednesday 13 Nov 2019</p>", None, "2019-11-13"),
        # neighbours: a one-word writer beside the date stays, a name that opens like a weekday too
        ("<p class='meta'>Kovacs Mar 5, 2020</p>", "Kovacs", "2020-03-05"),
        ("<p class='meta'>Monica Mar 5, 2020</p>", "Monica", "2020-03-05"),
        ("<p class='meta'>Sunil Mar 5, 2020</p>", "Sunil", "2020-03-05"),
    ],
)
def test_weekday_or_kind_before_the_date_is_no_writer(
    meta: str, author: str | None, day: str
) -> None:
    """``News Mar 5, 2020`` and ``Tue, 12 Nov 2019 …`` name no writer; a name before the date does."""
    out = _en_page(meta)
    assert (out["author"], (out["published_at"] or "")[:10]) == (author, day)


def test_kind_before_the_date_leaves_the_author_box() -> None:
    """With the kind word gone, the schema.org author box under the text names the writer."""
    box = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<h3 itemprop='name'><a href='/authors/31'>Vincent ter Beek</a></h3><p>Editor of Pig Progress</p></div>"
    )
    out = page(
        header=EN_HEADER, trail="", heading=f"<h1>{EN_TITLE}</h1>", meta="<p class='meta'>News Mar 5, 2020</p>",
        body=EN_TEXT, after=box, sidebar="", footer=EN_FOOTER, head_title=EN_TITLE,
        url="http://www.pigprogress.example.net/a/321ebaa0b1.html",
    )  # fmt: skip
    assert out["author"] == "Vincent ter Beek"


def test_chinese_name_before_the_date_stays() -> None:
    """Neighbour: the Chinese date line's name before the date is still the writer."""
    out = page(meta="<div class='info'>张明华 2024-03-05 10:20</div>", sidebar="")
    assert (out["author"], out["published_at"][:10]) == ("张明华", "2024-03-05")


# -- 2: a thread's order button after a floor's date, read as the outlet ---------------------------
@pytest.mark.parametrize(
    ("meta", "source"),
    [
        # tssqjy.com's forum: the floor header's buttons after 发表于 DATE
        ("<div class='floor'>楼主 发表于：2024-03-05 10:49 倒序看帖</div>", None),
        ("<div class='floor'>沙发 发表于：2024-03-05 10:51 查看所有倒序看帖</div>", None),
        ("<div class='floor'>发表于 2024-03-05 10:49 正序看帖</div>", None),
        # neighbours: an outlet after the date is still the source, a labelled one too
        ("<div class='info'>2024-03-05 10:49 新华网</div>", "新华网"),
        ("<div class='info'>2024-03-05 10:49 来源：倒序科技报</div>", "倒序科技报"),
    ],
)
def test_thread_order_button_is_no_outlet(meta: str, source: str | None) -> None:
    """``发表于：DATE 倒序看帖``: a forum's button beside the date names no outlet."""
    out = page(meta=meta, sidebar="")
    assert (out["source"], out["published_at"][:10]) == (source, "2024-03-05")


# -- 3: a compilation note in the 作者 slot ------------------------------------------------------------
@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # qqtn.com's copy: ``作者:网友整理`` on its wishes and captions pages
        ("<div class='info'>时间:2024/3/5 10:20:00 作者:网友整理 人气:0</div>", None),
        ("<div class='info'>发布时间：2024-03-05 10:20 作者：网络整理</div>", None),
        ("<div class='info'>發布時間：2024-03-05 10:20 作者：網友整理</div>", None),
        # neighbours: a writer in the slot stays; 网友 alone was already no writer
        ("<div class='info'>时间:2024/3/5 10:20:00 作者:张明华 人气:0</div>", "张明华"),
        ("<div class='info'>发布时间：2024-03-05 10:20 作者：网友</div>", None),
    ],
)
def test_compiled_by_netizens_names_no_writer(meta: str, author: str | None) -> None:
    """``作者:网友整理`` ("compiled by netizens") names no writer, as 网友 alone does not."""
    out = page(meta=meta, sidebar="")
    assert (out["author"], out["published_at"][:10]) == (author, "2024-03-05")


# -- 4: a disclaimer that the site's content comes from the web, read as a glued 来源于 ---------------
DISCLAIMER = "房产信息皆来源于互联网，本站不对信息内容的真实可靠性作任何保证，请用户自行斟酌选用，谨防上当受骗。"


@pytest.mark.parametrize(
    ("after", "source"),
    [
        # fangtan007.com's copy: the disclaimer under the text took its whole clause as the source
        (f"<p>{DISCLAIMER}</p>", None),
        ("<p>本站内容均来自网络，仅供参考，不代表本站观点。</p>", None),
        # neighbours: a glued 来源于 naming an outlet, and a 来源 line above the disclaimer, stay
        ("<p>本文来源于新华社</p>", "新华社"),
        (f"<p>来源：人民日报</p><p>{DISCLAIMER}</p>", "人民日报"),
        # the disclaimer run on after a 来源 credit on its line: the clause goes, the outlet stays
        ("<p>来源：科技日报。部分图片来源于网络，本站不对其真实性负责。</p>", "科技日报"),
    ],
)
def test_web_origin_disclaimer_names_no_source(after: str, source: str | None) -> None:
    """``…来源于互联网，本站不对…`` is a disclaimer, no 来源 of the page."""
    out = page(
        meta="<div class='info'>发布时间：2024-03-05 10:20 浏览次数：128</div>",
        after=after,
        sidebar="",
    )
    assert (out["source"], out["published_at"][:10]) == (source, "2024-03-05")


# -- 5: a word's 文 before a slash read as the 文/ credit ----------------------------------------------
@pytest.mark.parametrize(
    ("after", "author"),
    [
        # iqbar.net's course page: ``人文/社科类方向`` under the text gave author 社科类方向
        ("<p>人文/社科类方向</p>", None),
        ("<p>中文/英文</p>", None),
        ("<p>语文/数学/英语</p>", None),
        # neighbours: the credit as a word of its own, after 图 or 撰, in brackets
        ("<p>文/张明华</p>", "张明华"),
        ("<p>图文/张明华</p>", "张明华"),
        ("<p>撰文/张明华</p>", "张明华"),
        ("<p>（文/张明华）</p>", "张明华"),
        ("<p>文/张明华 图/李晓</p>", "张明华"),
    ],
)
def test_word_ending_in_wen_before_a_slash_is_no_credit(after: str, author: str | None) -> None:
    """``人文/社科`` is a pair of subjects, not a ``文/`` credit; ``文/张明华`` still is."""
    out = page(
        meta="<div class='info'>发布时间：2024-03-05 10:20 浏览次数：128</div>",
        after=after,
        sidebar="",
    )
    assert (out["author"], out["published_at"][:10]) == (author, "2024-03-05")


# -- 6: a date opening a sentence, its last word read as an outlet or a writer --------------------------
@pytest.mark.parametrize(
    ("meta", "author", "source"),
    [
        # biquge.com's copy: a chapter opens ``2020年8月7日，星期五，立秋。`` (the day's solar term)
        ("<p>2024年3月5日，星期二，惊蛰。</p>", None, None),
        ("<p>2024年3月5日，星期二，晴。</p>", None, None),
        # neighbours: an outlet or a writer after the date line's date stays
        ("<div class='info'>2024-03-05 10:20 新华网</div>", None, "新华网"),
        ("<div class='info'>2024-03-05 10:20 张明华</div>", "张明华", None),
    ],
)
def test_date_opening_a_sentence_names_no_one(
    meta: str, author: str | None, source: str | None
) -> None:
    """``2024年3月5日，星期二，惊蛰。``: the words after the date end a sentence, no credit."""
    out = page(meta=meta, sidebar="")
    assert (out["author"], out["source"]) == (author, source)
