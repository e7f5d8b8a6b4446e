"""follow297: a short text beside a news column whose items close their excerpt with ``[详细]``.

A news column's item is a plain headline over an excerpt that closes with a linked read-more
mark and a date / writer row (``<h6>TITLE</h6><p>EXCERPT…<a>[详细]</a></p>``). Its excerpts are
whole sentences, so a column of them outscored a short text of two or three paragraphs beside
it (distractors.py seed 19: ev817's column planted beside archlinuxtw's COSCUP page took the
body, the author and a source). Such an item is a teaser now, damped as an item under a linked
headline is. A long text with a short column, a text that is itself a list of dated items,
and an excerpt whose mark is no link still keep their text.

Why: docs/benchmarks.md, follow297.
"""

from __future__ import annotations

from page_shapes import run

from incubator_crawler.article.body.clean import is_boilerplate

TEXT = [
    "本次活动将在周六下午于图书馆三楼报告厅举行，欢迎各位同学参加。",
    "活动期间，社团成员将介绍今年的项目安排，并回答大家的提问。",
]
ITEMS = [
    ("段少强：享受运输路途的动人风景", "作为驾驶员有驾驶员的乐趣，段少强说：现在运输配货路线不固定，有时到旅游景点送货，装好货后，时间富裕，我和搭档会商量到那些没去过的地方看看。"),
    ("王猛：百转千回后的完美", "王猛，仿佛是一株牵牛花，百转千回，风吹雨打，却总是向着充满希望的阳光攀援而上，而他也编织出了属于自己的一片风景，这是他的故事。"),
    ("李师傅的二十年卡车生涯", "二十年来，李师傅开着卡车走遍了大江南北，见证了公路的变迁，也收获了许多朋友，他说这份工作让他看到了更广阔的世界和人生。"),
    ("张女士：从乘务员到车队长", "从一名普通乘务员成长为车队长，张女士用了整整十年时间，她说每一次出车都是一次新的学习，她也因此更加热爱这份平凡的工作。"),
]  # fmt: skip


def _column(mark: str = "<a href='/club/{i}.html'>[详细]</a>", n: int = 4) -> str:
    rows = "".join(
        "<li><div class='imgbox'><img src='/u/{i}.jpg' alt=''></div><div class='right'>"
        f"<h6>{title}</h6><p>{excerpt}{mark.format(i=i)}</p>"
        "<div class='timebox'><span class='time'> 2017-10-27 18:50</span>"
        "<span class='user'> 作者：twzb</span><span class='from'> 来源： 环球商用车 </span></div>"
        "</div></li>"
        for i, (title, excerpt) in enumerate(ITEMS[:n])
    )
    return f"<aside class='side'><ul>{rows}</ul></aside>"


def _page(paras: list[str], column: str, listed: tuple[str, ...] | list[str] = ()) -> dict:
    head = "<title>社团活动通知 | 学生社团</title>"
    text = "".join(f"<p>{p}</p>" for p in paras)
    if listed:
        text += "<ul>" + "".join(f"<li>{p}</li>" for p in listed) + "</ul>"
    body = (
        "<div class='row'><main><h1>社团活动通知</h1>"
        "<p class='meta'>发布时间：2018-08-02 作者：PN Wu</p>"
        f"<div class='post'>{text}</div></main>{column}</div>"
        "<footer><p>© 2018 学生社团</p></footer>"
    )
    return run(body, head, "https://club.example.org/2018/08/02/huodong/")


def test_short_text_beats_a_column_of_read_more_items() -> None:
    out = _page(TEXT, _column())
    assert out["body"] == "\n\n".join(TEXT)
    assert out["author"] == "PN Wu"
    assert out["source"] is None


def test_three_paragraph_text_beats_the_column_too() -> None:
    paras = [*TEXT, "报名请于周五前联系社团负责人。"]
    assert _page(paras, _column())["body"] == "\n\n".join(paras)


def test_neighbour_long_text_beside_a_short_column_keeps_its_text() -> None:
    paras = [p * 3 for p in TEXT] + [TEXT[0] * 2]
    out = _page(paras, _column(n=2))
    assert out["body"] == "\n\n".join(paras)


def test_neighbour_text_that_is_a_list_of_dated_items_stays_the_text() -> None:
    # a notice of results: the text itself is a run of dated lines, no read-more mark
    results = [
        "2018年8月1日 一等奖 计算机学院 张三 作品《校园导航系统》",
        "2018年8月1日 二等奖 信息学院 李四 作品《图书借阅助手》",
        "2018年8月1日 二等奖 数学学院 王五 作品《课程表同步工具》",
        "2018年8月1日 三等奖 物理学院 赵六 作品《实验数据记录器》",
    ]
    lead = "经评审委员会评审，本届程序设计大赛获奖名单公布如下。"
    out = _page([lead], _column(), listed=results)
    assert out["body"] == "\n\n".join([lead, *results])


def test_read_more_teaser_line_is_boilerplate() -> None:
    # the column's excerpt line, as the cleaner sees it when it stands in a text
    assert is_boilerplate("王猛，仿佛是一株牵牛花，却总是向着阳光攀援而上。[详细]")
    assert is_boilerplate("王猛，仿佛是一株牵牛花。【詳細】")


def test_neighbour_sentence_about_details_is_no_teaser_line() -> None:
    assert not is_boilerplate("详细情况请见附件，报名表请于周五前交回。")
    # the mark inside a line, not closing it
    assert not is_boilerplate("点击【详细】查看全部名单，名单如有疑问请联系我们。")
