"""Real-page benchmark: ours against trafilatura, GNE and htmldate on pages none of us wrote.

The corpus is ``tests/real/`` (hand labels; the pages come from public repositories, see
``tests/real/corpus.py``). Dev and test are split by site (``tests/real/split.json``): tune on
dev, report test. Run from the repository root (needs ``pip install -e '.[bench]'``)::

    .venv/bin/python tests/real/corpus.py materialise     # once: pages out of the snapshots
    .venv/bin/python benchmarks/real.py [--misses FIELD]   # the table, dev and test apart

Scores (macro over the pages where the field applies; ``tests/real/corpus.py:score``): title
exact; publish date right to the day (or to the month/year the page shows); author and editor
the same set of names; source exact; category the breadcrumb leaf; body character-bigram F1.
``false+`` columns (author, editor, source, published, category) count pages labelled without
the field where a tool still gave one: a date on a page that shows none, a breadcrumb leaf on a
page without a trail, a name or source the page does not have. Peers get text
decoded by our ``decode_html``, and their date strings are parsed by our ``parse_cn_date`` (in
their favour). Peers without a field show N/A. Speed: pages/s over the same pages, same run.
``--misses FIELD`` prints dev pages where ours is wrong on FIELD (never test pages);
``--misses FIELD_false`` (e.g. ``published_false``) prints the dev pages where ours gave FIELD
and the label has none.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "real"))

import corpus  # noqa: E402
from peers import gne_fields, htmldate_fields, trafilatura_fields  # noqa: E402

from incubator_crawler.article.encoding import decode_html  # noqa: E402
from incubator_crawler.crawl.process import extract_normalized  # noqa: E402

FETCHED = datetime.fromisoformat("2026-11-28T13:00:00+08:00")
FIELDS = ("title", "published", "author", "editor", "source", "category", "body")
#: false+ columns; published and category came last (bench57), after the three older ones.
FALSE = ("author_false", "editor_false", "source_false", "published_false", "category_false")
TARGETS = {
    "title": 0.97, "published": 0.95, "author": 0.85, "editor": 0.95, "source": 0.95,
    "category": 0.95, "body": 0.93,
}  # fmt: skip
#: Fields each peer has at all (N/A elsewhere).
PEER_FIELDS = {
    "ours": set(FIELDS),
    "trafilatura": {"title", "published", "author", "category", "body"},
    "gne": {"title", "published", "author", "body"},
    "htmldate": {"published"},
}


def run_ours(page: dict[str, Any], text: str) -> dict[str, Any]:
    """Our pipeline: bytes in, normalised fields out."""
    return extract_normalized(page["html"], page.get("url") or "http://example.invalid/",
                              fetched_at=FETCHED)  # fmt: skip


def run_trafilatura(page: dict[str, Any], text: str) -> dict[str, Any]:
    """trafilatura (``peers.trafilatura_fields``)."""
    return trafilatura_fields(text, page.get("url"), FETCHED)


def run_gne(page: dict[str, Any], text: str) -> dict[str, Any]:
    """GNE (``peers.gne_fields``)."""
    return gne_fields(text, FETCHED)


def run_htmldate(page: dict[str, Any], text: str) -> dict[str, Any]:
    """htmldate (``peers.htmldate_fields``)."""
    return htmldate_fields(text, page.get("url"))


TOOLS = {"ours": run_ours, "trafilatura": run_trafilatura, "gne": run_gne, "htmldate": run_htmldate}


def evaluate(pages: list[dict[str, Any]], tools: list[str]) -> dict[str, Any]:
    """Per tool: per-page scores, predictions and the seconds spent."""
    texts = [decode_html(p["html"])[0] for p in pages]
    out = {}
    for name in tools:
        fn, scores, preds, elapsed = TOOLS[name], [], [], 0.0
        for page, text in zip(pages, texts, strict=True):
            t0 = time.perf_counter()
            pred = fn(page, text)
            elapsed += time.perf_counter() - t0
            preds.append(pred)
            scores.append(corpus.score(pred, page))
        out[name] = {"scores": scores, "preds": preds, "seconds": elapsed}
    return out


def macro(scores: list[dict[str, float | None]], key: str) -> tuple[float | None, int]:
    """Mean of ``key`` over pages where it applies, and how many pages that is."""
    vals = [s[key] for s in scores if s.get(key) is not None]
    return (sum(vals) / len(vals) if vals else None), len(vals)


def table(split: str, pages: list[dict[str, Any]], results: dict[str, Any]) -> list[str]:
    """The markdown table of one split."""
    lines = [f"\n{split}: {len(pages)} pages, {len({p['site'] for p in pages})} sites"]
    counts = {f: macro(results["ours"]["scores"], f)[1] for f in FIELDS + FALSE}
    head = " | ".join(f"{f} ({counts[f]})" for f in FIELDS)
    false = " | ".join(f"{f.split('_')[0]} false+ ({counts[f]})" for f in FALSE)
    lines.append(f"| tool | {head} | {false} | pages/s |")
    lines.append("|---" * (2 + len(FIELDS) + len(FALSE)) + "|")
    for name, res in results.items():
        cells = []
        for f in FIELDS + FALSE:
            base = f.split("_")[0]
            value, _ = macro(res["scores"], f)
            cells.append(
                "N/A" if base not in PEER_FIELDS[name] or value is None else f"{value:.3f}"
            )
        pps = len(pages) / res["seconds"] if res["seconds"] else float("inf")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {pps:.1f} |")
    return lines


def rule_report(scores: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[str]:
    """Per people/source rule: pages where it gave a value, right, wrong, and false+ (no gold)."""
    tally: dict[tuple[str, str], list[int]] = {}
    for s, pred in zip(scores, preds, strict=True):
        rules = pred.get("extraction") or {}
        for field in ("author", "editor", "source"):
            if not pred.get(field):
                continue
            row = tally.setdefault((field, rules.get(field, "?")), [0, 0, 0, 0])
            row[0] += 1
            if s.get(field) is None:
                row[3] += 1
            else:
                row[1 if s[field] == 1.0 else 2] += 1
    lines = ["| field | rule | gave | right | wrong | false+ |", "|---|---|---|---|---|---|"]
    for (field, rule), (n, right, wrong, false) in sorted(tally.items()):
        lines.append(f"| {field} | {rule} | {n} | {right} | {wrong} | {false} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of tools")
    ap.add_argument("--misses", metavar="FIELD", help="print dev pages ours gets wrong on FIELD")
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--ids", metavar="FILE",
                    help="score only the page ids listed in FILE (one a line): new pages, scored "
                         "before any rule is tuned on them")  # fmt: skip
    ap.add_argument(
        "--rules",
        action="store_true",
        help="per people/source rule on dev: how often it fired and was right",
    )
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)  # trafilatura and htmldate log every page without a date
    tools = [t for t in args.tools.split(",") if t]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        print(
            f"error: unknown tool {unknown[0]!r}; --tools takes {','.join(TOOLS)}", file=sys.stderr
        )
        return 2
    # each peer's module is named as its tool
    absent = [t for t in tools if t != "ours" and importlib.util.find_spec(t) is None]
    if absent:
        print(f"error: {absent[0]} is not installed; run `.venv/bin/pip install -e '.[bench]'`"
              " or pass --tools ours", file=sys.stderr)  # fmt: skip
        return 2
    labels = corpus.load_labels()
    everything = [lb for lb in labels if not lb.get("exclude")]
    missing = [lb["id"] for lb in everything if corpus.page_path(lb) is None]
    print(f"{len(everything)} labelled pages; {len(missing)} not on this machine"
          + (" (run: python tests/real/corpus.py materialise)" if missing else ""))  # fmt: skip
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    for split in splits:
        pages = [
            p for p in corpus.corpus("articles", split) if p.get("title") and not p.get("exclude")
        ]
        if args.ids:
            wanted = set(Path(args.ids).read_text(encoding="utf-8").split())
            pages = [p for p in pages if p["id"] in wanted]
        if not pages:
            continue
        results = evaluate(pages, tools)
        print("\n".join(table(split, pages, results)))
        if "ours" in results and "trafilatura" in results:
            ratio = results["trafilatura"]["seconds"] / results["ours"]["seconds"]
            print(f"speed: ours is {ratio:.1f}x trafilatura's pages/s on these pages")
        if "ours" in results:
            ours = results["ours"]["scores"]
            met = [
                f"{'MET ' if (macro(ours, f)[0] or 0) >= t else 'MISS'} {f} >= {t}"
                f" ({(macro(ours, f)[0] or 0):.3f})"
                for f, t in TARGETS.items()
            ]
            print("targets: " + "; ".join(met))
        if args.rules and split == "dev" and "ours" in results:
            print("\n".join(rule_report(ours, results["ours"]["preds"])))
        if args.misses and split == "dev" and "ours" in results:
            field = args.misses.removesuffix("_false")
            for page, s, pred in zip(pages, ours, results["ours"]["preds"], strict=True):
                value = s.get(args.misses)
                if field != args.misses:  # FIELD_false: the pages where ours is a false+
                    wrong = value == 1.0
                else:
                    wrong = value is not None and value < (0.9 if field == "body" else 1.0)
                if wrong:
                    gold = corpus.gold_body(page)[:60] if field == "body" else page.get(field)
                    key = "published_at" if field == "published" else field
                    got = (pred.get(key) or "")[:60] if field == "body" else pred.get(key)
                    print(f"  {page['id']}: gold {gold!r} got {got!r} ({value:.2f})"
                          + (f" [{pred.get('rejected')}]" if pred.get("rejected") else ""))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
