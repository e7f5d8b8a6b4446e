"""benchmarks/dump_outputs.py compare --split: test-half diffs are counted, never printed (tool70)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import dump_outputs  # noqa: E402

# Label ids of tests/real/articles: aka.org.cn is a dev site, 163.com one of split.json's
# test_sites; the magic key is the shared file of magic-090704b0cb2e (news.cn, a test site).
DEV_ID = "aka-magazine-aka2-futureofaka"
TEST_ID = "cx-2"
MAGIC_TEST = "090704b0cb2e2ae4e435507f38afe591b641a672afa133d7065f48992a444d9b"
BASE = {"author": None, "body": "正文", "editor": None, "title": "标题", "url": ""}


def _write(path: Path, rows: list[tuple[str, str, dict[str, str | None]]]) -> Path:
    """One dump line per (page, url, changed values) with made-up values."""
    lines = []
    for page, url, changed in rows:
        out = {**BASE, "url": url, **changed}
        lines.append(json.dumps({"page": page, "out": out}, ensure_ascii=False, sort_keys=True))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def dumps(tmp_path: Path) -> tuple[Path, Path]:
    """Before and after: every page but the unchanged one differs in one or two fields."""
    pages = [
        ("gold/aspnet_gbk_0", "http://news.163.com/a.html"),  # gold counts as dev, even on 163.com
        (f"real/{DEV_ID}", "https://aka.org.cn/p/1.html"),
        (f"real/{TEST_ID}", "https://www.163.com/news/1.html"),
        (f"magic/{MAGIC_TEST}", "http://www.he.news.cn/c.html"),
        ("magic/ffff0000", "http://www.example.com/1.html"),  # unlabelled; the rule: test
        ("magic/eeee0000", "http://www.example.org/1.html"),  # unlabelled; the rule: dev
        ("real/no-such-label", "https://aka.org.cn/p/2.html"),  # another branch's label
        ("fixtures/same", "http://www.example.com/2.html"),
    ]
    before = _write(tmp_path / "a.jsonl", [(p, u, {}) for p, u in pages])
    after = _write(
        tmp_path / "b.jsonl",
        [
            (pages[0][0], pages[0][1], {"title": "金标题"}),
            (pages[1][0], pages[1][1], {"author": "张三", "editor": "李四"}),
            (pages[2][0], pages[2][1], {"author": "王五"}),
            (pages[3][0], pages[3][1], {"body": "新正文", "author": "赵六"}),
            (pages[4][0], pages[4][1], {"editor": "孙七"}),
            (pages[5][0], pages[5][1], {"title": "新标题"}),
            (pages[6][0], pages[6][1], {"body": "别的正文"}),
            (pages[7][0], pages[7][1], {}),
        ],
    )
    return before, after


def test_dev_prints_dev_diffs_and_only_counts_the_test_half(dumps, capsys) -> None:
    """The default: the test pages' ids and values never appear, only a per-field count."""
    assert dump_outputs.main(["compare", *map(str, dumps)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "DIFF gold/aspnet_gbk_0: title",
        "   - 标题",
        "   + 金标题",
        f"DIFF real/{DEV_ID}: author, editor",
        "   - None",
        "   + 张三",
        "   - None",
        "   + 李四",
        "DIFF magic/eeee0000: title",
        "   - 标题",
        "   + 新标题",
        "test half: 4 pages differ, not shown (per field: author 2, body 2, editor 1)",
        "8 pages, 7 differ; files byte-identical: False",
    ]


def test_test_prints_the_test_half_and_counts_dev(dumps, capsys) -> None:
    """``--split test`` is the mirror image (for whoever may look at the test half)."""
    assert dump_outputs.main(["compare", *map(str, dumps), "--split", "test"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line for line in out if line.startswith("DIFF")] == [
        f"DIFF real/{TEST_ID}: author",
        f"DIFF magic/{MAGIC_TEST}: author, body",
        "DIFF magic/ffff0000: editor",
        "DIFF real/no-such-label: body",
    ]
    assert out[-2:] == [
        "dev half: 3 pages differ, not shown (per field: author 1, editor 1, title 2)",
        "8 pages, 7 differ; files byte-identical: False",
    ]


def test_both_prints_every_diff(dumps, capsys) -> None:
    """``--split both`` is the old behaviour: every changed page, no count line."""
    assert dump_outputs.main(["compare", *map(str, dumps), "--split", "both"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("DIFF") for line in out) == 7
    assert not any("half:" in line for line in out)


def test_identical_dumps_count_nothing(dumps, capsys) -> None:
    """Same file twice: no diff, a zero count, exit 0."""
    assert dump_outputs.main(["compare", str(dumps[0]), str(dumps[0])]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "test half: 0 pages differ, not shown",
        "8 pages, 0 differ; files byte-identical: True",
    ]
