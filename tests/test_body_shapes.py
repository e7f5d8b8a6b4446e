"""Body shapes of real pages, each written small: the text the reader sees is the body."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.body import clean_body

# a mobile picture story, one picture of a gallery: headline, meta line, picture and caption,
# then the pager, related links and a footer of contact lines
PICTURE_PAGE = (
    "<header><a href='/'>手机新闻网</a> &gt; <a href='../'>教育</a></header>"
    "<nav><ul><li><a href='/n'>新闻</a></li><li><a href='/s'>体育</a></li></ul></nav>"
    "<section><div><h1>校园开放日迎来上千名家长</h1><br>"
    "<span>2016-08-03 10:45 晨报网 编辑：王红</span></div>"
    "<dl><dd><div><p></p><p align='center'><img src='a.jpg'></p>"
    "<p align='center'>{caption}</p></div></dd></dl>"
    "<div><span>余下全文</span><ul><li>第6页（6/8） <a href='a_4.html'>上一页</a> "
    "<a href='a_6.html'>下一页</a></li></ul></div>"
    "<h3>相关新闻</h3><ul><li><a href='/1'>校园开放日迎来上千名家长参观</a></li>"
    "<li><a href='/2'>暑期托管班报名火爆家长排队</a></li></ul></section>"
    "<footer><ul><li>新闻热线：4008000088</li><li>|</li>"
    "<li>E-mail:4008000088@example.cn</li></ul></footer>"
)
SECOND = "沙龙吸引了四十余家初创企业参加，三位投资人现场点评了项目路演。"
HEAD = "<title>校园开放日迎来上千名家长</title>"


def test_a_picture_caption_is_the_body_of_a_picture_story_page() -> None:
    """手机央广网 picture story page 6 of 8: the one caption under the picture is the body."""
    rec = run(PICTURE_PAGE.format(caption="家长在展板前合影。"), HEAD)
    assert rec["body"] == "家长在展板前合影。"
    assert rec["rejected"] is None
    assert rec["extraction"]["body"] == "caption"


def test_a_caption_without_a_sentence_is_not_taken() -> None:
    """A label under a picture (no sentence) is no text: the page is still rejected."""
    rec = run(PICTURE_PAGE.format(caption="展板"), HEAD)
    assert rec["body"] is None
    assert rec["rejected"] == "missing body"


@pytest.mark.parametrize("header", ["相关链接", "关联阅读：", "【熱門點閱】"])
def test_a_related_links_line_inside_the_text_ends_the_body(header: str) -> None:
    """海口网's bold 相关链接 (少数派's 关联阅读, 自由時報's 熱門點閱) over other stories' headlines."""
    links = "".join(f"<a href='/n/{i}.htm'>另一篇新闻标题第{i}条</a><br>" for i in range(1, 4))
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p><p><b>{header}</b></p>{links}</div>"
        "<div>[来源： 园区网] [编辑：谢军]</div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


@pytest.mark.parametrize(
    "notice",
    [
        # 新浪 under every item
        "特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。如有关于作品内容、"
        "版权或其它问题请于作品发表后的30日内与新浪网联系。",
        # a portal's repost notice
        "凡注明”来源：XXX“的作品，均转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同"
        "其观点和对其真实性负责。",
        # a WordPress theme's copyright line
        "原创文章，作者：regengya，如若转载，请注明出处：https://www.example.com/2024/08/25/a/",
        # a media account's reprint mark; a blog host's notice
        "*本文为量子位获授权转载。",
        "转载本文请联系原作者获取授权，同时请注明本文来自陈安科学网博客。",
        # a company site's ask alone on the last line, its own address after it
        "转载请注明出处http://www.example.cn",
        "轉載請注明出處：www.example.com.tw",
    ],
)
def test_a_repost_notice_under_the_text_is_not_body(notice: str) -> None:
    """A site's repost notice closing the text is furniture, as 如有侵权 lines are."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p><p>{notice}</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


def test_a_statement_that_is_not_a_repost_notice_stays() -> None:
    """特别声明 over the event's own terms is the text's, not a repost notice."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>特别声明：本次活动最终解释权归主办方所有。</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n特别声明：本次活动最终解释权归主办方所有。"


def test_a_labelled_lead_that_opens_the_text_stays_when_a_box_repeats_it() -> None:
    """沃保网: a .guide box above the text repeats the text's own 导读： paragraph without the label."""
    lead = (
        "孵化园区今年新入驻企业四十家，带动就业近千人。园区将继续完善服务体系，扶持初创团队成长。"
    )
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2015-07-03 10:22:46</div>"
        f"<div class='guide'>{lead}</div>"
        f"<div><p>导读：{lead}</p><p>{PROSE}</p><p>{SECOND}</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"导读：{lead}\n\n{PROSE}\n\n{SECOND}"


def test_bar_credit_lines_close_the_text_and_the_account_menu_below_is_not_body() -> None:
    """澎湃号: 编辑|X 责编|Y 校对|Z under the text, then the account's reply menu."""
    text = [
        PROSE,
        SECOND,
        "园区还为入驻企业提供法律咨询和融资对接服务。",
        "下一步将建设共享实验室。",
    ]
    tail = ["编辑|王红", "责编|李明", "校对|张三", "扫描下方二维码解锁更多技能"]
    tail += ["1、回复【公租房】查看最新消息", "点击菜单栏【便民服务】解锁更多服务！"]
    assert clean_body(text + tail) == "\n\n".join(text)


def test_one_bar_credit_line_stays_as_before() -> None:
    """A single 编辑|X line is not a closing run: the lines after it stay."""
    paragraphs = [PROSE, "编辑|王红", SECOND]
    assert clean_body(paragraphs) == f"{PROSE}\n\n编辑|王红\n\n{SECOND}"


def test_a_line_of_replacement_characters_is_not_body() -> None:
    """Emoji lost to an encoding error (������) between paragraphs are left out."""
    assert (
        clean_body([PROSE, "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd", SECOND])
        == f"{PROSE}\n\n{SECOND}"
    )


