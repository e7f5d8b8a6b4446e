"""The lead's session-25 decisions on the audits' and variants' questions, built by shape (follow109).

Each page is small and written here; the values asserted are what a reader of the page takes
from it, with a negative neighbour for each shape.
"""

from __future__ import annotations

from page_shapes import PROSE, run

TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


# --------------------------------- 5. a labelled publish line under the text over a date elsewhere
CALENDAR = "<div class='top'><span>| 2023年10月11日 星期三</span></div>"
H1 = "<h1>万载县2015年国民经济和社会发展统计公报</h1>"
CLOSING = "<div class='attr'>来源： 访问量：199 发布日期：2017-05-15 10:49:00</div>"


def test_a_header_calendar_above_the_headline_loses_to_the_publish_line_under_the_text() -> None:
    """job-wanzai's header calendar over the headline, its 发布日期 line moved under the text."""
    got = run(f"{CALENDAR}<div class='main'>{H1}{TEXT}{CLOSING}</div>")
    assert got["published_at"] == "2017-05-15T10:49:00+08:00"


# nuc-cst's notice: one paragraph of <br> lines, the unit and its date signing it
NOTICE = (
    "<h1>关于开展“送温暖、献爱心”捐助活动的通知</h1><div class='content'><p>各基层工会：<br>"
    f"    {PROSE}<br>    {PROSE}<br>      联系人：王通，电话:3922036。<br>       <br><br><br>"
    "                 校工会<br>              2019年11月5日<br></p></div>"
)


def test_a_notice_signature_date_loses_to_the_publish_line_under_the_text() -> None:
    """nuc-cst's notice signed 2019年11月5日, its 发布时间 line (07日) closing the text."""
    closing = "<div class='attribute'>发布时间：2019年11月07日 10:07 作者： 来源： 点击率：次</div>"
    assert run(NOTICE + closing)["published_at"] == "2019-11-07T10:07:00+08:00"


def test_a_notice_signature_date_with_no_publish_line_stays() -> None:
    """No labelled publish line anywhere: the signature's date is the page's date, as before."""
    assert run(NOTICE)["published_at"] == "2019-11-05"


def test_an_unlabelled_date_on_the_headline_meta_line_still_wins() -> None:
    """The date under the headline is the meta line's, whatever a line under the text says."""
    meta = "<div class='info'>2018-02-24 09:21:54 国土资源部网站</div>"
    page = f"<div class='main'>{H1}{meta}{TEXT}{CLOSING}</div>"
    assert run(page)["published_at"] == "2018-02-24T09:21:54+08:00"


def test_a_header_calendar_with_no_publish_line_under_the_text_is_unchanged() -> None:
    """Only a publish label under the text beats it: a bare 时间 line there is no such label."""
    closing = "<div class='attr'>访问量：199 时间：2017-05-15 10:49:00</div>"
    got = run(f"{CALENDAR}<div class='main'>{H1}{TEXT}{closing}</div>")
    assert got["published_at"] == "2023-10-11"


# --------------------------------- 4. a repost under the page's own meta line
LG_H1 = "[图]市三高开展学习贯彻党的十九届四中全会精神专场宣讲活动"
LG_OWN = "<h2>发布时间：2019-12-25&nbsp;&nbsp;&nbsp;&nbsp;来源：岚皋县教育体育局</h2>"
LG_INNER = (
    "<p><span>发布人：张亚琼</span>&nbsp;<span>来源：第三高级中学</span>"
    "<span>发布时间：2019-12-24 15:15:33</span>&nbsp;<span>点击数：37 次</span></p>"
)
LG_TEXT = f"<p>{PROSE}</p><p>{PROSE}</p><p style='text-align:right'>责任编辑：张亚琼</p>"


def lgedu(repeated: str) -> dict:
    page = f"<ul><h1>{LG_H1}</h1>{LG_OWN}{repeated}<p><a class='printarea'></a></p>{LG_INNER}"
    return run(page + LG_TEXT + "</ul>")


def test_the_page_meta_line_dates_a_repost_under_its_repeated_headline() -> None:
    """lgedu.net: the bureau's line under the headline, the original's headline and line again."""
    got = lgedu(f"<h1 class='title'>{LG_H1}</h1>")
    assert got["published_at"] == "2019-12-25"
    # only the date gives way: the repost's slots stay what they were
    assert got["source"] == "第三高级中学"


