"""Fixture tests for the site-independent article extractor (hand-made pages, bytes as served)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fixture_files import fixture_meta, load_fixture

from incubator_crawler.article.encoding import decode_html
from incubator_crawler.article.extract import ExtractedArticle, extract_article
from incubator_crawler.tools.fixtures import save_fixture

FIX = Path(__file__).parent / "fixtures" / "extract"
# ``../shared`` beside the checkout (as in CI), not an absolute path of one machine
MAGIC = Path(__file__).resolve().parent.parent.parent / "shared" / "evaldata" / "magic_html_article"

SEED_TITLE = "双榜提名！济南高新区人才工作再获两项省级荣誉"
SEED_LEDE = (
    "近日，中共山东省委、山东省人民政府印发《关于表扬2023年度山东省人才工作表现突出单位的通报》"
)

# Text that must never reach the body: header, nav, sidebar, pager, share bar, footer.
CHROME = (
    "欢迎来到",
    "加入收藏",
    "图片新闻推荐",
    "[详情]",
    "深圳宝安区六大园",
    "国务院确定首批2",
    "版权所有",
    "ICP",
    "上一篇",
    "下一篇",
    "热门文章",
    "相关新闻",
    "熱點推薦",
    "分享到",
    "打印本页",
    "当前位置",
    "您现在的位置",
    "联系我们",
)

EXPECTED: dict[str, dict] = {
    "cnfuhuaqi_gbk": {
        "encoding": "gb18030",
        "title_raw": SEED_TITLE,
        "html_title": SEED_TITLE + "-中国孵化器网",
        "published_raw": "发布日期：2024-04-24",
        "byline_raw": "发布日期：2024-04-24\xa0\xa0\xa0编辑：中国孵化器网\xa0\xa0\xa0来源：济南高新区",
        "editor_raw": "中国孵化器网",
        "source_raw": "济南高新区",
        "author_raw": None,
        "breadcrumb_raw": "当前位置：中国孵化器网 > 新闻动态 > 园区动态 >\xa0 正文",
        "lede_raw": SEED_LEDE,
        "n_paragraphs": 7,
        "first": SEED_LEDE + "，济南高新区获评2023年度山东省人才工作表现突出单位；",
        "last": "下一步，济南高新区将锚定“建设世界一流高科技园区”的目标，",
        "last_end": "为建设“强新优富美高”新时代社会主义现代化强省会作出高新贡献。",
        "rules": {
            "title": "h2~meta-line",
            "published": "label:发布日期",
            "lede": "prefix",
            "breadcrumb": "label:当前位置",
        },
    },
    "cnfuhuaqi_utf8": {
        "encoding": "utf-8",
        "title_raw": "全国首个孵化器数字化服务平台在深圳上线",
        "published_raw": "发布日期：2024-05-10",
        "byline_raw": "发布日期：2024-05-10\u3000编辑：中国孵化器网\u3000来源：深圳特区报",
        "editor_raw": "中国孵化器网",
        "source_raw": "深圳特区报",
        "author_raw": None,
        "lede_raw": None,
        "n_paragraphs": 4,
        "first": "5月9日，由深圳市科技创新局指导的全国首个孵化器数字化服务平台在深圳南山正式上线，",
        "last": "下一步，平台将逐步接入全省孵化载体，推动孵化服务由“线下跑”向“线上办”转变。",
        "paragraph_1": "图为平台上线仪式现场",
        "images": [
            {
                "src": "http://www.cnfuhuaqi.com/UploadFile/2024/5/10/20240510103015.jpg",
                "alt": "平台上线仪式",
                "caption": "图为平台上线仪式现场",
            }
        ],
    },
    "trs_gov": {
        "encoding": "utf-8",
        "title_raw": "北京新认定32家市级科技企业孵化器",
        "published_raw": "发布时间：2024-04-24 10:30",
        # the visible 来源 is written by JS (var laiyuan) and empty once scripts are dropped
        "source_raw": "北京市科学技术委员会、中关村科技园区管理委员会",
        "editor_raw": None,
        "author_raw": None,
        "breadcrumb_raw": "当前位置：首页 > 新闻动态 > 科创要闻 > 产业发展",
        "lede_raw": None,
        "n_paragraphs": 3,
        "first": "近日，北京市科学技术委员会、中关村科技园区管理委员会公布2024年第一批",
        "last": "下一步，市科委、中关村管委会将加强对孵化器的绩效评价和动态管理，",
        "rules": {"title": "bold~meta-line", "source": "meta:ContentSource"},
    },
    "dedecms_gbk": {
        "encoding": "gb18030",
        "title_raw": "市科技局召开2016年科技企业孵化器工作会议",
        "published_raw": "发布时间：2016年04月01日",
        "source_raw": "本站原创",
        "author_raw": "佚名",
        "editor_raw": None,
        "breadcrumb_raw": "您现在的位置：首页\xa0>\xa0新闻中心\xa0>\xa0孵化动态\xa0>",
        "lede_raw": None,
        "n_paragraphs": 3,
        "first": "3月31日下午，市科技局召开2016年科技企业孵化器工作会议，",
        "last": "会议要求，各孵化器要进一步完善“创业苗圃+孵化器+加速器”的孵化链条，",
    },
    "big5_gateway": {
        "encoding": "big5hkscs",
        "title_raw": "國務院部署加快發展眾創空間 推進大眾創業萬眾創新",
        "published_raw": "發佈時間:2015-06-15 07:35:54",
        "source_raw": "深圳特區報",
        "editor_raw": "羅伯特",
        "author_raw": None,
        "breadcrumb_raw": "中國網 > 財經 > 滾動新聞",
        "n_paragraphs": 3,
        "first": "據新華社北京6月14日電 國務院日前印發",
        "last": "意見還明確，對眾創空間等孵化機構的辦公用房、用水、用能、網絡等軟硬件設施給予適當優惠。",
        "rules": {"published": "label:發佈時間", "breadcrumb": "chain"},
    },
    # the same Big5 page with no charset in its header or head (robust77): detected, not read
    # as GB18030's private-use characters
    "big5_unlabelled": {
        "encoding": "big5hkscs",
        "title_raw": "國務院部署加快發展眾創空間 推進大眾創業萬眾創新",
        "published_raw": "發佈時間:2015-06-15 07:35:54",
        "source_raw": "深圳特區報",
        "editor_raw": "羅伯特",
        "author_raw": None,
        "breadcrumb_raw": "中國網 > 財經 > 滾動新聞",
        "n_paragraphs": 3,
        "first": "據新華社北京6月14日電 國務院日前印發",
        "last": "意見還明確，對眾創空間等孵化機構的辦公用房、用水、用能、網絡等軟硬件設施給予適當優惠。",
        "rules": {"published": "label:發佈時間", "breadcrumb": "chain"},
    },
    "easysite_zgc": {
        "encoding": "utf-8",
        "title_raw": "关于开展2024年度中关村硬科技孵化器认定工作的通知",
        "published_raw": "发布时间：2024-03-15",
        "source_raw": "中关村科技园区管理委员会",
        "editor_raw": None,
        "author_raw": None,
        "breadcrumb_raw": "您现在的位置：首页 > 政务公开 > 通知公告",
        "n_paragraphs": 7,
        "first": "各有关单位：",
        "last": "2024年3月15日",
        "contains": "附件：中关村硬科技孵化器认定申报书.docx",
    },
    "pipe_meta": {
        "encoding": "utf-8",
        "title_raw": "高新技术企业认定需要满足哪些条件？",
        "published_raw": "发布时间: 2023-10-20",
        "source_raw": "",
        "author_raw": "广州凯东知识产权官网",
        "editor_raw": None,
        "breadcrumb_raw": None,
        "n_paragraphs": 4,
        "first": "很多企业都想申请高新技术企业认定，那么高新技术企业认定需要满足哪些条件呢？",
        "last": "如需了解更多高企认定政策，欢迎咨询凯东知识产权。",
        "rules": {"source": "label:empty"},
    },
    "mirror_editor": {
        "encoding": "utf-8",
        "title_raw": "我国工业互联网标识解析体系建设取得新进展",
        "published_raw": "发布时间:2024-11-05 18:26:27",
        "source_raw": "sp20241105",
        "author_raw": "刘育英",
        "editor_raw": "田博群",
        "n_paragraphs": 4,
        "first": "中新网北京11月5日电 (记者 刘育英)工业和信息化部5日消息，",
        "last": "【编辑:田博群】",
        "rules": {"author": "body:reporter", "editor": "body-tail"},
    },
}


def run_fixture(case: str, hints: dict[str, str] | None = None) -> tuple[ExtractedArticle, str]:
    resp = load_fixture(FIX / case)
    ctype = resp.headers.get("Content-Type")
    text, enc = decode_html(resp.body, ctype.decode("latin-1") if ctype else None)
    return extract_article(text, resp.url, hints), enc


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_fixture_fields(case: str) -> None:
    exp = EXPECTED[case]
    art, enc = run_fixture(case)
    assert enc == exp["encoding"]
    for key in (
        "title_raw",
        "html_title",
        "published_raw",
        "byline_raw",
        "author_raw",
        "editor_raw",
        "source_raw",
        "breadcrumb_raw",
        "lede_raw",
    ):
        if key in exp:
            assert getattr(art, key) == exp[key], key
    paras = art.body_paragraphs
    assert len(paras) == exp["n_paragraphs"]
    assert paras[0].startswith(exp["first"])
    assert paras[-1].startswith(exp["last"])
    if "last_end" in exp:
        assert paras[-1].endswith(exp["last_end"])
    if "paragraph_1" in exp:
        assert paras[1] == exp["paragraph_1"]
    if "contains" in exp:
        assert exp["contains"] in paras
    if "images" in exp:
        assert art.images == exp["images"]
    for field_name, rule in exp.get("rules", {}).items():
        assert art.rules[field_name] == rule, field_name


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_no_chrome_in_body(case: str) -> None:
    art, _ = run_fixture(case)
    body = "\n".join(art.body_paragraphs)
    for junk in CHROME:
        assert junk not in body, junk
    # the title, the meta line and the lede never repeat inside the body
    assert art.title_raw not in art.body_paragraphs
    if art.byline_raw:
        assert art.byline_raw not in body
    if art.lede_raw:
        assert art.lede_raw not in art.body_paragraphs


def test_seed_sidebar_never_title() -> None:
    art, _ = run_fixture("cnfuhuaqi_gbk")
    assert art.title_raw == SEED_TITLE
    # the body is the seed's 7 paragraphs, each full-length (not the sidebar excerpts)
    assert all(len(p) > 80 for p in art.body_paragraphs)


def test_hints_used_then_generic_fallback() -> None:
    hints = {"title": "div.show h2", "body": "div.con", "meta_line": "div.info"}
    art, _ = run_fixture("cnfuhuaqi_gbk", hints)
    assert art.title_raw == SEED_TITLE
    assert art.rules["title"] == "hint"
    assert art.rules["body"] == "hint"
    assert art.rules["meta_line"] == "hint"
    assert art.editor_raw == "中国孵化器网"
    assert len(art.body_paragraphs) == 7
    # a redesigned site: hints match nothing, generic rules take over silently
    stale = {"title": "h1.art-title", "body": "#artContent", "meta_line": ".art-info"}
    art2, _ = run_fixture("cnfuhuaqi_gbk", stale)
    assert art2.title_raw == SEED_TITLE
    assert art2.rules["hint:title"] == "generic"
    assert art2.rules["title"] == "h2~meta-line"
    assert art2.published_raw == "发布日期：2024-04-24"
    assert len(art2.body_paragraphs) == 7


def test_structured_data_fallbacks() -> None:
    page = """<html><head><title>孵化器年报发布 - 某某网</title>
    <meta property="og:title" content="孵化器年报发布">
    <meta name="PubDate" content="2026-07-19 07:16">
    <meta name="ContentSource" content="科技日报">
    </head><body><div><p>据统计，全国孵化器数量持续增长，2025年新增国家级孵化器超过百家，在孵企业数量再创新高。</p>
    <p>报告显示，孵化器正在从“物理空间”向“服务平台”转型。</p></div><div>2026-07-19</div>
    </body></html>"""
    art = extract_article(page, "https://example.gov.cn/xwdt/202607/t20260719_1.html")
    assert art.title_raw == "孵化器年报发布"
    assert art.rules["title"] == "meta:og:title"
    assert art.published_raw == "2026-07-19 07:16"
    assert art.rules["published"] == "meta:PubDate"
    # a ContentSource meta with no 来源 shown gives no source (decide92)
    assert art.source_raw is None
    assert len(art.body_paragraphs) == 2


def test_url_date_is_last_resort() -> None:
    # the day shown in the text: a day only the address carries is no date (LABELLING.md)
    page = (
        "<html><body><h1>标题</h1><div><p>" + "孵化器正文内容，" * 10 + "2026年1月30日。</p>"
        "</div></body></html>"
    )
    art = extract_article(
        page, "https://www.wehdz.gov.cn/2022/ggxw_68627/tz_68628/202601/t20260130_2721913.shtml"
    )
    assert art.published_raw == "2026-01-30"
    assert art.rules["published"] == "url:t20260130_2721913"


def test_lede_label_and_ellipsis() -> None:
    page = """<html><body><h1>孵化器观察：从空间到服务</h1>
    <div>发布时间：2024-05-01 来源：创业邦</div>
    <div>导读：孵化器正在从出租工位转向提供专业服务，以...</div>
    <div><p>孵化器正在从出租工位转向提供专业服务，以投资和产业资源为核心竞争力。</p>
    <p>业内人士认为，专业化是孵化器的必由之路，未来将出现更多垂直领域的孵化器。</p></div></body></html>"""
    art = extract_article(page, "https://example.com/a/1.html")
    assert art.lede_raw == "导读：孵化器正在从出租工位转向提供专业服务，以..."
    assert art.body_paragraphs[0].startswith("孵化器正在从出租工位")
    assert len(art.body_paragraphs) == 2


def test_empty_and_junk_input() -> None:
    assert extract_article("", "http://x/").body_paragraphs == []
    assert (
        extract_article(
            "<?xml version='1.0' encoding='utf-8'?><html></html>", "http://x/"
        ).title_raw
        is None
    )


def test_save_and_load_fixture_roundtrip(tmp_path: Path) -> None:
    body = "<html><head><title>测试</title></head><body><p>你好</p></body></html>".encode("gbk")
    save_fixture(
        tmp_path / "case",
        "http://example.com/a.html",
        body,
        {"Content-Type": "text/html; charset=gbk"},
    )
    resp = load_fixture(tmp_path / "case")
    assert resp.body == body
    assert resp.url == "http://example.com/a.html"
    assert resp.status == 200
    assert "你好" in resp.text
    meta = fixture_meta(tmp_path / "case")
    assert meta["headers"]["Content-Type"] == "text/html; charset=gbk"
    assert re.match(r"\d{4}-\d\d-\d\dT", meta["fetched_at"])


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_fixture_sidecars_complete(case: str) -> None:
    meta = json.loads((FIX / f"{case}.json").read_text(encoding="utf-8"))
    assert {"url", "status", "headers", "fetched_at"} <= set(meta)


def _magic_chinese() -> list[str]:
    if not (MAGIC / "base.json").exists():
        return []
    base = json.loads((MAGIC / "base.json").read_text(encoding="utf-8"))
    cjk = re.compile(r"[\u4e00-\u9fff]")
    return [
        k
        for k, v in base.items()
        if len(cjk.findall(v["content"])) > 0.3 * len("".join(v["content"].split()))
    ]


@pytest.mark.skipif(not _magic_chinese(), reason=f"magic_html eval data not at {MAGIC}")
def test_magic_html_chinese_smoke() -> None:
    """Smoke only: every Chinese magic_html page yields a non-empty body."""
    base = json.loads((MAGIC / "base.json").read_text(encoding="utf-8"))
    empty = []
    for key in _magic_chinese():
        page = (MAGIC / "htmls" / f"{key}.html").read_text(encoding="utf-8", errors="replace")
        art = extract_article(page, base[key]["url"])
        if not "".join(art.body_paragraphs).strip():
            empty.append(key)
    assert empty == []


def test_valid_utf8_wins_over_stale_gb2312_meta():
    from incubator_crawler.article.encoding import decode_html

    body = '<html><head><meta charset="gb2312"></head><body><p>孵化器</p></body></html>'
    text, enc = decode_html(body.encode("utf-8"))
    assert enc == "utf-8"
    assert "孵化器" in text


def test_script_date_and_wechat_author():
    html = (
        '<html><body><h1 id="activity-name">标题文字在这里</h1><div id="meta_content">'
        '<span class="rich_media_meta rich_media_meta_text">张三</span>'
        '<a id="js_name">某公众号</a><em id="publish_time" class="rich_media_meta_text"></em></div>'
        '<div id="js_content"><p>' + "正文内容，孵化器建设进展顺利。" * 10 + "</p></div>"
        '<script>var nickname = htmlDecode("某公众号"); var ct = "1713942000";</script>'
        "</body></html>"
    )
    art = extract_article(html, "https://mp.weixin.qq.com/s/abc")
    assert art.published_raw == "1713942000"
    assert art.rules["published"] == "script"
    assert art.author_raw == "张三"


def test_script_nickname_is_read_where_the_word_stands():
    from lxml import etree

    from incubator_crawler.article.page import SCRIPT_NICKNAME_RE, read_scripts

    # read_scripts looks for the word before the pattern: the pattern must open with it
    assert SCRIPT_NICKNAME_RE.pattern.startswith("nickname(")
    root = etree.fromstring(
        "<html><head><script>var x = 1;</script><script>var user_nickname = '甲';"
        " var nickname = htmlDecode('园区号');</script></head><body></body></html>",
        etree.HTMLParser(),
    )
    assert read_scripts(root) == (None, "园区号")


def test_read_scripts_notes_the_scripts_that_write():
    from lxml import etree

    from incubator_crawler.article.page import head_elements, read_scripts, script_fills_source_slot

    # the writers read_scripts notes are the scripts script_fills_source_slot would pick from all
    # (an external script with inline code too): the same answer from either list
    root = etree.fromstring(
        "<html><head><script>var a = 1;</script></head><body><p>来源：<script>var laiyuan = '科技日报';"
        " document.write(laiyuan);</script></p><p><span>作者：</span><script src='x.js'>"
        "document.write('x');</script></p><script src='y.js'></script></body></html>",
        etree.HTMLParser(),
    )
    head = head_elements(root)
    assert read_scripts(root, head) == (None, None)
    assert [s.get("src") for s in head.writers] == [None, "x.js"]
    assert script_fills_source_slot(head.writers) is script_fills_source_slot(head.scripts) is True
    del head.writers[0]
    assert (
        script_fills_source_slot(head.writers)
        is script_fills_source_slot(head.scripts[2:])
        is False
    )


def test_utf8_bytes_give_the_same_article() -> None:
    # extract_page hands a UTF-8 page's own bytes to the parser; they must not change a thing,
    # also when the XML declaration or a stray </html> makes the parser take the fixed text.
    page = """<html><head><title>孵化器年报发布 - 某某网</title></head><body><h1>孵化器年报发布</h1>
    <div>发布时间：2026-07-19 来源：科技日报</div><div><p>据统计，全国孵化器数量持续增长，
    2025年新增国家级孵化器超过百家。</p><p>报告显示，孵化器正在向服务平台转型。</p></div>"""
    for text in (page, "<?xml version='1.0'?>" + page, page + "</html>" + "<p>尾部</p>" * 400):
        plain = extract_article(text, "https://example.com/a/1.html")
        fed = extract_article(text, "https://example.com/a/1.html", utf8=text.encode("utf-8"))
        assert fed == plain
        assert fed.title_raw == "孵化器年报发布"
        assert fed.source_raw == "科技日报"


def test_wechat_account_name_by_id() -> None:
    from lxml import etree

    from incubator_crawler.article.page import site_name_of

    def name(body: str) -> str | None:
        return site_name_of(None, {}, None, etree.fromstring(body, etree.HTMLParser()))

    assert name('<p><span id="js_name"> 中关村 </span></p>') == "中关村"
    # the first element with the id is not a candidate, or has no text: the next one counts
    assert name('<div id="js_name">x</div><strong id="js_name">园区号</strong>') == "园区号"
    assert name('<a id="js_name"> </a><span id="js_name">孵化号</span>') == "孵化号"
    assert name('<span id="js_name2">x</span>') is None
