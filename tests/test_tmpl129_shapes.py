"""Blog themes' post shapes (tmpl129, issue 10), one page each in our own words.

``benchmarks/templates.py`` now renders Hexo, Hugo, emlog and Chinese WordPress themes' post layouts too;
the wrong values it showed are written here as pages of our own (the markup's structure and the
theme's words, never a template's text), each with its negative neighbours:

- a tag box's empty state under the headline (``<span class="chip">无标签</span>`` where the post has no
  tag) and the prompt a theme prints in an author slot the site never set (``请设置文章作者``): the
  theme's words, no author;
- an author slot printed empty before the next item's filed-under label (``作者 收录于 随笔``, the
  person icon then ``收录于``): no author; a name in the slot stays the author;
- a blog sidebar's widget heading ``<h3>分类</h3>`` right above the headline, the menu linking 分类: the
  word for categories, no category; a column's name there still is one;
- a theme drawer's ``首页`` then its counters (``0 标签 1 分类 0 文章``): no trail;
- a blog menu ``首页 归档`` right above the post: no trail, the archive's index names no column;
- an emlog theme's ``DATE 王丽 园区动态`` (the writer's link, then the column's): the names end before
  the column.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

HEADLINE = "园区举办科技成果对接会"
HEAD = f"<title>{HEADLINE} | 星海博客</title>"
TEXT = "".join(f"<p>{PROSE}</p>" for _ in range(3))


def post(header: str, before: str = "") -> str:
    """A blog post: what stands above it, the headline, the theme's header lines, the text."""
    return (
        f"{before}<article><h1>{HEADLINE}</h1>{header}<div class='post-body'>{TEXT}</div></article>"
    )


DATE_LINE = "<div class='meta'>发布日期: 2023-05-17</div>"

AUTHORS = [
    # --- a tag box's empty state between the headline and the date line ---
    ("tag-box-empty", "<div class='tags'><span class='chip'>无标签</span></div>" + DATE_LINE, None),
    (
        "tag-box-empty-zanwu",
        "<div class='tags'><span class='chip'>暂无标签</span></div>" + DATE_LINE,
        None,
    ),
    # the neighbour: a name on its own line there is the post's account
    ("name-line-above-date", "<div class='who'><span>李明远</span></div>" + DATE_LINE, "李明远"),
    # --- a theme's prompt in the author slot the site never set ---
    (
        "author-slot-prompt",
        "<div class='new-meta-box'><div class='author' itemprop='author'><a href='/'><img src='/a.png'>"
        "<p itemprop='name'>请设置文章作者</p></a></div></div>" + DATE_LINE,
        None,
    ),
    (
        "author-slot-name",
        "<div class='new-meta-box'><div class='author' itemprop='author'><a href='/'><img src='/a.png'>"
        "<p itemprop='name'>周晓岚</p></a></div></div>" + DATE_LINE,
        "周晓岚",
    ),
    # --- the author slot empty before the filed-under label (LoveIt, DoIt on a site with no author) ---
    (
        "icon-author-empty-then-filed-under",
        "<div class='post-meta'><span class='post-author'><a rel='author' href='/'>"
        "<i class='fas fa-user-circle'></i>作者</a></span>&nbsp;<span class='post-category'>收录于 "
        "<a href='/categories/suibi/'>随笔</a></span></div><div><time>2023-05-17</time></div>",
        None,
    ),
    (
        # the category's name written by script: the line reads ``作者 收录于``
        "author-word-then-filed-under-alone",
        "<div class='post-meta'><div class='post-meta-line'><span class='post-author'><a rel='author' href='/'>"
        "<i class='fas fa-user-circle'></i>作者</a></span>&nbsp;<span class='post-category'>收录于 "
        "<a href='/categories/suibi/'><i class='far fa-folder'></i></a></span></div>"
        "<div class='post-meta-line'><time>2023-05-17</time></div></div>",
        None,
    ),
    (
        "icon-only-then-filed-under",
        "<div class='post-meta'><span class='post-author'><i class='fas fa-user-circle'></i></span> "
        "<span class='post-category'>收录于 <a href='/categories/suibi/'>随笔</a></span> "
        "<time>2023-05-17</time></div>",
        None,
    ),
    (
        "icon-author-named-then-filed-under",
        "<div class='post-meta'><span class='post-author'><a rel='author' href='/'>"
        "<i class='fas fa-user-circle'></i>周晓岚</a></span>&nbsp;<span class='post-category'>收录于 "
        "<a href='/categories/suibi/'>随笔</a></span></div><div><time>2023-05-17</time></div>",
        "周晓岚",
    ),
]


