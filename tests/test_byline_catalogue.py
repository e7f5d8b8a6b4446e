"""A catalogue of the author credits Chinese-language pages print, in each place they print them.

Issue 10: the author rules fit the dev pages' layouts. Each shape below is one a reader meets on
news, government, university and blog pages (written here by hand, not copied from a page), run
through the extractor at every place a CMS puts a credit: beside the date under the headline, as
a line of its own under it, as the text's first line, as a line closing the text and set flush
right under it. Each must give the exact writers. Shapes a place does not fit (a bracketed
dispatch run into the first sentence) have tests of their own below.
"""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

H = "<h1>园区召开产业发展座谈会</h1>"
LAST = "园区将继续优化营商环境，推动企业创新发展，培育更多高新技术企业。" * 2
TEXT = f"<p>{PROSE}</p><p>{LAST}</p>"
DATE = "<div class='d'>2024-03-05</div>"

PLACES = {
    # beside the date in the meta line, the items parted by a wide gap
    "meta": lambda c: f"{H}<div class='m'>2024-03-05 10:30&nbsp;&nbsp;{c}</div><div>{TEXT}</div>",
    # a line of its own between the headline and the date line
    "line": lambda c: f"{H}<div class='m'>{c}</div>{DATE}<div>{TEXT}</div>",
    # the text's first line
    "first": lambda c: f"{H}{DATE}<div><p>{c}</p>{TEXT}</div>",
    # a line closing the text
    "last": lambda c: f"{H}{DATE}<div>{TEXT}<p>{c}</p></div>",
    # closing the text, set flush right
    "right": lambda c: f"{H}{DATE}<div>{TEXT}<p style='text-align:right'>{c}</p></div>",
}

