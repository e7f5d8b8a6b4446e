"""The grammar of labelled lines (发布日期 / 编辑 / 来源 ...): the labels, a date inside a line, and
the splitter that turns such a line into raw field values.

Every field module reads labelled lines through this one vocabulary (the meta line, the trailer,
bylines, the published and people chains), so a label is added here once.
All regexes run over NFKC-normalised text: full-width ``：`` is ``:``, ``\\u3000`` and
``\\xa0`` are plain spaces and ``｜`` is ``|``. Keep label tuples longest-first so that the
alternation prefers ``责任编辑`` over ``编辑`` and ``文号`` over ``文``.

Matching runs on NFKC-normalised text (``：`` -> ``:``, ``\\u3000``/``\\xa0`` -> space), but every
returned value is cut from the ORIGINAL text through a per-character offset map, so values keep
the page's own characters (full-width colon in ``发布日期：2024-04-24``, traditional characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..calendar_words import MONTH_ABBRS, WEEKDAY_ABBRS, alternatives, with_longer
from .counters import (
    COMMENT_WORDS,
    READ_WORDS,
    SEEN_WORDS,
    VIEW_WORDS,
    VIEW_WORDS_SIMPLIFIED,
    either,
)
from .gate import EachGatedPattern, RememberingGatedPattern, gated
from .text import HAN_RE, nfkc, nfkc_char, nfkc_per_char

# --- labels -------------------------------------------------------------------------------------
# Role words, one list for every rule that needs them: reporters' titles, written before a name
# (``记者 张三``, glued ``通讯员李四``), and credits of compiling, reporting or pictures, which
# stand where a name could (``整理``, ``综合``, ``摄影``) and are never one. people.py builds its
# patterns from them, and LABELS["author"] holds the titles (``通讯员：X`` is labelled like ``记者：X``).
REPORTER_ROLES: tuple[str, ...] = (
    "本报记者", "本報記者", "特约记者", "特約記者", "实习记者", "實習記者", "见习记者", "見習記者",
    "记者", "記者", "通讯员", "通訊員", "实习生", "實習生",
    # the outlet's own staff: ``本网记者``, ``本台记者``, ``本刊记者``, ``特派记者``
    "本网记者", "本網記者", "本台记者", "本臺記者", "本刊记者", "本站记者", "特派记者", "特派記者",
    # commentators write the piece they sign (``（评论员 罗博 萧海川）``), and so do a column's
    # writers (``【文/观察者网专栏作者 王文】``)
    "本报评论员", "特约评论员", "评论员", "評論員", "专栏作者", "專欄作者", "特约作者", "特約作者",
    # a column's writer as Taiwan's and Hong Kong's papers title them (``專欄作家 X``)
    "专栏作家", "專欄作家", "特约撰稿人", "特約撰稿人", "撰稿人",
    # a school's student reporters' corps before its member (``记者团 张明华``, decide79: as 学生记者)
    "记者团", "記者團",
)  # fmt: skip
# The labels that credit the text with no role before them, colon or blank after (``作者：X``,
# ``撰文 X``): people.py's byline rules and meta_marks' byline slot build their patterns from them
WRITER_LABELS: tuple[str, ...] = ("作者", "撰文")
# A podcast's audio editor (ALC Beijing: ``音频编辑: X`` over ``文案: Y`` opening the notes): a
# production role as the video editor's (LABELLING.md, hunt212), no editor; its line is a credit
AUDIO_EDITOR_LABELS: tuple[str, ...] = ("音频编辑", "音頻編輯")
CREDIT_WORDS: tuple[str, ...] = (
    "摄影", "攝影", "报道", "報道", "報導", "报导", "整合", "整理", "编译", "編譯", "综合", "綜合",
    # an excerpt mark closing a column cut at a paywall (``（節錄）``)
    "节录", "節錄", "摘录", "摘錄",
)  # fmt: skip

# The publish date's own labels, in both scripts: they rank first, end the value of the item
# before them on a meta line (``作者 张三 发布时间 …``, people) and open a meta line pasted into
# the body (body.clean.META_DATE_LEAD)
PUBLISH_DATE_LABELS: tuple[str, ...] = (
    "发布日期",
    "发布时间",
    "發佈時間",
    "發佈日期",
    "發布時間",
    "發布日期",
)

# Published labels by preference, the one list a publish label is added to: a page showing
# several dates (信息公开 tables) yields the first-ranked one; a bare 时间/日期 loses to 发布日期
# wherever they sit in the line. Its Chinese labels are LABELS["published"] (with
# PUBLISHED_UNRANKED), its English ones LABELS_EN["published"] (ranked by their lower case).
PUBLISHED_RANK: tuple[str, ...] = (
    *PUBLISH_DATE_LABELS,
    "PublishTime",
    "PublishDate",
    "Published",
    "PubDate",
    "发表时间",
    "发表日期",
    "發表時間",
    "發表日期",
    "发稿时间",
    "发文日期",
    "公开日期",
    "公布日期",
    # ``发布：2021-06-11 15:11`` (a DedeCMS template's info line); with its colon only
    "发布",
    "發佈",
    "發布",
    # a paper's ``出版：2023-03-28 01:45 更新：…`` (LABELLING.md corpus29: 出版 is the date)
    "出版",
    # 星島日報's foot lines ``建立時間：16:41`` / ``更新時間：17:24`` (LABELLING.md corpus41)
    "建立時間",
    "建立时间",
    # a blog theme's ``创建于 2023/05/17 | 修改于 2023/05/17`` (a WordPress theme's single.php):
    # when the post was made, the publish date; the change date beside it yields to it
    "创建于",
    "創建於",
    "创建时间",
    "創建時間",
    "创建日期",
    "創建日期",
    "时间",
    "時間",
    "日期",
    "Date",
    "上传时间",
    "录入时间",
    "更新时间",
    "更新時間",
)
# Publish labels ranked below all of PUBLISHED_RANK, alike: a blog's ``发表于`` / ``发布于`` and
# the same on Taiwan's blogs (Hexo NexT: ``發表於 2022-02-05``), and a member CMS's
# ``本站发表: DATE`` (gztz.org, LABELLING.md fourteenth round: the date)
PUBLISHED_UNRANKED: tuple[str, ...] = ("发表于", "发布于", "發表於", "發佈於", "發布於", "本站发表")

# Subsets of that one vocabulary, each written here once (tidy105; meta_line, published and
# info_box import them).
# A 信息公开 box's cells that label the item's publish date (gsj.wuhan.gov.cn's TRS box:
# ``<td><strong>公开日期</strong></td><td>2018-01-01</td>``); the box's other date cells (成文日期,
# 生成日期, 发文日期) yield to them. Simplified script only, as the TRS boxes print them; 公开时间
# is a box cell's word that PUBLISHED_RANK does not hold (so a meta line does not read it as a
# publish label; adding it there would be a change of behaviour, left).
BOX_PUBLISH_LABELS = frozenset(("发布日期", "发布时间", "公开日期", "公开时间"))
# The labels that name the page's own publish date on a line of their own (``发布时间：…``): the
# box's, and PUBLISH_DATE_LABELS in traditional script
OWN_PUBLISH_LABELS = BOX_PUBLISH_LABELS | frozenset(PUBLISH_DATE_LABELS)
# The labels of a publish date shown on a line around the text (``发布日期：2018-01-02`` under the
# text, ``发布于 …``): the page's own ones, the rank's 发表时间 / 发表日期 and the unranked
# ``发表于`` / ``发布于`` forms. Kept out: a box's other dates (发文日期 names the document's date,
# LABELLING.md gaps98), the bare and the weak labels (时间, 日期, 发布, 更新时间, 创建于), the English
# ones, and 本站发表 (gztz.org's member-CMS line, never read by this rule)
SHOWN_PUBLISH_LABELS = (
    OWN_PUBLISH_LABELS
    | frozenset(lab for lab in PUBLISHED_RANK if lab.startswith(("发表", "發表")))
    | frozenset(lab for lab in PUBLISHED_UNRANKED if lab.endswith(("于", "於")))
)

# field key -> labels. Keys other than published/author/editor/source are recognised so that
# they END the previous value (e.g. 信息公开 tables: 文号, 索引号) and are returned as extra keys.
LABELS: dict[str, tuple[str, ...]] = {
    "published": tuple(lab for lab in PUBLISHED_RANK if not lab.isascii()) + PUBLISHED_UNRANKED,
    "author": (
        # the article's own writer, said so (xywy: ``文章作者：筱夏的梦``); the label must open a
        # header line of its own, so the qualified form is a label of its own
        "文章作者",
        "本文作者",
        # the original's writer on a repost or a post's licence box (a coding site's
        # ``原作者：IAmTrue`` opening a <br>-lined text; a Hugo theme's ``原文作者：饶全成``)
        "原文作者",
        "原作者",
        # phpwind's CMS: ``作者：<account> 原创作者：<writer>`` (the writer's own label)
        "原创作者",
        "原創作者",
        # a CMS slot for either, filled with a member's name (gztz.org: ``(作者或来源) 品味``);
        # LABELLING.md reads it as the writer
        "作者或来源",
        "作者或來源",
        "作者",
        # a counsellor signing the answer to a reader's letter (``解答者：<unit title> 林淄``)
        "解答者",
        "撰稿人",
        "撰稿",
        "撰文",
        # who reported and wrote it (LABELLING.md: ``采写：南都记者杨振华`` gives the author), and
        # the text's credit beside the pictures' (school news: ``文字：X 图片：Y 编辑：Z``)
        "采写",
        "採寫",
        "文字",
        # who wrote the wording, in a club's closing WeChat credits beside 排版 and 图片 (the
        # lead, hunt199: ``文案：NAMES`` credits the writers as 文字 does)
        "文案",
        # who drafted it (a report's 执笔人), who did both text and pictures (文图：X, LABELLING.md:
        # 文/图 names authors; not 图文：, which heads a photo story's title in reference lists), a
        # translator (LABELLING.md: 编译 credits the writer; not 翻译：, which heads a translated
        # sentence on language pages, nor a forum's 楼主：, which heads replies)
        "执笔人",
        "執筆人",
        "执笔",
        "執筆",
        "文图",
        "文圖",
        "译者",
        "譯者",
        # a community's volunteer translator (devopschina.org's opening ``社区译者：NAME-CITY``,
        # the translated text's credit box beside ``审校：`` and ``原作者：``)
        "社区译者",
        "社區譯者",
        "编译",
        "編譯",
        # who translated and edited the text (nvdacn's add-on posts close with ``翻译整理：NAME``; the
        # lead, session 34: the 译者 rule, the translator is the author)
        "翻译整理",
        "翻譯整理",
        # the blogger an e-paper or a blog credits (LABELLING.md, seventh round: ○博主 X ○译者 Y,
        # both authors; a blogger shown as the byline is the author)
        "博主",
        "发布人",
        "发布者",
        "發布人",
        "發佈者",
        *REPORTER_ROLES,
    ),
    "editor": (
        "责任编辑",
        # the site's editor (``网站编辑：X``), and who edited and compiled it (``编辑整理：X``)
        "网站编辑",
        "網站編輯",
        "编辑整理",
        "編輯整理",
        # a member CMS's ``最后编辑: 品味`` (last edited by) names the editor (gztz.org)
        "最后编辑",
        "最後編輯",
        "本文责编",
        "本文编辑",
        # who edited the original text a repost keeps (``（作者/X Y 原文编辑/Z）``, creditchina315.com)
        "原文编辑",
        "原文編輯",
        # the editor on duty and an intern editor (LABELLING.md: 值班编辑; setn's 實習編輯)
        "值班编辑",
        "值班編輯",
        "实习编辑",
        "實習編輯",
        "见习编辑",
        "見習編輯",
        "编辑",
        "责编",
        "编审",
        "选稿",
        # the column's editor over the text editor (jfdaily: ``栏目主编：X 文字编辑：Y``); a bare
        # 主编 may be a whole publication's masthead
        "栏目主编",
        "欄目主編",
        "文字编辑",
        "文字編輯",
        # a paper's page editor (LABELLING.md, corpus30: 版面编辑 is a 编辑 label)
        "版面编辑",
        # the web's word for the editor on duty (51credit.com's ``小编：X``, rules93; the lead's
        # session-21 decision: a reader reads it as 编辑); as a value (``作者：小编``) it stays a
        # placeholder, no person
        "小编",
        "小編",
        "版面編輯",
        "責任編輯",
        "編輯",
        "責編",
        "編審",
    ),
    "source": (
        "信息来源",
        "来源于",
        "本文来源",
        "文章来源",
        "稿件来源",
        "稿件來源",
        "新闻来源",
        # the same labels as Taiwan's and Hong Kong's CMSs print them (robust52's variants)
        "新聞來源",
        "資訊來源",
        "來源於",
        # a repost's origin closing the text (``消息来源：http://roll.sohu.com/…``)
        "消息来源",
        "消息來源",
        "来源",
        "稿源",
        "出处",
        # ``文章出处：X`` closing a company's repost (policy71), as 文章来源
        "文章出处",
        "文章出處",
        "供稿",
        "來源",
        "信息來源",
        "文章來源",
        "本文來源",
        "出處",
        "出所",  # Japanese editions of Chinese outlets (j.people.com.cn)
        # ``本文转载自：X`` under the headline (本文 before 转载自, as before 转自)
        "本文转载自",
        "本文轉載自",
        "转载自",
        "轉載自",
        # where the text was first printed or taken from (LABELLING.md: 摘自 names the origin,
        # like 出处); with a colon only, the words stand in prose too (``以上摘自维基百科``)
        "原载",
        "原載",
        "摘自",
        "选自",
        "選自",
        "本文转自",
        # ``转自于：家庭医生`` closing the text (nj12320.org): 转自 with a 于 before the colon
        "转自于",
        "轉自於",
        "转自",
        "轉自",
        # the office that contributed the item (school news: ``供稿单位：科技处``), as 供稿
        "供稿单位",
        "供稿單位",
        "供稿部门",
        "供稿部門",
        # a hospital's supplying department (``供稿科室：心血管内科``, decide79: as 供稿单位)
        "供稿科室",
        "来源单位",
        "來源單位",
    ),
    # extra keys: recognised so values stop here, returned under these keys
    "written": ("成文日期",),
    # reviewers and proofreaders are not editors (LABELLING.md: 责任编辑 / 责编 / 编辑 only);
    # government trailers print them beside the editor (``编辑：王五 审核：赵六``)
    # credits of the pictures, data or video, not of the article (图片来源：视觉中国)
    "media": (
        "图片来源",
        "圖片來源",
        "数据来源",
        "數據來源",
        "资料来源",
        "資料來源",
        "照片来源",
        "视频来源",
        "图源",
        "圖源",
        "图片编辑",
        "圖片編輯",
        # the art editor lays out the page's pictures (``文字编辑：X 美术编辑：Y``)
        "美术编辑",
        "美術編輯",
        "美编",
        "美編",
        "视频编辑",
        "視頻編輯",
        *AUDIO_EDITOR_LABELS,
        "图片作者",
    ),
    # photographers (LABELLING.md: 摄 / 图 credit no author); recognised so the writer's name ends
    "photo": ("摄影", "攝影", "摄像", "攝像", "供图", "供圖", "图片", "圖片"),
    # the three reviews of a government or media item (一审/二审/三审 as 初审/复审/终审) and the
    # official who signs it off (签发)
    "review": (
        "审核",
        "審核",
        "校对",
        "校對",
        "初审",
        "复审",
        "终审",
        "审校",
        "審校",
        "一审",
        "二审",
        "三审",
        "一審",
        "二審",
        "三審",
        "签发",
        "簽發",
        "审稿",
        "審稿",
        "复核",
        "復核",
    ),  # fmt: skip
    # production and entry credits beside the people (``监制：X 统筹：Y``; iwms's ``录入：007com``,
    # the account that entered the item; a masthead's ``主编：X``): no author, editor or source
    # (LABELLING.md), recognised so that the value before them ends
    "staff": (
        "主编",
        "主編",
        "监制",
        "監製",
        "统筹",
        "統籌",
        "策划",
        "策劃",
        "出品",
        "制作",
        "製作",
        "文章录入",
        "信息录入",
        "录入",
        "錄入",
        # who revised a group's post (``修订人：A B``, MOTSS, hunt265): no author or editor (session 35)
        "修订人",
        "修訂人",
    ),
    # an article's tag list after the credits (``来源：X 标签：孵化器``)
    "tags": ("标签", "標籤", "关键词", "關鍵詞", "关键字", "關鍵字"),
    # the publishing office of a 信息公开 box (LABELLING.md: the source when no 来源 is shown)
    "publisher": (
        # the issuing office of a notice (Taiwan's government CMS: ``發布單位：臺北市榮民服務處``)
        # is read as 发布机构 (decide79, decide92): another body is the source, the site's own none
        "发布单位",
        "發布單位",
        "发布机构",
        "发文机关",
        # a regulation's issuing authority in law databases (rules93; as 发文机关, decide79)
        "发布机关",
        "發布機關",
        "發布機構",
        "发文机构",
        "發文機構",
        "责任部门",
        "責任部門",
        "发布部门",
        "發布部門",
    ),
    "doc_number": ("文号", "發文字號", "发文字号"),
    "index_no": ("索引号",),
    "topic": ("主题分类", "主题词", "文章类型", "信息类别", "信息分类"),
    "validity": ("有效性",),
    "views": (
        "点击数",
        "点击量",
        "点击率",
        "浏览次数",
        "浏览量",
        "阅读量",
        "阅读数",
        "阅读次数",
        # a government CMS's counter (``来源： 访问量：199``): it ends an empty slot before it
        "访问量",
        "访问次数",
        "訪問量",
        "人气",
        # a school CMS's counter (``发表于：DATE 查阅：N次``)
        "查阅",
        "查閱",
    ),
}

# The one-character marks of a picture's or a photographer's credit (``图/李四``, ``摄：李四``,
# ``张三 摄``): a label only with a slash or colon after it, or standing alone after a name.
PHOTO_MARKS = "图圖摄攝"

# The words of a takedown notice (``如有侵权请联系删除``: a site reposting what it found online asks
# an owner to write for its removal), in both scripts: the body's notice lines (body.container.NOTICE_PROSE),
# the notice a 来源 line belongs to (meta_line) and a rights note after an outlet (people) read them
INFRINGEMENT = "侵权|侵權"
DELETION = "删除|刪除"

# English labels (matched case-insensitively); kept apart so CJK labels stay case-sensitive.
LABELS_EN: dict[str, tuple[str, ...]] = {
    "published": tuple(lab for lab in PUBLISHED_RANK if lab.isascii()) + ("Posted",),
    "author": ("Author",),
    "editor": ("Editor",),
    "source": ("Source",),
    "tags": ("Tags", "Tag", "Keywords"),
}


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as a plain regex alternation, longest first (``本报记者`` before ``记者``)."""
    # ties in a fixed order: a set's order changes with the hash seed, and so would the pattern
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


