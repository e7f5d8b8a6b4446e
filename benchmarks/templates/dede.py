"""DedeCMS: list templates with {dede:list} and {dede:pagelist}, pager = GetPageListST port."""

from __future__ import annotations

import math
import posixpath
import re
import sys

from common import (
    CHANNELS,
    SIDE,
    TITLES,
    Rendered,
    day,
    git_show,
    page_rows,
    php_date,
    run_alone,
    snapshot,
)

HOST = "https://www.dede.test"
TYPEDIR = "/a/xwzx"
TID = 5
TOTAL = 47
#: The hour and minute a DedeCMS record's time prints (``H:i``)
CLOCK = ("09", "30")
PAGESIZE_DEFAULT = 10

ATTR = re.compile(r"(\w+)\s*=\s*(['\"])(.*?)\2|(\w+)\s*=\s*([^\s'\"/}]+)")


def attrs(s: str) -> dict:
    """A DedeCMS tag's attributes (``pagesize='10'``, ``row=6``) as a dict."""
    out = {}
    for m in ATTR.finditer(s or ""):
        if m.group(1):
            out[m.group(1).lower()] = m.group(3)
        else:
            out[m.group(4).lower()] = m.group(5)
    return out


def article_urls(kind: str, i: int, page: int) -> str:
    """A record's article address under the column folder (dated folder, then id)."""
    n = 1000 + (page - 1) * 20 + i
    y, mo, d = day(i, page)
    if kind == "dyn":
        return f"/plus/view.php?aid={n}"
    return (
        f"{TYPEDIR}/{y}{mo:02d}{d:02d}/{n}.html"
        if i % 3
        else f"{TYPEDIR}/{y}/{mo:02d}{d:02d}/{n}.html"
    )


