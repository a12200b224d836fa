"""JSON, JSON Lines and CSV for articles and quotes.

``dumps``/``loads`` turn one model object (or a sequence of them) into JSON text and back;
``write_jsonl``/``read_jsonl`` store articles one per line; ``iter_quote_rows``/``write_csv``
flatten the quotes into a table. Writers take a path (written atomically) or an open text stream.
The formats are described in ``docs/format.md``.

orjson is used when it is importable (the ``fast`` extra); the output text is the same either way.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import csv
import functools
import gzip
import io
import itertools
import json
import os
import tempfile
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, TypeVar

from cattrs.errors import StructureHandlerNotFoundError

from newscorpus._exceptions import (
    ArchiveError,
    NewsCorpusWarning,
    QueryError,
    RecordError,
    WriteError,
    shown_path,
)
from newscorpus._identity.merged import MergedArticles
from newscorpus._io.atomic import open_atomic, open_atomic_bytes
from newscorpus._io.converter import make_converter
from newscorpus._io.jsonkeys import KeyGivenTwice, object_with_unique_keys
from newscorpus._model import Article, ArticleWarning, Mention, Quote, Span, Speaker

try:
    import orjson
except ImportError:  # the optional "fast" extra is not installed
    _HAS_ORJSON = False
else:
    _HAS_ORJSON = True

if TYPE_CHECKING:
    import cattrs

    from newscorpus._identity.aliases import AliasSource

__all__ = [
    "MAX_RECORD_BYTES",
    "QUOTE_COLUMNS",
    "ErrorMode",
    "Record",
    "dumps",
    "iter_corpus_quote_rows",
    "iter_jsonl_bytes",
    "iter_quote_rows",
    "iter_quote_rows_for_hits",
    "list_cell",
    "loads",
    "read_jsonl",
    "write_csv",
    "write_csv_table",
    "write_jsonl",
]

T = TypeVar("T")

#: The model objects that :func:`dumps` writes and :func:`loads` reads.
Record: TypeAlias = "Article | ArticleWarning | Mention | Quote | Span | Speaker"
_RECORD_TYPES = (Article, ArticleWarning, Mention, Quote, Span, Speaker)

#: What :func:`read_jsonl` does with a line it cannot load.
ErrorMode: TypeAlias = Literal["raise", "warn", "skip"]
_ERROR_MODES = ("raise", "warn", "skip")

#: The columns of :func:`iter_quote_rows` and :func:`write_csv`, in order. ``speaker_id`` and
#: ``speaker_name`` are the corpus-level speaker (merged across articles, as
#: :meth:`Corpus.speakers` lists it); ``article_speaker_*`` the speaker as the article names it.
#: The same names as the quotes table of :meth:`Corpus.to_arrow` (``docs/tables.md``).
QUOTE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "title",
    "published",
    "outlet",
    "source",
    "language",
    "speaker_id",
    "speaker_name",
    "article_speaker_id",
    "article_speaker_name",
    "article_speaker_roles",
    "co_speaker_ids",
    "co_speaker_names",
    "article_co_speaker_ids",
    "article_co_speaker_names",
    "speaker_mention",
    "kind",
    "cue",
    "quote",
    "start",
    "end",
    "paragraph",
    "parts",
    "enclosing",
    "addressee",
    "frame",
)

#: Joins the items of a list in one cell: roles, co-speakers. Inside an item, every ";" and
#: "\\" is escaped with a backslash, so each ";" left is a separator (see list_cell).
_LIST_JOINER = "; "
_LIST_ITEM_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;"})
#: Spreadsheet programs run a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_JSON_WHITESPACE = " \t\r\n"
_STREAM_NAME = "<stream>"
_TOO_LONG_INTEGER = "an integer has more digits than can be read (4,300 at most)"
#: The longest JSON Lines record read from a file, in bytes; a longer line is an error (it
#: bounds the memory one line of a file, or of a gzip bomb, can take).
MAX_RECORD_BYTES = 256 * 1024 * 1024
#: Bytes read at a time while passing over the rest of a record that is too long.
_SKIP_CHUNK_BYTES = 1024 * 1024


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


def dumps(obj: Record | Sequence[Record], *, indent: int | None = None) -> str:
    """Return ``obj`` (a model object or a sequence of them) as JSON text.

    Keys appear in field order; non-ASCII characters are written as they are. With ``indent``
    the text is pretty-printed with that many spaces, otherwise it is compact (one line).
    """
    return _encode(_unstructure(obj), indent)


def loads(text: str, cls: type[T]) -> T:
    """Load JSON ``text`` as an object of ``cls`` (a model class), strictly.

    Raises :class:`RecordError` for text that is not JSON (with its line and column) or that
    gives a key twice in one object, and for a record that does not describe a valid ``cls``
    (with the path of the offending field).
    """
    data = _decode(text)
    try:
        return _converter().structure(data, cls)
    except StructureHandlerNotFoundError:
        raise QueryError(
            "loads builds model objects (Article, ArticleWarning, Mention, Quote, Span, "
            f"Speaker, or a tuple of them), got {cls!r}"
        ) from None


def list_cell(items: Iterable[str]) -> str | None:
    """The items of a list as one table cell, joined by ``"; "``; None for no items.

    A backslash goes before every ``;`` and ``\\`` inside an item ("Sprecher; Berater" is
    written ``Sprecher\\; Berater``, "a\\b" ``a\\\\b``), so a separator is any ``;`` not
    escaped, and the items read back as they were (``docs/format.md``).
    """
    return _LIST_JOINER.join(item.translate(_LIST_ITEM_ESCAPES) for item in items) or None


def write_jsonl(articles: Iterable[Article], destination: str | os.PathLike[str] | IO[str]) -> int:
    """Write one compact JSON record per article and line; return how many were written.

    ``destination`` is a path (written atomically, UTF-8, ``\\n`` line ends; gzip-compressed
    when it ends in ``.gz``) or an open text stream such as ``sys.stdout``.
    """
    if isinstance(destination, (str, os.PathLike)) and os.fspath(destination).lower().endswith(
        ".gz"
    ):
        with (
            open_atomic_bytes(destination) as raw,
            gzip.open(raw, "wt", encoding="utf-8", newline="\n") as stream,
        ):
            return _write_jsonl_lines(articles, stream)
    if isinstance(destination, (str, os.PathLike)):
        with open_atomic(destination, newline="\n") as stream:
            return _write_jsonl_lines(articles, stream)
    return _write_jsonl_lines(articles, destination)


def read_jsonl(
    source: str | os.PathLike[str] | IO[str], *, errors: ErrorMode = "raise"
) -> Iterator[Article]:
    """Yield the articles of a JSON Lines file (a path or an open text stream), one at a time.

    Blank lines are skipped. A line that cannot be loaded raises :class:`RecordError` naming
    the file, line and field; with ``errors="warn"`` a :class:`NewsCorpusWarning` is issued
    instead and reading goes on, with ``errors="skip"`` the line is passed over silently.
    A path is opened when iteration starts; a path ending in ``.gz`` is read through gzip.
    """
    if errors not in _ERROR_MODES:
        raise QueryError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    if isinstance(source, (str, os.PathLike)):
        return _load_lines(_read_path_lines(source), os.fspath(source), errors)
    name = getattr(source, "name", None)
    return _load_lines(source, name if isinstance(name, str) else _STREAM_NAME, errors)


def iter_jsonl_bytes(
    data: bytes, *, location: str, errors: ErrorMode = "raise"
) -> Iterator[Article]:
    """Yield the articles of a JSON Lines file's bytes (gzip-compressed if ``location`` ends in
    ``.gz``), as :func:`read_jsonl` reads that file; ``location`` is named in errors."""
    if errors not in _ERROR_MODES:
        raise QueryError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    if location.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise RecordError(f"cannot decompress: {error}", path=location) from None
    # Split as reading the file would: at "\n" only.
    lines = io.BytesIO(data.removeprefix(codecs.BOM_UTF8))
    return _load_lines(lines, location, errors)


def iter_quote_rows(
    articles: Iterable[Article], *, aliases: AliasSource | None = None
) -> Iterator[dict[str, str | int | None]]:
    """Yield one flat row per quote, with the keys of :data:`QUOTE_COLUMNS` in that order.

    ``speaker_id``/``speaker_name`` are the corpus-level speaker: the speakers of all the given
    ``articles`` are merged as :meth:`Corpus.speakers` merges them (with the user alias table
    ``aliases``, if given; a :class:`Corpus` brings its own). ``article_speaker_id``,
    ``article_speaker_name`` and ``article_speaker_roles`` are the speaker as the quote's article
    names it. A quote said together ("Anna Berg und Ben Schmidt sagten") has its other speakers
    in ``co_speaker_ids``/``co_speaker_names`` (corpus-level) and
    ``article_co_speaker_ids``/``article_co_speaker_names`` (as the article names them), in text
    order; they are None for a quote of one speaker. Roles and co-speakers are joined by
    ``"; "``, with a backslash before each ``;`` and ``\\`` inside an item
    (``docs/format.md``). ``published`` is ISO 8601,
    ``speaker_mention`` and ``cue`` the mentions' text, ``quote`` the quote's content (its parts'
    text joined by ``" … "`` for a quote its frame interrupts), ``paragraph`` the 1-based number of
    the paragraph where the quote starts (``None`` for a quote in the title), ``parts`` the parts'
    offsets as ``"start-end;start-end"``, ``enclosing`` the 0-based position among the article's
    quotes of the quote this one stands in. Missing values are None.

    The merge needs every article's speakers before the first row: the articles are read once,
    and their rows are kept (not the articles) until the last one is read.
    """
    if isinstance(articles, MergedArticles):
        if aliases is not None:
            articles = articles.with_aliases(aliases)
        return articles.quote_rows()
    return _rows_merged(articles, aliases)


def _rows_merged(
    articles: Iterable[Article], aliases: AliasSource | None
) -> Iterator[dict[str, str | int | None]]:
    """The rows of :func:`iter_quote_rows` for articles that are not a corpus.

    Flat in memory, like the Parquet writer: while the articles are read, their rows go to a
    temporary file (JSON arrays, one per line) and only what the speaker merge needs is kept
    (a :class:`SpeakerTally`: each distinct speaker once, a few bytes per article and quote);
    then the rows are read back with their corpus-level speakers filled in.
    """
    from newscorpus._identity.aliases import to_alias_table  # noqa: PLC0415 - keeps imports light
    from newscorpus._identity.speakers import SpeakerIndex, SpeakerTally  # noqa: PLC0415
    from newscorpus._io.tables import add_to_tally  # noqa: PLC0415

    table = None if aliases is None else to_alias_table(aliases)
    tally = SpeakerTally()
    try:
        spill = tempfile.TemporaryFile()  # noqa: SIM115 - closed in the finally block below
    except OSError as error:
        raise _spill_error(error) from error
    try:
        for article in articles:
            if not isinstance(article, Article):
                raise QueryError(f"quote rows are made from Articles, got {type(article).__name__}")
            add_to_tally(tally, article)
            starts = _paragraph_starts(article)
            for quote in article.quotes:
                values = list(_quote_row(article, quote, None, starts).values())
                # ASCII escapes: a lone surrogate in a text survives the file.
                line = json.dumps(values, separators=(",", ":")).encode("ascii") + b"\n"
                # Not the loop over the articles: an input that cannot be read is its own error.
                try:
                    spill.write(line)
                except OSError as error:
                    raise _spill_error(error) from error
        index = SpeakerIndex(tally, table)
        speakers = index.speakers
        said = index.quote_speakers
        co_refs = index.co_refs
        try:
            spill.seek(0)  # writes what is buffered
        except OSError as error:
            raise _spill_error(error) from error
        lines = iter(spill)
        for position, (first, end) in enumerate(itertools.pairwise(index.quote_starts)):
            for number in range(end - first):
                row = dict(zip(QUOTE_COLUMNS, json.loads(next(lines)), strict=True))
                speaker = said[first + number]
                if speaker >= 0:
                    row["speaker_id"] = speakers[speaker].id
                    row["speaker_name"] = speakers[speaker].name
                others = co_refs.get((position, number)) if co_refs else None
                if others:
                    row["co_speaker_ids"] = list_cell(speakers[other].id for other in others)
                    row["co_speaker_names"] = list_cell(speakers[other].name for other in others)
                yield row
    finally:
        # A scratch file: closing it must not hide the error that ended the block (a full disk
        # fails the flush of its buffer again).
        with contextlib.suppress(OSError):
            spill.close()


def _spill_error(error: OSError) -> WriteError:
    """A failure to write the rows kept for the speaker merge, as a WriteError naming the
    folder of temporary files: a full disk there gave "No space left on device" naming no file,
    and the export's own file is not the one that failed."""
    reason = error.strerror or str(error) or type(error).__name__
    return WriteError(
        f"cannot write a temporary file: {reason}",
        path=shown_path(tempfile.gettempdir()),
        errno=error.errno,
        strerror=error.strerror,
    )


