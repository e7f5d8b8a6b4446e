"""Crawl Chinese incubator and high-tech-zone news sites into a SQLite archive."""

__version__ = "0.1.0"
