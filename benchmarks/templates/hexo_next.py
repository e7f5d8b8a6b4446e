"""Hexo NexT: layout/index.swig rendered with Jinja2 (Nunjucks-compatible subset) over the theme's own
files; paginator() = lib/plugins/helper/paginator.ts port (pagers.hexo) with NexT's options."""

from __future__ import annotations

import re
import subprocess

import jinja2
from common import TITLES, day, git_show, head, page_rows, repo_dir, run_alone
from pagers import hexo

REPO = repo_dir("theme-next/hexo-theme-next")
HOST = "https://blog.next.test"
COUNT = 5


class Loader(jinja2.BaseLoader):
    """Reads the theme's layout files from its snapshot, in the Nunjucks spellings Jinja2 reads."""

    def get_source(self, env, name):
        src = git_show(REPO, "layout/" + name)
        if not src:
            # an include relative to the including file (Nunjucks resolves these by folder)
            hits = [p for p in ALL if p.endswith("/" + name)]
            src = git_show(REPO, hits[0]) if hits else ""
        if not src:
            return "", name, lambda: True
        # Nunjucks spellings Jinja2 reads otherwise
        src = src.replace(".toArray()", "").replace("!==", "!=").replace("===", "==")
        # Nunjucks object literals name their keys bare ({post: post}); Jinja reads the names as values
        src = re.sub(
            r"((?:partial|next_url)\([^{)]*)\{([^}]*)\}",
            lambda m: m.group(1) + "{" + re.sub(r"(^|,)\s*(\w+)\s*:", r"\1'\2':", m.group(2)) + "}",
            src,
        )
        src = re.sub(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", "", src, flags=re.S)
        return src, name, lambda: True


ALL = subprocess.run(
    ["git", "--git-dir", REPO, "ls-tree", "-r", "--name-only", "HEAD", "layout"],
    capture_output=True,
    text=True,
).stdout.split()


class Empty(dict):
    """A theme setting the config leaves out: falsy, empty, joins strings as nothing."""

    def __getattr__(self, k):
        if k in self:
            return self[k]
        return Empty()

    def __getitem__(self, k):
        return dict.get(self, k, Empty())

    def __str__(self):
        return ""

    def __add__(self, o):
        return o

    def __radd__(self, o):
        return o

    def __bool__(self):
        return bool(len(self))

    def __call__(self, *a, **k):
        return Empty()

    def __gt__(self, o):
        return False

    def __lt__(self, o):
        return False

    __ge__ = __le__ = __lt__

    def __eq__(self, o):
        return (not o) if not isinstance(o, dict) else dict.__eq__(self, o)

    __hash__ = None


class Posts(list):
    """Hexo's post collection: a list the theme calls ``toArray()`` on."""

    def toArray(self):  # noqa: N802 - the theme calls Hexo's name
        return self


class Any(jinja2.ChainableUndefined):
    """A value the renderer does not supply: empty, callable, chainable."""

    def __call__(self, *a, **k):
        return self


def post(i, page):
    """One post of the blog (our own titles)."""
    n = (page - 1) * 10 + i
    y, mo, d = day(i, page)
    path = f"{y}/{mo:02d}/{d:02d}/post-{n}/"
    return Empty(
        {
            "title": TITLES[(i + page) % 20],
            "path": path,
            "permalink": f"{HOST}/{path}",
            "date": f"{y}-{mo:02d}-{d:02d}",
            "excerpt": f"<p>{TITLES[(i + page) % 20]}。这是摘要。</p>",
            "content": "<p>正文</p>",
            "more": "",
            "categories": Posts([Empty({"name": "笔记", "path": "categories/notes/"})]),
            "tags": Posts([]),
        }
    )


def render(page):
    """NexT's index layout for one page: HTML and the posts' links."""
    env = jinja2.Environment(
        loader=Loader(), undefined=Any, extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"]
    )

    def url_for(p="", *a, **k):
        p = str(p or "")
        return p if p.startswith("http") else "/" + p.lstrip("/")

    def partial(name, ctx=None, *a, **k):
        t = env.get_template(name if name.endswith(".swig") else name + ".swig")
        return (
            jinja2.Markup(t.render({**base, **(ctx or {})}))
            if hasattr(jinja2, "Markup")
            else t.render({**base, **(ctx or {})})
        )

    def next_url(path, text, options=None):
        """scripts/helpers/next-url.js for a site path: an a tag, href url_for(path), the options as attributes."""
        attrs = {"href": url_for(path), **(options or {})}
        return "<a " + " ".join(f'{k}="{v}"' for k, v in attrs.items()) + f">{text}</a>"

    def paginator(opts=None, **k):
        o = {**(opts or {}), **k}
        html, _, _ = hexo(
            page,
            COUNT,
            o.get("prev_text", "Prev"),
            o.get("next_text", "Next"),
            mid=o.get("mid_size", 2),
        )
        return html.replace(HOST, "")

    posts = Posts(post(i, page) for i in range(10 if page < COUNT else 4))
    base = {
        "page": Empty(
            {
                "posts": posts,
                "current": page,
                "total": COUNT,
                "prev": page - 1 if page > 1 else 0,
                "next": page + 1 if page < COUNT else 0,
                "prev_link": "",
                "next_link": f"page/{page + 1}/",
            }
        ),
        "config": Empty(
            {"title": "某人的博客", "url": HOST, "root": "/", "pagination_dir": "page"}
        ),
        "theme": Empty(
            {
                "menu": [
                    ("home", "/ || fa fa-home"),
                    ("archives", "/archives/ || fa fa-archive"),
                    ("categories", "/categories/ || fa fa-th"),
                ],
                "scheme": "Muse",
            }
        ),
        "url_for": url_for,
        "partial": partial,
        "next_url": next_url,
        "paginator": paginator,
        "__": lambda k, *a: str(k).split(".")[-1],
        "_p": lambda k, *a: str(k).split(".")[-1],
        "date": lambda d=None, *a: str(d)[:10] if d else "",
        "date_xml": lambda d=None: str(d),
        "time": lambda d=None, *a: str(d),
        "full_date": lambda d=None, *a: str(d),
        "is_home": lambda: page == 1,
        "is_post": lambda: False,
        "is_page": lambda: False,
        "is_archive": lambda: False,
        "is_category": lambda: False,
        "is_tag": lambda: False,
        "strip_html": lambda s="": re.sub(r"<[^>]+>", "", str(s)),
        "truncate": lambda s="", *a, **k: str(s),
        "next_data": lambda *a, **k: "",
        "next_inject": lambda *a, **k: "",
        "next_js": lambda *a, **k: "",
        "next_vendors": lambda *a, **k: "",
        "css": lambda *a, **k: "",
        "js": lambda *a, **k: "",
        "image_tag": lambda *a, **k: "",
        "link_to": lambda *a, **k: "",
        "list_categories": lambda *a, **k: "",
        "list_tags": lambda *a, **k: "",
        "open_graph": lambda *a, **k: "",
        "feed_tag": lambda *a, **k: "",
        "post_edit": lambda *a, **k: "",
        "post_nav": lambda *a, **k: "",
        "favicon_tag": lambda *a, **k: "",
        "number_format": lambda n, *a: str(n),
        "word_count": lambda *a: "1k",
        "min2read": lambda *a: "1",
        "site": Empty(
            {
                "posts": Empty({"length": 40}),
                "categories": Empty({"length": 2}),
                "tags": Empty({"length": 3}),
            }
        ),
        "moment": lambda *a, **k: type(
            "M", (), {"format": lambda self, *x: "2024-12-01T10:00:00+08:00"}
        )(),
        "title": "",
        "subtitle": "",
        "author": "张明",
        "language": "zh-CN",
    }
    env.globals.update(base)
    env.filters.update(
        {
            "safe": lambda s: s,
            "json": lambda s: "{}",
            "default": lambda v, d="": v or d,
            "replace": lambda s, a, b="": str(s).replace(a, b),
            "lower": lambda s: str(s).lower(),
            "trim": lambda s: str(s).strip(),
            "striptags": lambda s: re.sub(r"<[^>]+>", "", str(s)),
            "symbols_count": lambda *a: "1k",
            "symbols_time": lambda *a: "1",
            "attr": lambda *a, **k: "",
        }
    )
    html = env.get_template("index.swig").render(base)
    links = [f"{HOST}/{p['path']}" for p in posts]
    return html, links


def main():
    """The blog's page 1, middle and last page."""
    return page_rows(
        ("hexo-next", "theme-next/hexo-theme-next", head(REPO), "layout/index.swig"),
        (1, 3, COUNT),
        COUNT,
        render,
        lambda page: HOST + "/" if page == 1 else f"{HOST}/page/{page}/",
    )


if __name__ == "__main__":
    run_alone("hexonext", main())
