"""Meta lines as other CMSs print the same fields (robust51: ``benchmarks/variants.py``).

Each page is a small page of our own in the shape a variant of a dev page showed breaking; the
values asserted are what a reader of the page takes from it.
"""

from __future__ import annotations

from page_shapes import PROSE, run


def test_empty_dedecms_slots_glued_together_credit_no_one() -> None:
    """``来源:作者:点击:次``: DedeCMS left the source, author and hit count blank, each label
    glued to the one before; 点击 is the counter's label, not the author's name."""
    out = run(
        "<h1>园区召开年度工作会议</h1>"
        "<div class='info'>时间:2014-11-18 01:51 | 来源:作者:点击:次</div>"
        f"<div class='content'><p>{PROSE}</p></div>"
    )
    assert (out["author"], out["source"]) == (None, None)
    assert out["published_at"] == "2014-11-18T01:51:00+08:00"


def test_poster_office_before_a_slash_is_no_author() -> None:
    """``发布者：团委 / 发布时间：…``: the items parted by slashes; the posting office stays no
    author as it does with the items in spans of their own (hbue.edu.cn's WebPlus line)."""
    for sep in (" / ", "</span><span>"):
        out = run(
            "<h1>园区召开年度工作会议</h1>"
            f"<p class='arti_metas'><span>发布者：团委{sep}发布时间：2026-04-02{sep}"
            f"浏览次数：10</span></p><div class='content'><p>{PROSE}</p></div>"
        )
        assert (out["author"], out["published_at"]) == (None, "2026-04-02")


def test_person_before_a_slash_keeps_the_name() -> None:
    """``作者：张三 / 发布时间：…``: the writer's name without the slash that parts the items."""
    out = run(
        "<h1>园区召开年度工作会议</h1>"
        "<p>作者：张三 / 发布时间：2026-04-02 / 浏览次数：10</p>"
        f"<div class='content'><p>{PROSE}</p></div>"
    )
    assert out["author"] == "张三"


NEXT_HEAD = "<meta property='article:published_time' content='2022-02-05T18:13:50.000Z'>"


def test_hexo_line_as_plain_text_keeps_the_day_shown() -> None:
    """Hexo NexT's ``發表於 2022-02-05 更新於 2026-01-09`` printed as text, no <time>: the meta
    tag's ``…18:13:50Z`` is 02-06 in Beijing time, the reader sees 2022-02-05."""
    for sep in ("\u3000", "&nbsp;&nbsp;", "<br>"):
        out = run(
            "<h1>寒假回顾：大一上学期的总结</h1>"
            f"<div class='post-meta'>發表於{sep}2022-02-05{sep}更新於{sep}2026-01-09{sep}"
            f"分類於{sep}生活</div><div class='post-body'><p>{'这个学期过得很快，学到了很多东西。' * 6}"
            "</p></div>",
            head=NEXT_HEAD,
        )
        assert (out["published_at"], out["published_precision"]) == ("2022-02-05", "day")


def test_line_showing_the_beijing_day_keeps_the_converted_time() -> None:
    """The line shows 2022-02-06, the converted day: the meta tag's time stands as it was."""
    out = run(
        "<h1>寒假回顾：大一上学期的总结</h1><div class='post-meta'>發表於 2022-02-06</div>"
        f"<div class='post-body'><p>{'这个学期过得很快，学到了很多东西。' * 6}</p></div>",
        head=NEXT_HEAD,
    )
    assert out["published_at"][:10] == "2022-02-06"


STORY = "<div class='text'><p>" + PROSE + "</p></div>"


def test_column_word_heading_gives_way_to_the_title_it_is_not_in() -> None:
    """The headline drawn by a script, shown only in <title>: the ``<h3>港聞</h3>`` left above
    the date line is the column's, <title>'s first segment the headline."""
    out = run(
        "<h3>港聞</h3><div class='date'>2020-08-08</div>" + STORY,
        head="<title>全民自願驗 林鄭認無禁足成效打折 - 20200808 - 港聞 - 每日明報 - 明報新聞網</title>",
    )
    assert out["title"] == "全民自願驗 林鄭認無禁足成效打折"


