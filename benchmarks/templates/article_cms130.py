"""Article renderers of two more CMS families for ``benchmarks/templates.py`` (tmpl130, issue 10).

DTcms (ASP.NET, enterprise sites: ``templates/main/*_show.html``) and MetInfo 7's UI builds (``<ui name=…
style=…/>`` modules with a ``<location>`` trail, the make most MetInfo company sites print). Each renderer
prints what the CMS's own code prints for a tag (DTcms's ``{model.add_time}`` is .NET's DateTime.ToString()
under zh-CN: ``2023/5/17 9:30:00``; MetInfo's ``<location>`` walks the column path, its ``{$word.home}``
is 首页) and takes the shared values and helpers from the templates module it is given, so the dispatch in
templates.py is one line. Nothing of any template is committed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType
from typing import Any


def renderers(t: ModuleType) -> dict[str, Callable[[str, Any, dict[str, str]], str]]:
    """The family renderers, bound to the templates module ``t`` (its values and helpers)."""

    def net_date(fmt: str | None) -> str:
        y, mo, d, h, mi, s = t.STAMP
        if not fmt:  # DateTime.ToString() under zh-CN
            return f"{y}/{mo}/{d} {h}:{mi:02d}:{s:02d}"
        return t.java_date(fmt)  # .NET custom formats share yyyy MM dd HH mm ss with Java's

    def dtcms(text: str, src: Any, v: dict[str, str]) -> str:
        """DTcms: {model.X}, <%template src%>, <%foreach%>/<%loop%> emptied, <%if%> on an emptied slot false."""
        text = t.include(
            text, r"<%template\s+src=[\"'/]?([\w./-]+?)[\"'/]?\s*%>", src, lambda m: m.group(1)
        )
        text = t._sub_until_stable(
            re.compile(r"<%(foreach|loop)\b((?:(?!<%(?:foreach|loop)\b).)*?)<%/\1%>", re.S),
            "",
            text,
        )
        slots = {"author": "author", "source": "source", "editor": "editor", "user_name": "poster"}

        def truth(cond: str) -> bool:
            if re.search(r"category_id|channel_id", cond):
                return False  # a branch for one other column
            return not any(
                f"[{k}]" in cond or f".{k}" in cond for k, s in slots.items() if not v[s]
            )

        text = t.keep_branches(
            text, r"<%if\((.*?)\)%>", r"<%else(?:if\(.*?\))?%>", r"<%/if%>", truth
        )
        names = {"title": t.TITLE, "content": t.BODY, "author": v["author"], "source": v["source"],
                 "editor": v["editor"], "user_name": v["poster"], "click": "128", "zhaiyao": "",
                 "category_title": t.COLUMN}  # fmt: skip
        text = re.sub(
            r"\{model\.(?:add_time|update_time)(?:\.ToString\(\"([^\"]*)\"\))?\}",
            lambda m: net_date(m.group(1)),
            text,
        )
        text = re.sub(
            r"\{model\.(?:fields\[)?(\w+)\]?\}", lambda m: names.get(m.group(1), ""), text
        )
        text = re.sub(
            r"\{(?:site|config)\.(?:seo_title|name|company|webname|title)\}", t.SITE, text
        )
        text = re.sub(r"<%templateskin%>", "/templates/main", text)
        text = re.sub(r"<%linkurl\([^%]*\)%>", "/", text)
        text = re.sub(
            r"<%=get_prevandnext_article\([^%]*?,\s*-1\s*,[^%]*%>",
            f'<a href="/news/1.html">{t.PREV_TITLE}</a>',
            text,
        )
        text = re.sub(
            r"<%=get_prevandnext_article\(\s*\"[^\"]*\"\s*,\s*1\s*,\s*\"([^\"]*)\"[^%]*%>",
            r"\1",
            text,
        )
        text = re.sub(r"<%[^%]*%>|\{(?:model|site|config|dr|drr)[.\[][^{}\n]*\}", "", text)
        return text

    def metinfo_ui(text: str, src: Any, v: dict[str, str]) -> str:
        """MetInfo 7 UI builds: <ui name= style=/> modules, <location> as the column path, then MetInfo's tags."""
        text = t.include(
            text, r"<include\s+file=['\"]([\w./-]+)['\"][^>]*/>", src, lambda m: m.group(1)
        )
        text = t.include(
            text,
            r"<ui\s+name=['\"](\w+)['\"]\s+style=['\"](\w+)['\"][^>]*/>",
            src,
            lambda m: f"ui/{m.group(1)}/{m.group(2)}/index.php",
        )

        def location(m: re.Match[str]) -> str:
            out = []
            for name, url in ((t.PARENT, "/news/"), (t.COLUMN, "/news/yqdt/")):
                item = m.group(1).replace("{$v.name}", name).replace("{$v.url}", url)
                out.append(item.replace("{$v.class}", ""))
            return "".join(out)

        text = re.sub(r"<location>(.*?)</location>", location, text, flags=re.S)
        text = text.replace("{$word.home}", "首页").replace("{$c.index_url}", "/")
        return t.metinfo(text, src, v)

    return {"dtcms": dtcms, "metinfo_ui": metinfo_ui}
