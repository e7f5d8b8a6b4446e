"""Scoring helpers shared by the gold-set CI gate and the extraction benchmark (test-only)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

# Whitespace, and the characters a reader cannot see: zero-width space, non-joiner, joiner, word
# joiner, BOM and soft hyphen (creditchina315-037df4's saved ``2017年5月9日\u200b``). Neither
# side is scored on them: a label keeps them as the blocks show them, the extractor drops them.
# Written here, not taken from the extractor's text.ZERO_WIDTH: the scorer keeps its own yardstick.
UNSEEN_RE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
FIELDS = ("title", "published", "author", "editor", "source", "category", "body")


def bigram_f1(pred: str | None, gold: str | None) -> float:
    """Character-bigram F1 with all whitespace and zero-width characters removed (1.0 when both
    are empty)."""
    p = UNSEEN_RE.sub("", pred or "")
    g = UNSEEN_RE.sub("", gold or "")
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    pb = Counter(p[i : i + 2] for i in range(len(p) - 1)) or Counter([p])
    gb = Counter(g[i : i + 2] for i in range(len(g) - 1)) or Counter([g])
    overlap = sum((pb & gb).values())
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(pb.values()), overlap / sum(gb.values())
    return 2 * prec * rec / (prec + rec)


def norm_value(v: Any) -> str | None:
    """Comparison form of a short field: NFKC, whitespace and zero-width characters removed,
    empty -> None."""
    if v is None:
        return None
    s = UNSEEN_RE.sub("", unicodedata.normalize("NFKC", str(v)))
    return s or None


def same_day(pred: str | None, gold: str | None) -> bool:
    """Publish date right to the day (or exact at year/month precision; both None counts)."""
    if not gold:
        return not pred
    if not pred:
        return False
    if len(gold) < 10:  # year- or month-only gold: the exact partial value
        return pred == gold
    return pred[:10] == gold[:10]


def load_gold(folder: str | Path) -> list[dict[str, Any]]:
    """Gold pages: ``[{case, url, headers, fetched_at, body: bytes, gold: {...}}]``."""
    out = []
    for meta_path in sorted(Path(folder).glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if "gold" not in meta:
            continue
        meta["case"] = meta_path.stem
        meta["body"] = meta_path.with_suffix(".html").read_bytes()
        out.append(meta)
    return out


def score_page(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, float | None]:
    """Per-field score of one page (1/0, body F1); None where the gold has no date."""
    return {
        "title": float(norm_value(pred.get("title")) == norm_value(gold.get("title"))),
        "published": (
            float(same_day(pred.get("published_at"), gold.get("published_at")))
            if gold.get("published_at")
            else None
        ),
        "author": float(norm_value(pred.get("author")) == norm_value(gold.get("author"))),
        "editor": float(norm_value(pred.get("editor")) == norm_value(gold.get("editor"))),
        "source": float(norm_value(pred.get("source")) == norm_value(gold.get("source"))),
        "category": float(norm_value(pred.get("category")) == norm_value(gold.get("category"))),
        "body": bigram_f1(pred.get("body"), gold.get("body")),
    }


def macro(scores: list[dict[str, float | None]]) -> dict[str, float]:
    """Mean of each field over the pages where it is defined."""
    out = {}
    for f in FIELDS:
        vals = [s[f] for s in scores if s.get(f) is not None]
        out[f] = sum(vals) / len(vals) if vals else float("nan")
    return out
