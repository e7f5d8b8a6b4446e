"""Shared words of the people rules: titles, outlet, place and unit patterns, person tests."""

from __future__ import annotations

import re

from ...calendar_words import WEEKDAY_STEMS, alternatives
from ..counters import COMMENT_WORDS, READ_WORDS, VIEW_WORDS_SIMPLIFIED, either
from ..labels import (
    CREDIT_WORDS,
    LABEL_RE,
    LABELS,
    ORIGINAL_LINK_WORDS,
    PUBLISH_DATE_LABELS,
    REPORTER_ROLES,
    WRITER_LABELS,
    alternation,
)
from ..text import nfkc_compact

# The list split in two for rules that let any words lead the title (``新华社记者``, ``央视记者``):
# the bare titles (no shorter role ends them: 记者, 通讯员, 实习生, 评论员) and what the list puts
# before them (本报, 特约, 实习, ...). Derived, so a word added to REPORTER_ROLES (labels.py)
# reaches these rules too.
REPORTER_TITLES: tuple[str, ...] = tuple(
    w for w in REPORTER_ROLES if not any(o != w and w.endswith(o) for o in REPORTER_ROLES)
)
REPORTER_PREFIXES: tuple[str, ...] = tuple(
    dict.fromkeys(
        w[: -len(t)] for w in REPORTER_ROLES for t in REPORTER_TITLES if w != t and w.endswith(t)
    )
)
_TITLE_ALT = alternation(REPORTER_TITLES)
# The labels that credit the text by name alone (``作者 X``, ``撰文 X``): labels.WRITER_LABELS
_WRITER = alternation(WRITER_LABELS)
# A paper's short name glued before each job title of its byline line (``每经记者 X 每经实习记者 Y
# 每经编辑 Z``, ``园报记者 X 园报校对 Y``): the lead belongs to the title, never to a name
_OUTLET_LEAD = r"[\u4e00-\u9fff]{0,6}?"
# The staff a byline line may credit after its reporters: editors, reviewers, art editors
_STAFF_JOBS = alternation(LABELS["editor"] + LABELS["review"] + LABELS["media"])
# 报道 as the four spellings pages print it: the word that closes a report's credit
_REPORTED = "(?:报道|報道|報導|报导)"

# Every label that names a person or a publisher (LABELS' author key holds REPORTER_ROLES): what
# the cleaner strips before a name and what the body cleaner drops a short labelled line for
# (``来源：X``, ``通讯员：Y``).
PEOPLE_LABELS: tuple[str, ...] = LABELS["author"] + LABELS["editor"] + LABELS["source"]

# A line at the end of the body that only names the source: ``来源：科技日报``, ``（来源：新华社）``;
# any source label of LABELS (``新闻来源``, ``转自``).
TAIL_SOURCE_RE = re.compile(
    rf"^\s*[【\[(（]?\s*(?:{alternation(LABELS['source'])})"
    # a colon, or a space before a name that alone ends the line (``来源 CSDN``)
    r"(?:\s*:\s*|\s+(?=[^\s:】\])）]{2,20}\s*[】\])）]?\s*$)"
    # or nothing after 转载自 / 转自 (``转载自光明日报``) or 来源于 (``本文来源于“X”微信公众号``, decide79)
    r"|(?:(?<=[自于於])|[于於])(?=[^\s:】\])）]{2,20}\s*[】\])）]?\s*$"
    # (or a platform's account after 转自, its colon kept: ``转自微博：神圣午睡`` is a Weibo repost,
    # sourced whole as written after 转自, the lead's answer in session 31; 52sask)
    r"|[^\s:】\])）]{2,6}:[^\s:】\])）]{2,20}\s*[】\])）]?\s*$))"
    # a repost's address may be the value (``新闻来源： http://news.buaa.edu.cn/…``)
    r"(?P<name>https?://\S{4,80}?|(?<=[自于於])[^\s:】\])）]{2,6}:[^\s:】\])）]{2,20}(?=\s*[】\])）]?\s*$)"
    r"|[^】\])）:]{1,40}?)"
    # the link's words after a comma end the value (yorkhuaren: ``本文转载自网络，原文链接`` is 网络,
    # the lead's answer in session 34): the label of a link, not the outlet's name
    rf"(?:\s*,\s*{ORIGINAL_LINK_WORDS})?\s*[】\])）]?\s*$"
)

