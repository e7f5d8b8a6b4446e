"""Pager functions of CMS families, ported from their sources, printed into a list page in our own words."""

from __future__ import annotations

import math
import re
import subprocess
from urllib.parse import urljoin

import dede
import jinja2
import pboot
import phpcms
from common import SIDE, TITLES, Rendered, day, repo_dir, save

HOST = "https://www.pager.test"
TOTAL = 95
PER = 10
COUNT = math.ceil(TOTAL / PER)


def probe_page(pager: str, page: int, slug: str) -> tuple[str, list[str]]:
    """A column page of our own words holding ``pager``: its HTML and its rows' links."""
    rows, links = [], []
    for i in range(PER):
        y, mo, d = day(i, page)
        u = f"{HOST}/{slug}/{y}{mo:02d}/{page * 100 + i}.html"
        links.append(u)
        rows.append(
            f'<li><a href="{u}" title="{TITLES[(i + page) % 20]}">{TITLES[(i + page) % 20]}</a><span class="date">{y}-{mo:02d}-{d:02d}</span></li>'
        )
    side = "".join(f'<li><a href="{HOST}/hot/{k}.html">{SIDE[k]}</a></li>' for k in range(6))
    html = (
        f"<html><head><title>新闻动态</title></head><body><div class='nav'><a href='/'>首页</a><a href='/{slug}/'>新闻动态</a>"
        f"<a href='/tzgg/'>通知公告</a><a href='/about/'>学校概况</a></div><div class='main'><h2>新闻动态</h2>"
        f"<ul class='list'>{''.join(rows)}</ul><div class='pages'>{pager}</div></div>"
        f"<div class='side'><h3>热点新闻</h3><ul>{side}</ul></div><div class='foot'>版权所有</div></body></html>"
    )
    return html, links


# --- YzmCMS yzmphp/core/class/page.class.php getfull() (static rule: list_N.html, page 1 the column) ---
def yzm(page, count, base="/news/"):
    """YzmCMS page::getfull(): 首页 上一页 numbers 下一页 尾页, the last page's 下一页 linking itself."""

    def mk(p):
        return base if p == 1 else f"{base}list_{p}.html"

    s = f'<a href="{mk(1)}" class="homepage">首页</a>'
    s += (
        f'<a href="{mk(1)}" class="nopage">上一页</a>'
        if page <= 1
        else f'<a href="{mk(page - 1)}" class="prepage">上一页</a>'
    )
    if count <= 5:
        rng = range(1, count + 1)
    else:
        p = 5 if page <= 3 else (count if page + 2 >= count else page + 2)
        rng = range(p - 4, p + 1)
    for i in rng:
        s += f'<a href="{mk(i)}" class="listpage{" curpage" if i == page else ""}">{i}</a>'
    s += (
        f'<a href="{mk(page)}" class="nopage">下一页</a>'
        if page >= count
        else f'<a href="{mk(page + 1)}" class="nextpage">下一页</a>'
    )
    s += f'<a href="{mk(count)}" class="endpage">尾页</a>'
    s += '<span class="jumpbox">跳转到<input type="text" name="page" placeholder="页码" class="input-text jumppage" data-url="x">页</span>'
    return s, (HOST + mk(page + 1) if page < count else None), HOST + mk(page)


