"""What the list-shape tests ask of a list page: its article links and its next page, as the crawler finds them."""

from __future__ import annotations

from parsel import Selector

from incubator_crawler.listing.links import find_article_links_generic
from incubator_crawler.listing.pagination import find_next_page


def links(html: str, url: str) -> list[str]:
    """The article links the generic finder takes from ``html`` served at ``url``, in order."""
    return [e.url for e in find_article_links_generic(Selector(text=html), url)]


def next_url(html: str, url: str) -> str | None:
    """The next page's address the pager of ``html`` served at ``url`` gives, or None."""
    found = find_next_page(Selector(text=html), url)
    return found.url if found else None


# A science park's site (lists101, lists102): its menu, its footer and fifteen story titles.
HOST = "https://www.kjyq.example.cn"
MENU = (
    '<div class="nav"><a href="/">首页</a><a href="/yqgk/">园区概况</a>'
    '<a href="/xwdt/">新闻动态</a><a href="/tzgg/">通知公告</a><a href="/lxwm/">联系我们</a></div>'
)
FOOT = '<div class="foot">版权所有 某某科技园管理委员会</div>'
TITLES = (
    "园区召开科技企业座谈会",
    "孵化器举办创业项目路演",
    "管委会调研重点项目建设",
    "众创空间新入驻团队签约",
    "人才公寓配套设施完成验收",
    "产业基金首批项目完成投资",
    "园区企业获评专精特新称号",
    "科技金融服务中心正式揭牌",
    "青年创新创业大赛启动报名",
    "知识产权服务站开展培训",
    "智能制造展示中心对外开放",
    "园区党工委开展主题党日活动",
    "高新技术企业申报辅导会举行",
    "产学研合作对接会成功举办",
    "园区发布年度企业服务清单",
)
