"""A Corpus backed by the Arrow tables of a Parquet folder: larger than memory, opened at once.

``load()`` of a folder written by :func:`newscorpus.write_parquet` returns an
:class:`ArrowCorpus`. Opening reads only the files' footers and the article ids. Articles are
built from their row group when they are asked for (a few row groups and articles are kept);
``speakers()``, ``speaker()`` and ``quotes(...)`` merge the speakers from the speaker
columns alone; ``between()``, ``group_by()``, ``count_by()`` and ``stats()`` read small columns.
``quotes()`` filters by the speaker index, the ``kind`` column (one byte per quote, read once)
and the articles' dates and languages, and returns hits whose quote and article are built from
the files only when they are first touched. Every answer is the one the in-memory Corpus of the
same articles gives. A subset (a slice,
``between()``, ``group_by()``) is a view on the same files.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import itertools
import os
import warnings
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, overload

from newscorpus._corpus.corpus import (
    Corpus,
    ErrorMode,
    QuoteHit,
    Stats,
    _check_errors,
    _kind_of,
    _language_matches,
    _Lazy,
    check_text,
    says_all,
)
from newscorpus._exceptions import DuplicateArticleError, NewsCorpusWarning
from newscorpus._identity.speakers import SpeakerIndex, SpeakerTally
from newscorpus._io.extras import import_pyarrow
from newscorpus._io.parquet import _broken, _check_table, _parts
from newscorpus._io.tables import _quote_of, article_from_rows
from newscorpus._model import QuoteKind, Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from newscorpus._corpus.corpus import DateBound
    from newscorpus._identity.aliases import AliasSource, AliasTable
    from newscorpus._model import Article, Quote

__all__ = ["ArrowCorpus", "open_arrow_corpus"]

#: Decoded row groups kept (of both tables): enough for queries that walk the corpus in order.
_CACHED_GROUPS: Final = 8
#: Built articles kept: a query that returns several quotes of one article builds it once.
_CACHED_ARTICLES: Final = 1024
_SPEAKER_KINDS: Final = {kind.value: kind for kind in SpeakerKind}
#: A quote's kind as one byte: its position in QuoteKind.
_KIND_CODES: Final = {kind.value: number for number, kind in enumerate(QuoteKind)}
_KIND_NUMBERS: Final = {kind: number for number, kind in enumerate(QuoteKind)}


class _Store:
    """The Parquet files of one export, read by row group or by column, with small caches."""

    def __init__(self, folder: Path) -> None:
        self.pa = import_pyarrow("load() of a Parquet folder")
        self.folder = folder
        self.article_files: list[Any] = []
        self.quote_files: list[Any] = []
        for article_path, quote_path in _parts(folder):
            try:
                article_file = self.pa.parquet.ParquetFile(article_path)
                quote_file = self.pa.parquet.ParquetFile(quote_path)
            except (self.pa.ArrowException, OSError) as error:
                raise _broken(article_path, error) from None
            _check_table(article_file, "articles", article_path)
            _check_table(quote_file, "quotes", quote_path)
            self.article_files.append(article_file)
            self.quote_files.append(quote_file)
        self.article_groups, self.article_starts = _groups_of(self.article_files)
        self.quote_groups, self.quote_starts = _groups_of(self.quote_files)
        self.count = self.article_starts[-1]
        self._article_columns = [
            name for name in self.article_files[0].schema_arrow.names if name != "text"
        ]
        self._columns: dict[tuple[str, str], list[Any]] = {}
        self._tables: collections.OrderedDict[tuple[str, int], Any] = collections.OrderedDict()
        self._articles: collections.OrderedDict[int, Article] = collections.OrderedDict()
        self._quote_offsets: array[int] | None = None
        self._sources: SpeakerTally | None = None
        self._kinds: bytes | None = None

    def column(self, table: str, name: str) -> list[Any]:
        """One column of a table, for every row, as Python values (kept)."""
        key = (table, name)
        found = self._columns.get(key)
        if found is None:
            files = self.article_files if table == "articles" else self.quote_files
            found = []
            for file in files:
                found.extend(file.read(columns=[name]).column(0).to_pylist())
            self._columns[key] = found
        return found

    def _group_table(self, table: str, number: int) -> Any:  # noqa: ANN401 - a pyarrow.Table
        """Row group ``number`` of a table, decoded (a few are kept)."""
        key = (table, number)
        found = self._tables.get(key)
        if found is not None:
            self._tables.move_to_end(key)
            return found
        files, groups = (
            (self.article_files, self.article_groups)
            if table == "articles"
            else (self.quote_files, self.quote_groups)
        )
        file, group = groups[number]
        # An article's text is its title and paragraphs again: not read back.
        columns = self._article_columns if table == "articles" else None
        found = files[file].read_row_group(group, columns=columns)
        self._tables[key] = found
        if len(self._tables) > _CACHED_GROUPS:
            self._tables.popitem(last=False)
        return found

    def _rows_of(self, table: str, first: int, end: int) -> list[dict[str, Any]]:
        """Rows ``first`` to ``end`` (exclusive) of a table as dicts: only these are converted."""
        starts = self.article_starts if table == "articles" else self.quote_starts
        rows: list[dict[str, Any]] = []
        at = first
        while at < end:
            number = bisect.bisect_right(starts, at) - 1
            start = starts[number]
            group = self._group_table(table, number)
            take = min(end, start + group.num_rows) - at
            rows.extend(group.slice(at - start, take).to_pylist())
            at += take
        return rows

    def quote_offsets(self) -> array[int]:
        """Where each article's quotes start in the quotes table (and, last, the row count)."""
        if self._quote_offsets is None:
            counts = self.column_once("articles", "quote_count")
            self._quote_offsets = array("q", itertools.accumulate(counts, initial=0))
        return self._quote_offsets

    def column_once(self, table: str, name: str) -> Iterator[Any]:
        """One column, row group by row group, without keeping it."""
        files = self.article_files if table == "articles" else self.quote_files
        for file in files:
            for group in range(file.num_row_groups):
                yield from file.read_row_group(group, columns=[name]).column(0).to_pylist()

    def article(self, position: int) -> Article:
        """The article in row ``position`` of the articles table."""
        found = self._articles.get(position)
        if found is not None:
            self._articles.move_to_end(position)
            return found
        offsets = self.quote_offsets()
        try:
            (row,) = self._rows_of("articles", position, position + 1)
            article = article_from_rows(
                row, self._rows_of("quotes", offsets[position], offsets[position + 1])
            )
        except (self.pa.ArrowException, OSError) as error:
            raise _broken(self.folder, error) from None
        self._articles[position] = article
        if len(self._articles) > _CACHED_ARTICLES:
            self._articles.popitem(last=False)
        return article

    def quotes_at(self, rows: Sequence[int]) -> list[Quote]:
        """The quotes in rows ``rows`` (ascending) of the quotes table, one conversion per group."""
        quotes: list[Quote] = []
        starts = self.quote_starts
        at = 0
        try:
            while at < len(rows):
                number = bisect.bisect_right(starts, rows[at]) - 1
                end = bisect.bisect_left(rows, starts[number + 1], at)
                group = self._group_table("quotes", number)
                wanted = array("q", [row - starts[number] for row in rows[at:end]])
                # Indices as an Arrow array from their buffer: from a list, pyarrow would
                # import pandas to ask whether the list is a pandas object.
                indices = self.pa.Array.from_buffers(
                    self.pa.int64(), len(wanted), [None, self.pa.py_buffer(wanted)]
                )
                quotes.extend(map(_quote_of, group.take(indices).to_pylist()))
                at = end
        except (self.pa.ArrowException, OSError) as error:
            raise _broken(self.folder, error) from None
        return quotes

    def quote_kinds(self) -> bytes:
        """Every quote's kind as one byte (its position in QuoteKind), read once and kept."""
        if self._kinds is None:
            try:
                self._kinds = b"".join(map(self._kind_codes, self.quote_files))
            except (self.pa.ArrowException, OSError) as error:
                raise _broken(self.folder, error) from None
        return self._kinds

    @staticmethod
    def _kind_codes(file: Any) -> bytes:  # noqa: ANN401 - a ParquetFile
        """The kinds of a quotes file as bytes, from the dictionary's indices (no strings)."""
        codes = bytearray()
        for group in range(file.num_row_groups):
            column = file.read_row_group(group, columns=["kind"]).column(0)
            for chunk in column.chunks:
                values = [_KIND_CODES[value] for value in chunk.dictionary.to_pylist()]
                codes.extend(map(values.__getitem__, chunk.indices.to_pylist()))
        return bytes(codes)

    def speaker_sources(self) -> SpeakerTally:
        """Every article's speakers and its quotes' speakers, read from the speaker columns.

        The merge reads a quote's speaker only by its id when the article lists a speaker with
        that id (the first such one stands for it, as in :class:`SpeakerIndex`), so only the
        ``article_speaker_id`` column is read, and the other speaker columns only for a row group
        with a quote whose speaker the article does not list.
        """
        if self._sources is not None:
            return self._sources
        speakers: dict[tuple[Any, ...], Speaker] = {}

        def speaker_of(key: tuple[Any, ...]) -> Speaker:
            found = speakers.get(key)
            if found is None:
                found = speakers[key] = Speaker(
                    id=key[0],
                    name=key[1],
                    aliases=key[2],
                    roles=key[3],
                    kind=_SPEAKER_KINDS[key[4]],
                    generic=bool(key[5]),
                )
            return found

        quote_ids = self._quote_speaker_ids()
        co_ids = self._quote_co_speaker_ids()
        sources = SpeakerTally()
        for keys, count in zip(
            self._article_speaker_keys(),
            self.column_once("articles", "quote_count"),
            strict=True,
        ):
            own = tuple(map(speaker_of, keys))
            by_id: dict[str, Speaker] = {}
            for speaker in own:
                by_id.setdefault(speaker.id, speaker)
            said: list[Speaker | None] = []
            co_said: dict[int, list[Speaker]] = {}
            for number in range(count):
                others = next(co_ids)
                if others:
                    co_said[number] = [by_id[other] for other in others if other in by_id]
                speaker_id, full = next(quote_ids)
                if speaker_id is None:
                    said.append(None)
                elif speaker_id in by_id:
                    said.append(by_id[speaker_id])
                else:
                    said.append(speaker_of(full()))
            sources.add(own, said, co_said)
        self._sources = sources
        if self._quote_offsets is None:
            # The counts were read anyway: quotes() needs where each article's quotes start.
            self._quote_offsets = sources.quote_ends
        return sources

    def _article_speaker_keys(self) -> Iterator[list[tuple[Any, ...]]]:
        """Each article's speakers as (id, name, aliases, roles, kind, generic), read flat per
        row group (a file written before speakers could be generic has no such field)."""
        for file in self.article_files:
            for group in range(file.num_row_groups):
                table = file.read_row_group(group, columns=["speakers"])
                column = table.column(0).combine_chunks()
                lengths = column.value_lengths().to_pylist()
                flat = column.flatten()
                fields = [
                    flat.field(name).to_pylist()
                    for name in ("id", "name", "aliases", "roles", "kind")
                ]
                has_generic = flat.type.get_field_index("generic") >= 0
                fields.append(
                    flat.field("generic").to_pylist() if has_generic else [False] * len(flat)
                )
                keys = [
                    (speaker_id, name, tuple(aliases or ()), tuple(roles or ()), kind, generic)
                    for speaker_id, name, aliases, roles, kind, generic in zip(*fields, strict=True)
                ]
                at = 0
                for length in lengths:
                    yield keys[at : at + length]
                    at += length

    def _quote_co_speaker_ids(self) -> Iterator[list[str]]:
        """Each quote's co-speaker ids (none in a file written before quotes had them)."""
        column = "article_co_speakers"
        for file in self.quote_files:
            has_column = column in file.schema_arrow.names
            for group in range(file.num_row_groups):
                if not has_column:
                    yield from ([] for _ in range(file.metadata.row_group(group).num_rows))
                    continue
                cells = file.read_row_group(group, columns=[column]).column(0).to_pylist()
                yield from ([other["id"] for other in others or ()] for others in cells)

    def _quote_speaker_ids(
        self,
    ) -> Iterator[tuple[str | None, Callable[[], tuple[Any, ...]]]]:
        """Each quote's article speaker id, and how to read the whole speaker if needed."""
        names = [
            "article_speaker_id",
            "article_speaker_name",
            "article_speaker_aliases",
            "article_speaker_roles",
            "article_speaker_kind",
        ]
        for file in self.quote_files:
            for group in range(file.num_row_groups):
                ids = file.read_row_group(group, columns=names[:1]).column(0).to_pylist()
                whole: list[list[Any]] = []

                def full(
                    row: int,
                    file: Any = file,  # noqa: ANN401 - a ParquetFile
                    group: int = group,
                    whole: list[list[Any]] = whole,
                ) -> tuple[Any, ...]:
                    if not whole:
                        table = file.read_row_group(group, columns=names)
                        whole.extend(table.column(name).to_pylist() for name in names)
                    speaker_id, name, aliases, roles, kind = (column[row] for column in whole)
                    # A quote's speaker that the article does not list (a hand-built Article)
                    # is read as named.
                    return (speaker_id, name, tuple(aliases or ()), tuple(roles or ()), kind, False)

                for row, speaker_id in enumerate(ids):
                    yield speaker_id, functools.partial(full, row)


