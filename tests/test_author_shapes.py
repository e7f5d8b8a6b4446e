"""Author shapes in the positions and markup another CMS gives them (``benchmarks/variants.py``).

Each case is a minimal page: a byline the dev pages show, moved, reordered, given other items
or other label words the way the variants tool rewrites it, with the exact author it must give.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

NB = "&nbsp;&nbsp;"


def page(meta: str, lede: str = "") -> dict:
    """A headline, the meta line ``meta``, an optional line ``lede`` and two paragraphs."""
    return run(f"<h1>园区召开产业发展座谈会</h1><div class='m'>{meta}</div>{lede}"
               f"<div><p>{PROSE}</p><p>{PROSE}</p></div>")  # fmt: skip


@pytest.mark.parametrize(
    "meta",
    [
        # csdn's colon-less 作者 with two nbsp before the next item, or the items reversed
        f"发表于 2015-05-20 11:24{NB}来源 CSDN{NB}作者 张玉宏{NB}字号：大 中 小",
        f"作者 张玉宏{NB}0 条评论{NB}来源 CSDN{NB}发表于 2015-05-20 11:24",
        "发表于 2015-05-20 11:24 | 来源 CSDN | 作者 张玉宏 【打印】【关闭】",
        # other plain label words for the writer, without a colon
        f"发表于 2015-05-20 11:24{NB}来源 CSDN{NB}撰文 张玉宏",
        f"发表于 2015-05-20 11:24{NB}来源 CSDN{NB}撰稿 张玉宏{NB}0 条评论",
        f"发表于 2015-05-20 11:24{NB}来源 CSDN{NB}文 张玉宏{NB}0 条评论",
    ],
)
def test_colonless_writer_label_before_another_item(meta: str) -> None:
    """A colon-less 作者/撰文/撰稿/文 ends at the items' gap or the next labelled item."""
    assert page(meta)["author"] == "张玉宏"


def test_lone_wen_in_prose_names_no_one() -> None:
    """文 before a spaced word is a label on the meta line only, and needs a name-long word."""
    rec = page(f"发表于 2015-05-20 11:24{NB}来源 CSDN{NB}文 件下载中心")
    assert rec["author"] is None


@pytest.mark.parametrize(
    "lede",
    [
        # magic/中青报: the byline's line also carries the source, in either order
        f"<p>来源：中国青年报{NB}中青报·中青网记者 魏其濛</p>",
        "<p>中青报·中青网记者 魏其濛 | 来源：中国青年报</p>",
        # thepaper's and ctdsb's byline lines with a counter or page controls beside them
        f"<p>中青报·中青网记者 魏其濛{NB}浏览次数：123</p>",
        f"<p>中青报·中青网记者 魏其濛{NB}字号：大 中 小</p>",
        f"<p>中青报·中青网记者 魏其濛{NB}【打印】【关闭】</p>",
        f"<p>2024-03-05 10:30{NB}中青报·中青网记者 魏其濛</p>",
        # gmw's line with a comment link after the byline
        "<p>2001-08-07 / 来源：生活时报 / 中青报·中青网记者 魏其濛 / 我有话说</p>",
    ],
)
def test_byline_line_sharing_its_line_with_other_items(lede: str) -> None:
    """A byline line holds the writer when every other item is a label, date or control."""
    rec = run(f"<h1>园区召开产业发展座谈会</h1>{lede}<div><p>{PROSE}</p><p>{PROSE}</p></div>")
    assert rec["author"] == "魏其濛"


def test_byline_beside_a_sentence_is_left_alone() -> None:
    """Another item that is prose, not a label, date or control: no byline line."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><p>本报记者 魏其濛{NB}园区企业代表座谈交流</p>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert rec["author"] is None


@pytest.mark.parametrize("gap", [NB, " ", "</em> <em>"])
def test_labelled_writer_ends_at_the_next_item_whatever_its_label(gap: str) -> None:
    """udnbkk's Discuz line: 发布者:X then 查看:N, a label no list holds, in any markup."""
    rec = page(
        f"<em>2017-8-21 23:32</em> <em>发布者:yaowenxin{gap}查看:13141</em> <em>评论: 0</em>"
    )
    assert rec["author"] == "yaowenxin"


def test_words_glued_to_yu_before_the_date_are_no_writer() -> None:
    """CSDN's recommendation line ``最新推荐文章于 DATE 发布`` names no one, and its date is the
    recommended article's (bench57), not the post's."""
    rec = page("最新推荐文章于 2024-02-02 22:51:05 发布")
    assert (rec["published_at"], rec["author"]) == (None, None)


@pytest.mark.parametrize("mark", ["（搜狐）", "（网易）", "（路透）"])
def test_portal_short_form_closing_the_text_is_no_writer(mark: str) -> None:
    """benliuxinwen's e-paper: a reprint closed by the portal's short name in brackets."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div><p>{PROSE}</p><p>{PROSE}</p><p>{mark}</p></div>"
    )
    assert rec["author"] is None
    assert mark not in rec["body"]


def test_name_in_brackets_closing_the_text_is_still_the_writer() -> None:
    """The same place with a person's name (``（羅森）``) keeps crediting the writer."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div><p>{PROSE}</p><p>{PROSE}</p><p>（罗森）</p></div>"
    )
    assert rec["author"] == "罗森"


@pytest.mark.parametrize("label", ["文章作者", "本文作者"])
def test_a_writer_label_qualified_by_the_article(label: str) -> None:
    """xywy's header line under the title: ``文章作者：X``, 作者 after a word saying whose."""
    assert page(f"<span>{label}：筱夏的梦</span>")["author"] == "筱夏的梦"


def test_an_interviewers_question_closing_the_text_is_no_writer() -> None:
    """hkwb's interview ends on ``记者：…？`` lines: a speaker label before a question, no byline."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div><p>{PROSE}</p><p>{PROSE}</p>"
        "<p>记者：现在园区企业遭遇哪些困难？</p><p>钱今凡：融资难。</p></div>"
    )
    assert rec["author"] is None


def test_a_host_name_before_the_date_is_no_writer() -> None:
    """xm.fjsen.com's line: the site's host, the date, then the writer unlabelled."""
    rec = page("xm.fjsen.com&nbsp;2012-09-07 09:38&nbsp; 宗禾&nbsp;来源：广州日报")
    assert (rec["author"], rec["source"]) == ("宗禾", "广州日报")


@pytest.mark.parametrize(
    "credit",
    ["□本报记者 张学得／文 李剑准／图", "本报记者 张学得/文", "本报记者 张学得 / 文 李剑准 / 摄"],
)
def test_a_byline_closing_each_name_with_its_part(credit: str) -> None:
    """fznews: ``X／文 Y／图`` credits the text to X and the pictures to Y."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div><p>{credit}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert rec["author"] == "张学得"


