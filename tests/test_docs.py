"""The README documents every command, and CI runs the README's test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

from incubator_crawler.cli import cli
from incubator_crawler.sites.cnfuhuaqi import SITE

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def readme_commands() -> list[str]:
    """The two commands of the README's 'Two commands' section."""
    section = README.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_readme_has_two_commands():
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("incubator-crawler demo")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_every_command_is_in_the_readme():
    for name in cli.commands:
        assert f"incubator-crawler {name}" in README, name


def test_site_is_documented():
    assert SITE["home"].split("//")[1].strip("/") in README
