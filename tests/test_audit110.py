"""audit110's classes (a wide screen of author and editor over session 26's unscreened dev-side pool, and audit108's
class 10), each with exact values and its negative neighbours, on synthetic pages."""

from __future__ import annotations

import json

import pytest
from test_policy_fields import page, text

from incubator_crawler.article.people.names import clean_person

EN_TITLE = "Hollywood actors strike ends as union reaches tentative deal with studios"
EN_TEXT = text(
    "The union representing Hollywood actors reached a tentative deal with studios on Wednesday night.",
    "The agreement, which must still be approved by the union's board and members, ends a long strike.",
    "Negotiators said the deal includes raises, protections on artificial intelligence and streaming bonuses.",
    "Productions are expected to resume within weeks once the members have voted on the agreement.",
)
EN_HEADER = "<div class='top'><span>Daily Herald</span></div><ul class='nav'><li><a href='/'>Home</a></li></ul>"
EN_FOOTER = "<div class='footer'>Copyright 2023 Daily Herald</div>"


def _en_page(meta: str = "", head: str = "", after: str = "") -> dict:
    return page(
        header=EN_HEADER, trail="", heading=f"<h1>{EN_TITLE}</h1>", meta=meta, body=EN_TEXT, after=after,
        sidebar="", footer=EN_FOOTER, head_title=EN_TITLE + " - Daily Herald", head=head,
        url="http://www.dailyherald.example.com/news/20231109/hollywood-actors-strike-ends",
    )  # fmt: skip


def _ld(author: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": EN_TITLE,
        "author": author,
    }
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


# -- 10 (audit108): ``原文编辑/`` after the writers in a credit closing the text ---------------------
@pytest.mark.parametrize(
    ("closing", "author", "editor"),
    [
        # creditchina315.com: the bracket run into the last paragraph
        (
            "他们将对全镇贫困户开展积分兑换活动。（作者/周俊远 廖荣格 原文编辑/苏必庆）",
            "周俊远、廖荣格",
            "苏必庆",
        ),
        (
            "他们将对全镇贫困户开展积分兑换活动。（作者：周俊远 廖荣格 原文编辑：苏必庆）",
            "周俊远、廖荣格",
            "苏必庆",
        ),
        ("（作者/周俊远 廖荣格 原文编辑/苏必庆）", "周俊远、廖荣格", "苏必庆"),
        # neighbours: the plain and the 本文 editor's label, and 原文编辑 as a verb phrase in prose
        (
            "他们将对全镇贫困户开展积分兑换活动。（作者/周俊远 廖荣格 编辑/苏必庆）",
            "周俊远、廖荣格",
            "苏必庆",
        ),
        (
            "他们将对全镇贫困户开展积分兑换活动。（作者/周俊远 廖荣格 本文编辑/苏必庆）",
            "周俊远、廖荣格",
            "苏必庆",
        ),
        (
            "爱心超市负责人说，他们对原文编辑了三次才定稿，今后还将继续开展积分兑换活动。",
            None,
            None,
        ),
    ],
)
def test_original_text_editor_after_the_writers(
    closing: str, author: str | None, editor: str | None
) -> None:
    """``原文编辑/Z`` is the editor's label: 原文 is no third writer."""
    body = text(
        "二十七名贫困户通过积分兑换到了实用的生产生活用品，他们在脱贫道路上更有主动性。",
        "爱心超市设在镇便民服务中心，每周开放两次，由镇干部和志愿者轮流值守。",
        closing,
    )
    out = page(body=body, meta="<div class='info'>发布时间：2020-05-06</div>", sidebar="")
    assert (out["author"], out["editor"]) == (author, editor)


