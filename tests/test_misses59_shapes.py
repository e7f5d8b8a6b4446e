"""Dev misses left at the end of session 17 (misses59): head-only dates a reader never sees, and a
paywall's login box after the teaser.

Each page is a small page of our own in the shape of a dev page; the values asserted are what a
reader of the page takes from it (LABELLING: the publish date a reader sees).
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "园区举办创新创业大赛决赛"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
PUBLISHED = "<meta property='article:published_time' content='2025-04-22T07:02:40.000Z'>"


def test_a_head_date_on_a_page_showing_none_is_no_publish_date() -> None:
    """gov.cn's 国务院公报 pages (gne-other-1, lawcrawler-govcn-detail-d4e8383): a
    ``firstpublishedtime`` meta, and the page shows only the bulletin's issue and a resolution's
    own adoption day, not this one."""
    rec = run(
        "<div>首页 &gt; 国务院公报 &gt; 2007年第23号</div><div>字号：默认 大 超大 | 打印 |</div>"
        f"<h1>{TITLE}</h1><div class='content'><p>（2007年6月29日第十届全国人民代表大会常务委员会"
        f"第二十八次会议通过）</p><p>{PROSE}</p></div>",
        f"<title>{TITLE}</title><meta name='firstpublishedtime' content='2007-08-20-23:59:59'>",
    )
    assert rec["published_at"] is None
    assert rec["published_raw"] is None
    assert "published" not in rec["extraction"]


def test_a_relative_age_over_the_head_date_is_no_publish_date() -> None:
    """A WordPress post shows ``2周前`` (omnivore-ahhhhfs-37715): the absolute time is only in the
    metas and the ``<time datetime>``; none is the reader's."""
    rec = run(
        f"<h1>{TITLE}</h1><div class='meta'>趣站 <time datetime='2023-02-04T19:17:25+08:00'>"
        f"2周前</time> 1 6.3K</div>{TEXT}",
        f"<title>{TITLE}</title><meta property='article:published_time' "
        "content='2023-02-04T11:17:25+00:00'>",
    )
    assert rec["published_at"] is None


def test_a_related_items_day_below_the_text_does_not_show_the_head_date() -> None:
    """A CSDN post (webkit-math-csdn) shows 最新推荐文章于 … 发布 (another post's day) and its
    JSON-LD date nowhere above the text's end; a recommended post below it is listed under the
    same month and day, without a year: another item's day."""
    ld = '{"@type": "BlogPosting", "datePublished": "2024-09-29T17:00:56+08:00"}'
    rec = run(
        f"<h1>{TITLE}</h1><div class='bar'>原创 最新推荐文章于 2025-04-29 18:28:01 发布 · 2k 阅读"
        f"</div>{TEXT}<div class='recommend'><a href='/x'>经济应用数学基础微积分</a><span>09-29"
        "</span></div>",
        f"<title>{TITLE}</title><script type='application/ld+json'>{ld}</script>",
    )
    assert rec["published_at"] is None


@pytest.mark.parametrize(
    "shown",
    [
        "04/22 15:02",  # sspai, yearless (gerapy-sspai-com-97924)
        "15:02",  # sspai on the day itself: the clock alone (gerapy-sspai-com-98488)
        "前天 15:02",  # sspai two days after (gerapy-sspai-com-98495)
        "Apr 22",
        "四月二十二日",
    ],
)
def test_a_head_date_shown_in_a_form_the_chain_does_not_read_dates_the_page(shown: str) -> None:
    """The page shows the head date's month and day, or its clock, in a form no date line gives:
    the head's full time is the date the reader sees."""
    rec = run(f"<h1>{TITLE}</h1><div class='author'>沫子兮兮</div><div>{shown}</div>{TEXT}",
              f"<title>{TITLE}</title>{PUBLISHED}")  # fmt: skip
    assert rec["published_at"] == "2025-04-22T15:02:40+08:00"
    assert rec["extraction"]["published"] == "meta:article:published_time"


