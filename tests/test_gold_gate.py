"""CI gate: per-field extraction accuracy on the gold pages must not fall below the floors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from scoring import FIELDS, load_gold, macro, score_page

from incubator_crawler.crawl.process import extract_normalized

GOLD_DIR = Path(__file__).parent / "gold"
FLOORS = {
    "title": 0.98,
    "published": 0.97,
    "author": 0.95,
    "editor": 0.95,
    "source": 0.95,
    "category": 0.90,
    "body": 0.97,
}
MIN_PAGES = 60


def _run() -> tuple[list[dict], list[dict]]:
    rows, scores = [], []
    for page in load_gold(GOLD_DIR):
        pred = extract_normalized(
            page["body"],
            page["url"],
            headers=page.get("headers"),
            fetched_at=datetime.fromisoformat(page["fetched_at"]),
        )
        rows.append({"case": page["case"], "pred": pred, "gold": page["gold"]})
        scores.append(score_page(pred, page["gold"]))
    return rows, scores


@pytest.fixture(scope="module")
def gold_run():
    return _run()


def _report(rows, scores, totals) -> str:
    lines = ["field       score   floor"]
    for f in FIELDS:
        flag = "" if totals[f] >= FLOORS[f] else "   <-- below floor"
        lines.append(f"{f:<10} {totals[f]:6.3f}  {FLOORS[f]:6.2f}{flag}")
    lines.append("\nfailing pages:")
    for row, sc in zip(rows, scores, strict=True):
        bad = [f for f in FIELDS if sc[f] is not None and sc[f] < (0.9 if f == "body" else 1)]
        for f in bad:
            key = "published_at" if f == "published" else f
            got, want = row["pred"].get(key), row["gold"].get(key)
            if f == "body":
                got, want = f"F1={sc[f]:.3f}", ""
            lines.append(f"  {row['case']:<28} {f:<9} got={got!r} want={want!r}")
    return "\n".join(lines)


def test_gold_set_is_large_and_varied(gold_run):
    rows, _ = gold_run
    assert len(rows) >= MIN_PAGES
    families = {r["case"].split("_")[0] for r in rows}
    assert len(families) >= 8


def test_per_field_floors(gold_run):
    rows, scores = gold_run
    totals = macro(scores)
    below = [f for f in FIELDS if not totals[f] >= FLOORS[f]]
    assert not below, _report(rows, scores, totals)


def test_no_page_lost_to_decoding(gold_run):
    rows, scores = gold_run
    broken = [
        r["case"]
        for r, s in zip(rows, scores, strict=True)
        if s["body"] < 0.5 and "with errors" in (r["pred"].get("encoding") or "")
    ]
    assert not broken, broken
    assert all(s["body"] >= 0.5 for s in scores), _report(rows, scores, macro(scores))
