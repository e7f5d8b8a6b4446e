"""Meta-line and trail shapes real CMS article templates print (tmpl90, issue 10), one page each.

``benchmarks/templates.py`` renders 98 article templates of 14 CMS families with known values; the
misses it showed that LABELLING.md decides are written here as pages of our own (the markup's
structure, labels and separators, never a template's text), each with its negative neighbours:

- a Discuz! portal line ``DATE | 发布者: X | 查看: N | 评论: N | 原作者: Y | 来自: Z``: the author is Y,
  the writer the line names; the posting account X is the author only when no writer is named
  (LABELLING.md, fifth round: a Discuz 发布者 "with no other writer named");
- a Z-Blog theme's empty 作者 slot before its own ``分类:`` item (``作者: 分类:园区动态``): no author,
  the next item's label is no name;
- a PHPCMS show page's ``来源：X点击次数：`` with the count written by script, the counter's label
  glued to the source: the source is X;
- a WordPress theme's ``创建于 DATE | 修改于 DATE``: the creation date is the publish date (Date: an
  update date only when no publish date is shown);
- a blog theme's post header ``<header><time>DATE</time><h2>headline</h2></header>`` under the site's
  logo (Z-Blog's default theme), and a ``<title>`` that puts the site first (``SITE-HEADLINE``) over
  an unlinked heading: the headline is the heading under the date, the logo and the <title>'s
  first segment the site (Fields: the headline as shown above the article);
- a DedeCMS theme's trail box with a back link beside the trail (``主页 > 新闻中心 > 园区动态 > ``
  then ``返回首页``): the leaf is 园区动态 (Category: a trail's furniture is no column).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_shapes import PROSE, run

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import category_leaf, names  # noqa: E402

HEADLINE = "园区举办科技成果对接会"
HEAD = f"<title>{HEADLINE}_星海科技园</title>"


def article(meta: str, trail: str = "") -> str:
    """A page with a trail, the headline, a meta line and three paragraphs of text."""
    paras = "".join(f"<p>{PROSE}</p>" for _ in range(3))
    return f"{trail}<div class='art'><h1>{HEADLINE}</h1><div class='info'>{meta}</div>{paras}</div>"


def pipe(*items: str) -> str:
    """Items parted as Discuz! prints them: a ``span.pipe`` bar between them."""
    return '<span class="pipe">|</span>'.join(items)


DISCUZ_TAIL = ("查看: <em>128</em>", "评论: 0")

PEOPLE = [
    # --- a Discuz! portal line: the poster, then the original writer and the outlet ---
    (
        "discuz-poster-then-original-writer",
        pipe("2023-05-17 09:30", "发布者: <a href='/u/1'>王丽</a>", *DISCUZ_TAIL, "原作者: 张明华"),
        "张明华",
    ),
    (
        "discuz-poster-writer-and-from",
        pipe(
            "2023-05-17 09:30",
            "发布者: <a>王丽</a>",
            *DISCUZ_TAIL,
            "原作者: 张明华",
            "来自: 科技日报",
        ),
        "张明华",
    ),
    (
        "discuz-poster-then-author-label",
        pipe("2023-05-17 09:30", "发布人：王丽", "作者：张明华"),
        "张明华",
    ),
    # neighbours: no writer named (the poster stays the author), the writer first (kept), and
    # two writers' labels (the first kept, as before)
    ("discuz-poster-alone", pipe("2023-05-17 09:30", "发布者: <a>王丽</a>", *DISCUZ_TAIL), "王丽"),
    (
        "discuz-poster-empty-writer-slot",
        pipe("2023-05-17 09:30", "发布者: <a>王丽</a>", *DISCUZ_TAIL, "原作者: "),
        "王丽",
    ),
    ("writer-then-poster", pipe("作者：张明华", "发布者：王丽", "2023-05-17 09:30"), "张明华"),
    # a bare 作者 beside a 原作者 on one line is the account that posted it, the 原作者 the writer
    # (the lead, session 30, on phpwind's 作者 / 原创作者 pair; follow157)
    (
        "writer-then-original-writer",
        pipe("作者：张明华", "原作者：赵刚", "2023-05-17 09:30"),
        "赵刚",
    ),
    # --- an empty 作者 slot before a blog theme's own 分类 item ---
    (
        "zblog-empty-author-before-category",
        "作者: 分类:<a href='/c/1'>园区动态</a> 浏览:128 评论:0",
        None,
    ),
    ("zblog-empty-author-full-colons", "作者： 分类：<a>园区动态</a> 浏览：128", None),
    ("zblog-empty-author-before-tags", "2023-05-17 09:30 作者: 标签:<a>成果转化</a>", None),
    # neighbours: the slot filled, and a society whose name opens with 分类 (no colon after it)
    ("zblog-author-before-category", "作者: 王丽 分类:<a>园区动态</a> 浏览:128", "王丽"),
    ("author-society-named-classification", "2023-05-17 作者：分类学会", "分类学会"),
]


@pytest.mark.parametrize(("name", "meta", "want"), PEOPLE, ids=[c[0] for c in PEOPLE])
def test_author(name: str, meta: str, want: str | None) -> None:
    out = run(article(meta), HEAD)
    assert names(out.get("author")) == names(want)


SOURCES = [
    # --- a counter's label glued to the source (its count written by script) ---
    (
        "source-glued-click-count",
        "发布时间：2023-05-17 09:30:00来源：科技日报点击次数：",
        "科技日报",
    ),
    (
        "source-glued-read-count",
        "发布时间：2023-05-17 09:30:00 来源：科技日报阅读次数：",
        "科技日报",
    ),
    ("source-glued-views", "2023-05-17 来源：科技日报浏览量：<span id='hits'></span>", "科技日报"),
    # neighbours: the counter set apart (as before), and an outlet whose name holds 点击 with no
    # colon after it
    ("source-spaced-click-count", "2023-05-17 09:30 来源：科技日报 点击次数：128", "科技日报"),
    ("source-outlet-named-click", "2023-05-17 09:30 来源：点击科技网", "点击科技网"),
]


@pytest.mark.parametrize(("name", "meta", "want"), SOURCES, ids=[c[0] for c in SOURCES])
def test_source(name: str, meta: str, want: str) -> None:
    out = run(article(meta), HEAD)
    assert out.get("source") == want


def trail_box(trail: str, extra: str) -> str:
    """A DedeCMS-like box: the trail in a heading, a link beside it in the same box."""
    return f"<div class='pos'><h2>{trail}</h2><div class='more'>{extra}</div></div>"


DEDE_TRAIL = (
    "<a href='/'>主页</a> > <a href='/a/xw/'>新闻中心</a> > <a href='/a/xw/yq/'>园区动态</a> > "
)
TRAILS = [
    ("trail-then-back-home-link", trail_box(DEDE_TRAIL, "<a href='/'>返回首页</a>"), "园区动态"),
    (
        "trail-then-back-link",
        trail_box(DEDE_TRAIL, "<a href='javascript:history.back()'>返回上一页</a>"),
        "园区动态",
    ),
    ("trail-then-back-level-link", trail_box(DEDE_TRAIL, "<a href='../'>返回上级</a>"), "园区动态"),
    # neighbours: the trail alone, and a column whose name starts with 返回 words but is no control
    ("trail-alone", trail_box(DEDE_TRAIL, ""), "园区动态"),
    (
        "trail-column-named-return",
        trail_box(
            "<a href='/'>主页</a> > <a href='/a/xw/'>新闻中心</a> > <a href='/a/fx/'>返乡创业</a> > ",
            "",
        ),
        "返乡创业",
    ),
]


@pytest.mark.parametrize(("name", "trail", "want"), TRAILS, ids=[c[0] for c in TRAILS])
def test_category(name: str, trail: str, want: str) -> None:
    out = run(article("发布时间：2023-05-17 09:30 来源：科技日报", trail), HEAD)
    assert category_leaf(out.get("category")) == want


DATES = [
    # --- a blog theme's creation date beside its change date ---
    ("created-then-modified", "创建于 2023/05/17 | 修改于 2023/05/18", "2023-05-17"),
    ("modified-then-created", "修改于 2023/05/18 | 创建于 2023/05/17", "2023-05-17"),
    ("created-time-label", "创建时间：2023-05-17 09:30 浏览：128", "2023-05-17T09:30"),
    ("created-traditional", "創建於 2023-05-17", "2023-05-17"),
    # neighbours: the change date alone is the date (an update date only when no publish date is
    # shown), and a publish label beside a creation label keeps the publish date
    ("modified-alone", "修改于 2023/05/18", "2023-05-18"),
    (
        "published-and-created",
        "发布时间：2023-05-17 09:30 创建时间：2023-05-10",
        "2023-05-17T09:30",
    ),
]


@pytest.mark.parametrize(("name", "meta", "want"), DATES, ids=[c[0] for c in DATES])
def test_published(name: str, meta: str, want: str) -> None:
    out = run(article(meta), HEAD)
    assert (out.get("published_at") or "")[: len(want)] == want


def blog_post(title_tag: str, logo: str, header: str) -> str:
    """A blog theme's post: the site's logo heading, then the post's own header and its text."""
    paras = "".join(f"<p>{PROSE}</p>" for _ in range(3))
    body = f"<div class='top'>{logo}</div><article>{header}<section>{paras}</section></article>"
    return run(body, f"<title>{title_tag}</title>")


