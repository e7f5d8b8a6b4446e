"""List pages as real CMS templates print them: our list finder on rendered templates (tmpl91).

``benchmarks/list_templates.json`` names each template (family, repository, commit, path; no
template bytes): DedeCMS, PbootCMS, PHPCMS v9, ThinkCMF, Z-Blog PHP, Typecho, Discuz! X and Hexo
NexT column and archive templates, and the CMSs' own pager functions (DedeCMS GetPageListST,
PbootCMS Paging, PHPCMS pages(), YzmCMS page, think-orm Bootstrap, Laravel's pagination views,
Z-Blog Pagebar, Typecho PageNavigator Box, WordPress paginate_links and WP-PageNavi, Discuz
multi(), Hexo paginator(), EmpireCMS sys_ShowListMorePage, Hugo Stack) printed into a list page
written in our own words. The renderers in ``benchmarks/templates/`` read each template from its
snapshot in ``/work/.mirror`` (``fetch`` brings one), fill it with records in our own words and
print the pager at page 1, a middle page and the last page; each page keeps the main list's links
and the next page a labeller writes. Run from the repository root::

    .venv/bin/python benchmarks/list_templates.py [--misses] [--out DIR]

``LIST_TEMPLATES_TREE=/path/to/other/checkout`` scores that checkout's finder instead (before/after).

Prints, per family, pages, link recall and precision (macro), pages at recall >= .98 and
next-page accuracy, scored as ``benchmarks/real_lists.py`` scores; ``--misses`` lists each page
below full marks with the links the finder gave that the list does not hold.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("LIST_TEMPLATES_TREE", str(ROOT)))
sys.path.insert(0, str(ROOT / "benchmarks" / "templates"))

from common import head, repo_dir, save, score  # noqa: E402

MANIFEST = ROOT / "benchmarks" / "list_templates.json"
RECALL_OK = 0.98


def render_all(manifest: list[dict]) -> list:
    """Every manifest entry rendered (three pages each); entries whose snapshot is missing or
    moved from the recorded commit are reported on stderr and rendered from what is there."""
    wanted = {(e["family"], e["repo"], e["path"]) for e in manifest}
    by_renderer: dict[str, list[str]] = defaultdict(list)
    for e in manifest:
        if e["repo"] not in by_renderer[e["renderer"]]:
            by_renderer[e["renderer"]].append(e["repo"])
        if e["commit"] and not Path(repo_dir(e["repo"])).exists():
            print(f"missing snapshot: {e['repo']} (fetch github:{e['repo']})", file=sys.stderr)
        elif (
            e["commit"] and e["renderer"] != "thinkcmf" and head(repo_dir(e["repo"])) != e["commit"]
        ):
            print(f"snapshot moved: {e['repo']} is not at {e['commit'][:10]}", file=sys.stderr)
    rows = []
    for name, repos in by_renderer.items():
        module = importlib.import_module(name)
        repos = [r for r in repos if Path(repo_dir(r)).exists()]
        if name == "thinkcmf":
            commits = {e["repo"]: e["commit"] for e in manifest if e["renderer"] == name}
            made = module.main([(r, commits[r]) for r in repos])
        elif name == "typecho":
            made = module.main(
                [("typecho/typecho", "usr/themes/default")]
                + [(r, "") for r in repos if r != "typecho/typecho"]
            )
        elif name in ("pagers", "zblog", "discuz", "hexo_next"):
            made = module.main()
        else:
            made = module.main(repos)
        rows += [r for r in made if (r.family, r.repo, r.path) in wanted]
    return rows


def _family(name: str) -> str:
    return "pagers" if name.startswith("pager:") else name


def table(rows: list) -> tuple[list[str], list[tuple]]:
    """The per-family table lines and the pages below full marks ``(row, score)``."""
    scores = defaultdict(list)
    misses = []
    for r in rows:
        s = score(r)
        if not r.links:
            s["recall"] = s["precision"] = 1.0  # a grid without links (honour pictures): next only
        scores[_family(r.family)].append(s)
        if s["recall"] < RECALL_OK or s["precision"] < 1 or not s["next_ok"]:
            misses.append((r, s))
    lines = [f"{'family':12} {'pages':>5} {'recall':>7} {'prec':>7} {'R>=.98':>7} {'next':>6}"]
    groups = [*scores.items(), ("ALL", [s for ss in scores.values() for s in ss])]
    for name, ss in groups:
        n = len(ss)
        lines.append(
            f"{name:12} {n:5} {100 * sum(s['recall'] for s in ss) / n:7.1f}"
            f" {100 * sum(s['precision'] for s in ss) / n:7.1f} {sum(s['recall'] >= RECALL_OK for s in ss):7}"
            f" {100 * sum(s['next_ok'] for s in ss) / n:6.1f}"
        )
    return lines, misses


def main() -> None:
    """Render the manifest's templates, score the finder and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the pages below full marks")
    parser.add_argument("--out", help="also write every rendered page as JSON lines here")
    args = parser.parse_args()
    manifest = json.loads(MANIFEST.read_text())
    rows = render_all(manifest)
    if args.out:
        save(rows, "pages", args.out)
    lines, misses = table(rows)
    print(
        f"{len(manifest)} templates and pager functions, {len({e['repo'] for e in manifest})} repositories"
    )
    print("\n".join(lines))
    if args.misses:
        for r, s in misses:
            extra = [u for u in s["pred"] if u not in r.links][:3]
            print(
                f"{r.family} {r.repo} {r.path} p{r.page}: recall {s['recall']:.2f} precision"
                f" {s['precision']:.2f} next {s['next']} (want {r.next_page}) extra {extra}"
            )


if __name__ == "__main__":
    main()
