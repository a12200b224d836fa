"""Arrow tables and Parquet folders of a corpus (the ``arrow`` extra: pyarrow).

A Parquet export is a folder with three subfolders, one per table of :data:`TABLE_SCHEMAS`::

    export/articles/part-00000.parquet
    export/quotes/part-00000.parquet
    export/speakers/part-00000.parquet

:func:`write_parquet` streams: it writes articles in row groups as they come, turning a few
dozen articles at a time into Arrow arrays built from their buffers (see
:mod:`newscorpus._io.columns`: no pandas import, no row dicts of a whole group); their quotes go
batch by batch to a temporary Arrow IPC stream (the corpus-level speaker columns cannot be
filled before the last article), each with its speaker as a 4-byte number of the speakers seen
so far. What stays in memory is what the corpus-level speaker merge needs (a
:class:`SpeakerTally` that keeps no quotes: each distinct speaker once with its counts, and a
few bytes per article), so nothing grows with the quotes. At the end it merges the speakers
(:class:`SpeakerIndex`, which works on the distinct speakers with their counts) and writes the
quotes table from the stream, one row group at a time, with the corpus speaker columns looked
up by those numbers and each speaker's articles counted as it goes. The Dask path writes one
part per partition with the same functions (:func:`write_part`, :func:`finish_parts`).

Memory (``docs/performance.md``): pyarrow's default pool (mimalloc) keeps freed memory for
reuse, which made a writer's resident set tens of MB larger than what it used: the writers give
it back after each row group, and pass the system allocator where pyarrow takes a pool (the
pending stream's reader; the Parquet writer uses it for part of its buffers). The long, mostly
unique texts are not tried for Parquet's dictionary encoding, which only costs memory and time
for them.

:func:`read_parquet` streams the articles back, equal to the ones written.
"""

from __future__ import annotations

import itertools
import json
import os
from array import array
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple, Protocol

import attrs

from newscorpus._exceptions import QueryError, RecordError
from newscorpus._identity.aliases import AliasEntry, AliasTable, to_alias_table
from newscorpus._identity.merged import MergedArticles, ReadFromFolder
from newscorpus._identity.speakers import SpeakerIndex, SpeakerTally
from newscorpus._io.atomic import open_for_writing
from newscorpus._io.columns import array_of, record_batch
from newscorpus._io.extras import import_pyarrow
from newscorpus._io.tables import (
    TABLE_NAMES,
    add_to_tally,
    arrow_schema,
    article_from_rows,
    article_row,
    quote_rows_of,
    speaker_row,
)
from newscorpus._model import Article

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from newscorpus._identity.aliases import AliasSource
    from newscorpus._model import Speaker

__all__ = [
    "DEFAULT_ROWS_PER_GROUP",
    "PART_GLOB",
    "ArrowTables",
    "LocalFiles",
    "PartSpeakers",
    "PartSummary",
    "corpus_speakers_of_part",
    "finish_parts",
    "finish_quotes_part",
    "is_parquet_folder",
    "read_parquet",
    "read_parquet_aliases",
    "tables_of",
    "write_parquet",
    "write_part",
]

#: Articles per row group: a few MB of text, so a writer holds little while it streams.
DEFAULT_ROWS_PER_GROUP: Final = 1000
#: Columns of mostly unique long text: Parquet's dictionary encoding is not tried for them (it
#: fails for them and falls back to plain, after holding a dictionary page of their values).
_NO_DICTIONARY: Final = {
    "articles": frozenset({"title", "text", "paragraphs", "source"}),
    "quotes": frozenset({"text"}),
    "speakers": frozenset(),
}
#: Articles whose rows are turned into Arrow arrays at a time: a writer holds the row dicts
#: (Python objects, ~10x the size of their Arrow form) of only this many articles.
_ARTICLES_PER_BATCH: Final = 64
#: The name of a table part file, as a glob.
PART_GLOB: Final = "part-*.parquet"
_PENDING_SUFFIX: Final = ".pending"
_ALIASES_KEY: Final = b"newscorpus.aliases"
#: The pending quotes' extra column: each quote's speaker as its member number in the part's
#: tally (-1: none), so that the tally keeps nothing per quote.
_MEMBER_COLUMN: Final = "_member"


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
        if mode == "wb":
            # A part that cannot be written (a full disk) is a WriteError naming it.
            return open_for_writing(path)
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
    """What writing one part left behind: its number, its articles' speakers, in order (a
    tally that keeps no quotes: each distinct speaker once, a few bytes per article), and the
    number of quotes in each row group of its quotes table."""

    number: int
    articles: SpeakerTally
    quote_groups: tuple[int, ...] = ()


