"""lists98: list-finder errors read on unlabelled dev-side list pages (docs/benchmarks.md, lists98).

1. A tag cloud's number is no page number: EmpireCMS prints tags such as ``24`` and ``22``
   (``/e/tags/?tagname=24``) in a side box; on a last or only page the number pager read them
   as a window of page numbers and gave the tag page as the next page.
2. A page number that opens its page by script names that page: a site mirror rewrote
   WordPress's pager to ``<a href="javascript:window.open('…/page/2');">2</a>`` (LABELLING
   lists19: the element's own attributes name the address; lists78 reads rows so).
3. A section hub's boxes of one row each (DedeCMS's default channel page: ``dl.tbox`` boxes
   headed 教代会机构 and 师德建设 of one row beside 工会机构's five): every box's rows are the
   main list (LABELLING lists4, lists20: a box of one row counts like the others).
4. A menu classed in one run-together word (sztnet.com's PHPCMS ``div.leftNav`` category tree,
   ``subnav``, ``topnav``, ``leftmenu``) is a side column, as ``left-nav`` already was: its
   category links no longer beat the 最新法规 rows of the main column.
5. 次頁 / 次页 is a next-page word, 前頁 / 前页 a previous one (archlinux.tw's Jekyll pager), and a
   pager whose numbers each stand in a ``span`` of their ``li`` (Hugo LoveIt: ``li.page-item.active
   > span.page-link > a``) marks its linked current number as Bootstrap's does (two dev list labels
   lists97 added, read after main took them).
"""

from __future__ import annotations

from list_shapes import links as _links
from list_shapes import next_url as _next
from parsel import Selector

from incubator_crawler.listing.links import is_tag_link

HOST = "https://www.example.cn"


# 1. A tag cloud's number -------------------------------------------------------------------

POSTS = (
    "超可爱的猫肉球棉花糖做法",
    "有趣的笑脸早餐美好心情",
    "餐桌上的艺术美食欣赏",
)


def _blog(pager: str, cloud: str) -> str:
    rows = "".join(
        f'<div class="block"><h2><a href="/food/201406/{70 + i}.html">{t}</a></h2>'
        f'<div class="preem"><span>2014-06-{10 + i}</span></div></div>'
        for i, t in enumerate(POSTS)
    )
    return (
        "<html><body><div class='main'>"
        f"{rows}<div class='pagination'>{pager}</div></div>"
        f"<div class='right'><div class='subblock'><ul class='tag_cloud'>{cloud}</ul></div></div>"
        "</body></html>"
    )


def _cloud(*tags: str, path: str = "/e/tags/?tagname=") -> str:
    return "".join(f'<li><a href="{path}{t}">{t}</a></li>' for t in tags)


LAST_PAGE = (
    '<a href="/food/index.html">首页</a><a href="/food/index.html">上一页</a>'
    '<a href="/food/index.html">1</a><span class="current">2</span>'
)


def test_a_tag_cloud_of_numbers_on_a_last_page_gives_no_next_page():
    page = _blog(LAST_PAGE, _cloud("让你", "24", "句话", "22", "15"))
    assert _next(page, f"{HOST}/food/index_2.html") is None


def test_a_tag_cloud_of_numbers_on_a_page_without_pager_gives_no_next_page():
    page = _blog("", _cloud("七牛云", "24", "Chrome", "22", "15"))
    assert _next(page, f"{HOST}/ejml/index.html") is None


def test_a_dedecms_tag_cloud_of_numbers_gives_no_next_page():
    cloud = "".join(f'<li><a href="/tags.php?/{t}/">{t}</a></li>' for t in ("22", "政策", "24"))
    assert _next(_blog("", cloud), f"{HOST}/a/news/index.html") is None


def test_a_rel_tag_number_gives_no_next_page():
    cloud = "".join(f'<a rel="tag" href="/topic/{t}.html">{t}</a>' for t in ("22", "23", "24"))
    assert _next(_blog("", cloud), f"{HOST}/a/news/index.html") is None


