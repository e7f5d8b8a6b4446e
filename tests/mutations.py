"""Seeded page mutations for fuzzing the extractor (the fuzz test and ``benchmarks/fuzz.py``).

Each mutation is what real servers and old CMSs send: truncated or spliced bytes, binary
junk, thousands of unclosed tags, text after ``</body>``, a wrong or bogus charset label,
stray BOMs, NULs, unterminated comments and scripts, one enormous line. A seed fixes every
choice, so a failing case can be re-made from ``(seed, index)``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from incubator_crawler.crawl.process import extract_normalized

#: Content-Type headers a mutated page is served with.
CONTENT_TYPES = (
    None,
    "text/html",
    "text/html; charset=utf-8",
    "text/html; charset=gbk",
    "text/html; charset=big5",
    "text/html; charset=bogus-charset",
    "application/octet-stream",
)
CHARSETS = (b"utf-8", b"gbk", b"gb2312", b"big5", b"utf-16", b"iso-8859-1", b"x-bogus", b"")


def _span(rng: random.Random, body: bytes) -> tuple[int, int]:
    start = rng.randrange(len(body) + 1)
    return start, min(len(body), start + rng.randrange(1, 2000))


def truncate(rng: random.Random, body: bytes) -> bytes:
    """Cut the page short anywhere (a dropped connection)."""
    return body[: rng.randrange(len(body) + 1)]


def delete_span(rng: random.Random, body: bytes) -> bytes:
    """Lose a run of bytes from the middle."""
    start, end = _span(rng, body)
    return body[:start] + body[end:]


def duplicate_span(rng: random.Random, body: bytes) -> bytes:
    """Repeat a run of bytes (a CMS template rendered twice)."""
    start, end = _span(rng, body)
    return body[:end] + body[start:end] * rng.randrange(1, 4) + body[end:]


def insert_binary(rng: random.Random, body: bytes) -> bytes:
    """Random bytes in the middle."""
    at = rng.randrange(len(body) + 1)
    return body[:at] + rng.randbytes(rng.randrange(1, 512)) + body[at:]


def flip_bytes(rng: random.Random, body: bytes) -> bytes:
    """Corrupt a few bytes (a broken multibyte sequence, a lost '<')."""
    data = bytearray(body)
    for _ in range(rng.randrange(1, 20)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def deep_nesting(rng: random.Random, body: bytes) -> bytes:
    """Thousands of unclosed tags before the body (old government pages)."""
    tag = rng.choice((b"<font color=red>", b"<div>", b"<span>", b"<table><tr><td>", b"<b>"))
    at = body.find(b"<body")
    at = body.find(b">", at) + 1 if at >= 0 else 0
    return body[:at] + tag * rng.choice((300, 3000, 20_000)) + body[at:]


def after_body(rng: random.Random, body: bytes) -> bytes:
    """Counters and banners printed after ``</body>`` or ``</html>``."""
    tail = rng.choice(
        (
            b"\xe7\xbb\x9f\xe8\xae\xa1",
            b"<script>var _hm=1;</script>cnzz",
            b"<div>ad</div>text",
            b"\x00",
        )
    )
    return body + tail * rng.randrange(1, 5)


def relabel(rng: random.Random, body: bytes) -> bytes:
    """Swap the ``<meta>`` charset for another (often wrong or unknown) one."""
    for marker in (b"charset=", b'charset="', b"charset='"):
        at = body.lower().find(marker)
        if at >= 0:
            start = at + len(marker)
            end = start
            while end < len(body) and body[end : end + 1] not in b"\"'; >/":
                end += 1
            return body[:start] + rng.choice(CHARSETS) + body[end:]
    return b'<meta charset="' + rng.choice(CHARSETS) + b'">' + body


def reencode(rng: random.Random, body: bytes) -> bytes:
    """Re-encode the text into another encoding, leaving the label as it was."""
    text = (
        body.decode("utf-8", "replace") if rng.random() < 0.5 else body.decode("gb18030", "replace")
    )
    return text.encode(rng.choice(("gbk", "big5", "utf-8", "utf-16-le")), "replace")


def markup_junk(rng: random.Random, body: bytes) -> bytes:
    """An unterminated comment, script, CDATA or processing instruction, or stray closers."""
    junk = rng.choice(
        (b"<!--", b"<script>", b"<style>", b"<![CDATA[", b"<?xml version='1.0'?>", b"</div>" * 500,
         b"<textarea>", b"<title>", b"<p" * 1000, b"&#x110000;&#0;&#xD800;")
    )  # fmt: skip
    at = rng.randrange(len(body) + 1)
    return body[:at] + junk + body[at:]


def long_line(rng: random.Random, body: bytes) -> bytes:
    """One enormous run without spaces or tags (an inlined data URI, a minified blob)."""
    at = rng.randrange(len(body) + 1)
    return (
        body[:at]
        + rng.choice(("孵", "a", "9")).encode() * rng.choice((10_000, 200_000))
        + body[at:]
    )


def boms_and_nuls(rng: random.Random, body: bytes) -> bytes:
    """A BOM that contradicts the bytes, or NULs sprinkled in."""
    if rng.random() < 0.5:
        return rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) + body
    data = bytearray(body)
    for _ in range(rng.randrange(1, 50)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


MUTATIONS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    truncate, delete_span, duplicate_span, insert_binary, flip_bytes, deep_nesting, after_body,
    relabel, reencode, markup_junk, long_line, boms_and_nuls,
)  # fmt: skip


@dataclass
class Case:
    """One mutated page: where it came from, what was done to it, the bytes."""

    index: int
    source: str
    mutations: list[str]
    content_type: str | None
    body: bytes


def load_pages(folders: list[Path]) -> list[tuple[str, bytes]]:
    """Every ``*.html`` under the folders, sorted by path: (name, bytes)."""
    pages = []
    for folder in folders:
        for path in sorted(folder.rglob("*.html")):
            pages.append((str(path), path.read_bytes()))
    return pages


def cases(pages: list[tuple[str, bytes]], count: int, seed: int) -> Iterator[Case]:
    """``count`` mutated pages: 1-3 mutations each (sometimes a splice of two pages)."""
    rng = random.Random(seed)
    for index in range(count):
        source, body = rng.choice(pages)
        applied = []
        if rng.random() < 0.1:
            other_name, other = rng.choice(pages)
            cut = rng.randrange(len(body) + 1)
            body = body[:cut] + other[rng.randrange(len(other) + 1) :]
            applied.append(f"splice:{Path(other_name).name}")
        for mutation in rng.sample(MUTATIONS, rng.randrange(1, 4)):
            body = mutation(rng, body)
            applied.append(mutation.__name__)
        yield Case(index, source, applied, rng.choice(CONTENT_TYPES), body)


@dataclass
class Outcome:
    """What extracting one case did: its seconds and the exception, if any."""

    case: Case
    seconds: float
    error: str | None


def run_case(case: Case) -> Outcome:
    """Extract and normalise one mutated page; never raises."""
    headers = {"Content-Type": case.content_type} if case.content_type else {}
    started = time.perf_counter()
    try:
        extract_normalized(case.body, "http://www.example.gov.cn/xwdt/1.html", headers=headers)
        error = None
    except Exception as exc:  # noqa: BLE001 - the fuzzer reports every exception
        error = f"{type(exc).__name__}: {exc}"
    return Outcome(case, time.perf_counter() - started, error)
