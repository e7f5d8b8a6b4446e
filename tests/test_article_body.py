"""Table-driven tests for incubator_crawler.article.body (boilerplate from docs/SITES.md §1, §3, §4)."""

from __future__ import annotations

import pytest

from incubator_crawler.article.body import clean_body, clean_paragraph, is_boilerplate

BOILERPLATE = [
    # Font controls (SITES.md §4, verbatim).
    "【字体：大 中 小】",
    "字体：【大中小】",
    "字体大小：[大中小]",
    "字号：大中小",
    "【字体：小中大】",
    "字号:〖大 中 小〗",
    "放大 缩小 默认",
    # Print, close, share, corrections.
    "【打印本页】",
    "打印此页",
    "【关闭窗口】",
    "关闭窗口",
    "【打印本页】 【关闭窗口】",
    "分享到：",
    "分享到： 微信 微博 QQ空间",
    "【我要纠错】",
    # Article nav.
    "上一篇：",
    "下一篇：",
    "上一篇：关于举办2024年创新创业大赛的通知",
    "3上一篇  下一篇4 2011年10月24日 放大 缩小 默认",
    "相关新闻",
    "相关阅读",
    "推荐阅读",
    "【相关阅读】",
    # Mobile and accessibility.
    "扫一扫在手机打开当前页",
    "是否打开信息无障碍浏览",
    "网站无障碍|关怀版|长者模式",
    # Site chrome and footer.
    "设为首页|加入收藏|网站地图|联系我们|版权所有",
    "版权所有：中国孵化器网",
    "工业和信息化部火炬高技术产业开发中心 京ICP备05034026号-1 京公網安備 11010202000532號",
    "京ICP备05034026号-1",
    "京公网安备 11010202000532号",
    "Copyright® 2007-2021 All Rights Reserved",
    # The seed header, sidebar and teasers.
    "您好,欢迎来到中国孵化器! 登录 注册 +我们微信 | 返回首页 | 加入收藏 | 设为首页",
    "您好，欢迎来到中国孵化器！ 登录 注册",
    "图片新闻推荐",
    "深圳南山,一家孵化器…没有...[详情]",
    "[详情]",
    # View counters, empty (JS-filled) or not.
    "点击数：次",
    "点击数: 次",
    "阅读量：",
    "363 次浏览",
    "浏览次数：1024",
    # Meta lines pasted into the body container.
    "发布日期:2024-04-24   编辑:中国孵化器网   来源:济南高新区",
    "發布時間：2024-04-24 編輯：張三",
    "2016年09月27日 07:02 来源：省政府办公厅 【字体：大 中 小】",
    "当前位置:中国孵化器网 > 新闻动态 > 园区动态 >  正文",
    # Whitespace only.
    "",
    "\u3000\xa0 ",
]

