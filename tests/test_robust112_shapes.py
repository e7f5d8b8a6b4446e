"""Credit shapes the session-26 variants and transplants showed breaking (robust112, issue 10).

Each page is a small page of our own in the shape a variant or a transplant of a dev page showed;
the values asserted are what a reader of the page takes from it, and the near shapes beside them
must stay as they are.
"""

from __future__ import annotations

from page_shapes import PROSE, run

TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
MENU = (
    "<ul class='nav'><li><a href='flfg/'>法律法规</a></li><li><a href='alfx/'>案例分析</a></li>"
    "<li><a href='gzmb/'>工作模板</a></li></ul>"
)
BACK = "<div class='pn'><a href='alfx/296.html'>下一篇：产权证上的姓名</a><a href='alfx/'>返回列表 >></a></div>"


def _column_page(line: str, below: bool = False) -> str:
    meta = f"<div class='nts-time'>{line}</div>"
    head = "<h3 class='nd-title'>郑州暴雨后车库被淹，责任怎么算？</h3>"
    return MENU + head + ("" if below else meta) + TEXT + (meta if below else "") + BACK


def test_an_unlinked_source_slot_naming_the_column_back_to_list_returns_to() -> None:
    """``来源：案例分析`` printed without its link, where the menu's 案例分析 and 返回列表 both go to
    ``alfx/``: the item's own column, no origin (labelcheck9 read it linked); above or under the
    text, parted by a bar or a wide gap."""
    for line in (
        "来源：案例分析 | 发布时间：2021-10-26 19:39:54",
        "来源：案例分析\u3000发布时间：2021-10-26 19:39:54",
        "<span>来源：案例分析</span>&nbsp;&nbsp;<span>发布时间：2021-10-26 19:39:54</span>",
    ):
        for below in (False, True):
            out = run(_column_page(line, below))
            assert (out["source"], out["published_at"]) == (None, "2021-10-26T19:39:54+08:00")


def test_a_source_slot_not_naming_the_back_to_list_column_stays_the_source() -> None:
    """An outlet or a unit, or a name no link gives the column 返回列表 goes to, stays the source."""
    for value in ("工作模板", "中国社会报", "市场监管局", "新华网"):
        out = run(_column_page(f"来源：{value} | 发布时间：2021-10-26 19:39:54"))
        assert out["source"] == value, value
    # no 返回列表 on the page: a menu of the same name proves nothing
    page = _column_page("来源：案例分析 | 发布时间：2021-10-26 19:39:54").replace(BACK, "")
    assert run(page)["source"] == "案例分析"


HEAD = "<h1>联盟召开年会</h1>"


def test_a_category_label_element_after_the_time_names_no_outlet() -> None:
    """``<span>时间</span><span>DATE TIME</span> <span>分类</span><span>联盟新闻</span>``: the label
    glued to its value is the post's section, and 分 after a blank opens it (no minute mark): no
    source. An outlet after the time stays one, and a written-out time keeps its 分."""
    line = "<span class='label'>时间</span><span>2014-04-15 15:33:03</span>&nbsp;&nbsp;{item}"
    for item in (
        "<span class='label'>分类</span><span>联盟新闻</span>",
        "<span class='label'>标签</span><span>年会</span>",
        "分类 联盟新闻",
    ):
        out = run(HEAD + f"<div class='info'>{line.format(item=item)}</div>" + TEXT)
        assert (out["source"], out["published_at"]) == (None, "2014-04-15T15:33:03+08:00"), item
    out = run(HEAD + f"<div class='info'>{line.format(item='新华社')}</div>" + TEXT)
    assert out["source"] == "新华社"
    out = run(HEAD + "<div class='info'>2014年4月15日 15时33分 新华社</div>" + TEXT)
    assert (out["source"], out["published_at"]) == ("新华社", "2014-04-15T15:33:00+08:00")


FIRM = (
    "<title>APP纠纷不少 保洁成投诉热点_郑州保洁公司【开祥清洁】河南清洗保洁行业标准的倡导者</title>"
)


def test_the_firm_s_own_name_as_writer_before_a_category_item() -> None:
    """``作者：开祥清洁  所属分类：媒体报道`` on the firm's own site (its name in <title>): the writer
    slot holds the firm, no person, whatever item follows; a person there stays the writer."""
    h3 = "<h3>APP纠纷不少 保洁成投诉热点</h3>"
    for line in (
        "浏览量：109&nbsp;&nbsp;时间：2018-04-14&nbsp;&nbsp;作者：开祥清洁&nbsp;&nbsp;所属分类：媒体报道",
        "所属分类：媒体报道&nbsp;&nbsp;作者：开祥清洁&nbsp;&nbsp;时间：2018-04-14",
    ):
        out = run(h3 + f"<div class='desc'>{line}</div>" + TEXT, FIRM)
        assert (out["author"], out["published_at"]) == (None, "2018-04-14"), line
    line = "时间：2018-04-14&nbsp;&nbsp;作者：张明华&nbsp;&nbsp;所属分类：媒体报道"
    assert run(h3 + f"<div class='desc'>{line}</div>" + TEXT, FIRM)["author"] == "张明华"


