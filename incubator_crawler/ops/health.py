"""Site health from the archive's own records: is each site still yielding complete articles?

A site is unhealthy when (1) its latest run found no article links where an earlier run
found some (a redesign broke the listing), (2) the share of its newest run's new articles
that have a date, an editor, a source or a body of reasonable length fell below the
threshold by more than chance explains (a redesign broke a field), or (3) its last N runs
all failed. A crawl resumed after a kill is judged with the interrupted runs it completes.

A date and a body are expected of every site. An editor and a source are checked only once
an earlier run of the site had them above the threshold: many sites never name an editor,
and that is not a breakage; losing one the site always had is. These are the
silent breakages users of other crawler projects (City Scrapers) kept reporting.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlite_utils import Database

from ..archive.db import open_archive
from ..archive.failures import ARCHIVE_FAILED
from ..archive.queries import coverage_shares, run_coverage, run_field_counts
from ..archive.writer import INTERRUPTED, RUNNING
from ..sites import all_sites
from .lock import holder_alive

#: Default minimum share of new articles that have each field (a site may lower one).
DEFAULT_MIN_COVERAGE = {"published_at": 0.9, "editor": 0.9, "source": 0.9, "body": 0.9}
#: Fields every site must have; the others are checked once the site has shown them.
ALWAYS_EXPECTED = ("published_at", "body")
#: A field below its floor is a breakage when a site exactly at the floor would miss it this
#: often in fewer than this share of runs (a one-sided binomial test).
CHANCE = 0.05
#: Failing this many runs in a row makes a site unhealthy.
DEFAULT_MAX_FAILURES = 3


@dataclass
class SiteHealth:
    """One site's state and why."""

    site: str
    state: str  # "healthy", "unhealthy" or "unknown" (never crawled)
    reasons: list[str] = field(default_factory=list)
    last_run_id: int | None = None
    last_finished_at: str | None = None
    last_finish_reason: str | None = None
    articles: int = 0
    coverage: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form with stable keys."""
        return asdict(self)


def links_found(run: dict[str, Any]) -> int:
    """Article links a run saw on listings: fetched ones plus known ones it skipped."""
    stats = json.loads(run.get("stats") or "{}")
    return int(run.get("article_pages") or 0) + int(
        stats.get("incubator/incremental/known_skipped", 0)
    )


def site_health(
    db: Database,
    site: str,
    *,
    min_coverage: dict[str, float] | None = None,
    max_failures: int = DEFAULT_MAX_FAILURES,
    writer_alive: bool | None = None,
) -> SiteHealth:
    """Judge one site from its crawl_runs and the articles they stored.

    ``writer_alive``: whether a process holds the archive's lock (None: unknown). When none
    does, a latest run still ``running`` is a dead one the next crawl will close.
    """
    thresholds = {**DEFAULT_MIN_COVERAGE, **(min_coverage or {})}
    runs = list(
        db.query("SELECT * FROM crawl_runs WHERE site = ? ORDER BY id DESC LIMIT 50", [site])
    )
    articles = db.execute("SELECT count(*) FROM articles WHERE site = ?", [site]).fetchone()[0]
    if not runs:
        return SiteHealth(site=site, state="unknown", reasons=["never crawled"], articles=articles)
    latest = runs[0]
    health = SiteHealth(
        site=site,
        state="healthy",
        last_run_id=latest["id"],
        last_finished_at=latest["finished_at"],
        last_finish_reason=latest["finish_reason"],
        articles=articles,
    )
    finished = [r for r in runs if r["finish_reason"] == "finished"]
    failures = 0
    for run in runs:
        if run["finish_reason"] == "finished" and (run["pages_fetched"] or 0) > 0:
            break
        failures += 1
    if failures >= max_failures:
        health.reasons.append(
            f"the last {failures} runs failed (latest: {latest['finish_reason']})"
        )
    elif failures == len(runs) and latest["finish_reason"] not in (RUNNING, INTERRUPTED):
        # A site that never answered (wrong URL, blocked, down) is not "ok" on its first run;
        # one whose runs fetched pages but never finished is not "never fetched" either.
        fetched = any((r["pages_fetched"] or 0) > 0 for r in runs)
        health.reasons.append(
            f"no run has {'finished' if fetched else 'fetched a page'} yet "
            f"({failures} run{'s' if failures > 1 else ''}; "
            f"latest: {latest['finish_reason']}, {latest['pages_fetched'] or 0} pages)"
        )
    dead = latest["finish_reason"] == RUNNING and writer_alive is False
    if latest["finish_reason"] == INTERRUPTED or dead:
        # Killed, crashed, or its end was refused (a full disk): the archive holds only what it
        # committed, and the next crawl reads the listings on past the known articles.
        health.reasons.append(
            f"run {latest['id']} was interrupted before it recorded its end (killed, crashed"
            f" or the archive refused the write), after {_committed(db, latest)} pages stored"
            + ("; the next crawl closes it" if dead else "")
        )
    if latest["finish_reason"] == ARCHIVE_FAILED:
        error = json.loads(latest.get("stats") or "{}").get("incubator/archive/write_error")
        health.reasons.append(
            f"run {latest['id']} stopped: the archive refused its writes"
            + (f" ({error})" if error else "")
        )
    if finished and finished[0]["id"] == latest["id"] and links_found(latest) == 0:
        earlier = next((r for r in finished[1:] if links_found(r) > 0), None)
        if earlier is not None:
            health.reasons.append(
                f"run {latest['id']} found no article links; run {earlier['id']} found {links_found(earlier)}"
            )
    with_new = [r for r in runs if (r["new"] or 0) > 0]
    if with_new:
        judged = _resumed_crawl(runs, with_new[0])
        judged_ids = [r["id"] for r in judged]
        new_articles, present = run_field_counts(db, *judged_ids)
        coverage = coverage_shares(new_articles, present) or {}
        health.coverage = coverage
        history = [run_coverage(db, r["id"]) or {} for r in with_new if r["id"] < judged_ids[-1]]
        for name, minimum in thresholds.items():
            expected = (
                name in ALWAYS_EXPECTED
                or name in (min_coverage or {})
                or any(past.get(name, 0) >= minimum for past in history)
            )
            if not expected or not new_articles or name not in present:
                continue
            # A quiet run is a small sample: a site at 94% 来源 gives 2 or more of 20 new articles
            # without it in a third of its runs. Below the floor counts only when chance at the
            # floor's rate explains it poorly, or when every new article lacks the field (the
            # mark of a redesign, even in a run with a single new article).
            share = present[name] / new_articles
            missing = new_articles - present[name]
            if share < minimum and (
                missing == new_articles
                or _tail_probability(missing, new_articles, 1 - minimum) < CHANCE
            ):
                health.reasons.append(
                    f"{name} on {share:.0%} of {_new_articles_of(judged_ids)} (minimum {minimum:.0%})"
                )
    if health.reasons:
        health.state = "unhealthy"
    return health


def _tail_probability(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p): how often chance alone gives ``k`` or more of ``n``."""
    if k <= 0:
        return 1.0
    if p <= 0:
        return 0.0
    if p >= 1:
        return 1.0
    # In log space: C(n, j) p^j (1-p)^(n-j) overflows a float for runs of thousands.
    log_p, log_q = math.log(p), math.log1p(-p)
    return min(
        1.0,
        sum(
            math.exp(
                math.lgamma(n + 1)
                - math.lgamma(j + 1)
                - math.lgamma(n - j + 1)
                + j * log_p
                + (n - j) * log_q
            )
            for j in range(k, n + 1)
        ),
    )