def _groups_of(files: list[Any]) -> tuple[list[tuple[int, int]], list[int]]:
    """Every row group as (file, group), and the first row of each (then the row count)."""
    groups: list[tuple[int, int]] = []
    starts = [0]
    for number, file in enumerate(files):
        metadata = file.metadata
        for group in range(metadata.num_row_groups):
            groups.append((number, group))
            starts.append(starts[-1] + metadata.row_group(group).num_rows)
    return groups, starts


# The slots of QuoteHit's fields: a lazy hit fills them when its quote or article is first read.
_QUOTE_SLOT: Final[Any] = QuoteHit.__dict__["quote"]
_ARTICLE_SLOT: Final[Any] = QuoteHit.__dict__["article"]
_SPEAKER_SLOT: Final[Any] = QuoteHit.__dict__["speaker"]
_CO_SPEAKERS_SLOT: Final[Any] = QuoteHit.__dict__["co_speakers"]


class _QuoteLoader:
    """The quotes of one ``quotes()`` answer, built a row group at a time when first touched.

    The first hit whose quote is read has the quotes of every hit in its row group built in
    one conversion; each hit then takes its own (and keeps it).
    """

    __slots__ = ("_built", "_rows", "_store")

    def __init__(self, store: _Store, rows: list[int]) -> None:
        self._store = store
        self._rows = sorted(rows)
        self._built: dict[int, Quote] = {}

    def quote(self, row: int) -> Quote:
        found = self._built.pop(row, None)
        if found is None:
            starts = self._store.quote_starts
            number = bisect.bisect_right(starts, row) - 1
            rows = self._rows
            low = bisect.bisect_left(rows, starts[number])
            high = bisect.bisect_left(rows, starts[number + 1])
            wanted = rows[low:high] if low < high and rows[low] <= row else [row]
            self._built.update(zip(wanted, self._store.quotes_at(wanted), strict=True))
            found = self._built.pop(row)
        return found


