"""robust118: the values mode of benchmarks/variants.py (benchmarks/values.py) on a page in our own
words, and the reading faults it showed, each with its exact value and a negative neighbour."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> Any:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


variants = _load("variants")
values = _load("values")

LONG = "新政策对入驻孵化器的初创企业给予房租减免、创业补贴和融资担保等多方面的支持，帮助企业渡过起步阶段的难关。"
PAGE = f"""<html><head><meta charset="utf-8"><title>高新区发布新政策_新闻动态_示例网</title>
<meta name="PubDate" content="2024-03-05 10:30"></head><body>
<div class="nav"><a href="/news/">新闻动态</a> <a href="/">首页</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zx/">园区资讯</a> &gt; <a href="/news/">新闻动态</a></div>
<h1>高新区发布新政策</h1>
<div class="info"><span>发布时间：2024-03-05 10:30</span> <span>来源：高新区管委会</span></div>
<div class="text"><p>高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。</p>
<p>{LONG * 3}</p></div>
</body></html>""".encode()
LABEL = {
    "id": "synthetic", "url": "http://example.invalid/2024/0305/a.html", "title": "高新区发布新政策",
    "published": "2024-03-05T10:30", "published_precision": "minute", "source": "高新区管委会",
    "category": "首页 > 园区资讯 > 新闻动态", "body": ["高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。", LONG * 3],
}  # fmt: skip


def _made(field: str, shape: str) -> tuple[str, dict[str, Any], str]:
    root = variants.load_tree(PAGE)
    html, label, shown = values.MAKERS[field](LABEL, root, shape, 13)
    return html.decode(), label, shown


# ------------------------------------------------------------------------------ the tool
def test_each_date_shape_writes_its_shape_and_expects_its_value() -> None:
    for shape in values.DATE_SHAPES:
        html, label, shown = _made("published", shape)
        assert shown in html, shape
        day = label["published"][:10]
        y, m, d = day.split("-")
        # the page's other writings of the day moved with it: the PubDate and the address
        assert f'content="{day}' in html, shape
        assert f"/{y}/{m}{d}/" in label["url"], shape
        assert "2024-03-05" not in html, shape
        assert "2024/0305" not in label["url"], shape


def test_date_shapes_exact() -> None:
    rng = random.Random(1)
    form = values.page_form("2021年6月11日")
    assert (form.sep, form.padded) == ("年", False)
    assert values.page_form("2021-06-11").padded
    assert values.cn_year(2023) == "二〇二三"
    assert values.cn_number(31) == "三十一"
    assert values.cn_number(10) == "十"
    assert values.cn_number(7) == "七"
    draw = values.DATE_SHAPES["clock-PM"](rng, form, (2021, 6, 11))
    h12 = int(draw.text.split()[-2].split(":")[0])
    assert draw.expected[11:13] == f"{h12 + 12:02d}"
    assert not draw.keeps_clock
    draw = values.DATE_SHAPES["roc"](rng, form, (2021, 6, 11))
    assert draw.text.startswith("民國")
    assert int(draw.text[2:5].rstrip("年")) + 1911 == int(draw.expected[:4])
    assert values.move_day(
        "t20210611_1.html 2021年6月11日 2021-06-11", (2021, 6, 11), (2019, 1, 2)
    ) == ("t20190102_1.html 2019年1月2日 2019-01-02")
    assert values.move_day("2021年11月21日 2021/11/21", (2021, 11, 21), (2019, 1, 2)) == (
        "2019年1月2日 2019/01/02"
    )


def test_a_clock_the_shape_writes_moves_the_head_clock_too() -> None:
    html, label, shown = _made("published", "seconds")
    assert label["published"] == shown.replace(" ", "T")
    assert f'content="{shown}"' in html


def test_glued_label_drops_the_colon_only() -> None:
    html, label, shown = _made("published", "glued-label")
    assert f"发布时间{shown} 10:30" in html


def test_trail_shapes_rename_leaf_and_middle_everywhere() -> None:
    html, label, shown = _made("category", "english")
    assert label["category"] == shown
    assert shown.startswith("首页 > ")
    assert shown.split(" > ")[-1] in (values.TRAIL_NAMES["english"])
    assert "新闻动态" not in html
    assert "园区资讯" not in html
    html, label, shown = _made("category", "headline-word")
    assert shown.split(" > ")[-1] in "高新区发布新政策"


def test_title_shapes() -> None:
    html, label, shown = _made("title", "column-prefix")
    assert shown.startswith("【")
    assert label["title"] == "高新区发布新政策"
    assert (
        "<title>高新区发布新政策_新闻动态_示例网</title>" in html
    )  # the prefix on the heading alone
    html, label, shown = _made("title", "long")
    assert len(label["title"]) >= 60
    assert f"<title>{label['title']}_" in html


@pytest.mark.parametrize("field", values.VALUE_FIELDS)
def test_every_shape_reads_right_on_the_plain_page(field: str) -> None:
    root = variants.load_tree(PAGE)
    for shape in values.SHAPES[field]:
        html, label, _ = values.MAKERS[field](LABEL, root, shape, 13)
        pred = variants.extract(html, label)
        assert values.outcome(field, pred, label) == "right", shape


# ------------------------------------------------------------------------------ the fixes
def _extract(html: str, url: str = "http://example.invalid/a/2024/0305/a.html") -> dict[str, Any]:
    return variants.extract(html.encode(), {"url": url})


BODY = f"<div class='text'><p>{LONG}</p><p>{LONG}</p></div>"


def _prefixed(title: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{title}_示例网</title></head><body>
<div class="article"><p class="t1"> 【通知公告】解读《园区扶持办法》</p>
<p class="t2">《园区扶持办法》十问十答政策解读</p>
<div class="info"><span>发布日期：2024-03-05 10:30</span> <span>浏览次数：12</span></div>
{BODY}</div></body></html>"""


