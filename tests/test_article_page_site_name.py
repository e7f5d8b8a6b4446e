"""page.site_name_of: the WeChat account in id="js_name", also when the id is spelled with
character references (the parser keeps no id index: every page is visited)."""

from __future__ import annotations

import pytest

from incubator_crawler.article.page import parse_html, site_name_of


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<div id="js_name">不是</div><span id="js_name"> 科技 园 </span>', "科技 园"),
        ('<strong id="js&#95;name">孵化器</strong>', "孵化器"),
        # hex, decimal without a semicolon, leading zeros (the parser reads them all); a page's
        # &#160; with no such id gives the title's tail, as with no text given
        ('<span id="&#x6A;s&#95name">创业园</span>', "创业园"),
        ('<span id="j&#0115;_n&#X61;me">众创空间</span>', "众创空间"),
        ("<span>无&#160;名</span>", "站点"),
        ('<span id="js-name">&#160;无</span>', "站点"),
        ('<a id="js_name"></a><a id="js_name">第二个</a>', "第二个"),
        ('<span class="js_name">无</span>', "站点"),
        ("<span>无</span>", "站点"),
    ],
)
def test_site_name_from_js_name(body, expected):
    html = f"<html><head><title>文章 - 站点</title></head><body>{body}</body></html>"
    root = parse_html(html)
    assert site_name_of("文章 - 站点", {}, None, root, html) == expected
    assert site_name_of("文章 - 站点", {}, None, root) == expected  # the text is not read