def test_a_full_date_closing_the_post_shows_the_head_date() -> None:
    """A Hexo post (unlabelled pool, chkaos.top) shows its day only in 本文于 2021-03-04 发布在
    代码 分类下 after the text: the head's date is the reader's, at the precision shown, the
    day (the lead's session-23 decision, follow104; it was the head's time before)."""
    rec = run(
        f"<h1>{TITLE}</h1>{TEXT}<div class='post-footer'>本文于 2021-03-04 发布在 代码 分类下，"
        "当前已有共 0 人围观</div>",
        f"<title>{TITLE}</title><meta property='article:published_time' "
        "content='2021-03-04T09:21:41.000Z'>",
    )
    assert (rec["published_at"], rec["published_precision"]) == ("2021-03-04", "day")


LOGIN = (
    "<div class='box'><div><h3>會員登入</h3><form method='post' action='/lgn/check.asp'>"
    "<div><input type='email' name='id'><br><span>【範例：user@company.com】</span></div>"
    "<div><input type='password' name='pwd'><br><span><a href='/pwd'>忘記密碼</a> | "
    "<a href='/mail'>重寄啟用信</a></span><br><input type='checkbox'>記住帳號密碼</div>"
    "<button type='button'>登入</button><div>★ 若您是第一次使用會員資料庫，請先點選<br>"
    "<a href='/reg'>【帳號啟用】</a></div></form></div><div><h3>會員服務申請/試用</h3>"
    "<ul><li><a href='/trial'>試用申請</a></li><li><a href='/faq'>常見問題</a></li></ul>"
    "<div>申請專線：<br>+886-02-87125398。<br>(週一至週五工作日9:00~18:00)</div></div></div>"
)


def test_a_login_box_after_a_paywalls_teaser_is_not_text() -> None:
    """digitimes (dmsscrape-digitimes-3, -4): the teaser, then a login box (會員登入 over a form
    asking for a password) and the member hotline: the text is the teaser."""
    teaser = "高通在柏林國際電子消費品展針對PC平台Snapdragon X系列做出最新發表，執行長指出，" * 2
    rec = run(
        f"<h1>{TITLE}</h1><div>劉憲杰／台北</div><div>2024/09/06 02:50</div>"
        f"<div id='newsText'><p>{teaser}...</p><p></p>{LOGIN}</div>",
        f"<title>{TITLE}</title>",
    )
    assert rec["body"] == f"{teaser}..."


def test_a_form_round_the_whole_page_without_a_password_cuts_no_text() -> None:
    """An ASP.NET page wraps its whole body in one <form> (its search box, no password field):
    no paragraph sits in a login box, and the form is read once a page (perf16)."""
    paras = [f"第{n}段，园区企业围绕成果转化开展对接活动，推动项目落地见效。" * 3 for n in "一二三"]
    text = "".join(f"<p>{p}</p>" for p in paras)
    rec = run(
        f"<form method='post' action='./news.aspx'><input type='hidden' name='__VIEWSTATE'>"
        f"<input type='text' name='q'><h1>{TITLE}</h1><div>2024-09-06</div>"
        f"<div id='content'>{text}</div></form>",
        f"<title>{TITLE}</title>",
    )
    assert rec["body"] == "\n\n".join(paras)


def test_a_head_date_on_a_page_in_another_language_stays() -> None:
    """An Italian page (magic-html, repubblica) shows 18 maggio 2024 in its own words: no shown
    form can be told on a page that is not Chinese, so the head's date stays."""
    prose = "Il social network ha cambiato il suo indirizzo e adesso il nome X è definitivo. " * 4
    rec = run(
        f"<h1>Addio all'indirizzo twitter.com</h1><div>18 maggio 2024</div><div><p>{prose}</p>"
        f"<p>{prose}</p></div>",
        "<meta property='article:published_time' content='2024-05-18T07:22:07Z'>",
        url="https://www.example.it/tecnologia/news/x-423024909/",
    )
    assert rec["published_at"] == "2024-05-18T15:22:07+08:00"


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        # ccdi-pachong-t20240617-355104: the headline's second half, a new first line and a
        # series line
        (
            "贯彻落实中央纪委三次全会精神小切口发力深化作风建设",
            ["江西专项整治违规收送高档烟酒", "小切口发力深化作风建设",
             "“健全风腐同查同治工作机制”系列报道之一"],
        ),
        # gne-other-1: a 国务院公报 resolution's headline broken over two lines in the text
        (
            "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议",
            ["关于批准财政部发行特别国债购买外汇及", "调整2007年末国债余额限额的决议"],
        ),
    ],
)  # fmt: skip
def test_the_headline_shown_again_opening_the_text_is_not_text(heading: str, lines: list) -> None:
    """The text box opens with the headline again in other words (short lines, no sentence mark,
    one of them a piece of the title): a heading block, not text (LABELLING, corpus43)."""
    block = "".join(f"<p><strong>{line}</strong></p>" for line in lines)
    rec = run(f"<h2>{heading}</h2><div>发布时间：2024-06-17 06:30</div>"
              f"<div class='content'>{block}<p>{PROSE}</p><p>{PROSE[:40]}</p></div>")  # fmt: skip
    assert rec["title"] == heading
    assert rec["body"] == f"{PROSE}\n\n{PROSE[:40]}"


