"""follow187: hunt179's and hunt180's first-contact misses, each shape in our own words with its
neighbours (issue 10, session 32)."""

from __future__ import annotations

from incubator_crawler.crawl.process import extract_normalized

_PARA = "<p>" + "学会今年组织了多场学术活动，会员们踊跃参加，交流很多，大家收获颇丰。" * 4 + "</p>"


def _run(html: str, url: str = "http://example.org/2022/01/14/post/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


# 1. a role label inside a Hexo theme's author slot decides the role


def _fluid(slot: str) -> str:
    # Fluid's licence box under the text: Author / the slot's value, Posted on / the date,
    # Licensed under / the licence; article:author the slot's value
    return (
        "<html><head><title>理事会会议成功举办 - 某学会</title>"
        "<meta name='generator' content='Hexo 5.4.0'>"
        f"<meta property='article:author' content='{slot}'></head><body>"
        "<h1>理事会会议成功举办</h1><div class='meta'>January 14, 2022 pm</div>"
        f"<article>{_PARA * 3}</article>"
        "<div class='license-box'><div>理事会会议成功举办</div>"
        f"<div><div>Author</div><div>{slot}</div></div>"
        "<div><div>Posted on</div><div>January 14, 2022</div></div>"
        "<div><div>Licensed under</div><div>CC BY 4.0</div></div></div>"
        "</body></html>"
    )


def test_editor_label_in_author_slot_names_no_writer():
    out = _run(_fluid("编辑：王小明"))
    assert out["author"] is None
    assert out["editor"] == "王小明"


def test_review_label_in_author_slot_names_no_writer():
    assert _run(_fluid("审核：王小明"))["author"] is None


def test_bare_name_in_author_slot_is_the_writer():
    # the neighbour: the owner's bare name in the same slot is the writer
    assert _run(_fluid("王小明"))["author"] == "王小明"


def test_writer_label_in_author_slot_still_a_writer():
    # the neighbour: a writer's label there keeps the name the author
    assert _run(_fluid("作者：王小明"))["author"] == "王小明"


# 2. the headline in the post's heading box beside ``Posted by``, over a text that opens with a
# heading <title> holds a part of


def _hux(section: str) -> str:
    return (
        "<html><head><title>山景家庭旅馆介绍(某城) | 123</title>"
        "<meta property='og:title' content='山景家庭旅馆介绍(某城)'></head><body>"
        "<div class='post-heading'><div class='tags'><a class='tag' href='/tags/x'>家庭旅馆</a></div>"
        "<h1>山景家庭旅馆介绍(某城)</h1><h2 class='subheading'></h2>"
        "<span class='meta'>Posted by 李小山 on Sunday, October 25, 2015</span></div>"
        f"<article><h2>{section}</h2>{_PARA}<h2>旅馆位置</h2>{_PARA * 2}</article>"
        "</body></html>"
    )


def test_h1_in_heading_box_is_the_title():
    out = _run(_hux("旅馆介绍"))
    assert out["title"] == "山景家庭旅馆介绍(某城)"
    assert out["author"] == "李小山"


def test_h1_in_heading_box_over_other_heading():
    # the neighbour: a first heading <title> does not hold changes nothing
    out = _run(_hux("入住须知"))
    assert out["title"] == "山景家庭旅馆介绍(某城)"
    assert out["author"] == "李小山"


# 3. a pen name written as a formula keeps its brackets


def test_formula_pen_name_kept_as_written():
    from incubator_crawler.article.people.names import clean_person

    assert clean_person("雷酸汞Hg(CNO)2、Xingyuan55", role="author") == "雷酸汞Hg(CNO)2、Xingyuan55"


def test_unit_note_after_name_still_dropped():
    # the neighbours: an organisation's acronym in brackets after a name is a note
    from incubator_crawler.article.people.names import clean_person

    assert clean_person("张三(IBM)", role="author") == "张三"
    assert clean_person("HansB （AKA）", role="author") == "HansB"


def test_h1_title_does_not_open_is_no_headline():
    # the neighbour: an h1 in the heading box that <title> does not open with (the blog's
    # name) is not taken by this rule
    html = _hux("旅馆介绍").replace("<h1>山景家庭旅馆介绍(某城)</h1>", "<h1>小山的旅行笔记本</h1>")
    assert _run(html)["title"] != "小山的旅行笔记本"


# 4. a long quote that wins the density count inside a Markdown post's text box

_LYRICS = "<br>".join(f"第{i}行歌词唱的是校园里的日子和朋友们" for i in range(40))


def _quoted_post(after_quote: str) -> str:
    return (
        "<html><head><title>你的模样 | 某社团</title></head><body>"
        "<h1>你的模样</h1><div class='meta'>2017-08-15</div>"
        "<div class='post-body'><p><img src='/a.jpg' alt='a'></p><a id='more'></a>"
        f"<h2>歌词</h2><blockquote><p>{_LYRICS}</p></blockquote>"
        f"<h2>问答</h2>{after_quote}</div>"
        "<div class='footer'><p>版权所有 某社团</p></div></body></html>"
    )


def test_quote_in_text_box_keeps_the_rest_of_the_text():
    html = _quoted_post(
        "<ul><li>你们怎么开始写歌的？</li></ul><p>甲：我们是在宿舍听歌时开始的。</p>"
    )
    body = _run(html)["body"]
    assert "第0行歌词唱的是校园里的日子和朋友们" in body
    assert "甲：我们是在宿舍听歌时开始的。" in body
    assert "歌词" in body.split("\n")[0]


def test_quote_beside_no_sentence_stays_the_text():
    # the neighbour: nothing beside the quote reads as a sentence, the quote alone is the text
    html = _quoted_post("<p>更多</p>")
    body = _run(html)["body"]
    assert "第0行歌词唱的是校园里的日子和朋友们" in body
    assert "更多" not in body


# 5. a tip box's ask under the text ends it


def _tipped(line: str) -> str:
    return (
        "<html><head><title>暖心的一家人 | 某站</title></head><body>"
        "<h1>暖心的一家人</h1><div class='meta'>Posted by 张小礼 on August 2, 2017</div>"
        f"<div class='post'>{_PARA * 3}<p>{line}</p>"
        "<div class='box'><span><a href='/'><img src='/f.png'>某站</a></span>"
        "<p>真诚赞赏，手留余香</p><p>使用微信扫描二维码完成支付</p></div></div>"
        "</body></html>"
    )


def test_tip_ask_ends_the_text():
    body = _run(_tipped("「真诚赞赏，手留余香」"))["body"]
    assert "赞赏" not in body
    assert "二维码" not in body
    assert body.rstrip().endswith("大家收获颇丰。")


def test_praise_in_a_sentence_stays():
    # the neighbour: 赞赏 in a sentence of the text is praise, a line of it
    body = _run(_tipped("他们的善举受到了邻居们的赞赏。"))["body"]
    assert "他们的善举受到了邻居们的赞赏。" in body


# 6. a line that only credits who took the pictures or videos is cut; a caption stays


def _pictured(credit: str) -> str:
    return (
        "<html><head><title>圣诞晚会 | 某社团</title></head><body>"
        "<h1>圣诞晚会</h1><div class='meta'>2018-01-16</div>"
        f"<div class='post-body'>{_PARA * 2}<p><img src='/a.jpg'></p><p>全体合照</p>"
        f"<p>{credit}</p><p>明年再见，祝大家新年快乐！</p></div></body></html>"
    )


def test_picture_credit_line_is_cut():
    body = _run(_pictured("表演照片 cre 某某摄影组"))["body"]
    assert "cre" not in body
    assert "全体合照" in body
    assert "明年再见，祝大家新年快乐！" in body


def test_caption_naming_the_picture_stays():
    # the neighbour: a caption under a picture names what it shows, a line of the text
    body = _run(_pictured("乐队成员在后台排练"))["body"]
    assert "乐队成员在后台排练" in body
