"""follow314: what a page gives when its text is gone — a lone readers' comment wins no body.

On a deleted post's page (benchmarks/text_gone.py) the densest text left may be a reader's comment
under the post (sspai, toutiao, guancha, a WordPress thread): items of one shape, each with a short
head closed by when it was written (``昨天 16:03``, ``5小时前``, ``X on DATE said:``), under a heading
naming the comments (``全部评论(3)``, ``4,060 条评论``) or with a reply control each. The container
step looks past that list as past a footer; with nothing else left there is no body. A short text
above the comments keeps its body; a forum's floors (floor numbers) and a timeline of dated entries
are no comments.

Why: docs/benchmarks.md, follow314.
"""

from __future__ import annotations

from page_shapes import run

TEXT = [
    "本周六下午，社区在图书馆三楼报告厅举办了开源交流会，三十多位开发者参加。",
    "交流会上，几位项目维护者分享了参与开源基金会孵化的经验，并回答了大家的提问。",
]
COMMENT_TEXTS = [
    "这个活动很有意思，下次一定报名参加，希望能多办几场，也欢迎更多新人加入进来一起交流学习。",
    "感谢分享，讲得很清楚，第一次知道孵化的流程原来是这样一步一步走下来的，收获很大。",
    "请问下一场交流会在什么时候举办？有没有线上直播的渠道可以观看？工作日实在抽不出时间。",
]

# sspai: name / time / text / time, under a count heading and a login prompt
SSPAI = (
    "<div class='comment'><div class='comment_title'>全部评论(3)</div><div>热门排序</div>"
    "<div class='right-wrapper'>请在登录后评论...</div><div class='comment-list-wrapper'>"
    + "".join(
        f"<div class='comment-item-wrapper'><div class='ss-comment-item'>"
        f"<div class='nickname'><a href='/u/{i}'>读者{i}</a></div><div class='date'>昨天 1{i}:03</div>"
        f"<div class='_content'><div>{t}</div></div><div class='_action'>昨天 1{i}:03</div>"
        "</div></div>"
        for i, t in enumerate(COMMENT_TEXTS)
    )
    + "</div></div>"
)
# toutiao: a count heading, ``name 5小时前`` heads, a reply row under each
TOUTIAO = (
    "<div id='comment'><div class='c-header'>4,060 条评论</div><div class='c-submit'>评论</div><ul>"
    + "".join(
        f"<li class='c-item'><div class='c-user-info'><a href='/u/{i}'>网友{i}</a> {i + 2}小时前</div>"
        f"<div class='c-content'><p>{t}</p></div>"
        f"<div class='c-footer-action'>回复 ⋅ {i + 3}条回复 {i}21</div></li>"
        for i, t in enumerate(COMMENT_TEXTS)
    )
    + "</ul></div>"
)
# WordPress: ``X on DATE said:`` over each comment, no heading
WORDPRESS = (
    "<ol class='commentlist'>"
    + "".join(
        f"<li class='comment'><article><footer class='comment-meta'><a href='/u/{i}'>reader{i}</a>"
        f" on December 2{i}, 2012 at 1:24 pm said:</footer><div class='comment-content'><p>{t}</p>"
        "</div></article></li>"
        for i, t in enumerate(COMMENT_TEXTS)
    )
    + "</ol>"
)
# a forum thread: the same heads with floor numbers (the opening post is the thread's text)
FLOORS = "".join(
    f"<div class='atl-item'><div class='atl-head'><a href='/u/{i}'>网友{i}</a> {i + 1}楼 "
    f"2020-08-30 1{i}:20</div><div class='atl-content'><p>{t}</p></div>"
    "<div class='atl-reply'>回复 举报</div></div>"
    for i, t in enumerate(COMMENT_TEXTS)
)
# a timeline of dated entries: a text of headed items, no comment heading, no reply control
TIMELINE = "".join(
    f"<div class='entry'><div class='when'>2020-08-2{i} 09:30</div><p>{t}</p></div>"
    for i, t in enumerate(
        [
            "上午九点，交流会在图书馆三楼报告厅开幕，社区负责人致辞并介绍了本次活动的安排。",
            "随后三位项目维护者依次上台，分享了参与开源基金会孵化的经验和遇到的困难。",
            "下午的自由交流环节里，开发者们分组讨论了文档翻译和新人引导两个议题。",
        ]
    )
)

# a dated list of other posts (linked headlines, each with its time) under a column named 新闻评论
HOT_POSTS = (
    "<div class='part'><div class='column-name'>新闻评论</div><div class='name'>热帖</div><ul>"
    + "".join(
        f"<li><a href='/2020/08/2{i}/p{i}.html'>{t}</a><div class='publish-time'>2020-08-2{i} 08:58:39"
        "</div></li>"
        for i, t in enumerate(
            ["大数据坑熟客，技术之罪需规则规避", "学校只剩一名学生，她却坚守了十八年"]
        )
    )
    + "</ul></div>"
)


def _page(paras: list[str], after_text: str = "") -> dict:
    head = "<title>开源交流会 | 开源社区博客</title>"
    text = "".join(f"<p>{p}</p>" for p in paras)
    line = "<div class='meta'>2020-08-30 10:20 来源：开源社区博客</div>"
    body = (
        f"<div class='wrap'><h1>开源交流会</h1>{line}"
        f"<div class='post-content'>{text}</div>{after_text}</div>"
        "<div class='foot'><p>© 2020 开源社区博客</p></div>"
    )
    return run(body, head, "https://blog.example.org/2020/08/30/jiaoliu/")


def test_sspai_comment_list_is_no_body() -> None:
    out = _page([], SSPAI)
    assert out["body"] is None
    assert out["rejected"] == "missing body"


def test_count_headed_comments_with_reply_rows_are_no_body() -> None:
    assert _page([], TOUTIAO)["body"] is None


def test_wordpress_comments_said_heads_are_no_body() -> None:
    assert _page([], WORDPRESS)["body"] is None


def test_neighbour_short_text_above_the_comments_keeps_it() -> None:
    for comments in (SSPAI, TOUTIAO, WORDPRESS):
        assert _page(TEXT, comments)["body"] == "\n\n".join(TEXT)


def test_neighbour_one_line_text_above_the_comments_keeps_it() -> None:
    line = "本周六图书馆闭馆一天，请同学们合理安排时间。"
    assert _page([line], SSPAI)["body"] == line


def test_neighbour_forum_floors_keep_the_opening_post() -> None:
    out = _page([], FLOORS)
    assert out["body"] == COMMENT_TEXTS[0]


def test_neighbour_timeline_of_dated_entries_is_the_text() -> None:
    out = _page([], f"<div class='timeline'><h2>活动纪要</h2>{TIMELINE}</div>")
    assert out["body"] is not None
    assert "上午九点" in out["body"]
    assert "分组讨论" in out["body"]


def test_neighbour_dated_post_list_under_a_comment_column_is_no_comment_list() -> None:
    line = "本周六图书馆闭馆一天，请同学们合理安排时间。"
    assert _page([line], HOT_POSTS)["body"] == line
    assert _page(TEXT, HOT_POSTS)["body"] == "\n\n".join(TEXT)
