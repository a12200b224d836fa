"""Arrow tables and Parquet folders of a corpus (the ``arrow`` extra: pyarrow).

A Parquet export is a folder with three subfolders, one per table of :data:`TABLE_SCHEMAS`::

    export/articles/part-00000.parquet
    export/quotes/part-00000.parquet
    export/speakers/part-00000.parquet

:func:`write_parquet` streams: it writes articles and their quotes in row groups as they come,
turning a few dozen articles at a time into Arrow arrays built from their buffers (see
:mod:`newscorpus._io.columns`: no pandas import, no row dicts of a whole group), and keeps per
article only what the corpus-level speaker merge needs (a :class:`SpeakerTally`: each distinct
speaker once, and a few bytes per article and quote). At the end it merges the speakers
(:class:`SpeakerIndex`, which works on the distinct speakers with their counts) and fills the
quotes' corpus-level speaker columns part by part. The Dask path writes one part per partition
with the same functions (:func:`write_part`, :func:`finish_parts`).

:func:`read_parquet` streams the articles back, equal to the ones written.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple, Protocol, overload

import attrs

from newscorpus._exceptions import QueryError, RecordError
from newscorpus._identity.aliases import AliasEntry, AliasTable, to_alias_table
from newscorpus._identity.merged import MergedArticles, ReadFromFolder
from newscorpus._identity.speakers import SpeakerIndex, SpeakerTally
from newscorpus._io.columns import array_of, record_batch
from newscorpus._io.tables import (
    TABLE_NAMES,
    arrow_schema,
    article_from_rows,
    article_row,
    quote_rows_of,
    speaker_row,
)
from newscorpus._model import Article

if TYPE_CHECKING:
    from array import array
    from collections.abc import Iterable, Iterator

    from newscorpus._identity.aliases import AliasSource
    from newscorpus._model import Speaker

__all__ = [
    "DEFAULT_ROWS_PER_GROUP",
    "ArrowTables",
    "LocalFiles",
    "PartSummary",
    "finish_parts",
    "import_pyarrow",
    "is_parquet_folder",
    "read_parquet",
    "read_parquet_aliases",
    "tables_of",
    "write_parquet",
    "write_part",
]

#: Articles per row group: a few MB of text, so a writer holds little while it streams.
DEFAULT_ROWS_PER_GROUP: Final = 1000
#: Articles whose rows are turned into Arrow arrays at a time: a writer holds the row dicts
#: (Python objects, ~10x the size of their Arrow form) of only this many articles.
_ARTICLES_PER_BATCH: Final = 64
_PART_GLOB: Final = "part-*.parquet"
_PENDING_SUFFIX: Final = ".pending"
_ALIASES_KEY: Final = b"newscorpus.aliases"


def import_pyarrow(what: str) -> Any:  # noqa: ANN401 - pyarrow has no type hints
    """Import pyarrow (and its Parquet module), or explain which extra to install."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415 - optional
        import pyarrow.parquet  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415 - loads pa.parquet
    except ImportError as error:
        raise ImportError(
            f"{what} needs pyarrow, which is not installed; "
            "install it with: pip install 'newscorpus[arrow]'"
        ) from error
    return pa


class ArrowTables(NamedTuple):
    """The three tables of a corpus as ``pyarrow.Table`` objects (:meth:`Corpus.to_arrow`)."""

    articles: Any
    quotes: Any
    speakers: Any


class Files(Protocol):
    """The file operations the writers need: a local folder, or an fsspec file system."""

    def open(self, path: str, mode: str) -> IO[bytes]: ...
    def makedirs(self, path: str, exist_ok: bool) -> None: ...
    def rm(self, path: str) -> None: ...
    def mv(self, source: str, target: str) -> None: ...
    def glob(self, pattern: str) -> list[str]: ...


class LocalFiles:
    """:class:`Files` on the local disk (what fsspec's ``file://`` does, without fsspec)."""

    def open(self, path: str, mode: str) -> IO[bytes]:
        handle: IO[bytes] = Path(path).open(mode)  # noqa: SIM115 - the caller closes it
        return handle

    def makedirs(self, path: str, exist_ok: bool) -> None:
        Path(path).mkdir(parents=True, exist_ok=exist_ok)

    def rm(self, path: str) -> None:
        Path(path).unlink()

    def mv(self, source: str, target: str) -> None:
        Path(source).replace(target)

    def glob(self, pattern: str) -> list[str]:
        parent, _, name = pattern.rpartition("/")
        return sorted(os.fspath(found) for found in Path(parent).glob(name))