@pytest.mark.parametrize(
    ("credit", "where"),
    [
        ("《财经》记者 张学得/文 李剑准/编辑", "end"),  # hexun's repost of 财经
        ("《创新周刊》记者 张学得/文", "end"),
        ("《创新周刊》 记者 张学得", "start"),
    ],
)
def test_a_magazines_byline_in_title_marks(credit: str, where: str) -> None:
    """A magazine's name in its title marks before 记者, the text's and the editor's parts
    closing their names: the reporter writes it, and the line is no text."""
    text = [f"<p>{PROSE}</p>", f"<p>{PROSE}1</p>"]
    lines = [f"<p>{credit}</p>", *text] if where == "start" else [*text, f"<p>{credit}</p>"]
    rec = run(f"<h1>园区召开产业发展座谈会</h1><div class='c'>{''.join(lines)}</div>")
    assert (rec["author"], credit in rec["body"]) == ("张学得", False)


@pytest.mark.parametrize("places", ["北京 青岛", "北京、青岛", "北京 青岛 上海"])
def test_a_report_from_several_places_names_no_place_as_a_writer(places: str) -> None:
    """经济参考报's ``记者 梁倩 班娟娟 北京 青岛报道``: every place before 报道 is a place, not a
    third reporter."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='c'><p>记者 张学得 王小明 {places}报道</p>"
        f"<p>{PROSE}</p><p>{PROSE}1</p></div>"
    )
    assert rec["author"] == "张学得、王小明"


@pytest.mark.parametrize(("meta", "author"), [
    ("作者：图曹杰 汪仁洪", "曹杰、汪仁洪"),
    ("作者：图门江 汪仁洪", "图门江、汪仁洪"),  # 图门 is a surname
])  # fmt: skip
def test_a_picture_mark_glued_to_the_first_of_several_writers(meta: str, author: str) -> None:
    """chinacourt's 作者 slot: ``图`` glued before the first name credits pictures, no name."""
    assert page(f"2004-02-13 15:43:47 | 来源：四川在线 | {meta}")["author"] == author


@pytest.mark.parametrize("slot", ["(作者或来源) 品味", "（作者或来源）\n品味"])
def test_a_bracketed_slot_label_without_a_colon(slot: str) -> None:
    """gztz's span under the headline: ``(作者或来源)`` then a member's name, the writer."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><span>{slot}</span><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert rec["author"] == "品味"


def test_a_bracketed_slot_opening_a_long_text() -> None:
    """The same slot under the h1 of a long text, far from the trailer's closing lines."""
    paras = "".join(f"<p>{PROSE}</p>" for _ in range(16))  # beyond the trailer's 15 lines
    rec = run(f"<div><h1>园区召开产业发展座谈会</h1><span>(作者或来源) 品味</span>{paras}</div>")
    assert rec["author"] == "品味"


def test_the_headline_repeated_before_the_date_is_no_writer() -> None:
    """fjsen's picture page: the caption, which is the headline, then the date and 来源."""
    rec = run(
        "<h1>泰国人妖皇后亲密私照</h1><table><tr><td>泰国人妖皇后亲密私照&nbsp;&nbsp;2010-08-25 08:56"
        f"&nbsp;&nbsp;来源：东南网&nbsp;&nbsp;我来说两句</td></tr></table><div><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert (rec["author"], rec["source"]) == (None, "东南网")


@pytest.mark.parametrize("word", ["复核", "审核"])
def test_a_reviewers_role_word_beside_the_date_is_no_writer(word: str) -> None:
    """A fact-check page's ``复核`` button after the date names no one."""
    rec = page(f"分享到：&nbsp;&nbsp;时间：2019-09-24 17:08&nbsp;&nbsp;{word}&nbsp;&nbsp;辟谣")
    assert rec["author"] is None


def test_a_counsellor_signing_the_answer_with_a_unit_title() -> None:
    """A hospital's Q&A: ``解答者：<unit> <title> NAME`` closing the answer names its writer."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div><p>{PROSE}</p><p>{PROSE}</p>"
        "<p align='right'>解答者：福州医学心理咨询中心中级心理治疗师 林淄</p></div>"
    )
    assert rec["author"] == "林淄"
    assert "解答者" not in rec["body"]


def test_the_html_title_repeated_before_the_date_is_no_writer() -> None:
    """The same line with no heading on the page: ``<title>`` names the headline."""
    rec = run(
        "<table><tr><td>泰国人妖皇后亲密私照&nbsp;&nbsp;2010-08-25 08:56&nbsp;&nbsp;来源：东南网"
        f"</td></tr></table><div><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>泰国人妖皇后亲密私照 - 重点播报</title>",
    )
    assert (rec["author"], rec["source"]) == (None, "东南网")


LAST = "园区将继续优化孵化服务，推动更多科技成果在园区落地转化。"


def closing(after: str, text: str = f"<p>{PROSE}</p><p>{LAST}</p>") -> dict:
    """A headline, a date line, the text and ``after`` right under it."""
    return run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30</div>"
        f"<div class='text'>{text}{after}</div><div class='foot'>版权所有 高新区管委会</div>"
    )


@pytest.mark.parametrize(
    "after",
    [
        '<p style="text-align: right">周明轩</p>',
        '<p align="right">周明轩</p>',
        '<div style="TEXT-ALIGN:right"><span>周明轩</span></div>',
    ],
)
def test_name_set_flush_right_under_the_text_signs_it(after: str) -> None:
    """A person's name alone on a right-aligned line below the last sentence is the writer,
    and no paragraph of the text."""
    rec = closing(after)
    assert rec["author"] == "周明轩"
    assert rec["body"] == f"{PROSE}\n\n{LAST}"


def test_two_names_flush_right_are_two_writers() -> None:
    rec = closing('<p style="text-align:right">周明轩 李晓</p>')
    assert rec["author"] == "周明轩、李晓"


@pytest.mark.parametrize("name", ["石明轩", "巫明轩", "高明轩", "靳明轩 鲍晓"])
def test_a_signature_led_by_a_surname_past_the_commonest(name: str) -> None:
    """石, 巫, 高, 靳: surnames the bare opening-line rule leaves out (they open words too) lead a
    name set flush right under the last sentence, where the place is the evidence."""
    rec = closing(f'<p style="text-align:right">{name}</p>')
    assert rec["author"] == name.replace(" ", "、")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("宣传部辛欣", "辛欣"),
        ("宣传部 周明轩", "周明轩"),
        ("党委宣传部周明轩", "周明轩"),
        ("综合办公室李晓", "李晓"),
    ],
)
def test_a_unit_and_a_name_set_flush_right_sign_the_text(line: str, author: str) -> None:
    """A department and a writer's name on a right-aligned line closing the text (LABELLING.md,
    twenty-fifth round): the person is the author, the department dropped, the line cut."""
    rec = closing(f'<p style="text-align: right;">\u3000\u3000{line}</p>')
    assert rec["author"] == author
    assert rec["body"] == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize(
    "after",
    [
        # not flush right: a short line of the text
        "<p>周明轩</p>",
        # a notice's signing office and its date stay in the text (LABELLING.md)
        '<p style="text-align:right">综合办公室</p><p style="text-align:right">2024年3月5日</p>',
        '<p style="text-align:right">高新区</p>',
        # a centred caption, and a right-aligned line that is no name
        '<p style="text-align:center">周明轩</p>',
        '<p style="text-align:right">欢迎转发</p>',
        # a unit and no person: the office signs, or a unit over another unit
        '<p style="text-align:right">党委宣传部</p>',
        '<p style="text-align:right">科技部火炬中心</p>',
        '<p style="text-align:right">宣传部供稿</p>',
    ],
)
def test_other_lines_under_the_text_sign_nothing(after: str) -> None:
    assert closing(after)["author"] is None


def test_name_flush_right_under_a_heading_is_no_signature() -> None:
    """A right-aligned name that follows no sentence (a list's heading) closes no text."""
    rec = closing(
        '<p style="text-align:right">周明轩</p>',
        text=f"<p>{PROSE}</p><p>{LAST}</p><p>相关链接</p>",
    )
    assert rec["author"] is None


@pytest.mark.parametrize("slot", ["作者：未知", "作者：佚名"])
@pytest.mark.parametrize("where", ["meta", "trailer"])
def test_placeholder_in_the_author_slot_leaves_the_closing_credit(slot: str, where: str) -> None:
    """``作者：未知`` credits no one, like an empty slot: the text's closing （X） names the writer."""
    meta = f"2024-03-05 10:30{NB}{slot}" if where == "meta" else "2024-03-05 10:30"
    after = f"<p>{slot}{NB}责任编辑：王芳</p>" if where == "trailer" else ""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>{meta}</div>"
        f"<div class='text'><p>{PROSE}</p><p>{LAST}（周明轩）</p></div>{after}"
    )
    assert rec["author"] == "周明轩"


