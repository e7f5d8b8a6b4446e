"""Transplanted credits on the DEV real pages: does a credit shape seen on one page work in another's layout?

``variants.py`` rewrites each page's OWN credit line. This script takes the credit of dev page A
(its labelled author, editor or source with the label word: the item of the smallest element that
shows both, as ``variants.find_spot`` locates it; plus unlabelled author shapes built from A's
names: ``本报记者 X`` lede, ``（记者 X）`` in the first paragraph, ``文/X``, a closing ``（X）``, a
signature line) and puts it into dev page B that has no such field, where real CMSs put it:

- ``meta``: in the meta line under B's headline (or right above it), beside B's date;
- ``line``: a line of its own between the headline and the body;
- ``first``: the body's first paragraph;
- ``trailer``: a line after the body (a closing ``（X）`` only after the text's last sentence).

B's headline is a heading holding its title, else the last holder before the text that is no
link (a breadcrumb's leaf and a list row repeat the title) and not hidden; B's date line is
one in that header, never a sidebar's or a related list's date.

The expected value is A's label; B's other fields keep B's labels. Per field x place: right, null
or wrong, and "false+": a people field of B labelled null that the transplant made us give.
Hosts are dev pages labelled without the field on which we give none; each shape goes into
``--hosts`` hosts (a seeded draw per shape), at each of its places.

    .venv/bin/python benchmarks/transplant.py [--field author] [--hosts 8] [--seed 17] [-v]
"""

from __future__ import annotations

import argparse
import copy
import logging
import random
import re
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

import variants as V  # noqa: E402

corpus = V.corpus
PLACES = ("meta", "line", "first", "trailer")
HAN_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
LEDE_RE = re.compile(r"[讯訊电電]\s*[(（]")
# a date: a credit that carries one is not moved
DATE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
# the end of a sentence: where a closing ``（X）`` credit follows the text
CLOSING_END_RE = re.compile(r"[。！？!?”」]$")
# a name that ends like an outlet or an account (国际在线, 澎湃新闻): not what a reporter's byline holds
OUTLET_NAME_RE = re.compile(r"(?:网|網|报|報|社|台|在线|新闻|新聞|日报|客户端|频道)$")


@dataclass(frozen=True)
class Shape:
    """A credit to transplant: its field, a name, its HTML and the places it goes."""

    field: str
    name: str
    html: str
    value: Any  # the donor's label for ``field``
    places: tuple[str, ...] = PLACES
    #: ``prefix`` / ``suffix``: written into the host paragraph's text, not as an element
    inline: str | None = None


def _item_html(spot: V.Spot, label: dict[str, Any], field: str) -> str | None:
    """The credit as HTML: the spot element itself when it holds one item, else its item as text."""
    names = [label[field]] if isinstance(label[field], str) else list(label[field])
    items = V.items_of(spot.el)
    if len(items) == 1 and len(V.compact(V.visible(spot.el))) <= 60:
        html = etree.tostring(spot.el, method="html", encoding="unicode", with_tail=False)
        text = V.compact(V.visible(spot.el))
    else:
        mine = [i for i in items if V.compact(spot.value) in V.compact(i)
                and V.compact(i).startswith(spot.label)]  # fmt: skip
        if not mine:
            return None
        text = V.compact(mine[0])
        html = f"<span>{V._esc(mine[0])}</span>"
    if not all(V.compact(n) in text for n in names) or len(text) > 60:
        return None  # the item does not show every labelled name, or it is a sentence
    if DATE_RE.search(text):
        # the donor's own date goes with it (``来源：澎湃新闻 2017-02-26 15:18``): in another page
        # it is a second date line, which a reader takes for the host's
        return None
    return html


def labelled_shapes(pages: list[dict[str, Any]], fields: list[str]) -> list[tuple[str, Shape]]:
    """(donor id, shape) of each dev page's labelled credit."""
    out = []
    seen = set()  # one shape per site, field and label word: a site repeats its template
    for page in pages:
        root = V.load_tree(page["html"])
        if root is None:
            continue
        for field in fields:
            if V.first_value(page, field) is None:
                continue
            spot = V.find_spot(root, page, field)
            if spot is None or not spot.label:
                continue
            if corpus.score({field: page[field]}, page).get(field) is None:
                continue  # 来源：网络 and the like: the archive stores no such source
            html = _item_html(spot, page, field)
            if html and (page["site"], field, spot.label) not in seen:
                seen.add((page["site"], field, spot.label))
                # a dateline lede (``唐尧网讯（记者刘向真）``) opens the text, nowhere else
                lede = LEDE_RE.search(V.visible(_fragment(html)))
                out.append((page["id"], Shape(field, f"labelled:{spot.label}", html, page[field],
                                              ("first",) if lede else PLACES)))  # fmt: skip
    return out


