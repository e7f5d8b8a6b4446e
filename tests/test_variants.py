"""benchmarks/variants.py: the exact markup each variant kind writes, on a synthetic page."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("variants", ROOT / "benchmarks" / "variants.py")
variants = importlib.util.module_from_spec(_spec)
sys.modules["variants"] = variants
_spec.loader.exec_module(variants)

PAGE = """<html><head><meta charset="utf-8"><title>高新区发布新政策</title></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a></div>
<h1>高新区发布新政策</h1>
<div class="info"><span>2024-03-05 10:30</span> <span>来源：高新区管委会</span> <span>作者：张三</span></div>
<div class="text"><p>高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。</p>
<p>政策自发布之日起施行，有效期三年，由管委会负责解释。</p></div>
<p class="tail">责任编辑：李四</p>
</body></html>""".encode()

LABEL = {
    "id": "synthetic", "url": "http://example.invalid/a.html", "title": "高新区发布新政策",
    "published": "2024-03-05T10:30", "author": ["张三"], "editor": ["李四"],
    "source": "高新区管委会", "category": "首页 > 新闻动态",
    "body": ["高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。",
             "政策自发布之日起施行，有效期三年，由管委会负责解释。"],
}  # fmt: skip


def made(field: str, kind: str) -> dict[str, str]:
    """Variant name -> the rewritten line's HTML."""
    root = variants.load_tree(PAGE)
    return {name: variants.spot_html(spot) for name, _, spot in
            variants.variants(LABEL, root, field, kind)}  # fmt: skip


def test_spot_is_the_labelled_item_and_its_line() -> None:
    spot = variants.find_spot(variants.load_tree(PAGE), LABEL, "author")
    assert (spot.label, spot.value, spot.el.tag, spot.line.get("class")) == (
        "作者",
        "张三",
        "span",
        "info",
    )
    assert variants.items_of(spot.line) == ["2024-03-05 10:30", "来源：高新区管委会", "作者：张三"]


def test_colon_forms_and_label_synonyms() -> None:
    out = made("author", "colon")
    assert out["colon:ascii-space"] == (
        '<div class="info"><span>2024-03-05 10:30</span> <span>来源：高新区管委会</span> '
        "<span>作者: 张三</span></div>"
    )
    assert sorted(out) == ["colon:ascii", "colon:ascii-space", "colon:fullwidth-space",
                           "colon:label=撰文", "colon:label=撰稿", "colon:label=文"]  # fmt: skip
    assert "<span>撰文：张三</span>" in out["colon:label=撰文"]


def test_separators_markup_and_order_rebuild_the_line() -> None:
    seps = made("author", "separators")
    assert (
        seps["separators:fwpipe"]
        == '<div class="info">2024-03-05 10:30｜来源：高新区管委会｜作者：张三</div>'
    )
    assert (
        seps["separators:br"]
        == '<div class="info">2024-03-05 10:30<br>来源：高新区管委会<br>作者：张三</div>'
    )
    markup = made("author", "markup")
    assert markup["markup:line-td"] == (
        "<table><tr><td>2024-03-05 10:30\xa0\xa0来源：高新区管委会\xa0\xa0作者：张三</td></tr></table>"
    )
    assert markup["markup:item-em"] == (
        '<div class="info"><em>2024-03-05 10:30</em>\xa0\xa0<em>来源：高新区管委会</em>\xa0\xa0'
        "<em>作者：张三</em></div>"
    )
    assert markup["markup:item-a"] == (
        '<div class="info">2024-03-05 10:30\xa0\xa0来源：<a href="#">高新区管委会</a>\xa0\xa0'
        '作者：<a href="#">张三</a></div>'
    )
    order = made("author", "order")
    assert (
        order["order:reversed"]
        == '<div class="info">作者：张三\xa0\xa0来源：高新区管委会\xa0\xa02024-03-05 10:30</div>'
    )
    assert order["order:noise-views"].endswith("作者：张三\xa0\xa0浏览次数：<span>123</span></div>")