def iter_corpus_quote_rows(
    articles: Sequence[Article],
    corpus_speaker: Callable[[int, Quote], Speaker | None],
    corpus_co_speakers: Callable[[int, Quote], Sequence[Speaker]] | None = None,
) -> Iterator[dict[str, str | int | None]]:
    """The rows of :func:`iter_quote_rows` with the corpus-level speaker of the quote ``number``
    of article ``position`` given by ``corpus_speaker(position, quote)`` (what a Corpus knows),
    and its corpus-level co-speakers by ``corpus_co_speakers``."""
    for position, article in enumerate(articles):
        starts = _paragraph_starts(article)
        for quote in article.quotes:
            co_speakers: Sequence[Speaker] = ()
            if quote.co_speakers and corpus_co_speakers is not None:
                co_speakers = corpus_co_speakers(position, quote)
            yield _quote_row(article, quote, corpus_speaker(position, quote), starts, co_speakers)


class QuoteInArticle(Protocol):
    """A quote with its article and a speaker: what :meth:`Corpus.quotes` yields (``QuoteHit``),
    described by shape so that writing rows needs nothing from the corpus."""

    @property
    def quote(self) -> Quote: ...

    @property
    def article(self) -> Article: ...

    @property
    def speaker(self) -> Speaker | None: ...

    @property
    def co_speakers(self) -> tuple[Speaker, ...]: ...


