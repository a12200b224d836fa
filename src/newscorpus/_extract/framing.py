"""The frame of each quote: the words around its content that attribute it.

The rules record the pieces of an attribution: the cue ("sagte", "fügte … hinzu", "laut"), the
speaker mention and the addressee. A reader wants the whole attribution phrase as well, the
words that are not what was said: "In einem Interview äußerte sich der EU-Außenbeauftragte Javier
Solana jedoch zuversichtlich:" before a quotation, ", sagte der Minister am Montag" after one,
"laut Polizei" inside an indirect content. :func:`with_frames` sets ``Quote.frame`` to that
phrase, read from the text around the pieces, when the quote has a cue:

* for a verb or noun of saying before its content, the frame runs from the start of the
  sentence (as the language's rules split it: "Am 3. Mai sagte er" is one) up to the content
  (without the white space and quotation marks right before it);
* for one after its content, from the content's end (past its closing marks) to the end of the
  sentence (without the final punctuation), or up to the next quotation;
* between two parts of the content, all that stands between them ("„…“, sagte er und fügte
  hinzu: „…“", "Die Lage sei, so der Minister am Montag, ernst");
* for an attribution phrase the rules found ("laut Polizei", "…, so der Minister", "Wie die
  Polizei mitteilte,") and for a frame embedded in the quote's span, it is the pieces with the
  punctuation on either side.

It reads only offsets and characters, so it serves every language alike, and it runs after the
quotes are assembled: the frames it widens change no part, speaker or content. A frame never
overlaps its quote's content (a cue around a quotation frames it in two pieces), nor another
quote's content that holds none of its pieces (it stops there), and a reported
speech act, whose content is its whole clause, keeps the frame the rules gave it.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final

import attrs

from newscorpus._extract.quotemarks import COMMA_OPENER, COMMA_OPENER_AFTER
from newscorpus._model import (
    Mention,
    Quote,
    QuoteKind,
    Span,
    is_valid_unicode,
    trusted_mention,
    trusted_span,
    trusted_split_mention,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["with_frames"]

#: The farthest a frame reaches from its pieces to the sentence's start or end (characters): a
#: long adverbial before the speaker fits, a run-on text without sentence ends does not.
MAX_FRAME_REACH: Final = 240

# Characters that end a sentence when white space follows them, and breaks that always do.
_SENTENCE_END: Final = frozenset(".!?…")
_BREAKS: Final = frozenset("\n")
# Quotation marks: a frame never starts or ends with one (they belong to the quotation).
_QUOTATION_MARKS: Final = frozenset("\"'„“”‚‘’«»‹›")
# What an embedded frame takes in on either side: spaces and clause punctuation.
_PUNCTUATION: Final = frozenset(" \t\u00a0,;:–—-")
_SPACES: Final = frozenset(" \t\u00a0")
_CLOSING_MARKS: Final = frozenset("“”’«»‹›")
# What may stand before two commas that open a quotation in German web typing, as
# quotemarks.py reads them: white space, a line break, a bracket, a colon, a slash or a dash.
_COMMA_OPENER_AFTER: Final = _SPACES | _BREAKS | COMMA_OPENER_AFTER
# The marks that also write an apostrophe.
_APOSTROPHES: Final = frozenset("'’")
# What a frame drops after another quote's content it was cut at: the content's final
# punctuation and closing marks, and the clause punctuation before the frame's first word.
_AFTER_ANOTHER: Final = _PUNCTUATION | _SENTENCE_END | _QUOTATION_MARKS
# What a frame between two parts of a content leaves to the parts at its edges.
_GAP_EDGES: Final = _SPACES | _QUOTATION_MARKS | _BREAKS | frozenset("()[]")
# The unions the frame readers below step over, built once rather than on every call.
_MARKED_SPACES: Final = _SPACES | _QUOTATION_MARKS  # at a cut around a content
_BEFORE_CONTENT: Final = _MARKED_SPACES | _BREAKS  # between a frame and the content after it
_AFTER_CONTENT: Final = _MARKED_SPACES | _SENTENCE_END | _BREAKS  # between a content and a frame
_GAP_STOP: Final = _GAP_EDGES | _SENTENCE_END  # at the end of a frame between two parts
_ENDS: Final = _SENTENCE_END | _BREAKS  # what ends a sentence or line before an anaphor
_FINAL_MARKS: Final = _CLOSING_MARKS | _SENTENCE_END  # a sentence's last marks
_TRAILING: Final = _SPACES | frozenset(",")  # what a frame drops before its sentence's end
# A character no frame reads across (a line break, a quotation mark; an apostrophe in a word
# does not count, see _quotation_mark): one search finds the next, in C, where the loops
# would look at every character in reach.
_FRAME_BARRIER: Final = re.compile(
    "[" + "".join(re.escape(character) for character in sorted(_BREAKS | _QUOTATION_MARKS)) + "]"
)


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_REPORTED = QuoteKind.REPORTED


def with_frames(
    text: str,
    quotes: Sequence[Quote],
    *,
    trusted: bool,
    sentences: Sequence[tuple[int, int]] = (),
    anaphors: frozenset[str] = frozenset(),
) -> tuple[Quote, ...]:
    """``quotes`` with ``frame`` set to the attribution phrase of each quote that has a cue (see
    the module's docstring); the others unchanged. With ``trusted`` (``text`` is valid Unicode
    and the quotes were built unvalidated from it) the frames are set in place. ``sentences``
    are the extents of the sentences the language's rules read, in text order: where given, a
    frame runs to their ends, which know abbreviations and ordinals ("Am 3. Mai sagte er").
    ``anaphors`` are the (lower-case) words that open a sentence after its content and point
    back at it ("Das teilte die Polizei mit"): they stand for the content, not the frame."""
    result: list[Quote] = []
    contents = _Contents(quotes)
    known = _Sentences(sentences)
    for quote in quotes:
        if quote.cue is None or quote.kind is _KIND_REPORTED:
            result.append(quote)  # no frame to read: nothing the rules found is looked at
            continue
        # Inside a quotation the rules' sentences are the quotation's (it is never split):
        # there the characters tell where a sentence ends.
        read = _NO_SENTENCES if quote.enclosing is not None else known
        found = _pieces(quote, read)
        span = _frame_span(text, quote, found, read, anaphors)
        if span is None or (quote.frame is not None and quote.frame.span == span):
            result.append(quote)
            continue
        # Quote.content_spans as extents; most quotes are one piece, built without a loop.
        content, parts = quote.span, quote.parts
        own = (
            [(part.start, part.end) for part in parts] if parts else [(content.start, content.end)]
        )
        others = contents.within(span, found)
        cut = sorted({*own, *others}) if others else own
        pieces = _around(_outside_content(text, span, cut, own), found)
        if not pieces or (not trusted and not _valid_pieces(text, pieces)):
            result.append(quote)
        elif trusted:
            # The pieces are sorted, disjoint and inside the text (_outside_content cuts them in
            # order out of the span): what Mention.from_text would sort and check.
            frame = (
                trusted_mention(text, pieces[0])
                if len(pieces) == 1
                else trusted_split_mention(text, tuple(pieces))
            )
            object.__setattr__(quote, "frame", frame)
            result.append(quote)
        else:
            result.append(attrs.evolve(quote, frame=Mention.from_text(text, *pieces)))
    return tuple(result)


class _Contents:
    """The content spans of all quotes of a text, to find those a frame would reach into."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        # (start, end) pairs: tuples sort and compare in C
        # (Quote.content_spans read without its property call: this runs for every quote.)
        spans = [
            (part.start, part.end) for quote in quotes for part in quote.parts or (quote.span,)
        ]
        self.by_start = sorted(spans)
        self.starts = list(map(_FIRST, self.by_start))
        self.by_end = sorted(spans, key=_SECOND)
        self.ends = list(map(_SECOND, self.by_end))

    def within(self, span: Span, pieces: Sequence[Span]) -> list[tuple[int, int]]:
        """The contents that start or end inside ``span`` and hold none of the frame's
        ``pieces``. A content holding the pieces encloses the quote with its frame ("Die Lage
        sei laut Polizei ernst, sagte er" frames "laut Polizei" inside the content of "sagte");
        one that only holds the quote is cut out ("Karsai sagte, Afghanistan sei ein „Opfer
        des Terrorismus“" frames the quotation with "Karsai sagte,")."""
        found = self.by_start[
            bisect.bisect_left(self.starts, span.start) : bisect.bisect_left(self.starts, span.end)
        ]
        found += self.by_end[
            bisect.bisect_right(self.ends, span.start) : bisect.bisect_right(self.ends, span.end)
        ]
        if not found:
            return found  # most frames reach into no content
        # Loops, not a comprehension over a generator: one generator per content found cost
        # more than the test it runs (a frame has two or three pieces).
        kept: list[tuple[int, int]] = []
        for start, end in found:
            for piece in pieces:
                if start < piece.end and piece.start < end:
                    break
            else:
                kept.append((start, end))
        return kept


