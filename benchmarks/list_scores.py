"""How the list benchmarks compare a finder's links and next page with a labeller's.

One home for the scoring that ``benchmarks/real_lists.py`` (real pages), ``list_variants.py``
(their variants) and ``templates/common.py`` (rendered CMS templates) share: URLs compared in
one canonical form, link recall and precision over the sets of those forms.
"""

from __future__ import annotations

from w3lib.url import canonicalize_url


def canon(url: str | None) -> str | None:
    """Comparison form of a URL: canonicalised, fragment and scheme dropped (Gerapy turns
    ``//host`` into ``http://host``; http and https name the same article here)."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        url = "http:" + url
    try:
        out = canonicalize_url(url)
    except ValueError:
        out = url  # a URL w3lib cannot parse (a bad port) is compared as written
    return out.split("://", 1)[-1].split("#")[0]


def page_score(pred: list[str], gold: list[str]) -> tuple[float, float]:
    """Link recall and precision of ``pred`` against ``gold`` (canonical forms; an empty
    label and an empty prediction score 1.0 both)."""
    p = {c for c in map(canon, pred) if c}
    g = {c for c in map(canon, gold) if c}
    hit = len(p & g)
    recall = hit / len(g) if g else 1.0
    precision = hit / len(p) if p else (1.0 if not g else 0.0)
    return recall, precision
