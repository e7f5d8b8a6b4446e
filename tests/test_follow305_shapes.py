"""Credit shapes session 37 left, fixed by shape (issue 10, session 38).

- A writer's label element and its name element on one of the text's opening lines under the
  headline, no colon (``<span>作者</span><span>肖锐</span>``): the writer, the line cut from the
  text. Another role's label, a pair below the text's first prose, a sentence after the label
  stay as they are.
- A post's reprint box under the text with the label and the name in elements of their own
  (``<span>文章作者</span><span>X</span>`` over ``文章链接:`` and a licence word): the writer.
- The writer's whole label and a handle opening the text (``本文作者：杨浦老苏``), or a reporter's
  title glued before the name (``作者：特约记者徐立生``): the handle, the name. A role label
  (``文字：``) over a title's words, a long value, a title with no name give none.
- ``来源：<a><img></a><a>中国日报网</a>`` opening the text (a logo between label and name): the
  source. A picture's credit (``图片来源``) gives none.
- The credits as a definition list under a preface (``<dt>原作者：</dt><dd>X</dd>``): X.

Why: docs/benchmarks.md, follow305.
"""

from __future__ import annotations

from page_shapes import PROSE, run

from incubator_crawler.article.people import find_inline_people

URL = "https://news.example.cn/2023/06/25/fusai.html"


def _page(opening: str, under: str = "", after: str = "") -> dict:
    body = (
        "<nav><a href='/'>首页</a><a href='/news/'>新闻</a></nav>"
        "<h1>复赛圆满结束</h1><div class='info'>2023-06-25 10:00</div>"
        f"<div class='content'>{opening}<p>{PROSE}</p><p>{PROSE}</p>{under}</div>{after}"
        "<footer>Copyright © 2023 示例协会</footer>"
    )
    return run(body, "<title>复赛圆满结束</title>", URL)


# 1. a label element and a name element on an opening line


def test_span_label_pair_under_a_short_first_line() -> None:
    # gcuacm's post as another theme prints its 作者 item: a short first line, a rule, the pair
    got = _page(
        "<p>ACM集训队招新算法考核</p><hr>"
        "<div class='info'><span class='label'>作者</span><span>肖锐</span></div>"
    )
    assert got["author"] == "肖锐"
    assert "作者肖锐" not in got["body"]
    assert got["body"].startswith("ACM集训队招新算法考核")


def test_span_label_pair_opening_the_text() -> None:
    got = _page("<p><span>作者</span><span>肖锐</span></p>")
    assert got["author"] == "肖锐"
    assert "肖锐" not in got["body"]


def test_neighbour_another_roles_span_pair() -> None:
    got = _page("<p><span>摄影</span><span>肖锐</span></p>")
    assert got["author"] is None


def test_neighbour_span_pair_below_the_first_prose() -> None:
    got = _page(f"<p>{PROSE}</p><p><span>作者</span><span>鲁迅</span></p>")
    assert got["author"] is None


def test_neighbour_span_label_over_a_sentence() -> None:
    got = _page("<p><span>作者</span><span>的话：今天我们来聊一聊比赛。</span></p>")
    assert got["author"] is None


# 1b. the reprint box's label and name in elements of their own

_BOX = (
    "<div class='reprint'><div class='info'><span class='label'>文章作者</span>"
    "<span>陈泓泽</span></div><div><span class='reprint-meta'>文章链接:</span>"
    f"<span><a href='{URL}'>{URL}</a></span></div><div><span class='reprint-meta'>"
    "版权声明:</span><span>本博客所有文章除特別声明外，均采用 CC BY 4.0 许可协议。"
    "转载请注明来源！</span></div></div>"
)


def test_reprint_box_span_pair_under_the_text() -> None:
    assert _page("", after=_BOX)["author"] == "陈泓泽"


def test_neighbour_span_pair_with_no_licence_box() -> None:
    card = (
        "<div class='card'><div class='info'><span class='label'>文章作者</span>"
        "<span>陈泓泽</span></div><div><a href='/2023/06/01/a.html'>上一篇：初赛回顾</a></div></div>"
    )
    assert _page("", after=card)["author"] is None


# 2-3. the writer's whole label over a handle, or over a reporter's titled name


