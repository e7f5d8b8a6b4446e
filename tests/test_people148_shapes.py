"""follow138's two people rules narrowed by what a reader sees (issue 10, session 30).

1. A saved WeChat article's meta-line writer beats a trailer author only when that trailer stands
   outside the article's own box (a rebuilding site's copyright box under the post); a closing
   ``作者：X`` inside the article's text is the writer's credit and stands.
2. A group named as the writer is the site itself only when its whole name is a segment of the
   site's name (``GROUP-新闻``), never a word inside one (中国某科学院 in 中国某科学院大学) nor the
   column segment of ``<title>`` (``标题_党政办公室_某学院``).
Pages of our own; why each shape: docs/benchmarks.md, people148.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.people.settle import _names_the_firm

# --------------------------------------------------------------------------- 1. WeChat


def _wechat_page(closing: str = "", writer: str = "小鹿同学") -> str:
    """A saved WeChat article: the account block under the headline, the text box after it."""
    return (
        "<div class='rich_media' id='js_article'><div class='rich_media_inner'>"
        "<h1 class='rich_media_title' id='activity-name'>期中考试通知</h1>"
        "<div class='rich_media_meta_list' id='meta_content'>"
        f"\n<span class='rich_media_meta rich_media_meta_text'>{writer}</span>\n"
        "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>星海学堂</a></span>\n"
        "<em class='rich_media_meta rich_media_meta_text' id='publish_time'>2016-11-01</em></div>"
        f"<div class='rich_media_content' id='js_content'><p>{PROSE}</p>{closing}</div>"
        "</div></div>"
    )


_HEAD = "<title>期中考试通知</title>"


def test_closing_credits_inside_the_wechat_text_stand():
    # the text closes with the team's credits (文字 / 排版 / 审核), read as the trailer
    credits = "<section><p>文字：李小华</p><p>排版：王五</p><p>审核：赵六</p></section>"
    out = run(_wechat_page(credits), _HEAD)
    assert out["author"] == "李小华"
    assert out["extraction"]["author"] == "trailer"


def test_closing_original_author_line_inside_the_wechat_text_stands():
    out = run(_wechat_page("<p>原创作者：李小华</p>"), _HEAD)
    assert out["author"] == "李小华"


def test_wechat_meta_writer_without_a_closing_byline():
    # negative neighbour: no byline closes the text: the meta line's writer
    out = run(_wechat_page(), _HEAD)
    assert out["author"] == "小鹿同学"


def test_copyright_box_outside_the_wechat_article_gives_way():
    # negative neighbour (follow138's shape): the box under the post, outside the article's box
    body = (
        "<article class='post'><div class='post-content'>"
        + _wechat_page()
        + "</div><ul class='post-copyright'><li><strong>原文作者：</strong>"
        "<a rel='author' href='/'>星海学堂团队</a></li></ul></article>"
    )
    out = run(body, _HEAD)
    assert out["author"] == "小鹿同学"


def _meta_only(spans: str) -> str:
    """A saved WeChat article whose meta line holds ``spans`` beside the account and the date."""
    return (
        "<div class='rich_media' id='js_article'>"
        "<h1 class='rich_media_title' id='activity-name'>期中考试通知</h1>"
        f"<div class='rich_media_meta_list' id='meta_content'>{spans}\n"
        "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>星海学堂</a></span>\n"
        "<em class='rich_media_meta rich_media_meta_text' id='publish_time'>2016-11-01</em>\n"
        "<span class='rich_media_meta rich_media_meta_text' id='js_ip_wording_wrapper'>"
        "<span id='js_ip_wording'>江苏</span></span></div>"
        f"<div class='rich_media_content' id='js_content'><p>{PROSE}</p></div></div>"
    )


def test_wechat_place_line_names_no_writer():
    # the platform's place line (the poster's province) is a meta_text span too
    assert run(_meta_only(""), _HEAD)["author"] is None


def test_wechat_account_in_a_meta_text_span_names_no_writer():
    span = "<span class='rich_media_meta rich_media_meta_text'>星海学堂</span>"
    assert run(_meta_only(span), _HEAD)["author"] is None


def test_wechat_writer_beside_the_place_line():
    # negative neighbour: a writer's span before the account and the place line
    span = "<span class='rich_media_meta rich_media_meta_text'>小鹿同学</span>"
    assert run(_meta_only(span), _HEAD)["author"] == "小鹿同学"


# --------------------------------------------------------------------------- 2. groups


def _post(author: str, site: str, title: str = "") -> tuple[str, str]:
    head = f"<title>{title or '成绩发布 | ' + site}</title><meta property='og:site_name' content='{site}'>"
    body = (
        "<h1>成绩发布</h1>"
        f"<div class='meta'>发布时间：2021-11-14 作者：{author}</div>"
        f"<div class='text'><p>{PROSE}</p></div>"
    )
    return body, head


def test_group_whose_name_is_the_sites_segment_is_the_site():
    out = run(*_post("某镇中学2020级一班", "某镇中学2020级一班-新闻"))
    assert out["author"] is None


def test_group_whose_name_opens_a_longer_site_name_stays():
    # negative neighbour: 星海科学院 is not the site 星海科学院大学 (a word inside its name)
    out = run(*_post("星海科学院", "星海科学院大学"))
    assert out["author"] == "星海科学院"


def test_office_named_as_the_titles_column_stays():
    # negative neighbour: <title>'s middle segment is the item's column, an office of the school
    out = run(*_post("党政办公室", "某学院", "成绩发布_党政办公室_某学院"))
    assert out["author"] == "党政办公室"


def test_names_the_firm_segments():
    assert _names_the_firm("某镇中学2020级一班", ["某镇中学2020级一班-新闻"])
    assert _names_the_firm("摄影俱乐部", ["某大学|摄影俱乐部"])
    assert not _names_the_firm("一班", ["某镇中学2020级一班-新闻"])
    assert not _names_the_firm("星海科学院", ["星海科学院大学"])
    assert not _names_the_firm("党政办公室", ["某学院", "_党政办公室_某学院"])
    # a firm's word left around the name still makes it the firm's (follow138's and before)
    assert _names_the_firm("海润丰", ["某市海润丰有限公司"])


# --------------------------------------------------------------------------- 3. By CJK names DATE


def _by_line(line: str, after: str = "") -> dict:
    return run(f"<h1>会议成果</h1><p>{line}</p><div><p>{PROSE}</p></div>{after}")


def test_by_cjk_names_then_an_english_date_as_a_plain_line():
    assert _by_line("By&nbsp;&nbsp;李文东, 周启明&nbsp;&nbsp;October 25, 2024")["author"] == (
        "李文东、周启明"
    )
    assert _by_line("BY 李文东，周启明 · 25 October 2024")["author"] == "李文东、周启明"
    assert _by_line("By 李文东、周启明 Oct. 25, 2024")["author"] == "李文东、周启明"
    assert _by_line("By 李文东 | 2024-10-25")["author"] == "李文东"


def test_by_line_neighbours_give_no_writer():
    # a sentence opening with By and a year names no one
    assert _by_line("By 2025年，实验室将再发表论文十篇")["author"] is None
    # a related item's dated row under the text is that item's byline, not the post's
    row = "<div><p>By 李文东 October 20, 2024</p></div>"
    assert run(f"<h1>会议成果</h1><div><p>{PROSE}</p></div>{row}")["author"] is None


# --------------------------------------------------------------------------- 4. a filed-under word


def _hexo_meta(credit: str) -> str:
    return (
        "<header class='post-header'><h1 class='post-title'>集训队招新</h1>"
        "<div class='post-meta'><span class='post-date'><i class='far fa-calendar-plus'></i>"
        "<span><time datetime='2018-12-14T19:30:11+08:00'>2018-12-14 19:30:11</time></span></span>"
        "<span class='divider'>|</span><span class='post-categories'>"
        "<i class='far fa-folder-open'></i><span><a href='/categories/x/'>招新</a></span></span>"
        f"</div></header><main><p>集训队招新算法考核</p><hr>{credit}<p>{PROSE}</p></main>"
    )


def test_word_after_a_folder_icon_beside_the_date_is_no_writer():
    assert run(_hexo_meta(""))["author"] is None
    # the writer's line in the text is read past it
    assert run(_hexo_meta("<p>撰稿：肖小锐</p>"))["author"] == "肖小锐"


def test_name_beside_the_date_without_a_folder_icon_stays():
    # negative neighbour: a person's name after the date with no icon before it
    body = (
        "<h1>集训队招新</h1><div class='post-meta'>2018-12-14 19:30 | 肖小锐</div>"
        f"<div><p>{PROSE}</p></div>"
    )
    assert run(body)["author"] == "肖小锐"


def test_account_beside_the_date_leaves_the_signature_the_writer():
    # a saved WeChat article's account line (the site's name) beside the date names no writer;
    # the signature closing the text does
    page = _meta_only("").replace(
        f"<p>{PROSE}</p>", f"<p>{PROSE}</p><p style='text-align:right'>李小华</p>"
    )
    assert run(page, _HEAD)["author"] == "李小华"


def test_by_an_outlet_or_an_office_before_the_date_names_no_writer():
    # negative neighbours (tmpl132's): CJK names after By are a person's, surname first
    assert _by_line("By 新华社 2024-03-05")["author"] is None
    assert _by_line("by 市科技局 2024-03-05")["author"] is None
