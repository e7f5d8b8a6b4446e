"""The lead's session-22 decisions (tests/real/LABELLING.md, "Decisions settled by the lead in
session 22"), each shape with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run
from test_policy_fields import HEADER, page

from incubator_crawler.article.meta_marks import byline_outlet

DAY = "2024-03-05"
ENGLISH_TRAIL = (
    "<div class='position'><a href='/'>Home</a> / <a href='/china/'>China</a> / "
    "<a href='/china/society/'>Society</a></div>"
)


# -- 1: a byline's outlet slot is a source ---------------------------------------------------------
@pytest.mark.parametrize(
    ("meta", "trail", "source", "author"),
    [
        # China Daily's English template: the slot between the byline and Updated
        ("<div class='info'><span class='info_l'>By Wang Xiaoyu | China Daily | Updated: 2024-03-05 10:20</span></div>",
         None, "China Daily", "Wang Xiaoyu"),
        # (follow101: the byline's name is the author, where it was reported cut)
        ("<div class='info'><span>By Zhang Yi in Beijing | China Daily | Updated: 2024-03-05 10:20</span></div>",
         None, "China Daily", "Zhang Yi"),
        # the Chinese twin with no 来源 label, the date unlabelled or under its label
        ("<div class='info'>记者 张明华 | 人民网 | 2024-03-05</div>", None, "人民网", "张明华"),
        ("<div class='info'>作者：张明华 ｜ 人民网 ｜ 发布时间：2024-03-05</div>", None, "人民网", "张明华"),
        # the outlet linked in its slot is still the slot's
        ("<div class='info'>记者 张明华 | <a href='http://www.people.com.cn/'>人民网</a> | 2024-03-05</div>",
         None, "人民网", "张明华"),
        # neighbour: no byline before the slot (the other China Daily page: the site's own chrome)
        ("<div class='info'><span>chinadaily.com.cn | Updated: 2024-03-05 10:20</span></div>", None, None, None),
        # neighbour: a byline and the date with no slot between
        ("<div class='info'>记者 张明华 | 2024-03-05</div>", None, None, "张明华"),
        # neighbour: the slot is a nav item (the menu's 新闻中心) ...
        # (the byline is a byline whatever the slot holds: its name is the author, follow101)
        ("<div class='info'>记者 张明华 | 新闻中心 | 2024-03-05</div>", None, None, "张明华"),
        # ... or the trail's item (a section, not an outlet)
        ("<div class='info'><span>By Wang Xiaoyu | Society | Updated: 2024-03-05 10:20</span></div>",
         ENGLISH_TRAIL, None, "Wang Xiaoyu"),
        # neighbour: a control in the slot
        ("<div class='info'>记者 张明华 | 分享到微信 | 2024-03-05</div>", None, None, "张明华"),
    ],
)  # fmt: skip
def test_byline_outlet_slot(
    meta: str, trail: str | None, source: str | None, author: str | None
) -> None:
    """The slot between a byline and its date names the outlet, a section's name there none; the
    byline names the author whatever the slot holds (follow101)."""
    parts = {"meta": meta} if trail is None else {"meta": meta, "trail": trail}
    out = page(**parts)
    assert (out["source"], out["author"], out["published_at"][:10]) == (source, author, DAY)


def test_a_source_label_beats_the_slot() -> None:
    """A 来源 line the page shows is the source; the slot is read only where none is shown."""
    meta = "<div class='info'>记者 张明华 | 人民网 | 2024-03-05</div><p>来源：新华社</p>"
    assert page(meta=meta)["source"] == "新华社"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Wang Xiaoyu | China Daily | Updated: 2024-05-13 09:08", "China Daily"),
        ("By Wang Xiaoyu and Li Hong | China Daily | Updated: 2024-05-13 09:08", "China Daily"),
        ("本报记者 张明华 李小红 | 科技日报 | 2024-01-01 10:00", "科技日报"),
        ("chinadaily.com.cn | Updated: 2024-05-20 14:41", None),
        ("2024-01-01 | 人民网 | 记者 张明华", None),
        ("记者 张明华 | 人民网 | 浏览：12", None),
        ("记者 张明华 | 2024 | 2024-01-01", None),
        ("文／张明华 | 科技日报 | 2024-01-01", "科技日报"),
        # 文 glued to the next words opens a word, no byline
        ("文化旅游 | 科技日报 | 2024-01-01", None),
    ],
)
def test_byline_outlet(line: str, outlet: str | None) -> None:
    """The line's shape alone: byline, one barred slot, then the date."""
    assert byline_outlet(line) == outlet


