"""Two author false+ shapes of the session-32 re-measure (issue 10, session 32), on pages of our own.

- ``Members of X`` where X is the site's own name (a club's Hexo config author, its copyright box
  ``Author: Members of X``): the club's members together are the site, no writer; a person's name
  there still is the writer, and ``Members of`` another group is decided by the site's name only.
- A copyright box whose ``文章作者: X`` its own notice credits as the blog (``转载请注明来自 X！``,
  Hexo Butterfly) names the box's site, no writer, wherever the box stands (a group's box put after
  another host's text); a person's name over the same notice is the writer.

Why: docs/benchmarks.md, follow197.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.people.names import is_site_name

HEADLINE = "星海园区春季招聘会下月举行"
TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


# 1. ``Members of`` the site


@pytest.mark.parametrize(
    ("name", "site", "want"),
    [
        ("Members of Club Nova", "CLUB NOVA", True),
        ("Members of the Club Nova", "Club Nova", True),
        ("Club Nova", "CLUB NOVA", True),
        ("Members of Orbit Studio", "CLUB NOVA", False),  # another group: not the site
        ("Members of", "CLUB NOVA", False),
        ("Members of Club Nova", "星海俱乐部", False),  # the site's name only, in its own script
    ],
)
def test_members_of_the_site_is_the_site(name: str, site: str, want: bool) -> None:
    assert is_site_name(name, site) is want


def _hexo(author: str, site: str) -> dict:
    head = (
        f"<title>{HEADLINE} | {site}</title><meta name='generator' content='Hexo 5.4.0'>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:author' content='{author}'>"
    )
    body = (
        f"<article><h1>{HEADLINE}</h1>{TEXT}"
        "<div class='copyright'><div><span>Author: </span><span><a href='/'>"
        f"{author}</a></span></div><div><span>Link: </span><span><a href='/1/'>"
        "https://club-nova.github.io/1/</a></span></div></div></article>"
        f"<p>Created</p><p>2024-03-04</p>"
    )
    return run(body, head, url="https://club-nova.github.io/1/")


def test_members_of_the_site_in_the_config_author_names_no_writer() -> None:
    assert _hexo("Members of Club Nova", "CLUB NOVA")["author"] is None


def test_a_person_in_the_config_author_is_the_writer() -> None:
    # the neighbour: a person's name in the same box and meta stays the writer
    assert _hexo("Lin Yifan", "CLUB NOVA")["author"] == "Lin Yifan"


# 2. the box's 作者 that its notice credits as the blog


def _boxed(author: str, blog: str = "星火计划") -> dict:
    box = (
        "<div class='post-copyright'>"
        f"<div><span>文章作者: </span><span><a href='http://other.example'>{author}</a></span></div>"
        "<div><span>文章链接: </span><span><a href='http://other.example/2023/a/'>"
        "http://other.example/2023/a/</a></span></div>"
        "<div><span>版权声明: </span><span>本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。"
        f"转载请注明来自 <a href='http://other.example'>{blog}</a>！</span></div></div>"
    )
    body = f"<div class='main'><h1>{HEADLINE}</h1><p>发布时间：2024-03-04</p>{TEXT}{box}</div>"
    return run(body, f"<title>{HEADLINE}</title>")


def test_box_author_the_notice_credits_as_the_blog_names_no_writer() -> None:
    assert _boxed("星火计划")["author"] is None


def test_box_author_a_person_over_the_notice_is_the_writer() -> None:
    # the neighbour: the notice credits another name (the blog), the 作者 is a person
    assert _boxed("林一帆")["author"] == "林一帆"
