"""Hong Kong paper and broadcaster templates (misses52): a masthead clock, a deck, a text cut into
repeated wrappers, a head picture's caption in the body box.

Why: docs/benchmarks.md, misses52; the labels' reasons: tests/real/LABELLING.md (corpus41).
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.labels import split_labelled_line

HEADLINE = "冷鋒來襲連凍9日 今低見17℃"
DECK = "有雨兼潮濕 下周新界或9℃"
SECOND = "天文台預計，本港今起天氣顯著轉涼，最低氣溫跌至17度，且多雲有一兩陣雨，下周初氣溫再下調。"


def _masthead_page(clock: str) -> dict:
    """晴報 (hknewsbackend-skypost-2224904): a weather widget and a clock over the menu, then the
    h1, the deck in an h3 of its own, the date line and the text; <title> joins h1 and deck."""
    return run(
        "<div class='weather'><span>21°C</span></div>"
        f"<div class='clock'>{clock}</div>"
        "<ul><li><a href='/hk'>港聞</a></li><li><a href='/fin'>財經/地產</a></li></ul>"
        f"<div><h3></h3><h1>{HEADLINE}</h1><h3>{DECK}</h3></div>"
        "<div><span>2018/12/07</span></div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p></div>",
        f"<title>{HEADLINE} {DECK} - 晴報 - 港聞</title>",
    )


@pytest.mark.parametrize(
    "clock",
    [
        "香港時間：2018年12月07日 星期五 16:14",
        "北京时间：2018年12月07日 16:14",
        "當前時間：2018-12-07 16:14",
    ],
)
def test_a_masthead_clock_is_no_meta_line_and_the_deck_no_title(clock: str) -> None:
    """The clock's now is no date of the article (the widget over it is no headline); the h3
    under the h1 is a deck though <title> joins both."""
    rec = _masthead_page(clock)
    assert rec["title"] == HEADLINE
    assert rec["published_at"] == "2018-12-07"
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


@pytest.mark.parametrize("reading", ["21°C", "33º", "17℃", "63%", "17-21℃"])
def test_a_weather_widgets_reading_is_never_the_title(reading: str) -> None:
    """A reading between a plain headline line and the date line, <title> no help."""
    rec = run(
        f"<div>{HEADLINE}</div><div><span>{reading}</span></div><div>2018/12/07</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p></div>",
        "<title>晴報</title>",
    )
    assert rec["title"] == HEADLINE


def test_a_clock_label_is_no_publish_label() -> None:
    """``香港時間：…`` names the clock's zone: an other date (``event``), never ``published``."""
    fields = split_labelled_line("香港時間：2018年12月07日 星期五 16:14")
    assert "published" not in fields
    assert fields["event"] == "2018年12月07日 星期五 16:14"
    published = split_labelled_line("發佈時間：2018年12月07日 16:14")["published"]
    assert published == "發佈時間：2018年12月07日 16:14"


def test_a_headline_broken_inside_its_own_heading_is_still_joined() -> None:
    """The deck rule stops only at another heading: ``<h1>A<br>B</h1>`` stays one headline."""
    rec = run(
        f"<div><h1>港府拒帶頭停工　林鄭謊言遭狂轟<br>「攞市民條命較飛」</h1></div>"
        f"<div>2018-09-18</div><div><p>{PROSE}</p><p>{SECOND}</p></div>",
        "<title>港府拒帶頭停工 林鄭謊言遭狂轟 「攞市民條命較飛」 | 蘋果日報</title>",
    )
    # the ideographic space between the headline's two phrases is kept as written
    # (hknewsbackend-appledaily-20502187's label; LABELLING.md decide76)
    assert rec["title"] == "港府拒帶頭停工\u3000林鄭謊言遭狂轟「攞市民條命較飛」"