# A staff job's title, maybe led by the paper's short name (``每经编辑``): the staff credits'
# lead, and where a writer's or an editor's names stop
_STAFF_JOB_AHEAD = rf"{_OUTLET_LEAD}(?:{_STAFF_JOBS})"


# The source labels a meta line may print without a colon (``稿源 CSDN``, ``出处 快科技``): the
# unambiguous ones (转自 / 供稿 are words in prose); a source's item ends at a bar, a bullet, a
# spaced slash, a 丨, a wide gap (two spaces, ``&nbsp;&nbsp;``, ``\u3000`` after NFKC) or the end
_BARE_SOURCE_LABELS = (
    "信息来源", "文章来源", "新闻来源", "稿件来源", "本文来源", "来源", "稿源", "出处",
    "來源", "信息來源", "文章來源", "出處",
)  # fmt: skip
# The labels of the other items of a meta line, written without a colon (``作者 张三 来源 科技日报``)
_ITEM_LABELS = alternation(_BARE_SOURCE_LABELS + LABELS["editor"] + PUBLISH_DATE_LABELS)
# A counter word before its number, glued to the value or spaced (``来源 X热度12``, ``作者 X 阅读 12``)
# (or the count first: CSDN's ``来源 CSDN 0 条评论 作者 X``, its gaps squashed on the byline)
_COUNTER = (
    rf"\s*(?:{either(VIEW_WORDS_SIMPLIFIED)})\s*[(（]?\d"
    rf"|\s+\d+\s*[条次人]\s*(?:{either(COMMENT_WORDS + READ_WORDS)})"
)


# page controls and verbs printed beside a date (``2024-05-06 发布``, ``字体放大``)
_CONTROL_WORD_RE = re.compile(
    r"^(?:发布|發佈|发表|發表|更新|修改|编辑|字体|字號|字号|阅读|閱讀|浏览|评论|收藏|分享|打印|关注|来自|举报|投稿)"
)

_WEEKDAY_RE = re.compile(
    # the day may stand apart (``2012年5月18日 星期 五``): 星期 alone is the weekday's word
    rf"^(?:(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]?|(?i:(?:{alternatives(WEEKDAY_STEMS, lower=True)})day))[,，]?$"
)

# An unlabelled name that ends like an outlet is the source, otherwise a person or account.
_OUTLET_END_RE = re.compile(
    r"(?:网|網|报|報|社|台|新闻|新聞|日报|晚报|周刊|杂志|客户端|频道|中心|在线|发布|传媒|媒体|时报|电视)$"
)


