"""Per-site politeness from SITE["settings"], overridable from the command line."""

from __future__ import annotations

from incubator_crawler.crawl.runner import project_settings
from incubator_crawler.crawl.spiders.sites import SPIDERS


def test_site_settings_apply_and_cmdline_wins():
    settings = project_settings()
    SPIDERS["chinatorch"].update_settings(settings)  # what Scrapy does when it builds the crawler
    assert settings.getfloat("DOWNLOAD_DELAY") == 5
    settings = project_settings({"DOWNLOAD_DELAY": 0})  # -s DOWNLOAD_DELAY=0
    SPIDERS["chinatorch"].update_settings(settings)
    assert settings.getfloat("DOWNLOAD_DELAY") == 0


def test_other_sites_keep_the_project_delay():
    settings = project_settings()
    SPIDERS["wehdz"].update_settings(settings)
    assert settings.getfloat("DOWNLOAD_DELAY") == 2.0