def _label_alt(labels: tuple[str, ...]) -> str:
    # Labels may carry spaces between characters (``索 引 号``). Grouped by first character
    # (same order within a group, any case in one group): re then tries one group, not every
    # label, at each position of a line.
    # longest first, then by the words (not by a set's hash order: one pattern under every seed)
    uniq = sorted(set(labels), key=lambda lab: (-len(lab), lab))
    groups: dict[str, list[str]] = {}
    for lab in uniq:
        groups.setdefault(lab[0].lower(), []).append(lab)
    alts = []
    for labs in groups.values():
        if len({lab[0] for lab in labs}) == 1:
            rests = ("".join(r"\s*" + re.escape(c) for c in lab[1:]) for lab in labs)
            alts.append(f"{re.escape(labs[0][0])}(?:{'|'.join(rests)})")
        else:
            alts.append("(?:" + "|".join(r"\s*".join(map(re.escape, lab)) for lab in labs) + ")")
    return "|".join(alts)


_ALL_CJK = tuple(lab for labs in LABELS.values() for lab in labs)

_ALL_EN = tuple(lab for labs in LABELS_EN.values() for lab in labs)

# Where names that alone fill their item end (the lookahead of a label that needs no colon, or
# that names a person only before names): the line's end or a closing bracket, or the next item's
# label, glued or after blanks (a gap before other words leaves the line to the byline rules:
# ``本报记者 魏其濛  园区企业代表座谈交流`` is a byline beside a sentence)
_ITEM_END = (
    r"(?:\s*[)）】\]]?$|\s*(?:"
    + _label_alt(LABELS["author"] + LABELS["editor"] + LABELS["source"] + PUBLISH_DATE_LABELS)
    + r")\s*:)"
)
_NAMES_ENDING_ITEM = r"[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4}){0,3}" + _ITEM_END
# (a person's name of two or three characters: four (``校园风采``) head a photo story too)
_SHORT_NAMES_ENDING_ITEM = r"[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3}){0,3}" + _ITEM_END

# one to three Latin words of a name alone filling their item (``Raymond``, ``Alan Jin``)
_LATIN_NAME_ENDING_ITEM = r"[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,2}" + _ITEM_END

