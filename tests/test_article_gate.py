"""Gated patterns (article/gate.py) find exactly what the plain patterns find."""

from __future__ import annotations

import random
import re
import string

import pytest

from incubator_crawler.article import gate as gate_module
from incubator_crawler.article import labels
from incubator_crawler.article.body import clean as body
from incubator_crawler.article.gate import (
    EachGatedPattern,
    GatedPattern,
    RememberingGatedPattern,
    first_char_class,
    first_chars_of_any,
    gated,
)


def test_first_char_class_skips_lookarounds_and_optional_parts():
    gate = first_char_class(re.compile(r"(?=a|c|d)(?:ab|c?d)\s*x"))
    assert gate is not None
    assert gate.pattern == "[acd]"
    assert gate.flags & re.IGNORECASE == 0


def test_first_char_class_checks_an_opening_one_character_lookbehind_after_its_character():
    gate = first_char_class(re.compile(r"(?<!\d)(?:19|20)\d\d"))
    assert gate is not None
    assert gate.pattern == r"[12](?<![\d](?s:.))"
    # the "1" after "0" cannot start a match: the gate goes on to the year after the space
    assert gate.search("x3019 2019").start() == 6
    assert gate.search("2019").start() == 0


def test_first_char_class_lists_the_cases_of_a_case_insensitive_part():
    gate = first_char_class(re.compile(r"年|(?i:jan|sep)"))
    assert gate is not None
    assert gate.flags & re.IGNORECASE == 0  # a case-insensitive class lowercases every character
    assert gate.pattern == "[JSjs\u017f年]"
    assert gate.search("SEP") is not None
    assert gate.search("ſep") is not None


def test_first_char_class_leaves_a_case_insensitive_non_ascii_letter_unread():
    assert first_char_class(re.compile(r"(?i:é)x")) is None


def test_first_chars_of_any_is_one_class_for_several_patterns():
    gate = first_chars_of_any(re.compile(r"^(?:ab|c?d)"), re.compile(r"(?<!\d)(?i:x)[0-9]"))
    assert gate is not None
    assert gate.pattern == "[Xacdx]"  # lookbehinds are left to the patterns
    assert first_chars_of_any(re.compile("ab"), re.compile(r"(?i:é)x")) is None
    assert first_chars_of_any(re.compile("ab"), re.compile("x*")) is None  # needs no character


def test_boilerplate_line_start_gate_lets_through_what_its_patterns_can_open_with():
    rng = random.Random(11)
    # each pattern's own lines pass the gate; a line the gate stops no pattern matches
    lines = ["字体:大中小", "上一篇:x", "相关新闻", "点击数:12", "立即下载新闻APP", "作者:张三",
             "声明:本文仅供参考", "[免责声明]本文仅供参考", "特别声明:x仅代表作者", "2024年1月2日编辑:x", "PublishTime:x来源:y"]  # fmt: skip
    lines += [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 12))) for _ in range(4000)
    ]
    for line in lines:
        if body._LINE_START_CHARS.match(line) is None:
            assert body._starts_as_boilerplate(line) is False, line
    assert [body._starts_as_boilerplate(line) for line in lines[:11]] == [True] * 11
    assert body._LINE_START_CHARS.match("在园区") is None


def test_ascii_case_extras_are_all_that_ignorecase_matches_to_an_ascii_letter():
    every = "".join(map(chr, range(0x110000)))
    extras: dict[str, str] = {}
    for ch in re.findall("[a-z]", every, re.IGNORECASE):
        if not ch.isascii():
            for letter in string.ascii_lowercase:
                if re.fullmatch(letter, ch, re.IGNORECASE):
                    extras[letter] = extras.get(letter, "") + ch
    assert extras == gate_module._ASCII_CASE_EXTRAS


@pytest.mark.parametrize("pattern", [r"a*", r".b", r"[^a]b", r"(a)?\1", r"(?:x|)"])
def test_unreadable_or_nullable_patterns_are_left_as_they_are(pattern):
    compiled = re.compile(pattern)
    assert first_char_class(compiled) is None
    assert gated(compiled) is compiled


def test_gated_pattern_passes_the_rest_through():
    plain = re.compile(r"(?<!\d)(?P<y>\d{4})年")
    g = gated(plain)
    assert isinstance(g, GatedPattern)
    assert g.pattern == plain.pattern
    assert g.groupindex == {"y": 1}
    assert g.match("2024年").group("y") == "2024"
    assert g.sub("#", "x 2024年 y") == "x # y"
    assert g.search("12024年") is None
    assert g.search("民国 2024年", 3).span() == (3, 8)
    assert list(g.finditer("无")) == []


