"""Hand-labelling viewer for the list pages of the real-page corpus (``tests/real/lists``).

Commands (run from the repository root)::

    python tests/real/list_tools.py anchors ID [--depth 6]   # every <a>: number, DOM path, text, href
    python tests/real/list_tools.py setlinks ID 12-40 [-x 15,16] [-m RE] [-p RE]  # links := hrefs
    python tests/real/list_tools.py setnext ID 57            # next_page := that anchor's href
    python tests/real/list_tools.py setnext ID none          # next_page := null

Anchors are read from the page as saved; relative hrefs are resolved against ``<base href>``
(when the page has a non-empty one) or the label's ``url``. No extractor is involved: which
anchors form the main list is the labeller's decision.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import corpus  # noqa: E402

_WS_RE = re.compile(r"\s+")
_SKIP_HREF = ("javascript:", "mailto:", "tel:")


def _root(data: bytes) -> Any:
    import lxml.html

    from incubator_crawler.article.encoding import decode_html

    text, _ = decode_html(data)
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True)
    return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)


def base_url(root: Any, page_url: str | None) -> str:
    """The address relative links resolve against: a non-empty ``<base href>``, else the URL."""
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(page_url or "", href)
    return page_url or ""


def absolute(href: str | None, base: str) -> str | None:
    """``href`` made absolute (None for empty, ``#…``, ``javascript:`` and ``mailto:`` links)."""
    href = (href or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(_SKIP_HREF):
        return None
    return urljoin(base, href) if base else href


def _step(el: Any) -> str:
    s = el.tag if isinstance(el.tag, str) else "?"
    if el.get("id"):
        s += "#" + el.get("id").strip()[:24]
    cls = " ".join((el.get("class") or "").split()[:2])
    if cls:
        s += "." + cls.replace(" ", ".")[:32]
    return s


def anchors(data: bytes, page_url: str | None) -> list[dict[str, Any]]:
    """Every ``<a>`` of the page in document order: path, text, raw and absolute href."""
    root = _root(data)
    base = base_url(root, page_url)
    out = []
    for a in root.iter("a"):
        path = [_step(p) for p in reversed(list(a.iterancestors())) if isinstance(p.tag, str)]
        text = _WS_RE.sub(" ", a.text_content()).strip()
        if not text and a.get("title"):
            text = "@title " + a.get("title").strip()
        out.append({
            "path": path, "text": text, "raw": a.get("href"),
            "href": absolute(a.get("href"), base),
        })  # fmt: skip
    return out


def _load(ident: str) -> tuple[Path, dict[str, Any], bytes]:
    path = corpus.LISTS / f"{ident}.json"
    label = json.loads(path.read_text(encoding="utf-8"))
    data = corpus.page_bytes(label)
    if data is None:
        raise SystemExit(f"page of {ident} is not on this machine: run corpus.py materialise")
    return path, label, data


def _save(path: Path, label: dict[str, Any]) -> None:
    path.write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("anchors")
    a.add_argument("ident")
    a.add_argument("--depth", type=int, default=6, help="path steps shown (last N)")
    s = sub.add_parser("setlinks")
    s.add_argument("ident")
    s.add_argument("ranges")
    s.add_argument("-x", "--exclude", default="")
    s.add_argument("-m", "--match", default="", help="keep only hrefs matching this regex")
    s.add_argument("-p", "--path", default="", help="keep only anchors whose DOM path matches")
    n = sub.add_parser("setnext")
    n.add_argument("ident")
    n.add_argument("anchor")
    args = ap.parse_args(argv)

    path, label, data = _load(args.ident)
    items = anchors(data, label.get("url"))
    if args.cmd == "anchors":
        for i, item in enumerate(items):
            steps = item["path"][-args.depth :]
            print(f"{i:4d} {'>'.join(steps)} | {item['text'][:60]} | {item['href']}")
        return 0
    if args.cmd == "setnext":
        label["next_page"] = None if args.anchor == "none" else items[int(args.anchor)]["href"]
        _save(path, label)
        print(f"{args.ident}: next_page = {label['next_page']}")
        return 0
    drop = set(corpus._parse_ranges(args.exclude))
    links: list[str] = []
    for i in corpus._parse_ranges(args.ranges):
        if i >= len(items):
            break
        href = items[i]["href"]
        if i in drop or not href or href in links:
            continue
        if args.match and not re.search(args.match, href):
            continue
        if args.path and not re.search(args.path, ">".join(items[i]["path"])):
            continue
        links.append(href)
    label["links"] = links
    _save(path, label)
    print(f"{args.ident}: {len(links)} links, first {links[:1]}, last {links[-1:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
