"""Whole quotations: join the pieces of a quotation its frame interrupts, and mark nesting.

The language rules find quotations one stretch at a time. A quotation that its own attribution
interrupts comes out of them in pieces: „Wir werden kämpfen“, sagte er, „und wir bleiben.“ is
two direct quotes with the same speaker and cue, and "Die Lage sei, so der Minister, ernst" is
one indirect quote whose span holds the frame "so der Minister". :func:`assemble_quotes` turns
both into one :class:`Quote` whose ``parts`` are the pieces of content, frame left out, and sets
``enclosing`` on every quote that stands inside another one. A direct quotation over several
paragraphs gets a part per paragraph, each line break and reopening mark left out. It reads
only spans, quote kinds, marks and the mentions the rules found, never words, so it serves
every language alike.

The step runs once per text on the resolved quotes, after the speakers are known: two pieces
are joined only when they have the same speaker, so two adjacent quotations of different
speakers are never merged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from newscorpus._model import (
    Quote,
    QuoteKind,
    Span,
    is_valid_unicode,
    quote_with_enclosing,
    quote_with_parts,
    trusted_quote_with,
    trusted_span,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["MAX_FRAME_LENGTH", "assemble_quotes"]

#: The longest frame (characters between two pieces of a direct quotation) that is joined:
#: "sagte der aschkenasische Oberrabbiner Israels, Yona Metzger" and "said Douglas Holtz-Eakin,
#: an economist who served as director of the Congressional Budget Office and is now …" fit, a
#: paragraph does not.
MAX_FRAME_LENGTH: Final = 240

# What may stand between a piece of content and the frame that interrupts it.
_SEPARATORS: Final = frozenset(" \t\u00a0,;:–—-()")
# A frame that interrupts a quotation starts with one of these after the closing mark(s):
# „…“, sagte er, „…“ / "…," he said. "…" (the comma inside the marks) / „…“ – so X – „…“.
_INTERRUPTING: Final = frozenset(",–—")
# A quotation that ends in a question or exclamation goes on after its frame too: "“Why now?”
# she said. “We waited a year.”"
_INTERRUPTED_AFTER: Final = _INTERRUPTING | frozenset("?!")
_SENTENCE_END: Final = frozenset(".!?…")
# What may end the frame right before the quotation goes on.
_CLAUSE_END: Final = frozenset(",.:;!?…–—")
# The marks that open or close a quotation, stripped from the ends of the frame between two.
_QUOTATION_MARKS: Final = "\"'„“”‚‘’«»‹›"
# What may stand between the words of a frame that interrupts a quotation with no comma.
_BARE_FRAME_GAP: Final = " \t\u00a0" + _QUOTATION_MARKS
# The most characters between two mentions of one embedded frame that are its adverbials, and
# what ends a clause or opens a quotation or aside between them, which they may not hold.
_MAX_FRAME_ADVERBIAL: Final = 40
_CLAUSE_BREAKS: Final = _CLAUSE_END | frozenset(_QUOTATION_MARKS) | frozenset("()")
# What may stand around the quotations of an indirect content that only repeats them. Not a
# dash: whether one joins two quotations into a quote-only content is the language's call
# (``Language.dash_joins_quotations``), which the rules have made by now.
_COPY_GAP: Final = " \t\u00a0,.;:!?…" + _QUOTATION_MARKS
# What an indirect content that only repeats quotations opens with: a quotation mark, or a
# mark that sets it off from its frame before the quotation (": „…“" after "Laut Gall").
_COPY_OPENING: Final = frozenset(_QUOTATION_MARKS) | _SEPARATORS
_TWO_PARTS: Final = 2
# A letter or digit (what str.isalnum accepts: ``\w`` but the underscore), found in C without a
# generator over the characters.
_LETTER_OR_DIGIT: Final = re.compile(r"[^\W_]")
# The longest capitalised word before a full stop read as an abbreviation ("Mrs.", "Gen.").
_ABBREVIATION_LETTERS: Final = 3


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_FREE_INDIRECT = QuoteKind.FREE_INDIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT


def assemble_quotes(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Return ``quotes`` (sorted by span) with split quotations joined and nesting marked.

    * An indirect quote whose span holds its own cue, speaker mention or frame ("Die Lage sei,
      so der Minister, ernst") gets ``parts``: the content on either side, frame left out.
    * Two direct quotes next to each other that are separated only by their frame and have the
      same speaker, speaker mention and cue („…“, sagte er, „…“ / "…," he said. "…") become
      one direct quote with the pieces as its parts.
    * An indirect quote whose every piece is a quotation in marks that a direct quote of the same
      speaker holds is dropped: a frame that reads a quotation as its content („…“, wie Merkel
      sagte) repeats the direct quote.
    * A direct quote that runs over a paragraph break gets a part per paragraph.
    * A quote inside the content of another gets ``enclosing``, the index of the innermost
      such quote (of two with the same span, the one in fewer parts, else the first, encloses the
      other: a relayed quote).

    The result is sorted by ``(span.start, span.end)``, as the input must be.
    """
    if not quotes:
        return ()
    # Only indirect and free indirect spans may hold an embedded frame (_with_frame_left_out):
    # the others are passed on without a call.
    split = [
        _with_frame_left_out(text, quote)
        if quote.kind is _KIND_INDIRECT or quote.kind is _KIND_FREE_INDIRECT
        else quote
        for quote in quotes
    ]
    joined = _join_interrupted(text, _without_quotation_copies(text, split))
    return _with_enclosing([_with_paragraph_breaks_left_out(text, quote) for quote in joined])


