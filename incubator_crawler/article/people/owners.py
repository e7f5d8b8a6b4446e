"""The post's owner as the page says it: blog engine and owner lines, site owner, thread starter."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..labels import split_labelled_line
from ..page import Page, node_text, squash, title_segments
from ..text import nfkc, nfkc_compact
from .accounts import _SITE_COPYRIGHT_RE
from .facts import _visible
from .names import _someone, is_site_name
from .words import (
    _LATIN_GROUP_END_RE,
    _ORG_END_RE,
    _OUTLET_END_RE,
    _not_a_person,
    _plain_name,
    site_group,
)

# ``由 ddos8919发布于 2024-02-24``, ``本文于 2019-09-05 由 张三 发布``: "published by X"
_POSTED_BY_RE = re.compile(
    r"(?:^|[\s|·])由\s*(?P<name>[^\s|·:由]{2,20}?)\s*(?:发布|發布|發佈|发表|發表|上传|上傳|撰写|撰寫)"
)


# ``楼主：cdylng 时间：2017-03-24 20:29:00``: a forum thread's starter, opening the thread's info
# line (the meta line that gives its date). Only there: in a reply, 楼主 addresses the starter.
_THREAD_STARTER_RE = re.compile(r"^\s*(?:楼主|樓主)\s*:\s*(?P<name>[^\s|·:]{2,24})(?=\s|$)")


def _thread_starter(byline: str | None) -> str | None:
    """The account after 楼主： opening the meta line (a thread's opening post: its author)."""
    if not byline or len(byline) > 120:
        return None
    m = _THREAD_STARTER_RE.match(nfkc(byline))
    return m.group("name") if m and _someone(m.group("name")) else None


def _posted_by(byline: str | None) -> str | None:
    """The poster in a meta line's ``由 X 发布``, when X can be a person (not an office)."""
    if not byline or len(byline) > 120:
        return None
    m = _POSTED_BY_RE.search(nfkc(byline))
    if m is None:
        return None
    name = _plain_name(m.group("name"))
    if name is None or _ORG_END_RE.search(name) or _OUTLET_END_RE.search(name):
        return None
    return name


# The static blog engines a <meta name=generator> names: one owner's site, whose config names the
# owner as every post's article:author (on news sites that meta names an outlet, an editor or a
# Facebook page)
_BLOG_ENGINE_RE = re.compile(r"^\s*(?:Hexo|Hugo|Jekyll)\b", re.IGNORECASE)


def _role_labelled(name: str) -> bool:
    """True for an author slot's value that labels another role (Hexo Fluid's Author slot and
    article:author holding ``编辑：孙逸凡``, china-ireland-academics.org): the label decides the
    role, and 编辑 / 责编 / 审核 there name no writer (the editor rules read the name)."""
    if ":" not in name and "：" not in name:
        return False  # a bare name: no label (most slots; cheap test first)
    roles = split_labelled_line(name)
    return bool(roles) and "author" not in roles


def _blog_engine_author(metas: dict[str, tuple[str, str]]) -> str | None:
    """The article:author meta of a page a static blog engine generated, when it is a name."""
    author = metas.get("article:author")
    generator = metas.get("generator")
    if author is None or generator is None or not _BLOG_ENGINE_RE.match(generator[1]):
        return None
    name = author[1].strip()
    if "/" in name or "@" in name or _OUTLET_END_RE.search(name) or _not_a_person(name):
        return None  # an address, a mailbox, an outlet
    if _role_labelled(name):
        return None  # ``编辑：X``: an editor, no writer
    return name


# A theme's author card, the profile it marks as a schema.org Person (Minimal Mistakes' sidebar:
# avatar, ``<h3 itemprop="name">``, bio, links): its name, the element of the card that holds the
# name alone (another theme's card marks no itemprop on it: ``<p>NAME</p>`` over the bio; follow181),
# no link list's item (the card's links)
_PERSON_CARD_NAME = (
    ".//*[contains(@itemtype, 'schema.org/Person')]//*[not(ancestor-or-self::li)][not(.//li)]"
)


def _carded_author(metas: dict[str, tuple[str, str]], root: Any) -> str | None:
    """The article:author of a page no generator meta names (a Jekyll theme prints none) when the
    theme's author card beside the post shows it as the person's name: the writer (session 28: a
    person's profile card names the post's writer). A name the site's address spells (the
    association's own card, ``SUSTech-OpenSource`` on sustech-opensource.github.io) is the site,
    no writer (session 29). None otherwise (hunt175's sustechos pages)."""
    author = metas.get("article:author")
    if author is None or "generator" in metas:
        return None
    name = author[1].strip()
    if not name or "/" in name or "@" in name or _OUTLET_END_RE.search(name) or _not_a_person(name):
        return None
    host = (urlsplit((metas.get("og:url") or ("", ""))[1]).hostname or "").replace("-", "")
    if re.sub(r"[\s_.-]", "", name).casefold() in host.casefold():
        return None
    shown = (squash(node_text(el)) for el in root.xpath(_PERSON_CARD_NAME))
    return name if name in shown else None


def _shown_as_owner(page: Page, name: str) -> bool:
    """True when a line the reader sees names ``name`` outside the site's copyright line: the
    sidebar's owner card, an author box, the post's copyright box. A static blog's head
    article:author shown only in the footer's © line (七联·近期动态's NexT footer ``© 2012 - 2024
    海獭七号``, an organisation's news column) names no writer of the post (hunt146; follow156)."""
    key = nfkc_compact(name)
    return bool(key) and any(
        key in (text := nfkc_compact(b.text)) and not _SITE_COPYRIGHT_RE.search(text)
        for b in page.blocks
    )


# The site's holder line in the footer: ``© 2012 - 2024 NAME``, ``Copyright © 2024 NAME``, Hexo
# Butterfly's ``©2020 - 2024 By NAME``, or the
# years and the name alone beside a copyright icon (Hexo Reimu: ``<span class=icon-copyright>
# </span> 2020-2024 NAME``)
_HOLDER_LINE_RE = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*)*(?:19|20)\d{2}(?:\s*[-–~～]\s*(?:(?:19|20)\d{2}|present|now))?"
    r"\s*©?\s*(?:by\s+)?(?P<name>[^\s©].*?)[.。]?$",
    re.IGNORECASE,
)