def test_header_is_unchanged() -> None:
    """The synthetic page's header has the nav item the section neighbour relies on."""
    assert "<a href='/xwzx/'>新闻中心</a>" in HEADER


# -- 2: a labelled 发布日期 line beats a box's 生成日期 ----------------------------------------------
# gaps98's shape (a 信息公开 box whose only date is a 生成日期 / 发文日期 / 成文日期 cell, a hidden
# PubDate weeks away), with a 发布日期 line the meta-line picker passes over (moe.gov.cn)
NAME = "关于印发园区管理办法的通知"
PUBDATE = f"<meta name='PubDate' content='2018-03-14 11:30'><title>{NAME}_某市人民政府</title>"
GOV_TEXT = f"<div class='TRS_Editor'><p>第一条 {PROSE}</p><p>第二条 {PROSE}</p></div>"
GOV_URL = "http://www.example.gov.cn/zwgk/zcfg/201803/t20180314_224599.html"


def box(other: str) -> str:
    """A 信息公开 box of label and value cells (no colons) whose one date is ``other``'s."""
    rows = (("索引号", "YQ-2018-0001"), ("发布机构", "某市园区管理委员会"), (other, "2017-11-04"))
    cells = "".join(f"<tr><td><strong>{k}</strong></td><td>&nbsp;{v}</td></tr>" for k, v in rows)
    return f"<table class='xxgk'>{cells}</table>"


COLON_BOX = "<ul class='xxgk'><li>索引号：YQ-2018-0001</li><li>生成日期：2017-11-04</li><li>发布机构：教育部</li></ul>"


@pytest.mark.parametrize(
    ("body", "published", "rule"),
    [
        # the 发布日期 line under the text, each box date label
        *((f"<h1>{NAME}</h1>{box(o)}{GOV_TEXT}<p>发布日期：2018-01-02</p>", "2018-01-02", "label:发布日期(shown)")
          for o in ("生成日期", "发文日期", "成文日期")),
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<div>来源：教育部　发布日期：2018-01-02</div>",
         "2018-01-02", "label:发布日期(shown)"),
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<p>公开日期：2018-01-02</p>", "2018-01-02", "label:公开日期(shown)"),
        # the colon-line box (``生成日期：`` lines)
        (f"<h1>{NAME}</h1>{COLON_BOX}{GOV_TEXT}<p>发布日期：2018-01-02</p>", "2018-01-02", "label:发布日期(shown)"),
        # the line the picker already read, above the text: as before
        (f"<h1>{NAME}</h1><p>发布日期：2018-01-02</p>{box('生成日期')}{GOV_TEXT}", "2018-01-02", "label:发布日期(shown)"),
        # neighbour: no publish label shown, the box's date alone (gaps98)
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}", "2017-11-04", "meta-line:date(shown)"),
        # neighbour: an update's or a print's label under the text is no publish label
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<p>更新日期：2018-01-02</p>", "2017-11-04", "meta-line:date(shown)"),
        (f"<h1>{NAME}</h1>{box('生成日期')}{GOV_TEXT}<p>打印日期：2018-01-02</p>", "2017-11-04", "meta-line:date(shown)"),
    ],
)  # fmt: skip
def test_a_shown_publish_line_beats_the_box_s_other_date(
    body: str, published: str, rule: str
) -> None:
    """生成日期 / 成文日期 / 发文日期 is a shown date only where no publish label is shown."""
    out = run(body, PUBDATE, GOV_URL)
    assert (out["published_at"], out["extraction"]["published"]) == (published, rule)


