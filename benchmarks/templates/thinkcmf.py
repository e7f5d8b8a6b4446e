"""ThinkCMF 5 portal themes: portal/list*.html with <portal:articles page=...>, <page/> = think-orm
Bootstrap render() port (pagers.think), includes public@x -> public/x.html of the theme."""

from __future__ import annotations

import re
import sys

from common import CHANNELS, SIDE, TITLES, day, git_show, page_rows, run_alone, snapshot
from pagers import think

HOST = "https://www.cmf.test"
COUNT = 6


def url_of(expr: str, vo: dict) -> str:
    """The address a ``{:url(...)}`` call prints for a record."""
    m = re.search(r"url\(\s*'([^']+)'", expr)
    route = (m.group(1) if m else "portal/article/index").lower()
    if "article/index" in route:
        return f"/portal/article/index/id/{vo['id']}/cid/1.html"
    if "list/index" in route:
        return "/portal/list/index/id/2.html"
    return "/" + route.strip("/") + f"/id/{vo.get('id', '1')}.html"


def fill(body, vo):
    """A ``<portal:articles>`` body with one article's fields filled."""
    body = re.sub(r"\{:(?:cmf_)?url\((.*?)\)\}", lambda m: url_of(m.group(0), vo), body, flags=re.S)
    y, mo, d = vo["date"]

    def var(m):
        k = m.group(1)
        if "time" in k:
            return f"{y}-{mo:02d}-{d:02d}"
        return str(vo.get(k, ""))

    body = re.sub(r"\{:date\([^}]*\)\}", f"{y}-{mo:02d}-{d:02d}", body)
    body = re.sub(r"\{\$vo\.(\w+)[^}]*\}", var, body)
    body = re.sub(r"\{\$vo\['(\w+)'\][^}]*\}", var, body)
    body = re.sub(r"\{:cmf_get_image_url\([^}]*\)\}", f"/upload/portal/{vo['id']}.jpg", body)
    return body


def ifs(t):
    """A template with its ``<if>``, ``<notempty>`` and ``<empty>`` blocks decided."""
    for _ in range(20):
        new = re.sub(
            r"<if condition=\"[^\"]*\">((?:(?!<if ).)*?)</if>",
            lambda m: m.group(1).split("<else/>")[0],
            t,
            flags=re.S,
        )
        new = re.sub(
            r"<notempty name=\"[^\"]*\">((?:(?!<notempty ).)*?)</notempty>", r"\1", new, flags=re.S
        )
        new = re.sub(r"<empty name=\"[^\"]*\">((?:(?!<empty ).)*?)</empty>", "", new, flags=re.S)
        if new == t:
            return t
        t = new
    return t


def resolve(rd, theme_root, path, fs, commit, depth=0):
    """A template with its ``<include file="public@x"/>`` files inlined."""
    t = git_show(rd, path, commit)
    if depth > 3:
        return t

    def inc(m):
        f = m.group(1)
        p = f"{theme_root}/" + (f.replace("@", "/") if "@" in f else f) + ".html"
        return resolve(rd, theme_root, p, fs, commit, depth + 1) if p in fs else ""

    return re.sub(r"<include file=\"([^\"]+)\"\s*/>", inc, t)


def render(src, page):
    """A portal list template rendered for one page: HTML and the main list's links."""
    mains = list(re.finditer(r"<portal:articles([^>]*)>(.*?)</portal:articles>", src, re.S))
    main = next((m for m in mains if "page=" in m.group(1) and "$category" in m.group(1)), None)
    main = main or next((m for m in mains if "page=" in m.group(1)), None)
    if main is None:
        return None, None
    out, links = [], []
    for i in range(10 if page < COUNT else 4):
        n = 100 + (page - 1) * 20 + i
        vo = {
            "id": str(n),
            "post_title": TITLES[(i + page) % 20],
            "post_excerpt": TITLES[(i + page) % 20] + "，摘要。",
            "post_hits": 30 + i,
            "post_like": i,
            "date": day(i, page),
            "category_id": 1,
            "thumbnail": "",
        }
        b = ifs(fill(main.group(2), vo))
        out.append(b)
        links.append(f"{HOST}/portal/article/index/id/{n}/cid/1.html")
    src = src[: main.start()] + "".join(out) + src[main.end() :]
    cnt = [0]

    def side(m):
        res = []
        for k in range(5):
            cnt[0] += 1
            vo = {
                "id": str(900 + cnt[0]),
                "post_title": SIDE[cnt[0] % 10],
                "date": day(k, 1),
                "category_id": 3,
            }
            res.append(ifs(fill(m.group(2), vo)).replace("{$key+1}", str(k + 1)))
        return "".join(res)

    src = re.sub(r"<portal:articles([^>]*)>(.*?)</portal:articles>", side, src, flags=re.S)
    src = re.sub(r"<portal:\w+[^>]*>(.*?)</portal:\w+>", "", src, flags=re.S)
    src = re.sub(r"<php>.*?</php>", "", src, flags=re.S)
    pager, _, _ = think(page, COUNT, path="/portal/list/index/id/2.html")
    # <page/> prints the pager's items inside the template's own <ul class="pagination">
    items = re.sub(r'^<ul class="pagination">|</ul>$', "", pager)
    src = re.sub(r"<page\s*/>|\{\$page(?:\|default='')?\}", items, src)
    src = src.replace("{$widget.title}", "热门文章")
    src = re.sub(r"</?widget[^>]*>", "", src)
    src = src.replace("{$category.name}", "新闻动态")
    src = re.sub(
        r"<navigation[^>]*>.*?</navigation>",
        "<ul>"
        + "".join(
            f'<li><a href="/portal/list/index/id/{k + 3}.html">{c}</a></li>'
            for k, (c, _) in enumerate(CHANNELS)
        )
        + "</ul>",
        src,
        flags=re.S,
    )
    src = ifs(src)
    src = re.sub(r"\{[:$][^{}]*\}", "", src)
    src = (
        src.replace("__TMPL__", "/themes/simpleboot3")
        .replace("__STATIC__", "/static")
        .replace("__ROOT__", "")
    )
    return src, links


def address(page: int) -> str:
    """A list page's address: the category's page, then ``?page=N``."""
    return HOST + "/portal/list/index/id/2.html" + ("" if page == 1 else f"?page={page}")


def main(repos):
    """Every ``portal/list*.html`` of the repositories' themes."""
    rows = []
    for repo, commit in repos:
        rd, files, commit = snapshot(repo, commit)
        fs = set(files)
        for path in files:
            m = re.match(r"(public/themes/[^/]+)/portal/list[^/]*\.html$", path)
            if not m:
                continue
            src = resolve(rd, m.group(1), path, fs, commit)
            rows += page_rows(
                ("thinkcmf", repo, commit, path),
                (1, 3, COUNT),
                COUNT,
                lambda page, src=src: render(src, page),
                address,
            )
    return rows


if __name__ == "__main__":
    repos = [("thinkcmf/thinkcmf", "5d2ad8737cbb398b76accef04ece8e6589f5ecdf")] + [
        (r, None) for r in sys.argv[1:]
    ]
    run_alone("thinkcmf", main(repos))
