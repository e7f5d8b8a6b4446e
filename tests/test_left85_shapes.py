"""Small people and source shapes earlier rounds noticed and left (left85, issue 10), one synthetic page each.

Each shape is written as a page of our own (the page builder of tests/test_policy_people.py, or a
minimal page where the shape needs its own markup) with its negative neighbours:

- ``本报 记者 X`` under the headline, a blank inside the paper's title (pool83): the author is X
  (LABELLING.md, Decisions: People: role words such as 本报记者 are no part of the name);
- ``人民网-黑龙江频道 记者 X``, a hyphen inside the outlet (pool83): author X, the outlet the source
  (labelcheck5: an outlet inside the byline is the source), as pool83's ``新华网黑龙江频道 记者 X``;
- yqxbc's ``发布时间：01-18 来源：about云`` beside a headline with two commas (misses40): the 来源 is
  read; a date without a year gives none (misses75);
- cuasia.org's ``作者:IT/Social Media Team``: one team (seventh round: a team in the 作者 slot is kept
  as written), not two names split at the slash;
- PTT's header cells ``作者 | TyuzuChou (子瑜我老婆)`` opening the text: the author is TyuzuChou
  (corpus28, Names: a nickname in brackets after the name is no part of it);
- sohu's 2004 ``[ 黄宇 ] 来源：[ 国际金融报 ]``: no author (the lead's decision, principle (d): nothing
  labels the bracketed name a writer);
- ``<script>document.write('来源：X')</script>``: the line a reader sees is read (decide79).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_shapes import run
from test_policy_people import DATE, P1, P2, P3, case, page

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import names  # noqa: E402

CASES = [
    # --- the paper's own title with a blank inside it ---
    case("own-paper-blank-title-under-headline", {"under": "本报 记者 张明华"}, "张明华"),
    case("own-paper-blank-inside-mark", {"under": "本 报 记者 张明华"}, "张明华"),
    case("own-paper-ideographic-blanks", {"under": "本报\u3000记者\u3000张明华"}, "张明华"),
    case(
        "own-paper-blank-title-two-writers",
        {"under": "本报 记者 张明华 通讯员 王小红"},
        "张明华 王小红",
    ),
    case("own-paper-blank-title-opening-text", {"first": "本报 记者 张明华"}, "张明华"),
    # neighbours: the title glued, and a byline element holding the title first
    case("own-paper-title-glued", {"under": "本报记者 张明华"}, "张明华"),
    case(
        "byline-element-title-first",
        {"under": "<span class='author'>记者 张明华 通讯员 王小红</span>"},
        "张明华 王小红",
    ),
    # --- an outlet with a hyphen before 记者 ---
    case(
        "hyphen-channel-outlet-reporter",
        {"under": "人民网-黑龙江频道 记者 张明华"},
        "张明华",
        None,
        "人民网-黑龙江频道",
    ),
    case(
        "hyphen-channel-outlet-two-reporters",
        {"under": "新华网-黑龙江频道 记者 伊琳 李清芬"},
        "伊琳 李清芬",
        None,
        "新华网-黑龙江频道",
    ),
    case(
        "hyphen-channel-outlet-opening-text",
        {"first": "人民网-黑龙江频道 记者 张明华"},
        "张明华",
        None,
        "人民网-黑龙江频道",
    ),
    # neighbours: hyphenated words that are no outlet are the writer's unit, no source (people3's unit
    # before the names; pool83's ``新闻中心 记者 X``), and never the whole line as a writer
    case("hyphen-unit-reporter", {"under": "高新区-管委会 记者 张明华"}, "张明华"),
    case("hyphen-words-reporter", {"under": "科技-创新 记者 张明华"}, "张明华"),
    case("hyphen-office-reporter", {"under": "新闻中心-宣传部 记者 张明华"}, "张明华"),
    case("hyphen-outlet-alone", {"under": "人民网-黑龙江频道"}),
    # --- a slash inside a team's name ---
    case(
        "latin-team-with-slash",
        {"info": f"{DATE} 作者:IT/Social Media Team"},
        "IT/Social Media Team",
    ),
    case("latin-team", {"info": f"{DATE} 作者:Social Media Team"}, "Social Media Team"),
    # neighbours: a slash between two people's names still parts them
    case("slash-between-two-names", {"info": f"{DATE} 作者:张明华/王小红"}, "张明华 王小红"),
    case(
        "slash-between-two-latin-names",
        {"info": f"{DATE} 作者:John Smith/Jane Doe"},
        "John Smith,Jane Doe",
    ),
    case("latin-name-cjk-nickname", {"info": f"{DATE} 作者：PN Wu (小平)"}, "PN Wu"),
    # --- sohu 2004: a name in brackets with no label before 来源 ---
    case(
        "bracketed-name-before-source",
        {"info": "BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]"},
        None,
        None,
        "国际金融报",
    ),
    case("bracketed-name-after-date", {"info": "2004年7月16日08:19 [ 黄宇 ]"}),
    # --- a script that writes the 来源 line ---
    case(
        "script-writes-source-line",
        {"info": f"{DATE} <span><script>document.write('来源：科技日报')</script></span>"},
        None,
        None,
        "科技日报",
    ),
    case(
        "script-writes-source-then-author",
        {
            "info": f"{DATE} <script type='text/javascript'>document.write(\"来源：科技日报\");</script> 作者：张明华"
        },
        "张明华",
        None,
        "科技日报",
    ),
    # neighbours: a script that builds the line from a variable, or writes markup, is not read
    case(
        "script-builds-source-line",
        {"info": f"{DATE} <script>var s='科技日报'; if (s) document.write('来源：' + s);</script>"},
    ),
    case(
        "script-writes-markup",
        {"info": f"{DATE} <script>document.write('<a href=\"/\">首页</a>')</script>"},
    ),
]


@pytest.mark.parametrize(("kw", "author", "editor", "source"), CASES)
def test_left85_people_and_source(
    kw: dict, author: str | None, editor: str | None, source: str | None
) -> None:
    rec = page(**kw)
    got = (names(rec["author"]), names(rec["editor"]), rec["source"])
    assert got == (names(author), names(editor), source)


def test_hyphen_outlet_byline_is_cut_from_the_text() -> None:
    rec = page(first="人民网-黑龙江频道 记者 张明华")
    assert rec["body"] == "\n\n".join((P1, P2, P3))


# yqxbc (storm/1432): the meta line is a text node in the headline's own div, after the headline's
# div; a headline with two commas made that div prose, so no meta line was found
def _headline_div_page(title: str, meta: str, side: str = "") -> dict:
    body = (
        "<div class='nav'><a href='/'>首页</a> <a href='/bcsj/'>编程设计</a></div>"
        f"<div class='art_title'><div>{title}</div><a href='/'>yqxbc</a>  {meta}</div>"
        f"<div class='art_body'><div class='art_content'>{P1}<br />{P2}<br />{P3}</div></div>"
        + (f"<div class='side'>{side}</div>" if side else "")
    )
    return run(body, head=f"<title>{title}</title>")


COMMAS = "总体认识storm包括概念，场景，组成"


@pytest.mark.parametrize(
    ("title", "meta", "published", "source"),
    [
        (COMMAS, "发布时间：01-18 来源：about云 浏览：23次", None, "about云"),
        (
            "总体认识storm包括概念场景组成",
            "发布时间：01-18 来源：about云 浏览：23次",
            None,
            "about云",
        ),
        (COMMAS, "发布时间：2016-01-18 来源：about云 浏览：23次", "2016-01-18", "about云"),
        # neighbour: a month and a day with no publish label before them is no date line's
        (COMMAS, "01-18 热门文章", None, None),
    ],
    ids=["yearless-commas", "yearless-no-commas", "full-date-commas", "yearless-no-label"],
)
def test_yearless_meta_line_beside_a_headline_with_commas(
    title: str, meta: str, published: str | None, source: str | None
) -> None:
    rec = _headline_div_page(title, meta)
    assert (rec["published_at"][:10] if rec["published_at"] else None, rec["source"]) == (
        published,
        source,
    )


def test_a_sidebars_yearless_rows_give_no_source() -> None:
    rows = "".join(
        f"<li><a href='/a/{i}.html'>园区企业获评专精特新第{i}批名单公布</a> 发布时间：01-1{i} 来源：某某日报</li>"
        for i in range(1, 5)
    )
    rec = _headline_div_page(COMMAS, "浏览：23次", f"<h3>热门文章</h3><ul>{rows}</ul>")
    assert (rec["published_at"], rec["source"]) == (None, None)


def test_a_team_with_a_slash_is_one_name() -> None:
    # corpus.names parts at the slash too, so the value is compared whole
    assert page(info=f"{DATE} 作者:IT/Social Media Team")["author"] == "IT/Social Media Team"
    assert page(info=f"{DATE} 作者:张明华/王小红")["author"] == "张明华、王小红"


# PTT: the post's header cells (作者 / 看板 / 標題 / 時間) inside the text's container, the headline
# found only in og:title
def _ptt_page(cells: str, after: str = "") -> dict:
    body = (
        "<div id='topbar'><a href='/bbs/'>批踢踢實業坊</a> › <a href='/bbs/Beauty/index.html'>看板 Beauty</a></div>"
        f"<div id='main-content' class='bbs-screen bbs-content'>{cells}"
        f"{P1}\n{P2}\n{P3}\n{after}--\n<span class='f2'>※ 發信站: 批踢踢實業坊(ptt.cc)</span></div>"
    )
    return run(
        body,
        head="<title>[正妹] 橋本環奈 - 看板 Beauty - 批踢踢實業坊</title>"
        "<meta property='og:title' content='[正妹] 橋本環奈'>",
        url="https://www.ptt.cc/bbs/Beauty/M.1499790734.A.833.html",
    )


def _cell(tag: str, value: str, cls: str = "article-metaline") -> str:
    return (
        f"<div class='{cls}'><span class='article-meta-tag'>{tag}</span>"
        f"<span class='article-meta-value'>{value}</span></div>"
    )


PTT_CELLS = (
    _cell("作者", "TyuzuChou (子瑜我老婆)")
    + _cell("看板", "Beauty", "article-metaline-right")
    + _cell("標題", "[正妹] 橋本環奈")
    + _cell("時間", "Wed Jul 12 00:32:12 2017")
)


def test_ptt_header_cells_name_the_account() -> None:
    assert _ptt_page(PTT_CELLS)["author"] == "TyuzuChou"


def test_an_author_cell_after_the_text_began_is_no_header() -> None:
    assert _ptt_page("", after=_cell("作者", "TyuzuChou (子瑜我老婆)"))["author"] is None