def test_full_label_over_a_handle_opening_the_text() -> None:
    got = _page("<p><strong>本文作者： </strong>杨浦老苏</p>")
    assert got["author"] == "杨浦老苏"
    assert "杨浦老苏" not in got["body"]


def test_full_label_over_a_titled_name_opening_the_text() -> None:
    got = _page("<p><i>作者：特约记者徐立生</i></p>")
    assert got["author"] == "徐立生"
    assert "徐立生" not in got["body"]


def test_inline_reader_full_label_shapes() -> None:
    def author(first: str) -> str | None:
        return find_inline_people([first, PROSE, PROSE])["author"]

    assert author("本文作者：杨浦老苏") == "杨浦老苏"
    assert author("文章作者：杨浦老苏") == "杨浦老苏"
    assert author("作者：特约记者徐立生") == "徐立生"
    # neighbours: a role label over a title's words or a handle, a long value, a group, no name
    assert author("文字：开源社区的故事") is None
    assert author("文字：杨浦老苏") is None
    assert author("作者：开源社区的故事") is None
    assert author("本文作者：开源社区") is None
    assert author("本文作者：管理员") is None
    assert author("作者：特约记者") is None


# 4. 来源 and the outlet's name parted by its logo


_LOGO = "<a href='http://www.chinadaily.com.cn/a/1.html'><img src='/logo.png'></a>"


def test_source_pair_parted_by_a_logo_opening_the_text() -> None:
    # the line set into the text's first paragraph (a block in a ``<p>``: our parse keeps the
    # paragraph's text around it, the pair's two blocks among the text's opening ones)
    got = _page(
        "<p>\u200b <div class='xinf-le'>来源："
        f"{_LOGO}<a href='http://cn.chinadaily.com.cn/'>中国日报网</a></div>"
        f"<strong>{PROSE}</strong></p>"
    )
    assert got["source"] == "中国日报网"


def test_neighbour_picture_credit_parted_by_a_logo() -> None:
    got = _page(
        "<p>\u200b <div class='xinf-le'>图片来源："
        f"{_LOGO}<a href='http://www.vcg.com/'>视觉中国</a></div>"
        f"<strong>{PROSE}</strong></p>"
    )
    assert got["source"] is None


# 6. the credits as a definition list under a preface


def _credits(dl: str) -> dict:
    preface = (
        "<blockquote><p>欢迎各位新生。</p><p>这篇指南要做的事，就是为你提供更多的可能性。</p>"
        "<p>—— Owen</p></blockquote><hr>"
    )
    body = (
        "<h1>新生问题指南</h1><div class='info'>Sep 10, 2019 | 苦瓜瓜</div>"
        f"<article>{preface}{dl}<h2>自我篇</h2><p>{PROSE}</p><p>{PROSE}</p></article>"
    )
    return run(body, "<title>新生问题指南</title>", URL)


def test_original_writer_dt_pair_under_a_preface() -> None:
    dl = (
        "<dl class='info'><dt>原作者：</dt><dd>烟玉暖阳 kiokio</dd><dt>修订人：</dt>"
        "<dd>Owen 丸子</dd><dt>排版：</dt><dd>青雀 Dale</dd></dl>"
    )
    assert _credits(dl)["author"] == "烟玉暖阳 kiokio"


def test_neighbour_another_roles_dt_pair_under_a_preface() -> None:
    dl = (
        "<dl class='info'><dt>修订人：</dt><dd>Owen 丸子</dd><dt>排版：</dt><dd>青雀 Dale</dd></dl>"
    )
    assert _credits(dl)["author"] == "苦瓜瓜"


# 1c. the licence box item pair under the text, over one closing line the body keeps

_PAIR = "<div class='license-meta-item'><div>作者</div><div>Kovacs</div></div>"


def test_div_pair_over_a_closing_reprint_notice() -> None:
    notice = "<p>39健康网(www.39.net)专稿，未经书面授权请勿转载。</p>"
    assert _page("", under=_PAIR + notice)["author"] == "Kovacs"


def test_neighbour_div_pair_over_paragraphs_of_prose() -> None:
    assert _page("", under=f"{_PAIR}<p>{PROSE}</p><p>{PROSE}</p>")["author"] is None
