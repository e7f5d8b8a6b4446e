"""A small reader of Hugo's Go templates for benchmarks/templates.py (tmpl129, issue 10).

Enough of text/template and Hugo's functions to render a theme's ``single.html`` inside its
``baseof.html``: actions with trim markers, if / else if / else / with / range / define / block /
template / end, variables, pipelines, and the functions themes print a post with. The page is a dict of
fixed values; a site parameter the theme's exampleSite does not set is nil (false in a condition, as on a
site that sets none); a function this reader does not know gives nil; a partial the snapshot lacks is
emptied, as tmpl90 empties an include it cannot resolve.
"""

from __future__ import annotations

import html as htmlmod
import re
from collections.abc import Callable
from typing import Any

ACTION = re.compile(r"\{\{(-?)\s*(/\*.*?\*/)?(.*?)\s*(-?)\}\}", re.S)


class Node:
    def __init__(self, kind: str, arg: str = "") -> None:
        self.kind, self.arg = kind, arg
        self.body: list[Any] = []
        self.orelse: list[Any] = []


def parse(text: str) -> tuple[list[Any], dict[str, list[Any]]]:
    """The template's tree and its defines."""
    pieces: list[Any] = []
    pos = 0
    for m in ACTION.finditer(text):
        pieces.append(("text", text[pos : m.start()], m.group(1) == "-"))
        pieces.append(("act", m.group(3).strip(), m.group(4) == "-"))
        pos = m.end()
    pieces.append(("text", text[pos:], False))
    # trim markers
    out: list[tuple[str, str]] = []
    trim_next = False
    for kind, val, flag in pieces:
        if kind == "text":
            if trim_next:
                val = val.lstrip()
            if flag:
                val = val.rstrip()
            out.append(("text", val))
            trim_next = False
        else:
            out.append(("act", val))
            trim_next = flag
    defines: dict[str, list[Any]] = {}
    root = Node("root")
    stack = [root]
    target = [root.body]
    for kind, val in out:
        if kind == "text":
            target[-1].append(val)
            continue
        word = val.split(None, 1)[0] if val else ""
        rest = val[len(word) :].strip()
        if word in ("if", "with", "range", "define", "block"):
            node = Node(word, rest)
            if word != "define":
                target[-1].append(node)
            else:
                defines[rest.strip('"` ')] = node.body
            stack.append(node)
            target.append(node.body)
        elif word == "else":
            node = stack[-1]
            if rest.startswith(("if ", "with ")):
                kw, cond = rest.split(None, 1)
                inner = Node(kw, cond)
                inner.chained = True  # type: ignore[attr-defined]
                node.orelse.append(inner)
                stack.append(inner)
                target[-1] = inner.body
            else:
                target[-1] = node.orelse
        elif word == "end":
            node = stack.pop()
            target.pop()
            while getattr(node, "chained", False):
                node = stack.pop()
            if node.kind == "block":
                defines.setdefault(node.arg.split()[0].strip('"`'), node.body)
            if not target:
                target.append(root.body)
        elif val.startswith("/*") or not val:
            continue
        else:
            target[-1].append(("act", val))
    return root.body, defines


class GoTime:
    """A fixed time with Go's Format."""

    def __init__(self, stamp: tuple[int, ...]) -> None:
        self.y, self.mo, self.d, self.h, self.mi, self.s = stamp

    def format(self, layout: str) -> str:
        # Hugo's localised layouts (time.Format ":date_full" …) in the zh-cn locale
        named = {":date_full": f"{self.y}年{self.mo}月{self.d}日星期三", ":date_long": f"{self.y}年{self.mo}月{self.d}日",
                 ":date_medium": f"{self.y}年{self.mo}月{self.d}日", ":date_short": f"{self.y}/{self.mo}/{self.d}",
                 ":time_short": f"{self.h:02d}:{self.mi:02d}", ":time_medium": f"{self.h:02d}:{self.mi:02d}:{self.s:02d}"}  # fmt: skip
        if layout in named:
            return named[layout]
        months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")  # fmt: skip
        subs = [("2006", f"{self.y}"), ("January", months[self.mo - 1]), ("Jan", months[self.mo - 1][:3]),
                ("01", f"{self.mo:02d}"), ("02", f"{self.d:02d}"), ("15", f"{self.h:02d}"), ("03", f"{self.h % 12 or 12:02d}"),
                ("04", f"{self.mi:02d}"), ("05", f"{self.s:02d}"), ("Monday", "Wednesday"), ("Mon", "Wed"),
                ("MST", "CST"), ("-07:00", "+08:00"), ("-0700", "+0800"), ("PM", "AM"), ("06", f"{self.y % 100:02d}"),
                ("_2", f"{self.d:2d}"), ("1", f"{self.mo}"), ("2", f"{self.d}"), ("3", f"{self.h % 12 or 12}"),
                ("4", f"{self.mi}"), ("5", f"{self.s}")]  # fmt: skip
        keys = "|".join(re.escape(k) for k, _ in subs)
        table = dict(subs)
        return re.sub(keys, lambda m: table[m.group(0)], layout)

    def __str__(self) -> str:
        return self.format("2006-01-02 15:04:05 -0700 MST")


