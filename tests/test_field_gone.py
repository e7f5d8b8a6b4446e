"""benchmarks/field_gone.py: exactly what the removal takes from a small built page, and what stays."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
_spec = importlib.util.spec_from_file_location("field_gone", ROOT / "benchmarks" / "field_gone.py")
field_gone = importlib.util.module_from_spec(_spec)
sys.modules["field_gone"] = field_gone
_spec.loader.exec_module(field_gone)
V = field_gone.V

PAGE = """<html><head><meta charset="utf-8"><title>高新区发布新政策</title>
<meta property="article:published_time" content="2024-03-05T10:30:00+08:00"></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a></div>
<h1>高新区发布新政策</h1>
<div class="info"><span>发布时间：2024-03-05 10:30</span> <span>来源：高新区管委会</span> <span>作者：张三 李四</span></div>
<div class="text"><p>（记者 张三）高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。</p>
<p>政策自发布之日起施行，有效期三年，由管委会负责解释。</p></div>
<p class="tail">责任编辑：王五　2024年3月5日</p>
<ul class="related"><li><a href="/b.html">高新区召开孵化器工作推进会议</a> 2024-03-05</li></ul>
<div class="comment"><p>王五：说得好</p></div>
</body></html>"""

LABEL = {
    "id": "synthetic", "url": "http://example.invalid/a.html", "title": "高新区发布新政策",
    "published": "2024-03-05T10:30", "author": ["张三", "李四"], "editor": ["王五"],
    "source": "高新区管委会", "category": "首页 > 新闻动态",
    "body": ["（记者 张三）高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。",
             "政策自发布之日起施行，有效期三年，由管委会负责解释。"],
}  # fmt: skip


def gone(fld: str, page: str = PAGE, label: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """(removal, the page's visible body text compacted) after removing ``fld``."""
    root = V.load_tree(page.encode())
    out = field_gone.remove_field(root, label or LABEL, fld)
    return out, V.compact(V.visible(root.find(".//body")))


def test_author_goes_with_its_label_word_the_text_keeps_its_byline() -> None:
    out, shown = gone("author")
    assert out.removed == ["作者：张三 李四"]
    assert out.kept == [("text", "记者 张三")]
    assert out.in_text
    assert "作者" not in shown
    assert "李四" not in shown
    # the byline stays in the text
    assert "发布时间：2024-03-0510:30来源：高新区管委会（记者张三）高新区今天" in shown


def test_source_goes_alone_from_a_shared_line() -> None:
    out, shown = gone("source")
    assert out.removed == ["来源：高新区管委会"]
    assert "10:30作者：张三李四" in shown


def test_every_shown_date_goes_a_related_list_date_stays() -> None:
    out, shown = gone("published")
    assert out.removed == ["发布时间：2024-03-05 10:30", "2024年3月5日"]
    assert out.kept == [("sidebar/related", "2024-03-05")]
    assert "2024年3月5日" not in shown
    assert "10:30" not in shown
    assert "高新区召开孵化器工作推进会议2024-03-05" in shown


def test_editor_goes_a_comment_name_stays() -> None:
    out, shown = gone("editor")
    assert out.removed == ["责任编辑：王五"]
    assert out.kept == [("comment", "王五")]
    assert "王五：说得好" in shown


def test_category_takes_the_trail() -> None:
    out, shown = gone("category")
    assert out.removed == ["当前位置：首页>新闻动态"]
    assert "当前位置" not in shown
    assert shown.startswith("高新区发布新政策")


def test_bracketed_credit_goes_with_its_brackets() -> None:
    page = PAGE.replace("<span>作者：张三 李四</span>", "<span>（记者 张三 通讯员 李四）</span>")
    label = {**LABEL, "body": LABEL["body"][1:]}
    out, shown = gone("author", page.replace("（记者 张三）", ""), label)
    assert out.removed == ["记者 张三 通讯员 李四"]
    assert "（" not in shown.split("高新区今天")[0]


def test_a_name_in_the_headline_or_in_a_longer_word_stays() -> None:
    page = PAGE.replace("高新区发布新政策</h1>", "张三说高新区发布新政策</h1><p>张三的博客</p>")
    label = {**LABEL, "title": "张三说高新区发布新政策", "body": LABEL["body"][1:]}
    out, shown = gone("author", page.replace("（记者 张三）", ""), label)
    assert ("title", "张三") in out.kept
    assert ("word", "张三") in out.kept
    assert out.removed == ["作者：张三 李四"]


def test_english_day_forms() -> None:
    page = PAGE.replace("发布时间：2024-03-05 10:30", "By admin | March 5, 2024")
    out, shown = gone("published", page)
    assert out.removed[0] == "March 5, 2024"
    page = PAGE.replace("发布时间：2024-03-05 10:30", "05 Mar 2024")
    assert gone("published", page)[0].removed[0] == "05 Mar 2024"


def test_null_label_and_places() -> None:
    assert field_gone.null_label(LABEL, "author")["author"] == []
    assert field_gone.null_label(LABEL, "published")["published"] is None
    root = V.load_tree(PAGE.encode())
    li = root.find(".//li")
    assert field_gone.place(root, LABEL, li) == "sidebar/related"
    assert field_gone.place(root, LABEL, root.find(".//h1")) == "headline area"
    assert field_gone.place(root, LABEL, root.find(".//div[@class='comment']/p")) == "comment"


def test_a_bare_name_before_the_next_element_goes() -> None:
    page = PAGE.replace("<span>作者：张三 李四</span>", "<span>张三</span><span>发表于</span>")
    label = {**LABEL, "author": ["张三"], "body": LABEL["body"][1:]}
    out, shown = gone("author", page.replace("（记者 张三）", ""), label)
    assert out.removed == ["张三"]
    assert "高新区管委会发表于" in shown
