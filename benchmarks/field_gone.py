"""What a DEV page gives for a field its reader no longer sees (gone319, issue 10).

For each dev article page with a labelled author, editor, source, published date or category,
what a reader sees of that field is removed, so the page's label for it becomes null and the other
fields stay as labelled:

- author / editor / source: every shown occurrence of the labelled names, with the label word
  that serves only them (``作者：X`` goes whole; in ``来源：A 作者：X 时间：D`` only ``作者：X``;
  ``记者 X 通讯员 Y`` whole when both are authors); a bracket pair left empty goes too;
- published: every shown occurrence of the labelled day in any written form ``variants._date_re``
  knows, with its label word, the time after it and a weekday;
- category: the breadcrumb trail (``variants.find_spot``), again until none is found.

An occurrence in the labelled text (its block is a piece of the body label) stays where it is and
the page is counted apart as "also in text" (the field is still shown there). One in another
post's line (a related list's or a pager's item: a block with a link of another headline) or in a
comment stays too: it is not the field, so a value taken from it is a false value by the labels.
The head's meta tags, scripts and the page's address are left as they are: LABELLING says a date
only there is published null, so a value from them is false by the labels too.

The page is extracted; a value given now for the field is a false value, counted by the rule the
extraction records for it (``extraction[field]``) and by where the value sits on the page: headline
area (above the text), text, below text, sidebar / related list, comment, footer, head meta,
head title, script, a markup attribute (``<time datetime>``), address (``?`` when not found). A
page where another field's score changed against the round-tripped page is counted apart ("other
fields moved": mostly a source or author read beside the date, which the date's removal takes);
one whose body score moved is counted but still measured (the extractor's answer, not the harness).
Not told apart yet: an update date or a notice's closing date that becomes the page's date by
LABELLING once the publish date is gone (counted false here; read them in ``-v``).

    .venv/bin/python benchmarks/field_gone.py [--field author] [-v] [--sample N --seed S]

``-v`` prints each false value with the page id, its rule, its place and the line it came from.
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import variants as V  # noqa: E402

corpus = V.corpus

FIELDS = ("author", "editor", "source", "published", "category")
#: Label words that serve one field only (removed with the value they stand before).
LABELS = {
    "author": ("本报记者", "特约记者", "实习记者", "本报通讯员", "作者", "撰文", "撰稿", "记者",
               "記者", "通讯员", "實習記者", "实习生", "文", "By", "by"),
    "editor": ("责任编辑", "責任編輯", "值班编辑", "责编", "責編", "编辑", "編輯"),
    "source": ("信息来源", "文章来源", "稿件来源", "来源于", "稿源", "来源", "來源", "出处", "出處"),
    "published": ("发布时间", "发布日期", "發布日期", "發佈日期", "發布時間", "發佈時間", "发表时间",
                  "发稿时间", "更新时间", "发表于", "发布于", "时间", "時間", "日期", "Posted on",
                  "Published"),
}  # fmt: skip
#: between a label word and its value; between two names of one credit
LABEL_GAP = r"[\s\u00a0\u3000]*[:：/|]?[\s\u00a0\u3000]*"
NAME_GAP = r"[\s\u00a0\u3000、,，/]*"
#: what a shown day carries after it: a time, a weekday
DATE_TAIL = (
    r"(?:[\s\u00a0\u3000]*T?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    r"|[\s\u00a0\u3000]*\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?)?"
    r"(?:[\s\u00a0\u3000]*[（(]?(?:星期|周|週)[一二三四五六日天][)）]?)?"
)
BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕"}
#: class / id words (split at blanks, ``-`` and ``_``) of a comment box, another post's list, a footer
COMMENT_WORDS = {"comment", "comments", "pinglun", "reply", "replies", "discuss", "评论"}
RELATED_WORDS = {
    "related", "relate", "recommend", "tuijian", "xiangguan", "xgxw", "xgwz", "hot", "hotnews",
    "rank", "ranking", "sidebar", "side", "aside", "prev", "next", "pager", "pagination",
    "shangyi", "xiayi", "widget",
}  # fmt: skip
FOOTER_WORDS = {"footer", "foot", "copyright", "bottom"}
WORD_CHAR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: a link this long in an occurrence's line names another post (a related list's, a pager's item)
OTHER_POST_LINK = 10


# ------------------------------------------------------------------------------ text slots
def slots(root: Any) -> list[tuple[Any, str, Any]]:
    """(owner, "text"|"tail", element the text shows in) of each visible text node of the body."""
    out: list[tuple[Any, str, Any]] = []

    def rec(e: Any) -> None:
        if V.hidden(e):
            return
        if e.text:
            out.append((e, "text", e))
        for child in e:
            if isinstance(child.tag, str):
                rec(child)
            if child.tail:
                out.append((child, "tail", e))

    body = root.find(".//body")
    rec(body if body is not None else root)
    return out


def _cut(found: list[tuple[Any, str, Any]], ranges: list[tuple[int, int]]) -> None:
    """Delete the character ranges (offsets into the slots' joined text) from the slots."""
    pos = 0
    spans = []
    for owner, attr, _ in found:
        n = len(getattr(owner, attr) or "")
        spans.append((owner, attr, pos, pos + n))
        pos += n
    for owner, attr, s, e in reversed(spans):
        text = was = getattr(owner, attr) or ""
        for a, b in sorted(ranges, reverse=True):
            lo, hi = max(a, s), min(b, e)
            if lo < hi:
                text = text[: lo - s] + text[hi - s :]
        if text != was:
            setattr(owner, attr, CONTROL_RE.sub("", text))


FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip


def date_pattern(label: dict[str, Any]) -> str | None:
    """The labelled day in the forms ``variants._date_re`` knows and the English ones a blog
    prints (``September 28, 2016``, ``24 Jul 2020``, ``Jul 24, 2020``)."""
    day = V._date_re(label)
    if day is None:
        return None
    y, m, d = (int(x) for x in label["published"][:10].split("-"))
    mon = rf"(?:{FULL_MONTHS[m - 1]}|{V.MONTHS[m - 1]}\.?)"
    gap = r"[\s\u00a0\u3000]*"
    return (rf"{day.pattern}|{mon}{gap}0?{d}(?!\d),?{gap}{y}"
            rf"|(?<!\d)0?{d}{gap}{mon},?{gap}{y}")  # fmt: skip


def value_pattern(label: dict[str, Any], fld: str) -> re.Pattern[str] | None:
    """The shown value of ``fld`` with the label words serving it only, as one pattern."""
    words = "|".join(re.escape(w) for w in LABELS[fld])
    labelled = rf"(?:(?:{words}){LABEL_GAP})?"
    if fld == "published":
        day = date_pattern(label)
        return re.compile(rf"{labelled}(?:{day}){DATE_TAIL}") if day else None
    value = label.get(fld)
    names = [v for v in (value if isinstance(value, list) else [value]) if v]
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"{labelled}(?:{alt})(?:{NAME_GAP}{labelled}(?:{alt}))*")


