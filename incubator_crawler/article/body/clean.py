"""Body: how its paragraphs are cleaned (whitespace, boilerplate, a repeated title, closing credits)."""

from __future__ import annotations

import re
from collections.abc import Collection
from operator import itemgetter

from ..counters import VIEW_WORDS_SIMPLIFIED, either
from ..gate import first_chars_of_any, gated
from ..helpline import follow_notice_start, helpline_notice_start
from ..images import CAPTION_START_RE
from ..labels import (
    AUDIO_EDITOR_LABELS,
    BOOK_RECORD_FIELD_RE,
    DELETION,
    INFRINGEMENT,
    LABELS,
    ORIGINAL_LINK_LABEL,
    PUBLISH_DATE_LABELS,
    WEB_ADDRESS,
    WEB_ADDRESS_RE,
    alternation,
    run_in_credit,
    runs_on_compact,
)
from ..people import (
    EXCERPT_REPORT_LINE_RE,
    PEOPLE_LABELS,
    SUPPLIED_AFTER_RE,
    TAIL_SOURCE_RE,
    TEXT_PICTURE_CREDIT_RE,
    byline_names,
    caption_tail_start,
    closing_credit_start,
    is_reprint_credit,
    label_address_lines,
    run_in_desk_start,
    surnamed_names,
    text_pictures_names,
    text_pictures_unit,
)
from ..people.credits import ends_in_photo_credit, translated_from_outlet
from ..people.words import site_group
from ..text import HAN_RE, clean_inline, compact, compact_visible, nfkc

# The ask to credit the site when reposting (转载请保留原文链接, 转载请注明出处)
REPOST_ASK = r"(?:转载|轉載)[请請]?(?:保留|注明|註明)[^,。]{0,8}(?:链接|鏈接|出处|出處|来源|來源)"


# --------------------------------------------------------------------------- cleaning: patterns

# Encoding damage: a paragraph whose leading \u3000 indent became "??" (szcydr.com).
LEADING_QMARKS = re.compile(r"^\?{2,}(?=\S)")

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
    # a QR code's caption beside the share buttons (the myp2c school CMS closes each text with
    # ``（微信扫描分享）``; ``微信扫码分享`` elsewhere)
    r"|扫描分享|扫码分享|掃描分享|掃碼分享"
    # 新华网's like button (``+1``) and the 图集 tab over its script-filled slideshow, both inside
    # the text box
    r"|\+\d{1,3}|图集|圖集"
    # an encyclopedia entry's buttons under its headline (``编辑 锁定 讨论 上传视频``): 编辑 and 讨论
    # alone may be a credit's label or a section's heading, so only as a row
    r"|编辑(?:锁定|讨论|上传视频)+"
    # a video player's controls printed as text (1905.com, news portals' embedded players)
    r"|展开|收起|倍速|循环播放|跳过片头|设置成功|直播|高清|超清|标清|流畅|蓝光|\d(?:\.\d{1,2})?X"
    r"|\d{2}:\d{2}/\d{2}:\d{2}"
    # a folded text's button (阅读剩余全文（）, its count left empty by the script) (distract160)
    r"|(?:阅读|閱讀)(?:剩余|剩餘)全文(?:\(\d*\))?"
    # a WeChat picture carousel's swipe hint under each slide (EIC's ``<< 滑动查看下一张图片 >>``)
    r"|<?(?:滑动|滑動)查看下一(?:张|張)(?:图片|圖片)>?"
    # a search box's prompt printed as text (``输入您要搜索的关键词...``): what a theme's search
    # overlay leaves on a page whose text is gone (follow306)
    r"|(?:请|請)?(?:输入|輸入)您?要?(?:搜索|搜尋|查询|查詢)?的?(?:关键词|关键字|關鍵詞|關鍵字)(?:\.{2,})?"
)

CONTROL_LINE = re.compile(
    rf"^(?:[【\[〖(<]?(?:{_CONTROL_TOKEN})[】\]〗)>]?|[|丨/·•\-:：,，;；]|\d{{1,2}}(?=上|下))+$"
)

# Lines that start with these words are chrome whatever follows.
BOILERPLATE_LEAD = re.compile(
    r"^(?:\d{0,2}(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)"
    r"|分享到|分享至|扫一扫|您好[,!]?欢迎(?:来到|访问|光临)|欢迎(?:访问|光临)本站"
    r"|当前位置[:]|您的位置[:]|您现在的位置|所在位置[:]"
    r"|【?打印本页|【?关闭窗口"
    r"|正在为您切换到|很抱歉,?当前视频播放失败|错误代码:|播放速度:)"
)

# Template lines of a blog post (matched on the compact form, only when the line starts with 本, 文
# or 目): the post's own address under a label (WordPress: 本文链接：https://x.com/37715/) and a
# table of contents' heading with its show / hide toggle (文章目录 显示), the entries hidden.
TEMPLATE_LINE = re.compile(
    r"(?:本文|文章)(?:永久)?(?:链接|地址|网址|網址|連結)[:]https?://"
    r"|(?:文章|本文)?目[录錄][\[【(]?(?:显示|隐藏|顯示|隱藏|展开|收起)[\]】)]?$"
)

# A language switch opening a post (compact form): the line that only says the post is in
# another language too, its language word the link to that version (心火计划's translated map page:
# ``This article is also available in <a>English</a>.``): a control, no text (the lead, session
# 32; hunt194)
LANGUAGE_SWITCH_LINE = re.compile(
    r"^(?:[Tt]his(?:article|post|page)is)?(?:also)?[Aa]vailablein(?:English|Chinese|中文|英文)[.。!]?$"
    r"|^本文(?:也|亦|还|還|同时|同時)?(?:有|提供)(?:英文|中文)(?:版|版本)[.。]?$"
)

# An app's promotion under the text (storm: 立即下載風傳媒APP，世界脈動在你手中！), compact form.
APP_PROMO = re.compile(
    r"^(?:立即|马上|馬上|即刻|现在|現在|欢迎|歡迎)?(?:下载|下載)[^,。!]{0,16}(?:APP|App|app|客户端|客戶端)"
)
# The same after a short lead (on.cc: ``第一手消息請下載on.cc東網…``, LABELLING.md corpus29).
APP_PROMO_LEAD = re.compile(r"^[^。!]{1,12}?(?:請|请)" + APP_PROMO.pattern[1:])
_MAX_PROMO_LEN = 60

# A WeChat paste's follow promo opening or closing the text (compact form; LABELLING.md corpus33:
# ``↑点击蓝字 / 关注我们``, ``扫码关注我们``): an app promo, not text.
WECHAT_PROMO = re.compile(
    r"^[↑▲☝👆]?(?:点击|點擊)(?:上方)?(?:蓝字|藍字)(?:关注|關注)?(?:我们|我們)?$"
    r"|^(?:关注|關注)(?:我们|我們)[!！]?$"
    # the account's name under it (``微信公众号 | 上邻``)
    r"|^(?:微信公众号|微信公眾號)[|｜]\S{1,12}$"
    r"|^(?:长按|長按|扫码|掃碼|扫描二维码|掃描二維碼)(?:识别二维码|識別二維碼)?(?:关注|關注)(?:我们|我們)?[!！]?$"
    # the follow ask with what the account offers, closing a reposted post (dromara's Northstar
    # post: ``关注公众号，带你看更多量化交易的干货`` over ``—— 完 ——``, hunt233)
    r"|^(?:关注|關注)(?:我们的|我們的|本)?(?:公众号|公眾號),(?:带你|帶你|获取|獲取|了解)[^,。!]{1,20}[!！]?$"
    # the same ask naming the account (长按识别二维码，关注X官方微信公众号)
    r"|^(?:长按|長按|扫描|掃描)(?:识别|識別)?(?:上方|下方)?(?:二维码|二維碼),?(?:关注|關注)"
    r"[^,。!]{0,12}(?:公众号|公眾號|微信号|微信號|微信|视频号|視頻號)[!！]?$"
    # the platform's link to the reposted original under a repost (``阅读原文``) and the prompt
    # pointing at it (``原文及附件请点击阅读原文``): a control, no text (LABELLING.md, session 29);
    # the prompt also comes as a closing PS whose point is the link (a campus account's job post:
    # ``PS：也可以点击阅读原文在线申请哦~``), a short ask and what the link does, nothing more
    r"|^(?:(?:PS|P\.S\.|注)[:.]?)?(?:(?:原文|原文及附件|详情|詳情|更多内容|更多內容)?(?:请|請)?"
    r"|(?:您|你|大家)?(?:也|还|還)?(?:可以|可))(?:点击|點擊|戳)(?:左下角|下方)?"
    r"[“\"「]?(?:阅读原文|閱讀原文)[”\"」]?(?:查看|了解|在线|在線|线上|線上)?"
    r"(?:原文|更多|详情|詳情|全文|申请|申請|报名|報名)?(?:哦|喔|噢|哟|呦|吧)?[~!。]*$"
    r"|^(?:阅读原文|閱讀原文)$"
    # a like box's ask over the site's social buttons (technews.tw: ``如果你喜歡我們的分享和文章，
    # 請幫我們按個讚``): the site's promo, no text (LABELLING.md, hunt107)
    r"|^(?:如果|若)?(?:你|您)(?:喜欢|喜歡)(?:我们|我們)?的?(?:分享|文章)(?:(?:和|与|與)(?:文章|分享))?"
    r",?(?:请|請)?(?:帮|幫)?(?:我们|我們)?(?:按|点|點)(?:个|個)?(?:赞|讚)[!！。]?$"
)