def test_dates_breadcrumbs_and_position() -> None:
    dates = made("published", "dates")
    assert dates["dates:cjk"] == (
        '<div class="info"><span>2024年3月5日 10:30</span> <span>来源：高新区管委会</span> '
        "<span>作者：张三</span></div>"
    )
    assert sorted(dates) == [
        "dates:cjk", "dates:cjk-padded", "dates:dot", "dates:dot-short", "dates:english",
        "dates:roc", "dates:short-year", "dates:slash", "dates:slash-short", "dates:weekday",
    ]  # fmt: skip
    assert dates["dates:short-year"].startswith('<div class="info"><span>24-03-05 10:30</span>')
    # 2024-03-05 was a Tuesday, ROC year 113
    assert dates["dates:weekday"].startswith(
        '<div class="info"><span>2024年3月5日 星期二 10:30</span>'
    )
    assert dates["dates:english"].startswith('<div class="info"><span>Mar 5, 2024 10:30</span>')
    assert dates["dates:roc"].startswith('<div class="info"><span>民國113年3月5日 10:30</span>')
    assert dates["dates:slash-short"].startswith('<div class="info"><span>2024/3/5 10:30</span>')
    crumbs = made("category", "breadcrumbs")
    assert crumbs["breadcrumbs:»-spaced"] == (
        '<div class="crumb">当前位置：<a href="/">首页</a> » <a href="/news/">新闻动态</a></div>'
    )
    assert crumbs["breadcrumbs:>"] == (
        '<div class="crumb">当前位置：<a href="/">首页</a>&gt;<a href="/news/">新闻动态</a></div>'
    )
    root = variants.load_tree(PAGE)
    [(name, html, spot)] = variants.variants(LABEL, root, "editor", "position")
    tree = variants.load_tree(html)
    text = tree.find(".//div[@class='text']")
    assert (
        etree.tostring(text[0], encoding="unicode", with_tail=False)
        == '<p class="tail">责任编辑：李四</p>'
    )


def test_heading_changes_the_tag_only() -> None:
    """A ``<br>`` in the headline stays (flattened, two lines would read as one); a longer line
    that holds the title (a list link with a document number) is not the heading."""
    page = PAGE.replace(
        "<h1>高新区发布新政策</h1>".encode(), "<h1>高新区发布<br>新政策</h1>".encode()
    )
    page = page.replace(b"<body>", "<body><p><a href='/b'>高新区发布新政策(第2号)</a></p>".encode())
    root = variants.load_tree(page)
    out = {name: variants.spot_html(spot)
           for name, _, spot in variants.variants(LABEL, root, "title", "heading")}  # fmt: skip
    assert out == {
        "heading:h2": "<h2>高新区发布<br>新政策</h2>",
        "heading:div": "<div>高新区发布<br>新政策</div>",
        "heading:p": "<p>高新区发布<br>新政策</p>",
        "heading:strong": "<div><strong>高新区发布<br>新政策</strong></div>",
    }


def test_hidden_text_is_no_item_and_a_glued_time_gets_a_space() -> None:
    """A closed dialog (display:none) in the meta line is not read as items; a time written
    right after 日 stays apart from the day once the date is rewritten."""
    page = PAGE.replace(
        b"<span>2024-03-05 10:30</span>",
        "<span>2024年3月5日10:30</span><div style='display: none'>举报 取消</div>".encode(),
    )
    root = variants.load_tree(page)
    spot = variants.find_spot(root, LABEL, "author")
    assert variants.items_of(spot.line) == ["2024年3月5日10:30", "来源：高新区管委会", "作者：张三"]
    dates = {name: variants.spot_html(spot)
             for name, _, spot in variants.variants(LABEL, root, "published", "dates")}  # fmt: skip
    assert dates["dates:iso"].startswith('<div class="info"><span>2024-03-05 10:30</span>')


def test_encoding_variant_declares_gbk_and_reads_the_same() -> None:
    [(name, html, _)] = variants.variants(LABEL, variants.load_tree(PAGE), "title", "encoding")
    assert name == "encoding:gbk"
    assert b'<meta charset="gbk">' in html
    assert "作者：张三".encode("gbk") in html
    base = variants.serialise(variants.load_tree(PAGE))
    got, want = variants.extract(html, LABEL), variants.extract(base, LABEL)
    assert (got.pop("encoding"), want.pop("encoding")) == ("gb18030", "utf-8")
    assert got == want


def test_label_apart_from_its_value() -> None:
    out = made("author", "markup")
    assert out["markup:label-strong"] == (
        '<div class="info">2024-03-05 10:30\xa0\xa0<strong>来源：</strong>高新区管委会\xa0\xa0'
        "<strong>作者：</strong>张三</div>"
    )
    assert "<span>作者</span>：张三" in out["markup:label-span-colon-out"]


_tspec = importlib.util.spec_from_file_location("transplant", ROOT / "benchmarks" / "transplant.py")
transplant = importlib.util.module_from_spec(_tspec)
sys.modules["transplant"] = transplant
_tspec.loader.exec_module(transplant)


