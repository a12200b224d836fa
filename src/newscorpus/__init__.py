"""newscorpus: turn folders of news articles into who said what.

The public API is flat: import everything from ``newscorpus``. Nothing is computed or even
imported at import time: each name is imported from its module on first use, and lexicons and
indexes are loaded when they are first needed. That keeps ``import newscorpus`` and the start of
the command line fast (and a Ctrl-C during that start lands in the command line's handler).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from newscorpus._corpus.corpus import (
        ConcordanceLine,
        Corpus,
        QuoteHit,
        Stats,
    )
    from newscorpus._corpus.load import (
        load,
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
        MetadataWarning,
        ModelError,
        NewsCorpusError,
        NewsCorpusWarning,
        QueryError,
        RecordError,
        SeedFormatError,
        UnsupportedLanguageError,
        WriteError,
    )
    from newscorpus._extract.language import (
        detect_language,
    )
    from newscorpus._extract.languages import (
        ContentEnd,
        Language,
        SpeakerGrammar,
        get_language,
        register_language,
        supported_languages,
        unregister_language,
    )
    from newscorpus._extract.pipeline import (
        annotate_article,
        extract_quotes,
    )
    from newscorpus._folding import (
        fold,
    )
    from newscorpus._identity.aliases import (
        AliasEntry,
        AliasTable,
        read_alias_table,
    )
    from newscorpus._io.converter import (
        SCHEMA_VERSION,
        make_converter,
    )
    from newscorpus._io.dates import (
        parse_date,
        parse_period,
    )
    from newscorpus._io.jsonld import (
        JSONLD_NAMESPACE,
        to_jsonld,
        write_jsonld,
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
        MAX_ARTICLE_BYTES,
        MAX_COMPRESSION_RATIO,
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
    from newscorpus._review import (
        render_html,
        write_review,
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

#: The module (inside this package) that defines each public name.
_HOMES: Final[dict[str, str]] = {
    "ConcordanceLine": "_corpus.corpus",
    "Corpus": "_corpus.corpus",
    "QuoteHit": "_corpus.corpus",
    "Stats": "_corpus.corpus",
    "load": "_corpus.load",
    "AliasTableError": "_exceptions",
    "ArchiveError": "_exceptions",
    "ArchiveMemberError": "_exceptions",
    "CorpusLookupError": "_exceptions",
    "DateParseError": "_exceptions",
    "DecodeError": "_exceptions",
    "DuplicateArticleError": "_exceptions",
    "GoldFormatError": "_exceptions",
    "LexiconError": "_exceptions",
    "MetadataError": "_exceptions",
    "MetadataWarning": "_exceptions",
    "ModelError": "_exceptions",
    "NewsCorpusError": "_exceptions",
    "NewsCorpusWarning": "_exceptions",
    "QueryError": "_exceptions",
    "RecordError": "_exceptions",
    "SeedFormatError": "_exceptions",
    "UnsupportedLanguageError": "_exceptions",
    "WriteError": "_exceptions",
    "detect_language": "_extract.language",
    "ContentEnd": "_extract.languages",
    "Language": "_extract.languages",
    "SpeakerGrammar": "_extract.languages",
    "get_language": "_extract.languages",
    "register_language": "_extract.languages",
    "supported_languages": "_extract.languages",
    "unregister_language": "_extract.languages",
    "annotate_article": "_extract.pipeline",
    "extract_quotes": "_extract.pipeline",
    "fold": "_folding",
    "AliasEntry": "_identity.aliases",
    "AliasTable": "_identity.aliases",
    "read_alias_table": "_identity.aliases",
    "SCHEMA_VERSION": "_io.converter",
    "ArrowTables": "_io.parquet",
    "read_parquet": "_io.parquet",
    "write_parquet": "_io.parquet",
    "TABLE_SCHEMAS": "_io.tables",
    "TableColumn": "_io.tables",
    "arrow_schema": "_io.tables",
    "make_converter": "_io.converter",
    "parse_date": "_io.dates",
    "parse_period": "_io.dates",
    "JSONLD_NAMESPACE": "_io.jsonld",
    "to_jsonld": "_io.jsonld",
    "write_jsonld": "_io.jsonld",
    "ArticleMetadata": "_io.metadata",
    "read_metadata": "_io.metadata",
    "MAX_ARTICLE_BYTES": "_io.reader",
    "MAX_COMPRESSION_RATIO": "_io.reader",
    "iter_articles": "_io.reader",
    "parse_article": "_io.reader",
    "read_article": "_io.reader",
    "write_article": "_io.reader",
    "QUOTE_COLUMNS": "_io.serialize",
    "dumps": "_io.serialize",
    "iter_quote_rows": "_io.serialize",
    "iter_quote_rows_for_hits": "_io.serialize",
    "loads": "_io.serialize",
    "read_jsonl": "_io.serialize",
    "write_csv": "_io.serialize",
    "write_jsonl": "_io.serialize",
    "Article": "_model",
    "ArticleWarning": "_model",
    "Mention": "_model",
    "Quote": "_model",
    "QuoteKind": "_model",
    "Span": "_model",
    "Speaker": "_model",
    "SpeakerKind": "_model",
    "render_html": "_review",
    "write_review": "_review",
    "ContentScore": "evaluation",
    "EvaluationReport": "evaluation",
    "GoldDocument": "evaluation",
    "GoldFormat": "evaluation",
    "GoldQuote": "evaluation",
    "GoldRole": "evaluation",
    "RoleScore": "evaluation",
    "TypeRecall": "evaluation",
    "evaluate": "evaluation",
    "gold_quotes_as_predictions": "evaluation",
    "read_gold": "evaluation",
    "score_gnqa": "evaluation",
    "score_polnear": "evaluation",
}
#: Public subpackages, reachable as attributes like the names.
_SUBPACKAGES: Final = frozenset({"dask", "evaluation"})

__all__ = [
    "JSONLD_NAMESPACE",
    "MAX_ARTICLE_BYTES",
    "MAX_COMPRESSION_RATIO",
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
    "ContentEnd",
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
    "MetadataWarning",
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
    "WriteError",
    "annotate_article",
    "arrow_schema",
    "detect_language",
    "dumps",
    "evaluate",
    "extract_quotes",
    "fold",
    "get_language",
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
    "render_html",
    "score_gnqa",
    "score_polnear",
    "supported_languages",
    "to_jsonld",
    "unregister_language",
    "write_article",
    "write_csv",
    "write_jsonl",
    "write_jsonld",
    "write_parquet",
    "write_review",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - any public object
    if name == "__version__":
        return _version()
    if name in _SUBPACKAGES:
        return importlib.import_module(f"newscorpus.{name}")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newscorpus' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"newscorpus.{home}"), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBPACKAGES, "__version__"})


def _version() -> str:
    """The installed distribution's version (``0+unknown`` when run from a source tree)."""
    from importlib import metadata  # noqa: PLC0415 - only when asked: it is slow to import

    try:
        return metadata.version("newscorpus")
    except metadata.PackageNotFoundError:
        return "0+unknown"
