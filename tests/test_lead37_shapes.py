"""The record of an author slot that names the site itself (issue 10, session 37).

A meta line's ``作者：SITE`` (or ``作者：SITE小编``) gives no author, as a trailer's slot naming the
site does; both now record the rule ``site-name``, so the extraction record says why the page has
no author (follow296: transplant draws its author hosts by that record). A writer in the slot, or
no slot at all, records as before.

Why: docs/benchmarks.md, follow296 ("Left") and the session-37 re-measure.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

SITE = "约克华人网"


def _page(meta: str) -> dict:
    body = (
        f"<header><a href='/'>{SITE}</a></header><h1>畅享英伦</h1><div class='meta'>{meta}</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div><footer>© {SITE}</footer>"
    )
    head = f"<title>畅享英伦 | {SITE}</title><meta property='og:site_name' content='{SITE}'>"
    return run(body, head, "https://york.example.org/2017/05/04/changxiang/")


@pytest.mark.parametrize(
    ("meta", "author", "rule"),
    [
        ("作者：约克华人网 | 2017-05-04", None, "site-name"),
        ("作者：约克华人网小编 2017-05-04", None, "site-name"),
        # neighbours: a writer in the slot; no slot
        ("作者：张三 | 2017-05-04", "张三", "label"),
        ("2017-05-04", None, None),
    ],
)
def test_a_meta_slot_naming_the_site_records_why(
    meta: str, author: str | None, rule: str | None
) -> None:
    got = _page(meta)
    assert (got["author"], got["extraction"].get("author")) == (author, rule)
