"""A blog post's copyright box read wherever it stands after the text (audit106, issue 10).

Hexo NexT and Hugo Maupassant / even print the post's own copyright box under the text as
labelled lines: ``本文作者： Gongshan He`` / ``本文链接： URL`` / ``版权声明： …`` (or ``原文作者：`` /
``原文链接：``). The trailer reads it within ``TRAILER_SPAN`` blocks of the text and stops at a
related list's heading; where the text ends early (a table the body leaves out, a long code
listing) or a 相关阅读 list stands between (qcrao.com), the box lies past that window and the
blog's title or its owner name was taken instead of the name the box labels. The author line,
the link line right under it and a licence word beside them make the box: no related row and no
comment prints that pair, so the box is read as far as ``LICENCE_SPAN`` blocks after the text.
"""

from __future__ import annotations

import re

from .labels import LICENCE_WORD_RE
from .page import Page
from .text import nfkc

# blocks after the text's last one that the box may stand in (hegongshan.com: 36 blocks past a
# table the body leaves out, 65 past a code listing with its gutter's line numbers, 230 past a
# long C listing): the box's three lines, not the distance, tell it from other items' rows
LICENCE_SPAN = 300

_AUTHOR_LINE_RE = re.compile(
    r"^(?:本文|原文|文章)?(?:作者|作\s者)\s*[:：]\s*(?P<name>\S(?:[^\n:：]{0,28}\S)?)$"
)
_LINK_LINE_RE = re.compile(r"^(?:本文|原文|文章)(?:链接|鏈接|連結|地址)\s*[:：]")
_URL_RE = re.compile(r"(?i)https?:|www\.|\.(?:com|cn|net|org)\b")


def _name(value: str) -> bool:
    """True for a writer's short name: letters, four words at most, no address or date."""
    return bool(
        re.search(r"[\u4e00-\u9fff]|[A-Za-z]{2}", value)
        and len(value.split()) <= 4
        and not _URL_RE.search(value)
        and not re.search(r"\d{4}", value)
    )


def licence_line_author(page: Page, last: int) -> str | None:
    """The name a post's copyright box labels (``本文作者：X`` over ``本文链接：``, a licence word
    beside them) after the text's last block ``last``, or None."""
    blocks = page.blocks[last + 1 : last + 1 + LICENCE_SPAN]
    for i, b in enumerate(blocks[:-1]):
        # 作 has no other NFKC source: a block without it holds no author line, and most of the
        # 300 blocks after the text are skipped without their NFKC and the regex (perf26)
        if b.chars > 40 or "作" not in b.text:
            continue
        m = _AUTHOR_LINE_RE.match(nfkc(b.text).strip())
        if m is None or not _name(m["name"]):
            continue
        if not any(_LINK_LINE_RE.match(nfkc(x.text).strip()) for x in blocks[i + 1 : i + 3]):
            continue
        if any(LICENCE_WORD_RE.search(x.text) for x in blocks[max(0, i - 3) : i + 5]):
            return m["name"]
    return None