# A label followed by a colon; ``文/图`` / ``图/文`` / ``文/`` need no colon (``文/图 张三``).
# Two more separators real pages use: a bar or a slash after a people/source label (澎湃号 trailers
# ``编辑|禤志杰``, ``来源|广州参考``, a meta line's ``记者/孙也程``) and none at all after ``发表于`` /
# ``发布于`` / ``来源于``.
LABEL_RE = re.compile(
    r"(?P<label>"
    + _label_alt(_ALL_CJK)
    # an English label starts a word: ``Update:`` is no ``Date:`` (a code comment's
    # ``//Update:2004-6-1 12:22`` in a yqxbc post was read as the publish date)
    + r"|(?<![A-Za-z])(?i:"
    + _label_alt(_ALL_EN)
    + r"))(?:\s*:\s*|(?<=编辑|责编|来源|作者|校对|編輯|責編|來源|记者|記者|撰稿|撰文|文字|文案|采写|供稿|稿源|出处|审核|審核"
    r"|初审|复审|终审|签发)\s*[|/丨]\s*|(?<=于|於)\s*"
    # ``责任编辑 王19``: the unambiguous 责任编辑 needs no colon before a name
    + r"|(?<=责任编辑|責任編輯)\s+(?=[\u4e00-\u9fff])"
    # a slot's label in brackets, no colon (gztz.org: ``(作者或来源) 品味``)
    + r"|(?<=作者或来源|作者或來源)\s*\)\s*"
    # ``编辑 王五`` / ``责编 王五 赵六``: a space only when names alone end the line, or end their
    # item before page controls (a bar, a wide gap or a control's word: ``编辑 许晓冰&nbsp;&nbsp;
    # 字号：大 中 小``; an ideographic space is one space after NFKC)
    # (not the role word 本站编辑 a JEECMS template prints in an empty editor slot: no label)
    + r"|(?<=编辑|责编|編輯|責編)(?<!本站编辑|本网编辑|本站編輯|本網編輯)\s+(?=[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4}){0,3}"
    + r"(?:\s*[)）】\]]?$|\s{2}|\s*[|丨]|\s(?:字号|字號|字体|字體|分享|打印|列印|关闭|關閉|纠错|糾錯|举报|舉報)))"
    # ``记者 张明华`` / ``本报记者 张明华``: a reporter's title and a space (People: no colon needed),
    # when the names alone end the line or their item, or the next item's label follows them
    # glued (people81: ``…10:00记者 张明华责任编辑：李晓``, ``责任编辑：李晓记者 张明华``)
    + rf"|(?<=记者|記者)\s+(?={_NAMES_ENDING_ITEM})"
    # ``来源 CSDN`` / ``出处 快科技``: a source label and a space, when the outlet's name alone
    # ends the line or its item (a bar or a wide gap after it); in prose 来源 is a word
    # or before the next labelled item (``来源 科技日报 编辑：X``) or a date, on a
    # line of its own off the date line too; a dash set apart by blanks may stand for the colon
    # (misses49: ``来源 - 科技日报``)
    + r"|(?<=来源|來源|稿源|出处|出處)(?:\s+[-－–—]{1,2})?\s+(?=[^\s:,，。;；、|丨]{2,20}(?:\s*$|\s{2}|\s*[|丨]"
    + r"|\s+(?:[\u4e00-\u9fff]{1,6}\s*:|\d{4}\s*[-/.年]\s*\d)))"
    # a credit line of bulleted labels without colons (qnck.cyol.com's e-paper: ``○博主 X ○译者 Y``,
    # LABELLING.md's seventh round): the bullet before the label vouches for it as a colon does
    + r"|(?<=[○●◎□■◆](?:博主|译者|譯者|作者|记者|記者|编辑|編輯|编译|編譯|撰文|来源|來源))\s+(?=\S)"
    # blog themes (cnblogs): ``posted @ 2019-09-05 10:12 作者``
    + r"|(?<=[Pp]osted)\s*(?:@|on|at)\s*)"
    # ``文：张三`` too, when 文 is a word of its own (正文：, 原文： and 全文： are no credit); so
    # the slash forms, but after 图 (``图文/张三``): a word's 文 before a slash credits no one
    # (iqbar.net's ``人文/社科类方向``, ``中文/英文``, ``语文/数学``: audit108)
    + r"|(?P<slash>(?:(?<![\u4e00-\u9fff])|(?<=[图圖]))"
    + r"文(?:\s*/\s*图|\s*/\s*摄|\s*/|(?<![\u4e00-\u9fff]文)\s*[:|丨])|图\s*/\s*文"
    # ``图文：张明华`` (decide79: who did the text and the pictures, one rule with 文图), when
    # names alone fill the item; ``图文：园区举办…`` heads a photo story's title (policy64)
    + rf"|(?<![\u4e00-\u9fff])[图圖]文\s*:\s*(?={_SHORT_NAMES_ENDING_ITEM})"
    # ``图文 | Raymond`` (a club's closing WeChat credits over ``排版 | X``; the lead, hunt199):
    # a bar after the label, a name alone filling the item (a Latin one too)
    + rf"|(?<![\u4e00-\u9fff])[图圖]文\s*[|丨]\s*(?={_SHORT_NAMES_ENDING_ITEM}|{_LATIN_NAME_ENDING_ITEM}))\s*"
    # ``图/李四``, ``摄：李四``: the photographer, after the writer's ``文/张三`` (a word of its
    # own: ``地图：`` is no label)
    + rf"|(?P<photo>(?<![\u4e00-\u9fff])[{PHOTO_MARKS}]\s*[/:])\s*"
)

# The page's controls printed in a meta line, each at a word start (after a blank, bar or bracket)
# so that a value such as ``3D打印网`` survives: view counters (``N次浏览`` stopped at its digits),
# font size, share, print, close, comment, like and report buttons.
_CONTROLS = (
    # (a count is no clock's minutes: yudashicai's ``时间：11-10-22 16:17`` glued to the span
    # ``<script>…</script>次浏览`` whose count a script writes)
    rf"(?<![\d:])\d+\s*次\s*(?:{either(VIEW_WORDS_SIMPLIFIED)})"
    rf"|\d+\s*人\s*(?:{either(SEEN_WORDS + READ_WORDS)})"
    # a comment counter's count first (CSDN's ``来源 CSDN   0 条评论   作者 X``)
    rf"|\d+\s*条\s*(?:{either(COMMENT_WORDS)})"
    # a blog theme's comment link in English (WordPress's ``0 Comments``, ``3 Responses``, a
    # theme's ``0 Feedbacks on “headline”``): a count, no word of the date line
    # (after a Han bar too: ``2021年1月10日丨0 Feedbacks``, 丨 is a word character to ``\w``)
    r"|(?<![A-Za-z0-9_.])\d+\s*(?:Comments?|Feedbacks?|Responses?|Replies|Reply)(?![A-Za-z])"
    r"(?:\s+on\s+[“\"][^”\"]{1,80}[”\"])?"
    r"|(?:(?<=[\s【\[|丨│┃])|^)(?:点击|浏览|阅读|次浏览|字体|字号|调整字体|调整字号|分享到|分享|打印|关闭|放大|缩小|评论|收藏|人气|查阅|查閱"
    # the same controls on traditional-character pages (``來源： 字號: 小 中 大 轉發 列印``)
    r"|點擊|瀏覽|閱讀|字體|字號|調整字體|調整字號|分享到|列印|關閉|評論|轉發|转发"
    # like and report buttons (CSDN's ``阅读量1.3w 收藏 98 点赞数 40``, toutiao's ``举报``)
    r"|点赞|點讚|举报|舉報"
    # a download button (wjmoe's ``来源：教育部   下载   收藏   责任编辑：X``)
    r"|下载|下載"
    # a view counter's words after its count (JEECMS's ``<span id="views"></span>人看过``, the count
    # written by script): never a second name after the writer's
    rf"|人(?:{either(SEEN_WORDS + READ_WORDS)})"
    # DedeCMS's counter after a blank, its count written by script (baywatch.cn's ``来源：管理相关
    # 有<script src=…count.php></script>人参与``): no name's words
    r"|(?:(?<=[\s|丨│┃])|^)有人(?:参与|參與)"
    # font-size buttons as letters (``A+ A-``), a QR prompt (``扫一扫在手机打开当前页``) and a
    # government site's eye-care colour picker (``视力保护色：``)
    r"|A\+|扫一扫|掃一掃|视力保护色|保护视力色|視力保護色|護眼模式|护眼模式"
    # a comment link closing the meta line (gmw: ``来源：生活时报 丁永明 我有话说``)
    r"|我有话要?说|我要评论|我要留言|我来说两句|发表评论"
    # a link to the reposted original after its outlet (``来源：Mtime时光网 查看原文``)
    r"|查看原文|阅读原文|原文链接|查看全文)"
)
# The kinds of a self-media account a source may name after a bar (LABELLING.md, tenth round:
# ``来源:为什么会这样啊|微信公众号`` is kept as written): the bar ends no item there
ACCOUNT_KINDS = (
    r"(?:微信公众号|微信公眾號|公众号|公眾號|头条号|頭條號|百家号|百家號|澎湃号|澎湃號|大风号|大風號|企鹅号|企鵝號"
    r"|网易号|網易號|搜狐号|搜狐號)"
)
# A CMS account's name (the posting account a template prints in an empty slot): people.names
# keeps it in an editor slot as written and drops it from the author and source slots
ACCOUNT_NAMES = frozenset({"admin", "administrator", "管理员", "管理員"})
# What a 来源 slot prints when the item's source field was left empty (DedeCMS's ``来源：未知``, as
# it prints 佚名 in an empty 作者 slot: decide79): unknown, a dash, the posting account. Such a
# slot names no one; 本站 / 网络 name this site or the web and are not among them.
_UNKNOWN_SOURCES = frozenset(
    {"未知", "不详", "不詳", "佚名", "匿名", "暂无", "暫無", "无", "無", "-", "--", "—", "——", "/"}
    | ACCOUNT_NAMES
)
# A licence word in a post's copyright or licence box under the text (Hexo Fluid, Icarus: 许可协议;
# a blog's 版权声明 box): what tells the box's 作者 from another item's (licence_box)
LICENCE_WORD_RE = re.compile(
    r"许可协议|許可協議|版权声明|版權聲明|知识共享|知識共享|(?i:licen[cs]e|creative commons|\bCC BY)"
)


def unknown_source(value: str) -> bool:
    """True for a 来源 slot's fill-in for an empty field (未知, 不详, a dash, admin)."""
    return nfkc(value).strip().casefold() in _UNKNOWN_SOURCES


# Where a value ends besides the next label: separators, 【 (font/print controls) and the
# controls above.
STOP_RE = re.compile(
    rf"[|丨│┃](?!\s*{ACCOUNT_KINDS}(?:\s|$))|[【\[〖]"
    # an error-report address glued to the last name (cnnb: ``编辑： 王巍纠错：171964650@qq.com``)
    r"|纠错\s*[:：]|糾錯\s*[:：]"
    rf"|{_CONTROLS}"
    # a counter's own label glued to the colon of an empty slot (DedeCMS left blank:
    # ``来源:作者:点击:次``, cbblab.net's meta line with its spans gone): the slot holds nothing
    rf"|(?<=:)(?:{either(VIEW_WORDS)}|人气|人氣|评论|評論)(?:数|數|次数|次數|量)?(?=:)"
    # the same counter's label glued to the value before it (a PHPCMS show page's
    # ``来源：科技日报点击次数：`` with its count written by script): the value ends there
    rf"|(?<=[\u4e00-\u9fff])(?:{either(VIEW_WORDS)})(?:数|數|次数|次數|量)(?=:)"
    # a blog theme's own items after a blank (Z-Blog's ``作者: 分类:园区动态`` with the 作者 slot
    # empty, or zzkxqj's ``作者：开祥清洁  所属分类：媒体报道``): the next item's label, never a
    # value's word
    r"|(?:(?<=\s)|^)(?:分类|分類|标签|標籤|所属栏目|所屬欄目|所属分类|所屬分類)(?=:)"
    # a view counter's words glued to the writer's name when its count is empty (JEECMS's
    # ``作者：张明华<span id="views"></span>人看过``): no name holds them
    rf"|人(?:{either(SEEN_WORDS)})"
    # a reprint notice after the last credit (``文字编辑：X 未经正式授权严禁转载本文``)
    r"|(?:(?<=\s)|^)未经"
)

# A page control with its count or its options glued to it (``阅读量1.3w``, ``【打印】``), or
# its count after a blank or a bar (``收藏 98``, ``点赞数 | 40``), and the bar before it.
_BAR = r"(?:\s*[|丨│┃/])?\s*"
CONTROL_RE = re.compile(rf"{_BAR}[【\[]?(?:{_CONTROLS})\S*(?:{_BAR}\d[\d.,]*[wWkK万千+]?(?!\S))?")


def without_controls(norm: str, m: re.Match[str]) -> str:
    """A date line's words: ``norm`` without the page controls before and after its date ``m``
    (``X 于 2024-05-06 15:47 发布 阅读量1.3w 收藏``, ``浏览次数：12 2024-05-06``); the date
    itself is kept whole."""
    before, after = norm[: m.start()], norm[m.end() :]
    if _CONTROL_WORD_RE.search(before) is not None:
        before = CONTROL_RE.sub(" ", before)
    if _CONTROL_WORD_RE.search(after) is not None:
        after = CONTROL_RE.sub(" ", after)
    return before + m.group(0) + after


