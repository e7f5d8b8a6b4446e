"""Project signals (Scrapy's own signals cover the rest)."""

#: Sent by spiders when a page could not be fetched: ``url``, ``status`` (int or None), ``error``.
fetch_failed = object()

#: Sent by spiders when a stored article's page answers 404/410: ``url``, ``status``.
article_removed = object()

#: Sent by the archive pipeline when a batch could not be written: ``urls`` (the pages it
#: held, not stored), ``message`` (one line: cause and what to do).
archive_write_failed = object()
