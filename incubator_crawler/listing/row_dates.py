"""What a row's date looks like: full, relative and English dates, clock times, periods."""

from __future__ import annotations

import re

from ..calendar_words import MONTH_ABBRS, MONTHS, WEEKDAY_FORMS, alternatives, with_longer
from .entries import LIST_DATE_RE, date_beside, row_date, selector_text
from .rows import element_text, record_tail

#: A full date, as list rows print it in a tooltip (``<span title="2020-7-30">3 天前</span>``).
FULL_DATE_RE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
#: Relative dates of forums and feeds: 3 天前, 15 分钟前, 刚刚, 昨天 12:30.
_RELATIVE_DATE_RE = re.compile(r"\d+\s*(?:秒|分钟|小时|天|周)前|刚刚|昨天|前天")


#: A time of day printed alone beside a row: 10:05, 9:30:12.
_CLOCK_RE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")


#: A day heading without its year (4月22日), beside the list dates.
_MONTH_DAY_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


# A month's name or abbreviation (May is a name already; ``Sept`` as well), each longer form
# first; a weekday's name or abbreviation (calendar_words.WEEKDAY_FORMS, the one set)
_MONTH_ABBRS = [a for a in with_longer(MONTH_ABBRS, longest_first=True) if a != "May"]
_EN_MONTH = rf"(?:{alternatives(MONTHS, lower=True)}|{alternatives(_MONTH_ABBRS, lower=True)})\.?"
_EN_WEEKDAY = rf"(?:(?:{alternatives(WEEKDAY_FORMS, lower=True)})\.?,?\s+)?"
#: An English day heading, the whole text: May 22, 2015 / Friday, 22 May / Sept. 3.
EN_DAY_RE = re.compile(
    rf"(?i){_EN_WEEKDAY}(?:{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_EN_MONTH})"
    r"(?:,?\s+\d{4})?"
)
#: An English month heading, the whole text: May 2024, Sept. 2023.
_EN_MONTH_RE = re.compile(rf"(?i){_EN_MONTH}\s+\d{{4}}")


def is_day(text: str) -> bool:
    """True when a short heading names a day (2015-05-22, 4月22日, 2015年5月22日 星期五,
    May 22, 2015, Friday, 22 May)."""
    text = text.strip()
    return bool(
        FULL_DATE_RE.search(text) or _MONTH_DAY_RE.search(text) or EN_DAY_RE.fullmatch(text)
    )


#: A month heading of an archive list (2024年5月, 2024-05).
_MONTH_RE = re.compile(r"^\D{0,4}\d{4}\s*(?:年\s*\d{1,2}\s*月|[-/.]\d{1,2})\D{0,4}$")
#: A year heading of a blog's archive (2023, 2023年), the whole text.
_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年?")


def is_period(text: str) -> bool:
    """True when a short heading names a day, a month or a year (a dated archive's boxes)."""
    text = text.strip()
    return is_day(text) or bool(
        _MONTH_RE.match(text) or _EN_MONTH_RE.fullmatch(text) or _YEAR_RE.fullmatch(text)
    )


def record_date(link, row) -> str | None:
    """The date printed beside ``link``: in its li/tr/div row, else in the list's record ``row``
    or the siblings after it that complete an unwrapped record (:func:`.rows.record_tail`).

    Without a printed date, a full date in an element's ``title`` (forums print 3 天前 and
    put the date in the tooltip), then a relative date, then a time of day alone (rolling
    news), still mark the row as dated.
    """
    found = row_date(link)
    if found:
        return found
    holder = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::dt or self::p][1]")
    box = holder[0].root if holder else row
    if row is not None and row is not link.root:
        found = date_beside(link, " ".join(" ".join(row.itertext()).split()))
        if found:
            return found
    # Rows not wrapped: the date follows the title in the next siblings (<h3/><dl>date</dl>).
    found = date_beside(link, record_tail(row))
    if found:
        return found
    # A card whose link wraps the whole record prints the date inside the link, in an
    # element of its own (<a><span>2022-06-30</span>标题</a>); a date in the title's words
    # is not one.
    for node in link.root.iterdescendants():
        if isinstance(node.tag, str):
            text = element_text(node).strip("[]()（）【】 ")
            if text and (LIST_DATE_RE.fullmatch(text) or _RELATIVE_DATE_RE.fullmatch(text)):
                return text
    if box is None or box is link.root:
        return None
    for node in box.iter():
        title = node.get("title") if isinstance(node.tag, str) and node is not link.root else None
        match = FULL_DATE_RE.search(title or "")
        if match:
            return match.group(0)
    text = " ".join(" ".join(box.itertext()).split())
    match = _RELATIVE_DATE_RE.search(text)
    if match:
        return match.group(0)
    # Rolling news prints today's rows with the time alone (10:05); the title's own words
    # (会议10:30举行) are left out.
    match = _CLOCK_RE.search(text.replace(selector_text(link), " ", 1))
    return match.group(0) if match else None


#: Rows whose date a group of links inside them would borrow (badges in a thread's row).
_RECORD_TAGS = ("li", "tr", "dd")


def dates_of_one_record(container, dates: list) -> bool:
    """True when a group's dates all come from one record around it: links inside one row
    of another list (a poster's badges, a story's tags) borrow that row's one date, and
    are no list of dated rows."""
    if container is None or not any(a.tag in _RECORD_TAGS for a in container.iterancestors()):
        return False
    text = element_text(container)
    return not any(d and d in text for d in dates)


def is_list_date(text: str) -> bool:
    return bool(LIST_DATE_RE.fullmatch(text.strip("[]()（）【】 ")) or is_day(text))