class _LazyQuoteHit(QuoteHit):
    """A :class:`QuoteHit` of an Arrow-backed corpus: quote and article built on first access.

    It equals, hashes, prints and pickles as the QuoteHit of the same quote, article and
    speaker; ``attrs.evolve`` gives one with the fields set.
    """

    __slots__ = ("_article_row", "_loader", "_quote_row")
    _loader: _QuoteLoader
    _article_row: int
    _quote_row: int

    @property
    def quote(self) -> Quote:
        try:
            found: Quote = _QUOTE_SLOT.__get__(self)
        except AttributeError:
            found = self._loader.quote(self._quote_row)
            _QUOTE_SLOT.__set__(self, found)
        return found

    @quote.setter
    def quote(self, value: Quote) -> None:
        _QUOTE_SLOT.__set__(self, value)

    @property
    def article(self) -> Article:
        try:
            found: Article = _ARTICLE_SLOT.__get__(self)
        except AttributeError:
            found = self._loader._store.article(self._article_row)  # noqa: SLF001
            _ARTICLE_SLOT.__set__(self, found)
        return found

    @article.setter
    def article(self, value: Article) -> None:
        _ARTICLE_SLOT.__set__(self, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QuoteHit):
            return NotImplemented
        return (self.quote, self.article, self.speaker, self.co_speakers) == (
            other.quote,
            other.article,
            other.speaker,
            other.co_speakers,
        )

    # The same hash as the equal QuoteHit (attrs hashes the fields through the properties).
    __hash__ = QuoteHit.__hash__

    def __repr__(self) -> str:
        return (
            f"QuoteHit(quote={self.quote!r}, article={self.article!r}, speaker={self.speaker!r}, "
            f"co_speakers={self.co_speakers!r})"
        )