def test_placeholder_alone_still_gives_no_author() -> None:
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30{NB}作者：未知</div>"
        f"<div class='text'><p>{PROSE}</p><p>{LAST}</p></div>"
    )
    assert rec["author"] is None


@pytest.mark.parametrize("counter", [" <span>1</span>", "&nbsp;&nbsp;<em>128</em>"])
def test_comment_counter_closing_the_meta_line_is_no_part_of_the_name(counter: str) -> None:
    """gamersky's meta line ends in a bare comment count after the last item (``文/X 1``)."""
    assert page(f"2024-03-05 10:30 高新区发布 文/周明轩{counter}")["author"] == "周明轩"


def test_reporter_bracket_below_a_date_and_a_source_line_the_text_opens_with() -> None:
    """ltn: the text's container opens with the date and 来源 lines and a photo caption; the
    reporter's bracket in the next paragraph is still the text's opening credit."""
    rec = run(
        "<h1>园区召开产业发展座谈会</h1><div class='text'><span>2024-03-05 10:30</span>"
        "<p><span>来源：高新区管委会</span></p><p>座谈会现场。（资料照）</p>"
        f"<p>〔记者周明轩／苏州报导〕{PROSE}</p><p>{LAST}</p></div>"
    )
    assert rec["author"] == "周明轩"


@pytest.mark.parametrize(
    "credit",
    [
        "",
        "<p>来源：高新区管委会</p>",
        "<p>责任编辑：王芳</p>",
        # the outlet a link, as the account's name is: the credit is no menu beside it
        "<p>来源：<a href='/'>高新区管委会</a></p>",
    ],
)
def test_account_line_under_the_headline_and_its_credit_lines(credit: str) -> None:
    """baijiahao's header: the account's name over an unreadable date line (``18-03-08``),
    right under the headline or under a labelled credit line of its own."""
    rec = run(
        f"<div><h2>园区召开产业发展座谈会</h2>{credit}<div><p><a href='/u/1'>高新观察</a></p>"
        "<div><span>发布时间：18-03-08</span><span>23:16</span></div></div></div>"
        f"<div><p>{PROSE}</p><p>{LAST}</p></div>",
        head="<title>园区召开产业发展座谈会</title>",
    )
    assert rec["author"] == "高新观察"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # 晴報: the section's tag list under the headline, one or two links, names no one
        ("<ul class='tags'><li><a href='/s/港聞'>港聞</a></li></ul>", None),
        ("<ul><li><a href='/s/港聞'>港聞</a></li><li><a href='/s/要聞'>要聞</a></li></ul>", None),
        # an account's name beside a line that is no link is still the account
        ("<ul><li><a href='/u/1'>高新观察</a></li><li>园区号</li></ul>", "高新观察"),
    ],
)
def test_a_tag_list_under_the_headline_is_no_account_line(line: str, author: str | None) -> None:
    """A list whose every item is a short link (sections, tags) between the headline and the
    date line is no account's name line, with no credit anywhere on the page."""
    rec = run(
        f"<div><h1>园区召开产业发展座谈会</h1>{line}</div>"
        "<div class='publish-time'>發佈時間: 2024/03/05</div>"
        f"<div><p>{PROSE}</p><p>{LAST}</p></div>"
    )
    assert (rec["author"], rec["category"]) == (author, None)


def test_closing_credit_above_an_editor_line_and_a_disclaimer() -> None:
    """sina: the text closes with （央视记者 X）, then 责任编辑：Y and a long disclaimer."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30</div><div>"
        f"<p>{PROSE}</p><p>{LAST}（央视记者 周明轩）</p><p>责任编辑：王芳</p>"
        "<p>特别声明：以上文章内容仅代表作者本人观点，不代表本网观点或立场。如有关于作品内容、版权"
        "或其它问题请于作品发表后的30日内与本网联系。</p></div>"
    )
    assert (rec["author"], rec["editor"]) == ("周明轩", "王芳")


def test_colonless_writer_label_before_a_bracketed_item() -> None:
    """csdn: ``作者陈秋歌 （责任编辑： X）``: the bracketed editor's note ends the writer's item."""
    rec = page("发表于2015-03-20 12:14| 来源CSDN| 0 条评论| 作者周明轩 （责任编辑： HN666）")
    assert (rec["author"], rec["editor"]) == ("周明轩", "HN666")


def test_byline_right_under_the_title_far_above_the_text() -> None:
    """39health: the headline, the byline line, a report link and the date line, then a row of
    channel links before the text starts: the byline under the title is still read."""
    links = "".join(f"<a href='/c{k}'>栏目{k}</a> " for k in range(8))
    rec = run(
        "<h1>园区召开产业发展座谈会</h1><p>本报记者 周明轩</p><p><a href='/r'>举报</a></p>"
        f"<div>2024-03-05 10:30</div><div>{links}</div><p>热点</p><p>推荐</p><p>专题</p>"
        f"<p>关注</p><div><p>{PROSE}</p><p>{LAST}</p></div>"
    )
    assert rec["author"] == "周明轩"


def test_jsonld_author_holding_a_dateline_is_no_writer() -> None:
    """udn: the JSON-LD author is the dispatch's dateline, shown after the agency's name."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "澎湖縣28日電"}}</script>'
    )
    rec = run(
        "<h1>园区召开产业发展座谈会</h1><div class='m'>2018-02-28 14:31 中央社 澎湖縣28日電</div>"
        f"<div><p>{PROSE}</p><p>{LAST}</p></div>",
        head=ld,
    )
    assert (rec["author"], rec["source"]) == (None, "中央社")


