"""Quotation and speaker extraction: the seam between reader and extractor.

:func:`extract_quotes` finds the quotations in a text with the rules of its language's bundle
(``lang/de``, ``lang/en``) on top of the language-neutral pairing of quotation marks
(``quotemarks``), reads the quotations that direct quotations quote, then resolves the
speakers of one text together (``speakers``): pronouns to the last fitting speaker, "Putin" to
"Wladimir Putin"; a headline's quotation without a speaker takes the body's speaker of the same
words. The reader calls
:func:`annotate_article` on every Article it builds (unless ``extract=False``).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from typing import TYPE_CHECKING, Final, TypeAlias

from newscorpus._extract.framing import with_frames
from newscorpus._extract.language import base_language, detect_language
from newscorpus._extract.languages import (
    get_language,
    on_registry_change,
    supported_languages,
    unsupported_language,
)
from newscorpus._extract.lexicon import read_speaker_word_roles
from newscorpus._extract.parts import assemble_quotes
from newscorpus._extract.quotemarks import QuoteContext, find_quote_pairs, is_quotation
from newscorpus._extract.shared_rules import find_attributions_shared
from newscorpus._extract.speakers import (
    Attribution,
    SpeakerRegistry,
    analyse_mention,
    introduced_organisation,
    written_alone,
)
from newscorpus._model import (
    Article,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    is_valid_unicode,
    trusted_mention,
    trusted_quote,
    trusted_quote_with,
    trusted_span,
    trusted_split_mention,
    with_extraction,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from newscorpus._extract.engine import KnownPeopleBase
    from newscorpus._extract.quotemarks import QuotePair

__all__ = [
    "ArticleParts",
    "annotate_article",
    "extract_article_parts",
    "extract_quotes",
    "require_language",
]


def extract_quotes(text: str, *, language: str | None = None) -> tuple[Quote, ...]:
    """Find the quotations in ``text``; spans are offsets into exactly ``text``.

    ``language`` is a BCP 47 tag whose primary subtag is a registered language (German ``de``,
    ``de-AT``, ...; English ``en``, ...; see :func:`supported_languages`); any other raises
    :class:`UnsupportedLanguageError`. None detects the language from its function words; a
    text too short for them is read by every registered language's rules and the one that
    attributes the most quotations wins; when none does, only quotations between quotation marks
    are found, without speakers. The result is sorted by span start.

    A text of 65,536 characters or more (far longer than a news article) is extracted with
    Python's cyclic garbage collector paused, and the collector is enabled again afterwards if
    it was (see docs/performance.md, "Linear time on adversarial text").
    """
    if language is None:
        quotes, _, _ = _extract_detected(text)
        return quotes
    require_language(language)
    quotes, _ = _extract(text, _rules_language(language))
    return quotes


def require_language(tag: str) -> None:
    """Check that the BCP 47 ``tag`` names a registered language (``"de-AT"``: German); else
    raise :class:`UnsupportedLanguageError`, naming the tag as given (any object: a caller's
    ``5`` gets this error too) and the supported ones."""
    if not isinstance(tag, str) or base_language(tag) not in supported_languages():
        raise unsupported_language(tag)


def annotate_article(article: Article) -> Article:
    """Return ``article`` with ``quotes`` and ``speakers`` filled in by the extractor.

    ``speakers`` holds one speaker per person or organisation quoted, merged within the
    article; ``language`` is set to the detected language if it was None and one was found.
    """
    quotes, speakers, language = extract_article_parts(article.text, article.language)
    return with_extraction(article, quotes, speakers, language)


#: What extraction fills in for an article: its quotes, its speakers, its language.
ArticleParts: TypeAlias = tuple[tuple[Quote, ...], tuple[Speaker, ...], str | None]


def extract_article_parts(text: str, language: str | None) -> ArticleParts:
    """What :func:`annotate_article` fills in for an article's ``text`` and ``language``: its
    quotes, its speakers and its language (detected if None). The reader calls it before it
    builds an Article, so that each Article is built and checked once."""
    if language is None:
        return _extract_detected(text)
    quotes, speakers = _extract(text, _rules_language(language))
    return quotes, speakers, language


def _rules_language(language: str) -> str | None:
    """The registered language whose rules run for a tag: its primary subtag, if registered."""
    primary = base_language(language)
    return primary if primary is not None and primary in supported_languages() else None


def _extract_detected(text: str) -> ArticleParts:
    """Quotes and speakers of a text of unknown language, and the language they came from.

    The function words decide when they can (:func:`detect_language`). A text too short for
    them ("„Das ist gut“, sagte Merkel.") is read by the rules of every registered language, and
    the language whose rules attribute the most quotations to a speaker (then find the most
    quotations) wins, if it finds strictly more than every other; a tie, or nothing found,
    leaves the language unknown and the quotation marks only.
    """
    detected = detect_language(text)
    if detected is not None:
        return (*_extract(text, detected), detected)
    marks_only = _extract(text, None)
    result = marks_only
    best: tuple[int, int] = (0, len(marks_only[0]))
    chosen: str | None = None
    tied = False
    for code in supported_languages():
        found = _extract(text, code)
        evidence = (sum(quote.speaker is not None for quote in found[0]), len(found[0]))
        if evidence > best:
            best, chosen, tied, result = evidence, code, False, found
        elif evidence == best and chosen is not None:
            tied = True
    if tied:
        return (*marks_only, None)
    return (*result, chosen)


#: From this many characters on, one text's extraction runs with the cyclic garbage collector
#: paused (see :func:`_collector_paused`); a news article is a few thousand.
GC_PAUSE_MIN_LENGTH = 65_536


@contextlib.contextmanager
def _collector_paused(length: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while one long text is extracted.

    Extraction keeps every quote, mention and speaker of a text alive until its end, and makes
    almost no reference cycles (60 objects of cyclic garbage for a 1 MB text of 21,000
    quotations), so each full collection during a long text walks a growing heap for nothing:
    10-15 % of the time at 1 MB, and the reason the time grew faster than the text (12x from
    100 KB to 1 MB instead of 10x). Texts under :data:`GC_PAUSE_MIN_LENGTH` characters, every
    news article, run as they are; a collector the caller disabled stays disabled.
    """
    if length < GC_PAUSE_MIN_LENGTH or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract(text: str, language: str | None) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    with _collector_paused(len(text)):
        return _extract_unpaused(text, language)


