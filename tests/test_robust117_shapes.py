"""People and outlets of every shape, in every credit spot (robust117, issue 10).

The tool: ``benchmarks/transplant.py --names`` replaces a page's own labelled author / editor /
source value with names of other shapes and expects them; its ``trailer`` place puts a credit
after the text's last paragraph when the paragraph's box holds more. The reader: each page is a
small page of our own in the shape the names mode showed breaking; the values asserted are what a
reader takes from the page, and the near shapes beside them must stay as they are.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from lxml import etree
from page_shapes import PROSE, run

from incubator_crawler.article.people.closing import _signed_names
from incubator_crawler.article.people.credits import signature_line

ROOT = Path(__file__).resolve().parent.parent
for _name in ("variants", "transplant"):
    if _name not in sys.modules:
        _spec = importlib.util.spec_from_file_location(_name, ROOT / "benchmarks" / f"{_name}.py")
        _mod = importlib.util.module_from_spec(_spec)
        sys.modules[_name] = _mod
        _spec.loader.exec_module(_mod)
V = sys.modules["variants"]
T = sys.modules["transplant"]

P1 = "高新区今天发布了支持孵化器发展的新政策，涵盖资金和场地。"
P2 = "政策自发布之日起施行，有效期三年，由管委会负责解释。"
PAGE = f"""<html><head><meta charset="utf-8"><meta name="author" content="张三 李四">
<title>高新区发布新政策</title></head><body><h1>高新区发布新政策</h1>
<div class="info"><span>2024-03-05 10:30</span> <span>来源：高新区管委会</span>
<span>作者：张三 李四</span></div>
<div class="text"><p>{P1}</p><p>{P2}</p></div><p class="tail">（责任编辑：<a>王五</a>）</p>
</body></html>""".encode()
LABEL = {
    "id": "synthetic", "url": "http://example.invalid/a.html", "title": "高新区发布新政策",
    "published": "2024-03-05T10:30", "published_precision": "minute", "author": ["张三", "李四"],
    "editor": ["王五"], "source": "高新区管委会", "category": None, "body": [P1, P2],
}  # fmt: skip


def _renamed(field: str, new: str) -> str:
    root = V.load_tree(PAGE)
    spot = V.find_spot(root, LABEL, field)
    return T.renamed(root, LABEL, field, spot, new).decode()


# ------------------------------------------------------------------------------ the tool
def test_names_mode_replaces_the_value_and_keeps_the_label_and_its_punctuation() -> None:
    page = _renamed("author", "买买提·艾力")
    assert "<span>作者：买买提·艾力</span>" in page
    assert 'content="买买提·艾力"' in page  # the page's author meta names the new writer too
    assert "张三" not in page
    assert "李四" not in page
    page = _renamed("editor", "Tom Lee")
    assert "（责任编辑：<a>Tom Lee</a>）" in page
    page = _renamed("source", "微信公众号“星海科创”")
    assert "<span>来源：微信公众号“星海科创”</span>" in page


def test_names_mode_renames_the_label_and_skips_names_in_several_nodes() -> None:
    root = V.load_tree(PAGE.replace("高新区发布新政策".encode(), "张三 李四谈新政策".encode()))
    label = {**LABEL, "title": "张三 李四谈新政策"}
    spot = V.find_spot(root, label, "author")
    page = T.renamed(root, label, "author", spot, "司马文").decode()
    assert "<title>司马文谈新政策</title>" in page
    assert "<span>作者：司马文</span>" in page
    want = T.renamed_label(label, "author", spot, "司马文", ["司马文"])
    assert (want["title"], want["author"]) == ("司马文谈新政策", ["司马文"])
    split = PAGE.replace("作者：张三 李四".encode(), "作者：<a>张三</a> <a>李四</a>".encode())
    root = V.load_tree(split)
    assert T.renamed(root, LABEL, "author", V.find_spot(root, LABEL, "author"), "司马文") is None
    # a second credit naming one of the writers on its own: no one value to rename
    twice = PAGE.replace("（责任编辑：".encode(), "（李四 责任编辑：".encode())
    root = V.load_tree(twice)
    assert T.renamed(root, LABEL, "author", V.find_spot(root, LABEL, "author"), "司马文") is None


def test_names_mode_shapes_and_their_expected_values() -> None:
    assert set(T.shapes_for("author")) == set(T.NAME_SHAPES)
    assert "role" not in T.shapes_for("editor")
    assert ("张明 李华 实习生 王强", ["张明", "李华", "王强"]) in T.NAME_SHAPES["role"]
    # the 本站 forms name no publisher: no source is the right reading
    want = {**LABEL, "source": "本站"}
    assert T._names_outcome({"source": None}, want, "source") == "right"
    assert T._names_outcome({"source": "本站"}, want, "source") == "wrong"
    assert T._names_outcome({"source": "高新区管委会"}, want, "source") == "wrong"
    want = {**LABEL, "source": "Reuters"}
    assert T._names_outcome({"source": "Reuters"}, want, "source") == "right"
    assert T._names_outcome({"source": None}, want, "source") == "null"


def test_trailer_goes_after_the_text_end_when_its_box_holds_more() -> None:
    """A text of ``<br>`` lines in one box with a service line, prev / next links and a related
    list: the credit goes right after the last sentence, not under the list; where the last
    paragraph ends its box, after the box as before."""
    host = {"title": "新政策发布", "body": [P1, P2], "published": "2024-03-05"}
    shape = T.Shape("author", "labelled:作者", "<span>作者：周明轩</span>", ["周明轩"])
    page = (
        f"<html><body><h1>新政策发布</h1><div>2024-03-05</div><div class='c'>{P1}<br>{P2}<br>"
        "<div>客服热线：400</div><a href='/p'>上一篇：旧闻</a><ul><li>相关文章一</li></ul></div>"
        "</body></html>"
    )
    root = V.load_tree(page.encode())
    assert T.place_credit(root, host, shape, "trailer")
    [box] = root.xpath("//div[@class='c']")
    assert etree.tostring(box, encoding="unicode").startswith(
        f'<div class="c">{P1}<br/>{P2}<p><span>作者：周明轩</span></p><br/><div>客服热线'
    )
    page = (
        f"<html><body><h1>新政策发布</h1><div>2024-03-05</div><div class='c'><p>{P1}</p>"
        f"<p>{P2}</p></div><ul><li>相关文章一</li></ul></body></html>"
    )
    root = V.load_tree(page.encode())
    assert T.place_credit(root, host, shape, "trailer")
    [box] = root.xpath("//div[@class='c']")
    assert etree.tostring(box, encoding="unicode").endswith(
        f"<p>{P2}</p><p><span>作者：周明轩</span></p></div>"
    )


# ------------------------------------------------------------------------------ the reader
def test_a_name_ending_like_a_unit_signs_in_a_bracket_on_its_own_line_too() -> None:
    """``（王文科 李晓）`` closing the text: two writers run into the last sentence and on a line
    of their own alike (LABELLING.md, session 27); a unit (管委会) or a zone (高新区) in the
    bracket names no one in either place, nor do topic words."""
    for bracket, names in (
        ("（王文科 李晓）", "王文科、李晓"),
        ("（李晓 王文科）", "李晓、王文科"),
        ("（张国会 李晓）", "张国会、李晓"),
        ("（李晟 韦鑫）", "李晟、韦鑫"),
    ):
        assert signature_line(bracket) == names, bracket
        assert _signed_names("成效明显。" + bracket)[1] == names.replace("、", " "), bracket
    for bracket in ("（周明轩 管委会）", "（周明轩 高新区）", "（施工 安全）", "（摘自 人民日报）"):
        assert signature_line(bracket) is None, bracket
        assert _signed_names("成效明显。" + bracket) is None, bracket
    # a unit before one name is the writer's unit, the person signs
    assert signature_line("（宣传部 李晓）") == "李晓"


def test_a_bracket_of_two_names_ending_like_units_closing_the_text() -> None:
    for where in (f"<p>{PROSE}（王文科 李晓）</p>", f"<p>{PROSE}</p><p>（王文科 李晓）</p>"):
        out = run(f"<h1>园区召开年度工作会议</h1><div class='content'><p>{PROSE}</p>{where}</div>")
        assert out["author"] == "王文科、李晓", where
    for where in (f"<p>{PROSE}（周明轩 管委会）</p>", f"<p>{PROSE}</p><p>（周明轩 管委会）</p>"):
        out = run(f"<h1>园区召开年度工作会议</h1><div class='content'><p>{PROSE}</p>{where}</div>")
        assert out["author"] is None, where


HEAD = "<h1>园区召开年度工作会议</h1>"
TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"


def _top(line: str) -> dict:
    return run(f"{HEAD}<div class='info'>2024-03-05 {line}</div>{TEXT}")


def _first(line: str) -> dict:
    return run(
        f"{HEAD}<div class='info'>2024-03-05</div><div class='content'><p>{line}</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div>"
    )


def _end(line: str) -> dict:
    return run(f"{HEAD}<div class='info'>2024-03-05</div>{TEXT}<p>{line}</p>")


def test_a_staff_code_after_a_latin_editor_name_goes() -> None:
    """hexun's ``（责任编辑：X HN002）`` with a Latin name: the desk's code goes as after a CJK
    name; a handle's own digits glued to it stay."""
    assert _end("（责任编辑：Tom Lee HN002）")["editor"] == "Tom Lee"
    assert _end("（责任编辑：张明 HN002）")["editor"] == "张明"
    assert _end("（责任编辑：lee2024）")["editor"] == "lee2024"
    assert _end("（责任编辑：weixin_3928）")["editor"] == "weixin_3928"