CREDITS = [
    # newspapers: the outlet's own staff, titled, several people with their titles
    ("本报记者 张明华", "张明华"),
    ("本报记者 张明华 李建国 通讯员 王小红", "张明华、李建国、王小红"),
    ("记者 张明华 实习生 李建国", "张明华、李建国"),
    ("新华社记者 张明华", "张明华"),
    ("人民日报记者 张明华", "张明华"),
    ("光明日报记者 张明华 通讯员 王小红", "张明华、王小红"),
    ("首席记者 张明华", "张明华"),
    ("见习记者 张明华", "张明华"),
    ("特约记者 张明华", "张明华"),
    ("特約記者 張明華", "張明華"),
    ("駐站記者 張明華", "張明華"),
    ("通讯员 王小红", "王小红"),
    ("本报记者 张明华 本报通讯员 王小红", "张明华、王小红"),
    ("融媒体记者 张明华", "张明华"),
    ("本报全媒体记者 张明华", "张明华"),
    ("通讯员 王小红 记者 张明华", "王小红、张明华"),
    ("记者 张明华 见习记者 李建国", "张明华、李建国"),
    # the first name untitled, the paper's reporter after it (a hospital's closing line, misses44)
    ("王小红 本报记者张明华", "王小红、张明华"),
    ("王小红 记者 张明华", "王小红、张明华"),
    ("香港01記者 張明華", "張明華"),
    ("记者 张明华 发自北京", "张明华"),
    # where it was reported, after the names (misses57)
    ("人民日报记者 张明华 李建国 自上海报道", "张明华、李建国"),
    ("本报记者 张明华 报道", "张明华"),
    ("本报记者 张明华 摄影报道", "张明华"),
    ("■记者 张明华", "张明华"),
    ("【记者 张明华】", "张明华"),
    ("（记者 张明华）", "张明华"),
    ("记者｜张明华", "张明华"),
    # a column's writer, titled as Taiwan's and Hong Kong's papers do, and a contributing writer
    ("专栏作家 张明华", "张明华"),
    ("專欄作家 張明華", "張明華"),
    ("■本报特约撰稿人 张明华", "张明华"),
    # 文 and its kin: before or after the name, with a slash, a bar, a colon or a middle dot
    ("文/张明华 图/李建国", "张明华"),
    ("文｜张明华", "张明华"),
    ("文 / 张明华", "张明华"),
    ("文·张明华", "张明华"),
    ("文/图 张明华", "张明华"),
    ("张明华/文", "张明华"),
    ("张明华／文 李建国／图", "张明华"),
    ("张明华 文/图", "张明华"),
    # a magazine's space for the slash (misses44)
    ("张明华 文", "张明华"),
    ("张明华 李建国 文", "张明华、李建国"),
    ("张明华 文 李建国 图", "张明华"),
    ("文：张明华 摄影：李建国", "张明华"),
    ("文：張明華　圖：李建國", "張明華"),
    ("撰文 張明華 攝影 李建國", "張明華"),
    ("撰文：张明华", "张明华"),
    ("撰稿：张明华", "张明华"),
    ("采写：张明华", "张明华"),
    # 作者 with the writer's unit, with the source on the same line, or several writers
    ("作者：张明华（浙江大学管理学院）", "张明华"),
    ("文／張明華（作家）", "張明華"),
    ("作者 张明华 来源 科技日报", "张明华"),
    ("来源：科技日报 作者：张明华", "张明华"),
    ("作者 | 张明华", "张明华"),
    ("作者丨张明华", "张明华"),
    ("作者：张明华、李建国", "张明华、李建国"),
    ("作者：张明华，李建国", "张明华、李建国"),
    ("作者：张明华 李建国", "张明华、李建国"),
    ("作者：张明华/李建国", "张明华、李建国"),
    ("作者：张明华和李建国", "张明华、李建国"),
    ("作者：计算机学院 张明华", "张明华"),
    ("作者：浙江大学 张明华 李建国", "张明华、李建国"),
    ("作者：张明华（浙江大学） 李建国（复旦大学）", "张明华、李建国"),
    ("作者：张明华1 李建国2", "张明华、李建国"),
    ("作者：张明华¹，李建国²", "张明华、李建国"),
    ("作者：约翰·史密斯（美国）", "约翰·史密斯"),
    # the writer's organisation as an acronym in brackets
    ("作者：张明华（AKA）", "张明华"),
    ("作者：HansB （AKA）", "HansB"),
    ("文 | 张明华 （浙江大学经济学院教授）", "张明华"),
    ("供稿：计算机学院 撰稿：张明华 摄影：李建国 编辑：王小红 审核：赵六", "张明华"),
    # who drafted it, who did both text and pictures, a translator
    ("执笔：张明华", "张明华"),
    ("执笔人：张明华", "张明华"),
    ("文图：张明华", "张明华"),
    # the same in the slash form (misses44)
    ("文图/张明华", "张明华"),
    ("文、图/张明华", "张明华"),
    # the original's writer on a repost, and in a blog theme's licence box (misses44)
    ("原作者：张明华", "张明华"),
    ("原文作者：张明华", "张明华"),
    ("编译：李建国", "李建国"),
    ("译者：李建国", "李建国"),
    ("记者 张明华 李建国", "张明华、李建国"),
    # Taiwan's report bylines and a wire service's dispatch line
    ("記者張明華／台北報導", "張明華"),
    ("【記者張明華／台北報導】", "張明華"),
    ("記者張明華、李建國／台北報導", "張明華、李建國"),
    ("中央社記者張明華台北5日電", "張明華"),
    # pen names signing with 文 or in a 作者 slot
    ("文/去驴行", "去驴行"),
    ("作者：明敏/允中", "明敏、允中"),
    # an English byline on a Chinese page (LABELLING.md, people3)
    ("By Zhang Minghua", "Zhang Minghua"),
    # an account told to a writer: both are its writers (LABELLING.md, people3)
    ("口述：张明华 整理：李建国", "张明华、李建国"),
]


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize(("credit", "author"), CREDITS)
def test_a_credit_in_each_place_gives_its_writers(credit: str, author: str, place: str) -> None:
    """Every catalogued credit gives exactly its writers wherever the page prints it."""
    assert run(PLACES[place](credit))["author"] == author


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("（记者 张明华）", "张明华"),
        ("本报讯（记者 张明华 通讯员 王小红）", "张明华、王小红"),
        ("新华社北京3月5日电（记者张明华、李建国）", "张明华、李建国"),
        ("（中央社記者張明華台北5日電）", "張明華"),
        ("記者張明華／台北報導", "張明華"),
        ("撰文 張明華 攝影 李建國 ", "張明華"),
        ("（中央社記者張明華華盛頓5日專電）", "張明華"),
        ("中国青年报客户端北京3月5日电（中青报·中青网记者 张明华）", "张明华"),
        ("本报杭州3月5日讯（记者 张明华）", "张明华"),
        ("本报杭州3月5日讯 记者 张明华 通讯员 王小红 ", "张明华、王小红"),
        ("新华社北京3月5日电 记者张明华 ", "张明华"),
        ("（中央社華盛頓5日綜合外電報導）", None),
    ],
)
def test_a_dispatch_run_into_the_first_sentence(credit: str, author: str | None) -> None:
    """A bracketed or dateline credit opening the first paragraph names its writers."""
    rec = run(f"{H}{DATE}<div><p>{credit}{PROSE}</p><p>{PROSE}</p></div>")
    assert rec["author"] == author


