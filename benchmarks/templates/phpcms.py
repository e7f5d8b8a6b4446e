"""PHPCMS v9: content/list*.html with {pc:content action="lists" page=}, pager = global.func.php pages() port."""

from __future__ import annotations

import math
import re
import sys

from common import CHANNELS, SIDE, TITLES, day, git_show, page_rows, run_alone, snapshot

HOST = "https://www.phpcms.test"
TOTAL = 57
MAIN: list = []
RULE = "/news/index.html~/news/{$page}.html"


def pageurl(page):
    """A page's address under the static rule (``index.html`` then ``N.html``)."""
    r = RULE.split("~")
    return (r[0] if page < 2 else r[1]).replace("{$page}", str(page))


def pages(num, cur, perpage, setpages=10):
    """PHPCMS v9 pages(): 条 / 上一页 / numbers / 下一页 (the last page's 下一页 links the page itself)."""
    if num <= perpage:
        return ""
    page = setpages + 1
    offset = math.ceil(setpages / 2 - 1)
    npages = math.ceil(num / perpage)
    frm, to, more = cur - offset, cur + offset, 0
    if page >= npages:
        frm, to = 2, npages - 1
    else:
        if frm <= 1:
            to, frm = page - 1, 2
        elif to >= npages:
            frm, to = npages - (page - 2), npages - 1
        more = 1
    m = f'<a class="a1">{num}条</a>'
    if cur > 0:
        m += f' <a href="{pageurl(cur - 1)}" class="a1">上一页</a>'
        if cur == 1:
            m += " <span>1</span>"
        elif cur > 6 and more:
            m += f' <a href="{pageurl(1)}">1</a>..'
        else:
            m += f' <a href="{pageurl(1)}">1</a>'
    for i in range(frm, to + 1):
        m += f' <a href="{pageurl(i)}">{i}</a>' if i != cur else f" <span>{i}</span>"
    if cur < npages:
        dots = " .." if cur < npages - 5 and more else " "
        m += f'{dots}<a href="{pageurl(npages)}">{npages}</a> <a href="{pageurl(cur + 1)}" class="a1">下一页</a>'
    else:
        m += f' <span>{npages}</span> <a href="{pageurl(cur)}" class="a1">下一页</a>'
    return m


def rec(i, page, title, url=None, sid=None):
    """The fields of one record of the category."""
    n = 700 + (page - 1) * 20 + i if sid is None else sid
    y, mo, d = day(i, page)
    return {
        "url": url or f"{HOST}/news/2024/{mo:02d}{d:02d}/{n}.html",
        "title": title,
        "id": str(n),
        "date": (y, mo, d),
        "thumb": f"{HOST}/uploadfile/2024/{mo:02d}{d:02d}/{n}.jpg",
        "description": title + "。本次活动旨在进一步加强交流合作",
        "catname": "新闻动态",
        "views": str(30 + i),
        "username": "admin",
        "copyfrom": "本站",
    }