def _html_of(root: object, xpath: str) -> str:
    [el] = root.xpath(xpath)
    return etree.tostring(el, method="html", encoding="unicode", with_tail=False)


def test_transplant_takes_the_labelled_item_and_puts_it_beside_the_date() -> None:
    root = variants.load_tree(PAGE)
    spot = variants.find_spot(root, LABEL, "editor")
    html = transplant._item_html(spot, LABEL, "editor")
    assert html == '<p class="tail">责任编辑：李四</p>'
    shape = transplant.Shape("editor", "labelled:责任编辑", html, ["李四"])
    page = transplant.transplanted(LABEL, root, shape, "meta")
    assert _html_of(variants.load_tree(page), "//div[@class='info']") == (
        '<div class="info"><span>2024-03-05 10:30</span> <span>来源：高新区管委会</span> '
        '<span>作者：张三</span>\xa0\xa0<p class="tail">责任编辑：李四</p></div>'
    )


def test_transplant_unlabelled_shapes_at_their_places() -> None:
    root = variants.load_tree(PAGE)
    slash = transplant.Shape("author", "slash:文/", "<p>文/王五</p>", ["王五"])
    tree = variants.load_tree(transplant.transplanted(LABEL, root, slash, "line"))
    assert _html_of(tree, "//h1/following-sibling::*[1]") == "<p>文/王五</p>"
    bracket = transplant.Shape(
        "author", "bracket", "本报讯（记者 王五）", ["王五"], ("first",), "prefix"
    )
    tree = variants.load_tree(transplant.transplanted(LABEL, root, bracket, "first"))
    assert _html_of(tree, "//div[@class='text']/p[1]") == (
        "<p>本报讯（记者 王五）高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。</p>"
    )
    closing = transplant.Shape("author", "closing", "（王五）", ["王五"], ("trailer",), "suffix")
    tree = variants.load_tree(transplant.transplanted(LABEL, root, closing, "trailer"))
    assert _html_of(tree, "//div[@class='text']/p[2]").endswith("由管委会负责解释。（王五）</p>")


def test_trail_kind_rebuilds_the_trail_as_other_cmss_draw_it() -> None:
    out = made("category", "trail")
    assert out["trail:ul-css"] == (
        '<div class="crumb">当前位置：<ul class="c2"><li><a href="/">首页</a></li>'
        '<li><a href="/news/">新闻动态</a></li></ul></div>'
    )
    assert out["trail:img-sep"] == (
        '<div class="crumb">当前位置：<a href="/">首页</a><img src="/images/arrow.gif">'
        '<a href="/news/">新闻动态</a></div>'
    )
    assert out["trail:ol-sep"] == (
        '<div class="crumb">当前位置：<ol class="c2"><li><a href="/">首页</a><span>›</span></li>'
        '<li><a href="/news/">新闻动态</a></li></ol></div>'
    )
    assert out["trail:tail=headline"] == (
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a>'
        " &gt; 高新区发布新政策</div>"
    )
    assert sorted(out) == ["trail:img-sep", "trail:jsonld-list", "trail:microdata",
                           "trail:ol-aria", "trail:ol-sep", "trail:tail=headline", "trail:tail=内容",
                           "trail:tail=正文", "trail:tail=详情", "trail:ul-css"]  # fmt: skip


def test_headline_kind_writes_the_headline_apart_from_a_heading_tag() -> None:
    out = made("title", "headline")
    assert out["headline:div-class"] == '<div class="t_1">高新区发布新政策</div>'
    assert out["headline:two-lines"] == "<h1>高新区发<br>布新政策</h1>"
    # the headline's element gone, <title> (which already names it) the one place it shows
    assert "高新区发布新政策" not in out["headline:title-only"]


