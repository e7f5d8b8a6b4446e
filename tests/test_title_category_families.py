"""Title and category shapes of CMS families and leftovers no dev page shows (fields4, issue 10).

Each page is our own small shape, written from what the family prints (its trail's label and
separators, the headline's place, <title>'s suffix); exact values."""

from __future__ import annotations

from page_shapes import PROSE, run

T = "高新区孵化器发布年度报告"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
URL = "http://www.park.cn/news/gq/2024/0305/12.html"


def test_hyphen_inside_a_latin_word_is_no_title_separator() -> None:
    # a bare <title> naming a model (GPT-4-turbo): its last hyphenated piece is no site's name
    out = run(f"<div>2024-03-05 10:00</div>{TEXT}", "<title>GPT-4-turbo 发布</title>", URL)
    assert out["title"] == "GPT-4-turbo 发布"


def test_two_character_bracket_that_is_no_column_word_stays() -> None:
    # a series' name in 【】 (【晴朗】) is the headline's; a desk's tag (【转载】) is the site's
    head = "<title>【晴朗】一个人的旅行 - 园区博客</title>"
    out = run(f"<h1>【晴朗】一个人的旅行</h1><div>发布时间：2024-03-05</div>{TEXT}", head, URL)
    assert out["title"] == "【晴朗】一个人的旅行"
    out = run(f"<h1>【转载】一个人的旅行</h1><div>发布时间：2024-03-05</div>{TEXT}", head, URL)
    assert out["title"] == "一个人的旅行"


def test_literal_line_break_escapes_around_the_headline_go() -> None:
    # a page saved from a JSON string: its markup's line breaks are the two characters \n
    body = f"<h1>\\n    {T}\\n  </h1><div>发布时间：2024-03-05</div>{TEXT}"
    assert run(body, f"<title>{T}_园区网</title>", URL)["title"] == T


NEWS_URL = "http://news.park.cn/a/2024/12.html"
RSS = "<a href='http://news.park.cn/rss.html'>订阅业界RSS</a>"
HOME = "<a href='http://www.park.cn/'>园区网首页</a>"
LEAF = "<a href='http://news.park.cn/'>业界</a>"
ARROW_IMG = "<img src='/i/arrow.gif'>"


def _trail_page(trail: str) -> dict:
    body = f"{trail}<h1>{T}</h1><div>发布时间：2024-03-05</div>{TEXT}"
    return run(body, f"<title>{T}_园区网</title>", NEWS_URL)


def test_rss_link_before_the_home_item_is_no_trail_item() -> None:
    # glued to the home link, parted by an arrow (the trail ending in the headline), listed
    # with CSS-drawn separators, or parted by separator images: the trail starts at home
    for trail in (
        f"<div class='bn'>{RSS}{HOME} &gt; {LEAF}</div>",
        f"<div class='bn'>{RSS} &gt; {HOME} &gt; {LEAF} &gt; {T}</div>",
        f"<ul class='c2'><li>{RSS}</li><li>{HOME}</li><li>{LEAF}</li></ul>",
        f"<div class='bn'>{RSS}{ARROW_IMG}{HOME}{ARROW_IMG}{LEAF}</div>",
    ):
        out = _trail_page(trail)
        assert (out["category"], out["breadcrumb_raw"].split(" > ")[0]) == ("业界", "园区网首页")
