"""robust149 (issue 10, session 30): two-digit-year dates with their clock where a reader reads
them without doubt — a 时间 cell beside a script-written view count, a yy date glued to the
glued 发表于, a 时间 label's yy value as the meta line, a 发布日期's yy value
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


# --- 2. a glued publish label before a yy date with its clock ---------------------------------


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


# --- 5. a trail's leaf may be a long column's name ---------------------------------------------

LONG_COLUMN = "科技成果转化与知识产权服务专栏"
URL = "http://www.example.cn/news/7315/9.html"


def _slash_trail(leaf: str) -> str:
    """udn's shape: links parted by `` / ``, the leaf in ``<b>``, a related-news drop-down."""
    return (
        "<div id='nav'><a href='http://www.example.cn/'>示例网</a> / "
        f"<a href='/news/cate/2/'>新闻中心</a> / <b>{leaf}</b>"
        "<select><option selected>相关新闻</option></select></div>" + HEAD + TEXT
    )


def test_a_slash_parted_trail_keeps_a_long_bold_leaf() -> None:
    assert run(_slash_trail(LONG_COLUMN), url=URL)["category"] == f"新闻中心 > {LONG_COLUMN}"


def test_a_slash_parted_trail_with_a_sentence_leaf_is_no_trail() -> None:
    """Neighbour: a leaf that is a sentence (a notice) is no column."""
    assert run(_slash_trail("请登录后查看，谢谢合作！"), url=URL)["category"] is None


def _foot_trail(leaf_html: str) -> str:
    """people.com.cn's old template: the trail under the text, every item a link."""
    return (
        HEAD
        + TEXT
        + "<div class='foot'><a href='http://www.example.cn/GB/index.html'>示例网</a>&gt;&gt;"
        f"<a href='/GB/index.html'>政务要闻</a>&gt;&gt;{leaf_html}</div>"
    )


def test_a_foot_trail_keeps_a_long_linked_leaf() -> None:
    body = _foot_trail(f"<a href='/GB/14562/index.html'>{LONG_COLUMN}</a>")
    assert run(body, url="http://www.example.cn/GB/14562/9.html")["category"] == (
        f"政务要闻 > {LONG_COLUMN}"
    )


def test_a_foot_trail_keeps_an_english_linked_leaf() -> None:
    body = _foot_trail("<a href='/GB/14562/index.html'>Press Releases</a>")
    assert run(body, url="http://www.example.cn/GB/14562/9.html")["category"] == (
        "政务要闻 > Press Releases"
    )


def test_a_foot_line_closing_with_a_long_unlinked_item_is_no_trail() -> None:
    """Neighbour: a long last item with no link of its own (a related headline) is no column."""
    body = _foot_trail(LONG_COLUMN + "又有新进展")
    assert run(body, url="http://www.example.cn/GB/14562/9.html")["category"] is None


# --- 6. an English trail label before the home item ---------------------------------------------


def _headline_trail(label: str, home: str = "Home") -> str:
    """PublicCMS's English site: the trail and the headline in one ``<h3>``."""
    return (
        f"<div class='crumb'><h3><span>{label}<a href='/'>{home}</a> &gt; "
        "<a href='/xwzx/yqdt/'>园区动态</a></span>园区举办第三届创新创业大赛决赛</h3>"
        + TEXT
        + "</div>"
    )


TITLE_HEAD = "<title>园区举办第三届创新创业大赛决赛-示例园区</title>"


def test_an_english_position_label_before_home_labels_the_trail() -> None:
    url = "http://www.example.cn/xwzx/yqdt/9.html"
    out = run(_headline_trail("Position："), head=TITLE_HEAD, url=url)
    assert (out["category"], out["title"]) == ("园区动态", "园区举办第三届创新创业大赛决赛")


def test_you_are_here_before_home_labels_the_trail() -> None:
    url = "http://www.example.cn/xwzx/yqdt/9.html"
    out = run(_headline_trail("You are here: "), head=TITLE_HEAD, url=url)
    assert out["category"] == "园区动态"


def test_an_english_location_label_before_a_place_is_no_trail_label() -> None:
    """Neighbour: ``Location: 深圳`` (a venue) is no trail; nor the trail without its label."""
    from incubator_crawler.article.category import BREADCRUMB_LABEL

    assert BREADCRUMB_LABEL.match("Location: 深圳") is None
    assert BREADCRUMB_LABEL.match("You are here: Homework") is None
    url = "http://www.example.cn/xwzx/9.html"
    out = run(_headline_trail("Position：", home="Welcome"), head=TITLE_HEAD, url=url)
    assert out["category"] is None


# --- 7. a footer's h1 below the text is no headline ----------------------------------------------

FOOTER_H1 = (
    "<div class='copyright'><h1>示例网络——专注于成长型企业网络营销</h1>"
    "<p>业务咨询：0769-12345678 版权所有 示例网络</p></div>"
)


def test_an_h1_in_the_footer_below_the_text_is_no_headline() -> None:
    """mineru-zh's shape: the headline in an ``<h5>``, <title> the site's name, a web firm's
    h1 in the footer."""
    body = (
        "<h5>园区举办第三届创新创业大赛决赛</h5><div class='data'><div class='day'>21</div>"
        "<div class='year'>2024年02月</div></div>" + TEXT + FOOTER_H1
    )
    assert (
        run(body, head="<title>示例园区管委会</title>")["title"] == "园区举办第三届创新创业大赛决赛"
    )


def test_an_h1_above_the_text_that_title_does_not_name_is_still_the_headline() -> None:
    """Neighbour: the h1 over the text stays the headline though <title> names only the site."""
    body = "<h1>园区举办第三届创新创业大赛决赛</h1>" + TEXT + FOOTER_H1
    out = run(body, head="<title>示例园区管委会</title>")
    assert out["title"] == "园区举办第三届创新创业大赛决赛"
