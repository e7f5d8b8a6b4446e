"""Which link of a record is its title, when each row of a list holds several.

A job board prints the job and its company in every row; a news feed the title, its author
and its tags; a forum the thread, its board and its poster. The generic list finder
(:func:`.links.find_article_links_generic`) groups links by tag path, so each of these is a
column: a group of links in the same container and in the same rows. A reader takes the
headline: not a column whose pages many rows share (the company, the author, the tag); a
link set out as a headline (in a heading, in bold) over one that is not; then the link
read first in the row. Text length decides nothing: a job is often named in two characters
(会计) beside a long company name, and a title set out in a heading beats a long author link.

A member is a ``(link, url, row)`` triple, as in :mod:`.rows`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from urllib.parse import urljoin

from .rows import as_records, box_records, element_text, row_kind

#: Share of the chosen list's rows another link group must sit in to be a column of them.
_SAME_ROWS_SHARE = 0.8
#: Share of a column's rows whose page another row links too, above the least shared
#: column's, that marks the rows' shared pages (company, author, board) rather than titles.
_SHARED_MARGIN = 0.1
#: Share of rows one text must hold for a column to be a button (新窗口打开 in every row).
_BUTTON_SHARE = 0.8
#: Elements that set a link out as the record's headline: a heading round it, bold inside.
_HEADLINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "b", "strong"})
#: Share of a column's rows whose link is set out for the column to read as headlines.
_HEADLINE_SHARE = 0.5
#: Share of a column's rows that link its page again for the column to read as the stories.
_AGAIN_SHARE = 0.5


def shared_share(members: list) -> float:
    """The share of the members' rows whose every link here leads to a page another row
    links too (a row with a category link and its own title is not shared)."""
    rows_of: dict = {}
    for _, url, row in members:
        rows_of.setdefault(url, set()).add(row)
    rows = {row for _, _, row in members}
    own = {row for _, url, row in members if len(rows_of[url]) == 1}
    return len(rows - own) / len(rows) if rows else 0.0


def _set_out(link, row) -> bool:
    """True when a heading or bold text holds ``link`` (below ``row``) or sits inside it."""
    node = link.root
    if any(isinstance(n.tag, str) and n.tag in _HEADLINE_TAGS for n in node.iterdescendants()):
        return True
    for parent in node.iterancestors():
        if parent is row:
            return False
        if parent.tag in _HEADLINE_TAGS:
            return True
    return False


def headline_share(members: list) -> float:
    """The share of the members' rows whose link is set out as a headline."""
    rows = {row for _, _, row in members}
    set_out = {row for link, _, row in members if _set_out(link, row)}
    return len(set_out) / len(rows) if rows else 0.0


def _is_button(members: list) -> bool:
    """True when nearly every row's link says the same (an icon's 有新回复 tooltip).

    A column of names may repeat one in many rows (half the jobs of a search for 会计 are
    named 会计) and still name other things in the rest: only one text in nearly all rows
    makes a button.
    """
    # what each link says: its tooltip, or its text
    says = [
        ((link.attrib.get("title") or "").strip() or element_text(link.root), row)
        for link, _, row in members
    ]
    texts = Counter(text for text, _ in says)
    if not texts:
        return False
    said, top = texts.most_common(1)[0]
    rows = len({row for _, _, row in members})
    if top < _BUTTON_SHARE * rows:
        return False
    # titles each beside the same [通知公告栏目] link in one heading: the repeated words
    # stand once in a row, beside words of the row's own, so the column is the titles (an
    # author named in several cards of a box of cards is still the box's shared link)
    times: Counter = Counter()
    other: set = set()
    for text, row in says:
        if text == said:
            times[row] += 1
        elif text:
            other.add(row)
    paired = sum(1 for row, n in times.items() if n == 1 and row in other)
    return paired < _BUTTON_SHARE * rows


def _firsts(members: list, position: dict) -> dict:
    """Each row's earliest link of ``members``, as its position in the page."""
    first: dict = {}
    for link, _, row in members:
        at = position.get(link.root, 0)
        if row not in first or at < first[row]:
            first[row] = at
    return first


