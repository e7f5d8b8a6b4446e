"""Hrefs that lead to no page of their own: a script (``javascript:``), a fragment, a mail.

HTML reads a URL's scheme in any case: jspn.js.cn's pager writes ``Javascript:goToPageURL(2)``
(lists99), which a case-sensitive ``startswith("javascript:")`` took for a relative address.
"""

from __future__ import annotations

_SCRIPT = "javascript:"


def is_script(href: str) -> bool:
    """True when ``href`` runs a script (``javascript:`` in any case, leading spaces ignored)."""
    return href.lstrip()[: len(_SCRIPT)].lower() == _SCRIPT


def leads_nowhere(href: str, *, mailto: bool = False) -> bool:
    """True when ``href`` runs a script or points inside the page (a ``#`` fragment), or with
    ``mailto`` set, opens a mail."""
    head = href.lstrip()
    if head.startswith("#") or is_script(head):
        return True
    return mailto and head[:7].lower() == "mailto:"
