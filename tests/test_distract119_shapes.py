"""distract119: benchmarks/distractors.py (another page's furniture put into a page) on pages of
our own, and the reading faults its measure showed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
for _name in ("variants", "transplant", "distractors"):
    if _name not in sys.modules:
        _spec = importlib.util.spec_from_file_location(_name, ROOT / "benchmarks" / f"{_name}.py")
        _mod = importlib.util.module_from_spec(_spec)
        sys.modules[_name] = _mod
        _spec.loader.exec_module(_mod)
variants = sys.modules["variants"]
distractors = sys.modules["distractors"]

P1 = "园区举办创业沙龙，二十家初创企业的负责人围绕融资和招聘的难处交流了各自的做法。"
P2 = "管委会表示，今后每月举办一期沙龙，并为入驻企业提供免费的法律和财务咨询服务。"
DONOR_HTML = f"""<html><head><meta charset="utf-8"><title>园区举办创业沙龙</title></head><body>
<div class="top"><span>今天是2024年3月5日 星期二</span> <a href="/">首页</a> <a href="/news/">新闻中心</a>
<a href="/about/">园区概况</a> <a href="/policy/">政策法规</a> <a href="/service/">企业服务</a></div>
<div class="main">
<div class="left"><h3>最新动态</h3><ul><li><a href="/1">孵化器签约仪式举行</a> 2024-02-01</li>
<li><a href="/2">园区企业获奖</a> 2024-01-20</li></ul></div>
<div class="right"><h1>园区举办创业沙龙</h1>
<p class="info">发布时间：2024-03-04 来源：园区管委会</p>
<div class="text"><p>{P1}</p><p>{P2}</p></div>
<div class="pn"><p>上一篇：<a href="/3">春季招聘会开幕</a> 2024-02-28</p></div>
</div></div>
<div class="foot"><p>版权所有 示例园区 备案号：京ICP备00000000号 更新时间：2024-03-01</p></div>
</body></html>""".encode()
DONOR = {
    "id": "donor", "site": "donor-site", "url": "http://donor.invalid/a.html",
    "title": "园区举办创业沙龙", "published": "2024-03-04", "source": "园区管委会",
    "author": None, "editor": None, "category": None, "body": [P1, P2],
}  # fmt: skip

H1 = "高新区今天发布了支持孵化器发展的新政策，涵盖资金、场地和人才三个方面的措施。"
H2 = "政策自发布之日起施行，有效期三年，由管委会负责解释，企业可以到服务大厅咨询。"
HOST_HTML = f"""<html><head><meta charset="utf-8"><title>高新区发布新政策</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="article"><h2>高新区发布新政策</h2><div class="content"><p>{H1}</p><p>{H2}</p></div></div>
<div class="copy">联系我们</div>
</body></html>""".encode()
HOST = {
    "id": "host", "site": "host-site", "url": "http://host.invalid/b.html",
    "title": "高新区发布新政策", "published": None, "source": None, "author": None,
    "editor": None, "category": None, "body": [H1, H2],
}  # fmt: skip


def _pieces() -> list:
    root = variants.load_tree(DONOR_HTML)
    return distractors.harvest(DONOR, root, variants.extract(DONOR_HTML, DONOR))


def test_the_donors_furniture_by_where_it_sat_and_never_its_meta_line() -> None:
    """The top bar's date, the left column's dated list, the 上一篇 line under the text and the
    footer: four pieces, each kind read from the structure; the meta line under the headline (it
    holds the labelled date and source) is no piece."""
    got = [(p.kind, p.what, etree.fromstring(p.html, etree.HTMLParser()).find(".//body/*").get("class"))
           for p in _pieces()]  # fmt: skip
    assert got == [
        ("header", "date", "top"),
        ("sidebar", "date", "left"),
        ("after", "date", "pn"),
        ("footer", "date+label", "foot"),
    ]


def test_a_box_holding_a_labelled_value_is_the_pages_own() -> None:
    """The same left column holding the page's own source (园区管委会) is no piece."""
    html = DONOR_HTML.replace(b"\xe5\x9b\xad\xe5\x8c\xba\xe4\xbc\x81\xe4\xb8\x9a\xe8\x8e\xb7\xe5\xa5\x96",
                              "园区管委会获奖".encode())  # fmt: skip
    root = variants.load_tree(html)
    kinds = [p.kind for p in distractors.harvest(DONOR, root, variants.extract(html, DONOR))]
    assert kinds == ["header", "after", "footer"]