LOGO = (
    "<div class='xinf-le'>来源：<a href='//cn.chinadaily.com.cn/a/1.html'>"
    "<img src='//img3.chinadaily.com.cn/images/1.jpeg'></a>{value}</div>"
)
NAME = "<a href='//cn.chinadaily.com.cn/gtx/Chinadaily'>中国日报网</a>"
DATED = "<div class='meta'>2023-07-31 10:20</div>"


def test_a_logo_between_the_source_label_and_the_outlet() -> None:
    """chinadaily's ``来源：<a><img></a><a>中国日报网</a>``: the outlet's logo between the label and
    its name still leaves the name the label's, on a line of its own above or under the date line,
    opening or closing the text."""
    line = LOGO.format(value=NAME)
    for page in (
        HEAD + line + DATED + TEXT,
        HEAD + DATED + line + TEXT,
        HEAD + DATED + f"<div class='content'>{line}<p>{PROSE}</p><p>{PROSE}</p></div>",
        HEAD + DATED + TEXT + line,
    ):
        out = run(page)
        assert (out["source"], out["published_at"]) == ("中国日报网", "2023-07-31T10:20:00+08:00")


def test_a_picture_after_a_label_before_no_name_gives_no_source() -> None:
    """The label with only a picture, or a picture then a date or a sentence, names no outlet."""
    for value in ("", "2023-07-31", "本报记者今天从市政府获悉，全市共有孵化器四十家。"):
        out = run(HEAD + DATED + LOGO.format(value=value) + TEXT)
        assert out["source"] is None, value


TRAIL = (
    "<div class='links'><a href='http://www.hexun.com'>和讯网</a> &gt; <a href='/news/'>新闻</a>"
    " &gt; <a href='/socialmedia/'>和讯名家</a> &gt; 正文</div><h1>土八路投资人的四千倍回报</h1>"
)


def _dated(outlet: str) -> str:
    return f"<div class='tip'><span>2017-11-04 11:02:27</span> <a href='/socialmedia/'>{outlet}</a></div>"


def test_the_trail_s_leaf_after_the_date_is_the_column_not_the_outlet() -> None:
    """hexun's ``DATE <a>和讯名家</a>`` under ``和讯网 > 新闻 > 和讯名家 > 正文``: the column the item is
    filed under; the 来源 line opening the text names the source. An outlet after the date that is
    no trail item stays the source."""
    lede = "<div class='art'><p>文章来源：微信公众号GPLP</p>" + TEXT[len("<div class='content'>") :]
    out = run(TRAIL + _dated("和讯名家") + lede)
    assert (out["source"], out["category"]) == ("微信公众号GPLP", "新闻 > 和讯名家")
    assert run(TRAIL + _dated("和讯名家") + TEXT)["source"] is None
    assert run(TRAIL + _dated("新华网") + TEXT)["source"] == "新华网"


def test_a_bracketed_button_before_a_linked_credit_under_the_text() -> None:
    """xinhua's ``<a>【纠错】</a> 责任编辑：<a>李夏</a>`` under the text: the button and the linked name
    make the line link-heavy, yet it is a credit line, as ``责任编辑：<a>李夏</a>`` alone is. A menu's
    links before the label keep it a link list."""
    tail = "<div class='p-tags'>{line}</div><div class='foot'>版权所有 新华网</div>"
    dated = HEAD + DATED + TEXT
    out = run(
        dated
        + tail.format(line="<a href='#'>【纠错】</a>&nbsp;&nbsp;责任编辑：<a href='#'>李夏</a>")
    )
    assert (out["editor"], out["source"]) == ("李夏", None)
    out = run(
        dated
        + tail.format(
            line="<a href='#'>[打印]</a><a href='#'>[关闭]</a> 来源：<a href='#'>新华网</a>"
        )
    )
    assert (out["editor"], out["source"]) == (None, "新华网")
    menu = "<a href='/'>首页</a> <a href='/news/'>新闻动态</a> 编辑：<a href='#'>李夏</a>"
    assert run(dated + tail.format(line=menu))["editor"] is None