# -- 3: a PbootCMS column folder witnesses its rows ------------------------------------------------
# PbootCMS's pseudo-static pager files page N of the column /xwzx/ as /xwzx_N/, its stories
# staying in /xwzx/ (core/view/Paging.php; benchmarks/templates/pboot.py renders the same)
def _pboot_last_page(col: str, rows_in: str) -> tuple[str, list[str]]:
    """A column's last page: two rows right above PbootCMS's pager, a bigger lead box of another
    channel before them and a scroller of eight after."""
    from test_lists95_shapes import LEAD_BOX, NAMES, SCROLLER, _page

    urls = [f"/{rows_in}/{930 + i}.html" for i in range(2)]
    # lists95's two rows (a day badge, a title, a summary and its 【详细】 link)
    rows = "".join(
        f'<li><div class="date"><b>0{4 - i}</b></div><div class="info"><h4><a href="{u}">{NAMES[i]}</a>'
        f'</h4><p>{NAMES[i]}。公司全体员工参加。<a href="{u}">【详细】</a></p></div></li>'
        for i, u in enumerate(urls)
    )
    pager = (
        "<div class='pagebar'><span class='page-status'>共12条 当前6/6页</span>"
        f"<span class='page-index'><a href='/{col}/'>首页</a></span>"
        f"<span class='page-pre'><a href='/{col}_5/'>前一页</a></span><span class='page-numbar'>"
        + "".join(f"<a href='/{col}_{n}/' class='page-num'>{n}</a>" for n in (2, 3, 4, 5))
        + "<a href='/{col}_6/' class='page-num page-num-current'>6</a></span>"
        "<span class='page-next'><a href='javascript:;'>后一页</a></span></div>"
    ).replace("{col}", col)
    html = _page(
        f"<div class='right'><div class='news'>{LEAD_BOX}<div class='clear'></div><ul>{rows}</ul>"
        f"{pager}</div></div>{SCROLLER}",
        title="",
    )
    return html, urls


def test_a_pboot_column_page_s_rows_in_its_folder_are_the_list() -> None:
    """/xwzx_6/ is the column /xwzx/: its two rows there, right above the pager, are the list."""
    from test_lists95_shapes import HOST, _links, _next

    html, urls = _pboot_last_page("xwzx", "xwzx")
    assert _links(html, f"{HOST}/xwzx_6/") == [HOST + u for u in urls]
    assert _next(html, f"{HOST}/xwzx_6/") is None


def test_a_numbered_folder_does_not_witness_rows_of_another_folder() -> None:
    """/news_6/ is the column /news/: rows in /about/ lie in no folder of it, so the pager after
    them is one witness only and the bigger scroller wins by its number (lists95's neighbour)."""
    from test_lists95_shapes import HOST, _links

    html, _ = _pboot_last_page("news", "about")
    assert _links(html, f"{HOST}/news_6/") == [
        f"{HOST}/tzgg/2025/02/{870 + i}.html" for i in range(8)
    ]


@pytest.mark.parametrize(
    ("page_url", "share"),
    [
        ("https://www.pboot.test/xwzx_10/", 1.0),
        ("https://www.pboot.test/xwzx/", 1.0),
        ("https://www.pboot.test/en/xwzx_10/", 0.0),  # another folder: /en/xwzx/
        ("https://www.pboot.test/news_2/", 0.0),
        ("https://www.pboot.test/xwzx_a/", 0.0),  # no page number after the underscore
    ],
)
def test_in_folder_share_of_a_numbered_folder(page_url: str, share: float) -> None:
    """A folder named ``NAME_N`` counts rows in ``NAME`` beside it as its own."""
    from incubator_crawler.listing.evidence import in_folder_share

    urls = [f"https://www.pboot.test/xwzx/{300 + i}.html" for i in range(4)]
    assert in_folder_share(urls, page_url) == share


def test_a_numbered_folder_witnesses_only_its_own_column() -> None:
    """The brief's neighbour: /news_2/ pages the column /news/, not /about/."""
    from incubator_crawler.listing.evidence import column_folders, in_folder_share

    about = [f"https://www.pboot.test/about/{300 + i}.html" for i in range(4)]
    news = [f"https://www.pboot.test/news/{300 + i}.html" for i in range(4)]
    assert column_folders("https://www.pboot.test/news_2/") == ("/news_2/", "/news/")
    assert in_folder_share(about, "https://www.pboot.test/news_2/") == 0.0
    assert in_folder_share(news, "https://www.pboot.test/news_2/") == 1.0
    # the column's own page lies in no folder of its rows: a row address, not the folder itself
    assert (
        in_folder_share(["https://www.pboot.test/news/"], "https://www.pboot.test/news_2/") == 0.0
    )


