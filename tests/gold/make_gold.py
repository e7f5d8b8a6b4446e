"""Regenerate the gold pages: ``python tests/gold/make_gold.py`` (writes tests/gold/<case>.html|json).

Each family below renders its own markup, modelled on what docs/SITES.md documents for that CMS
(meta-line shapes of §3, containers of §4, chrome of §4/§5). Article text is original
(tests/gold/content.py). The bytes are written in the page's declared encoding (GBK stays GBK).

Gold conventions (what tests/test_gold_gate.py compares):
- ``published_at``: ISO at the page's precision (``2024-04-24``, ``2024-04-24T09:30:00+08:00``,
  ``2016``); the publish date, never the update/成文/signature/body/print-edition date; the URL
  date only when the page shows none; null when nothing dates the page.
- ``author`` / ``editor`` / ``source``: cleaned values; placeholders (佚名, admin, 本站原创, empty
  来源) are null; an author that is only the site's (or WeChat account's) name is null, while an
  编辑 naming the site is kept (it says who posted the page); several authors joined by 、.
- ``category``: breadcrumb without label, home/site item and trailing 正文, joined by `` > ``.
- ``body``: article paragraphs joined by blank lines, without meta lines, chrome, a truncated
  lede repeat, or an 【编辑：X】 tail line; image captions and notice signatures stay.
"""

from __future__ import annotations

import html as H
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from content import Writer  # noqa: E402

OUT = Path(__file__).parent
FETCHED_AT = "2026-11-28T13:00:00+08:00"
PAGES: list[dict] = []


def e(s: str) -> str:
    """HTML-escape text."""
    return H.escape(s, quote=True)


def iso(y: int, m: int, d: int, hh: int | None = None, mm: int | None = None, ss=None) -> str:
    """Gold ISO value at the given precision."""
    if hh is None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if ss is None:
        return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+08:00"
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}+08:00"


def rdate(w: Writer, lo: int = 2016, hi: int = 2026):
    """A random (y, m, d, hh, mm, ss) before the fetch date."""
    r = w.rng
    y = r.randint(lo, hi)
    m = r.randint(1, 10 if y == 2026 else 12)
    return y, m, r.randint(1, 28), r.randint(7, 21), r.randint(0, 59), r.randint(0, 59)


def add(case, url, html_text, enc, gold, headers=None, declared=True):
    """Register one page."""
    headers = headers or {"Content-Type": f"text/html; charset={enc}" if declared else "text/html"}
    body = html_text.encode(enc)
    PAGES.append(
        {
            "case": case,
            "url": url,
            "bytes": body,
            "headers": headers,
            "gold": {
                "title": gold["title"],
                "published_at": gold.get("published_at"),
                "author": gold.get("author"),
                "editor": gold.get("editor"),
                "source": gold.get("source"),
                "category": gold.get("category"),
                "body": "\n\n".join(gold["body"]),
            },
        }
    )


def ps(paras, indent="\u3000\u3000", tag="p", attrs=""):
    """Paragraph markup."""
    return "\n".join(f"<{tag}{attrs}>{indent}{e(p)}</{tag}>" for p in paras)


def related(w: Writer, n=5, date_fmt="{y}-{m:02d}-{d:02d}", cls="list"):
    """A related-news list with dates (sidebar noise)."""
    items = []
    for _ in range(n):
        y, m, d, *_ = rdate(w)
        t = w.title()
        items.append(
            f'<li><a href="/news/{w.rng.randint(1000, 9999)}.html" title="{e(t)}">'
            f"{e(t[:14])}</a><span>{date_fmt.format(y=y, m=m, d=d)}</span></li>"
        )
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


# ============================================================================== 1. TRS government
TRS_SITES = (
    ("kw.beijing.gov.cn", "北京市科学技术委员会、中关村科技园区管理委员会", "京ICP备05060933号"),
    ("www.wehdz.gov.cn", "武汉东湖新技术开发区管理委员会", "鄂ICP备05003305号"),
    ("kjj.jinan.gov.cn", "济南市科学技术局", "鲁ICP备05002386号"),
)