SITE_FIRST = "星海科技园-园区举办科技成果对接会"
TITLES = [
    # --- a date line over the headline in the post's own header, the site's logo above ---
    (
        "date-over-headline-site-first-title",
        SITE_FIRST,
        "<h2><a href='/'>星海科技园</a></h2>",
        f"<header><time>2023年05月17日 09:30:00</time><h2>{HEADLINE}</h2></header>",
    ),
    (
        "date-over-headline-title-site-only",
        "星海科技园",
        "<h1>星海科技园</h1>",
        f"<header><time>2023-05-17</time><h2>{HEADLINE}</h2></header>",
    ),
    (
        "date-over-headline-linked-logo-title-site-only",
        "星海科技园",
        "<h2><a href='/'>星海科技园</a></h2>",
        f"<header><time>2023-05-17 09:30</time><h2>{HEADLINE}</h2></header>",
    ),
    # --- <title> with the site first, the headline an unlinked heading, the logo linked ---
    (
        "site-first-title-headline-over-date",
        SITE_FIRST,
        "<h2><a href='/'>星海科技园</a></h2>",
        f"<h2>{HEADLINE}</h2><p class='meta'>2023-05-17 09:30 作者:王丽</p>",
    ),
    # neighbours: the headline above the date (as before), and a site-last <title>
    (
        "headline-over-date-site-last",
        f"{HEADLINE}-星海科技园",
        "<h2><a href='/'>星海科技园</a></h2>",
        f"<header><h2>{HEADLINE}</h2><time>2023-05-17</time></header>",
    ),
]


