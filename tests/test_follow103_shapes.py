"""follow103's shapes (hunt103's first contact on new sites, the lead's session-23 decisions),
each with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import pytest
from lxml import etree
from test_policy_fields import P1, P2, P3, leaf, page, text

from incubator_crawler.article.script_copy import apply_copy, script_copies

META = "<div class='info'>发布时间：2024-03-05 10:20 来源：高新区科技局 浏览次数：128</div>"


# -- 3: a poster box under the meta line (ev817.com's PHPCMS) -------------------------------------------
def poster_box(name: str, uid: str, button: str) -> str:
    """An avatar, the poster's name linking to the member page, then a follow control."""
    href = f"/index.php?m=content&amp;c=index&amp;a=show_memberdetail&amp;uid={uid}"
    return (
        f"<div class='head'><a href='{href}'><img src='/avatar/90x90.jpg' alt='头像'></a></div>"
        f"<p><a href='{href}'>{name}</a></p><a href='javascript:;'>{button}</a>"
    )


@pytest.mark.parametrize(
    ("box", "author"),
    [
        # a member's name with 加关注 and a uid: the poster's byline
        (poster_box("张立华", "16", "加关注"), "张立华"),
        (poster_box("张立华", "16", "+关注"), "张立华"),
        # the build's own account: the member link carries no id, the box shows 已关注
        (poster_box("twzb", "", "已关注"), None),
        (poster_box("张立华", "", "加关注"), None),
        # neighbours: the live-text layout's box names the account with no member link (twzb in
        # an h5); a name that links no member page
        ("<div class='infor-name'><h5>twzb</h5><a href='javascript:;'>已关注</a></div>", None),
        ("<p>张立华</p><a href='javascript:;'>加关注</a>", None),
        # neighbour: a name line with no follow control under the meta line is no poster box
        ("<p><a href='/index.php?a=show_memberdetail&amp;uid=16'>张立华</a></p>", None),
    ],
)  # fmt: skip
def test_a_poster_boxs_member_is_the_author(box: str, author: str | None) -> None:
    """ev817-trucknews-data-41: the member in the poster box under the meta line is the author;
    the site's own account (an empty uid) names no person."""
    out = page(meta=META + box)
    assert (out["author"], out["source"]) == (author, "高新区科技局")
    assert out["body"].split("\n")[0].strip() == P1


# -- 1: an outlet's 讯 credit with the writer in brackets closing the last paragraph ------------------
LAST = "会议要求，要积极改革创新，更好满足群众多样化的医疗健康服务需求。"


@pytest.mark.parametrize(
    ("tail", "author", "last"),
    [
        # by.gov.cn: the credit run into the last paragraph: author, cut from the body
        ("白云时事讯（全碧芳）", "全碧芳", LAST),
        ("白云时事讯（记者 全碧芳）", "全碧芳", LAST),
        ("白云时事讯（全碧芳 李明华）", "全碧芳、李明华", LAST),
        # neighbours: a unit in the bracket signs no person; the outlet's 讯 alone names no one
        ("白云时事讯（区委宣传部）", None, LAST + "白云时事讯（区委宣传部）"),
        ("白云时事讯", None, LAST + "白云时事讯"),
    ],
)  # fmt: skip
def test_an_outlets_xun_credit_closing_the_text(tail: str, author: str | None, last: str) -> None:
    """mhxqwer-wyxby-gov-cn: ``…需求。白云时事讯（全碧芳）`` gives the author 全碧芳, and the credit is
    cut from the last paragraph."""
    out = page(body=text(P1, P2, P3, LAST + tail))
    assert (out["author"], out["body"].split("\n")[-1].strip()) == (author, last)


def test_a_xun_credit_inside_a_sentence_is_prose() -> None:
    """Neighbour: the same words inside a sentence, not closing it, credit no one."""
    line = "据白云时事讯（全碧芳）报道，会议要求更好满足群众多样化的医疗健康服务需求。"
    out = page(body=text(P1, P2, P3, line))
    assert (out["author"], out["body"].split("\n")[-1].strip()) == (None, line)


