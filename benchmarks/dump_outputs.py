"""Dump ``extract_normalized`` output for every page we have, and compare two dumps.

A speed-up must not change what is extracted: dump before, dump after, compare byte for byte.
Pages: ``tests/gold``, every ``tests/fixtures`` page with a ``.json`` beside it, every page of
``magic_html_article`` (all languages) and the real corpus (articles and lists, as far as their
bytes are on this machine: ``python tests/real/corpus.py materialise``). Each output line is one
page: ``{"page": "<set>/<case>", "out": {...every EXTRACT_KEYS key...}}`` with sorted keys.

    .venv/bin/python benchmarks/dump_outputs.py dump OUT.jsonl
    .venv/bin/python benchmarks/dump_outputs.py compare BEFORE.jsonl AFTER.jsonl [--split dev]

``compare --split dev`` (the default) prints the diffs of dev pages only and, for the test half,
only how many pages changed per field (no ids, no values), so a diff never shows a test page by
accident; ``--split test`` does the reverse, ``--split both`` prints every diff. A page's half is
the half of its label's site as ``real.py`` decides it (``corpus.split_of``: split.json); a
magic_html page is matched to its label by the ``page.shared`` file; an unlabelled magic_html page
goes by the site of its URL and is test if split.json or ``corpus.rule_split`` puts that site in
test; a ``real/`` page whose label this checkout lacks (another branch's) counts as test. Gold and
fixture pages are no corpus labels and count as dev.
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
from incubator_crawler.listing.domains import site_of  # noqa: E402

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


def _label_sites() -> dict[str, str]:
    """Dump page name -> its label's site, for every article and list label (magic by file)."""
    import corpus  # tests/real/corpus.py

    sites = {}
    for label in [*corpus.load_labels(corpus.ARTICLES), *corpus.load_labels(corpus.LISTS)]:
        sites[f"real/{label['id']}"] = label["site"]
        if label["page"].get("shared"):
            sites[f"magic/{Path(label['page']['shared']).stem}"] = label["site"]
    return sites


def page_split(page: str, url: str | None, sites: dict[str, str]) -> str:
    """``dev`` or ``test`` for one dump page (see the module docstring)."""
    import corpus  # tests/real/corpus.py

    if page.split("/", 1)[0] in ("gold", "fixtures"):
        return "dev"
    if page in sites:
        return corpus.split_of(sites[page])
    site = site_of(url or "")
    if page.startswith("real/") or not site:
        return "test"  # a label this checkout lacks (another branch's): its half is unknown here
    # an unlabelled magic_html page: test when split.json or the rule (which decides the sites
    # split.json does not name yet) puts its URL's site there
    return "test" if "test" in (corpus.split_of(site), corpus.rule_split(site)) else "dev"


def _changed_keys(ra: dict[str, Any], rb: dict[str, Any]) -> list[str]:
    return sorted(
        k for k in set(ra["out"]) | set(rb["out"]) if ra["out"].get(k) != rb["out"].get(k)
    )


def compare(before: Path, after: Path, split: str = "dev") -> int:
    """Print the pages of ``split`` whose output differs (and the keys that differ), count the
    other half's per field; 1 if any page differs."""
    a = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    b = [json.loads(line) for line in after.read_text(encoding="utf-8").splitlines()]
    if [r["page"] for r in a] != [r["page"] for r in b]:
        print(f"page lists differ: {len(a)} vs {len(b)} pages")
        return 1
    sites = _label_sites() if split != "both" else {}
    diffs = 0
    hidden_pages = 0
    hidden: dict[str, int] = {}
    for ra, rb in zip(a, b, strict=True):
        if ra == rb:
            continue
        diffs += 1
        keys = _changed_keys(ra, rb)
        if split != "both" and page_split(ra["page"], ra["out"].get("url"), sites) != split:
            hidden_pages += 1
            for k in keys:
                hidden[k] = hidden.get(k, 0) + 1
            continue
        print(f"DIFF {ra['page']}: {', '.join(keys)}")
        for k in keys[:3]:
            print(f"   - {str(ra['out'].get(k))[:200]}\n   + {str(rb['out'].get(k))[:200]}")
    if split != "both":
        other = "test" if split == "dev" else "dev"
        fields = ", ".join(f"{k} {n}" for k, n in sorted(hidden.items()))
        print(f"{other} half: {hidden_pages} pages differ, not shown"
              + (f" (per field: {fields})" if fields else ""))  # fmt: skip
    same_bytes = before.read_bytes() == after.read_bytes()
    print(f"{len(a)} pages, {diffs} differ; files byte-identical: {same_bytes}")
    return 1 if diffs or not same_bytes else 0


def main(argv: list[str] | None = None) -> int:
    """``dump OUT`` or ``compare BEFORE AFTER [--split dev|test|both]``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--magic", type=Path, default=DEFAULT_MAGIC)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--split", choices=("dev", "test", "both"), default="dev",
                   help="whose diffs to print; the other half is only counted per field")  # fmt: skip
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.magic)
    return compare(args.before, args.after, args.split)


if __name__ == "__main__":
    sys.exit(main())
