"""English month and weekday names: the one spelling every English date rule builds on.

The article's date, byline and writer rules and the list finder's day headings each read English
dates (``Thu, 02 Aug 2018``, ``By X on December 13, 2016``, ``Friday, 22 May``); each builds its
pattern from these names. It sits in the base layer: the list finder and the article code both
import it.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The months, January first (a month's number is its place plus one).
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
#: The months' three-letter abbreviations, in the same order (Jan … Dec).
MONTH_ABBRS = tuple(m[:3] for m in MONTHS)
#: The weekdays, Monday first.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The weekdays' three-letter abbreviations (Mon … Sun).
WEEKDAY_ABBRS = tuple(d[:3] for d in WEEKDAYS)
#: Each weekday's name before its ``day`` (mon, tues, wednes …): a rule writes ``(?:…)day``.
WEEKDAY_STEMS = tuple(d[: -len("day")] for d in WEEKDAYS)
#: The longer abbreviations pages print besides (``Sept. 3``, ``Tues.``, ``Thurs.``), by the
#: three-letter one they extend.
_LONGER_ABBRS = {"Sep": ("Sept",), "Tue": ("Tues",), "Thu": ("Thur", "Thurs")}


def with_longer(abbrs: Iterable[str], *, longest_first: bool = False) -> tuple[str, ...]:
    """``abbrs`` with each one's longer forms after it (``Sep``, ``Sept``), or before it with
    ``longest_first`` (``Sept``, ``Sep``)."""
    out: list[str] = []
    for abbr in abbrs:
        forms = (abbr, *_LONGER_ABBRS.get(abbr, ()))
        out.extend(reversed(forms) if longest_first else forms)
    return tuple(out)


#: Every form of a weekday a rule reads, one set for every caller (the lead, session 27): each
#: day's name, stem and abbreviations, longest first (``Thursday``, ``Thurs``, ``Thur``,
#: ``Thu``; ``Wednesday``, ``Wednes``, ``Wed``), so an alternation takes the whole word.
WEEKDAY_FORMS = tuple(
    form
    for day, stem, abbr in zip(WEEKDAYS, WEEKDAY_STEMS, WEEKDAY_ABBRS, strict=True)
    for form in sorted(dict.fromkeys((day, stem, *with_longer((abbr,)))), key=len, reverse=True)
)


def alternatives(words: Iterable[str], *, lower: bool = False) -> str:
    """``words`` as a regex alternation in their order (``Jan|Feb|…``), lower-cased with
    ``lower``."""
    return "|".join(w.lower() if lower else w for w in words)
