"""Catalog of the cnfuhuaqi replica: channels, articles and the values a crawl must store."""

from __future__ import annotations

from datetime import date, timedelta

from ..base import Article
from . import text as _text

SITE_NAME = "中国孵化器网"
FIRST_ID = 6301
FIRST_DATE = date(2023, 6, 5)
LAST_DATE = date(2024, 6, 20)

CHANNELS: list[dict] = [
    {"slug": "news", "name": "新闻", "title": "新闻动态", "encoding": "utf-8", "page_size": 10},
    {"slug": "policy", "name": "政策", "title": "政策法规", "encoding": "gbk", "page_size": 10},
    {"slug": "tech", "name": "技术", "title": "技术前沿", "encoding": "utf-8", "page_size": 10},
    {"slug": "startup", "name": "创业", "title": "创业指导", "encoding": "utf-8", "page_size": 10},
    {"slug": "fuhuaqi", "name": "孵化器", "title": "孵化器", "encoding": "utf-8", "page_size": 10},
    {"slug": "company", "name": "企业", "title": "企业风采", "encoding": "utf-8", "page_size": 10},
    {"slug": "project", "name": "项目", "title": "项目对接", "encoding": "utf-8", "page_size": 10},
    {"slug": "patent", "name": "专利", "title": "专利服务", "encoding": "utf-8", "page_size": 10},
    {
        "slug": "association",
        "name": "协会",
        "title": "协会之窗",
        "encoding": "utf-8",
        "page_size": 10,
    },
    {"slug": "finance", "name": "金融", "title": "科技金融", "encoding": "utf-8", "page_size": 10},
    {"slug": "agency", "name": "中介", "title": "中介服务", "encoding": "utf-8", "page_size": 10},
]

# Per-channel page style: separator between meta fields, paragraph indent, list date shape.
STYLES: dict[str, dict] = {
    "news": {"sep": "&nbsp;&nbsp;&nbsp;", "indent": "\u3000\u3000", "list_date": "%Y-%m-%d"},
    "policy": {"sep": "\u3000", "indent": "&nbsp;&nbsp;&nbsp;&nbsp;", "list_date": "[%m-%d]"},
    "fuhuaqi": {"sep": "\u3000", "indent": "\u3000\u3000", "list_date": "%Y-%m-%d"},
}

_SOURCES = {"news": _text.NEWS, "policy": _text.POLICY, "fuhuaqi": _text.FUHUAQI}
_OFFSETS = {"news": 0.5, "policy": 0.3, "fuhuaqi": 0.7}
_PLACEHOLDER_SOURCES = {"", "本站原创"}
_PLACEHOLDER_AUTHORS = {"佚名"}


def channel(slug: str) -> dict | None:
    """Return the channel dict for a slug, or None."""
    for ch in CHANNELS:
        if ch["slug"] == slug:
            return ch
    return None


def _ordered_entries() -> list[tuple[str, dict]]:
    """Interleave the channels' entries into one site-wide, oldest-first sequence."""
    keyed = []
    for order, (slug, entries) in enumerate(_SOURCES.items()):
        n = len(entries)
        for k, entry in enumerate(entries):
            keyed.append(((k + _OFFSETS[slug]) / n, order, slug, entry))
    keyed.sort(key=lambda t: (t[0], t[1]))
    return [(slug, entry) for _, _, slug, entry in keyed]


def _lede(first: str) -> str:
    """Cut the first sentence short the way the site's summary box does (no ellipsis)."""
    sentence = first.split("。")[0]
    cut = sentence.rfind("，", 0, 45)
    if cut >= 12:
        return sentence[:cut]
    return sentence[: min(30, len(sentence) - 1)]


