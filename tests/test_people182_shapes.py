"""Author and source shapes of people182 (issue 10, session 32).

1. A translated blog post's licence box naming ``本文作者：X`` and ``原文作者：Y``: both wrote what the
   reader reads, as a blogger and his translator do (the lead, session 31): author ``X、Y``.
Pages of our own words; why each shape: docs/benchmarks.md, people182.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEADLINE = "一篇关于缓存设计的译文"
SITE = "青禾笔记"
LICENCE = "<p>版权声明：本站所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。</p>"
LINK = "<p>本文链接：https://example.org/posts/cache.html</p>"


def _page(box: str, row: str = "<span>2023-09-12</span>") -> str:
    return (
        f"<div class='nav'><a href='/'>{SITE}</a> <a href='/posts/'>文章</a></div>"
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>{row}</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>{box}</div>"
    )


def _run(box: str) -> dict:
    return run(_page(box), f"<title>{HEADLINE} - {SITE}</title>")


# 1. 本文作者 + 原文作者 in a licence box


def test_licence_box_own_and_original_writer_both_authors() -> None:
    box = f"<div><p>本文作者：周明远</p><p>原文作者：李文博</p>{LINK}{LICENCE}</div>"
    assert _run(box)["author"] == "周明远、李文博"


def test_licence_box_latin_original_writer_joins() -> None:
    box = f"<div><p>本文作者：周明远</p><p>原文作者：Jane Doe</p>{LINK}{LICENCE}</div>"
    assert _run(box)["author"] == "周明远、Jane Doe"


def test_licence_box_original_line_first_keeps_page_order() -> None:
    box = (
        "<div><p>原文作者：李文博</p><p>原文链接：https://example.com/a</p>"
        f"<p>本文作者：周明远</p>{LINK}{LICENCE}</div>"
    )
    assert _run(box)["author"] == "李文博、周明远"


def test_licence_box_own_writer_alone_stays_one() -> None:
    # negative neighbour: no 原文作者 line, one writer
    assert _run(f"<div><p>本文作者：周明远</p>{LINK}{LICENCE}</div>")["author"] == "周明远"


def test_pair_without_licence_word_stays_one() -> None:
    # negative neighbour: the two lines in a repost's note with no licence word: read as before
    box = "<div><p>本文作者：周明远</p><p>原文作者：李文博</p><p>转载请注明出处。</p></div>"
    assert _run(box)["author"] == "周明远"


def test_same_name_in_both_slots_named_once() -> None:
    box = f"<div><p>本文作者：周明远</p><p>原文作者：周明远</p>{LINK}{LICENCE}</div>"
    assert _run(box)["author"] == "周明远"


def test_site_team_in_original_slot_adds_no_one() -> None:
    # negative neighbour: the site's own team in the 原文作者 slot is no writer (session 30)
    box = f"<div><p>本文作者：周明远</p><p>原文作者：{SITE}团队</p>{LINK}{LICENCE}</div>"
    assert _run(box)["author"] == "周明远"


def test_placeholder_in_original_slot_adds_no_one() -> None:
    box = f"<div><p>本文作者：周明远</p><p>原文作者：佚名</p>{LINK}{LICENCE}</div>"
    assert _run(box)["author"] == "周明远"


def test_original_line_far_from_own_line_stays_one() -> None:
    # negative neighbour: a 原文作者 line of a quoted item further down is no part of the box
    filler = "".join(f"<p>第{i}条说明</p>" for i in range(6))
    box = f"<div><p>本文作者：周明远</p>{LINK}{LICENCE}{filler}<p>原文作者：李文博</p></div>"
    assert _run(box)["author"] == "周明远"


# 2. labelled lines opening the text under no shown headline (Hexo Fluid hides its <h1>)


def _fluid(lines: str, h1: str = "<h1 style='display: none'>网站改版公告</h1>") -> dict:
    body = (
        "<div class='nav'><a href='/'>首页</a> <a href='/archives/'>归档</a></div>"
        "<div class='banner'><span id='subtitle' data-typed-text='网站改版公告'></span></div>"
        f"<article class='post-content'>{h1}<div class='markdown-body'>{lines}"
        # the text one paragraph of <br> lines: the body is that paragraph, the line above
        # stands outside it
        f"<p>{PROSE}<br>{PROSE}<br>{PROSE}<br>{PROSE}</p></div></article>"
    )
    return run(
        body,
        "<title>网站改版公告 - 青禾公益</title><meta property='og:title' content='网站改版公告'>",
    )


def test_source_line_opening_text_under_hidden_headline() -> None:
    out = _fluid("<p><span>文章来源：共工日报</span></p>")
    assert out["source"] == "共工日报"
    assert not out["body"].startswith("文章来源")


def test_editor_line_opening_text_under_hidden_headline() -> None:
    assert _fluid("<p>责任编辑：张家祺</p>")["editor"] == "张家祺"


def test_two_opening_lines_under_hidden_headline() -> None:
    out = _fluid("<p>来源：共工日报</p><p>作者：周明远</p>")
    assert (out["source"], out["author"]) == ("共工日报", "周明远")


def test_opening_sentence_with_label_is_no_credit() -> None:
    # negative neighbour: a paragraph of prose opening the text, a label inside it
    out = _fluid("<p>根据省里的安排，本次活动来源：各社区推荐的志愿者代表，共计四十余人参加。</p>")
    assert out["source"] is None


def test_shown_headline_reads_opening_line_as_before() -> None:
    # the headline shown: the header rule reads the line as it always did
    assert _fluid("<p>来源：共工日报</p>", "<h1>网站改版公告</h1>")["source"] == "共工日报"


# 3. a signature set flush right whose surname is 时


def _signed(name: str) -> dict:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'><span>2023-09-12</span></div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p>"
        f"<p style='text-align:right'>{name}</p></div></div>"
    )
    return run(body, f"<title>{HEADLINE} - {SITE}</title>")


def test_signature_with_surname_shi() -> None:
    assert _signed("时坤")["author"] == "时坤"
    assert _signed("時坤")["author"] == "時坤"


def test_time_words_flush_right_sign_nothing() -> None:
    # negative neighbours: 时间 / 时政 / 时尚 set flush right are words, no signature
    for word in ("时间", "时政", "时尚"):
        assert _signed(word)["author"] is None, word


# 4. a credit line inside a bare date line's element that a sentence makes read as prose


def _dated(extra: str) -> dict:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1>"
        f"<div class='option'><span class='date'>2023-09-12 10:30</span>{extra}</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return run(body, f"<title>{HEADLINE} - {SITE}</title>")


SHARE = "<span>分享 微信扫一扫：打开微信扫一下二维码，便可将本文分享至朋友圈。</span>"


def test_editor_line_beside_date_and_share_sentence() -> None:
    out = _dated(f"{SHARE}<div>（责任编辑：周明远）</div>")
    assert out["editor"] == "周明远"
    assert out["published_at"].startswith("2023-09-12")


def test_source_line_beside_date_and_description() -> None:
    out = _dated("<div>就职是一个从迷惘走向平常心的过程。</div><span>来源：共工日报</span>")
    assert out["source"] == "共工日报"


def test_sentence_naming_a_source_inside_date_element_is_no_credit() -> None:
    # negative neighbour: a long sentence holding 来源 in the element gives no source
    out = _dated(
        "<div>来源：各社区推荐的志愿者代表与园区企业的员工一同参加了本次的活动并合影留念。</div>"
    )
    assert out["source"] is None


# 5. a reader's reply whose head line the body kept, under the text (distractors: a 天涯 reply)

_REPLY_HEAD = (
    "<div><span>作者：<a href='/u/1'>杨威TY</a></span> <span>时间：2017-03-25 16:48:11</span></div>"
)
_REPLY_CONTROLS = (
    "<div>来自 <a href='/m'>社区客户端</a> | <a>举报</a> | <span>61楼</span> | <a>打赏</a>"
    " | <a>回复</a> | <a>评论</a></div>"
)


def _replied(reply: str) -> dict:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>时间：2022-05-09 来源：党支部</div>"
        f"<div class='content'><p>{PROSE}</p><p style='text-align:right'>——党员 李玲</p>"
        f"<p>{PROSE}</p><p style='text-align:right'>——党员 王哲</p>{reply}</div></div>"
    )
    return run(body, f"<title>{HEADLINE}</title>")


def test_reply_head_kept_in_body_names_no_author() -> None:
    out = _replied(f"{_REPLY_HEAD}<div>谢谢</div>{_REPLY_CONTROLS}")
    assert out["author"] is None
    assert out["published_at"].startswith("2022-05-09")


def test_same_line_closing_text_without_reply_controls_is_the_author() -> None:
    # negative neighbour: no floor number and no reply button under it: the text's own credit
    assert _replied(f"{_REPLY_HEAD}<div>谢谢</div>")["author"] == "杨威TY"


# 6. ``记者X报道`` in a meta line's 作者 slot


def _slot(value: str) -> dict:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1>"
        f"<div class='info'>时间：2012-10-12 23:19:39&nbsp;&nbsp;来源：&nbsp;&nbsp;作者：&nbsp;&nbsp;{value}</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return run(body, f"<title>{HEADLINE}</title>")


def test_reporter_title_name_reported_in_author_slot() -> None:
    assert _slot("记者梁爽报道")["author"] == "梁爽"
    assert _slot("本报记者梁爽报道")["author"] == "梁爽"


def test_two_reporters_reported_in_author_slot() -> None:
    assert _slot("记者王小明、李爽报道")["author"] == "王小明、李爽"


def test_reporter_title_and_name_alone_as_before() -> None:
    # negative neighbour: no 报道 glued, the name as it was read
    assert _slot("记者 梁爽")["author"] == "梁爽"


# 7. a licence box item ``作者`` / name (two blocks of one element) the body kept as its first or
#    last two lines


_ITEM = "<div class='license-meta-item'><div>作者</div><div>{name}</div></div>"


def _itemised(before: str, after: str) -> dict:
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'><span>2023-09-12</span></div>"
        f"<div class='content'>{before}<p>{PROSE}</p><p>{PROSE}</p>{after}</div></div>"
    )
    return run(body, f"<title>{HEADLINE} - {SITE}</title>")


def test_item_pair_closing_text_is_the_author() -> None:
    assert _itemised("", _ITEM.format(name="Kovacs"))["author"] == "Kovacs"


def test_item_pair_opening_text_is_the_author() -> None:
    assert _itemised(_ITEM.format(name="周明远"), "")["author"] == "周明远"


def test_item_pair_with_sentence_value_is_no_author() -> None:
    # negative neighbour: the block after 作者 is a sentence, no name
    item = _ITEM.format(name="本文由多位老师共同整理完成，欢迎转载。")
    assert _itemised("", item)["author"] is None


def test_item_pair_in_the_middle_of_text_is_no_author() -> None:
    # negative neighbour: the pair among the text's lines (a table of a book's details)
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'><span>2023-09-12</span></div>"
        f"<div class='content'><p>{PROSE}</p>{_ITEM.format(name='鲁迅')}<p>{PROSE}</p>"
        f"<p>{PROSE}</p></div></div>"
    )
    assert run(body, f"<title>{HEADLINE} - {SITE}</title>")["author"] is None