def _around(pieces: list[Span], found: Sequence[Span]) -> list[Span]:
    """The ``pieces`` of a frame from the first to the last that holds something the rules
    found: a frame runs up to another quote's content, not past it. "Yukos insisted the
    auction was theft but the authorities argued they …" frames the second content with "but
    the authorities argued", not with "Yukos insisted" before the first."""
    if len(pieces) < 2:  # the common case: nothing to choose from
        return pieces
    holding = [
        number
        for number, piece in enumerate(pieces)
        if any(piece.overlaps(mention) for mention in found)
    ]
    return pieces[holding[0] : holding[-1] + 1] if holding else pieces


#: The first and the second of a pair, read in C (no Python call per content or sentence).
_FIRST: Final[Callable[[tuple[int, int]], int]] = operator.itemgetter(0)
_SECOND: Final[Callable[[tuple[int, int]], int]] = operator.itemgetter(1)
#: A span's start and end, read in C (no comprehension per frame).
_START: Final[Callable[[Span], int]] = operator.attrgetter("start")
_END: Final[Callable[[Span], int]] = operator.attrgetter("end")


def _pieces(quote: Quote, sentences: _Sentences) -> list[Span]:
    """The spans of what the rules found of ``quote``'s attribution, within the sentence of
    its cue where ``sentences`` tell it: a speaker the rules took from the sentence before
    ("Die Union sprach sich gegen … aus. Als Begründung heißt es, …") is no part of the words
    that attribute this quote."""
    # Quote.mentions() unrolled, not a comprehension over the four: this runs for every quote
    # with a cue, and most have two mentions.
    cue, frame, addressee = quote.cue, quote.frame, quote.addressee
    pieces = [] if quote.speaker_mention is None else [quote.speaker_mention.span]
    if cue is not None:
        pieces.append(cue.span)
    if frame is not None:
        pieces.append(frame.span)
    if addressee is not None:
        pieces.append(addressee.span)
    if cue is None or frame is not None:
        return pieces
    sentence = sentences.holding(cue.span.start)
    if sentence is None:
        return pieces
    first, last = sentence
    # Most pieces lie in the cue's sentence: the list is kept, without a comprehension, when all do.
    for piece in pieces:
        if piece.start >= last or piece.end <= first:
            return [piece for piece in pieces if piece.start < last and piece.end > first]
    return pieces


