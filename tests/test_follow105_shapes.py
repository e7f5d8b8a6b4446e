"""Shapes of the pages hunt105, hunt106 and hunt107 showed on first contact, as pages of our own.
Why each shape and the page it came from: docs/benchmarks.md, follow105."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "法院：高速公路上拍婚纱照，违法！"
TEXT = f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"


@pytest.mark.parametrize(
    ("credit", "editor"),
    [
        ("【编辑：王珏 QQ：1485994861；TEL：13810405128/010-84990788—1369】", "王珏"),
        ("【编辑：王珏 Tel: 010-84990788】", "王珏"),
        ("【编辑：王珏 E-mail：wangjue@example.cn】", "王珏"),
        # neighbours: the name alone, two names, a Latin name with no contact label after it
        ("【编辑：王珏】", "王珏"),
        ("【编辑：王珏 孙婧】", "王珏 孙婧"),
        ("【编辑：Tom Telford】", "Tom Telford"),
    ],
    ids=["qq-tel", "tel", "email", "alone", "two-names", "latin-name"],
)
def test_an_editor_credit_ends_before_its_contact_details(credit: str, editor: str) -> None:
    """chinahighway.com: ``【编辑：王珏 QQ：…；TEL：…】`` under the text names 王珏; the QQ and
    telephone numbers after a Latin label are how to reach the editor, no part of the name."""
    body = f"<h1>{TITLE}</h1><div class='content'>{TEXT}<p>{credit}</p></div>"
    rec = run(body, f"<title>{TITLE}</title>")
    assert rec["editor"] == editor


HEADLINE = "江苏南通：铁路板块并入南通大交通管理机构"
DECK = "市交通运输局增挂市铁路办牌子"


def _touch_page(term: str, deck: str = "", trail: str = "", style: str = "") -> str:
    """chinahighway.com's touch template: a column bar, the headline as a ``<dt>``, a deck and the
    meta items in its ``<dd>``, the text, a related-reading box headed by the only ``<h1>``."""
    return (
        f"{style}<div class='sjnav'><a href='item-4.html'>要闻</a> <a href='item-11.html'>科技</a>"
        f" <a href='item-10.html'>养护</a> <a href='item-9.html'>会展</a></div>"
        f"<div class='sjxqA'>{trail}</div>"
        f"<div class='sjxqB'><dl><dt>{term}</dt><dd><p><span>{deck}</span></p>"
        "\n<i>2020-05-09</i>\n<i>南通日报</i>\n<i>作者：记者 彭军君</i>\n</dd></dl>"
        f"<div class='sjxq_con'>{TEXT}</div>"
        "<div class='sjxq_bo'><a href='../index.html'>【<i>关闭窗口</i>】</a>"
        "<a href='item-4.html' class='cur'>【<i>返回上一级</i>】</a></div></div>"
        "<div class='sjxqC'><h1><span>相关阅读</span></h1><div></div></div>"
    )


URL = "http://www.example.cn/article/65383060.html"


@pytest.mark.parametrize("deck", ["", DECK], ids=["box-heading-h1", "grey-deck"])
def test_a_definition_term_that_is_title_whole_is_the_headline(deck: str) -> None:
    """chinahighway.com's touch template: the headline is a ``<dt>`` that <title> states word for
    word; the only ``<h1>`` heads the related-reading box under the text and the grey deck under
    the term is no headline."""
    rec = run(_touch_page(HEADLINE, deck), f"<title>{HEADLINE}</title>", URL)
    assert rec["title"] == HEADLINE
    assert (rec["published_at"], rec["source"], rec["author"]) == (
        "2020-05-09",
        "南通日报",
        "彭军君",
    )


@pytest.mark.parametrize(
    "term",
    ["摘要", "2019年二季度居民消费价格预期调查报告"],
    ids=["short-term", "long-term-not-title"],
)
def test_a_definition_term_title_does_not_state_whole_stays_a_term(term: str) -> None:
    """Neighbours: a short term, or a long one <title> does not state, stays a definition list's
    term; the heading above it that <title> names is the headline."""
    body = f"<h2>{HEADLINE}</h2>" + _touch_page(term)
    rec = run(body, f"<title>{HEADLINE}</title>", URL)
    assert rec["title"] == HEADLINE


HOME_AND_COLUMN = "<a href='../index.html'>首页</a>\n<a href='item-4.html'>要闻</a>"


def test_a_home_and_column_bar_the_back_link_leads_to_is_the_trail() -> None:
    """chinahighway.com's touch template: ``<a>首页</a><a>要闻</a>`` right above the headline,
    the ``>`` drawn by the style sheet, and the page's own ``【返回上一级】`` under the text leads
    where 要闻 does: the column."""
    rec = run(_touch_page(HEADLINE, trail=HOME_AND_COLUMN), f"<title>{HEADLINE}</title>", URL)
    assert (rec["title"], rec["category"]) == (HEADLINE, "要闻")


@pytest.mark.parametrize(
    ("trail", "back"),
    [
        (HOME_AND_COLUMN, "javascript:;"),
        (HOME_AND_COLUMN, "item-9.html"),
        ("<a href='item-9.html'>会展</a>\n<a href='item-4.html'>要闻</a>", "item-4.html"),
        (f"{HOME_AND_COLUMN}\n<a href='item-9.html'>会展</a>", "item-9.html"),
    ],
    ids=["back-link-nowhere", "back-link-elsewhere", "not-from-home", "three-links"],
)
def test_a_bare_pair_of_links_is_no_trail(trail: str, back: str) -> None:
    """Neighbours: the same bar with a back link that leads nowhere or to another column, two
    section links not from home, or three links (a menu's run): no witness, no category."""
    page = _touch_page(HEADLINE, trail=trail).replace(
        "<a href='item-4.html' class='cur'>", f"<a href='{back}' class='cur'>"
    )
    rec = run(page, f"<title>{HEADLINE}</title>", URL)
    assert (rec["title"], rec["category"]) == (HEADLINE, None)


@pytest.mark.parametrize(
    ("outlet", "source"),
    [
        ("中国高速公路网—21世纪公路网", "中国高速公路网—21世纪公路网"),
        ("南通日报", "南通日报"),
        # neighbour: a run this long with no dash between two names is no outlet's name
        ("中国高速公路网二十一世纪公路网", None),
    ],
    ids=["site-two-names", "other-outlet", "long-run"],
)
def test_the_unlabelled_outlet_slot_may_hold_a_site_s_two_names(
    outlet: str, source: str | None
) -> None:
    """chinahighway.com's touch template: ``<i>DATE</i><i>OUTLET</i><i>作者：…</i>``; where the
    slot holds the site's own two names joined by a dash it is read as when it names another
    outlet (LABELLING.md, hunt106)."""
    page = _touch_page(HEADLINE).replace("<i>南通日报</i>", f"<i>{outlet}</i>")
    rec = run(page, f"<title>{HEADLINE}</title>", URL)
    assert (rec["source"], rec["author"]) == (source, "彭军君")


REPORT = "四川省中医药管理局各地动态"
REPORT_TITLE = "全省中医药系统开展中医药文化服务月活动"


@pytest.mark.parametrize(
    ("slot", "source"),
    [
        (
            "综合自学习强国、川观新闻、成都体育学院附属体...",
            "综合自学习强国、川观新闻、成都体育学院附属体",
        ),
        (
            "综合自学习强国、川观新闻、成都体育学院附属体…",
            "综合自学习强国、川观新闻、成都体育学院附属体",
        ),
        # neighbours: a whole value, and an outlet whose name ends with one dot
        ("四川日报", "四川日报"),
        ("Reuters Inc.", "Reuters Inc."),
    ],
    ids=["ascii-dots", "ellipsis-sign", "whole", "one-dot"],
)
def test_a_source_the_template_cuts_short_is_read_without_the_dots(slot: str, source: str) -> None:
    """sctcm.sc.gov.cn: ``【来源： 综合自…成都体育学院附属体...】 发布日期：…``: the template cut the
    value short; the source is what it shows before the dots (the lead's session-24 decision)."""
    body = (
        f"<h1>{REPORT_TITLE}</h1><p class='txt_center'>【来源： {slot}】 发布日期：2023-07-19 19:21:00</p>"
        f"<div class='content'>{TEXT}</div>"
    )
    rec = run(body, f"<title>{REPORT_TITLE}</title>")
    assert rec["source"] == source


def _report_body(last: str) -> str:
    return (
        f"<h1>{REPORT_TITLE}</h1><p>发布日期：2023-07-19 19:21:00</p>"
        f"<div class='content'>{TEXT}<p>{last}</p></div>"
    )


@pytest.mark.parametrize(
    ("last", "body_end"),
    [
        (
            "文章综合自：学习强国、川观新闻、成都体育学院附属体育医院、射洪中医、邵华新闻、健康富顺等",
            PROSE,
        ),
        ("…策略与路径。（朝阳报）", "…策略与路径。"),
        ("…策略与路径。（北京日报）", "…策略与路径。"),
        # neighbours: a sentence about a compilation stays; a bracket of other words stays
        ("文章综合自各地报送的材料，经整理后发布。", "文章综合自各地报送的材料，经整理后发布。"),
        ("…策略与路径。（详见附件）", "…策略与路径。（详见附件）"),
        ("…策略与路径。（朝阳区）", "…策略与路径。（朝阳区）"),
    ],
    ids=["compiled-from", "bare-paper", "bare-daily", "compiled-sentence", "note", "place"],
)
def test_closing_compilation_and_outlet_credits_are_cut(last: str, body_end: str) -> None:
    """sctcm.sc.gov.cn's closing ``文章综合自：…`` line and bj.wenming.cn's ``…。（朝阳报）`` run into
    the last paragraph: credits closing the text, cut from the body (LABELLING.md, hunt105)."""
    rec = run(_report_body(last), f"<title>{REPORT_TITLE}</title>")
    assert rec["body"].split("\n\n")[-1] == body_end


CQDD_TITLE = "开放教育学院学子志愿服务走进康苑社区"


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        ("【供稿/开放教育学院】12月8日上午，我校学子走进社区。", "12月8日上午，我校学子走进社区。"),
        ("【供稿/管理学院 黄翔】面对十四五发展的契机。", "面对十四五发展的契机。"),
        ("【来源：党委宣传部】为深入学习贯彻全会精神。", "为深入学习贯彻全会精神。"),
        # neighbours: a bracketed tag, and a credit bracket with no text after it
        ("【视频】12月8日上午，我校学子走进社区。", "【视频】12月8日上午，我校学子走进社区。"),
        ("【关注】12月8日上午，我校学子走进社区。", "【关注】12月8日上午，我校学子走进社区。"),
    ],
    ids=["supplier", "supplier-and-person", "source", "tag", "column-tag"],
)
def test_a_bracketed_credit_run_into_the_text_s_start_is_cut(first: str, kept: str) -> None:
    """cqdd.cq.cn's VSB items: ``【供稿/X】`` run into the start of the text under the info line's
    ``文章来源：X``: a credit, cut from the paragraph; the text after it stays."""
    body = (
        f"<h1>{CQDD_TITLE}</h1><p>文章来源：开放教育学院 发布时间：2020-12-09 10:12:31</p>"
        f"<div class='v_news_content'><p>{first}</p>{TEXT}</div>"
    )
    rec = run(body, f"<title>{CQDD_TITLE}</title>")
    assert rec["body"].split("\n\n")[0] == kept
    assert rec["source"] == "开放教育学院"


