"""Article links on a listing page and their list dates, as a reader would find them.

Nothing here uses class names: articles come from URL patterns (named sites) or from the list's
repeated record structure (unknown sites); the main list is the link group that looks like one
(dates beside links, same channel).

This module is the finder itself (``find_article_links`` for named sites,
``find_article_links_generic`` for unknown ones); the rules it calls live beside it, one job
each (tidy128): ``pager_words``, ``entries``, ``js_rows``, ``row_dates``, ``candidates``,
``side_lists``, ``row_shapes``, ``boxes``, ``grids``, ``pager_links``, ``last_page``.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

from ..hrefs import leads_nowhere
from .alike_rows import alike_rows, few_alike_rows, fold_lone_rows, fold_sibling_posts
from .blank_rows import blank_rows
from .boxes import (
    box_lead,
    box_rows,
    cell_pair,
    continued_boxes,
    group_rows_path,
    inner_box,
    is_pinned_box,
    lead_box,
)
from .candidates import (
    ancestry,
    candidate_links,
    in_dated_row,
    is_tag_link,
    merge_nested,
    record_groups,
    tag_path,
)
from .columns import title_group
from .domains import site_of
from .downloads import drop_download_boxes
from .entries import (
    ListingEntry,
    base_url,
    date_entries,
    link_title,
    lone_link_box,
    overlay_title,
    parse_list_date,
    row_date,
    selector_text,
    spaced_text,
    without_fragment,
)
from .evidence import (
    channel_folder,
    channel_names,
    folder_names,
    in_folder_share,
    is_side_heading,
    is_whole_list_heading,
    list_heading,
    more_headed,
    names_channel,
    page_h1,
    portal_heading,
    side_columns,
)
from .grids import card_grid, picture_grid, short_columns, short_titles
from .js_rows import find_js_rows, navigated
from .last_page import (
    covered_card,
    dated_card,
    folder_row,
    headed_title,
    in_folder,
    lone_short_row,
    lone_story,
    pager_folder,
    row_by_pager,
)
from .nesting import flatten_records, has_nested_records
from .pager_links import above_pager, is_paged, is_pager_link, number_boxes, number_pager
from .pager_words import (
    CURRENT_MARKS,
    is_last_page_text,
    is_next_page_text,
    is_pager_furniture,
    is_pager_word,
    is_prev_page_text,
)
from .pictures import in_slideshow, picture_title
from .prose import in_prose
from .record_tabs import drop_record_tabs
from .row_dates import EN_DAY_RE, dates_of_one_record, is_day, record_date
from .row_shapes import (
    ARTICLE_ADDRESS_RE,
    OWN_ROW_TITLE_RE,
    WECHAT_STORY_RE,
    drop_odd_rows,
    keep_sites,
    off_site_like_rows,
    take_back_off_site_rows,
)
from .rows import (
    box_records,
    drop_adverts,
    drop_badges,
    drop_repeated_links,
    drop_shared_links,
    element_path,
    element_text,
    has_displaced,
    merge_day_groups,
    merge_row_boxes,
    pager_boxes,
    pager_distance,
    rehome_displaced,
    row_kind,
    row_of,
    sibling_rows,
)
from .side_lists import (
    caption_before,
    drop_menu_fellow,
    headed_side_boxes,
    is_side_list,
    latest_side_boxes,
    menu_entry,
    short_name_menus,
)

#: The names callers and tests imported from this module before tidy128's split, kept importable
#: here; most now live in the modules of one job each beside it.
__all__ = [
    "CURRENT_MARKS",
    "ListingEntry",
    "EN_DAY_RE",
    "candidate_links",
    "spaced_text",
    "in_dated_row",
    "is_pager_link",
    "lone_link_box",
    "navigated",
    "overlay_title",
    "without_fragment",
    "selector_text",
    "base_url",
    "date_entries",
    "find_article_links",
    "find_article_links_generic",
    "find_js_rows",
    "is_last_page_text",
    "is_next_page_text",
    "is_pager_furniture",
    "is_pager_word",
    "is_prev_page_text",
    "is_tag_link",
    "number_boxes",
    "parse_list_date",
]


_GROUP_TAGS = ("ul", "ol", "table", "tbody", "dl", "div", "section")
#: Holders that are a list's row when they hold a single article link.
_ROW_TAGS = ("div", "section", "dl")


def find_article_links(
    html: Selector, page_url: str, article_re: re.Pattern | None = None
) -> list[ListingEntry]:
    """The entries of the page's main list of articles (sidebars and hot lists left out).

    ``article_re`` is searched in each link's path; without it the list is found by content
    (:func:`find_article_links_generic`). Rows that exist only in JavaScript arrays are read too.
    """
    if article_re is None:
        return find_article_links_generic(html, page_url)
    matching = []
    base = base_url(html, page_url)
    for link in html.xpath("//a[@href]"):
        url = urljoin(base, link.attrib["href"].strip())
        if article_re.search(urlsplit(url).path):
            matching.append((link, url))
    if not matching:
        # Rows written by JavaScript (Hanweb/kw legacy): urls[i]=…; headers[i]="<a title=…>"
        rows = find_js_rows(html, page_url, base)
        return [e for e in rows if article_re.search(urlsplit(e.url).path)]
    groups, order = _group_links(matching)
    section = urlsplit(page_url).path.strip("/").split("/")[0]

    def score(key) -> tuple[bool, float]:
        # A list whose rows carry dates beats any undated one (a short last page vs a sidebar).
        links = groups[key]
        dated = sum(1 for link, _ in links if row_date(link))
        same = sum(1 for _, url in links if urlsplit(url).path.strip("/").split("/")[0] == section)
        return 2 * dated >= len(links), len(links) + 2 * dated + 2 * same

    best = max(order, key=lambda key: (score(key), -order.index(key)))
    entries: list[ListingEntry] = []
    seen: set[str] = set()
    for link, url in groups[best]:
        url = url.split("#", 1)[0]
        if url in seen:
            continue
        seen.add(url)
        title = link_title(link) or None
        entries.append(ListingEntry(url=url, title=title, date_raw=row_date(link)))
    return entries


def _group_links(matching: list) -> tuple[dict, list]:
    """Group (link, url) pairs by the list element holding them.

    The holder is the nearest ul/ol/table/dl/div/section ancestor; a div, section or dl that holds
    a single one of these links is a row (``.list-main > .no-img``, ``.f_lieb_list > dl``), so the
    group is the list holding those rows.
    """
    roots = {link.root for link, _ in matching}
    groups: dict = {}
    order: list = []
    tags = " or ".join(f"self::{t}" for t in _GROUP_TAGS)
    for link, url in matching:
        ancestors = link.xpath(f"ancestor::*[{tags}]")[::-1]
        key = None
        for k, node in enumerate(ancestors):
            key = node.root  # the element itself: keeps the proxy (and its identity) alive
            inside = sum(1 for a in node.root.iter("a") if a in roots)
            if inside > 1 or node.root.tag not in _ROW_TAGS or k + 1 == len(ancestors):
                break
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((link, url))
    return groups, order


#: Weight of a list headed by the channel's name (or the page's h1); a side box's heading
#: (最新, 图片) divides by it.
_MAIN_EVIDENCE = 3
#: Weight of a list whose links lie mostly in the channel's own folder.
_FOLDER_EVIDENCE = 2
#: On a home page of portal boxes, a box this near the heaviest one (a row fewer of six)
#: weighs as much: the top block is the page's list.
_PORTAL_NEAR = 0.8


def _home_page(page_url: str) -> bool:
    """True for a site's front page (``/``, ``/index.html``) named by a real address."""
    return bool(urlsplit(page_url).scheme) and channel_folder(page_url) is None


