"""The real-page corpus: hand labels in this folder, page bytes from public repositories.

Labels (``articles/*.json``, ``lists/*.json``) are ours and live in the repository. The pages
are other people's saved pages, so they are not committed here: each label names the public
repository, commit and path the bytes come from, with their SHA-256 and licence. Pages are read
from the first folder that has them:

1. ``$INCUBATOR_REAL_PAGES``;
2. ``../shared/evaldata/real_pages`` beside the checkout (where the project's shared data lives);
3. ``.real-pages/`` in the checkout, written by ``python tests/real/corpus.py materialise`` from
   local snapshots of the source repositories (``--mirrors``, default ``/work/.mirror``).

Pages of ``opendatalab/magic-html`` are read from ``../shared/evaldata/magic_html_article``.

Commands (run from the repository root)::

    python tests/real/corpus.py materialise [--out DIR]   # write .real-pages/ from the snapshots
    python tests/real/corpus.py blocks ID [--all]    # the page's visible text, one numbered block a line
    python tests/real/corpus.py setbody ID 12-40 [-x 15,16]   # body := those blocks, in the label
    python tests/real/corpus.py check                # validate every label, print the split
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: the scoring helpers the gold gate uses too

from scoring import UNSEEN_RE, bigram_f1  # noqa: E402

ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
ARTICLES = HERE / "articles"
LISTS = HERE / "lists"
SPLIT_FILE = HERE / "split.json"
LOCAL_PAGES = ROOT / ".real-pages"
PRECISIONS = ("year", "month", "day", "hour", "minute", "second")
ARTICLE_KEYS = (
    "id", "site", "url", "page", "title", "published", "published_precision",
    "author", "editor", "source", "category", "body", "notes", "checked",
)  # fmt: skip
_WS_RE = re.compile(r"\s+")
# page.via of pages pieced together from the search tool's read_file answers (no snapshot)
READ_FILE = "read_file"


# ------------------------------------------------------------------------------ pages
def page_dirs() -> list[Path]:
    """Folders searched for page bytes, in order."""
    dirs = []
    if os.environ.get("INCUBATOR_REAL_PAGES"):
        dirs.append(Path(os.environ["INCUBATOR_REAL_PAGES"]))
    dirs += [SHARED / "evaldata" / "real_pages", LOCAL_PAGES]
    return dirs


def page_path(label: dict[str, Any]) -> Path | None:
    """Where the page bytes of ``label`` are on this machine, or None."""
    page = label["page"]
    if page.get("shared"):
        path = SHARED / page["shared"]
        return path if path.exists() else None
    for folder in page_dirs():
        path = folder / f"{label['id']}.html"
        if path.exists():
            return path
    return None


def page_bytes(label: dict[str, Any]) -> bytes | None:
    """The page as saved (checked against the label's SHA-256), or None if it is not here."""
    path = page_path(label)
    if path is None:
        return None
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != label["page"]["sha256"]:
        raise ValueError(f"{path}: bytes differ from the label's sha256")
    return data


def _git_dir(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def page_slice(data: bytes, cut: dict[str, str]) -> bytes:
    """The page held inside a larger file: the bytes between ``cut["after"]`` and ``cut["before"]``.

    Some repositories keep a saved page as a string in a test file (a JavaScript template
    literal, say); the label then names the markers around it, and the page is that span.
    A file holding several pages one after another (a crawler's test input made by
    concatenating its fetches) names the nth page with ``cut["skip"]``: that many earlier
    occurrences of ``after`` are passed over.

    The marker-inclusive form ``cut["from"]`` / ``cut["through"]`` names markers that belong
    to the page: it starts at the first ``from`` (its first byte is the marker's) and ends
    with the first ``through`` after that, marker included. A crawler that pickled each page
    as a ``str`` (protocol 3, a BINUNICODE run) keeps its UTF-8 bytes contiguous between a
    binary length prefix and the pickle's trailer, which no text just before or after can
    name, so the label names ``<!DOCTYPE`` and ``</html>`` instead.
    """
    if "from" in cut:
        first, through = cut["from"].encode("utf-8"), cut["through"].encode("utf-8")
        start = data.index(first)
        for _ in range(int(cut.get("skip", 0))):
            start = data.index(first, start + len(first))
        return data[start : data.index(through, start) + len(through)]
    after, before = cut["after"].encode("utf-8"), cut["before"].encode("utf-8")
    start = data.index(after) + len(after)
    for _ in range(int(cut.get("skip", 0))):
        start = data.index(after, start) + len(after)
    return data[start : data.index(before, start)]


def materialise(mirrors: Path, out: Path = LOCAL_PAGES) -> tuple[int, int, int]:
    """Copy every labelled page out of the repository snapshots into ``out`` (.real-pages/).

    Returns (written, missing, skipped); pages whose label says ``"via": "read_file"`` are
    skipped, as no snapshot holds them.
    """
    out.mkdir(parents=True, exist_ok=True)
    written = missing = skipped = 0
    for label in load_labels(ARTICLES) + load_labels(LISTS):
        page = label["page"]
        if page.get("shared"):
            continue
        target = out / f"{label['id']}.html"
        if target.exists():
            continue
        if page.get("via") == READ_FILE:
            # no snapshot holds these bytes: they were pieced together from the search tool's
            # read_file answers (a repository too large to fetch), so there is nothing to copy
            skipped += 1
            print(f"skipped: {label['id']} (read with the search tool's read_file; not in a snapshot)",
                  file=sys.stderr)  # fmt: skip
            continue
        spec = f"{page['commit']}:{page['path']}"
        try:
            data = subprocess.run(
                ["git", f"--git-dir={_git_dir(mirrors, page['repo'])}", "show", spec],
                check=True, capture_output=True,
            ).stdout  # fmt: skip
        except (subprocess.CalledProcessError, FileNotFoundError):
            missing += 1
            print(f"missing: {label['id']} ({page['repo']} {spec})", file=sys.stderr)
            continue
        if page.get("slice"):
            data = page_slice(data, page["slice"])
        if hashlib.sha256(data).hexdigest() != page["sha256"]:
            raise SystemExit(f"{label['id']}: sha256 differs from {page['repo']} {spec}")
        target.write_bytes(data)
        written += 1
    return written, missing, skipped


# ------------------------------------------------------------------------------ labels
def load_labels(folder: Path = ARTICLES) -> list[dict[str, Any]]:
    """Every label in ``folder``, sorted by id."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def split_of(site: str) -> str:
    """``dev`` or ``test`` for a site (sites not in split.json are dev)."""
    return "test" if site in _test_sites() else "dev"


def rule_split(site: str) -> str:
    """``dev`` or ``test`` for a site by split.json's rule (sha1 of the site, first 8 hex digits, mod 100 < 40)."""
    return (
        "test" if int(hashlib.sha1(site.encode("utf-8")).hexdigest()[:8], 16) % 100 < 40 else "dev"
    )


def _split_problem(site: str) -> list[str]:
    # a new site must be entered in split.json's test_sites when the rule puts it in test, or
    # every tool (real.py, real_lists.py) would score and print its pages as dev pages
    if SPLIT_FILE.exists() and split_of(site) != rule_split(site):
        return [f"site {site} is {split_of(site)} in split.json but {rule_split(site)} by its rule"]
    return []


def _page_problem(page: dict[str, Any]) -> list[str]:
    # a path naming a folder ("2019/01/27/x/") makes `git show` print a tree listing, so
    # materialise fails on a new machine although the page was read from a worktree copy
    if not page.get("sha256"):
        return ["page has no sha256"]
    if str(page.get("path", "")).endswith("/"):
        return [f"page path names a folder, not a file: {page['path']!r}"]
    return []


def _test_sites() -> frozenset[str]:
    if not SPLIT_FILE.exists():
        return frozenset()
    return frozenset(json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["test_sites"])


def corpus(kind: str = "articles", split: str | None = None) -> list[dict[str, Any]]:
    """Labels with their page bytes (``label["html"]``), skipping pages not on this machine."""
    out = []
    for label in load_labels(ARTICLES if kind == "articles" else LISTS):
        label["split"] = split_of(label["site"])
        if split and label["split"] != split:
            continue
        data = page_bytes(label)
        if data is None:
            continue
        label["html"] = data
        out.append(label)
    return out


# ------------------------------------------------------------------------------ blocks
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    "title",
}  # fmt: skip
_CUT = "\x00"
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "iframe", "select", "option"}