# Whole-line headers of sidebar blocks.
BOILERPLATE_HEADER = re.compile(
    r"^[【\[]?(?:图片新闻推荐|图片新闻|相关新闻|相关阅读|推荐阅读|相关文章|延伸阅读|热点新闻|热门文章|热门推荐"
    r"|猜你喜欢|最新文章|最新新闻|精彩推荐|更多>*|更多新闻)[】\]]?[:>]*$"
)

# The header of a related-stories list; the body ends before it.
RELATED_HEADER = re.compile(
    r"^[【\[]?(?:为你推荐|為你推薦|相关推荐|相關推薦|推荐阅读|推薦閱讀|相关阅读|相關閱讀|猜你喜欢|猜你喜歡|热门推荐|熱門推薦"
    r"|相关新闻|相關新聞|相关文章|相關文章|精彩推荐|精彩推薦|热点推荐|熱點推薦|更多精彩"
    # a bold 相关链接 line inside the text box, over a run of other stories' headlines
    r"|相关链接|相關鏈接|相關連結"
    r"|关联阅读|關聯閱讀|热门点阅|熱門點閱"
    # a comment form's heading inside the text box, over its name and e-mail fields
    # (chinesenewsnet's blog: 发表评论 / 发表名 / E-mail (不显示在评论中) / 个人主页)
    r"|发表评论|發表評論|发表回复|發表回覆"
    # a box of the site's newest or most-read stories under the text (晴報's 最新文章, 科技報橘's 熱門文章:
    # other articles' headlines follow) and a news portal's mood poll (您此时的心情 over 开心 0 难过 0)
    # (distract160)
    r"|最新文章|最新新闻|最新新聞|热门文章|熱門文章|您此时的心情|您此時的心情"
    # the English word over a pasted WeChat post's links to the account's other posts (EIC's
    # ``More……`` over ``拯救你的考试季`` / ``About Us | 我们是谁``, as 更多精彩 heads them; LABELLING.md,
    # hunt199): only with its dots or arrows, a line of the word alone may be a text's own
    r"|(?:More|MORE)(?:\.{2,}|>+))[】\]]?[:>]*$"
)

# The heading over readers' comments, their count after the post's title or alone (``《标题》已有1件
# 评论``, ``共有3条评论``); compact form.
COMMENTS_HEADER = re.compile(
    r"^(?:《[^》]{1,60}》)?(?:已有|共有?)\d+(?:件|条|條|则|則|个|個)(?:评论|評論|留言|回复|回覆|回应|回應)$"
    # a portal's comment box headed by its ask and count (搜狐's 我来说两句(0)) (distract160)
    r"|^(?:我来说两句|我來說兩句)(?:\(\d+\))?$"
)

# A paywall's notice under a teaser: the full text is for members (the body ends there).
PAYWALL_LINE = re.compile(
    r"^(?:您|你)?(?:现在|目前)?(?:查看|看到|阅读)的?(?:是|为)?摘要页"
    r"|^(?:登录|登入|注册|免费注册)后(?:方可|即可|才能|可)?(?:查看|阅读|浏览)全文"
    r"|^(?:此|本)(?:信息|文章|文)需要\d+积分"
    # an archive past its free period (cna: 您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員…)
    r"|^(?:您|你)所?(?:瀏覽|浏览|查看|閱讀|阅读)的(?:新聞|新闻|文章|內容|内容)已(?:過|过|超過|超过)"
    r"(?:查詢|查询|免費|免费)?(?:時效|时效|期限)"
)

# A tip box's ask under the text (a Hugo theme's ``「真诚赞赏，手留余香」`` over its 赞赏支持 button and
# the payment modal's amounts and QR code, 52sask; ``打赏作者``): the text ends above it; compact
# form. Only the ask whole: 赞赏 in a sentence of the text is praise.
TIP_ASK = re.compile(
    r"^[「『【\[]?(?:真诚|真誠|欢迎|歡迎)?(?:赞赏|讚賞|打赏|打賞)(?:支持|一下|作者)?"
    r"(?:[,，]?手(?:留|有)(?:余|餘)香)?[」』】\]]?$"
)

# A login box's heading (會員登入, 用户登录, Sign in) just above its form.
LOGIN_HEADING = re.compile(
    r"^(?:會員|会员|用戶|用户)?(?:登入|登录|登錄)$|^(?i:log\s*in|sign\s*in)$"
)

# A CMS page-break marker printed as text (``[page]``, ``[NextPage]``): furniture.
PAGE_BREAK_LINE = re.compile(r"^\[(?:page|nextpage|pagebreak)\]$", re.IGNORECASE)

# A rights notice at the head or foot of the text (compact form; LABELLING.md's eleventh round:
# ``节选裁判说理部分，仅为个人学习、研究，如有侵权，立即删除。``): boilerplate, not text.
RIGHTS_NOTICE = re.compile(
    rf"如有(?:{INFRINGEMENT})[,，]?(?:请|請|立即|即)?(?:联系|聯繫|告知)?[^。]{{0,8}}(?:{DELETION})"
)
_MAX_RIGHTS_NOTICE = 80

# What closes a text without being text (compact form): a bulletin's issue stamp under a notice
# (``2022年第12期(2022/4/25)``, thirteenth round) and a keyword tail that opens with a comma and
# ends no sentence (``，光栅立体画`` under a DedeCMS company item, corpus33).
CLOSING_STAMP_LINE = re.compile(
    r"^\d{4}年第\d{1,3}期(?:[(（]\d{4}[/-]\d{1,2}[/-]\d{1,2}[)）])?$|^[,，、][^。!?！？,，]{1,12}$"
)

# A picture credit opening the text box (compact form: （图片来源：全景视觉）, or unbracketed under the
# head pictures, cbblab-xwzx-398's 图片来源：NASA网站), crediting the head picture shown above it; one
# between paragraphs under a picture is a caption and stays.
_PICTURE_CREDIT_LABEL = (
    rf"(?:图片来源|圖片來源|图源|圖源|题图|題圖|头图|頭圖)[:](?:[^()]{{1,20}}|{WEB_ADDRESS})"
)
OPENING_PICTURE_CREDIT = re.compile(
    rf"^(?:\({_PICTURE_CREDIT_LABEL}\)|{_PICTURE_CREDIT_LABEL}"
    # the same as a sentence (EIC's closing ``图片来源于网络。``): the pictures' credit
    r"|(?:图片|圖片)(?:来源|來源)(?:于|於)(?:网络|網絡)[。.]?)$"
)

# A line that only credits who took the pictures or the videos, the English ``cre`` / ``credit``
# after the media word (hfi-muse: ``所有图片cre HFI Photos & CLAP``, ``表演视频 cre HFITV``; compact
# form): an image credit, cut wherever it stands as the opening 图片来源 is (the lead's session-32
# answer); a caption under a picture names what it shows and stays.
PICTURE_CREDIT_ONLY = re.compile(
    r"^(?:所有|全部)?[\u4e00-\u9fff]{0,4}?(?:图片|圖片|照片|视频|視頻|影片|图|圖)"
    r"(?i:credits?|cre(?!at))[:]?[^。！？!?，,；;]{2,40}$"
)

# An end mark on a line of its own under the text (compact form): ``（完）``, ``-完-``, ``（全文完）``.
# (between dash runs too: ``—— 完 ——`` under a reposted post, dromara, hunt233)
END_MARK_LINE = re.compile(
    r"^[(\[【<〔-]?[-—–]{0,3}(?:全文完|本文完|完|END|End|end)[-—–]{0,3}[)\]】>〕-]?$"
)

# A line that is only a site's name and this page's address (百拇医药网 http://www.x.com/a.htm).
PAGE_ADDRESS_LINE = re.compile(r"^[^\s,，。:：]{2,12}https?://\S+$")

# A publisher's disclaimer closing the text (``声明：…仅供参考，不构成投资建议…``); the heading may
# be bracketed instead of followed by a colon (``[免责声明]本文仅代表作者个人观点…``).
DISCLAIMER_LINE = re.compile(
    r"^(?:(?:免责声明|免責聲明|声明|聲明)[:]|[【\[](?:免责声明|免責聲明)[】\]])"
    r".{0,150}(?:仅供参考|僅供參考|仅作参考|僅作參考|不构成|不構成|风险自担|風險自擔"
    # a portal's reprint disclaimer (本文仅代表作者个人观点，与本网无关)
    r"|仅代表作者|僅代表作者)"
)

