"""Table-driven tests for incubator_crawler.article.people (strings from docs/SITES.md §3)."""

from __future__ import annotations

import pytest

from incubator_crawler.article.people import PLACEHOLDERS, clean_person, find_inline_people

SITE = "中国孵化器网"

# (raw, role, expected). Field values as an extractor would hand them over, taken from
# the SITES.md §3 meta lines (quoted verbatim where the whole line is passed).
CASES = [
    # Seed: 编辑 is the site itself, 来源 the original publisher.
    ("编辑:中国孵化器网", "editor", "中国孵化器网"),
    ("来源:济南高新区", "source", "济南高新区"),
    ("中国孵化器网", "source", "中国孵化器网"),
    # gzkaidong: empty 来源, author is the site's own name, | separators, view count.
    ("来源: ", "source", None),
    (
        "作者:广州凯东知识产权官网 | 发布时间: 2023-10-20 | 363 次浏览 | 分享到:",
        "author",
        "广州凯东知识产权官网",
    ),
    ("作者:广州凯东知识产权官网 363 次浏览", "author", "广州凯东知识产权官网"),
    # big5 gateway: traditional labels stay traditional in the value.
    ("來源:深圳特區報", "source", "深圳特區報"),
    ("責任編輯:羅伯特", "editor", "羅伯特"),
    # No separator between fields after stripping tags.
    ("來源: 南方都市報作者: 盧韻如", "source", "南方都市報"),
    ("作者: 盧韻如", "author", "盧韻如"),
    ("本文来源: 中国新闻社河北分社", "source", "中国新闻社河北分社"),
    # Mirror junk source; editor wrapped in 【】.
    ("来源: sp20241105", "source", None),
    ("【编辑:田博群】", "editor", "田博群"),
    ("(记者 刘育英)", "author", "刘育英"),
    ("来源：省政府办公厅 【字体：大 中 小】", "source", "省政府办公厅"),
    # .aspx CMS placeholders.
    ("文章来源：本站原创", "source", None),
    ("作者：佚名", "author", None),
    ("HiShop", "source", "HiShop"),
    ("admin", "author", None),
    ("Administrator", "author", None),
    ("本站原创", "source", None),
    ("本站", "source", None),
    ("本网", "source", None),
    ("来源：本網", "source", None),
    ("未知", "author", None),
    ("作者：管理员", "author", None),
    ("来源：网络", "source", None),
    ("来源：互联网", "source", None),
    ("暂无", "editor", None),
    ("—", "source", None),
    ("-", "author", None),
    ("", "source", None),
    (None, "author", None),
    # Other labels, spaces and brackets.
    ("信息来源：新华社", "source", "新华社"),
    ("稿源：科技日报", "source", "科技日报"),
    ("出处：人民网", "source", "人民网"),
    ("文章来源：（科技日报）", "source", "科技日报"),
    ("责任编辑：\u3000张三\u3000", "editor", "张三"),
    ("责编：李四", "editor", "李四"),
    ("编审：王五", "editor", "王五"),
    ("编辑 ： 赵六", "editor", "赵六"),
    ("[责任编辑：田博群]", "editor", "田博群"),
    ("编辑部", "editor", "编辑部"),
    ("来源：《 人民日报 》", "source", "《 人民日报 》"),
    ("来源：济南高新区 丨 2024-04-24", "source", "济南高新区"),
    ("来源：济南高新区 2024-04-24", "source", "济南高新区"),
    ("来源：\xa0济南\xa0\xa0高新区", "source", "济南 高新区"),
    ("撰稿：王五", "author", "王五"),
    # the next item's publish-date label, in either script, ends the value
    ("張三 發佈日期：2024-05-01", "author", "張三"),
    ("中央社 發布時間：2024-05-01 10:00", "source", "中央社"),
    # Several authors are joined with 、.
    ("张三 李四", "author", "张三、李四"),
    ("作者：张三，李四", "author", "张三、李四"),
    ("张三、李四、张三", "author", "张三、李四"),
    ("记者 张三 通讯员 李四", "author", "张三、李四"),
    ("作者：张三 佚名", "author", "张三"),
    ("文/图 王五", "author", "王五"),
    ("文/赵六", "author", "赵六"),
    ("作者：张  三", "author", "张三"),  # a 2-character name padded to 3 columns
    ("John Smith", "author", "John Smith"),
    # An author that is just the site is not a person.
    ("作者：中国孵化器网", "author", None),
]


@pytest.mark.parametrize(("raw", "role", "expected"), CASES)
def test_clean_person(raw, role, expected):
    assert clean_person(raw, role=role, site_name=SITE) == expected


def test_clean_person_without_site_name_keeps_site_author():
    assert clean_person("作者：中国孵化器网", role="author") == "中国孵化器网"


def test_clean_person_rejects_unknown_role():
    with pytest.raises(ValueError, match="role"):
        clean_person("张三", role="photographer")


@pytest.mark.parametrize("value", ["佚名", "admin", "本站原创", "未知", "互联网", ""])
def test_placeholders_listed(value):
    assert value in PLACEHOLDERS