# -- indirect content around an embedded frame --------------------------------------------------


def _with_frame_left_out(text: str, quote: Quote) -> Quote:
    # Only indirect and free indirect spans may hold an embedded frame; a direct quote's span is
    # the text between its marks, and a reported quote (GNQA: "Der Minister kritisierte den
    # Plan") includes its frame.
    kind = quote.kind  # compared by identity: an enum member hashes in Python
    if (kind is not _KIND_INDIRECT and kind is not _KIND_FREE_INDIRECT) or quote.parts:
        return quote
    start, end = quote.span.start, quote.span.end
    inside: list[tuple[int, int]] = []
    # Quote.mentions() unrolled: this runs for every indirect quote. Most mentions are one
    # piece outside the span (the speaker and cue before or after the content): the cover
    # span answers for those without a loop over the pieces.
    for mention in (quote.speaker_mention, quote.cue, quote.frame, quote.addressee):
        if mention is None:
            continue
        cover = mention.span
        if cover.end <= start or cover.start >= end:
            continue
        if not mention.parts:  # one piece, the cover: no generator over the pieces
            if start < cover.start and cover.end < end:
                inside.append((cover.start, cover.end))
            continue
        inside.extend(
            (piece.start, piece.end)
            for piece in mention.parts or (cover,)
            if start < piece.start and piece.end < end
        )
    if not inside:
        return quote
    inside.sort()
    gaps: list[list[int]] = [list(inside[0])]
    for gap_start, gap_end in inside[1:]:
        # Mentions separated only by spaces and separators form one frame ("so der Minister"),
        # and so do mentions of one inserted clause with its adverbials between them (", wie
        # die Ministerin am Montag sagte,": "am Montag" is the frame's, not the content's).
        between = text[gaps[-1][1] : gap_start]
        if all(character in _SEPARATORS for character in between) or (
            len(between) <= _MAX_FRAME_ADVERBIAL
            and not any(character in _CLAUSE_BREAKS for character in between)
        ):
            gaps[-1][1] = max(gaps[-1][1], gap_end)
        else:
            gaps.append([gap_start, gap_end])
    for gap in gaps:
        gap[1] = _past_set_off_adverbial(text, gap[0], gap[1], end)
    # Each gap starts after the piece before it (gaps apart by a word, inside the span), so
    # the pieces are valid spans: built unvalidated.
    pieces: list[Span] = []
    cursor = start
    for gap_start, gap_end in gaps:
        pieces.append(trusted_span(cursor, gap_start))
        cursor = gap_end
    pieces.append(trusted_span(cursor, end))
    kept = [trimmed for piece in pieces if (trimmed := _trimmed(text, piece)) is not None]
    # Only a frame with content on both sides is embedded; one at an edge is left to the rules.
    if len(kept) < _TWO_PARTS or kept[0].start != start or kept[-1].end != end:
        return quote
    return quote_with_parts(quote, tuple(kept))


