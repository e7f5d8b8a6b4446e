"""benchmarks/unlabelled.py --history: every commit's pages, not HEAD's only (pool61)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import unlabelled  # noqa: E402


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_history_reads_the_pages_a_later_commit_replaced(tmp_path: Path) -> None:
    """A site copy that overwrote its index.html keeps the older page in its history."""
    repo = tmp_path / "copy"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    for n, text in enumerate(("<p>第一篇</p>", "<p>第二篇</p>")):
        (repo / "index.html").write_text(text, encoding="utf-8")
        (repo / "style.css").write_text(f"p{{margin:{n}px}}", encoding="utf-8")
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", f"page {n}")
    git_dir = repo / ".git"
    head = [(p, d.decode()) for p, d in unlabelled._blobs(git_dir)]
    every = sorted((p, d.decode()) for p, d in unlabelled._blobs(git_dir, history=True))
    assert head == [("index.html", "<p>第二篇</p>")]
    assert every == [("index.html", "<p>第一篇</p>"), ("index.html", "<p>第二篇</p>")]