# --- a web address -----------------------------------------------------------------------------
#: A web address as a page prints one (``http://news.buaa.edu.cn/…``, ``www.gov.cn``): a labelled
#: value (``新闻来源： http://…``), a line of its own, the link a repost closes with. The one
#: spelling every rule that reads an address builds on.
WEB_ADDRESS = r"(?i:https?://|www\.)\S+"
#: The words that credit a translator (``译者：X``, ``（翻译：X）``): one spelling for the rules that
#: read a translator's line or bracket
TRANSLATOR_WORDS = r"(?:译者|譯者|翻译|翻譯)"
#: The words that say a text is translated from an original (``译自 New Republic Dec. 15, 2014``
#: opening a translated post, motss.cc): the outlet after them is the text's origin, a date after
#: it the original's day. One spelling for the date line reader and the opening source line.
TRANSLATED_FROM = r"(?:本文|此文)?(?:编译自|編譯自|翻译自|翻譯自|译自|譯自)"
# A translator's credit opening a line, a team's word before it (``译者：X``, ``翻译：X``,
# devopschina.org's ``社区译者：X``): the line of a translated text's credit box
TRANSLATOR_CREDIT_RE = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}{TRANSLATOR_WORDS}\s*[:：]")
# The label of the link to a reposted original (``原文链接：https://…``), the kind of original maybe
# named between (``原文微信推送链接：``, a repost of a WeChat post; ``原文档链接``, of a shared
# document: hunt265 / hunt250)
ORIGINAL_LINK_LABEL = (
    r"原文(?:档|檔|微信推送|微信推文|微信|推送|推文)?(?:链接|鏈接|連結|地址|網址|网址)"
)
#: The words of the link to a reposted original as its label or its call (``原文链接``, ``阅读原文``):
#: after a credit's comma they end the credit's value (yorkhuaren: ``本文转载自网络，原文链接``).
ORIGINAL_LINK_WORDS = rf"(?:{ORIGINAL_LINK_LABEL}|阅读原文|閱讀原文|查看原文)"
#: The same, compiled: matched where a value or a paragraph starts, or fullmatched.
WEB_ADDRESS_RE = re.compile(WEB_ADDRESS)


# --- a date inside a line (where it starts and ends; ``published.py`` parses it) ------------------
#: The weekday a date line prints after the day (``星期二``, ``週二``, ``（周二）``), a comma
#: maybe before it (``2024年2月21日，星期三``: else the weekday was read as a source or a writer).
WEEKDAY_CN = r"(?:[,，、]\s*)?[(（]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][)）]?"
#: The English weekday an RFC 2822 date opens with (``Thu, 02 Aug 2018``), the comma with it.
WEEKDAY_EN = rf"(?i:\b(?:{alternatives(WEEKDAY_ABBRS, lower=True)})[a-z]{{0,6}}\.?,?)"
#: A zone word between the date and its time, each UTC+8 like Beijing time, the archive's zone
#: (rthk: ``2014-12-25 HKT 22:40``): the time is read as written.
ZONE_UTC8 = r"(?:HKT|CST|(?:GMT|UTC)\s?\+\s?0?8(?::?00)?)(?![A-Za-z\d])"
# ``16時46分`` on traditional-character pages, as ``16时46分``; a 12-hour clock's am / pm after
# it (udn: ``2014.12.13 01:06 pm``) belongs to the time; so do the weekday and the period word
# before it (``2019年9月8日 星期日 下午3:20``: the line holds nothing but its date)
_CLOCK = (
    r"T?\s*(?:上午|下午|中午|晚上|凌晨|早上)?\s*\d{1,2}\s*[:时時点點]\s*\d{1,2}"
    # a closing 分 glued to the minutes only: ``15:33:03  分类`` is a category label after the time
    r"(?:\s*[:分]\s*\d{1,2}\s*秒?)?(?:(?<=\d)分)?"
    r"(?:\s?(?i:[ap]\.?m\.?)(?![a-z]))?"
)
# the time may stand in brackets (stheadline: ``2014-12-17 (16:31)``), after a zone word.
# Two time grammars on purpose, sharing WEEKDAY_CN and ZONE_UTC8: this one finds where a date's
# span ends in a line (lenient, no groups: ``2024-05-13 10:5`` is one span, the value after it
# starts past it); published.py's _TIME parses what it reads (named groups, two-digit minutes, a
# fraction of seconds and an ISO offset: ``10:5`` is no time there, ``+08:00`` is read). One
# grammar would change matches of one side or the other.
_TIME = (
    rf"(?:\s*{WEEKDAY_CN})?"
    rf"(?:\s*(?:{ZONE_UTC8}\s*)?(?:{_CLOCK}|[(（]\s*{_CLOCK}\s*[)）]))?"
)

# The writer's IP place the Chinese platforms print in the poster's row beside the name and the
# time since 2022 (微信, 知乎, 微博, 语雀, 小红书, 头条: ``IP属地：浙江``; yuque's English face
# ``IP region浙江``): a row that names its poster (people.accounts.ip_place_writer)
IP_PLACE_RE = re.compile(
    r"IP\s*(?:属地|屬地|归属地|歸屬地|(?i:region|location))\s*[:：]?\s*[\u4e00-\u9fff]{2,10}$"
)

# A header's writers line that counts them (sspai's ``少数派编辑部 等 7 位作者``: the lead writer
# and N - 1 more), and the label its pop-up card list prints over the others (``主作者 X`` /
# ``联合作者`` + a card a writer; people.accounts.co_writer_cards)
COUNTED_WRITERS_RE = re.compile(r"(?P<name>\S.{0,29}?)\s*等\s*(?P<n>\d{1,2})\s*(?:位|名)作者")
CO_WRITER_LABELS = ("联合作者", "聯合作者")

# An ROC year before 年 (Taiwan's calendar, year + 1911): after 民國 / 中華民國 any year (民國98年
# = 2009), without it only 100-119 (2011-2030). DATE_RE finds it, published.py's ROC_DATE rewrites it.
ROC_YEAR = r"(?:(?:中華|中华)?(?:民國|民国)\s*\d{1,3}|1[01]\d)"
# An ROC year in digits (``113-03-27``): one only right after a date label (here and in
# published.py's ROC_NUMERIC_DATE); unlabelled it could be anything.
ROC_DIGITS_DATE = r"1[01]\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)"
# An ROC date in Chinese order up to the day's digits (``113年5月13``, ``民國98年3月5``): DATE_RE
# reads it with its closing 日, GLUED_DATE_RE glued to a name with or without it.
ROC_CN_DATE = rf"{ROC_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}"
# An English-order date with a Chinese month, as a blog theme or a forum in a Chinese locale
# prints it (moment.js ``十二月 18, 2019`` / ``11月 12, 2024``, phpBB ``星期四 二月 12, 2004``): a
# blank after 月, a comma after the day and a year standing alone; prose writes ``11月12日``.
# DATE_RE finds it, published.py's CN_MONTH_FIRST_DATE rewrites it.
CN_MONTH_FIRST = (
    r"(?:十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])月\s+(?:[12]\d|3[01]|0?[1-9]),\s*(?:19|20)\d{2}"
    r"(?!\d|\s*年)"
)

# The months' abbreviations DATE_RE reads, ``Sept`` with them (a longer letter run after each is
# read as well, ``September``)
_EN_MONTHS_SEPT = alternatives(with_longer(MONTH_ABBRS), lower=True)
DATE_RE = re.compile(
    r"(?<!\d)(?:"
    # (新华网's header-time spans set the year apart from a slashed month/day: ``2024 01/05 10:20:35``,
    # read only with the clock after it)
    r"(?:19|20)\d{2}(?:\s*[-/.]|\s+(?=\d{1,2}/\d{1,2}\s+\d{1,2}:\d\d))\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
    r"|(?:(?:19|20)?\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}"
    # slashed or dashed day and month with the year last, only where one of them cannot be a
    # month (``11/29/2021`` and ``05-19-2013`` month first, ``29/11/2021`` day first);
    # ``05/11/2021`` is left unread (one alternative behind a cheap lookahead: DATE_RE is tried
    # at every digit of a page)
    r"|(?=\d\d?/)(?:(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))"
    r"/(?:19|20)\d{2}"
    r"|(?=\d\d?-)(?:(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])|(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2]))"
    r"-(?:19|20)\d{2}(?!\d)"
    # Chinese numerals (二〇二四年三月五日) and ROC years (民國113年3月5日; after 民國 the years
    # before 2011 too, 民國98年 = 2009)
    r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日"
    rf"|{ROC_CN_DATE}\s*日"
    # English month names (``Apr 22, 2025``, ``22 April 2025``), as on bilingual CMS themes
    rf"|(?i:(?:{_EN_MONTHS_SEPT})[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}})"
    rf"|(?i:\d{{1,2}}\s+(?:{_EN_MONTHS_SEPT})[a-z]*\.?,?\s+(?:19|20)\d{{2}})"
    # a Chinese month in English order (``十二月 18, 2019``, ``11月 12, 2024``)
    rf"|{CN_MONTH_FIRST}"
    r")" + _TIME + r"(?!\d)"
)

# A date in a ``yy-MM-dd HH:mm`` CMS format (内蒙古新闻网: ``09-11-21 13:34``; DedeCMS's
# ``25-05-07 17:10:28``): a two-digit year, a month and a day that can be one, and the clock that
# makes the order year-month-day. Written once: published's yy line rule, date_lines'
# SHORT_YEAR_CLOCK_RE and the value bounds below each put their own bound before it.
SHORT_YEAR_CLOCK = (
    r"(?P<y>\d{2})-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])\s+"
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?![\d:])"
)


def short_year_written_out(m: re.Match[str]) -> str:
    """A ``SHORT_YEAR_CLOCK`` match written out with its century (``2011-10-06 17:31[:ss]``)."""
    seconds = f":{m['S']}" if m["S"] else ""
    return f"20{m['y']}-{int(m['m']):02d}-{int(m['d']):02d} {int(m['H']):02d}:{m['M']}{seconds}"


# Brackets that close a name (《光明日报》, 【人民网】): a date glued right after one starts a new item
_CLOSING_BRACKETS = frozenset("》」』)]】〉")
# After a blank, a closing bracket or a Chinese character it ends the value before it, as a
# DATE_RE date does (``来源：大众日报 13-10-12 11:18``; gmw.cn's two inline spans ``来源：人民日报`` and
# ``18-05-11 16:03`` with no blank between them: a reader sees the outlet and its date; the lead,
# session 31), without being read as the line's date here (published reads it). After a Latin
# letter or a digit it stays in the value (a name such as IT168 may end in digits).
AFTER_BLANK_OR_BRACKET = (
    "(?<=[\\s" + re.escape("".join(sorted(_CLOSING_BRACKETS))) + "\u4e00-\u9fff])"
)
_SHORT_YEAR_AFTER_BLANK_RE = re.compile(AFTER_BLANK_OR_BRACKET + SHORT_YEAR_CLOCK)
# the same right after a date label, blanks aside (the label's value, read as its date)
_SHORT_YEAR_AT_RE = re.compile(r"\s*" + SHORT_YEAR_CLOCK)

# Every alternative of DATE_RE holds a digit, or 年 after the Chinese numerals of its year
# (二〇二四年三月五日): a text with neither holds no date, a cheap test before the per-block work
# that looks for one. (Not the numerals themselves: 一 and 二 open a good share of a page's short
# lines, which were all searched for a date; perf18.)
DATE_CHAR_RE = re.compile(r"[\d年]")


# An ROC year in digits, read only right after a date label.
_ROC_NUMERIC_RE = re.compile(rf"\s*{ROC_DIGITS_DATE}")

