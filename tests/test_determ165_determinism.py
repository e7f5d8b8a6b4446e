"""The same bytes give the same record under every hash seed (issue 10, session 31).

lxml makes an element's Python object on demand and frees it when unused, so a set of the
``id()``s of transient proxies may match another element later, and an answer could hang on
memory layout (session 30: an author came and went with PYTHONHASHSEED). Here the extractor runs
in subprocesses under three seeds on pages of our own making (shapes that reach the account line,
the picture key, the lead beside the headline, day-by-day list rows and off-site rows) and on the
bundled fixture and replica pages, and every run must print byte-identical JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FETCHED = datetime(2024, 6, 1, 12, 0)
_SEEDS = ("0", "1", "2")

_PROSE = (
    "园区今年新引进科技企业三十二家，其中多数来自新材料和生物医药领域，入驻率比去年提高了一成。"
)
_PROSE2 = "下半年园区还将建成一座中试基地，为入驻企业提供检测、试制和小批量生产的场地。"

# a post header: the account's name (one link) right over its labelled date line, above the title
_ACCOUNT = f"""<html><head><title>孵化器开放日活动回顾</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news/">动态</a></div>
<div class="head"><div><a href="/u/88">星河创客</a></div><div>发布于 2024-05-13 09:30</div></div>
<h1>孵化器开放日活动回顾</h1>
<div class="text"><p>{_PROSE}</p><p>{_PROSE2}</p><p>{_PROSE}还有更多企业在洽谈中。</p></div>
</body></html>"""

# pictures without an address (lazy images with no src): each picture is told apart by its element
_PICTURES = f"""<html><head><title>创新大赛决赛举行</title></head><body>
<h1>创新大赛决赛举行</h1><div>2024-04-02 来源：本站</div>
<div class="article">
<p>{_PROSE}</p>
<p><img class="lazy"></p><p>决赛现场</p>
<p><img class="lazy"></p><p>决赛现场</p>
<p><img class="lazy"></p><p>获奖团队合影</p>
<p>{_PROSE}评委来自多家投资机构。</p>
</div></body></html>"""

# the lead paragraph in the headline's box, the text's container outside it
_LEAD = f"""<html><head><title>科技园发布新一轮扶持政策</title></head><body>
<div class="top"><h1>科技园发布新一轮扶持政策</h1>
<div class="lead"><p>为鼓励初创团队落户，科技园管委会昨天公布了新一轮扶持办法。新政策覆盖房租、人才和研发三个方面，对首次入驻的团队给予一年的房租减免。
符合条件的企业可在下月起通过园区服务平台在线申报，审核结果将在一个月内公布。</p></div></div>
<div class="ad"><a href="/ad">广告</a></div>
<div class="main"><div>2024-03-08</div>
<p>{_PROSE}</p><p>申报截止日期为六月底，逾期不再受理。{_PROSE2}</p><p>咨询电话见园区网站。{_PROSE}</p>
</div></body></html>"""


def _day(date: str, items: list[tuple[str, str]]) -> str:
    rows = "".join(f'<li><a href="{href}">{words}</a></li>' for href, words in items)
    return f'<dl class="day"><dt>{date}</dt><dd><ul>{rows}</ul></dd></dl>'


# a list printed day by day, one day with a single story, and rows of another site built alike
_DAYS = (
    '<html><head><title>滚动新闻</title></head><body><div class="nav"><a href="/">首页</a></div>'
    '<div class="roll">'
    + _day(
        "2024-05-22",
        [
            ("/news/2024/0522/101.html", "园区举办创业沙龙活动邀请多位投资人"),
            ("/news/2024/0522/102.html", "孵化器新增三家科技企业入驻"),
            ("https://www.other-park.cn/a/7.html", "兄弟园区签署合作协议共建平台"),
        ],
    )
    + _day("2024-05-21", [("/news/2024/0521/99.html", "青年创新人才培训班开班")])
    + _day(
        "2024-05-20",
        [
            ("/news/2024/0520/97.html", "科技成果转化对接会举行"),
            ("/news/2024/0520/96.html", "园区企业获得国家专利授权十二项"),
        ],
    )
    + '</div><div class="pages"><a href="/news/list_2.html">下一页</a></div></body></html>'
)

OWN_PAGES = [
    ("own/account", _ACCOUNT, "https://www.park-demo.cn/news/2024/0513/1.html"),
    ("own/pictures", _PICTURES, "https://www.park-demo.cn/news/2024/0402/2.html"),
    ("own/lead", _LEAD, "https://www.park-demo.cn/news/2024/0308/3.html"),
    ("own/days", _DAYS, "https://www.park-demo.cn/news/"),
]


def _pages() -> list[tuple[str, bytes, str, dict]]:
    """Every page the runs extract: ours, the fixture pages with a .json beside them, and the
    replica's home, a list page and a handful of its articles."""
    out = [(name, html.encode("utf-8"), url, {}) for name, html, url in OWN_PAGES]
    for meta_path in sorted((ROOT / "tests" / "fixtures").rglob("*.json")):
        html = meta_path.with_suffix(".html")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if html.exists() and isinstance(meta, dict) and "url" in meta:
            name = f"fixtures/{meta_path.relative_to(ROOT / 'tests' / 'fixtures')}"
            out.append((name, html.read_bytes(), meta["url"], meta.get("headers") or {}))
    from incubator_crawler.replicas.cnfuhuaqi import route
    from incubator_crawler.replicas.cnfuhuaqi.catalog import valid_articles

    base = "http://www.cnfuhuaqi.com"
    paths = ["/", "/news/list.aspx"] + [
        f"/{a.channel}/show/{a.id}.aspx" for a in valid_articles()[:6]
    ]
    for path in paths:
        resp = route(path)
        out.append((f"replica{path}", resp.body, base + path, dict(resp.headers)))
    return out


def _records() -> str:
    """The JSON of every page's article record, and of its list links and next page."""
    from parsel import Selector

    from incubator_crawler.article.encoding import decode_html
    from incubator_crawler.crawl.process import extract_normalized
    from incubator_crawler.listing.links import find_article_links_generic
    from incubator_crawler.listing.pagination import find_next_page

    records = {}
    for name, body, url, headers in _pages():
        record = extract_normalized(body, url, headers=headers, fetched_at=FETCHED)
        sel = Selector(text=decode_html(body, headers.get("Content-Type"))[0])
        found = find_next_page(sel, url)
        record["_links"] = [e.url for e in find_article_links_generic(sel, url)]
        record["_next"] = found.url if found is not None else None
        records[name] = record
    return json.dumps(records, ensure_ascii=False, sort_keys=True, default=str)


def test_same_json_under_every_hash_seed():
    outs = []
    for seed in _SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, __file__], env=env, capture_output=True, timeout=60, check=True
        )
        outs.append(done.stdout)
    assert outs[0], "no output"
    records = json.loads(outs[0])
    assert len(records) >= len(OWN_PAGES) + 8
    for seed, out in zip(_SEEDS[1:], outs[1:], strict=True):
        assert out == outs[0], f"PYTHONHASHSEED={seed} gave another record than {_SEEDS[0]}"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.stdout.write(_records())