def test_forms_kind_sets_each_label_apart_from_its_value() -> None:
    """robust52: the labelled items in traditional characters, a definition list, table cells,
    a label element and brackets; unlabelled items (the date) stay as they are."""
    out = made("source", "forms")
    assert out["forms:traditional"] == (
        '<div class="info"><span>2024-03-05 10:30</span> <span>來源：高新区管委会</span> '
        "<span>作者：张三</span></div>"
    )
    assert out["forms:dl"] == (
        '<dl class="info"><dd>2024-03-05 10:30</dd><dt>来源</dt><dd>高新区管委会</dd>'
        "<dt>作者</dt><dd>张三</dd></dl>"
    )
    assert out["forms:td-label-value"] == (
        "<table><tr><td>2024-03-05 10:30</td><td>来源：</td><td>高新区管委会</td>"
        "<td>作者：</td><td>张三</td></tr></table>"
    )
    assert out["forms:span-label"] == (
        '<div class="info"><span>2024-03-05 10:30</span>\xa0\xa0<span class="label">来源</span>'
        '<span>高新区管委会</span>\xa0\xa0<span class="label">作者</span><span>张三</span></div>'
    )
    assert out["forms:brackets"] == (
        '<div class="info">2024-03-05 10:30 [来源:高新区管委会] [作者:张三]</div>'
    )
    assert sorted(out) == ["forms:brackets", "forms:dl", "forms:dl-colon", "forms:label-tag",
                           "forms:lenticular", "forms:span-label", "forms:td-items",
                           "forms:td-label-value", "forms:th-label", "forms:traditional"]  # fmt: skip


def test_a_popup_inside_an_item_is_no_text_of_the_line() -> None:
    """A share box's popup inside an inline item (ccdi's QR code dialog, hidden by a class)
    stays out of the rebuilt line."""
    root = etree.fromstring(
        "<div class='d'><em>来源：网站</em><em>时间：2024-01-31</em><em><div class='box'>"
        "<span>分享</span><h4>微信扫一扫：分享</h4><div>扫一下二维码便可将本文分享至朋友圈。</div>"
        "</div></em></div>",
        etree.HTMLParser(),
    ).find(".//div")
    assert variants.items_of(root) == ["来源：网站", "时间：2024-01-31"]


def test_theme_hidden_text_is_no_item_of_the_line() -> None:
    """A WordPress ``<time class="updated">`` after the published one and a screen-reader word
    are hidden by every theme's stylesheet: no item of the rebuilt line (robust110: iiaulab's two
    dates were glued into ``2015年4月29日2022年6月12日``)."""
    root = etree.fromstring(
        "<div class='entry-meta'><span class='posted-on'><a href='/p/'>"
        "<time class='entry-date published' datetime='2015-04-29'>2015年4月29日</time>"
        "<time class='updated' datetime='2022-06-12'>2022年6月12日</time></a></span>"
        "<span class='comments-links'><span class='screen-reader-text'>Comments</span> "
        "<a href='#'>0 Feedbacks</a></span><span class='byline'> by <a>iiau</a></span></div>",
        etree.HTMLParser(),
    ).find(".//div")
    assert variants.items_of(root) == ["2015年4月29日", "0 Feedbacks", "by iiau"]
    # an updated time that no published one precedes is shown (a post's only time)
    alone = etree.fromstring(
        "<div><time class='updated' datetime='2022-06-12'>2022年6月12日</time> 作者：张三</div>",
        etree.HTMLParser(),
    ).find(".//div")
    assert variants.items_of(alone) == ["2022年6月12日", "作者：张三"]


def test_false_fields_count_a_date_and_a_category_too() -> None:
    """A date or a category given on a page labelled without one is a false+ as a name is."""
    score = {
        "published_false": 1.0,
        "category_false": 0.0,
        "source_false": 1.0,
        "author_false": None,
    }
    assert variants.false_fields(score) == {"published", "source"}


def _moved_date_line(page: bytes) -> Any:
    """The page after the ``position`` variant of its date line, parsed."""
    root = variants.load_tree(page)
    [(name, html, spot)] = variants.variants(LABEL, root, "published", "position")
    assert name == "position:moved"
    return variants.load_tree(html)


def test_a_date_line_moved_under_the_text_goes_right_after_its_last_words() -> None:
    """A text box whose own text is the article, then a pager (ncoe's): the moved line stands
    right after the text, not after the pager and the related links (robust110)."""
    text = (
        '<div class="text">高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。<br>'
        "政策自发布之日起施行，有效期三年，由管委会负责解释。"
        "<ul class='pager'><li>上一篇：<a href='/1'>旧闻</a></li></ul></div>"
    )
    start = PAGE.index(b'<div class="text">')
    end = PAGE.index(b"</div>", start) + len(b"</div>")
    tree = _moved_date_line(PAGE[:start] + text.encode() + PAGE[end:])
    box = tree.find(".//div[@class='text']")
    assert box[1].get("class") == "info"
    assert box[2].get("class") == "pager"