def test_a_pboot_column_folder_names_the_list_without_a_pager() -> None:
    """lists95's slider neighbour at /xwzx_10/: the arrows page nothing, yet the five items lie in
    the column /xwzx/ the page folder pages, so they are the list, not the bigger /tzgg/ box."""
    from test_lists95_shapes import HOST, ITEMS_5, OTHER_6, _links, _page

    pager = '<div class="slider-nav"><a class="prev" href="/xwzx_9/">&lt;</a><span>10</span></div>'
    html = _page(f'{OTHER_6}<div class="prolist">{ITEMS_5}</div>{pager}', title="")
    assert _links(html, f"{HOST}/xwzx_10/") == [f"{HOST}/xwzx/{480 + i}.html" for i in range(5)]


# -- 5: lxml nests the following <article>s into an unclosed div: keep a browser's flat reading ----
BLOG = "https://blog.example.cn"
POSTS = (
    "园区企业开放日活动回顾",
    "创业导师面对面第十二期",
    "孵化器年度入驻企业名单公布",
    "科技金融沙龙成功举办",
)


def _typecho_index(close_div: bool) -> str:
    """A Typecho theme's index: each post's <article> opens a div it never closes (spiritree/
    typecho-theme-amaze's shape), or closes it (``close_div``)."""
    end = "</div>" if close_div else ""
    posts = "".join(
        f'<article class="post-item"><div class="post-text"><h2 class="post-title">'
        f'<a href="/archives/{40 + i}/">{t}</a></h2><div class="post-meta">2024-0{i + 1}-10</div>'
        f'<div class="post-preview">{t}，详情请阅读全文。</div>{end}</article>'
        for i, t in enumerate(POSTS)
    )
    side = "".join(
        f'<li><a href="/archives/{90 + i}/">{t}（旧文）</a></li>' for i, t in enumerate(POSTS[:3])
    )
    pager = '<ol class="page-navigator"><li class="current"><a href="/page/1/">1</a></li><li><a href="/page/2/">2</a></li></ol>'
    return (
        f"<html><head><title>某某博客</title></head><body><div class='main'>{posts}{pager}</div>"
        f"<div class='sidebar'><h3>最近文章</h3><ul>{side}</ul></div></body></html>"
    )


@pytest.mark.parametrize("close_div", [False, True])
def test_posts_in_articles_with_an_unclosed_div_are_read_flat(close_div: bool) -> None:
    """Every post is a record, whether its div is closed or not (a browser closes it at
    </article>; libxml2 nests the next post inside it)."""
    from parsel import Selector

    from incubator_crawler.listing.links import find_article_links_generic

    html = _typecho_index(close_div)
    links = [e.url for e in find_article_links_generic(Selector(text=html), BLOG + "/")]
    assert links == [f"{BLOG}/archives/{40 + i}/" for i in range(4)]


def test_flatten_records_moves_alike_articles_and_keeps_the_caller_s_tree() -> None:
    from parsel import Selector

    from incubator_crawler.listing.nesting import flatten_records, has_nested_records

    sel = Selector(text=_typecho_index(False))
    root = sel.root.getroottree().getroot()
    assert has_nested_records(root)
    flat = flatten_records(root)
    main = flat.find(".//div[@class='main']")
    # the posts side by side; what follows the last one (the pager) stays inside it, where
    # libxml2 put it: where its </article> stood is lost with the unclosed div
    assert [c.tag for c in main] == ["article"] * 4
    assert [a.get("href") for a in main.iterfind("article/div/h2/a")] == [
        f"/archives/{40 + i}/" for i in range(4)
    ]
    assert not has_nested_records(flat)
    assert has_nested_records(root)  # the caller's page is left as parsed


def test_a_comment_article_inside_a_post_stays_nested() -> None:
    """An <article> of another kind inside a post (HTML5 comments) is written there: no repair."""
    from parsel import Selector

    from incubator_crawler.listing.nesting import has_nested_records

    html = (
        "<html><body><article class='post'><h1>园区企业开放日活动回顾</h1><p>正文。</p>"
        "<section><article class='comment'><p>很好</p></article>"
        "<article class='comment'><p>支持</p></article></section></article></body></html>"
    )
    assert not has_nested_records(Selector(text=html).root.getroottree().getroot())