JSPN_TITLE = "2019年第二季度居民消费价格预期调查报告"


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        ("2019年二季度居民消费价格预期调查报告", None),
        ("2019年第二季度居民消费价格预期调查报告（全文）", None),
        # neighbours: a sentence opening with the same words; a heading three characters off
        (
            "2019年二季度居民消费价格预期调查报告显示，预期稳中缓涨。",
            "2019年二季度居民消费价格预期调查报告显示，预期稳中缓涨。",
        ),
        ("2019年二季度消费价格预期报告", "2019年二季度消费价格预期报告"),
    ],
    ids=["without-di", "with-note", "sentence", "three-off"],
)
def test_the_headline_shown_again_near_equal_opening_the_text_is_no_body(
    opening: str, kept: str | None
) -> None:
    """jspn.js.cn's 预期调查 reports: a centred ``2019年二季度…`` opens the text under the title cell's
    ``2019年第二季度…``: the headline shown again (one or two characters off), no body."""
    body = (
        f"<h1>{JSPN_TITLE}</h1><p>作者： 编辑：系统管理员 2019-04-19 16:36:49</p>"
        f"<div class='x_content'><p style='text-align: center'>{opening}</p>{TEXT}</div>"
    )
    rec = run(body, f"<title>{JSPN_TITLE}</title>")
    assert rec["body"].split("\n\n")[0] == (kept or PROSE)


