"""Run a spider in this process with the project's settings plus overrides (what `crawl` and `demo` use)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

#: Settings that make a crawl of a local replica fast; never used for live sites.
REPLICA_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 1,
}


@dataclass
class CrawlOutcome:
    """What a finished crawl reports back to the CLI."""

    site: str
    finish_reason: str
    run_id: int | None
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the spider finished normally (not cancelled, shut down or failed)."""
        return self.finish_reason == "finished"


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The project's Scrapy settings with command-line overrides at ``cmdline`` priority."""
    settings = Settings()
    settings.setmodule("incubator_crawler.crawl.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


#: The spider behind ``crawl --start-url`` (not a site: it takes its name from the start URL).
GENERIC_SPIDER = "generic"


def available_sites(settings: Settings | None = None) -> list[str]:
    """Names of the spiders (one per site): defined sites in `sites` order, then any others."""
    from ..sites import all_sites

    names = set(SpiderLoader.from_settings(settings or project_settings()).list())
    names.discard(GENERIC_SPIDER)
    ordered = [slug for slug in all_sites() if slug in names]
    return ordered + sorted(names - set(ordered))


class _NoTraceback(logging.Filter):
    """Drop the traceback from a record whose message already names the error."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep the record, one line."""
        record.exc_info = None
        record.exc_text = None
        return True


#: Loggers whose tracebacks say nothing the message does not (an unreachable site's
#: robots.txt logs 60 lines of Twisted frames for "connection refused").
ONE_LINE_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt",)


def run_crawls(jobs: list[tuple[str, dict[str, str]]], settings: Settings) -> list[CrawlOutcome]:
    """Crawl several sites at once in this process, into the same archive (one run row each).

    A crawl's outcome is named by its spider's name, which for the generic spider is the
    site key derived from the start URL (or given with ``crawl --name``).
    """
    for name in ONE_LINE_LOGGERS:
        logging.getLogger(name).addFilter(_NoTraceback())
    process = CrawlerProcess(settings)
    loader = process.spider_loader  # SPIDER_LOADER_CLASS: worker variants in worker mode
    crawlers = []
    for site, spider_args in jobs:
        crawler = process.create_crawler(loader.load(site))
        process.crawl(crawler, **spider_args)
        crawlers.append((site, crawler))
    process.start()
    outcomes = []
    for site, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        outcomes.append(
            CrawlOutcome(
                site=getattr(crawler.spider, "name", None) or site,
                finish_reason=str(stats.get("finish_reason", "unknown")),
                run_id=getattr(crawler.spider, "run_id", None),
                stats=stats,
            )
        )
    return outcomes
