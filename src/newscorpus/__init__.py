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
    from newscorpus._aliases import (
        AliasEntry,
        AliasTable,
        read_alias_table,
    )
    from newscorpus._converter import (
        SCHEMA_VERSION,
        make_converter,
    )
    from newscorpus._corpus import (
        ConcordanceLine,
        Corpus,
        QuoteHit,
        Stats,
        load,
    )
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
        AliasTableError,
        ArchiveError,
        ArchiveMemberError,
        CorpusLookupError,
        DateParseError,
        DecodeError,
        DuplicateArticleError,
        GoldFormatError,
        MetadataError,
        MetadataWarning,
        ModelError,
        NewsCorpusError,
        NewsCorpusWarning,
        QueryError,
        RecordError,
        SeedFormatError,
    )
    from newscorpus._extract import (
        annotate_article,
        extract_quotes,
    )
    from newscorpus._folding import (
        fold,
    )
    from newscorpus._language import (
        detect_language,
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
        MAX_ARTICLE_BYTES,
        MAX_COMPRESSION_RATIO,
        iter_articles,
        parse_article,
        read_article,
        write_article,
    )
    from newscorpus._serialize import (
        QUOTE_COLUMNS,
        dumps,
        iter_quote_rows,
        iter_quote_rows_for_hits,
        loads,
        read_jsonl,
        write_csv,
        write_jsonl,
    )

#: The module (inside this package) that defines each public name.
_HOMES: Final[dict[str, str]] = {
    "AliasEntry": "_aliases",
    "AliasTable": "_aliases",
    "read_alias_table": "_aliases",
    "SCHEMA_VERSION": "_converter",
    "make_converter": "_converter",
    "ConcordanceLine": "_corpus",
    "Corpus": "_corpus",
    "QuoteHit": "_corpus",
    "Stats": "_corpus",
    "load": "_corpus",
    "parse_date": "_dates",
    "parse_period": "_dates",
    "ContentScore": "_evaluate",
    "EvaluationReport": "_evaluate",
    "GoldDocument": "_evaluate",
    "GoldFormat": "_evaluate",
    "GoldQuote": "_evaluate",
    "GoldRole": "_evaluate",
    "RoleScore": "_evaluate",
    "TypeRecall": "_evaluate",
    "evaluate": "_evaluate",
    "gold_quotes_as_predictions": "_evaluate",
    "read_gold": "_evaluate",
    "score_gnqa": "_evaluate",
    "score_polnear": "_evaluate",
    "AliasTableError": "_exceptions",
    "ArchiveError": "_exceptions",
    "ArchiveMemberError": "_exceptions",
    "CorpusLookupError": "_exceptions",
    "DateParseError": "_exceptions",
    "DecodeError": "_exceptions",
    "DuplicateArticleError": "_exceptions",
    "GoldFormatError": "_exceptions",
    "MetadataError": "_exceptions",
    "MetadataWarning": "_exceptions",
    "ModelError": "_exceptions",
    "NewsCorpusError": "_exceptions",
    "NewsCorpusWarning": "_exceptions",
    "QueryError": "_exceptions",
    "RecordError": "_exceptions",
    "SeedFormatError": "_exceptions",
    "annotate_article": "_extract",
    "extract_quotes": "_extract",
    "fold": "_folding",
    "detect_language": "_language",
    "ArticleMetadata": "_metadata",
    "read_metadata": "_metadata",
    "Article": "_model",
    "ArticleWarning": "_model",
    "Mention": "_model",
    "Quote": "_model",
    "QuoteKind": "_model",
    "Span": "_model",
    "Speaker": "_model",
    "SpeakerKind": "_model",
    "MAX_ARTICLE_BYTES": "_reader",
    "MAX_COMPRESSION_RATIO": "_reader",
    "iter_articles": "_reader",
    "parse_article": "_reader",
    "read_article": "_reader",
    "write_article": "_reader",
    "QUOTE_COLUMNS": "_serialize",
    "dumps": "_serialize",
    "iter_quote_rows": "_serialize",
    "iter_quote_rows_for_hits": "_serialize",
    "loads": "_serialize",
    "read_jsonl": "_serialize",
    "write_csv": "_serialize",
    "write_jsonl": "_serialize",
}

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_COMPRESSION_RATIO",
    "QUOTE_COLUMNS",
    "SCHEMA_VERSION",
    "AliasEntry",
    "AliasTable",
    "AliasTableError",
    "ArchiveError",
    "ArchiveMemberError",
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
    "SpeakerKind",
    "Stats",
    "TypeRecall",
    "annotate_article",
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
    "score_gnqa",
    "score_polnear",
    "write_article",
    "write_csv",
    "write_jsonl",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - any public object
    if name == "__version__":
        return _version()
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newscorpus' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"newscorpus.{home}"), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "__version__"})


def _version() -> str:
    """The installed distribution's version (``0+unknown`` when run from a source tree)."""
    from importlib import metadata  # noqa: PLC0415 - only when asked: it is slow to import

    try:
        return metadata.version("newscorpus")
    except metadata.PackageNotFoundError:
        return "0+unknown"