# -- 2: a repost's credit naming the outlet and the reporter closing the text --------------------------
@pytest.mark.parametrize(
    ("paras", "author", "last"),
    [
        # ev817-club-story-148: on a line of its own: author, cut from the body
        ((P1, P2, P3, "(文章信息摘自运输人 时坤报道)"), "时坤", P3),
        ((P1, P2, P3, "（摘自运输人 记者 时坤报道）"), "时坤", P3),
        ((P1, P2, P3, "（本文转自运输人 时坤、李明华报道）"), "时坤、李明华", P3),
        # run into the last sentence
        ((P1, P2, P3 + "(文章信息摘自运输人 时坤报道)"), "时坤", P3),
        # neighbours: the outlet alone names no one (kept, as before); a desk where the person
        # stands signs no one, the credit still cut as the bracketed credits are; a sentence
        # that quotes the words is prose
        ((P1, P2, P3, "(文章信息摘自运输人)"), None, "(文章信息摘自运输人)"),
        ((P1, P2, P3, "(文章信息摘自运输人 编辑部报道)"), None, P3),
        ((P1, P2, P3, "霍亚军说，这篇文章摘自运输人 时坤报道的专题。"), None,
         "霍亚军说，这篇文章摘自运输人 时坤报道的专题。"),
    ],
)  # fmt: skip
def test_a_reposts_excerpt_credit_names_the_reporter(
    paras: tuple[str, ...], author: str | None, last: str
) -> None:
    """``(文章信息摘自运输人 时坤报道)`` closing the text: 时坤 is the author, the credit is cut; the
    meta line's 来源 stays the source."""
    out = page(body=text(*paras))
    assert (out["author"], out["source"]) == (author, "高新区科技局")
    assert out["body"].split("\n")[-1].strip() == last


# -- 4: a trail the page's own script copies from a hidden element into the visible bar -----------------
BAR = (
    "<div class='position'>您现在的位置：<span><a href='/web/wzsy/index.html'>网站首页</a> &gt; "
    "<a href='javascript:void(0)'>详情页</a></span></div>"
)
HIDDEN = (
    "<p id='pos_hide'>您的位置：<span><a href='/web/wzsy/index.html'>网站首页</a>&nbsp;&gt;&nbsp;"
    "<a href='javascript:void(0)'>专题栏目</a>&nbsp;&gt;&nbsp;"
    "<a href='/web/ztlm/zt/gzdt59/index.html'>工作动态</a></span></p>"
)
RELS = (
    "<div class='rels'><span><a href='/home/index.html'>网站首页</a>&nbsp;&gt;&nbsp;"
    "<a href='javascript:void(0)'>综合要闻</a>&nbsp;&gt;&nbsp;"
    "<a href='/zhyw/zjdt/index.html'>镇街动态</a></span></div>"
)


def script(code: str) -> str:
    """An inline script holding ``code``."""
    return f"<script type='text/javascript'>{code}</script>"


@pytest.mark.parametrize(
    ("hidden", "code", "category"),
    [
        # bjshy.gov.cn and bjdx.gov.cn: jQuery copies the hidden trail into the visible bar
        (HIDDEN, '$(".position").html($("#pos_hide").html());', "工作动态"),
        (RELS, "$('.position').html($('.rels').html());", "镇街动态"),
        (HIDDEN, 'jQuery(".position").html(jQuery("#pos_hide").html());', "工作动态"),
        # the DOM's innerHTML, by querySelector or getElementById
        (HIDDEN, "document.querySelector('.position').innerHTML = "
                 "document.getElementById('pos_hide').innerHTML;", "工作动态"),
        # neighbours: no script, a commented-out copy, a copy from an element the page does not
        # hold, a variable's value put in: the hidden trail stays unread, the bar shows 详情页
        (HIDDEN, "", None),
        (HIDDEN, '//$(".position").html($("#pos_hide").html());', None),
        (HIDDEN, '/* $(".position").html($("#pos_hide").html()); */', None),
        (HIDDEN, '$(".position").html($("#pos_show").html());', None),
        (HIDDEN, 'var str1 = $("#pos_hide a:last").text(); $(".position").html(str1);', None),
    ],
)  # fmt: skip
def test_a_trail_a_script_copies_into_the_bar(hidden: str, code: str, category: str | None) -> None:
    """The category is the copied trail's leaf only where the page's own script copies it."""
    out = page(
        trail=BAR,
        heading=f"{hidden}<h2>“书法进军营，共谱鱼水情”——顺义区开展军地书法交流活动</h2>",
        after=script(code) if code else "",
    )
    assert leaf(out) == category, out["category"]
    assert out["title"] == "“书法进军营，共谱鱼水情”——顺义区开展军地书法交流活动"