# Words that stand beside a date or above it without being anyone's name: places (a dateline's
# ``2024-03-05 北京``), one-word channels (``科技``, ``财经``) and bodies that sign a notice
# (``（综合办）``). Unlabelled names pass these before they become an author.
# Provinces, big cities and countries a dateline names (``2024-03-05 北京``, ``北京报道``).
_PLACE_NAMES: tuple[str, ...] = tuple(
    "北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 深圳 广州 杭州 南京 武汉 成都 "
    "西安 苏州 长沙 郑州 合肥 济南 青岛 厦门 宁波 沈阳 大连 哈尔滨 长春 福州 南昌 昆明 贵阳 南宁 太原 石家庄 "
    "兰州 西宁 银川 乌鲁木齐 拉萨 呼和浩特 海口 无锡 东莞 佛山 珠海 温州 中国 全国 "
    # countries a dateline or a commenter's location names (``2024-04-07 01:45 英国``)
    "美国 美國 英国 英國 日本 韩国 韓國 法国 法國 德国 德國 俄罗斯 俄羅斯 加拿大 澳大利亚 澳洲 新西兰 "
    "意大利 西班牙 荷兰 荷蘭 瑞士 瑞典 印度 新加坡 马来西亚 馬來西亞 泰国 泰國 越南 菲律宾 印尼 巴西 "
    "臺灣 台灣 台北 臺北".split()
)
_PLACE_RE = re.compile(
    rf"^(?:{alternation(_PLACE_NAMES)}|國內|国内|国际|國際|海外|本地|本市)(?:省|市)?$"
    # the zones and parks our users crawl, named beside a date as a dateline (``2024-05-01 光谷``)
    r"|^(?:中关村|張江|张江|光谷|漕河泾|紫竹|前海|横琴|南沙|两江|雄安|滨海|东湖|天府|松山湖|临港|金桥|苏州工业园)$"
    r"|^[\u4e00-\u9fff]{1,8}(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|村|街道|自治州)$"
    # a park or zone by its kind alone too (``科技园 2024-03-05``): no one's name ends so
    r"|^[\u4e00-\u9fff]{0,8}(?:园区|科技园|产业园|工业园|软件园|示范区|自贸区|试验区|开发区|高新区|孵化器"
    r"|加速器|众创空间|科学城|科技城)$"
)
# The one home of the common topic and column words refused as a person's name wherever a name is
# checked (a byline's slot, the word beside a date, a closing bracket, a signature): a channel's
# or a report kind's name, an incubator site's column, and the topic words a common surname opens
# (施工, 安全). Imported, never copied (robust117).
TOPIC_WORDS = frozenset(
    "科技 财经 財經 体育 體育 社会 社會 娱乐 娛樂 军事 軍事 教育 健康 汽车 汽車 房产 房產 时政 時政 文化 旅游 "
    "综合 綜合 时尚 生活 政务 政務 经济 經濟 产业 產業 创新 创业 政策 公告 通知 地方 观点 觀點 评论 評論 "
    "专栏 專欄 深度 数码 數碼 游戏 遊戲 历史 歷史 读书 女性 育儿 法治 民生 环保 能源 农业 農業 三农 互联网 "
    "人物 访谈 聚焦 热点 熱點 快讯 快訊 原创 推荐 独家 獨家 国内 国际 要闻 要聞 党建 黨建 园区 园区动态 "
    # a report's kind as the kicker in the byline's slot (people.com.cn: ``<p class="author">探访</p>``)
    "探访 探訪 专访 專訪 调查 調查 观察 觀察 直击 直擊 特写 特寫 现场 現場 解读 解讀 特稿 专稿 專稿 "
    # a post's kind on a blog theme's thumbnail badge right over its ``by NAME / on DATE`` row
    # (devopschina.org: ``<div class="card-type">翻译</div>``, ``演讲``): no one's name
    "翻译 翻譯 译文 譯文 演讲 演講 转载 轉載 "
    "企业 企業 投资 金融 股票 基金 理财 科普 招聘 通告 公示 图片 视频 新闻 新聞 资讯 資訊 动态 動態 "
    # the channels and topic tags of incubator, park and zone sites
    "孵化器 孵化 众创空间 加速器 双创 创投 招商 招商引资 人才 项目 活动 会议 通知公告 工作动态 媒体报道 "
    "图片新闻 政务公开 信息公开 人工智能 大数据 区块链 新能源 生物医药 智能制造 双创周 科技成果 成果转化 "
    # topic words a surname opens (施, 安): ``（施工 安全）`` closing a notice is no two writers
    "施工 安全".split()
)
# A column of activities (``班级活动``, ``年会活动``, ``社团活动``): the kind of item a school's, a
# club's or a firm's site files its reports under, printed beside the date or in a template's 来源
# slot, its link lost or never there; no outlet's or writer's name ends in 活动 (follow315)
ACTIVITY_COLUMN_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:活动|活動)$")
_ORG_END = (
    r"(?:办|辦|局|委|部|处|處|院|会|會|所|馆|館|厅|廳|室|组|組|科|站|队|隊|中心|公司|集团|集團|协会|協會"
    r"|学校|學校|大学|大學|学院|學院|政府|办公室|管委会|基地|园区)"
)
_ORG_END_RE = re.compile(_ORG_END + "$")
# The groups a site may belong to beyond the units: a school's class (``2020级一班``), a club
# (X俱乐部, X社团, and the 社 a club's name so often ends in: X学社, X文学社, X研习社; people167's
# distractors named the site's first segment so under dev pages' texts)
_SITE_GROUP_END_RE = re.compile(rf"(?:{_ORG_END}|班|俱乐部|俱樂部|社团|社團|社)$")


