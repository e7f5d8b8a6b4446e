"""Title and category shapes of CMS families and leftovers no dev page shows (fields4, issue 10).

Each page is our own small shape, written from what the family prints (its trail's label and
separators, the headline's place, <title>'s suffix); exact values."""

from __future__ import annotations

from page_shapes import PROSE, run

T = "高新区孵化器发布年度报告"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
URL = "http://www.park.cn/news/gq/2024/0305/12.html"


def test_hyphen_inside_a_latin_word_is_no_title_separator() -> None:
    # a bare <title> naming a model (GPT-4-turbo): its last hyphenated piece is no site's name
    out = run(f"<div>2024-03-05 10:00</div>{TEXT}", "<title>GPT-4-turbo 发布</title>", URL)
    assert out["title"] == "GPT-4-turbo 发布"
    # one Latin token closing the <title> after a hyphen is the site's name (…-CSDN.NET)
    out = run(f"<div>2024-03-05 10:00</div>{TEXT}", f"<title>{T}ZoomEye-CSDN.NET</title>", URL)
    assert out["title"] == f"{T}ZoomEye"


def test_two_character_bracket_that_is_no_column_word_stays() -> None:
    # a series' name in 【】 (【晴朗】) is the headline's; a desk's tag (【转载】) is the site's
    head = "<title>【晴朗】一个人的旅行 - 园区博客</title>"
    out = run(f"<h1>【晴朗】一个人的旅行</h1><div>发布时间：2024-03-05</div>{TEXT}", head, URL)
    assert out["title"] == "【晴朗】一个人的旅行"
    for tag in ("【转载】", "【政策】"):
        out = run(f"<h1>{tag}一个人的旅行</h1><div>发布时间：2024-03-05</div>{TEXT}", head, URL)
        assert out["title"] == "一个人的旅行"


def test_literal_line_break_escapes_around_the_headline_go() -> None:
    # a page saved from a JSON string: its markup's line breaks are the two characters \n
    body = f"<h1>\\n    {T}\\n  </h1><div>发布时间：2024-03-05</div>{TEXT}"
    assert run(body, f"<title>{T}_园区网</title>", URL)["title"] == T


NEWS_URL = "http://news.park.cn/a/2024/12.html"
RSS = "<a href='http://news.park.cn/rss.html'>订阅业界RSS</a>"
HOME = "<a href='http://www.park.cn/'>园区网首页</a>"
LEAF = "<a href='http://news.park.cn/'>业界</a>"
ARROW_IMG = "<img src='/i/arrow.gif'>"


def _trail_page(trail: str) -> dict:
    body = f"{trail}<h1>{T}</h1><div>发布时间：2024-03-05</div>{TEXT}"
    return run(body, f"<title>{T}_园区网</title>", NEWS_URL)


def test_rss_link_before_the_home_item_is_no_trail_item() -> None:
    # glued to the home link, parted by an arrow (the trail ending in the headline), listed
    # with CSS-drawn separators, or parted by separator images: the trail starts at home
    for trail in (
        f"<div class='bn'>{RSS}{HOME} &gt; {LEAF}</div>",
        f"<div class='bn'>{RSS} &gt; {HOME} &gt; {LEAF} &gt; {T}</div>",
        f"<ul class='c2'><li>{RSS}</li><li>{HOME}</li><li>{LEAF}</li></ul>",
        f"<div class='bn'>{RSS}{ARROW_IMG}{HOME}{ARROW_IMG}{LEAF}</div>",
    ):
        out = _trail_page(trail)
        assert (out["category"], out["breadcrumb_raw"].split(" > ")[0]) == ("业界", "园区网首页")


PEOPLE = (
    "<a href='http://www.people.cn/GB/index.html'>人民网</a>",
    "<a href='/GB/index.html'>时政</a>",
    "<a href='/GB/14562/index.html'>各地要闻</a>",
)
FOOT_MENU = (
    "<div class='f'><a href='/'>网站首页</a> - <a href='/about/index.html'>关于我们</a> - "
    "<a href='/about/contact.html'>联系我们</a></div>"
)


def _foot_page(trail: str) -> dict:
    """A saved page (no address) whose trail shows only under the text, above a footer menu."""
    return run(
        "<div><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/about/'>关于</a></div>"
        f"<h1>{T}</h1><div>发布时间：2024-03-05</div>{TEXT}{trail}{FOOT_MENU}",
        f"<title>{T}</title>",
    )