def test_a_role_glued_before_a_dotted_or_latin_name_goes() -> None:
    """``特约记者阿依古丽·吐尔逊``, ``特约记者J. Smith``, ``观察者网专栏作者 Lucy Wang``: the role or the
    writer's title goes whatever script the name is in; a lab's name before a Latin name is no
    title and stays as written."""
    assert _top("作者：特约记者阿依古丽·吐尔逊")["author"] == "阿依古丽·吐尔逊"
    assert _top("作者：特约记者J. Smith")["author"] == "J. Smith"
    assert _top("作者：特约记者张明")["author"] == "张明"
    assert _top("作者：观察者网专栏作者 Lucy Wang")["author"] == "Lucy Wang"
    assert _top("作者：星海实验室 Tom Lee")["author"] == "星海实验室 Tom Lee"


def test_a_compiling_credit_after_a_latin_name_goes() -> None:
    """cjn's dateline ``（记者X 整合）`` with a Latin name or a handle: 整合 is the compiling
    credit, no part of the name."""
    for name in ("Lucy Wang", "weixin_3928", "陈智"):
        assert _first(f"长江网10月4日讯（记者{name} 整合）{PROSE}")["author"] == name


def test_spaced_names_after_a_colonless_writer_label() -> None:
    """csdn's ``作者<span>X</span>`` closing the meta line, the slot holding two names, a Latin
    name or a name, a role and a name; the old stops still end a single name."""
    assert _top("作者<span>周明轩 林晓彤</span>")["author"] == "周明轩、林晓彤"
    assert _top("作者<span>Tom Lee</span>")["author"] == "Tom Lee"
    assert _top("作者<span>周洁 实习生 邢默</span>")["author"] == "周洁、邢默"
    assert _top("作者 张三 字号：大 中 小")["author"] == "张三"
    assert _top("作者 张三&nbsp;&nbsp;0 条评论")["author"] == "张三"