def test_a_column_prefix_on_the_heading_alone_leaves_it_the_headline() -> None:
    # the 【通知公告】 tag stands on the heading, <title> names the headline alone: the heading
    # is what <title> names, not the deck line under it
    assert _extract(_prefixed("解读《园区扶持办法》"))["title"] == "解读《园区扶持办法》"


def test_the_deck_stays_the_title_where_title_names_it() -> None:
    page = _prefixed("《园区扶持办法》十问十答政策解读")
    assert _extract(page)["title"] == "《园区扶持办法》十问十答政策解读"


def test_a_publish_label_glued_to_its_date_ends_the_source_before_it() -> None:
    from incubator_crawler.article.labels import split_labelled_line

    line = "来源：高新区管委会 发布时间2024-03-05 10:30"
    assert split_labelled_line(line) == {
        "source": "高新区管委会",
        "published": "发布时间2024-03-05 10:30",
    }
    page = f"""<html><head><meta charset="utf-8"><title>高新区发布新政策</title></head><body>
<h1>高新区发布新政策</h1><div class="info">{line}</div>{BODY}</body></html>"""
    got = _extract(page)
    assert (got["source"], got["published_at"][:16]) == ("高新区管委会", "2024-03-05T10:30")
    # a full-width date glued to the label is read as the ASCII one is
    assert split_labelled_line("作者：张三 发布日期２０２４－０３－０５")["author"] == "张三"


def test_a_publish_label_opening_a_name_is_no_glued_label() -> None:
    from incubator_crawler.article.labels import split_labelled_line

    # the label word opens a name, no date glued to it: the name stays whole
    assert split_labelled_line("来源：发布时间表编制组 2024-03-05")["source"] == "发布时间表编制组"


def test_a_two_digit_year_with_its_clock_ends_the_value_before_it() -> None:
    from incubator_crawler.article.labels import split_labelled_line

    assert split_labelled_line("来源：大众日报 13-10-12 11:18") == {"source": "大众日报"}
    line = "作者：张三 13-10-12 11:18 来源：大众日报"
    assert split_labelled_line(line) == {"author": "张三", "source": "大众日报"}
    page = f"""<html><head><meta charset="utf-8"><title>福彩历程掠影</title></head><body>
<h1>福彩历程掠影</h1><div class="info">来源：大众日报 13-10-12 11:18</div>{BODY}</body></html>"""
    got = _extract(page, "http://example.invalid/c/1.html")
    assert (got["source"], got["published_at"][:16]) == ("大众日报", "2013-10-12T11:18")


def test_a_value_ending_in_digits_keeps_them_without_a_blank_or_a_clock() -> None:
    from incubator_crawler.article.labels import split_labelled_line

    # glued to a name ending in a Latin letter or a digit (no blank), or with no clock, the digits
    # are no yy date of the line (glued to a Chinese name it is one: test_lead31_shapes.py)
    assert split_labelled_line("来源：IT16813-10-12 11:18")["source"] == "IT16813-10-12 11:18"
    assert split_labelled_line("来源：ZOL13-10-12 11:18")["source"] == "ZOL13-10-12 11:18"
    assert split_labelled_line("来源：大众日报 13-10-12")["source"] == "大众日报 13-10-12"


def test_a_two_digit_year_right_after_its_label_is_that_label_s_value() -> None:
    from incubator_crawler.article.labels import split_labelled_line

    line = "来源：高新区管委会 发布时间： 10-04-18 15:35"
    assert split_labelled_line(line) == {
        "source": "高新区管委会",
        "published": "发布时间： 10-04-18 15:35",
    }


def test_a_trail_closing_with_the_headline_whose_heading_shows_a_column_word() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>园区举行创新大会_示例网</title></head><body>
<div class="crumb"><a href="/">日报</a> &gt; <a href="/gw/">港闻</a> &gt; 园区举行创新大会</div>
<h1>【转载】园区举行创新大会</h1><div class="info">发布时间：2024-03-05 10:30</div>{BODY}</body></html>"""
    got = _extract(page)
    assert (got["title"], got["category"]) == ("园区举行创新大会", "日报 > 港闻")
