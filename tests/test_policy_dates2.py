"""Publish dates crossed with the markup real CMSs print, one synthetic page per combination.

tests/test_policy_dates.py (policy68) holds the date shapes LABELLING.md names; this generative
pass (dates80, as policy73's trail cross in test_policy_fields2.py) takes the same decisions (the
date shown with the article; an update date only when no publish date is shown; a shown date
beats the URL and the head; ROC years converted; a midnight to the second is a day) and prints
them the ways site builders do: every common label x every date and clock format x every place
(the meta line under the title, a span beside 来源, a table cell, a line after the text, the trail
row, a ``<time>``), then with the dated furniture around an article (a sidebar or related list,
上一篇/下一篇 rows, a comment, a header clock, the footer's year, a URL day and a PubDate meta weeks
away). Combinations the policy does not decide are left out. No labelled page was opened.
"""

from __future__ import annotations

import pytest
from test_policy_fields import HEADER, P1, P2, P3, P4, TRAIL, page, text

URL = "http://www.hitech.example.cn/xwzx/yqdt/1234.html"
SOURCE = "<span>来源：高新区科技局</span>"

# label -> the labels a publish date is printed behind (更新时间 and 发文日期 / 成文日期 are taken
# when they are the only date the page shows: Fields, corpus22)
LABELS = {
    "fbsj": "发布时间：",
    "fbrq": "发布日期：",
    "sj": "时间：",
    "rq": "日期：",
    "fby": "发表于 ",
    "gxsj": "更新时间：",
    "trad": "發佈時間：",
    "fwrq": "发文日期：",
    "half-colon": "发布时间:",
    "spaced-colon": "发布时间 ： ",
    "fabu": "发布：",
    "none": "",
}
# publish labels with no colon (a bracketed label, a blank after it): read in the meta line, the
# table, a <time> and the trailer; in the trail row not yet (left out)
NO_COLON_LABELS = {"no-colon": "发布时间 ", "bracketed": "【发布时间】"}
# format -> (printed, ISO, precision)
FORMATS = {
    "dash": ("2024-05-20", "2024-05-20", "day"),
    "slash": ("2024/5/20", "2024-05-20", "day"),
    "dot": ("2024.05.20", "2024-05-20", "day"),
    "cjk": ("2024年5月20日", "2024-05-20", "day"),
    "cjk-padded": ("2024年05月20日", "2024-05-20", "day"),
    "dash-minute": ("2024-05-20 14:30", "2024-05-20T14:30", "minute"),
    "slash-second": ("2024/5/20 14:30:15", "2024-05-20T14:30:15", "second"),
    "dot-minute": ("2024.05.20 14:30", "2024-05-20T14:30", "minute"),
    "cjk-minute": ("2024年5月20日 14:30", "2024-05-20T14:30", "minute"),
    "cjk-second": ("2024年05月20日 14:30:15", "2024-05-20T14:30:15", "second"),
    "afternoon": ("2024年5月20日 下午2:30", "2024-05-20T14:30", "minute"),
    "morning": ("2024-05-20 上午9:05", "2024-05-20T09:05", "minute"),
    "midnight-second": ("2024/5/20 0:00:00", "2024-05-20", "day"),
    "cjk-clock-words": ("2024年5月20日14时30分", "2024-05-20T14:30", "minute"),
    "cjk-clock-words-spaced": ("2024年5月20日 14时30分", "2024-05-20T14:30", "minute"),
    "afternoon-clock-words": ("2024年5月20日下午2时30分", "2024-05-20T14:30", "minute"),
    "afternoon-spaced": ("2024-05-20 下午 2:30", "2024-05-20T14:30", "minute"),
    "pm": ("2024-05-20 02:30 PM", "2024-05-20T14:30", "minute"),
    "weekday-clock": ("2024年5月20日 星期一 14:30", "2024-05-20T14:30", "minute"),
    "weekday-bracketed": ("2024-05-20（星期一）", "2024-05-20", "day"),
    "unpadded-clock": ("2024-5-20 8:6", "2024-05-20T08:06", "minute"),
    "iso-t": ("2024-05-20T14:30:15", "2024-05-20T14:30:15", "second"),
    "slash-padded": ("2024/05/20", "2024-05-20", "day"),
    "dot-unpadded": ("2024.5.20", "2024-05-20", "day"),
    "cjk-second-unpadded": ("2024年5月20日 14:30:15", "2024-05-20T14:30:15", "second"),
}
# a bare date in brackets (no label before it)
BRACKETED_DATES = {
    "square": ("[2024-05-20]", "2024-05-20", "day"),
    "lenticular": ("【2024-05-20 14:30】", "2024-05-20T14:30", "minute"),
    "paren": ("(2024-05-20)", "2024-05-20", "day"),
}
# read behind a label only: an ROC year (vac.gov.tw's 發布日期：113-03-27; unlabelled 113-05-20
# could be anything) and a date in Chinese numerals (a 成文 line's shape)
LABELLED_ONLY = {
    "cn-numerals": ("二〇二四年五月二十日", "2024-05-20", "day"),
    "roc-dash": ("113-05-20", "2024-05-20", "day"),
    "roc-cjk": ("113年5月20日", "2024-05-20", "day"),
    "roc-minguo": ("民國113年5月20日 14:30", "2024-05-20T14:30", "minute"),
}


