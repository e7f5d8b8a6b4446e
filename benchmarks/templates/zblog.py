"""Z-Blog PHP themes: index.php + post-multi.php + sidebar modules + pagebar (lib/pagebar.php port)."""

from __future__ import annotations

import re

from common import (
    CHANNELS,
    SIDE,
    TITLES,
    day,
    git_show,
    page_rows,
    php_date,
    repo_dir,
    run_alone,
    snapshot,
)
from pagers import zblog_buttons

HOST = "https://www.zblog.test"
REPO = repo_dir("zblogcn/zblogphp")
COUNT = 6


def tpl(theme, name, files):
    """A theme template by name, else the system's default one."""
    for p in (
        f"zb_users/theme/{theme}/template/{name}.php",
        f"zb_system/defend/default/{name}.php",
    ):
        if p in files:
            return re.sub(r"\{\*.*?\*\}", "", git_show(REPO, p), flags=re.S)
    return ""


def includes(t, theme, files, depth=0):
    """A template with its ``{template:x}`` files inlined (the pagebar marked for later)."""
    if depth > 4:
        return t
    return re.sub(
        r"\{template:([\w-]+)\}",
        lambda m: (
            "<!--PAGEBAR-->"
            if m.group(1) == "pagebar"
            else includes(tpl(theme, m.group(1), files), theme, files, depth + 1)
        ),
        t,
    )


TRUE = ("Tags", "Intro", "Name", "=='ul'", "$pagebar", "Cover", "Category")


def cond(c):
    """Whether a Z-Blog ``{if}`` condition holds for a plain article list."""
    if re.search(
        r"IsTop|TopType|album|Metas|Config|\$type|IsHide|=='div'|GetVars|isMobile|Level|hasLogin|ImageCount|IsLock",
        c,
    ):
        return c.strip().startswith("!") and "IsHide" in c
    return any(k in c for k in TRUE)


IF = re.compile(r"\{if ([^}]*)\}((?:(?!\{if ).)*?)\{/if\}", re.S)


def ifs(t):
    """A template with its ``{if}`` blocks decided, innermost first."""
    for _ in range(30):

        def one(m):
            parts = re.split(r"\{elseif [^}]*\}|\{else\}", m.group(2))
            conds = [m.group(1)] + re.findall(r"\{elseif ([^}]*)\}", m.group(2))
            for c, body in zip(conds, parts, strict=False):
                if cond(c):
                    return body
            return parts[len(conds)] if len(parts) > len(conds) else ""

        new = IF.sub(one, t)
        if new == t:
            return t
        t = new
    return t


def art(i, page, title, sid=None):
    """The fields of one article (our own titles)."""
    n = sid if sid is not None else 500 + (page - 1) * 20 + i
    y, mo, d = day(i, page)
    return {
        "Url": f"{HOST}/post/{n}.html",
        "Title": title,
        "ID": str(n),
        "Intro": f"<p>{title}。这是文章的摘要部分，介绍了主要内容。</p>",
        "Author.StaticName": "管理员",
        "Author.Name": "admin",
        "Author.Url": f"{HOST}/author-1.html",
        "Category.Name": "学院新闻",
        "Category.Url": f"{HOST}/category-2.html",
        "Category.ID": "2",
        "Author.ID": "1",
        "ViewNums": str(40 + i),
        "CommNums": str(i % 3),
        "Cover": f"{HOST}/zb_users/upload/2024/12/{n}.jpg",
        "TagsName": "校园,活动",
        "date": (y, mo, d),
    }


def fill_article(body, a):
    """A loop body with one article's fields filled."""

    def tm(m):
        y, mo, d = a["date"]
        fmt = m.group(1) or "Y-m-d H:i"
        return php_date(fmt, y, mo, d)

    body = re.sub(r"\{\$article\.Time\((?:'([^']*)')?\)\}", tm, body)
    body = re.sub(r"\{subloop AllImages[^}]*\}.*?\{/subloop\}", "", body, flags=re.S)
    body = re.sub(
        r"\{subloop Tags as \$tag\}(.*?)\{/subloop\}",
        lambda m: "".join(
            m.group(1).replace("{$tag.Url}", f"{HOST}/tags-{k}.html").replace("{$tag.Name}", nm)
            for k, nm in ((1, "校园"), (2, "活动"))
        ),
        body,
        flags=re.S,
    )
    body = re.sub(r"\{TransferHTML\(\$article\.Title[^}]*\}", a["Title"], body)
    body = re.sub(r"\{\$article\.([\w.]+)\}", lambda m: a.get(m.group(1), ""), body)
    return body


