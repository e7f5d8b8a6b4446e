"""hunt172's first-contact misses on its new dev pages (issue 10, session 31), by shape.

An English ``Posted by NAME on Weekday, Month D, YYYY`` meta line over a Chinese text (a Hugo
CleanWhite build); tag links under the text reading ``Auth:NAME`` (a Hugo Stack build: the lead's
session-31 answer, the writers); a one-paragraph notice whose whole text is one link; a 小编 aside
in the text's flow; a full date inside a notice's text on a page that shows no date. Pages of our
own words; why each shape: docs/benchmarks.md, follow174.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEADLINE = "星海园区举办秋季校园招聘宣讲会"
TITLE = f"<title>{HEADLINE}</title>"
FOOTER = (
    "<footer class='site'><p>© 2025 星海园区</p><p>星海园区 创新服务中心</p>"
    "<p>Built with <a href='/x'>Hugo</a></p><p>Theme <a href='/t'>Stack</a> by someone</p></footer>"
)


def _post(meta: str, text: str, tags: str = "") -> str:
    return (
        f"<div class='post'><h1>{HEADLINE}</h1><span class='meta'>{meta}</span>"
        f"<article>{text}</article><footer class='tags'>{tags}</footer></div>"
    )


# 1. Posted by NAME on Weekday, Month D, YYYY


def test_posted_by_cjk_name_on_weekday_date_is_the_author() -> None:
    out = run(_post("Posted by 王立新 on Monday, August 14, 2017", f"<p>{PROSE}</p>"), TITLE)
    assert out["author"] == "王立新"
    assert out["published_at"].startswith("2017-08-14")


def test_posted_by_latin_name_on_weekday_date_is_the_author() -> None:
    out = run(_post("Posted by Anna Lee on Friday, May 5, 2023", f"<p>{PROSE}</p>"), TITLE)
    assert out["author"] == "Anna Lee"


def test_posted_on_date_without_a_name_gives_no_author() -> None:
    out = run(_post("Posted on Monday, August 14, 2017", f"<p>{PROSE}</p>"), TITLE)
    assert out["author"] is None


def test_posted_by_outlet_words_gives_no_author() -> None:
    out = run(_post("Posted by News Desk on Monday, August 14, 2017", f"<p>{PROSE}</p>"), TITLE)
    assert out["author"] is None


# 2. Auth:NAME tag links under the text


def test_auth_tag_links_under_the_text_are_the_writers() -> None:
    tags = "<a href='/tags/a1/'>Auth:一坨过氧化氢</a> <a href='/tags/a2/'>Auth:Xingyuan55</a> " + (
        "<a href='/tags/t1/'>普鲁士蓝</a>"
    )
    out = run(_post("Feb 24, 2025", f"<p>{PROSE}</p>", tags), TITLE)
    assert out["author"] == "一坨过氧化氢、Xingyuan55"


def test_author_tag_link_alone_is_the_writer() -> None:
    tags = "<a href='/tags/a1/'>作者：李明远</a> <a href='/tags/t1/'>园区</a>"
    out = run(_post("Feb 24, 2025", f"<p>{PROSE}</p>", tags), TITLE)
    assert out["author"] == "李明远"


def test_plain_tag_links_give_no_author() -> None:
    tags = "<a href='/tags/t1/'>普鲁士蓝</a> <a href='/tags/t2/'>试剂</a> <a href='/tags/t3/'>标签 1</a>"
    out = run(_post("Feb 24, 2025", f"<p>{PROSE}</p>", tags), TITLE)
    assert out["author"] is None


def test_auth_tag_in_a_related_item_list_above_the_text_gives_no_author() -> None:
    # a tag above the text (a sidebar's tag cloud before the article) credits no one here
    side = "<div class='cloud'><a href='/tags/a1/'>Auth:王五</a> <a href='/tags/t2/'>试剂</a></div>"
    out = run(side + _post("Feb 24, 2025", f"<p>{PROSE}</p>"), TITLE)
    assert out["author"] is None


# 3. a one-paragraph notice whose whole text is one link


NOTICE = "现在可以通过在线表单报名参加宣讲会了！" * 4


# the theme's meta: the date over the reading time
STACK_META = "<div><time>Feb 24, 2025</time></div><div>1 minute read</div>"


def test_one_link_notice_is_the_body() -> None:
    text = f"<p><a href='https://forms.example.com/new'>{NOTICE}</a></p>"
    out = run(_post(STACK_META, text) + FOOTER, TITLE)
    assert out["body"] == NOTICE


def test_short_one_link_line_is_no_body() -> None:
    # a pager's link alone after the meta line is no text
    text = "<p><a href='/2.html'>下一篇：园区简讯</a></p>"
    out = run(_post(STACK_META, text) + FOOTER, TITLE)
    assert not out["body"] or "下一篇" not in out["body"]


def test_list_of_links_is_no_body_over_the_footer() -> None:
    items = "".join(
        f"<p><a href='/{i}.html'>园区第{i}期创新创业训练营开营仪式顺利举行！</a></p>"
        for i in range(3)
    )
    out = run(_post(STACK_META, f"<div>{items}</div>") + FOOTER, TITLE)
    assert not out["body"] or "训练营" not in out["body"]


# 4. an aside in the text where 小编 speaks


def test_xiaobian_aside_with_a_sentence_names_no_editor() -> None:
    text = f"<p>{PROSE}</p><p>小编：等等，3X120=360，你是不是算错了这笔账？？</p><p>{PROSE}</p>"
    out = run(_post("发布时间：2023-05-17", text), TITLE)
    assert out["editor"] is None


def test_xiaobian_credit_with_names_is_the_editor() -> None:
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p>小编：张三，李四</p>"
    out = run(_post("发布时间：2023-05-17", text), TITLE)
    assert out["editor"] == "张三，李四"


def test_editor_line_closing_the_text_is_the_editor() -> None:
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p>责任编辑：王芳</p>"
    out = run(_post("发布时间：2023-05-17", text), TITLE)
    assert out["editor"] == "王芳"


def test_xiaobian_aside_under_the_text_names_no_editor() -> None:
    text = f"<p>{PROSE}</p><p>{PROSE}</p>"
    aside = "<p>小编：好啦，今天的分享就到这里，我们下期再见吧！</p>"
    out = run(_post("发布时间：2023-05-17", text) + aside, TITLE)
    assert out["editor"] is None


# 5. a day opening a span of days in the text of a page that shows no date


def _headed(day: str) -> str:
    return f"{TITLE}<meta property='article:published_time' content='{day}T13:35:00.000Z'>"


def test_day_opening_a_span_in_the_text_does_not_show_the_head_date() -> None:
    text = f"<p>园区网站将于2019年10月11日至15日进行调整，调整期间暂不能访问，敬请谅解。</p><p>{PROSE}</p>"
    body = f"<div class='post'><h1>{HEADLINE}</h1><article>{text}</article></div>"
    out = run(body, _headed("2019-10-11"))
    assert out["published_at"] is None


def test_full_date_shown_over_the_text_keeps_the_head_date() -> None:
    text = f"<p>{PROSE}</p>"
    body = (
        f"<div class='post'><h1>{HEADLINE}</h1><p>2019年10月11日</p><article>{text}</article></div>"
    )
    out = run(body, _headed("2019-10-11"))
    assert out["published_at"].startswith("2019-10-11")


def test_day_in_a_sentence_of_the_text_shows_the_head_date() -> None:
    text = f"<p>{PROSE}</p><p>园区网站已于2019年10月11日完成调整，欢迎访问。</p>"
    body = f"<div class='post'><h1>{HEADLINE}</h1><article>{text}</article></div>"
    out = run(body, _headed("2019-10-11"))
    assert out["published_at"].startswith("2019-10-11")