def visible_blocks(html: bytes, with_title: bool = True) -> list[str]:
    """The page's text as a reader sees it, cut at block boundaries, one string per block."""
    import lxml.html

    from incubator_crawler.article.encoding import decode_html

    text, _ = decode_html(html)
    # a stray </html> mid-page would make lxml drop the rest, which a browser still shows
    text = re.sub(r"</\s*(?:body|html)\s*>", "", text, flags=re.IGNORECASE)
    root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True))  # fmt: skip
    parts: list[str] = []
    if with_title:
        title = root.find(".//title")
        if title is not None and title.text_content().strip():
            parts.append("<title> " + title.text_content().strip())
            parts.append(_CUT)

    # an explicit stack, not recursion: some pages nest past Python's recursion limit. An entry is
    # an element still to open or a string to append once the elements before it are done.
    body = root.find("body")
    stack: list[Any] = [body if body is not None else root]
    while stack:
        el = stack.pop()
        if isinstance(el, str):
            parts.append(el)
            continue
        tag = el.tag if isinstance(el.tag, str) else ""
        style = (el.get("style") or "").replace(" ", "").lower() if tag else ""
        hidden = "display:none" in style or "visibility:hidden" in style
        if tag in _SKIP_TAGS or hidden or (tag and el.get("hidden") is not None):
            if el.tail:
                parts.append(el.tail)
            continue
        block = tag in _BLOCK_TAGS
        if block:
            parts.append(_CUT)
        if tag == "img" and el.get("alt"):
            parts.append("[img: " + _WS_RE.sub(" ", el.get("alt")) + "]")
        if el.text:
            parts.append(el.text)
        # pushed in reverse: the children first, then the block's end, then the tail
        if el.tail:
            stack.append(el.tail)
        if block:
            stack.append(_CUT)
        stack.extend(reversed(el))

    lines = []
    # line breaks in the HTML source are spaces to a reader; only block boundaries cut
    for line in "".join(parts).split(_CUT):
        line = _WS_RE.sub(" ", line.replace("\xa0", " ").replace("\u3000", " ")).strip()
        if line:
            lines.append(line)
    return lines


