"""Three body shapes from hunt162's first contact (issue 10, session 31), by shape.

A theme's picture data (a JSON list of addresses its script turns into a gallery) is no text; a
summary inside the post's header loses to the short text under the header; a list item holding
only ``原文链接：<address>`` is cut. Pages of our own words; why each shape: docs/benchmarks.md,
follow169.
"""

from __future__ import annotations

from page_shapes import run

HEADLINE = "星海社团夏季演出回顾"
TITLE = f"<title>{HEADLINE} | 星海社团</title>"
META = "<div class='meta'>发表于 2025-06-29</div>"

GALLERY = (
    '[{"url":"https://img.example.cn/a/1f3c9e.jpg","alt":"1f3c9e.jpg","title":""},'
    '{"url":"https://img.example.cn/a/2b7d41.jpg","alt":"2b7d41.jpg","title":""},'
    '{"url":"https://img.example.cn/a/3c8e52.jpg","alt":"3c8e52.jpg","title":""},'
    '{"url":"https://img.example.cn/a/4d9f63.jpg","alt":"4d9f63.jpg","title":""},'
    '{"url":"https://img.example.cn/a/5e0a74.jpg","alt":"5e0a74.jpg","title":""},'
    '{"url":"https://img.example.cn/a/6f1b85.jpg","alt":"6f1b85.jpg","title":""}]'
)
LINE1 = "社团第二次演出顺利结束，五支乐队依次登台，感谢大家的到来。"
LINE2 = "（注：本次活动与其他社团无关）"


def _post(text: str) -> str:
    return f"<article><h1>{HEADLINE}</h1>{META}<div class='content'>{text}</div></article>"


# 1. picture data in a div


def test_gallery_data_is_no_text_the_post_text_is_the_body() -> None:
    text = (
        f"<p>{LINE1}</p><h3>{LINE2}</h3><div class='pics'><div class='items'>{GALLERY}</div></div>"
    )
    out = run(_post(text), TITLE)
    assert out["body"] == f"{LINE1}\n\n{LINE2}"


def test_json_listing_in_pre_is_code_the_post_shows() -> None:
    text = f"<p>{LINE1}</p><pre><code>{GALLERY}</code></pre>"
    out = run(_post(text), TITLE)
    assert '"url"' in out["body"]


def test_json_holding_sentences_is_kept() -> None:
    data = (
        '[{"url":"https://img.example.cn/a/1.jpg","text":"社团第二次演出顺利结束。乐队依次登台，'
        '现场观众很多，大家都很开心。"},{"url":"https://img.example.cn/a/2.jpg",'
        '"text":"演出结束后全体合影留念。感谢每一位到场的朋友，下次再见。"}]'
    )
    out = run(_post(f"<p>{LINE1}</p><div>{data}</div>"), TITLE)
    assert "合影留念" in out["body"]


# 2. a summary in the post's header over a one-line text


NOTICE = "具体变更内容如下: <a href='https://www.example.cn/company.html'>https://www.example.cn/company.html</a>"
SUMMARY = "网站公司页面更新; 新增英文名称，更新联系方式; 新增注册信息 ..."


def _headed(summary: str, text: str) -> str:
    return (
        f"<article><header><h1>{HEADLINE}</h1><div class='meta'>发表于 2019-07-23 | 分类于 公告"
        f"<div class='desc'>{summary}</div></div></header>"
        f"<div class='post-body'>{text}</div><footer><a href='/tags/a'># 网站</a></footer></article>"
    )


def test_header_summary_loses_to_the_one_line_text_under_it() -> None:
    out = run(_headed(SUMMARY, f"<p>{NOTICE}</p>"), TITLE)
    assert out["body"] == "具体变更内容如下: https://www.example.cn/company.html"


def test_summary_outside_a_header_with_nothing_under_it_stays() -> None:
    # no post header: the densest text is the body as before
    page = f"<article><h1>{HEADLINE}</h1>{META}<div class='desc'>{SUMMARY}</div></article>"
    out = run(page, TITLE)
    assert out["body"] == SUMMARY


def test_header_with_only_links_under_it_keeps_its_text() -> None:
    # under the header only a link row: no text there, the header's text stays the body
    out = run(_headed(SUMMARY, "<p><a href='/a'>上一篇：园区春季招聘会</a></p>"), TITLE)
    assert out["body"] == SUMMARY


# 3. a list item holding only the link to the original

ITEMS = ["投票时期：2024年6月5日-2024年6月30日", "对象：全体在读学生", "投票人数：1409人"]


def _poll(last: str) -> str:
    lis = "".join(f"<li>{x}</li>" for x in [*ITEMS, last])
    text = (
        f"<h2>投票概要</h2><ul>{lis}</ul><h2>投票分析</h2>"
        "<p>有两成的投票者选择毕业后立即回国，表明他们更倾向于在国内发展，这一比例与去年相近。</p>"
    )
    return _post(text)


def test_list_item_holding_only_the_original_link_is_cut() -> None:
    link = "原文链接：<a href='https://mp.weixin.qq.com/s/AbCdEf123'>https://mp.weixin.qq.com/s/AbCdEf123</a>"
    out = run(_poll(link), TITLE)
    assert "原文链接" not in out["body"]
    assert "投票人数：1409人\n\n投票分析" in out["body"]


def test_original_link_paragraph_naming_a_paper_is_kept() -> None:
    # a paragraph (no list item) naming the paper a commentary discusses: a reference, kept
    text = f"<p>{LINE1}</p><p>原文链接：https://doi.org/10.1000/xyz123</p><p>{LINE1}</p>"
    out = run(_post(text), TITLE)
    assert "原文链接：https://doi.org/10.1000/xyz123" in out["body"]


def test_list_item_with_more_than_the_link_is_kept() -> None:
    link = "原文链接：https://mp.weixin.qq.com/s/AbCdEf123 ，欢迎转发"
    out = run(_poll(link), TITLE)
    assert "原文链接" in out["body"]
