"""Two label words rules93 found and the lead decided in session 21 (issue 10).

- ``小编：X`` names the editor: the web's word for the editor on duty (51credit.com, rules93); a
  reader reads it as 编辑. As a value (``作者：小编``) it stays a placeholder, no person, and a
  longer word (``小编推荐：``) is no label.
- ``发布机关：X`` is the issuing authority of a regulation (law databases), read as 发文机关 /
  发布机构 (decide79): another body is the source, the site's own body none.
"""

from __future__ import annotations

import pytest
from test_policy_people import SITE, page

CASES = [
    pytest.param(
        "2024-05-20 10:00 来源：科技日报 小编：王丽", None, "王丽", "科技日报", id="xiaobian-editor"
    ),
    pytest.param(
        "2024-05-20 10:00 作者：小编 来源：科技日报", None, None, "科技日报", id="xiaobian-value"
    ),
    pytest.param(
        "2024-05-20 10:00 小编推荐：园区新闻", None, None, None, id="xiaobian-longer-word"
    ),
    pytest.param(
        "2024-05-20 10:00 发布机关：国家知识产权局",
        None,
        None,
        "国家知识产权局",
        id="issuing-authority",
    ),
    pytest.param(
        f"2024-05-20 发布机关：<a href='/'>{SITE}</a>", None, None, None, id="issuing-authority-own"
    ),
]


@pytest.mark.parametrize(("info", "author", "editor", "source"), CASES)
def test_lead21_label_words(info: str, author, editor, source) -> None:
    rec = page(info=info)
    assert (rec["author"], rec["editor"], rec["source"]) == (author, editor, source)
