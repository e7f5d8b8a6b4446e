"""Crawling on several machines: workers on one scrapy-redis frontier, one archive writer.

Workers (``crawl ... --redis URL``) share scrapy-redis' scheduler queue and dupefilter and push
their items to a Redis list (``worker``, ``pipeline``); ``ingest`` is the one process that
writes the archive from that list (``ingest``). Key names live in ``keys``.
"""