TECH_TITLE = "韓日面板廠大洗牌？蘋果 2018 年擬棄 LCD 迎 OLED"
TECH_TEXT = [
    "據日經新聞報導，蘋果已經通令旗下面板供應商積極備戰，OLED 面板技術、產能等在 2018 年務必到位。",
    "儘管從現在起算，面板廠還有約 2-3 年的時間可以準備，但 iPhone 每年的出貨規模讓產能挑戰嚴峻。",
    "除了 LGD 之外，OLED 技術能與之匹敵，且有穩定貨源的就只剩三星，兩家韓廠將是最大受益者。",
]
TECH_BODY = "\n\n".join(TECH_TEXT)


def _technews(slot: str, notice: str, after: str = "") -> str:
    """technews.tw's WordPress item: the h1, a meta line of head/body spans (the writer linked
    rel=author), the text, a reprint notice, a like box's ask, related rows."""
    return (
        f"<table><tr><td class='maintitle'><h1 class='entry-title'>{TECH_TITLE}</h1></td></tr>"
        f"<tr><td>{slot} | <span class='head'>發布日期</span>"
        "<span class='body'>2015 年 11 月 26 日 8:15 </span></td></tr></table>"
        "<div class='indent'>"
        + "".join(f"<p>{p}</p>" for p in TECH_TEXT)
        + f"<p>{notice}</p>{after}</div><h3>你可能有興趣的文章:</h3>"
    )


