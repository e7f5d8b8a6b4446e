"""Shapes this round's CMS article templates print (tmpl151, issue 10), one page each.

Pages of our own (the markup's structure, never a template's text), each with its negative
neighbours:

- a date a template dresses as a link that goes nowhere (XunRuiCMS's mobile show page:
  ``<i class="fa fa-calendar"></i><a href="javascript:;">DATE</a>`` on the meta line) is the
  article's date; a date linking another page (a list row, an archive) is still no date line.

And the two small template readers the benchmark gained (benchmarks/templates/article_cms151.py),
on template text of our own: phpwind's heredoc control flow and XunRuiCMS's ``dr_catpos``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_shapes import PROSE, run

HEADLINE = "新区召开重点企业服务座谈会"
PARAS = "".join(f"<p>{PROSE}</p>" for _ in range(3))
HEAD = f"<title>{HEADLINE}-新区门户网</title>"


def page(meta: str) -> dict:
    """A page with the headline, ``meta`` under it and three paragraphs."""
    return run(f"<div class='main'><h1>{HEADLINE}</h1>{meta}{PARAS}</div>", HEAD)


def meta(date_link: str) -> str:
    """XunRuiCMS's mobile meta line: a calendar glyph and the date, an eye glyph and the hits."""
    return (
        "<div class='tool'>\n"
        f"<div class='meta'><i class='fa fa-calendar'></i>\n{date_link}\n</div>\n"
        "<div class='meta'><i class='fa fa-fire'></i>\n<a href='javascript:;'>86次</a>\n</div>\n"
        "</div>"
    )


@pytest.mark.parametrize(
    "link",
    [
        "<a href='javascript:;'>2024-03-05 08:15:00</a>",
        "<a href='javascript:void(0)'>2024-03-05 08:15:00</a>",
        "<a href='#'>2024-03-05 08:15:00</a>",
        "<a>2024-03-05 08:15:00</a>",
    ],
)
def test_date_in_a_link_going_nowhere_is_the_date(link: str) -> None:
    assert page(meta(link))["published_at"] == "2024-03-05T08:15:00+08:00"


@pytest.mark.parametrize(
    "link",
    [
        "<a href='/news/2024/0305.html'>2024-03-05 08:15:00</a>",  # another page's address
        "<a href='/archives/2024/03/05/'>2024-03-05 08:15:00</a>",  # an archive of the day
    ],
)
def test_date_linking_another_page_stays_no_date_line(link: str) -> None:
    assert page(meta(link))["published_at"] is None


def test_dead_links_beside_a_linked_date_elsewhere() -> None:
    """One dead link (the hits) and the date linking a page: the date is still a link's."""
    line = (
        "<div class='meta'><a href='/n/7.html'>2024-03-05 08:15:00</a> "
        "<a href='javascript:;'>收藏</a></div>"
    )
    assert page(line)["published_at"] is None


# ---------------------------------------------------------------- the template readers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


@pytest.fixture(scope="module")
def t():
    import templates  # noqa: PLC0415  (benchmarks/templates.py: the renderers' shared values)

    return templates


class _NoSource:
    path = "t/show.html"

    def near(self, *names: str) -> None:
        return None

    def files(self) -> set[str]:
        return set()


PHPWIND = """<!--<?php print <<<EOT
-->
<h1>{$articleModule->subject}</h1>
<!--
EOT;
if($articleModule->user){
print <<<EOT
-->
<span>作者：{$articleModule->user}</span>
<!--
EOT;
}if(isURL($articleModule->fromUrl)){
print <<<EOT
-->
<span>来源：<a href="{$articleModule->fromUrl}">{$articleModule->fromInfo}</a></span>
<!--
EOT;
}elseif($articleModule->fromInfo){print <<<EOT
-->
<span>来源：{$articleModule->fromInfo}</span>
<!--
EOT;
}foreach ($articleModule->relate as $value) {print <<<EOT
-->
<li>$value[subject]</li>
<!--
EOT;
}print <<<EOT
-->
<p>$postdate</p>
<!--
EOT;
?>-->"""


def test_phpwind_heredoc_runs_its_branches(t) -> None:
    out = t.RENDERERS["phpwind"](PHPWIND, _NoSource(), t.values("filled"))
    assert f"作者：{t.POSTER}" in out
    assert f"<span>来源：{t.SOURCE}</span>" in out  # the elseif: the source is no address
    assert "<a href=" not in out
    assert "<li>" not in out
    assert "2023-05-17 09:30" in out
    assert t.TITLE in out


def test_phpwind_heredoc_drops_emptied_slots(t) -> None:
    out = t.RENDERERS["phpwind"](PHPWIND, _NoSource(), t.values("empty"))
    assert "作者：" not in out
    assert "来源：" not in out
    assert t.TITLE in out


def test_dayrui_catpos_joins_the_item_pattern(t) -> None:
    tpl = (
        "<ul>{dr_catpos($catid, '', true, '<li class=\"i\">'.PHP_EOL.'<a href=\"[url]\">[name]</a>'"
        ".PHP_EOL.'</li>'.PHP_EOL)}</ul><h5>{$title}</h5>"
        '{if $prev_page}<a href="{$prev_page.url}">{$prev_page.title}</a>{else}没有了{/if}'
        "{if $next_page}<a>x</a>{else}没有了{/if}"
    )
    out = t.RENDERERS["xunruicms"](tpl, _NoSource(), t.values("filled"))
    assert f'<li class="i">\n<a href="/news/">{t.PARENT}</a>\n</li>' in out
    assert f'<a href="/news/yqdt/">{t.COLUMN}</a>' in out
    assert out.endswith(f"{t.PREV_TITLE}</a>没有了")
    plain = t.RENDERERS["finecms"]("{dr_catpos($catid, ' > ')}", _NoSource(), t.values("filled"))
    assert plain == f'<a href="/news/">{t.PARENT}</a> > <a href="/news/yqdt/">{t.COLUMN}</a>'