def _parse_ranges(spec: str) -> list[int]:
    out: list[int] = []
    for part in filter(None, spec.split(",")):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def _label_file(ident: str) -> Path:
    for folder in (ARTICLES, LISTS):
        path = folder / f"{ident}.json"
        if path.exists():
            return path
    raise SystemExit(f"no label {ident}.json in {ARTICLES} or {LISTS}")


# ------------------------------------------------------------------------------ scoring
#: Source labels that name no publisher (LABELLING.md, "Source"): the page's own 本站原创, or
#: 网络 ("from the web"). SITES.md: they mean "this site" or "unknown", so the archive stores no
#: source, and a page labelled with one scores as a page without a source, for every tool.
NO_SOURCE = frozenset(
    {"本站", "本网", "本網", "本站原创", "本站原創", "本网原创", "本網原創", "原创", "原創"}
    | {"网络", "網絡", "網路", "互联网", "互聯網", "未知", "佚名", "不详", "不詳"}
    | {"网", "網"}  # a lone generic word a template prints in the 来源 slot (scjchc.cn: 来源： 网)
    # "this hospital / institute" and "reposted" name no publisher either (decide79, as 本站 / 网络)
    | {"本院", "转载", "轉載"}
)


def norm(value: Any) -> str:
    """Comparison form of a short field: NFKC, whitespace, zero-width characters and edge
    punctuation removed."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    s = UNSEEN_RE.sub("", unicodedata.normalize("NFKC", str(value)))  # as bigram_f1
    return s.strip("【】[]()（）:：,，;；、|/")


def names(value: Any) -> set[str]:
    """A people field as a set of names (split on spaces, commas, 、 and the like)."""
    if not value:
        return set()
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    parts = re.split(r"[\s,，、;；/|]+", unicodedata.normalize("NFKC", str(value)))
    return {p for p in parts if p}


def category_leaf(value: Any) -> str:
    """The last segment of a breadcrumb path (``a > b`` or a list)."""
    if not value:
        return ""
    if isinstance(value, (list, tuple)):
        return norm(value[-1]) if value else ""
    return norm(re.split(r"\s*(?:>|›|»|/|→|＞)\s*", str(value).strip())[-1])


def gold_body(label: dict[str, Any]) -> str:
    """The labelled body as one string (paragraphs joined by newlines)."""
    body = label.get("body")
    if isinstance(body, list):
        return "\n".join(body)
    return body or ""


def score(pred: dict[str, Any], label: dict[str, Any]) -> dict[str, float | None]:
    """Per-field score of one page; None where the field does not apply to the page.

    title, source: exact after :func:`norm`. published: right to the day (or exact at the
    label's year/month precision). author, editor: the set of names equal. category: breadcrumb
    leaf equal. body: bigram F1. Publish date, people, source and category score only where the
    page has them (a separate ``*_false`` count tells when a tool invents one on a page without
    it: ``published_false``, ``author_false``, ``editor_false``, ``source_false``,
    ``category_false``).
    """
    out: dict[str, float | None] = {}
    out["title"] = float(norm(pred.get("title")) == norm(label.get("title")))
    gold_date = label.get("published")
    if gold_date:
        p = pred.get("published_at") or ""
        n = {"year": 4, "month": 7}.get(label.get("published_precision") or "day", 10)
        out["published"] = float(p[:n] == gold_date[:n] and len(p) >= n)
    else:
        out["published"] = None
    out["published_false"] = None if gold_date else float(bool(pred.get("published_at")))
    for key in ("author", "editor"):
        gold = names(label.get(key))
        out[key] = float(names(pred.get(key)) == gold) if gold else None
        out[key + "_false"] = None if gold else float(bool(names(pred.get(key))))
    gold_src = norm(label.get("source"))
    if gold_src.casefold() in NO_SOURCE:
        gold_src = ""  # the label keeps what the page shows; the archive stores no source
    out["source"] = float(norm(pred.get("source")) == gold_src) if gold_src else None
    out["source_false"] = None if gold_src else float(bool(norm(pred.get("source"))))
    gold_cat = category_leaf(label.get("category"))
    out["category"] = float(category_leaf(pred.get("category")) == gold_cat) if gold_cat else None
    out["category_false"] = None if gold_cat else float(bool(category_leaf(pred.get("category"))))
    out["body"] = bigram_f1(pred.get("body"), gold_body(label))
    return out


# ------------------------------------------------------------------------------ checks
def check_label(label: dict[str, Any]) -> list[str]:
    """Problems with one article label (empty list when it is well formed)."""
    problems = []
    missing = [k for k in ARTICLE_KEYS if k not in label]
    if missing:
        problems.append("missing keys: " + ", ".join(missing))
    if not label.get("title"):
        problems.append("no title")
    if label.get("published"):
        if label.get("published_precision") not in PRECISIONS:
            problems.append("published_precision not one of " + "/".join(PRECISIONS))
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d(T\d\d(:\d\d(:\d\d)?)?)?)?)?", label["published"]):
            problems.append(f"published not ISO: {label['published']!r}")
    for key in ("author", "editor"):
        if not isinstance(label.get(key), list):
            problems.append(f"{key} must be a list of names")
    if not gold_body(label):
        problems.append("no body")
    return (
        problems + _page_problem(label.get("page", {})) + _split_problem(str(label.get("site", "")))
    )


LIST_KEYS = ("id", "site", "url", "page", "links", "next_page", "notes", "checked")


def check_list_label(label: dict[str, Any]) -> list[str]:
    """Problems with one list label (empty list when it is well formed)."""
    problems = []
    missing = [k for k in LIST_KEYS if k not in label]
    if missing:
        problems.append("missing keys: " + ", ".join(missing))
    links = label.get("links")
    if not isinstance(links, list) or not links or not all(isinstance(x, str) and x for x in links):
        problems.append("links must be a non-empty list of hrefs")
    elif len(set(links)) != len(links):
        problems.append("links repeat")
    if label.get("next_page") is not None and not isinstance(label["next_page"], str):
        problems.append("next_page must be an href or null")
    return (
        problems + _page_problem(label.get("page", {})) + _split_problem(str(label.get("site", "")))
    )


def main(argv: list[str] | None = None) -> int:
    """Command line of the corpus tools (see the module docstring)."""
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("materialise")
    m.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    # a shared pages folder (the main checkout's, say) so other checkouts can read the pages
    m.add_argument("--out", type=Path, default=LOCAL_PAGES)
    b = sub.add_parser("blocks")
    b.add_argument("ident")
    s = sub.add_parser("setbody")
    s.add_argument("ident")
    s.add_argument("ranges")
    s.add_argument("-x", "--exclude", default="")
    sub.add_parser("check")
    args = ap.parse_args(argv)

    if args.cmd == "materialise":
        written, missing, skipped = materialise(args.mirrors, args.out)
        print(f"{written} pages written to {args.out}, {missing} missing, {skipped} skipped")
        return 1 if missing else 0
    if args.cmd in ("blocks", "setbody"):
        path = _label_file(args.ident)
        label = json.loads(path.read_text(encoding="utf-8"))
        data = page_bytes(label)
        if data is None:
            raise SystemExit(f"page of {args.ident} is not on this machine: run materialise")
        blocks = visible_blocks(data)
        if args.cmd == "blocks":
            for i, line in enumerate(blocks):
                print(f"{i:4d} {line}")
            return 0
        drop = set(_parse_ranges(args.exclude))
        label["body"] = [blocks[i] for i in _parse_ranges(args.ranges) if i not in drop]
        path.write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{args.ident}: {len(label['body'])} paragraphs, first: {label['body'][0][:40]!r}")
        return 0
    bad = 0
    labels = [label for label in load_labels(ARTICLES) if not label.get("exclude")]
    for label in labels:
        for problem in check_label(label):
            bad += 1
            print(f"{label.get('id')}: {problem}")
    sites = Counter(label["site"] for label in labels)
    over = {s: n for s, n in sites.items() if n > 8}
    if over:
        bad += 1
        print(f"more than 8 pages for {over}")
    splits = Counter(split_of(label["site"]) for label in labels)
    test_sites = {label["site"] for label in labels if split_of(label["site"]) == "test"}
    print(
        f"{len(labels)} article labels, {len(sites)} sites; dev {splits['dev']} pages, "
        f"test {splits['test']} pages on {len(test_sites)} sites; {bad} problems"
    )
    lists = load_labels(LISTS)
    for label in lists:
        for problem in check_list_label(label):
            bad += 1
            print(f"{label.get('id')}: {problem}")
    print(f"{len(lists)} list labels, {len({x['site'] for x in lists})} sites; {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