def iter_quote_rows_for_hits(
    hits: Iterable[QuoteInArticle],
) -> Iterator[dict[str, str | int | None]]:
    """Yield the :func:`iter_quote_rows` row of each hit of :meth:`Corpus.quotes`.

    ``speaker_id``/``speaker_name`` are the hit's corpus-level ``speaker`` (the one the quote's
    speaker was merged into), ``article_speaker_*`` the quote's speaker as the article names it.
    """
    article: Article | None = None
    starts: list[int] = []
    for hit in hits:
        if hit.article is not article:
            article = hit.article
            starts = _paragraph_starts(article)
        yield _quote_row(hit.article, hit.quote, hit.speaker, starts, hit.co_speakers)


def write_csv(
    articles: Iterable[Article],
    destination: str | os.PathLike[str] | IO[str],
    *,
    escape_formulas: bool = True,
    aliases: AliasSource | None = None,
) -> int:
    """Write the quote table (:data:`QUOTE_COLUMNS`) as CSV; return the number of quote rows.

    The rows are those of :func:`iter_quote_rows` (with ``aliases``): the corpus-level speaker
    merges the speakers of all the given articles.

    A path is written atomically as UTF-8 with a byte order mark and ``\\r\\n`` line ends, which
    Excel, LibreOffice and pandas all open as UTF-8; a stream gets the same text without the
    byte order mark (open it with ``newline=""``). NUL characters are written as U+FFFD. With
    ``escape_formulas`` a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return gets a leading ``'`` so that spreadsheet programs show it instead of running
    it as a formula (see ``docs/format.md``).
    """
    if isinstance(destination, (str, os.PathLike)):
        with open_atomic(destination, newline="") as stream:
            stream.write("\ufeff")
            return _write_csv_rows(
                iter_quote_rows(articles, aliases=aliases), stream, escape_formulas=escape_formulas
            )
    return _write_csv_rows(
        iter_quote_rows(articles, aliases=aliases), destination, escape_formulas=escape_formulas
    )


