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
``--hosts`` hosts (a seeded draw per shape), at each of its places. A placing no reader would take
for the article's credit (``artefact_spot``: the text's end in a table cell, a list item or a
link of its own, under a short opening line, or beside the date line's own slot) is skipped and
counted (follow298); the draw of hosts is not changed by it.

    .venv/bin/python benchmarks/transplant.py [--field author] [--hosts 8] [--seed 17] [-v]

``--names`` (robust117) varies the VALUE instead of the place: at each dev page's own labelled
author / editor / source spot (``variants.find_spot``, a spot with its label word) the value is
replaced by a seeded draw from each shape of ``NAME_SHAPES`` / ``SOURCE_SHAPES`` (names of our own
making in the shapes real pages carry: compound surnames, a middle dot, Latin names, handles,
several names, a name then a role, long institutions, 本站 forms, a WeChat account...), everywhere
the page shows that value (its meta tags too: a page of another writer names him there), and the
draw is expected. The label word and the slot's punctuation stay. Per field x shape: right, null,
wrong (for the 本站 forms, which name no publisher: right when no source is given).

    .venv/bin/python benchmarks/transplant.py --names [--field source] [--seed 17] [-v]

``--kinds wechat`` (people148) puts a WeChat account block (the platform's ``div#meta_content``: an
account link ``#js_name``, the publish time, the 原创 badge, the place span, in our own words) right
under the headline of each dev page whose labelled author we read right: a reader still sees the
host's own byline as the writer, so the host's author is expected. Forms: the account alone; the
account in a ``rich_media_meta_text`` span; the account's box wrapping the whole article
(``div.rich_media`` around headline and text, as a saved WeChat page is). ``--kinds groups``
(people148) writes group names (X俱乐部, X社团, X班, X办公室, X协会, X中心, X团队, our own) into each
dev page's labelled author slot, as ``--names`` does, with the site's name (og:site_name) left,
made the group's own (``GROUP-新闻``: the site itself, no author, LABELLING.md session 29), made a
longer body that only starts with the group's name (``GROUP校友会``), and with the group as the
column segment of ``<title>`` (``headline_GROUP_site``): the group is expected in all but the second.

    .venv/bin/python benchmarks/transplant.py --kinds wechat|groups [-v]
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
    # a WeChat post's closing credit with a slash for the colon, and a society's colonless
    # ``图文 X Y`` (follow313)
    ("slash-closing:文字/", "<p>文字/{names}</p>", ("trailer",), None),
    ("tuwen:图文", "<p>图文 {names}</p>", ("trailer",), None),
    # a writer's colonless credit as an item of the date's row (emshu's ``作者 X``, follow313)
    ("bare:作者", "<span>作者 {names}</span>", ("meta",), None),
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
    headings = []
    for el in shown:
        heading = next((up for up in [el, *el.iterancestors()] if up.tag in HEADING_TAGS), None)
        if heading is not None:
            linked = el.tag == "a" or next(el.iterancestors("a"), None) is not None
            headings.append((linked, heading))
    if headings:
        # a heading whose title is no link first: a side list's ``<h5><a>TITLE</a></h5>`` row
        # repeats the headline before the page's own ``<h1>`` (chnmedu.org; people182)
        return min(headings, key=lambda lh: lh[0])[1]
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
            body = [p for p in _paragraphs(host) if len(V.compact(p)) >= 8]
            if shape.name == "signature" and not CLOSING_END_RE.search(body[-1].strip()):
                # a name set flush right signs a text that ends in a sentence: after a table,
                # a caption or a text cut short it is no signature a reader reads (robust134)
                return False
            if _after_text_end(last, host, shape.html):
                return True
            # a line after the text, not inside the text's last table cell (a 信息公开 table);
            # a layout table that holds the headline too is the page's, not the text's
            head = _headline(root, host)
            table = [up for up in last.iterancestors() if up.tag == "table"
                     and (head is None or up not in head.iterancestors())]  # fmt: skip
            _insert(table[-1] if table else last, shape.html, True)
        return True
    return False


def _in_order(el: Any) -> list[tuple[Any, str]]:
    """(owner, "text"|"tail") of every text node inside ``el`` in reading order."""
    out: list[tuple[Any, str]] = []

    def rec(e: Any) -> None:
        if isinstance(e.tag, str) and e.text and not V.hidden(e):
            out.append((e, "text"))
        for child in e:
            if isinstance(child.tag, str) and not V.hidden(child):
                rec(child)
            if child.tail:
                out.append((child, "tail"))

    rec(el)
    return out


def _after_text_end(last: Any, host: dict[str, Any], html: str) -> bool:
    """Put the credit ``html`` as a line right after the text node that ends the host's last
    labelled paragraph, when the holder of that paragraph shows more text after it (the text's
    ``<br>`` lines in one box with a customer-service box, prev / next links or a related list;
    a layout table's cell that holds a side column too): after the holder, the credit would
    stand under that furniture, where no reader takes it for the text's. False where the
    paragraph ends its holder (the other placings do then)."""
    body = [p for p in _paragraphs(host) if len(V.compact(p)) >= 8]
    want = V.compact(body[-1])[-20:]
    shown = V.compact(V.visible(last))
    at = shown.find(want)
    if at < 0 or not shown[at + len(want) :]:
        return False
    acc = ""
    for owner, attr in _in_order(last):
        text = getattr(owner, attr)
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            acc += ch
            if acc.endswith(want):
                frag = _fragment(html)
                els = list(frag)
                if len(els) != 1 or els[0].tag not in V.BLOCKS:
                    els = [_fragment(f"<p>{html}</p>")[0]]
                line = els[0]
                line.tail = text[i + 1 :]
                setattr(owner, attr, text[: i + 1])
                if attr == "text":
                    owner.insert(0, line)
                else:
                    owner.addnext(line)
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
    want = V.compact(body[-1])[-20:]
    after = [el for el in V.minimal_holders(root, want) if order[el] >= order[first]]
    # a holder the closing words END: the text's own last paragraph, not an earlier sentence
    # that holds them in its middle (a notice closing with its date, ``2020年9月23日``, which
    # its 报名时间 line names too: a credit put there stood inside that sentence; people182)
    ends = [el for el in after if V.compact(V.visible(el)).endswith(want)]
    # the text's own paragraphs may end in the same words more than once (chairmenfrog's
    # 解读: each answer's contact table names the same official, her number closing the text
    # and an earlier table alike; people203): the closing holder is the one after as many
    # such endings as the text shows, not the first, which stood mid-text
    repeats = sum(1 for p in _paragraphs(host) if V.compact(p).endswith(want))
    closing = ends[min(max(repeats, 1), len(ends)) - 1] if ends else None
    return first, (closing if closing is not None else after[0] if after else None)


#: elements that hold one part of a text, not its flow: a credit put in one is no credit a reader
#: takes for the article's (a profile table's cell, a related list's last ``<li>``, a tool box's
#: author card or a references box, whose text is links)
PART_TAGS = {"td", "th", "li", "a"}


def _in_part(el: Any, other: Any, tags: Any = PART_TAGS) -> str | None:
    """The tag of the table cell, list item or link (``tags``) ``el`` stands in that does not
    hold ``other`` too (a layout cell or a list item holding the whole text is the text's own
    box), or None."""
    for up in [el, *el.iterancestors()]:
        if up.tag in tags and not (up is other or up in other.iterancestors()):
            return str(up.tag)
    return None


def _landed_in_part(root: Any, host: dict[str, Any], shape: Shape) -> str | None:
    """Where a trailer line lands in the host once its page is parsed again, when that is a
    list item or a link that does not hold the text's first paragraph (a related list's last
    item, a tool box's author card), or another paragraph (a ``<p>`` put inside an inline box of
    the closing paragraph, bingling's ``<escape>`` references, stays in it): the tag, or None.
    (A line after a closing table, a closing list or a URL line of its own stands under it.)"""
    html = transplanted(host, root, shape, "trailer")
    if html is None:
        return None
    tree = V.load_tree(html)
    first, _ = _body_ends(tree, host)
    holders = V.minimal_holders(tree, V.compact(_inline_text(shape))[:20])
    if first is None or not holders:
        return None
    credit = holders[-1]
    text = V.compact(V.visible(credit))
    while credit.getparent() is not None and V.compact(V.visible(credit.getparent())) == text:
        credit = credit.getparent()  # the credit's own line (``<p><span>来源：X</span></p>``)
    for up in credit.iterancestors():
        # (a box that holds the text's first paragraph too is the page's or the text's own: a
        # layout ``<p>`` or ``<li>`` around the whole article)
        if up.tag in ("li", "a", "p") and not (up is first or up in first.iterancestors()):
            return str(up.tag)
    return None


def _in_boxed_link(el: Any, other: Any) -> str | None:
    """ "a" when ``el`` stands in a link inside a box that is no paragraph or list item (a tool
    box's author card: ``<div class=profile-box><a><span>NAME</span></a>``), where a line put
    after it stays in the box; a link in a paragraph or an item is ``_landed_in_part``'s."""
    if _in_part(el, other, {"a"}) is None:
        return None
    link = next(up for up in [el, *el.iterancestors()] if up.tag == "a")
    block = next((up for up in link.iterancestors() if up.tag in V.BLOCKS), None)
    return "a" if block is not None and block.tag not in ("p", "li", "body") else None


def artefact_spot(root: Any, host: dict[str, Any], shape: Shape, place: str) -> str | None:
    """Why no reader would take ``shape`` at ``place`` in the host for the article's credit, or
    None. The draw of hosts stays as it is; such a placing is skipped and counted (follow298).

    - ``first`` / ``trailer``: the text's first (last) labelled paragraph stands in a table cell,
      a list item or a link that holds no other end of the text (lab7402's profile table,
      devopschina's related list, webkit-math-csdn's tool box); a trailer line, where it lands
      once the page is parsed again (``_landed_in_part``).
    - ``first``: the text opens with a short line the placing stands under (a section heading,
      ``简介``, or a salutation), not at the text's start.
    - ``meta``: the host's date line shows the field's label word with a colon and a value
      already (a second ``作者：`` slot in a row that holds one, its value dropped: sxlmrl's site
      words); an empty slot (``作者：来源：``) shows none."""
    if place in ("first", "trailer"):
        first, last = _body_ends(root, host)
        if first is None or last is None:
            return None
        el, other = (first, last) if place == "first" else (last, first)
        # a trailer line goes after a closing table (``place_credit``) and shows under a closing
        # list or a URL line of its own: where it lands is what counts
        if place == "trailer" and shape.inline is None:
            part = _landed_in_part(root, host, shape) or _in_boxed_link(el, other)
        else:
            part = _in_part(el, other)
        if part:
            return f"{place} in {part}"
        paragraphs = [p for p in _paragraphs(host) if V.compact(p)]
        if place == "first" and paragraphs and len(V.compact(paragraphs[0])) < 8:
            return "first under a short line"
    if place == "meta":
        head = _headline(root, host)
        first, _ = _body_ends(root, host)
        line = _date_line(root, host, head, first)
        words = "|".join(map(re.escape, V._label_words(shape.field)))
        # the slot with a value (an empty ``作者：`` before ``来源：`` shows none: a second
        # labelled name there is the one a reader takes)
        labels = "|".join(map(re.escape, V.ITEM_LABELS))
        slot = rf"(?:{words})\s*[:：]\s*(?!(?:{labels})\s*[:：])[^\s:：]"
        if line is not None and words and re.search(slot, V.visible(line)):
            return "meta beside its own slot"
    return None


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


# ------------------------------------------------------------------------------ names
#: People shapes (author and editor): (shape, [(what the slot shows, the names expected)]).
#: Every name is made up; each is in the shape of names real pages print.
NAME_SHAPES: dict[str, list[tuple[str, list[str]]]] = {
    "han2": [("李娜", ["李娜"]), ("韦松", ["韦松"]), ("周洁", ["周洁"]), ("邢默", ["邢默"])],
    "han3": [("周明轩", ["周明轩"]), ("林晓彤", ["林晓彤"]), ("段思远", ["段思远"]),
             ("郑雅琴", ["郑雅琴"])],
    "han4": [("陈林雅婷", ["陈林雅婷"]), ("王李思源", ["王李思源"]), ("范徐丽芬", ["范徐丽芬"])],
    "compound": [("欧阳晓东", ["欧阳晓东"]), ("司马文", ["司马文"]), ("上官婉清", ["上官婉清"]),
                 ("诸葛明", ["诸葛明"])],
    "dot": [("买买提·艾力", ["买买提·艾力"]), ("阿依古丽·吐尔逊", ["阿依古丽·吐尔逊"]),
            ("热依拉·买合木提", ["热依拉·买合木提"])],
    "latin": [("Tom Lee", ["Tom Lee"]), ("J. Smith", ["J. Smith"]), ("Lucy Wang", ["Lucy Wang"])],
    "handle": [("小鱼儿", ["小鱼儿"]), ("zboygirl", ["zboygirl"]), ("weixin_3928", ["weixin_3928"]),
               ("木子李", ["木子李"])],
    "several": [("李娜、韦松", ["李娜", "韦松"]), ("周明轩 林晓彤", ["周明轩", "林晓彤"]),
                ("段思远，郑雅琴", ["段思远", "郑雅琴"]), ("李娜 韦松 邢默", ["李娜", "韦松", "邢默"])],
    "role": [("张明 李华 实习生 王强", ["张明", "李华", "王强"]),
             ("周洁 实习生 邢默", ["周洁", "邢默"])],
    "traditional": [("陳志偉", ["陳志偉"]), ("黃淑華", ["黃淑華"]), ("劉曉東", ["劉曉東"])],
}  # fmt: skip
#: Source shapes: (shape, [(what the slot shows, the source expected)]); the 本站 forms name no
#: publisher (``corpus.NO_SOURCE``), so none is expected.
SOURCE_SHAPES: dict[str, list[tuple[str, str]]] = {
    "short": [("新华社", "新华社"), ("中新社", "中新社"), ("人民网", "人民网")],
    "suffix": [("人民日报客户端", "人民日报客户端"), ("澎湃新闻", "澎湃新闻"),
               ("中国科技网", "中国科技网"), ("星城晚报", "星城晚报")],
    "institution": [("苏州市科学技术局", "苏州市科学技术局"),
                    ("合肥高新技术产业开发区管理委员会办公室", "合肥高新技术产业开发区管理委员会办公室"),
                    ("江宁区人力资源和社会保障局", "江宁区人力资源和社会保障局")],
    "own": [("本站", "本站"), ("本网", "本网"), ("原创", "原创"), ("本站原创", "本站原创")],
    "wechat": [("微信公众号“星海科创”", "微信公众号“星海科创”"),
               ("微信公众号“青禾孵化”", "微信公众号“青禾孵化”")],
    "english": [("Reuters", "Reuters"), ("Bloomberg", "Bloomberg"), ("AP", "AP")],
    # a paper titled for its beat, numbered or not (follow310, follow313)
    "report": [("21世纪经济报道", "21世纪经济报道"), ("每日经济报道", "每日经济报道"),
               ("中国财经报道", "中国财经报道")],
}  # fmt: skip
#: the role shape is a reporter's line: authors only
AUTHOR_ONLY = {"role"}


def shapes_for(field: str) -> dict[str, list[tuple[str, Any]]]:
    """The value shapes tried in ``field``'s slot."""
    if field == "source":
        return dict(SOURCE_SHAPES)
    return {k: v for k, v in NAME_SHAPES.items() if field == "author" or k not in AUTHOR_ONLY}


def _shown_value(spot: V.Spot, label: dict[str, Any], field: str) -> str | None:
    """The text the slot shows for the labelled value: from its first name to its last, in one
    text node after the label word; None where the names stand in several nodes."""
    value = label[field]
    names = [value] if isinstance(value, str) else list(value)
    for owner, attr in V._text_nodes(spot.el):
        text = getattr(owner, attr)
        start = text.find(names[0])
        if start < 0:
            continue
        end = start + len(names[0])
        for name in names[1:]:
            at = text.find(name, end)
            if at < 0 or len(V.compact(text[end:at])) > 8:  # a role word between, no more
                break
            end = at + len(name)
        else:
            return text[start:end]
    return None


def renamed(root: Any, label: dict[str, Any], field: str, spot: V.Spot, new: str) -> bytes | None:
    """The page with the slot's value shown as ``new`` wherever the page shows it (the text, the
    <title> and the meta tags); None where the slot's value is not one text node's, or where a
    labelled name stands elsewhere on its own."""
    old = _shown_value(spot, label, field)
    if old is None:
        return None
    tree = copy.deepcopy(root)
    changed = False
    for el in tree.iter():
        for attr in ("text", "tail"):
            if attr == "text" and not isinstance(el.tag, str):
                continue  # a comment's words
            text = getattr(el, attr)
            if text and old in text:
                setattr(el, attr, text.replace(old, new))
                changed = True
        if el.tag == "meta" and old in (el.get("content") or ""):
            el.set("content", el.get("content").replace(old, new))
    value = label[field]
    shown = V.compact(V.visible(tree))
    if any(V.compact(n) in shown for n in ([value] if isinstance(value, str) else value)):
        return None  # a labelled name shown elsewhere on its own (a second credit): not one value
    return V.serialise(tree) if changed else None


def renamed_label(label: dict[str, Any], field: str, spot: V.Spot, new: str, value: Any,
                  ) -> dict[str, Any]:  # fmt: skip
    """The label of the renamed page: ``value`` for ``field``, and the other fields that show
    the old value (a headline or a text that names the outlet, an author labelled as the outlet)
    with it renamed as ``renamed`` renames it in the page."""
    old = _shown_value(spot, label, field)
    out = {**label, field: value}
    if not old:
        return out
    for key in ("title", "body", *(f for f in V.PEOPLE if f != field)):
        have = label.get(key)
        if isinstance(have, str):
            out[key] = have.replace(old, new)
        elif isinstance(have, list):
            out[key] = [p.replace(old, new) if isinstance(p, str) else p for p in have]
    return out


def _names_outcome(pred: dict[str, Any], want: dict[str, Any], field: str) -> str:
    score = corpus.score(pred, want)
    if score.get(field) is None:  # a 本站 form: no source is the reading
        return "wrong" if score.get(field + "_false") else "right"
    return _outcome(pred, want, field)


def _broken(base_score: dict[str, Any], score: dict[str, Any], field: str) -> set[str]:
    """The fields other than ``field`` the host had right before and has wrong now."""
    return {f for f in V.FIELDS if f != field and V.right(base_score, f)
            and V.right(score, f) is False}  # fmt: skip


def _tally(table: dict[Any, list[int]], key: Any, outcome: str, *flags: Any) -> None:
    """Count one case in ``table``'s row ``key``: tried, right / null / wrong by ``outcome``,
    then one column per flag (the false+ it made, the other fields it broke) when it is set."""
    row = table.setdefault(key, [0] * (4 + len(flags)))
    row[0] += 1
    row[("right", "null", "wrong").index(outcome) + 1] += 1
    for i, flag in enumerate(flags, 4):
        row[i] += bool(flag)


def run_names(args: argparse.Namespace) -> int:
    """Each dev page's labelled people / source slot with each shape's seeded value."""
    fields = [args.field] if args.field else list(V.PEOPLE)
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    t0 = time.perf_counter()
    table: dict[tuple[str, str], list[int]] = {}
    tried = skipped = 0
    for page in pages:
        root = V.load_tree(page["html"])
        if root is None:
            continue
        base = corpus.score(V.extract(V.serialise(copy.deepcopy(root)), page), page)
        for field in fields:
            if V.first_value(page, field) is None or not V.right(base, field):
                continue  # a slot we already misread is variants.py's and real.py's business
            spot = V.find_spot(root, page, field)
            if spot is None or not spot.label:
                continue
            for shape, draws in shapes_for(field).items():
                rng = random.Random(f"{args.seed}:{page['id']}:{field}:{shape}")
                shown, value = rng.choice(draws)
                html = renamed(root, page, field, spot, shown)
                if html is None:
                    skipped += 1
                    continue
                tried += 1
                want = renamed_label(page, field, spot, shown, value)
                pred = V.extract(html, want)
                outcome = _names_outcome(pred, want, field)
                score = corpus.score(pred, want)
                broken = _broken(base, score, field)
                _tally(table, (field, shape), outcome, broken)
                if args.verbose and (outcome != "right" or broken):
                    print(f"{page['id']} {field} {shape} {shown!r}: {outcome}"
                          f" got {pred.get(field)!r} [{(pred.get('extraction') or {}).get(field)}]"
                          + (f" broke {sorted(broken)}" if broken else ""))  # fmt: skip
    print(
        f"{len(pages)} dev pages, {tried} renamed slots in {time.perf_counter() - t0:.0f} s"
        f" (seed {args.seed}; {skipped} slots whose names stand in several nodes skipped)"
    )
    print("| field | shape | tried | right | null | wrong | other broken |")
    print("|---|---|---|---|---|---|---|")
    for (field, shape), row in sorted(table.items(), key=lambda kv: (
            V.PEOPLE.index(kv[0][0]), list(shapes_for(kv[0][0])).index(kv[0][1]))):  # fmt: skip
        print(f"| {field} | {shape} | " + " | ".join(map(str, row)) + " |")
    return 0


# ------------------------------------------------------------------------------ kinds (people148)
#: A WeChat account block as the platform prints it above an article (our own account and date)
WECHAT_BLOCKS = {
    "account": '<div class="rich_media_meta_list" id="meta_content">'
    '\n<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
    '<a href="javascript:void(0);" id="js_name">星海科创</a></span>'
    '\n<em class="rich_media_meta rich_media_meta_text" id="publish_time">2021-05-06</em></div>',
    "account+badge+place": '<div class="rich_media_meta_list" id="meta_content">'
    '\n<span class="rich_media_meta meta_original_tag" id="copyright_logo">原创</span>'
    '\n<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">青禾孵化</a></span>'
    '\n<em class="rich_media_meta rich_media_meta_text" id="publish_time">2021-05-06 08:30</em>'
    '\n<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrapper">'
    '\n<span id="js_ip_wording">江苏</span></span></div>',
    "account-in-text-span": '<div class="rich_media_meta_list" id="meta_content">'
    '\n<span class="rich_media_meta rich_media_meta_text">星海科创</span>'
    '\n<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">星海科创</a></span>'
    '\n<em class="rich_media_meta rich_media_meta_text" id="publish_time">2021-05-06</em></div>',
}


def _wrap_article(head: Any, last: Any) -> bool:
    """Wrap the block holding both the headline and the text's last paragraph in a
    ``div.rich_media`` (a saved WeChat page's article box); False where only <body> holds both."""
    common = next((up for up in head.iterancestors() if up is last or up in last.iterancestors()),
                  None)  # fmt: skip
    if common is None or common.tag in ("html", "body") or common.getparent() is None:
        return False
    box = etree.Element("div", {"class": "rich_media"})
    box.tail, common.tail = common.tail, None
    common.addprevious(box)
    box.append(common)  # moves it into the box
    return True


def _authored_hosts(pages: list[dict[str, Any]]) -> Any:
    """Each dev page with a labelled author we read right, as (page, its tree, our record, its
    score): the hosts of the author kinds (a page we misread is variants.py's and real.py's)."""
    for page in pages:
        if V.first_value(page, "author") is None:
            continue
        root = V.load_tree(page["html"])
        if root is None:
            continue
        base = V.extract(V.serialise(copy.deepcopy(root)), page)
        base_score = corpus.score(base, page)
        if V.right(base_score, "author"):
            yield page, root, base, base_score


def run_wechat(args: argparse.Namespace) -> int:
    """A WeChat account block under each host's headline: the host's author is expected."""
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    t0 = time.perf_counter()
    table: dict[tuple[str, str], list[int]] = {}
    for page, root, base, base_score in _authored_hosts(pages):
        if any(el.get("id") == "meta_content" for el in root.iter("div")):
            continue  # a saved WeChat article already: a second account block is no page's shape
        rule = ((base.get("extraction") or {}).get("author") or "").split("+")[0].split(":")[0]
        for form, block in WECHAT_BLOCKS.items():
            for wrap in (False, True):
                tree = copy.deepcopy(root)
                head = _headline(tree, page)
                if head is None:
                    continue
                _insert(head, block, True)
                if wrap:
                    _, last = _body_ends(tree, page)
                    if last is None or not _wrap_article(head, last):
                        continue
                pred = V.extract(V.serialise(tree), page)
                outcome = _outcome(pred, page, "author")
                score = corpus.score(pred, page)
                broken = _broken(base_score, score, "author")
                name = form + (" in rich_media" if wrap else "")
                for key in ((name, rule), (name, "all")):
                    _tally(table, key, outcome, broken)
                if args.verbose and (outcome != "right" or broken):
                    print(f"{page['id']} {name} [{rule}]: {outcome} got {pred.get('author')!r}"
                          f" want {page.get('author')!r}"
                          f" [{(pred.get('extraction') or {}).get('author')}]"
                          + (f" broke {sorted(broken)}" if broken else ""))  # fmt: skip
    print(f"{len(pages)} dev pages, WeChat blocks in {time.perf_counter() - t0:.0f} s")
    print("| block | host's author rule | tried | right | null | wrong | other broken |")
    print("|---|---|---|---|---|---|---|")
    for (name, rule), row in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all",
                                                                   kv[0][1])):  # fmt: skip
        print(f"| {name} | {rule} | " + " | ".join(map(str, row)) + " |")
    return 0


