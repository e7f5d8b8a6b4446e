"""Shapes of blog and community-site posts (Jekyll, Hexo, Hugo themes; issue 10, misses28).

Each page here is a small page of our own in the shape the untuned pages of the twenty-first
collection round showed; the values asserted are what a reader of the page takes from it.
"""

from __future__ import annotations

from page_shapes import run

ITEM = (
    "<li><p>第{n}天：{what}，一起来跟大会讲者及社群的同好聊天，没有门票也可以参加，"
    "想参加的朋友务必尽快到报名处签上你的大名，千万不要错过！</p></li>"
)
LISTED = (
    "<div class='text'><p>今年的年会从第一天到第三天各有不同的活动，社群成员都有可能现身其中！</p>"
    "<ul>"
    + "".join(
        ITEM.format(n=n, what=w) for n, w in ((1, "会前派对"), (2, "自由讨论"), (3, "社群议程"))
    )
    + "</ul><p>其他信息请密切关注讨论群组，快来跟我们一起共襄盛举吧！</p></div>"
)


def test_posted_on_line_with_a_nickname_and_an_rfc_date() -> None:
    """``PN Wu (小平) 發表於 Thu, 02 Aug 2018 20:00:00 +0800``: the weekday and the zone offset
    are parts of the date, the bracketed nickname no part of the name; the line is no body."""
    out = run(
        "<article><h1>年会活动汇整，邀请您一同来参加</h1>"
        "<div class='meta'><span>Lin Ke (小林)</span> 發表於 "
        "<span>Thu, 02 Aug 2018 20:00:00 +0800</span></div>" + LISTED + "</article>"
    )
    assert out["published_at"] == "2018-08-02T20:00:00+08:00"
    assert out["author"] == "Lin Ke"
    assert out["body"].startswith("今年的年会从第一天到第三天各有不同的活动")


def test_short_latin_name_posted_on() -> None:
    """A Latin name of two short words (``PN Wu``) before 發表於 is the poster."""
    out = run(
        "<article><h1>年会活动汇整，邀请您一同来参加</h1>"
        "<div class='meta'><span>PN Wu</span> 發表於 <span>Thu, 02 Aug 2018 20:00:00 +0800</span>"
        "</div>" + LISTED + "</article>"
    )
    assert out["author"] == "PN Wu"


def test_list_inside_a_text_keeps_the_paragraphs_around_it() -> None:
    """A list whose items are the text's longest lines outscores its box: the box is the text."""
    out = run(
        "<article><h1>年会活动汇整，邀请您一同来参加</h1><div>2018-08-02</div>"
        + LISTED
        + "</article>"
    )
    assert out["body"].split("\n\n") == [
        "今年的年会从第一天到第三天各有不同的活动，社群成员都有可能现身其中！",
        "第1天：会前派对，一起来跟大会讲者及社群的同好聊天，没有门票也可以参加，"
        "想参加的朋友务必尽快到报名处签上你的大名，千万不要错过！",
        "第2天：自由讨论，一起来跟大会讲者及社群的同好聊天，没有门票也可以参加，"
        "想参加的朋友务必尽快到报名处签上你的大名，千万不要错过！",
        "第3天：社群议程，一起来跟大会讲者及社群的同好聊天，没有门票也可以参加，"
        "想参加的朋友务必尽快到报名处签上你的大名，千万不要错过！",
        "其他信息请密切关注讨论群组，快来跟我们一起共襄盛举吧！",
    ]


NEXT_HEAD = "<meta property='article:published_time' content='2022-02-05T18:13:50.000Z'>"


def next_post(shown: str) -> dict:
    """A Hexo NexT post header: 發表於 / 更新於 <time>s, 分類於, a word count."""
    return run(
        "<article><h1>寒假回顾：大一上学期的总结</h1><div class='post-meta'>"
        "<span><span>發表於</span> <time itemprop='dateCreated datePublished'"
        f" datetime='2022-02-05T18:13:50+00:00'>{shown}</time></span> "
        "<span><span>更新於</span> <time itemprop='dateModified'"
        " datetime='2026-01-09T14:55:54+00:00'>2026-01-09</time></span> "
        "<span><span>分類於</span> <a href='/categories/life/'>生活</a></span> "
        "<span><span>文章字數：</span><span>951</span></span></div>"
        f"<div class='post-body'><p>{'这个学期过得很快，学到了很多东西。' * 6}</p></div>"
        "</article>",
        head=NEXT_HEAD,
    )