def _past_set_off_adverbial(text: str, gap_start: int, gap_end: int, end: int) -> int:
    """Where a frame set off by a comma before it ends: past a short adverbial after its last
    mention, up to the comma that closes the frame (", sagte er am Montag, …", "…, he said on
    Monday, …": "am Montag" and "on Monday" are the frame's). A frame without that comma before
    it keeps its end ("… sei laut Minister ernst, …": "ernst" is the content's)."""
    before = gap_start - 1
    while before >= 0 and text[before].isspace():
        before -= 1  # (not text[:gap_start].rstrip(): a copy of the text before each frame)
    if before < 0 or text[before] != ",":
        return gap_end
    comma = text.find(",", gap_end, min(end, gap_end + _MAX_FRAME_ADVERBIAL + 1))
    if comma < 0 or any(character in _CLAUSE_BREAKS for character in text[gap_end:comma]):
        return gap_end
    return comma


def _trimmed(text: str, piece: Span) -> Span | None:
    """The piece without separators at its ends; None when no word is left."""
    first, stop = piece.start, piece.end
    while first < stop and text[first] in _SEPARATORS:
        first += 1
    while stop > first and text[stop - 1] in _SEPARATORS:
        stop -= 1
    if _LETTER_OR_DIGIT.search(text, first, stop) is None:
        return None
    return trusted_span(first, stop)  # inside the piece


# -- a direct quotation over several paragraphs ------------------------------------------------


def _with_paragraph_breaks_left_out(text: str, quote: Quote) -> Quote:
    """A direct quote that runs over a paragraph break, in parts that leave the break out.

    A quotation of several paragraphs leaves each paragraph open and opens the next with the
    same mark again (He said: "We will stay.⏎"Nobody has to worry," he added.), or runs on into
    a paragraph without a mark: the break and the mark that reopens the quotation are no more
    the speaker's words than a frame is. The quotation stays one quote, in one part per
    paragraph."""
    start, end = quote.span.start, quote.span.end
    if quote.kind is not _KIND_DIRECT or text.find("\n", start, end) < 0:
        return quote
    pieces: list[Span] = []
    for part in quote.content_spans:
        cursor = part.start
        while (line_break := text.find("\n", cursor, part.end)) >= 0:
            stop = line_break
            while stop > cursor and text[stop - 1].isspace():
                stop -= 1
            if stop > cursor:
                pieces.append(trusted_span(cursor, stop))
            cursor = line_break
            while cursor < part.end and text[cursor].isspace():
                cursor += 1
            # A mark there reopens the quotation: the pairing lets a quotation run on only into a
            # paragraph that opens with its mark again or with no mark at all.
            if cursor < part.end and text[cursor] in _QUOTATION_MARKS:
                cursor += 1
        if cursor < part.end:
            pieces.append(trusted_span(cursor, part.end))
    # A break at an edge of the content leaves nothing to split off there: the quote as it is.
    if len(pieces) < _TWO_PARTS or pieces[0].start != start or pieces[-1].end != end:
        return quote
    return quote_with_parts(quote, tuple(pieces))


# -- indirect content that is only quotations ------------------------------------------------------


