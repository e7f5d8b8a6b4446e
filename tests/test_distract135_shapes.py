"""distract135: more furniture for benchmarks/distractors.py (boxes found by their words, pieces of
rendered real templates) and the reading faults they showed, on pages of our own."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _name in ("variants", "transplant", "distractors"):
    if _name not in sys.modules:
        _spec = importlib.util.spec_from_file_location(_name, ROOT / "benchmarks" / f"{_name}.py")
        _mod = importlib.util.module_from_spec(_spec)
        sys.modules[_name] = _mod
        _spec.loader.exec_module(_mod)
variants = sys.modules["variants"]
distractors = sys.modules["distractors"]

from page_shapes import PROSE, run  # noqa: E402

P1 = "园区举办创业沙龙，二十家初创企业的负责人围绕融资和招聘的难处交流了各自的做法。"
P2 = "管委会表示，今后每月举办一期沙龙，并为入驻企业提供免费的法律和财务咨询服务。"
DONOR_HTML = f"""<html><head><meta charset="utf-8"><title>园区举办创业沙龙</title></head><body>
<div class="top"><a href="/login">登录</a> <a href="/reg">注册</a> <a href="/tougao">我要投稿</a></div>
<div class="main">
<div class="right"><h1>园区举办创业沙龙</h1>
<p class="info">发布时间：2024-03-04 来源：园区管委会</p>
<div class="text"><p>{P1}</p><p>{P2}</p></div>
<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 【打印本页】 【关闭窗口】</div>
</div></div>
<div class="left"><div>用户名：<input name="u"></div><div>密　码：<input name="p"></div></div>
<div class="foot"><p>联系我们 电话：010-12345678 地址：示例路1号</p></div>
</body></html>""".encode()
DONOR = {
    "id": "donor", "site": "donor-site", "url": "http://donor.invalid/a.html",
    "title": "园区举办创业沙龙", "published": "2024-03-04", "source": "园区管委会",
    "author": None, "editor": None, "category": None, "body": [P1, P2],
}  # fmt: skip


def _kinds(furniture: bool) -> list[tuple[str, str]]:
    root = variants.load_tree(DONOR_HTML)
    pieces = distractors.harvest(DONOR, root, variants.extract(DONOR_HTML, DONOR), furniture)
    return [(p.kind, p.what) for p in pieces]


def test_furniture_words_find_the_boxes_a_date_or_a_label_does_not() -> None:
    """A login bar, a 用户名 / 密码 box, a 【字体：大 中 小】【打印】【关闭】 bar under the text and a
    联系我们 footer carry no date and no credit label: only the furniture words find them, and
    distract119's pieces (``furniture`` off) are none of them."""
    assert _kinds(False) == []
    assert _kinds(True) == [
        ("header", "furniture"),
        ("after", "furniture"),
        ("sidebar", "furniture"),
        ("footer", "furniture"),
    ]
    assert distractors.is_old("date+furniture")
    assert not distractors.is_old("furniture")


def test_a_templates_trail_is_the_posts_own_and_no_piece(tmp_path: Path) -> None:
    """A rendered template's 当前位置 bar (its column's levels, or a trail written into the
    template) is the post's own trail: the template source never takes it; its 上一篇 line does."""
    tm = sys.modules.get("templates")
    if tm is None:
        spec = importlib.util.spec_from_file_location(
            "templates", ROOT / "benchmarks" / "templates.py"
        )
        tm = importlib.util.module_from_spec(spec)
        sys.modules["templates"] = tm
        spec.loader.exec_module(tm)
    html = (
        "<html><head><meta charset='utf-8'><title>t</title></head><body>"
        "<div class='pos'>您现在的位置：首页 &gt; 文章列表 &gt; 详情</div>"
        f"<div class='main'><h1>{tm.TITLE}</h1><div class='text'>{tm.BODY}</div>"
        f"<div class='pn'>上一篇：{tm.PREV_TITLE} 下一篇：没有了</div></div></body></html>"
    )
    (tmp_path / "x-01-filled.html").write_text(html, encoding="utf-8")
    (tmp_path / "x-01-filled.json").write_text(json.dumps({"repo": "o/r"}), encoding="utf-8")
    page = distractors.template_pages(tmp_path)[0]
    root = variants.load_tree(page["html"])
    got = [(p.kind, p.what) for p in distractors.harvest(page, root, {}, True)]
    assert got == [("after", "furniture")]