def _unit_word(word: str) -> bool:
    """True when ``word``, standing before a writer's name, is the writer's unit (宣传部, 眼科,
    机电工程学院), not a person whose name ends like one (王文科, 张国会: a surname, three
    characters at most)."""
    return bool(_ORG_END_RE.search(word)) and not (
        len(word) <= 3 and word[0] in _SIGNATURE_SURNAMES
    )


def site_group(name: str) -> bool:
    """True when ``name`` is a group's, one that may own a site: an office or a firm (the unit
    words above), a school class (上塘城西中学2020级一班, a class's news site) or a club. Not a
    person whose name ends like one (王文科, 鲁班: a surname, three characters at most)."""
    value = nfkc_compact(name)
    return bool(_SITE_GROUP_END_RE.search(value)) and not (
        len(value) <= 3 and value[0] in _SIGNATURE_SURNAMES
    )


# A group's name in Latin letters: the group that runs a site, no writer (LABELLING.md, twenty-first
# round: a lab's name box under the text names the group, not a writer)
_LATIN_GROUP_END_RE = re.compile(
    r"(?i)[A-Za-z]\W*\s(?:lab|labs|laboratory|team|group|studio|club|society|association|inc|ltd|llc)\.?$"
)

# An outlet word anywhere in a name (``香港電台-財經``, ``人民网-文化频道``).
_OUTLET_WORD_RE = re.compile(
    r"网|網|报|報|社|电台|電台|电视|電視|新闻|新聞|频道|頻道|传媒|傳媒|媒体|媒體|杂志|雜誌"
)


# A link to the site's copyright or disclaimer page closing the meta line (cjddsb's ``作者：
# 版权声明`` with the writer's slot empty): a page link, no name
_NOTICE_LINK = r"版权声明|版權聲明|免责声明|免責聲明"
NOTICE_LINK_RE = re.compile(rf"^(?:{_NOTICE_LINK})$")

# A blog theme's colon-less filed-under labels (NexT's ``分类于``, LoveIt's ``收录于``): the words after
# them name the post's category; the labels themselves never name anyone (beside_date imports them)
FILED_UNDER_WORDS = r"分类于|分類於|归档于|歸檔於|归类于|歸類於|收录于|收錄於"
_FILED_UNDER_LEAD_RE = re.compile(rf"(?:{FILED_UNDER_WORDS})")


def filed_under(name: str) -> bool:
    """True when ``name`` opens with a filed-under label: a theme's author slot printed empty, the
    next item's label read in its place (LoveIt's ``作者 收录于 园区动态``, tmpl129)."""
    return _FILED_UNDER_LEAD_RE.match(name) is not None


