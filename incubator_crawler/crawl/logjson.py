"""Structured logs: one JSON object per line (``crawl --log-json``), for log shippers."""

from __future__ import annotations

import json
import logging
from datetime import datetime


class JsonLogFormatter(logging.Formatter):
    """Format a record as ``{"ts", "level", "logger", "message"}`` plus the exception if any."""

    def format(self, record: logging.LogRecord) -> str:
        """One JSON line."""
        payload = {
            "ts": datetime.fromtimestamp(record.created)
            .astimezone()
            .isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False)


def install_json_logging(level: str = "INFO") -> None:
    """Send every log record to stderr as JSON lines (Scrapy's own handler must be off)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    # On the handler too: Scrapy's configure_logging resets the root logger's level to NOTSET.
    handler.setLevel(level)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
