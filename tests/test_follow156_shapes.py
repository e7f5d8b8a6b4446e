"""follow156 (issue 10, session 30): hunt146's first-contact misses on three new dev sites, by shape.

A static blog's head article:author shown only in the footer's © line; a firm's house account
(brand word + 小-nickname) under the title; a closing ``■ 作者介绍`` credit box; a Markdown text of
a list and tables whose longest cell won; an event's ``活动日期`` line under the header's own date
line. Pages in our own words; why: docs/benchmarks.md, follow156."""

from __future__ import annotations

from page_shapes import PROSE, run

HEXO = (
    "<meta name='generator' content='Hexo 5.4.2'>"
    "<meta property='og:site_name' content='青禾·近期动态'>"
    "<meta property='article:author' content='河狸三号'>"
)
POST = (
    "<header><h1>秋季公开讲座回顾</h1><div class='meta'>发表于 2023-10-08 | 分类于 线下活动</div></header>"
    f"<div class='post-body'><p>{PROSE}</p><p>{PROSE}</p></div>"
)
FOOTER = "<footer><div class='copyright'>© 2012 - 2024 <span>河狸三号</span></div></footer>"


def test_a_blog_author_shown_only_in_the_footers_copyright_line_is_no_writer() -> None:
    assert run(POST + FOOTER, head=HEXO)["author"] is None


def test_the_same_name_in_the_sidebars_owner_card_is_the_writer() -> None:
    card = "<aside class='sidebar'><p class='site-author-name'>河狸三号</p><p>个人站点</p></aside>"
    assert run(POST + card + FOOTER, head=HEXO)["author"] == "河狸三号"


def test_a_blog_author_shown_in_no_copyright_line_stays_the_writer() -> None:
    footer = "<footer><div>河狸三号 的小站</div></footer>"
    assert run(POST + footer, head=HEXO)["author"] == "河狸三号"


# a company's help site: the notice posted by its own account, ``由 <brand>小<nick>``
def _notice(account: str, holder: str) -> dict:
    return run(
        "<h1>工作通知讲解</h1>"
        f"<div class='meta'>2021-08-01 由 <a href='/authors/{account}/'>{account}</a></div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<footer><p>Copyright © {holder}版权所有 ICP备案号：辽ICP备00000000号</p></footer>",
        head="<meta property='og:site_name' content='云帆手册'>",
    )


def test_a_house_account_named_with_the_copyright_holders_brand_is_the_firm() -> None:
    assert _notice("海帆小云", "大连海帆科技有限公司")["author"] is None


def test_the_same_account_on_another_firms_site_is_the_writer() -> None:
    assert _notice("海帆小云", "大连渔港软件有限公司")["author"] == "海帆小云"


def test_a_persons_name_on_the_firms_site_is_the_writer() -> None:
    assert _notice("王晓明", "大连海帆科技有限公司")["author"] == "王晓明"


BIO = "现就读于某大学的经济学部，曾在两家商社实习，负责模拟面试与业界课程。" * 2


def _boxed(box: str) -> dict:
    return run(
        "<h1>十二月就职讲座</h1><div class='meta'>发表于 2016-12-18</div>"
        f"<div class='post-body'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>{box}</div>"
    )


def test_a_closing_author_box_names_the_writer_and_leaves_the_body() -> None:
    out = _boxed(f"<h4>■ 作者介绍</h4><p><strong>Lin | 课程讲师 面试担当</strong></p><p>{BIO}</p>")
    assert out["author"] == "Lin"
    assert "作者介绍" not in out["body"]
    assert "经济学部" not in out["body"]
    assert out["body"].endswith("对成效表示肯定。")


def test_a_chinese_name_alone_under_the_box_heading() -> None:
    out = _boxed(f"<h3>作者简介</h3><p>林一</p><p>{BIO}</p>")
    assert out["author"] == "林一"
    assert "经济学部" not in out["body"]


def test_a_latin_name_before_chinese_roles_needs_no_bar() -> None:
    out = _boxed(f"<h4>■ 作者介绍</h4><p>Lin&nbsp;&nbsp;课程讲师 面试担当</p><p>{BIO}</p>")
    assert out["author"] == "Lin"