def _extract_unpaused(
    text: str, language: str | None
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    pairs = find_quote_pairs(text)
    known: KnownPeopleBase | None
    inner: list[Attribution] = []
    if language is not None:
        bundle = get_language(language)
        rules = bundle.load_rules() or find_attributions_shared
        attributions, known = rules(text, pairs, bundle)
        inner = _inner_attributions(
            text, attributions, lambda part, part_pairs: rules(part, part_pairs, bundle)[0]
        )
    else:
        attributions = [
            Attribution(kind=QuoteKind.DIRECT, content=pair.content)
            for pair in pairs
            if is_quotation(pair.content.slice(text), QuoteContext.NONE)
        ]
        known = None
    return _resolve(text, attributions, known, language, inner)


# Read for every quote: bound to a name once (a member read through its class goes through
# EnumType.__getattr__ on Python 3.11, a slow path).
_KIND_DIRECT = QuoteKind.DIRECT

#: The marks a quotation inside a quotation may open with (see :data:`_INNER_OPENING`).
_INNER_MARKS: Final = "‚‘'‹›„“”\"»«"
#: A quotation mark where a quotation inside a quotation may open: at the start, after a space,
#: a bracket, a colon or a dash, before a word ("sagte: ‚Bleib bescheiden‘", "said: 'Stay …'").
_INNER_OPENING: Final = re.compile(
    r"(?:^|(?<=[\s(\[:–—-]))[" + re.escape(_INNER_MARKS) + r"](?=\w)"
)
#: A pair of typewriter apostrophes that holds a quotation right after a colon ("sagte: 'Nein'").
_COLON_SINGLE_PAIR: Final = re.compile(r"(?<=: )'(\w[^'\n]*)'(?=$|[\s.,;:!?])")


def _as_double_marks(match: re.Match[str]) -> str:
    return '"' + match.group(1) + '"'


def _inner_attributions(
    text: str,
    attributions: Sequence[Attribution],
    read: Callable[[str, Sequence[QuotePair]], Sequence[Attribution]],
) -> list[Attribution]:
    """The quotations that direct quotations quote with a frame of their own: in "»Mein Vater
    sagte immer: ‚Bleib bescheiden‘«, erzählte Iris Berben" the Vater says "Bleib bescheiden".

    The language's rules (``read``) read each direct quotation's content as a text of its own,
    where the marks inside are its main marks; a direct quotation they find there with a
    speaker or a cue is kept, its spans moved into ``text``. A quotation inside without a frame
    (a title, a scare quote: „Wir haben „Kunden“ gewonnen“) stays part of the words around it.
    Only contents with a mark that may open a quotation are read: few have one.
    """
    found: list[Attribution] = []
    for attribution in attributions:
        if attribution.kind is not _KIND_DIRECT or attribution.relayed:
            continue
        start, end = attribution.content.start, attribution.content.end
        part = text[start:end]
        if _INNER_OPENING.search(part) is None:
            continue
        # A typewriter apostrophe right after a colon opens a quotation whatever the language
        # reads it as elsewhere ("hat gesagt: 'Das Geld ist weg'"): such a pair is read as a
        # pair of double marks, which keeps every offset.
        if ": '" in part:
            part = _COLON_SINGLE_PAIR.sub(_as_double_marks, part)
        for quoted in read(part, find_quote_pairs(part)):
            first = quoted.content.start
            if (
                quoted.kind is not _KIND_DIRECT
                or quoted.inherit
                or (quoted.mention is None and not quoted.cue)
                or first == 0
                or part[first - 1] not in _INNER_MARKS
            ):
                continue
            found.append(_moved(quoted, start))
    return found


def _moved(attribution: Attribution, offset: int) -> Attribution:
    """``attribution`` with its spans ``offset`` characters later: from a quotation's content
    read as a text of its own into the text around it."""

    def move(span: Span) -> Span:
        return trusted_span(span.start + offset, span.end + offset)

    return Attribution(
        kind=attribution.kind,
        content=move(attribution.content),
        mention=None if attribution.mention is None else move(attribution.mention),
        mention_words=attribution.mention_words,
        cue=tuple(move(span) for span in attribution.cue),
        frame=None if attribution.frame is None else move(attribution.frame),
        plural=attribution.plural,
        genitive=attribution.genitive,
        addressee=None if attribution.addressee is None else move(attribution.addressee),
        cue_words=tuple(move(span) for span in attribution.cue_words),
    )


def _trimmed(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None  # nothing said: an empty content is no quote
    if start == span.start and end == span.end:
        return span
    return trusted_span(start, end)


# Punctuation a speaker mention may not start or end with: a rule that takes in an apposition
# set off by commas ("nach Ansicht des Gutachters, Jan Weber, gegen …")
# may end its phrase on the closing comma, which is the sentence's, not the mention's.
_MENTION_EDGE_MARKS = ",;:–—"
_PARTS = 2  # a cue of fewer spans has nothing to join
_WORD_GAP = " "  # cue words parted only by this are one span ("gab bekannt")


def _mention_without_marks(text: str, span: Span) -> Span:
    """A speaker mention without the separating punctuation and white space at its edges:
    "des Gutachters, Jan Weber," ends after "Weber". A mention of
    marks only stays as it is."""
    start, end = span.start, span.end
    while end > start and (text[end - 1] in _MENTION_EDGE_MARKS or text[end - 1].isspace()):
        end -= 1
    while start < end and (text[start] in _MENTION_EDGE_MARKS or text[start].isspace()):
        start += 1
    if start == span.start and end == span.end:
        return span
    return trusted_span(start, end) if start < end else span


_PERSON = SpeakerKind.PERSON  # (an enum member read through its class is a slow path)
_ANSWERING_GENDERS = frozenset({"m", "f"})


def _answering(
    registry: SpeakerRegistry, attribution: Attribution, asked: Attribution, language: str
) -> tuple[int, ...]:
    """The speaker a "he" or "she" right after a question means when the one asked is a person
    that pronoun fits ("A reporter asked Helen Clark how …. “…,” she replied": Helen Clark),
    else none (the pronoun is resolved as any other)."""
    pronoun = analyse_mention(attribution.mention_words, language=language)
    if (
        pronoun is None
        or not pronoun.pronoun
        or pronoun.plural
        or pronoun.gender not in _ANSWERING_GENDERS
    ):
        return ()
    person = analyse_mention(asked.mention_words, language=language)
    if (
        person is None
        or person.kind is not _PERSON
        or not person.named
        or person.gender not in {None, pronoun.gender}
    ):
        return ()
    return registry.resolve_mention(asked, language, -1)


#: How many attributions before one _since_before reads: the frame whose content holds a mention
#: comes right before its sentence's other attributions (they are in text order of content), and
#: a bound keeps a run-on paragraph of many attributions linear.
_ENCLOSING_REACH = 8


def _since_before(
    since: int, earlier: Sequence[tuple[Span, int, Span | None]], mention: Span | None
) -> int:
    """Where the quotations before an attribution end, for its pronoun to look after: ``since``,
    the end of all so far, unless the mention lies inside the content of an earlier frame set
    into its own content (its speaker words inside it: "Er sagte laut dem Sender Al Jazeera:
    „…“", the frame's content the whole sentence), whose end would leave the pronoun nobody
    before it; then the furthest end before the mention. A quotation nested in a content with
    the same speaker words ("The Peter Hain “mongrel” attack, he says, …") keeps ``since``, as
    that content's speaker did. ``earlier`` holds each earlier attribution's content, where it
    and its mention end, and its mention."""
    if mention is None or since <= mention.start:
        return since
    recent = earlier[-_ENCLOSING_REACH:]
    if not any(
        other is not None
        and other != mention
        and content.start < other.start < content.end
        and content.start <= mention.start
        and mention.end <= content.end
        for content, _, other in recent
    ):
        return since
    return max((end for _, end, _ in recent if end <= mention.start), default=0)


def _resolve(
    text: str,
    attributions: list[Attribution],
    known: KnownPeopleBase | None,
    language: str | None,
    inner: Sequence[Attribution] = (),
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """The quotes of ``attributions`` with their speakers resolved, and those speakers.

    One pass over the attributions resolves the speakers (in text order, which pronouns and
    continuations depend on); a second builds the quotes once every speaker is known. The
    ``inner`` attributions, of quotations that direct quotations quote
    (:func:`_inner_attributions`), are resolved after them: they continue no one, and no one
    continues them; a pronoun inside a quotation means someone of the speaker's story, not a
    speaker of the text, so it names no speaker.
    """
    registry = SpeakerRegistry(
        known,
        None if known is None else known.mentioned,
        None
        if language is None
        else functools.partial(introduced_organisation, text, language=language),
        None if language is None else functools.partial(written_alone, text, language=language),
        language,
        text,
    )
    resolved: list[tuple[Attribution, Span, tuple[int, ...], Span | None]] = []
    # Where the quotations so far end: a pronoun may mean a person mentioned after that.
    since = 0
    earlier: list[tuple[Span, int, Span | None]] = []  # see _since_before
    previous: tuple[int, ...] = ()
    previous_mention: Span | None = None
    asked: Attribution | None = None  # the one the attribution before put a question to
    # Keyed by plain values: a tuple of ints hashes in C, a Span or an enum member through a
    # Python-level __hash__ (an enum member is a singleton, so its id stands for it).
    seen: set[tuple[int, int, int, bool, int]] = set()
    for attribution in attributions:
        content = _trimmed(text, attribution.content)
        if content is None:
            continue
        # Of relayed sources with the same words the frame tells one from another ("Der
        # Minister wird von der Zeitung zitiert, die Lage sei laut Polizei ernst": the Zeitung
        # relays the Minister, the Minister the Polizei).
        frame = attribution.frame
        key = (
            id(attribution.kind),
            content.start,
            content.end,
            attribution.relayed,
            -1 if frame is None or not attribution.relayed else frame.start,
        )
        if key in seen:
            continue
        seen.add(key)
        numbers: tuple[int, ...] = ()
        mention = attribution.mention
        if mention is not None:
            mention = _mention_without_marks(text, mention)
        if mention is None:
            if attribution.inherit:
                numbers, mention = previous, previous_mention
                registry.touch_all(numbers)
        elif language is not None:
            if asked is not None:
                # "A reporter asked Helen Clark how …. “…,” she replied": the one asked answers
                numbers = _answering(registry, attribution, asked, language)
            if not numbers:
                # One speaker, or all the speakers of a coordination ("Anna und Ben sagten").
                numbers = registry.resolve_mention(
                    attribution, language, _since_before(since, earlier, mention)
                )
        asked = attribution.answerer
        # A rejected claim's words are the accusers'; the one who rejects it speaks on (a
        # pronoun among them looks back from where the claim's sentence starts).
        rejecter = attribution.rejecter
        rejecting = (
            None
            if rejecter is None or language is None
            else (
                registry.resolve_mention(
                    rejecter, language, _since_before(since, earlier, mention)
                ),
                rejecter.mention,
            )
        )
        end = max(content.end, -1 if mention is None else mention.end)
        earlier.append((content, end, mention))
        since = max(since, end)
        if numbers or mention is not None:
            previous, previous_mention = numbers, mention
        if rejecting is not None:
            previous, previous_mention = rejecting
        resolved.append((attribution, content, numbers, mention))
    for attribution in inner:
        content = _trimmed(text, attribution.content)
        if content is None:
            continue
        mention = attribution.mention
        numbers = ()
        if mention is not None and language is not None:
            mention = _mention_without_marks(text, mention)
            info = analyse_mention(attribution.mention_words, language=language)
            if info is not None and not info.pronoun:
                numbers = registry.resolve_mention(attribution, language, -1)
        resolved.append((attribution, content, numbers, mention))
    # The quotes of one speaker or none are built unvalidated when the text's slices are valid
    # model text and every span lies inside the text, which is what the validators would check
    # (see trusted_quote); a quote said together goes through the validators. The speakers'
    # names are words of the text too, so they are built unvalidated under the same condition.
    trusted = is_valid_unicode(text)
    speakers = registry.speakers(trusted=trusted)
    # A speaker is listed once its first quote is built: the numbers a quote names are distinct.
    used: dict[int, Speaker] = {}
    quotes: list[Quote] = []
    length = len(text)
    # A mention named by several attributions ("„…“, sagte er, „…“": both pieces) is built once.
    mentions: dict[tuple[int, int], Mention] = {}
    for attribution, content, numbers, mention in resolved:
        speaker: Speaker | None = None
        if numbers:
            for number in numbers:
                if number not in used:
                    used[number] = speakers[number]
            speaker = speakers[numbers[0]]
        cue = _cue_spans(text, attribution)
        if trusted and content.end <= length and len(numbers) <= 1:
            quotes.append(
                trusted_quote(
                    text[content.start : content.end],
                    attribution.kind,
                    content,
                    speaker,
                    None if mention is None else _mention(text, mention, mentions),
                    _cue_mention(text, cue, mentions),
                    None
                    if attribution.frame is None
                    else _mention(text, attribution.frame, mentions),
                    None
                    if attribution.addressee is None
                    else _mention(text, attribution.addressee, mentions),
                )
            )
            continue
        quotes.append(
            Quote(
                text=content.slice(text),
                kind=attribution.kind,
                span=content,
                speaker=speaker,
                co_speakers=tuple(speakers[number] for number in numbers[1:]),
                speaker_mention=None if mention is None else Mention.from_text(text, mention),
                cue=_mentions(text, cue),
                frame=None
                if attribution.frame is None
                else Mention.from_text(text, attribution.frame),
                addressee=None
                if attribution.addressee is None
                else Mention.from_text(text, attribution.addressee),
            )
        )
    quotes.sort(key=_position)
    sentences = () if known is None else known.sentences
    framed = with_frames(
        text,
        assemble_quotes(text, quotes),
        trusted=trusted,
        sentences=sentences,
        anaphors=_content_anaphors(language),
    )
    return _with_headline_speakers(text, framed), tuple(used.values())


#: The least share of a headline quotation's words that a quote of the body must hold to be
#: the one the headline repeats (see :func:`_with_headline_speakers`).
_ECHO_SHARE = 0.8
#: The fewest distinct words of a headline quotation that is matched in the body.
_ECHO_WORDS = 2
_ECHO_WORD = re.compile(r"[^\W_]+")


def _with_headline_speakers(text: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """A direct quotation in the headline that no rule gave a speaker takes the speaker of the
    quote in the body that repeats its words: a headline quotes what the article attributes
    ("Marino will nicht das Handtuch werfen – „Werde bis 2023 im Amt bleiben“" and, in the
    body, "„Ich werde bis 2023 im Amt bleiben“, sagte Marino"). The body quote must hold at
    least :data:`_ECHO_SHARE` of the headline quotation's distinct words (two or more), and
    every such quote must have the same speaker. The headline is the first line when a blank
    line follows it (see ``Article.text``)."""
    title_end = text.find("\n\n")
    if title_end <= 0:
        return quotes
    orphans = [
        number
        for number, quote in enumerate(quotes)
        if quote.span.end <= title_end and quote.speaker is None and quote.kind is _KIND_DIRECT
    ]
    if not orphans:
        return quotes
    body = [
        (quote.speaker, frozenset(_ECHO_WORD.findall(quote.content.lower())))
        for quote in quotes
        if quote.span.start > title_end and quote.speaker is not None
    ]
    if not body:
        return quotes
    result = list(quotes)
    for number in orphans:
        words = frozenset(_ECHO_WORD.findall(quotes[number].content.lower()))
        if len(words) < _ECHO_WORDS:
            continue
        speakers = {
            speaker for speaker, said in body if len(words & said) >= _ECHO_SHARE * len(words)
        }
        if len(speakers) == 1:
            result[number] = trusted_quote_with(quotes[number], {"speaker": speakers.pop()})
    return tuple(result)


@functools.cache
def _content_anaphors(language: str | None) -> frozenset[str]:
    """The words that open a sentence pointing back at the content before it ("Das teilte die
    Polizei mit"): the ``content_anaphors`` role, which the frames leave out."""
    if language is None:
        return frozenset()
    return read_speaker_word_roles(language)["content_anaphors"]


on_registry_change(_content_anaphors.cache_clear)


def _position(quote: Quote) -> tuple[int, int]:
    span = quote.span
    return span.start, span.end


def _mention(text: str, span: Span, built: dict[tuple[int, int], Mention]) -> Mention:
    """The mention of one span of a ``text`` that holds no lone surrogate: what
    Mention.from_text builds, without the validators, and once per span in ``built``."""
    key = (span.start, span.end)
    found = built.get(key)
    if found is None:
        found = built[key] = trusted_mention(text, span)
    return found


def _cue_spans(text: str, attribution: Attribution) -> tuple[Span, ...]:
    """The spans of an attribution's cue mention: its cue and the words completing it, with
    words that only a space parts joined into one span ("gab bekannt", "heißt es"), so that
    only a cue the clause interrupts is in parts ("teilte … mit")."""
    spans = attribution.cue
    # Cue words only complete a cue: an attribution copied without its cue (a quotation that
    # continues the speaker of the sentence before, whose verb is not its cue) shows none.
    if attribution.cue_words and spans:
        spans = tuple(sorted((*spans, *attribution.cue_words), key=_span_start))
    if len(spans) < _PARTS:
        return spans
    joined = [spans[0]]
    for span in spans[1:]:
        last = joined[-1]
        if text[last.end : span.start] == _WORD_GAP:
            joined[-1] = Span(start=last.start, end=span.end)
        else:
            joined.append(span)
    return tuple(joined)


def _span_start(span: Span) -> int:
    return span.start


def _cue_mention(
    text: str, spans: tuple[Span, ...], built: dict[tuple[int, int], Mention]
) -> Mention | None:
    """The cue mention of ``spans`` in a ``text`` that holds no lone surrogate: a span's
    (:func:`_mention`), or that of several parts ("teilte … mit") built unvalidated when they
    are sorted, disjoint and inside the text, which is what Mention.from_text would sort and
    check (it does, and says what is wrong, otherwise)."""
    if len(spans) == 1:
        return _mention(text, spans[0], built)
    if not spans:
        return None
    limit = 0
    for span in spans:
        if span.start < limit:
            return Mention.from_text(text, *spans)
        limit = span.end
    if limit > len(text):
        return Mention.from_text(text, *spans)
    return trusted_split_mention(text, spans)


def _mentions(text: str, spans: tuple[Span, ...]) -> Mention | None:
    """The mention of one or more spans (a separable verb: "fügte … hinzu"), None for none."""
    return Mention.from_text(text, *spans) if spans else None