@pytest.mark.parametrize(
    ("ld_author", "expected"),
    [
        ("周明轩／台北", "周明轩"),
        ("周明轩／綜合報導", "周明轩"),
        ("周明轩/李明远", "周明轩、李明远"),
    ],
)
def test_jsonld_author_with_where_the_writer_filed_from(ld_author: str, expected: str) -> None:
    """digitimes: the JSON-LD author is the byline, a slash and a place or 綜合報導 after the
    writer; that part is no second writer (two names parted by a slash still are)."""
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": "{ld_author}"}}</script>'
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>{ld_author} 2024/09/06 02:50</div>"
        f"<div><p>{PROSE}</p><p>{LAST}</p></div>",
        head=ld,
    )
    assert (rec["author"], rec["source"]) == (expected, None)


@pytest.mark.parametrize(
    "credit", ["（周明轩／苏州報導）", "（周明轩／綜合外電報導）", "（周明轩/报道）"]
)
def test_closing_bracket_with_where_it_was_reported(credit: str) -> None:
    """Taiwan's papers close the text with the writer and where it was reported."""
    rec = closing("", text=f"<p>{PROSE}</p><p>{LAST}{credit}</p>")
    assert rec["author"] == "周明轩"


@pytest.mark.parametrize(
    "line",
    [
        "【高新晚報╱記者周明轩╱即時報導】",
        "【高新晚報/記者周明轩/即時報導】",
        "（高新晚报/记者 周明轩/苏州报道）",
    ],
)
def test_byline_line_naming_its_outlet_before_the_reporter(line: str) -> None:
    """udn: the outlet, a slash, the reporter and where it was reported, in brackets, on a line
    of its own under the headline: the reporter is the author, the outlet the source."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><p>{line}</p><div>2014.12.13 01:06 pm</div>"
        f"<div><p>{PROSE}</p><p>{LAST}</p></div>"
    )
    assert (rec["author"], rec["source"]) == ("周明轩", line[1:5])


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("大陸新聞中心／綜合報導", "大陸新聞中心"),
        ("社會中心／綜合報導", "社會中心"),
        ("〔國際新聞中心／報導〕", "國際新聞中心"),
        # 綜合報導 alone names no one, and an office is no newsroom desk
        ("綜合報導", None),
        ("政务服务中心／綜合報導", None),
    ],
)
def test_a_desk_byline_opening_the_text(line: str, author: str | None) -> None:
    """Taiwan's portals open the text with the desk that compiled it (LABELLING.md)."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30</div>"
        f"<div><p>{line}</p><p>{PROSE}</p><p>{LAST}</p></div>"
    )
    assert rec["author"] == author
    assert (line in (rec["body"] or "")) is (author is None)


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("本報港聞部報道", "港聞部"),
        ("本报经济组讯", "经济组"),
        ("本報社會新聞中心報導", "社會新聞中心"),
        # 本報訊 and 本報記者報道 name no desk, and no one
        ("本報訊", None),
        ("本報記者報道", None),
    ],
)
def test_a_desk_credit_run_into_the_lead(credit: str, author: str | None) -> None:
    """成報: the desk credited with the report closes the lead paragraph after its last
    sentence, short slideshow captions above it (LABELLING.md): the desk, cut from the text."""
    captions = "".join(f"<p>園區企業展示新產品。（讀者{i}</p>" for i in range(3))
    lead = f"{PROSE} {credit}"
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30</div>"
        f"<div>{captions}<p>{lead}</p><p>{PROSE}</p><p>{LAST}</p></div>"
    )
    assert rec["author"] == author
    assert (credit in rec["body"]) is (author is None)
    assert PROSE in rec["body"]


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("編譯中心 2014年12月13日 09:33 237 點擊數", "編譯中心"),
        ("市科技局 2014年12月13日 09:33", None),
    ],
)
def test_a_desk_before_the_date(meta: str, author: str | None) -> None:
    """storm: the desk before the date (a short-link button above it) is the writer; an office
    signing a notice there is not."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><p><a href='#'>產生縮網址</a></p><div class='m'>{meta}</div>"
        f"<div><p>{PROSE}</p><p>{LAST}</p></div>"
    )
    assert (rec["author"], rec["source"]) == (author, None)


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("（民視新聞周明轩、李晓台北報導）", "周明轩、李晓"),
        ("（周明轩台北報導）", "周明轩"),
        # an agency or a compilation reported it: no writer
        ("（據美國之音報導）", None),
        ("（綜合外電報導）", None),
        ("（中央社報導）", None),
    ],
)
def test_closing_report_credit_with_outlet_and_place(credit: str, author: str | None) -> None:
    """ftv closes the text with its name, the writers and where they reported, no slash."""
    rec = closing("", text=f"<p>{PROSE}</p><p>{LAST}{credit}</p>")
    assert rec["author"] == author


@pytest.mark.parametrize(
    "meta", [f"2024年5月20日 下午2:05{NB}记者/周明轩", "2024-05-20 14:05 | 記者|周明轩"]
)
def test_reporter_label_with_a_slash_or_a_bar_on_the_meta_line(meta: str) -> None:
    """emshu's meta line: ``记者/X`` after the date, the slash for a colon."""
    assert page(meta)["author"] == "周明轩"


@pytest.mark.parametrize("byline", ["本报记者 周明轩", "澎湃新闻记者 周明轩"])
def test_a_byline_line_under_a_plain_headline_is_no_title(byline: str) -> None:
    """bcc's headline is a plain div over the date line; a byline line set between them is the
    writer, not the headline (the title finder took the nearest short line)."""
    rec = run(
        "<div class='nav'><a href='/'>首页</a> &gt; <a href='/n'>新闻</a></div>"
        f"<div class='tt'>园区召开产业发展座谈会</div><p>{byline}</p>"
        f"<div class='tm'>2014/12/11 18:58</div><div><p>{PROSE}</p><p>{LAST}</p></div>",
        "<title>园区网</title>",
    )
    assert (rec["title"], rec["author"]) == ("园区召开产业发展座谈会", "周明轩")


