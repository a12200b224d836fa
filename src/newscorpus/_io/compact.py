"""A compact, picklable form of an Article, for sending extraction results between processes.

Pickling an Article sends its text about three times (the paragraphs, the derived ``text``, and
every quote's and mention's own copy of its slice) and rebuilding it runs Python code per object:
on the shared corpora that is ~27 MB of pickles for ~9 MB of text, and unpickling costs the
parent process about a tenth of what the extraction itself costs. The compact form sends the
paragraphs once and every quote and mention as integer offsets (~11 MB for the same corpora);
:func:`decode` cuts the texts out of the article's text again.

:func:`decode` rebuilds the objects without running the model's validators: it only ever sees
what :func:`encode` made of an Article that passed them, and the round trip is checked by a
property test over every kind of valid Article (``tests/test_parallel.py``). If the model gains
or loses a field this module refuses to import, rather than silently dropping the field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, TypeAlias

import attrs

from newscorpus._model import (
    SPLIT_MENTION_JOINER,
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
    import datetime as dt

__all__ = ["CompactArticle", "decode", "encode"]

#: A mention as offsets: ``(start, end)``, or the flattened ``(start, end, start, end, ...)`` of
#: its parts for a split mention; None for no mention.
_CompactMention: TypeAlias = "tuple[int, ...] | None"
#: ``(kind, start, end, speaker number or -1, speaker_mention, cue, frame, addressee, parts,
#: enclosing or -1, co-speaker numbers)``; ``parts`` is the flattened ``(start, end, ...)`` of
#: the parts, or ``()``.
_CompactQuote: TypeAlias = (
    "tuple[int, int, int, int, _CompactMention, _CompactMention, _CompactMention, _CompactMention,"
    " tuple[int, ...], int, tuple[int, ...]]"
)
#: ``(id, name, aliases, roles, kind, generic)``.
_CompactSpeaker: TypeAlias = "tuple[str, str, tuple[str, ...], tuple[str, ...], int, bool]"
#: ``(code, message, line)``.
_CompactWarning: TypeAlias = "tuple[str, str, int | None]"
#: ``(id, title, paragraphs, index, language, published, source, outlet, warnings, quotes,
#: speakers, number of speakers that are Article.speakers)``: quote speakers that are not among
#: the article's speakers (possible in a hand-built Article) follow those.
CompactArticle: TypeAlias = tuple[
    str,
    str,
    tuple[str, ...],
    "int | None",
    "str | None",
    "dt.date | dt.datetime | None",
    "str | None",
    "str | None",
    tuple[_CompactWarning, ...],
    tuple[_CompactQuote, ...],
    tuple[_CompactSpeaker, ...],
    int,
]

_QUOTE_KINDS: Final = tuple(QuoteKind)
_QUOTE_KIND_NUMBERS: Final = {kind: number for number, kind in enumerate(_QUOTE_KINDS)}
_SPEAKER_KINDS: Final = tuple(SpeakerKind)
_SPEAKER_KIND_NUMBERS: Final = {kind: number for number, kind in enumerate(_SPEAKER_KINDS)}
_NO_SPEAKER: Final = -1
_NOT_ENCLOSED: Final = -1
_SINGLE_SPAN: Final = 2


def _check_fields(cls: type, expected: tuple[str, ...]) -> None:
    """Refuse to run if the model's fields changed: encode and decode would lose data."""
    names = tuple(field.name for field in attrs.fields(cls))
    if names != expected:
        raise RuntimeError(
            f"newscorpus._io.compact is out of date: {cls.__name__} has the fields {names}, "
            f"the compact form knows {expected}"
        )


_check_fields(Span, ("start", "end"))
_check_fields(Mention, ("text", "span", "parts"))
_check_fields(Speaker, ("id", "name", "aliases", "roles", "kind", "generic"))
_check_fields(
    Quote,
    (
        "text",
        "kind",
        "span",
        "speaker",
        "speaker_mention",
        "cue",
        "frame",
        "addressee",
        "parts",
        "enclosing",
        "co_speakers",
    ),
)
_check_fields(ArticleWarning, ("code", "message", "line"))
_check_fields(
    Article,
    (
        "id",
        "title",
        "paragraphs",
        "index",
        "language",
        "published",
        "source",
        "outlet",
        "quotes",
        "speakers",
        "warnings",
        "_text",
    ),
)


# --- encode ------------------------------------------------------------------------------------


def _encode_mention(mention: Mention | None) -> tuple[int, ...] | None:
    if mention is None:
        return None
    if mention.parts:
        return tuple(offset for part in mention.parts for offset in (part.start, part.end))
    return (mention.span.start, mention.span.end)


def _speaker_number(speaker: Speaker, numbers: dict[int, int], speakers: list[Speaker]) -> int:
    """The number of ``speaker`` among ``speakers``, appending it if it is not there yet."""
    found = numbers.get(id(speaker))
    if found is None:
        found = numbers[id(speaker)] = len(speakers)
        speakers.append(speaker)
    return found


