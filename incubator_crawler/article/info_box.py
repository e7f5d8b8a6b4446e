"""A 信息公开 box's label cells and their values, set without colons in cells of their own.

Government CMS templates (TRS 政务公开 pages such as gsj.wuhan.gov.cn) print the item's metadata as
a box of label cells and value cells: ``<td><strong>公开日期</strong></td><td>2018-01-01</td>``,
``<dt>名称</dt><dd>…</dd>`` or ``<li><span>名称</span><span>…</span></li>``. A label cell names a
field, never the article; the value of a 名称 cell is the article's name (LABELLING.md).
"""

from __future__ import annotations

from .labels import BOX_PUBLISH_LABELS
from .page import Block, Page
from .text import nfkc_compact

# The labels of a 信息公开 box (compacted, colon dropped): enough of them around a cell make a box
BOX_LABELS = frozenset(
    (
        "索引号",
        "信息索引",
        "信息分类",
        "主题分类",
        "体裁分类",
        "组配分类",
        "服务对象",
        "发布机构",
        "发文机关",
        "发文机构",
        "发布单位",
        "责任部门",
        # 公开日期, 公开时间, 发布日期, 发布时间: the box's publish labels (labels.py)
        *BOX_PUBLISH_LABELS,
        "成文日期",
        "生成日期",
        "发文日期",
        "有效期",
        "文号",
        "发文字号",
        "关键词",
        "主题词",
        "语种",
        "信息格式",
        "内容概述",
        "公开方式",
        "公开范围",
        "公开形式",
        "有效性",
        "时效",
        "名称",
        "标题",
        "文件名称",
        "信息名称",
        "公文名称",
    )
)

# The labels whose value is the article's name
NAME_LABELS = frozenset(("名称", "标题", "文件名称", "信息名称", "公文名称"))

# The tags a label is set in when it opens its value's element (``<li><span>名称</span>…``)
_INLINE_LABEL_TAGS = frozenset(("span", "label", "strong", "b", "em", "i", "font"))

# blocks on either side of a cell searched for the box's other labels
_SPAN = 12
# a box has the cell's own label and at least this many others
_MIN_OTHERS = 2
_MAX_VALUE = 160


def label_of(text: str) -> str | None:
    """The box label a label cell's text is (``公开日期``, ``索 引 号：``), or None."""
    key = nfkc_compact(text).rstrip(":")
    return key if key in BOX_LABELS else None


def _inline_label(b: Block) -> tuple[str, str] | None:
    """The label and the value of a block whose element opens with the label in an inline child
    (``<li><span>名称</span><span>X</span></li>``): one block, label and value glued."""
    el = b.owner
    if (el.text or "").strip() or not len(el):
        return None
    first = el[0]
    if not isinstance(first.tag, str) or first.tag not in _INLINE_LABEL_TAGS:
        return None
    label = label_of("".join(first.itertext()))
    if label is None:
        return None
    rest = "".join(first.tail or "") + "".join(
        "".join(c.itertext()) + (c.tail or "") for c in el[1:] if isinstance(c.tag, str)
    )
    return label, " ".join(rest.split())


def cell_label(page: Page, b: Block) -> str | None:
    """The box label ``b`` is, alone in its cell, or that opens ``b``'s own element."""
    if b.chars <= 8 and (label := label_of(b.text)):
        return label
    inline = _inline_label(b) if b.chars <= _MAX_VALUE + 8 else None
    return inline[0] if inline else None


# The cells a box sets a ``label: value`` pair in (jiangxi.gov.cn's ``<td><b>组配分类: </b> 政策文件</td>``)
_CELL_TAGS = frozenset(("td", "th", "li"))


def labelled_cell(b: Block) -> str | None:
    """The box label opening ``b`` when ``b`` is a ``<td>`` / ``<li>`` cell of ``label: value``
    (``组配分类: 政策文件``, label and value in one cell), or a label cell alone; else None."""
    if b.chars > _MAX_VALUE + 8:
        return None
    key = nfkc_compact(b.text)
    if key.rstrip(":") in BOX_LABELS:
        return key.rstrip(":")
    head, colon, _ = key.partition(":")
    if not colon or head not in BOX_LABELS or b.owner.tag not in _CELL_TAGS:
        return None
    return head