@attrs.frozen(kw_only=True)
class PartSummary:
    """What writing one part left behind: its number and its articles' speakers, in order
    (a tally: each distinct speaker once, a few bytes per article and quote)."""

    number: int
    articles: SpeakerTally


def _table_path(folder: str, table: str, number: int, suffix: str = "") -> str:
    return f"{folder}/{table}/part-{number:05d}.parquet{suffix}"


def _table_of(pa: Any, batches: list[Any], schema: Any = None) -> Any:  # noqa: ANN401
    return pa.Table.from_batches(batches, schema=schema)


def _article_row(article: Article) -> dict[str, Any]:
    try:
        return article_row(article)
    except RecordError as error:
        raise RecordError(f"article {article.id!r}: {error.reason}", field=error.field) from None


def write_part(
    articles: Iterable[Article],
    folder: str,
    number: int,
    *,
    files: Files | None = None,
    rows_per_group: int = DEFAULT_ROWS_PER_GROUP,
) -> PartSummary:
    """Write part ``number`` of the articles and quotes tables; return what the merge needs.

    The quotes are written to a pending file without their corpus-level speaker columns:
    :func:`finish_parts` fills them once every part is written.
    """
    pa = import_pyarrow("write_parquet()")
    files = LocalFiles() if files is None else files
    if rows_per_group < 1:
        raise QueryError(f"rows_per_group must be >= 1, got {rows_per_group}")
    article_schema = arrow_schema("articles")
    quote_schema = arrow_schema("quotes")
    kept = SpeakerTally()
    for table in ("articles", "quotes"):
        files.makedirs(f"{folder}/{table}", exist_ok=True)
    pending = _table_path(folder, "quotes", number, _PENDING_SUFFIX)
    with (
        files.open(_table_path(folder, "articles", number), "wb") as article_stream,
        files.open(pending, "wb") as quote_stream,
        pa.parquet.ParquetWriter(article_stream, article_schema) as article_writer,
        pa.parquet.ParquetWriter(quote_stream, quote_schema) as quote_writer,
    ):
        # Rows of the last few articles; Arrow batches of the rest of the row group.
        article_rows: list[dict[str, Any]] = []
        quote_rows: list[dict[str, Any]] = []
        article_batches: list[Any] = []
        quote_batches: list[Any] = []
        in_group = 0
        batch_size = min(rows_per_group, _ARTICLES_PER_BATCH)

        def convert() -> None:
            article_batches.append(record_batch(pa, article_rows, article_schema))
            quote_batches.append(record_batch(pa, quote_rows, quote_schema))
            article_rows.clear()
            quote_rows.clear()

        def flush() -> None:
            convert()
            # One write per table is one row group; the batches' buffers go with the lists.
            article_writer.write_table(_table_of(pa, article_batches, article_schema))
            quote_writer.write_table(_table_of(pa, quote_batches, quote_schema))
            article_batches.clear()
            quote_batches.clear()

        for article in articles:
            if not isinstance(article, Article):
                raise QueryError(f"write_parquet writes Articles, got {type(article).__name__}")
            article_rows.append(_article_row(article))
            quote_rows.extend(quote_rows_of(article))
            kept.add(
                article.speakers,
                [quote.speaker for quote in article.quotes],
                {
                    number: quote.co_speakers
                    for number, quote in enumerate(article.quotes)
                    if quote.co_speakers
                },
            )
            in_group += 1
            if in_group >= rows_per_group:
                flush()
                in_group = 0
            elif len(article_rows) >= batch_size:
                convert()
        if in_group or not kept:
            flush()
    return PartSummary(number=number, articles=kept)