# --- think-orm src/paginator/driver/Bootstrap.php render() ---
def think(page, count, simple=False, path="/index/news/index.html"):
    """think-orm's Bootstrap paginator render(): « numbers » in ``ul.pagination`` (or the simple pager)."""

    def url(p):
        return f"{path}?page={p}"

    def dis(t):
        return f'<li class="disabled"><span>{t}</span></li>'

    def av(u, t):
        return f'<li><a href="{u.replace("&", "&amp;")}">{t}</a></li>'

    def act(t):
        return f'<li class="active"><span>{t}</span></li>'

    prev = dis("&laquo;") if page <= 1 else av(url(page - 1), "&laquo;")
    nxt = dis("&raquo;") if page >= count else av(url(page + 1), "&raquo;")
    if simple:
        return (
            f'<ul class="pager">{prev} {nxt}</ul>',
            (HOST + url(page + 1) if page < count else None),
            HOST + url(page),
        )

    def rng(a, b):
        return "".join(act(str(p)) if p == page else av(url(p), str(p)) for p in range(a, b + 1))

    dots = dis("...")
    side, window = 3, 6
    if count < window + 6:
        links = rng(1, count)
    elif page <= window:
        links = rng(1, window + 2) + dots + rng(count - 1, count)
    elif page > count - window:
        links = rng(1, 2) + dots + rng(count - (window + 2), count)
    else:
        links = rng(1, 2) + dots + rng(page - side, page + side) + dots + rng(count - 1, count)
    return (
        f'<ul class="pagination">{prev} {links} {nxt}</ul>',
        (HOST + url(page + 1) if page < count else None),
        HOST + url(page),
    )


# --- Laravel src/Illuminate/Pagination/resources/views/*.blade.php, rendered by translating Blade to Jinja ---
LANG = {
    "pagination.previous": "&laquo; 上一页",
    "pagination.next": "下一页 &raquo;",
    "Showing": "显示第",
    "to": "至",
    "of": "条，共",
    "results": "条",
    "Pagination Navigation": "分页导航",
    "Go to page :page": "跳转到第 :page 页",
}


def blade_to_jinja(src: str) -> str:
    """A Laravel pagination Blade view in Jinja2 syntax, its strings in zh-CN."""
    s = re.sub(r"\{\{--.*?--\}\}", "", src, flags=re.S)
    s = re.sub(r"@lang\('([^']*)'\)", lambda m: LANG.get(m.group(1), m.group(1)), s)
    s = re.sub(
        r"__\('([^']*)'(?:,\s*\['page' => \$page\])?\)",
        lambda m: (
            repr(LANG.get(m.group(1), m.group(1)))
            + (".replace(':page', page|string)" if ":page" in m.group(1) else "")
        ),
        s,
    )
    s = re.sub(r"\{!!\s*(.*?)\s*!!\}", r"{{ \1 }}", s)
    s = re.sub(r"@foreach\s*\(\$elements as \$element\)", "{% for element in elements %}", s)
    s = re.sub(
        r"@foreach\s*\(\$element as \$page => \$url\)", "{% for page, url in element.items() %}", s
    )
    s = s.replace("@endforeach", "{% endfor %}")
    s = re.sub(r"@if\s*\((.*)\)\s*$", lambda m: "{% if " + m.group(1) + " %}", s, flags=re.M)
    s = re.sub(r"@elseif\s*\((.*)\)\s*$", lambda m: "{% elif " + m.group(1) + " %}", s, flags=re.M)
    s = s.replace("@else", "{% else %}").replace("@endif", "{% endif %}")
    s = re.sub(r"is_string\(\$element\)", "element is string", s)
    s = re.sub(r"is_array\(\$element\)", "element is mapping", s)
    s = s.replace("$paginator->", "paginator.").replace("$", "")
    s = s.replace(" == ", " == ")
    return s


class Pag:
    """The paginator object Laravel's views call (hasPages, onFirstPage, nextPageUrl ...)."""

    def __init__(self, page, count, path):
        self.p, self.c, self.path = page, count, path

    def hasPages(self):
        return self.c > 1

    def onFirstPage(self):
        return self.p <= 1

    def onLastPage(self):
        return self.p >= self.c

    def hasMorePages(self):
        return self.p < self.c

    def currentPage(self):
        return self.p

    def previousPageUrl(self):
        return self.url(self.p - 1) if self.p > 1 else None

    def nextPageUrl(self):
        return self.url(self.p + 1) if self.p < self.c else None

    def url(self, p):
        return f"{HOST}{self.path}?page={p}"

    def firstItem(self):
        return (self.p - 1) * PER + 1

    def lastItem(self):
        return min(self.p * PER, TOTAL)

    def total(self):
        return TOTAL

    def count(self):
        return PER


