"""follow306: a page whose text is gone gives no body, not the chrome left around it.

On a deleted post's page (benchmarks/text_gone.py: every dev page with its text blanked) the
densest text left is the site's chrome: a blog post's licence box (``文章作者`` / ``文章链接`` /
``版权声明: 本博客所有文章除特别声明外…``), a theme's credit (``Powered by Hugo``, ``Template by
Bootstrapious``), an about box in the page's ``footer`` or a sidebar's ``aside``, a site's rights
notice (``版权作品，未经环球网书面授权，严禁转载``) or a portal footer's report line. The container step
looks past them as it does past a notice; when nothing else is left the page has no body (the
record goes to rejects). A short text beside the same chrome keeps its body, and a one-line
text that speaks of copying is a text.

Why: docs/benchmarks.md, follow306.
"""

from __future__ import annotations

from page_shapes import run

from incubator_crawler.article.body.clean import is_boilerplate

TEXT = [
    "本周六下午，协会在图书馆三楼报告厅举办了技术交流会，三十多位同学参加。",
    "交流会上，几位高年级同学分享了参加竞赛的经验，并回答了大家的提问。",
]
LICENCE_BOX = (
    "<div class='post-copyright'>"
    "<div><span>文章作者: </span><span><a href='/about/'>技术协会</a></span></div>"
    "<div><span>文章链接: </span><span><a href='https://club.example.org/2024/03/04/jiaoliu/'>"
    "https://club.example.org/2024/03/04/jiaoliu/</a></span></div>"
    "<div><span>版权声明: </span><span>本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。"
    "转载请注明来自 技术协会！</span></div></div>"
)
ABOUT = (
    "<div class='footer-block about'><p>技术协会是由在校的自由软件爱好者发起并组成的团体，"
    "旨在搭建信息交流共享的平台，宣传自由软件的价值，提高同学们的技术水平。</p></div>"
)


def _page(paras: list[str], after_text: str = "", footer: str = "<p>© 2024 技术协会</p>") -> dict:
    head = "<title>技术交流会 | 技术协会</title>"
    text = "".join(f"<p>{p}</p>" for p in paras)
    body = (
        "<div class='wrap'><main><article><h1>技术交流会</h1>"
        "<p class='meta'>发布时间：2024-03-04</p>"
        f"<div class='post-content'>{text}</div>{after_text}</article></main></div>"
        f"<footer>{footer}</footer>"
    )
    return run(body, head, "https://club.example.org/2024/03/04/jiaoliu/")


def test_licence_box_alone_is_no_body() -> None:
    out = _page([], LICENCE_BOX)
    assert out["body"] is None
    assert out["rejected"] == "missing body"


def test_neighbour_short_text_above_the_licence_box_keeps_it() -> None:
    assert _page(TEXT, LICENCE_BOX)["body"] == "\n\n".join(TEXT)


def test_one_line_text_above_the_licence_box_is_the_text() -> None:
    # (on main the box outscored the one line and took the body)
    line = "本周六图书馆闭馆一天，请同学们合理安排时间。"
    assert _page([line], LICENCE_BOX)["body"] == line


def test_theme_credit_alone_is_no_body() -> None:
    credit = "<p>© 2024 技术协会</p><p>Powered by Hugo &amp; Hosted by GitHub.</p>"
    assert _page([], footer=credit)["body"] is None
    credit = "<p>Template by Bootstrapious. Ported to Hugo by DevCows</p>"
    assert _page([], footer=credit)["body"] is None


def test_about_box_in_the_footer_is_no_body() -> None:
    assert _page([], footer=ABOUT + "<p>© 2024 技术协会</p>")["body"] is None


def test_neighbour_short_text_beside_a_footer_about_box_keeps_it() -> None:
    assert _page(TEXT, footer=ABOUT + "<p>© 2024 技术协会</p>")["body"] == "\n\n".join(TEXT)


def test_about_box_in_a_sidebar_is_no_body() -> None:
    aside = (
        "<aside class='sidebar'><h3>江浙大客户合作</h3><p>由协会会长带队，几家会员企业一起走访江浙一带的"
        "大客户，目前已经和部分客户达成合作意向，后续将继续跟进。</p></aside>"
    )
    assert _page([], aside)["body"] is None
    assert _page(TEXT, aside)["body"] == "\n\n".join(TEXT)


def test_about_us_box_is_no_body() -> None:
    box = (
        "<div class='col-md-4'><h4>About us</h4><p>The club was established in 2015 to bring "
        "students interested in free software together, and it holds a meetup every month.</p></div>"
    )
    assert _page([], box)["body"] is None
    assert _page(TEXT, box)["body"] == "\n\n".join(TEXT)


def test_site_rights_notice_alone_is_no_body() -> None:
    sign = "<div class='sign'><p>版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。</p></div>"
    assert _page([], sign)["body"] is None
    report = (
        "<div class='txt'><p>违法和不良信息举报电话：010-12345678 传真：010-12345679 邮箱：jb@example.com</p>"
        "<p>本站郑重声明：所载文章、数据仅供参考，投资有风险，选择需谨慎。</p></div>"
    )
    assert _page([], report)["body"] is None


def test_neighbour_a_one_line_text_about_copying_is_the_text() -> None:
    # a school's notice that speaks of copying, no site named before the ban: a text
    line = "学校提醒：未经许可，任何人不得转载本校期末考试试题，违者将按校规处理。"
    assert _page([line])["body"] == line


def test_search_prompt_is_no_line_of_a_body() -> None:
    # a theme's search overlay prints its prompt as text: chrome, not a sentence left on the page
    assert is_boilerplate("输入您要搜索的关键词...")
    assert is_boilerplate("请输入关键词")
    search = (
        "<div class='search-content'><div class='inner'><p>输入您要搜索的关键词...</p></div></div>"
    )
    assert _page([], search)["body"] is None


def test_neighbour_a_sentence_about_keywords_stays() -> None:
    assert not is_boilerplate("请输入关键词查找相关文章。")
    assert not is_boilerplate("关键词：人工智能")
