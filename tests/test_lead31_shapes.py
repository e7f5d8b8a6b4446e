"""The lead's session-31 answer on a yy date with its clock glued after a Chinese outlet name
(robust149's question): a reader sees the outlet and its date, so the date ends the name."""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.labels import split_labelled_line

TEXT = f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"


def test_a_yy_date_with_its_clock_glued_after_a_chinese_name_ends_it() -> None:
    assert split_labelled_line("来源：大众日报13-10-12 11:18") == {"source": "大众日报"}
    line = "来源：人民日报18-05-11 16:03 作者：张三"
    assert split_labelled_line(line) == {"source": "人民日报", "author": "张三"}


def test_two_spans_run_together_give_the_outlet_and_the_date() -> None:
    # gmw.cn's shape: <span>来源：<a>人民日报</a></span><span>18-05-11 16:03</span>, no blank between
    body = (
        "<h1>众创空间名单公布</h1><div class='info'><span>来源：<a href='/'>人民日报</a></span>"
        "<span>18-05-11 16:03</span></div>" + TEXT
    )
    got = run(body, head="<title>众创空间名单公布</title>")
    assert (got["source"], got["published_at"]) == ("人民日报", "2018-05-11T16:03:00+08:00")


def test_a_name_ending_in_a_latin_letter_or_a_digit_keeps_the_digits() -> None:
    # neighbours: no Chinese character before the digits, or no clock after them
    assert split_labelled_line("来源：IT16813-10-12 11:18") == {"source": "IT16813-10-12 11:18"}
    assert split_labelled_line("来源：大众日报13-10-12") == {"source": "大众日报13-10-12"}


def test_a_bare_author_slot_gives_way_to_the_original_writer() -> None:
    text = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    head = "<h1>园区孵化器年度报告发布</h1>"
    assert (
        run(head + "<div class='info'>作者：张三 原文作者：李四</div>" + text)["author"] == "李四"
    )
    # neighbours: the original writer's label alone names the author; a bare 作者 alone too
    assert run(head + "<div class='info'>原文作者：李四</div>" + text)["author"] == "李四"
    assert run(head + "<div class='info'>作者：张三 来源：园区办</div>" + text)["author"] == "张三"


def test_lines_of_only_direction_marks_are_blank() -> None:
    # follow169's question: a post writes lines of only U+200E between its paragraphs; a reader
    # sees blank lines, no text
    lines = "".join(f"<p>{PROSE[:30]}{i}</p><p>\u200e</p>" for i in range(4))
    got = run("<h1>毕业演出回顾</h1><div class='text'>" + lines + f"<p>{PROSE}</p></div>")
    assert "\u200e" not in got["body"]
    assert got["body"].count("\n\n") == 4  # five paragraphs, no blank one


# ------------------------------------------------------------------------------ lists
def _next_page(pager: str, url: str) -> str | None:
    from parsel import Selector

    from incubator_crawler.listing.pagination import find_next_page

    rows = "".join(
        f"<li><a href='t{i}.html'>园区第{i}期企业服务沙龙活动顺利举办</a><span>2024-03-{i:02d}</span></li>"
        for i in range(1, 6)
    )
    html = f"<html><body><ul class='list'>{rows}</ul><div class='page'>{pager}</div></body></html>"
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None


def test_a_fullwidth_greater_than_sign_is_the_next_page_link() -> None:
    # lists164's question: a Chinese pager types ＞ / ＞＞ where others type > / >>
    host = "https://www.kjj.example.gov.cn/xwzx/tzgg/"
    for sign in ("＞", "＞＞"):
        pager = f"<span>第2页</span><a href='list_3.html'>{sign}</a>"
        assert _next_page(pager, host + "list_2.html") == host + "list_3.html"


def test_a_lone_right_arrow_stays_no_next_page_word() -> None:
    from incubator_crawler.listing.pager_words import is_next_page_text

    # neighbour: a row's "read on" arrow prints → alone; only ＞ joins > (the lead, session 31)
    assert not is_next_page_text("→")
    assert is_next_page_text("＞")
    assert is_next_page_text("＞＞")
