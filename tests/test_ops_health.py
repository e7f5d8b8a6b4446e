"""Health: zero articles after a redesign, field coverage below the floor, repeated failures."""

from __future__ import annotations

import json
import re

import pytest

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import run_coverage, run_field_counts
from incubator_crawler.archive.writer import ArchiveWriter, close_dead_runs
from incubator_crawler.ops.health import archive_health, site_health
from incubator_crawler.ops.schedule import cron_line, systemd_units


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "a.db")
    yield database
    database.close()


def crawl(
    db, articles, *, reason="finished", pages=10, skipped=0, article_pages=None, extra_stats=None
):
    writer = ArchiveWriter(db)
    writer.start_run("site")
    for article in articles:
        writer.add_article({"site": "site", **article})
    stats = {
        "downloader/response_count": pages,
        "incubator/article_pages": len(articles) if article_pages is None else article_pages,
        "incubator/incremental/known_skipped": skipped,
        **(extra_stats or {}),
    }
    writer.finish_run(reason, stats)
    return writer.run_id


def article(n, **fields):
    base = {
        "url": f"http://x.test/{n}",
        "title": f"标题{n}",
        "published_at": "2024-04-24",
        "editor": "编辑",
        "source": "来源",
        "body": "正文" * 40,
    }
    return {**base, **fields}


def test_healthy_site(db):
    crawl(db, [article(n) for n in range(10)])
    health = site_health(db, "site")
    assert (health.state, health.reasons) == ("healthy", [])
    assert health.coverage == {"published_at": 1.0, "editor": 1.0, "source": 1.0, "body": 1.0}


def test_redesign_that_breaks_the_listing(db):
    crawl(db, [article(n) for n in range(5)])
    crawl(db, [], skipped=5)  # unchanged site: links found, all known
    assert site_health(db, "site").state == "healthy"
    run = crawl(db, [], skipped=0)  # nothing found at all
    health = site_health(db, "site")
    assert health.state == "unhealthy"
    assert health.reasons == [f"run {run} found no article links; run 2 found 5"]


def test_redesign_that_breaks_a_field(db):
    crawl(db, [article(n) for n in range(5)])
    run = crawl(db, [article(n, editor=None) for n in range(5, 15)] + [article(15)])
    health = site_health(db, "site")
    assert health.state == "unhealthy"
    assert health.reasons == [f"editor on 9% of run {run}'s new articles (minimum 90%)"]
    # A site may lower a floor in its SITE["health"].
    assert site_health(db, "site", min_coverage={"editor": 0}).state == "healthy"


def test_a_few_articles_without_a_field_in_a_small_run_are_chance_not_a_redesign(db):
    crawl(db, [article(n) for n in range(20)])
    crawl(db, [article(n) for n in range(20, 28)] + [article(28, source=None)])  # 8 of 9: 89%
    assert site_health(db, "site").state == "healthy"
    run = crawl(db, [article(29, source=None)])  # the run's only new article lacks it: flagged
    assert site_health(db, "site").reasons == [
        f"source on 0% of run {run}'s new articles (minimum 90%)"
    ]
    # 7 of 9 (78%): a site exactly at the 90% floor gives 2 or more of 9 in 23% of its runs.
    crawl(db, [article(n) for n in range(30, 37)] + [article(n, source=None) for n in (37, 38)])
    assert site_health(db, "site").state == "healthy"
    # 7 of 12 (58%): 5 or more of 12 happen in 0.4% of a 90% site's runs.
    run = crawl(
        db, [article(n) for n in range(40, 47)] + [article(n, source=None) for n in range(47, 52)]
    )
    assert site_health(db, "site").reasons == [
        f"source on 58% of run {run}'s new articles (minimum 90%)"
    ]
    # A site that asks for 100% gets no allowance.
    crawl(db, [article(n) for n in range(60, 79)] + [article(79, source=None)])
    assert site_health(db, "site", min_coverage={"source": 1.0}).state == "unhealthy"