# A date glued to the Chinese name before it, two spans printed with no blank between them: an
# ROC year (``中央社113/05/13``, ``中央社113年5月13日``) or an English date (``人民日报May 13,
# 2024``, its month in any case as DATE_RE reads it: ``人民日报MAY13, 2024``). It ends the value
# before it, as a glued DATE_RE date does; neither is read as the line's date (an ROC year in
# digits is one only after a date label).
GLUED_DATE_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:{ROC_DIGITS_DATE}|{ROC_CN_DATE}(?!\d))"
    rf"|(?<=[\u4e00-\u9fff])(?i:(?:{alternatives(MONTH_ABBRS, lower=True)})[a-z]*\.?\s*\d{{1,2}},?\s+(?:19|20)\d{{2}})"
)


# Dates of something other than the article: an event, a deadline, a birth, a law taking effect,
# the reader's print (``活动时间：2024-05-10``, ``报名截止日期：…``, ``出生日期：…``, ``打印日期：…``).
# The word before a bare 时间 / 日期 label says so; it is looked at only when such a label is
# found (kept out of LABEL_RE, which runs on every short block: a longer alternation costs
# there). The label and its date then form a field ``event`` that no chain reads.
_EVENT_WORD_RE = re.compile(
    r"(?:活动|活動|报名|報名|截止|申报|申報|会议|會議|举办|舉辦|开始|開始|结束|結束|开幕|開幕|出生|成立|注册"
    r"|註冊|施行|实施|實施|生效|有效|开标|開標|比赛|比賽|考试|考試|营业|營業|办理|辦理|受理|咨询|諮詢|上市"
    r"|打印|列印"
    # a show's, a class's, a works' or an opening's time (a club's 演唱会时间, a canteen's 装修时间)
    r"|演唱会|演唱會|演出|讲座|講座|培训|培訓|展览|展覽|装修|裝修|施工|停业|停業|放假|开放|開放"
    # a clock's now, named by its zone or by the moment (晴報's masthead: ``香港時間：2018年12月07日
    # 星期五 16:14`` over every page, hknewsbackend-skypost-2224904)
    r"|北京|香港|台北|臺北|澳门|澳門|本地|当地|當地|当前|當前|现在|現在)"
    # glued to the label or one blank before it: two blanks part the line's items, and the word
    # then closes the item before (hneia's ``分类：联盟活动  时间：DATE``: the post's category)
    r"[ \t]?$"
)
BARE_DATE_LABELS = frozenset(("时间", "日期", "時間"))
# The bare 发布 label (``发布：2021-06-11``): a date label only when a date follows it.
_BARE_PUBLISH = frozenset(("发布", "發佈", "發布", "出版"))
# A word of two to four Chinese characters right before a label, after a blank (NFKC text).
_GLUED_WORD_RE = re.compile(r"\s([\u4e00-\u9fff]{2,4})$")


def _event_start(norm: str, label_start: int, label: str) -> int | None:
    """Where the event word before a bare 时间 / 日期 label starts, or None when there is none."""
    if "".join(label.split()) not in BARE_DATE_LABELS:
        return None
    m = _EVENT_WORD_RE.search(norm, max(0, label_start - 6), label_start)
    return m.start() if m else None


# A place label: after a bare 时间 / 日期 and its date it makes that date an event's (a notice's
# ``时间：2010 年11 月21 日 (星期日) ， 下午4 时至6 时 地点：…``), not the page's. Its two characters
# may be set apart to line up with longer labels, as a meeting record's header does (nuc.edu.cn's
# minutes: ``时 间：2018年9月21日`` / ``地 点：11号楼622会议室`` / ``主 持 人：…``)
VENUE_LABEL_RE = re.compile(r"(?:地\s*点|地\s*點|地\s*址|会\s*场|會\s*場|场\s*地|場\s*地)\s*:")
#: how far after a date label's end a place label still names the same event (NFKC characters)
VENUE_SPAN = 40


def _venue_follows(norm: str, vstart: int, label: str) -> bool:
    """True when a place label follows the bare 时间 / 日期 label ending at ``vstart``."""
    if "".join(label.split()) not in BARE_DATE_LABELS:
        return False
    return VENUE_LABEL_RE.search(norm, vstart, vstart + VENUE_SPAN) is not None


_KEY_BY_LABEL: dict[str, str] = {}
for _key, _labels in LABELS.items():
    for _lab in _labels:
        _KEY_BY_LABEL.setdefault(_lab, _key)
for _key, _labels in LABELS_EN.items():
    for _lab in _labels:
        _KEY_BY_LABEL.setdefault(_lab.lower(), _key)
_RANK = {lab.lower(): i for i, lab in enumerate(PUBLISHED_RANK)}
#: Words before a generic date label that make it a change date (``異動日期``, ``修改时间``), and
#: their English forms before ``Date`` (Hexo Matery's post-info row: ``Publish Date: X`` then
#: ``Update Date: Y``; the lines are read with their blanks dropped, so no word boundary)
_UPDATE_WORD_RE = re.compile(
    r"(?:更新|异动|異動|修改|修订|修訂|(?i:updated?|modified|revised))\s*$"
)


def update_label(text: str, start: int, label: str) -> bool:
    """True when the date label ``label`` found at ``text[start]`` dates a change, not the
    publishing (``更新时间``, ``異動日期``, ``修改时间``, ``Update Date``): it yields to any other
    date label."""
    return label.lstrip().startswith("更新") or (
        _UPDATE_WORD_RE.search(text, max(0, start - 9), start) is not None
    )


def change_dated(text: str, pub: str) -> bool:
    """True when the labelled date ``pub`` stands in the line ``text`` as a change date
    (``更新日期：…``, ``Update Date: …``: the value keeps only 日期 / Date, so the word before it
    is read in the line's text); both are compared with their blanks dropped."""
    pub = "".join(nfkc(pub).split())  # cells join with or without blanks
    m = LABEL_RE.match(pub)
    if not (m and m.group("label")):
        return False
    text = "".join(nfkc(text).split())
    at = text.find(pub)
    return at >= 0 and update_label(text, at + m.start("label"), m["label"])


_WS = " \t\n\r\f\v\xa0\u3000"

# A bracket closing a labelled field, and its opener.
CLOSERS = {"]": "[", "】": "【", "）": "（", ")": "("}

# Another item's label glued to what follows it with no colon, opening a 来源 slot's value: the
# slot is empty and the line's spans are gone (``来源： <span>作者</span><span>张元</span>`` reads
# ``来源：作者张元``; ``DATE 信息发布人管理员``). Not a word the label opens (编辑部, 记者站).
GLUED_LABEL_RE = re.compile(
    r"^(?P<label>作者|记者|記者|责任编辑|責任編輯|责编|責編|编辑|編輯|通讯员|通訊員|撰稿|撰文|审核|審核"
    r"|信息发布人|信息發佈人|发布人|發布人|發佈人|发布者|發布者|發佈者|点击率|點擊率|点击数|點擊數|浏览次数|瀏覽次數)"
    r"(?P<rest>[\u4e00-\u9fff·]{2,4})$"
)
_GLUED_NOT_LABEL_RE = re.compile(r"^(?:部|室|组|組|站|处|處|科|团|團|社|中心|协会|協會)")
_GLUED_AUTHOR_LABELS = frozenset(("作者", "记者", "記者", "撰稿", "撰文", "通讯员", "通訊員"))


def glued_label(value: str) -> re.Match[str] | None:
    """The label and the rest of a value that opens with another item's label glued to it."""
    m = GLUED_LABEL_RE.match(nfkc(value).strip())
    return None if m is None or _GLUED_NOT_LABEL_RE.match(m["rest"]) else m


def nfkc_with_map(text: str) -> tuple[str, list[int]]:
    """NFKC-normalise ``text`` per character; return it with a map normalised index -> original index."""
    if text.isascii():
        return text, list(range(len(text) + 1))
    norm = nfkc_per_char(text)
    if len(norm) == len(text):
        # No character expanded (none normalises to ""), so the map is the identity.
        return norm, list(range(len(text) + 1))
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        n = nfkc_char(ch)
        out.append(n)
        idx.extend([i] * len(n))
    idx.append(len(text))
    return "".join(out), idx


def _label_key(label: str) -> str:
    compact = "".join(label.split())
    return _KEY_BY_LABEL.get(compact) or _KEY_BY_LABEL.get(compact.lower()) or "author"


# A date a report is made up to, written into a phrase (chnmedu.org's headline line
# ``截至2016年1月10日建设应用进展情况的通报``, a notice's ``截止2024年5月8日``): the figures'
# day, not the day the page was posted (NFKC text before the date)
AS_OF_WORDS: tuple[str, ...] = ("截至", "截止", "截止到", "截至到")
_AS_OF_RE = re.compile(rf"(?:{'|'.join(AS_OF_WORDS)})\s*$")


def as_of_date(norm: str, start: int) -> bool:
    """True when the date at ``start`` of NFKC text ``norm`` follows 截至 / 截止 (an as-of day)."""
    return _AS_OF_RE.search(norm, max(0, start - 8), start) is not None


def labels_other_date(norm: str, start: int) -> bool:
    """True when the date at ``start`` of NFKC text ``norm`` follows an event label (活动时间：)
    or 截至 / 截止 (an as-of day)."""
    if as_of_date(norm, start):
        return True
    for m in LABEL_RE.finditer(norm, max(0, start - 16), start):
        if m.end() == start and _event_start(norm, m.start(), m.group("label") or "") is not None:
            return True
    return False


#: A repost's credit that needs no colon, 自 closing its label (``本文转载自X``, ``本文经授权转载自X``;
#: follow101: ``本条新闻转发自X`` on emshu's reposts, 转发自 read as 转载自).
REPRINT_CREDIT = (
    r"(?:本文|本篇|此文|本条新闻|本條新聞)(?:已?(?:经|經)\S{0,8}?(?:授权|授權))?"
    r"(?:(?:转载|轉載)(?:自|于|於)|转自|轉自|转发自|轉發自)"
)
#: The original's address after a repost's credit (``…转发自X，链接为： http://…``, NFKC): dropped
#: with the credit, the value is the outlet before it (LABELLING.md, Fields: Source).
REPRINT_LINK = rf"(?:,\s*(?:原文)?(?:链接|鏈接|网址|網址)(?:为|為|是)?\s*:?\s*{WEB_ADDRESS})?"

# A source's or an editor's credit run into the end of a paragraph after its last sentence
# (``…看过人妖表演吗？来源：吱咕爱游``, ``…。（来源：科技日报 编辑：X）``; NFKC text): short, no
# sentence of its own after the label
_RUN_IN_LABEL_RE = re.compile(
    r"(?<=[。！？!?”」])\s*[(（【\[]?\s*(?:"
    + alternation(LABELS["source"] + LABELS["editor"])
    + r")\s*[:|]\s*[^\s。！？!?，,；;:][^。！？!?，,；;]{0,30}$"
    # a repost's credit with no colon, 自 closing its label (misses49: ``…。本文转载自科技日报``);
    # an outlet's name, no phrase (``本文转载自X的一篇评论文章`` is a sentence)
    r"|(?<=[。！？!?”」])\s*[(（【\[]?\s*"
    + REPRINT_CREDIT
    + r"\s*[^\s。！？!?，,；;:的]{2,16}"
    + REPRINT_LINK
    + r"[。.]?[)）】\]]?$"
)