# ------------------------------------------------------------------------------ places
def _block(el: Any) -> Any:
    """The nearest block holding ``el`` (itself included)."""
    for up in [el, *el.iterancestors()]:
        if isinstance(up.tag, str) and up.tag.lower() in V.BLOCKS:
            return up
    return el


def _marks(el: Any) -> set[str]:
    """The words of ``el``'s class and id, lower case."""
    text = " ".join(filter(None, (el.get("class"), el.get("id")))).lower()
    return set(re.split(r"[\s_-]+", text)) - {""}


def in_text(el: Any, label: dict[str, Any]) -> bool:
    """Whether ``el`` shows a piece of the labelled text (its block is part of the body label)."""
    block = V.compact(V.visible(_block(el)))
    return len(block) >= 8 and block in V.compact("".join(label.get("body") or []))


def _text_around(text: str, m: re.Match[str], label: dict[str, Any]) -> bool:
    """Whether the match with a few characters beside it is a piece of the body label (a credit
    line the labelled text holds: ``执笔/叨叨姐、胡一刀&李小飞刀``)."""
    body = V.compact("".join(label.get("body") or []))
    shown = V.compact(m.group(0))
    for piece in (text[max(0, m.start() - 12) : m.end()], text[m.start() : m.end() + 12]):
        piece = V.compact(piece)
        if len(piece) >= len(shown) + 3 and piece in body:
            return True
    return False