@pytest.mark.parametrize(
    "credit", ["张明华/文", "中央社記者張明華台北5日電", "口述：张明华 整理：本报记者 李建国"]
)
def test_a_credit_line_opening_the_text_is_no_paragraph(credit: str) -> None:
    """The credit lines the catalogue adds leave the body, as other byline lines do."""
    rec = run(f"{H}{DATE}<div><p>{credit}</p>{TEXT}</div>")
    assert rec["body"] == f"{PROSE}\n\n{LAST}"


def test_a_forum_posters_name_before_posted_on() -> None:
    """Discuz's post header ``X 发表于 DATE``: the poster wrote the post."""
    rec = run(f"{H}<div class='m'>去驴行 发表于 2024-03-05 10:30</div><div>{TEXT}</div>")
    assert (rec["author"], rec["published_at"]) == ("去驴行", "2024-03-05T10:30:00+08:00")


def test_a_themes_by_before_the_writer() -> None:
    """A blog theme's ``DATE by <a rel=author>X</a>``: X wrote it; ``by`` is no name."""
    rec = run(
        f"{H}<div class='m'>2024-03-05 by <a rel='author' href='/author/zmh'>张明华</a></div>"
        f"<div>{TEXT}</div>"
    )
    assert rec["author"] == "张明华"


@pytest.mark.parametrize("credit", ["By Staff Reporter", "By China Daily", "By the end of 2023"])
def test_by_before_an_outlet_or_words_names_no_one(credit: str) -> None:
    """``By`` before a desk, an outlet or a sentence's words gives no writer."""
    assert run(PLACES["line"](credit))["author"] is None


@pytest.mark.parametrize("value", ["张和平", "张三和平安"])
def test_a_name_holding_he_stays_one_name(value: str) -> None:
    """和 parts two writers only when both sides read as surname-led names."""
    assert run(PLACES["meta"](f"作者：{value}"))["author"] == value


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        # a source label with no colon after the writer is the next item, no second writer
        ("作者 张明华 编辑 李建国", "张明华"),
        ("记者 张明华 来源 科技日报", "张明华"),
    ],
)
def test_a_bare_label_after_the_writer_starts_the_next_item(credit: str, author: str) -> None:
    """The writer's value ends at another field's label written without a colon."""
    assert run(PLACES["meta"](credit))["author"] == author


