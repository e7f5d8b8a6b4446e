"""Publish-date shapes found on unlabelled real pages (misses37, issue 10), as pages of our own.

Each page shows its own dated meta line above the text, and a date of an event or a deadline
inside it; the event's date is no publish date, and taken for the meta line it also cut the
text's opening off the body. Why each shape: docs/benchmarks.md, misses37.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.published import parse_cn_date

TITLE = "关于孵化器东区食堂停业装修的通知"
# a DedeCMS article's meta line, its labels in <small> (an overseas students' club's event pages)
INFO = (
    "<div class='info'><small>时间:</small>2013-07-13 07:17<small>来源:</small>未知 "
    "<small>作者:</small>Sinan <small>点击:</small> 次</div>"
)


def test_a_numbered_item_of_the_text_with_a_time_label_is_no_meta_line() -> None:
    """``1、装修时间：…`` below the notice's own ``编辑：… 时间：…`` line is an item of the text:
    the page is dated by its own line and the text keeps its opening lines."""
    rec = run(
        f"<h1>{TITLE}</h1><div class='from'>来源：餐饮管理部</div>"
        "<div class='from'>编辑：阿瑶 时间：2016-06-24</div><div class='text'>"
        "<p>各位老师、同学：</p><p>为了改善师生就餐环境，提升服务水平，学校拟利用暑期对东区食堂"
        "进行一次整体装修改造，具体安排如下：</p>"
        "<p>1、装修时间：2016年6月26日——9月7日（开学前，初定）</p>"
        "<p>2、停业范围：东区食堂一层、二层，西区食堂一层、西区全日餐厅</p>"
        f"<p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == "2016-06-24"
    assert rec["editor"] == "阿瑶"
    assert rec["body"].startswith("各位老师、同学：")


def test_an_events_time_with_its_place_on_the_same_lines_is_no_meta_line() -> None:
    """``时间：2010 年11 月21 日 (星期日) ，<br>下午4 时至6 时<br>地点：…`` opening the text is the
    lecture's time: the ``时间:`` line above the text dates the page."""
    title = "转变中的中国：国家人才战略与海外人才机遇"
    rec = run(
        f"<div class='title'><h2>{title}</h2></div>{INFO}<div class='content'><table><tr><td>"
        "<p>主讲：王辉耀 博士</p><p>时间：2010 年11 月21 日 (星期日) ，<br>下午4 时至6 时<br>"
        "地点：美国纽约哥伦比亚大学报告厅<br>主办：<br>中国旅美科技协会</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></td></tr></table></div>",
        f"<title>{title}-CUASIA</title>",
    )
    assert rec["published_at"] == "2013-07-13T07:17:00+08:00"
    assert rec["author"] == "Sinan"
    assert rec["body"].startswith("主讲：王辉耀 博士")


def test_an_events_time_with_its_place_on_the_next_line_is_no_meta_line() -> None:
    """``时间：2012年2月14日15:00-18:30`` and ``地点：纽约Ritz-Carlton酒店`` in two ``<div>``s of
    the text: the event's, not the page's date."""
    title = "中国无锡海外（美国）高层次人才回国创业恳谈"
    rec = run(
        f"<div class='title'><h2>{title}</h2></div>{INFO}<div class='content'>"
        "<div>为扩大品牌效应，进一步加大引进海外高层次人才力度，市政府定于2月14日下午在美国纽约"
        "举行海外高层次人才回国创业恳谈会，活动方案如下：</div>"
        "<div><span>时间：2012年2月14日15:00-18:30</span></div>"
        "<div><span>地点：纽约Ritz-Carlton酒店</span></div>"
        f"<div>{PROSE}</div><div>{PROSE}</div></div>",
        f"<title>{title}-CUASIA</title>",
    )
    assert rec["published_at"] == "2013-07-13T07:17:00+08:00"
    assert rec["body"].startswith("为扩大品牌效应")