def test_a_date_line_moved_under_a_table_closing_the_text_goes_under_the_table() -> None:
    """The text's last words in an agenda's last cell (cuasia's event page): the moved line goes
    under the table, not into the cell."""
    page = PAGE.replace(
        "<p>政策自发布之日起施行，有效期三年，由管委会负责解释。</p>".encode(),
        "<table><tr><td>议程</td><td>政策自发布之日起施行，有效期三年，由管委会负责解释。</td></tr></table>".encode(),
    )
    tree = _moved_date_line(page)
    table = tree.find(".//table")
    assert table.getnext().get("class") == "info"


ICON_PAGE = """<html><head><meta charset="utf-8"><title>双十一的收入</title></head><body>
<h1>双十一的收入</h1>
<div class="article-meta"><span><i class="fa fa-clock-o"></i> 2020年11月13日 10:18</span>
<span><i class="fa fa-comment-o"></i><a href="#c">0</a></span>
<span><i class="fa fa-user fa-fw"></i>老鲫鱼</span></div>
<div class="text"><p>双十一过去了，我的收入貌似还不错，这里记一笔账，给自己做个总结。</p></div>
</body></html>""".encode()
ICON_LABEL = {"id": "icon", "url": "http://example.invalid/b.html", "title": "双十一的收入",
              "author": ["老鲫鱼"], "body": ["双十一过去了，我的收入貌似还不错，这里记一笔账，给自己做个总结。"]}  # fmt: skip


def test_a_person_icon_stays_with_its_item_when_the_line_is_rebuilt() -> None:
    """The icon before a name is the name's label (meta_marks, LABELLING.md session 21): the
    rewrites of the line keep it before the name instead of dropping it (m43626, gmtchina)."""
    root = variants.load_tree(ICON_PAGE)
    spot = variants.find_spot(root, ICON_LABEL, "author")
    assert variants.items_of(spot.line) == ["2020年11月13日 10:18", "0", "老鲫鱼"]
    out = {name: variants.spot_html(s) for name, _, s in
           variants.variants(ICON_LABEL, root, "author", "markup")}  # fmt: skip
    assert out["markup:line-div"] == (
        '<div><i class="fa fa-clock-o"></i> 2020年11月13日 10:18\xa0\xa0'
        '<i class="fa fa-comment-o"></i>0\xa0\xa0<i class="fa fa-user fa-fw"></i>老鲫鱼</div>'
    )
    assert out["markup:item-a"] == (
        '<div class="article-meta"><i class="fa fa-clock-o"></i> 2020年11月13日 10:18\xa0\xa0'
        '<i class="fa fa-comment-o"></i>0\xa0\xa0<a href="#"><i class="fa fa-user fa-fw"></i>'
        "老鲫鱼</a></div>"
    )


def test_a_picture_after_a_colon_keeps_the_value_in_its_item() -> None:
    """An outlet's logo after ``来源：`` joins the item as the colon does: the name after it
    stays the item's value."""
    root = etree.fromstring(
        '<div>中国日报网\xa0\xa0来源：<a href="/x"><img src="/logo.jpg"></a> 中国日报网</div>',
        etree.HTMLParser(),
    ).find(".//div")
    items = variants.items_of(root, icons=True)
    assert [variants._esc(i) for i in items] == [
        "中国日报网",
        '来源：<img src="/logo.jpg">中国日报网',
    ]


def test_the_label_before_a_value_is_found_across_an_indent() -> None:
    """A template's indent between the label and its value is no distance (cwl.gov.cn's
    ``<small>来源：<span>`` then twelve blanks and the name)."""
    text = "来源：\n            \n            中国社会报\n"
    assert variants._label_before(text, "中国社会报", "source") == "来源"
    assert (
        variants._label_before("来源：某某某某某某某某某某某某中国社会报", "中国社会报", "source")
        is None
    )


def test_a_colonless_label_keeps_its_value_and_a_list_its_entries() -> None:
    """``發布日期 DATE`` and ``分類 Apple, iPhone, 面板`` are one item each (technews.tw's header
    row): a label with no colon keeps its value, a list's commas part no items; linked, only the
    value is the link."""
    root = etree.fromstring(
        "<td><span>作者</span> <span><a href='/a/'>MoneyDJ</a></span> | <span>發布日期</span> "
        "<span>2015 年 11 月 26 日 8:15</span> | <span>分類</span> <span><a href='/c/a'>Apple"
        "</a>, <a href='/c/i'>iPhone</a>, <a href='/c/d'>面板</a></span></td>",
        etree.HTMLParser(),
    ).find(".//td")
    items = variants.items_of(root)
    assert items == [
        "作者 MoneyDJ",
        "發布日期 2015 年 11 月 26 日 8:15",
        "分類 Apple, iPhone, 面板",
    ]
    assert [variants._linked(i) for i in items] == [
        '作者 <a href="#">MoneyDJ</a>',
        "發布日期 2015 年 11 月 26 日 8:15",
        '分類 <a href="#">Apple, iPhone, 面板</a>',
    ]


