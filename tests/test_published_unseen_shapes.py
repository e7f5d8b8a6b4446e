"""Publish-date shapes of pages nobody labelled (the unlabelled pool and CMSs no dev page shows).

Each case is a minimal page of our own in the shape a real site uses, with the exact value the
extractor must give; each failed on the code before its rule.
"""

from __future__ import annotations

import pytest
from page_shapes import FETCHED, PROSE, run

from incubator_crawler.article.published import parse_cn_date

TITLE = "园区举办创新创业大赛决赛"
POSTED = (
    "<div class='posted-on'><time class='entry-date published' datetime='2019-04-01T03:59:17+08:00'>"
    "2019年4月1日</time><time class='updated' datetime='2019-04-17T12:35:08+08:00'>2019年4月17日"
    "</time> by 管理员</div>"
)

# The publish day shown in a sentence of the text: the page shows the day its head names.
SHOWN_DAY = "据了解，园区于2016年5月3日举行了年度总结会，各企业代表参加。"


def test_the_time_marked_published_beats_the_updated_one_beside_it() -> None:
    """WordPress prints the post's day and, beside it, the day it was updated (``class=updated``,
    often hidden by the theme): the marked publish ``<time>`` dates the post."""
    rec = run(
        f"<h1>{TITLE}</h1>{POSTED}<div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
        url="http://www.example.cn/?p=12",
    )
    # LABELLING.md (corpus28): the <time> shows the day only, so the day is the date
    assert rec["published_at"] == "2019-04-01"
    assert rec["extraction"]["published"] == "time-element(over line)(day shown)"


def test_the_time_marked_published_beats_a_dated_signature_in_the_text() -> None:
    """A report posted in 2019 opens with its speaker and the day it was given (2016): the post's
    marked ``<time>`` dates the page, not the line at the text's head."""
    rec = run(
        f"<h1>{TITLE}</h1>{POSTED}<div class='entry-content'><p>朱华伟 2016年7月21日</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
        url="http://www.example.cn/?p=12",
    )
    assert rec["published_at"] == "2019-04-01"


def test_an_unmarked_time_stays_a_witness_below_the_line() -> None:
    """A ``<time>`` without a publish mark (a sidebar's, a comment's) does not outrank the date
    line under the headline."""
    rec = run(
        f"<h1>{TITLE}</h1><div>2024-03-05 10:20</div><div><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='side'><time datetime='2024-05-09'>5月9日</time></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == "2024-03-05T10:20:00+08:00"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("發佈時間：3小時前", "2026-11-28T10:00:00+08:00"),
        ("10分鐘前", "2026-11-28T12:50:00+08:00"),
        ("3 個小時前", "2026-11-28T10:00:00+08:00"),
        ("2週前", "2026-11-14"),
        ("Posted 3 hours ago", "2026-11-28T10:00:00+08:00"),
        ("5 mins ago", "2026-11-28T12:55:00+08:00"),
        ("1 day ago", "2026-11-27"),
        ("1 month ago", "2026-10"),
    ],
)
def test_a_relative_time_in_traditional_characters_or_english(raw: str, value: str) -> None:
    """Taiwan and Hong Kong sites write 小時 / 分鐘 / 週 / 個月, or ``3 hours ago``: counted back
    from the fetch time like 小时前."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value


def test_a_labelled_relative_time_in_traditional_characters_on_a_page() -> None:
    """``發佈時間：3小時前`` under the headline: three hours before the fetch."""
    rec = run(
        f"<h1>{TITLE}</h1><div>發佈時間：3小時前</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == "2026-11-28T10:00:00+08:00"


@pytest.mark.parametrize(
    "ld",
    [
        # a raw line break inside the description (strict JSON refuses control characters)
        '{"@type": "NewsArticle", "description": "园区\n举办", '
        '"datePublished": "2016-05-03T09:00:00+08:00"}',
        '{"@type": "NewsArticle", "datePublished": "2016-05-03T09:00:00+08:00",}',
        '<!-- {"@type": "NewsArticle", "datePublished": "2016-05-03T09:00:00+08:00"} -->',
        '{"@type": "Organization"}{"@type": "NewsArticle", "datePublished": "2016-05-03T09:00:00+08:00"}',
    ],
)
def test_the_publish_date_of_a_json_ld_block_that_does_not_parse(ld: str) -> None:
    """CMSs break their JSON-LD (a line break in a string, a trailing comma, a comment around it,
    two objects run together); its ``datePublished`` still dates the page, which shows the day
    only after the text (misses59: a head date must be shown)."""
    rec = run(
        f"<h1>{TITLE}</h1><div><p>{PROSE}</p><p>{PROSE}</p></div><div>2016-05-03</div>",
        f"<title>{TITLE}</title><script type='application/ld+json'>{ld}</script>",
    )
    assert rec["published_at"] == "2016-05-03T09:00:00+08:00"
    assert rec["extraction"]["published"] == "jsonld:datePublished"


@pytest.mark.parametrize("name", ["pdate", "ptime", "dc:date", "dateposted", "displaydate"])
def test_the_publish_date_meta_names_htmldate_reads(name: str) -> None:
    """A meta tag under one of htmldate's publish-date names dates a page that shows the day only
    after the text, and gives its time."""
    rec = run(
        f"<h1>{TITLE}</h1><div><p>{PROSE}</p><p>{PROSE}</p></div><div>2016-05-03</div>",
        f"<title>{TITLE}</title><meta name='{name}' content='2016-05-03 09:00'>",
    )
    assert rec["published_at"] == "2016-05-03T09:00:00+08:00"
    assert rec["extraction"]["published"] == f"meta:{name}"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("異動日期：2016-05-04 上稿日期：2016-05-03", "2016-05-03"),
        ("修改时间：2016-05-04 时间：2016-05-03", "2016-05-03"),
        ("更新日期：2016-05-04 日期：2016-05-03", "2016-05-03"),
        # alone, the update date is still the page's only date
        ("更新时间：2016-05-04", "2016-05-04"),
    ],
)
def test_an_update_label_yields_to_another_date_label(raw: str, value: str) -> None:
    """Taiwan's government CMS prints the change date before the posting date, both under
    generic 日期 labels: the one that is no change date is the publish date."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value