def trs(i: int, variant: str) -> None:
    w = Writer(100 + i)
    host, site, icp = TRS_SITES[i % 3]
    y, m, d, hh, mm, ss = rdate(w, 2019)
    title = w.title()
    col = w.rng.choice(("工作动态", "通知公告", "科技要闻", "园区动态"))
    src = w.rng.choice(("市科委", "中关村管委会", "区科技创新局", "新华网", "北京日报"))
    paras = w.notice() if variant == "notice" else w.paragraphs()
    url = f"https://{host}/xwdt/gzdt/{y}{m:02d}/t{y}{m:02d}{d:02d}_{w.rng.randint(1000000, 9999999)}.html"
    gold = {"title": title, "category": f"新闻动态 > {col}", "body": list(paras)}
    pub_meta = f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"
    infobar = ""
    extra_body = ""
    source_meta = src
    if variant == "plain":
        infobar = (
            f'<div class="info"><span>发布时间：{pub_meta}</span>'
            f"<span>来源：{e(src)}</span>"
            '<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            '<a href="javascript:window.print()">【打印】</a></div>'
        )
        gold.update(published_at=iso(y, m, d, hh, mm), source=src)
    elif variant == "laiyuan":
        # TRS writes the source by JS; empty means the site itself (SITES.md §3)
        infobar = (
            '<p class="pLine"><script>var laiyuan = "";if(laiyuan!=""){document.write("来源："+laiyuan);}'
            f"</script>发布时间：{y}年{m:02d}月{d:02d}日</p>"
        )
        source_meta = ""
        gold.update(published_at=iso(y, m, d), source=None)
    elif variant == "notice":
        wy, wm, wd = y, max(1, m - 1), d
        infobar = (
            '<table class="xxgk"><tr><td>索 引 号：</td><td>11110000MB0{0}/{1}-00{2}</td>'
            "<td>主题分类：</td><td>科技、教育\\科技</td></tr>"
            f"<tr><td>发文机关：</td><td>{e(site)}</td><td>成文日期：</td><td>{wy}-{wm:02d}-{wd:02d}</td></tr>"
            f"<tr><td>标　　题：</td><td colspan=3>{e(title)}</td></tr>"
            f"<tr><td>发文字号：</td><td>京科发〔{y}〕{w.rng.randint(10, 99)}号</td>"
            f"<td>发布日期：</td><td>{y}-{m:02d}-{d:02d}</td></tr></table>"
        ).format(w.rng.randint(1000, 9999), y, w.rng.randint(100, 999))
        sig = [site, f"{wy}年{wm}月{wd}日"]
        extra_body = ps(sig, indent="", attrs=' style="text-align:right"')
        gold["body"] += sig
        gold.update(published_at=iso(y, m, d), source=None)
        source_meta = ""
    elif variant == "updated":
        uy, um, ud = y, m, min(28, d + 2)
        infobar = (
            f'<div class="info">发布时间：{y}-{m:02d}-{d:02d}&nbsp;&nbsp;'
            f"更新时间：{uy}-{um:02d}-{ud:02d}&nbsp;&nbsp;来源：{e(src)}</div>"
        )
        gold.update(published_at=iso(y, m, d), source=src)
    elif variant == "metaonly":
        # visible line has no date; PubDate meta has it
        infobar = f'<div class="info"><span>信息来源：{e(src)}</span><span>浏览次数：<span id="hits"></span></span></div>'
        gold.update(published_at=iso(y, m, d, hh, mm), source=src)
    html_text = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="{e(site)}">
<meta name="ColumnName" content="{col}"><meta name="ColumnType" content="{col}">
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{pub_meta}">
<meta name="ContentSource" content="{e(source_meta)}">
<title>{e(title)}_{col}_{e(site)}</title>
<link rel="stylesheet" href="/images/common.css"><script src="/js/jquery.min.js"></script>
</head><body>
<div class="top"><div class="w1200"><span>是否打开信息无障碍浏览</span><a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">English</a></div></div>
<div class="header"><img src="/images/logo.png" alt="{e(site)}"><form action="/search"><input name="q"></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="./">{col}</a></div>
<div class="article">
<h2 class="title">{e(title)}</h2>
{infobar}
<div id="mainText"><div class="TRS_UEDITOR TRS_WEB">
{ps(paras)}
{extra_body}
</div></div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>
<div class="closebar"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xgxw"><h3>相关链接</h3>{related(w, 4)}</div>
</div></div>
<div class="footer"><p>主办：{e(site)}　地址：北京市西城区西直门南大街16号</p><p>{icp}　京公网安备11010202000532号　网站标识码1100000088</p>
<p>扫一扫在手机打开当前页</p></div>
<script>createPageHTML(1, 0, "index", "html");</script>
</body></html>"""
    add(f"trs_{variant}_{i}", url, html_text, "utf-8", gold)


# ============================================================================== 2. DedeCMS (GBK)
def dede(i: int, variant: str) -> None:
    w = Writer(200 + i)
    y, m, d, hh, mm, ss = rdate(w, 2016, 2022)
    title = w.title()
    paras = w.paragraphs()
    cat = w.rng.choice(("行业资讯", "园区动态", "政策解读"))
    aid = w.rng.randint(10000, 60000)
    url = f"http://www.kjcy{i}.com/a/zx{i}/{aid}.html"
    gold = {"title": title, "category": f"{cat}", "body": list(paras)}
    lede = ""
    if variant == "em":
        src = w.rng.choice(("科技日报", "中国高新网", "大众日报"))
        info = (
            f'<div class="info"><em>{y}-{m:02d}-{d:02d}</em>|<em>{e(src)}</em>|<em>阅读量：'
            f'<script src="/plus/count.php?view=yes&aid={aid}&mid=1" type="text/javascript" language="javascript"></script></em></div>'
        )
        gold.update(published_at=iso(y, m, d), source=None, author=None)
        # unlabelled middle item: we cannot know it is the source; gold keeps only what is labelled
        lede = f'<div class="intro"><strong>导读：</strong>{e(paras[0][:30])}...</div>'
    elif variant == "admin":
        info = (
            f'<div class="info">时间:{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}　来源:未知　作者:admin　点击:'
            f'<script src="/plus/count.php?view=yes&aid={aid}&mid=1"></script>次</div>'
        )
        gold.update(published_at=iso(y, m, d, hh, mm, ss))
    else:
        au = w.person()
        src = w.rng.choice(("新华社", "经济日报", "本站原创"))
        info = (
            f'<div class="info">发布时间：{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}　　作者：{au}　　来源：{e(src)}　　'
            f'浏览：<script src="/plus/count.php?view=yes&aid={aid}&mid=1"></script></div>'
        )
        gold.update(
            published_at=iso(y, m, d, hh, mm), author=au, source=None if src == "本站原创" else src
        )
    html_text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{e(title)}_{cat}_科技创业服务网</title>
<meta name="keywords" content="孵化器,{cat}" />
<meta name="description" content="{e(paras[0][:60])}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head><body class="articleview">
<div class="header_top w960"><span class="time">设为首页 | 加入收藏</span><div class="toplinks"><a href="/plus/heightsearch.php">高级搜索</a>|<a href="/data/sitemap.html">网站地图</a>|<a href="/tags.php">TAG标签</a></div></div>
<div class="header"><div class="top w960"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="科技创业服务网"/></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div class="top"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li><li><a href='/a/zx1/'><span>行业资讯</span></a></li><li><a href='/a/zx2/'><span>园区动态</span></a></li><li><a href='/a/zx3/'><span>政策解读</span></a></li></ul></div></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/zx{i}/'>{cat}</a> > </div>
<div class="viewbox">
<div class="title"><h2>{e(title)}</h2></div>
{info}
{lede}
<div class="content"><table width='100%'><tr><td>
<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>
{ps(paras, indent="　　")}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/zx{i}/{aid - 1}.html'>{e(w.title())}</a></li><li>下一篇：没有了 </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={aid}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'>{related(w, 6, "{m:02d}-{d:02d}", "d4")}</dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'>{related(w, 6, "{m:02d}-{d:02d}", "c1")}</dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统">DedeCMS</a> &copy; 2004-2021 DesDev Inc.<br /><div class="copyright">Copyright &copy; 2012-2022 科技创业服务网 版权所有 豫ICP备12004511号</div></p></div></div>
</body></html>"""
    add(f"dede_{variant}_{i}", url, html_text, "gbk", gold, headers={"Content-Type": "text/html"})


