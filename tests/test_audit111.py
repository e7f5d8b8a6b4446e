"""audit111's classes (a wide screen of source and category over pool26's dev-side repositories,
session 26) and audit108's class 7, each with exact values and its negative neighbours, on
synthetic pages."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TEXT = "".join(f"<p>{k}{PROSE}</p>" for k in range(4))
NAV = "<ul class='nav'><li><a href='/'>网站首页</a></li><li><a href='/gywm/'>关于我们</a></li></ul>"
PRODUCT_URL = "http://www.fence.example.cn/cpzx/bpfh/425.html"


# -- category: a trail span followed by the column's heading in the same box (dfco.cn) -----------
def _boxed_trail(after_span: str, heading: str = "护坡网安装实例") -> dict:
    trail = (
        "<div class='plc'><p><span>当前位置：<a href='/'>首页</a>&nbsp;>&nbsp;<a href='/cpzx/'>产品中心"
        f"</a>&nbsp;>&nbsp;<a href='/cpzx/bpfh/'>边坡防护</a></span>{after_span}</p></div>"
    )
    return run(
        f"{NAV}{trail}<div class='cptit'><h1>{heading}</h1><p>更新日期：2023-03-07 21:48:21</p></div>"
        f"<div class='cpms'>{TEXT}</div>",
        f"<title>{heading} - 四川锦泰天华交通科技有限公司</title>",
        PRODUCT_URL,
    )


@pytest.mark.parametrize(
    ("after_span", "category"),
    [
        # the column's heading glued to the trail's last link: the heading goes
        ("边坡防护", "产品中心 > 边坡防护"),
        ("<b>边坡防护</b>", "产品中心 > 边坡防护"),
        # neighbours: no heading; an unlinked item after a separator stays the leaf
        ("", "产品中心 > 边坡防护"),
        ("&nbsp;>&nbsp;正文", "产品中心 > 边坡防护"),
    ],
)  # fmt: skip
def test_a_column_heading_after_the_trail_span_is_no_part_of_the_leaf(
    after_span: str, category: str
) -> None:
    """LABELLING.md: a trail followed by the column's own heading has the item before it as leaf
    (dfco.cn's ``<p><span>当前位置：…边坡防护</span>边坡防护</p>`` read 边坡防护边坡防护)."""
    assert _boxed_trail(after_span)["category"] == category


def test_a_heading_that_is_not_the_last_link_stays() -> None:
    """Text after the span that does not repeat the last link is left as the page prints it."""
    assert _boxed_trail("国内新闻")["category"] == "产品中心 > 边坡防护国内新闻"


# -- category: the same box on a product page named like its column (decide92) ---------------------
@pytest.mark.parametrize("after_span", ["边坡防护", ""])
def test_the_leaf_equal_to_the_headline_is_the_item_once_the_heading_is_cut(
    after_span: str,
) -> None:
    """LABELLING.md (decide92, a single-page column): the leaf equal to the headline is the page's
    own item, the item before it the category; with the box's heading glued to the leaf the
    headline no longer matched (产品中心 > 边坡防护边坡防护)."""
    assert _boxed_trail(after_span, heading="边坡防护")["category"] == "产品中心"


# -- category: a column named …网 after the home item (dfco.cn's 边坡防护网) ------------------------
@pytest.mark.parametrize(
    ("items", "category"),
    [
        ("<a href='/'>首页</a> > <a href='/bpfhw/'>边坡防护网</a> > <a href='/bpfhw/tkw/'>钛克网</a>",
         "边坡防护网 > 钛克网"),
        ("<a href='/'>首页</a> > <a href='/hlw/'>护栏网</a>", "护栏网"),
        # neighbours: a first item named …网 is the site's name, before or without 首页
        ("<a href='/'>中国孵化器网</a> > <a href='/news/'>园区动态</a>", "园区动态"),
        ("<a href='/'>中国孵化器网</a> > <a href='/'>首页</a> > <a href='/news/'>园区动态</a>", "园区动态"),
    ],
)  # fmt: skip
def test_a_column_named_like_a_site_after_the_home_item(items: str, category: str) -> None:
    rec = run(
        f"{NAV}<div class='location'>当前位置：{items}</div><h1>钛克网施工方案与技术参数</h1>"
        f"<div class='info'>发布时间：2023-03-07</div><div class='content'>{TEXT}</div>",
        url="http://www.fence.example.cn/bpfhw/tkw/255.html",
    )
    assert rec["category"] == category


# -- source: a glued 来源于 and the sentence after its clause (heytour.com) -------------------------
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("以上资讯来源于百度百科，新西兰奥塔哥大学其他内容查询：<a href='https://baike.baidu.com/'>点击</a>",
         "百度百科"),
        ("本文来源于新华社；转载请注明出处", "新华社"),
        # neighbours: the glued credit alone, and a colon after 来源于
        ("本文来源于新华社", "新华社"),
        ("来源于：东区办事处", "东区办事处"),
    ],
)  # fmt: skip
def test_a_glued_source_ends_with_its_clause(line: str, source: str) -> None:
    rec = run(
        "<h1>新西兰奥塔哥大学</h1><div class='info'>发布时间：2021-09-13 11:55</div>"
        f"<div class='content'>{TEXT}<ul><li>{line}</li></ul></div>"
    )
    assert rec["source"] == source