def run_in_credit_start(tail: str) -> int | None:
    """Where a 来源 or 编辑 credit run into the end of ``tail`` (NFKC, a paragraph's last
    characters) starts, or None."""
    if not any(ch in tail for ch in "源编編处自"):
        return None  # most paragraphs: no regex
    m = _RUN_IN_LABEL_RE.search(tail)
    return m.start() if m else None


# How far from a paragraph's end a credit run into it may start: the sentence mark before it, a
# bracket, the label and a value of up to 31 characters (the body cleaner cuts what the trailer
# and the signature read, so all three look at the same characters)
RUN_IN_SPAN = 50


# A web address closing a paragraph (``…转发自X，链接为： http://www.hie.edu.cn/…shtml。``): as
# long as it is, it is one item of the credit, so the span starts before it (follow101)
_MAX_ADDRESS = 150
_CLOSING_ADDRESS_RE = re.compile(rf"(?i:https?://)\S{{1,{_MAX_ADDRESS}}}$")


def run_in_credit(text: str, find: Callable[[str], int | None] = run_in_credit_start) -> int | None:
    """Where in ``text`` (a paragraph, its own characters) a credit run into its end starts, or
    None: ``find`` searches the NFKC form of its last ``RUN_IN_SPAN`` characters, and of the
    address closing it."""
    span = RUN_IN_SPAN
    if "://" in text[-_MAX_ADDRESS:]:
        far = max(0, len(text) - _MAX_ADDRESS - 8)
        if address := _CLOSING_ADDRESS_RE.search(text, far):
            span += len(text) - address.start()
    tail = nfkc(text[-span:])
    start = find(tail)
    # counted from the end: the credit's characters (CJK, colon, slash, brackets, spaces) keep
    # their length under NFKC, an ellipsis before it does not (``…`` is ``...``)
    return None if start is None else len(text) - (len(tail) - start)


# What separates the names of one credit (``严玉洁、王辉``, ``何勇 王英占``, ``张三，李四``)
NAMES_SEP_RE = re.compile(r"[、，,\s]+")
_NAME_RE = re.compile(r"[^、，,\s]+")


def names_of(text: str) -> set[str]:
    """The names of a credit, NFKC, to compare credits by whole name."""
    return {nfkc(n) for n in _NAME_RE.findall(text)}


def add_names(names: str, more: str) -> str:
    """``names``, then the names of ``more`` it does not hold yet, matched by whole name.

    Two credits of one role on a page (``编辑：X`` then ``责编：Y``: both edited it): ``严玉洁``
    and ``严玉洁 王辉`` give ``严玉洁、王辉``; ``王辉明`` and ``王辉`` are two people. The names
    kept of ``more`` keep the separators it puts after them.
    """
    seen = names_of(names)
    found = list(_NAME_RE.finditer(more))
    kept = []
    for i, m in enumerate(found):
        if (name := nfkc(m.group())) not in seen:
            seen.add(name)
            kept.append(i)
    if not kept:
        return names
    *head, last = kept
    text = "".join(more[found[i].start() : found[i + 1].start()] for i in head)
    return names + "、" + text + found[last].group()


def _glued_spaced_label(norm: str, m: re.Match[str]) -> bool:
    """True when a label spelt with a gap inside (``视频 来源``) starts glued to a Chinese word:
    the word's tail and a label after the gap (``作者：凤凰网视频　来源：游民星空``), not one label.
    A spaced label stands on its own (``索 引 号：``, ``图片 来源：X`` opening its line)."""
    label = m.group("label") or ""
    return (
        m.start() > 0
        and "\u4e00" <= norm[m.start() - 1] <= "\u9fff"
        and any(c.isspace() for c in label)
    )


def _labels_standing_alone(norm: str) -> list[re.Match[str]]:
    """LABEL_RE's matches in ``norm``, a glued spaced label read again from its second character."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := LABEL_RE.search(norm, pos)) is not None:
        if _glued_spaced_label(norm, m):
            pos = m.start() + 1
            continue
        out.append(m)
        pos = max(m.end(), m.start() + 1)
    return out


def split_labelled_line(text: str) -> dict[str, str]:
    """Split a meta line into ``{"published": label+date, "author"|"editor"|"source"|...: value}``."""
    # A page asks for the same line several times (a meta element and its parent hold the same
    # text; the meta-line, date-line and trailer searches read the same short blocks): a third
    # of the calls. The cache holds about a page's lines (a benchmark's warm-up pass must not
    # fill it for the timed one). Each caller gets its own copy, as some add fields to it.
    return dict(_split_labelled_line(text))


# A writer's name with prose run on after a blank (a post whose first paragraph opens with its
# byline: ``作者：张三 大家好，我是…``, ``作者：张三 今天我们…。``): the name ends where a greeting
# (``大家好``, ``你好``, ``我是``, ``今天``) or a sentence (a run ending in 。！？) starts. Two names
# (``作者：张三 李四``) run on into no sentence.
_RUN_ON_WORDS: tuple[str, ...] = ("大家好", "你好", "您好", "我是", "今天")
_RUN_ON_VALUE_RE = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s+"
    rf"(?=(?:{'|'.join(_RUN_ON_WORDS)})|[^\s:：]{{5,}}?[。！？!?])"
)


def run_on_name(value: str) -> str | None:
    """The name opening a writer's label value that runs on into a greeting or a sentence
    (``张三 大家好，我是…`` gives 张三), or None for a value of names alone."""
    m = _RUN_ON_VALUE_RE.match(value)
    return m["name"] if m else None


# The same run-on read in compact text (the body cleaner's key, blanks gone: ``张三大家好,我是``):
# a name of two to four characters right before a greeting. Only the greetings: glued to a name,
# ``今天`` or a sentence could be the name's own characters.
_RUN_ON_COMPACT_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:大家好|你好|您好|我是)")


def runs_on_compact(value: str) -> bool:
    """True when a writer's compact label value runs on into a greeting after the name."""
    return _RUN_ON_COMPACT_RE.match(value) is not None


# ``文字：社区读书会的故事``: 文字 is a writer's label and also the word for "text", and a value
# that is a phrase of seven or more Chinese characters with 的 in it (``…的故事``) reads as the
# piece's title, not a person (a name has two to four; a pen name with 的 is rarely that long)
_TITLE_PHRASE_RE = re.compile(r"^\s*文字\s*[:：]\s*(?=[\u4e00-\u9fff]{7,}\s*$)[\u4e00-\u9fff]*的")


def titled_text_line(text: str) -> bool:
    """True when ``text`` is a ``文字：`` line whose value is a title's phrase, no writer."""
    return _TITLE_PHRASE_RE.match(nfkc(text)) is not None


# The closing brackets a name in a credit ends with (NFKC: ）and ］ are ASCII by then)
# Where a clause ends inside a sentence (NFKC: the full-width comma stays, its ASCII twin too)
_CLAUSE_END_RE = re.compile(r"[，,；;。]")

# A clock alone before a line's date (NFKC), the line's first words
_CLOCK_ALONE_RE = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s+")


# A publish label glued to its date with no colon (``来源：中央纪委国家监委网站 发布时间2020-06-03
# 07:00``, a template that prints the label and the value in one span; NFKC text): read as the
# label with its colon, so the date is labelled and the value before it ends at the label, not
# inside it
_GLUED_PUBLISH_RE = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{alternation(tuple(SHOWN_PUBLISH_LABELS))})(?=[0-9]{{4}}\s*[-/.年])"
)


def _colon_after_glued_label(norm: str, omap: list[int]) -> str:
    """``norm`` with a colon after each publish label glued to its date; ``omap`` gets the colon
    mapped to the date's first character, so the values sliced from the page's text keep the
    line as shown (``发表于2014-11-12``)."""
    for m in reversed(list(_GLUED_PUBLISH_RE.finditer(norm))):
        norm = norm[: m.end()] + ":" + norm[m.end() :]
        omap.insert(m.end(), omap[m.end()])
    return norm


# A people label word with no colon after a blank, then a name alone in its item (eastday's row
# ``选稿：许文杰 作者 石佳``, a colonless credit after a labelled one; NFKC text): the next item,
# so the value before it ends there as it does before a colon label (follow322). Not 记者 / 编辑:
# LABEL_RE reads those colonless already, and a title inside a writer's value (``作者：新华社 记者
# 张三``) is that writer's.
# A writer's word may be glued to the name (a template's ``<span>作者</span>许峰``, chinadevopsdays'
# ``作者许峰``); the other words need the blank (``摄影杂志`` is a word of its own).
_COLONLESS_WRITER_WORDS = ("作者", "撰稿", "撰文")
_COLONLESS_CREDIT_WORDS = ("摄影", "攝影", "校对", "校對", "审核", "審核")
_COLONLESS_PEOPLE_WORDS = (*_COLONLESS_WRITER_WORDS, *_COLONLESS_CREDIT_WORDS)
_COLONLESS_PEOPLE_RE = re.compile(
    rf"(?<=\s)(?:(?:{'|'.join(_COLONLESS_WRITER_WORDS)})\s*"
    rf"|(?:{'|'.join(_COLONLESS_CREDIT_WORDS)})\s+)[\u4e00-\u9fff·]{{2,4}}(?=\s|[|丨]|$)"
)


