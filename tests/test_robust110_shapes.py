"""Title, published and category on other CMSs' markup of dev pages' own spots (robust110).

Each page is small and written here; the values asserted are what a reader of the page takes
from it, with a negative neighbour for each shape.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

H1 = "<h1>秦瑶：一名本科生的科研故事</h1>"
TEXT = f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p></div>"
TITLE = "<title>秦瑶：一名本科生的科研故事 – IIAU-LAB</title>"


def published(meta: str, under: bool = False) -> str | None:
    body = (
        f"<article>{H1}{TEXT}{meta}</article>" if under else f"<article>{meta}{H1}{TEXT}</article>"
    )
    return run(body, TITLE)["published_at"]


# ------------------------------------------------------------ an English comment count on the line
@pytest.mark.parametrize(
    "meta",
    [
        # a WordPress theme's meta line printed as text (iiaulab's, its spans gone)
        "<div class='entry-meta'>2015年4月29日 | 0 Feedbacks on “秦瑶：一名本科生的科研故事” | by iiau</div>",
        "<div class='entry-meta'>2015年4月29日 | 0 Feedbacks | by iiau</div>",
        "<div>by iiau  12 Comments  2015年4月29日</div>",
        "<ul><li>2015年4月29日  3 Responses  by iiau</li></ul>",
        # the comment count a link naming the post, the writer a short link
        "<div>2015年4月29日  <a href='#c'>0 Feedbacks on “秦瑶：一名本科生的科研故事”</a>"
        "  <a href='/author/iiau/'>by iiau</a></div>",
    ],
)
def test_an_english_comment_count_is_no_word_of_the_date_line(meta: str) -> None:
    assert published(meta) == "2015-04-29"


def test_a_sentence_with_comments_in_it_stays_no_date_line() -> None:
    """Words around the count (a sentence naming comments) still make the line too long."""
    assert published("<p>2015年4月29日 | 发表了12篇论文和3 Comments on the review</p>") is None


def test_a_long_link_of_another_story_beside_the_date_stays_a_list_row() -> None:
    """A long link that is no comment count (another story's headline) is no date line's word."""
    meta = "<div>2015年4月29日  <a href='/p/9/'>大连理工大学蝉联国际视觉跟踪竞赛冠军桂冠</a></div>"
    assert published(meta) is None


# ------------------------------------------------------------ an event's 时间 line over 地点
EVENT = (
    "<div class='content'><p>主讲：王辉耀 博士</p>"
    "<p>时间：2010 年11 月21 日 (星期日) ，<br>下午4 时至6 时<br>地点：美国纽约哥伦比亚大学报告厅<br>"
    "主办：中国旅美科技协会</p>"
    f"<p>{PROSE}</p><p>{PROSE}</p>"
)
OWN_LINE = "<div class='info'>时间:2013-07-13 07:17 来源:未知 作者:Sinan 点击: 次</div>"


def test_an_events_time_over_its_place_is_not_the_pages_date_under_the_text() -> None:
    """cuasia's DedeCMS event page with its own line moved under the text: the talk's 时间
    (its hours and 地点 on the next lines of the same ``<p>``) is the event's day, the page's
    line under the text dates the page."""
    body = f"<h2>转变中的中国</h2>{EVENT}{OWN_LINE}</div>"
    assert run(body, "<title>转变中的中国</title>")["published_at"] == "2013-07-13T07:17:00+08:00"


def test_the_own_line_over_the_text_still_wins_over_the_event() -> None:
    body = f"<h2>转变中的中国</h2>{OWN_LINE}{EVENT}</div>"
    assert run(body, "<title>转变中的中国</title>")["published_at"] == "2013-07-13T07:17:00+08:00"


def test_a_bare_time_line_with_no_place_stays_a_date_line() -> None:
    """A 时间 line whose ``<p>`` goes on with no place label is still a date line of the page."""
    body = (
        f"<h2>转变中的中国</h2><p>时间：2013-07-13<br>作者：Sinan</p><p>{PROSE}</p><p>{PROSE}</p>"
    )
    assert run(body, "<title>转变中的中国</title>")["published_at"] == "2013-07-13"


# ------------------------------------------------------------ a plain headline under a column heading
NAV = "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/news/'>最新资讯</a></li></ul>"


def column_page(headline: str, nav: str = NAV) -> dict:
    body = (
        f"{nav}<div class='banner'><h1>最新资讯</h1></div>{headline}"
        f"<div align='right'><span>2015-08-24 10:00</span></div><div class='text'><p>{PROSE}</p>"
        f"<p>{PROSE}</p></div>"
    )
    return run(body, "<title>最新资讯</title>")


@pytest.mark.parametrize(
    "line",
    [
        "<div>喜讯：丁兴号教授获得国家自然科学基金面上项目！</div>",
        "<p>喜讯：丁兴号教授获得国家自然科学基金面上项目！</p>",
        "<div class='t_1'>喜讯：丁兴号教授获得国家自然科学基金面上项目！</div>",
    ],
)
def test_a_plain_line_under_a_column_heading_over_the_date_is_the_headline(line: str) -> None:
    """xmusmartdsp's headline printed as a plain line under the banner's ``<h1>最新资讯</h1>``
    (``<title>`` the column alone)."""
    assert column_page(line)["title"] == "喜讯：丁兴号教授获得国家自然科学基金面上项目！"


@pytest.mark.parametrize(
    "line", ["<div>作者：丁兴号</div>", "<div><a href='/news/'>更多最新资讯</a></div>"]
)
def test_a_label_or_link_line_under_a_column_heading_is_no_headline(line: str) -> None:
    assert column_page(line)["title"] == "最新资讯"


def test_a_plain_line_under_a_heading_no_menu_names_is_a_deck() -> None:
    """With nothing on the page naming the heading a column, the short heading stays the
    headline over a deck line (tmpl94's neighbour)."""
    out = column_page("<div>喜讯：丁兴号教授获得国家自然科学基金面上项目！</div>", nav="")
    assert out["title"] == "最新资讯"


# ------------------------------------------------------------ a <time> whose text runs into the next one
def wp_meta(shown: str) -> str:
    return (
        "<div class='entry-meta'><span class='posted-on'><a href='/2021/01/10/vot/'>"
        f"<time class='entry-date published' datetime='2021-01-10T16:00:00+08:00'>{shown}</time>"
        "<time class='updated' datetime='2022-06-12T13:53:13+08:00'>2022年6月12日</time></a></span>"
        "<span class='byline'> by <a href='/author/iiau/'>iiau</a></span></div>"
    )


@pytest.mark.parametrize("shown", ["2021.01.10", "2021/1/10", "2021年1月10日"])
def test_a_published_time_glued_to_the_hidden_update_time_shows_its_day(shown: str) -> None:
    """WordPress's published ``<time>`` then the updated one its theme hides, no blank between:
    the block reads ``2021.01.102022年6月12日``, but the element itself shows the day."""
    assert published(wp_meta(shown)) == "2021-01-10"


def test_a_time_showing_a_relative_age_still_gives_no_day() -> None:
    """The element's own text is read as shown: ``2周前`` names no day (LABELLING.md)."""
    assert published(wp_meta("2周前")) is None


# ------------------------------------------------------------ a branch of the site closing <title>
def title_only(html_title: str, site: str) -> str | None:
    head = f"<title>{html_title}</title><meta property='og:site_name' content='{site}'>"
    body = f"<div class='info'>发布时间：2020-12-12 14:14:49</div><div class='text'><p>{PROSE}</p></div>"
    return run(body, head)["title"]


@pytest.mark.parametrize(
    ("html_title", "site", "want"),
    [
        # cqdd.cn: the branch campus, then the system's own name, both after bare hyphens
        (
            "我校学生开展志愿服务进社区活动-重庆市合川广播电视大学-重庆广播电视大学",
            "重庆广播电视大学",
            "我校学生开展志愿服务进社区活动",
        ),
        (
            "关于印发工作要点的通知-海淀区人民政府-北京市人民政府",
            "北京市人民政府",
            "关于印发工作要点的通知",
        ),
        # neighbours: a segment ending otherwise than the site stays (another paper's name, a
        # model number in the headline)
        ("两会代表热议新质生产力-经济日报-科技日报", "科技日报", "两会代表热议新质生产力-经济日报"),
        ("OpenAI发布GPT-4-turbo模型-科技日报", "科技日报", "OpenAI发布GPT-4-turbo模型"),
    ],
)
def test_a_branch_of_the_site_closing_the_title_goes_with_the_site(
    html_title: str, site: str, want: str
) -> None:
    assert title_only(html_title, site) == want


# ------------------------------------------------------------ trails parted by slashes
def category(trail: str) -> str | None:
    body = (
        f"{trail}<h1>玻璃钢生产企业进展战略</h1><div class='info'>2012-08-28 11:19</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    return run(body, "<title>玻璃钢生产企业进展战略</title>")["category"]


def test_bare_slashes_between_a_labelled_trails_links_part_its_items() -> None:
    """baywatch's DedeCMS trail with ``/`` for its arrows, a ``>`` before 正文."""
    trail = (
        "<div class='pub'><span>当前位置：</span><a href='/'>中文期刊网</a>/<a href='/lw/'>论文资料</a>/"
        "<a href='/lw/jj/'>经济论文</a>/<a href='/lw/jj/hy/'>行业经济</a> &gt;  正文</div>"
    )
    assert category(trail) == "论文资料 > 经济论文 > 行业经济"


def test_a_slash_inside_one_link_stays_in_its_item() -> None:
    trail = (
        "<div class='pub'>当前位置：<a href='/'>首页</a> &gt; <a href='/zc/'>政策/法规</a>"
        " &gt; 正文</div>"
    )
    assert category(trail) == "政策/法规"


def test_an_unlabelled_slash_trail_closing_with_its_kind_is_a_trail() -> None:
    """visitxm's Discuz portal: ``首页 / 活动资讯 / 正文`` with each slash in an ``<em>``."""
    trail = "<div class='z'><a href='/'>首页</a> <em>/</em><a href='/hd/'>活动资讯</a> <em>/</em> 正文</div>"
    assert category(trail) == "活动资讯"


def test_a_chinese_aria_label_naming_the_path_marks_a_trail() -> None:
    """A Hanweb box ``aria-label="栏目路径"`` whose items spaced slashes part, from 首页."""
    trail = (
        "<div class='gk_pos' aria-label='栏目路径'><span><a href='/index.html'>首页</a> / "
        "<i>蜀山区审计局</i> <i> / </i> <a href='/col/1'>监督保障</a> <i> / </i> "
        "<a href='/col/2'>专项工作</a></span></div>"
    )
    assert category(trail) == "蜀山区审计局 > 监督保障 > 专项工作"


# ------------------------------------------------------------ a home trail line is no headline
def ccdi_page(line: str, html_title: str) -> dict:
    body = (
        f"<div class='loc'><span>{line}</span></div><div class='art'><h3 class='daty'>"
        "<em>来源：中央纪委国家监委网站</em> <em>发布时间：2023-06-10 07:00</em></h3>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return run(body, f"<title>{html_title}</title>")


def test_a_home_trail_over_the_meta_line_is_no_headline() -> None:
    """ccdi with its headline shown only in ``<title>`` (a run of four dashes before the column,
    read as two separators around an empty segment): the trail ``首页 > 要闻`` over the 来源 line
    is no headline; ``<title>`` gives it."""
    out = ccdi_page(
        "<a href='../../'>首页</a> &gt; 要闻",
        "青海快查快处党员干部公职人员违规吃喝问题线索————要闻——中央纪委国家监委网站",
    )
    assert out["title"] == "青海快查快处党员干部公职人员违规吃喝问题线索"


def test_a_line_with_an_arrow_not_from_home_may_be_the_headline() -> None:
    out = ccdi_page("收入>支出？青海查处违规吃喝问题", "收入>支出？青海查处违规吃喝问题——要闻")
    assert out["title"] == "收入>支出？青海查处违规吃喝问题"
