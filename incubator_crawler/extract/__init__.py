"""Site-independent extraction: decode bytes, split meta lines, locate raw article fields."""

from .article import ExtractedArticle, extract_article
from .encoding import codec_name, decode_html
from .labels import split_labelled_line

__all__ = [
    "ExtractedArticle",
    "codec_name",
    "decode_html",
    "extract_article",
    "split_labelled_line",
]
