"""lists299: a two-row page whose titles each carry the column's link (list_variants' column_links).

Pages in our own words, built as a Bootstrap blog theme prints its posts: each post a
``<section class="post">`` holding a picture column and a text column, the title in an ``h2``
followed by a link to the column (``[通知公告栏目]``). On a last page of two posts the title and
the column link of one post were read as one record of two pages, the two records folded at the
element all the posts share (one record for the whole list), so the column link stayed a row
of the list. Now a post's ``section`` (or ``article``) is its row, and a link both rows share
beside each row's own link is the rows' column link even when there are only two rows.
"""

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.rows import drop_shared_links

_TITLES = (
    "二〇二四年度社区志愿者招募工作的通知",
    "首届开发者大会北京站盛况回顾与资料下载",
    "社区线下交流活动的整体规划与报名方式",
    "关于年度合作伙伴名单公布的说明",
)


def _post(i: int, column: bool = True) -> str:
    link = ' <a href="/channel/tzgg/">[通知公告栏目]</a>' if column else ""
    return (
        f'<section class="post"><div class="row"><div class="col-md-4"><div class="image">'
        f'<a href="https://blog.example.org/blog/post-{i}/"><img src="/img/p{i}.jpg" alt=""></a>'
        f'</div></div><div class="col-md-8"><h2><a href="https://blog.example.org/blog/post-{i}/">'
        f"{_TITLES[i]}</a>{link}</h2>"
        f'<p class="author-category">作者 组织者 归档于<a href="/categories/dh">大会</a></p>'
        f'<p class="date-comments"><a href="https://blog.example.org/blog/post-{i}/">'
        f"2018-0{i + 1}-03</a></p>"
        f'<p class="intro">活动的简要介绍文字，写在摘要里面。</p>'
        f'<p class="read-more"><a href="https://blog.example.org/blog/post-{i}/">继续阅读</a></p>'
        f"</div></div></section>"
    )


def _page(posts: str) -> Selector:
    return Selector(
        text=f"""<html><head><title>Blogs</title></head><body>
<div class="navbar"><a href="/">首页</a> <a href="/blog/">Blogs</a> <a href="/about/">关于</a></div>
<div id="heading"><h1>Blogs</h1></div>
<div id="content"><div class="container"><div class="row">
<div class="col-md-9" id="blog-listing">{posts}</div>
<div class="col-md-3"><h4>分类</h4><ul><li><a href="/categories/fx">分享 (2)</a></li>
<li><a href="/categories/dh">大会 (6)</a></li><li><a href="/categories/sq">社区 (4)</a></li></ul>
</div></div></div></div>
<div class="footer"><a href="https://theme.example.com/">Bootstrapious</a></div>
</body></html>"""
    )


def _links(sel: Selector, url: str = "https://blog.example.org/blog/page/2/") -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def _posts(n: int) -> list[str]:
    return [f"https://blog.example.org/blog/post-{i}/" for i in range(n)]


def test_two_posts_each_with_the_column_link():
    sel = _page(_post(0) + _post(1))
    assert _links(sel) == _posts(2)


def test_two_posts_each_with_the_column_link_read_without_an_address():
    sel = _page(_post(0) + _post(1))
    assert _links(sel, "") == _posts(2)


def test_three_posts_each_with_the_column_link():
    # three rows were read right before: unchanged
    sel = _page(_post(0) + _post(1) + _post(2))
    assert _links(sel) == _posts(3)


def test_two_posts_without_the_column_link():
    sel = _page(_post(0, column=False) + _post(1, column=False))
    assert _links(sel) == _posts(2)


def test_four_posts_without_the_column_link():
    sel = _page("".join(_post(i, column=False) for i in range(4)))
    assert _links(sel) == _posts(4)


# drop_shared_links on two rows: (link, url, row) members, rows named by strings


def test_two_rows_drop_the_link_both_share():
    members = [(None, "a", "r1"), (None, "col", "r1"), (None, "b", "r2"), (None, "col", "r2")]
    assert [m[1] for m in drop_shared_links(members)] == ["a", "b"]


def test_two_rows_keep_a_story_listed_again_alone():
    # a story listed in both rows, alone in the second: each row keeps its fewest-shared link,
    # so the second row keeps it (it is listed once by the caller)
    members = [(None, "a", "r1"), (None, "b", "r1"), (None, "b", "r2")]
    assert [m[1] for m in drop_shared_links(members)] == ["a", "b"]


def test_two_rows_sharing_every_link_keep_them():
    # rows that hold the same two links each: nothing is any row's own, nothing dropped
    members = [(None, "a", "r1"), (None, "b", "r1"), (None, "a", "r2"), (None, "b", "r2")]
    assert [m[1] for m in drop_shared_links(members)] == ["a", "b", "a", "b"]


def test_one_row_keeps_its_links():
    members = [(None, "a", "r1"), (None, "col", "r1")]
    assert [m[1] for m in drop_shared_links(members)] == ["a", "col"]