# Page widgets printed beside a date (comment counts, font size, read aloud, QR codes, print and
# close buttons): a word of them anywhere makes the token no name and no outlet.
_PAGE_WIDGET_RE = re.compile(
    r"评论|評論|纠错|糾錯|字号|字號|字体|字體|分享|打印|列印|关闭|關閉|返回|收藏|点赞|點讚|扫一扫|掃一掃|二维码|二維碼"
    r"|朗读|朗讀|播报|播報|收听|收聽|阅读|閱讀|浏览|瀏覽|点击|點擊|参与|參與|讨论|討論|跟帖|举报|舉報|原文|全文"
    r"|手机看|手機看|北京时间|北京時間|专题|專題|转载|轉載|首发|首發|本文|我要|热度|熱度|默认|默認|顶部|頂部|窗口"
    r"|订阅|訂閱|关注|關注|下载|下載|登录|登錄|注册|註冊|\d+\s*(?:条|條|人|次|个|個|赞|讚)"
    # ads and a moderator's menu (``2024-05-24 14:56 广告``, a forum's ``管理`` button)
    # (badges run together count too: a CMS's ``头条热门`` / ``置顶精选`` before ``发布时间：DATE``, audit302)
    r"|广告|廣告|推广|推廣|回复|回覆|^管理$|^(?:置顶|置頂|首页|首頁|头条|頭條|热门|熱門|精选|精選|小编|小編)+$"
    # a reviewer's role word alone (a fact-check page's ``复核`` button beside the date): a
    # role, never the name of who holds it
    r"|^(?:复核|復核|审核|審核|校对|校對|审校|審校)$"
    # forum and blog controls beside a post's date (Discuz's 只看该作者 / 发消息 / 显示全部楼层,
    # a digest badge, a blog's 目录视图): a button, never a name
    r"|发消息|發消息|只看|显示全部|顯示全部|楼层|樓層|视图|視圖|加好友|^(?:精华|精華|楼主|樓主)$"
    # a thread's order buttons after a floor's 发表于 date (tssqjy's ``倒序看帖`` / ``查看所有倒序看帖``,
    # Discuz's 倒序浏览): audit108
    r"|倒序|正序|看帖"
    # bookmark and home-page buttons (``加入最愛``, ``设为首页``)
    r"|最爱|最愛|加入收藏|设为首页|設為首頁|设為首頁"
    r"|显示图片|顯示圖片|查看大图|查看原图|无图模式"
    # an encyclopedia's entry buttons beside 编辑 and 讨论 (``编辑 锁定 讨论 上传视频``)
    r"|^(?:锁定|鎖定)$|上传(?:视频|图片)|上傳(?:視頻|圖片)"
    # a filed-under label read as a name where the theme printed its author slot empty (LoveIt's
    # ``作者 收录于 园区动态``, tmpl129)
    rf"|^(?:{FILED_UNDER_WORDS})"
    # a blog theme's empty slots (tmpl129): a tag box with no tag (Matery's ``无标签`` chip under the
    # headline) and the prompt a theme prints where the site set no author (Volantis's
    # ``请设置文章作者``): the theme's words, never a name
    r"|^(?:暂无|暫無|无|無|没有|沒有)(?:标签|標籤|分类|分類|tags?)$|^请(?:设置|設置|填写|填寫|输入|輸入)"
    # a short-link or copy-link button (storm's ``產生縮網址`` over the date line)
    r"|縮網址|缩网址|短網址|短网址|複製網址|复制网址|複製連結|复制链接"
    r"|^(?:上|下)一(?:篇|条|條|页|頁)"
    # a time of day, a relative day, a media badge and the site's version toggles (``英文版``,
    # ``大字版``, ``无障碍``) printed beside a date: words of the page, not a writer's name
    r"|^(?:上午|下午|中午|晚上|凌晨|早上|傍晚|今日|今天|昨天|昨日|日前|近日|近期|目前|文章|会员|會員|图文|圖文"
    r"|音频|音頻|文字|语音|語音)$"
    r"|^[\u4e00-\u9fff]{1,3}版$|无障碍|無障礙|适老|適老|关怀模式|關懷模式"
    # a font-size control's words run together (lfygxzf's ``<span>大</span><span>小</span>`` after
    # the date reads ``大小``; ``大中小``): the size buttons, no name
    r"|^大中?小$"
    # a table of contents box's own title (a theme's ``目录`` over an empty list, under the
    # headline and over the tag / category / update lines: audit302): the box's word, no name
    r"|^(?:文章|本文)?(?:目录|目錄)$"
    rf"|{_NOTICE_LINK}"
    # a label word without its colon (``最后更新时间 2022-12-29``, ``公開日 2019年2月13日``): no
    # name ends in 时间 / 日期, or in a publish/update/post verb and 日
    r"|(?:时间|時間|日期|(?:公開|公开|投稿|更新|発行|發行|发行|发布|發布|掲載|作成|发表|發表)日)$"
    # credits of compiling, reporting, pictures (综合报道, 编辑整理, 摄影) and English widgets
    # (a share bar's ``Tweet`` button beside the date: hknews-oncc's toolbar)
    rf"|{alternation(CREDIT_WORDS)}"
    r"|(?i:^(?:views?|comments?|share|tweet|print|reads?|likes?|font|e-?mail)\b)"
)


# Latin letters in a name (``AIbase基地``): a platform handle, whatever it ends with.
_CJK_LATIN_RE = re.compile(r"[A-Za-z]")