def modules(theme, files):
    """The sidebar modules (分类, 最近发表, 最新留言, 文章归档) in the theme's module template."""
    mod = tpl(theme, "module", files)
    out = []
    side_posts = "".join(
        f'<li><a title="{SIDE[k]}" href="{HOST}/post/{900 + k}.html">{SIDE[k]}</a></li>'
        for k in range(10)
    )
    cats = "".join(
        f'<li><a href="{HOST}/category-{k + 2}.html">{cn}</a></li>'
        for k, (cn, _) in enumerate(CHANNELS)
    )
    arch = "".join(
        f'<li><a href="{HOST}/date-2024-{12 - k}.html">2024年{12 - k}月</a></li>' for k in range(6)
    )
    coms = "".join(
        f'<li><a href="{HOST}/post/{520 + k}.html#cmt{80 + k}" title="访客{k}">说得很好，支持一下学校的工作</a></li>'
        for k in range(5)
    )
    for hid, name, content in (
        ("divCatalog", "网站分类", cats),
        ("divPrevious", "最近发表", side_posts),
        ("divComments", "最新留言", coms),
        ("divArchives", "文章归档", arch),
    ):
        m = (
            mod.replace("{$module.HtmlID}", hid)
            .replace("{$module.Name}", name)
            .replace("{$module.Content}", content)
        )
        m = m.replace("{$module.Type=='ul'}", "{$module.Type=='ul'}")
        out.append(ifs(m))
    return "".join(out)


def pagebar(theme, page, files):
    """The theme's pagebar.php printing Pagebar's buttons for one page."""
    b = zblog_buttons(page, COUNT)
    t = tpl(theme, "pagebar", files)
    m = re.search(r"\{foreach \$pagebar\.buttons as \$k\s*=>\s*\$v\}(.*?)\{/foreach\}", t, re.S)
    if not m:
        return ""
    out = []
    for k, v in b.items():
        body = m.group(1)

        # the theme's own branches, decided for this button
        def one(mm, k=k):
            parts = re.split(r"\{elseif [^}]*\}|\{else\}", mm.group(2))
            conds = [mm.group(1)] + re.findall(r"\{elseif ([^}]*)\}", mm.group(2))
            for c, part in zip(conds, parts, strict=False):
                cur = "PageNow==$k" in c.replace(" ", "") and "+1" not in c
                nxt = "PageNow+1==$k" in c.replace(" ", "")
                if (
                    (cur and k == str(page))
                    or (nxt and k == str(page + 1))
                    or (not cur and not nxt and "lang" in c and k in ("‹‹", "‹", "›", "››"))
                ):
                    return part
            return parts[len(conds)] if len(parts) > len(conds) else ""

        body = IF.sub(one, body)
        out.append(body.replace("{$k}", k).replace("{$v}", HOST + v))
    rest = t[: m.start()] + "".join(out) + t[m.end() :]
    return ifs(rest.replace("{$pagebar.PageAll > 1}", "$pagebar"))


def render(theme, page, files):
    """A theme's index.php rendered for one page: HTML and the articles' links."""
    t = includes(tpl(theme, "index", files), theme, files)
    # loops over one article's parts (its tags, its pictures) nest in the articles' loop
    t = re.sub(
        r"\{foreach \$article\.(\w+) as ([^}]*)\}(.*?)\{/foreach\}",
        r"{subloop \1 \2}\3{/subloop}",
        t,
        flags=re.S,
    )
    m = re.search(r"\{foreach \$articles as \$article\}(.*?)\{/foreach\}", t, re.S)
    if not m:
        return None, None
    out, links = [], []
    for i in range(10 if page < COUNT else 4):
        a = art(i, page, TITLES[(i + page) % 20])
        out.append(ifs(fill_article(m.group(1), a)))
        links.append(a["Url"])
    t = t[: m.start()] + "".join(out) + t[m.end() :]
    t = re.sub(
        r"\{foreach \$sidebar\d? as \$module\}.*?\{/foreach\}",
        lambda _: modules(theme, files),
        t,
        flags=re.S,
    )
    t = t.replace(
        "{module:navbar}",
        f'<li><a href="{HOST}/">首页</a></li>'
        + "".join(
            f'<li><a href="{HOST}/category-{k + 2}.html">{cn}</a></li>'
            for k, (cn, _) in enumerate(CHANNELS)
        ),
    )
    t = re.sub(r"\{php\}.*?\{/php\}", "", t, flags=re.S)
    t = ifs(t)
    t = (
        t.replace("{$host}", HOST + "/")
        .replace("{$name}", "某某学院博客")
        .replace("{$subname}", "记录校园生活")
    )
    t = re.sub(
        r"\{(?:\$|module:|template:|foreach|/foreach|if |/if|else|subloop|/subloop|str_replace|TransferHTML)[^{}]*\}",
        "",
        t,
    )
    return t, links


def _page(theme, page, files):
    """A theme's page with its pager, the theme's own pagebar.php rendered after the page; no
    page (None) when the theme does not render."""
    try:
        html, links = render(theme, page, files)
    except Exception as e:  # noqa: BLE001
        print(theme, e)
        return None, []
    if not html:
        return None, []
    return html.replace("<!--PAGEBAR-->", pagebar(theme, page, files)), links


def main():
    """Every theme's page 1, middle and last page."""
    _, files, commit = snapshot("zblogcn/zblogphp")
    files = set(files)
    rows = []
    for theme in ("HTML5CSS3", "WhitePage", "Zit", "default", "garland", "metro", "os2020"):
        rows += page_rows(
            ("zblog", "zblogcn/zblogphp", commit, f"zb_users/theme/{theme}/template/index.php"),
            (1, 3, COUNT),
            COUNT,
            lambda page, theme=theme: _page(theme, page, files),
            lambda page: HOST + ("/category-2.html" if page == 1 else f"/category-2_{page}.html"),
        )
    return rows


if __name__ == "__main__":
    run_alone("zblog", main())
