"""Chinese search returns exactly what a LIKE '%q%' scan returns, for 1- to 6-character queries."""

import random

import pytest
from reference_search import like_search_ids

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import search
from incubator_crawler.archive.search_index import encode_text, parse_query
from incubator_crawler.archive.writer import ArchiveWriter

# A small alphabet makes many 1- and 2-character collisions, the hard case for FTS.
ALPHABET = "孵化器高新区创业园科技企业人才政策济南中国，。、“”（）AbC7 \u3000"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    rng = random.Random(20241124)
    db = open_archive(tmp_path_factory.mktemp("search") / "archive.db")
    writer = ArchiveWriter(db, batch_size=100)
    writer.start_run("synthetic")
    texts = []
    for n in range(400):
        title = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(4, 20)))
        body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(20, 300)))
        texts.append(title + "\n" + body)
        writer.add_article(
            {"url": f"http://synthetic.test/{n}", "site": "synthetic", "title": title, "body": body}
        )
    writer.finish_run("finished", {})
    yield db, texts, rng
    db.close()


@pytest.mark.parametrize("length", [1, 2, 3, 4, 6])
def test_search_equals_like_scan(corpus_db, length):
    db, texts, rng = corpus_db
    queries = set()
    for _ in range(400):  # the alphabet has fewer than 40 distinct 1-character queries
        text = rng.choice(texts).replace("\n", "")
        start = rng.randrange(0, max(1, len(text) - length))
        query = text[start : start + length]
        if len(query) == length and not any(ch.isspace() for ch in query):
            queries.add(query)
    for query in sorted(queries):
        found = {row["id"] for row in search(db, query, limit=10_000)}
        assert found == like_search_ids(db, query), query


def test_absent_and_case_insensitive_ascii(corpus_db):
    db, _, _ = corpus_db
    assert search(db, "火箭") == []
    assert {r["id"] for r in search(db, "abc", limit=10_000)} == like_search_ids(db, "abc")
    assert {r["id"] for r in search(db, "ABC", limit=10_000)} == like_search_ids(db, "abc")


def test_search_is_index_backed(corpus_db):
    db, _, _ = corpus_db
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT rowid FROM articles_search WHERE articles_search MATCH ?",
        ['"孵"'],
    ).fetchall()
    assert any("VIRTUAL TABLE INDEX" in row[-1] for row in plan), plan


def test_boolean_terms(corpus_db):
    db, _, _ = corpus_db
    both = like_search_ids(db, "孵化") & like_search_ids(db, "人才")
    assert {r["id"] for r in search(db, "孵化 人才", limit=10_000)} == both
    without = like_search_ids(db, "孵化") - like_search_ids(db, "人才")
    assert {r["id"] for r in search(db, "孵化 -人才", limit=10_000)} == without


def test_snippet_marks_the_match(tmp_path):
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db)
    writer.start_run("x")
    writer.add_article(
        {"url": "u", "site": "x", "title": "标题", "body": "前面的文字。济南高新区获评单位。"}
    )
    writer.flush()
    assert search(db, "高新区")[0]["snippet"] == "前面的文字。济南[高新区]获评单位。"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("孵化器", (["孵化器"], [])),
        ("孵化器 高新区", (["孵化器", "高新区"], [])),
        ('"济南 高新区" -政策', (["济南 高新区"], ["政策"])),
    ],
)
def test_parse_query(query, expected):
    assert parse_query(query) == expected


def test_encode_text():
    assert encode_text("Ab 孵。") == "a b x20 孵 。"


def test_title_matches_rank_first_then_newest(tmp_path):
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db)
    writer.start_run("x")
    for n, (title, body) in enumerate(
        [
            ("孵化器年报", "正文一。"),  # title match, oldest
            ("园区新闻", "本区孵化器数量增加。"),  # body match
            ("孵化器政策解读", "涉及人才。"),  # title match, but excluded below
            ("孵化器评估", "正文四。"),  # title match, newest
            ("园区快讯", "孵化器开园。"),  # body match, newest
        ]
    ):
        writer.add_article({"url": f"u{n}", "site": "x", "title": title, "body": body})
    writer.flush()
    assert [(r["rank"], r["title"]) for r in search(db, "孵化器")] == [
        (1, "孵化器评估"),
        (1, "孵化器政策解读"),
        (1, "孵化器年报"),
        (2, "园区快讯"),
        (2, "园区新闻"),
    ]
    assert [r["title"] for r in search(db, "孵化器 -人才")] == [
        "孵化器评估",
        "孵化器年报",
        "园区快讯",
        "园区新闻",
    ]
    assert [r["title"] for r in search(db, "孵化器", limit=2)] == ["孵化器评估", "孵化器政策解读"]
