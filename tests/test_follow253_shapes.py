"""follow253: session 34's body leftovers on dev pages, each shape in our own words with its
negative neighbours (issue 10, session 35)."""

from __future__ import annotations

from incubator_crawler.article.body import clean_body, is_boilerplate

_SENTENCE = "社团每周组织一次技术分享，欢迎对网络安全感兴趣的同学报名参加，我们会安排老师指导。"


# --- 1. a 联系我们 heading over the notice's contact line ----------------------------------------


def test_contact_heading_over_a_contact_line_under_text_is_kept():
    body = clean_body([_SENTENCE, "联系我们", "联系电话 13900001111"])
    assert body == f"{_SENTENCE}\n\n联系我们\n\n联系电话 13900001111"


def test_contact_heading_over_a_mail_line_is_kept():
    body = clean_body([_SENTENCE, "联系我们", "邮箱：club@example.org"])
    assert body == f"{_SENTENCE}\n\n联系我们\n\n邮箱：club@example.org"


def test_bare_contact_link_over_other_text_is_cut():
    body = clean_body([_SENTENCE, "联系我们", "下一期活动将在五月举行，请大家留意通知。"])
    assert body == f"{_SENTENCE}\n\n下一期活动将在五月举行，请大家留意通知。"


def test_contact_heading_opening_the_text_is_cut():
    body = clean_body(["联系我们", "联系电话 13900001111", _SENTENCE])
    assert body == f"联系电话 13900001111\n\n{_SENTENCE}"


# --- 2. a 目录 heading whose anchor links were left out ----------------------------------------


def test_contents_heading_over_a_sentence_is_cut():
    assert clean_body(["目录", _SENTENCE]) == _SENTENCE


def test_contents_heading_over_a_labelled_line_is_cut():
    body = clean_body(["目录", "报告主题：《如何读一本书》", _SENTENCE])
    assert body == f"报告主题：《如何读一本书》\n\n{_SENTENCE}"


def test_documents_own_contents_stays():
    paras = ["目录", "第一部分 单位概况", "第二部分 年度预算表", _SENTENCE]
    assert clean_body(paras) == "\n\n".join(paras)


def test_contents_word_inside_the_text_stays():
    paras = [_SENTENCE, "目录", _SENTENCE + "附录见后。"]
    assert clean_body(paras) == "\n\n".join(paras)


# --- 3. a bracket of review credits closing the text -------------------------------------------


def test_closing_review_bracket_with_two_credits_is_cut():
    assert clean_body([_SENTENCE, "（校对/张明华 审核/李晓）"]) == _SENTENCE


def test_closing_bracket_with_other_words_stays():
    paras = [_SENTENCE, "（本次活动/张明华 组织）"]
    assert clean_body(paras) == "\n\n".join(paras)


# --- 4. an account's 本文由…原创 line ------------------------------------------------------------


def test_account_original_credit_is_boilerplate():
    assert is_boilerplate("本文由某某旅游局微信公共号原创。")


def test_original_sentence_of_the_text_is_not():
    assert not is_boilerplate("本文由三位同学合作完成，记录了我们在约克的第一个学期。")


# --- 5. a © line that is a sentence of the text ------------------------------------------------


def test_copyright_sentence_of_the_text_is_kept():
    line = "©2020，著作权为下述签名者所有，此公约可以任何形式自由地复制，但须保留全文。"
    assert not is_boilerplate(line)


def test_site_rights_line_is_still_cut():
    assert is_boilerplate("版权所有，未经授权不得以任何形式转载及使用，违者必究。")
    assert is_boilerplate("© 2020 某某社区 版权所有")
    assert is_boilerplate("Copyright © 2020 Example Club, all rights reserved.")


# --- 6. the headline shown again, or a heading worded unlike it --------------------------------

_TITLE = "开源基金会项目孵化中的知识产权讨论"


def test_opening_heading_adding_a_word_to_the_headline_is_kept():
    heading = "开源软件基金会项目孵化中的知识产权讨论"
    body = clean_body([heading, _SENTENCE], title=_TITLE)
    assert body == f"{heading}\n\n{_SENTENCE}"


def test_opening_heading_one_character_off_is_still_the_headline():
    body = clean_body(["开源基金会项目孵化的知识产权讨论", _SENTENCE], title=_TITLE)
    assert body == _SENTENCE


def test_opening_heading_two_scattered_characters_off_is_still_the_headline():
    body = clean_body(["开源基金会项目孵化的知识产权讨", _SENTENCE], title=_TITLE)
    assert body == _SENTENCE


def test_headline_without_its_column_prefix_opening_the_text_is_cut():
    title = "【社区博客】之 关于软件法规的最新进展：几项改进"
    body = clean_body(["关于软件法规的最新进展：几项改进", _SENTENCE], title=title)
    assert body == _SENTENCE


