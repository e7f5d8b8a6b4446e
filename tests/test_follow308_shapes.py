"""follow308: what audit303's body screen left.

1. A journal paper's closing credit line with the writer's unit (``作者:王海 单位:九州职业技术学院``,
   baywatch.cn's papers under their references): a credit line, cut from the body as ``作者:王海``
   alone is; the trailer still reads the author from it. A ``（作者单位：X）`` note (labelcheck4: text),
   a table's ``单位：万元`` line and a credit run on into a sentence stay.
2. A post whose text opens with its own ``版权声明：本文来自…未经授权禁止任何形式的转载。`` line
   (mindhacks): the notice heading speaks of this text, and the box under it is longer than any
   notice: the post, not a site notice (a reader's comment had become the body). A site's notice
   (``版权声明：本网站…``, or a short ``免责声明：本文…`` box) is still refused.

Why: docs/benchmarks.md, follow308.
"""

from __future__ import annotations

import pytest
from page_shapes import run

from incubator_crawler.article.body.clean import clean_body, is_boilerplate
from incubator_crawler.article.body.container import _is_notice
from incubator_crawler.article.page import Page, parse_html

PAPER = [
    "［摘要］在高等教育国际化背景下，国家之间的竞争焦点还体现在人才创新能力和教育教学管理工作水平的竞争上。",
    "一、高校创新能力培养目标下的教育教学管理现状",
    "针对学生创新能力培养的教学管理理念相对落后，需要高校及时调整教育教学管理工作原则和理念。",
    "参考文献:",
    "［1］王冲．浅谈高校创新能力培养目标下的教育教学管理［J］．河南广播电视大学学报，2017，30(4):106－108．",
]


def _paper_page(closing: str) -> dict:
    paras = "".join(f"<p>{p}</p>" for p in PAPER)
    body = (
        "<div class='nav'><a href='/'>首页</a> > <a href='/jiaoyu/'>教育论文</a> > 正文</div>"
        "<div class='article'><h1>高校创新能力培养下教育教学管理探究</h1>"
        "<div class='info'>2021-01-22 10:59 来源：创新教育论文</div>"
        f"<div class='content'>{paras}<p>{closing}</p></div></div>"
        "<div class='tags'>关键词阅读：<a href='/t/1'>高校思政教育新常态及创新探究</a></div>"
    )
    return run(body, "<title>高校创新能力培养下教育教学管理探究 - 论文范文资料</title>")


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("作者:王海 单位:九州职业技术学院", "王海"),
        ("本文作者：刘小兰 单位：广西玉林农业学校", "刘小兰"),
        ("作者:杨婷婷 郭鹏飞 曾澎 单位:南昌理工学院", "杨婷婷、郭鹏飞、曾澎"),
        (
            "作者：朱琦 单位：黑龙江大学化学化工与材料学院 黑龙江省普通高等学校高效转化的化工过程与技术重点实验室",
            "朱琦",
        ),
    ],
)
def test_closing_credit_with_unit_is_cut(closing: str, author: str) -> None:
    out = _paper_page(closing)
    assert out["body"] == "\n\n".join(PAPER)
    assert out["author"] == author


