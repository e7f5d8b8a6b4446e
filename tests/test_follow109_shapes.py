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