def test_a_caption_repeating_the_opening_words_stays_in_the_body() -> None:
    """中国青年网 评论: the caption under the picture is the first paragraph's opening clause."""
    caption = "园区一群青年创客组建“机器人战队”"
    first = f"{caption}，在全国大赛中获得一等奖。据悉，战队成员平均年龄不到二十五岁。"
    rec = run(
        "<div>究竟谁在支持青年创客？</div><div>发稿时间：2012-04-10 07:39:00 来源： 青年网</div>"
        f"<div><p align='center'><img src='a.jpg'></p><p align='center'>{caption}</p>"
        f"<p>{first}</p><p>{PROSE}</p></div>",
        "<title>究竟谁在支持青年创客？_评论频道</title>",
    )
    assert rec["body"] == f"{caption}\n\n{first}\n\n{PROSE}"


def test_a_first_line_cut_mid_clause_is_still_a_repeated_lede() -> None:
    """A first line that stops mid-clause of the next one is a lede cut short, as before."""
    assert clean_body(
        ["园区一群青年创客组建“机器人", f"园区一群青年创客组建“机器人战队”，{SECOND}"]
    ) == (f"园区一群青年创客组建“机器人战队”，{SECOND}")


def test_an_interviewers_question_after_a_reporter_label_stays() -> None:
    """澎湃新闻 interviews: 记者：<a question> is the text; 编辑：<a name> is still a credit."""
    lines = [
        PROSE,
        "记者：参展的创客本身的身份也各不一样吗？",
        SECOND,
        "记者：没有一件重复的作品。",
    ]
    assert clean_body([*lines, "编辑：杨晶"]) == "\n\n".join(lines)


def _nest(text: str, depth: int) -> str:
    return "<section>" * depth + text + "</section>" * depth


def test_a_text_cut_into_sibling_section_nests_is_read_whole() -> None:
    """Editor output (135编辑器): each part of the text in its own nest of <section>s."""
    third = "园区还将设立专项基金，支持入驻企业开展技术攻关和成果转化，力争三年内孵化百家企业。" * 3
    first = SECOND * 4
    rec = run(
        "<h1>园区举办创业沙龙</h1><p>2015-08-24 11:51:00</p>"
        f"<article><strong>活动简介</strong><br>{_nest(first + '<br><strong>现场</strong>', 5)}"
        f"{_nest(PROSE + '<br>' + SECOND, 3)}{_nest(third, 4)}</article>"
        "<aside><a href='/1'>园区新闻</a></aside>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == "\n\n".join(["活动简介", first, "现场", PROSE, SECOND, third])


def test_a_section_beside_a_sidebar_of_sections_is_not_widened() -> None:
    """A layout <section> next to a sidebar that holds most of the parent's other text stays."""
    side = "<div>" + "".join(f"<p><a href='/{i}'>园区新闻标题第{i}条</a></p>" for i in range(9))
    rec = run(
        "<h1>园区举办创业沙龙</h1><p>2015-08-24 11:51:00</p>"
        f"<main>{_nest(PROSE + '<br>' + SECOND, 2)}{side}</div></main>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("作者:兰西", "兰西"),
        ("（文/吴江）", "吴江"),
        # 文/图 credits the text and its pictures; in brackets a space parts the names
        ("(文/图 吴江 兰西)", "吴江、兰西"),
        ("（文／图：吴江）", "吴江"),
    ],
)
def test_a_credit_run_into_the_last_paragraph_is_the_writer_and_cut(credit: str, name: str) -> None:
    """cnnb.com.cn: ``…的咨询和建议。作者:兰西`` closes the text: the author, not the body."""
    rec = run(f"<h1>园区召开产业发展座谈会</h1><div><p>{PROSE}</p><p>{SECOND}{credit}</p></div>")
    assert (rec["author"], rec["body"]) == (name, f"{PROSE}\n\n{SECOND}")


@pytest.mark.parametrize("last", ["会上，本书作者:兰西。", "会上见到了吴江。文/图 吴江 兰西"])
def test_a_credit_word_inside_the_last_sentence_stays(last: str) -> None:
    """``文/`` or ``作者：`` not after the last sentence's end is the text's own words; names
    parted by a space only inside brackets."""
    rec = run(f"<h1>园区召开产业发展座谈会</h1><div><p>{PROSE}</p><p>{last}</p></div>")
    assert rec["body"] == f"{PROSE}\n\n{last}"


def test_a_helpline_notice_closing_the_text_is_not_body() -> None:
    """Taiwan's papers print a fixed box under each story of a suicide: the paper's line, a
    plea, and the hotlines with their numbers. Furniture, as a repost notice is."""
    notice = (
        "<p>《園區報》關心你</p><p>自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。</p>"
        "<p>再給自己一次機會</p><p>自殺防治諮詢安心專線：0800-788995（24小時）</p>"
        "<p>生命線協談專線：1995</p><p>張老師專線：1980</p>"
    )
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p>{notice}</div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


@pytest.mark.parametrize(
    ("accounts", "body_tail"),
    [
        # the sign-off and its accounts closing every item: furniture
        ("<p>更多精彩，敬请关注！</p><p>官方网站：www.yuanqu-xiehui.org</p>"
         "<p>我们的微博：http://www.weibo.com/yuanquxh</p><p>我们的微信ID：YQ-XH</p>", ""),
        # one address closing the text, no sign-off: the text's own line, kept
        ("<p>活动官网：www.yuanqu-xiehui.org</p>", "\n\n活动官网：www.yuanqu-xiehui.org"),
    ],
)  # fmt: skip
def test_a_follow_us_sign_off_closing_the_text_is_not_body(accounts: str, body_tail: str) -> None:
    """An association closes each item with 更多精彩，敬请关注！ and the lines of its website,
    weibo and WeChat accounts: a standing sign-off, not text of the item."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p><p>主办方：园区协会</p>{accounts}</div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}\n\n主办方：园区协会{body_tail}"


def test_one_hotline_closing_the_text_stays() -> None:
    """A sentence of the text that names a hotline is the text's (one number, no notice box)."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p><p>园区服务专线：0755-1234</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}\n\n园区服务专线：0755-1234"