def other_post_line(el: Any, label: dict[str, Any]) -> bool:
    """Whether ``el``'s line is another post's item: a link naming another headline in it."""
    line = V.meta_line(el)
    if len(V.compact(V.visible(line))) > V.MAX_LINE:
        return False
    title = V.compact(label.get("title") or "")
    for a in line.iter("a"):
        text = V.compact(V.visible(a))
        if len(text) >= OTHER_POST_LINK and text != title and text not in title:
            return True
    return False


def place(root: Any, label: dict[str, Any], el: Any) -> str:
    """Where ``el`` sits: comment, related list, footer, or headline area / text / below text."""
    chain = [el, *el.iterancestors()]
    if any(_marks(e) & COMMENT_WORDS for e in chain):
        return "comment"
    if any(e.tag == "aside" or _marks(e) & RELATED_WORDS for e in chain):
        return "sidebar/related"
    if other_post_line(el, label):
        return "sidebar/related"
    if any(e.tag == "footer" or _marks(e) & FOOTER_WORDS for e in chain):
        return "footer"
    if in_text(el, label):
        return "text"
    return {"above": "headline area", "below": "below text", "inside": "text"}.get(
        V.where(root, label, el), "?"
    )


# ------------------------------------------------------------------------------ removal
@dataclass
class Removal:
    """What the removal did on one page for one field."""

    removed: list[str] = field(default_factory=list)
    #: occurrences left: in the labelled text, in another post's line or a comment
    kept: list[tuple[str, str]] = field(default_factory=list)

    @property
    def in_text(self) -> bool:
        """The field is still shown in the labelled text."""
        return any(where == "text" for where, _ in self.kept)


def page_title(label: dict[str, Any]) -> str:
    """The labelled headline."""
    return label.get("title") or ""


def remove_field(root: Any, label: dict[str, Any], fld: str) -> Removal:
    """Remove what a reader sees of ``fld`` from ``root`` (in place); what went and what stayed."""
    out = Removal()
    if fld == "category":
        for _ in range(4):
            spot = V.find_spot(root, label, "category")
            if spot is None:
                break
            # the trail's whole line: a trail drawn in pieces (``当前位置：<a>首页</a>`` in one
            # element, ``> 政策法规`` after it) goes whole
            # (a table's cells, one piece each): the largest box around it of at most 200
            # characters without the headline
            line, title = spot.el, V.compact(page_title(label))
            while (up := line.getparent()) is not None and up.tag != "body":
                text = V.compact(V.visible(up))
                if len(text) > 200 or (title and title in text):
                    break
                line = up
            out.removed.append(V.compact(V.visible(line)))
            V._detach(line)
        return out
    rx = value_pattern(label, fld)
    if rx is None:
        return out
    found = slots(root)
    text = "".join(getattr(o, a) or "" for o, a, _ in found)
    starts, pos = [], 0
    for o, a, _ in found:
        starts.append(pos)
        pos += len(getattr(o, a) or "")
    ranges = []
    title = [c for c in V.compact(label.get("title") or "")]
    heads = (
        [
            (m.start(), m.end())
            for m in re.finditer(r"[\s\u00a0\u3000]*".join(map(re.escape, title)), text)
        ]
        if title
        else []
    )
    trail = V.find_spot(root, label, "category") if label.get("category") else None
    for m in rx.finditer(text):
        # the element the match's first non-blank character shows in
        first = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        i = max(k for k, s in enumerate(starts) if s <= first)
        el = found[i][2]
        # the headline and the breadcrumb trail are other fields' (a date or name in the title,
        # an account's name as the trail's leaf): they stay
        if any(a < m.end() and m.start() < b for a, b in heads):
            out.kept.append(("title", m.group(0)))
            continue
        if trail is not None and (el is trail.el or trail.el in el.iterancestors()):
            out.kept.append(("trail", m.group(0)))
            continue
        if in_text(el, label) or _text_around(text, m, label):
            out.kept.append(("text", m.group(0)))
            continue
        labelled = _is_labelled(m.group(0), fld)
        last = max(k for k, s in enumerate(starts) if s < m.end())
        glued = m.end() < starts[last] + len(getattr(found[last][0], found[last][1]) or "")
        if (
            not labelled
            and fld != "published"
            and glued
            and WORD_CHAR_RE.match(text[m.end() :][:1])
        ):
            # a bare name running on into a word in its own text node (``冰灵的博客``, a site's
            # name): not the credit; the next element's first word is another item
            out.kept.append(("word", m.group(0)))
            continue
        where = place(root, label, el)
        if where in ("comment", "sidebar/related") and not labelled:
            out.kept.append((where, m.group(0)))
            continue
        a, b = m.start(), m.end()
        # a bracket pair the credit filled: ``（记者 张三）`` goes whole
        left = len(text[:a].rstrip())
        right = b + len(text[b:]) - len(text[b:].lstrip())
        if (
            left
            and text[left - 1] in BRACKETS
            and text[right : right + 1] == BRACKETS[text[left - 1]]
        ):
            a, b = left - 1, right + 1
        ranges.append((a, b))
        out.removed.append(m.group(0))
    _cut(found, ranges)
    return out