#: Unlabelled author shapes: (name, HTML or inline text with {names}, places, inline mode).
UNLABELLED = (
    ("lede:本报记者", "<p>本报记者 {names}</p>", ("line", "first"), None),
    ("bracket:（记者）", "本报讯（记者 {names}）", ("first",), "prefix"),
    ("slash:文/", "<p>文/{names}</p>", ("meta", "line", "first"), None),
    ("closing:（X）", "（{names}）", ("trailer",), "suffix"),
    ("signature", '<p style="text-align:right">{names}</p>', ("trailer",), None),
)


def unlabelled_shapes(pages: list[dict[str, Any]], donors: int, seed: int,
                      ) -> list[tuple[str, Shape]]:  # fmt: skip
    """(donor id, shape) of each unlabelled shape written with ``donors`` dev pages' Han authors."""
    out = []
    named = []
    for page in pages:
        names = page.get("author") or []
        names = [names] if isinstance(names, str) else names
        if (names and all(HAN_NAME_RE.match(n) and not OUTLET_NAME_RE.search(n) for n in names)
                and len(names) <= 3):  # fmt: skip
            named.append((page, names))
    for page, names in random.Random(seed).sample(named, min(donors, len(named))):
        for name, form, places, inline in UNLABELLED:
            out.append((page["id"], Shape("author", name, form.format(names=" ".join(names)),
                                          names, places, inline)))  # fmt: skip
    return out


# ------------------------------------------------------------------------------ the host
def _fragment(html: str) -> Any:
    return etree.fromstring(f"<x>{html}</x>", etree.HTMLParser()).find(".//x")


def _insert(anchor: Any, html: str, after: bool) -> None:
    """Put the fragment ``html`` right after (or before) ``anchor`` as a line of its own."""
    frag = _fragment(html)
    els = list(frag)
    if len(els) != 1 or els[0].tag not in V.BLOCKS:
        # text or an inline element (``<span>来源：X</span>``): a line of its own is a <p>
        els = [_fragment(f"<p>{html}</p>")[0]]
    if after:
        for el in reversed(els):
            el.tail = anchor.tail
            anchor.tail = None
            anchor.addnext(el)
    else:
        for el in els:
            anchor.addprevious(el)


def _inline_text(shape: Shape) -> str:
    return V.visible(_fragment(shape.html))


HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _hidden(el: Any) -> bool:
    """True when ``el`` or an ancestor is hidden (inline style, ``hidden``, AngularJS ``ng-hide``)."""
    for up in [el, *el.iterancestors()]:
        style = (up.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style or up.get("hidden") is not None:
            return True
        if "ng-hide" in (up.get("class") or "").split():
            return True
    return False


def _paragraphs(host: dict[str, Any]) -> list[str]:
    """The host's labelled body paragraphs (magic-html pages keep the body as one string)."""
    body = host.get("body") or []
    return body.split("\n") if isinstance(body, str) else list(body)


def _within(el: Any, head: Any) -> bool:
    """True when ``el`` is ``head``, inside it or one of its ancestors."""
    return el is head or head in el.iterancestors() or el in head.iterancestors()


def _headline(root: Any, host: dict[str, Any]) -> Any | None:
    """The host's headline as a reader sees it: a heading element holding the title, else the
    last shown holder before the text, a link only where no other holder is (a breadcrumb's
    leaf, a list row's headline repeat the title), never a hidden copy. The anchor is the block
    the headline stands in."""
    title = host.get("title")
    if not title:
        return None
    shown = [el for el in V.minimal_holders(root, title) if not _hidden(el)]
    for el in shown:
        heading = next((up for up in [el, *el.iterancestors()] if up.tag in HEADING_TAGS), None)
        if heading is not None:
            return heading
    # a link only where the headline is one (a blog's permalinked ``a.post-title``)
    holders = [el for el in shown
               if el.tag != "a" and next(el.iterancestors("a"), None) is None] or shown  # fmt: skip
    body = [p for p in _paragraphs(host) if len(V.compact(p)) >= 8]
    first = V.minimal_holders(root, V.compact(body[0])[:20]) if body else []
    order = {el: i for i, el in enumerate(root.iter())}
    # (a text opening with the headline's words holds it: that holder is no limit)
    limit = min((order[el] for el in first if not any(_within(h, el) for h in holders)),
                default=len(order))  # fmt: skip
    before = [el for el in holders if order[el] < limit]
    if not before:
        return None
    # the block it stands in, unless that block holds more than the headline (its date line)
    block = V.meta_line(before[-1])
    return block if len(V.compact(V.visible(block))) <= len(V.compact(title)) + 10 else before[-1]


def _date_line(root: Any, host: dict[str, Any], head: Any, first: Any) -> Any | None:
    """The short line showing the host's date in its article header: below the headline and
    above the text, or right above the headline (a 信息公开 page's date line); a sidebar's or a
    related list's date elsewhere on the page is not the article's meta line."""
    rx = V._date_re(host)
    if rx is None or head is None or first is None:
        return None
    order = {el: i for i, el in enumerate(root.iter())}
    above = None
    for el in V.elements(root):
        if order[el] >= order[first]:
            break
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if owner is None or _within(owner, head) or not rx.search(text or ""):
                continue
            line = V.meta_line(owner)
            if line.tag == "body" or len(V.compact(V.visible(line))) > 80 or _hidden(line):
                continue
            if order[line] > order[head]:
                return line
            between = [e for e in V.elements(root) if order[line] < order[e] < order[head]
                       and not _within(e, line)]  # fmt: skip
            if sum(len(V.compact((e.text or "") + (e.tail or ""))) for e in between) <= 200:
                above = line  # the last one right above the headline, if none is below it
    return above


def place_credit(root: Any, host: dict[str, Any], shape: Shape, place: str) -> bool:
    """Insert ``shape`` into the host page at ``place``; False where the host has no such spot."""
    if place == "meta":
        head = _headline(root, host)
        first, _ = _body_ends(root, host)
        line = _date_line(root, host, head, first)
        if line is None:
            return False
        frag = _fragment(shape.html)
        last = line[-1] if len(line) else None
        if last is not None:
            last.tail = (last.tail or "") + V.DEFAULT_JOIN
        else:
            line.text = (line.text or "") + V.DEFAULT_JOIN
        if len(frag):
            for el in list(frag):
                line.append(el)
        else:
            line.append(_fragment(f"<span>{V._esc(frag.text or '')}</span>")[0])
        return True
    if place == "line":
        head = _headline(root, host)
        if head is None:
            return False
        _insert(head, shape.html if shape.inline is None else f"<p>{shape.html}</p>", True)
        return True
    first, last = _body_ends(root, host)
    if first is None or last is None or first.tag == "body" or last.tag == "body":
        return False
    if place == "first":
        if shape.inline == "prefix":
            first.text = _inline_text(shape) + (first.text or "")
        else:
            _insert(first, shape.html, False)
        return True
    if place == "trailer":
        if shape.inline == "suffix":
            if not CLOSING_END_RE.search(V.visible(last).strip()):
                # a bracketed name closes the text after its last sentence; after an
                # attachment's file name, a table cell, a signature's date or a 返回 link it is
                # no credit a reader reads
                return False
            kids = list(last)
            if kids:
                kids[-1].tail = (kids[-1].tail or "") + _inline_text(shape)
            else:
                last.text = (last.text or "") + _inline_text(shape)
        else:
            # a line after the text, not inside the text's last table cell (a 信息公开 table);
            # a layout table that holds the headline too is the page's, not the text's
            head = _headline(root, host)
            table = [up for up in last.iterancestors() if up.tag == "table"
                     and (head is None or up not in head.iterancestors())]  # fmt: skip
            _insert(table[-1] if table else last, shape.html, True)
        return True
    return False


def _body_ends(root: Any, host: dict[str, Any]) -> tuple[Any, Any]:
    """The elements holding the first and the last labelled paragraph: the first below the
    headline, the last the first holder after it (a related list may repeat the closing words)."""
    body = [p for p in _paragraphs(host) if len(V.compact(p)) >= 8]
    if not body:
        return None, None
    order = {el: i for i, el in enumerate(root.iter())}
    # the first paragraph's holder below the headline (a text may open with the headline's words)
    head = _headline(root, host)
    top = order[head] if head is not None else -1
    first = next((el for el in V.minimal_holders(root, V.compact(body[0])[:20])
                  if order[el] > top and (head is None or not _within(el, head))), None)  # fmt: skip
    if first is None:
        return None, None
    after = [el for el in V.minimal_holders(root, V.compact(body[-1])[-20:])
             if order[el] >= order[first]]  # fmt: skip
    return first, (after[0] if after else None)


def transplanted(host: dict[str, Any], root: Any, shape: Shape, place: str) -> bytes | None:
    """The host page's bytes with ``shape`` at ``place`` (None where it has no such spot)."""
    tree = copy.deepcopy(root)
    if not place_credit(tree, host, shape, place):
        return None
    return V.serialise(tree)


def _carried(donor: dict[str, Any], shape: Shape) -> dict[str, Any]:
    """The donor's other people labels the shape's text shows under their label: the host shows
    them too, so they are expected there.

    hexun's ``每经记者 李彪 每经编辑 陈旭`` is one paragraph, so its author's shape carries the
    editor 陈旭 (the donor's other editor, from its 责编 line, is not carried); on the host that
    editor is a credit a reader sees, not a false one. A name shown without its label (cjn's
    ``长江网10月4日讯（记者陈智）``, its source in a dateline) is not carried."""
    text = _inline_text(shape)
    out: dict[str, Any] = {}
    for field in V.PEOPLE:
        value = donor.get(field)
        if field == shape.field or not value:
            continue
        names = [value] if isinstance(value, str) else list(value)
        shown = [n for n in names if V._label_before(text, n, field)]
        if shown:
            out[field] = shown[0] if isinstance(value, str) else shown
    return out


# ------------------------------------------------------------------------------ main
def _outcome(pred: dict[str, Any], label: dict[str, Any], field: str) -> str:
    score = corpus.score(pred, label)
    if score.get(field) == 1.0:
        return "right"
    got = pred.get(field)
    return "null" if not got else "wrong"


def run(args: argparse.Namespace) -> int:
    """Transplant every shape into its seeded hosts and print the table."""
    fields = [args.field] if args.field else list(V.PEOPLE)
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    t0 = time.perf_counter()
    shapes = labelled_shapes(pages, fields)
    if "author" in fields:
        shapes += unlabelled_shapes(pages, args.donors, args.seed)
    # hosts: pages labelled without the field on which we give none
    trees, bases = {}, {}
    for page in pages:
        root = V.load_tree(page["html"])
        if root is None:
            continue
        trees[page["id"]] = root
        bases[page["id"]] = V.extract(V.serialise(copy.deepcopy(root)), page)
    by_id = {p["id"]: p for p in pages}
    table: dict[tuple[str, str, str], list[int]] = {}
    tried = 0
    for donor, shape in shapes:
        hosts = sorted(pid for pid in trees if by_id[pid]["site"] != by_id[donor]["site"]
                       and not by_id[pid].get(shape.field) and not bases[pid].get(shape.field))  # fmt: skip
        rng = random.Random(f"{args.seed}:{donor}:{shape.field}:{shape.name}")
        for pid in rng.sample(hosts, min(args.hosts, len(hosts))):
            host = by_id[pid]
            want = {**host, shape.field: shape.value, **_carried(by_id[donor], shape)}
            base_score = corpus.score(bases[pid], host)
            for place in shape.places:
                html = transplanted(host, trees[pid], shape, place)
                if html is None:
                    continue
                tried += 1
                pred = V.extract(html, want)
                outcome = _outcome(pred, want, shape.field)
                score = corpus.score(pred, want)
                created = {f for f in V.PEOPLE if f != shape.field and score.get(f + "_false")
                           and not base_score.get(f + "_false")}  # fmt: skip
                broken = {f for f in V.FIELDS if f != shape.field and V.right(base_score, f)
                          and V.right(score, f) is False}  # fmt: skip
                kind = shape.name.split(":")[0]
                row = table.setdefault((shape.field, kind, place), [0, 0, 0, 0, 0, 0])
                row[0] += 1
                row[("right", "null", "wrong").index(outcome) + 1] += 1
                row[4] += bool(created)
                row[5] += bool(broken)
                if args.verbose and (outcome != "right" or created or broken):
                    print(f"{donor} -> {pid} {shape.field} {shape.name} @{place}: {outcome}"
                          f" got {pred.get(shape.field)!r} want {shape.value!r}"
                          f" [{(pred.get('extraction') or {}).get(shape.field)}]"
                          + (f" false+ {sorted(created)}" if created else "")
                          + (f" broke {sorted(broken)}" if broken else ""))  # fmt: skip
    print(f"{len(pages)} dev pages, {len(shapes)} shapes, {tried} transplants in"
          f" {time.perf_counter() - t0:.0f} s (seed {args.seed}, {args.hosts} hosts per shape)")  # fmt: skip
    print("| field | shape | place | tried | right | null | wrong | false+ | other broken |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (field, kind, place), row in sorted(table.items(), key=lambda kv: (
            V.PEOPLE.index(kv[0][0]), kv[0][1], PLACES.index(kv[0][2]))):  # fmt: skip
        print(f"| {field} | {kind} | {place} | " + " | ".join(map(str, row)) + " |")
    totals: dict[str, list[int]] = {}
    for (field, _, _), row in table.items():
        acc = totals.setdefault(field, [0] * 6)
        for i, n in enumerate(row):
            acc[i] += n
    for field, row in totals.items():
        print(f"| {field} | all | all | " + " | ".join(map(str, row)) + " |")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the options and run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--field", choices=V.PEOPLE)
    ap.add_argument("--hosts", type=int, default=8)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument(
        "--donors", type=int, default=10, help="pages whose names write the unlabelled shapes"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and false+")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
