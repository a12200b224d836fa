"""newscorpus: turn folders of news articles into who said what.

The public API is flat: import everything from ``newscorpus``. Nothing is computed at import time:
lexicons and indexes are loaded on first use.
"""

from newscorpus._dates import (
    parse_date,
    parse_period,
)
from newscorpus._evaluate import (
    ContentScore,
    EvaluationReport,
    GoldDocument,
    GoldFormat,
    GoldQuote,
    GoldRole,
    RoleScore,
    TypeRecall,
    evaluate,
    gold_quotes_as_predictions,
    read_gold,
    score_gnqa,
    score_polnear,
)
from newscorpus._exceptions import (
    ArchiveError,
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
from newscorpus._metadata import (
    ArticleMetadata,
    read_metadata,
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
from newscorpus._reader import (
    iter_articles,
    parse_article,
    read_article,
    write_article,
)

__all__ = [
    "ArchiveError",
    "ArchiveMemberError",
    "Article",
    "ArticleMetadata",
    "ArticleWarning",
    "ContentScore",
    "DateParseError",
    "DecodeError",
    "EvaluationReport",
    "GoldDocument",
    "GoldFormat",
    "GoldFormatError",
    "GoldQuote",
    "GoldRole",
    "Mention",
    "MetadataError",
    "ModelError",
    "NewsCorpusError",
    "NewsCorpusWarning",
    "Quote",
    "QuoteKind",
    "RecordError",
    "RoleScore",
    "SeedFormatError",
    "Span",
    "Speaker",
    "SpeakerKind",
    "TypeRecall",
    "evaluate",
    "gold_quotes_as_predictions",
    "iter_articles",
    "parse_article",
    "parse_date",
    "parse_period",
    "read_article",
    "read_gold",
    "read_metadata",
    "score_gnqa",
    "score_polnear",
    "write_article",
]
