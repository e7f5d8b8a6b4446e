"""A seeded fuzz of the extractor: mutated gold and fixture pages never raise (issue 11).

``benchmarks/fuzz.py`` runs the same mutations on 10,000 pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mutations import MUTATIONS, cases, load_pages, run_case

REPO = Path(__file__).resolve().parents[1]
PAGES = 300
SEED = 20261201


@pytest.fixture(scope="module")
def outcomes():
    """The extraction outcome of every fuzzed page."""
    pages = load_pages([REPO / "tests" / "gold", REPO / "tests" / "fixtures"])
    assert len(pages) >= 100
    return [run_case(case) for case in cases(pages, PAGES, SEED)]


def test_no_fuzzed_page_raises(outcomes):
    failures = [
        (o.case.index, Path(o.case.source).name, o.case.mutations, o.error)
        for o in outcomes
        if o.error
    ]
    assert failures == []


def test_every_mutation_was_tried(outcomes):
    used = {m for o in outcomes for m in o.case.mutations}
    assert {m.__name__ for m in MUTATIONS} <= used
    assert len(outcomes) == PAGES


def test_the_same_seed_makes_the_same_pages():
    pages = [("a.html", "<html><body><p>孵化器</p></body></html>".encode())]
    first = [(c.mutations, c.body) for c in cases(pages, 20, 5)]
    assert first == [(c.mutations, c.body) for c in cases(pages, 20, 5)]
