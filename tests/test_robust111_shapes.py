"""Title, published and category on other CMSs' markup of dev pages' own spots (robust111).

Each page is small and written here; the values asserted are what a reader of the page takes
from it, with a negative neighbour for each shape.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.labels import DATE_RE, without_controls

H1 = "<h1>逆水寒再按照这个速度研发下去 应该马上就要收到律师函了</h1>"
TITLE = "<title>逆水寒再按照这个速度研发下去 应该马上就要收到律师函了_游戏新闻</title>"


def closing(line: str, *, head: str = "", after: str = "") -> str | None:
    """The date of a page whose text closes with ``line`` (in the text's own box)."""
    body = f"<div class='main'>{head}{H1}<div class='text'><p>{PROSE}</p><p>{PROSE}</p>{line}</div>{after}</div>"
    return run(body, TITLE)["published_at"]


# ------------------------------------------------------------ a DATE OUTLET line closing the text
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("<div>2019-09-05 11:10 游民星空[整理]</div>", "2019-09-05T11:10:00+08:00"),
        ("<p>2018-10-31&nbsp;&nbsp;中国证券报</p>", "2018-10-31"),
        (
            "<div><span>2018-02-24 09:21:54</span> <a href='http://x.cn/1.htm'>国土资源部网站</a> 吴启华</div>",
            "2018-02-24T09:21:54+08:00",
        ),
        ("<p>2017-12-22 <span>|</span>来自:厦门日报</p>", "2017-12-22"),
        # the outlet before the date, the date with its clock (toutiao, 39健康网, 風傳媒)
        ("<div><span>原创</span> <span>南方都市报</span> <span>2019-09-09 16:01:46</span></div>",
         "2019-09-09T16:01:46+08:00"),
        ("<h4><span>原创：</span><span>39健康网</span><span>2024-04-23 12:27:25</span></h4>",
         "2024-04-23T12:27:25+08:00"),
        ("<p>編譯中心 2014年12月13日 09:33 <span>237 點擊數</span></p>", "2014-12-13T09:33:00+08:00"),
    ],
)  # fmt: skip
def test_a_date_outlet_line_closing_the_text_dates_it(line: str, want: str) -> None:
    assert closing(line) == want


@pytest.mark.parametrize(
    "line",
    [
        # a notice's signature: the unit's name over the day it was signed, no clock
        "<p>南工社团工作室 2019年11月5日</p>",
        # a related item's row: a linked headline beside the date
        "<div>2019-09-05 <a href='/n/2.html'>逆水寒新版本今日上线全新玩法</a></div>",
        # dated rows of a list under the text
        "<ul><li>2019-09-05 中国证券报</li><li>2019-09-06 中国证券报</li></ul>",
        # a sentence with a date in it
        "<p>2019-09-05 我们发布了新版本，欢迎体验</p>",
    ],
)
def test_other_dated_lines_closing_the_text_date_nothing(line: str) -> None:
    assert closing(line) is None


def test_two_date_outlet_lines_are_a_list_and_date_nothing() -> None:
    assert (
        closing("<div>2019-09-05 11:10 游民星空[整理]</div><div>2019-09-06 10:10 中国证券报</div>")
        is None
    )


def test_a_date_by_the_headline_beats_the_closing_line() -> None:
    """The meta line under the headline is the page's date; the closing line another's."""
    body = (
        f"<div class='main'>{H1}<div class='info'>2019-09-01 10:00 来源：游民星空</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p><div>2019-09-05 11:10 游民星空</div></div></div>"
    )
    assert run(body, TITLE)["published_at"] == "2019-09-01T10:00:00+08:00"


def test_a_closing_line_outside_the_text_box_dates_nothing() -> None:
    """Under a 相关阅读 heading the dated line is a related item's."""
    after = "<h3>相关阅读</h3><div>2019-09-05 11:10 游民星空[整理]</div>"
    assert closing("", after=after) is None


