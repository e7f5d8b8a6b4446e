"""Article renderers of four more CMS families for ``benchmarks/templates.py`` (tmpl132, issue 10).

EyouCMS 易优 (ThinkPHP taglib: ``{$eyou.field.X}``, ``{eyou:position/}``; company sites), DedeBIZ (DedeCMS's
successor: the dede tags plus ``{dede:field.uname/}`` and ``{dede:adminname/}``, its trail printed as
``<li class='breadcrumb-item'>`` items by ``TypeLink::GetPositionLink``), PublicCMS (FreeMarker
``${content.X}``, ``<@tools.includePlace path=…/>`` place files; sold for government sites) and iCMS
(template-lite ``<!--{$article.X}-->``). Each renderer prints what the CMS's own code prints for a tag,
from its source in the same snapshot, and takes the shared values and helpers from the templates module it
is given, so the dispatch in templates.py is one line. Nothing of any template is committed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType
from typing import Any


def renderers(t: ModuleType) -> dict[str, Callable[[str, Any, dict[str, str]], str]]:
    """The family renderers, bound to the templates module ``t`` (its values and helpers)."""
    column_url, parent_url = "/xwzx/yqdt/", "/xwzx/"

    def eyoucms(text: str, src: Any, v: dict[str, str]) -> str:
        """EyouCMS: {eyou:include}, {$eyou.field.X}, {eyou:position/} (TagPosition: 首页 > … with ' > '),
        {eyou:prenext} (the previous title; the next's else branch, lang sys10 没有了), other blocks emptied."""
        text = t.include(
            text, r"\{eyou:include\s+file=['\"]([\w./-]+)['\"]\s*/\}", src, lambda m: m.group(1)
        )
        # sys1 / sys11 / sys12 are the CMS's own language pack; fbrq / llcs / dangqianweizhi are a site's own
        # entries (tmpl166: pentakills/bjzh's mobile theme), pinyin of the words they stand for, printed as them
        lang = {"sys1": "首页", "sys10": "没有了", "sys11": "上一篇", "sys12": "下一篇", "fbrq": "发布日期",
                "llcs": "浏览次数", "dangqianweizhi": "当前位置"}  # fmt: skip
        text = re.sub(
            r"\{eyou:lang\s+name=['\"](\w+)['\"]\s*/\}", lambda m: lang.get(m.group(1), ""), text
        )

        def prenext(m: re.Match[str]) -> str:
            parts = re.split(r"\{eyou:else\s*/\}", m.group(2), maxsplit=1)
            if m.group(1) == "pre":
                return (
                    parts[0]
                    .replace("{$field.title}", t.PREV_TITLE)
                    .replace("{$field.arcurl}", column_url + "1.html")
                )
            return parts[1] if len(parts) > 1 else ""

        text = re.sub(
            r"\{eyou:prenext\s+get=['\"](\w+)['\"][^}]*\}(.*?)\{/eyou:prenext\}",
            prenext,
            text,
            flags=re.S,
        )
        text = re.sub(
            r"\{eyou:type\b[^}]*\}(.*?)\{/eyou:type\}",
            lambda m: m.group(1).replace("{$field.typeurl}", column_url),
            text,
            flags=re.S,
        )
        # a notempty / empty test on the tags is false (no tags); on a field it holds when the slot is set
        slots = {"author": "author", "source": "source", "editor": "editor"}

        def test(m: re.Match[str]) -> str:
            name = m.group(2)
            field = name.rsplit(".", 1)[-1]
            filled = field in ("title", "content", "typename") or bool(
                v.get(slots.get(field, ""), "")
            )
            return m.group(3) if filled == (m.group(1) == "notempty") else ""

        text = t._sub_until_stable(
            re.compile(
                r"\{eyou:(notempty|empty)\s+name=['\"]([^'\"]+)['\"]\s*\}"
                r"((?:(?!\{eyou:(?:notempty|empty)\b).)*?)\{/eyou:\1\}",
                re.S,
            ),
            test,
            text,
        )
        text = t._sub_until_stable(
            re.compile(r"\{eyou:(\w+)\b[^}]*(?<!/)\}((?:(?!\{eyou:\1\b).)*?)\{/eyou:\1\}", re.S),
            "",
            text,
        )
        trail = (f"<a href='/'>首页</a> &gt; <a href='{parent_url}'>{t.PARENT}</a> &gt; "
                 f"<a href='{column_url}'>{t.COLUMN}</a>")  # fmt: skip
        text = re.sub(r"\{eyou:position\b[^}]*/\}", trail, text)
        text = re.sub(r"\{eyou:arcclick\b[^}]*/\}", "128", text)
        text = re.sub(r"\{eyou:global\s+name=['\"]web_name['\"]\s*/\}", t.SITE, text)
        names = {"title": t.TITLE, "author": v["author"], "content": t.BODY, "typename": t.COLUMN,
                 "seo_title": f"{t.TITLE}_{t.COLUMN}_{t.SITE}", "click": "128", "typeurl": column_url}  # fmt: skip
        text = re.sub(
            r"\{\$eyou\.field\.(?:add_time|update_time)\|MyDate=['\"]([^'\"]+)['\"],###\}",
            lambda m: t.php_date(m.group(1)),
            text,
        )
        text = re.sub(r"\{\$eyou\.field\.(\w+)[^}]*\}", lambda m: names.get(m.group(1), ""), text)
        text = re.sub(r"\{/?eyou:[^{}]*\}|\{\$[^{}\n]*\}", "", text)
        return t.strip_php(text)

    def dedebiz(text: str, src: Any, v: dict[str, str]) -> str:
        """DedeBIZ: the dede tags, the member's uname (the poster account), {dede:adminname/} (the editing
        admin: the 责任编辑 value), and the position as TypeLink prints it, one breadcrumb item each."""
        items = (("/", "主页"), (parent_url, t.PARENT), (column_url, t.COLUMN))
        trail = "".join(f"<li class='breadcrumb-item'><a href='{u}'>{n}</a></li>" for u, n in items)
        text = re.sub(r"\{dede:field\s+name=['\"]position['\"]\s*/\}", trail, text)
        text = re.sub(r"\{dede:field\.uname\s*/\}", v["poster"], text)
        text = re.sub(r"\{dede:adminname\s*/\}", v["editor"], text)
        text = re.sub(r"\{dede:pagetitle\s*/\}", "", text)
        return t.dede(text, src, v)

    def publiccms(text: str, src: Any, v: dict[str, str]) -> str:
        """PublicCMS (FreeMarker): <@tools.includePlace path=/X/> the site's include/X file, <@…>/<#list>
        blocks emptied, <#if> first branch unless it tests an emptied slot, ${…} by name."""
        site_root = (
            str(src.path).split("/template/")[0]
            + "/template/"
            + src.path.split("/template/")[1].split("/")[0]
        )
        text = t.include(
            text,
            r"<@tools\.includePlace\s+path=\"/?([\w./-]+)\"\s*/>",
            src,
            lambda m: "include/" + m.group(1),
            site_root,
        )
        text = re.sub(r"<#--.*?-->", "", text, flags=re.S)
        text = re.sub(r"<#assign\b[^>]*/?>", "", text)
        text = t._sub_until_stable(
            re.compile(r"<@([\w.]+)\b[^>]*(?<!/)>((?:(?!<@\1\b).)*?)</@\1>", re.S), "", text
        )
        text = t._sub_until_stable(
            re.compile(r"<#list\b[^>]*>((?:(?!<#list\b).)*?)</#list>", re.S), "", text
        )
        slots = {"author": "author", "editor": "editor", "source": "source", "copied": "source"}

        def truth(cond: str) -> bool:
            return not any(k in cond and not v[s] for k, s in slots.items())

        text = t.keep_branches(text, r"<#if\s+([^>]*)>", r"<#else(?:if\s[^>]*)?>", r"</#if>", truth)
        names = {"content.title": t.TITLE, "category.name": t.COLUMN, "category.url": column_url,
                 "parent.name": t.PARENT, "parent.url": parent_url, "site.name": t.SITE, "base": "/",
                 "site.sitePath": "/", "site.dynamicPath": "/", "content.author": v["author"],
                 "content.editor": v["editor"], "content.source": v["source"], "content.copied": v["source"],
                 "arrtibute.text": t.BODY, "attribute.text": t.BODY, "content.clicks": "128"}  # fmt: skip

        def expr(m: re.Match[str]) -> str:
            body = m.group(1).strip()
            dm = re.match(r"\(?content\.publishDate\)?\?string\(['\"]([^'\"]+)['\"]\)", body)
            if dm:
                return t.java_date(dm.group(1))
            key = re.sub(r"[()]", "", re.split(r"[!?]", body, maxsplit=1)[0]).strip()
            return names.get(key, "")

        text = re.sub(r"\$\{([^{}]*)\}", expr, text)
        return re.sub(r"</?[#@][^>]*>", "", text)

    def icms(text: str, src: Any, v: dict[str, str]) -> str:
        """iCMS (template-lite): <!--{include}-->, <!--{$article.X}-->, the node's navArray as the trail,
        <!--{foreach}--> otherwise emptied, <!--{if}--> true on a set value, false on an emptied one."""
        text = t.include(
            text, r"<!--\{include\s+file=\"\.?/?([\w./-]+)\"\}-->", src, lambda m: m.group(1)
        )

        def nav(m: re.Match[str]) -> str:
            out = []
            for name, url in ((t.PARENT, parent_url), (t.COLUMN, column_url)):
                item = m.group(2).replace(f"<!--{{${m.group(1)}.url}}-->", url)
                out.append(item.replace(f"<!--{{${m.group(1)}.name}}-->", name))
            return "".join(out)

        text = re.sub(
            r"<!--\{foreach value=\"(\w+)\" from=\"\$node\.navArray\"\}-->(.*?)<!--\{/foreach\}-->",
            nav,
            text,
            flags=re.S,
        )
        text = t._sub_until_stable(
            re.compile(
                r"<!--\{foreach\b[^}]*\}-->((?:(?!<!--\{foreach\b).)*?)<!--\{/foreach\}-->", re.S
            ),
            "",
            text,
        )
        set_values = ("$article.title", "$article.user", "$article.body", "$article_prev", "$article.source",
                      "$article.author", "$article.editor")  # fmt: skip
        slots = {"$article.source": "source", "$article.author": "author", "$article.editor": "editor",
                 "$article.user": "poster"}  # fmt: skip

        def truth(cond: str) -> bool:
            if any(k in cond and not v[s] for k, s in slots.items()):
                return False
            return any(k in cond for k in set_values)

        text = t.keep_branches(
            text,
            r"<!--\{if\s+([^}]*)\}-->",
            r"<!--\{else(?:if\s[^}]*)?\}-->",
            r"<!--\{/if\}-->",
            truth,
        )
        names = {"$article.title": t.TITLE, "$article.body": t.BODY, "$article.user.name": v["poster"],
                 "$article.source": v["source"], "$article.author": v["author"], "$article.editor": v["editor"],
                 "$article.link": f'<a href="{column_url}1.html">{t.TITLE}</a>', "$node.name": t.COLUMN,
                 "$site.title": t.SITE, "$site.url": "/", "$article_prev.title": t.PREV_TITLE,
                 "$article.hits": "128", "$article.pubdate": t.php_date("Y-m-d H:i")}  # fmt: skip

        def var(m: re.Match[str]) -> str:
            body = m.group(1).strip()
            dm = re.match(r"\$article\.pubdate\|date:\"([^\"]+)\"", body)
            if dm:
                return t.php_date(dm.group(1))
            return names.get(body.split("|")[0].strip(), "")

        text = re.sub(r"<!--\{payment:cut\b.*?\}-->|<!--\{/payment:cut\}-->", "", text, flags=re.S)
        text = re.sub(r"<!--\{(\$[^}]*)\}-->", var, text)
        text = re.sub(r"<!--\{[^}]*\}-->", "", text)
        return text

    def jpress(text: str, src: Any, v: dict[str, str]) -> str:
        """JPress (JFinal Enjoy): #include, #define / #@call, #(expr ?? default), #date(), #if first branch
        unless it tests an emptied slot, #for and JPress's block directives emptied."""
        text = t.include(text, r"#include\(\s*\"([\w./-]+)\"\s*\)", src, lambda m: m.group(1))
        names = {"article.title": t.TITLE, "article.content": t.BODY, "article.user.nickname": v["poster"],
                 "article.user.username": v["poster"], "article.author": v["author"], "SEO_TITLE": t.TITLE,
                 "WEB_NAME": t.SITE, "WEB_TITLE": t.SITE, "article.view_count": "128",
                 "article.comment_count": "0", "CPATH": "", "SPATH": ""}  # fmt: skip
        return _enjoy(text, names, v, t)

    def jekyll(text: str, src: Any, v: dict[str, str]) -> str:
        """A Jekyll site's post layout run by jekyll_render.js (liquidjs, Jekyll's filters and layout chain)."""
        from pathlib import Path

        blogs = t.blogs
        site = blogs._unpack(src, ("_layouts", "_includes", "_data", "_config.yml"))
        job = {"site_dir": str(site), "layout": src.path, "values": {"poster": v["poster"]},
               "stamp": list(t.STAMP), "title": t.TITLE, "site": t.SITE, "column": t.COLUMN, "body": t.BODY,
               "prev_title": t.PREV_TITLE}  # fmt: skip
        # the theme's dates are local times: render them in the site's zone
        return blogs.run_node(
            Path(__file__).with_name("jekyll_render.js"), job, {"TZ": "Asia/Shanghai"}
        )

    return {"eyoucms": eyoucms, "dedebiz": dedebiz, "publiccms": publiccms, "icms": icms, "jpress": jpress,
            "jekyll": jekyll}  # fmt: skip


# JPress's directives that take a body up to #end (their Java classes override hasEnd: the jpress
# snapshot's io.jpress.*.directive), and Enjoy's own
_ENJOY_BODY = frozenset(
    "for if define switch messageList stringSplit blockContainer hasAddon hasPermission articleCategories "
    "article articlePage articleSearchPage articles categories categoryArticles commentPage comments "
    "nextArticle previousArticle relevantArticles tagArticles tags userArticles page pageList pages".split()
)
_ENJOY_TOKEN = re.compile(r"#(\(|define\s+\w+\s*\(|@?\w+\??\s*\(|end\b|else\b(?!if))")


def _balanced(text: str, start: int) -> int:
    """The index just past the parenthesis closing the one at ``start``."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def _enjoy_tree(text: str) -> list[Any]:
    """Enjoy's text as a tree: strings, ("out", expr) and ("dir", name, args, body, else_body)."""
    root: list[Any] = []
    stack: list[tuple[list[Any], Any]] = [(root, None)]
    pos = 0
    for m in _ENJOY_TOKEN.finditer(text):
        if m.start() < pos:
            continue
        stack[-1][0].append(text[pos : m.start()])
        tok = m.group(1)
        if tok in ("end", "else"):
            pos = m.end()
            if len(stack) > 1:
                node = stack[-1][1]
                if tok == "else":
                    node[4].clear()
                    stack[-1] = (node[4], node)
                else:
                    stack.pop()
            continue
        close = _balanced(text, m.end() - 1)
        args = text[m.end() : close - 1]
        pos = close
        if tok == "(":
            stack[-1][0].append(("out", args))
            continue
        name = tok.rstrip("( ?")
        if name.startswith("define"):
            name, args = "define", name.split()[1]  # ``#define layout(showSidebar)``: its name
        node = ("dir", name, args, [], [])
        stack[-1][0].append(node)
        if name in _ENJOY_BODY:
            stack.append((node[3], node))
    stack[-1][0].append(text[pos:])
    return root


def _enjoy(text: str, names: dict[str, str], v: dict[str, str], t: ModuleType) -> str:
    """Render an Enjoy tree with ``names`` (a name the page does not set prints its ``??`` default)."""
    tree = _enjoy_tree(text)
    defines: dict[str, list[Any]] = {}

    def collect(nodes: list[Any]) -> None:
        for n in nodes:
            if isinstance(n, tuple) and n[0] == "dir":
                if n[1] == "define":
                    defines[n[2]] = n[3]
                collect(n[3])

    collect(tree)
    slots = {"author": "author", "user": "poster", "nickname": "poster"}

    def value(expr: str) -> str:
        expr = expr.strip()
        head, _, default = expr.partition("??")
        got = names.get(head.strip(), "")
        if not got and default.strip():
            lit = re.match(r"\s*\(?\s*['\"]([^'\"]*)['\"]", default)
            got = lit.group(1) if lit else value(default.strip().strip("()"))
        return got

    def render(nodes: list[Any], depth: int = 0) -> str:
        out = []
        for n in nodes:
            if isinstance(n, str):
                out.append(n)
            elif n[0] == "out":
                out.append(value(n[1]))
            elif depth > 8 or n[1] in ("define", "for") or (n[1] in _ENJOY_BODY and n[1] != "if"):
                continue
            elif n[1].startswith("@"):
                out.append(render(defines.get(n[1][1:], []), depth + 1))
            elif n[1] == "if":
                cond = n[2]
                held = not any(k in cond and not v[s] for k, s in slots.items()) and not re.search(
                    r"option\(|USER|user\b|page\b|pageNumber|showSidebar", cond
                )
                out.append(render(n[3] if held else n[4], depth + 1))
            elif n[1] == "date":
                fmt = re.search(r",\s*['\"]([^'\"]+)['\"]", n[2])
                out.append(t.java_date(fmt.group(1) if fmt else "yyyy-MM-dd HH:mm"))
        return "".join(out)

    return render(tree)


FAMILIES = ("eyoucms", "dedebiz", "publiccms", "icms", "jpress", "jekyll")


def settle(t: ModuleType, family: str, exp: dict[str, Any], html: str) -> dict[str, Any]:
    """This round's families, read as LABELLING.md reads them where ``expect`` leaves a field undecided:
    - a trail the template marks as one (class ``breadcrumb``, its separators drawn by CSS, the items printed
      with no blank between them: DedeBIZ's ``<li class='breadcrumb-item'>``) ending in the column gives it,
      as tmpl129's blog families read it (``blogs._BREADCRUMB_BOX``);
    - the poster account beside an avatar where a writer is labelled (DedeBIZ: ``[avatar]王丽 · DATE · SOURCE ·
      [person icon]张明华``) is no author: a personal account is the author only where no writer is named (the
      fifth round, the 发布者 rule in ``expect``);
    - a date written in English (``May 17, 2023``, ``17 May 2023``) is the date shown, to the day;
    - an outlet behind a globe icon in that meta line is the source (LABELLING.md, session 29);
    - a name alone right before the date or its label (iCMS: ``<a href=user>王丽</a> 发布时间：DATE``, EyouCMS's
      mobile ``<span>NAME</span><span>DATE</span>``) is the writer's slot: LABELLING.md, session 28 (a name alone beside the post's date is the author)."""
    if family not in FAMILIES:
        return exp
    und = exp["undecided"]
    if exp["published"] is None and re.search(
        r"May\s+17,?\s+2023|17\s+May\s+2023", t.visible_text(html)
    ):  # an English theme's shown date (Jekyll's ``Posted by X on May 17, 2023``, ``17 May 2023``)
        exp["published"] = "2023-05-17"
    if "category:column-without-trail" in und:
        for m in t.blogs._BREADCRUMB_BOX.finditer(html):
            items = [
                x.strip() for x in re.sub(r"<[^>]+>", "\n", m.group(2)).split("\n") if x.strip()
            ]
            if len(items) >= 2 and items[-1] == t.COLUMN:
                exp["category"] = t.COLUMN
                und.remove("category:column-without-trail")
                break
    for note in [u for u in und if u.startswith("source:")]:
        # an outlet behind a globe icon in the meta line, where a person icon marks the writer, is the CMS's
        # source slot (LABELLING.md, session 29: DedeBIZ's ``<i class="fa fa-globe"></i>SOURCE``)
        if re.search(rf"fa-globe[^>]*>\s*(?:</i>)?\s*{re.escape(t.SOURCE)}", html):
            und.remove(note)
            exp["source"] = t.SOURCE
    for note in [u for u in und if u.startswith("author:")]:
        name = note.split(":")[1]
        if name == t.POSTER and exp["author"] and t.POSTER not in exp["author"]:
            und.remove(note)
        elif re.search(
            rf"{name}\s*(?:(?:发布时间|发布日期|时间)[:：]?)?\s*2023", t.visible_text(html)
        ):
            und.remove(note)
            exp["author"] = [name]
    return exp