def test_a_name_after_a_persons_item_is_its_next_name() -> None:
    """``责任编辑：李春燕   柯建林`` (tssqjy's two editors parted by a wide gap) is one item; a page
    control after the name stays an item of its own."""
    root = etree.fromstring(
        "<p>供稿：路南社区分院     责任编辑：李春燕   柯建林</p>", etree.HTMLParser()
    ).find(".//p")
    assert variants.items_of(root) == ["供稿：路南社区分院", "责任编辑：李春燕 柯建林"]
    root = etree.fromstring("<p>作者：张三  打印  关闭</p>", etree.HTMLParser()).find(".//p")
    assert variants.items_of(root) == ["作者：张三", "打印", "关闭"]


def test_an_unlabelled_names_line_breaks_stay_when_its_line_is_rebuilt() -> None:
    """A name set on a line of its own under the headline (aka's ``<h1>TITLE<br>NAME<br>[返回]``)
    keeps its ``<br>`` in the markup rebuilds: joined into one line with the headline, nothing
    would tell a reader it is the writer's."""
    page = (
        "<html><head><meta charset='utf-8'><title>天生阿卡自有用</title></head><body><table><tr>"
        "<td><h1 align='center'>天生阿卡自有用<br><font size='2'>WaterBird<br><a href='c.html'>"
        "[返回]</a></font></h1><p>阿卡是一个由热爱自由软件的年轻人组成的团体，成立于九十年代末。</p>"
        "</td></tr></table></body></html>"
    ).encode()
    label = {"id": "aka", "url": "http://example.invalid/c.html", "title": "天生阿卡自有用",
             "author": ["WaterBird"], "body": ["阿卡是一个由热爱自由软件的年轻人组成的团体，成立于九十年代末。"]}  # fmt: skip
    root = variants.load_tree(page)
    out = {name: variants.spot_html(s) for name, _, s in
           variants.variants(label, root, "author", "markup")}  # fmt: skip
    assert out["markup:item-span"] == (
        '<h1 align="center"><span>天生阿卡自有用</span><br><span>WaterBird</span><br>'
        "<span>[返回]</span></h1>"
    )
    assert out["markup:line-div"] == "<div>天生阿卡自有用<br>WaterBird<br>[返回]</div>"


def test_a_credit_under_the_headline_in_its_element_keeps_its_line() -> None:
    """zsnews' headline and ``来源于：`` credit in one ``<div>`` parted by a ``<br>``: the markup
    rebuilds keep the credit on its own line (joined, it would read as the headline's end)."""
    page = (
        "<html><head><meta charset='utf-8'><title>调研众创金融街</title></head><body>"
        "<div align='center'><span class='Title'><b>调研众创金融街</b></span><br>"
        "<font>来源于：东区办事处</font></div><p>街道党工委委员一行到众创金融街开展调研工作，"
        "了解企业发展情况。</p></body></html>"
    ).encode()
    label = {"id": "zs", "url": "http://example.invalid/d.html", "title": "调研众创金融街",
             "source": "东区办事处", "body": ["街道党工委委员一行到众创金融街开展调研工作，了解企业发展情况。"]}  # fmt: skip
    out = {name: variants.spot_html(s) for name, _, s in
           variants.variants(label, variants.load_tree(page), "source", "markup")}  # fmt: skip
    assert out["markup:line-p"] == "<p>调研众创金融街<br>来源于：东区办事处</p>"


def test_an_inline_date_line_moved_into_the_texts_flow_keeps_its_own_line() -> None:
    """nangongst's ``<span class=date>`` between the headline and the text: moved after the
    text's last words (a box going on past them) it stands in a div of its own, not glued to
    the words (robust111)."""
    page = PAGE.replace(
        b'<div class="info"><span>2024-03-05 10:30</span> <span>\xe6\x9d\xa5\xe6\xba\x90',
        b'<span class="date">2024-03-05 10:30</span><div class="info"><span>\xe6\x9d\xa5\xe6\xba\x90',
    ).replace(
        "由管委会负责解释。</p></div>".encode(),
        "由管委会负责解释。<br>更多<a href='/x'>相关</a></p></div>".encode(),
    )
    root = variants.load_tree(page)
    [(name, html, spot)] = variants.variants(LABEL, root, "published", "position")
    assert variants.spot_html(spot) == '<span class="date">2024-03-05 10:30</span>'
    parent = spot.line.getparent()
    assert parent.tag == "div"
    assert len(parent) == 1
    assert not (parent.text or "").strip()


