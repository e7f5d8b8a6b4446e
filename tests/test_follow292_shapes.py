"""follow292: a short record of headed items is a text, though no line of it is a sentence.

The fragment gate (``looks_like_article_body``) keeps a list of headlines from being taken as the
text; it also nulled two dev pages whose whole text is a record: an activity's fields (``时间范围`` /
``报名时间 DATE - DATE`` / ``活动级别`` / ``当前活动级别为 校级`` …) and a question with its answer
under raw Markdown headings (``##题目`` / the question / ``##答案`` / a formula). Such a text passes
when it opens with a heading, its headings differ, at least three of them (two Markdown ones)
stand over a value line of words (not a bare date or number), no line repeats and no line is a
link. A menu, a headline list with dates, a tag cloud with counts, a comment box, a follow box
and a footer's contact lines still fail.

Why: docs/benchmarks.md, follow292.
"""

from __future__ import annotations

from page_shapes import run

from incubator_crawler.article.body import looks_like_article_body
from incubator_crawler.article.text import compact

RECORD = [
    "时间范围",
    "报名时间 2018.09.20 19:00 - 2018.09.22 19:00",
    "活动时间 2018.09.23 08:00 - 2018.09.23 19:00",
    "活动级别",
    "当前活动级别为 校级",
    "报名人数",
    "500",
    "学分设置",
    "文艺类",
    "学分 1.00 名额 500",
    "活动标签",
    "当前活动标签为 招新选拔",
]
QUESTION = [
    "##题目",
    "其中有一种强氧化性的离子，桃红色，类似于高铁酸根但不是，一种复盐",
    "##答案",
    "RbMn(SO4)2.12H2O",
]


def _gate(lines: list[str], linked: set[str] | None = None) -> bool:
    # ``linked``: the lines shown as links, by their compact keys (as the pipeline gives them)
    return looks_like_article_body("\n\n".join(lines), {compact(p) for p in linked or ()})


def test_activity_record_passes() -> None:
    assert _gate(RECORD)


def test_markdown_question_and_answer_pass() -> None:
    assert _gate(QUESTION)


def test_neighbour_record_whose_lines_are_links_fails() -> None:
    # the same shape, its lines shown as links: a menu's sections and their pages
    assert not _gate(RECORD, {"当前活动级别为 校级"})


def test_neighbour_two_level_menu_fails() -> None:
    menu = [
        "研究院概况",
        "研究院简介 发展理念",
        "学术研究",
        "研究方向 学术成果",
        "社会服务",
        "联系我们 地图",
    ]
    assert not _gate(menu, set(menu))


def test_neighbour_short_headlines_with_dates_fail() -> None:
    # a headline list's date column is no value
    assert not _gate(
        ["开学典礼", "2019-09-01", "毕业典礼", "2019年6月20日", "迎新晚会", "2018.12.01"]
    )


def test_neighbour_tag_cloud_with_counts_fails() -> None:
    assert not _gate(["机器学习", "12", "深度学习", "8", "数据挖掘", "(5)"])


def test_neighbour_comment_box_fails() -> None:
    # each comment's reply button: one heading over and over
    comments = ["回复", "麦洛 游客", "非常好的分享", "回复", "桑猫眼 游客", "这个网站真是帮了大忙"]
    assert not _gate(comments)


def test_neighbour_follow_box_fails() -> None:
    # the account's name under each of its boxes: a line repeated
    box = [
        "关注我们",
        "科学岛研究生在线",
        "官方公众号",
        "科学岛研究生在线 ",
        "官方视频号",
        "研究生在线号",
    ]
    assert not _gate([p.strip() for p in box])


def test_neighbour_two_plain_items_fail() -> None:
    # two headings of plain words over values: an about box's name and motto, not a record
    assert not _gate(["冰灵", "冰灵制作组的日志集散地", "联系我们", "南京市栖霞区仙林大道163号"])


def test_neighbour_footer_contact_lines_fail() -> None:
    footer = [
        "源楚化工科技有限公司",
        "商务联系 : 18681251779",
        "技术咨询 : 15196635218",
        "公司地址：成都市新都区",
    ]
    assert not _gate(footer)


def test_neighbour_record_ending_in_a_heading_fails() -> None:
    assert not _gate([*RECORD, "活动简介"])


def _page(cells: str) -> dict:
    head = "<title>计算机协会招新 | 学生活动</title>"
    body = (
        "<main><h1>计算机协会招新</h1><p><time datetime='2018-09-21'>2018-09-21</time></p>"
        f"<div class='activity'>{cells}</div></main>"
        "<footer><p>© 2018 学生活动平台</p></footer>"
    )
    return run(body, head, "https://club.example.org/2018/09/21/zhaoxin/")


def test_record_page_keeps_its_text() -> None:
    cells = "".join(
        f"<h4>{p}</h4>" if len(p) == 4 and not p.isdigit() and " " not in p else f"<p>{p}</p>"
        for p in RECORD
    )
    out = _page(cells)
    assert out["body"] == "\n\n".join(RECORD)
    assert out["rejected"] is None


def test_neighbour_record_of_links_page_is_rejected() -> None:
    # the same lines, each a link to another page of the site: a box of links, no text
    cells = "".join(f"<p><a href='/tag/{i}/'>{p}</a></p>" for i, p in enumerate(RECORD))
    out = _page(cells)
    assert out["body"] is None
