"""Slots the meta line labels without a Fields label word: a Discuz portal's ``来自: X`` source, a
person icon before a name (tmpl94, the lead's decisions of session 21 in LABELLING.md) and the
outlet slot of a ``By NAME | OUTLET | Updated: DATE`` byline (decide100, session 22).

Both are labels a reader sees as such only on the article's meta line, so both read that line
alone: ``来自`` in prose (``来自高校的代表``) or in a forum user card (``来自: 北京``) names no
source, and a person icon in a site's header (the login button's ``fa-user``) labels no writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .labels import (
    DATE_RE,
    PUBLISH_DATE_LABELS,
    PUBLISHED_UNRANKED,
    REPORTER_ROLES,
    WRITER_LABELS,
    alternation,
    split_labelled_line,
)
from .text import nfkc

# ``来自: 科技日报`` (Discuz! X's portal: its template string for the article's from field), at the
# line's start or after a blank or a bar, with its colon: the colonless ``来自手机`` / ``来自 iPhone``
# a forum prints after a post's date is the client it was posted from
_FROM_RE = re.compile(r"(?:^|(?<=[\s|丨│]))来自\s*:")
# what shows the label stands on the article's meta line: a date, or a poster's, writer's or
# counter's label beside it (Discuz: ``DATE | 发布者: X | 查看: N | 评论: N | 原作者: Y | 来自: Z``)
# (the publish labels in either script, a label in one being a label in the other: 发表于,
# 發佈日期; 本站发表 is no poster's label)
_DISCUZ_PUBLISH_LABELS = alternation(
    tuple(w for w in PUBLISHED_UNRANKED + PUBLISH_DATE_LABELS if w.startswith(("发", "發")))
)
_META_WORD_RE = re.compile(
    rf"发布者|發布者|發佈者|发布人|發布人|發佈人|作者|查看|{_DISCUZ_PUBLISH_LABELS}"
    r"|时间\s*:|時間\s*:|日期\s*:"
)
# a device or client a post was sent from (``来自: iPhone客户端``, ``来自: 微信``), never an outlet
_DEVICE_RE = re.compile(
    r"(?i)iphone|ipad|android|安卓|手机|手機|客户端|客戶端|移动端|移動端|平板|电脑|電腦|网页版|網頁版"
    r"|小程序|微信|wap|^(?:pc|web|app|mobile|qq)$"
)
# a place a user card shows for the member (``来自: 北京``, ``来自: 广东省广州市``): a province-level
# name, maybe a city after it, or one short name ending in an administrative unit
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
    "|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|中国|海外|国外|未知"
)
_PLACE_RE = re.compile(
    rf"^(?:(?:{_PROVINCES})(?:省|市|自治区|特别行政区)?(?:[\u4e00-\u9fff]{{1,4}}[市县区州])?"
    r"|[\u4e00-\u9fff]{1,4}[省市县区州])$"
)


def from_source(line: str | None) -> str | None:
    """The outlet a meta line's ``来自: X`` names, or None (no such label, not the article's meta
    line, or a device, client or place in the slot)."""
    if not line or "来自" not in line or len(line) > 200:
        return None
    norm = nfkc(line)
    m = _FROM_RE.search(norm)
    if m is None or not (_META_WORD_RE.search(norm) or DATE_RE.search(norm)):
        return None
    # read as the 来源 slot it is (the same length, so the splitter's value ends stay put)
    value = split_labelled_line(line[: m.start()] + "来源" + line[m.start() + 2 :]).get("source")
    value = (value or "").strip(" |丨")
    if not value or _DEVICE_RE.search(value) or _PLACE_RE.match(value.replace(" ", "")):
        return None
    return value


# A class or file name that names a person (``fa-user``, ``fa-user-circle``, ``icon-author``,
# ``icon-zuozhe``, ``glyphicon-user``, ``layui-icon-username``, ``el-icon-user``, ``bi-person``,
# MetInfo's ``wb-user``, ``author.png``): one of its parts between dashes, underscores or dots is a
# person's word, whole (``fa-users`` is a group, ``usercenter`` a page), and no part makes it a
# control (``fa-user-plus`` follows, ``fa-user-lock`` locks)
_PERSON_PARTS = frozenset(("user", "username", "author", "zuozhe", "person", "yonghu"))
# a mark holding none of these words holds none of the parts above (each holds one): no split
_PERSON_WORDS = ("user", "author", "zuozhe", "person", "yonghu")
_CONTROL_PARTS = frozenset(
    ("plus", "add", "minus", "times", "check", "lock", "secret", "cog", "edit", "friends", "group")
)
_PART_SPLIT_RE = re.compile(r"[-_.]")
# (an ``<svg>`` icon is gone by the time the fields are read: page.walk strips svg elements, after
# it has turned a person icon into an ``<i>`` carrying its mark, :func:`svg_person_mark`)
_ICON_TAGS = ("i", "span", "img", "em")
# account controls a person icon stands before in a header or a follow box: no writer's name
_ACCOUNT_WORDS_RE = re.compile(
    r"^(?:登录|登錄|注册|註冊|退出|已关注|关注|加关注|个人中心|用户中心|会员中心|我的|后台|管理|请登录|游客)"
)
# where the item after the icon ends: a wide gap, a bar, a comma or a colon (a Latin name keeps
# its one space: ``John Smith``)
_ITEM_END_RE = re.compile(r"\s{2,}|[|丨│｜:：,，/]")


def _icon_mark(el: Any) -> str:
    """The class names and picture file name that say what an icon element shows."""
    mark = el.get("class") or ""
    if el.tag == "img":
        mark += " " + (el.get("src") or "").rsplit("/", 1)[-1]
    return mark


def _is_person_icon(el: Any) -> bool:
    """True when ``el`` is an icon element (no words of its own) whose mark names a person."""
    if el.tag not in _ICON_TAGS:
        return False
    if el.tag in ("span", "em", "i") and (el.text or "").strip():
        return False  # a word in a span is no icon (``<span class="author">王丽</span>``)
    return _names_person(_icon_mark(el))


def _names_person(mark: str) -> bool:
    """True when a class name or file name in ``mark`` names a person and no control."""
    mark = mark.lower()
    if not any(word in mark for word in _PERSON_WORDS):
        return False
    for token in mark.split():
        parts = set(_PART_SPLIT_RE.split(token))
        if parts & _PERSON_PARTS and not parts & _CONTROL_PARTS:
            return True
    return False


# an inline svg icon's accessible name that names the writer (``<svg aria-label="作者">``)
_PERSON_LABELS = frozenset(("作者", "author", "user", "用户", "發佈者", "发布者", "发布人", "撰稿"))


def svg_person_mark(svg: Any) -> str | None:
    """The mark of an inline ``<svg>`` icon that draws a person, read before page.walk drops svg
    (``<svg class="icon-user">``, ``<svg><use xlink:href="#icon-author"/></svg>``,
    ``<svg aria-label="作者">``), or None (a clock, an eye, a logo)."""
    mark = svg.get("class") or ""
    for use in svg.iter("use"):
        for key in ("href", "xlink:href"):
            mark += " " + (use.get(key) or "").lstrip("#")
    label = "".join((svg.get("aria-label") or "").split()).strip(":：").lower()
    if label in _PERSON_LABELS:
        mark += " author"
    mark = " ".join(mark.split())
    return mark if _names_person(mark) else None


def _text_after(el: Any) -> str:
    """The words a reader sees right after ``el``: its tail, else its next sibling's text."""
    tail = (el.tail or "").strip()
    if tail:
        return tail
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()  # a comment between the icon and the name
    if nxt is None or _is_person_icon(nxt):
        return ""
    return " ".join("".join(nxt.itertext()).split())