@pytest.mark.parametrize(
    "line",
    [
        "（作者单位：九州职业技术学院）",  # labelcheck4: a note on the writer's unit, text
        "作者：张三 单位：某大学。本文系省教育厅课题的研究成果。",  # a sentence after the credit
    ],
)
def test_unit_lines_that_are_text_stay(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_body([*PAPER, line]) == "\n\n".join([*PAPER, line])


def test_table_unit_line_stays() -> None:
    # a table's unit over its rows names no writer
    rows = ["表1 各地区投资情况", "单位：万元", "地区 投资额 增长率"]
    assert clean_body([*PAPER[:3], *rows]) == "\n\n".join([*PAPER[:3], *rows])


def test_unit_without_a_credit_label_stays() -> None:
    assert not is_boilerplate("单位：九州职业技术学院")


TEXT = [
    "讲科学证据，本来是个好事情，这些年大众读者慢慢觉悟到说要看科普文章，最好看有文献引用的，有出处的那些。",
    "但是科普也分好科普和坏科普。重点不在于是不是科普，而是是不是靠谱，这一点常常被忽略。",
    "本来大众的阅读注意力和认知资源就有限，大家都是希望有个准话，所以看上去很美的科普文章就很容易误导人。",
    "我们知道科学的精髓在于研究方法论，而不是结论本身，如果进去的是垃圾，另一头出来的仍然是垃圾。",
    "此外，社科类，心理学类的研究，常常面对的是一个多变量的复杂系统，得到的关系往往很不纯洁。",
    "举个例子，孩子和父母同睡这个问题在研究界撕了几十年，受到大量调节变量的影响，结论几乎总是取决于具体情况。",
    "一个简单的鉴别办法是看期刊质量、被引用数、作者是谁、议题是否有争议、研究方法在证据链上的强度。",
    "放宽心，别执着于唯一正确、非黑即白和最优选择这三个大坑就好，只要不突破底线，人都是有弹性的。",
    "比起论文中的数据，当下的孩子才是最科学的证据，学会观察、体会和理解自家这个特定的孩子更重要。",
    "末尾留一个彩蛋，有兴趣增加科学阅读素养的同学，可以去看一下内在动机和外部奖励关系的那场著名论战。",
]
# a text as long as a post (the page's is 41 paragraphs, 5,256 characters): each paragraph twice
# as long, the others' words after its own
TEXT = [f"{p}{q}" for p, q in zip(TEXT, reversed(TEXT), strict=True)]
OWN_NOTE = "版权声明：本文来自作者的微信公众号「思维改变生活」。未经授权禁止任何形式的转载。"
COMMENT = (
    "很认真地看完，的确没有啥新鲜的观点。但我觉得这是一种对理性思维的全面刻意训练，"
    "当问题真正来临的时候，平时稳扎稳打的素养就能发挥作用，而不是听任潜意识让感性占据了上风。"
)


def _post(first: str, text: list[str]) -> dict:
    paras = "".join(f"<p>{p}</p>" for p in [first, *text])
    body = (
        "<header><a href='/'>Mind Hacks</a><a href='/c/1'>思维改变生活</a></header>"
        "<article><h1 class='entry-title'>信息时代的独立阅读者（二）：怎么阅读科普类文章</h1>"
        f"<div class='entry-content'>{paras}</div></article>"
        "<div id='comments'><h3>5 Comments</h3><ol class='commentlist'>"
        f"<li><div class='meta'>程国情 | April 26, 2017 at 2:10 pm | <a href='#r'>Reply</a></div>"
        f"<p>{COMMENT}</p></li></ol></div>"
    )
    return run(body, "<title>信息时代的独立阅读者（二）：怎么阅读科普类文章 – Mind Hacks</title>")


def test_own_copyright_note_opening_the_text_is_no_site_notice() -> None:
    out = _post(OWN_NOTE, TEXT)
    assert out["body"] is not None
    assert out["body"].endswith(TEXT[-1])
    assert out["body"].startswith(OWN_NOTE)  # the post's own line (LABELLING.md session 34)
    assert TEXT[0] in out["body"]
    assert COMMENT not in out["body"]


def _notice(first: str, rest: list[str]) -> bool:
    html = "<html><body><div id='box'>" + "".join(f"<p>{p}</p>" for p in [first, *rest])
    page = Page(parse_html(html + "</div></body></html>").find("body"))
    box = next(el for el in page.stats if el.get("id") == "box")
    return _is_notice(page, box)


def test_own_note_over_a_long_text_is_no_notice() -> None:
    assert not _notice(OWN_NOTE, TEXT)


def test_site_notice_heading_still_a_notice() -> None:
    # the same long box headed by the site's own notice (本网站…), not this text's
    site = "版权声明：本网站所有内容，凡注明来源为本网的，版权均属本网所有，未经授权不得转载。"
    assert _notice(site, TEXT)
    # a post's short 免责声明 box about this text stays a notice (a few lines, under 800 characters)
    short = "免责声明：本文仅代表作者个人观点，与本网无关。"
    assert _notice(short, ["其原创性以及文中陈述文字和内容未经本站证实。", "请读者仅作参考。"])
    # a heading alone on its line over the notice's prose, whatever follows
    assert _notice("版权与免责声明", TEXT)