@pytest.mark.parametrize(
    "line",
    [
        "<div>異動日期：2016-05-04 上稿日期：2016-05-03</div>",
        "<div><span>修改时间：2016-05-04</span> <span>时间：2016-05-03</span></div>",
    ],
)
def test_an_update_label_first_on_the_meta_line(line: str) -> None:
    """The same on a page's meta line: the posting date, not the change date before it."""
    rec = run(
        f"<h1>{TITLE}</h1>{line}<div><p>{PROSE}</p><p>{PROSE}</p></div>", f"<title>{TITLE}</title>"
    )
    assert rec["published_at"] == "2016-05-03"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("民國98年11月9日", "2009-11-09"),
        ("中華民國98年11月9日 11:58", "2009-11-09T11:58:00+08:00"),
        ("民国99年1月2日", "2010-01-02"),
        ("民國113年3月5日", "2024-03-05"),
        # without 民國, two digits before 年 stay a two-digit year
        ("98年11月9日", "1998-11-09"),
    ],
)
def test_an_roc_year_before_2011_after_min_guo(raw: str, value: str) -> None:
    """Taiwan's calendar before 2011 has two-digit years (民國98年 is 2009): after 民國 they are
    ROC years, not this century's or the last."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value


def test_an_roc_date_line_under_the_headline_names_no_writer() -> None:
    """``中華民國98年11月9日 11:58`` as the meta line: the whole of it is the date (no 中華民國
    left over to be read as a name)."""
    rec = run(
        f"<h1>{TITLE}</h1><div>中華民國98年11月9日 11:58</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == "2009-11-09T11:58:00+08:00"
    assert rec["author"] is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2016年5月3日 星期二 下午3:20", "2016-05-03T15:20:00+08:00"),
        ("2016年5月3日(星期二) 下午3:20", "2016-05-03T15:20:00+08:00"),
        ("2016-05-03（周二）15:20", "2016-05-03T15:20:00+08:00"),
        ("2016年5月3日 星期二", "2016-05-03"),
    ],
)
def test_the_time_after_the_weekday(raw: str, value: str) -> None:
    """A weekday between the day and the time (``2016年5月3日 星期二 下午3:20``): the time is
    still the date's."""
    parsed = parse_cn_date(raw, FETCHED)
    assert parsed is not None
    assert parsed.value == value


@pytest.mark.parametrize(
    "where",
    [
        # toutiao's trailer: the date line after the text, a report button beside it
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div><div>2019年9月8日 星期日 11:42:03 <span>举报</span></div>",
        # ltn: the date line opening the text box
        f"<div id='newstext'><span>2019年9月8日 星期日&nbsp;&nbsp;11:42:03</span><p>{PROSE}</p>"
        f"<p>{PROSE}</p></div>",
    ],
)
def test_a_bare_date_line_with_its_weekday(where: str) -> None:
    """A date line that prints the weekday between the day and the time is still a bare date
    line (in the trailer, or opening the text box)."""
    rec = run(f"<h1>{TITLE}</h1>{where}", f"<title>{TITLE}</title>")
    assert rec["published_at"] == "2019-09-08T11:42:03+08:00"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a UTC+8 zone word between the day and the time (Hong Kong and Taiwan broadcasters)
        ("2019-09-08 HKT 11:42", "2019-09-08T11:42:00+08:00"),
        ("2019-09-08 CST 11:42", "2019-09-08T11:42:00+08:00"),
        ("2019-09-08 GMT+8 11:42", "2019-09-08T11:42:00+08:00"),
        # the time in brackets after the day (Hong Kong papers)
        ("2019-09-08 (11:42)", "2019-09-08T11:42:00+08:00"),
        ("2019年9月8日（11:42）", "2019-09-08T11:42:00+08:00"),
    ],
)
def test_a_zone_word_or_a_bracket_between_the_day_and_the_time(line: str, value: str) -> None:
    """The zone word or the bracket keeps the time: the date line dates the page to the minute."""
    rec = run(
        f"<h1>{TITLE}</h1><div class='date'>{line}</div><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["published_at"] == value
    assert parse_cn_date(line, FETCHED).value == value
