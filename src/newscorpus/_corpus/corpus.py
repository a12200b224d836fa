"""The Corpus: an immutable, indexed collection of articles and the questions asked of it.

:func:`load` (``load.py``) reads one from seed files or an export;
:meth:`Corpus.from_articles` builds one from any articles. Every query returns a new Corpus or a
list and never changes the corpus. Indexes for search and speaker lookup are built on first use
and are not pickled. The queries and their rules are documented in ``docs/queries.md``.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import itertools
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, overload

import attrs

from newscorpus._corpus.search import TextIndex, parse_query, phrase_of
from newscorpus._exceptions import (
    CorpusLookupError,
    DuplicateArticleError,
    NewsCorpusWarning,
    QueryError,
)
from newscorpus._folding import fold
from newscorpus._identity.aliases import AliasTable, to_alias_table
from newscorpus._identity.speakers import SpeakerIndex
from newscorpus._model import Article, Quote, QuoteKind, Speaker

if TYPE_CHECKING:
    import re
    from collections.abc import Callable, Iterator, Sequence

    from newscorpus._corpus.search import Term
    from newscorpus._identity.aliases import AliasSource
    from newscorpus._io.parquet import ArrowTables

__all__ = [
    "ConcordanceLine",
    "Corpus",
    "QuoteHit",
    "Stats",
]

#: A date bound: a date, a datetime (compared by its own calendar date), or a string such as
#: ``"2020-09-30"``, ``"30. September 2020"``, ``"Oktober 2020"``, ``"2020-09"`` or ``"2020"``.
DateBound: TypeAlias = "dt.date | dt.datetime | str"
#: What ``group_by`` and ``count_by`` group on.
GroupKey: TypeAlias = Literal["speaker", "month", "outlet", "language"]
#: What happens to an article whose id is already in the corpus (and to unreadable input).
ErrorMode: TypeAlias = Literal["raise", "warn", "skip"]

_GROUP_KEYS: Final = ("speaker", "month", "outlet", "language")
_TABLES: Final = ("articles", "quotes", "speakers")
_ERROR_MODES: Final = ("raise", "warn", "skip")


@attrs.frozen(kw_only=True)
class QuoteHit:
    """A quote found by :meth:`Corpus.quotes`, with its article and corpus-level speaker.

    ``quote.speaker`` is the speaker as the article names it; ``speaker`` is the corpus-level
    speaker it was merged into (None when the quote has no speaker). A quote said together
    ("Anna Berg und Ben Schmidt sagten") has the corpus-level speakers of its
    ``quote.co_speakers`` as ``co_speakers``; :attr:`speakers` gives all of them.
    """

    quote: Quote
    article: Article
    speaker: Speaker | None = None
    co_speakers: tuple[Speaker, ...] = ()

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """The corpus-level ``speaker`` and ``co_speakers``; empty without a speaker."""
        return () if self.speaker is None else (self.speaker, *self.co_speakers)


@attrs.frozen(kw_only=True)
class ConcordanceLine:
    """One occurrence of a term with its context (keyword in context).

    ``offset`` is where ``match`` starts in the article's :attr:`~Article.text`, so
    ``article.text[offset:offset + len(match)] == match``. ``left`` and ``right`` are up to
    ``width`` characters before and after, with line breaks shown as spaces.
    """

    article_id: str
    offset: int
    left: str
    match: str
    right: str


@attrs.frozen(kw_only=True)
class Stats:
    """Counts over a corpus (:meth:`Corpus.stats`).

    ``words`` counts white-space separated words of titles and paragraphs; ``speakers`` the
    corpus-level speakers; ``languages`` the articles per language tag, most first (articles
    without a language are not listed); ``first_date``/``last_date`` the range of publication
    dates; ``undated`` the articles without one; ``warnings`` the articles' warnings.
    """

    articles: int
    paragraphs: int
    words: int
    quotes: int
    speakers: int
    languages: tuple[tuple[str, int], ...]
    first_date: dt.date | None
    last_date: dt.date | None
    undated: int
    warnings: int


class _Lazy:
    """What a corpus computes on first use: never pickled, never compared."""

    __slots__ = ("by_id", "dates", "speaker_index", "text_index")

    def __init__(self, by_id: dict[str, int] | None = None) -> None:
        self.by_id = by_id
        self.text_index: TextIndex | None = None
        self.speaker_index: SpeakerIndex | None = None
        self.dates: tuple[list[int], list[int]] | None = None


def _check_errors(errors: str) -> None:
    if errors not in _ERROR_MODES:
        raise QueryError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")


def _unique_articles(
    articles: Iterable[Article], errors: str
) -> tuple[tuple[Article, ...], dict[str, int]]:
    kept: list[Article] = []
    by_id: dict[str, int] = {}
    if not isinstance(articles, Iterable):
        raise QueryError(
            f"a corpus is built from an iterable of Articles, got {type(articles).__name__}"
        )
    for article in articles:
        if not isinstance(article, Article):
            raise QueryError(f"a corpus holds Article objects, got {type(article).__name__}")
        first = by_id.setdefault(article.id, len(kept))
        if first == len(kept):
            kept.append(article)
            continue
        where = _where(kept[first], article)
        if errors == "raise":
            raise DuplicateArticleError(f"duplicate article id {article.id!r}{where}")
        if errors == "warn":
            warnings.warn(
                NewsCorpusWarning(f"skipped duplicate article id {article.id!r}{where}"),
                stacklevel=4,
            )
    return tuple(kept), by_id


def _where(first: Article, again: Article) -> str:
    if first.source is None and again.source is None:
        return ""
    return f" (first from {first.source}, again from {again.source})"


def _day_of(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _bounds(value: DateBound, name: str) -> tuple[dt.date, dt.date]:
    if isinstance(value, str):
        from newscorpus._io.dates import parse_period  # noqa: PLC0415 - only for string bounds

        return parse_period(value)
    if isinstance(value, dt.date):
        day = _day_of(value)
        return day, day
    raise QueryError(f"{name} must be a date, datetime or string, got {type(value).__name__}")


def check_text(value: object, name: str, expected: str = "a string") -> None:
    """A query's text argument is a string: anything else is named here, not failing deep in
    the folding with an error that says nothing of the argument."""
    if not isinstance(value, str):
        raise QueryError(f"{name} must be {expected}, got {type(value).__name__}")


def _kind_of(kind: QuoteKind | str) -> QuoteKind:
    if isinstance(kind, QuoteKind):
        return kind
    for candidate in QuoteKind:
        if candidate.value == kind:
            return candidate
    valid = ", ".join(repr(candidate.value) for candidate in QuoteKind)
    raise QueryError(f"kind must be one of {valid}, got {kind!r}")


def says_all(quote: Quote, patterns: Sequence[re.Pattern[str]]) -> bool:
    """Whether what ``quote`` says (its content, not the frame between its parts) matches every
    pattern of a ``contains`` filter."""
    folded = fold(quote.content)
    return all(pattern.search(folded) for pattern in patterns)


def _language_matches(wanted: str, language: str | None) -> bool:
    if language is None:
        return False
    wanted = wanted.lower()
    language = language.lower()
    return language == wanted or ("-" not in wanted and language.startswith(wanted + "-"))


def _month_of(article: Article) -> str | None:
    if article.published is None:
        return None
    day = _day_of(article.published)
    return f"{day.year:04d}-{day.month:02d}"


class Corpus:
    """An immutable sequence of articles with unique ids, and queries over them.

    Iteration is in the order the articles were given (for :func:`load`, the reader's order).
    ``corpus[i]`` is an article, ``corpus[i:j]`` a Corpus, ``corpus["266daebb3b7432db"]`` the
    article with that id (:class:`CorpusLookupError` if there is none; :meth:`get` returns None).

    Two articles with the same id are an error (:class:`DuplicateArticleError`) unless
    ``errors`` is ``"warn"`` (keep the first, warn) or ``"skip"`` (keep the first silently).
    """

    __slots__ = ("_aliases", "_articles", "_lazy")

    def __init__(
        self,
        articles: Iterable[Article] = (),
        *,
        aliases: AliasSource | None = None,
        errors: ErrorMode = "raise",
    ) -> None:
        _check_errors(errors)
        kept, by_id = _unique_articles(articles, errors)
        # A tuple, or (in an Arrow-backed corpus) a sequence that builds articles on access.
        self._articles: Sequence[Article] = kept
        self._aliases: AliasTable | None = None if aliases is None else to_alias_table(aliases)
        self._lazy = _Lazy(by_id)

    @classmethod
    def from_articles(
        cls,
        articles: Iterable[Article],
        *,
        aliases: AliasSource | None = None,
        errors: ErrorMode = "raise",
    ) -> Corpus:
        """A corpus of ``articles`` in their order (see the class docstring for duplicates)."""
        return cls(articles, aliases=aliases, errors=errors)

    def _derive(self, articles: Sequence[Article]) -> Corpus:
        """A corpus of some of this corpus's articles (already unique), with the same aliases."""
        return _rebuild_corpus(articles, self._aliases)

    def _at(self, positions: Iterable[int]) -> Corpus:
        articles = self._articles
        return self._derive(tuple(articles[position] for position in positions))

    # ----------------------------------------------------------------------------------------
    # Sequence and mapping behaviour

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in order."""
        return tuple(self._articles)

    @property
    def aliases(self) -> AliasTable | None:
        """The user alias table in force, if any."""
        return self._aliases

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    @overload
    def __getitem__(self, key: int | str) -> Article: ...

    @overload
    def __getitem__(self, key: slice) -> Corpus: ...

    def __getitem__(self, key: int | str | slice) -> Article | Corpus:
        if isinstance(key, slice):
            bounds = (key.start, key.stop, key.step)
            if not all(bound is None or isinstance(bound, int) for bound in bounds):
                raise QueryError(
                    "a corpus is sliced by positions (int or None), got the slice "
                    + ":".join(repr(bound) for bound in bounds)
                )
            return self._derive(self._articles[key])
        if isinstance(key, str):
            position = self._by_id().get(key)
            if position is None:
                raise CorpusLookupError(f"no article with id {key!r}")
            return self._articles[position]
        if isinstance(key, int):
            if not -len(self._articles) <= key < len(self._articles):
                raise CorpusLookupError(
                    f"article index {key} out of range for {len(self._articles)} articles"
                )
            return self._articles[key]
        raise QueryError(
            f"a corpus is indexed by int, slice or article id, got {type(key).__name__}"
        )

    def get(self, article_id: object, default: Article | None = None) -> Article | None:
        """The article with ``article_id``, or ``default`` (also for a key that is no id)."""
        if not isinstance(article_id, str):
            return default  # as ``in`` says: no id, so not in the corpus
        position = self._by_id().get(article_id)
        return default if position is None else self._articles[position]

    def __contains__(self, item: object) -> bool:
        """Whether an article id (or an Article with its id) is in the corpus."""
        if isinstance(item, Article):
            position = self._by_id().get(item.id)
            return position is not None and self._articles[position] == item
        return isinstance(item, str) and item in self._by_id()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Corpus):
            return NotImplemented
        return self._articles == other._articles and self._aliases == other._aliases

    def __hash__(self) -> int:
        return hash((self._articles, self._aliases))

    def __repr__(self) -> str:
        return f"<Corpus of {len(self._articles)} articles>"

    def __reduce__(self) -> tuple[Any, ...]:
        # The lazy indexes are left out and rebuilt on first use after unpickling.
        return (_rebuild_corpus, (self._articles, self._aliases))

    def _by_id(self) -> dict[str, int]:
        lazy = self._lazy
        if lazy.by_id is None:
            lazy.by_id = {article.id: position for position, article in enumerate(self._articles)}
        return lazy.by_id

    # ----------------------------------------------------------------------------------------
    # Indexes

    def _text_index(self) -> TextIndex:
        lazy = self._lazy
        if lazy.text_index is None:
            lazy.text_index = TextIndex(article.text for article in self._articles)
        return lazy.text_index

    def _speaker_index(self) -> SpeakerIndex:
        lazy = self._lazy
        if lazy.speaker_index is None:
            lazy.speaker_index = SpeakerIndex(self._articles, self._aliases)
        return lazy.speaker_index

    def _date_order(self) -> tuple[list[int], list[int]]:
        """Ordinals of the dated articles' days, sorted, and the articles' positions."""
        lazy = self._lazy
        if lazy.dates is None:
            dated = sorted(
                (_day_of(article.published).toordinal(), position)
                for position, article in enumerate(self._articles)
                if article.published is not None
            )
            lazy.dates = ([day for day, _ in dated], [position for _, position in dated])
        return lazy.dates

    def _positions_between(
        self,
        start: DateBound | None,
        end: DateBound | None,
        names: tuple[str, str] = ("start", "end"),
        reversed_message: str = "the start {} is after the end {}",
    ) -> Sequence[int] | None:
        """Sorted positions of the articles dated within the bounds; None without bounds.
        ``names`` and ``reversed_message`` name the bounds as the caller's parameters do."""
        if start is None and end is None:
            return None
        first = None if start is None else _bounds(start, names[0])[0]
        last = None if end is None else _bounds(end, names[1])[1]
        if first is not None and last is not None and first > last:
            raise QueryError(reversed_message.format(first.isoformat(), last.isoformat()))
        days, positions = self._date_order()
        low = 0 if first is None else bisect.bisect_left(days, first.toordinal())
        high = len(days) if last is None else bisect.bisect_right(days, last.toordinal())
        return sorted(positions[low:high])

    # ----------------------------------------------------------------------------------------
    # Queries

    def search(self, query: str) -> Corpus:
        """The articles whose title or text contain every word and phrase of ``query``.

        Words match whole folded words (case, umlauts and ß spelling do not matter); ``"..."``
        marks a phrase, whose words must follow each other within a line; ``word*`` matches
        words that begin with ``word``. A query without any word matches every article.
        """
        check_text(query, "query")
        terms = parse_query(query)
        if not terms:
            return self
        return self._at(self._text_index().search(terms))

    def concordance(
        self, term: str, width: int = 40, *, limit: int | None = 1000
    ) -> list[ConcordanceLine]:
        """Occurrences of ``term`` (its words as one phrase) with ``width`` characters around.

        Lines come in corpus order, then by offset; there are at most ``limit`` of them (the
        first ones), or all with ``limit=None``. A term without any word has no lines.
        """
        check_text(term, "term")
        if not isinstance(width, int):
            raise QueryError(f"width must be an int >= 0, got {type(width).__name__}")
        if limit is not None and not isinstance(limit, int):
            raise QueryError(f"limit must be an int >= 0 or None, got {type(limit).__name__}")
        if width < 0:
            raise QueryError(f"width must be >= 0, got {width}")
        if limit is not None and limit < 0:
            raise QueryError(f"limit must be >= 0 or None, got {limit}")
        phrase = phrase_of(term)
        if phrase is None:
            return []
        occurrences = self._text_index().occurrences(phrase)
        lines: list[ConcordanceLine] = []
        for position, start, end in itertools.islice(occurrences, limit):
            article = self._articles[position]
            text = article.text
            lines.append(
                ConcordanceLine(
                    article_id=article.id,
                    offset=start,
                    left=text[max(0, start - width) : start].replace("\n", " "),
                    match=text[start:end],
                    right=text[end : end + width].replace("\n", " "),
                )
            )
        return lines

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
        """The quotes that pass every filter given, in corpus order and then article order.

        ``speaker``: a name matching a corpus speaker's name, alias or surname (folded, also as
        a genitive "Putins"), or a Speaker: one of :meth:`speakers` gives its own quotes only
        (not those of other speakers sharing its surname), any other is matched by its name.
        ``kind``: a QuoteKind or its value. ``contains``: words and phrases as in
        :meth:`search`, in the quote's text. ``since``/``until``: inclusive date bounds (a
        month or year covers all of it); undated articles are left out. ``language``: a tag;
        ``"de"`` also matches ``"de-AT"``.
        """
        wanted_kind = None if kind is None else _kind_of(kind)
        if language is not None:
            check_text(language, "language")
        index = self._speaker_index()
        allowed, allowed_set, terms = self._quote_filter(since, until, contains)
        refs: Iterable[tuple[int, int]]
        if speaker is not None:
            numbers = self._speaker_numbers(index, speaker)
            refs = sorted(ref for number in numbers for ref in index.refs_of(number))
        else:
            refs = self._all_quote_refs(allowed)
        patterns = [term.pattern() for term in terms]
        hits: list[QuoteHit] = []
        for position, number in refs:
            if allowed_set is not None and position not in allowed_set:
                continue
            article = self._articles[position]
            quote = article.quotes[number]
            if wanted_kind is not None and quote.kind is not wanted_kind:
                continue
            if language is not None and not _language_matches(language, article.language):
                continue
            if patterns and not says_all(quote, patterns):
                continue
            hits.append(
                QuoteHit(
                    quote=quote,
                    article=article,
                    speaker=self._corpus_speaker(position, quote),
                    co_speakers=self._corpus_co_speakers(position, quote),
                )
            )
        return hits

    def _quote_filter(
        self, since: DateBound | None, until: DateBound | None, contains: str | None
    ) -> tuple[Sequence[int] | None, set[int] | None, tuple[Term, ...]]:
        """The article filter of :meth:`quotes`: the positions dated within the bounds (None
        without bounds), those of them whose articles also have every word of ``contains`` as a
        set (None: every article), and the terms of ``contains``."""
        allowed = self._positions_between(
            since, until, ("since", "until"), "since {} is after until {}"
        )
        allowed_set = None if allowed is None else set(allowed)
        if contains is not None:
            check_text(contains, "contains")
        terms = parse_query(contains) if contains is not None else ()
        if terms:
            candidates = set(self._text_index().candidates(terms))
            allowed_set = candidates if allowed_set is None else allowed_set & candidates
        return allowed, allowed_set, terms

    @staticmethod
    def _speaker_numbers(index: SpeakerIndex, speaker: str | Speaker) -> tuple[int, ...]:
        """The corpus speakers a ``quotes(speaker=...)`` filter means: a corpus speaker itself,
        or every speaker whose name, alias or surname matches a name (or another Speaker's)."""
        if isinstance(speaker, Speaker):
            number = index.number_of(speaker)
            if number is not None:
                return (number,)
            return index.match(speaker.name)
        check_text(speaker, "speaker", "a name (a string) or a Speaker")
        return index.match(speaker)

    def _all_quote_refs(self, positions: Sequence[int] | None) -> Iterator[tuple[int, int]]:
        articles = self._articles
        for position in range(len(articles)) if positions is None else positions:
            for number in range(len(articles[position].quotes)):
                yield position, number

    def _corpus_speaker(self, position: int, quote: Quote) -> Speaker | None:
        if quote.speaker is None:
            return None
        index = self._speaker_index()
        number = index.resolve(position, quote.speaker.id)
        return None if number is None else index.speakers[number]

    def _corpus_co_speakers(self, position: int, quote: Quote) -> tuple[Speaker, ...]:
        if not quote.co_speakers:
            return ()
        index = self._speaker_index()
        found: dict[str, Speaker] = {}
        for other in quote.co_speakers:
            number = index.resolve(position, other.id)
            if number is not None:
                found.setdefault(index.speakers[number].id, index.speakers[number])
        first = self._corpus_speaker(position, quote)
        if first is not None:
            found.pop(first.id, None)
        return tuple(found.values())

    def speakers(self, *, generic: bool = False) -> list[tuple[Speaker, int]]:
        """Corpus-level speakers with their quote counts, most quoted first, ties by name.

        A quote said together ("Anna und Ben sagten") counts for each of its speakers.
        Speakers named only by a common noun in every article ("Polizei", "Sprecher", "the
        company": :attr:`Speaker.generic`) stand for a different source in each article and
        are left out, unless ``generic`` is true.
        """
        index = self._speaker_index()
        return [
            (speaker, count)
            for speaker, count in zip(index.speakers, index.quote_counts, strict=True)
            if generic or not speaker.generic
        ]

    def speaker(self, name: str) -> Speaker | None:
        """The corpus-level speaker that ``name`` denotes, or None if it denotes nobody.

        Full names and aliases are tried first, then surnames, then the name as a genitive.
        A name that denotes several speakers equally raises :class:`CorpusLookupError`
        listing them.
        """
        check_text(name, "name")
        index = self._speaker_index()
        numbers = index.lookup(name)
        if not numbers:
            return None
        if len(numbers) > 1:
            names = ", ".join(repr(index.speakers[number].name) for number in numbers)
            raise CorpusLookupError(f"speaker name {name!r} is ambiguous: {names}")
        return index.speakers[numbers[0]]

    def external_id(self, speaker: Speaker | str) -> str | None:
        """The alias table's external id (e.g. a Wikidata QID) of a speaker or name, or None.

        A Speaker of this corpus is looked up by its id; any other Speaker or a string by name
        as in :meth:`speaker`.
        """
        index = self._speaker_index()
        if isinstance(speaker, Speaker):
            if speaker in index.speakers:
                return index.external_ids.get(speaker.id)
            name = speaker.name
        else:
            check_text(speaker, "speaker", "a Speaker or a name (a string)")
            name = speaker
        found = self.speaker(name)
        return None if found is None else index.external_ids.get(found.id)

    def with_aliases(self, table: AliasSource | None) -> Corpus:
        """The same articles with a user alias table (None drops the table)."""
        table = None if table is None else to_alias_table(table)
        # Articles and text are unchanged: share the id map and text index already built.
        lazy = _Lazy(self._lazy.by_id)
        lazy.text_index = self._lazy.text_index
        return _rebuild_corpus(self._articles, table, lazy)

    def between(self, start: DateBound | None, end: DateBound | None) -> Corpus:
        """The articles published from ``start`` to ``end``, both included.

        A partial date covers its whole period: ``between("2020-09", "Oktober 2020")`` runs
        from 1 September to 31 October. None leaves that side open. Undated articles are left
        out. Datetimes are compared by their calendar date in their own time zone.
        """
        positions = self._positions_between(start, end)
        if positions is None:
            positions = self._date_order()[1]
            positions = sorted(positions)
        return self._at(positions)

    def filter(self, predicate: Callable[[Article], bool]) -> Corpus:
        """The articles for which ``predicate`` is true."""
        if not callable(predicate):
            raise QueryError(f"predicate must be callable, got {type(predicate).__name__}")
        return self._derive(tuple(article for article in self._articles if predicate(article)))

    def stats(self) -> Stats:
        """Counts over the corpus: see :class:`Stats`."""
        languages = collections.Counter(
            article.language for article in self._articles if article.language is not None
        )
        days, _ = self._date_order()
        return Stats(
            articles=len(self._articles),
            paragraphs=sum(len(article.paragraphs) for article in self._articles),
            words=sum(article.word_count for article in self._articles),
            quotes=sum(len(article.quotes) for article in self._articles),
            speakers=len(self._speaker_index().speakers),
            languages=tuple(sorted(languages.items(), key=lambda item: (-item[1], item[0]))),
            first_date=dt.date.fromordinal(days[0]) if days else None,
            last_date=dt.date.fromordinal(days[-1]) if days else None,
            undated=len(self._articles) - len(days),
            warnings=sum(len(article.warnings) for article in self._articles),
        )

    def _group_values(self, key: str) -> Iterable[str | None]:
        """Each article's month, outlet or language, in order."""
        if key == "month":
            return map(_month_of, self._articles)
        return (getattr(article, key) for article in self._articles)

    def _quote_counts(self) -> Sequence[int]:
        """Each article's number of quotes, in order."""
        return [len(article.quotes) for article in self._articles]

    def _groups(self, key: str) -> dict[str, list[int]]:
        """Positions of the articles of each group, with the keys in the documented order."""
        if key not in _GROUP_KEYS:
            valid = ", ".join(repr(name) for name in _GROUP_KEYS)
            raise QueryError(f"group key must be one of {valid}, got {key!r}")
        groups: dict[str, list[int]] = collections.defaultdict(list)
        if key == "speaker":
            index = self._speaker_index()
            for speaker, refs in zip(index.speakers, index.iter_refs(), strict=True):
                if refs:
                    groups[speaker.name] = sorted({position for position, _ in refs})
            return dict(groups)
        for position, value in enumerate(self._group_values(key)):
            if value is not None:
                groups[value].append(position)
        if key == "month":
            return dict(sorted(groups.items()))
        counts = self._quote_counts()
        quotes = {
            value: sum(counts[position] for position in positions)
            for value, positions in groups.items()
        }
        ordered = sorted(
            groups.items(), key=lambda item: (-len(item[1]), -quotes[item[0]], item[0])
        )
        return dict(ordered)

    def group_by(self, key: GroupKey) -> dict[str, Corpus]:
        """Articles grouped by ``"speaker"``, ``"month"``, ``"outlet"`` or ``"language"``.

        Speaker: every corpus speaker's name -> the articles that quote them, most quoted
        speaker first. Month: ``"YYYY-MM"`` in time order. Outlet, language: the value -> its
        articles, most articles first. Articles without the value (undated, no outlet, no
        language, no quotes for speaker) are in no group.
        """
        return {value: self._at(positions) for value, positions in self._groups(key).items()}

    def count_by(self, key: GroupKey) -> dict[str, int]:
        """Quotes per group: the keys of :meth:`group_by` (same order), counting quotes.

        ``count_by("month")`` is quotes per month, ``count_by("speaker")`` quotes per speaker.
        """
        if key == "speaker":
            index = self._speaker_index()
            return {
                speaker.name: count
                for speaker, count in zip(index.speakers, index.quote_counts, strict=True)
                if count
            }
        counts = self._quote_counts()
        return {
            value: sum(counts[position] for position in positions)
            for value, positions in self._groups(key).items()
        }

    # ----------------------------------------------------------------------------------------
    # Tables

    def quote_rows(self) -> Iterator[dict[str, str | int | None]]:
        """One flat row per quote, the columns of the CSV export (``QUOTE_COLUMNS``).

        ``speaker_id``/``speaker_name`` are the corpus-level speaker (as :meth:`speakers` and
        :meth:`quotes` give it), ``article_speaker_*`` the speaker as the article names it.
        """
        from newscorpus._io.serialize import iter_corpus_quote_rows  # noqa: PLC0415 - light imports

        return iter_corpus_quote_rows(
            self._articles, self._corpus_speaker, self._corpus_co_speakers
        )

    def to_arrow(self) -> ArrowTables:
        """The articles, quotes and speakers tables (``pyarrow.Table``) of ``docs/tables.md``.

        The quotes table has both the speaker as the article names it (``article_speaker_*``)
        and the corpus-level speaker it was merged into (``speaker_id``, ``speaker_name``).
        Needs the ``arrow`` extra: ``pip install 'newscorpus[arrow]'``.
        """
        from newscorpus._io.parquet import tables_of  # noqa: PLC0415 - pyarrow is optional

        return tables_of(self._articles, self._speaker_index(), self._aliases)

    def to_pandas(
        self,
        table: Literal["articles", "quotes", "speakers"] = "quotes",
    ) -> Any:  # noqa: ANN401 - pandas is optional: no import for the hint
        """One table of :meth:`to_arrow` as a ``pandas.DataFrame`` (the quotes by default).

        Columns and their order are the Arrow table's; integer columns with missing values
        stay integers (pandas' nullable ``Int32``/``Int64``). Needs the ``pandas`` extra:
        ``pip install 'newscorpus[pandas]'``.
        """
        try:
            import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415 - optional
        except ImportError as error:
            raise ImportError(
                "Corpus.to_pandas() needs pandas, which is not installed; "
                "install it with: pip install 'newscorpus[pandas]'"
            ) from error
        from newscorpus._io.extras import import_pyarrow  # noqa: PLC0415 - pyarrow is optional

        pa = import_pyarrow("Corpus.to_pandas()")
        if table not in _TABLES:
            valid = ", ".join(repr(name) for name in _TABLES)
            raise QueryError(f"table must be one of {valid}, got {table!r}")
        arrow = getattr(self.to_arrow(), table)
        nullable = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}
        return arrow.to_pandas(types_mapper=nullable.get)


def _rebuild_corpus(
    articles: Sequence[Article], aliases: AliasTable | None, lazy: _Lazy | None = None
) -> Corpus:
    """A corpus of articles known to have unique ids (a subset, or an unpickled corpus)."""
    corpus = Corpus.__new__(Corpus)
    # Only this module builds corpora this way; the fields are the constructor's own.
    corpus._articles = articles  # noqa: SLF001
    corpus._aliases = aliases  # noqa: SLF001
    corpus._lazy = _Lazy() if lazy is None else lazy  # noqa: SLF001
    return corpus