def test_trail_shown_only_at_the_foot_in_other_separators() -> None:
    # the headline closing the arrows; slashes, dashes, separator images or a CSS-drawn list
    # between links whose last step goes down a folder
    for trail in (
        f"<div>{' &gt; '.join(PEOPLE)} &gt; {T}</div>",
        f"<div>{' / '.join(PEOPLE)}</div>",
        f"<div>{'-'.join(PEOPLE)}</div>",
        f"<div>{'<img src=/i/arrow.gif>'.join(PEOPLE)}</div>",
        f"<div><ul class='c2'>{''.join(f'<li>{a}</li>' for a in PEOPLE)}</ul></div>",
    ):
        assert _foot_page(trail)["category"] == "时政 > 各地要闻"


def test_footer_menu_from_home_is_no_trail() -> None:
    # 网站首页 - 关于我们 - 联系我们: the links stand side by side in one folder
    assert _foot_page("")["category"] is None


def test_headline_glued_to_the_trail_leaf() -> None:
    # the page shows its headline only as the unlinked end of the trail, with no separator
    trail = (
        "<div class='pos'>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>新闻中心</a> &gt; "
        f"<a href='/news/gq/'>园区动态</a>{T}</div>"
    )
    out = run(f"{trail}<div>发布时间：2024-03-05</div>{TEXT}", f"<title>{T}_园区网</title>", URL)
    assert (out["title"], out["category"]) == (T, "新闻中心 > 园区动态")


def test_site_name_over_the_date_line_is_no_headline() -> None:
    # the logo's text (园区网) above the date, the headline only in a bare <title>
    body = f"<div class='logo'>园区网</div><div>发布时间：2024-03-05</div>{TEXT}"
    assert run(body, f"<title>{T}</title>", URL)["title"] == T


PAPER_URL = "http://www.paper.cn/newsDetail_forward_123"
TWO = ("<a href='channel_36079'>澎湃号</a>", "<a href='gov_44871'>中国广州发布</a>")


def _two_page(trail: str) -> dict:
    body = (
        "<div><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/about/'>关于</a></div>"
        f"{trail}<h1>{T}</h1><div>发布时间：2024-03-05</div>{TEXT}"
    )
    return run(body, f"<title>{T}_澎湃新闻</title>", PAPER_URL)


def test_two_section_links_parted_by_a_separator_image_are_a_trail() -> None:
    # not from home, right above the headline: the image parts them as an arrow does; a dash or a
    # CSS-drawn list between such a pair stays a menu (test_article_real_shapes' 科技 - 通知公告)
    trail = f"<div>{TWO[0]}<img src='/i/arrow.gif'>{TWO[1]}</div>"
    assert _two_page(trail)["category"] == "澎湃号 > 中国广州发布"
    for trail in (
        f"<div>{TWO[0]} - {TWO[1]}</div>",
        f"<div><ul class='c2'><li>{TWO[0]}</li><li>{TWO[1]}</li></ul></div>",
    ):
        assert _two_page(trail)["category"] is None


def test_two_control_links_above_the_headline_are_no_trail() -> None:
    # a script switch and a login bar stay page controls; a pager's previous and next entries
    # (addresses like the page's own) are no sections
    img = "<img src='/i/arrow.gif'>"
    for trail in (
        f"<div><a href='/index_zh.html'>简体</a>{img}<a href='/index_tw.html'>繁體</a></div>",
        f"<div><a href='/login'>登录</a>{img}<a href='/reg'>注册</a></div>",
        f"<div><a href='/newsDetail_forward_122'>园区夜话</a>{img}"
        "<a href='/newsDetail_forward_124'>孵化随笔</a></div>",
    ):
        assert _two_page(trail)["category"] is None


MENU = "<div><a href='/'>首页</a> <a href='/knicks/'>尼克斯</a> <a href='/lakers/'>湖人</a></div>"
DATED = f"<div class='d'>2024-03-05 10:00</div>{TEXT}"


def test_title_suffix_the_words_do_not_know() -> None:
    # a column the page's menu links to, between the headline and the site, or after it when
    # og:site_name names another site; the site's short name; a doubled hyphen before it
    site = "<meta property='og:site_name' content='NBA台灣'>"
    for head, body in (
        (f"<title>{T} - 尼克斯 - 體育 - 聯合新聞網</title>", MENU + DATED),
        (f"<title>{T}_尼克斯_NBA台灣</title>{site}", MENU + DATED),
        (f"<title>{T}_尼克斯</title>{site}", MENU + DATED),
        (f"<title>{T} | 上報</title><meta property='og:site_name' content='上報 Up Media'>", DATED),
        (f"<title>{T}--上報</title><meta property='og:title' content='{T}--上報'>", DATED),
    ):
        assert run(body, head, URL)["title"] == T
    # a short segment no link names stays part of the headline
    head = f"<title>{T} - 三大看点 - 聯合新聞網</title>"
    assert run(MENU + DATED, head, URL)["title"] == f"{T} - 三大看点"