def test_the_pager_beside_a_tag_cloud_of_numbers_still_gives_the_next_page():
    # negative neighbour: the pager's own numbers are read as before
    pager = (
        '<span class="current">1</span><a href="/food/index_2.html">2</a>'
        '<a href="/food/index_3.html">3</a>'
    )
    page = _blog(pager, _cloud("24", "22", "15"))
    assert _next(page, f"{HOST}/food/index.html") == f"{HOST}/food/index_2.html"


def test_a_numbered_pager_of_a_tags_folder_name_is_still_a_pager():
    # negative neighbour: a page number of a column whose folder is not /tag(s)/ (/stags/)
    pager = (
        '<span class="current">1</span><a href="/stags/2.html">2</a><a href="/stags/3.html">3</a>'
    )
    assert _next(_blog(pager, ""), f"{HOST}/stags/1.html") == f"{HOST}/stags/2.html"


def test_is_tag_link():
    page = Selector(
        text='<a href="/e/tags/?tagname=24">24</a><a href="/tags.php?/24/">24</a>'
        '<a rel="tag" href="/x/24.html">24</a><a href="/tag/hexo/">hexo</a>'
        '<a href="/list/24.html">24</a><a href="/tagsearch.php?q=24">24</a>'
    )
    found = [is_tag_link(a, f"{HOST}{a.attrib['href']}") for a in page.xpath("//a")]
    assert found == [True, True, True, True, False, False]


# 2. A page number opened by script ---------------------------------------------------------


def _wp_archive(pager: str) -> str:
    rows = "".join(
        f'<article class="vl-archive-post"><h2 class="entry-title"><a href="{700 + i}.html">{t}</a>'
        f"</h2><span>2019-11-0{i + 1}</span></article>"
        for i, t in enumerate(
            ("学术年会会议通知第一号", "理事会会议纪要全文发布", "招新启示教育技术部")
        )
    )
    return (
        f"<html><body><main>{rows}<nav class='navigation pagination'><div class='nav-links'>"
        f"{pager}</div></nav></main></body></html>"
    )


WP_URL = "http://em.example.edu.cn/tzgg.html"
PAGE_2 = "http://em.example.edu.cn/archives/category/tzgg/page/2"


def test_a_page_number_opened_by_window_open_is_the_next_page():
    pager = (
        '<span aria-current="page" class="page-numbers current">1</span>'
        f'<a class="page-numbers" href="javascript:window.open(\'{PAGE_2}\');">2</a>'
        f'<a class="next page-numbers" href="javascript:window.open(\'{PAGE_2}\');">下一个</a>'
    )
    assert _next(_wp_archive(pager), WP_URL) == PAGE_2


def test_a_page_number_opened_by_an_onclick_location_is_the_next_page():
    pager = (
        '<span class="current">1</span>'
        '<a href="javascript:;" onclick="location.href=\'list_2.html\'">2</a>'
        '<a href="javascript:;" onclick="location.href=\'list_3.html\'">3</a>'
    )
    assert _next(_wp_archive(pager), "http://em.example.edu.cn/list_1.html") == (
        "http://em.example.edu.cn/list_2.html"
    )


def test_a_page_number_whose_script_names_no_address_gives_no_next_page():
    # negative neighbour: goPage(2) posts a form (lists9, lists19): no address of its own
    pager = (
        '<span class="current">1</span><a href="javascript:goPage(2);">2</a>'
        '<a href="javascript:goPage(3);">3</a>'
    )
    assert _next(_wp_archive(pager), WP_URL) is None


# 3. A hub's boxes of one row each ----------------------------------------------------------

HUB_URL = f"{HOST}/a/gonghuijianshe/index.html"


def _box(folder: str, name: str, titles: tuple[str, ...]) -> str:
    rows = "".join(
        f'<li><a href="/a/gonghuijianshe/{folder}/2014/0613/{130 + i}.html">{t}</a></li>'
        for i, t in enumerate(titles)
    )
    return (
        f'<dl class="tbox"><dt><strong><a href="/a/gonghuijianshe/{folder}/">{name}</a></strong>'
        f'<span class="more"><a href="/a/gonghuijianshe/{folder}/">更多...</a></span></dt>'
        f'<dd><ul class="d1 ico3">{rows}</ul></dd></dl>'
    )


