"""Publish-date shapes of the lead's session-23 answers (follow104, issue 10): a publish date the
page shows beats a ``<head>`` time, at the precision shown."""

from __future__ import annotations

import pytest
from page_shapes import PROSE, run

from incubator_crawler.article.labels import posted_on

TEXT = f"<p>{PROSE}</p><p>{PROSE}</p>"


def _published(out: dict) -> tuple[str | None, str | None]:
    return out["published_at"], out["published_precision"]


# ------------------------------- a shown publish date over a head time (chkaos.top's Hexo theme)
_META = "<meta property='article:published_time' content='{}'>"


def _hexo(trailer: str, meta: str = "2021-03-12T09:21:41.000Z") -> dict:
    return run(
        f"<h1>事件循环及异步编程</h1><div class='content'>{TEXT}</div>"
        f"<ul class='article-post-copyright'><li>{trailer}</li>"
        "<li><strong>相关标签 : </strong><a href='/tags/js/'>JavaScript</a></li></ul>",
        head=_META.format(meta),
        url="http://chkaos.top/posts/efa9d1a1.html",
    )


@pytest.mark.parametrize(
    ("trailer", "expected"),
    [
        # the day shown under the text: the head's clock is not taken beyond it
        (
            "本文于 2021-03-12 发布在 <span>代码</span> 分类下，当前已有 0 人围观",
            ("2021-03-12", "day"),
        ),
        ("发布时间：2021-03-12", ("2021-03-12", "day")),
        ("发布于 2021-03-12", ("2021-03-12", "day")),
        ("发表于 2021-03-12 17:21", ("2021-03-12T17:21:00+08:00", "minute")),
        # another day shown: the shown one
        ("本文于 2021-03-10 发布在 代码 分类下", ("2021-03-10", "day")),
        ("发布时间：2021-03-10", ("2021-03-10", "day")),
        # no publish date shown: as before, the head's day is shown nowhere, so none (a date
        # only the head states is no reader's date); a bare 时间 line is the trailer's date
        ("该文件于2021-03-10发布，自发布之日起施行。", (None, None)),
        ("本文于 2021-03-10 更新", (None, None)),
        ("本文链接：http://chkaos.top/posts/efa9d1a1.html", (None, None)),
        ("时间：2021-03-10", ("2021-03-10", "day")),
    ],
)
def test_shown_publish_date_over_head_time(trailer: str, expected: tuple[str, str]) -> None:
    assert _published(_hexo(trailer)) == expected


def test_head_time_where_the_day_is_shown_unlabelled() -> None:
    # the day shown in a sentence of the trailer, no publish line: the head's time stays
    out = _hexo("本页于 2021-03-12 更新")
    assert _published(out) == ("2021-03-12T17:21:41+08:00", "second")


def test_posted_sentence_under_the_title() -> None:
    out = run(
        "<h1>事件循环及异步编程</h1><div class='info'>本文于 2019-09-05 10:12 由 张三 发布</div>"
        f"<div class='content'>{TEXT}</div>",
        head=_META.format("2019-09-05T10:12:37+08:00"),
    )
    assert _published(out) == ("2019-09-05T10:12:00+08:00", "minute")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本文于 2021-03-03 发布在 代码 分类下", "本文于 2021-03-03 发布"),
        ("本文于 2019-09-05 10:12 由 张三 发布", "本文于 2019-09-05 10:12 由 张三 发布"),
        ("本文于2019-09-05由张三发布", "本文于2019-09-05由张三发布"),
        ("文章于2020年1月2日发表", "文章于2020年1月2日发表"),
        ("该政策于2021-03-03发布", None),  # no 本文 / 文章 opening the line
        ("本文于2021-03-03更新", None),  # an update, not the publish date
        ("本文于 2021-03-03 在北京召开的会议上发布", None),  # words between: a sentence's
    ],
)
def test_posted_on(text: str, expected: str | None) -> None:
    assert posted_on(text) == expected