def _own_address(root, page_url: str, names: set[str]) -> str:
    """The address the page's boxes are read against: ``page_url``, or for a page read without
    one (a saved file) the one href of its links named as the channel (the trail's and the
    menu's 工作动态 → ``/a/gongzuodongtai/``), so its sub-channels' boxes are still known."""
    parts = urlsplit(page_url)
    if parts.netloc or parts.path:
        return page_url
    hrefs = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and element_text(a) in names and not leads_nowhere(href):
            hrefs.add(href)
    return hrefs.pop() if len(hrefs) == 1 else page_url


def find_article_links_generic(html: Selector, page_url: str) -> list[ListingEntry]:
    """The main list of a listing page of an unknown site, by its repeated record structure.

    Candidates are web links with a title-like text (or ``title``) of 6+ characters, outside
    nav/aside/footer, on any host. They are grouped into lists by record structure
    (:func:`record_groups`), never by URL shape, so a list mixing ``/2024/04/22/fhgc-505/`` and
    ``/2024/04/24/private-incubator-ten-years/`` is one list. A list weighs its size plus
    twice its dated rows (links elsewhere count half), tripled when most rows are dated; a
    list headed 热门/推荐/排行 loses to any other. The winner gains its short-titled rows
    (:func:`short_titles`) and its other boxes (:func:`continued_boxes`), loses rows built unlike the rest (:func:`drop_odd_rows`) and
    keeps off-site rows only when they are a good share of it (:func:`keep_sites`), forward
    another body's document (转发…的通知, linking to the issuer's site), are the site's own
    stories on its WeChat account or are built like the site's own rows, date or none
    (:func:`off_site_like_rows`).
    On a site's front page of portal boxes (each headed by its name and 更多) the top box wins
    over boxes lower down that weigh a little more, with its lead story (:func:`box_lead`).
    JavaScript rows count too.
    """
    if has_displaced(html.root.getroottree().getroot()):
        # broken markup left rows outside the body: repair a copy, never the caller's page
        html = Selector(root=rehome_displaced(html.root.getroottree().getroot()), type="html")
    if has_nested_records(html.root):
        # an unclosed div in each <article> (a Typecho theme): read the posts flat, as a
        # browser does, on a copy (the lead's session-22 decision)
        html = Selector(root=flatten_records(html.root.getroottree().getroot()), type="html")
    base = base_url(html, page_url)
    short: list[tuple] = []  # long texts have their chance as candidates
    pictures: list[tuple] = []
    matching = drop_repeated_links(candidate_links(html, page_url, base, short, pictures), short)
    matching, short = drop_record_tabs(matching, short)
    js_rows = find_js_rows(html, page_url, base)
    grids = picture_grid(pictures, page_url)
    if not matching and not grids:
        lone = None if js_rows else lone_short_row(short, page_url)
        if lone is not None:
            link, url, date_raw = lone
            return [ListingEntry(url=url, title=link_title(link) or None, date_raw=date_raw)]
        return js_rows
    groups = _lone_card_fellows(merge_row_boxes(record_groups(matching)), short)
    # rows folded into one list per box (a title and its column link side by side) may nest
    # like day boxes left unclosed: fold them again, keeping the groups' order (ties go to
    # the first list on the page)
    nested = merge_nested(groups)
    groups = merge_day_groups({key: nested[key] for key in groups if key in nested}, is_day)
    groups = fold_lone_rows(drop_menu_fellow(groups), record_date)
    # posts that each stand alone, one set out with a picture, the other dated (lists310)
    groups = fold_sibling_posts(groups, record_date)
    # a grid of cards named too short for a candidate (an unlabelled ferrosilicon.cn product
    # column: 铝灰, AD粉 under pictures) is a list too; a list holding some such cards
    # already has them as short titles of its own
    for key, cards in card_grid(short, base).items():
        groups.setdefault(key, cards)
    # a grid of cards that are each only a linked picture is a list too, titled by the
    # pictures' alt (lists95, decision 1: huguifeng/shanghai's PbootCMS product column)
    picture_titles = {
        link.root: picture_title(link.root) for cards in grids.values() for link, _, _ in cards
    }
    for key, cards in grids.items():
        groups.setdefault(key, cards)

    def title_of(link) -> str:
        return link_title(link) or picture_titles.get(link.root, "")

    order = list(groups)
    # The list the pager pages is the one nearest to it (side lists reach it from further up).
    pager_links = [a.root for a in html.xpath("//a") if is_pager_link(a)]
    pager_links += number_pager(html, pager_links)
    boxes_of_pager = pager_boxes(pager_links)
    # links grouped only at the page's body (a header's link and a footer's at one tag path)
    # are no list the pager stands by: the body holds every pager, and a lone such group made
    # the nearest distance 0, so no list was paged (szwatech's undated card grid under a
    # dated hero card, list_variants no_dates)
    distance = {
        key: None if _page_wide(key[1]) else pager_distance(key[1], boxes_of_pager) for key in order
    }
    nearest = min((d for d in distance.values() if d is not None), default=None)
    paged = {key for key in order if is_paged(distance[key], nearest)}
    # of the lists as near, the one printed right above the pager is the one it pages (lists95:
    # a PHPCMS column's last two rows under a lead box of another channel's eight, both in the
    # pager's box; a dated 常见问题 box beside a column, after its pager)
    pager = boxes_of_pager.union(pager_links)
    above = {
        key
        for key in paged
        if len({url for _, url, _ in groups[key]}) > 1 and above_pager(key[1], pager)
    }  # a list repeats: a wrapper holding one link and the pager is no list above it
    # the same list printed again (a PHPCMS theme's ul#dn for the desktop above its ul#sj for
    # the phone, the pager after the second) stands above the pager as its copy does
    above |= {
        key
        for key in paged
        for held in above
        if {u for _, u, _ in groups[held]} <= {u for _, u, _ in groups[key]}
    }
    paged = above or paged
    # a list right above the pager whose rows lie in the channel's folder is the list the page
    # is for, however short (lists95: a last page's two rows under a bigger box of another
    # channel's stories, a side 图文欣赏 grid, a scroller): the pager after it and its rows'
    # addresses are two witnesses a box's size does not outweigh
    anchored = {
        key for key in above if in_folder_share([u for _, u, _ in groups[key]], page_url) >= 0.5
    }
    # a row's date is read once a page: the winning list's rows, dated here among every
    # group's, were read again for its entries (9,509 reads on the 92 dev list pages, now 6,497)
    row_dates: dict = {}

    def date_in_row(link, row) -> str | None:
        key = (link.root, row)
        if key not in row_dates:
            row_dates[key] = record_date(link, row)
        return row_dates[key]

    dates = {
        key: [date_in_row(link, row) for link, _, row in members] for key, members in groups.items()
    }

    site = site_of(page_url)
    side = side_columns(groups)
    h1 = page_h1(html.root)
    # a page whose <title> and h1 name nothing is named by its links to the channel's folder
    names = channel_names(html.root, h1) or folder_names(html.root, page_url, base)
    # A folder most of the page's links lie in (a site kept flat under /front/) tells no
    # list from another.
    folder_tells = in_folder_share([url for _, url in matching], page_url) < 0.5
    headings = {key: list_heading(key[1], h1) for key in order}
    side_boxes = headed_side_boxes(groups, headings, names, side)
    # a 置顶 box built like another list near it pins rows of that list
    pinned = {
        key
        for key in order
        if key[1] is not None
        and any(
            k[1] is not None and k[1] is not key[1] and is_pinned_box(key[1], k[1]) for k in order
        )
    }

    latest_side = latest_side_boxes(groups, headings, names, dates, above - side, page_url)
    # a slideshow of featured posts (a Hexo theme's swiper of six dated cards over the posts)
    # is no list beside the rows right above the pager: a blog's later page cut to three posts
    # is still those three (eurkon-list-page-2 under few_rows)
    slides: set = set()
    if any(key[1] is not None and not in_slideshow(key[1]) for key in above):
        slides = {
            key for key in order if key not in above and key[1] is not None and in_slideshow(key[1])
        }
    short_menus = short_name_menus(groups, dates, short)

    def evidence(key) -> float:
        # Size alone picks a sidebar over a last page of three rows: the heading over the
        # list and the channel's folder say which list the page is for.
        factor = 1.0
        heading = headings[key]
        if heading is not None:
            text, is_h1 = heading
            if is_h1 or names_channel(text, names) or is_whole_list_heading(text):
                factor *= _MAIN_EVIDENCE
            elif is_side_heading(text):
                # a 最新文章 box leans aside by its heading; only beside the column's own list
                # is it a side box outright (latest_side)
                factor /= _MAIN_EVIDENCE
        elif names_channel(caption_before(groups[key]), names):
            factor *= _MAIN_EVIDENCE
        if key in pinned:
            # a 置顶 box pins rows of the list built like it: two dated pinned rows do not
            # outweigh the list they belong to (they join it as its box)
            factor /= _MAIN_EVIDENCE
        box = more_headed([link.root for link, _, _ in groups[key]], key[1])
        if box is not None and not names_channel(box, names):
            # boxes headed by their name and a 更多 link are another section's portal boxes
            factor /= _MAIN_EVIDENCE
        if folder_tells and in_folder_share([u for _, u, _ in groups[key]], page_url) >= 0.5:
            factor *= _FOLDER_EVIDENCE
        return factor

    def score(key) -> tuple[bool, bool, bool, float]:
        # The site's own links weigh full, links elsewhere half: an aggregator's list still
        # wins by its size, a box of partner links does not beat the site's list.
        weight = {url: 1.0 if site_of(url) == site else 0.5 for _, url, _ in groups[key]}
        size = sum(weight.values())
        dated = sum(
            weight[url]
            for url in {u for (_, u, _), d in zip(groups[key], dates[key], strict=True) if d}
        )
        if dated > 1 and dates_of_one_record(key[1], dates[key]):
            dated = 1.0
        # Links that all say the same (新窗口打开, 阅读全文) are buttons beside the titles.
        titles = {title_of(link) for link, _, _ in groups[key]}
        value = (size + 2 * dated) * min(1.0, len(titles) / len(weight))
        # Dates beside most rows mark the list: a short last page beats an undated sidebar
        # of the same size, but one dated link does not beat a long list.
        if 2 * dated >= size:
            value *= 3
        if key in paged:
            value *= 2
        value *= evidence(key)
        main = not is_side_list(key[1]) and key not in side and key not in side_boxes
        main = main and key not in latest_side and key not in short_menus
        main = main and key not in slides
        main = main and not in_prose([link.root for link, _, _ in groups[key]])
        if key[1] is None and menu_entry(groups[key][0][0]):
            main = False  # a lone link among a menu's short entries is one of them
        # A list repeats: a group of links to two or more pages beats a lone undated link
        # (a group without a container), whatever their weights (two off-site rows weigh
        # one); a lone dated link is a last page of one story, weighed as any list.
        return main, key[1] is not None or dated > 0, key in anchored, value

    # Lists of equal weight: the one the pager pages (nearest to it) wins, then the first on
    # the page (a last page's lone dated row above its pager ties a side menu headed by the
    # channel's name, the 通知公告 box listing its sub-channels).
    best = max(order, key=lambda key: (score(key), key in paged, -order.index(key)))
    best = (
        row_by_pager(groups, boxes_of_pager)
        or _folder_row(best, groups, pager, pager_links, page_url, base, short, dates, date_in_row)
        or lone_story(best, groups, dates, page_url)
        or dated_card(best, groups, dates, page_url)
        or covered_card(best, groups, dates, pictures, paged)
        or best
    )
    best = headed_title(best, groups, dates, short) or best
    inner = inner_box(best, groups, dates)
    lone = best if inner != best else None
    best = inner

    def portal(key) -> bool:
        return key[1] is not None and portal_heading(key[1]) is not None

    lead: list[tuple] = []
    if _home_page(page_url) and portal(best):
        # a front page of portal boxes is for its top block (LABELLING.md: on a home page the
        # main list is the top block), not for whichever box lower down holds a row more
        weight = score(best)
        near = [
            key
            for key in order
            if portal(key)
            and score(key)[:3] == weight[:3]
            and score(key)[3] >= _PORTAL_NEAR * weight[3]
        ]
        position = {node: i for i, node in enumerate(html.root.iter())}
        best = min(near, key=lambda key: position.get(groups[key][0][0].root, 0))
        lead = box_lead(best, groups)

    paths: dict = {}  # link element -> its tag path, for column()

    def column(key, members) -> list:
        # every link at the column's tag path in the container's rows: a short one (a job
        # named 会计), or one another group holds (a row whose title shares its box with a
        # picture link or a category link is a group of its own)
        path, container = key
        if container is None:
            return []
        have = {link.root for link, _, _ in members}
        found = []
        for link, url in short + matching:
            el = link.root
            if el in have:
                continue
            # the tag path first, kept per link: the title groups ask for a column of each
            # group, and each column walked every link's ancestors and made the tag path of
            # those inside (57,044 paths on the 92 dev list pages: a third of the finder's time)
            link_path = paths.get(el)
            if link_path is None:
                link_path = paths[el] = element_path(el)
            if link_path == path and container in el.iterancestors():
                found.append((link, url, row_of(link, container)))
        return found

    # columns of short links alone (jobs named 会计 in every row) are columns too
    groups = {**short_columns(best[1], short), **groups}
    best = title_group(best, groups, column)
    if len(js_rows) > len(groups[best]):
        return js_rows
    # the rows' titles at the title's tag path that other groups hold or that are short
    # (a title-like link first: a row may hold a short tag beside its title at one path),
    # record by record when the list's rows are boxes of records
    holders = box_records(groups[best] + column(best, groups[best]), groups[best])
    lists_of = {link.root: key[1] for key, group in groups.items() for link, _, _ in group}
    members = (
        lead + groups[best] + short_titles(best, groups[best], matching + short, holders, lists_of)
    )
    members += sibling_rows(best[1], members, matching, short)
    members += blank_rows(best[1], members, pictures)
    boxes = continued_boxes(best, groups, _own_address(html.root, page_url, names), lone)
    # a hub's box of one row was grouped at the wrapper the boxes share: its row is read in
    # its own box, like the list's rows, and does not make the boxes the wrapper's rows
    wrappers = set(best[1].iterancestors()) if boxes else set()
    wrapped = {key for key in boxes if key[1] in wrappers}
    # a table row's other cell is read by its own rows (its rows are no rows of the list's box)
    cells = {key for key in boxes if key[0] != best[0] and cell_pair(best[1], key[1])}
    if any(
        row_kind(key[1]) != row_kind(best[1])
        and not lead_box(key[1], best[1], len(groups[key]), len(groups[best]))
        for key in boxes
        if key not in wrapped and key not in cells
    ):
        # boxes folded into their wrapper were its rows: their rows are the records, as in
        # the boxes joined to them (a lead box's rows are rows like the list's own)
        members = [(link, url, _record_in(link, row)) for link, url, row in members]
    for key in boxes:
        if key in wrapped:
            rows = [(link, url, _row_in_box(link, best[1])) for link, url, _ in groups[key]]
            members += rows
            # the box's other rows are built as the list's rows are (chnmedu's 2016年 box: one
            # plain row, two set out with a picture), read by the list's own rows
            for box in dict.fromkeys(row.getparent() for _, _, row in rows):
                if box is not None and box is not best[1]:
                    members += sibling_rows(box, rows + groups[best], matching, short)
        elif key[0] == best[0] or key in cells:
            # each box's rows built a little differently (a picture row) and its short
            # titles (聊聊 g0 in a year's box of an archive) join it, as the list's own do
            members += groups[key] + sibling_rows(key[1], groups[key], matching, short)
            members += short_titles(key, groups[key], matching + short, None, lists_of)
        else:
            members += box_rows(key[1], group_rows_path(best), matching + short)
    # cards titled too short for a candidate, built like the list's rows, in its boxes or in a
    # box right above or below it (a 置顶 box, the half a banner cut off: yqfk.cn's 土木水利)
    members += alike_rows(members, short, date_in_row)
    if len(members) > len(groups[best]):
        top = best[1].getroottree().getroot() if boxes else best[1]
        position = {node: i for i, node in enumerate(top.iter())}
        members.sort(key=lambda m: position.get(m[0].root, 0))
    # a hub's 相关下载 box beside its boxes holds files, not the column's items
    members = drop_download_boxes(members, best[1])
    members = drop_adverts(members)
    members = take_back_off_site_rows(members, drop_odd_rows(members), page_url)
    members = drop_badges(drop_shared_links(members))
    sites = keep_sites([url for _, url, _ in members], page_url)
    # an off-site row built like the site's own rows is one of them, date or none (the
    # lead's session-27 decision); one that differs is an advert
    own_rows = [m for m in members if site_of(m[1]) == site]
    entries: list[ListingEntry] = []
    stories: dict = {}
    listed: set[str] = set()
    for link, url, row in members:
        if url in listed:
            # the row's title linked again (its date, 详情), or another row's link to the page
            # (a card's summary and its 房型 tab both lead to room-378.html, lists99): a page
            # is listed once
            continue
        listed.add(url)
        date_raw = date_in_row(link, row)
        title = title_of(link) or None
        away = sites is not None and site_of(url) not in sites
        own = (
            OWN_ROW_TITLE_RE.match(title or "")
            or WECHAT_STORY_RE.match(url)
            or (away and date_raw is not None and ARTICLE_ADDRESS_RE.search(url))
            or (away and off_site_like_rows((link, url, row), own_rows))
        )
        if (away and not own) or _listed_before(url, title, stories):
            continue
        entries.append(ListingEntry(url=url, title=title, date_raw=date_raw))
    return entries