def _valid_pieces(text: str, pieces: Sequence[Span]) -> bool:
    """Whether the frame ``pieces`` hold no lone surrogate. The frame is read around the pieces
    the rules found, so in a text decoded with ``errors="surrogateescape"`` it may take in a
    character no model text may hold ("Am Montag \\udcc3 sagte er, …"): such a quote keeps the
    frame the rules gave it rather than failing a text whose quotes themselves are valid."""
    return all(is_valid_unicode(text[piece.start : piece.end]) for piece in pieces)


def _outside_content(
    text: str, span: Span, content: Sequence[tuple[int, int]], own: Sequence[tuple[int, int]]
) -> list[Span]:
    """The pieces of ``span`` outside the ``content`` extents (sorted; the quote's ``own`` among
    them); where content was cut out, without the spaces and quotation marks at
    the cut: a cue around a quotation ("hatte den Bericht als „falsch“ zurückgewiesen") frames
    it on both sides. After another quote's content the clause punctuation goes too: ", und
    die Regierung erwiderte," after "Die Opposition sagte, der Plan sei gescheitert" frames
    the reply as "und die Regierung erwiderte,"."""
    pieces: list[Span] = []
    start = span.start
    for part in content:
        part_start, part_end = part
        if part_end <= start or part_start >= span.end:
            continue
        if part_start > start:
            stop = _back_over_opening(text, part_start, start, _MARKED_SPACES)
            if start < stop:
                pieces.append(trusted_span(start, stop))
        after = _MARKED_SPACES if part in own else _AFTER_ANOTHER
        start = _forward_over(text, max(start, part_end), span.end, after)
    if start < span.end:
        # most frames: nothing cut out, the one piece is the span itself
        pieces.append(span if start == span.start else trusted_span(start, span.end))
    return pieces