def _read_first(columns: dict, position: dict) -> tuple:
    """The column read first in the rows: the one that comes before most others in most
    of the rows they share (the first column on a tie)."""
    firsts = {key: _firsts(members, position) for key, members in columns.items()}

    def leads(key) -> int:
        won = 0
        for other in columns:
            if other == key:
                continue
            both = firsts[key].keys() & firsts[other].keys()
            ahead = sum(1 for row in both if firsts[key][row] < firsts[other][row])
            won += 2 * ahead > len(both)
        return won

    keys = list(columns)
    return max(keys, key=lambda key: (leads(key), -keys.index(key)))


def title_group(best: tuple, groups: dict, extend: Callable | None = None) -> tuple:
    """The group of the rows' titles among ``best`` and the other columns of its rows.

    A column is another group in ``best``'s container that sits in most of ``best``'s rows
    of its rows' kind (a row with none of its links is no row of ``best``); ``extend(key,
    members)`` gives a group's short-texted links too (a job named 会计), so a column is
    judged on all its rows. Columns whose pages rows share (a company with three jobs, a
    tag) lose to the least shared, and buttons (the same words in every row) to words;
    columns set out as headlines in most rows (a heading round the link, bold inside it)
    beat those that are not; of the rest, the one read first in the row is the title.
    """
    container = best[1]
    if container is None:
        return best

    def full(key) -> list:
        return groups[key] + (extend(key, groups[key]) if extend else [])

    columns = {best: full(best)}
    # best's own rows, before its short links: a row's short tags must not make a column
    # of titles (some of them in rows of their own, beside a picture link) look partial
    rows = {row for _, _, row in groups[best]}
    for key in groups:
        if key == best or key[1] is not container:
            continue
        members = full(key)
        own = {row for _, _, row in members}
        # best may hold rows of two kinds (the question, then its vote bar): compare with
        # best's rows of the kind these rows are
        # rows in the page's order: a tie goes to the first kind, the same on every run
        in_order = dict.fromkeys(row for _, _, row in members)
        kind = Counter(row_kind(row) for row in in_order).most_common(1)[0][0]
        alike = {row for row in rows if row_kind(row) == kind}
        if len(alike & own) >= max(2, _SAME_ROWS_SHARE * len(alike)):
            columns[key] = members
    if len(columns) == 1:
        return best
    # a list cut into boxes has the boxes as rows: each column is judged on the records
    # inside them (a company names a few of a box's jobs; one text in most boxes is no
    # button when most of the box's rows say others)
    holders = box_records(columns[best], groups[best])
    columns = {key: as_records(members, holders) for key, members in columns.items()}
    shared = {key: shared_share(members) for key, members in columns.items()}
    least = min(shared.values())
    columns = {key: m for key, m in columns.items() if shared[key] <= least + _SHARED_MARGIN}
    worded = {key: m for key, m in columns.items() if not _is_button(m)}
    columns = worded or columns
    headlines = {key: m for key, m in columns.items() if headline_share(m) >= _HEADLINE_SHARE}
    columns = headlines or columns
    linked_again = {key: m for key, m in columns.items() if again_share(m) >= _AGAIN_SHARE}
    position = {node: i for i, node in enumerate(container.iter())}
    return _read_first(linked_again or columns, position)


def _linked_again(link, url: str, row) -> bool:
    """True when another link of ``row`` showing words leads to ``url``'s page (a fragment
    aside); a picture alone is no second link (a company's logo beside its name)."""
    page = url.split("#", 1)[0]
    for other in row.iter("a"):
        href = (other.get("href") or "").strip()
        if other is link.root or not href or not element_text(other):
            continue
        if urljoin(url, href).split("#", 1)[0] == page:
            return True
    return False


def again_share(members: list) -> float:
    """The share of the members' rows that link a member's page again in words (a comment
    count, 阅读全文): the row's own story, not its author or board."""
    rows = {row for _, _, row in members if row is not None}
    again = {row for link, url, row in members if row is not None and _linked_again(link, url, row)}
    return len(again) / len(rows) if rows else 0.0