# A site's repost notice under the text (matched on the compact form): 特别声明：以上文章内容仅代表作者本人
# 观点，不代表新浪网观点或立场…; 凡注明"来源：XXX"的作品，均转载自其他媒体…; a WordPress theme's
# 原创文章，作者：X，如若转载，请注明出处：URL. The site prints it under every item: furniture.
REPOST_NOTICE = re.compile(
    # (a platform's statement too: 以上内容…为自媒体平台"网易号"用户上传并发布，本平台仅提供信息存储服务)
    r"^(?:(?:特别|特別|郑重|鄭重|版权|版權)(?:声明|聲明)[:].{0,60}"
    r"(?:仅代表|僅代表|不代表|不意味着|不意味著|仅提供信息存储服务|僅提供信息存儲服務)"
    r"|凡(?:本网|本站)?注明.{0,20}(?:来源|來源).{0,30}转载"
    r"|原创文章,作者[:].{1,30},如若转载,请注明出处"
    # *本文为量子位获授权转载; 转载本文请联系原作者获取授权，同时请注明本文来自X博客
    r"|\*?本文(?:为|系|经).{1,15}获授权转载[。.]?$"
    # （本文由「工商時報」授權轉載）: a reprint granted by the outlet, closing a magazine's item
    # (dmsscrape-wealth-58979cfd); the trailer reads the outlet as the source
    # (and 约克华人网's ``本文由约克旅游局微信公共号原创。`` opening a post taken from an account: the
    # account's credit, cut as the reprint's is)
    r"|[(]?本文由.{1,15}(?:(?:授权|授權)(?:转载|轉載)|原创|原創)"
    # the head picture's credit after a semicolon in the same bracket (technews.tw)
    r"(?:;(?:首图|首圖|封面图|封面圖|图片|圖片|配图|配圖)(?:来源|來源):[^;]{1,80}?)?[)]?[。.]?$"
    r"|转载本文请(?:联系|与).{0,10}(?:获取|获得)?授权"
    # 本文版权归X所有，未经授权不得转载 (the eleventh round's copyright boilerplate)
    r"|(?:本文|本稿)?(?:版权|版權)(?:归|歸)[^。]{1,20}所有,?(?:未经|未經)[^。]{0,10}(?:不得|禁止)(?:转载|轉載)"
    # the ban alone on its line (约克华人网's ``未经授权，严禁转载！`` under every post, hunt236)
    r"|(?:未经|未經)(?:授权|授權|许可|許可|同意),?(?:严禁|嚴禁|禁止|不得|谢绝|謝絕)(?:转载|轉載)[!！。.]?$"
    # the ask alone on a line closing the text, the site's address after it (转载请注明出处http://…)
    # (in brackets too: ``（转载请注明来源：X）`` names no source, policy71)
    rf"|[(]?{REPOST_ASK}[^。]{{0,60}}[。.]?$)"
)
_MAX_NOTICE_LEN = 300

# A portal's own statement under the text, headed by its name (compact form): 新浪声明：此消息系转载自新浪
# 合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点…; a repost notice, as REPOST_NOTICE's
# 特别声明 (LABELLING.md, eighth and eleventh rounds). Outside the start-character gate: any name heads it.
PORTAL_STATEMENT = re.compile(
    r"^[\u4e00-\u9fff]{2}(?:声明|聲明)[:].{0,60}(?:转载|轉載).{0,60}(?:不意味着|不意味著|不代表|仅代表|僅代表)"
)

# A site's call for contributions printed under every post, its mail address after it (compact
# form; 约克华人网: ``约克华人网欢迎大家投稿分享英国生活，邮件：X@gmail.com``, hunt236): furniture.
SUBMISSION_CALL = re.compile(
    r"^[^,。!]{0,12}(?:欢迎|歡迎)(?:大家|各位|读者|讀者|您)?(?:投稿|来稿|來稿)[^。!]{0,24}"
    r"(?:邮件|郵件|邮箱|郵箱|信箱|(?i:e-?mail))[:]?\S{3,60}@\S{3,60}$"
)
_MAX_SUBMISSION_CALL = 100

# Sidebar teasers end with [详情] / 【详情】 / [更多] / [详细] (a news column's item, follow297).
BOILERPLATE_TEASER = re.compile(r"(?:[\[【](?:详情|更多|详细|詳情|詳細)[\]】]|详情>>|更多>>)$")

# Empty or filled view counters: 点击数：次 / 点击数:<js>次 / 363次浏览 / 阅读量:12.
BOILERPLATE_COUNTER = re.compile(
    rf"^(?:(?:点击数|点击量|点击|浏览次数|浏览量|浏览|阅读量|阅读数|阅读|访问量|人气)[:]?\d*次?|\d+次(?:{either(VIEW_WORDS_SIMPLIFIED)}))$"
)

# Footer lines: copyright, ICP licence, public-security filing (short lines only, see footer_line).
BOILERPLATE_FOOTER = re.compile(
    r"版权所有|版權所有|copyright|©|ICP备|ICP證|ICP证|ICP備|公网安备|公網安備", re.IGNORECASE
)

# A meta line (date + other labelled field) pasted into the body container.
META_DATE_LEAD = re.compile(
    rf"^(?:(?:{alternation(PUBLISH_DATE_LABELS + ('发表时间', 'publishtime'))})[:]"
    r"|\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))",
    re.IGNORECASE,
)

META_OTHER_FIELD = re.compile(rf"(?:{alternation(PEOPLE_LABELS)}|浏览|点击|阅读)[:]|字体|字號|字号")

# Ellipses that mark a truncated lede.
TRAILING_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|。{3,}|⋯+)$")

# A short body line that is only a labelled source/editor/author (the tail of WeChat posts), or
# several such credits on one line, a school's ``文：X / 图：Y / 编辑：Z / 审核：W`` or ``文/图：X``
# (policy71; LABELLING.md: the 责任编辑 / 来源 trailer lines and credit lines are left out), a 来源
# maybe followed by the outlet's address (``本文转载自：X http://…``)
# (a production role's line too, the audio editor's over the writer's: ``音频编辑: X`` /
# ``文案: Y`` opening a podcast's notes, hunt212)
_CREDIT_LINE_LABEL = alternation(
    PEOPLE_LABELS
    + LABELS["review"]
    + LABELS["photo"]
    + AUDIO_EDITOR_LABELS
    + ("文/图", "文/圖", "图/文", "圖/文", "文")
)
# (or the address alone: ``来源：http://…`` under a talk report's opening paragraphs, the source
# as written (corpus37), computational-communication.com, hunt250)
_CREDIT_LINE_VALUE = r"(?:[^:]{1,30}(?:https?:[^:\s]{1,80})?|https?:[^:\s]{1,80})"
# (the writer's unit may close the credit: a paper's ``作者:王海 单位:九州职业技术学院`` under its
# references, follow308; a unit of two institutes runs longer than a name, and a sentence after it
# (``…。本文系…``) makes the line text; ``（作者单位：X）`` alone is labelcheck4's note, kept)
_CREDIT_UNIT_TAIL = r"(?:(?:单位|單位)[:][^:。!?;]{2,60})?"
META_ONLY_LINE = re.compile(
    # 新华网's ``【纠错】 责任编辑： X``: the correction link's bracket may lead the label
    rf"^(?:【(?:纠错|糾錯|我要纠错)】)?[【\[(]?(?:{_CREDIT_LINE_LABEL})[:]({_CREDIT_LINE_VALUE})"
    rf"(?:(?:{_CREDIT_LINE_LABEL}|图|圖)[:]{_CREDIT_LINE_VALUE})*{_CREDIT_UNIT_TAIL}$"
)

# A layout credit on a line of its own (compact NFKC: ``排版:NAME``, a club's WeChat credits
# beside 摄影 / 文案 / 审校, which META_ONLY_LINE cuts): who laid out the page, a credit line, cut
# wherever it stands (motss.cc's closing box keeps a thanks line under it). A name-short value
# with no clause mark; a format rule (``排版:A4纸,宋体``) is text.
LAYOUT_CREDIT_LINE = re.compile(r"^排版[:|丨｜/][^:。！？!?,，；;、]{1,16}$")

# A compilation's closing credit with the day it was brought up to date (compact form; NVDA中文站's
# tutorial index: ``整理编辑：目光 更新日期：2017.05.21``, hunt236): a credit line, cut as they are
COMPILED_CREDIT_LINE = re.compile(
    r"^(?:整理编辑|編輯整理|编辑整理)[:][^:]{1,12}?(?:更新日期|更新時間|更新时间)[:]"
    r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?$"
)

#: A value longer than a name that ends a sentence: an interview's 记者：…吗？ question, not a credit.
_MIN_SENTENCE_VALUE = 7


def _is_sentence_value(value: str) -> bool:
    """True when what follows a 记者： label is a sentence (a question or a statement), not a name."""
    return len(value) >= _MIN_SENTENCE_VALUE and value[-1] in "。?!"


# A credit line with a bar for a colon (编辑|X, 责编|Y, 校对|Z, 来源|W: 澎湃号 and WeChat tails).
BAR_CREDIT_LINE = re.compile(
    rf"^(?:{alternation(PEOPLE_LABELS + LABELS['review'])})[|丨｜][^|丨｜:]{{1,30}}$"
)

# Replacement characters only: emoji lost to an encoding error (������).
REPLACEMENT_ONLY = re.compile(r"^\ufffd+$")


# --------------------------------------------------------------------------- cleaning
# Footer/meta lines are short; a long paragraph that mentions 版权所有 is content.
_MAX_FOOTER_LEN = 120
_MAX_META_LEN = 120
# A truncated lede shorter than this is not trusted as a duplicate (e.g. "第一条").
_MIN_PREFIX_LEN = 6
#: Clause marks (compact form, NFKC) that end a whole phrase.
_CLAUSE_MARKS = frozenset(",.;:!?、。")


def clean_paragraph(text: str) -> str:
    """Normalise whitespace and invisible characters of one paragraph."""
    text = clean_inline(text)
    if "[被屏蔽广告]" in text:
        # iwms' placeholder for a blocked advert, also at a paragraph's end (LABELLING.md's
        # eleventh round cuts it)
        text = text.replace("[被屏蔽广告]", "").strip()
    return LEADING_QMARKS.sub("", text).strip() if text.startswith("??") else text


def is_boilerplate(line: str) -> bool:
    """True when a line is page chrome (font controls, share, nav, footer, sidebar)."""
    return _is_boilerplate_compact(compact(line))


