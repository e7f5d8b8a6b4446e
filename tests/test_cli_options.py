"""The options several commands take are declared once, in cli/common.py."""

from __future__ import annotations

import re
from pathlib import Path

CLI = Path(__file__).resolve().parents[1] / "incubator_crawler" / "cli"
#: a click.option declaring one of the shared options (first name, or second after a short one)
SHARED = re.compile(
    r'click\.option\(\s*(?:"-\w",\s*)?"(--(?:db|json|csv|set|wait|full|since|until))"'
)


def test_shared_options_are_declared_only_in_common():
    declared = [
        (path.name, option)
        for path in sorted(CLI.glob("*.py"))
        if path.name != "common.py"
        for option in SHARED.findall(path.read_text("utf-8"))
    ]
    assert declared == []
    assert len(SHARED.findall((CLI / "common.py").read_text("utf-8"))) == 8