def test_a_paywall_notice_for_an_expired_story_ends_the_text() -> None:
    """cna: the archive past its free period shows the lead paragraph, then a notice and the
    membership offer; the notice and what follows are not text."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>您所瀏覽的新聞已過查詢時效。建議您加入園區網付費會員找尋您要的新聞。</p>"
        "<p>在各種裝置瀏覽新聞</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == PROSE


def test_a_line_of_mail_addresses_is_text_not_a_menu() -> None:
    """emshu: a form's note lists the addresses to send it to, each a ``mailto:`` link; the
    line is mostly links, yet it is the text's, as a menu's is not."""
    mails = (
        "<p>分支机构邮箱: <a href='mailto:a@example.edu.cn'>a@example.edu.cn</a>, "
        "<a href='mailto:b@example.edu.cn'>b@example.edu.cn</a></p>"
    )
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p>{mails}<p>{SECOND}</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == (
        f"{PROSE}\n\n分支机构邮箱: a@example.edu.cn, b@example.edu.cn\n\n{SECOND}"
    )


@pytest.mark.parametrize(
    "promo",
    [
        "立即下載園區報APP，世界脈動在你手中！",
        "下载园区网客户端，随时随地看新闻",
        "欢迎下载园区通App",
    ],
)
def test_an_app_promotion_under_the_text_is_not_body(promo: str) -> None:
    """storm: the site's app promotion closes every text; furniture, as a repost notice is."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}</p><p>{promo}</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


def test_a_download_line_of_the_text_stays() -> None:
    """A line telling where to download a form is the text's (no app named)."""
    line = "下载申报表格请访问园区官网通知公告栏目。"
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{line}</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{line}"