# A dispatch's dateline (``澎湖縣28日電``, ``北京3月5日电``): where and when it was filed
_DATELINE_RE = re.compile(r"^[\u4e00-\u9fff]{0,8}\d{1,2}月?\d{0,2}日?[电電]$")


# An outlet's 讯 ("reports") standing where a name could (``本站讯``, ``园区网讯``): a dateline
_XUN_MARK_RE = re.compile(r"(?:本|网|網|报|報|站|台|社|刊|中心)[讯訊]$")


def _not_a_person(name: str) -> bool:
    """True for a place, a one-word channel, a dateline or a numeral standing where a name could."""
    joined = "".join(name.split())
    return (
        joined in TOPIC_WORDS
        or joined[-1:] in "讯訊"
        and _XUN_MARK_RE.search(joined) is not None
        or bool(_PLACE_RE.match(joined))
        or ("电" in joined or "電" in joined)
        and _DATELINE_RE.match(joined) is not None
    )


# A host name printed beside the date (``xm.fjsen.com 2012-09-07 09:38 宗禾``): the site, no writer
_HOST_NAME_RE = re.compile(
    r"(?i)^(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|info|cc|tv|hk|tw|mo|io|me)(?:\.[a-z]{2})?$"
)


# The date's own words before it, with no colon (``最後更新 Oct 30, 2025``, ``首次发布 2024-05-13``,
# ``最后修改 …``): how the page was dated, no writer
_DATE_WORDS_RE = re.compile(
    r"^(?:最後|最后|最近|上次|首次|初次)?(?:更新|修改|修订|修訂|发布|發布|发表|發表|上传|上傳|创建|創建)"
    r"(?:于|於|日期|时间|時間)?$"
)


def _plain_name(name: str | None) -> str | None:
    """``name`` when it can be a byline name: CJK, not a label, a weekday or a view count."""
    # a Latin name may be two short words (``PN Wu``)
    if not name or not re.search(r"[\u4e00-\u9fff]|[A-Za-z]{3}|[A-Za-z]{2} [A-Za-z]{2}", name):
        return None
    if "." in name and _HOST_NAME_RE.match(name):
        return None
    if re.fullmatch(r"(?i)(?:by|on|at|posted|updated|published|date|time|am|pm)", name):
        return None
    if LABEL_RE.match(name + ":") or name.endswith(("前", "阅读")) or _WEEKDAY_RE.match(name):
        return None
    if _DATE_WORDS_RE.match(name):
        return None
    if NEWSROOM_DESK_RE.match(name):
        return name  # 編譯中心: a credit word in a desk's name, which writes the item
    if _not_a_person(name) or _PAGE_WIDGET_RE.search(name):
        return None
    return None if _CONTROL_WORD_RE.match(name) else name


# A newsroom's desk credited as the writer (LABELLING.md: 大陸新聞中心, 社會中心, 編譯中心, 法源編輯室):
# a beat's or a newsroom's word before 中心, or an editorial office; a government service centre
# (政务服务中心) or an office (市科技局) is no desk
NEWSROOM_DESK_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:新聞|新闻|編譯|编译|社會|社会|生活|娛樂|娱乐|財經|财经|政治|地方|體育|体育"
    r"|影劇|影剧|國際|国际|大陸|大陆|兩岸|两岸|要聞|要闻)中心$"
    r"|^[\u4e00-\u9fff]{0,6}(?:編輯室|编辑室|編輯部|编辑部)$"
)

# The short names agencies and portals sign a reprint with, in brackets closing the text.
_OUTLET_MARKS = (
    "中新|新华|新華|央视|央視|中广|中廣|新浪|搜狐|网易|網易|腾讯|騰訊|凤凰|鳳凰|环球|環球|路透|美联|美聯"
    "|法新|共同|韩联|韓聯"
    # policy59: a business outlet's mark before its writer (LABELLING.md, corpus30: ``文｜财新 余聪``)
    "|财新|財新"
)