def test_a_run_in_bio_paragraph_stays_text_and_names_no_writer() -> None:
    out = _boxed(f"<p>作者简介：林一，某大学教授，{BIO}</p>")
    assert out["author"] is None
    assert "作者简介：林一" in out["body"]


def test_a_box_heading_over_prose_with_no_name_line_stays_text() -> None:
    out = _boxed(f"<h4>作者介绍</h4><p>{BIO}</p>")
    assert out["author"] is None
    assert "作者介绍" in out["body"]


LONG_CELL = (
    "通过夏季实习积累了大量选考经验，前期尝试不同的业界，本选考围绕咨询与金融展开，拿下多家内定。"
    * 3
)


def _speaker(name: str, cell: str) -> str:
    return (
        f"<h2>嘉宾 - {name}</h2><table><thead><tr><th>项目</th><th>内容</th></tr></thead>"
        f"<tbody><tr><td>出身校</td><td>某某大学・文科修士</td></tr>"
        f"<tr><td>就活历程</td><td>{cell}</td></tr></tbody></table>"
    )


def test_a_markdown_text_of_a_list_and_speaker_tables_is_read_whole() -> None:
    out = run(
        "<h1>关西线下公开课回顾</h1><div class='meta'>发表于 2023-03-18</div>"
        "<div class='post-body'><blockquote><p>面向本届就活生的线下活动圆满结束！</p></blockquote>"
        "<h2>活动流程</h2><p>· 本选考对策公开课<br>· 讲师线下授课<br>· 选考日程一览</p>"
        + _speaker("KK", LONG_CELL)
        + _speaker("Mori", "就职期间主攻制造业，经历了实习与本选考的全过程。")
        + "</div><footer><p>联系我们</p></footer>"
    )
    assert out["body"].startswith("面向本届就活生的线下活动圆满结束！")
    assert "讲师线下授课" in out["body"]
    assert "就职期间主攻制造业" in out["body"]
    assert out["extraction"]["body"] == "density:tables-in-text"


def test_tables_parted_by_rules_alone_are_no_text_box() -> None:
    rows = "".join(
        f"<table><tr><td>{i}号消息：{LONG_CELL}</td></tr></table><hr>" for i in range(1, 4)
    )
    out = run(f"<h1>要闻</h1><div class='meta'>2020-08-06</div><div class='list'>{rows}</div>")
    assert out["extraction"]["body"] != "density:tables-in-text"


def _report(header_date: str) -> dict:
    return run(
        f"<h1>大学专场讲座回顾</h1>{header_date}"
        "<div class='post-body'><h3>活动概况</h3><ol><li><strong>活动名称</strong>：大学线下讲座</li>"
        "<li><strong>活动日期</strong>：2024年6月14日</li>"
        "<li><strong>活动地点</strong>：大学二楼会场</li></ol>"
        f"<h3>活动目的</h3><p>{PROSE}</p><p>{PROSE}</p></div>"
    )


# NexT's meta row: the date, the category link, and the post's description box inside the row
NEXT_META = (
    "<div class='post-meta'><span>发表于</span> <time>{}</time> | 分类于 "
    "<a href='/categories/x/'>线下活动</a><div class='post-description'>本次讲座为同学们提供就职"
    "活动的入门指导，讲解了行业分类与选考流程。</div></div>"
)


def test_an_event_date_line_under_the_headers_date_line_stays_in_the_text() -> None:
    out = _report(NEXT_META.format("2024-06-14"))
    assert out["body"].startswith("活动概况\n\n活动名称：大学线下讲座\n\n活动日期：2024年6月14日")
    assert out["published_at"].startswith("2024-06-14")


def test_the_header_date_line_still_parts_the_headline_from_the_text() -> None:
    out = _report(NEXT_META.format("2024-06-10"))
    assert out["title"] == "大学专场讲座回顾"
    assert out["published_at"].startswith("2024-06-10")
    assert "发表于" not in out["body"]