H1 = "高新区今天发布了支持孵化器发展的新政策，涵盖资金、场地和人才三个方面的措施。"
H2 = "政策自发布之日起施行，有效期三年，由管委会负责解释，企业可以到服务大厅咨询。"
HOST_HTML = f"""<html><head><meta charset="utf-8"><title>高新区发布新政策</title></head><body>
<div class="article"><h2>高新区发布新政策</h2><div class="content"><p>{H1}</p><p>{H2}</p></div>
<p class="ed">责任编辑：周明</p></div>
</body></html>""".encode()
HOST = {
    "id": "host", "site": "host-site", "url": "http://host.invalid/b.html",
    "title": "高新区发布新政策", "published": None, "source": None, "author": None,
    "editor": ["周明"], "category": None, "body": [H1, H2],
}  # fmt: skip


def test_an_after_piece_stands_under_the_hosts_own_credit_lines() -> None:
    """A 上一篇 line or a related list stands under the text's 责任编辑 line on a real page, not
    between the text and it: the tool puts an ``after`` piece below the host's own credits."""
    root = variants.load_tree(HOST_HTML)
    piece = distractors.Piece(
        "donor", 0, "after", "furniture", "<div class='pn'>上一篇：春季招聘会开幕</div>"
    )
    tree = variants.load_tree(distractors.placed(HOST, root, piece))
    art = tree.find(".//div[@class='article']")
    assert [el.get("class") for el in art] == [None, "content", "ed", "pn"]
    # a host with no credit line under its text: right under the text, as before
    bare = HOST_HTML.replace('<p class="ed">责任编辑：周明</p>'.encode(), b"")
    tree = variants.load_tree(
        distractors.placed({**HOST, "editor": None}, variants.load_tree(bare), piece)
    )
    assert [el.get("class") for el in tree.find(".//div[@class='article']")] == [
        None,
        "content",
        "pn",
    ]


TABLE_HOST_HTML = f"""<html><head><meta charset="utf-8"><title>高新区发布新政策</title></head><body>
<table class="col"><tr><td><b>高新区发布新政策</b></td></tr><tr><td><p>{H1}</p><p>{H2}</p></td></tr>
<tr><td><table><tr><td>作者：周明</td><td>编辑：李青</td></tr></table></td></tr>
<tr><td>【关闭窗口】</td></tr></table>
</body></html>""".encode()


def test_in_a_table_column_an_after_piece_is_a_row_under_the_credits_row() -> None:
    """Where the column is a table (headline row, text row, a credits row holding a small
    table), an after piece is a row of its own under the credits row: never a cell beside the
    text's cell."""
    host = {**HOST, "author": ["周明"], "editor": ["李青"], "title": "高新区发布新政策"}
    root = variants.load_tree(TABLE_HOST_HTML)
    piece = distractors.Piece(
        "donor", 0, "after", "furniture", "<div class='pn'>上一篇：春季招聘会开幕</div>"
    )
    tree = variants.load_tree(distractors.placed(host, root, piece))
    rows = [
        variants.compact(variants.visible(tr))[:6] for tr in tree.find(".//table").findall("tr")
    ]
    assert rows[2:] == ["作者：周明编", "上一篇：春季", "【关闭窗口】"]


def test_a_box_whose_markup_dates_the_donor_is_the_donors_own() -> None:
    """A box whose JSON-LD carries the donor's own date (a template's ``datePublished``) is no
    piece; the same box without it is."""
    ld = '<script type="application/ld+json">{"datePublished": "2024-03-04T08:00:00"}</script>'
    box = "<div class='share'>分享到：微博 微信 【打印本页】</div>"
    for extra, want in ((ld, []), ("", [("after", "furniture")])):
        html = DONOR_HTML.replace(
            b'<div class="tools">', f"{box[:-6]}{extra}</div><div class='tools'>".encode()
        )
        root = variants.load_tree(html)
        got = [
            (p.kind, p.what)
            for p in distractors.harvest(DONOR, root, variants.extract(html, DONOR), True)
            if "分享到" in p.html
        ]
        assert got == want, extra


# ------------------------------------------------------------------------------ reading faults
HEAD = "<h1>园区举办创业沙龙</h1>"
TEXT = f"<div class='text'><p>{PROSE}</p><p>{PROSE}</p></div>"
ASK = (
    "<div><div>政务咨询</div><ul><li><p>请问园区的入驻手续是否还需要纸质材料？</p>"
    "<p>{label}： 2025-04-27</p><p>请问孵化补贴的申请时间是什么时候？</p></li></ul></div>"
)


