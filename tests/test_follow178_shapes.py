"""follow178: hunt175's first-contact misses, each shape in our own words with its neighbours."""

from __future__ import annotations

from incubator_crawler.article.people.beside_date import _names_around_date
from incubator_crawler.article.people.names import clean_person
from incubator_crawler.crawl.process import extract_normalized

_PARA = "<p>" + "协会今年组织了多场活动，同学们踊跃参加，收获很多，大家都很开心。" * 4 + "</p>"


def _run(html: str, url: str = "http://example.org/posts/1/") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


# 1. a theme's English meta label before the date is no name


def test_created_label_is_no_author():
    assert clean_person("Created", role="author") is None
    assert clean_person("Last modified", role="author") is None
    assert clean_person("Views", role="author") is None


def test_created_label_before_date_gives_no_author():
    html = (
        "<html><head><title>招新啦</title></head><body><h1>招新啦</h1>"
        "<div class='meta'><span>Created</span> <span>2019-08-22</span></div>"
        f"<article>{_PARA * 3}</article></body></html>"
    )
    assert _run(html)["author"] is None


def test_latin_name_before_date_still_a_name():
    # the neighbour: a one-word Latin name is no meta word
    assert clean_person("Crede", role="author") == "Crede"


# 2. a reading-time phrase after the date is no name; a person's card names the writer


def test_reading_time_after_date_is_no_name():
    assert _names_around_date("August 6, 2022 少于 1 分钟阅读") == (None, None)
    assert _names_around_date("2022-08-06 约 3 分钟阅读") == (None, None)


def test_name_after_date_still_read():
    # the neighbour: a writer's name after the date, no reading time after it
    assert _names_around_date("2020-06-05 20:35 叨叨姐") == (None, "叨叨姐")


def _carded(author: str, card: str, url: str) -> str:
    return (
        "<html><head><title>创意工坊</title>"
        f"<meta property='article:author' content='{author}'>"
        f"<meta property='og:url' content='{url}'></head><body>"
        "<div class='sidebar'><div itemscope itemtype='https://schema.org/Person'>"
        f"<h3 itemprop='name'>{card}</h3><p itemprop='description'>一名学生</p></div></div>"
        "<article><h1>创意工坊</h1><p><time>August 6, 2022</time> 少于 1 分钟阅读</p>"
        f"{_PARA * 3}</article></body></html>"
    )


def test_person_card_names_the_writer():
    html = _carded("小明", "小明", "https://club-x.github.io/ideas/1/")
    assert _run(html, "https://club-x.github.io/ideas/1/")["author"] == "小明"


def test_site_card_names_no_writer():
    # the neighbour: the association's own card, its name the site's address
    html = _carded("Club-X", "Club-X", "https://club-x.github.io/news/1/")
    assert _run(html, "https://club-x.github.io/news/1/")["author"] is None


def test_card_not_showing_the_meta_name_names_no_writer():
    html = _carded("小明", "小红", "https://club-x.github.io/ideas/1/")
    assert _run(html, "https://club-x.github.io/ideas/1/")["author"] is None


# 3. the subtitle box under the headline is no title


def _quiz(title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><header>"
        "<h2><a href='/p/4'>化学竞猜4</a></h2><h3>化学竞猜</h3><time>Mar 10, 2025</time></header>"
        f"<section>{_PARA * 2}</section></article></body></html>"
    )


def test_subtitle_under_headline_is_no_title():
    assert _run(_quiz("化学竞猜4"))["title"] == "化学竞猜4"


def test_deck_named_whole_by_title_stays():
    # the neighbour: <title> names the lower heading whole, not the upper: the lower line is it
    assert _run(_quiz("化学竞猜"))["title"] == "化学竞猜"


# 4. 转自 a platform's account: the source, whole


def _repost(line: str, afterword: bool) -> str:
    after = (
        "<h2>最后的话</h2>" + "<p>看到这篇文章，我很受触动，想了很久。</p>" * 6 if afterword else ""
    )
    return (
        "<html><head><title>一篇文章</title></head><body><h1>一篇文章</h1><p>2016-11-21</p>"
        f"<article>{_PARA * 3}<p>{line}</p>{after}</article></body></html>"
    )


def test_weibo_repost_closing_the_text():
    assert _run(_repost("转自微博：某某午睡", False))["source"] == "微博:某某午睡"


def test_weibo_repost_before_the_afterword():
    assert _run(_repost("转自微博：某某午睡", True))["source"] == "微博:某某午睡"


def test_plain_repost_credit_still_read():
    assert _run(_repost("转自新华社", True))["source"] == "新华社"


def test_two_repost_lines_in_the_middle_name_no_source():
    # the neighbour: two credits inside the text (a digest of reposts) name no one origin
    html = (
        "<html><head><title>一篇文章</title></head><body><h1>一篇文章</h1><p>2016-11-21</p>"
        f"<article>{_PARA * 3}<p>转自微博：某甲</p>{_PARA}<p>转自微博：某乙</p>"
        + "<p>看到这篇文章，我很受触动，想了很久。</p>" * 6
        + "</article></body></html>"
    )
    assert _run(html)["source"] is None


def test_sentence_with_zhuanzi_is_no_source():
    html = _repost("这篇文章转自朋友的分享，大家可以看看，写得很好。", True)
    assert _run(html)["source"] is None
