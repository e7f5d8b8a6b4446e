"""body152: body choice and cleaning leftovers (issue 10, session 30).

Pages in our own words with the shapes of real pages: a line a page shows twice in a row is
kept twice when it is text, a caption doubled is kept once.
"""

from __future__ import annotations

from page_shapes import run

from incubator_crawler.article.body import clean_body

PROSE = "今年的体质健康测试下周一开始，各学院按照安排的时间到体育馆参加测试，请提前做好准备。"
SECOND = "测试结束以后成绩会在一周内公布，有疑问的同学可以联系体育部办公室咨询相关的情况。"


def _lines(middle: str) -> list[str]:
    rec = run(
        "<h1>体质健康测试通知</h1><div>2020-11-01 10:00 来源：体育部</div>"
        f"<div class='content'><p>{PROSE}</p>{middle}<p>{SECOND}</p></div>"
    )
    return rec["body"].split("\n\n")


def test_a_line_set_three_times_on_purpose_stays_three_times() -> None:
    """funhubu's notice: ``不考长跑`` in three centred paragraphs, then ``重要的事情说三遍~``."""
    middle = "<p>不考长跑</p>" * 3 + "<p>重要的事情说三遍~</p>"
    assert _lines(middle) == [
        PROSE,
        "不考长跑",
        "不考长跑",
        "不考长跑",
        "重要的事情说三遍~",
        SECOND,
    ]


def test_a_repeated_short_line_of_a_list_stays() -> None:
    """Two tickets' lines alike (``儿童票原价：15元`` twice), code's ``}`` ``}``: both kept."""
    assert clean_body(
        [PROSE, "成人票原价：30元", "儿童票原价：15元", "儿童票原价：15元", SECOND]
    ) == (f"{PROSE}\n\n成人票原价：30元\n\n儿童票原价：15元\n\n儿童票原价：15元\n\n{SECOND}")
    assert clean_body([PROSE, "x++;", "}", "}", "return 0;"]).split("\n\n")[2:4] == ["}", "}"]


def test_a_caption_doubled_with_no_picture_between_is_kept_once() -> None:
    """Negative neighbour: a caption by shape (closed by a photographer's credit, or opened by
    图为) printed twice in a row is a doubled block."""
    for cap in ("同学们在操场上进行测试。本报记者王小明摄", "图为同学们在操场上进行测试"):
        assert _lines(f"<p>{cap}</p><p>{cap}</p>").count(cap) == 1


def test_a_credit_doubled_with_its_picture_is_kept_once() -> None:
    """Negative neighbour: a picture's credit under the same file shown again at another size
    (an enlarge box) is kept once, whatever its words; the images keep both copies."""
    credit = "Xiao Wang/Example Images"
    middle = (
        f"<img src='/img/p1.jpg?s=1100'><div><a href='/big'>放大图片</a></div><p>{credit}</p>"
        f"<img src='/img/p1.jpg?s=2600'><p>{credit}</p>"
    )
    lines = _lines(middle)
    assert lines.count(credit) == 1
    assert lines[-1] == SECOND


def test_a_paragraph_repeated_away_from_its_first_copy_stays() -> None:
    """A paragraph the text repeats after another line stays where it stands (as on main)."""
    assert _lines(f"<p>{SECOND}</p><p>体育部</p>") == [PROSE, SECOND, "体育部", SECOND]
