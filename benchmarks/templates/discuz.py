"""Discuz! X forum/forumdisplay_list.htm (the thread list), inside a page shell of our own words with
forumdisplay.htm's top pager; pager = helper_page::multi() port; autopbn rel = $multipage_more
(forum_forumdisplay.php: the page after, or page 1 on the last page)."""

from __future__ import annotations

import re

from common import SIDE, TITLES, git_show, head, page_rows, repo_dir, run_alone
from pagers import discuz as multi_rewrite

HOST = "https://bbs.discuz.test"
REPO = repo_dir("Discuz-X/DiscuzX")
PATH = "template/default/forum/forumdisplay_list.htm"
COUNT = 10
LANG = {
    "target_blank": "新窗口打开",
    "next_page_extra": "下一页 &raquo;",
    "preview": "预览",
    "content_actions": "内容操作",
    "hidedisplayorder": "隐藏置顶帖",
    "new_window": "新窗",
    "new_window_thread": "在新窗口中打开帖子",
    "more": "更多",
    "forum_thread": "版块主题",
    "return_index": "返回首页",
    "send_posts": "发帖",
    "views": "查看",
    "lastpost": "最后发表",
    "order_heats": "热门",
    "hot_thread": "热帖",
    "digest_posts": "精华",
    "author": "作者",
    "replies": "回复/查看",
    "all_reward": "全部悬赏",
    "title": "标题",
    "list": "列表",
    "from": "来自",
    "anonymous": "匿名",
}

TRUE_RE = re.compile(
    r"^(?:\$thread\['authorid'\] && \$thread\['author'\]|\$thread\['lastposter'\]|\$multipage && \$filter != 'hot'"
    r"|!\(\$_G\[forum\]\[picstyle\] && !\$_G\[cookie\]\[forumdefstyle\]\)|\$thread\['isgroup'\] != 1"
    r"|\$thread\[digest\] != -2 && !\$thread\[ordertype\]|\$thread\[digest\] != -2|\$thread\['displayorder'\] == 0"
    r"|!\$thread\[ordertype\]|CURMODULE != 'guide'|!\$_GET\['archiveid'\]|\$thread\[multipage\]"
    r"|empty\(\$_G\['forum'\]\['picstyle'\]\).*|\$page > 1|\$thread\[icon\] >= 0|\$_G\['forum_threadcount'\]"
    r"|!IS_ROBOT|!\$_G\['setting'\]\['closeforumorderby'\]|!\$separatepos \|\| .*|\$page < \$_G\['page_next'\] && !\$subforumonly"
    r"|\$thread\['fid'\] == \$_G\[fid\]|!\$_G\['setting'\]\['forumdisplaythreadpreview'\].*|!\(!empty\(\$_G\['setting'\]\['antitheft'\].*)$"
)


def cond(c, t):
    """Whether a Discuz template condition holds for a plain thread of a plain forum."""
    c = c.strip()
    if c == "$thread[multipage]":
        return t.get("multipage", "") != ""
    if c == "$page > 1":
        return t.get("page", 1) > 1
    if c.startswith("$page < $_G['page_next']"):
        return t.get("page", 1) < COUNT
    if c == "$thread[icon] >= 0":
        return False
    return bool(TRUE_RE.match(c))


BLOCK_IF = re.compile(r"<!--\{if ((?:(?!-->).)*)\}-->((?:(?!<!--\{if ).)*?)<!--\{/if\}-->", re.S)
INLINE_IF = re.compile(r"\{if ([^{}]*)\}((?:(?!\{if ).)*?)\{/if\}", re.S)


def ifs(s, t):
    """A Discuz template with its ``<!--{if}-->`` and ``{if}`` blocks decided, innermost first."""
    for _ in range(40):

        def blk(m):
            parts = re.split(r"<!--\{elseif ((?:(?!-->).)*)\}-->|<!--\{else\}-->", m.group(2))
            # re.split keeps the elseif conditions: [body0, cond1, body1, None, body2 ...]
            bodies, conds = [parts[0]], [m.group(1)]
            for k in range(1, len(parts), 2):
                conds.append(parts[k])
                bodies.append(parts[k + 1])
            for c, b in zip(conds, bodies, strict=False):
                if c is None or cond(c, t):
                    return b
            return ""

        def inl(m):
            parts = re.split(r"\{else\}", m.group(2))
            return parts[0] if cond(m.group(1), t) else (parts[1] if len(parts) > 1 else "")

        new = INLINE_IF.sub(inl, BLOCK_IF.sub(blk, s))
        if new == s:
            return s
        s = new
    return s