def _table_path(folder: str, table: str, number: int, suffix: str = "") -> str:
    return f"{folder}/{table}/part-{number:05d}.parquet{suffix}"


def _table_of(pa: Any, batches: list[Any], schema: Any = None) -> Any:  # noqa: ANN401
    return pa.Table.from_batches(batches, schema=schema)


def _memory_pool(pa: Any) -> Any:  # noqa: ANN401 - a pyarrow.MemoryPool
    """The pool passed where pyarrow takes one: the system allocator, which gives freed memory
    back (see the module docstring)."""
    return pa.system_memory_pool()


def _release_unused(pa: Any) -> None:  # noqa: ANN401 - pyarrow
    """Give back what pyarrow's default pool keeps of the row group just written.

    The Parquet writer encodes in buffers of the default pool whatever pool it is given, and
    pyarrow's default (mimalloc) keeps freed memory for reuse: after each row group that made
    the writer's resident set tens of MB larger than what it used. It is called once per row
    group (a few thousand rows), not per batch.
    """
    pa.default_memory_pool().release_unused()


def _parquet_writer(pa: Any, stream: IO[bytes], table: str) -> Any:  # noqa: ANN401
    """A ``ParquetWriter`` of one of the tables, writing to ``stream``."""
    schema = arrow_schema(table)
    skipped = _NO_DICTIONARY[table]
    return pa.parquet.ParquetWriter(
        stream,
        schema,
        use_dictionary=[name for name in schema.names if name not in skipped],
        memory_pool=_memory_pool(pa),
    )


def _pending_schema(pa: Any) -> Any:  # noqa: ANN401 - a pyarrow.Schema
    """The pending quotes' schema: the quotes table's and :data:`_MEMBER_COLUMN`."""
    return arrow_schema("quotes").append(pa.field(_MEMBER_COLUMN, pa.int32(), nullable=False))