# ============================================================================== 3. PHPCMS v9
def phpcms(i: int, variant: str) -> None:
    w = Writer(300 + i)
    y, m, d, hh, mm, ss = rdate(w, 2014, 2019)
    title = w.title()
    paras = w.paragraphs()
    src = w.rng.choice(("中国高新技术产业导报", "科技日报", "人民网"))
    au = w.person()
    url = f"http://www.chinahightech.com/html/{690 + i}/{y}/{m:02d}{d:02d}/{w.rng.randint(10000000, 99999999)}.html"
    gold = {"title": title, "category": "园区 > 园区动态", "body": list(paras), "source": src}
    if variant == "noauthor":
        # no 作者 in the meta line; the author signs the last paragraph (SITES.md §2.2)
        source_line = f"来源：{e(src)} 评论：<span id='comment'>0</span>"
        paras2 = paras + [
            f"（作者单位：{e(w.rng.choice(('某大学经济学院', '省科技发展战略研究院')))}）"
        ]
        gold["body"] = paras2
        gold.update(author=None)
    else:
        source_line = f"来源：{e(src)} 作者：{au} 评论：<span id='comment'>0</span>"
        paras2 = paras
        gold.update(author=au)
    gold["published_at"] = iso(y, m, d, hh, mm, ss)
    enc = "gbk" if variant == "gbk" else "utf-8"
    html_text = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={"gbk" if enc == "gbk" else "utf-8"}" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{e(title)} - 园区动态 - 中国高新网 - 中国高新技术产业导报</title>
<meta name="keywords" content="高新区,园区" /><meta name="description" content="{e(paras[0][:50])}" />
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" /><script type="text/javascript" src="/statics/js/jquery.min.js"></script>
</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.jpg" /></a></div>
<div class="link"><a href="/index.php?m=member&c=index&a=login">登录</a> <a href="/index.php?m=member&c=index&a=register">注册</a></div></div>
<div class="nav-bar"><map><a href="/">首页</a><span>|</span><a href="/html/yaowen/">要闻</a><span>|</span><a href="/html/yuanqu/">园区</a><span>|</span><a href="/html/qiye/">企业</a><span>|</span><a href="/html/chaopin/">产品</a></map></div>
<div class="main">
<div class="col-left">
<div class="crumbs"><a href="http://www.chinahightech.com">中国高新网</a><span> &gt; </span><a href="/html/yuanqu/">园区</a> &gt; <a href="/html/yuanqu/dongtai/">园区动态</a> &gt; 正文</div>
<div id="Article">
<div class="title_nr"><h1>{e(title)}</h1></div>
<div class="addtime">{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}</div>
<div class="source">{source_line}</div>
<div class="content">
{ps(paras2, indent="")}
</div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/tag/1">孵化器</a> <a href="/tag/2">高新区</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/html/{690 + i}/1.html">{e(w.title())}</a><br /><strong>下一篇：</strong><a href="/html/{690 + i}/2.html">{e(w.title())}</a></p>
</div>
<div class="bk10"></div>
<div class="box"><h5>相关阅读</h5>{related(w, 5)}</div>
</div>
<div class="col-auto"><div class="box"><h5 class="title-2">排行榜</h5>{related(w, 8, "", "content rank")}</div></div>
</div>
<div class="footer"><p class="info">Copyright &copy; 2014 chinahightech.com. All Rights Reserved 中国高新网 版权所有 京ICP备05048325号</p></div>
</body></html>"""
    add(f"phpcms_{variant}_{i}", url, html_text, enc, gold)


# ============================================================================== 4. JEECMS
def jeecms(i: int, variant: str) -> None:
    w = Writer(400 + i)
    y, m, d, hh, mm, ss = rdate(w, 2015, 2021)
    title = w.title()
    paras = w.paragraphs()
    url = f"http://www.cdht{i}.gov.cn/cycjcyyq/{w.rng.randint(30000, 60000)}.jhtml"
    gold = {"title": title, "category": "创业创新 > 孵化载体", "body": list(paras)}
    if variant == "original":
        msg = f"发布时间：{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}　　来源：本站原创　　作者：　　"
        gold.update(published_at=iso(y, m, d, hh, mm, ss), source=None, author=None)
    else:
        src = w.rng.choice(("成都日报", "四川日报", "区经济运行局"))
        ed = w.person()
        msg = f"发布时间：{y}-{m:02d}-{d:02d}　　来源：{e(src)}　　责任编辑：{ed}　　"
        gold.update(published_at=iso(y, m, d), source=src, editor=ed)
    html_text = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>{e(title)}-成都高新区</title>
<link href="/r/cms/www/red/css/layout.css" rel="stylesheet" type="text/css"/>
<script src="/r/cms/jquery.js" type="text/javascript"></script><script src="/r/cms/front.js" type="text/javascript"></script>
<script type="text/javascript">$(function() {{ Cms.attachment("", "{w.rng.randint(1000, 9999)}", "attach"); Cms.viewCount("", "{w.rng.randint(1000, 9999)}"); }});</script>
</head><body>
<div id="header"><div class="toplink"><a href="/">网站首页</a> | <a href="/search.jspx">站内搜索</a> | <a href="/member/index.jspx">会员中心</a></div>
<div class="menu"><a href="/">首页</a><a href="/zwgk/index.jhtml">政务公开</a><a href="/cycjcyyq/index.jhtml">创业创新</a><a href="/tzcj/index.jhtml">投资促进</a></div></div>
<div class="w1000">
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/cycjcyyq/index.jhtml">创业创新</a> &gt;&gt; <a href="/cycjcyyq/fhzt/index.jhtml">孵化载体</a></div>
<div class="content-box">
<div class="msgtitle">{e(title)}</div>
<div class="msgbar">{msg}<span>浏览次数：<span id="views"></span></span>　　<a href="javascript:window.close()">关闭</a></div>
<div class="msgcontent"><div id="attach"></div>
{ps(paras, indent="", attrs=' style="text-indent:2em;line-height:2"')}
</div>
<div class="pn">上一篇：<a href="/cycjcyyq/1.jhtml">{e(w.title())}</a><br/>下一篇：<a href="/cycjcyyq/2.jhtml">{e(w.title())}</a></div>
</div>
<div class="right-box"><div class="tit">热点文章</div>{related(w, 6)}</div>
</div>
<div id="footer">成都高新技术产业开发区管理委员会 版权所有 蜀ICP备05006811号<br/>技术支持：JEECMS</div>
</body></html>"""
    add(f"jeecms_{variant}_{i}", url, html_text, "utf-8", gold)


