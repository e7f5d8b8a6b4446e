"""Adding a site: every site module has each piece docs/architecture.md "Where to add" lists.

Each failure names the missing piece and where it goes, so that a new ``sites/<slug>.py``
alone makes this test print the rest of the checklist.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import re
from pathlib import Path

import incubator_crawler.sites as sites_package
from incubator_crawler.crawl.spiders.sites import SPIDERS, spider_class_name
from incubator_crawler.replicas import get_replica
from incubator_crawler.sites import SITE_MODULES, all_sites

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
README = (ROOT / "README.md").read_text("utf-8")
#: keys every SITE has (sites/__init__.py documents them and the optional ones)
REQUIRED_KEYS = {"slug", "name", "home", "listings", "article_re", "pagination", "example_article"}
#: sites whose pages are checked by tests of their own instead of tests/fixtures/<slug>/
FIXTURES_ELSEWHERE = {"cnfuhuaqi": "tests/test_replica.py, tests/test_crawl_e2e.py"}


def unlisted_site_modules() -> list[str]:
    """A line for each module in sites/ that SITE_MODULES does not list."""
    listed = {module.rsplit(".", 1)[1] for module in SITE_MODULES}
    return [
        f"sites/{module.name}.py: add 'incubator_crawler.sites.{module.name}' to "
        "SITE_MODULES in sites/__init__.py"
        for module in pkgutil.iter_modules(sites_package.__path__)
        if module.name not in listed
    ]


def missing_pieces(sites: dict[str, dict]) -> list[str]:
    """One line per missing piece of each site, naming the file to write or edit."""
    missing = []
    for slug, site in sites.items():
        keys = REQUIRED_KEYS - set(site)
        if keys:
            missing.append(f"sites/{slug}.py: SITE lacks {', '.join(sorted(keys))}")
        if slug not in SPIDERS:
            missing.append(
                f"{slug}: no spider class; add '{spider_class_name(slug)} = "
                f'spider_class("{slug}")\' to crawl/spiders/sites.py (and to its SPIDERS)'
            )
        if importlib.util.find_spec(f"incubator_crawler.replicas.{slug}") is None:
            missing.append(f"{slug}: no replica; write incubator_crawler/replicas/{slug}.py")
        elif not get_replica(slug).pagination:
            missing.append(f"replicas/{slug}.py: set pagination (the strategies its pages need)")
        if slug not in FIXTURES_ELSEWHERE:
            folder = FIXTURES / slug
            for kind in ("listing", "article"):
                pages = sorted(folder.glob(f"{kind}_*.html"))
                if not pages:
                    missing.append(
                        f"{slug}: no {kind} fixture in tests/fixtures/{slug}/; save one with "
                        f"incubator-crawler fixture save {slug} URL --case {kind}_..."
                    )
                missing += [
                    f"{slug}: tests/fixtures/{slug}/{page.stem}.json (url, headers) is missing"
                    for page in pages
                    if not page.with_suffix(".json").exists()
                ]
        if f"| `{slug}` |" not in README:
            missing.append(f"{slug}: no row in the README's site table (| `{slug}` | ...)")
    return missing


def test_every_site_has_every_piece():
    missing = unlisted_site_modules() + missing_pieces(all_sites())
    assert not missing, "missing:\n" + "\n".join(missing)


def test_a_site_module_alone_gets_the_checklist():
    """A new site module without the rest: each missing piece is named."""
    site = {
        "slug": "newzone",
        "name": "新园区",
        "home": "https://www.newzone.example/",
        "listings": [("/news/", "新闻")],
        "article_re": r"/art/\d+\.html$",
        "pagination": "auto",
        "example_article": "https://www.newzone.example/art/1.html",
    }
    assert missing_pieces({"newzone": site}) == [
        "newzone: no spider class; add 'NewzoneSpider = spider_class(\"newzone\")' to "
        "crawl/spiders/sites.py (and to its SPIDERS)",
        "newzone: no replica; write incubator_crawler/replicas/newzone.py",
        "newzone: no listing fixture in tests/fixtures/newzone/; save one with "
        "incubator-crawler fixture save newzone URL --case listing_...",
        "newzone: no article fixture in tests/fixtures/newzone/; save one with "
        "incubator-crawler fixture save newzone URL --case article_...",
        "newzone: no row in the README's site table (| `newzone` | ...)",
    ]


def _numbered_list(text: str, heading: str) -> list[str]:
    """The first numbered list after ``heading``, one string per item, whitespace folded."""
    section = text.split(heading, 1)[1]
    block = re.search(r"^ *1\. .*?(?=\n\n)", section, re.M | re.S).group(0)
    return [" ".join(item.split()) for item in re.split(r"\n *(?=\d\. )", block)]


def test_readme_and_architecture_give_the_same_checklist():
    architecture = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    readme = _numbered_list(README, "### Adding a site")
    assert readme == _numbered_list(architecture, "- **A site**")
    assert len(readme) == 5