def _is_boilerplate_compact(c: str) -> bool:
    """``is_boilerplate`` on the line's compact form."""
    if not c:
        return True
    # the end-anchored patterns are searched only when the last character can end a match:
    # a search tries every position of the line
    if c[-1] in "]】>" and BOILERPLATE_TEASER.search(c):
        return True
    if footer_line(c):
        return True
    if len(c) <= _MAX_PROMO_LEN and ("下載" in c or "下载" in c) and APP_PROMO_LEAD.match(c):
        return True
    if c[0] == "[" and PAGE_BREAK_LINE.match(c):
        return True
    if len(c) <= _MAX_RIGHTS_NOTICE and ("侵权" in c or "侵權" in c) and RIGHTS_NOTICE.search(c):
        return True
    if c[2:4] in ("声明", "聲明") and len(c) <= _MAX_NOTICE_LEN and PORTAL_STATEMENT.match(c):
        return True
    if "@" in c and len(c) <= _MAX_SUBMISSION_CALL and "稿" in c and SUBMISSION_CALL.match(c):
        return True
    # every other pattern matches at the line's start: one class test tells that a line opens
    # with a character none of them can start with (two paragraphs in three), not nine tries
    return _LINE_START_CHARS.match(c) is not None and _starts_as_boilerplate(c)


def footer_line(c: str) -> bool:
    """True when compact ``c`` is a short copyright or licence line (a long paragraph that
    mentions 版权所有 is text, and so is a sentence of clauses that grants the text's own
    rights: devopschina's manifesto closes ``©2019，著作权为下述签名者所有，此宣言可以任何形式自由地
    复制，但其全文必须…。``, a line of the post where a footer's ``© 2019 X`` has no full stop;
    a site's ``版权所有，未经授权不得…转载…。`` under every post stays furniture)."""
    return (
        len(c) <= _MAX_FOOTER_LEN
        and BOILERPLATE_FOOTER.search(c) is not None
        and not (
            c[-1] == "。"
            and c.count(",") >= _SENTENCE_CLAUSES
            and _SITE_RIGHTS_WORDS.search(c) is None
        )
    )


#: How many commas make a © line ending in 。 a sentence of the text
_SENTENCE_CLAUSES = 2
# The words of a site's own rights line or repost ban (never a sentence of the text's own)
_SITE_RIGHTS_WORDS = re.compile(
    r"版权所有|版權所有|ICP|公网安备|公網安備|转载|轉載|(?i:all rights)"
)


def _starts_as_boilerplate(c: str) -> bool:
    """The patterns of ``_is_boilerplate_compact`` that match at the start of compact ``c``."""
    if CONTROL_LINE.match(c) or BOILERPLATE_LEAD.match(c) or BOILERPLATE_HEADER.match(c):
        return True
    if BOILERPLATE_COUNTER.match(c):
        return True
    if c[0] in "本文目" and TEMPLATE_LINE.match(c):
        return True
    if len(c) <= _MAX_PROMO_LEN and c[0] in "立马馬即现現欢歡下" and APP_PROMO.match(c):
        return True
    if len(c) <= 32 and WECHAT_PROMO.match(c):
        return True
    if len(c) <= 40 and LANGUAGE_SWITCH_LINE.match(c):
        return True
    meta = META_ONLY_LINE.match(c)
    # ``作者：张三 大家好，我是…`` with no sentence mark: a writer's name run on into a greeting is
    # the text's opening paragraph, no credit line (the people reader takes the name alone)
    if meta and not _is_sentence_value(meta.group(1)) and not runs_on_compact(meta.group(1)):
        return True
    if c[0] in "整编編" and COMPILED_CREDIT_LINE.match(c):
        return True
    if c[0] == "排" and LAYOUT_CREDIT_LINE.match(c):
        return True
    if len(c) <= 200 and c[0] in "免声聲[【" and DISCLAIMER_LINE.match(c):
        return True
    if len(c) <= _MAX_NOTICE_LEN and c[0] in "特郑鄭版凡原*本转轉(未" and REPOST_NOTICE.match(c):
        return True
    # 发布日期:… 编辑:… 来源:… pasted into the body container.
    return bool(len(c) <= _MAX_META_LEN and META_DATE_LEAD.match(c) and META_OTHER_FIELD.search(c))


# Every character a match of ``_starts_as_boilerplate``'s patterns can open with, read from
# their parse trees (gate.py), so it follows their edits; any character if one cannot be read.
_LINE_START_CHARS = first_chars_of_any(
    CONTROL_LINE,
    BOILERPLATE_LEAD,
    BOILERPLATE_HEADER,
    BOILERPLATE_COUNTER,
    APP_PROMO,
    WECHAT_PROMO,
    LANGUAGE_SWITCH_LINE,
    META_ONLY_LINE,
    COMPILED_CREDIT_LINE,
    LAYOUT_CREDIT_LINE,
    DISCLAIMER_LINE,
    REPOST_NOTICE,
    META_DATE_LEAD,
) or re.compile("(?s:.)")


# The characters TRAILING_ELLIPSIS is made of. Its match is a run of them that ends the text, so
# it lies in the text's closing run of these characters, and is looked for there only: a paragraph
# ending in 。 (nearly all) was scanned whole, by the search's gate and again by ``sub``.
_ELLIPSIS_CHARS = ".…。⋯"


def _has_ellipsis(c: str) -> bool:
    """TRAILING_ELLIPSIS.search on a compact form, run over its closing ellipsis characters."""
    start = len(c.rstrip(_ELLIPSIS_CHARS))
    return start < len(c) and TRAILING_ELLIPSIS.search(c, start) is not None


def _strip_ellipsis(c: str) -> str:
    """A compact form without its trailing ellipsis."""
    start = len(c.rstrip(_ELLIPSIS_CHARS))
    return c[:start] + TRAILING_ELLIPSIS.sub("", c[start:]) if start < len(c) else c


def _key(text: str) -> str:
    """Comparison key: compact form without a trailing ellipsis."""
    return _strip_ellipsis(compact(text))


def _is_truncated_prefix(c: str, next_c: str, *, first: bool) -> bool:
    """True when compact ``c`` is ``next_c`` cut short (the lede repeated above the body)."""
    ellipsis = _has_ellipsis(c)
    if not (first or ellipsis):
        return False
    key = _strip_ellipsis(c)
    if not (len(key) >= _MIN_PREFIX_LEN and len(key) < len(next_c) and next_c.startswith(key)):
        return False
    # without an ellipsis, a first line that stops where the next one has a clause mark is a
    # whole phrase (a photo caption repeating the text's opening words), not a cut-short lede
    return ellipsis or next_c[len(key)] not in _CLAUSE_MARKS


def _reprint_credit(key: str) -> bool:
    """True when compact ``key`` is a repost credit glued to its outlet (``转载自光明日报``), the
    line people.py reads as the source (LABELLING.md: a credit opening the text is cut)."""
    r = TAIL_SOURCE_RE.match(key)
    return r is not None and is_reprint_credit(r)


# A credit in brackets run into the start of a paragraph opening the text (cqdd.cq.cn's VSB
# items: ``【供稿/开放教育学院】12月8日上午，…``, ``【供稿/管理学院 黄翔】面对…`` under a 开栏语 and
# a heading): a credit label, a slash or a colon, the value; cut as a credit line opening the text
# is (LABELLING.md, hunt106). A bracketed tag (``【视频】``) or one with no text after it is none.
_OPENING_CREDIT_RE = re.compile(
    r"^[【\[]\s*(?:供稿|稿源|来源|來源|撰稿|作者|记者|記者|通讯员|通訊員)\s*[/／:：]\s*"
    r"[^【】\[\]/／:：]{1,30}?\s*[】\]]\s*(?=\S)"
)


