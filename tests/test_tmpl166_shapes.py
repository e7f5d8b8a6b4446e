"""Shapes this round's CMS article templates print (tmpl166, issue 10), one page each.

Pages of our own (the markup's structure, never a template's text), each with its negative
neighbours:

- a name, a dash (or a dot, or a bar) and 发布于 DATE on the meta line (a WordPress theme's
  ``NAME - 发布于 DATE``) is the poster's name then "posted on", as ``NAME 发布于 DATE`` is: the
  author; a page control or a column's name there is still no one, and a dash with no 发布于 after
  the name changes nothing.

And the small template readers the benchmark gained (benchmarks/templates/article_cms166.py and the
WordPress reader's custom fields), on template text of our own: SiteServer's STL tags, Jspxcms's
FreeMarker chains, MIPCMS's layout blocks.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_shapes import PROSE, run

HEADLINE = "高新区举办企业服务专员培训会"
PARAS = "".join(f"<p>{PROSE}</p>" for _ in range(3))
HEAD = f"<title>{HEADLINE}-高新区门户网</title>"


def page(tool: str) -> dict:
    """A page with the headline, the theme's tool line under it and three paragraphs."""
    return run(
        f"<div class='singlebox'><h1>{HEADLINE}</h1><div class='tool'>{tool}</div>{PARAS}</div>",
        HEAD,
    )


@pytest.mark.parametrize(
    "tool",
    [
        "陈立新 - 发布于 <time>2024-03-05 08:15</time>",
        "陈立新 · 发布于 2024-03-05 08:15",
        "陈立新 | 发表于 2024-03-05 08:15",
        "陈立新 发布于 2024-03-05 08:15",  # no mark between: as before
    ],
)
def test_name_dash_posted_on_date_is_the_author(tool: str) -> None:
    out = page(tool)
    assert out["author"] == "陈立新"
    assert out["published_at"] == "2024-03-05T08:15:00+08:00"


@pytest.mark.parametrize(
    "tool",
    [
        "首页 - 发布于 2024-03-05 08:15",  # a page control
        "打印 | 发布于 2024-03-05 08:15",
        "新闻中心 · 发布于 2024-03-05 08:15",  # a column's name
        "管理员 - 发布于 2024-03-05 08:15",  # a role, no one named
        "- 发布于 2024-03-05 08:15",  # the name slot left empty
        "陈立新 - 2024-03-05 08:15",  # no 发布于: this rule does not read it
    ],
)
def test_no_name_before_the_dash_stays_no_author(tool: str) -> None:
    out = page(tool)
    assert out["author"] is None
    assert out["published_at"] == "2024-03-05T08:15:00+08:00"


# ---------------------------------------------------------------- the template readers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


@pytest.fixture(scope="module")
def t():
    import templates  # noqa: PLC0415  (benchmarks/templates.py: the renderers' shared values)

    return templates


class _Source:
    """A snapshot of a few files of our own."""

    def __init__(self, path: str, files: dict[str, str] | None = None) -> None:
        self.path, self._files = path, files or {}

    def near(self, name: str, *roots: str) -> str | None:
        for root in (str(Path(self.path).parent), *roots):
            if f"{root}/{name}" in self._files:
                return self._files[f"{root}/{name}"]
        return None

    def read(self, path: str) -> str | None:
        return self._files.get(path)

    def files(self) -> set[str]:
        return set(self._files)


STL = (
    '<div>位置：<stl:location separator=" > "></stl:location></div>'
    '<h1><stl:content type="Title"></stl:content></h1>'
    '<p><stl:content type="Source" leftText="来源："></stl:content> '
    '<stl:content type="Author" leftText="作者："></stl:content> '
    '时间：<stl:content type="AddDate" formatString="yyyy-MM-dd"></stl:content></p>'
    "<stl:contents><stl:a></stl:a></stl:contents>"
)


def test_siteserver_stl_tags(t) -> None:
    out = t.RENDERERS["siteserver"](STL, _Source("T/c.html"), t.values("filled"))
    assert f'<a href="/xwzx/">{t.PARENT}</a> > <a href="/xwzx/yqdt/">{t.COLUMN}</a></div>' in out
    assert f"<p>来源：{t.SOURCE} 作者：{t.AUTHOR} 时间：2023-05-17</p>" in out
    assert "stl:" not in out