@pytest.mark.parametrize(
    "body",
    [
        # the site's hidden metas are no byline a reader sees (LABELLING.md, tenth round)
        f"{H}{DATE}<div>{TEXT}</div>",
        # photographers, editors and an author's note name no writer
        f"{H}{DATE}<div><p>本报记者 张明华 摄</p>{TEXT}</div>",
        f"{H}{DATE}<div><p>图/张明华</p>{TEXT}</div>",
        f"{H}{DATE}<div>{TEXT}<p>编辑：张明华</p></div>",
        f"{H}{DATE}<div>{TEXT}<p>（作者单位：浙江大学管理学院）</p></div>",
        f"{H}{DATE}<div>{TEXT}<p>作者简介：张明华，浙江大学教授。</p></div>",
        # a person in the headline or the first sentence, related articles' and comments' names
        f"<h1>张明华：园区发展要靠创新</h1>{DATE}<div>{TEXT}</div>",
        f"{H}{DATE}<div><p>张明华说，园区今年将继续推进产业发展。{PROSE}</p><p>{PROSE}</p></div>",
        f"{H}{DATE}<div>{TEXT}</div><div><h3>相关文章</h3><ul><li><a href='/b'>作者：李建国 园区调研"
        "</a></li><li><a href='/c'>作者：王小红 座谈会</a></li></ul></div>",
        f"{H}{DATE}<div>{TEXT}</div><div><h3>网友评论</h3><p>网友 李建国 2024-03-06</p>"
        "<p>写得很好</p></div>",
        # a photo story's title headed 图文： in a reference list
        f"{H}{DATE}<div>{TEXT}</div><ol><li>图文：园区企业家张明华开讲--创业论坛 ．新浪</li></ol>",
        # a translated sentence, a forum's reply to the thread's poster
        f"{H}{DATE}<div><p>翻译：园区今年将继续推进产业发展，培育更多企业。</p>{TEXT}</div>",
        f"{H}{DATE}<div>{TEXT}<p>回复楼主：说得很好，支持！</p></div>",
        # the account that uploaded the page
        f"{H}<div class='m'>2024-03-05 上传者：admin</div><div>{TEXT}</div>",
    ],
)
def test_no_writer_where_the_page_credits_none(body: str) -> None:
    """Pages that name people but credit no writer give no author."""
    head = "<meta name='author' content='张明华'>"
    assert run(body, head=head)["author"] is None


# --------------------------------------------------------------------------- false writers
# Shapes of the unlabelled pool's false or missed writers (benchmarks/unlabelled.py people
# --all-repos), each rewritten as a page of our own.


def test_a_column_in_a_datelines_brackets_is_no_writer() -> None:
    """``新华社北京6月11日电 （全球热点）``: a column's name where the reporters usually stand; the
    writers are the credit closing a paragraph, the editor beside them."""
    rec = run(
        f"{H}{DATE}<div><p>新华社北京6月11日电 （全球热点）园区召开座谈会。{PROSE}</p>"
        "<p>园区企业代表参加会议，共同研究推动发展。（记者：陈静、闫洁；编辑：王丰丰）</p></div>"
    )
    assert (rec["author"], rec["editor"]) == ("陈静、闫洁", "王丰丰")


def test_untitled_names_in_a_datelines_brackets_are_writers() -> None:
    """The same brackets holding surname-led names credit them, title or not."""
    rec = run(
        f"{H}{DATE}<div><p>新华社北京6月11日电（张明华 李建国）{PROSE}</p><p>{LAST}</p></div>"
    )
    assert rec["author"] == "张明华、李建国"


@pytest.mark.parametrize("place", list(PLACES))
def test_a_padded_two_character_name_first_in_a_byline(place: str) -> None:
    """人民日报 pads a two-character name to three columns (``方 敏``), first in the byline too."""
    rec = run(PLACES[place]("本报记者 方 敏 李心萍 丁怡婷"))
    assert rec["author"] == "方敏、李心萍、丁怡婷"


@pytest.mark.parametrize("name", ["Guest", "游客", "访客"])
def test_a_forums_visitor_name_is_no_writer(name: str) -> None:
    """The name a forum shows a visitor who is not logged in names no writer."""
    assert run(PLACES["meta"](f"作者：{name}"))["author"] is None


