"""Author false positives at first contact, by shape (issue 10, session 31).

The sites hunt131 / hunt146 / hunt147 brought named a writer where a reader sees none: a licence
box's ``本文作者`` or a copyright box's ``原文作者`` naming the site's own team or account, a club's
name as a segment of its site's name. people167's distractors (``benchmarks/distractors.py
--kinds people``) put those shapes, in other words, under dev pages' texts: the site's account
(``X官方``, ``X管理员``, ``X小编``) and a club ending in 社 were still read as writers, and a box
naming the site took the place of the writer a later rule reads (a name beside the date). Pages
of our own words; why each shape: docs/benchmarks.md, people167.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.people.settle import _names_the_firm
from incubator_crawler.article.people.words import site_group

HEADLINE = "新学期招新活动顺利举行"


def _page(site: str, box: str, row: str = "<span>2023-09-12</span>") -> str:
    return (
        f"<div class='nav'><a href='/'>{site}</a> <a href='/news/'>新闻</a></div>"
        f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>{row}</div>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>{box}</div>"
    )


def _title(site: str) -> str:
    return f"<title>{HEADLINE} - {site}</title>"


def _licence(name: str) -> str:
    return (
        f"<div class='post-copyright'><p>本文作者：{name}</p>"
        "<p>本文链接：https://example.org/posts/a1.html</p>"
        "<p>版权声明：本站所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。</p></div>"
    )


# 1. the site's own account in a licence or copyright box


def test_site_official_account_in_licence_box_is_no_author() -> None:
    out = run(_page("星火学社", _licence("星火学社官方")), _title("星火学社"))
    assert out["author"] is None
    assert out["published_at"] == "2023-09-12"


def test_site_admin_in_copyright_box_is_no_author() -> None:
    box = "<div><p>原文作者：星火学社管理员</p><p>转载请注明出处。</p></div>"
    assert run(_page("星火学社", box), _title("星火学社"))["author"] is None


def test_latin_site_official_account_is_no_author() -> None:
    out = run(_page("Spark Lab", _licence("Spark Lab官方")), _title("Spark Lab"))
    assert out["author"] is None
    assert _names_the_firm("sparklabadmin", ["sparklab"])


def test_person_in_licence_box_stays_the_author() -> None:
    # the nearest writer: a person the licence box names
    out = run(_page("星火学社", _licence("周明远")), _title("星火学社"))
    assert out["author"] == "周明远"


def test_account_of_another_name_stays() -> None:
    # an account word after a name the site's name does not hold is not the site's account
    assert _names_the_firm("青禾官方", ["星火学社"]) is False
    assert _names_the_firm("星火学社官方", ["星火学社"])


# 2. a box naming the site no longer displaces a later rule's writer


def test_writer_beside_date_kept_over_site_team_in_licence_box() -> None:
    row = "<span>2023-09-12</span> <span>周明远</span>"
    out = run(_page("星火学社", _licence("星火学社团队"), row), _title("星火学社"))
    assert out["author"] == "周明远"


def test_writer_beside_date_kept_over_site_editor_account() -> None:
    row = "<span>2023-09-12</span> <span>林晓雯</span>"
    out = run(_page("星火学社", _licence("星火学社小编"), row), _title("星火学社"))
    assert out["author"] == "林晓雯"


def test_labelled_writer_beats_a_person_in_licence_box() -> None:
    # the nearest shape that IS a writer: a 作者 label on the meta line
    row = "<span>2023-09-12</span> <span>作者：林晓雯</span>"
    out = run(_page("星火学社", _licence("星火学社官方"), row), _title("星火学社"))
    assert out["author"] == "林晓雯"


# 3. a club's name as the first segment of its site's name


def test_club_segment_of_site_name_is_no_author() -> None:
    site = "七彩文学社-新闻中心"
    assert run(_page(site, _licence("七彩文学社")), _title(site))["author"] is None
    assert site_group("星火学社")
    assert site_group("七彩文学社")
    assert site_group("星火社团")  # the club word it had before


def test_person_named_like_a_club_stays_the_blogs_author() -> None:
    # 王建社: a surname and a given name ending in 社, the owner of his own blog
    assert site_group("王建社") is False
    site = "王建社-个人博客"
    assert run(_page(site, _licence("王建社")), _title(site))["author"] == "王建社"


# 4. a poster's placeholder under the text gives way to the writer after the outlet


def _sourced(box: str, source: str = "来源：中国新闻网 周明远") -> str:
    row = f"<span>2023-09-12 10:00</span> <span>{source}</span>"
    return _page("园区观察", box, row)


def test_writer_after_outlet_kept_over_admin_poster_under_text() -> None:
    out = run(_sourced("<div>发布人：admin　点击：56 次</div>"), _title("园区观察"))
    assert out["author"] == "周明远"
    assert out["source"] == "中国新闻网"


def test_writer_after_outlet_without_poster_line() -> None:
    out = run(_sourced(""), _title("园区观察"))
    assert out["author"] == "周明远"


def test_named_poster_under_text_is_not_replaced() -> None:
    # a person in the poster's slot is a writer the chain read first: the outlet's name after
    # 来源 does not replace him
    out = run(_sourced("<div>作者：林晓雯　点击：56 次</div>"), _title("园区观察"))
    assert out["author"] == "林晓雯"
