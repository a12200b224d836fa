"""Quotation and speaker extraction: the seam between reader and extractor.

The reader calls :func:`annotate_article` on every Article it builds (unless ``extract=False``).
The rules themselves are built in the extraction work; until then no quotes are found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscorpus._model import Article, Quote

__all__ = ["annotate_article", "extract_quotes"]


def extract_quotes(text: str, *, language: str | None = None) -> tuple[Quote, ...]:
    """Find the quotations in ``text``; spans are offsets into exactly ``text``."""
    del text, language
    return ()


def annotate_article(article: Article) -> Article:
    """Return ``article`` with ``quotes`` and ``speakers`` filled in by the extractor."""
    return article
