"""`python -m incubator_crawler` is the `incubator-crawler` command."""

from .cli import cli

if __name__ == "__main__":
    cli(prog_name="incubator-crawler")
