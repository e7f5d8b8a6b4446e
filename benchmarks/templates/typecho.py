"""Typecho themes: the index.php loop over $this->next(), rendered by substituting the theme's calls;
pager = var/Typecho/Widget/Helper/PageNavigator/Box.php render() port with the theme's pageNav() arguments."""

from __future__ import annotations

import posixpath
import re
import sys

from common import CHANNELS, SIDE, TITLES, day, git_show, page_rows, run_alone, snapshot

HOST = "https://blog.typecho.test"
COUNT = 7


def box(
    page, count, prev="&laquo; 前一页", nxt="后一页 &raquo;", split=3, split_word="...", tpl=None
):
    """Typecho's PageNavigator Box render() with a theme's words and template options."""
    t = {
        "wrapTag": "ol",
        "wrapClass": "page-navigator",
        "itemTag": "li",
        "textTag": "span",
        "currentClass": "current",
        "prevClass": "prev",
        "nextClass": "next",
    }
    t.update(tpl or {})

    def u(p):
        return f"{HOST}/page/{p}/"

    it = t["itemTag"]
    ib = f"<{it}>" if it else ""
    ie = f"</{it}>" if it else ""

    def icls(c):
        return (f'<{it} class="{c}">' if c else f"<{it}>") if it else ""

    def lcls(c):
        return (
            ('<a href="%s"' + (f' class="{c}"' if c else "") + ">") if not it else '<a href="%s">'
        )

    tb, te = (f"<{t['textTag']}>", f"</{t['textTag']}>") if t["textTag"] else ("", "")
    o = f"<{t['wrapTag']}" + (f' class="{t["wrapClass"]}"' if t["wrapClass"] else "") + ">"
    frm, to = max(1, page - split), min(count, page + split)
    if page > 1:
        o += icls(t["prevClass"]) + lcls(t["prevClass"]) % u(page - 1) + prev + "</a>" + ie
    if frm > 1:
        o += ib + f'<a href="{u(1)}">1</a>' + ie
        if frm > 2:
            o += ib + tb + split_word + te + ie
    for i in range(frm, to + 1):
        cur = i == page
        o += (
            (icls(t["currentClass"]) if cur else ib)
            + ((lcls(t["currentClass"]) if cur else '<a href="%s">') % u(i))
            + str(i)
            + "</a>"
            + ie
        )
    if to < count:
        if to < count - 1:
            o += ib + tb + split_word + te + ie
        o += ib + f'<a href="{u(count)}">{count}</a>' + ie
    if page < count:
        o += icls(t["nextClass"]) + lcls(t["nextClass"]) % u(page + 1) + nxt + "</a>" + ie
    return o + f"</{t['wrapTag']}>"


def php_str(s):
    """The text of a PHP string literal (or ``_t('...')``)."""
    s = s.strip()
    m = re.fullmatch(r"_t\((.*)\)", s)
    if m:
        s = m.group(1).strip()
    parts = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", s)
    return "".join(a or b for a, b in parts)


def split_args(s):
    """A PHP call's arguments split at top-level commas."""
    out, depth, cur, q = [], 0, "", None
    for c in s:
        if q:
            cur += c
            if c == q:
                q = None
            continue
        if c in "'\"":
            q = c
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(cur)
            cur = ""
            continue
        cur += c
    if cur.strip():
        out.append(cur)
    return out


def pagenav(args, page):
    """A theme's ``$this->pageNav(...)`` call rendered for one page."""
    a = split_args(args)
    prev = php_str(a[0]) if len(a) > 0 else "&laquo;"
    nxt = php_str(a[1]) if len(a) > 1 else "&raquo;"
    split = int(a[2]) if len(a) > 2 and a[2].strip().isdigit() else 3
    word = php_str(a[3]) if len(a) > 3 else "..."
    tpl = {}
    if len(a) > 4:
        rest = ",".join(a[4:])
        for k, v in re.findall(r"'(\w+)'\s*=>\s*'([^']*)'", rest):
            tpl[k] = v
        if not tpl and php_str(rest):
            from urllib.parse import parse_qsl

            tpl = dict(parse_qsl(php_str(rest), keep_blank_values=True))
    return box(page, COUNT, prev, nxt, split, word, tpl)