def _unstructure(obj: Record | Sequence[Record]) -> Any:  # noqa: ANN401 -- JSON-ready data
    converter = _converter()
    if isinstance(obj, _RECORD_TYPES):
        return converter.unstructure(obj)
    if isinstance(obj, Sequence):
        items = []
        for item in obj:
            if not isinstance(item, _RECORD_TYPES):
                raise TypeError(_not_a_record(item))
            items.append(converter.unstructure(item))
        return items
    raise TypeError(_not_a_record(obj))


def _not_a_record(obj: object) -> str:
    return (
        "dumps takes an Article, ArticleWarning, Mention, Quote, Span or Speaker, "
        f"or a sequence of them, got {type(obj).__name__}"
    )


def _encode(data: Any, indent: int | None) -> str:  # noqa: ANN401 -- JSON-ready data
    if _HAS_ORJSON and indent in {None, 2}:
        option = orjson.OPT_INDENT_2 if indent == 2 else 0
        try:
            return orjson.dumps(data, option=option).decode("utf-8")
        except orjson.JSONEncodeError:
            pass  # lone surrogates, integers beyond 64 bits: json writes them
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)


def _decode(text: str) -> Any:  # noqa: ANN401 -- any JSON value
    """The JSON value of ``text``; RecordError for text that is not JSON or has a key twice in
    one object (parsers keep the last value of a key without a word)."""
    try:
        if _HAS_ORJSON:
            try:
                data = orjson.loads(text)
                # orjson cannot tell a key given twice, and reads an integer beyond 64 bits as
                # a float. Text that is exactly what orjson writes of what it read (as dumps
                # and write_jsonl write) has every key once and every number read exactly: a
                # check far cheaper than json's hook for every object.
                if orjson.dumps(data) == text.encode("utf-8"):
                    return data
            except (orjson.JSONDecodeError, orjson.JSONEncodeError):
                pass  # json gives the error message (or reads what orjson refuses, like NaN)
        return json.loads(text, object_pairs_hook=object_with_unique_keys)
    except KeyGivenTwice as twice:
        raise RecordError(f"invalid JSON: {twice.reason}") from None
    except json.JSONDecodeError as error:
        raise RecordError(
            f"invalid JSON: {error.msg}", line=error.lineno, column=error.colno
        ) from error
    except ValueError as error:  # an integer beyond Python's digit limit (sys.int_info)
        raise RecordError(f"invalid JSON: {_TOO_LONG_INTEGER}") from error
    except RecursionError as error:
        raise RecordError("invalid JSON: nested too deeply") from error


