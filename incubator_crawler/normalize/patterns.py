"""Compiled regular expressions shared by the normalisers.

Every regex used by ``incubator_crawler.normalize`` lives here as an UPPER_CASE
constant so that the rules can be reviewed (and extended) in one place.
Patterns marked *compact* are matched against a line that was NFKC-normalised
and had all whitespace removed (see ``body.compact``), which is how we absorb
``【字体：大 中 小】`` vs ``【字体:大中小】`` style variation without listing
every spacing.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- whitespace

# Encoding damage: a paragraph whose leading \u3000 indent became "??" (szcydr.com).
LEADING_QMARKS = re.compile(r"^\?{2,}(?=\S)")

# --------------------------------------------------------------------------- dates


# --------------------------------------------------------------------------- people


# --------------------------------------------------------------------------- titles


# --------------------------------------------------------------------------- body boilerplate

# Control tokens (matched on the compact form). A line made only of these and of
# separators is page chrome. Bracketed words that are not here (【基本案情】) stay.
_CONTROL_TOKEN = (
    r"字(?:体|號|号|体大小|體)[:]?[【\[〖(]?(?:[大中小]|默认|默認|放大|缩小|縮小|[/|、,·])+[】\]〗)]?"
    r"|[大中小]{3}"
    r"|打印本页|打印此页|打印本文|打印文章|打印|列印|关闭窗口|关闭本页|关闭|關閉窗口|關閉"
    r"|我要纠错|纠错|收藏本页|收藏|返回顶部|返回首页|返回列表|返回|顶部|设为首页|加入收藏|网站地图|联系我们"
    r"|放大|缩小|默认|默認|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|手机扫一扫|是否打开信息无障碍浏览"
    r"|网站无障碍|信息无障碍|无障碍|关怀版|长者模式|登录|注册|繁体|繁體|简体|简体版|English|\+?我们微信|微信|微博"
    r"|QQ空间|分享"
)
CONTROL_LINE = re.compile(
    rf"^(?:[【\[〖(<]?(?:{_CONTROL_TOKEN})[】\]〗)>]?|[|丨/·•\-:：,，;；]|\d{{1,2}}(?=上|下))+$"
)
# Lines that start with these words are chrome whatever follows.
BOILERPLATE_LEAD = re.compile(
    r"^(?:\d{0,2}(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)"
    r"|分享到|分享至|扫一扫|您好[,!]?欢迎(?:来到|访问|光临)|欢迎(?:访问|光临)本站"
    r"|当前位置[:]|您的位置[:]|您现在的位置|所在位置[:]"
    r"|【?打印本页|【?关闭窗口)"
)
# Whole-line headers of sidebar blocks.
BOILERPLATE_HEADER = re.compile(
    r"^[【\[]?(?:图片新闻推荐|图片新闻|相关新闻|相关阅读|推荐阅读|相关文章|延伸阅读|热点新闻|热门文章|热门推荐"
    r"|猜你喜欢|最新文章|最新新闻|精彩推荐|更多>*|更多新闻)[】\]]?[:>]*$"
)
# Sidebar teasers end with [详情] / 【详情】 / [更多].
BOILERPLATE_TEASER = re.compile(r"(?:\[详情\]|【详情】|\[更多\]|【更多】|详情>>|更多>>)$")
# Empty or filled view counters: 点击数：次 / 点击数:<js>次 / 363次浏览 / 阅读量:12.
BOILERPLATE_COUNTER = re.compile(
    r"^(?:(?:点击数|点击量|点击|浏览次数|浏览量|浏览|阅读量|阅读数|阅读|访问量|人气)[:]?\d*次?|\d+次(?:浏览|阅读|点击))$"
)
# Footer lines: copyright, ICP licence, public-security filing (short lines only, see body.py).
BOILERPLATE_FOOTER = re.compile(
    r"版权所有|版權所有|copyright|©|ICP备|ICP證|ICP证|ICP備|公网安备|公網安備", re.IGNORECASE
)
# A meta line (date + other labelled field) pasted into the body container.
META_DATE_LEAD = re.compile(
    r"^(?:(?:发布日期|发布时间|发表时间|發佈時間|發布日期|publishtime)[:]"
    r"|\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))",
    re.IGNORECASE,
)
META_OTHER_FIELD = re.compile(
    r"(?:来源|來源|作者|编辑|編輯|责任编辑|浏览|点击|阅读)[:]|字体|字號|字号"
)
# Ellipses that mark a truncated lede.
TRAILING_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|。{3,}|⋯+)$")

# --------------------------------------------------------------------------- breadcrumb


# A short body line that is only a labelled source/editor/author (the tail of WeChat posts).
META_ONLY_LINE = re.compile(
    r"^[【\[(]?(?:来源|來源|信息来源|本文来源|文章来源|稿源|责编|責編|责任编辑|責任編輯|编辑|編輯|审核|校对|作者|记者|記者)"
    r"[:][^:]{1,30}$"
)

