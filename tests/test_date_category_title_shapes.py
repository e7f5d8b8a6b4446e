"""Date, category and title shapes met on real pages nobody here labelled, each written small.

Every case is a minimal page (or date string) in the shape a real site uses, named in the test,
with the exact value the extractor must give; each failed on the code before its rule.
"""

from __future__ import annotations

import pytest
from page_shapes import FETCHED, PROSE, run

from incubator_crawler.article.published import parse_cn_date


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("发布时间：24-03-05 10:20", "2024-03-05T10:20:00+08:00"),
        ("时间：24.3.5", "2024-03-05"),
        ("发布日期：99-12-31", "1999-12-31"),
    ],
)
def test_a_two_digit_year_after_a_label(raw: str, value: str) -> None:
    """After a date label, ``YY-MM-DD`` is year, month, day (this century unless in the future)."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value


@pytest.mark.parametrize("raw", ["发布时间：27-01-01", "发布时间：24-13-05", "05-03-24"])
def test_a_two_digit_year_that_names_no_day(raw: str) -> None:
    """Before the web, an impossible month, or no label: no date."""
    assert parse_cn_date(raw, FETCHED) is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # PTT's header row (時間 in a span of its own, then C's asctime)
        ("時間Wed Jul 12 00:32:12 2017", "2017-07-12T00:32:12+08:00"),
        ("時間：Wed Jul 12 00:32:12 2017", "2017-07-12T00:32:12+08:00"),
        # a month name after a Chinese label, the line's other labels after it
        ("发布时间：March 5, 2024 来源：新华网", "2024-03-05"),
        ("日期: 12 March 2024", "2024-03-12"),
    ],
)
def test_a_month_name_date_after_a_label(raw: str, value: str) -> None:
    """A labelled date written with a month name is read, not only a bare one."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value


TITLE = "园区举办创新创业大赛决赛"
HOME, NEWS, LEAF = (
    "<a href='/'>首页</a>", "<a href='/news/'>新闻中心</a>", "<a href='/news/gq/'>园区动态</a>",
)  # fmt: skip


def trail_page(trail: str) -> dict:
    """A news page whose breadcrumb is ``trail``, right above the headline."""
    return run(
        "<div><a href='/'>网站首页</a> <a href='/about/'>关于我们</a> <a href='/c/'>联系我们</a></div>"
        f"{trail}<h1>{TITLE}</h1><div>发布时间：2024-03-05 来源：园区管委会</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}_园区网</title>",
        url="http://www.park.cn/news/gq/2024/0305/1.html",
    )


@pytest.mark.parametrize(
    "trail",
    [
        # ASCII arrows drawn with a shaft: the shaft is part of the separator
        f"<div>{HOME} -&gt; {NEWS} -&gt; {LEAF}</div>",
        f"<div>当前位置：{HOME}-&gt;{NEWS}-&gt;{LEAF}</div>",
        f"<div>{HOME} =&gt; {NEWS} =&gt; {LEAF}</div>",
        f"<div>{HOME} --&gt; {NEWS} --&gt; {LEAF}</div>",
        # a labelled trail without arrows: bars, middle dots, 》 or :: part its items
        f"<div>当前位置：{HOME} | {NEWS} | {LEAF}</div>",
        f"<div>当前位置：{HOME} · {NEWS} · {LEAF}</div>",
        f"<div>当前位置：{HOME} 》 {NEWS} 》 {LEAF}</div>",
        f"<div>当前位置：{HOME}》{NEWS}》{LEAF}</div>",
        f"<div>当前位置：{HOME} :: {NEWS} :: {LEAF}</div>",
        # separator images between the links cut the trail into one-link blocks
        f"<div>{HOME}<img src='/arrow.gif'>{NEWS}<img src='/arrow.gif'>{LEAF}</div>",
        # dashes part the items, an arrow leads only to 正文 (fjsen, hexun, taiwan.cn)
        f"<div>您所在的位置：<a href='/'>园区网</a>-{NEWS}-{LEAF} &gt; 正文</div>",
        f"<div>{HOME} - {NEWS} - {LEAF} &gt; 正文</div>",
        # a label, then links side by side, separators drawn by CSS
        f"<div>您的位置：<span>{HOME}</span><span>{NEWS}</span><span>{LEAF}</span></div>",
        f"<div><span>当前位置：</span><ul><li>{HOME}</li><li>{NEWS}</li><li>{LEAF}</li></ul></div>",
    ],
)
def test_trail_separators(trail: str) -> None:
    """Each trail gives the category path without the home item."""
    assert trail_page(trail)["category"] == "新闻中心 > 园区动态"


@pytest.mark.parametrize(
    "trail",
    [
        # a slash or a dash alone between links, with or without spaces
        f"<div>{HOME}/{NEWS}/{LEAF}</div>",
        f"<div>{HOME}-{NEWS}-{LEAF}</div>",
        f"<div>{HOME}<span>/</span>{NEWS}<span>/</span>{LEAF}</div>",
        # the page's 正文 after the last glyph, unlinked
        f"<div>{HOME} / {NEWS} / {LEAF} / <span>正文</span></div>",
        # a link floated before the trail (an RSS button) is no item of it
        f"<div><span><a href='/rss.xml'>订阅RSS</a></span> {HOME}/{NEWS}/{LEAF}</div>",
        # the title after the last separator, labelled trails with any separator
        f"<div>当前位置：{HOME}/{NEWS}/{LEAF}/{TITLE}</div>",
        f"<div>当前位置：{HOME} - {NEWS} - {LEAF} - {TITLE}</div>",
        f"<div>当前位置：{HOME}＞{NEWS}＞{LEAF}＞{TITLE}</div>",
    ],
)
def test_trail_links_parted_by_a_slash_or_a_dash(trail: str) -> None:
    """The glyph between two links parts the items, however the text around it reads."""
    assert trail_page(trail)["category"] == "新闻中心 > 园区动态"


