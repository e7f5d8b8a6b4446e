"""Reprints: near-identical bodies on different sites are linked with duplicate_of; others are not."""

from __future__ import annotations

import random

import pytest

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import search
from incubator_crawler.archive.reprints import backfill, fingerprint, jaccard, shingles
from incubator_crawler.archive.writer import ArchiveWriter

WORDS = (
    "孵化器 高新区 众创空间 科技企业 人才 政策 补贴 园区 创业 投资 基金 项目 专利 成果 转化 "
    "产业 集群 服务 平台 载体 双创 示范 基地 申报 认定 评价 考核 运营 导师 路演"
).split()


def story(rng: random.Random, sentences: int = 12) -> str:
    return "".join(
        "".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12))) + "。"
        for _ in range(sentences)
    )


def reprint_of(text: str, rng: random.Random) -> str:
    """What a portal does when it republishes: a lead line, a few characters edited, a tail."""
    chars = list(text)
    for _ in range(4):
        chars[rng.randrange(len(chars))] = rng.choice("的了和在")
    return "（转自济南高新区管委会）" + "".join(chars) + "\n\n责任编辑：王芳"


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "a.db")
    yield database
    database.close()


def add(writer, n, site, body, date, source=None):
    writer.add_article(
        {
            "url": f"http://{site}.test/{n}",
            "site": site,
            "title": f"标题{n}",
            "body": body,
            "published_at": date,
            "source": source,
        }
    )


def test_near_identical_pairs_across_sites_are_linked(db):
    rng = random.Random(5)
    writer = ArchiveWriter(db, batch_size=7)
    writer.start_run("x")
    originals = [story(rng) for _ in range(20)]
    for n, text in enumerate(originals):
        add(writer, n, "cnfuhuaqi", text, f"2024-03-{n + 1:02d}")
    for n, text in enumerate(originals[:10]):  # reprints, published later on other sites
        add(
            writer,
            n,
            "wehdz" if n % 2 else "zgc",
            reprint_of(text, rng),
            f"2024-04-{n + 1:02d}",
            "中国孵化器网",
        )
    add(writer, 99, "zgc", story(rng), "2024-05-01")  # same vocabulary, different story
    writer.finish_run("finished", {})
    ids = {row["url"]: row["id"] for row in db.query("SELECT id, url FROM articles")}
    links = {
        row["url"]: row["duplicate_of"]
        for row in db.query("SELECT url, duplicate_of FROM articles")
    }
    for n in range(10):
        site = "wehdz" if n % 2 else "zgc"
        assert links[f"http://{site}.test/{n}"] == ids[f"http://cnfuhuaqi.test/{n}"], n
    assert all(links[f"http://cnfuhuaqi.test/{n}"] is None for n in range(20))
    assert links["http://zgc.test/99"] is None
    assert (
        db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0] == 21
    )
    # search shows the link and can fold reprints
    first = originals[0][:6]
    rows = search(db, first, limit=50)
    assert {r["duplicate_of"] for r in rows} == {None, ids["http://cnfuhuaqi.test/0"]}
    assert [r["duplicate_of"] for r in search(db, first, limit=50, unique=True)] == [None]


def test_earlier_reprint_stored_later_becomes_the_original(db):
    rng = random.Random(9)
    text = story(rng)
    writer = ArchiveWriter(db)
    writer.start_run("x")
    add(writer, 1, "wehdz", reprint_of(text, rng), "2024-04-02")
    writer.flush()
    add(writer, 2, "cnfuhuaqi", text, "2024-04-01")
    writer.finish_run("finished", {})
    rows = {r["site"]: r for r in db.query("SELECT id, site, duplicate_of FROM articles")}
    assert rows["cnfuhuaqi"]["duplicate_of"] is None
    assert rows["wehdz"]["duplicate_of"] == rows["cnfuhuaqi"]["id"]


def test_backfill_on_an_archive_without_fingerprints(db):
    rng = random.Random(11)
    writer = ArchiveWriter(db)
    writer.start_run("x")
    text = story(rng)
    add(writer, 1, "a", text, "2024-01-01")
    add(writer, 2, "b", reprint_of(text, rng), "2024-01-02")
    add(writer, 3, "c", "详见附件。", "2024-01-03")  # too short to compare
    writer.finish_run("finished", {})
    db.execute("DELETE FROM reprint_bands")
    db.execute("UPDATE articles SET fingerprint = NULL, duplicate_of = NULL")
    result = backfill(db)
    assert result == {"fingerprinted": 3, "reprints": 1}
    assert backfill(db) == {"fingerprinted": 0, "reprints": 1}
    assert backfill(db, rebuild=True)["reprints"] == 1
    assert db.execute("SELECT fingerprint FROM articles WHERE site = 'c'").fetchone()[0] == b""