BESIDE_DATE = [
    # an emlog theme's line: the date, the writer's link, the column's link
    (
        "date-writer-column",
        "<p class='date'>2023-5-17 <a href='/author/1'>周晓岚</a> <a href='/sort/2'>园区动态</a></p>",
        "周晓岚",
    ),
    # the neighbours: two writers after the date stay two, a column alone is no one
    ("date-two-writers", "<p class='date'>2023-5-17 周晓岚 李明远</p>", "周晓岚、李明远"),
    ("date-column-only", "<p class='date'>2023-5-17 <a href='/sort/2'>园区动态</a></p>", None),
]


@pytest.mark.parametrize(("name", "line", "want"), BESIDE_DATE, ids=[b[0] for b in BESIDE_DATE])
def test_author_beside_date(name: str, line: str, want: str | None) -> None:
    out = run(f"<div id='content'><h2>{HEADLINE}</h2>{line}{TEXT}</div>", HEAD)
    assert out["author"] == want


@pytest.mark.parametrize(("name", "header", "want"), AUTHORS, ids=[a[0] for a in AUTHORS])
def test_author(name: str, header: str, want: str | None) -> None:
    out = run(post(header), HEAD)
    assert out["title"] == HEADLINE
    assert out["author"] == want


MENU = (
    "<nav><ul class='menu'><li><a href='/'>首页</a></li><li><a href='/archives/'>归档</a></li>"
    "<li><a href='/categories/'>{word}</a></li><li><a href='/tags/'>标签</a></li></ul></nav>"
)

CATEGORIES = [
    # --- a sidebar widget's heading right above the headline (Pure: the widget's list empty) ---
    (
        "sidebar-widget-categories",
        MENU.format(word="分类") + "<aside><div class='widget'><h3 class='widget-title'>分类</h3>"
        "<div class='widget-body'></div></div></aside>",
        None,
    ),
    # the neighbour: a column the menu links, heading the box the headline opens, is the category
    (
        "box-heading-column",
        MENU.format(word="户政") + "<aside><div class='widget'><h3 class='widget-title'>户政</h3>"
        "<div class='widget-body'></div></div></aside>",
        "户政",
    ),
    # --- a drawer's home item, then its counters ---
    (
        "drawer-counters-after-home",
        "<div class='drawer'><ul><li><div>首页<i class='fa-solid fa-chevron-right'></i></div></li></ul>"
        "<div class='statistics'><a href='/tags/'><div>0</div><div>标签</div></a><a href='/categories/'>"
        "<div>1</div><div>分类</div></a><a href='/archives/'><div>0</div><div>文章</div></a></div></div>",
        None,
    ),
    # --- a blog menu of the home page and the archive right above the post ---
    (
        "menu-home-archive",
        "<header><ul class='menu-list'><li class='menu-item'><a href='/'>首页</a></li>"
        "<li class='menu-item'><a href='/archives'>归档</a></li></ul></header>",
        None,
    ),
]


@pytest.mark.parametrize(("name", "before", "want"), CATEGORIES, ids=[c[0] for c in CATEGORIES])
def test_category(name: str, before: str, want: str | None) -> None:
    out = run(post(DATE_LINE, before), HEAD)
    assert out["title"] == HEADLINE
    assert out["category"] == want


def test_filed_under_words_one_home() -> None:
    """The filed-under labels are one vocabulary: beside_date's category label reads the same words."""
    from incubator_crawler.article.people.beside_date import _FILED_UNDER_RE
    from incubator_crawler.article.people.words import FILED_UNDER_WORDS

    for word in FILED_UNDER_WORDS.split("|"):
        assert _FILED_UNDER_RE.match(word + " 随笔")