def post(i, page, title):
    """One post of the blog (our own titles)."""
    n = 40 + (page - 1) * 10 + i
    y, mo, d = day(i, page)
    return {"url": f"{HOST}/archives/{n}/", "title": title, "cid": str(n), "date": (y, mo, d)}


CALL = re.compile(r"<\?php\s+(.*?)\s*;?\s*\?>", re.S)


def subst_post(body, p):
    """A loop body with one post's calls (permalink, title, date ...) printed."""

    def call(m):
        c = m.group(1).strip().rstrip(";").strip()
        y, mo, d = p["date"]
        if re.fullmatch(r"\$this->permalink\(\)", c):
            return p["url"]
        if re.fullmatch(r"\$this->title\(\s*\d*\s*(,.*)?\)", c) or c == "echo $this->title":
            return p["title"]
        mm = re.fullmatch(r"\$this->date\((.*)\)", c)
        if mm:
            fmt = php_str(mm.group(1)) or "Y-m-d"
            return "".join(
                {
                    "Y": str(y),
                    "m": f"{mo:02d}",
                    "d": f"{d:02d}",
                    "n": str(mo),
                    "j": str(d),
                    "F": f"{mo}月",
                    "M": f"{mo}月",
                    "H": "10",
                    "i": "00",
                }.get(ch, ch)
                for ch in fmt
            )
        if c.startswith("$this->author->permalink"):
            return f"{HOST}/author/1/"
        if re.fullmatch(r"\$this->author\(.*\)", c):
            return "张明"
        if c.startswith("$this->category("):
            return f'<a href="{HOST}/category/notes/">学习笔记</a>'
        if c.startswith("$this->tags("):
            return f'<a href="{HOST}/tag/python/">Python</a>, <a href="{HOST}/tag/web/">Web</a>'
        if (
            c.startswith("$this->excerpt(")
            or c.startswith("$this->content(")
            or c.startswith("$this->summary")
        ):
            return f"<p>{p['title']}。这篇文章记录了整个过程，供以后参考。</p>"
        if c.startswith("$this->commentsNum("):
            return "3 条评论"
        if "$this->cid" in c:
            return p["cid"]
        if "showThumb" in c or "thumb" in c.lower():
            return f"{HOST}/usr/uploads/2024/{p['cid']}.jpg"
        return m.group(0)

    return CALL.sub(call, body)


IFRE = re.compile(
    r"<\?php\s+if\s*\((?:(?!\?>).)*\)\s*:\s*\?>((?:(?!<\?php\s+if\s*\().)*?)<\?php\s+endif;?\s*\?>",
    re.S,
)


def ifs(t):
    """A theme's ``<?php if (...): ?>`` blocks decided for a plain index page."""
    for _ in range(30):

        def one(m):
            head = m.group(0)[: m.group(0).index("?>")]
            parts = re.split(
                r"<\?php\s+(?:else|elseif\s*\(.*?\)\s*)\s*:\s*\?>", m.group(1), flags=re.S
            )
            bad = re.search(
                r"is\('post'\)|is\('page'\)|hasLogin|sticky|isMobile|is\('single'\)|password|== *'0'|!\$this->have|is\('search'\)|is\('tag'\)",
                head,
            )
            if bad:
                return parts[1] if len(parts) > 1 else ""
            return parts[0]

        new = IFRE.sub(one, t)
        if new == t:
            return t
        t = new
    return t


def need(repo, root, path, files, depth=0):
    """A theme file with its ``$this->need('x.php')`` files inlined."""
    t = git_show(repo, path)
    if depth > 4:
        return t

    def inc(m):
        p = posixpath.normpath(posixpath.join(root, php_str(m.group(1))))
        return need(repo, root, p, files, depth + 1) if p in files else ""

    return re.sub(r"<\?php\s+\$this->need\(([^)]*)\)\s*;?\s*\?>", inc, t)