def test_headline_tail_without_a_bracketed_column_stays():
    title = "社区博客之 关于软件法规的最新进展：几项改进"
    paras = ["关于软件法规的最新进展：几项改进", _SENTENCE]
    assert clean_body(paras, title=title) == "\n\n".join(paras)


# --- 7. the link to the original opening a translated text -------------------------------------


def test_opening_original_link_line_is_cut():
    body = clean_body(["原文链接： https://wiki.example.org/Proposal", _SENTENCE])
    assert body == _SENTENCE


def test_original_link_sentence_in_the_text_stays():
    line = "原文链接在这里，请大家阅读： https://wiki.example.org/Proposal"
    assert clean_body([line, _SENTENCE]) == f"{line}\n\n{_SENTENCE}"


# --- 8. lines that show the web addresses they link -----------------------------------------


_OTHER = "活动结束后，志愿者们把大家的建议整理成文档，放在社区的公开仓库里，欢迎继续补充。"


def _run(html: str) -> dict:
    from incubator_crawler.crawl.process import extract_normalized

    return extract_normalized(html.encode("utf-8"), "https://club.example.org/post/notes/")


def _post(text: str, title: str = "社区文档翻译活动回顾") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<nav><a href='/'>首页</a> <a href='/post/'>博客</a> <a href='/about/'>关于</a></nav>"
        f"<article><h1>{title}</h1><p class='date'>发布于 2021-01-31</p>"
        f"<div class='markdown'><p>{_SENTENCE}</p><p>{_OTHER}</p>{text}</div></article>"
        "<footer><p>© 2021 某某社区</p></footer></body></html>"
    )


_ADDRESSES = (
    "<h2>相关链接</h2><ul>"
    "<li>贡献类型的说明： <a href='https://docs.example.org/types/'>https://docs.example.org/types/</a></li>"
    "<li>翻译项目仓库： <a href='https://git.example.org/translation'>https://git.example.org/translation</a></li>"
    "<li>活动官网： <a href='https://season.example.org/'>https://season.example.org/</a></li></ul>"
)


def test_closing_related_links_that_show_their_addresses_are_kept():
    body = _run(_post(_ADDRESSES))["body"]
    assert body.endswith(
        "相关链接\n\n贡献类型的说明： https://docs.example.org/types/\n\n"
        "翻译项目仓库： https://git.example.org/translation\n\n活动官网： https://season.example.org/"
    )


def test_closing_related_links_of_headlines_are_cut():
    related = (
        "<h2>相关链接</h2><ul>"
        "<li><a href='/post/a/'>社区年度总结：我们的第一年</a></li>"
        "<li><a href='/post/b/'>如何参与社区的文档翻译</a></li>"
        "<li><a href='/post/c/'>第二期开源导师计划开始报名</a></li></ul>"
    )
    body = _run(_post(related))["body"]
    assert body == f"{_SENTENCE}\n\n{_OTHER}"


def test_paragraph_naming_two_addresses_is_kept():
    para = (
        "<p>最常用的两个租房网站推荐给大家：<br>"
        "<a href='http://homes.example.co.uk/'>http://homes.example.co.uk/</a><br>"
        "<a href='http://rent.example.co.uk/'>http://rent.example.co.uk/</a></p>"
        f"<p>{_SENTENCE}</p>"
    )
    body = _run(_post(para))["body"]
    assert body == (
        f"{_SENTENCE}\n\n{_OTHER}\n\n最常用的两个租房网站推荐给大家：\n\n"
        f"http://homes.example.co.uk/\n\nhttp://rent.example.co.uk/\n\n{_SENTENCE}"
    )


# --- 9. closing WeChat credits: a label over its names, a swipe hint, a picture credit --------


def test_closing_credit_labels_over_their_names_are_cut():
    paras = [
        _SENTENCE,
        "祝大家新年快乐！",
        "图片：",
        "Amy Li / 学生会",
        "文案：",
        "Bob Wang / Carol Xu",
    ]
    assert clean_body(paras) == f"{_SENTENCE}\n\n祝大家新年快乐！"


def test_a_label_over_a_sentence_stays():
    paras = [
        _SENTENCE,
        "媒体支持：",
        "某某留学圈",
        "图片：",
        "这些照片都是同学们在活动现场拍下的。",
    ]
    assert clean_body(paras) == "\n\n".join(paras)


def test_carousel_swipe_hint_is_control():
    assert is_boilerplate("<< 滑动查看下一张图片 >>")
    assert not is_boilerplate("滑动查看下一张图片，可以看到决赛现场的更多细节。")


def test_picture_credit_sentence_closing_the_text_is_cut():
    assert clean_body([_SENTENCE, "图片来源于网络。"]) == _SENTENCE
    paras = [_SENTENCE, "图片来源于网络上的公开报道，我们已经核实过内容。"]
    assert clean_body(paras) == "\n\n".join(paras)
