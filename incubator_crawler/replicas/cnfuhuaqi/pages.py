"""HTML rendering of the cnfuhuaqi replica with plain string templates."""

from __future__ import annotations

from html import escape

from ..base import Article
from .catalog import (
    CHANNELS,
    SITE_NAME,
    STYLES,
    channel,
    channel_articles,
    listing_page_url,
    listing_pages,
    valid_articles,
)

VIEWSTATE = "/wEPDwUKLTM2NzE4NzIwNWRkGh0Xb3x1aQ9cK5fQz8mW3v2bH0E="
DELETED_TEXT = "该文章不存在或已被删除！"

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{title}</title>
<meta name="keywords" content="孵化器,众创空间,科技园区,创业,高新区" />
<meta name="description" content="中国孵化器网，关注科技企业孵化器、众创空间与高新区发展。" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
{header}
<div class="main" id="ctl00_divMain">
{content}
</div>
{footer}
</form>
</body>
</html>
"""

HEADER = """<div class="top" id="ctl00_Top1_divTop">
<div class="top_left">您好，欢迎来到中国孵化器！ <a href="/member/login.aspx">登录</a> <a href="/member/reg.aspx">注册</a> <a href="javascript:void(0);" class="weixin">+我们微信</a></div>
<div class="top_right"><a href="/">返回首页</a> | <a href="javascript:AddFavorite();">加入收藏</a> | <a href="javascript:SetHome(this);">设为首页</a></div>
</div>
<div class="logo"><a href="/"><img src="/images/logo.gif" alt="中国孵化器网" /></a></div>
<div class="nav" id="ctl00_Top1_divNav">
<ul class="menu">
<li class="drop"><a href="/news/">新闻</a>
<ul class="sub">
{items}
</ul>
</li>
</ul>
</div>"""

FOOTER = """<div class="footer" id="ctl00_Foot1_divFoot">
<p><a href="/about.aspx">关于我们</a> | <a href="/contact.aspx">联系我们</a> | <a href="/ad.aspx">广告服务</a> | <a href="/sitemap.aspx">网站地图</a></p>
<p>版权所有：中国孵化器网 Copyright &copy; 2015-2024 www.cnfuhuaqi.com All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12345678号-1</a></p>
</div>"""

NOT_FOUND = """<!DOCTYPE html>
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>404 - 找不到文件或目录。</title></head>
<body>
<h2>404 - 找不到文件或目录。</h2>
<p>您要查找的资源可能已被删除、已更改名称或者暂时不可用。</p>
<p><a href="/">返回首页</a></p>
</body>
</html>
"""

MOVED = (
    "<html><head><title>Object moved</title></head><body>"
    '<h2>Object moved to <a href="{location}">here</a>.</h2></body></html>'
)

ROBOTS = "User-agent: *\nDisallow: /member/\nDisallow: /search.aspx\n"


def _e(text: str) -> str:
    """Escape text for HTML element content and attributes."""
    return escape(text, quote=True)


def _charset(encoding: str) -> str:
    """Return the charset name the page declares for an encoding."""
    return "gb2312" if encoding == "gbk" else "utf-8"


def header() -> str:
    """Render the top bar and the navigation (新闻 appears as head and as item)."""
    items = "\n".join(f'<li><a href="/{c["slug"]}/">{c["name"]}</a></li>' for c in CHANNELS)
    return HEADER.format(items=items)


def wrap(title: str, content: str, encoding: str = "utf-8", action: str = "./") -> str:
    """Wrap page content in the site chrome."""
    return PAGE.format(
        charset=_charset(encoding),
        title=_e(title),
        action=_e(action),
        viewstate=VIEWSTATE,
        header=header(),
        content=content,
        footer=FOOTER,
    )


def _picture_sidebar(current: int) -> str:
    """Render the 图片新闻推荐 sidebar: 5 picture articles, titles cut to 8 chars."""
    picks = [a for a in reversed(valid_articles()) if a.images and a.id != current][:5]
    rows = []
    for a in picks:
        excerpt = a.paragraphs[0][:24]
        rows.append(
            f'<li><a href="{a.path}" target="_blank"><img src="{a.images[0][1]}" alt="{_e(a.title)}" /></a>'
            f'<h4><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(a.title[:8])}</a></h4>'
            f'<p>{_e(excerpt)}...<a href="{a.path}" target="_blank">[详情]</a></p></li>'
        )
    return (
        '<div class="right" id="ctl00_ContentPlaceHolder1_divRight">\n'
        '<div class="pic_news"><h3>图片新闻推荐</h3>\n<ul>\n'
        + "\n".join(rows)
        + "\n</ul>\n</div>\n</div>"
    )


def _breadcrumb(a: Article) -> str:
    """Render the 当前位置 line ending with 正文."""
    ch = channel(a.channel)
    parts = [f'<a href="/">{SITE_NAME}</a>', f'<a href="/{a.channel}/">{ch["title"]}</a>']
    sub = a.category.split(" > ")[-1]
    if sub != ch["title"]:
        parts.append(f"<span>{_e(sub)}</span>")
    return (
        '<div class="position" id="ctl00_ContentPlaceHolder1_divPosition">当前位置：'
        + " &gt; ".join(parts)
        + " &gt;  正文</div>"
    )


def _html_title(a: Article) -> str:
    """Return the <title> text: `{title}-中国孵化器网` or `{title}_{channel}_中国孵化器网`."""
    if a.channel == "news":
        return f"{a.title}-{SITE_NAME}"
    return f"{a.title}_{channel(a.channel)['name']}_{SITE_NAME}"


def _neighbours(a: Article) -> str:
    """Render 上一篇 / 下一篇 links to valid articles of the same channel."""
    same = [x for x in channel_articles(a.channel) if not x.broken and not x.missing]
    ids = [x.id for x in same]
    i = ids.index(a.id)
    newer = same[i - 1] if i > 0 else None
    older = same[i + 1] if i + 1 < len(same) else None

    def link(x: Article | None) -> str:
        return f'<a href="{x.path}">{_e(x.title)}</a>' if x else "没有了"

    return (
        f'<div class="prevnext"><p>上一篇：{link(older)}</p><p>下一篇：{link(newer)}</p></div>\n'
        '<div class="tools">【<a href="javascript:window.print();">打印本页</a>】'
        '【<a href="javascript:window.close();">关闭窗口</a>】</div>'
    )


def body_paragraphs(paragraphs, images, indent: str, blank_after: int | None = None) -> list[str]:
    """Render body paragraphs as <p> lines, each followed by its (index, src, caption) images."""
    out = []
    for idx, text in enumerate(paragraphs):
        out.append(f"<p>{indent}{_e(text)}</p>")
        for at, src, caption in images:
            if at != idx:
                continue
            out.append(f'<p style="text-align: center;"><img src="{src}" alt="" border="0" /></p>')
            if caption:
                out.append(f'<p style="text-align: center;">{_e(caption)}</p>')
        # Some editors leave an empty paragraph in the body: extractors must not keep it.
        if blank_after == idx:
            out.append("<p>&nbsp;</p>")
    return out


def article_page(a: Article) -> str:
    """Render a full article page."""
    style = STYLES[a.channel]
    meta = style["sep"].join(f"{label}：{_e(value)}" for label, value in a.extra["meta_fields"])
    paras = body_paragraphs(a.paragraphs, a.images, style["indent"], a.extra["blank_after"])
    if a.extra["tail_editor"]:
        paras.append(f'<p style="text-align: right;">【编辑：{_e(a.extra["tail_editor"])}】</p>')
    content = (
        '<div class="left" id="ctl00_ContentPlaceHolder1_divLeft">\n'
        + _breadcrumb(a)
        + '\n<div class="article">\n'
        + f'<h1 id="ctl00_ContentPlaceHolder1_lblTitle">{_e(a.extra["heading"])}</h1>\n'
        + f'<div class="info" id="ctl00_ContentPlaceHolder1_lblInfo">{meta}</div>\n'
        + f'<div class="summary" id="ctl00_ContentPlaceHolder1_lblSummary">{_e(a.extra["lede"])}</div>\n'
        + '<div class="content" id="ctl00_ContentPlaceHolder1_lblContent">\n'
        + "\n".join(paras)
        + "\n</div>\n</div>\n"
        + _neighbours(a)
        + "\n</div>\n"
        + _picture_sidebar(a.id)
    )
    return wrap(_html_title(a), content, a.encoding, f"{a.id}.aspx")


def broken_page(a: Article) -> str:
    """Render the deleted-article page: chrome only, no title or meta."""
    ch = channel(a.channel)
    content = (
        '<div class="left" id="ctl00_ContentPlaceHolder1_divLeft">\n'
        f'<div class="position" id="ctl00_ContentPlaceHolder1_divPosition">当前位置：<a href="/">{SITE_NAME}</a>'
        f' &gt; <a href="/{a.channel}/">{ch["title"]}</a> &gt;  正文</div>\n'
        '<div class="article">\n'
        f'<div class="content" id="ctl00_ContentPlaceHolder1_lblContent"><p>{DELETED_TEXT}</p></div>\n'
        "</div>\n</div>\n" + _picture_sidebar(a.id)
    )
    return wrap(SITE_NAME, content, a.encoding, f"{a.id}.aspx")


def _cut(title: str, limit: int = 20) -> str:
    """Cut a long title for a listing anchor, ending with '...'."""
    return title if len(title) <= limit else title[: limit - 2] + "..."


def aspnet_pager(
    page: int, total_pages: int, count: int, url_for, window: int | None = None
) -> str:
    """Render the ASP.NET-style pager (首页 上一页 numbers 下一页 尾页); url_for(n) is page n's URL."""

    def link(label: str, target: int, enabled: bool) -> str:
        if not enabled:
            return f'<span class="disabled">{label}</span>'
        return f'<a href="{url_for(target)}">{label}</a>'

    # The replica lists every page number; a large site shows a window of them around the current page.
    first, last = 1, total_pages
    if window is not None:
        first = max(1, min(page - window // 2, total_pages - window))
        last = min(total_pages, first + window)
    nums = [
        f'<span class="current">{n}</span>' if n == page else link(str(n), n, True)
        for n in range(first, last + 1)
    ]
    return (
        '<div class="pager" id="ctl00_ContentPlaceHolder1_AspNetPager1">'
        f"共 {count} 条记录 页次 {page}/{total_pages} "
        + link("首页", 1, page > 1)
        + " "
        + link("上一页", page - 1, page > 1)
        + " "
        + " ".join(nums)
        + " "
        + link("下一页", page + 1, page < total_pages)
        + " "
        + link("尾页", total_pages, page < total_pages)
        + "</div>"
    )


def _hot_sidebar(slug: str) -> str:
    """Render the 热门文章 sidebar linking to articles of other channels."""
    picks = [a for a in reversed(valid_articles()) if a.channel != slug][:6]
    rows = "\n".join(
        f'<li><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(_cut(a.title, 16))}</a></li>'
        for a in picks
    )
    return (
        '<div class="right" id="ctl00_ContentPlaceHolder1_divRight">\n'
        f'<div class="hot"><h3>热门文章</h3>\n<ul>\n{rows}\n</ul>\n</div>\n</div>'
    )


def listing_page(slug: str, page: int) -> str:
    """Render one listing page of a channel (newest first)."""
    ch = channel(slug)
    entries = channel_articles(slug)
    total = listing_pages(slug)
    size = ch["page_size"]
    rows = [
        f'<li><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(_cut(a.title))}</a>'
        f"<span>{a.list_date}</span></li>"
        for a in entries[(page - 1) * size : page * size]
    ]
    if rows:
        body = '<ul class="newslist">\n' + "\n".join(rows) + "\n</ul>"
    else:
        body = '<div class="nodata">暂无内容</div>'
    content = (
        '<div class="left" id="ctl00_ContentPlaceHolder1_divLeft">\n'
        f'<div class="position">当前位置：<a href="/">{SITE_NAME}</a> &gt; {ch["title"]}</div>\n'
        f'<div class="listbox" id="ctl00_ContentPlaceHolder1_divList">\n<h2>{ch["title"]}</h2>\n'
        + body
        + "\n"
        + aspnet_pager(page, total, len(entries), lambda n: listing_page_url(slug, n))
        + "\n</div>\n</div>\n"
        + _hot_sidebar(slug)
    )
    title = f"{ch['title']}_{SITE_NAME}" if page == 1 else f"{ch['title']}_第{page}页_{SITE_NAME}"
    return wrap(title, content, ch["encoding"], "list.aspx")


def home_page() -> str:
    """Render the home page with the 最新资讯 block."""
    latest = sorted(valid_articles(), key=lambda a: -a.id)[:10]
    rows = "\n".join(
        f'<li><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(_cut(a.title))}</a>'
        f"<span>{a.date:%m-%d}</span></li>"
        for a in latest
    )
    blocks = "\n".join(f'<li><a href="/{c["slug"]}/">{c["title"]}</a></li>' for c in CHANNELS)
    content = (
        '<div class="left" id="ctl00_ContentPlaceHolder1_divLeft">\n'
        f'<div class="latest"><h3>最新资讯</h3>\n<ul>\n{rows}\n</ul>\n</div>\n</div>\n'
        f'<div class="right"><div class="channels"><h3>频道导航</h3>\n<ul>\n{blocks}\n</ul>\n</div></div>'
    )
    return wrap(
        f"{SITE_NAME}-孵化器_众创空间_科技园区_创业服务平台", content, "utf-8", "default.aspx"
    )
