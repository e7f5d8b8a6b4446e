"""robust149 (issue 10, session 30): two-digit-year dates with their clock where a reader reads
them without doubt — a 时间 cell beside a script-written view count, a yy date glued to the
outlet's name or to a glued 发表于, a 时间 label's yy value as the meta line, a 发布日期's yy value
after a keyword-stuffed 作者 — each with its exact value on a page in our own words and the
nearest shape that must not give it."""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.header_lines import _labelled_short_year
from incubator_crawler.article.labels import split_labelled_line

HEAD = "<h1>园区举办第三届创新创业大赛决赛</h1>"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


def _date(out: dict) -> tuple[str | None, str | None]:
    return out["published_at"], out["published_precision"]


# --- 1. a view count is no clock's minutes -----------------------------------------------------


def test_a_view_count_glued_to_a_clock_leaves_the_minutes() -> None:
    """``<span>时间：11-10-22 16:17</span><span><script/>次浏览</span>``: the count is written by a
    script, so ``17次浏览`` is the clock's minutes and the counter's word."""
    assert split_labelled_line("作者：时间：11-10-22 16:17次浏览")["published"] == (
        "时间：11-10-22 16:17"
    )


def test_a_view_count_glued_to_a_clock_on_a_page() -> None:
    body = (
        HEAD + "<p><span>作者：</span><span>时间：11-10-22 16:17</span>"
        "<span><script src='/count.js'></script>次浏览</span></p>" + TEXT
    )
    assert _date(run(body)) == ("2011-10-22T16:17:00+08:00", "minute")


def test_a_view_count_after_a_blank_still_ends_the_value() -> None:
    """Neighbour: a count of its own (``来源：示例日报 12次浏览``) is still the counter."""
    assert split_labelled_line("来源：示例日报 12次浏览")["source"] == "示例日报"


# --- 2. a yy date with its clock glued to a Chinese name ends the credit -----------------------


def test_a_short_year_date_glued_to_the_outlets_name_ends_the_source() -> None:
    """gmw.cn's two inline spans ``来源：人民日报`` and ``18-05-11 16:03``, no blank between."""
    assert split_labelled_line("来源：示例日报18-05-11 16:03") == {"source": "示例日报"}


def test_a_short_year_date_glued_to_the_outlets_name_under_a_day_only_meta() -> None:
    """The head's publishdate gives the day; the line shows that day with its clock."""
    head = "<meta name='publishdate' content='2018-05-11'>"
    body = (
        HEAD + "<div class='tips'><span>来源：<a href='/'>示例日报</a></span>"
        "<span>18-05-11 16:03</span></div>" + TEXT
    )
    out = run(body, head=head)
    assert out["source"] == "示例日报"
    assert _date(out) == ("2018-05-11T16:03:00+08:00", "minute")


def test_a_short_year_date_without_a_clock_glued_to_a_name_stays() -> None:
    """Neighbour: ``18-05-11`` alone is no certain date; the name keeps it."""
    assert split_labelled_line("来源：示例日报18-05-11")["source"] == "示例日报18-05-11"


def test_a_glued_publish_label_takes_its_short_year_value() -> None:
    """``发表于13-11-12 17:38|更新于DATE``: glued as ``发表于2015-04-27`` is, the 发表于 date is
    the page's, not the update date after it."""
    assert split_labelled_line("发表于13-11-12 17:38|更新于2024-01-24")["published"] == (
        "发表于13-11-12 17:38"
    )


def test_a_bare_publish_label_before_a_short_year_clock_reads_as_before() -> None:
    """Neighbour: DedeCMS's ``发布：21-06-11 15:11 点击：`` stays the meta line's yy rule."""
    body = HEAD + "<div class='info'>发布：21-06-11 15:11&nbsp;&nbsp;点击：</div>" + TEXT
    out = run(body, url="http://www.example.cn/a/2020/1127/53.html")
    assert _date(out) == ("2021-06-11T15:11:00+08:00", "minute")


# --- 3. a 时间 label's yy value makes the meta line -------------------------------------------


def test_a_bare_time_label_with_a_short_year_clock_is_the_date_line() -> None:
    """``时间：21-10-06 13:40 浏览量：`` under the headline, a day-only PubDate in the head."""
    head = "<meta name='PubDate' content='2021-10-06'>"
    body = HEAD + "<div class='info'>时间：21-10-06 13:40 浏览量：</div>" + TEXT
    assert _date(run(body, head=head)) == ("2021-10-06T13:40:00+08:00", "minute")


def test_a_short_year_clock_after_another_label_is_no_date_line() -> None:
    """Neighbour: the same numbers as an 编号 (a document number) give no date."""
    body = HEAD + "<div class='info'>编号：21-10-06 13:40</div>" + TEXT
    assert run(body)["published_at"] is None


# --- 4. a 发布日期's yy value after a line the meta line refuses -------------------------------


def test_a_publish_labels_short_year_value_after_a_stuffed_author() -> None:
    """sxlmrl's ``作者：A，B，C，… 发布日期：11-10-06 17:31`` (keywords for search engines in the
    author slot, read as prose), a date in the text's last line: the labelled date is the page's."""
    body = (
        HEAD + "<div class='author'>作者：板式换热器，换热站安装，换热机组，管壳式换热器，"
        "示例热力设备有限公司 发布日期：11-10-06 17:31</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>2011年10月6日</p></div>"
    )
    assert _date(run(body)) == ("2011-10-06T17:31:00+08:00", "minute")


def test_the_header_reads_a_publish_labels_short_year_value() -> None:
    """The header's date where the meta line refuses the line (the real page's stuffed author)."""
    line = "作者：甲，乙，丙，丁 发布日期:11-10-06 17:31"
    assert _labelled_short_year(line) == "2011-10-06 17:31"
    assert _labelled_short_year("作者：甲，乙 编号:11-10-06 17:31") is None
    assert _labelled_short_year("作者：甲，乙 发布日期:11-10-06") is None


def test_a_short_year_clock_after_a_number_label_is_no_header_date() -> None:
    """Neighbour: the same numbers after 编号 (a document number) are no publish date: the
    text's last line gives the day."""
    body = (
        HEAD + "<div class='author'>作者：板式换热器，换热站安装，换热机组，管壳式换热器，"
        "示例热力设备有限公司 编号：11-10-09 17:31</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>2011年10月6日</p></div>"
    )
    assert _date(run(body)) == ("2011-10-06", "day")