def laravel_elements(pag):
    """Laravel's UrlWindow: the numbers the view prints, with its ``...`` gaps."""
    window = 3
    c, p = pag.c, pag.p
    if c < window * 2 + 8:
        return [{i: pag.url(i) for i in range(1, c + 1)}]
    if p <= window * 2:
        return [
            {i: pag.url(i) for i in range(1, window * 2 + 3)},
            "...",
            {i: pag.url(i) for i in (c - 1, c)},
        ]
    if p > c - window * 2:
        return [
            {1: pag.url(1), 2: pag.url(2)},
            "...",
            {i: pag.url(i) for i in range(c - (window * 2 + 2), c + 1)},
        ]
    return [
        {1: pag.url(1), 2: pag.url(2)},
        "...",
        {i: pag.url(i) for i in range(p - window, p + window + 1)},
        "...",
        {i: pag.url(i) for i in (c - 1, c)},
    ]


def laravel(view_src, page, count, path="/articles"):
    """A Laravel pagination view rendered for one page: HTML, next page, page address."""
    env = jinja2.Environment(autoescape=False)
    t = env.from_string(blade_to_jinja(view_src))
    pag = Pag(page, count, path)
    html = t.render(paginator=pag, elements=laravel_elements(pag))
    return html, (pag.url(page + 1) if page < count else None), pag.url(page)


# --- Z-Blog PHP zb_system/function/lib/pagebar.php Make() + a theme's pagebar.php ---
def zblog_buttons(
    page,
    count,
    barcount=10,
    rule=lambda p: f"/category-2_{p}.html" if p > 1 else "/category-2.html",
):
    """Z-Blog PHP Pagebar::Make(): the buttons ‹‹ ‹ numbers › ›› and their addresses."""
    b = {"‹‹": rule(1)}
    prev, nxt = max(1, page - 1), min(count, page + 1)
    if page != 1:
        b["‹"] = rule(prev)
    allp = count + 1
    middle = math.ceil(barcount / 2)
    start = page - middle + 1 if page > middle else 1
    if allp > barcount and allp - start < barcount:
        start = allp - barcount
    end = min(start + barcount, allp)
    for i in range(start, end):
        b[str(i)] = rule(i)
    if page != nxt:
        b["›"] = rule(nxt)
    b["››"] = rule(count)
    return b


def zblog(theme, page, count):
    """A Z-Blog theme's pagebar.php printing Pagebar's buttons."""
    b = zblog_buttons(page, count)
    out = ""
    for k, v in b.items():
        if theme == "default":
            out += (
                f'<span class="page now-page">{k}</span>'
                if k == str(page)
                else f'<a title="{k}" href="{v}"><span class="page">{k}</span></a>'
            )
        elif theme == "Zit":
            out += f'<b class="zit">{k}</b>' if k == str(page) else f'<a href="{v}">{k}</a>'
        elif theme == "tpure":
            if k == str(page):
                out += f'<span class="now-page">{k}</span>'
            elif k == str(page + 1):
                out += f'<span class="next-page"><a href="{v}">{k}</a></span>'
            else:
                out += f'<a href="{v}">{k}</a>'
    if theme == "Zit":
        out = f'<nav id="pagi">{out}</nav>'

    def rule(p):
        return f"/category-2_{p}.html" if p > 1 else "/category-2.html"

    return out, (HOST + rule(page + 1) if page < count else None), HOST + rule(page)


