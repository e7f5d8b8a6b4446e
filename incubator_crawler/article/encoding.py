"""Decode page bytes to text without silently losing bytes.

Order (w3lib's parts, in the order w3lib.encoding.html_to_unicode used up to 2.5): BOM > HTTP
``Content-Type`` charset > ``<meta charset>`` > auto-detect (strict utf-8, then strict gb18030,
then strict big5hkscs) > utf-8. w3lib maps gb2312/gbk to gb18030 and big5 to big5hkscs (from
w3lib 2.6 on, gbk labels give GBK: ``_labelled_decode`` widens them to gb18030 again). One
override: bytes with non-ASCII content that decode strictly as UTF-8 are UTF-8 whatever the
label says (re-saved pages keep a stale ``<meta charset=gb2312>``; real GBK/Big5 text is almost
never valid UTF-8).

If the chosen encoding cannot decode the bytes cleanly, the text is still returned (undecodable
bytes become U+FFFD) and the returned encoding name carries the suffix ``" (with errors)"``, e.g.
``"utf-8 (with errors)"``; use :func:`codec_name` to get the bare codec name back. Before giving up,
a header/meta disagreement is retried: if the header charset fails but the ``<meta>`` charset
decodes strictly, the meta charset wins (Chinese sites often mislabel GBK pages as utf-8).
When header and ``<meta>`` agree on a charset that leaves many bytes undecodable, GB18030,
Big5-HKSCS and UTF-8 are tried strictly in turn; the one that fits is recorded as
``"gb18030 (declared utf-8)"``.
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
    to_unicode,
)

ERRORS_SUFFIX = " (with errors)"


def codec_name(encoding: str) -> str:
    """Strip the ``" (with errors)"`` or ``" (declared …)"`` marker from a decode_html encoding."""
    return encoding.split(" (", 1)[0]


def _strict_ok(body: bytes, enc: str) -> bool:
    try:
        body.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _auto_detect(body: bytes) -> str | None:
    # Only reached when neither header nor <meta> declares a charset.
    for enc in ("utf-8", "gb18030", "big5hkscs"):
        if _strict_ok(body, enc):
            return _big5_over_gb(body, body.decode(enc)) if enc == "gb18030" else enc
    return None


#: Share of a GB18030 reading's non-ASCII characters in the Private Use Area above which the
#: bytes are Big5 read as GBK: Big5's common characters fall on GBK's user-defined rows
#: (``園區`` reads ``堕跋\ue672…``), which real GBK text nearly never uses.
BIG5_AS_GB_SHARE = 0.02


_PUA_RE = re.compile("[\ue000-\uf8ff]")


def _pua_count(text: str) -> int:
    return len(_PUA_RE.findall(text))


def _big5_over_gb(body: bytes, text: str) -> str:
    """``big5hkscs`` for bytes whose GB18030 reading (``text``) is strewn with private-use
    characters and that decode strictly as Big5-HKSCS with fewer, else ``gb18030``."""
    if _PUA_RE.search(text) is None:  # nearly every GBK page: one scan, nothing counted
        return "gb18030"
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    pua = _pua_count(text)
    if pua < 3 or pua < non_ascii * BIG5_AS_GB_SHARE or not _strict_ok(body, "big5hkscs"):
        return "gb18030"
    return "big5hkscs" if _pua_count(body.decode("big5hkscs")) < pua else "gb18030"


def _norm_codec(enc: str) -> str:
    try:
        return codecs.lookup(enc).name
    except LookupError:
        return enc


def _norm(enc: str) -> str:
    name = _norm_codec(enc)
    # w3lib 2.6 reads gbk / gb2312 / cp936 labels as GBK (the WHATWG table); older releases as
    # gb18030. GB18030 is the superset that pages labelled so need (characters outside GBK)
    return "gb18030" if name == "gbk" else name


def _labelled_decode(body: bytes, content_type: str | None) -> tuple[str, str]:
    """(encoding, text) by BOM > header charset > ``<meta>`` charset > ``_auto_detect`` > utf-8; a
    gbk label is read as gb18030, its superset."""
    # html_to_unicode's auto_detect_fun is deprecated from w3lib 2.6 on (without it, 2.6 guesses by
    # the URL's top-level domain as Firefox does); its parts keep our detection and order.
    bom_enc, bom = read_bom(body)
    if bom_enc is not None and bom is not None:
        return bom_enc, to_unicode(body[len(bom) :], bom_enc)
    enc = (
        http_content_type_encoding(content_type)
        or html_body_declared_encoding(body)
        or _auto_detect(body)
        or "utf-8"
    )
    if _norm_codec(enc) == "gbk":
        return "gb18030", body.decode("gb18030", errors="replace")  # the superset, as w3lib < 2.6
    return enc, to_unicode(body, enc)


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode ``body`` using header > BOM > meta > auto-detect; return (text, encoding name)."""
    if not body.isascii() and not body.startswith(codecs.BOM_UTF8):
        # The override below decides every non-ASCII page that is valid UTF-8, whatever the
        # header, <meta> or detection say (a UTF-16/32 BOM is never valid UTF-8), so most
        # pages need one strict decode and nothing else; a GBK page fails it within bytes.
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    w3lib_enc, text = _labelled_decode(body, content_type)
    enc = _norm(w3lib_enc)
    if enc != "utf-8" and not body.isascii() and _strict_ok(body, "utf-8"):
        # Non-ASCII bytes that form valid UTF-8 are UTF-8: real GBK/Big5 text almost never
        # is, while pages re-saved as UTF-8 keep their old ``<meta charset=gb2312>`` (and
        # gb18030 decodes anything, so the wrong label would give mojibake with no error).
        return body.decode("utf-8"), "utf-8"
    if enc == "gb18030" and (alt := _big5_over_gb(body, text)) != enc:
        # Big5 bytes labelled gbk / gb2312 (or read so): gb18030 decodes them without an error
        return body.decode(alt), f"{alt} (declared {enc})"
    if "\ufffd" not in text or _strict_ok(body, enc):
        return text, enc
    declared = html_body_declared_encoding(body)
    if declared:
        alt = _norm(resolve_encoding(declared) or declared)
        if alt != enc and _strict_ok(body, alt):
            return body.decode(alt), alt
    fallback = _fallback(body, text, enc)
    if fallback:
        return body.decode(fallback), f"{fallback} (declared {enc})"
    return text, enc + ERRORS_SUFFIX


#: Share of undecodable characters above which the declared charset is taken to be wrong,
#: rather than the page having a few broken bytes (a truncated download, a bad paste).
WRONG_LABEL_SHARE = 0.1


def _fallback(body: bytes, text: str, enc: str) -> str | None:
    """The encoding that decodes ``body`` strictly when the declared one is plainly wrong."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if not non_ascii or text.count("\ufffd") / non_ascii < WRONG_LABEL_SHARE:
        return None
    for candidate in ("gb18030", "big5hkscs", "utf-8"):
        if candidate != enc and _strict_ok(body, candidate):
            if candidate == "gb18030":
                return _big5_over_gb(body, body.decode(candidate))
            return candidate
    return None
