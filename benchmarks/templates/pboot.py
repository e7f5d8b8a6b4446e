"""PbootCMS: {pboot:list} column templates, pager = core/view/Paging.php port (pseudo-static rule, /xwzx_N/)."""

from __future__ import annotations

import math
import posixpath
import re
import sys

from common import CHANNELS, SIDE, TITLES, day, git_show, page_rows, php_date, run_alone, snapshot

HOST = "https://www.pboot.test"
COL = "/xwzx"
TOTAL = 43


def build(page):
    """A column page's address under PbootCMS's pseudo-static rule (``/xwzx_N/``), or ``javascript:;``."""
    if not page:
        return "javascript:;"
    return f"{COL}/" if page == 1 else f"{COL}_{page}/"


def numbar(page, count, total=5):
    """PbootCMS Paging::pageNumBar(): the numbers around the page with ``···`` gaps."""
    halfl, halfu = total // 2, math.ceil(total / 2)
    h = ""
    if page > halfu:
        h += '<span class="page-num">···</span>'
    if page <= halfl or count < total:
        rng = range(1, min(total, count) + 1)
    elif page + halfl >= count:
        rng = range(count - total + 1, count + 1)
    else:
        rng = range(page - halfl, page + halfl + 1)
    for i in rng:
        cur = " page-num-current" if i == page else ""
        h += f'<a href="{build(i)}" class="page-num{cur}">{i}</a>'
    if count > total and page < count - halfl:
        h += '<span class="page-num">···</span>'
    return h


def pagevals(page, count):
    """The values of the ``{page:...}`` tags (bar, index, pre, next, last, numbar ...) for one page."""
    status = f"共{TOTAL}条 当前{page}/{count}页"
    v = {
        "index": build(1),
        "pre": build(page - 1 if page > 1 else ""),
        "next": build(page + 1 if page < count else ""),
        "last": build(count),
        "numbar": numbar(page, count),
        "status": status,
        "current": str(page),
        "count": str(count),
        "rows": str(TOTAL),
    }
    v["bar"] = (
        f"<span class='page-status'>{status}</span><span class='page-index'><a href='{v['index']}'>首页</a></span>"
        f"<span class='page-pre'><a href='{v['pre']}'>前一页</a></span><span class='page-numbar'>{v['numbar']}</span>"
        f"<span class='page-next'><a href='{v['next']}'>后一页</a></span><span class='page-last'><a href='{v['last']}'>尾页</a></span>"
    )
    sel = "".join(
        f"<option value='{k}'{' selected' if k == page else ''}>{k}</option>"
        for k in range(1, count + 1)
    )
    v["selectbar"] = f"<select onchange='changepage(this)' lay-ignore>{sel}</select>"
    return v


def rec(i, page, title, url=None, sid=None):
    """The fields of one record of the column."""
    n = 300 + (page - 1) * 20 + i if sid is None else sid
    y, mo, d = day(i, page)
    return {
        "link": url or f"{COL}/{n}.html",
        "title": title,
        "date": (y, mo, d),
        "n": n,
        "ico": f"/static/upload/image/2024/{n}.jpg",
        "description": title + "，会议强调要进一步提高认识、压实责任",
        "sortname": "新闻中心",
        "sortlink": f"{COL}/",
        "visits": str(50 + i),
        "i": str(i),
        "n_": str(i + 1),
        "id": str(n),
        "subtitle": "",
        "author": "管理员",
        "source": "本站",
        "content": title,
    }


def listfield(m, r):
    """The value a ``[list:name ...]`` tag prints for a record."""
    name, args = m.group(1), m.group(2) or ""
    if name == "date":
        st = re.search(r"style=([^\s\]]+)", args)
        fmt = st.group(1) if st else "Y-m-d"
        y, mo, d = r["date"]
        return php_date(fmt, y, mo, d)
    if name == "n":
        return r["n_"]
    v = r.get(name, "")
    ln = re.search(r"lencn=(\d+)|len=(\d+)", args)
    if ln and isinstance(v, str):
        v = v[: int(ln.group(1) or ln.group(2))]
    return v if isinstance(v, str) else ""


def cond(c: str) -> bool:
    """Whether a ``{pboot:if(...)}`` condition holds for a plain record."""
    if re.search(r"istop|isrecommend|isheadline|outlink", c):
        return False
    if "==" in c and "!=" not in c:
        return False
    return True


IF = re.compile(
    r"\{pboot:if\(((?:(?!\{pboot:if).)*?)\)\}((?:(?!\{pboot:if).)*?)\{/pboot:if\}", re.S
)


def ifs(t: str) -> str:
    """A template with its ``{pboot:if}`` blocks decided, innermost first."""
    for _ in range(20):
        new = IF.sub(
            lambda m: (
                m.group(2).split("{else}")[0]
                if cond(m.group(1))
                else (m.group(2).split("{else}") + [""])[1]
            ),
            t,
        )
        if new == t:
            break
        t = new
    return t


def fill(body, r, prefix="list"):
    """A loop body with one record's ``[list:...]`` tags filled."""
    return re.sub(rf"\[{prefix}:(\w+)([^\]]*)\]", lambda m: listfield(m, r), body)


def resolve(repo, path, fs, root, depth=0):
    """A template with its ``{include file=...}`` files inlined."""
    t = git_show(repo, path)
    if depth > 3:
        return t

    def inc(m):
        p = posixpath.normpath(posixpath.join(root, m.group(1).strip()))
        return resolve(repo, p, fs, root, depth + 1) if p in fs else ""

    return re.sub(r"\{include\s+file=([^}]+)\}", inc, t)