@pytest.mark.parametrize(
    "line", ["【文/观察者网专栏作者 周明轩】", "文/本报记者 周明轩", "（特约作者 周明轩）"]
)
def test_a_column_writer_opening_the_text(line: str) -> None:
    """guancha: ``文/`` may lead the outlet and the writer's title, and a column's writer
    (专栏作者, 特约作者) is a title before a name as 记者 is; the line is no paragraph."""
    rec = closing("", text=f"<p>{line}</p><p>{PROSE}</p><p>{LAST}</p>")
    assert (rec["author"], rec["body"]) == ("周明轩", f"{PROSE}\n\n{LAST}")


@pytest.mark.parametrize(
    ("meta", "source"),
    [
        ("2024-03-05 10:30 作者：新华社记者 周明轩", None),
        ("2024-03-05 10:30 作者：南都记者周明轩", None),
        ("2024-03-05 10:30 作者：观察者网专栏作者 周明轩", None),
        # 采写 is a label: the writer, and the 来源 value before it ends there
        ("发布时间：2024-03-05 来源：浙江日报 采写：南都见习记者 周明轩", "浙江日报"),
        ("2024-03-05 10:30 采写：周明轩", None),
    ],
)
def test_an_outlet_and_a_reporter_title_before_the_labelled_name(
    meta: str, source: str | None
) -> None:
    """The outlet and the title in the 作者 or 采写 slot (``新华社记者 X``) are no writer."""
    rec = page(meta)
    assert (rec["author"], rec["source"]) == ("周明轩", source)


@pytest.mark.parametrize(
    ("meta", "editor"),
    [
        # school news: the text's credit, the pictures', the editor's
        ("文字：周明轩 图片：李晓 编辑：王乐 2024-03-05", "王乐"),
        ("2024-03-05 文字：周明轩 图片：李晓", None),
        # a bar for the colon after a lone 文 (``文｜X``, full width)
        ("文｜周明轩 2024-03-05", None),
        ("2024-03-05 10:30 文丨周明轩", None),
    ],
)
def test_text_credit_labels_on_the_meta_line(meta: str, editor: str | None) -> None:
    """文字：X names the writer (图片：Y the photographer, no author); 文｜X as 文/X does."""
    rec = page(meta)
    assert (rec["author"], rec["editor"]) == ("周明轩", editor)


def test_text_credit_label_closing_the_text() -> None:
    rec = closing("<p>文字：周明轩 图片：李晓 编辑：王乐</p>")
    assert (rec["author"], rec["editor"]) == ("周明轩", "王乐")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("□记者 周明轩 文/图", "周明轩"),
        ("本报记者 周明轩 图/文", "周明轩"),
        ("（东南早报记者 周明轩 通讯员 李晓 文/图）", "周明轩、李晓"),
    ],
)
@pytest.mark.parametrize("where", ["first", "closing"])
def test_a_byline_ending_in_wen_tu_names_its_writers(line: str, author: str, where: str) -> None:
    """文/图 closing a byline: the names wrote the text and took the pictures (LABELLING.md);
    the line is no paragraph."""
    if where == "first":
        rec = closing("", text=f"<p>{line}</p><p>{PROSE}</p><p>{LAST}</p>")
    else:
        rec = closing(f"<p>{line}</p>")
    assert (rec["author"], rec["body"]) == (author, f"{PROSE}\n\n{LAST}")


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("2024-03-05 作者：周明轩（计算机学院）", "周明轩"),
        ("2024-03-05 作者：周明轩（计算机学院）、李晓（科技处）", "周明轩、李晓"),
        ("2024-03-05 文/周明轩（高新区管委会）", "周明轩"),
        # the unit alone in the slot is kept as written (LABELLING.md: 作者：中西医学会)
        ("2024-03-05 作者：高新区管委会", "高新区管委会"),
    ],
)
def test_the_writers_unit_in_brackets_is_no_part_of_the_name(meta: str, author: str) -> None:
    """University and government news print the writer's unit after the name."""
    assert page(meta)["author"] == author


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("本报记者 周明轩 文/摄", "周明轩", None),
        ("[记者 周明轩]", "周明轩", None),
        # the outlet before a bar, as before a slash (udn), is the source
        ("北京日报客户端 | 记者 周明轩", "周明轩", "北京日报客户端"),
    ],
)
def test_more_byline_lines_opening_the_text(line: str, author: str, source: str | None) -> None:
    rec = closing("", text=f"<p>{line}</p><p>{PROSE}</p><p>{LAST}</p>")
    assert (rec["author"], rec["source"]) == (author, source)


@pytest.mark.parametrize(
    ("after", "author"),
    [
        # two writers sign in brackets, each a name led by a surname
        ("<p>（周明轩 李晓）</p>", "周明轩、李晓"),
        # a bar for the colon after the writing credits
        ("<p>文字 | 周明轩</p>", "周明轩"),
        ("<p>撰稿 | 周明轩</p>", "周明轩"),
    ],
)
def test_more_credit_lines_closing_the_text(after: str, author: str) -> None:
    assert closing(after)["author"] == author


@pytest.mark.parametrize(
    "after", ["<p>（周明轩 高新区）</p>", "<p>（摘自 人民日报）</p>", "<p>（施工 安全）</p>"]
)
def test_two_bracketed_words_that_are_not_two_names(after: str) -> None:
    assert closing(after)["author"] is None


def test_a_job_title_after_the_name_and_a_comma() -> None:
    assert page("2024-03-05 作者：周明轩，科技处副处长")["author"] == "周明轩"


@pytest.mark.parametrize(
    ("meta", "author", "source"),
    [
        ("2024-03-05 10:30 中时新闻网 周明轩", "周明轩", "中时新闻网"),
        # a channel's or a tag's word after the outlet names no one
        ("2024-03-05 10:30 人民网 文化", None, "人民网"),
        ("2024-03-05 10:30 新华网 综合", None, "新华网"),
        ("2024-03-05 10:30 新华网 高考", None, "新华网"),
        ("2024-03-05 10:30 新华网 黄金", None, "新华网"),
    ],
)
def test_an_outlet_then_its_writer_after_the_date(
    meta: str, author: str | None, source: str
) -> None:
    """The outlet and a name in one unlabelled span after the date are read apart."""
    rec = page(meta)
    assert (rec["author"], rec["source"]) == (author, source)


def test_a_taiwan_byline_compiled_from_reports() -> None:
    """ETtoday's ``記者X／綜合報導``: the reporter compiled it; 綜合 is no place."""
    rec = closing("", text=f"<p>記者周明轩／綜合報導</p><p>{PROSE}</p><p>{LAST}</p>")
    assert rec["author"] == "周明轩"


