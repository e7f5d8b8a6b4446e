"""benchmarks/list_variants.py: the rewrites keep the labelled list and change only its markup."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import list_variants  # noqa: E402

ROWS = "".join(
    f"<li><a href='/a/{i}.html'>园区新闻标题第{i}条内容</a><span>2024-03-{i:02d}</span></li>"
    for i in range(1, 11)
)
HTML = (
    "<html><body><div class='nav'><a href='/'>首页</a></div>"
    f"<div class='main'><ul class='list'>{ROWS}</ul></div></body></html>"
).encode()


def _page() -> list_variants.Page:
    links = [f"http://www.example.gov.cn/a/{i}.html" for i in range(1, 11)]
    label = {
        "html": HTML,
        "url": "http://www.example.gov.cn/list/",
        "links": links,
        "next_page": None,
    }
    return list_variants.Page(label)


def _markup(page: list_variants.Page) -> str:
    return lxml.html.tostring(page.root.find(".//div[@class='main']"), encoding="unicode")


def test_records_are_the_rows_of_the_labelled_links() -> None:
    page = _page()
    assert [r.tag for r in page.records] == ["li"] * 10


def test_split_boxes_puts_five_rows_in_each_list_built_like_the_first() -> None:
    page = _page()
    assert list_variants.split_boxes(page)
    main = page.root.find(".//div[@class='main']")
    assert [(c.tag, c.get("class"), len(c)) for c in main] == [
        ("ul", "list", 5), ("div", "line", 0), ("ul", "list", 5),
    ]  # fmt: skip


def test_dates_chinese_and_rows_as_table() -> None:
    page = _page()
    assert list_variants.dates_chinese(page)
    assert list_variants.rows_as_table(page)
    assert _markup(page).startswith(
        '<div class="main"><table><tr><td><a href="/a/1.html">园区新闻标题第1条内容</a>'
        "<span>2024年03月01日</span></td></tr>"
    )


def test_few_rows_cuts_the_labels_to_the_rows_kept() -> None:
    page = _page()
    assert list_variants.few_rows(page)
    assert sorted(page.gold) == [f"www.example.gov.cn/a/{i}.html" for i in (1, 2, 3)]
