"""Gated regex searches: look for a character a match can start with before running the pattern.

``re`` runs a pattern that starts with a lookbehind or an alternation of many literals
(``DATE_RE``, ``LABEL_RE``) in full at every position of the text; on Chinese text that was the
largest single cost of extraction after the parse (callgrind: ``sre_ucs2_match``). A one-class
pattern such as ``[\\d年〇零…]`` is scanned by ``re``'s fast character-set loop instead. So
``gated(pattern)`` reads the pattern's parse tree, collects every character its first consumed
character can be (lookarounds and anchors consume none), and its ``search`` / ``finditer`` run
the pattern only from the first such character on, and not at all when there is none.

``gated(pattern, each=True)`` goes further: the pattern is tried (``match``) only at each such
character, the gate finding the next one in between. That pays where a failed try costs a
lot at every position (``LABEL_RE``: a few hundred labels, a case-insensitive English group and a
lookbehind; ``DATE_RE``: eight alternatives) and the gate passes few characters. It may not
where they come in runs of failed tries (``STOP_RE``'s gate passes every digit for its ``N次浏览``
alternative: searched on from the first until its lookbehind alternatives of session 21 made each
try dearer; perf22). Callgrind decided each pattern's mode (docs/benchmarks.md, issue 14).

The gate is a case-sensitive class even for a case-insensitive part (re lowercases every
character a case-insensitive class scans, which doubled its cost): such a part's ASCII letters
are listed in both cases, with the few other characters re's case folding matches to them. A
pattern that opens with a one-character negative lookbehind (DATE_RE's ``(?<!\\d)``) has it
checked in the gate, after the character (``[…](?<!\\d(?s:.))``), so re still scans for the class
alone: a year's second digit is no longer a place to try DATE_RE.

The result is the pattern's own: no match can start before that character, and ``re`` lets
lookbehinds and ``\\b`` see text before ``pos`` (only ``^`` and ``\\A`` do not, and they cannot
match past position 0, where the search would start anyway). The gate is derived from the pattern
when the module is imported, so it follows any edit of the pattern; a pattern it cannot read (a
negated class, ``.``, a backreference, a case-insensitive non-ASCII letter, or one that can match
the empty string) is returned as is.
"""

from __future__ import annotations