def _write_jsonl_lines(articles: Iterable[Article], stream: IO[str]) -> int:
    count = 0
    for article in articles:
        if not isinstance(article, Article):
            raise TypeError(f"write_jsonl writes Articles, got {type(article).__name__}")
        stream.write(dumps(article))
        stream.write("\n")
        count += 1
    return count


def _read_path_lines(path: str | os.PathLike[str]) -> Iterator[bytes | RecordError]:
    """The lines of a file as bytes (decoding errors get line numbers), or the error of a line.

    A line longer than :data:`MAX_RECORD_BYTES` is not kept in memory: it becomes a
    :class:`RecordError` and reading goes on after it. A damaged gzip stream raises
    :class:`ArchiveError`, since no later line can be reached.
    """
    name = os.fspath(path)
    compressed = name.lower().endswith(".gz")
    with gzip.open(path, "rb") if compressed else open(path, "rb") as stream:  # noqa: PTH123
        number = 0
        while True:
            try:
                line = stream.readline(MAX_RECORD_BYTES + 1)
                too_long = len(line) > MAX_RECORD_BYTES
                while line and too_long and not line.endswith(b"\n"):
                    line = stream.readline(_SKIP_CHUNK_BYTES)
            # gzip raises EOFError for a cut stream, BadGzipFile (an OSError) for one that is
            # not gzip, zlib.error for damaged data: none names the file.
            except (EOFError, OSError, zlib.error) as error:
                if not compressed or isinstance(error, FileNotFoundError | PermissionError):
                    raise
                raise ArchiveError(
                    f"cannot read on: the gzip stream is damaged ({error})",
                    path=name,
                    line=number + 1,
                ) from None
            if not line:
                return
            number += 1
            if too_long:
                yield RecordError(f"the record is longer than {MAX_RECORD_BYTES:,} bytes")
            else:
                yield line.removeprefix(codecs.BOM_UTF8) if number == 1 else line


