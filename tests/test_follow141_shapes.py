"""hunt139's first-contact misses on three organisation sites (issue 10, session 29).

- A section banner as the page's only ``<h1>`` (a university lab's Hugo posts: the same
  实验室学术活动展示 over every post, the post's name only in ``<title>`` and og:title): the title
  is the head's name (the lead's session-29 answer).
- The info line ``来源：X 发布时间：DATE`` set loose in the text's own box under the headline (a
  company's Hexo theme): the meta line, not the text's first line.
- A line repeating the headline under a sentence of the text is text (the lead's session-29
  answer); at the text's top, under a letterhead, a signing date or an editor's note, it goes.
- A reposted government document typed as one ``<br>``-parted paragraph: its letterhead, number,
  own title and signature, siblings in the same box, are text.

Pages of our own; why each shape: docs/benchmarks.md, follow141.
"""

from __future__ import annotations

from page_shapes import PROSE, run

NAV = "<ul><li><a href='/'>主页</a></li><li><a href='/blog/'>学术活动</a></li></ul>"
BANNER = "<div><h1><span>实验室学术活动展示</span></h1></div>"
POST = f"<div><p>May 5, 2024</p><div><p>{PROSE}</p></div></div>"
NAME = "园区举办产业对接交流会"


def _head(title: str, og_title: str | None = None, site: str = "某某大学模式识别实验室") -> str:
    og = f"<meta property='og:title' content='{og_title}'>" if og_title else ""
    return f"<title>{title}</title>{og}<meta property='og:site_name' content='{site}'>"


def test_column_banner_h1_gives_the_heads_name() -> None:
    out = run(NAV + BANNER + POST, _head(NAME, NAME))
    assert out["title"] == NAME


def test_banner_without_og_title_stays() -> None:
    # <title> alone may be anything (a slogan): no second witness, the h1 stays
    out = run(NAV + BANNER + POST, _head(NAME))
    assert out["title"] == "实验室学术活动展示"


def test_headline_under_site_name_title_stays() -> None:
    # a real headline holding the menu's word, <title> and og:title only the site's name
    site = "某某大学模式识别实验室"
    h1 = "<div><h1>学术活动月开幕</h1></div>"
    out = run(NAV + h1 + POST, _head(site, site, site))
    assert out["title"] == "学术活动月开幕"


def test_banner_holding_no_menu_word_stays() -> None:
    h1 = "<div><h1><span>欢迎来到交流园地</span></h1></div>"
    out = run(NAV + h1 + POST, _head(NAME, NAME))
    assert out["title"] == "欢迎来到交流园地"


HEADLINE = "关于推进土地节约集约利用的意见"
INFO = (
    "<span>来源：某某网 &nbsp; 发布时间：<a href='/a/1.html'><time datetime='2018-03-05'>"
    "2018-03-05</time></a></span>"
)
SECOND = "会议要求，各单位要按照部署抓好落实，确保各项任务按时完成，并定期报告工作进展。"


def _box(*inner: str) -> str:
    return (
        f"<div class='crumb'>位置：<a href='/'>首页</a> > <a href='/news'>新闻动态</a></div>"
        f"<div class='show'><span><h1>{HEADLINE}</h1></span>{''.join(inner)}</div>"
    )


def test_info_line_in_text_box_is_the_meta_line() -> None:
    out = run(_box(INFO, f"<p>{PROSE}</p><p>{SECOND}</p>"))
    assert out["title"] == HEADLINE
    assert out["source"] == "某某网"
    assert out["published_at"] == "2018-03-05"
    assert out["body"].split("\n\n")[0] == PROSE


def test_info_line_after_a_paragraph_does_not_open_the_box() -> None:
    # the same line below the text's first paragraph opens nothing: the text starts at it
    loose = "来源：某某网 发布时间：2018-03-05"
    out = run(_box(f"<p>{PROSE}</p>{loose}<p>{SECOND}</p>"))
    assert out["body"].split("\n\n")[0] == PROSE


PLAN = "生态保护工作方案"


def _plan_page(*lines: str) -> str:
    paras = "".join(f"<p>{x}</p>" for x in lines)
    return f"<h1>{PLAN}</h1><p>来源：某某网 发布时间：2018-01-31</p><div>{paras}</div>"


def test_headline_repeated_under_a_sentence_is_text() -> None:
    first = "近日，六部门共同制定《生态保护工作方案》，部署发挥生态保护在扶贫中的作用。"
    out = run(_plan_page(first, f"<strong>{PLAN}</strong>", PROSE))
    assert out["body"].split("\n\n") == [first, PLAN, PROSE]


def test_headline_repeated_at_the_top_goes() -> None:
    out = run(_plan_page(f"<strong>{PLAN}</strong>", PROSE, SECOND))
    assert out["body"].split("\n\n") == [PROSE, SECOND]


def test_headline_repeated_under_an_editors_note_goes() -> None:
    note = "【编者按】什么是最美？一堂内容充实的课程是最美。"
    out = run(_plan_page(note, PLAN, PROSE))
    assert out["body"].split("\n\n") == [note, PROSE]


def test_headline_repeated_under_a_signing_date_goes() -> None:
    out = run(_plan_page("某某部部长张三", "2013年2月4日", PLAN, PROSE))
    assert PLAN not in out["body"].split("\n\n")


LETTERHEAD = "某 某 省 人 民 政 府 文 件"
NUMBER = "某府〔2018〕3号"
DOC_TITLE = "某某省人民政府关于加强土地调控的意见"
SIGNER = "某某省人民政府"
PAGER = (
    "<div class='s_x'><a href='/a/0.html'>上一篇：土地政策解读</a>"
    "<a href='/a/2.html'>下一篇：新能源汽车补贴开始申请</a></div>"
)


def _document(after: str = PAGER) -> str:
    text = f"各市、县人民政府：<br>{PROSE}<br>{SECOND}<br>一、总体要求<br>{PROSE}"
    return _box(
        INFO,
        f"<p></p><h1>{LETTERHEAD}</h1><p>{NUMBER}</p><p>{DOC_TITLE}</p><p>{text}</p>",
        f"<p>{SIGNER}</p>{after}",
    )


def test_reposted_document_keeps_letterhead_number_title_and_signature() -> None:
    lines = run(_document())["body"].split("\n\n")
    assert lines[:4] == [LETTERHEAD, NUMBER, DOC_TITLE, "各市、县人民政府："]
    assert lines[-1] == SIGNER


def test_document_box_with_a_template_box_of_text_stays_the_paragraph() -> None:
    # a classed box of text beside the paragraph (a related-reading box with its summary) is the
    # template's: the cell is no text cell, the text is the <br>-parted paragraph alone
    related = f"<div class='related'>相关阅读：{SECOND}</div>"
    lines = run(_document(PAGER + related))["body"].split("\n\n")
    assert lines[0] == "各市、县人民政府："