def test_each_gated_pattern_tries_each_gate_character_with_the_text_before_it():
    plain = re.compile(r"(?<![a-z])(?:ab|ac)\d")
    g = gated(plain, each=True)
    assert isinstance(g, EachGatedPattern)
    # the first "a" is no start (no digit after "ab"), the second follows a letter, the third counts
    text = "ab- xac1 -ac2 ab3"
    assert g.search(text).span() == (10, 13)
    assert [m.group() for m in g.finditer(text)] == ["ac2", "ab3"]
    assert g.search(text, 11).span() == (14, 17)
    assert g.search(text, 0, 12) is None  # endpos bounds the match as it does the pattern's
    assert g.match("ab3").group() == "ab3"


def test_remembering_pattern_answers_a_repeated_search_from_memory():
    plain = re.compile(r"(?<![a-z])(?:ab|ac)\d")
    g = gated(plain, each=True, remember=4)
    assert isinstance(g, RememberingGatedPattern)
    tries: list[int] = []
    match = g._match
    g._match = lambda text, pos, endpos: tries.append(pos) or match(text, pos, endpos)
    text = "ab- xac1 -ac2 ab3"
    assert g.search(text).span() == (10, 13)
    assert tries == [0, 10]
    assert g.search(text).span() == (10, 13)
    assert tries == [0, 10]  # the same question: answered from memory
    assert g.search(text, 11).span() == (14, 17)  # another start: searched
    assert tries == [0, 10, 14]
    assert [m.group() for m in g.finditer(text)] == ["ac2", "ab3"]
    assert g.search("xyz") is None
    assert g.match("ab3").group() == "ab3"


def test_date_re_remembers_and_answers_as_the_plain_pattern_does():
    raw = labels.DATE_RE._pattern
    assert isinstance(labels.DATE_RE, RememberingGatedPattern)
    rng = random.Random(8)
    texts = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(600)]
    for text in texts + texts[::-1]:  # the second time round, many from memory
        for pos in (0, 3):
            a, b = raw.search(text, pos), labels.DATE_RE.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text


_ALPHABET = (
    "0123456789 :：/|丨【[年月日时分秒〇零一二三四五六七八九十民國国发布日期时间来源编辑责任作者记者"
    "文图摄点击浏览阅读次版权所有公网安备ICPcopyright©.。…⋯-JanMayDec,于posted@"
)


def _spans(found):
    return [(m.span(), m.groups()) for m in found] if isinstance(found, list) else found


@pytest.mark.parametrize(
    "plain",
    [
        labels.DATE_RE,
        labels.LABEL_RE,
        labels.STOP_RE,
        body.BOILERPLATE_FOOTER,
        body.TRAILING_ELLIPSIS,
    ],
    ids=["DATE_RE", "LABEL_RE", "STOP_RE", "BOILERPLATE_FOOTER", "TRAILING_ELLIPSIS"],
)
@pytest.mark.parametrize("kind", [GatedPattern, EachGatedPattern])
def test_gated_field_patterns_match_as_the_plain_ones_do(plain, kind):
    # the module-level names are gated; their plain pattern is what the gate wraps
    raw = plain._pattern if isinstance(plain, GatedPattern) else plain
    g = kind(raw, first_char_class(raw))
    rng = random.Random(14)
    texts = [
        "",
        "发布日期：2024-01-02 10:00 来源：新华网",
        "版權所有 ©2024",
        "……",
        "二〇二四年三月五日",
    ]
    texts += [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(4000)
    ]
    for text in texts:
        for pos in (0, 1, 5):
            a, b = raw.search(text, pos), g.search(text, pos)
            end = len(text) - 3
            c, d = raw.search(text, pos, end), g.search(text, pos, end)
            assert (c and (c.span(), c.groups())) == (d and (d.span(), d.groups())), text
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
            assert _spans(list(raw.finditer(text, pos))) == _spans(list(g.finditer(text, pos))), (
                text
            )


@pytest.mark.parametrize(
    "plain",
    [
        re.compile(r"(?<![a-z])(?i:sk|in)\d"),
        re.compile(r"(?<!\d)(?:[a-c]x|é|\d年)", re.IGNORECASE),
        re.compile(r"(?<![ka])(?:K|(?i:k))[sS]"),
    ],
    ids=["lookbehind-and-ignorecase-part", "ignorecase-pattern", "mixed-cases"],
)
def test_derived_gates_keep_matches_of_case_insensitive_and_lookbehind_patterns(plain):
    gate = first_char_class(plain)
    rng = random.Random(7)
    alphabet = "abcxkKsSiInN\u0130\u0131\u212a\u017f\u00e9\u00c9年19 \n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for kind in (GatedPattern, EachGatedPattern):
        g = plain if gate is None else kind(plain, gate)
        for text in texts:
            for pos in (0, 2):
                a, b = plain.search(text, pos), g.search(text, pos)
                assert (a and a.span()) == (b and b.span()), (plain.pattern, text, pos)