def _filed_under(name: str) -> bool:
    """people.words.filed_under, imported when first asked: the people package imports this module."""
    from .people.words import filed_under

    return filed_under(name)


def icon_author(owners: Iterable[Any], line: str | None) -> str | None:
    """The name right after a person icon on the meta line (its elements ``owners``, its text
    ``line``), or None."""
    if not line:
        return None
    seen: set[Any] = set()
    avatar_name: str | None = None
    for owner in owners:
        if owner in seen:
            continue
        seen.add(owner)
        for el in owner.iter(*_ICON_TAGS):
            if not _is_person_icon(el):
                continue
            words = _text_after(el).strip(" :：|丨")
            name = _ITEM_END_RE.split(words, maxsplit=1)[0].strip()
            if not 2 <= len(name) <= 30:
                continue
            if _ACCOUNT_WORDS_RE.match(name) or name[0].isdigit() or DATE_RE.match(nfkc(name)):
                continue
            if _filed_under(name):
                # the icon's name slot empty, the next item's label read as the name (LoveIt's and
                # DoIt's ``<i class="fa-user-circle"></i> 收录于 <a>园区动态</a>`` on a post whose
                # site set no author, tmpl129): a category label, no name
                continue
            if name not in line:
                continue  # an icon in a box the line's element also holds (a comment list)
            if _is_avatar(el):
                # the account's picture (DedeBIZ's ``<img class="user-img-xs">王丽`` before
                # ``<i class="fa fa-user"></i>张明华`` on one meta line, tmpl132): the poster's name,
                # the author only where no person glyph labels a writer on the line
                avatar_name = avatar_name or name
                continue
            return name
    return avatar_name


# the parts of a picture's class or file name that say it shows the person (an avatar), not a glyph
_PICTURE_PARTS = frozenset(("img", "image", "pic", "photo", "avatar", "face", "head", "portrait"))