def render(repo, root, files, page):
    """A theme's index.php rendered for one page: HTML and the posts' links."""
    idx = posixpath.join(root, "index.php") if root else "index.php"
    t = need(repo, root, idx, files)
    # need() calls inside larger php blocks
    t = re.sub(
        r"\$this->need\(([^)]*)\);",
        lambda m: (
            "?>"
            + need(repo, root, posixpath.normpath(posixpath.join(root, php_str(m.group(1)))), files)
            + "<?php "
        ),
        t,
    )
    # a theme function printing the post's title and meta (the default theme's postMeta)
    fpath = posixpath.join(root, "functions.php") if root else "functions.php"
    if "postMeta($this)" in t and fpath in files:
        fm = re.search(
            r"function postMeta\(.*?\)\s*\{.*?\?>(.*?)<\?php\s*\}", git_show(repo, fpath), re.S
        )
        if fm:
            body = fm.group(1).replace("$archive", "$this").replace("<?php echo $titleTag ?>", "h2")
            body = body.replace("$metaType != 'page'", "true").replace(
                "$metaType == 'archive'", "true"
            )
            t = re.sub(r"<\?php\s+postMeta\(\$this\);?\s*\?>", lambda _: body, t)
    m = re.search(
        r"<\?php\s+while\s*\(\s*\$this->next\(\)\s*\)\s*:\s*\?>(.*?)<\?php\s+endwhile;?\s*\?>",
        t,
        re.S,
    )
    if not m:
        return None, None
    out, links = [], []
    for i in range(8 if page < COUNT else 3):
        p = post(i, page, TITLES[(i + page) % 20])
        b = ifs(subst_post(m.group(1), p))
        b = CALL.sub("", b)
        out.append(b)
        links.append(p["url"])
    t = t[: m.start()] + "".join(out) + t[m.end() :]
    t = re.sub(
        r"<\?php\s+\$this->pageNav\((.*?)\);?\s*\?>",
        lambda mm: pagenav(mm.group(1), page),
        t,
        flags=re.S,
    )
    side = "".join(f'<li><a href="{HOST}/archives/{200 + k}/">{SIDE[k]}</a></li>' for k in range(8))
    t = re.sub(
        r"<\?php[^?]*Contents(?:\\|_)Post(?:\\|_)Recent[^?]*->parse\([^)]*\);?\s*\?>",
        side,
        t,
        flags=re.S,
    )
    t = re.sub(
        r"<\?php[^?]*listCategories\([^)]*\);?\s*\?>",
        "<ul>"
        + "".join(f'<li><a href="{HOST}/category/{s}/">{c}</a></li>' for c, s in CHANNELS)
        + "</ul>",
        t,
        flags=re.S,
    )
    t = re.sub(
        r"<\?php\s+while\s*\(\s*\$\w+->next\(\)\s*\)\s*:\s*\?>.*?<\?php\s+endwhile;?\s*\?>",
        "",
        t,
        flags=re.S,
    )
    t = ifs(t)
    t = re.sub(r"<\?php\s+\$this->options->siteUrl\(\);?\s*\?>", HOST + "/", t)
    t = re.sub(r"<\?php\s+\$this->options->title\(\);?\s*\?>", "某人的博客", t)
    t = re.sub(r"<\?php.*?\?>", "", t, flags=re.S)
    t = re.sub(r"<\?php.*$", "", t, flags=re.S)
    return t, links


def address(page: int) -> str:
    """The blog's page ``page``: its front page, then ``/page/N/``."""
    return HOST + "/" if page == 1 else f"{HOST}/page/{page}/"


def main(repos):
    """Every theme's page 1, middle and last page."""
    rows = []
    for repo, root in repos:
        rd, files, commit = snapshot(repo)
        files = set(files)
        made = page_rows(
            ("typecho", repo, commit, posixpath.join(root, "index.php")),
            (1, 4, COUNT),
            COUNT,
            lambda page, rd=rd, root=root, files=files: render(rd, root, files, page),
            address,
        )
        if not made:
            print("no loop", repo)
        rows += made
    return rows


if __name__ == "__main__":
    repos = [("typecho/typecho", "usr/themes/default")] + [(r, "") for r in sys.argv[1:]]
    run_alone("typecho", main(repos))
