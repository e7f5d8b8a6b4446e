"""Four small readings left by session 30's merges (issue 10), by shape.

A closing PS whose point is WeChat's 阅读原文 link (a control, LABELLING.md session 29); phpwind's
``作者：<account> 原创作者：<writer>`` (the 原创作者 is the author, the lead, session 30); a headline in
a plain block over the meta line beside a navbar heading that links the front page (the logo);
Halo's Earth header, the account's name in a link right over ``发布于 DATE`` above the headline.
Pages of our own words; why each shape: docs/benchmarks.md, follow157.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEADLINE = "星海园区举办秋季校园招聘宣讲会"
TITLE = f"<title>{HEADLINE} - 园区观察</title>"


def _post(meta: str, text: str) -> str:
    return f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>{meta}</div>{text}</div>"


# 1. a PS pointing at 阅读原文


def test_ps_prompt_to_read_original_is_left_out() -> None:
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p style='text-align:center'>PS：也可以点击阅读原文在线报名哦~</p>"
    out = run(_post("发布时间：2023-05-17", text), TITLE)
    assert out["body"].endswith(PROSE)
    assert "阅读原文" not in out["body"]


def test_you_can_click_read_original_prompt_is_left_out() -> None:
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p>您也可以点击阅读原文查看详情！</p>"
    out = run(_post("发布时间：2023-05-17", text), TITLE)
    assert "阅读原文" not in out["body"]


def test_long_paragraph_mentioning_read_original_stays() -> None:
    line = "也可以点击阅读原文了解，那篇文章记录了园区二十年来的变化，许多老员工读后都深有感触。"
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p>{line}</p>"
    out = run(_post("发布时间：2023-05-17", text), TITLE)
    assert out["body"].endswith(line)


def test_ps_line_without_read_original_stays() -> None:
    text = f"<p>{PROSE}</p><p>{PROSE}</p><p>PS：报名截止到本周五哦~</p>"
    out = run(_post("发布时间：2023-05-17", text), TITLE)
    assert out["body"].endswith("PS：报名截止到本周五哦~")


# 2. phpwind's 作者 / 原创作者 pair

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


def _meta(items: str) -> str:
    return items + "<span>来源：科技日报</span> <span>2023-05-17 09:30</span>"


def test_original_writer_beside_account_is_the_author() -> None:
    meta = _meta("<span>作者：<a href='/u/7'>王丽</a></span> <span>原创作者：张明华</span> ")
    out = run(_post(meta, TEXT), TITLE)
    assert out["author"] == "张明华"
    assert out["source"] == "科技日报"


def test_original_author_label_beside_author_is_the_author() -> None:
    meta = _meta("<span>作者：王丽</span> <span>原作者：张明华</span> ")
    assert run(_post(meta, TEXT), TITLE)["author"] == "张明华"


def test_original_writer_alone_is_the_author() -> None:
    out = run(_post(_meta("<span>原创作者：张明华</span> "), TEXT), TITLE)
    assert out["author"] == "张明华"


def test_original_author_alone_is_the_author() -> None:
    assert run(_post(_meta("<span>原作者：张明华</span> "), TEXT), TITLE)["author"] == "张明华"


def test_author_alone_is_the_author() -> None:
    assert run(_post(_meta("<span>作者：王丽</span> "), TEXT), TITLE)["author"] == "王丽"


# 3. a plain-block headline over the meta line, a navbar heading linking home

NAV = "<div class='nav'><a href='https://www.example.cn/'><h2>园区观察</h2></a></div>"
SITE_TITLE = f"<title>园区观察：{HEADLINE}</title>"


def _banner(headline: str) -> str:
    return (
        f"{NAV}<div class='banner'>{headline}</div><div class='post'>"
        f"<div class='meta'><span>2023-05-17</span> <span>by Will</span></div>{TEXT}</div>"
    )


def test_plain_block_headline_beats_navbar_heading_naming_the_site() -> None:
    assert run(_banner(f"<div>{HEADLINE}</div>"), SITE_TITLE)["title"] == HEADLINE


def test_bold_paragraph_headline_beats_navbar_heading_naming_the_site() -> None:
    out = run(_banner(f"<p><strong>{HEADLINE}</strong></p>"), SITE_TITLE)
    assert out["title"] == HEADLINE


def test_navbar_heading_not_linking_home_stays_a_candidate() -> None:
    # the neighbour: the same heading, not a link to the front page, stays the pick over a
    # plain block (the heading rank decides as before)
    page = _banner(f"<div>{HEADLINE}</div>").replace(
        "<a href='https://www.example.cn/'><h2>园区观察</h2></a>", "<h2>园区观察</h2>"
    )
    assert run(page, SITE_TITLE)["title"] == "园区观察"


# 4. Halo Earth: the account's link right over ``发布于 DATE`` above the headline


def _earth(name_line: str) -> str:
    return (
        "<div class='logo'><a href='/'>星海科技园</a></div>"
        f"<div class='card'><div class='who'>{name_line}"
        "<div class='when'><span>发布于 2023-05-17</span> <span>/</span> <span>128 阅读</span></div>"
        f"</div></div><h1>{HEADLINE}</h1><article>{TEXT}</article>"
    )


def test_account_link_over_labelled_date_line_is_the_author() -> None:
    out = run(_earth("<a class='name'>王丽</a>"), TITLE)
    assert out["author"] == "王丽"
    assert out["published_at"] == "2023-05-17"


def test_plain_name_over_date_line_is_no_author() -> None:
    # no link: a line of the card, not the account's
    assert run(_earth("<span class='name'>王丽</span>"), TITLE)["author"] is None


def test_menu_link_over_date_line_is_no_author() -> None:
    # a row of links in the box above the date line: a menu, no account
    out = run(_earth("<a href='/t/1'>园区</a><a href='/t/2'>王丽</a>"), TITLE)
    assert out["author"] is None
