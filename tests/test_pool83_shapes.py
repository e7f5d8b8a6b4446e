"""Source and author shapes the pool83 round found on unlabelled dev-side pages, one synthetic page each.

pool83 read every ``missed?`` row of ``benchmarks/unlabelled.py people`` on a fresh pool of
dev-side pages. Two shapes the chains missed are written here as pages of our own (the page
builder of tests/test_policy_people.py), each with its negative neighbours:

- a labelled value in brackets of its own (sohu.com's 2004 date line ``[ 黄宇 ] 来源：[ 国际金融报 ]``):
  LABELLING.md's Source rule keeps the text after the label, punctuation dropped, so the name
  inside the brackets; an opening bracket still ends a value before a page control (``【打印】``);
- an outlet, a blank and a reporter's title whose outlet ends in a channel or an app rather than
  网 / 报 (xinhuanet.com's ``新华网黑龙江频道 记者 伊琳 李清芬`` opening the text): the people after the
  title are the authors and the outlet is the source (labelcheck5: an outlet inside the byline is
  the source; corpus43: such a line opening the text is cut); under the headline the outlet was
  read as a writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_policy_people import DATE, P1, P2, P3, case, page

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import names  # noqa: E402

CASES = [
    # --- a labelled value in its own brackets ---
    case(
        "source-square-brackets-spaced",
        {"info": "BUSINESS.SOHU.COM 2004年7月16日08:19 来源：[ 国际金融报 ]"},
        None,
        None,
        "国际金融报",
    ),
    case(
        "source-square-brackets-linked",
        {"info": "2004年7月16日08:19 来源：[ <a href='http://www.ifnews.com/'>国际金融报</a> ]"},
        None,
        None,
        "国际金融报",
    ),
    case(
        "source-lenticular-brackets-then-author",
        {"info": f"{DATE} 来源：【科技日报】 作者：张明华"},
        "张明华",
        None,
        "科技日报",
    ),
    case(
        "source-brackets-then-bracketed-author",
        {"info": f"{DATE} 来源: [新华网] [作者：张明华]"},
        "张明华",
        None,
        "新华网",
    ),
    case("editor-lenticular-brackets", {"trailer": "编辑：【李晓】"}, None, "李晓"),
    # negative neighbours: the brackets hold a page control, or the value stands before them
    case("source-slot-then-print-control", {"info": f"{DATE} 来源：【打印】【关闭】"}),
    case("source-slot-then-font-control", {"info": f"{DATE} 来源：【字体：大 中 小】"}),
    # chinapolicy.net's empty slots before the font-size options (dev chinapolicy-debug-article)
    case(
        "empty-slots-then-size-options",
        {"info": "2025-05-07 17:10:28 来源: 作者: 【大 中 小】 浏览:13次"},
    ),
    case(
        "source-then-print-control",
        {"info": f"{DATE} 来源：科技日报【打印】【关闭】"},
        None,
        None,
        "科技日报",
    ),
    # --- an outlet, a blank, a reporter's title ---
    case(
        "channel-outlet-reporters-under-title",
        {"under": "新华网黑龙江频道 记者 伊琳 李清芬"},
        "伊琳 李清芬",
        None,
        "新华网黑龙江频道",
    ),
    case(
        "channel-outlet-reporters-opening-text",
        {"info": "2005年08月16日 来源：新华网", "first": "新华网黑龙江频道 记者 伊琳 李清芬"},
        "伊琳 李清芬",
        None,
        "新华网",
    ),
    case("online-outlet-reporter", {"under": "浙江在线 记者 张明华"}, "张明华", None, "浙江在线"),
    case(
        "portal-app-dot-joined-reporter",
        {"under": "大众网·海报新闻 记者 张明华"},
        "张明华",
        None,
        "大众网·海报新闻",
    ),
    case(
        "paper-media-centre-reporter-correspondent",
        {"under": "长江日报融媒体 记者 张明华 通讯员 王小红"},
        "张明华 王小红",
        None,
        "长江日报融媒体",
    ),
    # negative neighbours: a unit before the title is the writer's unit, no outlet
    case("news-office-reporter", {"under": "新闻中心 记者 张明华"}, "张明华"),
    case("department-reporter", {"under": "宣传部 记者 张明华"}, "张明华"),
    case("outlet-by-ending-reporter", {"under": "东方网 记者 张明华"}, "张明华", None, "东方网"),
]


@pytest.mark.parametrize(("kw", "author", "editor", "source"), CASES)
def test_pool83_people_and_source(
    kw: dict, author: str | None, editor: str | None, source: str | None
) -> None:
    rec = page(**kw)
    got = (names(rec["author"]), names(rec["editor"]), rec["source"])
    assert got == (names(author), names(editor), source)


def test_channel_outlet_byline_is_cut_from_the_text() -> None:
    rec = page(info="2005年08月16日 来源：新华网", first="新华网黑龙江频道 记者 伊琳 李清芬")
    assert rec["body"] == "\n\n".join((P1, P2, P3))