@pytest.mark.parametrize(("label", "value"), [("发布时间", "2024-03-05"), ("来源", "科技日报")])
def test_a_label_glued_after_the_writer_in_bare_spans(label: str, value: str) -> None:
    """Items set in bare spans read ``作者张明华发布时间2024-03-05``: the writer ends at the label."""
    info = (
        f"<div><span>作者</span><span>张明华</span><span>{label}</span><span>{value}</span></div>"
    )
    assert run(f"{H}{info}<div>{TEXT}</div>")["author"] == "张明华"


# --------------------------------------------------------------------------- pen names


def _signed(name: str, meta: str | None) -> dict:
    head = f"<meta name='author' content='{meta}'>" if meta else ""
    return run(f"{H}{DATE}<div>{TEXT}<p style='text-align:right'>{name}</p></div>", head=head)


@pytest.mark.parametrize(
    ("name", "meta", "author"),
    [("去驴行", "去驴行", "去驴行"), ("明敏 允中", "明敏,允中", "明敏、允中")],
)
def test_a_pen_name_signing_the_text_that_the_author_meta_vouches_for(
    name: str, meta: str, author: str
) -> None:
    """A right-aligned pen name led by no surname signs the text when the author meta names it."""
    rec = _signed(name, meta)
    assert (rec["author"], rec["body"]) == (author, f"{PROSE}\n\n{LAST}")


@pytest.mark.parametrize(
    ("name", "meta"), [("去驴行", None), ("去驴行", "张明华"), ("高新区", "高新区")]
)
def test_a_lone_word_signing_the_text_without_a_voucher_is_no_writer(
    name: str, meta: str | None
) -> None:
    """Without the meta naming it, or when it is a place, the word stays text."""
    rec = _signed(name, meta)
    assert rec["author"] is None
    assert rec["body"].endswith(name)


# --------------------------------------------------------------------------- no writer here


@pytest.mark.parametrize("park", ["科技园", "孵化器", "众创空间", "高新区"])
def test_a_park_named_by_its_kind_before_the_date_is_no_writer(park: str) -> None:
    """``科技园 2024-03-05``: the site's park or zone by its kind alone is no one's name."""
    assert run(f"{H}<div class='m'>{park} 2024-03-05</div><div>{TEXT}</div>")["author"] is None


@pytest.mark.parametrize("line", ["李家村", "周末愉快"])
def test_a_village_or_a_phrase_led_by_a_surname_is_no_writer(line: str) -> None:
    """A village (``李家村``) above or under the text, a four-character phrase (``周末愉快``)
    set flush right: led by a surname's character, no name."""
    assert run(PLACES["first"](line))["author"] is None
    assert run(PLACES["right"](line))["author"] is None


@pytest.mark.parametrize("name", ["欧阳明华", "司马光", "范姜佳鈺", "陳林美玲"])
def test_a_compound_surname_signs_the_text(name: str) -> None:
    """Four characters sign when a compound surname or two surnames lead them (three after a
    compound one)."""
    assert run(PLACES["right"](name))["author"] == name


def test_a_features_dashed_subtitle_is_no_signature() -> None:
    """``——记园区企业家张明华`` under the headline is the subtitle, not a dashed signature."""
    sub = "<div class='s'>——记园区企业家张明华</div>"
    assert run(f"{H}{sub}<div class='m'>2024-03-05 10:30</div><div>{TEXT}</div>")["author"] is None


def test_a_dashed_name_beside_the_date_still_signs() -> None:
    """``——张明华`` on its own line beside the date is the writer's dashed signature."""
    sub = "<div class='s'>——张明华</div>"
    assert (
        run(f"{H}{sub}<div class='m'>2024-03-05 10:30</div><div>{TEXT}</div>")["author"] == "张明华"
    )


@pytest.mark.parametrize("mark", ["本站讯", "本报讯", "园区网讯"])
def test_an_outlets_xun_beside_the_date_is_no_writer(mark: str) -> None:
    """``本站讯`` ("this site reports") where a name could stand is a dateline, no one's name."""
    for place in ("line", "meta"):
        assert run(PLACES[place](mark))["author"] is None