def test_tail_probability_of_large_runs_does_not_overflow():
    from incubator_crawler.ops.health import _tail_probability

    assert _tail_probability(0, 5000, 0.1) == 1.0
    assert _tail_probability(1, 1, 0.1) == pytest.approx(0.1)
    assert _tail_probability(2, 9, 0.1) == pytest.approx(0.2251590)
    assert _tail_probability(600, 5000, 0.1) == pytest.approx(2.4504929e-6)  # scipy binom.sf


def killed(db, articles):
    """A run that committed ``articles`` and died before recording its end, then was closed."""
    dead = ArchiveWriter(db, batch_size=1)
    run = dead.start_run("site")
    for item in articles:
        dead.add_article({"site": "site", **item})
    assert close_dead_runs(db) == [run]
    return run


def test_a_resumed_crawl_is_judged_with_the_runs_it_resumes(db):
    crawl(db, [article(n) for n in range(20)])
    first = killed(db, [article(n) for n in range(20, 30)])
    killed(db, [article(n) for n in range(30, 37)])
    # The resuming run stores only the remnant: 2 of its 3 lack a source (33%), but the
    # crawl as a whole has 18 of 20 (90%), the site's usual rate.
    run = crawl(db, [article(37)] + [article(n, source=None) for n in (38, 39)])
    health = site_health(db, "site")
    assert (health.state, health.reasons) == ("healthy", [])
    assert health.coverage["source"] == 0.9
    # A redesign still shows: a finished run, then a killed one and its resumption, none of
    # whose 6 new articles has a source (the finished run 40 is not pooled with them).
    crawl(db, [article(40)])
    first = killed(db, [article(n, source=None) for n in range(41, 45)])
    run = crawl(db, [article(n, source=None) for n in range(45, 47)])
    assert site_health(db, "site").reasons == [
        f"source on 0% of the new articles of run {run} and the interrupted run {first}"
        " it resumed (minimum 90%)"
    ]


def test_a_field_the_site_never_had_is_not_a_breakage(db):
    crawl(db, [article(n, editor=None) for n in range(5)])
    crawl(db, [article(n, editor=None) for n in range(5, 10)])
    assert site_health(db, "site").state == "healthy"


def test_missing_dates_are_always_a_breakage(db):
    run = crawl(db, [article(n, published_at=None) for n in range(5)])
    assert site_health(db, "site").reasons == [
        f"published_at on 0% of run {run}'s new articles (minimum 90%)"
    ]


def test_three_failed_runs(db):
    crawl(db, [article(1)])
    for _ in range(3):
        crawl(db, [], reason="shutdown", pages=0)
    health = site_health(db, "site")
    assert health.reasons[0] == "the last 3 runs failed (latest: shutdown)"


def test_a_run_the_archive_refused_names_the_write_error_not_the_site(db):
    # A lock held past the busy timeout stops the crawl, and the run row can still be completed
    # afterwards (a full disk cannot complete it: the row stays 'running').
    error = "cannot write the archive a.db: another process held it locked; wait, then crawl again"
    run = crawl(
        db,
        [article(1)],
        reason="archive_failed",
        pages=7,
        extra_stats={"incubator/archive/write_error": error},
    )
    assert site_health(db, "site").reasons == [
        "no run has finished yet (1 run; latest: archive_failed, 7 pages)",
        f"run {run} stopped: the archive refused its writes ({error})",
    ]