def test_shingles_ignore_punctuation_and_space():
    assert shingles("孵化 器，高新区") == shingles("孵化器高新区。")
    assert jaccard(shingles("孵化器高新区"), shingles("孵化器高新区")) == 1.0
    assert fingerprint("短") == b""


def test_signature_estimate_prefilters_candidates():
    from incubator_crawler.archive.reprints import ESTIMATE_FLOOR, estimated_jaccard, fingerprint

    story = (
        "济南高新区近日召开孵化载体高质量发展推进会，部署下一阶段重点任务。会议指出，"
        "要提升专业化服务能力，完善投融资体系，推动在孵企业加快成长。"
    )
    other = (
        "杭州未来科技城举办创新创业大赛决赛，二十个项目进入路演环节并获得投资意向。"
        "评审专家认为，参赛项目技术含量高，产业化前景广阔。"
    )
    assert estimated_jaccard(fingerprint(story), fingerprint(story)) == 1.0
    assert estimated_jaccard(fingerprint(story), fingerprint(other)) < ESTIMATE_FLOOR
    assert estimated_jaccard(b"", fingerprint(story)) == 0.0


def _crawl_with_many_updates(path, batch_size: int) -> dict:
    """Two runs: 24 articles, then one batch of 12 updated (bodies now reprints) and 4 new ones.

    Returns the archive's links, versions, bands and search hits, by URL.
    """
    rng = random.Random(23)
    db = open_archive(path)
    texts = [story(rng) for _ in range(12)]
    writer = ArchiveWriter(db, batch_size=50)
    writer.start_run("x")
    for n, text in enumerate(texts):
        add(writer, n, "a", text, f"2024-03-{n + 1:02d}")
        add(writer, n, "b", story(rng), f"2024-02-{n + 1:02d}")
    writer.finish_run("finished", {})
    writer = ArchiveWriter(db, batch_size=batch_size)
    writer.start_run("x")
    for n, text in enumerate(texts):
        if n % 3 == 0:  # a new, earlier reprint: the story's new original
            add(writer, n, "c", reprint_of(text, rng), f"2024-01-{n + 1:02d}")
        add(writer, n, "b", reprint_of(text, rng), f"2024-02-{n + 1:02d}")  # now a reprint
        if n % 3 == 1:  # the original leaves its story
            add(writer, n, "a", story(rng), f"2024-03-{n + 1:02d}")
    writer.finish_run("finished", {})
    url = dict(db.execute("SELECT id, url FROM articles"))
    result = {
        "links": {
            url[i]: url.get(d) for i, d in db.execute("SELECT id, duplicate_of FROM articles")
        },
        "articles": list(db.execute("SELECT id, url, version, content_hash FROM articles")),
        "versions": list(
            db.execute(
                "SELECT article_id, version, content_hash, replaced_by_run_id"
                " FROM article_versions ORDER BY id"
            )
        ),
        "bands": sorted(db.execute("SELECT key, article_id FROM reprint_bands")),
        "search": {
            term: sorted(r["url"] for r in search(db, term, limit=100))
            for term in (texts[0][:8], texts[1][:8], texts[4][:8])
        },
    }
    db.close()
    return result


def test_a_batch_of_updates_links_reprints_as_one_by_one(tmp_path):
    """The crawl writer versions a batch's updated articles together: same links, same rows."""
    batched = _crawl_with_many_updates(tmp_path / "batched.db", batch_size=100)
    one_by_one = _crawl_with_many_updates(tmp_path / "one.db", batch_size=1)
    assert batched == one_by_one
    links = batched["links"]
    # stories 0, 3, 6, 9: the new, earliest reprint on c is the original of all three
    for n in (0, 3, 6, 9):
        c = f"http://c.test/{n}"
        assert (links[c], links[f"http://a.test/{n}"], links[f"http://b.test/{n}"]) == (None, c, c)
    # stories 1, 4, 7, 10: a left the story, so b is alone (and a's new body too)
    for n in (1, 4, 7, 10):
        assert (links[f"http://a.test/{n}"], links[f"http://b.test/{n}"]) == (None, None)
    # the others: b, published earlier than a, is now the original
    for n in (2, 5, 8, 11):
        assert (links[f"http://a.test/{n}"], links[f"http://b.test/{n}"]) == (
            f"http://b.test/{n}",
            None,
        )
    assert len(batched["versions"]) == 16  # 12 b's and 4 a's, each at version 1 -> 2
    assert {v[1] for v in batched["versions"]} == {1}
    assert batched["search"][list(batched["search"])[1]] == ["http://b.test/1"]