ZONE, CHANNEL = "<a href='/zone/2/'>新闻中心</a>", "<a href='/channel/447/'>园区动态</a>"


@pytest.mark.parametrize(
    "trail",
    [
        # no separators, no label, no home item, the links' paths not nested: the list's items
        # are marked crumbs
        f"<nav><ol><li class='crumb__item'>{ZONE}</li><li class='crumb__item'>{CHANNEL}</li></ol>"
        "</nav>",
        f"<ul><li class='bread-item'><span>{ZONE}</span></li><li class='bread-item'>{CHANNEL}</li>"
        "</ul>",
        # the list marked as a whole
        f"<nav aria-label='breadcrumb'><ol><li>{ZONE}</li><li>{CHANNEL}</li></ol></nav>",
    ],
)
def test_a_list_marked_as_a_breadcrumb_without_separators(trail: str) -> None:
    """A list whose markup names it (or each of its items) a breadcrumb is a trail."""
    assert trail_page(trail)["category"] == "新闻中心 > 园区动态"


def test_a_dash_between_links_parts_a_leaf_that_opens_with_a_digit() -> None:
    """``首页-资讯-5G园区``: in text the dash would join 资讯 and 5G; between links it parts them."""
    trail = f"<div>{HOME}-{NEWS}-<a href='/news/5g/'>5G园区</a></div>"
    assert trail_page(trail)["category"] == "新闻中心 > 5G园区"


def test_a_trail_ending_in_a_title_that_holds_a_separator() -> None:
    """A headline with a column in angle brackets (``〈园区观察〉…``) closing the trail: the
    title's own 〉 is no separator, so the whole title goes and the leaf stays."""
    headline = f"〈园区观察〉{TITLE}"
    rec = run(
        f"<div>{HOME} &gt; {NEWS} &gt; {LEAF} &gt; {headline}</div><h1>{headline}</h1>"
        f"<div>发布时间：2024-03-05</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{headline}_园区网</title>",
    )
    assert rec["category"] == "新闻中心 > 园区动态"


def test_two_links_parted_by_a_slash_right_above_the_title() -> None:
    """A channel and its column over the headline, not from the home page (a trail as
    ``澎湃号 > 政务`` is); the same two links with a dash stay a menu (see
    ``test_trail_shapes_dash_and_cut_title``)."""
    trail = "<div><a href='/channel_1'>园区号</a>/<a href='/gov_2'>高新区发布</a></div>"
    assert trail_page(trail)["category"] == "园区号 > 高新区发布"


LANGUAGES = "<a href='/'>中文</a>/<a href='/en/'>English</a>"


def test_a_language_switch_far_above_the_title_is_no_trail() -> None:
    """``中文/English`` in the top bar, the menu between it and the headline, and a trail its
    markup names (separators drawn by CSS) right above the headline: the trail is the category."""
    menu = "".join(f"<li><a href='/c{i}/'>栏目{i}</a></li>" for i in range(8))
    rec = run(
        f"<div class='top'>{LANGUAGES}</div><ul>{menu}</ul>"
        f"<div class='crumb'><span>{HOME}</span><span>{NEWS}</span><span>{LEAF}</span></div>"
        f"<h1>{TITLE}</h1><div>发布时间：2024-03-05</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}_园区网</title>",
    )
    assert rec["category"] == "新闻中心 > 园区动态"


def test_a_slash_between_two_links_of_an_arrowed_trail_joins_one_item() -> None:
    """Where arrows part the trail, a slash between two links is inside an item (政策/法规)."""
    trail = f"<div>当前位置：{HOME} &gt; {NEWS} &gt; <a href='/zc/'>政策</a>/<a href='/fg/'>法规</a></div>"
    assert trail_page(trail)["category"] == "新闻中心 > 政策/法规"


def test_a_bar_line_without_a_label_is_a_menu() -> None:
    """Unlabelled, links parted by bars are the site's menu, not a trail."""
    assert trail_page(f"<div>{HOME} | {NEWS} | {LEAF}</div>")["category"] is None


