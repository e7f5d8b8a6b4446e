"""body152: body choice and cleaning leftovers (issue 10, session 30).

Pages in our own words with the shapes of real pages: a line of no sentence shown twice in a row is
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


# --------------------------------------------------------------------------- readers' comments

HOST = [
    "公司在二月初举行了新年拔河比赛，员工们分成六组参加，现场气氛十分热烈。",
    "经过三轮比赛，最后决出了冠军和亚军，公司领导为获奖的小组颁发了奖品。",
]
COMMENTS = [
    (
        "老张",
        "这样的活动很好，希望以后多组织几次，让大家在工作之余放松一下身心，也增进彼此之间的了解。",
    ),
    (
        "小李",
        "我们部门去年也参加了，虽然没拿到名次，但是大家玩得都很开心，期待明年再来一次比一比。",
    ),
    (
        "路人甲",
        "拔河最考验的是团队的配合，力气大不一定能赢，节奏一致才是关键，看来这次冠军队配合得很好。",
    ),
    (
        "王五",
        "照片拍得不错，大家的表情都很投入，这种集体活动真的能让同事之间的关系更加融洽和睦了。",
    ),
]


def _comment_list(n: int = 4) -> str:
    """``n`` comments (the four texts again after the fourth): name, text, time, controls."""
    items = "".join(
        f"<li><div><a href='/u/{i}'>{name}</a></div><div class='txt'>{text}</div>"
        f"<div><span>{i + 2}小时前</span><div><a href='/r/{i}'>查看回复 {i}</a> <a href='#'>举报</a>"
        f" <a href='#'>回复</a> <a href='#'>踩<span>0</span></a> <a href='#'>赞<span>{9 * i}</span></a>"
        f"</div></div></li>"
        for i, (name, text) in enumerate((COMMENTS * 3)[:n], 1)
    )
    return f"<ul class='list'>{items}</ul>"


def _host(comments: str) -> dict:
    """A short text, its 文章来源 line under it, then ``comments`` in the same column."""
    paras = "".join(f"<p>{p}</p>" for p in HOST)
    return run(
        "<h3>新年拔河比赛</h3><div>发布日期：2014-02-25 12:44:32</div>"
        f"<div class='col'><div class='content'>{paras}<p>文章来源：行政部原创</p></div>{comments}</div>"
    )


def test_a_comment_list_under_a_short_text_is_no_part_of_it() -> None:
    """guancha's comment list (a name, a text, a time, 查看回复 / 举报 / 回复 / 踩 / 赞) under a
    short host text: the text is the host's, and its 文章来源 line under the text gives the source."""
    rec = _host(_comment_list(10))
    assert rec["extraction"]["body"] == "density:not-comments"
    assert rec["body"] == "\n\n".join(HOST)
    assert rec["source"] == "行政部原创"


def test_a_comment_list_in_the_texts_own_box_is_cut_at_its_first_comment() -> None:
    """The comments in the text's own box after it (the container runs on into them)."""
    paras = "".join(f"<p>{p}</p>" for p in HOST)
    rec = run(
        "<h3>新年拔河比赛</h3><div>发布日期：2014-02-25 12:44:32</div>"
        f"<div class='content'>{paras}{_comment_list()}</div>"
    )
    assert rec["body"] == "\n\n".join(HOST)


def test_one_controls_row_is_no_comment_block() -> None:
    """Negative neighbour: a single reply under the text (one 回复 / 举报 row) is no block: the
    body is what it was without the rule (the host text is kept whole)."""
    rec = _host(_comment_list(1))
    assert rec["body"].split("\n\n")[:2] == HOST


def test_a_text_mentioning_the_buttons_is_text() -> None:
    """Negative neighbour: a paragraph naming the buttons in a sentence is no controls row."""
    middle = "<p>读者可以点击回复和举报按钮参与讨论。</p><p>回复 举报</p>"
    assert "读者可以点击回复和举报按钮参与讨论。" in _lines(middle)


def test_a_paragraph_of_sentences_doubled_in_a_row_is_kept_once() -> None:
    """Negative neighbour: a paragraph of sentences printed twice in a row is a doubled block
    (a template printing it twice): kept once, as on main."""
    assert _lines(f"<p>{SECOND}</p>") == [PROSE, SECOND]