def test_short_opening_lines_that_are_no_piece_of_the_title_stay() -> None:
    """Two short opening lines that repeat nothing of the headline (a poem's title and its
    author) are text."""
    rec = run(f"<h1>{TITLE}</h1><div>发布时间：2024-06-17 06:30</div>"
              f"<div class='content'><p>夜雨</p><p>唐代 白居易</p><p>{PROSE}</p></div>")  # fmt: skip
    assert rec["body"] == f"夜雨\n\n唐代 白居易\n\n{PROSE}"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("王小明／綜合報導", "王小明"),  # digitimes' byline, no JSON-LD to name him
        ("王小明/即時報導", "王小明"),
        ("國際中心／綜合報導", "國際中心"),  # a desk, as before
        ("台北市／綜合報導", None),  # a place credits no one
    ],
)
def test_a_writer_a_slash_and_the_reports_kind_under_the_headline(line: str, author: str) -> None:
    """``楊智家／綜合報導`` under a headline names its writer as ``記者X／台北報導`` does."""
    rec = run(f"<h1>{TITLE}</h1><div>2024/09/06 02:50</div><div>{line}</div>{TEXT}")
    assert rec["author"] == author
    assert rec["body"] == PROSE  # the byline line is no text (the repeated paragraph goes too)


EVENT = "<div class='content'><p>3月5日，第五届创新创业大赛总决赛在高新区创业大厦举行。</p>" + (
    f"<p>{PROSE}</p><p>{PROSE}</p></div>"
)
PUBDATE = "<meta name='PubDate' content='2024-03-05 10:20'>"


@pytest.mark.parametrize(
    ("above", "text", "head", "url", "published"),
    [
        # the text's event on the head's day is not the page's date (LABELLING.md: dates in the
        # text's events are not the page's date): PubDate alone, the address's day alone
        ("", EVENT, PUBDATE, "http://www.example.cn/news/1234.html", None),
        ("", EVENT, "", "http://www.example.cn/2024/03/05/1234.html", None),
        # the same month and day shown outside the text (a yearless line under the headline)
        ("<div>03-05 10:20</div>", TEXT, PUBDATE, "http://www.example.cn/news/1234.html",
         "2024-03-05T10:20:00+08:00"),
        ("<div>03/05</div>", TEXT, "", "http://www.example.cn/2024/03/05/1234.html",
         "2024-03-05"),
        # the full date in the text shows it
        ("", TEXT.replace("</div>", "<p>大赛于2024年3月5日举行。</p></div>"), "",
         "http://www.example.cn/2024/03/05/1234.html", "2024-03-05"),
        # a day only the address names, nothing shown (unlabelled pool, 0427qy.com's 价格问题)
        ("", TEXT, "", "http://www.example.cn/news/help/2019-01-21/31.html", None),
    ],
)  # fmt: skip
def test_a_head_or_address_day_shown_only_as_the_texts_event_is_no_date(
    above: str, text: str, head: str, url: str, published: str | None
) -> None:
    """dates63: a day the head or the address names is the reader's only where the page shows
    it: its month and day (or clock) outside the article's paragraphs, or its full date
    anywhere; a month-day inside the paragraphs is the text's own event."""
    rec = run(f"<h1>{TITLE}</h1>{above}{text}", f"<title>{TITLE}</title>{head}", url=url)
    assert rec["published_at"] == published