def _frame_span(
    text: str,
    quote: Quote,
    pieces: Sequence[Span],
    read: _Sentences,
    anaphors: frozenset[str],
) -> Span | None:
    """The attribution phrase of ``quote`` around its ``pieces``, or None when it has no cue;
    ``read`` are the sentences of the rules, if they serve the quote; a word of ``anaphors``
    opening the sentence after the content is left out."""
    if quote.cue is None:
        return None
    start = min(map(_START, pieces))
    end = max(map(_END, pieces))
    content = quote.span
    # a name in marks ends with its closing mark ("Laut „tagesschau.de“")
    end = _forward_over(text, end, len(text), _CLOSING_MARKS)
    if quote.frame is None and end <= content.start:
        stop = _back_over_opening(text, content.start, end, _BEFORE_CONTENT)
        return trusted_span(_sentence_start(text, start, read), max(stop, end))
    if quote.frame is None and start >= content.end:
        begin = _forward_over(text, content.end, start, _AFTER_CONTENT)
        if anaphors:
            begin = _past_anaphor(text, content.end, begin, start, anaphors)
        return trusted_span(begin, _sentence_stop(text, end, read))
    if quote.frame is None and start < content.start and content.end < end and not quote.parts:
        # A cue around a content of one part frames the whole sentence, as on either side
        # alone ("Als „…“ bezeichnet die Archäologin den Fund", "Seine Werke werden von
        # Kennern als „…“ bezeichnet"); the content is cut out of it below.
        return trusted_span(_sentence_start(text, start, read), _sentence_stop(text, end, read))
    gap = _gap_holding(quote, start, end)
    if gap is not None:
        # Between two parts of the content every word is the frame's ("„…“, sagte er und
        # fügte hinzu: „…“"), without the spaces, marks and brackets at the parts and the
        # full stop of a frame that ends its sentence ("„…“, sagte er. „…“").
        begin = _forward_over(text, gap.start, start, _GAP_EDGES)
        stop = _back_over(text, gap.end, end, _GAP_STOP)
        return trusted_span(begin, stop)
    # An attribution phrase the rules found ("laut Polizei", "so der Minister", "Wie die
    # Polizei mitteilte") and a frame embedded in the quote's span: the pieces with the
    # punctuation on either side, without the spaces at its ends.
    floor = content.end if start >= content.end else 0
    ceiling = content.start if end <= content.start else len(text)
    begin = _back_over(text, start, max(floor, start - MAX_FRAME_REACH), _PUNCTUATION)
    stop = _forward_over(text, end, min(ceiling, end + MAX_FRAME_REACH), _PUNCTUATION)
    begin = _forward_over(text, begin, start, _SPACES)
    return trusted_span(begin, _back_over(text, stop, end, _SPACES))