def _hub(*boxes: str) -> str:
    return (
        "<html><head><title>工会建设_工会</title></head><body>"
        '<div id="navMenu"><ul><li><a href="/">主页</a></li><li><a href="/a/gonghuijianshe/">工会建设</a>'
        '</li><li><a href="/a/lianxiwomen/">联系我们</a></li></ul></div>'
        f'<div class="w960"><div class="pleft"><div class="listbox">{"".join(boxes)}</div></div></div>'
        "</body></html>"
    )


FIVE = (
    "组织机构设置说明",
    "工会副主席工作职责",
    "工会主席工作职责",
    "教育委员工作职责",
    "经费审查委员会职责",
)
THREE = ("中华人民共和国工会法修正", "中华人民共和国劳动合同法", "女职工保养讲座全文")


def _urls(folder: str, n: int) -> list[str]:
    return [f"{HOST}/a/gonghuijianshe/{folder}/2014/0613/{130 + i}.html" for i in range(n)]


def test_two_one_row_boxes_of_a_hub_are_rows_of_its_list():
    page = _hub(
        _box("gonghuijigou", "工会机构", FIVE),
        _box("jiaodaihuijigou", "教代会机构", ("新员工入职指引全文",)),
        _box("lilunxuexi", "理论学习", THREE),
        _box("shidejianshe", "师德建设", ("中华人民共和国教师法",)),
    )
    assert _links(page, HUB_URL) == (
        _urls("gonghuijigou", 5)
        + _urls("jiaodaihuijigou", 1)
        + _urls("lilunxuexi", 3)
        + _urls("shidejianshe", 1)
    )


def test_one_one_row_box_of_a_hub_is_a_row_of_its_list():
    # the shape the finder already read (广州二中's 党建引领 hub): unchanged
    page = _hub(
        _box("gonghuijigou", "工会机构", FIVE),
        _box("jiaodaihuijigou", "教代会机构", ("新员工入职指引全文",)),
        _box("lilunxuexi", "理论学习", THREE),
    )
    assert _links(page, HUB_URL) == (
        _urls("gonghuijigou", 5) + _urls("jiaodaihuijigou", 1) + _urls("lilunxuexi", 3)
    )


def test_two_one_row_boxes_of_one_sub_channel_are_not_taken_as_two():
    # negative neighbour: two lone rows leading into the list's own sub-channel are no other
    # sub-channels' boxes (the list's own box continued elsewhere is another rule's)
    page = _hub(
        _box("gonghuijigou", "工会机构", FIVE),
        _box("gonghuijigou", "热门文章", ("工会会员登记须知全文",)),
        _box("gonghuijigou", "推荐阅读", ("工会年度工作总结报告",)),
    )
    assert _links(page, HUB_URL) == _urls("gonghuijigou", 5)


# 4. A menu classed in one run-together word ------------------------------------------------

LAW_URL = f"{HOST}/law/codification/index.html"
BRANCHES = (
    ("发行审核", ("境外上市相关规定", "借壳上市相关规定", "上市承诺履行规范")),
    ("信息披露", ("业绩预告快报预测", "关联交易与对外担保", "募集资金管理规定")),
    ("公司治理", ("董秘资格及培训规定", "独立董事制度规范", "股东及实控人行为")),
)
LAWS = (
    "关于深股通标的上市公司披露中英文要览的通知",
    "关于公开发行公司债券的上市公司年度报告披露的补充规定",
    "国有控股上市公司实施股权激励试行办法",
    "国有单位受让上市公司股份管理暂行规定",
)


def _law_page(menu_class: str) -> str:
    n = iter(range(400, 500))
    tree = "".join(
        f'<li><a href="/index.php?a=lists&amp;catid={next(n)}">{top}</a><div class="er">'
        + "".join(f'<a href="/index.php?a=lists&amp;catid={next(n)}">{s}</a>' for s in subs)
        + "</div></li>"
        for top, subs in BRANCHES
    )
    rows = "".join(
        f'<li><a href="http://law.example.cn/CSRC/{1109 + i}.html">{t}</a><span>2016-0{i + 1}-12</span></li>'
        for i, t in enumerate(LAWS)
    )
    return (
        "<html><head><title>法规汇编 - 法规库</title></head><body>"
        f'<div class="container"><div class="{menu_class}"><ul>{tree}</ul></div>'
        f'<div class="col"><div class="title"><h3>最新法规</h3></div><ul class="ul2-l-ymd">{rows}</ul>'
        "</div></div></body></html>"
    )


