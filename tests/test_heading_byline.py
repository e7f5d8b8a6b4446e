"""follow102: a headline heading holding the writer's name and a back link; the text around it.

aka.org.cn's 1999 magazine (aka-magazine-aka1-*): ``<h1>headline<br>name<br>[返回]</h1>`` in the
text's own cell; cuasia's DedeCMS notices: ``<wbr>`` runs that libxml2 nests as elements.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.page import parse_html

CELL = "<table width='630'><tr><td bgcolor='#EEEDB7'>{}</td></tr></table>"
AKA_HEAD = (
    "<h1 align='center'><em><u><font face='黑体' size='4'>十一武汉Akaer聚会 </font></u></em><br>"
    "<font size='2'><strong>HansB<br><a href='aka1-cover.html'>[返回]</a></strong></font></h1>"
)
OPENING = "<p>十一国庆节,HansB跑到武汉,和武汉的Akaer在华工聚会. 大家讨论的很热烈,现在把讨论的结果汇报给大家:</p>"
ITEMS = (
    "<ul><li>" + PROSE + "</li><li>" + PROSE + "</li><li>建议取消new Akaer注册的邮件消息</li></ul>"
)
BACK = "<p align='center'><a href='aka1-cover.html'>[返回]</a></p>"


def _aka(head: str, title: str = "十一武汉Akaer聚会 HansB") -> dict:
    return run(CELL.format(head + OPENING + ITEMS + BACK), head=f"<title>{title}</title>")


def test_heading_with_name_and_back_link_gives_title_and_author():
    out = _aka(AKA_HEAD)
    assert out["title"] == "十一武汉Akaer聚会"
    assert out["author"] == "HansB"
    # the paragraph above the list stays (the h1 shares the text's cell)
    assert out["body"].split("\n\n")[0] == (
        "十一国庆节,HansB跑到武汉,和武汉的Akaer在华工聚会. 大家讨论的很热烈,现在把讨论的结果汇报给大家:"
    )
    assert "HansB\n" not in out["body"]
    assert "[返回]" not in out["body"]


def test_han_name_line_under_headline_in_small_font_without_back_link():
    head = "<h1>园区召开年度工作会议<br><font size='2'>张明华</font></h1>"
    out = _aka(head, "园区召开年度工作会议")
    assert out["title"] == "园区召开年度工作会议"
    assert out["author"] == "张明华"


def test_back_link_alone_is_dropped_from_the_heading():
    head = "<h1>天生阿卡自有用<br><a href='aka1-cover.html'>[返回]</a></h1>"
    out = _aka(head, "天生阿卡自有用")
    assert out["title"] == "天生阿卡自有用"
    assert out["author"] is None


def test_two_line_headline_is_joined_no_author():
    # both halves are the headline's words, the second no smaller: no byline
    head = "<h1>园区召开<br>年度会议</h1>"
    out = _aka(head, "园区召开年度会议")
    assert out["title"] == "园区召开年度会议"
    assert out["author"] is None


def test_two_line_headline_over_back_link_keeps_prose_second_half():
    # the second line is longer than a name and holds a space: headline, not byline
    head = "<h1>园区召开<br>2024 年度工作会议<br><a href='/'>[返回]</a></h1>"
    out = _aka(head, "园区召开2024 年度工作会议")
    assert out["title"] == "园区召开2024 年度工作会议"
    assert out["author"] is None


def test_heading_whose_second_line_is_a_date_gives_no_author():
    head = "<h1>园区召开年度工作会议<br><font size='2'>2024-03-05</font></h1>"
    out = _aka(head, "园区召开年度工作会议")
    assert out["title"] == "园区召开年度工作会议"
    assert out["author"] is None
    assert out["published_at"] == "2024-03-05"


def test_prose_heading_cell_keeps_its_sibling_headings():
    # aka-magazine-aka1-dream: a greeting typed into one <h5>, a dedication and a poem in the next
    lines = "<br><br>".join(["　　" + PROSE] * 3)
    body = CELL.format(
        "<h1>天生阿卡自有用<br><font size='2'>WaterBird<br><a href='c.html'>[返回]</a></font></h1>"
        f"<h5>{lines}</h5><hr><h5>水鸟我将下面这首小诗献给 Aka.</h5>"
        "<h5>七律.天生AKA<br>天生阿卡必有用，骑龙跨虎望空鸣。<br>无风暂借幽渊居，风来但上九天行。</h5>"
        "<p><a href='c.html'>[返回]</a></p>"
    )
    out = run(body, head="<title>天生阿卡自有用WaterBird</title>")
    assert out["title"] == "天生阿卡自有用"
    assert out["author"] == "WaterBird"
    assert out["body"].split("\n\n")[-4:] == [
        "水鸟我将下面这首小诗献给 Aka.",
        "七律.天生AKA",
        "天生阿卡必有用，骑龙跨虎望空鸣。",
        "无风暂借幽渊居，风来但上九天行。",
    ]


def test_wbr_tags_are_dropped_before_parsing():
    root = parse_html("<div><p>a<wbr>b</p><p><wbr><p><WBR></wbr>c</p></div>")
    assert [el.tag for el in root.iter()] == ["html", "body", "div", "p", "p", "p"]
    assert "".join(root.itertext()) == "abc"


def test_wbr_runs_do_not_cut_the_text_opening():
    # cuasia-events-46: an editor's <wbr> runs under the opening lines nested the rest of the text
    nest = "<p><wbr><p><wbr></wbr></p><wbr><p><wbr> </wbr></p><wbr><wbr>"
    body = (
        "<h2>论孙子兵法与现代商业取胜的策略</h2><div class='info'>时间:2012-09-12 10:16</div>"
        "<div class='content'><div><b>By Mr. Zhao Yunlong of Hong Kong Guoxin Group</b></div>"
        "<div><b>*报名活动有机会赢取与赵云龙先生一起晚餐的机会！*</b></div>"
        f"{nest}<div>{PROSE}</div><div>{PROSE}</div></p></div>"
    )
    out = run(body, head="<title>论孙子兵法与现代商业取胜的策略</title>")
    assert out["body"].split("\n\n")[:2] == [
        "By Mr. Zhao Yunlong of Hong Kong Guoxin Group",
        "*报名活动有机会赢取与赵云龙先生一起晚餐的机会！*",
    ]