def test_a_readers_message_time_under_the_text_dates_nothing() -> None:
    """nfra's 政务咨询 box under the text: a question, then ``留言时间：DATE`` (a comment's
    ``评论时间``, a reply's ``回复时间``): when a reader wrote, not when the page was published."""
    for label in ("留言时间", "评论时间", "回复时间", "咨询日期"):
        assert run(HEAD + TEXT + ASK.format(label=label))["published_at"] is None, label


def test_a_publish_or_bare_time_label_under_the_text_still_dates_the_page() -> None:
    """Negative neighbours: ``发布时间：`` and a bare ``时间：`` under the text are the page's date,
    and a 留言时间 line above the text (a message page's own header) is left to the header."""
    for label in ("发布时间", "时间"):
        got = run(HEAD + TEXT + f"<p>{label}： 2025-04-27</p>")["published_at"]
        assert got.startswith("2025-04-27"), label
    assert run(HEAD + "<p>留言时间：2025-04-27</p>" + TEXT)["published_at"].startswith("2025-04-27")


SPLIT = "<img src='/s/line.jpg' width='1' height='32'>"
SECTIONS = ("唐诗精选", "宋词精选", "古诗名篇", "名句赏析", "文言文", "辞赋", "词牌")
MAIN = f"<div class='main'>{HEAD}{TEXT}</div>"


def _image_menu(n: int, home: str = "<a href='/'>首页</a>") -> str:
    links = "".join(f"{SPLIT}<a href='/q?s={i}'>{t}</a>" for i, t in enumerate(SECTIONS[:n]))
    return f"<div class='hd'><div class='r'>{home}{links}</div></div>"


def test_a_header_menu_parted_by_split_line_images_is_no_trail() -> None:
    """A poetry site's header: 首页 and seven sections, each two parted by a split-line picture,
    every link a sibling section (a query, no folder below another): a menu, no category."""
    assert run(_image_menu(7) + MAIN)["category"] is None
    assert run(_image_menu(5) + MAIN)["category"] is None


def test_a_short_trail_parted_by_images_stays_a_trail() -> None:
    """Negative neighbours: 首页 and up to four levels parted by images are a trail, and so is a
    longer one whose links walk down the page's folders."""
    assert run(_image_menu(3) + MAIN)["category"] == "唐诗精选 > 宋词精选 > 古诗名篇"
    assert run(_image_menu(4) + MAIN)["category"] == "唐诗精选 > 宋词精选 > 古诗名篇 > 名句赏析"
    folders = ["/a/", "/a/b/", "/a/b/c/", "/a/b/c/d/", "/a/b/c/d/e/"]
    links = "".join(
        f"{SPLIT}<a href='{h}'>{t}</a>" for h, t in zip(folders, SECTIONS, strict=False)
    )
    page = run(
        f"<div><a href='/'>首页</a>{links}</div>" + MAIN,
        url="http://www.example.cn/a/b/c/d/e/1.html",
    )
    assert page["category"] == " > ".join(SECTIONS[:5])


def _dropdown(top: str, href: str) -> str:
    subs = "".join(
        f"<li><a href='http://{h}.example.cn/#tips'>{t}</a></li>"
        for t, h in (("本科生教育", "jwc2"), ("研究生教育", "grs"), ("继续教育", "jx"))
    )
    return (
        f"<ul class='nav'><li><a href='{href}'>{top}</a><ul><div><img src='/i/jx.jpg' width='315'"
        f" height='135'></div><div>{subs}</div></ul></li></ul>"
    )


def test_a_dropdown_sections_link_to_another_hosts_root_is_no_home() -> None:
    """A school's dropdown menu: 教育教学 linking to the teaching office's own host
    (``http://jwc.X.edu.cn/``), a picture, the office's links: that host's home is not this
    site's, so the menu is no trail from home."""
    assert run(_dropdown("教育教学", "http://jwc.example.cn/#tips") + MAIN)["category"] is None


def test_a_trail_from_a_home_word_or_our_own_root_stays_a_trail() -> None:
    """Negative neighbours: 首页 linking to the portal's root on another host (a department's
    subsite under its government's portal) and a section's name linking to our own root."""
    portal = f"<div><a href='http://www.example.gov.cn/'>首页</a>{SPLIT}<a href='/xw/'>新闻中心</a></div>"
    assert run(portal + MAIN)["category"] == "新闻中心"
    own = f"<div><a href='/'>示例园区</a>{SPLIT}<a href='/xw/'>新闻中心</a></div>"
    assert run(own + MAIN)["category"] == "示例园区 > 新闻中心"
