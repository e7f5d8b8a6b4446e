"""Text helpers every field module shares: exact fast NFKC, whitespace and invisible characters.

They sit here, not in one field's module, because the page walk, the labelled-line splitter and
every field's cleaning use them; the patterns below are the only whitespace rules of the package.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that are invisible but break equality checks and regexes.
# (U+200E / U+200F, the left-to-right and right-to-left marks, are as invisible: a Hexo post
# writes lines of only U+200E between its lyric pairs, blank to a reader; follow169)
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")

# HTML entity remnants left by extractors that unescaped only once.
NBSP_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);?", re.IGNORECASE)

WHITESPACE_RUN = re.compile(r"\s+")

# One Chinese character (the CJK Unified Ideographs block): "does this hold Chinese words", how
# many it holds
HAN_RE = re.compile(r"[\u4e00-\u9fff]")

# CJK ideographs, kana and CJK/full-width punctuation: text where a space is not a word break.
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"

_PAD = "\u3000\u00a0\u2002\u2003\u2007\u202f"

# Layout padding (ideographic space, nbsp, en/em space) sitting between two CJK characters.
# Written ``(?<=CJK)PAD+(?=CJK)`` the pattern starts with a lookbehind, which makes re try it at
# every position of every paragraph; starting with the padding character (and looking two back
# for the CJK one) is the same match and lets re skip to the padding.
CJK_PADDING = re.compile(rf"[{_PAD}](?<=[{_CJK}][{_PAD}])[{_PAD}]*(?=[{_CJK}])")

# Hong Kong's Big5 text writes the colon as U+FE30 ``︰`` (``記者︰X``), which NFKC turns into the
# two-dot leader ``‥``, not a colon. It is read as ``:`` wherever text is normalised, so every
# label pattern (``[:：]`` after NFKC is ``:``) takes it; values are cut from the page's own text.
_COLON_FORMS = {0xFE30: ":"}

_NFKC_BMP: dict[int, str] | None = None


def _nfkc_table() -> dict[int, str]:
    """``{code point: NFKC of that character}`` for the BMP characters NFKC changes (~3,000)."""
    global _NFKC_BMP
    if _NFKC_BMP is None:
        table = {}  # built whole, then published: another thread never sees half a table
        for cp in range(0x80, 0x10000):
            if 0xD800 <= cp < 0xE000:
                continue
            ch = chr(cp)
            norm = unicodedata.normalize("NFKC", ch)
            if norm != ch:
                table[cp] = norm
        table.update(_COLON_FORMS)
        _NFKC_BMP = table
    return _NFKC_BMP


_NFKC_FIND: tuple[re.Pattern[str], dict[str, str]] | None = None


def _nfkc_finder() -> tuple[re.Pattern[str], dict[str, str]]:
    """A character class of the table's characters, and the table keyed by character."""
    global _NFKC_FIND
    if _NFKC_FIND is None:
        table = _nfkc_table()
        cps = sorted(table)
        ranges, lo, hi = [], cps[0], cps[0]
        for cp in cps[1:]:
            if cp != hi + 1:
                ranges.append((lo, hi))
                lo = cp
            hi = cp
        ranges.append((lo, hi))
        cls = "".join(
            re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
        )
        _NFKC_FIND = (re.compile(f"[{cls}]"), {chr(cp): v for cp, v in table.items()})
    return _NFKC_FIND


def _translate_nfkc(text: str) -> str:
    """``text.translate(_nfkc_table())``, about 4x faster on Chinese text.

    str.translate looks every character up in the dict; in Chinese text the characters NFKC
    changes are a few kinds of full-width punctuation, so find which occur and replace each.
    No character's NFKC form contains a character of the table, so replacing one after another
    gives what translating all at once does.
    """
    find, table = _nfkc_finder()
    for ch in set(find.findall(text)):
        text = text.replace(ch, table[ch])
    return text


def nfkc_char(ch: str) -> str:
    """``unicodedata.normalize("NFKC", ch)`` for one character, by table lookup."""
    if ch.isascii():
        return ch
    if ord(ch) < 0x10000:
        return _nfkc_table().get(ord(ch), ch)
    return unicodedata.normalize("NFKC", ch)