WRITER_SLOT = (
    "<span class='head'>作者</span><span class='body'>"
    "<a href='http://technews.tw/author/moneydj/' rel='author'>MoneyDJ</a></span>"
)
NOTICE = "（本文由 MoneyDJ新聞 授權轉載；首圖來源：Flickr/Kārlis Dambrāns CC BY 2.0）"
TECH_URL = "http://technews.tw/2015/11/26/apple-iphone-2018-oled-panel/"


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        (NOTICE, "MoneyDJ新聞"),
        ("（本文由 MoneyDJ新聞 授權轉載）", "MoneyDJ新聞"),
    ],
    ids=["with-picture-credit", "alone"],
)
def test_a_granted_reprint_notice_gives_the_source(notice: str, source: str | None) -> None:
    """technews.tw: ``（本文由 MoneyDJ新聞 授權轉載；首圖來源：…）`` under the text gives the source
    MoneyDJ新聞; the outlet alone in the labelled 作者 slot stays the author (LABELLING.md)."""
    rec = run(
        _technews(WRITER_SLOT, notice), f"<title>{TECH_TITLE} | TechNews 科技新報</title>", TECH_URL
    )
    assert (rec["source"], rec["author"]) == (source, "MoneyDJ")
    assert rec["body"] == TECH_BODY


def test_a_marked_outlet_with_no_writer_label_is_no_author_beside_its_notice() -> None:
    """Neighbour: the same rel=author link with no 作者 label before it, and the notice naming
    the outlet: the outlet is the source only (an account of the source is no writer)."""
    slot = "<a href='http://technews.tw/author/moneydj/' rel='author'>MoneyDJ</a>"
    rec = run(_technews(slot, NOTICE), f"<title>{TECH_TITLE} | TechNews 科技新報</title>", TECH_URL)
    assert (rec["source"], rec["author"]) == ("MoneyDJ新聞", None)


@pytest.mark.parametrize(
    "ask",
    ["如果你喜歡我們的分享和文章，請幫我們按個讚", "如果您喜欢我们的文章，请帮我们点个赞"],
    ids=["traditional", "simplified"],
)
def test_a_like_box_s_ask_is_no_body(ask: str) -> None:
    """technews.tw: the like box's ``如果你喜歡我們的分享和文章，請幫我們按個讚`` under the text is
    the site's promo; a sentence that only mentions liking stays (neighbour below)."""
    page = _technews(WRITER_SLOT, NOTICE, f"<p>{ask}</p>")
    rec = run(page, f"<title>{TECH_TITLE} | TechNews 科技新報</title>", TECH_URL)
    assert rec["body"] == TECH_BODY


def test_a_sentence_about_liking_stays_in_the_body() -> None:
    """Neighbour: prose that mentions liking an article is text."""
    line = "如果你喜歡這篇文章裡提到的 OLED 手機，明年就能在市面上買到。"
    rec = run(
        _technews(WRITER_SLOT, NOTICE, f"<p>{line}</p>"), f"<title>{TECH_TITLE}</title>", TECH_URL
    )
    assert rec["body"].split("\n\n")[-1] == line


@pytest.mark.parametrize(
    ("credit", "editor"),
    [("编辑：系统管理员", "系统管理员"), ("责任编辑：admin", "admin"), ("编辑：", None)],
    ids=["cms-account-zh", "cms-account-latin", "empty-slot"],
)
def test_a_filled_editor_slot_keeps_a_cms_account(credit: str, editor: str | None) -> None:
    """jspn.js.cn's ``作者： 编辑：系统管理员 DATE`` (check112, as labelcheck8's 责任编辑：admin): a
    labelled, filled editor slot keeps the CMS account as written; an empty slot names none."""
    body = (
        f"<h1>{JSPN_TITLE}</h1><p>作者： {credit} 2019-04-19 16:36:49</p>"
        f"<div class='x_content'>{TEXT}</div>"
    )
    rec = run(body, f"<title>{JSPN_TITLE}</title>")
    assert (rec["editor"], rec["author"]) == (editor, None)
