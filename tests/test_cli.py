"""CLI: each command on real data, and every user mistake as one line with exit code 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli

FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "extract"


@pytest.fixture
def archive(tmp_path):
    """A small archive with three articles of two sites."""
    path = tmp_path / "archive.db"
    db = open_archive(path)
    writer = ArchiveWriter(db)
    writer.start_run("cnfuhuaqi")
    for n, (title, body, date, site) in enumerate(
        [
            (
                "济南高新区人才工作获评",
                "济南高新区获评2023年度山东省人才工作表现突出单位。",
                "2024-04-24",
                "cnfuhuaqi",
            ),
            (
                "孵化器税收优惠延续",
                '=HYPERLINK("http://evil") 孵化器房产税优惠继续执行。',
                "2023-09-01",
                "cnfuhuaqi",
            ),
            (
                "光谷发布人才新政",
                "东湖高新区发布人才政策，孵化器入驻企业可申请补贴。",
                "2024-06-01",
                "wehdz",
            ),
        ]
    ):
        writer.add_article(
            {
                "url": f"http://x.test/{n}",
                "site": site,
                "title": title,
                "body": body,
                "published_at": date,
            }
        )
    writer.finish_run("finished", {})
    db.close()
    return path


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_search_json_lines_with_stable_keys(archive):
    result = invoke("search", "孵化器", "--db", str(archive), "--json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["url"] for line in lines] == ["http://x.test/2", "http://x.test/1"] or [
        line["url"] for line in lines
    ] == ["http://x.test/1", "http://x.test/2"]
    assert list(lines[0]) == [
        "id",
        "rank",
        "published_at",
        "site",
        "title",
        "source",
        "category",
        "url",
        "snippet",
        "duplicate_of",
    ]


def test_search_one_character_and_filters(archive):
    result = invoke("search", "济", "--db", str(archive), "--json")
    assert [json.loads(line)["url"] for line in result.stdout.splitlines()] == ["http://x.test/0"]
    result = invoke("search", "孵化器", "--db", str(archive), "--json", "--site", "wehdz")
    assert [json.loads(line)["url"] for line in result.stdout.splitlines()] == ["http://x.test/2"]
    result = invoke("search", "孵化器", "--db", str(archive), "--json", "--since", "2024-01-01")
    assert [json.loads(line)["url"] for line in result.stdout.splitlines()] == ["http://x.test/2"]


def test_search_table_output(archive):
    result = invoke("search", "光谷", "--db", str(archive), "--limit", "1")
    assert "光谷发布人才新政" in result.stdout


def test_export_jsonl(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke(
        "export",
        "--db",
        str(archive),
        "--format",
        "jsonl",
        "--out",
        str(out),
        "--until",
        "2024-04-30",
    )
    assert result.exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [row["published_at"] for row in rows] == ["2023-09-01", "2024-04-24"]
    assert rows[0]["title"] == "孵化器税收优惠延续"


def test_export_csv_bom_and_formula_neutralised(archive, tmp_path):
    out = tmp_path / "out.csv"
    result = invoke(
        "export",
        "--db",
        str(archive),
        "--format",
        "csv",
        "--out",
        str(out),
        "--bom",
        "--site",
        "cnfuhuaqi",
    )
    assert result.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert rows[0]["body"].startswith("'=HYPERLINK")


def test_stats(archive):
    result = invoke("stats", "--db", str(archive), "--json")
    data = json.loads(result.stdout)
    assert data["articles"] == 3
    assert [(s["site"], s["articles"]) for s in data["sites"]] == [("cnfuhuaqi", 2), ("wehdz", 1)]
    assert "3 articles" in invoke("stats", "--db", str(archive)).stdout


def test_extract_fixture_json():
    result = invoke(
        "extract", str(FIXTURES / "cnfuhuaqi_gbk.html"), "--json", "--site-name", "中国孵化器网"
    )
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["title"] == "双榜提名！济南高新区人才工作再获两项省级荣誉"
    assert record["published_at"] == "2024-04-24"
    assert record["editor"] == "中国孵化器网"
    assert record["source"] == "济南高新区"
    assert record["category"] == "新闻动态 > 园区动态"
    assert record["encoding"] == "gb18030"
    assert record["body"].startswith("近日，中共山东省委")
    assert record["rejected"] is None


def test_extract_several_files_one_line_each():
    files = sorted(str(p) for p in FIXTURES.glob("*.html"))
    result = invoke("extract", *files, "--json")
    assert len(result.stdout.splitlines()) == len(files) >= 8


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "孵化器", "--db", "{missing}"], "does not exist"),
        (["stats", "--db", "{missing}"], "does not exist"),
        (["export", "--db", "{missing}", "--format", "csv", "--out", "-"], "does not exist"),
        (["stats", "--db", "{garbage}"], "not a usable SQLite archive"),
        (["search", "孵化器", "--db", "{archive}", "--since", "2024-13-01"], "is not a date"),
        (
            [
                "export",
                "--db",
                "{archive}",
                "--format",
                "csv",
                "--out",
                "-",
                "--until",
                "yesterday",
            ],
            "is not a date",
        ),
        (["export", "--db", "{archive}", "--format", "xml", "--out", "-"], "'xml' is not one of"),
        (
            ["export", "--db", "{archive}", "--format", "csv", "--out", "{nodir}/x.csv"],
            "does not exist",
        ),
        (["search", "--db", "{archive}", "--", "-孵化器"], "bad query"),
        (["extract", "{missing}"], "cannot read"),
    ],
)
def test_bad_input_is_one_line_exit_2(archive, tmp_path, args, message):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 50)
    values = {
        "missing": str(tmp_path / "missing.db"),
        "garbage": str(garbage),
        "archive": str(archive),
        "nodir": str(tmp_path / "no" / "such"),
    }
    result = CliRunner().invoke(cli, [a.format(**values) for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    # One error line (click adds its usage hint above errors it detects itself, as sqlite-utils does).
    assert [line for line in result.output.splitlines() if line.startswith("Error:")] == [
        result.output.strip().splitlines()[-1]
    ]
    assert garbage.read_bytes() == b"not a database at all" * 50


def test_missing_db_is_not_created(tmp_path):
    CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "new.db")])
    assert not (tmp_path / "new.db").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["crawl", "nosuchsite", "--db", "{db}"],
            "unknown site 'nosuchsite'; known sites: cnfuhuaqi",
        ),
        (["crawl", "--db", "{db}", "-s", "DOWNLOAD_DELAY"], "must be NAME=VALUE"),
        (["crawl", "--db", "{db}", "--base-url", "ftp://x"], "must start with http://"),
        (["crawl", "--db", "{dir}"], "is a directory"),
    ],
)
def test_crawl_usage_errors(cli_run, tmp_path, args, message):
    values = {"db": str(tmp_path / "a.db"), "dir": str(tmp_path)}
    result = cli_run(*[a.format(**values) for a in args])
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_crawl_with_scrapy_style_options(cli_run, tmp_path, port):
    """crawl takes -s and -a as scrapy crawl does; here -a channels limits it to the GBK channel."""
    from incubator_crawler.replicas import replica_server

    db = tmp_path / "a.db"
    with replica_server("cnfuhuaqi", port) as server:
        result = cli_run(
            "crawl",
            "cnfuhuaqi",
            "--db",
            str(db),
            "--base-url",
            server.base_url,
            "--json",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "LOG_LEVEL=WARNING",
            "-a",
            "channels=政策",
        )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 12  # the policy channel's valid articles
    assert summary["http_errors"] == 1
    assert summary["listing_pages"] == 2


def test_every_command_has_help_with_an_example():
    for name in cli.commands:
        result = invoke(name, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.output, name


def test_a_crawl_and_a_worker_crawl_count_their_pages_alike() -> None:
    """The summary's first line: a crawl says its seconds, a worker crawl its worker id."""
    from incubator_crawler.cli.common import fetched_line

    summary = {
        "site": "cdht",
        "finish_reason": "finished",
        "pages_fetched": 10,
        "listing_pages": 2,
        "article_pages": 8,
    }
    assert fetched_line(summary, "in 3.2 s") == (
        "cdht: finished in 3.2 s, 10 pages fetched (2 listing, 8 article)"
    )
    assert fetched_line(summary, "(worker w1)") == (
        "cdht: finished (worker w1), 10 pages fetched (2 listing, 8 article)"
    )
