"""Standing notices closing a text: furniture, not text.

The helpline notice Taiwan's papers close a suicide's story with; a site's "follow us" sign-off
with its accounts. Their own module because both the body cleaner (which drops them) and the
people chain (which reads the writer's credit closing the text above them) may need them, and the
body module imports people.
"""

from __future__ import annotations

import re

# A helpline's line (compact NFKC): ``自殺防治諮詢安心專線:0800-788995(24小時)``, ``張老師專線:1980``.
_HOTLINE_LINE = re.compile(r"(?:專線|专线|熱線|热线)[:]?\d[\d-]{2,}(?:\(24小(?:時|时)\))?$")
# The words of the notice around the numbers (《蘋果》關心你, 請珍惜生命, 再給自己一次機會).
_NOTICE_WORD = re.compile(r"生命|機會|机会|關心|关心|自殺|自杀|輕生|轻生|求助|珍惜")
_MAX_NOTICE_LINE = 40
# The whole notice run into one line (``★《蘋果》關心你，自殺解決不了問題，請撥打生命線1995、張老師
# 專線1980``): its hotlines anywhere in it.
_HOTLINE_ANY = re.compile(r"(?:專線|专线|熱線|热线|生命線|生命线)[:]?\d[\d-]{2,}")
_MAX_ONE_LINE_NOTICE = 80


def helpline_notice_start(keys: list[str]) -> int:
    """Where a helpline notice closing the text starts in ``keys`` (compact NFKC lines), or
    ``len(keys)`` when there is none.

    Taiwan's papers print a fixed box under every story of a suicide (``《蘋果》關心你`` /
    ``自殺解決不了問題…請珍惜生命。`` / ``再給自己一次機會`` / ``自殺防治諮詢安心專線：0800-788995``
    / ``生命線協談專線：1995`` / ``張老師專線：1980``): furniture. A closing run of short lines,
    two or more of them a hotline and its number, the rest with the notice's words; one number
    in a sentence of the text stays."""
    j, hotlines = len(keys), 0
    while j > 0:
        key = keys[j - 1]
        many = len(_HOTLINE_ANY.findall(key)) if _NOTICE_WORD.search(key) else 0
        if len(key) > (_MAX_ONE_LINE_NOTICE if many >= 2 else _MAX_NOTICE_LINE):
            break
        if many >= 2:
            hotlines += many
        elif _HOTLINE_LINE.search(key):
            hotlines += 1
        elif not _NOTICE_WORD.search(key):
            break
        j -= 1
    return j if hotlines >= 2 and j > 0 else len(keys)


# A line of a "follow us" sign-off (compact NFKC): an account's label and its address or id
# (``官方网站:www.x.org``, ``我们的微博:http://weibo.com/x``, ``我们的微信ID:X-Y``).
_ACCOUNT_LINE = re.compile(
    r"^\S{0,6}?(?:官方网站|官方網站|官网|官網|网站|網站|网址|網址|微博|微信|公众号|公眾號"
    r"|(?i:facebook|twitter|weibo|wechat|renren|instagram|youtube))(?i:id|号|號)?:"
    r"(?:(?i:https?://|www\.)\S+|[A-Za-z][\w.-]{2,30})$"
)
# An address may be long (a profile page's: ``我们的renren:http://www.renren.com/<id>/profile``).
_MAX_ACCOUNT_LINE = 80
# The sign-off's invitation above the accounts (更多精彩，敬请关注！, 欢迎关注我们).
_FOLLOW_WORD = re.compile(r"关注|關注")


def follow_notice_start(keys: list[str]) -> int:
    """Where a "follow us" sign-off closing the text starts in ``keys`` (compact NFKC lines), or
    ``len(keys)`` when there is none.

    An association closes every item with the same lines (``更多精彩，敬请关注！`` / ``官方网站：
    www.x.org`` / ``我们的微博：http://…`` / ``我们的微信ID：X``): furniture, as a column's standing
    blurb is. A closing run of short lines, two or more an account's label and its address or id,
    opened by a line that invites the reader to follow; one address in the text stays."""
    j, accounts = len(keys), 0
    while j > 0 and len(keys[j - 1]) <= _MAX_ACCOUNT_LINE and _ACCOUNT_LINE.match(keys[j - 1]):
        accounts += 1
        j -= 1
    if accounts < 2 or j < 2:
        return len(keys)
    invite = keys[j - 1]
    return j - 1 if len(invite) <= _MAX_NOTICE_LINE and _FOLLOW_WORD.search(invite) else len(keys)