INTRO = "【本報訊】「山竹」遠離香港，市民還未回氣，就因特首拒絕港府帶頭全港停工，數十萬打工仔昨早要在無巴士、火車下趕上班，結果引爆交通大混亂，港鐵大圍站更一度有逾萬人等車。民主、建制議員狠批特首「堅離地」，有打工仔更怒斥「攞市民條命較飛」。"
PART2 = "早在周日晚上，民主黨及工黨等已呼籲政府非緊急服務帶頭停工，但政府未有理會，只呼籲僱主以互諒互讓態度處理員工上班，結果全港數十萬打工仔淪為上班難民；更有市民要爬過倒塌大樹、走過充滿玻璃雜物的大街徒步上班。"
LONG = [
    f"面對交通大混亂，逾八千市民在網上留言，絕大部份均是不滿未有宣佈停工，第{n}批留言更直指政府離地。"
    * 4
    for n in "一二三"
]


def _part(inner: str) -> str:
    return (
        "<div class='ArticleContent_Outer'><div class='ArticleContent'>"
        f"<div class='ArticleContent_Inner'>{inner}</div></div></div><div class='clear'></div>"
    )


def _photo(caption: str) -> str:
    return (
        f"<div class='photo_right'><a title='{caption}' href='/p.jpg'><img src='/s.jpg' "
        f"alt='{caption}'><span>{caption}</span></a></div>"
    )


def _paper_page(parts: str) -> dict:
    return run(
        "<div>2018年09月18日</div><h1>港府拒帶頭停工</h1><div>128,967</div>"
        f"<div class='Article' id='masterContent'>{parts}</div>"
        "<div><a href='/1'>東鐵巴士齊跪低</a> <a href='/2'>的士冚旗揀客</a></div>",
        "<title>港府拒帶頭停工 | 蘋果日報</title>",
    )


def test_a_text_cut_into_repeated_div_wrappers_is_read_whole() -> None:
    """蘋果日報 (hknewsbackend-appledaily-20502187): the intro and each sub-heading's part in
    one nest of divs of the same classes, picture boxes between them: every part is the text,
    the captions in the article box with it."""
    rec = _paper_page(
        _photo("大批上水居民昨趕上班，引爆交通大混亂。謝志輝攝")
        + _part(f"<p class='ArticleIntro'>{INTRO}</p>")
        + _photo("特首林鄭月娥")
        + _part(f"<p>{PART2}</p>")
        + _part(f"<h2>運輸署：今晨開通幹道</h2><p>{'<br><br>'.join(LONG)}</p>")
    )
    assert rec["body"] == "\n\n".join(
        [
            "大批上水居民昨趕上班，引爆交通大混亂。謝志輝攝",
            INTRO,
            "特首林鄭月娥",
            PART2,
            "運輸署：今晨開通幹道",
            *LONG,
        ]
    )
    assert rec["extraction"]["body"] == "density:sections"


def test_repeated_wrappers_that_are_dated_records_are_not_widened() -> None:
    """Comments of one class, each with its own date line, are records, not parts of the text."""
    comment = f"<div class='item'><div class='who'>網友 2018-09-18 10:00</div><p>{PART2}</p></div>"
    rec = run(
        "<h1>港府拒帶頭停工</h1><div>2018-09-18</div>"
        f"<div class='main'><div class='item'><p>{'<br>'.join(LONG)}</p></div>"
        f"{comment}{comment}</div>",
        "<title>港府拒帶頭停工</title>",
    )
    assert rec["body"] == "\n\n".join(LONG)


def _k2_page(caption: str, extra: str = "") -> dict:
    """RTHK's K2 item (hknews-rthk-1542567): div.itemBody holds the slideshow with its caption
    line, then div.itemFullText."""
    return run(
        "<h2>李家超︰美國想用所謂制裁恫嚇 不會得逞</h2><div>2020-08-08 HKT 15:02</div>"
        "<div class='itemBody'><div class='itemImageContainer'><div class='itemSlideShow'><ul><li>"
        "<a href='#'><div><img src='/m.jpg' alt='x'></div></a>"
        f"<div class='detailNewsSlideTitle'><div class='detailNewsSlideTitleText'>{caption}</div>"
        f"</div></li></ul></div></div>{extra}<div class='itemFullText'>{PROSE}<br>{SECOND}</div>"
        "</div>",
        "<title>李家超︰美國想用所謂制裁恫嚇 不會得逞 - RTHK</title>",
    )


