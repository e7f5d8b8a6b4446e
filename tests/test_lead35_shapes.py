"""The lead's mends at session 35's merges, on pages of our own.

- A partner-sites box (友情链接) whose links each show their web address is a menu of other sites:
  its addresses cut, whether its heading shares the links' paragraph or stands above them; a closing list of
  written-out addresses under 相关链接 stays (follow253's rule for the text's own references).

Why: docs/benchmarks.md, "Thirty-fifth session".
"""

from __future__ import annotations

from page_shapes import PROSE, run

HEAD = "<title>园区走访纪要 - 星火孵化器</title>"
TOP = "<h1>园区走访纪要</h1><div class='meta'>2021-02-02</div>"


def _body(text: str) -> str:
    out = run(
        f"<div class='main'>{TOP}<div class='post'><p>{PROSE}</p><p>{PROSE}</p>{text}</div></div>",
        HEAD,
    )
    return out["body"] or ""


ADDRESSES = (
    "<li><a href='https://example.org/a'>https://example.org/a</a></li>"
    "<li><a href='https://example.net/b'>https://example.net/b</a></li>"
)


def test_friend_links_heading_above_the_address_list_is_cut() -> None:
    body = _body(f"<p>友情链接</p><ul>{ADDRESSES}</ul>")
    assert "https://example.org/a" not in body
    assert "https://example.net/b" not in body


def test_related_links_of_written_out_addresses_are_kept() -> None:
    body = _body(f"<p>相关链接</p><ul>{ADDRESSES}</ul>")
    lines = [x for x in body.split("\n") if x.strip()]
    assert lines[-3:] == ["相关链接", "https://example.org/a", "https://example.net/b"]