def test_siteserver_left_text_only_before_a_set_value(t) -> None:
    out = t.RENDERERS["siteserver"](STL, _Source("T/c.html"), t.values("empty"))
    assert "<p>  时间：2023-05-17</p>" in out
    assert "来源" not in out
    assert "作者" not in out


JSPX = (
    "[#list node.hierarchy as n]<a href='${n.url}'>${n.name}</a>>[/#list]正文"
    "<h2>${info.title}</h2><span>${info.publishDate?string('yyyy-MM-dd HH:mm')}</span>"
    "[#if info.getSource()??]<span>来源：${info.getSource()!}</span>[/#if]"
    "<span>${info.author!info.creator.realName!info.creator.username}</span>"
    "[@InfoPrev id=info.id;bean][#if bean??]${bean.title}[/#if][/@InfoPrev]"
)


def test_jspxcms_freemarker_chain_and_trail(t) -> None:
    out = t.RENDERERS["jspxcms"](JSPX, _Source("t/info.html"), t.values("filled"))
    assert out.startswith(f"<a href='/'>首页</a>><a href='/xwzx/'>{t.PARENT}</a>>")
    assert (
        f"<span>2023-05-17 09:30</span><span>来源：{t.SOURCE}</span><span>{t.AUTHOR}</span>" in out
    )
    assert "[" not in out
    assert "$" not in out


def test_jspxcms_author_falls_back_to_the_creator(t) -> None:
    vals = dict(t.values("empty"), poster=t.POSTER)
    out = t.RENDERERS["jspxcms"](JSPX, _Source("t/info.html"), vals)
    assert f"<span>{t.POSTER}</span>" in out
    assert "来源" not in out


def test_mipcms_layout_blocks_and_crumb(t) -> None:
    layout = (
        "<title>{block name='mipTitle'}{$mipTitle}{/block}</title>{block name=\"main\"}{/block}"
    )
    tpl = (
        '{extend name="main/main"/}{block name="main"}{mipcms:crumb cid="$itemInfo[\'cid\']" /}'
        "<h1>{$itemInfo['title']}</h1><li>时间:{$itemInfo['publish_time']|date='Y-m-d',###}</li>"
        "{if condition='$tags'}<ul>tags</ul>{/if}{mipcms:article value='v'}x{/mipcms:article}{/block}"
    )
    src = _Source(
        "template/default/article/articleDetail.html", {"template/default/main/main.html": layout}
    )
    out = t.RENDERERS["mipcms"](tpl, src, t.values("filled"))
    assert out.startswith(f"<title>{t.TITLE}_{t.SITE}</title><ul ")
    assert (
        f'<a href="/xwzx/yqdt/" title="{t.COLUMN}">{t.COLUMN}</a></li></ul><h1>{t.TITLE}</h1>'
        in out
    )
    assert out.endswith("<li>时间:2023-05-17</li>")


def test_wordpress_custom_author_field(t) -> None:
    tpl = (
        "<h1><?php single_post_title(); ?></h1><div><?php "
        "$a = get_post_meta($post->ID,'_x_author',true);\n$u = get_post_meta($post->ID,'_x_URL',true);\n"
        "if($u){echo $u.' ';}\nif($a){echo $a;}else{the_author_nickname();}\n"
        "_e(' - 发布于','x'); ?> <time><?php the_time();?></time></div>"
    )
    filled = t.RENDERERS["wordpress-cn"](tpl, _Source("single.php"), t.values("filled"))
    assert f"<div>{t.AUTHOR} - 发布于 <time>2023-05-17</time></div>" in filled
    assert f"<h1>{t.TITLE}</h1>" in filled
    poster_only = dict(t.values("empty"), poster=t.POSTER)
    out = t.RENDERERS["wordpress-cn"](tpl, _Source("single.php"), poster_only)
    assert f"<div>{t.POSTER} - 发布于" in out  # the field unset: the nickname
