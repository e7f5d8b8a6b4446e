"""Split a labelled meta line (发布日期 / 编辑 / 来源 ...) into raw field values.

Matching runs on NFKC-normalised text (``：`` -> ``:``, ``\\u3000``/``\\xa0`` -> space), but every
returned value is cut from the ORIGINAL text through a per-character offset map, so values keep
the page's own characters (full-width colon in ``发布日期：2024-04-24``, traditional characters).
"""

from __future__ import annotations

from ..normalize.text import nfkc_char, nfkc_per_char
from .patterns import DATE_RE, LABEL_RE, LABELS, LABELS_EN, PUBLISHED_RANK, STOP_RE

_KEY_BY_LABEL: dict[str, str] = {}
for _key, _labels in LABELS.items():
    for _lab in _labels:
        _KEY_BY_LABEL.setdefault(_lab, _key)
for _key, _labels in LABELS_EN.items():
    for _lab in _labels:
        _KEY_BY_LABEL.setdefault(_lab.lower(), _key)
_RANK = {lab: i for i, lab in enumerate(PUBLISHED_RANK)}
_WS = " \t\n\r\f\v\xa0\u3000"


def nfkc_with_map(text: str) -> tuple[str, list[int]]:
    """NFKC-normalise ``text`` per character; return it with a map normalised index -> original index."""
    if text.isascii():
        return text, list(range(len(text) + 1))
    norm = nfkc_per_char(text)
    if len(norm) == len(text):
        # No character expanded (none normalises to ""), so the map is the identity.
        return norm, list(range(len(text) + 1))
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        n = nfkc_char(ch)
        out.append(n)
        idx.extend([i] * len(n))
    idx.append(len(text))
    return "".join(out), idx


def _label_key(label: str) -> str:
    compact = "".join(label.split())
    return _KEY_BY_LABEL.get(compact) or _KEY_BY_LABEL.get(compact.lower()) or "author"


def split_labelled_line(text: str) -> dict[str, str]:
    """Split a meta line into ``{"published": label+date, "author"|"editor"|"source"|...: value}``."""
    norm, omap = nfkc_with_map(text)
    labels = list(LABEL_RE.finditer(norm))
    label_spans = [(m.start(), m.end()) for m in labels]
    stops = [
        m.start()
        for m in STOP_RE.finditer(norm)
        if not any(s <= m.start() < e for s, e in label_spans)
    ]
    dates = list(DATE_RE.finditer(norm))
    # A date preceded by whitespace also ends a value: ``来源：新华网 2024-01-01 10:00``.
    date_starts = [m.start() for m in dates if m.start() > 0 and norm[m.start() - 1].isspace()]
    bounds = sorted({s for s, _ in label_spans} | set(stops) | set(date_starts) | {len(norm)})

    def orig(a: int, b: int) -> str:
        return text[omap[a] : omap[b]].strip(_WS)

    out: dict[str, str] = {}
    pub_rank: int | None = None
    covered: list[tuple[int, int]] = []
    for m in labels:
        start, vstart = m.start(), m.end()
        vend = next(b for b in bounds if b >= vstart and b != start)
        if vend < vstart:  # pragma: no cover - bounds are sorted
            vend = vstart
        label_text = m.group("label") or m.group("slash")
        key = "author" if m.group("slash") else _label_key(label_text)
        if key == "published":
            d = DATE_RE.match(norm, vstart)
            if d is None:
                # the date may follow a stray space the value regex did not eat
                d = DATE_RE.match(norm, vstart + (len(norm[vstart:]) - len(norm[vstart:].lstrip())))
            if d is None and label_text.rstrip().endswith("于"):
                # ``发布于AI新闻资讯 · Apr 22, 2025``: no date right after the label; the
                # unlabelled date later in the line is the one
                covered.append((start, vstart))
                continue
            end = d.end() if d else vend
            value = orig(start, end) if orig(vstart, end) else ""
            rank = _RANK.get("".join(label_text.split()).lower(), len(_RANK))
            if pub_rank is None or rank < pub_rank:
                out["published"] = value
                pub_rank = rank
            covered.append((start, max(end, vend)))
            continue
        value = orig(vstart, vend)
        covered.append((start, vend))
        if key not in out or (not out[key] and value):
            out[key] = value
        elif key == "editor" and value and value not in out[key]:
            out[key] += "、" + value  # ``编辑：倪仕轩 责任编辑：林涛``: both edited it
    if "published" not in out or not out["published"]:
        # Unlabelled date (``2015-06-13 2293``, ``2016年09月27日 07:02 来源：…``).
        for d in dates:
            if not any(s <= d.start() < e for s, e in covered):
                out["published"] = orig(d.start(), d.end())
                break
    return out