def expr(e: str, r: dict) -> str:
    """The value a template expression (``$r[url]``, ``str_cut(...)``, ``date(...)``) prints."""
    e = e.strip()
    m = re.fullmatch(r"\$r\[['\"]?(\w+)['\"]?\]", e)
    if m:
        return r.get(m.group(1), "")
    m = re.match(r"str_cut\(\s*\$r\[['\"]?(\w+)['\"]?\]\s*,\s*(\d+)", e)
    if m:
        return r.get(m.group(1), "")[: int(m.group(2)) // 2]
    m = re.match(r"date\(\s*['\"]([^'\"]+)['\"]", e)
    if m:
        y, mo, d = r["date"]
        return "".join(
            {
                "Y": str(y),
                "m": f"{mo:02d}",
                "d": f"{d:02d}",
                "H": "08",
                "i": "00",
                "s": "00",
                "y": f"{y % 100:02d}",
                "n": str(mo),
                "j": str(d),
            }.get(c, c)
            for c in m.group(1)
        )
    if e.startswith("thumb("):
        return r["thumb"]
    if e == "$n":
        return r.get("n_", "1")
    if "title_style" in e:
        return ""
    return ""


def cond(c):
    """Whether a ``{if ...}`` condition holds for a plain record."""
    return not re.search(r"%|==|<|>|empty|!\$", c)


IF = re.compile(r"\{if ([^}]*)\}((?:(?!\{if ).)*?)\{/if\}", re.S)


def ifs(t):
    """A template with its ``{if}`` blocks decided, innermost first."""
    for _ in range(20):

        def one(m):
            parts = re.split(r"\{else\}|\{elseif [^}]*\}", m.group(2))
            return parts[0] if cond(m.group(1)) else (parts[1] if len(parts) > 1 else "")

        new = IF.sub(one, t)
        if new == t:
            return t
        t = new
    return t


def fill(body, r):
    """A loop body with one record's expressions filled."""
    return re.sub(
        r"\{((?:\$r|str_cut|date|thumb|title_style|\$n)[^{}]*)\}",
        lambda m: expr(m.group(1), r),
        body,
    )


PC = re.compile(r"\{pc:(\w+)([^}]*)\}(.*?)\{/pc\}", re.S)
LOOP = re.compile(r"\{loop ([^}]*?)\s+\$(\w+)(?:\s+\$\w+)?\}(.*?)\{/loop\}", re.S)


def resolve(repo, style_dir, path, fs, depth=0):
    """A template with its ``{template "content","x"}`` files inlined."""
    t = git_show(repo, path)
    if depth > 3:
        return t

    def inc(m):
        p = f"{style_dir}/{m.group(1)}/{m.group(2)}.html"
        return resolve(repo, style_dir, p, fs, depth + 1) if p in fs else ""

    return re.sub(r"\{template\s+['\"](\w+)['\"]\s*,\s*['\"]([\w-]+)['\"]\s*\}", inc, t)


def render(tpl, page, count, perpage):
    """A category template rendered for one page: HTML and the main list's hrefs."""
    links = []
    main = None
    for m in PC.finditer(tpl):
        if 'action="lists"' in m.group(2) and "page=" in m.group(2):
            main = m
            break
    if main is None:
        return None, None
    lp = LOOP.search(main.group(3))
    if lp is None:
        return None, None
    k = perpage if page < count else TOTAL - perpage * (count - 1)
    out = []
    MAIN.clear()
    for i in range(k):
        r = rec(i, page, TITLES[(i + page * 3) % 20] + ("" if i < 20 else f"（{i}）"))
        r["n_"] = str(i + 1)
        MAIN.append(r)
        b = ifs(fill(lp.group(3), r))
        hs = [h for h in re.findall(r"href\s*=\s*['\"]([^'\"]*)['\"]", b) if r["id"] in h]
        if hs:
            links.append(hs[0])
        out.append(b)
    inner = main.group(3)[: lp.start()] + "".join(out) + main.group(3)[lp.end() :]
    tpl = tpl[: main.start()] + inner + tpl[main.end() :]
    cnt = [0]

    def side(m):
        res = []
        for lm in [LOOP.search(m.group(3))]:
            if not lm:
                return ""
            nm = re.search(r'num="(\d+)"', m.group(2))
            if 'action="category"' in m.group(2) or 'action="type"' in m.group(2):
                for cn, slug in CHANNELS:
                    r = {
                        "url": f"{HOST}/{slug}/",
                        "catname": cn,
                        "title": cn,
                        "id": slug,
                        "date": (2024, 1, 1),
                        "thumb": "",
                    }
                    res.append(ifs(fill(lm.group(3), r)))
                return m.group(3)[: lm.start()] + "".join(res) + m.group(3)[lm.end() :]
            if 'action="lists"' in m.group(2) and "$catid" in m.group(2):
                # the same column again (a mobile copy of the list): the same records
                for i in range(min(int(nm.group(1)) if nm else 8, len(MAIN))):
                    res.append(ifs(fill(lm.group(3), MAIN[i])))
                return m.group(3)[: lm.start()] + "".join(res) + m.group(3)[lm.end() :]
            for i in range(min(int(nm.group(1)) if nm else 8, 10)):
                cnt[0] += 1
                r = rec(
                    i,
                    1,
                    SIDE[cnt[0] % 10],
                    url=f"{HOST}/notice/2024/01{cnt[0]:02d}/{900 + cnt[0]}.html",
                    sid=900 + cnt[0],
                )
                res.append(ifs(fill(lm.group(3), r)))
        return m.group(3)[: lm.start()] + "".join(res) + m.group(3)[lm.end() :]

    tpl = PC.sub(side, tpl)

    def loop(m):
        res = []
        for cn, slug in CHANNELS:
            r = {
                "url": f"{HOST}/{slug}/",
                "catname": cn,
                "title": cn,
                "id": slug,
                "date": (2024, 1, 1),
                "thumb": "",
            }
            b = re.sub(
                r"\{\$(?:r|v)\[['\"]?(\w+)['\"]?\]\}",
                lambda mm, r=r: r.get(mm.group(1), ""),
                m.group(3),
            )
            res.append(b)
        return "".join(res)

    for _ in range(2):
        tpl = LOOP.sub(loop, tpl)
    tpl = tpl.replace("{$pages}", pages(TOTAL, page, perpage))
    tpl = re.sub(
        r"\{catpos\([^}]*\)\}",
        f'<a href="{HOST}">首页</a><span> &gt; </span><a href="{HOST}/news/">新闻动态</a> &gt; ',
        tpl,
    )
    tpl = re.sub(
        r"\{\$CATEGORYS\[\$catid\]\[['\"]?catname['\"]?\]\}|\{\$catname\}", "新闻动态", tpl
    )
    tpl = re.sub(r"\{\$CATEGORYS\[\$catid\]\[['\"]?url['\"]?\]\}|\{\$url\}", f"{HOST}/news/", tpl)
    tpl = re.sub(r"\{siteurl\([^}]*\)\}|\{APP_PATH\}|\{WEB_PATH\}", HOST + "/", tpl)
    tpl = re.sub(r"\{(?:CSS|JS|IMG)_PATH\}", "/statics/", tpl)
    tpl = ifs(tpl)
    tpl = re.sub(
        r"\{(?:php|template|pc:|/pc|\$|loop|/loop|else|/if|if |[A-Za-z_]+\()[^{}]*\}", "", tpl
    )
    return tpl, links


def _listed(src, page, count, per):
    """A page rendered, or no page (None) when the template lists nothing on it."""
    html, links = render(src, page, count, per)
    return (html, links) if links else (None, [])


def main(repos):
    """Every ``content/list*`` or ``category*`` template with a paged ``lists`` call."""
    rows = []
    for repo in repos:
        rd, files, commit = snapshot(repo)
        fs = set(files)
        for path in files:
            m = re.match(r"(.*phpcms/templates/[^/]+)/content/(list|category)[^/]*\.html$", path)
            if not m:
                continue
            src = resolve(rd, m.group(1), path, fs)
            if "{$pages}" not in src or 'action="lists"' not in src:
                continue
            mm = [
                x
                for x in PC.finditer(src)
                if 'action="lists"' in x.group(2) and "page=" in x.group(2)
            ]
            if not mm:
                continue
            nm = re.search(r'num="(\d+)"', mm[0].group(2))
            per = int(nm.group(1)) if nm else 20
            count = math.ceil(TOTAL / per)
            rows += page_rows(
                ("phpcms", repo, commit, path),
                sorted({1, max(2, count // 2), count}),
                count,
                lambda page, src=src, count=count, per=per: _listed(src, page, count, per),
                lambda page: HOST + pageurl(page),
            )
    return rows


if __name__ == "__main__":
    run_alone("phpcms", main(sys.argv[1:]))