def _table(line: str) -> str:
    return f"<table class='attr'><tr><td>{SOURCE}</td><td>{line}</td></tr></table>"


# place -> page parts holding the date line
PLACES = {
    "meta": lambda line: {"meta": f"<div class='info'>{line} {SOURCE}</div>"},
    "span": lambda line: {"meta": f"<div class='info'>{SOURCE}<span>{line}</span></div>"},
    "table": lambda line: {"meta": _table(line)},
    "after": lambda line: {
        "meta": "",
        "body": text(P1, P2, P3, P4) + f"<div class='foot'><p>{line}</p></div>",
    },
    "time": lambda line: {
        "meta": f"<div class='info'><time>{line}</time> {SOURCE}</div>",
    },
}


def _got(out: dict) -> tuple:
    return out["published_at"], out["published_precision"]


def _run(parts: dict) -> tuple:
    parts.setdefault("url", URL)
    return _got(page(**parts))


def _same(got: tuple, iso: str | None, precision: str | None) -> bool:
    """The extraction equals the policy's date: its ISO prefix and precision."""
    value, prec = got
    if iso is None:
        return value is None
    return bool(value) and value[: len(iso)] == iso and prec == precision


def _run(parts: dict) -> tuple:
    parts.setdefault("url", URL)
    out = page(**parts)
    return out["published_at"], out["published_precision"]


def _trail_row(line: str) -> dict:
    """The date closing the trail row above the headline (a CMS's position bar)."""
    return {
        "meta": "",
        "trail": TRAIL.replace("</div>", f" <span class='date'>{line}</span></div>"),
    }


# the trail row holds the article's date when a label says so; an unlabelled date there (a
# header clock's place too) the policy does not decide
LABELLED_PLACES = {**PLACES, "trail": _trail_row}


@pytest.mark.parametrize("place", sorted(LABELLED_PLACES))
def test_date_cross(place: str) -> None:
    """Each label x format in each place gives the shown date at the shown precision."""
    wrong = []
    for lname, label in LABELS.items():
        if not label and place not in PLACES:
            continue
        formats = {**FORMATS, **LABELLED_ONLY} if label else FORMATS
        for fname, (printed, iso, precision) in formats.items():
            got = _run(LABELLED_PLACES[place](label + printed))
            if not _same(got, iso, precision):
                wrong.append((lname, fname, got))
    assert not wrong, wrong


@pytest.mark.parametrize("place", sorted(PLACES))
def test_date_cross_no_colon_and_bracketed(place: str) -> None:
    """A publish label with no colon before every format, and a bare bracketed date."""
    wrong = []
    for lname, label in NO_COLON_LABELS.items():
        for fname, (printed, iso, precision) in FORMATS.items():
            if not _same(_run(PLACES[place](label + printed)), iso, precision):
                wrong.append((lname, fname))
    for fname, (printed, iso, precision) in BRACKETED_DATES.items():
        if not _same(_run(PLACES[place](printed)), iso, precision):
            wrong.append(("none", fname))
    assert not wrong, wrong