# ------------------------------------------------------------ a two-digit year with its clock
def short_year(meta: str, text_end: str = "") -> str | None:
    body = f"<div class='main'>{H1}{meta}<div class='text'><p>{PROSE}</p><p>{PROSE}</p>{text_end}</div></div>"
    return run(body, TITLE)["published_at"]


@pytest.mark.parametrize(
    ("meta", "want"),
    [
        ("<div align='right'><span>20-01-16 10:00</span></div>", "2020-01-16T10:00:00+08:00"),
        # the outlet or the writer before the date (toutiao, qbitai)
        ("<div><span>原创</span> <span>南方都市报</span> <span>19-09-09 16:01:46</span></div>",
         "2019-09-09T16:01:46+08:00"),
        ("<div><em>杰西卡</em> <span>25-04-21 13:09:10</span> <span>来源：量子位</span></div>",
         "2025-04-21T13:09:10+08:00"),
    ],
)  # fmt: skip
def test_a_two_digit_year_with_its_clock_under_the_headline_dates_the_page(
    meta: str, want: str
) -> None:
    assert short_year(meta) == want


def test_a_two_digit_year_span_in_the_headlines_header_dates_the_page() -> None:
    """星島日報's header: the headline and a span of the date alone under it."""
    head = f"<header>{H1}<span class='date'>20-08-07 17:24</span></header>"
    body = f"<div class='main'>{head}<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    assert run(body, TITLE)["published_at"] == "2020-08-07T17:24:00+08:00"


def test_a_two_digit_year_date_line_beats_a_reprint_line_in_the_text() -> None:
    """The header's ``17-04-06 17:46`` is the page's date, the reprint's line in the text not."""
    meta = "<div><span>17-04-06 17:46</span> <span>国学院宣传部</span></div>"
    body = (
        f"<div class='main'>{H1}{meta}<div class='text'><p>{PROSE}</p>"
        f"<p>来源：澎湃新闻 2017-02-26 15:18 作者：郭伦</p><p>{PROSE}</p></div></div>"
    )
    assert run(body, TITLE)["published_at"] == "2017-04-06T17:46:00+08:00"


@pytest.mark.parametrize(
    "meta",
    [
        # no clock: the order of a two-digit year's day is not certain (18-11-03, 03-11-18)
        "<div>18-11-03&nbsp;&nbsp;证券时报网</div>",
        # a number run on before it is no two-digit year (a phone number's parts)
        "<div>电话：0755-83-12 10:30</div>",
        "<div>20-13-07 17:24</div>",
    ],
)
def test_other_two_digit_shapes_date_nothing(meta: str) -> None:
    assert short_year(meta) is None


# ------------------------------------------------------------ the headline over its deck
SKY_TITLE = "<title>冷鋒來襲連凍9日 今低見17℃ 有雨兼潮濕 下周新界或9℃ - 晴報 - 港聞 - 要聞</title>"
SKY_META = "<div class='info'>2018/12/07</div>"


def sky(head: str, title: str = SKY_TITLE) -> str | None:
    body = f"<div class='main'>{head}{SKY_META}<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    return run(body, title)["title"]


@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_a_heading_over_its_deck_of_one_rank_is_the_headline_title_runs_them_in_order(
    tag: str,
) -> None:
    """晴報: the headline and the deck under it, <title> the two in order: the upper line."""
    head = f"<{tag}>冷鋒來襲連凍9日 今低見17℃</{tag}><h3>有雨兼潮濕 下周新界或9℃</h3>"
    assert sky(head) == "冷鋒來襲連凍9日 今低見17℃"


def test_a_heading_over_a_line_title_does_not_run_them_in_order_stays_as_before() -> None:
    """<title> naming the lower line alone: the lower heading is the headline, as before."""
    head = "<h3>冷鋒來襲連凍9日 今低見17℃</h3><h3>有雨兼潮濕 下周新界或9℃</h3>"
    assert sky(head, "<title>有雨兼潮濕 下周新界或9℃ - 晴報</title>") == "有雨兼潮濕 下周新界或9℃"


