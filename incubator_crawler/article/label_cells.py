"""People labels the markup, not a colon, sets apart (``<td>作者</td><td>张三</td>``), and their names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .labels import (
    DATE_RE,
    LABEL_RE,
    LABELS,
    alternation,
    glued_label,
)
from .page import (
    Block,
    node_text,
)
from .text import nfkc

# A people label with no colon, set apart by the markup: a table cell or a ``<dt>`` of its own
# (``<td>作者</td><td>张三</td>``, ``<dt>来源</dt><dd>科技日报</dd>``), or an element of its own at
# the start of a line (PTT's ``<span>作者</span><span>X (nick)</span>``); the value is the next
# cell, or the rest of the line.
CELL_LABELS = {key: alternation(LABELS[key]) for key in ("author", "editor", "source")}
# ``<td>文/</td><td>X、Y</td>``: the slash form of 文 is a writer's label in a cell as on a line
CELL_LABELS["author"] += r"|文\s*[/／]"
_CELL_LEAD_RE = {key: re.compile(rf"\s*(?:{alt})") for key, alt in CELL_LABELS.items()}
# the label's own cell may end in a bar instead of a colon (``<td>来源丨</td>``, as a line's 来源丨X)
CELL_WORD_RE = {key: re.compile(rf"^(?:{alt})\s*[:：丨|]?$") for key, alt in CELL_LABELS.items()}
# A value that can be a name: short, no label, no date, no sentence punctuation.
_CELL_VALUE_RE = re.compile(r"^[^\s:：，。！？；]{2,16}(?:\s*[(（][^()（）]{1,16}[)）])?$")


def _child_line(b: Block) -> bool:
    """True for a line short enough to hold a label element beside its value element: 40
    characters, or 80 when it holds no sentence (a meta line's other items set apart too)."""
    return b.chars <= 40 or (b.chars <= 80 and "。" not in b.text and b.text.count("，") < 2)


def _label_cell(header: list[Block], key: str) -> str | None:
    """The name beside a ``key`` label (author, editor, source) that the markup, not a colon,
    sets apart."""
    return next(_label_cells(header, key), None)


#: A label cell's tags and its value cell's (``<th>来源</th><td>X</td>``, ``<dt>来源：</dt><dd>X</dd>``):
#: the header's label cells here and meta_line's label cell under the date line read them alike.
LABEL_CELL_TAGS = frozenset(("td", "th", "dt"))
VALUE_CELL_TAGS = frozenset(("td", "dd"))


def _label_cells(header: list[Block], key: str) -> Iterator[str]:
    """Each name beside a ``key`` label that the markup sets apart, in page order."""
    lead_re, word_re = _CELL_LEAD_RE[key], CELL_WORD_RE[key]
    for i, b in enumerate(header):
        # a label element and its value element may stand in a longer meta line, its other items
        # set apart the same way (technews.tw's ``<span>作者</span><span>X</span> | <span>發布日期
        # </span><span>DATE</span> | <span>分類</span><span>…</span>``, 45 characters)
        if _child_line(b) and (value := _label_child_value(b.owner, word_re, key)):
            yield value
            continue
        if b.chars > 40 or not lead_re.match(b.text):
            continue
        text = nfkc(b.text).strip()
        if word_re.match(text):
            if i + 1 < len(header) and b.owner.tag in LABEL_CELL_TAGS:
                if header[i + 1].owner.tag in VALUE_CELL_TAGS and (
                    (value := cell_name(header[i + 1])) is not None
                ):
                    yield value
            elif i + 1 < len(header) and (value := _paired_name(b, header[i + 1])):
                yield value
            continue
        first = next(iter(b.owner), None)
        lead = (
            nfkc(node_text(first)).strip()
            if first is not None and not (b.owner.text or "").strip()
            else ""
        )
        if key != "author" and first is not None and first.tag == "a":
            continue  # a forum's ``<a>编辑</a><a>删除</a>`` buttons: no editor's slot
        if lead and word_re.match(lead) and text.startswith(lead):
            value = text[len(lead) :].strip()
            if is_cell_name(value):
                yield value


def block_pair_cell(blocks: list[Block], key: str) -> str | None:
    """The name in the first label block / value block pair for ``key`` among ``blocks`` (the
    lines after the text: a licence box item ``作者`` / ``Kovacs`` with no licence word near)."""
    word_re = CELL_WORD_RE[key]
    for b, nxt in zip(blocks, blocks[1:], strict=False):
        if b.chars <= 8 and word_re.match(nfkc(b.text).strip()) and (value := _paired_name(b, nxt)):
            return value
    return None


def _paired_name(label: Block, value: Block) -> str | None:
    """The name in ``value`` when it is ``label``'s value block (``_block_pair``, ``split_pair``)
    and reads as a name (``is_cell_name``), else None."""
    if not (_block_pair(label.owner, value.owner) or split_pair(label, value)):
        return None
    return cell_name(value)


def cell_name(value: Block) -> str | None:
    """The text of a value block when it reads as a name (``is_cell_name``, an element of its
    own), else None."""
    name = nfkc(value.text).strip()
    return name if is_cell_name(name, True) else None


def split_pair(label: Block, value: Block) -> bool:
    """True when a label block and the next block are one element's text that a picture or a
    line break alone parts (newspaper4k's chinadaily line ``来源：<a><img></a><a>中国日报网</a>``:
    the outlet's logo between the label and its name ends a block)."""
    return label.owner is value.owner and value.idx == label.idx + 1


def _block_pair(label: Any, value: Any) -> bool:
    """True when a label block and its value block are the only children of one element, no
    text or link beside them: a pair of cells made of blocks (Hexo Fluid's licence box item
    ``<div><div>作者</div><div>Kovacs</div></div>``), as a ``<td>`` or ``<dt>`` pair is one. A
    label in a menu (a link) or over a list of its own (more siblings) makes no pair."""
    parent = label.getparent()
    if parent is None or label.getnext() is not value or value.getparent() is not parent:
        return False
    children = [c for c in parent if isinstance(c.tag, str)]
    return (
        len(children) == 2
        and label.tag not in _BUTTON_TAGS
        and not len(label)
        and not (parent.text or "").strip()
        and not (label.tail or "").strip()
        and not (value.tail or "").strip()
    )


def opening_cell_author(paras: list[Block]) -> str | None:
    """The name in a ``作者`` cell pair among the short lines opening the text: a forum post's
    header box that the text's container holds (PTT's ``<span>作者</span><span>TyuzuChou
    (子瑜我老婆)</span>`` over 看板 / 標題 / 時間 cells, no title found above it)."""
    found = opening_cell_line(paras)
    return found[1] if found else None


def opening_cell_line(paras: list[Block]) -> tuple[Block, str] | None:
    """(block, name) of the first ``作者`` label element / name element pair among the short
    lines opening the text (``<span>作者</span><span>肖锐</span>``, no colon: the markup parts
    label and name), or None once a line longer than 40 characters (the text's prose) is met."""
    for b in paras[:4]:
        if b.chars > 40:
            return None  # the text has begun: a cell after it is no header's
        if value := label_child_value(b, "author"):
            return b, value
    return None


_BUTTON_TAGS = ("a", "button")


def label_child_value(b: Block, key: str) -> str | None:
    """The name in ``b``'s element right after a child holding only a ``key`` label word
    (``<span>文章作者</span><span>X</span>``), or None."""
    return _label_child_value(b.owner, CELL_WORD_RE[key], key)


def _label_child_value(owner: Any, word_re: re.Pattern[str], key: str) -> str | None:
    """The name in the element right after a child that holds only a label word, nothing
    between them (``<span class=label>来源</span><span>X</span>`` anywhere in a line): the
    markup parts the label from its value, as a colon would. A link or a button is no label
    (a forum's ``<a>编辑</a><a>删除</a>``), nor an editor's name (a source's outlet may be one)."""
    children = [c for c in owner if isinstance(c.tag, str)]
    for child, nxt in zip(children, children[1:], strict=False):
        if child.tag in _BUTTON_TAGS or (child.tail or "").strip() or len(child):
            continue
        if not word_re.match(nfkc(child.text or "").strip()):
            continue
        value = nfkc(node_text(nxt)).strip()
        if (key != "editor" or nxt.tag not in _BUTTON_TAGS) and is_cell_name(value, True):
            return value
    return None


# A cell of its own may hold a few names or an office and a name parted by blanks (nuc-cst's
# ``<td>荆沛栋 周慧琪 任雅娟 蔺晓琳</td>``, ``<dd>国际公寓部 王爽</dd>``): each a word of CJK.
# a value cell's names parted by blanks, 、 or commas (``张明华，王小红``), or one two-character name
# padded for layout (``方 汉``, LABELLING.md's twenty-first round: one name)
# a Latin name of two or three capitalised words in a cell of its own (DedeCMS's ``<dd>Frank Yao</dd>``,
# a blog's ``<th>本文作者</th><td>Gongshan He</td>``), as the same name reads after ``作者：``
_CELL_WORDS_RE = re.compile(
    r"^[\u4e00-\u9fff·]{2,12}(?:(?:\s+|\s*[、，,]\s*)[\u4e00-\u9fff·]{2,12}){1,3}$"
    r"|^[\u4e00-\u9fff]\s+[\u4e00-\u9fff]$"
    r"|^[A-Z][a-z]{1,15}(?:\s[A-Z][a-z]{0,15}){1,2}$"
)


def is_cell_name(value: str, cell: bool = False) -> bool:
    """True for a short value with letters that is not a label (glued or not) or a date;
    ``cell``: the value is an element of its own, which may hold a few blank-parted names."""
    return bool(
        (_CELL_VALUE_RE.match(value) or cell and _CELL_WORDS_RE.match(value))
        and re.search(r"[\u4e00-\u9fff]|[A-Za-z]{2}", value)
        and not LABEL_RE.match(value)
        and not DATE_RE.search(value)
        and not glued_label(value)
    )