@pytest.mark.parametrize(
    "line",
    [
        # Discuz: 发表于 and the exact time in the span's title
        "<div>发表于 <span title='2024-5-13 18:25:18'>3 天前</span></div>",
        # learnku: a tooltip on the link and a title on the span inside it
        "<div>张三 / 187 / <a data-tooltip='2024-05-13 18:25:18'>创建于 <span>1周前</span></a></div>",
        # jQuery timeago: an abbr whose title is the ISO time
        "<div>张三 <abbr class='timeago' title='2024-05-13T18:25:18+08:00'>6个月前</abbr></div>",
    ],
)
def test_the_exact_time_behind_a_relative_one(line: str) -> None:
    """A relative time under the title dates the page by the full date its element keeps."""
    rec = run(f"<h1>{TITLE}</h1>{line}<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert rec["published_at"] == "2024-05-13T18:25:18+08:00"


def test_a_relative_time_alone_names_no_day() -> None:
    """Read long after the page was saved, ``3 天前`` with nothing behind it gives no date."""
    rec = run(f"<h1>{TITLE}</h1><div>发表于 3 天前</div><div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert rec["published_at"] is None


def test_a_section_badge_h1_yields_to_the_headline_og_title_opens() -> None:
    """auone.jp: an h1 badge that <title> holds in its tail, then the headline og:title opens."""
    headline = "减税将于明年六月随奖金一并实施 首相在记者会上宣布"
    rec = run(
        f"<h1>经济·IT</h1><div><h1>{headline}</h1><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>减税明年六月实施|门户网站经济·IT新闻</title>"
        f"<meta property='og:title' content='{headline}|门户网站'>",
    )
    assert rec["title"] == headline


def test_a_blog_date_linked_to_the_entry_itself() -> None:
    """goo blog: the date under the headline links to the entry, as the headline does."""
    post = "http://blog.example.jp/u/e/5d8c31a6"
    rec = run(
        f"<div><h3><a href='{post}'>{TITLE}</a></h3><div><a href='{post}'>2020年07月03日</a>"
        " | <a href='/u/c/hiking'>徒步旅行</a></div></div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE} - 博客</title>",
        url=post,
    )
    assert rec["published_at"] == "2020-07-03"


def test_a_linked_date_of_another_item_is_not_the_page_date() -> None:
    """A linked date under the headline that leads elsewhere (a related item) gives none."""
    rec = run(
        f"<div><h3><a href='/e/1'>{TITLE}</a></h3><div><a href='/e/2'>2020年07月03日 旧文</a>"
        " | <a href='/u/c/hiking'>徒步旅行</a></div></div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE} - 博客</title>",
    )
    assert rec["published_at"] is None


@pytest.mark.parametrize("label", ["发布时间", "发表于"])
def test_a_shown_publish_label_wins_over_one_unbacked_meta(label: str) -> None:
    """baoding.gov.cn relabelled: 发表于 names the publish date as 发布时间 does."""
    rec = run(
        f"<h1>{TITLE}</h1><div>{label}：2021-04-07 信息发布人：管理员</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<meta name='PubDate' content='2021-04-09 10:21'>",
    )
    assert rec["published_at"] == "2021-04-07"


def test_a_control_closing_the_trail_is_no_category() -> None:
    """qingdaonews' header: the trail's links, then a 导航 (menu) button in the same bar."""
    trail = f"<div>{HOME} &gt; {NEWS} &gt; {LEAF} &gt; <a class='set'>导航</a></div>"
    assert trail_page(trail)["category"] == "新闻中心 > 园区动态"


def test_a_banner_repeating_the_h1_with_a_tag_is_not_the_headline() -> None:
    """gztz: ``(资讯)X`` in a banner above the side box's date line, the article's h1 ``X`` below."""
    rec = run(
        "<div id='t'>(资讯)园区召开产业发展座谈会 共话发展</div>"
        "<div class='side'>本站发表: 2014-03-25 19:20<br>点击: 9</div>"
        "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>园区动态</a></div>"
        f"<h1>园区召开产业发展座谈会 共话发展</h1><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>(资讯)园区召开产业发展座谈会 共话发展 - 园区网</title>",
    )
    assert (rec["title"], rec["category"]) == ("园区召开产业发展座谈会 共话发展", "园区动态")


def test_a_page_without_a_title_takes_its_centred_headline() -> None:
    """cnd.org's 华夏文摘 post: no <title>, no heading; the headline is centred by full-width
    spaces, the writer's name between dots under it, the year in the issue line below."""
    rec = run(
        "<div><p>\n\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000泰国人妖\n</p>"
        "<p>\n\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000·江\u3000流·\n</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<p>刊登在 2004 <a href='/x/'>华夏快递</a> kd040308.</p>"
    )
    got = (rec["title"], rec["author"], rec["published_at"], rec["published_precision"])
    assert got == ("泰国人妖", "江流", "2004", "year")
    assert rec["rejected"] is None


def test_a_login_bar_from_the_home_page_is_not_the_trail() -> None:
    """cmt.com.cn: ``网站首页>> 请登录，我要注册！`` above the real trail is a greeting, not a trail."""
    rec = run(
        "<div><p><a href='/'>医学论坛网首页&gt;&gt;</a> 请<a href='/login'>登录</a>，"
        "我要<a href='/reg'>注册</a>！</p></div>"
        "<div><a href='/'>医学论坛网</a> &gt; <a href='/slist/56.html'>卫生管理专区</a>&gt; 文章详情"
        f"</div><h2>{TITLE}</h2><div>来源：半岛晨报 日期：2019-04-04</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["category"] == "卫生管理专区"


def test_a_trail_ending_in_a_title_with_commas_is_still_a_trail() -> None:
    """A trail whose last item is the page's own title keeps its commas and stays a trail."""
    title = "园区举办创业沙龙，吸引百家企业！"
    rec = run(
        f"<div><a href='/'>首页</a> &gt; <a href='/news/'>园区动态</a> &gt; {title}</div>"
        f"<h1>{title}</h1><div>日期：2019-04-04</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{title}</title>",
    )
    assert rec["category"] == "园区动态"


def test_a_headline_in_a_plain_div_over_the_meta_line_is_not_the_text() -> None:
    """A crawl fragment with no <title>: the headline is a plain ``<div>`` in the text's box,
    right above the meta line; the text starts after the meta line, not at the headline."""
    headline = "园区开源新一代孵化服务平台：百家企业入驻，服务效率与同类平台相当"
    rec = run(
        "<ul><li><a href='/'>首页</a></li><li><a href='/news/'>资讯</a></li></ul>"
        f"<div class='main'><div>{headline}</div>"
        "<div><a href='/u/1'>西风</a> 2024-03-05 12:24:37 来源：园区网</div>"
        f"<p>{PROSE}</p><p>{PROSE}</p><h1>平台首批入驻企业名单</h1><p>{PROSE}</p></div>"
    )
    assert (rec["title"], rec["published_at"]) == (headline, "2024-03-05T12:24:37+08:00")


def test_a_title_tag_that_names_the_column_says_nothing_of_the_headline() -> None:
    """<title> is the column's name (a menu link's text), not the story's: the plain line
    right above the meta line is the headline."""
    rec = run(
        "<ul><li><a href='/a/'>党团工会</a></li><li><a href='/a/b/'>分会及工委活动</a></li></ul>"
        f"<div>{HOME} &gt; {NEWS} &gt; <a href='/a/b/'>分会及工委活动</a></div>"
        f"<div>{TITLE}</div><div>来源：园区工会</div><div>编辑：张三 时间：2024-03-05</div>"
        f"<p>{PROSE}</p><p>{PROSE}</p>",
        "<title>分会及工委活动 - 党团工会 - 园区管委会</title>",
    )
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    "line",
    [
        # a blog's bar: the writer, the date, then counters and buttons (over 40 characters)
        "<a href='/u/7'>园区小编</a> 于 2024-05-06 15:47:53 发布 阅读量1.3w 收藏 98 点赞数 40",
        "园区小编 | 于 2024-05-06 15:47:53 发布 | 阅读量1.3w | 收藏 | 98 | 点赞数 | 40",
        # the counters first
        "浏览次数：123 点赞数 40 2024-05-06 15:47:53",
        "2024-05-06 15:47:53 字号：大 中 小 【打印】【关闭】 分享到：",
    ],
)
def test_page_controls_beside_the_date_are_no_words_of_its_line(line: str) -> None:
    """A recommended item's date line sits above the post's own, whose counters, font-size,
    print and share controls made it too long to read as a date line."""
    rec = run(
        f"<h1>{TITLE}</h1><div class='up'>最新推荐文章于 2024-09-04 17:53:10 发布</div>"
        f"<div class='bar'>{line}</div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert rec["published_at"] == "2024-05-06T15:47:53+08:00"


def test_a_bare_date_after_the_text_with_a_report_button() -> None:
    """The only date is a line of its own under the text, report and share buttons beside it."""
    rec = run(
        f"<h1>{TITLE}</h1><div><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='action'>2019-09-08 11:42:03 举报 分享到：微博 微信</div>"
    )
    assert rec["published_at"] == "2019-09-08T11:42:03+08:00"


def test_a_like_button_after_the_source_is_no_part_of_it() -> None:
    """点赞 closes the source's value as 评论 and 分享 do (one list of page controls)."""
    rec = run(
        f"<h1>{TITLE}</h1><div>2024-03-05 来源：园区网 点赞 12</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert rec["source"] == "园区网"


@pytest.mark.parametrize(
    "path",
    [
        "/c/2024-04-24/doc-inasxyzw1234567.shtml",  # a day folder with dashes
        "/gn/2024/04-24/10203.shtml",  # year folder, then month-day
        "/a/202404/24/WS66281234a310df4030f5a1b2.html",  # a day folder under the month's
        "/rain/a/20240424A01ABC00",  # eight digits, then the item's letters
        "/news/park_2024_04_24.html",  # underscores in the file name
    ],
)
def test_the_day_an_address_names(path: str) -> None:
    """A page without a date line takes its address's day, in the shapes htmldate reads too,
    when its text shows that day; a day only the address carries is no date (LABELLING.md)."""
    url = f"http://www.example.cn{path}"
    shown = "<p>据了解，园区于2024年4月24日举行了年度总结会，各企业代表参加。</p>"
    assert run(f"<h1>{TITLE}</h1><div><p>{PROSE}</p>{shown}</div>", url=url)["published_at"] == (
        "2024-04-24"
    )
    assert run(f"<h1>{TITLE}</h1><div><p>{PROSE}</p></div>", url=url)["published_at"] is None


def test_a_yearless_time_on_the_day_a_day_folder_names() -> None:
    """``07-17 10:39`` under the headline is the date line when the address's day folder under
    its month folder says July 17 (one reading of the address's day for the date and the line)."""
    rec = run(
        f"<h1>{TITLE}</h1><div>韋人匕07-17 10:39 体坛+原创</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        url="http://www.example.cn/a/201907/17/WS66281234.html",
    )
    assert (rec["source"], rec["published_at"]) == ("体坛+原创", "2019-07-17")


def test_the_publish_date_of_a_web_page_s_main_entity() -> None:
    """JSON-LD that describes the page as a WebPage with the article as its mainEntity: the
    article's datePublished dates the page, which shows the day only after the text."""
    ld = (
        '{"@context": "https://schema.org", "@type": "WebPage", "name": "园区网",'
        ' "mainEntity": {"@type": "NewsArticle", "datePublished": "2024-04-24T09:30:00+08:00"}}'
    )
    rec = run(
        f"<h1>{TITLE}</h1><div><p>{PROSE}</p></div><div>2024-04-24</div>",
        f"<script type='application/ld+json'>{ld}</script>",
    )
    assert rec["published_at"] == "2024-04-24T09:30:00+08:00"


def test_the_time_on_the_headline_line_beats_the_header_clock() -> None:
    """ftv: the header prints the day of saving (``2024/03/13 星期三 │加入最愛``); the headline
    links to itself with the story's time right after it on one line, under a trail that ends
    in its separator."""
    rec = run(
        "<div><span>2024/03/13 星期三</span> │<a href='#'>加入最愛</a>│<a href='/m'>手機版</a></div>"
        "<div><a href='/'>首頁</a> &gt; <a href='/life/'>生活新聞</a> &gt; </div>"
        f"<div><a href='#' class='videotitle'><span>{TITLE}</span></a>"
        "<span class='ndate'>2024/3/1 18:13</span><hr><div><img src='/v.jpg'></div></div>"
        f"<div class='newsdes'><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
        url="http://news.example.tw/NewsContent.aspx?sno=2024C01L08M1",
    )
    assert rec["published_at"] == "2024-03-01T18:13:00+08:00"
    assert rec["title"] == TITLE
    assert rec["category"] == "生活新聞"


def test_a_bare_date_opening_the_text_box_is_the_date_line() -> None:
    """ltn: the time is a <span> inside the text's box, before its first <p>; it dates the
    page and is no paragraph of the text."""
    rec = run(
        f"<h1>{TITLE}</h1><div class='share'><span>字體</span>|<span>列印</span></div>"
        f"<div id='newstext'><span>2024-03-05&nbsp;&nbsp;12:30</span><p>{PROSE}</p>"
        f"<p>会后，{PROSE}</p></div>",
        f"<title>{TITLE} - 財經 - 園區報</title>",
    )
    assert rec["published_at"] == "2024-03-05T12:30:00+08:00"
    assert rec["body"] == f"{PROSE}\n\n会后，{PROSE}"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2024.03.05 01:06 pm", "2024-03-05T13:06:00+08:00"),
        ("2024-03-05 12:30 am", "2024-03-05T00:30:00+08:00"),
        ("2024-03-05 12:30 PM", "2024-03-05T12:30:00+08:00"),
        ("发布时间：2024/3/5 11:06 a.m. 来源：园区网", "2024-03-05T11:06:00+08:00"),
        # a word that opens with the letters is no marker
        ("2024-03-05 01:06 Amsterdam", "2024-03-05T01:06:00+08:00"),
    ],
)
def test_a_twelve_hour_clock_with_am_or_pm_after_the_time(raw: str, value: str) -> None:
    """udn prints ``2014.12.13 01:06 pm``: the afternoon's hour, not the night's."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value


def test_the_pm_marker_stays_with_the_date_line() -> None:
    """The meta line keeps the marker with the time it belongs to (udn's date line)."""
    rec = run(
        f"<h1>{TITLE}</h1><div>2024.03.05 01:06 pm</div><div><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == "2024-03-05T13:06:00+08:00"


def test_a_z_time_whose_wall_clock_the_date_line_shows_is_kept_as_written() -> None:
    """ltn 2018: ``pubdate`` puts ``Z`` on the site's local time; the date line under the lead
    picture and its caption shows that wall clock. The shown hour stands, and the date line is
    no paragraph of the text. At the precision shown (audit105): the line shows the minute, so
    the machine's seconds go, as twnews-ltn-2504351's dev label (minute) has it."""
    rec = run(
        f"<h1>{TITLE}</h1><div class='text'><div class='photo'><img src='/p.jpg'>"
        "<p>园区大楼位在高新路一带。（图为资料照）</p></div>"
        f"<span class='viewtime'>2024-03-05 08:19</span><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        f"<title>{TITLE} - 生活 - 園區報</title>"
        "<meta name='pubdate' content='2024-03-05T08:19:35Z'>",
    )
    assert (rec["published_at"], rec["published_precision"]) == (
        "2024-03-05T08:19:00+08:00",
        "minute",
    )
    assert rec["body"] == f"园区大楼位在高新路一带。（图为资料照）\n\n{PROSE}\n\n会后，{PROSE}"


def test_a_z_time_the_page_shows_in_beijing_time_is_converted() -> None:
    """A date line showing the converted hour (sspai's shape): ``Z`` is UTC, as before."""
    rec = run(
        f"<h1>{TITLE}</h1><div>2024-03-05 16:19</div><div><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title><meta name='pubdate' content='2024-03-05T08:19:35Z'>",
    )
    assert rec["published_at"] == "2024-03-05T16:19:35+08:00"


def test_a_date_whose_parts_link_to_their_archives() -> None:
    """nownews: year, month and day each link to their archive, the time is plain text; the
    line dates the story (it is no list of links)."""
    rec = run(
        f"<h1>{TITLE}</h1><div id='reporter_info'><a href='/s/x'><h2>园区网</h2></a>"
        "<p><a href='/n/2024'>2024年</a> <a href='/n/2024/03'>03月</a> "
        "<a href='/n/2024/03/05'>05日</a>&nbsp; 19:21</p></div>"
        f"<div class='story'><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
        url="http://www.example.tw/n/2024/03/05/1529819",
    )
    assert rec["published_at"] == "2024-03-05T19:21:00+08:00"


@pytest.mark.parametrize(
    ("url", "line", "pubdate", "expected"),
    [
        # a 信息公开 box's only date, in the address's month; PubDate rewritten months later
        ("http://www.example.gov.cn/tjsj/202305/7215.shtml", "生成日期：2023-05-11",
         "2023-08-16 10:33:59", "2023-05-11"),
        # the folder in PubDate's month is no second witness against a 发文日期 line
        ("http://www.example.gov.cn/tjsj/202305/7215.shtml", "发文日期：2023-04-18",
         "2023-05-16 12:34:05", "2023-04-18"),
        # a 日期 standing as a word of its own is shown as the item's date whatever the folder says
        # (LABELLING.md corpus22: a hidden PubDate that differs from the shown date is not used;
        # gaps82: the machine date stood)
        ("http://www.example.gov.cn/tjsj/202305/7215.shtml", "日期：2020-01-18",
         "2023-05-16 12:34:05", "2020-01-18"),
        # no month folder: the box's only date is shown and beats the hidden PubDate all the
        # same (the lead's gaps98 decision; before it the machine date stood)
        ("http://www.example.gov.cn/tjsj/7215.shtml", "生成日期：2023-05-11",
         "2023-08-16 10:33:59", "2023-05-11"),
    ],
)  # fmt: skip
def test_the_address_month_folder_backs_the_shown_date_against_a_later_pubdate(
    url: str, line: str, pubdate: str, expected: str
) -> None:
    """A TRS address's ``/202305/`` folder is made with the item: a PubDate in another month
    was written later, and the shown date in the folder's month is the item's."""
    rec = run(
        f"<h1>{TITLE}</h1><div>{line} 公开方式：主动公开</div><div><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title><meta name='PubDate' content='{pubdate}'>",
        url=url,
    )
    assert rec["published_at"] == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # gansu.gov.cn: PubDate is the 页面生成时间 render stamp, a month after the shown date
        ("页面生成时间 2025-03-27 09:36:38", "2025-02-26T11:54:00+08:00"),
        # a render stamp at another time: the shown 日期 wins all the same (corpus22; gaps82: the
        # machine date stood)
        ("页面生成时间 2025-03-28 10:00:00", "2025-02-26T11:54:00+08:00"),
    ],
)  # fmt: skip
def test_a_pubdate_equal_to_the_render_stamp_yields_to_the_shown_date(
    stamp: str, expected: str
) -> None:
    """A TRS-style PubDate equal to the page's ``页面生成时间`` stamp was rewritten when the page
    was generated again: the meta line's 日期 is the item's date."""
    rec = run(
        f"<h1>{TITLE}</h1><div><p>日期：2025-02-26 11:54 来源：</p></div><div><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title><meta name='PubDate' content='2025-03-27 09:36:38'>"
        f"<meta name='others' content='{stamp}'>",
    )
    assert rec["published_at"] == expected


@pytest.mark.parametrize(
    ("stamp", "shown", "expected"),
    [
        # csrc.gov.cn's 规章 view: PubDate is the render stamp, no date shown: no publish date
        ("页面生成时间 2025-10-25 11:32:37", "", None),
        # a render stamp at another time leaves PubDate the page's date (its full date shown
        # in the text: head dates must be shown, and a month-day alone in the text is its
        # event's, dates63)
        ("页面生成时间 2025-10-26 08:00:00", "2025年10月25日", "2025-10-25T11:32:37+08:00"),
    ],
)  # fmt: skip
def test_a_pubdate_equal_to_the_render_stamp_is_no_date_on_a_page_showing_none(
    stamp: str, shown: str, expected: str | None
) -> None:
    """A PubDate rewritten with the page's ``页面生成时间`` stamp says when the page was built,
    not when the item was published; with no date line the page has none (the other PubDate
    dates it: its day stands in the text)."""
    rec = run(
        f"<h1>{TITLE}</h1><div><p>{PROSE}</p><p>{PROSE}</p>{shown}</div>",
        f"<title>{TITLE}</title><meta name='PubDate' content='2025-10-25 11:32:37'>"
        f"<meta name='others' content='{stamp}'>",
    )
    assert rec["published_at"] == expected


def test_a_value_cell_of_the_box_is_no_headline() -> None:
    """yichun.gov.cn: the 信息公开 box's cells (``发布机构：`` over ``园区统计局``) come before
    the meta line; the headline is the h1 under the box, which <title> names."""
    headline = "园区2024年国民经济和社会发展统计公报"
    cells = "".join(
        f"<dl><dt>{k}</dt><dd>{v}</dd></dl>"
        for k, v in (("索 引 号：", "0147/2024-0040"), ("发布机构：", "园区统计局"),
                     ("发文日期：", "2024-04-18"), ("公开方式：", "主动公开"))
    )  # fmt: skip
    rec = run(
        f"<div class='box'>{cells}</div><h1>{headline}</h1><div>访问量：4859</div>"
        f"<div><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        f"<title>{headline} | 园区网</title>",
    )
    assert rec["title"] == headline


def test_the_value_of_a_title_cell_stays_the_headline() -> None:
    """A box that names the document in a 标题 cell: that value is the headline."""
    headline = "园区2024年国民经济和社会发展统计公报"
    rec = run(
        f"<div class='box'><dl><dt>标 题：</dt><dd>{headline}</dd></dl>"
        "<dl><dt>发文日期：</dt><dd>2024-04-18</dd></dl></div>"
        f"<div><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        "<title>园区网</title>",
    )
    assert rec["title"] == headline


def test_a_script_switch_is_no_trail() -> None:
    """cna: ``正 / 簡`` (traditional / simplified, the first linking home) tops the page; the
    trail stands lower, past the side lists, above the headline."""
    side = "".join(
        f"<li><a href='/news/{i}.html'>园区第{i}条新闻标题在此</a></li>" for i in range(8)
    )
    rec = run(
        "<div class='chinese_change'><a href='http://www.example.tw/'>正</a> / "
        "<a href='http://gb.example.tw/'>簡</a></div>"
        f"<ul>{side}</ul><div class='bread'>{HOME} &gt; <a href='/list/edu.aspx'>教育文化</a></div>"
        f"<h1>{TITLE}</h1><div>發稿時間：2024/03/05 15:31</div>"
        f"<div><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        f"<title>{TITLE} | 教育文化 | 園區網</title>",
        url="http://www.example.tw/news/aedu/201412120210-1.aspx",
    )
    assert rec["category"] == "教育文化"


def test_slash_parted_links_down_the_pages_folders_are_a_trail() -> None:
    """udn 2014: ``udn / 即時新聞 / 要聞`` links ../../index, ../index and index of the page's
    folders; a tab row (``最新 | 發燒``) stands between it and the headline."""
    rec = run(
        "<div class='path'><a href='../../index.shtml'>udn</a> / "
        "<a href='../index.shtml'>即時新聞</a> / <a href='index.shtml'>要聞</a></div>"
        "<div><a href='/latest'>最新</a> | <a href='/hot'>發燒</a></div>"
        f"<div class='story_title'>{TITLE}</div><div>2024.03.05 01:06 pm</div>"
        f"<div><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        f"<title>{TITLE} | 要聞 | 即時新聞 | 園區網</title>",
        url="http://www.example.tw/NEWS/BREAKINGNEWS/BREAKINGNEWS1/9127738.shtml",
    )
    assert rec["category"] == "udn > 即時新聞 > 要聞"


def test_slash_parted_links_to_sibling_sections_are_no_trail() -> None:
    """A top bar (``新聞 / 體育 / 娛樂``) leads to sections beside each other, not down."""
    rec = run(
        "<div><a href='/news/index.shtml'>新聞</a> / <a href='/sports/index.shtml'>體育</a> / "
        "<a href='/ent/index.shtml'>娛樂</a></div>"
        "<div><a href='/latest'>最新</a> | <a href='/hot'>發燒</a></div>"
        f"<div class='story_title'>{TITLE}</div><div>2024.03.05 01:06 pm</div>"
        f"<div><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        f"<title>{TITLE} | 園區網</title>",
        url="http://www.example.tw/news/2024/9127738.shtml",
    )
    assert rec["category"] is None


def test_the_time_before_the_headline_on_its_line_beats_the_header_clock() -> None:
    """The ftv line the other way round: the time first, the self-linked headline after it."""
    rec = run(
        "<div><span>2024/03/13 星期三</span> │<a href='#'>加入最愛</a>│<a href='/m'>手機版</a></div>"
        "<div><a href='/'>首頁</a> &gt; <a href='/life/'>生活新聞</a> &gt; </div>"
        "<div><span class='ndate'>2024/3/1 18:13</span>"
        f"<a href='#' class='videotitle'><span>{TITLE}</span></a><hr><div><img src='/v.jpg'></div></div>"
        f"<div class='newsdes'><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
        url="http://news.example.tw/NewsContent.aspx?sno=2024C01L08M1",
    )
    assert rec["published_at"] == "2024-03-01T18:13:00+08:00"
    assert rec["title"] == TITLE


@pytest.mark.parametrize(
    "line",
    ["2024-03-05 丨 12:30", "12:30 2024-03-05", "2024-03-05&nbsp;&nbsp;12:30&nbsp;&nbsp;字号：大 中 小",
     "2024-03-05 12:30 浏览次数：123"],
)  # fmt: skip
def test_a_date_line_in_the_text_box_with_its_time_apart_or_controls(line: str) -> None:
    """ltn's date line written other ways: a bar before the time, the time first, the font
    size or view counter after it. Still the date line, no paragraph."""
    rec = run(
        f"<h1>{TITLE}</h1><div id='newstext'><span>{line}</span><p>{PROSE}</p>"
        f"<p>会后，{PROSE}</p></div>",
        f"<title>{TITLE} - 財經 - 園區報</title>",
    )
    assert rec["published_at"][:10] == "2024-03-05"
    assert rec["body"] == f"{PROSE}\n\n会后，{PROSE}"


def test_a_footer_heading_naming_the_site_that_opens_og_title_is_not_the_headline() -> None:
    """og:title ``今日園區報-- headline``: the footer menu's 今日園區報 heading is the site's name."""
    rec = run(
        f"<p>2020年8月14日</p><h1>{TITLE}</h1><div><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div><h2>今日園區報</h2><ul><li><a href='/a'>要聞</a></li></ul></div>",
        f"<title>{TITLE} - 李明 - 園區報網站</title>"
        f"<meta property='og:title' content='今日園區報-- {TITLE}'>"
        "<meta property='og:site_name' content='今日園區報'>",
    )
    assert (rec["title"], rec["body"]) == (TITLE, PROSE)


def _banner_then_trail(label: str) -> str:
    """A theme's page: the headline in a banner, the meta row, then ``label`` and the trail."""
    return (
        f"<header><h1>{TITLE}</h1><div><a href='/c/'>园区动态</a> 2024-03-05</div></header>"
        f"<ol class='crumbs'>{label}<li><a href='/'>首页</a></li><li><a href='/n/'>新闻</a></li>"
        "<li><a href='/n/c/'>园区动态</a></li><li class='active'>正文</li></ol>"
        f"<div class='entry'><p>{PROSE}</p><p>会后，{PROSE}</p></div>"
    )


def test_a_labelled_trail_of_links_right_below_the_banner_headline() -> None:
    """``当前位置：`` and a list of links (separators drawn by CSS) under the banner's headline:
    the trail, when none stands above the headline."""
    rec = run(_banner_then_trail("当前位置："), f"<title>{TITLE}</title>")
    assert rec["category"] == "新闻 > 园区动态"


def test_a_list_of_links_below_the_headline_without_a_label_is_no_trail() -> None:
    """Without the label, a list below the headline is not read as a trail by that rule."""
    rec = run(_banner_then_trail(""), f"<title>{TITLE}</title>")
    assert rec["category"] is None


def test_a_location_line_of_text_below_the_headline_is_no_trail() -> None:
    """``位置：`` before an address (no links) below the headline is text, not a trail."""
    rec = run(
        f"<h1>{TITLE}</h1><p>位置：北京市海淀区中关村大街1号</p>"
        f"<div><p>{PROSE}</p><p>会后，{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["category"] is None


def test_a_logo_h1_holding_the_title_tags_whole_suffix_is_no_headline() -> None:
    """A blog's header <h1>刘未鹏 | Mind Hacks</h1> over the post's own h1; <title> is the headline
    then that same suffix in two segments (mindhacks.cn mirror, misses39): the post's h1."""
    rec = run(
        "<header><h1><a href='/'>刘未鹏 | Mind Hacks</a></h1><p>思维改变生活</p></header>"
        "<article><h1>信息时代的独立阅读者（一）：内心的小声音</h1>"
        "<time datetime='2016-12-01'>2016-12-01</time>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div></article>",
        "<title>信息时代的独立阅读者（一）：内心的小声音 – 刘未鹏 | Mind Hacks</title>",
    )
    assert rec["title"] == "信息时代的独立阅读者（一）：内心的小声音"


def test_a_masthead_h1_linking_home_is_no_headline_when_nothing_matches_the_title_tag() -> None:
    """moztw.org (misses39): every page's <h1><a href="//moztw.org/">MozTW 正體中文在地化</a></h1>,
    the page's h2 worded unlike <title>: the logo is no headline; <title>'s is."""
    rec = run(
        "<div id='header'><h1><a href='//moztw.org/' title='回到首頁'>MozTW 正體中文在地化</a></h1>"
        "<ul><li><a href='/about'>關於本站</a></li><li><a href='/contribute'>參與我們</a></li></ul>"
        f"</div><div id='main'><h2>參與 SUMO 專案</h2><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>參與 SUMO - MozTW</title>",
        url="http://moztw.org/contribute/sumo/",
    )
    assert rec["title"] == "參與 SUMO"


def test_an_h1_linking_to_its_own_page_stays_the_headline() -> None:
    """A headline's h1 may link to the page itself or its column: only a front page's link is a
    logo's."""
    rec = run(
        f"<h1><a href=''>园区召开年度工作会议</a></h1><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>某某网</title>",
    )
    assert rec["title"] == "园区召开年度工作会议"


def test_a_trail_ending_in_an_arrow_stops_at_a_headline_that_is_no_heading_tag() -> None:
    """``主页 >> 隐藏分类 >> 二维码 >>`` in a short box that goes on with the headline in a
    ``div``, the meta line and a share line, the text one picture (a DedeCMS page,
    blackstoneblackstone/website-xaxqfzyjy): the trail ends above the headline."""
    rec = run(
        "<div class='box'><div class='pos'><a href='/'>主页</a> &gt;&gt; "
        "<a href='/a/yincang/'>隐藏分类</a> &gt;&gt; <a href='/a/yincang/ewm/'>二维码</a> &gt;&gt; </div>"
        "<div class='page_tit'>底部二维码</div><div class='info'>作者：admin　时间：2016-12-12</div>"
        "<div class='share'>分享到：</div><div class='text'><img src='/ewm.jpg'></div></div>",
        "<title>底部二维码_人文学院</title>",
        url="http://www.example.cn/a/yincang/ewm/2016/1212/25.html",
    )
    assert rec["title"] == "底部二维码"
    assert rec["category"] == "隐藏分类 > 二维码"
