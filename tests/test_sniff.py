"""article/sniff.py: control bytes counted exactly, and the share that marks a page binary."""

from __future__ import annotations

import random

from incubator_crawler.article.sniff import _CONTROL, control_bytes, not_html


def test_control_bytes_counts_c0_controls_but_text_whitespace_and_esc():
    assert control_bytes(bytes(range(256))) == 27  # 32 C0 controls less tab, LF, FF, CR, ESC
    assert control_bytes(b"\t\n\x0c\r\x1b") == 0
    assert control_bytes(b"\x00\x01abc\x7f\x80\xff") == 2
    assert control_bytes(b"") == 0
    assert control_bytes("孵化器 incubator".encode("gb18030")) == 0


def test_control_bytes_agrees_with_a_byte_by_byte_count():
    rng = random.Random(14)
    for size in (1, 17, 4096):
        data = bytes(rng.randrange(256) for _ in range(size))
        assert control_bytes(data) == sum(1 for b in data if b in _CONTROL)


def test_binary_only_above_two_percent_control_bytes():
    assert not_html(b"a" * 98 + b"\x00\x00") is None  # exactly 2%: still text
    assert not_html(b"a" * 97 + b"\x00\x00\x00") == "binary data"