def test_time_element_showing_a_day_keeps_that_day() -> None:
    """A UTC time converted to Beijing time crosses midnight: the day the <time> shows wins."""
    out = next_post("2022-02-05")
    assert (out["published_at"], out["published_precision"]) == ("2022-02-05", "day")


def test_time_element_showing_no_day_gives_the_update_day_shown() -> None:
    """A <time> showing no day of its own (a relative age, 3 年前): the head's time is no date a
    reader sees (LABELLING: only a relative age shown; misses59's head-date gate), and the
    update day shown beside it is the date (LABELLING: an update date when no publish date is
    shown)."""
    out = next_post("3 年前")
    assert (out["published_at"], out["published_precision"]) == ("2026-01-09", "day")


MAGAZINE_TEXT = "".join(
    f"<p>----{w}在过去一年里发展很快，用户越来越多，我们应当抓住这个机遇，做出自己的贡献。</p>"
    for w in ("自由软件", "开放源代码", "网络服务器", "桌面应用")
)


def test_heading_that_is_only_a_back_link_is_no_headline() -> None:
    """An old magazine's ``<h1><a>[返回]</a></h1>`` under the bold headline and the spaced name."""
    out = run(
        "<table><tr><td><p align='center'>\u3000</p>"
        "<p align='center'><big><big><strong>自由软件在中国的发展</strong></big></big></p>"
        "<p align='center'><font size='2'>作者：</font><small>林 青</small></p>"
        "<h1 align='center'><a href='cover.html'><font size='2'>[返回]</font></a></h1>"
        f"{MAGAZINE_TEXT}</td></tr></table>",
        head="<title>某某杂志第三期: 自由软件在中国的发展</title>",
    )
    assert (out["title"], out["author"]) == ("自由软件在中国的发展", "林青")


def test_group_in_brackets_after_a_latin_name() -> None:
    """``作者：HansB （AKA）``: the group the writer is with is no part of the name."""
    out = run(
        "<table><tr><td><h1 align='center'>社团的未来：我的思考</h1>"
        "<p align='right'><font size='2'><b>作者：KarlM （AKA）</b></font></p>"
        "<h1 align='center'><font size='2'><a href='cover.html'>[返回]</a></font></h1>"
        f"{MAGAZINE_TEXT}</td></tr></table>",
        head="<title>某某杂志第二期: 社团的未来：我的思考</title>",
    )
    assert (out["title"], out["author"]) == ("社团的未来：我的思考", "KarlM")


REPOST_TEXT = "".join(
    f"<p>{w}，由大学教育学院与专业委员会联合主办的学术年会召开，近两万人观看年会线上直播。</p>"
    for w in ("11月18日", "11月19日", "11月20日")
)
LAB_LD = (
    '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "headline": "专业委员会学术年会召开",'
    ' "author": {"@type": "Person", "name": "KX-DM Lab"}}</script>'
)


def test_reprint_credit_opening_the_text_is_the_source() -> None:
    """``<p><em>转载自X</em></p>`` under the site's lead sentence: the source, cut from the body
    with the closing line that only links the original story."""
    out = run(
        "<article><h1>专业委员会学术年会召开</h1><div class='text'>"
        "<p>教授受邀并进行主旨报告</p><p><em>转载自科技日报</em></p>"
        + REPOST_TEXT
        + "<p><a href='https://news.example.com/n/1'>https://news.example.com/n/1</a></p>"
        "</div></article>",
        head=LAB_LD,
    )
    assert out["source"] == "科技日报"
    assert out["body"].split("\n\n")[:2] == [
        "教授受邀并进行主旨报告",
        "11月18日，由大学教育学院与专业委员会联合主办的学术年会召开，近两万人观看年会线上直播。",
    ]
    assert out["body"].endswith("近两万人观看年会线上直播。")


def test_lab_named_as_the_json_ld_author_is_no_writer() -> None:
    """A Hugo theme's JSON-LD author set to the lab that runs the site (``KX-DM Lab``)."""
    out = run(
        "<article><h1>专业委员会学术年会召开</h1><div class='text'>" + REPOST_TEXT + "</div>"
        "<div class='box'><p>KX-DM Lab</p><p>契而不舍。</p></div></article>",
        head=LAB_LD,
    )
    assert out["author"] is None


