"""Which link of a record is its title, when each row of a list holds several.

A job board prints the job and its company in every row; a news feed the title, its author
and its tags; a forum the thread, its board and its poster. The generic list finder
(:func:`.links.find_article_links_generic`) groups links by tag path, so each of these is a
column: a group of links in the same container and in the same rows. A reader takes the
headline: not a column whose pages many rows share (the company, the author, the tag), then
the link read first in the row, unless another column's texts are much longer (the title
after a short author or tag link).

A member is a ``(link, url, row)`` triple, as in :mod:`.rows`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .rows import row_kind

#: Share of the chosen list's rows another link group must sit in to be a column of them.
_SAME_ROWS_SHARE = 0.8
#: How many times longer a column's usual text must be to be the rows' titles instead.
_TITLE_LENGTH_RATIO = 2
#: Share of a column's rows whose page another row links too, above the least shared
#: column's, that marks the rows' shared pages (company, author, board) rather than titles.
_SHARED_MARGIN = 0.1


def _usual_title(members: list, text_of: Callable) -> float:
    """The median over rows of each row's longest link text in ``members``."""
    longest: dict = {}
    for link, _, row in members:
        longest[row] = max(longest.get(row, 0), len(text_of(link)))
    ordered = sorted(longest.values())
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def shared_share(members: list) -> float:
    """The share of the members' rows whose link's page another row links too."""
    rows_of: dict = {}
    for _, url, row in members:
        rows_of.setdefault(url, set()).add(row)
    rows = {row for _, _, row in members}
    shared = {row for _, url, row in members if len(rows_of[url]) > 1}
    return len(shared) / len(rows) if rows else 0.0


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


def title_group(
    best: tuple, groups: dict, text_of: Callable, extend: Callable | None = None
) -> tuple:
    """The group of the rows' titles among ``best`` and the other columns of its rows.

    A column is another group in ``best``'s container that sits in most of ``best``'s rows
    of its rows' kind (a row with none of its links is no row of ``best``); ``extend(key,
    members)`` gives a group's short-texted links too (a job named 会计), so a column is
    judged on all its rows. Columns whose pages rows share (a company with three jobs, a
    tag) lose to the least shared; of the rest, the one read first in the row is the
    title, unless another's usual text (the median of its rows' longest) is at least twice
    as long: a short author or tag link before the title is no title.
    """
    container = best[1]
    if container is None:
        return best

    def full(key) -> list:
        return groups[key] + (extend(key, groups[key]) if extend else [])

    columns = {best: full(best)}
    rows = {row for _, _, row in columns[best]}
    for key in groups:
        if key == best or key[1] is not container:
            continue
        members = full(key)
        own = {row for _, _, row in members}
        # best may hold rows of two kinds (the question, then its vote bar): compare with
        # best's rows of the kind these rows are
        kind = Counter(row_kind(row) for row in own).most_common(1)[0][0]
        alike = {row for row in rows if row_kind(row) == kind}
        if len(alike & own) >= max(2, _SAME_ROWS_SHARE * len(alike)):
            columns[key] = members
    if len(columns) == 1:
        return best
    shared = {key: shared_share(members) for key, members in columns.items()}
    least = min(shared.values())
    columns = {key: m for key, m in columns.items() if shared[key] <= least + _SHARED_MARGIN}
    position = {node: i for i, node in enumerate(container.iter())}
    found = _read_first(columns, position)
    longest = _usual_title(columns[found], text_of) * _TITLE_LENGTH_RATIO
    for key, members in columns.items():
        length = _usual_title(members, text_of)
        if key != found and length >= longest:
            found, longest = key, length
    return found