# Words that close a text in brackets without naming anyone (（完）, （待续）, （摘编）).
# The credit words (整理, 编译, 综合, ...) come from CREDIT_WORDS.
_SIGNATURE_WORDS_RE = re.compile(
    rf"完|待续|待續|摘编|有删节|来源|图片|供图|全文|未完|结束|{alternation(CREDIT_WORDS)}"
    # a page's own notes in brackets (an attachment, a picture, a review state) and the short
    # forms agencies and portals sign a reprint with (``（中新）``, ``（搜狐）``): no writer
    rf"|附件|题图|題圖|配图|配圖|待审|待審|审核|審核|^(?:{_OUTLET_MARKS})$"
    # an attribution (``（据统计）``, ``（据新华社）``): whose report it is, no writer (labelcheck4)
    r"|^(?:据|據)"
)


# The commonest single-character surnames (about four people in five carry one): a bare line
# opening the text is read as a name only when it starts with one
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付傅邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃"
    "武戴莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
    # the same surnames in traditional characters (Taiwan's and Hong Kong's pages)
    "張劉陳楊黃趙吳孫羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔錢嚴湯溫齊喬龐顏莊聶魯嶽歐關蘭"
)
# Surnames past the commonest, for a name set flush right under the text's last sentence only
# (the alignment and the place are the evidence there): those that open common words too
# (马, 高, 于, 方, 白, 万, 石, 时) and the rarer ones (巫, 靳, 滕), each in both scripts where they differ
_SIGNATURE_SURNAMES = _COMMON_SURNAMES | frozenset(
    "马高于方白万石洪阎季尤毕柴苗凌费纪靳盛童裴席查屈鲍霍翁隋柏柯阮桂闵丛冉房边辜吉饶刁瞿戚"
    "丘古米池滕晋苑邬臧畅宫苟褚廉娄盖符奚穆郎邸冀姬屠郜晏栾郁蒙喻揭窦迟敖鄢卓艾蓝巩练仲虞卞"
    "封冼佟栗匡巫鞠桑荆谌岑胥蔺皮涂谷祁舒牟卜梅辛芦杭黎"
    # 时 (時): a signature's 时坤 (ev817-club-story-148's writer) under a transplant (people182)
    "时"
    "馬萬閻畢費紀鮑閔叢邊饒晉鄔暢宮婁蓋欒鬱竇遲藍鞏練荊諶藺塗蘆時"
)
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 司徒 长孙 夏侯 尉迟 公孙 宇文 轩辕 独孤 端木 南宫 西门 呼延 澹台 申屠"
    " 闻人 歐陽 司馬 諸葛 東方 長孫 尉遲 軒轅 獨孤 南宮 聞人".split()
)


def _surnamed(name: str, unit_like: bool = False) -> bool:
    """True when ``name`` reads as a person's: two or three characters led by a surname (four
    after a compound or two surnames: 欧阳明华, 范姜佳鈺, not 周末愉快), no office, place, outlet or
    closing word. With ``unit_like``, a name that only ends like a unit (王文科, 张国会: a surname,
    three characters at most, as ``_unit_word`` tells) stays a name; a unit (管委会) does not."""
    if len(name) == 4:
        # a compound surname, or two (Taiwan's 范姜 and 張簡, a married woman's 陳林美玲)
        led = name[:2] in _COMPOUND_SURNAMES or (
            name[0] in _SIGNATURE_SURNAMES and name[1] in _SIGNATURE_SURNAMES
        )
    else:
        led = len(name) in (2, 3) and (
            name[0] in _SIGNATURE_SURNAMES or len(name) == 3 and name[:2] in _COMPOUND_SURNAMES
        )
    return led and _signs_a_person(name, unit_like) and _plain_name(name) is not None


def _signs_a_person(name: str, unit_like: bool = False) -> bool:
    """True when the name of a bracketed signature can be its writer's: not a place, channel,
    office or outlet, nor a word that closes a text (完, 整理); with ``unit_like``, a name that
    only ends like an office (王文科) is a name still."""
    return not (
        _not_a_person(name)
        or (_unit_word(name) if unit_like else _ORG_END_RE.search(name))
        or _OUTLET_END_RE.search(name)
        or _SIGNATURE_WORDS_RE.search(name)
        or _PAGE_WIDGET_RE.search(name)
    )
