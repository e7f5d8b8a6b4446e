"""Blog and site-builder article templates for benchmarks/templates.py (tmpl129, issue 10).

Families: Hexo themes' post layouts (EJS / Pug, run by ``hexo_render.js`` under node with the registry
packages ejs, pug and js-yaml: ``NODE_PATH`` or ``.node/node_modules`` in the checkout, written by
``npm install --prefix .node ejs@3 pug@3 js-yaml@4 liquidjs@10``), Hugo themes'
``single.html`` (a small Go-template reader below), Jekyll ``_layouts/post.html`` (Liquid, read here),
emlog ``echo_log.php`` and WordPress themes with Chinese strings (PHP calls, as tmpl90's WordPress
renderer), Halo 2 ``templates/post.html`` (Thymeleaf attributes). Every renderer fills the same values as
templates.py's (the module ``t`` passed to ``renderers``); nothing of any template is kept.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NODE_PATHS = [os.environ.get("NODE_PATH", ""), str(HERE.parent.parent / ".node" / "node_modules")]


def _unpack(src: Any, folders: tuple[str, ...]) -> Path:
    """The snapshot's folders unpacked once into a cache folder (per repository and commit)."""
    repo = next((p.name for p in (src.git, *src.git.parents) if "+" in p.name), src.git.name)
    out = Path(tempfile.gettempdir()) / "tmpl129-themes" / f"{repo}-{src.commit[:12]}"
    if out.is_dir():
        return out
    have = [f for f in folders if any(p == f or p.startswith(f + "/") for p in src.files())]
    tmp = out.with_suffix(".part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    if have:
        raw = subprocess.run(["git", "--git-dir", str(src.git), "archive", src.commit, *have],
                             capture_output=True, check=True).stdout  # fmt: skip
        with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
            tar.extractall(tmp, filter="data")
    tmp.rename(out)
    return out


def run_node(script: Path, job: dict[str, Any], env: dict[str, str] | None = None) -> str:
    """Run a node renderer SCRIPT on JOB (written to a JSON file) and return the page it prints."""
    node_path = os.pathsep.join(p for p in NODE_PATHS if p)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(job, fh, ensure_ascii=False)
    try:
        run = subprocess.run(["node", str(script), fh.name], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "NODE_PATH": node_path, **(env or {})})  # fmt: skip
    finally:
        os.unlink(fh.name)
    if run.returncode != 0:
        errs = [ln for ln in run.stderr.splitlines() if "Error" in ln] or ["node failed"]
        raise RuntimeError(errs[0][:300])
    return run.stdout