@pytest.mark.parametrize(
    ("name", "title_tag", "logo", "header"), TITLES, ids=[c[0] for c in TITLES]
)
def test_title(name: str, title_tag: str, logo: str, header: str) -> None:
    out = blog_post(title_tag, logo, header)
    assert out.get("title") == HEADLINE


def test_headline_first_title_over_an_unlinked_logo_heading() -> None:
    # neighbour of the site-first <title>: ``HEADLINE_SITE`` with the site's unlinked h1 logo and
    # the headline in a plain div; the last segment stays the site (the longer one is no site)
    body = (
        f"<div class='logo'><h1>星海科技园</h1></div><div class='title'>{HEADLINE}</div>"
        f"<p>发布时间：2023-05-17 09:30</p>" + "".join(f"<p>{PROSE}</p>" for _ in range(3))
    )
    out = run(body, f"<title>{HEADLINE}_星海科技园</title>")
    assert out.get("title") == HEADLINE


def test_date_over_headline_keeps_a_logo_line_inside_the_header() -> None:
    # the line above the date stands inside the post's own header (a kicker, not the site's
    # logo): the rule leaves the pick alone, so the page keeps what the chain found before
    header = f"<header><h3>园区新闻</h3><time>2023-05-17</time><h2>{HEADLINE}</h2></header>"
    out = blog_post(f"{HEADLINE}-星海科技园", "", header)
    assert out.get("title") == HEADLINE