# ============================================================================== 5. EasySite (zgc)
def easysite(i: int, variant: str) -> None:
    w = Writer(500 + i)
    y, m, d, hh, mm, ss = rdate(w, 2017, 2023)
    title = w.title()
    paras = w.paragraphs()
    src = w.rng.choice(("中关村管委会", "海淀园管委会", "北京日报"))
    url = f"http://www.zgc.gov.cn/zgc/yw/gzdt/{w.rng.randint(10000000, 19999999)}/index.html"
    gold = {"title": title, "category": "要闻 > 工作动态", "body": list(paras), "source": src}
    gold["published_at"] = iso(y, m, d)
    img = ""
    if variant == "img":
        cap = f"图为{w.fill('{place}')}一家孵化器的共享实验室"
        img = f'<p style="text-align:center"><img src="/zgc/resource/{i}.jpg" width="600"/></p><p style="text-align:center">{e(cap)}</p>'
        gold["body"] = paras[:1] + [cap] + paras[1:]
    html_text = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(title)}--中关村科技园区管理委员会</title>
<meta name="Keywords" content=""><meta name="Description" content="">
<link type="text/css" rel="stylesheet" href="/zgc/resource/cms/2019/04/css/common.css">
</head><body>
<div class="easysite-top"><a href="javascript:void(0)" class="wza">无障碍</a><a href="#">繁体</a></div>
<div class="easysite-header"><div class="logo"><img src="/zgc/resource/logo.png"></div></div>
<div class="easysite-nav"><ul><li><a href="/zgc/index.html">首页</a></li><li><a href="/zgc/yw/index.html">要闻</a></li><li><a href="/zgc/zwgk/index.html">政务公开</a></li><li><a href="/zgc/zwfw/index.html">政务服务</a></li></ul></div>
<div class="main w1200">
<div class="easysite-position">当前位置：<a href="/zgc/index.html">首页</a>&gt;<a href="/zgc/yw/index.html">要闻</a>&gt;<a href="/zgc/yw/gzdt/index.html">工作动态</a></div>
<div class="easysite-news-page">
<div class="easysite-news-title"><h2>{e(title)}</h2></div>
<div class="easysite-news-describe">发布时间：{y}-{m:02d}-{d:02d}&nbsp;&nbsp;&nbsp;信息来源：{e(src)}&nbsp;&nbsp;&nbsp;字体：<a href="#" class="big">大</a><a href="#">中</a><a href="#">小</a></div>
<div class="easysite-news-text">
{img}
{ps(paras, indent="")}
</div>
<div class="easysite-news-operation"><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a></div>
<div class="easysite-news-next"><span tagname="/zgc/yw/gzdt/{w.rng.randint(10000000, 19999999)}/index.html">下一篇：{e(w.title())}</span></div>
</div></div>
<div class="easysite-footer"><p>主办单位：中关村科技园区管理委员会</p><p>京ICP备10007795号-1 京公网安备11010802024573号</p></div>
</body></html>"""
    add(f"easysite_{variant}_{i}", url, html_text, "utf-8", gold)


# ============================================================================== 6. Hanweb (大汉)
def hanweb(i: int, variant: str) -> None:
    w = Writer(600 + i)
    y, m, d, hh, mm, ss = rdate(w, 2018, 2025)
    title = w.title()
    paras = w.paragraphs()
    col = w.rng.choice(("部门动态", "县区动态", "科技要闻"))
    src = w.rng.choice(("省科技厅", "市高新区管委会", "江西日报"))
    url = f"http://kjt.jiangxi.gov.cn/art/{y}/{m}/{d}/art_{w.rng.randint(20000, 30000)}_{w.rng.randint(1000000, 9999999)}.html"
    gold = {"title": title, "category": f"科技动态 > {col}", "body": list(paras), "source": src}
    if variant == "gbk":
        enc = "gbk"
        date_s = f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"
        gold["published_at"] = iso(y, m, d, hh, mm)
    else:
        enc = "utf-8"
        date_s = f"{y}-{m:02d}-{d:02d}"
        gold["published_at"] = iso(y, m, d)
    html_text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}" />
<meta name="ArticleTitle" content="{e(title)}"><meta name="PubDate" content="{date_s}"><meta name="ContentSource" content="{e(src)}">
<meta name="ColumnName" content="{col}">
<title>{e(title)} {col} 江西省科学技术厅</title>
<script language="javascript" src="/script/0/1703301519377565.js"></script>
</head><body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/picture/0/banner.jpg" width="1000" height="130" /></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>
<td><a href="/">首页</a></td><td><a href="/col/col27035/index.html">机构概况</a></td><td><a href="/col/col27036/index.html">科技动态</a></td><td><a href="/col/col27037/index.html">政务公开</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="bt_link">
<table><tr><td>您当前的位置：<a href="/">首页</a>&gt;<a href="/col/col27036/index.html">科技动态</a>&gt;<a href="/col/col27040/index.html">{col}</a></td></tr></table>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td valign="top">
<!--<$[信息内容]>begin--><div id="barrierfree_container">
<table width="95%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="title" style="font-size:22px;font-weight:bold;color:#C00">{e(title)}</td></tr>
<tr><td align="center" class="bt_content" height="30">
<table><tr><td>发布日期：{date_s}</td><td>&nbsp;&nbsp;信息来源：{e(src)}</td><td>&nbsp;&nbsp;浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=27040&artid=1"></script></td>
<td>&nbsp;&nbsp;字号：〖<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>〗</td></tr></table>
</td></tr>
<tr><td class="bt_content"><div id="zoom">
<meta name="ContentStart">{ps(paras, indent="　　")}<meta name="ContentEnd">
</div></td></tr></table></div><!--<$[信息内容]>end-->
<table width="100%"><tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</td></tr></table>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer"><tr><td align="center">版权所有：江西省科学技术厅　地址：南昌市北京西路88号<br />赣ICP备05004062号　赣公网安备36010202000150号<br />网站标识码：3600000030</td></tr></table>
</body></html>"""
    add(f"hanweb_{variant}_{i}", url, html_text, enc, gold)