def _past_anaphor(
    text: str, content_end: int, begin: int, start: int, anaphors: frozenset[str]
) -> int:
    """``begin`` moved past a word of ``anaphors`` that opens a new sentence (after a stop or a
    line break) after the content ("Die Lage sei ernst. Das teilte die Polizei mit": the frame
    is "teilte die Polizei mit", as "Das" stands for the content), when the word is before the
    first piece ``start``."""
    # a line break ends a title or paragraph without a stop
    if _ENDS.isdisjoint(text[max(0, content_end - 1) : begin]):
        return begin
    stop = begin
    while stop < start and text[stop].isalpha():
        stop += 1
    if stop == begin or stop >= start or text[begin:stop].lower() not in anaphors:
        return begin
    return _forward_over(text, stop, start, _SPACES)


def _gap_holding(quote: Quote, start: int, end: int) -> Span | None:
    """The stretch between two parts of ``quote``'s content that holds ``start:end``, or
    None."""
    for before, after in itertools.pairwise(quote.parts):
        if before.end <= start and end <= after.start:
            return trusted_span(before.end, after.start)
    return None


def _back_over(text: str, index: int, floor: int, characters: frozenset[str]) -> int:
    """``index`` moved back over ``characters`` but not below ``floor``."""
    while index > floor and text[index - 1] in characters:
        index -= 1
    return index


def _back_over_opening(text: str, index: int, floor: int, characters: frozenset[str]) -> int:
    """``index`` moved back over ``characters`` and over the two commas that open a quotation in
    German web typing ("sagte: ,,Wir …''"), which belong to the quotation as „ would."""
    index = _back_over(text, index, floor, characters)
    opener = index - 2
    if (
        opener >= floor
        and text.startswith(COMMA_OPENER, opener)
        and (opener == floor or text[opener - 1] in _COMMA_OPENER_AFTER)
    ):
        return _back_over(text, opener, floor, characters)
    return index


def _forward_over(text: str, index: int, ceiling: int, characters: frozenset[str]) -> int:
    """``index`` moved forward over ``characters`` but not beyond ``ceiling``."""
    while index < ceiling and text[index] in characters:
        index += 1
    return index


def _sentence_start(text: str, start: int, sentences: _Sentences) -> int:
    """Where the sentence holding ``start`` begins, at most ``MAX_FRAME_REACH`` characters back:
    at the start of the rules' sentence holding it, else after a sentence end and white space;
    after a line break or a closing quotation mark (a quotation before the frame is
    another's), past white space."""
    floor = max(0, start - MAX_FRAME_REACH)
    opening = sentences.holding(start)
    if opening is not None:
        floor = max(floor, opening[0])
        index = _after_last_barrier(text, floor, start)
    else:
        index = _after_sentence_end(text, floor, start)
    if index == floor and floor > 0 and (opening is None or floor > opening[0]):
        return start  # no sentence start within reach: the pieces alone
    return _forward_over(text, index, start, _SPACES)


def _after_last_barrier(text: str, floor: int, start: int) -> int:
    """Right after the last line break or quotation mark in ``text[floor:start]``, or
    ``floor``: where a frame before ``start`` opens within a sentence the rules read."""
    index = floor
    barrier = _FRAME_BARRIER.search(text, floor, start)
    while barrier is not None:  # most stretches hold none: one search tells
        position = barrier.start()
        if text[position] in _BREAKS or _quotation_mark(text, position):
            index = position + 1
        barrier = _FRAME_BARRIER.search(text, position + 1, start)
    return index


