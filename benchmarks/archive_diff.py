"""Compare two archives row by row, ignoring timestamps, run ids and row ids.

Run: .venv/bin/python benchmarks/archive_diff.py BEFORE.db AFTER.db

Used to check that a change to how the crawl stores articles (the extraction pool, batched
writes) leaves the archive as it was. Rows are keyed by what identifies them (an article by URL,
a page by sha256, ...); ids that point at other rows (``duplicate_of``, band and search rows) are
replaced by the URL they point at; a local server's address (127.0.0.1:PORT) is written LOCAL, and pages
are compared by their bytes with it replaced. The search tables are contentless FTS5, so their tokens are
read back through ``fts5vocab``. Prints one line per table and exits 1 on any difference.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import sys
import zlib
from collections import defaultdict

#: Columns that differ between two runs of the same crawl by nature.
IGNORED = {
    "id",
    "run_id",
    "first_run_id",
    "last_run_id",
    "replaced_by_run_id",
    "fetched_at",
    "first_seen_at",
    "last_seen_at",
    "updated_at",
    "replaced_at",
    "removed_at",
    "at",
    "article_id",
}


#: A local server's address: two runs serve the same site on different ports.
_LOCAL = re.compile(r"(?:http://)?127\.0\.0\.1:\d+")
_LOCAL_BYTES = re.compile(rb"(?:http://)?127\.0\.0\.1:\d+")


def _local(value):
    """``value`` with a local server's address (and port) replaced by ``LOCAL``."""
    if isinstance(value, str):
        return _LOCAL.sub("LOCAL", value)
    return value


def _sorted(rows) -> list:
    return sorted(rows, key=repr)  # rows mix None and str: order them by their text


def _rows(con: sqlite3.Connection, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def _clean(row: dict, urls: dict[int, str]) -> tuple:
    out = {}
    for key, value in row.items():
        if key in IGNORED:
            continue
        if key == "duplicate_of" and value is not None:
            value = urls.get(value, f"?{value}")
        if key == "body_zlib" and value is not None:
            page = _LOCAL_BYTES.sub(b"LOCAL", zlib.decompress(value))
            value = hashlib.sha256(page).hexdigest()
        if key in ("sha256", "page_sha256"):
            continue  # the page bytes name the port; compared through body_zlib instead
        value = _local(value)
        if key == "headers" and value:
            headers = json.loads(value)
            headers.pop("Date", None)  # the server's clock
            value = json.dumps(headers, sort_keys=True)
        if key == "item" and value:
            item = json.loads(value)
            item.pop("fetched_at", None)
            value = json.dumps(item, sort_keys=True, ensure_ascii=False)
        out[key] = value
    return tuple(sorted(out.items(), key=lambda kv: kv[0]))


def _search(con: sqlite3.Connection, table: str, urls: dict[int, str]) -> dict[str, str]:
    """Per article URL, a digest of the (term, column, offset) instances its search row holds."""
    con.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} USING fts5vocab(main, {table}, 'instance')"
    )
    per_doc: dict[int, list] = defaultdict(list)
    for term, doc, col, offset in con.execute(f"SELECT term, doc, col, offset FROM temp.v_{table}"):
        per_doc[doc].append((term, col, offset))
    return {
        urls.get(doc, f"?{doc}"): hashlib.sha256(repr(sorted(items)).encode()).hexdigest()
        for doc, items in per_doc.items()
    }


def snapshot(path: str) -> dict[str, object]:
    """Every compared table of one archive as a comparable value."""
    con = sqlite3.connect(path)
    urls = {i: _local(u) for i, u in con.execute("SELECT id, url FROM articles")}
    tables: dict[str, object] = {}
    tables["articles"] = _sorted(_clean(r, urls) for r in _rows(con, "SELECT * FROM articles"))
    tables["article_versions"] = _sorted(
        (urls.get(r["article_id"]), _clean(r, urls))
        for r in _rows(con, "SELECT * FROM article_versions")
    )
    tables["pages"] = _sorted(_clean(r, urls) for r in _rows(con, "SELECT * FROM pages"))
    tables["rejects"] = _sorted(_clean(r, urls) for r in _rows(con, "SELECT * FROM rejects"))
    tables["fetch_errors"] = _sorted(
        _clean(r, urls) for r in _rows(con, "SELECT * FROM fetch_errors")
    )
    tables["reprint_bands"] = _sorted(
        (key, urls.get(aid))
        for key, aid in con.execute("SELECT key, article_id FROM reprint_bands")
    )
    for name in ("attachments", "article_attachments"):
        tables[name] = _sorted(_clean(r, urls) for r in _rows(con, f"SELECT * FROM {name}"))
    for name in ("articles_search", "articles_search2"):
        tables[name] = _search(con, name, urls)
    runs = []
    for r in _rows(con, "SELECT * FROM crawl_runs ORDER BY id"):
        stats = json.loads(r["stats"] or "{}")
        counts = {k: v for k, v in stats.items() if k.startswith("incubator/")}
        runs.append(
            (
                r["site"],
                r["mode"],
                r["finish_reason"],
                r["new"],
                r["updated"],
                r["unchanged"],
                r["rejected"],
                r["http_errors"],
                r["article_pages"],
                r["coverage"],
                json.dumps(counts, sort_keys=True),
            )
        )
    tables["crawl_runs"] = _sorted(runs)
    con.close()
    return tables


def main() -> int:
    """Print per table whether the two archives agree; 1 when any differs."""
    if len(sys.argv) != 3:
        print("usage: archive_diff.py BEFORE.db AFTER.db", file=sys.stderr)
        return 2
    before, after = snapshot(sys.argv[1]), snapshot(sys.argv[2])
    same = True
    for name in before:
        a, b = before[name], after[name]
        equal = a == b
        same &= equal
        size = len(a)
        print(f"{name}: {size} rows {'identical' if equal else 'DIFFER'}")
        if not equal and isinstance(a, list):
            only_a = [x for x in a if x not in b][:3]
            only_b = [x for x in b if x not in a][:3]
            print("  only before:", str(only_a)[:1500])
            print("  only after: ", str(only_b)[:1500])
        elif not equal:
            keys = [k for k in set(a) | set(b) if a.get(k) != b.get(k)][:5]
            print("  differing:", keys)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