@pytest.mark.parametrize(
    "link",
    [
        "<a rel='author' href='/author/zmh'>张明华</a>",
        "<a itemprop='author' href='/author/zmh'>张明华</a>",
        "<span class='author vcard'><a class='url fn n' href='/author/zmh'>张明华</a></span>",
    ],
)
def test_a_standard_author_mark_alone_under_the_headline(link: str) -> None:
    """A theme's byline line holding only an element a standard marks as the writer (rel=author,
    microdata, hCard) names the writer, each mark ahead of a bracketed name closing the text
    (once only rel=author was, the other two ranked last)."""
    by = f"<div class='by'>{link}</div>"
    assert run(f"{H}{DATE}{by}<div>{TEXT}</div>")["author"] == "张明华"
    signed = f"<div><p>{PROSE}</p><p>{LAST}（钟才文）</p></div>"
    assert run(f"{H}{DATE}{by}{signed}")["author"] == "张明华"


def test_a_colonless_meta_line_of_single_spaces() -> None:
    """``作者 张明华 来源 科技日报 时间 2024-03-05``: each colon-less label ends the item before it."""
    meta = "<div class='m'>作者 张明华 来源 科技日报 时间 2024-03-05</div>"
    assert run(f"{H}{meta}<div>{TEXT}</div>")["author"] == "张明华"


@pytest.mark.parametrize("label", ["發佈日期", "發布日期", "發布時間"])
def test_a_colonless_publish_label_in_traditional_script_ends_the_writer(label: str) -> None:
    """``作者 張明華 發佈日期 2024-03-05``: each script's publish-date label ends the item before it
    (labels.PUBLISH_DATE_LABELS), as 发布时间 does."""
    meta = f"<div class='m'>作者 張明華 {label} 2024-03-05</div>"
    assert run(f"{H}{meta}<div>{TEXT}</div>")["author"] == "張明華"


@pytest.mark.parametrize(
    "end", ["<p>图为园区一角</p>", "<table><tr><td>企业</td><td>数量</td></tr></table>"]
)
def test_a_signature_over_its_date_under_a_text_ending_in_no_sentence(end: str) -> None:
    """A caption or a table closing the text, then the writer's name and the date set flush right:
    the name signs it (the date under it says so where no last sentence does)."""
    right = "<p style='text-align:right'>{}</p>"
    sig = right.format("张明华") + right.format("2024年3月5日")
    assert run(f"{H}<div><p>{PROSE}</p><p>{LAST}</p>{end}{sig}</div>")["author"] == "张明华"


def test_a_right_aligned_name_under_a_caption_alone_stays_text() -> None:
    """Without the date under it, a name under a caption may be the caption's: no writer."""
    right = "<p style='text-align:right'>张明华</p>"
    rec = run(f"{H}{DATE}<div><p>{PROSE}</p><p>{LAST}</p><p>图为园区一角</p>{right}</div>")
    assert rec["author"] is None


def test_a_sentence_in_a_reporters_brackets_names_no_one() -> None:
    """``本报讯（记者从市科技局获悉）``: the brackets hold what the reporter learnt, no name."""
    rec = run(f"{H}{DATE}<div><p>本报讯（记者从市科技局获悉）{PROSE}</p><p>{LAST}</p></div>")
    assert rec["author"] is None


def test_the_posting_account_beside_the_date_leaves_the_signature_to_name_the_writer() -> None:
    """``DATE by 管理员`` names no writer, and the signature under the text still does."""
    meta = "<div class='m'>2024-03-05 by 管理员</div>"
    sig = "<p style='text-align:right'>张明华</p>"
    assert run(f"{H}{meta}<div>{TEXT}{sig}</div>")["author"] == "张明华"


def test_a_stop_closing_the_credit_line_is_no_part_of_the_name() -> None:
    """``作者：张明华。``: the line's full stop is cut from the name."""
    assert run(PLACES["meta"]("作者：张明华。"))["author"] == "张明华"


