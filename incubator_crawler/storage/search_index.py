"""Character-level full-text index: exact substring search in Chinese for queries of any length.

SQLite's default FTS5 tokenizer sees a run of Chinese as one token and finds nothing;
the trigram tokenizer cannot match 1- or 2-character words (PEERS.md §2F). Here every
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


def match_expression(required: list[str], excluded: list[str]) -> str:
    """Build the FTS5 MATCH expression for required and excluded terms."""
    if not required:
        raise ValueError("a search needs at least one word that is not excluded")
    expression = " AND ".join(phrase(term) for term in required)
    for term in excluded:
        expression += " NOT " + phrase(term)
    return expression
