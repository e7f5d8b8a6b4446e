"""Clean author / editor / source values and find people mentioned inline in the body.

Values are kept as written (no NFKC of Chinese text, traditional characters stay);
only labels, brackets, separators and trailing page junk are removed. Placeholders
(佚名, admin, 本站原创, ...) mean "the site itself" or "unknown" and become None.
"""

from __future__ import annotations

import unicodedata

from ..article.text import collapse_whitespace
from . import patterns as P

ROLES = frozenset({"author", "editor", "source"})

# Compared after casefold(); values that carry no information about a person or publisher.
PLACEHOLDERS = frozenset(
    {
        "",
        "-",
        "--",
        "—",
        "——",
        "/",
        "佚名",
        "未知",
        "不详",
        "不詳",
        "匿名",
        "未署名",
        "admin",
        "administrator",
        "管理员",
        "管理員",
        "本站",
        "本网",
        "本網",
        "本站原创",
        "本站原創",
        "本网原创",
        "本網原創",
        "原创",
        "原創",
        "网络",
        "網絡",
        "網路",
        "互联网",
        "互聯網",
        "暂无",
        "暫無",
        "无",
        "無",
        "null",
        "none",
        "undefined",
        "n/a",
    }
)


def _strip_brackets(text: str) -> str:
    """Remove one surrounding bracket pair, and a dangling opener or closer."""
    text = text.strip()
    if len(text) >= 2 and P.PERSON_BRACKET_PAIRS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    if text and text[0] in P.PERSON_BRACKET_PAIRS and P.PERSON_BRACKET_PAIRS[text[0]] not in text:
        text = text[1:].strip()
    closers = set(P.PERSON_BRACKET_PAIRS.values())
    if text and text[-1] in closers:
        opener = next(o for o, c in P.PERSON_BRACKET_PAIRS.items() if c == text[-1])
        if opener not in text:
            text = text[:-1].strip()
    return text


def _strip_labels(text: str) -> str:
    """Remove leading labels (责任编辑：, 记者, 文/图 ...), repeatedly."""
    while True:
        match = P.PERSON_LABEL_LEAD.match(text)
        if not match or match.end() == 0:
            return text
        text = text[match.end() :].strip()


def _cut_trailing(text: str) -> str:
    """Cut the value at the next labelled field, separator, view count or date."""
    match = P.PERSON_NEXT_FIELD.search(text)
    if match and match.start() > 0:
        text = text[: match.start()]
    return P.PERSON_TRAILING_JUNK.sub("", text).strip()


def _is_placeholder(value: str) -> bool:
    """True for 佚名 / admin / 本站原创 / empty and similar."""
    return unicodedata.normalize("NFKC", value).strip().casefold() in PLACEHOLDERS


def _split_authors(value: str) -> list[str]:
    """Split several author names; whitespace splits only between CJK-only tokens."""
    names: list[str] = []
    for part in P.AUTHOR_SPLIT.split(value):
        tokens = part.split()
        if len(tokens) > 1 and all(P.CJK_NAME_TOKEN.match(t) for t in tokens):
            # 张  三 / 方 敏: a two-character name padded to three columns; single characters
            # in a row are one name (``王乐文 方 敏`` is two people)
            merged: list[str] = []
            for t in tokens:
                if len(t) == 1 and merged and len(merged[-1]) == 1:
                    merged[-1] += t
                else:
                    merged.append(t)
            names.extend(merged)
        elif part:
            names.append(part)
    cleaned: list[str] = []
    for name in names:
        name = _strip_brackets(_strip_labels(name))
        if not name or P.AUTHOR_ROLE_WORD.match(name) or _is_placeholder(name):
            continue
        if name not in cleaned:
            cleaned.append(name)
    return cleaned


def clean_person(raw: str | None, *, role: str, site_name: str | None = None) -> str | None:
    """Clean an author/editor/source value; None for placeholders and empty values."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {sorted(ROLES)}, got {role!r}")
    if raw is None:
        return None
    text = collapse_whitespace(raw)
    # Brackets may wrap the label (【编辑:田博群】) or the value (编辑：【田博群】).
    text = _strip_brackets(text)
    text = _strip_labels(text)
    text = _cut_trailing(text)
    text = _strip_brackets(text)
    text = _strip_labels(text)
    text = text.strip(" :：,，;；|｜丨")
    # ``@name`` (sspai's 本文责编：@Lotta) and a closer glued to a trailing code (``蘇龍麒）1120221``)
    text = text.removeprefix("@").strip()
    closer = next((i for i, ch in enumerate(text) if ch in "）)】]"), -1)
    if closer > 0 and not any(o in text[:closer] for o in "（(【["):
        text = text[:closer].strip()
    # Mirror sites put generated ids where the publisher should be (来源: sp20241105).
    if _is_placeholder(text) or P.JUNK_ID_VALUE.match(text):
        return None
    if role == "author":
        names = _split_authors(text)
        # An "author" that is just the site is not a person (the editor field keeps it).
        if site_name:
            names = [n for n in names if n != site_name.strip()]
        return "、".join(names) or None
    return text


def find_inline_people(paragraphs: list[str]) -> dict:
    """Find an editor line near the end and a reporter byline near the start of the body."""
    result: dict = {
        "editor": None,
        "author": None,
        "editor_line_index": None,
        "author_line_index": None,
    }
    cleaned = [(i, collapse_whitespace(p or "")) for i, p in enumerate(paragraphs)]
    indexed = [(i, line) for i, line in cleaned if line]

    # Editor: the last three non-empty paragraphs, scanning from the end.
    for i, line in reversed(indexed[-3:]):
        match = P.INLINE_EDITOR_LINE.match(line)
        if match:
            result["editor"] = clean_person(match["name"], role="editor")
            result["editor_line_index"] = i
            break
        match = P.INLINE_EDITOR_TAIL.search(line)
        if match:
            # The note ends a real paragraph: report the editor, keep the line.
            result["editor"] = clean_person(match["name"], role="editor")
            break

    # Author: the first three non-empty paragraphs.
    for i, line in indexed[:3]:
        for pattern in (P.INLINE_REPORTER_PAREN, P.INLINE_REPORTER_REPORT, P.INLINE_WEN_TU):
            match = pattern.search(line)
            if match:
                author = clean_person(match["name"], role="author")
                if author:
                    result["author"] = author
                    if P.INLINE_BYLINE_ONLY.match(line):
                        result["author_line_index"] = i
                    break
        if result["author"]:
            break
    return result


__all__ = ["PLACEHOLDERS", "clean_person", "find_inline_people"]