def _lazy_hits(
    store: _Store,
    found: list[tuple[int, int, Speaker | None]],
    quotes: list[Quote] | None,
    co_speakers: dict[int, tuple[Speaker, ...]],
) -> list[QuoteHit]:
    """Hits of ``(article row, quote row, corpus speaker)``, with their quotes if known and the
    corpus co-speakers of the quotes said together (by quote row)."""
    loader = _QuoteLoader(store, [row for _, row, _ in found])
    hits: list[QuoteHit] = []
    new = object.__new__
    # QuoteHit is frozen (its __setattr__ refuses): the slots are filled through their
    # descriptors, which is also the quickest way for thousands of hits.
    set_speaker = _SPEAKER_SLOT.__set__
    set_loader = _LOADER_SLOT.__set__
    set_article = _ARTICLE_ROW_SLOT.__set__
    set_quote = _QUOTE_ROW_SLOT.__set__
    set_co_speakers = _CO_SPEAKERS_SLOT.__set__
    for article_row, quote_row, speaker in found:
        hit = new(_LazyQuoteHit)
        set_speaker(hit, speaker)
        set_co_speakers(hit, co_speakers.get(quote_row, ()))
        set_loader(hit, loader)
        set_article(hit, article_row)
        set_quote(hit, quote_row)
        hits.append(hit)
    if quotes is not None:
        for known, quote in zip(hits, quotes, strict=True):
            _QUOTE_SLOT.__set__(known, quote)
    return hits