# ============================================================================== 7. WordPress
def wordpress(i: int, variant: str) -> None:
    w = Writer(700 + i)
    y, m, d, hh, mm, ss = rdate(w, 2018, 2026)
    title = w.title()
    paras = w.paragraphs()
    au = w.person()
    slug = f"{y}/{m:02d}/{d:02d}/incubator-news-{i}"
    url = f"https://www.fuhua{i}.cn/{slug}/"
    cat = w.rng.choice(("行业观察", "孵化器动态"))
    gold = {"title": title, "body": list(paras), "author": au, "category": None}
    gold["published_at"] = iso(y, m, d, hh, mm, ss)
    uy, um, ud = y, m, min(28, d + 3)
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": "孵化观察", "url": f"https://www.fuhua{i}.cn/"},
                {
                    "@type": "Article",
                    "headline": title,
                    "datePublished": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}+08:00",
                    "dateModified": f"{uy}-{um:02d}-{ud:02d}T10:00:00+08:00",
                    "author": {"@type": "Person", "name": au},
                },
            ],
        },
        ensure_ascii=False,
    )
    bc = ""
    if variant == "crumb":
        bc = f'<nav class="breadcrumbs"><a href="/">首页</a> » <a href="/category/{i}/">{cat}</a> » <span>{e(title)}</span></nav>'
        gold["category"] = cat  # the trailing title item is not a category
    byline = (
        f'<div class="entry-meta"><span class="posted-on"><a href="{url}" rel="bookmark">'
        f'<time class="entry-date published" datetime="{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}+08:00">{y}年{m}月{d}日</time>'
        f'<time class="updated" datetime="{uy}-{um:02d}-{ud:02d}T10:00:00+08:00">{uy}年{um}月{ud}日</time></a></span>'
        f' <span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="/author/{i}/">{au}</a></span></span></div>'
    )
    html_text = f"""<!doctype html>
<html lang="zh-Hans"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} &#8211; 孵化观察</title>
<meta name='robots' content='max-image-preview:large' />
<meta property="og:locale" content="zh_CN" /><meta property="og:type" content="article" />
<meta property="og:title" content="{e(title)}" /><meta property="og:site_name" content="孵化观察" />
<meta property="article:published_time" content="{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}+08:00" />
<meta property="article:modified_time" content="{uy}-{um:02d}-{ud:02d}T10:00:00+08:00" />
<meta name="author" content="{au}" />
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
</head>
<body class="post-template-default single single-post postid-{100 + i} single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">跳至内容</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">孵化观察</a></p><p class="site-description">关注创新创业与科技园区</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">首页</a></li><li><a href="/category/1/">行业观察</a></li><li><a href="/category/2/">孵化器动态</a></li><li><a href="/about/">关于我们</a></li></ul></nav></header>
<main id="primary" class="site-main">
{bc}
<article id="post-{100 + i}" class="post-{100 + i} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{e(title)}</h1>{byline}</header>
<div class="entry-content">
{ps(paras, indent="")}
</div>
<footer class="entry-footer"><span class="cat-links">发布于 <a href="/category/{i}/" rel="category tag">{cat}</a></span><span class="tags-links">标签：<a href="/tag/a/" rel="tag">孵化器</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="文章"><div class="nav-links"><div class="nav-previous"><a href="/p/1/" rel="prev"><span class="nav-subtitle">上一篇：</span> <span class="nav-title">{e(w.title())}</span></a></div><div class="nav-next"><a href="/p/2/" rel="next"><span class="nav-subtitle">下一篇：</span> <span class="nav-title">{e(w.title())}</span></a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表回复</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">您的电子邮箱地址不会被公开。</p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2>{related(w, 5, "", "recent")}</section></aside>
<footer id="colophon" class="site-footer"><div class="site-info">由 WordPress 强力驱动 | © {y} 孵化观察</div></footer></div>
</body></html>"""
    add(f"wordpress_{variant}_{i}", url, html_text, "utf-8", gold)