def _spill_options(pa: Any) -> Any:  # noqa: ANN401 - a pyarrow.ipc.IpcWriteOptions
    """How the pending quotes are written: compressed when pyarrow has a fast codec."""
    codec = "lz4" if pa.Codec.is_available("lz4") else None
    return pa.ipc.IpcWriteOptions(compression=codec, use_threads=False)


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

    The quotes are written to a pending Arrow IPC stream without their corpus-level speaker
    columns, with each quote's speaker as its number in the part's tally instead:
    :func:`finish_parts` writes their Parquet file once every part is written.
    """
    pa = import_pyarrow("write_parquet()")
    import pyarrow.ipc  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401, PLC0415 - loads pa.ipc

    files = LocalFiles() if files is None else files
    if rows_per_group < 1:
        raise QueryError(f"rows_per_group must be >= 1, got {rows_per_group}")
    article_schema = arrow_schema("articles")
    quote_schema = _pending_schema(pa)
    kept = SpeakerTally(quotes=False)
    quote_groups: list[int] = []
    for table in ("articles", "quotes"):
        files.makedirs(f"{folder}/{table}", exist_ok=True)
    pending = _table_path(folder, "quotes", number, _PENDING_SUFFIX)
    with (
        files.open(_table_path(folder, "articles", number), "wb") as article_stream,
        files.open(pending, "wb") as quote_stream,
        _parquet_writer(pa, article_stream, "articles") as article_writer,
        pa.ipc.new_stream(quote_stream, quote_schema, options=_spill_options(pa)) as quote_spill,
    ):
        # Rows of the last few articles; Arrow batches of the rest of the row group. Quotes
        # go to the pending stream batch by batch: only the articles' batches are held.
        article_rows: list[dict[str, Any]] = []
        quote_rows: list[dict[str, Any]] = []
        article_batches: list[Any] = []
        in_group = 0
        quotes_in_group = 0
        batch_size = min(rows_per_group, _ARTICLES_PER_BATCH)

        def convert() -> None:
            nonlocal quotes_in_group
            article_batches.append(record_batch(pa, article_rows, article_schema))
            if quote_rows:
                quote_spill.write_batch(record_batch(pa, quote_rows, quote_schema))
                quotes_in_group += len(quote_rows)
            article_rows.clear()
            quote_rows.clear()

        def flush() -> None:
            nonlocal quotes_in_group
            convert()
            # One write is one row group; the batches' buffers go with the list.
            article_writer.write_table(_table_of(pa, article_batches, article_schema))
            _release_unused(pa)
            article_batches.clear()
            quote_groups.append(quotes_in_group)
            quotes_in_group = 0

        for article in articles:
            if not isinstance(article, Article):
                raise QueryError(f"write_parquet writes Articles, got {type(article).__name__}")
            article_rows.append(_article_row(article))
            members = add_to_tally(kept, article)
            for row, member in zip(quote_rows_of(article), members, strict=True):
                row[_MEMBER_COLUMN] = member
                quote_rows.append(row)
            in_group += 1
            if in_group >= rows_per_group:
                flush()
                in_group = 0
            elif len(article_rows) >= batch_size:
                convert()
        if in_group or not kept:
            flush()
    return PartSummary(number=number, articles=kept, quote_groups=tuple(quote_groups))


@attrs.frozen(kw_only=True, eq=False)
class PartSpeakers:
    """The corpus-level speakers of one part's quotes, compact: what :func:`finish_quotes_part`
    joins into the part's quotes table.

    The pending quotes hold each quote's speaker as a member number of the part's tally; this
    maps those numbers to corpus speakers and holds each speaker's id and name once.
    """

    #: The corpus speaker (its number in ``ids``/``names``; -1: none) of each member number,
    #: then -1 once more (for a quote without a speaker).
    member_speakers: array[int]
    ids: tuple[str, ...]
    names: tuple[str, ...]
    #: The few quotes said together: their row in the part -> their other speakers' numbers.
    co_speakers: dict[int, tuple[int, ...]]
    #: Where each of the part's articles' quotes end (from 0): articles are counted per
    #: speaker as the quotes are written.
    quote_ends: array[int]
    #: The number of quotes in each row group of the part's quotes table.
    quote_groups: tuple[int, ...]


def corpus_speakers_of_part(index: SpeakerIndex, part: PartSummary, offset: int) -> PartSpeakers:
    """The corpus-level speakers of every quote of a part, in quote order.

    ``offset`` is the position of the part's first article in the corpus that ``index`` merged.
    """
    starts = index.quote_starts
    end = offset + len(part.articles)
    first = starts[offset]
    co_speakers = {
        starts[position] - first + number: others
        for (position, number), others in index.co_refs.items()
        if offset <= position < end
    }
    return PartSpeakers(
        member_speakers=index.member_speakers_of(part.articles),
        ids=tuple(speaker.id for speaker in index.speakers),
        names=tuple(speaker.name for speaker in index.speakers),
        co_speakers=co_speakers,
        quote_ends=part.articles.quote_ends,
        quote_groups=part.quote_groups,
    )


class _SpeakerCells:
    """Fills a part's corpus speaker columns row group by row group, and counts each corpus
    speaker's articles as it goes (the speakers table's ``article_count``)."""

    def __init__(self, speakers: PartSpeakers) -> None:
        self.speakers = speakers
        # The ids and names of the corpus speakers (-1, no speaker, is the last), and those of
        # each member number's corpus speaker: a quote's member number picks them.
        self.ids: list[str | None] = [*speakers.ids, None]
        self.names: list[str | None] = [*speakers.names, None]
        self.member_ids = list(map(self.ids.__getitem__, speakers.member_speakers))
        self.member_names = list(map(self.names.__getitem__, speakers.member_speakers))
        self.article_counts = array("q", bytes(8 * len(speakers.ids)))
        self._last = [-1] * len(speakers.ids)
        self._position = 0

    def columns(
        self,
        pa: Any,  # noqa: ANN401 - pyarrow
        schema: Any,  # noqa: ANN401 - the quotes schema
        members: list[int],
        rows: range,
    ) -> dict[int, Any]:
        """The corpus-level speaker columns of quote ``rows`` of the part, whose member numbers
        are ``members``, as Arrow arrays by column position."""
        ids, names = self.ids, self.names
        together = self.speakers.co_speakers
        others: list[tuple[int, ...]] = [together.get(row, ()) for row in rows]
        self._count(members, others, rows)
        values: dict[str, list[Any]] = {
            "speaker_id": list(map(self.member_ids.__getitem__, members)),
            "speaker_name": list(map(self.member_names.__getitem__, members)),
            "co_speaker_ids": [[ids[other] for other in group] for group in others],
            "co_speaker_names": [[names[other] for other in group] for group in others],
        }
        columns = {}
        for name, column in values.items():
            at = schema.get_field_index(name)
            columns[at] = array_of(pa, column, schema.field(at).type)
        return columns

    def _count(self, members: list[int], others: list[tuple[int, ...]], rows: range) -> None:
        """Count the articles of the speakers of quote ``rows`` (each article once)."""
        final, counts, last = self.speakers.member_speakers, self.article_counts, self._last
        ends = self.speakers.quote_ends
        position = self._position
        for row, member, group in zip(rows, members, others, strict=True):
            while ends[position + 1] <= row:
                position += 1
            number = final[member]
            for said in (number, *group) if group else (number,):
                if said >= 0 and last[said] != position:
                    last[said] = position
                    counts[said] += 1
        self._position = position


def finish_quotes_part(
    folder: str, number: int, speakers: PartSpeakers, *, files: Files | None = None
) -> array[int]:
    """Write part ``number``'s quotes table from its pending stream, with the corpus-level
    speaker columns joined in, one row group at a time.

    Returns the number of the part's articles that quote each corpus speaker.
    """
    pa = import_pyarrow("write_parquet()")
    import pyarrow.ipc  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401, PLC0415 - loads pa.ipc

    files = LocalFiles() if files is None else files
    schema = arrow_schema("quotes")
    pending_schema = _pending_schema(pa)
    pending = _table_path(folder, "quotes", number, _PENDING_SUFFIX)
    target = _table_path(folder, "quotes", number)
    cells = _SpeakerCells(speakers)
    done = 0
    with (
        files.open(pending, "rb") as source,
        files.open(target, "wb") as stream,
        _parquet_writer(pa, stream, "quotes") as writer,
    ):
        reader = pa.ipc.open_stream(source, memory_pool=_memory_pool(pa))
        for rows in speakers.quote_groups:
            batches = []
            have = 0
            while have < rows:
                batch = reader.read_next_batch()
                batches.append(batch)
                have += batch.num_rows
            table = _table_of(pa, batches, pending_schema)
            del batches
            members = table.column(_MEMBER_COLUMN).to_pylist()
            table = table.drop_columns([_MEMBER_COLUMN]).replace_schema_metadata(schema.metadata)
            for at, column in cells.columns(pa, schema, members, range(done, done + rows)).items():
                table = table.set_column(at, schema.field(at), column)
            writer.write_table(table)
            _release_unused(pa)
            done += rows
            del table, members
    files.rm(pending)
    return cells.article_counts


def speakers_table(
    index: SpeakerIndex,
    aliases: AliasTable | None,
    article_counts: Sequence[int] | None = None,
) -> Any:  # noqa: ANN401 - a pyarrow.Table
    """The speakers table of a merged corpus, with the alias table kept in its metadata.

    ``article_counts`` are the speakers' article counts when the index has none (a streaming
    writer counts them as it writes the quotes).
    """
    pa = import_pyarrow("write_parquet()")
    if article_counts is None:
        article_counts = index.article_counts
    rows = [
        speaker_row(
            speaker,
            quote_count=quotes,
            article_count=articles,
            external_id=index.external_ids.get(speaker.id),
        )
        for speaker, quotes, articles in zip(
            index.speakers, index.quote_counts, article_counts, strict=True
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
    folder: str,
    index: SpeakerIndex,
    aliases: AliasTable | None,
    *,
    article_counts: Iterable[Sequence[int]],
    files: Files | None = None,
) -> None:
    """Write the speakers table of a merged corpus as ``speakers/part-00000.parquet``.

    ``article_counts`` are what :func:`finish_quotes_part` returned for each part.
    """
    pa = import_pyarrow("write_parquet()")
    files = LocalFiles() if files is None else files
    totals = [0] * len(index.speakers)
    for counts in article_counts:
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
    files.makedirs(f"{folder}/speakers", exist_ok=True)
    with files.open(_table_path(folder, "speakers", 0), "wb") as stream:
        pa.parquet.write_table(speakers_table(index, aliases, totals), stream)


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
    counts = [
        finish_quotes_part(
            folder, part.number, corpus_speakers_of_part(index, part, offset), files=files
        )
        for part, offset in zip(ordered, offsets, strict=True)
    ]
    write_speakers(folder, index, aliases, article_counts=counts, files=files)
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
    end is each distinct speaker once and a few bytes per article, nothing per quote (the merge
    at the end works on the distinct speakers). ``aliases`` is an alias table for the corpus-level
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
    try:
        part = write_part(articles, name, 0, rows_per_group=rows_per_group)
        return finish_parts(name, [part], aliases=table)
    except BaseException:
        # The pending quotes are the writer's own scratch file: none is left behind.
        Path(_table_path(name, "quotes", 0, _PENDING_SUFFIX)).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------------------------
# Reading


def is_parquet_folder(source: object) -> bool:
    """Whether ``source`` is a folder written by :func:`write_parquet` (it has ``articles/``)."""
    if not isinstance(source, (str, os.PathLike)):
        return False
    folder = Path(os.fspath(source))
    return folder.is_dir() and any((folder / "articles").glob(PART_GLOB))


def _parts(folder: Path) -> list[tuple[Path, Path]]:
    articles = sorted((folder / "articles").glob(PART_GLOB))
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
    co_refs = index.co_refs
    for position, article in enumerate(articles):
        speakers: list[Speaker | None] = []
        co_speakers: list[tuple[Speaker, ...]] = []
        for number in range(len(article.quotes)):
            found = index.quote_speaker(position, number)
            speakers.append(None if found is None else index.speakers[found])
            others = co_refs.get((position, number), ()) if co_refs else ()
            co_speakers.append(tuple(map(index.speakers.__getitem__, others)))
        quote_rows.extend(quote_rows_of(article, speakers, co_speakers))
    return ArrowTables(
        articles=_table_of(pa, [record_batch(pa, article_rows, arrow_schema("articles"))]),
        quotes=_table_of(pa, [record_batch(pa, quote_rows, arrow_schema("quotes"))]),
        speakers=speakers_table(index, aliases),
    )
