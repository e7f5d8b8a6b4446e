"""Dump ``extract_normalized`` output for every page we have, and compare two dumps.

A speed-up must not change what is extracted: dump before, dump after, compare byte for byte.
Pages: ``tests/gold``, every ``tests/fixtures`` page with a ``.json`` beside it, every page of
``magic_html_article`` (all languages) and the real corpus (articles and lists, as far as their
bytes are on this machine: ``python tests/real/corpus.py materialise``). Each output line is one
page: ``{"page": "<set>/<case>", "out": {...every EXTRACT_KEYS key...}}`` with sorted keys.

    .venv/bin/python benchmarks/dump_outputs.py dump OUT.jsonl
    .venv/bin/python benchmarks/dump_outputs.py compare BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "real"))

from incubator_crawler.crawl.process import extract_normalized  # noqa: E402

DEFAULT_MAGIC = ROOT.parent / "shared" / "evaldata" / "magic_html_article"
FETCHED = "2026-11-28T13:00:00+08:00"


def _meta_pages(folder: Path, name: str) -> Iterator[dict[str, Any]]:
    """``*.html`` pages with a ``.json`` of url/headers/fetched_at beside them."""
    for meta_path in sorted(folder.rglob("*.json")):
        html = meta_path.with_suffix(".html")
        if not html.exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or "url" not in meta:
            continue
        yield {
            "page": f"{name}/{meta_path.relative_to(folder).with_suffix('')}",
            "body": html.read_bytes(),
            "url": meta["url"],
            "headers": meta.get("headers") or {},
            "fetched_at": meta.get("fetched_at") or FETCHED,
        }


def _magic_pages(folder: Path) -> Iterator[dict[str, Any]]:
    if not (folder / "base.json").exists():
        return
    base = json.loads((folder / "base.json").read_text(encoding="utf-8"))
    for key in sorted(base):
        path = folder / "htmls" / f"{key}.html"
        if path.exists():
            yield {"page": f"magic/{key}", "body": path.read_bytes(), "url": base[key]["url"],
                   "headers": {}, "fetched_at": FETCHED}  # fmt: skip


def _real_pages() -> Iterator[dict[str, Any]]:
    import corpus  # tests/real/corpus.py

    for kind in ("articles", "lists"):
        for label in corpus.corpus(kind):
            if label["page"].get("shared"):
                continue  # the magic_html pages, dumped above
            yield {"page": f"real/{label['id']}", "body": label["html"],
                   "url": label.get("url") or "http://example.invalid/", "headers": {},
                   "fetched_at": FETCHED}  # fmt: skip


def all_pages(magic: Path = DEFAULT_MAGIC) -> list[dict[str, Any]]:
    """Every page this script covers, in a fixed order."""
    pages = [*_meta_pages(ROOT / "tests" / "gold", "gold")]
    pages += _meta_pages(ROOT / "tests" / "fixtures", "fixtures")
    pages += _magic_pages(magic)
    pages += _real_pages()
    return pages


def run(page: dict[str, Any]) -> dict[str, Any]:
    """``extract_normalized`` on one page, as the dump records it."""
    from datetime import datetime

    return extract_normalized(page["body"], page["url"], headers=page["headers"],
                              fetched_at=datetime.fromisoformat(page["fetched_at"]))  # fmt: skip


def dump(out: Path, magic: Path) -> int:
    """Write one JSON line per page."""
    pages = all_pages(magic)
    with out.open("w", encoding="utf-8") as fh:
        for page in pages:
            record = run(page)
            fh.write(json.dumps({"page": page["page"], "out": record}, ensure_ascii=False,
                                sort_keys=True, default=str) + "\n")  # fmt: skip
    counts: dict[str, int] = {}
    for page in pages:
        counts[page["page"].split("/", 1)[0]] = counts.get(page["page"].split("/", 1)[0], 0) + 1
    print(f"{len(pages)} pages -> {out} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return 0


def compare(before: Path, after: Path) -> int:
    """Print the pages whose output differs (and the keys that differ); 1 if any do."""
    a = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    b = [json.loads(line) for line in after.read_text(encoding="utf-8").splitlines()]
    if [r["page"] for r in a] != [r["page"] for r in b]:
        print(f"page lists differ: {len(a)} vs {len(b)} pages")
        return 1
    diffs = 0
    for ra, rb in zip(a, b, strict=True):
        if ra != rb:
            diffs += 1
            keys = sorted(k for k in set(ra["out"]) | set(rb["out"])
                          if ra["out"].get(k) != rb["out"].get(k))  # fmt: skip
            print(f"DIFF {ra['page']}: {', '.join(keys)}")
            for k in keys[:3]:
                print(f"   - {str(ra['out'].get(k))[:200]}\n   + {str(rb['out'].get(k))[:200]}")
    same_bytes = before.read_bytes() == after.read_bytes()
    print(f"{len(a)} pages, {diffs} differ; files byte-identical: {same_bytes}")
    return 1 if diffs or not same_bytes else 0


def main(argv: list[str] | None = None) -> int:
    """``dump OUT`` or ``compare BEFORE AFTER``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--magic", type=Path, default=DEFAULT_MAGIC)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.magic)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
