"""Credits crossed with the markup real CMSs print, one synthetic page per combination.

tests/test_policy_people.py (policy59) lists LABELLING.md's people and source decisions shape by
shape; this generative pass (people81, after policy73's cross test of trails) takes the same
decisions and prints them every way site builders do: each credit label (作者 / 记者 / 文/ / 撰稿 /
责任编辑 / 编辑 / 责编 / 来源 / 稿源 / 信息来源 / 文章来源, traditional, colonless, padded) x each value
shape x each place on the page, and each pair of credits x each separator between them. Expected
values follow LABELLING.md's wording only (quoted beside each table); no labelled page was opened.
Combinations the policy does not decide (an outlet in the 作者 slot, a role word in the 来源 slot)
are left out.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
from test_policy_people import DATE, page

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import names  # noqa: E402

# Fields table: author = "作者, 记者, 本报记者, 实习记者, 通讯员, 文/, 撰文"; 撰稿 (corpus24's closing
# 撰稿：X); "記者︰X" (the twenty-second round's 晴報 credits); "记者 张三" needs no colon (People).
AUTHOR_LABELS = ("作者：", "作者:", "记者：", "记者 ", "本报记者 ", "文/", "文／", "撰稿：", "撰文：",
                 "記者︰", "作者丨", "作者 ", "通讯员：")  # fmt: skip
# Fields table: editor = "names after 责任编辑 / 责编 / 编辑 / 值班编辑".
EDITOR_LABELS = (
    "责任编辑：",
    "责任编辑:",
    "编辑：",
    "责编：",
    "值班编辑：",
    "編輯：",
    "責任編輯：",
)
# Fields table: source = "after 来源 / 稿源 / 信息来源 / 出处"; 文章来源 (policy59's WeChat row); 来源丨
# (policy59's bar label); ``来源 科技日报`` without a colon (misses45's meta-line rows).
SOURCE_LABELS = (
    "来源：",
    "来源:",
    "稿源：",
    "信息来源：",
    "文章来源：",
    "出处：",
    "來源：",
    "来源丨",
    "来源 ",
)

# value shape -> (printed, expected names). People: "Role words (记者, 本报记者, 实习生) are not part
# of the name"; Names (twenty-first round): "a two-character name padded with a space for layout
# (作者：方 汉) is one name"; a person's Latin handle is kept as written (labelcheck11).
PEOPLE_VALUES = {
    "one": ("张明华", "张明华"),
    "two-dun": ("张明华、王小红", "张明华 王小红"),
    "two-space": ("张明华 王小红", "张明华 王小红"),
    "two-comma": ("张明华，王小红", "张明华 王小红"),
    "latin": ("Sinan", "Sinan"),
    "dotted": ("买买提·艾力", "买买提·艾力"),
    "padded-two": ("方 汉", "方汉"),
}
AUTHOR_ONLY_VALUES = {"role": ("实习生张明华", "张明华")}
# Source: "The text after the label, as written (人民网-文化频道)"; a unit in the 来源 slot is the
# source (policy59's unit rows).
SOURCE_VALUES = {
    "outlet": ("科技日报", "科技日报"),
    "outlet-channel": ("人民网-文化频道", "人民网-文化频道"),
    "unit": ("高新区科技局", "高新区科技局"),
}


def places(label: str, value: str) -> dict[str, dict]:
    """The page parts that print ``label value`` in each place site builders use."""
    credit = label + value
    return {
        "meta-with-date": {"info": f"{DATE}　{credit}"},
        "own-line": {"under": credit},
        "span-pair": {"under": f"<span>{label}</span><span>{value}</span>"},
        "table-cells": {"under": f"<table><tr><td>{label}</td><td>{value}</td></tr></table>"},
        "dl": {"under": f"<dl><dt>{label}</dt><dd>{value}</dd></dl>"},
        "text-first-line": {"first": credit},
        "closing-bracket": {"end": f"（{credit}）"},
        "trailer": {"trailer": credit},
        "corner-bracket": {"info": f"{DATE}【{credit}】"},
        "strong-pair": {"under": f"<p><strong>{label}</strong>{value}</p>"},
        "trailer-bracketed": {"trailer": f"（{credit}）"},
    }


# Fields the colonless labels cannot be split from their value in: a cell or a <dt> holding
# "记者 " alone is the same label, so every place applies to every label.
FIELD_LABELS = (("author", AUTHOR_LABELS), ("editor", EDITOR_LABELS), ("source", SOURCE_LABELS))


def expected(field: str, want: str) -> tuple:
    """The (author, editor, source) the policy gives for one credit."""
    if field == "author":
        return names(want), set(), None
    if field == "editor":
        return set(), names(want), None
    return set(), set(), want


def single_cases() -> list:
    """Every label x value shape x place."""
    out = []
    for field, labels in FIELD_LABELS:
        if field == "source":
            values = SOURCE_VALUES
        else:
            values = PEOPLE_VALUES | (AUTHOR_ONLY_VALUES if field == "author" else {})
        for label, (vname, (value, want)) in itertools.product(labels, values.items()):
            for pname, kw in places(label, value).items():
                pid = f"{pname}-{label.strip()}-{vname}"
                out.append(pytest.param(kw, expected(field, want), id=pid))
    return out


# Separators between two credits on one line: "the text after the label" stops where the next
# label starts, whatever prints between them.
SEPARATORS = {
    "ideographic": "　　",
    "bar": " | ",
    "gun": " 丨 ",
    "slash": " / ",
    "nbsp": "&nbsp;&nbsp;",
    "span": "</span><span>",
    "span-and-gap": "　</span><span>",
    "nothing": "",
}
PAIRS = {
    "author": ("作者：", "张明华", "author"),
    "reporter": ("记者 ", "张明华", "author"),
    "editor": ("责任编辑：", "李晓", "editor"),
    "source": ("来源：", "科技日报", "source"),
    "origin": ("稿源：", "科技日报", "source"),
}


def pair_cases() -> list:
    """Every ordered pair of credits of two fields x every separator, after the date."""
    out = []
    for (n1, c1), (n2, c2) in itertools.permutations(PAIRS.items(), 2):
        if c1[2] == c2[2]:
            continue
        for sname, sep in SEPARATORS.items():
            line = f"<span>{DATE}{sep}{c1[0]}{c1[1]}{sep}{c2[0]}{c2[1]}</span>"
            want = {c1[2]: c1[1], c2[2]: c2[1]}
            exp = (names(want.get("author")), names(want.get("editor")), want.get("source"))
            pid = f"pair-{n1}-{n2}-{sname}"
            out.append(pytest.param({"info": line}, exp, id=pid))
    return out


@pytest.mark.parametrize(("kw", "want"), single_cases() + pair_cases())
def test_credit_cross(kw: dict, want: tuple) -> None:
    rec = page(**kw)
    got = (names(rec["author"]), names(rec["editor"]), rec["source"])
    assert got == want


# Neighbours of the rules gaps82 added for the rows above, where they must not fire: an acronym
# after a colonless 记者 names no one (a handle has a lower-case letter), a default account is
# no writer (labelcheck8's 作者:admin), a place or a note in a closing 作者 bracket signs no
# person, and 记者 before a verb in a sentence is no label.
NEIGHBOURS = {
    "acronym-after-reporter": ({"trailer": "记者 CCTV"}, None),
    "default-account-after-writer": ({"trailer": "作者 admin"}, None),
    "place-in-writer-bracket": ({"end": "（作者 北京）"}, None),
    "note-in-writer-bracket": ({"end": "（作者 系本报特约评论员）"}, None),
    "reporter-in-a-sentence": ({"first": "记者 走访了园区企业，看到生产线满负荷运转。"}, None),
}


@pytest.mark.parametrize(("kw", "want"), NEIGHBOURS.values(), ids=NEIGHBOURS)
def test_credit_neighbour(kw: dict, want: str | None) -> None:
    assert page(**kw)["author"] == want