def in_box(page: Page, b: Block) -> bool:
    """True when ``b`` stands among a box's label cells: other box labels close on either side."""
    lo, hi = max(0, b.idx - _SPAN), min(len(page.blocks), b.idx + _SPAN + 1)
    others = 0
    for o in page.blocks[lo:hi]:
        if o.idx != b.idx and o.chars <= _MAX_VALUE + 8 and cell_label(page, o):
            others += 1
            if others >= _MIN_OTHERS:
                return True
    return False


def in_labelled_box(page: Page, b: Block) -> bool:
    """True when ``b`` is a ``label: value`` cell among other such cells (``labelled_cell``): a box
    whose cells hold label and value together (jiangxi.gov.cn's ``<td>组配分类：政策文件</td>``)."""
    if labelled_cell(b) is None:
        return False
    lo, hi = max(0, b.idx - _SPAN), min(len(page.blocks), b.idx + _SPAN + 1)
    others = sum(1 for o in page.blocks[lo:hi] if o.idx != b.idx and labelled_cell(o) is not None)
    return others >= _MIN_OTHERS


def label_cell_value(page: Page, b: Block) -> tuple[str, str, int] | None:
    """The label, the value and the value's block index of the box cell pair that ``b`` opens."""
    if b.chars <= 8 and (label := label_of(b.text)):
        if b.idx + 1 >= len(page.blocks):
            return None
        nxt = page.blocks[b.idx + 1]
        if nxt.owner is b.owner or label_of(nxt.text) or nxt.chars > _MAX_VALUE:
            return None
        return label, nxt.text, nxt.idx
    inline = _inline_label(b) if b.chars <= _MAX_VALUE + 8 else None
    if inline and inline[1]:
        return inline[0], inline[1], b.idx
    return None


def box_name(page: Page, start: int, end: int) -> tuple[str, int, range] | None:
    """The value of a box's 名称 / 标题 / 文件名称 / 信息名称 cell among blocks ``start:end``, its
    block index and the span of the box's blocks; None outside a box (a 名称 cell of a price
    table or a form is no article's name)."""
    for b in page.blocks[max(0, start) : end]:
        if b.chars > _MAX_VALUE + 8 or not any(w in b.text for w in ("名", "标", "題", "题")):
            continue  # no name label in it (checked raw: most blocks are text)
        pair = label_cell_value(page, b)
        if pair is None or pair[0] not in NAME_LABELS:
            continue
        value = pair[1].strip()
        if len(nfkc_compact(value)) < 4 or not in_box(page, b):
            continue
        lo, hi = max(0, b.idx - _SPAN), min(len(page.blocks), b.idx + _SPAN + 1)
        cells = [o.idx for o in page.blocks[lo:hi] if cell_label(page, o)]
        return value, pair[2], range(min(cells), max(max(cells) + 1, pair[2]) + 1)
    return None


# The dates a box labels: its publish date and the others (the document's signing date, ...)
_DATE_LABELS = BOX_PUBLISH_LABELS | frozenset(("成文日期", "生成日期", "发文日期", "有效期"))


def box_date_label(page: Page, b: Block) -> str | None:
    """The date label of a box's value cell ``b``: the label cell right before it, or the label
    opening ``b``'s own element; None for a date that no box cell labels."""
    if b.idx and (prev := page.blocks[b.idx - 1]).owner is not b.owner:
        pair = label_cell_value(page, prev)
        if pair is not None and pair[2] == b.idx and pair[0] in _DATE_LABELS:
            return pair[0] if in_box(page, prev) else None
    inline = _inline_label(b) if b.chars <= _MAX_VALUE + 8 else None
    if inline is not None and inline[0] in _DATE_LABELS and in_box(page, b):
        return inline[0]
    # a ``<td>成文日期：2020-02-21</td>`` cell among other ``label: value`` cells, no inline label
    label = labelled_cell(b)
    if label in _DATE_LABELS and in_labelled_box(page, b):
        return label
    return None