class Scratch(dict):
    """Hugo's scratch pad: Add appends to a list (or adds), Set sets, Get reads."""

    def call(self, method: str, a: list[Any]) -> Any:
        key = a[0] if a else ""
        if method == "Get":
            return self.get(key)
        if method == "Set":
            self[key] = a[1] if len(a) > 1 else None
        elif method == "Add":
            val = a[1] if len(a) > 1 else None
            old = self.get(key)
            if isinstance(old, list):
                self[key] = old + (val if isinstance(val, list) else [val])
            elif old is None:
                self[key] = val
            else:
                try:
                    self[key] = old + val
                except TypeError:
                    self[key] = val
        elif method == "Delete":
            self.pop(key, None)
        return None


def _truthy(v: Any) -> bool:
    if v is None or v is False or v == 0 or v == "":
        return False
    if isinstance(v, (list, dict, tuple)) and not v:
        return False
    return True


def _tokens(expr: str) -> list[str]:
    return re.findall(r'"(?:\\.|[^"\\])*"|`[^`]*`|\(|\)|\||:?=|[^\s()|]+', expr)


class Renderer:
    def __init__(
        self,
        files: Callable[[str], str | None],
        i18n: dict[str, str],
        page: dict[str, Any],
        now: GoTime,
    ) -> None:
        self.files, self.i18n, self.page, self.now = files, i18n, page, now
        self.defines: dict[str, list[Any]] = {}
        self.depth = 0

    # ------------------------------------------------------------ evaluation
    def field(self, base: Any, path: list[str]) -> Any:
        for key in path:
            if base is None:
                return None
            if isinstance(base, GoTime):
                base = {
                    "Year": base.y,
                    "Month": base.mo,
                    "Day": base.d,
                    "Unix": 1684287000,
                    "IsZero": False,
                }.get(key)
                continue
            if isinstance(base, dict):
                if key in base:
                    base = base[key]
                else:
                    low = {k.lower(): v for k, v in base.items()}
                    base = low.get(key.lower())
            else:
                return None
        return base

    def value(self, tok: str, dot: Any, vars: dict[str, Any]) -> Any:
        if tok.startswith('"'):
            return (
                bytes(tok[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
            )
        if tok.startswith("`"):
            return tok[1:-1]
        if re.fullmatch(r"-?\d+", tok):
            return int(tok)
        if re.fullmatch(r"-?\d+\.\d+", tok):
            return float(tok)
        if tok in ("true", "false"):
            return tok == "true"
        if tok == "nil":
            return None
        if tok == ".":
            return dot
        if tok.startswith("$"):
            name, *path = tok.split(".")
            base = vars.get(name, self.page if name == "$" else None)
            return self.field(base, [p for p in path if p])
        if tok.startswith("."):
            return self.field(dot, [p for p in tok.split(".") if p])
        return None

    def pipeline(self, expr: str, dot: Any, vars: dict[str, Any]) -> Any:
        toks = _tokens(expr)
        # declarations: $x := pipeline / $x = pipeline
        if len(toks) >= 2 and toks[0].startswith("$") and toks[1] in (":=", "="):
            val = self.pipeline(expr.split(toks[1], 1)[1], dot, vars)
            vars[toks[0]] = val
            return None
        cmds: list[list[str]] = [[]]
        depth = 0
        for tok in toks:
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth -= 1
            if tok == "|" and depth == 0:
                cmds.append([])
            else:
                cmds[-1].append(tok)
        result: Any = _NOARG
        for cmd in cmds:
            result = self.command(cmd, dot, vars, result)
        return None if result is _NOARG else result

    def args(self, toks: list[str], dot: Any, vars: dict[str, Any]) -> list[Any]:
        out = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            if tok == "(":
                depth, j = 1, i + 1
                while j < len(toks) and depth:
                    depth += {"(": 1, ")": -1}.get(toks[j], 0)
                    j += 1
                val = self.pipeline(" ".join(toks[i + 1 : j - 1]), dot, vars)
                # a field of a parenthesised value: (index . 0).Name
                out.append(val)
                i = j
                continue
            if tok.startswith(".") and out and toks[i - 1] == ")" and tok != ".":
                out[-1] = self.field(out[-1], [p for p in tok.split(".") if p])
                i += 1
                continue
            out.append(self.value(tok, dot, vars))
            i += 1
        return out

    def command(self, cmd: list[str], dot: Any, vars: dict[str, Any], piped: Any) -> Any:
        if not cmd:
            return piped
        head = cmd[0]
        if (
            head == "("
            or head.startswith((".", "$", '"', "`"))
            or re.fullmatch(r"-?\d+(\.\d+)?|true|false|nil", head)
        ):
            vals = self.args(cmd, dot, vars)
            if len(vals) >= 2 and callable(vals[0]):
                return vals[0](*vals[1:])
            val = vals[0] if vals else None
            if head.endswith(".Format") or head.endswith(".Date.Format"):
                pass
            # a method call on a time: .Date.Format "layout"
            fm = re.fullmatch(r"(.*)\.Format", head)
            if fm:
                base = self.value(fm.group(1) or ".", dot, vars)
                arg = self.args(cmd[1:], dot, vars) + ([] if piped is _NOARG else [piped])
                if isinstance(base, GoTime):
                    return base.format(str(arg[0]) if arg else "2006-01-02")
            # a scratch pad's methods (newScratch, .Scratch, .Store): $s.Add "meta" (slice …), $s.Get "meta"
            sm = re.fullmatch(r"(.*)\.(Add|Set|Get|SetInMap|Delete)", head)
            if sm:
                pad = self.value(sm.group(1), dot, vars)
                if isinstance(pad, Scratch):
                    arg = self.args(cmd[1:], dot, vars) + ([] if piped is _NOARG else [piped])
                    return pad.call(sm.group(2), arg)
            # page methods with an argument: .Param "key", .GetTerms "categories"
            mm = re.fullmatch(r"(.*)\.(Param|GetTerms|Scratch\.Get|Store\.Get|Get)", head)
            if mm:
                base = self.value(mm.group(1) or ".", dot, vars)
                arg = self.args(cmd[1:], dot, vars)
                key = str(arg[0]) if arg else ""
                if not isinstance(base, dict):
                    return None
                if mm.group(2) == "Param":
                    return (base.get("Params") or {}).get(key) or (
                        (base.get("Site") or {}).get("Params") or {}
                    ).get(key)
                if mm.group(2) == "GetTerms":
                    return (base.get("Terms") or {}).get(key) or []
                return None
            if piped is not _NOARG and len(vals) == 1 and callable(val):
                return val(piped)
            return val
        args = self.args(cmd[1:], dot, vars) + ([] if piped is _NOARG else [piped])
        return self.call(head, args, dot, vars)

    def call(self, name: str, a: list[Any], dot: Any, vars: dict[str, Any]) -> Any:
        def s(i: int) -> str:
            return (
                ""
                if len(a) <= i or a[i] is None
                else (a[i] if isinstance(a[i], str) else str(a[i]))
            )

        if name in ("T", "i18n", "lang.Translate"):
            text = self.i18n.get(s(0), "")
            if len(a) > 1 and isinstance(text, str):
                ctx = a[1]

                def arg(m: re.Match[str]) -> str:
                    val = ctx.get(m.group(1)) if isinstance(ctx, dict) and m.group(1) else ctx
                    return "" if val is None or isinstance(val, dict) else str(val)

                text = re.sub(r"\{\{\s*\.(\w+)?\s*\}\}", arg, text)
            return text
        if name in ("partial", "partialCached"):
            return self.partial(s(0), a[1] if len(a) > 1 else dot)
        if name == "template":
            return self.run(self.defines.get(s(0), []), a[1] if len(a) > 1 else dot, {})
        if name == "newScratch":
            return Scratch()
        if name == "site":
            return self.page.get("Site")
        if name == "hugo":
            return {"Generator": "", "Version": "0.120.0", "IsProduction": True}
        if name == "default":
            return a[1] if len(a) > 1 and _truthy(a[1]) else (a[0] if a else None)
        if name in ("and",):
            for v in a:
                if not _truthy(v):
                    return v
            return a[-1] if a else None
        if name == "or":
            for v in a:
                if _truthy(v):
                    return v
            return a[-1] if a else None
        if name == "not":
            return not _truthy(a[0] if a else None)
        if name in ("eq", "ne", "lt", "gt", "le", "ge"):
            x, y = (a + [None, None])[:2]
            try:
                return {"eq": x == y or (len(a) > 2 and x in a[1:]), "ne": x != y, "lt": x < y, "gt": x > y,
                        "le": x <= y, "ge": x >= y}[name]  # fmt: skip
            except TypeError:
                return False
        if name == "len":
            return len(a[0]) if a and hasattr(a[0], "__len__") else 0
        if name == "index":
            base = a[0] if a else None
            for k in a[1:]:
                if isinstance(base, (list, tuple)) and isinstance(k, int):
                    base = base[k] if k < len(base) else None
                elif isinstance(base, dict):
                    base = base.get(k)
                else:
                    base = None
            return base
        if name in ("isset",):
            return isinstance(a[0], dict) and a[1] in a[0] if len(a) > 1 else False
        if name in ("printf",):
            fmt = s(0)
            vals = iter(a[1:])

            def one(m: re.Match[str]) -> str:
                if m.group(0) == "%%":
                    return "%"
                val = next(vals, "")
                return "" if val is None else self.show(val) if not isinstance(val, str) else val

            return re.sub(r"%[-+ 0#]*\d*(?:\.\d+)?[svdqfT%]", one, fmt)
        if name in ("print", "println"):
            return "".join(str(x) for x in a if x is not None)
        if name in ("safeHTML", "safeURL", "safeHTMLAttr", "safeCSS", "safeJS", "htmlUnescape", "markdownify", "plainify",
                    "emojify", "string", "strings.TrimSpace", "trim", "chomp", "relURL", "absURL", "relLangURL",
                    "absLangURL", "urls.RelURL", "urls.AbsURL", "transform.Markdownify", "htmlEscape", "jsonify"):  # fmt: skip
            return a[-1] if a else ""
        if name in ("urlize", "anchorize", "lower", "strings.ToLower"):
            return (
                s(len(a) - 1).lower().replace(" ", "-")
                if name in ("urlize", "anchorize")
                else s(len(a) - 1).lower()
            )
        if name in ("upper", "strings.ToUpper"):
            return s(len(a) - 1).upper()
        if name in ("title", "humanize", "strings.Title"):
            return s(len(a) - 1)
        if name in ("dateFormat", "time.Format"):
            t = a[1] if len(a) > 1 else None
            return t.format(s(0)) if isinstance(t, GoTime) else ""
        if name in ("time", "time.AsTime"):
            return a[0] if isinstance(a[0], GoTime) else self.page.get("Date")
        if name == "now":
            return self.now
        if name in ("delimit",):
            seq = a[0] if a and isinstance(a[0], (list, tuple)) else []
            return s(1).join(str(x) for x in seq)
        if name in ("first",):
            return a[1][: a[0]] if len(a) > 1 and isinstance(a[1], list) else []
        if name == "append":
            base = a[-1] if a and isinstance(a[-1], list) else []
            return base + list(a[:-1])
        if name in ("slice",):
            return list(a)
        if name == "dict":
            return {a[i]: a[i + 1] for i in range(0, len(a) - 1, 2)}
        if name in ("add",):
            try:
                return a[0] + a[1]
            except (TypeError, IndexError):
                return None
        if name in ("sub", "mul", "div", "mod"):
            try:
                return {
                    "sub": a[0] - a[1],
                    "mul": a[0] * a[1],
                    "div": a[0] // a[1],
                    "mod": a[0] % a[1],
                }[name]
            except (TypeError, IndexError, ZeroDivisionError):
                return 0
        if name in ("cond",):
            return a[1] if _truthy(a[0]) else (a[2] if len(a) > 2 else None)
        if name in ("in",):
            return len(a) > 1 and a[1] is not None and a[0] is not None and a[1] in a[0]
        if name in ("replace", "strings.Replace"):
            return s(0).replace(s(1), s(2))
        if name in ("replaceRE",):
            return re.sub(s(0), s(1), s(2))
        if name in (
            "where",
            "after",
            "shuffle",
            "sort",
            "uniq",
            "complement",
            "union",
            "intersect",
        ):
            return []
        return None

    def partial(self, name: str, dot: Any) -> str:
        self.depth += 1
        try:
            if self.depth > 12:
                return ""
            text = self.files("partials/" + name) or self.files("_partials/" + name)
            if text is None and not name.endswith(".html"):
                text = self.files("partials/" + name + ".html") or self.files(
                    "_partials/" + name + ".html"
                )
            if text is None:
                return ""
            body, defines = parse(text)
            for k, v in defines.items():
                self.defines.setdefault(k, v)
            try:
                return self.run(body, dot, {"$": dot})
            except _Return as ret:
                return ret.value
            except Exception:  # noqa: BLE001 - a partial this reader cannot run is emptied
                return ""
        finally:
            self.depth -= 1

    # ------------------------------------------------------------ running
    def run(self, nodes: list[Any], dot: Any, vars: dict[str, Any]) -> str:
        out: list[str] = []
        for node in nodes:
            if isinstance(node, str):
                out.append(node)
            elif isinstance(node, tuple):
                if node[1].startswith("return"):
                    raise _Return(
                        self.pipeline(node[1][6:], dot, vars) if node[1][6:].strip() else None
                    )
                val = self.pipeline(node[1], dot, vars)
                if val is not None:
                    out.append(self.show(val))
            else:
                out.append(self.block(node, dot, vars))
        return "".join(out)

    def show(self, val: Any) -> str:
        if isinstance(val, bool):
            return "true" if val else "false"
        if isinstance(val, (list, dict)):
            return ""
        return str(val)

    def _cond(self, arg: str, dot: Any, vars: dict[str, Any]) -> Any:
        m = re.match(r"(\$\w+)\s*:?=\s*(.*)", arg, re.S)
        if m:
            val = self.pipeline(m.group(2), dot, vars)
            vars[m.group(1)] = val
            return val
        return self.pipeline(arg, dot, vars)

    def block(self, node: Node, dot: Any, vars: dict[str, Any]) -> str:
        inner = vars  # one scope: `$x = v` inside a block sets the outer $x, as Go's = does
        if node.kind in ("if", "with"):
            val = self._cond(node.arg, dot, inner)
            if _truthy(val):
                return self.run(node.body, val if node.kind == "with" else dot, inner)
            return self.run(node.orelse, dot, inner)
        if node.kind == "range":
            m = re.match(r"(?:(\$\w+)\s*(?:,\s*(\$\w+))?\s*:?=\s*)?(.*)", node.arg, re.S)
            seq = self.pipeline(m.group(3), dot, inner)
            items = (
                list(seq.items())
                if isinstance(seq, dict)
                else list(enumerate(seq))
                if isinstance(seq, (list, tuple))
                else []
            )
            if not items:
                return self.run(node.orelse, dot, inner)
            out = []
            for key, item in items:
                if m.group(2):
                    inner[m.group(1)], inner[m.group(2)] = key, item
                elif m.group(1):
                    inner[m.group(1)] = item
                out.append(self.run(node.body, item, inner))
            return "".join(out)
        if node.kind == "block":
            name = node.arg.split()[0].strip('"`')
            return self.run(self.defines.get(name, node.body), dot, inner)
        return ""


_NOARG = object()


class _Return(Exception):  # noqa: N818 - a partial's return, not an error
    def __init__(self, value: Any) -> None:
        self.value = value


def render_single(files: Callable[[str], str | None], single: str, i18n: dict[str, str], page: dict[str, Any],
                  now: GoTime) -> str:  # fmt: skip
    """A theme's single template inside its baseof (when it defines blocks)."""
    r = Renderer(files, i18n, page, now)
    body, defines = parse(single)
    r.defines.update(defines)
    if defines:
        base = files("_default/baseof.html") or files("baseof.html")
        if base:
            bbody, bdefs = parse(base)
            for k, v in bdefs.items():
                r.defines.setdefault(k, v)
            return r.run(bbody, page, {"$": page})
    return r.run(body, page, {"$": page})


def escape(s: str) -> str:
    return htmlmod.escape(s)
