"""lists316: the shapes list_variants' one_row left after lists312.

Pages in our own words. A blog kept under a project folder (a Hugo site at ``/club-site/``) prints
its name as ``h2 > a`` to the folder in the header; a category page of one undated post
(``article > h3 > a``) tied it and the first printed, the site's name, won. No row of the dev list
labels leads to a folder above the page's own address (0 of 3,097), so such a link is no
candidate (:func:`.candidates.leads_up`).
"""

from urllib.parse import urlsplit

from parsel import Selector

from incubator_crawler.listing.candidates import leads_up
from incubator_crawler.listing.links import find_article_links_generic

_SITE = "https://club.example.io/club-site"
_POST = f"{_SITE}/post/event/mentor-series/"
_OTHER = f"{_SITE}/post/event/spring-meetup-review/"


def _header(name_href: str = _SITE) -> str:
    return f"""<header><div><h2><a href="{name_href}">开源俱乐部北京博客</a></h2>
<nav><ul><li><a href="{_SITE}/post/">博客</a></li><li><a href="{_SITE}/tags">标签</a></li>
<li><a href="{_SITE}/categories">分类</a></li></ul></nav></div></header>"""


def _post(href: str, title: str) -> str:
    return f"""<li><div class="card"><div class="inner"><article>
<h3><a href="{href}">{title}</a></h3><p>导师们分享了参与开源基金会项目的经验与建议。</p>
</article></div></div></li>"""


def _category(posts: str, header: str | None = None) -> Selector:
    return Selector(
        text=f"""<html><head><title>活动 - 开源俱乐部</title></head><body>{header or _header()}
<main><ul class="posts">{posts}</ul></main></body></html>"""
    )


def _links(sel: Selector, url: str = f"{_SITE}/categories/event/") -> list[str]:
    return [e.url for e in find_article_links_generic(sel, url)]


def test_a_category_page_of_one_post_lists_the_post_not_the_sites_name():
    sel = _category(_post(_POST, "俱乐部活动：基金会导师系列分享"))
    assert _links(sel) == [_POST]


def test_a_sections_front_page_above_the_page_is_no_row_either():
    sel = _category(_post(_POST, "俱乐部活动：基金会导师系列分享"), _header(f"{_SITE}/categories"))
    assert _links(sel) == [_POST]


def test_two_posts_stay_the_list():
    posts = _post(_POST, "俱乐部活动：基金会导师系列分享") + _post(_OTHER, "春季线下聚会回顾与照片")
    assert _links(_category(posts)) == [_POST, _OTHER]


def test_leads_up_reads_folders_above_the_page_only():
    page = f"{_SITE}/categories/event/"
    assert leads_up(urlsplit(_SITE), page)
    assert leads_up(urlsplit(f"{_SITE}/categories/"), page)
    # a page below the page's own folder, the page itself, a sibling folder: not above it
    assert not leads_up(urlsplit(_POST), page)
    assert not leads_up(urlsplit(page), page)
    assert not leads_up(urlsplit(f"{_SITE}/categories/events-2024/"), page)
    # a query names a page of its own (WordPress's /blog/?p=12); another host; no address
    assert not leads_up(urlsplit(f"{_SITE}/?p=12"), page)
    assert not leads_up(urlsplit("https://other.example.io/club-site"), page)
    assert not leads_up(urlsplit("/club-site"), "")


def test_a_wordpress_post_by_its_query_under_the_blogs_folder_stays_a_row():
    posts = _post(f"{_SITE}/?p=12", "俱乐部活动：基金会导师系列分享")
    assert _links(_category(posts)) == [f"{_SITE}/?p=12"]
