"""Shared CLI pieces: the options several commands take, exit-code-2 errors, option parsing, output writers."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from typing import Any

import click

from ..archive.db import ArchiveError, open_archive, open_archive_readonly
from ..archive.failures import EXIT_WRITE_FAILED, ArchiveWriteError, classify
from ..crawl.runner import CrawlRequestError
from ..ops.lock import ArchiveLocked, hold_archive_lock
from ..replicas import ReplicaPortBusy
from ..tools.export import neutralize_formula

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


def json_option(help: str):  # noqa: A002 - click's own name for it
    """``--json`` (``as_json``): the command's output as JSON; ``help`` says its shape."""
    return click.option("--json", "as_json", is_flag=True, help=help)


#: ``--csv`` (``as_csv``): the command's rows as CSV.
csv_option = click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row.")

#: ``--full``: re-fetch what the archive has (crawl, demo).
full_option = click.option("--full", is_flag=True, help="Re-fetch articles already in the archive.")


def settings_option(command):
    """``-s/--set NAME=VALUE`` (``settings_pairs``), repeatable, as ``scrapy crawl -s``."""
    return click.option(
        "-s",
        "--set",
        "settings_pairs",
        multiple=True,
        metavar="NAME=VALUE",
        help="Scrapy setting, as scrapy crawl -s.",
    )(command)


def wait_option(command):
    """``--wait SECONDS``: queue for the archive's lock instead of exiting 1."""
    return click.option(
        "--wait",
        type=click.FloatRange(min=0),
        metavar="SECONDS",
        help="If another process holds the archive, wait up to SECONDS for it instead of exiting.",
    )(command)


def filter_options(command):
    """``--site --source --category --since --until``: which articles (search, export)."""
    command = click.option(
        "--category",
        help="Only this category or its subcategories, e.g. 新闻动态 or '新闻动态 > 园区动态'.",
    )(command)
    command = click.option("--source", help="Only articles with this 来源, e.g. 济南高新区.")(
        command
    )
    command = click.option("--site", help="Only this site, e.g. cnfuhuaqi.")(command)
    command = click.option(
        "--since",
        callback=validate_date,
        help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).",
    )(command)
    command = click.option(
        "--until",
        callback=validate_date,
        help="Published on or before; 2024 and 2024-03 include the whole year or month.",
    )(command)
    return command


def open_db(path: str, *, create: bool = False, readonly: bool = False):
    """Open the archive (``readonly``: only an existing archive, writing nothing) or fail with one line."""
    try:
        if readonly:
            return open_archive_readonly(path)
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


#: An example of each repeated NAME=VALUE option, for its error message.
PAIR_EXAMPLES = {"-s": "DOWNLOAD_DELAY=1", "-a": "channels=政策"}


def parse_pairs(pairs: Iterable[str], option: str) -> dict[str, str]:
    """Turn repeated ``NAME=VALUE`` options into a dict (as ``scrapy crawl -s/-a`` does)."""
    result: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            example = PAIR_EXAMPLES.get(option, "NAME=VALUE")
            raise CliError(f"{option} {pair!r} must be NAME=VALUE, e.g. {option} {example}")
        result[name.strip()] = value
    return result


@contextmanager
def user_errors():
    """Turn the layers' one-line errors into CLI errors (exit 2), and a held archive into exit 1."""
    try:
        yield
    except (CrawlRequestError, ReplicaPortBusy, ArchiveError) as exc:
        raise CliError(str(exc)) from None
    except ArchiveLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(1) from None


@contextmanager
def write_failures(db_path: str, after: str):
    """A write the archive refused mid-command: one line (cause, what to do, ``after``), exit 3."""
    try:
        yield
    except ArchiveWriteError as exc:
        click.echo(f"Error: {exc.failure.line(db_path)} ({after})", err=True)
        raise SystemExit(EXIT_WRITE_FAILED) from None
    except sqlite3.Error as exc:
        click.echo(f"Error: {classify(exc).line(db_path)} ({after})", err=True)
        raise SystemExit(EXIT_WRITE_FAILED) from None


@contextmanager
def archive_lock(db_path: str, wait: float | None):
    """Hold the archive's write lock, or fail with who holds it (exit 1)."""
    with user_errors(), hold_archive_lock(db_path, wait, lambda line: click.echo(line, err=True)):
        yield


def echo_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line, UTF-8, keys in a stable order."""
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def fetched_line(summary: dict[str, Any], how: str) -> str:
    """A crawl summary's first line: ``site: reason <how>, N pages fetched (N listing, N
    article)``; a crawl and a worker crawl say how (its seconds, the worker) and count alike."""
    return (
        f"{summary['site']}: {summary['finish_reason']} {how}, "
        f"{summary['pages_fetched']} pages fetched ({summary['listing_pages']} listing, "
        f"{summary['article_pages']} article)"
    )


def write_csv(rows: Iterable[dict[str, Any]], fieldnames: list[str], out=None) -> int:
    """Write rows as CSV (formulas neutralised) and return how many were written."""
    writer = csv.DictWriter(out or sys.stdout, fieldnames=fieldnames, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: neutralize_formula(row.get(key)) for key in fieldnames})
        count += 1
    return count