# --- Typecho var/Typecho/Widget/Helper/PageNavigator/Box.php, default theme pageNav('&laquo; 前一页', '后一页 &raquo;') ---
def typecho(page, count, split=3):
    """Typecho's PageNavigator Box render() with the default theme's words."""

    def t(p):
        return f"{HOST}/page/{p}/"

    s = '<ol class="page-navigator">'
    frm, to = max(1, page - split), min(count, page + split)
    if page > 1:
        s += f'<li class="prev"><a href="{t(page - 1)}">&laquo; 前一页</a></li>'
    if frm > 1:
        s += f'<li><a href="{t(1)}">1</a></li>'
        if frm > 2:
            s += "<li><span>...</span></li>"
    for i in range(frm, to + 1):
        s += (
            f'<li class="current"><a href="{t(i)}">{i}</a></li>'
            if i == page
            else f'<li><a href="{t(i)}">{i}</a></li>'
        )
    if to < count:
        if to < count - 1:
            s += "<li><span>...</span></li>"
        s += f'<li><a href="{t(count)}">{count}</a></li>'
    if page < count:
        s += f'<li class="next"><a href="{t(page + 1)}">后一页 &raquo;</a></li>'
    s += "</ol>"
    return s, (t(page + 1) if page < count else None), (t(page) if page > 1 else HOST + "/")


# --- WordPress paginate_links() (general-template.php) and the_posts_pagination() wrapper; zh_CN strings ---
def wp_links(
    page, count, kind="plain", prev_text="&laquo; 上一页", next_text="下一页 &raquo;", end=1, mid=2
):
    """WordPress paginate_links() (plain or list), optionally wrapped as the_posts_pagination()."""

    def u(p):
        return f"{HOST}/category/news/" if p == 1 else f"{HOST}/category/news/page/{p}/"

    links = []
    if page > 1:
        links.append(f'<a class="prev page-numbers" href="{u(page - 1)}">{prev_text}</a>')
    dots = False
    for n in range(1, count + 1):
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            dots = True
        elif n <= end or (page - mid <= n <= page + mid) or n > count - end:
            links.append(f'<a class="page-numbers" href="{u(n)}">{n}</a>')
            dots = True
        elif dots:
            links.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if page < count:
        links.append(f'<a class="next page-numbers" href="{u(page + 1)}">{next_text}</a>')
    if kind == "list":
        html = "<ul class='page-numbers'>\n\t<li>" + "</li>\n\t<li>".join(links) + "</li>\n</ul>\n"
    else:
        html = "\n".join(links)
    if kind == "posts_pagination":
        html = (
            '<nav class="navigation pagination" aria-label="文章分页"><h2 class="screen-reader-text">文章分页</h2>'
            f'<div class="nav-links">{html}</div></nav>'
        )
    return html, (u(page + 1) if page < count else None), u(page)


def wp_posts_navigation(page, count):
    """WordPress the_posts_navigation(): 较早文章 / 较新文章."""

    def u(p):
        return f"{HOST}/" if p == 1 else f"{HOST}/page/{p}/"

    inner = ""
    if page < count:
        inner += f'<div class="nav-previous"><a href="{u(page + 1)}">较早文章</a></div>'
    if page > 1:
        inner += f'<div class="nav-next"><a href="{u(page - 1)}">较新文章</a></div>'
    html = f'<nav class="navigation posts-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links">{inner}</div></nav>'
    return html, (u(page + 1) if page < count else None), u(page)


# --- WP-PageNavi includes/class-wp-pagenavi-core.php (style 1, zh_CN strings) ---
def pagenavi(page, count, num_pages=5):
    """WP-PageNavi's style-1 pager with its zh_CN strings."""

    def u(p):
        return f"{HOST}/" if p == 1 else f"{HOST}/page/{p}/"

    half = (num_pages - 1) // 2
    start = max(1, page - half)
    end = min(count, start + num_pages - 1)
    start = max(1, end - num_pages + 1)
    o = f"<span class='pages'>第 {page} 页，共 {count} 页</span>"
    if start >= 2 and num_pages < count:
        o += f"<a class='first' aria-label='First Page' href='{u(1)}'>&laquo; 首页</a>"
    if page > 1:
        o += f"<a class='previouspostslink' rel='prev' aria-label='Previous Page' href='{u(page - 1)}'>&laquo;</a>"
    if start >= 2 and num_pages < count:
        o += "<span class='extend'>...</span>"
    for i in range(start, end + 1):
        o += (
            f"<span aria-current='page' class='current'>{i}</span>"
            if i == page
            else f"<a class='page {'smaller' if i < page else 'larger'}' title='第 {i} 页' href='{u(i)}'>{i}</a>"
        )
    if end < count:
        o += "<span class='extend'>...</span>"
    if page < count:
        o += f"<a class='nextpostslink' rel='next' aria-label='Next Page' href='{u(page + 1)}'>&raquo;</a>"
    if end < count:
        o += f"<a class='last' aria-label='Last Page' href='{u(count)}'>尾页 &raquo;</a>"
    return (
        f"<div class='wp-pagenavi' role='navigation'>\n{o}\n</div>",
        (u(page + 1) if page < count else None),
        u(page),
    )