# ============================================================================== 8. WeChat
def wechat(i: int, variant: str) -> None:
    w = Writer(800 + i)
    y, m, d, hh, mm, ss = rdate(w, 2019, 2026)
    title = w.title()
    paras = w.paragraphs()
    account = w.rng.choice(("东湖高新发布", "孵化器联盟", "科创济南", "创投前沿"))
    import datetime as _dt

    ts = int(_dt.datetime(y, m, d, hh, mm, tzinfo=_dt.timezone(_dt.timedelta(hours=8))).timestamp())
    url = f"https://mp.weixin.qq.com/s/{w.rng.randint(10**15, 10**16)}Xa{i}"
    gold = {"title": title, "body": list(paras), "category": None}
    gold["published_at"] = iso(y, m, d, hh, mm)
    au_html = ""
    tail = ""
    if variant == "author":
        au = w.person()
        au_html = f'<span class="rich_media_meta rich_media_meta_text">{au}</span>'
        gold["author"] = au
        ed = w.person()
        tail = f'<p style="text-align:right"><span style="font-size:14px;color:#888">编辑：{ed}</span></p>'
        gold["editor"] = ed
    else:
        src = w.rng.choice(("科技日报", "湖北日报", "中国高新网"))
        ed = w.person()
        tail = (
            f'<p><span style="font-size:12px;color:#999">来源：{e(src)}</span></p>'
            f'<p><span style="font-size:12px;color:#999">责编：{ed}</span></p>'
        )
        gold.update(source=src, editor=ed)
    body = "".join(
        f'<section style="margin-bottom:16px"><p style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px">{e(p)}</span></p></section>'
        for p in paras
    )
    html_text = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{e(title)}" /><meta property="og:url" content="{url}" />
