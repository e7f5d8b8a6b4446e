"""Each pipeline step on an item, through Scrapy's component API, counting its outcomes."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from incubator_crawler.article.body import looks_like_article_body
from incubator_crawler.crawl.pipelines.category import CategoryPipeline
from incubator_crawler.crawl.pipelines.clean_body import CleanBodyPipeline
from incubator_crawler.crawl.pipelines.clean_title import CleanTitlePipeline
from incubator_crawler.crawl.pipelines.normalize_dates import NormalizeDatesPipeline
from incubator_crawler.crawl.pipelines.require_fields import RequireFieldsPipeline
from incubator_crawler.crawl.pipelines.split_people import SplitPeoplePipeline
from incubator_crawler.items import ArticleItem

FETCHED = "2025-06-01T10:00:00+08:00"


def run(pipeline_cls, **fields):
    crawler = get_crawler()
    pipeline = pipeline_cls.from_crawler(crawler)
    item = ArticleItem(
        url="http://x.test/1",
        site="cnfuhuaqi",
        site_name="中国孵化器网",
        fetched_at=FETCHED,
        **fields,
    )
    pipeline.process_item(item)
    return item, crawler.stats.get_stats()


@pytest.mark.parametrize(
    ("fields", "title", "stat"),
    [
        (
            {"title_raw": "  【新闻】青岛市科技企业孵化器管理办法 "},
            "青岛市科技企业孵化器管理办法",
            "title/heading",
        ),
        (
            {"html_title": "双榜提名！济南高新区人才工作-中国孵化器网"},
            "双榜提名！济南高新区人才工作",
            "title/html_title",
        ),
        (
            {
                "title_raw": "中国孵化器网",
                "html_title": "中国孵化器网",
                "list_title": "入驻企业名单",
            },
            "入驻企业名单",
            "title/list_title",
        ),
        ({"title_raw": "中国孵化器网"}, None, "title/missing"),
    ],
)
def test_clean_title(fields, title, stat):
    item, stats = run(CleanTitlePipeline, **fields)
    assert item.title == title
    assert stats[f"incubator/clean_title/{stat}"] == 1


@pytest.mark.parametrize(
    ("fields", "value", "precision", "stat"),
    [
        ({"published_raw": "发布日期：2024-04-24"}, "2024-04-24", "day", "page"),
        (
            {"published_raw": "发布时间：2024年03月12日 09:30"},
            "2024-03-12T09:30:00+08:00",
            "minute",
            "page",
        ),
        ({"published_raw": "昨天 14:20"}, "2025-05-31T14:20:00+08:00", "minute", "page"),
        ({"list_date_raw": "[04-24]"}, "2025-04-24", "day", "list"),
        ({"published_raw": "发布日期：不详"}, None, None, "unparsed"),
    ],
)
def test_normalize_dates(fields, value, precision, stat):
    item, stats = run(NormalizeDatesPipeline, **fields)
    assert (item.published_at, item.published_precision) == (value, precision)
    assert stats[f"incubator/normalize_dates/published_at/{stat}"] == 1


def test_split_people_keeps_roles_apart():
    item, _ = run(
        SplitPeoplePipeline,
        author_raw="佚名",
        editor_raw="中国孵化器网",
        source_raw="济南高新区",
        body_paragraphs=["正文第一段。", "【编辑：田博群】"],
    )
    assert (item.author, item.editor, item.source) == (None, "中国孵化器网", "济南高新区")


def test_split_people_editor_from_body_tail():
    item, _ = run(
        SplitPeoplePipeline, source_raw="本站原创", body_paragraphs=["正文。", "【编辑：田博群】"]
    )
    assert (item.editor, item.source, item.extraction["editor"]) == ("田博群", None, "body")


def test_clean_body_drops_lede_boilerplate_and_editor_line():
    item, stats = run(
        CleanBodyPipeline,
        title="标题",
        lede_raw="近日，济南高新区获评",
        body_paragraphs=[
            "\u3000\u3000近日，济南高新区获评表现突出单位。",
            "【字体：大 中 小】",
            "下一步将继续努力。",
            "【编辑：田博群】",
        ],
    )
    assert item.body == "近日，济南高新区获评表现突出单位。\n\n下一步将继续努力。"
    assert stats["incubator/clean_body/body/found"] == 1


def test_clean_body_rejects_headline_fragments():
    item, stats = run(CleanBodyPipeline, body_paragraphs=["济南高新区人才工", "孵化器毕业企业回"])
    assert item.body is None
    assert stats["incubator/clean_body/body/fragments"] == 1
    assert looks_like_article_body("短讯。")


def test_category():
    item, _ = run(
        CategoryPipeline, breadcrumb_raw="当前位置：中国孵化器网 > 新闻动态 > 园区动态 >  正文"
    )
    assert item.category == "新闻动态 > 园区动态"


def test_require_fields_names_what_is_missing():
    with pytest.raises(DropItem, match="missing title, body"):
        RequireFieldsPipeline().process_item(ArticleItem(url="http://x.test/1", site="x"))
    item = ArticleItem(url="u", site="x", title="t", body="b")
    assert RequireFieldsPipeline().process_item(item) is item


def test_article_fields_reads_and_writes_as_item_adapter_does():
    from itemadapter import ItemAdapter

    from incubator_crawler.crawl.pipelines.base import ArticleFields, adapt

    item = ArticleItem(url="http://x.test/1", site="x", title="标题")
    light, full = adapt(item), ItemAdapter(item)
    assert isinstance(light, ArticleFields)
    for name in ("url", "title", "body", "page", "attachments", "nope"):
        assert light.get(name, "-") == full.get(name, "-")
    assert light["title"] == full["title"] == "标题"
    light["attachments"] = [{"url": "http://x.test/a.pdf"}]
    assert item.attachments == [{"url": "http://x.test/a.pdf"}]
    item.extraction = {"title": "h1"}
    assert (
        light.setdefault("extraction", {}) is full.setdefault("extraction", {}) is item.extraction
    )
    for view in (light, full):
        with pytest.raises(KeyError):
            view.setdefault("nope", {})
        with pytest.raises(KeyError):
            view["nope"] = 1
        with pytest.raises(KeyError):
            view["nope"]
    assert isinstance(adapt({"url": "u"}), ItemAdapter)


def test_split_people_drops_a_source_that_is_the_pages_own_address():
    # 安阳正德冶金's template prints the item's own URL in its 来源 slot (ferrosilicon.cn, corpus37)
    item, _ = run(SplitPeoplePipeline, source_raw="来源：http://x.test/news/4.html")
    assert item.source is None
    item, _ = run(SplitPeoplePipeline, source_raw="http://www.x.test/news/5.html")
    assert item.source is None
    # another site's address stays the source, as written (新闻来源： http://news.buaa.edu.cn/…)
    item, _ = run(SplitPeoplePipeline, source_raw="http://news.buaa.edu.cn/info/1002/123.htm")
    assert item.source == "http://news.buaa.edu.cn/info/1002/123.htm"