# --------------------------------------------------------------------------- a paper's staff line
# A paper's byline line credits its staff after the reporters, each job title led by the paper's
# short name (每经's shape, written here with a paper of our own, 园报): the lead belongs to the
# title and is no name; the editor it credits is an editor, a proofreader or an art editor no one's
STAFF_LINES = [
    ("园报记者 张明华 园报编辑 李建国", "张明华", "李建国"),
    ("园报记者 张明华 园报编辑：李建国", "张明华", "李建国"),
    ("园报记者 张明华 园报责编 李建国", "张明华", "李建国"),
    ("园报记者 张明华 园报实习记者 王小红 园报编辑 李建国", "张明华、王小红", "李建国"),
    (
        "园报见习记者 张明华 园报通讯员 王小红 园报编辑 李建国 园报校对 赵六",
        "张明华、王小红",
        "李建国",
    ),
    ("记者 张明华 编辑 李建国 校对 赵六", "张明华", "李建国"),
    ("园报记者 张明华 园报美编 赵六", "张明华", None),
]


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize(("credit", "author", "editor"), STAFF_LINES)
def test_a_papers_staff_line_gives_its_writers_and_editor(
    credit: str, author: str, editor: str | None, place: str
) -> None:
    """The reporters are the authors, the editor the editor, wherever the line stands."""
    rec = run(PLACES[place](credit))
    assert (rec["author"], rec["editor"], rec["source"]) == (author, editor, None)


@pytest.mark.parametrize(
    "foot",
    ["<p>（责任编辑：周小平 AB123）</p></div>", "</div><div class='foot'>责任编辑：周小平</div>"],
)
def test_a_staff_lines_editor_counts_with_the_trailers(foot: str) -> None:
    """``园报编辑 李建国`` opening the text and ``责任编辑：周小平`` closing it: both edited it."""
    rec = run(f"{H}{DATE}<div><p>园报记者 张明华 园报编辑 李建国</p>{TEXT}{foot}")
    assert (rec["author"], set(rec["editor"].split("、"))) == ("张明华", {"李建国", "周小平"})
    assert rec["body"] == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2024-03-05 10:30&nbsp;&nbsp;园报记者 张明华", None),
        (
            "字号&nbsp;&nbsp;来源：园报&nbsp;&nbsp;2024-03-05 10:30&nbsp;&nbsp;园报记者 张明华",
            "园报",
        ),
    ],
)
def test_a_reporters_title_after_the_date_is_no_outlet(line: str, source: str | None) -> None:
    """``DATE 园报记者 X``: the paper's name leads the reporter's title, which names no source."""
    rec = run(f"{H}<div class='m'>{line}</div><div>{TEXT}</div>")
    assert (rec["author"], rec["source"]) == ("张明华", source)


@pytest.mark.parametrize("place", ["line", "first", "last", "right"])
@pytest.mark.parametrize("credit", ["校园 文", "相关 文", "英语 文"])
def test_a_word_before_a_spaced_wen_names_no_one(credit: str, place: str) -> None:
    """``X 文`` without a slash credits X only when X reads as a person's name (misses44)."""
    assert run(PLACES[place](credit))["author"] is None


def test_an_original_writer_opening_a_text_broken_by_br() -> None:
    """``原作者：X`` heading a code page's text of ``<br>`` lines (a coding site's repost of a
    forum answer, 2015) names its writer and leaves the text (misses44)."""
    rec = run(
        f"{H}{DATE}<div class='art_content'>原作者：IAmTrue&nbsp;<br /><br />"
        f"-------------------------&nbsp;<br />{PROSE}&nbsp;<br />{LAST}<br /></div>"
    )
    assert rec["author"] == "IAmTrue"
    assert rec["body"] == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("<span>作者</span><span>TyuzuChou</span>", "TyuzuChou"),
        ("作者张明华", "张明华"),
        ("作者简介", None),
        ("作者信息", None),
    ],
    ids=["spans-latin", "glued-name", "box-heading", "glued-word"],
)
def test_a_label_glued_to_the_name_on_a_line_of_its_own(line: str, author: str | None) -> None:
    """A 作者 label printed flush against the name under the headline is no part of it, and
    ``作者简介`` there names no one (misses44: it was read as an account's name, label and all)."""
    assert run(PLACES["line"](line))["author"] == author


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("credit", ["张明华 摄", "张明华 摄影", "张明华/摄"])
def test_a_photographers_credit_names_no_writer(credit: str, place: str) -> None:
    """A name closed by 摄 credits the pictures (LABELLING.md), beside the date too (misses44:
    the name after the date was read as the writer's)."""
    assert run(PLACES[place](credit))["author"] is None