def test_a_run_that_never_recorded_its_end_is_named_in_one_line(db):
    crawl(db, [article(n) for n in range(5)])
    dead = ArchiveWriter(db, batch_size=2)
    run = dead.start_run("site")
    for n in range(5, 8):
        dead.add_article({"site": "site", **article(n)})
    dead.add_article({"site": "site", **article(0)})  # seen again, unchanged
    # 4 queued, 2 batches committed; then the process dies (or the disk fills): no finish_run
    line = (
        f"run {run} was interrupted before it recorded its end (killed, crashed or the archive"
        " refused the write), after 4 pages stored"
    )
    # While a process holds the archive (or nobody can tell), 'running' may be true.
    assert site_health(db, "site", writer_alive=True).reasons == []
    assert site_health(db, "site").reasons == []
    # Nothing holds it: the run is dead, and the next crawl will close it.
    assert site_health(db, "site", writer_alive=False).reasons == [
        line + "; the next crawl closes it"
    ]
    ArchiveWriter(db).start_run("other")  # another site's run leaves it (see close_dead_runs)
    assert close_dead_runs(db) == [run, run + 1]  # every run left running: both are dead here
    assert close_dead_runs(db) == []
    row = db.table("crawl_runs").get(run)
    assert [row[k] for k in ("finish_reason", "new", "unchanged", "article_pages")] == [
        "interrupted",
        3,
        1,
        4,
    ]
    for alive in (True, False, None):
        health = site_health(db, "site", writer_alive=alive)
        assert (health.state, health.reasons) == ("unhealthy", [line])
    crawl(db, [article(9)])  # the next run that finishes makes the site healthy again
    assert site_health(db, "site", writer_alive=False).state == "healthy"


def test_a_first_run_interrupted_says_so_once(db):
    dead = ArchiveWriter(db)
    run = dead.start_run("site")
    close_dead_runs(db)
    assert site_health(db, "site").reasons == [
        f"run {run} was interrupted before it recorded its end (killed, crashed or the archive"
        " refused the write), after 0 pages stored"
    ]


def test_never_crawled_site_is_unknown(db):
    assert [h.state for h in archive_health(db, {"other": {}})] == ["unknown"]


CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?(,\d+(-\d+)?)*)(/\d+)?$")


def test_cron_line_parses():
    line = cron_line(
        "/srv/data/archive.db", "/srv/crawler", command="/srv/venv/bin/incubator-crawler"
    )
    fields = line.split(None, 5)
    assert all(CRON_FIELD.match(f) for f in fields[:5])
    minute, hour = int(fields[0]), int(fields[1])
    assert 0 <= minute < 60
    assert 0 <= hour < 24
    assert "crawl --all --quiet --wait 3600 --db /srv/data/archive.db" in fields[5]


def test_systemd_units_have_the_essentials():
    units = systemd_units("/srv/a.db", "/srv", command="/srv/venv/bin/incubator-crawler")
    timer = units["incubator-crawler.timer"]
    assert "Persistent=true" in timer
    assert "RandomizedDelaySec=" in timer
    assert (
        "ExecStart=/srv/venv/bin/incubator-crawler crawl --all"
        in units["incubator-crawler.service"]
    )


def test_systemd_units_verify(tmp_path):
    import shutil
    import subprocess

    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed")
    exe = tmp_path / "incubator-crawler"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    for name, text in systemd_units(
        str(tmp_path / "a.db"), str(tmp_path), command=str(exe)
    ).items():
        (tmp_path / name).write_text(text)
    result = subprocess.run(
        [
            "systemd-analyze",
            "verify",
            str(tmp_path / "incubator-crawler.service"),
            str(tmp_path / "incubator-crawler.timer"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert json.dumps(result.stderr)  # output is inspectable on failure


def test_field_counts_are_exact_over_runs_taken_together(db):
    first = crawl(db, [article(n, source=None) for n in range(3)], reason="interrupted")
    second = crawl(db, [article(n, editor=None) for n in range(3, 10)])
    assert run_field_counts(db, first, second) == (
        10,
        {"published_at": 10, "editor": 3, "source": 7, "body": 10},
    )
    assert run_coverage(db, first) == {
        "published_at": 1.0,
        "editor": 1.0,
        "source": 0.0,
        "body": 1.0,
    }
    assert run_coverage(db, first, second)["editor"] == 0.3