def renderers(t: Any) -> dict[str, Callable[[str, Any, dict[str, str]], str]]:
    """The blog families' renderers, filling templates.py's values (module ``t``)."""

    def hexo(text: str, src: Any, v: dict[str, str]) -> str:
        """A Hexo theme's post layout run by hexo_render.js (EJS / Pug)."""
        folder = Path(src.path).parts[0] if "/" in src.path else ""
        root_prefix = str(Path(src.path).parent.parent) if src.path.count("/") >= 2 else ""
        # a theme kept in a blog's themes/NAME/ folder: its own folders
        base = root_prefix if root_prefix not in ("", ".") and folder != "layout" else ""
        names = ("layout", "languages", "scripts", "_config.yml", "source/_data")
        theme = _unpack(src, tuple(f"{base}/{n}" if base else n for n in names))
        theme_dir = theme / base if base else theme
        job = {
            "theme_dir": str(theme_dir), "layout": str(Path(src.path).relative_to(base)) if base else src.path,
            "values": {"author": "", "poster": v["poster"]}, "stamp": list(t.STAMP),
            "title": t.TITLE, "site": t.SITE, "column": t.COLUMN, "body": t.BODY,
        }  # fmt: skip
        return run_node(HERE / "hexo_render.js", job)

    def hugo_theme(text: str, src: Any, v: dict[str, str]) -> str:
        """A Hugo theme's single template run by gotmpl.py inside its baseof, over the theme's exampleSite params."""
        import gotmpl

        layouts = src.path.split("layouts/")[0] + "layouts/"
        root = layouts[: -len("layouts/")]

        def files(name: str) -> str | None:
            cands = [layouts + name]
            if name.startswith("_default/"):
                cands.append(layouts + name.split("/", 1)[1])
            for cand in cands:
                if cand in src.files():
                    return src.read(cand)
            return None

        params: dict[str, Any] = {}
        for cfg in ("exampleSite/hugo.toml", "exampleSite/config.toml", "exampleSite/hugo.yaml", "exampleSite/config.yaml",
                    "exampleSite/config/_default/params.toml", "exampleSite/config/_default/hugo.toml",
                    "config/_default/params.toml"):  # fmt: skip
            raw = src.read(root + cfg) if root + cfg in src.files() else None
            if raw:
                data = _load_config(raw, cfg)
                params = {
                    **(data if cfg.endswith("params.toml") else data.get("params", {})),
                    **params,
                }
        author = params.get("author")
        if isinstance(author, dict):
            params["author"] = {**author, "name": v["poster"]}
        elif author is not None:
            params["author"] = v["poster"]
        i18n: dict[str, str] = {}
        for name in ("zh-cn", "zh-CN", "zh-hans", "zh", "en"):
            for ext in ("toml", "yaml", "yml", "json"):
                path = f"{root}i18n/{name}.{ext}"
                if path in src.files():
                    i18n = _load_i18n(src.read(path) or "", ext)
                    break
            if i18n:
                break
        date = gotmpl.GoTime(t.STAMP)
        term = {"LinkTitle": t.COLUMN, "Title": t.COLUMN, "Name": t.COLUMN, "Permalink": "https://blog.example.cn/categories/yqdt/",
                "RelPermalink": "/categories/yqdt/"}  # fmt: skip
        site = {"Title": t.SITE, "Params": params, "Author": {"name": v["poster"]} if v["poster"] else {},
                "Language": {"Lang": "zh-cn", "LanguageName": "简体中文", "LanguageCode": "zh-CN"}, "LanguageCode": "zh-CN",
                "BaseURL": "https://blog.example.cn/", "Menus": {}, "Copyright": "", "Home": {"Permalink": "https://blog.example.cn/"},
                "Taxonomies": {}, "IsMultiLingual": False}  # fmt: skip
        page = {"Title": t.TITLE, "LinkTitle": t.TITLE, "Content": t.BODY, "Summary": "", "Description": "", "Date": date,
                "PublishDate": date, "Lastmod": date, "Params": {"categories": [t.COLUMN], "tags": [],
                "author": v["poster"] or None}, "Site": site, "Section": "posts", "Type": "posts", "Kind": "page",
                "IsPage": True, "IsHome": False, "IsSection": False, "WordCount": 600, "FuzzyWordCount": 600, "ReadingTime": 2,
                "Permalink": "https://blog.example.cn/posts/park-fair/", "RelPermalink": "/posts/park-fair/",
                "TableOfContents": "", "Language": site["Language"], "Terms": {"categories": [term]}, "Draft": False,
                "Pages": [], "Aliases": [], "Truncated": False, "Keywords": [], "Resources": {}, "Store": gotmpl.Scratch(), "Scratch": gotmpl.Scratch()}  # fmt: skip
        return gotmpl.render_single(files, text, i18n, page, date)

    # ------------------------------------------------------------ PHP themes (emlog, WordPress)
    def php_page(
        text: str,
        calls: dict[str, Callable[[str], str]],
        vars: dict[str, str],
        falsy: tuple[str, ...],
    ) -> str:
        """Conditionals (first branch, else where the condition tests an emptied slot), then each PHP block's output."""

        def truth(cond: str) -> bool:
            return not any(name in cond for name in falsy)

        for open_re, else_re, close_re in (
            (r"<\?php\s+if\s*\(((?:(?!\?>).)*?)\)\s*:\s*\?>", r"<\?php\s+else(?:if\s*\((?:(?!\?>).)*?\))?\s*:\s*\?>",
             r"<\?php\s+endif;?\s*\?>"),
            (r"<\?php\s+if\s*\(((?:(?!\?>).)*?)\)\s*\{\s*\?>",
             r"<\?php\s*\}\s*else(?:\s*if\s*\((?:(?!\?>).)*?\))?\s*\{\s*\?>", r"<\?php\s*\}\s*\?>"),
        ):  # fmt: skip
            text = t.keep_branches(text, open_re, else_re, close_re, truth)

        def term(code: str) -> str:
            code = code.strip()
            while (
                code.startswith("(")
                and code.endswith(")")
                and code.count("(") == code.count(")")
                and not re.match(r"\((?:[^()]*)\)\s*\S", code)
            ):
                code = code[1:-1].strip()
            m = re.fullmatch(r"['\"](.*)['\"]", code, re.S)
            if m:
                return m.group(1)
            m = re.fullmatch(r"(\$\w+)(?:\[['\"]?(\w+)['\"]?\])?(?:\[[^\]]*\])?", code)
            if m:
                return vars.get(
                    m.group(1) + (f"[{m.group(2)}]" if m.group(2) else ""), vars.get(m.group(1), "")
                )
            m = re.fullmatch(r"([\w:>$-]+)\s*\((.*)\)", code, re.S)
            if m and m.group(1) in calls:
                return calls[m.group(1)](m.group(2))
            return ""

        def expr(code: str) -> str:
            parts = re.split(
                r"\s+\.\s+|(?<=['\")\]])\s*\.\s*(?=['\"$\w])|(?<=\w)\s*\.\s*(?=['\"])", code
            )
            return "".join(term(p) for p in parts)

        def block(m: re.Match[str]) -> str:
            if m.group(1) == "=":
                return expr(m.group(2).rstrip("; \n"))
            out = []
            for stmt in re.split(r";\s*|[{}]", _php_ifs(m.group(2), truth)):
                stmt = stmt.strip()
                em = re.match(r"(?:echo|print)\s+(.*)", stmt, re.S)
                if em:
                    out.append(expr(em.group(1)))
                    continue
                cm = re.match(r"([\w:>$-]+)\s*\((.*)\)\s*$", stmt, re.S)
                if cm and cm.group(1) in calls:
                    out.append(calls[cm.group(1)](cm.group(2)))
            return "".join(out)

        text = re.sub(r"<\?(=|php)(.*?)\?>", block, text, flags=re.S)
        return t.strip_php(text)

    def lang_table(raw: str | None) -> dict[str, str]:
        return dict(re.findall(r"['\"](\w+)['\"]\s*=>\s*['\"]([^'\"]*)['\"]", raw or ""))

    def emlog(text: str, src: Any, v: dict[str, str]) -> str:
        """emlog echo_log.php: $log_title, date('…', $date), blog_author(), blog_sort(), _langTpl()."""
        folder = str(Path(src.path).parent)
        lang = lang_table(
            src.read(f"{folder}/languages/zh_CN/main.php")
            if f"{folder}/languages/zh_CN/main.php" in src.files()
            else None
        )
        sort_link = f'<a href="/sort/yqdt">{t.COLUMN}</a>'
        author_link = (
            f'<a href="/author/1">{v["poster"]}</a>' if v["poster"] else '<a href="/author/1"></a>'
        )
        date = lambda a: t.php_date(t._first_str(a, "Y-m-d"))  # noqa: E731
        calls = {
            "date": date, "gmdate": date, "blog_author": lambda a: author_link, "blog_sort": lambda a: sort_link,
            "_langTpl": lambda a: lang.get(t._first_str(a), ""), "_lang": lambda a: lang.get(t._first_str(a), ""),
            "neighbor_log": lambda a: f'<a href="/post/1">{t.PREV_TITLE}</a>', "htmlspecialchars": lambda a: "",
            "Option::get": lambda a: t.SITE if "blogname" in a else "",
        }  # fmt: skip
        vars = {"$log_title": t.TITLE, "$log_content": t.BODY, "$views": "128", "$comnum": "0", "$name": v["poster"],
                "$author_name": v["poster"], "$log_cache_sort": t.COLUMN, "$sortName": t.COLUMN, "$blogname": t.SITE,
                "$site_title": t.SITE, "$sortid": "2", "$logid": "1"}  # fmt: skip
        return php_page(text, calls, vars, ("$author", "$name") if not v["poster"] else ())

    def wordpress_cn(text: str, src: Any, v: dict[str, str]) -> str:
        """WordPress themes with Chinese strings: the core template tags, get_template_part(), and the theme's own
        meta helpers whose output is written here from their source (argon's get_article_meta, Puock's)."""
        date = lambda a: t.php_date(t._first_str(a, "Y-m-d"))  # noqa: E731
        cat = f'<a href="/category/yqdt/" rel="category tag">{t.COLUMN}</a>'
        user = v["poster"]

        def argon_meta(a: str) -> str:
            kind = t._first_str(a)
            if "metaList" in a:  # the theme's default list: time|views|comments|categories
                return " <div>|</div> ".join(
                    argon_meta(f"'{k}'") for k in ("time", "views", "comments", "categories")
                )
            return {
                "time": f'<div class="post-meta-detail"><i class="fa fa-clock-o"></i> <time>{t.php_date("Y-n-d G:i")}</time></div>',
                "views": '<div class="post-meta-detail"><i class="fa fa-eye"></i> 128</div>',
                "comments": '<div class="post-meta-detail"><i class="fa fa-comments-o"></i> 0</div>',
                "categories": f'<div class="post-meta-detail"><i class="fa fa-bookmark-o"></i> {cat}</div>',
                "author": f'<div class="post-meta-detail"><i class="fa fa-user-circle-o"></i> <a href="/author/1">{user}</a></div>',
            }.get(kind, "")  # fmt: skip

        calls: dict[str, Callable[[str], str]] = {
            "the_title": lambda a: t.TITLE, "get_the_title": lambda a: t.TITLE, "the_author": lambda a: user,
            "get_the_author": lambda a: user, "the_author_posts_link": lambda a: f'<a href="/author/1">{user}</a>',
            "the_author_meta": lambda a: user if "display_name" in a or "nickname" in a else "",
            "get_the_author_meta": lambda a: user if "display_name" in a or "nickname" in a else "",
            "the_time": date, "get_the_time": date, "the_date": date, "get_the_date": date, "the_modified_time": date,
            "get_the_modified_time": date, "the_category": lambda a: cat, "get_the_category_list": lambda a: cat,
            "the_content": lambda a: t.BODY, "bloginfo": lambda a: t.SITE if "name" in a else "",
            "get_bloginfo": lambda a: t.SITE if "name" in a else "", "_e": lambda a: t._first_str(a),
            "__": lambda a: t._first_str(a), "esc_html_e": lambda a: t._first_str(a), "esc_html__": lambda a: t._first_str(a),
            "_x": lambda a: t._first_str(a), "wp_title": lambda a: f"{t.TITLE} | ", "comments_number": lambda a: "0 条评论",
            "get_article_meta": argon_meta, "pk_get_post_date": lambda a: t.php_date("Y-m-d H:i"),
            "get_post_category_link_exec": lambda a: cat, "pk_get_post_views": lambda a: "128",
            "count_words": lambda a: "1200", "esc_html": lambda a: user if "author" in a else "",
            "single_post_title": lambda a: t.TITLE, "the_author_nickname": lambda a: user,
        }  # fmt: skip
        # a theme's own custom fields (tmpl166: rujuedesign's $x = get_post_meta($post->ID, '_…_author', true),
        # echoed when set, else the account's nickname): an author key holds the writer, a source key the
        # source, any other key nothing; a field left empty makes its if false
        fields: dict[str, str] = {}

        def meta_field(m: re.Match[str]) -> str:
            key = m.group(2).lower()
            fields[m.group(1)] = (
                v["author"] if "author" in key or "作者" in key
                else v["source"] if any(k in key for k in ("source", "来源", "copyfrom")) else ""
            )  # fmt: skip
            return ""

        text = re.sub(
            r"(\$\w+)\s*=\s*get_post_meta\(\s*[^,()]+,\s*['\"]([^'\"]+)['\"]\s*,\s*true\s*\)\s*;",
            meta_field,
            text,
        )
        for name, val in fields.items():
            text = re.sub(re.escape(name) + r"\b", f"'{val}'" if val else "$__unset__", text)
        folder = str(Path(src.path).parent)
        folder = "" if folder == "." else folder + "/"
        for _ in range(2):
            text = re.sub(
                r"<\?php\s+get_header\(\s*\)\s*;?\s*\?>",
                lambda m: src.read(folder + "header.php") or "",
                text,
            )
            # get_header(); closing a longer PHP block (rujuedesign's single.php): the block ends, the header follows
            text = re.sub(
                r"(?<=[;{}\n])\s*get_header\(\s*\)\s*;\s*\?>",
                lambda m: "?>" + (src.read(folder + "header.php") or ""),
                text,
            )
            text = re.sub(
                r"get_template_part\(\s*['\"]([\w/-]+)['\"]\s*(?:,\s*['\"]([\w-]+)['\"])?\s*\)\s*;?",
                lambda m: "?>" + (src.read(folder + m.group(1) + (f"-{m.group(2)}" if m.group(2) else "") + ".php") or "") + "<?php ",
                text,
            )  # fmt: skip
        # a reader is logged out, on page 1 of a post that needs no password and is not pinned
        guest = ("is_user_logged_in", "current_user_can", "post_password_required", "is_sticky", "is_home", "is_paged",
                 "is_meta_simple", "is_page(", "is_front_page", "has_post_thumbnail", "argon_has_post_thumbnail")  # fmt: skip
        return php_page(
            text,
            calls,
            {"$post_title": t.TITLE},
            guest + ("$__unset__",) + (("get_the_author", "$author") if not user else ()),
        )

    return {"hexo": hexo, "hugo-theme": hugo_theme, "emlog": emlog, "wordpress-cn": wordpress_cn}