def encode(article: Article) -> CompactArticle:
    """The compact form of ``article``; :func:`decode` gives back an equal Article."""
    numbers = {id(speaker): number for number, speaker in enumerate(article.speakers)}
    speakers = list(article.speakers)
    quotes: list[_CompactQuote] = []
    for quote in article.quotes:
        speaker = quote.speaker
        number = _NO_SPEAKER
        if speaker is not None:
            number = _speaker_number(speaker, numbers, speakers)
        co_speakers = tuple(
            _speaker_number(other, numbers, speakers) for other in quote.co_speakers
        )
        quotes.append(
            (
                _QUOTE_KIND_NUMBERS[quote.kind],
                quote.span.start,
                quote.span.end,
                number,
                _encode_mention(quote.speaker_mention),
                _encode_mention(quote.cue),
                _encode_mention(quote.frame),
                _encode_mention(quote.addressee),
                tuple(offset for part in quote.parts for offset in (part.start, part.end)),
                _NOT_ENCLOSED if quote.enclosing is None else quote.enclosing,
                co_speakers,
            )
        )
    return (
        article.id,
        article.title,
        article.paragraphs,
        article.index,
        article.language,
        article.published,
        article.source,
        article.outlet,
        tuple((warning.code, warning.message, warning.line) for warning in article.warnings),
        tuple(quotes),
        tuple(
            (
                speaker.id,
                speaker.name,
                speaker.aliases,
                speaker.roles,
                _SPEAKER_KIND_NUMBERS[speaker.kind],
                speaker.generic,
            )
            for speaker in speakers
        ),
        len(article.speakers),
    )


# --- decode ------------------------------------------------------------------------------------

# The instances are built the way unpickling builds them (attrs' frozen classes are set with
# object.__setattr__), so no validator runs a second time.
_new = object.__new__
_set = object.__setattr__


def _span(start: int, end: int) -> Span:
    span = _new(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    return span


def _decode_mention(text: str, offsets: tuple[int, ...] | None) -> Mention | None:
    if offsets is None:
        return None
    mention = _new(Mention)
    if len(offsets) == _SINGLE_SPAN:
        start, end = offsets
        _set(mention, "text", text[start:end])
        _set(mention, "span", _span(start, end))
        _set(mention, "parts", ())
        return mention
    parts = tuple(_span(offsets[at], offsets[at + 1]) for at in range(0, len(offsets), 2))
    _set(mention, "text", SPLIT_MENTION_JOINER.join(text[part.start : part.end] for part in parts))
    _set(mention, "span", _span(offsets[0], offsets[-1]))
    _set(mention, "parts", parts)
    return mention


def _decode_speaker(compact: _CompactSpeaker) -> Speaker:
    speaker = _new(Speaker)
    identifier, name, aliases, roles, kind, generic = compact
    _set(speaker, "id", identifier)
    _set(speaker, "name", name)
    _set(speaker, "aliases", aliases)
    _set(speaker, "roles", roles)
    _set(speaker, "kind", _SPEAKER_KINDS[kind])
    _set(speaker, "generic", generic)
    return speaker


def _decode_warning(compact: _CompactWarning) -> ArticleWarning:
    warning = _new(ArticleWarning)
    code, message, line = compact
    _set(warning, "code", code)
    _set(warning, "message", message)
    _set(warning, "line", line)
    return warning


def decode(compact: CompactArticle) -> Article:
    """The Article that :func:`encode` made ``compact`` of."""
    (
        identifier,
        title,
        paragraphs,
        index,
        language,
        published,
        source,
        outlet,
        compact_warnings,
        compact_quotes,
        compact_speakers,
        own_speakers,
    ) = compact
    text = title + "\n\n" + "\n".join(paragraphs)
    speakers = [_decode_speaker(speaker) for speaker in compact_speakers]
    quotes: list[Quote] = []
    for (
        kind,
        start,
        end,
        number,
        mention,
        cue,
        frame,
        addressee,
        parts,
        enclosing,
        co_speakers,
    ) in compact_quotes:
        quote = _new(Quote)
        _set(quote, "text", text[start:end])
        _set(quote, "kind", _QUOTE_KINDS[kind])
        _set(quote, "span", _span(start, end))
        _set(quote, "speaker", None if number == _NO_SPEAKER else speakers[number])
        _set(quote, "speaker_mention", _decode_mention(text, mention))
        _set(quote, "cue", _decode_mention(text, cue))
        _set(quote, "frame", _decode_mention(text, frame))
        _set(quote, "addressee", _decode_mention(text, addressee))
        pieces = tuple(_span(parts[at], parts[at + 1]) for at in range(0, len(parts), 2))
        _set(quote, "parts", pieces)
        _set(quote, "enclosing", None if enclosing == _NOT_ENCLOSED else enclosing)
        _set(quote, "co_speakers", tuple(speakers[other] for other in co_speakers))
        quotes.append(quote)
    article = _new(Article)
    _set(article, "id", identifier)
    _set(article, "title", title)
    _set(article, "paragraphs", paragraphs)
    _set(article, "index", index)
    _set(article, "language", language)
    _set(article, "published", published)
    _set(article, "source", source)
    _set(article, "outlet", outlet)
    _set(article, "quotes", tuple(quotes))
    _set(article, "speakers", tuple(speakers[:own_speakers]))
    _set(article, "warnings", tuple(_decode_warning(warning) for warning in compact_warnings))
    _set(article, "_text", text)
    return article
