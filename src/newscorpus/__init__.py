"""newscorpus: turn folders of news articles into who said what.

The public API is flat: import everything from ``newscorpus``. Nothing is computed at import time:
lexicons and indexes are loaded on first use.
"""

from newscorpus._corpus.aliases import (
    AliasEntry,
    AliasTable,
    read_alias_table,
)
from newscorpus._corpus.corpus import (
    ConcordanceLine,
    Corpus,
    QuoteHit,
    Stats,
    load,
)
from newscorpus._corpus.folding import (
    fold,
)
from newscorpus._exceptions import (
    AliasTableError,
    ArchiveError,
    ArchiveMemberError,
    CorpusLookupError,
    DateParseError,
    DecodeError,
    DuplicateArticleError,
    GoldFormatError,
    LexiconError,
    MetadataError,
    ModelError,
    NewsCorpusError,
    NewsCorpusWarning,
    QueryError,
    RecordError,
    SeedFormatError,
    UnsupportedLanguageError,
)
from newscorpus._extract.language import (
    detect_language,
)
from newscorpus._extract.languages import (
    Language,
    SpeakerGrammar,
    register_language,
    supported_languages,
    unregister_language,
)
from newscorpus._extract.pipeline import (
    annotate_article,
    extract_quotes,
)
from newscorpus._io.converter import (
    SCHEMA_VERSION,
    make_converter,
)
from newscorpus._io.dates import (
    parse_date,
    parse_period,
)
from newscorpus._io.metadata import (
    ArticleMetadata,
    read_metadata,
)
from newscorpus._io.parquet import (
    ArrowTables,
    read_parquet,
    write_parquet,
)
from newscorpus._io.reader import (
    iter_articles,
    parse_article,
    read_article,
    write_article,
)
from newscorpus._io.serialize import (
    QUOTE_COLUMNS,
    dumps,
    iter_quote_rows,
    iter_quote_rows_for_hits,
    loads,
    read_jsonl,
    write_csv,
    write_jsonl,
)
from newscorpus._io.tables import (
    TABLE_SCHEMAS,
    TableColumn,
    arrow_schema,
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
from newscorpus.evaluation import (
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

__all__ = [
    "QUOTE_COLUMNS",
    "SCHEMA_VERSION",
    "TABLE_SCHEMAS",
    "AliasEntry",
    "AliasTable",
    "AliasTableError",
    "ArchiveError",
    "ArchiveMemberError",
    "ArrowTables",
    "Article",
    "ArticleMetadata",
    "ArticleWarning",
    "ConcordanceLine",
    "ContentScore",
    "Corpus",
    "CorpusLookupError",
    "DateParseError",
    "DecodeError",
    "DuplicateArticleError",
    "EvaluationReport",
    "GoldDocument",
    "GoldFormat",
    "GoldFormatError",
    "GoldQuote",
    "GoldRole",
    "Language",
    "LexiconError",
    "Mention",
    "MetadataError",
    "ModelError",
    "NewsCorpusError",
    "NewsCorpusWarning",
    "QueryError",
    "Quote",
    "QuoteHit",
    "QuoteKind",
    "RecordError",
    "RoleScore",
    "SeedFormatError",
    "Span",
    "Speaker",
    "SpeakerGrammar",
    "SpeakerKind",
    "Stats",
    "TableColumn",
    "TypeRecall",
    "UnsupportedLanguageError",
    "annotate_article",
    "arrow_schema",
    "detect_language",
    "dumps",
    "evaluate",
    "extract_quotes",
    "fold",
    "gold_quotes_as_predictions",
    "iter_articles",
    "iter_quote_rows",
    "iter_quote_rows_for_hits",
    "load",
    "loads",
    "make_converter",
    "parse_article",
    "parse_date",
    "parse_period",
    "read_alias_table",
    "read_article",
    "read_gold",
    "read_jsonl",
    "read_metadata",
    "read_parquet",
    "register_language",
    "score_gnqa",
    "score_polnear",
    "supported_languages",
    "unregister_language",
    "write_article",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