# -- 1: a Latin byline's word kept before the name ------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "author"),
    [
        ("by Mike Sula", "Mike Sula"),  # chicagoreader.com
        ("Von Moritz Wichmann", "Moritz Wichmann"),  # neues-deutschland.de
        ("von flerche", "flerche"),  # piratenpartei-marburg.de
        ("von Autor: Georg Holzer", "Georg Holzer"),  # futurezone.at
        ("von AUTO ZEITUNG", "AUTO ZEITUNG"),  # autozeitung.de: the magazine as written
        ("Logan C. Ritchie、More by Logan C. Ritchie", "Logan C. Ritchie"),  # roughdraftatlanta.com
        ("More Stories By Lisa de Moraes", "Lisa de Moraes"),
        ("By 张明华", "张明华"),
        # neighbours: names that open with the same letters, a particle inside a name
        ("Byron Smith", "Byron Smith"),
        ("Vonda Shepard", "Vonda Shepard"),
        ("Christoph von Ritter", "Christoph von Ritter"),
        ("Bye Bye", "Bye Bye"),
    ],
)
def test_latin_byline_word_before_the_name(raw: str, author: str) -> None:
    """``by X`` / ``von X`` / ``More by X``: the role word goes, the name stays."""
    assert clean_person(raw, role="author") == author


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("by Mike Sula", "Mike Sula"),
        ("Von Moritz Wichmann", "Moritz Wichmann"),
        ("Mike Sula", "Mike Sula"),
    ],
)
def test_latin_byline_word_in_a_schema_author(name: str, author: str) -> None:
    """The same value where a page's JSON-LD names the writer."""
    box = f"<div class='author-box'><p>{name}</p><p>Writes about food and drink.</p></div>"
    out = _en_page(head=_ld({"@type": "Person", "name": name}), after=box)
    assert out["author"] == author


# -- 2: a date's or a date stamp's word read as the writer ---------------------------------------
@pytest.mark.parametrize(
    ("raw", "author"),
    [
        ("Modified", None),  # gothamist.com: ``Modified March 9, 2017``
        ("Announced", None),  # mozilla.org
        ("公開", None),  # itmedia.co.jp: ``2019年02月22日 14時30分 公開``
        ("Montag,", None),  # osthessen-news.de
        ("Mittwoch", None),  # jagderleben.de
        ("November 2", None),  # deadlinenews.co.uk
        ("Thursday 2 Nov 2023 10", None),  # metro.co.uk
        # neighbours: first names that are months or open like a weekday, and a month alone
        ("April", "April"),
        ("June Carter", "June Carter"),
        ("Sunil Gupta", "Sunil Gupta"),
        ("Wednesday Addams", "Wednesday Addams"),
        ("Dec Lyons", "Dec Lyons"),
        ("Marchetti", "Marchetti"),
    ],
)
def test_date_word_is_no_writer(raw: str, author: str | None) -> None:
    """A weekday, a stamp word or a month before the day's number names no one."""
    assert clean_person(raw, role="author") == author


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("<p class='meta'>Modified March 9, 2017</p>", None),
        ("<p class='meta'>Updated March 9, 2017</p>", None),
        ("<p class='meta'>Kovacs March 9, 2017</p>", "Kovacs"),
    ],
)
def test_date_stamp_word_beside_the_date(meta: str, author: str | None) -> None:
    """``Modified March 9, 2017`` under the headline: no writer; a name there still is one."""
    assert _en_page(meta=meta)["author"] == author


# -- 3: a credential after a comma split off as a second writer -----------------------------------
@pytest.mark.parametrize(
    ("raw", "author"),
    [
        ("Grant Tinsley, PhD", "Grant Tinsley"),  # healthline.com's JSON-LD
        ("Grant Tinsley, Ph.D.", "Grant Tinsley"),
        ("Jane Doe, MD, Grant Tinsley, PhD", "Jane Doe、Grant Tinsley"),
        # neighbours: two writers after a comma, and a credential alone is left as written
        ("Sarah Hinger, Sylvia Torres-Guillén", "Sarah Hinger、Sylvia Torres-Guillén"),
        ("PhD", "PhD"),
    ],
)
def test_credential_after_a_name(raw: str, author: str) -> None:
    """``X, PhD``: the title closes the name, no second writer."""
    assert clean_person(raw, role="author") == author


def test_credential_in_a_schema_author() -> None:
    """The same in a page's JSON-LD."""
    box = "<div class='author-box'><p>Written by Grant Tinsley, PhD</p><p>Nutrition researcher.</p></div>"
    out = _en_page(head=_ld({"@type": "Person", "name": "Grant Tinsley, PhD"}), after=box)
    assert out["author"] == "Grant Tinsley"