@pytest.mark.parametrize(
    ("credit", "author"),
    [("（钟才文）", "钟才文"), ("（央视记者 许骁）", "许骁"), ("（记者 王红 李明）", "王红、李明")],
)
def test_a_bracketed_name_closing_the_text_is_the_author_and_no_body(
    credit: str, author: str
) -> None:
    """LABELLING.md ("Credits in brackets closing the text"): a bracketed name run into the last
    paragraph after its last sentence, a title maybe before it, signs the text: the writer, cut
    from the body."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}{credit}</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert (rec["body"], rec["author"]) == (f"{PROSE}\n\n{SECOND}", author)


def test_a_bracketed_place_closing_the_text_stays() -> None:
    """A bracket that names no person (a place, an end mark's word) is no credit: the text keeps it."""
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2012-01-04 22:24</div>"
        f"<div><p>{PROSE}</p><p>{SECOND}（深圳）</p></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}（深圳）"


# Other stories' headlines set in the text's own box under its last paragraph, each a bold link
# on a line of its own with no header over them (人民网's old pages); the box is written here
LINKED = [
    "园区举办创新创业大赛决赛",
    "孵化器入驻企业突破两百家？年度报告发布",
    "高新区出台人才新政 最高奖励百万元",
]


def _closing_links(lines: list[str]) -> str:
    items = "".join(
        f"<br><br>　　<b><a href='/n/{i}.html'>{t}</a></b>" for i, t in enumerate(lines)
    )
    return (
        "<h1>园区召开产业发展座谈会</h1><div class='d'>2024-03-05</div>"
        f"<div class='txt'><p>{PROSE}</p><p>{SECOND}</p>{items}</div>"
    )


def test_linked_headlines_closing_the_text_are_no_body() -> None:
    """Three or more linked headlines under the last paragraph: a related list, cut off."""
    assert run(_closing_links(LINKED))["body"] == f"{PROSE}\n\n{SECOND}"


@pytest.mark.parametrize(
    "lines",
    [
        LINKED[:2],  # two links may be the text's own references
        ["附件1：申报指南", "附件2：申报书模板", "附件3：承诺书"],  # the text's attachments
        ["申报指南.pdf", "申报书模板.docx", "承诺书.doc"],
    ],
)
def test_short_link_runs_and_attachments_closing_the_text_stay(lines: list[str]) -> None:
    """Fewer than three links, or the attachments the text offers, stay in the body."""
    assert run(_closing_links(lines))["body"] == "\n\n".join([PROSE, SECOND, *lines])


# a financial paper's footer: where its quotes come from and that nothing is investment advice,
# two paragraphs without a heading, longer than a short news item's text
FINANCE_NOTICE = (
    "<div><p>股票及指數資料由甲乙資訊有限公司提供。期貨指數資料由丙丁財經有限公司提供。"
    "外匯報價由戊己通訊社提供。</p><p>本網站的內容概不構成任何投資意見，本網站內容亦並非就"
    "任何個別投資者的特定投資目標、財務狀況及個別需要而編製。投資者不應只按本網站內容進行投資。"
    "在作出任何投資決定前，投資者應考慮產品的特點、其本身的投資目標、可承受的風險程度及其他因素，"
    "並適當地尋求獨立的財務及專業意見。本網站及其資訊供應商竭力提供準確而可靠的資料，但並不保證"
    "資料絕對無誤，資料如有錯漏而令閣下蒙受損失，本公司概不負責。</p></div>"
)
SHORT_NEWS = [
    "政府今日刊憲，委任陳大文為科學園顧問委員會主席，下月一日起生效，任期兩年。",
    "另外，新委任兩名委員會成員，並再度委任其餘十名成員，任期同樣為兩年。",
]


@pytest.mark.parametrize("meta", ["", "<p>2020年8月14日</p>"])
def test_a_headless_finance_notice_does_not_outscore_a_short_item(meta: str) -> None:
    """Data-source and no-advice paragraphs are the footer, whatever their length."""
    rec = run(
        f"<h1>陳大文獲委任科學園顧問委員會主席</h1>{meta}"
        f"<div id='text'><p>{SHORT_NEWS[0]}</p><p>{SHORT_NEWS[1]}</p></div>"
        f"<div><a href='/about'>關於我們</a> | <a href='/terms'>服務條款</a></div>{FINANCE_NOTICE}"
    )
    assert rec["body"] == "\n\n".join(SHORT_NEWS)


LEAD = (
    "暴雨過後，園區多家企業的廠房出現積水，部分生產線被迫暫停，管理處連夜組織人手抽水搶修。"
    "記者昨日到場了解，發現多處道路仍然積水，企業負責人擔心損失擴大，要求當局盡快改善排水設施！"
    "有工人直言從未見過如此大雨。"
)


@pytest.mark.parametrize(
    ("lead", "first"),
    [
        # the story's opening paragraph in the headline's box: body
        (LEAD, [LEAD]),
        # a one-sentence deck under the headline is no part of the text
        ("Devices like these can replace paper workflows, but not digital ones.", []),
    ],
)
def test_a_lead_paragraph_in_the_headline_box(lead: str, first: list[str]) -> None:
    """The h1's wrapper holds the lead; ads and a side column stand before the text."""
    rec = run(
        f"<div id='top'><h1>暴雨過後園區廠房積水</h1><div class='lead'><p>{lead}</p></div></div>"
        "<div class='ad'></div><div id='side'><a href='/v'>影片</a></div>"
        f"<div id='story'><p>{PROSE}</p><p>{SECOND}</p></div>"
    )
    assert rec["body"] == "\n\n".join([*first, PROSE, SECOND])


def _floor(n: int, who: str, when: str, text: str, extra: str = "") -> str:
    return (
        f"<div class='post{extra}'><div class='head'>作者：{who} 时间：{when}</div>"
        f"<div class='content'><p>{text}</p></div><div class='foot'>举报 | {n}楼 | 回复</div></div>"
    )


def test_a_forum_thread_is_its_opening_post() -> None:
    """A later, longer floor of the starter's does not replace the opening post (LABELLING.md)."""
    opening = "先说说我的情况。" + PROSE
    later = f"<p>{SECOND * 3}</p><p>{SECOND * 4}</p>"
    rec = run(
        "<h1>园区创业这五年</h1><div>楼主：园区老王 时间：2017-03-24 20:29:00 点击：100</div>"
        f"<div class='thread'><div class='post host'><div class='content'><p>{opening}</p></div>"
        "<div class='foot'>举报 | 楼主</div></div>"
        + _floor(1, "路人甲", "2017-03-24 20:35:54", "支持楼主，写得真好。")
        + _floor(2, "园区老王", "2017-03-25 16:07:32", later)
        + _floor(3, "路人乙", "2017-03-25 18:00:00", "等更新。")
        + "</div>",
        "<title>园区创业这五年_创业论坛</title>",
    )
    assert (rec["body"], rec["published_at"], rec["author"]) == (
        opening,
        "2017-03-24T20:29:00+08:00",
        "园区老王",  # the 楼主 of the info line, not the first reply's 作者
    )


@pytest.mark.parametrize(
    ("href", "kept"),
    [("#tips", True), ("/xyjg.htm", False), ("#", False)],
)
def test_a_related_line_linking_a_place_on_this_page_is_text(href: str, kept: bool) -> None:
    """``相关学院网址目录：<a href="#tips">…</a>`` starts like a related-links header (相关…) but
    its one link leads to a named place on this page: a line of the text. Linking another
    page (or nowhere, ``#``), it is the related links."""
    line = f"相关学院网址目录：<a href='{href}'>http://www.example.cn/xyjg.htm#tips</a>"
    rec = run(
        "<h1>园区举办创新创业大赛决赛</h1><div>发布时间：2024-03-05</div>"
        f"<div class='content'><p>{PROSE}</p><p>{line}</p><p>会后，{PROSE}</p></div>",
    )
    shown = "相关学院网址目录：http://www.example.cn/xyjg.htm#tips"
    assert rec["body"] == "\n\n".join(
        [PROSE, shown, "会后，" + PROSE] if kept else [PROSE, "会后，" + PROSE]
    )


# a resource blog's post (a WordPress theme): a short text of one sentence, sub-headings and
# numbered link lines; a table of contents with its toggle; the template's permalink line; a
# related box; the site's notice under every post (in the text's own box), a comment form's
# privacy note and the footer's notice with the copyright line
RESOURCE_POST = (
    "<header><a href='/'>某某分享</a> <a href='/c/1'>软件</a> <a href='/c/2'>教程</a></header>"
    "<article><h1>园区公共服务平台入口汇总</h1><div class='meta'>软件 3天前</div>"
    "<div class='entry'><div class='toc'><b>文章目录</b> <a href='#'>显示</a>"
    "<ul style='display:none'><li><a href='#a'>园区公共服务平台入口汇总</a></li></ul></div>"
    "<p>整理了几个园区公共服务平台的入口，收藏以后打开即可办理常用业务，入口都是官方地址。</p>"
    "<h3>平台入口</h3><p>入口：网页版</p>"
    "<p>1、<a href='/x/1'>企业服务一网通办 入口</a></p>"
    "<p>2、<a href='/x/2'>人才公寓申请 入口</a></p>"
    "<p>3、<a href='/x/3'>科技项目申报 入口</a></p>"
    "<p>本文链接：https://www.example.cn/1234/</p>"
    "<div class='related'><h3>猜你喜欢</h3><ul>"
    "<li><a href='/r/1'>园区企业服务热线汇总</a></li><li><a href='/r/2'>人才公寓申请指南</a></li>"
    "<li><a href='/r/3'>科技项目申报入口大全</a></li><li><a href='/r/4'>孵化器名录查询</a></li>"
    "</ul></div>"
    "<div class='post-note'><ol><li><small>转载请保留原文链接谢谢！</small></li>"
    "<li><small>本站所有资源文章出自互联网收集整理，本站不参与制作，如果侵犯了您的合法权益，"
    "请联系本站我们会及时删除。</small></li>"
    "<li><small>本站资源仅供研究、学习交流之用，若使用商业用途，请购买正版授权，否则后果自负。"
    "</small></li><li><small>联系方式（#替换成@）：service#example.cn</small></li></ol></div>"
    "</div></article>"
    "<div class='comments'><h3>发表评论</h3><form><p>您的电子邮箱地址不会被公开。必填项已用*标注</p>"
    "<p>插入图片</p><p>浏览器会保存昵称、邮箱和网站cookies信息，下次评论时使用。</p></form></div>"
    "<footer><p>本站所有资源收集整理于网络，本站不参与制作，如不慎侵犯了您的权利，请及时联系站长处理删除。"
    "<br>Copyright © 2024 | 某某分享 | All Rights Reserved</p></footer>"
)


def test_a_sites_notices_do_not_outscore_a_short_post() -> None:
    """The post's own disclaimer list, a comment form's note and the footer's notice are all
    notices: the text is the densest box outside them, without them, the table of contents'
    toggle and the permalink line (and 文章目录 names no writer)."""
    rec = run(RESOURCE_POST, "<title>园区公共服务平台入口汇总 – 某某分享</title>")
    assert rec["body"] == "\n\n".join(
        [
            "整理了几个园区公共服务平台的入口，收藏以后打开即可办理常用业务，入口都是官方地址。",
            "平台入口",
            "入口：网页版",
            "1、企业服务一网通办 入口",
            "2、人才公寓申请 入口",
            "3、科技项目申报 入口",
        ]
    )
    assert rec["author"] is None
    assert rec["extraction"]["body"] == "density:not-notice"


# a reader's notes page of a note app: paragraphs, and pictures with an OCR text layer the page's
# own CSS colours transparent (laid over the picture for selection and search, never seen)
OCR_HEAD = (
    "<title>读书笔记：园区孵化器运营手册</title><style>.note p { margin: 0 }\n"
    ".pic-ocr-text { line-height: 1; position: absolute; color: transparent !important; }\n"
    ".grad { color: transparent; background-clip: text; }\n"
    ".btn { background-color: transparent; }</style>"
)
OCR_NOTE = [
    "一句话概括：孵化器的核心是服务，而不是出租场地。",
    "作者把运营分成三个阶段，分别是招商、培育和退出，每个阶段都有对应的考核指标。",
    "第一阶段重在筛选项目，宁缺毋滥，避免把空间租给与产业无关的企业。",
]


def test_text_the_page_colours_transparent_is_no_body() -> None:
    """The OCR layer's lines (a one-class <style> rule colours them transparent) are left out;
    gradient text clipped to its glyphs and a transparent background are seen."""
    ocr = "".join(
        f"<div class='pic-ocr-text'>{t}</div>"
        for t in ("运营手册 第三版", "孵化器运营的三个阶段：招商、培育、退出，缺一不可。")
    )
    rec = run(
        "<h1>读书笔记：园区孵化器运营手册</h1><div class='note'>"
        f"<p>{OCR_NOTE[0]}</p><div class='pic'><img src='a.png'><div class='mask'>{ocr}</div></div>"
        f"<p class='grad'>{OCR_NOTE[1]}</p><p class='btn'>{OCR_NOTE[2]}</p></div>",
        OCR_HEAD,
    )
    assert rec["body"] == "\n\n".join(OCR_NOTE)


def _widget(inner: str) -> str:
    """A page builder's section: a text widget inside its column wrappers (Elementor)."""
    return f"<section><div><div><div><div>{inner}</div></div></div></div></section>"


def test_a_page_builders_text_widget_is_read_with_its_sibling_sections() -> None:
    """emshu-post-556 (Elementor): each part of the text is a widget in its own section of
    column wrappers, pictures and their captions in sections between: the text is all of them."""
    third = "园区还将设立专项基金，支持入驻企业开展技术攻关和成果转化，力争三年内孵化百家企业。" * 3
    rec = run(
        "<h1>园区举办创业沙龙</h1><p>2015-08-24 11:51:00</p>"
        f"<div class='entry-content'><div>{_widget(f'<p>{PROSE}</p><p>{SECOND}</p>')}"
        f"{_widget('<figure><img src=a.jpg><figcaption>嘉宾在路演现场</figcaption></figure>')}"
        f"{_widget(f'<p>{third}</p>')}</div></div>"
        "<footer>Posted in <a href='/c'>新闻动态</a></footer>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == "\n\n".join([PROSE, SECOND, "嘉宾在路演现场", third])
    assert rec["extraction"]["body"] == "density:sections"


def test_a_page_builders_widget_beside_a_section_of_links_stays() -> None:
    """The widget's section next to a section of headlines (a related list): the widget alone."""
    links = "".join(f"<p><a href='/{i}'>园区新闻标题第{i}条新闻动态</a></p>" for i in range(9))
    rec = run(
        "<h1>园区举办创业沙龙</h1><p>2015-08-24 11:51:00</p>"
        f"<div>{_widget(f'<p>{PROSE}</p><p>{SECOND}</p>')}{_widget(links)}</div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


def test_a_wechat_paste_keeps_its_short_lines_and_headed_sections() -> None:
    """szwatech-news-376: a text pasted from WeChat (秀米), a run of short one-line paragraphs,
    then parts whose heading shares a section with the part's paragraphs: all of it is the text."""
    short = ["一排排严阵待命的消火栓", "伫立于各主、次干道", "以点连线，以线带面", "“智慧之网”"]
    opening = "".join(f"<p><span>{line}</span></p>" for line in short)
    third = "园区还将设立专项基金，支持入驻企业开展技术攻关和成果转化，力争三年内孵化百家企业。" * 3
    rec = run(
        "<h1>园区举办创业沙龙</h1><div>2024-12-13</div>"
        f"<div class='edit'><section><section><img src='t.webp'></section></section>"
        f"<section><section><section>{opening}</section></section>"
        "<section><section><p><strong>沙龙现场</strong></p></section>"
        f"<section><p>{PROSE}</p><p><img src='a.webp'></p><section>{SECOND}</section>"
        "</section></section></section>"
        f"<section><section><p>{third}</p></section></section></div>"
        "<div><a href='/p'>上一篇</a> <a href='/n'>下一篇</a></div>",
        "<title>园区举办创业沙龙</title>",
    )
    assert rec["body"] == "\n\n".join([*short, "沙龙现场", PROSE, SECOND, third])
    assert rec["extraction"]["body"] == "density:sections"


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("（文/党委组织部 图/轻院新闻社）", "党委组织部"),
        ("（图/新闻中心 文/宣传部）", "宣传部"),
        ("（文/党委组织部）", "党委组织部"),
        ("（文/张三 图/李四）", "张三"),
        ("（撰文/王小明 摄影/李四）", "王小明"),
    ],
)
def test_a_closing_text_credit_is_cut_and_names_the_author(credit: str, author: str) -> None:
    """gdqy-rq-pagedetail: ``…献礼中国共产党成立一百周年！（文/党委组织部 图/轻院新闻社）`` closing a long
    paragraph: the credit is cut from the body, and 文/X gives X as the author, a person or a unit
    of the institution (LABELLING.md, labelcheck15); 图/Y gives nobody."""
    rec = run(f"<h1>园区召开产业发展座谈会</h1><div><p>{SECOND}</p><p>{PROSE}{credit}</p></div>")
    assert (rec["author"], rec["body"]) == (author, f"{SECOND}\n\n{PROSE}")


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("（文/宣传部）", "宣传部"),
        ("（文/党委组织部 图/轻院新闻社）", "党委组织部"),
        ("（图/李四 文/张三）", "张三"),
    ],
)
def test_a_text_credit_on_its_own_line_is_cut_and_names_the_author(
    credit: str, author: str
) -> None:
    """The same bracket as a short last paragraph of its own: the trailer reads 文/X, the body
    cuts the line."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div><p>{SECOND}</p><p>{PROSE}</p><p>{credit}</p></div>"
    )
    assert (rec["author"], rec["body"]) == (author, f"{SECOND}\n\n{PROSE}")


def test_an_offices_bare_signature_closing_a_report_stays_and_names_no_author() -> None:
    """（万载县统计局） closing a report: an office's signature, no writing credit (LABELLING.md):
    kept in the body, no author."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div><p>{SECOND}</p><p>{PROSE}（万载县统计局）</p></div>"
    )
    assert (rec["author"], rec["body"]) == (None, f"{SECOND}\n\n{PROSE}（万载县统计局）")