def _page_wide(container) -> bool:
    """True for a group's container that is the whole page (``body`` or ``html``)."""
    return container is not None and container.tag in ("body", "html")


def _lone_card_fellows(groups: dict, short: list[tuple]) -> dict:
    """Regroup a lone dated link with the short links at its tag path as one list of cards.

    A category page of two post cards, each a dated meta line over an h1 title link, whose
    first title is too short for a candidate (学联招新, four characters: lists221's CSSA Leeds
    page): the other card's title stood alone, without a container, and a profile widget's
    outside links outweighed it. Cards printed by one template loop are rows of one list
    however short their titles, when each is a record with a date, as the lone one is.
    """
    lone = [key for key in groups if key[1] is None and len(groups[key]) == 1]
    if not lone or not short:
        return groups
    by_path: dict = {}
    for link, url in short:
        by_path.setdefault(tag_path(link), []).append((link, url))
    changed = dict(groups)
    for key in lone:
        link, url, _ = groups[key][0]
        fellows = [(f, u) for f, u in by_path.get(key[0], []) if u != url]
        if not fellows:
            continue
        regrouped = record_groups([(link, url), *fellows])
        held = [
            k for k in regrouped if k[1] is not None and any(m[0] is link for m in regrouped[k])
        ]
        if len(held) != 1:
            continue
        position = {node: i for i, node in enumerate(held[0][1].iter())}
        members = sorted(regrouped[held[0]], key=lambda m: position.get(m[0].root, 0))
        if len(members) < 2 or any(record_date(m[0], m[2]) is None for m in members):
            continue
        changed = {(held[0] if k == key else k): v for k, v in changed.items()}
        changed[held[0]] = members
    return changed


