"""follow280: variant breaks (issue 10, session 36), on pages of our own.

- ``由 NAME DATE`` (a Chinese theme's "by" row under the headline, the name and the date as
  plain text or items of no meaning) names the writer, as ``by NAME DATE`` does; a firm's house
  account there (``由 赢海小云`` on the firm's own site) is the company itself, no writer.

Why: docs/benchmarks.md, follow280.
"""

from __future__ import annotations

from page_shapes import PROSE, run

P2 = "项目组在现场测试了新机组的制冷效率，并与去年同期的运行数据逐项作了比较和分析。" * 2


def _post(
    row: str,
    footer: str = "Copyright © 2022 示例空调设备有限公司 版权所有",
    title: str = "冷站节能改造纪实",
) -> dict:
    head = f"<title>{title}</title>"
    body = (
        "<header><a href='/'>示例空调</a><nav><a href='/about/'>关于我们</a></nav></header>"
        f"<main><h1>冷站节能改造纪实</h1>{row}"
        f"<div class='content'><p>{PROSE}</p><p>{P2}</p></div></main>"
        f"<footer><p>{footer}</p></footer>"
    )
    return run(body, head, "https://cool.example.com/2022/09/20/lengzhan/")


def test_you_name_date_row_names_the_writer() -> None:
    assert _post("<p>由\xa0\xa0jackie\xa0\xa02022-09-20 17:45:06</p>")["author"] == "jackie"


def test_you_name_date_row_in_items_names_the_writer() -> None:
    row = "<p><em>由</em>\xa0\xa0<em>张明华</em>\xa0\xa0<em>2022-09-20 17:45:06</em></p>"
    assert _post(row)["author"] == "张明华"


def test_neighbour_house_account_after_you_is_no_writer() -> None:
    # the firm's own account (its brand word 示例 and a 小-nickname), its footer the firm's
    row = "<p>由\xa0\xa0示例小云\xa0\xa0August 1, 2021</p>"
    assert _post(row)["author"] is None


def test_neighbour_site_name_after_you_is_no_writer() -> None:
    # the site's own name in the "by" row (its <title> suffix): the site posted it, no writer
    row = "<p>由\xa0\xa0示例空调\xa0\xa02022-09-20 17:45:06</p>"
    assert _post(row, title="冷站节能改造纪实 - 示例空调")["author"] is None