def _balanced(code: str, start: int, open_ch: str, close_ch: str) -> int:
    """The index after the bracket closing the one at ``start`` (strings skipped), or -1."""
    depth, i, quote = 0, start, ""
    while i < len(code):
        ch = code[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _php_ifs(code: str, truth: Callable[[str], bool]) -> str:
    """A PHP block's if / else if / else with braces, resolved as the template conditionals are."""
    out, pos = [], 0
    for _ in range(200):
        m = re.compile(r"(?<![\w$])if\s*\(").search(code, pos)
        if not m:
            break
        cond_end = _balanced(code, m.end() - 1, "(", ")")
        bm = re.compile(r"\s*\{").match(code, cond_end) if cond_end > 0 else None
        if not bm:
            out.append(code[pos : m.end()])
            pos = m.end()
            continue
        out.append(code[pos : m.start()])
        branches: list[tuple[str, str]] = []
        cond = code[m.end() : cond_end - 1]
        body_end = _balanced(code, bm.end() - 1, "{", "}")
        if body_end < 0:
            out.append(code[m.start() :])
            pos = len(code)
            break
        branches.append((cond, code[bm.end() : body_end - 1]))
        pos = body_end
        while True:
            em = re.compile(r"\s*else\s*if\s*\(|\s*elseif\s*\(").match(code, pos)
            if em:
                c_end = _balanced(code, em.end() - 1, "(", ")")
                b2 = re.compile(r"\s*\{").match(code, c_end) if c_end > 0 else None
                e_end = _balanced(code, b2.end() - 1, "{", "}") if b2 else -1
                if e_end < 0:
                    break
                branches.append((code[em.end() : c_end - 1], code[b2.end() : e_end - 1]))
                pos = e_end
                continue
            em = re.compile(r"\s*else\s*\{").match(code, pos)
            if em:
                e_end = _balanced(code, em.end() - 1, "{", "}")
                if e_end > 0:
                    branches.append(("", code[em.end() : e_end - 1]))
                    pos = e_end
            break
        chosen = next((body for c, body in branches if c == "" or truth(c)), "")
        out.append(";" + _php_ifs(chosen, truth) + ";")
    out.append(code[pos:])
    return "".join(out)


BLOG_FAMILIES = ("hexo", "hugo-theme", "jekyll", "emlog", "wordpress-cn", "halo")

# LABELLING.md, session 21 (tmpl94): a person icon on the meta line labels the name after it as the author
_PERSON_ICON = re.compile(
    r"<(?:i|span|em|svg|use|img)\b[^>]*(?:class|src|href|xlink:href)=[\"'][^\"']*?(?<![a-z])"
    r"(?:user(?:-circle|-o|-circle-o|name)?|author|person|zuozhe|yonghu)(?![a-z-]*(?:s\b|plus|add|lock|edit|group|friends))"
    r"[^\"']*[\"'][^>]*>(?:\s*</(?:i|span|em|svg|use)>)*\s*(?:<(?:a|span|em|strong)\b[^>]*>\s*)*"
)


def person_icon_before(html: str, value: str) -> bool:
    """The value stands right after a person icon (its markup), as LABELLING.md's icon rule reads it."""
    return bool(re.search(_PERSON_ICON.pattern + re.escape(value), html))


# LABELLING.md, session 28 (tmpl129): the copyright box's ``本站原创文章，由 NAME 于 DATE 发表`` (WordPress Puock)
# and ``本文由 NAME 发布于`` name the writer, as NexT's 本文作者 does
_POSTER_SENTENCE_BEFORE = ("原创文章，由", "原创文章,由", "本文由")


def box_poster_before(befores: list[str]) -> bool:
    """The value follows a copyright box's ``…原创文章，由`` / ``本文由`` (its posting sentence)."""
    return any(b.endswith(_POSTER_SENTENCE_BEFORE) for b in befores)


def level_badge_after(html: str, value: str) -> bool:
    """The value is a poster box's name with a member level badge after it (Hexo Keep's ``NAME Lv1``
    beside the avatar): LABELLING.md, session 28 (tmpl129), the author."""
    return bool(re.search(re.escape(value) + r"\s*</[a-z]+>\s*<[a-z]+\b[^>]*>\s*Lv\.?\s?\d", html))


def name_under_headline(html: str, title: str, value: str) -> bool:
    """The value alone on its line right under the headline inside the headline's box (``标题<br>NAME``,
    EmpireCMS's poster account): LABELLING.md, session 28 (tmpl130), the byline."""
    return bool(
        re.search(
            re.escape(title) + r"\s*<br\s*/?>\s*" + re.escape(value) + r"\s*(?:<br\s*/?>|</)", html
        )
    )


def profile_card(html: str, value: str) -> bool:
    """The value is the name on the owner's profile card, right after the avatar (Hexo Pure's
    sidebar: ``<a><img></a><h2>NAME</h2>`` over a motto): LABELLING.md, session 28 (tmpl129),
    the writer of a post no byline credits."""
    return bool(
        re.search(
            r"<img\b[^>]*>\s*(?:</a>\s*)?<(h[1-6]|p|div|span)\b[^>]*>\s*"
            + re.escape(value)
            + r"\s*</\1>",
            html,
        )
    )


_BREADCRUMB_BOX = re.compile(
    r"<(\w+)\b[^>]*(?:class|id)=[\"'][^\"']*breadcrumb[^\"']*[\"'][^>]*>(.*?)</\1>", re.S | re.I
)


def settle(family: str, exp: dict[str, Any], html: str, column: str) -> dict[str, Any]:
    """A blog post's category link with no trail is no category (LABELLING.md: the eighth round, labelcheck17;
    a theme's category links in the meta line are the post's category list): scored as null, not undecided.
    A trail a theme marks as one (an element whose class or id is ``breadcrumb``, its separators drawn by
    CSS) whose last item is the column gives the column, as a trail does."""
    if family not in BLOG_FAMILIES or "category:column-without-trail" not in exp.get(
        "undecided", []
    ):
        return exp
    exp["undecided"] = [u for u in exp["undecided"] if u != "category:column-without-trail"]
    exp["category"] = None
    for m in _BREADCRUMB_BOX.finditer(html):
        items = [x.strip() for x in re.sub(r"<[^>]+>", "\n", m.group(2)).split("\n") if x.strip()]
        if len(items) >= 2 and items[-1] == column:
            exp["category"] = column
    return exp


def _load_config(raw: str, name: str) -> dict[str, Any]:
    import tomllib

    import yaml

    try:
        return tomllib.loads(raw) if name.endswith(".toml") else (yaml.safe_load(raw) or {})
    except Exception:  # noqa: BLE001 - an exampleSite config this reader cannot parse sets nothing
        return {}


def _load_i18n(raw: str, ext: str) -> dict[str, str]:
    data: Any = _load_config(raw, "x." + ("toml" if ext == "toml" else "yaml"))
    out: dict[str, str] = {}
    if isinstance(data, list):  # - id: key / translation: text
        for item in data:
            if isinstance(item, dict) and "id" in item:
                tr = item.get("translation")
                out[item["id"]] = tr.get("other", "") if isinstance(tr, dict) else str(tr or "")
    elif isinstance(data, dict):
        for key, val in data.items():
            out[key] = val.get("other", val.get("one", "")) if isinstance(val, dict) else str(val)
    return out
