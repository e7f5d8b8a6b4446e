"""tidy106: the article code reads a script href in any case, with the list finder's one helper.

HTML reads a URL's scheme in any case (``Javascript:void(0)``), so a trail item or a back link whose
href runs a script leads to no column, however the scheme is spelt (incubator_crawler/hrefs.py).
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

HEADLINE = "江苏南通：铁路板块并入南通大交通管理机构"
URL = "http://www.example.cn/article/65383060.html"


def _page(href: str) -> str:
    """chinahighway.com's touch template (follow105): ``<a>首页</a><a>要闻</a>`` above the headline,
    whose ``>`` the style sheet draws, and the page's own ``【返回上一级】`` under the text."""
    return (
        "<div class='sjxqA'><a href='../index.html'>首页</a>\n"
        f"<a href='{href}'>要闻</a></div>"
        f"<div class='sjxqB'><dl><dt>{HEADLINE}</dt><dd>\n<i>2020-05-09</i>\n<i>南通日报</i>\n</dd>"
        f"</dl><div class='sjxq_con'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='sjxq_bo'><a href='../index.html'>【<i>关闭窗口</i>】</a>"
        f"<a href='{href}' class='cur'>【<i>返回上一级</i>】</a></div></div>"
    )


@pytest.mark.parametrize(
    ("href", "category"),
    [
        ("Javascript:void(0)", None),
        ("JAVASCRIPT:void(0)", None),
        ("javascript:void(0)", None),
        # neighbours: addresses, one of them a page named after the language
        ("item-4.html", "要闻"),
        ("javascript-4.html", "要闻"),
    ],
    ids=["capital-j", "upper-case", "lower-case", "column-page", "page-named-javascript"],
)
def test_a_trail_item_and_back_link_that_run_a_script_lead_to_no_column(
    href: str, category: str | None
) -> None:
    """A column link and a back link that both run a script (``Javascript:void(0)``) witness no
    column, in any case; the same pair leading to a page is the trail ``首页 > 要闻``."""
    rec = run(_page(href), f"<title>{HEADLINE}</title>", URL)
    assert (rec["title"], rec["category"]) == (HEADLINE, category)
