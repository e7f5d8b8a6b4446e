"""Every user mistake: one line, exit 2, nothing written where no archive is (issue 11, items 11-17)."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import REPO

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.queries import iter_articles, search
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli
from incubator_crawler.sites import all_sites
from incubator_crawler.tools.report import month_axis


def one_error(result) -> str:
    """The single stderr line of a failed command (exit 2, no traceback)."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("DOWNLOAD_DELAY=abc", "Error: -s DOWNLOAD_DELAY='abc' is not a number; e.g. -s 'DOWNLOAD_DELAY=2.0'"),
        ("RETRY_TIMES=2.5", "Error: -s RETRY_TIMES='2.5' is not a whole number; e.g. -s 'RETRY_TIMES=3'"),
        ("ROBOTSTXT_OBEY=maybe", "Error: -s ROBOTSTXT_OBEY='maybe' is not true or false; e.g. -s 'ROBOTSTXT_OBEY=true'"),
        (
            "INCUBATOR_EXTRACT_WORKERS=abc",
            "Error: -s INCUBATOR_EXTRACT_WORKERS='abc' is not a whole number of 0 or more (empty:"
            " one per core); e.g. -s 'INCUBATOR_EXTRACT_WORKERS=2'",
        ),
        (
            "INCUBATOR_EXTRACT_WORKERS=-1",
            "Error: -s INCUBATOR_EXTRACT_WORKERS='-1' is not a whole number of 0 or more (empty:"
            " one per core); e.g. -s 'INCUBATOR_EXTRACT_WORKERS=2'",
        ),
        (
            "INCUBATOR_SITE_BASE_URLS={bad json",
            "Error: -s INCUBATOR_SITE_BASE_URLS='{bad json' is not a JSON object (Expecting property"
            " name enclosed in double quotes); e.g. -s 'INCUBATOR_SITE_BASE_URLS="
            '{"cnfuhuaqi": "http://127.0.0.1:8765/"}\'',
        ),
    ],
)  # fmt: skip
def test_bad_setting_values(tmp_path, cli_run, pair, message):
    """Item 11: -s values of the wrong type were tracebacks with exit 1."""
    db = tmp_path / "a.db"
    assert one_error(cli_run("crawl", "cnfuhuaqi", "--db", str(db), "-s", pair)) == message
    assert list(tmp_path.iterdir()) == []  # no archive, no lock file


def test_bad_spider_argument_example_is_an_argument(tmp_path, cli_run):
    """Item 17: the -a error's example showed a setting."""
    result = cli_run("crawl", "cnfuhuaqi", "--db", str(tmp_path / "a.db"), "-a", "channels")
    assert one_error(result) == "Error: -a 'channels' must be NAME=VALUE, e.g. -a channels=政策"
    assert list(tmp_path.iterdir()) == []


def test_demo_port_out_of_range(tmp_path, cli_run):
    """Item 12: --port 99999 was an OverflowError traceback."""
    result = cli_run("demo", "--db", str(tmp_path / "a.db"), "--port", "99999")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--port': 99999 is not in the range 1<=x<=65535."
    )
    result = cli_run("demo", "--db", str(tmp_path / "a.db"), "--port", "65530", "--site", "all")
    last = 65529 + len(all_sites())  # 65536 with the first seven sites
    assert one_error(result) == f"Error: --site all needs ports 65530..{last}; pass a lower --port"


@pytest.fixture
def dated(tmp_path):
    """An archive with articles on the edges of 2024 and of March 2024."""
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db)
    writer.start_run("s")
    dates = [
        "2023-12-31",
        "2024-03",
        "2024-03-31T23:50:00+08:00",
        "2024-04-01",
        "2024-12-31",
        "2025-01-01",
        "2024",
    ]
    for n, published in enumerate(dates):
        writer.add_article(
            {
                "url": f"http://s/{n}",
                "site": "s",
                "title": f"孵化器{n}",
                "body": "正文",
                "published_at": published,
            }
        )
    writer.flush()
    return db  # fmt: skip


