"""The ``values`` mode of benchmarks/variants.py: other VALUES at each dev page's labelled spot.

The other kinds of variants.py keep the date, the trail and the headline each dev page happens to
carry and change the markup around them. This mode keeps the markup and changes the value, then
expects the new value (robust118, issue 10):

- published: at the labelled date's spot, the date is replaced by a seeded draw of another day
  written in another real-world shape, in the page's own separators and padding where the shape
  has any (``DATE_SHAPES``: another year, a single-digit month and day, a two-digit year with its
  clock, a 12-hour clock with 上午 / 下午 / AM / PM, 二〇二三年五月七日, 民國112年, a weekday after
  the date, seconds, the date glued to its label with no colon, full-width digits, the first day
  of a month or of a year). The page's other writings of the labelled day (a PubDate meta, JSON-LD,
  the address's ``/2021/0611/`` or ``t20210611``, a second line) are moved to the new day in their
  own shapes, so the page is what it would be had it been published that day; the expected value
  is the new day at the precision the spot shows (its clock when it shows one).
- category: the trail's leaf and middle items renamed (``TRAIL_SHAPES``: a long name, a name with
  digits, an English one, a word of the headline), wherever the page names them as a whole text
  (its menu, a column heading, a segment of ``<title>``); the expected leaf is the new one.
- title: the headline rewritten (``TITLE_SHAPES``: a year or a date in it, 《》 or “” quotes,
  a 【栏目】 column prefix on the heading alone that the rule strips, 60+ characters), in the
  heading, ``<title>`` and the meta titles; the expected title is the new headline (without the
  prefix).

Each (page, field, shape) is one variant; a page whose field is wrong on the round-tripped page
is not counted. Outcomes: right, null (nothing given), wrong (another value).

    .venv/bin/python benchmarks/variants.py --values [--field published] [--kind SHAPE] [-v]
"""

from __future__ import annotations

import copy
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

import corpus  # noqa: E402  (tests/real, put on the path by variants.py)
from variants import (  # noqa: E402
    FIELDS,
    MONTHS,
    _date_re,
    _text_nodes,
    _trail_parts,
    compact,
    extract,
    find_spot,
    first_value,
    load_tree,
    right,
    serialise,
    visible,
)

VALUE_FIELDS = ("published", "category", "title")

# ------------------------------------------------------------------------------ dates
CN_DIGITS = "〇一二三四五六七八九"
WEEKDAYS = "一二三四五六日"
FULL_WIDTH = str.maketrans("0123456789-/.:", "０１２３４５６７８９－／．：")
#: a clock written after the date in the spot's text node (kept or replaced by the shape)
CLOCK_AFTER_RE = re.compile(r"^(\s*)(\d{1,2}:\d{2}(?::\d{2})?)")
CLOCK_ANY_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


@dataclass
class Form:
    """How the page writes its date: the separators and whether month and day are padded."""

    sep: str  # "-", "/", "." or "年" (年月日)
    padded: bool

    def write(self, y: int, m: int, d: int, padded: bool | None = None) -> str:
        pad = self.padded if padded is None else padded
        mm, dd = (f"{m:02d}", f"{d:02d}") if pad else (str(m), str(d))
        if self.sep == "年":
            return f"{y}年{mm}月{dd}日"
        return f"{y}{self.sep}{mm}{self.sep}{dd}"


def page_form(value: str) -> Form:
    """The form of the labelled date as the spot shows it (``2021年6月11日``, ``2021-06-11``)."""
    m = re.match(r"(\d{4})\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", value)
    if m is None:
        return Form("-", True)
    padded = len(m[3]) == 2 and len(m[4]) == 2 and (m[3][0] == "0" or m[4][0] == "0")
    if len(m[3]) == 2 and len(m[4]) == 2 and not padded:
        padded = True  # 2021-11-21: two digits anyway; padding is what a CMS template does
    return Form(m[2], padded)


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_number(n: int) -> str:
    """五, 十, 十一, 二十, 三十一: a month or a day in Chinese numerals."""
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else CN_DIGITS[tens]) + "十" if tens else "") + (
        CN_DIGITS[ones] if ones else ""
    )


