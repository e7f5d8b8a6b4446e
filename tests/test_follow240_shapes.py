"""follow240: the body misses of hunt233's / hunt236's dev pages, each shape in our own words with
its negative neighbours (issue 10, session 34)."""

from __future__ import annotations

from incubator_crawler.article.body import clean_body, is_boilerplate
from incubator_crawler.crawl.process import extract_normalized

_SENTENCE = (
    "社区的志愿者们每周在线上碰头，一起整理文档、回答新人的问题，并把讨论的结果写进公开的记录里。"
)


def _run(html: str, url: str = "https://club.example.org/posts/2025/10/notes/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _post(text: str, title: str = "俱乐部资料汇总") -> str:
    # a static-site post: the headline, the date line, then the Markdown text in its own section
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<nav><a href='/'>首页</a> <a href='/posts/'>文章</a> <a href='/about/'>关于</a></nav>"
        f"<article><h1>{title}</h1><p class='date'>发布于 2025-10-21</p>"
        f"<section class='content'>{text}</section></article>"
        "<footer><p>© 2025 某某俱乐部</p></footer></body></html>"
    )


def _lines(out: dict) -> list[str]:
    return (out["body"] or "").split("\n\n")


# --- 1. headed tables beside a won advice list ---------------------------------------------------

_TOC = (
    "<aside><nav class='toc'><h4>目录</h4><ul>"
    "<li><a href='#a'>一、入门书籍</a></li><li><a href='#b'>二、练习平台</a></li>"
    "<li><a href='#c'>使用建议</a></li></ul></nav></aside>"
)


def _table(rows: list[tuple[str, str, str]]) -> str:
    head = "<thead><tr><th>名称</th><th>类型</th><th>说明</th></tr></thead>"
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return f"<table>{head}<tbody>{body}</tbody></table>"


_ADVICE = (
    "<h2 id='c'>使用建议</h2><ol>"
    "<li><strong>先读概览</strong>：先把入门书籍通读一遍，建立整体的认识，再按自己的方向挑选专项材料。</li>"
    "<li><strong>边学边练</strong>：每读完一章就到练习平台上做几道基础题，把书里的方法用到题目里。</li>"
    "<li><strong>及时备份</strong>：电子书和教程最好下载到本地保存，免得链接失效以后再也找不到。</li>"
    "</ol>"
)


def _resource_post(*, toc: bool = True, linked_cells: bool = False) -> str:
    cell = (lambda t: f"<a href='/r/{len(t)}'>{t}</a>") if linked_cells else (lambda t: t)
    rows1 = [
        (cell("入门指南"), cell("电子书"), cell("共三百页")),
        (cell("新手指北"), cell("在线文档"), cell("适合新手")),
    ]
    rows2 = [(cell("练习平台甲"), cell("网站"), cell("题目较多")),
             (cell("练习平台乙"), cell("网站"), cell("可以自建"))]  # fmt: skip
    return _post(
        (_TOC if toc else "")
        + f"<h2 id='a'>一、入门书籍</h2>{_table(rows1)}<hr>"
        + f"<h2 id='b'>二、练习平台</h2>{_table(rows2)}<hr>"
        + _ADVICE
    )


def test_headed_tables_beside_a_won_list_are_the_text_row_by_row():
    out = _run(_resource_post())
    lines = _lines(out)
    assert lines[:9] == ["一、入门书籍", "名称", "类型", "说明", "入门指南", "电子书", "共三百页",
                         "新手指北", "在线文档"]  # fmt: skip
    assert "二、练习平台" in lines
    assert "练习平台乙" in lines
    assert lines[-1].startswith("及时备份：")
    assert "目录" not in lines  # the table of contents' aside is navigation


def test_tables_and_list_without_the_toc_aside_are_the_text_too():
    lines = _lines(_run(_resource_post(toc=False)))
    assert lines[0] == "一、入门书籍"
    assert "练习平台甲" in lines


def test_tables_of_links_beside_the_list_stay_out():
    # neighbour: tables whose cells are all links (a nav grid) make no text box
    lines = _lines(_run(_resource_post(linked_cells=True)))
    assert lines[0].startswith("先读概览：")
    assert "名称" not in lines


def test_a_list_of_no_sentence_beside_tables_stays_alone():
    # neighbour: the won list holds no sentence (a list of names), so the tables do not join it
    post = _resource_post().replace(
        _ADVICE,
        "<h2>名单</h2><ol>" + "<li>张三丰 李四海 王五岳 赵六合 钱七星 孙八达</li>" * 4 + "</ol>",
    )
    lines = _lines(_run(post))
    assert "名称" not in lines


# --- 2. a minutes' line opening with a web address --------------------------------------------


def _minutes(items: list[str]) -> str:
    lis = "".join(f"<li>{x}</li>" for x in items)
    return _post(
        f"<p>{_SENTENCE}</p><h2>会议纪要</h2><ul><li>回顾用过的代码库<ul>{lis}</ul></li></ul>"
        f"<p>{_SENTENCE}</p>",
        title="网站团队线上会议纪要",
    )