def group_site_name(page: Page | None, name: str, site_name: str | None) -> bool:
    """True when a licence / copyright box's 作者, or the config's article:author, is the site of a
    group, no writer: the site's own name (og:site_name, <title>'s tail: ``is_site_name``) or the
    name the footer's holder line gives, on a site that is a group's. A group's site: its name
    ends as a club's, a lab's or an office's (``site_group``, a Latin group word: 梦雾社 with its
    footer ``2020-2024 DreamAndMagicClub``, hunt194), or the name is no one's, a call with a
    sentence's marks inside (四川大学自强社's ``自强3！2！1！`` in og:site_name, the header, the box
    and the © line, hunt188), whatever its script. A blog named after its owner (``Kovacs``,
    ``张三``, ``Lin42``) is a person's: the box vouches for its owner there (follow201)."""
    # (a site named as someone's, ``林小河的小站``, is a person's whatever word ends it)
    group = (
        bool(site_name)
        and "的" not in (site_name or "")
        and (
            site_group(site_name or "") or _LATIN_GROUP_END_RE.search(nfkc(site_name or "").strip())
        )
    )
    if not (group or _CALL_MARK_RE.search(nfkc(name))):
        return False
    return is_site_name(name, site_name) or (
        group and page is not None and _footer_holder(page, name)
    )


def site_respelt(name: str, site_name: str | None) -> bool:
    """True when the licence box's 作者 is the site's name spelt otherwise (CSSA-LEEDS's Hexo
    Icarus box, meta row and article:author ``CSSA-Leeds`` on the site its <title> and sidebar
    call ``CSSA-LEEDS``; hunt199): ``is_site_name`` ties the two, letter case aside, and the box
    vouches only for the name as the site writes it, a blog named after its owner (``Kovacs`` on
    Kovacs's blog); the association's account in another case is the site, no writer."""
    return (
        bool(site_name)
        and nfkc_compact(name) != nfkc_compact(site_name or "")
        and is_site_name(name, site_name)
    )


