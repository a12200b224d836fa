"""The data model: articles, quotations and the people who said them.

Every class is an immutable attrs class with keyword-only arguments; collections are tuples; use
:func:`attrs.evolve` to derive a changed copy. Spans are half-open character offsets into
:attr:`Article.text` (or into the exact string given to :func:`newscorpus.extract_quotes`), and
the invariant ``text[span.start:span.end] == quote.text`` is checked whenever an Article is built.

This module does not import cattrs: serialization lives in ``_converter``.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from typing import TYPE_CHECKING, Any, cast

import attrs

from newscorpus._exceptions import ModelError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

__all__ = [
    "SPLIT_MENTION_JOINER",
    "Article",
    "ArticleWarning",
    "Mention",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "check_language",
    "check_quotes",
    "is_valid_unicode",
    "quote_with_enclosing",
    "quote_with_parts",
    "trusted_mention",
    "trusted_quote",
    "trusted_quote_with",
    "trusted_span",
    "trusted_speaker",
    "trusted_split_mention",
    "with_extraction",
]

#: Joins the parts of a discontinuous mention's text, as in ``"fügte … hinzu"``.
SPLIT_MENTION_JOINER = " … "

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_problem(name: str, value: str) -> str | None:
    if value.isascii():
        return None  # the common case, checked in C without the search
    found = _SURROGATE.search(value)
    if found is None:
        return None
    return (
        f"{name} must be valid Unicode, got the lone surrogate U+{ord(found.group()):04X} at "
        f"character {found.start()} (text decoded with errors='surrogateescape'?)"
    )


def _check_unicode(
    _instance: object, attribute: attrs.Attribute[Any], value: str | tuple[str, ...] | None
) -> None:
    """Text must be Unicode characters: a lone surrogate cannot be written as UTF-8 anywhere."""
    if value is None:
        return
    if isinstance(value, str):
        problem = _surrogate_problem(attribute.name, value)
        if problem is not None:
            raise ModelError(problem)
        return
    if _surrogate_problem(attribute.name, "".join(value)) is None:
        return  # one search over all the items; which one is at fault is looked for only then
    for number, item in enumerate(value):
        problem = _surrogate_problem(f"{attribute.name}[{number}]", item)
        if problem is not None:
            raise ModelError(problem)


def is_valid_unicode(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate: every slice of it is then valid model text."""
    if text.isascii():
        return True
    # Encoding to UTF-8 fails on a surrogate and on nothing else: the same answer as the
    # search in _surrogate_problem, found in C several times faster (once per article).
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _non_negative(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ModelError(f"{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)``; ``0 <= start <= end``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ModelError(
                f"end must be >= start ({self.start}), got {self.end}",
            )

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return ``text[start:end]``."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character (an empty span shares none)."""
        return (
            self.start < self.end
            and other.start < other.end
            and self.start < other.end
            and other.start < self.end
        )

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> Span:
        """Return the span moved by ``offset`` characters."""
        return Span(start=self.start + offset, end=self.end + offset)


def _check_parts(
    instance: Mention, _attribute: attrs.Attribute[Any], parts: tuple[Span, ...]
) -> None:
    if not parts:
        return
    if len(parts) == 1:
        raise ModelError(f"parts must be empty or have at least 2 spans, got {parts!r}")
    if parts[0].start != instance.span.start or parts[-1].end != instance.span.end:
        raise ModelError(
            f"parts must start and end where span does ({instance.span!r}), got {parts!r}",
        )
    for before, after in itertools.pairwise(parts):
        if before.end > after.start:
            raise ModelError(f"parts must be sorted and disjoint, got {parts!r}")


@attrs.frozen(kw_only=True)
class Mention:
    """A stretch of an article's text, such as a speaker's name or a cue verb.

    A discontinuous mention (German separable verbs: "fügte ... hinzu") has ``parts``, two or more
    sorted disjoint spans; ``span`` then covers them all and ``text`` is the parts' text joined by
    ``" … "``. A continuous mention has no parts and ``text == text_of_article[span]``.
    """

    text: str = attrs.field(validator=_check_unicode)
    span: Span
    parts: tuple[Span, ...] = attrs.field(default=(), validator=_check_parts)

    def expected_text(self, text: str) -> str:
        """The mention's text as cut out of ``text`` by its span or parts."""
        if self.parts:
            return SPLIT_MENTION_JOINER.join(part.slice(text) for part in self.parts)
        return self.span.slice(text)

    @classmethod
    def from_text(cls, text: str, *spans: Span) -> Mention:
        """Build the mention that ``spans`` (one, or several disjoint ones) cut out of ``text``."""
        if not spans:
            raise ModelError("from_text needs at least one span")
        ordered = tuple(sorted(spans))
        beyond = [span for span in ordered if span.end > len(text)]
        if beyond:
            raise ModelError(
                f"spans must end within the text ({len(text)} characters), got {beyond[0]!r}"
            )
        if len(ordered) == 1:
            return cls(text=ordered[0].slice(text), span=ordered[0])
        cover = Span(start=ordered[0].start, end=ordered[-1].end)
        joined = SPLIT_MENTION_JOINER.join(part.slice(text) for part in ordered)
        return cls(text=joined, span=cover, parts=ordered)


class SpeakerKind(enum.Enum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


def _check_slug(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _SLUG.fullmatch(value):
        raise ModelError(
            f"{attribute.name} must be a slug (lowercase ascii letters and digits joined by '-'), "
            f"got {value!r}",
        )


def _check_not_blank(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ModelError(f"{attribute.name} must not be blank, got {value!r}")


def _check_bool(_instance: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise ModelError(f"{attribute.name} must be True or False, got {value!r}")


@attrs.frozen(kw_only=True)
class Speaker:
    """A person, organisation or other source that is quoted.

    ``id`` is a stable slug derived from the canonical ``name`` (``"wladimir-putin"``);
    ``aliases`` are other names seen for the same speaker (``"Putin"``); ``roles`` are role
    descriptions in their base form (``"russischer Präsident"``).

    ``generic`` marks a speaker that the text names only by a common noun, never by a name: a
    role ("der Sprecher", "a spokesman"), a collective ("die Polizei", "the company",
    "analysts"). Such a speaker is one source within its article; the police of one article
    are not the police of another, so a corpus lists generic speakers apart from named ones
    (``Corpus.speakers(generic=True)``, ``docs/queries.md``).
    """

    id: str = attrs.field(validator=_check_slug)
    name: str = attrs.field(validator=[_check_not_blank, _check_unicode])
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_check_unicode)
    roles: tuple[str, ...] = attrs.field(default=(), validator=_check_unicode)
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    generic: bool = attrs.field(default=False, validator=_check_bool)


class QuoteKind(enum.Enum):
    """How speech is represented (the typology of the German News Quotation Attribution data)."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    FREE_INDIRECT = "free_indirect"
    REPORTED = "reported"


def _check_quote_parts(
    instance: Quote, _attribute: attrs.Attribute[Any], parts: tuple[Span, ...]
) -> None:
    if not parts:
        return
    if len(parts) == 1:
        raise ModelError(
            f"parts must be empty (one part: the span) or have at least 2 spans, got {parts!r}"
        )
    if parts[0].start != instance.span.start or parts[-1].end != instance.span.end:
        raise ModelError(
            f"parts must start and end where span does ({instance.span!r}), got {parts!r}",
        )
    for number, part in enumerate(parts):
        if part.start == part.end:
            raise ModelError(f"parts[{number}] must not be empty, got {part!r}")
    for before, after in itertools.pairwise(parts):
        if before.end > after.start:
            raise ModelError(f"parts must be sorted and disjoint, got {parts!r}")


def _check_co_speakers(
    instance: Quote, attribute: attrs.Attribute[Any], value: tuple[Speaker, ...]
) -> None:
    if not value:
        return
    if instance.speaker is None:
        raise ModelError(
            f"{attribute.name} must be empty when speaker is None (the first speaker of a "
            f"coordination is the speaker), got {len(value)} speakers"
        )
    seen = {instance.speaker.id}
    for number, speaker in enumerate(value):
        if not isinstance(speaker, Speaker):
            raise ModelError(
                f"{attribute.name}[{number}] must be a Speaker, got {type(speaker).__name__}"
            )
        if speaker.id in seen:
            raise ModelError(
                f"{attribute.name}[{number}] must be a speaker other than the quote's other "
                f"speakers, got the id {speaker.id!r} again"
            )
        seen.add(speaker.id)


def _check_enclosing(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        raise ModelError(f"{attribute.name} must be None or >= 0, got {value!r}")


@attrs.frozen(kw_only=True)
class Quote:
    """One quotation: what was said, how, by whom, and where it stands in the text.

    ``text`` is the text under ``span``: ``article.text[span.start:span.end] == quote.text``.
    For most quotes that is exactly the quoted content, without quotation marks. A quotation
    interrupted by its own frame ("„Wir werden …“, sagte er, „… bleiben.“", "The situation is,
    the minister said, serious") is one quote with ``parts``: two or more sorted, disjoint,
    non-empty spans of content, the frame between them left out; so is a quotation over several
    paragraphs, whose parts leave out each line break and the mark that reopens the quotation
    after it. ``span`` then runs from the
    start of the first part to the end of the last, and ``text`` includes the frame between
    them; :attr:`content` and :attr:`part_texts` give the content alone. A quote of one piece
    has no parts (``parts == ()``); :attr:`content_spans` is ``parts or (span,)`` either way.

    ``enclosing`` is set on a quotation that stands inside another one: a quote within a direct
    quote, a partial direct quote within indirect speech, a quote one source relays from
    another ("Der Spiegel zitiert den Prediger mit den Worten „…“"). It is the position of the
    enclosing quote in the same sequence of quotes (``Article.quotes``, or what
    :func:`newscorpus.extract_quotes` returns), whose span contains this quote's span; ``None``
    for a quotation that stands on its own.

    ``speaker`` is the resolved speaker; ``speaker_mention`` the words in the text that name them
    (a full noun phrase such as "Der russische Präsident Wladimir Putin", or a pronoun such as
    "Er"); ``cue`` the words that signal speech ("sagte", "fügte … hinzu", "laut").

    A quotation that several speakers say together ("Anna Berg und Ben Schmidt sagten",
    "Anna Berg and Ben Smith said", then "they added") has its first speaker as ``speaker``
    and the others, in the order the text names them, as ``co_speakers``;
    ``speaker_mention`` covers the whole coordination. :attr:`speakers` gives all of them.
    ``co_speakers`` is empty for a quote of one speaker, and always when ``speaker`` is None.
    """

    text: str = attrs.field(validator=_check_unicode)
    kind: QuoteKind
    span: Span
    speaker: Speaker | None = None
    speaker_mention: Mention | None = None
    cue: Mention | None = None
    frame: Mention | None = None
    addressee: Mention | None = None
    parts: tuple[Span, ...] = attrs.field(default=(), validator=_check_quote_parts)
    enclosing: int | None = attrs.field(default=None, validator=_check_enclosing)
    co_speakers: tuple[Speaker, ...] = attrs.field(default=(), validator=_check_co_speakers)

    def __attrs_post_init__(self) -> None:
        if len(self.text) != len(self.span):
            raise ModelError(
                f"span must be as long as text ({len(self.text)} characters), "
                f"got {self.span!r} ({len(self.span)} characters)",
            )

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Everyone who said it: ``speaker`` and the ``co_speakers``; empty without a speaker."""
        if self.speaker is None:
            return ()
        return (self.speaker, *self.co_speakers)

    @property
    def content_spans(self) -> tuple[Span, ...]:
        """The spans of the quoted content: ``parts``, or ``(span,)`` for a quote of one piece."""
        return self.parts or (self.span,)

    @property
    def part_texts(self) -> tuple[str, ...]:
        """The text of each content span, in order (one string for a quote of one piece)."""
        if not self.parts:
            return (self.text,)
        start = self.span.start
        return tuple(self.text[part.start - start : part.end - start] for part in self.parts)

    @property
    def content(self) -> str:
        """What was said without the frame: the parts' text joined by ``" … "``, else ``text``."""
        if not self.parts:
            return self.text
        return SPLIT_MENTION_JOINER.join(self.part_texts)

    def mentions(self) -> Iterator[tuple[str, Mention]]:
        """Yield ``(field name, mention)`` for every mention that is set."""
        for name in ("speaker_mention", "cue", "frame", "addressee"):
            mention: Mention | None = getattr(self, name)
            if mention is not None:
                yield name, mention


def _check_line(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 1:
        raise ModelError(
            f"{attribute.name} must be None or >= 1 (lines count from 1), got {value!r}"
        )


@attrs.frozen(kw_only=True)
class ArticleWarning:
    """A data-quality finding about an article that did not stop it from being read.

    ``code`` is a stable identifier (``"truncated-paragraph"``, ``"duplicate-paragraph"``,
    ``"decoded-with-fallback"``, ...), ``line`` the 1-based line in the seed file, if any.
    """

    code: str = attrs.field(validator=_check_slug)
    message: str = attrs.field(validator=_check_unicode)
    line: int | None = attrs.field(default=None, validator=_check_line)


def check_language(
    _instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not _LANGUAGE_TAG.fullmatch(value):
        raise ModelError(
            f"{attribute.name} must be a BCP 47 tag such as 'de' or 'en-GB', got {value!r}"
        )


def _check_paragraphs(
    _instance: object,
    attribute: attrs.Attribute[tuple[str, ...]],
    value: tuple[str, ...],
) -> None:
    for number, paragraph in enumerate(value):
        if "\n" in paragraph or "\r" in paragraph:
            raise ModelError(
                f"{attribute.name}[{number}] must be one line, got {paragraph[:60]!r}",
            )


def _check_title(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if "\n" in value or "\r" in value:
        raise ModelError(f"{attribute.name} must be one line, got {value[:60]!r}")


def _make_text(title: str, paragraphs: tuple[str, ...]) -> str:
    return title + "\n\n" + "\n".join(paragraphs)


@attrs.frozen(kw_only=True)
class Article:
    """One news article: its text, metadata, and the quotations found in it.

    ``text`` is ``title + "\\n\\n" + "\\n".join(paragraphs)``, so offsets map one-to-one to the
    seed file's lines: the title is line 1 and paragraph ``i`` (0-based) is line ``i + 3``.
    Every span in ``quotes`` is an offset into ``text``; the slices are checked on creation.
    """

    id: str = attrs.field(validator=[_check_not_blank, _check_unicode])
    title: str = attrs.field(validator=[_check_title, _check_unicode])
    paragraphs: tuple[str, ...] = attrs.field(validator=[_check_paragraphs, _check_unicode])
    index: int | None = None
    language: str | None = attrs.field(default=None, validator=check_language)
    published: dt.date | dt.datetime | None = None
    source: str | None = attrs.field(default=None, validator=_check_unicode)
    outlet: str | None = attrs.field(default=None, validator=_check_unicode)
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    warnings: tuple[ArticleWarning, ...] = ()
    _text: str = attrs.field(init=False, repr=False, eq=False)

    @_text.default
    def _build_text(self) -> str:
        return _make_text(self.title, self.paragraphs)

    def __attrs_post_init__(self) -> None:
        check_quotes(self.text, self.quotes, where="quotes")

    @property
    def text(self) -> str:
        """Title, a blank line, and the paragraphs one per line."""
        return self._text

    def paragraph_spans(self) -> tuple[Span, ...]:
        """The span of each paragraph in :attr:`text`."""
        spans: list[Span] = []
        start = len(self.title) + 2
        for paragraph in self.paragraphs:
            spans.append(Span(start=start, end=start + len(paragraph)))
            start += len(paragraph) + 1
        return tuple(spans)

    def line_of(self, offset: int) -> int:
        """The 1-based line of the seed file that holds character ``offset`` of :attr:`text`."""
        if not 0 <= offset <= len(self._text):
            raise ModelError(f"offset must be within 0..{len(self._text)}, got {offset}")
        return self._text.count("\n", 0, offset) + 1

    @property
    def word_count(self) -> int:
        """Whitespace-separated words in title and paragraphs."""
        return len(self._text.split())

    def _repr_html_(self) -> str:
        """Jupyter shows an article as its text with the quotations marked."""
        # The renderer is loaded only when a notebook asks for it: the model stays light.
        from newscorpus._review.pages import render_html  # noqa: PLC0415

        return render_html(self)


# -- trusted construction ------------------------------------------------------------------------
# The extraction engine builds about a hundred thousand spans, mentions and quotes over the shared
# corpora, each from offsets it has just checked against its text; running the attrs validators
# on every one of them cost several per cent of extraction. These build the same objects without
# the validators, for callers that have checked what the validators would: everything built from
# outside (and every Article, whose quotes check_quotes re-checks against its text) stays
# validated.
_new_instance = object.__new__
_set_field = object.__setattr__


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The setter of the slot ``name`` of the slotted attrs class ``cls``: calling it sets the
    field on an instance as ``object.__setattr__`` does, without looking the name up on every
    call (the trusted builders below run about a hundred thousand times per pass over the
    shared corpora, and each of their fields costs half as much so)."""
    return cast("Callable[[object, object], None]", cls.__dict__[name].__set__)


_set_span_start = _slot_setter(Span, "start")
_set_span_end = _slot_setter(Span, "end")
_set_mention_text = _slot_setter(Mention, "text")
_set_mention_span = _slot_setter(Mention, "span")
_set_mention_parts = _slot_setter(Mention, "parts")
_set_quote_text = _slot_setter(Quote, "text")
_set_quote_kind = _slot_setter(Quote, "kind")
_set_quote_span = _slot_setter(Quote, "span")
_set_quote_speaker = _slot_setter(Quote, "speaker")
_set_quote_co_speakers = _slot_setter(Quote, "co_speakers")
_set_quote_speaker_mention = _slot_setter(Quote, "speaker_mention")
_set_quote_cue = _slot_setter(Quote, "cue")
_set_quote_frame = _slot_setter(Quote, "frame")
_set_quote_addressee = _slot_setter(Quote, "addressee")
_set_quote_parts = _slot_setter(Quote, "parts")
_set_quote_enclosing = _slot_setter(Quote, "enclosing")
_set_speaker_id = _slot_setter(Speaker, "id")
_set_speaker_name = _slot_setter(Speaker, "name")
_set_speaker_aliases = _slot_setter(Speaker, "aliases")
_set_speaker_roles = _slot_setter(Speaker, "roles")
_set_speaker_kind = _slot_setter(Speaker, "kind")
_set_speaker_generic = _slot_setter(Speaker, "generic")


def trusted_span(start: int, end: int) -> Span:
    """The Span ``[start, end)``, unvalidated: the caller knows ``0 <= start <= end``."""
    span = _new_instance(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


def trusted_mention(text: str, span: Span) -> Mention:
    """The continuous Mention of ``span`` in ``text``, unvalidated: the caller knows ``text``
    holds no lone surrogate (:func:`is_valid_unicode`)."""
    mention = _new_instance(Mention)
    _set_mention_text(mention, text[span.start : span.end])
    _set_mention_span(mention, span)
    _set_mention_parts(mention, ())
    return mention


def trusted_split_mention(text: str, parts: tuple[Span, ...]) -> Mention:
    """The Mention of two or more ``parts`` of ``text`` (a separable verb: "fügte … hinzu"),
    unvalidated: the caller knows ``text`` holds no lone surrogate and the parts are sorted,
    disjoint and end within it (what Mention.from_text would sort and check)."""
    mention = _new_instance(Mention)
    _set_mention_text(
        mention, SPLIT_MENTION_JOINER.join([text[part.start : part.end] for part in parts])
    )
    _set_mention_span(mention, trusted_span(parts[0].start, parts[-1].end))
    _set_mention_parts(mention, parts)
    return mention


def trusted_quote(
    text: str,
    kind: QuoteKind,
    span: Span,
    speaker: Speaker | None,
    speaker_mention: Mention | None,
    cue: Mention | None,
    frame: Mention | None,
    addressee: Mention | None,
) -> Quote:
    """A Quote of one piece that stands on its own (no parts, not enclosed), unvalidated: the
    caller knows ``text`` is the valid Unicode under ``span``."""
    quote = _new_instance(Quote)
    _set_quote_text(quote, text)
    _set_quote_kind(quote, kind)
    _set_quote_span(quote, span)
    _set_quote_speaker(quote, speaker)
    _set_quote_co_speakers(quote, ())
    _set_quote_speaker_mention(quote, speaker_mention)
    _set_quote_cue(quote, cue)
    _set_quote_frame(quote, frame)
    _set_quote_addressee(quote, addressee)
    _set_quote_parts(quote, ())
    _set_quote_enclosing(quote, None)
    return quote


def trusted_speaker(
    speaker_id: str,
    name: str,
    aliases: tuple[str, ...],
    roles: tuple[str, ...],
    kind: SpeakerKind,
    *,
    generic: bool,
) -> Speaker:
    """A Speaker, unvalidated: the caller knows ``speaker_id`` is a slug, ``name`` is not blank
    and every string is valid Unicode (words of a text :func:`is_valid_unicode` accepts)."""
    speaker = _new_instance(Speaker)
    _set_speaker_id(speaker, speaker_id)
    _set_speaker_name(speaker, name)
    _set_speaker_aliases(speaker, aliases)
    _set_speaker_roles(speaker, roles)
    _set_speaker_kind(speaker, kind)
    _set_speaker_generic(speaker, generic)
    return speaker


#: The attributes a Quote is made of.
_QUOTE_SLOTS = tuple(field.name for field in attrs.fields(Quote))


def _quote_copy(quote: Quote) -> Quote:
    copy = _new_instance(Quote)
    for name in _QUOTE_SLOTS:
        _set_field(copy, name, getattr(quote, name))
    return copy


def quote_with_parts(quote: Quote, parts: tuple[Span, ...]) -> Quote:
    """``quote`` with ``parts``: what :func:`attrs.evolve` builds, with only the new parts
    checked (the other fields were checked when ``quote`` was built, or built trusted). The
    assembly splits a few thousand quotes per pass over the shared corpora; validating every
    field of each again cost about ten times the copy."""
    copy = _quote_copy(quote)
    _set_field(copy, "parts", parts)
    _check_quote_parts(copy, attrs.fields(Quote).parts, parts)
    return copy


def trusted_quote_with(quote: Quote, changes: Mapping[str, object]) -> Quote:
    """``quote`` with the fields ``changes`` names set to their values: what
    :func:`attrs.evolve` builds, unvalidated. The caller knows the new values are what the
    validators accept (the assembly joins two pieces of a quotation, a few thousand per pass
    over the shared corpora: validating every field again cost twice the copy)."""
    copy = _quote_copy(quote)
    for name, value in changes.items():
        _set_field(copy, name, value)
    return copy


def quote_with_enclosing(quote: Quote, enclosing: int) -> Quote:
    """``quote`` with ``enclosing``: what :func:`attrs.evolve` builds, with only the new index
    checked (see :func:`quote_with_parts`)."""
    _check_enclosing(quote, attrs.fields(Quote).enclosing, enclosing)
    copy = _quote_copy(quote)
    _set_field(copy, "enclosing", enclosing)
    return copy


#: The attributes an Article is made of (the text it builds itself included).
_ARTICLE_SLOTS = tuple(field.name for field in attrs.fields(Article))


def with_extraction(
    article: Article,
    quotes: tuple[Quote, ...],
    speakers: tuple[Speaker, ...],
    language: str | None,
) -> Article:
    """``article`` with the extraction's quotes, speakers and language: what :func:`attrs.evolve`
    builds, without validating again the fields that do not change. The quotes are still
    checked against the text; ``language`` is the article's own or a registered code."""
    check_quotes(article.text, quotes, where="quotes")
    if language != article.language:
        check_language(article, attrs.fields(Article).language, language)
    copy = _new_instance(Article)
    for name in _ARTICLE_SLOTS:
        _set_field(copy, name, getattr(article, name))
    _set_field(copy, "quotes", quotes)
    _set_field(copy, "speakers", speakers)
    _set_field(copy, "language", language)
    return copy


def check_quotes(text: str, quotes: tuple[Quote, ...], *, where: str) -> None:
    """Raise :class:`ModelError` unless every quote and mention slices ``text`` to its own text."""
    length = len(text)
    for number, quote in enumerate(quotes):
        span = quote.span
        # The common case answered inline; the helpers below name what is wrong.
        if span.end > length or text[span.start : span.end] != quote.text:
            _check_slice(text, span, quote.text, f"{where}[{number}]")
        if quote.enclosing is not None:
            _check_enclosing_quote(quotes, number, f"{where}[{number}]")
        for name, mention in (  # Quote.mentions(), unrolled: this runs for every quote
            ("speaker_mention", quote.speaker_mention),
            ("cue", quote.cue),
            ("frame", quote.frame),
            ("addressee", quote.addressee),
        ):
            if mention is None:
                continue
            span = mention.span
            if (
                span.end <= length
                and not mention.parts
                and text[span.start : span.end] == mention.text
            ):
                continue
            _check_slice(text, span, None, f"{where}[{number}].{name}")
            expected = mention.expected_text(text)
            if expected != mention.text:
                raise ModelError(
                    f"{where}[{number}].{name}.text must equal the text under its span "
                    f"{expected!r}, got {mention.text!r}",
                )


def _check_slice(text: str, span: Span, expected: str | None, where: str) -> None:
    if span.end > len(text):
        raise ModelError(
            f"{where}.span must end within the text ({len(text)} characters), got {span!r}",
        )
    if expected is not None and span.slice(text) != expected:
        raise ModelError(
            f"{where}.text must equal the text under its span {span.slice(text)!r}, "
            f"got {expected!r}",
        )


def _check_enclosing_quote(quotes: tuple[Quote, ...], number: int, where: str) -> None:
    """The enclosing quote exists, is another quote, contains this one, and no chain loops."""
    quote = quotes[number]
    enclosing = quote.enclosing
    assert enclosing is not None  # checked by the caller
    if enclosing >= len(quotes) or enclosing == number:
        raise ModelError(
            f"{where}.enclosing must be the index of another quote (0 to {len(quotes) - 1}, "
            f"not {number}), got {enclosing}",
        )
    outer = quotes[enclosing]
    if not outer.span.contains(quote.span):
        raise ModelError(
            f"{where}.enclosing must name a quote whose span contains {quote.span!r}, "
            f"got {enclosing} with {outer.span!r}",
        )
    seen = {number}
    step: int | None = enclosing
    while step is not None:
        if step in seen:
            raise ModelError(
                f"{where}.enclosing must not lead back to a quote it encloses, got {enclosing} "
                f"(a cycle through quote {step})",
            )
        seen.add(step)
        following = quotes[step].enclosing
        step = following if following is not None and following < len(quotes) else None