def test_a_repeated_headline_without_the_issuer_is_the_repost_headline_too() -> None:
    """lgedu.net's 纪委 repost: ``市纪委监委：关于…的通报`` over its own ``关于…的通报`` line."""
    page = (
        "<div class='cont'><h1>市纪委监委：关于五起疫情防控失职失责典型问题的通报</h1>"
        "<div class='info'><span class='date'>发布时间：2020-02-24 </span><span>来源：</span>"
        "<span>浏览次数：</span></div><div class='consultCon'>"
        "<p>关于五起疫情防控失职失责典型问题的通报</p><p>2020-02-20 17:48 来源： 岚皋县纪检监察网站</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    assert run(page)["published_at"] == "2020-02-24"


def test_a_second_dated_line_under_another_heading_keeps_its_date() -> None:
    """A line under a heading that is not the headline (a section's) is no repost of the item."""
    got = lgedu("<h1 class='title'>宣讲活动现场回顾</h1>")
    assert got["published_at"] == "2019-12-24T15:15:33+08:00"


def test_a_second_dated_line_after_text_leaves_the_page_line_as_it_was() -> None:
    """Text before the second line: that line is inside the text, the page's own line dates it
    (as before this rule), and the repost's slots are not the page's."""
    got = lgedu(f"<h1 class='title'>{LG_H1}</h1><p>{PROSE}</p>")
    assert (got["published_at"], got["source"]) == ("2019-12-25", "岚皋县教育体育局")


# --------------------------------- 1. the item's own headline in the 来源 slot
def venue(headline: str, slot: str, title: str | None = None) -> dict:
    """visitxm.com's venue page: the headline, then ``来源：`` and the views."""
    head = f"<title>{title or headline}_厦门旅游网</title>"
    page = (
        f"<div class='post'><h1 class='post-header'>{headline}</h1><div class='post-meta'>"
        f"<span class='post-time'>2018-06-25</span> <span class='post-src'>来源：{slot}</span></div>"
        f"{TEXT}</div>"
    )
    return run(page, head)


def test_the_item_own_headline_in_the_source_slot_names_no_publisher() -> None:
    got = venue("厦门美仑皓晖酒店", "厦门美仑皓晖酒店")
    assert (got["title"], got["source"]) == ("厦门美仑皓晖酒店", None)


def test_the_title_headline_part_in_the_source_slot_names_no_publisher() -> None:
    """The slot equal to <title>'s headline part, the shown headline longer (a venue's old name)."""
    got = venue("厦门鑫博雅大酒店(原皇廷酒店)", "厦门鑫博雅大酒店", title="厦门鑫博雅大酒店")
    assert got["source"] is None


def test_a_venue_name_shorter_than_the_headline_stays_the_source() -> None:
    """Only the whole headline: a part of it is a name that may be the supplier's."""
    got = venue("厦门鑫博雅大酒店(原皇廷酒店)", "厦门鑫博雅大酒店")
    assert got["source"] == "厦门鑫博雅大酒店"


def test_a_brand_opening_title_stays_the_source() -> None:
    """bonavis.cn: <title> opens with the brand before the headline, the slot names the brand."""
    head = "<title>海右博纳品牌 | 互联网经济下，品牌定位真的没用？ -SIVIBRAND海右博纳品牌营销策划设计</title>"
    page = (
        "<h1>海右博纳品牌 | 互联网经济下，品牌定位真的没用？</h1>"
        f"{TEXT}<div class='cons'>来源：<a href='javascript:;'>海右博纳品牌</a></div>"
    )
    assert run(page, head)["source"] == "海右博纳品牌"


def test_an_outlet_sharing_words_with_the_headline_stays_the_source() -> None:
    got = venue("厦门日报社举办2019年新春读者见面会", "厦门日报")
    assert got["source"] == "厦门日报"


# --------------------------------- 2. an edition stamp glued to the outlet
def sourced(slot: str) -> str | None:
    """tssqjy.com's thread: the headline, then its date and 来源 line."""
    page = (
        "<h1>成人高考报名常见问题解答</h1>"
        f"<div class='info'>发布时间：2016-12-05 来源：{slot}</div>{TEXT}"
    )
    return run(page)["source"]


def test_an_edition_stamp_glued_to_the_outlet_is_cut() -> None:
    assert sourced("河北新闻网16.12") == "河北新闻网"
    assert sourced("中国远程教育16-2") == "中国远程教育"
    assert sourced("继续教育15.7") == "继续教育"


def test_a_name_ending_in_digits_of_its_own_stays_whole() -> None:
    assert sourced("新闻110") == "新闻110"
    assert sourced("中国3.15网") == "中国3.15网"
    # no month after the dot: no edition stamp
    assert sourced("河北新闻网16.13") == "河北新闻网16.13"


# --------------------------------- 3. a cited report with its reporter
def cited(lead: str) -> tuple[str | None, str | None]:
    """sdhjnl.cn's item: the headline, its date line, the text opening with ``lead``."""
    page = (
        "<h1>北京市将新建三十所幼儿园</h1><div class='info'>发布时间：2016-12-24</div>"
        f"<div class='c'><p>{lead}{PROSE}</p><p>{PROSE}</p></div>"
    )
    got = run(page)
    return got["author"], got["source"]


def test_a_cited_report_reporter_names_no_author_and_the_outlet_is_the_source() -> None:
    assert cited("据北京日报记者宋翔报道，") == (None, "北京日报")
    assert cited("12月23日，据北京日报记者宋翔报道，") == (None, "北京日报")
    assert cited("12月23日，据国内知名记者宋翔报道，") == (None, None)


def test_the_item_own_reporter_still_names_the_author() -> None:
    assert cited("12月23日，记者宋翔报道，") == ("宋翔", None)
    # 据悉 ends its clause: the byline after it is the item's own
    assert cited("据悉，本报记者宋翔报道，") == ("宋翔", None)