def test_a_list_of_cards_is_one_piece_whole() -> None:
    """A related list of cards too long for one box (each card its heading, excerpt and credit
    line): the piece is the whole list, never one card cut out to stand alone."""
    card = (
        "<li><h6>园区第{n}期创业沙龙圆满结束</h6><p>本期沙龙邀请了三位投资人，与二十家初创企业面对面交流"
        "融资的经验和教训。</p><span>2023-1{n}-01</span></li>"
    )
    cards = "<ul class='related'>" + "".join(card.format(n=n) for n in range(1, 6)) + "</ul>"
    html = DONOR_HTML.replace(b'<div class="pn">', cards.encode() + b'<div class="pn">')
    root = variants.load_tree(html)
    got = [
        (p.kind, p.html[:22])
        for p in distractors.harvest(DONOR, root, variants.extract(html, DONOR))
    ]
    assert got[2:4] == [("after", '<ul class="related"><l'), ("after", '<div class="pn"><p>上一篇')]
    assert len(got) == 5


def test_each_piece_lands_at_its_kinds_place_in_the_host() -> None:
    root = variants.load_tree(HOST_HTML)
    where = {}
    for piece in _pieces():
        tree = variants.load_tree(distractors.placed(HOST, root, piece))
        body = tree.find(".//body")
        where[piece.kind] = [el.get("class") for el in body] + [
            el.get("class") for el in body.find("div[@class='article']")
        ]
    assert where == {
        "header": ["top", "nav", "article", "copy", None, "content"],
        "sidebar": ["nav", "article", "left", "copy", None, "content"],
        "after": ["nav", "article", "copy", None, "content", "pn"],
        "footer": ["nav", "article", "copy", "foot", None, "content"],
    }


def test_the_count_is_a_field_given_where_the_label_has_none_or_a_right_one_lost() -> None:
    base = {"title": "高新区发布新政策", "published_at": None, "author": None}
    made, lost = distractors.outcome(HOST, base, {**base, "published_at": "2024-02-01T00:00:00"})
    assert (made, lost) == ({"published"}, [])
    made, lost = distractors.outcome(HOST, base, {**base, "title": "最新动态", "author": ["王五"]})
    assert (made, lost) == ({"author"}, ["title"])
    assert distractors.outcome(HOST, base, base) == (set(), [])


# ------------------------------------------------------------------------------ reading faults
from page_shapes import PROSE, run  # noqa: E402

HEAD = "<h1>园区举办创业沙龙</h1>"
TEXT = f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"


def _fields(page: dict) -> tuple:
    return page.get("published_at"), page.get("author"), page.get("source")


def test_a_copyright_notice_asking_for_a_quoted_source_names_none() -> None:
    """nfra's notice under the text: ``必须注明：“文章来源：X”`` asks a reprint to credit the site (a
    colon before the quote, 文章 before the label) and ``其版权属于X所有`` names the owner; neither
    is the page's source. The source line of its own under the text stays a source."""
    notice = (
        "<div>版权与免责声明</div><div>1.凡本站注明“文章类型：原创”的作品，其版权属于示例园区网站所有。"
        "其他网站转载使用时必须注明：“文章来源：示例园区网站”。</div>"
    )
    assert run(HEAD + TEXT + notice)["source"] is None
    assert run(HEAD + TEXT + "<p>文章来源：示例园区网站</p>")["source"] == "示例园区网站"


COMMENT = (
    "<ol class='comments'><li><footer><cite><span>金华</span> on <a href='#c1'><time pubdate"
    " datetime='2009-03-26T22:26:48+00:00'>March 26, 2009 at 10:26 pm</time></a>"
    " <span>{says}</span></cite></footer><div><p>文章写得很好，受益匪浅！</p></div></li></ol>"
)