def test_a_kicker_of_a_lower_rank_over_the_headline_stays_the_kicker() -> None:
    """An h3 kicker over the h2 headline, <title> running both: the headline's rank wins."""
    head = "<h3>冷鋒來襲連凍9日 今低見17℃</h3><h2>有雨兼潮濕 下周新界或9℃</h2>"
    assert sky(head) == "有雨兼潮濕 下周新界或9℃"


# ------------------------------------------------------------ a bold line completing a cut <title>
CUT_TITLE = "<title>全面实施普及攻坚计划 努力办好公平优质多样的_中国现代基础教育研究院</title>"


def test_a_bold_line_completing_a_cut_title_beats_the_heading_under_it() -> None:
    """chnmedu's DedeCMS <title> keeps 20 characters: the bold line it opens is the headline,
    the h2 under it a deck."""
    head = (
        "<div><strong>全面实施普及攻坚计划 努力办好公平优质多样的高中阶段教育</strong></div>"
        "<h2>全国高中阶段教育普及攻坚工作会议召开</h2>"
    )
    assert sky(head, CUT_TITLE) == "全面实施普及攻坚计划 努力办好公平优质多样的高中阶段教育"


def test_a_bold_line_title_does_not_open_leaves_the_heading() -> None:
    head = "<div><strong>教育部召开全国会议部署高中阶段教育普及工作</strong></div><h2>全国高中阶段教育普及攻坚工作会议召开</h2>"
    assert sky(head, CUT_TITLE) == "全国高中阶段教育普及攻坚工作会议召开"