@pytest.mark.parametrize(
    "lines",
    [
        ["記者︰脫芷晴", "編輯：梁偉澄", "美術：陳超雄"],
        ["記者︰脫芷晴", "編輯：梁偉澄", "美術：陳超雄", "攝影：冼偉倫"],
        ["美编：王五", "排版：赵六"],
        ["设计：王五"],
        ["摄影：本报记者 李四"],
    ],
)
def test_design_and_photo_credit_lines_closing_the_text_are_cut(lines: list[str]) -> None:
    """hknewsbackend-skypost-2333915 (晴報): credit paragraphs closing the text, 記者 the author,
    編輯 the editor; 美術 / 攝影 (and 美编, 设计, 排版) credit nobody and are cut (LABELLING.md)."""
    credits = "".join(f"<p>{line}</p>" for line in lines)
    rec = run(
        f"<h1>冷鋒來襲連凍9日</h1><p>2018/12/07</p><div><p>{PROSE}</p><p>{SECOND}</p>{credits}</div>"
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"
    assert rec["author"] == ("脫芷晴" if "記者︰脫芷晴" in lines else None)
    assert rec["editor"] == ("梁偉澄" if "編輯：梁偉澄" in lines else None)


@pytest.mark.parametrize("last", ["设计：我们如何让孵化器的服务更贴近初创企业？", "攝影"])
def test_a_closing_line_that_is_no_credit_stays(last: str) -> None:
    """A question after the label, or the word alone: no credit line, the text keeps it."""
    rec = run(f"<h1>园区举办创业沙龙</h1><div><p>{PROSE}</p><p>{SECOND}</p><p>{last}</p></div>")
    assert rec["body"] == f"{PROSE}\n\n{SECOND}\n\n{last}"


@pytest.mark.parametrize("last", ["（文/图）", "（图/新闻中心 摄影/宣传部）"])
def test_a_bracket_without_a_text_credit_stays(last: str) -> None:
    """No ``文/`` credit with a name in the bracket (pictures only, no name): the text keeps it."""
    rec = run(f"<h1>园区召开产业发展座谈会</h1><div><p>{PROSE}</p><p>{SECOND}{last}</p></div>")
    assert rec["body"] == f"{PROSE}\n\n{SECOND}{last}"


def _grid(*captions: str, link: bool = False) -> str:
    """A paper's picture grid under the text box: a picture and its caption in each cell."""
    cells = "".join(
        f"<div><p><img src='{i}.jpg'></p><p>{f'<a href=/n/{i}>{c}</a>' if link else c}</p></div>"
        for i, c in enumerate(captions)
    )
    return f"<div class='grid'>{cells}</div>"


GRID = ("▲今冬第一波寒潮來襲，料至下周六氣溫才會稍為回升。（冼偉倫攝）", "▲張竹君")


def test_marked_captions_of_a_picture_grid_after_the_text_follow_it() -> None:
    """hknewsbackend-skypost-2224904 (晴報): the pictures stand in a grid under the text box, each
    with a ▲ caption; LABELLING.md keeps the captions after the text, the credit lines cut."""
    credits = "<p>記者︰脫芷晴</p><p>編輯：梁偉澄</p><p>美術：陳超雄</p>"
    rec = run(
        f"<h1>冷鋒來襲連凍9日</h1><p>2018/12/07</p><div class='c'>"
        f"<div class='text'><p>{PROSE}</p><p>{SECOND}</p>{credits}</div>"
        f"<script>var a = 1;</script>{_grid(*GRID)}</div>"
    )
    assert rec["body"] == "\n\n".join([PROSE, SECOND, *GRID])
    assert (rec["author"], rec["editor"]) == ("脫芷晴", "梁偉澄")


def test_a_credit_run_into_the_text_above_a_caption_grid_is_cut_and_read() -> None:
    """The last paragraph of the text is above the captions: its run-in credit is cut there and
    names the author."""
    rec = run(
        f"<h1>园区召开产业发展座谈会</h1><div class='c'><div class='text'><p>{SECOND}</p>"
        f"<p>{PROSE}（文/党委组织部 图/轻院新闻社）</p></div>{_grid(*GRID)}</div>"
    )
    assert (rec["author"], rec["body"]) == ("党委组织部", "\n\n".join([SECOND, PROSE, *GRID]))


@pytest.mark.parametrize(
    "grid",
    [
        _grid(*GRID, link=True),
        _grid("今冬第一波寒潮來襲，料至下周六氣溫才會稍為回升。（冼偉倫攝）", "張竹君"),
    ],
)
def test_a_grid_of_linked_or_unmarked_lines_after_the_text_stays_out(grid: str) -> None:
    """Headlines of a related grid are links, and an unmarked line under a picture may be anything:
    neither is read as the text's captions."""
    rec = run(
        f"<h1>冷鋒來襲連凍9日</h1><p>2018/12/07</p><div class='c'>"
        f"<div class='text'><p>{PROSE}</p><p>{SECOND}</p></div>{grid}</div>"
    )
    assert rec["body"] == f"{PROSE}\n\n{SECOND}"


# hneia-xinwen-2014-4: a one-sentence item as bare text in div.entry, its full stop left off
NO_STOP = (
    "湖南电子产业联盟会议美亚迪召开，湖南省驻深办公室主任李志远亲临现场指导工作，同行的还有湖南商会"
    "综合部的工作人员，此次会议取得圆满成功，会后大家一起参观美亚迪并共进晚餐"
)


@pytest.mark.parametrize("text", [NO_STOP, f"<p>{NO_STOP}</p>"], ids=["bare-text", "paragraph"])
def test_a_short_item_whose_sentence_lacks_its_full_stop_is_a_body(text: str) -> None:
    """A run of clauses (four commas, ~90 characters) is a sentence, though the page left off
    its full stop: the item keeps its body, bare text node or paragraph."""
    rec = run(
        "<article><h1>省驻深办公室主任莅临指导商会工作</h1>"
        "<p class='postmeta'>时间：2014-04-15 15:33:03 分类：联盟新闻</p>"
        f"<div class='entry'>{text}</div><div class='share'><span>分享：</span></div></article>",
        "<title>省驻深办公室主任莅临指导商会工作－产业联盟</title>",
    )
    assert rec["body"] == NO_STOP
    assert rec["rejected"] is None


@pytest.mark.parametrize(
    "body",
    ["园区新闻，通知公告，政策法规，办事指南", "济南高新区人才工作，孵化器"],
    ids=["menu", "two"],
)
def test_short_comma_lists_without_a_sentence_are_still_fragments(body: str) -> None:
    """Under sixty characters or under three commas a line is no clause run: still no article."""
    from incubator_crawler.article.body import looks_like_article_body

    assert not looks_like_article_body(body)
    assert looks_like_article_body(NO_STOP)


@pytest.mark.parametrize("comma", [",", ", "], ids=["ascii", "ascii-space"])
def test_a_clause_run_typed_with_ascii_commas_is_a_sentence(comma: str) -> None:
    """The same one-sentence item typed with half-width commas (``召开,湖南省``) keeps its body:
    a comma a Chinese clause follows is a clause comma, whatever its width."""
    from incubator_crawler.article.body import looks_like_article_body

    text = NO_STOP.replace("，", comma)
    assert looks_like_article_body(text)
    rec = run(
        "<article><h1>省驻深办公室主任莅临指导商会工作</h1>"
        "<p class='postmeta'>时间：2014-04-15 15:33:03 分类：联盟新闻</p>"
        f"<div class='entry'><p>{text}</p></div></article>",
        "<title>省驻深办公室主任莅临指导商会工作－产业联盟</title>",
    )
    assert rec["body"] == text
    assert rec["rejected"] is None


def test_an_ascii_comma_list_is_no_clause_run() -> None:
    """A tag or menu line of Latin words (``Python, Scrapy, …``), sixty characters and more, has
    no Chinese clause after its commas: still no sentence."""
    from incubator_crawler.article.body import looks_like_article_body

    assert not looks_like_article_body(
        "Python, Scrapy, SQLite, Docker, Kubernetes, Nginx, Redis, PostgreSQL, Elasticsearch"
    )


def test_a_file_download_box_inside_the_notice_keeps_its_attachment_lines() -> None:
    """pj-hospital.com: a 附件下载 fieldset of .docx links between the notice's last paragraph and
    its signature: the links are the notice's attachment lines, the legend a widget label."""
    files = "".join(
        f"<table><tr><td><a href='/d/file/p/2020/09-23/{i}a.docx' title='附件{i}.docx'>{i}.{name}"
        "</a></td></tr></table>"
        for i, name in (
            (1, "市康宁医院公开招聘岗位人数及要求"),
            (2, "市康宁医院公开招聘报名登记表"),
        )
    )
    rec = run(
        "<h1>市康宁医院公开招聘工作人员公告</h1><div>时间：2020-09-23 14:48:10</div>"
        f"<div class='yyprofile'><p>{PROSE}</p><p>报名地点：市中心医院办公楼505办公室。</p>"
        f"<div style='padding:6px'><fieldset><legend>附件下载</legend>{files}</fieldset></div>"
        "<p style='text-align: right;'>市康宁医院</p><p>2020年9月23日</p></div>",
        "<title>市康宁医院公开招聘工作人员公告</title>",
    )
    assert rec["body"] == (
        f"{PROSE}\n\n报名地点：市中心医院办公楼505办公室。\n\n1.市康宁医院公开招聘岗位人数及要求"
        "\n\n2.市康宁医院公开招聘报名登记表\n\n市康宁医院\n\n2020年9月23日"
    )


def test_a_box_of_page_links_inside_the_text_is_still_a_menu() -> None:
    """The same box of links to other pages (no file behind them) stays out, as before."""
    links = "".join(f"<a href='/news/{i}.html'>园区另一篇新闻的标题第{i}条</a><br>" for i in (1, 2))
    rec = run(
        "<h1>市康宁医院公开招聘工作人员公告</h1><div>时间：2020-09-23 14:48:10</div>"
        f"<div><p>{PROSE}</p><div><fieldset><legend>相关文章</legend>{links}</fieldset></div>"
        "<p>市康宁医院</p></div>",
        "<title>市康宁医院公开招聘工作人员公告</title>",
    )
    assert rec["body"] == f"{PROSE}\n\n市康宁医院"


def _captioned(pictures: str) -> dict:
    """A news page: headline, date, a paragraph, ``pictures``, a closing paragraph."""
    return run(
        "<h1>送王船申遗成功</h1><div>2020-12-18 10:00 来源：新华社</div>"
        f"<div><p>{PROSE}</p>{pictures}<p>{SECOND}</p></div>"
    )


def _body_lines(rec: dict) -> list[str]:
    return rec["body"].split("\n\n")


def test_a_caption_repeated_under_pictures_of_its_own_stays_each_time() -> None:
    """LABELLING.md (hunt108, visitxm): the same caption under three pictures in a row is shown
    three times, each under its picture; the body keeps each where it stands."""
    cap = "送王船阵头表演。中新社记者张斌摄"
    pictures = "".join(
        f"<center><img src='{n}.jpg' width='1080'></center><p style='text-align: center'>{cap}</p>"
        for n in (1, 2, 3)
    )
    assert _body_lines(_captioned(pictures)) == [PROSE, cap, cap, cap, SECOND]


@pytest.mark.parametrize(
    "pictures",
    [
        # a paragraph doubled with no picture between (a template printing a block twice)
        "<p>送王船阵头表演。中新社记者张斌摄</p><p>送王船阵头表演。中新社记者张斌摄</p>",
        # the same picture and caption doubled: one picture, one caption
        "<img src='1.jpg'><p>送王船阵头表演。中新社记者张斌摄</p>"
        "<img src='1.jpg'><p>送王船阵头表演。中新社记者张斌摄</p>",
        # npr.org's enlarge box: the same file at another size, the credit again under it, the
        # first credit under a link rather than right under its picture
        "<img src='/img/slide-049a.jpg?s=1100'><div><a href='/big'>放大图片</a></div>"
        "<p>送王船阵头表演。中新社记者张斌摄</p>"
        "<img data-original='/img/slide-049a.jpg?s=2600'><p>送王船阵头表演。中新社记者张斌摄</p>",
    ],
)
def test_a_doubled_block_is_still_kept_once(pictures: str) -> None:
    """A repeat with no picture of its own between is a doubled block: kept once."""
    lines = _body_lines(_captioned(pictures))
    assert lines.count("送王船阵头表演。中新社记者张斌摄") == 1
    assert (lines[0], lines[-2:]) == (PROSE, ["送王船阵头表演。中新社记者张斌摄", SECOND])


def test_clean_body_keeps_a_pictured_repeat_only() -> None:
    """``pictured`` marks the paragraphs under a picture of their own: only those repeats stay."""
    paras = ["正文第一段。", "图注。", "图注。", "图注。"]
    assert clean_body(paras, pictured={1, 2}) == "正文第一段。\n\n图注。\n\n图注。"


def _with_buttons(middle: str) -> list[str]:
    """A post's body lines: a paragraph, ``middle``, a closing paragraph."""
    rec = run(
        "<h1>双十一你赚了多少</h1><div>2020-11-13 10:18:26 作者：老鲫鱼</div>"
        f"<div class='content'><p>{PROSE}</p>{middle}<p>{SECOND}</p></div>"
    )
    return _body_lines(rec)


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        # 43626.com: a button inside a sentence, words on both sides (the lead's decision, hunt110)
        (
            "<p>我是一直在高佣联盟app（<button id='5' class='ptrbtn'>点此注册</button>）里推广赚钱的。</p>",
            "我是一直在高佣联盟app（点此注册）里推广赚钱的。",
        ),
        # the sentence's words before it only
        ("<p>完整的申报指南请<button>点此查看</button></p>", "完整的申报指南请点此查看"),
    ],
)
def test_a_button_inside_a_sentence_keeps_its_words(middle: str, line: str) -> None:
    """Button words in a sentence's flow are words of the paragraph, as it shows them."""
    assert _with_buttons(middle) == [PROSE, line, SECOND]