def test_a_commenters_time_dates_the_comment_not_the_page() -> None:
    """A WordPress comment's ``<time pubdate>`` in the commenter's ``X on DATE said:`` line: the
    page's own date line wins, and a page showing no date of its own gets none from it."""
    line = "<p>发布时间：2020-03-09 18:14</p>"
    for says in ("said:", "说："):
        assert run(HEAD + line + TEXT + COMMENT.format(says=says))["published_at"].startswith(
            "2020-03-09"
        )
        assert run(HEAD + TEXT + COMMENT.format(says=says))["published_at"] is None
    # the same <time pubdate> in the item's own line under the headline dates the item
    own = "<p>发布于 <time pubdate datetime='2009-03-26T22:26:48+00:00'>2009-03-26</time></p>"
    assert run(HEAD + own + TEXT)["published_at"].startswith("2009-03-2")


REPLY = (
    "<div class='reply'><div><span>作者：杨柳青</span> <span>时间：2017-03-25 16:48:11</span></div>"
    "<div>谢谢楼主分享</div><div>来自 客户端 | 举报 | 61楼 | 打赏 | 回复 | 评论</div></div>"
)


def test_a_readers_reply_under_the_text_credits_nothing() -> None:
    """A forum reply under the text (天涯): the replier's ``作者：X 时间：Y`` over the reply's floor
    number and reply button is no credit and no date of the page; the same line without the
    reply's controls under it is the page's trailer."""
    assert _fields(run(HEAD + TEXT + REPLY))[:2] == (None, None)
    bare = "<div><span>作者：杨柳青</span> <span>时间：2017-03-25 16:48:11</span></div>"
    got = _fields(run(HEAD + TEXT + bare))
    assert (got[0][:10], got[1]) == ("2017-03-25", "杨柳青")
    # a floor number without a reply button (``共61楼``) is no reply's controls line
    floors = bare + "<div>谢谢楼主分享</div><div>本帖共61楼</div>"
    assert _fields(run(HEAD + TEXT + floors))[1] == "杨柳青"


CARD = (
    "<li><div class='pic'><img src='/a{n}.jpg'></div><div class='right'><h6>园区第{n}期创业沙龙圆满结束</h6>"
    "<p>本期沙龙邀请了三位投资人，与二十家初创企业面对面交流融资的经验和教训。<a href='/x{n}.html'>[详细]</a></p>"
    "<div class='timebox'><span> 2017-10-2{n} 18:50</span> <span> 作者：王五</span>"
    " <span> 来源： 示例商报 </span><i>0</i><i>10</i></div></div></li>"
)
CARDS = "<ul class='cards'>" + "".join(CARD.format(n=n) for n in (1, 2)) + "</ul>"


def test_a_cards_credit_under_its_own_headline_is_the_cards() -> None:
    """A list of cards beside or under the text with no 相关文章 over it (ev817's 最新文章 box):
    each card's ``<h6>`` headline heads its own excerpt and ``DATE 作者：X 来源：Y`` line, so the
    page gets no writer, source or date from them; its own date line stays."""
    column = f"<div class='col'>{HEAD}{TEXT}</div>"
    assert _fields(run(column + CARDS)) == (None, None, None)
    dated = f"<div class='col'>{HEAD}<p>发布时间：2024-03-04</p>{TEXT}</div>"
    assert _fields(run(dated + CARDS)) == ("2024-03-04", None, None)


def test_a_credit_line_under_the_text_is_still_the_pages() -> None:
    """Near shapes that stay: the credit line on its own under the text, and a credit line set
    as a heading (``<h5>责任编辑：X</h5>``, a label opens it: no card's headline)."""
    line = "<p>作者：王五 来源：示例商报</p>"
    assert _fields(run(HEAD + TEXT + line))[1:] == ("王五", "示例商报")
    got = run(HEAD + TEXT + "<h5>责任编辑：李四</h5>")
    assert got["editor"] == "李四"


def test_a_hot_posts_box_under_the_text_dates_nothing() -> None:
    """xinhuanet's 热帖 box under the text, each row's date on a line of its own under its
    headline: the dates are other posts'; a date on a line
    of its own under the text, with no such heading over it, is still the page's."""
    rows = "".join(
        f"<li><a href='/{n}.html'>园区第{n}期创业沙龙圆满结束</a><div>2018-03-0{n} 08:58:39</div></li>"
        for n in (2, 3)
    )
    assert run(HEAD + TEXT + f"<div><div>热帖</div><ul>{rows}</ul></div>")["published_at"] is None
    assert run(HEAD + TEXT + "<p>2018-03-02 08:58:39</p>")["published_at"].startswith("2018-03-02")
