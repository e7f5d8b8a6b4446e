"""Headlines shown only in <title> (misses55: robust51's ``headline:title-only`` leftovers).

Each page is a small page of our own in the shape a variant of a dev page showed breaking; the
values asserted are what a reader of the page takes from it.
"""

from __future__ import annotations

from lxml import html as lxml_html
from page_shapes import PROSE, run

from incubator_crawler.article.page import site_name_of
from incubator_crawler.article.title import clean_title, strip_site_suffix

STORY = "<div class='text'><p>" + PROSE + "</p></div>"
ROOT = lxml_html.fromstring("<p>x</p>")
DATED = "<div class='info'>发布时间：2016-06-30 16:24</div>" + STORY


def test_name_hyphen_site_past_an_underscore_is_all_the_site() -> None:
    """``标题_学院名--工会``: the site's name reads ``工会``, the whole segment after ``_`` is the
    site (gdepc); ``标题 – IIAU-LAB`` the same (iiaulab)."""
    title = "校工会组织系列活动庆祝“三八”妇女节_广东环境保护工程职业学院--工会"
    assert strip_site_suffix(title, "工会") == "校工会组织系列活动庆祝“三八”妇女节"
    assert strip_site_suffix("秦瑶：一名本科生的科研故事 – IIAU-LAB", "LAB") == (
        "秦瑶：一名本科生的科研故事"
    )
    out = run(DATED, head=f"<title>{title}</title>")
    assert out["title"] == "校工会组织系列活动庆祝“三八”妇女节"


def test_subtitle_after_a_dash_keeps_its_hyphened_tail() -> None:
    """``主题——副题-站名``: past a dash the segment may be the subtitle; only the site goes."""
    assert strip_site_suffix("互动交流 共同成长——代表团访问交流-成华区", "成华区") == (
        "互动交流 共同成长——代表团访问交流"
    )


def test_bracketed_official_site_word_names_the_site() -> None:
    """``标题-西邮所（官网）-交易中心``: 官网 in brackets marks the segment as the site's (nxxys)."""
    title = "关于2016S001防止大气污染藏品申购公告-西邮所（官网）-宁夏西邮艺术品交易中心"
    assert clean_title(None, html_title=title, site_name="宁夏西邮艺术品交易中心") == (
        "关于2016S001防止大气污染藏品申购公告"
    )


def test_keyword_list_closing_the_title_is_no_headline() -> None:
    """``标题_关键词，关键词，…，公司名``: a search-engine keyword list, no part of the headline
    (sxlmrl); two items are a headline's own comma."""
    title = (
        "陕西鲁明热力设备工程有限公司 乔迁之喜暨四周年庆典活动圆满成功_陕西板式换热器，"
        "陕西换热站安装，西安换热机组，西安管壳式换热器，陕西鲁明热力设备工程有限公司"
    )
    out = run(DATED, head=f"<title>{title}</title>")
    assert out["title"] == "陕西鲁明热力设备工程有限公司 乔迁之喜暨四周年庆典活动圆满成功"
    assert strip_site_suffix("园区开会_共谋发展，共创未来") == "园区开会_共谋发展，共创未来"


def test_box_drawing_bar_parts_the_site() -> None:
    """``标题│三立新聞網 SETN.COM``: the box-drawing bar is a separator as ``|`` is (setn)."""
    title = "頂新魏家債留台灣！味全負債258億 債恐由全民來還？│三立新聞網 SETN.COM"
    out = run(DATED, head=f"<title>{title}</title>")
    assert out["title"] == "頂新魏家債留台灣！味全負債258億 債恐由全民來還？"


def test_og_title_column_a_menu_links_to_goes() -> None:
    """og:title ``标题 | 焦點事件`` where the menu links 焦點事件: the column, not the headline
    (udn)."""
    head = (
        "<title>澎湖重度殘障男子 陳屍馬公水仙宮旁空屋 | 焦點事件 | 社會 | 聯合新聞網</title>"
        "<meta property='og:title' content='澎湖重度殘障男子 陳屍馬公水仙宮旁空屋 | 焦點事件'>"
        "<meta property='og:site_name' content='聯合新聞網'>"
    )
    out = run("<ul><li><a href='/c/1'>焦點事件</a></li><li><a href='/c/2'>社會</a></li></ul>"
              + DATED, head=head)  # fmt: skip
    assert out["title"] == "澎湖重度殘障男子 陳屍馬公水仙宮旁空屋"


def test_subtitle_after_a_double_dash_is_no_site_name() -> None:
    """<title> ``主题——副题`` alone: the long subtitle is no site name, the headline stays whole
    (yqfk); ``标题——中国孵化器网`` still names the site."""
    title = "互动交流 共同成长——日本甲府市教育交流代表团赴成华区访问交流"
    out = run(DATED, head=f"<title>{title}</title>")
    assert out["title"] == title
    assert site_name_of("园区召开年度工作会议——中国孵化器网", {}, None, ROOT) == "中国孵化器网"


def test_column_heading_over_a_title_with_a_bare_hyphen() -> None:
    """``<div>医院新闻</div>`` over the date line, <title> ``标题-市中心医院`` (a bare hyphen before
    the site's name): the title's headline, not the column (pjhospital)."""
    out = run(
        "<div class='lm'>医院新闻</div><div class='pizhu'>时间：2021-02-25 17:09:42</div>" + STORY,
        head="<title>【新闻时讯】市政府副市长潘元松来我院调研-市中心医院</title>",
    )
    assert out["title"] == "【新闻时讯】市政府副市长潘元松来我院调研"


def test_bold_headline_under_a_column_heading() -> None:
    """``<h1>最新资讯</h1>`` then the item's headline as ``<p><strong>`` over the date line
    (xmusmartdsp, <title> only the column): the bold line is the headline."""
    out = run(
        "<h1>最新资讯</h1><p><strong>今天你马拉松了吗？</strong></p>" + DATED,
        head="<title>最新资讯|厦门大学智能数据分析与处理实验室</title>",
    )
    assert out["title"] == "今天你马拉松了吗？"


def test_desk_word_the_site_keywords_list_closes_no_headline() -> None:
    """``标题 东区办事处_中山网``, keywords ``中山网,专题报道,东区办事处,东区新闻``: the word after the
    space is the desk the site's own keywords name beside the site (zsnews); without the site
    among the keywords the words stay."""
    title = "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作 东区办事处_中山网"
    keywords = "<meta name='keywords' content='{}'>"
    out = run(DATED, head=f"<title>{title}</title>" + keywords.format("中山网,专题报道,东区办事处"))
    assert out["title"] == "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"
    out = run(DATED, head=f"<title>{title}</title>" + keywords.format("专题报道,东区办事处"))
    assert out["title"] == "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作 东区办事处"
