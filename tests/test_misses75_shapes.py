"""Wrong values found in the unlabelled pools' sweep, as pages of our own.
Why each shape and the page it came from: docs/benchmarks.md, misses75."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.people import clean_person

TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
TITLE = "图片自适应大小的通用JS代码"


def _page(meta: str, text: str = TEXT) -> dict:
    return run(
        f"<div class='art_title'><div>{TITLE}</div>{meta}</div>{text}", f"<title>{TITLE}</title>"
    )


@pytest.mark.parametrize(
    ("slot", "source"),
    [
        ("来源：0", None),
        ("来源：００", None),
        # a count is no outlet; an outlet's name with digits stays (``39健康网``)
        ("来源：39健康网", "39健康网"),
        ("来源：一起学编程网", "一起学编程网"),
    ],
    ids=["zero", "full-width", "digits-in-name", "named"],
)
def test_a_count_in_the_source_slot_names_no_outlet(slot: str, source: str | None) -> None:
    """yqxbc (win10os.com pool): ``发布时间：2015-08-27 13:57 来源：0 浏览：0次``: the template prints
    its unset 来源 as 0, as it does the view count; a bare number names no publisher."""
    rec = _page(f"<a href='/'>yqxbc</a> 发布时间：2015-08-27 13:57 {slot} 浏览：0次")
    assert rec["source"] == source
    assert rec["published_at"] == "2015-08-27T13:57:00+08:00"


@pytest.mark.parametrize("role", ["author", "editor", "source"])
def test_a_bare_number_is_no_one_in_any_slot(role: str) -> None:
    """A people slot holding only digits (a counter's 0, 12) is an unset template field."""
    assert clean_person("0", role=role) is None
    assert clean_person("12", role=role) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：落叶人生(http://www.18cms.com)", "落叶人生"),
        ("作者：落叶人生（www.18cms.com）", "落叶人生"),
        ("作者：张三、李四 (https://example.com/blog)", "张三、李四"),
        # a bracket with no address stays the people module's (a unit, a role)
        ("作者：张三（浙江大学）", "张三"),
    ],
    ids=["http", "www-full-width", "two-names", "unit"],
)
def test_the_writers_site_in_brackets_is_no_part_of_the_name(line: str, author: str) -> None:
    """yqxbc: the text closes ``作者：落叶人生(http://www.18cms.com)``: the writer's own site in
    brackets after the name was split at its slashes into ``落叶人生(http:、www.18cms.com``."""
    text = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{line}</p></div>"
    rec = _page("发布时间：2015-08-27 13:57 来源：一起学编程网", text)
    assert rec["author"] == author


def test_the_verb_edit_before_a_file_path_names_no_editor() -> None:
    """yqxbc's MySQL how-to: a step ``编辑/etc/my.cnf文件，在[mysqld]下面添加如下内容：`` was read as
    an editor credit (``etc/my.cnf文件，在``): the verb 编辑 (edit the file), then a clause after
    the comma; no editor."""
    text = (
        f"<div class='content'><p>{PROSE}</p><p>自己安装启用InnoDB，设置好加载路径即可。</p>"
        "<p>编辑/etc/my.cnf文件，在[mysqld]下面添加如下内容：</p>"
        "<pre>ignore-builtin-innodb\nplugin-load=innodb=ha_innodb_plugin.so</pre>"
        f"<p>重启mysql服务：</p><p>{PROSE}</p></div>"
    )
    rec = _page("发布时间：2015-04-08 10:00 来源：一起学编程", text)
    assert rec["editor"] is None


@pytest.mark.parametrize(
    ("value", "editor"),
    [
        ("etc/my.cnf文件，在", None),
        ("张三，李四", "张三，李四"),
        ("刘雅婷(实习生)，杨曦", "刘雅婷(实习生)，杨曦"),
        ("Jane Doe，John Roe", "Jane Doe，John Roe"),
        ("快讯团队，王五", "快讯团队，王五"),
    ],
    ids=["path-clause", "two-names", "intern-note", "latin", "desk"],
)
def test_an_editor_list_at_full_width_commas_holds_names_only(
    value: str, editor: str | None
) -> None:
    """An editor value split at ``，`` is a list of names (a desk, a Latin name too); any other
    part is a clause the word 编辑 led into."""
    assert clean_person(value, role="editor") == editor