def _resumed_crawl(runs: list[dict[str, Any]], newest: dict[str, Any]) -> list[dict[str, Any]]:
    """``newest`` and the interrupted runs just before it, newest first: one crawl, judged whole.

    A crawl killed and resumed stores its articles across several runs, and the resuming run
    gets only the remnant: a few articles that happen to lack a source are no redesign when
    the whole crawl has them at the site's usual rate.
    """
    older = runs[runs.index(newest) + 1 :]
    judged = [newest]
    for run in older:
        if run["finish_reason"] != INTERRUPTED:
            break
        judged.append(run)
    return judged


def _new_articles_of(run_ids: list[int]) -> str:
    """'run 4's new articles', or 'the new articles of run 4 and the interrupted runs 2, 3 it resumed'."""
    if len(run_ids) == 1:
        return f"run {run_ids[0]}'s new articles"
    earlier = ", ".join(str(i) for i in sorted(run_ids[1:]))
    plural = "s" if len(run_ids) > 2 else ""
    return (
        f"the new articles of run {run_ids[0]} and the interrupted run{plural} {earlier} it resumed"
    )


def _committed(db: Database, run: dict[str, Any]) -> int:
    """Article pages a run committed: its row's count once closed, else counted from the archive."""
    if run["finish_reason"] == INTERRUPTED:
        return int(run["article_pages"] or 0)
    return sum(
        db.execute(sql, [run["id"]]).fetchone()[0]
        for sql in (
            "SELECT count(*) FROM articles WHERE last_run_id = ?",
            "SELECT count(*) FROM rejects WHERE run_id = ?",
        )
    )


def archive_health(
    db: Database,
    sites: dict[str, dict[str, Any]] | None = None,
    *,
    writer_alive: bool | None = None,
) -> list[SiteHealth]:
    """Health of every site that has runs, plus the given ``sites`` (name -> health config)."""
    sites = dict(sites or {})
    for row in db.execute("SELECT DISTINCT site FROM crawl_runs ORDER BY site"):
        sites.setdefault(row[0], {})
    return [
        site_health(
            db,
            name,
            min_coverage=config.get("min_coverage"),
            max_failures=config.get("max_failures", DEFAULT_MAX_FAILURES),
            writer_alive=writer_alive,
        )
        for name, config in sorted(sites.items())
    ]


def site_health_configs() -> dict[str, dict]:
    """Health settings of every known site (its SITE['health'] entry, if any)."""
    return {slug: dict(site.get("health") or {}) for slug, site in all_sites().items()}


def unhealthy_sites(db_path: str, sites: list[str]) -> list[str]:
    """``site: reason; reason`` for each of ``sites`` that is now unhealthy."""
    configs = site_health_configs()
    db = open_archive(db_path, create=False)
    try:
        report = archive_health(
            db,
            {name: configs.get(name, {}) for name in sites},
            writer_alive=holder_alive(db_path),
        )
    finally:
        db.close()
    return [
        f"{h.site}: {'; '.join(h.reasons)}"
        for h in report
        if h.site in sites and h.state == "unhealthy"
    ]