class _SpeakerColumn(Sequence[str | None]):
    """A quotes column of corpus speaker ids or names, from every quote's speaker number.

    4 bytes per quote and one string per speaker, instead of a list of every quote's value.
    """

    __slots__ = ("_numbers", "_values")

    def __init__(self, numbers: array[int], values: list[str | None]) -> None:
        self._numbers = numbers
        # The value of "no speaker" (-1) is the last.
        self._values = values

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, key: int) -> str | None: ...

    @overload
    def __getitem__(self, key: slice) -> list[str | None]: ...

    def __getitem__(self, key: int | slice) -> str | list[str | None] | None:
        if isinstance(key, slice):
            return list(map(self._values.__getitem__, self._numbers[key]))
        return self._values[self._numbers[key]]


def corpus_speakers_of_part(
    index: SpeakerIndex, articles: SpeakerTally, offset: int
) -> tuple[Sequence[str | None], Sequence[str | None]]:
    """The corpus-level speaker id and name of every quote of a part, in quote order.

    ``articles`` is the part's tally and ``offset`` the position of its first article in the
    corpus that ``index`` merged.
    """
    starts = index.quote_starts
    numbers = index.quote_speakers[starts[offset] : starts[offset + len(articles)]]
    ids: list[str | None] = [speaker.id for speaker in index.speakers]
    names: list[str | None] = [speaker.name for speaker in index.speakers]
    return _SpeakerColumn(numbers, [*ids, None]), _SpeakerColumn(numbers, [*names, None])


def finish_quotes_part(
    folder: str,
    number: int,
    speaker_ids: Sequence[str | None],
    speaker_names: Sequence[str | None],
    *,
    files: Files | None = None,
) -> None:
    """Fill the corpus-level speaker columns of part ``number``'s pending quotes file."""
    pa = import_pyarrow("write_parquet()")
    files = LocalFiles() if files is None else files
    schema = arrow_schema("quotes")
    pending = _table_path(folder, "quotes", number, _PENDING_SUFFIX)
    target = _table_path(folder, "quotes", number)
    id_column = schema.get_field_index("speaker_id")
    name_column = schema.get_field_index("speaker_name")
    done = 0
    with files.open(pending, "rb") as source, files.open(target, "wb") as stream:
        reader = pa.parquet.ParquetFile(source)
        with pa.parquet.ParquetWriter(stream, schema) as writer:
            for group in range(reader.num_row_groups):
                table = reader.read_row_group(group)
                rows = table.num_rows
                table = table.set_column(
                    id_column,
                    schema.field(id_column),
                    array_of(pa, speaker_ids[done : done + rows], pa.string()),
                )
                table = table.set_column(
                    name_column,
                    schema.field(name_column),
                    array_of(pa, speaker_names[done : done + rows], pa.string()),
                )
                writer.write_table(table)
                done += rows
                del table
    files.rm(pending)


def speakers_table(index: SpeakerIndex, aliases: AliasTable | None) -> Any:  # noqa: ANN401
    """The speakers table of a merged corpus, with the alias table kept in its metadata."""
    pa = import_pyarrow("write_parquet()")
    rows = [
        speaker_row(
            speaker,
            quote_count=quotes,
            article_count=articles,
            external_id=index.external_ids.get(speaker.id),
        )
        for speaker, quotes, articles in zip(
            index.speakers, index.quote_counts, index.article_counts, strict=True
        )
    ]
    schema = arrow_schema("speakers")
    if aliases is not None:
        schema = schema.with_metadata({**schema.metadata, _ALIASES_KEY: _aliases_json(aliases)})
    return pa.Table.from_batches([record_batch(pa, rows, schema)], schema=schema)


def _aliases_json(aliases: AliasTable) -> bytes:
    entries = [
        {"name": entry.name, "variants": list(entry.variants), "external_id": entry.external_id}
        for entry in aliases.entries
    ]
    return json.dumps(entries, ensure_ascii=False).encode("utf-8")


def _aliases_of(metadata: dict[bytes, bytes] | None) -> AliasTable | None:
    if not metadata or _ALIASES_KEY not in metadata:
        return None
    entries = json.loads(metadata[_ALIASES_KEY].decode("utf-8"))
    return AliasTable(
        entries=tuple(
            AliasEntry(
                name=entry["name"],
                variants=tuple(entry["variants"]),
                external_id=entry["external_id"],
            )
            for entry in entries
        )
    )


