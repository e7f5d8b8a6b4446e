"""Credit shapes the session-27 variants and transplants showed breaking (robust114, issue 10).

Each page is a small page of our own in the shape a variant or a transplant of a dev page showed;
the values asserted are what a reader of the page takes from it, and the near shapes beside them
must stay as they are.
"""

from __future__ import annotations

from page_shapes import PROSE, run

TEXT = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
HEAD = "<h1>下六甲灌区工程重要节点全面开工</h1>"


def _dated(line: str) -> dict:
    return run(f"{HEAD}<div class='pages-date'>{line}</div>{TEXT}")


def test_font_size_buttons_run_together_after_the_date_name_no_one() -> None:
    """``DATE <span>大</span><span>小</span>``: the size buttons read ``大小`` (``大中小``) beside
    the date; no writer. A name in the same place stays the author."""
    for control in ("<span>大</span><span>小</span>", "大小", "大中小", "大 中 小"):
        out = _dated(f"来源：广西日报&nbsp;&nbsp;2024-10-17 08:03 {control}&nbsp;&nbsp;打印")
        assert (out["author"], out["source"]) == (None, "广西日报"), control
        assert _dated(f"2024-10-17 08:03 {control}")["author"] is None, control
    out = _dated("来源：广西日报&nbsp;&nbsp;2024-10-17 08:03 王伟&nbsp;&nbsp;打印")
    assert (out["author"], out["source"]) == ("王伟", "广西日报")
    assert _dated("2024-10-17 08:03 大伟")["author"] == "大伟"


def test_an_empty_writer_slot_before_the_copyright_link_names_no_one() -> None:
    """``作者：  版权声明`` (cjddsb's meta row, the writer's slot left empty, then the link to the
    site's copyright notice): no author, above or under the text. A name in the slot stays."""
    for notice in ("<a href='/bq.html'>版权声明</a>", "版权声明", "免責聲明"):
        line = f"来源：当代商报&nbsp;&nbsp;时间：2019-09-23 14:34:05&nbsp;&nbsp;作者：&nbsp;&nbsp;{notice}"
        for body in (
            f"{HEAD}<ul><li>{line}</li></ul>{TEXT}",
            f"{HEAD}{TEXT}<ul><li>{line}</li></ul>",
        ):
            out = run(body)
            assert (out["author"], out["source"]) == (None, "当代商报"), notice
    line = "来源：当代商报&nbsp;&nbsp;时间：2019-09-23 14:34:05&nbsp;&nbsp;作者：刘玺东&nbsp;&nbsp;版权声明"
    assert run(f"{HEAD}<ul><li>{line}</li></ul>{TEXT}")["author"] == "刘玺东"


def _closing(tail: str, paras: int = 3) -> dict:
    text = "".join(f"<p>{PROSE}</p>" for _ in range(paras))
    return run(
        f"{HEAD}<div class='info'>来源：白云时事 发布时间：2024-10-08</div><div>{text}{tail}</div>"
    )


def test_an_outlets_xun_credit_on_a_line_of_its_own_closes_the_text() -> None:
    """``白云时事讯（全碧芳）`` as a paragraph or a block of its own under the text's last sentence
    (mhxqwer-wyxby runs it into that sentence): the writer, as run in; the line leaves the text."""
    for tail in (
        "<p>白云时事讯（全碧芳）</p>",
        "<div>白云时事讯（全碧芳）</div>",
        "<p>白云时事讯（全碧芳 李明）</p>",
    ):
        out = _closing(tail)
        assert out["author"] == ("全碧芳、李明" if "李明" in tail else "全碧芳"), tail
        assert "全碧芳" not in out["body"], tail
    # a unit in the bracket, or a dateline with its text after it, signs no one
    assert _closing("<p>白云时事讯（区卫健局）</p>")["author"] is None
    assert _closing("<p>本报讯（通讯员）</p>")["author"] is None
    assert _closing("<p>白云时事讯（全碧芳）近日，区里召开座谈会。</p>")["author"] is None


