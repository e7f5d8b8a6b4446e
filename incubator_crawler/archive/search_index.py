"""Character-level full-text index: exact substring search in Chinese for queries of any length.

SQLite's default FTS5 tokenizer sees a run of Chinese as one token and finds nothing;
the trigram tokenizer cannot match 1- or 2-character words. Here every
character of the text becomes one token, so a query is a phrase of its characters and
FTS5 phrase matching (consecutive positions) is exactly substring matching, with the
index doing the work instead of a table scan.

Tokens, chosen to match ``LIKE '%q%'`` (ASCII case-insensitive, everything else exact):
- ASCII letters and digits: the character, lower-cased (``a``, ``7``);
- other ASCII characters (space, newline, punctuation): ``x`` plus two hex digits (``x20``);
- every other character (汉字, full-width punctuation, \u3000): the character itself,
  which the ``ascii`` tokenizer treats as a token character.
Tokens are separated by a space, which the tokenizer discards.
"""

from __future__ import annotations

import re

_ASCII_TOKENS = [
    chr(code).lower() if chr(code).isalnum() else f"x{code:02x}" for code in range(128)
]


def encode_text(text: str | None) -> str:
    """Encode text into the one-token-per-character form stored in the index."""
    if not text:
        return ""
    return " ".join(_ASCII_TOKENS[ord(ch)] if ord(ch) < 128 else ch for ch in text)


def _tokens(text: str) -> list[str]:
    return [_ASCII_TOKENS[ord(ch)] if ord(ch) < 128 else ch for ch in text]


def encode_bigrams(text: str | None) -> str:
    """Encode text as the overlapping pairs of its character tokens (``articles_search2``).

    A phrase of pairs matches exactly where the phrase of characters does, but each pair is far
    rarer than each of its characters, so a long query reads short position lists. A pair is
    its two tokens written together; that is unambiguous because a token is one letter or
    digit, one non-ASCII character, or ``x`` plus two hex digits for other ASCII characters.
    """
    if not text:
        return ""
    tokens = _tokens(text)
    return " ".join(a + b for a, b in zip(tokens, tokens[1:], strict=False))


def phrase(term: str) -> str:
    """The FTS5 phrase query matching ``term`` as a substring (term must not be empty)."""
    return '"' + encode_text(term) + '"'


_TERM = re.compile(r'(-?)"([^"]+)"|(\S+)')


def parse_query(query: str) -> tuple[list[str], list[str]]:
    """Split a user query into required and excluded terms.

    Words separated by whitespace must all occur; ``"a phrase"`` keeps its spaces;
    a leading ``-`` excludes a word or phrase.
    """
    required: list[str] = []
    excluded: list[str] = []
    for match in _TERM.finditer(query):
        if match.group(2) is not None:
            (excluded if match.group(1) else required).append(match.group(2))
            continue
        word = match.group(3)
        if word.startswith("-") and len(word) > 1:
            excluded.append(word[1:])
        elif word != "-":
            required.append(word)
    return required, excluded


def bigram_phrase(term: str) -> str:
    """The phrase query on ``articles_search2`` matching ``term`` (2 characters or more)."""
    return '"' + encode_bigrams(term) + '"'


def use_bigrams(required: list[str], excluded: list[str]) -> bool:
    """True when every term has 2+ characters, so the pair index can answer the query."""
    return all(len(term) >= 2 for term in (*required, *excluded))


def match_expression(required: list[str], excluded: list[str], *, bigrams: bool = False) -> str:
    """Build the FTS5 MATCH expression for required and excluded terms (pair index if ``bigrams``)."""
    if not required:
        raise ValueError("a search needs at least one word that is not excluded")
    quote = bigram_phrase if bigrams else phrase
    expression = " AND ".join(quote(term) for term in required)
    for term in excluded:
        expression += " NOT " + quote(term)
    return expression
