"""Compiled patterns of the extractor that still wait for their field's module.

All regexes run over NFKC-normalised text: full-width ``：`` is ``:``, ``\\u3000`` and
``\\xa0`` are plain spaces and ``｜`` is ``|``. The labels live in ``article.labels``.
"""

from __future__ import annotations

import re

LEDE_LABEL_RE = re.compile(
    r"^\s*[【\[]?(?:导读|摘要|内容提要|内容摘要|核心提示|導讀|摘要)[】\]]?\s*:?"
)
ELLIPSIS_RE = re.compile(r"(?:\.{2,}|…+|。{3,})\s*$")