def _folder_row(best, groups, pager, pager_links, page_url, base, short, dates, date_in_row):
    """The lone row above the pager in the channel's folder (:func:`.last_page.folder_row`).

    A lone link titled too short for a candidate counts here (LABELLING, the lead's session-29
    answer: yqfk.cn's one card 新专业预留 under a header menu, five characters): the folder and
    the pager are the evidence, the candidates' length floor is no labelling rule. Such a link
    joins ``groups`` (and ``dates``) only when it is the row."""
    if not pager_links:
        return None
    hrefs = [(a.get("href") or "").strip() for a in pager_links]
    folder = pager_folder(page_url, [urljoin(base, h) for h in hrefs if h and not leads_nowhere(h)])
    if folder is None:
        return None
    # short-titled links in the folder, each a group of its own (a picture link and a title
    # link to one address are one row: folder_row takes them as one)
    # (not one beside the pager's links: hfips' 下5页 to a later page is the pager's own; nor
    # against a box of dated rows, a list whatever its folder: a short link is weaker witness)
    pager_parents = {a.getparent() for a in pager_links}
    shorts = (
        {
            (element_path(link.root), None): [(link, url, None)]
            for link, url in short
            if in_folder(url, folder) and link.root.getparent() not in pager_parents
        }
        if not any(dates[best])
        else {}
    )
    shorts = {key: members for key, members in shorts.items() if key not in groups}
    everything = {**groups, **shorts} if shorts else groups

    def above(key) -> bool:
        node = key[1] if key[1] is not None else everything[key][0][0].root
        return above_pager(node, pager)

    found = folder_row(best, everything, above, folder)
    if found is None and not any(dates[best]):
        found = _few_folder_rows(best, groups, short, pager, pager_parents, folder)
        if found is not None:
            dates[found] = [date_in_row(link, row) for link, _, row in groups[found]]
            return found
    if found in shorts:
        groups[found] = shorts[found]
        dates[found] = [date_in_row(link, row) for link, _, row in shorts[found]]
    return found


