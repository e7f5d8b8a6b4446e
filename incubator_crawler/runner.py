"""Run a spider in this process with the project's settings plus overrides (what `crawl` and `demo` use)."""

from __future__ import annotations

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
    settings.setmodule("incubator_crawler.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def available_sites(settings: Settings | None = None) -> list[str]:
    """Names of the spiders (one per site)."""
    return sorted(SpiderLoader.from_settings(settings or project_settings()).list())


def run_crawl(site: str, settings: Settings, spider_args: dict[str, str]) -> CrawlOutcome:
    """Crawl ``site`` to completion (blocking; once per process, as Twisted's reactor allows)."""
    process = CrawlerProcess(settings)
    spider_cls = SpiderLoader.from_settings(settings).load(site)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, **spider_args)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return CrawlOutcome(
        site=site,
        finish_reason=str(stats.get("finish_reason", "unknown")),
        run_id=getattr(crawler.spider, "run_id", None),
        stats=stats,
    )