def nfkc_per_char(text: str) -> str:
    """Each character replaced by its own NFKC form (no composition across characters)."""
    if text.isascii():
        return text
    if max(text) < "\U00010000":
        return _translate_nfkc(text)
    return "".join(nfkc_char(ch) for ch in text)


@lru_cache(maxsize=2048)
def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)`` (``︰`` read as ``:``), 2x faster on Chinese text, cached.

    Profiling the crawl showed NFKC as the largest single cost of extraction and body cleaning
    (the same block and paragraph texts are normalised several times per page; most of their
    characters are already NFKC, the rest are full-width punctuation). Replacing each character
    by its own NFKC form keeps the string's NFKD, hence its NFKC, unchanged; when the result
    passes the (fast, C) NFKC quick check it is therefore the answer, else we normalise the
    original. The cache serves the repeats (page chrome repeats across pages too).
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    mapped = _translate_nfkc(text)
    if unicodedata.is_normalized("NFKC", mapped):
        return mapped
    # the per-character forms keep the string's NFKC (and carry the colon forms above)
    return unicodedata.normalize("NFKC", mapped)


# The regex passes below are skipped where they cannot match (zero-width and padding characters
# are not ASCII, an entity needs "&"), and ``" ".join(text.split())`` is
# ``WHITESPACE_RUN.sub(" ", text).strip()``: str.split and re's \s share one definition of
# whitespace. Every paragraph of every page goes through here several times.


def collapse_whitespace(text: str) -> str:
    """Drop zero-width characters and nbsp entities, collapse whitespace runs to one space."""
    if not text.isascii():
        text = ZERO_WIDTH.sub("", text)
    if "&" in text:
        text = NBSP_ENTITY.sub(" ", text)
    return " ".join(text.split())


# What either regex pass of clean_inline can change: a zero-width character, or the padding
# character CJK_PADDING's match opens with. Body paragraphs hold neither 99 times in 100: one
# scan for both, then the passes only where it finds one.
_INLINE_FIX_CHARS = re.compile(f"[{_ZERO_WIDTH_CHARS}{_PAD}]")


def clean_inline(text: str) -> str:
    """Like collapse_whitespace, but \\u3000/nbsp padding between CJK characters is removed."""
    fix = not text.isascii() and _INLINE_FIX_CHARS.search(text) is not None
    if fix:
        text = ZERO_WIDTH.sub("", text)
    if "&" in text:
        text = NBSP_ENTITY.sub("\u00a0", text)
        fix = True  # an entity read as nbsp may be padding
    if fix and not text.isascii():
        # Chinese does not separate words with spaces: this padding is layout, not a word break.
        text = CJK_PADDING.sub("", text)
    return " ".join(text.split())


def compact(text: str) -> str:
    """NFKC and remove all whitespace, zero-width characters and ``&nbsp;`` left as text: the key
    body cleaning compares lines by (boilerplate, duplicates, notices)."""
    if not text.isascii():
        text = ZERO_WIDTH.sub("", text)
    return compact_visible(text)


def compact_visible(text: str) -> str:
    """``compact`` of a text with no zero-width character left (``clean_inline``'s output: body
    cleaning's paragraphs), which is not scanned for them again."""
    text = nfkc(text)
    if "&" in text:
        text = NBSP_ENTITY.sub("", text)
    return "".join(text.split())  # WHITESPACE_RUN.sub("", text): the same whitespace


# kept for about a page's texts: the rules ask for the same block's or title's key over and over
# (18,181 calls a pass of the 116 benchmark pages, 5,657 texts a page summed, at most 490 on one);
# 512 holds a page's, not the warm-up pass's (4,257 texts) for the timed one
@lru_cache(maxsize=512)
def nfkc_compact(s: str) -> str:
    """NFKC with every whitespace removed: the key that compares a title or a name across places."""
    return "".join(nfkc(s).split())


__all__ = [
    "clean_inline",
    "collapse_whitespace",
    "compact",
    "compact_visible",
    "nfkc",
    "nfkc_char",
    "nfkc_compact",
    "nfkc_per_char",
]