def test_a_comment_counter_with_its_count_first_ends_the_outlet() -> None:
    """CSDN's ``发表于 DATE   1164次阅读   来源 CSDN   0 条评论   作者 魏星``, its gaps plain spaces: the
    counter ``0 条评论`` closes the colonless 来源 item, with a colon too; an outlet with digits of its
    own stays whole."""
    for line, source in (
        ("发表于 2015-05-19 16:07   1164次阅读   来源 CSDN   0 条评论   作者 夏梦竹", "CSDN"),
        ("发表于 2015-05-19 16:07   来源 新华网   0 条评论   作者 夏梦竹", "新华网"),
        ("发表于 2015-05-19 16:07   来源：CSDN   12条评论   作者：夏梦竹", "CSDN"),
        ("发表于 2015-05-19 16:07   来源：新闻110   作者：夏梦竹", "新闻110"),
    ):
        out = run(HEAD + f"<div class='tit_bar'>{line}</div>" + TEXT)
        assert (out["source"], out["author"]) == (source, "夏梦竹"), line


def test_a_unit_after_the_date_in_its_own_column_stays_the_source() -> None:
    """sztnet's ``2018-11-02 上交所`` under ``监管 > 上交所 > 正文``: the exchange that issued the item,
    its column named after it (a unit's name, 所): the source, as its dev label says."""
    trail = (
        "<div class='pos'><a href='/regulation/'>监管</a> &gt; <a href='/regulation/shse/'>上交所</a>"
        " &gt; 正文</div><h1>上交所发布沪伦通业务规则</h1>"
    )
    out = run(trail + "<div class='headInfoLt'>2018-11-02&nbsp;&nbsp;上交所</div>" + TEXT)
    assert (out["source"], out["category"]) == ("上交所", "监管 > 上交所")


def test_the_next_credit_s_label_element_ends_the_editor() -> None:
    """``（编辑：肖振龙  <span>摄影</span><span>王靖雯）</span>`` closing the text: the photographer's
    label, its colon left out, opens the next credit; the editor is 肖振龙 alone."""
    for credit, editor in (
        (
            "<span>（编辑：肖振龙</span>&nbsp;&nbsp;<span class='label'>摄影</span><span>王靖雯）</span>",
            "肖振龙",
        ),
        (
            "<span>（责任编辑：邢书磊</span>&nbsp;&nbsp;<span class='label'>编发</span>"
            "<span>问帼倩</span>）",
            "邢书磊",
        ),
        ("（编辑：肖振龙&nbsp;&nbsp;摄影：王靖雯）", "肖振龙"),
    ):
        page = HEAD + DATED + f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p>"
        out = run(page + f"<div class='info'>{credit}</div></div>")
        assert out["editor"] == editor, credit


def test_an_outlet_closing_the_writers_names() -> None:
    """``作者：阿旺扎西 张伟  国青年网  2019-02-24``: the outlet after the names is no writer; an outlet
    alone in the 作者 slot stays (the ninth round), and three spaced names stay three."""
    for line, author in (
        ("作者：阿旺扎西 张伟&nbsp;&nbsp;国青年网&nbsp;&nbsp;2019-02-24", "阿旺扎西、张伟"),
        ("作者：新华网&nbsp;&nbsp;2019-02-24", "新华网"),
        ("作者：阿旺扎西 张伟 李明&nbsp;&nbsp;2019-02-24", "阿旺扎西、张伟、李明"),
    ):
        out = run(HEAD + f"<dd>{line}</dd>" + TEXT)
        assert (out["author"], out["published_at"]) == (author, "2019-02-24"), line


def test_a_category_icon_s_words_after_the_date_name_no_outlet() -> None:
    """``<i class="fa fa-user"></i> 忆尤  2016年07月08日  <i class="fa fa-sitemap"></i> 新闻动态``: the
    sitemap, folder or tag icon says where the post is filed, no source; a name after the date
    with no such icon stays the outlet."""
    line = (
        "<div class='article-meta'><i class='fa fa-user'></i> 忆尤&nbsp;&nbsp;2016年07月08日"
        "&nbsp;&nbsp;{after}</div>"
    )
    for icon in ("fa fa-sitemap", "fa fa-folder-open", "icon-category", "fa fa-tags"):
        out = run(HEAD + line.format(after=f"<i class='{icon}'></i> 新闻动态") + TEXT)
        assert (out["source"], out["author"]) == (None, "忆尤"), icon
    out = run(HEAD + line.format(after="<i class='fa fa-eye'></i> 新浪科技") + TEXT)
    assert (out["source"], out["author"]) == ("新浪科技", "忆尤")


def test_a_linked_credit_in_linked_brackets_under_the_text() -> None:
    """``<a>[</a> 责编：<a>杨煜</a> <a>]</a>`` (each item linked): the brackets around the credit
    are no buttons before it; the editor stays 杨煜."""
    line = "<div class='liability'><a href='#'>[</a>&nbsp;&nbsp;责编：<a href='#'>杨煜</a>&nbsp;&nbsp;<a href='#'>]</a></div>"
    out = run(HEAD + DATED + TEXT + line + "<div class='foot'>版权所有</div>")
    assert out["editor"] == "杨煜"