@pytest.mark.parametrize(
    "plain",
    [
        re.compile(r"(\s+-{1,2}\s+|\s*_\s*|\s*[|｜│]\s*|(?<=[^\x00-\x7f])::(?=[^\x00-\x7f]))"),
        re.compile(r"\s*(?:--|(?<![a-z])-|-(?![a-z])|_|\|)\s*"),
        re.compile(r"(a)|(b)(x)?"),
    ],
    ids=["groups-and-lookbehind", "no-groups", "groups-not-taking-part"],
)
def test_gated_split_parts_as_re_split(plain):
    rng = random.Random(20)
    alphabet = "ab-x_| :：标题网\n"
    texts = ["", "::", "标题::网", "a-b", " - "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    for kind in (GatedPattern, EachGatedPattern):
        g = kind(plain, first_char_class(plain))
        for text in texts:
            assert gate_module.split(g, text) == plain.split(text), (plain.pattern, text)


def test_gated_split_of_a_plain_pattern_is_re_split():
    nullable = re.compile(r"x*")
    assert gated(nullable) is nullable
    assert gate_module.split(nullable, "axxb") == nullable.split("axxb") == ["", "a", "", "b", ""]


def test_title_patterns_are_split_at_their_gates():
    from incubator_crawler.article import page

    assert isinstance(page._TITLE_SPLIT_EACH, EachGatedPattern)
    assert isinstance(page._TITLE_SEG_EACH, EachGatedPattern)
    assert page.title_parts("标题 - 中国孵化器网_新闻") == (
        "标题",
        " - ",
        "中国孵化器网",
        "_",
        "新闻",
    )
    assert page.title_segments("GPT-4-turbo 发布 - 某某网") == ("GPT-4-turbo 发布", "某某网")


def test_without_controls_gives_what_the_plain_subs_give():
    # the sub runs only where a control's word is found (labels._CONTROL_WORD_RE): every
    # CONTROL_RE match holds one, so skipping the others changes nothing
    assert isinstance(labels._CONTROL_WORD_RE, GatedPattern)

    def plain(norm, m):
        before, after = norm[: m.start()], norm[m.end() :]
        return labels.CONTROL_RE.sub(" ", before) + m.group(0) + labels.CONTROL_RE.sub(" ", after)

    rng = random.Random(22)
    words = [
        " ", "  ", "|", "丨", "/", "【", "[", "12", "3", "次", "人", "浏览", "阅读", "点击", "看过",
        "分享", "打印", "A+", "收藏", "98", "w", "X", "于", "发布", "查看原文", "扫一扫", "作者",
    ]  # fmt: skip
    texts = ["X 于 2024-05-06 15:47 发布 阅读量1.3w 收藏", "浏览次数：12 2024-05-06 | 打印"]
    texts += [
        "".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        + " 2024-05-06 "
        + "".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        for _ in range(3000)
    ]
    changed = 0
    for text in texts:
        m = re.search(r"2024-05-06", text)
        assert labels.without_controls(text, m) == plain(text, m), text
        changed += plain(text, m) != text
    assert changed > 500  # the texts hold controls often enough to test the sub's path


def test_person_icon_test_is_unchanged_by_its_word_check():
    from lxml import etree

    from incubator_crawler.article import meta_marks

    def plain(el):  # the test before its word check (perf22)
        if el.tag not in meta_marks._ICON_TAGS:
            return False
        if el.tag in ("span", "em", "i") and (el.text or "").strip():
            return False
        for token in meta_marks._icon_mark(el).lower().split():
            parts = set(meta_marks._PART_SPLIT_RE.split(token))
            if parts & meta_marks._PERSON_PARTS and not parts & meta_marks._CONTROL_PARTS:
                return True
        return False

    marks = [
        "fa fa-user", "fa-users", "fa-user-plus", "icon wb-user", "usercenter", "icon-zuozhe",
        "bi-person", "layui-icon-username", "el-icon-User", "glyphicon glyphicon-user", "",
        "icon-author-lock", "yonghu_icon", "personal", "fa-user-circle", "iconfont icon-time",
    ]  # fmt: skip
    html = "".join(f'<i class="{c}"></i><span class="{c}"></span>' for c in marks)
    html += '<img src="/img/author.png"><img src="a/user.gif"><img src="users.png"><em>王</em>'
    root = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser())
    els = list(root.iter("i", "span", "img", "em"))
    got = [meta_marks._is_person_icon(el) for el in els]
    assert got == [plain(el) for el in els]
    assert sum(got) == 20
