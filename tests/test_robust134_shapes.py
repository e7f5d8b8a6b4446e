"""People left by session 28 (robust134, issue 10): names, glued labels, the blog owner's card.

Each page is a small page of our own in the shape ``benchmarks/transplant.py`` (``--names`` and
the transplants) or ``benchmarks/variants.py --values`` showed breaking; the values asserted are
what a reader takes from the page, and the near shapes beside them must stay as they are.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from page_shapes import PROSE, run

from incubator_crawler.article.people.bylines import byline_names

ROOT = Path(__file__).resolve().parent.parent
for _name in ("variants", "transplant"):
    if _name not in sys.modules:
        _spec = importlib.util.spec_from_file_location(_name, ROOT / "benchmarks" / f"{_name}.py")
        _mod = importlib.util.module_from_spec(_spec)
        sys.modules[_name] = _mod
        _spec.loader.exec_module(_mod)
V = sys.modules["variants"]
T = sys.modules["transplant"]

HEAD = "<title>星海园区举办创新沙龙活动</title>"
H1 = "<h1>星海园区举办创新沙龙活动</h1>"
LAST = "园区相关负责人表示，今后将继续定期举办此类活动，为企业搭建交流合作的平台。"


def _meta(line: str) -> dict:
    body = f'{H1}<div class="info">{line}</div><div class="text"><p>{PROSE}</p><p>{PROSE}</p></div>'
    return run(body, HEAD)


def _closing(credit: str) -> dict:
    paras = "".join(f"<p>{PROSE}</p>" for _ in range(4))
    body = (
        f'{H1}<div class="info">2022-05-09</div><div class="text">{paras}'
        f"<p>{LAST}<span>{credit}</span></p></div>"
    )
    return run(body, HEAD)


def _lede(lede: str) -> dict:
    body = (
        f'{H1}<div class="info">2022-05-09</div><div class="text"><p>{lede}</p>'
        f"<p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    return run(body, HEAD)


# ------------------------------------------------------------ a date label glued after a name
def test_a_bare_date_label_glued_to_its_date_ends_the_name_before_it() -> None:
    """sherman-hqjt's row ``编辑：X &nbsp;时间2022-05-09`` (variants' glued bare 时间): the label
    is no part of the editor's name, nor of an author's or an outlet's."""
    got = _meta("来源：星海园区<br>编辑：王珺怡 &nbsp;&nbsp;时间2022-05-09")
    assert (got["editor"], got["source"]) == ("王珺怡", "星海园区")
    assert _meta("编辑：王珺怡 时间 2022-05-09")["editor"] == "王珺怡"
    assert _meta("作者：周明轩 日期2022-05-09")["author"] == "周明轩"
    assert _meta("作者：周明轩 時間2022-05-09")["author"] == "周明轩"
    assert _meta("来源：星海园区 时间2022-05-09")["source"] == "星海园区"
    assert _meta("来源：星海园区 发布时间2022-05-09")["source"] == "星海园区"


def test_a_name_ending_in_a_date_word_glued_stays() -> None:
    """Neighbours: an outlet named with the word, glued to it (北京时间), and a word set apart
    that is no date's label keep their value."""
    assert _meta("来源：北京时间 2022-05-09")["source"] == "北京时间"
    assert _meta("来源：北京时间2022-05-09")["source"] == "北京时间"
    assert _meta("来源：新浪 时间财经")["source"] == "新浪 时间财经"
    assert _meta("作者：周明轩 时间：2022-05-09")["author"] == "周明轩"


# ------------------------------------------------- a reporter's bracket closing the text
def test_a_titled_bracket_closing_the_text_with_names_of_every_shape() -> None:
    """mhxqwer-lysc's ``…。<span>（记者 X）</span>`` under ``--names``: a dotted name, a Latin
    name, names parted by a comma, a role word between names are the writers, as the same
    bracket with a short Han name is; the credit leaves the text."""
    for credit, want in (
        ("（记者 陈俊伶）", "陈俊伶"),
        ("（记者 买买提·艾力）", "买买提·艾力"),
        ("（记者 Tom Lee）", "Tom Lee"),
        ("（本报记者 J. Smith）", "J. Smith"),
        ("（记者 段思远，郑雅琴）", "段思远、郑雅琴"),
        ("（记者 周洁 实习生 邢默）", "周洁、邢默"),
    ):
        got = _closing(credit)
        assert got["author"] == want, credit
        assert got["body"].rstrip().endswith("交流合作的平台。"), credit


def test_a_bracket_closing_the_text_that_names_no_writer_stays_text() -> None:
    """Neighbours: topic words, an office, a photo credit, no title word, an outlet's Latin
    words in the bracket give no writer."""
    for credit in (
        "（记者 施工 安全）",
        "（记者 苏州市科学技术局）",
        "（记者 星海园区 摄）",
        "（详见 Tom Lee）",
        "（记者 The Paper）",
    ):
        assert _closing(credit)["author"] is None, credit


# ------------------------------------------------------- a Latin name glued before 报道
def test_a_latin_name_glued_before_its_report_word() -> None:
    """mhxqwer-dcy's lede ``记者X报道　6月10日，…`` with a Latin name: its letters end it, no
    place can hide in it, so it is the writer (a Han run of four or more stays unread)."""
    assert _lede("记者J. Smith报道　6月10日，星海园区举办创新沙龙活动。")["author"] == "J. Smith"
    assert byline_names("记者Tom Lee报道") == "Tom Lee"
    assert byline_names("记者J. Smith北京报道") == "J. Smith"
    assert byline_names("记者梁爽报道") == "梁爽"


def test_one_latin_word_or_a_han_run_before_report_stays_unread() -> None:
    """Neighbours: one Latin word (an agency's name), an outlet's Latin words and a Han run of
    four characters (a name and an unknown place?) give no writer."""
    assert byline_names("记者 Reuters报道") is None
    assert byline_names("记者 China Daily 报道") is None
    assert byline_names("记者陈林雅婷报道") is None
    assert _lede("记者Reuters报道　6月10日，星海园区举办创新沙龙活动。")["author"] is None


# ------------------------------------------------------------------------------ the tool
def test_the_signature_goes_only_under_a_text_that_ends_in_a_sentence() -> None:
    """A name set flush right signs a text that ends in a sentence: under a table or a caption
    with no sentence mark the tool puts none (a reader does not read it as the text's)."""
    shape = T.Shape("author", "signature", '<p style="text-align:right">周明轩</p>', ["周明轩"],
                    ("trailer",))  # fmt: skip
    page = (
        "<html><body><h1>新政策发布</h1><div>2024-03-05</div><div class='c'><p>{}</p>"
        "<p>{}</p></div></body></html>"
    )
    ends = "政策自发布之日起施行，有效期三年，由管委会负责解释。"
    host = {"title": "新政策发布", "body": [PROSE, ends], "published": "2024-03-05"}
    root = V.load_tree(page.format(PROSE, ends).encode())
    assert T.place_credit(root, host, shape, "trailer")
    caption = "同学们在活动现场认真听取企业负责人的介绍"
    host = {**host, "body": [PROSE, caption]}
    root = V.load_tree(page.format(PROSE, caption).encode())
    assert not T.place_credit(root, host, shape, "trailer")