def merge_speakers(
    parts: Sequence[PartSummary], aliases: AliasTable | None
) -> tuple[SpeakerIndex, list[int]]:
    """The speaker index of all parts (in part order) and each part's first article position."""
    ordered = sorted(parts, key=lambda part: part.number)
    offsets = list(itertools.accumulate((len(part.articles) for part in ordered), initial=0))
    tally = SpeakerTally.joined(part.articles for part in ordered)
    return SpeakerIndex(tally, aliases), offsets[:-1]


def write_speakers(
    folder: str, index: SpeakerIndex, aliases: AliasTable | None, *, files: Files | None = None
) -> None:
    """Write the speakers table of a merged corpus as ``speakers/part-00000.parquet``."""
    pa = import_pyarrow("write_parquet()")
    files = LocalFiles() if files is None else files
    files.makedirs(f"{folder}/speakers", exist_ok=True)
    with files.open(_table_path(folder, "speakers", 0), "wb") as stream:
        pa.parquet.write_table(speakers_table(index, aliases), stream)


def finish_parts(
    folder: str,
    parts: Sequence[PartSummary],
    *,
    aliases: AliasTable | None = None,
    files: Files | None = None,
) -> int:
    """Merge the speakers of all parts, fill the quotes' speaker columns, write the speakers.

    Returns the number of articles written.
    """
    index, offsets = merge_speakers(parts, aliases)
    ordered = sorted(parts, key=lambda part: part.number)
    for part, offset in zip(ordered, offsets, strict=True):
        ids, names = corpus_speakers_of_part(index, part.articles, offset)
        finish_quotes_part(folder, part.number, ids, names, files=files)
    write_speakers(folder, index, aliases, files=files)
    return sum(len(part.articles) for part in parts)


def _clear_folder(folder: Path) -> None:
    """Remove the parts of an earlier export, so that none of them is read with the new one."""
    for table in TABLE_NAMES:
        for old in (folder / table).glob("part-*.parquet*"):
            old.unlink()


def write_parquet(
    articles: Iterable[Article],
    folder: str | os.PathLike[str],
    *,
    aliases: AliasSource | None = None,
    rows_per_group: int = DEFAULT_ROWS_PER_GROUP,
) -> int:
    """Write articles as a Parquet folder (``articles/``, ``quotes/``, ``speakers/``).

    ``articles`` is a Corpus (its alias table is used and kept) or any iterable of Articles,
    read once, in a stream: the articles are written as they come, and what is kept until the
    end is each distinct speaker once and a few bytes per article and quote (the merge at the
    end works on the distinct speakers). ``aliases`` is an alias table for the corpus-level
    speakers (it overrides a Corpus's own). Parts of an earlier export in ``folder`` are
    replaced. Returns the number of articles written.
    """
    table: AliasTable | None = None
    if aliases is not None:
        table = to_alias_table(aliases)
    elif isinstance(articles, MergedArticles):
        table = articles.aliases
    import_pyarrow("write_parquet()")
    root = Path(folder)
    if isinstance(articles, ReadFromFolder) and articles.folder.resolve() == root.resolve():
        raise QueryError(
            "cannot write a corpus into the Parquet folder it is read from: "
            "write it to another folder",
            path=os.fspath(folder),
        )
    root.mkdir(parents=True, exist_ok=True)
    _clear_folder(root)
    name = os.fspath(root)
    part = write_part(articles, name, 0, rows_per_group=rows_per_group)
    return finish_parts(name, [part], aliases=table)


# --------------------------------------------------------------------------------------------
# Reading


def is_parquet_folder(source: object) -> bool:
    """Whether ``source`` is a folder written by :func:`write_parquet` (it has ``articles/``)."""
    if not isinstance(source, (str, os.PathLike)):
        return False
    folder = Path(os.fspath(source))
    return folder.is_dir() and any((folder / "articles").glob(_PART_GLOB))


def _parts(folder: Path) -> list[tuple[Path, Path]]:
    articles = sorted((folder / "articles").glob(_PART_GLOB))
    if not articles:
        raise FileNotFoundError(
            2, "not a Parquet export: no articles/part-*.parquet", os.fspath(folder)
        )
    return [(path, folder / "quotes" / path.name) for path in articles]


def _broken(path: Path, error: Exception) -> RecordError:
    return RecordError(f"cannot read the Parquet file: {error}", path=os.fspath(path))