def clean_body(
    paragraphs: list[str],
    *,
    lede: str | None = None,
    title: str | None = None,
    drop_indexes: set[int] | None = None,
    desk_index: int | None = None,
    pictured: set[int] | None = None,
) -> str | None:
    """Join cleaned body paragraphs with blank lines; None when nothing is left.

    ``drop_indexes`` and ``desk_index`` are ``find_inline_people``'s: the lines that only credit
    people, and the lead paragraph whose run-in desk credit (``…。 本報港聞部報道``) is cut.
    ``pictured``: the indexes of paragraphs standing under a picture of their own
    (``pictured_paragraphs``), whose repeats are captions, each kept where it stands."""
    drop_indexes = drop_indexes or set()
    pictured = pictured or set()
    title_key = compact(title) if title else None
    lede_key = _key(lede) if lede else None

    # each kept paragraph with its compact form, computed once
    kept: list[tuple[str, str]] = []
    bar_credit = False  # the last line was a 编辑|X credit
    reprint = False  # a repost credit opened the text
    for i, raw in enumerate(paragraphs):
        if i in drop_indexes or raw is None:
            continue
        text = clean_paragraph(raw)
        if i == desk_index and (start := run_in_credit(text, run_in_desk_start)) is not None:
            text = text[:start].rstrip()
        if len(kept) < 3 and text[:1] in "【[" and (opening := _OPENING_CREDIT_RE.match(text)):
            text = text[opening.end() :]  # a bracketed credit run into the text's start
        if not text:
            continue
        key = compact_visible(text)  # clean_paragraph left no zero-width character
        if "|" in key or "丨" in key:
            if BAR_CREDIT_LINE.match(key):
                if bar_credit and 2 * i >= len(paragraphs):
                    # two credit lines in the back half close the text: below them an
                    # account's menu and promos (扫描下方二维码, 回复【X】查看)
                    kept.pop()
                    break
                bar_credit = True
                kept.append((text, key))
                continue
        bar_credit = False
        if key[:1] == "\ufffd" and REPLACEMENT_ONLY.match(key):
            continue
        if (
            _is_boilerplate_compact(key)
            and not _mid_text_contact(key, i, len(paragraphs))
            and not _book_record_field(key, paragraphs, i)
            and not (kept and _contact_heading(key, paragraphs, i))
            and not _link_line_in_text(key, paragraphs, i)
        ):
            continue
        if title_key and key == title_key and not _under_text_sentence(kept):
            # the headline shown again at the text's top (under a letterhead's lines, a signing
            # date, an editor's note: the text proper starts there); under a sentence of the
            # text, a line repeating it is the text's own (a bold line after the first paragraph
            # naming the plan the repost is about, tudi.im: the lead's session-29 answer)
            continue
        if (
            not kept
            and title_key
            and (
                _headline_in_full(key, title_key)
                or _headline_near_equal(key, title_key)
                or _headline_head(key, title_key)
                or _headline_without_column(key, title_key)
            )
        ):
            continue
        if lede_key and _strip_ellipsis(key) == lede_key:
            continue
        if (
            kept
            and kept[-1][1] == key
            and i not in pictured
            and (_caption_shaped(key) or SENTENCE_END.search(key))
        ):
            # a caption or a paragraph of sentences printed twice in a row with no picture of
            # its own between (a template doubling the block): kept once. A line of no sentence
            # the page shows twice in a row stays twice (LABELLING.md: a paragraph that stands
            # twice in the text is kept as shown; funhubu's ``不考长跑`` three times, code's ``}``
            # ``}``, two tickets' ``儿童票原价：15元``, a bare figure in two cells); a caption under
            # each of two pictures stays too (LABELLING.md, hunt108: visitxm's 送王船阵头表演。
            # 中新社记者张斌摄 under five pictures), and one doubled with its own picture is left
            # out before (container.without_picture_repeats)
            continue
        if "re" in key and PICTURE_CREDIT_ONLY.match(key):
            continue  # ``表演照片 cre X``: who took the pictures, no line of the text
        if not kept and OPENING_PICTURE_CREDIT.match(key):
            continue  # the head picture's credit above the text (LABELLING.md's nineteenth round)
        if len(kept) < 3 and _reprint_credit(key):
            reprint = True
            continue
        if not kept and ("译" in key or "譯" in key) and translated_from_outlet(text):
            # ``译自 New Republic Dec. 15, 2014`` opening a translated text: the source people.py
            # reads, no line of the text (the lead, session 35)
            continue
        if not kept and key[:2] == "原文" and _OPENING_ORIGINAL_LINK_RE.fullmatch(key):
            continue  # the link to a translated post's original above it, cut as under it
        kept.append((text, key))
    if reprint and len(kept) > 1 and WEB_ADDRESS_RE.fullmatch(kept[-1][1]):
        kept.pop()  # the original story's address closing a repost goes with its credit
    # ``资料来源：`` and the original's address below it, a paper's reference maybe between
    # (cbblab-xwzx-405): the source, cut
    closing = [key for _, key in kept[-3:]]
    for k in range(len(closing) - 1):
        if (found := label_address_lines(closing, k)) and k + found[1] == len(closing):
            del kept[k - len(closing) :]
            break

    kept = _without_original_link(kept)
    kept = _without_closing_credit_lines(kept)
    if len(kept) > 1 and kept[0][1] in TOC_HEADINGS and _no_contents_entry(kept[1][1]):
        kept = kept[1:]  # a table of contents' heading, its anchor links left out above
    keys = [key for _, key in kept]
    if title_key and (opening := _heading_block_end(keys, title_key)):
        kept, keys = kept[opening:], keys[opening:]
    while len(kept) > 1 and (END_MARK_LINE.match(keys[-1]) or CLOSING_STAMP_LINE.match(keys[-1])):
        kept.pop()  # LABELLING.md: an end mark (（完）), an issue stamp, a keyword tail
        keys.pop()
    kept = kept[: min(helpline_notice_start(keys), follow_notice_start(keys))]
    # Second pass: a paragraph that is the next one cut short (only the first
    # paragraph, or any paragraph ending in an ellipsis) is a repeated lede.
    result: list[str] = []
    for j, (text, key) in enumerate(kept):
        if j + 1 < len(kept) and _is_truncated_prefix(key, kept[j + 1][1], first=not result):
            continue
        result.append(text)
    # the last paragraph's credit, which people.py's signature reads (above a picture grid's
    # marked captions, which it skips too)
    last = caption_tail_start(result, key=compact) - 1
    if result:
        result[last] = _cut_run_in_credit(result[last])
    return "\n\n".join(result) or None


def _book_record_field(key: str, paragraphs: list[str], i: int) -> bool:
    """True for a credit-shaped line over a book record's field (``作者: A / B / C`` over
    ``出版社: X``, a post announcing a book): the book's writers, a line of the text (the lead,
    session 35: a record's fields describe the work), not the post's credit line."""
    return (
        i + 1 < len(paragraphs)
        and META_ONLY_LINE.match(key) is not None
        and BOOK_RECORD_FIELD_RE.match(compact(paragraphs[i + 1] or "")) is not None
    )


#: How many lines at the text's top and foot a contact line stays a credit in
_CREDIT_EDGE = 2


#: A paragraph of the text around a link line: this many characters at least, with a sentence
_TEXT_SIDE_CHARS = 20


def _link_line_in_text(key: str, paragraphs: list[str], i: int) -> bool:
    """True when compact ``key``, a ``文章链接：URL`` line, stands between two paragraphs of
    sentences (a journal club's meeting record: ``…讲解了2019年Science上的C18的合成一文…。<br>文章
    链接: URL``, the next talk's paragraph under it): the text giving the paper's address, a line
    of it (hunt268). A blog's permalink line (``本文链接：URL``) stands in the licence box under the
    text (between ``本文作者`` and ``版权声明`` lines, no sentence) or opens the text."""
    if "http" not in key or not 0 < i < len(paragraphs) - 1 or not TEMPLATE_LINE.match(key):
        return False
    sides = (compact_visible(clean_paragraph(paragraphs[j] or "")) for j in (i - 1, i + 1))
    return all(
        len(side) >= _TEXT_SIDE_CHARS
        and SENTENCE_END.search(side) is not None
        and not _is_boilerplate_compact(side)
        for side in sides
    )


def _mid_text_contact(key: str, i: int, n: int) -> bool:
    """True when compact ``key``, a credit line (``作者:X``) whose value gives a mail address,
    stands between the text's sections, not at its top or foot: a part's data, no credit of the
    page (NVDA中文站's add-on post: ``作者:謝福恩 maxe@…`` under its 维护 heading, between 说明 and
    兼容性; the lead's session-34 answer keeps the add-on maker's line as the add-on's data)."""
    return (
        "@" in key
        and _CREDIT_EDGE <= i < n - _CREDIT_EDGE
        and (m := META_ONLY_LINE.match(key)) is not None
        and "@" in m.group(1)
    )


# A contact line of the text's own (``联系电话 158…``, ``邮箱：a@b.cn``), compact form
_CONTACT_DATA_RE = re.compile(
    r"^(?:联系|聯繫)?(?:电话|電話|手机|手機|邮箱|郵箱|电子邮箱|電子郵箱|QQ|微信|[Ee]-?mail|[Tt]el)"
    r"[:]?[^:]{0,12}?[\d@]"
)


def _contact_heading(key: str, paragraphs: list[str], i: int) -> bool:
    """True when compact ``key`` is a bare ``联系我们`` over a contact line of the text, under
    text: a notice's closing part with its heading (cips.nyist.edu.cn's recruiting notice:
    ``<h3>联系我们</h3>`` over ``联系电话 158…``), part of the text; the nav link ``联系我们`` in a
    footer's or a tool row's stands over no such line."""
    if key != "联系我们" or i + 1 >= len(paragraphs) or not paragraphs[i + 1]:
        return False
    return _CONTACT_DATA_RE.match(compact_visible(clean_paragraph(paragraphs[i + 1]))) is not None


# The heading of a table of contents opening the text (compact form), its anchor links left out
# as navigation (LABELLING.md: a 目录-headed box of anchor links stays out; cips.nyist.edu.cn's
# theme sets ``<h4>目录</h4>`` over the links in the text's box). Over a sentence, the links are
# gone and the heading goes with them; over part and section lines (a document's own contents,
# cwl-c-432566) it stays.
TOC_HEADINGS = frozenset(("目录", "目錄", "文章目录", "文章目錄", "本文目录", "本文目錄"))


def _no_contents_entry(key: str) -> bool:
    """True when compact ``key`` under a 目录 heading is no entry of a contents list: a sentence
    or a labelled line (``报告主题：《…》``)."""
    return SENTENCE_END.search(key) is not None or ":" in key


# An editor's note opening a text (【编者按】…): it stands before the article, whose headline may
# follow it again
_EDITOR_NOTE_RE = re.compile(r"^[【\[(（]?(?:编者按|編者按|编者的话|編者的話)")


def _caption_shaped(key: str) -> bool:
    """True when compact ``key`` reads as a picture's caption: opened by a caption's mark (图为,
    ▲) or closed by a photographer's credit (…记者张斌摄)."""
    return bool(CAPTION_START_RE.match(key)) or ends_in_photo_credit(key)