import re
import sys
from _sre import unicode_iscased as _iscased  # what re itself asks of a character
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_CATEGORIES = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = tuple(
    getattr(sre_c, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(sre_c, name)
)
_GROUPS = tuple(
    getattr(sre_c, name) for name in ("SUBPATTERN", "ATOMIC_GROUP") if hasattr(sre_c, name)
)
_ZERO_WIDTH = (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT)


class _Unreadable(Exception):
    """The pattern holds something whose first character cannot be listed."""


# What re's IGNORECASE matches to an ASCII letter besides its two cases (Unicode case folding:
# ``(?i:s)`` matches ``ſ``); tests/test_article_gate.py checks the table against every code point.
_ASCII_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _esc(cp: int) -> str:
    return re.escape(chr(cp))


def _add_char(cp: int, out: set[str], ignore: bool) -> None:
    """Add one character; a case-insensitive ASCII letter with every character that matches it."""
    if ignore and _iscased(cp):
        ch = chr(cp)
        if not ch.isascii():
            raise _Unreadable("a case-insensitive non-ASCII letter")
        low = ch.lower()
        for c in low + low.upper() + _ASCII_CASE_EXTRAS.get(low, ""):
            out.add(_esc(ord(c)))
    else:
        out.add(_esc(cp))


def _add_members(op: Any, av: Any, out: set[str], ignore: bool) -> None:
    """Add the characters one LITERAL or IN item can match, as class members."""
    if op is sre_c.LITERAL:
        _add_char(av, out, ignore)
        return
    if op is not sre_c.IN:
        raise _Unreadable(op)
    for iop, iav in av:
        if iop is sre_c.LITERAL:
            _add_char(iav, out, ignore)
        elif iop is sre_c.RANGE:
            lo, hi = iav
            if ignore and hi < 128:
                for cp in range(lo, hi + 1):
                    _add_char(cp, out, ignore)
            elif ignore and any(map(_iscased, range(lo, hi + 1))):
                raise _Unreadable("a case-insensitive range of non-ASCII letters")
            else:
                out.add(f"{_esc(lo)}-{_esc(hi)}")
        elif iop is sre_c.CATEGORY and iav in _CATEGORIES:
            out.add(_CATEGORIES[iav])  # \d, \s, \w: each holds both cases of its letters
        else:
            raise _Unreadable(iop)


def _firsts(items: Any, out: set[str], ignore: bool) -> bool:
    """Add the class members a match of ``items`` can start with; True if it can match empty.

    ``ignore``: ``items`` match case-insensitively; the class then lists the cases itself, as a
    case-insensitive class makes re lowercase every character it scans (twice as slow)."""
    for op, av in items:
        if op is sre_c.LITERAL or op is sre_c.IN:
            _add_members(op, av, out, ignore)
            return False
        if op is sre_c.BRANCH:
            nullable = False
            for alt in av[1]:
                nullable |= _firsts(alt, out, ignore)
            if not nullable:
                return False
        elif op in _GROUPS:
            inner = ignore
            if op is sre_c.SUBPATTERN:
                _group, add, drop, av = av
                inner = bool((ignore or add & re.IGNORECASE) and not drop & re.IGNORECASE)
            if not _firsts(av, out, inner):
                return False
        elif op in _REPEATS:
            if not _firsts(av[2], out, ignore) and av[0] > 0:
                return False
        elif op not in _ZERO_WIDTH:
            raise _Unreadable(op)
    return True


def _leading_lookbehinds(items: Any, ignore: bool) -> str:
    """One-character negative lookbehinds that open the pattern (``(?<!\\d)``), as checks to run
    after the gate's character: ``(?<!\\d(?s:.))``. Only such a lookbehind before anything
    else applies to every match; any other is left to the pattern."""
    checks = []
    for op, av in items:
        if op not in _ZERO_WIDTH:
            break
        if op is sre_c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
            members: set[str] = set()
            try:
                _add_members(*av[1][0], members, ignore)
            except _Unreadable:
                continue
            checks.append("(?<![" + "".join(sorted(members)) + "](?s:.))")
    return "".join(checks)


def _first_members(pattern: re.Pattern[str]) -> tuple[set[str], Any] | None:
    """The class members a match of ``pattern`` can start with, and its parse tree; None when
    they cannot be listed (or it can match the empty string: no character is needed)."""
    if not isinstance(pattern.pattern, str):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    out: set[str] = set()
    try:
        if _firsts(parsed, out, bool(pattern.flags & re.IGNORECASE)):
            return None
    except _Unreadable:
        return None
    return out, parsed


def first_char_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-class pattern matching every character a match of ``pattern`` can start with,
    followed by the pattern's opening one-character negative lookbehinds, if any."""
    found = _first_members(pattern)
    if found is None:
        return None
    out, parsed = found
    cls = "[" + "".join(sorted(out)) + "]"
    return re.compile(cls + _leading_lookbehinds(parsed, bool(pattern.flags & re.IGNORECASE)))


def first_chars_of_any(*patterns: re.Pattern[str]) -> re.Pattern[str] | None:
    """One class matching every character a match of any of ``patterns`` can start with (their
    lookbehinds left to them); None when one of them cannot be read. For a text that each of
    them is ``match``ed against: when its first character is not in the class, none can match,
    and one test answers for them all."""
    members: set[str] = set()
    for pattern in patterns:
        found = _first_members(pattern)
        if found is None:
            return None
        members |= found[0]
    return re.compile("[" + "".join(sorted(members)) + "]")


_NO_MATCHES: tuple[()] = ()

# what a gated pattern passes through unchanged
_OWN = (
    "match",
    "fullmatch",
    "findall",
    "split",
    "sub",
    "subn",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class GatedPattern:
    """``pattern`` with ``search`` and ``finditer`` started at the first possible character.

    Everything else (``match``, ``sub``, ``pattern``, ...) is the pattern's own: its bound methods
    are kept on the instance, so calling them costs what calling the pattern's does."""

    __slots__ = ("_pattern", "_gate", "_search", "_finditer", "_match", *_OWN)

    def __init__(self, pattern: re.Pattern[str], gate: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._gate = gate.search
        self._search = pattern.search
        self._finditer = pattern.finditer
        self._match = pattern.match
        for name in _OWN:
            setattr(self, name, getattr(pattern, name))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``, run from the first character a match can start with."""
        first = self._gate(string, pos, endpos)
        if first is None:
            return None
        return self._search(string, first.start(), endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer``, run from the first character a match can start with."""
        first = self._gate(string, pos, endpos)
        if first is None:
            return iter(_NO_MATCHES)
        return self._finditer(string, first.start(), endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"gated({self._pattern!r})"


class EachGatedPattern(GatedPattern):
    """A gated pattern tried only at the characters its gate finds (``gated(..., each=True)``).

    ``search`` is the pattern's: a match starts at a gate character, and ``match`` at a
    position finds what ``search`` would find starting there (lookbehinds see the text before)."""

    __slots__ = ()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``, the pattern tried at each character a match can start with."""
        gate, match = self._gate, self._match
        while (first := gate(string, pos, endpos)) is not None:
            pos = first.start()
            m = match(string, pos, endpos)
            if m is not None:
                return m
            pos += 1
        return None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer``: each match searched for as ``search`` does, from the last end
        (a gated pattern cannot match the empty string, so a match always moves on)."""
        while (m := self.search(string, pos, endpos)) is not None:
            yield m
            pos = m.end()


class RememberingGatedPattern(EachGatedPattern):
    """An each-gated pattern whose ``search`` answers the texts it was asked about last from
    memory (``gated(..., each=True, remember=N)``).

    A page's rules ask about the same line more than once: 44 % of DATE_RE's searches on the
    benchmark pages repeat one made on the same page (the meta line's labelled-line and bare-date
    tiers read the same short blocks, then the labelled-line split and the people rules read the
    line found). A search's answer depends on its arguments alone, and a match is immutable, so
    the remembered one is the answer."""

    __slots__ = ("_remembered",)

    def __init__(self, pattern: re.Pattern[str], gate: re.Pattern[str], size: int) -> None:
        super().__init__(pattern, gate)
        self._remembered = lru_cache(maxsize=size)(super().search)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``, from memory for a text asked about lately."""
        return self._remembered(string, pos, endpos)


def gated(pattern: re.Pattern[str], *, each: bool = False, remember: int = 0) -> Any:
    """``pattern`` with gated searches, or ``pattern`` itself when no gate can be derived.

    ``each``: try the pattern only at each gate character (see the module docstring).
    ``remember``: with ``each``, keep that many searches' answers (``RememberingGatedPattern``)."""
    gate = first_char_class(pattern)
    if gate is None:
        return pattern
    if each and remember:
        return RememberingGatedPattern(pattern, gate, remember)
    return (EachGatedPattern if each else GatedPattern)(pattern, gate)


def split(pattern: Any, string: str) -> list[str]:
    """``pattern.split(string)`` for a gated pattern: the parts between the matches its gated
    ``finditer`` finds (a gated pattern cannot match the empty string, so ``re.split``'s rules
    for empty matches never apply), each match's groups between them as ``re.split`` puts them.
    A plain pattern (no gate could be derived) is split by ``re``."""
    if not isinstance(pattern, GatedPattern):
        return pattern.split(string)
    parts: list[str] = []
    last = 0
    for m in pattern.finditer(string):
        parts.append(string[last : m.start()])
        parts.extend(m.groups())
        last = m.end()
    parts.append(string[last:])
    return parts


__all__ = [
    "EachGatedPattern",
    "GatedPattern",
    "RememberingGatedPattern",
    "first_char_class",
    "first_chars_of_any",
    "gated",
    "split",
]
