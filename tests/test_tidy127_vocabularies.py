"""tidy127: the vocabularies written once (English calendar words, counter words, back-link words)
and the rules built from them, each caller keeping the exact set it read before."""

from __future__ import annotations

import pytest

from incubator_crawler.article import back_links, counters
from incubator_crawler.article.category import from_home, short_items
from incubator_crawler.article.meta_marks import _SLOT_PUBLISH_LABELS
from incubator_crawler.article.people.beside_date import _POSTED_ON_LABELS
from incubator_crawler.article.people.names import _DATE_WORD_RE
from incubator_crawler.article.title import _home_trail_line
from incubator_crawler.calendar_words import (
    MONTH_ABBRS,
    WEEKDAY_ABBRS,
    WEEKDAY_STEMS,
    alternatives,
    with_longer,
)
from incubator_crawler.listing.links import EN_DAY_RE


def test_calendar_words() -> None:
    assert MONTH_ABBRS == (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    )  # fmt: skip
    assert WEEKDAY_ABBRS == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert WEEKDAY_STEMS == ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
    assert with_longer(WEEKDAY_ABBRS) == (
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    )  # fmt: skip
    assert with_longer(("Sep", "Oct"), longest_first=True) == ("Sept", "Sep", "Oct")
    assert alternatives(("Jan", "Feb"), lower=True) == "jan|feb"


def test_counter_and_back_link_words() -> None:
    # 热度 and 点击 after a count joined the shared words (robust115, the lead's answer)
    assert counters.VIEW_WORDS == ("点击", "點擊", "浏览", "瀏覽", "阅读", "閱讀", "热度", "熱度")
    assert counters.VIEW_WORDS_SIMPLIFIED == ("点击", "浏览", "阅读", "热度")
    assert counters.READ_WORDS == ("点击", "點擊", "浏览", "瀏覽", "阅读", "閱讀")
    assert counters.either(counters.COMMENT_WORDS) == "评论|評論|回复|回覆"
    # no word starts another: the order of an alternation built from them changes no match
    words = counters.VIEW_WORDS + counters.COMMENT_WORDS + counters.SEEN_WORDS
    assert [(a, b) for a in words for b in words if a != b and b.startswith(a)] == []
    assert back_links.COLUMN_WORDS + back_links.UP_WORDS == (
        "栏目", "欄目", "列表", "上一级", "上级", "上一級", "上級",
    )  # fmt: skip


def test_each_caller_keeps_its_set() -> None:
    # the slot byline's date labels are the publish date's own in both scripts (robust115, the
    # lead's answer); the posted-on labels leave out 本站发表 and add 發布於
    assert _SLOT_PUBLISH_LABELS == "发布日期|发布时间|發佈日期|發佈時間|發布日期|發布時間"
    assert _POSTED_ON_LABELS == "发表于|发布于|發表於|發佈於|發布於"


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Tues", True),
        ("Wednes", True),
        ("Satur.", True),
        ("Thursday", True),
        ("Sept 3", True),
        ("May 3", True),
        ("May. 3", False),  # a dot only after the other months' abbreviations
        ("Marc", False),
    ],
)
def test_names_date_words(text: str, matched: bool) -> None:
    assert (_DATE_WORD_RE.match(text) is not None) is matched


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Thurs, May 22", True),
        ("Thur, May 22", True),  # one weekday set for every caller (robust115)
        ("Wednes, May 22", True),
        ("Sept. 3", True),
        ("Friday, 22 May 2015", True),
    ],
)
def test_list_day_headings(text: str, matched: bool) -> None:
    assert (EN_DAY_RE.fullmatch(text) is not None) is matched


def test_home_trails() -> None:
    assert short_items(["首页", "要闻"]) is True
    assert short_items(["首页", ""]) is False
    assert from_home(["首页 ", "园区 动态"]) is True
    assert from_home(["新闻", "要闻"]) is False
    # a 14-character home item: the category's text trail takes it, title's trail line does not
    assert from_home(["abcdefghijkl首页", "要闻"]) is True
    assert _home_trail_line("abcdefghijkl首页 > 要闻") is False
    assert _home_trail_line("首页 > 要闻") is True