@pytest.mark.parametrize(
    ("until", "expected"),
    [
        ("2024", ["2023-12-31", "2024", "2024-03", "2024-03-31T23:50:00+08:00", "2024-04-01", "2024-12-31"]),
        ("2024-03", ["2023-12-31", "2024", "2024-03", "2024-03-31T23:50:00+08:00"]),
        ("2024-03-31", ["2023-12-31", "2024", "2024-03", "2024-03-31T23:50:00+08:00"]),
        ("2023", ["2023-12-31"]),
    ],
)  # fmt: skip
def test_until_takes_in_the_whole_named_period(dated, until, expected):
    """Item 13: --until 2024 left out all of 2024, --until 2024-03 all of March."""
    found = sorted(r["published_at"] for r in search(dated, "孵化器", until=until, limit=100))
    assert found == expected
    exported = sorted(r["published_at"] for r in iter_articles(dated, until=until))
    assert exported == expected


@pytest.mark.parametrize("kind", ["other sqlite", "empty", "text"])
@pytest.mark.parametrize("command", [("stats",), ("search", "孵化器")])
def test_read_only_commands_refuse_a_file_that_is_not_an_archive(tmp_path, cli_run, kind, command):
    """Item 14: search and stats wrote the archive schema into any file and exited 0."""
    path = tmp_path / "notes.sqlite"
    if kind == "other sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(b"" if kind == "empty" else b"shopping list\n")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    line = one_error(cli_run(*command, "--db", str(path)))
    assert (
        line
        == {
            "other sqlite": f"Error: {path} is not an incubator-crawler archive (no articles table);"
            " pass --db PATH to an archive made by crawl or demo",
            "empty": f"Error: {path} is not an incubator-crawler archive (no articles table);"
            " pass --db PATH to an archive made by crawl or demo",
            "text": f"Error: {path} is not a usable SQLite archive (file is not a database);"
            " pass --db PATH to another file",
        }[kind]
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_read_only_commands_leave_an_archive_unwritten(dated, cli_run):
    path = dated.conn.execute("PRAGMA database_list").fetchone()[2]
    dated.close()
    before = open(path, "rb").read()
    result = cli_run("search", "孵化器", "--db", path, "--json")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 7
    assert open(path, "rb").read() == before


def test_unreachable_site_is_one_line_per_error_and_unhealthy(tmp_path, cli_run, refused_port):
    """Items 15 and 16: DEBUG lines under --quiet --log-json, a robots.txt traceback, exit 0, health ok."""
    db = tmp_path / "a.db"
    port = refused_port
    url = f"http://127.0.0.1:{port}/news/"
    key = f"127.0.0.1:{port}/news"  # generic mode's site: host, port and path prefix
    result = cli_run(
        "crawl", "--start-url", url, "--db", str(db), "--quiet", "--log-json",
        "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_DELAY=0",
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert (
        lines[-1]
        == f"unhealthy: {key}: no run has fetched a page yet (1 run; latest: finished, 0 pages)"
    )
    records = [json.loads(line) for line in lines[:-1]]
    assert {r["level"] for r in records} <= {"WARNING", "ERROR"}
    assert [r for r in records if "exception" in r] == []
    assert any(r["logger"] == "scrapy.downloadermiddlewares.robotstxt" for r in records)
    health = cli_run("health", "--db", str(db), "--json")
    assert health.returncode == 1
    site = next(s for s in map(json.loads, health.stdout.splitlines()) if s["site"] == key)
    assert (site["state"], site["reasons"]) == (
        "unhealthy",
        ["no run has fetched a page yet (1 run; latest: finished, 0 pages)"],
    )  # fmt: skip


def test_query_starting_with_a_minus(dated, cli_run):
    """Item 17: a query starting with -word needed -- and nothing said so."""
    path = dated.conn.execute("PRAGMA database_list").fetchone()[2]
    result = cli_run("search", "-孵化器3 孵化器", "--db", path, "--json")
    assert result.returncode == 0, result.stderr
    assert sorted(json.loads(line)["title"] for line in result.stdout.splitlines()) == [
        f"孵化器{n}" for n in (0, 1, 2, 4, 5, 6)
    ]


def test_json_and_csv_together(dated, cli_run):
    path = dated.conn.execute("PRAGMA database_list").fetchone()[2]
    result = cli_run("search", "孵化器", "--db", path, "--json", "--csv")
    assert one_error(result) == "Error: give --json or --csv, not both"


def test_history_of_an_unknown_id(dated, cli_run):
    path = dated.conn.execute("PRAGMA database_list").fetchone()[2]
    result = cli_run("history", "999999", "--db", path)
    assert one_error(result) == f"Error: no article with id 999999 in {path}"


def test_serve_on_every_interface_warns(dated, monkeypatch):
    pytest.importorskip("datasette")
    import incubator_crawler.tools.serve as serve_module

    calls = []
    monkeypatch.setattr(serve_module, "serve", lambda path, host, port: calls.append(host))
    path = dated.conn.execute("PRAGMA database_list").fetchone()[2]
    result = CliRunner().invoke(cli, ["serve", "--db", path, "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert calls == ["0.0.0.0"]
    assert result.stderr.splitlines()[0] == (
        "warning: --host 0.0.0.0 lets every machine that reaches this one read the archive "
        "(Datasette has no login); use 127.0.0.1 unless that is what you want"
    )
    quiet = CliRunner().invoke(cli, ["serve", "--db", path])
    assert not quiet.stderr.startswith("warning")


def test_report_month_axis_keeps_empty_months():
    assert month_axis({"2024-11", "2025-02"}) == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert month_axis(set()) == []


TEMPLATE = (
    "{zone}发布一季度科技创新成绩单。今年以来，{zone}新增科技型中小企业{a}家，"
    "高新技术企业总数达到{b}家，技术合同成交额{c}亿元，同比增长{d}%。"
    "园区持续优化创新生态，围绕主导产业布局建设一批概念验证中心和中试平台，"
    "推动科技成果在园区转化落地，为区域经济高质量发展注入新动能。"
)


def test_templated_stories_of_different_zones_are_not_reprints(tmp_path):
    """Item 17: one template, three zones, different figures: three stories, not one."""
    db = open_archive(tmp_path / "a.db")
    writer = ArchiveWriter(db)
    writer.start_run("s")
    zones = [
        ("张江科学城", 120, 1530, 86.5, 12),
        ("光谷生物城", 95, 1210, 64.2, 9),
        ("南京江北新区", 77, 980, 41.8, 15),
    ]
    for n, (zone, a, b, c, d) in enumerate(zones):
        body = TEMPLATE.format(zone=zone, a=a, b=b, c=c, d=d)
        writer.add_article(
            {
                "url": f"http://s/{n}",
                "site": "s",
                "title": f"成绩单{n}",
                "body": body,
                "published_at": f"2024-04-0{n + 1}",
            }
        )
    reprint = (
        TEMPLATE.format(zone="张江科学城", a=120, b=1530, c=86.5, d=12)
        + "（来源：浦东时报 2024年4月5日）"
    )
    writer.add_article(
        {
            "url": "http://t/0",
            "site": "t",
            "title": "成绩单",
            "body": reprint,
            "published_at": "2024-04-05",
        }
    )
    writer.flush()
    links = dict(db.execute("SELECT url, duplicate_of FROM articles").fetchall())
    assert links == {"http://s/0": None, "http://s/1": None, "http://s/2": None, "http://t/0": 1}  # fmt: skip


def test_readme_names_no_missing_document():
    """Item 17: the README named SITES.md, which is not in the repository."""
    readme = (REPO / "README.md").read_text("utf-8")
    for name in set(re.findall(r"[\w./-]*[A-Z]+\.md", readme)):
        assert (REPO / name).exists() or f"../shared/docs/{name}" in readme, name
