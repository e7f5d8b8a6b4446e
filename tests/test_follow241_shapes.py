"""The people and date misses left on session 34's new dev pages (issue 10), on pages of our own.

- A thumbnail badge (the post's kind, an open set of words: ``文档``, ``工作会议``) right over a
  ``by NAME/ on DATE`` row is no account line: the row's "by" names the writer.
- A post's meta row whose tag links outweigh its text (``作者X | 归档于<a>大会</a> | 发表于 DATE |
  <a>#DevOps</a> <a>#2017北京站</a>``) is no menu: it holds a date under its publish label.
- A translation's opening credit box ``社区译者：A-CITY`` / ``审校：B`` / ``原作者： C`` /
  ``原文地址：…``: A and C wrote the text (the city no part of the name), the 审校 review no editor,
  ``原作者：暂未发现`` ("not found yet") no one.
- ``作者wirter``: a theme's misspelt role word in the slot names no one.
- A closing ``整理编辑：NAME`` under a headline ``…byNAME`` whose text says ``这是我NAME汇总的``: NAME
  compiled, so wrote, the text: author, no editor. A bare ``整理编辑：`` stays an editing credit.

Why: docs/benchmarks.md, follow241.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.meta_line import _linked_item

URL = "http://www.example.org/blog/post-1/"
HEAD = "<title>星海社区年会回顾 | 星海社区</title>"
NAV = "<nav><a href='/'>首页</a><a href='/blog/'>博客</a><a href='/about/'>关于</a></nav>"


def _card(badge: str, box: str = "", by: str = "林小舟") -> dict:
    body = (
        f"{NAV}<h1>星海社区</h1><div class='col'><div class='thumb'><img src='/a.jpg' alt='t'>"
        f"<div class='card-type'>{badge}</div></div>"
        f"<div class='card-meta'>by <strong>{by}</strong>/ on <strong>21 Sep 2019</strong></div>"
        f"<h2>星海社区年会回顾</h2><div class='content'>{box}<p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    return run(body, HEAD, URL)


# 1. the badge over the by-row


def test_document_badge_over_the_by_row_is_no_name() -> None:
    assert _card("文档")["author"] == "林小舟"


def test_meeting_badge_over_the_by_row_is_no_name() -> None:
    assert _card("工作会议", by="周明轩")["author"] == "周明轩"


def test_neighbour_a_name_over_a_bare_date_row_stays_the_account_line() -> None:
    body = (
        f"{NAV}<h1>星海社区年会回顾</h1><div class='meta'><div>林小舟</div>"
        f"<div>2019-09-21</div></div><div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert run(body, HEAD, URL)["author"] == "林小舟"


# 2. a tag-heavy meta row keeps its date


def _row(tags: str) -> dict:
    body = (
        f"{NAV}<h1>星海社区年会回顾</h1><p class='meta'>作者组织者 | 归档于<a href='/c/'>大会</a> | "
        f"发表于 2017-03-18 | {tags}</p><div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    return run(body, HEAD, URL)


def test_meta_row_whose_tag_links_outweigh_its_text_gives_its_date() -> None:
    tags = "".join(
        f"<a href='/tags/{i}/'>{t}</a>&nbsp;"
        for i, t in enumerate(("#DevOps", "#DevOpsDays", "#2017北京站"))
    )
    out = _row(tags)
    assert str(out["published_at"]).startswith("2017-03-18")
    assert out["author"] is None


def test_linked_item_reads_a_labelled_date_only() -> None:
    assert _linked_item("作者组织者 | 归档于大会 | 发表于 2017-03-18 | #DevOps #2017北京站")
    # neighbours: a menu's links with a year in them, a label with no date after it
    assert not _linked_item("首页 新闻 2017年会 关于我们")
    assert not _linked_item("发表于 大会 #2017北京站")


# 3. the translation's credit box


def _box(original: str) -> str:
    return (
        "<blockquote><p>社区译者：林小舟-北京</p></blockquote>"
        "<blockquote><p>审校：韩梅</p></blockquote>"
        f"<blockquote><p>原作者： {original}</p></blockquote>"
        "<blockquote><p>原文地址：<a href='http://example.com/o'>http://example.com/o</a></p>"
        "</blockquote>"
    )


def test_translator_and_original_writer_of_the_credit_box() -> None:
    out = _card("翻译", _box("Acme SRE"))
    assert out["author"] == "林小舟、Acme SRE"
    assert out["editor"] is None
    assert "审校" not in out["body"]
    assert "社区译者" not in out["body"]


def test_original_writer_not_found_yet_names_no_one() -> None:
    out = _card("翻译", _box("暂未发现"))
    assert out["author"] == "林小舟"
    assert out["editor"] is None


# 4. the misspelt placeholder


def test_writer_placeholder_names_no_one() -> None:
    body = (
        f"{NAV}<h1>星海社区年会回顾</h1><p class='meta'>作者wirter | 归档于<a href='/c/'>社区</a> | "
        f"发表于 2018-06-20</p><div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    out = run(body, HEAD, URL)
    assert out["author"] is None
    assert str(out["published_at"]).startswith("2018-06-20")


def test_neighbour_a_name_glued_to_the_label_stays() -> None:
    body = (
        f"{NAV}<h1>星海社区年会回顾</h1><p class='meta'>作者林小舟 | 归档于<a href='/c/'>社区</a> | "
        f"发表于 2018-06-20</p><div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert run(body, HEAD, URL)["author"] == "林小舟"


# 5. the compiler said three times to have made the text


def _compilation(headline: str, intro: str) -> dict:
    body = (
        f"{NAV}<h1>{headline}</h1><div class='meta'><span>2017-05-21</span></div>"
        f"<div class='content'><p>引言：</p><p>{intro}</p><p>{PROSE}</p><p>{PROSE}</p>"
        "<p>整理编辑：林小舟 更新日期：2017年5月21日</p></div>"
    )
    return run(body, f"<title>{headline}</title>", URL)


def test_compiler_named_in_headline_intro_and_credit_is_the_author() -> None:
    out = _compilation(
        "星海教程汇总by林小舟(2017年5月21日更新）", "这是我林小舟汇总的星海相关教程与文章。"
    )
    assert out["author"] == "林小舟"
    assert out["editor"] is None


def test_neighbour_a_bare_compiler_credit_stays_an_editor() -> None:
    out = _compilation("星海教程汇总(2017年5月21日更新）", "这是我林小舟汇总的星海相关教程与文章。")
    assert out["author"] is None
    assert out["editor"] == "林小舟"


def test_neighbour_headline_by_without_the_intro_stays_an_editor() -> None:
    out = _compilation("星海教程汇总by林小舟(2017年5月21日更新）", "这里汇总了星海相关教程与文章。")
    assert out["editor"] == "林小舟"


# 6. a writer's label alone over its names line closing the text


def _closing(names: str, label: str = "文案：") -> dict:
    body = (
        f"{NAV}<h1>星海社区年会回顾</h1><div class='meta'><span>发表于 2020-01-24</span></div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>End.</p><p>图片：</p>"
        f"<pre><code>Lily Chen / 星海摄影社</code></pre><p>{label}</p>"
        f"<pre><code>{names}</code></pre></div>"
    )
    return run(body, HEAD, URL)


def test_writer_label_alone_over_slash_parted_names() -> None:
    assert _closing("Emily Wang / Eleanor Yang")["author"] == "Emily Wang、Eleanor Yang"


def test_neighbour_a_lone_latin_word_under_the_label_is_no_name() -> None:
    assert _closing("Share")["author"] is None


def test_neighbour_the_picture_label_over_names_gives_no_author() -> None:
    assert _closing("Emily Wang / Eleanor Yang", label="摄影：")["author"] is None


def test_neighbour_a_list_row_with_a_labelled_date_stays_a_menu_line() -> None:
    assert not _linked_item("[通知公告] 关于开展报名工作的通知 发布时间：2015年4月27日")