# ------------------------------------------------------------ headlines shown only in <title>
def title_only(title: str, above: str = "") -> str | None:
    body = (
        f"<div class='main'>{above}<div class='info'>2024-05-20 03:15 来源：光明日报</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return run(body, title)["title"]


def test_the_sites_name_and_its_latin_brand_close_title() -> None:
    """三立新聞網's ``标题 | 科技 | 三立新聞網 SETN.COM``: the name and its address both the site's."""
    title = "<title>聯想推3款AI筆電 瞄準創作者打造專屬軟體 | 科技 | 三立新聞網 SETN.COM</title>"
    head = title + "<meta property='og:site_name' content='三立新聞網'>"
    assert title_only(head) == "聯想推3款AI筆電 瞄準創作者打造專屬軟體"


def test_a_latin_word_after_a_segment_that_is_not_the_sites_name_stays() -> None:
    """``标题 | 三立 iPhone``: the segment opens with no site name, so it is kept."""
    title = "<title>聯想推3款AI筆電 瞄準創作者打造專屬軟體 | 新品 iPhone</title>"
    head = title + "<meta property='og:site_name' content='三立新聞網'>"
    assert title_only(head) == "聯想推3款AI筆電 瞄準創作者打造專屬軟體 | 新品 iPhone"


def test_the_trail_bars_reading_now_word_is_no_word_of_the_headline() -> None:
    """光明网's bar ``正在阅读： 标题`` over the meta line, the headline shown nowhere else."""
    bar = "<div class='m-con-info'>正在阅读： 中国“太空养鱼”项目进展顺利 “鱼航员”状态良好</div>"
    title = "<title>中国“太空养鱼”项目进展顺利 “鱼航员”状态良好 _光明网</title>"
    assert title_only(title, bar) == "中国“太空养鱼”项目进展顺利 “鱼航员”状态良好"
    # a line that goes on past the headline keeps its words
    bar = (
        "<div class='m-con-info'>正在阅读： 中国“太空养鱼”项目进展顺利 “鱼航员”状态良好 图集</div>"
    )
    assert title_only(title, bar) == "正在阅读： 中国“太空养鱼”项目进展顺利 “鱼航员”状态良好 图集"


# ------------------------------------------------------------ a bare <title> said again over the text
BARE = "<title>西藏阿里公路养护人与路相伴：我们都是追梦人</title>"


def bare(head: str, title: str = BARE) -> str | None:
    body = (
        f"<div class='side'><h1>相关阅读</h1><ul><li><a href='/1'>养护工人过春节</a></li></ul></div>"
        f"<div class='main'>{head}<div class='text'><p>{PROSE}</p><p>{PROSE}</p>"
        "<p>2019-02-24 中国青年网 作者：阿旺扎西</p></div></div>"
    )
    return run(body, title)["title"]


def test_a_plain_line_over_the_text_that_is_all_of_a_bare_title_is_the_headline() -> None:
    """chinahighway: the headline in a ``<dt>``, the date line under the text, a sidebar's h1."""
    head = "<dl><dt>西藏阿里公路养护人与路相伴：我们都是追梦人</dt></dl>"
    assert bare(head) == "西藏阿里公路养护人与路相伴：我们都是追梦人"


def test_a_bare_title_that_names_the_site_says_nothing_of_the_headline() -> None:
    """A bare <title> that is the site's name, its logo's line over the text: the h1 stays."""
    head = "<div>山东企业信息网</div>"
    title = "<title>山东企业信息网</title><meta property='og:site_name' content='山东企业信息网'>"
    assert bare(head, title) == "相关阅读"


# ------------------------------------------------------------ a date label after another item
def meta_line(meta: str) -> str | None:
    body = f"<div class='main'>{H1}{meta}<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    return run(body, TITLE)["published_at"]


def test_an_event_word_closing_the_item_before_is_no_event_label() -> None:
    """hneia's ``分类：联盟活动  时间：DATE``: 活动 ends the category's value, two blanks part the
    items, so 时间 labels the post's date, not an activity's."""
    meta = "<p class='postmeta'>分类：联盟活动&nbsp;&nbsp;时间：2017-08-28 15:31:44</p>"
    assert meta_line(meta) == "2017-08-28T15:31:44+08:00"


def test_an_event_word_glued_to_the_label_still_names_an_event() -> None:
    """``活动时间：DATE`` and ``活动 时间：DATE`` date the activity, not the post."""
    assert meta_line("<p>活动时间：2017-09-01 来源：联盟</p>") is None
    assert meta_line("<p>活动 时间：2017-09-01 来源：联盟</p>") is None


def test_an_english_comment_count_after_a_han_bar_is_a_control() -> None:
    """iiaulab's line with 丨 between its items (a word character to a regex's ``\\w``): the
    count and the post it names are the line's control, not its words."""
    norm = "2021年1月10日丨0 Feedbacks on “IIAU蝉联四年VOT冠军”丨by iiau"
    m = DATE_RE.search(norm)
    assert without_controls(norm, m) == "2021年1月10日  iiau"


# ------------------------------------------------------------ a column's heading over the date line
def column(heading: str, menu: str = "<li><a href='/news/'>新闻资讯</a></li>") -> str | None:
    body = (
        f"<ul class='nav'><li><a href='/'>首页</a></li>{menu}</ul>{heading}"
        "<div class='info'>发布日期:2014-06-23 15:25:05</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    return run(body, "<title>【转载】瓷砖市场趋势探析 釉面砖抛光砖成时尚</title>")["title"]


def test_a_columns_heading_over_the_date_line_yields_to_a_bare_title() -> None:
    """hudsonhome: ``<h2>新闻资讯</h2>`` (its menu links it) over the date line, the headline
    shown only in a bare <title>."""
    assert column("<h2>新闻资讯</h2>") == "【转载】瓷砖市场趋势探析 釉面砖抛光砖成时尚"


def test_a_short_heading_no_link_names_stays_the_title() -> None:
    """The same h2 that no menu item names: a short headline of its own, kept."""
    assert column("<h2>新闻资讯</h2>", menu="<li><a href='/about/'>关于我们</a></li>") == "新闻资讯"
