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


class _Files:
    """A theme of our own: its files by path, as the benchmark's snapshot reader serves them."""

    def __init__(self, path: str, files: dict[str, str]) -> None:
        self.path, self._files = path, files

    def files(self) -> set[str]:
        return set(self._files)

    def near(self, name: str, *roots: str) -> str | None:
        for root in (self.path.rsplit("/", 1)[0] if "/" in self.path else "", *roots):
            parts: list[str] = []
            for piece in f"{root}/{name}".split("/"):
                if piece == "..":
                    parts = parts[:-1]
                elif piece not in (".", ""):
                    parts.append(piece)
            got = self._files.get("/".join(parts))
            if got is not None:
                return got
        return None


def test_halo_freemarker_layout_macros_and_chains(t) -> None:
    page = (
        '<#include "lib/macros.ftl"><@layout.extends name="base.ftl">'
        '<@layout.put block="content"><h1>${post.title!}</h1>'
        "<#if prevPost??>上一篇 ${prevPost.title!}<#elseif nextPost??>下一篇<#else>没有了</#if>"
        "<@card>${post.createTime?string('yyyy-MM-dd')}</@card><@global.timeline datetime=post.createTime/>"
        "<#list tags as tag>${tag.name}</#list></@layout.put></@layout.extends>"
    )
    files = {
        "lib/macros.ftl": "<#macro card><div class='card'><#nested /></div></#macro>",
        "base.ftl": '<html><body><@layout.block name="content"></@layout.block></body></html>',
    }
    out = t.RENDERERS["halo"](page, _Files("post.ftl", files), t.values("filled"))
    assert f"<h1>{t.TITLE}</h1>" in out
    assert f"上一篇 {t.PREV_TITLE}" in out
    assert "下一篇" not in out
    assert "没有了" not in out
    assert "<div class='card'>2023-05-17</div>" in out
    assert "3 年前" in out
    assert "<#" not in out
    assert "<@" not in out


def test_halo2_thymeleaf_fragments_and_messages(t) -> None:
    page = (
        '<html th:replace="~{modules/layout :: html(title = ${post.spec.title}, content = ~{::content})}">'
        '<th:block th:fragment="content"><a th:text="${post.owner.displayName}"></a>'
        "<span th:text=\"#{common.publishedOn(${#dates.format(post.spec.publishTime,'yyyy-MM-dd')})}\"></span>"
        '<a th:each="c : ${post.categories}" th:text="${c.spec.displayName}"></a>'
        '<a th:if="${postCursor.hasNext()}">下一篇</a><div sec:authorize="isAuthenticated()">编辑</div>'
        '<div th:utext="${post.content.content}"></div></th:block></html>'
    )
    files = {
        "templates/modules/layout.html": '<html th:fragment="html (title,content)"><head>'
        '<title th:text="${title}"></title></head><body><th:block th:replace="${content}" /></body></html>',
        "i18n/zh_CN.properties": "common.publishedOn=发布于 {0}\n",
    }
    out = t.RENDERERS["halo2"](page, _Files("templates/post.html", files), t.values("filled"))
    assert f"<title>{t.TITLE}</title>" in out
    assert f"<a>{t.POSTER}</a>" in out
    assert "<span>发布于 2023-05-17</span>" in out
    assert "下一篇" not in out
    assert "编辑" not in out
    assert "th:" not in out
    assert t.BODY_PARAS[0] in out


def test_thinkphp_date_call(t) -> None:
    tpl = "<span>发布时间：{:date('Y-m-d H:i',$article.published_time)}</span>{:url('x')}"
    out = t.RENDERERS["thinkcmf"](tpl, _NoSource(), t.values("filled"))
    assert out == "<span>发布时间：2023-05-17 09:30</span>"
