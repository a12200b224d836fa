"""Hypothesis strategies for every newscorpus model class, shared by the test modules.

Everything drawn here is valid: an article's quotes and mentions really slice its text (split
mentions included), quote speakers are among the article's speakers. Text mixes arbitrary
characters with German typography and characters that trip naive line splitting or CSV/JSON
handling (U+2028, U+0085, NUL, ``"``, ``,``, ``=``).
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from typing import TYPE_CHECKING

import attrs
from hypothesis import strategies as st

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
    from collections.abc import Sequence

__all__ = [
    "article_warnings",
    "articles",
    "fixed_offset_timezones",
    "language_tags",
    "lines",
    "mentions",
    "mentions_in",
    "published_values",
    "quote_kinds",
    "quotes",
    "quotes_in",
    "slugs",
    "spans",
    "spans_in",
    "speaker_kinds",
    "speakers",
    "texts",
]

# Characters worth meeting often: quotation marks, dashes and ellipsis as printed in German news,
# separators that str.splitlines() (but not the seed format) treats as line breaks, a byte order
# mark, and what CSV and JSON must escape or guard.
_TRICKY = "„“”‚‘’«»‹›…–—\u00a0\u2028\u2029\x85\x0b\x0c\x1c\x00\ufeff\t \"',;=+-@\\/"
_ANY_CHARACTER = st.characters(codec="utf-8")
_LINE_CHARACTER = st.characters(codec="utf-8", exclude_characters="\n\r")
_WORD_CHARACTER = st.sampled_from(string.ascii_letters + "äöüßÄÖÜéÉ")

quote_kinds = st.sampled_from(QuoteKind)
speaker_kinds = st.sampled_from(SpeakerKind)
_SLUG_WORDS = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)
slugs = st.lists(_SLUG_WORDS, min_size=1, max_size=3).map("-".join)
_LANGUAGE = st.text(alphabet=string.ascii_letters, min_size=2, max_size=3)
_SUBTAG = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=8)
language_tags = st.builds(
    lambda language, subtags: "-".join([language, *subtags]),
    _LANGUAGE,
    st.lists(_SUBTAG, max_size=2),
)


# Strategies are cached: building (and validating) a fresh one at every draw is slow.
@functools.cache
def lines(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """One line of text: anything but ``\\n`` and ``\\r``."""
    alphabet = _LINE_CHARACTER | _WORD_CHARACTER | st.sampled_from(_TRICKY)
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)


@functools.cache
def texts(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text, line breaks included."""
    alphabet = _ANY_CHARACTER | _WORD_CHARACTER | st.sampled_from(_TRICKY + "\n\r")
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)


def _not_blank(text: str) -> bool:
    return bool(text.strip())


@functools.cache
def spans(*, max_offset: int = 10_000) -> st.SearchStrategy[Span]:
    """A span anywhere in ``0..max_offset``, empty spans included."""
    offsets = st.integers(min_value=0, max_value=max_offset)
    return (
        st.tuples(offsets, offsets).map(sorted).map(lambda ends: Span(start=ends[0], end=ends[1]))
    )


_NAMES = lines(min_size=1).filter(_not_blank)
_IDS = lines(min_size=1, max_size=20).filter(_not_blank)


def spans_in(text: str) -> st.SearchStrategy[Span]:
    """A span inside ``text`` (``0 <= start <= end <= len(text)``)."""
    return spans(max_offset=len(text))


@st.composite
def _sorted_disjoint_spans(draw: st.DrawFn, max_offset: int, *, min_parts: int) -> list[Span]:
    count = draw(st.integers(min_value=min_parts, max_value=3))
    offsets = st.integers(min_value=0, max_value=max_offset)
    ends = sorted(draw(st.lists(offsets, min_size=2 * count, max_size=2 * count)))
    return [Span(start=ends[i], end=ends[i + 1]) for i in range(0, len(ends), 2)]


@st.composite
def mentions(draw: st.DrawFn, *, max_offset: int = 10_000) -> Mention:
    """A mention not tied to a text: continuous, or split into two or three parts."""
    text = draw(texts())
    if draw(st.booleans()):
        return Mention(text=text, span=draw(spans(max_offset=max_offset)))
    parts = draw(_sorted_disjoint_spans(max_offset, min_parts=2))
    cover = Span(start=parts[0].start, end=parts[-1].end)
    return Mention(text=text, span=cover, parts=tuple(parts))


@st.composite
def mentions_in(draw: st.DrawFn, text: str) -> Mention:
    """A mention of ``text``: one span, or two or three disjoint parts joined by " … "."""
    return Mention.from_text(text, *draw(_sorted_disjoint_spans(len(text), min_parts=1)))


@st.composite
def speakers(draw: st.DrawFn) -> Speaker:
    return Speaker(
        id=draw(slugs),
        name=draw(_NAMES),
        aliases=tuple(draw(st.lists(lines(min_size=1), max_size=3))),
        roles=tuple(draw(st.lists(lines(min_size=1), max_size=3))),
        kind=draw(speaker_kinds),
        generic=draw(st.booleans()),
    )


@st.composite
def article_warnings(draw: st.DrawFn) -> ArticleWarning:
    return ArticleWarning(
        code=draw(slugs),
        message=draw(texts()),
        line=draw(st.none() | st.integers(min_value=1, max_value=100_000)),
    )


def _optional_mention(mention: st.SearchStrategy[Mention]) -> st.SearchStrategy[Mention | None]:
    return st.none() | mention