@pytest.mark.parametrize(
    ("code", "copies"),
    [
        ('$(".position").html($("#pos_hide").html());', [(".position", "#pos_hide")]),
        ("document.getElementById('a').innerHTML = document.querySelector('div.b').innerHTML;",
         [("#a", "div.b")]),
        # neighbours: a copy with more added, a selector that is no simple one, comments
        ("document.getElementById('a').innerHTML = document.getElementById('b').innerHTML + x;", []),
        ('$(".position").html($(".rels span a:last").html());', []),
        ('x = 1; // $(".position").html($("#pos_hide").html());', []),
    ],
)  # fmt: skip
def test_script_copies_reads_one_statement_copies(code: str, copies: list) -> None:
    """Only a whole copy from one simple selector to another is read."""
    assert script_copies(code) == copies


def test_a_long_copied_text_is_not_moved() -> None:
    """A copied element whose text is longer than a bar's (a text template) is left alone."""
    root = etree.HTML(f"<div class='a'>x</div><div id='b'>{'字' * 301}</div>")
    assert apply_copy(root, ".a", "#b") is False
    root = etree.HTML(
        "<div class='a'>x</div><div id='b'><a>网站首页</a> &gt; <a>工作动态</a></div>"
    )
    assert apply_copy(root, ".a", "#b") is True
    assert "".join(root.find(".//div").itertext()) == "网站首页 > 工作动态"


# -- 5: trailer lines closing the text; a document number under the headline ---------------------------
@pytest.mark.parametrize(
    ("closing", "last", "source"),
    [
        # xa.gov.cn: the suppliers of words and pictures under a meta line with its own 来源: cut
        (("图文来源：区委网信办、区融媒体中心",), P3, "高新区科技局"),
        # hfss.gov.cn: a repost note in brackets closing the text: cut, the meta line's 来源 kept
        (("（转合肥市蜀山区政府网站信息）",), P3, "高新区科技局"),
        (("（转自合肥市蜀山区政府网站）",), P3, "高新区科技局"),
        # liaoyang.gov.cn / gz.gov.cn: an attachment box's heading with nothing under it
        (("附件：",), P3, "高新区科技局"),
        (("相关附件",), P3, "高新区科技局"),
        # neighbours: an attachment heading over its files stays with them (kaili.gov.cn); a line
        # that goes on after the bracket, and a 转 sentence, are text
        (("附件：", "1.报名表.doc"), "1.报名表.doc", "高新区科技局"),
        (("（转下页）继续推进园区建设。",), "（转下页）继续推进园区建设。", "高新区科技局"),
        (("转发合肥市蜀山区政府网站信息，供参考。",), "转发合肥市蜀山区政府网站信息，供参考。", "高新区科技局"),
    ],
)  # fmt: skip
def test_trailer_lines_closing_the_text(closing: tuple[str, ...], last: str, source: str) -> None:
    """Credit and furniture lines closing the text are cut; the meta line's 来源 stays the source."""
    out = page(body=text(P1, P2, P3, *closing))
    assert (out["body"].split("\n")[-1].strip(), out["source"]) == (last, source)


MOE_TITLE = "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知"
ADDRESSEES = "各省、自治区、直辖市教育厅（教委），部属各高等学校党委："


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        # moe.gov.cn: the h1's lines repeated over the text, then the document number: the body
        # opens at the number
        (("2024年高校“礼敬中华优秀传统文化”", "宣传教育活动的通知", "教思政厅函〔2024〕10号"),
         "教思政厅函〔2024〕10号"),
        (("2024年高校“礼敬中华优秀传统文化”", "宣传教育活动的通知", "教思政厅函［2024］10号"),
         "教思政厅函［2024］10号"),
        # neighbour: the repeated headline's lines alone are still left out
        (("2024年高校“礼敬中华优秀传统文化”", "宣传教育活动的通知"), ADDRESSEES),
    ],
)  # fmt: skip
def test_a_document_number_under_the_headline_opens_the_text(
    lines: tuple[str, ...], first: str
) -> None:
    """The document number after the headline's repeated lines is the text's first line."""
    out = page(heading=f"<h1>{MOE_TITLE}</h1>", body=text(*lines, ADDRESSEES, P1, P2, P3))
    assert (out["title"], out["body"].split("\n")[0].strip()) == (MOE_TITLE, first)


# -- 6b: a personal blog's copyright box gives the post to the owner the metas name ---------------------
BLOG_HEAD = (
    "<meta property='og:site_name' content='Eurkon'><meta property='article:author' content='Eurkon'>"
    "<meta name='generator' content='Hexo 5.4.0'>"
)
CARD = "<div class='side'><div class='author-info__name'>Eurkon</div><p>文章 56 标签 40</p></div>"


