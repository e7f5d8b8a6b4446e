"""Scrapy settings for incubator-crawler; project settings are prefixed INCUBATOR_."""

import os

from incubator_crawler.crawl.pipelines import item_pipelines as _item_pipelines

BOT_NAME = "incubator_crawler"
SPIDER_MODULES = ["incubator_crawler.crawl.spiders"]
NEWSPIDER_MODULE = "incubator_crawler.crawl.spiders"
# Scrapy's loader, which hands out worker variants of the spiders when INCUBATOR_REDIS_URL is set.
SPIDER_LOADER_CLASS = "incubator_crawler.crawl.distributed.worker.WorkerSpiderLoader"

#: Where the archive lives; the CLI's --db overrides it.
INCUBATOR_DB = os.getenv("INCUBATOR_DB", "data/archive.db")
#: Crawl a replica or mirror instead of each site's live home page (also ``-a base_url=``).
INCUBATOR_BASE_URL = os.getenv("INCUBATOR_BASE_URL", "")
#: Per-site copies to crawl instead of the live sites, e.g. '{"cnfuhuaqi": "http://mirror/"}'.
INCUBATOR_SITE_BASE_URLS: dict = {}
#: Re-fetch articles already in the archive (also ``-a full=1`` or ``crawl --full``).
INCUBATOR_FULL_RECRAWL = False
#: Known articles published within this many days are fetched again to catch edits (0: never).
INCUBATOR_REVISIT_DAYS = 7
#: Worker mode: crawl on this Redis's shared frontier and push items there (``crawl --redis``).
INCUBATOR_REDIS_URL = os.getenv("INCUBATOR_REDIS_URL", "")
#: Worker mode: exit once the shared frontier has been idle this many seconds (``--idle-exit``).
INCUBATOR_IDLE_EXIT = 30
#: Live progress display; the CLI turns it on only when stderr is a terminal.
INCUBATOR_PROGRESS_ENABLED = False
#: Processes that extract, normalise and prepare article pages off the reactor thread
#: (``crawl/pool.py``): empty for one per core, 0 to do it in the crawl's own process (debugging).
INCUBATOR_EXTRACT_WORKERS = os.getenv("INCUBATOR_EXTRACT_WORKERS", "")
#: Articles written per transaction: a crash loses at most this many.
INCUBATOR_BATCH_SIZE = 50
#: Bare ``scrapy crawl``: seconds to wait for another writer's archive lock (0: stop at once).
#: The CLI holds the lock itself (``crawl --wait``) and its crawls share it.
INCUBATOR_LOCK_WAIT = 0.0
#: Download files linked from articles (PDF, Word, Excel, archives), deduplicated by content.
INCUBATOR_ATTACHMENTS_ENABLED = True
#: Where attachment files go (default: ``files/`` beside the archive).
INCUBATOR_FILES_DIR = os.getenv("INCUBATOR_FILES_DIR", "")
#: Larger attachments are skipped and recorded as such.
INCUBATOR_ATTACHMENT_MAX_BYTES = 50 * 2**20
#: A page where site owners can reach us; it goes into the User-Agent.
INCUBATOR_CONTACT_URL = os.getenv(
    "INCUBATOR_CONTACT_URL", "https://github.com/incubator-crawler/incubator-crawler"
)

USER_AGENT = f"incubator-crawler/0.1 (+{INCUBATOR_CONTACT_URL})"

# Politeness for the live sites: robots.txt, one request at a time per site with a
# 2-second base delay, adapted by AutoThrottle to the server's latency.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# No article page is this large: a bigger response is cancelled (and recorded in fetch_errors)
# before it can fill memory; attachments have their own cap (INCUBATOR_ATTACHMENT_MAX_BYTES).
DOWNLOAD_MAXSIZE = 5 * 2**20
DOWNLOAD_WARNSIZE = 2 * 2**20
# A redirect loop ends here and is recorded in fetch_errors (Scrapy's default is 20 hops).
REDIRECT_MAX_TIMES = 10
RETRY_ENABLED = True
RETRY_TIMES = 3
# Chinese government sites answer 412/403 under load as well as the usual 5xx.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Retry-After on 429/503 holds back the whole site, not just the one request.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "incubator_crawler.crawl.middlewares.retry_after.RetryAfterMiddleware": 550,
}
#: Longest Retry-After we honour, in seconds.
INCUBATOR_RETRY_AFTER_MAX = 600.0
REDIRECT_ENABLED = True
COOKIES_ENABLED = True
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5",
}

# The order lives in pipelines.PIPELINES.
ITEM_PIPELINES = _item_pipelines()
# Items (and requests) a callback's output runs through the pipelines at once, per response.
# Scrapy's 100 starts 100 asyncio tasks for every response, whatever it yields; a page of ours
# yields one item or a listing's ~20 requests, and the pipelines are synchronous, so 4 loses no
# parallelism and cut the crawl process's CPU per page by about a seventh (docs/benchmarks.md).
CONCURRENT_ITEMS = 4

EXTENSIONS = {"incubator_crawler.crawl.extensions.progress.ProgressDisplay": 500}
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 opens a remote-control HTTP port by default; a scheduled crawler should not.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
# Log drops by URL and reason, not the whole item with its page bytes.
LOG_FORMATTER = "incubator_crawler.crawl.logformatter.QuietDropLogFormatter"
FEED_EXPORT_ENCODING = "utf-8"