#: Group names of our own making, one per group word a site may belong to
GROUP_NAMES = ("星河摄影俱乐部", "青禾文学社团", "星海中学2019级三班", "校长办公室", "星海市创新创业协会",
               "教学发展中心", "蓝鲸研发团队")  # fmt: skip
#: (form, the site's name made of the group or None to leave it, a <title> column, expected null)
GROUP_FORMS = (("site left", None, False, False), ("site is the group", "{g}-新闻", False, True),
               ("site starts with the group", "{g}校友会", False, False),
               ("group as title column", None, True, False))  # fmt: skip


def _set_site_name(tree: Any, site: str) -> None:
    """og:site_name set to ``site`` (added to the head where the page has none)."""
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == "og:site_name":
            el.set("content", site)
            return
    head = next(tree.iter("head"), None)
    if head is not None:
        head.insert(0, etree.Element("meta", {"property": "og:site_name", "content": site}))


def _title_column(tree: Any, headline: str, group: str) -> bool:
    """<title> rewritten ``headline_GROUP_rest`` (a CMS's column segment); False with no <title>."""
    el = next(tree.iter("title"), None)
    if el is None:
        return False
    text = el.text or ""
    rest = text.replace(headline, "", 1) if headline in text else "_" + text
    el.text = f"{headline}_{group}{rest if rest.startswith(('_', '-', '|', ' ')) else '_' + rest}"
    return True