def _is_labelled(shown: str, fld: str) -> bool:
    """Whether the shown occurrence opens with one of the field's label words."""
    return any(shown.lstrip().startswith(w) for w in LABELS[fld] if len(w) > 1)


# ------------------------------------------------------------------------------ the false value
PRED = {"published": "published_at", "category": "category"}
RULE_KEY = {"category": "breadcrumb"}
RAW = {"author": "author_raw", "editor": "editor_raw", "source": "source_raw",
       "published": "published_raw", "category": "breadcrumb_raw"}  # fmt: skip


def null_label(label: dict[str, Any], fld: str) -> dict[str, Any]:
    """The label with ``fld`` null (people fields are lists: empty)."""
    out = dict(label)
    out[fld] = [] if fld in ("author", "editor") else None
    if fld == "published":
        out["published_precision"] = None
    return out


def _shown_value(pred: dict[str, Any], fld: str) -> list[str]:
    """Strings to look for on the page for the value given."""
    if fld == "published":
        day = pred.get("published_at") or ""
        return [day[:10]] if len(day) >= 10 else []
    raw = pred.get(RAW[fld]) or pred.get(PRED.get(fld, fld))
    if fld == "category":
        leaf = corpus.category_leaf(pred.get("category"))
        return [leaf] if leaf else []
    vals = raw if isinstance(raw, list) else [raw]
    return [v for v in vals if v]


#: rules that read the value from outside the body: the place is the rule's
RULE_PLACES = (("jsonld", "script"), ("meta:", "head meta"), ("title:", "head title"),
               ("url", "address"))  # fmt: skip


def value_place(root: Any, label: dict[str, Any], pred: dict[str, Any], fld: str,
                ) -> tuple[str, str]:  # fmt: skip
    """(place, line) of the value given for ``fld`` on the page: visible, head meta, script or
    address."""
    rule = (pred.get("extraction") or {}).get(RULE_KEY.get(fld, fld)) or ""
    for prefix, where in RULE_PLACES:
        if rule.startswith(prefix):
            return where, rule
    shown = _shown_value(pred, fld)
    if not shown:
        return "?", ""
    if fld == "published":
        rx = V._date_re({"published": shown[0]})
        hit = next((p for o, a, p in slots(root) if rx.search(getattr(o, a) or "")), None)
    else:
        holders = [h for v in shown for h in V.minimal_holders(root, v)]
        hit = holders[0] if holders else None
        rx = re.compile("|".join(re.escape(v) for v in shown))
    if hit is not None:
        return place(root, label, hit), V.visible(V.meta_line(hit)).strip()[:100]
    head = root.find(".//head")
    if head is not None:
        for meta in head.iter("meta", "title"):
            text = meta.get("content") or meta.text or ""
            if rx.search(text) or (fld == "published" and rx.search(text.replace("T", " "))):
                return "head meta", f"<meta {meta.get('name') or meta.get('property')}>"[:100]
    for el in root.iter():
        # a ``<time datetime>`` or ``data-*`` attribute: markup the reader does not see
        if isinstance(el.tag, str) and any(rx.search(v) for k, v in el.attrib.items()
                                           if k != "href" and k != "src"):  # fmt: skip
            return "markup attribute", f"<{el.tag}>"
    for script in root.iter("script"):
        if script.text and rx.search(script.text):
            return "script", ""
    url = label.get("url") or ""
    if fld == "published" and re.search(shown[0][:4] + r"\D?" + shown[0][5:7] + r"\D?"
                                        + shown[0][8:10], url):  # fmt: skip
        return "address", url[:100]
    return "?", ""


