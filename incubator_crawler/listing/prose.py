"""Links standing in paragraphs of running text: a post's own words, no list of rows."""

from __future__ import annotations

import re

from .rows import element_text

# a sentence's words before a link: five Han characters in a row outside brackets (a row's
# 【通知公告】 or [园区动态] column mark is no sentence), and a clause mark in the paragraph
_WORDS_RE = re.compile(r"[\u4e00-\u9fff]{5}")
_BRACKETED_RE = re.compile(r"【[^】]*】|\[[^\]]*\]|（[^）]*）|\([^)]*\)")
_CLAUSE_RE = re.compile(r"[，。！？；,.!?;]")


def in_prose(links: list) -> bool:
    """True when every one of ``links`` (elements) stands inside a sentence of a paragraph,
    after its words: a post printed whole on its blog's last page ends 其他資訊敬請密切鎖定
    <a>Gitter 討論群組</a> 與 <a>Telegram 討論群組</a>，快來跟我們一起共襄盛舉吧！ (archlinux.tw);
    those links are the sentence's, not rows of a list. A row's title opens its paragraph (after
    a bullet, a date or a bracketed column mark), whatever summary follows it."""
    return bool(links) and all(_after_words(link) for link in links)


def _after_words(link) -> bool:
    """True when ``link``'s paragraph holds a sentence's words before it and a clause mark."""
    paragraph = link.getparent()
    if paragraph is None or paragraph.tag != "p":
        return False
    before = paragraph.text or ""
    for child in paragraph:
        if child is link:
            break
        before += " " + element_text(child) + " " + (child.tail or "")
    if not _WORDS_RE.search(_BRACKETED_RE.sub(" ", before)):
        return False
    return bool(_CLAUSE_RE.search(element_text(paragraph)))