LATER = "<li><a href='/xwzx/yqdt/{0}.html'>园区企业签约仪式举行</a><span>{1}</span></li>"
URL_WEEKS = "http://www.hitech.example.cn/xwzx/yqdt/202406/t20240612_1234.html"
# dated furniture around the article, every date weeks from the article's 2024-05-20
DISTRACTORS = {
    "sidebar-later": {
        "sidebar": "<div class='side'><h3>最新动态</h3><ul>"
        + LATER.format(1, "2024-06-03")
        + LATER.format(2, "2024-05-28")
        + "</ul></div>"
    },
    "prev-next": {
        "after": "<div class='pn'><p>上一篇：<a href='/a/1.html'>园区召开安全生产工作会议</a> 2024-05-18</p>"
        "<p>下一篇：<a href='/a/2.html'>科技金融对接会成功举办</a>（2024-05-27）</p></div>"
    },
    "comment": {
        "after": "<div class='comments'><h3>网友评论</h3><p>张明 2024-05-25 09:12</p>"
        "<p>这次大赛办得很好，希望明年继续。</p></div>"
    },
    "header-clock": {
        "header": HEADER.replace(
            "<form>", "<span class='clock'>今天是：2024年6月3日 星期一</span><form>"
        )
    },
    "footer-year": {
        "footer": "<div class='footer'><p>Copyright © 2025 高新区管委会 版权所有</p></div>"
    },
    "related": {
        "after": "<div class='xgxw'><h3>相关阅读</h3><ul>"
        + LATER.format(3, "2024-06-11")
        + LATER.format(4, "2024-04-02")
        + "</ul></div>"
    },
    # corpus33: the path's day is not what a reader sees; decide76: the shown line wins over it
    "url-weeks": {"url": URL_WEEKS},
    # corpus22: a hidden PubDate meta that differs from the shown date is not used
    "pubdate-meta": {"head": "<meta name='PubDate' content='2024-06-10 09:00'>"},
    # both machine dates on one day: a labelled line still wins (corpus22, corpus33); an
    # unlabelled one yields to them (decide76), left out below
    "pubdate-meta-and-url": {
        "head": "<meta name='PubDate' content='2024-06-12 09:00'>",
        "url": URL_WEEKS,
    },
}


UNDER_TITLE = ("meta", "span", "table", "time")


def _left_out(dname: str, lname: str, place: str) -> bool:
    """Combinations the policy decides otherwise or not at all."""
    if lname == "rq" and dname.startswith("pubdate"):
        return True  # a bare 日期 against a PubDate: test_bare_date_label_against_pubdate
    if lname != "none":
        return False
    # decide76: an unlabelled line yields to the address backed by a second machine date, and an
    # unlabelled date below the text or in a <time> yields to the address's day (unchanged);
    # against a lone PubDate see test_unlabelled_line_against_pubdate
    if dname == "pubdate-meta":
        return place in UNDER_TITLE
    return dname == "pubdate-meta-and-url" or (dname == "url-weeks" and place in ("after", "time"))


@pytest.mark.parametrize("dname", sorted(DISTRACTORS))
def test_date_cross_distractors(dname: str) -> None:
    """The shown date wins over each dated distractor, in every place, labelled or not."""
    wrong = []
    for lname in ("fbsj", "rq", "trad", "none"):
        for place, make in PLACES.items():
            if _left_out(dname, lname, place):
                continue
            for fname in ("dash-minute", "cjk", "slash", "dot"):
                printed, iso, precision = FORMATS[fname]
                parts = make(LABELS[lname] + printed)
                for key, value in DISTRACTORS[dname].items():
                    parts[key] = parts.get(key, "") + value if key == "after" else value
                got = _run(parts)
                if not _same(got, iso, precision):
                    wrong.append((lname, place, fname, got))
    assert not wrong, wrong