def _is_avatar(el: Any) -> bool:
    """True when ``el`` is a picture of the account (``<img class="user-img">``, ``avatar.jpg``)."""
    if el.tag != "img":
        return False
    return any(
        set(_PART_SPLIT_RE.split(token)) & _PICTURE_PARTS
        for token in _icon_mark(el).lower().split()
    )


# A class or file name that says the words after it are where the post is filed (``fa-sitemap``,
# ``fa-folder-open``, ``fa-tags``, ``icon-category``; Hexo Butterfly's category ``fa-inbox``, whose
# word after it a rotated meta row put beside the date, follow259): a part between dashes, whole
_FILED_PARTS = frozenset(
    ("sitemap", "folder", "tag", "tags", "category", "categories", "fenlei", "inbox")
)


def icon_filed(owners: Iterable[Any]) -> set[str]:
    """The words right after a category or tag icon on the meta line (its elements ``owners``):
    the post's section, no outlet (gmtchina's ``DATE <i class="fa fa-sitemap"></i> 新闻动态``)."""
    out: set[str] = set()
    for owner in set(owners):
        for el in owner.iter(*_ICON_TAGS):
            if el.tag in ("span", "em", "i") and (el.text or "").strip():
                continue
            tokens = _icon_mark(el).lower().split()
            if any(set(_PART_SPLIT_RE.split(t)) & _FILED_PARTS for t in tokens):
                words = _text_after(el).strip(" :：|丨")
                out.add(_ITEM_END_RE.split(words, maxsplit=1)[0].strip())
    return out


# ``By Wang Xiaoyu | China Daily | Updated: 2024-05-13 09:08`` (China Daily's English template) and
# its Chinese twin ``记者 张明华 | 人民网 | 2024-03-05`` (NFKC): a byline, a barred slot, then the
# date, maybe under its label. The slot between the byline and the date names the outlet (the
# lead's session-22 decision): the template labels it by its place, as 来源 would.
# The byline is read as on a line of its own (``byline``; follow101, the lead's session-22
# decision), where an English one was reported cut (``By Zhang Yi in Beijing``); its CJK title
# is one of the words a byline line takes (labels.REPORTER_ROLES, labels.WRITER_LABELS).
_SLOT_TITLES = alternation(REPORTER_ROLES + WRITER_LABELS)
# The publish labels before the date of such a byline: the publish date's own labels, in either
# script (the lead, session 27: a publish label in one script is a label in the other)
_SLOT_PUBLISH_LABELS = alternation(PUBLISH_DATE_LABELS)
_SLOT_BYLINE_RE = re.compile(
    r"^\s*(?:(?P<byline>(?:By|BY|by)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}){0,3})"
    r"(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?"
    # 文 alone only before a colon, a slash or a blank: glued, it opens a word (``文化旅游``)
    rf"|(?P<cjk>(?:(?:{_SLOT_TITLES})\s*:?|文\s*[:/／]|文\s)\s*[\u4e00-\u9fff·]{{2,5}}"
    r"(?:[\s、,][\u4e00-\u9fff·]{2,5}){0,3}))"
    r"\s*[|丨│]\s*(?P<outlet>[^|丨│:]{2,40}?)\s*[|丨│]\s*"
    rf"(?:(?:Updated|Published|Posted|Date|更新时间|更新時間|更新于|{_SLOT_PUBLISH_LABELS}"
    r"|时间|時間|日期)\s*:?\s*)?"
)
# words a slot holds in page chrome, never an outlet's name
_SLOT_CHROME_RE = re.compile(
    r"(?i)分享|打印|收藏|评论|評論|浏览|瀏覽|阅读|閱讀|字号|字體|share|print|comment"
)


def _slot_line(line: str | None) -> re.Match[str] | None:
    """``_SLOT_BYLINE_RE``'s match of a byline, a barred slot and a date (NFKC), or None."""
    if not line or "|" not in nfkc(line) or len(line) > 160:
        return None
    norm = nfkc(line)
    m = _SLOT_BYLINE_RE.match(norm)
    return m if m is not None and DATE_RE.match(norm, m.end()) is not None else None


def slot_byline(line: str | None) -> str | None:
    """The byline opening a ``By X | SLOT | Updated: DATE`` line (``记者 X | 人民网 | DATE``),
    where it was reported cut, whatever the slot holds; None for any other line."""
    m = _slot_line(line)
    return None if m is None else (m["byline"] or m["cjk"]).strip()


def byline_outlet(line: str | None) -> str | None:
    """The outlet in the slot between a byline and its date (``By X | OUTLET | Updated: DATE``,
    ``记者 X | OUTLET | DATE``), or None: no such line, or the slot holds a date, a digit or
    a control. Whether the slot is a section's name instead is the caller's test (it needs the
    page's trail and links)."""
    if (m := _slot_line(line)) is None:
        return None
    outlet = m["outlet"].strip()
    if any(c.isdigit() for c in outlet) or _SLOT_CHROME_RE.search(outlet):
        return None
    return outlet
