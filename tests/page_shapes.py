"""The minimal page the shape tests build: a head, a body, extracted as the crawler does."""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType

from incubator_crawler.crawl.process import extract_normalized

FETCHED = datetime.fromisoformat("2026-11-28T13:00:00+08:00")
PROSE = "调研组一行走访了园区企业，观看了宣传片，并围绕产业发展工作展开座谈，对成效表示肯定。" * 3


def run(body: str, head: str = "", url: str = "http://www.example.cn/a/1.html") -> dict:
    """Extract a page made of ``head`` and ``body`` markup."""
    html = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return extract_normalized(html.encode("utf-8"), url, fetched_at=FETCHED)


def benchmark(name: str) -> ModuleType:
    """The module ``benchmarks/NAME.py``, loaded once under ``name`` (the benchmarks import
    one another by bare name: transplant.py imports variants)."""
    if name not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