# --- Discuz! X source/class/helper/helper_page.php multi() (forum display, rewrite forum-2-N.html) ---
def discuz(page, count, per=20, pagelen=10):
    """Discuz! X multi() with the forum's rewrite rule (forum-2-N.html)."""

    def mp(p):
        return f"forum-2-{p}.html"

    count * per
    pagelen -= len(str(page)) - 1
    offset = pagelen // 2
    if pagelen > count:
        frm, to = 1, count
    else:
        frm = page - offset
        to = frm + pagelen - 1
        if frm < 1:
            to = page + 1 - frm
            frm = 1
            if to - frm < pagelen:
                to = pagelen
        elif to > count:
            frm, to = count - pagelen + 1, count
    m = ""
    if page - offset > 1 and count > pagelen:
        m += f'<a href="{mp(1)}" class="first">1 ...</a>'
    if page > 1:
        m += f'<a href="{mp(page - 1)}" class="prev">&nbsp;&nbsp;</a>'
    for i in range(frm, to + 1):
        m += f"<strong>{i}</strong>" if i == page else f'<a href="{mp(i)}">{i}</a>'
    if to < count:
        m += f'<a href="{mp(count)}" class="last">... {count}</a>'
    m += (
        f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{page}" '
        f"onkeydown=\"if(event.keyCode==13) {{window.location='forum.php?mod=forumdisplay&fid=2&amp;page='+this.value;; doane(event);}}\" />"
        f'<span title="共 {count} 页"> / {count} 页</span></label>'
    )
    if page < count:
        m += f'<a href="{mp(page + 1)}" class="nxt">下一页</a>'
    html = f'<div class="pg">{m}</div>'
    return html, (f"{HOST}/{mp(page + 1)}" if page < count else None), f"{HOST}/{mp(page)}"


# --- Hexo lib/plugins/helper/paginator.ts with a theme's options (NexT, Butterfly, Fluid, Icarus-like default) ---
def hexo(page, count, prev_text="Prev", next_text="Next", mid=2, end=1, fmt="page/%d/"):
    """Hexo's paginator() helper with a theme's options."""

    def link(i):
        return "/" if i == 1 else "/" + fmt.replace("%d", str(i))

    def tag(i):
        return (
            f'<span class="page-number current">{i}</span>'
            if i == page
            else f'<a class="page-number" href="{link(i)}">{i}</a>'
        )

    tags = []
    if page > 1:
        tags.append(f'<a class="extend prev" rel="prev" href="{link(page - 1)}">{prev_text}</a>')
    left_end = min(end, page - 1)
    right_end = max(count - end + 1, page + 1)
    left_mid = max(left_end + 1, page - mid)
    right_mid = min(right_end - 1, page + mid)
    for i in range(1, left_end + 1):
        tags.append(tag(i))
    if left_mid - left_end > 1:
        tags.append('<span class="space">&hellip;</span>')
    for i in range(left_mid, page):
        tags.append(tag(i))
    tags.append(tag(page))
    for i in range(page + 1, right_mid + 1):
        tags.append(tag(i))
    if right_end - right_mid > 1:
        tags.append('<span class="space">&hellip;</span>')
    for i in range(right_end, count + 1):
        tags.append(tag(i))
    if page < count:
        tags.append(f'<a class="extend next" rel="next" href="{link(page + 1)}">{next_text}</a>')
    return "".join(tags), (HOST + link(page + 1) if page < count else None), HOST + link(page)


