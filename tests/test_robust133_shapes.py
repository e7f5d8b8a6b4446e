"""robust133 (issue 10, session 29): the dates, headlines and trails session 28's tools left
(benchmarks/variants.py --values, benchmarks/distractors.py, benchmarks/templates.py), each with
its exact value on a page in our own words and the nearest shape that must not give it."""

from __future__ import annotations

from page_shapes import PROSE, run

HEAD = "<h1>园区举办第三届创新创业大赛决赛</h1>"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


def _published(out: dict) -> tuple[str | None, str | None]:
    return out["published_at"], out["published_precision"]


# ------------------------------------- a shown clock over a machine date that gives its day only
PUBDATE = "<meta name='publishdate' content='2019-06-15'>"


def test_the_shown_clock_wins_over_a_day_only_publishdate_meta() -> None:
    """people.com.cn / gmw.cn: publishdate gives the day, the line under the headline shows the
    day with its clock: the reader's date is the shown one, at the minute."""
    body = HEAD + "<div class='box'>2019年06月15日08:18&nbsp;&nbsp;来源：示例日报</div>" + TEXT
    assert _published(run(body, PUBDATE)) == ("2019-06-15T08:18:00+08:00", "minute")


def test_the_shown_seconds_win_over_a_day_only_jsonld() -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle",'
        '"datePublished":"2019/06/15"}</script>'
    )
    body = HEAD + "<ul><li>示例日报</li><li><time>2019/06/15 08:18:42</time></li></ul>" + TEXT
    assert _published(run(body, ld)) == ("2019-06-15T08:18:42+08:00", "second")


def test_a_twelve_hour_clock_shown_wins_over_a_day_only_meta() -> None:
    body = HEAD + "<div class='box'>2019-06-15 下午3:12 来源：示例日报</div>" + TEXT
    assert _published(run(body, PUBDATE)) == ("2019-06-15T15:12:00+08:00", "minute")


def test_a_shown_clock_on_another_day_leaves_the_meta_day() -> None:
    """Neighbour: the line's clock names another day (a day apart: no disagreement the chain
    settles for the line), so the meta's day stays as it was."""
    body = HEAD + "<div class='box'>2019-06-16 08:18 来源：示例日报</div>" + TEXT
    assert _published(run(body, PUBDATE))[1] == "day"


def test_a_shown_day_without_a_clock_keeps_the_day() -> None:
    body = HEAD + "<div class='box'>2019年06月15日 来源：示例日报</div>" + TEXT
    assert _published(run(body, PUBDATE)) == ("2019-06-15", "day")


def test_a_shown_clock_the_jsonld_writes_in_its_own_zone_keeps_that_zone() -> None:
    """An English page: dc.date gives the day, JSON-LD the time in New York's zone, the line
    shows that wall clock: the moment is the JSON-LD's, not the shown clock read as Beijing's."""
    head = (
        "<meta name='dc.date' content='2024-05-12'>"
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle",'
        '"datePublished":"2024-05-12T10:32:48-04:00"}</script>'
    )
    body = HEAD + "<div class='byline'>By Jane Roe | May 12, 2024 10:32am</div>" + TEXT
    assert run(body, head)["published_at"] == "2024-05-12T10:32:48-04:00"


def test_a_shown_clock_in_beijing_time_over_a_utc_jsonld_stays_the_shown_one() -> None:
    head = (
        "<meta name='publish-date' content='2024-05-16'>"
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle",'
        '"datePublished":"2024-05-16T09:11:31.000Z"}</script>'
    )
    body = HEAD + "<div class='byline'>May 16, 2024 5:11 PM</div>" + TEXT
    assert _published(run(body, head)) == ("2024-05-16T17:11:00+08:00", "minute")


def test_a_date_glued_to_a_closing_book_mark_ends_the_source() -> None:
    """gmw.cn: the source's span and the time's span run together with no blank: the source ends
    at its closing 》 and the clock is the line's."""
    body = (
        HEAD + "<div class='tips'><span>来源：<a href='/'>示例网-《示例日报》</a></span>"
        "<span>2024-01-29 04:35</span></div>" + TEXT
    )
    out = run(body, PUBDATE.replace("2019-06-15", "2024-01-29"))
    assert out["source"] == "示例网-《示例日报》"
    assert _published(out) == ("2024-01-29T04:35:00+08:00", "minute")


def test_a_date_inside_the_brackets_stays_in_the_source() -> None:
    """Neighbour: a date inside a bracket (an edition's date) is no end of the name."""
    from incubator_crawler.article.labels import split_labelled_line

    assert split_labelled_line("来源：示例日报（2024-01-29）")["source"] == "示例日报（2024-01-29）"


# ------------------------------------- a two-digit-year date in a 信息公开 box's cell
def _info_box(date_cell: str) -> str:
    return (
        "<table class='xxgk'><tr><td><b>索引号: </b> 000014349/2020-00001</td>"
        "<td><b>发文机关: </b> 示例市人民政府办公厅</td></tr>"
        f"<tr><td><b>主题分类: </b> 科技</td><td><b>成文日期: </b> {date_cell}</td></tr></table>"
        "<p class='title'>示例市人民政府办公厅关于促进孵化载体高质量发展的实施意见</p>"
        "<div class='content'>" + f"<p>{PROSE}</p><p>{PROSE}</p></div>"
    )


BOX_PUBDATE = "<meta name='PubDate' content='2020-02-26 10:44'>"


