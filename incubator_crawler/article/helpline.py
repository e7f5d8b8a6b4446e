"""The helpline notice Taiwan's papers close a suicide's story with: furniture, not text.

Its own module because both the body cleaner (which drops it) and the people chain (which reads
the writer's credit closing the text above it) need it, and the body module imports people.
"""

from __future__ import annotations

import re

# A helpline's line (compact NFKC): ``自殺防治諮詢安心專線:0800-788995(24小時)``, ``張老師專線:1980``.
_HOTLINE_LINE = re.compile(r"(?:專線|专线|熱線|热线)[:]?\d[\d-]{2,}(?:\(24小(?:時|时)\))?$")
# The words of the notice around the numbers (《蘋果》關心你, 請珍惜生命, 再給自己一次機會).
_NOTICE_WORD = re.compile(r"生命|機會|机会|關心|关心|自殺|自杀|輕生|轻生|求助|珍惜")
_MAX_NOTICE_LINE = 40


def helpline_notice_start(keys: list[str]) -> int:
    """Where a helpline notice closing the text starts in ``keys`` (compact NFKC lines), or
    ``len(keys)`` when there is none.

    Taiwan's papers print a fixed box under every story of a suicide (``《蘋果》關心你`` /
    ``自殺解決不了問題…請珍惜生命。`` / ``再給自己一次機會`` / ``自殺防治諮詢安心專線：0800-788995``
    / ``生命線協談專線：1995`` / ``張老師專線：1980``): furniture. A closing run of short lines,
    two or more of them a hotline and its number, the rest with the notice's words; one number
    in a sentence of the text stays."""
    j, hotlines = len(keys), 0
    while j > 0:
        key = keys[j - 1]
        if len(key) > _MAX_NOTICE_LINE:
            break
        if _HOTLINE_LINE.search(key):
            hotlines += 1
        elif not _NOTICE_WORD.search(key):
            break
        j -= 1
    return j if hotlines >= 2 and j > 0 else len(keys)
