"""Title shapes found on unlabelled company-site pages (pool8, issue 10), as pages of our own.

Why each shape: docs/benchmarks.md, pool8.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

SIDEBAR = "<div class='float'><p>服务热线</p><p>工作日</p><p>08：30-23：00</p><a>留言</a></div>"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("园区企业年报发布 <a href='javascript:history.back()'>返回</a>", "园区企业年报发布"),
        ("园区企业年报发布", "园区企业年报发布"),
    ],
    ids=["back-button", "plain"],
)
def test_the_headline_line_inside_the_date_lines_element(headline: str, title: str) -> None:
    """A header box sets the headline in a child line and the date in its own text after it;
    <title> names only the site: the child line is the headline (not a sidebar line above
    the box), and a back button linked at its end is no word of it nor a writer."""
    rec = run(
        f"{SIDEBAR}<div class='header'><p class='t'>{headline}</p>"
        f"<span>example.com</span> <span>2017-09-02 10:45</span></div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>某某环球</title>",
    )
    assert rec["title"] == title
    assert rec["published_at"] == "2017-09-02T10:45:00+08:00"
    assert rec["author"] is None


def test_a_name_line_under_a_headline_stays_in_the_meta_line() -> None:
    """With a heading right above, a child line before the date is the meta line's (a name),
    not a second headline."""
    rec = run(
        "<h1>园区企业年报发布</h1><div class='info'><p>记者 张明华</p>2017-09-02 10:45</div>"
        f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>",
        "<title>某某环球</title>",
    )
    assert rec["title"] == "园区企业年报发布"
    assert rec["author"] == "张明华"
    assert rec["published_at"] == "2017-09-02T10:45:00+08:00"