def test_column_word_over_the_date_line_is_no_headline() -> None:
    """``<div>公司新闻</div>`` over the date line, <title> ``标题 - 公司名``: the title's headline."""
    out = run(
        "<div class='lm'>公司新闻</div><p>发布时间：2024-03-10 02:47:51 作者：</p>" + STORY,
        head="<title>徐州鸿扬公司召开工作会议，共谋未来发展 - 徐州鸿扬网络信息技术有限公司</title>",
    )
    assert out["title"] == "徐州鸿扬公司召开工作会议，共谋未来发展"


def test_short_headline_that_opens_the_title_stays() -> None:
    """A poem's two-character name in its h1, <title> opening with it: the h1 is the headline."""
    out = run(
        "<h1>夜雨</h1><h3>赏析</h3>" + STORY,
        head="<title>夜雨_原文、翻译及赏析_白居易诗词_读古诗词网</title>",
    )
    assert out["title"] == "夜雨"


def test_short_heading_under_a_site_first_title_stays() -> None:
    """<title> ``凯里市人民政府 - 通知``: its first segment is the site's, no headline."""
    out = run(
        "<h1>通知</h1><div class='date'>2024-03-10</div>" + STORY,
        head="<title>凯里市人民政府 - 通知</title>",
    )
    assert out["title"] == "通知"


TRAIL_URL = "http://www.example.com/show.php?id=15"
HEADED = "<h1>园区召开年度工作会议</h1><p>发布时间：2024-01-01</p>" + STORY


def test_list_of_links_closed_by_an_unlinked_zhengwen_is_a_trail() -> None:
    """``<ul><li><a>资讯</a></li><li><a>上市公司</a></li><li>正文</li></ul>``, separators drawn by
    CSS, no home item: the list ends in the page's kind, as no menu does."""
    out = run(
        "<div class='pos'><ul class='c2'><li><a href='/news/'>资讯</a></li>"
        "<li><a href='/news/listedCo/'>上市公司</a></li><li>正文</li></ul></div>" + HEADED,
        url=TRAIL_URL,
    )
    assert out["category"] == "资讯 > 上市公司"


def test_links_parted_by_images_closed_by_zhengwen_are_a_trail() -> None:
    """``<a>监管</a><img><a>上交所</a><img>正文``: arrow images part the items."""
    out = run(
        "<div class='pos'><a href='/news/'>监管</a><img src='/images/arrow.gif'>"
        "<a href='/news/listedCo/'>上交所</a><img src='/images/arrow.gif'>正文</div>" + HEADED,
        url=TRAIL_URL,
    )
    assert out["category"] == "监管 > 上交所"


def test_menu_list_of_links_is_no_trail() -> None:
    """A menu's list, every item a link (its last ``文章`` too): no category."""
    out = run(
        "<ul class='nav'><li><a href='/news/'>资讯</a></li><li><a href='/biz/'>财经</a></li>"
        "<li><a href='/post/'>文章</a></li></ul>" + HEADED,
        url=TRAIL_URL,
    )
    assert out["category"] is None


def test_full_width_arrow_trail_drops_the_link_after_its_leaf() -> None:
    """``天涯论坛＞<em><a>情感天地</a></em> <a>[我要发帖]</a>``: the full-width arrow parts the
    items, and the posting link after the leaf, with no arrow before it, is no item."""
    out = run(
        "<p class='crumbs'><a href='http://bbs.tianya.cn'>天涯论坛</a>＞<em>"
        "<a href='/list-feeling-1.shtml'>情感天地</a></em> "
        "<a href='compose.jsp?item=feeling' rel='nofollow'>[我要发帖]</a></p>" + HEADED,
        url="http://bbs.tianya.cn/post-feeling-4241027-1.shtml",
    )
    assert out["category"] == "天涯论坛 > 情感天地"


def test_tweet_button_beside_the_date_is_no_writer() -> None:
    """A share bar's ``Tweet`` button before the date (oncc's toolbar, its order turned): a
    widget's word, as ``Share`` is, no account name."""
    out = run(
        "<h1>园区召开年度工作会议</h1>"
        "<div class='toolBar'>Tweet&nbsp;&nbsp;2020年08月09日 23:16</div>" + STORY
    )
    assert (out["author"], out["published_at"]) == (None, "2020-08-09T23:16:00+08:00")
