"""newscorpus: turn folders of news articles into who said what.

The public API is flat: import everything from ``newscorpus``. Nothing is computed at import time.
"""

from newscorpus._exceptions import (
    ArchiveMemberError,
    DateParseError,
    DecodeError,
    GoldFormatError,
    MetadataError,
    ModelError,
    NewsCorpusError,
    NewsCorpusWarning,
    RecordError,
    SeedFormatError,
)
from newscorpus._model import (
    Article,
    ArticleWarning,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = [
    "ArchiveMemberError",
    "Article",
    "ArticleWarning",
    "DateParseError",
    "DecodeError",
    "GoldFormatError",
    "Mention",
    "MetadataError",
    "ModelError",
    "NewsCorpusError",
    "NewsCorpusWarning",
    "Quote",
    "QuoteKind",
    "RecordError",
    "SeedFormatError",
    "Span",
    "Speaker",
    "SpeakerKind",
]