def test_a_concerts_time_is_an_events_date() -> None:
    """``演唱会时间：2013年2月2日深夜1时`` names when the show is, as 活动时间 does."""
    title = "真秦温心迎春演唱会独家折扣"
    rec = run(
        f"<div class='title'><h2>{title}</h2></div>{INFO}<div class='content'>"
        "<p>本会为您带来迎春演唱会独家折扣，全部票价均25%OFF</p>"
        "<p>演唱会时间：2013年2月2日深夜1时</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{title}-CUASIA</title>",
    )
    assert rec["published_at"] == "2013-07-13T07:17:00+08:00"
    assert rec["body"].startswith("本会为您带来迎春演唱会独家折扣")


def test_a_deadline_cell_above_a_bare_date_gives_no_date() -> None:
    """A job posting's form: ``截止时间：`` in one cell, ``2014年4月11日`` in the next. The
    deadline is no publish date, and the page shows none."""
    cells = (
        ("招聘职位：", "室内设计师"),
        ("招聘人数：", "2人"),
        ("截止时间：", "2014年4月11日"),
        ("专业要求：", "室内设计 设计 美工"),
    )
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in cells)
    rec = run(
        f"<div class='place'>当前位置：首页 &gt; 人力资源 &gt; 职位列表</div>"
        f"<h3>室内设计师</h3><table class='job'>{rows}</table>"
        f"<div class='duty'><p>岗位职责：</p><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>室内设计师 某某瓷砖官网</title>",
    )
    assert rec["published_at"] is None


def test_a_bare_date_closing_a_short_text_yields_to_the_one_under_the_headline() -> None:
    """A decree of three lines loses to the footer as the body; of the two bare dates before
    that footer, the one right under the ``<h1>`` dates the page, not the decree's own date
    below its signature."""
    title = "（两会受权发布）中华人民共和国主席令（第一号）"
    footer = (
        "<div class='foot'><p>违法和不良信息举报电话：010-85650899 传真：010-85650844 邮箱：yhts@"
        "staff.example.com</p><p>本站郑重声明：本公司系政府批准的证券投资咨询机构。所载文章、数据"
        "仅供参考，投资有风险，选择需谨慎。</p></div>"
    )
    rec = run(
        f"<div class='art'><h1>{title}</h1><div class='tip'><span>2018-03-19 09:14:54</span> "
        "<a href='http://www.news.cn/'>新华网</a></div><div class='body'>"
        "<p>新华社北京3月18日电</p><p>中华人民共和国主席令第一号</p><p>根据中华人民共和国第十三届"
        "全国人民代表大会第一次会议的决定，任命李克强为中华人民共和国国务院总理。</p>"
        "<p>中华人民共和国主席 习近平</p><p>2018年3月18日</p>"
        f"<p>（责任编辑：李佳佳 HN153）</p></div></div>{footer}",
        f"<title>{title} -新闻频道-和讯网</title>",
    )
    assert rec["published_at"] == "2018-03-19T09:14:54+08:00"


def test_a_unix_clocks_first_days_are_no_publish_date() -> None:
    """``发布时间：1970-01-18`` (a count of seconds read as milliseconds) and ``1970-01-01`` (a
    timestamp left at zero) are a CMS's broken dates: no day is given, the line stays the raw."""
    title = "总体认识storm包括概念，场景，组成"
    rec = run(
        f"<h1>{title}</h1><div class='info'>yqxbc 发布时间：1970-01-18 来源：about云 浏览：23次</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{title}</title>",
    )
    assert rec["published_at"] is None
    assert rec["published_raw"] == "发布时间：1970-01-18"
    assert parse_cn_date("1970-01-01") is None
    assert parse_cn_date("1970-01-01T08:00:00+08:00") is None
    assert parse_cn_date("1970年2月3日").value == "1970-02-03"
    assert parse_cn_date("1970年1月").value == "1970-01"


def test_an_events_time_and_place_on_one_line_after_the_text_give_no_date() -> None:
    """``时间： 12月7日周六 下午3:30 地点：数学楼 312 教室`` closing a talk's notice is the talk's
    time, not a trailer's publish date: the page shows none."""
    title = "爱新觉罗家族后人讲述家族百年史"
    rec = run(
        f"<h1>{title}</h1><div class='text'><p>{PROSE}</p><p>{PROSE}</p>"
        "<p>时间： 12月7日周六 下午3:30 地点：数学楼 312 教室</p></div>",
        f"<title>{title}</title>",
    )
    assert rec["published_at"] is None