def test_a_value_cell_beside_its_label_cell_is_not_moved() -> None:
    """wuhan-gsj's 信息公开 box (``<td>公开日期</td><td>2018-01-01</td>``): moved alone, the
    value would lose the label that names it; no ``position`` variant (robust111)."""
    page = PAGE.replace(
        b'<div class="info"><span>2024-03-05 10:30</span>',
        "<table><tr><td>公开日期</td><td>2024-03-05 10:30</td></tr></table><div class='info'>".encode(),
    )
    root = variants.load_tree(page)
    assert list(variants.variants(LABEL, root, "published", "position")) == []


def test_a_headline_inside_a_heading_with_its_byline_is_not_retagged() -> None:
    """aka.org.cn's ``<h1><span>标题</span><br><font>HansB<br><a>[返回]</a></font></h1>``: retagged,
    the headline would be a block nested in the h1 (no template prints it); taken away, the
    h1 would show the byline alone. Only the two-line rewrite is made (robust111)."""
    page = PAGE.replace(
        "<h1>高新区发布新政策</h1>".encode(),
        "<h1><span>高新区发布新政策</span><br><font size='2'>张三<br><a href='/'>[返回]</a></font></h1>".encode(),
    )
    root = variants.load_tree(page)
    names = [n for kind in ("heading", "headline")
             for n, _, _ in variants.variants(LABEL, root, "title", kind)]  # fmt: skip
    assert names == ["headline:two-lines"]
    # a heading showing the headline alone is retagged as before
    plain = variants.load_tree(
        PAGE.replace(b"<h1>", b"<h1><span>").replace(b"</h1>", b"</span></h1>")
    )
    assert len(list(variants.variants(LABEL, plain, "title", "heading"))) == 5


def test_a_trail_its_markup_names_is_the_spot_not_the_box_around_it() -> None:
    """setn's ``<div class=newsBreadcrumb><nav class=breadcrumb>`` of two links (CSS draws the
    separators), a podcast player's link and clock after the nav in the div: the nav is the
    trail the rewrites rebuild (robust111)."""
    page = PAGE.replace(
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a></div>'.encode(),
        (
            '<div class="newsBreadcrumb"><nav class="breadcrumb"><a href="/">首页</a>'
            '<a href="/news/">新闻动态</a></nav><a href="/podcast/">听新闻</a> <span>0:00</span></div>'
        ).encode(),
    )
    spot = variants.find_spot(variants.load_tree(page), LABEL, "category")
    assert spot.el.tag == "nav"


def test_transplant_counts_a_credit_the_shape_carries_as_the_donor_s() -> None:
    """robust112: hexun's author paragraph ``每经记者 李彪 每经编辑 陈旭`` carries its editor 陈旭 (the
    donor's other editor, from another line, stays behind); the host then shows that editor, which
    is expected there, not a false one. A name shown without its label is not carried."""
    donor = {"author": ["李彪"], "editor": ["陈旭", "岳权利"], "source": "每日经济新闻"}
    shape = transplant.Shape(
        "author", "labelled:记者", "<p>每经记者 李彪 每经编辑 陈旭</p>", ["李彪"]
    )
    assert transplant._carried(donor, shape) == {"editor": ["陈旭"]}
    alone = transplant.Shape("author", "labelled:记者", "<p>每经记者 李彪</p>", ["李彪"])
    assert transplant._carried(donor, alone) == {}
    cjn = {"author": ["陈智"], "editor": ["姚昊"], "source": "长江网"}
    lede = transplant.Shape(
        "author", "labelled:记者", "<p>长江网10月4日讯（记者陈智 整合）</p>", ["陈智"]
    )
    assert transplant._carried(cjn, lede) == {}


def test_items_keep_a_page_control_s_brackets_whole() -> None:
    """robust112: chinapolicy's empty ``作者:`` slot before its font-size links ``【大 中 小】`` is
    one item; parted inside the brackets (``【大 中小 / 】``) it read as two writers no CMS prints."""
    line = etree.fromstring(
        '<div>2025-05-07 17:10:28 来源:<a href=""></a> 作者: 【<a href="#">大</a> '
        '<a href="#">中</a> <a href="#">小</a>】 浏览:<font>13</font>次</div>'
    )
    assert variants.items_of(line) == [
        "2025-05-07 17:10:28",
        "来源:作者: 【大 中 小】",
        "浏览:13 次",
    ]