def _under_text_sentence(kept: list[tuple[str, str]]) -> bool:
    """True when the last kept line is a sentence of the text (not a letterhead's or a signing
    line, not an editor's note over the text)."""
    if not kept:
        return False
    key = kept[-1][1]
    return bool(SENTENCE_END.search(key)) and not _EDITOR_NOTE_RE.match(key)


#: How many characters a CMS's title length may cut off a headline the text repeats in full
_MAX_CUT_TAIL = 4
_MIN_CUT_TITLE = 10


def _headline_in_full(key: str, title_key: str) -> bool:
    """True when compact ``key``, opening the text, is the headline shown again with a few
    characters more and no sentence mark: the headline the CMS cut short, in full
    (cuasia-career-41: the h2 ``…回国创业恳谈``, the text's h1 ``…回国创业恳谈会``), or with its
    footnote mark (job-yichun-jiangxi-tjgb-2022's ``…统计公报[1]``). LABELLING.md leaves the
    headline shown again out of the body (the sixteenth round's 统计公报 heading, labelcheck13,
    corpus46)."""
    tail = key[len(title_key) :]
    return (
        len(title_key) >= _MIN_CUT_TITLE
        and 0 < len(tail) <= _MAX_CUT_TAIL
        and key.startswith(title_key)
        and not _SENTENCE_MARKS_RE.search(tail)
    )


# What sets a headline's added tail apart from it (``…会议纪要--6月19日``): dashes, a bar, a colon
_HEADLINE_TAIL_MARKS = "-—–|｜:_~"


def _headline_head(key: str, title_key: str) -> bool:
    """True when compact ``key``, opening the text, is the headline shown again without the tail
    the headline adds after a dash, bar or colon (chinadevopsdays' minutes: the first ``<p>``
    ``DevOpsDays中国志愿者首次大会会议纪要`` under the h1 ``…会议纪要--6月19日``; the restated
    headline left out, session 33's answer, hunt233)."""
    return (
        len(key) >= _MIN_CUT_TITLE
        and len(key) < len(title_key)
        and title_key[len(key)] in _HEADLINE_TAIL_MARKS
        and title_key.startswith(key)
        and not _SENTENCE_MARKS_RE.search(key)
    )


# A column's name in brackets opening a headline (compact form: ``【Apache博客】之``, ``[专栏]``)
_COLUMN_PREFIX_RE = re.compile(r"^[【\[][^【】\[\]]{1,12}[】\]]之?$")


def _headline_without_column(key: str, title_key: str) -> bool:
    """True when compact ``key``, opening the text, is the headline shown again without the
    column's name in brackets the headline opens with (ALC Beijing's translated posts: the h2
    ``关于欧盟软件法规的最新进展：…`` under the headline ``【Apache 博客】之 关于欧盟…``; the
    restated headline left out, the lead's session-33 answer)."""
    return (
        len(key) >= _MIN_CUT_TITLE
        and title_key.endswith(key)
        and _COLUMN_PREFIX_RE.match(title_key[: len(title_key) - len(key)]) is not None
    )


#: How many characters a headline shown again may leave out or add (jspn.js.cn: 第 left out)
_MAX_NEAR_EDIT = 2


def _headline_near_equal(key: str, title_key: str) -> bool:
    """True when compact ``key``, opening the text, is the headline shown again with one or two
    characters left out or added and no sentence mark (jspn.js.cn's 预期调查 reports: the centred
    ``2019年二季度居民消费价格预期调查报告`` under the title cell's ``2019年第二季度…``); the
    shorter one is the longer with those characters dropped, in order."""
    if len(title_key) < _MIN_CUT_TITLE or not 0 < abs(len(key) - len(title_key)) <= _MAX_NEAR_EDIT:
        return False
    if _SENTENCE_MARKS_RE.search(key):
        return False
    short, long_ = (key, title_key) if len(key) < len(title_key) else (title_key, key)
    if len(long_) - len(short) == _MAX_NEAR_EDIT and _added_word(short, long_):
        return False
    chars = iter(long_)
    return all(ch in chars for ch in short)


def _added_word(short: str, long_: str) -> bool:
    """True when ``long_`` is ``short`` with two letters added side by side: a word the line
    adds, worded unlike the headline (ALC Beijing's opening h1 ``Apache软件基金会…`` under the
    headline ``Apache基金会…``: a heading of the text, kept by hunt180's rule)."""
    return any(
        long_[:k] + long_[k + 2 :] == short and long_[k : k + 2].isalpha()
        for k in range(len(long_) - 1)
    )


def _heading_block_end(keys: list[str], title_key: str) -> int:
    """How many opening lines are the headline shown again in other words: two to four short
    lines without a sentence mark, one of them the title's start or end (ccdi.gov.cn's text box opens
    with 江西专项整治违规收送高档烟酒 / 小切口发力深化作风建设 / “…”系列报道之一 under the h2
    贯彻落实中央纪委三次全会精神 / 小切口发力深化作风建设: ccdi-pachong-t20240617-355104). The
    title itself opening the text is dropped alone: the lines under it may be text (a 统计公报's
    issuing offices and day, job-yichun-tjgb-2022)."""
    run = 0
    for key in keys[:_MAX_HEADING_BLOCK]:
        if len(key) > _MAX_HEADING_LINE or _SENTENCE_MARKS_RE.search(key):
            break
        if DOCUMENT_NUMBER_LINE.match(key):
            break  # the notice's document number under the headline opens its text (moe.gov.cn)
        if not any(ch.isalnum() for ch in key):
            # a heading of only an emoji (an iSEAL write-up's ``<h1>😋</h1>`` over its
            # ``<h1>Lua 逆向总结</h1>``): the writer's own heading, no headline's words
            break
        run += 1
    if run < 2 or run == len(keys):
        return 0
    # the headline's first or last line (a penalty table's cell holding the document number
    # that the title closes with in brackets is no line of it)
    pieces = [
        k
        for k in keys[:run]
        if len(k) >= 6 and k != title_key and (title_key.startswith(k) or title_key.endswith(k))
    ]
    return run if pieces else 0


# A notice's document number on a line of its own (compact NFKC: ``教思政厅函〔2024〕10号``,
# ``国办发[2024]3号``): the text's first line under the headline (LABELLING.md: the body opens at it)
DOCUMENT_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,16}[〔\[(【]\d{4}[〕\])】]第?\d{1,5}号$")

_MAX_HEADING_BLOCK = 4
_MAX_HEADING_LINE = 30
_SENTENCE_MARKS_RE = re.compile(r"[。！？；，,;!?:：]")


# The design and picture credits of a paper's page, each a line of its own closing the text
# (晴報: 記者︰X / 編輯：Y / 美術：陳超雄 / 攝影：冼偉倫, hknewsbackend-skypost-2333915): LABELLING.md cuts
# them and reads nobody from them (美術 and 攝影 credit no writer; a 美编 is no 编辑). Compact key,
# where NFKC writes the vertical colon ︰ as ``..``.
_DESIGN_CREDITS = (
    # ``图文来源：区委网信办、区融媒体中心`` closing a xa.gov.cn item under a meta line with its own 来源:
    # the suppliers of words and pictures, a trailer credit (LABELLING.md, hunt103)
    "图文来源",
    "圖文來源",
    "美術",
    "美术",
    "设计",
    "設計",
    "排版",
    "制图",
    "製圖",
    "插画",
    "插畫",
    "视觉",
    "視覺",
    # the editing credits of a group's post (MOTSS's freshers' guide: ``修订人：A B C`` and
    # ``统筹：D`` beside 排版, hunt265): who revised and coordinated, no author and no editor
    # (LABELLING.md, session 35)
    "修订人",
    "修訂人",
    "统筹",
    "統籌",
)
DESIGN_CREDIT_LINE = re.compile(
    # (a slash may stand for the colon: ``制图/高岳`` under a people.com.cn repost)
    rf"^(?:{alternation(LABELS['media'] + LABELS['photo'] + _DESIGN_CREDITS)})(?::|\.\.|/)"
    r"[^:。！？!?,，；;]{1,20}$"
)


# A bracket of reporters' credits on a line of its own (compact form: （记者 张明 通讯员 李强）): the
# writers' credit, read by people.py as the authors; LABELLING.md cuts it from the body.
# A school's student reporters (``（学生记者 张明华 李晓）``, policy71) name several without a 、.
_REPORTER_ROLE = (
    r"(?:本报|本報|学生|學生)?(?:记者|記者|通讯员|通訊員|实习生|實習生|见习记者|見習記者)"
)
REPORTER_BRACKET_LINE = re.compile(
    rf"^\((?:{_REPORTER_ROLE}[\u4e00-\u9fff·]{{2,4}}(?:、?[\u4e00-\u9fff·]{{2,4}})*)+\)$"
)


# A bracket of slashed review credits closing the text (cips.nyist.edu.cn:
# ``（校对/X 审核/Y）``, compact form): who checked the item, cut as the single ``（校对/X）`` is
# (LABELLING.md, check215); a bracket with any other word is text
REVIEW_BRACKET_LINE = re.compile(
    rf"^\((?:(?:{alternation(LABELS['editor'] + LABELS['review'])})/[^()/:]{{1,12}}?)+\)$"
)

_MAX_CLOSING_BYLINE = 30

