"""The real-page corpus (tests/real): its labels are well formed, and the extractor keeps its
per-field floors on the dev half.

Pages are other people's saved pages and are not in the repository (tests/real/corpus.py says
where they are read from). CI has the magic-html pages in ../shared, so the ``shared`` floors
always run there; the ``all`` floors run where every dev page that has a snapshot is on the
machine (``python tests/real/corpus.py materialise``). Test-half pages are never scored here: they are
for reporting (benchmarks/real.py), not for tuning.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "real"))

import corpus  # noqa: E402

from incubator_crawler.crawl.process import extract_normalized  # noqa: E402

FETCHED = datetime.fromisoformat("2026-11-28T13:00:00+08:00")
# Floors a little under what the extractor scores today, so a regression fails the build.
# ``shared``: the dev pages CI always has (../shared/evaldata/magic_html_article).
# ``all`` title and body went down (.99 -> .96, .945 -> .935) when the corpus branch added two
# nfra.gov.cn 信息公开 pages; the accuracy2 branch (table bodies, issuer-led titles, extra writers,
# far 责编 lines) brought them back: floors raised to just under 1.000 / .970 / 1.000 / .968.
# accuracy3 (121 dev pages with corpus4's third round): author .972, source .975, body .971;
# author and source floors raised to .965 (half a page under, as new pages keep arriving).
# accuracy4 (139 dev pages with corpus6/corpus7's webpage_archive rounds; the last four scored
# untuned): author .975, editor .983, source .968, category .987, body .974. Author and body
# raised to .97 / .965; editor and category LOWERED .99 -> .98, one page each, both from the
# newest dev pages: chengdu.cn's nav bar taken as the trail (added after the tuning stopped,
# kept as the untuned estimate) and chinadaily's second editor, a bare 编辑 under the tag bar
# below the related links (left out on purpose: that far down a bare 编辑 is a menu's word).
# accuracy5 (155 dev pages with corpus8/corpus9's webpage_archive rounds): title .994, author
# .977, editor .985, source .961, category 1.000, body .962. Category raised to .99; source and
# body LOWERED .965 -> .955, both by new untuned pages tuned only as far as a general rule
# reached: source misses eol.cn's outlet on a link-heavy date line and ttplus's 体坛+原创 beside
# a yearless time (with huanqiu and qingdaonews from before), body misses benliuxinwen's
# one-paragraph e-paper page (rejected as no body) and vac.gov.tw's notice whose text is one line
# under a poster image (the footer is taken). Then 7 more untuned dev pages (166 in all): title
# .988, editor .972, so title LOWERED .99 -> .985 (people.com.cn's gallery page keeps its page
# number, 照片大公开（组图） (3), which its label drops) and editor .98 -> .97 (a second
# chinadaily page with the far bare 编辑, 编辑：中文国际实习3 under the tag bar); date .994
# (geilixinli's 11/29/2021, a month-first date we do not read) stays over its .99 floor.
# corpus8's last page (167 dev pages) came after accuracy5 stopped and is kept untuned: author
# .967, so author LOWERED .97 -> .965 (tgcchinese.org's writer shown as `2022-06-20 —— Maria
# Baer` under the title, a date-dash-name byline no rule reads yet).
# accuracy6 (the same 167 dev pages): that byline, geilixinli's month-first date and the gallery
# page number are read: title .994, published 1.000, author .978. Title raised to .99, published
# to .995, author to .975.
# corpus10's ninth round (172 dev pages) came after accuracy6 stopped and is kept untuned, our
# out-of-sample estimate: author .968 and category .9899, so author LOWERED .975 -> .965 and
# category .99 -> .985 (gmw.cn's unlabelled author slot 本报特约记者　北方, as on its first page;
# linfen.gov.cn's category, a box heading with no trail).
# corpus11's tenth round (176 dev pages) arrived as the session ended and is kept untuned: title
# .989, category .980, body .953, so title LOWERED .99 -> .985, category .985 -> .975 and body
# .955 -> .95 (fjsen.com keeps its column name in the title; udnbkk's Discuz trail comes back
# whole, 查看内容 included; cnhubei's and fjsen's picture-story pages take the wrong block).
# accuracy7's source rules raised dev source to .983 on the 172 pages before them.
# corpus12's eleventh round (185 dev pages; 9 new, scored untuned: author .250 on 4 pages,
# category .667 on 6) is kept as the out-of-sample estimate: author .950 and category .963, so
# author LOWERED .965 -> .945 and category .975 -> .96 (cqcb's self-media account, fortunechina's
# columnist span and sciencenet's blog header not read as writers; szonline's site name before
# the date taken as one; fortunechina's dash-separated trail and nju.edu.cn's &nbsp;-separated
# trail not read).
# corpus13's half of the eleventh round (191 dev pages; 6 new, untuned: author .333 on 3 pages)
# is kept as the out-of-sample estimate too: author .933, so author LOWERED .945 -> .93
# (procedurallaw.cn's writer on a bare name line above the text; jiemian's translator in
# （翻译：X）), after accuracy9's title rules.
# accuracy8's author rules (precision first, read on unlabelled pages) left every dev page as
# it was: author .979 on the 176 pages before corpus12 and corpus13.
# corpus14's twelfth round (198 dev pages; 7 new, untuned: title .857, source .833, category
# .800, body .631) is kept as the out-of-sample estimate: source .955, category .957, body .943, so
# source LOWERED .955 -> .95, category .96 -> .955 and body .95 -> .94 (yasgen.com's mirror keeps
# the -同济大学新闻网 tail and gives no body; ce.cn's 版权及免责声明 box taken as the body; 100md's
# unlabelled 《家庭医生报》 source; njmu.edu.cn's &nbsp;-separated trail).
# accuracy10 (on the 185 dev pages before corpus13-15): those two trails, udnbkk's 查看内容 and chinadaily's bare
# 编辑 in the tag line are read: category .991, editor .987. Category raised .96 -> .985 and
# editor .97 -> .98 (linfen's boxed 户政 and chinadaily's second editor are the misses left).
# After merging accuracy10 with corpus13-15 (201 dev pages): title .990, author .935, editor
# .988, source .955, category .991, body .944. Editor raised .97 -> .98 and category .955 -> .985;
# the others stay where the untuned pages put them.
# accuracy11's five author rules (the eleventh round's pages, 191 dev pages): author .971,
# false+ .000, so author RAISED .93 -> .965 (half a page under: new pages keep arriving).
# With accuracy11 merged too (201 dev pages): author .972, so author RAISED .93 -> .965.
# accuracy12 (201 dev pages): a notice headed by the site's name, a footer-only container, a
# reprint disclaimer, a paywall notice and a text below a bracketed closing credit are not the
# body: body .944 -> .962; body raised .94 -> .96.
# accuracy16 (213 dev pages, corpus16/17's untuned pages among them): six people/source rules
# took author .965 -> .974, editor .966 -> .989, source .943 -> .957; author RAISED .965 -> .97,
# editor .98 -> .985, source .95 -> .955 (gedu's 摘自…CNN News is the new pages' miss left).
# accuracy18 (237 dev pages: corpus18/19/20's 24 pages of the fourteenth round, scored untuned
# first, the whole dev half then title .983, published .995, author .927, editor .980, source
# .949, category .979): the rounds' misses and four variants' false+ read, dev title .987,
# published 1.000, author .976, editor .990, source .962, category .993, body .962. Author
# RAISED .97 -> .975, source .955 -> .96, category .985 -> .99; none went down.
FLOORS = {
    "shared": {"title": 0.99, "published": 0.99, "author": 0.99, "editor": 0.99, "source": 0.99,
               "category": 0.99, "body": 0.92},
    "all": {"title": 0.985, "published": 0.995, "author": 0.975, "editor": 0.985, "source": 0.96,
            "category": 0.99, "body": 0.96},
}  # fmt: skip
# Ceilings on the dev half's false+ (share of pages labelled without the field where we give
# one). bench57: category false+ is 0 on every dev page (298 with labelcheck15's), so it must
# stay 0. Published false+ is not gated: 4 of 16 (6 of 22 with labelcheck15's pages) are dates
# the page carries only in <head> (meta, JSON-LD), which the date chain reads by design (dates3,
# dates4; docs/benchmarks.md, bench57).
FALSE_MAX = {"all": {"category_false": 0.0}}


def _labels() -> list[dict]:
    return [lb for lb in corpus.load_labels() if not lb.get("exclude")]


def test_labels_are_well_formed() -> None:
    problems = [f"{lb['id']}: {p}" for lb in _labels() for p in corpus.check_label(lb)]
    assert problems == []


def test_corpus_size_sites_and_split() -> None:
    labels = _labels()
    sites = Counter(lb["site"] for lb in labels)
    assert len(labels) >= 150
    assert len(sites) >= 50
    assert max(sites.values()) <= 8
    test_pages = sum(1 for lb in labels if corpus.split_of(lb["site"]) == "test")
    assert test_pages * 3 >= len(labels)
    assert all(lb["checked"] for lb in labels)


def test_list_labels_are_well_formed_and_sized() -> None:
    lists = corpus.load_labels(corpus.LISTS)
    problems = [f"{lb['id']}: {p}" for lb in lists for p in corpus.check_list_label(lb)]
    assert problems == []
    assert len({lb["id"] for lb in lists}) == len(lists)
    sites = Counter(lb["site"] for lb in lists)
    assert len(lists) >= 25
    assert len(sites) >= 15
    assert max(sites.values()) <= 8
    assert all(lb["checked"] for lb in lists)


def test_page_slice_takes_the_span_between_markers() -> None:
    data = b"const html = `<html><p>x</p></html>`;\n\t\tconst root = parse(html);"
    cut = {"after": "const html = `", "before": "`;\n\t\tconst root"}
    assert corpus.page_slice(data, cut) == b"<html><p>x</p></html>"


def test_page_slice_skip_names_the_nth_page_of_a_concatenated_file() -> None:
    data = b"<html>one</html>\n<html>two</html>\n<html>three</html>"
    assert corpus.page_slice(data, {"after": "", "before": "</html>"}) == b"<html>one"
    cut = {"after": "</html>", "before": "</html>", "skip": 1}
    assert corpus.page_slice(data, cut) == b"\n<html>three"


def test_page_slice_from_through_keeps_both_markers_of_a_pickled_page() -> None:
    # a protocol-3 pickle of a str: PROTO 3, BINUNICODE with a 4-byte little-endian length,
    # the page's UTF-8 bytes, then BINPUT 0 and STOP (the page's trailing CRLF is left out)
    page = "<!DOCTYPE html>\r\n<html><p>江西</p></html>\r\n".encode()
    data = b"\x80\x03X" + len(page).to_bytes(4, "little") + page + b"q\x00."
    cut = {"from": "<!DOCTYPE", "through": "</html>"}
    assert (
        corpus.page_slice(data, cut)
        == b"<!DOCTYPE html>\r\n<html><p>\xe6\xb1\x9f\xe8\xa5\xbf</p></html>"
    )


def test_page_slice_from_through_skip_names_the_nth_page() -> None:
    data = b"x<html>one</html>\n<html>two</html>\n<html>three</html>y"
    cut = {"from": "<html>", "through": "</html>", "skip": 1}
    assert corpus.page_slice(data, cut) == b"<html>two</html>"
    cut = {"from": "<html>", "through": "</html>", "skip": 2}
    assert corpus.page_slice(data, cut) == b"<html>three</html>"


def _nested(depth: int) -> bytes:
    """A page of our own: a lead line, ``depth`` nested divs around one line, a closing line."""
    return (
        "<html><head><title>深页</title></head><body><p>开头</p>"
        + "<div>" * depth + "<b>最深处</b>" + "</div>" * depth
        + "<p>结尾</p></body></html>"
    ).encode()  # fmt: skip


def test_visible_blocks_walks_a_page_nested_past_the_recursion_limit() -> None:
    # 2,000 deep is past Python's recursion limit and inside what lxml keeps (about 2,048)
    assert corpus.visible_blocks(_nested(2000)) == ["<title> 深页", "开头", "最深处", "结尾"]
    # 5,000 deep: lxml stops at its own depth limit and drops the rest; the walk must not die
    assert corpus.visible_blocks(_nested(5000)) == ["<title> 深页", "开头"]


def test_a_placeholder_source_label_scores_as_no_source() -> None:
    label = {"title": "t", "author": [], "editor": [], "body": ["正文"], "source": "本站原创"}
    none = corpus.score({"title": "t", "source": None, "body": "正文"}, label)
    given = corpus.score({"title": "t", "source": "本站原创", "body": "正文"}, label)
    assert (none["source"], none["source_false"]) == (None, 0.0)
    assert (given["source"], given["source_false"]) == (None, 1.0)
    lone = corpus.score({"title": "t", "source": "网", "body": "正文"}, {**label, "source": "网"})
    assert (lone["source"], lone["source_false"]) == (None, 1.0)
    named = corpus.score(
        {"title": "t", "source": "人民网", "body": "正文"}, {**label, "source": "人民网"}
    )
    assert (named["source"], named["source_false"]) == (1.0, None)


def test_characters_a_reader_cannot_see_are_not_scored() -> None:
    """A zero-width space the label keeps as the blocks show it (creditchina315-037df4's
    ``2017年5月9日\u200b``) and the extractor drops scores as the same text; so do a BOM, a word
    joiner and a soft hyphen in a short field."""
    label = {"title": "标\u00ad题", "author": [], "editor": [], "source": "人民\u2060网",
             "body": ["正文第一段。", "2017年5月9日\u200b"]}  # fmt: skip
    pred = {"title": "标题", "source": "\ufeff人民网", "body": "正文第一段。\n\n2017年5月9日"}
    got = corpus.score(pred, label)
    assert (got["title"], got["source"], got["body"]) == (1.0, 1.0, 1.0)
    # a character a reader sees still counts
    assert corpus.score({**pred, "body": "正文第一段。\n\n2017年5月9"}, label)["body"] < 1.0


def _scores(pages: list[dict]) -> dict[str, float]:
    per_page = []
    for page in pages:
        pred = extract_normalized(page["html"], page.get("url") or "http://example.invalid/",
                                  fetched_at=FETCHED)  # fmt: skip
        per_page.append(corpus.score(pred, page))
    out = {}
    for field in FLOORS["all"]:
        vals = [s[field] for s in per_page if s[field] is not None]
        out[field] = sum(vals) / len(vals) if vals else 1.0
    for key in FALSE_MAX["all"]:
        vals = [s[key] for s in per_page if s[key] is not None]
        out[key] = sum(vals) / len(vals) if vals else 0.0
    return out


def _dev_pages(shared_only: bool) -> list[dict]:
    pages = [p for p in corpus.corpus("articles", "dev") if not p.get("exclude")]
    return [p for p in pages if p["page"].get("shared")] if shared_only else pages


def test_floors_on_shared_dev_pages() -> None:
    pages = _dev_pages(shared_only=True)
    if not pages:
        pytest.skip("../shared/evaldata/magic_html_article is not beside the checkout")
    scores = _scores(pages)
    low = {
        f: round(v, 3)
        for f, v in scores.items()
        if f in FLOORS["shared"] and v < FLOORS["shared"][f]
    }
    assert low == {}


def test_floors_on_all_dev_pages() -> None:
    # pages read with the search tool's read_file have no snapshot to rebuild them from
    # (materialise skips them), so they never count as missing
    dev = [
        lb
        for lb in _labels()
        if corpus.split_of(lb["site"]) == "dev" and lb["page"].get("via") != corpus.READ_FILE
    ]
    pages = _dev_pages(shared_only=False)
    if len(pages) < len(dev):
        pytest.skip(f"{len(dev) - len(pages)} dev pages not here: tests/real/corpus.py materialise")
    scores = _scores(pages)
    low = {f: round(v, 3) for f, v in scores.items() if f in FLOORS["all"] and v < FLOORS["all"][f]}
    assert low == {}
    high = {k: round(scores[k], 3) for k, top in FALSE_MAX["all"].items() if scores[k] > top}
    assert high == {}


def test_materialise_skips_pages_read_with_read_file(tmp_path: Path) -> None:
    labels = corpus.load_labels() + corpus.load_labels(corpus.LISTS)
    via = [lb for lb in labels if lb["page"].get("via") == corpus.READ_FILE]
    written, _, skipped = corpus.materialise(tmp_path / "no-mirrors", tmp_path / "out")
    assert (written, skipped) == (0, len(via))
    assert not any((tmp_path / "out" / f"{lb['id']}.html").exists() for lb in via)


def test_a_date_or_a_trail_on_a_page_labelled_without_one_is_a_false_positive() -> None:
    label = {"title": "t", "author": [], "editor": [], "body": ["正文"], "published": None,
             "category": None}  # fmt: skip
    given = corpus.score({"title": "t", "published_at": "2025-10-25", "category": "规章"}, label)
    none = corpus.score({"title": "t", "published_at": None, "category": None}, label)
    assert (given["published_false"], given["category_false"]) == (1.0, 1.0)
    assert (none["published_false"], none["category_false"]) == (0.0, 0.0)
    dated = {**label, "published": "2025-10-25", "published_precision": "day", "category": "规章"}
    right = corpus.score({"title": "t", "published_at": "2025-10-25", "category": "规章"}, dated)
    assert (right["published"], right["published_false"]) == (1.0, None)
    assert (right["category"], right["category_false"]) == (1.0, None)


def test_a_label_whose_page_path_names_a_folder_is_a_problem() -> None:
    # `git show COMMIT:dir/` prints a tree listing, so materialise cannot rebuild such a page
    page = {"repo": "o/r", "commit": "0" * 40, "path": "2019/01/27/aac9eafa6e/", "sha256": "ab"}
    assert corpus._page_problem(page) == [
        "page path names a folder, not a file: '2019/01/27/aac9eafa6e/'"
    ]
    assert corpus._page_problem({**page, "path": "2019/01/27/aac9eafa6e/index.html"}) == []
    assert corpus._page_problem({**page, "sha256": ""}) == ["page has no sha256"]
