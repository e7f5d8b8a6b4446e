"""Only for `scrapyd-deploy`, which builds the project's egg with `setup.py bdist_egg`.

Everything (name, packages, the Scrapy settings entry point) comes from pyproject.toml.
"""

from setuptools import setup

setup()
