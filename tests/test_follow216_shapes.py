"""First-contact shapes of hunt214's contributed posts (issue 10, session 33), on pages of our own.

- NexT's licence box labels a contributed post's writer ``原作者： NAME`` over ``本文链接：`` and a
  licence word: the writer, also where the box stands past the trailer's window, over the blog
  owner a ``X的博客`` <title> names; a ``原作者`` line with no link line or licence word is not read
  as the box.
- An opening ``原文作者：Y`` line of a translated text, the box's ``原作者：X`` under it: both
  authors, Y first as the page shows them; the same opening line with no licence box is read
  as before.
- A numbered reference list closing the text (``[n] Source. Title. <a>URL</a>`` lines under
  their own heading) stays in the body; a pager of bare ``[n]`` links does not.

Why: docs/benchmarks.md, follow216.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEADLINE = "被制裁的火箭还能飞吗"
HEAD = f"<title>{HEADLINE} | 晨星的博客</title><meta name='generator' content='Hexo 5.4.0'>"
SIDEBAR = "<aside><p>晨星</p><p>晨星小组的日志集散地</p><p>56 日志</p></aside>"


def _refs(n: int) -> str:
    lines = "<br>".join(
        f"[{i}] 星海通讯社. 第{i}篇报道的题目. <a href='https://news.example.org/r{i}'>"
        f"https://news.example.org/r{i}</a>"
        for i in range(1, n + 1)
    )
    return f"<h3>引用与素材来源</h3><p>{lines}</p>"


def _next_post(opening: str = "", refs: str = "", box: str | None = None) -> str:
    if box is None:
        box = (
            "<footer><ul><li><strong>原作者： </strong>云帆</li>"
            "<li><strong>本文链接：</strong><a href='/archives/a.html'>https://x.example.io/a.html</a></li>"
            "<li><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。</li>"
            "</ul></footer>"
        )
    return (
        f"{SIDEBAR}<article><h1>{HEADLINE}</h1><div>发表于 2022-03-27 分类于 转载</div>"
        f"<div class='post-body'>{opening}<p>{PROSE}</p><p>{PROSE}</p>{refs}</div>{box}</article>"
    )


# 1. the licence box's 原作者


def test_the_box_original_writer_is_the_author_past_the_trailer_window() -> None:
    # twenty tag lines between the text and the box: the box's 原作者 over the blog owner
    tags = "".join(f"<p><a href='/tags/t{i}/'># 标签{i}</a></p>" for i in range(20))
    box = (
        f"<div class='tags'>{tags}</div><ul><li>原作者： 云帆</li>"
        "<li>本文链接：https://x.example.io/a.html</li><li>版权声明：BY-NC-SA 许可协议</li></ul>"
    )
    assert run(_next_post(box=box), HEAD)["author"] == "云帆"


def test_the_box_original_writer_is_the_author_right_under_the_text() -> None:
    assert run(_next_post(), HEAD)["author"] == "云帆"


def test_a_lone_original_writer_line_with_no_link_or_licence_is_no_box() -> None:
    # past a related list, the line alone: no 本文链接 line under it, no licence word near
    related = "".join(
        f"<li><a href='/archives/{i}.html'>另一篇日志的题目{i}</a></li>" for i in range(20)
    )
    box = f"<footer><h3>相关文章</h3><ul>{related}</ul><p>原作者： 云帆</p></footer>"
    assert run(_next_post(box=box), HEAD)["author"] != "云帆"


# 2. an opening 原文作者 beside the box's writer


def test_an_opening_original_writer_comes_before_the_box_writer() -> None:
    opening = "<p>这篇文章来自云帆的投稿。</p><p>原文作者：Orbit Weekly</p><p>原文标题：Why belly flop</p>"
    assert run(_next_post(opening=opening), HEAD)["author"] == "Orbit Weekly、云帆"


def test_an_opening_original_writer_naming_the_box_writer_is_one_author() -> None:
    opening = "<p>原文作者：云帆</p>"
    assert run(_next_post(opening=opening), HEAD)["author"] == "云帆"


def test_an_original_writer_line_deep_in_the_text_is_no_opening_credit() -> None:
    late = "".join(f"<p>{PROSE}</p>" for _ in range(6)) + "<p>原文作者：Orbit Weekly</p>"
    # the join is for the text's opening lines only (how the late line is read is not this rule's)
    assert "、" not in run(_next_post(opening=late), HEAD)["author"]


# 3. a numbered reference list closing the text


def test_a_numbered_reference_list_under_its_heading_stays_in_the_body() -> None:
    body = run(_next_post(refs=_refs(5)), HEAD)["body"]
    assert "引用与素材来源" in body
    assert "[5] 星海通讯社. 第5篇报道的题目. https://news.example.org/r5" in body


def test_a_pager_of_bare_numbered_links_is_not_a_reference_list() -> None:
    pager = "<p>" + " ".join(f"<a href='/page/{i}'>[{i}]</a>" for i in range(1, 6)) + "</p>"
    assert "[3]" not in run(_next_post(refs=pager), HEAD)["body"]


# 4. a person-icon row under the headline, the meta line a date block above it


def _hugo(row: str) -> str:
    return (
        "<header><p>星海社区博客</p><nav><a href='/'>博客</a><a href='/tags/'>标签</a></nav></header>"
        "<main><div class='date'>18 Sep 2023</div><h1 class='title'>新项目提案指导</h1>"
        f"{row}<div class='markdown'><p>{PROSE}</p><p>{PROSE}</p></div></main>"
    )


HUGO_HEAD = (
    "<title>新项目提案指导 | 星海社区博客</title>"
    "<meta property='article:published_time' content='2023-09-18T00:00:00+08:00'>"
)


def test_a_person_icon_row_under_the_headline_names_the_writer() -> None:
    row = "<p class='post-meta'><span><i class='fas fa-user'></i>&nbsp; 林晓舟</span></p>"
    assert run(_hugo(row), HUGO_HEAD)["author"] == "林晓舟"


def test_a_row_under_the_headline_with_no_person_icon_names_no_one() -> None:
    row = "<p class='post-meta'><span><i class='fas fa-folder'></i>&nbsp; 孵化指南</span></p>"
    assert run(_hugo(row), HUGO_HEAD)["author"] is None


def test_a_person_icon_row_naming_the_site_names_no_one() -> None:
    row = "<p class='post-meta'><span><i class='fas fa-user'></i>&nbsp; 星海社区博客</span></p>"
    assert run(_hugo(row), HUGO_HEAD)["author"] is None


# 5. a credit run opening a translated text


def _translated(opening: str) -> dict:
    # the icon row names no one here (the site's own name): the credit run alone credits
    row = "<p class='post-meta'><span><i class='fas fa-user'></i>&nbsp; 星海社区博客</span></p>"
    body = (
        "<header><p>星海社区博客</p></header><main><div class='date'>18 Sep 2023</div>"
        f"<h1 class='title'>新项目提案指导</h1>{row}<div class='markdown'>{opening}"
        f"<p>{PROSE}</p><p>{PROSE}</p></div></main>"
    )
    return run(body, HUGO_HEAD)


RUN = (
    "<p>发布时间：2023 年 9 月</p><p>作者：Ada Brook，星海基金会公共事务副总裁</p>"
    "<p>翻译：林晓舟 周若水</p><p>校对：陈一鸣</p>"
)


def test_an_opening_credit_run_gives_the_writer_and_the_translators() -> None:
    out = _translated(RUN)
    assert out["author"] == "Ada Brook、林晓舟、周若水"
    assert out["editor"] is None
    for word in ("作者", "翻译", "校对"):
        assert word not in out["body"]
    assert out["published_at"] == "2023-09-18"  # the date box, not the original's month


def test_a_translation_line_with_no_writer_line_is_text() -> None:
    # 翻译 heads a translated sentence on a language page: no credit without a 作者 line
    out = _translated("<p>原句：Good morning</p><p>翻译：早上 好</p>")
    assert out["author"] is None
    assert "翻译：早上 好" in out["body"]


def test_a_writer_line_with_a_second_name_after_the_comma_keeps_both() -> None:
    out = _translated("<p>作者：林晓舟，周若水</p><p>校对：陈一鸣</p>")
    assert out["author"] == "林晓舟、周若水"


# 6. a closing 关于作者 box whose Latin name takes its roles after a comma


def _about(name_line: str) -> dict:
    closing = f"<h2>关于作者</h2><p>{name_line}</p><p>原文链接</p><p><a href='https://x.example.org/p'>Original</a></p>"
    body = (
        "<header><p>星海社区博客</p></header><main><div class='date'>18 Sep 2023</div>"
        f"<h1 class='title'>新项目提案指导</h1><div class='markdown'><p>{PROSE}</p><p>{PROSE}</p>"
        f"{closing}</div></main>"
    )
    return run(body, HUGO_HEAD)


def test_a_closing_about_box_with_a_comma_after_the_latin_name_leaves_the_body() -> None:
    out = _about("Ada Brook, VP Public Affairs, Example Foundation。")
    assert out["author"] == "Ada Brook"
    assert "关于作者" not in out["body"]
    assert "VP Public Affairs" not in out["body"]


def test_a_comma_line_under_an_unrelated_heading_stays_text() -> None:
    body = (
        "<main><div class='date'>18 Sep 2023</div><h1 class='title'>新项目提案指导</h1>"
        f"<div class='markdown'><p>{PROSE}</p><h2>致谢</h2><p>Ada Brook, VP Public Affairs。</p>"
        f"<p>{PROSE}</p></div></main>"
    )
    out = run(body, HUGO_HEAD)
    assert out["author"] is None
    assert "Ada Brook, VP Public Affairs。" in out["body"]