def _load_lines(
    lines: Iterable[str | bytes | RecordError], name: str, errors: ErrorMode
) -> Iterator[Article]:
    for number, line in enumerate(lines, start=1):
        try:
            article = _load_line(line)
        except RecordError as error:
            if errors == "raise":
                raise RecordError(
                    error.reason, field=error.field, path=name, line=number, column=error.column
                ) from error
            if errors == "warn":
                warnings.warn(
                    NewsCorpusWarning(_skipped(error), path=name, line=number), stacklevel=2
                )
            continue
        if article is not None:
            yield article


def _load_line(line: str | bytes | RecordError) -> Article | None:
    if isinstance(line, RecordError):
        raise line
    text = _decode_line(line) if isinstance(line, bytes) else line
    # Without its line end, a decoder error is on line 1 of the record, at the right column.
    text = text.removesuffix("\n").removesuffix("\r")
    if not text.strip(_JSON_WHITESPACE):
        return None
    return loads(text, Article)


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as error:
        column = len(line[: error.start].decode("utf-8")) + 1
        raise RecordError(f"invalid UTF-8: {error.reason}", column=column) from error


def _skipped(error: RecordError) -> str:
    detail = str(RecordError(error.reason, field=error.field))
    if error.column is not None:
        detail += f" (column {error.column})"
    return f"skipped record: {detail}"


def _paragraph_starts(article: Article) -> list[int]:
    return [span.start for span in article.paragraph_spans()]


def _quote_row(
    article: Article,
    quote: Quote,
    speaker: Speaker | None,
    paragraph_starts: list[int],
    co_speakers: Sequence[Speaker] = (),
) -> dict[str, str | int | None]:
    """A quote's row; ``speaker`` is its corpus-level speaker (None: none, or not known yet),
    ``co_speakers`` the corpus-level speakers of its ``co_speakers``."""
    published = article.published
    own = quote.speaker
    others = quote.co_speakers
    # Paragraph n (1-based) holds the offsets from its start up to the next paragraph's start.
    paragraph = bisect.bisect_right(paragraph_starts, quote.span.start)
    return {
        "article_id": article.id,
        "title": article.title,
        "published": None if published is None else published.isoformat(),
        "outlet": article.outlet,
        "source": article.source,
        "language": article.language,
        "speaker_id": None if speaker is None else speaker.id,
        "speaker_name": None if speaker is None else speaker.name,
        "article_speaker_id": None if own is None else own.id,
        "article_speaker_name": None if own is None else own.name,
        "article_speaker_roles": None if own is None else list_cell(own.roles),
        "co_speaker_ids": list_cell(other.id for other in co_speakers),
        "co_speaker_names": list_cell(other.name for other in co_speakers),
        "article_co_speaker_ids": list_cell(other.id for other in others),
        "article_co_speaker_names": list_cell(other.name for other in others),
        "speaker_mention": _mention_text(quote.speaker_mention),
        "kind": quote.kind.value,
        "cue": _mention_text(quote.cue),
        "quote": quote.content,
        "start": quote.span.start,
        "end": quote.span.end,
        "paragraph": paragraph or None,
        "parts": ";".join(f"{part.start}-{part.end}" for part in quote.parts) or None,
        "enclosing": quote.enclosing,
        "addressee": _mention_text(quote.addressee),
        "frame": _mention_text(quote.frame),
    }


def _mention_text(mention: Mention | None) -> str | None:
    return None if mention is None else mention.text


def _write_csv_rows(
    rows: Iterable[dict[str, str | int | None]], stream: IO[str], *, escape_formulas: bool
) -> int:
    return write_csv_table(rows, QUOTE_COLUMNS, stream, escape_formulas=escape_formulas)


def write_csv_table(
    rows: Iterable[Mapping[str, object]],
    columns: Sequence[str],
    stream: IO[str],
    *,
    escape_formulas: bool = True,
) -> int:
    """Write ``rows`` under a header of ``columns`` as :func:`write_csv` writes its cells
    (NUL as U+FFFD, formula cells escaped); return the number of rows. The stream is the
    caller's: open it with ``newline=""``."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(row[column], escape_formulas) for column in columns])
        count += 1
    return count


def _csv_cell(value: object, escape_formulas: bool) -> object:
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    # CSV readers (and Python 3.10's csv writer) cannot handle NUL.
    value = value.replace("\x00", "\ufffd")
    if escape_formulas and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