def _without_quotation_copies(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` without the indirect ones that only repeat direct quotes.

    A frame that does not tell direct from indirect speech ("wie Merkel sagte", "laut Gall")
    takes what stands around it as its content, also when that is a quotation in marks:
    „Wir schaffen das“, wie Merkel sagte. The rules also find the quotation as a direct quote of
    the same speaker, so the indirect quote is a second copy of the same words. It is left out
    when nothing of its span lies outside the direct quotes of the same speakers (of the same
    speaker mention where it names no one: „…“, wie er sagte) but quotation marks, punctuation
    and its own frame (from its first mention inside the span to its last): „…“, wie Merkel am
    Montag sagte, „…“. An indirect quote with words of its own ("Sie sei
    „sehr enttäuscht“") is kept, with the direct quote inside it.
    """
    copies: set[int] = set()
    for number, quote in enumerate(quotes):
        # Most indirect contents open with a word: that answers before any search.
        if (
            quote.kind is _KIND_INDIRECT
            and (quote.speaker is not None or quote.speaker_mention is not None)
            and text[quote.span.start] in _COPY_OPENING
            and _only_direct_quotes(text, number, quotes)
        ):
            copies.add(number)
    if not copies:
        return quotes
    return [quote for number, quote in enumerate(quotes) if number not in copies]


def _only_direct_quotes(text: str, number: int, quotes: list[Quote]) -> bool:
    """Whether the span of ``quotes[number]`` holds nothing but direct quotes of its speakers
    (of its speaker mention when it has no speaker), their marks and punctuation, and its own
    frame with the marks that set it off („…“ – wie Gall sagte – „…“)."""
    quote = quotes[number]
    start, end = quote.span.start, quote.span.end
    # A mark at an edge of the content sets it off from a frame outside it: ": „…“" after
    # "Laut Gall", "„…“ –" before "wie Gall sagte".
    while start < end and text[start] in _SEPARATORS:
        start += 1
    while end > start and text[end - 1] in _SEPARATORS:
        end -= 1
    covered: list[tuple[int, int]] = []
    # Sorted by start: a quote inside the span comes after it, and the search ends at the
    # first quote that starts past it (a pass over all quotes made a text of many such
    # quotes take quadratic time).
    for index in range(number + 1, len(quotes)):
        other = quotes[index]
        inner = other.span
        if inner.start >= end:
            break
        if (
            other.kind is _KIND_DIRECT
            and start < inner.start
            and inner.end < end
            and other.speakers == quote.speakers
            and (quote.speaker is not None or other.speaker_mention == quote.speaker_mention)
        ):
            covered.append((inner.start, inner.end))
    if not covered:
        return False
    inside = [
        mention.span
        for mention in (quote.speaker_mention, quote.cue, quote.frame, quote.addressee)
        if mention is not None and start <= mention.span.start and mention.span.end <= end
    ]
    if inside:
        # The frame with the marks that set it off: "„…“ – wie Gall sagte – „…“"
        frame_start = min(span.start for span in inside)
        frame_end = max(span.end for span in inside)
        while frame_start > start and text[frame_start - 1] in _SEPARATORS:
            frame_start -= 1
        while frame_end < end and text[frame_end] in _SEPARATORS:
            frame_end += 1
        covered.append((frame_start, frame_end))
    covered.sort()
    cursor = start
    for covered_start, covered_end in covered:
        if text[cursor:covered_start].strip(_COPY_GAP):
            return False
        cursor = max(cursor, covered_end)
    return not text[cursor:end].strip(_COPY_GAP)


# -- direct quotations interrupted by their frame -----------------------------------------------


def _join_interrupted(text: str, quotes: list[Quote]) -> list[Quote]:
    result: list[Quote] = []
    # The last quote that stands on its own (not inside another): only such quotes are joined,
    # and every quote after it in ``result`` lies inside it, so none stands between the two.
    last_outer: int | None = None
    # Where the quotes that stand in the frame after the last outer quote end (see _in_frame).
    frame_end = -1
    joins = 0
    for quote in quotes:
        if last_outer is not None:
            previous = result[last_outer]
            outer, inner = previous.span, quote.span
            if (
                outer.start <= inner.start and inner.end <= outer.end  # outer.contains(inner)
            ) or inner.start < frame_end:
                result.append(quote)
                continue
            # Only two direct quotes are joined, and only a quote of another kind after a direct
            # one stands in its frame: the kinds are compared here, before the calls.
            if previous.kind is _KIND_DIRECT:
                if quote.kind is _KIND_DIRECT:
                    if _continues(text, previous, quote):
                        result[last_outer] = _joined(text, previous, quote)
                        joins += 1
                        continue
                elif _in_frame(text, previous, quote):
                    result.append(quote)
                    frame_end = max(frame_end, inner.end)
                    continue
        last_outer = len(result)
        frame_end = -1
        result.append(quote)
    if joins:
        # A joined quote starts where its first piece did, but ends later: keep the order.
        result.sort(key=_position)
    return result


def _in_frame(text: str, previous: Quote, quote: Quote) -> bool:
    """Whether ``quote`` stands in the frame right after the direct quote ``previous``, said by
    the same speaker: "“…,” DuVernay said, emphasizing why the past matters. “…”" (what the
    frame's participle clause reports). The direct quotation may go on after it, and the two
    pieces are joined around it."""
    if previous.kind is not _KIND_DIRECT or quote.kind is _KIND_DIRECT:
        return False
    if previous.speaker is None or quote.speakers != previous.speakers:
        return False
    start, end = previous.span.end, quote.span.end
    return (
        start <= quote.span.start
        and end - start <= MAX_FRAME_LENGTH
        and "\n" not in text[start:end]
    )


def _position(quote: Quote) -> tuple[int, int]:
    return quote.span.start, quote.span.end


def _continues(text: str, first: Quote, second: Quote) -> bool:
    """Whether ``second`` is the rest of ``first``, separated from it only by their frame."""
    if first.kind is not _KIND_DIRECT or second.kind is not _KIND_DIRECT:
        return False
    if second.parts:
        return False
    gap_start, gap_end = first.span.end, second.span.start
    if not 0 < gap_end - gap_start <= MAX_FRAME_LENGTH:
        return False
    gap = text[gap_start:gap_end]
    if "\n" in gap:
        return False
    # Never two speakers: what both name must be the same, and the frame must lie between them.
    for mine, theirs in ((first.speaker_mention, second.speaker_mention), (first.cue, second.cue)):
        if mine is not None and theirs is not None and mine is not theirs and mine != theirs:
            return False
    if (
        first.speaker is not None
        and second.speaker is not None
        and first.speakers != second.speakers
    ):
        return False
    framing = [
        mention.span
        for quote in (first, second)
        for mention in (quote.speaker_mention, quote.cue)
        if mention is not None
    ]
    if not framing or not all(gap_start < span.start and span.end <= gap_end for span in framing):
        return False
    # A full stop inside the speaker's mention ("Mr. Obama", "(D-Mo.)") ends no sentence: only
    # the gap after the frame's words is looked at for one.
    frame_end = max(span.end for span in framing) - gap_start
    if _announces_again(gap, frame_end):
        return False
    return _is_interrupting_frame(text, first, gap, frame_end) or _is_bare_frame(
        text, first, second, framing
    )


def _announces_again(gap: str, frame_end: int) -> bool:
    """Whether words after the frame's own end in a colon that announces the second quotation
    anew: "„…“, sagte Nagelsmann und fügte hinzu: „…“", "“…,” he said, adding: “…”" are two
    statements, each with its cue (GNQA annotates two quotes), not one quotation interrupted."""
    rest = gap[frame_end:].rstrip().rstrip(_QUOTATION_MARKS).rstrip()
    return rest.endswith(":") and any(character.isalpha() for character in rest)


def _is_bare_frame(text: str, first: Quote, second: Quote, framing: list[Span]) -> bool:
    """The gap is nothing but the frame, set off by no comma, and the quotation goes on in lower
    case: "„Allerdings bleibt das Problem“ laut Gall „auch in Zukunft bestehen“." Neither
    piece is a sentence of its own: the first ends in no sentence end, the second opens with a
    lower-case word."""
    words = text[second.span.start : second.span.end].lstrip(_QUOTATION_MARKS)
    if not words[:1].islower():
        return False
    ending = text[first.span.start : first.span.end].rstrip(_QUOTATION_MARKS)[-1:]
    if ending in _SENTENCE_END:
        return False
    cursor = first.span.end
    for span in sorted(framing, key=lambda framed: framed.start):
        if text[cursor : span.start].strip(_BARE_FRAME_GAP):
            return False
        cursor = max(cursor, span.end)
    return not text[cursor : second.span.start].strip(_BARE_FRAME_GAP)


def _is_interrupting_frame(text: str, first: Quote, gap: str, frame_end: int = 0) -> bool:
    """The gap is one clause that interrupts the quotation: after a comma or dash, and with no
    word after a sentence end (so "…," she said. "…" joins, "…." She added: "…" does not; a
    full stop before ``frame_end``, inside the frame's mention, ends no sentence: "…," Mr.
    Obama said. "…" joins)."""
    # A quotation that ends in a nested one ends in its closing mark: "“You say you ‘accept
    # responsibility,’” Merkley said. “…”" is interrupted after the comma before it.
    last = text[first.span.start : first.span.end].rstrip(_QUOTATION_MARKS)[-1:]
    opening = gap.lstrip().lstrip(_QUOTATION_MARKS).lstrip()
    if last not in _INTERRUPTED_AFTER and opening[:1] not in _INTERRUPTING:
        return False
    # The frame clause is closed before the quotation goes on („…“, sagte er, „…“); a mark
    # right after a word opens a quotation inside the frame (sagte er zum „Austausch“).
    closing = gap.rstrip().rstrip(_QUOTATION_MARKS).rstrip()
    if closing[-1:] in _QUOTATION_MARKS and closing[-2:-1] in _CLAUSE_END:
        # A name in marks that ends the frame's clause: "said on Fox News’s “Fox and Friends.”"
        closing = closing[:-1]
    if closing[-1:] not in _CLAUSE_END:
        return False
    ended = False
    rest = gap[frame_end:]
    for position, character in enumerate(rest):
        if character in _SENTENCE_END:
            ended = ended or not _abbreviation(rest, position)
        elif ended and character.isalnum():
            return False
    return True


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes a short capitalised abbreviation ("Mrs.",
    "Dr.", "Md."), which ends no sentence: "“…,” Mr. Obama said at the dinner, where Mrs.
    Clinton also spoke. “…”"."""
    start = stop
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return 0 < stop - start <= _ABBREVIATION_LETTERS and text[start].isupper() and text[stop] == "."


def _joined(text: str, first: Quote, second: Quote) -> Quote:
    # The first piece ends before the second starts (_continues): a valid span, and the pieces'
    # content spans are the sorted, disjoint parts of the joined quote.
    span = trusted_span(first.span.start, second.span.end)
    joined = text[span.start : span.end]
    parts = (*first.content_spans, *second.content_spans)
    said = first if first.speaker is not None else second  # its speakers go together
    speaker_mention = first.speaker_mention or second.speaker_mention
    cue, frame = first.cue or second.cue, first.frame or second.frame
    addressee = first.addressee or second.addressee
    # Every other field is one of the two valid quotes', so only the text is left for the
    # validators to check: unvalidated when it is valid Unicode and as long as the span.
    if span.end <= len(text) and is_valid_unicode(joined):
        return trusted_quote_with(
            first,
            {
                "text": joined,
                "span": span,
                "parts": parts,
                "speaker": said.speaker,
                "co_speakers": said.co_speakers,
                "speaker_mention": speaker_mention,
                "cue": cue,
                "frame": frame,
                "addressee": addressee,
            },
        )
    return attrs.evolve(
        first,
        text=joined,
        span=span,
        parts=parts,
        speaker=said.speaker,
        co_speakers=said.co_speakers,
        speaker_mention=speaker_mention,
        cue=cue,
        frame=frame,
        addressee=addressee,
    )


# -- nesting -------------------------------------------------------------------------------------


def _with_enclosing(quotes: list[Quote]) -> tuple[Quote, ...]:
    """Set ``enclosing`` to the innermost quote whose content holds each quote."""
    # Most texts have no quote inside another: one pass over the sorted spans shows it.
    reach = -1
    for quote in quotes:
        if quote.span.start < reach:
            break
        reach = max(reach, quote.span.end)
    else:
        return tuple(quotes)
    result = list(quotes)
    # Outer before inner: by start, longer first, fewer parts first, then list order (of two
    # quotes with the same span and parts, the first encloses the second).
    order = sorted(range(len(quotes)), key=lambda number: (*_outer_first(quotes[number]), number))
    # Quotes whose span is still open at the current start, as (end, index): few at a time.
    open_quotes: list[tuple[int, int]] = []
    for number in order:
        quote = quotes[number]
        start = quote.span.start
        open_quotes = [(stop, index) for stop, index in open_quotes if stop > start]
        best: int | None = None
        for _stop, index in open_quotes:
            outer = quotes[index]
            if not any(piece.contains(quote.span) for piece in outer.content_spans):
                continue
            # Among nested containers the innermost is the one the others contain.
            if best is None or quotes[best].span.contains(outer.span):
                best = index
        if best is not None and quote.enclosing != best:
            result[number] = quote_with_enclosing(quote, best)
        open_quotes.append((quote.span.end, number))
    return tuple(result)


def _outer_first(quote: Quote) -> tuple[int, int, int]:
    # Of two quotes with the same span, the one in fewer parts first: a relayed source's content
    # leaves its frame out ("sagte, die Lage sei laut Polizei ernst": the Polizei's "die Lage
    # sei | ernst" is inside the Minister's whole clause).
    return quote.span.start, -quote.span.end, len(quote.content_spans)