def test_the_headline_printed_again_over_the_text_is_no_account() -> None:
    """A WordPress theme prints the entry title again, bold and centred, above the text; under
    it the speaker and the day the report was given. The repeated headline is no account."""
    rec = run(
        "<header><h1>园区年度工作报告</h1></header><article><header><div class='posted-on'>"
        "<time>2019年4月1日</time><time>2019年4月1日</time><span> by <span>管理员</span></span>"
        "</div></header><div class='entry-content'>"
        "<p style='text-align: center;'><strong>园区年度工作报告</strong></p>"
        "<p style='text-align: center;'>周明轩  2016年7月21日</p><p>各位来宾，大家早上好！</p>"
        f"<p>{PROSE}</p><p>一、孵化服务的开展</p><p>{LAST}</p></div>"
        "<footer><div>Posted in <a href='/c'>新闻动态</a></div></footer></article>",
        "<title>园区年度工作报告 &#8211; 园区学会</title>",
    )
    assert rec["author"] == "周明轩"


NOTICE = (
    "<p>《園區報》關心你</p><p>自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。</p>"
    "<p>再給自己一次機會</p><p>自殺防治諮詢安心專線：0800-788995（24小時）</p>"
    "<p>生命線協談專線：1995</p><p>張老師專線：1980</p>"
)


@pytest.mark.parametrize("notice", ["", NOTICE])
def test_a_closing_report_credit_is_the_writer_and_cut(notice: str) -> None:
    """appledaily: ``…死因。（周明轩／台中報導）`` closes the text, above the helpline box Taiwan's
    papers print under a suicide's story: the writer, cut from the paragraph (LABELLING.md)."""
    rec = closing("", text=f"<p>{PROSE}</p><p>{LAST}（周明轩／台中報導）</p>{notice}")
    assert (rec["author"], rec["body"]) == ("周明轩", f"{PROSE}\n\n{LAST}")


def test_a_bare_bracketed_name_closing_the_text_is_cut_from_it() -> None:
    """（X） alone: the writer, cut from the paragraph (LABELLING.md, "Credits in brackets closing
    the text": whatever the bracket holds, a credit closing the text is no text)."""
    rec = closing("", text=f"<p>{PROSE}</p><p>{LAST}（周明轩）</p>")
    assert (rec["author"], rec["body"]) == ("周明轩", f"{PROSE}\n\n{LAST}")


def test_an_editor_line_above_the_text_does_not_push_the_byline_out() -> None:
    """An editor's line set above the text (``【编辑：X】``) is no line of the text: the reporter's
    byline under a deck and a repeated headline is still among the opening lines."""
    from incubator_crawler.article.people import find_inline_people

    paras = [
        "【编辑：李晓】",
        f"【编者按】{PROSE}",
        "园区召开产业发展座谈会",
        "记者/周明轩",
        PROSE,
        LAST,
    ]
    found = find_inline_people(paras)
    assert (found["author"], found["editor"]) == ("周明轩", "李晓")


@pytest.mark.parametrize(
    ("lede", "author"),
    [
        # a county after a three-character name: the reader's split keeps the name whole
        ("（中央社記者林志明花蓮縣3日電）", "林志明"),
        ("（中央社記者王明台東縣3日電）", "王明"),
        ("（中央社記者林志明台北3日電）", "林志明"),
        ("记者张志明宜兰县报道", "张志明"),
        # a known place of three characters and 市 is cut whole
        ("记者王明石家庄市报道", "王明"),
    ],
)
def test_a_place_glued_after_the_reporters_name(lede: str, author: str) -> None:
    """A dispatch place glued to the name: a known place, else two characters and 縣/市."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div>2014-12-12 10:20</div>"
        f"<div><p>{lede}</p><p>{PROSE}</p></div>"
    )
    assert rec["author"] == author


# ---- the writer named by markup (hCard, rel=author, itemprop=author, a byline class)

WP_DATE = "<abbr class='published' title='2016-05-24T20:30:00+00:00'>May 24, 2016</abbr>"


def marked(header: str = "", trailer: str = "", head: str = "") -> dict:
    """A headline, ``header`` markup over the text, two paragraphs, ``trailer`` markup after."""
    return run(
        f"<div id='main'><h1>园区召开产业发展座谈会</h1>{header}"
        f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p></div>{trailer}</div>",
        head=head,
    )


@pytest.mark.parametrize(
    "header",
    [
        # WordPress (mindhacks-like themes): By <address class="author vcard"> before the date
        "<div class='entry-info'><div class='entry-author'>By <address class='author vcard'>"
        f"<a class='url fn n' href='/author/zmy/'>张明远</a></address></div> – {WP_DATE}</div>",
        # the twenty-* themes: a byline span around the hCard, after the date
        f"<div class='entry-meta'>{WP_DATE} <span class='byline'> by <span class='author vcard'>"
        "<a class='url fn n' href='/author/zmy/'>张明远</a></span></span></div>",
        # a rel=author link after By, before the date
        f"<div>By <a rel='author' href='/people/zmy'>张明远</a> on {WP_DATE}</div>",
        # schema.org microdata: the Person's name inside the author item
        f"<div>{WP_DATE} · <span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "By <span itemprop='name'>张明远</span></span></div>",
    ],
)
def test_writer_named_by_markup_over_the_text(header: str) -> None:
    """An element marked as the author between the headline and the text gives the writer."""
    rec = marked(header)
    assert rec["author"] == "张明远"


def test_writer_named_by_markup_after_the_text() -> None:
    """The entry footer's hCard right after the text (twenty-fifteen) gives the writer."""
    trailer = (
        "<footer class='entry-footer'><span class='byline'><span class='author vcard'>"
        "<a class='url fn n' href='/author/csy/'>陈思远</a></span></span></footer>"
    )
    assert marked(f"<div>{WP_DATE}</div>", trailer)["author"] == "陈思远"


def test_columnist_box_name_is_the_link_not_the_title_beside_it() -> None:
    """A columnist box marked ``author``: the linked name, not the job title glued after it."""
    header = (
        "<ul class='author'><li><a href='/wangwen'><img alt='王文' src='/w.png'></a>"
        "<p><a href='/wangwen'>王文</a> <span>某大学金融研究院执行院长</span></p></li></ul>"
        f"<div>{WP_DATE}</div>"
    )
    assert marked(header)["author"] == "王文"


COMMENTS = (
    "<div id='comments'><ol class='comment-list'><li class='comment'><div class='comment-body'>"
    "<cite class='comment-author vcard'><span class='fn'>李小龙</span> said:</cite>"
    "<p>写得很好。</p></div></li></ol></div>"
)