def fieldval(name: str, rec: dict, fattrs: dict) -> str:
    """The value a ``[field:name function=...]`` tag prints for a record."""
    name = name.lower()
    fn = fattrs.get("function", "")
    if name in ("pubdate", "senddate", "sortrank", "stime"):
        y, mo, d = rec["date"]
        m = re.search(
            r"(?:MyDate|strftime|date|GetDateMK|GetDateTimeMK)\s*\(\s*['\"]?([^'\",]*)", fn
        )
        if "GetDateTimeMK" in fn:
            return php_date("Y-m-d H:i:s", y, mo, d, CLOCK)
        if "GetDateMK" in fn or not m:
            return php_date("Y-m-d", y, mo, d, CLOCK) if fn else str(1709600000 + rec["n"])
        return php_date(m.group(1).replace("%", ""), y, mo, d, CLOCK)
    v = rec.get(name)
    if v is None:
        return ""
    m = re.search(r"cn_substr\(@me,\s*(\d+)", fn)
    if m:
        v = v[: int(m.group(1)) // 2]
    return v


FIELD = re.compile(r"\[field:(\w+)([^\]]*?)/\]")
RUNPHP = re.compile(r"\[field:(\w+)([^\]]*?runphp[^\]]*?)\](.*?)\[/field:\1\]", re.S)


def fill(body: str, rec: dict) -> str:
    """A ``{dede:list}`` body with one record's ``[field:...]`` tags (and runphp picture blocks) filled."""

    def runphp(m):
        code = m.group(3)
        if "litpic" in code and "arcurl" in code:
            return f"<a href='{rec['arcurl']}' class='preview'><img src='{rec['litpic']}'/></a>"
        if "litpic" in code:
            return f"<img src='{rec['litpic']}'/>"
        if m.group(1).lower() == "pubdate" or "pubdate" in code:
            y, mo, d = rec["date"]
            return php_date("Y-m-d", y, mo, d, CLOCK)
        return ""

    body = RUNPHP.sub(runphp, body)
    body = FIELD.sub(lambda m: fieldval(m.group(1), rec, attrs(m.group(2))), body)
    body = re.sub(r"\[field:global\.autoindex/\]", str(rec.get("autoindex", 1)), body)
    return body


def record(i: int, page: int, kind: str, title: str, base: str = "") -> dict:
    """The fields of one record of the column (our own titles, dates, pictures)."""
    n = 1000 + (page - 1) * 20 + i
    url = HOST + article_urls(kind, i, page) if not base else base
    return {
        "n": n,
        "id": str(n),
        "aid": str(n),
        "arcurl": url,
        "filename": url,
        "title": title,
        "fulltitle": title,
        "shorttitle": title[:8],
        "litpic": f"/uploads/allimg/240305/{n}-1.jpg",
        "picname": f"/uploads/allimg/240305/{n}-1.jpg",
        "description": title + "。为深入贯彻落实有关工作要求，进一步推动各项工作落到实处",
        "click": str(100 + i * 7),
        "scores": "0",
        "typename": "学院新闻",
        "typelink": f"<a href='{TYPEDIR}/'>学院新闻</a>",
        "typeurl": f"{TYPEDIR}/",
        "writer": "党委宣传部",
        "source": "本站",
        "info": title[:20],
        "textlink": f"<a href='{url}'>{title}</a>",
        "image": f"<img src='/uploads/allimg/240305/{n}-1.jpg' alt='{title}'/>",
        "imglink": f"<a href='{url}'><img src='/uploads/allimg/240305/{n}-1.jpg'/></a>",
        "date": day(i, page),
        "color": "",
        "flag": "",
        "typeid": str(TID),
        "autoindex": str(i + 1),
        "goodpost": "0",
        "badpost": "0",
    }


def pagelist(page: int, total_pages: int, listitem: str, list_len: str) -> str:
    """DedeCMS include/arc.listview.class.php GetPageListST, static column pages (list_{tid}_{page}.html)."""
    if not list_len or re.search(r"[^0-9]", list_len):
        list_len = "3"
    ll = int(list_len)
    rule = f"list_{TID}_{{page}}.html"
    if total_pages <= 1:
        return f'<li><span class="pageinfo">共 <strong>1</strong>页<strong>{TOTAL}</strong>条记录</span></li>\r\n'
    maininfo = f'<li><span class="pageinfo">共 <strong>{total_pages}</strong>页<strong>{TOTAL}</strong>条</span></li>\r\n'
    prepage = nextpage = ""
    if page != 1:
        prepage = f"<li><a href='{rule.format(page=page - 1)}'>上一页</a></li>\r\n"
        indexpage = f"<li><a href='{rule.format(page=1)}'>首页</a></li>\r\n"
    else:
        indexpage = "<li>首页</li>\r\n"
    if page != total_pages:
        nextpage = f"<li><a href='{rule.format(page=page + 1)}'>下一页</a></li>\r\n"
        endpage = f"<li><a href='{rule.format(page=total_pages)}'>末页</a></li>\r\n"
    else:
        endpage = "<li>末页</li>\r\n"
    w = max(36, min(100, len(str(total_pages)) * 12 + 18))
    option = f"<li><select name='sldd' style='width:{w}px' onchange='location.href=this.options[this.selectedIndex].value;'>\r\n"
    for k in range(1, total_pages + 1):
        sel = " selected" if k == page else ""
        option += f"<option value='{rule.format(page=k)}'{sel}>{k}</option>\r\n"
    option += "</select></li>\r\n"
    total_list = ll * 2 + 1
    if page >= total_list:
        j = page - ll
        total_list = min(page + ll, total_pages)
    else:
        j = 1
        total_list = min(total_list, total_pages)
    listdd = ""
    for k in range(j, total_list + 1):
        listdd += (
            f'<li class="thisclass">{k}</li>\r\n'
            if k == page
            else f"<li><a href='{rule.format(page=k)}'>{k}</a></li>\r\n"
        )
    out = ""
    li = listitem.lower()
    for key, part in (
        ("index", indexpage),
        ("pre", prepage),
        ("pageno", listdd),
        ("next", nextpage),
        ("end", endpage),
        ("option", option),
        ("info", maininfo),
    ):
        if key in li:
            out += part
    return out


INCLUDE = re.compile(r"\{dede:include\s+(?:filename|file)\s*=\s*['\"]([^'\"]+)['\"]\s*/\}", re.I)


def resolve(repo: str, path: str, files: set, depth: int = 0) -> str:
    """A template with its ``{dede:include}`` files inlined from the same folder."""
    text = git_show(repo, path)
    if depth > 3:
        return text
    d = posixpath.dirname(path)

    def inc(m):
        p = posixpath.normpath(posixpath.join(d, m.group(1)))
        if p in files:
            return resolve(repo, p, files, depth + 1)
        return ""

    return INCLUDE.sub(inc, text)


BLOCK = r"\{dede:(%s)\b([^}]*)\}(.*?)\{/dede:\1\}"


def render(tpl: str, page: int, total_pages: int, kind: str) -> tuple[str, list[str]]:
    """A list template rendered for one page: the HTML and the main list's hrefs in page order."""
    links: list[str] = []
    m = re.search(BLOCK % "list", tpl, re.S | re.I)
    la = attrs(m.group(2))
    size = int(la.get("pagesize", PAGESIZE_DEFAULT) or PAGESIZE_DEFAULT)
    size = min(size, 20)
    count = size if page < total_pages else max(1, TOTAL - size * (total_pages - 1))
    count = min(count, 20)
    body = m.group(3)
    out = []
    for i in range(count):
        rec = record(i, page, kind, TITLES[(i + page * 3) % 20])
        filled = fill(body, rec)
        hrefs = [h for h in re.findall(r"href\s*=\s*['\"]([^'\"]*)['\"]", filled) if rec["id"] in h]
        if hrefs:
            links.append(hrefs[0])
        out.append(filled)
    tpl = tpl[: m.start()] + "".join(out) + tpl[m.end() :]
    # sidebars: arclist / likearticle / hotwords -> other stories of the site
    side_i = [0]

    def side(m):
        a = attrs(m.group(2))
        row = min(int(re.sub(r"\D", "", a.get("row", "8")) or 8), 10)
        res = []
        for k in range(row):
            side_i[0] += 1
            n = 5000 + side_i[0]
            rec = record(
                k,
                1,
                kind,
                SIDE[side_i[0] % 10],
                base=f"{HOST}/a/tzgg/2024/0{1 + k % 9}1{k}/{n}.html",
            )
            res.append(fill(m.group(3), rec))
        return "".join(res)

    for name in (
        "arclist",
        "arclistsg",
        "likearticle",
        "productimagelist",
        "sql",
        "tag",
        "hotwords",
    ):
        tpl = re.sub(BLOCK % name, side, tpl, flags=re.S | re.I)

    def chan(m):
        res = []
        for k, (cn, slug) in enumerate(CHANNELS):
            rec = {
                "typelink": f"/a/{slug}/",
                "typeurl": f"/a/{slug}/",
                "typename": cn,
                "id": str(k + 1),
                "typeid": str(k + 1),
                "sonids": "",
                "currentstyle": "",
                "n": k,
                "date": (2024, 1, 1),
            }
            b = m.group(3).replace("~typelink~", f"/a/{slug}/").replace("~typename~", cn)
            b = re.sub(r"\{dede:field\s+name=['\"]typeurl['\"]\s*/\}", f"/a/{slug}/", b)
            b = re.sub(r"\{dede:field\s+name=['\"]typename['\"]\s*/\}", cn, b)
            res.append(fill(b, rec))
        return "".join(res)

    for name in ("channelartlist", "channel", "type"):
        tpl = re.sub(BLOCK % name, chan, tpl, flags=re.S | re.I)
    tpl = re.sub(
        BLOCK % "flink",
        lambda m: (
            '<a href="http://www.moe.gov.cn/">教育部</a><a href="http://www.edu.cn/">中国教育网</a>'
        ),
        tpl,
        flags=re.S | re.I,
    )
    tpl = re.sub(
        r"\{dede:flink[^}]*/\}",
        '<a href="http://www.moe.gov.cn/">教育部</a><a href="http://www.edu.cn/">中国教育网</a>',
        tpl,
        flags=re.I,
    )

    def pl(m):
        a = attrs(m.group(1))
        return pagelist(
            page,
            total_pages,
            a.get("listitem", "index,end,pre,next,pageno"),
            a.get("listsize", "3"),
        )

    tpl = re.sub(r"\{dede:pagelist([^}]*)/\}", pl, tpl, flags=re.I)
    pos = f"<a href='{HOST}/'>主页</a> > <a href='{TYPEDIR}/'>学院新闻</a> > "
    tpl = re.sub(r"\{dede:field(?:\.|\s+name=['\"])position['\"]?[^}]*/\}", pos, tpl, flags=re.I)
    tpl = re.sub(
        r"\{dede:field(?:\.|\s+name=['\"])typename['\"]?[^}]*/\}", "学院新闻", tpl, flags=re.I
    )
    tpl = re.sub(
        r"\{dede:field(?:\.|\s+name=['\"])typeurl['\"]?[^}]*/\}", f"{TYPEDIR}/", tpl, flags=re.I
    )
    tpl = re.sub(
        r"\{dede:field(?:\.|\s+name=['\"])title['\"]?[^}]*/\}", "学院新闻", tpl, flags=re.I
    )
    tpl = re.sub(r"\{dede:global\.cfg_webname\s*/\}", "某某大学", tpl, flags=re.I)
    tpl = re.sub(
        r"\{dede:global\.cfg_(?:basehost|cmsurl|indexurl)\s*/\}",
        HOST if "basehost" in tpl else "",
        tpl,
        flags=re.I,
    )
    tpl = re.sub(
        r"\{dede:global\.cfg_(?:templets_skin|templeturl)\s*/\}",
        "/templets/default",
        tpl,
        flags=re.I,
    )
    tpl = re.sub(r"\{dede:[^{}]*?/\}", "", tpl)
    tpl = re.sub(r"\{dede:(\w+)[^}]*\}.*?\{/dede:\1\}", "", tpl, flags=re.S)
    tpl = re.sub(r"\{/?dede:[^}]*\}", "", tpl)
    tpl = re.sub(r"\[field:[^\]]*\]", "", tpl)
    return tpl, links


def address(page: int) -> str:
    """A column page's address: the column's folder, then ``list_TID_N.html``."""
    return f"{HOST}{TYPEDIR}/" if page == 1 else f"{HOST}{TYPEDIR}/list_{TID}_{page}.html"


def main(repos: list[str]) -> list[Rendered]:
    """Every ``list*.htm`` with a ``{dede:list}`` and a pager in the repositories, at page 1, middle and last."""
    rows = []
    for repo in repos:
        rd, files, commit = snapshot(repo)
        fs = set(files)
        for path in files:
            base = posixpath.basename(path).lower()
            if not (base.startswith("list") and base.endswith((".htm", ".html"))):
                continue
            src = resolve(rd, path, fs)
            if base.endswith(("_m.htm", "_m.html")):
                continue
            if "{dede:list" not in src.lower() or "{dede:pagelist" not in src.lower():
                continue
            m = re.search(BLOCK % "list", src, re.S | re.I)
            if not m:
                continue
            size = min(int(attrs(m.group(2)).get("pagesize", 10) or 10), 20)
            total_pages = math.ceil(TOTAL / size)
            rows += page_rows(
                ("dedecms", repo, commit, path),
                (1, max(2, total_pages // 2), total_pages),
                total_pages,
                lambda page, src=src, n=total_pages: render(src, page, n, "static"),
                address,
                kind="static",
            )
    return rows


if __name__ == "__main__":
    run_alone("dedecms", main(sys.argv[1:]))