def test_infobox_term_over_a_date_is_no_headline() -> None:
    # an encyclopedia entry: the 出生日期 term and its date in a <dl>, the name in the h1 above
    rows = (
        ("中文名", "王伟"), ("国籍", "中国"), ("民族", "汉族"), ("出生地", "山东"),
        ("出生日期", "1970年3月5日"), ("职业", "工程师"),
    )  # fmt: skip
    infobox = "".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in rows)
    body = f"<h1>王伟</h1><p>王伟，山东人，园区企业家。</p><dl>{infobox}</dl>{TEXT}"
    assert run(body, "<title>王伟_园区百科</title>", URL)["title"] == "王伟"


def test_trs_trail_whose_home_link_is_relative_far_above_the_title() -> None:
    # TRS's CurrChnlCls links: 首页 is ``../../``, a channel's index here, not the root; seven
    # menu lines stand between the trail and the headline
    trail = (
        "<table><tr><td><a href='../../' class='CurrChnlCls'>首页</a>&gt;&gt;"
        "<a href='../' class='CurrChnlCls'>政务公开</a>&gt;&gt;"
        "<a href='./' class='CurrChnlCls'>工作动态</a></td></tr></table>"
    )
    menu = "".join(f"<div><a href='/{c}/'>栏目{c}</a></div>" for c in "abcdefg")
    body = (
        f"{trail}{menu}<div class='xl_title'>{T}</div><div>发布时间：2024-03-05 10:00</div>{TEXT}"
    )
    head = f"<title>{T}</title><meta name='ArticleTitle' content='{T}'>"
    out = run(body, head, "http://www.xx.gov.cn/zwgk/gzdt/202403/t20240305_123.html")
    assert out["category"] == "政务公开 > 工作动态"


def test_account_name_over_the_date_line_yields_to_a_bare_title() -> None:
    # a share bar's 微信 or an account's name above the date, the headline only in <title>
    for line in ("微信", "海淀生活圈"):
        body = f"<div class='share'>{line}</div><div>2024-03-05 10:00</div>{TEXT}"
        assert run(body, f"<title>{T}，三年新增企业两百家</title>", URL)["title"] == (
            f"{T}，三年新增企业两百家"
        )
    # a trail's closing 资讯正文 in a block of its own is no headline either
    body = (
        "<ul><li><a href='/'>首页</a></li><li><a href='/news/'>基金资讯</a></li>"
        f"<li>资讯正文</li></ul><div>2024-03-05 10:00</div>{TEXT}"
    )
    assert run(body, f"<title>{T}，三年新增企业两百家</title>", URL)["title"] == (
        f"{T}，三年新增企业两百家"
    )


def test_half_of_a_broken_headline_keeps_its_place_over_a_bare_title() -> None:
    # a headline <br>-broken into two short lines, a bare <title> that is the site's slogan
    body = f"<h3>园区夜话<br>孵化十年</h3><div>2024-03-05 10:00</div>{TEXT}"
    out = run(body, "<title>园区网，一个专注科技创新与产业服务的新媒体平台</title>", URL)
    assert out["title"] == "园区夜话孵化十年"


def test_a_header_h1_repeating_the_whole_title_yields_to_the_headline_below() -> None:
    # a company site's SEO header: every page's <h1> is its <title>, headline, keywords and the
    # site's name; the headline stands lower as a plain line, under the trail
    whole = f"{T}_工商注册-代理记账-公司注销【星河财务官网】"
    body = (
        f"<div id='header'><h1>{whole}</h1><p>欢迎来到星河财务官网！</p></div>"
        "<div class='pos'>当前位置：<a href='/'>星河财务官网</a> &gt; "
        "<a href='/news/'>公司新闻</a> &gt;</div>"
        f"<div class='main'><div class='title2'><span>{T}</span></div>{TEXT}</div>"
    )
    out = run(body, f"<title>{whole}</title>", URL)
    assert (out["title"], out["category"]) == (T, "公司新闻")
    # an h1 that is <title>'s headline alone stays the headline
    out = run(f"<h1>{T}</h1><div>2024-03-05</div>{TEXT}", f"<title>{whole}</title>", URL)
    assert out["title"] == T