# -- 4: a byline whose writers are linked to their author pages -----------------------------------
_DATE_LINE = "<div class='d'>2016-12-12 09:22</div>"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        (
            "记者 <a href='/author/oy/'>欧阳明华</a> <a href='/author/l/'>李建国</a>",
            "欧阳明华、李建国",
        ),
        ("By <a href='/author/zh/'>张明华</a>", "张明华"),
        # neighbours: a sort control and a desk's link name no writer
        ("Sort by <a href='/s/'>Date</a>", None),
        ("By <a href='/c/'>Sports Desk</a>", None),
    ],
)
def test_linked_writers_over_the_text(line: str, author: str | None) -> None:
    """``记者 <a>X</a> <a>Y</a>``, ``By <a>X</a>``: a byline line whose names are links."""
    out = page(meta=f"<div class='meta'><div class='a'>{line}</div>{_DATE_LINE}</div>", sidebar="")
    assert out["author"] == author


@pytest.mark.parametrize(
    ("meta", "after", "author"),
    [
        # people.com / theatlantic.com: ``By <a href=/author/…>X</a>`` over the date line
        (
            "<div class='meta'><div class='by'>By <a href='/author/ek/'>Emily Kirkpatrick</a></div>"
            "<div class='d'>Updated on December 12, 2016 09:22 AM</div></div>",
            "",
            "Emily Kirkpatrick",
        ),
        # neighbour: the same line under the text, a related item's (mashable's Recommended For You)
        (
            "<div class='meta'><div class='d'>December 12, 2016 09:22 AM</div></div>",
            "<div class='more'><h3>Recommended For You</h3><p><a href='/tesla/'>No more Teslas in California?</a></p>"
            "<p>By <a href='/author/jn/'>Jennimai Nguyen</a></p></div>",
            None,
        ),
    ],
)
def test_linked_english_byline(meta: str, after: str, author: str | None) -> None:
    """An English page's ``By <a>X</a>`` over the text names the writer; under it, no one."""
    assert _en_page(meta=meta, after=after)["author"] == author


# -- 5: an English byline with its date after the writers ----------------------------------------
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Nicole Gallucci on December 13, 2016", "Nicole Gallucci"),  # mashable.com
        ("By Keith Noonan - Jan 9, 2017 at 10:05AM", "Keith Noonan"),  # fool.com
        ("By Sage Lazzaro • 12/16/16 12:21pm", "Sage Lazzaro"),  # observer.com
        (
            "By Lauren Jarvis-Gibson, December 16th 2016",
            "Lauren Jarvis-Gibson",
        ),  # thoughtcatalog.com
        ("By Zach Johnson Dec 12, 2016 2:00 PM", "Zach Johnson"),  # eonline.com
        (
            "By Howard Schneider, Lindsay Dunsmuir",
            "Howard Schneider、Lindsay Dunsmuir",
        ),  # reuters.com
        ("By ANDREW DALTON", "ANDREW DALTON"),  # dailyherald.com, as written
        ("By Lisa de Moraes", "Lisa de Moraes"),  # deadline.com
        ("ByAlex Bozarjian", "Alex Bozarjian"),  # abc13.com: two spans, no blank
        # neighbours: an outlet or a desk, a body after the comma, a sentence opening with By
        ("By The Associated Press", None),
        ("By Smart Shopping Team", None),
        ("By Joe Matazzoni, Wikimedia Foundation", None),
        ("By accessing this site you agree to the terms", None),
        ("BYD Company Limited", None),
    ],
)
def test_english_byline_with_its_date(line: str, author: str | None) -> None:
    """``By X on DATE`` / ``By X - DATE`` / ``By X • DATE`` under the headline names X."""
    meta = f"<div class='meta'><p class='by'>{line}</p></div>"
    assert _en_page(meta=meta)["author"] == author


def test_dated_byline_under_the_text_is_a_related_item() -> None:
    """A related list's ``By X Feb 18, 2020 4 min read`` rows under the text name no writer of this
    post (gaijinpot.com); the post's own byline over the text does."""
    related = (
        "<div class='more'><h3>Recommended For You</h3><p><a href='/a/'>Where to eat in Osaka</a></p>"
        "<p>By Chiara Terzuolo Feb 18, 2020 4 min read</p></div>"
    )
    out = _en_page(meta="", after=related)
    own = _en_page(
        meta="<div class='meta'><p>By Amelie Marie Nishizawa Feb 8, 2020 5 min read</p></div>",
        after=related,
    )
    assert (out["author"], own["author"]) == (None, "Amelie Marie Nishizawa")