@st.composite
def quotes(draw: st.DrawFn, *, max_offset: int = 10_000) -> Quote:
    """A quote not tied to a text: its span is as long as its text, mentions are anywhere."""
    text = draw(texts())
    start = draw(st.integers(min_value=0, max_value=max_offset))
    mention = _optional_mention(mentions(max_offset=max_offset))
    speaker = draw(st.none() | speakers())
    co_speakers: tuple[Speaker, ...] = ()
    if speaker is not None:
        others = st.lists(speakers(), max_size=2, unique_by=lambda other: other.id)
        co_speakers = tuple(other for other in draw(others) if other.id != speaker.id)
    return Quote(
        text=text,
        kind=draw(quote_kinds),
        span=Span(start=start, end=start + len(text)),
        speaker=speaker,
        co_speakers=co_speakers,
        speaker_mention=draw(mention),
        cue=draw(mention),
        frame=draw(mention),
        addressee=draw(mention),
        parts=draw(quote_parts(start, start + len(text))),
        enclosing=draw(st.none() | st.integers(min_value=0, max_value=10)),
    )


@st.composite
def quote_parts(draw: st.DrawFn, start: int, end: int) -> tuple[Span, ...]:
    """No parts, or two or three sorted, disjoint, non-empty parts from ``start`` to ``end``."""
    if end - start < _FEWEST_PART_OFFSETS or draw(st.booleans()):
        return ()
    count = draw(st.integers(min_value=2, max_value=min(3, (end - start) // 2)))
    inner = st.integers(min_value=start + 1, max_value=end - 1)
    middle = sorted(draw(st.sets(inner, min_size=2 * count - 2, max_size=2 * count - 2)))
    offsets = [start, *middle, end]
    return tuple(Span(start=offsets[i], end=offsets[i + 1]) for i in range(0, len(offsets), 2))


_FEWEST_PART_OFFSETS = 4


@st.composite
def quotes_in(draw: st.DrawFn, text: str, speakers: Sequence[Speaker] = ()) -> Quote:
    """A quote of ``text`` whose span, parts and mentions slice it; the speaker is one of
    ``speakers``."""
    span = draw(spans_in(text))
    mention = _optional_mention(mentions_in(text))
    speaker = draw(st.none() | st.sampled_from(speakers)) if speakers else None
    co_speakers: tuple[Speaker, ...] = ()
    others = [other for other in speakers if speaker is not None and other.id != speaker.id]
    if others:
        # Said together with some of the article's other speakers ("Anna und Ben sagten").
        drawn = draw(st.lists(st.sampled_from(others), max_size=2))
        co_speakers = tuple({other.id: other for other in drawn}.values())
    return Quote(
        text=span.slice(text),
        kind=draw(quote_kinds),
        span=span,
        speaker=speaker,
        co_speakers=co_speakers,
        speaker_mention=draw(mention),
        cue=draw(mention),
        frame=draw(mention),
        addressee=draw(mention),
        parts=draw(quote_parts(span.start, span.end)),
    )


@st.composite
def nested(draw: st.DrawFn, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """``quotes`` with ``enclosing`` drawn for some: a quote whose span contains the quote's and
    that is larger, or the same span earlier in the list (so no chain loops)."""
    result: list[Quote] = []
    for number, quote in enumerate(quotes):
        outer = [
            index
            for index, other in enumerate(quotes)
            if other.span.contains(quote.span)
            and (len(other.span) > len(quote.span) or index < number)
        ]
        enclosing = draw(st.none() | st.sampled_from(outer)) if outer else None
        result.append(attrs.evolve(quote, enclosing=enclosing))
    return tuple(result)


@functools.cache
def fixed_offset_timezones() -> st.SearchStrategy[dt.timezone]:
    """UTC and fixed UTC offsets of whole seconds (what an ISO 8601 string can carry)."""
    seconds = st.integers(min_value=-86_399, max_value=86_399)
    offsets = seconds.map(lambda value: dt.timezone(dt.timedelta(seconds=value)))
    return st.just(dt.timezone.utc) | offsets


@functools.cache
def published_values() -> st.SearchStrategy[dt.date | dt.datetime | None]:
    """None, a date, a naive datetime or a datetime with a fixed UTC offset."""
    return (
        st.none() | st.dates() | st.datetimes() | st.datetimes(timezones=fixed_offset_timezones())
    )


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    max_paragraphs: int = 5,
    max_quotes: int = 4,
    max_speakers: int = 3,
) -> Article:
    """A valid article whose quotes and mentions slice its text."""
    title = draw(lines(max_size=30))
    paragraphs = tuple(draw(st.lists(lines(max_size=60), max_size=max_paragraphs)))
    text = title + "\n\n" + "\n".join(paragraphs)
    cast = tuple(
        draw(st.lists(speakers(), max_size=max_speakers, unique_by=lambda speaker: speaker.id))
    )
    return Article(
        id=draw(_IDS),
        title=title,
        paragraphs=paragraphs,
        index=draw(st.none() | st.integers(min_value=0, max_value=100_000) | st.integers()),
        language=draw(st.none() | language_tags),
        published=draw(published_values()),
        source=draw(st.none() | lines()),
        outlet=draw(st.none() | lines()),
        quotes=draw(nested(draw(st.lists(quotes_in(text, cast), max_size=max_quotes)))),
        speakers=cast,
        warnings=tuple(draw(st.lists(article_warnings(), max_size=2))),
    )