# ------------------------------------------------------------------------------ main
def labelled(page: dict[str, Any], fld: str) -> bool:
    """Whether the page's label has ``fld`` (a source that names no publisher does not count)."""
    value = page.get(fld)
    if fld == "source":
        return bool(value) and value.casefold() not in corpus.NO_SOURCE
    return bool(value)


def main(argv: list[str] | None = None) -> int:
    """Remove each dev page's shown field, extract, print the false values' table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--field", choices=FIELDS)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each false value")
    ap.add_argument("--sample", type=int, help="at most N pages a field, drawn with --seed")
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args(argv)
    fields = [args.field] if args.field else list(FIELDS)
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    by_rule: Counter[tuple[str, str]] = Counter()
    by_place: Counter[tuple[str, str]] = Counter()
    stats: dict[str, Counter[str]] = {f: Counter() for f in fields}
    for fld in fields:
        todo = [p for p in pages if labelled(p, fld)]
        if args.sample and len(todo) > args.sample:
            todo = random.Random(f"{args.seed}:{fld}").sample(todo, args.sample)
            todo.sort(key=lambda p: p["id"])
        for page in todo:
            st = stats[fld]
            st["pages"] += 1
            root = V.load_tree(page["html"])
            if root is None:
                st["unparsed"] += 1
                continue
            base = V.extract(V.serialise(copy.deepcopy(root)), page)
            gone = remove_field(root, page, fld)
            if not gone.removed:
                st["not found"] += 1
                continue
            pred = V.extract(V.serialise(root), page)
            label = null_label(page, fld)
            score = corpus.score(pred, label)
            base_score = corpus.score(base, page)
            after_score = corpus.score(pred, page)
            others = [f for f in V.FIELDS if f != fld and base_score.get(f) != after_score.get(f)]
            if base_score.get("body") != after_score.get("body"):
                # the body moving is the extractor's answer to the removal (a lone outlet line
                # left above the text read as text), not the harness's: counted, still measured
                st["body moved"] += 1
                if args.verbose:
                    print(f"  body {fld} {page['id']}: {base_score.get('body')} ->"
                          f" {after_score.get('body')}")  # fmt: skip
            if others:
                st["other fields moved"] += 1
                if args.verbose:
                    print(f"  harness {fld} {page['id']}: moved {', '.join(others)}")
                continue
            if gone.in_text:
                st["also in text"] += 1
                st["also in text, false"] += int(score.get(fld + "_false") == 1.0)
                continue
            st["measured"] += 1
            if score.get(fld + "_false") != 1.0:
                continue
            st["false"] += 1
            rule = (pred.get("extraction") or {}).get(RULE_KEY.get(fld, fld), "?")
            where, line = value_place(root, page, pred, fld)
            by_rule[(fld, rule)] += 1
            by_place[(fld, where)] += 1
            if args.verbose:
                value = pred.get(PRED.get(fld, fld))
                print(f"{fld} {page['id']}: {value!r} rule={rule} place={where} line={line!r}")
    print("| field | pages | removed, measured | false | also in text (false) | not found "
          "| other fields moved | body moved |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for fld in fields:
        st = stats[fld]
        print(f"| {fld} | {st['pages']} | {st['measured']} | {st['false']} |"
              f" {st['also in text']} ({st['also in text, false']}) | {st['not found']} |"
              f" {st['other fields moved']} | {st['body moved']} |")  # fmt: skip
    print("\n| field | rule | false |\n|---|---|---|")
    for (fld, rule), n in sorted(by_rule.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"| {fld} | {rule} | {n} |")
    print("\n| field | place | false |\n|---|---|---|")
    for (fld, where), n in sorted(by_place.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"| {fld} | {where} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
