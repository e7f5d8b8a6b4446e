"""Shapes of the pages hunt105, hunt106 and hunt107 showed on first contact, as pages of our own.
Why each shape and the page it came from: docs/benchmarks.md, follow105."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

TITLE = "法院：高速公路上拍婚纱照，违法！"
TEXT = f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"


@pytest.mark.parametrize(
    ("credit", "editor"),
    [
        ("【编辑：王珏 QQ：1485994861；TEL：13810405128/010-84990788—1369】", "王珏"),
        ("【编辑：王珏 Tel: 010-84990788】", "王珏"),
        ("【编辑：王珏 E-mail：wangjue@example.cn】", "王珏"),
        # neighbours: the name alone, two names, a Latin name with no contact label after it
        ("【编辑：王珏】", "王珏"),
        ("【编辑：王珏 孙婧】", "王珏 孙婧"),
        ("【编辑：Tom Telford】", "Tom Telford"),
    ],
    ids=["qq-tel", "tel", "email", "alone", "two-names", "latin-name"],
)
def test_an_editor_credit_ends_before_its_contact_details(credit: str, editor: str) -> None:
    """chinahighway.com: ``【编辑：王珏 QQ：…；TEL：…】`` under the text names 王珏; the QQ and
    telephone numbers after a Latin label are how to reach the editor, no part of the name."""
    body = f"<h1>{TITLE}</h1><div class='content'>{TEXT}<p>{credit}</p></div>"
    rec = run(body, f"<title>{TITLE}</title>")
    assert rec["editor"] == editor
