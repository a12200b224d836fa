"""The three tables of a corpus (articles, quotes, speakers) as data, and rows for them.

:data:`TABLE_SCHEMAS` is the one description of the columns that ``Corpus.to_arrow()``,
``write_parquet`` and the Dask path write and that ``read_parquet`` and ``load()`` read: a
name, an Arrow type (by name, see :data:`ARROW_TYPE_NAMES`), whether it may be null, and what
it holds. ``docs/tables.md`` shows the same table; a test keeps the two in step.

This module needs no pyarrow: :func:`arrow_schema` imports it when it builds a schema. The
functions here turn an :class:`Article` into plain rows (dicts in column order) and rows back
into Articles, so that every writer and reader shares one mapping.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import attrs

from newscorpus._exceptions import RecordError
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

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from newscorpus._identity.speakers import SpeakerTally

__all__ = [
    "ARROW_TYPE_NAMES",
    "TABLE_NAMES",
    "TABLE_SCHEMAS",
    "TABLE_SCHEMA_VERSION",
    "TableColumn",
    "add_to_tally",
    "arrow_schema",
    "article_from_rows",
    "article_row",
    "quote_rows_of",
    "speaker_row",
]

#: The version of the table layout; written into every Parquet file's key-value metadata.
TABLE_SCHEMA_VERSION: Final = 1
_INT64_MIN: Final = -(2**63)
_INT64_MAX: Final = 2**63 - 1
#: The tables, in the order ``to_arrow()`` returns them and of the export folder's subfolders.
TABLE_NAMES: Final = ("articles", "quotes", "speakers")


@attrs.frozen(kw_only=True)
class TableColumn:
    """One column of a table: its name, Arrow type name, nullability and meaning."""

    name: str
    type: str
    nullable: bool
    doc: str


def _column(name: str, type_name: str, doc: str, *, nullable: bool = True) -> TableColumn:
    return TableColumn(name=name, type=type_name, nullable=nullable, doc=doc)


def _mention_columns(name: str, what: str) -> tuple[TableColumn, ...]:
    return (
        _column(name, "string", f"{what}: its text (parts joined by ' … ')"),
        _column(f"{name}_start", "int32", f"{what}: start offset in the article text"),
        _column(f"{name}_end", "int32", f"{what}: end offset (exclusive)"),
        _column(
            f"{name}_parts",
            "list<span>",
            f"{what}: the spans of a discontinuous mention, else empty",
        ),
    )


_ARTICLE_COLUMNS: Final = (
    _column("id", "string", "article id", nullable=False),
    _column("index", "int64", "the number of the seed file (NNN_), if any"),
    _column("title", "string", "headline", nullable=False),
    _column("text", "string", "title, a blank line, paragraphs one per line", nullable=False),
    _column("paragraphs", "list<string>", "the paragraphs", nullable=False),
    _column("published", "date32", "publication day, in the article's own time zone"),
    _column(
        "published_at",
        "timestamp",
        "publication instant in UTC; a datetime without time zone is its wall clock",
    ),
    _column(
        "published_utc_offset",
        "int32",
        "seconds east of UTC of a datetime with a time zone; null for a date or a naive time",
    ),
    _column("language", "dictionary<string>", "BCP 47 language tag"),
    _column("outlet", "dictionary<string>", "outlet name"),
    _column("source", "string", "where the article was read from"),
    _column("paragraph_count", "int32", "paragraphs", nullable=False),
    _column("word_count", "int32", "white-space separated words", nullable=False),
    _column("quote_count", "int32", "quotes in the article", nullable=False),
    _column("speakers", "list<speaker>", "the article's own speakers", nullable=False),
    _column("warnings", "list<warning>", "data-quality warnings", nullable=False),
)

_QUOTE_COLUMNS: Final = (
    _column("article_id", "string", "the article the quote is in", nullable=False),
    _column("quote_index", "int32", "position among the article's quotes", nullable=False),
    _column("published", "date32", "the article's publication day"),
    _column("language", "dictionary<string>", "the article's language"),
    _column("outlet", "dictionary<string>", "the article's outlet"),
    _column(
        "kind", "dictionary<string>", "direct, indirect, free_indirect or reported", nullable=False
    ),
    _column(
        "text",
        "string",
        "the text from start to end: what was said, without quotation marks (with parts: the "
        "frame between them too)",
        nullable=False,
    ),
    _column("start", "int32", "start offset in the article text", nullable=False),
    _column("end", "int32", "end offset (exclusive)", nullable=False),
    _column("paragraph", "int32", "1-based paragraph where the quote starts; null in the title"),
    _column(
        "parts",
        "list<span>",
        "the content spans of a quote its frame interrupts (frame left out), else empty",
        nullable=False,
    ),
    _column(
        "enclosing",
        "int32",
        "quote_index of the quote this one stands inside (same article); null if none",
    ),
    _column("speaker_id", "string", "corpus-level speaker id (the speakers table's id)"),
    _column("speaker_name", "string", "corpus-level speaker name"),
    _column(
        "co_speaker_ids",
        "list<string>",
        "the other speakers of a quote said together, corpus-level: their ids (the speakers "
        "table's), each once and not the first speaker's, in text order; else empty",
        nullable=False,
    ),
    _column(
        "co_speaker_names",
        "list<string>",
        "the names of those corpus-level speakers (as co_speaker_ids); else empty",
        nullable=False,
    ),
    _column("article_speaker_id", "string", "the speaker as the article names it: id"),
    _column("article_speaker_name", "string", "the speaker as the article names it: name"),
    _column("article_speaker_aliases", "list<string>", "the article speaker's aliases"),
    _column("article_speaker_roles", "list<string>", "the article speaker's roles"),
    _column("article_speaker_kind", "dictionary<string>", "person, organisation or unknown"),
    _column(
        "article_speaker_generic",
        "bool",
        "whether the article names the speaker only by a common noun (a role, 'die Polizei')",
    ),
    _column(
        "article_co_speakers",
        "list<speaker>",
        "the other speakers of a quote said together ('Anna und Ben sagten'), as the article "
        "names them, in text order; else empty",
        nullable=False,
    ),
    *_mention_columns("speaker_mention", "the words naming the speaker"),
    *_mention_columns("cue", "the words signalling speech"),
    *_mention_columns("frame", "the reporting frame"),
    *_mention_columns("addressee", "whom the speech is addressed to"),
)

_SPEAKER_COLUMNS: Final = (
    _column("id", "string", "corpus-level speaker id (unique slug)", nullable=False),
    _column("name", "string", "canonical name", nullable=False),
    _column("aliases", "list<string>", "other names seen for the speaker", nullable=False),
    _column("roles", "list<string>", "role descriptions", nullable=False),
    _column("kind", "dictionary<string>", "person, organisation or unknown", nullable=False),
    _column(
        "generic",
        "bool",
        "named only by a common noun in every article (a role, 'Polizei'): not one person",
        nullable=False,
    ),
    _column(
        "quote_count",
        "int64",
        "quotes attributed to the speaker, those said together with others included",
        nullable=False,
    ),
    _column("article_count", "int64", "articles quoting the speaker", nullable=False),
    _column("external_id", "string", "the alias table's external id (e.g. a Wikidata QID)"),
)

#: The columns of each table, in order: ``TABLE_SCHEMAS["quotes"]`` and so on.
TABLE_SCHEMAS: Final[Mapping[str, tuple[TableColumn, ...]]] = {
    "articles": _ARTICLE_COLUMNS,
    "quotes": _QUOTE_COLUMNS,
    "speakers": _SPEAKER_COLUMNS,
}

#: The Arrow type names that the schemas use, and what they stand for.
ARROW_TYPE_NAMES: Final[Mapping[str, str]] = {
    "string": "utf8",
    "int32": "int32",
    "int64": "int64",
    "bool": "bool",
    "date32": "date32 (days)",
    "timestamp": "timestamp[us, tz=UTC]",
    "dictionary<string>": "dictionary<values=utf8, indices=int32>",
    "list<string>": "list<utf8>",
    "list<span>": "list<struct<start: int32, end: int32>>",
    "list<speaker>": (
        "list<struct<id: utf8, name: utf8, aliases: list<utf8>, roles: list<utf8>, kind: utf8, "
        "generic: bool>>"
    ),
    "list<warning>": "list<struct<code: utf8, message: utf8, line: int32>>",
}


def _arrow_type(pa: Any, name: str) -> Any:  # noqa: ANN401 - pyarrow has no type hints
    strings = pa.list_(pa.string())
    types = {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "bool": pa.bool_(),
        "date32": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "dictionary<string>": pa.dictionary(pa.int32(), pa.string()),
        "list<string>": strings,
        "list<span>": pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())])),
        "list<speaker>": pa.list_(
            pa.struct(
                [
                    ("id", pa.string()),
                    ("name", pa.string()),
                    ("aliases", strings),
                    ("roles", strings),
                    ("kind", pa.string()),
                    ("generic", pa.bool_()),
                ]
            )
        ),
        "list<warning>": pa.list_(
            pa.struct([("code", pa.string()), ("message", pa.string()), ("line", pa.int32())])
        ),
    }
    return types[name]


def arrow_schema(table: str) -> Any:  # noqa: ANN401 - a pyarrow.Schema; pyarrow is optional
    """The ``pyarrow.Schema`` of ``"articles"``, ``"quotes"`` or ``"speakers"``.

    Needs the ``arrow`` extra (``pip install 'newscorpus[arrow]'``).
    """
    from newscorpus._io.extras import import_pyarrow  # noqa: PLC0415 - pyarrow is optional

    pa = import_pyarrow("arrow_schema()")
    if table not in TABLE_SCHEMAS:
        from newscorpus._exceptions import QueryError  # noqa: PLC0415 - only on misuse

        raise QueryError(f"table must be one of {', '.join(map(repr, TABLE_NAMES))}, got {table!r}")
    fields = [
        pa.field(column.name, _arrow_type(pa, column.type), nullable=column.nullable)
        for column in TABLE_SCHEMAS[table]
    ]
    metadata = {b"newscorpus.table": table.encode(), b"newscorpus.schema_version": b"1"}
    return pa.schema(fields, metadata=metadata)


# --------------------------------------------------------------------------------------------
# Article -> rows


def _day_of(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _published_columns(value: dt.date | dt.datetime | None) -> tuple[Any, Any, Any]:
    if value is None:
        return None, None, None
    if not isinstance(value, dt.datetime):
        return value, None, None
    offset = value.utcoffset()
    if offset is None:
        # A naive datetime: its wall clock, stored as if it were UTC (the offset says it is not).
        return value.date(), value.replace(tzinfo=dt.timezone.utc), None
    try:
        instant = value.astimezone(dt.timezone.utc)
    except OverflowError:
        raise RecordError(
            f"cannot be stored: {value.isoformat()} is outside the years 1 to 9999 in UTC",
            field="published",
        ) from None
    return value.date(), instant, int(offset.total_seconds())


def _speaker_struct(speaker: Speaker) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "roles": list(speaker.roles),
        "kind": speaker.kind.value,
        "generic": speaker.generic,
    }


def article_row(article: Article) -> dict[str, Any]:
    """The articles-table row of ``article``.

    Raises :class:`RecordError` for a value the table cannot hold: an ``index`` beyond 64 bits,
    or a ``published`` time that is outside the years 1 to 9999 once moved to UTC.
    """
    if article.index is not None and not _INT64_MIN <= article.index <= _INT64_MAX:
        raise RecordError(
            f"cannot be stored in a 64-bit column, got {article.index}", field="index"
        )
    published, published_at, offset = _published_columns(article.published)
    return {
        "id": article.id,
        "index": article.index,
        "title": article.title,
        "text": article.text,
        "paragraphs": list(article.paragraphs),
        "published": published,
        "published_at": published_at,
        "published_utc_offset": offset,
        "language": article.language,
        "outlet": article.outlet,
        "source": article.source,
        "paragraph_count": len(article.paragraphs),
        "word_count": article.word_count,
        "quote_count": len(article.quotes),
        "speakers": [_speaker_struct(speaker) for speaker in article.speakers],
        "warnings": [
            {"code": warning.code, "message": warning.message, "line": warning.line}
            for warning in article.warnings
        ],
    }


def _mention_cells(name: str, mention: Mention | None) -> dict[str, Any]:
    if mention is None:
        return {name: None, f"{name}_start": None, f"{name}_end": None, f"{name}_parts": []}
    return {
        name: mention.text,
        f"{name}_start": mention.span.start,
        f"{name}_end": mention.span.end,
        f"{name}_parts": [{"start": part.start, "end": part.end} for part in mention.parts],
    }


def quote_rows_of(
    article: Article,
    corpus_speakers: Sequence[Speaker | None] | None = None,
    corpus_co_speakers: Sequence[Sequence[Speaker]] | None = None,
) -> Iterator[dict[str, Any]]:
    """The quotes-table rows of ``article``'s quotes.

    ``corpus_speakers`` gives each quote's corpus-level speaker and ``corpus_co_speakers`` its
    other corpus-level speakers (by quote position); without them the corpus-level columns are
    null and empty.
    """
    published = None if article.published is None else _day_of(article.published)
    starts = [span.start for span in article.paragraph_spans()]
    for number, quote in enumerate(article.quotes):
        corpus = None if corpus_speakers is None else corpus_speakers[number]
        together = () if corpus_co_speakers is None else corpus_co_speakers[number]
        own = quote.speaker
        row: dict[str, Any] = {
            "article_id": article.id,
            "quote_index": number,
            "published": published,
            "language": article.language,
            "outlet": article.outlet,
            "kind": quote.kind.value,
            "text": quote.text,
            "start": quote.span.start,
            "end": quote.span.end,
            "paragraph": bisect.bisect_right(starts, quote.span.start) or None,
            "parts": [{"start": part.start, "end": part.end} for part in quote.parts],
            "enclosing": quote.enclosing,
            "speaker_id": None if corpus is None else corpus.id,
            "speaker_name": None if corpus is None else corpus.name,
            "co_speaker_ids": [other.id for other in together],
            "co_speaker_names": [other.name for other in together],
            "article_speaker_id": None if own is None else own.id,
            "article_speaker_name": None if own is None else own.name,
            "article_speaker_aliases": [] if own is None else list(own.aliases),
            "article_speaker_roles": [] if own is None else list(own.roles),
            "article_speaker_kind": None if own is None else own.kind.value,
            "article_speaker_generic": None if own is None else own.generic,
            "article_co_speakers": [_speaker_struct(other) for other in quote.co_speakers],
        }
        for name in ("speaker_mention", "cue", "frame", "addressee"):
            row.update(_mention_cells(name, getattr(quote, name)))
        yield row


def speaker_row(
    speaker: Speaker, *, quote_count: int, article_count: int, external_id: str | None
) -> dict[str, Any]:
    """The speakers-table row of a corpus-level speaker."""
    return {
        **_speaker_struct(speaker),
        "quote_count": quote_count,
        "article_count": article_count,
        "external_id": external_id,
    }


# --------------------------------------------------------------------------------------------
# Rows -> Article

_KINDS: Final = {kind.value: kind for kind in QuoteKind}
_SPEAKER_KINDS: Final = {kind.value: kind for kind in SpeakerKind}


def _published_of(row: Mapping[str, Any]) -> dt.date | dt.datetime | None:
    instant: dt.datetime | None = row["published_at"]
    if instant is None:
        day: dt.date | None = row["published"]
        return day
    offset: int | None = row["published_utc_offset"]
    if offset is None:
        return instant.replace(tzinfo=None)
    zone = dt.timezone(dt.timedelta(seconds=offset))
    return instant.astimezone(zone)


def _speaker_of(cells: Mapping[str, Any]) -> Speaker:
    return Speaker(
        id=cells["id"],
        name=cells["name"],
        aliases=tuple(cells["aliases"] or ()),
        roles=tuple(cells["roles"] or ()),
        kind=_SPEAKER_KINDS[cells["kind"]],
        # A table written before speakers could be generic has no such field.
        generic=bool(cells.get("generic")),
    )


def _mention_of(row: Mapping[str, Any], name: str) -> Mention | None:
    text: str | None = row[name]
    if text is None:
        return None
    parts = tuple(Span(start=part["start"], end=part["end"]) for part in row[f"{name}_parts"] or ())
    return Mention(
        text=text, span=Span(start=row[f"{name}_start"], end=row[f"{name}_end"]), parts=parts
    )


def _quote_of(row: Mapping[str, Any]) -> Quote:
    speaker = None
    if row["article_speaker_id"] is not None:
        speaker = _speaker_of(
            {
                "id": row["article_speaker_id"],
                "name": row["article_speaker_name"],
                "aliases": row["article_speaker_aliases"],
                "roles": row["article_speaker_roles"],
                "kind": row["article_speaker_kind"],
                "generic": row.get("article_speaker_generic"),
            }
        )
    # A table written before quotes had parts and nesting lacks the two columns.
    parts = tuple(Span(start=part["start"], end=part["end"]) for part in row.get("parts") or ())
    return Quote(
        text=row["text"],
        kind=_KINDS[row["kind"]],
        span=Span(start=row["start"], end=row["end"]),
        speaker=speaker,
        speaker_mention=_mention_of(row, "speaker_mention"),
        cue=_mention_of(row, "cue"),
        frame=_mention_of(row, "frame"),
        addressee=_mention_of(row, "addressee"),
        parts=parts,
        enclosing=row.get("enclosing"),
        # A table written before quotes had co-speakers lacks the column.
        co_speakers=tuple(map(_speaker_of, row.get("article_co_speakers") or ())),
    )


def article_from_rows(row: Mapping[str, Any], quote_rows: Sequence[Mapping[str, Any]]) -> Article:
    """The Article of an articles-table row and its quotes-table rows (in quote order)."""
    return Article(
        id=row["id"],
        title=row["title"],
        paragraphs=tuple(row["paragraphs"]),
        index=row["index"],
        language=row["language"],
        published=_published_of(row),
        source=row["source"],
        outlet=row["outlet"],
        quotes=tuple(_quote_of(quote) for quote in quote_rows),
        speakers=tuple(_speaker_of(cells) for cells in row["speakers"]),
        warnings=tuple(
            ArticleWarning(code=cells["code"], message=cells["message"], line=cells["line"])
            for cells in row["warnings"]
        ),
    )


# --------------------------------------------------------------------------------------------
# What the corpus-level speaker merge needs of an article


def add_to_tally(tally: SpeakerTally, article: Article) -> list[int]:
    """Add what the corpus-level speaker merge needs of ``article`` to ``tally`` (one call per
    article, in corpus order): its speakers, its quotes' speakers and the other speakers of its
    quotes said together. What the streaming writers keep of each article.

    Returns each quote's speaker as its member number in the tally (-1: none).
    """
    quotes = article.quotes
    return tally.add(
        article.speakers,
        [quote.speaker for quote in quotes],
        {number: quote.co_speakers for number, quote in enumerate(quotes) if quote.co_speakers},
    )
