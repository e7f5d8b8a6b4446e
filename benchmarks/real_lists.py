"""Real list-page benchmark: our list finder against Gerapy AutoExtractor on saved list pages.

The corpus is ``tests/real/lists/`` (hand labels of real Chinese list pages; the pages come from
public repositories, see ``tests/real/corpus.py``). Dev and test are split by site
(``tests/real/split.json``; without it every page is dev). Run from the repository root::

    .venv/bin/python tests/real/corpus.py materialise      # once: pages out of the snapshots
    .venv/bin/python benchmarks/real_lists.py [--pages]     # the table, dev and test apart

Tools: ours is ``find_article_links_generic`` for the links and ``find_next_page`` for the next
page; Gerapy AutoExtractor is ``extract_list(html, base_url=url)`` (it has no next page: N/A).
Both get the text decoded by our ``decode_html``.

Scores, per split: link recall and precision (macro over pages) of the predicted article URLs
against the labelled main list, after ``w3lib.url.canonicalize_url`` with the scheme dropped
(Gerapy turns ``//host`` into ``http://host``; http and https name the same article here);
``R>=.98`` the pages whose recall is at least 0.98; next-page accuracy (exact canonical URL,
and no next page on both sides counts right); ``benchmarks/list_scores.py`` holds the comparison.
``--pages`` prints each dev page's numbers.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "real"))

import corpus  # noqa: E402
from list_scores import canon, page_score  # noqa: E402
from parsel import Selector  # noqa: E402

from incubator_crawler.article.encoding import decode_html  # noqa: E402
from incubator_crawler.listing.links import find_article_links_generic  # noqa: E402
from incubator_crawler.listing.pagination import find_next_page  # noqa: E402

SPLITS = ("dev", "test")
RECALL_OK = 0.98


def _ours(text: str, url: str) -> tuple[list[str], str | None]:
    sel = Selector(text=text)
    links = [e.url for e in find_article_links_generic(sel, url)]
    found = find_next_page(sel, url)
    return links, (found.url if found is not None else None)


def _gerapy_fn() -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from gerapy_auto_extractor import extract_list
        from loguru import logger

        logger.remove()
    except ImportError:
        return None

    def run(text: str, url: str) -> tuple[list[str], str | None]:
        try:
            items = extract_list(text, base_url=url) or []
        except Exception:  # noqa: BLE001 - a peer crashing on a page scores as finding nothing
            items = []
        return [i["url"] for i in items if i.get("url")], None

    return run


def _summary(rows: list[dict[str, Any]], has_next: bool) -> dict[str, Any]:
    n = len(rows)
    if not n:
        return {"pages": 0, "recall": None, "precision": None, "recall_ok": 0, "next": None}
    return {
        "pages": n,
        "recall": sum(r["recall"] for r in rows) / n,
        "precision": sum(r["precision"] for r in rows) / n,
        "recall_ok": sum(r["recall"] >= RECALL_OK for r in rows),
        "next": sum(r["next_ok"] for r in rows) / n if has_next else None,
        "seconds": sum(r["seconds"] for r in rows),
    }


def score_lists(split: str | None = None) -> dict[str, Any]:
    """Score every tool on the list labels whose page is here.

    Returns ``{"counts": {...}, "tools": {tool: {split: summary}}, "pages": [row, ...]}``;
    a summary has ``pages``, ``recall``, ``precision`` (macro), ``recall_ok`` (pages with
    recall >= 0.98), ``next`` (next-page accuracy, None when the tool has none) and ``seconds``.
    """
    labels = corpus.corpus("lists", split=split)
    tools: dict[str, Any] = {"ours": _ours}
    gerapy = _gerapy_fn()
    if gerapy is not None:
        tools["gerapy"] = gerapy
    rows: list[dict[str, Any]] = []
    for label in labels:
        text, _ = decode_html(label["html"])
        url = label.get("url") or ""
        for name, fn in tools.items():
            start = time.perf_counter()
            links, next_url = fn(text, url)
            seconds = time.perf_counter() - start
            recall, precision = page_score(links, label["links"])
            rows.append({
                "tool": name, "id": label["id"], "site": label["site"], "split": label["split"],
                "recall": recall, "precision": precision, "predicted": len(links),
                "gold": len(label["links"]), "next": next_url, "gold_next": label["next_page"],
                "next_ok": canon(next_url) == canon(label["next_page"]), "seconds": seconds,
            })  # fmt: skip
    summary = {
        name: {
            s: _summary([r for r in rows if r["tool"] == name and r["split"] == s], name == "ours")
            for s in SPLITS
        }
        for name in tools
    }
    all_labels = corpus.load_labels(corpus.LISTS)
    counts = {
        "labels": len(all_labels),
        "sites": len({x["site"] for x in all_labels}),
        "scored": len(labels),
        **{s: sum(1 for x in labels if x["split"] == s) for s in SPLITS},
        **{f"{s}_sites": len({x["site"] for x in labels if x["split"] == s}) for s in SPLITS},
        "gerapy": gerapy is not None,
    }
    return {"counts": counts, "tools": summary, "pages": rows}


def _fmt(value: float | None, pct: bool = True) -> str:
    if value is None:
        return "N/A"
    return f"{100 * value:.1f}" if pct else f"{value}"


def main(argv: list[str] | None = None) -> int:
    """Print the table (dev and test apart) and, with ``--pages``, each dev page."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", action="store_true", help="per-page numbers of the dev pages")
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    result = score_lists()
    c = result["counts"]
    print(
        f"{c['labels']} list labels on {c['sites']} sites; scored {c['scored']} pages "
        f"(dev {c['dev']} on {c['dev_sites']} sites, test {c['test']} on {c['test_sites']} sites)"
    )
    if not c["gerapy"]:
        print("gerapy_auto_extractor is not installed: its rows are left out")
    head = (
        f"{'split':5} {'tool':7} {'pages':>5} {'recall':>7} {'prec':>7} {'R>=.98':>7} {'next':>6}"
    )
    print(head)
    print("-" * len(head))
    for s in SPLITS:
        for name, per_split in result["tools"].items():
            m = per_split[s]
            if not m["pages"]:
                print(f"{s:5} {name:7} {0:>5} {'-':>7} {'-':>7} {'-':>7} {'-':>6}")
                continue
            ok = f"{m['recall_ok']}/{m['pages']}"
            print(
                f"{s:5} {name:7} {m['pages']:>5} {_fmt(m['recall']):>7} {_fmt(m['precision']):>7} "
                f"{ok:>7} {_fmt(m['next']):>6}"
            )
    if args.pages:
        print()
        print(f"{'id':42} {'tool':7} {'gold':>4} {'pred':>4} {'recall':>6} {'prec':>6} next")
        for r in result["pages"]:
            if r["split"] != "dev":
                continue
            nxt = "ok" if r["next_ok"] else f"got {r['next']} want {r['gold_next']}"
            if r["tool"] != "ours":
                nxt = ""
            print(
                f"{r['id']:42} {r['tool']:7} {r['gold']:>4} {r['predicted']:>4} "
                f"{100 * r['recall']:>6.1f} {100 * r['precision']:>6.1f} {nxt}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