def _few_folder_rows(best, groups, short, pager, pager_parents, folder):
    """A last page's few rows in the channel's folder, built alike in one box right above the
    pager (:func:`.alike_rows.few_alike_rows`), against a bigger box filed elsewhere (a header
    menu of channel roots): yqfk.cn's three cards, two titled too short for a candidate. The box
    joins ``groups`` as a list of those rows."""
    urls = [url for _, url, _ in groups[best]]
    if sum(in_folder(url, folder) for url in urls) * 2 >= len(urls):
        return None
    lone = [
        (link, url)
        for key, members in groups.items()
        if key != best and len({u for _, u, _ in members}) == 1
        for link, url, _ in members
    ]
    links = [
        (link, url)
        for link, url in lone + short
        if in_folder(url, folder)
        and not is_pager_link(link)
        and link.root.getparent() not in pager_parents
    ]
    found = few_alike_rows(links, lambda box: above_pager(box, pager))
    if found is None:
        return None
    box, members = found
    key = (element_path(members[0][0].root), box)
    groups[key] = members
    return key


def _row_in_box(link, container):
    """The row holding ``link`` in the nearest box above it built like ``container``."""
    chain = ancestry(link)
    for i in range(len(chain) - 2, -1, -1):
        if chain[i].tag == container.tag and row_kind(chain[i]) == row_kind(container):
            return chain[i + 1]
    return chain[-2]


def _record_in(link, box):
    """The child of ``box`` holding ``link`` (``box`` itself when the link is its child)."""
    row = row_of(link, box)
    return box if row is None else row


def _listed_before(url: str, title: str | None, stories: dict) -> bool:
    """True when ``url`` repeats a story already listed; records it otherwise.

    A story listed twice under one title, once with a query added (``?reload=1``), is one
    article; the same title with other query values (``?id=1``, ``?id=2``) is two.
    """
    path, _, query = url.partition("?")
    params = frozenset(parse_qsl(query, keep_blank_values=True))
    earlier = stories.setdefault((path, title), [])
    if any(params <= other or other <= params for other in earlier):
        return True
    earlier.append(params)
    return False
