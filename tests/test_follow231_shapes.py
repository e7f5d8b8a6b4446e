"""follow231: hunt220's / hunt224's school-site misses, each shape in our own words with its
negative neighbours (issue 10, session 34)."""

from __future__ import annotations

from incubator_crawler.crawl.process import extract_normalized

_PROSE = (
    "<p>"
    + "新的学期开始了，希望同学们珍惜时光，认真读书，和老师们一起把每一天过得充实而有意义。" * 3
    + "</p>"
)


def _run(html: str, url: str = "https://school.example.cn/Item/101.aspx") -> dict:
    return extract_normalized(html.encode("utf-8"), url)


def _speech(line: str, *, slot: str = "王小明", repeat: bool = True) -> str:
    # a school CMS's item page: the headline, the meta line with its 作者 slot, then the speech's
    # text opening with the headline again and a centred line under it
    again = "<p style='text-align:center'><b>春季开学典礼致辞</b></p>" if repeat else ""
    return (
        "<html><head><title>春季开学典礼致辞-校长专栏</title></head><body>"
        "<div class='nav'>当前位置：<a href='/'>首页</a> &gt; <a href='/c/1'>校长专栏</a></div>"
        "<h2>春季开学典礼致辞</h2>"
        f"<div class='info'>文章来源：本站原创 作者：{slot} 发布时间：2025年03月01日 点击数： 次</div>"
        f"<div class='content'>{again}<p style='text-align:center'>{line}</p>"
        f"<p>2025.02.20</p><p>老师们、同学们，大家早上好！</p>{_PROSE}{_PROSE}</div>"
        "</body></html>"
    )


def _body_lines(out: dict) -> list[str]:
    return (out["body"] or "").split("\n\n")


def test_post_and_spaced_slot_name_under_repeated_headline_is_the_byline():
    for line in ("某某市第一中学党委书记、校长 王 小 明", "某某市第一中学校长 王小明"):
        out = _run(_speech(line))
        lines = _body_lines(out)
        assert lines[0] == "2025.02.20"
        assert line not in out["body"]
        assert out["author"] == "王小明"
        assert out["title"] == "春季开学典礼致辞"


def test_post_and_slot_name_opening_the_text_without_the_repeat_is_the_byline():
    out = _run(_speech("某某市第一中学校长 王 小 明", repeat=False))
    assert _body_lines(out)[0] == "2025.02.20"


def test_line_naming_another_person_stays():
    # neighbour: the line ends in a name that is not the 作者 slot's (a guest speaker)
    line = "某某大学教授 李 四 海"
    out = _run(_speech(line))
    assert line in out["body"]


def test_sentence_ending_in_the_slot_name_stays():
    # neighbour: a line of text that ends with the writer's name is no byline
    for line in (
        "主讲：王小明",
        "（校长室供稿） 王小明",
        "今天我们欢迎新同学，也欢送光荣退休的语文老师 王小明",
    ):
        out = _run(_speech(line))
        assert line in out["body"], line


def test_post_run_into_the_name_stays():
    # neighbour: no space between the words and the name (``欢迎王小明``): a phrase, not a post
    # set beside a name
    line = "热烈欢迎王小明"
    out = _run(_speech(line))
    assert line in out["body"]


def test_no_slot_name_keeps_the_line():
    # neighbour: the 作者 slot is empty: nothing says the line is the writer's
    line = "某某市第一中学校长 王 小 明"
    out = _run(_speech(line, slot=""))
    assert line in out["body"]