LAW_ROWS = [f"http://law.example.cn/CSRC/{1109 + i}.html" for i in range(4)]


def test_a_category_tree_classed_leftnav_is_a_menu_not_the_list():
    assert _links(_law_page("leftNav"), LAW_URL) == LAW_ROWS


def test_a_category_tree_classed_subnav_is_a_menu_not_the_list():
    assert _links(_law_page("subnav clearfix"), LAW_URL) == LAW_ROWS


def test_a_category_tree_classed_left_nav_was_a_menu_already():
    # the split word (left-nav: "nav") was read before lists98: unchanged
    assert _links(_law_page("left-nav"), LAW_URL) == LAW_ROWS


def test_a_box_classed_with_nav_inside_a_longer_word_is_no_menu():
    # negative neighbour: only the run-together menu words count, not any word holding "nav"
    # (``canvasbox``): the tree is no menu by its class and still outweighs the 最新 box, its
    # sub-category links given as before (main's output; lists98 left the 最新 rule alone)
    subs = [401, 402, 403, 405, 406, 407, 409, 410, 411]
    assert _links(_law_page("canvasbox"), LAW_URL) == [
        f"{HOST}/index.php?a=lists&catid={n}" for n in subs
    ]


# 5. 次頁, and a pager of linked numbers each in a span of its li -----------------------------


def _jekyll(pager: str) -> str:
    posts = "".join(
        f'<article class="post"><h1 class="post__title"><a href="/news/{2019 + i}/0{i + 1}/post/">'
        f"{t}</a></h1><p>2019-0{i + 1}-01 · 社群公告內容摘要</p></article>"
        for i, t in enumerate(
            ("pambase 更新需要手動介入", "新的打包者加入社群", "鏡像站點更新通知")
        )
    )
    return f'<html><body><section class="content">{posts}<div class="pagination">{pager}</div></section></body></html>'


def test_a_next_link_worded_ci_ye_is_the_next_page():
    pager = (
        '<a href="/news/" class="previous">前頁</a><span class="page_number">第 2 頁，共 6 頁</span>'
        '<a href="/news/news/page3/" class="next">次頁</a>'
    )
    assert _next(_jekyll(pager), f"{HOST}/news/news/page2/") == f"{HOST}/news/news/page3/"


def test_a_previous_link_worded_qian_ye_is_no_next_page():
    # negative neighbour: the last page's 前頁 leads back
    pager = '<a href="/news/news/page5/" class="previous">前頁</a><span>第 6 頁，共 6 頁</span>'
    assert _next(_jekyll(pager), f"{HOST}/news/news/page6/") is None


def _loveit(active: int | None, extra: str = "") -> str:
    def href(n: int) -> str:
        return f"/site/page/{n}/" if n > 1 else "/site/"

    items = "".join(
        f'<li class="page-item{" active" if n == active else ""}"><span class="page-link">'
        f'<a href="{href(n)}">{n}</a></span></li>'
        for n in range(1, 6)
    )
    posts = "".join(
        f'<article class="single summary"><h1 class="single-title"><a href="/site/posts/{n}/">'
        f'保研经验分享第{n}篇</a></h1><div class="post-meta"><span class="post-category">'
        f'<a href="/site/categories/2025/">2025</a></span></div></article>'
        for n in range(3)
    )
    return (
        f'<html><body><main>{posts}{extra}<ul class="pagination">{items}</ul></main></body></html>'
    )


def test_a_loveit_pager_marking_its_linked_current_number_gives_the_next():
    # every number linked, the current one marked li.page-item.active around span.page-link,
    # a category 2025 linked in each post: the page is page 3 whatever its address
    assert _next(_loveit(3), "") == "/site/page/4/"
    assert _next(_loveit(3), f"{HOST}/site/page/3/") == f"{HOST}/site/page/4/"


def test_a_loveit_pager_on_its_last_page_gives_no_next():
    assert _next(_loveit(5), "") is None


def test_a_loveit_pager_marking_no_number_gives_no_next():
    # negative neighbour: no number marked, the address unknown: null beats a guess
    assert _next(_loveit(None), "") is None
