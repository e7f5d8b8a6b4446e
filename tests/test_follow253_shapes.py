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