def read_parquet(folder: str | os.PathLike[str]) -> Iterator[Article]:
    """Yield the articles of a Parquet folder written by :func:`write_parquet`, in order.

    The folder is checked when this is called; the files are read in batches as the iterator
    is consumed. A damaged or foreign file raises :class:`RecordError` naming it.
    """
    pa = import_pyarrow("read_parquet()")
    parts = _parts(Path(os.fspath(folder)))
    return _read_parts(pa, parts)


def _read_parts(pa: Any, parts: list[tuple[Path, Path]]) -> Iterator[Article]:  # noqa: ANN401
    for article_path, quote_path in parts:
        yield from _read_part(pa, article_path, quote_path)


def _read_part(pa: Any, article_path: Path, quote_path: Path) -> Iterator[Article]:  # noqa: ANN401
    try:
        article_file = pa.parquet.ParquetFile(article_path)
        quote_file = pa.parquet.ParquetFile(quote_path)
        _check_table(article_file, "articles", article_path)
        _check_table(quote_file, "quotes", quote_path)
        quote_groups = _row_groups(quote_file)
        pending: list[dict[str, Any]] = []
        for rows in _row_groups(article_file):
            for row in rows:
                wanted = row["quote_count"]
                while len(pending) < wanted:
                    pending.extend(next(quote_groups))
                mine, pending = pending[:wanted], pending[wanted:]
                if any(quote["article_id"] != row["id"] for quote in mine):
                    raise RecordError(
                        f"the quotes of article {row['id']!r} are not where the articles "
                        "table says",
                        path=os.fspath(quote_path),
                    )
                yield article_from_rows(row, mine)
    except (pa.ArrowException, OSError, StopIteration) as error:
        raise _broken(article_path, error) from None


def _row_groups(file: Any) -> Iterator[list[dict[str, Any]]]:  # noqa: ANN401 - a ParquetFile
    """The rows of each row group in turn.

    Row group by row group, not ``iter_batches``: that keeps decoded buffers alive as it goes,
    and memory grows with the file.
    """
    for group in range(file.num_row_groups):
        rows: list[dict[str, Any]] = file.read_row_group(group).to_pylist()
        yield rows


def _check_table(file: Any, table: str, path: Path) -> None:  # noqa: ANN401
    metadata = file.schema_arrow.metadata or {}
    found = metadata.get(b"newscorpus.table")
    if found != table.encode():
        shown = "none" if found is None else repr(found.decode("utf-8", "replace"))
        raise RecordError(
            f"not a newscorpus {table} table (its newscorpus.table is {shown})",
            path=os.fspath(path),
        )


def read_parquet_aliases(folder: str | os.PathLike[str]) -> AliasTable | None:
    """The alias table kept with a Parquet export's speakers table, if any."""
    pa = import_pyarrow("read_parquet()")
    path = Path(os.fspath(folder)) / "speakers" / "part-00000.parquet"
    if not path.is_file():
        return None
    try:
        metadata = pa.parquet.read_schema(path).metadata
    except (pa.ArrowException, OSError) as error:
        raise _broken(path, error) from None
    return _aliases_of(metadata)


# --------------------------------------------------------------------------------------------
# Whole tables in memory


def tables_of(
    articles: Sequence[Article], index: SpeakerIndex, aliases: AliasTable | None
) -> ArrowTables:
    """The three tables of a corpus in memory (:meth:`Corpus.to_arrow`)."""
    pa = import_pyarrow("Corpus.to_arrow()")
    article_rows = [article_row(article) for article in articles]
    quote_rows: list[dict[str, Any]] = []
    for position, article in enumerate(articles):
        speakers: list[Speaker | None] = []
        for number in range(len(article.quotes)):
            found = index.quote_speaker(position, number)
            speakers.append(None if found is None else index.speakers[found])
        quote_rows.extend(quote_rows_of(article, speakers))
    return ArrowTables(
        articles=_table_of(pa, [record_batch(pa, article_rows, arrow_schema("articles"))]),
        quotes=_table_of(pa, [record_batch(pa, quote_rows, arrow_schema("quotes"))]),
        speakers=speakers_table(index, aliases),
    )