INLINE = [
    (
        [
            "中新网北京2月1日电(记者 刘育英)近日，工信部印发通知。",
            "正文第二段。",
            "【编辑:田博群】",
        ],
        {
            "editor": "田博群",
            "author": "刘育英",
            "editor_line_index": 2,
            "author_line_index": None,
            "author_label_index": None,
            "desk_line_index": None,
        },
    ),
    (
        ["文/图 王五", "本报讯 近日，高新区举行活动。", "正文。（责任编辑：张三）"],
        {
            "editor": "张三",
            "author": "王五",
            "editor_line_index": None,
            "author_line_index": 0,
            "author_label_index": None,
            "desk_line_index": None,
        },
    ),
    (
        ["本报记者张三报道 近日，孵化器迎来新企业。", "责任编辑：李四", ""],
        {
            "editor": "李四",
            "author": "张三",
            "editor_line_index": 1,
            "author_line_index": None,
            "author_label_index": None,
            "desk_line_index": None,
        },
    ),
    (
        ["文/赵六 图/钱七", "正文。", "(责任编辑：孙八)"],
        {
            "editor": "孙八",
            "author": "赵六",
            "editor_line_index": 2,
            "author_line_index": 0,
            "author_label_index": None,
            "desk_line_index": None,
        },
    ),
    (
        ["近日，济南高新区人才工作再获两项省级荣誉。", "正文。"],
        {
            "editor": None,
            "author": None,
            "editor_line_index": None,
            "author_line_index": None,
            "author_label_index": None,
            "desk_line_index": None,
        },
    ),
    (
        # 佚名 names no writer; the editor slot keeps the site's word as written (LABELLING.md, Fields:
        # "a site name is kept if that is what follows the label"; policy71)
        ["（记者 佚名）正文。", "【编辑：本站】"],
        {
            "editor": "本站",
            "author": None,
            "editor_line_index": 1,
            "author_line_index": None,
            "author_label_index": None,
            "desk_line_index": None,
        },
    ),
    (
        # a desk credit run into the lead below a caption: the author, and the body cleaner
        # cuts it from that paragraph (clean_body's desk_index)
        ["园区企业展示新产品。", "月台沉降幅度达60毫米。 本報港聞部報道", "正文。"],
        {
            "editor": None,
            "author": "港聞部",
            "editor_line_index": None,
            "author_line_index": None,
            "author_label_index": None,
            "desk_line_index": 1,
        },
    ),
    (
        # a reporter's byline names the author; the desk credit is still cut
        ["本报记者张三报道 近日，孵化器迎来新企业。 本報港聞部報道", "正文。"],
        {
            "editor": None,
            "author": "张三",
            "editor_line_index": None,
            "author_line_index": None,
            "author_label_index": None,
            "desk_line_index": 0,
        },
    ),
    (
        [],
        {
            "editor": None,
            "author": None,
            "editor_line_index": None,
            "author_line_index": None,
            "author_label_index": None,
            "desk_line_index": None,
        },
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), INLINE)
def test_find_inline_people(paragraphs, expected):
    assert find_inline_people(paragraphs) == expected


def test_find_inline_people_asked_again_answers_the_same_and_owns_its_dict():
    """The extractor and the normalisation's people step ask about the same paragraphs: the
    second answer comes from memory, equal to the first, and a caller's changes to its dict
    reach no other caller."""
    paragraphs = ["（记者 王小明）园区今天开园。", "正文第二段。", "（责任编辑：李四）"]
    first = find_inline_people(paragraphs)
    first["author"] = "changed"
    again = find_inline_people(list(paragraphs))
    assert again == {
        "editor": "李四",
        "author": "王小明",
        "editor_line_index": 2,
        "author_line_index": None,
        "author_label_index": None,
        "desk_line_index": None,
    }
    assert again is not first


@pytest.mark.parametrize(
    ("first", "author"),
    [
        ("文章目录 显示", None),  # a table of contents' heading: 文 opens the word 文章
        ("文化强国 建设", None),
        ("文 章子怡", "章子怡"),  # a blank or a slash after 文 keeps it a label
        ("文/章子怡", "章子怡"),
        ("文 张三", "张三"),
    ],
)
def test_a_bare_wen_opening_a_word_is_no_byline(first: str, author: str | None) -> None:
    """``文`` glued to 章, 化, 件… opens a word, not a 文：X credit."""
    lines = [first, "园区今年新引进科技企业三十家，产值同比增长两成。"]
    assert find_inline_people(lines)["author"] == author


@pytest.mark.parametrize(
    ("credit", "closing", "author"),
    [
        # a name inside another is a second writer, not the same one
        ("作者：王辉明", "（记者 王辉）", "王辉明、王辉"),
        ("作者：王辉", "（记者 王辉明）", "王辉、王辉明"),
        # the same name credited twice is one writer
        ("作者：王辉", "（记者 王辉）", "王辉"),
        ("作者：本报记者 王辉", "（记者 王辉）", "王辉"),
    ],
)
def test_a_closing_credit_joins_the_byline_by_whole_name(
    credit: str, closing: str, author: str
) -> None:
    """The text's closing ``（记者 X）`` adds X to the meta line's writers unless X is one of them."""
    from page_shapes import PROSE, run

    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30&nbsp;&nbsp;{credit}</div>"
        f"<div><p>{PROSE}</p><p>园区今年新引进科技企业三十家。{closing}</p></div>"
    )
    assert rec["author"] == author