NEWS_TEXT = "".join(
    f"<p>从 {v} 起，默认的密码散列算法将从 SHA512 改成 yescrypt，这不需要任何手动调整。</p>"
    for v in ("4.14.0", "4.14.1", "4.14.2")
)


def test_original_title_line_opening_a_translation_is_no_text() -> None:
    """``原文：<a>English title</a>`` opening a translated post: attribution, no body, no source."""
    out = run(
        "<article><h1>默认的密码散列算法的更动</h1><div class='meta'>2023-09-23</div><div>"
        "<p><strong>原文：</strong><a href='https://news.example.org/changes/'>Changes to the"
        " default password hashing algorithm</a></p>" + NEWS_TEXT + "</div></article>"
    )
    assert out["body"].startswith("从 4.14.0 起")
    assert out["source"] is None


def test_original_address_line_is_kept() -> None:
    """``原文链接：<a>https://…</a>`` names the paper the text discusses: a line of the text."""
    out = run(
        "<article><h1>默认的密码散列算法的更动</h1><div class='meta'>2023-09-23</div><div>"
        + NEWS_TEXT
        + "<p>原文：<a href='https://doi.example.org/10.1/x'>https://doi.example.org/10.1/x</a></p>"
        "</div></article>"
    )
    assert out["body"].endswith("原文：https://doi.example.org/10.1/x")


def test_audio_fallback_text_is_no_text() -> None:
    """The fallback line inside <audio> is shown only by a browser that cannot play it."""
    out = run(
        "<article><h1>聊聊浮生，莫问前程</h1><div class='meta'>2019-06-01</div><div>"
        "<audio autoplay><source src='/bgm.mp3' type='audio/mpeg'>"
        "Your browser does not support the audio element.</audio>" + NEWS_TEXT + "</div></article>"
    )
    assert out["body"].startswith("从 4.14.0 起")


def licence_box(words: str) -> str:
    """A post's box under the text: 作者 / the name, 发布于 / the date, then ``words``."""
    return (
        "<div class='box'><div><div>聊聊浮生，莫问前程</div><div>https://blog.example.org/p/1/</div>"
        "</div><div><div><div>作者</div><div>Marlow</div></div>"
        "<div><div>发布于</div><div>2021年6月4日</div></div>"
        f"<div><div>{words}</div><div><a href='/licence/'>BY</a></div></div></div></div>"
    )


def blog_post(box: str) -> dict:
    """A Hexo post on a blog named after its owner, no byline, ``box`` under the text."""
    return run(
        "<article><h1>聊聊浮生，莫问前程</h1><div class='meta'>2021年6月4日 晚上</div>"
        "<div class='text'>" + NEWS_TEXT + "</div>" + box + "</article>",
        head="<title>聊聊浮生，莫问前程 - Marlow</title><meta property='og:site_name' content='Marlow'>",
    )


def test_author_in_the_posts_licence_box() -> None:
    """``作者`` / ``Marlow`` in cells of the licence box: the writer, though the blog bears the name."""
    assert blog_post(licence_box("许可协议"))["author"] == "Marlow"


def test_author_cell_outside_a_licence_box_names_no_one() -> None:
    """The same cells with no licence word around them: no writer."""
    assert blog_post(licence_box("阅读次数"))["author"] is None


def test_a_programs_printed_output_closing_the_post_credits_no_one() -> None:
    """A C lesson ending with the program's output in a highlighter's box (Hexo:
    ``figure.highlight`` > ``td.code`` > ``pre``): ``作者：谭浩强，书名：C程序设计`` is what the
    program prints, no credit of the post; the post's own 本文作者 line below still is one."""
    listing = (
        "<figure class='highlight c'><table><tr><td class='gutter'><pre>1</pre></td>"
        "<td class='code'><pre><span class='line'>作者：谭浩强，书名：C程序设计，价格：33.000000"
        "</span></pre></td></tr></table></figure>"
    )
    body = (
        "<article><h1>C语言结构体</h1><div class='post'>" + LISTED + "<p>运行结果如下：</p>"
        + listing + "</div><p>本文作者： Gongshan He</p></article>"
    )  # fmt: skip
    assert run(body)["author"] == "Gongshan He"
    assert run(body.replace("<p>本文作者： Gongshan He</p>", ""))["author"] is None