# -- source: an empty 来源 closing the headline's box, the text in the next box (audit108 class 7) --
def _myp2c(first: str, slot: str = "来源:") -> dict:
    # the myp2c school CMS (sicnu.edu.cn's copy): the date line, a view counter in a div of its
    # own, the slot, then the headline's box closes and the text's box opens; a short text (a
    # form to download), so the whole item is short enough to read as one meta element
    return run(
        "<div class='st_div'><div class='div_top'><div class='mt_text'><a href='javascript:;'>"
        "[鲁山教育网]</a> <a href='list.html'>&gt;&gt;下载服务</a></div></div>"
        "<div class='div_title'>学生复学申请表<div class='box'><div><a href='/'>[鲁山教育网]</a>"
        "&nbsp;&nbsp;发布时间：2020年5月12日<div class='div_viewcount'>查看:<span>460</span></div>"
        f"&nbsp;&nbsp;{slot}</div></div></div><div class='div_content'><div><p>{first}</p>"
        "<p>学生复学申请表</p></div></div><div class='div_more'>编辑：教学教务部&nbsp;&nbsp;"
        "</div></div><div class='footer'><p>地址：成都市锦江区静安路5号 (邮编:610066) 院长书记邮箱："
        "sicnujxjy22@163.com 蜀ICP备05026983号 信息管理</p><p>© All Right Reserved . 山东师范大学 版权所有"
        "</p></div>",
        "<title>学生复学申请表</title>",
        "http://www.school.example.edu.cn/p/16/st_app_news_i_x1.html",
    )


@pytest.mark.parametrize(
    "first",
    [
        "山东师范大学成人高等教育学生复学申请表.docx",
        "层次",
        "课件名称：法律基础",
        "（微信扫描分享）",
    ],
)
def test_an_empty_source_slot_closing_its_box_takes_no_text(first: str) -> None:
    rec = _myp2c(first)
    assert rec["source"] is None
    assert rec["editor"] == "教学教务部"


def test_a_filled_slot_closing_its_box_keeps_its_value() -> None:
    assert _myp2c("层次", slot="来源:继续教育学院")["source"] == "继续教育学院"


@pytest.mark.parametrize(
    "meta",
    [
        "<div class='info'><p>发布时间：2024-03-05 10:30 来源：</p><p>科技日报</p><p>作者：张三</p></div>",
        "<div class='info'>发布时间：2024-03-05 10:30 来源：<div>科技日报</div> 作者：张三</div>",
    ],
)
def test_a_slot_value_on_the_next_line_of_the_same_box_stays(meta: str) -> None:
    """An empty slot's value on the next line inside the same meta box is the slot's."""
    rec = run(f"<h1>园区企业座谈会召开</h1>{meta}<div class='content'>{TEXT}</div>")
    assert (rec["source"], rec["author"]) == ("科技日报", "张三")


@pytest.mark.parametrize(
    ("links", "category"),
    [
        ("<a href='../lanqiu/index.html'>篮球资讯</a> &gt; <a href='index.html'>NBA资讯</a>", "篮球资讯 > NBA资讯"),
        ("<a href='index.html'>NBA资讯</a>", "NBA资讯"),
    ],
)  # fmt: skip
def test_a_column_heading_in_a_block_of_its_own_leaves_the_leaf_whole(
    links: str, category: str
) -> None:
    """sdhjnl.cn: the trail's span, then the column's ``<h2>`` in the same box: the heading is a
    block of its own, not glued to the leaf, so the leaf stays (the first version cut it)."""
    rec = run(
        f"{NAV}<div class='news-title'><span class='weizhi'>当前位置：<a href='../index.html'>首页</a>"
        f"  &gt;  {links}</span><h2>NBA资讯</h2></div><h1>库里和利拉德之间的激情碰撞</h1>"
        f"<div class='info'>发布时间：2021-03-05</div><div class='content'>{TEXT}</div>",
        url="http://www.sports.example.cn/nba/1001.html",
    )
    assert rec["category"] == category