_LOADER_SLOT: Final[Any] = _LazyQuoteHit.__dict__["_loader"]
_ARTICLE_ROW_SLOT: Final[Any] = _LazyQuoteHit.__dict__["_article_row"]
_QUOTE_ROW_SLOT: Final[Any] = _LazyQuoteHit.__dict__["_quote_row"]


class _ArrowArticles(Sequence["Article"]):
    """Articles of a store, in the order of ``positions`` (rows), built on access."""

    __slots__ = ("_positions", "_store")

    def __init__(self, store: _Store, positions: Sequence[int]) -> None:
        self._store = store
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, key: int) -> Article: ...

    @overload
    def __getitem__(self, key: slice) -> _ArrowArticles: ...

    def __getitem__(self, key: int | slice) -> Article | _ArrowArticles:
        if isinstance(key, slice):
            return _ArrowArticles(self._store, self._positions[key])
        return self._store.article(self._positions[key])

    def __iter__(self) -> Iterator[Article]:
        return map(self._store.article, self._positions)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return False
        return all(mine == theirs for mine, theirs in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def subset(self, indexes: Iterable[int]) -> _ArrowArticles:
        positions = self._positions
        return _ArrowArticles(self._store, [positions[index] for index in indexes])

    def column(self, name: str) -> list[Any]:
        values = self._store.column("articles", name)
        if len(self._positions) == self._store.count and isinstance(self._positions, range):
            return values
        return [values[position] for position in self._positions]


class ArrowCorpus(Corpus):
    """A :class:`Corpus` read from a Parquet folder, whose articles stay in the files.

    It answers every query as the in-memory Corpus of the same articles does; see the module
    docstring for what is read when.
    """

    __slots__ = ("_quote_numbers",)
    _quote_numbers: tuple[Sequence[int], array[int]] | None

    @property
    def _view(self) -> _ArrowArticles:
        articles = self._articles
        assert isinstance(articles, _ArrowArticles)  # set so by open_arrow_corpus and _derive
        return articles

    def _derive(self, articles: Sequence[Article]) -> Corpus:
        if isinstance(articles, _ArrowArticles):
            return _arrow_corpus(articles, self._aliases)
        return super()._derive(articles)

    def _at(self, positions: Iterable[int]) -> Corpus:
        return self._derive(self._view.subset(positions))

    def with_aliases(self, table: AliasSource | None) -> Corpus:
        base = super().with_aliases(table)
        corpus = _arrow_corpus(self._view, base.aliases)
        corpus._lazy.by_id = self._lazy.by_id  # noqa: SLF001 - same articles, same ids
        corpus._lazy.dates = self._lazy.dates  # noqa: SLF001
        return corpus

    def __reduce__(self) -> tuple[Any, ...]:
        view = self._view
        return (_reopen, (os.fspath(view._store.folder), list(view._positions), self._aliases))  # noqa: SLF001

    @property
    def folder(self) -> Path:
        """The Parquet folder the articles are read from."""
        return self._view._store.folder  # noqa: SLF001

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} articles in {self._view._store.folder}>"  # noqa: SLF001

    # Indexes from columns ---------------------------------------------------------------------

    def _by_id(self) -> dict[str, int]:
        lazy = self._lazy
        if lazy.by_id is None:
            lazy.by_id = {
                article_id: number for number, article_id in enumerate(self._view.column("id"))
            }
        return lazy.by_id

    def _date_order(self) -> tuple[list[int], list[int]]:
        lazy = self._lazy
        if lazy.dates is None:
            dated = sorted(
                (day.toordinal(), position)
                for position, day in enumerate(self._view.column("published"))
                if day is not None
            )
            lazy.dates = ([day for day, _ in dated], [position for _, position in dated])
        return lazy.dates

    def _sources(self) -> SpeakerTally:
        """The speaker-merge view of this corpus's articles, in corpus order."""
        view = self._view
        sources = view._store.speaker_sources()  # noqa: SLF001
        positions = view._positions  # noqa: SLF001
        if isinstance(positions, range) and len(positions) == len(sources):
            return sources
        return sources.picked(positions)

    def _speaker_index(self) -> SpeakerIndex:
        lazy = self._lazy
        if lazy.speaker_index is None:
            lazy.speaker_index = SpeakerIndex(self._sources(), self._aliases)
            # Part of the index: each quote's corpus speaker, for quotes() without a speaker.
            self._quote_numbers = self._number_quotes(lazy.speaker_index)
        return lazy.speaker_index

    def quotes(
        self,
        *,
        speaker: str | Speaker | None = None,
        kind: QuoteKind | str | None = None,
        contains: str | None = None,
        since: DateBound | None = None,
        until: DateBound | None = None,
        language: str | None = None,
    ) -> list[QuoteHit]:
        """The quotes that pass every filter given, as :meth:`Corpus.quotes` finds them.

        The filters read the speaker index and small columns; ``contains`` reads the text of
        the quotes of the articles that have every word. Each hit's ``quote`` and ``article``
        are built from the files when first touched.
        """
        wanted_kind = None if kind is None else _KIND_NUMBERS[_kind_of(kind)]
        if language is not None:
            check_text(language, "language")
        index = self._speaker_index()
        allowed, allowed_set, terms = self._quote_filter(since, until, contains)
        view = self._view
        store = view._store  # noqa: SLF001
        positions = view._positions  # noqa: SLF001
        offsets = store.quote_offsets()
        starts, numbers = self._quote_speakers()
        kinds = store.quote_kinds() if wanted_kind is not None else b""
        if language is not None:
            matches = {
                value: _language_matches(language, value) for value in set(view.column("language"))
            }
            languages = view.column("language")
        # (position, number) of every candidate quote, in corpus order.
        refs: Iterable[tuple[int, int]]
        if speaker is not None:
            chosen_speakers = self._speaker_numbers(index, speaker)
            refs = sorted(ref for found in chosen_speakers for ref in index.refs_of(found))
        else:
            chosen = range(len(positions)) if allowed is None else allowed
            refs = (
                (position, number)
                for position in chosen
                if (allowed_set is None or position in allowed_set)
                and (language is None or matches[languages[position]])
                for number in range(starts[position + 1] - starts[position])
            )
        speakers = index.speakers
        found: list[tuple[int, int, Speaker | None]] = []
        co_refs = index.co_refs
        co_found: dict[int, tuple[Speaker, ...]] = {}
        # The speaker's refs are checked here; the other refs were chosen by article above.
        check = speaker is not None
        for position, number in refs:
            if check and allowed_set is not None and position not in allowed_set:
                continue
            if check and language is not None and not matches[languages[position]]:
                continue
            article_row = positions[position]
            row = offsets[article_row] + number
            if wanted_kind is not None and kinds[row] != wanted_kind:
                continue
            said = numbers[starts[position] + number]
            found.append((article_row, row, None if said < 0 else speakers[said]))
            others = co_refs.get((position, number)) if co_refs else None
            if others:
                co_found[row] = tuple(map(speakers.__getitem__, others))
        if not terms:
            return _lazy_hits(store, found, None, co_found)
        # The text filter reads the quotes of the candidates (their articles have every word).
        rows = sorted(row for _, row, _ in found)
        by_row = dict(zip(rows, store.quotes_at(rows), strict=True))
        quotes = [by_row[row] for _, row, _ in found]
        patterns = [term.pattern() for term in terms]
        kept = [at for at, quote in enumerate(quotes) if says_all(quote, patterns)]
        return _lazy_hits(store, [found[at] for at in kept], [quotes[at] for at in kept], co_found)

    def _quote_speakers(self) -> tuple[Sequence[int], array[int]]:
        """Where each article's quotes start in corpus order (then the total), and the number
        of every quote's corpus speaker (-1 for none); built with the speaker index."""
        if self._quote_numbers is None:
            self._quote_numbers = self._number_quotes(self._speaker_index())
        return self._quote_numbers

    @staticmethod
    def _number_quotes(index: SpeakerIndex) -> tuple[Sequence[int], array[int]]:
        # The index numbers the quotes of this view's articles, in this view's order.
        return index.quote_starts, index.quote_speakers

    def _group_values(self, key: str) -> Iterable[str | None]:
        if key == "month":
            return (
                None if day is None else f"{day.year:04d}-{day.month:02d}"
                for day in self._view.column("published")
            )
        return self._view.column(key)

    def _quote_counts(self) -> Sequence[int]:
        return self._view.column("quote_count")

    def stats(self) -> Stats:
        """Counts over the corpus (see :class:`Stats`), from the articles table's columns."""
        view = self._view
        languages = collections.Counter(
            language for language in view.column("language") if language is not None
        )
        days, _ = self._date_order()
        warning_counts = [len(cells) for cells in view.column("warnings")]
        return Stats(
            articles=len(view),
            paragraphs=sum(view.column("paragraph_count")),
            words=sum(view.column("word_count")),
            quotes=sum(view.column("quote_count")),
            speakers=len(self._speaker_index().speakers),
            languages=tuple(sorted(languages.items(), key=lambda item: (-item[1], item[0]))),
            first_date=dt.date.fromordinal(days[0]) if days else None,
            last_date=dt.date.fromordinal(days[-1]) if days else None,
            undated=len(view) - len(days),
            warnings=sum(warning_counts),
        )


