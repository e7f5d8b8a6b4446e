"""A synthetic 中国孵化器网 of N articles (default 10,000) served on 127.0.0.1, for crawl benchmarks.

Run: .venv/bin/python benchmarks/synthetic_site.py [--n 10000] [--port 0] [--seed 7]
     [--page-size 20] [--latency-ms 0]

The layout is the bundled replica's (``incubator_crawler/replicas/cnfuhuaqi``): the same page chrome (header,
the 11-channel nav, breadcrumb, footer, ``__VIEWSTATE``), the same article page (``<h1>``, the
发布日期 / 编辑 / 来源 meta line, summary box, captioned images, 上一篇/下一篇, 图片新闻推荐
sidebar), the same listing (``ul.newslist`` rows with dates, an ASP.NET-style pager with 下一页)
and the same URL shapes (``/{channel}/``, ``/{channel}/list.aspx?page=N``,
``/{channel}/show/{id}.aspx``); the 政策 channel is GBK with the charset only in ``<meta>``.
Articles are generated from a seed (same seed, same bytes), with varied Chinese sentences and
bodies of about 1-3 kB, spread over the 11 channels and ten years, newest first in listings.

Every response is rendered and encoded once, before the server starts, so serving is a dict
lookup and a socket write. The server is a ThreadingHTTPServer speaking HTTP/1.1 keep-alive; run
it in its own process (``serve_in_subprocess``) so that it does not compete for the crawler's
GIL. ``--latency-ms`` delays every response (in the handler thread, without holding the GIL) to
stand in for a network round trip.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from incubator_crawler.replicas.cnfuhuaqi import pages as replica_pages
from incubator_crawler.replicas.cnfuhuaqi.catalog import CHANNELS, SITE_NAME, STYLES

FIRST_ID = 100001
FIRST_DATE = date(2015, 1, 5)
LAST_DATE = date(2024, 12, 20)
DEFAULT_STYLE = {"sep": "\u3000", "indent": "\u3000\u3000", "list_date": "%Y-%m-%d"}
# Channel weights: news and policy are the big channels, as on the real portal.
WEIGHTS = {"news": 30, "policy": 16, "tech": 8, "startup": 8, "fuhuaqi": 10, "company": 6}

PLACES = [
    "北京中关村",
    "上海张江",
    "深圳南山",
    "杭州未来科技城",
    "武汉东湖高新区",
    "成都高新区",
    "西安高新区",
    "苏州工业园区",
    "合肥高新区",
    "南京江北新区",
    "广州开发区",
    "长沙麓谷",
    "济南高新区",
    "青岛高新区",
    "郑州高新区",
    "厦门火炬高新区",
    "天津滨海高新区",
    "重庆两江新区",
    "沈阳浑南",
    "昆明高新区",
    "宁波国家高新区",
    "无锡新吴区",
    "东莞松山湖",
    "佛山高新区",
]
ORGS = [
    "科技企业孵化器",
    "众创空间",
    "大学科技园",
    "产业加速器",
    "创新创业服务中心",
    "新型研发机构",
    "科技成果转化中心",
    "专业化众创空间",
    "留学人员创业园",
    "知识产权运营中心",
    "中试基地",
]
FIELDS = [
    "人工智能",
    "集成电路",
    "生物医药",
    "新能源汽车",
    "高端装备",
    "新材料",
    "数字经济",
    "工业互联网",
    "智能制造",
    "现代农业",
    "节能环保",
    "光电子信息",
    "医疗器械",
    "航空航天",
]
ACTIONS = [
    "举办",
    "启动",
    "发布",
    "召开",
    "签约",
    "揭牌",
    "认定",
    "公布",
    "推出",
    "组织开展",
]
EVENTS = [
    "创新创业大赛",
    "科技成果对接会",
    "项目路演活动",
    "孵化载体绩效评价",
    "人才政策宣讲会",
    "投融资对接会",
    "专利导航培训",
    "创业训练营",
    "产学研合作洽谈会",
    "政策解读会",
]
NUMBERS = ["12", "28", "36", "47", "56", "64", "86", "120", "200余", "300多", "1500余"]
UNITS = ["家企业", "个项目", "名创业者", "所高校", "家投资机构", "项专利", "个团队"]
MONEY = ["1.2亿元", "3600万元", "5000万元", "2.8亿元", "800万元", "10亿元", "4.5亿元"]
SENTENCES = [
    "{place}{action}{year}年{field}领域{event}，来自各地的{num}{unit}参加了活动。",
    "据介绍，{place}现有{org}{num2}家，累计服务{num}{unit}，带动就业超过{num3}人。",
    "本次{event}聚焦{field}和{field2}两大方向，采用“项目路演+专家点评+现场对接”的形式。",
    "活动现场共有{num2}个项目达成合作意向，意向金额超过{money}。",
    "{org}负责人表示，下一步将围绕{field}产业链，为在孵企业提供技术、资本和市场等全方位服务。",
    "近年来，{place}持续加大对{org}的支持力度，对新认定的国家级载体给予最高{money}奖励。",
    "业内人士认为，孵化载体的核心竞争力在于专业服务能力，只有真正帮助企业解决成长难题，才能实现可持续发展。",
    "截至目前，{place}已培育国家高新技术企业{num3}家，其中{field}企业占比超过三成。",
    "与会专家就{field}技术发展趋势、成果转化路径和知识产权保护等问题进行了深入交流。",
    "根据相关政策，获评优秀的{org}将获得运营补贴，评价结果还将作为申报国家级资质的重要依据。",
    "{year}年以来，{place}新增{org}{num2}家，孵化面积超过{num3}万平方米。",
    "下一步，{place}将建立项目跟踪台账，安排专人对签约项目进行全流程服务，推动更多成果落地转化。",
    "不少创业团队反映，场地、资金和人才仍是初创阶段面临的主要困难，希望得到更有针对性的帮扶。",
    "会上，{num2}家{org}与{num}{unit}签订了战略合作协议，共建{field}协同创新平台。",
    "为降低运营成本，一些地方开始探索轻资产模式，由国有平台提供物业，专业机构负责运营服务。",
    "{place}还将对毕业企业给予持续跟踪服务，支持其在区内加速器和产业园继续发展壮大。",
]
TITLES = [
    "{place}{action}{year}年{event}",
    "{place}新增{num2}家{org}",
    "{field}{org}建设取得新进展",
    "{place}{org}毕业企业突破{num3}家",
    "{place}发布{field}产业扶持政策",
    "{org}如何提升{field}专业服务能力",
    "{year}年{place}{event}圆满落幕",
    "关于开展{year}年度{org}认定工作的通知",
]
# Free clauses are random runs of these words, so that two articles share few 4-character
# shingles (as unrelated real articles do) and the reprint detector sees no false candidates.
WORDS = (
    "企业 项目 技术 创新 服务 平台 产业 发展 研发 成果 转化 人才 资金 市场 政策 园区 载体 孵化 "
    "加速 投资 融资 基金 专利 标准 质量 品牌 数字 智能 绿色 低碳 制造 材料 芯片 算法 数据 网络 "
    "医药 器械 装备 能源 电池 储能 光伏 氢能 机器人 传感器 软件 硬件 系统 方案 应用 场景 示范 "
    "推广 合作 协同 共享 开放 联合 攻关 突破 升级 改造 布局 集聚 培育 引进 落地 签约 投产 "
    "扩产 上市 估值 营收 利润 订单 出口 客户 用户 需求 供给 链条 生态 体系 机制 模式 路径 "
    "目标 任务 举措 保障 环境 氛围 活力 动能 效率 成本 风险 评估 监测 考核 奖励 补贴 认定 "
    "申报 审核 公示 验收 培训 辅导 咨询 对接 路演 大赛 论坛 沙龙 讲座 调研 座谈 交流 参观 "
    "高校 院所 实验室 中心 基地 联盟 协会 学会 团队 专家 学者 教授 博士 青年 骨干 工程师"
).split()
# Mostly named sources; a few placeholders (empty, 本站原创) that normalise to no source.
SOURCES = ["科技日报", "中国高新网", "人民网", "新华网", "经济日报"] * 4 + ["", "本站原创"]
AUTHORS = ["张明", "李华", "王芳", "刘洋", "陈静", "杨帆", "赵磊"]
CAPTIONS = ["图为活动现场。", "图为签约仪式。", "图为园区外景。", None]


@dataclass
class Article:
    """One generated article: what the pages are rendered from."""

    id: int
    channel: str
    title: str
    day: date
    hour: int
    minute: int
    author: str | None
    source: str
    paragraphs: list[str]
    images: list[tuple[int, str, str | None]]

    @property
    def path(self) -> str:
        return f"/{self.channel}/show/{self.id}.aspx"


def _fill(rng: random.Random, template: str, year: int) -> str:
    return template.format(
        place=rng.choice(PLACES),
        org=rng.choice(ORGS),
        field=rng.choice(FIELDS),
        field2=rng.choice(FIELDS),
        action=rng.choice(ACTIONS),
        event=rng.choice(EVENTS),
        num=rng.choice(NUMBERS),
        num2=rng.randint(2, 60),
        num3=rng.randint(100, 9000),
        unit=rng.choice(UNITS),
        money=rng.choice(MONEY),
        year=year,
    )


def generate(n: int, seed: int = 7) -> list[Article]:
    """Generate ``n`` articles, oldest first, deterministically from ``seed``."""
    rng = random.Random(seed)
    slugs = [c["slug"] for c in CHANNELS]
    weights = [WEIGHTS.get(s, 4) for s in slugs]
    span = (LAST_DATE - FIRST_DATE).days
    articles = []
    for i in range(n):
        aid = FIRST_ID + i
        day = FIRST_DATE + timedelta(days=(i * span) // max(1, n - 1))
        channel = rng.choices(slugs, weights)[0]
        paragraphs = []
        for _ in range(rng.randint(2, 6)):
            sentences = []
            for _ in range(rng.randint(2, 4)):
                free = "".join(rng.choices(WORDS, k=rng.randint(6, 14)))
                if rng.random() < 0.25:  # a stock sentence of the trade, with its slots filled
                    sentence = _fill(rng, rng.choice(SENTENCES), day.year)
                    sentences.append(f"{free}，{sentence}")
                else:
                    more = "".join(rng.choices(WORDS, k=rng.randint(5, 12)))
                    sentences.append(f"{rng.choice(PLACES)}{free}，{more}。")
            paragraphs.append("".join(sentences))
        images = []
        if rng.random() < 0.3:
            at = rng.randrange(len(paragraphs))
            ext = ".png" if aid % 2 else ".gif"
            images.append(
                (
                    at,
                    f"/UploadFiles/{day:%Y%m}/{day:%Y%m%d}{aid % 1000:03d}1{ext}",
                    rng.choice(CAPTIONS),
                )
            )
        articles.append(
            Article(
                id=aid,
                channel=channel,
                title=_fill(rng, rng.choice(TITLES), day.year),
                day=day,
                hour=8 + rng.randrange(10),
                minute=rng.randrange(60),
                author=rng.choice(AUTHORS) if rng.random() < 0.3 else None,
                source=rng.choice(SOURCES),
                paragraphs=paragraphs,
                images=images,
            )
        )
    return articles


_e = replica_pages._e
_cut = replica_pages._cut


def _style(slug: str) -> dict:
    return STYLES.get(slug, DEFAULT_STYLE)


def _channel(slug: str) -> dict:
    return next(c for c in CHANNELS if c["slug"] == slug)


def _lede(first: str) -> str:
    sentence = first.split("。")[0]
    cut = sentence.rfind("，", 0, 45)
    return sentence[:cut] if cut >= 12 else sentence[: min(30, len(sentence) - 1)]


class Site:
    """The rendered site: ``responses[path] = (status, headers, body)``."""

    def __init__(self, n: int = 10_000, seed: int = 7, page_size: int = 20):
        self.articles = generate(n, seed)
        self.page_size = page_size
        self.by_channel: dict[str, list[Article]] = {c["slug"]: [] for c in CHANNELS}
        for a in reversed(self.articles):  # newest first
            self.by_channel[a.channel].append(a)
        self.responses: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}
        self._render()

    # -- rendering -------------------------------------------------------------------
    def _html(self, path: str, text: str, encoding: str = "utf-8") -> None:
        if encoding == "gbk":
            headers = [("Content-Type", "text/html")]
            body = text.encode("gbk", errors="xmlcharrefreplace")
        else:
            headers = [("Content-Type", "text/html; charset=utf-8")]
            body = text.encode("utf-8")
        self.responses[path] = (200, headers, body)

    def _render(self) -> None:
        pictures = [a for a in reversed(self.articles) if a.images][:6]
        self._picture_rows = [
            f'<li><a href="{a.path}" target="_blank"><img src="{a.images[0][1]}" alt="{_e(a.title)}" /></a>'
            f'<h4><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(a.title[:8])}</a></h4>'
            f'<p>{_e(a.paragraphs[0][:24])}...<a href="{a.path}" target="_blank">[详情]</a></p></li>'
            for a in pictures
        ]
        self._pictures = pictures
        self._html("/", self.home_page())
        self._html("/default.aspx", self.home_page())
        self.responses["/robots.txt"] = (
            200,
            [("Content-Type", "text/plain")],
            replica_pages.ROBOTS.encode("ascii"),
        )
        for slug, entries in self.by_channel.items():
            ch = _channel(slug)
            total = self.listing_pages(slug)
            for page in range(1, total + 1):
                text = self.listing_page(slug, page, total)
                if page == 1:
                    self._html(f"/{slug}/", text, ch["encoding"])
                self._html(f"/{slug}/list.aspx?page={page}", text, ch["encoding"])
            for i, a in enumerate(entries):
                newer = entries[i - 1] if i > 0 else None
                older = entries[i + 1] if i + 1 < len(entries) else None
                self._html(a.path, self.article_page(a, newer, older), ch["encoding"])

    def listing_pages(self, slug: str) -> int:
        return max(1, -(-len(self.by_channel[slug]) // self.page_size))

    def home_page(self) -> str:
        latest = self.articles[::-1][:10]
        rows = "\n".join(
            f'<li><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(_cut(a.title))}</a>'
            f"<span>{a.day:%m-%d}</span></li>"
            for a in latest
        )
        blocks = "\n".join(f'<li><a href="/{c["slug"]}/">{c["title"]}</a></li>' for c in CHANNELS)
        content = (
            '<div class="left" id="ctl00_ContentPlaceHolder1_divLeft">\n'
            f'<div class="latest"><h3>最新资讯</h3>\n<ul>\n{rows}\n</ul>\n</div>\n</div>\n'
            f'<div class="right"><div class="channels"><h3>频道导航</h3>\n<ul>\n{blocks}\n</ul>\n</div></div>'
        )
        return replica_pages.wrap(
            f"{SITE_NAME}-孵化器_众创空间_科技园区_创业服务平台", content, "utf-8", "default.aspx"
        )

    def listing_page(self, slug: str, page: int, total: int) -> str:
        ch = _channel(slug)
        entries = self.by_channel[slug]
        fmt = _style(slug)["list_date"]
        rows = [
            f'<li><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(_cut(a.title))}</a>'
            f"<span>{a.day.strftime(fmt)}</span></li>"
            for a in entries[(page - 1) * self.page_size : page * self.page_size]
        ]
        body = (
            '<ul class="newslist">\n' + "\n".join(rows) + "\n</ul>"
            if rows
            else '<div class="nodata">暂无内容</div>'
        )
        hot = [a for a in self.articles[::-1][:40] if a.channel != slug][:6]
        hot_rows = "\n".join(
            f'<li><a href="{a.path}" title="{_e(a.title)}" target="_blank">{_e(_cut(a.title, 16))}</a></li>'
            for a in hot
        )
        content = (
            '<div class="left" id="ctl00_ContentPlaceHolder1_divLeft">\n'
            f'<div class="position">当前位置：<a href="/">{SITE_NAME}</a> &gt; {ch["title"]}</div>\n'
            f'<div class="listbox" id="ctl00_ContentPlaceHolder1_divList">\n<h2>{ch["title"]}</h2>\n'
            + body
            + "\n"
            + replica_pages.aspnet_pager(
                page,
                total,
                len(entries),
                lambda n: f"/{slug}/" if n == 1 else f"/{slug}/list.aspx?page={n}",
                window=9,
            )
            + "\n</div>\n</div>\n"
            '<div class="right" id="ctl00_ContentPlaceHolder1_divRight">\n'
            f'<div class="hot"><h3>热门文章</h3>\n<ul>\n{hot_rows}\n</ul>\n</div>\n</div>'
        )
        title = (
            f"{ch['title']}_{SITE_NAME}" if page == 1 else f"{ch['title']}_第{page}页_{SITE_NAME}"
        )
        return replica_pages.wrap(title, content, ch["encoding"], "list.aspx")

    def article_page(self, a: Article, newer: Article | None, older: Article | None) -> str:
        ch = _channel(a.channel)
        style = _style(a.channel)
        if a.id % 3 == 0:
            fields = [("发布时间", f"{a.day.isoformat()} {a.hour:02d}:{a.minute:02d}")]
        else:
            fields = [("发布日期", a.day.isoformat())]
        if a.author:
            fields.append(("作者", a.author))
        fields += [("编辑", SITE_NAME), ("来源", a.source)]
        meta = style["sep"].join(f"{label}：{_e(value)}" for label, value in fields)
        paras = replica_pages.body_paragraphs(a.paragraphs, a.images, style["indent"])

        def link(x: Article | None) -> str:
            return f'<a href="{x.path}">{_e(x.title)}</a>' if x else "没有了"

        sidebar = "\n".join(
            row for p, row in zip(self._pictures, self._picture_rows, strict=True) if p.id != a.id
        )
        content = (
            '<div class="left" id="ctl00_ContentPlaceHolder1_divLeft">\n'
            '<div class="position" id="ctl00_ContentPlaceHolder1_divPosition">当前位置：'
            f'<a href="/">{SITE_NAME}</a> &gt; <a href="/{a.channel}/">{ch["title"]}</a>'
            " &gt;  正文</div>\n"
            '<div class="article">\n'
            f'<h1 id="ctl00_ContentPlaceHolder1_lblTitle">{_e(a.title)}</h1>\n'
            f'<div class="info" id="ctl00_ContentPlaceHolder1_lblInfo">{meta}</div>\n'
            f'<div class="summary" id="ctl00_ContentPlaceHolder1_lblSummary">{_e(_lede(a.paragraphs[0]))}</div>\n'
            '<div class="content" id="ctl00_ContentPlaceHolder1_lblContent">\n'
            + "\n".join(paras)
            + "\n</div>\n</div>\n"
            f'<div class="prevnext"><p>上一篇：{link(older)}</p><p>下一篇：{link(newer)}</p></div>\n'
            '<div class="tools">【<a href="javascript:window.print();">打印本页</a>】'
            '【<a href="javascript:window.close();">关闭窗口</a>】</div>'
            "\n</div>\n"
            '<div class="right" id="ctl00_ContentPlaceHolder1_divRight">\n'
            '<div class="pic_news"><h3>图片新闻推荐</h3>\n<ul>\n'
            + sidebar
            + "\n</ul>\n</div>\n</div>"
        )
        title = (
            f"{a.title}-{SITE_NAME}"
            if a.channel == "news"
            else f"{a.title}_{ch['name']}_{SITE_NAME}"
        )
        return replica_pages.wrap(title, content, ch["encoding"], f"{a.id}.aspx")

    # -- facts the benchmarks check against ---------------------------------------------
    def listing_page_count(self) -> int:
        return sum(self.listing_pages(s) for s in self.by_channel)

    def article_bytes(self) -> list[int]:
        return [len(self.responses[a.path][2]) for a in self.articles]


NOT_FOUND = replica_pages.NOT_FOUND.encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Scrapy's connection pool expects
    server_version = "Microsoft-IIS/7.5"

    def version_string(self) -> str:
        return self.server_version

    def _respond(self, send_body: bool) -> None:
        server = self.server
        if server.latency:  # type: ignore[attr-defined]
            time.sleep(server.latency)  # type: ignore[attr-defined]
        found = server.responses.get(self.path)  # type: ignore[attr-defined]
        if found is None and self.path.startswith("/UploadFiles/"):
            found = (200, [("Content-Type", "image/gif")], b"GIF89a")
        status, headers, body = found or (404, [("Content-Type", "text/html")], NOT_FOUND)
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("X-Powered-By", "ASP.NET")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self._respond(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def serve(site: Site, port: int = 0, latency_ms: float = 0.0) -> _Server:
    """A server for ``site`` bound to 127.0.0.1:``port`` (call ``serve_forever`` on it)."""
    httpd = _Server(("127.0.0.1", port), _Handler)
    httpd.responses = site.responses  # type: ignore[attr-defined]
    httpd.latency = latency_ms / 1000.0  # type: ignore[attr-defined]
    return httpd


class SiteProcess:
    """The synthetic site served by a child process; ``with SiteProcess(n) as s: s.base_url``."""

    def __init__(self, n: int, *, seed: int = 7, page_size: int = 20, latency_ms: float = 0.0):
        self.args = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--n", str(n), "--seed", str(seed), "--page-size", str(page_size),
            "--latency-ms", str(latency_ms), "--port", "0",
        ]  # fmt: skip
        self.proc: subprocess.Popen | None = None
        self.info: dict[str, str] = {}

    def __enter__(self) -> SiteProcess:
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()  # "READY key=value ..." once every page is rendered
        if not line.startswith("READY"):
            self.proc.kill()
            raise RuntimeError(f"synthetic site did not start: {line!r}")
        self.info = dict(part.split("=", 1) for part in line.split()[1:])
        return self

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.info['port']}/"

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--page-size", type=int, default=20, help="articles per listing page")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay per response")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    site = Site(args.n, args.seed, args.page_size)
    httpd = serve(site, args.port, args.latency_ms)
    sizes = site.article_bytes()
    print(
        f"READY port={httpd.server_address[1]} articles={len(site.articles)}"
        f" listing_pages={site.listing_page_count()} channels={len(site.by_channel)}"
        f" article_bytes_mean={sum(sizes) // max(1, len(sizes))}"
        f" render_s={time.perf_counter() - started:.2f}",
        flush=True,
    )
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


if __name__ == "__main__":
    main()