def copyright_box(owner: str, lead: str = "文章著作权归") -> str:
    """Butterfly's post-copyright box under the text."""
    return (
        "<div class='post-copyright'><span>转载前请阅读本站 <a href='/protocol/'>版权协议</a>，"
        f"{lead} <a href='https://blog.eurkon.com/'>{owner}</a> 所有，转载请注明出处。</span></div>"
    )


@pytest.mark.parametrize(
    ("after", "author"),
    [
        # eurkon.com: the box gives the post to Eurkon, the metas' author and the blog's name
        (copyright_box("Eurkon"), "Eurkon"),
        (copyright_box("Eurkon", "本文版权归"), "Eurkon"),
        # neighbours: no box, a box giving the site (not the post) to the owner, a box naming
        # someone else: the site's name stays no writer
        ("", None),
        (copyright_box("Eurkon", "本站版权归"), None),
        (copyright_box("张明华"), None),
    ],
)  # fmt: skip
def test_a_blogs_copyright_box_names_its_owner_the_author(after: str, author: str | None) -> None:
    """The lead's session-23 decision: ``文章著作权归 X 所有`` with article:author and og:site_name
    X gives the author X."""
    out = page(
        meta="<div class='post-meta'>发表于 2024-03-05</div>",
        after=after,
        sidebar=CARD,
        head=BLOG_HEAD,
        head_title="Hexo 博客魔改 | Eurkon",
        url="https://blog.eurkon.com/post/3d2664bb.html",
    )
    assert out["author"] == author


# -- 6a: a name before 编辑 in a closing credit bracket names the editor ---------------------------------
@pytest.mark.parametrize(
    ("closing", "editor", "last"),
    [
        # chnmedu.org: the lead's session-23 decision; the bracket is cut as a credit
        ("（王勋编辑，作者已审阅）", "王勋", P3),
        ("（王勋编辑）", "王勋", P3),
        ("（王勋、李明华编辑）", "王勋、李明华", P3),
        # neighbours: a role before 编辑 names no one; a longer note and a sentence are text
        ("（责任编辑）", None, "（责任编辑）"),
        ("（本文由王勋编辑整理）", None, "（本文由王勋编辑整理）"),
        ("王勋编辑了这篇文章，作者已审阅。", None, "王勋编辑了这篇文章，作者已审阅。"),
    ],
)  # fmt: skip
def test_a_name_before_bianji_in_a_closing_bracket(
    closing: str, editor: str | None, last: str
) -> None:
    """``（X编辑，作者已审阅）`` closing the text gives the editor X."""
    out = page(body=text(P1, P2, P3, closing))
    assert (out["editor"], out["author"]) == (editor, None)
    assert out["body"].split("\n")[-1].strip() == last


# -- 6c: the page's own meta line beats a repost's 时间 line opening the text box -----------------------
OWN_META = (
    "<div class='info'><small>时间:</small>2024-03-05 10:20<small>来源:</small> <small>作者:</small>"
    " <small>点击:</small> 次</div>"
)


def repost_box(date_line: str) -> str:
    """cbblab.com's text box: a table whose first row is the original's date line."""
    return (
        f"<div class='content'><table><tr><td class='usrbar'>{date_line}</td></tr><tr><td>"
        f"<div class='TRS_Editor'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></td></tr></table></div>"
    )


@pytest.mark.parametrize(
    ("meta", "body", "published"),
    [
        # cbblab: the original's 时间 line opens the text box under the page's own meta line
        (OWN_META, repost_box("时间：2023-12-01"), ("2024-03-05T10:20", "minute")),
        (OWN_META, repost_box("日期：2023-12-01"), ("2024-03-05T10:20", "minute")),
        # neighbours: no meta line of the page's own above it; a 发布日期 line is the page's date;
        # a bare 时间 line of its own outside the text box is the last line before the text
        ("", repost_box("时间：2023-12-01"), ("2023-12-01", "day")),
        (OWN_META, repost_box("发布日期：2023-12-01"), ("2023-12-01", "day")),
        (OWN_META + "<div class='date'>时间：2023-12-01</div>",
         f"<div class='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>", ("2023-12-01", "day")),
    ],
)  # fmt: skip
def test_the_pages_meta_line_beats_a_reposts_date_line(
    meta: str, body: str, published: tuple[str, str]
) -> None:
    """The lead's session-23 decision (audit105's third question)."""
    out = page(meta=meta, body=body)
    value, precision = published
    assert (out["published_at"][: len(value)], out["published_precision"]) == (value, precision)
    assert out["body"].split("\n")[-1].strip() == P3
