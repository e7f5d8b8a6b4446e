"""A site-first <title> over a post header that opens with its date (issue 10, session 31, follow161).

follow159 made the site's name alone (the masthead) no headline; where the masthead was the only
line above a date line opening the post's own header (Z-Blog's default theme under a ``站名-标题``
<title>: the logo, then ``<header><time>DATE</time><h2>标题</h2></header>``), nothing was left
for the heading-under-the-date reading to start from and <title> won whole. The masthead is now
the line the header stands under (never the headline itself). Pages in our own words; why:
docs/benchmarks.md, follow161.
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEADLINE = "园区举办科技成果对接会"
SITE = "星海科技园"
SITE_FIRST = f"{SITE}-{HEADLINE}"
OG_SITE = f"<meta property='og:site_name' content='{SITE}'>"
TEXT = "".join(f"<p>{PROSE}</p>" for _ in range(3))


def post(title: str, logo: str, header: str, extra: str = "") -> dict:
    body = f"<div class='top'>{logo}</div><article>{header}<section>{TEXT}</section></article>"
    return run(body, f"<title>{title}</title>{extra}")


def test_linked_logo_over_date_then_headline() -> None:
    header = f"<header><time>2023-05-17</time><h2>{HEADLINE}</h2></header>"
    assert post(SITE_FIRST, f"<h2><a href='/'>{SITE}</a></h2>", header)["title"] == HEADLINE


def test_linked_logo_over_date_and_author_then_headline() -> None:
    header = f"<header><p>2023-05-17 作者：王丽</p><h2>{HEADLINE}</h2></header>"
    assert post(SITE_FIRST, f"<h2><a href='/'>{SITE}</a></h2>", header)["title"] == HEADLINE


def test_unlinked_logo_named_by_og_site_name() -> None:
    header = f"<header><time>2023-05-17</time><h2>{HEADLINE}</h2></header>"
    assert post(SITE_FIRST, f"<h2>{SITE}</h2>", header, OG_SITE)["title"] == HEADLINE


def test_date_and_heading_in_no_shared_header() -> None:
    # neighbour: the date line and the heading stand loose in the article (no post header): the
    # heading <title> names is the headline all the same, the masthead never
    loose = f"<time>2023-05-17</time><h2>{HEADLINE}</h2>"
    assert post(SITE_FIRST, f"<h2><a href='/'>{SITE}</a></h2>", loose)["title"] == HEADLINE


def test_heading_under_date_that_title_does_not_name() -> None:
    # neighbour: the heading under the date is a notice's (<title> names another): neither it nor
    # the masthead is taken for the headline
    header = "<header><time>2023-05-17</time><h2>本站公告与通知列表</h2></header>"
    title = post(SITE_FIRST, f"<h2><a href='/'>{SITE}</a></h2>", header, OG_SITE)["title"]
    assert title not in (SITE, "本站公告与通知列表")


def test_plain_line_under_date() -> None:
    # neighbour: no heading under the date line: the masthead is still no headline
    header = f"<header><time>2023-05-17</time><p>{HEADLINE}</p></header>"
    title = post(SITE_FIRST, f"<h2><a href='/'>{SITE}</a></h2>", header, OG_SITE)["title"]
    assert title != SITE


def test_masthead_over_plain_headline_above_the_date() -> None:
    # neighbour (follow159's chengdujs shape): a plain headline line between the masthead and the
    # date line is the headline; the masthead stays skipped
    body = f"<header><h1>{SITE}</h1></header><article><div>{HEADLINE}</div><p>2023-05-17</p>{TEXT}</article>"
    assert run(body, f"<title>{HEADLINE} | {SITE}</title>{OG_SITE}")["title"] == HEADLINE
