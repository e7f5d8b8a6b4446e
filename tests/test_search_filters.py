"""Search with --site/--source/--category/--since equals a LIKE scan with the same filters (1-6 chars)."""

import random

import pytest
from reference_search import like_search_ids

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import iter_articles, search
from incubator_crawler.archive.writer import ArchiveWriter

ALPHABET = "孵化器高新区创业园科技企业人才政策济南中国，。、AbC7 "
SITES = ["cnfuhuaqi", "wehdz", "zgc"]
SOURCES = ["济南高新区", "科技日报", None]
CATEGORIES = ["新闻动态 > 园区动态", "新闻动态", "政策法规 > 国家政策", None]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    rng = random.Random(6)
    db = open_archive(tmp_path_factory.mktemp("filters") / "archive.db")
    writer = ArchiveWriter(db, batch_size=200)
    writer.start_run("synthetic")
    meta = {}
    for n in range(300):
        title = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(4, 16)))
        body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(10, 120)))
        row = {
            "url": f"http://synthetic.test/{n}",
            "site": rng.choice(SITES),
            "source": rng.choice(SOURCES),
            "category": rng.choice(CATEGORIES),
            "published_at": f"202{rng.randint(2, 4)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "title": title,
            "body": body,
        }
        writer.add_article(row)
        meta[row["url"]] = row
    writer.finish_run("finished", {})
    ids = {row["url"]: row["id"] for row in db.query("SELECT id, url FROM articles")}
    meta = {ids[url]: row for url, row in meta.items()}
    yield db, meta, rng
    db.close()


def _keep(row, site=None, source=None, category=None, since=None):
    if site and row["site"] != site:
        return False
    if source and row["source"] != source:
        return False
    if category and not (
        row["category"] == category or (row["category"] or "").startswith(category + " > ")
    ):
        return False
    return not (since and row["published_at"] < since)


FILTERS = [
    {"site": "wehdz"},
    {"source": "济南高新区"},
    {"category": "新闻动态"},
    {"category": "政策法规 > 国家政策", "site": "zgc"},
    {"since": "2023-05-01", "source": "科技日报"},
]


@pytest.mark.parametrize("length", [1, 2, 3, 4, 5, 6])
def test_filtered_search_equals_filtered_like(corpus, length):
    db, meta, rng = corpus
    texts = [row["title"] + row["body"] for row in meta.values()]
    queries = set()
    while len(queries) < 12:
        text = rng.choice(texts)
        start = rng.randrange(0, max(1, len(text) - length))
        query = text[start : start + length]
        if len(query) == length and " " not in query:
            queries.add(query)
    for query in sorted(queries):
        like = like_search_ids(db, query)
        for filters in FILTERS:
            found = {row["id"] for row in search(db, query, limit=100_000, **filters)}
            expected = {i for i in like if _keep(meta[i], **filters)}
            assert found == expected, (query, filters)
            exported = {row["id"] for row in iter_articles(db, query=query, **filters)}
            assert exported == expected, (query, filters)


def test_search_results_carry_duplicate_of(corpus):
    db, _, _ = corpus
    rows = search(db, "孵", limit=5)
    assert rows
    assert all("duplicate_of" in row for row in rows)
