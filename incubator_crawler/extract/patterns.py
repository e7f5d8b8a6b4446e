"""Compiled patterns of the extractor that still wait for their field's module.

All regexes run over NFKC-normalised text: full-width ``：`` is ``:``, ``\\u3000`` and
``\\xa0`` are plain spaces and ``｜`` is ``|``. The labels live in ``article.labels``.
"""

from __future__ import annotations

import re

from ..normalize.patterns import BREADCRUMB_LABEL

# --- breadcrumb, lede, byline -------------------------------------------------------------------
BREADCRUMB_LABEL_RE = BREADCRUMB_LABEL  # one list, kept in normalize.patterns
LEDE_LABEL_RE = re.compile(
    r"^\s*[【\[]?(?:导读|摘要|内容提要|内容摘要|核心提示|導讀|摘要)[】\]]?\s*:?"
)
ELLIPSIS_RE = re.compile(r"(?:\.{2,}|…+|。{3,})\s*$")
# A line that is only a byline, above the body or in its trailer: ``本报记者 王乐文``,
# ``新华社记者邹多为、唐诗凝、丁乐``, ``澎湃新闻记者 贺梨萍``, ``作者︱春春`` (NFKC: ``︱`` is ``—``).
BYLINE_LINE_RE = re.compile(
    r"^[(（]?\s*(?:[\u4e00-\u9fff]{0,8}?(?:记者|記者|通讯员|通訊員)\s*[:|—/]?|(?:作者|撰文|文)\s*[:|—/]|(?:作者|撰文)\s)\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{1,4}){0,5})\s*[)）]?$"
)
CAPTION_START_RE = re.compile(r"^\s*(?:图为|圖為|图\s*[:：]|图片|▲|△|↑|上图|下图|\(图|（图)")

META_SOURCE_NAMES: tuple[str, ...] = ("contentsource", "source")


# A line at the end of the body that only names the source: ``来源：科技日报``, ``（来源：新华社）``.
TAIL_SOURCE_RE = re.compile(
    r"^\s*[【\[(（]?\s*(?:信息来源|本文来源|文章来源|稿件来源|来源|稿源|來源)\s*:\s*"
    r"(?P<name>[^】\])）:]{1,40}?)\s*[】\])）]?\s*$"
)
# Breadcrumb separators, captured so a split keeps them (NFKC text: ``＞`` is ``>``).
BREADCRUMB_ARROW_RE = re.compile(r"(\s*(?:>>|>|»|›|→|&gt;)\s*)")