@lru_cache(maxsize=64)
def _split_labelled_line(text: str) -> dict[str, str]:
    norm, omap = nfkc_with_map(text)
    if "发" in norm or "發" in norm or "公开" in norm:
        norm = _colon_after_glued_label(norm, omap)

    def orig(a: int, b: int) -> str:
        return text[omap[a] : omap[b]].strip(_WS)

    labels = list(LABEL_RE.finditer(norm))
    if any(_glued_spaced_label(norm, m) for m in labels):
        labels = _labels_standing_alone(norm)
    if labels and ("记者" in norm or "記者" in norm):
        labels = _without_title_in_writer_value(norm, labels)
    if not labels:
        # no label (two lines in three: bare date lines, a meta line's parent): no value ends
        # anywhere, and the line's unlabelled date is its first (see the end)
        first = DATE_RE.search(norm)
        if first is None:
            return {}
        start = first.start()
        if start and ":" not in first.group(0) and _CLOCK_ALONE_RE.fullmatch(norm, 0, start):
            start = 0  # ``10:20 2024/01/05`` (中時's line): the clock opening it is the date's time
        return {"published": orig(start, first.end())}
    label_spans = [(m.start(), m.end()) for m in labels]
    label_starts = {s for s, _ in label_spans}
    stops = [
        m.start()
        for m in STOP_RE.finditer(norm)
        if not any(s <= m.start() < e for s, e in label_spans)
    ]
    dates = list(DATE_RE.finditer(norm))
    # A date preceded by whitespace also ends a value: ``来源：新华网 2024-01-01 10:00``; so does
    # one glued to a Chinese name (``来源：人民日报May 13, 2024``, ``人民日报民國113年5月13日``)
    # or to a closing bracket (gmw.cn: ``<span>来源：<a>光明网-《光明日报》</a></span><span>2024-01-29
    # 04:35</span>``, two inline spans with no blank between them)
    date_starts = [
        m.start()
        for m in dates
        if m.start() > 0
        and (
            norm[m.start() - 1].isspace()
            or "\u4e00" <= norm[m.start() - 1] <= "\u9fff"
            or norm[m.start() - 1] in _CLOSING_BRACKETS
        )
    ]
    date_starts += [m.start() for m in GLUED_DATE_RE.finditer(norm)]
    if ":" in norm and "-" in norm:
        # (not one right after a label: ``发布时间： 10-04-18 15:35`` is that label's value)
        ends = [e for _, e in label_spans]
        date_starts += [
            m.start()
            for m in _SHORT_YEAR_AFTER_BLANK_RE.finditer(norm)
            if not any(e <= m.start() and not norm[e : m.start()].strip() for e in ends)
        ]
    # a bare 日期 / 时间 label glued to a word of its own after a blank (``發布單位：臺北市政府
    # 更新日期：…``, ``上稿日期``): the value before it ends at the blank, not inside the word
    word_starts = {
        w.start(1)
        for m in labels
        if "".join((m.group("label") or "").split()) in BARE_DATE_LABELS
        and (w := _GLUED_WORD_RE.search(norm, max(0, m.start() - 5), m.start()))
    }
    people_starts = (
        {m.start() for m in _COLONLESS_PEOPLE_RE.finditer(norm)}
        if any(w in norm for w in _COLONLESS_PEOPLE_WORDS)
        else set()
    )
    bounds = sorted(
        {s for s, _ in label_spans}
        | set(stops)
        | set(date_starts)
        | word_starts
        | people_starts
        | {len(norm)}
    )

    out: dict[str, str] = {}
    pub_rank: int | None = None
    covered: list[tuple[int, int]] = []
    translated = False  # a translator's label seen: its names and the writer's add up
    first_reporter = False  # the first writer's label is a reporter's (记者, 通讯员)
    by_poster = False  # the author so far is the poster's (发布者), not a writer's
    by_account = False  # the author so far is under a bare 作者 (an account beside 原创作者)
    for m in labels:
        start, vstart = m.start(), m.end()
        vend = next(b for b in bounds if b >= vstart and b != start)
        if vend < vstart:  # pragma: no cover - bounds are sorted
            vend = vstart
        label_text = m.group("label") or m.group("slash") or m.group("photo")
        key = (
            "author"
            if m.group("slash")
            else "photo"
            if m.group("photo")
            else _label_key(label_text)
        )
        ev = _event_start(norm, start, label_text) if key == "published" else None
        if key == "published" and ev is None and _venue_follows(norm, vstart, label_text):
            ev = start  # ``时间：12月7日周六 下午3:30 地点：数学楼``: the event's, as 活动时间 is
        if ev is not None:
            # ``活动时间：2024-05-10``: the event's date, kept out of the unlabelled-date search
            d = DATE_RE.match(norm, vstart)
            end = d.end() if d else vend
            out.setdefault("event", orig(vstart, end))
            covered.append((ev, max(end, vend)))
            continue
        if key == "published":
            d = DATE_RE.match(norm, vstart)
            if d is None:
                # the date may follow a stray space the value regex did not eat
                d = DATE_RE.match(norm, vstart + (len(norm[vstart:]) - len(norm[vstart:].lstrip())))
            if d is None:
                # an ROC year in digits, only right after a date label (``發布日期：113-03-27``)
                d = _ROC_NUMERIC_RE.match(norm, vstart)
            if d is None and "".join(label_text.split()) not in _BARE_PUBLISH:
                # a two-digit year with its clock (``发表于13-11-12 17:38``, glued as the full
                # date ``发表于2015-04-27`` is): the clock makes the order certain (session 26);
                # after a bare 发布 the meta line's yy rule reads it (``发布：21-06-11 15:11``)
                d = _SHORT_YEAR_AT_RE.match(norm, vstart)
            if d is None and (
                label_text.rstrip().endswith(("于", "於"))
                or "".join(label_text.split()) in _BARE_PUBLISH
            ):
                # ``发布于AI新闻资讯 · Apr 22, 2025``: no date right after the label; the
                # unlabelled date later in the line is the one (``信息发布：市科技局``: a bare
                # 发布 labels a date only when one follows it)
                covered.append((start, vstart))
                continue
            end = d.end() if d else vend
            value = orig(start, end) if orig(vstart, end) else ""
            rank = _RANK.get("".join(label_text.split()).lower(), len(_RANK))
            if update_label(norm, start, label_text):
                # Taiwan's government CMS: ``異動日期：… 上稿日期：…``, the change date first
                rank = len(_RANK) + 1
            if pub_rank is None or rank < pub_rank:
                out["published"] = value
                pub_rank = rank
            covered.append((start, max(end, vend)))
            continue
        if key in ("source", "author", "editor") and (
            inner := _bracketed_value(norm, vstart, vend)
        ):
            # ``来源：[ 国际金融报 ]`` (sohu's 2004 date line), ``来源：【新华网】``: the value in
            # brackets of its own; an opening bracket stops a value elsewhere (``【打印】``)
            a, b, vend = inner
            value = orig(a, b)
        else:
            value = orig(vstart, vend)
        if value[-1:] in "。." and vend in label_starts:
            value = value[:-1].strip(_WS)  # a full stop closing the item: ``来源：X。编辑：Y``
        if value[-1:] == "/" and value[-2:-1] in _WS and vend in label_starts:
            # ``发布者：团委 / 发布时间：…``: a slash between blanks parts the items (WebPlus's
            # meta line printed with separators), the next item's label ends this one
            value = value[:-1].strip(_WS)
        if value[-1:] in _LABEL_BULLETS and vend in label_starts:
            value = value[:-1].strip(_WS)  # ``○博主 X ○译者 Y``: the next label's bullet
        if value[-1:] in CLOSERS and CLOSERS[value[-1]] not in value:
            # ``[来源： 中国新闻网 ] [作者：] [编辑：X]``: each field in brackets of its own
            value = value[:-1].strip(_WS)
        if key == "source" and label_text.rstrip().endswith(("于", "於")) and ":" not in m.group(0):
            # ``以上资讯来源于百度百科，X其他内容查询：点击`` (a glued 来源于, no colon): the outlet
            # ends with its clause, the sentence after the comma is no part of it (audit111)
            value = _CLAUSE_END_RE.split(value, maxsplit=1)[0].strip(_WS)
        if key == "source" and (glued := glued_label(value)):
            # ``来源： 作者张元``: an empty 来源 slot, then the writer's item with its colon lost
            value = ""
            if glued["label"] in _GLUED_AUTHOR_LABELS:
                out.setdefault("author", glued["rest"])
        covered.append((start, vend))
        by_translator = key == "author" and "".join(label_text.split()) in _TRANSLATOR_LABELS
        reporter = key == "author" and bool(_REPORTER_LABEL_RE.search("".join(label_text.split())))
        poster = key == "author" and "".join(label_text.split()) in POSTER_LABELS
        original = key == "author" and "".join(label_text.split()) in _ORIGINAL_WRITER_LABELS
        if key not in out or (not out[key] and value):
            out[key] = value
            first_reporter = reporter
            by_poster = poster
            by_account = key == "author" and "".join(label_text.split()) == "作者"
        elif key == "author" and value and (by_poster or (by_account and original)) and not poster:
            # ``发布者: 王丽| … |原作者: 张明华`` (Discuz! portal): the account that posted it gives
            # way to the writer the line names (LABELLING.md, fifth round: a 发布者 is the author
            # only with no other writer named); so does a bare 作者 beside a 原创作者 / 原作者
            # (phpwind's CMS: ``作者：王丽 原创作者：张明华``, the 作者 slot is the posting account;
            # the lead, session 30)
            out[key] = value
            by_poster = by_account = first_reporter = False
        elif key == "editor" and value:
            out[key] = add_names(out[key], value)  # ``编辑：倪仕轩 责任编辑：林涛``: both edited it
        elif key == "author" and value and reporter and first_reporter:
            # ``记者：X 通讯员：Y``: the reporter and the correspondent both wrote it (LABELLING.md:
            # ``记者 张三 通讯员 李四`` gives both), labelled as well as bare; ``记者：X 作者：Y``
            # keeps the first
            out[key] = add_names(out[key], value)
        elif key == "author" and value and (translated or by_translator):
            # ``作者：X 译者：Y``: the translator is a writer too (LABELLING.md: the blogger and
            # the translator are both authors), whichever comes first
            out[key] = add_names(out[key], value)
        translated = translated or by_translator
    if "published" not in out or not out["published"]:
        # Unlabelled date (``2015-06-13 2293``, ``2016年09月27日 07:02 来源：…``).
        for d in dates:
            if not any(s <= d.start() < e for s, e in covered):
                out["published"] = orig(d.start(), d.end())
                break
    return out


# A labelled value wrapped in brackets of its own right after the label (NFKC): a name, no colon,
# no second bracket inside (pool83)
_TWO_LETTERS_RE = re.compile(r"[^\W\d_]{2}")
_BRACKETED_VALUE_RE = re.compile(r"\s*[\[【〖]\s*(?P<v>[^\[\]【】〖〗:|]{1,30}?)\s*[\]】〗]")


def _bracketed_value(norm: str, vstart: int, vend: int) -> tuple[int, int, int] | None:
    """(start, end) of the name in brackets right after a label whose value is otherwise empty,
    and where the brackets close; None when the value is not empty or the brackets hold a page
    control (``来源：【打印】``)."""
    if norm[vstart:vend].strip(_WS):
        return None
    m = _BRACKETED_VALUE_RE.match(norm, vstart)
    if (
        m is None
        or CONTROL_RE.fullmatch(m.group("v"))
        or STOP_RE.search(m.group("v"))
        # a name holds two letters in a row; a font-size control spaces its options out
        # (chinapolicy.net's ``作者: 【大 中 小】``, ``【A+ A-】``)
        or not _TWO_LETTERS_RE.search(m.group("v"))
    ):
        return None
    return m.start("v"), m.end("v"), m.end()


def _without_title_in_writer_value(norm: str, labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """``labels`` of NFKC ``norm`` without a colonless 记者 inside another credit's value:
    ``作者：新华社记者 周明轩`` and ``摄影：本报记者 李四`` are one item each, the title the named
    person's. Only glued after an editor's, a source's or a date's item does it start one
    (``责任编辑：李晓记者 张明华``, ``…10:00记者 张明华``), or opening the line, a bare date at most
    before it; after a blank or unlabelled words (``通讯员 王小红 记者 张明华``) the byline rules
    read the line."""
    out: list[re.Match[str]] = []
    for m in labels:
        if colonless_reporter(m) and (
            # after a blank the byline rules read it (``记者 张明华 见习记者 李建国``)
            (m.start() > 0 and norm[m.start() - 1].isspace())
            or (not _ends_before_a_reporter(out[-1]) if out else HAN_RE.search(norm, 0, m.start()))
        ):
            continue
        out.append(m)
    return out


# A label's separator that is written: a colon, a bar or a slash (not a blank alone)
_LABEL_SEP_RE = re.compile(r"[:|/丨]")


def colonless_reporter(m: re.Match[str]) -> bool:
    """True for LABEL_RE's match of a reporter's title with no written separator (``记者 张明华``):
    a label only where names alone fill its item, so other rules may read its line whole."""
    return (m.group("label") or "").endswith(("记者", "記者")) and not _LABEL_SEP_RE.search(
        m.group(0)
    )


def _ends_before_a_reporter(m: re.Match[str]) -> bool:
    """True for an editor's, a source's or a date's label, whose value a reporter's credit may
    follow glued; a writer's, a photographer's or a designer's value may hold the title."""
    label = m.group("label")
    return label is not None and _label_key(label) in ("editor", "source", "published")


# The bullets that may lead a label on a credit line (``○博主 X ○译者 Y``)
_LABEL_BULLETS = "○●◎□■◆"

# The labels of a newsroom's reporting credits, which join each other's names (policy59).
_REPORTER_LABEL_RE = re.compile(r"(?:记者|記者|通讯员|通訊員|实习生|實習生)$")

# The labels of a translator's credit, which adds its names to the writer's (LABELLING.md).
# The original writer's labels (``原作者``, phpwind's ``原创作者``, a repost's ``原文作者``): beside a
# bare 作者 on one line they name the writer, the 作者 the account that posted it (the lead,
# sessions 30 and 31)
_ORIGINAL_WRITER_LABELS = frozenset(("原作者", "原文作者", "原创作者", "原創作者"))
_TRANSLATOR_LABELS = frozenset(("译者", "譯者", "编译", "編譯", "翻译整理", "翻譯整理"))
# The poster's slot of a member CMS (Discuz's portal: ``发布者: admin | 查看: 5 | 原作者: 张三``):
# the account that posted the item; a writer's label on the same line names the writer
POSTER_LABELS = frozenset(("发布者", "发布人", "發布人", "發佈者"))


# Searched from the first character a match can start with (gate.py): the same matches, without
# re trying each alternation at every position of every short block of a page. LABEL_RE and
# DATE_RE are tried at each character their gates pass only: a failed try costs their whole
# alternation, and label initials or a number's first digit are few in a line. STOP_RE's
# one-character gate passed every digit (``N次浏览``), and it was searched on from the first; its
# alternatives that open with a lookbehind (session 21: ``(?<=[\u4e00-\u9fff])点击数``,
# ``(?<=\s)分类``) made each position dearer, and trying the gate's characters only cost 9 % less
# (perf22); its gate is two characters deep since perf25 (below).
# LABEL_RE's gate, two characters deep (perf24): a label's first character, blanks maybe, then one
# of the characters that follow that first one in a label (作 then 者, 来 then 源, 文 then a slash,
# colon or bar). The one-character gate passed every 人, 上, 日, 时, 有, 本, 来, 文, 新, 发 … of a
# line (a hundred initials of common words) and each was a try of the whole alternation from
# Python; here re's own scan passes the literal-led alternatives over in C. Built from the label
# lists LABEL_RE is built from; tests/test_perf24_gates.py checks it finds what the plain one does.
_CASE_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}  # what (?i:) also matches


