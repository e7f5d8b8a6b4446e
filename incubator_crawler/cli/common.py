"""Shared CLI pieces: the --db option, exit-code-2 errors, option parsing, output writers."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable
from typing import Any

import click

from ..export import neutralize_formula
from ..storage.db import ArchiveError, open_archive

DEFAULT_DB = "data/archive.db"


class CliError(click.ClickException):
    """A mistake the user can fix: one line on stderr, exit code 2, no traceback."""

    exit_code = 2


def db_option(command):
    """``--db PATH`` (env INCUBATOR_DB, default data/archive.db), as sqlite-utils names it."""
    return click.option(
        "--db",
        "db_path",
        envvar="INCUBATOR_DB",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="Path to the SQLite archive.",
    )(command)


def open_db(path: str, *, create: bool = False):
    """Open the archive or fail with a one-line error."""
    try:
        return open_archive(path, create=create)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def validate_date(ctx, param, value: str | None) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date); anything else is exit 2."""
    if value is None:
        return None
    from datetime import date

    if _DATE.match(value):
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
            return value
        except ValueError:
            pass
    raise CliError(f"--{param.name} {value!r} is not a date; use YYYY-MM-DD, e.g. 2024-04-24")


def parse_pairs(pairs: Iterable[str], option: str) -> dict[str, str]:
    """Turn repeated ``NAME=VALUE`` options into a dict (as ``scrapy crawl -s/-a`` does)."""
    result: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CliError(f"{option} {pair!r} must be NAME=VALUE, e.g. {option} DOWNLOAD_DELAY=1")
        result[name.strip()] = value
    return result


def echo_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line, UTF-8, keys in a stable order."""
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def write_csv(rows: Iterable[dict[str, Any]], fieldnames: list[str], out=None) -> int:
    """Write rows as CSV (formulas neutralised) and return how many were written."""
    writer = csv.DictWriter(out or sys.stdout, fieldnames=fieldnames, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: neutralize_formula(row.get(key)) for key in fieldnames})
        count += 1
    return count