# A writer's credit with a slash for its colon on a line of its own closing the text (compact
# form: a WeChat post's ``文字/张三`` over ``图片/李四`` and ``编辑/刘曦``, follow313): who wrote the
# words (LABELLING.md: 文字 and 文案 credit the text, 图文 its text and pictures, eicscie's
# ``图文 | Raymond``); the trailer reads the name, the line is cut as its colon form is
# (META_ONLY_LINE). ``文/X`` and ``撰文/X`` are bylines (``_closing_byline``); a bracketed
# ``（图文：X Y）`` closing a quoted record inside the text is no such line.
WRITER_SLASH_CREDIT_LINE = re.compile(r"^(?:文字|文案|图文|圖文)/[^/:。！？!?,，；;]{1,16}$")


def _closing_byline(key: str, text: str) -> bool:
    """True for a reporter's byline on a line of its own (``记者 张明华 深圳报道``, ``川观新闻记者 X
    摄影 Y``): LABELLING.md's nineteenth round reads it as the bracketed credits and cuts it; so
    is a colonless ``图文 X Y`` (the writers, follow313; a unit's, follow322) and a colonless review credit under it
    (``审核 X Y``, cut as ``审核：X`` is, naming no editor)."""
    if len(key) > _MAX_CLOSING_BYLINE:
        return False
    line = nfkc(text).strip()
    if byline_names(line) is not None or text_pictures_names(line) is not None:
        return True
    if text_pictures_unit(line):
        return True  # ``图文 科协技术部``: a unit's credit, cut as a person's is (no author)
    m = _BARE_REVIEW_LINE.match(line) if line[:1] in _REVIEW_FIRST else None
    return m is not None and surnamed_names(m["names"]) is not None


# ``审核 陈旺 陈佳荷`` (NFKC): a review credit with blanks for its colon, one to four names
_BARE_REVIEW_LINE = re.compile(
    rf"^(?:{alternation(LABELS['review'])})\s+"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,3})$"
)
_REVIEW_FIRST = frozenset(label[0] for label in LABELS["review"])


# ``（转合肥市蜀山区政府网站信息）`` closing a hfss.gov.cn item (compact NFKC key): a repost note naming
# where the text was taken from, a credit closing the text (LABELLING.md, hunt103 and labelcheck4)
REPOST_NOTE_LINE = re.compile(r"^\((?:转|轉)(?:自|载自|載自)?[^()]{2,30}\)$")

# A translated repost's closing origin credits, each on a line of its own (compact NFKC key;
# 约克华人网's ``版权声明：本文英文原文来自： 英国政府官方声明`` over ``中文翻译转载自微信公共号： 英文联播。``):
# where the original and the translation were taken from, credits cut as a 转载自 line is (the
# trailer reads the translation's outlet as the source; LABELLING.md, check213 and the lead's
# session-33 answer). A 版权声明 that states the text's own rights (``此诗版权归X所有``) is no
# origin and stays (session 34); so does a sentence that goes on after the outlet.
ORIGIN_CREDIT_LINE = re.compile(
    r"^(?:(?:版权声明|版權聲明|声明|聲明):)?(?:本文|全文)?(?:的)?(?:英文|中文|外文)?(?:原文|原稿)"
    r"(?:来自|來自|出自|选自|選自|转载自|轉載自|来源于|來源於):?[^:。！？!?,，；;]{2,30}[。.]?$"
    r"|^(?:中文|英文)?(?:翻译|翻譯|译文|譯文|译稿|譯稿)(?:转载自|轉載自|转自|轉自|来自|來自|选自|選自)"
    r":?[^:。！？!?,，；;]{2,16}:?[^:。！？!?,，；;]{0,20}[。.]?$"
)

# A compilation's credit on a line of its own closing the text (sctcm.sc.gov.cn's
# ``文章综合自：学习强国、川观新闻、…、健康富顺等`` under a report gathered from several outlets,
# compact form): the outlets it was compiled from, a trailer credit cut as 图文来源's is (LABELLING.md,
# hunt105); a sentence, or a label with more after it, is none.
COMPILED_FROM_LINE = re.compile(
    r"^(?:文章|本文|内容|信息|资料|資料)?(?:综合自|綜合自):?[^。！？!?:]{2,160}$"
)

# A site theme's credit line closing the text (compact NFKC key: a Hugo port's footer ``模板来自
# Bootstrapious. 移植到 Hugo 来自 DevCows. Released: DATE``, ``Powered by Hexo | Theme — NexT``,
# ``由 Hexo & NexT.Gemini 强力驱动``, ``Theme Stack designed by Jimmy``): the footer's, no line of
# the text (distractors.py, follow281). Only as a closing line with no Chinese sentence mark: a
# sentence about a template (``这个模板来自…，…。``) or such a line with the text going on under it
# (a tutorial showing the footer) stays.
THEME_CREDIT_LINE = re.compile(
    r"^(?:(?i:(?:proudly)?poweredby|builtwith|designedby|(?:theme|template)[^。，]{0,24}?"
    r"(?:by|designedby|—|-))[A-Za-z]"
    r"|(?:模板|模版|主题|主題)(?:来自|來自|由|设计|設計)[A-Za-z]"
    r"|由(?:Hexo|Hugo|Jekyll|WordPress|Typecho|Halo|Gridea|Ghost)[^。，]{0,30}"
    r"(?:强力驱动|強力驅動|驱动|驅動)$)"
    r"[^。，！？；]*$"
)
_MAX_THEME_CREDIT = 100

# An attachment box's heading with no attachment under it, closing the text (liaoyang.gov.cn's
# ``附件：`` over an empty list, gz.gov.cn's ``相关附件``): furniture; a heading with lines under it
# is no last line
EMPTY_ATTACHMENT_HEADING = re.compile(r"^(?:相关|相關)?附件(?:下载|下載)?:?$")


# A credit's label alone on its line, its names on the next (compact form: EIC's closing WeChat
# credits ``图片：`` / ``Crystal Zhang / 集思学院`` / ``文案：`` / ``Emma Wang``): who made the words
# and pictures, cut as a ``文案：X`` line is (LABELLING.md, check215: EIC's 文案 / 图片 credits)
_CREDIT_LABEL_ONLY = re.compile(
    rf"^(?:{alternation(LABELS['photo'] + _DESIGN_CREDITS + ('文案', '文字', '撰文', '编辑', '編輯'))}):$"
)
_MAX_CREDIT_NAMES = 40


def _label_over_names(label: str, names: str) -> bool:
    """True when compact ``label`` is a credit's label alone and ``names`` the short line of
    names under it (no sentence, no label of its own)."""
    return (
        label[-1:] == ":"
        and _CREDIT_LABEL_ONLY.match(label) is not None
        and len(names) <= _MAX_CREDIT_NAMES
        and ":" not in names
        and not SENTENCE_END.search(names)
    )


# One item of a closing block of bar credits (compact key: ``文案|李笑寒``, ``排版|辉辉``, the slip
# ``排班|辉辉``): a two-to-four-character label, a bar, a short value with no clause mark
_BAR_ITEM_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}[|丨｜][^|丨｜:。！？!?,，；;]{1,16}$")
# The group that issued the post, signing the block under its credits (``信息学院2017级5班团支部 宣``:
# 宣 for 宣传, publicity), a group's name and 宣 parted by a blank (text, not the compact key)
_ISSUER_LINE_RE = re.compile(r"^(?P<group>\S{2,30})\s+宣$")


def _closing_bar_block(kept: list[tuple[str, str]]) -> int:
    """Where a closing block of bar credits starts in ``kept`` (its length when none): lines of
    ``LABEL | NAME`` at the text's end, one of them a writer's or an editor's credit
    (``BAR_CREDIT_LINE``: ``文案 | NAME``), with another such line or the issuing group's
    ``…团支部 宣`` line under them (a class's Hexo posts, hunt278: the lead cuts the block as a
    whole, ``排版`` / the slip ``排班`` and the 宣 line with it). A lone ``编辑|X`` line stays, as
    does a bar line among the text's sentences (the block must close the text)."""
    end = len(kept)
    issuer = bool(
        end > 1
        and (m := _ISSUER_LINE_RE.match(nfkc(kept[-1][0]).strip()))
        and site_group(m["group"])
    )
    start = end - issuer
    while start > 0 and _BAR_ITEM_RE.match(kept[start - 1][1]):
        start -= 1
    credits = [key for _, key in kept[start : end - issuer]]
    if not any(BAR_CREDIT_LINE.match(k) for k in credits) or len(credits) + issuer < 2:
        return end
    return start if start > 0 else end