@pytest.mark.parametrize(
    ("header", "trailer", "head"),
    [
        # a comment's writer right after the text: comment-author vcard inside #comments
        (f"<div>{WP_DATE}</div>", COMMENTS, ""),
        # related posts after the text, each with its writer's hCard
        (
            f"<div>{WP_DATE}</div>",
            "<div class='related-posts'><ul><li><a href='/p/2'>另一篇文章</a> "
            "<span class='author vcard'><span class='fn'>赵一鸣</span></span></li></ul></div>",
            "",
        ),
        # a bare author class heading a list after the text (相关文章)
        (
            f"<div>{WP_DATE}</div>",
            "<div class='author-news'><div class='author'><a href='javascript:void(0)'>相关文章</a>"
            "</div><ul><li><a href='/p/3'>第三篇</a></li></ul></div>",
            "",
        ),
        # the site owner's card in the site's footer
        (
            f"<div>{WP_DATE}</div>",
            "<div id='footer'><p><span class='author vcard'><span class='fn'>周建华</span></span>"
            " 版权所有</p></div>",
            "",
        ),
        # the posting account, not a writer (LABELLING.md: by 管理员, admin, 小编)
        (
            f"<div>{WP_DATE} by <span class='author vcard'><a class='fn'>管理员</a></span></div>",
            "",
            "",
        ),
        (
            f"<div>{WP_DATE} by <span class='author vcard'><a class='fn'>admin</a></span></div>",
            "",
            "",
        ),
        (f"<div>{WP_DATE} <span class='author'>园区小编</span></div>", "", ""),
        # the site's own name or an outlet in the author slot's markup
        (
            f"<div>{WP_DATE} by <span class='author vcard'><a class='fn'>星河科技园</a></span></div>",
            "",
            "<meta property='og:site_name' content='星河科技园'>",
        ),
        (f"<div>{WP_DATE} <a rel='author' href='/'>科技日报</a></div>", "", ""),
        # <meta name=author> is not a byline a reader sees
        (f"<div>{WP_DATE}</div>", "", "<meta name='author' content='张明远'>"),
        # a hidden hCard names no one the reader sees
        (
            f"<div>{WP_DATE}<span class='author vcard' style='display:none'>"
            "<span class='fn'>张明远</span></span></div>",
            "",
            "",
        ),
    ],
)
def test_markup_that_names_no_writer_of_the_post(header: str, trailer: str, head: str) -> None:
    """Comments, related posts, a footer, a placeholder, the site or an outlet: no author."""
    assert marked(header, trailer, head)["author"] is None


@pytest.mark.parametrize("colon", ["\ufe30", "：", ":"])
def test_closing_credits_with_a_vertical_form_colon(colon: str) -> None:
    """Hong Kong's Big5 colon U+FE30 (NFKC: ``‥``) labels a closing credit as ``：`` does."""
    rec = run(
        "<h1>园区召开产业发展座谈会</h1><div>发布时间: 2020/08/07</div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p><p>記者{colon}陳家明</p><p>編輯{colon}李志強</p></div>"
    )
    assert (rec["author"], rec["editor"]) == ("陳家明", "李志強")
    assert "記者" not in rec["body"]


def test_an_excerpt_mark_closing_the_text_names_no_one() -> None:
    """``（節錄）`` under a column cut at the paywall marks an excerpt: no reporter."""
    rec = run(
        "<h1>园区召开产业发展座谈会</h1><div>发布时间: 2020/08/07</div>"
        f"<div><p>{PROSE}</p><p>{PROSE} ...</p><p>（節錄）</p></div>"
    )
    assert rec["author"] is None


@pytest.mark.parametrize(
    ("info", "author"),
    [
        # the date, then the info line with the author link and the column's name, then the h1
        (
            "<p>2020年8月14日</p><p><span class='author'><a href='/search?author=陳家明'>陳家明</a>"
            "</span> <span class='column'><a href='/search?column=園區觀察'>園區觀察</a></span></p>",
            "陳家明",
        ),
        # an author box further up (three lines over the headline) is no part of its header
        (
            "<p><span class='author'><a href='/u/1'>陳家明</a></span></p><p>2020年8月14日</p>"
            "<div><a href='/a'>首頁</a> <a href='/b'>要聞</a></div>"
            "<div><a href='/c'>園區</a> <a href='/d'>科技</a></div>",
            None,
        ),
    ],
)
def test_a_marked_author_in_the_info_line_over_the_headline(info: str, author: str | None) -> None:
    """A byline-class name in the two lines right over the headline is the byline."""
    rec = run(
        f"<div id='main'>{info}<h1>园区召开产业发展座谈会</h1>"
        f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p></div></div>",
        "<title>园区召开产业发展座谈会</title>",
    )
    assert (rec["title"], rec["author"]) == ("园区召开产业发展座谈会", author)


# a static blog's post: the owner's card in the sidebar, no byline over or under the text
BLOG_SIDEBAR = (
    "<aside><div class='profile'><p class='name'>林晓雯</p><p>记录园区里的创业故事</p></div></aside>"
    "<main><h1>第一次参加孵化器路演</h1><div class='meta'>发表于 2022-02-05 分类于 随笔</div>"
    f"<div class='post'><p>{PROSE}</p><p>{PROSE}</p></div></main>"
    "<footer>© 2026 林晓雯 由 Hexo 强力驱动</footer>"
)


@pytest.mark.parametrize(
    ("metas", "author"),
    [
        # Hexo's open_graph helper: article:author is the owner the site's config names
        ("<meta name='generator' content='Hexo 5.4.0'><meta property='article:author' content='林晓雯'>",
         "林晓雯"),
        ("<meta name='generator' content='Hugo 0.120.0'><meta property='article:author' content='林晓雯'>",
         "林晓雯"),
        # no blog engine: a news site's article:author names an editor or an outlet, left out
        ("<meta property='article:author' content='林晓雯'>", None),
        # an address, or a name the page never shows
        ("<meta name='generator' content='Hexo 5.4.0'>"
         "<meta property='article:author' content='https://www.facebook.com/x'>", None),
        ("<meta name='generator' content='Hexo 5.4.0'><meta property='article:author' content='陈志远'>",
         None),
    ],
)  # fmt: skip
def test_a_static_blogs_article_author_is_its_owner(metas: str, author: str | None) -> None:
    """A Hexo or Hugo page's article:author names the blog's owner, shown on the page."""
    rec = run(BLOG_SIDEBAR, f"<title>第一次参加孵化器路演 | 园区笔记</title>{metas}")
    assert rec["author"] == author


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # a blog theme's colon-less category label after the date: the category, no name
        ("发表于 2022-02-05 分类于 随笔", None),
        ("發表於 2022-02-05 分類於 <a href='/c/1'>自己的路</a>", None),
        ("2022-02-05 归档于 园区 日常", None),
        # names after the date stay names
        ("2020-06-05 20:35 叨叨姐 胡一刀", "叨叨姐、胡一刀"),
    ],
)
def test_a_category_label_after_the_date_names_no_one(meta: str, author: str | None) -> None:
    """``分类于 X`` after the date files the post under X: X is no writer."""
    assert page(meta)["author"] == author


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("综合驻苏州记者周明轩、李晓，驻无锡记者王芳报道：", "周明轩、李晓、王芳"),
        ("驻苏州记者周明轩，驻无锡记者王芳报道：", "周明轩、王芳"),
        # one post alone, as before
        ("驻无锡记者王芳报道：", "王芳"),
    ],
)
def test_a_joint_dispatch_from_two_posts_credits_every_reporter(credit: str, author: str) -> None:
    """A news agency's dispatch filed by reporters at two posts (``综合驻X记者A、B，驻Y记者C
    报道：``): the reporters of both posts are the authors, not the last post's alone."""
    rec = run(
        "<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30</div>"
        f"<div class='text'><p>新华社苏州3月5日电　{credit}{PROSE}</p><p>{LAST}</p></div>"
    )
    assert rec["author"] == author


