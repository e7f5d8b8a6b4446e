"""What a DEV page gives as its body when its article text is gone (a deleted post's page).

Each dev article page with a labelled body has the text blanked out: inside the smallest element
holding the labelled text's first and last paragraphs, every text node whose words are part of
the labelled body is emptied (its markup, pictures and other lines stay). The page is then
extracted; a body given now is what passes the fragment gate (``looks_like_article_body``) with no
article text on the page, counted by the gate's way through (follow297):

- ``long``: at least ``MIN_FRAGMENT_BODY`` characters;
- ``sentence``: a sentence mark (or a lead-in);
- ``record``: a record of headed items (follow292's ``_headed_items``);
- ``other``: a run of clauses, a notice's formula, lines in the first person.

    .venv/bin/python benchmarks/text_gone.py [--out FILE.jsonl] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import variants as V  # noqa: E402

from incubator_crawler.article.body import clean as C  # noqa: E402

corpus = V.corpus


def _common(a: Any, b: Any) -> Any:
    """The nearest element holding both ``a`` and ``b``."""
    above = {*b.iterancestors(), b}
    return a if a in above else next(x for x in a.iterancestors() if x in above)


def blank_text(root: Any, label: dict[str, Any]) -> bool:
    """Empty the labelled text's words in ``root``; False when the text is not found."""
    first, last = V._body_anchor(root, label, False), V._body_anchor(root, label, True)
    if first is None or last is None:
        return False
    body = V.compact("".join(label["body"]))
    box = _common(first, last)
    for el in box.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and V.compact(el.text) and V.compact(el.text) in body:
            el.text = ""
        if el is not box and el.tail and V.compact(el.tail) and V.compact(el.tail) in body:
            el.tail = ""
    return True


def way_through(body: str) -> str:
    """Which of the gate's ways a body passed by."""
    if len(body) >= C.MIN_FRAGMENT_BODY:
        return "long"
    if C.SENTENCE_END.search(body) or C._LEAD_IN_RE.search(body):
        return "sentence"
    return "record" if C._headed_items(body.split("\n\n"), ()) else "other"


def main(argv: list[str] | None = None) -> int:
    """Blank every dev page's text, extract, print the counts."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="one JSON line a page: id, body, rejected")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each body given")
    args = ap.parse_args(argv)
    pages = [p for p in corpus.corpus("articles", "dev")
             if p.get("title") and not p.get("exclude") and p.get("body")]  # fmt: skip
    rows, skipped, ways = [], 0, Counter()
    for page in pages:
        root = V.load_tree(page["html"])
        if root is None or not blank_text(root, page):
            skipped += 1
            continue
        pred = V.extract(V.serialise(root), page)
        body = pred.get("body")
        rows.append({"id": page["id"], "body": body, "rejected": pred.get("rejected")})
        if body:
            ways[way_through(body)] += 1
            if args.verbose:
                print(f"{way_through(body)} {page['id']}: {body[:100]!r}")
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    given = sum(ways.values())
    print(f"{len(pages)} dev pages with a body label, {skipped} whose text was not found;"
          f" {given} of {len(rows)} give a body with their text gone: "
          + ", ".join(f"{k} {ways[k]}" for k in ("long", "sentence", "record", "other")))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