def _without_closing_credit_lines(kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``kept`` without the credit lines of their own that close the text: design and picture
    credits, a bracket of 文/X 图/Y credits (people.py's trailer reads its writer), and a block of
    bar credits (``_closing_bar_block``). The text before them stays, and so do the marked
    captions of a picture grid after them (``_caption_grid_after``)."""
    kept = kept[: _closing_bar_block(kept)]
    captions = caption_tail_start(kept, key=itemgetter(1))
    end = captions
    while end > 1:
        text, key = kept[end - 1]
        if end > 2 and _label_over_names(kept[end - 2][1], key):
            end -= 2  # ``文案：`` over ``A / B``: a credit whose names stand on the next line
            continue
        if not (
            DESIGN_CREDIT_LINE.match(key)
            or TEXT_PICTURE_CREDIT_RE.fullmatch(nfkc(text).strip())
            or REPORTER_BRACKET_LINE.match(key)
            or (key[:1] == "(" and REVIEW_BRACKET_LINE.match(key))
            or _closing_byline(key, text)
            or WRITER_SLASH_CREDIT_LINE.match(key)
            # a repost credit glued to its outlet (``本文来源于“X”微信公众号``, decide79), and a
            # supplier's credit with 供稿 after the value (``（宣传科 张明华 供稿）``)
            or _reprint_credit(key)
            or SUPPLIED_AFTER_RE.match(nfkc(text))
            # a repost's credit naming the outlet and the reporter (ev817's
            # ``(文章信息摘自运输人 时坤报道)``): people.py reads the reporter as the author
            or EXCERPT_REPORT_LINE_RE.match(nfkc(text).strip())
            or REPOST_NOTE_LINE.match(key)
            or ORIGIN_CREDIT_LINE.match(key)
            or (len(key) <= _MAX_THEME_CREDIT and THEME_CREDIT_LINE.match(key))
            or COMPILED_FROM_LINE.match(key)
            or (end == captions and EMPTY_ATTACHMENT_HEADING.match(key))
            # a picture credit of its own closing the text (梦雾社's ``图源：<pixiv address>``
            # under a joke post): who made the picture, no line of the text, as when it opens it
            or OPENING_PICTURE_CREDIT.match(key)
        ):
            break
        end -= 1
    return kept if end == captions else kept[:end] + kept[captions:]


# The link to the original closing a repost (compact keys): ``原文链接：URL`` and nothing else, or
# the label alone as a heading over the bare address (ECUSTMC's ``原文档链接`` h2); a 来源 / 出处
# heading of its own may stand over either (南科手册-快讯's ``### 来源`` over ``原文链接：URL``,
# hunt265). A pointer to where the original lives, naming no outlet: cut with its heading, no
# source (LABELLING.md, session 35: as ``原文地址：URL``, session 32's ``原始文章：`` link).
_ORIGINAL_LINK_LINE = re.compile(rf"^{ORIGINAL_LINK_LABEL}\s*:\s*{WEB_ADDRESS}$")  # NFKC text
_ORIGINAL_LINK_HEADING = re.compile(rf"^{ORIGINAL_LINK_LABEL}:?$")
_SOURCE_HEADING = re.compile(r"^(?:(?:文章|本文|原文)?(?:来源|來源|出处|出處)|原文):?$")


def _without_original_link(kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``kept`` without a closing link to the original (``_ORIGINAL_LINK_LINE``, or a bare
    address under ``_ORIGINAL_LINK_HEADING``) and a 来源 heading right above it."""
    if len(kept) < 2 or "原文" not in kept[-1][1] + kept[-2][1]:
        return kept
    end = len(kept)
    if _ORIGINAL_LINK_LINE.match(nfkc(kept[-1][0]).strip()):
        end -= 1
    elif WEB_ADDRESS_RE.fullmatch(kept[-1][1]) and _ORIGINAL_LINK_HEADING.match(kept[-2][1]):
        end -= 2
    else:
        return kept
    if end > 1 and _SOURCE_HEADING.match(kept[end - 1][1]):
        end -= 1
    return kept[:end]


def _cut_run_in_credit(text: str) -> str:
    """The last paragraph without a credit run into its end (``…建议。作者:兰西``,
    ``…。（王煌忠／台中報導）``, ``…。（钟才文）``, ``…表演吗？来源：吱咕爱游``), nor the link to a
    reposted original run into it (``2021年5月13日原文链接：http://…``, the signature's date
    then the original's address: the link is cut as a line of it alone is)."""
    start = run_in_credit(text, closing_credit_start)
    if start is not None:
        return text[:start].rstrip()  # a repost credit with its link (本文转载自X，原文链接：…)
    if "原文" in text and (link := _RUN_IN_ORIGINAL_LINK_RE.search(text)) and link.start():
        return text[: link.start()].rstrip()
    return text


# The link to the original on a line of its own (compact form: ``原文链接:https://…``), opening a
# translated or reposted text (ALC Beijing's translated wiki page, devopschina's translated
# checklist): a credit (LABELLING.md: 原文链接 cut), as under the text
_OPENING_ORIGINAL_LINK_RE = re.compile(rf"{ORIGINAL_LINK_LABEL}:{WEB_ADDRESS}")
_RUN_IN_ORIGINAL_LINK_RE = re.compile(rf"{ORIGINAL_LINK_LABEL}\s*[:：]\s*{WEB_ADDRESS}\s*$")


SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?:\s|$)")

#: Shorter than this, a body needs at least one sentence to count as an article.
MIN_FRAGMENT_BODY = 200

#: A paragraph this long with this many clause commas is a sentence, its full stop left off
#: (hneia-xinwen-2014-4: a one-sentence item of ~110 characters ending ``…并共进晚餐``).
_MIN_CLAUSE_RUN, _MIN_CLAUSES = 60, 3

#: A clause comma: full-width, or a half-width one a Chinese clause follows (text typed with an
#: ASCII comma, ``…召开,湖南省…``); not an English list's ``a, b, c`` (a tag line, a menu).
_CLAUSE_COMMA = re.compile(r"，|,\s?(?=[\u4e00-\u9fff])")


# A clause announcing what follows (``具体变更内容如下: https://…``, a one-line site notice whose
# colon points at the changed page): a sentence a reader reads, though no full stop closes it
_LEAD_IN_RE = re.compile(r"如下\s*[:：]")
#: A line opening in the first person plural (``我们是…``): the page's people speaking, never a
#: headline or a menu item (a bare 我 opens headlines: 我市 / 我校 / 我国…)
_FIRST_PERSON_LEAD = re.compile(r"(?:我们|我們|咱们|咱們)")
#: A notice's closing formula on its own line, its full stop left off (``特此公告``, ``特此通知``):
#: a government 公告 whose figures are a picture has only one sentence, ending ``…公告如下：``,
#: then this line, the issuer and the date (cwl-c-437583); no sidebar of headlines holds one.
NOTICE_CLOSING = re.compile(
    r"特此(?:公告|通告|通知|公示|函告|告知|说明|說明|声明|聲明|批复|證明|证明)[。!！]?"
)


#: A field's heading in a record of headed items: two to six Chinese characters and nothing else,
#: or a raw Markdown heading (``##题目``) of such a word
_ITEM_HEADING = re.compile(r"(#{1,6}\s*)?[\u4e00-\u9fff]{2,6}")
#: A value that is only a date or a number (a headline list's date column, a tag's count)
_BARE_DATE_VALUE = re.compile(r"[\d\s年月日:./\-()（）]+")
#: Heading-and-value pairs a short record needs (two when its headings are Markdown headings)
_MIN_HEADED_ITEMS, _MIN_MARKED_ITEMS = 3, 2


def _headed_items(paras: list[str], linked: Collection[str]) -> bool:
    """True when ``paras`` are a record of headed items: it opens with a heading (``时间范围``,
    ``##题目``), each heading differs and stands over an unlinked value line of words, not a bare
    date or number, and no line repeats (an activity's 活动级别 / 当前活动级别为 校级 / 报名人数 /
    500 …; a question and its answer under ``##题目`` / ``##答案``)."""
    if len(paras) < 4 or len(set(paras)) < len(paras):
        return False  # a follow box repeats its account's name under each of its headings
    heads = [_ITEM_HEADING.fullmatch(p) for p in paras]
    if heads[0] is None or heads[-1] is not None:
        return False
    marked = all(m.group(1) for m in heads if m)
    items = sum(
        1
        for head, value_head, value in zip(heads, heads[1:], paras[1:], strict=False)
        if head
        and not value_head
        # under a plain heading, a value of words (an answer under ``##答案`` may be a formula)
        and (marked or (HAN_RE.search(value) and not _BARE_DATE_VALUE.fullmatch(value)))
    )
    if items < (_MIN_MARKED_ITEMS if marked else _MIN_HEADED_ITEMS):
        return False
    # a menu's headings and their sub-items, a list's titles and dates: lines that are links
    return not any(compact(p) in linked for p in paras)


def looks_like_article_body(body: str | None, linked: Collection[str] = ()) -> bool:
    """True when the text reads like an article: long, or with one sentence (a full stop or a
    long run of clauses), or a notice closed by its formula (``特此公告`` after the text), or a
    short record of headed items none of whose lines is in ``linked`` (the compact keys of the
    paragraphs the page shows as links)."""
    if not body:
        return False
    if len(body) >= MIN_FRAGMENT_BODY or SENTENCE_END.search(body) or _LEAD_IN_RE.search(body):
        return True
    paras = body.split("\n\n")
    if len(paras) >= 2 and all(len(p) >= 8 and _FIRST_PERSON_LEAD.match(p) for p in paras):
        # a short page's lines each spoken by the page's own people (an about page's two lines,
        # ``我们是…社团`` / ``我们社团的主要活动是…``, no full stop): a headline list never says 我们
        return True
    return (
        any(
            len(p) >= _MIN_CLAUSE_RUN and len(_CLAUSE_COMMA.findall(p)) >= _MIN_CLAUSES
            for p in paras
        )
        or ("特此" in body and any(NOTICE_CLOSING.fullmatch(compact(p)) for p in paras[1:]))
        or _headed_items(paras, linked)
    )


# Searched from the first character a match can start with (gate.py): the same matches, the
# patterns tried at each of those characters only (a footer word's initial, an ellipsis).
BOILERPLATE_FOOTER = gated(BOILERPLATE_FOOTER, each=True)
TRAILING_ELLIPSIS = gated(TRAILING_ELLIPSIS, each=True)
