"""hunt250's first-contact misses (issue 10, session 35), on pages of our own.

- A group's site whose Butterfly licence box says ``文章作者: SHORTNAME``, the short name its
  footer's © line gives it (its <title> and og:site_name the long Chinese name): the site, no
  author. A person's blog, or a member named in a club's box, keeps the name.
- A record of labelled field rows (``Title:`` / ``Author(s):`` / ``Source: J … Published Date:``
  / ``Abstract:``, one cell a row) under the post's ``发表于`` row: the record is the text, its
  ``Source:`` and ``Published Date:`` no meta line of the post.
- A profile table (``姓名 | X``, ``研究方向 | …``, ``个人简介 | <paragraphs>``) below the meta row:
  the table and the headings and paragraphs around it are the text.
- A ``来源：<URL>`` line of its own inside the text: a credit line, cut.
- A closing heading ``原文档链接`` over the original's address alone: cut.

Why: docs/benchmarks.md, follow259.
"""

from __future__ import annotations

from page_shapes import PROSE, run

URL = "http://www.example.org/2024/05/20/post/"


def _butterfly(author: str, site: str, footer: str) -> dict:
    head = f"<title>联合大厅 | {site}</title><meta property='og:site_name' content='{site}'>"
    body = (
        f"<nav><a href='/'>{site}</a><a href='/archives/'>归档</a></nav>"
        "<h1>联合大厅</h1><div class='meta'>发表于2024-03-04|更新于2024-04-09</div>"
        f"<article id='article-container'><p>{PROSE}</p><p>{PROSE}</p></article>"
        f"<div class='post-copyright'><div>文章作者: {author}</div>"
        f"<div>文章链接: {URL}</div><div>版权声明: 本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0"
        f" 许可协议。转载请注明来自 {site}！</div></div>"
        f"<footer><div>©2024 {footer}</div><div>框架 Hexo 主题 Butterfly</div></footer>"
    )
    return run(body, head, URL)


def test_club_short_name_in_the_box_and_footer_is_no_author() -> None:
    assert _butterfly("STARMC", "星海大学方块乐享部", "STARMC")["author"] is None


def test_butterfly_category_icon_word_beside_the_date_is_no_author() -> None:
    # the meta row's items in another order: 更新于, the inbox icon's category, then 发表于
    head = "<title>服务器迁移 | 星海大学方块乐享部</title>"
    body = (
        "<h1>服务器迁移</h1><div class='meta'><i class='fas fa-history'></i>更新于2024-04-30 "
        "<i class='fas fa-inbox'></i>运维 <i class='far fa-calendar-alt'></i>发表于2024-04-30</div>"
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article>"
    )
    assert run(body, head, URL)["author"] is None


def test_neighbour_a_member_named_in_the_club_box_is_the_author() -> None:
    assert _butterfly("林小舟", "星海大学方块乐享部", "STARMC")["author"] == "林小舟"


def test_neighbour_a_site_named_as_no_group_keeps_the_box_name() -> None:
    # a blog whose name is no club's, lab's or office's: the box and footer name its writer
    assert _butterfly("STARMC", "星海笔记", "STARMC")["author"] == "STARMC"


ABSTRACT = "Abstract: " + "We propose a federated method that keeps client data private. " * 6


def _record(rows: list[str]) -> dict:
    cells = "".join(
        f"<tr><td><b>{r.split(':')[0]}:</b>{r.split(':', 1)[1]}</td></tr>" for r in rows
    )
    body = (
        "<h1>StarNER: Entity Recognition with Federated Learning</h1>"
        "<div class='post-meta'>发表于 2025-07-08 更新于 2025-08-28 分类于 论文</div>"
        f"<div class='post-body'><table><tbody>{cells}</tbody></table><span id='more'></span>"
        "<p><strong>Download:</strong> <a href='https://example.com/p.pdf'>点击下载</a></p></div>"
        "<footer><div>© 2025</div></footer>"
    )
    return run(body, "<title>StarNER | grouplab</title>", URL)


RECORD = [
    "Title: A. Lin, B. Zhou. 2025. StarNER: Entity Recognition with Federated Learning.",
    "Author(s): Lin, A (Lin, An); Zhou, B (Zhou, Bo)",
    "Source: JOURNAL OF STAR LANGUAGE PROCESSING  Volume: 24  Issue: 5  Published Date: 2025 MAY",
    ABSTRACT,
    "Document Type: Article",
    "Author Keywords: federated learning; entity recognition",
]


def test_record_fields_are_the_text_and_the_meta_row_dates_it() -> None:
    out = _record(RECORD)
    assert out["published_at"] == "2025-07-08"
    assert out["source"] is None
    assert out["author"] is None
    lines = out["body"].split("\n\n")
    assert lines[0].startswith("Title:")
    assert any(line.startswith("Author(s):") for line in lines)
    assert any(line.startswith("Source: JOURNAL") for line in lines)
    assert "Document Type: Article" in lines
    assert lines[-1] == "Download: 点击下载"


