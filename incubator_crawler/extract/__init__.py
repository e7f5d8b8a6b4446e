"""Site-independent extraction: decode bytes, split meta lines, locate raw article fields."""

from ..article.encoding import codec_name, decode_html
from ..article.labels import split_labelled_line
from .article import ExtractedArticle, extract_article

__all__ = [
    "ExtractedArticle",
    "codec_name",
    "decode_html",
    "extract_article",
    "split_labelled_line",
]