# --- EmpireCMS e/class/t_functions.php sys_ShowListMorePage() ---
def empire(page, count, page_line=10):
    """EmpireCMS sys_ShowListMorePage(): Total record, 首页 上一页 numbers 下一页 尾页."""
    dolink = "/news/"

    def f(p):
        return f"{dolink}index.html" if p == 1 else f"{dolink}index_{p}.html"

    s = f'<a title="Total record">&nbsp;<b>{TOTAL}</b> </a>&nbsp;&nbsp;'
    if page != 1:
        s += f'<a href="{f(1)}">首页</a>&nbsp;<a href="{f(page - 1)}">上一页</a>'
    r = ""
    no = 0
    i = max(1, page - 2)
    while i <= count and no < page_line:
        no += 1
        r += "&nbsp;" + (f"<b>{i}</b>" if i == page else f'<a href="{f(i)}">{i}</a>')
        i += 1
    s += r
    if page != count:
        s += f'&nbsp;<a href="{f(page + 1)}">下一页</a>&nbsp;<a href="{f(count)}">尾页</a>'
    return s, (HOST + f(page + 1) if page < count else None), HOST + f(page)


# --- Hugo Stack layouts/_partials/pagination.html (svg icons, aria-label Next page) ---
def stack(page, count):
    """Hugo Stack's pagination partial: svg arrows labelled Previous page / Next page."""

    def u(p):
        return "/" if p == 1 else f"/page/{p}/"

    def svg(n):
        return f'<svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-{n}" width="24" height="24" viewBox="0 0 24 24"><path d="M9 6l6 6l-6 6"/></svg>'

    o = f'<nav class="pagination" role="navigation" aria-label="pagination" data-total="{count}" data-first-url="/" data-format-url="/page/2/">'
    o += (
        f'<a class="page-link " href="{u(page - 1)}" aria-label="Previous page">{svg("chevron-left")}</a>'
        if page > 1
        else f'<a class="page-link disabled"aria-disabled="true">{svg("chevron-left")}</a>'
    )
    start, end = 2, count - 1
    if count > 5:
        start = max(2, page - 1)
        end = start + 2
        if end > count - 1:
            end = count - 1
            start = end - 2
    o += (
        f'<a class="page-link {"current" if page == 1 else ""}" aria-label="Page 1"'
        + ('aria-current="page"' if page == 1 else f'href="{u(1)}"')
        + ">1</a>"
    )
    if start > 2:
        o += '<button type="button" class="page-link pagination-link pagination-jump-trigger" aria-label="Jump to page">…</button>'
    for n in range(start, end + 1):
        o += (
            f'<a class="page-link {"current" if n == page else ""}"'
            + ('aria-current="page"' if n == page else "")
            + f'href="{u(n)}" aria-label="Page {n}">{n}</a>'
        )
    if end < count - 1:
        o += '<button type="button" class="page-link pagination-link pagination-jump-trigger" aria-label="Jump to page">…</button>'
    o += (
        f'<a class="page-link {"current" if page == count else ""}"'
        + (f'href="{u(count)}"' if page != count else "")
        + f' aria-label="Page {count}"'
        + ('aria-current="page"' if page == count else "")
        + f">{count}</a>"
    )
    o += (
        f'<a class="page-link " href="{u(page + 1)}" aria-label="Next page">{svg("chevron-right")}</a>'
        if page < count
        else f'<a class="page-link disabled"aria-disabled="true">{svg("chevron-right")}</a>'
    )
    o += "</nav>"
    return o, (HOST + u(page + 1) if page < count else None), HOST + u(page)


