"""incubator-crawler: crawl Chinese incubator news into a SQLite archive, then search and export it."""

from __future__ import annotations

import click

from .. import __version__


@click.group()
@click.version_option(__version__, prog_name="incubator-crawler")
def cli():
    """Crawl Chinese incubator and high-tech-zone news into a searchable SQLite archive.

    Example:

        incubator-crawler demo && incubator-crawler search 孵化器
    """


from . import crawl, extract, query  # noqa: E402,F401  (commands register on import)
from . import sites  # noqa: E402,F401
from . import archive_tools  # noqa: E402,F401
from . import ops  # noqa: E402,F401
from . import ingest  # noqa: E402,F401
from . import replicas  # noqa: E402,F401
