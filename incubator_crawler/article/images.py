"""Images: the pictures inside the body's paragraph span, with their captions.

A spacer or icon (width or height <= 20) and inline ``data:`` images are left out. The caption is
the ``<figcaption>`` of the image's ``<figure>``, else a short paragraph right after the image
(40 characters, or 60 when it starts like a caption: 图为, ▲, 上图 ...). The caption also stays in
the body as the paragraph it is.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from .page import Block, Page, node_text, squash

CAPTION_START_RE = re.compile(r"^\s*(?:图为|圖為|图\s*[:：]|图片|▲|△|↑|上图|下图|\(图|（图)")


def find_images(
    page: Page, container: Any, paras: list[Block], base: str, headline: int | None = None
) -> list[dict[str, Any]]:
    """The images within the body's paragraph span (or right above the ``headline`` block, in
    the body's container): absolute src, alt and caption."""
    st = page.stats.get(container)
    lo, hi = paras[0].idx, paras[-1].idx + 1
    para_by_img = {p.img: p for p in paras if p.img is not None}
    # a gallery set right above the headline in the text's box (three or more pictures) is the
    # story's pictures (toutiao's 图集, gne-toutiao-2: ten pictures, the headline, a caption); one
    # picture there is a banner or a badge
    if headline is not None and sum(nxt == headline for _, nxt in page.imgs) < 3:
        headline = None
    out: list[dict[str, Any]] = []
    for i, (img, nxt) in enumerate(page.imgs):
        if st is not None and not (st.b0 <= nxt <= st.b1):
            continue
        if not (lo <= nxt <= hi or nxt == headline):
            continue
        src = next(
            (img.get(a) for a in ("src", "data-src", "data-original") if img.get(a)), ""
        ).strip()
        if not src or src.startswith("data:"):
            continue
        w, h = img.get("width", ""), img.get("height", "")
        if (w.isdigit() and int(w) <= 20) or (h.isdigit() and int(h) <= 20):
            continue  # spacer / icon
        caption = None
        fig = next((a for a in img.iterancestors("figure")), None)
        if fig is not None:
            cap = fig.find(".//figcaption")
            if cap is not None:
                caption = squash(node_text(cap)) or None
        if caption is None and i in para_by_img:
            p = para_by_img[i]
            if p.chars <= 60 and (p.chars <= 40 or CAPTION_START_RE.match(p.text)):
                caption = p.text
        alt = img.get("alt")
        out.append(
            {"src": urljoin(base, src), "alt": alt.strip() if alt else None, "caption": caption}
        )
    return out
