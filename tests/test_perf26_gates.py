"""perf26's gates: each skips only what its rule could not match (outputs byte-identical)."""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest

from incubator_crawler.article import script_copy
from incubator_crawler.article.script_copy import script_copies


def _ungated(code: str) -> list[tuple[str, str]]:
    """script_copies as follow103 wrote it: both copy regexes over the whole script."""
    code = script_copy._BLOCK_COMMENT_RE.sub("", code) if "/*" in code else code
    found = []
    for rx in (script_copy._JQUERY_COPY_RE, script_copy._DOM_COPY_RE):
        for m in rx.finditer(code):
            line_start = code.rfind("\n", 0, m.start()) + 1
            if "//" in code[line_start : m.start()]:
                continue
            g = m.groupdict()
            found.append((g["to"] or f"#{g['to_id']}", g["src"] or f"#{g['src_id']}"))
    return found


# a copy statement's tokens, and what the random scripts put between them or in their place
_STATEMENTS = (
    ('$(".position")', ".html(", "$('#pos_hide')", ".html()", ")"),
    ('jQuery("nav")', ".html(", 'jQuery(".rels")', ".html(", " ", ")", ")"),
    ("document.", 'querySelector(".bar")', ".innerHTML", " = ", "document.", "getElementById('x')",
     ".innerHTML"),
)  # fmt: skip
_NOISE = (" ", "\n", "//", "/*", "*/", "$(", "(", ")", "=", "+", ".html(", ".innerHTML", "document.",
          "var a = 1;", '$("#a").text()', "x")  # fmt: skip


def _random_script(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 4)):
        for token in rng.choice(_STATEMENTS):
            if rng.random() < 0.1:
                continue
            out.append(token)
            out.extend(rng.choice(_NOISE) for _ in range(rng.choice((0, 0, 0, 1, 2))))
    return "".join(out)


@pytest.mark.parametrize(
    ("code", "copies"),
    [
        ('$(".position").html($("#pos_hide").html());', [(".position", "#pos_hide")]),
        ("$('.position') .html( jQuery('.rels').html() )", [(".position", ".rels")]),
        # a comment between the pieces: the copy is read once the comment is cut
        ('$(".a").html(/* x */$("#b").html())', [(".a", "#b")]),
        (
            'document.querySelector(".bar").innerHTML = document.getElementById("p").innerHTML;',
            [(".bar", "#p")],
        ),
        ('document.getElementById("x").innerHTML = "<b>1</b>";', []),
        ('$("#list").html(data.html());', []),
        ('//$(".a").html($("#b").html())', []),
    ],
)
def test_gated_copies_equal_the_plain_scan(code: str, copies: list) -> None:
    assert script_copies(code) == _ungated(code) == copies


def test_gated_copies_equal_the_plain_scan_on_random_scripts() -> None:
    rng = random.Random(26)
    for _ in range(4000):
        code = _random_script(rng)
        assert script_copies(code) == _ungated(code), code


def test_no_other_character_normalises_to_zuo() -> None:
    # licence_line_author skips a block whose raw text has no 作: exact only while no other
    # character's NFKC form holds one
    others = [
        c
        for c in range(sys.maxunicode + 1)
        if c != 0x4F5C and "作" in unicodedata.normalize("NFKC", chr(c))
    ]
    assert others == []