def run_groups(args: argparse.Namespace) -> int:
    """Group names in each dev page's author slot, the site's name holding them or not."""
    pages = [p for p in corpus.corpus("articles", "dev") if p.get("title") and not p.get("exclude")]
    t0 = time.perf_counter()
    table: dict[str, list[int]] = {}
    for page, root, _, base_score in _authored_hosts(pages):
        spot = V.find_spot(root, page, "author")
        if spot is None or not spot.label:
            continue
        group = random.Random(f"{args.seed}:{page['id']}:groups").choice(GROUP_NAMES)
        html = renamed(root, page, "author", spot, group)
        if html is None:
            continue
        for form, site, column, none in GROUP_FORMS:
            tree = V.load_tree(html)
            want = renamed_label(page, "author", spot, group, None if none else [group])
            if site:
                _set_site_name(tree, site.format(g=group))
            if column and not _title_column(tree, page["title"], group):
                continue
            pred = V.extract(V.serialise(tree), want)
            score = corpus.score(pred, want)
            if none:
                outcome = "wrong" if score.get("author_false") else "right"
            else:
                outcome = _outcome(pred, want, "author")
            broken = _broken(base_score, score, "author")
            _tally(table, form, outcome, broken)
            if args.verbose and (outcome != "right" or broken):
                print(f"{page['id']} {form} {group!r}: {outcome} got {pred.get('author')!r}"
                      f" [{(pred.get('extraction') or {}).get('author')}]"
                      + (f" broke {sorted(broken)}" if broken else ""))  # fmt: skip
    print(
        f"{len(pages)} dev pages, group names in {time.perf_counter() - t0:.0f} s (seed {args.seed})"
    )
    print("| form | tried | right | null | wrong | other broken |")
    print("|---|---|---|---|---|---|")
    for form, *_ in GROUP_FORMS:
        if form in table:
            print(f"| {form} | " + " | ".join(map(str, table[form])) + " |")
    return 0


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
    artefacts: dict[str, int] = {}  # placings no reader takes for a credit, by why
    for donor, shape in shapes:
        # (nor a host that shows the field's slot already, read and dropped: its 来源 slot naming
        # its own column, its author slot the site's name; a second slot of the same label is
        # one no page prints, and the reader reads the first: robust134)
        hosts = sorted(pid for pid in trees if by_id[pid]["site"] != by_id[donor]["site"]
                       and not by_id[pid].get(shape.field) and not bases[pid].get(shape.field)
                       and not (bases[pid].get("extraction") or {}).get(shape.field))  # fmt: skip
        rng = random.Random(f"{args.seed}:{donor}:{shape.field}:{shape.name}")
        for pid in rng.sample(hosts, min(args.hosts, len(hosts))):
            host = by_id[pid]
            want = {**host, shape.field: shape.value, **_carried(by_id[donor], shape)}
            base_score = corpus.score(bases[pid], host)
            for place in shape.places:
                why = artefact_spot(trees[pid], host, shape, place)
                if why:
                    artefacts[why] = artefacts.get(why, 0) + 1
                    if args.verbose:
                        print(
                            f"{donor} -> {pid} {shape.field} {shape.name} @{place}: skipped, {why}"
                        )
                    continue
                html = transplanted(host, trees[pid], shape, place)
                if html is None:
                    continue
                tried += 1
                pred = V.extract(html, want)
                outcome = _outcome(pred, want, shape.field)
                score = corpus.score(pred, want)
                created = {f for f in V.PEOPLE if f != shape.field and score.get(f + "_false")
                           and not base_score.get(f + "_false")}  # fmt: skip
                broken = _broken(base_score, score, shape.field)
                kind = shape.name.split(":")[0]
                _tally(table, (shape.field, kind, place), outcome, created, broken)
                if args.verbose and (outcome != "right" or created or broken):
                    print(f"{donor} -> {pid} {shape.field} {shape.name} @{place}: {outcome}"
                          f" got {pred.get(shape.field)!r} want {shape.value!r}"
                          f" [{(pred.get('extraction') or {}).get(shape.field)}]"
                          + (f" false+ {sorted(created)}" if created else "")
                          + (f" broke {sorted(broken)}" if broken else ""))  # fmt: skip
    print(f"{len(pages)} dev pages, {len(shapes)} shapes, {tried} transplants in"
          f" {time.perf_counter() - t0:.0f} s (seed {args.seed}, {args.hosts} hosts per shape)")  # fmt: skip
    if artefacts:
        print("artefact placings skipped: "
              + ", ".join(f"{why} {n}" for why, n in sorted(artefacts.items())))  # fmt: skip
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
    ap.add_argument("--names", action="store_true",
                    help="each page's own slot with names of other shapes, not a transplant")  # fmt: skip
    ap.add_argument("--kinds", choices=("credits", "wechat", "groups"), default="credits",
                    help="wechat: an account block in each host; groups: group names in the slot")  # fmt: skip
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    if args.kinds == "wechat":
        return run_wechat(args)
    if args.kinds == "groups":
        return run_groups(args)
    return run_names(args) if args.names else run(args)


if __name__ == "__main__":
    sys.exit(main())
