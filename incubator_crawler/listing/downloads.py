"""Boxes of files to download (相关下载, 附件下载) beside the list's boxes: no rows of the list."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .attachments import ATTACHMENT_EXT
from .row_dates import is_period
from .rows import box_heading

#: A box heading naming files to download (相关下载, 附件下载, 下載專區, 附件).
_DOWNLOAD_HEADING_RE = re.compile(r"下载|下載|附件")
#: The elements holding a box's rows; a row's own parts (a [附件] tag before a title) head nothing.
_ROW_BOXES = ("ul", "ol", "dl", "table")


def _row_box(link, container):
    """The nearest box of rows around ``link`` below ``container``, or None."""
    for node in link.iterancestors():
        if node is container:
            return None
        if node.tag in _ROW_BOXES:
            return node
    return None


def _file(url: str) -> bool:
    return ATTACHMENT_EXT.search(urlsplit(url).path) is not None


def _download_box(box, urls: list[str], others: list[str]) -> bool:
    """True when ``box`` is headed as downloads, or headed and linking only files where the
    list's other rows (``others``) link none.

    An unheaded box of files (or one headed by a year) may be a list cut into boxes whose
    older notices were posted as PDFs; a 置顶 box of PDFs above a list of PDFs (hrfund's
    announcements) is the list's own: both stay.
    """
    heading = box_heading(box, is_period)
    if heading is None:
        return False
    if _DOWNLOAD_HEADING_RE.search(heading):
        return True
    return all(map(_file, urls)) and not any(map(_file, others))


def drop_download_boxes(members: list, container) -> list:
    """``members`` without the rows of a download box standing beside the list's other boxes.

    A hub's 相关下载 box (careleblue-list-mohrss-sydwgkzp: one 拟聘人员公示（样式） form beside the
    招聘公告 and 补充公告 boxes) holds attachments, not the column's items (the lead, session 27).
    A page whose only rows are downloads (a 下载中心 column) keeps them: they are its list.
    """
    box_of = [_row_box(member[0].root, container) for member in members]
    boxes: dict = {}
    for member, box in zip(members, box_of, strict=True):
        boxes.setdefault(box, []).append(member[1])
    downloads = {
        box
        for box, urls in boxes.items()
        if box is not None
        and _download_box(box, urls, [u for b, us in boxes.items() if b is not box for u in us])
    }
    if not downloads or len(downloads) == len(boxes):
        return members
    return [m for m, box in zip(members, box_of, strict=True) if box not in downloads]