def test_an_unlabelled_signatures_alignment_stays_when_its_line_is_rebuilt() -> None:
    """A name without a label set flush right under the text (pjhospital's ``<p style="text-align:
    right;">宣传部辛欣</p>``) keeps its alignment in the line rebuilds: it is what tells a reader
    the name signs the text. A labelled line is rebuilt bare, as before."""
    page = (
        "<html><head><meta charset='utf-8'><title>院领导调研人才工作</title></head><body>"
        "<h1>院领导调研人才工作</h1><div class='text'><p>院领导强调要搭建利于职工发展的平台，为人才成长创造条件。</p>"
        "<p style='text-align: right;'>宣传部辛欣</p></div></body></html>"
    ).encode()
    label = {"id": "sig", "url": "http://example.invalid/s.html", "title": "院领导调研人才工作",
             "author": ["辛欣"], "body": ["院领导强调要搭建利于职工发展的平台，为人才成长创造条件。"]}  # fmt: skip
    root = variants.load_tree(page)
    out = {name: variants.spot_html(s) for name, _, s in
           variants.variants(label, root, "author", "markup")}  # fmt: skip
    assert out["markup:line-div"] == '<div style="text-align: right">宣传部辛欣</div>'
    assert out["markup:line-td"] == (
        '<table><tr><td style="text-align: right">宣传部辛欣</td></tr></table>'
    )
    assert made("author", "markup")["markup:line-div"] == (
        "<div>2024-03-05 10:30\xa0\xa0来源：高新区管委会\xa0\xa0作者：张三</div>"
    )


def test_a_box_date_cell_beside_the_rows_other_cells_is_not_retagged_as_a_line() -> None:
    """chairmenfrog's 信息公开 box (``<td>成文日期:2020-02-21</td>`` in a row of cells): a p, div,
    table or li of its own would take it out of the box, where 成文日期 names no publish date
    (the lead's session-26 decision); the item kinds still rewrite it (robust113)."""
    page = PAGE.replace(
        b'<div class="info"><span>2024-03-05 10:30</span>',
        "<table><tr><td>组配分类: 政策文件</td><td>成文日期: 2024-03-05 10:30</td></tr></table>"
        "<div class='info'>".encode(),
    )
    root = variants.load_tree(page)
    names = [name for name, _, _ in variants.variants(LABEL, root, "published", "markup")]
    assert not [n for n in names if n.startswith("markup:line-")]
    alone = PAGE.replace(
        b'<div class="info"><span>2024-03-05 10:30</span>',
        "<table><tr><td>成文日期: 2024-03-05 10:30</td></tr></table><div class='info'>".encode(),
    )
    names = [
        n for n, _, _ in variants.variants(LABEL, variants.load_tree(alone), "published", "markup")
    ]
    assert [n for n in names if n.startswith("markup:line-")] == [
        "markup:line-p",
        "markup:line-div",
        "markup:line-td",
        "markup:line-li",
    ]


def test_a_tag_lists_items_stay_apart() -> None:
    """A post's tag list (``<ul><li>HiTALK</li><li>利兹大学</li></ul>`` in a Hexo theme's meta row)
    shows each tag apart: two items, not the glued ``HiTALK利兹大学`` that read as an account after
    the date (follow296: 25 false sources a seed on two yorkhuaren posts)."""
    root = etree.fromstring(
        "<div class='article-subtitle'><b>作者：HiTALK </b> <a href='/p/'><time>2017-03-12</time></a>"
        "<ul class='article-tag-list'><li><a href='/tags/a/'>HiTALK</a></li>"
        "<li><a href='/tags/b/'>利兹大学</a></li></ul></div>",
        etree.HTMLParser(),
    ).find(".//div")
    assert variants.items_of(root) == ["作者：HiTALK", "2017-03-12", "HiTALK", "利兹大学"]
    assert variants.items_of(root, icons=True) == [
        "作者：HiTALK",
        "2017-03-12",
        "HiTALK",
        "利兹大学",
    ]
    # a list item's own inline parts stay one item (a tag's name and its count)
    one = etree.fromstring(
        "<div><span>2017-03-12</span><ul><li><a>HiTALK</a><sup>3</sup></li></ul></div>",
        etree.HTMLParser(),
    ).find(".//div")
    assert variants.items_of(one) == ["2017-03-12", "HiTALK3"]