@pytest.mark.parametrize(
    "note", ["本文4831个字，大概8分钟读完。", "全文约3000字，阅读需要8分钟", "阅读时长：5分钟"]
)
def test_a_writers_credit_under_a_reading_time_note_and_a_deck(note: str) -> None:
    """A repost of a WeChat article opens with a deck, a reading-time note and the account's
    promotion, then the ``文/X`` credit: the note is the header's, so the credit, the text's
    fourth line, is still among the opening lines read for the writer, and is cut."""
    more = [f"{PROSE}{i}" for i in range(30)]
    opening = [
        "园区的孵化服务又一次刷新了我们对它的认知……",
        note,
        "园区观察每日为你送上有态度、有深度的精彩内容，欢迎置顶关注",
    ]
    text = "".join(f"<p>{p}</p>" for p in [*opening[:3], "文/园区观察特约作者 周明轩", *more])
    rec = run(
        "<h1>园区召开产业发展座谈会</h1><div class='m'>2024-03-05 10:30</div>"
        f"<div class='text'>{text}</div>"
    )
    assert rec["author"] == "周明轩"
    assert "特约作者" not in rec["body"]


@pytest.mark.parametrize("row", ["编辑 锁定 讨论 上传视频", "编辑 锁定 上传视频"])
def test_an_encyclopedias_button_row_under_the_headline_is_no_editor(row: str) -> None:
    """An encyclopedia entry's buttons (编辑 then 锁定, 讨论, 上传视频), printed as text above
    the entry's paragraphs: button words after the word 编辑, no editor and no line of the text;
    an editor named after the bare word still is one."""
    head = "<title>高新区孵化器_百科</title>"
    lines = "".join(f"<p>{PROSE}{n}</p>" for n in range(3))
    rec = run(f"<h1>高新区孵化器</h1><div class='c'><p>{row}</p>{lines}</div>", head)
    assert (rec["editor"], rec["body"][:8]) == (None, PROSE[:8])
    rec = run(f"<h1>高新区孵化器</h1><div class='c'>{lines}<p>编辑 张明华</p></div>", head)
    assert rec["editor"] == "张明华"


def test_a_papers_full_name_leads_reporter_and_editor_with_blog_links_glued() -> None:
    """A portal's repost opening with the paper's byline line: the paper's full name (six
    characters) before both 记者 and 编辑, its blog and microblog links glued after it, and a
    two-character name spaced out: the reporter writes it, the line is no text."""
    links = "(<a href='/blog/1'>博客</a>,<a href='/weibo/1'>微博</a>)"
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='c'><p>创新创业日报{links}记者 王 明"
        f" 创新创业日报编辑 张丽华</p><p>{PROSE}</p><p>{PROSE}1</p></div>"
    )
    assert (rec["author"], rec["body"][:8]) == ("王明", PROSE[:8])


def test_a_sections_cited_paper_under_laiyuan_is_no_source() -> None:
    """A page of quotations, each section closed by ``来源:`` and the paper it quotes (authors,
    title, journal, year): a reference, no publisher of the page."""
    refs = [
        'Zhang Ming: Incubators and Start-ups (Zhang, Ming. "Incubators and start-ups." '
        "Research Policy (1998).)",
        "Li Hua: Science Parks Revisited (Li, Hua. Science parks revisited. Technovation, 2004.)",
    ]
    sections = "".join(
        f"<h2>第{n}节</h2><p>{PROSE}{n}</p><p>来源: {r}</p>" for n, r in enumerate(refs)
    )
    rec = run(f"<h1>园区召开产业发展座谈会</h1><div class='c'>{sections}</div>")
    assert rec["source"] is None


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # hbue.edu.cn's WebPlus notice: the Youth League committee posted it, no one wrote it
        ("<span>发布者：团委</span><span>发布时间：2026-04-02</span><span>浏览次数：10</span>", None),
        ("发布人：党委宣传部办公室 发布时间：2026-04-02", None),
        # a person in the same slot stays, also one whose name ends like an office (张科)
        ("<span>发布者：王晓</span><span>发布时间：2026-04-02</span>", "王晓"),
        ("发布人：张科 发布时间：2026-04-02", "张科"),
        # the office rule is the poster slot's: a 作者 slot is read as before
        ("作者：团委 发布时间：2026-04-02", "团委"),
    ],
)  # fmt: skip
def test_an_office_in_the_poster_slot_is_no_author(meta: str, expected: str | None) -> None:
    """发布者 / 发布人 names who posted the item: an office there (团委) is no writer."""
    assert page(meta)["author"] == expected


@pytest.mark.parametrize(
    ("title", "found"),
    [
        # the title rule joined both lines: the second is the headline's, no account
        ("贯彻落实园区工作会议精神小切口发力深化作风建设", (None, None)),
        # no joined headline: the line over the 来源 line stays an account (baijiahao's shape)
        (None, ("小切口发力深化作风建设", None)),
    ],
)
def test_a_headlines_second_line_over_the_source_line_is_no_account(
    title: str | None, found: tuple[str | None, str | None]
) -> None:
    """ccdi.gov.cn (misses57): a headline split over two <p>s of its h2 (a 楷体 kicker, then
    ``小切口发力深化作风建设``) over the 来源 line; the parser puts both <p>s after the h2."""
    from incubator_crawler.article.page import parse_html, walk
    from incubator_crawler.article.people import account_line

    html = (
        "<html><body><h2 class='tit'><p><span>贯彻落实园区工作会议精神</span></p>"
        "<p>小切口发力深化作风建设</p></h2><h3><em>来源：园区网站</em> <em>发布时间：2024-03-05"
        f" 10:30</em></h3><div><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    )
    page = walk(parse_html(html))
    meta = [b for b in page.blocks if b.text.startswith("来源")]
    paras = [b for b in page.blocks if b.chars > 50]
    assert account_line(page, 0, meta, paras, set(), None, title) == found
