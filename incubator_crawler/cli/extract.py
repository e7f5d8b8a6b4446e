"""`extract`: article fields from saved pages, no crawl engine."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..crawl.process import extract_normalized
from . import cli
from .common import CliError, echo_jsonl, json_option


def _sidecar(path: Path) -> dict:
    """The fixture sidecar ``<name>.json`` (url, headers) beside a saved page, if any."""
    sidecar = path.with_suffix(".json")
    if sidecar == path or not sidecar.exists():
        return {}
    try:
        return json.loads(sidecar.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CliError(f"cannot read {sidecar}: {exc}") from None


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--url", help="URL the page was served from (default: the sidecar's url, else file://)."
)
@click.option(
    "--site-name", help="The site's own name, e.g. 中国孵化器网 (recognised as not-a-person)."
)
@json_option("One JSON object per line (the default is readable text).")
def extract(files, url, site_name, as_json):
    """Extract title, date, author, editor, source, category and body from saved HTML FILES.

    The bytes are decoded as a browser would (HTTP header from a sidecar FILE.json, BOM, <meta>).

    Example:

        incubator-crawler extract page.html --url http://www.cnfuhuaqi.com/news/show/1.aspx --json
    """
    records = []
    for path in files:
        try:
            body = path.read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None
        meta = _sidecar(path)
        page_url = url or meta.get("url") or path.resolve().as_uri()
        record = extract_normalized(
            body,
            page_url,
            status=int(meta.get("status", 200)),
            headers=meta.get("headers") or {},
            site_name=site_name,
        )
        record = {"file": str(path), **record}
        if as_json:
            echo_jsonl([record])
        else:
            records.append(record)
    for record in records:
        click.echo(f"== {record['file']}")
        for key in (
            "url",
            "title",
            "published_at",
            "author",
            "editor",
            "source",
            "category",
            "encoding",
            "rejected",
        ):
            click.echo(f"{key:>13}: {record[key] if record[key] is not None else ''}")
        click.echo(f"{'body':>13}: {(record['body'] or '')[:200]}")