@pytest.mark.parametrize(
    ("middle", "words"),
    [
        # a button alone between paragraphs (m43626-zhidemai-5969's download button)
        ("<p><button>点此下载</button></p>", "点此下载"),
        # a share bar: its label, then buttons side by side
        ("<div>分享到：<button>微信</button><button>微博</button></div>", "微信"),
        # a like button beside its count, a form's submit button
        ("<div><button>点赞</button> 12</div>", "点赞"),
        ("<form><input name='q'><button type='submit'>搜索</button></form>", "搜索"),
    ],
)
def test_a_button_standing_alone_is_no_text(middle: str, words: str) -> None:
    """A control's words are no part of the body (the lead's decision, hunt110)."""
    lines = _with_buttons(middle)
    assert (lines[0], lines[-1], words in "".join(lines)) == (PROSE, SECOND, False)


# cwl.gov.cn: a 【图解】 item's text is one picture; beside it, the side column's boxes, each
# headed by a ``+ 更多 +`` link and its column's name over that column's teasers
SIDE_COLUMN = (
    "<div class='side'><div class='box'><span><a href='/rdsp/'>+ 更多 +</a></span>"
    "<div><a href='/rdsp/'><span>热点视频</span></a></div>"
    "<a href='/c/477488.html'><img src='v.png'></a>"
    "<h5><a href='/c/477488.html'>《为幸福喝彩》20201124期</a></h5>"
    "<p>本期将迎来《为幸福喝彩》收官之作。节目组邀请到著名演员姜超作客演播室，与观众分享公益故事...</p>"
    "<ul><li><a href='/c/477213.html'>《为幸福喝彩》20201117期</a></li>"
    "<li><a href='/c/476493.html'>《为幸福喝彩》20201103期</a></li></ul></div></div>"
)
PICTURE_ITEM = (
    "<div>当前位置：<a href='/'>首页</a> &gt; <a href='/tszc/'>图说政策</a></div>"
    "<div class='main'><h4>【图解】2018年福彩乐透游戏销量年终盘点</h4>"
    "<small>来源：<span>福彩乐透客户端</span></small><small>2019-01-31 15:28</small>"
    "<div class='article'>{text}</div></div>"
    + SIDE_COLUMN
    + "<div class='foot'><p>版权所有：中国福利彩票发行管理中心 | 京ICP备05064213号</p>"
    "<p>地址：北京市西城区 | 电话：010-00000000 | 技术支持：信息中心</p></div>"
)
PICTURE_ITEM_HEAD = "<title>【图解】2018年福彩乐透游戏销量年终盘点</title>"


def test_a_side_columns_box_headed_by_a_more_link_is_no_body_of_a_picture_only_item() -> None:
    """The footer outscores an empty text; the densest block left is another column's box
    headed by its ``+ 更多 +`` link (热点视频 and its videos): no text, so the item has no body."""
    rec = run(
        PICTURE_ITEM.format(text="<p><img src='410652.jpg'></p><p><br></p>"), PICTURE_ITEM_HEAD
    )
    assert rec["body"] is None
    assert rec["rejected"] == "missing body"
    assert (rec["title"], rec["source"], rec["published_at"][:10]) == (
        "【图解】2018年福彩乐透游戏销量年终盘点",
        "福彩乐透客户端",
        "2019-01-31",
    )


def test_a_text_beside_a_more_headed_box_stays_the_body() -> None:
    """The same item with its text under the picture: the text is the body, the box no part of it."""
    second = "福彩乐透数字型彩票全年延续强势表现，多个玩法销量创出新高，公益金筹集稳步增长。"
    text = f"<p><img src='410652.jpg'></p><p>{PROSE}</p><p>{second}</p>"
    rec = run(PICTURE_ITEM.format(text=text), PICTURE_ITEM_HEAD)
    assert rec["body"] == f"{PROSE}\n\n{second}"
