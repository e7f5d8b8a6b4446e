"""A self-contained HTML report of the archive: inline SVG charts and the numbers behind them.

No JavaScript, no external CSS, fonts or CDN: the file can be mailed, archived or opened offline.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from sqlite_utils import Database

from .. import __version__
from ..archive.db import schema_version
from ..items import CHECKED_FIELDS

PALETTE = [
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
]
#: Coverage per site: the checked fields but the title, which every stored article has.
COVERAGE_FIELDS = tuple(name for name in CHECKED_FIELDS if name != "title")


def collect(db: Database, *, top: int = 15) -> dict[str, Any]:
    """The numbers the report shows."""

    def scalar(sql: str) -> Any:
        return db.execute(sql).fetchone()[0]

    monthly = list(
        db.query(
            "SELECT substr(published_at, 1, 7) AS month, site, count(*) AS n FROM articles"
            " WHERE published_at IS NOT NULL AND length(published_at) >= 7"
            " GROUP BY month, site ORDER BY month, site"
        )
    )
    sources = list(
        db.query(
            "SELECT source, count(*) AS n, count(DISTINCT site) AS sites FROM articles"
            " WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC, source LIMIT ?",
            [top],
        )
    )
    coverage_sql = ", ".join(f"sum({f} IS NOT NULL AND {f} != '') AS {f}" for f in COVERAGE_FIELDS)
    coverage = list(
        db.query(
            f"SELECT site, count(*) AS articles, {coverage_sql} FROM articles GROUP BY site ORDER BY site"
        )
    )
    return {
        "generated_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "tool_version": __version__,
        "schema_version": schema_version(db),
        "articles": scalar("SELECT count(*) FROM articles"),
        "unique_stories": scalar("SELECT count(*) FROM articles WHERE duplicate_of IS NULL"),
        "versions": scalar("SELECT count(*) FROM article_versions"),
        "runs": scalar("SELECT count(*) FROM crawl_runs"),
        "published_from": scalar("SELECT min(published_at) FROM articles"),
        "published_to": scalar("SELECT max(published_at) FROM articles"),
        "monthly": monthly,
        "sources": sources,
        "coverage": coverage,
    }


def month_axis(months: set[str]) -> list[str]:
    """Every month from the first to the last of ``months`` (YYYY-MM), the empty ones included."""
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:7])
    axis = []
    while f"{year:04d}-{month:02d}" <= last:
        axis.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return axis


def _svg_monthly(monthly: list[dict[str, Any]]) -> str:
    months = month_axis({row["month"] for row in monthly})
    sites = sorted({row["site"] for row in monthly})
    if not months:
        return "<p>No dated articles.</p>"
    counts = {(row["month"], row["site"]): row["n"] for row in monthly}
    totals = [sum(counts.get((m, s), 0) for s in sites) for m in months]
    peak = max(totals) or 1
    width, height, left, bottom, top = max(360, 34 * len(months) + 60), 260, 40, 70, 20
    bar = (width - left - 10) / len(months)
    plot_h = height - bottom - top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Articles per month per site"'
        f' width="{width}" height="{height + 20 * ((len(sites) + 3) // 4)}" class="chart">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 5}" y2="{top + plot_h}" stroke="#888"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="tick">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" class="tick">0</text>',
    ]
    for i, month in enumerate(months):
        y = top + plot_h
        x = left + i * bar + 2
        for j, site in enumerate(sites):
            n = counts.get((month, site), 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(bar - 4, 1):.1f}" height="{h:.1f}"'
                f' fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(month)} {escape(site)}: {n}</title></rect>'
            )
        if len(months) <= 24 or i % max(1, len(months) // 12) == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 14}" text-anchor="end" class="tick"'
                f' transform="rotate(-45 {x + bar / 2:.1f} {top + plot_h + 14})">{escape(month)}</text>'
            )
    for j, site in enumerate(sites):
        lx = left + (j % 4) * 150
        ly = height - 2 + 20 * (j // 4)
        parts.append(
            f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
        )
        parts.append(f'<text x="{lx + 16}" y="{ly}" class="tick">{escape(site)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _svg_hbars(
    items: list[tuple[str, float, str]], label: str, max_value: float | None = None
) -> str:
    """Horizontal bars: (label, value, shown text)."""
    if not items:
        return "<p>None.</p>"
    peak = max_value or max(v for _, v, _ in items) or 1
    row_h, left, width = 22, 190, 640
    height = row_h * len(items) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}"'
        f' width="{width}" height="{height}" class="chart">'
    ]
    for i, (name, value, text) in enumerate(items):
        y = 5 + i * row_h
        w = (width - left - 70) * value / peak
        short = name if len(name) <= 14 else name[:13] + "…"
        parts.append(
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" class="tick">{escape(short)}</text>'
        )
        parts.append(
            f'<rect x="{left}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" fill="{PALETTE[0]}">'
            f"<title>{escape(name)}: {escape(text)}</title></rect>"
        )
        parts.append(
            f'<text x="{left + w + 4:.1f}" y="{y + 14}" class="tick">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{escape(str(h))}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif;
max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
.chart{display:block;margin:1em 0;overflow:visible}.tick{font-size:11px;fill:#444}
table{border-collapse:collapse;font-size:.9em;margin:1em 0}
th,td{border:1px solid #ddd;padding:3px 8px;text-align:right}th{background:#f4f4f4}
td:first-child,th:first-child{text-align:left}.summary td{text-align:left}
details{margin:1em 0}.note{color:#666;font-size:.9em}
"""