@pytest.mark.parametrize(
    ("meta", "url", "published"),
    [
        ("发布时间：08-29 来源：一起学编程 浏览：42次", "", None),
        ("发布时间：08-29 10:39 来源：新华网", "", None),
        ("发表于 8月29日", "", None),
        # the address names the full day the line shows: the address's day, as before
        ("发布时间：08-29", "/2015/0829/", "2015-08-29"),
        # a full date elsewhere in the line, a year in the line: unchanged
        ("发布时间：2015-08-29 来源：一起学编程", "", "2015-08-29"),
        ("发布时间：15-08-29 13:32 来源：一起学编程", "", "2015-08-29T13:32:00+08:00"),
        # a relative age is counted back from the fetch time (a live crawl knows it)
        ("发布时间：3小时前", "", "2026-11-28T10:00:00+08:00"),
    ],
    ids=["label-day", "label-clock", "posted-on", "url-day", "full", "short-year", "relative"],
)
def test_a_month_and_day_without_a_year_gives_no_date(
    meta: str, url: str, published: str | None
) -> None:
    """yqxbc (161 pool pages): ``发布时间：08-29 来源：一起学编程`` is the only date a post shows;
    the year was guessed from the fetch date (2026-08-29). LABELLING.md (ttplus): a time
    without a year gives published null, no year guessed from the saving date."""
    rec = run(
        f"<h1>{TITLE}</h1><div>{meta}</div>{TEXT}",
        f"<title>{TITLE}</title>",
        url=f"http://www.example.cn/bcsj/js{url or '/'}1097.html",
    )
    assert rec["published_at"] == published


LINUXCN_HEAD = (
    "<div class='header-title'><span>归墟星火集 又一个 LinuxCN 站点 linuxcn.undefined.today"
    "<span></span></span></div><div class='container'><ul class='nav'><li><a href='/'>首页</a></li>"
    "<li><a href='https://undefined.today/'>Blog</a></li></ul>"
)


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("<span class='ui-tips'>标题：</span>", "如何在 Linux 上检查一个软件包的详细信息"),
        ("<b>标 题:</b>", "如何在 Linux 上检查一个软件包的详细信息"),
        ("<span>題目：</span>", "如何在 Linux 上检查一个软件包的详细信息"),
    ],
    ids=["label", "spaced-half-width", "traditional"],
)
def test_a_title_label_alone_in_the_meta_line_names_the_next_line(label: str, title: str) -> None:
    """linuxcn's Jekyll theme (516 pool pages): under the site's name, ``标题：`` / the headline
    / the date / ``分类：技术`` make one meta box; the title was the site's name above the box
    (``归墟星火集 又一个 LinuxCN 站点 linuxcn.undefined.today``). The label names the headline."""
    head = "<title>如何在 Linux 上检查一个软件包的详细信息 - 归墟星火集 又一个 LinuxCN 站点</title>"
    body = (
        f"{LINUXCN_HEAD}<div class='post-container'><div class='post-header'>{label}"
        "<h1 class='post-title'>如何在 Linux 上检查一个软件包的详细信息</h1>"
        "<span class='post-date'>2018-09-16</span></div>"
        "<div class='post-header'><span>分类：</span> <a href='/tech/'>技术</a></div>"
        f"<div class='post-content'><p>{PROSE}</p><p>{PROSE}</p><h3>列出已安装的软件包</h3>"
        f"<p>{PROSE}</p></div></div></div>"
    )
    rec = run(body, head)
    assert rec["title"] == title
    assert rec["published_at"] == "2018-09-16"
    assert rec["body"].startswith(PROSE)


def test_without_the_label_the_line_above_the_date_stays_the_title() -> None:
    """The same page with no 标题 label: the headline line over the date, as before."""
    head = "<title>如何在 Linux 上检查一个软件包的详细信息 - 归墟星火集</title>"
    body = (
        f"{LINUXCN_HEAD}<div class='post-header'><h1>如何在 Linux 上检查一个软件包的详细信息</h1>"
        f"<span>2018-09-16</span></div><div class='post-content'><p>{PROSE}</p><p>{PROSE}</p>"
        "</div></div>"
    )
    assert run(body, head)["title"] == "如何在 Linux 上检查一个软件包的详细信息"