def laravel_views():
    """Laravel's pagination views from its snapshot: ``(path, source, commit)``."""
    rd = repo_dir("laravel/framework")
    out = subprocess.run(
        [
            "git",
            "--git-dir",
            rd,
            "ls-tree",
            "-r",
            "--name-only",
            "HEAD",
            "src/Illuminate/Pagination/resources/views/",
        ],
        capture_output=True,
        text=True,
    ).stdout.split()
    commit = subprocess.run(
        ["git", "--git-dir", rd, "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    return [
        (
            p,
            subprocess.run(
                ["git", "--git-dir", rd, "show", f"HEAD:{p}"], capture_output=True, text=True
            ).stdout,
            commit,
        )
        for p in out
    ]


def main():
    """Every pager function at page 1, middle and last, each in a page of our own words."""
    rows = []
    pages = sorted({1, COUNT // 2, COUNT})

    def add(name, repo, path, fn, slug="news"):
        for p in pages:
            pager, nxt, url = fn(p)
            html, links = probe_page(pager, p, slug)
            rows.append(
                Rendered(
                    "pager:" + name,
                    repo,
                    "HEAD",
                    path,
                    p,
                    url,
                    html,
                    links,
                    urljoin(url, nxt) if nxt else None,
                )
            )

    def dede_fn(items, dm=False):
        def f(p):
            dede.TID = 5
            pl = dede.pagelist(p, COUNT, items, "5")
            url = f"{HOST}/a/xwzx/" + ("" if p == 1 else f"list_5_{p}.html")
            return (
                f"<ul class='pagelist'>{pl}</ul>",
                (f"list_5_{p + 1}.html" if p < COUNT else None),
                url,
            )

        return f

    add(
        "dede-ST-default",
        "dedecms/DedeCMS",
        "include/arc.listview.class.php#GetPageListST",
        dede_fn("info,index,end,pre,next,pageno"),
    )
    add(
        "dede-ST-option",
        "dedecms/DedeCMS",
        "include/arc.listview.class.php#GetPageListST",
        dede_fn("index,pre,pageno,next,end,option"),
    )
    add(
        "dede-ST-pageno",
        "dedecms/DedeCMS",
        "include/arc.listview.class.php#GetPageListST",
        dede_fn("pageno"),
    )

    def pb(p):
        pboot.TOTAL = TOTAL
        v = pboot.pagevals(p, COUNT)
        tpl = (
            f'<div class="pagination"><a class="page-item page-link" href="{v["index"]}">首页</a><a class="page-item page-link" href="{v["pre"]}">上一页</a>'
            f'{v["numbar"]}<a class="page-item page-link" href="{v["next"]}">下一页</a><a class="page-item page-link" href="{v["last"]}">尾页</a></div>'
        )
        return tpl, (pboot.build(p + 1) if p < COUNT else None), HOST + pboot.build(p)

    def pbbar(p):
        pboot.TOTAL = TOTAL
        v = pboot.pagevals(p, COUNT)
        return v["bar"], (pboot.build(p + 1) if p < COUNT else None), HOST + pboot.build(p)

    add(
        "pboot-template",
        "pbootcmspro/PbootCMS",
        "core/view/Paging.php+template/default/html/comm/page.html",
        pb,
    )
    add("pboot-pagebar", "pbootcmspro/PbootCMS", "core/view/Paging.php#pageBar", pbbar)

    def pc(p):
        return (
            phpcms.pages(TOTAL, p, PER),
            (phpcms.pageurl(p + 1) if p < COUNT else None),
            HOST + phpcms.pageurl(p),
        )

    add("phpcms-pages", "SeanZen/phpcms", "phpcms/libs/functions/global.func.php#pages", pc)
    add(
        "yzmcms",
        "yzmcms/yzmcms",
        "yzmphp/core/class/page.class.php#getfull",
        lambda p: yzm(p, COUNT),
    )
    add(
        "thinkphp-bootstrap",
        "top-think/think-orm",
        "src/paginator/driver/Bootstrap.php",
        lambda p: think(p, COUNT),
    )
    add(
        "thinkphp-simple",
        "top-think/think-orm",
        "src/paginator/driver/Bootstrap.php#simple",
        lambda p: think(p, COUNT, True),
    )
    for path, src, _commit in laravel_views():
        if "simple" in path:
            continue
        add(
            "laravel-" + path.rsplit("/", 1)[1].split(".")[0],
            "laravel/framework",
            path,
            lambda p, s=src: laravel(s, p, COUNT),
        )
    for th in ("default", "Zit", "tpure"):
        add(
            f"zblog-{th}",
            "zblogcn/zblogphp",
            "zb_system/function/lib/pagebar.php+" + th,
            lambda p, th=th: zblog(th, p, COUNT),
        )
    add(
        "typecho-box",
        "typecho/typecho",
        "var/Typecho/Widget/Helper/PageNavigator/Box.php",
        lambda p: typecho(p, COUNT),
    )
    add(
        "wp-paginate-plain",
        "WordPress/WordPress",
        "wp-includes/general-template.php#paginate_links",
        lambda p: wp_links(p, COUNT),
    )
    add(
        "wp-paginate-list",
        "WordPress/WordPress",
        "wp-includes/general-template.php#paginate_links(type=list)",
        lambda p: wp_links(p, COUNT, "list"),
    )
    add(
        "wp-posts-pagination",
        "WordPress/WordPress",
        "wp-includes/link-template.php#the_posts_pagination",
        lambda p: wp_links(p, COUNT, "posts_pagination"),
    )
    add(
        "wp-posts-navigation",
        "WordPress/WordPress",
        "wp-includes/link-template.php#the_posts_navigation",
        lambda p: wp_posts_navigation(p, COUNT),
    )
    add(
        "wp-pagenavi",
        "lesterchan/wp-pagenavi",
        "includes/class-wp-pagenavi-core.php",
        lambda p: pagenavi(p, COUNT),
    )
    add(
        "discuz-multi",
        "Discuz-X/DiscuzX",
        "source/class/helper/helper_page.php#multi",
        lambda p: discuz(p, COUNT),
    )
    add("hexo-default", "hexojs/hexo", "lib/plugins/helper/paginator.ts", lambda p: hexo(p, COUNT))
    add(
        "hexo-next",
        "theme-next/hexo-theme-next",
        "layout/_partials/pagination.swig",
        lambda p: hexo(
            p,
            COUNT,
            '<i class="fa fa-angle-left" aria-label="上一页"></i>',
            '<i class="fa fa-angle-right" aria-label="下一页"></i>',
            mid=1,
        ),
    )
    add(
        "hexo-butterfly",
        "jerryc127/hexo-theme-butterfly",
        "layout/includes/pagination.pug",
        lambda p: hexo(
            p,
            COUNT,
            '<i class="fas fa-chevron-left fa-fw"></i>',
            '<i class="fas fa-chevron-right fa-fw"></i>',
            mid=1,
            fmt="page/%d/#content-inner",
        ),
    )
    add(
        "hexo-fluid",
        "fluid-dev/hexo-theme-fluid",
        "layout/_partials/paginator.ejs",
        lambda p: hexo(
            p,
            COUNT,
            '<i class="iconfont icon-arrowleft"></i>',
            '<i class="iconfont icon-arrowright"></i>',
            fmt="page/%d/#board",
        ),
    )
    add(
        "empirecms",
        "voidfeng/EmpireCMS",
        "upload/e/class/t_functions.php#sys_ShowListMorePage",
        lambda p: empire(p, COUNT),
    )
    add(
        "hugo-stack",
        "CaiJimmy/hugo-theme-stack",
        "layouts/_partials/pagination.html",
        lambda p: stack(p, COUNT),
    )
    return rows


if __name__ == "__main__":
    rows = main()
    save(rows, "pagers")
    print(len(rows), "pages", len({r.family for r in rows}), "pager functions/variants")
