"""Table-driven tests for incubator_crawler.article.published (strings from docs/SITES.md §3)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from incubator_crawler.article.published import SHANGHAI, ParsedDate, infer_year, parse_cn_date

NOW = datetime(2025, 6, 1, 10, 0, tzinfo=SHANGHAI)
JANUARY = datetime(2025, 1, 5, 9, 0, tzinfo=SHANGHAI)


# (raw, expected value, expected precision); SITES.md §3 strings are quoted verbatim.
REAL_WORLD = [
    ("发布日期:2024-04-24   编辑:中国孵化器网   来源:济南高新区", "2024-04-24", "day"),
    (
        "来源: | 作者:广州凯东知识产权官网 | 发布时间: 2023-10-20 | 363 次浏览 | 分享到:",
        "2023-10-20",
        "day",
    ),
    (
        "發佈時間:2015-06-15 07:35:54 來源:深圳特區報 責任編輯:羅伯特",
        "2015-06-15T07:35:54+08:00",
        "second",
    ),
    ("27.10.2014 13:11", "2014-10-27T13:11:00+08:00", "minute"),
    ("PublishTime:2019-09-08 11:25:14", "2019-09-08T11:25:14+08:00", "second"),
    ("发布时间:2024-11-05 18:26:27 来源: sp20241105", "2024-11-05T18:26:27+08:00", "second"),
    ("《 人民日报 》( 2025年02月02日 02 版)", "2025-02-02", "day"),
    ("2015-06-13 2293", "2015-06-13", "day"),
    ("3上一篇  下一篇4 2011年10月24日 放大 缩小 默认", "2011-10-24", "day"),
    ("2014-01-30 04:43", "2014-01-30T04:43:00+08:00", "minute"),
    (
        "发布机构:科技部门户网站 文号:国科发专〔2017〕145号 公开日期: 2018-03-05 有效性: 有效",
        "2018-03-05",
        "day",
    ),
    (
        "2016年09月27日 07:02 来源：省政府办公厅 【字体：大 中 小】",
        "2016-09-27T07:02:00+08:00",
        "minute",
    ),
    (
        '文章来源：本站原创 作者：佚名 发布时间：2016年04月01日 点击数：<script src="/…/GetHits.aspx?id=5289">次',
        "2016-04-01",
        "day",
    ),
    (
        '<em>2017-12-06</em>|<em>HiShop</em>|<em>阅读量：<script src="/plus/count.php?view=yes&aid=46945…">',
        "2017-12-06",
        "day",
    ),
    ("2018-04-22 14:52:38", "2018-04-22T14:52:38+08:00", "second"),
    ("科技部火炬中心 2020年12月29日", "2020-12-29", "day"),
    # List-page shapes.
    ("[2024-04-24]", "2024-04-24", "day"),
    ("(2024-04-24)", "2024-04-24", "day"),
    ("2024年04月24日", "2024-04-24", "day"),
    ("2024/04/24", "2024-04-24", "day"),
]

SHAPES = [
    ("2024-04-24", "2024-04-24", "day"),
    ("2024/4/24", "2024-04-24", "day"),
    ("2024.04.24", "2024-04-24", "day"),
    ("2024年4月24日", "2024-04-24", "day"),
    ("2024年4月24号", "2024-04-24", "day"),
    ("2024年4月24日 10:30", "2024-04-24T10:30:00+08:00", "minute"),
    ("2024年4月24日10:30", "2024-04-24T10:30:00+08:00", "minute"),
    ("2024-04-24 10:30:15", "2024-04-24T10:30:15+08:00", "second"),
    ("2024年04月24日 14时30分", "2024-04-24T14:30:00+08:00", "minute"),
    ("2024年04月24日 14时30分15秒", "2024-04-24T14:30:15+08:00", "second"),
    ("24年04月24日", "2024-04-24", "day"),
    ("2019 年 10 月 30 日", "2019-10-30", "day"),
    ("２０２４年４月２４日", "2024-04-24", "day"),
    ("２０２４－０４－２４　１０：３０", "2024-04-24T10:30:00+08:00", "minute"),
    ("2024-04-24T10:30:00+08:00", "2024-04-24T10:30:00+08:00", "second"),
    ("2024-04-24T10:30+08:00", "2024-04-24T10:30:00+08:00", "minute"),
    ("2024-04-24T02:30:00Z", "2024-04-24T10:30:00+08:00", "second"),
    ("2024-04-24T10:30:00.123+08:00", "2024-04-24T10:30:00+08:00", "second"),
    ("2024-04-24 10:30", "2024-04-24T10:30:00+08:00", "minute"),
    ("2024年4月24日 下午2:30", "2024-04-24T14:30:00+08:00", "minute"),
    ("2024年4月24日 晚上8点30分", "2024-04-24T20:30:00+08:00", "minute"),
    ("2024年4月24日 上午10:30", "2024-04-24T10:30:00+08:00", "minute"),
    ("2024年4月24日 星期三", "2024-04-24", "day"),
    ("1713925800", "2024-04-24T10:30:00+08:00", "second"),
    ("1713925800000", "2024-04-24T10:30:00+08:00", "second"),
    ("2024年4月", "2024-04", "month"),
    ("2024-04", "2024-04", "month"),
    ("2024年", "2024", "year"),
    ("2024", "2024", "year"),
    # Labels and wrappers.
    ("发布时间：2024-04-24", "2024-04-24", "day"),
    ("发表时间: 2024-04-24", "2024-04-24", "day"),
    ("时间：2024-04-24", "2024-04-24", "day"),
    ("日期:2024/4/24", "2024-04-24", "day"),
    ("更新时间：2024-04-24 09:00", "2024-04-24T09:00:00+08:00", "minute"),
    ("發布日期：2024-04-24", "2024-04-24", "day"),
    ("Date: 2024-04-24", "2024-04-24", "day"),
    ("【2024-04-24】", "2024-04-24", "day"),
    ("发布日期：\u30002024-04-24\xa0", "2024-04-24", "day"),
    # A specific label beats a generic one appearing earlier (成文日期 contains 日期).
    ("成文日期：2017-12-01 公开日期：2018-03-05", "2018-03-05", "day"),
    # Latin month names go through dateparser (4-digit year present).
    ("April 24, 2024", "2024-04-24", "day"),
    ("24 Apr 2024 10:30", "2024-04-24T10:30:00+08:00", "minute"),
]

RELATIVE = [
    ("刚刚", "2025-06-01T10:00:00+08:00", "minute"),
    ("30秒前", "2025-06-01T09:59:30+08:00", "second"),
    ("5分钟前", "2025-06-01T09:55:00+08:00", "minute"),
    ("3小时前", "2025-06-01T07:00:00+08:00", "minute"),
    ("今天 08:30", "2025-06-01T08:30:00+08:00", "minute"),
    ("今天", "2025-06-01", "day"),
    ("昨天 14:20", "2025-05-31T14:20:00+08:00", "minute"),
    ("昨天", "2025-05-31", "day"),
    ("前天", "2025-05-30", "day"),
    ("3天前", "2025-05-29", "day"),
    ("发布时间：2小时前", "2025-06-01T08:00:00+08:00", "minute"),
    # No year: the latest year that is not in the future.
    ("04-24", "2025-04-24", "day"),
    ("4月24日", "2025-04-24", "day"),
    ("05月30日 08:15", "2025-05-30T08:15:00+08:00", "minute"),
    ("[05-31]", "2025-05-31", "day"),
    ("06-02", "2025-06-02", "day"),  # within the one-day slack
    ("06-03", "2024-06-03", "day"),  # beyond it: last year
    ("12-25", "2024-12-25", "day"),
]

REJECTED = [
    None,
    "",
    "   ",
    "2024-13-01",  # month 13
    "2024-02-30",  # Feb 30
    "2023-02-29",  # not a leap year
    "2024年4月24日 25:10",  # 25 o'clock: the date must not silently drop the time
    "2025-06-03",  # after now + 1 day
    "2026-07-19 07:16",  # PubDate in the future of the fetch
    "2026年",
    "2023年以来",  # running text, not a date
    "Copyright 2007-2021",
    "02-30",
    "来源：济南高新区",
    "2293",
    "sp20241105",
]


@pytest.mark.parametrize(("raw", "value", "precision"), REAL_WORLD + SHAPES + RELATIVE)
def test_parse_cn_date(raw, value, precision):
    assert parse_cn_date(raw, NOW) == ParsedDate(value, precision)


@pytest.mark.parametrize("raw", REJECTED)
def test_parse_cn_date_rejects(raw):
    assert parse_cn_date(raw, NOW) is None


@pytest.mark.parametrize(
    ("raw", "now", "value", "precision"),
    [
        # meta PubDate, seen after its date.
        (
            "2026-07-19 07:16",
            datetime(2026, 8, 1, tzinfo=SHANGHAI),
            "2026-07-19T07:16:00+08:00",
            "minute",
        ),
        # December list dates seen in January belong to last year.
        ("12-25", JANUARY, "2024-12-25", "day"),
        ("12月31日 23:50", JANUARY, "2024-12-31T23:50:00+08:00", "minute"),
        ("01-03", JANUARY, "2025-01-03", "day"),
        ("昨天 14:20", JANUARY, "2025-01-04T14:20:00+08:00", "minute"),
        ("3天前", JANUARY, "2025-01-02", "day"),
        # A naive now means Asia/Shanghai; an aware UTC now is converted.
        ("今天", datetime(2025, 6, 1, 10, 0), "2025-06-01", "day"),
        ("今天", datetime(2025, 5, 31, 17, 0, tzinfo=UTC), "2025-06-01", "day"),
        # Two-digit year in the future of now is read as 19YY.
        ("99年12月31日", NOW, "1999-12-31", "day"),
    ],
)
def test_parse_cn_date_with_now(raw, now, value, precision):
    assert parse_cn_date(raw, now) == ParsedDate(value, precision)


def test_default_now_is_today():
    parsed = parse_cn_date("今天")
    assert parsed == ParsedDate(datetime.now(SHANGHAI).date().isoformat(), "day")


@pytest.mark.parametrize(
    ("month", "day", "now", "year"),
    [
        (4, 24, NOW, 2025),
        (6, 2, NOW, 2025),  # tomorrow, inside the slack
        (6, 3, NOW, 2024),
        (12, 25, JANUARY, 2024),
        (1, 5, JANUARY, 2025),
        (1, 6, JANUARY, 2025),
        (1, 7, JANUARY, 2024),
        (1, 1, datetime(2024, 12, 31, 12, 0, tzinfo=SHANGHAI), 2025),  # slack across New Year
        (2, 29, NOW, 2024),  # latest leap year
        (2, 29, datetime(2028, 3, 1, tzinfo=SHANGHAI), 2028),
    ],
)
def test_infer_year(month, day, now, year):
    assert infer_year(month, day, now) == year


def test_infer_year_impossible_date():
    with pytest.raises(ValueError, match="02-30"):
        infer_year(2, 30, NOW)


def test_the_chain_parses_each_raw_date_once_a_page(monkeypatch) -> None:
    """``find_published`` asks for the line's and the meta tag's day several times (the render
    stamp, the structured vote, the chain); each raw string is parsed once, at one clock reading."""
    from incubator_crawler.article import published
    from incubator_crawler.article.extract import ExtractedArticle

    seen: list[tuple[str, datetime | None]] = []
    real = published.parse_cn_date

    def counting(raw, now=None):
        seen.append((raw, now))
        return real(raw, now)

    monkeypatch.setattr(published, "parse_cn_date", counting)
    art = ExtractedArticle()
    published.find_published(
        art,
        {"published": "发布时间：2024-03-05 10:20"},
        {"pubdate": ("PubDate", "2024-03-09 08:00")},
        {},
        "https://example.gov.cn/art/art_1_2.html",
        None,
        {},
    )
    assert art.published_raw == "发布时间：2024-03-05 10:20"
    assert art.rules["published"] == "label:发布时间(shown)"
    raws = [raw for raw, _ in seen]
    assert sorted(raws) == sorted(set(raws)) == ["2024-03-09 08:00", "发布时间：2024-03-05 10:20"]
    assert len({now for _, now in seen}) == 1