def test_a_two_digit_year_cell_with_its_clock_beats_pubdate() -> None:
    """The box's cell is what a reader sees (``成文日期: 18-04-19 09:53``): its clock makes the
    order year-month-day, so PubDate on another day does not replace it."""
    out = run(_info_box("18-04-19 09:53"), BOX_PUBDATE)
    assert _published(out) == ("2018-04-19T09:53:00+08:00", "minute")


def test_a_two_digit_year_cell_without_a_clock_gives_no_date() -> None:
    """Neighbour: ``18-04-19`` with no clock leaves the order unsure (the two-digit-year
    decision) and PubDate names another day: no date, as before."""
    assert run(_info_box("18-04-19"), BOX_PUBDATE)["published_at"] is None


def test_a_month_day_cell_with_a_clock_names_no_year() -> None:
    """Neighbour: ``04-19 09:53`` names no year and PubDate another day: no date (decide76)."""
    assert run(_info_box("04-19 09:53"), BOX_PUBDATE)["published_at"] is None


# ------------------------------------- a headline ending with a date that <title> writes with it
def test_a_headline_ending_with_the_date_its_title_writes_is_whole() -> None:
    """``<h1>X-Y（DATE）</h1>`` under ``<title>X-Y（DATE）</title>``: the date is the headline's own
    (a meeting's day), not a date line glued to the headline's first part."""
    head = "<title>孵化器的未来-我的几点思考（2011年2月19日）</title>"
    out = run("<h1>孵化器的未来-我的几点思考（2011年2月19日）</h1>" + TEXT, head)
    assert out["title"] == "孵化器的未来-我的几点思考（2011年2月19日）"
    assert out["published_at"] is None


def test_a_headline_whole_as_the_first_title_segment_gives_no_date_over_the_line() -> None:
    head = "<title>关于社团培训的通知（2022年8月14日）_示例社团</title>"
    body = "<h1>关于社团培训的通知（2022年8月14日）</h1><span class='date'>2017-09-21</span>" + TEXT
    out = run(body, head)
    assert out["title"] == "关于社团培训的通知（2022年8月14日）"
    assert out["published_at"] == "2017-09-21"


def test_a_time_glued_to_a_headline_its_title_lacks_is_the_line() -> None:
    """Neighbour (ftv): the headline and its time on one line, <title> without the time: the
    time is the page's date and the headline ends before it."""
    head = "<title>良心包子重视食安 亏损两年出头天 - 示例新闻</title>"
    out = run("<div class='t'>良心包子重视食安 亏损两年出头天2014/12/1 18:13</div>" + TEXT, head)
    assert out["title"] == "良心包子重视食安 亏损两年出头天"
    assert _published(out) == ("2014-12-01T18:13:00+08:00", "minute")


# ------------------------------------- a trail's long leaf written as text after its links
def test_a_long_unlinked_leaf_after_linked_items_is_the_trails_leaf() -> None:
    """``<a>首页</a> > <a>综合服务</a> > 15-character column``: the page's own column is no link on
    its page, and a long one outweighs the links without making the line less a trail."""
    trail = (
        "<div class='gd'><a href='/'>网站首页</a> &gt; <a href='/fw/'>综合服务</a> &gt; "
        "科技成果转化与知识产权服务专栏 </div>"
    )
    out = run(trail + HEAD + TEXT)
    assert out["category"] == "综合服务 > 科技成果转化与知识产权服务专栏"


def test_a_sentence_after_two_links_is_no_leaf() -> None:
    """Neighbour: the text after the links is a sentence (a greeting, a notice), no column."""
    bar = (
        "<div class='gd'><a href='/'>网站首页</a> &gt; <a href='/fw/'>综合服务</a> &gt; "
        "欢迎光临本站，请登录后留言。</div>"
    )
    assert run(bar + HEAD + TEXT)["category"] is None


# ------------------------------------- EmpireCMS: the headline in a <div> box under 无标题文档
def _empire(box_second: str, title: str = "无标题文档") -> tuple[str, str]:
    body = (
        "<div class='crumb'><b><a href='/'>首页</a>&nbsp;>&nbsp;<a href='/xw/'>新闻中心</a>"
        "&nbsp;>&nbsp;<a href='/xw/yq/'>园区动态</a>园区举办第三届创新创业大赛决赛</b></div>"
        f"<div class='titleStyle'>园区举办第三届创新创业大赛决赛<br>{box_second}<br></div>" + TEXT
    )
    return body, f"<title>{title}</title>"


def test_the_line_a_trail_closes_with_is_the_headline_under_a_page_type_title() -> None:
    """<title> is 无标题文档; the trail's bold line closes with the headline glued to its leaf,
    and the box right above the text says it: the headline, and the bare name under it in the
    box is the byline (LABELLING.md, session 28)."""
    out = run(*_empire("王丽"))
    assert out["title"] == "园区举办第三届创新创业大赛决赛"
    assert out["author"] == "王丽"
    assert out["category"] == "新闻中心 > 园区动态"


def test_a_sentence_under_the_headline_in_its_box_is_no_byline() -> None:
    out = run(*_empire("欢迎各位企业代表踊跃报名参加。"))
    assert out["title"] == "园区举办第三届创新创业大赛决赛"
    assert out["author"] is None


def test_a_box_of_three_lines_gives_no_byline() -> None:
    """Neighbour: the name line is not the box's last (a date line after it): not this shape."""
    out = run(*_empire("王丽<br>2023-05-17"))
    assert out["author"] is None