def test_neighbour_two_field_rows_are_no_record() -> None:
    # an abstract row beside one other labelled row: too few fields to be a record
    out = _record([RECORD[1], ABSTRACT])
    assert not out["body"].startswith("Author(s):")


def _profile(table: str, meta_in_table: bool = False) -> dict:
    meta = "" if meta_in_table else "<div class='post-meta'>发表于 2025-01-14 分类于 通知</div>"
    body = (
        f"<h1>简介</h1>{meta}<div class='post-body'><h2>导师简介：</h2>"
        f"<div class='article'><center>{table}</center><h2>实验室简介：</h2>"
        f"<p>{PROSE}</p></div></div><footer><div>© 2025</div></footer>"
    )
    return run(body, "<title>简介 | grouplab</title>", URL)


BIO = "教授，博士，硕士研究生导师，长期从事图像处理与联邦学习研究，主持多项国家级项目。" * 2
PROJECTS = "".join(
    f"<li>科研项目{n}：面向智能制造的联邦学习应用研究及标准制定，2022-2024，主持。</li>"
    for n in range(1, 7)
)
PROFILE = (
    "<table><tr><td><p>姓名</p></td><td><p>林小舟</p></td><td><p>性别</p></td><td><p>女</p></td></tr>"
    "<tr><td><p>职称</p></td><td><p>教授</p></td></tr>"
    "<tr><td><p>研究方向</p></td><td><p>人工智能、联邦学习</p></td></tr>"
    f"<tr><td><p>个人简介</p></td><td><p>{BIO}</p><p>{BIO}</p></td></tr>"
    f"<tr><td><p>科研项目</p></td><td><ol>{PROJECTS}</ol></td></tr></table>"
)


def test_profile_table_and_its_box_are_the_text() -> None:
    lines = _profile(PROFILE)["body"].split("\n\n")
    assert lines[0] == "导师简介："
    assert lines[1:4] == ["姓名", "林小舟", "性别"]
    assert "实验室简介：" in lines
    assert lines[-1] == PROSE


def test_neighbour_a_table_holding_the_meta_line_stays_out() -> None:
    # an information table with the publish date in a cell and the text in a 内容 row
    table = (
        "<table><tr><td>索引号</td><td>000-2025-01</td></tr>"
        "<tr><td>发布机构</td><td>星海区办公室</td></tr>"
        "<tr><td>发布日期</td><td>2025-01-14</td></tr>"
        "<tr><td>文号</td><td>星办〔2025〕1号</td></tr>"
        f"<tr><td>内容</td><td><p>{PROSE}</p><p>{PROSE}</p></td></tr></table>"
    )
    body = f"<h1>简介</h1><div class='main'>{table}</div>"
    out = run(body, "<title>简介 | 星海区</title>", URL)
    assert "索引号" not in out["body"]


SOURCE_URL = "http://www.example.org/smp/tutorial.html#t02"


def test_source_address_line_inside_the_text_is_cut() -> None:
    body = (
        "<h1>星海讲习班</h1><p class='date'>September 15, 2017</p><div class='entry'>"
        f"<p>{PROSE}</p><p>来源：{SOURCE_URL}</p><h2>嘉宾简介</h2><p>{PROSE}</p></div>"
    )
    out = run(body, "<title>星海讲习班 | 星海实验室</title>", URL)
    assert "来源" not in out["body"]
    assert "嘉宾简介" in out["body"]


def test_neighbour_a_sentence_naming_an_address_stays() -> None:
    line = f"讲习班的资料来源于会议网站：{SOURCE_URL}，欢迎下载。"
    body = f"<h1>星海讲习班</h1><div class='entry'><p>{PROSE}</p><p>{line}</p><p>{PROSE}</p></div>"
    assert line in run(body, "<title>星海讲习班 | 星海实验室</title>", URL)["body"]


def _closing(heading: str, under: str) -> dict:
    body = (
        "<h1>空岛生存活动</h1><div class='meta'>发表于2024-05-20</div><article>"
        f"<p>{PROSE}</p><h3>玩法说明</h3><p>{PROSE}</p><h2>{heading}</h2><p>{under}</p></article>"
    )
    return run(body, "<title>空岛生存活动 | 星海社</title>", URL)


def test_closing_original_document_link_heading_is_cut() -> None:
    out = _closing("原文档链接", "https://docs.example.com/doc/AbC123")
    assert out["body"].split("\n\n")[-1] == PROSE
    assert out["source"] is None


def test_neighbour_a_heading_over_a_sentence_stays() -> None:
    sentence = "原文档在腾讯文档中，报名方式和时间都写在里面，欢迎大家查看。"
    out = _closing("原文档链接", sentence)
    assert out["body"].split("\n\n")[-2:] == ["原文档链接", sentence]