def test_the_writers_label_word_before_a_slash_in_the_closing_credit_bracket() -> None:
    """``…！（作者/党委组织部 图/轻院新闻社）`` (gdqy-rq prints 文/): 作者/ and 撰稿/ credit the
    writing as 文/ does; the pictures' 图/ alone credits no one."""
    end = "用更加优异的成绩献礼中国共产党成立一百周年！"
    for label in ("文", "作者", "撰稿", "撰文"):
        out = _closing(f"<p>{PROSE}{end}（{label}/党委组织部 图/轻院新闻社）</p>", 2)
        assert out["author"] == "党委组织部", label
        assert "轻院新闻社" not in out["body"], label
    assert _closing(f"<p>{PROSE}{end}（图/轻院新闻社）</p>", 2)["author"] is None


def test_a_download_button_after_the_outlet_ends_the_source() -> None:
    """``来源：教育部   下载   收藏   责任编辑：X`` (wjmoe's meta row, its blanks shown as one): the
    button is no word of the outlet, above or under the text. An outlet named with 下载 stays."""
    text = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    for gap in ("   ", "&nbsp;&nbsp;", " | "):
        line = gap.join(
            ("发布日期：2024-06-13", "来源：教育部", "下载", "收藏", "责任编辑：谢沂楠")
        )
        for body in (f"{HEAD}<div>{line}</div>{text}", f"{HEAD}{text}<div>{line}</div>"):
            out = run(body)
            assert (out["source"], out["editor"]) == ("教育部", "谢沂楠"), gap
    assert _dated("来源：教育部   下载")["source"] == "教育部"
    for outlet in ("下载之家", "华军下载"):
        assert _dated(f"发布日期：2024-06-13 来源：{outlet} 责任编辑：谢沂楠")["source"] == outlet


def test_an_account_and_its_follow_button_on_one_line_under_the_headline() -> None:
    """toutiao's ``<img> 去驴行`` and ``关注`` set inline in one box under the headline (gne-toutiao-2
    prints them as two blocks): the account, and the line leaves the text. A follow count
    (``关注度``) or a line that is no name beside the button stays no account."""
    headline = "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
    page = (
        f"<h2 class='title'>{headline}</h2>{{line}}<div class='content'><p>{PROSE}</p>"
        "<p>2019-09-08 11:42:03</p></div>"
    )
    for line in (
        "<div><span><img src='a.jpg' alt=''> 去驴行</span>&nbsp;&nbsp;<span><i></i>关注</span></div>",
        "<table><tr><td><img src='a.jpg' alt=''> 去驴行&nbsp;&nbsp;<i></i>关注</td></tr></table>",
    ):
        out = run(page.format(line=line), head=f"<title>{headline}</title>")
        assert out["author"] == "去驴行", line
        assert "关注" not in out["body"], line
    for line in ("<div>去驴行 关注度</div>", "<div>2019-09-08 关注</div>"):
        out = run(page.format(line=line), head=f"<title>{headline}</title>")
        assert out["author"] is None, line


def test_bars_between_the_names_before_the_date_part_them_as_blanks_do() -> None:
    """toutiao's ``原创 南方都市报 DATE`` with its items parted by bars (``原创丨南方都市报丨DATE``,
    ``南方都市报丨DATE``): the outlet before the date is the source, a person the author, as
    with blanks or after the date. A column word or a place before the bar names no one."""
    date = "2019-09-09 16:01:46"
    for line in (f"原创丨南方都市报丨{date}", f"南方都市报丨{date}", f"原创 | 南方都市报 | {date}"):
        out = _dated(line)
        assert (out["author"], out["source"]) == (None, "南方都市报"), line
    for line in (f"原创丨张明华丨{date}", f"原创 | 张明华 | {date}", f"张明华丨{date}"):
        out = _dated(line)
        assert (out["author"], out["source"]) == ("张明华", None), line
    for line in (f"要闻丨{date}", f"北京丨{date}", f"原创丨{date}"):
        out = _dated(line)
        assert (out["author"], out["source"]) == (None, None), line
