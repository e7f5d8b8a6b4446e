"""follow271: people shapes that recur across platforms, each in our own words with its negative
neighbours (issue 10, session 35)."""

from __future__ import annotations

from incubator_crawler.article.labels import IP_PLACE_RE
from incubator_crawler.crawl.process import extract_normalized

_SENT = "周末的读书会上，大家轮流分享了自己最近读完的一本书，以及书中最打动自己的一段话。"
_TEXT = "".join(f"<p>{_SENT}{i}</p>" for i in range(6))


def _run(html: str, url: str = "https://docs.example.com/u123/notes/abcdef") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _row(name: str = "林小舟", time: str = "03-12 21:40", place: str = "IP属地浙江") -> str:
    return (
        f"<div class='row'><div><a href='/u123'>{name}</a></div><div>{time}</div>"
        f"<div>58</div><div>3</div><div>{place}</div><div>举报</div></div>"
    )


def _page(under: str = "", head: str = "", title: str = "读《学习之道》笔记") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{head}"
        f"<div class='doc'>{_TEXT}</div>{under}</body></html>"
    )


# 1. The poster's row with the writer's IP place


def test_ip_place_label_forms():
    for text in ("IP属地浙江", "IP属地：北京", "IP 属地 上海", "IP region浙江", "IP歸屬地臺灣"):
        assert IP_PLACE_RE.search(text), text
    assert not IP_PLACE_RE.search("IP地址：127.0.0.1")
    assert not IP_PLACE_RE.search("IP属地")  # no place


def test_row_under_the_text_names_the_poster():
    out = _run(_page(under=_row()))
    assert out["author"] == "林小舟"
    assert out["extraction"]["author"] == "ip-row"
    assert out["published_at"] is None  # a year-less time dates nothing


def test_row_in_the_header_names_the_poster():
    out = _run(_page(head=_row(name="Madfox", time="2024-03-12 21:40")))
    assert out["author"] == "Madfox"


def test_headline_signed_with_the_titles_tail_keeps_the_poster():
    # <title> and h1 alike ``读《X》—NAME``: the title's tail looks like a site's name, and is
    # the writer's signature
    out = _run(
        _page(under=_row(name="Madfox", place="IP region浙江"), title="读《学习之道》—Madfox")
    )
    assert out["author"] == "Madfox"


def test_row_naming_the_site_with_an_unsigned_headline_names_no_writer():
    # the <title>'s tail is the site's name (``笔记 - 星海学堂``, h1 ``笔记``): the row that names
    # the site is its account's, no writer's
    html = _page(under=_row(name="星海学堂")).replace(
        "<title>读《学习之道》笔记</title>", "<title>读《学习之道》笔记 - 星海学堂</title>"
    )
    assert _run(html)["author"] is None


def test_comment_rows_under_a_comment_heading_name_no_writer():
    comments = "<h3>评论</h3>" + _row(name="路人甲") + _row(name="路人乙")
    out = _run(_page(under=comments))
    assert out["author"] is None


def test_row_without_a_time_or_without_the_place_names_no_writer():
    no_time = "<div><div>林小舟</div><div>58</div><div>IP属地浙江</div></div>"
    assert _run(_page(under=no_time))["author"] is None
    no_place = _row(place="举报")
    assert _run(_page(under=no_place))["author"] is None


def test_only_the_first_row_is_read():
    # the poster's row, then a reader's row in the same shape with no heading between
    out = _run(_page(under=_row() + _row(name="路人甲")))
    assert out["author"] == "林小舟"


# 2. A header line that counts its writers, its pop-up listing them as cards


def _card(name: str) -> str:
    return f"<div class='item'><a href='/u/x'><img src='/a.png' alt='{name}'></a><span>{name}</span></div>"


def _counted_page(line: str, cards: list[str], lead: str = "林小舟") -> str:
    popup = (
        "<div role='tooltip' aria-hidden='true' style='display:none'><div>"
        f"<span>主作者</span>{_card(lead)}<span>联合作者</span>{''.join(_card(c) for c in cards)}"
        "</div></div>"
    )
    ld = '{"@type": "Article", "author": {"@type": "Person", "name": "林小舟"}}'
    return (
        f"<html><head><title>本期值得一试的工具</title><script type='application/ld+json'>{ld}"
        "</script></head><body><h1>本期值得一试的工具</h1>"
        f"<div class='authors'><span>{popup}<span>{line}</span></span></div><div>2024-03-12</div>"
        f"<div class='doc'>{_TEXT}</div></body></html>"
    )


def test_counted_writers_line_joins_the_cards():
    out = _run(_counted_page("林小舟 等 3 位作者", ["周明", "阿远2"]))
    assert out["author"] == "林小舟、周明、阿远2"
    assert out["extraction"]["author"].endswith("+co-writer-cards")


def test_counted_writers_line_with_other_count_or_lead_joins_none():
    # the cards are not as many as the line counts past the lead writer: not read
    assert _run(_counted_page("林小舟 等 4 位作者", ["周明", "阿远"]))["author"] == "林小舟"
    # the line's lead writer is not the one the chain read
    out = _run(_counted_page("周明 等 3 位作者", ["林小舟", "阿远"]))
    assert "阿远" not in (out["author"] or "")
    assert "co-writer-cards" not in (out["extraction"].get("author") or "")
    # no counted line: the pop-up alone joins no one
    assert _run(_counted_page("林小舟", ["周明", "阿远"]))["author"] == "林小舟"


# 3. A handle's own digit among several writers is no footnote mark


def test_footnote_marks_and_a_handles_digit():
    from incubator_crawler.article.people import clean_person

    assert clean_person("林小舟、Snow、周明、阿远2", role="author") == "林小舟、Snow、周明、阿远2"
    assert clean_person("张三1 李四2", role="author") == "张三、李四"
    assert clean_person("张三1、李四2、王五1", role="author") == "张三、李四、王五"
    assert clean_person("张三1", role="author") == "张三"
    assert clean_person("张三1、李四", role="author") == "张三、李四"
