"""Run a spider in this process with the project's settings plus overrides (what `crawl` and `demo` use)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from . import signals as project_signals
from .logjson import install_json_logging
from .pool import workers_setting

#: Settings that make a crawl of a local replica fast; never used for live sites.
REPLICA_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 1,
}


class CrawlRequestError(ValueError):
    """A crawl that cannot be started as asked (options, a setting's value, a URL): one line."""


@dataclass
class CrawlOutcome:
    """What a finished crawl reports back to the CLI."""

    site: str
    finish_reason: str
    run_id: int | None
    stats: dict[str, Any] = field(default_factory=dict)
    #: Pages the archive refused (their batch failed), in the order they failed.
    lost_urls: list[str] = field(default_factory=list)
    #: The first failed archive write: one line, cause and what to do.
    write_error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the spider finished normally (not cancelled, shut down or failed)."""
        return self.finish_reason == "finished" and self.write_error is None


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The project's Scrapy settings with command-line overrides at ``cmdline`` priority."""
    settings = Settings()
    settings.setmodule("incubator_crawler.crawl.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


#: Examples for settings whose default makes a poor one.
SETTING_EXAMPLES = {
    "INCUBATOR_SITE_BASE_URLS": '{"cnfuhuaqi": "http://127.0.0.1:8765/"}',
    "INCUBATOR_EXTRACT_WORKERS": "2",
}

#: Settings whose default's type does not say what they take ("" means one worker per core):
#: name → (reader that raises ValueError on a bad value, what the value must be).
SETTING_READERS = {
    "INCUBATOR_EXTRACT_WORKERS": (
        workers_setting,
        "a whole number of 0 or more (empty: one per core)",
    ),
}


def _setting_reader(settings: Settings, name: str, default: Any) -> tuple | None:
    """How to read setting ``name`` and what it must be; None when nothing is checked."""
    if name in SETTING_READERS:
        read, what = SETTING_READERS[name]
        return lambda _name: read(settings.get(_name)), what
    # bool before int: a bool is an int to isinstance
    for kind, read, what in (
        (bool, settings.getbool, "true or false"),
        (int, settings.getint, "a whole number"),
        (float, settings.getfloat, "a number"),
        (dict, settings.getdict, "a JSON object"),
    ):
        if isinstance(default, kind):
            return read, what
    return None


def check_settings(settings: Settings, names: Iterable[str]) -> None:
    """Raise CrawlRequestError when a given setting's value does not fit what it takes."""
    defaults = project_settings()
    for name in names:
        default = defaults.get(name)
        reader = _setting_reader(settings, name, default)
        if reader is None:
            continue
        read, what = reader
        try:
            read(name)
        except (ValueError, TypeError) as exc:
            detail = f" ({exc.msg})" if isinstance(exc, json.JSONDecodeError) else ""
            example = SETTING_EXAMPLES.get(name) or (
                json.dumps(default) if not isinstance(default, bool) else "true"
            )
            raise CrawlRequestError(
                f"-s {name}={settings.get(name)!r} is not {what}{detail}; e.g. -s '{name}={example}'"
            ) from None


def output_settings(*, quiet: bool, log_json: bool) -> dict:
    """Logging and display settings: a live board on a terminal, plain or JSON lines otherwise."""
    if log_json:
        install_json_logging("WARNING" if quiet else "INFO")
        return {"LOG_ENABLED": False}
    if quiet:
        return {"LOG_LEVEL": "WARNING"}
    if sys.stderr.isatty():
        return {"INCUBATOR_PROGRESS_ENABLED": True, "LOG_LEVEL": "WARNING"}
    return {}


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
        failures = _WriteFailures()
        crawler.signals.connect(failures.record, signal=project_signals.archive_write_failed)
        process.crawl(crawler, **spider_args)
        crawlers.append((site, crawler, failures))
    process.start()
    outcomes = []
    for site, crawler, failures in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        outcomes.append(
            CrawlOutcome(
                site=getattr(crawler.spider, "name", None) or site,
                finish_reason=str(stats.get("finish_reason", "unknown")),
                run_id=getattr(crawler.spider, "run_id", None),
                stats=stats,
                lost_urls=failures.urls,
                write_error=failures.message,
            )
        )
    return outcomes


class _WriteFailures:
    """One crawl's failed archive writes, as the archive pipeline reports them."""

    def __init__(self):
        self.urls: list[str] = []
        self.message: str | None = None

    def record(self, urls, message, **kwargs) -> None:
        """Keep the pages of a failed batch, and the first failure's message."""
        self.urls.extend(urls)
        self.message = self.message or message