def test_lines_opening_with_a_written_out_address_then_words_are_text():
    items = [
        "<a href='https://git.example.com/team/'>https://git.example.com/team/</a> 去年主要使用的代码库，半私有。",
        "<a href='https://code.example.net/'>https://code.example.net/</a> 管理私有代码库的平台。",
        "<a href='https://hub.example.org/team/'>https://hub.example.org/team/</a> 公开协作代码库。",
    ]  # fmt: skip
    lines = _lines(_run(_minutes(items)))
    assert "https://git.example.com/team/ 去年主要使用的代码库，半私有。" in lines
    assert "https://hub.example.org/team/ 公开协作代码库。" in lines


def test_a_list_of_linked_titles_stays_navigation():
    # neighbour: the link's text is a title, not an address written out
    items = [
        "<a href='https://a.example.com/1'>往期会议纪要第一期</a> 7月",
        "<a href='https://a.example.com/2'>往期会议纪要第二期</a> 8月",
        "<a href='https://a.example.com/3'>往期会议纪要第三期</a> 9月",
    ]
    out = _run(_minutes(items))
    assert "往期会议纪要第一期 7月" not in _lines(out)


# --- 3. an opening 作者简介 box ---------------------------------------------------------------


def _boxed(under: str = "<h2>缘起</h2>") -> str:
    return _post(
        "<h2>作者简介：</h2><p><strong>作者: 小明<br>某某开源组织成员<br>Java开发工程师，工作经验七年</strong></p>"
        f"{under}<p>{_SENTENCE}</p><p>{_SENTENCE}</p>",
        title="某某工具加入开源社区",
    )


def test_opening_author_box_is_cut_up_to_the_next_heading():
    lines = _lines(_run(_boxed()))
    assert lines[0] == "缘起"
    assert "某某开源组织成员" not in lines
    assert "作者简介：" not in lines


def test_author_box_with_no_heading_after_it_stays():
    # neighbour: no heading closes the box: where it ends is unknown, nothing is cut
    lines = _lines(_run(_boxed(under="")))
    assert "某某开源组织成员" in lines


def test_author_box_below_the_texts_first_sentence_is_no_opening_box():
    # neighbour: a 关于作者 heading after a sentence of the text is no opening box
    html = _post(
        f"<p>{_SENTENCE}</p><h2>关于作者</h2><p>某某开源组织成员</p><h2>正文</h2><p>{_SENTENCE}</p>",
        title="某某工具加入开源社区",
    )
    assert "某某开源组织成员" in _lines(_run(html))


# --- 4.-7. the cleaning lines -----------------------------------------------------------------


def test_follow_promo_and_dashed_end_mark_close_no_text():
    body = clean_body([_SENTENCE, "关注公众号，带你看更多量化交易的干货", "—— 完 ——"])
    assert body == _SENTENCE
    assert is_boilerplate("关注公众号，获取更多学习资料")
    # neighbours: a sentence telling of an account is text; 完 inside a line is no end mark
    assert not is_boilerplate("关注公众号的读者越来越多，我们决定每周更新两次。")
    assert clean_body([_SENTENCE, "—— 完成 ——"]) == _SENTENCE + "\n\n—— 完成 ——"


def test_headline_restated_without_its_dash_tail_is_left_out():
    title = "志愿者首次大会会议纪要--6月19日"
    body = clean_body(["志愿者首次大会会议纪要", "日期：6月19日", _SENTENCE], title=title)
    assert body == "日期：6月19日\n\n" + _SENTENCE
    # neighbours: the headline's head not followed by a mark in it; a line of the text further down
    title2 = "志愿者首次大会会议纪要六月十九日"
    assert clean_body(["志愿者首次大会会议纪要", _SENTENCE], title=title2).startswith("志愿者首次")
    body3 = clean_body([_SENTENCE, "志愿者首次大会会议纪要"], title=title)
    assert body3.endswith("志愿者首次大会会议纪要")


def test_add_on_makers_mail_line_between_sections_is_its_data():
    paras = ["简介", _SENTENCE, "维护", "作者:某甲 maker@example.com", "兼容性", "兼容新版", "下载"]
    assert "作者:某甲 maker@example.com" in clean_body(paras).split("\n\n")
    # neighbours: a credit line closing the text, and one without a mail address, are cut
    closing = [_SENTENCE, _SENTENCE, _SENTENCE, "作者:某甲 maker@example.com"]
    assert "maker@" not in clean_body(closing)
    plain = ["简介", _SENTENCE, "维护", "作者:某甲", "兼容性", "兼容新版", "下载"]
    assert "作者:某甲" not in clean_body(plain)


def test_compilation_credit_with_update_day_is_cut():
    assert is_boilerplate("整理编辑：某乙 更新日期：2017.05.21")
    # neighbour: the same words in a sentence
    assert not is_boilerplate("整理编辑：某乙负责把更新日期写在文末，方便大家查看。")


def test_site_template_lines_are_furniture():
    assert is_boilerplate("未经授权，严禁转载！")
    assert is_boilerplate("某某华人网欢迎大家投稿分享英国生活，邮件：someone@example.com")
    # neighbours: a sentence about reposting; a call for submissions with no address
    assert not is_boilerplate("未经授权，严禁转载他人的作品，这是我们一贯的立场。")
    assert not is_boilerplate("欢迎大家投稿分享英国生活。")