LOOP = re.compile(
    r"\{pboot:(list|sort|nav|2nav|3nav|link|slide|tags|content)\b([^}]*)\}(.*?)\{/pboot:\1\}", re.S
)


def render(tpl, page, count):
    """A list template rendered for one page: HTML and the main list's hrefs."""
    links = []
    main = None
    for m in re.finditer(r"\{pboot:list\b([^}]*)\}(.*?)\{/pboot:list\}", tpl, re.S):
        if "scode" not in m.group(1) and "page=0" not in m.group(1).replace(" ", ""):
            main = m
            break
    if main is None:
        return None, None
    num = re.search(r"num=(\d+)", main.group(1))
    size = int(num.group(1)) if num else 10
    k = min(size, TOTAL) if page < count else TOTAL - size * (count - 1)
    out = []
    for i in range(k):
        r = rec(i, page, TITLES[(i + page * 3) % 20] + ("" if i < 20 else f"（{i}）"))
        b = fill(main.group(2), r)
        hs = [h for h in re.findall(r"href\s*=\s*['\"]([^'\"]*)['\"]", ifs(b)) if r["id"] in h]
        if hs:
            links.append(hs[0])
        out.append(b)
    tpl = tpl[: main.start()] + "".join(out) + tpl[main.end() :]
    cnt = [0]

    def loop(m):
        kind, body = m.group(1), m.group(3)
        res = []
        if kind == "list":
            for i in range(min(int((re.search(r"num=(\d+)", m.group(2)) or [0, 6])[1]), 10)):
                cnt[0] += 1
                res.append(
                    fill(
                        body,
                        rec(
                            i,
                            1,
                            SIDE[cnt[0] % 10],
                            url=f"/tzgg/{800 + cnt[0]}.html",
                            sid=800 + cnt[0],
                        ),
                    )
                )
        elif kind in ("nav", "sort", "2nav", "3nav"):
            for cn, slug in CHANNELS:
                r = {
                    "link": f"/{slug}/",
                    "name": cn,
                    "title": cn,
                    "scode": slug,
                    "soncount": "0",
                    "ico": "",
                    "pic": "",
                    "def1": "",
                }
                res.append(
                    re.sub(
                        r"\[(?:nav|sort|2nav|3nav):(\w+)[^\]]*\]",
                        lambda mm, r=r: r.get(mm.group(1), ""),
                        body,
                    )
                )
        elif kind == "link":
            res.append(
                re.sub(
                    r"\[link:(\w+)[^\]]*\]",
                    lambda mm: {"link": "http://www.gov.cn/", "name": "中国政府网"}.get(
                        mm.group(1), ""
                    ),
                    body,
                )
            )
        return "".join(res)

    for _ in range(3):
        tpl = LOOP.sub(loop, tpl)
    v = pagevals(page, count)
    tpl = re.sub(r"\{page:(\w+)\}", lambda m: v.get(m.group(1), ""), tpl)
    tpl = re.sub(r"\{pboot:page(\w+)\}", lambda m: v.get(m.group(1), ""), tpl)
    tpl = ifs(tpl)
    tpl = re.sub(
        r"\{pboot:position[^}]*\}", f'<a href="/">首页</a> &gt; <a href="{COL}/">新闻中心</a>', tpl
    )
    tpl = re.sub(r"\{sort:(?:link|toplink)\}", f"{COL}/", tpl)
    tpl = re.sub(r"\{sort:(?:name|topname)\}", "新闻中心", tpl)
    tpl = re.sub(r"\{pboot:(?:sitetitle|sitename|companyname)[^}]*\}", "某某科技有限公司", tpl)
    tpl = re.sub(r"\{pboot:sitepath\}", "", tpl)
    tpl = re.sub(r"\{pboot:sitetplpath\}", "/template/default", tpl)
    tpl = re.sub(r"\{(?:pboot|sort|content|label|company|site|page):[^{}]*\}", "", tpl)
    tpl = re.sub(r"\{/?pboot:[^}]*\}|\{else\}", "", tpl)
    tpl = re.sub(r"\[\w+:\w+[^\]]*\]", "", tpl)
    return tpl, links


def main(repos):
    """Every ``html/*list*.html`` with a ``{pboot:list}`` and a pager in the repositories."""
    rows = []
    for repo in repos:
        rd, files, commit = snapshot(repo)
        fs = set(files)
        for path in files:
            if not re.search(r"template/[^/]+/html/[^/]*list[^/]*\.html$", path):
                continue
            root = path.split("/html/")[0] + "/html"
            src = resolve(rd, path, fs, root)
            if "{pboot:list" not in src or "{page:" not in src and "{pboot:page" not in src:
                continue
            mm = re.search(r"\{pboot:list\b([^}]*)\}", src)
            num = re.search(r"num=(\d+)", mm.group(1))
            size = int(num.group(1)) if num else 10
            count = math.ceil(TOTAL / size)
            rows += page_rows(
                ("pbootcms", repo, commit, path),
                sorted({1, max(2, count // 2), count}),
                count,
                lambda page, src=src, count=count: render(src, page, count),
                lambda page: HOST + build(page),
            )
    return rows


if __name__ == "__main__":
    run_alone("pbootcms", main(sys.argv[1:]))