@pytest.mark.parametrize(
    ("row", "title"),
    [
        (
            "<span>法律位阶：</span><span>文件编号：证监会公告〔2016〕12号</span>",
            "证监会公告〔2016〕12号（落实“三证合一”登记制度改革工作）",
        ),
        (
            "<span>法律位阶：深圳证监局规章</span><span>文件编号：无</span>",
            "证监会公告〔2016〕12号（落实“三证合一”登记制度改革工作）",
        ),
    ],
    ids=["empty-first-item", "two-values"],
)
def test_a_document_boxs_labelled_row_above_the_h1_is_no_title(row: str, title: str) -> None:
    """上证通网's law pages (16 pool pages): a box of labelled rows (制定部门 / 当前效力, 法律位阶 /
    文件编号, 发布日期 / 生效日期) stands above the h1; the row right above the date row was taken as
    the title (``法律位阶：文件编号：证监会公告〔2016〕12号``). A line of two labelled items is no
    headline."""
    head = "<title>证监会公告〔2016〕12号（落实“三证合一”登记制度改革工作）[当前有效201812]</title>"
    body = (
        "<div class='position'>法规 &gt; <a href='/l/1'>证监会</a> &gt; <a href='/l/2'>规范性文件</a>"
        "</div><article><div class='lawInfo'><div class='div1'><span>制定部门：<a href='#'>中国证监会"
        f"</a></span> <span>当前效力：<font>有效</font></span></div><div class='div2'>{row}</div>"
        "<div class='div3'><span>发布日期：2016-07-12</span><span>生效日期：2016-07-12</span></div>"
        "</div><h1>证监会公告〔2016〕12号（落实“三证合一”登记制度改革工作）</h1>"
        f"<div class='content'><h4>中国证券监督管理委员会公告〔2016〕12号</h4><p>{PROSE}</p>"
        f"<p>{PROSE}</p></div></article>"
    )
    rec = run(body, head)
    assert rec["title"] == title
    assert rec["published_at"] == "2016-07-12"


@pytest.mark.parametrize(
    "headline", ["李克强：稳增长要靠改革", "标题：园区举办创新创业大赛决赛", "外交部：中方坚决反对"]
)
def test_a_headline_with_one_colon_stays_over_the_date(headline: str) -> None:
    """A speaker's headline (``X：…``) or a labelled title line is still the line over the date."""
    rec = run(
        f"<div>{headline}</div><div>发布时间：2024-05-20</div><div class='content'><p>{PROSE}</p>"
        f"<p>{PROSE}</p></div>",
        "<title>园区新闻</title>",
    )
    assert rec["title"] == headline.removeprefix("标题：")


@pytest.mark.parametrize(
    ("meta", "tail", "published"),
    [
        # a code comment's ``Update:`` holds no ``Date:`` label
        (
            "来源：一起学编程 浏览：68次",
            '<pre>//Update:2004-6-1 12:22\noBao.open("POST","Server.asp",false);</pre>',
            None,
        ),
        # a ``Date:`` label of its own is still read (with no yearless line above it: a month
        # and day shown without a year and no machine date on that day is no date at all,
        # LABELLING.md decide76)
        (
            "来源：一起学编程 浏览：68次",
            "<p>Date: 2004-06-01 12:22</p>",
            "2004-06-01T12:22:00+08:00",
        ),
    ],
    ids=["update-in-code", "date-label"],
)
def test_an_english_label_starts_a_word(meta: str, tail: str, published: str | None) -> None:
    """yqxbc's Ajax post (``发布时间：03-31``, no year, which names no date): the chain read
    ``date:2004-6-1 12:22`` out of ``//Update:2004-6-1 12:22`` in the post's code."""
    rec = _page(
        f"<a href='/'>yqxbc</a> {meta}",
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p>{tail}</div>",
    )
    assert rec["published_at"] == published