CONTENT = [
    "【基本案情】",  # a section header, not a control (SITES.md §4)
    "【新闻】",
    "近日，中共山东省委、省政府印发《通报》。",
    "大中型企业加快数字化转型。",
    "发布时间：2024年4月1日至4月30日",
    "2024年4月24日，记者从济南高新区获悉，两项省级荣誉花落高新区。",
    "据新华社北京6月14日电",
    "关闭",  # a lone control word is still chrome
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_is_boilerplate(line):
    assert is_boilerplate(line) is True


@pytest.mark.parametrize("line", CONTENT[:-1])
def test_is_not_boilerplate(line):
    assert is_boilerplate(line) is False


def test_lone_control_word_is_boilerplate():
    assert is_boilerplate(CONTENT[-1]) is True


def test_long_paragraph_mentioning_copyright_is_content():
    line = "版权所有" + "，孵化器企业知识产权保护工作取得新进展" * 10
    assert is_boilerplate(line) is False


PARAGRAPHS = [
    ("\u3000\u3000近日，济南高新区", "近日，济南高新区"),
    ("深圳\u3000南山", "深圳南山"),  # padding between CJK removed
    ("深圳 南山", "深圳 南山"),  # an ordinary space is kept (one)
    ("深圳\xa0\xa0孵化器 Apple&nbsp;Inc", "深圳孵化器 Apple Inc"),
    ("Apple\u3000Inc", "Apple Inc"),
    ("孵化\u200b器\ufeff", "孵化器"),
    # no padding character as such: the entities read as nbsp are the padding
    ("园区&nbsp;&nbsp;企业", "园区企业"),
    ("a \n\t b", "a b"),
    ("????為引導科技企業孵化器", "為引導科技企業孵化器"),  # szcydr.com encoding damage
    ("为什么？？", "为什么？？"),
]


@pytest.mark.parametrize(("raw", "expected"), PARAGRAPHS)
def test_clean_paragraph(raw, expected):
    assert clean_paragraph(raw) == expected


TITLE = "双榜提名!济南高新区人才工作再获两项省级荣誉"
FIRST = (
    "近日，中共山东省委、山东省人民政府印发《关于表扬全省人才工作先进单位的通报》，济南高新区获评。"
)
SECOND = "据了解，济南高新区近年来持续深化人才发展体制机制改革。"

BODIES = [
    # Seed shape: header, title, lede (truncated first sentence), body, sidebar, editor line.
    (
        [
            "您好,欢迎来到中国孵化器! 登录 注册 +我们微信 | 返回首页 | 加入收藏 | 设为首页",
            TITLE,
            "近日，中共山东省委、山东省人民政府印发",
            FIRST,
            "\u3000\u3000" + SECOND,
            "【编辑:田博群】",
            "图片新闻推荐",
            "深圳南山,一家孵化器…没有...[详情]",
        ],
        {"lede": "近日，中共山东省委、山东省人民政府印发", "title": TITLE, "drop_indexes": {5}},
        FIRST + "\n\n" + SECOND,
    ),
    # Lede with an ellipsis, not passed explicitly: a truncated prefix of the next paragraph.
    (["近日，中共山东省委、山东省人民政府...", FIRST, SECOND], {}, FIRST + "\n\n" + SECOND),
    (["近日，中共山东省委、山东省人民政府…", FIRST], {}, FIRST),
    # The lede given explicitly, with an ellipsis, matches the paragraph without it.
    (
        ["导读：孵化器迎来新政", "孵化器迎来新政。正文。"],
        {"lede": "导读：孵化器迎来新政..."},
        "孵化器迎来新政。正文。",
    ),
    # Consecutive duplicates collapse; non-consecutive ones stay.
    ([FIRST, FIRST, SECOND, FIRST], {}, f"{FIRST}\n\n{SECOND}\n\n{FIRST}"),
    # Short headers that prefix the next paragraph are not ledes (only first/ellipsis rule).
    (
        ["正文开头。", "第一条", "第一条 为了规范孵化器管理，制定本办法。"],
        {},
        "正文开头。\n\n第一条\n\n第一条 为了规范孵化器管理，制定本办法。",
    ),
    # Section headers survive; font and print controls go.
    (
        ["【基本案情】", "案情正文。", "【字体：大 中 小】", "【打印本页】 【关闭窗口】"],
        {},
        "【基本案情】\n\n案情正文。",
    ),
    # Title comparison ignores whitespace.
    (["双榜提名! 济南高新区人才工作再获两项省级荣誉", SECOND], {"title": TITLE}, SECOND),
    # Nothing left.
    (["", "\u3000", "分享到：", "[详情]"], {}, None),
    ([], {}, None),
    (["正文。"], {"drop_indexes": {0}}, None),
    # The desk credit run into the lead that find_inline_people names (its desk_line_index)
    # is cut from that paragraph; a paragraph it does not name keeps its words.
    (
        ["园区一角。", FIRST + " 本報港聞部報道", SECOND],
        {"desk_index": 1},
        f"园区一角。\n\n{FIRST}\n\n{SECOND}",
    ),
    (
        ["园区一角。", FIRST + " 本報港聞部報道", SECOND],
        {},
        f"园区一角。\n\n{FIRST} 本報港聞部報道\n\n{SECOND}",
    ),
]


@pytest.mark.parametrize(("paragraphs", "kwargs", "expected"), BODIES)
def test_clean_body(paragraphs, kwargs, expected):
    assert clean_body(paragraphs, **kwargs) == expected


def test_ellipsis_helpers_search_only_the_closing_run():
    """_has_ellipsis / _strip_ellipsis look at the text's closing run of ellipsis characters only
    (speed); they answer what TRAILING_ELLIPSIS over the whole text answers."""
    import itertools
    import re

    from incubator_crawler.article.body import clean as body

    plain = re.compile(body.TRAILING_ELLIPSIS.pattern)
    # every character the pattern can match is one the helpers strip for
    assert set(re.findall(r"[^\\(?:|{},0-9+)$]", plain.pattern)) <= set(body._ELLIPSIS_CHARS)
    alphabet = ".…。⋯a中\n"
    for n in range(6):
        for chars in itertools.product(alphabet, repeat=n):
            c = "".join(chars)
            # the whole-text forms, with the last-character test they had (a compact form
            # holds no newline, before which $ would match too)
            whole = bool(c) and c[-1] in ".…。⋯"
            assert body._has_ellipsis(c) is (whole and plain.search(c) is not None), repr(c)
            assert body._strip_ellipsis(c) == (plain.sub("", c) if whole else c), repr(c)
