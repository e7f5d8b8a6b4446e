"""The lead's decisions on tmpl90's template questions (tmpl94, issue 10), one page each.

LABELLING.md, "Decisions settled by the lead in session 21": shapes real CMS article templates
print, written here as pages of our own (the markup's structure, labels and separators, never a
template's text), each with its negative neighbours:

- Discuz! X's portal meta line ``DATE | 发布者: X | 查看: N | 来自: Z``: 来自 labels the article's
  source there; a device or client after it (``来自 iPhone客户端``, ``来自: 微信``) and a place in a
  forum post's user card (``来自: 北京``) name none, and 来自 in prose is a word;
- a person icon before a name on the meta line (``<i class="fa fa-user"></i> 王丽``, MetInfo's
  ``wb-user``, ``author.png``) labels the author as 作者 would; an eye, clock, calendar, folder or
  comment icon labels no person, and an account control after a person icon (登录, 已关注) is none.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_shapes import PROSE, run

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import category_leaf, names  # noqa: E402

HEADLINE = "园区举办科技成果对接会"
HEAD = f"<title>{HEADLINE}_星海科技园</title>"
PARAS = "".join(f"<p>{PROSE}</p>" for _ in range(3))


def article(meta: str, trail: str = "", after: str = "") -> str:
    """A page with a trail, the headline, a meta line, three paragraphs and what follows them."""
    return f"{trail}<div class='art'><h1>{HEADLINE}</h1><div class='info'>{meta}</div>{PARAS}</div>{after}"


def pipe(*items: str) -> str:
    """Items parted as Discuz! prints them: a ``span.pipe`` bar between them."""
    return '<span class="pipe">|</span>'.join(items)


DATE = "2023-05-17 09:30"
POSTER = "发布者: <a href='/u/7'>王丽</a>"
VIEWS = "查看: <em>128</em>"

SOURCES = [
    # --- 来自 on the portal's meta line: the article's from field ---
    (
        "discuz-from-linked",
        pipe(DATE, POSTER, VIEWS, "来自: <a href='' target='_blank'>科技日报</a>"),
        "科技日报",
    ),
    ("discuz-from-plain", pipe(DATE, POSTER, VIEWS, "评论: 0", "来自: 星海日报社"), "星海日报社"),
    ("discuz-from-full-colon", pipe(DATE, "作者：张明华", "来自：园区报"), "园区报"),
    (
        "discuz-from-after-writer",
        pipe(DATE, POSTER, VIEWS, "原作者: 张明华", "来自: 科技日报", "<a href='/edit'>编辑</a>"),
        "科技日报",
    ),
    # neighbours: a device or client in the slot, with or without its colon
    ("from-iphone-client", pipe(DATE, POSTER, "来自 iPhone客户端"), None),
    ("from-iphone-client-colon", pipe(DATE, POSTER, "来自: iPhone客户端"), None),
    ("from-phone", pipe(DATE, POSTER, "来自手机"), None),
    ("from-android", pipe(DATE, POSTER, "来自: Android"), None),
    ("from-wechat", pipe(DATE, POSTER, "来自 微信"), None),
    ("from-wechat-colon", pipe(DATE, POSTER, "来自: 微信"), None),
    # a place on the line (a forum post's member place), and a 来源 label beside 来自 wins
    ("from-place-on-line", pipe("发表于 " + DATE, "来自: 北京"), None),
    ("from-place-province-city", pipe("发表于 " + DATE, "来自: 广东省广州市"), None),
    ("from-beside-source-label", pipe(DATE, "来源：科技日报", "来自: 园区报"), "科技日报"),
]


@pytest.mark.parametrize(("name", "meta", "want"), SOURCES, ids=[c[0] for c in SOURCES])
def test_source(name: str, meta: str, want: str | None) -> None:
    out = run(article(meta), HEAD)
    assert out.get("source") == want


def test_from_in_a_user_card_is_no_source() -> None:
    # a forum post: the member's card (来自: 北京) beside the post's own date line
    card = "<div class='card'><p>王丽</p><dl><dt>积分</dt><dd>128</dd><dt>来自</dt><dd>北京</dd></dl></div>"
    body = (
        f"<h1>{HEADLINE}</h1><table><tr><td class='pls'>{card}</td><td class='plc'>"
        f"<div class='pi'>发表于 {DATE}</div>{PARAS}</td></tr></table>"
    )
    out = run(body, HEAD)
    assert out.get("source") is None


def test_from_card_line_with_colon_is_no_source() -> None:
    card = "<div class='card'><p>王丽</p><p>来自: 北京</p><p>注册时间: 2019-03-02</p></div>"
    body = f"<h1>{HEADLINE}</h1>{card}<div class='pi'>发表于 {DATE}</div>{PARAS}"
    out = run(body, HEAD)
    assert out.get("source") is None


def test_from_in_prose_is_a_word() -> None:
    # the text's ``来自高校的代表`` and a meta line with no 来自
    out = run(article(pipe(DATE, POSTER, VIEWS)) + "<p>来自高校、科研院所的代表参加。</p>", HEAD)
    assert out.get("source") is None


def icon(cls: str) -> str:
    return f'<i class="{cls}" aria-hidden="true"></i>'


def blog_line(person: str) -> str:
    """A blog theme's meta line of icon items: date, column, the person item, views, comments
    (too many words beside the date for an unlabelled name to be read as its writer)."""
    return (
        f"<span>{icon('fa fa-clock-o')} {DATE}</span> "
        f"<span>{icon('fa fa-folder-open')} <a href='/c/2'>园区动态</a></span> {person} "
        f"<span>{icon('fa fa-eye')} 128</span> <span>{icon('fa fa-comment')} 0</span>"
    )


PEOPLE = [
    # --- a person icon before a name on the meta line ---
    ("fa-user", blog_line(f"<span>{icon('fa fa-user')} 王丽</span>"), "王丽"),
    ("fa-user-o", blog_line(f"<span>{icon('fa fa-user-o')}王丽</span>"), "王丽"),
    ("fa-user-circle", blog_line(f"{icon('fa fa-user-circle')} <a href='/u/7'>王丽</a>"), "王丽"),
    ("icon-user", blog_line("<span><i class='icon-user'></i>王丽</span>"), "王丽"),
    ("icon-author", blog_line("<span><i class='iconfont icon-author'></i>王丽</span>"), "王丽"),
    (
        "icon-zuozhe",
        blog_line("<span class='iconfont icon-zuozhe'></span><span>王丽</span>"),
        "王丽",
    ),
    ("glyphicon-user", blog_line("<span class='glyphicon glyphicon-user'></span> 王丽"), "王丽"),
    ("layui-icon-username", blog_line(f"{icon('layui-icon layui-icon-username')} 王丽"), "王丽"),
    ("el-icon-user", blog_line(f"<span>{icon('el-icon-user')}王丽</span>"), "王丽"),
    ("bi-person", blog_line(f"<span>{icon('bi bi-person')} 王丽</span>"), "王丽"),
    ("metinfo-wb-user", blog_line(f"<span>{icon('icon wb-user m-r-5')}王丽</span>"), "王丽"),
    ("author-png", blog_line("<img src='/skin/images/author.png'> 王丽"), "王丽"),
    ("user-png", blog_line("<span><img src='/static/img/user.png' alt=''>王丽</span>"), "王丽"),
    # the short line the date rules already read (beside the date): the same name
    (
        "short-line",
        f"<span>{DATE}</span> <span>{icon('icon wb-user')}王丽</span> <span>{icon('icon wb-eye')}128</span>",
        "王丽",
    ),
    # neighbours: the same line with no person icon (an unlabelled name there stays null), and
    # icons that label no person, each before a word that is no writer
    ("no-icon", blog_line("<span>王丽</span>"), None),
    ("eye-icon", blog_line(f"<span>{icon('fa fa-eye')} 王丽</span>"), None),
    ("clock-icon", blog_line(f"<span>{icon('fa fa-clock-o')} 王丽</span>"), None),
    ("calendar-icon", blog_line(f"<span>{icon('fa fa-calendar')} 王丽</span>"), None),
    (
        "folder-icon",
        blog_line(f"<span>{icon('fa fa-folder')} <a href='/c/3'>王丽</a></span>"),
        None,
    ),
    ("comment-icon", blog_line(f"<span>{icon('fa fa-comments')} 王丽</span>"), None),
    # an account control after a person icon, the site's name, a group and a follow button
    ("user-icon-login", blog_line(f"<span>{icon('fa fa-user')} 登录</span>"), None),
    ("user-icon-followed", blog_line(f"<span>{icon('fa fa-user')} 已关注</span>"), None),
    ("user-icon-site-name", blog_line(f"<span>{icon('fa fa-user')} 星海科技园</span>"), None),
    ("users-group-icon", blog_line(f"<span>{icon('fa fa-users')} 王丽</span>"), None),
    ("user-plus-icon", blog_line(f"<span>{icon('fa fa-user-plus')} 王丽</span>"), None),
    # a labelled writer beside a person icon keeps the label's value
    ("icon-and-label", f"{icon('fa fa-user')} 作者：张明华 {DATE}", "张明华"),
]


@pytest.mark.parametrize(("name", "meta", "want"), PEOPLE, ids=[c[0] for c in PEOPLE])
def test_author(name: str, meta: str, want: str | None) -> None:
    out = run(article(meta), HEAD)
    assert names(out.get("author")) == names(want)


def test_person_icon_in_the_header_is_no_author() -> None:
    # the site's login button: a person icon and a name-like word outside the meta line
    header = f"<div class='top'><a href='/login'>{icon('fa fa-user')} 会员王丽</a></div>"
    out = run(header + article(f"<span>{DATE}</span> <span>{icon('fa fa-eye')} 128</span>"), HEAD)
    assert out.get("author") is None
