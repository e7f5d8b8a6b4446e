"""hunt278's first-contact misses (issue 10, session 36), on pages of our own.

- Hexo Matery's English post-info rows ``Publish Date: X`` / ``Update Date: Y``: X, the publish
  date, as the Chinese 发布日期 / 更新日期 rows are read; an ``Update Date`` alone is the date.
- A licence box's ``Author: Y`` on a site named ``X的Y`` (a class's ``二班同学的快乐老家``): the
  site's own name, no author. The owner before 的, or a person, stays the author.
- A closing block of bar credits ``文案 | NAME`` / ``排版 | NAME`` (or the slip ``排班 | NAME``) /
  ``…团支部 宣``: cut as a whole, the 文案 name the author. A lone bar credit, or one among the
  text's sentences, stays.
- A post's excerpt paragraph above Hexo's read-more mark (``<a id="more"></a>``), the rest of the
  text in one ``<br>``-broken ``<p>`` that wins the density count: the excerpt is the text's
  opening, whatever the description meta repeats.

Why: docs/benchmarks.md, follow288.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.body.clean import clean_body

URL = "https://class.example.io/2022/202210aosen/"
SITE = "二班同学的快乐老家"


def _matery(rows: str, author: str = "快乐老家", site: str = SITE) -> dict:
    head = f"<title>秋日团建 | {site}</title>"
    body = (
        f"<nav><a href='/'><span class='logo-span'>{site}</span></a><a href='/tags'>标签</a></nav>"
        "<h1 class='title'>秋日团建</h1><div class='article-tag'><a href='/tags/a/'><span>活动记录"
        "</span></a><a href='/tags/b/'><span>团建</span></a></div><div class='post-cate'>"
        "<i class='fas fa-bookmark fa-fw icon-category'></i><a href='/categories/x/'>班级活动</a>"
        f"</div><div class='post-info'>{rows}<div>Word Count:&nbsp;&nbsp; 767</div></div>"
        f"<div id='articleContent'><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='reprint'><div class='reprint__author'><span class='reprint-meta'>"
        f"<i class='fas fa-user'>Author:</i></span><span class='reprint-info'><a href='/about'>"
        f"{author}</a></span></div><div class='reprint__type'><span class='reprint-meta'>"
        f"<i class='fas fa-link'>Link:</i></span><span class='reprint-info'>{URL}</span></div>"
        "<div class='reprint__notice'><span class='reprint-meta'>Reprint policy:</span>"
        "<span class='reprint-info'>All articles in this blog are used except for special "
        f"statements CC BY 4.0 reprint policy. If reproduced, please indicate source {author} !"
        "</span></div></div>"
        f"<footer><div>Copyright © 2022 <a href='/about'>快乐老家</a> | Powered by Hexo</div>"
        "</footer>"
    )
    return run(body, head, URL)


def _row(label: str, day: str) -> str:
    return f"<div class='post-date info-break-policy'><i class='far'></i>{label}:&nbsp;&nbsp; {day}</div>"


PUBLISH = _row("Publish Date", "2022-11-02")
UPDATE = _row("Update Date", "2022-11-04")


def test_publish_date_row_over_update_date_row() -> None:
    assert _matery(PUBLISH + UPDATE)["published_at"] == "2022-11-02"


def test_publish_date_row_under_update_date_row() -> None:
    assert _matery(UPDATE + PUBLISH)["published_at"] == "2022-11-02"


def test_neighbour_an_update_date_alone_is_the_date() -> None:
    assert _matery(UPDATE)["published_at"] == "2022-11-04"


def test_neighbour_modified_date_row_yields_too() -> None:
    assert _matery(_row("Modified Date", "2022-11-04") + PUBLISH)["published_at"] == "2022-11-02"


def test_licence_box_author_naming_the_site_after_its_owner_is_no_author() -> None:
    assert _matery(PUBLISH + UPDATE)["author"] is None


def test_neighbour_a_person_in_the_english_licence_box_is_the_author() -> None:
    assert _matery(PUBLISH + UPDATE, author="林小舟")["author"] == "林小舟"


def test_neighbour_the_owner_before_de_stays_the_author() -> None:
    # a person's blog ``林小舟的小站`` whose box names its owner: the writer
    assert _matery(PUBLISH, author="林小舟", site="林小舟的快乐老家")["author"] == "林小舟"


# a class's Hexo hiker post: the text, then its closing credits as a list
SECOND = "活动结束后，同学们纷纷表示收获颇丰，希望以后能多多参加这样的活动。"


def _hiker(credits: str) -> dict:
    head = "<title>[班级活动]男生节 | 信科五班欢迎您~</title>"
    body = (
        "<h1 class='article-title'>[班级活动]男生节</h1>"
        "<div class='article-meta'><time datetime='2017-11-10T00:00:00.000Z'>2017-11-10</time></div>"
        f"<div class='article-entry'><p>{PROSE}</p><p>{SECOND}</p>{credits}</div>"
        "<footer>Copyright © 2013 - 2018 信科五班欢迎您~ All Rights Reserved.</footer>"
    )
    return run(body, head, "https://class5.example.io/2017/11/10/nanshengjie/")


def _ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


ISSUER = "信息学院2017级5班团支部 宣"


def test_closing_credit_block_is_cut_whole() -> None:
    out = _hiker(_ul("文案 | 李笑寒", "排版 | 辉辉", ISSUER))
    assert out["body"] == f"{PROSE}\n\n{SECOND}"
    assert out["author"] == "李笑寒"
    assert out["source"] is None


def test_closing_credit_block_with_the_slip_is_cut_whole() -> None:
    out = _hiker(_ul("文案 | 林艺彬", "排班 | 辉辉", ISSUER))
    assert out["body"] == f"{PROSE}\n\n{SECOND}"
    assert out["author"] == "林艺彬"


def test_two_bar_credits_without_the_issuer_are_cut() -> None:
    assert clean_body([PROSE, SECOND, "文案 | 林艺彬", "排班 | 辉辉"]) == f"{PROSE}\n\n{SECOND}"


def test_neighbour_a_lone_bar_credit_closing_the_text_stays() -> None:
    # a single 编辑|X line is no block (as a single one inside the text stays)
    assert clean_body([PROSE, SECOND, "编辑|王红"]) == f"{PROSE}\n\n{SECOND}\n\n编辑|王红"


def test_neighbour_bar_lines_inside_the_text_stay() -> None:
    paras = [PROSE, "文案 | 林艺彬", "排班 | 辉辉", SECOND]
    assert clean_body(paras) == "\n\n".join(paras)


def test_neighbour_bar_lines_of_no_credit_label_stay() -> None:
    paras = [PROSE, "时间 | 三月", "地点 | 白城"]
    assert clean_body(paras) == "\n\n".join(paras)


def test_neighbour_a_xuan_line_not_a_groups_stays() -> None:
    # ``… 宣`` after a name that is no group's: no issuer line, and a lone credit is no block
    paras = [PROSE, "文案 | 林艺彬", "张三 宣"]
    assert clean_body(paras) == "\n\n".join(paras)


# the excerpt above Hexo's read-more mark
OPENING = (
    "在2018年3月18和3月19日，我们班举办了清扫盲道活动，总的来说，这次活动是很有意义的一次活动。"
)
LINES = "<br>".join(
    [PROSE, "<img src='/i/2.jpg' alt=''>", PROSE, "<img src='/i/3.jpg' alt=''>", PROSE]
)


# hiker's meta row: the linked date, the category link and an empty view counter
HIKER_META = (
    "<div class='article-meta'><a href='/2018/03/20/mangdao/' class='article-date'><time "
    "datetime='2018-03-19T16:03:52.000Z' itemprop='datePublished'>2018-03-20</time></a>"
    "<a class='article-category-link' href='/categories/x/'>班级活动</a><a class='article-views'>"
    "<span>阅读量<span></span></span></a></div>"
)


def _excerpt(mark: str, description: str = OPENING) -> dict:
    head = f"<title>盲道清扫 | 信科五班</title><meta name='description' content='{description}'>"
    body = (
        "<h1 class='article-title'>盲道清扫</h1>"
        f"{HIKER_META}"
        f"<div class='article-entry'><p>{OPENING}<br><img src='/i/1.jpg' alt=''></p>{mark}"
        f"<p>{LINES}</p>{_ul('文案 | 刘炫慧', '排版 | 辉辉', ISSUER)}</div>"
        "<footer>Copyright © 2018 信科五班</footer>"
    )
    return run(body, head, "https://class5.example.io/2018/03/20/mangdao/")


def test_excerpt_above_the_read_more_mark_opens_the_text() -> None:
    body = _excerpt("<a id='more'></a>")["body"]
    assert body.split("\n\n")[0] == OPENING
    assert body.count(PROSE) == 3
    assert "刘炫慧" not in body  # the closing credit block cut as a whole


def test_excerpt_above_nexts_span_mark_opens_the_text() -> None:
    assert _excerpt("<span id='more'></span>")["body"].split("\n\n")[0] == OPENING


def test_excerpt_kept_when_the_description_is_a_summary() -> None:
    out = _excerpt("<a id='more'></a>", description="五班同学清扫盲道的志愿活动。")
    assert out["body"].split("\n\n")[0] == OPENING


def test_neighbour_no_mark_is_no_excerpt_rule() -> None:
    # no read-more mark between them: the rule does not fire (the box is left to the others)
    assert _excerpt("")["extraction"]["body"] != "density:excerpt-above"
    assert _excerpt("<a id='more'></a>")["extraction"]["body"] == "density:excerpt-above"


def test_neighbour_a_mark_with_no_paragraph_above_is_no_excerpt() -> None:
    head = "<title>盲道清扫 | 信科五班</title>"
    body = (
        "<h1 class='article-title'>盲道清扫</h1>"
        f"{HIKER_META}"
        f"<div class='article-entry'><a id='more'></a><p>{LINES}</p><p>{OPENING}</p></div>"
    )
    out = run(body, head, "https://class5.example.io/2018/03/20/mangdao/")
    assert out["extraction"]["body"] != "density:excerpt-above"


def test_chinese_licence_box_naming_the_site_after_its_owner_is_no_author() -> None:
    # Matery's Chinese box: ``文章作者: 快乐老家`` / ``文章链接: URL`` / ``版权声明: …``
    head = f"<title>秋日团建 | {SITE}</title>"
    body = (
        "<h1>秋日团建</h1><div class='post-info'><div>发布日期: 2022-11-02</div></div>"
        f"<div id='articleContent'><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<div class='reprint'><div>文章作者: <a href='/about'>快乐老家</a></div><div>文章链接: {URL}"
        "</div><div>版权声明: 本博客所有文章除特別声明外，均采用 CC BY 4.0 许可协议。</div></div>"
    )
    assert run(body, head, URL)["author"] is None