def _after_sentence_end(text: str, floor: int, start: int) -> int:
    """Where a frame before ``start`` opens when no sentences of the rules are known: after the
    last line break, quotation mark or sentence end before white space in ``text[floor:start]``,
    or at ``floor``."""
    index = start
    while index > floor:
        previous = text[index - 1]
        if previous in _BREAKS or (
            previous in _QUOTATION_MARKS and _quotation_mark(text, index - 1)
        ):
            break
        if previous in _SPACES and index >= 2 and text[index - 2] in _SENTENCE_END:
            break
        index -= 1
    return index


def _sentence_stop(text: str, end: int, sentences: _Sentences) -> int:
    """Where the sentence holding ``end`` stops, at most ``MAX_FRAME_REACH`` characters on:
    at the end of the rules' sentence holding it, else at a sentence end before white space;
    before a line break or an opening quotation mark; without the final punctuation and
    closing marks and the white space and commas before them."""
    ceiling = min(len(text), end + MAX_FRAME_REACH)
    closing = sentences.holding(end - 1)
    if closing is not None:
        ceiling = min(ceiling, closing[1])
        index = _first_barrier(text, end, ceiling)
    else:
        index = _sentence_end(text, end, ceiling)
    if index == ceiling and ceiling < len(text) and (closing is None or ceiling < closing[1]):
        return end  # no sentence end within reach: the pieces alone
    if index == ceiling and closing is not None:
        index = _back_over(text, index, end, _FINAL_MARKS)
    return _back_over(text, index, end, _TRAILING)


def _first_barrier(text: str, end: int, ceiling: int) -> int:
    """The first line break or quotation mark in ``text[end:ceiling]``, or ``ceiling``: where a
    frame after ``end`` stops within a sentence the rules read."""
    barrier = _FRAME_BARRIER.search(text, end, ceiling)
    while barrier is not None:
        index = barrier.start()
        if text[index] in _BREAKS or _quotation_mark(text, index):
            return index
        barrier = _FRAME_BARRIER.search(text, index + 1, ceiling)
    return ceiling


def _sentence_end(text: str, end: int, ceiling: int) -> int:
    """Where a frame after ``end`` stops when no sentences of the rules are known: at the first
    line break, quotation mark or sentence end before white space in ``text[end:ceiling]``, or
    at ``ceiling``."""
    index = end
    while index < ceiling:
        character = text[index]
        if character in _BREAKS or (character in _QUOTATION_MARKS and _quotation_mark(text, index)):
            break
        if character in _SENTENCE_END and (index + 1 == len(text) or text[index + 1].isspace()):
            break
        index += 1
    return index


def _quotation_mark(text: str, index: int) -> bool:
    """Whether the character at ``index`` is a quotation mark: not an apostrophe between two
    letters or digits, which joins a possessive or a contraction to its word ("the BBC's Today
    programme", "don't")."""
    character = text[index]
    if character not in _QUOTATION_MARKS:
        return False
    return not (
        character in _APOSTROPHES
        and 0 < index < len(text) - 1
        and text[index - 1].isalnum()
        and text[index + 1].isalnum()
    )


class _Sentences:
    """The extents of the sentences the rules read (sorted, disjoint), and their ends."""

    def __init__(self, sentences: Sequence[tuple[int, int]]) -> None:
        self.sentences = sentences
        self.ends = list(map(_SECOND, sentences))

    def holding(self, index: int) -> tuple[int, int] | None:
        """The extent of the sentence holding the character at ``index``, or None."""
        number = bisect.bisect_right(self.ends, index)
        if number < len(self.ends) and self.sentences[number][0] <= index:
            return self.sentences[number]
        return None


#: No sentences: the characters tell where a sentence ends.
_NO_SENTENCES: Final = _Sentences(())