<meta property="og:description" content="{e(paras[0][:40])}" /><meta name="author" content="{account}" />
<meta property="twitter:card" content="summary" />
<title>{e(title)}</title>
</head><body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">
{e(title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
{au_html}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
{body}
{tail}
<p style="display:none"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta">阅读 <span id="readNum3"></span></div><div class="media_tool_meta">在看</div></div>
</div></div></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>
<script type="text/javascript">
var biz = "MzA{i}NjI=";var sn = "{w.rng.randint(10**9, 10**10)}";var mid = "{w.rng.randint(10**9, 10**10)}";
var msg_title = '{title}'.html(false);
var nickname = htmlDecode("{account}");
var ct = "{ts}";
var publish_time = "{y}-{m:02d}-{d:02d}" || "";
var user_name = "gh_{w.rng.randint(10**8, 10**9)}";
</script>
</body></html>"""
    add(f"wechat_{variant}_{i}", url, html_text, "utf-8", gold)


# ============================================================================== 9. old table layouts (.asp, GB2312)
def oldtable(i: int, variant: str) -> None:
    w = Writer(900 + i)
    y, m, d, hh, mm, ss = rdate(w, 2008, 2016)
    title = w.title()
    paras = w.paragraphs()
    aid = w.rng.randint(1000, 9000)
    url = f"http://www.hitech{i}.org.cn/news/ShowArticle.asp?ArticleID={aid}"
    gold = {"title": title, "body": list(paras), "category": "新闻中心 > 孵化动态"}
    if variant == "placeholder":
        line = (
            f"文章来源：本站原创　作者：佚名　发布时间：{y}年{m:02d}月{d:02d}日　点击数："
            f'<script src="/GetHits.aspx?id={aid}"></script>次'
        )
        gold["published_at"] = iso(y, m, d)
    elif variant == "yearonly":
        # a page that only tells the year (an archive of annual reports)
        au = w.person()
        line = f"作者：{au}　　发布时间：{y}年　　【字体：大 中 小】"
        gold["author"] = au
        gold["published_at"] = f"{y:04d}"
    else:
        src = w.rng.choice(("市科技局", "高新区管委会办公室", "省孵化器协会"))
        au = w.person()
        line = f"{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}　来源：{e(src)}　作者：{au}　【字体：大 中 小】"
        gold.update(published_at=iso(y, m, d, hh, mm), source=src, author=au)
    rows = "".join(
        f'<tr><td height="22">·<a href="ShowArticle.asp?ArticleID={aid - k}" title="{e(w.title())}">{e(w.title()[:12])}</a>'
        f' <font color="#999999">({y}-{w.rng.randint(1, 12)}-{w.rng.randint(1, 28)})</font></td></tr>'
        for k in range(1, 7)
    )
    body_html = "".join(f'<font size="3">　　{e(p)}</font><br><br>' for p in paras)
    html_text = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{e(title)}--高新技术创业服务中心</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/top.jpg" width="778" height="120"></td></tr>
<tr><td bgcolor="#0066CC" height="28" align="center"><a href="../index.asp"><font color="#FFFFFF">首页</font></a> | <a href="../news/"><font color="#FFFFFF">新闻中心</font></a> | <a href="../zc/"><font color="#FFFFFF">政策法规</font></a> | <a href="../fw/"><font color="#FFFFFF">创业服务</font></a> | <a href="../lx/"><font color="#FFFFFF">联系我们</font></a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="200" valign="top" bgcolor="#F3F3F3">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lefttitle"><b>最新文章</b></td></tr>{rows}</table>
</td>
<td width="578" valign="top">
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30">您现在的位置：<a href="../index.asp">高新技术创业服务中心</a> &gt;&gt; <a href="../news/">新闻中心</a> &gt;&gt; <a href="../news/list.asp?id=3">孵化动态</a> &gt;&gt; 正文</td></tr>
<tr><td height="50" align="center"><font size="4" color="#CC0000"><b>{e(title)}</b></font></td></tr>
<tr><td align="center" height="25" bgcolor="#F0F0F0"><font color="#666666">{line}</font></td></tr>
<tr><td style="padding:10px;line-height:180%">{body_html}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="ShowArticle.asp?ArticleID={aid - 1}">{e(w.title())}</a><br>下一篇：<a href="ShowArticle.asp?ArticleID={aid + 1}">{e(w.title())}</a></td></tr>
</table></td></tr></table>
<table width="778" border="0" align="center"><tr><td align="center" bgcolor="#EEEEEE">Copyright &copy; 2006-2016 高新技术创业服务中心 All Rights Reserved<br>地址：高新区创业路1号　电话：0000-12345678　ICP备案号：苏ICP备06012345号</td></tr></table>
</body></html>"""
    add(
        f"oldtable_{variant}_{i}",
        url,
        html_text,
        "gbk",
        gold,
        headers={"Content-Type": "text/html", "Server": "Microsoft-IIS/6.0"},
    )


# ============================================================================== 10. Big5 / Traditional
def big5(i: int, variant: str) -> None:
    w = Writer(1000 + i, traditional=True)
    y, m, d, hh, mm, ss = rdate(w, 2012, 2020)
    title = w.title()
    paras = w.paragraphs()
    src = w.rng.choice(("深圳特區報", "經濟日報", "工商時報", "中央社"))
    ed = w.person()
    gold = {"title": title, "body": list(paras), "source": src}
    if variant == "gateway":
        url = f"http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/{y}{m:02d}{d:02d}/{w.rng.randint(1000000, 9999999)}.shtml"
        meta = (
            f"發佈時間:{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d} 來源:{e(src)} 責任編輯:{ed}"
        )
        gold.update(published_at=iso(y, m, d, hh, mm, ss), editor=ed, category="財經 > 滾動新聞")
        crumb = '<div class="crumb"><a href="/">中國網</a> &gt; <a href="/finance/">財經</a> &gt; <a href="/roll/">滾動新聞</a></div>'
    else:
        url = f"https://www.tw-incubator{i}.org.tw/news/detail.php?id={w.rng.randint(100, 999)}"
        au = w.person()
        meta = f"<span>發布日期：{y}/{m:02d}/{d:02d}</span> <span>來源：{e(src)}</span> <span>記者：{au}</span>"
        gold.update(published_at=iso(y, m, d), author=au, category="最新消息 > 育成新聞")
        crumb = '<div class="crumb">您現在的位置：<a href="/">首頁</a> &gt; <a href="/news/">最新消息</a> &gt; <a href="/news/?c=2">育成新聞</a></div>'
    html_text = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{e(title)}</title></head><body>
<div class="top"><a href="#">簡體</a> | <a href="#">繁體</a> | <a href="#">加入收藏</a></div>
<div class="menu"><a href="/">首頁</a> <a href="/news/">新聞</a> <a href="/finance/">財經</a> <a href="/tech/">科技</a></div>
{crumb}
<div class="wrap"><div class="left">
<h1 class="artTitle">{e(title)}</h1>
<div class="artInfo">{meta}</div>
<div class="artCon" id="artCon">
{ps(paras, indent="　　")}
</div>
<div class="fontsize">字號：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="javascript:print()">列印</a>　<a href="javascript:close()">關閉</a></div>
</div><div class="right"><h3>熱門新聞</h3>{related(w, 6)}</div></div>
<div class="footer">版權所有 中國互聯網新聞中心 電子郵件: webmaster@china.org.cn 電話: 86-10-88828000 京ICP證 040089號</div>
</body></html>"""
    add(f"big5_{variant}_{i}", url, html_text, "big5", gold)


# ============================================================================== 11. ASP.NET (cnfuhuaqi-like)
def aspnet(i: int, variant: str) -> None:
    w = Writer(1100 + i)
    y, m, d, hh, mm, ss = rdate(w, 2016, 2025)
    title = w.title()
    paras = w.paragraphs()
    src = w.rng.choice(("济南高新区", "火炬中心", "长沙高新区管委会"))
    url = f"http://www.cnfuhuaqi.com/news/show/{w.rng.randint(6000, 9999)}.aspx"
    gold = {
        "title": title,
        "body": list(paras),
        "source": src,
        "editor": "中国孵化器网",
        "category": "新闻动态 > 园区动态",
        "published_at": iso(y, m, d),
    }
    lede = paras[0][:24]
    side = "".join(
        f'<li><a href="/news/show/{w.rng.randint(1000, 5000)}.aspx">{e(w.title()[:8])}</a><p>{e(w.paragraphs(1)[0][:30])}...<a href="#">[详情]</a></p></li>'
        for _ in range(4)
    )
    enc = "gbk" if variant == "gbk" else "utf-8"
    html_text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset={"gb2312" if enc == "gbk" else "utf-8"}" />
<title>{e(title)}-中国孵化器网</title></head>
<body><form name="form1" method="post" action="./{url.rsplit("/", 1)[1]}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div class="topbar">您好，欢迎来到中国孵化器！ <a href="/login.aspx">登录</a> <a href="/reg.aspx">注册</a> <a href="#">+我们微信</a> | <a href="/">返回首页</a> | <a href="#">加入收藏</a> | <a href="#">设为首页</a></div>
<div class="nav"><a href="/news/">新闻</a><a href="/policy/">政策</a><a href="/tech/">技术</a><a href="/cy/">创业</a><a href="/fhq/">孵化器</a><a href="/qy/">企业</a><a href="/xm/">项目</a></div>
<div class="main"><div class="mleft">
<div class="weizhi">当前位置：<a href="/">中国孵化器网</a> &gt; <a href="/news/">新闻动态</a> &gt; <a href="/news/list/3.aspx">园区动态</a> &gt;  正文</div>
<div class="show_t"><h1>{e(title)}</h1></div>
<div class="show_info">发布日期：{y}-{m:02d}-{d:02d}&nbsp;&nbsp;&nbsp;编辑：中国孵化器网&nbsp;&nbsp;&nbsp;来源：{e(src)}</div>
<div class="show_zy">{e(lede)}</div>
<div class="show_c">
{ps(paras, indent="")}
</div></div>
<div class="mright"><div class="tit">图片新闻推荐</div><ul>{side}</ul></div></div>
<div class="foot">Copyright &copy; 2015-2024 中国孵化器网 All Rights Reserved 京ICP备15000000号</div>
</form></body></html>"""
    add(
        f"aspnet_{variant}_{i}",
        url,
        html_text,
        enc,
        gold,
        headers={"Content-Type": "text/html", "X-Powered-By": "ASP.NET"},
    )


# ============================================================================== 12. newspaper CMS (node_/content_)
def newspaper(i: int, variant: str) -> None:
    w = Writer(1200 + i)
    y, m, d, hh, mm, ss = rdate(w, 2019, 2026)
    title = w.title()
    paras = w.paragraphs()
    rep = w.person()
    paras[0] = f"本报讯（记者 {rep}）" + paras[0]
    url = f"https://www.chinahightech.com/yaowen/{y}-{m:02d}/{d:02d}/content_{w.rng.randint(100000, 300000)}.html"
    gold = {"title": title, "body": list(paras), "author": rep, "category": "要闻"}
    if variant == "stdaily":
        src = "科技日报"
        head = (
            f'<div class="articleHead"><h1>{e(title)}</h1><div class="f_source">来源：{src}</div>'
            f'<div class="time1">{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}</div></div>'
        )
        gold.update(source=src, published_at=iso(y, m, d, hh, mm, ss))
        ed = w.person()
        tail = f'<p class="editor">【责任编辑：{ed}】</p>'
        gold["editor"] = ed
        crumb = '<div class="position"><a href="/">首页</a> &gt; <a href="/yaowen/node_479.html">要闻</a></div>'
    else:
        # date only in the path; print-edition line at the end of the body with an older date
        head = f'<h1 class="title">{e(title)}</h1><div class="source">中国高新技术产业导报</div>'
        py, pm, pd = y, m, d
        tail = f"<p>《 中国高新技术产业导报 》（ {py}年{pm:02d}月{pd:02d}日 0{w.rng.randint(1, 9)} 版）</p>"
        gold.update(source=None, published_at=iso(y, m, d))
        crumb = '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/yaowen/node_479.html">要闻</a> &gt; 正文</div>'
    html_text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{e(title)}_中国高新网</title><meta name="keywords" content="高新区"></head>
<body><div class="topnav"><a href="/">中国高新网</a><a href="http://paper.chinahightech.com/pc/layout">电子报</a><a href="/app">客户端</a></div>
<div class="header"><div class="logo"></div><ul class="menu"><li><a href="/yaowen/node_479.html">要闻</a></li><li><a href="/yuanqu/node_480.html">园区</a></li><li><a href="/qiye/node_481.html">企业</a></li></ul></div>
{crumb}
<div class="container"><div class="pages_content">
{head}
<div class="content">
{ps(paras, indent="")}
{tail}
</div>
<div class="share-bar">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
</div>
<div class="sidebar"><h3>热点排行</h3>{related(w, 8, "{y}-{m:02d}-{d:02d}")}</div></div>
<div class="footer">中国高新网 版权所有 京ICP备05048325号-1 京公网安备11010802021234号</div>
</body></html>"""
    add(f"newspaper_{variant}_{i}", url, html_text, "utf-8", gold)


# ============================================================================== build
PLAN = (
    (trs, ("plain", "plain", "laiyuan", "notice", "updated", "metaonly", "notice")),
    (dede, ("em", "admin", "labelled", "labelled", "admin")),
    (phpcms, ("utf8", "gbk", "noauthor", "gbk", "utf8")),
    (jeecms, ("original", "editor", "editor", "original", "editor")),
    (easysite, ("plain", "img", "plain", "img", "plain")),
    (hanweb, ("utf8", "gbk", "utf8", "gbk", "utf8")),
    (wordpress, ("plain", "crumb", "plain", "crumb", "plain")),
    (wechat, ("author", "source", "author", "source", "author")),
    (oldtable, ("labelled", "placeholder", "yearonly", "labelled", "placeholder")),
    (big5, ("gateway", "tw", "gateway", "tw", "gateway")),
    (aspnet, ("gbk", "utf8", "gbk", "utf8", "gbk")),
    (newspaper, ("stdaily", "paper", "stdaily", "paper", "stdaily")),
)


def main() -> None:
    """Render every page and write bytes + sidecar."""
    for fn, variants in PLAN:
        for i, v in enumerate(variants):
            fn(i, v)
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        old.unlink()
    for p in PAGES:
        (OUT / f"{p['case']}.html").write_bytes(p["bytes"])
        meta = {
            "url": p["url"],
            "status": 200,
            "headers": p["headers"],
            "fetched_at": FETCHED_AT,
            "gold": p["gold"],
        }
        (OUT / f"{p['case']}.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