def test_a_reporter_byline_line_with_a_latin_name() -> None:
    """``澎湃新闻记者 J. Smith`` and ``每经记者 Lucy Wang 每经编辑 陈旭`` opening the text: the
    reporter, and the editor the staff credit names; an outlet's English name is no reporter."""
    assert _first("澎湃新闻记者 J. Smith")["author"] == "J. Smith"
    out = _first("每经记者 Lucy Wang 每经编辑 陈旭")
    assert (out["author"], out["editor"]) == ("Lucy Wang", "陈旭")
    assert _first("记者 China Daily")["author"] is None
    assert _first("记者 The Paper")["author"] is None


def test_a_topic_word_is_no_name_in_any_credit_spot() -> None:
    """The topic and column words (words.TOPIC_WORDS, the one home) are refused in every spot a
    name is read: a labelled writer's or editor's slot, a reporter's line, ``文/``, beside the
    date, a closing bracket; a name a topic word's surname opens (安娜, 施雨) stays a name."""
    for word, want in (
        ("施工", None),
        ("安全", None),
        ("要闻", None),
        ("安娜", "安娜"),
        ("施雨", "施雨"),
    ):
        assert _top(f"作者：{word}")["author"] == want, word
        assert _first(f"本报记者 {word}")["author"] == want, word
        assert _first(f"文/{word}")["author"] == want, word
        assert _end(f"责任编辑：{word}")["editor"] == want, word
        assert _top(word)["author"] == want, word
