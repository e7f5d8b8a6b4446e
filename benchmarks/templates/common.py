"""Shared data, rendered-page records, snapshot access and scoring for the template renders (tmpl91).

Every renderer fills a real CMS template, read from its repository's snapshot in ``/work/.mirror``,
with the records below (titles in our own words) and keeps beside each page the main list's links
and the next page a labeller writes (tests/real/LABELLING.md's list decisions).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pagination import find_next_page

# the list benchmarks' one scoring (benchmarks/list_scores.py), also when a renderer runs alone
sys.path.append(str(Path(__file__).resolve().parent.parent))
from list_scores import canon, page_score  # noqa: E402

#: Where fetched repository snapshots live (``owner+name/repo``, a bare or a work-tree ``.git``).
MIRROR = Path(os.environ.get("INCUBATOR_MIRROR", "/work/.mirror"))

TITLES = [
    "市教育局召开2024年春季学期工作部署会议",
    "关于开展第十二届校园科技文化节活动的通知",
    "我校师生在全国大学生数学建模竞赛中获佳绩",
    "学院党委理论学习中心组开展专题学习研讨",
    "2024年度国家自然科学基金项目申报工作启动",
    "图书馆关于寒假期间开放时间调整的公告",
    "中外合作办学项目招生简章正式发布",
    "研究生院举办学位论文写作规范专题讲座",
    "后勤服务集团开展食品安全专项检查工作",
    "校领导带队赴对口帮扶地区调研乡村振兴",
    "附属医院成功完成首例机器人辅助手术",
    "关于公布2023年度优秀共青团员名单的决定",
    "计算机学院与企业共建联合实验室揭牌仪式",
    "国际交流处举办留学生中国传统文化体验周",
    "财务处关于规范差旅费报销流程的说明",
    "体育部组织开展冬季长跑活动圆满结束",
    "档案馆征集校史资料和实物的启事",
    "心理健康教育中心举行朋辈辅导员培训",
    "外国语学院举办第六届英语演讲比赛决赛",
    "保卫处开展消防安全应急疏散演练活动",
]
SIDE = [
    "学校召开新学期安全稳定工作会议",
    "热烈祝贺我校获批国家级一流本科专业",
    "校友会第三届理事会换届大会召开",
    "关于做好2024年元旦期间值班工作的通知",
    "教务处关于期末考试安排的通知",
    "我校在省级教学成果奖评选中获奖",
    "后勤处关于校园供暖的温馨提示",
    "研究生招生复试工作方案公布",
    "信息中心网络维护通知",
    "学术委员会换届选举结果公示",
]
CHANNELS = [
    ("学院新闻", "xyxw"),
    ("通知公告", "tzgg"),
    ("学术动态", "xsdt"),
    ("党建工作", "djgz"),
    ("招生就业", "zsjy"),
]


def day(i: int, page: int) -> tuple[int, int, int]:
    """A record's date: newer first, page by page."""
    n = (page - 1) * 20 + i
    return 2024, 12 - (n // 28) % 12, 28 - n % 28


# English names as PHP prints them, whatever the machine's locale
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def php_date(
    fmt: str, y: int, mo: int, d: int, clock: tuple[str, str] = ("10", "00"), second: str = "00"
) -> str:
    """A date printed by a PHP ``date()`` format (backslash escapes kept); ``clock``: the hour and minute."""
    hour = int(clock[0])
    half = hour % 12 or 12
    month, weekday = MONTHS[mo - 1], WEEKDAYS[date(y, mo, d).weekday()]
    rep = {
        "Y": f"{y}", "y": f"{y % 100:02d}", "m": f"{mo:02d}", "n": f"{mo}", "d": f"{d:02d}", "j": f"{d}",
        "H": clock[0], "G": f"{hour}", "h": f"{half:02d}", "g": f"{half}", "i": clock[1], "s": second,
        "A": "AM" if hour < 12 else "PM", "a": "am" if hour < 12 else "pm",
        "M": month[:3], "F": month, "D": weekday[:3], "l": weekday,
    }  # fmt: skip
    out, escape = [], False
    for ch in fmt:
        if escape:
            out.append(ch)
            escape = False
        elif ch == "\\":
            escape = True
        else:
            out.append(rep.get(ch, ch))
    return "".join(out)


@dataclass
class Rendered:
    """One rendered page: where its template came from, its address, HTML, main-list links and next page."""

    family: str
    repo: str
    commit: str
    path: str
    page: int
    url: str
    html: str
    links: list[str]
    next_page: str | None
    kind: str = ""
    notes: dict = field(default_factory=dict)


def repo_dir(repo: str) -> str:
    """The git directory of ``owner/name``'s snapshot in the mirror."""
    base = MIRROR / repo.replace("/", "+") / "repo"
    return str(base / ".git") if (base / ".git").is_dir() else str(base)


def git_show(repo_dir: str, path: str, commit: str = "HEAD") -> str:
    """A file of a snapshot at ``commit``, decoded (UTF-8, else GB18030), "" when absent."""
    out = subprocess.run(
        ["git", "--git-dir", repo_dir, "show", f"{commit}:{path}"], capture_output=True
    )
    data = out.stdout
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def git_ls(repo_dir: str, commit: str = "HEAD") -> list[str]:
    """Every file path of a snapshot at ``commit``."""
    out = subprocess.run(
        ["git", "--git-dir", repo_dir, "ls-tree", "-r", "--name-only", commit],
        capture_output=True,
        text=True,
    )
    return out.stdout.splitlines()


def head(repo_dir: str) -> str:
    """The commit a snapshot's HEAD names."""
    return subprocess.run(
        ["git", "--git-dir", repo_dir, "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()


def snapshot(repo: str, commit: str | None = None) -> tuple[str, list[str], str]:
    """A repository's snapshot: its git directory, every file path at ``commit`` (HEAD when
    none is named) and the commit read."""
    rd = repo_dir(repo)
    commit = commit or head(rd)
    return rd, git_ls(rd, commit), commit


def page_rows(
    template: tuple[str, str, str, str],
    pages: Iterable[int],
    count: int,
    render: Callable[[int], tuple[str | None, list[str]]],
    address: Callable[[int], str],
    kind: str = "",
) -> list[Rendered]:
    """One template's rows at ``pages`` of ``count``, the renderers' one driver.

    ``template`` is ``(family, repo, commit, path)``; ``render(page)`` gives the page's HTML
    (None: the template prints no list, no row) and the main list's hrefs; a row's address is
    ``address(page)``, its links the hrefs resolved against it (each once, in page order) and
    its next page ``address(page + 1)`` below the last page.
    """
    family, repo, commit, path = template
    rows = []
    for page in pages:
        html, hrefs = render(page)
        if html is None:
            continue
        url = address(page)
        links = list(dict.fromkeys(urljoin(url, h) for h in hrefs))
        nxt = address(page + 1) if page < count else None
        rows.append(Rendered(family, repo, commit, path, page, url, html, links, nxt, kind))
    return rows


def run_alone(name: str, rows: list[Rendered]) -> None:
    """A renderer run by itself: its pages written to ``/tmp/list_templates/NAME.jsonl`` and counted."""
    save(rows, name)
    templates = len({(r.repo, r.path) for r in rows})
    print(len(rows), "pages", templates, "templates", len({r.repo for r in rows}), "repos")


def score(r: Rendered) -> dict:
    """The finder's links and next page on a rendered page, scored as real_lists.py scores."""
    if r.next_page:
        # a pager the template keeps inside an HTML comment (a script loads more): no next page
        tail = urlsplit(r.next_page).path.rsplit("/", 1)[-1] or urlsplit(r.next_page).path
        if tail and tail not in re.sub(r"<!--.*?-->", "", r.html, flags=re.S):
            r.next_page = None
    sel = Selector(text=r.html)
    pred = [e.url for e in find_article_links_generic(sel, r.url)]
    nx = find_next_page(sel, r.url)
    nxu = nx.url if nx is not None else None
    rec, prec = page_score(pred, r.links)
    return {
        "recall": rec,
        "precision": prec,
        "next_ok": canon(nxu) == canon(r.next_page),
        "pred": pred,
        "next": nxu,
    }


def save(rows: list[Rendered], name: str, out: str = "/tmp/list_templates") -> None:
    """Write rendered pages as JSON lines (``out/name.jsonl``) for reading a miss."""
    Path(out).mkdir(parents=True, exist_ok=True)
    with open(f"{out}/{name}.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r.__dict__, ensure_ascii=False) + "\n")
