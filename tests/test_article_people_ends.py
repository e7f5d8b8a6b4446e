"""people.inline._end_lines: the first and last non-empty lines, as slicing all of them gives."""

from __future__ import annotations

import random

from incubator_crawler.article.people.inline import _end_lines
from incubator_crawler.article.text import collapse_whitespace


def test_end_lines_slice_like_every_nonempty_line():
    rng = random.Random(14)
    choices = ["", " ", "\u200b", None, "甲", " 乙 丙 ", "&nbsp;", "丁"]
    for _ in range(3000):
        paragraphs = [rng.choice(choices) for _ in range(rng.randint(0, 12))]
        every = [
            (i, line) for i, p in enumerate(paragraphs) if (line := collapse_whitespace(p or ""))
        ]
        got = _end_lines(paragraphs, 3)
        assert got[:3] == every[:3]
        assert got[-3:] == every[-3:]
        assert got[-2:] == every[-2:]
        assert len(got) == min(len(every), 6)
