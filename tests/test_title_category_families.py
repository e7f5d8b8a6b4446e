"""Title and category shapes of CMS families and leftovers no dev page shows (fields4, issue 10).

Each page is our own small shape, written from what the family prints (its trail's label and
separators, the headline's place, <title>'s suffix); exact values."""

from __future__ import annotations

from page_shapes import PROSE, run

T = "高新区孵化器发布年度报告"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
URL = "http://www.park.cn/news/gq/2024/0305/12.html"


def test_hyphen_inside_a_latin_word_is_no_title_separator() -> None:
    # a bare <title> naming a model (GPT-4-turbo): its last hyphenated piece is no site's name
    out = run(f"<div>2024-03-05 10:00</div>{TEXT}", "<title>GPT-4-turbo 发布</title>", URL)
    assert out["title"] == "GPT-4-turbo 发布"