def _case_forms(ch: str) -> str:
    """The characters a case-insensitive ``ch`` matches."""
    low = ch.lower()
    return low + low.upper() + _CASE_FOLDS.get(low, "")


def _label_pair_gate() -> re.Pattern[str]:
    """A pattern matching where a LABEL_RE match can start: a label's first two characters."""
    pairs: dict[str, set[str]] = {}
    for lab in _ALL_CJK:
        pairs.setdefault(lab[0], set()).add(lab[1])
    for lab in _ALL_EN:  # matched case-insensitively
        for first in _case_forms(lab[0]):
            pairs.setdefault(first, set()).update(_case_forms(lab[1]))
    # the ``slash`` and ``photo`` credits: 文/ 文: 文| 文丨, 图/ 图文 圖文, 摄/ 摄:
    for first, seconds in (
        ("文", "/:|丨"),
        ("图", "/:文"),
        ("圖", "/:文"),
        ("摄", "/:"),
        ("攝", "/:"),
    ):
        pairs.setdefault(first, set()).update(seconds)
    # one literal-led alternative a first character: re scans for their first characters as a
    # set and skips an alternative whose literal does not match without entering it
    return re.compile(
        "|".join(
            rf"{re.escape(first)}\s*[{''.join(map(re.escape, sorted(seconds)))}]"
            for first, seconds in sorted(pairs.items())
        )
    )


_LABEL_GATE = _label_pair_gate()
LABEL_RE = EachGatedPattern(LABEL_RE, _LABEL_GATE)
# STOP_RE's gate, two characters deep (perf25): a bar or a bracket alone; a number's digits up to
# a blank, 次 or 人 (``12次浏览``, ``35 人看过``: no date or count of a line passes); a control's or
# a label's first character, then a character one of them has second (点 then 击 or 赞, 人 then
# 气 看 阅 …: every STOP_RE word is two characters or more). One class first, so re scans for it
# in C; the one-character gate passed every digit and every 人, 发, 分, 原, 查 … of a line, each a
# try of the whole alternation from Python. The seconds are one class for all the firsts (a
# superset: a match starts at a position the gate passes). 有 passes only before 人 (DedeCMS's
# counter ``有人参与``): a common first character, kept out of the shared class of firsts.
# tests/test_perf25_stop_gate.py checks it finds what the plain pattern does.
_STOP_ALONE = "|丨│┃【\\[〖"
_STOP_FIRSTS = (
    "纠糾点點浏瀏阅閱次字调調分打关關放缩评評收人查列轉转举舉A扫掃视視保护護我发原标標所未下"
)
_STOP_SECONDS = "错錯击赞擊讚览覽读讀浏体号體號整享类類印闭閉大小论論藏气氣看阅閱瀏發发报報\\+一力护眼有要来表文签籤属屬经载載点點"
_STOP_GATE = re.compile(
    rf"[{_STOP_ALONE}{_STOP_FIRSTS}有\d]"
    rf"(?:(?<=[{_STOP_ALONE}])|(?<=\d)\d*[\s次人条]|(?<=[{_STOP_FIRSTS}])[{_STOP_SECONDS}]|(?<=有)人)"
)
STOP_RE = EachGatedPattern(STOP_RE, _STOP_GATE)
# A control's own words (CONTROL_RE without the bar and blanks before): CONTROL_RE opens with
# optional parts, so re tries its whole alternation at every character (2,500 instructions a
# character); every CONTROL_RE match holds a match of this at the same place, lookbehinds seeing
# the same text, so a line with none is left as is. Searched from its gate's first character,
# that test costs a third of the sub; 2 of the 590 texts a benchmark pass asks about hold one.
_CONTROL_WORD_RE = gated(re.compile(_CONTROLS))
# DATE_RE's gate, two characters deep (perf24): a match's first character, then what each of its
# alternatives needs right after it: a digit one more digit or ``. / - 月`` or a blank (``2024-``,
# ``5月``, ``3.1.2024``, ``22 April``), a Chinese numeral three more (``二〇二四年``) or 月, 十 an
# optional 一 / 二 then 月, 中 華 / 华 and 民 國 / 国 (``民國98年``), a letter the rest of a month's
# first three (``Sep``, ``jul``). The one-character gate passed every 一 to 九 of a line and every
# a, d, f, j, m, n, o, s, and DATE_RE's whole alternation was tried there from Python; this gate
# rules those out inside re's own scan. Every alternative of DATE_RE opens with one of these pairs
# (tests/test_perf24_gates.py), so the matches are the pattern's own.
_DATE_GATE = re.compile(
    r"[\d〇零一二三四五六七八九十中民ADFJMNOSadfjmnos\u017f](?<!\d(?s:.))"
    r"(?:(?<=\d)[\d./\s月-]|(?<=[〇零一二三四五六七八九])(?:[〇零一二三四五六七八九]{3}|月)"
    r"|(?<=十)[一二]?月|(?<=中)[華华]|(?<=民)[國国]"
    r"|(?i:(?<=j)(?:an|u[nl])|(?<=f)eb|(?<=m)a[ry]|(?<=a)(?:pr|ug)|(?<=s)ep|(?<=o)ct|(?<=n)ov"
    r"|(?<=d)ec))"
)
# DATE_RE remembers its last 256 searches: 44 % of them ask again about a line of the same
# page (the meta line's two tiers read the same short blocks; RememberingGatedPattern).
DATE_RE = RememberingGatedPattern(DATE_RE, _DATE_GATE, 256)
# (a year's 1 or a month's initial: tried there only)
GLUED_DATE_RE = gated(GLUED_DATE_RE, each=True)


# A post's own publish sentence, no colon label (a Hexo theme's ``本文于 2021-03-12 发布在 代码
# 分类下`` under the text, ``本文于 2019-09-05 10:12 由 张三 发布`` under the title): the words
# before the date and 发布 / 发表 after it (a 由 X naming the poster between); NFKC text
_POSTED_ON_LEAD_RE = re.compile(r"^\W*(?:本文|此文|本篇|本帖|文章)\s*(?:于|於)\s*$")
_POSTED_ON_TAIL_RE = re.compile(r"\s*(?:由\s*[^\s,，。;；]{1,30}?\s*)?(?:发布|發布|發佈|发表|發表)")


def posted_on(norm: str) -> str | None:
    """The ``本文于 DATE 发布`` part opening NFKC line ``norm`` (the page's own publish date shown
    as a sentence, LABELLING.md session 23), or None."""
    m = DATE_RE.search(norm)
    if m is None or not _POSTED_ON_LEAD_RE.match(norm[: m.start()]):
        return None
    tail = _POSTED_ON_TAIL_RE.match(norm, m.end())
    return norm[: tail.end()].strip() if tail else None


# The text dating itself in its closing line, no date line on the page (a standalone charter's
# ``以上草案：写于2017年3月30日``, its last article's ``本章程自公布之日起生效，公布时间是2016年3月5日``):
# the words name the text's own writing or publishing, as a notice's signature date does; an
# event's day (``比赛于5月22日举行``, ``报名时间是…``) is none. NFKC text
_SELF_DATED_RE = re.compile(
    r"(?:(?:写|寫|撰)于|(?:写|寫)於|(?:公布|发布|發布|印发|印發)(?:时间|時間|日期)(?:是|为|為))\s*$"
)


def self_dated(norm: str) -> str | None:
    """The date NFKC line ``norm`` (the text's closing line) states as the text's own writing
    or publishing date (``写于 DATE`` closing it, ``公布时间是 DATE``), or None."""
    if "于" not in norm and "於" not in norm and "时间" not in norm and "日期" not in norm:
        return None  # the cheap gate: none of the words
    for m in DATE_RE.finditer(norm):
        lead = norm[max(0, m.start() - 8) : m.start()]
        if not _SELF_DATED_RE.search(lead):
            continue
        if "时间" in lead or "時間" in lead or "日期" in lead:
            return m.group(0)  # a publishing date stated anywhere in the closing line
        if not norm[m.end() :].strip(" 。.!！"):
            return m.group(0)  # ``写于 DATE`` closing the line
    return None


# The heading of the writer's credit box closing a post (``■ 作者介绍``, ``作者简介``, ``关于作者``):
# the writer's name line and bio under it (七联·近期动态's ``<h4>■ 作者介绍</h4>`` then ``Andy | 商社业界
# 课程担当`` and his bio, hunt146). Compact NFKC text, the heading alone; a run-in ``作者简介：X，…``
# paragraph is no heading (csdn's bios in the text, kept as labelled)
AUTHOR_BOX_HEAD_RE = re.compile(
    r"^[■□▪▫●○◆◇▲△★☆▶►◎※#\-—·•【\[]*"
    r"(?:(?:作者|笔者|筆者)(?:介绍|介紹|简介|簡介)|(?:关于|關於)(?:作者|笔者|筆者))[】\]:：]?$"
)
# The writer's credit box closing a post with no heading word but 作者 itself, over the writer's
# photo, name and bio (motss.cc's WeChat copies: a bold ``作者`` line, a picture captioned with
# the name, then the bio): the bare word, read only over a pictured name line
AUTHOR_BOX_BARE_HEAD_RE = re.compile(r"^(?:作者|笔者|筆者)[:：]?$")

# The fields of a book's record as catalogues list them (Douban's ``作者: A / B`` / ``出版社:`` /
# ``出版年:`` / ``页数:`` / ``ISBN:``, copied into a post announcing the book): a 作者 line over
# such a field is the record's, no credit line of the post (compact NFKC text)
BOOK_RECORD_FIELD_RE = re.compile(
    r"^(?:出版社|出版年|出版时间|出版時間|出版日期|出品方|原作名|副标题|副標題|页数|頁數|定价|定價"
    r"|装帧|裝幀|丛书|叢書|ISBN|ISSN)[:]"
)