def _build() -> list[Article]:
    """Build all Article records from the text module."""
    ordered = _ordered_entries()
    span = (LAST_DATE - FIRST_DATE).days
    result = []
    for i, (slug, e) in enumerate(ordered):
        aid = FIRST_ID + i
        day = FIRST_DATE + timedelta(days=round(i * span / (len(ordered) - 1)))
        ch = channel(slug)
        style = STYLES[slug]
        category = f"{ch['title']} > {e['sub']}" if ch["title"] != e["sub"] else ch["title"]
        common = {
            "site": "cnfuhuaqi",
            "id": aid,
            "channel": slug,
            "path": f"/{slug}/show/{aid}.aspx",
            "title": e["title"],
            "category": category,
            "encoding": ch["encoding"],
            "list_date": day.strftime(style["list_date"]),
            "date": day,
        }
        if e.get("broken") or e.get("missing"):
            result.append(
                Article(
                    published_raw="",
                    published_at=day.isoformat(),
                    author=None,
                    editor=None,
                    source=None,
                    body="",
                    broken=bool(e.get("broken")),
                    missing=bool(e.get("missing")),
                    **common,
                )
            )
            continue
        meta = e.get("meta", "date")
        hh, mm = 8 + aid % 9, (aid * 7) % 60
        if meta == "date":
            label, raw, iso = "发布日期", day.isoformat(), day.isoformat()
        else:
            iso = f"{day.isoformat()}T{hh:02d}:{mm:02d}:00+08:00"
            label = "发布时间"
            if meta == "time":
                raw = f"{day.isoformat()} {hh:02d}:{mm:02d}"
            else:
                raw = f"{day.year}年{day.month:02d}月{day.day:02d}日 {hh:02d}:{mm:02d}"
        fields = [(label, raw)]
        if "author" in e:
            fields.append(("作者", e["author"]))
        if not e.get("tail_editor"):
            fields.append((e.get("editor_label", "编辑"), e.get("editor", SITE_NAME)))
        fields.append(("来源", e["source"]))
        images = tuple(
            (
                idx,
                f"/UploadFiles/{day:%Y%m}/{day:%Y%m%d}{aid % 1000:03d}{n}"
                + (".png" if (aid + n) % 2 else ".gif"),
                caption,
            )
            for n, (idx, caption) in enumerate(e.get("images", []), start=1)
        )
        body_parts = []
        for idx, para in enumerate(e["paras"]):
            body_parts.append(para)
            body_parts.extend(cap for at, _, cap in images if at == idx and cap)
        author = e.get("author")
        result.append(
            Article(
                published_raw=raw,
                published_at=iso,
                author=None if author in _PLACEHOLDER_AUTHORS else author,
                editor=e.get("tail_editor") or e.get("editor", SITE_NAME),
                source=None if e["source"] in _PLACEHOLDER_SOURCES else e["source"],
                body="\n\n".join(body_parts),
                paragraphs=tuple(e["paras"]),
                images=images,
                extra={
                    # how the page shows it, not values a crawl stores
                    "heading": e.get("prefix", "") + e["title"],
                    "lede": _lede(e["paras"][0]),
                    "meta_fields": tuple(fields),
                    "tail_editor": e.get("tail_editor"),
                    "blank_after": e.get("blank"),
                },
                **common,
            )
        )
    return result


ARTICLES: list[Article] = _build()
BY_ID: dict[int, Article] = {a.id: a for a in ARTICLES}


def valid_articles() -> list[Article]:
    """Return the articles a crawler should store (neither broken nor missing)."""
    return [a for a in ARTICLES if not a.broken and not a.missing]


def channel_articles(slug: str) -> list[Article]:
    """Return the listing entries of a channel, newest first (broken and missing included)."""
    return sorted((a for a in ARTICLES if a.channel == slug), key=lambda a: -a.id)


def listing_pages(slug: str) -> int:
    """Return the number of listing pages of a channel (1 for an empty channel)."""
    ch = channel(slug)
    if ch is None:
        raise KeyError(slug)
    n = len(channel_articles(slug))
    return max(1, -(-n // ch["page_size"]))


def listing_page_url(slug: str, page: int) -> str:
    """Return the root-relative URL of a listing page (page 1 is the channel index)."""
    return f"/{slug}/" if page == 1 else f"/{slug}/list.aspx?page={page}"


def listing_ids(slug: str, page: int) -> list[int]:
    """Return the article ids linked from a listing page, in page order."""
    size = channel(slug)["page_size"]
    return [a.id for a in channel_articles(slug)[(page - 1) * size : page * size]]
