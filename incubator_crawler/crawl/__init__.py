"""The crawl: Scrapy spiders, item pipelines, settings, the in-process runner, middlewares,
extensions, signals, the log formatter, worker mode (``distributed/``), and ``process.py``, the
same page → item path without the engine."""