@dataclass
class DateDraw:
    """One drawn shape: the spot's new text, the expected value, whether the old clock stays."""

    text: str
    expected: str  # 2023-05-07, 2023-05-07T15:05 or 2023-05-07T14:32:09
    keeps_clock: bool = True
    glue_label: bool = False


def _clock(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(8, 17), rng.randint(1, 59), rng.randint(1, 59)


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _draw_day(rng: random.Random, old: tuple[int, int, int]) -> tuple[int, int, int]:
    while True:
        y, m = rng.randint(2009, 2024), rng.randint(1, 12)
        d = rng.randint(1, 28)
        if (y, m, d) != old and y != old[0]:
            return y, m, d


def shape_other_year(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y = old[0]
    while y == old[0]:
        y = rng.randint(2009, 2024)
    m, d = old[1], min(old[2], 28)
    return DateDraw(form.write(y, m, d), _iso(y, m, d))


def shape_single_digits(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, _, _ = _draw_day(rng, old)
    m, d = rng.randint(1, 9), rng.randint(1, 9)
    return DateDraw(form.write(y, m, d, padded=False), _iso(y, m, d))


def shape_short_year_clock(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, d = _draw_day(rng, old)
    h, mi, _ = _clock(rng)
    return DateDraw(f"{y % 100:02d}-{m:02d}-{d:02d} {h:02d}:{mi:02d}",
                    f"{_iso(y, m, d)}T{h:02d}:{mi:02d}", keeps_clock=False)  # fmt: skip


def _twelve_hour(word: str, after: bool) -> Callable[..., DateDraw]:
    def shape(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
        y, m, d = _draw_day(rng, old)
        pm = word in ("下午", "PM")
        h12, mi = rng.randint(1, 11), rng.randint(1, 59)
        h24 = h12 + 12 if pm else h12
        clock = f"{h12}:{mi:02d} {word}" if after else f"{word}{h12}:{mi:02d}"
        return DateDraw(f"{form.write(y, m, d)} {clock}", f"{_iso(y, m, d)}T{h24:02d}:{mi:02d}",
                        keeps_clock=False)  # fmt: skip

    return shape


def shape_cn_numerals(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, d = _draw_day(rng, old)
    return DateDraw(f"{cn_year(y)}年{cn_number(m)}月{cn_number(d)}日", _iso(y, m, d))


def shape_roc(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, d = _draw_day(rng, old)
    return DateDraw(f"民國{y - 1911}年{m}月{d}日", _iso(y, m, d))


def shape_weekday(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, d = _draw_day(rng, old)
    return DateDraw(f"{form.write(y, m, d)} 星期{WEEKDAYS[date(y, m, d).weekday()]}", _iso(y, m, d))


def shape_seconds(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, d = _draw_day(rng, old)
    h, mi, s = _clock(rng)
    return DateDraw(f"{form.write(y, m, d)} {h:02d}:{mi:02d}:{s:02d}",
                    f"{_iso(y, m, d)}T{h:02d}:{mi:02d}:{s:02d}", keeps_clock=False)  # fmt: skip


def shape_glued(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, d = _draw_day(rng, old)
    return DateDraw(form.write(y, m, d), _iso(y, m, d), glue_label=True)


def shape_full_width(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, d = _draw_day(rng, old)
    return DateDraw(form.write(y, m, d).translate(FULL_WIDTH), _iso(y, m, d))


def shape_month_start(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, m, _ = _draw_day(rng, old)
    return DateDraw(form.write(y, m, 1), _iso(y, m, 1))


def shape_year_start(rng: random.Random, form: Form, old: tuple[int, int, int]) -> DateDraw:
    y, _, _ = _draw_day(rng, old)
    return DateDraw(form.write(y, 1, 1), _iso(y, 1, 1))


DATE_SHAPES: dict[str, Callable[..., DateDraw]] = {
    "other-year": shape_other_year,
    "single-digits": shape_single_digits,
    "short-year-clock": shape_short_year_clock,
    "clock-上午": _twelve_hour("上午", after=False),
    "clock-下午": _twelve_hour("下午", after=False),
    "clock-AM": _twelve_hour("AM", after=True),
    "clock-PM": _twelve_hour("PM", after=True),
    "cn-numerals": shape_cn_numerals,
    "roc": shape_roc,
    "weekday": shape_weekday,
    "seconds": shape_seconds,
    "glued-label": shape_glued,
    "full-width": shape_full_width,
    "month-start": shape_month_start,
    "year-start": shape_year_start,
}


def _day_re(y: int, m: int, d: int) -> re.Pattern[str]:
    """The labelled day in any numeric writing (its separators and padding captured), and the
    compact ``20210611`` / ``2021/0611`` / ``202106/11`` forms of addresses."""
    return re.compile(
        rf"(?<!\d){y}(\s*[-/.年]\s*)(0?){m}(\s*[-/.月]\s*)(0?){d}(?!\d)"
        rf"|(?<!\d){y}(/?){m:02d}(/?){d:02d}(?!\d)"
    )


def move_day(text: str, old: tuple[int, int, int], new: tuple[int, int, int]) -> str:
    """``text`` with each writing of the ``old`` day turned to the ``new`` one, in its shape."""
    y, m, d = new
    rx = _day_re(*old)

    def repl(mt: re.Match[str]) -> str:
        if mt[1] is not None:
            # padded where a 0 shows it, or where month and day both had two digits in a
            # numeric form (a CMS pads; 2021年11月21日 tells nothing, so it stays unpadded)
            pad = bool(mt[2] or mt[4]) or (old[1] >= 10 and old[2] >= 10 and "年" not in mt[1])
            mm, dd = (f"{m:02d}", f"{d:02d}") if pad else (str(m), str(d))
            return f"{y}{mt[1]}{mm}{mt[3]}{dd}"
        return f"{y}{mt[5]}{m:02d}{mt[6]}{d:02d}"

    text = rx.sub(repl, text)
    # the day in words (``May 24, 2007``, ``24 May 2007``, ``Mon, 24 May 2007``)
    oy, om, od = old
    name = MONTHS[om - 1]
    words = re.compile(rf"\b({name}[a-z]*\.? ){od}(, {oy})\b|\b{od}( {name}[a-z]*\.?,? ){oy}\b")
    new_name = MONTHS[m - 1]
    return words.sub(lambda mt: f"{new_name} {d}, {y}" if mt[1] else f"{d} {new_name} {y}", text)


def _move_day_everywhere(root: Any, old: tuple[int, int, int], new: tuple[int, int, int],
                         clock: str | None = None) -> None:  # fmt: skip
    """Every text node and attribute of the page (head and scripts too) moved to the new day;
    with ``clock`` (the shape's own), the clock written right after the day too, as a CMS
    writes one publish time in its PubDate, JSON-LD and line alike."""
    y, m, d = new
    after = re.compile(
        rf"({y}\D{{1,3}}0?{m}\D{{1,3}}0?{d}\D{{0,2}}?(?:T|\s+))\d{{1,2}}:\d{{2}}(:\d{{2}}(?:\.\d+)?)?"
        r"(?P<zone>\s*(?:Z|[+-]\d{2}:?\d{2}))?"
    )

    def in_zone(mt: re.Match[str]) -> str:
        # the clock in the zone the value is written in (article:published_time in UTC is the
        # shown Beijing clock less eight hours, the day before when that is before midnight);
        # a value with no zone is the shown clock
        zone = (mt["zone"] or "").strip()
        seconds = clock[5:] or (mt[2] or "")[:3]
        if not zone:
            return f"{mt[1]}{clock[:5]}{seconds}"
        hours = 0 if zone == "Z" else int(zone[:3])
        local = datetime(y, m, d, int(clock[:2]), int(clock[3:5]))
        there = local - timedelta(hours=8 - hours)
        if there.date() != local.date() and not re.fullmatch(r"\d{4}-\d{2}-\d{2}T", mt[1]):
            return mt[0]  # another day in a form not rebuilt here: left as it was
        head = f"{there:%Y-%m-%d}T" if there.date() != local.date() else mt[1]
        return f"{head}{there:%H:%M}{seconds}{mt['zone']}"

    def move(value: str) -> str:
        value = move_day(value, old, new)
        if clock:
            value = after.sub(in_zone, value)
        return value

    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and str(old[0]) in value:
                setattr(el, attr, move(value))
        for key, value in el.attrib.items():
            if str(old[0]) in value:
                el.set(key, move(value))


def date_variant(page: dict[str, Any], root: Any, shape: str, seed: int,
                 ) -> tuple[bytes, dict[str, Any], str] | None:  # fmt: skip
    """(page bytes, new label, the spot's new text) of one date shape, or None where the
    shape does not apply (no spot; a glued label where the spot shows none beside the date)."""
    gold = page.get("published") or ""
    spot = find_spot(root, page, "published")
    if spot is None or len(gold) < 10:
        return None
    old = (int(gold[:4]), int(gold[5:7]), int(gold[8:10]))
    rng = random.Random(f"{seed}:{page['id']}:published:{shape}")
    draw = DATE_SHAPES[shape](rng, page_form(spot.value), old)
    new_day = tuple(int(x) for x in draw.expected[:10].split("-"))
    tree = copy.deepcopy(root)
    rx = _date_re(page)
    owner = tree.getroottree().xpath(root.getroottree().getpath(spot.el))[0]
    for node, attr in _text_nodes(owner):
        text = getattr(node, attr)
        mt = rx.search(text or "")
        if mt is None or mt.group(0) != spot.value:
            continue
        start, end = mt.start(), mt.end()
        clock = CLOCK_AFTER_RE.match(text[end:])
        if clock and not draw.keeps_clock:
            end += clock.end()
        if not draw.keeps_clock and CLOCK_ANY_RE.search(visible(spot.line).replace(text, "")):
            return None  # the line shows its clock in another span (``<span>23:16</span>``)
        if draw.glue_label:
            lab = re.search(r"(发布时间|发布日期|日期|时间|發布時間|發佈時間|發布日期|發表於|发表于)"
                            r"\s*[:：]\s*$", text[:start])  # fmt: skip
            if lab is None:
                return None
            start = lab.start() + len(lab[1])
        setattr(node, attr, text[:start] + "\ue901" + text[end:])
        break
    else:
        return None
    _move_day_everywhere(tree, old, new_day, None if draw.keeps_clock else draw.expected[11:])
    for node, attr in _text_nodes(owner):
        text = getattr(node, attr)
        if "\ue901" in text:
            setattr(node, attr, text.replace("\ue901", draw.text))
    # a shape that keeps the page's clock is scored to the day, as benchmarks/real.py scores the
    # page (the clock the base reads may be a meta's); one that writes its own clock, to it
    expected = draw.expected
    label = dict(page, published=expected, url=move_day(page.get("url") or "", old, new_day))
    return serialise(tree), label, draw.text


def published_outcome(pred: dict[str, Any], expected: str) -> str:
    """right / null / wrong: the prediction's digits against the expected value's, to its
    precision (the day, the minute or the second the spot shows)."""
    value = pred.get("published_at") or ""
    if len(value) > 19 and value[19:] not in ("+08:00", ".000+08:00"):
        # a clock written in another zone (``12:14:00+00:00``) is the same moment as the shown
        # Beijing clock (``20:14``): compared in UTC+8, as the page shows it
        try:
            value = (
                datetime.fromisoformat(value).astimezone(timezone(timedelta(hours=8))).isoformat()
            )
        except ValueError:
            pass
    got = re.sub(r"\D", "", value)
    want = re.sub(r"\D", "", expected)
    if not got:
        return "null"
    return "right" if got[: len(want)] == want else "wrong"


# ------------------------------------------------------------------------------ trails
#: Column names drawn for each trail shape (leaf) and the ordinary names of middle items
TRAIL_NAMES = {
    "long": (
        "科技成果转化与知识产权服务专栏",
        "中小企业公共服务平台建设工作动态",
        "创新创业孵化载体绩效评价公示",
    ),
    "digits": ("2024年工作动态", "5G应用专区", "12345热线回复", "第3届创新大赛"),
    "english": ("News", "Events", "Press Releases"),
}
MIDDLE_NAMES = ("园区动态", "综合服务", "信息公开", "政务要闻", "新闻中心", "工作通知")
TRAIL_SHAPES = ("long", "digits", "english", "headline-word")


def _headline_word(title: str, rng: random.Random) -> str | None:
    """A two- to four-character run of Chinese characters from the headline."""
    runs = [r for r in re.findall(r"[\u4e00-\u9fff]{2,}", title)]
    if not runs:
        return None
    run = rng.choice(runs)
    n = min(len(run), rng.randint(2, 4))
    at = rng.randint(0, len(run) - n)
    return run[at : at + n]


def _rename_whole(root: Any, names: dict[str, str]) -> None:
    """Each text node (and <title> segment) that is exactly an old name gets the new one."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and value.strip() in names:
                setattr(el, attr, value.replace(value.strip(), names[value.strip()]))
        if el.tag == "title" and el.text:
            parts = re.split(r"(\s*[-_|｜—]+\s*)", el.text)
            el.text = "".join(names.get(p.strip(), p) if p.strip() in names else p for p in parts)


def trail_variant(page: dict[str, Any], root: Any, shape: str, seed: int,
                  ) -> tuple[bytes, dict[str, Any], str] | None:  # fmt: skip
    spot = find_spot(root, page, "category")
    if spot is None:
        return None
    parts = _trail_parts(spot.el)
    if parts is None:
        return None
    items = [t for t, _ in parts[1]]
    leaf = first_value(page, "category")
    if not items or compact(items[-1]) != compact(leaf or ""):
        return None  # the trail closes with another item (the headline): leave it
    rng = random.Random(f"{seed}:{page['id']}:category:{shape}")
    new_leaf = (_headline_word(page.get("title") or "", rng) if shape == "headline-word"
                else rng.choice(TRAIL_NAMES[shape]))  # fmt: skip
    if not new_leaf or new_leaf in items:
        return None
    names = {items[-1]: new_leaf}
    middle = [n for n in MIDDLE_NAMES if n not in items]
    rng.shuffle(middle)
    for old, new in zip(items[1:-1], middle, strict=False):
        names.setdefault(old, new)
    tree = copy.deepcopy(root)
    _rename_whole(tree, names)
    trail = tree.getroottree().xpath(root.getroottree().getpath(spot.el))[0]
    for node, attr in _text_nodes(trail):
        text = getattr(node, attr)
        for old in sorted(names, key=len, reverse=True):
            text = re.sub(rf"(?<![\w]){re.escape(old)}(?![\w])", names[old], text)
        setattr(node, attr, text)
    label = dict(page, category=" > ".join(names.get(t, t) for t in items))
    for key in ("author", "source"):
        # the leaf that names the account or outlet too (thepaper's ``澎湃号 > 中国广州发布``,
        # the account that is the author): renamed, it names the new one in both places
        value = page.get(key)
        if value == items[-1] or isinstance(value, list) and value == [items[-1]]:
            label[key] = [new_leaf] if isinstance(value, list) else new_leaf
    return serialise(tree), label, " > ".join(names.get(t, t) for t in items)


# ------------------------------------------------------------------------------ titles
TITLE_SHAPES = ("year-lead", "date-tail", "quotes-book", "quotes-curly", "column-prefix", "long")
LONG_TAIL = (
    "——暨科技企业孵化器高质量发展推进会议在市民服务中心召开并发布年度工作要点"
    "和支持初创企业入驻园区的十项具体措施"
)
COLUMNS = ("新闻", "通知公告", "转载")


def _new_headline(title: str, shape: str, rng: random.Random) -> tuple[str, str] | None:
    """(what the heading shows, the expected title)."""
    half = max(2, len(title) // 2)
    y, m, d = rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28)
    if shape == "year-lead":
        new = f"{y}年{title}"
    elif shape == "date-tail":
        new = f"{title}（{y}年{m}月{d}日）"
    elif shape == "quotes-book":
        new = f"《{title[:half]}》{title[half:]}"
    elif shape == "quotes-curly":
        new = f"“{title[:half]}”{title[half:]}"
    elif shape == "column-prefix":
        return f"【{rng.choice(COLUMNS)}】{title}", title
    else:
        new = title + LONG_TAIL[: max(0, 62 - len(title))]
    return new, new


def title_variant(page: dict[str, Any], root: Any, shape: str, seed: int,
                  ) -> tuple[bytes, dict[str, Any], str] | None:  # fmt: skip
    spot = find_spot(root, page, "title")
    title = page.get("title") or ""
    if spot is None or len(title) < 4 or len(spot.el) or not (spot.el.text or "").strip():
        return None  # a heading with markup inside (a badge, a line break): left as it is
    if shape == "column-prefix" and title[:1] in "【[":
        return None  # the headline opens with a bracket of its own already
    rng = random.Random(f"{seed}:{page['id']}:title:{shape}")
    made = _new_headline(title, shape, rng)
    if made is None:
        return None
    shown, expected = made
    tree = copy.deepcopy(root)
    heading = tree.getroottree().xpath(root.getroottree().getpath(spot.el))[0]
    heading.text = heading.text.replace(heading.text.strip(), shown)
    if shape != "column-prefix":  # the prefix stands on the heading alone (the rule's shape)
        # every other writing of the headline (<title>, the meta titles, a trail's closing
        # item, a related link), its blanks as the page writes them
        loose = re.compile(r"[\s\u00a0\u3000]*".join(map(re.escape, title.split())))
        for el in tree.iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style"):
                continue
            if el.tag == "meta" and loose.search(el.get("content") or ""):
                el.set("content", loose.sub(lambda _: expected, el.get("content")))
            for attr in ("text", "tail"):
                value = getattr(el, attr)
                if value and not (el is heading and attr == "text") and loose.search(value):
                    setattr(el, attr, loose.sub(lambda _: expected, value))
    return serialise(tree), dict(page, title=expected), shown


MAKERS = {"published": date_variant, "category": trail_variant, "title": title_variant}
SHAPES = {"published": tuple(DATE_SHAPES), "category": TRAIL_SHAPES, "title": TITLE_SHAPES}


def outcome(field: str, pred: dict[str, Any], label: dict[str, Any]) -> str:
    """right / null / wrong of ``field`` against the variant's label."""
    if field == "published":
        return published_outcome(pred, label["published"])
    key = "category" if field == "category" else "title"
    if not pred.get(key):
        return "null"
    return "right" if right(corpus.score(pred, label), field) else "wrong"


def run_values(args: Any) -> int:
    """Each shape at each dev page's spot: right / null / wrong per shape and field."""
    fields = [args.field] if args.field in VALUE_FIELDS else list(VALUE_FIELDS)
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    if args.show:
        pages = [p for p in pages if p["id"] == args.show]
    table: dict[tuple[str, str], dict[str, int]] = {}
    t0, tried = time.perf_counter(), 0
    for page in pages:
        root = load_tree(page["html"])
        if root is None:
            continue
        base = extract(serialise(copy.deepcopy(root)), page)
        base_score = corpus.score(base, page)
        for field in fields:
            if not page.get(field) or not right(base_score, field):
                continue  # wrong before any change: not this mode's question
            for shape in SHAPES[field]:
                if args.kind and args.kind != shape:
                    continue
                made = MAKERS[field](page, root, shape, args.seed)
                if made is None:
                    continue
                html, label, shown = made
                pred = extract(html, label)
                tried += 1
                got = outcome(field, pred, label)
                row = table.setdefault(
                    (field, shape), {"right": 0, "null": 0, "wrong": 0, "other": 0}
                )
                row[got] += 1
                score = corpus.score(pred, label)
                others = [f for f in FIELDS if f != field and right(base_score, f)
                          and right(score, f) is False]  # fmt: skip
                row["other"] += bool(others)
                if args.show or (args.verbose and (got != "right" or others)):
                    key = "published_at" if field == "published" else field
                    print(f"{page['id']} {field} values:{shape}: {got}"
                          + (f", other broken {others}" if others else ""))  # fmt: skip
                    print(f"   shown: {shown!r}; expected {label[field]!r}")
                    print(
                        f"   got: {pred.get(key)!r} [{(pred.get('extraction') or {}).get(field)}]"
                    )
                    for f in others:
                        print(f"   {f}: {base.get(f)!r} -> {pred.get(f)!r}")
    print(f"{len(pages)} dev pages, {tried} value variants in {time.perf_counter() - t0:.0f} s"
          f" (seed {args.seed}, one a page, field and shape)")  # fmt: skip
    print("| field | shape | variants | right | null | wrong | other fields broken |")
    print("|---|---|---|---|---|---|---|")
    for (field, shape), row in table.items():
        n = row["right"] + row["null"] + row["wrong"]
        print(f"| {field} | {shape} | {n} | {row['right']} | {row['null']} | {row['wrong']} |"
              f" {row['other']} |")  # fmt: skip
    return 0