def thread(i, page):
    """The fields of one thread of the forum (our own subjects)."""
    tid = 3000 + (page - 1) * 20 + i
    d = f"2024-12-{28 - i}"
    mp = ""
    if i == 2:
        mp = "".join(
            f'<a href="forum.php?mod=viewthread&tid={tid}&amp;extra=page%3D1&amp;page={k}">{k}</a>'
            for k in range(2, 5)
        )
    return {
        "tid": str(tid),
        "icontid": str(tid),
        "id": f"normalthread_{tid}",
        "subject": TITLES[(i + page) % 20],
        "author": f"用户{i}",
        "authorid": str(100 + i),
        "dateline": d,
        "allreplies": str(3 + i),
        "views": str(100 + i * 9),
        "lastposter": f"回复者{i}",
        "lastposterenc": f"user{i}",
        "lastpost": f"{d} 10:{i:02d}",
        "folder": "common",
        "highlight": "",
        "multipage": mp,
        "typehtml": '<em>[<a href="forum.php?mod=forumdisplay&fid=2&amp;filter=typeid&amp;typeid=3">讨论</a>]</em>',
        "sorthtml": "",
        "page": page,
    }


def fill(body, t):
    """A thread row of the list template filled with one thread."""
    body = ifs(body, t)
    body = body.replace("&extra=$extra", "&extra=page%3D1").replace("$extra", "page%3D1")
    body = re.sub(r"\{echo [^}]*\}", "1", body)
    body = re.sub(r"<!--\{(?:eval|hook|ad)[^}]*\}-->", "", body)
    body = re.sub(r"\$thread\[['\"]?(\w+)['\"]?\]", lambda m: t.get(m.group(1), ""), body)
    return body


def multi(page, per=20):
    """helper_page::multi() with the forum's dynamic address (no rewrite rule)."""
    html, _, _ = multi_rewrite(page, COUNT, per)
    return re.sub(
        r'href="forum-2-(\d+)\.html"',
        r'href="forum.php?mod=forumdisplay&amp;fid=2&amp;page=\1"',
        html,
    )


def render(page):
    """The thread list for one page inside a page shell of our own words: HTML and thread links."""
    src = git_show(REPO, PATH)
    m = re.search(
        r"<!--\{loop \$_G\['forum_threadlist'\] \$key \$thread\}-->(.*?)<!--\{/loop\}-->", src, re.S
    )
    rows, links = [], []
    for i in range(20 if page < COUNT else 7):
        t = thread(i, page)
        rows.append(fill(m.group(1), t))
        links.append(f"{HOST}/forum.php?mod=viewthread&tid={t['tid']}&extra=page%3D1")
    s = src[: m.start()] + "".join(rows) + src[m.end() :]
    s = re.sub(
        r"<!--\{loop .*?<!--\{/loop\}-->", "", s, flags=re.S
    )  # the picture-style loop (not used)
    nextpage = page + 1 if page + 1 <= COUNT else 1
    g = {"page": page}
    s = s.replace("$multipage_more", f"forum.php?mod=forumdisplay&fid=2&page={nextpage}")
    s = s.replace('curpage="$page"', f'curpage="{page}"').replace(
        'totalpage="$maxpage"', f'totalpage="{COUNT}"'
    )
    s = ifs(s, g)
    s = s.replace("$multipage", multi(page))
    s = re.sub(r"\{lang (\w+)\}", lambda mm: LANG.get(mm.group(1), ""), s)
    s = re.sub(r"<!--\{[^}]*\}-->", "", s)
    s = re.sub(r"\{(?:IMGDIR|STATICURL)\}", "static/image/common", s)
    s = re.sub(r"\{?\$_G\[[^\s\"'<>]*", "", s)
    s = re.sub(
        r"\$(?:forumdisplayadd|extra|filter|multipage_archive|stemplate|separatepos|announcement)\[?\w*\]?",
        "",
        s,
    )
    side = "".join(
        f'<li><a href="forum.php?mod=viewthread&tid={90 + k}">{SIDE[k]}</a></li>' for k in range(6)
    )
    html = (
        f'<html><head><title>校园生活 - 某某大学论坛</title><base href="{HOST}/"></head><body>'
        f'<div id="nv"><a href="forum.php">论坛</a><a href="home.php">家园</a><a href="group.php">群组</a></div>'
        f'<div id="pt"><a href="./">某某大学论坛</a> &rsaquo; <a href="forum.php">论坛</a> &rsaquo; <a href="forum.php?mod=forumdisplay&amp;fid=2">校园生活</a></div>'
        f'<div class="bm"><h1 class="xs2"><a href="forum.php?mod=forumdisplay&amp;fid=2">校园生活</a></h1></div>'
        f'<div class="pgs"><span id="fd_page_top">{multi(page)}</span></div>{s}'
        f'<div class="side"><h2>热门主题</h2><ul>{side}</ul></div><div id="ft">Powered by Discuz!</div></body></html>'
    )
    return html, links


def main():
    """The forum's page 1, middle and last page."""
    return page_rows(
        ("discuz", "Discuz-X/DiscuzX", head(REPO), PATH),
        (1, 5, COUNT),
        COUNT,
        render,
        lambda page: (
            f"{HOST}/forum.php?mod=forumdisplay&fid=2" + ("" if page == 1 else f"&page={page}")
        ),
    )


if __name__ == "__main__":
    run_alone("discuz", main())