@pytest.mark.parametrize("place", ["line", "first", "last", "right"])
@pytest.mark.parametrize("line", ["李明 记者了解到", "心内五刘欢 记者胡波"])
def test_an_untitled_first_word_that_is_no_name_gives_no_byline(line: str, place: str) -> None:
    """Before a titled name, only a person's name makes the line a byline (misses44): a
    sentence's words, or a ward glued to a name, are not read as writers."""
    assert run(PLACES[place](line))["author"] is None


def test_a_byline_below_a_caption_and_the_papers_headline_lines() -> None:
    """A portal's repost of a paper's page opens its text with the photo's caption and the
    paper's two headline lines, then ``本报记者 X`` (people.com.cn, misses44): the writer, and
    the line leaves the text as an opening byline does."""
    caption = "工人在流水线上生产作业。本报记者 李建国摄"
    heads = "<p>打造四千余万工作机会 开辟创新创业广阔天地</p><p>园区就业强劲升温(网上中国)</p>"
    more = "电商对园区整体就业形势有何影响？又将表现出怎样的趋势？"
    rec = run(
        f"{H}{DATE}<div><p>{caption}</p>{heads}<p>本报记者 张明华</p><p>{more}</p>{TEXT}</div>"
    )
    assert rec["author"] == "张明华"
    assert rec["body"] == (
        f"{caption}\n\n打造四千余万工作机会 开辟创新创业广阔天地\n\n园区就业强劲升温(网上中国)"
        f"\n\n{more}\n\n{PROSE}\n\n{LAST}"
    )


# --------------------------------------------------------------------------- outlet + names
# A line of its own opening the text: the outlet's name, then its writers (misses57, ccdi.gov.cn's
# ``中央纪委国家监委网站 吕佳蓉`` and ``… 曹溢 自江西报道``), one shape per outlet ending.


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("中央纪委国家监委网站 张明华", "张明华"),
        ("中央纪委国家监委网站 张明华 自江西报道", "张明华"),
        ("新华社 张明华 李建国", "张明华、李建国"),
        ("江西日报 张明华 李建国 自南昌报道", "张明华、李建国"),
        ("中国网 张明华", "张明华"),
        ("本网记者 张明华", "张明华"),
        ("江西日报记者 张明华 李建国 自南昌报道", "张明华、李建国"),
        ("江西广播电视台 张明华", "张明华"),
        ("区融媒体中心 张明华", "张明华"),
    ],
)
def test_an_outlet_and_its_writers_opening_the_text(credit: str, author: str) -> None:
    """``OUTLET NAME [自X报道]`` opening the text names the writers and leaves the body."""
    rec = run(f"{H}{DATE}<div><p>{credit}</p>{TEXT}</div>")
    assert (rec["author"], rec["body"]) == (author, f"{PROSE}\n\n{LAST}")


@pytest.mark.parametrize(
    "line",
    [
        "小切口发力深化作风建设",  # a heading line: no outlet word
        "科技服务平台 张明华",  # 平台 is no outlet
        "ccdi.gov.cn 张明华",  # a domain is no outlet
        "中央纪委国家监委网站 深化作风",  # words, not a person's name
    ],
)
def test_a_heading_or_non_outlet_line_opening_the_text_is_no_writer(line: str) -> None:
    """A short phrase or a name after no outlet's name opening the text credits no writer."""
    assert run(f"{H}{DATE}<div><p>{line}</p>{TEXT}</div>")["author"] is None
