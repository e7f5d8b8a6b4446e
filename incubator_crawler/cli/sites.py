"""`sites` (the known sites and their last crawl) and `fixture save` (a page as a test fixture)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import click

from ..archive.queries import last_runs
from ..crawl.settings import USER_AGENT
from ..sites import all_sites, start_urls
from ..tools.fixtures import save_fixture
from . import cli
from .common import CliError, db_option, json_option, open_db


def _last_runs(db_path: str) -> dict[str, dict]:
    """The latest crawl_runs row per site (empty when the archive does not exist yet)."""
    if not Path(db_path).exists():
        return {}
    db = open_db(db_path, readonly=True)
    try:
        return last_runs(db)
    finally:
        db.close()


@cli.command()
@db_option
@json_option("One JSON object per site, one per line.")
def sites(db_path, as_json):
    """List the known sites, their start listing URLs and how their last crawl went.

    The last crawl is read from the archive's crawl_runs (none yet: "never crawled").
    Any listing page of a site not listed here can be crawled with `crawl --start-url`.

    Example:

        incubator-crawler sites --db data/archive.db --json
    """
    runs = _last_runs(db_path)
    for slug, site in all_sites().items():
        record = {
            "slug": slug,
            "name": site["name"],
            "home": site["home"],
            "start_urls": start_urls(site),
            "pagination": site.get("pagination", "auto"),
            "ordered": site.get("ordered", True),
            "last_run": runs.get(slug),
        }
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        click.echo(f"{slug}  {site['name']}  {site['home']}")
        for url in record["start_urls"]:
            click.echo(f"    start  {url}")
        run = record["last_run"]
        if run is None:
            click.echo("    last   never crawled")
        else:
            click.echo(
                f"    last   run {run['id']} {run['started_at']} {run['finish_reason']}: "
                f"new {run['new']}, updated {run['updated']}, rejected {run['rejected']}, "
                f"HTTP errors {run['http_errors']} ({run['listing_pages']} listing, "
                f"{run['article_pages']} article pages)"
            )


@cli.group()
def fixture():
    """Test fixtures: pages saved as served (bytes + url/headers sidecar).

    Example:

        incubator-crawler fixture save bjkw https://kw.beijing.gov.cn/xwdt/ --case listing
    """


def _case_from_url(url: str) -> str:
    """A case name from the URL's last path segment: ``t20240424_3612345``, or ``index``."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    stem = segments[-1].rsplit(".", 1)[0] if segments else "index"
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem) or "index"


@fixture.command("save")
@click.argument("slug")
@click.argument("url")
@click.option("--case", help="Fixture name (default: from the URL's last path segment).")
@click.option(
    "--dir",
    "root",
    default="tests/fixtures",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Fixtures directory; the files go to DIR/SLUG/CASE.html and CASE.json.",
)
@click.option("--referer", help="Send this Referer (some gov sites expect one).")
def fixture_save(slug, url, case, root, referer):
    """Fetch URL once and save it as the fixture SLUG/CASE: the bytes as served and a JSON
    sidecar with url, status, headers and fetched_at (never re-encoded text).

    Example:

        incubator-crawler fixture save zgcgw http://127.0.0.1:8000/zgc/zwgk/tzgg/index.html --case listing_1
    """
    if not re.fullmatch(r"[a-z0-9_]+", slug):
        raise CliError(f"site slug {slug!r} must be lower-case letters, digits or _")
    if not url.startswith(("http://", "https://")):
        raise CliError(f"URL {url!r} must start with http:// or https://")
    headers = {"User-Agent": USER_AGENT, "Accept-Language": "zh-CN,zh;q=0.9"}
    if referer:
        headers["Referer"] = referer
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body, status, served = response.read(), response.status, dict(response.headers.items())
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise CliError(f"{url} answered HTTP {exc.code}; nothing saved") from None
    except (urllib.error.URLError, OSError) as exc:
        raise CliError(f"cannot fetch {url}: {getattr(exc, 'reason', exc)}") from None
    name = case or _case_from_url(final_url)
    path = Path(root) / slug / name
    save_fixture(path, final_url, body, served, status=status)
    click.echo(f"saved {path}.html ({len(body)} bytes) and {path}.json")