def test_a_head_pictures_caption_in_the_body_box_opens_the_text() -> None:
    cap = "李家超表示，維護國家安全是天公地義的事，美國想用所謂制裁作恫嚇，不會得逞。（港台圖片）"
    rec = _k2_page(cap)
    assert rec["body"] == f"{cap}\n\n{PROSE}\n\n{SECOND}"
    assert rec["extraction"]["body"] == "density(caption above)"


@pytest.mark.parametrize(
    ("caption", "extra"),
    [
        # a picture's label with no sentence is no caption of the text
        ("港台圖片", ""),
        # more than the picture beside the text box (a summary box): the box stays alone
        ("李家超表示不會得逞。（港台圖片）", "<div class='summary'>美國宣布制裁十一名官員。</div>"),
    ],
)
def test_other_lines_above_the_text_box_are_left_out(caption: str, extra: str) -> None:
    rec = _k2_page(caption, extra)
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


def _heading_bar_page(bar: str, url: str) -> dict:
    """頭條日報 (hknews-headline-874104): the section's heading bar, a dropdown of sections and
    a list of the day's stories between it and the h1."""
    sections = "".join(
        f"<li><a href='/news/daily/{s}/'>{s}</a></li>" for s in "中國 國際 地產 財經 體育".split()
    )
    stories = "".join(
        f"<li><a href='/news/daily/hk/{n}/'>港聞第{n}則新聞標題</a></li>" for n in range(1, 13)
    )
    return run(
        f"<div class='heading'>{bar}<div class='dropdown'><a href='#'>選擇分類</a>"
        f"<ul>{sections}</ul></div></div><ul class='stories'>{stories}</ul>"
        f"<h1>全民免費檢測 最快兩周後展開</h1><div>2020-08-08 列印</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p></div>",
        "<title>全民免費檢測 最快兩周後展開 | 頭條日報</title>",
        url=url,
    )


DAILY = "https://hd.stheadline.com/news/daily/hk/874104/"
REALTIME = "https://hd.stheadline.com/news/realtime/hk/1840833/"


@pytest.mark.parametrize(
    ("bar", "url", "category"),
    [
        # the levels parted by an arrow: the last leads to the section that holds the page
        (
            "<h3><a href='/news/daily/日報/'>日報新聞</a><span> &gt; "
            "<a href='/news/daily/hk/'>港聞</a></span></h3>",
            DAILY,
            "日報新聞 > 港聞",
        ),
        # the separator drawn by the style sheet: the links walk down the page's folders
        (
            "<h3><a href='/news/realtime/'>即時新聞</a><span><a href='/news/realtime/hk/'>港聞</a>"
            "</span></h3>",
            REALTIME,
            "即時新聞 > 港聞",
        ),
    ],
)
def test_a_sections_heading_bar_of_its_levels_is_the_trail(
    bar: str, url: str, category: str
) -> None:
    rec = _heading_bar_page(bar, url)
    assert rec["category"] == category
    assert rec["extraction"]["breadcrumb"] == "chain:heading"


@pytest.mark.parametrize(
    "bar",
    [
        # a box's tabs side by side: the second leads to a sibling section, not into the first
        "<h3><a href='/news/realtime/'>即時新聞</a><a href='/news/daily/'>日報新聞</a></h3>",
        # arrows, but the last level is another section than the page's
        "<h3><a href='/news/daily/'>日報新聞</a> &gt; <a href='/news/daily/china/'>中國</a></h3>",
        # a box's heading and its 更多 link
        "<h3><a href='/news/realtime/hk/'>港聞</a> &gt; <a href='/news/realtime/hk/'>更多</a></h3>",
    ],
)
def test_other_headings_far_above_the_title_are_no_trail(bar: str) -> None:
    assert _heading_bar_page(bar, REALTIME)["category"] is None
