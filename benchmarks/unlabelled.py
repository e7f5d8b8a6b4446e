"""Unlabelled real pages from dev-side sites: where ours and a peer disagree, a person looks.

Labelled pages are few; the repositories we fetched hold hundreds more real Chinese pages that
nobody labelled. This script finds them in the local snapshots (``/work/.mirror``), keeps the
article-like Chinese ones whose site is known and on the dev side of the split (a site the
split rule puts in test, or that ``split.json`` lists, is skipped, so nothing here can leak the
test half), at most ``--per-site`` pages a site, and prints one JSON object a page:

    .venv/bin/python benchmarks/unlabelled.py list [--mirrors DIR] [--per-site 5]
    .venv/bin/python benchmarks/unlabelled.py dates      # ours vs htmldate and trafilatura
    .venv/bin/python benchmarks/unlabelled.py show ID    # the page's visible blocks
    .venv/bin/python benchmarks/unlabelled.py fields     # our title and category, what to read
    .venv/bin/python benchmarks/unlabelled.py people [--all]  # credit lines vs our people

By default only the repositories the corpus already draws on are walked; ``--all-repos`` takes
every snapshot under ``--mirrors`` (a page seen in two snapshots counts once), still dev-side
sites only, for a bigger pool (give it its own ``--cache``); ``--history`` reads every commit's
pages, not only HEAD's (a crawl cache or a site copy that replaced its pages; such a page's id
ends in ``#`` and its digest's first ten hex digits). ``--mined FILE`` appends the id of
every page a command hands out (every command) to FILE, one a line, so whoever
labels pages later knows which ones were mined before they were labelled.

A disagreement is a question, not a score: the page decides who is right. ``dates`` prints
``{"id", "site", "url", "ours", "rule", "htmldate", "trafilatura"}`` for every page where a
peer's publish day differs from ours, then counts (ours alone, a peer alone, both, neither).
``fields`` prints, per page, our title and category (and the rules that found them) next to what
a reader checks them against: the lines that look like a trail (a location label, or two
separators between short links), the h1s, og:title and ``<title>``.
``people`` looks for credit-like lines (a label word of ``CREDIT_WORDS``) among the lines between
the headline and the text, the text's first three and last four lines and the four lines after
it, and prints ``{"id", "field", "kind", "ours", "lines"}`` for every field where a credit line
shows and ours gives nothing (``missed?``) and where ours gives a value no such line holds
(``false+?``); ``--all`` prints the agreeing fields too. A flag is a question for a reader:
a ``false+?`` row also carries ``shown``, where else the page shows every name of ours (the first
visible block holding them, compacted, around the first name: a blog owner's sidebar profile, an
author card, ``Kovacs2016年7月2日`` beside the date, a dateline run into a long first paragraph) or
null, and the counts add ``FIELD false+? unseen``, the rows no visible block holds.
Pages are cached in ``--cache`` (default ``/tmp/unlabelled``) so ``show`` needs no snapshot walk.
``rules`` reads by rule instead of by flag: over ``--cache`` and every ``--also`` cache (a page
in two caches counts once, a labelled page or a test-side site's is skipped, ``--per-site`` pages
a site in a fixed order), it prints ``{"id", "site", "cache", "field", "rule", "value"}`` for
every author, editor and source value and counts each rule's pages; ``show ID --cache DIR``
then reads a page (audit50).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "real"))

import corpus  # noqa: E402

from incubator_crawler.article.encoding import decode_html  # noqa: E402
from incubator_crawler.listing.domains import site_of  # noqa: E402

HTML_RE = re.compile(r"\.(?:s?html?)$", re.IGNORECASE)
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# the page's own address, where the saved page still says it
URL_RES = (
    re.compile(rb"<link[^>]+rel=[\"']?canonical[\"']?[^>]*href=[\"']?(https?://[^\"'\s>]+)", re.I),
    re.compile(
        rb"<meta[^>]+property=[\"']?og:url[\"']?[^>]*content=[\"']?(https?://[^\"'\s>]+)", re.I
    ),
    re.compile(rb"<base[^>]+href=[\"']?(https?://[^\"'\s>]+)", re.I),
    # browsers' "Save page as" comment: <!-- saved from url=(0042)https://... -->
    re.compile(rb"saved from url=\(\d+\)(https?://[^\s>]+)", re.I),
)
KANA_RE = re.compile(r"[\u3040-\u30ff]")
HREF_RE = re.compile(rb"href=[\"']?https?://([A-Za-z0-9.-]+)", re.I)
MAX_BYTES = 3_000_000
FETCHED = datetime.fromisoformat("2026-11-28T13:00:00+08:00")


def _labelled() -> tuple[set[str], set[tuple[str, str]], set[str]]:
    """Repositories, (repo, path) pairs and SHA-256s of every labelled page, article or list."""
    labels = corpus.load_labels(corpus.ARTICLES) + corpus.load_labels(corpus.LISTS)
    paths = {(lb["page"]["repo"], lb["page"].get("path", "")) for lb in labels}
    return {repo for repo, _ in paths}, paths, {lb["page"]["sha256"] for lb in labels}


def _test_side(site: str, test_sites: frozenset[str]) -> bool:
    """True for a site of the test half: listed in split.json, or put there by the split rule."""
    return site in test_sites or corpus.rule_split(site) == "test"


def _test_side_repos(mirrors: Path, test_sites: frozenset[str]) -> set[str]:
    """Repositories that hold a test-side site's pages: a label of theirs is on one, or their
    CNAME names one (a site copy whose pages state no address of their own)."""
    labels = corpus.load_labels(corpus.ARTICLES) + corpus.load_labels(corpus.LISTS)
    repos = {lb["page"]["repo"] for lb in labels if lb["site"] in test_sites}
    for repo_dir in mirrors.glob("*/repo"):
        repo = repo_dir.parent.name.replace("+", "/", 1)
        cname = subprocess.run(["git", f"--git-dir={corpus._git_dir(mirrors, repo)}", "show", "HEAD:CNAME"],
                               capture_output=True, text=True, check=False).stdout.strip()  # fmt: skip
        site = site_of("http://" + cname.split()[0].lower()) if cname else ""
        if site and _test_side(site, test_sites):
            repos.add(repo)
    return repos


def _head_blobs(git_dir: Path) -> list[tuple[str, str]]:
    """(sha, path) of every HTML file at HEAD smaller than MAX_BYTES."""
    # a snapshot may hold a path that is no UTF-8 (a GBK file name): replaced, not a crash
    tree = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "-l", "-z", "HEAD"],
                          capture_output=True, text=True, check=False,
                          # a path in GBK (a Chinese repository's file names) must not stop the walk
                          errors="surrogateescape").stdout  # fmt: skip
    wanted = []
    for line in tree.split("\0"):
        meta, _, path = line.partition("\t")
        parts = meta.split()
        if len(parts) == 4 and parts[1] == "blob" and HTML_RE.search(path):
            # a snapshot lists its largest files but lacks them: their size reads "BAD"
            if parts[3].isdigit() and int(parts[3]) < MAX_BYTES:
                wanted.append((parts[2], path))
    return wanted


def _history_blobs(git_dir: Path) -> list[tuple[str, str]]:
    """(sha, path) of every HTML blob any commit holds, each once, smaller than MAX_BYTES."""
    objects = subprocess.run(["git", f"--git-dir={git_dir}", "rev-list", "--all", "--objects"],
                             capture_output=True, text=True, check=False,
                             errors="surrogateescape").stdout  # fmt: skip
    paths: dict[str, str] = {}
    for line in objects.splitlines():
        sha, _, path = line.partition(" ")
        if path and HTML_RE.search(path):
            paths.setdefault(sha, path)
    sizes = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "--batch-check"],
                           input="".join(f"{sha}\n" for sha in paths), capture_output=True,
                           text=True, check=False).stdout  # fmt: skip
    wanted = []
    for line in sizes.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] == "blob" and int(parts[2]) < MAX_BYTES:
            wanted.append((parts[0], paths[parts[0]]))
    return wanted


def _blobs(git_dir: Path, history: bool = False) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of every HTML file at HEAD smaller than MAX_BYTES; with ``history``, of
    every HTML blob of every commit (a crawl cache that replaced its pages, pool61)."""
    wanted = _history_blobs(git_dir) if history else _head_blobs(git_dir)
    if not wanted:
        return
    proc = subprocess.Popen(["git", f"--git-dir={git_dir}", "cat-file", "--batch"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # fmt: skip
    assert proc.stdin
    assert proc.stdout
    stdin = proc.stdin

    def feed() -> None:  # in a thread: git stops reading while its answers fill the pipe
        stdin.write("".join(f"{sha}\n" for sha, _ in wanted).encode())
        stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    for _, path in wanted:
        header = proc.stdout.readline().split()
        data = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)
        yield path, data
    proc.wait()


def page_url(data: bytes) -> str | None:
    """The page's own address from canonical, og:url, base or a saved-from comment, else
    its site's root from the host most of its links name."""
    return own_url(data) or _linked_site_url(data)


def own_url(data: bytes) -> str | None:
    """The address the page states for itself (canonical, og:url, base, saved-from), or None."""
    head = data[:200_000]
    for regex in URL_RES:
        match = regex.search(head)
        if match:
            return match.group(1).decode("ascii", "replace")
    return None


def _linked_site_url(data: bytes) -> str | None:
    # else the host most of its absolute links go to (a news page links its own site most),
    # when it is at least a third of them
    hosts = Counter(site_of("http://" + h.decode("ascii").lower()) for h in HREF_RE.findall(data))
    if hosts:
        site, count = hosts.most_common(1)[0]
        if count >= 5 and count * 3 >= sum(hosts.values()):
            return f"http://{site}/"
    return None


def candidates(
    mirrors: Path, per_site: int, all_repos: bool = False, history: bool = False
) -> Iterator[dict[str, Any]]:
    """Unlabelled Chinese pages of dev-side sites, ``per_site`` a site: in the corpus's
    repositories, or with ``all_repos`` in every snapshot under ``mirrors``; with ``history``
    every commit's pages, not only HEAD's."""
    repos, paths, shas = _labelled()
    test_sites = corpus._test_sites()
    test_repos = _test_side_repos(mirrors, test_sites)
    taken: Counter[str] = Counter()
    seen: set[str] = set(shas)
    for repo_dir in sorted(mirrors.glob("*/repo")):
        repo = repo_dir.parent.name.replace("+", "/", 1)
        # by default only repositories the corpus already draws on: a repository fetched for a
        # new round holds pages about to be labelled (``--mined`` tells their labeller which)
        if repo not in repos and not all_repos:
            continue
        for path, data in _blobs(corpus._git_dir(mirrors, repo), history):
            sha = hashlib.sha256(data).hexdigest()
            # a labelled page, or one a fork or a mirror repository holds again
            if (repo, path) in paths or sha in seen:
                continue
            seen.add(sha)
            url = own_url(data)
            if url is None and repo in test_repos:
                # a site guessed from the links is no proof: lists86 found a test-side site's copy
                # (yqxbc = www.zftb.cn, moztw.org) read as win10os.com or mozilla.org that way
                continue
            url = url or _linked_site_url(data)
            site = site_of(url) if url else ""
            if not site or _test_side(site, test_sites) or taken[site] >= per_site:
                continue
            text = decode_html(data)[0]
            # Chinese, not Japanese: Han characters are shared, kana are not
            if len(CJK_RE.findall(text)) < 300 or len(KANA_RE.findall(text)) > 50:
                continue
            taken[site] += 1
            # (a path a commit changed holds another page: its digest tells the two apart)
            ident = f"{repo}:{path}#{sha[:10]}" if history else f"{repo}:{path}"
            yield {"id": ident, "site": site, "url": url, "html": data}


def _cached(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The candidates, from the cache when it exists, else from the snapshots (then cached)."""
    index = args.cache / "index.jsonl"
    if index.exists():
        rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines()]
        for n, row in enumerate(rows):
            row["html"] = (args.cache / f"{n}.html").read_bytes()
        return rows
    args.cache.mkdir(parents=True, exist_ok=True)
    rows = list(candidates(args.mirrors, args.per_site, args.all_repos, args.history))
    with index.open("w", encoding="utf-8") as out:
        for n, row in enumerate(rows):
            (args.cache / f"{n}.html").write_bytes(row["html"])
            out.write(
                json.dumps({k: v for k, v in row.items() if k != "html"}, ensure_ascii=False) + "\n"
            )
    return rows


# label words of credit lines, by the field they credit (a reader's question, not a rule)
CREDIT_WORDS = {
    "author": re.compile(
        r"记者|記者|作者|撰文|撰稿|通讯员|通訊員|文\s*[/／|]|[图圖]\s*[/／|]|摄影|攝影"
    ),
    "editor": re.compile(r"编辑|編輯|责编|責編"),
    "source": re.compile(r"来源|來源|稿源|出处|出處|供稿|转自|轉自"),
}
#: a credit line is short: a sentence of the text that mentions a 记者 is no credit line
MAX_CREDIT_LINE = 80


def _credit_lines(row: dict[str, Any], rec: dict[str, Any]) -> list[str]:
    """The short lines where a page credits its people: between the headline and the text, the
    text's opening and closing lines, and the lines right after the text."""
    from incubator_crawler.article.text import nfkc_compact

    blocks = corpus.visible_blocks(row["html"], with_title=False)
    keys = [nfkc_compact(b) for b in blocks]
    paras = [p for p in (rec.get("body") or "").split("\n\n") if p.strip()]
    lines = paras[:3] + paras[-4:]
    title = nfkc_compact(rec.get("title") or "")
    first = nfkc_compact(paras[0]) if paras else ""
    last = nfkc_compact(paras[-1]) if paras else ""
    start = next((i for i, k in enumerate(keys) if title and k == title), None)
    begin = next((i for i, k in enumerate(keys) if first and k and first.startswith(k[:30])), None)
    end = next((i for i in range(len(keys) - 1, -1, -1) if last and keys[i] and
                last.endswith(keys[i][-30:])), None)  # fmt: skip
    if start is not None and begin is not None and begin > start:
        lines += blocks[start + 1 : begin][-8:]
    if end is not None:
        lines += blocks[end + 1 : end + 5]
    out: list[str] = []
    for line in lines:
        if len(line) <= MAX_CREDIT_LINE and line not in out:
            out.append(line)
    return out


def _shown_line(html: bytes, names: list[str]) -> str | None:
    """The first visible block holding every one of names (around the first, compacted), or None."""
    from incubator_crawler.article.text import nfkc_compact

    keys = [nfkc_compact(n) for n in names]
    for block in corpus.visible_blocks(html, with_title=False):
        key = nfkc_compact(block)
        if all(k in key for k in keys):
            at = key.find(keys[0])
            return key[max(0, at - 30) : at + 50]
    return None


def people(rows: list[dict[str, Any]], show_all: bool) -> int:
    """Print the people fields where our value and the page's credit lines disagree."""
    from incubator_crawler.article.text import nfkc_compact
    from incubator_crawler.crawl.process import extract_normalized

    counts: Counter[str] = Counter()
    for row in rows:
        rec = extract_normalized(row["html"], row["url"], fetched_at=FETCHED)
        lines = _credit_lines(row, rec)
        for field, words in CREDIT_WORDS.items():
            shown = [line for line in lines if words.search(line)]
            ours = rec.get(field)
            if ours:
                names = [n for n in re.split(r"[、,，;；]", str(ours)) if n.strip()]
                held = all(any(nfkc_compact(n) in nfkc_compact(line) for line in shown)
                           for n in names)  # fmt: skip
                kind = "agree" if held else "false+?"
            else:
                kind = "missed?" if shown else "none"
            counts[f"{field} {kind}"] += 1
            if kind not in ("missed?", "false+?") and not (show_all and kind == "agree"):
                continue
            out = {"id": row["id"], "field": field, "kind": kind, "ours": ours,
                   "lines": shown or lines}  # fmt: skip
            if kind == "false+?":
                # a value the credit window misses may still be on the page (a sidebar
                # profile): where it shows, if anywhere, is what a reader checks first
                out["shown"] = _shown_line(row["html"], names)
                counts[f"{field} false+? unseen"] += out["shown"] is None
            # every flag is printed (misses41 had put this under false+? alone)
            print(json.dumps(out, ensure_ascii=False))
    for key in sorted(counts):
        print(f"{key}: {counts[key]}", file=sys.stderr)
    print(f"{len(rows)} pages", file=sys.stderr)
    return 0


def _pooled(caches: list[Path], per_site: int) -> Iterator[dict[str, Any]]:
    """Unlabelled dev-side pages of several caches, ``per_site`` a site, each page once."""
    _, paths, shas = _labelled()
    test_sites = corpus._test_sites()
    by_site: dict[str, list[dict[str, Any]]] = {}
    seen: set[str] = set()
    for cache in caches:
        lines = (cache / "index.jsonl").read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            row = json.loads(line)
            site = row["site"]
            if row["id"] in seen or _test_side(site, test_sites):
                continue
            seen.add(row["id"])
            by_site.setdefault(site, []).append({**row, "cache": str(cache), "n": n})
    for site in sorted(by_site):
        # a fixed order that is no snapshot's: the first pages of a repository are its indexes
        rows = sorted(by_site[site], key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
        taken = 0
        for row in rows:
            html = (Path(row["cache"]) / f"{row['n']}.html").read_bytes()
            repo, _, path = row["id"].partition(":")
            if taken >= per_site:
                break
            if (repo, path) in paths or hashlib.sha256(html).hexdigest() in shas:
                continue
            taken += 1
            yield {**row, "html": html}


def rules(caches: list[Path], per_site: int) -> int:
    """Print every people value with the rule that found it; count each rule's pages."""
    from incubator_crawler.crawl.process import extract_normalized

    counts: Counter[str] = Counter()
    pages = 0
    for row in _pooled(caches, per_site):
        pages += 1
        rec = extract_normalized(row["html"], row["url"], fetched_at=FETCHED)
        found = rec.get("extraction") or {}
        for field in ("author", "editor", "source"):
            if rec.get(field):
                counts[f"{field} {found.get(field)}"] += 1
                out = {"id": row["id"], "site": row["site"], "cache": row["cache"],
                       "field": field, "rule": found.get(field), "value": rec[field]}  # fmt: skip
                print(json.dumps(out, ensure_ascii=False))
    for key, n in sorted(counts.items(), key=lambda kv: (kv[0].split()[0], -kv[1])):
        print(f"{key}: {n}", file=sys.stderr)
    print(f"{pages} pages", file=sys.stderr)
    return 0


def _day(value: Any) -> str | None:
    return str(value)[:10] if value else None


# a line a reader may take for a trail: a location label, or separators between short items
TRAIL_LABEL_RE = re.compile(r"位置|您在这里|你在这里|您在這裡")
TRAIL_SEP_RE = re.compile(r"\S\s*(?:>|»|›|→|＞|/|-|－|–|—|\|)\s*\S")


def trail_lines(html: bytes) -> list[str]:
    """Short visible lines that hold a location label or two separators between items."""
    out = []
    for line in corpus.visible_blocks(html, with_title=False):
        line = " ".join(line.split())
        if not 2 < len(line) <= 120:
            continue
        if TRAIL_LABEL_RE.search(line) or len(TRAIL_SEP_RE.findall(line)) >= 2:
            out.append(line)
    return out[:8]


def headings(html: bytes) -> dict[str, Any]:
    """The page's h1 texts, og:title and <title>."""
    import lxml.html

    root = lxml.html.document_fromstring(decode_html(html)[0].encode("utf-8"),
                                         parser=lxml.html.HTMLParser(encoding="utf-8"))  # fmt: skip
    h1 = [" ".join(h.text_content().split()) for h in root.iter("h1")]
    og = root.xpath("//meta[@property='og:title']/@content")
    title = root.find(".//title")
    return {
        "h1": [h for h in h1 if h][:3],
        "og": og[0] if og else None,
        "html_title": " ".join(title.text_content().split()) if title is not None else None,
    }


def fields(rows: list[dict[str, Any]]) -> None:
    """Per page: our title and category with their rules, the trail lines and the headings."""
    from incubator_crawler.crawl.process import extract_normalized

    for row in rows:
        ours = extract_normalized(row["html"], row["url"], fetched_at=FETCHED)
        rules = ours.get("extraction") or {}
        out = {
            "id": row["id"],
            "url": row["url"],
            "title": ours.get("title"),
            "title_rule": rules.get("title"),
            "category": ours.get("category"),
            "trail_rule": rules.get("breadcrumb"),
            "trails": trail_lines(row["html"]),
            **headings(row["html"]),
        }
        print(json.dumps(out, ensure_ascii=False))


def _mined(path: Path | None, ids: list[str]) -> None:
    """Append ``ids`` to the mined-pages file, one a line (nothing without ``--mined``)."""
    if path is not None and ids:
        with path.open("a", encoding="utf-8") as out:
            out.writelines(f"{i}\n" for i in ids)


def main(argv: list[str] | None = None) -> int:
    """list / dates / show / fields / people / rules, as the module docstring says."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cmd", choices=["list", "dates", "show", "fields", "people", "rules"])
    ap.add_argument("ident", nargs="?")
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/unlabelled"))
    ap.add_argument("--per-site", type=int, default=5)
    ap.add_argument("--all-repos", action="store_true", help="every snapshot, not the corpus's")
    ap.add_argument("--history", action="store_true", help="every commit's pages, not HEAD's")
    ap.add_argument("--mined", type=Path, help="append the ids handed out to this file")
    ap.add_argument("--all", action="store_true", help="people: print agreeing fields too")
    ap.add_argument("--also", type=Path, action="append", default=[], help="rules: more caches")
    args = ap.parse_args(argv)
    if args.cmd == "rules":
        return rules([args.cache, *args.also], args.per_site)
    rows = _cached(args)
    if args.cmd == "people":
        _mined(args.mined, [r["id"] for r in rows])
        return people(rows, args.all)
    if args.cmd == "list":
        _mined(args.mined, [r["id"] for r in rows])
        for row in rows:
            print(json.dumps({k: row[k] for k in ("id", "site", "url")}, ensure_ascii=False))
        print(f"{len(rows)} pages, {len({r['site'] for r in rows})} sites", file=sys.stderr)
        return 0
    if args.cmd == "show":
        row = next((r for r in rows if r["id"] == args.ident), None)
        if row is None:
            raise SystemExit(f"no unlabelled page {args.ident!r}: run `unlabelled.py list`")
        _mined(args.mined, [row["id"]])
        for i, line in enumerate(corpus.visible_blocks(row["html"])):
            print(f"{i:4d} {line}")
        return 0
    if args.cmd == "fields":
        _mined(args.mined, [r["id"] for r in rows])
        fields(rows)
        return 0
    from peers import htmldate_fields, trafilatura_fields

    from incubator_crawler.crawl.process import extract_normalized

    _mined(args.mined, [r["id"] for r in rows])
    counts: Counter[str] = Counter()
    for row in rows:
        text = decode_html(row["html"])[0]
        # the record's key is ``published_at`` (reading ``published`` gave None on both sides,
        # so an earlier run's "0 of 54 differ" compared nothing)
        got = extract_normalized(row["html"], row["url"], fetched_at=FETCHED)
        ours = _day(got.get("published_at"))
        peers = {
            "htmldate": _day(htmldate_fields(text, row["url"]).get("published_at")),
            "trafilatura": _day(trafilatura_fields(text, row["url"], FETCHED).get("published_at")),
        }
        differ = sorted(name for name, day in peers.items() if day != ours)
        counts[",".join(differ) or "agree"] += 1
        if differ:
            out = {
                "id": row["id"],
                "site": row["site"],
                "url": row["url"],
                "ours": got.get("published_at"),
                "rule": (got.get("extraction") or {}).get("published"),
                **peers,
            }
            print(json.dumps(out, ensure_ascii=False))
    print(f"{len(rows)} pages: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()),
          file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