def render(data: dict[str, Any]) -> str:
    """The report as one HTML document."""
    months = month_axis({row["month"] for row in data["monthly"]})
    sites = sorted({row["site"] for row in data["monthly"]})
    counts = {(row["month"], row["site"]): row["n"] for row in data["monthly"]}
    monthly_rows = [
        [m, *[counts.get((m, s), 0) for s in sites], sum(counts.get((m, s), 0) for s in sites)]
        for m in months
    ]
    total = sum(row["articles"] for row in data["coverage"]) or 0
    coverage_items = []
    for field in COVERAGE_FIELDS:
        have = sum(row[field] or 0 for row in data["coverage"])
        pct = 100 * have / total if total else 0
        coverage_items.append((field, pct, f"{pct:.0f}% ({have})"))
    coverage_rows = [
        [
            row["site"],
            row["articles"],
            *[
                f"{100 * (row[f] or 0) / row['articles']:.0f}%" if row["articles"] else ""
                for f in COVERAGE_FIELDS
            ],
        ]
        for row in data["coverage"]
    ]
    summary = [
        ["Articles", data["articles"]],
        ["Unique stories (reprints folded)", data["unique_stories"]],
        ["Older versions", data["versions"]],
        ["Crawl runs", data["runs"]],
        ["Published", f"{data['published_from'] or '–'} … {data['published_to'] or '–'}"],
        ["Schema", ", ".join(data["schema_version"])],
        ["Generated", f"{data['generated_at']} by incubator-crawler {data['tool_version']}"],
    ]
    sections = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Archive report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Archive report</h1>",
        f'<table class="summary"><tbody>{"".join(f"<tr><th>{escape(str(k))}</th><td>{escape(str(v))}</td></tr>" for k, v in summary)}</tbody></table>',
        '<h2 id="monthly">Articles per month per site</h2>',
        _svg_monthly(data["monthly"]),
        "<details open><summary>Numbers</summary>",
        _table(["month", *sites, "total"], monthly_rows),
        "</details>",
        '<h2 id="sources">Top sources (来源)</h2>',
        _svg_hbars([(r["source"], r["n"], str(r["n"])) for r in data["sources"]], "Top sources"),
        "<details open><summary>Numbers</summary>",
        _table(
            ["source", "articles", "sites"],
            [[r["source"], r["n"], r["sites"]] for r in data["sources"]],
        ),
        "</details>",
        '<h2 id="coverage">Field coverage</h2>',
        '<p class="note">Share of articles in which the field has a value.</p>',
        _svg_hbars(coverage_items, "Field coverage", max_value=100),
        "<details open><summary>Numbers per site</summary>",
        _table(["site", "articles", *COVERAGE_FIELDS], coverage_rows),
        "</details>",
        "</body></html>",
    ]
    return "\n".join(sections) + "\n"


def write_report(db: Database, out: str) -> dict[str, Any]:
    """Collect, render and write the report to ``out``; returns the numbers."""
    data = collect(db)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(render(data))
    return data
