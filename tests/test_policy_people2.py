"""LABELLING.md's people and source decisions, second pass: shapes policy59's table lacks.

policy64: positions of a credit (the lede, a table cell, under the text, a picture caption, a
quote box, after 编者按), combinations (作者 and 来源 on one line in either order, a 来源 with a
link after the outlet), value forms (Latin names, names with ·, four-character names, 等 / 及
lists, unit and title beside a name, 实习生, 特约记者, 特约撰稿人, 通讯员 in brackets, 执笔,
文图, 译者) and traditional script, each read from the policy's wording and written as a page of
our own with the same page builder as tests/test_policy_people.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_policy_people import DATE, P1, P2, P3, case, page

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from corpus import names  # noqa: E402

TABLE = "<table><tr><td>{}</td><td>{}</td><td>{}</td></tr></table>"

CASES = [
    # --- positions ---
    # a run-in dateline credit in the lede: the reporter, the intern and the correspondent (Decisions:
    # People, second round's run-in dateline)
    case("lede-run-in-reporter-intern", {"first": f"本报讯（记者 张明华 实习生 李晓）{P1}", "paras": (P2, P3)},
         "张明华 李晓"),
    case("lede-run-in-correspondent-brackets", {"first": f"本报讯（记者 张明华 通讯员 王小红）{P1}",
                                                "paras": (P2, P3)}, "张明华 王小红"),
    case("lede-special-correspondent", {"first": f"本报讯（特约记者 周明轩）{P1}", "paras": (P2, P3)},
         "周明轩"),
    # the credits in the cells of an info table (a 信息公开 box: 发布机构 is no author, 来源 the source)
    case("table-cells-author-source", {"info": TABLE.format("作者：张明华", "来源：科技日报", DATE)}, "张明华",
         None, "科技日报"),
    case("disclosure-table-issuer", {"info": TABLE.format("发布机构：某某市科技局", "来源：某某市科技局",
                                                          "生成日期：2024-05-20")}, None, None, "某某市科技局"),
    # a labelled credit under the text (trailer lines)
    case("trailer-author-line", {"trailer": "作者：张明华"}, "张明华"),
    case("trailer-author-source-editor", {"trailer": "作者：张明华　来源：科技日报　责任编辑：李晓"}, "张明华", "李晓",
         "科技日报"),
    case("trailer-duty-editor", {"trailer": "值班编辑：李晓"}, None, "李晓"),
    # a picture caption's photographer is no author (Decisions: People)
    case("caption-photographer", {"after": ("<p><img src='/a.jpg'>图为对接会现场（张明华 摄）</p>",)}),
    case("caption-picture-credit", {"after": ("<p><img src='/a.jpg'>图/李建国</p>",)}),
    # a 编者按 box before the text stays text; the byline after it is the writer's (Decisions: body,
    # 【编者按】 stays)
    case("byline-after-editors-note", {"first": "【编者按】为推动科技成果转化，本网推出系列报道。",
                                       "paras": ("记者 张明华", P1, P2, P3)}, "张明华"),
    case("editors-note-quote-box-then-byline",
         {"first": "<blockquote>编者按：为推动科技成果转化，本网推出系列报道。</blockquote>",
          "under": "作者：张明华"}, "张明华"),
    # --- combinations on one line ---
    case("author-then-source", {"info": f"作者：张明华　来源：科技日报　{DATE}"}, "张明华", None, "科技日报"),
    case("source-then-author", {"info": f"来源：科技日报　作者：张明华　{DATE}"}, "张明华", None, "科技日报"),
    case("author-source-editor-one-line", {"info": f"{DATE}　作者：张明华　来源：科技日报　编辑：李晓"}, "张明华",
         "李晓", "科技日报"),
    case("source-editor-author-bars", {"info": f"{DATE} | 来源：科技日报 | 责编：李晓 | 作者：张明华"}, "张明华",
         "李晓", "科技日报"),
    # a 来源 with the outlet and its address after it: the address is a trailing link, dropped
    case("source-outlet-then-link", {"info": f"{DATE}　来源：科技日报 <a href='http://www.stdaily.com/'>"
                                     "http://www.stdaily.com/</a>"}, None, None, "科技日报"),
    # a 来源 naming a channel of an outlet, as written (Decisions: Source)
    case("source-outlet-channel", {"info": f"{DATE}　来源：人民网-文化频道"}, None, None, "人民网-文化频道"),
    # the other source labels of the Fields table
    case("draft-source-label", {"info": f"{DATE}　稿源：科技日报"}, None, None, "科技日报"),
    case("info-source-label", {"info": f"{DATE}　信息来源：某某市科技局"}, None, None, "某某市科技局"),
    case("provenance-label", {"info": f"{DATE}　出处：科技日报"}, None, None, "科技日报"),
    # an unlabelled name in the author slot after the source (second round: 来源：生活时报 丁永明)
    case("source-paper-then-name", {"info": f"{DATE}　来源：生活时报 丁永明"}, "丁永明", None, "生活时报"),
    # a desk under the title with a dash before it and ``@`` before the date (corpus25's shape with a
    # year-first date: the desk is the writer)
    case("desk-at-date", {"info": "熱血編輯部 @ 2013-05-19"}, "熱血編輯部"),
    case("desk-at-date-dashed", {"info": "- 熱血編輯部 @ 2013-05-19"}, "熱血編輯部"),
    case("desk-dashed-before-date", {"info": "- 熱血編輯部 2013-05-19"}, "熱血編輯部"),
    # --- value forms ---
    case("latin-name-in-author-slot", {"info": f"{DATE}　作者：John Smith"}, "John Smith"),
    case("minority-name-with-dot", {"info": f"{DATE}　作者：阿不都热合曼·吐尔逊"}, "阿不都热合曼·吐尔逊"),
    case("minority-name-middle-dot-reporter", {"info": f"{DATE}　记者 热依拉·买买提"}, "热依拉·买买提"),
    case("four-character-name", {"info": f"{DATE}　作者：欧阳明华"}, "欧阳明华"),
    case("four-character-names-comma", {"info": f"{DATE}　作者：欧阳明华、司马晓光"}, "欧阳明华 司马晓光"),
    case("names-with-deng", {"info": f"{DATE}　作者：张明华 李晓 等"}, "张明华 李晓"),
    case("names-glued-deng", {"info": f"{DATE}　作者：张明华、李晓等"}, "张明华 李晓"),
    case("source-outlet-then-bare-address", {"info": f"{DATE}　来源：科技日报 www.stdaily.com"}, None, None,
         "科技日报"),
    case("minority-name-with-correspondent", {"info": f"{DATE}　记者 热依拉·买买提 通讯员 王小红"},
         "热依拉·买买提 王小红"),
    case("names-joined-by-ji", {"under": "文/张明华 及 李晓"}, "张明华 李晓"),
    case("names-comma-list", {"info": f"{DATE}　作者：张明华，李晓，王小红"}, "张明华 李晓 王小红"),
    # a unit before the names, a title in brackets after each, footnote marks (Other labels)
    case("unit-before-name", {"info": f"{DATE}　作者：计算机学院 张明华"}, "张明华"),
    case("titles-in-brackets-after-names", {"info": f"{DATE}　作者：张明华（教授） 李晓（副教授）"}, "张明华 李晓"),
    case("footnote-marks-after-names", {"info": f"{DATE}　作者：张明华1，李晓2"}, "张明华 李晓"),
    # role words are no part of the name (Decisions: People)
    case("intern-reporter", {"info": f"{DATE}　实习记者 李晓"}, "李晓"),
    case("reporter-and-intern-info", {"info": f"{DATE}　记者 张明华 实习生 李晓"}, "张明华 李晓"),
    case("special-correspondent-slot", {"info": f"{DATE}　特约记者：周明轩"}, "周明轩"),
    case("special-writer", {"under": "特约撰稿人 周明轩"}, "周明轩"),
    case("closing-correspondent-bracket", {"end": "（通讯员 王小红）"}, "王小红"),
    case("closing-reporter-and-correspondent-bracket", {"end": "（记者 张明华 通讯员 王小红）"}, "张明华 王小红"),
    case("paper-reporter-slash-wen", {"under": "本报记者 张明华/文"}, "张明华"),
    case("name-wen-tu", {"under": "张明华 文/图"}, "张明华"),
    # 执笔 / 执笔人 / 文图 / 译者 credit the text; 图文： heading a photo story names no one
    case("drafter-label", {"after": ("执笔：周明轩",)}, "周明轩"),
    case("drafter-person-label", {"after": ("执笔人：周明轩",)}, "周明轩"),
    case("text-and-picture-label", {"under": "文图：周明轩"}, "周明轩"),
    case("translator-label", {"under": "译者：李晓"}, "李晓"),
    case("photo-story-head", {"first": "图文：园区举办科技成果对接会"}),
    # By with a desk names no person (an English byline)
    case("english-byline-staff", {"under": "By Staff Reporter"}),
    # closing brackets: editing credits, a labelled origin, one outlet's attribution (labelcheck4's list)
    case("closing-short-editors", {"end": "（责编：李晓、王小红）"}, None, "李晓 王小红"),
    case("closing-editor-bracket", {"end": "（编辑：李晓）"}, None, "李晓"),
    case("closing-labelled-origin", {"end": "（来源：中国政府网）"}, None, None, "中国政府网"),
    case("closing-according-to-report", {"end": "（据科技日报报道）"}, None, None, "科技日报"),
    case("closing-person-alone", {"end": "（张巨峰）"}, "张巨峰"),
    case("closing-outlet-reporter", {"end": "（央视记者 许骁）"}, "许骁"),
    case("closing-taipei-report", {"end": "（張明華／台北報導）"}, "張明華"),
    case("closing-compile-slash", {"end": "（编译/林靖东）"}, "林靖东"),
    # a 来源 slot holding only a logo picture: no text is written there, no source (labelcheck5)
    case("source-slot-logo-only", {"info": f"{DATE}　來源：<img src='/logo.png' alt='華視新聞'>"}),
    # a 原创 badge before the writer names no outlet (labelcheck5); the writer is read
    case("original-badge-before-writer", {"info": "原创 张明华 2024-05-20 10:00"}, "张明华"),
    # a personal Latin handle in the 作者 slot is the byline (labelcheck11: 作者:zboygirl)
    case("latin-handle-in-author-slot", {"info": f"{DATE}　作者:zboygirl"}, "zboygirl"),
    # a byline line typed into the text naming the site's own outlet and a date, the person filed
    # from a place (labelcheck5: 新頭殼newtalk2014.10.24 金名/高雄報導): the outlet is the source
    case("outlet-date-person-place-line", {"first": "新頭殼newtalk2014.10.24 金名/高雄報導", "info": ""},
         "金名", None, "新頭殼newtalk"),
    # the same credit without the outlet and the date, opening the text (decide76: as the closing
    # （張明華／台北報導） is read)
    case("person-place-filed-line", {"first": "金名/高雄報導", "info": ""}, "金名"),
    # an author slot linking to the writer's page (an account's /author/ link): the name shown
    case("author-slot-profile-link", {"info": f"{DATE}　作者：<a href='/author/zhangmh/'>张明华</a>"},
         "张明华"),
    # the site's own outlet in the date line's outlet slot, not linked home, is the source (labelcheck5)
    case("own-outlet-after-date-unlinked", {"info": "2024-05-20 10:00　某某新闻网", "site": "某某新闻网"},
         None, None, "某某新闻网"),
    # more role words before the names (role words are no part of the name)
    case("closing-intern-alone", {"end": "（实习生 徐鹤）"}, "徐鹤"),
    case("reporter-intern-correspondent", {"info": f"{DATE}　记者 张明华 实习生 李晓 通讯员 王小红"},
         "张明华 李晓 王小红"),
    case("special-correspondent-tongxunyuan", {"info": f"{DATE}　特约通讯员 王小红"}, "王小红"),
    case("paper-special-reporter", {"under": "本报特约记者 周明轩"}, "周明轩"),
    case("trainee-reporter", {"info": f"{DATE}　见习记者 李晓"}, "李晓"),
    case("text-and-picture-split-credit", {"under": "文/张明华 图/李晓"}, "张明华"),
    case("article-source-label", {"info": f"{DATE}　文章来源：科技日报"}, None, None, "科技日报"),
    case("manuscript-source-label", {"info": f"{DATE}　稿件来源：科技日报"}, None, None, "科技日报"),
    case("latin-editor", {"trailer": "编辑：Lily"}, None, "Lily"),
    case("traditional-closing-duty-editor", {"end": "（責任編輯：李曉）"}, None, "李曉"),
    # --- traditional script ---
    case("traditional-author-source", {"info": f"作者：張明華　來源：聯合報　{DATE}"}, "張明華", None, "聯合報"),
    case("traditional-special-correspondent", {"under": "特約記者 周明軒"}, "周明軒"),
    case("traditional-intern-reporter", {"info": f"{DATE}　實習記者 李曉"}, "李曉"),
    case("traditional-short-editor", {"trailer": "責編：李曉"}, None, "李曉"),
    case("traditional-draft-source", {"info": f"{DATE}　稿源：聯合報"}, None, None, "聯合報"),
    case("traditional-closing-editor", {"end": "（編輯：李曉）"}, None, "李曉"),
    case("traditional-reporter-correspondent", {"first": f"本報訊（記者 張明華 通訊員 王小紅）{P1}",
                                                "paras": (P2, P3)}, "張明華 王小紅"),
]  # fmt: skip


@pytest.mark.parametrize(("kw", "author", "editor", "source"), CASES)
def test_the_policy_gives_these_people_and_source_too(
    kw: dict, author: str | None, editor: str | None, source: str | None
) -> None:
    rec = page(**kw)
    got = (names(rec["author"]), names(rec["editor"]), rec["source"])
    assert got == (names(author), names(editor), source)
