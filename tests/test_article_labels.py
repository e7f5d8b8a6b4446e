"""Table-driven tests for split_labelled_line and decode_html (SITES.md §3 strings verbatim)."""

from __future__ import annotations

import pytest

from incubator_crawler.article.date_lines import YEARLESS_TIME_RE
from incubator_crawler.article.encoding import codec_name, decode_html
from incubator_crawler.article.labels import (
    DATE_CHAR_RE,
    DATE_RE,
    add_names,
    nfkc_with_map,
    split_labelled_line,
)

CASES: list[tuple[str, dict[str, str]]] = [
    # seed, as in the brief (\u3000 separators, full-width colons kept in the published value)
    (
        "发布日期：2024-04-24\u3000编辑：中国孵化器网\u3000来源：济南高新区",
        {"published": "发布日期：2024-04-24", "editor": "中国孵化器网", "source": "济南高新区"},
    ),
    # SITES.md §3 rows, verbatim (tags stripped where the row quotes HTML)
    (
        "发布日期:2024-04-24   编辑:中国孵化器网   来源:济南高新区",
        {"published": "发布日期:2024-04-24", "editor": "中国孵化器网", "source": "济南高新区"},
    ),
    (
        "来源: | 作者:广州凯东知识产权官网 | 发布时间: 2023-10-20 | 363 次浏览 | 分享到:",
        {"source": "", "author": "广州凯东知识产权官网", "published": "发布时间: 2023-10-20"},
    ),
    (
        "發佈時間:2015-06-15 07:35:54 來源:深圳特區報 責任編輯:羅伯特",
        {"published": "發佈時間:2015-06-15 07:35:54", "source": "深圳特區報", "editor": "羅伯特"},
    ),
    ("來源: 南方都市報作者: 盧韻如", {"source": "南方都市報", "author": "盧韻如"}),
    ("27.10.2014 13:11", {"published": "27.10.2014 13:11"}),
    ("本文来源: 中国新闻社河北分社", {"source": "中国新闻社河北分社"}),
    ("PublishTime:2019-09-08 11:25:14", {"published": "PublishTime:2019-09-08 11:25:14"}),
    (
        "发布时间:2024-11-05 18:26:27 来源: sp20241105",
        {"published": "发布时间:2024-11-05 18:26:27", "source": "sp20241105"},
    ),
    ("2015-06-13 2293", {"published": "2015-06-13"}),
    ("3上一篇  下一篇4 2011年10月24日 放大 缩小 默认", {"published": "2011年10月24日"}),
    ("2014-01-30 04:43", {"published": "2014-01-30 04:43"}),
    # no label: the first date, in the page's own characters
    ("\u3000２０２４-０４-２４ 浏览 2023-01-01", {"published": "２０２４-０４-２４"}),
    (
        "发布机构:科技部门户网站 文号:国科发专〔2017〕145号 公开日期: 2018-03-05 有效性: 有效",
        {
            "publisher": "科技部门户网站",
            "doc_number": "国科发专〔2017〕145号",
            "published": "公开日期: 2018-03-05",
            "validity": "有效",
        },
    ),
    (
        "索 引 号：000014349/2018-00222 主题分类：…",
        {"index_no": "000014349/2018-00222", "topic": "…"},
    ),
    (
        "2016年09月27日 07:02 来源：省政府办公厅 【字体：大 中 小】",
        {"published": "2016年09月27日 07:02", "source": "省政府办公厅"},
    ),
    (
        "文章来源：本站原创 作者：佚名 发布时间：2016年04月01日 点击数：次",
        {
            "source": "本站原创",
            "author": "佚名",
            "published": "发布时间：2016年04月01日",
            "views": "次",
        },
    ),
    ("2017-12-06|HiShop|阅读量：", {"published": "2017-12-06", "views": ""}),
    ("2018-04-22 14:52:38", {"published": "2018-04-22 14:52:38"}),
    # more shapes from §2-§5
    (
        "发布时间：2024-03-15\xa0\xa0信息来源：中关村科技园区管理委员会\xa0\xa0字体：[大 中 小]",
        {"published": "发布时间：2024-03-15", "source": "中关村科技园区管理委员会"},
    ),
    ("来源：X 作者：Y 评论：0", {"source": "X", "author": "Y"}),
    ("文/图 张三", {"author": "张三"}),
    ("来源：3D打印网 作者：李四", {"source": "3D打印网", "author": "李四"}),
    ("责任编辑：王五", {"editor": "王五"}),
    ("发布日期：2024年5月1日 14时30分", {"published": "发布日期：2024年5月1日 14时30分"}),
    # a labelled 发布日期 beats a bare 时间/更新时间 wherever they stand
    (
        "更新时间：2024-05-02 发布日期：2024-05-01",
        {"published": "发布日期：2024-05-01"},
    ),
    # a date glued to the outlet's name ends its value; an ROC year in digits is no line date
    ("來源：中央社113/05/13", {"source": "中央社"}),
    ("來源：中央社113年5月13 編輯：周明軒", {"source": "中央社", "editor": "周明軒"}),
    ("来源：人民日报May13, 2024", {"source": "人民日报"}),
    # its month in any case, as DATE_RE reads a spaced one (``MAY 13, 2024``)
    ("来源：人民日报MAY13, 2024", {"source": "人民日报"}),
    ("来源：人民日报sept.5, 2024", {"source": "人民日报"}),
    # a bare 发布 with its colon labels the date after it, and ends a source before it; with no
    # date after it, it is no date label (信息发布：市科技局)
    ("发布：2021-06-11 15:11 点击：", {"published": "发布：2021-06-11 15:11"}),
    ("来源：园区 发布：2024-01-01", {"source": "园区", "published": "发布：2024-01-01"}),
    ("信息发布：市科技局", {}),
    # robust51: a counter's label glued to an empty slot's colon (DedeCMS, blank fields) ends it
    (
        "时间:2014-11-18 01:51 来源:作者:点击:次",
        {"published": "时间:2014-11-18 01:51", "source": "", "author": ""},
    ),
    # a slash between blanks parting the items leaves no ``/`` on the value before it
    (
        "发布者：团委 / 发布时间：2026-04-02 / 浏览次数：10",
        {"author": "团委", "published": "发布时间：2026-04-02", "views": "10"},
    ),
    ("作者：张三 / 李四", {"author": "张三 / 李四"}),
    # Taiwan's 發表於 labels the date as 发表于 does
    ("發表於 2022-02-05 更新於 2026-01-09 分類於 生活", {"published": "發表於 2022-02-05"}),
    ("", {}),
    ("没有任何标签的一行文字", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_labelled_line(text: str, expected: dict[str, str]) -> None:
    assert split_labelled_line(text) == expected


def test_values_keep_original_characters() -> None:
    out = split_labelled_line("发布时间：２０２４-０４-２４\u3000来源：新華社")
    # matching ran on NFKC text, but values are cut from the original string
    assert out == {"published": "发布时间：２０２４-０４-２４", "source": "新華社"}


def test_nfkc_map_points_back() -> None:
    norm, idx = nfkc_with_map("来源：Ａ\u3000B")
    assert norm == "来源:A B"
    assert len(idx) == len(norm) + 1
    assert idx[norm.index("A")] == 3


# ---------------------------------------------------------------------------------- decode_html
SIMPLE = "<html><head>{meta}<title>济南高新区人才工作</title></head><body><p>孵化器——“双创”</p></body></html>"


def test_decode_gbk_meta_without_header_charset() -> None:
    body = SIMPLE.format(meta='<meta charset="gb2312">').encode("gbk")
    text, enc = decode_html(body, "text/html")
    assert enc == "gb18030"
    assert "济南高新区人才工作" in text
    assert "“双创”" in text


def test_decode_big5_meta() -> None:
    page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=big5'></head><body>發佈時間 來源:深圳特區報</body></html>"
    text, enc = decode_html(page.encode("big5"), None)
    assert enc == "big5hkscs"
    assert "深圳特區報" in text


def test_decode_utf8_header() -> None:
    body = SIMPLE.format(meta="").encode("utf-8")
    text, enc = decode_html(body, "text/html; charset=UTF-8")
    assert enc == "utf-8"
    assert "孵化器" in text


def test_decode_undeclared_gbk_is_detected() -> None:
    body = SIMPLE.format(meta="").encode("gbk")
    text, enc = decode_html(body, None)
    assert enc == "gb18030"
    assert "济南高新区人才工作" in text


def test_decode_undeclared_utf8() -> None:
    text, enc = decode_html(SIMPLE.format(meta="").encode("utf-8"), "text/html")
    assert enc == "utf-8"
    assert "\ufffd" not in text


def test_decode_header_wrong_meta_right() -> None:
    # header claims utf-8, bytes are GBK, <meta> tells the truth: meta wins, nothing lost
    body = SIMPLE.format(meta='<meta charset="gbk">').encode("gbk")
    text, enc = decode_html(body, "text/html; charset=utf-8")
    assert enc == "gb18030"
    assert "济南高新区人才工作" in text


def test_decode_errors_are_recorded() -> None:
    body = SIMPLE.format(meta="").encode("utf-8") + b"\xff\xfe\xfd"
    text, enc = decode_html(body, "text/html; charset=utf-8")
    assert enc == "utf-8 (with errors)"
    assert codec_name(enc) == "utf-8"
    assert "\ufffd" in text
    assert "孵化器" in text


def test_decode_bom_wins() -> None:
    body = b"\xef\xbb\xbf" + SIMPLE.format(meta="").encode("utf-8")
    text, enc = decode_html(body, "text/html; charset=gbk")
    assert enc == "utf-8"
    assert text.startswith("<html>")


def _needs_char(items, char_re=DATE_CHAR_RE) -> bool:
    """True when every match of the parsed pattern ``items`` holds a character ``char_re`` finds:
    some item that must match is one of them, or a group or branch that needs one."""
    try:
        from re import _constants as sre_c
    except ImportError:  # Python < 3.11
        import sre_constants as sre_c  # type: ignore[no-redef]

    def chars_are_date(op, av) -> bool:
        if op is sre_c.LITERAL:
            return char_re.match(chr(av)) is not None
        if op is sre_c.IN:
            members = [(o, a) for o, a in av if o is not sre_c.NEGATE]
            if len(members) < len(av):
                return False
            return all(
                a is sre_c.CATEGORY_DIGIT and char_re.match("0") is not None
                if o is sre_c.CATEGORY
                else chars_are_date(sre_c.LITERAL, a)
                if o is sre_c.LITERAL
                else o is sre_c.RANGE and all(char_re.match(chr(c)) for c in range(a[0], a[1] + 1))
                for o, a in members
            )
        return False

    for op, av in items:
        if chars_are_date(op, av):
            return True
        if (
            op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT)
            and av[0] >= 1
            and _needs_char(av[2], char_re)
        ):
            return True
        if op is sre_c.SUBPATTERN and _needs_char(av[-1], char_re):
            return True
        if op is sre_c.BRANCH and all(_needs_char(alt, char_re) for alt in av[1]):
            return True
    return False


def test_every_date_needs_a_date_char() -> None:
    """DATE_CHAR_RE gates the bare-date search (date_lines._find_date_blocks): every alternative of
    DATE_RE, and the yearless time, must hold one of its characters, or a block with that date
    alone would be skipped. Read from the patterns' parse trees, so a new alternative is checked."""
    try:
        from re import _parser as sre_parse
    except ImportError:  # Python < 3.11
        import sre_parse  # type: ignore[no-redef]

    assert _needs_char(sre_parse.parse(DATE_RE.pattern))
    assert _needs_char(sre_parse.parse(YEARLESS_TIME_RE.pattern))
    # and the checker itself tells a pattern without one
    assert not _needs_char(sre_parse.parse(r"今天|(?:\d)?昨天"))
    assert DATE_CHAR_RE.search("二〇二四年三月五日") is not None
    assert DATE_CHAR_RE.search("２０２４") is not None
    assert DATE_CHAR_RE.search("首页 新闻中心 通知公告") is None
    # a Chinese numeral alone is no date's (a year's numerals stand before 年)
    assert DATE_CHAR_RE.search("第一届 二手市场") is None
    assert not _needs_char(sre_parse.parse(r"[〇一二三]{4}月"))


def test_every_breadcrumb_separator_needs_a_parting_char() -> None:
    """``_find_breadcrumb``'s chain loop skips a line far above the title whose NFKC text holds
    no ``_PARTING_CHAR_RE`` character (and no separator images): every separator that loop
    reads must hold one, read from the patterns' parse trees."""
    from incubator_crawler.article import category

    try:
        from re import _parser as sre_parse
    except ImportError:  # Python < 3.11
        import sre_parse  # type: ignore[no-redef]

    parting = category._PARTING_CHAR_RE
    for rx in (category.BREADCRUMB_ARROW_RE, category._DASH_SEP_RE):
        assert _needs_char(sre_parse.parse(rx.pattern), parting), rx.pattern
    # the spaced slash and the arrows a block's text may end with (``_whole_trail``)
    assert all(parting.search(c) for c in ("/", ">", "»", "›", "→"))
    assert not _needs_char(sre_parse.parse(category._PLAIN_SEP_RE.pattern), parting)
    assert parting.search("首页 新闻中心 通知公告") is None


@pytest.mark.parametrize(
    ("names", "more", "joined"),
    [
        ("严玉洁", "严玉洁 王辉", "严玉洁、王辉"),
        ("王辉明", "王辉", "王辉明、王辉"),
        ("严玉洁、王辉", "王辉", "严玉洁、王辉"),
        ("Ａ", "B A", "Ａ、B"),  # NFKC: a full-width letter is the same name
        ("X", "Y 每经校对 Z", "X、Y 每经校对 Z"),  # the second credit's own separators stay
    ],
)
def test_add_names_by_whole_name(names: str, more: str, joined: str) -> None:
    """Two credits of one role joined by whole name, each name once, in order."""
    assert add_names(names, more) == joined
