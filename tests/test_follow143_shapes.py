"""follow143: faults distract135's generator showed and left, on pages of our own."""

from __future__ import annotations

from page_shapes import PROSE, run

HEAD = "<h1>园区举办创业沙龙</h1>"
TEXT = f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
RELATED = "".join(f"<b><a href='/a/{i}.html'>园区第{i}期沙龙回顾</a></b><br>" for i in range(1, 5))
EDITOR = "<div>（责任编辑：林小青）</div>"


def _reply(head: str) -> str:
    """A forum reply: its head line, two short lines, its controls line with a floor number."""
    return (
        f"<div class='reply'><div>{head}</div><div>楼主辛苦 期待下一期</div>"
        "<div>想问下一期在哪里办</div><div>来自 手机客户端 | 举报 | 12楼 | 回复 | 评论</div></div>"
    )


def test_a_forum_reply_under_the_editor_line_leaves_the_editor() -> None:
    """people.cn's ``（责任编辑：X）`` under a related list, a 天涯 reply placed under it
    (``作者：X 时间：DATE`` over its lines and ``12楼 | 回复``): the reply's dated head heads it,
    the editor line above is the page's."""
    reply = _reply("作者：路过的网友 时间：2017-03-26 17:37:00")
    for between in ("", RELATED):
        got = run(HEAD + TEXT + between + EDITOR + reply)
        assert got["editor"] == "林小青", between[:20]
        assert got["author"] is None


def test_the_reply_head_itself_is_still_no_credit_of_the_page() -> None:
    """Negative neighbours: the reply's own dated head gives no author, editor or date; with no
    dated line under it, a dateless line right above the controls still heads the reply (a
    Discuz floor's ``编辑：X`` name line is the replier's), as before."""
    got = run(HEAD + TEXT + _reply("作者：路过的网友 时间：2017-03-26 17:37:00"))
    assert (got["author"], got["editor"], got["published_at"]) == (None, None, None)
    got = run(HEAD + TEXT + _reply("编辑：路过的网友"))
    assert got["editor"] is None
