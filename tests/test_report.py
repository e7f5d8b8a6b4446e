"""report: a self-contained HTML page (inline SVG, tables), parsed by lxml and rendered by Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from incubator_crawler.archive.db import open_archive
from incubator_crawler.archive.writer import ArchiveWriter
from incubator_crawler.cli import cli

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    db = open_archive(tmp / "archive.db")
    writer = ArchiveWriter(db)
    writer.start_run("x")
    for n in range(30):
        writer.add_article(
            {
                "url": f"http://x.test/{n}",
                "site": ["cnfuhuaqi", "wehdz"][n % 2],
                "title": f"标题<{n}>",
                "body": f"正文 & 内容 {n}。",
                "published_at": f"2024-{n % 6 + 1:02d}-0{n % 9 + 1}",
                "source": ["济南高新区", "科技日报", None][n % 3],
                "editor": "王芳" if n % 4 else None,
            }
        )
    writer.finish_run("finished", {})
    db.close()
    out = tmp / "report.html"
    result = CliRunner().invoke(cli, ["report", "--db", str(tmp / "archive.db"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_report_parses_and_is_self_contained(report_file):
    text = report_file.read_text("utf-8")
    doc = html.fromstring(text)
    assert doc.findtext(".//title") == "Archive report"
    svgs = doc.xpath("//svg")
    assert len(svgs) == 3
    assert len(doc.xpath("//svg//rect")) > 10
    assert not doc.xpath("//script | //link[@href] | //img | //*[@src]")
    assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    tables = doc.xpath("//table")
    headers = [[th.text_content() for th in t.xpath(".//thead//th")] for t in tables[1:]]
    assert headers[0] == ["month", "cnfuhuaqi", "wehdz", "total"]
    assert headers[1] == ["source", "articles", "sites"]
    month_rows = [
        [td.text_content() for td in tr.xpath("td")] for tr in tables[1].xpath(".//tbody/tr")
    ]
    assert len(month_rows) == 6
    assert sum(int(r[-1]) for r in month_rows) == 30
    sources = {
        tr.xpath("td")[0].text_content(): tr.xpath("td")[1].text_content()
        for tr in tables[2].xpath(".//tbody/tr")
    }
    assert sources == {"济南高新区": "10", "科技日报": "10"}
    coverage = [td.text_content() for td in tables[3].xpath(".//tbody/tr")[0].xpath("td")]
    assert coverage[:2] == ["cnfuhuaqi", "15"]


@pytest.mark.skipif(
    not CHROMIUM.exists() or shutil.which("chromium") is None, reason="no /usr/bin/chromium"
)
def test_report_renders_in_headless_chromium_without_console_errors(report_file, tmp_path):
    def render(path: Path) -> tuple[str, str]:
        proc = subprocess.run(
            [
                str(CHROMIUM),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--enable-logging=stderr",
                "--log-level=0",
                f"--user-data-dir={tmp_path / 'profile'}",
                "--dump-dom",
                path.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
        return proc.stdout, "\n".join(console)

    # The check can see errors: a page that logs one is caught.
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><script>console.error('boom')</script></body></html>")
    assert "boom" in render(bad)[1]
    dom, console = render(report_file)
    assert console == ""
    assert "<svg" in dom
    assert "Articles per month per site" in dom