def _arrow_corpus(articles: _ArrowArticles, aliases: AliasTable | None) -> ArrowCorpus:
    corpus = ArrowCorpus.__new__(ArrowCorpus)
    # The fields are Corpus's own; this module is its Arrow-backed variant.
    corpus._articles = articles  # noqa: SLF001
    corpus._aliases = aliases  # noqa: SLF001
    corpus._lazy = _Lazy()  # noqa: SLF001
    corpus._quote_numbers = None  # noqa: SLF001
    return corpus


def _reopen(folder: str, positions: list[int], aliases: AliasTable | None) -> ArrowCorpus:
    store = _Store(Path(folder))
    return _arrow_corpus(_ArrowArticles(store, positions), aliases)


def open_arrow_corpus(
    folder: str | os.PathLike[str], *, aliases: AliasTable | None, errors: ErrorMode = "raise"
) -> ArrowCorpus:
    """Open a Parquet folder as an :class:`ArrowCorpus`; duplicate ids as ``Corpus`` treats them."""
    _check_errors(errors)
    store = _Store(Path(os.fspath(folder)))
    ids = store.column("articles", "id")
    by_id: dict[str, int] = {}
    kept: list[int] = []
    for position, article_id in enumerate(ids):
        if by_id.setdefault(article_id, position) != position:
            if errors == "raise":
                raise DuplicateArticleError(f"duplicate article id {article_id!r}")
            if errors == "warn":
                warnings.warn(
                    NewsCorpusWarning(f"skipped duplicate article id {article_id!r}"),
                    stacklevel=3,
                )
            continue
        kept.append(position)
    positions: Sequence[int] = range(store.count) if len(kept) == store.count else kept
    corpus = _arrow_corpus(_ArrowArticles(store, positions), aliases)
    if isinstance(positions, range):
        corpus._lazy.by_id = by_id  # noqa: SLF001 - computed above for the same articles
    return corpus