@pytest.mark.xfail(
    strict=True,
    reason="policy clear (decide76 (c), corpus22: a shown date beats a hidden PubDate), but the "
    "extractor lets a lone meta tag beat an unlabelled date line (a bare date may be another "
    "item's); making the line win moved one test-half page from right to wrong (published .928 "
    "-> .922, dates80): which bare lines under the title are surely the article's?",
)
@pytest.mark.parametrize("place", UNDER_TITLE)
def test_unlabelled_line_against_pubdate(place: str) -> None:
    """An unlabelled date under the title beats a PubDate meta weeks away."""
    parts = PLACES[place]("2024-05-20 14:30")
    parts["head"] = DISTRACTORS["pubdate-meta"]["head"]
    assert _same(_run(parts), "2024-05-20T14:30", "minute")


def _box(*cells: tuple[str, str]) -> str:
    """A 信息公开 table: one label cell and one value cell a row."""
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in cells)
    return f"<table class='xxgk'>{rows}</table>"


def _line(text_: str) -> str:
    return f"<div class='info'>{text_}</div>"


INDEX = ("索引号：", "123/2024-00012")
PREV_NEXT = (
    "<div class='pn'><p>上一篇：<a href='/a/1.html'>园区召开安全生产工作会议</a> 2024-05-18</p>"
    "<p>下一篇：<a href='/a/2.html'>科技金融对接会成功举办</a>（2024-05-27）</p></div>"
)
COMMENT = (
    "<div class='comments'><h3>网友评论</h3><p>张明 2024-05-25 09:12</p>"
    "<p>这次大赛办得很好。</p></div>"
)
RELATED_LINK = (
    "<div class='gl'><p>关联稿件：<a href='/a/9.html'>关于举办大赛的通知</a> 2024-04-01</p></div>"
)
# competing labels and dates with no article date: (parts, ISO or None)
SHAPES: dict[str, tuple[dict, str | None]] = {
    # corpus22: 成文日期 is the signing date, not used when a 发布日期 / 发布时间 is shown
    "signed-then-published-box": (
        {"meta": _box(INDEX, ("成文日期：", "2024-05-10"), ("发布日期：", "2024-05-20"))},
        "2024-05-20",
    ),
    "published-then-signed-box": (
        {"meta": _box(("发布日期：", "2024-05-20"), ("成文日期：", "2024-05-10"))},
        "2024-05-20",
    ),
    "signed-then-published-line": (
        {"meta": _line("成文日期：2024-05-10 发布时间：2024-05-20 10:20")},
        "2024-05-20T10:20",
    ),
    "published-then-signed-line": (
        {"meta": _line("发布时间：2024-05-20 成文日期：2024-05-10")},
        "2024-05-20",
    ),
    # corpus22: 生成日期 or 发文日期 when it is the only date the box gives
    "generated-only-box": (
        {"meta": _box(INDEX, ("生成日期：", "2024-05-20"), ("发布机构：", "高新区管委会"))},
        "2024-05-20",
    ),
    "issued-only-box": (
        {"meta": _box(INDEX, ("发文日期：", "2024-05-20"), ("发布机构：", "高新区管委会"))},
        "2024-05-20",
    ),
    # Fields: an update date only when no publish date is shown, in any order or layout
    "published-then-updated-line": (
        {"meta": _line("发布时间：2024-05-20 更新时间：2024-06-02")},
        "2024-05-20",
    ),
    "updated-then-published-line": (
        {"meta": _line("更新时间：2024-06-02 发布时间：2024-05-20")},
        "2024-05-20",
    ),
    "published-then-updated-box": (
        {"meta": _box(("发布时间：", "2024-05-20"), ("更新时间：", "2024-06-02"))},
        "2024-05-20",
    ),
    "published-then-modified-box": (
        {"meta": _box(("发布日期：", "2024-05-20"), ("修改日期：", "2024-06-02"))},
        "2024-05-20",
    ),
    "published-then-updated-paragraphs": (
        {"meta": "<div class='info'><p>发布时间：2024-05-20</p><p>更新时间：2024-06-02</p></div>"},
        "2024-05-20",
    ),
    "updated-only-box": ({"meta": _box(INDEX, ("更新时间：", "2024-06-02"))}, "2024-06-02"),
    # corpus22: a date beside a 关联稿件 link belongs to the linked item
    "related-link-date": (
        {"meta": _line("发布日期：2024-05-20"), "after": RELATED_LINK},
        "2024-05-20",
    ),
    "print-date-after": (
        {"meta": _line("发布日期：2024-05-20 打印日期：2024-06-30")},
        "2024-05-20",
    ),
    "print-date-before": (
        {"meta": _line("打印时间：2024-06-30 发布日期：2024-05-20")},
        "2024-05-20",
    ),
    # decide76: a relative age after the date is no word of the line
    "relative-age-after": (
        {"meta": _line("2024-05-20 14:30（3天前） 来源：高新区科技局")},
        "2024-05-20T14:30",
    ),
    # no date shown with the article: the furniture's dates, the URL and the head give none
    "only-related-link": ({"meta": "", "after": RELATED_LINK}, None),
    "only-header-clock": ({"meta": "", **DISTRACTORS["header-clock"]}, None),
    "only-comment": ({"meta": "", "after": COMMENT}, None),
    "only-sidebar": ({"meta": ""}, None),
    "only-footer-year": ({"meta": "", **DISTRACTORS["footer-year"]}, None),
    "only-prev-next": ({"meta": "", "after": PREV_NEXT}, None),
    "only-url-day": ({"meta": "", "url": URL_WEEKS}, None),
    "only-pubdate-meta": ({"meta": "", **DISTRACTORS["pubdate-meta"]}, None),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_date_shape(name: str) -> None:
    """Competing date labels and furniture dates give the date LABELLING.md labels."""
    parts, iso = SHAPES[name]
    value = _run(dict(parts))[0]
    assert (value is None) if iso is None else bool(value) and value.startswith(iso), value


# gaps82: a 日期 label standing as a word of its own beats PubDate; glued after another item's
# value (two spans, no blank) it looks like the end of 生成日期 / 成文日期 and still counts witnesses
GLUED_DATE_LABEL = pytest.mark.xfail(
    strict=True,
    reason="policy clear (corpus22: a hidden PubDate that differs from the shown date is not used; "
    "gansu.gov.cn's 日期 line), but 日期 glued to the source's value (局日期) reads as a word's end, "
    "as a 信息公开 box's 生成日期 does beside a 发布日期 line the picker passed over (moe.gov.cn, dates80): "
    "telling two glued spans from one word is the meta line's span-boundary gap",
)


@pytest.mark.parametrize(
    "place", [pytest.param(p, marks=GLUED_DATE_LABEL) if p == "span" else p for p in UNDER_TITLE]
)
def test_bare_date_label_against_pubdate(place: str) -> None:
    """A 日期 line under the title beats a PubDate meta weeks away."""
    parts = PLACES[place]("日期：2024-05-20 14:30")
    parts["head"] = DISTRACTORS["pubdate-meta"]["head"]
    assert _same(_run(parts), "2024-05-20T14:30", "minute")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a lone 生成日期 line is a 信息公开 box's only date: shown, it beats the PubDate (the lead's
        # gaps98 decision; gaps82 expected the PubDate); beside a 发布日期 it still yields
        ("生成日期：2024-05-20 14:30", "2024-05-20"),
        ("date: 2024-05-20 14:30", "2024-06-10"),
    ],
)
def test_a_date_label_that_is_no_word_of_its_own_against_pubdate(line: str, day: str) -> None:
    """gaps82's neighbour: an English ``date:`` does not beat a PubDate meta weeks away as a
    shown 日期 does (dates80's hexo trap); a lone 生成日期 line does (gaps98)."""
    parts = PLACES["meta"](line)
    parts["head"] = DISTRACTORS["pubdate-meta"]["head"]
    assert _run(parts)[0][:10] == day