# A sentence's mark inside a name (``！``, ``？``, ``，``): a call or a slogan, no one's name
_CALL_MARK_RE = re.compile(r"[!?,;。，、；！？]")


def _footer_holder(page: Page, name: str) -> bool:
    """True when the footer's holder line (``© 2012 - 2024 NAME``, ``2020-2024 NAME`` beside a
    copyright icon) names ``name``, in whatever script."""
    key = nfkc_compact(name)
    for b in reversed(page.blocks):  # the footer closes the page
        if b.chars > 80 or key not in nfkc_compact(b.text):
            continue
        m = _HOLDER_LINE_RE.match(nfkc(squash(b.text)).strip())
        if m and nfkc_compact(m["name"]) == key:
            return True
    return False


# ``…-陈安的博文`` / ``…_X的博客-CSDN博客``: a <title> segment naming whose blog the post is on
_BLOG_OWNER_RE = re.compile(r"^(?P<name>[^\s的]{2,16})的(?:博文|博客|個人博客|个人博客|專欄|专栏)$")


def _blog_owner(html_title: str | None) -> str | None:
    """The blogger a <title> segment names (``科学网-题目-陈安的博文``), when not an outlet."""
    if not html_title or "的" not in html_title:
        return None
    for seg in title_segments(nfkc(html_title).strip())[1:]:
        m = _BLOG_OWNER_RE.match(seg.strip())
        if m and not (_OUTLET_END_RE.search(m["name"]) or _not_a_person(m["name"])):
            return m["name"]
    return None


# og:site_name naming a person's blog (``Hong-Sheng Huang's Blog``, ``贺巩山的博客``)
_SITE_OWNER_RE = re.compile(
    r"^(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s (?:Blog|BLOG|blog)$"
    r"|^(?P<cjk>[^\s的]{2,16}) ?的(?:博客|個人博客|个人博客)$"
)


def _site_owner(metas: dict[str, tuple[str, str]]) -> str | None:
    """The person og:site_name calls the blog's owner (LABELLING: a site titled with a person's
    name gives the author; scientiatw-hsinchu-lead-bus-a, ``© 2025 Hong-Sheng Huang`` below)."""
    site = metas.get("og:site_name")
    m = _SITE_OWNER_RE.match(nfkc(site[1]).strip()) if site else None
    name = m and (m["name"] or m["cjk"])
    if not name or _OUTLET_END_RE.search(name) or _not_a_person(name):
        return None
    return name


def _owns_the_post(page: Page, name: str, metas: dict[str, tuple[str, str]]) -> bool:
    """True when a blog named after ``name`` (og:site_name) shows ``文章著作权归 X 所有`` with X that
    name: the owner holds the post's copyright, so the site's name is the writer's (the lead's
    session-23 decision; eurkon.com's Butterfly box, as the luzy.top and castile owners)."""
    site = metas.get("og:site_name")
    if site is None or nfkc_compact(site[1]) != nfkc_compact(name):
        return False
    key, text = nfkc_compact(name), _visible(page)
    return any(f"{lead}{right}归{key}所有" in text for lead in _POST_WORDS for right in _RIGHTS)


_POST_WORDS = ("文章", "本文", "原文")


def _box_blog_name(page: Page, name: str) -> bool:
    """True when the copyright box's notice credits ``name`` as the blog the post is reposted
    from (Hexo Butterfly: ``文章作者: 心火计划`` over ``转载请注明来自 心火计划！``, its config's
    author and title alike): the box's own site, as ``is_site_name`` is on the site itself, no
    writer wherever the box stands (a group's box put after another host's text; follow197)."""
    key = nfkc_compact(name)
    return bool(key) and f"转载请注明来自{key}" in _visible(page)


_RIGHTS = ("著作权", "著作權", "版权", "版權")
